#include "i18n/languagemanager.h"

#include "application/datalocation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace awaitscope {

namespace {

const QString settingsKey = QStringLiteral("ui/language");

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{
}

LanguageManager *LanguageManager::instance()
{
    // Owned by the application object, so it goes (with its translator) when the application does.
    static QPointer<LanguageManager> manager;
    if (!manager) {
        Q_ASSERT(QCoreApplication::instance());
        manager = new LanguageManager(QCoreApplication::instance());
    }
    return manager;
}

QStringList LanguageManager::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"de")
        return QStringLiteral("Deutsch");
    if (code == u"es")
        return QStringLiteral("Español");
    if (code == u"fr")
        return QStringLiteral("Français");
    if (code == u"en")
        return QStringLiteral("English");
    return code;
}

QString LanguageManager::normalize(const QString &code)
{
    const QString language = code.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
    return languages().contains(language) ? language : QString();
}

QString LanguageManager::systemLanguage()
{
    const QStringList preferred = QLocale::system().uiLanguages();
    for (const QString &name : preferred) {
        const QString language = normalize(name);
        if (!language.isEmpty())
            return language;
    }
    return QStringLiteral("en");
}

void LanguageManager::restore()
{
    const QString saved = normalize(QSettings().value(settingsKey).toString());
    setLanguage(saved.isEmpty() ? systemLanguage() : saved, false);
}

bool LanguageManager::setLanguage(const QString &code, bool remember)
{
    const QString language = normalize(code);
    if (language.isEmpty())
        return false;
    if (language != m_language) {
        // Load the new translation before dropping the old one, so a failure changes nothing.
        QTranslator *next = nullptr;
        if (language != u"en") {
            next = new QTranslator(this);
            if (!next->load(QStringLiteral("awaitscope_%1.qm").arg(language), translationsDirectory())) {
                delete next;
                return false;
            }
        }
        for (QTranslator *old : {m_translator, m_qtTranslator}) {
            if (old) {
                QCoreApplication::removeTranslator(old);
                delete old;
            }
        }
        m_qtTranslator = nullptr;
        m_translator = next;
        // Qt's translations come with the system (Debian: qt6-translations-l10n); without them Qt's few
        // words of its own (OK, Cancel, Copy) stay English.
        if (m_translator) {
            auto *qt = new QTranslator(this);
            if (qt->load(QStringLiteral("qtbase_") + language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                m_qtTranslator = qt;
                QCoreApplication::installTranslator(m_qtTranslator);
            } else {
                delete qt;
            }
        }
        // Installing or removing a translator sends QEvent::LanguageChange to every widget.
        if (m_translator)
            QCoreApplication::installTranslator(m_translator);
        m_language = language;
        Q_EMIT languageChanged(m_language);
    }
    if (remember)
        QSettings().setValue(settingsKey, language);
    return true;
}

QString LanguageManager::translationFile() const
{
    return m_translator ? m_translator->filePath() : QString();
}

} // namespace awaitscope
