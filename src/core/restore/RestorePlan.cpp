#include "core/restore/RestorePlan.h"

namespace lifeboat {

QString PlannedCollection::actionName() const
{
    switch (action) {
    case Action::Drop: return QStringLiteral("drop");
    case Action::Create: return QStringLiteral("create");
    case Action::Replace: return QStringLiteral("replace");
    case Action::InsertInto: return QStringLiteral("insert-into-existing");
    }
    return {};
}

QJsonObject PlannedCollection::toJson() const
{
    QJsonObject o{{QStringLiteral("collection"), name},
                  {QStringLiteral("action"), actionName()},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("fileCount"), fileCount},
                  {QStringLiteral("dbCount"), dbCount},
                  {QStringLiteral("existsInDb"), existsInDb},
                  {QStringLiteral("timeseriesSource"), timeseriesSource},
                  {QStringLiteral("validator"), validatorHandling},
                  {QStringLiteral("indexes"), indexes.size()},
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (timeseries.isValid())
        o.insert(QStringLiteral("timeseries"), timeseries.toJson());
    if (!droppedOptions.isEmpty())
        o.insert(QStringLiteral("droppedOptions"), QJsonArray::fromStringList(droppedOptions));
    if (type == QLatin1String("view"))
        o.insert(QStringLiteral("viewOn"), viewOn);
    return o;
}

QList<const PlannedCollection *> RestorePlan::withAction(PlannedCollection::Action a) const
{
    QList<const PlannedCollection *> out;
    for (const auto &c : collections) {
        if (c.action == a)
            out << &c;
    }
    return out;
}

bool RestorePlan::isDestructive() const
{
    return !touchedExisting().isEmpty();
}

QStringList RestorePlan::touchedExisting() const
{
    QStringList out;
    for (const auto &c : collections) {
        if (!c.existsInDb || c.action == PlannedCollection::Action::Create)
            continue;
        if (c.type == QLatin1String("view") && c.action == PlannedCollection::Action::InsertInto)
            continue; // an existing view is kept, not changed
        out << c.name;
    }
    return out;
}

QStringList RestorePlan::droppedOptions() const
{
    QStringList out;
    for (const auto &c : collections) {
        for (const auto &option : c.droppedOptions)
            out << QStringLiteral("%1: %2").arg(c.name, option);
    }
    return out;
}

QString RestorePlan::modeName() const
{
    return inPlace ? QStringLiteral("in-place") : QStringLiteral("staged");
}

QString RestorePlan::modeRisk() const
{
    if (inPlace)
        return QStringLiteral("in place: collections are dropped and replaced before the archive is read; a bad archive or a failure midway leaves them partly restored (the safety snapshot is the way back)");
    return QStringLiteral("staged: each collection loads into a staging collection beside its target and is checked against the archive; the target changes only once everything has checked out (needs room for a second copy of the restored collections on the server)");
}

QJsonObject RestorePlan::toJson() const
{
    QJsonArray drop, create, restore;
    for (const auto &c : collections) {
        if (c.action == PlannedCollection::Action::Drop)
            drop.append(c.toJson());
        else
            restore.append(c.toJson());
        if (c.action == PlannedCollection::Action::Create || c.action == PlannedCollection::Action::Replace)
            create.append(c.name);
    }
    QJsonObject o{{QStringLiteral("archive"), archivePath},
                       {QStringLiteral("targetDatabase"), targetDatabase},
                       {QStringLiteral("sourceDatabase"), sourceDatabase},
                       {QStringLiteral("clone"), clone},
                       {QStringLiteral("targetExists"), targetExists},
                       {QStringLiteral("server"), serverDescription},
                       {QStringLiteral("drop"), drop},
                       {QStringLiteral("create"), create},
                       {QStringLiteral("restore"), restore},
                       {QStringLiteral("mode"), modeName()},
                       {QStringLiteral("modeRisk"), modeRisk()},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (const QStringList dropped = droppedOptions(); !dropped.isEmpty())
        o.insert(QStringLiteral("droppedOptions"), QJsonArray::fromStringList(dropped));
    return o;

}

} // namespace lifeboat
