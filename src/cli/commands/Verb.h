#pragma once

#include "cli/commands/Command.h"
#include "core/common/Error.h"
#include "core/common/Result.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QTextStream>

namespace lifeboat::cli {

// A verb with options of its own, the base of every command but the `snapshot` group. Verbs
// are thin: run() parses the options (answering --help and a bad option itself), then the
// verb's execute() turns them into an engine request, runs the engine and prints its result.
class Verb : public Command {
public:
    Verb(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &args) final;

    // Usage "unexpected argument '<first>'" when the verb takes none but was given some.
    static Status noArguments(const QCommandLineParser &parser);
    // The one positional argument; Usage "give exactly one <what>" otherwise.
    static Result<QString> oneArgument(const QCommandLineParser &parser, const QString &what);

protected:
    // The verb's options and arguments, in the order its --help lists them; every verb has --json.
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    // Runs the verb on what was parsed and returns the exit code.
    virtual int execute(const QCommandLineParser &parser) = 0;

    // Whether --json was given: the result goes to stdout as one JSON object.
    bool json() const { return m_json; }
    // Prints the error (with --json, as JSON on stdout too) and returns its exit code.
    int fail(const Error &error);
    // "lifeboat-cli <name>: error: <message>" and its hint, on stderr.
    void printError(const Error &error);
    // One compact JSON object on a line of stdout.
    void printJson(const QJsonObject &object);

    QTextStream &m_out;
    QTextStream &m_err;

private:
    // Sets up the parser with --help and the verb's description; returns false (after
    // printing) when run() should stop with `exitCode`.
    bool parse(QCommandLineParser &parser, const QStringList &args, int &exitCode);
    void routeDriverLog() const;

    bool m_json = false;
};

} // namespace lifeboat::cli
