#include "app/widgets/JobProgressBar.h"

#include "app/widgets/ProgressText.h"

#include <QProgressBar>

namespace lifeboat::app {

void JobProgressBar::prepare(QProgressBar *bar)
{
    bar->setRange(0, Steps);
}

void JobProgressBar::show(QProgressBar *bar, const Progress &progress)
{
    bar->setValue(int(progress.fraction() * Steps));
    bar->setFormat(ProgressText::documents(progress.documentsDone, progress.documentsTotal) + QStringLiteral(" (%p%)"));
}

void JobProgressBar::complete(QProgressBar *bar)
{
    bar->setValue(Steps);
}

} // namespace lifeboat::app
