#include "app/restore/RestoreConfirmPage.h"

#include "app/widgets/ThemeColors.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProductionBanner.h"
#include "app/restore/RestoreSession.h"
#include "app/widgets/TypedConfirmation.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace lifeboat::app {

RestoreConfirmPage::RestoreConfirmPage(RestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_banner(new ProductionBanner(this)), m_summary(new QLabel(this)), m_prompt(new QLabel(this)),
      m_confirmName(new QLineEdit(this)), m_confirmHint(new QLabel(this))
{
    setObjectName(QStringLiteral("restoreConfirmPage"));
    setTitle(tr("Confirm"));
    setSubTitle(tr("Check what is about to happen. Restore starts it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_summary->setObjectName(QStringLiteral("confirmSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_prompt->setObjectName(QStringLiteral("confirmPromptLabel"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_confirmName);
    m_confirmName->setObjectName(QStringLiteral("confirmNameEdit"));
    m_confirmName->setAccessibleName(tr("Database name to confirm"));
    TypedConfirmation::prepare(m_confirmName, m_confirmHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_prompt);
    layout->addWidget(m_confirmName);
    layout->addWidget(m_confirmHint);
    layout->addStretch();
    connect(m_confirmName, &QLineEdit::textChanged, this, [this] {
        if (m_session->plan)
            TypedConfirmation::update(m_confirmName, m_confirmHint, m_session->plan->targetDatabase);
        Q_EMIT completeChanged();
    });
}

void RestoreConfirmPage::initializePage()
{
    m_confirmName->clear();
    m_confirmHint->hide();
    m_banner->setProfile(m_session->profile, tr("This restore writes to it."));
    if (!m_session->plan) {
        m_summary->setText(tr("There is no plan."));
        m_prompt->hide();
        m_confirmName->hide();
        return;
    }
    const RestorePlan &plan = *m_session->plan;
    const RestoreRequest &request = m_session->request;
    using A = PlannedCollection::Action;
    const QString db = plan.targetDatabase.toHtmlEscaped();
    QStringList lines;
    lines << tr("Restore <b>%1</b>").arg(QFileInfo(plan.archivePath).fileName().toHtmlEscaped());
    lines << tr("into <b>%1</b> on %2 (%3)")
                 .arg(db, (m_session->profile ? m_session->profile->name : QString()).toHtmlEscaped(),
                      MongoUri::redacted(request.mongoUri).toHtmlEscaped());
    if (plan.clone)
        lines << tr("as a clone of %1").arg(plan.sourceDatabase.toHtmlEscaped());
    QStringList actions;
    if (const auto n = plan.withAction(A::Drop).size())
        actions << tr("%n collection(s) dropped", nullptr, int(n));
    if (const auto n = plan.withAction(A::Replace).size())
        actions << tr("%n dropped and recreated", nullptr, int(n));
    if (const auto n = plan.withAction(A::InsertInto).size())
        actions << tr("%n existing collection(s) inserted into", nullptr, int(n));
    if (const auto n = plan.withAction(A::Create).size())
        actions << tr("%n created", nullptr, int(n));
    lines << actions.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (plan.isDestructive()) {
        lines << (request.safetySnapshot
                      ? tr("A safety snapshot of %1 is taken first, into %2.").arg(db, QDir::toNativeSeparators(request.snapshotDir).toHtmlEscaped())
                      : ThemeColors::errorSpan(tr("<b>No safety snapshot</b> is taken: there is no way back.")));
    }
    lines << (request.verifyFull ? tr("Afterwards every collection is compared with the archive in full.")
                                 : tr("Afterwards counts and %Ln document(s) per collection are compared with the archive.", nullptr,
                                      request.verifySampleSize));
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const bool confirm = needsConfirmation();
    m_prompt->setVisible(confirm);
    m_confirmName->setVisible(confirm);
    if (confirm) {
        m_prompt->setText(tr("This restore drops or changes existing collections in <b>%1</b> (%2). Type the database's name to enable "
                             "Restore:")
                              .arg(db, plan.touchedExisting().join(QStringLiteral(", ")).toHtmlEscaped()));
        m_confirmName->setFocus();
    }
}

bool RestoreConfirmPage::needsConfirmation() const
{
    return m_session->plan && m_session->plan->isDestructive();
}

bool RestoreConfirmPage::isComplete() const
{
    if (!m_session->plan)
        return false;
    return !needsConfirmation() || m_confirmName->text() == m_session->plan->targetDatabase;
}

bool RestoreConfirmPage::validatePage()
{
    return isComplete();
}

} // namespace lifeboat::app
