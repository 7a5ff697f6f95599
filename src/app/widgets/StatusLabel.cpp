#include "app/widgets/StatusLabel.h"
#include "app/widgets/ThemeColors.h"

#include <QLabel>

namespace lifeboat::app {

void StatusLabel::show(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? ThemeColors::textStyle(ThemeColors::Role::Error) : QString());
}

QString StatusLabel::sentence(const QString &text)
{
    QString out = text.trimmed();
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i].isLetter()) { // past a leading quote or bracket
            out[i] = out[i].toUpper();
            break;
        }
        if (out[i].isDigit())
            break;
    }
    if (!out.isEmpty() && !QStringView(u".!?…:").contains(out.back()))
        out += QLatin1Char('.');
    return out;
}

} // namespace lifeboat::app
