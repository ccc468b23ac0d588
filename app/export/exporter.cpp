#include "export/exporter.h"
#include "export/gifencoder.h"
#include "export/videoencoder.h"
#include "io/userfile.h"
#include "player/combinatorpanel.h"
#include "trace/runstatetext.h"

#include "compare/compareview.h"
#include "timeline/timelinegeometry.h"
#include "timeline/timelinepainter.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

struct Tr
{
    // lupdate files tr() calls outside a class under the namespace's name.
    Q_DECLARE_TR_FUNCTIONS(awaitscope)
};

QString tr(const char *text)
{
    return Tr::tr(text);
}

QString formatMoment(double seconds)
{
    return CompareView::formatTotal(seconds);
}

// A rounded box with a heading and as many lines as fit; `fromEnd` keeps the last lines (a console).
void paintPanel(QPainter &p, const QRectF &box, const QString &heading, const QStringList &lines,
                const ExportTheme &theme, bool fromEnd, bool monospace)
{
    const TimelineTheme &t = theme.timeline;
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(theme.panelBorder, 1.0));
    p.setBrush(theme.panelBackground);
    const double radius = theme.fontPixels * 0.4;
    p.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    p.setRenderHint(QPainter::Antialiasing, false);

    const double pad = std::round(theme.fontPixels * 0.6);
    const QFont headFont = theme.font(1.0, true);
    QFont bodyFont = theme.font(0.9);
    if (monospace)
        bodyFont.setFamily(QStringLiteral("DejaVu Sans Mono"));
    const QFontMetricsF hm(headFont);
    const QFontMetricsF bm(bodyFont);
    const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
    p.setClipRect(inner);
    p.setFont(headFont);
    p.setPen(t.text);
    p.drawText(QPointF(inner.left(), inner.top() + hm.ascent()), heading);
    double y = inner.top() + hm.height() + pad / 2;
    const int fit = std::max(0, int((inner.bottom() - y) / bm.lineSpacing()));
    // Long lines wrap (indented under their first part) rather than lose their end.
    struct Row
    {
        QString text;
        bool muted;
    };
    std::vector<Row> rows;
    for (const QString &line : lines) {
        const bool muted = line.startsWith(u' ');
        const QString indent(line.startsWith(u' ') ? 5 : 2, u' ');
        QString rest = line;
        bool firstPart = true;
        while (!rest.isEmpty()) {
            const QString prefix = firstPart ? QString() : indent;
            if (bm.horizontalAdvance(prefix + rest) <= inner.width()) {
                rows.push_back({prefix + rest, muted});
                break;
            }
            qsizetype cut = rest.size();
            while (cut > 1 && bm.horizontalAdvance(prefix + rest.left(cut)) > inner.width())
                --cut;
            const qsizetype space = rest.left(cut).lastIndexOf(u' ');
            if (space > cut / 3)
                cut = space;
            rows.push_back({prefix + rest.left(cut), muted});
            rest = rest.mid(cut).trimmed();
            firstPart = false;
        }
    }
    // What does not fit is said, not silently dropped: the last line that fits becomes "+N more lines" (for a
    // console that keeps its end, the first becomes "+N earlier lines").
    const qsizetype total = qsizetype(rows.size());
    const bool cut = total > fit && fit > 0;
    const qsizetype count = cut ? fit - 1 : std::min<qsizetype>(fit, total);
    const qsizetype first = fromEnd ? total - count : 0;
    p.setFont(bodyFont);
    if (lines.isEmpty()) {
        p.setPen(t.mutedText);
        p.drawText(QPointF(inner.left(), y + bm.ascent()), tr("(nothing yet)"));
    }
    auto drawNote = [&](const QString &text) {
        p.setPen(t.mutedText);
        p.drawText(QPointF(inner.left(), y + bm.ascent()), text);
        y += bm.lineSpacing();
    };
    if (cut && fromEnd)
        drawNote(total - count == 1 ? tr("+1 earlier line") : tr("+%1 earlier lines").arg(total - count));
    for (qsizetype i = first; i < first + count; ++i) {
        const Row &row = rows[size_t(i)];
        p.setPen(row.muted ? t.mutedText : t.text);
        p.drawText(QPointF(inner.left(), y + bm.ascent()), row.text);
        y += bm.lineSpacing();
    }
    if (cut && !fromEnd)
        drawNote(total - count == 1 ? tr("+1 more line") : tr("+%1 more lines").arg(total - count));
    p.restore();
}

// The player's panels at an event, as the player shows them (the same sentences: core/trace/runstatetext).
QStringList combinatorLines(const RunModel &m, EventIndex event)
{
    const RunStateText text(m);
    QStringList lines;
    for (const CombinatorSnapshot &s : text.shownCombinators(event, CombinatorPanel::MaxCards))
        lines << RunStateText::cardLines(text.card(s));
    return lines;
}

QStringList loopLines(const RunModel &m, EventIndex event)
{
    const RunStateText text(m);
    const LoopSnapshot loop = m.loopAt(event);
    QStringList lines;
    lines << text.moment(event);
    if (event >= 0)
        lines << m.describeEvent(event).section(QStringLiteral(" · "), 1);
    lines << text.readyQueue(loop);
    lines << text.timers(loop);
    return lines;
}

TimelineGeometry timelineGeometry(const RunModel &m, const TimelineRows &rows, const QRectF &area,
                                  const ExportTheme &theme)
{
    const QFontMetricsF fm(theme.timeline.font);
    const double line = fm.height();
    TimelineGeometry g;
    g.width = area.width();
    g.height = area.height();
    g.labelWidth =
        std::round(std::min(TimelinePainter::labelWidth(m, rows, theme.timeline.font), area.width() * 0.3));
    g.axisHeight = std::round(line * 1.9);
    g.legendHeight = std::round(line * 1.6);
    const double lanesSpace = area.height() - g.axisHeight - g.legendHeight;
    // Rows stay readable (a name in each); when they do not all fit, the rows that fit share the space and
    // paintTimeline() says how many are left out.
    g.laneHeight = TimelinePainter::rowHeight(lanesSpace, rows.count(), std::ceil(line * 1.25), line * 2.2);
    // fitAll() leaves 5% of room after the last event, as on screen, so that what happens at the very end is
    // not a sliver at the edge.
    const double start = std::min(0.0, m.startTime());
    const double end = std::max(m.endTime(), 1e-3);
    g.setDataRange(start, end);
    g.fitAll();
    return g;
}

// The timeline of an export. Rows stay readable; when they do not all fit, the last row's room below the
// lanes says how many tasks are left out, rather than squeezing or silently cropping them.
void paintTimeline(QPainter &p, const QRectF &area, const RunModel &m, const ExportTheme &theme, double at,
                   EventIndex event)
{
    const TimelineRows rows(m, {});
    TimelinePainter::paintRows(p, area, m, rows, timelineGeometry(m, rows, area, theme), at, theme.timeline,
                               event);
}

// Dates and document ids that QPdfWriter takes from the clock, replaced with fixed text of the same length
// (so every byte offset in the file stays right).
QByteArray withFixedPdfDates(QByteArray pdf)
{
    static const QRegularExpression pdfDate(QStringLiteral(R"(\(D:\d{14}[^)]*\))"));
    static const QRegularExpression isoDate(
        QStringLiteral(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d)?)"));
    static const QRegularExpression uuid(
        QStringLiteral(R"([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"));
    static const QRegularExpression trailerId(
        QStringLiteral(R"(/ID\s*\[\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>)"));
    // Latin-1 keeps one character per byte, binary streams included.
    QString text = QString::fromLatin1(pdf);
    auto replaceAll = [&](const QRegularExpression &re, auto makeFixed) {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        std::vector<QRegularExpressionMatch> matches;
        while (it.hasNext())
            matches.push_back(it.next());
        for (auto m = matches.rbegin(); m != matches.rend(); ++m)
            makeFixed(*m);
    };
    // Digits become the fixed moment 2000-01-01 00:00:00 UTC; signs and separators keep their places.
    auto fixDigits = [&](const QRegularExpressionMatch &m, const QString &fixed) {
        for (qsizetype i = 0, d = 0; i < m.capturedLength(); ++i) {
            QChar &c = text[m.capturedStart() + i];
            if (c.isDigit())
                c = d < fixed.size() ? fixed[d++] : u'0';
            else if (c == u'-' && d >= fixed.size())
                c = u'+';
        }
    };
    replaceAll(pdfDate,
               [&](const QRegularExpressionMatch &m) { fixDigits(m, QStringLiteral("20000101000000")); });
    replaceAll(isoDate,
               [&](const QRegularExpressionMatch &m) { fixDigits(m, QStringLiteral("20000101000000")); });
    replaceAll(uuid, [&](const QRegularExpressionMatch &m) {
        text.replace(m.capturedStart(), m.capturedLength(),
                     QStringLiteral("00000000-0000-0000-0000-000000000000"));
    });
    replaceAll(trailerId, [&](const QRegularExpressionMatch &m) {
        for (int i = 2; i >= 1; --i)
            text.replace(m.capturedStart(i), m.capturedLength(i), QString(m.capturedLength(i), u'0'));
    });
    return text.toLatin1();
}

} // namespace

Exporter::Exporter()
    : m_first(std::make_unique<RunModel>())
    , m_second(std::make_unique<RunModel>())
{
}

Exporter::~Exporter() = default;

void Exporter::setTrace(const Trace &trace, const QString &title)
{
    m_first->setTrace(trace);
    m_firstTitle = title;
}

void Exporter::setComparison(const Trace &first, const QString &firstTitle, const Trace &second,
                             const QString &secondTitle)
{
    m_first->setTrace(first);
    m_second->setTrace(second);
    m_firstTitle = firstTitle;
    m_secondTitle = secondTitle;
}

double Exporter::endTime() const
{
    double end = std::max(m_first->endTime(), m_first->trace().endTime);
    if (m_view == View::Compare)
        end = std::max({end, m_second->endTime(), m_second->trace().endTime});
    return end;
}

double Exporter::cursor() const
{
    if (m_cursorEvent) {
        const EventIndex e = cursorEvent();
        return e >= 0 ? m_first->eventTimes()[size_t(e)] : m_first->startTime();
    }
    return m_cursor ? std::clamp(*m_cursor, 0.0, std::max(0.0, endTime())) : endTime();
}

EventIndex Exporter::cursorEvent() const
{
    if (m_cursorEvent)
        return std::clamp<EventIndex>(*m_cursorEvent, -1, m_first->eventCount() - 1);
    return m_first->lastEventAtOrBefore(cursor());
}

QString Exporter::text() const
{
    const QString title = m_caption.isEmpty() ? m_firstTitle : m_caption;
    if (m_view != View::Compare)
        return RunStateText(*m_first).describe(cursorEvent(), title);
    QString out = title.isEmpty() ? QString() : title + QLatin1Char('\n');
    out += CompareView::headline(CompareView::Run{m_first.get(), m_firstTitle},
                                 CompareView::Run{m_second.get(), m_secondTitle}) +
           QLatin1Char('\n');
    out += QLatin1Char('\n') + RunStateText(*m_first).describe(cursorEvent(), m_firstTitle);
    out += QLatin1Char('\n') +
           RunStateText(*m_second).describe(m_second->lastEventAtOrBefore(cursor()), m_secondTitle);
    return out;
}

QString Exporter::captionText() const
{
    if (m_caption.isEmpty())
        return {};
    return tr("%1 · at %2").arg(m_caption, formatMoment(cursor()));
}

void Exporter::paint(QPainter &p, const QRectF &target) const
{
    const ExportTheme theme = ExportTheme::make(m_theme, target.height());
    const TimelineTheme &t = theme.timeline;
    const double at = cursor();
    p.save();
    p.setClipRect(target);
    p.fillRect(target, t.background);
    QRectF area = target;

    const QString caption = captionText();
    if (!caption.isEmpty()) {
        const QFont font = theme.font(1.25, true);
        const QFontMetricsF fm(font);
        const double pad = std::round(theme.fontPixels * 0.7);
        const QRectF band(target.left(), target.top(), target.width(), fm.height() + 2 * pad);
        p.fillRect(band, t.axisBackground);
        p.fillRect(QRectF(band.left(), band.bottom() - 3, band.width(), 3), t.cursor);
        p.setFont(font);
        p.setPen(t.text);
        p.drawText(band.adjusted(pad, 0, -pad, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(caption, Qt::ElideRight, band.width() - 2 * pad));
        area.setTop(band.bottom());
    }

    switch (m_view) {
    case View::Timeline:
        paintTimeline(p, area, *m_first, theme, at, cursorEvent());
        break;
    case View::Player:
        paintPlayer(p, area, theme, at);
        break;
    case View::Compare:
        CompareView::paintComparison(p, area, CompareView::Run{m_first.get(), m_firstTitle},
                                     CompareView::Run{m_second.get(), m_secondTitle}, at, t);
        break;
    }
    p.restore();
}

void Exporter::paintPlayer(QPainter &p, const QRectF &area, const ExportTheme &theme, double at) const
{
    const RunModel &m = *m_first;
    const double pad = std::round(theme.fontPixels * 0.6);
    const QRectF timeline(area.left(), area.top(), area.width(), std::round(area.height() * 0.6));
    const EventIndex event = cursorEvent();
    paintTimeline(p, timeline, m, theme, at, event);

    const QRectF panels =
        QRectF(area.left(), timeline.bottom(), area.width(), area.bottom() - timeline.bottom())
            .adjusted(pad, pad, -pad, -pad);
    const double column = (panels.width() - 2 * pad) / 3.0;
    auto box = [&](int i) {
        return QRectF(panels.left() + i * (column + pad), panels.top(), column, panels.height());
    };
    paintPanel(p, box(0), tr("Combinators"), combinatorLines(m, event), theme, false, false);
    paintPanel(p, box(1), tr("Event loop"), loopLines(m, event), theme, false, false);
    QStringList output = m.consoleAt(event).split(u'\n');
    if (!output.isEmpty() && output.constLast().isEmpty())
        output.removeLast();
    paintPanel(p, box(2), tr("Console"), output, theme, true, true);
}

QImage Exporter::renderImage() const
{
    QImage image(m_size, QImage::Format_RGB32);
    image.setDotsPerMeterX(3780); // 96 dpi, whatever the screen says
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    paint(p, QRectF(QPointF(0, 0), QSizeF(m_size)));
    p.end();
    return image;
}

QByteArray Exporter::render(Format format, QString *error) const
{
    if (m_size.width() < 16 || m_size.height() < 16 || m_size.width() > 16384 || m_size.height() > 16384) {
        if (error)
            *error = tr("The picture size %1×%2 is out of range: use 16 to 16384 pixels on each side.")
                         .arg(m_size.width())
                         .arg(m_size.height());
        return {};
    }
    if (format == Format::Text)
        return text().toUtf8();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const QRectF target(QPointF(0, 0), QSizeF(m_size));
    const QString title = m_caption.isEmpty() ? QStringLiteral("Awaitscope") : m_caption;
    switch (format) {
    case Format::Png: {
        QImageWriter writer(&buffer, "png");
        if (!writer.write(renderImage())) {
            if (error)
                *error = tr("Could not encode the PNG image: %1").arg(writer.errorString());
            return {};
        }
        break;
    }
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_size);
        svg.setViewBox(target);
        svg.setResolution(96);
        svg.setTitle(title);
        svg.setDescription(tr("A run drawn by Awaitscope"));
        QPainter p(&svg);
        paint(p, target);
        p.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(96);
        pdf.setCreator(QStringLiteral("Awaitscope"));
        pdf.setTitle(title);
        // One page exactly the picture's size (in points: 72 per inch at 96 pixels per inch).
        pdf.setPageSize(QPageSize(QSizeF(m_size.width() * 0.75, m_size.height() * 0.75), QPageSize::Point,
                                  QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter p(&pdf);
        p.scale(pdf.width() / target.width(), pdf.height() / target.height());
        paint(p, target);
        p.end();
        buffer.close();
        return withFixedPdfDates(bytes);
    }
    case Format::Text:
        break; // answered above
    case Format::Gif:
    case Format::Mp4:
        if (error)
            *error = tr("A GIF or an MP4 is an animation of the whole run, not one picture.");
        return {};
    }
    return bytes;
}

std::optional<Exporter::Format> Exporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"txt")
        return Format::Text;
    if (suffix == u"gif")
        return Format::Gif;
    if (suffix == u"mp4")
        return Format::Mp4;
    return std::nullopt;
}

bool Exporter::parseSize(const QString &text, QSize *size)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1080p" || t == u"fullhd" || t == u"hd") {
        *size = FullHd;
        return true;
    }
    if (t == u"4k" || t == u"2160p" || t == u"uhd") {
        *size = UltraHd;
        return true;
    }
    static const QRegularExpression re(QStringLiteral(R"(^(\d{1,5})\s*[x×]\s*(\d{1,5})$)"));
    const QRegularExpressionMatch m = re.match(t);
    if (!m.hasMatch())
        return false;
    const QSize s(m.captured(1).toInt(), m.captured(2).toInt());
    if (s.width() < 16 || s.height() < 16 || s.width() > 16384 || s.height() > 16384)
        return false;
    *size = s;
    return true;
}

bool Exporter::exportToFile(const QString &path, QString *error) const
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        if (error)
            *error =
                tr("Cannot tell the format of %1: name it .png, .svg, .pdf, .txt, .gif or .mp4.").arg(path);
        return false;
    }
    if (isAnimated(*format))
        return exportAnimation(path, AnimationOptions{}, nullptr, error);
    QString why;
    const QByteArray bytes = render(*format, &why);
    if (bytes.isEmpty()) {
        if (error)
            *error = why.isEmpty() ? tr("Nothing was drawn for %1.").arg(path) : why;
        return false;
    }
    return writeFileAtomically(path, bytes, error);
}

bool Exporter::copyToClipboard(QString *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        if (error)
            *error = tr("There is no clipboard without a graphical session.");
        return false;
    }
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        if (error)
            *error = tr("The clipboard is not available.");
        return false;
    }
    clipboard->setImage(renderImage());
    return true;
}

double Exporter::FramePlan::momentOf(qint64 frame) const
{
    // The last frame is the end itself, so that the animation never stops short of it.
    return frame >= count - 1 ? end : std::min(end, start + double(frame) * speed / fps);
}

bool Exporter::planFrames(double fps, double speed, qint64 maxFrames, bool animation, FramePlan *plan,
                          QString *error, double from, double to) const
{
    if (!(fps > 0 && fps <= 120) || !(speed > 0)) {
        if (error)
            *error = tr("Frames need a frame rate between 1 and 120 and a positive speed.");
        return false;
    }
    const double runEnd = std::max(0.0, endTime());
    if (animation && !(runEnd > 0)) {
        if (error)
            *error = tr("The run takes no time on its clock (it ends at 0 s), so there is nothing to play: "
                        "export a picture (.png) instead.");
        return false;
    }
    const double end = to < 0 ? runEnd : to;
    if (!(from >= 0) || !(end <= runEnd + 1e-9) || !(from < end) || (animation && !(end - from > 0))) {
        if (error)
            *error =
                tr("%1 s to %2 s is not a stretch of this run, which lasts %3 s: give a start before the "
                   "end, both within the run.")
                    .arg(from, 0, 'f', 3)
                    .arg(end, 0, 'f', 3)
                    .arg(runEnd, 0, 'f', 3);
        return false;
    }
    // Counted in floating point: a run of 1e300 seconds must not wrap around an integer.
    const double wanted = std::floor((end - from) / speed * fps + 1e-9) + 1;
    if (!(wanted <= double(maxFrames))) {
        if (error)
            *error = tr("%1 frames are too many (at most %2): raise --speed or lower --fps.")
                         .arg(wanted, 0, 'g', 3)
                         .arg(maxFrames);
        return false;
    }
    plan->start = from;
    plan->end = end;
    plan->fps = fps;
    plan->speed = speed;
    // An animation shows at least the start and the end, however short the run.
    plan->count = std::max<qint64>(animation ? 2 : 1, qint64(wanted));
    return true;
}

bool Exporter::drawFrames(const FramePlan &plan, QSize size, qint64 step,
                          const std::function<bool(qint64, const QImage &)> &sink) const
{
    Exporter frame;
    copySettingsTo(frame);
    frame.setSize(size);
    for (qint64 i = 0;; i = std::min(i + std::max<qint64>(1, step), plan.count - 1)) {
        frame.setCursor(plan.momentOf(i));
        if (!sink(i, frame.renderImage()))
            return false;
        if (i >= plan.count - 1)
            return true;
    }
}

int Exporter::exportFrames(const QString &folder, double fps, double speed, QString *error) const
{
    FramePlan plan;
    if (!planFrames(fps, speed, 20000, false, &plan, error))
        return -1;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(folder);
        return -1;
    }
    const QDir dir(folder);
    const bool ok = drawFrames(plan, m_size, 1, [&](qint64 i, const QImage &image) {
        const QString path = dir.filePath(QStringLiteral("frame-%1.png").arg(i + 1, 5, 10, QLatin1Char('0')));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image)) {
            if (error)
                *error = tr("Could not encode the PNG image: %1").arg(writer.errorString());
            return false;
        }
        return writeFileAtomically(path, bytes, error);
    });
    return ok ? int(plan.count) : -1;
}

void Exporter::copySettingsTo(Exporter &other) const
{
    other.m_first->setTrace(m_first->trace());
    other.m_second->setTrace(m_second->trace());
    other.m_firstTitle = m_firstTitle;
    other.m_secondTitle = m_secondTitle;
    other.m_view = m_view;
    other.m_theme = m_theme;
    other.m_size = m_size;
    other.m_caption = m_caption;
    other.m_language = m_language;
}

QList<QByteArray> Exporter::animatedFormats()
{
    // A plugin may claim the Animation option for reading only; write two frames and count what comes back.
    QList<QByteArray> result;
    const QList<QByteArray> supported = QImageWriter::supportedImageFormats();
    for (const QByteArray &format : {QByteArray("gif"), QByteArray("webp"), QByteArray("apng")}) {
        if (!supported.contains(format))
            continue;
        QByteArray bytes;
        {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QImageWriter writer(&buffer, format);
            QImage frame(8, 8, QImage::Format_RGB32);
            frame.fill(Qt::red);
            bool ok = writer.write(frame);
            frame.fill(Qt::blue);
            ok = ok && writer.write(frame);
            if (!ok)
                continue;
        }
        QBuffer in(&bytes);
        in.open(QIODevice::ReadOnly);
        QImageReader reader(&in, format);
        if (reader.imageCount() >= 2)
            result << format;
    }
    return result;
}

bool Exporter::exportAnimation(const QString &path, double fps, double speed, QString *error) const
{
    AnimationOptions options;
    options.fps = fps;
    options.speed = speed;
    return exportAnimation(path, options, nullptr, error);
}

bool Exporter::exportAnimation(const QString &path, const AnimationOptions &options, AnimationResult *result,
                               QString *error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool gif = suffix == u"gif", mp4 = suffix == u"mp4";
    if (!gif && !mp4 && !animatedFormats().contains(suffix.toLatin1())) {
        if (error)
            *error = tr("Cannot write an animation as %1: name it .gif or .mp4 (or export numbered PNG "
                        "frames with --frames DIR).")
                         .arg(suffix.isEmpty() ? tr("(no suffix)") : QStringLiteral(".") + suffix);
        return false;
    }
    if (m_size.width() < 16 || m_size.height() < 16 || m_size.width() > 16384 || m_size.height() > 16384) {
        if (error)
            *error = tr("The picture size %1×%2 is out of range: use 16 to 16384 pixels on each side.")
                         .arg(m_size.width())
                         .arg(m_size.height());
        return false;
    }
    if (gif && options.fps > MaxGifFps) {
        if (error)
            *error = tr("A GIF plays at most %1 frames per second (its delays are hundredths of a second): "
                        "lower --fps, or write an .mp4.")
                         .arg(MaxGifFps);
        return false;
    }
    // Where it goes is checked before a single frame is drawn: a long export must not fail at its end.
    const QFileInfo target(path);
    const QFileInfo folder(target.absolutePath());
    if (!folder.exists() || !folder.isDir()) {
        if (error)
            *error = folder.exists()
                         ? tr("Cannot write %1: %2 is a file, not a folder.").arg(path, folder.filePath())
                         : tr("Cannot write %1: the folder %2 does not exist. Create it or choose another.")
                               .arg(path, folder.filePath());
        return false;
    }
    if (target.exists() && !target.isFile()) {
        if (error)
            *error = tr("%1 is not a regular file; choose another name").arg(path);
        return false;
    }
    FramePlan plan;
    if (!planFrames(options.fps, options.speed, MaxAnimationFrames, true, &plan, error, options.from,
                    options.to))
        return false;
    AnimationResult local;
    AnimationResult &out = result ? *result : local;
    out = AnimationResult{};
    out.frames = plan.count;
    out.size = m_size;
    if (gif)
        return writeGif(path, plan, options, &out, error);
    if (mp4)
        return writeMp4(path, plan, options, &out, error);
    return writeWithImagePlugin(path, plan, options, &out, error);
}

namespace {

// Hundredths of a second from the start to frame `i`: rounded once per frame from the start, so that the
// delays add up to the right length however the frame rate divides.
int gifTime(qint64 i, double fps)
{
    return int(std::lround(double(i) * 100.0 / fps));
}

QString cancelled()
{
    return tr("The export was cancelled.");
}

} // namespace

bool Exporter::writeGif(const QString &path, const FramePlan &plan, const AnimationOptions &options,
                        AnimationResult *result, QString *error) const
{
    // The palette comes from up to 96 frames spread over the run (all of them in a short one), the last
    // included: what appears only at the end still gets its colours.
    const qint64 step = std::max<qint64>(1, (plan.count + 95) / 96);
    const qint64 samples = (plan.count - 1 + step - 1) / step + 1;
    const qint64 total = samples + plan.count;
    qint64 done = 0;
    auto progress = [&] { return !options.progress || options.progress(done++, total); };
    GifPalette palette;
    if (!drawFrames(plan, m_size, step, [&](qint64, const QImage &image) {
            if (!progress())
                return false;
            palette.addFrame(image);
            return true;
        })) {
        if (error)
            *error = cancelled();
        return false;
    }
    GifEncoder encoder(m_size, palette.build());
    bool cancel = false;
    const bool ok = drawFrames(plan, m_size, 1, [&](qint64 i, const QImage &image) {
        if (!progress()) {
            cancel = true;
            return false;
        }
        return encoder.addFrame(image, gifTime(i + 1, plan.fps) - gifTime(i, plan.fps), error);
    });
    if (!ok) {
        if (cancel && error)
            *error = cancelled();
        return false;
    }
    const QByteArray bytes = encoder.finish(GifHoldLast, error);
    if (bytes.isEmpty())
        return false;
    result->stored = encoder.framesWritten();
    result->seconds = gifTime(plan.count, plan.fps) / 100.0 + GifHoldLast / 100.0;
    result->encoder = QStringLiteral("giflib");
    return writeFileAtomically(path, bytes, error);
}

bool Exporter::writeMp4(const QString &path, const FramePlan &plan, const AnimationOptions &options,
                        AnimationResult *result, QString *error) const
{
    // H.264 in yuv420p halves the colours' resolution: the sides must be even.
    const QSize size(m_size.width() & ~1, m_size.height() & ~1);
    if (size != m_size)
        result->note = tr("A video needs an even width and height: drew %1×%2 instead of %3×%4.")
                           .arg(size.width())
                           .arg(size.height())
                           .arg(m_size.width())
                           .arg(m_size.height());
    result->size = size;
    // FFmpeg writes a file it reads again (the index moves to the front), so it writes into a private
    // folder; the finished video then replaces the target at once, as every other export does.
    QTemporaryDir work;
    if (!work.isValid()) {
        if (error)
            *error = tr("Cannot write %1: no temporary folder (%2).").arg(path, work.errorString());
        return false;
    }
    const QString temporary = work.filePath(QStringLiteral("video.mp4"));
    const QStringList encoders =
        options.videoEncoders.isEmpty() ? VideoEncoder::defaultEncoders() : options.videoEncoders;
    VideoEncoder video;
    QString why;
    if (!video.open(temporary, size, plan.fps, encoders, &why)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    bool cancel = false;
    const bool ok = drawFrames(plan, size, 1, [&](qint64 i, const QImage &image) {
        if (options.progress && !options.progress(i, plan.count)) {
            cancel = true;
            return false;
        }
        return video.addFrame(image, &why);
    });
    if (!ok || !video.finish(&why)) {
        if (error)
            *error = cancel ? cancelled() : tr("Cannot write %1: %2").arg(path, why);
        return false;
    }
    if (!video.isH264()) {
        const QString fallback = tr("libx264 is missing here, so the video is %1 (MPEG-4 part 2), which "
                                    "some browsers and slide tools do not play.")
                                     .arg(video.encoderName());
        result->note = result->note.isEmpty() ? fallback : result->note + QLatin1Char(' ') + fallback;
    }
    result->stored = plan.count;
    result->seconds = double(plan.count) / plan.fps;
    result->encoder = video.encoderName();
    constexpr qint64 MaxVideoBytes = qint64(4) << 30;
    const std::optional<QByteArray> bytes = readRegularFile(temporary, MaxVideoBytes, &why);
    if (!bytes || bytes->isEmpty()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, bytes ? tr("the video came out empty") : why);
        return false;
    }
    return writeFileAtomically(path, *bytes, error);
}

bool Exporter::writeWithImagePlugin(const QString &path, const FramePlan &plan,
                                    const AnimationOptions &options, AnimationResult *result,
                                    QString *error) const
{
    const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, format);
        bool cancel = false;
        const bool ok = drawFrames(plan, m_size, 1, [&](qint64 i, const QImage &image) {
            if (options.progress && !options.progress(i, plan.count)) {
                cancel = true;
                return false;
            }
            if (writer.write(image))
                return true;
            if (error)
                *error = tr("Could not encode %1: %2").arg(path, writer.errorString());
            return false;
        });
        if (!ok) {
            if (cancel && error)
                *error = cancelled();
            return false;
        }
    }
    result->stored = plan.count;
    result->seconds = double(plan.count) / plan.fps;
    result->encoder = QStringLiteral("Qt %1").arg(QString::fromLatin1(format));
    return writeFileAtomically(path, bytes, error);
}

} // namespace awaitscope
