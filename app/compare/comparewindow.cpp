#include "compare/comparewindow.h"
#include "application/screenfit.h"

#include "compare/compareview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace awaitscope {

namespace {
constexpr int SliderSteps = 1000;
}

CompareWindow::CompareWindow(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare two runs"));
    m_view = new CompareView;
    m_view->setObjectName(QStringLiteral("compareView"));

    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("compareCursor"));
    m_slider->setAccessibleName(tr("Cursor"));
    m_slider->setRange(0, SliderSteps);
    m_slider->setValue(SliderSteps);
    connect(m_slider, &QSlider::valueChanged, this, &CompareWindow::onSlider);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("compareNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_slider);
    layout->addWidget(m_buttons);
    resize(1100, 560);
    keepOnScreenWhenShown(this);
}

void CompareWindow::setComparison(const Comparison &comparison)
{
    m_view->setRuns(comparison.first, comparison.firstTitle, comparison.second, comparison.secondTitle);
    m_end = std::max(comparison.first.endTime, comparison.second.endTime);
    // The view draws the difference as its headline; the accessible name lets a screen reader say it too.
    m_view->setAccessibleName(m_view->differenceText());
    m_slider->setValue(SliderSteps);
    onSlider(SliderSteps);
}

void CompareWindow::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString CompareWindow::note() const
{
    return m_note->text();
}

QPushButton *CompareWindow::addButton(const QString &text)
{
    return m_buttons->addButton(text, QDialogButtonBox::ActionRole);
}

QString CompareWindow::headline() const
{
    return m_view->differenceText();
}

void CompareWindow::onSlider(int value)
{
    m_view->setCursor(m_end * value / SliderSteps);
}

} // namespace awaitscope
