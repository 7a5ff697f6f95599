#pragma once

#include "core/common/Progress.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace lifeboat::app {

// One row per collection of a running backup: its name, a bar ("collectionBar", its namespace
// in the property "ns") and its count, in the order the engine lists them.
class CollectionProgressList final : public QWidget {
    Q_OBJECT
public:
    explicit CollectionProgressList(QWidget *parent = nullptr);

    void setProgress(const QList<CollectionProgress> &collections);
    // Marks the rows still waiting or running as stopped (after a cancel or a failure).
    void stop(const QString &why);
    int rowCount() const { return int(m_rows.size()); }
    QProgressBar *bar(const QString &ns) const;

private:
    struct Row {
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *count = nullptr;
        CollectionProgress::State state = CollectionProgress::State::Waiting;
    };
    Row &row(const QString &ns);

    QGridLayout *m_layout;
    QHash<QString, Row> m_rows;
};

} // namespace lifeboat::app
