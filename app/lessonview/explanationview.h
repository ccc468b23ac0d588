#pragma once

#include <QTextBrowser>
#include <QVariantMap>

namespace awaitscope {

class Lesson;

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
        int currentSection = -1; // index into lesson->sections, -1 = none
        bool editedRun = false;  // the run on screen is of an edited program
        bool welcome = false;    // the first start's welcome
    };

    explicit ExplanationView(QWidget *parent = nullptr);
    void setContent(const Content &content);
    const Content &content() const { return m_content; }

signals:
    void welcomeDismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    QString html() const;
    void redraw(bool bringCurrentIntoView);

    Content m_content;
    QString m_html;
};

} // namespace awaitscope
