#include "lessonview/lessonsession.h"

#include "io/userfile.h"
#include "lessons/parametersubstitution.h"
#include "lessonview/lessonrunner.h"
#include "run/programmodules.h"
#include "settings/settings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace awaitscope {

namespace {

QString readText(const QString &path)
{
    return readProgramText(path).value_or(QString());
}

} // namespace

LessonSession::LessonSession(QObject *parent)
    : QObject(parent)
    , m_progress(std::make_unique<LessonProgress>(LessonProgress::defaultPath()))
{
    // A missing or broken progress file starts afresh; the window says why (progressLoadError).
    m_progress->load(&m_progressError);
}

LessonSession::~LessonSession() = default;

void LessonSession::loadLibrary()
{
    QSettings settings;
    const QString userRoot =
        settings.value(QStringLiteral("lessons/userFolder"), LessonLibrary::defaultUserFolder()).toString();
    m_library.load(builtInLessonsRoot(), userRoot);
}

bool LessonSession::setLanguage(const QString &language)
{
    if (m_library.language() == language)
        return false;
    m_library.setLanguage(language);
    emit lessonTextChanged();
    return true;
}

bool LessonSession::open(const QString &id)
{
    const Lesson *lesson = m_library.lesson(id);
    if (!lesson)
        return false;
    m_lessonId = id;
    m_parameterValues.clear();
    for (const LessonParameter &p : lesson->parameters)
        m_parameterValues.insert(p.name, p.defaultValue);
    m_progress->markSeen(id);
    QString error;
    if (!m_progress->save(&error))
        emit problem(tr("Progress could not be saved: %1").arg(error));
    QSettings().setValue(QStringLiteral("lesson/current"), id);
    // Start with the program the explanation talks about first (a contrast lesson starts at its pitfall).
    QString first = lesson->sections.isEmpty() ? QStringLiteral("main") : lesson->sections.first().program;
    if (!lesson->program(first) && !lesson->programs.isEmpty())
        first = lesson->programs.first().id;
    m_programId = first;
    emit lessonOpened();
    loadProgram(true);
    return true;
}

bool LessonSession::openAt(int position)
{
    const QList<Lesson> &lessons = m_library.lessons();
    if (position < 1 || position > lessons.size())
        return false;
    return open(lessons[position - 1].id);
}

bool LessonSession::openPath(const QString &path, QString *error)
{
    LessonProblems problems;
    const QString id = m_library.open(path, &problems);
    const Lesson *lesson = m_library.lesson(id);
    if (!lesson) {
        *error = problems.isEmpty() ? tr("%1 holds no lesson.").arg(QDir::toNativeSeparators(path))
                                    : problems.first().toString();
        return false;
    }
    // A program opened from a file shows the file as it is now, not an edit kept from an earlier visit.
    if (LessonLibrary::isProgramLesson(*lesson))
        QSettings().remove(QStringLiteral("code/%1").arg(id));
    return open(id);
}

void LessonSession::selectProgram(const QString &programId)
{
    if (!lesson() || programId.isEmpty())
        return;
    const bool newProgram = programId != m_programId;
    m_programId = programId;
    loadProgram(newProgram);
}

void LessonSession::setParameter(const QString &name, const QVariant &value)
{
    m_parameterValues.insert(name, value);
    loadProgram(false);
}

void LessonSession::loadProgram(bool newProgram)
{
    const Lesson *lesson = this->lesson();
    if (!lesson)
        return;
    // The learner's edits are kept until they reset them; otherwise the lesson's program, with parameters.
    QSettings settings;
    QString source = settings.value(codeKey()).toString();
    const bool edited = !source.isEmpty();
    QString error;
    if (source.isEmpty() && lessonFilesMissing() && !newProgram)
        source = m_source; // keep what is on screen rather than an empty program
    if (source.isEmpty())
        source = lessonProgramSource();
    const QString filled = ParameterSubstitution::apply(source, ProgramLanguage::Python, lesson->parameters,
                                                        m_parameterValues, &error);
    if (!filled.isEmpty())
        source = filled;
    m_source = source;
    const QString cpp = readText(lesson->cppPath(m_programId));
    const QString cppFilled = ParameterSubstitution::apply(cpp, ProgramLanguage::Cpp, lesson->parameters,
                                                           m_parameterValues, &error);
    emit programLoaded(source, cppFilled.isEmpty() ? cpp : cppFilled);
    // A parameter change keeps the zoom and cursor; a new program starts from a view that fits it all.
    // Runs asked for here are on the virtual clock: the real clock is for runs the learner starts.
    if (edited && m_safeStart)
        emit runHeld();
    else
        emit runRequested(newProgram ? ViewPolicy::Fit : ViewPolicy::Keep);
}

void LessonSession::editSource(const QString &text)
{
    m_source = text;
    if (m_lessonId.isEmpty())
        return;
    QSettings settings;
    if (text == lessonProgramSource())
        settings.remove(codeKey());
    else
        settings.setValue(codeKey(), text);
    checkSettingsWritten(settings);
}

void LessonSession::resetSource()
{
    // Without the lesson's own program there is nothing to go back to: the edits stay.
    if (lessonFilesMissing())
        return;
    QSettings().remove(codeKey());
    loadProgram(false);
}

bool LessonSession::isEdited(const QString &source) const
{
    const Lesson *lesson = this->lesson();
    return lesson && !ParameterSubstitution::isLessonProgram(*lesson, m_programId, source, m_parameterValues);
}

QString LessonSession::title(bool edited) const
{
    const Lesson *lesson = this->lesson();
    if (!lesson)
        return m_programId;
    return edited ? tr("%1 (edited program)").arg(lesson->title) : lesson->title;
}

RunRequest LessonSession::runRequest(const QString &source, bool realClock) const
{
    RunRequest request = Settings::runRequest();
    request.source = source;
    request.displayName = m_programId + QStringLiteral(".py");
    if (const Lesson *lesson = this->lesson()) {
        // Tracebacks name the program's file as `python3 FILE` would: an opened tg.py is tg.py, not main.py.
        if (const QString path = lesson->programPath(m_programId); !path.isEmpty())
            request.displayName = QFileInfo(path).fileName();
        request.moduleFolders = programModuleFolders(lesson->programPath(m_programId)); // its own modules
    }
    request.realClock = realClock;
    return request;
}

QString LessonSession::codeKey() const
{
    return QStringLiteral("code/%1/%2").arg(m_lessonId, m_programId);
}

QString LessonSession::lessonProgramSource() const
{
    const Lesson *lesson = this->lesson();
    return lesson ? readText(lesson->programPath(m_programId)) : QString();
}

bool LessonSession::checkSettingsWritten(QSettings &settings)
{
    settings.sync();
    if (settings.status() == QSettings::NoError) {
        m_settingsWarned = false;
        return true;
    }
    if (m_settingsWarned)
        return false;
    m_settingsWarned = true;
    // The edited code is still in the editor: say so, so that nobody closes the window thinking it is saved.
    emit problem(tr("Settings cannot be saved to %1 (%2). Your edited code is still in the editor: copy it "
                    "somewhere safe before closing, and check that the folder can be written.")
                     .arg(QDir::toNativeSeparators(settings.fileName()),
                          settings.status() == QSettings::AccessError ? tr("no permission or disk full")
                                                                      : tr("the file is damaged")));
    return false;
}

bool LessonSession::lessonFilesMissing()
{
    const Lesson *lesson = this->lesson();
    if (!lesson || QFileInfo::exists(lesson->programPath(m_programId)))
        return false;
    emit problem(tr("The lesson folder %1 is no longer there (removed or unplugged?). Your edited code is "
                    "kept; put the folder back or choose another lesson.")
                     .arg(QDir::toNativeSeparators(lesson->folder)));
    return true;
}

} // namespace awaitscope
