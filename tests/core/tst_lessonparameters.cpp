// A learner's parameter values reach the program through its marked lines, and every built-in lesson
// still makes sense at the ends of its ranges: the program runs and each question has an answer.
#include "lessons/answerevaluator.h"
#include "lessons/lessonchecker.h"
#include "lessons/lessonlibrary.h"
#include "lessons/parametersubstitution.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awaitscope;

namespace {

LessonParameter numberParameter(LessonParameter::Type type, double min, double max, const QVariant &def)
{
    LessonParameter p;
    p.name = QStringLiteral("delay");
    p.type = type;
    p.min = min;
    p.max = max;
    p.defaultValue = def;
    return p;
}

LessonParameter returnWhen()
{
    LessonParameter p;
    p.name = QStringLiteral("return_when");
    p.type = LessonParameter::Type::Symbol;
    p.symbols = {{QStringLiteral("ALL_COMPLETED"), QStringLiteral("asyncio.ALL_COMPLETED"),
                  QStringLiteral("ReturnWhen::All")},
                 {QStringLiteral("FIRST_COMPLETED"), QStringLiteral("asyncio.FIRST_COMPLETED"),
                  QStringLiteral("ReturnWhen::First")}};
    p.defaultValue = QStringLiteral("ALL_COMPLETED");
    return p;
}

// python3 when it is CPython 3.11, else empty. Asked once: starting Python is slow.
QString python311()
{
    static const QString found = [] {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            return QString();
        QProcess version;
        version.start(python, {QStringLiteral("-c"),
                               QStringLiteral("import sys; print(sys.version_info[:2] == (3, 11))")});
        version.waitForFinished(30000);
        return version.readAllStandardOutput().startsWith("True") ? python : QString();
    }();
    return found;
}

} // namespace

class TestLessonParameters : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void literal_data();
    void literal();
    void substitution_data();
    void substitution();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void markersAreFound();
    void textShowsCurrentValues();
    void variationsStillAnswer_data();
    void variationsStillAnswer();

private:
    // Every variation's programs are written and run once, up front: starting Python is slow.
    QTemporaryDir m_variations;
    QHash<QString, QString>
        m_variationFolder; // row name -> folder with the varied programs and their results
    QString m_variationError;
};

void TestLessonParameters::literal_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("python");
    QTest::addColumn<QString>("cpp");
    QTest::newRow("int") << int(LessonParameter::Type::Int) << QVariant(3) << QStringLiteral("3")
                         << QStringLiteral("3");
    QTest::newRow("float whole") << int(LessonParameter::Type::Float) << QVariant(3.0)
                                 << QStringLiteral("3.0") << QStringLiteral("3.0");
    QTest::newRow("float half") << int(LessonParameter::Type::Float) << QVariant(2.5) << QStringLiteral("2.5")
                                << QStringLiteral("2.5");
    QTest::newRow("float tenth") << int(LessonParameter::Type::Float) << QVariant(0.1)
                                 << QStringLiteral("0.1") << QStringLiteral("0.1");
    QTest::newRow("bool") << int(LessonParameter::Type::Bool) << QVariant(true) << QStringLiteral("True")
                          << QStringLiteral("true");
    QTest::newRow("string") << int(LessonParameter::Type::String) << QVariant(QStringLiteral("say \"hi\"\\"))
                            << QStringLiteral("\"say \\\"hi\\\"\\\\\"")
                            << QStringLiteral("\"say \\\"hi\\\"\\\\\"");
}

void TestLessonParameters::literal()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, python);
    QFETCH(QString, cpp);
    LessonParameter p = numberParameter(LessonParameter::Type(type), 0, 10, value);
    QCOMPARE(p.literal(value, ProgramLanguage::Python), python);
    QCOMPARE(p.literal(value, ProgramLanguage::Cpp), cpp);
}

void TestLessonParameters::substitution_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("language");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("python default kept")
        << QStringLiteral("x = 1\nDELAY = 3  # param: delay\nprint(DELAY)\n") << int(ProgramLanguage::Python)
        << QVariantMap() << QStringLiteral("x = 1\nDELAY = 3  # param: delay\nprint(DELAY)\n");
    QTest::newRow("python new value")
        << QStringLiteral("DELAY = 3  # param: delay\n") << int(ProgramLanguage::Python)
        << QVariantMap{{QStringLiteral("delay"), 7}} << QStringLiteral("DELAY = 7  # param: delay\n");
    QTest::newRow("python symbol") << QStringLiteral("RW = asyncio.ALL_COMPLETED  # param: return_when")
                                   << int(ProgramLanguage::Python)
                                   << QVariantMap{{QStringLiteral("return_when"),
                                                   QStringLiteral("FIRST_COMPLETED")}}
                                   << QStringLiteral("RW = asyncio.FIRST_COMPLETED  # param: return_when");
    QTest::newRow("cpp value") << QStringLiteral("    constexpr int Delay = 3; // param: delay")
                               << int(ProgramLanguage::Cpp) << QVariantMap{{QStringLiteral("delay"), 9}}
                               << QStringLiteral("    constexpr int Delay = 9; // param: delay");
    QTest::newRow("cpp symbol") << QStringLiteral("const auto rw = ReturnWhen::All; // param: return_when")
                                << int(ProgramLanguage::Cpp)
                                << QVariantMap{{QStringLiteral("return_when"),
                                                QStringLiteral("FIRST_COMPLETED")}}
                                << QStringLiteral("const auto rw = ReturnWhen::First; // param: return_when");
    QTest::newRow("unmarked lines untouched")
        << QStringLiteral("DELAY = 3\n# param: delay\n") << int(ProgramLanguage::Python)
        << QVariantMap{{QStringLiteral("delay"), 5}} << QStringLiteral("DELAY = 3\n# param: delay\n");
}

void TestLessonParameters::substitution()
{
    QFETCH(QString, source);
    QFETCH(int, language);
    QFETCH(QVariantMap, values);
    QFETCH(QString, expected);
    const QList<LessonParameter> parameters{numberParameter(LessonParameter::Type::Int, 1, 10, 3),
                                            returnWhen()};
    QString error;
    QCOMPARE(ParameterSubstitution::apply(source, ProgramLanguage(language), parameters, values, &error),
             expected);
    QVERIFY(error.isEmpty());
}

void TestLessonParameters::rejectsBadValues_data()
{
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("message");
    QTest::newRow("too big") << QVariantMap{{QStringLiteral("delay"), 11}}
                             << QStringLiteral("parameter \"delay\": 11 is outside 1..10");
    QTest::newRow("fraction for int") << QVariantMap{{QStringLiteral("delay"), 2.5}}
                                      << QStringLiteral("parameter \"delay\": must be a whole number");
    QTest::newRow("not a number") << QVariantMap{{QStringLiteral("delay"), QStringLiteral("soon")}}
                                  << QStringLiteral("parameter \"delay\": must be a number");
    QTest::newRow("unknown name") << QVariantMap{{QStringLiteral("speed"), 1}}
                                  << QStringLiteral("no parameter named \"speed\"");
}

void TestLessonParameters::rejectsBadValues()
{
    QFETCH(QVariantMap, values);
    QFETCH(QString, message);
    const QList<LessonParameter> parameters{numberParameter(LessonParameter::Type::Int, 1, 10, 3)};
    QString error;
    QVERIFY(ParameterSubstitution::apply(QStringLiteral("DELAY = 3  # param: delay\n"),
                                         ProgramLanguage::Python, parameters, values, &error)
                .isEmpty());
    QCOMPARE(error, message);
}

void TestLessonParameters::markersAreFound()
{
    const QString source =
        QStringLiteral("import asyncio\n\nA = 1  # param: a\nB = \"x\"  #param:b\nnot a marker # param:\n"
                       "C  # param: c\n");
    const QList<ParameterMarker> markers =
        ParameterSubstitution::findMarkers(source, ProgramLanguage::Python);
    QCOMPARE(markers.size(), 3);
    QCOMPARE(markers.at(0).name, QStringLiteral("a"));
    QCOMPARE(markers.at(0).line, 3);
    QCOMPARE(markers.at(0).value, QStringLiteral("1"));
    QCOMPARE(markers.at(1).value, QStringLiteral("\"x\""));
    QCOMPARE(markers.at(2).name, QStringLiteral("c"));
    QVERIFY(!markers.at(2).wellFormed);
}

namespace {

struct Variation
{
    QString row;
    QString lessonId;
    QString parameter;
    QVariant value;
};

QList<Variation> variations(const LessonLibrary &library)
{
    QList<Variation> result;
    for (const Lesson &lesson : library.lessons()) {
        for (const LessonParameter &p : lesson.parameters) {
            QVariantList values;
            switch (p.type) {
            case LessonParameter::Type::Int:
                values = {qlonglong(p.min), qlonglong(p.max)};
                break;
            case LessonParameter::Type::Float:
                values = {p.min, p.max};
                break;
            case LessonParameter::Type::Bool:
                values = {!p.defaultValue.toBool()};
                break;
            case LessonParameter::Type::String:
                for (const QString &c : p.choices)
                    values.append(c);
                break;
            case LessonParameter::Type::Symbol:
                for (const LessonSymbol &s : p.symbols)
                    values.append(s.value);
                break;
            }
            for (const QVariant &v : std::as_const(values))
                result.append(
                    {QStringLiteral("%1 %2=%3").arg(lesson.id, p.name, v.toString()), lesson.id, p.name, v});
        }
    }
    return result;
}

} // namespace

void TestLessonParameters::initTestCase()
{
    const QString python = python311();
    if (python.isEmpty())
        return; // the variation rows skip themselves
    LessonLibrary library;
    library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    QStringList folders;
    const QList<Variation> all = variations(library);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Variation &v = all.at(i);
        const Lesson *lesson = library.lesson(v.lessonId);
        const QString folder = m_variations.filePath(QString::number(i));
        QDir().mkpath(folder);
        bool http = false;
        for (const LessonProgram &program : lesson->programs) {
            QFile in(lesson->programPath(program.id));
            if (!in.open(QIODevice::ReadOnly))
                continue;
            const QString source = QString::fromUtf8(in.readAll());
            http = http || source.contains(QStringLiteral("import aiohttp"));
            QString error;
            const QString varied = ParameterSubstitution::apply(
                source, ProgramLanguage::Python, lesson->parameters, {{v.parameter, v.value}}, &error);
            if (varied.isEmpty())
                m_variationError += v.row + QStringLiteral(": ") + error + u'\n';
            QFile out(QDir(folder).filePath(program.file));
            if (out.open(QIODevice::WriteOnly))
                out.write(varied.toUtf8());
        }
        if (!http) {
            folders.append(folder);
            m_variationFolder.insert(v.row, folder);
        }
    }
    QProcess run;
    run.start(python, QStringList{QStringLiteral(AWAITSCOPE_SOURCE_DIR "/tests/tools/virtual_clock.py"),
                                  QStringLiteral("regenerate"), QStringLiteral("--outcome")} +
                          folders);
    if (!run.waitForFinished(600000) || run.exitCode() != 0)
        m_variationError += QString::fromUtf8(run.readAllStandardError());
}

void TestLessonParameters::textShowsCurrentValues()
{
    Lesson lesson;
    lesson.parameters = {numberParameter(LessonParameter::Type::Int, 1, 10, 3), returnWhen()};
    LessonParameter flag;
    flag.name = QStringLiteral("return_exceptions");
    flag.type = LessonParameter::Type::Bool;
    flag.defaultValue = false;
    lesson.parameters.append(flag);
    const QString text =
        QStringLiteral("{delay} s, {return_when}, {return_exceptions}; print(f\"{results}\") {delay}");
    QCOMPARE(lesson.fillIn(text), QStringLiteral("3 s, ALL_COMPLETED, False; print(f\"{results}\") 3"));
    QCOMPARE(lesson.fillIn(text, {{QStringLiteral("delay"), 7}, {QStringLiteral("return_exceptions"), true}}),
             QStringLiteral("7 s, ALL_COMPLETED, True; print(f\"{results}\") 7"));
}

void TestLessonParameters::variationsStillAnswer_data()
{
    QTest::addColumn<QString>("lessonId");
    LessonLibrary library;
    library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    for (const Variation &v : variations(library))
        QTest::newRow(qPrintable(v.row)) << v.lessonId;
}

// With one parameter at an end of its range, CPython still runs every program cleanly and every
// question of the lesson still has exactly one right option.
void TestLessonParameters::variationsStillAnswer()
{
    QFETCH(QString, lessonId);
    if (python311().isEmpty())
        QSKIP("needs CPython 3.11 (python3) to run the varied programs");
    QVERIFY2(m_variationError.isEmpty(), qPrintable(m_variationError));
    const QString folder = m_variationFolder.value(QString::fromUtf8(QTest::currentDataTag()));
    if (folder.isEmpty())
        QSKIP("HTTP lessons need the demo server");
    LessonLibrary library;
    library.load(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons"));
    Lesson varied = *library.lesson(lessonId);
    varied.folder = folder;
    const LessonProblems problems =
        checkLessonRuns(varied, folder, [](const QString &path, RunOutcome *o, QString *e) {
            return RunOutcome::loadRecorded(path, o, e);
        });
    QStringList lines;
    for (const LessonProblem &p : problems) {
        if (!p.message.startsWith(QStringLiteral("section"))) // a section may be shown at the end instead
            lines.append(p.toString());
    }
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestLessonParameters)
#include "tst_lessonparameters.moc"
