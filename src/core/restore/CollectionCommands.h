#pragma once

#include "core/codec/BsonDocument.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lifeboat {

struct TimeseriesOptions {
    QString timeField;
    QString metaField;   // may be empty
    QString granularity; // "seconds", "minutes", "hours", or empty with bucket settings
    qint64 bucketMaxSpanSeconds = 0;
    qint64 bucketRoundingSeconds = 0;
    qint64 expireAfterSeconds = -1; // -1: none

    bool isValid() const { return !timeField.isEmpty(); }
    QJsonObject toJson() const;
};

struct ValidatorOptions {
    BsonDocument validator;     // empty document: none
    QString validationLevel;    // "strict", "moderate", "off" or empty
    QString validationAction;   // "error", "warn" or empty

    bool isSet() const { return validator.get() && !bson_empty(validator.get()); }
};

// The exact commands the restore engine sends, built in one place so unit tests can check them
// on servers that lack time-series collections, validators or collMod (FerretDB 1.x).
// Every command follows MongoDB's documented form.
class CollectionCommands final {
public:
    // {create: name, <options from listCollections, without viewOn/pipeline>}; with
    // `withoutValidator` the validator options are left out (they are put back by collMod
    // after the load, for --force).
    // With `withoutTimeseries`, timeseries and expireAfterSeconds are left out too: a server
    // without time-series collections gets a regular one.
    static BsonDocument create(const QString &name, const bson_t *options, bool withoutValidator, bool withoutTimeseries = false);
    // {create: name, timeseries: {timeField, metaField, granularity | bucketMaxSpanSeconds,
    //  bucketRoundingSeconds}, expireAfterSeconds}
    static BsonDocument createTimeseries(const QString &name, const TimeseriesOptions &ts);
    // {create: name, viewOn, pipeline}
    static BsonDocument createView(const QString &name, const QString &viewOn, const bson_t *pipelineArray);
    // {collMod: name, validator: {}, validationLevel: "off"}
    static BsonDocument disableValidation(const QString &name);
    // {collMod: name, validator, validationLevel, validationAction}
    static BsonDocument restoreValidation(const QString &name, const ValidatorOptions &v);
    // {createIndexes: name, indexes: [...]} without the _id_ index, or an empty document when
    // there is nothing to build. `indexes` holds listIndexes entries (canonical Extended JSON).
    static BsonDocument createIndexes(const QString &name, const QJsonArray &indexes);
    // {drop: name}
    static BsonDocument drop(const QString &name);

    // Reads time-series options from a listCollections entry's `options`.
    static TimeseriesOptions timeseriesFrom(const bson_t *options);
    static ValidatorOptions validatorFrom(const bson_t *options);
};

} // namespace lifeboat
