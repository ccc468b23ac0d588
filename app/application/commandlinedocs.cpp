#include "application/commandlinedocs.h"

#include <QCoreApplication>

namespace awaitscope {

namespace {

constexpr qsizetype kWidth = 79;

struct Tr
{
    // lupdate files tr() calls outside a class under the namespace's name.
    Q_DECLARE_TR_FUNCTIONS(awaitscope)
};

QString tr(const char *text)
{
    return Tr::tr(text);
}

// `text` broken into lines of at most `width` characters (a longer word stays whole).
QStringList wrap(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString flagsOf(const OptionSpec &o)
{
    QString flags = o.shortName.isNull() ? QString() : QStringLiteral("-%1, ").arg(o.shortName);
    flags += o.longFlag();
    if (o.takesValue())
        flags += u' ' + o.valueName;
    return flags;
}

QString argumentsOf(const CommandSpec &c)
{
    QStringList out;
    for (const ArgumentSpec &a : c.arguments)
        out << a.usage();
    return out.join(u' ');
}

// Two columns: the term, then its text wrapped beside it (below it when the term is long).
void addTable(QString &out, const QList<std::pair<QString, QString>> &rows)
{
    qsizetype column = 0;
    for (const auto &[term, text] : rows)
        column = std::max(column, term.size());
    column = std::min<qsizetype>(column, 26) + 4;
    for (const auto &[term, text] : rows) {
        QString line = QStringLiteral("  ") + term;
        const QStringList lines = wrap(text, kWidth - column);
        qsizetype first = 0;
        if (line.size() + 2 <= column && !lines.isEmpty()) {
            out += line.leftJustified(column) + lines.first() + u'\n';
            first = 1;
        } else {
            out += line + u'\n';
        }
        for (qsizetype i = first; i < lines.size(); ++i)
            out += QString(column, u' ') + lines.at(i) + u'\n';
    }
}

// roff: text that can be set as it is (backslashes and leading dots or quotes neutralised).
QString roff(QString text)
{
    text.replace(u'\\', QStringLiteral("\\e"));
    text.replace(u'-', QStringLiteral("\\-"));
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

QString english(const char *text, const QString &argument = QString())
{
    QString out = QString::fromUtf8(text);
    return argument.isEmpty() ? out : out.arg(argument);
}

QString manOption(const OptionSpec &o)
{
    QString head = o.shortName.isNull() ? QString() : QStringLiteral("\\fB\\-%1\\fR, ").arg(o.shortName);
    head += QStringLiteral("\\fB%1\\fR").arg(roff(o.longFlag()));
    if (o.takesValue())
        head += QStringLiteral(" \\fI%1\\fR").arg(roff(o.valueName));
    QString text = english(o.help, o.helpArgument);
    if (o.repeatable)
        text += QStringLiteral(" May be given more than once.");
    return QStringLiteral(".TP\n%1\n%2\n").arg(head, roff(text));
}

QString manSynopsis(const CommandLineSpec &spec, const CommandSpec &c)
{
    QString out = QStringLiteral(".B %1%2\n").arg(spec.program, c.name.isEmpty() ? QString() : u' ' + c.name);
    out += QStringLiteral("[\\fIOPTIONS\\fR]");
    for (const ArgumentSpec &a : c.arguments)
        out += a.trailing   ? QStringLiteral(" [\\-\\- \\fI%1\\fR...]").arg(roff(a.name))
               : a.required ? QStringLiteral(" \\fI%1\\fR").arg(roff(a.name))
                            : QStringLiteral(" [\\fI%1\\fR]").arg(roff(a.name));
    return out + u'\n';
}

// bash: one word list for `compgen -W`.
QString words(const QStringList &list)
{
    return u'"' + list.join(u' ') + u'"';
}

QString bashCase(const CommandLineSpec &spec, const CommandSpec &c)
{
    const QList<OptionSpec> options = spec.optionsOf(c);
    QString out;
    QStringList flags;
    QMap<QString, QStringList> byAction; // what to offer → the flags whose value it completes
    for (const OptionSpec &o : options) {
        flags << o.longFlag();
        if (!o.shortName.isNull())
            flags << QStringLiteral("-%1").arg(o.shortName);
        if (!o.takesValue())
            continue;
        QString action;
        switch (o.kind) {
        case ValueKind::Choice:
            action = QStringLiteral("COMPREPLY=($(compgen -W %1 -- \"$cur\"))").arg(words(o.choices));
            break;
        case ValueKind::File:
            action = QStringLiteral("_awaitscope_files \"%1\" \"$cur\"").arg(o.pattern);
            break;
        case ValueKind::Directory:
            action = QStringLiteral("_awaitscope_dirs \"$cur\"");
            break;
        case ValueKind::None:
        case ValueKind::Text:
        case ValueKind::Number:
            action = QStringLiteral(":"); // nothing sensible to offer
            break;
        }
        QStringList &names = byAction[action];
        names << o.longFlag();
        if (!o.shortName.isNull())
            names << QStringLiteral("-%1").arg(o.shortName);
    }
    out += QStringLiteral("        case $prev in\n");
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
        out += QStringLiteral("            %1)\n                %2\n                return ;;\n")
                   .arg(it.value().join(u'|'), it.key());
    out += QStringLiteral("        esac\n");
    out += QStringLiteral("        if [[ $cur == -* ]]; then\n"
                          "            COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n"
                          "            return\n"
                          "        fi\n")
               .arg(words(flags));
    QStringList patterns;
    for (const ArgumentSpec &a : c.arguments) {
        if (!a.trailing)
            patterns << a.pattern;
    }
    if (c.name.isEmpty()) {
        QStringList commands;
        for (const CommandSpec &other : spec.commands) {
            if (!other.name.isEmpty())
                commands << other.name;
        }
        out += QStringLiteral("        COMPREPLY=($(compgen -W %1 -- \"$cur\"))\n").arg(words(commands));
    }
    if (!patterns.isEmpty())
        out += QStringLiteral("        _awaitscope_files \"%1\" \"$cur\"\n").arg(patterns.join(u' '));
    return out;
}

} // namespace

QString helpText(const CommandLineSpec &spec, const CommandSpec &command)
{
    QString out;
    const QString name = command.name.isEmpty() ? spec.program : spec.program + u' ' + command.name;
    const QString arguments = argumentsOf(command);
    out += tr("Usage:") + u' ' + name + QStringLiteral(" [OPTIONS]") +
           (arguments.isEmpty() ? QString() : u' ' + arguments) + u'\n';
    if (command.name.isEmpty())
        out += QString(tr("Usage:").size(), u' ') + u' ' + spec.program +
               QStringLiteral(" COMMAND [OPTIONS] …\n");
    out += u'\n';
    for (const QString &line : wrap(command.name.isEmpty() ? translatedHelp(spec.description) + u' ' +
                                                                 translatedHelp(command.description)
                                                           : translatedHelp(command.description),
                                    kWidth))
        out += line + u'\n';
    if (command.name.isEmpty()) {
        out += u'\n' + tr("Commands:") + u'\n';
        QList<std::pair<QString, QString>> rows;
        for (const CommandSpec &c : spec.commands) {
            if (!c.name.isEmpty())
                rows.append({c.name, translatedHelp(c.summary)});
        }
        addTable(out, rows);
        out += tr("Each command tells more with --help, e.g. \"%1 run --help\".").arg(spec.program) + u'\n';
    }
    out += u'\n' + tr("Options:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const OptionSpec &o : command.options + spec.common)
        rows.append({flagsOf(o), translatedHelp(o.help, o.helpArgument)});
    addTable(out, rows);
    if (!command.arguments.isEmpty()) {
        out += u'\n' + tr("Arguments:") + u'\n';
        rows.clear();
        for (const ArgumentSpec &a : command.arguments)
            rows.append({a.name, translatedHelp(a.help)});
        addTable(out, rows);
    }
    return out;
}

QString manPage(const CommandLineSpec &spec, const QString &version)
{
    QString out;
    out += QStringLiteral(".\\\" The man page of awaitscope, generated from its command-line definition "
                          "(app/application/commandlinespec.cpp); do not edit.\n");
    out += QStringLiteral(".TH AWAITSCOPE 1 \"\" \"Awaitscope %1\" \"User Commands\"\n").arg(roff(version));
    out += QStringLiteral(".SH NAME\n%1 \\- see what asyncio really does, one task at a time\n")
               .arg(spec.program);
    out += QStringLiteral(".SH SYNOPSIS\n");
    for (qsizetype i = 0; i < spec.commands.size(); ++i) {
        if (i > 0)
            out += QStringLiteral(".br\n");
        out += manSynopsis(spec, spec.commands.at(i));
    }
    out += QStringLiteral(".SH DESCRIPTION\n%1\n").arg(roff(english(spec.description)));
    out += QStringLiteral(".PP\nIn the window: pick a lesson and press Play (Space); step with the arrow "
                          "keys, scrub the timeline, change a parameter and the run is redone at once. "
                          "Edit the code and press Run (Ctrl+Return).\n");
    out += QStringLiteral(".SH OPTIONS\nThese work with every command.\n");
    for (const OptionSpec &o : spec.common)
        out += manOption(o);
    out += QStringLiteral(".SH COMMANDS\n");
    for (const CommandSpec &c : spec.commands) {
        const QString args = argumentsOf(c);
        out += QStringLiteral(".SS \"%1\"\n")
                   .arg(roff(c.name.isEmpty()
                                 ? QStringLiteral("awaitscope") + (args.isEmpty() ? QString() : u' ' + args)
                                 : c.name + (args.isEmpty() ? QString() : u' ' + args)));
        out += roff(english(c.description)) + u'\n';
        for (const ArgumentSpec &a : c.arguments)
            out += QStringLiteral(".TP\n\\fI%1\\fR\n%2\n").arg(roff(a.name), roff(english(a.help)));
        for (const OptionSpec &o : c.options)
            out += manOption(o);
    }
    out += QStringLiteral(
        ".SH FILES\n"
        ".TP\n\\fI<prefix>/share/awaitscope/lessons/\\fR\n"
        "The built-in lessons, found beside the program: \\fI../share/awaitscope\\fR from the folder of "
        "\\fI<prefix>/bin/awaitscope\\fR.\n"
        ".TP\n\\fI<prefix>/share/awaitscope/translations/\\fR\n"
        "The translations of the window and the messages.\n"
        ".TP\n\\fI~/.local/share/Awaitscope/awaitscope/lessons/\\fR\n"
        "Your own lessons, unless the Preferences name another folder.\n"
        ".TP\n\\fI~/.config/Awaitscope/awaitscope.conf\\fR\n"
        "The settings: language, limits, layout, your edits.\n");
    out += QStringLiteral(
        ".SH ENVIRONMENT\n"
        ".TP\n\\fBAWAITSCOPE_DATA_DIR\\fR\n"
        "Read the lessons and translations from this folder instead of the one beside the program.\n"
        ".TP\n\\fBPYTHONPATH\\fR\n"
        "Folders, separated by colons, where a program's \\fBimport\\fR finds its own modules after its "
        "own folder, as in CPython.\n"
        ".TP\n\\fBPYTHONHASHSEED\\fR\n"
        "\\fBrecord\\fR passes 0 to CPython unless it is set, so that sets of strings iterate in the order "
        "the "
        "interpreter gives them.\n"
        ".TP\n\\fBQT_QPA_PLATFORM\\fR\n"
        "Qt's platform; \\fBexport\\fR chooses \\fBoffscreen\\fR by itself when there is no display.\n");
    out += QStringLiteral(".SH EXIT STATUS\n"
                          "0 on success; for \\fBrun\\fR, the program's own status (1 after an uncaught "
                          "exception); 1 when a command failed; 2 for a misuse of the command line.\n");
    out += QStringLiteral(".SH EXAMPLES\n"
                          ".nf\n"
                          "awaitscope \\-\\-lesson gather\n"
                          "awaitscope run prog.py \\-\\-trace prog.json\n"
                          "awaitscope prog.json\n"
                          "awaitscope export \\-\\-lesson concurrent\\-tasks \\-\\-view compare \\-\\-out "
                          "slide.svg\n"
                          "awaitscope lessons \\-\\-check ~/my\\-lessons\n"
                          "awaitscope \\-\\-lang de\n"
                          ".fi\n");
    out += QStringLiteral(".SH SEE ALSO\n\\fBpython3\\fR(1)\n");
    return out;
}

QString bashCompletion(const CommandLineSpec &spec)
{
    QString out;
    out +=
        QStringLiteral("# bash completion for awaitscope, generated from its command-line definition\n"
                       "# (app/application/commandlinespec.cpp); do not edit.\n"
                       "\n"
                       "# Offers folders (to walk into) and the files matching any of the globs in $1.\n"
                       "_awaitscope_files()\n"
                       "{\n"
                       "    local cur=$2 f g\n"
                       "    local -a globs\n"
                       "    read -r -a globs <<<\"$1\"\n"
                       "    compopt -o filenames 2>/dev/null\n"
                       "    local IFS=$'\\n'\n"
                       "    COMPREPLY+=($(compgen -d -- \"$cur\"))\n"
                       "    for f in $(compgen -f -- \"$cur\"); do\n"
                       "        [[ -d $f ]] && continue\n"
                       "        for g in \"${globs[@]}\"; do\n"
                       "            # shellcheck disable=SC2053\n"
                       "            if [[ $f == $g ]]; then\n"
                       "                COMPREPLY+=(\"$f\")\n"
                       "                break\n"
                       "            fi\n"
                       "        done\n"
                       "    done\n"
                       "}\n"
                       "\n"
                       "_awaitscope_dirs()\n"
                       "{\n"
                       "    compopt -o filenames 2>/dev/null\n"
                       "    local IFS=$'\\n'\n"
                       "    COMPREPLY=($(compgen -d -- \"$1\"))\n"
                       "}\n"
                       "\n"
                       "_awaitscope()\n"
                       "{\n"
                       "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}\n"
                       "    # --flag=value: bash splits at the '=', so the flag is one word further back.\n"
                       "    if [[ $cur == = ]]; then\n"
                       "        cur=\n"
                       "    elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then\n"
                       "        prev=${COMP_WORDS[COMP_CWORD - 2]}\n"
                       "    fi\n"
                       "    COMPREPLY=()\n"
                       "    local command= i word\n"
                       "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
                       "        word=${COMP_WORDS[i]}\n"
                       "        case $word in\n");
    QStringList valueFlags;
    for (const OptionSpec &o : spec.optionsOf(spec.window())) {
        if (o.takesValue()) {
            valueFlags << o.longFlag();
            if (!o.shortName.isNull())
                valueFlags << QStringLiteral("-%1").arg(o.shortName);
        }
    }
    QStringList commands;
    for (const CommandSpec &c : spec.commands) {
        if (!c.name.isEmpty())
            commands << c.name;
    }
    out += QStringLiteral("            %1) ((i++)) ;;\n").arg(valueFlags.join(u'|'));
    out += QStringLiteral("            %1)\n                command=$word\n                break ;;\n")
               .arg(commands.join(u'|'));
    out += QStringLiteral("            -*) ;;\n"
                          "            *) break ;;\n"
                          "        esac\n"
                          "    done\n"
                          "    case $command in\n");
    for (const CommandSpec &c : spec.commands) {
        out += QStringLiteral("    %1)\n").arg(c.name.isEmpty() ? QStringLiteral("''") : c.name);
        out += bashCase(spec, c);
        out += QStringLiteral("        ;;\n");
    }
    out += QStringLiteral("    esac\n"
                          "}\n"
                          "\n"
                          "complete -F _awaitscope awaitscope\n");
    return out;
}

} // namespace awaitscope
