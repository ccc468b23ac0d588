#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace awaitscope {

// The data of one lesson as described in docs/lesson-format.md. Plain values: the reader fills them,
// the GUI and the checker read them.

enum class ProgramLanguage { Python, Cpp };

// A moment of a run: when a section of the explanation is shown.
struct LessonMoment
{
    enum class Kind { Start, End, Time, Task, Output };
    Kind kind = Kind::Start;
    QString event;     // Task: task-created, task-started, task-finished, task-failed, task-cancelled,
                       // task-ended, cancel-requested
    QString task;      // Task
    QString text;      // Output: a substring of the printed line
    double time = 0.0; // Time
};

struct LessonProgram
{
    QString id;
    QString file; // relative to the lesson folder
    QString label;
};

struct LessonSection
{
    QString id;
    QString program = QStringLiteral("main");
    LessonMoment at;
    QString title;
    QString text;
    // What the picture shows at the moment, as lines (or parts of lines) of the state in words
    // (RunStateText::describe): "wait returned: done={api_b, api_c}, pending={api_a}". The checker holds
    // the run's picture against them, so the text and the picture cannot drift apart.
    QStringList shows;
};

// One choice of a `symbol` parameter: what the learner sees and what each language gets.
struct LessonSymbol
{
    QString value;
    QString python;
    QString cpp;
};

struct LessonParameter
{
    enum class Type { Int, Float, Bool, String, Symbol };
    QString name;
    QString label;
    Type type = Type::Int;
    QVariant defaultValue; // int → qlonglong, float → double, bool, string/symbol → QString
    double min = 0.0;
    double max = 0.0;
    double step = 1.0;
    QString unit;
    QStringList choices;         // String
    QList<LessonSymbol> symbols; // Symbol

    // Whether `value` is allowed; `why` says what is wrong otherwise.
    bool accepts(const QVariant &value, QString *why) const;
    // The value as a literal of the program's language (docs/lesson-format.md, "How a value reaches
    // the program"). Empty if the value is not accepted.
    QString literal(const QVariant &value, ProgramLanguage language) const;
    // The value as a learner reads it in the lesson's text: 3, 2.5, True, api_b, FIRST_COMPLETED.
    QString display(const QVariant &value) const;

    static QString typeName(Type type);
};

// How a question's answer is computed from a run.
struct LessonAnswerSource
{
    QString from;       // total_time, exit_status, output, output_count, output_contains, task_state,
                        // task_end_time, first_ended, overlap
    QString match;      // output, output_count: a regular expression
    int group = -1;     // output: capture group; -1 = 1 if the expression has one, else 0
    int occurrence = 1; // output: 1 = first matching line, 2 = second, ..., -1 = last
    QString text;       // output_contains
    QString task;       // task_state, task_end_time
    QStringList tasks;  // first_ended (optional), overlap (two)
};

struct LessonOption
{
    QString value;
    QString text;
};

struct LessonQuestion
{
    enum class Kind { Number, Choice };
    QString id;
    QString program = QStringLiteral("main");
    Kind kind = Kind::Number;
    QString prompt;
    QString explanation;
    QString unit;
    double tolerance = 0.05;
    LessonAnswerSource answer;
    QList<LessonOption> options;
};

class Lesson
{
public:
    static constexpr int FormatVersion = 1;

    QString folder; // absolute path of the lesson's folder
    QString id;
    int order = 0;
    QString title;
    QString summary;
    QList<LessonProgram> programs;
    QList<LessonSection> sections;
    QStringList takeaways;
    QList<LessonParameter> parameters;
    QList<LessonQuestion> questions;
    bool builtIn = false;

    const LessonProgram *program(const QString &id) const;
    const LessonParameter *parameter(const QString &name) const;
    const LessonQuestion *question(const QString &id) const;
    const LessonSection *section(const QString &id) const;
    // The program's file, absolute; and its C++ twin (same stem, .cpp) if that file exists.
    QString programPath(const QString &id) const;
    QString cppPath(const QString &id) const;
    // `text` with every `{name}` of a declared parameter replaced by its value (the default when
    // `values` lacks it). Other braces stay as they are, so f-strings can be quoted in the text.
    QString fillIn(const QString &text, const QVariantMap &values = {}) const;
    // True when the lesson shows two ways side by side.
    bool isContrast() const { return program(QStringLiteral("pitfall")) && program(QStringLiteral("fixed")); }
};

} // namespace awaitscope
