#pragma once

#include "core/common/CancelToken.h"
#include "core/archive/Manifest.h"
#include "core/common/Result.h"
#include "core/snapshot/SnapshotDrift.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeboat::app {

// The "check" step of the "Safe change" assistant: how a database differs from the snapshot
// taken before a change. Three parts, each from the engine:
//   - collections and document counts (SnapshotDrift: added, missing, changed, same);
//   - the top-level fields of each collection that is in both, from the first SampleSize
//     documents of the snapshot's archive and of the database (a sample: a field only later
//     documents have is not seen);
//   - the user's own validation command (SnapshotDrift::runValidationCommand), its reply
//     compared with the expected result: every field of the expected document must be in
//     the reply with the same value (numbers compared by value, so {"n": 5} matches an int32,
//     int64 or double 5).
// Blocking (server and archive): run() belongs in a worker thread.
class SnapshotCheck final {
    Q_DECLARE_TR_FUNCTIONS(lifeboat::app::SnapshotCheck)

public:
    static constexpr int SampleSize = 1000;

    struct Request {
        QString mongoUri;             // holds the password: never shown
        QString database;             // the live database
        QString snapshotPath;         // the snapshot's archive
        Manifest manifest;            // its manifest
        QString snapshotDatabase;     // which database of a deployment snapshot ("" otherwise)
        QByteArray validationCommand; // Extended JSON, or empty
        QByteArray expectedResult;    // Extended JSON, or empty (then the reply only has to be ok)
    };

    struct FieldChange {
        QString collection;
        QStringList added;            // in the database's sample, not in the snapshot's
        QStringList removed;          // in the snapshot's sample, not in the database's
        int snapshotSample = 0;       // documents looked at on each side
        int databaseSample = 0;
        bool changed() const { return !added.isEmpty() || !removed.isEmpty(); }
    };

    struct Validation {
        QString command;              // as given
        QJsonObject reply;            // relaxed Extended JSON
        QString error;                // the command could not run (or the server said no)
        QStringList differences;      // "n is 7, expected 5"
        bool passed() const { return error.isEmpty() && differences.isEmpty(); }
    };

    struct Outcome {
        SnapshotDrift drift;
        QList<FieldChange> fields;    // collections in both, by name
        std::optional<Validation> validation;
        // Collections, counts or fields differ.
        bool changed() const;
        const FieldChange *fieldsOf(const QString &collection) const;
    };

    static Result<Outcome> run(const Request &request, const CancelToken &cancel = CancelToken());

    // Empty when `json` is an Extended JSON document, else why not.
    static QString jsonProblem(const QByteArray &json);
    // The fields of `expected` whose value in `reply` differs ("n is 7, expected 5").
    static QStringList compare(const QJsonObject &reply, const QJsonObject &expected);
    // Extended JSON (canonical or relaxed) as relaxed Qt JSON, e.g. {"n": 7, "ok": 1}.
    static Result<QJsonObject> relaxed(const QByteArray &json);
};

} // namespace lifeboat::app
