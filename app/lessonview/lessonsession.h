#pragma once

#include "lessons/lessonlibrary.h"
#include "lessons/lessonprogress.h"
#include "lessonview/runcontroller.h"

#include <QObject>
#include <QVariantMap>

#include <memory>

class QSettings;

namespace awaitscope {

// The lesson the window works on, without any widget: the lesson library and the learner's progress, which
// lesson and program are open, the parameters' values, and the program's text with the learner's edits
// (kept in the settings under code/<lesson>/<program> until Reset). It decides what program the code pane
// shows and when a run is due; the window shows what it says and runs what it asks for.
class LessonSession : public QObject
{
    Q_OBJECT
public:
    explicit LessonSession(QObject *parent = nullptr);
    ~LessonSession() override;

    // Reads the built-in lessons and the user's lesson folder (from the settings).
    void loadLibrary();
    const LessonLibrary &library() const { return m_library; }
    // After a language switch: the lessons' texts in `language` (lessonTextChanged). False when they
    // already were.
    bool setLanguage(const QString &language);
    LessonProgress &progress() { return *m_progress; }
    // Why the progress file could not be read at start-up (empty when it was, or did not exist).
    QString progressLoadError() const { return m_progressError; }
    // Says that an answer was recorded (the lesson list shows the score).
    void noteProgressChanged() { emit progressChanged(); }

    // Opens a lesson by id (false if unknown): parameters at their defaults, the lesson marked seen, then the
    // program its text starts with (lessonOpened, programLoaded and a run or a held run follow).
    bool open(const QString &id);
    // Opens the lesson at this position of the list (1 = the first); false when there is none.
    bool openAt(int position);
    // A lesson folder, a folder of lessons or a Python program (LessonLibrary::open). False with `error` set
    // when it holds no lesson.
    bool openPath(const QString &path, QString *error);
    // Shows another of the lesson's programs: a new program fits the timeline to its run.
    void selectProgram(const QString &programId);
    // A parameter changed: the program is filled in again and re-run, keeping the view.
    void setParameter(const QString &name, const QVariant &value);
    // The learner's text in the editor: kept as their edit, or forgotten when it is the lesson's program.
    void editSource(const QString &text);
    // Forgets the edits and shows the lesson's program again (not when its folder has gone).
    void resetSource();

    const Lesson *lesson() const { return m_library.lesson(m_lessonId); }
    QString lessonId() const { return m_lessonId; }
    QString programId() const { return m_programId; }
    const QVariantMap &parameterValues() const { return m_parameterValues; }
    // The program's text as the editor shows it.
    QString source() const { return m_source; }
    // `source` is not the lesson's program with the current parameters: the learner edited it.
    bool isEdited(const QString &source) const;
    // The lesson's title, marked when `edited` (the title of exports and the clipboard).
    QString title(bool edited) const;

    // After an abnormal end of the last session, a loaded edit waits for Run instead of running at once.
    void setSafeStart(bool on) { m_safeStart = on; }
    bool safeStart() const { return m_safeStart; }

    // A run of `source` as the program of the open lesson (its own modules beside it), with Preferences'
    // limits, network and hosts.
    RunRequest runRequest(const QString &source, bool realClock) const;

    // Writes the settings now and reports once (problem) when they cannot be written, so that nobody closes
    // the window thinking an edit is saved. True when they were written.
    bool checkSettingsWritten(QSettings &settings);
    // The lesson's folder has gone (a USB stick pulled out): reports it (problem) and returns true.
    bool lessonFilesMissing();

signals:
    // A lesson was opened: its programs and parameters are to be shown (the program follows).
    void lessonOpened();
    // The lessons were read again in another language: the same lesson's texts changed.
    void lessonTextChanged();
    // The program to show: its Python text (with the learner's edits) and its C++ twin (may be empty).
    void programLoaded(const QString &python, const QString &cpp);
    // The program shown should run now, on the virtual clock.
    void runRequested(ViewPolicy policy);
    // The program shown is an edit that waits for Run after an abnormal end of the last session.
    void runHeld();
    // Something the learner must know (progress or settings not saved, lesson folder gone).
    void problem(const QString &message);
    void progressChanged();

private:
    QString lessonProgramSource() const;
    QString codeKey() const;
    void loadProgram(bool newProgram);

    LessonLibrary m_library;
    std::unique_ptr<LessonProgress> m_progress;
    QString m_lessonId;
    QString m_programId = QStringLiteral("main");
    QVariantMap m_parameterValues;
    QString m_source;
    QString m_progressError;
    bool m_safeStart = false;
    bool m_settingsWarned = false;
};

} // namespace awaitscope
