#include "player/combinatorpanel.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace awaitscope {

namespace {

constexpr int kMaxSlots = 16; // gather slots drawn; the rest are summarised
constexpr int kMaxNamesPerBox = 10;

QString listNames(const RunModel &m, const std::vector<int> &tasks, bool numbered = false)
{
    QStringList names;
    for (size_t i = 0; i < tasks.size() && i < size_t(kMaxNamesPerBox); ++i) {
        // as_completed hands out a TimeoutError (no source task) for each input left when its timeout passes.
        const QString name = tasks[i] >= 0 ? m.taskName(tasks[i]) : QStringLiteral("TimeoutError");
        names << (numbered ? QStringLiteral("%1. %2").arg(i + 1).arg(name) : name);
    }
    if (tasks.size() > size_t(kMaxNamesPerBox))
        names << CombinatorPanel::tr("… %n more", nullptr, int(tasks.size()) - kMaxNamesPerBox);
    return names.join(QLatin1Char('\n'));
}

} // namespace

// One call of a combinator: a title and a row of boxes whose number is fixed for the call, so moving the
// cursor only changes texts and colours.
class CombinatorCard : public QFrame
{
public:
    CombinatorCard(const RunModel &model, const CombinatorCall &c, QWidget *parent)
        : QFrame(parent)
        , m_model(model)
        , m_id(c.id)
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
        auto *row = new QHBoxLayout;
        row->setSpacing(6);
        layout->addLayout(row);
        m_kind = kindOf(c);
        auto box = [&](const QString &name, const QString &heading) {
            auto *label = new QLabel(this);
            label->setObjectName(name);
            label->setAccessibleName(heading);
            label->setTextFormat(Qt::PlainText);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setMinimumWidth(70);
            label->setWordWrap(true);
            row->addWidget(label, 1);
            m_boxes.push_back(label);
            m_headings.push_back(heading);
            return label;
        };
        switch (m_kind) {
        case Kind::Slots:
            for (size_t i = 0; i < c.children.size() && i < size_t(kMaxSlots); ++i)
                box(QStringLiteral("slot"), QStringLiteral("[%1]").arg(i));
            if (c.children.size() > size_t(kMaxSlots))
                box(QStringLiteral("moreSlots"), {});
            break;
        case Kind::DonePending:
            box(QStringLiteral("doneBox"), CombinatorPanel::tr("done"));
            box(QStringLiteral("pendingBox"), CombinatorPanel::tr("pending"));
            break;
        case Kind::Order:
            box(QStringLiteral("orderBox"), CombinatorPanel::tr("handed out"));
            box(QStringLiteral("pendingBox"), CombinatorPanel::tr("still running"));
            break;
        }
        row->addStretch(0);
    }

    int id() const { return m_id; }

    void display(const CombinatorSnapshot &s, const TimelineTheme &theme)
    {
        const CombinatorCall &c = *s.combinator;
        QString title = QStringLiteral("%1 — %2").arg(c.kind, m_model.taskName(c.caller));
        if (c.line > 0)
            title += CombinatorPanel::tr(", line %1").arg(c.line);
        title += QStringLiteral(" · ");
        if (s.returned)
            title += CombinatorPanel::tr("returned at %1 s").arg(QString::number(c.returned, 'f', 3));
        else if (c.hasDeadline())
            title +=
                CombinatorPanel::tr("waiting, timeout at %1 s").arg(QString::number(c.deadline(), 'f', 3));
        else
            title += CombinatorPanel::tr("waiting");
        m_title->setText(title);

        switch (m_kind) {
        case Kind::Slots:
            for (size_t i = 0; i < s.resultSlots.size() && i < size_t(kMaxSlots); ++i) {
                const CombinatorSnapshot::Slot &slot = s.resultSlots[i];
                const bool final = isFinalStatus(slot.state);
                QString value = final ? (slot.text.isEmpty() ? taskStatusName(slot.state) : slot.text)
                                      : QStringLiteral("…");
                if (slot.state == TaskStatus::Cancelled)
                    value = QStringLiteral("CancelledError");
                setBox(i, QStringLiteral("[%1] %2\n%3").arg(i).arg(slot.name, value),
                       final ? theme.stateColor(slot.state) : theme.mutedText, theme);
            }
            if (s.resultSlots.size() > size_t(kMaxSlots))
                setBox(m_boxes.size() - 1,
                       CombinatorPanel::tr("… %n more", nullptr, int(s.resultSlots.size()) - kMaxSlots),
                       theme.mutedText, theme);
            break;
        case Kind::DonePending:
            setBox(0, boxText(0, s.done.size(), listNames(m_model, s.done)), theme.done, theme);
            setBox(1, boxText(1, s.pending.size(), listNames(m_model, s.pending)), theme.suspended, theme);
            break;
        case Kind::Order: {
            std::vector<int> waiting;
            for (int child : c.children)
                if (std::find(s.order.begin(), s.order.end(), child) == s.order.end())
                    waiting.push_back(child);
            setBox(0, boxText(0, s.order.size(), listNames(m_model, s.order, true)), theme.combinator, theme);
            setBox(1, boxText(1, waiting.size(), listNames(m_model, waiting)), theme.suspended, theme);
            break;
        }
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

private:
    enum class Kind { Slots, DonePending, Order };

    static Kind kindOf(const CombinatorCall &c)
    {
        if (c.kind == QLatin1String("wait"))
            return Kind::DonePending;
        if (c.kind == QLatin1String("as_completed"))
            return Kind::Order;
        return Kind::Slots; // gather, TaskGroup, wait_for, ...: one slot per awaited task
    }

    // "done (2)" above the names, one per line.
    QString boxText(size_t box, size_t count, const QString &names) const
    {
        const QString heading = QStringLiteral("%1 (%2)").arg(m_headings[box]).arg(count);
        return names.isEmpty() ? heading : heading + QLatin1Char('\n') + names;
    }

    void setBox(size_t index, const QString &text, const QColor &accent, const TimelineTheme &theme)
    {
        QLabel *l = m_boxes[index];
        if (l->text() != text)
            l->setText(text);
        const QString style =
            QStringLiteral("QLabel { border: 2px solid %1; border-radius: 5px; padding: 4px; "
                           "background: %2; color: %3; }")
                .arg(accent.name(), theme.background.name(), theme.text.name());
        if (l->styleSheet() != style)
            l->setStyleSheet(style);
    }

    const RunModel &m_model;
    int m_id = -1;
    Kind m_kind = Kind::Slots;
    QLabel *m_title = nullptr;
    std::vector<QLabel *> m_boxes;
    std::vector<QString> m_headings;
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

void CombinatorPanel::rebuild(const std::vector<int> &ids)
{
    for (CombinatorCard *card : m_cards)
        delete card;
    m_cards.clear();
    m_shownIds = ids;
    if (!m_model)
        return;
    for (int id : ids) {
        for (const CombinatorCall &c : m_model->combinators()) {
            if (c.id != id)
                continue;
            auto *card = new CombinatorCard(*m_model, c, m_content);
            m_layout->insertWidget(m_layout->count() - 1, card);
            card->show(); // at once, not on the next event loop pass, so a grab right after sees it
            m_cards.push_back(card);
            break;
        }
    }
}

void CombinatorPanel::showAt(EventIndex event)
{
    if (!m_model) {
        m_placeholder->setVisible(true);
        return;
    }
    const std::vector<CombinatorSnapshot> all = m_model->combinatorsAt(event);
    // The calls still waiting, then the most recent that returned, newest last, at most MaxCards.
    std::vector<const CombinatorSnapshot *> shown;
    for (const CombinatorSnapshot &s : all)
        if (!s.returned)
            shown.push_back(&s);
    for (auto it = all.rbegin(); it != all.rend() && shown.size() < size_t(MaxCards); ++it)
        if (it->returned)
            shown.push_back(&*it);
    if (shown.size() > size_t(MaxCards))
        shown.erase(shown.begin(), shown.end() - MaxCards);
    std::sort(shown.begin(), shown.end(), [](const CombinatorSnapshot *a, const CombinatorSnapshot *b) {
        return a->combinator->enteredEvent < b->combinator->enteredEvent;
    });
    std::vector<int> ids;
    for (const CombinatorSnapshot *s : shown)
        ids.push_back(s->combinator->id);
    if (ids != m_shownIds)
        rebuild(ids);
    for (size_t i = 0; i < shown.size(); ++i)
        m_cards[i]->display(*shown[i], m_theme);
    m_placeholder->setVisible(shown.empty());
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
