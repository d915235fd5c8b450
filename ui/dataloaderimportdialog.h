#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QLineEdit;

namespace sfsync {

// What Data Loader's files do not say themselves: for an .sdl mapping file the object, the operation and
// (upsert) the external ID field; for a process-conf.xml with several processes, which one. Tests answer it
// through setTestAnswer() (filled in by objectName, then accepted) instead of a modal loop.
class DataLoaderImportDialog : public QDialog
{
    Q_OBJECT
public:
    // `beans` empty: the .sdl form; else the process to take.
    DataLoaderImportDialog(const QString &fileName, const QStringList &beans, QWidget *parent = nullptr);

    [[nodiscard]] QString object() const;
    [[nodiscard]] QString
    operation() const; // Data Loader's name: insert, update, upsert, delete, hard_delete
    [[nodiscard]] QString externalIdField() const;
    [[nodiscard]] QString bean() const;

    // True when accepted.
    bool ask();
    // Instead of showing the dialog, `answer` fills it in and returns whether it is accepted; cleared after
    // use.
    static void setTestAnswer(std::function<bool(DataLoaderImportDialog *)> answer);

private:
    QLineEdit *m_object = nullptr;
    QComboBox *m_operation = nullptr;
    QLineEdit *m_externalId = nullptr;
    QComboBox *m_bean = nullptr;
};

} // namespace sfsync
