#pragma once

#include "core/common/Result.h"

#include <QDateTime>
#include <QString>

namespace lifeboat {

// Snapshot names: the archive's file name (plus extension) and its top folder, so they must
// be safe everywhere and unique in their folder.
//
// Rules: 1 to 100 characters of A-Z a-z 0-9 . _ -, not starting with '.' or '-'.
class SnapshotNames final {
public:
    static constexpr int MaxLength = 100;

    // Ok, or a Usage error saying what is wrong with the name.
    static Status validate(const QString &name);

    // The tutorial's convention: <purpose>_v<version>_<YYYYmmdd_HHMMSS> (local time of `when`),
    // or <purpose>_<YYYYmmdd_HHMMSS> without a version. Characters outside the allowed set in
    // purpose and version become '_'; an empty purpose becomes "snapshot". The result is
    // always valid (long purposes are cut).
    //   propose("pre_upgrade", "2.0", t) -> "pre_upgrade_v2.0_20250110_143052"
    static QString propose(const QString &purpose, const QString &version = {},
                           const QDateTime &when = QDateTime::currentDateTime());

    // `candidate` made safe by the same rules as propose() (no timestamp added).
    static QString sanitize(const QString &candidate);
};

} // namespace lifeboat
