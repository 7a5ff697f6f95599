#pragma once

#include "core/common/Error.h"
#include "core/restore/RestorePlan.h"
#include "core/restore/RestoreRequest.h"

namespace lifeboat {

struct ServerInfo;

// Collection options the target server cannot honour (time-series collections, validators and
// the collMod that manages them on FerretDB). One rule for all: the plan names each option it
// leaves out (PlannedCollection::droppedOptions) before anything is written, and the restore
// refuses to start unless the request says to go on without them (dropUnsupportedOptions,
// --drop-unsupported-options, the wizard's check box).
namespace UnsupportedOptions {

// Validators (and collMod): MongoDB, not FerretDB.
bool serverHasValidators(const ServerInfo &server);
// The option names as the plan lists them.
inline constexpr const char *Timeseries = "time-series";
inline constexpr const char *Validator = "validator";
// A collection's listCollections options without validator, validationLevel, validationAction.
std::shared_ptr<BsonDocument> withoutValidator(const bson_t *options);
// Refused (before anything is written) when the plan drops options and the request does not
// allow it; the message names every one.
Status check(const RestoreRequest &request, const RestorePlan &plan);

} // namespace UnsupportedOptions

} // namespace lifeboat
