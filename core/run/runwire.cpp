#include "run/runwire.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace awaitscope::runwire {

namespace {

constexpr QDataStream::Version kStreamVersion = QDataStream::Qt_6_4;

// A frame: its length (the kind byte and the body), the kind, the body.
template<typename Write> QByteArray frame(Message kind, Write write)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << quint32(0) << quint8(kind);
    write(out);
    qToBigEndian(quint32(bytes.size() - qsizetype(sizeof(quint32))), bytes.data());
    return bytes;
}

template<typename Read> bool decode(const QByteArray &body, Read read)
{
    QDataStream in(body);
    in.setVersion(kStreamVersion);
    read(in);
    return in.status() == QDataStream::Ok && in.atEnd();
}

void writeEvents(QDataStream &out, const std::vector<TraceEvent> &events)
{
    out << quint64(events.size());
    for (const TraceEvent &e : events) {
        out << quint64(e.seq) << e.time << quint8(e.kind) << quint8(e.waitKind) << qint32(e.task)
            << qint32(e.other) << qint32(e.line) << e.text << bool(!e.data.isEmpty());
        if (!e.data.isEmpty())
            out << e.data;
    }
}

bool readEvents(QDataStream &in, std::vector<TraceEvent> *events)
{
    quint64 count = 0;
    in >> count;
    // Each event takes at least 27 bytes: a count beyond what the stream holds is a broken frame, not a
    // reason to reserve memory.
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()) / 27)
        return false;
    events->reserve(events->size() + count);
    for (quint64 i = 0; i < count; ++i) {
        TraceEvent e;
        quint64 seq = 0;
        quint8 kind = 0, waitKind = 0;
        qint32 task = -1, other = -1, line = 0;
        bool hasData = false;
        in >> seq >> e.time >> kind >> waitKind >> task >> other >> line >> e.text >> hasData;
        if (hasData)
            in >> e.data;
        if (in.status() != QDataStream::Ok || kind > quint8(TraceEvent::Kind::Note) ||
            waitKind > quint8(TraceEvent::WaitKind::Blocking))
            return false;
        e.seq = seq;
        e.kind = TraceEvent::Kind(kind);
        e.waitKind = TraceEvent::WaitKind(waitKind);
        e.task = task;
        e.other = other;
        e.line = line;
        events->push_back(std::move(e));
    }
    return true;
}

void writePiece(QDataStream &out, const Trace::Piece &piece)
{
    writeEvents(out, piece.events);
    out << quint64(piece.tasks.size());
    for (const TraceTask &t : piece.tasks)
        out << qint32(t.id) << t.name << qint32(t.parent) << qint32(t.createdLine) << t.coroutine << t.origin;
}

bool readPiece(QDataStream &in, Trace::Piece *piece)
{
    if (!readEvents(in, &piece->events))
        return false;
    quint64 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint64(in.device()->bytesAvailable()) / 12)
        return false;
    piece->tasks.reserve(count);
    for (quint64 i = 0; i < count; ++i) {
        TraceTask t;
        qint32 id = -1, parent = -1, line = 0;
        in >> id >> t.name >> parent >> line >> t.coroutine >> t.origin;
        t.id = id;
        t.parent = parent;
        t.createdLine = line;
        piece->tasks.push_back(std::move(t));
    }
    return in.status() == QDataStream::Ok;
}

void writeError(QDataStream &out, const RunError &error)
{
    out << quint8(error.kind) << error.type << error.message << qint32(error.line) << qint32(error.column)
        << quint32(error.frames.size());
    for (const RunError::Frame &f : error.frames)
        out << f.function << qint32(f.line) << f.file;
}

bool readError(QDataStream &in, RunError *error)
{
    quint8 kind = 0;
    qint32 line = 0, column = 0;
    quint32 frames = 0;
    in >> kind >> error->type >> error->message >> line >> column >> frames;
    if (in.status() != QDataStream::Ok || kind > quint8(RunError::Kind::Killed) ||
        frames > quint64(in.device()->bytesAvailable()) / 12)
        return false;
    error->kind = RunError::Kind(kind);
    error->line = line;
    error->column = column;
    for (quint32 i = 0; i < frames; ++i) {
        RunError::Frame f;
        qint32 frameLine = 0;
        in >> f.function >> frameLine >> f.file;
        f.line = frameLine;
        error->frames.append(f);
    }
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray encodeRequest(const RequestFrame &f)
{
    return frame(Message::Request, [&f](QDataStream &out) {
        const RunRequest &r = f.request;
        const py::RunLimits &l = r.limits;
        out << r.source << r.displayName << r.realClock << r.network << r.allowedHosts << r.moduleFolders
            << qint32(l.maxRecursion) << qint64(l.maxSteps) << qint64(l.maxMemoryMB) << qint64(l.maxTasks)
            << qint64(l.maxOutput) << qint64(l.maxTraceEvents) << r.keepOutput << f.interactive
            << f.limitHints << r.translationFile;
    });
}

bool decodeRequest(const QByteArray &body, RequestFrame *f)
{
    return decode(body, [f](QDataStream &in) {
        RunRequest &r = f->request;
        py::RunLimits &l = r.limits;
        qint32 recursion = 0;
        qint64 steps = 0, memory = 0, tasks = 0, output = 0, traceEvents = 0;
        in >> r.source >> r.displayName >> r.realClock >> r.network >> r.allowedHosts >> r.moduleFolders >>
            recursion >> steps >> memory >> tasks >> output >> traceEvents >> r.keepOutput >>
            f->interactive >> f->limitHints >> r.translationFile;
        l.maxRecursion = recursion;
        l.maxSteps = steps;
        l.maxMemoryMB = memory;
        l.maxTasks = tasks;
        l.maxOutput = output;
        l.maxTraceEvents = traceEvents;
    });
}

QByteArray encodeStop(const QString &reason)
{
    return frame(Message::Stop, [&reason](QDataStream &out) { out << reason; });
}

bool decodeStop(const QByteArray &body, QString *reason)
{
    return decode(body, [reason](QDataStream &in) { in >> *reason; });
}

QByteArray encodeAnswer(const std::optional<QString> &line)
{
    return frame(Message::Answer,
                 [&line](QDataStream &out) { out << line.has_value() << line.value_or(QString()); });
}

bool decodeAnswer(const QByteArray &body, std::optional<QString> *line)
{
    return decode(body, [line](QDataStream &in) {
        bool has = false;
        QString text;
        in >> has >> text;
        *line = has ? std::optional<QString>(text) : std::nullopt;
    });
}

QByteArray encodePiece(const Trace::Piece &piece)
{
    return frame(Message::Piece, [&piece](QDataStream &out) { writePiece(out, piece); });
}

bool decodePiece(const QByteArray &body, Trace::Piece *piece)
{
    bool ok = false;
    return decode(body, [piece, &ok](QDataStream &in) { ok = readPiece(in, piece); }) && ok;
}

QByteArray encodeInput(const QString &prompt)
{
    return frame(Message::Input, [&prompt](QDataStream &out) { out << prompt; });
}

bool decodeInput(const QByteArray &body, QString *prompt)
{
    return decode(body, [prompt](QDataStream &in) { in >> *prompt; });
}

QByteArray encodeFinal(const FinalFrame &f)
{
    return frame(Message::Final, [&f](QDataStream &out) {
        writePiece(out, f.piece);
        out << f.endTime << qint32(f.exitStatus) << f.output << f.errorOutput;
        writeError(out, f.error);
    });
}

bool decodeFinal(const QByteArray &body, FinalFrame *f)
{
    bool ok = false;
    return decode(body,
                  [f, &ok](QDataStream &in) {
                      if (!readPiece(in, &f->piece))
                          return;
                      qint32 status = 0;
                      in >> f->endTime >> status >> f->output >> f->errorOutput;
                      f->exitStatus = status;
                      ok = readError(in, &f->error);
                  }) &&
           ok;
}

void FrameReader::feed(const QByteArray &bytes)
{
    if (m_broken)
        return;
    // What was read is dropped now and then, not at every frame (a big piece arrives in many reads).
    if (m_offset > 0 && m_offset >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    m_buffer.append(bytes);
}

std::optional<Frame> FrameReader::next()
{
    if (m_broken || pendingBytes() < qsizetype(sizeof(quint32)) + 1)
        return std::nullopt;
    const char *p = m_buffer.constData() + m_offset;
    const quint32 length = qFromBigEndian<quint32>(p);
    const quint8 kind = quint8(p[sizeof(quint32)]);
    const bool known = kind == quint8(Message::Request) || kind == quint8(Message::Stop) ||
                       kind == quint8(Message::Answer) || kind == quint8(Message::Piece) ||
                       kind == quint8(Message::Input) || kind == quint8(Message::Final);
    if (length == 0 || length > kMaxFrame || !known) {
        m_broken = true;
        return std::nullopt;
    }
    if (pendingBytes() < qsizetype(sizeof(quint32)) + qsizetype(length))
        return std::nullopt;
    Frame f;
    f.kind = Message(kind);
    f.body = m_buffer.mid(m_offset + qsizetype(sizeof(quint32)) + 1, qsizetype(length) - 1);
    m_offset += qsizetype(sizeof(quint32)) + qsizetype(length);
    if (m_offset == m_buffer.size()) {
        m_buffer.clear();
        m_offset = 0;
    }
    return f;
}

} // namespace awaitscope::runwire
