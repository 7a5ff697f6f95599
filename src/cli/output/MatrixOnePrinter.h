#pragma once

#include "core/matrixone/MatrixOneCloner.h"
#include "core/matrixone/MatrixOneRestorer.h"
#include "core/matrixone/MatrixOneSnapshot.h"
#include "core/verify/VerificationReport.h"

#include <QList>
#include <QTextStream>

namespace lifeboat::cli {

// The text of the `snapshot` verbs on a MatrixOne server (docs/cli.md names every column).
class MatrixOnePrinter final {
public:
    // name, created, level, scope, account, purpose, verified
    static void printList(QTextStream &out, const QString &server, const QList<MatrixOneSnapshot> &snapshots);
    static void printInfo(QTextStream &out, const MatrixOneSnapshot &snapshot);
    static void printPlan(QTextStream &out, const MatrixOneRestorePlan &plan);
    // database, table, snapshot rows, rows, checksums, status
    static void printReport(QTextStream &out, const VerificationReport &report);
    static void printClone(QTextStream &out, const MatrixOneCloneOutcome &outcome);
};

} // namespace lifeboat::cli
