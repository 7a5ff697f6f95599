<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BackupBrowser</name>
    <message>
        <location filename="../forms/BackupBrowser.ui" line="+6"/>
        <source>Browse backup</source>
        <translation>Sicherung durchsuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{&quot;status&quot;: &quot;cancelled&quot;, &quot;total&quot;: {&quot;$gt&quot;: 100}}</source>
        <translation>{&quot;status&quot;: &quot;cancelled&quot;, &quot;total&quot;: {&quot;$gt&quot;: 100}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Relaxed Extended JSON (readable numbers and dates)</source>
        <translation>&amp;Relaxed Extended JSON (lesbare Zahlen und Daten)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Previous</source>
        <translation>&amp;Vorherige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next 50</source>
        <translation>&amp;Nächste 50</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Go to document:</source>
        <translation>&amp;Gehe zu Dokument:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go</source>
        <translation>Los</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy as JSON</source>
        <translation>Als JSON &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected documents (or every shown one) as JSON Lines</source>
        <translation>Die ausgewählten Dokumente (oder alle angezeigten) als JSON Lines kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected documents (or every shown one) as JSON Lines or CSV</source>
        <translation>Die ausgewählten Dokumente (oder alle angezeigten) als JSON Lines oder CSV speichern</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../forms/BackupDialog.ui" line="+6"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database to back up. You can also type a name the server does not list.</source>
        <translation>Die zu sichernde Datenbank. Sie können auch einen Namen eingeben, den der Server nicht auflistet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collections:</source>
        <translation>Collections:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All collections</source>
        <translation>&amp;Alle Collections</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Only the checked collections:</source>
        <translation>&amp;Nur die markierten Collections:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save to folder:</source>
        <translation>In &amp;Ordner speichern:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bro&amp;wse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mpression:</source>
        <translation>&amp;Kompression:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;JSON style:</source>
        <translation>&amp;JSON-Stil:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel reads:</source>
        <translation>&amp;Parallele Lesevorgänge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many collections are read at the same time.</source>
        <translation>Wie viele Collections gleichzeitig gelesen werden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show in &amp;folder</source>
        <translation>Im Dateimanager &amp;zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel backup</source>
        <translation>Sicherung a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../forms/BackupsView.ui" line="+15"/>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder whose archives are listed and where new backups go</source>
        <translation>Den Ordner wählen, dessen Archive aufgelistet werden und in den neue Sicherungen geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the folder&apos;s archives again</source>
        <translation>Die Archive des Ordners neu auflisten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up…</source>
        <translation>Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up a database of the selected connection into this folder</source>
        <translation>Eine Datenbank der ausgewählten Verbindung in diesen Ordner sichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look at the documents the selected archive holds, without restoring it</source>
        <translation>Die Dokumente des ausgewählten Archivs ansehen, ohne es wiederherzustellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected archive into a database</source>
        <translation>Das ausgewählte Archiv in eine Datenbank wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verify integrity</source>
        <translation>Integrität prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole archive: every file&apos;s checksum and every document against the manifest</source>
        <translation>Das ganze Archiv lesen: die Prüfsumme jeder Datei und jedes Dokument gegen das Manifest prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with database</source>
        <translation>Mit Datenbank vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the archive with its database on the selected connection, without writing anything</source>
        <translation>Das Archiv mit seiner Datenbank auf der ausgewählten Verbindung vergleichen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected archive file</source>
        <translation>Die ausgewählte Archivdatei löschen</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Show in folder</source>
        <translation>Im Dateimanager zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup folder in the file manager</source>
        <translation>Den Sicherungsordner im Dateimanager öffnen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest</source>
        <translation>Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>BsonValueText</name>
    <message>
        <location filename="../src/app/browse/BsonValueText.cpp" line="+54"/>
        <source>Object (%1)</source>
        <translation>Objekt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Array (%1)</source>
        <translation>Array (%1)</translation>
    </message>
</context>
<context>
    <name>CloneSnapshotDialog</name>
    <message>
        <location filename="../forms/CloneSnapshotDialog.ui" line="+6"/>
        <source>Clone to verify</source>
        <translation>Zum Prüfen klonen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot is restored into a new database and every collection is compared in full with the snapshot&apos;s manifest. The snapshot&apos;s own database is not touched.</source>
        <translation>Der Snapshot wird in eine neue Datenbank wiederhergestellt, und jede Collection wird vollständig mit dem Manifest des Snapshots verglichen. Die eigene Datenbank des Snapshots bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From database:</source>
        <translation>&amp;Aus Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which database of the deployment snapshot to clone</source>
        <translation>Welche Datenbank des Deployment-Snapshots geklont wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name it:</source>
        <translation>Benennen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scratch database to check the snapshot in, dropped afterwards by hand</source>
        <translation>Eine Testdatenbank, in der der Snapshot geprüft wird; danach von Hand zu löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue-green: the copy to upgrade and test, promoted later with lifeboat-cli snapshot promote</source>
        <translation>Blue-Green: die Kopie, die aktualisiert und getestet und später mit lifeboat-cli snapshot promote übernommen wird</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>C&amp;lone and verify</source>
        <translation>&amp;Klonen und prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel clone</source>
        <translation>Klonen abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message>
        <location filename="../forms/CreateSnapshotDialog.ui" line="+6"/>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A snapshot is a verified backup with a name and a description: why it was taken, the versions around it, and when it may be deleted.</source>
        <translation>Ein Snapshot ist eine geprüfte Sicherung mit Namen und Beschreibung: warum er erstellt wurde, die Versionen davor und danach, und wann er gelöscht werden darf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ollections:</source>
        <translation>C&amp;ollections:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pre_upgrade, daily, pre_import</source>
        <translation>z. B. pre_upgrade, daily, pre_import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsion:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>now, e.g. 1.0</source>
        <translation>jetzt, z. B. 1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s version when the snapshot is taken</source>
        <translation>Die Version der Anwendung zum Zeitpunkt des Snapshots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target, e.g. 2.0</source>
        <translation>Ziel, z. B. 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version the change goes to</source>
        <translation>Die Version nach der Änderung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed from the purpose and version: &lt;purpose&gt;_v&lt;version&gt;_&lt;date&gt;_&lt;time&gt;. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Vorgeschlagen aus Zweck und Version: &lt;zweck&gt;_v&lt;version&gt;_&lt;datum&gt;_&lt;uhrzeit&gt;. Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Create &amp;snapshot</source>
        <translation>&amp;Snapshot erstellen</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What is about to change, and why this snapshot is kept</source>
        <translation>Was sich gleich ändert und warum dieser Snapshot aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma-separated, e.g. upgrade, ticket-42</source>
        <translation>durch Kommas getrennt, z. B. upgrade, ticket-42</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete &amp;after:</source>
        <translation>Lö&amp;schen nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune may delete the snapshot once this day is over</source>
        <translation>„Bereinigen“ darf den Snapshot löschen, sobald dieser Tag vorüber ist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel snapshot</source>
        <translation>Snapshot abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>DiffDrillDown</name>
    <message>
        <location filename="../forms/DiffDrillDown.ui" line="+6"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare a&amp;gain</source>
        <translation>Erneut &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the collection with the database again, after a change (F5)</source>
        <translation>Die Sammlung nach einer Änderung erneut mit der Datenbank vergleichen (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore these documents…</source>
        <translation>Diese Dokumente &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>DocumentTreeFiller</name>
    <message>
        <location filename="../src/app/browse/DocumentTreeFiller.cpp" line="+36"/>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>FieldAlignment</name>
    <message>
        <location filename="../src/app/diff/FieldAlignment.cpp" line="+112"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the backup</source>
        <translation>nur in der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the database</source>
        <translation>nur in der Datenbank</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/MainWindow.ui" line="+6"/>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a connection to a MongoDB server (Ctrl+N)</source>
        <translation>Eine Verbindung zu einem MongoDB-Server hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the databases and list the backups or snapshots again (F5)</source>
        <translation>Datenbanken neu abrufen und Sicherungen oder Snapshots neu auflisten (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the backups or snapshots shown (Ctrl+F)</source>
        <translation>Die angezeigten Sicherungen oder Snapshots filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;set panels</source>
        <translation>Bereiche &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Connections and Jobs panels and the toolbar again, docked where they started</source>
        <translation>Die Bereiche „Verbindungen“ und „Aufträge“ und die Werkzeugleiste wieder an ihrem ursprünglichen Platz anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Lifeboat again with a local demo server and a sample shop (your own connections are not touched)</source>
        <translation>Lifeboat erneut mit einem lokalen Demo-Server und einem Beispielshop starten (Ihre eigenen Verbindungen bleiben unberührt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the selected database or collection (Ctrl+B)</source>
        <translation>Die ausgewählte Datenbank oder Collection sichern (Strg+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected archive, or choose one (Ctrl+R)</source>
        <translation>Das ausgewählte Archiv wiederherstellen oder eines wählen (Strg+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Br&amp;owse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the documents of the selected archive, without restoring it (Ctrl+O)</source>
        <translation>Die Dokumente des gewählten Archivs ansehen, ohne es wiederherzustellen (Strg+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose backup &amp;folder…</source>
        <translation>Sicherungs&amp;ordner wählen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Lifeboat</source>
        <translation>&amp;Über Lifeboat</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="+6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Shop production</source>
        <translation>z. B. Shop Produktion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production connections are shown in red, and every dialog that writes to them warns first.</source>
        <translation>Produktionsverbindungen werden rot angezeigt, und jeder Dialog, der in sie schreibt, warnt vorher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnection string:</source>
        <translation>&amp;Verbindungszeichenfolge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mongodb://host:27017 or mongodb+srv://cluster.example.net</source>
        <translation>mongodb://host:27017 oder mongodb+srv://cluster.example.net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without user name and password: a pasted connection string that has them is split into the fields below.</source>
        <translation>Ohne Benutzername und Passwort: Eine eingefügte Verbindungszeichenfolge, die sie enthält, wird auf die Felder unten aufgeteilt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: connect without logging in</source>
        <translation>keiner: ohne Anmeldung verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept in the system keychain only, never in Lifeboat&apos;s settings.</source>
        <translation>Nur im Schlüsselbund des Systems gespeichert, nie in den Einstellungen von Lifeboat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authentication database:</source>
        <translation>&amp;Authentifizierungsdatenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection string&apos;s, or admin</source>
        <translation>die der Verbindungszeichenfolge, sonst admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database the user was created in (authSource).</source>
        <translation>Die Datenbank, in der der Benutzer angelegt wurde (authSource).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Default database:</source>
        <translation>&amp;Standarddatenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: preselected for backups</source>
        <translation>optional: für Sicherungen vorausgewählt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: a PEM file</source>
        <translation>optional: eine PEM-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate authorities to trust, as one PEM file. Left empty, the system&apos;s certificates are used.</source>
        <translation>Die vertrauenswürdigen Zertifizierungsstellen, als eine PEM-Datei. Bleibt das Feld leer, werden die Zertifikate des Systems verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Client cert&amp;ificate and key:</source>
        <translation>&amp;Client-Zertifikat und Schlüssel:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allow a server certificate for another host na&amp;me (unsafe)</source>
        <translation>Server-Zertifikat für einen anderen Host&amp;namen erlauben (unsicher)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>optional: one PEM file with both</source>
        <translation>optional: eine PEM-Datei mit beidem</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../forms/PruneDialog.ui" line="+6"/>
        <source>Prune snapshots</source>
        <translation>Snapshots bereinigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to keep. The table shows what the policy deletes; nothing is deleted until you press Delete.</source>
        <translation>Wählen Sie, was behalten wird. Die Tabelle zeigt, was die Richtlinie löscht; gelöscht wird erst, wenn Sie auf „Löschen“ klicken.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past their &amp;delete-after date</source>
        <translation>&amp;Löschdatum überschritten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the snapshots whose &quot;delete after&quot; date has passed</source>
        <translation>die Snapshots löschen, deren Datum „Löschen nach“ überschritten ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Older than:</source>
        <translation>Älter &amp;als:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>30d</source>
        <translation>30d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A whole number and a unit: s, m, h, d or w (e.g. 7d, 12h, 2w)</source>
        <translation>Eine ganze Zahl und eine Einheit: s, m, h, d oder w (z. B. 7d, 12h, 2w)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Always &amp;keep the newest:</source>
        <translation>Immer die &amp;neuesten behalten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> snapshot(s)</source>
        <translation> Snapshot(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only of d&amp;atabase:</source>
        <translation>Nur &amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only with &amp;purpose:</source>
        <translation>Nur mit &amp;Zweck:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/demo/DemoCatalog.cpp" line="+72"/>
        <source>cannot fill the demo collection %1</source>
        <translation>die Demo-Collection %1 kann nicht befüllt werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot index the demo orders</source>
        <translation>die Demo-Bestellungen können nicht indiziert werden</translation>
    </message>
    <message>
        <location filename="../src/app/demo/DemoServer.cpp" line="+74"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo server did not answer within %1 seconds (%2).</source>
        <translation>Der Demo-Server hat nicht innerhalb von %1 Sekunden geantwortet (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server started, but the sample data could not be loaded: %1</source>
        <translation>Der Demo-Server wurde gestartet, aber die Beispieldaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/Workspace.cpp" line="+87"/>
        <source>cannot read the password of &quot;%1&quot; from the keychain</source>
        <translation>das Passwort von „%1“ kann nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../forms/ReportDialog.ui" line="+6"/>
        <source>Verification report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show &amp;differences…</source>
        <translation>&amp;Unterschiede anzeigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the documents of the selected collection that differ, and compare them side by side</source>
        <translation>Die abweichenden Dokumente der ausgewählten Collection auflisten und nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>RestoreArchivePage</name>
    <message>
        <location filename="../forms/RestoreArchivePage.ui" line="+5"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup archive to restore. Its files are checked against its manifest before anything else.</source>
        <translation>Wählen Sie das Sicherungsarchiv, das wiederhergestellt werden soll. Vor allem anderen werden seine Dateien gegen sein Manifest geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A .tar, .tar.gz or .tar.zst archive</source>
        <translation>Ein .tar-, .tar.gz- oder .tar.zst-Archiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections:</source>
        <translation>Collections:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents:</source>
        <translation>Dokumente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
</context>
<context>
    <name>RestoreOptionsPage</name>
    <message>
        <location filename="../forms/RestoreOptionsPage.ui" line="+5"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the archive goes into the database. Nothing is written before the next two pages.</source>
        <translation>Wie das Archiv in die Datenbank gelangt. Vor den nächsten zwei Seiten wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Keep collections the archive lacks</source>
        <translation>Collections &amp;behalten, die im Archiv fehlen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>N&amp;one</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Otherwise the target&apos;s collections that are not in the archive are dropped.</source>
        <translation>Andernfalls werden die Collections des Ziels gelöscht, die nicht im Archiv sind.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Replace existing collections</source>
        <translation>Vorhandene Collections &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop and recreate them. Otherwise the documents are inserted into them.</source>
        <translation>Sie werden gelöscht und neu angelegt. Andernfalls werden die Dokumente in sie eingefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Force: validators off during the load</source>
        <translation>Erzwin&amp;gen: Validatoren während des Ladens aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are put back afterwards.</source>
        <translation>Danach werden sie wieder eingesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise &amp;time-series collections</source>
        <translation>Zeitreihen-Collections e&amp;rkennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the archive has no metadata that says so.</source>
        <translation>Wenn das Archiv keine Metadaten enthält, die das angeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on without options the server cannot honour</source>
        <translation>Ohne Optionen &amp;fortfahren, die der Server nicht umsetzen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in &amp;place (no staging copy)</source>
        <translation>&amp;Direkt laden (ohne Staging-Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch si&amp;ze:</source>
        <translation>Sta&amp;pelgröße:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;ull: also a digest of every document (reads everything again)</source>
        <translation>&amp;Vollständig: auch ein Hash jedes Dokuments (liest alles erneut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a safety snaps&amp;hot of the target database before changing it</source>
        <translation>Vor der Änderung einen Sicherheits-Snaps&amp;hot der Zieldatenbank erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In fol&amp;der:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Named in the preview; otherwise such a restore is refused.</source>
        <translation>In der Vorschau genannt; sonst wird die Wiederherstellung abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops first: a failure midway leaves a partial restore.</source>
        <translation>Löscht zuerst: Ein Fehler mittendrin hinterlässt einen Teilstand.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> documents</source>
        <translation> Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert workers:</source>
        <translation>Einfüge-&amp;Threads:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification afterwards</source>
        <translation>Prüfung danach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts and a &amp;sample of</source>
        <translation>Anzahlen und eine &amp;Stichprobe von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> documents per collection</source>
        <translation> Dokumenten je Collection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety</source>
        <translation>Absicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bro&amp;wse…</source>
        <translation>Durchsu&amp;chen…</translation>
    </message>
</context>
<context>
    <name>RestorePreviewPage</name>
    <message>
        <location filename="../forms/RestorePreviewPage.ui" line="+5"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the restore will do, as planned against the database now. Nothing has been written.</source>
        <translation>Was die Wiederherstellung tun wird, geplant gegen den jetzigen Stand der Datenbank. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropped (in the database, not in the archive):</source>
        <translation>Gelöscht (in der Datenbank, nicht im Archiv):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created (new, or dropped and recreated):</source>
        <translation>Angelegt (neu oder gelöscht und neu angelegt):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored (documents loaded from the archive):</source>
        <translation>Wiederhergestellt (Dokumente aus dem Archiv geladen):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
</context>
<context>
    <name>RestoreReportPage</name>
    <message>
        <location filename="../forms/RestoreReportPage.ui" line="+5"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the restore ended, and how the database compares with the archive.</source>
        <translation>Wie die Wiederherstellung endete und wie die Datenbank im Vergleich zum Archiv dasteht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Safety snapshot</source>
        <translation>Sicherheits-Snapshot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Roll back to this…</source>
        <translation>Dar&amp;auf zurücksetzen…</translation>
    </message>
</context>
<context>
    <name>RestoreTargetPage</name>
    <message>
        <location filename="../forms/RestoreTargetPage.ui" line="+5"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the server and the database to restore into. A database that does not exist yet becomes a clone of the archive.</source>
        <translation>Wählen Sie den Server und die Datenbank, in die wiederhergestellt wird. Eine Datenbank, die noch nicht existiert, wird ein Klon des Archivs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the archive&apos;s &amp;database:</source>
        <translation>Aus der &amp;Datenbank des Archivs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Into database:</source>
        <translation>&amp;In Datenbank:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>SafeChangeCheckPage</name>
    <message>
        <location filename="../forms/SafeChangeCheckPage.ui" line="+20"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the snapshot once more (e.g. after fixing the upgrade)</source>
        <translation>Die Datenbank noch einmal mit dem Snapshot vergleichen (z. B. nachdem das Upgrade korrigiert wurde)</translation>
    </message>
</context>
<context>
    <name>SafeChangeDecisionPage</name>
    <message>
        <location filename="../forms/SafeChangeDecisionPage.ui" line="+15"/>
        <source>K&amp;eep the change: the upgrade is good</source>
        <translation>Änderung &amp;behalten: Das Upgrade ist in Ordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;oll back: put the database back as the snapshot holds it</source>
        <translation>Zu&amp;rücksetzen: die Datenbank auf den Stand des Snapshots bringen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify the snapshot first in a scratch database (the database is not touched if it fails)</source>
        <translation>Den Snapshot zuerst in einer Testdatenbank &amp;prüfen (schlägt das fehl, bleibt die Datenbank unberührt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a &amp;safety snapshot of the database as it is now, before rolling back</source>
        <translation>Vor dem Zurücksetzen einen &amp;Sicherheits-Snapshot vom jetzigen Stand der Datenbank erstellen</translation>
    </message>
</context>
<context>
    <name>SafeChangeSnapshotPage</name>
    <message>
        <location filename="../forms/SafeChangeSnapshotPage.ui" line="+14"/>
        <source>&amp;Purpose:</source>
        <translation>Zw&amp;eck:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pre_upgrade</source>
        <translation>pre_upgrade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version n&amp;ow:</source>
        <translation>Version &amp;jetzt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1.0</source>
        <translation>z. B. 1.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version &amp;after the change:</source>
        <translation>Version &amp;nach der Änderung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 2.0</source>
        <translation>z. B. 2.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete a&amp;fter:</source>
        <translation>Löschen &amp;nach:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>What is about to change</source>
        <translation>Was sich gleich ändert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Take the snapshot</source>
        <translation>&amp;Snapshot erstellen</translation>
    </message>
</context>
<context>
    <name>SnapshotsView</name>
    <message>
        <location filename="../forms/SnapshotsView.ui" line="+15"/>
        <source>Snapshot folder:</source>
        <translation>Snapshot-Ordner:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder whose snapshots are listed and where new snapshots go</source>
        <translation>Den Ordner wählen, dessen Snapshots aufgelistet werden und in den neue Snapshots geschrieben werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the folder&apos;s snapshots again (the catalog reads only new or changed archives)</source>
        <translation>Die Snapshots des Ordners neu auflisten (der Katalog liest nur neue oder geänderte Archive)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create snapshot…</source>
        <translation>Snapshot erstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a named, described snapshot of a database, some collections or the whole server</source>
        <translation>Einen benannten, beschriebenen Snapshot einer Datenbank, einiger Collections oder des ganzen Servers erstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clone to verify…</source>
        <translation>Zum Prüfen klonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected snapshot into a new database and verify it in full</source>
        <translation>Den ausgewählten Snapshot in eine neue Datenbank wiederherstellen und vollständig prüfen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll back to this…</source>
        <translation>Hierauf zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the snapshot&apos;s database back as the snapshot holds it, through the restore wizard (plan, confirmation, safety snapshot)</source>
        <translation>Die Datenbank des Snapshots auf dessen Stand zurücksetzen, über den Wiederherstellungsassistenten (Plan, Bestätigung, Sicherheits-Snapshot)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected snapshot&apos;s archive</source>
        <translation>Das Archiv des ausgewählten Snapshots löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prune…</source>
        <translation>Bereinigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshots by a retention policy, after showing which</source>
        <translation>Snapshots nach einer Aufbewahrungsrichtlinie löschen, nachdem angezeigt wurde, welche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe change…</source>
        <translation>Abgesicherte Änderung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot, upgrade, check, then keep or roll back, step by step</source>
        <translation>Snapshot, Upgrade, Prüfung, dann behalten oder zurücksetzen – Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>lifeboat::ConnectionDiagnosis</name>
    <message>
        <location filename="../src/core/mongo/ConnectionDiagnosis.cpp" line="+77"/>
        <source>its host name could not be found</source>
        <translation>sein Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing accepts connections on that port</source>
        <translation>an diesem Port nimmt nichts Verbindungen an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it did not answer in time</source>
        <translation>er hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection failed</source>
        <translation>die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server is unreachable: %1. Check the host name and port, that the server is running, and that this computer may reach it (firewall, VPN).</source>
        <translation>Der Server ist nicht erreichbar: %1. Prüfen Sie Hostname und Port, ob der Server läuft und ob dieser Computer ihn erreichen darf (Firewall, VPN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is unreachable at %1: %2. Check the host name and port, that the server is running, and that this computer may reach it (firewall, VPN).</source>
        <translation>Der Server ist unter %1 nicht erreichbar: %2. Prüfen Sie Hostname und Port, ob der Server läuft und ob dieser Computer ihn erreichen darf (Firewall, VPN).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure (TLS) connection to the server could not be set up. Check that the server uses TLS, the CA file and the client certificate, and that the server&apos;s certificate is for this host name.</source>
        <translation>Die sichere (TLS-)Verbindung zum Server konnte nicht aufgebaut werden. Prüfen Sie, ob der Server TLS verwendet, die CA-Datei und das Client-Zertifikat, und ob das Zertifikat des Servers für diesen Hostnamen gilt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 could not be set up. Check that the server uses TLS, the CA file and the client certificate, and that the server&apos;s certificate is for this host name.</source>
        <translation>Die sichere (TLS-)Verbindung zu %1 konnte nicht aufgebaut werden. Prüfen Sie, ob der Server TLS verwendet, die CA-Datei und das Client-Zertifikat, und ob das Zertifikat des Servers für diesen Hostnamen gilt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authentication failed: the server refused the user name and password. Check them, and the authentication database (the database the user was created in, often &quot;admin&quot;).</source>
        <translation>Authentifizierung fehlgeschlagen: Der Server hat Benutzername und Passwort abgelehnt. Prüfen Sie beides und die Authentifizierungsdatenbank (die Datenbank, in der der Benutzer angelegt wurde, oft „admin“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection string is not valid.</source>
        <translation>Die Verbindungszeichenfolge ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error.</source>
        <translation>Der Server hat mit einem Fehler geantwortet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ConnectionProbe</name>
    <message>
        <location filename="../src/core/mongo/ConnectionProbe.cpp" line="+25"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>Client-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 &quot;%2&quot; cannot be read: check its path in the TLS settings.</source>
        <translation>Die %1 „%2“ kann nicht gelesen werden: Prüfen Sie ihren Pfad in den TLS-Einstellungen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::FieldDrift</name>
    <message>
        <location filename="../src/core/snapshot/FieldDrift.cpp" line="+68"/>
        <location line="+12"/>
        <source>reading the snapshot %1</source>
        <translation>Lesen des Snapshots %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reading a sample of %1.%2</source>
        <translation>Lesen einer Stichprobe von %1.%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the check was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReadOnlyCommand</name>
    <message>
        <location filename="../src/core/snapshot/ReadOnlyCommand.cpp" line="+111"/>
        <source>The aggregate command needs its pipeline as an array of stages.</source>
        <translation>Der Befehl aggregate braucht seine Pipeline als Array von Stufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each stage of the pipeline must be a document such as {&quot;$match&quot;: {…}}.</source>
        <translation>Jede Stufe der Pipeline muss ein Dokument sein, etwa {&quot;$match&quot;: {…}}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The aggregation stage %1 is not one of the read-only stages a check may use.</source>
        <translation>Die Aggregationsstufe %1 gehört nicht zu den rein lesenden Stufen, die eine Prüfung verwenden darf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The aggregate command needs a pipeline.</source>
        <translation>Der Befehl aggregate braucht eine Pipeline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>explain needs the command it explains as a document.</source>
        <translation>explain braucht den zu erklärenden Befehl als Dokument.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The command is empty: give a read command such as {&quot;count&quot;: &quot;products&quot;}.</source>
        <translation>Der Befehl ist leer: Geben Sie einen Lesebefehl an, etwa {&quot;count&quot;: &quot;products&quot;}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 writes to the database, and your own check may only read: it was not sent. Use a read command such as find, count, distinct or aggregate.</source>
        <translation>%1 schreibt in die Datenbank, und Ihre eigene Prüfung darf nur lesen: Der Befehl wurde nicht gesendet. Verwenden Sie einen Lesebefehl wie find, count, distinct oder aggregate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not one of the read commands a check may run (%2): it was not sent.</source>
        <translation>%1 gehört nicht zu den Lesebefehlen, die eine Prüfung ausführen darf (%2): Der Befehl wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The aggregation stage %1 writes to the database, and your own check may only read: it was not sent.</source>
        <translation>Die Aggregationsstufe %1 schreibt in die Datenbank, und Ihre eigene Prüfung darf nur lesen: Der Befehl wurde nicht gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The command is not a JSON document: %1</source>
        <translation>Der Befehl ist kein JSON-Dokument: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ValidationCheck</name>
    <message>
        <location filename="../src/core/snapshot/ValidationCheck.cpp" line="+19"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the expected result is not a JSON document: %1</source>
        <translation>das erwartete Ergebnis ist kein JSON-Dokument: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 ist %2, erwartet %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server answered ok: %1</source>
        <translation>der Server antwortete ok: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the server answered ok: %1 (%2)</source>
        <translation>der Server antwortete ok: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the server reported %n write error(s): %1</source>
        <translation>
            <numerusform>der Server meldete %n Schreibfehler: %1</numerusform>
            <numerusform>der Server meldete %n Schreibfehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server reported a write concern error: %1</source>
        <translation>der Server meldete einen Write-Concern-Fehler: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered no documents</source>
        <translation>%1 lieferte keine Dokumente</translation>
    </message>
</context>
<context>
    <name>lifeboat::app</name>
    <message>
        <location filename="../src/app/diff/DocumentPairFiller.cpp" line="+86"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ArchiveScanner</name>
    <message>
        <location filename="../src/app/backups/ArchiveScanner.cpp" line="+46"/>
        <source>No backup folder is set.</source>
        <translation>Es ist kein Sicherungsordner festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>Der Ordner %1 existiert (noch) nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be read.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ArchiveTableModel</name>
    <message>
        <location filename="../src/app/backups/ArchiveTableModel.cpp" line="+249"/>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no manifest (runbook archive)</source>
        <translation>kein Manifest (Runbook-Archiv)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ok, %1</source>
        <translation>ok, %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read back and checked against its manifest by the backup that wrote it, %1.</source>
        <translation>Von der Sicherung, die es geschrieben hat, zurückgelesen und gegen sein Manifest geprüft, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: every file matches the manifest.</source>
        <translation>Geprüft am %1: Jede Datei stimmt mit dem Manifest überein.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupBrowser</name>
    <message>
        <location filename="../src/app/browse/BackupBrowser.cpp" line="+34"/>
        <source>Re&amp;store these documents…</source>
        <translation>Diese Dokumente &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the selected documents (or every one the filter selects) back into the live collection, leaving the others alone</source>
        <translation>Die ausgewählten Dokumente (oder alle, die der Filter auswählt) in die aktuelle Collection zurückschreiben, ohne die übrigen anzutasten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse %1</source>
        <translation>%1 durchsuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next %1</source>
        <translation>&amp;Nächste %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the archive…</source>
        <translation>Archiv wird gelesen…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive holds no collection.</source>
        <translation>Das Archiv enthält keine Collection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a collection.</source>
        <translation>Wählen Sie eine Collection.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This filter cannot be used: %1</source>
        <translation>Dieser Filter ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading %1 from document %2…</source>
        <translation>%1 wird ab Dokument %2 gelesen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: matching documents from number %2 on…</source>
        <translation>%1 wird gelesen: passende Dokumente ab Nummer %2…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading more of %1…</source>
        <translation>Weitere Dokumente von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No document here.</source>
        <translation>Hier gibt es kein Dokument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document matches the filter here.</source>
        <translation>Hier passt kein Dokument zum Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents %1–%2 of %3.</source>
        <translation>Dokumente %1–%2 von %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching documents %1–%2 of %3.</source>
        <translation>Passende Dokumente %1–%2 von %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… more documents on this page: see the table, or copy or export them.
</source>
        <translation>… weitere Dokumente auf dieser Seite: siehe Tabelle, oder kopieren bzw. exportieren Sie sie.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… document %1 is cut here (%2 bytes of JSON); copy or export it to get all of it.</source>
        <translation>… Dokument %1 ist hier abgeschnitten (%2 Byte JSON); kopieren oder exportieren Sie es, um es ganz zu erhalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Copied %n document(s) as JSON.</source>
        <translation>
            <numerusform>%n Dokument als JSON kopiert.</numerusform>
            <numerusform>%n Dokumente als JSON kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export documents</source>
        <translation>Dokumente exportieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>%n Dokument nach %1 exportiert.</numerusform>
            <numerusform>%n Dokumente nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupDialog</name>
    <message>
        <location filename="../src/app/backups/BackupDialog.cpp" line="+64"/>
        <source>Back up — %1</source>
        <translation>Sichern — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1 (%2)</source>
        <translation>Von: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment: %1. A backup only reads from the server; it changes nothing there.</source>
        <translation>Umgebung: %1. Eine Sicherung liest nur vom Server; sie ändert dort nichts.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling… the unfinished archive is being removed.</source>
        <translation>Wird abgebrochen… das unfertige Archiv wird entfernt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>gzip (.tar.gz), the default</source>
        <translation>gzip (.tar.gz), die Voreinstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd (.tar.zst), smaller</source>
        <translation>zstd (.tar.zst), kleiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (.tar)</source>
        <translation>keine (.tar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd makes archives about an eighth smaller for about a quarter more compression CPU; gzip is read by any tar and by Python&apos;s tarfile.</source>
        <translation>zstd macht Archive etwa ein Achtel kleiner bei etwa einem Viertel mehr CPU für die Kompression; gzip liest jedes tar und Pythons tarfile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canonical: every BSON type survives (the default)</source>
        <translation>Canonical: Jeder BSON-Typ bleibt erhalten (die Voreinstellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical, pretty: one key per line</source>
        <translation>Canonical, formatiert: ein Schlüssel pro Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaxed: readable numbers and dates; number types may not survive</source>
        <translation>Relaxed: lesbare Zahlen und Datumswerte; Zahlentypen bleiben evtl. nicht erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaxed, pretty</source>
        <translation>Relaxed, formatiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical Extended JSON restores exactly what was backed up. Relaxed is easier to read but may turn a 64-bit integer or a decimal into a plain number.</source>
        <translation>Canonical Extended JSON stellt genau das wieder her, was gesichert wurde. Relaxed ist leichter zu lesen, kann aber eine 64-Bit-Ganzzahl oder eine Dezimalzahl in eine einfache Zahl verwandeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not list the databases: %1. You can type the database&apos;s name.</source>
        <translation>Die Datenbanken konnten nicht aufgelistet werden: %1. Sie können den Namen der Datenbank eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server lists no databases. You can type the database&apos;s name.</source>
        <translation>Der Server listet keine Datenbanken auf. Sie können den Namen der Datenbank eingeben.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Listing the collections of %1…</source>
        <translation>Die Collections von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the collections of %1: %2</source>
        <translation>Die Collections von %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no collections (or does not exist).</source>
        <translation>%1 enthält keine Collections (oder existiert nicht).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (view: kept as its definition)</source>
        <translation>%1 (View: als Definition gesichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (time series)</source>
        <translation>%1 (Zeitreihe)</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Save the backup to</source>
        <translation>Sicherung speichern in</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup did not start: %1</source>
        <translation>Die Sicherung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Back up %1 from %2</source>
        <translation>%1 von %2 sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up %1 (%2) from %3</source>
        <translation>%1 (%2) von %3 sichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2 → %3</source>
        <translation>%1 in %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(warnings: %1, see the log)</source>
        <translation>(Warnungen: %1, siehe Protokoll)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The archive: %1
%2 in %3, %4 of data, archive %5.</source>
        <translation>Das Archiv: %1
%2 in %3, %4 Daten, Archiv %5.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 collections done</source>
        <translation>%1 von %2 Collections fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: written and verified.</source>
        <translation>Fertig: geschrieben und geprüft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was cancelled. Its unfinished archive was removed: nothing was left in %1.</source>
        <translation>Die Sicherung wurde abgebrochen. Ihr unfertiges Archiv wurde entfernt: In %1 ist nichts zurückgeblieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No archive was left in %1.</source>
        <translation>In %1 ist kein Archiv zurückgeblieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took %1.</source>
        <translation>Dauer: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is running</source>
        <translation>Die Sicherung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is still running. Cancel it, or keep it running in the jobs panel?</source>
        <translation>Die Sicherung läuft noch. Abbrechen oder im Auftragsbereich weiterlaufen lassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the backup</source>
        <translation>Sicherung abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>Hier bleiben</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupsView</name>
    <message>
        <location filename="../src/app/backups/BackupsView.cpp" line="+269"/>
        <source>No archives in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Archive.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare the archive with its database on &quot;%1&quot;, without writing anything</source>
        <translation>Das Archiv mit seiner Datenbank auf „%1“ vergleichen, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a connection first: the archive is compared with its database there</source>
        <translation>Wählen Sie zuerst eine Verbindung: Dort wird das Archiv mit seiner Datenbank verglichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an archive to see its collections.</source>
        <translation>Wählen Sie ein Archiv, um seine Collections zu sehen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the manifest…</source>
        <translation>Manifest wird gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taken %1 (finished %2) by %3 %4</source>
        <translation>Erstellt am %1 (abgeschlossen am %2) mit %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1 — %2</source>
        <translation>Quelle: %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compression %1, %2 Extended JSON; %3</source>
        <translation>Kompression %1, %2 Extended JSON; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point in time</source>
        <translation>zeitpunktgenau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not point in time</source>
        <translation>nicht zeitpunktgenau</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No manifest: written by the runbook&apos;s backup script. Verify integrity reads and counts every document.</source>
        <translation>Kein Manifest: vom Sicherungsskript des Runbooks geschrieben. „Integrität prüfen“ liest und zählt jedes Dokument.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A view on %1</source>
        <translation>Eine View auf %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>time-series buckets</source>
        <translation>Zeitreihen-Buckets</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify integrity counts the documents</source>
        <translation>„Integrität prüfen“ zählt die Dokumente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verify integrity of %1</source>
        <translation>Integrität von %1 prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n Problem gefunden</numerusform>
            <numerusform>%n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Scope: %1; databases: %2; %3, %4</source>
        <translation>Umfang: %1; Datenbanken: %2; %3, %4</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with database</source>
        <translation>Mit Datenbank &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show in folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter archives</source>
        <translation>Archive filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the archives whose row contains this text (Ctrl+F)</source>
        <translation>Nur die Archive anzeigen, deren Zeile diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No backups yet: the folder %1 is created with the first one.</source>
        <translation>Noch keine Sicherungen: Der Ordner %1 wird mit der ersten angelegt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Select an archive to browse its documents.</source>
        <translation>Wählen Sie ein Archiv, um seine Dokumente zu durchsuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+271"/>
        <source>intact: %Ln file(s), %1</source>
        <translation>
            <numerusform>intakt: %Ln Datei, %1</numerusform>
            <numerusform>intakt: %Ln Dateien, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification of %1 cancelled.</source>
        <translation>Prüfung von %1 abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is intact.</source>
        <translation>%1 ist intakt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has problems: %2</source>
        <translation>%1 hat Probleme: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read through: %2</source>
        <translation>%1 kann nicht vollständig gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a connection first: the archive is compared with its database there.</source>
        <translation>Wählen Sie zuerst eine Verbindung: Dort wird das Archiv mit seiner Datenbank verglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still being read; try again in a moment.</source>
        <translation>%1 wird noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not name its database (a runbook archive): give the connection &quot;%2&quot; a default database to compare it with.</source>
        <translation>%1 nennt seine Datenbank nicht (ein Runbook-Archiv): Geben Sie der Verbindung „%2“ eine Standarddatenbank, mit der es verglichen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 compared with database %2 on &quot;%3&quot; (%4)</source>
        <translation>%1 verglichen mit Datenbank %2 auf „%3“ (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Reading the password of &quot;%1&quot;…</source>
        <translation>Passwort von „%1“ wird gelesen…</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Comparing %1 with the database…</source>
        <translation>%1 wird mit der Datenbank verglichen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1.%2 differs: %3</source>
        <translation>%1.%2 weicht ab: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>differences in %1 of %Ln collection(s)</source>
        <translation>
            <numerusform>Unterschiede in %1 von %Ln Collection</numerusform>
            <numerusform>Unterschiede in %1 von %Ln Collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln collection(s) match</source>
        <translation>
            <numerusform>%Ln Collection stimmt überein</numerusform>
            <numerusform>%Ln Collections stimmen überein</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 differs from the database (%2): see the report.</source>
        <translation>%1 weicht von der Datenbank ab (%2): siehe Bericht.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Comparison cancelled.</source>
        <translation>Vergleich abgebrochen.</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+512"/>
        <source>The comparison could not run: %1</source>
        <translation>Der Vergleich konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches the database.</source>
        <translation>%1 stimmt mit der Datenbank überein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection this comparison was made with is gone: compare again.</source>
        <translation>Die Verbindung, mit der dieser Vergleich gemacht wurde, besteht nicht mehr: Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collection %1 of %2 compared with database %3 on &quot;%4&quot;, document by document</source>
        <translation>Collection %1 von %2 mit Datenbank %3 auf „%4“ verglichen, Dokument für Dokument</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the documents of %1 that differ…</source>
        <translation>Die abweichenden Dokumente von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>%1 cannot be deleted: a running job is using it.</source>
        <translation>%1 kann nicht gelöscht werden: Ein laufender Auftrag verwendet es.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete archive</source>
        <translation>Archiv löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (%2, taken %3) for good?</source>
        <translation>%1 (%2, erstellt am %3) endgültig löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is removed from the disk, not moved to a trash.</source>
        <translation>Die Datei wird von der Festplatte entfernt, nicht in einen Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open %1 in the file manager.</source>
        <translation>%1 konnte nicht im Dateimanager geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CancelConfirmation</name>
    <message>
        <location filename="../src/app/jobs/CancelConfirmation.cpp" line="+22"/>
        <location line="+3"/>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel “%1”?</source>
        <translation>„%1“ abbrechen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CloneSnapshotDialog</name>
    <message>
        <location filename="../src/app/snapshots/CloneSnapshotDialog.cpp" line="+33"/>
        <source>Clone %1 to verify</source>
        <translation>%1 zum Prüfen klonen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database:</source>
        <translation>&amp;Neue Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt;: %2 snapshot of %3, taken %4, %5 in %6.</source>
        <translation>Snapshot &lt;b&gt;%1&lt;/b&gt;: Snapshot (Ebene %2) von %3, erstellt %4, %5 in %6.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The clone has been started.</source>
        <translation>Der Klon wurde gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot cannot be read: %1</source>
        <translation>Der Snapshot kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection is chosen.</source>
        <translation>Es ist keine Verbindung gewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has not answered yet.</source>
        <translation>Der Server hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists: a clone goes into a new database.</source>
        <translation>%1 existiert bereits: Ein Klon kommt in eine neue Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clone writes a new database to it.</source>
        <translation>Der Klon schreibt eine neue Datenbank darauf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a new database on this server.</source>
        <translation>%1 ist eine neue Datenbank auf diesem Server.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clone snapshot %1 into %2 on %3</source>
        <translation>Snapshot %1 in %2 auf %3 klonen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloned into %1 and verified: it matches the snapshot.</source>
        <translation>In %1 geklont und geprüft: Er stimmt mit dem Snapshot überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The clone failed: %1</source>
        <translation>Das Klonen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1 cloned into %2 on &quot;%3&quot; (%4), compared in full with the snapshot&apos;s manifest</source>
        <translation>Snapshot %1 in %2 auf „%3“ (%4) geklont, vollständig mit dem Manifest des Snapshots verglichen</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CollectionProgressList</name>
    <message>
        <location filename="../src/app/widgets/CollectionProgressList.cpp" line="+39"/>
        <location line="+20"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ConnectionTester</name>
    <message>
        <location filename="../src/app/connections/ConnectionTester.cpp" line="+71"/>
        <source>Connected to MatrixOne at %1 (%2).</source>
        <translation>Verbunden mit MatrixOne unter %1 (%2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected: %1.</source>
        <translation>Verbunden: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FerretDB (compatible with MongoDB %1)</source>
        <translation>FerretDB (kompatibel mit MongoDB %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a replica set (%1)</source>
        <translation>ein Replica Set (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sharded cluster</source>
        <translation>ein Sharded Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a standalone server</source>
        <translation>ein Einzelserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CreateSnapshotDialog</name>
    <message>
        <location filename="../src/app/snapshots/CreateSnapshotDialog.cpp" line="+31"/>
        <source>Database: every collection of the database</source>
        <translation>Datenbank: alle Collections der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections: some collections of the database</source>
        <translation>Collections: einige Collections der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment: every database of the server</source>
        <translation>Deployment: alle Datenbanken des Servers</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a snapshot needs a name</source>
        <translation>ein Snapshot braucht einen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ The name is free in this folder.</source>
        <translation>✓ Der Name ist in diesem Ordner frei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the snapshot has been started</source>
        <translation>der Snapshot wurde gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection is chosen</source>
        <translation>keine Verbindung gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has not answered yet</source>
        <translation>der Server hat noch nicht geantwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no database is chosen</source>
        <translation>keine Datenbank gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database %1 on this server</source>
        <translation>auf diesem Server gibt es keine Datenbank %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no collection is ticked</source>
        <translation>keine Collection markiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the snapshot and verify it</source>
        <translation>Snapshot erstellen und prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet: %1.</source>
        <translation>Noch nicht: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1</source>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapshot %1 created and verified: %2 in %3, %4 on disk.</source>
        <translation>Snapshot %1 erstellt und geprüft: %2 in %3, %4 auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: no snapshot was left in the folder.</source>
        <translation>Abgebrochen: Im Ordner ist kein Snapshot zurückgeblieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot failed: %1</source>
        <translation>Der Snapshot ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CsvFileDialog</name>
    <message>
        <location filename="../src/app/widgets/CsvFileDialog.cpp" line="+16"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DatabasePicker</name>
    <message>
        <location filename="../src/app/widgets/DatabasePicker.cpp" line="+52"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add a connection first, in the Connections panel.</source>
        <translation>Legen Sie zuerst eine Verbindung an, im Bereich „Verbindungen“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no database %1 on this server.</source>
        <translation>Auf diesem Server gibt es keine Datenbank %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing the collections of %1…</source>
        <translation>Die Collections von %1 werden aufgelistet…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DatabaseTree</name>
    <message>
        <location filename="../src/app/connections/DatabaseTree.cpp" line="+42"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+255"/>
        <source>&amp;Snapshot…</source>
        <translation>S&amp;napshot…</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Restore &amp;into…</source>
        <translation>&amp;Wiederherstellen in…</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Database / collection</source>
        <translation>Datenbank / Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databases of the selected connection</source>
        <translation>Datenbanken der ausgewählten Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the databases and collections again</source>
        <translation>Datenbanken und Collections neu abrufen</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>MatrixOne: see the Snapshots tab.</source>
        <translation>MatrixOne: siehe Registerkarte „Snapshots“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The databases of a MatrixOne profile are snapshotted, cloned to verify and rolled back in the Snapshots tab and with Safe change…; they are not browsed here.</source>
        <translation>Die Datenbanken eines MatrixOne-Profils werden in der Registerkarte „Snapshots“ und mit „Abgesicherte Änderung…“ als Snapshot festgehalten, zum Prüfen geklont und zurückgesetzt; hier werden sie nicht durchsucht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cannot read the password of &quot;%1&quot; from the system keychain.</source>
        <translation>Das Passwort von „%1“ kann nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No databases yet.</source>
        <translation>Noch keine Datenbanken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database %1: open it to see its collections</source>
        <translation>Datenbank %1: aufklappen, um ihre Collections zu sehen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No collections.</source>
        <translation>Keine Collections.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View %1.%2 (no documents of its own)</source>
        <translation>View %1.%2 (keine eigenen Dokumente)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1.%2: about %Ln document(s)</source>
        <translation>
            <numerusform>%1.%2: etwa %Ln Dokument</numerusform>
            <numerusform>%1.%2: etwa %Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Back up %1…</source>
        <translation>%1 &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up %1.%2…</source>
        <translation>%1.%2 &amp;sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snapshot %1…</source>
        <translation>S&amp;napshot von %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;into %1…</source>
        <translation>In %1 &amp;wiederherstellen…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DeleteConfirmation</name>
    <message>
        <location filename="../src/app/widgets/DeleteConfirmation.cpp" line="+15"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DemoServer</name>
    <message>
        <location filename="../src/app/demo/DemoServer.cpp" line="+76"/>
        <source>Cannot create a temporary folder for the demo in %1: %2</source>
        <translation>In %1 kann kein temporärer Ordner für die Demo angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo needs FerretDB, the MongoDB-compatible server that scripts/setup builds, and it is not built yet. Run scripts/setup in the Lifeboat source folder, then start the demo again (or set LIFEBOAT_FERRETDB to a FerretDB program). Looked for: %1</source>
        <translation>Die Demo braucht FerretDB, den MongoDB-kompatiblen Server, den scripts/setup baut, und er ist noch nicht gebaut. Führen Sie scripts/setup im Quellordner von Lifeboat aus und starten Sie dann die Demo erneut (oder setzen Sie LIFEBOAT_FERRETDB auf ein FerretDB-Programm). Gesucht wurde: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot find a free port on 127.0.0.1 for the demo server.</source>
        <translation>Auf 127.0.0.1 ist kein freier Port für den Demo-Server zu finden.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot run FerretDB (%1): %2</source>
        <translation>FerretDB kann nicht ausgeführt werden (%1): %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo server stopped unexpectedly (exit code %1). %2</source>
        <translation>Der Demo-Server wurde unerwartet beendet (Exit-Code %1). %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo server (FerretDB) stopped while starting. %1</source>
        <translation>Der Demo-Server (FerretDB) wurde beim Starten beendet. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its last messages:
%1</source>
        <translation>Seine letzten Meldungen:
%1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DemoSession</name>
    <message>
        <location filename="../src/app/demo/DemoSession.cpp" line="+24"/>
        <source>The demo server is not running.</source>
        <translation>Der Demo-Server läuft nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifeboat — Demo</source>
        <translation>Lifeboat — Demo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo could not start.</source>
        <translation>Die Demo konnte nicht starten.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quit the demo</source>
        <translation>Demo beenden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Quitting deletes the demo&apos;s %n backup(s) and snapshot(s).</source>
        <translation>
            <numerusform>Beim Beenden wird %n Sicherung oder Snapshot der Demo gelöscht.</numerusform>
            <numerusform>Beim Beenden werden die %n Sicherungen und Snapshots der Demo gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are in %1, with the demo&apos;s server and settings, and are deleted when Lifeboat quits. Copy any you want to keep elsewhere first.</source>
        <translation>Sie liegen in %1, zusammen mit dem Server und den Einstellungen der Demo, und werden gelöscht, wenn Lifeboat beendet wird. Kopieren Sie vorher alles, was Sie behalten möchten, an einen anderen Ort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit and delete them</source>
        <translation>Beenden und löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay</source>
        <translation>Bleiben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo (local)</source>
        <translation>Demo (lokal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting the demo server…</source>
        <translation>Der Demo-Server wird gestartet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo server runs at %1, but its profile could not be saved: %2</source>
        <translation>Der Demo-Server läuft unter %1, aber sein Profil konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo server ready at %1 with the sample database &quot;%2&quot;. It stops when Lifeboat quits.</source>
        <translation>Der Demo-Server läuft unter %1 mit der Beispieldatenbank „%2“. Er wird beendet, wenn Lifeboat beendet wird.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DiffDrillDown</name>
    <message>
        <location filename="../src/app/diff/DiffDrillDown.cpp" line="+53"/>
        <source>Differences in %1</source>
        <translation>Unterschiede in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>Select a document to see it from the backup and from the database side by side.</source>
        <translation>Wählen Sie ein Dokument, um es aus der Sicherung und aus der Datenbank nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>All differences</source>
        <translation>Alle Unterschiede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in the backup</source>
        <translation>Nur in der Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in the database</source>
        <translation>Nur in der Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which differing documents to list</source>
        <translation>Welche abweichenden Dokumente aufgelistet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected documents (or, with none selected, every listed one) back from the backup: the restore wizard opens with their _ids</source>
        <translation>Die ausgewählten Dokumente (oder, wenn keines ausgewählt ist, alle aufgelisteten) aus der Sicherung zurückholen: Der Wiederherstellungsassistent öffnet sich mit ihren _ids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the listed documents as CSV (the columns of lifeboat-cli diff --report)</source>
        <translation>Die aufgelisteten Dokumente als CSV speichern (die Spalten von lifeboat-cli diff --report)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Differences in %1 of %2</source>
        <translation>Unterschiede in %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln differing document(s)</source>
        <translation>
            <numerusform>%Ln abweichendes Dokument</numerusform>
            <numerusform>%Ln abweichende Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Comparing %1 document by document… %Ln differing so far.</source>
        <translation>
            <numerusform>%1 wird Dokument für Dokument verglichen… bisher %Ln abweichend.</numerusform>
            <numerusform>%1 wird Dokument für Dokument verglichen… bisher %Ln abweichend.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: the documents found until then are listed.</source>
        <translation>Abgebrochen: Die bis dahin gefundenen Dokumente werden aufgelistet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison could not run: %1</source>
        <translation>Der Vergleich konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 only in the backup, %2 only in the database, %3 changed, %4 the same.</source>
        <translation>%1 nur in der Sicherung, %2 nur in der Datenbank, %3 geändert, %4 gleich.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %Ln differing document(s) listed.</source>
        <translation>
            <numerusform>%1 von %Ln abweichenden Dokument aufgelistet.</numerusform>
            <numerusform>%1 von %Ln abweichenden Dokumenten aufgelistet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 are kept; lifeboat-cli diff --report lists them all.</source>
        <translation>Die ersten %1 werden behalten; lifeboat-cli diff --report listet alle auf.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>None of these documents is in the backup: there is nothing to restore from it.</source>
        <translation>Keines dieser Dokumente ist in der Sicherung: Es gibt nichts daraus wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restoring %Ln document(s) from the backup: continue in the restore wizard.</source>
        <translation>
            <numerusform>%Ln Dokument wird aus der Sicherung wiederhergestellt: Fahren Sie im Wiederherstellungsassistenten fort.</numerusform>
            <numerusform>%Ln Dokumente werden aus der Sicherung wiederhergestellt: Fahren Sie im Wiederherstellungsassistenten fort.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 from the backup and from the database…</source>
        <translation>%1 wird aus der Sicherung und aus der Datenbank gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>_id %1: the backup&apos;s document (left) and the database&apos;s (right); what differs is marked.</source>
        <translation>_id %1: das Dokument der Sicherung (links) und das der Datenbank (rechts); Abweichungen sind markiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is only in the backup: the database does not hold it.</source>
        <translation>_id %1 ist nur in der Sicherung: Die Datenbank enthält dieses Dokument nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is only in the database: the backup does not hold it.</source>
        <translation>_id %1 ist nur in der Datenbank: Die Sicherung enthält dieses Dokument nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is in neither any more: it has changed since the comparison.</source>
        <translation>_id %1 ist in keiner von beiden mehr: Das Dokument hat sich seit dem Vergleich geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>_id %1 could not be read: %2</source>
        <translation>_id %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the differences as CSV</source>
        <translation>Unterschiede als CSV exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the list: %1</source>
        <translation>Die Liste konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentDifferenceModel</name>
    <message>
        <location filename="../src/app/diff/DocumentDifferenceModel.cpp" line="+56"/>
        <source>only in the backup</source>
        <translation>nur in der Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the database</source>
        <translation>nur in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentPageLoader</name>
    <message>
        <location filename="../src/app/browse/DocumentPageLoader.cpp" line="+131"/>
        <source>The archive has not been read yet.</source>
        <translation>Das Archiv wurde noch nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentPairFiller</name>
    <message>
        <location filename="../src/app/diff/DocumentPairFiller.cpp" line="+27"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup: absent</source>
        <translation>Sicherung: fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: absent</source>
        <translation>Datenbank: fehlt</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentSampleView</name>
    <message>
        <location filename="../src/app/browse/DocumentSampleView.cpp" line="+31"/>
        <source>Sample documents of</source>
        <translation>Beispieldokumente von</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the archive: %1</source>
        <translation>Das Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No documents.</source>
        <translation>Keine Dokumente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentTableModel</name>
    <message>
        <location filename="../src/app/browse/DocumentTableModel.cpp" line="+131"/>
        <source>#</source>
        <translation>#</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::Job</name>
    <message>
        <location filename="../src/app/jobs/Job.cpp" line="+44"/>
        <source>The job stopped on an internal error (%1). Nothing after that point was done; please report this.</source>
        <translation>Der Auftrag wurde wegen eines internen Fehlers angehalten (%1). Nach dieser Stelle wurde nichts mehr ausgeführt; bitte melden Sie dies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown exception</source>
        <translation>eine unbekannte Ausnahme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phase: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::JobsPanel</name>
    <message>
        <location filename="../src/app/jobs/JobsPanel.cpp" line="+27"/>
        <source>&amp;Cancel job</source>
        <translation>Auftrag &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a job to see its log.</source>
        <translation>Wählen Sie einen Auftrag, um sein Protokoll zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job log</source>
        <translation>Auftragsprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the selected job. A cancelled backup leaves no archive behind.</source>
        <translation>Den ausgewählten Auftrag anhalten. Eine abgebrochene Sicherung hinterlässt kein Archiv.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. Double-click to show its window.</source>
        <translation>%1. Doppelklicken, um sein Fenster anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::MainWindow</name>
    <message>
        <location filename="../src/app/window/MainWindow.cpp" line="+49"/>
        <source>Lifeboat %1</source>
        <translation>Lifeboat %1</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>About Lifeboat</source>
        <translation>Über Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Lifeboat %1&lt;/b&gt;&lt;p&gt;Back up, verify, snapshot and restore MongoDB databases.&lt;/p&gt;&lt;p&gt;The same engine runs on the command line: &lt;code&gt;lifeboat-cli --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lifeboat %1&lt;/b&gt;&lt;p&gt;MongoDB-Datenbanken sichern, prüfen, als Snapshot festhalten und wiederherstellen.&lt;/p&gt;&lt;p&gt;Dieselbe Engine läuft auf der Kommandozeile: &lt;code&gt;lifeboat-cli --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups: archives of whole databases, kept in the backup folder, to restore anywhere</source>
        <translation>Sicherungen: Archive ganzer Datenbanken im Sicherungsordner, überall wiederherstellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots: named, described states of a database before a change, to roll back to</source>
        <translation>Snapshots: benannte, beschriebene Stände einer Datenbank vor einer Änderung, zum Zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Snapshots</source>
        <translation>&amp;Snapshots</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe &amp;change…</source>
        <translation>&amp;Abgesicherte Änderung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe change</source>
        <translation>Abgesicherte Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot a database, run an upgrade, check it, then keep it or roll back</source>
        <translation>Snapshot einer Datenbank erstellen, ein Upgrade ausführen, prüfen, dann behalten oder zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;reate snapshot…</source>
        <translation>Snapshot &amp;erstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a named, described snapshot of a database (Ctrl+Shift+S)</source>
        <translation>Einen benannten, beschriebenen Snapshot einer Datenbank erstellen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prune snapshots…</source>
        <translation>Snapshots &amp;bereinigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose s&amp;napshot folder…</source>
        <translation>Snapshot-&amp;Ordner wählen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Connections panel</source>
        <translation>Bereich „&amp;Verbindungen“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Jobs panel</source>
        <translation>Bereich „&amp;Aufträge“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the user guide: %1</source>
        <translation>Benutzerhandbuch öffnen: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The demo could not start: %1 cannot be run again.</source>
        <translation>Die Demo konnte nicht starten: %1 kann nicht erneut ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo in a window of its own…</source>
        <translation>Die Demo wird in einem eigenen Fenster gestartet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the user guide at %1.</source>
        <translation>Das Benutzerhandbuch unter %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jobs are running</source>
        <translation>Aufträge laufen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Cancel them and quit? A cancelled backup leaves no archive behind; a cancelled restore reports which collections it completed.</source>
        <translation>
            <numerusform>%n Auftrag läuft noch. Abbrechen und beenden? Eine abgebrochene Sicherung hinterlässt kein Archiv; eine abgebrochene Wiederherstellung meldet, welche Collections sie abgeschlossen hat.</numerusform>
            <numerusform>%n Aufträge laufen noch. Abbrechen und beenden? Eine abgebrochene Sicherung hinterlässt kein Archiv; eine abgebrochene Wiederherstellung meldet, welche Collections sie abgeschlossen hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no connection yet. Add one for the server whose database you want to back up.</source>
        <translation>Es gibt noch keine Verbindung. Legen Sie eine für den Server an, dessen Datenbank Sie sichern möchten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a connection first, in the Connections panel, or add one.</source>
        <translation>Wählen Sie zuerst eine Verbindung im Bereich „Verbindungen“, oder legen Sie eine an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Restore into %1</source>
        <translation>In %1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::MergedDocumentTableModel</name>
    <message>
        <location filename="../src/app/restore/surgical/MergedDocumentTableModel.cpp" line="+31"/>
        <source>inserted</source>
        <translation>eingefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from the backup</source>
        <translation>weicht von der Sicherung ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appeared meanwhile, left alone</source>
        <translation>inzwischen hinzugekommen, unverändert gelassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written, not read back (the restore stopped)</source>
        <translation>geschrieben, nicht zurückgelesen (die Wiederherstellung wurde angehalten)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProductionBanner</name>
    <message>
        <location filename="../src/app/widgets/ProductionBanner.cpp" line="+15"/>
        <source>Production warning</source>
        <translation>Produktionswarnung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PRODUCTION — &quot;%1&quot; is a production server.</source>
        <translation>PRODUKTION — „%1“ ist ein Produktionsserver.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProfileDialog</name>
    <message>
        <location filename="../src/app/connections/ProfileDialog.cpp" line="+46"/>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+152"/>
        <source>Edit connection &quot;%1&quot;</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>leave empty to keep the saved password</source>
        <translation>leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificates (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate and key</source>
        <translation>Client-Zertifikat und Schlüssel</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The user name was moved out of the connection string into its own field.</source>
        <translation>Der Benutzername wurde aus der Verbindungszeichenfolge in ein eigenes Feld verschoben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name and password were moved out of the connection string into their own fields. The password will be kept in the system keychain, not in Lifeboat&apos;s settings.</source>
        <translation>Benutzername und Passwort wurden aus der Verbindungszeichenfolge in eigene Felder verschoben. Das Passwort wird im Schlüsselbund des Systems gespeichert, nicht in den Einstellungen von Lifeboat.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The connection was saved, but the system keychain failed: %1</source>
        <translation>Die Verbindung wurde gespeichert, aber der Schlüsselbund des Systems meldete einen Fehler: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the saved password from the system keychain.</source>
        <translation>Das gespeicherte Passwort kann nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MatrixOne</source>
        <translation>MatrixOne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. mo.example.com</source>
        <translation>z. B. mo.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: the sys account</source>
        <translation>leer: das Konto sys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MatrixOne account (tenant) the user belongs to.</source>
        <translation>Das MatrixOne-Konto (Mandant), zu dem der Benutzer gehört.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the database snapshots are of (empty: the whole account)</source>
        <translation>die Datenbank, von der Snapshots erstellt werden (leer: das ganze Konto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: preselected for backups</source>
        <translation>optional: für Sicherungen vorausgewählt</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProfileSidebar</name>
    <message>
        <location filename="../src/app/connections/ProfileSidebar.cpp" line="+32"/>
        <source>PRODUCTION</source>
        <translation>PRODUKTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection, with its password</source>
        <translation>Die ausgewählte Verbindung samt Passwort kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected connection and its saved password</source>
        <translation>Die ausgewählte Verbindung und ihr gespeichertes Passwort löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the selected connection</source>
        <translation>Die ausgewählte Verbindung testen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;No connections yet.&lt;/b&gt;&lt;p&gt;Add a connection to a MongoDB server to back up, snapshot and restore its databases.&lt;/p&gt;&lt;p&gt;Or try the demo first: a local server with a sample shop, in a window of its own. Your settings are not touched.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Noch keine Verbindungen.&lt;/b&gt;&lt;p&gt;Legen Sie eine Verbindung zu einem MongoDB-Server an, um seine Datenbanken zu sichern, als Snapshot festzuhalten und wiederherzustellen.&lt;/p&gt;&lt;p&gt;Oder probieren Sie zuerst die Demo aus: ein lokaler Server mit einem Beispielshop, in einem eigenen Fenster. Ihre Einstellungen bleiben unberührt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>%1
[%2] %3</source>
        <translation>%1
[%2] %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)
%3%4</source>
        <translation>%1 (%2)
%3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
user %1</source>
        <translation>
Benutzer %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not duplicate &quot;%1&quot;.</source>
        <translation>„%1“ konnte nicht dupliziert werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the PRODUCTION connection &quot;%1&quot;? Its saved password is removed from the system keychain. The databases and the backups already made are not touched.</source>
        <translation>Die PRODUKTIONS-Verbindung „%1“ löschen? Ihr gespeichertes Passwort wird aus dem Schlüsselbund des Systems entfernt. Die Datenbanken und die bereits erstellten Sicherungen bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the connection &quot;%1&quot;? Its saved password is removed from the system keychain. The databases and the backups already made are not touched.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr gespeichertes Passwort wird aus dem Schlüsselbund des Systems entfernt. Die Datenbanken und die bereits erstellten Sicherungen bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete &quot;%1&quot;: the system keychain did not remove its password, so the connection was kept.</source>
        <translation>„%1“ konnte nicht gelöscht werden: Der Schlüsselbund des Systems hat das Passwort nicht entfernt, daher wurde die Verbindung behalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the password of &quot;%1&quot; from the system keychain.</source>
        <translation>Das Passwort von „%1“ kann nicht aus dem Schlüsselbund des Systems gelesen werden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProgressText</name>
    <message>
        <location filename="../src/app/widgets/ProgressText.cpp" line="+14"/>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 documents</source>
        <translation>%1 Dokumente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln Dokument</numerusform>
            <numerusform>%Ln Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 collections</source>
        <translation>%1 Collections</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln Collection</numerusform>
            <numerusform>%Ln Collections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of about %2 documents</source>
        <translation>%1 von etwa %2 Dokumenten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>almost done</source>
        <translation>fast fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 documents/s</source>
        <translation>%1 Dokumente/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing collections</source>
        <translation>Auflisten der Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying documents</source>
        <translation>Kopieren der Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the manifest</source>
        <translation>Schreiben des Manifests</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading documents</source>
        <translation>Laden der Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building indexes, views and validators</source>
        <translation>Anlegen der Indizes, Views und Validatoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::PruneDialog</name>
    <message>
        <location filename="../src/app/snapshots/PruneDialog.cpp" line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Deleted %n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot gelöscht</numerusform>
            <numerusform>%n Snapshots gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(all)</source>
        <translation>(alle)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>kept: a running job uses it</source>
        <translation>behalten: Ein laufender Auftrag verwendet ihn</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give &quot;older than&quot; as a whole number and a unit, e.g. 7d.</source>
        <translation>Geben Sie „Älter als“ als ganze Zahl mit Einheit an, z. B. 7d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshot in this folder matches.</source>
        <translation>Kein Snapshot in diesem Ordner passt.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing to delete: the policy keeps all %n snapshot(s).</source>
        <translation>
            <numerusform>Nichts zu löschen: Die Richtlinie behält %n Snapshot.</numerusform>
            <numerusform>Nichts zu löschen: Die Richtlinie behält alle %n Snapshots.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Would delete %n snapshot(s)</source>
        <translation>
            <numerusform>Würde %n Snapshot löschen</numerusform>
            <numerusform>Würde %n Snapshots löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n snapshot(s)</source>
        <translation>
            <numerusform>%n Snapshot löschen</numerusform>
            <numerusform>%n Snapshots löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Deleting %n snapshot(s)…</source>
        <translation>
            <numerusform>%n Snapshot wird gelöscht…</numerusform>
            <numerusform>%n Snapshots werden gelöscht…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ReportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/ReportDialog.cpp" line="+54"/>
        <source>All %n collection(s) match.</source>
        <translation>
            <numerusform>%n Collection stimmt überein.</numerusform>
            <numerusform>Alle %n Collections stimmen überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s) differ.</source>
        <translation>
            <numerusform>%n Collection weicht ab.</numerusform>
            <numerusform>%n Collections weichen ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification report: ok</source>
        <translation>Prüfbericht: ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification report: mismatch</source>
        <translation>Prüfbericht: Abweichung</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show &amp;differences…</source>
        <translation>&amp;Unterschiede anzeigen…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>List the documents of %1 that differ, and compare them side by side</source>
        <translation>Die abweichenden Dokumente von %1 auflisten und nebeneinander vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a collection that differs (a mismatch) to list its differing documents</source>
        <translation>Wählen Sie eine Collection mit dem Status „Abweichung“, um ihre abweichenden Dokumente aufzulisten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreArchivePage</name>
    <message>
        <location filename="../src/app/restore/RestoreArchivePage.cpp" line="+83"/>
        <source>Choose an archive.</source>
        <translation>Wählen Sie ein Archiv.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking every file of the archive against its manifest…</source>
        <translation>Jede Datei des Archivs wird gegen sein Manifest geprüft…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no readable file at %1.</source>
        <translation>Unter %1 gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This archive cannot be read: %1</source>
        <translation>Dieses Archiv kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity check passed: every file matches the manifest.</source>
        <translation>Integritätsprüfung bestanden: Jede Datei stimmt mit dem Manifest überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive reads. It has no manifest (a runbook archive), so there are no checksums to compare; its documents are counted when the restore is planned.</source>
        <translation>Das Archiv ist lesbar. Es hat kein Manifest (ein Runbook-Archiv), also gibt es keine Prüfsummen zum Vergleichen; seine Dokumente werden gezählt, wenn die Wiederherstellung geplant wird.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Integrity check failed: %n problem(s). This archive is not restored.</source>
        <translation>
            <numerusform>Integritätsprüfung fehlgeschlagen: %n Problem. Dieses Archiv wird nicht wiederhergestellt.</numerusform>
            <numerusform>Integritätsprüfung fehlgeschlagen: %n Probleme. Dieses Archiv wird nicht wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (and %n view(s))</source>
        <translation>
            <numerusform>%1 (und %n View)</numerusform>
            <numerusform>%1 (und %n Views)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2, by %3 %4</source>
        <translation>%1 auf %2, mit %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded (a runbook archive): name the target on the next page</source>
        <translation>nicht aufgezeichnet (ein Runbook-Archiv): Nennen Sie das Ziel auf der nächsten Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded; counted when the restore is planned</source>
        <translation>nicht aufgezeichnet; werden beim Planen der Wiederherstellung gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded; the file dates from %1</source>
        <translation>nicht aufgezeichnet; die Datei stammt vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a runbook archive without manifest</source>
        <translation>ein Runbook-Archiv ohne Manifest</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive to restore</source>
        <translation>Wiederherzustellendes Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup archives (*.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation>Sicherungsarchive (*.tar *.tar.gz *.tgz *.tar.zst);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreConfirmPage</name>
    <message>
        <location filename="../src/app/restore/RestoreConfirmPage.cpp" line="+23"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is about to happen. Restore starts it.</source>
        <translation>Prüfen Sie, was gleich geschieht. „Wiederherstellen“ startet es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database name to confirm</source>
        <translation>Datenbankname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This restore writes to it.</source>
        <translation>Diese Wiederherstellung schreibt darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no plan.</source>
        <translation>Es gibt keinen Plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>into &lt;b&gt;%1&lt;/b&gt; on %2 (%3)</source>
        <translation>in &lt;b&gt;%1&lt;/b&gt; auf %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as a clone of %1</source>
        <translation>als Klon von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n collection(s) dropped</source>
        <translation>
            <numerusform>%n Collection gelöscht</numerusform>
            <numerusform>%n Collections gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dropped and recreated</source>
        <translation>
            <numerusform>%n gelöscht und neu angelegt</numerusform>
            <numerusform>%n gelöscht und neu angelegt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing collection(s) inserted into</source>
        <translation>
            <numerusform>in %n vorhandene Collection eingefügt</numerusform>
            <numerusform>in %n vorhandene Collections eingefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n angelegt</numerusform>
            <numerusform>%n angelegt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety snapshot of %1 is taken first, into %2.</source>
        <translation>Zuerst wird ein Sicherheits-Snapshot von %1 in %2 erstellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;No safety snapshot&lt;/b&gt; is taken: there is no way back.</source>
        <translation>&lt;b&gt;Kein Sicherheits-Snapshot&lt;/b&gt; wird erstellt: Es gibt keinen Weg zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards every collection is compared with the archive in full.</source>
        <translation>Danach wird jede Collection vollständig mit dem Archiv verglichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Afterwards counts and %Ln document(s) per collection are compared with the archive.</source>
        <translation>
            <numerusform>Danach werden die Anzahlen und %Ln Dokument je Collection mit dem Archiv verglichen.</numerusform>
            <numerusform>Danach werden die Anzahlen und %Ln Dokumente je Collection mit dem Archiv verglichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This restore drops or changes existing collections in &lt;b&gt;%1&lt;/b&gt; (%2). Type the database&apos;s name to enable Restore:</source>
        <translation>Diese Wiederherstellung löscht oder ändert vorhandene Collections in &lt;b&gt;%1&lt;/b&gt; (%2). Geben Sie den Namen der Datenbank ein, um „Wiederherstellen“ freizugeben:</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreOptionsPage</name>
    <message>
        <location filename="../src/app/restore/RestoreOptionsPage.cpp" line="+33"/>
        <source>Folder for the safety snapshot</source>
        <translation>Ordner für den Sicherheits-Snapshot</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n collection(s) chosen. With a subset nothing is dropped: collections the archive lacks are kept.</source>
        <translation>
            <numerusform>%n Collection gewählt. Bei einer Teilmenge wird nichts gelöscht: Collections, die im Archiv fehlen, bleiben erhalten.</numerusform>
            <numerusform>%n Collections gewählt. Bei einer Teilmenge wird nichts gelöscht: Collections, die im Archiv fehlen, bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole archive.</source>
        <translation>Das ganze Archiv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a safety snapshot there is no way back if the restore goes wrong.</source>
        <translation>Ohne Sicherheits-Snapshot gibt es keinen Weg zurück, wenn die Wiederherstellung schiefgeht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the snapshot.</source>
        <translation>Wählen Sie einen Ordner für den Snapshot.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken only when the restore changes existing collections.</source>
        <translation>Wird nur erstellt, wenn die Wiederherstellung vorhandene Collections ändert.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestorePreviewPage</name>
    <message>
        <location filename="../src/app/restore/RestorePreviewPage.cpp" line="+33"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time field %1</source>
        <translation>Zeitfeld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta field %1</source>
        <translation>Metafeld %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(from the archive&apos;s metadata)</source>
        <translation>(aus den Metadaten des Archivs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(from its buckets in the archive)</source>
        <translation>(aus ihren Buckets im Archiv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guessed from its documents)</source>
        <translation>(aus ihren Dokumenten erschlossen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept</source>
        <translation>beibehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off during the load, then back on</source>
        <translation>während des Ladens aus, danach wieder an</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop and recreate</source>
        <translation>löschen und neu anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert into existing</source>
        <translation>in vorhandene einfügen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the archive and the database to plan the restore…</source>
        <translation>Archiv und Datenbank werden gelesen, um die Wiederherstellung zu planen…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Documents in database</source>
        <translation>Dokumente in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Time-series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n to drop</source>
        <translation>
            <numerusform>%n zu löschen</numerusform>
            <numerusform>%n zu löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to drop and recreate</source>
        <translation>
            <numerusform>%n zu löschen und neu anzulegen</numerusform>
            <numerusform>%n zu löschen und neu anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n anzulegen</numerusform>
            <numerusform>%n anzulegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n existing to insert into</source>
        <translation>
            <numerusform>in %n vorhandene einzufügen</numerusform>
            <numerusform>in %n vorhandene einzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 from the archive.</source>
        <translation>%1: %2 aus dem Archiv.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>&amp;Drop the %n collection(s) of %1 that the archive does not have: %2</source>
        <translation>
            <numerusform>%n Collection von %1, die das Archiv nicht hat, &amp;löschen: %2</numerusform>
            <numerusform>%n Collections von %1, die das Archiv nicht hat, &amp;löschen: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: they are kept as they are. Ticked: the database becomes exactly the archive.</source>
        <translation>Nicht angehakt: Sie bleiben, wie sie sind. Angehakt: Die Datenbank wird genau zum Archiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: the database becomes exactly the archive. Untick to keep them.</source>
        <translation>Angehakt: Die Datenbank wird genau zum Archiv. Haken entfernen, um sie zu behalten.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+1"/>
        <source>Validator</source>
        <translation>Validator</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The restore cannot be planned: %1</source>
        <translation>Die Wiederherstellung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server cannot honour these options of the archive: %1. Go back to Options to go on without them.</source>
        <translation>Der Server kann diese Optionen des Archivs nicht umsetzen: %1. Gehen Sie zurück zu den Optionen, um ohne sie fortzufahren.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Indizes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>In archive</source>
        <translation>Im Archiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In database now</source>
        <translation>Jetzt in der Datenbank</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Into &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>In &lt;b&gt;%1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, a clone of %1</source>
        <translation>, ein Klon von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a new database)</source>
        <translation> (eine neue Datenbank)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In place: collections are dropped and replaced before the archive is read; a bad archive or a failure midway leaves them partly restored (the safety snapshot is the way back).</source>
        <translation>Direkt: Collections werden gelöscht und ersetzt, bevor das Archiv gelesen ist; ein fehlerhaftes Archiv oder ein Fehler mittendrin hinterlässt sie teilweise wiederhergestellt (der Sicherheits-Snapshot ist der Weg zurück).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staged: each collection loads beside its target and is checked against the archive; nothing existing changes until all of it has checked out.</source>
        <translation>Mit Staging: Jede Collection wird neben ihrem Ziel geladen und gegen das Archiv geprüft; nichts Bestehendes ändert sich, bevor alles geprüft ist.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This restore drops or changes %n existing collection(s): %1.</source>
        <translation>
            <numerusform>Diese Wiederherstellung löscht oder ändert %n vorhandene Collection: %1.</numerusform>
            <numerusform>Diese Wiederherstellung löscht oder ändert %n vorhandene Collections: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This restore changes nothing that exists: it only adds.</source>
        <translation>Diese Wiederherstellung ändert nichts Vorhandenes: Sie fügt nur hinzu.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreProgressPage</name>
    <message>
        <location filename="../src/app/restore/RestoreProgressPage.cpp" line="+32"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading</source>
        <translation>lädt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore runs as a job: closing this window leaves it running in the jobs panel.</source>
        <translation>Die Wiederherstellung läuft als Auftrag: Wird dieses Fenster geschlossen, läuft sie im Auftragsbereich weiter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore is staged: until everything has loaded and checked out, a cancel drops the loaded copy and %1 stays exactly as it was. Nothing will need undoing.</source>
        <translation>Die Wiederherstellung läuft mit Staging: Bis alles geladen und geprüft ist, verwirft ein Abbruch die geladene Kopie, und %1 bleibt genau so, wie es war. Nichts muss rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore loads in place into the new database %1: a cancel leaves it partly restored. The report then says what was loaded, and offers to drop the partial database.</source>
        <translation>Die Wiederherstellung lädt direkt in die neue Datenbank %1: Ein Abbruch hinterlässt sie teilweise wiederhergestellt. Der Bericht zeigt dann, was geladen wurde, und bietet an, die unvollständige Datenbank zu löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore loads in place: a cancel leaves %1 partly restored, some collections complete, some partial, some untouched. The report then says which.</source>
        <translation>Die Wiederherstellung lädt direkt: Ein Abbruch hinterlässt %1 teilweise wiederhergestellt – manche Collections vollständig, manche teilweise, manche unberührt. Der Bericht zeigt dann, welche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety snapshot taken before the restore is the way back: the report offers Roll back.</source>
        <translation>Der vor der Wiederherstellung erstellte Sicherheits-Snapshot ist der Weg zurück: Der Bericht bietet „Zurücksetzen“ an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety snapshot was taken: there is no way back to how it was.</source>
        <translation>Es wurde kein Sicherheits-Snapshot erstellt: Es gibt keinen Weg zurück zum vorherigen Stand.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no plan to carry out.</source>
        <translation>Es gibt keinen Plan zum Ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1 into %2</source>
        <translation>%1 in %2 wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing was changed</source>
        <translation>nichts wurde geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>restored into %1, but %n collection(s) do not match the archive</source>
        <translation>
            <numerusform>in %1 wiederhergestellt, aber %n Collection stimmt nicht mit dem Archiv überein</numerusform>
            <numerusform>in %1 wiederhergestellt, aber %n Collections stimmen nicht mit dem Archiv überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>restored %n collection(s) into %1, verified</source>
        <translation>
            <numerusform>%n Collection in %1 wiederhergestellt, geprüft</numerusform>
            <numerusform>%n Collections in %1 wiederhergestellt, geprüft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 collections done</source>
        <translation>%1 von %2 Collections fertig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreReportPage</name>
    <message>
        <location filename="../src/app/restore/RestoreReportPage.cpp" line="+42"/>
        <source>&amp;Drop the partial database…</source>
        <translation>Unvollständige Datenbank &amp;löschen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop the partial database</source>
        <translation>Unvollständige Datenbank löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the database %1 for good?</source>
        <translation>Datenbank %1 endgültig löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not exist before this restore: dropping it returns the server to how it was.</source>
        <translation>%1 gab es vor dieser Wiederherstellung nicht: Das Löschen bringt den Server auf den vorherigen Stand zurück.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The restore did not run.</source>
        <translation>Die Wiederherstellung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore was cancelled before it changed anything.</source>
        <translation>Die Wiederherstellung wurde abgebrochen, bevor sie etwas geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore did not start: %1. Nothing was changed.</source>
        <translation>Die Wiederherstellung wurde nicht gestartet: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to undo: %1 is exactly as it was before the restore.</source>
        <translation>Nichts rückgängig zu machen: %1 ist genau so wie vor der Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not exist before this restore. Drop it to return the server to how it was, or restore again.</source>
        <translation>%1 gab es vor dieser Wiederherstellung nicht. Löschen Sie sie, um den vorherigen Stand des Servers wiederherzustellen, oder stellen Sie erneut wieder her.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To return %1 to how it was before the restore, roll back to the safety snapshot above.</source>
        <translation>Um %1 auf den Stand vor der Wiederherstellung zu bringen, setzen Sie auf den Sicherheits-Snapshot oben zurück.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety snapshot was taken: %1 cannot be returned to how it was by Lifeboat. Restore again to complete it.</source>
        <translation>Es wurde kein Sicherheits-Snapshot erstellt: Lifeboat kann %1 nicht auf den vorherigen Stand zurückbringen. Stellen Sie erneut wieder her, um sie zu vervollständigen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dropping %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the partial database %1</source>
        <translation>Unvollständige Datenbank %1 löschen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dropped %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was dropped: the server is as it was before the restore.</source>
        <translation>%1 wurde gelöscht: Der Server ist wieder so wie vor der Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be dropped: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ok, %2 mismatch, %3 skipped</source>
        <translation>%1 ok, %2 abweichend, %3 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The restore succeeded.&lt;/b&gt; %1 holds what the archive holds: %2.</source>
        <translation>&lt;b&gt;Die Wiederherstellung war erfolgreich.&lt;/b&gt; %1 enthält, was das Archiv enthält: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The restore was cancelled&lt;/b&gt; before anything existing changed: nothing was changed in %1.</source>
        <translation>&lt;b&gt;Die Wiederherstellung wurde abgebrochen&lt;/b&gt;, bevor sich etwas Bestehendes geändert hat: In %1 wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed&lt;/b&gt; before anything existing changed: %1.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist fehlgeschlagen&lt;/b&gt;, bevor sich etwas Bestehendes geändert hat: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The restore was cancelled&lt;/b&gt; part way: %1 is partly restored.</source>
        <translation>&lt;b&gt;Die Wiederherstellung wurde abgebrochen&lt;/b&gt;, mittendrin: %1 ist teilweise wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed&lt;/b&gt; part way: %1. %2 is partly restored.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist fehlgeschlagen&lt;/b&gt;, mittendrin: %1. %2 ist teilweise wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back to the safety snapshot below to return it to where it was.</source>
        <translation>Setzen Sie auf den Sicherheits-Snapshot unten zurück, um den vorherigen Stand wiederherzustellen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;The restore finished, but %n collection(s) do not match the archive&lt;/b&gt; (%1). See the notes below.</source>
        <translation>
            <numerusform>&lt;b&gt;Die Wiederherstellung ist beendet, aber %n Collection stimmt nicht mit dem Archiv überein&lt;/b&gt; (%1). Siehe die Hinweise unten.</numerusform>
            <numerusform>&lt;b&gt;Die Wiederherstellung ist beendet, aber %n Collections stimmen nicht mit dem Archiv überein&lt;/b&gt; (%1). Siehe die Hinweise unten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete: %1. Partial: %2. Untouched: %3.</source>
        <translation>Vollständig: %1. Teilweise: %2. Unberührt: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents already there (same _id), left as they were: %1.</source>
        <translation>Bereits vorhandene Dokumente (gleiche _id), unverändert gelassen: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None: it was turned off.</source>
        <translation>Keiner: Er war abgeschaltet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None was needed: nothing that existed was changed.</source>
        <translation>Keiner nötig: Nichts Vorhandenes wurde geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreTargetPage</name>
    <message>
        <location filename="../src/app/restore/RestoreTargetPage.cpp" line="+50"/>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n database(s) on this server.</source>
        <translation>
            <numerusform>%n Datenbank auf diesem Server.</numerusform>
            <numerusform>%n Datenbanken auf diesem Server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name the database.</source>
        <translation>Geben Sie die Datenbank an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database name has at most 63 bytes.</source>
        <translation>Ein Datenbankname hat höchstens 63 Bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database name cannot contain &quot;%1&quot;.</source>
        <translation>Ein Datenbankname darf „%1“ nicht enthalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no connection profile yet: add one in the Connections panel.</source>
        <translation>Es gibt noch kein Verbindungsprofil: Legen Sie eines im Bereich „Verbindungen“ an.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This restore writes to it.</source>
        <translation>Diese Wiederherstellung schreibt darauf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the password from the keychain…</source>
        <translation>Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listing the databases on the server…</source>
        <translation>Die Datenbanken des Servers werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new database: this makes a clone</source>
        <translation>neue Datenbank: Das ergibt einen Klon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing database: the archive of %1 is restored into it</source>
        <translation>vorhandene Datenbank: Das Archiv von %1 wird in sie wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing database: the preview shows what the restore changes in it</source>
        <translation>vorhandene Datenbank: Die Vorschau zeigt, was die Wiederherstellung in ihr ändert</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreWizard</name>
    <message>
        <location filename="../src/app/restore/RestoreWizard.cpp" line="+24"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export the verification report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeAssistant</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeAssistant.cpp" line="+26"/>
        <source>Safe change</source>
        <translation>Abgesicherte Änderung</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeCheckPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeCheckPage.cpp" line="+32"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since the snapshot</source>
        <translation>seit dem Snapshot hinzugekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone since the snapshot</source>
        <translation>seit dem Snapshot verschwunden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>3. Check the database</source>
        <translation>3. Datenbank prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database now, compared with the snapshot taken before the change.</source>
        <translation>Die Datenbank jetzt, verglichen mit dem Snapshot von vor der Änderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>In the snapshot</source>
        <translation>Im Snapshot</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Fields added</source>
        <translation>Felder hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields removed</source>
        <translation>Felder entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns added</source>
        <translation>Hinzugekommene Spalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns removed</source>
        <translation>Entfernte Spalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing %1 with snapshot %2…</source>
        <translation>%1 wird mit Snapshot %2 verglichen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check %1 against snapshot %2</source>
        <translation>%1 gegen Snapshot %2 prüfen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1 same, %2 changed, %3 added, %4 gone</source>
        <translation>%1 gleich, %2 geändert, %3 hinzugekommen, %4 verschwunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check %1 against snapshot %2 on MatrixOne</source>
        <translation>%1 gegen Snapshot %2 auf MatrixOne prüfen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 differs from snapshot %2.</source>
        <translation>%1 weicht von Snapshot %2 ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is as snapshot %2 holds it.</source>
        <translation>%1 entspricht Snapshot %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No table, row count or column differs from the snapshot.</source>
        <translation>Keine Tabelle, Zeilenzahl oder Spalte weicht vom Snapshot ab.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fields changed</source>
        <translation>Felder geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns changed</source>
        <translation>Spalten geändert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From the first %1 documents of the snapshot and %2 of the database</source>
        <translation>Aus den ersten %1 Dokumenten des Snapshots und %2 der Datenbank</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: added since the snapshot (%2)</source>
        <translation>%1: seit dem Snapshot hinzugekommen (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: gone since the snapshot (had %2)</source>
        <translation>%1: seit dem Snapshot verschwunden (hatte %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 documents (%2 → %3)</source>
        <translation>%1 Dokumente (%2 → %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields added: %1</source>
        <translation>Felder hinzugefügt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields removed: %1</source>
        <translation>Felder entfernt: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No collection, document count or field differs from the snapshot.</source>
        <translation>Keine Collection, keine Dokumentanzahl und kein Feld weicht vom Snapshot ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: table added since the snapshot (%Ln row(s))</source>
        <translation>
            <numerusform>%1: Tabelle seit dem Snapshot hinzugekommen (%Ln Zeile)</numerusform>
            <numerusform>%1: Tabelle seit dem Snapshot hinzugekommen (%Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: table gone since the snapshot (had %Ln row(s))</source>
        <translation>
            <numerusform>%1: Tabelle seit dem Snapshot verschwunden (hatte %Ln Zeile)</numerusform>
            <numerusform>%1: Tabelle seit dem Snapshot verschwunden (hatte %Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows (%2 → %3)</source>
        <translation>%1 Zeilen (%2 → %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns added: %1</source>
        <translation>Spalten hinzugekommen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns removed: %1</source>
        <translation>Spalten entfernt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ Your check was not run: %1</source>
        <translation>✗ Ihre Prüfung wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Your check failed to run: %1</source>
        <translation>✗ Ihre Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Your check failed: %1.</source>
        <translation>✗ Ihre Prüfung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Your check passed.</source>
        <translation>✓ Ihre Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command: %1
Answer: %2</source>
        <translation>Befehl: %1
Antwort: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeDecisionPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeDecisionPage.cpp" line="+34"/>
        <source>4. Keep the change, or roll back</source>
        <translation>4. Änderung behalten oder zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rollback shows what it would change before anything is written.</source>
        <translation>Ein Rollback zeigt, was er ändern würde, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+232"/>
        <source>What the rollback does</source>
        <translation>Was der Rollback tut</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>In the snapshot</source>
        <translation>Im Snapshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the database now</source>
        <translation>Jetzt in der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database name to confirm</source>
        <translation>Datenbankname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rollback cannot be planned: %1</source>
        <translation>Der Rollback kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rollback writes to it.</source>
        <translation>Ein Rollback schreibt darauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 differs from snapshot %2 (see the previous page).</source>
        <translation>%1 weicht von Snapshot %2 ab (siehe vorige Seite).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the same tables, row counts and columns as snapshot %2.</source>
        <translation>%1 hat dieselben Tabellen, Zeilenzahlen und Spalten wie Snapshot %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the same collections, document counts and fields as snapshot %2.</source>
        <translation>%1 hat dieselben Collections, Dokumentanzahlen und Felder wie Snapshot %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own check passed.</source>
        <translation>Ihre eigene Prüfung war erfolgreich.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own check FAILED.</source>
        <translation>Ihre eigene Prüfung ist FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Roll back</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep the change</source>
        <translation>Änderung &amp;behalten</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+93"/>
        <source>Planning the rollback (nothing is written)…</source>
        <translation>Rollback wird geplant (es wird nichts geschrieben)…</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+133"/>
        <source>drop: not in the snapshot</source>
        <translation>löschen: nicht im Snapshot</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>create from the snapshot</source>
        <translation>aus dem Snapshot anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop and recreate from the snapshot</source>
        <translation>löschen und aus dem Snapshot neu anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert the snapshot&apos;s documents</source>
        <translation>die Dokumente des Snapshots einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rolling back %1 to snapshot %2: %3 dropped, %4 dropped and recreated, %5 created; %6 from the snapshot.</source>
        <translation>%1 wird auf Snapshot %2 zurückgesetzt: %3 gelöscht, %4 gelöscht und neu angelegt, %5 angelegt; %6 aus dem Snapshot.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the snapshot is loaded into %1 and verified in full; %1 is dropped, and if the snapshot does not verify, %2 is not touched.</source>
        <translation>Zuerst wird der Snapshot in %1 geladen und vollständig geprüft; danach wird %1 gelöscht, und wenn sich der Snapshot nicht prüfen lässt, bleibt %2 unberührt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety snapshot of %1 as it is now is taken into %2.</source>
        <translation>Ein Sicherheits-Snapshot vom jetzigen Stand von %1 wird in %2 erstellt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>No safety snapshot: the database as it is now cannot be brought back.</source>
        <translation>Kein Sicherheits-Snapshot: Der jetzige Stand der Datenbank lässt sich nicht zurückholen.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Afterwards %1 is verified in full against the snapshot.</source>
        <translation>Danach wird %1 vollständig gegen den Snapshot geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This drops or changes collections in &lt;b&gt;%1&lt;/b&gt; (%2). Type the database&apos;s name to enable Roll back:</source>
        <translation>Dies löscht oder ändert Collections in &lt;b&gt;%1&lt;/b&gt; (%2). Geben Sie den Namen der Datenbank ein, um „Zurücksetzen“ freizugeben:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the snapshot</source>
        <translation>Zeilen im Snapshot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the database now</source>
        <translation>Zeilen jetzt in der Datenbank</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>put back as the snapshot holds it</source>
        <translation>auf den Stand des Snapshots gebracht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left alone</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MatrixOne server rolls %1 back to snapshot %2 with &lt;code&gt;%3&lt;/code&gt;.</source>
        <translation>Der MatrixOne-Server setzt %1 mit &lt;code&gt;%3&lt;/code&gt; auf Snapshot %2 zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This replaces &lt;b&gt;%1&lt;/b&gt; on the server. Type &lt;b&gt;%1&lt;/b&gt; to enable Roll back:</source>
        <translation>Dies ersetzt &lt;b&gt;%1&lt;/b&gt; auf dem Server. Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um „Zurücksetzen“ freizugeben:</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeResultPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeResultPage.cpp" line="+32"/>
        <source>Cancel rollback</source>
        <translation>Rollback abbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5. Result</source>
        <translation>5. Ergebnis</translation>
    </message>
    <message>
        <location line="+52"/>
        <source> until %1 (then Prune may delete it)</source>
        <translation> bis %1 (danach darf „Bereinigen“ ihn löschen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolling %1 back to snapshot %2…</source>
        <translation>%1 wird auf Snapshot %2 zurückgesetzt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll %1 back to snapshot %2 on %3</source>
        <translation>%1 auf Snapshot %2 zurücksetzen, auf %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A cancel stops the rollback where it is; the result then says what it left.</source>
        <translation>Ein Abbruch hält das Zurücksetzen an, wo es gerade ist; das Ergebnis sagt dann, was es hinterlassen hat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no rollback was planned</source>
        <translation>kein Zurücksetzen geplant</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n table(s) do not match the snapshot after the rollback</source>
        <translation>
            <numerusform>%n Tabelle stimmt nach dem Zurücksetzen nicht mit dem Snapshot überein</numerusform>
            <numerusform>%n Tabellen stimmen nach dem Zurücksetzen nicht mit dem Snapshot überein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 rolled back to snapshot %2 and compared: %n table(s) match</source>
        <translation>
            <numerusform>%1 auf Snapshot %2 zurückgesetzt und verglichen: %n Tabelle stimmt überein</numerusform>
            <numerusform>%1 auf Snapshot %2 zurückgesetzt und verglichen: %n Tabellen stimmen überein</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>compared</source>
        <translation>verglichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was rolled back to snapshot %2 on the MatrixOne server and compared&lt;/b&gt;: every table matches the snapshot (rows, checksum, columns).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 wurde auf dem MatrixOne-Server auf Snapshot %2 zurückgesetzt und verglichen&lt;/b&gt;: Jede Tabelle stimmt mit dem Snapshot überein (Zeilen, Prüfsumme, Spalten).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was rolled back to snapshot %2 and verified&lt;/b&gt;: every collection matches the snapshot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 wurde auf Snapshot %2 zurückgesetzt und geprüft&lt;/b&gt;: Jede Collection stimmt mit dem Snapshot überein.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Safety snapshot of %1 as it was before the rollback: %2 (%3). If you need the changed data back, select it in the Snapshots view and use Roll back to this….</source>
        <translation>Sicherheits-Snapshot von %1 im Stand vor dem Zurücksetzen: %2 (%3). Wenn Sie die geänderten Daten zurückbrauchen, wählen Sie ihn in der Ansicht „Snapshots“ und verwenden Sie „Hierauf zurücksetzen…“.</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+53"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&lt;p&gt;&lt;b&gt;The change is kept.&lt;/b&gt; %1 stays as it is now.&lt;/p&gt;&lt;p&gt;Snapshot &lt;b&gt;%2&lt;/b&gt; stays in %3%4, in case a problem shows later: select it in the Snapshots view and use Roll back to this….&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Änderung wird behalten.&lt;/b&gt; %1 bleibt, wie es jetzt ist.&lt;/p&gt;&lt;p&gt;Snapshot &lt;b&gt;%2&lt;/b&gt; bleibt in %3%4, falls sich später ein Problem zeigt: Wählen Sie ihn in der Ansicht „Snapshots“ und verwenden Sie „Hierauf zurücksetzen…“.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+53"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Safety snapshot of %1 as it was before the rollback: %2, on the MatrixOne server. If you need the changed data back, select it in the Snapshots view and use Roll back to this….</source>
        <translation>Sicherheits-Snapshot von %1 im Stand vor dem Zurücksetzen: %2, auf dem MatrixOne-Server. Wenn Sie die geänderten Daten zurückbrauchen, wählen Sie ihn in der Ansicht „Snapshots“ und verwenden Sie „Hierauf zurücksetzen…“.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;p&gt;&lt;b&gt;The rollback was cancelled.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Rollback wurde abgebrochen.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>&lt;p&gt;&lt;b&gt;The rollback failed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Rollback ist fehlgeschlagen:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1 was changed before it stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 wurde geändert, bevor der Rollback anhielt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 was not touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 blieb unberührt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeSnapshotPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeSnapshotPage.cpp" line="+28"/>
        <source>1. Snapshot before the change</source>
        <translation>1. Snapshot vor der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a verified snapshot of the database as it is now, before anything changes.</source>
        <translation>Erstellen Sie einen geprüften Snapshot der Datenbank im jetzigen Zustand, bevor sich etwas ändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the snapshot is taken</source>
        <translation>der Snapshot ist erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the snapshot is being taken</source>
        <translation>der Snapshot wird gerade erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection is chosen</source>
        <translation>keine Verbindung gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has not answered yet</source>
        <translation>der Server hat noch nicht geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is chosen</source>
        <translation>keine Datenbank gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database %1 on this server</source>
        <translation>auf diesem Server gibt es keine Datenbank %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not yet: %1.</source>
        <translation>Noch nicht: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Before a change of %1 (Safe change assistant)</source>
        <translation>Vor einer Änderung von %1 (Assistent für abgesicherte Änderungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the upgrade of %1 to %2 (Safe change assistant)</source>
        <translation>Vor dem Upgrade von %1 auf %2 (Assistent für abgesicherte Änderungen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking snapshot %1…</source>
        <translation>Snapshot %1 wird erstellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshot %1 on MatrixOne (%2)</source>
        <translation>Snapshot %1 auf MatrixOne (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshot %1 taken</source>
        <translation>Snapshot %1 erstellt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>taken</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt; taken on the MatrixOne server: %2 in %3 tables of %4. Press Next, then run your change.</source>
        <translation>Snapshot &lt;b&gt;%1&lt;/b&gt; auf dem MatrixOne-Server erstellt: %2 in %3 Tabellen von %4. Klicken Sie auf „Weiter“ und führen Sie dann Ihre Änderung aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt; taken and verified: %2 in %3 of %4. Press Next, then run your change.</source>
        <translation>Snapshot &lt;b&gt;%1&lt;/b&gt; erstellt und geprüft: %2 in %3 von %4. Klicken Sie auf „Weiter“ und führen Sie dann Ihre Änderung aus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snapshot was cancelled. Do not start the change without one.</source>
        <translation>Der Snapshot wurde abgebrochen. Starten Sie die Änderung nicht ohne einen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed: %1. Do not start the change without one.</source>
        <translation>Der Snapshot ist fehlgeschlagen: %1. Starten Sie die Änderung nicht ohne einen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeUpgradePage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeUpgradePage.cpp" line="+21"/>
        <source>2. Run your change now</source>
        <translation>2. Führen Sie jetzt Ihre Änderung aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat waits while you upgrade. Press Next when the change is done.</source>
        <translation>Lifeboat wartet, während Sie das Upgrade durchführen. Klicken Sie auf „Weiter“, wenn die Änderung fertig ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. {&quot;count&quot;: &quot;products&quot;, &quot;query&quot;: {&quot;price&quot;: {&quot;$gt&quot;: 0}}}</source>
        <translation>Optional, z. B. {&quot;count&quot;: &quot;products&quot;, &quot;query&quot;: {&quot;price&quot;: {&quot;$gt&quot;: 0}}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. {&quot;n&quot;: 5}; empty: the command only has to succeed</source>
        <translation>Optional, z. B. {&quot;n&quot;: 5}; leer: Der Befehl muss nur erfolgreich sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Your own check&lt;/b&gt; (optional): a read command to run on the database after the change (find, count, distinct, aggregate without $out or $merge, listCollections, listIndexes, dbStats, collStats…), and what it must answer. Both in MongoDB Extended JSON. A command that writes is refused before it is sent.</source>
        <translation>&lt;b&gt;Ihre eigene Prüfung&lt;/b&gt; (optional): ein Lesebefehl, der nach der Änderung auf der Datenbank ausgeführt wird (find, count, distinct, aggregate ohne $out oder $merge, listCollections, listIndexes, dbStats, collStats…), und was er antworten muss. Beides in MongoDB Extended JSON. Ein schreibender Befehl wird abgelehnt, bevor er gesendet wird.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected result:</source>
        <translation>&amp;Erwartetes Ergebnis:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;Snapshot &lt;b&gt;%1&lt;/b&gt; holds &lt;b&gt;%2&lt;/b&gt; as it was before the change.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run your upgrade now&lt;/b&gt;: the schema migration, the data migration, the new version of the application. Lifeboat does nothing meanwhile.&lt;/p&gt;&lt;p&gt;When the upgrade has finished (or failed), press &lt;b&gt;Next&lt;/b&gt;: Lifeboat compares %2 with the snapshot and you decide whether to keep the change or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Snapshot &lt;b&gt;%1&lt;/b&gt; enthält &lt;b&gt;%2&lt;/b&gt; im Zustand vor der Änderung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Führen Sie jetzt Ihr Upgrade aus&lt;/b&gt;: die Schema-Migration, die Datenmigration, die neue Version der Anwendung. Lifeboat tut währenddessen nichts.&lt;/p&gt;&lt;p&gt;Wenn das Upgrade abgeschlossen (oder fehlgeschlagen) ist, klicken Sie auf &lt;b&gt;Weiter&lt;/b&gt;: Lifeboat vergleicht %2 mit dem Snapshot, und Sie entscheiden, ob Sie die Änderung behalten oder zurücksetzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your own check runs MongoDB commands: it is not offered on a MatrixOne profile. The check compares the tables, row counts and columns with the snapshot.</source>
        <translation>Ihre eigene Prüfung führt MongoDB-Befehle aus: Bei einem MatrixOne-Profil wird sie nicht angeboten. Die Prüfung vergleicht Tabellen, Zeilenzahlen und Spalten mit dem Snapshot.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The command is not a JSON document: %1</source>
        <translation>Der Befehl ist kein JSON-Dokument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An expected result needs a command.</source>
        <translation>Ein erwartetes Ergebnis braucht einen Befehl.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected result is not a JSON document: %1</source>
        <translation>Das erwartete Ergebnis ist kein JSON-Dokument: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotJobs</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotJobs.cpp" line="+32"/>
        <source>every database</source>
        <translation>allen Datenbanken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1 of %2 from %3</source>
        <translation>Snapshot %1 von %2 aus %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in %3, verified → %4</source>
        <translation>%1: %2 in %3, geprüft → %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the safety snapshot %1 holds the database as it was before</source>
        <translation>der Sicherheits-Snapshot %1 enthält die Datenbank im vorherigen Zustand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not match the snapshot %2: %3 of %4 collections differ</source>
        <translation>%1 stimmt nicht mit dem Snapshot %2 überein: %3 von %4 Collections weichen ab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1 cloned into %2 and verified</source>
        <translation>Snapshot %1 in %2 geklont und geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rolled back to snapshot %2 and verified</source>
        <translation>%1 auf Snapshot %2 zurückgesetzt und geprüft</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotTableModel</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotTableModel.cpp" line="+51"/>
        <source>collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unusable</source>
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This archive cannot be used: %1</source>
        <translation>Dieses Archiv ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on disk; %2 of documents</source>
        <translation>%1 auf der Festplatte; %2 an Dokumenten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotsView</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotsView.cpp" line="+329"/>
        <source>The snapshot folder cannot be listed: %1</source>
        <translation>Der Snapshot-Ordner kann nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots in this folder yet.</source>
        <translation>In diesem Ordner gibt es noch keine Snapshots.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No snapshots yet: the folder is created with the first one.</source>
        <translation>Noch keine Snapshots: Der Ordner wird mit dem ersten angelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder&apos;s catalog was rebuilt from the snapshots&apos; manifests (%1).</source>
        <translation>Der Katalog des Ordners wurde aus den Manifesten der Snapshots neu aufgebaut (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+376"/>
        <source>No snapshots</source>
        <translation>Keine Snapshots</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Roll %1 back to snapshot %2 on the server, after a safety snapshot</source>
        <translation>%1 auf dem Server auf Snapshot %2 zurücksetzen, nach einem Sicherheits-Snapshot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back as snapshot %2 holds it, through the restore wizard (plan, confirmation, safety snapshot)</source>
        <translation>%1 auf den Stand von Snapshot %2 zurücksetzen, über den Wiederherstellungsassistenten (Plan, Bestätigung, Sicherheits-Snapshot)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a snapshot to see what it holds.</source>
        <translation>Wählen Sie einen Snapshot, um zu sehen, was er enthält.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MatrixOne at %1</source>
        <translation>MatrixOne unter %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server holds an account snapshot; Lifeboat restores only the %1 it was taken for.</source>
        <translation>Der Server hält einen Konto-Snapshot; Lifeboat stellt nur die %1 wieder her, für die er erstellt wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This archive cannot be used: %1</source>
        <translation>Dieses Archiv ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept until deleted</source>
        <translation>aufbewahrt bis zum Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(passed: Prune deletes it)</source>
        <translation>(überschritten: „Bereinigen“ löscht ihn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete after</source>
        <translation>Löschen nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 in %2, %3 of data, %4 compression</source>
        <translation>%1 in %2, %3 Daten, Kompression %4</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot folder</source>
        <translation>Snapshot-Ordner</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Snapshot %1 created and verified.</source>
        <translation>Snapshot %1 erstellt und geprüft.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+263"/>
        <source>The clone into %1 matches the snapshot.</source>
        <translation>Der Klon in %1 stimmt mit dem Snapshot überein.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+263"/>
        <source>The clone into %1 does not match the snapshot: see the report.</source>
        <translation>Der Klon in %1 stimmt nicht mit dem Snapshot überein: siehe Bericht.</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+254"/>
        <source>Roll back to snapshot %1</source>
        <translation>Auf Snapshot %1 zurücksetzen</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Rolling back to %1: check the plan in the restore wizard.</source>
        <translation>Zurücksetzen auf %1: Prüfen Sie den Plan im Wiederherstellungsassistenten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete snapshot %1 (taken %2) from the MatrixOne server for good?</source>
        <translation>Snapshot %1 (erstellt am %2) endgültig vom MatrixOne-Server löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server drops it (DROP SNAPSHOT): there is no way back to this state afterwards.</source>
        <translation>Der Server löscht ihn (DROP SNAPSHOT): Danach gibt es keinen Weg zurück zu diesem Stand.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 cannot be deleted: a running job is using it.</source>
        <translation>%1 kann nicht gelöscht werden: Ein laufender Auftrag verwendet ihn.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The profile&apos;s password cannot be read: %1</source>
        <translation>Das Passwort des Profils kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The MatrixOne server&apos;s snapshots cannot be listed: %1</source>
        <translation>Der MatrixOne-Server kann seine Snapshots nicht auflisten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots on MatrixOne at %1 yet.</source>
        <translation>Keine Snapshots auf MatrixOne unter %1 vorhanden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MatrixOne server</source>
        <translation>Der MatrixOne-Server</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create snapshot</source>
        <translation>Snapshot erstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A snapshot of the whole account. Why is it taken (e.g. pre_upgrade, daily)?</source>
        <translation>Ein Snapshot des ganzen Kontos. Wozu wird er erstellt (z. B. pre_upgrade, daily)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A snapshot of database %1 (MatrixOne takes it of the account and Lifeboat records the database). Why is it taken (e.g. pre_upgrade, daily)?</source>
        <translation>Ein Snapshot der Datenbank %1 (MatrixOne erstellt ihn vom Konto, Lifeboat vermerkt die Datenbank). Wozu wird er erstellt (z. B. pre_upgrade, daily)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking a snapshot on the MatrixOne server…</source>
        <translation>Snapshot wird auf dem MatrixOne-Server erstellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot was not taken: %1</source>
        <translation>Der Snapshot wurde nicht erstellt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot %1 created on the MatrixOne server.</source>
        <translation>Snapshot %1 auf dem MatrixOne-Server erstellt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloning %1 into a scratch database and comparing it with the snapshot…</source>
        <translation>%1 wird in eine Testdatenbank geklont und mit dem Snapshot verglichen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clone failed: %1</source>
        <translation>Das Klonen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot %1 cloned into %2 and compared table by table</source>
        <translation>Snapshot %1 in %2 geklont und Tabelle für Tabelle verglichen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The MatrixOne server puts %1 back as snapshot %2 holds it (RESTORE … FROM SNAPSHOT), after a safety snapshot of its state now. Type %3 to confirm:</source>
        <translation>Der MatrixOne-Server setzt %1 auf den Stand von Snapshot %2 zurück (RESTORE … FROM SNAPSHOT), nach einem Sicherheits-Snapshot des jetzigen Stands. Geben Sie zur Bestätigung %3 ein:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole account</source>
        <translation>das ganze Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation did not match %1: nothing was changed.</source>
        <translation>Die Bestätigung stimmte nicht mit %1 überein: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling %1 back to %2…</source>
        <translation>%1 wird auf %2 zurückgesetzt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rollback failed: %1</source>
        <translation>Das Zurücksetzen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not yet: type %1 exactly.</source>
        <translation>Noch nicht: Geben Sie %1 genau so ein.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Rolled back to %1 (safety snapshot %2).</source>
        <translation>Auf %1 zurückgesetzt (Sicherheits-Snapshot %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled back to snapshot %1: the restored tables compared with it</source>
        <translation>Auf Snapshot %1 zurückgesetzt: die wiederhergestellten Tabellen mit ihm verglichen</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+14"/>
        <source>Delete snapshot</source>
        <translation>Snapshot löschen</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>&amp;Clone to verify…</source>
        <translation>Zum Prüfen &amp;klonen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll back to this…</source>
        <translation>&amp;Hierauf zurücksetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter snapshots</source>
        <translation>Snapshots filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the snapshots whose row contains this text (Ctrl+F)</source>
        <translation>Nur die Snapshots anzeigen, deren Zeile diesen Text enthält (Strg+F)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>read back and checked against its manifest when it was written</source>
        <translation>beim Schreiben zurückgelesen und gegen sein Manifest geprüft</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Delete snapshot %1 (%2, taken %3) for good?</source>
        <translation>Snapshot %1 (%2, erstellt am %3) endgültig löschen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive is removed from the disk, not moved to a trash: there is no way back to this state afterwards.</source>
        <translation>Das Archiv wird von der Festplatte entfernt, nicht in einen Papierkorb verschoben: Danach gibt es keinen Weg zurück zu diesem Stand.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+260"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+260"/>
        <source>Deleted snapshot %1.</source>
        <translation>Snapshot %1 gelöscht.</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+260"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>Pruned %n snapshot(s).</source>
        <translation>
            <numerusform>%n Snapshot bereinigt.</numerusform>
            <numerusform>%n Snapshots bereinigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalConfirmPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalConfirmPage.cpp" line="+26"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is about to happen. Restore starts it.</source>
        <translation>Prüfen Sie, was gleich geschieht. „Wiederherstellen“ startet es.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database name to confirm</source>
        <translation>Datenbankname zur Bestätigung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This restore writes to it.</source>
        <translation>Diese Wiederherstellung schreibt darauf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no plan.</source>
        <translation>Es gibt keinen Plan.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restore %n document(s) of &lt;b&gt;%1&lt;/b&gt; from %2</source>
        <translation>
            <numerusform>%n Dokument von &lt;b&gt;%1&lt;/b&gt; aus %2 wiederherstellen</numerusform>
            <numerusform>%n Dokumente von &lt;b&gt;%1&lt;/b&gt; aus %2 wiederherstellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>into &lt;b&gt;%1.%2&lt;/b&gt; on %3 (%4):</source>
        <translation>in &lt;b&gt;%1.%2&lt;/b&gt; auf %3 (%4):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afterwards every document written is read back and compared with the backup.</source>
        <translation>Danach wird jedes geschriebene Dokument zurückgelesen und mit der Sicherung verglichen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Save the %n document(s) about to be replaced to a safety snaps&amp;hot first</source>
        <translation>
            <numerusform>Zuerst %n zu ersetzendes Dokument in einem Sicherheits-Snaps&amp;hot sichern</numerusform>
            <numerusform>Zuerst %n zu ersetzende Dokumente in einem Sicherheits-Snaps&amp;hot sichern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This restore overwrites %n document(s) in &lt;b&gt;%1&lt;/b&gt;. Type the database&apos;s name to enable Restore:</source>
        <translation>
            <numerusform>Diese Wiederherstellung überschreibt %n Dokument in &lt;b&gt;%1&lt;/b&gt;. Geben Sie den Namen der Datenbank ein, um „Wiederherstellen“ freizugeben:</numerusform>
            <numerusform>Diese Wiederherstellung überschreibt %n Dokumente in &lt;b&gt;%1&lt;/b&gt;. Geben Sie den Namen der Datenbank ein, um „Wiederherstellen“ freizugeben:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Into %1, as an archive that Replace restores from.</source>
        <translation>In %1, als Archiv, aus dem sie mit „Ersetzen“ wiederhergestellt werden können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;No safety snapshot&lt;/b&gt;: the replaced documents cannot be put back.</source>
        <translation>&lt;b&gt;Kein Sicherheits-Snapshot&lt;/b&gt;: Die ersetzten Dokumente können nicht zurückgeholt werden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalPlanPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalPlanPage.cpp" line="+32"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the restore will do, found by reading the backup and looking each document up in the collection. Nothing has been written.</source>
        <translation>Was die Wiederherstellung tun wird, ermittelt durch Lesen der Sicherung und Nachschlagen jedes Dokuments in der Collection. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restore cannot be planned: %1</source>
        <translation>Die Wiederherstellung kann nicht geplant werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>insert %1 missing, replace %2, leave %3 alone</source>
        <translation>%1 fehlende einfügen, %2 ersetzen, %3 unverändert lassen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the backup&apos;s %1 and looking its documents up in %2…</source>
        <translation>%1 wird aus der Sicherung gelesen, ihre Dokumente werden in %2 nachgeschlagen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Into &lt;b&gt;%1.%2&lt;/b&gt;, which holds %3 documents now:</source>
        <translation>In &lt;b&gt;%1.%2&lt;/b&gt;, die jetzt %3 Dokumente enthält:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.%2 needs none of the chosen documents in this mode. Go back to choose other documents or another mode.</source>
        <translation>&lt;b&gt;Nichts zu tun&lt;/b&gt;: %1.%2 braucht in diesem Modus keines der gewählten Dokumente. Gehen Sie zurück, um andere Dokumente oder einen anderen Modus zu wählen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln document(s) of the backup chosen.</source>
        <translation>
            <numerusform>%Ln Dokument der Sicherung gewählt.</numerusform>
            <numerusform>%Ln Dokumente der Sicherung gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are in the collection as in the backup already.</source>
        <translation>%1 sind bereits so in der Collection wie in der Sicherung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exist with other contents and stay as they are (Insert missing).</source>
        <translation>%1 existieren mit anderem Inhalt und bleiben, wie sie sind („Fehlende einfügen“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are not in the collection and stay absent (Replace).</source>
        <translation>%1 sind nicht in der Collection und fehlen weiterhin („Ersetzen“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the chosen _ids are not in the backup.</source>
        <translation>%1 der gewählten _ids sind nicht in der Sicherung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>insert</source>
        <translation>einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>ersetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list shows the first %1 of them.</source>
        <translation>Die Liste zeigt die ersten %1 davon.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalProgressPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalProgressPage.cpp" line="+30"/>
        <source>&amp;Cancel restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore runs as a job: closing this window leaves it running in the jobs panel.</source>
        <translation>Die Wiederherstellung läuft als Auftrag: Wird dieses Fenster geschlossen, läuft sie im Auftragsbereich weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report</source>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cancel stops the writes where they are: the documents already inserted or replaced in %1.%2 stay, the others are not written. The report then says how many were.</source>
        <translation>Ein Abbruch hält das Schreiben an der aktuellen Stelle an: Die bereits in %1.%2 eingefügten oder ersetzten Dokumente bleiben, die übrigen werden nicht geschrieben. Der Bericht zeigt dann, wie viele es waren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety snapshot holds the replaced documents as they were.</source>
        <translation>Der Sicherheits-Snapshot enthält die ersetzten Dokumente im vorherigen Stand.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no plan to carry out.</source>
        <translation>Es gibt keinen Plan zum Ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %1…</source>
        <translation>Wird geschrieben: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore documents of %1 into %2.%3</source>
        <translation>Dokumente aus %1 in %2.%3 wiederherstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inserted %1 and replaced %2 in %3, but some do not match the backup</source>
        <translation>in %3 %1 eingefügt und %2 ersetzt, aber einige stimmen nicht mit der Sicherung überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted %1 and replaced %2 documents in %3.%4, verified</source>
        <translation>in %3.%4 %1 Dokumente eingefügt und %2 ersetzt, geprüft</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2 documents written</source>
        <translation>%1 von %2 Dokumenten geschrieben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalReportPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalReportPage.cpp" line="+25"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every document written, read back and compared with the backup.</source>
        <translation>Jedes geschriebene Dokument, zurückgelesen und mit der Sicherung verglichen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Safety snapshot</source>
        <translation>Sicherheits-Snapshot</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The restore did not run.</source>
        <translation>Die Wiederherstellung wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Keiner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The restore was cancelled.&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Die Wiederherstellung wurde abgebrochen.&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist fehlgeschlagen:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the job&apos;s log.</source>
        <translation>Siehe das Protokoll des Auftrags.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n document(s) it wrote before it stopped are listed below, not verified; the others were not written.</source>
        <translation>
            <numerusform>Das %n Dokument, das sie vor dem Anhalten geschrieben hat, ist unten aufgeführt, nicht geprüft; die anderen wurden nicht geschrieben.</numerusform>
            <numerusform>Die %n Dokumente, die sie vor dem Anhalten geschrieben hat, sind unten aufgeführt, nicht geprüft; die anderen wurden nicht geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inserted %1 and replaced %2 documents in %3.</source>
        <translation>In %3 wurden %1 Dokumente eingefügt und %2 ersetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The restore succeeded.&lt;/b&gt; %1 Every one of them matches the backup.</source>
        <translation>&lt;b&gt;Die Wiederherstellung war erfolgreich.&lt;/b&gt; %1 Jedes davon stimmt mit der Sicherung überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore finished, but %1 of %2 documents do not match the backup.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;Die Wiederherstellung ist beendet, aber %1 von %2 Dokumenten stimmen nicht mit der Sicherung überein.&lt;/b&gt; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n replaced document(s) as they were: %1</source>
        <translation>
            <numerusform>%n ersetztes Dokument im vorherigen Stand: %1</numerusform>
            <numerusform>%n ersetzte Dokumente im vorherigen Stand: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: it was turned off.</source>
        <translation>Keiner: Er war abgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None was needed: no document was replaced.</source>
        <translation>Keiner nötig: Kein Dokument wurde ersetzt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalRestoreWizard</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalRestoreWizard.cpp" line="+23"/>
        <source>Restore documents of %1</source>
        <translation>Dokumente von %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection and the database whose %1 collection gets the documents back.</source>
        <translation>Die Verbindung und die Datenbank, deren Collection %1 die Dokumente zurückerhält.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the restore report</source>
        <translation>Wiederherstellungsbericht exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalSelectionPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalSelectionPage.cpp" line="+64"/>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents to restore</source>
        <translation>Wiederherzustellende Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some documents of one collection of the backup, put back into the collection as it is now, without touching the others.</source>
        <translation>Einzelne Dokumente einer Collection der Sicherung, zurückgeschrieben in die Collection in ihrem jetzigen Stand, ohne die übrigen anzutasten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} restores every document of the collection</source>
        <translation>{} stellt jedes Dokument der Collection wieder her</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert missing</source>
        <translation>Fehlende &amp;einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the chosen documents the collection lacks; every document it holds stays as it is.</source>
        <translation>Die gewählten Dokumente zurückschreiben, die der Collection fehlen; jedes Dokument, das sie enthält, bleibt, wie es ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place</source>
        <translation>E&amp;rsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the chosen documents the collection holds with the backup&apos;s version; insert none.</source>
        <translation>Die gewählten Dokumente, die die Collection enthält, mit der Fassung aus der Sicherung überschreiben; keines einfügen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upsert</source>
        <translation>&amp;Upsert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both: insert the missing ones and overwrite the ones that differ.</source>
        <translation>Beides: die fehlenden einfügen und die abweichenden überschreiben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of the backup %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aus der Sicherung %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n document(s) chosen by _id:</source>
        <translation>
            <numerusform>%n Dokument nach _id gewählt:</numerusform>
            <numerusform>%n Dokumente nach _id gewählt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the backup…</source>
        <translation>Sicherung wird gelesen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup cannot be read: %1</source>
        <translation>Die Sicherung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup does not say how many documents the collection holds.</source>
        <translation>Die Sicherung gibt nicht an, wie viele Dokumente die Collection enthält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents of this collection are in the backup.</source>
        <translation>%1 Dokumente dieser Collection sind in der Sicherung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This filter cannot be used: %1</source>
        <translation>Dieser Filter ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::TypedConfirmation</name>
    <message>
        <location filename="../src/app/widgets/TypedConfirmation.cpp" line="+13"/>
        <source>Type the database&apos;s name to enable the button.</source>
        <translation>Geben Sie den Namen der Datenbank ein, um die Schaltfläche freizugeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the space before or after the name.</source>
        <translation>Entfernen Sie das Leerzeichen vor oder nach dem Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper and lower case differ: database names are case-sensitive.</source>
        <translation>Groß- und Kleinschreibung weichen ab: Datenbanknamen unterscheiden Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete yet: keep typing.</source>
        <translation>Noch nicht vollständig: Tippen Sie weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete yet, and upper and lower case differ.</source>
        <translation>Noch nicht vollständig, und Groß- und Kleinschreibung weichen ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the name of the database.</source>
        <translation>Das ist nicht der Name der Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s name, exactly</source>
        <translation>Genau der Name der Datenbank</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::VerificationTableModel</name>
    <message>
        <location filename="../src/app/widgets/VerificationTableModel.cpp" line="+60"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample hash: archive %1, database %2</source>
        <translation>Stichproben-Hash: Archiv %1, Datenbank %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest: archive %1, database %2</source>
        <translation>Hash: Archiv %1, Datenbank %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In archive</source>
        <translation>Im Archiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In database</source>
        <translation>In der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+66"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not start: cannot create a temporary folder in %1.</source>
        <translation>Die Demo konnte nicht starten: In %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back up, verify, snapshot and restore MongoDB databases.</source>
        <translation>MongoDB-Datenbanken sichern, prüfen, als Snapshot festhalten und wiederherstellen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a local demo server with a sample catalog and a ready profile for it. Your own profiles and settings are not touched.</source>
        <translation>Einen lokalen Demo-Server mit einem Beispielkatalog und einem fertigen Profil dafür starten. Ihre eigenen Profile und Einstellungen bleiben unberührt.</translation>
    </message>
</context>
</TS>
