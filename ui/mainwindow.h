#pragma once

#include <QMainWindow>

class QLabel;

namespace sfsync {

// The desktop app's main window.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    void createActions();
    void showAbout();

    QLabel *m_emptyState = nullptr;
};

} // namespace sfsync
