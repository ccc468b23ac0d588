#pragma once

#include "compare/comparisonbuilder.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSlider;

namespace awaitscope {

class CompareView;

// A window with two runs on one time axis: the difference in total time as its headline, a slider that
// moves the one cursor through both runs.
class CompareWindow : public QDialog
{
    Q_OBJECT
public:
    explicit CompareWindow(QWidget *parent = nullptr);

    void setComparison(const Comparison &comparison);
    // A sentence under the headline (what the comparison found); empty: none.
    void setNote(const QString &note);
    QString note() const;
    // A button beside Close, for what the comparison's maker offers next.
    QPushButton *addButton(const QString &text);
    CompareView *view() const { return m_view; }
    // The difference the view shows as its headline ("9.0 s vs 3.0 s: 3× faster").
    QString headline() const;

private:
    void onSlider(int value);

    CompareView *m_view = nullptr;
    QLabel *m_note = nullptr;
    QSlider *m_slider = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    double m_end = 0.0;
};

} // namespace awaitscope
