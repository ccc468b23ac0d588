#pragma once

#include "export/exporttheme.h"
#include "trace/runmodel.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace awaitscope {

// Pictures of a run for slides: the timeline alone, the player view (timeline, state panels and console at
// the cursor) or a comparison of two runs, as PNG, SVG or PDF, or onto the clipboard; or the run played
// from start to end as an animated GIF or an MP4 video. The same inputs give the same bytes: the font, the
// resolution and every date written into a file are fixed.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class View { Timeline, Player, Compare };
    enum class Format { Png, Svg, Pdf, Text, Gif, Mp4 };
    static bool isAnimated(Format format) { return format == Format::Gif || format == Format::Mp4; }

    static constexpr QSize FullHd{1920, 1080};
    static constexpr QSize UltraHd{3840, 2160};
    // An animation has at most this many frames (a long run needs a higher speed or a lower frame rate).
    static constexpr qint64 MaxAnimationFrames = 2000;
    static constexpr double MaxGifFps = 50; // GIF counts delays in hundredths of a second
    static constexpr int GifHoldLast = 200; // hundredths of a second on a GIF's last frame before it loops

    // How an animation plays: `fps` frames per second, `speed` seconds of the run per second of the
    // animation. `progress` (if set) is called before each frame is drawn and stops the export when it
    // returns false.
    struct AnimationOptions
    {
        double fps = 10.0;
        double speed = 1.0;
        // The stretch of the run to play, in seconds of its clock; `to` < 0 plays to the end.
        double from = 0.0;
        double to = -1.0;
        std::function<bool(qint64 done, qint64 total)> progress;
        QStringList videoEncoders; // the encoders to try for MP4; empty: libx264, then FFmpeg's mpeg4
    };
    struct AnimationResult
    {
        qint64 frames = 0;  // drawn, from the start of the run to its end
        qint64 stored = 0;  // in the file (a GIF keeps a frame that did not change as a longer delay)
        double seconds = 0; // how long it plays once
        QSize size;
        QString encoder; // "giflib", "libx264", …
        QString note;    // what the user should know: an odd size made even, a fallback encoder
    };

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

    // Writes atomically: either the whole file appears, or nothing changes and `error` says why. An
    // animated format plays the run with the default AnimationOptions.
    bool exportToFile(const QString &path, QString *error = nullptr) const;
    bool copyToClipboard(QString *error = nullptr) const;

    // The run as numbered PNG frames (frame-00001.png …) in `folder`: `fps` frames per second of the
    // animation, `speed` seconds of the run per second of the animation. Returns the frame count, -1 on
    // error.
    int exportFrames(const QString &folder, double fps, double speed, QString *error = nullptr) const;
    // The run played from its start to its end, after the suffix: .gif (giflib: one palette, the loop
    // extension, unchanged frames merged, the last frame held GifHoldLast), .mp4 (H.264 through FFmpeg), or
    // .webp/.apng when a Qt image plugin here writes it. Written atomically, as exportToFile().
    bool exportAnimation(const QString &path, const AnimationOptions &options, AnimationResult *result,
                         QString *error = nullptr) const;
    bool exportAnimation(const QString &path, double fps, double speed, QString *error = nullptr) const;
    // Formats that Qt's image plugins can write as an animation here (may be none); GIF and MP4 do not
    // need them.
    static QList<QByteArray> animatedFormats();

    static std::optional<Format> formatForPath(const QString &path);
    static bool parseSize(const QString &text, QSize *size); // "1920x1080", "1080p", "4k"

private:
    // The frames of an animation: how many, and the moment of the run each one shows.
    struct FramePlan
    {
        qint64 count = 0;
        double start = 0;
        double end = 0;
        double fps = 0;
        double speed = 0;
        double momentOf(qint64 frame) const;
    };
    bool planFrames(double fps, double speed, qint64 maxFrames, bool animation, FramePlan *plan,
                    QString *error, double from = 0.0, double to = -1.0) const;
    // Draws the frames `first`, `first + step`, … and always the last, each at `size`, into `sink`; stops
    // when it returns false.
    bool drawFrames(const FramePlan &plan, QSize size, qint64 step,
                    const std::function<bool(qint64 frame, const QImage &image)> &sink) const;
    bool writeGif(const QString &path, const FramePlan &plan, const AnimationOptions &options,
                  AnimationResult *result, QString *error) const;
    bool writeMp4(const QString &path, const FramePlan &plan, const AnimationOptions &options,
                  AnimationResult *result, QString *error) const;
    bool writeWithImagePlugin(const QString &path, const FramePlan &plan, const AnimationOptions &options,
                              AnimationResult *result, QString *error) const;
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
