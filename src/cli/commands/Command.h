#pragma once

#include "core/common/Error.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace lifeboat::cli {

// One CLI verb. Commands are thin: they parse options into an engine request, run the engine
// and print its result. Exit codes are ErrorCode values (docs/cli.md).
class Command {
public:
    Command(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // `args` starts with the program name, then the verb.
    virtual int run(const QStringList &args) = 0;

protected:
    // Sets up the parser with --help and the verb's description; returns false (after
    // printing) when the caller should stop with `exitCode`.
    bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode);
    int fail(const Error &error, bool json);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace lifeboat::cli
