#pragma once

#include <QElapsedTimer>
#include <QString>

namespace sfsync {

// Shows a job's progress on stderr: a live bar with rows/s and ETA when stderr is a terminal, plain lines at
// most every few seconds otherwise (cron mail and CI logs stay short), nothing with --quiet.
class ProgressPrinter
{
public:
    enum class Style { Auto, Bar, Lines, Off };

    explicit ProgressPrinter(Style style = Style::Auto, int lineIntervalMs = 5000);

    // A new phase ("Planning", "Writing"): restarts the rate measurement.
    void setPhase(const QString &phase);
    // `total` < 0 when unknown.
    void update(qint64 done, qint64 total);
    // Final line of the phase; removes the bar.
    void finish();

    [[nodiscard]] Style style() const { return m_style; }

    // "1:05", "12 s"; exposed for tests of the format.
    [[nodiscard]] static QString formatDuration(qint64 seconds);

private:
    [[nodiscard]] QString describe(bool withBar) const;
    [[nodiscard]] double rowsPerSecond() const;

    Style m_style;
    int m_lineIntervalMs;
    QString m_phase;
    qint64 m_done = 0;
    qint64 m_total = -1;
    QElapsedTimer m_phaseClock;
    QElapsedTimer m_lastPrint;
    bool m_printedSinceFinish = false;
};

} // namespace sfsync
