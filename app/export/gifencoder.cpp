#include "export/gifencoder.h"

#include <QCoreApplication>

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace awaitscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(GifEncoder)
};

// Differences weighted roughly as the eye weighs them (green most, blue least).
int distance(QRgb a, QRgb b)
{
    const int dr = qRed(a) - qRed(b), dg = qGreen(a) - qGreen(b), db = qBlue(a) - qBlue(b);
    return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

struct Counted
{
    QRgb colour;
    quint64 count;
};

int channel(QRgb c, int which)
{
    return which == 0 ? qRed(c) : which == 1 ? qGreen(c) : qBlue(c);
}

// A box of the median cut: a range of `colours`, its weighted mean and its spread on each channel.
struct Box
{
    size_t begin = 0;
    size_t end = 0;
    std::array<double, 3> mean{};
    std::array<double, 3> spread{}; // weighted sum of squared distances from the mean

    double total() const { return spread[0] + spread[1] + spread[2]; }
};

Box measure(const std::vector<Counted> &colours, size_t begin, size_t end)
{
    Box box{begin, end, {}, {}};
    double weight = 0;
    for (size_t i = begin; i < end; ++i) {
        weight += double(colours[i].count);
        for (int c = 0; c < 3; ++c)
            box.mean[size_t(c)] += double(colours[i].count) * channel(colours[i].colour, c);
    }
    for (double &m : box.mean)
        m /= weight;
    for (size_t i = begin; i < end; ++i)
        for (int c = 0; c < 3; ++c) {
            const double d = channel(colours[i].colour, c) - box.mean[size_t(c)];
            box.spread[size_t(c)] += double(colours[i].count) * d * d;
        }
    return box;
}

// Splits the colours into at most `wanted` boxes, always the box whose colours lie furthest from its mean,
// across its widest channel at the weighted median; each box gives its mean.
QList<QRgb> medianCut(std::vector<Counted> colours, int wanted)
{
    QList<QRgb> result;
    if (colours.empty() || wanted <= 0)
        return result;
    std::vector<Box> boxes{measure(colours, 0, colours.size())};
    while (int(boxes.size()) < wanted) {
        auto widest = std::max_element(boxes.begin(), boxes.end(), [](const Box &a, const Box &b) {
            return (a.end - a.begin > 1 ? a.total() : -1) < (b.end - b.begin > 1 ? b.total() : -1);
        });
        if (widest->end - widest->begin < 2 || widest->total() <= 0)
            break;
        const Box box = *widest;
        const int axis = int(std::max_element(box.spread.begin(), box.spread.end()) - box.spread.begin());
        std::sort(colours.begin() + qsizetype(box.begin), colours.begin() + qsizetype(box.end),
                  [axis](const Counted &a, const Counted &b) {
                      const int ca = channel(a.colour, axis), cb = channel(b.colour, axis);
                      return ca != cb ? ca < cb : a.colour < b.colour;
                  });
        quint64 weight = 0;
        for (size_t i = box.begin; i < box.end; ++i)
            weight += colours[i].count;
        quint64 seen = 0;
        size_t split = box.begin + 1;
        for (size_t i = box.begin; i < box.end - 1; ++i) {
            seen += colours[i].count;
            split = i + 1;
            if (2 * seen >= weight)
                break;
        }
        *widest = measure(colours, box.begin, split);
        boxes.push_back(measure(colours, split, box.end));
    }
    for (const Box &box : boxes)
        result << qRgb(int(std::lround(box.mean[0])), int(std::lround(box.mean[1])),
                       int(std::lround(box.mean[2])));
    return result;
}

int writeToArray(GifFileType *gif, const GifByteType *data, int length)
{
    static_cast<QByteArray *>(gif->UserData)->append(reinterpret_cast<const char *>(data), length);
    return length;
}

} // namespace

void GifPalette::addFrame(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        // Runs of one colour are counted at once: most of a picture is runs.
        for (int x = 0; x < rgb.width();) {
            const QRgb c = line[x] | 0xff000000u;
            int run = 1;
            while (x + run < rgb.width() && (line[x + run] | 0xff000000u) == c)
                ++run;
            m_counts[c] += quint64(run);
            x += run;
        }
    }
}

QList<QRgb> GifPalette::build() const
{
    std::vector<Counted> colours;
    colours.reserve(size_t(m_counts.size()));
    quint64 total = 0;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        colours.push_back({it.key(), it.value()});
        total += it.value();
    }
    // Most frequent first; equal counts by colour, so that the same frames always give the same palette.
    std::sort(colours.begin(), colours.end(), [](const Counted &a, const Counted &b) {
        return a.count != b.count ? a.count > b.count : a.colour < b.colour;
    });
    QList<QRgb> palette;
    if (colours.size() <= size_t(MaxColours)) {
        for (const Counted &c : colours)
            palette << c.colour;
        return palette;
    }
    // The colours that cover at least 1/4000 of the pictures (the flat areas, the bars, the text) stay exact,
    // up to half the palette; the edges' shades share the rest.
    size_t exact = 0;
    while (exact < size_t(MaxColours / 2) && colours[exact].count * 4000 >= total)
        palette << colours[exact++].colour;
    const std::vector<Counted> rest(colours.begin() + qsizetype(exact), colours.end());
    for (QRgb c : medianCut(rest, MaxColours - int(exact)))
        if (!palette.contains(c))
            palette << c;
    return palette;
}

struct GifEncoder::Gif
{
    GifFileType *file = nullptr;
    int error = 0;
};

GifEncoder::GifEncoder(QSize size, const QList<QRgb> &palette)
    : m_gif(std::make_unique<Gif>())
    , m_size(size)
    , m_palette(palette.mid(0, GifPalette::MaxColours))
    , m_canvas(size_t(size.width()) * size_t(size.height()), 0)
{
    if (m_palette.isEmpty())
        m_palette << qRgb(255, 255, 255);
    m_transparent = static_cast<unsigned char>(m_palette.size());
    // The colour table's size is a power of two with room for the transparent entry after the colours.
    int bits = 1;
    while ((1 << bits) < m_palette.size() + 1)
        ++bits;
    std::vector<GifColorType> table(size_t(1) << bits, GifColorType{0, 0, 0});
    for (qsizetype i = 0; i < m_palette.size(); ++i)
        table[size_t(i)] = GifColorType{GifByteType(qRed(m_palette[i])), GifByteType(qGreen(m_palette[i])),
                                        GifByteType(qBlue(m_palette[i]))};

    m_gif->file = EGifOpen(&m_bytes, writeToArray, &m_gif->error);
    if (!m_gif->file) {
        m_failed = true;
        return;
    }
    EGifSetGifVersion(m_gif->file, true); // GIF89a: delays, transparency and the loop need it
    ColorMapObject *map = GifMakeMapObject(int(table.size()), table.data());
    const bool ok = map && EGifPutScreenDesc(m_gif->file, size.width(), size.height(), 8, 0, map) == GIF_OK;
    GifFreeMapObject(map);
    // NETSCAPE2.0: play again from the start, forever (a loop count of 0).
    static const GifByteType netscape[] = {'N', 'E', 'T', 'S', 'C', 'A', 'P', 'E', '2', '.', '0'};
    static const GifByteType playAgain[] = {1, 0, 0};
    if (!ok || EGifPutExtensionLeader(m_gif->file, APPLICATION_EXT_FUNC_CODE) != GIF_OK ||
        EGifPutExtensionBlock(m_gif->file, sizeof netscape, netscape) != GIF_OK ||
        EGifPutExtensionBlock(m_gif->file, sizeof playAgain, playAgain) != GIF_OK ||
        EGifPutExtensionTrailer(m_gif->file) != GIF_OK) {
        m_gif->error = m_gif->file->Error;
        m_failed = true;
    }
}

GifEncoder::~GifEncoder()
{
    if (m_gif->file)
        EGifCloseFile(m_gif->file, nullptr);
}

bool GifEncoder::fail(QString *error)
{
    m_failed = true;
    if (error)
        *error = Tr::tr("The GIF encoder (giflib) failed: %1")
                     .arg(QString::fromUtf8(GifErrorString(m_gif->error) ? GifErrorString(m_gif->error)
                                                                         : "unknown error"));
    return false;
}

unsigned char GifEncoder::indexOf(QRgb colour)
{
    const auto cached = m_nearest.constFind(colour);
    if (cached != m_nearest.cend())
        return *cached;
    int best = 0;
    int bestDistance = distance(colour, m_palette[0]);
    for (int i = 1; i < m_palette.size() && bestDistance > 0; ++i) {
        const int d = distance(colour, m_palette[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    m_nearest.insert(colour, static_cast<unsigned char>(best));
    return static_cast<unsigned char>(best);
}

bool GifEncoder::addFrame(const QImage &image, int delay, QString *error)
{
    if (m_failed)
        return fail(error);
    if (image.size() != m_size) {
        if (error)
            *error = Tr::tr("A frame of %1×%2 pixels does not fit a GIF of %3×%4.")
                         .arg(image.width())
                         .arg(image.height())
                         .arg(m_size.width())
                         .arg(m_size.height());
        return false;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int w = m_size.width(), h = m_size.height();
    std::vector<unsigned char> indices(m_canvas.size());
    for (int y = 0; y < h; ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        unsigned char *out = indices.data() + size_t(y) * size_t(w);
        QRgb last = line[0] | 0xff000000u;
        unsigned char lastIndex = indexOf(last);
        for (int x = 0; x < w; ++x) {
            const QRgb c = line[x] | 0xff000000u;
            if (c != last) {
                last = c;
                lastIndex = indexOf(c);
            }
            out[x] = lastIndex;
        }
    }
    if (!m_pending && m_written == 0) {
        m_canvas = indices;
        m_pending = Pending{QRect(0, 0, w, h), std::move(indices), delay, false};
        return true;
    }
    // Only the rectangle that changed is written; inside it, what did not change is transparent.
    int left = w, right = -1, top = h, bottom = -1;
    for (int y = 0; y < h; ++y) {
        const unsigned char *now = indices.data() + size_t(y) * size_t(w);
        const unsigned char *before = m_canvas.data() + size_t(y) * size_t(w);
        if (std::memcmp(now, before, size_t(w)) == 0)
            continue;
        top = std::min(top, y);
        bottom = y;
        int x = 0;
        while (now[x] == before[x])
            ++x;
        left = std::min(left, x);
        x = w - 1;
        while (now[x] == before[x])
            --x;
        right = std::max(right, x);
    }
    if (bottom < 0) { // nothing changed: the frame before stays on screen longer
        if (m_pending->delay + delay <= 65535) {
            m_pending->delay += delay;
            return true;
        }
        // GIF's delay has 16 bits: go on with a frame that changes nothing (one transparent pixel).
        if (!flush(error))
            return false;
        m_pending = Pending{QRect(0, 0, 1, 1), {m_transparent}, delay, true};
        return true;
    }
    if (!flush(error))
        return false;
    Pending frame{QRect(QPoint(left, top), QPoint(right, bottom)), {}, delay, true};
    frame.pixels.reserve(size_t(frame.rect.width()) * size_t(frame.rect.height()));
    for (int y = top; y <= bottom; ++y)
        for (int x = left; x <= right; ++x) {
            const size_t at = size_t(y) * size_t(w) + size_t(x);
            frame.pixels.push_back(indices[at] == m_canvas[at] ? m_transparent : indices[at]);
            m_canvas[at] = indices[at];
        }
    m_pending = std::move(frame);
    return true;
}

bool GifEncoder::flush(QString *error)
{
    if (!m_pending)
        return true;
    Pending &frame = *m_pending;
    GraphicsControlBlock control{};
    control.DisposalMode = DISPOSE_DO_NOT; // the next frame draws over this one
    control.UserInputFlag = false;
    control.DelayTime = std::clamp(frame.delay, 0, 65535);
    control.TransparentColor = frame.transparent ? m_transparent : NO_TRANSPARENT_COLOR;
    GifByteType extension[4];
    const size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(m_gif->file, GRAPHICS_EXT_FUNC_CODE, int(length), extension) != GIF_OK ||
        EGifPutImageDesc(m_gif->file, frame.rect.left(), frame.rect.top(), frame.rect.width(),
                         frame.rect.height(), false, nullptr) != GIF_OK) {
        m_gif->error = m_gif->file->Error;
        return fail(error);
    }
    for (int y = 0; y < frame.rect.height(); ++y) {
        GifPixelType *line = frame.pixels.data() + size_t(y) * size_t(frame.rect.width());
        if (EGifPutLine(m_gif->file, line, frame.rect.width()) != GIF_OK) {
            m_gif->error = m_gif->file->Error;
            return fail(error);
        }
    }
    ++m_written;
    m_pending.reset();
    return true;
}

QByteArray GifEncoder::finish(int holdLast, QString *error)
{
    if (m_failed || !m_gif->file) {
        fail(error);
        return {};
    }
    if (!m_pending && m_written == 0) {
        if (error)
            *error = Tr::tr("The animation has no frames.");
        return {};
    }
    if (m_pending)
        m_pending->delay = std::min(65535, m_pending->delay + std::max(0, holdLast));
    if (!flush(error))
        return {};
    int closeError = 0;
    const int closed = EGifCloseFile(m_gif->file, &closeError);
    m_gif->file = nullptr;
    if (closed != GIF_OK) {
        m_gif->error = closeError;
        fail(error);
        return {};
    }
    return m_bytes;
}

} // namespace awaitscope
