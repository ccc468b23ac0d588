#pragma once

// A paint device that keeps the words drawn on it and where: each text item with its box in device
// coordinates. Tests use it to check what a painter writes and that two labels do not overlap.
#include <QPaintDevice>
#include <QPaintEngine>
#include <QTextItem>
#include <QTransform>

#include <memory>
#include <vector>

namespace testing {

struct DrawnText
{
    QString text;
    QRectF box;
};

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(std::make_unique<Engine>(this))
    {
    }

    const std::vector<DrawnText> &texts() const { return m_texts; }
    QPaintEngine *paintEngine() const override { return m_engine.get(); }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device)
            : QPaintEngine(QPaintEngine::AllFeatures)
            , m_device(device)
        {
        }
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &state) override
        {
            if (state.state() & QPaintEngine::DirtyTransform)
                m_transform = state.transform();
        }
        // Everything but text is ignored (the defaults would turn shapes into each other without end).
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawTiledPixmap(const QRectF &, const QPixmap &, const QPointF &) override {}
        void drawImage(const QRectF &, const QImage &, const QRectF &, Qt::ImageConversionFlags) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPolygon(const QPoint *, int, PolygonDrawMode) override {}
        void drawRects(const QRectF *, int) override {}
        void drawRects(const QRect *, int) override {}
        void drawLines(const QLineF *, int) override {}
        void drawLines(const QLine *, int) override {}
        void drawPoints(const QPointF *, int) override {}
        void drawPoints(const QPoint *, int) override {}
        void drawEllipse(const QRectF &) override {}
        void drawEllipse(const QRect &) override {}
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            const QRectF box(p.x(), p.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            m_device->m_texts.push_back({item.text(), m_transform.mapRect(box)});
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        TextRecorder *m_device;
        QTransform m_transform;
    };

    QSize m_size;
    std::unique_ptr<Engine> m_engine;
    std::vector<DrawnText> m_texts;
};

} // namespace testing
