#include "settingsdialog.h"

#include "http/allowedhost.h"
#include "settings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace awaitscope {

namespace {

QString label(py::Limit limit)
{
    switch (limit) {
    case py::Limit::Recursion:
        return SettingsDialog::tr("Recursion depth (nested calls):");
    case py::Limit::Steps:
        return SettingsDialog::tr("Steps (statements and loop rounds):");
    case py::Limit::Memory:
        return SettingsDialog::tr("Memory the program may use (MB):");
    case py::Limit::Tasks:
        return SettingsDialog::tr("Tasks unfinished at once:");
    case py::Limit::Output:
        return SettingsDialog::tr("Output (characters printed):");
    case py::Limit::Trace:
        return SettingsDialog::tr("Trace (timeline events):");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));

    auto *limitsBox = new QGroupBox(tr("Limits"));
    limitsBox->setObjectName(QStringLiteral("limitsGroup"));
    auto *form = new QFormLayout(limitsBox);
    auto *intro = new QLabel(tr("A program that goes past one of these limits is stopped with a message "
                                "naming the limit. Raise a limit when a correct program needs more."));
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const py::Limit limit : py::allLimits()) {
        auto *box = new QSpinBox;
        box->setObjectName(QStringLiteral("limit-%1").arg(py::limitName(limit)));
        // The recursion limit above this only meets the C++ stack, which stops the program anyway.
        box->setRange(1, limit == py::Limit::Recursion ? 100'000 : 2'000'000'000);
        box->setGroupSeparatorShown(true);
        box->setAccelerated(true);
        m_fields.insert(limit, box);
        form->addRow(label(limit), box);
    }

    auto *networkBox = new QGroupBox(tr("Network"));
    networkBox->setObjectName(QStringLiteral("networkGroup"));
    auto *networkForm = new QFormLayout(networkBox);
    auto *networkIntro = new QLabel(
        tr("Programs reach only the demo server (http://demo/...). List other hosts here, separated "
           "by commas, to let programs on the real clock reach them too."));
    networkIntro->setWordWrap(true);
    networkForm->addRow(networkIntro);
    m_hosts = new QLineEdit;
    m_hosts->setObjectName(QStringLiteral("allowedHosts"));
    m_hosts->setPlaceholderText(tr("example.org, api.example.org"));
    networkForm->addRow(tr("Allowed hosts:"), m_hosts);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    // The settings scroll when the screen is too low for them (a laptop at 200 %), the buttons stay.
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(limitsBox);
    contentLayout->addWidget(networkBox);
    contentLayout->addWidget(m_error);
    contentLayout->addStretch();
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidget(content);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll);
    layout->addWidget(buttons);

    setLimits(Settings::limits());
    setAllowedHosts(Settings::allowedHosts());
}

// As tall as the settings, as far as the screen allows; as wide as they are with room for the scroll bar.
void SettingsDialog::showEvent(QShowEvent *event)
{
    QWidget *content = m_scroll->widget();
    const int width = content->sizeHint().width() + m_scroll->verticalScrollBar()->sizeHint().width();
    m_scroll->setMinimumWidth(width);
    int height = content->heightForWidth(content->sizeHint().width());
    if (height < 0)
        height = content->sizeHint().height();
    if (const QScreen *s = screen()) {
        const int chrome = sizeHint().height() - m_scroll->sizeHint().height() + 64; // buttons, frame, title
        height = std::min(height, s->availableGeometry().height() - chrome);
    }
    m_scroll->setMinimumHeight(std::max(height, 120));
    QDialog::showEvent(event);
    adjustSize();
}

QStringList SettingsDialog::allowedHosts() const
{
    QStringList hosts;
    for (const QString &h : m_hosts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!h.trimmed().isEmpty())
            hosts.append(h.trimmed().toLower());
    return hosts;
}

void SettingsDialog::setAllowedHosts(const QStringList &hosts)
{
    m_hosts->setText(hosts.join(QStringLiteral(", ")));
}

py::RunLimits SettingsDialog::limits() const
{
    py::RunLimits result;
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        result.set(it.key(), it.value()->value());
    return result;
}

void SettingsDialog::setLimits(const py::RunLimits &limits)
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it)
        it.value()->setValue(int(std::min<int64_t>(limits.value(it.key()), it.value()->maximum())));
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    QString error;
    for (const QString &host : allowedHosts()) {
        if (const QString problem = allowedHostProblem(host); !problem.isEmpty()) {
            m_error->setText(tr("Allowed hosts: %1.").arg(problem));
            m_error->show();
            m_hosts->setFocus();
            return;
        }
    }
    QSettings store;
    if (!Settings::setLimits(store, limits(), &error) ||
        !Settings::setAllowedHosts(store, allowedHosts(), &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_error->hide();
    QDialog::accept();
}

void SettingsDialog::restoreDefaults()
{
    setLimits(py::RunLimits());
}

QAction *SettingsDialog::addPreferencesAction(QMenu *menu, QWidget *parent)
{
    QAction *action = menu->addAction(tr("&Preferences…"));
    action->setObjectName(QStringLiteral("actionPreferences"));
    action->setShortcut(QKeySequence::Preferences);
    action->setMenuRole(QAction::PreferencesRole);
    QObject::connect(action, &QAction::triggered, parent, [parent] {
        SettingsDialog dialog(parent);
        dialog.exec();
    });
    return action;
}

} // namespace awaitscope
