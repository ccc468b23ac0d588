#pragma once

// The words of an SVG picture, one entry per <text> element in drawing order: how tests read what a
// picture says.
#include <QByteArray>
#include <QStringList>
#include <QXmlStreamReader>

namespace testing {

inline QStringList svgTexts(const QByteArray &svg, QString *error)
{
    QStringList texts;
    QXmlStreamReader xml(svg);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"text")
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    if (xml.hasError())
        *error = xml.errorString();
    return texts;
}

} // namespace testing
