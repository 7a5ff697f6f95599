#pragma once

#include <QString>

namespace lifeboat {

// The collections a staged restore loads into, beside their targets in the target database:
// `lifeboat_staging_<run id>_<name>`, a name no application uses, unique to one run. Not
// dotted: FerretDB 1.x creates collections with dots in their names but will not rename them
// ("Invalid namespace specified").
namespace staging {

inline constexpr const char *Prefix = "lifeboat_staging_";
// MongoDB's limit on "<db>.<collection>", in bytes.
inline constexpr int MaxNamespaceBytes = 255;
// Characters a staging name adds to the collection's: the prefix, the run id and a dot.
inline constexpr int Overhead = 17 + 8 + 1;

// A new run id: eight hex digits.
QString newRunId();
// The staging collection of `collection` in run `runId`.
QString nameOf(const QString &runId, const QString &collection);
// Whether a collection name is one of some run's staging collections.
bool isStagingName(const QString &collection);
// Why the server cannot take `collection` in database `db` (with room for the staging
// prefix when `staged`), or "" when it can.
QString nameProblem(const QString &db, const QString &collection, bool staged);

} // namespace staging

} // namespace lifeboat
