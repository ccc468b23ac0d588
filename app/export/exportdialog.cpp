#include "export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace awaitscope {

namespace {

QString suffixOf(Exporter::Format format)
{
    switch (format) {
    case Exporter::Format::Png:
        return QStringLiteral("png");
    case Exporter::Format::Svg:
        return QStringLiteral("svg");
    case Exporter::Format::Pdf:
        return QStringLiteral("pdf");
    case Exporter::Format::Text:
        return QStringLiteral("txt");
    case Exporter::Format::Gif:
        return QStringLiteral("gif");
    case Exporter::Format::Mp4:
        return QStringLiteral("mp4");
    }
    return QStringLiteral("png");
}

constexpr int CustomSize = 2; // index of "Custom" in the size list

// A file name from the lesson's title: lower case, words joined by hyphens, nothing a file system minds.
QString slugOf(const QString &title)
{
    QString out;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(u'-') && (c.isSpace() || c.isPunct()))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.left(60).isEmpty() ? QStringLiteral("awaitscope") : out.left(60);
}

} // namespace

QString ExportDialog::defaultFolder()
{
    // The first of Pictures, Documents and home that exists: a fresh account may have none of the first two.
    for (const auto location : {QStandardPaths::PicturesLocation, QStandardPaths::DocumentsLocation}) {
        const QString dir = QStandardPaths::writableLocation(location);
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::homePath();
}

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export picture"));

    m_what = new QComboBox;
    m_what->setObjectName(QStringLiteral("exportWhat"));
    m_what->addItem(tr("Current view (timeline, panels and output)"), int(What::CurrentView));
    m_what->addItem(tr("Timeline only"), int(What::Timeline));
    m_what->addItem(tr("Compare view (the last comparison)"), int(What::Compare));

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("PNG image"), int(Exporter::Format::Png));
    m_format->addItem(tr("SVG drawing (text stays text)"), int(Exporter::Format::Svg));
    m_format->addItem(tr("PDF document (vector)"), int(Exporter::Format::Pdf));
    m_format->addItem(tr("GIF animation (the whole run, looping)"), int(Exporter::Format::Gif));
    m_format->addItem(tr("MP4 video (H.264, the whole run)"), int(Exporter::Format::Mp4));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateAnimationFields);

    m_fps = new QDoubleSpinBox;
    m_fps->setObjectName(QStringLiteral("exportFps"));
    m_fps->setDecimals(0);
    m_fps->setRange(1, 120);
    m_fps->setValue(10);
    m_fps->setSuffix(tr(" frames/s"));
    m_speed = new QDoubleSpinBox;
    m_speed->setObjectName(QStringLiteral("exportSpeed"));
    m_speed->setDecimals(2);
    m_speed->setRange(0.05, 1000);
    m_speed->setValue(1);
    m_speed->setSingleStep(0.25);
    m_speed->setSuffix(tr("×"));
    m_speed->setToolTip(tr("Seconds of the run per second of the animation: 2 plays it twice as fast."));

    m_size = new QComboBox;
    m_size->setObjectName(QStringLiteral("exportSize"));
    m_size->addItem(tr("1920 × 1080 (Full HD)"), Exporter::FullHd);
    m_size->addItem(tr("3840 × 2160 (4K)"), Exporter::UltraHd);
    m_size->addItem(tr("Custom"));
    m_width = new QSpinBox;
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_width->setRange(200, 8000);
    m_width->setSuffix(tr(" px"));
    m_height = new QSpinBox;
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_height->setRange(150, 8000);
    m_height->setSuffix(tr(" px"));
    m_width->setValue(Exporter::FullHd.width());
    m_height->setValue(Exporter::FullHd.height());
    connect(m_size, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSizeFields);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);

    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("exportTheme"));
    m_theme->addItem(tr("Light"), int(ExportTheme::Kind::Light));
    m_theme->addItem(tr("Dark"), int(ExportTheme::Kind::Dark));
    m_theme->addItem(tr("Projector (high contrast)"), int(ExportTheme::Kind::Projector));

    m_caption = new QCheckBox(tr("Caption with the lesson's title and the moment's time"));
    m_caption->setObjectName(QStringLiteral("exportCaption"));
    m_caption->setChecked(true);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File"));
    m_path->setText(QDir(defaultFolder()).filePath(QStringLiteral("awaitscope.png")));
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathChosen = true; });
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("&Format:"), m_format);
    // A row that is a layout has no buddy of its own: give the label one, so its shortcut works.
    auto *sizeLabel = new QLabel(tr("&Size:"));
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Frame &rate:"), m_fps);
    form->addRow(tr("S&peed:"), m_speed);
    form->addRow(QString(), m_caption);
    auto *pathLabel = new QLabel(tr("F&ile:"));
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, [this] {
        if (exportNow())
            accept();
    });

    // What the export will look like, redrawn a moment after a choice changes.
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(320, 180);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    for (QComboBox *box : {m_what, m_format, m_size, m_theme})
        connect(box, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_caption, &QCheckBox::toggled, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_width, &QSpinBox::valueChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_height, &QSpinBox::valueChanged, m_previewTimer, qOverload<>(&QTimer::start));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    updateSizeFields();
    updateAnimationFields();
    // Until a comparison is given, "compare view" is listed but cannot be picked.
    if (auto *model = qobject_cast<QStandardItemModel *>(m_what->model()))
        model->item(2)->setEnabled(false);
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::setRun(const Trace &trace, const QString &title, EventIndex cursorEvent)
{
    m_trace = trace;
    m_title = title;
    m_cursorEvent = cursorEvent;
    // A name that says what the picture is: the lesson and the moment (until the learner picks one).
    if (!m_pathChosen) {
        QString moment = QStringLiteral("start"); // the cursor before the first event
        if (cursorEvent >= 0 && size_t(cursorEvent) < trace.events().size())
            moment = QStringLiteral("at-%1s").arg(trace.events()[size_t(cursorEvent)].time, 0, 'f', 3);
        const QString folder = QFileInfo(path()).absolutePath();
        m_path->setText(QDir(folder).filePath(slugOf(title) + u'-' + moment + u'.' + suffixOf(format())));
    }
    m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    if (format() == Exporter::Format::Text || (what() == What::Compare && !m_compareFirst)) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(format() == Exporter::Format::Text ? tr("(the picture in words: no preview)")
                                                              : QString());
        return;
    }
    Exporter exporter;
    configure(exporter);
    const QImage image = exporter.renderImage();
    const QSize room = m_preview->contentsRect().size().expandedTo(QSize(320, 180));
    m_preview->setPixmap(QPixmap::fromImage(
        image.scaled(room * m_preview->devicePixelRatioF(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void ExportDialog::setComparison(const Trace &first, const QString &firstTitle, const Trace &second,
                                 const QString &secondTitle)
{
    m_compareFirst = first;
    m_compareSecond = second;
    m_compareFirstTitle = firstTitle;
    m_compareSecondTitle = secondTitle;
    if (auto *model = qobject_cast<QStandardItemModel *>(m_what->model()))
        model->item(2)->setEnabled(true);
}

void ExportDialog::setWhat(What what)
{
    if (what == What::Compare && !m_compareFirst)
        return;
    m_what->setCurrentIndex(m_what->findData(int(what)));
}

ExportDialog::What ExportDialog::what() const
{
    return What(m_what->currentData().toInt());
}

void ExportDialog::setFormat(Exporter::Format format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

Exporter::Format ExportDialog::format() const
{
    return Exporter::Format(m_format->currentData().toInt());
}

void ExportDialog::setPictureSize(QSize size)
{
    const int preset = m_size->findData(size);
    m_size->setCurrentIndex(preset >= 0 ? preset : CustomSize);
    m_width->setValue(size.width());
    m_height->setValue(size.height());
}

QSize ExportDialog::pictureSize() const
{
    if (m_size->currentIndex() == CustomSize)
        return {m_width->value(), m_height->value()};
    return m_size->currentData().toSize();
}

void ExportDialog::setTheme(ExportTheme::Kind kind)
{
    m_theme->setCurrentIndex(m_theme->findData(int(kind)));
}

ExportTheme::Kind ExportDialog::theme() const
{
    return ExportTheme::Kind(m_theme->currentData().toInt());
}

void ExportDialog::setCaptionShown(bool on)
{
    m_caption->setChecked(on);
}

bool ExportDialog::captionShown() const
{
    return m_caption->isChecked();
}

void ExportDialog::setFrameRate(double fps)
{
    m_fps->setValue(fps);
}

double ExportDialog::frameRate() const
{
    return m_fps->value();
}

void ExportDialog::setSpeed(double speed)
{
    m_speed->setValue(speed);
}

double ExportDialog::speed() const
{
    return m_speed->value();
}

void ExportDialog::updateAnimationFields()
{
    const bool animated = Exporter::isAnimated(format());
    m_fps->setEnabled(animated);
    m_speed->setEnabled(animated);
    // GIF counts delays in hundredths of a second.
    m_fps->setMaximum(format() == Exporter::Format::Gif ? Exporter::MaxGifFps : 120);
}

void ExportDialog::setPath(const QString &path)
{
    m_pathChosen = true;
    m_path->setText(path);
    if (const std::optional<Exporter::Format> f = Exporter::formatForPath(path))
        setFormat(*f);
    updateSuffix();
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::message() const
{
    return m_message->text();
}

void ExportDialog::updateSizeFields()
{
    const bool custom = m_size->currentIndex() == CustomSize;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    if (!custom) {
        const QSize s = m_size->currentData().toSize();
        m_width->setValue(s.width());
        m_height->setValue(s.height());
    }
}

void ExportDialog::updateSuffix()
{
    const QString current = path();
    if (current.isEmpty())
        return;
    const QFileInfo info(current);
    const QString wanted = suffixOf(format());
    if (info.suffix().compare(wanted, Qt::CaseInsensitive) == 0)
        return;
    const QString known = info.suffix().toLower();
    const bool replace =
        known == u"png" || known == u"svg" || known == u"pdf" || known == u"gif" || known == u"mp4";
    const QString base = replace ? current.left(current.size() - info.suffix().size() - 1) : current;
    m_path->setText(base + QLatin1Char('.') + wanted);
}

void ExportDialog::chooseFile()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export picture"), path(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;GIF "
                                        "animation (*.gif);;MP4 video (*.mp4)"));
    if (!chosen.isEmpty())
        setPath(chosen); // a chosen path: setRun leaves it
}

void ExportDialog::configure(Exporter &exporter) const
{
    switch (what()) {
    case What::CurrentView:
        exporter.setTrace(m_trace, m_title);
        exporter.setView(Exporter::View::Player);
        break;
    case What::Timeline:
        exporter.setTrace(m_trace, m_title);
        exporter.setView(Exporter::View::Timeline);
        break;
    case What::Compare:
        if (m_compareFirst && m_compareSecond)
            exporter.setComparison(*m_compareFirst, m_compareFirstTitle, *m_compareSecond,
                                   m_compareSecondTitle);
        exporter.setView(Exporter::View::Compare);
        break;
    }
    exporter.setSize(pictureSize());
    exporter.setTheme(theme());
    exporter.setCaption(captionShown() ? m_title : QString());
    if (what() == What::Compare)
        exporter.setCursorAtEnd(); // the comparison's point is the two totals
    else
        exporter.setCursorEvent(m_cursorEvent);
}

bool ExportDialog::exportNow()
{
    const QString file = path();
    if (file.isEmpty()) {
        m_message->setText(tr("Choose a file to export to."));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    if (what() == What::Compare && !m_compareFirst) {
        m_message->setText(tr("There is no comparison yet: open one from the Compare menu first."));
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    Exporter exporter;
    configure(exporter);
    QString error;
    const bool animated = Exporter::isAnimated(format());
    if (animated ? !exportAnimationNow(exporter, file, &error) : !exporter.exportToFile(file, &error)) {
        m_message->setText(error);
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    if (!animated)
        m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(file)));
    m_message->setStyleSheet(QString());
    return true;
}

bool ExportDialog::exportAnimationNow(const Exporter &exporter, const QString &file, QString *error)
{
    // Many frames take a while: a progress dialog shows how far it is and can stop it (nothing is written
    // then).
    QProgressDialog progress(tr("Drawing the frames…"), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    Exporter::AnimationOptions options;
    options.fps = frameRate();
    options.speed = speed();
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setMaximum(int(total));
        progress.setValue(int(done));
        return !progress.wasCanceled();
    };
    Exporter::AnimationResult result;
    if (!exporter.exportAnimation(file, options, &result, error))
        return false;
    // An animation has two frames at least, so "frames" is always plural.
    QString text = tr("Saved %1: %2 frames, %3 s.")
                       .arg(QDir::toNativeSeparators(file))
                       .arg(result.frames)
                       .arg(result.seconds, 0, 'f', 1);
    if (!result.note.isEmpty())
        text += QLatin1Char(' ') + result.note;
    m_message->setText(text);
    return true;
}

} // namespace awaitscope
