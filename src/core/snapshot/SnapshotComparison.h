#pragma once

#include "core/common/CancelToken.h"
#include "core/common/Result.h"
#include "core/snapshot/DatabaseAndSnapshot.h"
#include "core/snapshot/FieldDrift.h"
#include "core/snapshot/SnapshotDrift.h"
#include "core/snapshot/ValidationCheck.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace lifeboat {

// How a database differs from the snapshot taken before a change (the "check" step of the
// "Safe change" assistant). Three parts, in this order:
//   - the user's own validation command and its expected result (ValidationCheck; a read
//     command only), first, so that what follows shows the database after it;
//   - collections and document counts (SnapshotDrift: added, missing, changed, same);
//   - the top-level fields of each collection that is in both, from a sample (FieldDrift).
// Blocking (server and archive): run() belongs in a worker thread.
class SnapshotComparison final {
public:
    struct Request : DatabaseAndSnapshot {
        QByteArray validationCommand; // Extended JSON, or empty
        QByteArray expectedResult;    // Extended JSON, or empty (then the reply only has to be ok)
    };

    struct Outcome {
        SnapshotDrift drift;
        QList<FieldChange> fields;    // collections in both, by name
        std::optional<ValidationCheck> validation;
        // Collections, counts or fields differ.
        bool changed() const;
        const FieldChange *fieldsOf(const QString &collection) const;
    };

    static Result<Outcome> run(const Request &request, const CancelToken &cancel = CancelToken());
};

} // namespace lifeboat
