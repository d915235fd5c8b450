#include "progressprinter.h"

#include "console.h"

#include <QCoreApplication>

#include <cmath>

namespace sfsync {

namespace {

// Free functions' strings, under the context the runtime looks them up in (lupdate reads the
// macro's argument; a free tr() helper would file them under the namespace).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(sfsync::ProgressPrinter)
};

constexpr int BarRedrawMs = 100;

} // namespace

ProgressPrinter::ProgressPrinter(Style style, int lineIntervalMs)
    : m_style(style)
    , m_lineIntervalMs(lineIntervalMs)
{
    if (m_style == Style::Auto) {
        m_style = Console::isQuiet() ? Style::Off : Console::stderrIsTerminal() ? Style::Bar : Style::Lines;
    }
    m_phaseClock.start();
}

void ProgressPrinter::setPhase(const QString &phase)
{
    if (m_printedSinceFinish) {
        finish();
    }
    m_phase = phase;
    m_done = 0;
    m_total = -1;
    m_phaseClock.restart();
    m_lastPrint.invalidate();
}

double ProgressPrinter::rowsPerSecond() const
{
    const qint64 ms = m_phaseClock.elapsed();
    return ms > 0 ? double(m_done) * 1000.0 / double(ms) : 0.0;
}

QString ProgressPrinter::formatDuration(qint64 seconds)
{
    if (seconds < 60) {
        return Text::tr("%1 s").arg(seconds);
    }
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(hours)
            .arg(minutes, 2, 10, QLatin1Char('0'))
            .arg(rest, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
}

QString ProgressPrinter::describe(bool withBar) const
{
    const double rate = rowsPerSecond();
    QString text = m_phase.isEmpty() ? QString() : m_phase + QStringLiteral(": ");
    if (m_total > 0) {
        const double fraction = std::min(1.0, double(m_done) / double(m_total));
        if (withBar) {
            constexpr int width = 24;
            const int filled = int(std::lround(fraction * width));
            text += QLatin1Char('[') + QString(filled, QLatin1Char('#'))
                + QString(width - filled, QLatin1Char('.')) + QStringLiteral("] ");
        }
        text += Text::tr("%1/%2 rows (%3%)").arg(m_done).arg(m_total).arg(int(fraction * 100));
    } else {
        text += Text::tr("%1 rows").arg(m_done);
    }
    if (m_done > 0 && m_phaseClock.elapsed() >= 1000) {
        text += QStringLiteral(", ") + Text::tr("%1 rows/s").arg(rate, 0, 'f', rate < 10 ? 1 : 0);
        if (m_total > m_done && rate > 0) {
            const auto eta = qint64(std::ceil(double(m_total - m_done) / rate));
            text += QStringLiteral(", ") + Text::tr("ETA %1").arg(formatDuration(eta));
        }
    }
    return text;
}

void ProgressPrinter::update(qint64 done, qint64 total)
{
    m_done = done;
    m_total = total;
    m_printedSinceFinish = true;
    switch (m_style) {
    case Style::Off:
    case Style::Auto:
        return;
    case Style::Bar:
        if (m_lastPrint.isValid() && m_lastPrint.elapsed() < BarRedrawMs && done != total) {
            return;
        }
        m_lastPrint.restart();
        Console::setStatusLine(describe(true).left(Console::terminalColumns() - 1));
        return;
    case Style::Lines:
        // A line saying "0 rows" tells a log reader nothing.
        if (done == 0 || (m_lastPrint.isValid() && m_lastPrint.elapsed() < m_lineIntervalMs)) {
            return;
        }
        m_lastPrint.restart();
        Console::err(describe(false) + QLatin1Char('\n'));
        return;
    }
}

void ProgressPrinter::finish()
{
    if (!m_printedSinceFinish) {
        return;
    }
    m_printedSinceFinish = false;
    if (m_style == Style::Off || m_style == Style::Auto) {
        return;
    }
    Console::setStatusLine({});
    const qint64 ms = m_phaseClock.elapsed();
    Console::err(describe(false) + QStringLiteral(", ")
                 + Text::tr("done in %1").arg(formatDuration(ms / 1000)) + QLatin1Char('\n'));
}

} // namespace sfsync
