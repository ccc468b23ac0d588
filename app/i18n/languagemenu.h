#pragma once

#include <QMenu>

class QActionGroup;

namespace awaitscope {

// The Language menu: one checkable entry per language, each named in its own language. Choosing one
// switches the whole application at once and remembers the choice.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showLanguage(const QString &code);

    QActionGroup *m_group = nullptr;
};

} // namespace awaitscope
