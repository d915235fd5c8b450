#pragma once

#include <QObject>
#include <QString>

namespace sfsync {

class MainWindow;

// Walks the real window through its main screens and saves each one as a PNG (docs/screenshots), for
// `sfsync --screenshots DIR` under Xvfb. Opens the local org, the given job, previews and runs it.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(bool ok);

private:
    void step();
    void capture(const QString &name);
    void fail(const QString &why);

    MainWindow *m_window;
    QString m_directory;
    int m_step = 0;
};

} // namespace sfsync
