#include "editor/codepane.h"

#include "editor/codeeditor.h"
#include "editor/pythonhighlighter.h"
#include "lessons/parametersubstitution.h"
#include "lessonview/lessonsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

#include <algorithm>

namespace awaitscope {

namespace {

// Colours for the task-line highlights, one per task, calm enough for a projector.
QColor laneColour(int index, bool strong)
{
    static const QColor colours[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b),
                                     QColor(0x59, 0xa1, 0x4f), QColor(0xb0, 0x7a, 0xa1),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0xed, 0xc9, 0x48)};
    QColor c = colours[index % 6];
    c.setAlpha(strong ? 110 : 55);
    return c;
}

} // namespace

CodePane::CodePane(LessonSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_programChoice = new QComboBox;
    m_programChoice->setObjectName(QStringLiteral("programChoice"));
    connect(m_programChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_session->selectProgram(m_programChoice->itemData(index).toString());
    });

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_code = new CodeEditor;
    m_code->setObjectName(QStringLiteral("codeEditor"));
    m_code->setFont(mono);
    m_code->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_code->installEventFilter(this);
    new PythonHighlighter(m_code->document());
    connect(m_code, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_session->editSource(m_code->toPlainText());
        updateEditedMarks();
    });

    m_cpp = new QPlainTextEdit;
    m_cpp->setObjectName(QStringLiteral("cppView"));
    m_cpp->setReadOnly(true);
    m_cpp->setFont(mono);
    m_cpp->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_tabs = new QTabWidget;
    m_tabs->addTab(m_code, QString());
    m_tabs->addTab(m_cpp, QString());

    m_parameterBox = new QWidget;
    m_parameterForm = new QFormLayout(m_parameterBox);
    m_parameterForm->setContentsMargins(0, 0, 0, 0);

    m_runButton = new QPushButton;
    m_runButton->setObjectName(QStringLiteral("runButton"));
    connect(m_runButton, &QPushButton::clicked, this, &CodePane::runClicked);
    m_resetButton = new QPushButton;
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    connect(m_resetButton, &QPushButton::clicked, m_session, &LessonSession::resetSource);
    m_realClock = new QCheckBox;
    m_realClock->setObjectName(QStringLiteral("realClockBox"));
    m_stopButton = new QPushButton;
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setEnabled(false);
    connect(m_stopButton, &QPushButton::clicked, this, &CodePane::stopClicked);

    auto *buttons = new QHBoxLayout;
    m_programLabel = new QLabel;
    m_programLabel->setObjectName(QStringLiteral("programLabel"));
    buttons->addWidget(m_programLabel);
    buttons->addWidget(m_programChoice, 1);
    buttons->addWidget(m_resetButton);
    buttons->addWidget(m_realClock);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_stopButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_parameterBox);
    retranslate();

    connect(m_session, &LessonSession::lessonOpened, this, &CodePane::showLesson);
    connect(m_session, &LessonSession::lessonTextChanged, this, &CodePane::showLesson);
    connect(m_session, &LessonSession::programLoaded, this, &CodePane::showProgram);
}

QString CodePane::source() const
{
    return m_code->toPlainText();
}

bool CodePane::realClockChosen() const
{
    return m_realClock->isChecked();
}

void CodePane::setStopEnabled(bool enabled)
{
    m_stopButton->setEnabled(enabled);
}

QList<QWidget *> CodePane::chrome() const
{
    return {m_programLabel, m_programChoice, m_resetButton,  m_realClock,
            m_runButton,    m_stopButton,    m_parameterBox, m_tabs->tabBar()};
}

void CodePane::setPresenting(bool presenting)
{
    m_presenting = presenting;
    if (!presenting)
        rebuildParameters();
}

void CodePane::showLesson()
{
    const Lesson *lesson = m_session->lesson();
    {
        const QSignalBlocker block(m_programChoice);
        m_programChoice->clear();
        if (lesson) {
            for (const LessonProgram &p : lesson->programs)
                m_programChoice->addItem(p.label.isEmpty() ? p.id : p.label, p.id);
        }
        m_programChoice->setCurrentIndex(std::max(0, m_programChoice->findData(m_session->programId())));
    }
    rebuildParameters();
}

void CodePane::showProgram(const QString &python, const QString &cpp)
{
    {
        const QSignalBlocker block(m_programChoice);
        m_programChoice->setCurrentIndex(std::max(0, m_programChoice->findData(m_session->programId())));
    }
    m_loading = true;
    m_code->setPlainText(python);
    m_loading = false;
    m_cpp->setPlainText(cpp);
    m_tabs->setTabEnabled(1, !cpp.isEmpty());
    updateEditedMarks();
}

void CodePane::rebuildParameters()
{
    while (m_parameterForm->rowCount() > 0)
        m_parameterForm->removeRow(0);
    const Lesson *lesson = m_session->lesson();
    if (!lesson)
        return;
    const QVariantMap &values = m_session->parameterValues();
    for (const LessonParameter &p : lesson->parameters) {
        QWidget *editor = nullptr;
        const QString name = p.name;
        auto changed = [this, name](const QVariant &v) { m_session->setParameter(name, v); };
        switch (p.type) {
        case LessonParameter::Type::Int: {
            auto *spin = new QSpinBox;
            spin->setRange(int(p.min), int(p.max));
            spin->setSingleStep(std::max(1, int(p.step)));
            spin->setValue(values.value(name).toInt());
            if (!p.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + p.unit);
            connect(spin, &QSpinBox::valueChanged, this, [changed](int v) { changed(qlonglong(v)); });
            editor = spin;
            break;
        }
        case LessonParameter::Type::Float: {
            auto *spin = new QDoubleSpinBox;
            spin->setRange(p.min, p.max);
            spin->setSingleStep(p.step > 0 ? p.step : 0.1);
            spin->setDecimals(2);
            spin->setValue(values.value(name).toDouble());
            if (!p.unit.isEmpty())
                spin->setSuffix(QLatin1Char(' ') + p.unit);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [changed](double v) { changed(v); });
            editor = spin;
            break;
        }
        case LessonParameter::Type::Bool: {
            auto *box = new QCheckBox;
            box->setChecked(values.value(name).toBool());
            connect(box, &QCheckBox::toggled, this, [changed](bool v) { changed(v); });
            editor = box;
            break;
        }
        case LessonParameter::Type::String:
        case LessonParameter::Type::Symbol: {
            auto *combo = new QComboBox;
            QStringList choices = p.choices;
            for (const LessonSymbol &s : p.symbols)
                choices << s.value;
            combo->addItems(choices);
            combo->setCurrentText(values.value(name).toString());
            connect(combo, &QComboBox::currentTextChanged, this, [changed](const QString &v) { changed(v); });
            editor = combo;
            break;
        }
        }
        editor->setAccessibleName(p.label.isEmpty() ? p.name : p.label);
        editor->setObjectName(QStringLiteral("param_") + p.name);
        m_parameterForm->addRow(p.label.isEmpty() ? p.name : p.label, editor);
    }
    // Presenting keeps the form out of sight, also when a number key opens another lesson.
    m_parameterBox->setVisible(!lesson->parameters.isEmpty() && !m_presenting);
}

void CodePane::updateEditedMarks()
{
    const QString text = m_code->toPlainText();
    const bool edited = m_session->isEdited(text);
    m_tabs->setTabText(0, edited ? tr("Python (edited)") : tr("Python"));
    m_tabs->setTabToolTip(
        0, edited ? tr("This is your edited program. Reset code brings back the lesson's own.") : QString());
    // Parameters change the lines marked `# param`; with none left in the edited code they cannot do
    // anything.
    const bool markers = !ParameterSubstitution::findMarkers(text, ProgramLanguage::Python).isEmpty();
    m_parameterBox->setEnabled(markers);
    m_parameterBox->setToolTip(markers ? QString()
                                       : tr("Your edited program has no `# param` lines, so the parameters "
                                            "cannot change it. Reset code to use them."));
}

void CodePane::setMarks(const QList<LineMark> &tasks, int errorLine, const QString &error)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (int i = 0; i < tasks.size(); ++i) {
        if (tasks[i].line <= 0)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_code->document()->findBlockByNumber(tasks[i].line - 1));
        sel.format.setBackground(laneColour(i, tasks[i].strong));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setToolTip(tasks[i].name);
        selections << sel;
    }
    if (errorLine > 0) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_code->document()->findBlockByNumber(errorLine - 1));
        sel.format.setBackground(QColor(0xff, 0xcd, 0xd2));
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        sel.format.setToolTip(error);
        selections << sel;
    }
    m_code->setExtraSelections(selections);
    m_code->setErrorMark(errorLine, error);
}

bool CodePane::eventFilter(QObject *watched, QEvent *event)
{
    // The editor keeps Tab for indenting (a teacher expects it in code); Esc, Ctrl+Tab and Ctrl+Shift+Tab
    // leave it: Esc for the timeline, the others to the next or previous control.
    if (event->type() == QEvent::KeyPress && watched == m_code) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            emit leaveRequested();
            return true;
        }
        if (ctrl && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab)) {
            const bool back = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            focusNextPrevChild(!back); // the window's focus chain, from the editor
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CodePane::setEngine(RunEngine engine)
{
    m_engine = engine;
    retranslate();
}

void CodePane::retranslate()
{
    m_programChoice->setAccessibleName(tr("Program"));
    m_programLabel->setText(tr("Program:"));
    m_code->setAccessibleName(tr("Python program"));
    m_cpp->setAccessibleName(tr("C++ and QCoro version"));
    m_tabs->setTabText(1, tr("C++ (QCoro)"));
    updateEditedMarks();
    // Ctrl+Return belongs to the window's Run action: a button's shortcut is replaced by its mnemonic
    // whenever its text is set, as a language switch does.
    if (m_engine == RunEngine::CPython) {
        m_runButton->setText(tr("&Run in CPython"));
        m_runButton->setToolTip(tr("Run the program under your own CPython 3.11+ and draw what it did "
                                   "(Ctrl+Return; Run ▸ Engine chooses)"));
    } else {
        m_runButton->setText(tr("&Run"));
        m_runButton->setToolTip(
            tr("Run the program: on the virtual clock, or the real one when Real clock is "
               "ticked (Ctrl+Return)"));
    }
    m_resetButton->setText(tr("Re&set code"));
    m_resetButton->setToolTip(tr("Forget your edits and go back to the lesson's program"));
    m_realClock->setText(tr("Real c&lock"));
    m_realClock->setAccessibleName(tr("Run on the real clock"));
    m_realClock->setToolTip(
        tr("Run the next program on the real clock (real waiting, the real network): "
           "the timeline grows as it runs. Unticked, runs use the instant virtual clock."));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setAccessibleName(tr("Stop the program"));
    m_stopButton->setToolTip(tr("Stop the running program: every task is cancelled (Shift+F5)"));
}

} // namespace awaitscope
