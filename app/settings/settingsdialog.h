#pragma once

#include "python/runlimits.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QLabel;
class QLineEdit;
class QMenu;
class QScrollArea;
class QSpinBox;

namespace awaitscope {

// Edit ▸ Preferences: the limits that stop a runaway program, and the hosts programs may reach.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    py::RunLimits limits() const; // what the fields show
    void setLimits(const py::RunLimits &limits);
    QSpinBox *field(py::Limit limit) const { return m_fields.value(limit); }
    QStringList allowedHosts() const; // what the hosts field shows, lower case, no blanks
    void setAllowedHosts(const QStringList &hosts);
    QString errorText() const;

    // Saves and closes; stays open with the message when the settings cannot be written.
    void accept() override;

    // Adds "Preferences…" (the platform's shortcut) to a menu; it opens the dialog over `parent`.
    static QAction *addPreferencesAction(QMenu *menu, QWidget *parent);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void restoreDefaults();

    QHash<py::Limit, QSpinBox *> m_fields;
    QLineEdit *m_hosts = nullptr;
    QLabel *m_error = nullptr;
    QScrollArea *m_scroll = nullptr;
};

} // namespace awaitscope
