// Preferences ▸ Limits: the limits are stored in QSettings, reach the runner with the GUI's hint, survive a
// restart, and an unwritable settings file gives a message instead of losing the dialog's values. The
// command line has one flag per limit, listed by `awaitscope run --help`.
#include "compare/compareaddon.h"
#include "compare/comparisonbuilder.h"
#include "mainwindow/mainwindow.h"
#include "python/pythonrunner.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"
#include "trace/trace.h"
#include "windowrun.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace awaitscope;
using namespace awaitscope::py;

Q_DECLARE_METATYPE(awaitscope::py::Limit)

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Never the real user's settings: QSettings() goes to a test folder.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaultsWhenNothingIsStored()
    {
        const RunLimits stored = Settings::limits();
        const RunLimits defaults;
        for (const Limit limit : allLimits())
            QCOMPARE(stored.value(limit), defaults.value(limit));
    }

    // Each limit goes through the dialog into QSettings and from there into the runner's options.
    void limitReachesTheRunner_data()
    {
        QTest::addColumn<Limit>("limit");
        QTest::addColumn<QString>("program");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("recursion") << Limit::Recursion
                                   << QStringLiteral("def f(n):\n    return f(n + 1)\nf(0)\n") << 40
                                   << QStringLiteral(
                                          "Stopped: recursion limit reached: more than 40 nested calls");
        QTest::newRow("steps") << Limit::Steps << QStringLiteral("while True:\n    pass\n") << 3000
                               << QStringLiteral(
                                      "Stopped: step limit reached: the program ran more than 3000 steps");
        QTest::newRow("memory") << Limit::Memory << QStringLiteral("x = [0] * 10 ** 8\n") << 100
                                << QStringLiteral(
                                       "Stopped: memory limit reached: the program used more than 100 MB");
        QTest::newRow("tasks")
            << Limit::Tasks
            << QStringLiteral("import asyncio\nasync def w():\n    pass\nasync def main():\n"
                              "    for i in range(100):\n        asyncio.create_task(w())\n"
                              "asyncio.run(main())\n")
            << 20
            << QStringLiteral(
                   "Stopped: task limit reached: the program had more than 20 tasks unfinished at once");
        QTest::newRow("output") << Limit::Output << QStringLiteral("while True:\n    print('x')\n") << 500
                                << QStringLiteral(
                                       "Stopped: output limit reached: the program printed more than 500");
        QTest::newRow("trace") << Limit::Trace
                               << QStringLiteral("import asyncio\nasync def main():\n    while True:\n"
                                                 "        await asyncio.sleep(1)\nasyncio.run(main())\n")
                               << 300
                               << QStringLiteral(
                                      "Stopped: trace limit reached: the run recorded more than 300 events");
    }

    void limitReachesTheRunner()
    {
        QFETCH(Limit, limit);
        QFETCH(QString, program);
        QFETCH(int, value);
        QFETCH(QString, message);

        {
            SettingsDialog dialog;
            QSpinBox *field = dialog.field(limit);
            QVERIFY(field);
            QCOMPARE(qint64(field->value()), RunLimits().value(limit));
            field->setValue(value);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.errorText(), QString());
        }
        QCOMPARE(QSettings().value(Settings::key(limit)).toLongLong(), qint64(value));
        QCOMPARE(Settings::limits().value(limit), qint64(value));

        RunRequest request = Settings::runRequest();
        request.source = program;
        const RunResult run = runProgram(request);
        const QString err = run.errorOutput;
        QCOMPARE(run.exitStatus, 1);
        // An uncaught RecursionError is the program's own exception; the other limits stop it from outside.
        QCOMPARE(run.error.kind,
                 limit == Limit::Recursion ? RunError::Kind::Exception : RunError::Kind::Limit);
        const QStringList lines = err.split(u'\n', Qt::SkipEmptyParts);
        const QString last = lines.isEmpty() ? QString() : lines.last();
        QVERIFY2(last.startsWith(message), qPrintable(last));
        QVERIFY2(last.endsWith(QStringLiteral("; raise it in Preferences ▸ Limits")), qPrintable(last));

        // A new dialog shows what was saved; Restore Defaults puts the defaults back.
        SettingsDialog again;
        QCOMPARE(again.field(limit)->value(), value);
    }

    // Settings ▸ Network: hosts typed into the dialog are stored and reach the runner's options.
    void allowedHostsReachTheRunner_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing: only the demo server") << QString() << QStringList();
        QTest::newRow("one host") << QStringLiteral("example.org")
                                  << QStringList{QStringLiteral("example.org")};
        QTest::newRow("commas, spaces and capitals")
            << QStringLiteral(" Example.org ,api.example.org,, ")
            << QStringList{QStringLiteral("example.org"), QStringLiteral("api.example.org")};
    }

    void allowedHostsReachTheRunner()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        {
            SettingsDialog dialog;
            auto *field = dialog.findChild<QLineEdit *>(QStringLiteral("allowedHosts"));
            QVERIFY(field);
            field->setText(typed);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(Settings::allowedHosts(), expected);
        QCOMPARE(Settings::runRequest().allowedHosts, expected);
        SettingsDialog again;
        QCOMPARE(again.allowedHosts(), expected);
    }

    // A wildcard or a URL is not a host: the dialog says so and keeps the old list; a hand-edited
    // settings file with one allows nothing by it.
    void hostsThatAreNotHostsAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("star") << QStringLiteral("example.org, *") << QStringLiteral("'*' is a wildcard");
        QTest::newRow("star dot") << QStringLiteral("*.example.org") << QStringLiteral("is a wildcard");
        QTest::newRow("url") << QStringLiteral("https://example.org") << QStringLiteral("without http://");
        QTest::newRow("port") << QStringLiteral("example.org:8080") << QStringLiteral("without a port");
        QTest::newRow("space") << QStringLiteral("exa mple.org") << QStringLiteral("is not a host name");
    }
    void hostsThatAreNotHostsAreRefused()
    {
        QFETCH(QString, typed);
        QFETCH(QString, message);
        QSettings().setValue(QStringLiteral("network/allowedHosts"), QStringList{QStringLiteral("kept.org")});
        SettingsDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("allowedHosts"))->setText(typed);
        dialog.accept();
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        QCOMPARE(Settings::allowedHosts(), QStringList{QStringLiteral("kept.org")});

        QSettings().setValue(QStringLiteral("network/allowedHosts"),
                             QStringList{QStringLiteral("*"), QStringLiteral("ok.org"), typed});
        QCOMPARE(Settings::allowedHosts(), QStringList{QStringLiteral("ok.org")});
    }

    // Compare runs both sides with the preferences too (it once used the built-in defaults).
    void compareHonoursTheLimits()
    {
        RunLimits lowered;
        lowered.maxSteps = 20;
        QVERIFY(Settings::setLimits(lowered));
        MainWindow window;
        QVERIFY(window.openLesson(QStringLiteral("concurrent-tasks")));
        QVERIFY(runEnded(window));
        window.addOn<CompareAddOn>()->comparePitfallWithFix();
        QTRY_VERIFY(!window.addOn<CompareAddOn>()->isComparing());
        const Comparison *c = window.addOn<CompareAddOn>()->lastComparison();
        QVERIFY(c);
        for (const Trace *side : {&c->first, &c->second}) {
            bool stopped = false;
            for (const TraceEvent &e : side->events())
                stopped |= e.kind == TraceEvent::Kind::Note &&
                           e.text.contains(QStringLiteral("step limit reached")) &&
                           e.text.contains(QStringLiteral("more than 20 steps"));
            QVERIFY2(stopped, "a side of the comparison ran without the lowered step limit");
        }
    }

    void restoreDefaults()
    {
        RunLimits changed;
        changed.maxSteps = 123;
        QVERIFY(Settings::setLimits(changed));
        SettingsDialog dialog;
        QCOMPARE(dialog.field(Limit::Steps)->value(), 123);
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(qint64(dialog.field(Limit::Steps)->value()), RunLimits().maxSteps);
        dialog.reject();
        QCOMPARE(Settings::limits().maxSteps, qint64(123)); // Cancel keeps what was stored
    }

    // A damaged or hand-edited value never switches a limit off.
    void badStoredValueFallsBackToTheDefault_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("zero") << QVariant(0);
        QTest::newRow("negative") << QVariant(-5);
        QTest::newRow("text") << QVariant(QStringLiteral("lots"));
    }

    void badStoredValueFallsBackToTheDefault()
    {
        QFETCH(QVariant, stored);
        QSettings().setValue(Settings::key(Limit::Steps), stored);
        QCOMPARE(Settings::limits().maxSteps, RunLimits().maxSteps);
    }

    // The settings file cannot be written (its folder is a file): a message, the old file intact, and the
    // dialog stays open with the learner's values.
    void unwritableSettingsFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.write("not a folder");
        blocker.close();
        const QString path = dir.filePath(QStringLiteral("blocker/settings.ini"));
        QSettings store(path, QSettings::IniFormat);
        RunLimits limits;
        limits.maxTasks = 77;
        QString error;
        QVERIFY(!Settings::setLimits(store, limits, &error));
        QVERIFY2(error.contains(path) && error.contains(u"could not be saved"), qPrintable(error));
        QFile check(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("not a folder"));
    }

    void dialogKeepsValuesWhenSavingFails()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile blocker(dir.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // QSettings() now points into a "folder" that is a file.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("blocker")));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           dir.filePath(QStringLiteral("blocker")));
        SettingsDialog dialog;
        dialog.show();
        dialog.field(Limit::Output)->setValue(4242);
        dialog.accept();
        QVERIFY(dialog.isVisible()); // not closed: nothing was saved
        QVERIFY2(dialog.errorText().contains(u"could not be saved"), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.field(Limit::Output)->value(), 4242);
        dialog.reject();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }

    void preferencesActionOpensTheDialog()
    {
        QWidget window;
        QMenu menu;
        QAction *action = SettingsDialog::addPreferencesAction(&menu, &window);
        QCOMPARE(action->objectName(), QStringLiteral("actionPreferences"));
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::Preferences));
        bool opened = false;
        QTimer::singleShot(0, this, [&opened] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *d = qobject_cast<SettingsDialog *>(w); d && d->isVisible()) {
                    opened = d->findChild<QWidget *>(QStringLiteral("limitsGroup")) != nullptr;
                    d->reject();
                }
            }
        });
        action->trigger();
        QVERIFY(opened);
    }

    // `awaitscope run --help` lists every limit's flag, and a flag raises or lowers that limit.
    void commandLineFlags_data()
    {
        QTest::addColumn<Limit>("limit");
        for (const Limit limit : allLimits())
            QTest::newRow(qPrintable(limitFlag(limit))) << limit;
    }

    void commandLineFlags()
    {
        QFETCH(Limit, limit);
        QProcess help;
        help.start(QStringLiteral(AWAITSCOPE_BINARY), {QStringLiteral("run"), QStringLiteral("--help")});
        QVERIFY(help.waitForFinished(20'000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        QVERIFY2(text.contains(limitFlag(limit) + QStringLiteral(" N ")), qPrintable(text));
    }

    void commandLineFlagStopsTheProgram()
    {
        QTemporaryDir dir;
        const QString program = dir.filePath(QStringLiteral("tasks.py"));
        QFile file(program);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("import asyncio\nasync def w():\n    pass\nasync def main():\n    for i in range(100):\n"
                   "        asyncio.create_task(w())\nasyncio.run(main())\n");
        file.close();
        QProcess run;
        run.start(QStringLiteral(AWAITSCOPE_BINARY),
                  {QStringLiteral("run"), program, QStringLiteral("--max-tasks"), QStringLiteral("5")});
        QVERIFY(run.waitForFinished(20'000));
        QCOMPARE(run.exitCode(), 1);
        QCOMPARE(
            QString::fromUtf8(run.readAllStandardError()).trimmed(),
            QStringLiteral(
                "Stopped: task limit reached: the program had more than 5 tasks unfinished at once; raise it "
                "with --max-tasks N"));

        QProcess bad;
        bad.start(QStringLiteral(AWAITSCOPE_BINARY),
                  {QStringLiteral("run"), program, QStringLiteral("--max-steps"), QStringLiteral("many")});
        QVERIFY(bad.waitForFinished(20'000));
        QCOMPARE(bad.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(bad.readAllStandardError()).trimmed(),
                 QStringLiteral("awaitscope run: --max-steps needs a positive whole number, not 'many'"));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
