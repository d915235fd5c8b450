#pragma once

#include "sourcepreviewloader.h"

#include "core/config/sourceconfig.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace sfsync {

class JobDocument;

// Chooses the job's source (CSV, NDJSON or SQLite; a CSV file's delimiter and encoding) and shows its columns
// and first rows, decoded as chosen, so a wrong encoding shows as garbled text; a warning says when the
// chosen encoding looks wrong and offers the likely one.
class SourcePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SourcePanel(JobDocument *document, QWidget *parent = nullptr);

    [[nodiscard]] const SourcePreview &preview() const { return m_preview; }
    [[nodiscard]] bool isLoading() const { return m_loader->isLoading(); }

public Q_SLOTS:
    void syncFromDocument();
    void browse();
    void reload();

Q_SIGNALS:
    void previewChanged(const sfsync::SourcePreview &preview);

private:
    void applySource(const SourceConfig &source, const QString &description, int mergeId = -1);
    void showPreview(const SourcePreview &preview);
    void showEncodingAdvice(const SourcePreview &preview);

    JobDocument *m_document;
    SourcePreviewLoader *m_loader;
    SourcePreview m_preview;
    SourceConfig m_loadedSource; // what the shown preview was read from
    QString m_loadedPath;

    QComboBox *m_type = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_delimiterLabel = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_encodingLabel = nullptr;
    QWidget *m_encodingWarningBox = nullptr;
    QLabel *m_encodingWarning = nullptr;
    QPushButton *m_useSuggestedEncoding = nullptr;
    QPlainTextEdit *m_query = nullptr;
    QLabel *m_queryLabel = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sfsync
