#include "core/snapshot/ValidationCheck.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/config/MongoUri.h"
#include "core/snapshot/SnapshotDrift.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace lifeboat {

namespace {

// A JSON value as the user would write it: "text", 5, true, null, {...}; "missing" when absent.
QString shown(const QJsonValue &v)
{
    if (v.isUndefined())
        return ValidationCheck::tr("missing");
    if (v.isString())
        return QLatin1Char('"') + v.toString() + QLatin1Char('"');
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
}

bool sameValue(const QJsonValue &got, const QJsonValue &expected)
{
    return (got.isDouble() && expected.isDouble()) ? got.toDouble() == expected.toDouble() : got == expected;
}

} // namespace

ValidationCheck ValidationCheck::run(const QString &mongoUri, const QString &database, const QByteArray &command,
                                     const QByteArray &expected)
{
    ValidationCheck v;
    v.command = QString::fromUtf8(command.trimmed());
    auto reply = SnapshotDrift::runValidationCommand(mongoUri, database, command);
    if (!reply) {
        v.error = MongoUri::scrub(reply.error().toString(), mongoUri);
        return v;
    }
    auto asRelaxed = relaxed(QJsonDocument(*reply).toJson(QJsonDocument::Compact));
    v.reply = asRelaxed ? *asRelaxed : *reply;
    if (expected.trimmed().isEmpty())
        return v;
    auto wanted = relaxed(expected);
    if (!wanted)
        v.error = tr("the expected result is not a JSON document: %1").arg(wanted.error().message);
    else
        v.differences = compare(v.reply, *wanted);
    return v;
}

QString ValidationCheck::jsonProblem(const QByteArray &json)
{
    auto decoded = ExtJsonCodec::decode(json);
    return decoded ? QString() : decoded.error().message;
}

Result<QJsonObject> ValidationCheck::relaxed(const QByteArray &json)
{
    auto decoded = ExtJsonCodec::decode(json);
    if (!decoded)
        return decoded.error();
    auto text = ExtJsonCodec::encode(decoded->get(), JsonStyle::Relaxed);
    if (!text)
        return text.error();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*text, &error);
    if (!doc.isObject())
        return Error(ErrorCode::Internal, error.errorString());
    return doc.object();
}

QStringList ValidationCheck::compare(const QJsonObject &reply, const QJsonObject &expected)
{
    QStringList out;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue got = reply.value(it.key());
        if (!sameValue(got, it.value()))
            out << tr("%1 is %2, expected %3").arg(it.key(), shown(got), shown(it.value()));
    }
    return out;
}

} // namespace lifeboat
