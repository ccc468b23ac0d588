#include "presenter/presentermode.h"
#include "application/screenfit.h"

#include "export/exporttheme.h"
#include "player/playbackstate.h"
#include "player/playerwidget.h"
#include "player/transportbar.h"
#include "presenter/cursorspotlight.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>

#include <algorithm>

namespace awaitscope {

namespace {

// Debug and info messages are for developers; while a class watches, only warnings and worse get through.
QtMessageHandler g_previousHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg || type == QtInfoMsg)
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QFont scaled(QFont font, double scale)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * scale));
    else
        font.setPointSizeF(font.pointSizeF() * scale);
    return font;
}

// Black on white with a strong blue: what a washed-out projector still shows.
QPalette projectorPalette()
{
    QPalette p;
    const QColor white(0xff, 0xff, 0xff), black(0x00, 0x00, 0x00), panel(0xf2, 0xf2, 0xf2);
    const QColor blue(0x00, 0x3d, 0xa5);
    for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        p.setColor(g, QPalette::Window, white);
        p.setColor(g, QPalette::WindowText, black);
        p.setColor(g, QPalette::Base, white);
        p.setColor(g, QPalette::AlternateBase, panel);
        p.setColor(g, QPalette::Text, black);
        p.setColor(g, QPalette::Button, panel);
        p.setColor(g, QPalette::ButtonText, black);
        p.setColor(g, QPalette::Highlight, blue);
        p.setColor(g, QPalette::HighlightedText, white);
        p.setColor(g, QPalette::ToolTipBase, white);
        p.setColor(g, QPalette::ToolTipText, black);
        p.setColor(g, QPalette::PlaceholderText, QColor(0x33, 0x33, 0x33));
        p.setColor(g, QPalette::Mid, QColor(0x44, 0x44, 0x44));
        p.setColor(g, QPalette::Dark, black);
    }
    return p;
}

} // namespace

PresenterMode::PresenterMode(QMainWindow *window, PlayerWidget *player)
    : QObject(window)
    , m_window(window)
    , m_player(player)
{
    setObjectName(QStringLiteral("presenterMode"));
    m_toggle = makeAction(QStringLiteral("actionPresenter"), QString(), {QKeySequence(Qt::Key_F5)});
    m_toggle->setCheckable(true);
    m_toggle->setEnabled(true);
    connect(m_toggle, &QAction::toggled, this, &PresenterMode::setActive);

    m_leave = makeAction(QStringLiteral("actionLeavePresenter"), QString(), {QKeySequence(Qt::Key_Escape)});
    connect(m_leave, &QAction::triggered, this, &PresenterMode::leave);
    m_presentingActions << m_leave;

    // The speed keys are the transport's own ([ or -, ] or +): the same in the window and here.
    for (int n = 1; n <= 9; ++n) {
        QAction *open = makeAction(QStringLiteral("actionPresenterLesson%1").arg(n), tr("Lesson %1").arg(n),
                                   {QKeySequence(Qt::Key_0 + n)});
        connect(open, &QAction::triggered, this, [this, n] { emit lessonRequested(n); });
        m_presentingActions << open;
    }
    for (QAction *a : std::as_const(m_presentingActions))
        a->setEnabled(false);
    retranslate();

    if (player) {
        m_spotlight = new CursorSpotlight(player->timelineView(), player->playback());
        m_spotlight->hide();
    }
}

PresenterMode::~PresenterMode()
{
    if (m_active) {
        qInstallMessageHandler(g_previousHandler);
        g_previousHandler = nullptr;
    }
}

QAction *PresenterMode::makeAction(const QString &name, const QString &text, const QList<QKeySequence> &keys)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    a->setShortcuts(keys);
    // Works wherever the focus is in the window, with the menu bar hidden too.
    a->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(a);
    return a;
}

double PresenterMode::fontScaleFor(int screenHeight, double devicePixelRatio)
{
    // Measured in the screen's own pixels: with a scale factor of 2 the fonts are already twice as large
    // there, and scaling them 1.5 times more leaves room for two rows of the timeline.
    const double dpr = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    return std::max(1.0, std::clamp(screenHeight * dpr / 540.0, 1.5, 2.5) / dpr);
}

double PresenterMode::fontScale() const
{
    if (m_active)
        return m_fontScale;
    if (m_fixedScale > 0)
        return m_fixedScale;
    const QScreen *screen = m_window->screen();
    return screen ? fontScaleFor(screen->geometry().height(), screen->devicePixelRatio())
                  : fontScaleFor(1080);
}

void PresenterMode::setChrome(const QList<QWidget *> &widgets)
{
    m_chrome.clear();
    for (QWidget *w : widgets)
        m_chrome << QPointer<QWidget>(w);
}

void PresenterMode::setBlockedActions(const QList<QAction *> &actions)
{
    m_blocked.clear();
    for (QAction *a : actions)
        m_blocked << QPointer<QAction>(a);
}

void PresenterMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(active);
    }
    if (active)
        saveAndApply();
    else
        restore();
    emit activeChanged(active);
}

void PresenterMode::retranslate()
{
    m_toggle->setText(tr("&Presenter mode"));
    m_toggle->setToolTip(tr("Full screen, large fonts and high contrast for a projector (F5; Esc leaves)"));
    m_leave->setText(tr("Leave presenter mode"));
}

void PresenterMode::saveAndApply()
{
    m_active = false; // fontScale() below: the one for entering now
    m_fontScale = fontScale();
    m_active = true;
    g_previousHandler = qInstallMessageHandler(quietHandler);
    Saved &s = m_saved;
    s = Saved();
    s.windowState = m_window->windowState();
    s.normalGeometry = m_window->normalGeometry();
    s.frameMargins = frameMarginsOf(m_window);
    s.mainWindowState = m_window->saveState();
    for (QSplitter *splitter : m_window->findChildren<QSplitter *>())
        s.splitters.append({splitter, splitter->saveState()});

    QList<QWidget *> hide;
    for (const QPointer<QWidget> &w : std::as_const(m_chrome)) {
        if (w)
            hide << w;
    }
    hide << m_window->menuBar() << m_window->statusBar();
    for (QWidget *w : std::as_const(hide)) {
        s.hidden.append({w, w->isHidden()});
        w->hide();
    }
    for (const QPointer<QAction> &a : std::as_const(m_blocked)) {
        if (!a)
            continue;
        s.enabled.append({a, a->isEnabled()});
        a->setEnabled(false);
    }

    // Fonts: remember every widget that set its own font before the window's font changes under them.
    s.windowHadFont = m_window->testAttribute(Qt::WA_SetFont);
    s.windowFont = m_window->font();
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (w->testAttribute(Qt::WA_SetFont))
            s.explicitFonts.append({w, w->font()});
    }
    s.windowHadPalette = m_window->testAttribute(Qt::WA_SetPalette);
    s.windowPalette = m_window->palette();

    m_window->setPalette(projectorPalette());
    m_window->setFont(scaled(s.windowFont, m_fontScale));
    for (const auto &[w, font] : std::as_const(s.explicitFonts)) {
        if (w)
            w->setFont(scaled(font, m_fontScale));
    }

    if (m_player) {
        TimelineView *timeline = m_player->timelineView();
        s.timelineHadTheme = timeline->hasCustomTheme();
        s.timelineTheme = timeline->theme();
        const QScreen *screen = m_window->screen();
        const double height = screen ? screen->geometry().height() : 1080.0;
        TimelineTheme theme = ExportTheme::make(ExportTheme::Kind::Projector, height).timeline;
        theme.font = scaled(s.timelineHadTheme ? s.timelineTheme.font : s.windowFont, m_fontScale);
        timeline->setTheme(theme);
        // The transport's keys must work with the focus anywhere in the window.
        for (QAction *a : m_player->transportBar()->transportActions()) {
            if (!m_window->actions().contains(a)) {
                m_window->addAction(a);
                s.addedTransportActions << a;
            }
        }
        if (m_spotlight) {
            m_spotlight->show();
            m_spotlight->raise();
        }
        timeline->setFocus(Qt::ShortcutFocusReason);
    }
    for (QAction *a : std::as_const(m_presentingActions))
        a->setEnabled(true);
    m_window->showFullScreen();
}

void PresenterMode::restore()
{
    Saved &s = m_saved;
    for (QAction *a : std::as_const(m_presentingActions))
        a->setEnabled(false);
    if (m_spotlight)
        m_spotlight->hide();
    if (m_player) {
        for (QAction *a : std::as_const(s.addedTransportActions))
            m_window->removeAction(a);
        TimelineView *timeline = m_player->timelineView();
        if (s.timelineHadTheme)
            timeline->setTheme(s.timelineTheme);
        else
            timeline->followPalette();
    }

    // Children first, then the window: each gets back exactly the font it had set itself.
    for (const auto &[w, font] : std::as_const(s.explicitFonts)) {
        if (w)
            w->setFont(font);
    }
    if (s.windowHadFont) {
        m_window->setFont(s.windowFont);
    } else {
        m_window->setFont(QFont());
        m_window->setAttribute(Qt::WA_SetFont, false);
    }
    if (s.windowHadPalette) {
        m_window->setPalette(s.windowPalette);
    } else {
        m_window->setPalette(QPalette());
        m_window->setAttribute(Qt::WA_SetPalette, false);
    }

    for (const auto &[a, wasEnabled] : std::as_const(s.enabled)) {
        if (a)
            a->setEnabled(wasEnabled);
    }
    for (const auto &[w, wasHidden] : std::as_const(s.hidden)) {
        if (w)
            w->setVisible(!wasHidden);
    }
    m_window->setWindowState(s.windowState);
    m_window->restoreState(s.mainWindowState);
    for (const auto &[splitter, state] : std::as_const(s.splitters)) {
        if (splitter)
            splitter->restoreState(state);
    }
    // Back to the size it had, never larger than the screen: the large fonts may have grown what the layouts
    // ask for while presenting.
    if (!(s.windowState & (Qt::WindowFullScreen | Qt::WindowMaximized)) && s.normalGeometry.isValid())
        m_window->setGeometry(
            clientInside(s.normalGeometry, s.frameMargins, m_window->screen()->availableGeometry()));
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    s = Saved();
}

} // namespace awaitscope
