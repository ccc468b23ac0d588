#pragma once

#include "export/exporttheme.h"
#include "trace/runmodel.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <optional>

class QPainter;

namespace awaitscope {

// Pictures of a run for slides: the timeline alone, the player view (timeline, state panels and console at
// the cursor) or a comparison of two runs, as PNG, SVG or PDF, or onto the clipboard. The same inputs give
// the same bytes: the font, the resolution and every date written into a file are fixed.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class View { Timeline, Player, Compare };
    enum class Format { Png, Svg, Pdf, Text };

    static constexpr QSize FullHd{1920, 1080};
    static constexpr QSize UltraHd{3840, 2160};

    Exporter();
    ~Exporter();

    void setTrace(const Trace &trace, const QString &title = QString());
    void setComparison(const Trace &first, const QString &firstTitle, const Trace &second,
                       const QString &secondTitle);
    void setView(View view) { m_view = view; }
    void setTheme(ExportTheme::Kind theme) { m_theme = theme; }
    void setSize(QSize size) { m_size = size; }
    void setCursor(double seconds)
    {
        m_cursor = seconds;
        m_cursorEvent.reset();
    }
    // The moment as an event of the (first) run: two events at one instant are two moments.
    void setCursorEvent(EventIndex event)
    {
        m_cursorEvent = event;
        m_cursor.reset();
    }
    void setCursorAtEnd()
    {
        m_cursor.reset();
        m_cursorEvent.reset();
    }
    // The caption: a title (lesson or program) followed by the cursor's time; off when the title is empty.
    void setCaption(const QString &title) { m_caption = title; }
    void setLanguage(const QString &code) { m_language = code; }

    View view() const { return m_view; }
    QSize size() const { return m_size; }
    QString language() const { return m_language; }
    double cursor() const;          // resolved: the end of the run(s) unless set
    EventIndex cursorEvent() const; // resolved: the event of the first run that the picture shows
    // The picture in words (Format::Text): what a slide shows, for its alt text.
    QString text() const;
    double endTime() const; // the longest run's end
    QString captionText() const;

    void paint(QPainter &painter, const QRectF &target) const;
    QImage renderImage() const;
    // The file's bytes, or an empty array and `error` set.
    QByteArray render(Format format, QString *error = nullptr) const;

    // Writes atomically: either the whole file appears, or nothing changes and `error` says why.
    bool exportToFile(const QString &path, QString *error = nullptr) const;
    bool copyToClipboard(QString *error = nullptr) const;

    // The run as numbered PNG frames (frame-00001.png …) in `folder`: `fps` frames per second of the
    // animation, `speed` seconds of the run per second of the animation. Returns the frame count, -1 on
    // error.
    int exportFrames(const QString &folder, double fps, double speed, QString *error = nullptr) const;
    // An animated image (gif/webp/apng after the suffix) when a Qt image plugin here writes one.
    bool exportAnimation(const QString &path, double fps, double speed, QString *error = nullptr) const;
    // Image formats that Qt's plugins can write as an animation here (may be none).
    static QList<QByteArray> animatedFormats();

    static std::optional<Format> formatForPath(const QString &path);
    static bool parseSize(const QString &text, QSize *size); // "1920x1080", "1080p", "4k"

private:
    void paintPlayer(QPainter &p, const QRectF &area, const ExportTheme &theme, double at) const;
    void copySettingsTo(Exporter &other) const; // everything but the cursor

    std::unique_ptr<RunModel> m_first;
    std::unique_ptr<RunModel> m_second;
    QString m_firstTitle;
    QString m_secondTitle;
    View m_view = View::Player;
    ExportTheme::Kind m_theme = ExportTheme::Kind::Light;
    QSize m_size = FullHd;
    std::optional<double> m_cursor;
    std::optional<EventIndex> m_cursorEvent;
    QString m_caption;
    QString m_language;
};

} // namespace awaitscope
