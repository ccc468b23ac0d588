#include "export/exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
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
    }
    return QStringLiteral("png");
}

constexpr int CustomSize = 2; // index of "Custom" in the size list

} // namespace

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
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuffix);

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
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_path->setText(
        QDir(pictures.isEmpty() ? QDir::homePath() : pictures).filePath(QStringLiteral("awaitscope.png")));
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    updateSizeFields();
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

void ExportDialog::setPath(const QString &path)
{
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
    const bool replace = known == u"png" || known == u"svg" || known == u"pdf";
    const QString base = replace ? current.left(current.size() - info.suffix().size() - 1) : current;
    m_path->setText(base + QLatin1Char('.') + wanted);
}

void ExportDialog::chooseFile()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Export picture"), path(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen);
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
    if (!exporter.exportToFile(file, &error)) {
        m_message->setText(error);
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        return false;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(file)));
    m_message->setStyleSheet(QString());
    return true;
}

} // namespace awaitscope
