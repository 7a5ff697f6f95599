#include "app/widgets/WizardFrame.h"

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
    for (const auto &[id, page] : pages)
        wizard->setPage(id, page);
    if (pages.size() > 0)
        wizard->setStartId(pages.begin()->first);
    wizard->resize(size);
}

} // namespace lifeboat::app
