#include "export/exportaddon.h"

#include "compare/compareaddon.h"
#include "compare/comparisonbuilder.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "lessonview/lessonsession.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>

namespace awaitscope {

ExportAddOn::ExportAddOn(const CompareAddOn *compare, QObject *parent)
    : WindowAddOn(parent)
    , m_compare(compare)
{
}

void ExportAddOn::install(WindowHost &host)
{
    m_host = &host;
    m_export = new QAction(this);
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, &ExportAddOn::openExportDialog);
    host.addToFileMenu(m_export);

    m_copy = new QAction(this);
    m_copy->setObjectName(QStringLiteral("actionCopyPicture"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_copy, &QAction::triggered, this, &ExportAddOn::copyPicture);
    host.menu(WindowHost::Menu::Edit)->addAction(m_copy);
    retranslate();
}

QList<QAction *> ExportAddOn::dialogActions() const
{
    return {m_export, m_copy};
}

void ExportAddOn::retranslate()
{
    m_export->setText(tr("&Export picture…"));
    m_copy->setText(tr("&Copy picture"));
}

void ExportAddOn::openExportDialog()
{
    const PlayerWidget *player = m_host->player();
    ExportDialog dialog(m_host->window());
    dialog.setRun(player->trace(), m_host->shownRun().title, player->playback()->eventIndex());
    if (const Comparison *last = m_compare ? m_compare->lastComparison() : nullptr)
        dialog.setComparison(last->first, last->firstTitle, last->second, last->secondTitle);
    if (dialog.exec() == QDialog::Accepted)
        m_host->showMessage(dialog.message(), 6000);
}

void ExportAddOn::copyPicture()
{
    const PlayerWidget *player = m_host->player();
    const QString title = m_host->shownRun().title;
    Exporter exporter;
    exporter.setTrace(player->trace(), title);
    exporter.setView(Exporter::View::Player);
    exporter.setCursorEvent(player->playback()->eventIndex());
    exporter.setCaption(m_host->session()->lesson() ? title : QString());
    QString error;
    if (exporter.copyToClipboard(&error))
        m_host->showMessage(tr("The picture is on the clipboard (%1 × %2).")
                                .arg(exporter.size().width())
                                .arg(exporter.size().height()),
                            5000);
    else
        m_host->showMessage(tr("The picture could not be copied: %1").arg(error), 8000);
}

} // namespace awaitscope
