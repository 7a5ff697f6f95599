#include "app/restore/surgical/SurgicalConfirmPage.h"

#include "app/restore/surgical/SurgicalPlanPage.h"
#include "app/restore/surgical/SurgicalRestoreSession.h"
#include "app/widgets/ProductionBanner.h"
#include "app/widgets/ThemeColors.h"
#include "app/widgets/TypedConfirmation.h"
#include "core/config/MongoUri.h"

#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace lifeboat::app {

SurgicalConfirmPage::SurgicalConfirmPage(SurgicalRestoreSession *session, QWidget *parent)
    : QWizardPage(parent), m_session(session), m_banner(new ProductionBanner(this)), m_summary(new QLabel(this)),
      m_snapshot(new QCheckBox(this)), m_snapshotNote(new QLabel(this)), m_prompt(new QLabel(this)), m_confirmName(new QLineEdit(this)),
      m_confirmHint(new QLabel(this))
{
    setObjectName(QStringLiteral("surgicalConfirmPage"));
    setTitle(tr("Confirm"));
    setSubTitle(tr("Check what is about to happen. Restore starts it."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_summary->setObjectName(QStringLiteral("surgicalConfirmSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_snapshot->setObjectName(QStringLiteral("surgicalSafetySnapshotCheck"));
    m_snapshot->setChecked(true);
    m_snapshotNote->setObjectName(QStringLiteral("surgicalSafetySnapshotNote"));
    m_snapshotNote->setWordWrap(true);
    m_prompt->setObjectName(QStringLiteral("surgicalConfirmPromptLabel"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_confirmName);
    m_confirmName->setObjectName(QStringLiteral("surgicalConfirmNameEdit"));
    TypedConfirmation::prepare(m_confirmName, m_confirmHint);
    m_confirmName->setAccessibleName(tr("Database name to confirm"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addSpacing(12);
    layout->addWidget(m_snapshot);
    layout->addWidget(m_snapshotNote);
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
    connect(m_snapshot, &QCheckBox::toggled, this, [this](bool on) {
        m_session->safetySnapshot = on;
        updateSnapshotNote();
    });
}

void SurgicalConfirmPage::initializePage()
{
    m_confirmName->clear();
    m_confirmHint->hide();
    m_banner->setProfile(m_session->target.profile, tr("This restore writes to it."));
    if (!m_session->plan) {
        m_summary->setText(tr("There is no plan."));
        for (QWidget *w : std::initializer_list<QWidget *>{m_snapshot, m_snapshotNote, m_prompt, m_confirmName})
            w->hide();
        return;
    }
    const MergePlan &plan = *m_session->plan;
    const QString db = plan.targetDatabase.toHtmlEscaped();
    const qint64 affected = plan.toInsert.size() + plan.toReplace.size();
    QStringList lines;
    lines << tr("Restore %n document(s) of <b>%1</b> from %2", nullptr, int(affected))
                 .arg(plan.collection.toHtmlEscaped(), QFileInfo(plan.archivePath).fileName().toHtmlEscaped());
    lines << tr("into <b>%1.%2</b> on %3 (%4):")
                 .arg(db, plan.collection.toHtmlEscaped(),
                      (m_session->target.profile ? m_session->target.profile->name : QString()).toHtmlEscaped(),
                      MongoUri::redacted(m_session->target.request.mongoUri).toHtmlEscaped());
    lines << QStringLiteral("<b>%1</b>").arg(SurgicalPlanPage::summaryText(plan).toHtmlEscaped());
    lines << tr("Afterwards every document written is read back and compared with the backup.");
    m_summary->setText(lines.join(QStringLiteral("<br>")));

    const bool replaces = needsConfirmation();
    m_snapshot->setText(tr("Save the %n document(s) about to be replaced to a safety snaps&hot first", nullptr, int(plan.toReplace.size())));
    m_snapshot->setChecked(m_session->safetySnapshot);
    m_snapshot->setVisible(replaces);
    m_snapshotNote->setVisible(replaces);
    updateSnapshotNote();
    m_prompt->setVisible(replaces);
    m_confirmName->setVisible(replaces);
    if (replaces) {
        m_prompt->setText(tr("This restore overwrites %n document(s) in <b>%1</b>. Type the database's name to enable Restore:", nullptr,
                             int(plan.toReplace.size()))
                              .arg(db));
        m_confirmName->setFocus();
    }
}

void SurgicalConfirmPage::updateSnapshotNote()
{
    const QString folder = QDir::toNativeSeparators(QFileInfo(m_session->selection.archivePath).absolutePath());
    m_snapshotNote->setText(m_snapshot->isChecked()
                                ? tr("Into %1, as an archive that Replace restores from.").arg(folder.toHtmlEscaped())
                                : ThemeColors::errorSpan(tr("<b>No safety snapshot</b>: the replaced documents cannot be put back.")));
}

bool SurgicalConfirmPage::needsConfirmation() const
{
    return m_session->plan && !m_session->plan->toReplace.isEmpty();
}

bool SurgicalConfirmPage::isComplete() const
{
    if (!m_session->plan)
        return false;
    return !needsConfirmation() || m_confirmName->text() == m_session->plan->targetDatabase;
}

bool SurgicalConfirmPage::validatePage()
{
    if (!needsConfirmation())
        m_session->safetySnapshot = true; // nothing replaced: none is taken anyway
    return isComplete();
}

} // namespace lifeboat::app
