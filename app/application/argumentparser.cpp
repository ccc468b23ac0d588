#include "application/argumentparser.h"

#include <QCoreApplication>

namespace awaitscope {

namespace {

struct Tr
{
    // lupdate files tr() calls outside a class under the namespace's name.
    Q_DECLARE_TR_FUNCTIONS(awaitscope)
};

QString tr(const char *text)
{
    return Tr::tr(text);
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &token)
{
    for (const OptionSpec &o : options) {
        if (token.startsWith(u"--")
                ? token.mid(2) == o.name
                : (token.size() == 2 && !o.shortName.isNull() && token.at(1) == o.shortName))
            return &o;
    }
    return nullptr;
}

} // namespace

QString ParsedArguments::value(const QString &name, const QString &fallback) const
{
    const auto it = values.constFind(name);
    return it == values.cend() || it->isEmpty() ? fallback : it->constLast();
}

const CommandSpec &findCommand(const CommandLineSpec &spec, const QStringList &arguments)
{
    const QList<OptionSpec> options = spec.optionsOf(spec.window());
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--")
            break;
        if (arg.startsWith(u'-') && arg.size() > 1) {
            const OptionSpec *o = findOption(options, arg.section(u'=', 0, 0));
            if (o && o->takesValue() && !arg.contains(u'='))
                ++i; // its value
            continue;
        }
        if (const CommandSpec *command = spec.command(arg); command && !arg.isEmpty())
            return *command;
        break;
    }
    return spec.window();
}

bool parseArguments(const CommandLineSpec &spec, const CommandSpec &command, const QStringList &arguments,
                    ParsedArguments *parsed, QString *error)
{
    *parsed = ParsedArguments();
    parsed->command = &command;
    const QList<OptionSpec> options = spec.optionsOf(command);
    bool nameSkipped = command.name.isEmpty();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!optionsEnded && arg == u"--") {
            optionsEnded = true;
            continue;
        }
        if (optionsEnded || !arg.startsWith(u'-') || arg.size() == 1) {
            if (!nameSkipped && arg == command.name) {
                nameSkipped = true;
                continue;
            }
            const bool passesOn = !command.arguments.isEmpty() && command.arguments.constLast().trailing;
            const qsizetype fixed = command.arguments.size() - (passesOn ? 1 : 0);
            if (passesOn && optionsEnded && parsed->positional.size() >= fixed) {
                parsed->trailing.append(arg);
                continue;
            }
            if (parsed->positional.size() >= fixed) {
                *error = fixed == 0 ? tr("Unexpected argument %1: the command takes none.").arg(arg)
                         : passesOn ? tr("Unexpected argument %1: the command takes one %2; what the program "
                                         "is given goes after --.")
                                          .arg(arg, command.arguments.at(fixed - 1).name)
                                    : tr("Unexpected argument %1: the command takes one %2.")
                                          .arg(arg, command.arguments.at(fixed - 1).name);
                return false;
            }
            parsed->positional.append(arg);
            continue;
        }
        const bool inlineValue = arg.startsWith(u"--") && arg.contains(u'=');
        const QString flag = inlineValue ? arg.section(u'=', 0, 0) : arg;
        const OptionSpec *o = findOption(options, flag);
        if (!o) {
            *error = tr("Unknown option %1.").arg(flag);
            return false;
        }
        QString value;
        if (!o->takesValue()) {
            if (inlineValue) {
                *error = tr("%1 takes no value.").arg(flag);
                return false;
            }
        } else if (inlineValue) {
            value = arg.section(u'=', 1);
        } else {
            // A value that looks like another option is a forgotten value, not a value.
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(u"--")) {
                *error = tr("%1 needs a value.").arg(flag);
                return false;
            }
            value = arguments.at(++i);
        }
        QStringList &list = parsed->values[o->name];
        if (!o->repeatable)
            list.clear();
        list.append(value);
    }
    if (parsed->isSet(QStringLiteral("help")))
        return true; // the help needs nothing else
    for (qsizetype i = parsed->positional.size(); i < command.arguments.size(); ++i) {
        if (command.arguments.at(i).required && !command.arguments.at(i).trailing) {
            *error = tr("%1 is missing.").arg(command.arguments.at(i).name);
            return false;
        }
    }
    return true;
}

} // namespace awaitscope
