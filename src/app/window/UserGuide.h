#pragma once

#include <QString>
#include <QUrl>

namespace lifeboat::app {

// Where Help > User guide opens docs/user-guide.md: the copy installed with the app
// (<prefix>/share/doc/lifeboat, beside bin/), else the source tree's (a build run from its
// build folder), else the guide online.
class UserGuide final {
public:
    static QUrl location();
    static QString onlineAddress();
};

} // namespace lifeboat::app
