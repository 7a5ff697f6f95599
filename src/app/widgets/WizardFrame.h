#pragma once

#include <QSize>
#include <QString>

#include <initializer_list>
#include <utility>

class QWizard;
class QWizardPage;

namespace lifeboat::app {

// What every Lifeboat wizard looks like: its objectName and title, the app's icon, no Back or
// Cancel on the last page (the work is done by then), its pages by id starting at the first,
// each page's content in a scroll area, and its size (bounded by the screen it opens on).
class WizardFrame final {
public:
    using Page = std::pair<int, QWizardPage *>;

    static void setUp(QWizard *wizard, const QString &objectName, const QString &title, std::initializer_list<Page> pages,
                      QSize size);
};

} // namespace lifeboat::app
