#pragma once

#include "timeline/timelinetheme.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

// The looks of an exported picture: a timeline theme with a fixed font (so the same inputs give the same
// bytes on every run), sized after the picture rather than the screen.
struct ExportTheme
{
    enum class Kind { Light, Dark, Projector };

    Kind kind = Kind::Light;
    TimelineTheme timeline;
    QColor panelBackground;
    QColor panelBorder;
    QColor accent; // the headline of a comparison
    double fontPixels = 20.0;

    QFont font(double scale = 1.0, bool bold = false) const;

    // `height` is the picture's height in pixels: fonts grow with it, and more so for the projector.
    static ExportTheme make(Kind kind, double height);
    static bool parse(const QString &name, Kind *kind);
    static QString name(Kind kind);
    static QStringList names();
};

} // namespace awaitscope
