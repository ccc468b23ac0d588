#pragma once

#include "python/runlimits.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QMenu;
class QSpinBox;

namespace awaitscope {

// Edit ▸ Preferences: the limits that stop a runaway program (more sections can follow).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    py::RunLimits limits() const; // what the fields show
    void setLimits(const py::RunLimits &limits);
    QSpinBox *field(py::Limit limit) const { return m_fields.value(limit); }
    QString errorText() const;

    // Saves and closes; stays open with the message when the settings cannot be written.
    void accept() override;

    // Adds "Preferences…" (the platform's shortcut) to a menu; it opens the dialog over `parent`.
    static QAction *addPreferencesAction(QMenu *menu, QWidget *parent);

private:
    void restoreDefaults();

    QHash<py::Limit, QSpinBox *> m_fields;
    QLabel *m_error = nullptr;
};

} // namespace awaitscope
