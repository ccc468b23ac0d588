#pragma once

#include "lessons/lesson.h"
#include "run/runservice.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace awaitscope {

// Two runs to show on one time axis, with their titles; `error` says why there is nothing to compare.
struct Comparison
{
    Trace first;
    QString firstTitle;
    Trace second;
    QString secondTitle;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// Runs the two sides of a comparison: the lesson's pitfall and its fix, the lesson's program and the
// learner's edit of it, or one program under two parameter settings (the lesson's defaults and the
// learner's values).
class ComparisonBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonBuilder)
public:
    // `base` carries the limits and hosts every side runs with (the preferences, in the app).
    static Comparison pitfallVsFixed(const Lesson &lesson, const QVariantMap &values,
                                     const RunRequest &base = {});
    // `edited` is the program as the learner's editor holds it (parameter values already in it).
    static Comparison originalVsEdited(const Lesson &lesson, const QString &programId, const QString &edited,
                                       const QVariantMap &values, const RunRequest &base = {});
    static Comparison twoSettings(const Lesson &lesson, const QString &programId, const QString &source,
                                  const QVariantMap &first, const QVariantMap &second,
                                  const RunRequest &base = {});

    // The settings that differ between `values` and `other`, as "delay=3, count=2" (all when `other`
    // is empty).
    static QString settingsText(const Lesson &lesson, const QVariantMap &values,
                                const QVariantMap &other = {});
    static QVariantMap defaults(const Lesson &lesson);
};

} // namespace awaitscope
