#pragma once

#include "timeline/timelinetheme.h"
#include "trace/runmodel.h"

#include <QScrollArea>

#include <vector>

class QVBoxLayout;

namespace awaitscope {

class CombinatorCard;

// What gather, wait and as_completed hold at the cursor, one card per call: gather's result slots filling in
// argument order, wait's "done" and "pending" boxes that tasks move between, as_completed's yield order.
// Shows the calls still waiting and the latest that returned.
class CombinatorPanel : public QScrollArea
{
    Q_OBJECT
public:
    static constexpr int MaxCards = 4;

    explicit CombinatorPanel(QWidget *parent = nullptr);
    ~CombinatorPanel() override;

    void setModel(const RunModel *model);
    void setTheme(const TimelineTheme &theme);
    void showAt(EventIndex event);

    int cardCount() const { return int(m_cards.size()); }
    // The text of every box of card `index` by object name ("slot", "doneBox", "pendingBox", "orderBox").
    QStringList boxTexts(int card, const QString &box) const;
    QString cardTitle(int card) const;
    // Every card as the state text writes it (RunStateText::describe), read back from the labels.
    QStringList stateLines() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild(const std::vector<CombinatorSnapshot> &shown);

    const RunModel *m_model = nullptr;
    TimelineTheme m_theme;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_placeholder = nullptr;
    std::vector<CombinatorCard *> m_cards;
    std::vector<int> m_shownIds;
};

} // namespace awaitscope
