#pragma once

#include <QTextBrowser>
#include <QVariantMap>

namespace awaitscope {

class Lesson;
class PlayerWidget;

// The lesson's text beside its run: title, summary, the sections of the program on screen with the one
// whose moment the cursor has reached highlighted and brought into view, and the take-aways. Above them,
// when it applies, the first start's welcome and a note that the run on screen is of the learner's edited
// program. It redraws only when what it says changes, so the reader's scroll position stays.
class ExplanationView : public QTextBrowser
{
    Q_OBJECT
public:
    struct Content
    {
        const Lesson *lesson = nullptr;
        QString programId;
        QVariantMap values;      // the parameters, for the text's {placeholders}
        int currentSection = -1; // index into lesson->sections, -1 = none (from the followed player)
        bool editedRun = false;  // the run on screen is of an edited program
        bool welcome = false;    // the first start's welcome
    };

    explicit ExplanationView(QWidget *parent = nullptr);
    // The section whose moment the player's cursor has reached is found here as the cursor moves
    // (MomentLocator); without a player it is the content's currentSection.
    void follow(const PlayerWidget *player);
    void setContent(const Content &content);
    const Content &content() const { return m_content; }

signals:
    void welcomeDismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html() const;
    int sectionAtCursor() const;
    void redraw(bool bringCurrentIntoView);

    Content m_content;
    const PlayerWidget *m_player = nullptr;
    QString m_html;
};

} // namespace awaitscope
