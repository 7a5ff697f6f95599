#pragma once

#include "core/archive/ArchiveContents.h"
#include "core/diff/DiffSide.h"

#include <memory>

namespace lifeboat {

// An archive's collections (of `database`, in a whole-deployment archive) as a diff side: one
// streaming pass over the archive per scan or fetch.
class ArchiveDiffSide final : public DiffSide {
public:
    ArchiveDiffSide(std::shared_ptr<const ArchiveContents> contents, QString database)
        : m_contents(std::move(contents)), m_database(std::move(database)) {}

    QString describe() const override;
    Result<QStringList> collections() override;
    Status scan(const QStringList &collections, const Add &add, const Done &done, const CancelToken &cancel) override;
    Status fetch(const QHash<QString, QSet<QByteArray>> &keys, const Add &take, const CancelToken &cancel) override;

private:
    bool wanted(const ArchiveContents::CollectionFile &f) const;

    std::shared_ptr<const ArchiveContents> m_contents;
    QString m_database;
};

} // namespace lifeboat
