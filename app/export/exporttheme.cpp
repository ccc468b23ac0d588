#include "export/exporttheme.h"

#include <algorithm>
#include <cmath>

namespace awaitscope {

namespace {

// A family that Debian always ships with Qt; naming it keeps the text metrics the same on every run.
const QString kFontFamily = QStringLiteral("DejaVu Sans");

// Black on white with saturated, well separated state colours: survives a washed-out projector.
TimelineTheme projectorTimeline()
{
    TimelineTheme t = TimelineTheme::light();
    t.background = QColor(0xff, 0xff, 0xff);
    t.laneAlternate = QColor(0xee, 0xee, 0xee);
    t.labelBackground = QColor(0xf4, 0xf4, 0xf4);
    t.text = QColor(0x00, 0x00, 0x00);
    t.mutedText = QColor(0x33, 0x33, 0x33);
    t.grid = QColor(0xbb, 0xbb, 0xbb);
    t.axisBackground = QColor(0xe4, 0xe4, 0xe4);
    t.running = QColor(0x00, 0x4f, 0xc4);
    t.blocking = QColor(0x1a, 0x1a, 0x1a);
    t.blockingHatch = QColor(0xff, 0x9f, 0x00);
    t.ready = QColor(0xff, 0x9f, 0x00);
    t.suspended = QColor(0x8c, 0xb4, 0xe0);
    t.done = QColor(0x00, 0x87, 0x3c);
    t.failed = QColor(0xd0, 0x00, 0x00);
    t.cancelled = QColor(0x7a, 0x1f, 0xa2);
    t.wakeArrow = QColor(0x00, 0x00, 0x00);
    t.cancelArrow = t.cancelled;
    t.combinator = QColor(0x00, 0x2a, 0x6e);
    t.deadline = QColor(0xd0, 0x40, 0x00);
    t.cursor = QColor(0xe0, 0x00, 0x60);
    return t;
}

} // namespace

QFont ExportTheme::font(double scale, bool bold) const
{
    QFont f(kFontFamily);
    f.setPixelSize(std::max(6, int(std::lround(fontPixels * scale))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    return f;
}

ExportTheme ExportTheme::make(Kind kind, double height)
{
    ExportTheme e;
    e.kind = kind;
    // 1080 pixels high → 20 px text; the projector's text is a third larger.
    e.fontPixels = std::clamp(height / 54.0, 9.0, 120.0) * (kind == Kind::Projector ? 1.35 : 1.0);
    switch (kind) {
    case Kind::Light:
        e.timeline = TimelineTheme::light();
        e.panelBackground = QColor(0xf4, 0xf4, 0xf2);
        e.panelBorder = QColor(0xd5, 0xd9, 0xdd);
        e.accent = QColor(0x1f, 0x6f, 0xb2);
        break;
    case Kind::Dark:
        e.timeline = TimelineTheme::dark();
        e.panelBackground = QColor(0x24, 0x28, 0x2d);
        e.panelBorder = QColor(0x3a, 0x40, 0x47);
        e.accent = QColor(0x7c, 0xc0, 0xff);
        break;
    case Kind::Projector:
        e.timeline = projectorTimeline();
        e.panelBackground = QColor(0xf2, 0xf2, 0xf2);
        e.panelBorder = QColor(0x00, 0x00, 0x00);
        e.accent = QColor(0x00, 0x3d, 0xa5);
        break;
    }
    e.timeline.font = e.font();
    return e;
}

bool ExportTheme::parse(const QString &name, Kind *kind)
{
    const QString n = name.trimmed().toLower();
    if (n == u"light")
        *kind = Kind::Light;
    else if (n == u"dark")
        *kind = Kind::Dark;
    else if (n == u"projector")
        *kind = Kind::Projector;
    else
        return false;
    return true;
}

QString ExportTheme::name(Kind kind)
{
    switch (kind) {
    case Kind::Light:
        return QStringLiteral("light");
    case Kind::Dark:
        return QStringLiteral("dark");
    case Kind::Projector:
        return QStringLiteral("projector");
    }
    return {};
}

QStringList ExportTheme::names()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("projector")};
}

} // namespace awaitscope
