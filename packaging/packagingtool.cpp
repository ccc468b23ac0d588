// The build's helper for packaging (not installed): writes the man page and the bash completion from the
// command-line definition, and the icon's PNG sizes from its SVG.
//   awaitscope-packaging man OUT
//   awaitscope-packaging completion OUT
//   awaitscope-packaging icon SVG SIZE OUT.png
#include "application/commandlinedocs.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>

#include <cstdio>

using namespace awaitscope;

namespace {

int write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "awaitscope-packaging: cannot write %s: %s\n", qPrintable(path),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}

int renderIcon(const QString &svg, int size, const QString &out)
{
    QSvgRenderer renderer(svg);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "awaitscope-packaging: %s is not a valid SVG\n", qPrintable(svg));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.convertToFormat(QImage::Format_ARGB32).save(out, "PNG")) {
        std::fprintf(stderr, "awaitscope-packaging: cannot write %s\n", qPrintable(out));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() == 2 && args.at(0) == u"man")
        return write(args.at(1), manPage(commandLineSpec(), QStringLiteral(AWAITSCOPE_VERSION)).toUtf8());
    if (args.size() == 2 && args.at(0) == u"completion")
        return write(args.at(1), bashCompletion(commandLineSpec()).toUtf8());
    if (args.size() == 4 && args.at(0) == u"icon")
        return renderIcon(args.at(1), args.at(2).toInt(), args.at(3));
    std::fputs("usage: awaitscope-packaging man OUT | completion OUT | icon SVG SIZE OUT.png\n", stderr);
    return 2;
}
