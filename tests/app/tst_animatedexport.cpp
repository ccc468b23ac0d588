// The run played for slides: an animated GIF (giflib) and an H.264 MP4 (FFmpeg), each read back the way a
// viewer reads it — the GIF decoded with giflib's reader and its frames composed over one another, the MP4
// demuxed and decoded with libavformat/libavcodec — and compared with the exporter's own pictures.
#include "export/exporter.h"
#include "export/gifencoder.h"
#include "runhelper.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <gif_lib.h>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <cmath>
#include <cstring>

using namespace awaitscope;

namespace {

// A GIF as a viewer shows it: each frame drawn over the canvas (transparent pixels keep what was there).
struct DecodedGif
{
    QSize size;
    QList<QImage> frames; // composed
    QList<int> delays;    // hundredths of a second
    bool loopsForever = false;
    int paletteSize = 0;
    QString error;
};

bool isLoopExtension(const ExtensionBlock *blocks, int count)
{
    for (int i = 0; i + 1 < count; ++i) {
        const ExtensionBlock &b = blocks[i];
        if (b.Function == APPLICATION_EXT_FUNC_CODE && b.ByteCount == 11 &&
            std::memcmp(b.Bytes, "NETSCAPE2.0", 11) == 0) {
            const ExtensionBlock &data = blocks[i + 1];
            return data.ByteCount == 3 && data.Bytes[0] == 1 && data.Bytes[1] == 0 && data.Bytes[2] == 0;
        }
    }
    return false;
}

DecodedGif decodeGif(const QString &path)
{
    DecodedGif out;
    int error = 0;
    GifFileType *gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif) {
        out.error = QString::fromUtf8(GifErrorString(error));
        return out;
    }
    if (DGifSlurp(gif) != GIF_OK) {
        out.error = QString::fromUtf8(GifErrorString(gif->Error));
        DGifCloseFile(gif, &error);
        return out;
    }
    out.size = QSize(gif->SWidth, gif->SHeight);
    out.paletteSize = gif->SColorMap ? gif->SColorMap->ColorCount : 0;
    out.loopsForever = isLoopExtension(gif->ExtensionBlocks, gif->ExtensionBlockCount);
    QImage canvas(out.size, QImage::Format_RGB32);
    canvas.fill(Qt::black);
    for (int i = 0; i < gif->ImageCount; ++i) {
        const SavedImage &image = gif->SavedImages[i];
        out.loopsForever =
            out.loopsForever || isLoopExtension(image.ExtensionBlocks, image.ExtensionBlockCount);
        GraphicsControlBlock control{};
        control.TransparentColor = NO_TRANSPARENT_COLOR;
        DGifSavedExtensionToGCB(gif, i, &control);
        if (control.DisposalMode != DISPOSE_DO_NOT && control.DisposalMode != DISPOSAL_UNSPECIFIED)
            out.error = QStringLiteral("frame %1 has disposal mode %2").arg(i).arg(control.DisposalMode);
        out.delays << control.DelayTime;
        const ColorMapObject *map = image.ImageDesc.ColorMap ? image.ImageDesc.ColorMap : gif->SColorMap;
        const GifImageDesc &d = image.ImageDesc;
        for (int y = 0; y < d.Height; ++y)
            for (int x = 0; x < d.Width; ++x) {
                const int index = image.RasterBits[y * d.Width + x];
                if (index == control.TransparentColor)
                    continue;
                const GifColorType c = map->Colors[index];
                canvas.setPixel(d.Left + x, d.Top + y, qRgb(c.Red, c.Green, c.Blue));
            }
        out.frames << canvas.copy();
    }
    DGifCloseFile(gif, &error);
    return out;
}

// The largest difference of one channel between two pictures, and how many pixels differ by more than 48.
struct Difference
{
    int largest = 0;
    qint64 far = 0;
};

Difference compare(const QImage &a, const QImage &b)
{
    Difference d;
    const QImage x = a.convertToFormat(QImage::Format_RGB32), y = b.convertToFormat(QImage::Format_RGB32);
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row), q = y.pixel(col, row);
            const int diff = std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                       std::abs(qBlue(p) - qBlue(q))});
            d.largest = std::max(d.largest, diff);
            if (diff > 48)
                ++d.far;
        }
    return d;
}

// An MP4 as a player reads it: its video stream, every frame decoded, the first and last kept (luma).
struct DecodedVideo
{
    QString codec;
    QSize size;
    int pixelFormat = -1;
    double duration = 0; // seconds, from the stream
    double frameRate = 0;
    int frames = 0; // decoded
    QImage first;   // Y plane as greyscale
    QImage last;
    QString error;
};

QImage lumaOf(const AVFrame *frame)
{
    QImage y(frame->width, frame->height, QImage::Format_Grayscale8);
    for (int row = 0; row < frame->height; ++row)
        std::memcpy(y.scanLine(row), frame->data[0] + row * frame->linesize[0], size_t(frame->width));
    return y;
}

DecodedVideo decodeVideo(const QString &path)
{
    DecodedVideo out;
    AVFormatContext *format = nullptr;
    if (avformat_open_input(&format, QFile::encodeName(path).constData(), nullptr, nullptr) < 0) {
        out.error = QStringLiteral("libavformat cannot open it");
        return out;
    }
    const AVCodec *codec = nullptr;
    const int s = avformat_find_stream_info(format, nullptr) >= 0
                      ? av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, &codec, 0)
                      : -1;
    if (s < 0 || !codec) {
        out.error = QStringLiteral("no video stream");
        avformat_close_input(&format);
        return out;
    }
    const AVStream *stream = format->streams[s];
    out.codec = QString::fromUtf8(avcodec_get_name(stream->codecpar->codec_id));
    out.size = QSize(stream->codecpar->width, stream->codecpar->height);
    out.pixelFormat = stream->codecpar->format;
    out.duration = double(stream->duration) * av_q2d(stream->time_base);
    out.frameRate = av_q2d(stream->avg_frame_rate);
    AVCodecContext *decoder = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(decoder, stream->codecpar);
    if (avcodec_open2(decoder, codec, nullptr) < 0)
        out.error = QStringLiteral("cannot open the decoder");
    AVPacket *packet = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    auto drain = [&] {
        while (avcodec_receive_frame(decoder, frame) == 0) {
            if (out.frames == 0)
                out.first = lumaOf(frame);
            out.last = lumaOf(frame);
            ++out.frames;
        }
    };
    while (out.error.isEmpty() && av_read_frame(format, packet) >= 0) {
        if (packet->stream_index == s && avcodec_send_packet(decoder, packet) >= 0)
            drain();
        av_packet_unref(packet);
    }
    avcodec_send_packet(decoder, nullptr);
    drain();
    av_frame_free(&frame);
    av_packet_free(&packet);
    avcodec_free_context(&decoder);
    avformat_close_input(&format);
    return out;
}

// BT.709 luma in the limited range, as the video stores the exporter's picture.
QImage expectedLuma(const QImage &rgb)
{
    const QImage image = rgb.convertToFormat(QImage::Format_RGB32);
    QImage y(image.size(), QImage::Format_Grayscale8);
    for (int row = 0; row < image.height(); ++row)
        for (int col = 0; col < image.width(); ++col) {
            const QRgb p = image.pixel(col, row);
            const double l = 0.2126 * qRed(p) + 0.7152 * qGreen(p) + 0.0722 * qBlue(p);
            y.scanLine(row)[col] = uchar(std::lround(16 + l * 219.0 / 255.0));
        }
    return y;
}

double meanDifference(const QImage &a, const QImage &b)
{
    double sum = 0;
    for (int row = 0; row < a.height(); ++row)
        for (int col = 0; col < a.width(); ++col)
            sum += std::abs(int(a.constScanLine(row)[col]) - int(b.constScanLine(row)[col]));
    return sum / double(a.width() * a.height());
}

qint64 expectedFrames(double end, double fps, double speed)
{
    return std::max<qint64>(2, qint64(std::floor(end / speed * fps + 1e-9)) + 1);
}

QByteArray contentOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAnimatedExport : public QObject
{
    Q_OBJECT

    Trace m_pitfall;
    Trace m_fixed;

    void compareView(Exporter &e, QSize size)
    {
        e.setComparison(m_pitfall, QStringLiteral("pitfall.py"), m_fixed, QStringLiteral("fixed.py"));
        e.setView(Exporter::View::Compare);
        e.setSize(size);
        e.setCaption(QStringLiteral("Concurrent tasks"));
    }

private slots:
    void initTestCase()
    {
        m_pitfall =
            testing::runFile(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/concurrent-tasks/pitfall.py"))
                .trace;
        m_fixed = testing::runFile(QStringLiteral(AWAITSCOPE_SOURCE_DIR "/lessons/concurrent-tasks/fixed.py"))
                      .trace;
        QVERIFY(m_pitfall.endTime > 8);
    }

    // The comparison played at 4 frames per second: every frame read back with giflib is the exporter's
    // picture of that moment (within the palette's rounding), the cursor moves, and the file loops.
    void gifPlaysTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.gif"));
        Exporter e;
        compareView(e, QSize(480, 270));
        Exporter::AnimationOptions options;
        options.fps = 4;
        Exporter::AnimationResult result;
        QString error;
        QVERIFY2(e.exportAnimation(path, options, &result, &error), qPrintable(error));
        const qint64 frames = expectedFrames(e.endTime(), 4, 1);
        QCOMPARE(result.frames, frames);
        QCOMPARE(result.encoder, QStringLiteral("giflib"));

        const DecodedGif gif = decodeGif(path);
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        QCOMPARE(gif.size, QSize(480, 270));
        QVERIFY(gif.loopsForever);
        QVERIFY2(gif.frames.size() >= 10, qPrintable(QString::number(gif.frames.size())));
        QCOMPARE(gif.frames.size(), int(result.stored));
        QVERIFY(gif.frames.size() <= frames);
        QVERIFY(gif.frames.first() != gif.frames.last());
        // The delays add up to the run at this frame rate, plus the hold on the last frame.
        int total = 0;
        for (int d : gif.delays)
            total += d;
        QCOMPARE(total, int(std::lround(frames * 100.0 / 4)) + Exporter::GifHoldLast);
        QCOMPARE(gif.delays.first(), 25);

        // The first and the last frame as the exporter draws them: no pixel is far off (no dithering, the
        // flat colours exact).
        e.setCursor(0);
        const Difference atStart = compare(gif.frames.first(), e.renderImage());
        QVERIFY2(atStart.far == 0, qPrintable(QString::number(atStart.far)));
        e.setCursorAtEnd();
        const Difference atEnd = compare(gif.frames.last(), e.renderImage());
        QVERIFY2(atEnd.far == 0, qPrintable(QString::number(atEnd.far)));
        QVERIFY(atEnd.largest < 64);
        // The flat colours are exact: most pixels match the picture to the bit.
        QVERIFY(gif.paletteSize <= 256);
    }

    // Only a stretch of the run, for a slide about one moment: from 3 s to 6 s at 4 frames per second is 13
    // frames, the first drawn at 3 s and the last at 6 s; a stretch outside the run is refused up front.
    void gifPlaysAStretch()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stretch.gif"));
        Exporter e;
        compareView(e, QSize(480, 270));
        Exporter::AnimationOptions options;
        options.fps = 4;
        options.from = 3;
        options.to = 6;
        Exporter::AnimationResult result;
        QString error;
        QVERIFY2(e.exportAnimation(path, options, &result, &error), qPrintable(error));
        QCOMPARE(result.frames, qint64(13));
        const DecodedGif gif = decodeGif(path);
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        e.setCursor(3);
        QVERIFY2(compare(gif.frames.first(), e.renderImage()).far == 0, "the first frame is not 3 s");
        e.setCursor(6);
        QVERIFY2(compare(gif.frames.last(), e.renderImage()).far == 0, "the last frame is not 6 s");
        e.setCursor(0);
        QVERIFY(compare(gif.frames.first(), e.renderImage()).far > 0); // the check can tell moments apart

        options.from = 6;
        options.to = 3;
        QVERIFY(!e.exportAnimation(dir.filePath(QStringLiteral("backwards.gif")), options, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("not a stretch of this run")), qPrintable(error));
        options.from = 0;
        options.to = 1000;
        QVERIFY(!e.exportAnimation(dir.filePath(QStringLiteral("past.gif")), options, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("not a stretch of this run")), qPrintable(error));
    }

    // A frame equal to the one before is not stored again: its delay goes to the frame before, and the
    // frames that are stored hold only what changed (transparent elsewhere), yet compose to the pictures.
    void gifMergesFramesThatDidNotChange()
    {
        auto picture = [](int step) {
            QImage image(64, 48, QImage::Format_RGB32);
            image.fill(QColor(240, 240, 240));
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(QColor(30, 90, 200));
            p.drawEllipse(QRectF(4 + 10 * step, 10, 20, 20));
            p.end();
            return image;
        };
        const QList<int> steps{0, 0, 0, 1, 1, 2};
        GifPalette palette;
        for (int s : steps)
            palette.addFrame(picture(s));
        GifEncoder encoder(QSize(64, 48), palette.build());
        QString error;
        for (int s : steps)
            QVERIFY2(encoder.addFrame(picture(s), 10, &error), qPrintable(error));
        const QByteArray bytes = encoder.finish(200, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QCOMPARE(encoder.framesWritten(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merged.gif"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const DecodedGif gif = decodeGif(path);
        QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
        QCOMPARE(gif.delays, (QList<int>{30, 20, 210}));
        QVERIFY(gif.loopsForever);
        for (int i = 0; i < 3; ++i) {
            const Difference d = compare(gif.frames[i], picture(i));
            QVERIFY2(d.far == 0 && d.largest <= 16,
                     qPrintable(QStringLiteral("frame %1: %2").arg(i).arg(d.largest)));
        }
    }

    // H.264 in MP4 at 4 frames per second: libavformat finds every frame, the right size and length, the
    // index before the data (+faststart), and the decoded last frame is the picture of the end.
    void mp4PlaysTheRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.mp4"));
        Exporter e;
        compareView(e, QSize(480, 270));
        Exporter::AnimationOptions options;
        options.fps = 4;
        options.speed = 1;
        Exporter::AnimationResult result;
        QString error;
        QVERIFY2(e.exportAnimation(path, options, &result, &error), qPrintable(error));
        const qint64 frames = expectedFrames(e.endTime(), 4, 1);
        QCOMPARE(result.frames, frames);
        QCOMPARE(result.encoder, QStringLiteral("libx264"));
        QVERIFY2(result.note.isEmpty(), qPrintable(result.note));

        const DecodedVideo video = decodeVideo(path);
        QVERIFY2(video.error.isEmpty(), qPrintable(video.error));
        QCOMPARE(video.codec, QStringLiteral("h264"));
        QCOMPARE(video.size, QSize(480, 270));
        QCOMPARE(video.pixelFormat, int(AV_PIX_FMT_YUV420P));
        QCOMPARE(video.frames, int(frames));
        QVERIFY2(std::abs(video.duration - double(frames) / 4) < 0.01,
                 qPrintable(QString::number(video.duration)));
        QCOMPARE(video.frameRate, 4.0);
        QVERIFY(video.first != video.last);
        e.setCursorAtEnd();
        const double off = meanDifference(video.last, expectedLuma(e.renderImage()));
        QVERIFY2(off < 3, qPrintable(QString::number(off)));

        const QByteArray bytes = contentOf(path);
        QCOMPARE(bytes.mid(4, 4), QByteArray("ftyp"));
        QVERIFY(bytes.indexOf("moov") >= 0);
        QVERIFY2(bytes.indexOf("moov") < bytes.indexOf("mdat"), "the index is not at the front");

        // And as ffprobe counts it, when it is installed (scripts/install-deps.sh does not install it).
        const QString ffprobe = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
        if (!ffprobe.isEmpty()) {
            QProcess p;
            p.start(ffprobe, {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                              QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                              QStringLiteral("-show_entries"),
                              QStringLiteral("stream=codec_name,width,height,pix_fmt,nb_read_frames"),
                              QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
                     QStringLiteral("h264,480,270,yuv420p,%1").arg(frames));
        }
    }

    // Two exports of the same run write the same bytes, for either format.
    void sameRunSameBytes()
    {
        QTemporaryDir dir;
        for (const char *suffix : {"gif", "mp4"}) {
            QByteArray first;
            for (int i = 0; i < 2; ++i) {
                const QString path = dir.filePath(QStringLiteral("%1.%2").arg(i).arg(QLatin1String(suffix)));
                Exporter e;
                compareView(e, QSize(160, 90));
                QString error;
                QVERIFY2(e.exportAnimation(path, 2, 3, &error), qPrintable(error));
                if (i == 0) {
                    first = contentOf(path);
                    QVERIFY(first.size() > 1000);
                } else
                    QVERIFY2(contentOf(path) == first, suffix);
            }
        }
    }

    // H.264 with yuv420p needs even sides: an odd size is drawn one pixel smaller, and the result says so.
    void mp4EvenSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("odd.mp4"));
        Exporter e;
        compareView(e, QSize(161, 91));
        Exporter::AnimationOptions options;
        options.fps = 2;
        options.speed = 3;
        Exporter::AnimationResult result;
        QString error;
        QVERIFY2(e.exportAnimation(path, options, &result, &error), qPrintable(error));
        QCOMPARE(result.size, QSize(160, 90));
        QVERIFY2(result.note.contains(QStringLiteral("160×90")), qPrintable(result.note));
        QCOMPARE(decodeVideo(path).size, QSize(160, 90));
    }

    // Without libx264 the video falls back to FFmpeg's own MPEG-4 encoder and says so; with no encoder at
    // all the message names what was tried and what to do, and no file appears.
    void mp4EncoderFallback()
    {
        QTemporaryDir dir;
        Exporter e;
        compareView(e, QSize(160, 90));
        Exporter::AnimationOptions options;
        options.fps = 2;
        options.speed = 3;
        options.videoEncoders = {QStringLiteral("no-such-encoder"), QStringLiteral("mpeg4")};
        Exporter::AnimationResult result;
        QString error;
        const QString fallback = dir.filePath(QStringLiteral("fallback.mp4"));
        QVERIFY2(e.exportAnimation(fallback, options, &result, &error), qPrintable(error));
        QCOMPARE(result.encoder, QStringLiteral("mpeg4"));
        QVERIFY2(result.note.contains(QStringLiteral("libx264")), qPrintable(result.note));
        const DecodedVideo video = decodeVideo(fallback);
        QCOMPARE(video.codec, QStringLiteral("mpeg4"));
        QCOMPARE(video.frames, int(result.frames));

        options.videoEncoders = {QStringLiteral("no-such-encoder")};
        const QString none = dir.filePath(QStringLiteral("none.mp4"));
        QVERIFY(!e.exportAnimation(none, options, &result, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-encoder")) &&
                     error.contains(QStringLiteral(".gif")) && error.contains(none),
                 qPrintable(error));
        QVERIFY(!QFileInfo::exists(none));
    }

    // What cannot work is said before anything is drawn, and nothing is written.
    void refusals_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("fps");
        QTest::addColumn<double>("speed");
        QTest::addColumn<bool>("emptyRun");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing folder") << QStringLiteral("no/such/folder/a.gif") << 4.0 << 1.0 << false
                                        << QStringLiteral("does not exist");
        QTest::newRow("parent is a file") << QStringLiteral("blocker/a.mp4") << 4.0 << 1.0 << false
                                          << QStringLiteral("is a file, not a folder");
        QTest::newRow("too many frames")
            << QStringLiteral("long.mp4") << 120.0 << 0.01 << false << QStringLiteral("at most 2000");
        QTest::newRow("gif too fast") << QStringLiteral("fast.gif") << 60.0 << 1.0 << false
                                      << QStringLiteral("at most 50 frames per second");
        QTest::newRow("run of no time")
            << QStringLiteral("zero.gif") << 4.0 << 1.0 << true << QStringLiteral("nothing to play");
        QTest::newRow("unknown suffix")
            << QStringLiteral("a.avi") << 4.0 << 1.0 << false << QStringLiteral(".gif or .mp4");
    }
    void refusals()
    {
        QFETCH(QString, file);
        QFETCH(double, fps);
        QFETCH(double, speed);
        QFETCH(bool, emptyRun);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        {
            QFile blocker(dir.filePath(QStringLiteral("blocker")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        Exporter e;
        if (emptyRun) {
            e.setTrace(testing::runSource(QStringLiteral("print('no awaits, no time')\n")).trace,
                       QStringLiteral("main.py"));
            e.setView(Exporter::View::Player);
        } else {
            compareView(e, QSize(160, 90));
        }
        const QString path = dir.filePath(file);
        int calls = 0;
        Exporter::AnimationOptions options;
        options.fps = fps;
        options.speed = speed;
        options.progress = [&calls](qint64, qint64) { return ++calls > 0; };
        QString error;
        QVERIFY(!e.exportAnimation(path, options, nullptr, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(calls, 0); // refused before the first frame
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("blocker")});
        QCOMPARE(contentOf(dir.filePath(QStringLiteral("blocker"))), QByteArray());
    }

    // Cancelling from the progress callback stops the export and keeps the file that was there.
    void cancelKeepsTheOldFile()
    {
        QTemporaryDir dir;
        for (const char *suffix : {"gif", "mp4"}) {
            const QString path = dir.filePath(QStringLiteral("run.%1").arg(QLatin1String(suffix)));
            {
                QFile old(path);
                QVERIFY(old.open(QIODevice::WriteOnly));
                old.write("the previous export");
            }
            Exporter e;
            compareView(e, QSize(160, 90));
            Exporter::AnimationOptions options;
            options.fps = 4;
            options.progress = [](qint64 done, qint64) { return done < 5; };
            QString error;
            QVERIFY(!e.exportAnimation(path, options, nullptr, &error));
            QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
            QCOMPARE(contentOf(path), QByteArray("the previous export"));
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    // The command line of the issue: `export --lesson concurrent-tasks --view compare --out a.gif` (and
    // a.mp4) with no display.
    void commandLine_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("gif") << QStringLiteral("a.gif");
        QTest::newRow("mp4") << QStringLiteral("a.mp4");
    }
    void commandLine()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(file);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AWAITSCOPE_BINARY),
                {QStringLiteral("export"), QStringLiteral("--lesson"), QStringLiteral("concurrent-tasks"),
                 QStringLiteral("--view"), QStringLiteral("compare"), QStringLiteral("--size"),
                 QStringLiteral("320x180"), QStringLiteral("--fps"), QStringLiteral("3"),
                 QStringLiteral("--out"), path});
        QVERIFY(p.waitForFinished(120000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(err));
        const QString said = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(said.contains(QStringLiteral("Wrote ")) &&
                     said.contains(QStringLiteral("3 frames per second")),
                 qPrintable(said));
        if (file.endsWith(u".gif")) {
            const DecodedGif gif = decodeGif(path);
            QVERIFY2(gif.error.isEmpty(), qPrintable(gif.error));
            QVERIFY(gif.frames.size() >= 10);
            QCOMPARE(gif.size, QSize(320, 180));
            QVERIFY(gif.loopsForever);
        } else {
            const DecodedVideo video = decodeVideo(path);
            QVERIFY2(video.error.isEmpty(), qPrintable(video.error));
            QVERIFY(video.frames >= 10);
            QCOMPARE(video.size, QSize(320, 180));
        }
    }
};

QTEST_MAIN(TestAnimatedExport)
#include "tst_animatedexport.moc"
