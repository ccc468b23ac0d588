#pragma once

#include "export/exporter.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

// `awaitscope export …`: what was asked for, checked before anything runs (the command line reads it,
// app/application/exportarguments.h).
struct ExportRequest
{
    QString lesson;  // --lesson ID
    QString program; // FILE.py
    QString out;     // --out FILE.(png|svg|pdf|txt|gif|mp4)
    QString frames;  // --frames DIR
    double fps = 10.0;
    double speed = 1.0;
    double from = 0.0; // --from SECONDS: where an animation starts
    double to = -1.0;  // --to SECONDS: where it stops (-1: the end)
    QSize size = Exporter::FullHd;
    ExportTheme::Kind theme = ExportTheme::Kind::Light;
    bool atEnd = true;
    double at = 0.0;
    qint64 atEvent = -1; // --at event:N, 0-based here; -1 = by time
    QString section;     // --section ID
    Exporter::View view = Exporter::View::Player;
    QString language;
    QString caption; // --caption TEXT; empty with --no-caption
    bool captionSet = false;
    bool noCaption = false;

    // An --out that asks for an animation (.gif, .mp4, .webp, .apng) rather than one picture.
    static bool isAnimationPath(const QString &path);
};

// Runs the request's program(s) on the virtual clock and writes the picture(s); messages go to stderr.
// Needs a QGuiApplication (the offscreen platform will do). Lessons are looked up under `lessonsRoot`.
// Exit status: 0 done, 1 the program or the writing failed, 2 an unknown lesson or program.
int exportPictures(const ExportRequest &request, const QString &lessonsRoot);

} // namespace awaitscope
