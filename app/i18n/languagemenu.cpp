#include "i18n/languagemenu.h"

#include "i18n/languagemanager.h"

#include <QActionGroup>
#include <QEvent>

namespace awaitscope {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("menuLanguage"));
    LanguageManager *manager = LanguageManager::instance();
    for (const QString &code : LanguageManager::languages()) {
        QAction *action = addAction(LanguageManager::nativeName(code));
        action->setObjectName(QStringLiteral("actionLanguage_") + code);
        action->setData(code);
        action->setCheckable(true);
        m_group->addAction(action);
        connect(action, &QAction::triggered, manager,
                [code] { LanguageManager::instance()->setLanguage(code); });
    }
    connect(manager, &LanguageManager::languageChanged, this, &LanguageMenu::showLanguage);
    showLanguage(manager->language());
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    // Someone who cannot read the current language must still find the way back: the English word
    // stays beside the translated one.
    const QString title = tr("&Language");
    setTitle(title == u"&Language" ? title : title + QStringLiteral(" (Language)"));
}

void LanguageMenu::showLanguage(const QString &code)
{
    for (QAction *action : m_group->actions())
        action->setChecked(action->data().toString() == code);
}

} // namespace awaitscope
