#include "mainwindow/shortcutspage.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

#include <utility>
#include <vector>

namespace awaitscope {

namespace {

QString row(const QString &keys, const QString &what)
{
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
        .arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(" / "));
}

} // namespace

QString ShortcutsPage::html(const QWidget *window)
{
    // The window's actions in the order they were made (menus, run controls, transport, presenter);
    // presenter mode's nine lesson keys are one line below.
    std::vector<std::pair<QString, QString>> rows;
    QStringList seen;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || action->objectName().startsWith(u"actionPresenterLesson"))
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        if (text.isEmpty() || seen.contains(text))
            continue;
        seen << text;
        rows.emplace_back(keysOf(action), text);
    }
    QString out = QStringLiteral("<h3>%1</h3><table>").arg(tr("Keyboard shortcuts"));
    for (const auto &[keys, text] : rows)
        out += row(keys, text);
    out += QStringLiteral("</table><h4>%1</h4><table>").arg(tr("In one place"));
    out += row(tr("Tab"), tr("In the code editor: indents (the editor keeps Tab, as code editors do)"));
    out += row(tr("Esc"), tr("In the code editor: leave it for the timeline"));
    out += row(tr("Ctrl+Tab / Ctrl+Shift+Tab"),
               tr("In the code editor: leave it for the next or previous control"));
    out +=
        row(tr("Up / Down"), tr("In the lesson list: choose a lesson. Home, End, Left, Right and Space drive "
                                "the player there as everywhere else"));
    out += row(tr("Wheel"), tr("On the timeline: zoom around the mouse; with Shift, or over the task names, "
                               "scroll the tasks"));
    out += row(tr("Up / Down / Page Up / Page Down"), tr("On the timeline: scroll the tasks"));
    out += row(tr("Double click"), tr("On the timeline: fit the whole run"));
    out += row(tr("1 … 9"), tr("In presenter mode: open the lesson at that place in the list"));
    out += QStringLiteral("</table><p>%1</p>")
               .arg(tr("The playback keys work wherever the focus is, except where they type: in the code "
                       "editor, Space is a space and + a plus.")
                        .toHtmlEscaped());
    return out;
}

} // namespace awaitscope
