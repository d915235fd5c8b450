#include "messageboxes.h"

#include "uilogging.h"

#include <QList>

namespace sfsync {

namespace {
struct State
{
    bool testMode = false;
    QList<QMessageBox::StandardButton> answers;
    QString lastText;
    QString lastObjectName;
    int shown = 0;
};

State &state()
{
    static State s;
    return s;
}

void record(const QString &text, const QString &objectName = {})
{
    qCDebug(lcUi) << "message box:" << text;
    state().lastText = text;
    state().lastObjectName = objectName;
    ++state().shown;
}
} // namespace

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    record(text);
    if (!state().answers.isEmpty())
        return state().answers.takeFirst();
    if (state().testMode) {
        qCWarning(lcUi) << "unanswered question in test mode:" << text;
        return defaultButton;
    }
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &objectName,
                                                   const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons,
                                                   QMessageBox::StandardButton defaultButton)
{
    record(text, objectName);
    if (!state().answers.isEmpty())
        return state().answers.takeFirst();
    if (state().testMode) {
        qCWarning(lcUi) << "unanswered question in test mode:" << text;
        return defaultButton;
    }
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setObjectName(objectName);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    record(text);
    if (!state().testMode)
        QMessageBox::information(parent, title, text);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    record(text);
    if (!state().testMode)
        QMessageBox::warning(parent, title, text);
}

void MessageBoxes::setTestMode(bool on)
{
    state().testMode = on;
}

bool MessageBoxes::testMode()
{
    return state().testMode;
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().answers.append(answer);
}

QString MessageBoxes::lastText()
{
    return state().lastText;
}

QString MessageBoxes::lastObjectName()
{
    return state().lastObjectName;
}

int MessageBoxes::shownCount()
{
    return state().shown;
}

void MessageBoxes::resetCounters()
{
    state() = State {state().testMode, {}, {}, {}, 0};
}

} // namespace sfsync
