#include "cli/commands/VerifyCommand.h"

#include "cli/commands/RestoreFlow.h"
#include "cli/common/SignalCancel.h"
#include "cli/output/ReportPrinter.h"
#include "core/restore/RestoreEngine.h"

#include <QJsonObject>

namespace lifeboat::cli {

void VerifyCommand::addOptions(QCommandLineParser &parser) const
{
    m_target.addTo(parser);
}

int VerifyCommand::execute(const QCommandLineParser &parser)
{
    RestoreRequest request;
    if (auto st = m_target.fill(parser, request); !st)
        return fail(st.error());

    CancelToken cancel;
    SignalCancel signalGuard(cancel);
    auto report = RestoreEngine().verify(request, cancel);
    if (!report)
        return fail(report.error());
    if (const QString csvFile = m_target.reportFile(parser); !csvFile.isEmpty()) {
        if (auto st = report->writeCsv(csvFile); !st)
            return fail(st.error());
    }
    if (json()) {
        printJson(QJsonObject{{QStringLiteral("ok"), report->allOk()}, {QStringLiteral("report"), report->toJson()}});
    } else {
        ReportPrinter::printReport(m_out, *report);
        m_out.flush();
    }
    return RestoreFlow::reportExitCode(*report);
}

} // namespace lifeboat::cli
