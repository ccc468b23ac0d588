#pragma once

#include "mainwindow/windowaddon.h"

namespace awaitscope {

class CompareAddOn;

// Pictures for slides from the window: File ▸ Export picture… (the dialog, with the last comparison as a
// choice) and Edit ▸ Copy picture (the player as it is, onto the clipboard).
class ExportAddOn : public WindowAddOn
{
    Q_OBJECT
public:
    // `compare`: where the last comparison comes from (may be null).
    explicit ExportAddOn(const CompareAddOn *compare, QObject *parent = nullptr);

    void install(WindowHost &host) override;
    QList<QAction *> dialogActions() const override;
    void retranslate() override;

    void openExportDialog();
    void copyPicture();

private:
    const CompareAddOn *m_compare;
    WindowHost *m_host = nullptr;
    QAction *m_export = nullptr;
    QAction *m_copy = nullptr;
};

} // namespace awaitscope
