#pragma once

#include <QObject>

class QSocketNotifier;

namespace sfsync {

// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a command-line program stops cleanly from its
// event loop: sfsync-run cancels the job (its journal records where it stopped, and `--resume` continues from
// there); sfsync-localorg stops serving and prints its counters. One instance per process.
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
