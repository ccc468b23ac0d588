#include "export/videoencoder.h"

#include <QCoreApplication>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(VideoEncoder)
};

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

bool takesYuv420p(const AVCodec *codec)
{
    if (!codec->pix_fmts)
        return true;
    for (const AVPixelFormat *f = codec->pix_fmts; *f != AV_PIX_FMT_NONE; ++f)
        if (*f == AV_PIX_FMT_YUV420P)
            return true;
    return false;
}

} // namespace

struct VideoEncoder::State
{
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVStream *stream = nullptr;
    AVFrame *frame = nullptr;
    AVPacket *packet = nullptr;
    SwsContext *scale = nullptr;
    QSize size;
    qint64 pts = 0;
    bool headerWritten = false;
    bool finished = false;
    QString encoder;

    ~State()
    {
        sws_freeContext(scale);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        if (format) {
            if (format->pb)
                avio_closep(&format->pb);
            avformat_free_context(format);
        }
    }

    // Hands `f` (nullptr: the end) to the encoder and writes the packets that come out.
    bool send(const AVFrame *f, QString *error)
    {
        int rc = avcodec_send_frame(codec, f);
        if (rc < 0) {
            if (error)
                *error = Tr::tr("The video encoder %1 refused a frame: %2").arg(encoder, avError(rc));
            return false;
        }
        for (;;) {
            rc = avcodec_receive_packet(codec, packet);
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return true;
            if (rc < 0) {
                if (error)
                    *error = Tr::tr("The video encoder %1 failed: %2").arg(encoder, avError(rc));
                return false;
            }
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            rc = av_interleaved_write_frame(format, packet); // takes the packet's data
            if (rc < 0) {
                if (error)
                    *error = Tr::tr("Cannot write the video: %1").arg(avError(rc));
                return false;
            }
        }
    }
};

QStringList VideoEncoder::defaultEncoders()
{
    return {QStringLiteral("libx264"), QStringLiteral("mpeg4")};
}

VideoEncoder::VideoEncoder()
    : m(std::make_unique<State>())
{
}

VideoEncoder::~VideoEncoder() = default;

QString VideoEncoder::encoderName() const
{
    return m->encoder;
}

bool VideoEncoder::isH264() const
{
    return m->codec && m->codec->codec_id == AV_CODEC_ID_H264;
}

bool VideoEncoder::open(const QString &path, QSize size, double fps, const QStringList &encoders,
                        QString *error)
{
    av_log_set_level(AV_LOG_ERROR); // the encoders' statistics are not for the terminal
    if (size.width() % 2 || size.height() % 2 || size.isEmpty()) {
        if (error)
            *error = Tr::tr("A video needs an even width and height, not %1×%2.")
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    m->size = size;
    // "file:" keeps a colon in the name from being read as a protocol.
    const QByteArray url = QByteArrayLiteral("file:") + path.toUtf8();
    int rc = avformat_alloc_output_context2(&m->format, nullptr, "mp4", url.constData());
    if (rc < 0 || !m->format) {
        if (error)
            *error = Tr::tr("This FFmpeg cannot write MP4 files: %1").arg(avError(rc));
        return false;
    }
    m->format->flags |= AVFMT_FLAG_BITEXACT; // no version strings: the same frames give the same bytes

    const AVRational rate = av_d2q(fps, 1000);
    QStringList tried;
    for (const QString &name : encoders) {
        const AVCodec *codec = avcodec_find_encoder_by_name(name.toUtf8().constData());
        if (!codec || codec->type != AVMEDIA_TYPE_VIDEO || !takesYuv420p(codec)) {
            tried << Tr::tr("%1 (not in this FFmpeg)").arg(name);
            continue;
        }
        AVCodecContext *c = avcodec_alloc_context3(codec);
        c->width = size.width();
        c->height = size.height();
        c->pix_fmt = AV_PIX_FMT_YUV420P;
        c->time_base = av_inv_q(rate);
        c->framerate = rate;
        c->gop_size = std::max(1, int(std::lround(fps * 5))); // a key frame every 5 s, for seeking
        c->color_range = AVCOL_RANGE_MPEG;
        c->colorspace = AVCOL_SPC_BT709;
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
        c->flags |= AV_CODEC_FLAG_BITEXACT;
        c->thread_count = 4; // fixed, so that every machine writes the same bytes
        if (m->format->oformat->flags & AVFMT_GLOBALHEADER)
            c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary *options = nullptr;
        if (codec->id == AV_CODEC_ID_H264) {
            // Flat colours and small text: a constant quality that keeps letters sharp, and the tuning
            // for still pictures (less smoothing of edges).
            av_dict_set(&options, "crf", "20", 0);
            av_dict_set(&options, "preset", "medium", 0);
            av_dict_set(&options, "tune", "stillimage", 0);
            av_dict_set(&options, "profile", "high", 0);
        } else {
            c->flags |= AV_CODEC_FLAG_QSCALE;
            c->global_quality = FF_QP2LAMBDA * 3;
            c->max_b_frames = 0;
        }
        rc = avcodec_open2(c, codec, &options);
        av_dict_free(&options);
        if (rc < 0) {
            tried << Tr::tr("%1 (%2)").arg(name, avError(rc));
            avcodec_free_context(&c);
            continue;
        }
        m->codec = c;
        m->encoder = name;
        break;
    }
    if (!m->codec) {
        if (error)
            *error = Tr::tr("No video encoder could be opened (tried %1). Install FFmpeg's libavcodec with "
                            "libx264 (Debian: libavcodec59), or export a .gif instead.")
                         .arg(tried.join(QStringLiteral(", ")));
        return false;
    }

    m->stream = avformat_new_stream(m->format, nullptr);
    if (!m->stream || avcodec_parameters_from_context(m->stream->codecpar, m->codec) < 0) {
        if (error)
            *error = Tr::tr("Cannot set up the video stream.");
        return false;
    }
    m->stream->time_base = m->codec->time_base;
    m->stream->avg_frame_rate = rate;

    rc = avio_open(&m->format->pb, url.constData(), AVIO_FLAG_WRITE);
    if (rc < 0) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, avError(rc));
        return false;
    }
    // The index (moov) goes before the frames once they are written: players start at once.
    AVDictionary *muxOptions = nullptr;
    av_dict_set(&muxOptions, "movflags", "+faststart", 0);
    rc = avformat_write_header(m->format, &muxOptions);
    av_dict_free(&muxOptions);
    if (rc < 0) {
        if (error)
            *error = Tr::tr("Cannot write %1: %2").arg(path, avError(rc));
        return false;
    }
    m->headerWritten = true;

    m->frame = av_frame_alloc();
    m->packet = av_packet_alloc();
    if (m->frame) {
        m->frame->format = AV_PIX_FMT_YUV420P;
        m->frame->width = size.width();
        m->frame->height = size.height();
    }
    if (!m->frame || !m->packet || av_frame_get_buffer(m->frame, 0) < 0) {
        if (error)
            *error = Tr::tr("Out of memory for a video frame.");
        return false;
    }
    // QImage's RGB32 is B, G, R, X in memory on this (little-endian) machine.
    m->scale = sws_getContext(size.width(), size.height(), AV_PIX_FMT_BGR0, size.width(), size.height(),
                              AV_PIX_FMT_YUV420P, SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INP,
                              nullptr, nullptr, nullptr);
    if (!m->scale) {
        if (error)
            *error = Tr::tr("Cannot convert the frames to the video's colours (libswscale).");
        return false;
    }
    // Full-range RGB in, BT.709 limited range out, as the stream says.
    sws_setColorspaceDetails(m->scale, sws_getCoefficients(SWS_CS_ITU709), 1,
                             sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
    return true;
}

bool VideoEncoder::addFrame(const QImage &image, QString *error)
{
    if (!m->headerWritten || m->finished) {
        if (error)
            *error = Tr::tr("The video is not open.");
        return false;
    }
    const QImage rgb = image.size() == m->size
                           ? image.convertToFormat(QImage::Format_RGB32)
                           : image.copy(QRect(QPoint(0, 0), m->size)).convertToFormat(QImage::Format_RGB32);
    const int rc = av_frame_make_writable(m->frame);
    if (rc < 0) {
        if (error)
            *error = Tr::tr("The video encoder failed: %1").arg(avError(rc));
        return false;
    }
    const uint8_t *source[1] = {rgb.constBits()};
    const int stride[1] = {int(rgb.bytesPerLine())};
    sws_scale(m->scale, source, stride, 0, m->size.height(), m->frame->data, m->frame->linesize);
    m->frame->pts = m->pts++;
    return m->send(m->frame, error);
}

bool VideoEncoder::finish(QString *error)
{
    if (!m->headerWritten || m->finished) {
        if (error)
            *error = Tr::tr("The video is not open.");
        return false;
    }
    m->finished = true;
    if (!m->send(nullptr, error))
        return false;
    int rc = av_write_trailer(m->format);
    if (rc >= 0)
        rc = m->format->pb->error;
    const int closed = avio_closep(&m->format->pb);
    if (rc >= 0)
        rc = closed;
    if (rc < 0) {
        if (error)
            *error = Tr::tr("Cannot finish the video: %1").arg(avError(rc));
        return false;
    }
    return true;
}

} // namespace awaitscope
