#pragma once

#include "lessons/lesson.h"
#include "lessons/runoutcome.h"
#include "predict/questionmoment.h"

#include <QPointer>
#include <QSet>
#include <QVariantMap>
#include <QWidget>

#include <cstdint>

class QAction;
class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace awaitscope {

class FutureVeil;
class LessonProgress;
class PlayerWidget;

// Predict, then reveal. With Predict on, playback stops just before the moment each of the lesson's
// questions is about (whole-run questions before the run starts), the part of the timeline after the cursor
// is covered, and this panel asks the question: a number, a choice, or which tasks a set holds. Reveal
// grades the answer against the run on screen, says why, moves the cursor to the moment and records the
// result in the lesson's progress.
class PredictPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State { Off, Watching, Asking, Revealed };

    explicit PredictPanel(QWidget *parent = nullptr);
    ~PredictPanel() override;

    // The player whose playback is stopped and whose timeline is covered. Must outlive the panel's use.
    void attach(PlayerWidget *player);
    // Where results are kept; saved after every answer. May be null (nothing is recorded).
    void setProgress(LessonProgress *progress);
    // The player now shows a run of `programId` of `lesson` (null: no lesson) with these parameter values.
    // `notTheLessonsRun`, when not empty, says why the run on screen cannot answer the lesson's questions
    // (it was stopped, or the program was edited): the panel says so and asks nothing.
    void setRun(const Lesson *lesson, const QString &programId, const QVariantMap &values,
                const QString &notTheLessonsRun = QString());

    QAction *predictAction() const { return m_toggle; }
    bool isPredicting() const { return m_state != State::Off; }
    void setPredicting(bool on);
    State state() const { return m_state; }
    // The question being asked or revealed (its id), empty when none.
    QString currentQuestionId() const;
    const QuestionMoment *currentMoment() const;

    // Answers the current question as if the learner had entered `response` (a number, an option's value
    // or a set of names written like the options) and pressed Reveal. Returns false when nothing is asked.
    bool answer(const QString &response);
    // Leaves the revealed answer and goes on: the next question that is due, or playback.
    void continuePlaying();

signals:
    void questionAsked(const QString &questionId);
    void answerRevealed(const QString &questionId, bool correct);
    void progressChanged(const QString &lessonId);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Pending
    {
        int question = -1; // index into the lesson's questions
        QuestionMoment moment;
    };

    void buildUi();
    void onCursor(std::int64_t eventIndex);
    void checkDue(std::int64_t eventIndex);
    void ask(int pendingIndex);
    void showIdle();
    void reveal();
    QString responseFromInput() const;
    void moveCursor(std::int64_t eventIndex);
    // The earliest stop of a question of this run not asked yet (max when none is left).
    std::int64_t nextUnansweredStop() const;
    void updateScore();
    void updateCover();
    const LessonQuestion *question() const;

    QPointer<PlayerWidget> m_player;
    FutureVeil *m_veil = nullptr;
    LessonProgress *m_progress = nullptr;
    const Lesson *m_lesson = nullptr;
    QString m_programId;
    QVariantMap m_values;
    QString m_notTheLessonsRun;
    RunOutcome m_outcome;
    QList<Pending> m_pending; // this program's computable questions, by stop
    QSet<QString> m_done;     // asked in this pass through the run
    int m_current = -1;       // index into m_pending
    State m_state = State::Off;
    bool m_moving = false;

    QAction *m_toggle = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_prompt = nullptr;
    QDoubleSpinBox *m_number = nullptr;
    QWidget *m_choices = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QList<QWidget *> m_choiceWidgets;
    QStringList m_setNames; // the task names offered as check boxes for a set question
    QPushButton *m_revealButton = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_continueButton = nullptr;
    QLabel *m_score = nullptr;
};

} // namespace awaitscope
