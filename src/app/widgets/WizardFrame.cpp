#include "app/widgets/WizardFrame.h"

#include "app/widgets/ScreenFit.h"

#include <QIcon>
#include <QWizard>

namespace lifeboat::app {

void WizardFrame::setUp(QWizard *wizard, const QString &objectName, const QString &title, std::initializer_list<Page> pages,
                        QSize size)
{
    wizard->setObjectName(objectName);
    wizard->setWindowTitle(title);
    wizard->setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    wizard->setOption(QWizard::NoBackButtonOnLastPage, true);
    wizard->setOption(QWizard::NoCancelButtonOnLastPage, true);
    for (const auto &[id, page] : pages) {
        // A long page scrolls rather than pushing Next and Cancel below the screen's edge.
        ScreenFit::makeScrollable(page);
        wizard->setPage(id, page);
    }
    if (pages.size() > 0)
        wizard->setStartId(pages.begin()->first);
    ScreenFit::resize(wizard, size);
}

} // namespace lifeboat::app
