#pragma once

#include "application/commandlinespec.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace awaitscope {

// The arguments of one command, read by its definition (commandlinespec.h).
struct ParsedArguments
{
    const CommandSpec *command = nullptr;
    QHash<QString, QStringList> values; // option name → its values in order ("" for a switch)
    QStringList positional;
    QStringList trailing; // after "--" and the positional arguments, for a command that passes them on

    bool isSet(const QString &name) const { return values.contains(name); }
    // The last value given (the one that counts for a non-repeatable option), or `fallback`.
    QString value(const QString &name, const QString &fallback = QString()) const;
    QStringList allValues(const QString &name) const { return values.value(name); }
};

// Finds the command in `arguments` (those after the program's name): the first word that is not an
// option or an option's value. Without one (or when it names no command) the window is meant, and the
// word, if any, is the window's FILE.
const CommandSpec &findCommand(const CommandLineSpec &spec, const QStringList &arguments);

// Reads `arguments` for `command`: --name VALUE, --name=VALUE, -x VALUE, switches, "--" before
// arguments that start with a dash. The command's own name is skipped once where it stands. False with
// `error` (translated, naming the flag) for an unknown option, a missing value, a value given to a switch,
// or more arguments than the command takes.
bool parseArguments(const CommandLineSpec &spec, const CommandSpec &command, const QStringList &arguments,
                    ParsedArguments *parsed, QString *error);

} // namespace awaitscope
