#include "sourcepanel.h"

#include "filedialogs.h"
#include "jobdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace sfsync {

namespace {

QString encodingLabel(SourceConfig::Encoding encoding)
{
    const QString name = SourceConfig::encodingName(encoding);
    switch (encoding) {
    case SourceConfig::Encoding::Utf8:
        return SourcePanel::tr("%1 (default)").arg(name);
    case SourceConfig::Encoding::Utf16:
    case SourceConfig::Encoding::Utf32:
        return SourcePanel::tr("%1 (byte order from the mark)").arg(name);
    case SourceConfig::Encoding::Latin1:
        return SourcePanel::tr("%1 (Latin-1)").arg(name);
    case SourceConfig::Encoding::Windows1252:
        return SourcePanel::tr("%1 (Western European, Windows)").arg(name);
    case SourceConfig::Encoding::Latin9:
        return SourcePanel::tr("%1 (Latin-9, with €)").arg(name);
    default:
        return name;
    }
}

} // namespace

SourcePanel::SourcePanel(JobDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_loader(new SourcePreviewLoader(this))
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("sourcePanel"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("sourceType"));
    m_type->addItem(tr("CSV file"), int(SourceConfig::Type::Csv));
    m_type->addItem(tr("NDJSON file (one JSON object per line)"), int(SourceConfig::Type::Ndjson));
    m_type->addItem(tr("SQLite database (query)"), int(SourceConfig::Type::Sqlite));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("sourcePath"));
    m_path->setPlaceholderText(tr("Path of the file to load"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseSource"));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("sourceDelimiter"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    for (const SourceConfig::Encoding e : SourceConfig::encodings())
        m_encoding->addItem(encodingLabel(e), int(e));
    m_encoding->setToolTip(tr("The character encoding of the file. A byte order mark at its start (UTF-8, "
                              "UTF-16, UTF-32) always wins."));
    m_encodingWarning = new QLabel(this);
    m_encodingWarning->setObjectName(QStringLiteral("encodingWarning"));
    m_encodingWarning->setWordWrap(true);
    m_encodingWarning->setTextFormat(Qt::PlainText);
    m_useSuggestedEncoding = new QPushButton(this);
    m_useSuggestedEncoding->setObjectName(QStringLiteral("useSuggestedEncoding"));
    m_encodingWarningBox = new QWidget(this);
    m_encodingWarningBox->setObjectName(QStringLiteral("encodingWarningBox"));
    {
        auto *row = new QHBoxLayout(m_encodingWarningBox);
        row->setContentsMargins(0, 0, 0, 0);
        auto *icon = new QLabel(m_encodingWarningBox);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16, 16));
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(m_encodingWarning, 1);
        row->addWidget(m_useSuggestedEncoding, 0, Qt::AlignTop);
    }
    m_encodingWarningBox->hide();
    m_query = new QPlainTextEdit(this);
    m_query->setObjectName(QStringLiteral("sourceQuery"));
    m_query->setPlaceholderText(tr("SELECT email, last_name FROM contacts"));
    m_query->setMaximumHeight(60);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("sourcePreview"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sourceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_delimiterLabel = new QLabel(tr("&Delimiter:"), this);
    m_delimiterLabel->setBuddy(m_delimiter);
    form->addRow(m_delimiterLabel, m_delimiter);
    m_encodingLabel = new QLabel(tr("&Encoding:"), this);
    m_encodingLabel->setBuddy(m_encoding);
    form->addRow(m_encodingLabel, m_encoding);
    m_queryLabel = new QLabel(tr("&Query:"), this);
    m_queryLabel->setBuddy(m_query);
    form->addRow(m_queryLabel, m_query);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_encodingWarningBox);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_type, &QComboBox::activated, this, [this] {
        SourceConfig source = m_document->config().source;
        source.type = SourceConfig::Type(m_type->currentData().toInt());
        applySource(source, tr("Change source type"));
    });
    connect(m_path, &QLineEdit::editingFinished, this, [this] {
        SourceConfig source = m_document->config().source;
        if (source.path == m_path->text())
            return;
        source.path = m_path->text();
        applySource(source, tr("Change source file"));
    });
    connect(m_browse, &QPushButton::clicked, this, &SourcePanel::browse);
    connect(m_delimiter, &QComboBox::activated, this, [this] {
        SourceConfig source = m_document->config().source;
        source.delimiter = m_delimiter->currentData().toString().at(0);
        applySource(source, tr("Change delimiter"));
    });
    connect(m_encoding, &QComboBox::activated, this, [this] {
        SourceConfig source = m_document->config().source;
        source.encoding = SourceConfig::Encoding(m_encoding->currentData().toInt());
        applySource(source, tr("Change encoding"));
    });
    connect(m_useSuggestedEncoding, &QPushButton::clicked, this, [this] {
        if (!m_preview.encodingAdvice.suggested)
            return;
        SourceConfig source = m_document->config().source;
        source.encoding = *m_preview.encodingAdvice.suggested;
        applySource(source, tr("Change encoding"));
    });
    connect(m_query, &QPlainTextEdit::textChanged, this, [this] {
        SourceConfig source = m_document->config().source;
        if (source.query == m_query->toPlainText())
            return;
        source.query = m_query->toPlainText();
        applySource(source, tr("Edit source query"), JobDocument::SourceQueryEdit);
    });
    connect(m_loader, &SourcePreviewLoader::loaded, this, &SourcePanel::showPreview);
    syncFromDocument();
}

void SourcePanel::applySource(const SourceConfig &source, const QString &description, int mergeId)
{
    JobConfig config = m_document->config();
    config.source = source;
    m_document->apply(config, description, mergeId);
}

void SourcePanel::syncFromDocument()
{
    const JobConfig &config = m_document->config();
    const SourceConfig &source = config.source;
    {
        const QSignalBlocker b1(m_type), b2(m_path), b3(m_delimiter), b4(m_query), b5(m_encoding);
        m_encoding->setCurrentIndex(m_encoding->findData(int(source.encoding)));
        m_type->setCurrentIndex(m_type->findData(int(source.type)));
        if (m_path->text() != source.path)
            m_path->setText(source.path);
        const int delimiter = m_delimiter->findData(QString(source.delimiter));
        if (delimiter < 0)
            m_delimiter->addItem(QString(source.delimiter), QString(source.delimiter));
        m_delimiter->setCurrentIndex(m_delimiter->findData(QString(source.delimiter)));
        if (m_query->toPlainText() != source.query)
            m_query->setPlainText(source.query);
    }
    const bool csv = source.type == SourceConfig::Type::Csv;
    const bool sqlite = source.type == SourceConfig::Type::Sqlite;
    m_delimiter->setVisible(csv);
    m_delimiterLabel->setVisible(csv);
    m_encoding->setVisible(csv);
    m_encodingLabel->setVisible(csv);
    m_query->setVisible(sqlite);
    m_queryLabel->setVisible(sqlite);

    const QString path = source.path.isEmpty() ? QString() : config.resolvedSourcePath();
    if (path != m_loadedPath || !(source == m_loadedSource))
        reload();
}

void SourcePanel::reload()
{
    const JobConfig &config = m_document->config();
    m_loadedSource = config.source;
    m_loadedPath = config.source.path.isEmpty() ? QString() : config.resolvedSourcePath();
    if (m_loadedPath.isEmpty()) {
        SourcePreview empty;
        empty.error = tr("Choose a CSV, NDJSON or SQLite file to load.");
        showPreview(empty);
        return;
    }
    if (config.source.type == SourceConfig::Type::Sqlite && config.source.query.trimmed().isEmpty()) {
        SourcePreview empty;
        empty.error = tr("Type the query that selects the rows to load.");
        showPreview(empty);
        return;
    }
    m_status->setText(tr("Reading %1…").arg(QFileInfo(m_loadedPath).fileName()));
    m_loader->start(config.source, m_loadedPath);
}

void SourcePanel::browse()
{
    const SourceConfig::Type type = SourceConfig::Type(m_type->currentData().toInt());
    QString filter;
    switch (type) {
    case SourceConfig::Type::Csv:
        filter = tr("CSV files (*.csv *.txt);;All files (*)");
        break;
    case SourceConfig::Type::Ndjson:
        filter = tr("NDJSON files (*.ndjson *.jsonl *.json);;All files (*)");
        break;
    case SourceConfig::Type::Sqlite:
        filter = tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
        break;
    }
    const QString current = m_document->config().source.path.isEmpty()
        ? QDir::homePath()
        : QFileInfo(m_document->config().resolvedSourcePath()).absolutePath();
    const QString path = FileDialogs::openFile(this, tr("Choose the source"), current, filter);
    if (path.isEmpty())
        return;
    SourceConfig source = m_document->config().source;
    source.path = QFileInfo(path).absoluteFilePath();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The file's extension is a better guess than whatever type was chosen before.
    if (suffix == QLatin1String("csv"))
        source.type = SourceConfig::Type::Csv;
    else if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl"))
        source.type = SourceConfig::Type::Ndjson;
    else if (suffix == QLatin1String("sqlite") || suffix == QLatin1String("sqlite3")
             || suffix == QLatin1String("db"))
        source.type = SourceConfig::Type::Sqlite;
    applySource(source, tr("Choose source %1").arg(QFileInfo(path).fileName()));
}

void SourcePanel::showPreview(const SourcePreview &preview)
{
    m_preview = preview;
    m_model->clear();
    m_model->setColumnCount(int(preview.header.size()));
    m_model->setHorizontalHeaderLabels(preview.header);
    for (const QStringList &cells : preview.rows) {
        QList<QStandardItem *> items;
        for (const QString &cell : cells)
            items.append(new QStandardItem(cell));
        m_model->appendRow(items);
    }
    showEncodingAdvice(preview);
    if (!preview.error.isEmpty()) {
        m_status->setText(preview.error);
    } else {
        QStringList notes;
        notes.append(tr("%n column(s)", nullptr, int(preview.header.size())) + QStringLiteral(" \u00b7 ")
                     + tr("showing the first %n row(s)", nullptr, int(preview.rows.size())));
        if (m_loadedSource.type == SourceConfig::Type::Csv && preview.readAs != m_loadedSource.encoding)
            notes.append(tr("Read as %1: the file starts with its byte order mark.")
                             .arg(SourceConfig::encodingName(preview.readAs)));
        notes.append(preview.warnings);
        notes.append(preview.rowErrors);
        m_status->setText(notes.join(QLatin1Char('\n')));
    }
    Q_EMIT previewChanged(preview);
}

void SourcePanel::showEncodingAdvice(const SourcePreview &preview)
{
    const EncodingAdvice &advice = preview.encodingAdvice;
    const bool show = m_loadedSource.type == SourceConfig::Type::Csv && advice.doubtful;
    m_encodingWarningBox->setVisible(show);
    m_encodingWarning->setText(show ? advice.reason : QString());
    m_useSuggestedEncoding->setVisible(show && advice.suggested.has_value());
    if (advice.suggested)
        m_useSuggestedEncoding->setText(tr("Use %1").arg(SourceConfig::encodingName(*advice.suggested)));
}

} // namespace sfsync
