// One command-line definition, four readers: the parser, --help, the man page and the bash completion.
// The files the build wrote (build/share/man, build/share/bash-completion) are what the definition says
// now; every flag the parser accepts is in the man page and offered by the completion, and every flag
// those two name is one the parser accepts.
#include "application/argumentparser.h"
#include "application/commandlinedocs.h"
#include "application/commandlinespec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

// The build's share/ folder beside its bin/.
QString buildShare(const QString &relative)
{
    return QFileInfo(QStringLiteral(AWAITSCOPE_BINARY)).absolutePath() + QStringLiteral("/../share/") +
           relative;
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A value the parser takes for an option of this kind.
QString sampleValue(const OptionSpec &o)
{
    switch (o.kind) {
    case ValueKind::Choice:
        return o.choices.value(0, QStringLiteral("x"));
    case ValueKind::Number:
        return QStringLiteral("1");
    case ValueKind::File:
        return QStringLiteral("out.json");
    case ValueKind::Directory:
        return QStringLiteral(".");
    case ValueKind::Text:
    case ValueKind::None:
        break;
    }
    return QStringLiteral("x");
}

QStringList commandWords(const CommandSpec &c)
{
    return c.name.isEmpty() ? QStringList() : QStringList{c.name};
}

// The man page's text for one command: its .SS block (the window's, the first), or the common OPTIONS.
QString manSection(const QString &man, const QString &heading)
{
    const qsizetype start = man.indexOf(heading);
    if (start < 0)
        return {};
    qsizetype end =
        man.indexOf(QRegularExpression(QStringLiteral("^\\.S[SH] "), QRegularExpression::MultilineOption),
                    start + heading.size());
    return man.mid(start, end < 0 ? -1 : end - start);
}

QStringList manFlags(const QString &section)
{
    static const QRegularExpression flag(QStringLiteral("\\\\fB\\\\-\\\\-((?:[a-z]|\\\\-)+)\\\\fR"));
    QStringList out;
    for (auto it = flag.globalMatch(section); it.hasNext();)
        out << it.next().captured(1).replace(QStringLiteral("\\-"), QStringLiteral("-"));
    out.removeDuplicates();
    return out;
}

} // namespace

class TestCommandLineDocs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildWroteWhatTheDefinitionSays();
    void everyAcceptedFlagIsDocumentedAndCompleted_data();
    void everyAcceptedFlagIsDocumentedAndCompleted();
    void completionOffersValues_data();
    void completionOffersValues();
    void completionOffersMatchingFiles();
    void manPageIsCleanRoff();
    void helpOfTheBinaryIsTheDefinitions_data();
    void helpOfTheBinaryIsTheDefinitions();
    void parserReadsTheUsualForms();
    void parserRefusesMisuse_data();
    void parserRefusesMisuse();

private:
    // What the completion offers for `words` (the last one being completed), run by bash itself.
    QStringList complete(const QStringList &words, const QString &workingDirectory = QString());
    QString m_bash;
};

void TestCommandLineDocs::initTestCase()
{
    m_bash = QStandardPaths::findExecutable(QStringLiteral("bash"));
}

QStringList TestCommandLineDocs::complete(const QStringList &words, const QString &workingDirectory)
{
    QString array;
    for (const QString &w : words)
        array += u" '" + QString(w).replace(u'\'', QStringLiteral("'\\''")) + u'\'';
    const QString script = QStringLiteral("source \"$1\"; COMP_WORDS=(%1); COMP_CWORD=%2; _awaitscope; "
                                          "printf '%s\\n' \"${COMPREPLY[@]}\"")
                               .arg(array)
                               .arg(words.size() - 1);
    QProcess bash;
    if (!workingDirectory.isEmpty())
        bash.setWorkingDirectory(workingDirectory);
    bash.start(
        m_bash,
        {QStringLiteral("-c"), script, QStringLiteral("bash"),
         QFileInfo(buildShare(QStringLiteral("bash-completion/completions/awaitscope"))).absoluteFilePath()});
    if (!bash.waitForFinished(10000))
        return {QStringLiteral("<bash did not finish>")};
    const QString error = QString::fromUtf8(bash.readAllStandardError());
    if (!error.isEmpty())
        return {QStringLiteral("<bash: %1>").arg(error)};
    QStringList out = QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    out.sort();
    return out;
}

void TestCommandLineDocs::buildWroteWhatTheDefinitionSays()
{
    const QString man = readText(buildShare(QStringLiteral("man/man1/awaitscope.1")));
    const QString completion = readText(buildShare(QStringLiteral("bash-completion/completions/awaitscope")));
    QVERIFY2(!man.isEmpty(), "the build wrote no man page (target awaitscope-data)");
    QVERIFY2(!completion.isEmpty(), "the build wrote no bash completion (target awaitscope-data)");
    QCOMPARE(man, manPage(commandLineSpec(), QStringLiteral(AWAITSCOPE_VERSION)));
    QCOMPARE(completion, bashCompletion(commandLineSpec()));
    QVERIFY(man.contains(QStringLiteral("\"Awaitscope " AWAITSCOPE_VERSION "\"")));
    // The installed man page is the same page, compressed.
    QVERIFY(QFileInfo::exists(buildShare(QStringLiteral("man/man1/awaitscope.1.gz"))));
    if (!m_bash.isEmpty()) {
        QProcess syntax;
        syntax.start(m_bash, {QStringLiteral("-n"),
                              buildShare(QStringLiteral("bash-completion/completions/awaitscope"))});
        QVERIFY(syntax.waitForFinished(10000));
        QVERIFY2(syntax.exitCode() == 0, syntax.readAllStandardError().constData());
    }
}

void TestCommandLineDocs::everyAcceptedFlagIsDocumentedAndCompleted_data()
{
    QTest::addColumn<QString>("command");
    for (const CommandSpec &c : commandLineSpec().commands)
        QTest::newRow(c.name.isEmpty() ? "window" : qPrintable(c.name)) << c.name;
}

void TestCommandLineDocs::everyAcceptedFlagIsDocumentedAndCompleted()
{
    QFETCH(QString, command);
    const CommandLineSpec &spec = commandLineSpec();
    const CommandSpec &c = *spec.command(command);
    const QString man = manPage(spec, QStringLiteral(AWAITSCOPE_VERSION));
    const QString ownSection = manSection(
        man,
        QStringLiteral(".SS \"%1")
            .arg(command.isEmpty() ? QStringLiteral("awaitscope")
                                   : QString(command).replace(u'-', QStringLiteral("\\-")))); // roff's hyphen
    const QString commonSection = manSection(man, QStringLiteral(".SH OPTIONS"));
    QVERIFY(!ownSection.isEmpty());
    QVERIFY(!commonSection.isEmpty());
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the completion cannot be run");
    const QStringList offered = complete(QStringList{QStringLiteral("awaitscope")} + commandWords(c) +
                                         QStringList{QStringLiteral("-")});

    QStringList accepted;
    for (const OptionSpec &o : spec.optionsOf(c)) {
        QStringList forms{o.longFlag()};
        if (!o.shortName.isNull())
            forms << QStringLiteral("-%1").arg(o.shortName);
        for (const QString &form : forms) {
            ParsedArguments parsed;
            QString error;
            QStringList args = commandWords(c) << form;
            if (o.takesValue())
                args << sampleValue(o);
            for (const ArgumentSpec &a : c.arguments) {
                if (a.required)
                    args << QStringLiteral("prog.py");
            }
            QVERIFY2(parseArguments(spec, c, args, &parsed, &error), qPrintable(form + u' ' + error));
            QVERIFY2(parsed.isSet(o.name), qPrintable(form));
            QVERIFY2(offered.contains(form),
                     qPrintable(form + QStringLiteral(" is not offered: ") + offered.join(u' ')));
            accepted << form;
        }
        const bool common = std::any_of(spec.common.begin(), spec.common.end(),
                                        [&](const OptionSpec &x) { return x.name == o.name; });
        QVERIFY2(manFlags(common ? commonSection : ownSection).contains(o.name),
                 qPrintable(o.longFlag() + QStringLiteral(" is not in the man page")));
    }
    // And the other way: nothing documented or offered that the parser would refuse.
    for (const QString &form : offered)
        QVERIFY2(accepted.contains(form), qPrintable(form + QStringLiteral(" is offered but not accepted")));
    for (const QString &name : manFlags(ownSection)) {
        ParsedArguments parsed;
        QString error;
        const OptionSpec *o = c.option(name);
        QStringList args = commandWords(c) << QStringLiteral("--") + name;
        if (o && o->takesValue())
            args << sampleValue(*o);
        if (!c.arguments.isEmpty() && c.arguments.first().required)
            args << QStringLiteral("prog.py");
        QVERIFY2(parseArguments(spec, c, args, &parsed, &error),
                 qPrintable(QStringLiteral("the man page names --%1: %2").arg(name, error)));
    }
    // A flag no one defined is refused, naming it.
    ParsedArguments parsed;
    QString error;
    QVERIFY(!parseArguments(spec, c, commandWords(c) << QStringLiteral("--no-such-flag"), &parsed, &error));
    QVERIFY2(error.contains(QStringLiteral("--no-such-flag")), qPrintable(error));
}

void TestCommandLineDocs::completionOffersValues_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("commands") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("e")}
                              << QStringList{QStringLiteral("export")};
    QTest::newRow("clock") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("run"),
                                          QStringLiteral("--clock"), QString()}
                           << QStringList{QStringLiteral("real"), QStringLiteral("virtual")};
    QTest::newRow("after --lang") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("--lang"),
                                                 QStringLiteral("de"), QStringLiteral("run"),
                                                 QStringLiteral("--n")}
                                  << QStringList{QStringLiteral("--net")};
    QTest::newRow("theme=") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("export"),
                                           QStringLiteral("--theme"), QStringLiteral("="),
                                           QStringLiteral("pr")}
                            << QStringList{QStringLiteral("projector")};
    QTest::newRow("view") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("export"),
                                         QStringLiteral("--view"), QString()}
                          << QStringList{QStringLiteral("compare"), QStringLiteral("player"),
                                         QStringLiteral("timeline")};
    QTest::newRow("lang") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("lessons"),
                                         QStringLiteral("--lang"), QString()}
                          << QStringList{QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("es"),
                                         QStringLiteral("fr")};
    QTest::newRow("number") << QStringList{QStringLiteral("awaitscope"), QStringLiteral("serve"),
                                           QStringLiteral("--port"), QString()}
                            << QStringList{};
}

void TestCommandLineDocs::completionOffersValues()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the completion cannot be run");
    QTemporaryDir empty; // no files to offer besides the words
    QCOMPARE(complete(words, empty.path()), expected);
}

void TestCommandLineDocs::completionOffersMatchingFiles()
{
    if (m_bash.isEmpty())
        QSKIP("bash is not installed: the completion cannot be run");
    QTemporaryDir dir;
    for (const char *name : {"prog.py", "run.json", "notes.txt", "slide.svg"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("lessons")));
    const QString awaitscope = QStringLiteral("awaitscope");
    QCOMPARE(complete({awaitscope, QStringLiteral("run"), QString()}, dir.path()),
             (QStringList{QStringLiteral("lessons"), QStringLiteral("prog.py")}));
    QCOMPARE(complete({awaitscope, QStringLiteral("run"), QStringLiteral("--trace"), QString()}, dir.path()),
             (QStringList{QStringLiteral("lessons"), QStringLiteral("run.json")}));
    QCOMPARE(
        complete({awaitscope, QStringLiteral("export"), QStringLiteral("-o"), QString()}, dir.path()),
        (QStringList{QStringLiteral("lessons"), QStringLiteral("notes.txt"), QStringLiteral("slide.svg")}));
    QCOMPARE(
        complete({awaitscope, QStringLiteral("lessons"), QStringLiteral("--check"), QString()}, dir.path()),
        QStringList{QStringLiteral("lessons")});
    // The window takes a program or a trace, beside the commands.
    QCOMPARE(
        complete({awaitscope, QString()}, dir.path()),
        (QStringList{QStringLiteral("export"), QStringLiteral("lessons"), QStringLiteral("lessons"),
                     QStringLiteral("prog.py"), QStringLiteral("record"), QStringLiteral("run"),
                     QStringLiteral("run.json"), QStringLiteral("serve"), QStringLiteral("trace-diff")}));
}

void TestCommandLineDocs::manPageIsCleanRoff()
{
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed (Debian: groff-base): the man page cannot be set");
    QProcess p;
    p.start(groff, {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                    buildShare(QStringLiteral("man/man1/awaitscope.1"))});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()), QString());
    const QString text =
        QString::fromUtf8(p.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral(".\b")));
    QVERIFY2(text.contains(QStringLiteral("--max-trace-events N")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("awaitscope export [OPTIONS] [FILE.py]")));
}

void TestCommandLineDocs::helpOfTheBinaryIsTheDefinitions_data()
{
    everyAcceptedFlagIsDocumentedAndCompleted_data();
}

void TestCommandLineDocs::helpOfTheBinaryIsTheDefinitions()
{
    QFETCH(QString, command);
    const CommandSpec &c = *commandLineSpec().command(command);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AWAITSCOPE_BINARY), commandWords(c) << QStringLiteral("--help"));
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), helpText(commandLineSpec(), c));
}

void TestCommandLineDocs::parserReadsTheUsualForms()
{
    const CommandLineSpec &spec = commandLineSpec();
    const CommandSpec &run = *spec.command(QStringLiteral("run"));
    ParsedArguments parsed;
    QString error;
    QVERIFY2(
        parseArguments(spec, run,
                       {QStringLiteral("--lang=de"), QStringLiteral("run"), QStringLiteral("--clock=real"),
                        QStringLiteral("--allow-host"), QStringLiteral("a"), QStringLiteral("--allow-host=b"),
                        QStringLiteral("--max-steps"), QStringLiteral("5"), QStringLiteral("--max-steps"),
                        QStringLiteral("7"), QStringLiteral("--"), QStringLiteral("-odd.py")},
                       &parsed, &error),
        qPrintable(error));
    QCOMPARE(&findCommand(spec, {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("run")}),
             &run);
    QCOMPARE(parsed.value(QStringLiteral("lang")), QStringLiteral("de"));
    QCOMPARE(parsed.value(QStringLiteral("clock")), QStringLiteral("real"));
    QCOMPARE(parsed.allValues(QStringLiteral("allow-host")),
             (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(parsed.value(QStringLiteral("max-steps")), QStringLiteral("7")); // the last one counts
    QCOMPARE(parsed.positional, QStringList{QStringLiteral("-odd.py")});
    // A word that names no command is the window's FILE.
    QCOMPARE(&findCommand(spec, {QStringLiteral("prog.py")}), &spec.window());
    QCOMPARE(&findCommand(spec, {QStringLiteral("--lesson"), QStringLiteral("run")}), &spec.window());
}

void TestCommandLineDocs::parserRefusesMisuse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringList{QStringLiteral("run"), QStringLiteral("--colour"),
                                            QStringLiteral("a.py")}
                             << QStringLiteral("Unknown option --colour.");
    QTest::newRow("unknown short") << QStringList{QStringLiteral("serve"), QStringLiteral("-x")}
                                   << QStringLiteral("Unknown option -x.");
    QTest::newRow("another command's flag")
        << QStringList{QStringLiteral("serve"), QStringLiteral("--clock"), QStringLiteral("real")}
        << QStringLiteral("Unknown option --clock.");
    QTest::newRow("missing value") << QStringList{QStringLiteral("lessons"), QStringLiteral("--check")}
                                   << QStringLiteral("--check needs a value.");
    QTest::newRow("value is a flag") << QStringList{QStringLiteral("export"), QStringLiteral("--out"),
                                                    QStringLiteral("--lesson"), QStringLiteral("gather")}
                                     << QStringLiteral("--out needs a value.");
    QTest::newRow("switch with value")
        << QStringList{QStringLiteral("export"), QStringLiteral("--no-caption=yes")}
        << QStringLiteral("--no-caption takes no value.");
    QTest::newRow("too many") << QStringList{QStringLiteral("run"), QStringLiteral("a.py"),
                                             QStringLiteral("b.py")}
                              << QStringLiteral("Unexpected argument b.py: the command takes one FILE.py.");
    QTest::newRow("none taken") << QStringList{QStringLiteral("serve"), QStringLiteral("8080")}
                                << QStringLiteral("Unexpected argument 8080: the command takes none.");
    QTest::newRow("required") << QStringList{QStringLiteral("run"), QStringLiteral("--clock"),
                                             QStringLiteral("real")}
                              << QStringLiteral("FILE.py is missing.");
}

void TestCommandLineDocs::parserRefusesMisuse()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CommandLineSpec &spec = commandLineSpec();
    ParsedArguments parsed;
    QString error;
    QVERIFY(!parseArguments(spec, findCommand(spec, arguments), arguments, &parsed, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCommandLineDocs)
#include "tst_commandlinedocs.moc"
