#pragma once

#include "run/runservice.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace awaitscope::runwire {

// The window runs a program in a process of its own, awaitscope-runner (run/runner.h), so that a fault in
// the interpreter ends that process and not the window. They talk over the runner's stdin and stdout in
// frames: a 32-bit length, then one message (QDataStream, Qt 6.4's format). This is the only place that
// knows the layout.
//
// Window -> runner: one Request, then any number of Stop and Answer.
// Runner -> window: Piece while the program runs, Input when input() waits, one Final at the end.
enum class Message : quint8 { Request = 1, Stop, Answer, Piece = 10, Input, Final };

constexpr quint32 kMaxFrame = 1u << 30; // a longer frame is a broken stream, not a message

// What the runner needs besides the request's own fields: the texts of the limit hints (the window's
// hint is a function of the window) and whether input() asks the window.
struct RequestFrame
{
    RunRequest request;
    bool interactive = false; // input() asks the window (else it raises EOFError)
    QStringList limitHints;   // one per py::allLimits(), in that order
};

// The run's ending, with the events that came after the last Piece.
struct FinalFrame
{
    Trace::Piece piece;
    double endTime = 0.0;
    int exitStatus = 0;
    QString output;
    QString errorOutput;
    RunError error;
};

struct Frame
{
    Message kind = Message::Stop;
    QByteArray body; // the message's fields, read by the decode functions below
};

QByteArray encodeRequest(const RequestFrame &frame);
QByteArray encodeStop(const QString &reason);
QByteArray encodeAnswer(const std::optional<QString> &line); // nothing: the end of the input
QByteArray encodePiece(const Trace::Piece &piece);
QByteArray encodeInput(const QString &prompt);
QByteArray encodeFinal(const FinalFrame &frame);

// Each returns false for a body that does not hold its message.
bool decodeRequest(const QByteArray &body, RequestFrame *frame);
bool decodeStop(const QByteArray &body, QString *reason);
bool decodeAnswer(const QByteArray &body, std::optional<QString> *line);
bool decodePiece(const QByteArray &body, Trace::Piece *piece);
bool decodeInput(const QByteArray &body, QString *prompt);
bool decodeFinal(const QByteArray &body, FinalFrame *frame);

// Cuts a byte stream into frames as the bytes arrive.
class FrameReader
{
public:
    void feed(const QByteArray &bytes);
    // The next complete frame, or nothing yet. After a malformed length, broken() is true for good.
    std::optional<Frame> next();
    bool broken() const { return m_broken; }
    qsizetype pendingBytes() const { return m_buffer.size() - m_offset; }

private:
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    bool m_broken = false;
};

} // namespace awaitscope::runwire
