#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace awaitscope {

// The one definition of Awaitscope's command line: every command, its options, its arguments and their
// help. The parser (argumentparser.h), `--help`, the man page and the bash completion are all made from
// it (commandlinedocs.h), so none of them can name a flag the others do not know.

// What a value is, so that the completion can offer the right words or files.
enum class ValueKind { None, Text, Number, Choice, File, Directory };

struct OptionSpec
{
    QString name;      // long name without the dashes: "clock"
    QChar shortName;   // 'o' for -o; null for none
    QString valueName; // "virtual|real", "N", "OUT.json"; empty for a switch
    ValueKind kind = ValueKind::None;
    QStringList choices;        // ValueKind::Choice: the words offered (others may still be accepted)
    QString pattern;            // ValueKind::File: the completion's glob, "*.json"
    const char *help = nullptr; // English; translated in the "CommandLine" context when shown
    QString helpArgument;       // fills %1 of the help (a default value)
    bool repeatable = false;    // given several times, every value counts; otherwise the last one wins

    bool takesValue() const { return !valueName.isEmpty(); }
    QString longFlag() const { return QStringLiteral("--") + name; }
};

struct ArgumentSpec
{
    QString name; // "FILE.py"
    ValueKind kind = ValueKind::File;
    QString pattern; // "*.py"
    const char *help = nullptr;
    bool required = false;
    // The words after "--" that follow the other arguments, given on as they are (record's "-- ARGS"):
    // written "[-- ARGS...]", and listed last.
    bool trailing = false;
    QString usage() const;
};

struct CommandSpec
{
    QString name;                  // "run"; empty for the window
    const char *summary = nullptr; // one line for the command list
    const char *description = nullptr;
    QList<OptionSpec> options; // the command's own, after the common ones (CommandLineSpec::common)
    QList<ArgumentSpec> arguments;
    // What the command needs from Qt: the console alone, fonts and painting (offscreen will do), or a
    // display for a window. --help and --version never need more than the console.
    enum class Needs { Console, Pictures, Display };
    Needs needs = Needs::Console;

    const OptionSpec *option(const QString &name) const;
    const OptionSpec *shortOption(QChar name) const;
};

struct CommandLineSpec
{
    QString program = QStringLiteral("awaitscope");
    const char *description = nullptr;
    QList<OptionSpec> common;    // accepted by every command: --lang, --help
    QList<CommandSpec> commands; // the first one, without a name, is the window

    const CommandSpec &window() const { return commands.constFirst(); }
    const CommandSpec *command(const QString &name) const;
    // Every option `command` accepts: the common ones, then its own.
    QList<OptionSpec> optionsOf(const CommandSpec &command) const;
};

const CommandLineSpec &commandLineSpec();

// The help text of the definition, in the current language (the "CommandLine" context).
QString translatedHelp(const char *text, const QString &argument = QString());

} // namespace awaitscope
