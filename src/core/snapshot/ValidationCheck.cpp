#include "core/snapshot/ValidationCheck.h"

#include "core/codec/ExtJsonCodec.h"
#include "core/config/MongoUri.h"
#include "core/snapshot/ReadOnlyCommand.h"
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
    if (const QString why = ReadOnlyCommand::refusal(command); !why.isEmpty()) {
        v.error = why;
        v.refused = true;
        return v;
    }
    auto reply = SnapshotDrift::runValidationCommand(mongoUri, database, command);
    if (!reply) {
        v.error = MongoUri::scrub(reply.error().toString(), mongoUri);
        return v;
    }
    auto asRelaxed = relaxed(QJsonDocument(*reply).toJson(QJsonDocument::Compact));
    v.reply = asRelaxed ? *asRelaxed : *reply;
    auto decoded = ExtJsonCodec::decode(command);
    v.differences = judge(ReadOnlyCommand::name(decoded ? decoded->get() : nullptr), v.reply);
    if (expected.trimmed().isEmpty())
        return v;
    auto wanted = relaxed(expected);
    if (!wanted) {
        v.error = tr("the expected result is not a JSON document: %1").arg(wanted.error().message);
        return v;
    }
    const QJsonArray answered = rows(v.reply);
    const QStringList differ = compare(v.reply, *wanted, answered.isEmpty() ? QJsonObject() : answered.first().toObject());
    for (const QString &d : differ) {
        if (!v.differences.contains(d))
            v.differences << d;
    }
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
    return compare(reply, expected, QJsonObject());
}

QStringList ValidationCheck::compare(const QJsonObject &reply, const QJsonObject &expected, const QJsonObject &firstRow)
{
    QStringList out;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        const QJsonValue got = reply.contains(it.key()) ? reply.value(it.key()) : firstRow.value(it.key());
        if (!sameValue(got, it.value()))
            out << tr("%1 is %2, expected %3").arg(it.key(), shown(got), shown(it.value()));
    }
    return out;
}

QJsonArray ValidationCheck::rows(const QJsonObject &reply)
{
    if (reply.value(QStringLiteral("values")).isArray())
        return reply.value(QStringLiteral("values")).toArray();
    if (reply.value(QStringLiteral("databases")).isArray())
        return reply.value(QStringLiteral("databases")).toArray();
    return reply.value(QStringLiteral("cursor")).toObject().value(QStringLiteral("firstBatch")).toArray();
}

QStringList ValidationCheck::judge(const QString &command, const QJsonObject &reply)
{
    QStringList out;
    const QJsonValue ok = reply.value(QStringLiteral("ok"));
    if (!ok.isDouble() || ok.toDouble() != 1.0) {
        const QString why = reply.value(QStringLiteral("errmsg")).toString();
        out << (why.isEmpty() ? tr("the server answered ok: %1").arg(shown(ok)) : tr("the server answered ok: %1 (%2)").arg(shown(ok), why));
    }
    const QJsonArray writeErrors = reply.value(QStringLiteral("writeErrors")).toArray();
    if (!writeErrors.isEmpty()) {
        QStringList messages;
        for (const QJsonValue &e : writeErrors)
            messages << e.toObject().value(QStringLiteral("errmsg")).toString();
        out << tr("the server reported %n write error(s): %1", nullptr, int(writeErrors.size())).arg(messages.join(QStringLiteral("; ")));
    }
    if (reply.contains(QStringLiteral("writeConcernError")))
        out << tr("the server reported a write concern error: %1")
                   .arg(reply.value(QStringLiteral("writeConcernError")).toObject().value(QStringLiteral("errmsg")).toString());
    if (ReadOnlyCommand::answersRows(command) && rows(reply).isEmpty() && out.isEmpty())
        out << tr("%1 answered no documents").arg(command);
    return out;
}

} // namespace lifeboat
