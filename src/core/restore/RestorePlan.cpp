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
                  {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
    if (const QStringList dropped = droppedOptions(); !dropped.isEmpty())
        o.insert(QStringLiteral("droppedOptions"), QJsonArray::fromStringList(dropped));
    return o;
}

} // namespace lifeboat
