#include "app/widgets/StatusLabel.h"

#include <QLabel>

namespace lifeboat::app {

void StatusLabel::show(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #b01c2e;") : QString());
}

} // namespace lifeboat::app
