#include "player/combinatorpanel.h"

#include "trace/runstatetext.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace awaitscope {

// One call of a combinator: a title with what happened to it, a sentence that sums it up, and a row of
// boxes whose number is fixed for the call, so moving the cursor only changes texts and colours. Every text
// comes from RunStateText, the same sentences the exporter writes.
class CombinatorCard : public QFrame
{
public:
    CombinatorCard(const RunModel &model, const CombinatorSnapshot &first, QWidget *parent)
        : QFrame(parent)
        , m_model(model)
        , m_id(first.combinator->id)
    {
        setFrameShape(QFrame::StyledPanel);
        setObjectName(QStringLiteral("combinatorCard"));
        auto *layout = new QVBoxLayout(this);
        layout->setContentsMargins(8, 6, 8, 8);
        m_title = new QLabel(this);
        m_title->setObjectName(QStringLiteral("cardTitle"));
        m_title->setTextFormat(Qt::PlainText);
        m_title->setWordWrap(true);
        QFont bold = m_title->font();
        bold.setBold(true);
        m_title->setFont(bold);
        layout->addWidget(m_title);
        m_summary = new QLabel(this);
        m_summary->setObjectName(QStringLiteral("cardSummary"));
        m_summary->setTextFormat(Qt::PlainText);
        m_summary->setWordWrap(true);
        layout->addWidget(m_summary);
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        layout->addLayout(row);
        const RunStateText::Card card = RunStateText(model).card(first);
        for (const RunStateText::Box &b : card.boxes) {
            auto *label = new QLabel(this);
            label->setObjectName(boxName(b.role));
            label->setTextFormat(Qt::PlainText);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setMinimumWidth(70);
            label->setWordWrap(true);
            row->addWidget(label, 1);
            m_boxes.push_back(label);
        }
        row->addStretch(0);
    }

    int id() const { return m_id; }

    void display(const CombinatorSnapshot &s, const TimelineTheme &theme)
    {
        const RunStateText::Card card = RunStateText(m_model).card(s);
        m_lines = RunStateText::cardLines(card);
        setText(m_title, QStringLiteral("%1 · %2").arg(card.title, card.status));
        setText(m_summary, card.summary);
        for (size_t i = 0; i < m_boxes.size() && i < card.boxes.size(); ++i) {
            const RunStateText::Box &b = card.boxes[i];
            QColor accent = theme.mutedText;
            switch (b.role) {
            case RunStateText::Box::Role::Slot:
                accent = isFinalStatus(b.state) ? theme.stateColor(b.state) : theme.mutedText;
                break;
            case RunStateText::Box::Role::Done:
                accent = b.failed ? theme.failed : theme.done;
                break;
            case RunStateText::Box::Role::Pending:
            case RunStateText::Box::Role::StillRunning:
                accent = theme.suspended;
                break;
            case RunStateText::Box::Role::HandedOut:
                accent = theme.combinator;
                break;
            }
            m_boxes[i]->setAccessibleName(b.heading);
            // An empty set reads "–", as in the exported picture.
            setBox(i,
                   b.heading + QLatin1Char('\n') +
                       (b.lines.isEmpty() ? QStringLiteral("–") : b.lines.join(QLatin1Char('\n'))),
                   accent, theme);
        }
    }

    QStringList texts(const QString &box) const
    {
        QStringList out;
        for (QLabel *l : m_boxes)
            if (l->objectName() == box)
                out << l->text();
        return out;
    }
    QString title() const { return m_title->text(); }
    QString summary() const { return m_summary->text(); }
    // The card as the state text writes it: title, summary, then "heading: line, line" per box.
    QStringList lines() const { return m_lines; }

private:
    static QString boxName(RunStateText::Box::Role role)
    {
        switch (role) {
        case RunStateText::Box::Role::Slot:
            return QStringLiteral("slot");
        case RunStateText::Box::Role::Done:
            return QStringLiteral("doneBox");
        case RunStateText::Box::Role::Pending:
        case RunStateText::Box::Role::StillRunning:
            return QStringLiteral("pendingBox");
        case RunStateText::Box::Role::HandedOut:
            return QStringLiteral("orderBox");
        }
        return QStringLiteral("slot");
    }

    static void setText(QLabel *label, const QString &text)
    {
        if (label->text() != text)
            label->setText(text);
    }

    void setBox(size_t index, const QString &text, const QColor &accent, const TimelineTheme &theme)
    {
        QLabel *l = m_boxes[index];
        setText(l, text);
        const QString style =
            QStringLiteral("QLabel { border: 2px solid %1; border-radius: 5px; padding: 4px; "
                           "background: %2; color: %3; }")
                .arg(accent.name(), theme.background.name(), theme.text.name());
        if (l->styleSheet() != style)
            l->setStyleSheet(style);
    }

    const RunModel &m_model;
    int m_id = -1;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    std::vector<QLabel *> m_boxes;
    QStringList m_lines; // the card in words, as RunStateText writes it
};

CombinatorPanel::CombinatorPanel(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("combinatorPanel"));
    setAccessibleName(tr("Combinators"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(this);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(6, 6, 6, 6);
    auto *placeholder = new QLabel(tr("gather, wait and as_completed show what they hold here."), m_content);
    placeholder->setObjectName(QStringLiteral("combinatorPlaceholder"));
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_placeholder = placeholder;
    m_layout->addWidget(m_placeholder);
    m_layout->addStretch(1);
    setWidget(m_content);
    m_theme = TimelineTheme::fromPalette(palette(), font());
}

CombinatorPanel::~CombinatorPanel() = default;

void CombinatorPanel::setModel(const RunModel *model)
{
    m_model = model;
    rebuild({});
    showAt(-1);
}

void CombinatorPanel::setTheme(const TimelineTheme &theme)
{
    m_theme = theme;
}

void CombinatorPanel::rebuild(const std::vector<CombinatorSnapshot> &shown)
{
    for (CombinatorCard *card : m_cards)
        delete card;
    m_cards.clear();
    m_shownIds.clear();
    if (!m_model)
        return;
    for (const CombinatorSnapshot &s : shown) {
        auto *card = new CombinatorCard(*m_model, s, m_content);
        m_layout->insertWidget(m_layout->count() - 1, card);
        card->show(); // at once, not on the next event loop pass, so a grab right after sees it
        m_cards.push_back(card);
        m_shownIds.push_back(s.combinator->id);
    }
}

void CombinatorPanel::showAt(EventIndex event)
{
    if (!m_model) {
        m_placeholder->setVisible(true);
        return;
    }
    // The calls still waiting, then the most recent that returned, at most MaxCards (RunStateText decides,
    // so the exporter shows the same cards).
    const std::vector<CombinatorSnapshot> shown = RunStateText(*m_model).shownCombinators(event, MaxCards);
    std::vector<int> ids;
    for (const CombinatorSnapshot &s : shown)
        ids.push_back(s.combinator->id);
    if (ids != m_shownIds)
        rebuild(shown);
    for (size_t i = 0; i < shown.size(); ++i)
        m_cards[i]->display(shown[i], m_theme);
    m_placeholder->setVisible(shown.empty());
}

QStringList CombinatorPanel::stateLines() const
{
    QStringList out;
    for (const CombinatorCard *card : m_cards)
        out << card->lines();
    return out;
}

QStringList CombinatorPanel::boxTexts(int card, const QString &box) const
{
    return card >= 0 && card < cardCount() ? m_cards[size_t(card)]->texts(box) : QStringList();
}

QString CombinatorPanel::cardTitle(int card) const
{
    return card >= 0 && card < cardCount() ? m_cards[size_t(card)]->title() : QString();
}

void CombinatorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Combinators"));
        if (auto *placeholder = qobject_cast<QLabel *>(m_placeholder))
            placeholder->setText(tr("gather, wait and as_completed show what they hold here."));
    }
    QScrollArea::changeEvent(event);
}

} // namespace awaitscope
