#pragma once

#include "core/restore/RestorePlan.h"
#include "core/verify/VerificationReport.h"

#include <QTextStream>

namespace lifeboat::cli {

// Tables for restore plans and verification reports.
class ReportPrinter final {
public:
    static void printPlan(QTextStream &out, const RestorePlan &plan);
    static void printReport(QTextStream &out, const VerificationReport &report);
};

} // namespace lifeboat::cli
