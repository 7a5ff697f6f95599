<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>lifeboat::ValidationCheck</name>
    <message numerus="yes">
        <location filename="../src/core/snapshot/ValidationCheck.cpp" line="+132"/>
        <source>the server reported %n write error(s): %1</source>
        <translation>
            <numerusform>the server reported %n write error: %1</numerusform>
            <numerusform>the server reported %n write errors: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ArchiveTableModel</name>
    <message numerus="yes">
        <location filename="../src/app/backups/ArchiveTableModel.cpp" line="+348"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupBrowser</name>
    <message numerus="yes">
        <location filename="../src/app/browse/BackupBrowser.cpp" line="+348"/>
        <source>Copied %n document(s) as JSON.</source>
        <translation>
            <numerusform>Copied %n document as JSON.</numerusform>
            <numerusform>Copied %n documents as JSON.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>Exported %n document to %1.</numerusform>
            <numerusform>Exported %n documents to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupsView</name>
    <message numerus="yes">
        <location filename="../src/app/backups/BackupsView.cpp" line="+598"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>intact: %Ln file(s), %1</source>
        <translation>
            <numerusform>intact: %Ln file, %1</numerusform>
            <numerusform>intact: %Ln files, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>differences in %1 of %Ln collection(s)</source>
        <translation>
            <numerusform>differences in %1 of %Ln collection</numerusform>
            <numerusform>differences in %1 of %Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln collection(s) match</source>
        <translation>
            <numerusform>%Ln collection matches</numerusform>
            <numerusform>%Ln collections match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DatabaseTree</name>
    <message numerus="yes">
        <location filename="../src/app/connections/DatabaseTree.cpp" line="+230"/>
        <source>%1.%2: about %Ln document(s)</source>
        <translation>
            <numerusform>%1.%2: about %Ln document</numerusform>
            <numerusform>%1.%2: about %Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DemoSession</name>
    <message numerus="yes">
        <location filename="../src/app/demo/DemoSession.cpp" line="+75"/>
        <source>Quitting deletes the demo&apos;s %n backup(s) and snapshot(s).</source>
        <translation>
            <numerusform>Quitting deletes the demo&apos;s %n backup or snapshot.</numerusform>
            <numerusform>Quitting deletes the demo&apos;s %n backups and snapshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DiffDrillDown</name>
    <message numerus="yes">
        <location filename="../src/app/diff/DiffDrillDown.cpp" line="+142"/>
        <source>%Ln differing document(s)</source>
        <translation>
            <numerusform>%Ln differing document</numerusform>
            <numerusform>%Ln differing documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Comparing %1 document by document… %Ln differing so far.</source>
        <translation>
            <numerusform>Comparing %1 document by document… %Ln differing so far.</numerusform>
            <numerusform>Comparing %1 document by document… %Ln differing so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 of %Ln differing document(s) listed.</source>
        <translation>
            <numerusform>%1 of %Ln differing document listed.</numerusform>
            <numerusform>%1 of %Ln differing documents listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>Restoring %Ln document(s) from the backup: continue in the restore wizard.</source>
        <translation>
            <numerusform>Restoring %Ln document from the backup: continue in the restore wizard.</numerusform>
            <numerusform>Restoring %Ln documents from the backup: continue in the restore wizard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/app/window/MainWindow.cpp" line="+296"/>
        <source>%n job(s) still running. Cancel them and quit? A cancelled backup leaves no archive behind; a cancelled restore reports which collections it completed.</source>
        <translation>
            <numerusform>%n job still running. Cancel it and quit? A cancelled backup leaves no archive behind; a cancelled restore reports which collections it completed.</numerusform>
            <numerusform>%n jobs still running. Cancel them and quit? A cancelled backup leaves no archive behind; a cancelled restore reports which collections it completed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProgressText</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/ProgressText.cpp" line="+33"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::PruneDialog</name>
    <message numerus="yes">
        <location filename="../src/app/snapshots/PruneDialog.cpp" line="+49"/>
        <source>Deleted %n snapshot(s)</source>
        <translation>
            <numerusform>Deleted %n snapshot</numerusform>
            <numerusform>Deleted %n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+139"/>
        <source>Nothing to delete: the policy keeps all %n snapshot(s).</source>
        <translation>
            <numerusform>Nothing to delete: the policy keeps the %n snapshot.</numerusform>
            <numerusform>Nothing to delete: the policy keeps all %n snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Would delete %n snapshot(s)</source>
        <translation>
            <numerusform>Would delete %n snapshot</numerusform>
            <numerusform>Would delete %n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Delete %n snapshot(s)</source>
        <translation>
            <numerusform>Delete %n snapshot</numerusform>
            <numerusform>Delete %n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Deleting %n snapshot(s)…</source>
        <translation>
            <numerusform>Deleting %n snapshot…</numerusform>
            <numerusform>Deleting %n snapshots…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ReportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/ReportDialog.cpp" line="+54"/>
        <source>All %n collection(s) match.</source>
        <translation>
            <numerusform>The collection matches.</numerusform>
            <numerusform>All %n collections match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s) differ.</source>
        <translation>
            <numerusform>%n collection differs.</numerusform>
            <numerusform>%n collections differ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreArchivePage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreArchivePage.cpp" line="+122"/>
        <source>Integrity check failed: %n problem(s). This archive is not restored.</source>
        <translation>
            <numerusform>Integrity check failed: %n problem. This archive is not restored.</numerusform>
            <numerusform>Integrity check failed: %n problems. This archive is not restored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (and %n view(s))</source>
        <translation>
            <numerusform>%1 (and %n view)</numerusform>
            <numerusform>%1 (and %n views)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreConfirmPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreConfirmPage.cpp" line="+76"/>
        <source>%n collection(s) dropped</source>
        <translation>
            <numerusform>%n collection dropped</numerusform>
            <numerusform>%n collections dropped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dropped and recreated</source>
        <translation>
            <numerusform>%n dropped and recreated</numerusform>
            <numerusform>%n dropped and recreated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing collection(s) inserted into</source>
        <translation>
            <numerusform>%n existing collection inserted into</numerusform>
            <numerusform>%n existing collections inserted into</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Afterwards counts and %Ln document(s) per collection are compared with the archive.</source>
        <translation>
            <numerusform>Afterwards counts and %Ln document per collection are compared with the archive.</numerusform>
            <numerusform>Afterwards counts and %Ln documents per collection are compared with the archive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreOptionsPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreOptionsPage.cpp" line="+126"/>
        <source>%n collection(s) chosen. With a subset nothing is dropped: collections the archive lacks are kept.</source>
        <translation>
            <numerusform>%n collection chosen. With a subset nothing is dropped: collections the archive lacks are kept.</numerusform>
            <numerusform>%n collections chosen. With a subset nothing is dropped: collections the archive lacks are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestorePreviewPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestorePreviewPage.cpp" line="+222"/>
        <source>%n to drop</source>
        <translation>
            <numerusform>%n to drop</numerusform>
            <numerusform>%n to drop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to drop and recreate</source>
        <translation>
            <numerusform>%n to drop and recreate</numerusform>
            <numerusform>%n to drop and recreate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n to create</numerusform>
            <numerusform>%n to create</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n existing to insert into</source>
        <translation>
            <numerusform>%n existing to insert into</numerusform>
            <numerusform>%n existing to insert into</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>This restore drops or changes %n existing collection(s): %1.</source>
        <translation>
            <numerusform>This restore drops or changes %n existing collection: %1.</numerusform>
            <numerusform>This restore drops or changes %n existing collections: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&amp;Drop the %n collection(s) of %1 that the archive does not have: %2</source>
        <translation>
            <numerusform>&amp;Drop the %n collection of %1 that the archive does not have: %2</numerusform>
            <numerusform>&amp;Drop the %n collections of %1 that the archive does not have: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreProgressPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreProgressPage.cpp" line="+156"/>
        <source>restored into %1, but %n collection(s) do not match the archive</source>
        <translation>
            <numerusform>restored into %1, but %n collection does not match the archive</numerusform>
            <numerusform>restored into %1, but %n collections do not match the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>restored %n collection(s) into %1, verified</source>
        <translation>
            <numerusform>restored %n collection into %1, verified</numerusform>
            <numerusform>restored %n collections into %1, verified</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreReportPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreReportPage.cpp" line="+198"/>
        <source>&lt;b&gt;The restore finished, but %n collection(s) do not match the archive&lt;/b&gt; (%1). See the notes below.</source>
        <translation>
            <numerusform>&lt;b&gt;The restore finished, but %n collection does not match the archive&lt;/b&gt; (%1). See the notes below.</numerusform>
            <numerusform>&lt;b&gt;The restore finished, but %n collections do not match the archive&lt;/b&gt; (%1). See the notes below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreTargetPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/RestoreTargetPage.cpp" line="+58"/>
        <source>%n database(s) on this server.</source>
        <translation>
            <numerusform>%n database on this server.</numerusform>
            <numerusform>%n databases on this server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeCheckPage</name>
    <message numerus="yes">
        <location filename="../src/app/safechange/SafeChangeCheckPage.cpp" line="+244"/>
        <source>%1: table added since the snapshot (%Ln row(s))</source>
        <translation>
            <numerusform>%1: table added since the snapshot (%Ln row)</numerusform>
            <numerusform>%1: table added since the snapshot (%Ln rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: table gone since the snapshot (had %Ln row(s))</source>
        <translation>
            <numerusform>%1: table gone since the snapshot (had %Ln row)</numerusform>
            <numerusform>%1: table gone since the snapshot (had %Ln rows)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeResultPage</name>
    <message numerus="yes">
        <location filename="../src/app/safechange/SafeChangeResultPage.cpp" line="+140"/>
        <source>%n table(s) do not match the snapshot after the rollback</source>
        <translation>
            <numerusform>%n table does not match the snapshot after the rollback</numerusform>
            <numerusform>%n tables do not match the snapshot after the rollback</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 rolled back to snapshot %2 and compared: %n table(s) match</source>
        <translation>
            <numerusform>%1 rolled back to snapshot %2 and compared: %n table matches</numerusform>
            <numerusform>%1 rolled back to snapshot %2 and compared: %n tables match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeSnapshotPage</name>
    <message numerus="yes">
        <location filename="../src/app/safechange/SafeChangeSnapshotPage.cpp" line="+182"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotsView</name>
    <message numerus="yes">
        <location filename="../src/app/snapshots/SnapshotsView.cpp" line="+647"/>
        <source>Pruned %n snapshot(s).</source>
        <translation>
            <numerusform>Pruned %n snapshot.</numerusform>
            <numerusform>Pruned %n snapshots.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalConfirmPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/surgical/SurgicalConfirmPage.cpp" line="+81"/>
        <source>Restore %n document(s) of &lt;b&gt;%1&lt;/b&gt; from %2</source>
        <translation>
            <numerusform>Restore %n document of &lt;b&gt;%1&lt;/b&gt; from %2</numerusform>
            <numerusform>Restore %n documents of &lt;b&gt;%1&lt;/b&gt; from %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Save the %n document(s) about to be replaced to a safety snaps&amp;hot first</source>
        <translation>
            <numerusform>Save the %n document about to be replaced to a safety snaps&amp;hot first</numerusform>
            <numerusform>Save the %n documents about to be replaced to a safety snaps&amp;hot first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This restore overwrites %n document(s) in &lt;b&gt;%1&lt;/b&gt;. Type the database&apos;s name to enable Restore:</source>
        <translation>
            <numerusform>This restore overwrites %n document in &lt;b&gt;%1&lt;/b&gt;. Type the database&apos;s name to enable Restore:</numerusform>
            <numerusform>This restore overwrites %n documents in &lt;b&gt;%1&lt;/b&gt;. Type the database&apos;s name to enable Restore:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalPlanPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/surgical/SurgicalPlanPage.cpp" line="+142"/>
        <source>%Ln document(s) of the backup chosen.</source>
        <translation>
            <numerusform>%Ln document of the backup chosen.</numerusform>
            <numerusform>%Ln documents of the backup chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalReportPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/surgical/SurgicalReportPage.cpp" line="+95"/>
        <source>The %n document(s) it wrote before it stopped are listed below, not verified; the others were not written.</source>
        <translation>
            <numerusform>The %n document it wrote before it stopped is listed below, not verified; the others were not written.</numerusform>
            <numerusform>The %n documents it wrote before it stopped are listed below, not verified; the others were not written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The %n replaced document(s) as they were: %1</source>
        <translation>
            <numerusform>The %n replaced document as it was: %1</numerusform>
            <numerusform>The %n replaced documents as they were: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalSelectionPage</name>
    <message numerus="yes">
        <location filename="../src/app/restore/surgical/SurgicalSelectionPage.cpp" line="+145"/>
        <source>%n document(s) chosen by _id:</source>
        <translation>
            <numerusform>%n document chosen by _id:</numerusform>
            <numerusform>%n documents chosen by _id:</numerusform>
        </translation>
    </message>
</context>
</TS>
