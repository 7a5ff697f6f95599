#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include <QLabel>

namespace lifeboat::app {

void StatusLabel::show(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? ThemeColors::textStyle(ThemeColors::Role::Error) : QString());
}

} // namespace lifeboat::app
