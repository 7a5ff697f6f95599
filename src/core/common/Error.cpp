#include "core/common/Error.h"

namespace lifeboat {

QString Error::toString() const
{
    if (hint.isEmpty())
        return message;
    return message + QStringLiteral(" (") + hint + QLatin1Char(')');
}

Error Error::wrapped(const QString &context) const
{
    return Error(code, context + QStringLiteral(": ") + message, hint);
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Ok: return QStringLiteral("ok");
    case ErrorCode::Internal: return QStringLiteral("internal");
    case ErrorCode::Usage: return QStringLiteral("usage");
    case ErrorCode::Config: return QStringLiteral("config");
    case ErrorCode::Connection: return QStringLiteral("connection");
    case ErrorCode::Server: return QStringLiteral("server");
    case ErrorCode::ArchiveCorrupt: return QStringLiteral("archive-corrupt");
    case ErrorCode::IntegrityMismatch: return QStringLiteral("integrity-mismatch");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::Refused: return QStringLiteral("refused");
    }
    return QStringLiteral("unknown");
}

} // namespace lifeboat
