// The four languages as a learner meets them: the window switches at runtime, a headless export speaks
// German, and nothing is left half-translated (the .ts files and every lesson's lesson.LANG.json).
#include "i18n/languagemanager.h"
#include "lessons/lessonreader.h"
#include "lessons/lessontranslation.h"
#include "mainwindow/mainwindow.h"
#include "player/playerwidget.h"
#include "trace/runmodel.h"
#include "windowrun.h"

#include <QAbstractButton>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

using namespace awaitscope;

namespace {

const QString kSource = QStringLiteral(AWAITSCOPE_SOURCE_DIR);
const QStringList kTranslations = {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A rich-text view gives no-break spaces (French "titre :") back as plain ones.
QString plain(QString text)
{
    return text.replace(QChar::Nbsp, u' ');
}

QString lessonTitle(const QString &id, const QString &language)
{
    const QString name =
        language == u"en" ? QStringLiteral("lesson.json") : QStringLiteral("lesson.%1.json").arg(language);
    return readJson(kSource + QStringLiteral("/lessons/%1/%2").arg(id, name)).value(u"title").toString();
}

// The problems of one .ts file: entries lupdate left unfinished, obsolete or vanished, empty
// translations, and translations that lost or gained a placeholder (%1, %n).
QStringList tsProblems(const QString &path, const QString &language)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot be read").arg(path)};
    static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
    auto placeholders = [](const QString &text) {
        QStringList out;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            out << it.next().captured(0);
        out.sort();
        out.removeDuplicates();
        return out;
    };
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context, source, type;
    QStringList forms;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"TS" && !xml.attributes().value(QLatin1String("language")).startsWith(language))
                problems << QStringLiteral("the file's language is %1, not %2")
                                .arg(xml.attributes().value(QLatin1String("language")).toString(), language);
            else if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            else if (name == u"source")
                source = xml.readElementText();
            else if (name == u"translation") {
                type = xml.attributes().value(QLatin1String("type")).toString();
                forms.clear();
                if (!numerus)
                    forms << xml.readElementText();
            } else if (name == u"numerusform")
                forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            const QString where = QStringLiteral("%1: \"%2\"").arg(context, source.left(60));
            if (!type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, type);
            else if (forms.isEmpty() ||
                     std::any_of(forms.begin(), forms.end(), [](const QString &f) { return f.isEmpty(); }))
                problems << QStringLiteral("%1 has an empty translation").arg(where);
            else if (std::any_of(forms.begin(), forms.end(),
                                 [&](const QString &f) { return placeholders(f) != placeholders(source); }))
                problems << QStringLiteral("%1: the translation's placeholders differ").arg(where);
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return problems;
}

// `code` spans and {parameter} markers must survive translation: they are code and values.
QStringList markers(const QString &text, const QStringList &parameters)
{
    static const QRegularExpression pattern(QStringLiteral("`[^`]*`|\\{([a-z_][a-z0-9_]*)\\}"));
    QStringList out;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1).isEmpty() || parameters.contains(m.captured(1)))
            out << m.captured(0);
    }
    out.sort();
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void normalizesLanguageCodes_data();
    void normalizesLanguageCodes();
    void switchingLanguageRetranslatesTheWindow_data();
    void switchingLanguageRetranslatesTheWindow();
    void everyMenuTitleAndPanelLabelIsRetranslated_data();
    void everyMenuTitleAndPanelLabelIsRetranslated();
    void theChoiceIsRemembered();
    void textFitsTheDefaultWindow_data();
    void textFitsTheDefaultWindow();
    void headlessExportSpeaksTheLanguage_data();
    void headlessExportSpeaksTheLanguage();
    void unknownLanguageIsRefused();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void tsFilesMatchTheSources();
    void everyLessonIsTranslated_data();
    void everyLessonIsTranslated();
};

void TestTranslations::initTestCase()
{
    // Settings go to a throw-away place, never the person's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AwaitscopeTest"));
    QCoreApplication::setApplicationName(QStringLiteral("awaitscope-translations-test"));
    QSettings().clear();
}

void TestTranslations::init()
{
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
}

void TestTranslations::normalizesLanguageCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("language");
    QTest::newRow("plain") << QStringLiteral("de") << QStringLiteral("de");
    QTest::newRow("region") << QStringLiteral("de_AT") << QStringLiteral("de");
    QTest::newRow("BCP 47") << QStringLiteral("fr-CA") << QStringLiteral("fr");
    QTest::newRow("upper case") << QStringLiteral("ES") << QStringLiteral("es");
    QTest::newRow("English") << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("no translation") << QStringLiteral("pt_BR") << QString();
    QTest::newRow("C locale") << QStringLiteral("C") << QString();
}

void TestTranslations::normalizesLanguageCodes()
{
    QFETCH(QString, code);
    QFETCH(QString, language);
    QCOMPARE(LanguageManager::normalize(code), language);
}

void TestTranslations::switchingLanguageRetranslatesTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier");
}

void TestTranslations::switchingLanguageRetranslatesTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    const QString id = QStringLiteral("gather");
    const QString english = lessonTitle(id, QStringLiteral("en"));
    const QString translated = lessonTitle(id, language);
    QVERIFY(!translated.isEmpty() && translated != english);

    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(id));
    QVERIFY(runEnded(w));
    auto *file = w.menuBar()->findChild<QMenu *>(QStringLiteral("menuFile"));
    auto *explanation = w.findChild<QTextBrowser *>(QStringLiteral("explanation"));
    auto *lessons = w.findChild<QListWidget *>(QStringLiteral("lessonList"));
    auto *run = w.findChild<QPushButton *>(QStringLiteral("runButton"));
    QVERIFY(file && explanation && lessons && run);
    QCOMPARE(file->title(), QStringLiteral("&File"));
    QVERIFY(explanation->toPlainText().contains(english));
    const QString englishRun = run->text();

    // As a learner does it: the Language menu.
    auto *choice = w.findChild<QAction *>(QStringLiteral("actionLanguage_") + language);
    QVERIFY(choice);
    choice->trigger();
    QTRY_COMPARE(file->title(), fileMenu);
    QVERIFY(choice->isChecked());
    QVERIFY2(explanation->toPlainText().contains(plain(translated)),
             qPrintable(explanation->toPlainText().left(200)));
    QVERIFY(!explanation->toPlainText().contains(english));
    QVERIFY(lessons->currentItem() && lessons->currentItem()->text().contains(translated));
    QVERIFY(run->text() != englishRun);
    QCOMPARE(w.currentLessonId(), id); // the same lesson stays open

    w.findChild<QAction *>(QStringLiteral("actionLanguage_en"))->trigger();
    QTRY_COMPARE(file->title(), QStringLiteral("&File"));
    QVERIFY(explanation->toPlainText().contains(english));
    QCOMPARE(run->text(), englishRun);
}

void TestTranslations::everyMenuTitleAndPanelLabelIsRetranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("es") << QStringLiteral("es");
    QTest::newRow("fr") << QStringLiteral("fr");
}

// Everything a runtime switch must change at once, as a restart would show it: every menu's title (the
// menus come from several files and owners), the player's panel titles, the transport's actions, the
// predict dock; and Ctrl+Return still runs afterwards (a button's text used to replace its shortcut).
void TestTranslations::everyMenuTitleAndPanelLabelIsRetranslated()
{
    QFETCH(QString, language);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("concurrent-tasks")));
    QVERIFY(runEnded(w));
    auto texts = [&w] {
        QMap<QString, QString> out;
        for (QAction *a : w.menuBar()->actions()) {
            if (QMenu *menu = a->menu())
                out.insert(menu->objectName(), menu->title());
        }
        for (QGroupBox *box : w.findChildren<QGroupBox *>())
            out.insert(QStringLiteral("box:") + box->title(), box->title());
        for (const char *name :
             {"actionPlay", "actionJumpToEnd", "actionFaster", "actionFitRun", "actionRun"})
            out.insert(QString::fromLatin1(name), w.findChild<QAction *>(QLatin1String(name))->text());
        out.insert(QStringLiteral("predictDock"),
                   w.findChild<QDockWidget *>(QStringLiteral("predictDock"))->windowTitle());
        return out;
    };
    const QMap<QString, QString> english = texts();
    QCOMPARE(english.value(QStringLiteral("menuEdit")), QStringLiteral("&Edit"));
    QCOMPARE(english.size(), 8 + 3 + 5 + 1); // eight menus, three panels, five actions, the dock

    QVERIFY(LanguageManager::instance()->setLanguage(language, false));
    // The widgets hear of it through a posted event: wait for the panels, then read everything.
    QTRY_VERIFY(texts().value(QStringLiteral("actionFaster")) !=
                english.value(QStringLiteral("actionFaster")));
    const QMap<QString, QString> translated = texts();
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("box:"))) { // a panel's title: no English one may be left
            QVERIFY2(!translated.contains(it.key()),
                     qPrintable(it.key() + QStringLiteral(" left in English")));
            continue;
        }
        const QString now = translated.value(it.key());
        QVERIFY2(!now.isEmpty() && now != it.value(),
                 qPrintable(QStringLiteral("%1 still reads %2").arg(it.key(), it.value())));
    }
    QCOMPARE(translated.size(), english.size());
    QCOMPARE(translated.value(QStringLiteral("menuEdit")),
             QCoreApplication::translate("awaitscope::MainWindow", "&Edit"));

    // Ctrl+Return in the editor still runs the program, in the new language.
    const QString source = QStringLiteral("import asyncio\n\nasync def main():\n    await "
                                          "asyncio.gather(*(asyncio.sleep(1) for _ in range(5)))\n\n"
                                          "asyncio.run(main())\n");
    w.codeEditor()->setFocus();
    w.codeEditor()->setPlainText(source);
    const int lanesBefore = w.player()->model().laneCount();
    QTest::keyClick(w.codeEditor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!w.isRunning());
    QCOMPARE(w.player()->model().laneCount(), 6);
    QVERIFY(lanesBefore != 6);
    QCOMPARE(w.codeEditor()->toPlainText(), source); // no new line typed instead
    w.findChild<QAbstractButton *>(QStringLiteral("resetButton"))->click();
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(texts(), english);
}

void TestTranslations::theChoiceIsRemembered()
{
    QSettings().remove(QStringLiteral("ui/language"));
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("es")));
    QVERIFY(LanguageManager::instance()->setLanguage(QStringLiteral("en"), false)); // e.g. --lang en
    LanguageManager::instance()->restore();                                         // the next start
    QCOMPARE(LanguageManager::instance()->language(), QStringLiteral("es"));
    QCOMPARE(QCoreApplication::translate("awaitscope::MainWindow", "&File"), QStringLiteral("&Archivo"));
    QSettings().remove(QStringLiteral("ui/language"));
}

void TestTranslations::textFitsTheDefaultWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    for (const QString &l : kTranslations)
        QTest::newRow(qPrintable(l)) << l;
}

// German words are long: at the default window size no label, button, panel title or menu may be cut.
// With AWAITSCOPE_GRAB_DIR set, the window is also saved as mainwindow-LANG.png to look at.
void TestTranslations::textFitsTheDefaultWindow()
{
    QFETCH(QString, language);
    QVERIFY(LanguageManager::instance()->setLanguage(language, false));
    MainWindow w;
    w.resize(w.sizeHint());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openLesson(QStringLiteral("gather")));
    QVERIFY(runEnded(w));
    QCoreApplication::processEvents();
    QCOMPARE(w.size(), w.sizeHint());

    QStringList clipped;
    const QList<QWidget *> widgets = w.findChildren<QWidget *>();
    for (QWidget *child : widgets) {
        if (!child->isVisibleTo(&w) || child->width() <= 0)
            continue;
        const QString name = child->objectName().isEmpty()
                                 ? QString::fromLatin1(child->metaObject()->className())
                                 : child->objectName();
        if (auto *label = qobject_cast<QLabel *>(child)) {
            if (!label->wordWrap() && !label->text().isEmpty() &&
                label->width() < label->minimumSizeHint().width())
                clipped << QStringLiteral("label %1 \"%2\"").arg(name, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(child)) {
            if (!button->text().isEmpty() && button->width() < button->minimumSizeHint().width())
                clipped << QStringLiteral("button %1 \"%2\"").arg(name, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(child)) {
            if (box->width() <
                box->fontMetrics().horizontalAdvance(box->title()) + 2 * box->fontMetrics().height())
                clipped << QStringLiteral("panel \"%1\"").arg(box->title());
        }
    }
    // The lesson titles wrap inside the list; none may need more room than its row has.
    const QList<QListWidget *> lists = w.findChildren<QListWidget *>();
    for (QListWidget *list : lists) {
        for (int i = 0; i < list->count(); ++i) {
            const QRect row = list->visualItemRect(list->item(i));
            const QRect text = list->fontMetrics().boundingRect(QRect(0, 0, row.width() - 8, 100000),
                                                                Qt::TextWordWrap, list->item(i)->text());
            if (text.width() > row.width() || text.height() > row.height())
                clipped << QStringLiteral("list item \"%1\"").arg(list->item(i)->text());
        }
    }
    // A menu bar too narrow for its menus hides the last ones behind an extension button.
    const QRect bar = w.menuBar()->rect();
    for (QAction *menu : w.menuBar()->actions()) {
        if (!bar.contains(w.menuBar()->actionGeometry(menu)))
            clipped << QStringLiteral("menu \"%1\"").arg(menu->text());
    }
    const QString grabDir = qEnvironmentVariable("AWAITSCOPE_GRAB_DIR");
    if (!grabDir.isEmpty())
        QVERIFY(w.grab().save(QDir(grabDir).filePath(QStringLiteral("mainwindow-%1.png").arg(language))));
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
}

void TestTranslations::headlessExportSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : kTranslations)
        QTest::newRow(qPrintable(l)) << l;
}

void TestTranslations::headlessExportSpeaksTheLanguage()
{
    QFETCH(QString, language);
    const QString id = QStringLiteral("gather");
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("gather.svg"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(AWAITSCOPE_BINARY),
                {QStringLiteral("export"), QStringLiteral("--lesson"), id, QStringLiteral("--lang"), language,
                 QStringLiteral("--out"), out});
    QVERIFY(child.waitForFinished(120000));
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             child.readAllStandardError().constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());

    // The caption is the lesson's title in that language, and the panels' headings are translated.
    const QString title = lessonTitle(id, language).toHtmlEscaped();
    QVERIFY2(svg.contains(title), qPrintable(title));
    QVERIFY(!svg.contains(lessonTitle(id, QStringLiteral("en")).toHtmlEscaped()));
    QVERIFY(LanguageManager::instance()->setLanguage(language, false));
    const QString heading = QCoreApplication::translate("Exporter", "Event loop");
    QVERIFY(heading != u"Event loop");
    QVERIFY2(svg.contains(heading.toHtmlEscaped()), qPrintable(heading));
    QVERIFY(!svg.contains(QStringLiteral(">Event loop<")));
}

void TestTranslations::unknownLanguageIsRefused()
{
    QProcess child;
    child.start(QStringLiteral(AWAITSCOPE_BINARY),
                {QStringLiteral("lessons"), QStringLiteral("--lang"), QStringLiteral("xx")});
    QVERIFY(child.waitForFinished(60000));
    QCOMPARE(child.exitCode(), 2);
    QVERIFY(child.readAllStandardError().contains("--lang xx"));

    // And a known one reaches the lesson list.
    QProcess list;
    list.start(QStringLiteral(AWAITSCOPE_BINARY), {QStringLiteral("lessons"), QStringLiteral("--lang=de")});
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    QVERIFY(QString::fromUtf8(list.readAllStandardOutput())
                .contains(lessonTitle(QStringLiteral("gather"), QStringLiteral("de"))));
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &l : kTranslations)
        QTest::newRow(qPrintable(l)) << l;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    const QString path = kSource + QStringLiteral("/translations/awaitscope_%1.ts").arg(language);
    const QStringList problems = tsProblems(path, language);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 (translate them, then `make translations`):\n  %2")
                            .arg(path, problems.join(QStringLiteral("\n  ")))));
}

// lupdate run afresh over app/ and core/ must find nothing new and nothing gone: every string a user
// sees is in the .ts files. (make translations updates them.)
void TestTranslations::tsFilesMatchTheSources()
{
#ifndef AWAITSCOPE_LUPDATE
    QSKIP("lupdate was not found when this test was built");
#else
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("awaitscope_de.ts"));
    QVERIFY(QFile::copy(kSource + QStringLiteral("/translations/awaitscope_de.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSource);
    lupdate.start(QStringLiteral(AWAITSCOPE_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                   QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    const QStringList problems = tsProblems(copy, QStringLiteral("de"));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("the sources and translations/*.ts disagree; run `make translations` "
                                       "and translate:\n  %1")
                            .arg(problems.join(QStringLiteral("\n  ")))));
#endif
}

void TestTranslations::everyLessonIsTranslated_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("language");
    const QStringList folders =
        QDir(kSource + QStringLiteral("/lessons")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(folders.size() >= 11);
    for (const QString &f : folders) {
        for (const QString &l : kTranslations)
            QTest::newRow(qPrintable(f + QLatin1Char('/') + l))
                << kSource + QStringLiteral("/lessons/") + f << l;
    }
}

void TestTranslations::everyLessonIsTranslated()
{
    QFETCH(QString, folder);
    QFETCH(QString, language);
    Lesson lesson;
    LessonProblems problems;
    QVERIFY(LessonReader::read(folder, &lesson, &problems));
    const QString file = QDir(folder).filePath(QStringLiteral("lesson.%1.json").arg(language));
    QVERIFY2(QFileInfo::exists(file), qPrintable(file + QStringLiteral(" is missing")));
    LessonTranslation::check(file, lesson, &problems);
    QStringList messages;
    for (const LessonProblem &p : std::as_const(problems))
        messages << p.toString();

    // Every translatable text is there, with its code and {parameters} intact. Texts that are code
    // themselves (an option whose text is its value, a label that is the parameter's name) may stay out.
    const QJsonObject en = readJson(QDir(folder).filePath(QStringLiteral("lesson.json")));
    const QJsonObject tx = readJson(file);
    QStringList parameters;
    for (const QJsonValue &p : en.value(u"parameters").toArray())
        parameters << p[u"name"].toString();
    auto expect = [&](const QString &where, const QJsonValue &english, const QJsonValue &translated) {
        if (!translated.isString())
            messages << QStringLiteral("%1: %2 is not translated").arg(file, where);
        else if (markers(english.toString(), parameters) != markers(translated.toString(), parameters))
            messages << QStringLiteral("%1: %2 changes its `code` or {parameters}").arg(file, where);
    };
    for (const char *key : {"title", "summary"})
        expect(QLatin1String(key), en.value(QLatin1String(key)), tx.value(QLatin1String(key)));
    for (const QJsonValue &p : en.value(u"programs").toArray()) {
        if (!p[u"label"].toString().isEmpty())
            expect(QStringLiteral("programs.%1.label").arg(p[u"id"].toString()), p[u"label"],
                   tx[u"programs"][p[u"id"].toString()][u"label"]);
    }
    for (const QJsonValue &s : en.value(u"sections").toArray()) {
        for (const char *key : {"title", "text"})
            expect(QStringLiteral("sections.%1.%2").arg(s[u"id"].toString(), QLatin1String(key)),
                   s[QLatin1String(key)], tx[u"sections"][s[u"id"].toString()][QLatin1String(key)]);
    }
    const QJsonArray takeaways = en.value(u"takeaways").toArray();
    for (qsizetype i = 0; i < takeaways.size(); ++i)
        expect(QStringLiteral("takeaways[%1]").arg(i), takeaways.at(i), tx[u"takeaways"][i]);
    for (const QJsonValue &p : en.value(u"parameters").toArray()) {
        if (p[u"label"] != p[u"name"])
            expect(QStringLiteral("parameters.%1.label").arg(p[u"name"].toString()), p[u"label"],
                   tx[u"parameters"][p[u"name"].toString()][u"label"]);
    }
    for (const QJsonValue &q : en.value(u"questions").toArray()) {
        const QString id = q[u"id"].toString();
        const QJsonValue tq = tx[u"questions"][id];
        for (const char *key : {"prompt", "explanation"}) {
            if (q[QLatin1String(key)].isString())
                expect(QStringLiteral("questions.%1.%2").arg(id, QLatin1String(key)), q[QLatin1String(key)],
                       tq[QLatin1String(key)]);
        }
        for (const QJsonValue &o : q[u"options"].toArray()) {
            if (o[u"text"] != o[u"value"])
                expect(QStringLiteral("questions.%1.options.%2").arg(id, o[u"value"].toString()), o[u"text"],
                       tq[u"options"][o[u"value"].toString()]);
        }
    }
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(LessonTranslation::translated(lesson, language).title != lesson.title);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
