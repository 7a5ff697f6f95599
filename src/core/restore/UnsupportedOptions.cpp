#include "core/restore/UnsupportedOptions.h"

#include "core/mongo/ServerInfo.h"

namespace lifeboat::UnsupportedOptions {

bool serverHasValidators(const ServerInfo &server)
{
    return server.flavour == QLatin1String("mongodb");
}

std::shared_ptr<BsonDocument> withoutValidator(const bson_t *options)
{
    auto out = std::make_shared<BsonDocument>();
    if (options)
        bson_copy_to_excluding_noinit(options, out->get(), "validator", "validationLevel", "validationAction", nullptr);
    return out;
}

Status check(const RestoreRequest &request, const RestorePlan &plan)
{
    const QStringList dropped = plan.droppedOptions();
    if (dropped.isEmpty() || request.dropUnsupportedOptions)
        return {};
    return Error(ErrorCode::Refused,
                 QStringLiteral("the server (%1) cannot honour these options of the archive: %2; nothing was changed")
                     .arg(plan.serverDescription, dropped.join(QStringLiteral(", "))),
                 QStringLiteral("restore without them with --drop-unsupported-options, or into a server that has them"));
}

} // namespace lifeboat::UnsupportedOptions
