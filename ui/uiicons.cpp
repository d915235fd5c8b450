#include "uiicons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>

namespace sfsync::UiIcons {

namespace {
const QColor Accent(0x00, 0x70, 0xd2); // Salesforce-like blue
const QColor Go(0x2e, 0x7d, 0x32);
const QColor Stop(0xc6, 0x28, 0x28);

class VectorIconEngine : public QIconEngine
{
public:
    explicit VectorIconEngine(Kind kind)
        : m_kind(kind)
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        const bool disabled = mode == QIcon::Disabled;
        auto color = [disabled](const QColor &c) {
            return disabled ? QColor(0xa0, 0xa0, 0xa0) : c;
        };
        const QColor ink = color(QColor(0x37, 0x47, 0x4f));
        QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        switch (m_kind) {
        case New:
        case Job: {
            QPainterPath page;
            page.moveTo(6, 3);
            page.lineTo(14, 3);
            page.lineTo(19, 8);
            page.lineTo(19, 21);
            page.lineTo(6, 21);
            page.closeSubpath();
            painter->setBrush(QColor(0xff, 0xff, 0xff));
            painter->drawPath(page);
            painter->drawLine(QPointF(14, 3), QPointF(14, 8));
            painter->drawLine(QPointF(14, 8), QPointF(19, 8));
            if (m_kind == New) {
                painter->setPen(QPen(color(Go), 2.2, Qt::SolidLine, Qt::RoundCap));
                painter->drawLine(QPointF(12.5, 11), QPointF(12.5, 18));
                painter->drawLine(QPointF(9, 14.5), QPointF(16, 14.5));
            } else {
                painter->setPen(QPen(color(Accent), 1.6, Qt::SolidLine, Qt::RoundCap));
                for (int y : {11, 14, 17})
                    painter->drawLine(QPointF(9, y), QPointF(16, y));
            }
            break;
        }
        case Open: {
            QPainterPath folder;
            folder.moveTo(3, 6);
            folder.lineTo(9, 6);
            folder.lineTo(11, 8);
            folder.lineTo(20, 8);
            folder.lineTo(20, 19);
            folder.lineTo(3, 19);
            folder.closeSubpath();
            painter->setBrush(color(QColor(0xff, 0xca, 0x28)));
            painter->drawPath(folder);
            break;
        }
        case Save: {
            painter->setBrush(color(Accent));
            painter->drawRoundedRect(QRectF(4, 4, 16, 16), 2, 2);
            painter->setBrush(Qt::white);
            painter->setPen(Qt::NoPen);
            painter->drawRect(QRectF(7, 5.5, 10, 5));
            painter->drawRect(QRectF(8, 13, 8, 5.5));
            break;
        }
        case Org: {
            QPainterPath cloud;
            cloud.addEllipse(QRectF(3, 10, 8, 8));
            cloud.addEllipse(QRectF(7, 6, 10, 10));
            cloud.addEllipse(QRectF(13, 9, 8, 8));
            cloud.addRect(QRectF(7, 13, 10, 5));
            painter->setPen(Qt::NoPen);
            painter->setBrush(color(Accent));
            painter->drawPath(cloud.simplified());
            break;
        }
        case Objects: {
            painter->setBrush(color(QColor(0xe3, 0xf2, 0xfd)));
            painter->drawRect(QRectF(4, 4, 16, 16));
            painter->drawLine(QPointF(4, 9), QPointF(20, 9));
            painter->drawLine(QPointF(4, 14.5), QPointF(20, 14.5));
            painter->drawLine(QPointF(10, 4), QPointF(10, 20));
            break;
        }
        case Preview: {
            QPainterPath eye;
            eye.moveTo(2.5, 12);
            eye.quadTo(12, 2, 21.5, 12);
            eye.quadTo(12, 22, 2.5, 12);
            painter->setBrush(Qt::white);
            painter->drawPath(eye);
            painter->setBrush(color(Accent));
            painter->drawEllipse(QPointF(12, 12), 3.5, 3.5);
            break;
        }
        case Run: {
            QPainterPath play;
            play.moveTo(7, 4.5);
            play.lineTo(19.5, 12);
            play.lineTo(7, 19.5);
            play.closeSubpath();
            painter->setPen(QPen(color(Go), 1.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(color(Go));
            painter->drawPath(play);
            break;
        }
        case Cancel: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(color(Stop));
            painter->drawRoundedRect(QRectF(5, 5, 14, 14), 2.5, 2.5);
            break;
        }
        case Refresh: {
            painter->setPen(QPen(color(Accent), 2.2, Qt::SolidLine, Qt::RoundCap));
            painter->drawArc(QRectF(4.5, 4.5, 15, 15), 40 * 16, 280 * 16);
            QPainterPath head;
            head.moveTo(19.5, 3.5);
            head.lineTo(19.8, 9.5);
            head.lineTo(14, 8.5);
            head.closeSubpath();
            painter->setPen(Qt::NoPen);
            painter->setBrush(color(Accent));
            painter->drawPath(head);
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        const QSize device = size * scale;
        const QString key = QStringLiteral("sfsync-icon-%1-%2-%3x%4")
                                .arg(int(m_kind))
                                .arg(int(mode))
                                .arg(device.width())
                                .arg(device.height());
        QPixmap result;
        if (QPixmapCache::find(key, &result))
            return result;
        result = QPixmap(device);
        result.fill(Qt::transparent);
        {
            QPainter painter(&result);
            paint(&painter, QRect(QPoint(0, 0), device), mode, state);
        }
        result.setDevicePixelRatio(scale);
        QPixmapCache::insert(key, result);
        return result;
    }

    QIconEngine *clone() const override { return new VectorIconEngine(m_kind); }

private:
    Kind m_kind;
};
} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/sfsync-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon icon(Kind kind)
{
    return QIcon(new VectorIconEngine(kind));
}

} // namespace sfsync::UiIcons
