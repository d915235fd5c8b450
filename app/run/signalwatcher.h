#pragma once

#include <QObject>

class QSocketNotifier;

namespace sfsync {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a run can stop cleanly from the event loop:
// the job is cancelled, its journal records where it stopped, and `--resume` continues from there.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void interrupted(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sfsync
