#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace awaitscope {

// The language of the interface and of the lessons: English (the source) or one of the translations,
// translations/awaitscope_LANG.qm in the data folder (application/datalocation.h). Switching installs the
// translator, which makes Qt send QEvent::LanguageChange to every widget, and emits languageChanged() for
// what is not a widget.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    // The one manager of this process, made on first use as a child of the application object.
    static LanguageManager *instance();

    static QStringList languages(); // "en" first, then the translations
    // The language's name in itself ("Deutsch"), so that anyone can find their own in the menu.
    static QString nativeName(const QString &code);
    // "de", "de_AT", "de-DE" -> "de"; a language without a translation -> empty.
    static QString normalize(const QString &code);
    // The first of the system's preferred languages that has a translation, else "en".
    static QString systemLanguage();

    QString language() const { return m_language; }
    // The translation installed now (a .qm file), for a process that should speak the same language (the
    // runner of live runs); empty for English.
    QString translationFile() const;
    // The saved choice, else the system's language. Call once when the application object exists.
    void restore();
    // Switches at once. `remember` saves the choice in the settings (a --lang option does not).
    // False, with the language unchanged, for a code that has no translation.
    bool setLanguage(const QString &code, bool remember = true);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    explicit LanguageManager(QObject *parent);

    QString m_language = QStringLiteral("en");
    QTranslator *m_translator = nullptr;
    QTranslator *m_qtTranslator = nullptr; // Qt's own words (dialog buttons), when the system has them
};

} // namespace awaitscope
