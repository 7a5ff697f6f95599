#include "app/safechange/SafeChangeDecisionPage.h"

#include "app/widgets/ThemeColors.h"
#include "core/config/MongoUri.h"
#include "app/widgets/ProductionBanner.h"
#include "app/widgets/ProgressText.h"
#include "app/safechange/MatrixOneSafeChange.h"
#include "app/safechange/SafeChangeSession.h"
#include "app/widgets/TypedConfirmation.h"
#include "ui_SafeChangeDecisionPage.h"

#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QtConcurrent>

namespace lifeboat::app {

namespace {

QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("?") : QLocale().toString(n);
}

} // namespace

SafeChangeDecisionPage::SafeChangeDecisionPage(SafeChangeSession *session, QWidget *parent)
    : QWizardPage(parent), m_ui(std::make_unique<Ui::SafeChangeDecisionPage>()), m_session(session), m_banner(new ProductionBanner(this)),
      m_watcher(new QFutureWatcher<Planned>(this)), m_matrixOneWatcher(new QFutureWatcher<MatrixOnePlanned>(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("safeChangeDecisionPage"));
    setTitle(tr("4. Keep the change, or roll back"));
    setSubTitle(tr("A rollback shows what it would change before anything is written."));
    setCommitPage(true);
    m_ui->bannerLayout->addWidget(m_banner);
    m_ui->rollbackPlanTable->setColumnCount(ColumnCount);
    m_ui->rollbackPlanTable->setHorizontalHeaderLabels({tr("Collection"), tr("What the rollback does"), tr("In the snapshot"), tr("In the database now")});
    m_ui->confirmNameEdit->setAccessibleName(tr("Database name to confirm"));
    m_confirmHint = new QLabel(this);
    TypedConfirmation::prepare(m_ui->confirmNameEdit, m_confirmHint);
    m_ui->rollbackLayout->insertWidget(m_ui->rollbackLayout->indexOf(m_ui->confirmNameEdit) + 1, m_confirmHint);
    connect(m_ui->keepRadio, &QRadioButton::toggled, this, &SafeChangeDecisionPage::choiceChanged);
    connect(m_ui->rollbackRadio, &QRadioButton::toggled, this, &SafeChangeDecisionPage::choiceChanged);
    connect(m_ui->verifyFirstCheck, &QCheckBox::toggled, this, &SafeChangeDecisionPage::plan);
    connect(m_ui->safetySnapshotCheck, &QCheckBox::toggled, this, &SafeChangeDecisionPage::plan);
    connect(m_ui->confirmNameEdit, &QLineEdit::textChanged, this, [this] {
        TypedConfirmation::update(m_ui->confirmNameEdit, m_confirmHint, confirmWord());
        Q_EMIT completeChanged();
    });
    connect(m_watcher, &QFutureWatcher<Planned>::finished, this, [this] {
        if (m_planAgain) {
            plan();
            return;
        }
        const Planned result = m_watcher->result();
        if (result->ok())
            m_plan = **result;
        else
            m_plan.reset();
        showPlan();
        if (!result->ok())
            showPlanError(result->error());
        Q_EMIT completeChanged();
        Q_EMIT planned();
    });
    connect(m_matrixOneWatcher, &QFutureWatcher<MatrixOnePlanned>::finished, this, &SafeChangeDecisionPage::matrixOnePlanned);
}

void SafeChangeDecisionPage::showPlanError(const Error &error)
{
    m_ui->planStatusLabel->setText(ThemeColors::errorSpan(tr("The rollback cannot be planned: %1")
                                                              .arg(MongoUri::scrub(error.toString(), m_session->mongoUri))
                                                              .toHtmlEscaped()));
}

// Not waiting for a worker still running: it holds copies only, and its result is dropped.
SafeChangeDecisionPage::~SafeChangeDecisionPage() = default;

void SafeChangeDecisionPage::initializePage()
{
    m_banner->setProfile(m_session->profile, tr("A rollback writes to it."));
    QStringList lines;
    if (!m_session->checkError.isEmpty())
        lines << tr("The check could not run: %1").arg(m_session->checkError);
    else if (m_session->check && m_session->check->changed())
        lines << tr("%1 differs from snapshot %2 (see the previous page).").arg(m_session->database, m_session->snapshotName());
    else if (m_session->check && m_session->isMatrixOne())
        lines << tr("%1 has the same tables, row counts and columns as snapshot %2.").arg(m_session->database, m_session->snapshotName());
    else if (m_session->check)
        lines << tr("%1 has the same collections, document counts and fields as snapshot %2.").arg(m_session->database, m_session->snapshotName());
    if (m_session->check && m_session->check->validation)
        lines << (m_session->check->validation->passed() ? tr("Your own check passed.") : tr("Your own check FAILED."));
    m_ui->decisionSummaryLabel->setText(lines.join(QLatin1Char(' ')));
    choiceChanged();
}

SnapshotRestoreRequest SafeChangeDecisionPage::request() const
{
    SnapshotRestoreRequest r;
    r.mode = SnapshotRestoreRequest::Mode::Restore;
    r.snapshotDir = m_session->folder;
    r.name = m_session->snapshotName();
    r.mongoUri = m_session->mongoUri;
    r.targetDatabase = m_session->database;
    r.verifyFirst = m_ui->verifyFirstCheck->isChecked();
    r.safetySnapshot = m_ui->safetySnapshotCheck->isChecked();
    return r;
}

void SafeChangeDecisionPage::choiceChanged()
{
    const bool rollback = m_ui->rollbackRadio->isChecked();
    m_ui->rollbackPanel->setVisible(rollback);
    setButtonText(QWizard::CommitButton, rollback ? tr("&Roll back") : tr("&Keep the change"));
    if (rollback && !m_plan && !m_matrixOnePlan && !isPlanning())
        plan();
    Q_EMIT completeChanged();
}

void SafeChangeDecisionPage::plan()
{
    if (!m_ui->rollbackRadio->isChecked())
        return;
    if (m_session->isMatrixOne()) {
        planMatrixOne();
        return;
    }
    m_plan.reset();
    if (isPlanning()) {
        m_planAgain = true;
        return;
    }
    m_planAgain = false;
    m_ui->rollbackPlanTable->setRowCount(0);
    m_ui->confirmPromptLabel->hide();
    m_ui->confirmNameEdit->hide();
    m_ui->planStatusLabel->setText(tr("Planning the rollback (nothing is written)…"));
    const SnapshotRestoreRequest r = request();
    m_watcher->setFuture(QtConcurrent::run([r]() -> Planned {
        return std::make_shared<Result<SnapshotRestorePlan>>(SnapshotRestorer().plan(r));
    }));
    Q_EMIT completeChanged();
}

void SafeChangeDecisionPage::showPlan()
{
    auto *table = m_ui->rollbackPlanTable;
    table->setRowCount(0);
    m_ui->confirmPromptLabel->hide();
    m_ui->confirmNameEdit->hide();
    m_confirmHint->hide();
    if (!m_plan)
        return;
    using A = PlannedCollection::Action;
    const RestorePlan &p = m_plan->plan;
    table->setRowCount(int(p.collections.size()));
    qint64 documents = 0;
    for (int r = 0; r < p.collections.size(); ++r) {
        const PlannedCollection &c = p.collections.at(r);
        QString action;
        switch (c.action) {
        case A::Drop: action = tr("drop: not in the snapshot"); break;
        case A::Create: action = tr("create from the snapshot"); break;
        case A::Replace: action = tr("drop and recreate from the snapshot"); break;
        case A::InsertInto: action = tr("insert the snapshot's documents"); break;
        }
        if (c.action != A::Drop && c.type != QLatin1String("view"))
            documents += std::max<qint64>(0, c.fileCount);
        const QStringList cells{c.name, action, c.action == A::Drop ? QStringLiteral("—") : (c.type == QLatin1String("view") ? tr("view") : count(c.fileCount)),
                                c.existsInDb || c.action == A::Drop ? count(c.dbCount) : QStringLiteral("—")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == SnapshotColumn || col == NowColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c.action == A::Drop || c.action == A::Replace)
                item->setForeground(ThemeColors::color(ThemeColors::Role::Error));
            table->setItem(r, col, item);
        }
    }
    table->resizeColumnsToContents();
    const QString db = m_session->database.toHtmlEscaped();
    QStringList lines;
    lines << tr("Rolling back %1 to snapshot %2: %3 dropped, %4 dropped and recreated, %5 created; %6 from the snapshot.")
                 .arg(db, m_session->snapshotName().toHtmlEscaped())
                 .arg(p.withAction(A::Drop).size())
                 .arg(p.withAction(A::Replace).size())
                 .arg(p.withAction(A::Create).size())
                 .arg(ProgressText::documentCount(documents));
    if (!m_plan->scratchDatabase.isEmpty())
        lines << tr("First the snapshot is loaded into %1 and verified in full; %1 is dropped, and if the snapshot does not verify, "
                    "%2 is not touched.")
                     .arg(m_plan->scratchDatabase.toHtmlEscaped(), db);
    if (m_plan->willTakeSafetySnapshot)
        lines << tr("A safety snapshot of %1 as it is now is taken into %2.").arg(db, QDir::toNativeSeparators(m_session->folder).toHtmlEscaped());
    else if (m_plan->needsConfirmation)
        lines << ThemeColors::errorSpan(QStringLiteral("<b>%1</b>").arg(tr("No safety snapshot: the database as it is now cannot be brought back.")));
    lines << tr("Afterwards %1 is verified in full against the snapshot.").arg(db);
    for (const QString &w : std::as_const(p.warnings))
        lines << ThemeColors::errorSpan(w.toHtmlEscaped());
    m_ui->planStatusLabel->setText(lines.join(QStringLiteral("<br>")));
    if (m_plan->needsConfirmation) {
        m_ui->confirmPromptLabel->setText(tr("This drops or changes collections in <b>%1</b> (%2). Type the database's name to enable Roll back:")
                                              .arg(db, p.touchedExisting().join(QStringLiteral(", ")).toHtmlEscaped()));
        m_ui->confirmPromptLabel->show();
        m_ui->confirmNameEdit->show();
    }
}

bool SafeChangeDecisionPage::needsConfirmation() const
{
    return (m_plan && m_plan->needsConfirmation) || m_matrixOnePlan.has_value();
}

QString SafeChangeDecisionPage::confirmWord() const
{
    return m_matrixOnePlan ? m_matrixOnePlan->confirmWord : m_session->database;
}

void SafeChangeDecisionPage::planMatrixOne()
{
    m_matrixOnePlan.reset();
    if (isPlanning()) {
        m_planAgain = true;
        return;
    }
    m_planAgain = false;
    m_ui->rollbackPlanTable->setRowCount(0);
    m_ui->confirmPromptLabel->hide();
    m_ui->confirmNameEdit->hide();
    m_ui->planStatusLabel->setText(tr("Planning the rollback (nothing is written)…"));
    MatrixOneRestoreRequest r;
    r.name = m_session->snapshotName();
    r.safetySnapshot = m_ui->safetySnapshotCheck->isChecked();
    r.verifyFirst = m_ui->verifyFirstCheck->isChecked();
    m_matrixOneWatcher->setFuture(QtConcurrent::run([r, uri = m_session->mongoUri, folder = m_session->folder]() -> MatrixOnePlanned {
        return std::make_shared<Result<MatrixOneRestorePlan>>(MatrixOneSafeChange::plan(uri, folder, r));
    }));
    Q_EMIT completeChanged();
}

void SafeChangeDecisionPage::matrixOnePlanned()
{
    if (m_planAgain) {
        planMatrixOne();
        return;
    }
    const MatrixOnePlanned result = m_matrixOneWatcher->result();
    if (result->ok())
        m_matrixOnePlan = **result;
    else
        m_matrixOnePlan.reset();
    showMatrixOnePlan();
    if (!result->ok())
        showPlanError(result->error());
    Q_EMIT completeChanged();
    Q_EMIT planned();
}

void SafeChangeDecisionPage::showMatrixOnePlan()
{
    auto *table = m_ui->rollbackPlanTable;
    table->setRowCount(0);
    m_ui->confirmPromptLabel->hide();
    m_ui->confirmNameEdit->hide();
    m_confirmHint->hide();
    if (!m_matrixOnePlan)
        return;
    const MatrixOneRestorePlan &p = *m_matrixOnePlan;
    table->setHorizontalHeaderLabels({tr("Table"), tr("What the rollback does"), tr("Rows in the snapshot"), tr("Rows in the database now")});
    auto rowsOf = [this](const QString &name, bool atSnapshot) {
        if (m_session->check) {
            for (const DriftRow &d : std::as_const(m_session->check->drift.rows)) {
                if (d.collection == name)
                    return count(atSnapshot ? d.snapshotDocuments : d.databaseDocuments);
            }
        }
        return QStringLiteral("—");
    };
    auto addRow = [&](const QString &name, const QString &action, bool red) {
        const int r = table->rowCount();
        table->insertRow(r);
        const QStringList cells{name, action, rowsOf(name, true), rowsOf(name, false)};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == SnapshotColumn || col == NowColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (red)
                item->setForeground(ThemeColors::color(ThemeColors::Role::Error));
            table->setItem(r, col, item);
        }
    };
    for (const QString &t : p.tablesRestored)
        addRow(t, tr("put back as the snapshot holds it"), true);
    for (const QString &t : p.tablesDropped)
        addRow(t, tr("drop: not in the snapshot"), true);
    for (const QString &t : p.tablesUntouched)
        addRow(t, tr("left alone"), false);
    table->resizeColumnsToContents();
    QStringList lines;
    lines << tr("The MatrixOne server rolls %1 back to snapshot %2 with <code>%3</code>.")
                 .arg(p.confirmWord.toHtmlEscaped(), p.snapshot.name.toHtmlEscaped(), p.statement.toHtmlEscaped());
    for (const QString &step : p.steps)
        lines << QStringLiteral("• ") + step.toHtmlEscaped();
    if (!p.willTakeSafetySnapshot)
        lines << ThemeColors::errorSpan(QStringLiteral("<b>%1</b>").arg(tr("No safety snapshot: the database as it is now cannot be brought back.")));
    m_ui->planStatusLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui->confirmPromptLabel->setText(tr("This replaces <b>%1</b> on the server. Type <b>%1</b> to enable Roll back:").arg(p.confirmWord.toHtmlEscaped()));
    m_ui->confirmPromptLabel->show();
    m_ui->confirmNameEdit->show();
}

bool SafeChangeDecisionPage::isComplete() const
{
    if (m_ui->keepRadio->isChecked())
        return true;
    if (!m_ui->rollbackRadio->isChecked() || isPlanning() || (!m_plan && !m_matrixOnePlan))
        return false;
    return !needsConfirmation() || m_ui->confirmNameEdit->text() == confirmWord();
}

bool SafeChangeDecisionPage::validatePage()
{
    if (!isComplete())
        return false;
    m_session->rollBack = m_ui->rollbackRadio->isChecked();
    if (m_session->rollBack) {
        m_session->rollbackRequest = request();
        m_session->rollbackPlan = m_plan;
        m_session->matrixOnePlan = m_matrixOnePlan;
    }
    return true;
}

} // namespace lifeboat::app
