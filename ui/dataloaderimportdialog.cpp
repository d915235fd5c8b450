#include "dataloaderimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sfsync {

namespace {
std::function<bool(DataLoaderImportDialog *)> &testAnswer()
{
    static std::function<bool(DataLoaderImportDialog *)> answer;
    return answer;
}
} // namespace

DataLoaderImportDialog::DataLoaderImportDialog(const QString &fileName, const QStringList &beans,
                                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dataLoaderImportDialog"));
    setWindowTitle(tr("Import from Data Loader"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    if (beans.isEmpty()) {
        layout->addWidget(new QLabel(
            tr("%1 maps columns to fields; say what the job writes with them.").arg(fileName), this));
        m_object = new QLineEdit(this);
        m_object->setObjectName(QStringLiteral("dataLoaderObject"));
        m_object->setPlaceholderText(tr("Salesforce object, e.g. Contact"));
        m_operation = new QComboBox(this);
        m_operation->setObjectName(QStringLiteral("dataLoaderOperation"));
        m_operation->addItem(tr("Insert"), QStringLiteral("insert"));
        m_operation->addItem(tr("Update"), QStringLiteral("update"));
        m_operation->addItem(tr("Upsert"), QStringLiteral("upsert"));
        m_operation->addItem(tr("Delete"), QStringLiteral("delete"));
        m_operation->addItem(tr("Hard delete"), QStringLiteral("hard_delete"));
        m_externalId = new QLineEdit(this);
        m_externalId->setObjectName(QStringLiteral("dataLoaderExternalId"));
        m_externalId->setPlaceholderText(tr("Upsert: the field that matches records"));
        form->addRow(tr("&Object:"), m_object);
        form->addRow(tr("O&peration:"), m_operation);
        form->addRow(tr("&External ID field:"), m_externalId);
    } else {
        layout->addWidget(new QLabel(tr("%1 holds several processes; which one?").arg(fileName), this));
        m_bean = new QComboBox(this);
        m_bean->setObjectName(QStringLiteral("dataLoaderBean"));
        m_bean->addItems(beans);
        form->addRow(tr("&Process:"), m_bean);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("dataLoaderButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString DataLoaderImportDialog::object() const
{
    return m_object ? m_object->text().trimmed() : QString();
}

QString DataLoaderImportDialog::operation() const
{
    return m_operation ? m_operation->currentData().toString() : QString();
}

QString DataLoaderImportDialog::externalIdField() const
{
    return m_externalId ? m_externalId->text().trimmed() : QString();
}

QString DataLoaderImportDialog::bean() const
{
    return m_bean ? m_bean->currentText() : QString();
}

bool DataLoaderImportDialog::ask()
{
    if (testAnswer()) {
        const auto answer = std::move(testAnswer());
        testAnswer() = nullptr;
        return answer(this);
    }
    return exec() == QDialog::Accepted;
}

void DataLoaderImportDialog::setTestAnswer(std::function<bool(DataLoaderImportDialog *)> answer)
{
    testAnswer() = std::move(answer);
}

} // namespace sfsync
