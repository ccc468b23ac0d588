#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace awaitscope {

// One palette of at most 255 colours for every frame of an animation (the 256th entry is the transparent
// "unchanged" colour). The exported pictures are flat colours with antialiased text: the frequent colours
// (backgrounds, bars, text) go into the palette exactly, and the rarer in-between shades of the edges
// share the rest, split by median cut. Pixels later take the nearest entry; nothing is dithered, so flat
// areas stay flat and compress well.
class GifPalette
{
public:
    static constexpr int MaxColours = 255;

    // Counts the colours of a frame (every pixel; call it on as many frames as should decide).
    void addFrame(const QImage &image);
    // The palette from what was added: the exact colours when there are at most 255.
    QList<QRgb> build() const;

private:
    QHash<QRgb, quint64> m_counts;
};

// An animated GIF written with giflib: a global palette, the loop extension (NETSCAPE2.0, forever), and
// for each frame only the rectangle that changed, with its unchanged pixels transparent. A frame equal to
// the one before adds its delay to that frame instead of being written.
class GifEncoder
{
public:
    GifEncoder(QSize size, const QList<QRgb> &palette);
    ~GifEncoder();
    GifEncoder(const GifEncoder &) = delete;
    GifEncoder &operator=(const GifEncoder &) = delete;

    // `delay` in hundredths of a second (GIF's unit). The image must have the encoder's size.
    bool addFrame(const QImage &image, int delay, QString *error);
    // The whole file, or empty with `error` set. `holdLast` more hundredths of a second on the last frame.
    QByteArray finish(int holdLast, QString *error);

    int framesWritten() const { return m_written; }

private:
    struct Pending
    {
        QRect rect;
        std::vector<unsigned char> pixels; // rect.width() × rect.height() palette indices
        int delay = 0;
        bool transparent = false;
    };
    unsigned char indexOf(QRgb colour);
    bool flush(QString *error);
    bool fail(QString *error);

    struct Gif;
    std::unique_ptr<Gif> m_gif;
    QSize m_size;
    QList<QRgb> m_palette;
    unsigned char m_transparent = 0; // the entry after the palette's colours
    QHash<QRgb, unsigned char> m_nearest;
    std::vector<unsigned char> m_canvas; // what a viewer shows after the frames written (and pending)
    std::optional<Pending> m_pending;
    QByteArray m_bytes;
    int m_written = 0;
    bool m_failed = false;
};

} // namespace awaitscope
