#include "cli/commands/Verb.h"

#include "core/common/Error.h"
#include "core/mongo/DriverLog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace lifeboat::cli {

int Verb::run(const QStringList &args)
{
    QCommandLineParser parser;
    addOptions(parser);
    int code = 0;
    if (!parse(parser, args, code))
        return code;
    m_json = parser.isSet(QStringLiteral("json"));
    routeDriverLog();
    return execute(parser);
}

// libmongoc's error lines ("Cannot load Certificate Authorities from ...") on stderr through
// Lifeboat: a JSON message line with --json, else a plain line naming where it comes from.
void Verb::routeDriverLog() const
{
    DriverLog::setHandler([json = m_json](const QString &text) {
        const QByteArray line = json ? QJsonDocument(QJsonObject{{QStringLiteral("event"), QStringLiteral("message")},
                                                                 {QStringLiteral("text"), QString(QStringLiteral("MongoDB driver: ") + text)}})
                                           .toJson(QJsonDocument::Compact)
                                     : QString(QStringLiteral("lifeboat-cli: MongoDB driver: ") + text).toUtf8();
        std::fprintf(stderr, "%s\n", line.constData());
        std::fflush(stderr);
    });
}

bool Verb::parse(QCommandLineParser &parser, const QStringList &args, int &exitCode)
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList forParser = args;
    forParser.removeAt(1); // the verb
    forParser[0] = forParser[0] + QLatin1Char(' ') + name();
    if (!parser.parse(forParser)) {
        m_err << "lifeboat-cli " << name() << ": " << parser.errorText() << "\n";
        m_err << "Try 'lifeboat-cli " << name() << " --help'.\n";
        m_err.flush();
        exitCode = int(ErrorCode::Usage);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program from argv[0]; the verb belongs in the usage line too.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString usage = text.left(eol);
        const qsizetype opts = usage.indexOf(QLatin1String(" [options]"));
        if (usage.startsWith(QLatin1String("Usage: ")) && opts > 0)
            text = QStringLiteral("Usage: lifeboat-cli ") + name() + usage.mid(opts) + text.mid(eol);
        m_out << text;
        m_out.flush();
        exitCode = 0;
        return false;
    }
    return true;
}

int Verb::fail(const Error &error)
{
    if (m_json) {
        printJson(QJsonObject{{QStringLiteral("ok"), false},
                              {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), errorCodeName(error.code)},
                                                                    {QStringLiteral("exitCode"), error.exitCode()},
                                                                    {QStringLiteral("message"), error.message},
                                                                    {QStringLiteral("hint"), error.hint}}}});
    }
    printError(error);
    return error.exitCode();
}

void Verb::printError(const Error &error)
{
    m_err << "lifeboat-cli " << name() << ": error: " << error.message << "\n";
    if (!error.hint.isEmpty())
        m_err << "  hint: " << error.hint << "\n";
    m_err.flush();
}

void Verb::printJson(const QJsonObject &object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    m_out.flush();
}

Status Verb::noArguments(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return Error(ErrorCode::Usage, QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    return {};
}

Result<QString> Verb::oneArgument(const QCommandLineParser &parser, const QString &what)
{
    if (parser.positionalArguments().size() != 1)
        return Error(ErrorCode::Usage, QStringLiteral("give exactly one %1").arg(what));
    return parser.positionalArguments().constFirst();
}

} // namespace lifeboat::cli
