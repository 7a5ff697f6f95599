#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace lifeboat::app {

class DocumentPageLoader;
class DocumentTableModel;

// The first documents of each of some collections of an archive, one collection at a time (a
// chooser above the table): what the restore wizard's preview shows of what it will restore.
// The backup browser's table (DocumentTableModel) over its loader (DocumentPageLoader), so
// reading stays off the GUI thread.
class DocumentSampleView final : public QWidget {
    Q_OBJECT
public:
    static constexpr int SampleSize = 5;

    explicit DocumentSampleView(QWidget *parent = nullptr);

    // Shows samples of `collections` (of `database` in a whole-deployment archive).
    void showSamples(const QString &archivePath, const QString &database, const QStringList &collections);
    void clear();
    bool isLoading() const;
    DocumentTableModel *model() const { return m_model; }
    QComboBox *collectionChooser() const { return m_chooser; }

Q_SIGNALS:
    void sampleShown(const QString &collection);

private:
    void loadCurrent();

    DocumentPageLoader *m_loader = nullptr; // child, one per archive shown
    DocumentTableModel *m_model;            // child
    QComboBox *m_chooser;
    QTableView *m_table;
    QLabel *m_status;
    QString m_database;
};

} // namespace lifeboat::app
