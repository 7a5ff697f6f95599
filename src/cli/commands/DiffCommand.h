#pragma once

#include "cli/common/CommonOptions.h"
#include "cli/commands/Verb.h"

namespace lifeboat::cli {

// `diff ARCHIVE (--mongo-db DB | --against ARCHIVE2)`: which documents differ, collection by
// collection (DocumentDiffEngine). Each difference is printed as it is found (a JSON line with
// --json) and written to --report's CSV; a summary line per collection follows. Exit 0 when
// both sides hold the same documents, 7 when they differ, an error's code otherwise.
class DiffCommand final : public Verb {
public:
    DiffCommand(QTextStream &out, QTextStream &err);
    QString verb() const override { return QStringLiteral("diff"); }
    QString summary() const override
    {
        return QStringLiteral("Compare an archive with a database or another archive document by document: which _ids are missing on "
                              "either side, which documents differ and in which fields.");
    }

private:
    void addOptions(QCommandLineParser &parser) const override;
    int execute(const QCommandLineParser &parser) override;

    CommonOptions m_common;
};

} // namespace lifeboat::cli
