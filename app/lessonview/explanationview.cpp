#include "lessonview/explanationview.h"

#include "lessons/lesson.h"
#include "lessons/momentlocator.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"

#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextCursor>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace awaitscope {

namespace {

const QString kDismissWelcome = QStringLiteral("#dismiss-welcome");
const QString kCurrentMark = QStringLiteral("▶ ");

// Lesson text is plain text in which `code` spans are set in a monospace font (docs/lesson-format.md).
QString textToHtml(const QString &s)
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    return s.toHtmlEscaped().replace(code, QStringLiteral("<code>\\1</code>"));
}

} // namespace

ExplanationView::ExplanationView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("explanation"));
    setAccessibleName(tr("Explanation"));
    setOpenExternalLinks(false);
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == kDismissWelcome) {
            m_content.welcome = false;
            redraw(false);
            emit welcomeDismissed();
        }
    });
    redraw(false);
}

void ExplanationView::follow(const PlayerWidget *player)
{
    if (m_player)
        disconnect(m_player, nullptr, this, nullptr);
    m_player = player;
    if (!player)
        return;
    connect(player, &PlayerWidget::cursorMoved, this, [this] {
        if (const int section = sectionAtCursor(); section != m_content.currentSection) {
            m_content.currentSection = section;
            redraw(true);
        }
    });
}

int ExplanationView::sectionAtCursor() const
{
    if (!m_player || !m_content.lesson)
        return m_content.currentSection;
    const qint64 event = m_player->playback()->eventIndex();
    return MomentLocator::sectionAt(m_player->trace(), m_content.lesson->sections, m_content.programId,
                                    event < 0 ? 0 : std::uint64_t(event));
}

void ExplanationView::setContent(const Content &content)
{
    const Content previous = std::exchange(m_content, content);
    if (m_player)
        m_content.currentSection = sectionAtCursor();
    redraw(m_content.currentSection != previous.currentSection || m_content.lesson != previous.lesson ||
           m_content.programId != previous.programId);
}

void ExplanationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Explanation"));
        redraw(false);
    }
    QTextBrowser::changeEvent(event);
}

void ExplanationView::redraw(bool bringCurrentIntoView)
{
    const QString out = html();
    if (out == m_html)
        return;
    m_html = out;
    const int scrolled = verticalScrollBar()->value();
    setHtml(out);
    if (!bringCurrentIntoView) {
        verticalScrollBar()->setValue(scrolled);
        return;
    }
    // The section the cursor reached, whole if it fits: its end first, then its title.
    QTextCursor mark = document()->find(kCurrentMark);
    if (mark.isNull()) {
        verticalScrollBar()->setValue(scrolled);
        return;
    }
    QTextCursor end = mark;
    end.movePosition(QTextCursor::NextBlock);
    end.movePosition(QTextCursor::EndOfBlock);
    end.clearSelection();
    setTextCursor(end);
    ensureCursorVisible();
    mark.clearSelection();
    setTextCursor(mark);
    ensureCursorVisible();
}

QString ExplanationView::html() const
{
    const Lesson *lesson = m_content.lesson;
    if (!lesson)
        return tr("<p>Choose a lesson to begin.</p>");
    QString out;
    if (m_content.welcome)
        out +=
            QStringLiteral("<div style='background:#e6f4ea;color:#173d24;padding:6px;'><p><b>%1</b></p>"
                           "<p>%2</p><p>%3 <a href='%4'>%5</a></p></div>")
                .arg(
                    tr("Welcome to Awaitscope").toHtmlEscaped(),
                    tr("Each lesson runs a small asyncio program and draws what the event loop did: one lane "
                       "per task, when it ran, what it waited for, and who woke it.")
                        .toHtmlEscaped(),
                    tr("Press Space to play the run, drag the red cursor, change a parameter or the code, "
                       "and read along here. The lessons go from the first pitfall to the network.")
                        .toHtmlEscaped(),
                    kDismissWelcome, tr("Got it").toHtmlEscaped());
    out += QStringLiteral("<h2>%1</h2><p><i>%2</i></p>")
               .arg(textToHtml(lesson->title), textToHtml(lesson->fillIn(lesson->summary, m_content.values)));
    // The text is about the lesson's program; a run of the learner's own version may do something else.
    if (m_content.editedRun)
        out +=
            QStringLiteral("<p style='background:#e8f0fe;color:#1a3e72;padding:6px;'>%1</p>")
                .arg(tr("The timeline shows your edited program. The text below describes the lesson's own "
                        "program; where they differ, trust the timeline. Reset code brings the lesson's "
                        "program back.")
                         .toHtmlEscaped());
    const bool anyForThisProgram =
        std::any_of(lesson->sections.begin(), lesson->sections.end(),
                    [this](const LessonSection &s) { return s.program == m_content.programId; });
    for (int i = 0; i < lesson->sections.size(); ++i) {
        const LessonSection &s = lesson->sections[i];
        if (anyForThisProgram && s.program != m_content.programId)
            continue;
        const bool here = i == m_content.currentSection;
        out += here ? QStringLiteral("<div style='background:#fff3c4;color:#222;padding:6px;'>")
                    : QStringLiteral("<div>");
        out += QStringLiteral("<h4>%1%2</h4><p>%3</p></div>")
                   .arg(here ? kCurrentMark : QString(), textToHtml(s.title),
                        textToHtml(lesson->fillIn(s.text, m_content.values)));
    }
    if (!lesson->takeaways.isEmpty()) {
        out += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Take away"));
        for (const QString &t : lesson->takeaways)
            out += QStringLiteral("<li>%1</li>").arg(textToHtml(t));
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace awaitscope
