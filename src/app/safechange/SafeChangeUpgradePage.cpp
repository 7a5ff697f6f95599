#include "app/safechange/SafeChangeUpgradePage.h"

#include "app/widgets/ThemeColors.h"
#include "app/safechange/SafeChangeSession.h"
#include "core/snapshot/ReadOnlyCommand.h"
#include "core/snapshot/ValidationCheck.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace lifeboat::app {

SafeChangeUpgradePage::SafeChangeUpgradePage(SafeChangeSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_text(new QLabel(this)), m_command(new QPlainTextEdit(this)), m_expected(new QLineEdit(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("safeChangeUpgradePage"));
    setTitle(tr("2. Run your change now"));
    setSubTitle(tr("Lifeboat waits while you upgrade. Press Next when the change is done."));
    m_text->setObjectName(QStringLiteral("upgradeTextLabel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setObjectName(QStringLiteral("validationCommandEdit"));
    m_command->setPlaceholderText(tr("Optional, e.g. {\"count\": \"products\", \"query\": {\"price\": {\"$gt\": 0}}}"));
    m_command->setTabChangesFocus(true);
    m_command->setMaximumHeight(90);
    m_expected->setObjectName(QStringLiteral("expectedResultEdit"));
    m_expected->setPlaceholderText(tr("Optional, e.g. {\"n\": 5}; empty: the command only has to succeed"));
    m_status->setObjectName(QStringLiteral("validationStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(ThemeColors::textStyle(ThemeColors::Role::Error));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    auto *caption = new QLabel(tr("<b>Your own check</b> (optional): a read command to run on the database after the change "
                                  "(find, count, distinct, aggregate without $out or $merge, listCollections, listIndexes, dbStats, "
                                  "collStats…), and what it must answer. Both in MongoDB Extended JSON. A command that writes is "
                                  "refused before it is sent."),
                               this);
    caption->setWordWrap(true);
    layout->addWidget(caption);
    auto *form = new QFormLayout;
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Expected result:"), m_expected);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_command, &QPlainTextEdit::textChanged, this, [this] {
        m_status->setText(problem());
        Q_EMIT completeChanged();
    });
    connect(m_expected, &QLineEdit::textChanged, this, [this] {
        m_status->setText(problem());
        Q_EMIT completeChanged();
    });
}

void SafeChangeUpgradePage::initializePage()
{
    const QString name = m_session->snapshotName().toHtmlEscaped();
    const QString db = m_session->database.toHtmlEscaped();
    m_text->setText(tr("<p>Snapshot <b>%1</b> holds <b>%2</b> as it was before the change.</p>"
                       "<p><b>Run your upgrade now</b>: the schema migration, the data migration, the new version of the "
                       "application. Lifeboat does nothing meanwhile.</p>"
                       "<p>When the upgrade has finished (or failed), press <b>Next</b>: Lifeboat compares %2 with the snapshot "
                       "and you decide whether to keep the change or roll back.</p>")
                        .arg(name, db));
    hideOwnCheckOnMatrixOne();
}

void SafeChangeUpgradePage::hideOwnCheckOnMatrixOne()
{
    const bool matrixOne = m_session->isMatrixOne();
    m_command->setEnabled(!matrixOne);
    m_expected->setEnabled(!matrixOne);
    if (!matrixOne)
        return;
    m_command->clear();
    m_expected->clear();
    m_status->setText(tr("Your own check runs MongoDB commands: it is not offered on a MatrixOne profile. "
                         "The check compares the tables, row counts and columns with the snapshot."));
}

QString SafeChangeUpgradePage::problem() const
{
    const QByteArray command = m_command->toPlainText().trimmed().toUtf8();
    const QByteArray expected = m_expected->text().trimmed().toUtf8();
    if (!command.isEmpty()) {
        if (const QString p = ValidationCheck::jsonProblem(command); !p.isEmpty())
            return tr("The command is not a JSON document: %1").arg(p);
        if (const QString why = ReadOnlyCommand::refusal(command); !why.isEmpty())
            return why;
    }
    if (!expected.isEmpty()) {
        if (command.isEmpty())
            return tr("An expected result needs a command.");
        if (const QString p = ValidationCheck::jsonProblem(expected); !p.isEmpty())
            return tr("The expected result is not a JSON document: %1").arg(p);
    }
    return {};
}

bool SafeChangeUpgradePage::isComplete() const
{
    return problem().isEmpty();
}

bool SafeChangeUpgradePage::validatePage()
{
    if (!problem().isEmpty())
        return false;
    m_session->validationCommand = m_command->toPlainText().trimmed().toUtf8();
    m_session->expectedResult = m_expected->text().trimmed().toUtf8();
    return true;
}

} // namespace lifeboat::app
