#pragma once

#include "cli/common/CommonOptions.h"
#include "core/common/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace lifeboat {
struct RestoreRequest;
}

namespace lifeboat::cli {

// The options `restore` and `verify` share: the archive, the database it is compared with
// (connection, --target-db, --source-db, --collection), how deep the verification goes and
// where its CSV report goes. They come first in both verbs' --help.
class ArchiveTargetOptions final {
public:
    // `snapshotDirHelp`: what --snapshot-dir means to the verb (restore's safety snapshot).
    explicit ArchiveTargetOptions(const QString &snapshotDirHelp = QString());

    CommonOptions common;
    const QCommandLineOption targetDb, sourceDb, collection, sample, verify, noInfer, report;

    void addTo(QCommandLineParser &parser) const;
    // Fills the request's archive, connection, target and verification; Usage (or the
    // connection's error) for a bad value.
    Status fill(const QCommandLineParser &parser, RestoreRequest &request) const;
    // --report's file, empty without it.
    QString reportFile(const QCommandLineParser &parser) const { return parser.value(report); }
};

} // namespace lifeboat::cli
