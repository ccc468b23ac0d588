#include "application/exportarguments.h"

#include <QCoreApplication>

namespace awaitscope {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
};

bool parseNumber(const QString &text, double min, double max, double *value)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        return false;
    *value = v;
    return true;
}

} // namespace

bool exportRequestFrom(const ParsedArguments &args, ExportRequest *r, QString *error)
{
    *r = ExportRequest();
    r->lesson = args.value(QStringLiteral("lesson"));
    r->out = args.value(QStringLiteral("out"));
    r->frames = args.value(QStringLiteral("frames"));
    r->program = args.positional.value(0);
    r->language = args.value(QStringLiteral("lang"));
    if (args.isSet(QStringLiteral("fps"))) {
        const QString value = args.value(QStringLiteral("fps"));
        if (!parseNumber(value, 1, 120, &r->fps)) {
            *error = Tr::tr("--fps %1 is not a frame rate: give a number from 1 to 120.").arg(value);
            return false;
        }
    }
    if (args.isSet(QStringLiteral("speed"))) {
        const QString value = args.value(QStringLiteral("speed"));
        if (!parseNumber(value, 1e-3, 1e6, &r->speed)) {
            *error =
                Tr::tr("--speed %1 is not a speed: give a positive number (2 plays the run twice as fast).")
                    .arg(value);
            return false;
        }
    }
    for (const char *name : {"from", "to"}) {
        if (!args.isSet(QLatin1String(name)))
            continue;
        const QString value = args.value(QLatin1String(name));
        double seconds = 0;
        if (!parseNumber(value, 0, 1e9, &seconds)) {
            *error = Tr::tr("--%1 %2 is not a moment: give seconds of the run, like 3 or 4.5.")
                         .arg(QLatin1String(name), value);
            return false;
        }
        (QLatin1String(name) == QLatin1String("from") ? r->from : r->to) = seconds;
    }
    if (args.isSet(QStringLiteral("size"))) {
        const QString value = args.value(QStringLiteral("size"));
        if (!Exporter::parseSize(value, &r->size)) {
            *error =
                Tr::tr("--size %1 is not a picture size: use WIDTHxHEIGHT (16 to 16384 each), 1080p or 4k.")
                    .arg(value);
            return false;
        }
    }
    if (args.isSet(QStringLiteral("theme"))) {
        const QString value = args.value(QStringLiteral("theme"));
        if (!ExportTheme::parse(value, &r->theme)) {
            *error = Tr::tr("--theme %1 is not a theme: use %2.")
                         .arg(value, ExportTheme::names().join(QStringLiteral(", ")));
            return false;
        }
    }
    if (args.isSet(QStringLiteral("at"))) {
        const QString value = args.value(QStringLiteral("at"));
        bool ok = false;
        const qint64 event = value.startsWith(u"event:") ? value.mid(6).toLongLong(&ok) : -1;
        if (value == u"end") {
            r->atEnd = true;
        } else if (ok && event >= 1) {
            r->atEnd = false;
            r->atEvent = event - 1; // the first event is event:1, as the player counts them
        } else if (parseNumber(value, 0, 1e9, &r->at)) {
            r->atEnd = false;
        } else {
            *error = Tr::tr("--at %1 is not a moment: give seconds (like 3 or 4.5), event:N (N from 1) or "
                            "\"end\".")
                         .arg(value);
            return false;
        }
    }
    if (args.isSet(QStringLiteral("section"))) {
        r->section = args.value(QStringLiteral("section"));
        if (args.isSet(QStringLiteral("at"))) {
            *error = Tr::tr("--section and --at both choose the moment: give one of them.");
            return false;
        }
    }
    if (args.isSet(QStringLiteral("view"))) {
        const QString value = args.value(QStringLiteral("view"));
        if (value == u"player")
            r->view = Exporter::View::Player;
        else if (value == u"timeline")
            r->view = Exporter::View::Timeline;
        else if (value == u"compare")
            r->view = Exporter::View::Compare;
        else {
            *error = Tr::tr("--view %1 is not a view: use player, timeline or compare.").arg(value);
            return false;
        }
    }
    if (args.isSet(QStringLiteral("caption"))) {
        r->caption = args.value(QStringLiteral("caption"));
        r->captionSet = true;
    }
    r->noCaption = args.isSet(QStringLiteral("no-caption"));

    if (r->lesson.isEmpty() == r->program.isEmpty()) {
        *error = r->lesson.isEmpty() ? Tr::tr("Say what to draw: --lesson ID or a FILE.py.")
                                     : Tr::tr("Give either --lesson or a FILE.py, not both.");
        return false;
    }
    if (!r->program.isEmpty() && !r->program.endsWith(u".py", Qt::CaseInsensitive)) {
        *error = Tr::tr("%1 is not a Python program (FILE.py).").arg(r->program);
        return false;
    }
    if (r->out.isEmpty() && r->frames.isEmpty()) {
        *error = Tr::tr(
            "Say where to write: --out FILE.png, FILE.svg, FILE.pdf or FILE.txt, an animation FILE.gif "
            "or FILE.mp4 (or --frames DIR).");
        return false;
    }
    if (!r->out.isEmpty() && !Exporter::formatForPath(r->out) && !ExportRequest::isAnimationPath(r->out)) {
        *error =
            Tr::tr("--out %1: name the file .png, .svg, .pdf or .txt (or .gif, .mp4 for an animation) to "
                   "choose the format.")
                .arg(r->out);
        return false;
    }
    if (!r->section.isEmpty() && r->lesson.isEmpty()) {
        *error = Tr::tr("--section needs --lesson ID: sections belong to a lesson.");
        return false;
    }
    if (r->view == Exporter::View::Compare && r->lesson.isEmpty()) {
        *error = Tr::tr(
            "--view compare needs --lesson ID: it compares the lesson's pitfall.py with its fixed.py.");
        return false;
    }
    if (r->noCaption && r->captionSet) {
        *error = Tr::tr("--caption and --no-caption contradict each other.");
        return false;
    }
    return true;
}

bool parseExportArguments(const QStringList &arguments, ExportRequest *request, QString *error)
{
    const CommandLineSpec &spec = commandLineSpec();
    ParsedArguments parsed;
    return parseArguments(spec, *spec.command(QStringLiteral("export")), arguments, &parsed, error) &&
           exportRequestFrom(parsed, request, error);
}

} // namespace awaitscope
