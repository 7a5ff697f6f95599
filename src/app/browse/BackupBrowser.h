#pragma once

#include "app/browse/DocumentExport.h"
#include "app/browse/DocumentPageLoader.h"
#include "app/restore/SurgicalRestoreRequest.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QFileDialog;
class QPushButton;

namespace Ui {
class BackupBrowser;
}

namespace lifeboat::app {

class DocumentTableModel;

// Looks inside an archive without restoring it: its collections with their counts on the left;
// on the right one page of a collection's documents (50 at a time, "go to document N") as a
// table, a tree or Extended JSON text; a filter box taking a MongoDB query document
// (DocumentFilter, so the archive's documents are matched as a server would); copy as JSON and
// export as JSON Lines or CSV of the shown or selected documents; "Restore these documents…"
// ("restoreDocumentsButton"), which asks for the surgical restore wizard on the collection with
// the filter applied, or the selected rows' _ids (restoreDocumentsRequested()).
//
// The table fetches more as it is scrolled to its end (DocumentTableModel's incremental fetch):
// the documents after the shown ones are read like a page and appended, up to
// DocumentTableModel::MaxRows rows; Next then goes on after the last row shown.
//
// Every read of the archive runs off the GUI thread (DocumentPageLoader); moving on cancels the
// page being read. Views hold only the page, cells and the text cut short, so a 16 MB
// document or a million-document collection leave the window responsive.
class BackupBrowser final : public QDialog {
    Q_OBJECT
public:
    static constexpr int PageSize = 50;

    explicit BackupBrowser(const QString &archivePath, QWidget *parent = nullptr);
    ~BackupBrowser() override;

    QString archivePath() const { return m_path; }
    // True while the archive or a page is being read.
    bool isLoading() const;
    // True once the archive's collections are listed.
    bool isOpened() const { return m_opened; }
    DocumentTableModel *model() const { return m_model; }
    const DocumentPage &page() const { return m_page; }
    QString currentCollection() const { return m_request.collection; }
    QString statusText() const;
    // Why the filter was refused ("" when it was taken).
    QString filterError() const;
    // The documents copy and export take: the selected rows of the table, else the whole page.
    QList<BrowsedDocument> chosenDocuments() const;
    // The save dialog of "Export…" while it is open.
    QFileDialog *exportDialog() const;
    // What "Restore these documents…" asks for: the collection shown, with the selected rows'
    // _ids when rows are selected, else the filter applied ({} when none).
    SurgicalRestoreRequest surgicalRequest() const;

public Q_SLOTS:
    void selectCollection(const QString &collection, const QString &database = {});
    // Takes the filter box's text; a bad filter is shown and the page kept.
    void applyFilter();
    void nextPage();
    void previousPage();
    // Shows from document `number` on (1-based, among those the filter selects).
    void goToDocument(qint64 number);
    void copyAsJson();
    void exportChosen();
    // Writes chosenDocuments() to `path` (JSON Lines, or CSV for a .csv name); "" on success,
    // else why not.
    QString exportTo(const QString &path);
    // Emits restoreDocumentsRequested(surgicalRequest()) when a collection is shown.
    void restoreDocuments();

Q_SIGNALS:
    // A page (or the collection list) has been shown.
    void pageShown();
    void collectionsShown();
    // "Restore these documents…": the main window opens the surgical restore wizard on it.
    void restoreDocumentsRequested(const lifeboat::app::SurgicalRestoreRequest &request);

private:
    void connectUi();
    void showCollections();
    void showPage(const DocumentPage &page);
    void showText();
    void showFailure(const QString &message);
    void load(qint64 skip);
    void fetchMoreDocuments();
    void appendPage(const DocumentPage &page);
    void showPageStatus();
    void updatePaging();
    JsonStyle textStyle() const;

    std::unique_ptr<Ui::BackupBrowser> m_ui;
    QString m_path;
    DocumentPageLoader *m_loader;  // child
    DocumentTableModel *m_model;   // child
    DocumentPageLoader::Request m_request;
    DocumentPage m_page;
    bool m_opened = false;
    bool m_appending = false;   // the read under way adds to the page (incremental fetch)
    QString m_filterText;       // the filter applied
    QPushButton *m_restoreDocuments; // child
    QPointer<QFileDialog> m_exportDialog;
};

} // namespace lifeboat::app
