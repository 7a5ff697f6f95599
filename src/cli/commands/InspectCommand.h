#pragma once

#include "cli/commands/Verb.h"

#include <QList>

namespace lifeboat {
struct InspectionReport;
}

namespace lifeboat::cli {

class InspectCommand final : public Verb {
public:
    using Verb::Verb;
    QString verb() const override { return QStringLiteral("inspect"); }
    QString summary() const override { return QStringLiteral("Show an archive's manifest and check its integrity: every file's SHA-256, every collection's document count and digest."); }

    // One collection file of the archive with its check.
    struct Row {
        QString database, collection, file, type;
        qint64 documents = 0, bytes = 0;
        QString status;
    };

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
    void printJsonReport(const QString &path, const InspectionReport &report, const QList<Row> &rows);
    void printTextReport(const QString &path, const InspectionReport &report, const QList<Row> &rows);
    void printSummary(const InspectionReport &report);
    void printRows(const QList<Row> &rows);
    void printVerdict(const InspectionReport &report);
};

} // namespace lifeboat::cli
