#pragma once

#include "export/exporter.h"
#include "export/exporttheme.h"
#include "trace/trace.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTimer;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace awaitscope {

// File ▸ Export…: a picture of what is on screen for a slide. The learner picks what (the current view,
// the timeline alone, or the last comparison), the format (PNG, SVG, PDF, or the whole run played as an
// animated GIF or an MP4 video, at a frame rate and speed), the size (1920×1080, 3840×2160 or custom), the
// theme (light, dark, projector), an optional caption (the lesson's title and the cursor's time) and the
// file; the Exporter draws it. A file that cannot be written is reported here, and no partial file is left
// behind.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { CurrentView, Timeline, Compare };

    explicit ExportDialog(QWidget *parent = nullptr);
    ~ExportDialog() override;

    // The run on screen, its caption title (the lesson's) and the event the cursor shows (-1: before the
    // first), so the picture is the moment on screen even when several events share its time.
    // The run to export at `cursorEvent`; the file name becomes the lesson's and the moment's.
    void setRun(const Trace &trace, const QString &title, EventIndex cursorEvent);
    // Where exports go first: Pictures, else Documents, else home (the first that exists).
    static QString defaultFolder();
    // The two runs of the last comparison; without it, "compare view" cannot be chosen.
    void setComparison(const Trace &first, const QString &firstTitle, const Trace &second,
                       const QString &secondTitle);

    void setWhat(What what);
    What what() const;
    void setFormat(Exporter::Format format);
    Exporter::Format format() const;
    void setPictureSize(QSize size); // a preset when it is one, else custom
    QSize pictureSize() const;
    void setTheme(ExportTheme::Kind kind);
    ExportTheme::Kind theme() const;
    void setCaptionShown(bool on);
    bool captionShown() const;
    // For GIF and MP4: frames per second, and seconds of the run per second of the animation.
    void setFrameRate(double fps);
    double frameRate() const;
    void setSpeed(double speed);
    double speed() const;
    void setPath(const QString &path); // the suffix follows the chosen format
    QString path() const;

    // Sets up `exporter` with the dialog's choices (everything but the file).
    void configure(Exporter &exporter) const;
    // Writes the file; on failure the dialog shows why and stays open. Returns whether it worked.
    bool exportNow();
    QString message() const;

private:
    void chooseFile();
    void updateSizeFields();
    void updateSuffix();
    void updateAnimationFields();
    void updatePreview();
    bool exportAnimationNow(const Exporter &exporter, const QString &file, QString *error);

    Trace m_trace;
    QString m_title;
    EventIndex m_cursorEvent = -1;
    std::optional<Trace> m_compareFirst;
    std::optional<Trace> m_compareSecond;
    QString m_compareFirstTitle;
    QString m_compareSecondTitle;

    QComboBox *m_what = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_size = nullptr;
    QSpinBox *m_width = nullptr;
    QSpinBox *m_height = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_caption = nullptr;
    QDoubleSpinBox *m_fps = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
    bool m_pathChosen = false; // the learner typed or picked a file: setRun leaves it
};

} // namespace awaitscope
