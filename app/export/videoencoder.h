#pragma once

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <memory>

namespace awaitscope {

// An H.264 video in an MP4 file, through FFmpeg (libavcodec, libavformat, libswscale): yuv420p, a
// constant frame rate, tuned for flat colours and text, with the index at the front of the file
// (+faststart) so that browsers and slide tools start playing before the whole file has arrived.
class VideoEncoder
{
public:
    // The encoders tried in turn: libx264 (H.264; Debian's libavcodec has it), then FFmpeg's own MPEG-4
    // part 2 encoder, which every build has but fewer players take.
    static QStringList defaultEncoders();

    VideoEncoder();
    ~VideoEncoder();
    VideoEncoder(const VideoEncoder &) = delete;
    VideoEncoder &operator=(const VideoEncoder &) = delete;

    // Opens `path` (written directly: the caller makes it atomic) for frames of `size` (even on both
    // sides) at `fps` frames per second, with the first of `encoders` that opens.
    bool open(const QString &path, QSize size, double fps, const QStringList &encoders, QString *error);
    bool addFrame(const QImage &image, QString *error);
    // Flushes the encoder and writes the index; the file is complete when this returns true.
    bool finish(QString *error);

    QString encoderName() const; // the encoder that opened, e.g. "libx264"
    bool isH264() const;

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace awaitscope
