#pragma once

#include "export/exporter.h"

#include <QString>
#include <QStringList>

namespace awaitscope {

// `awaitscope export …`: what was asked for, parsed and checked before anything runs.
struct ExportRequest
{
    QString lesson;  // --lesson ID
    QString program; // FILE.py
    QString out;     // --out FILE.(png|svg|pdf)
    QString frames;  // --frames DIR
    double fps = 10.0;
    double speed = 1.0;
    QSize size = Exporter::FullHd;
    ExportTheme::Kind theme = ExportTheme::Kind::Light;
    bool atEnd = true;
    double at = 0.0;
    Exporter::View view = Exporter::View::Player;
    QString language;
    QString caption; // --caption TEXT; empty with --no-caption
    bool captionSet = false;
    bool noCaption = false;

    // `arguments` are those after "export". False with `error` set for anything wrong or missing.
    static bool parse(const QStringList &arguments, ExportRequest *request, QString *error);
    static QString usage();
};

// The whole subcommand: argv[1] is "export". Works without a display (it switches Qt to the offscreen
// platform itself when there is none). Lessons are looked up under `lessonsRoot`. Exit status: 0 done,
// 1 the program or the writing failed, 2 bad arguments.
int runExportCommand(int argc, char *argv[], const QString &lessonsRoot);

} // namespace awaitscope
