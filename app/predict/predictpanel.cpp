#include "predict/predictpanel.h"

#include "lessons/answerevaluator.h"
#include "lessons/lessonprogress.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "predict/futureveil.h"
#include "predict/tasksetanswer.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace awaitscope {

namespace {

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PredictPanel::PredictPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("predictPanel"));
    setAccessibleName(tr("Predict, then reveal"));
    m_toggle = new QAction(tr("&Predict, then reveal"), this);
    m_toggle->setObjectName(QStringLiteral("actionPredict"));
    m_toggle->setCheckable(true);
    m_toggle->setToolTip(
        tr("Stop before each of the lesson's questions and answer it before the run shows it"));
    connect(m_toggle, &QAction::toggled, this, &PredictPanel::setPredicting);
    buildUi();
    showIdle();
}

PredictPanel::~PredictPanel() = default;

void PredictPanel::changeEvent(QEvent *event)
{
    // A language switch: the panel's own words at once; a question being asked keeps its (lesson) text.
    if (event->type() == QEvent::LanguageChange && m_toggle) {
        setAccessibleName(tr("Predict, then reveal"));
        m_toggle->setText(tr("&Predict, then reveal"));
        m_toggle->setToolTip(
            tr("Stop before each of the lesson's questions and answer it before the run shows it"));
        m_number->setAccessibleName(tr("Your answer"));
        m_revealButton->setText(tr("&Reveal"));
        m_continueButton->setText(tr("&Continue"));
        if (m_state == State::Off || m_state == State::Watching)
            showIdle();
        updateScore();
    }
    QWidget::changeEvent(event);
}

void PredictPanel::buildUi()
{
    m_heading = wrappingLabel(QStringLiteral("predictHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_prompt = wrappingLabel(QStringLiteral("predictPrompt"));

    m_number = new QDoubleSpinBox;
    m_number->setObjectName(QStringLiteral("predictNumber"));
    m_number->setAccessibleName(tr("Your answer"));
    m_number->setRange(-1e6, 1e6);
    m_number->setDecimals(2);

    m_choices = new QWidget;
    m_choices->setObjectName(QStringLiteral("predictChoices"));
    m_choiceLayout = new QVBoxLayout(m_choices);
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceGroup = new QButtonGroup(this);

    m_revealButton = new QPushButton(tr("&Reveal"));
    m_revealButton->setObjectName(QStringLiteral("predictReveal"));
    m_revealButton->setDefault(true);
    connect(m_revealButton, &QPushButton::clicked, this, &PredictPanel::reveal);
    // Enter in the number box reveals: the whole question can be answered from the keyboard.
    connect(m_number, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_state == State::Asking && m_number->hasFocus())
            reveal();
    });

    m_verdict = wrappingLabel(QStringLiteral("predictVerdict"));
    QFont big = m_verdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_verdict->setFont(big);
    m_explanation = wrappingLabel(QStringLiteral("predictExplanation"));

    m_continueButton = new QPushButton(tr("&Continue"));
    m_continueButton->setObjectName(QStringLiteral("predictContinue"));
    connect(m_continueButton, &QPushButton::clicked, this, &PredictPanel::continuePlaying);

    m_score = wrappingLabel(QStringLiteral("predictScore"));

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revealButton);
    buttons->addWidget(m_continueButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_prompt);
    layout->addWidget(m_number);
    layout->addWidget(m_choices);
    layout->addWidget(m_verdict);
    layout->addWidget(m_explanation);
    layout->addLayout(buttons);
    layout->addStretch(1);
    layout->addWidget(m_score);
}

void PredictPanel::attach(PlayerWidget *player)
{
    if (m_player)
        disconnect(m_player->playback(), nullptr, this, nullptr);
    m_player = player;
    delete m_veil;
    m_veil = nullptr;
    if (!player)
        return;
    m_veil = new FutureVeil(player->timelineView(), player->playback());
    updateCover();
    connect(player->playback(), &PlaybackState::cursorChanged, this,
            [this](double, std::int64_t event) { onCursor(event); });
}

void PredictPanel::setProgress(LessonProgress *progress)
{
    m_progress = progress;
    updateScore();
}

void PredictPanel::setRun(const Lesson *lesson, const QString &programId, const QVariantMap &values,
                          const QString &notTheLessonsRun)
{
    m_lesson = lesson;
    m_programId = programId;
    m_values = values;
    m_notTheLessonsRun = lesson ? notTheLessonsRun : QString();
    m_pending.clear();
    m_done.clear();
    m_current = -1;
    // A stopped or edited run is not the run the questions are about: nothing is asked or graded on it.
    if (m_player && lesson && m_notTheLessonsRun.isEmpty()) {
        const Trace &trace = m_player->trace();
        m_outcome = RunOutcome::fromTrace(trace);
        for (int i = 0; i < lesson->questions.size(); ++i) {
            const LessonQuestion &q = lesson->questions[i];
            // Only what this run can answer: its own program's questions, with an answer the run gives.
            if (q.program != programId || !AnswerEvaluator::compute(q.answer, m_outcome).ok)
                continue;
            m_pending.append({i, QuestionMoment::locate(trace, q)});
        }
        std::stable_sort(m_pending.begin(), m_pending.end(),
                         [](const Pending &a, const Pending &b) { return a.moment.stop < b.moment.stop; });
    }
    updateScore();
    updateCover();
    if (isPredicting()) {
        m_state = State::Watching;
        showIdle();
        moveCursor(-1);
        checkDue(-1);
    } else {
        showIdle();
    }
}

void PredictPanel::setPredicting(bool on)
{
    if (on == isPredicting())
        return;
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(on);
    }
    m_state = on ? State::Watching : State::Off;
    m_current = -1;
    m_done.clear();
    updateCover();
    showIdle();
    if (on && m_player) {
        // Start from the top, so nothing is revealed before it is asked.
        m_player->playback()->pause();
        moveCursor(-1);
        checkDue(-1);
    }
}

QString PredictPanel::currentQuestionId() const
{
    const LessonQuestion *q = question();
    return q ? q->id : QString();
}

const QuestionMoment *PredictPanel::currentMoment() const
{
    return m_current >= 0 ? &m_pending[m_current].moment : nullptr;
}

const LessonQuestion *PredictPanel::question() const
{
    if (!m_lesson || m_current < 0 || m_current >= m_pending.size())
        return nullptr;
    return &m_lesson->questions[m_pending[m_current].question];
}

void PredictPanel::moveCursor(std::int64_t eventIndex)
{
    if (!m_player)
        return;
    m_moving = true;
    m_player->playback()->setEventIndex(eventIndex);
    m_moving = false;
}

void PredictPanel::onCursor(std::int64_t eventIndex)
{
    if (m_moving || m_state == State::Off)
        return;
    if (m_state == State::Asking) {
        // No peeking: the cursor may go back, but not past the question's moment until it is answered.
        const std::int64_t stop = m_pending[m_current].moment.stop;
        if (eventIndex > stop) {
            m_player->playback()->pause();
            moveCursor(stop);
        }
        return;
    }
    checkDue(eventIndex);
}

void PredictPanel::checkDue(std::int64_t eventIndex)
{
    if (m_state != State::Watching && m_state != State::Revealed)
        return;
    for (int i = 0; i < m_pending.size(); ++i) {
        const Pending &p = m_pending[i];
        const QString id = m_lesson->questions[p.question].id;
        if (!m_done.contains(id) && p.moment.stop <= eventIndex) {
            ask(i);
            return;
        }
    }
}

void PredictPanel::ask(int pendingIndex)
{
    m_current = pendingIndex;
    m_state = State::Asking;
    const LessonQuestion &q = *question();
    m_done.insert(q.id);
    if (m_player) {
        m_player->playback()->pause();
        moveCursor(m_pending[pendingIndex].moment.stop);
    }

    m_heading->setText(tr("Question %1 of %2").arg(pendingIndex + 1).arg(m_pending.size()));
    m_prompt->setText(m_lesson->fillIn(q.prompt, m_values));
    m_prompt->show();

    qDeleteAll(m_choiceWidgets);
    m_choiceWidgets.clear();
    m_setNames.clear();
    const bool isSet = TaskSetAnswer::isSetQuestion(q);
    if (q.kind == LessonQuestion::Kind::Number) {
        m_number->setSuffix(q.unit.isEmpty() ? QString() : QString(QLatin1Char(' ') + q.unit));
        m_number->setValue(0.0);
        m_number->show();
        m_choices->hide();
        m_number->setFocus();
        m_number->selectAll();
    } else {
        m_number->hide();
        m_choiceGroup->setExclusive(!isSet);
        if (isSet) {
            m_setNames = TaskSetAnswer::names(q);
            auto *hint = new QLabel(tr("Tick every task that belongs (none is an answer too):"));
            hint->setWordWrap(true);
            m_choiceLayout->addWidget(hint);
            m_choiceWidgets << hint;
            for (const QString &name : m_setNames) {
                auto *box = new QCheckBox(name);
                box->setObjectName(QStringLiteral("predictTask_") + name);
                m_choiceLayout->addWidget(box);
                m_choiceWidgets << box;
            }
        } else {
            for (int i = 0; i < q.options.size(); ++i) {
                auto *radio =
                    new QRadioButton(q.options[i].text.isEmpty() ? q.options[i].value : q.options[i].text);
                radio->setObjectName(QStringLiteral("predictOption_%1").arg(i));
                m_choiceGroup->addButton(radio, i);
                m_choiceLayout->addWidget(radio);
                m_choiceWidgets << radio;
            }
        }
        m_choices->show();
        if (!m_choiceWidgets.isEmpty())
            m_choiceWidgets.last()->setFocus();
    }
    m_verdict->hide();
    m_explanation->hide();
    m_continueButton->hide();
    m_revealButton->show();
    m_revealButton->setEnabled(true);
    emit questionAsked(q.id);
}

QString PredictPanel::responseFromInput() const
{
    const LessonQuestion *q = question();
    if (!q)
        return {};
    if (q->kind == LessonQuestion::Kind::Number)
        return AnswerEvaluator::numberText(m_number->value());
    if (!m_setNames.isEmpty()) {
        QStringList ticked;
        for (QWidget *w : m_choiceWidgets) {
            if (auto *box = qobject_cast<QCheckBox *>(w); box && box->isChecked())
                ticked << box->text();
        }
        return TaskSetAnswer::response(*q, ticked);
    }
    const int chosen = m_choiceGroup->checkedId();
    return chosen >= 0 && chosen < q->options.size() ? q->options[chosen].value : QString();
}

bool PredictPanel::answer(const QString &response)
{
    const LessonQuestion *q = question();
    if (m_state != State::Asking || !q)
        return false;
    if (q->kind == LessonQuestion::Kind::Number) {
        bool ok = false;
        const double v = response.toDouble(&ok);
        if (!ok)
            return false;
        m_number->setValue(v);
    } else if (!m_setNames.isEmpty()) {
        const QStringList names = TaskSetAnswer::parse(response).value_or(QStringList());
        for (QWidget *w : m_choiceWidgets) {
            if (auto *box = qobject_cast<QCheckBox *>(w))
                box->setChecked(names.contains(box->text()));
        }
    } else {
        for (int i = 0; i < q->options.size(); ++i) {
            if (q->options[i].value == response)
                m_choiceGroup->button(i)->setChecked(true);
        }
    }
    reveal();
    return m_state == State::Revealed;
}

void PredictPanel::reveal()
{
    const LessonQuestion *q = question();
    if (m_state != State::Asking || !q)
        return;
    const QString response = responseFromInput();
    if (response.isEmpty()) {
        m_verdict->setText(tr("Choose an answer first."));
        m_verdict->setStyleSheet(QString());
        m_verdict->show();
        return;
    }
    const bool correct = AnswerEvaluator::isCorrect(*q, m_outcome, response);
    const ComputedAnswer computed = AnswerEvaluator::compute(q->answer, m_outcome);

    // What the run says, in the words of the question.
    auto optionText = [q](const QString &value) {
        for (const LessonOption &o : q->options) {
            if (o.value == value)
                return o.text.isEmpty() ? o.value : o.text;
        }
        return value;
    };
    QString runSays;
    QString youSaid;
    if (q->kind == LessonQuestion::Kind::Number) {
        const QString unit = q->unit.isEmpty() ? QString() : QString(QLatin1Char(' ') + q->unit);
        runSays = computed.text + unit;
        youSaid = response + unit;
    } else {
        QString error;
        const int right = AnswerEvaluator::correctOption(*q, m_outcome, &error);
        runSays = right >= 0 ? optionText(q->options[right].value)
                             : tr("%1 (none of the options: your changes led elsewhere)").arg(computed.text);
        youSaid = optionText(response);
    }

    m_state = State::Revealed;
    m_verdict->setText(correct ? tr("✔ Right!") : tr("✘ Not quite."));
    m_verdict->setStyleSheet(correct ? QStringLiteral("color: #1b7a2f;") : QStringLiteral("color: #b00020;"));
    QString why = correct ? tr("The run says: %1.").arg(runSays)
                          : tr("The run says: %1. You said: %2.").arg(runSays, youSaid);
    if (!q->explanation.isEmpty())
        why += QLatin1Char('\n') + m_lesson->fillIn(q->explanation, m_values);
    // The moment that answers this question may also answer one still to come (wait's return shows the
    // sets a later question asks about; a whole-run answer shows everything): then the cursor stops where
    // the next question is asked, and the moment is shown once that one is answered.
    const std::int64_t nextStop = nextUnansweredStop();
    const std::int64_t shown = std::min(m_pending[m_current].moment.reveal, nextStop);
    why += QLatin1Char('\n') + (shown < m_pending[m_current].moment.reveal
                                    ? tr("The timeline shows this moment after the next question, which it "
                                         "would answer.")
                                    : tr("The cursor now shows the moment in the timeline."));
    m_explanation->setText(why);
    m_verdict->show();
    m_explanation->show();
    m_revealButton->hide();
    m_continueButton->show();
    m_continueButton->setFocus();

    if (m_player)
        moveCursor(std::max(shown, m_player->playback()->eventIndex()));

    if (m_progress) {
        m_progress->recordAnswer(m_lesson->id, q->id, response, correct);
        QString error;
        if (!m_progress->save(&error))
            m_explanation->setText(m_explanation->text() + QLatin1Char('\n') +
                                   tr("Your answer could not be saved: %1").arg(error));
        emit progressChanged(m_lesson->id);
    }
    updateScore();
    updateCover();
    emit answerRevealed(q->id, correct);
}

std::int64_t PredictPanel::nextUnansweredStop() const
{
    std::int64_t stop = std::numeric_limits<std::int64_t>::max();
    for (const Pending &p : m_pending) {
        if (!m_done.contains(m_lesson->questions[p.question].id))
            stop = std::min(stop, p.moment.stop);
    }
    return stop;
}

void PredictPanel::continuePlaying()
{
    if (m_state != State::Revealed)
        return;
    m_state = State::Watching;
    showIdle();
    const std::int64_t at = m_player ? m_player->playback()->eventIndex() : -1;
    checkDue(at);
    if (m_state == State::Watching && m_player && !m_player->playback()->atEnd())
        m_player->playback()->play();
}

void PredictPanel::showIdle()
{
    qDeleteAll(m_choiceWidgets);
    m_choiceWidgets.clear();
    m_setNames.clear();
    if (m_state == State::Off || m_state == State::Watching)
        m_current = -1;
    m_number->hide();
    m_choices->hide();
    m_verdict->hide();
    m_explanation->hide();
    m_revealButton->hide();
    m_continueButton->hide();
    m_prompt->show();
    m_heading->setText(tr("Predict, then reveal"));
    if (m_state == State::Off)
        m_prompt->setText(tr("Turn on Predict to answer each of the lesson's questions before the run shows "
                             "the answer."));
    else if (!m_notTheLessonsRun.isEmpty())
        m_prompt->setText(m_notTheLessonsRun);
    else if (m_pending.isEmpty())
        m_prompt->setText(tr("This program has no questions. Choose another program of the lesson."));
    else if (m_done.size() >= m_pending.size())
        m_prompt->setText(tr("All questions of this program are answered. Play on, or run it again."));
    else
        m_prompt->setText(tr("Play the run: it stops before each question."));
}

void PredictPanel::updateCover()
{
    // Covered while something is still to be asked; once every question is answered the run is all shown.
    const bool open = m_state == State::Asking;
    const bool cover = isPredicting() && (open || m_done.size() < m_pending.size());
    if (m_veil)
        m_veil->setVisible(cover);
    // "0.000 s / 9.000 s" and the slider's proportions would answer "how long does it take?" at a glance.
    if (m_player)
        m_player->transportBar()->setLengthHidden(cover);
}

void PredictPanel::updateScore()
{
    if (!m_progress || !m_lesson || m_lesson->questions.isEmpty()) {
        m_score->clear();
        return;
    }
    m_score->setText(tr("This lesson: %1 of %2 questions answered right")
                         .arg(m_progress->correctCount(m_lesson->id))
                         .arg(m_lesson->questions.size()));
}

} // namespace awaitscope
