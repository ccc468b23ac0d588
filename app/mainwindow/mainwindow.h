#pragma once

#include <QMainWindow>

class QLabel;

namespace awaitscope {

// The application's window: menus, the lesson area and (later) the player.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    QSize sizeHint() const override;

private:
    void createMenus();
    void showAbout();

    QLabel *m_lessonArea = nullptr;
};

} // namespace awaitscope
