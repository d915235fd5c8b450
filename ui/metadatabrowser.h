#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace sfsync {

class FieldTableModel;
class MetadataService;
class ObjectListModel;
class SearchFilterProxyModel;

// Browse the org's objects and their fields. Everything is asynchronous through MetadataService; the view
// stays usable while a describe is on its way, and models (not item widgets) keep 1,000+ rows fluid.
class MetadataBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit MetadataBrowser(QWidget *parent = nullptr);

    // nullptr: not connected (the empty state is shown).
    void setMetadataService(MetadataService *service);
    void selectObject(const QString &apiName);
    [[nodiscard]] QString currentObject() const { return m_currentObject; }

    [[nodiscard]] ObjectListModel *objectModel() const { return m_objects; }
    [[nodiscard]] FieldTableModel *fieldModel() const { return m_fields; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void objectsLoaded(int count);
    void fieldsLoaded(const QString &objectName, int count);
    void useObjectRequested(const QString &objectName);

private:
    void loadObjects();
    void showObject(const QString &apiName);
    void onCurrentObjectChanged();

    QPointer<MetadataService> m_service;
    ObjectListModel *m_objects = nullptr;
    SearchFilterProxyModel *m_objectFilter = nullptr;
    FieldTableModel *m_fields = nullptr;
    SearchFilterProxyModel *m_fieldFilter = nullptr;

    QStackedWidget *m_stack = nullptr;
    QLineEdit *m_objectSearch = nullptr;
    QTableView *m_objectView = nullptr;
    QLineEdit *m_fieldSearch = nullptr;
    QTableView *m_fieldView = nullptr;
    QLabel *m_objectTitle = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_useInJob = nullptr;
    QString m_currentObject;
    QString m_pendingSelection;
    int m_generation = 0; // answers for an older request are dropped
};

} // namespace sfsync
