#pragma once

#include "timeline/timelinetheme.h"
#include "trace/runmodel.h"

#include <QWidget>

#include <memory>

class QPainter;

namespace awaitscope {

// Two runs (a lesson's pitfall and its fix, or a program before and after an edit) stacked on one shared time
// axis with one cursor, each under its title, with the difference in total time as the headline. The picture
// is drawn by paintComparison() into any QPainter, so the widget, a PNG, an SVG and a PDF show the same
// thing.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    struct Run
    {
        const RunModel *model = nullptr;
        QString title;
    };

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    void setRuns(const Trace &first, const QString &firstTitle, const Trace &second,
                 const QString &secondTitle);
    QString firstTitle() const { return m_firstTitle; }
    QString secondTitle() const { return m_secondTitle; }
    const RunModel &firstModel() const { return *m_first; }
    const RunModel &secondModel() const { return *m_second; }

    void setCursor(double time); // one cursor for both runs
    double cursor() const { return m_cursor; }
    void setTheme(const TimelineTheme &theme);

    QString differenceText() const;

    // "9.0 s vs 3.0 s: 3× faster": how the second time compares with the first.
    static QString differenceText(double first, double second);
    // What differs where the lesson looks: when control comes back from the first combinator call (gather
    // raising at once vs returning at the end), what wait handed back, or else the total time.
    static QString headline(const Run &first, const Run &second);
    static QString formatTotal(double seconds); // "9.0 s", "250 ms"
    static void paintComparison(QPainter &painter, const QRectF &target, const Run &first, const Run &second,
                                double cursor, const TimelineTheme &theme);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::unique_ptr<RunModel> m_first;
    std::unique_ptr<RunModel> m_second;
    QString m_firstTitle;
    QString m_secondTitle;
    double m_cursor = 0.0;
    TimelineTheme m_theme;
    bool m_themeSet = false;
};

} // namespace awaitscope
