#pragma once

#include "cli/commands/Verb.h"

namespace lifeboat::cli {

// `cat ARCHIVE COLLECTION`: the documents of one collection of an archive (those --filter
// selects, after --skip, at most --limit) as JSON Lines on stdout, canonical Extended JSON
// unless --relaxed.
class CatCommand final : public Verb {
public:
    using Verb::Verb;
    QString verb() const override { return QStringLiteral("cat"); }
    QString summary() const override
    {
        return QStringLiteral("Print the documents of a collection in an archive as JSON Lines, optionally filtered by a MongoDB query.");
    }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;
};

} // namespace lifeboat::cli
