#include "app/widgets/CollectionProgressList.h"

#include "app/widgets/JobProgressBar.h"
#include "app/widgets/ProgressText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace lifeboat::app {

namespace {
}

CollectionProgressList::CollectionProgressList(QWidget *parent) : QWidget(parent), m_layout(new QGridLayout(this))
{
    m_layout->setColumnStretch(1, 1);
    m_layout->setAlignment(Qt::AlignTop);
}

CollectionProgressList::Row &CollectionProgressList::row(const QString &ns)
{
    auto it = m_rows.find(ns);
    if (it != m_rows.end())
        return *it;
    Row r;
    const int index = int(m_rows.size());
    // A backup is of one database: the collection's name says enough, the tooltip says all.
    const qsizetype dot = ns.indexOf(QLatin1Char('.'));
    r.name = new QLabel(dot > 0 ? ns.mid(dot + 1) : ns, this);
    r.name->setTextFormat(Qt::PlainText);
    r.name->setToolTip(ns);
    r.bar = new QProgressBar(this);
    r.bar->setObjectName(QStringLiteral("collectionBar"));
    r.bar->setProperty("ns", ns);
    JobProgressBar::prepare(r.bar);
    r.bar->setValue(0);
    r.bar->setFormat(tr("waiting"));
    r.bar->setAccessibleName(tr("Progress of %1").arg(ns));
    r.count = new QLabel(this);
    r.count->setTextFormat(Qt::PlainText);
    r.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_layout->addWidget(r.name, index, 0);
    m_layout->addWidget(r.bar, index, 1);
    m_layout->addWidget(r.count, index, 2);
    return *m_rows.insert(ns, r);
}

void CollectionProgressList::setProgress(const QList<CollectionProgress> &collections)
{
    const QLocale locale;
    for (const CollectionProgress &c : collections) {
        Row &r = row(c.ns);
        r.state = c.state;
        switch (c.state) {
        case CollectionProgress::State::Waiting:
            r.bar->setValue(0);
            r.bar->setFormat(tr("waiting"));
            break;
        case CollectionProgress::State::Running: {
            // The total is the server's estimate: the bar stops just short of full until done.
            const double fraction = c.documentsTotal > 0 ? qMin(0.99, double(c.documentsDone) / double(c.documentsTotal)) : 0.0;
            r.bar->setValue(int(fraction * JobProgressBar::Steps));
            r.bar->setFormat(QStringLiteral("%p%"));
            break;
        }
        case CollectionProgress::State::Done:
            JobProgressBar::complete(r.bar);
            r.bar->setFormat(tr("done"));
            break;
        case CollectionProgress::State::Failed:
            r.bar->setFormat(tr("failed"));
            break;
        }
        r.count->setText(ProgressText::documents(c.documentsDone, c.state == CollectionProgress::State::Done ? 0 : c.documentsTotal));
    }
}

void CollectionProgressList::stop(const QString &why)
{
    for (Row &r : m_rows) {
        if (r.state == CollectionProgress::State::Waiting || r.state == CollectionProgress::State::Running)
            r.bar->setFormat(why);
    }
}

QProgressBar *CollectionProgressList::bar(const QString &ns) const
{
    const auto it = m_rows.constFind(ns);
    return it == m_rows.cend() ? nullptr : it->bar;
}

} // namespace lifeboat::app
