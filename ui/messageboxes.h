#pragma once

#include <QMessageBox>
#include <QString>

namespace sfsync {

// Every modal message box of the app goes through here, so tests can answer them without a native dialog
// loop (KeePassXC's MessageBox::setNextAnswer). In test mode nothing is shown: a question takes the queued
// answer (or its default button) and the text of every box is recorded.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // The same, in a box named `objectName` (tests and screenshots find it; lastObjectName() records it).
    static QMessageBox::StandardButton question(QWidget *parent, const QString &objectName,
                                                const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Test seams.
    static void setTestMode(bool on);
    [[nodiscard]] static bool testMode();
    static void setNextAnswer(QMessageBox::StandardButton answer);
    [[nodiscard]] static QString lastText();
    [[nodiscard]] static QString lastObjectName(); // empty for a box without a name
    [[nodiscard]] static int shownCount();
    static void resetCounters();
};

} // namespace sfsync
