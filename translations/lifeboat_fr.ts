<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupBrowser</name>
    <message>
        <location filename="../forms/BackupBrowser.ui" line="+6"/>
        <source>Browse backup</source>
        <translation>Parcourir la sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{&quot;status&quot;: &quot;cancelled&quot;, &quot;total&quot;: {&quot;$gt&quot;: 100}}</source>
        <translation>{&quot;status&quot;: &quot;cancelled&quot;, &quot;total&quot;: {&quot;$gt&quot;: 100}}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Relaxed Extended JSON (readable numbers and dates)</source>
        <translation>&amp;Relaxed Extended JSON (nombres et dates lisibles)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Previous</source>
        <translation>&amp;Précédents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next 50</source>
        <translation>&amp;Suivants (50)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Go to document:</source>
        <translation>&amp;Aller au document&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Go</source>
        <translation>Aller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy as JSON</source>
        <translation>&amp;Copier en JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected documents (or every shown one) as JSON Lines</source>
        <translation>Copier les documents sélectionnés (ou tous ceux affichés) en JSON Lines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the selected documents (or every shown one) as JSON Lines or CSV</source>
        <translation>Enregistrer les documents sélectionnés (ou tous ceux affichés) en JSON Lines ou CSV</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../forms/BackupDialog.ui" line="+6"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database to back up. You can also type a name the server does not list.</source>
        <translation>La base de données à sauvegarder. Vous pouvez aussi saisir un nom que le serveur ne liste pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collections:</source>
        <translation>Collections&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;All collections</source>
        <translation>&amp;Toutes les collections</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Only the checked collections:</source>
        <translation>&amp;Uniquement les collections cochées&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save to folder:</source>
        <translation>&amp;Enregistrer dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpression&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;JSON style:</source>
        <translation>Style &amp;JSON&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel reads:</source>
        <translation>Lectures para&amp;llèles&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How many collections are read at the same time.</source>
        <translation>Combien de collections sont lues en même temps.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Cancel backup</source>
        <translation>&amp;Annuler la sauvegarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../forms/BackupsView.ui" line="+15"/>
        <source>Backup folder:</source>
        <translation>Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder whose archives are listed and where new backups go</source>
        <translation>Choisir le dossier dont les archives sont listées et où vont les nouvelles sauvegardes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the folder&apos;s archives again</source>
        <translation>Lister à nouveau les archives du dossier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up a database of the selected connection into this folder</source>
        <translation>Sauvegarder une base de données de la connexion sélectionnée dans ce dossier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Look at the documents the selected archive holds, without restoring it</source>
        <translation>Voir les documents de l&apos;archive sélectionnée, sans la restaurer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected archive into a database</source>
        <translation>Restaurer l&apos;archive sélectionnée dans une base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verify integrity</source>
        <translation>Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the whole archive: every file&apos;s checksum and every document against the manifest</source>
        <translation>Lire toute l&apos;archive&#xa0;: la somme de contrôle de chaque fichier et chaque document par rapport au manifeste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare with database</source>
        <translation>Comparer avec la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the archive with its database on the selected connection, without writing anything</source>
        <translation>Comparer l&apos;archive avec sa base de données sur la connexion sélectionnée, sans rien écrire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected archive file</source>
        <translation>Supprimer le fichier d&apos;archive sélectionné</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the backup folder in the file manager</source>
        <translation>Ouvrir le dossier de sauvegarde dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>BsonValueText</name>
    <message>
        <location filename="../src/app/browse/BsonValueText.cpp" line="+54"/>
        <source>Object (%1)</source>
        <translation>Objet (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Array (%1)</source>
        <translation>Tableau (%1)</translation>
    </message>
</context>
<context>
    <name>CloneSnapshotDialog</name>
    <message>
        <location filename="../forms/CloneSnapshotDialog.ui" line="+6"/>
        <source>Clone to verify</source>
        <translation>Cloner pour vérifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The snapshot is restored into a new database and every collection is compared in full with the snapshot&apos;s manifest. The snapshot&apos;s own database is not touched.</source>
        <translation>L&apos;instantané est restauré dans une nouvelle base de données et chaque collection est comparée entièrement avec le manifeste de l&apos;instantané. La base de données d&apos;origine de l&apos;instantané n&apos;est pas touchée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;From database:</source>
        <translation>Base de données &amp;source&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Which database of the deployment snapshot to clone</source>
        <translation>Quelle base de données de l&apos;instantané de déploiement cloner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name it:</source>
        <translation>Nommer&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A scratch database to check the snapshot in, dropped afterwards by hand</source>
        <translation>Une base temporaire où vérifier l&apos;instantané, à supprimer ensuite à la main</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blue-green: the copy to upgrade and test, promoted later with lifeboat-cli snapshot promote</source>
        <translation>Blue-green&#xa0;: la copie à mettre à niveau et à tester, promue plus tard avec lifeboat-cli snapshot promote</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>C&amp;lone and verify</source>
        <translation>C&amp;loner et vérifier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel clone</source>
        <translation>Annuler le clonage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CreateSnapshotDialog</name>
    <message>
        <location filename="../forms/CreateSnapshotDialog.ui" line="+6"/>
        <source>Create snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A snapshot is a verified backup with a name and a description: why it was taken, the versions around it, and when it may be deleted.</source>
        <translation>Un instantané est une sauvegarde vérifiée, avec un nom et une description&#xa0;: pourquoi il a été pris, les versions avant et après, et quand il pourra être supprimé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;ollections:</source>
        <translation>Co&amp;llections&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. pre_upgrade, daily, pre_import</source>
        <translation>p. ex. pre_upgrade, daily, pre_import</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>now, e.g. 1.0</source>
        <translation>actuelle, p. ex. 1.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The application&apos;s version when the snapshot is taken</source>
        <translation>La version de l&apos;application au moment de l&apos;instantané</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>→</source>
        <translation>→</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target, e.g. 2.0</source>
        <translation>cible, p. ex. 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version the change goes to</source>
        <translation>La version visée par la modification</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>N&amp;om&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed from the purpose and version: &lt;purpose&gt;_v&lt;version&gt;_&lt;date&gt;_&lt;time&gt;. Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Proposé d&apos;après le motif et la version&#xa0;: &lt;motif&gt;_v&lt;version&gt;_&lt;date&gt;_&lt;heure&gt;. Lettres, chiffres, &apos;.&apos;, &apos;_&apos; et &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Create &amp;snapshot</source>
        <translation>Créer l&apos;in&amp;stantané</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>What is about to change, and why this snapshot is kept</source>
        <translation>Ce qui va changer, et pourquoi cet instantané est conservé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comma-separated, e.g. upgrade, ticket-42</source>
        <translation>séparées par des virgules, p. ex. upgrade, ticket-42</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete &amp;after:</source>
        <translation>Supprimer &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prune may delete the snapshot once this day is over</source>
        <translation>Purger pourra supprimer l&apos;instantané une fois ce jour passé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Cancel snapshot</source>
        <translation>Annuler l&apos;instantané</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>DiffDrillDown</name>
    <message>
        <location filename="../forms/DiffDrillDown.ui" line="+6"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Compare a&amp;gain</source>
        <translation>&amp;Comparer à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the collection with the database again, after a change (F5)</source>
        <translation>Comparer à nouveau la collection avec la base après une modification (F5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Restore these documents…</source>
        <translation>&amp;Restaurer ces documents…</translation>
    </message>
</context>
<context>
    <name>DocumentTreeFiller</name>
    <message>
        <location filename="../src/app/browse/DocumentTreeFiller.cpp" line="+36"/>
        <source>Document %1</source>
        <translation>Document %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>FieldAlignment</name>
    <message>
        <location filename="../src/app/diff/FieldAlignment.cpp" line="+112"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the backup</source>
        <translation>seulement dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the database</source>
        <translation>seulement dans la base</translation>
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
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Toolbar</source>
        <translation>Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a connection to a MongoDB server (Ctrl+N)</source>
        <translation>Ajouter une connexion à un serveur MongoDB (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch the databases and list the backups or snapshots again (F5)</source>
        <translation>Récupérer les bases et lister à nouveau les sauvegardes ou instantanés (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the backups or snapshots shown (Ctrl+F)</source>
        <translation>Filtrer les sauvegardes ou instantanés affichés (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;set panels</source>
        <translation>Réinitialiser les &amp;panneaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the Connections and Jobs panels and the toolbar again, docked where they started</source>
        <translation>Réafficher les panneaux Connexions et Tâches et la barre d&apos;outils, ancrés à leur place d&apos;origine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Lifeboat again with a local demo server and a sample shop (your own connections are not touched)</source>
        <translation>Relancer Lifeboat avec un serveur de démonstration local et une boutique d&apos;exemple (vos propres connexions ne sont pas touchées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the selected database or collection (Ctrl+B)</source>
        <translation>Sauvegarder la base ou la collection sélectionnée (Ctrl+B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected archive, or choose one (Ctrl+R)</source>
        <translation>Restaurer l&apos;archive sélectionnée, ou en choisir une (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look at the documents of the selected archive, without restoring it (Ctrl+O)</source>
        <translation>Consulter les documents de l&apos;archive sélectionnée, sans la restaurer (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose backup &amp;folder…</source>
        <translation>Choisir le &amp;dossier de sauvegarde…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Lifeboat</source>
        <translation>À &amp;propos de Lifeboat</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../forms/ProfileDialog.ui" line="+6"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Shop production</source>
        <translation>p. ex. Boutique production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production connections are shown in red, and every dialog that writes to them warns first.</source>
        <translation>Les connexions de production sont affichées en rouge, et chaque dialogue qui y écrit avertit d&apos;abord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;onnection string:</source>
        <translation>&amp;Chaîne de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mongodb://host:27017 or mongodb+srv://cluster.example.net</source>
        <translation>mongodb://host:27017 ou mongodb+srv://cluster.example.net</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without user name and password: a pasted connection string that has them is split into the fields below.</source>
        <translation>Sans nom d&apos;utilisateur ni mot de passe&#xa0;: une chaîne de connexion collée qui les contient est répartie dans les champs ci-dessous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: connect without logging in</source>
        <translation>aucun&#xa0;: se connecter sans authentification</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept in the system keychain only, never in Lifeboat&apos;s settings.</source>
        <translation>Conservé uniquement dans le trousseau du système, jamais dans les paramètres de Lifeboat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Authentication database:</source>
        <translation>Base d&apos;&amp;authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the connection string&apos;s, or admin</source>
        <translation>celle de la chaîne de connexion, sinon admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database the user was created in (authSource).</source>
        <translation>La base de données dans laquelle l&apos;utilisateur a été créé (authSource).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Default database:</source>
        <translation>Base par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: preselected for backups</source>
        <translation>facultatif&#xa0;: présélectionnée pour les sauvegardes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CA &amp;file:</source>
        <translation>&amp;Fichier CA&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>optional: a PEM file</source>
        <translation>facultatif&#xa0;: un fichier PEM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate authorities to trust, as one PEM file. Left empty, the system&apos;s certificates are used.</source>
        <translation>Les autorités de certification de confiance, dans un seul fichier PEM. Laissé vide, les certificats du système sont utilisés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+16"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Client cert&amp;ificate and key:</source>
        <translation>Certificat client et c&amp;lé&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allow a server certificate for another host na&amp;me (unsafe)</source>
        <translation>Autoriser un certificat serveur pour un autre nom d&apos;&amp;hôte (non sûr)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>optional: one PEM file with both</source>
        <translation>facultatif&#xa0;: un fichier PEM avec les deux</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <location filename="../forms/PruneDialog.ui" line="+6"/>
        <source>Prune snapshots</source>
        <translation>Purger les instantanés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose what to keep. The table shows what the policy deletes; nothing is deleted until you press Delete.</source>
        <translation>Choisissez ce qu&apos;il faut garder. Le tableau montre ce que la règle supprime&#xa0;; rien n&apos;est supprimé avant que vous cliquiez sur Supprimer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past their &amp;delete-after date</source>
        <translation>Date de &amp;suppression dépassée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>delete the snapshots whose &quot;delete after&quot; date has passed</source>
        <translation>supprimer les instantanés dont la date «&#xa0;supprimer après&#xa0;» est passée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Older than:</source>
        <translation>Plus &amp;ancien que&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>30d</source>
        <translation>30d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A whole number and a unit: s, m, h, d or w (e.g. 7d, 12h, 2w)</source>
        <translation>Un nombre entier et une unité&#xa0;: s, m, h, d ou w (p. ex. 7d, 12h, 2w)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Always &amp;keep the newest:</source>
        <translation>Toujours &amp;garder les plus récents&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> snapshot(s)</source>
        <translation> instantané(s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only of d&amp;atabase:</source>
        <translation>Seulement de la &amp;base&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only with &amp;purpose:</source>
        <translation>Seulement avec le &amp;motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/app/demo/DemoCatalog.cpp" line="+72"/>
        <source>cannot fill the demo collection %1</source>
        <translation>impossible de remplir la collection de démonstration %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot index the demo orders</source>
        <translation>impossible d&apos;indexer les commandes de démonstration</translation>
    </message>
    <message>
        <location filename="../src/app/demo/DemoServer.cpp" line="+74"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The demo server did not answer within %1 seconds (%2).</source>
        <translation>Le serveur de démonstration n&apos;a pas répondu en %1 secondes (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo server started, but the sample data could not be loaded: %1</source>
        <translation>Le serveur de démonstration a démarré, mais les données d&apos;exemple n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/app/window/Workspace.cpp" line="+87"/>
        <source>cannot read the password of &quot;%1&quot; from the keychain</source>
        <translation>impossible de lire le mot de passe de «&#xa0;%1&#xa0;» dans le trousseau</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../forms/ReportDialog.ui" line="+6"/>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Show &amp;differences…</source>
        <translation>Afficher les &amp;différences…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the documents of the selected collection that differ, and compare them side by side</source>
        <translation>Lister les documents de la collection sélectionnée qui diffèrent, et les comparer côte à côte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
</context>
<context>
    <name>RestoreArchivePage</name>
    <message>
        <location filename="../forms/RestoreArchivePage.ui" line="+5"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup archive to restore. Its files are checked against its manifest before anything else.</source>
        <translation>Choisissez l&apos;archive de sauvegarde à restaurer. Ses fichiers sont d&apos;abord vérifiés par rapport à son manifeste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Archive:</source>
        <translation>&amp;Archive&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A .tar, .tar.gz or .tar.zst archive</source>
        <translation>Une archive .tar, .tar.gz ou .tar.zst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collections:</source>
        <translation>Collections&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created:</source>
        <translation>Création&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RestoreOptionsPage</name>
    <message>
        <location filename="../forms/RestoreOptionsPage.ui" line="+5"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the archive goes into the database. Nothing is written before the next two pages.</source>
        <translation>Comment l&apos;archive entre dans la base de données. Rien n&apos;est écrit avant les deux pages suivantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Keep collections the archive lacks</source>
        <translation>&amp;Garder les collections absentes de l&apos;archive</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>N&amp;one</source>
        <translation>&amp;Aucune</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Otherwise the target&apos;s collections that are not in the archive are dropped.</source>
        <translation>Sinon, les collections de la cible absentes de l&apos;archive sont supprimées.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Replace existing collections</source>
        <translation>&amp;Remplacer les collections existantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop and recreate them. Otherwise the documents are inserted into them.</source>
        <translation>Elles sont supprimées puis recréées. Sinon, les documents y sont insérés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Force: validators off during the load</source>
        <translation>&amp;Forcer&#xa0;: validateurs désactivés pendant le chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They are put back afterwards.</source>
        <translation>Ils sont rétablis ensuite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognise &amp;time-series collections</source>
        <translation>Reconnaître les collections de séries tempor&amp;elles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the archive has no metadata that says so.</source>
        <translation>Quand l&apos;archive ne contient pas de métadonnées qui l&apos;indiquent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go on without options the server cannot honour</source>
        <translation>&amp;Continuer sans les options que le serveur ne peut pas appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load in &amp;place (no staging copy)</source>
        <translation>Charger sur &amp;place (sans copie intermédiaire)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch si&amp;ze:</source>
        <translation>Taille des &amp;lots&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;ull: also a digest of every document (reads everything again)</source>
        <translation>Co&amp;mplète&#xa0;: aussi une empreinte de chaque document (relit tout)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take a safety snaps&amp;hot of the target database before changing it</source>
        <translation>Prendre un instantané de séc&amp;urité de la base cible avant de la modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In fol&amp;der:</source>
        <translation>Dans le &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Named in the preview; otherwise such a restore is refused.</source>
        <translation>Nommées dans l&apos;aperçu ; sinon la restauration est refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drops first: a failure midway leaves a partial restore.</source>
        <translation>Supprime d&apos;abord : un échec en cours de route laisse une restauration partielle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> documents</source>
        <translation> documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insert workers:</source>
        <translation>Processus d&apos;&amp;insertion&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Verification afterwards</source>
        <translation>Vérification ensuite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counts and a &amp;sample of</source>
        <translation>Comptages et un é&amp;chantillon de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> documents per collection</source>
        <translation> documents par collection</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
</context>
<context>
    <name>RestorePreviewPage</name>
    <message>
        <location filename="../forms/RestorePreviewPage.ui" line="+5"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the restore will do, as planned against the database now. Nothing has been written.</source>
        <translation>Ce que fera la restauration, planifié d&apos;après l&apos;état actuel de la base. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dropped (in the database, not in the archive):</source>
        <translation>Supprimées (dans la base, absentes de l&apos;archive)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created (new, or dropped and recreated):</source>
        <translation>Créées (nouvelles, ou supprimées et recréées)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restored (documents loaded from the archive):</source>
        <translation>Restaurées (documents chargés depuis l&apos;archive)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RestoreReportPage</name>
    <message>
        <location filename="../forms/RestoreReportPage.ui" line="+5"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the restore ended, and how the database compares with the archive.</source>
        <translation>Comment la restauration s&apos;est terminée, et comment la base se compare à l&apos;archive.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Safety snapshot</source>
        <translation>Instantané de sécurité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Roll back to this…</source>
        <translation>&amp;Revenir à cet instantané…</translation>
    </message>
</context>
<context>
    <name>RestoreTargetPage</name>
    <message>
        <location filename="../forms/RestoreTargetPage.ui" line="+5"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the server and the database to restore into. A database that does not exist yet becomes a clone of the archive.</source>
        <translation>Choisissez le serveur et la base de données dans laquelle restaurer. Une base qui n&apos;existe pas encore devient un clone de l&apos;archive.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server:</source>
        <translation>Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the archive&apos;s &amp;database:</source>
        <translation>Depuis la &amp;base de l&apos;archive&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Into database:</source>
        <translation>&amp;Vers la base&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>SafeChangeCheckPage</name>
    <message>
        <location filename="../forms/SafeChangeCheckPage.ui" line="+20"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the database with the snapshot once more (e.g. after fixing the upgrade)</source>
        <translation>Comparer encore une fois la base avec l&apos;instantané (p. ex. après avoir corrigé la mise à niveau)</translation>
    </message>
</context>
<context>
    <name>SafeChangeDecisionPage</name>
    <message>
        <location filename="../forms/SafeChangeDecisionPage.ui" line="+15"/>
        <source>K&amp;eep the change: the upgrade is good</source>
        <translation>&amp;Garder la modification&#xa0;: la mise à niveau est bonne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>R&amp;oll back: put the database back as the snapshot holds it</source>
        <translation>&amp;Revenir en arrière&#xa0;: remettre la base dans l&apos;état de l&apos;instantané</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Verify the snapshot first in a scratch database (the database is not touched if it fails)</source>
        <translation>&amp;Vérifier d&apos;abord l&apos;instantané dans une base temporaire (la base n&apos;est pas touchée en cas d&apos;échec)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take a &amp;safety snapshot of the database as it is now, before rolling back</source>
        <translation>Prendre un ins&amp;tantané de sécurité de la base dans son état actuel, avant de revenir en arrière</translation>
    </message>
</context>
<context>
    <name>SafeChangeSnapshotPage</name>
    <message>
        <location filename="../forms/SafeChangeSnapshotPage.ui" line="+14"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pre_upgrade</source>
        <translation>pre_upgrade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version n&amp;ow:</source>
        <translation>&amp;Version actuelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 1.0</source>
        <translation>p. ex. 1.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version &amp;after the change:</source>
        <translation>Version &amp;après la modification&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. 2.0</source>
        <translation>p. ex. 2.0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;escription:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete a&amp;fter:</source>
        <translation>Supprimer &amp;après&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>What is about to change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Take the snapshot</source>
        <translation>Prendre l&apos;&amp;instantané</translation>
    </message>
</context>
<context>
    <name>SnapshotsView</name>
    <message>
        <location filename="../forms/SnapshotsView.ui" line="+15"/>
        <source>Snapshot folder:</source>
        <translation>Dossier des instantanés&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the folder whose snapshots are listed and where new snapshots go</source>
        <translation>Choisir le dossier dont les instantanés sont listés et où vont les nouveaux instantanés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the folder&apos;s snapshots again (the catalog reads only new or changed archives)</source>
        <translation>Lister à nouveau les instantanés du dossier (le catalogue ne lit que les archives nouvelles ou modifiées)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create snapshot…</source>
        <translation>Créer un instantané…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a named, described snapshot of a database, some collections or the whole server</source>
        <translation>Prendre un instantané nommé et décrit d&apos;une base de données, de quelques collections ou de tout le serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clone to verify…</source>
        <translation>Cloner pour vérifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected snapshot into a new database and verify it in full</source>
        <translation>Restaurer l&apos;instantané sélectionné dans une nouvelle base de données et le vérifier entièrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll back to this…</source>
        <translation>Revenir à celui-ci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the snapshot&apos;s database back as the snapshot holds it, through the restore wizard (plan, confirmation, safety snapshot)</source>
        <translation>Remettre la base de l&apos;instantané dans l&apos;état qu&apos;il contient, via l&apos;assistant de restauration (plan, confirmation, instantané de sécurité)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected snapshot&apos;s archive</source>
        <translation>Supprimer l&apos;archive de l&apos;instantané sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prune…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshots by a retention policy, after showing which</source>
        <translation>Supprimer des instantanés selon une règle de rétention, après avoir montré lesquels</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Safe change…</source>
        <translation>Modification sécurisée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot, upgrade, check, then keep or roll back, step by step</source>
        <translation>Instantané, mise à niveau, contrôle, puis garder ou revenir en arrière, pas à pas</translation>
    </message>
</context>
<context>
    <name>lifeboat::ConnectionDiagnosis</name>
    <message>
        <location filename="../src/core/mongo/ConnectionDiagnosis.cpp" line="+77"/>
        <source>its host name could not be found</source>
        <translation>son nom d&apos;hôte est introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing accepts connections on that port</source>
        <translation>rien n&apos;accepte de connexions sur ce port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it did not answer in time</source>
        <translation>il n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection failed</source>
        <translation>la connexion a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server is unreachable: %1. Check the host name and port, that the server is running, and that this computer may reach it (firewall, VPN).</source>
        <translation>Le serveur est injoignable&#xa0;: %1. Vérifiez le nom d&apos;hôte et le port, que le serveur fonctionne, et que cet ordinateur peut l&apos;atteindre (pare-feu, VPN).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is unreachable at %1: %2. Check the host name and port, that the server is running, and that this computer may reach it (firewall, VPN).</source>
        <translation>Le serveur est injoignable à l&apos;adresse %1&#xa0;: %2. Vérifiez le nom d&apos;hôte et le port, que le serveur fonctionne, et que cet ordinateur peut l&apos;atteindre (pare-feu, VPN).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure (TLS) connection to the server could not be set up. Check that the server uses TLS, the CA file and the client certificate, and that the server&apos;s certificate is for this host name.</source>
        <translation>La connexion sécurisée (TLS) au serveur n&apos;a pas pu être établie. Vérifiez que le serveur utilise TLS, le fichier CA et le certificat client, et que le certificat du serveur correspond à ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secure (TLS) connection to %1 could not be set up. Check that the server uses TLS, the CA file and the client certificate, and that the server&apos;s certificate is for this host name.</source>
        <translation>La connexion sécurisée (TLS) à %1 n&apos;a pas pu être établie. Vérifiez que le serveur utilise TLS, le fichier CA et le certificat client, et que le certificat du serveur correspond à ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Authentication failed: the server refused the user name and password. Check them, and the authentication database (the database the user was created in, often &quot;admin&quot;).</source>
        <translation>Échec de l&apos;authentification&#xa0;: le serveur a refusé le nom d&apos;utilisateur et le mot de passe. Vérifiez-les, ainsi que la base d&apos;authentification (la base dans laquelle l&apos;utilisateur a été créé, souvent «&#xa0;admin&#xa0;»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection string is not valid.</source>
        <translation>La chaîne de connexion n&apos;est pas valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered with an error.</source>
        <translation>Le serveur a répondu par une erreur.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ConnectionProbe</name>
    <message>
        <location filename="../src/core/mongo/ConnectionProbe.cpp" line="+25"/>
        <source>CA file</source>
        <translation>fichier CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client certificate file</source>
        <translation>fichier de certificat client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 &quot;%2&quot; cannot be read: check its path in the TLS settings.</source>
        <translation>Le %1 «&#xa0;%2&#xa0;» ne peut pas être lu&#xa0;: vérifiez son chemin dans les paramètres TLS.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
</context>
<context>
    <name>lifeboat::FieldDrift</name>
    <message>
        <location filename="../src/core/snapshot/FieldDrift.cpp" line="+68"/>
        <location line="+12"/>
        <source>reading the snapshot %1</source>
        <translation>lecture de l&apos;instantané %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>reading a sample of %1.%2</source>
        <translation>lecture d&apos;un échantillon de %1.%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the check was cancelled</source>
        <translation>le contrôle a été annulé</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReadOnlyCommand</name>
    <message>
        <location filename="../src/core/snapshot/ReadOnlyCommand.cpp" line="+111"/>
        <source>The aggregate command needs its pipeline as an array of stages.</source>
        <translation>La commande aggregate attend son pipeline sous forme de tableau d&apos;étapes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each stage of the pipeline must be a document such as {&quot;$match&quot;: {…}}.</source>
        <translation>Chaque étape du pipeline doit être un document, comme {&quot;$match&quot;: {…}}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The aggregation stage %1 is not one of the read-only stages a check may use.</source>
        <translation>L&apos;étape d&apos;agrégation %1 ne fait pas partie des étapes en lecture seule qu&apos;un contrôle peut utiliser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The aggregate command needs a pipeline.</source>
        <translation>La commande aggregate attend un pipeline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>explain needs the command it explains as a document.</source>
        <translation>explain attend la commande à expliquer sous forme de document.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The command is empty: give a read command such as {&quot;count&quot;: &quot;products&quot;}.</source>
        <translation>La commande est vide&#xa0;: indiquez une commande de lecture, comme {&quot;count&quot;: &quot;products&quot;}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 writes to the database, and your own check may only read: it was not sent. Use a read command such as find, count, distinct or aggregate.</source>
        <translation>%1 écrit dans la base, et votre propre contrôle ne peut que lire&#xa0;: la commande n&apos;a pas été envoyée. Utilisez une commande de lecture comme find, count, distinct ou aggregate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not one of the read commands a check may run (%2): it was not sent.</source>
        <translation>%1 ne fait pas partie des commandes de lecture qu&apos;un contrôle peut exécuter (%2)&#xa0;: la commande n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The aggregation stage %1 writes to the database, and your own check may only read: it was not sent.</source>
        <translation>L&apos;étape d&apos;agrégation %1 écrit dans la base, et votre propre contrôle ne peut que lire&#xa0;: la commande n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The command is not a JSON document: %1</source>
        <translation>La commande n&apos;est pas un document JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ValidationCheck</name>
    <message>
        <location filename="../src/core/snapshot/ValidationCheck.cpp" line="+19"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the expected result is not a JSON document: %1</source>
        <translation>le résultat attendu n&apos;est pas un document JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is %2, expected %3</source>
        <translation>%1 vaut %2, attendu %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server answered ok: %1</source>
        <translation>le serveur a répondu ok&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the server answered ok: %1 (%2)</source>
        <translation>le serveur a répondu ok&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>the server reported %n write error(s): %1</source>
        <translation>
            <numerusform>le serveur a signalé %n erreur d&apos;écriture&#xa0;: %1</numerusform>
            <numerusform>le serveur a signalé %n erreurs d&apos;écriture&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server reported a write concern error: %1</source>
        <translation>le serveur a signalé une erreur de write concern&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered no documents</source>
        <translation>%1 n&apos;a renvoyé aucun document</translation>
    </message>
</context>
<context>
    <name>lifeboat::app</name>
    <message>
        <location filename="../src/app/diff/DocumentPairFiller.cpp" line="+86"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ArchiveScanner</name>
    <message>
        <location filename="../src/app/backups/ArchiveScanner.cpp" line="+46"/>
        <source>No backup folder is set.</source>
        <translation>Aucun dossier de sauvegarde n&apos;est défini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>Le dossier %1 n&apos;existe pas (encore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 cannot be read.</source>
        <translation>Le dossier %1 ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ArchiveTableModel</name>
    <message>
        <location filename="../src/app/backups/ArchiveTableModel.cpp" line="+249"/>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>problems</source>
        <translation>problèmes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no manifest (runbook archive)</source>
        <translation>pas de manifeste (archive runbook)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ok, %1</source>
        <translation>ok, %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Read back and checked against its manifest by the backup that wrote it, %1.</source>
        <translation>Relue et vérifiée par rapport à son manifeste par la sauvegarde qui l&apos;a écrite, %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified %1: every file matches the manifest.</source>
        <translation>Vérifiée le %1&#xa0;: chaque fichier correspond au manifeste.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupBrowser</name>
    <message>
        <location filename="../src/app/browse/BackupBrowser.cpp" line="+34"/>
        <source>Re&amp;store these documents…</source>
        <translation>Restaurer ces &amp;documents…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the selected documents (or every one the filter selects) back into the live collection, leaving the others alone</source>
        <translation>Remettre les documents sélectionnés (ou tous ceux que le filtre sélectionne) dans la collection actuelle, sans toucher aux autres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Browse %1</source>
        <translation>Parcourir %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next %1</source>
        <translation>&amp;Suivants (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the archive…</source>
        <translation>Lecture de l&apos;archive…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The archive holds no collection.</source>
        <translation>L&apos;archive ne contient aucune collection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a collection.</source>
        <translation>Choisissez une collection.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This filter cannot be used: %1</source>
        <translation>Ce filtre est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reading %1 from document %2…</source>
        <translation>Lecture de %1 à partir du document %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: matching documents from number %2 on…</source>
        <translation>Lecture de %1&#xa0;: documents correspondants à partir du numéro %2…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading more of %1…</source>
        <translation>Lecture de la suite de %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No document here.</source>
        <translation>Aucun document ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No document matches the filter here.</source>
        <translation>Aucun document ne correspond au filtre ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents %1–%2 of %3.</source>
        <translation>Documents %1–%2 sur %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching documents %1–%2 of %3.</source>
        <translation>Documents correspondants %1–%2 sur %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… more documents on this page: see the table, or copy or export them.
</source>
        <translation>… d&apos;autres documents sur cette page&#xa0;: voyez le tableau, ou copiez-les ou exportez-les.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>… document %1 is cut here (%2 bytes of JSON); copy or export it to get all of it.</source>
        <translation>… le document %1 est coupé ici (%2 octets de JSON)&#xa0;; copiez-le ou exportez-le pour l&apos;avoir en entier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Copied %n document(s) as JSON.</source>
        <translation>
            <numerusform>%n document copié en JSON.</numerusform>
            <numerusform>%n documents copiés en JSON.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export documents</source>
        <translation>Exporter les documents</translation>
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
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n document(s) to %1.</source>
        <translation>
            <numerusform>%n document exporté vers %1.</numerusform>
            <numerusform>%n documents exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupDialog</name>
    <message>
        <location filename="../src/app/backups/BackupDialog.cpp" line="+64"/>
        <source>Back up — %1</source>
        <translation>Sauvegarder — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: %1 (%2)</source>
        <translation>Depuis&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment: %1. A backup only reads from the server; it changes nothing there.</source>
        <translation>Environnement&#xa0;: %1. Une sauvegarde ne fait que lire sur le serveur&#xa0;; elle n&apos;y change rien.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelling… the unfinished archive is being removed.</source>
        <translation>Annulation… l&apos;archive inachevée est en cours de suppression.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>gzip (.tar.gz), the default</source>
        <translation>gzip (.tar.gz), par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd (.tar.zst), smaller</source>
        <translation>zstd (.tar.zst), plus petit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (.tar)</source>
        <translation>aucune (.tar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zstd makes archives about an eighth smaller for about a quarter more compression CPU; gzip is read by any tar and by Python&apos;s tarfile.</source>
        <translation>zstd rend les archives environ un huitième plus petites pour environ un quart de CPU de compression en plus&#xa0;; gzip est lu par tout tar et par le tarfile de Python.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Canonical: every BSON type survives (the default)</source>
        <translation>Canonical&#xa0;: chaque type BSON est conservé (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical, pretty: one key per line</source>
        <translation>Canonical, indenté&#xa0;: une clé par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaxed: readable numbers and dates; number types may not survive</source>
        <translation>Relaxed&#xa0;: nombres et dates lisibles&#xa0;; les types numériques peuvent être perdus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relaxed, pretty</source>
        <translation>Relaxed, indenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canonical Extended JSON restores exactly what was backed up. Relaxed is easier to read but may turn a 64-bit integer or a decimal into a plain number.</source>
        <translation>Le Canonical Extended JSON restaure exactement ce qui a été sauvegardé. Relaxed est plus lisible, mais peut transformer un entier 64 bits ou un décimal en simple nombre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Could not list the databases: %1. You can type the database&apos;s name.</source>
        <translation>Impossible de lister les bases de données&#xa0;: %1. Vous pouvez saisir le nom de la base.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server lists no databases. You can type the database&apos;s name.</source>
        <translation>Le serveur ne liste aucune base de données. Vous pouvez saisir le nom de la base.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Listing the collections of %1…</source>
        <translation>Liste des collections de %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not list the collections of %1: %2</source>
        <translation>Impossible de lister les collections de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 holds no collections (or does not exist).</source>
        <translation>%1 ne contient aucune collection (ou n&apos;existe pas).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (view: kept as its definition)</source>
        <translation>%1 (vue&#xa0;: conservée sous forme de définition)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (time series)</source>
        <translation>%1 (série temporelle)</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Save the backup to</source>
        <translation>Enregistrer la sauvegarde dans</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup did not start: %1</source>
        <translation>La sauvegarde n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Back up %1 from %2</source>
        <translation>Sauvegarder %1 depuis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up %1 (%2) from %3</source>
        <translation>Sauvegarder %1 (%2) depuis %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 in %2 → %3</source>
        <translation>%1 dans %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(warnings: %1, see the log)</source>
        <translation>(avertissements&#xa0;: %1, voir le journal)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The archive: %1
%2 in %3, %4 of data, archive %5.</source>
        <translation>L&apos;archive&#xa0;: %1
%2 dans %3, %4 de données, archive %5.</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 written</source>
        <translation>%1 écrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 collections done</source>
        <translation>%1 collections sur %2 terminées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running for %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: written and verified.</source>
        <translation>Terminé&#xa0;: archive écrite et vérifiée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled.</source>
        <translation>Annulée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup was cancelled. Its unfinished archive was removed: nothing was left in %1.</source>
        <translation>La sauvegarde a été annulée. Son archive inachevée a été supprimée&#xa0;: rien n&apos;est resté dans %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed.</source>
        <translation>Échec.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No archive was left in %1.</source>
        <translation>Aucune archive n&apos;est restée dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Took %1.</source>
        <translation>Durée&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup is running</source>
        <translation>La sauvegarde est en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is still running. Cancel it, or keep it running in the jobs panel?</source>
        <translation>La sauvegarde est toujours en cours. L&apos;annuler, ou la laisser tourner dans le panneau des tâches&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it running</source>
        <translation>La laisser tourner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay here</source>
        <translation>Rester ici</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::BackupsView</name>
    <message>
        <location filename="../src/app/backups/BackupsView.cpp" line="+269"/>
        <source>No archives in this folder yet.</source>
        <translation>Aucune archive dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Compare the archive with its database on &quot;%1&quot;, without writing anything</source>
        <translation>Comparer l&apos;archive avec sa base de données sur «&#xa0;%1&#xa0;», sans rien écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a connection first: the archive is compared with its database there</source>
        <translation>Sélectionnez d&apos;abord une connexion&#xa0;: l&apos;archive y est comparée avec sa base de données</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select an archive to see its collections.</source>
        <translation>Sélectionnez une archive pour voir ses collections.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading the manifest…</source>
        <translation>Lecture du manifeste…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Taken %1 (finished %2) by %3 %4</source>
        <translation>Créée le %1 (terminée le %2) par %3 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source: %1 — %2</source>
        <translation>Source&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compression %1, %2 Extended JSON; %3</source>
        <translation>Compression %1, Extended JSON %2&#xa0;; %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point in time</source>
        <translation>cohérente à un instant donné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not point in time</source>
        <translation>non cohérente à un instant donné</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>No manifest: written by the runbook&apos;s backup script. Verify integrity reads and counts every document.</source>
        <translation>Pas de manifeste&#xa0;: écrite par le script de sauvegarde du runbook. «&#xa0;Vérifier l&apos;intégrité&#xa0;» lit et compte chaque document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity: %1</source>
        <translation>Intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A view on %1</source>
        <translation>Une vue sur %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>time-series buckets</source>
        <translation>buckets de séries temporelles</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+18"/>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify integrity counts the documents</source>
        <translation>«&#xa0;Vérifier l&apos;intégrité&#xa0;» compte les documents</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verify integrity of %1</source>
        <translation>Vérifier l&apos;intégrité de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problème trouvé</numerusform>
            <numerusform>%n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Scope: %1; databases: %2; %3, %4</source>
        <translation>Portée&#xa0;: %1&#xa0;; bases de données&#xa0;: %2&#xa0;; %3, %4</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with database</source>
        <translation>&amp;Comparer avec la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show in folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter archives</source>
        <translation>Filtrer les archives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the archives whose row contains this text (Ctrl+F)</source>
        <translation>Afficher seulement les archives dont la ligne contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No backups yet: the folder %1 is created with the first one.</source>
        <translation>Aucune sauvegarde pour l&apos;instant&#xa0;: le dossier %1 est créé avec la première.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Select an archive to browse its documents.</source>
        <translation>Sélectionnez une archive pour parcourir ses documents.</translation>
    </message>
    <message numerus="yes">
        <location line="+271"/>
        <source>intact: %Ln file(s), %1</source>
        <translation>
            <numerusform>intacte&#xa0;: %Ln fichier, %1</numerusform>
            <numerusform>intacte&#xa0;: %Ln fichiers, %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verification of %1 cancelled.</source>
        <translation>Vérification de %1 annulée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is intact.</source>
        <translation>%1 est intacte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has problems: %2</source>
        <translation>%1 présente des problèmes&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read through: %2</source>
        <translation>%1 ne peut pas être lue jusqu&apos;au bout&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a connection first: the archive is compared with its database there.</source>
        <translation>Sélectionnez d&apos;abord une connexion&#xa0;: l&apos;archive y est comparée avec sa base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is still being read; try again in a moment.</source>
        <translation>%1 est encore en cours de lecture&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not name its database (a runbook archive): give the connection &quot;%2&quot; a default database to compare it with.</source>
        <translation>%1 ne nomme pas sa base de données (une archive runbook)&#xa0;: donnez à la connexion «&#xa0;%2&#xa0;» une base par défaut avec laquelle la comparer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 compared with database %2 on &quot;%3&quot; (%4)</source>
        <translation>%1 comparée avec la base %2 sur «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+94"/>
        <source>Reading the password of &quot;%1&quot;…</source>
        <translation>Lecture du mot de passe de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Comparing %1 with the database…</source>
        <translation>Comparaison de %1 avec la base…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1.%2 differs: %3</source>
        <translation>%1.%2 diffère&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>differences in %1 of %Ln collection(s)</source>
        <translation>
            <numerusform>différences dans %1 sur %Ln collection</numerusform>
            <numerusform>différences dans %1 sur %Ln collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln collection(s) match</source>
        <translation>
            <numerusform>%Ln collection concorde</numerusform>
            <numerusform>%Ln collections concordent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 differs from the database (%2): see the report.</source>
        <translation>%1 diffère de la base (%2)&#xa0;: voir le rapport.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Comparison cancelled.</source>
        <translation>Comparaison annulée.</translation>
    </message>
    <message>
        <location line="-511"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+512"/>
        <source>The comparison could not run: %1</source>
        <translation>La comparaison n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches the database.</source>
        <translation>%1 concorde avec la base.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection this comparison was made with is gone: compare again.</source>
        <translation>La connexion avec laquelle cette comparaison a été faite n&apos;existe plus&#xa0;: relancez la comparaison.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collection %1 of %2 compared with database %3 on &quot;%4&quot;, document by document</source>
        <translation>Collection %1 de %2 comparée avec la base %3 sur «&#xa0;%4&#xa0;», document par document</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the documents of %1 that differ…</source>
        <translation>Recherche des documents de %1 qui diffèrent…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+18"/>
        <source>%1 cannot be deleted: a running job is using it.</source>
        <translation>%1 ne peut pas être supprimée&#xa0;: une tâche en cours l&apos;utilise.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Delete archive</source>
        <translation>Supprimer l&apos;archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 (%2, taken %3) for good?</source>
        <translation>Supprimer définitivement %1 (%2, créée le %3)&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is removed from the disk, not moved to a trash.</source>
        <translation>Le fichier est supprimé du disque, pas déplacé dans une corbeille.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not open %1 in the file manager.</source>
        <translation>Impossible d&apos;ouvrir %1 dans le gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CancelConfirmation</name>
    <message>
        <location filename="../src/app/jobs/CancelConfirmation.cpp" line="+22"/>
        <location line="+3"/>
        <source>Cancel the job</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Cancel “%1”?</source>
        <translation>Annuler «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep it running</source>
        <translation>La laisser tourner</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CloneSnapshotDialog</name>
    <message>
        <location filename="../src/app/snapshots/CloneSnapshotDialog.cpp" line="+33"/>
        <source>Clone %1 to verify</source>
        <translation>Cloner %1 pour vérifier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New database:</source>
        <translation>&amp;Nouvelle base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt;: %2 snapshot of %3, taken %4, %5 in %6.</source>
        <translation>Instantané &lt;b&gt;%1&lt;/b&gt;&#xa0;: instantané de niveau %2 de %3, pris le %4, %5 dans %6.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The clone has been started.</source>
        <translation>Le clone a été lancé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot cannot be read: %1</source>
        <translation>L&apos;instantané ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No connection is chosen.</source>
        <translation>Aucune connexion n&apos;est choisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server has not answered yet.</source>
        <translation>Le serveur n&apos;a pas encore répondu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists: a clone goes into a new database.</source>
        <translation>%1 existe déjà&#xa0;: un clone va dans une nouvelle base.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The clone writes a new database to it.</source>
        <translation>Le clone y écrit une nouvelle base de données.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a new database on this server.</source>
        <translation>%1 est une nouvelle base de données sur ce serveur.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Clone snapshot %1 into %2 on %3</source>
        <translation>Cloner l&apos;instantané %1 dans %2 sur %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloned into %1 and verified: it matches the snapshot.</source>
        <translation>Cloné dans %1 et vérifié&#xa0;: il concorde avec l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The clone failed: %1</source>
        <translation>Le clonage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Snapshot %1 cloned into %2 on &quot;%3&quot; (%4), compared in full with the snapshot&apos;s manifest</source>
        <translation>Instantané %1 cloné dans %2 sur «&#xa0;%3&#xa0;» (%4), comparé entièrement avec le manifeste de l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CollectionProgressList</name>
    <message>
        <location filename="../src/app/widgets/CollectionProgressList.cpp" line="+39"/>
        <location line="+20"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Progress of %1</source>
        <translation>Progression de %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ConnectionTester</name>
    <message>
        <location filename="../src/app/connections/ConnectionTester.cpp" line="+71"/>
        <source>Connected to MatrixOne at %1 (%2).</source>
        <translation>Connecté à MatrixOne à l&apos;adresse %1 (%2).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Connected: %1.</source>
        <translation>Connecté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FerretDB (compatible with MongoDB %1)</source>
        <translation>FerretDB (compatible avec MongoDB %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MongoDB %1</source>
        <translation>MongoDB %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a replica set (%1)</source>
        <translation>un replica set (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a sharded cluster</source>
        <translation>un cluster shardé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a standalone server</source>
        <translation>un serveur autonome</translation>
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
        <translation>Base de données&#xa0;: toutes les collections de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections: some collections of the database</source>
        <translation>Collections&#xa0;: certaines collections de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment: every database of the server</source>
        <translation>Déploiement&#xa0;: toutes les bases de données du serveur</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>a snapshot needs a name</source>
        <translation>un instantané doit avoir un nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ The name is free in this folder.</source>
        <translation>✓ Le nom est libre dans ce dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the snapshot has been started</source>
        <translation>l&apos;instantané a été lancé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no connection is chosen</source>
        <translation>aucune connexion n&apos;est choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has not answered yet</source>
        <translation>le serveur n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no database is chosen</source>
        <translation>aucune base de données n&apos;est choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database %1 on this server</source>
        <translation>il n&apos;y a pas de base de données %1 sur ce serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no collection is ticked</source>
        <translation>aucune collection n&apos;est cochée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Take the snapshot and verify it</source>
        <translation>Prendre l&apos;instantané et le vérifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet: %1.</source>
        <translation>Pas encore&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Snapshot %1 created and verified: %2 in %3, %4 on disk.</source>
        <translation>Instantané %1 créé et vérifié&#xa0;: %2 dans %3, %4 sur le disque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: no snapshot was left in the folder.</source>
        <translation>Annulé&#xa0;: aucun instantané n&apos;est resté dans le dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot failed: %1</source>
        <translation>L&apos;instantané a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::CsvFileDialog</name>
    <message>
        <location filename="../src/app/widgets/CsvFileDialog.cpp" line="+16"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DatabasePicker</name>
    <message>
        <location filename="../src/app/widgets/DatabasePicker.cpp" line="+52"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Add a connection first, in the Connections panel.</source>
        <translation>Ajoutez d&apos;abord une connexion, dans le panneau Connexions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>There is no database %1 on this server.</source>
        <translation>Il n&apos;y a pas de base de données %1 sur ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listing the collections of %1…</source>
        <translation>Liste des collections de %1…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DatabaseTree</name>
    <message>
        <location filename="../src/app/connections/DatabaseTree.cpp" line="+42"/>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+252"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+255"/>
        <source>&amp;Snapshot…</source>
        <translation>&amp;Instantané…</translation>
    </message>
    <message>
        <location line="-254"/>
        <location line="+255"/>
        <source>Restore &amp;into…</source>
        <translation>&amp;Restaurer dans…</translation>
    </message>
    <message>
        <location line="-252"/>
        <source>Database / collection</source>
        <translation>Base de données / collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Databases of the selected connection</source>
        <translation>Bases de données de la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the databases and collections again</source>
        <translation>Récupérer à nouveau les bases de données et les collections</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>MatrixOne: see the Snapshots tab.</source>
        <translation>MatrixOne&#xa0;: voir l&apos;onglet Instantanés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The databases of a MatrixOne profile are snapshotted, cloned to verify and rolled back in the Snapshots tab and with Safe change…; they are not browsed here.</source>
        <translation>Les bases d&apos;un profil MatrixOne sont figées en instantanés, clonées pour vérification et ramenées en arrière dans l&apos;onglet Instantanés et avec Modification sécurisée…&#xa0;; elles ne sont pas parcourues ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+56"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Cannot read the password of &quot;%1&quot; from the system keychain.</source>
        <translation>Impossible de lire le mot de passe de «&#xa0;%1&#xa0;» dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No databases yet.</source>
        <translation>Aucune base de données pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database %1: open it to see its collections</source>
        <translation>Base de données %1&#xa0;: dépliez-la pour voir ses collections</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No collections.</source>
        <translation>Aucune collection.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View %1.%2 (no documents of its own)</source>
        <translation>Vue %1.%2 (aucun document propre)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1.%2: about %Ln document(s)</source>
        <translation>
            <numerusform>%1.%2&#xa0;: environ %Ln document</numerusform>
            <numerusform>%1.%2&#xa0;: environ %Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Back up %1…</source>
        <translation>&amp;Sauvegarder %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up %1.%2…</source>
        <translation>&amp;Sauvegarder %1.%2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snapshot %1…</source>
        <translation>&amp;Instantané de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;into %1…</source>
        <translation>&amp;Restaurer dans %1…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DeleteConfirmation</name>
    <message>
        <location filename="../src/app/widgets/DeleteConfirmation.cpp" line="+15"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DemoServer</name>
    <message>
        <location filename="../src/app/demo/DemoServer.cpp" line="+76"/>
        <source>Cannot create a temporary folder for the demo in %1: %2</source>
        <translation>Impossible de créer un dossier temporaire pour la démo dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The demo needs FerretDB, the MongoDB-compatible server that scripts/setup builds, and it is not built yet. Run scripts/setup in the Lifeboat source folder, then start the demo again (or set LIFEBOAT_FERRETDB to a FerretDB program). Looked for: %1</source>
        <translation>La démo a besoin de FerretDB, le serveur compatible MongoDB que construit scripts/setup, et il n&apos;est pas encore construit. Lancez scripts/setup dans le dossier source de Lifeboat, puis relancez la démo (ou faites pointer LIFEBOAT_FERRETDB vers un programme FerretDB). Emplacements cherchés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot find a free port on 127.0.0.1 for the demo server.</source>
        <translation>Aucun port libre sur 127.0.0.1 pour le serveur de démonstration.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot run FerretDB (%1): %2</source>
        <translation>Impossible d&apos;exécuter FerretDB (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo server stopped unexpectedly (exit code %1). %2</source>
        <translation>Le serveur de démonstration s&apos;est arrêté de manière inattendue (code de sortie %1). %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The demo server (FerretDB) stopped while starting. %1</source>
        <translation>Le serveur de démonstration (FerretDB) s&apos;est arrêté pendant son démarrage. %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Its last messages:
%1</source>
        <translation>Ses derniers messages&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DemoSession</name>
    <message>
        <location filename="../src/app/demo/DemoSession.cpp" line="+24"/>
        <source>The demo server is not running.</source>
        <translation>Le serveur de démonstration ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lifeboat — Demo</source>
        <translation>Lifeboat — Démo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The demo could not start.</source>
        <translation>La démo n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Quit the demo</source>
        <translation>Quitter la démo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Quitting deletes the demo&apos;s %n backup(s) and snapshot(s).</source>
        <translation>
            <numerusform>Quitter supprime %n sauvegarde ou instantané de la démo.</numerusform>
            <numerusform>Quitter supprime les %n sauvegardes et instantanés de la démo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They are in %1, with the demo&apos;s server and settings, and are deleted when Lifeboat quits. Copy any you want to keep elsewhere first.</source>
        <translation>Elles se trouvent dans %1, avec le serveur et les réglages de la démo, et sont supprimées quand Lifeboat se ferme. Copiez d&apos;abord ailleurs celles que vous voulez garder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit and delete them</source>
        <translation>Quitter et les supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Demo (local)</source>
        <translation>Démo (locale)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting the demo server…</source>
        <translation>Démarrage du serveur de démonstration…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The demo server runs at %1, but its profile could not be saved: %2</source>
        <translation>Le serveur de démonstration fonctionne à l&apos;adresse %1, mais son profil n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo server ready at %1 with the sample database &quot;%2&quot;. It stops when Lifeboat quits.</source>
        <translation>Serveur de démonstration prêt à l&apos;adresse %1 avec la base d&apos;exemple «&#xa0;%2&#xa0;». Il s&apos;arrête quand Lifeboat se ferme.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DiffDrillDown</name>
    <message>
        <location filename="../src/app/diff/DiffDrillDown.cpp" line="+53"/>
        <source>Differences in %1</source>
        <translation>Différences dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+109"/>
        <source>Select a document to see it from the backup and from the database side by side.</source>
        <translation>Sélectionnez un document pour voir côte à côte sa version de la sauvegarde et celle de la base.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>All differences</source>
        <translation>Toutes les différences</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in the backup</source>
        <translation>Seulement dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only in the database</source>
        <translation>Seulement dans la base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which differing documents to list</source>
        <translation>Type de différences à lister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the selected documents (or, with none selected, every listed one) back from the backup: the restore wizard opens with their _ids</source>
        <translation>Remettre depuis la sauvegarde les documents sélectionnés (ou, sans sélection, tous ceux listés)&#xa0;: l&apos;assistant de restauration s&apos;ouvre avec leurs _id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the listed documents as CSV (the columns of lifeboat-cli diff --report)</source>
        <translation>Enregistrer les documents listés en CSV (les colonnes de lifeboat-cli diff --report)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Differences in %1 of %2</source>
        <translation>Différences dans %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln differing document(s)</source>
        <translation>
            <numerusform>%Ln document qui diffère</numerusform>
            <numerusform>%Ln documents qui diffèrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Comparing %1 document by document… %Ln differing so far.</source>
        <translation>
            <numerusform>Comparaison de %1 document par document… %Ln diffère jusqu&apos;ici.</numerusform>
            <numerusform>Comparaison de %1 document par document… %Ln diffèrent jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: the documents found until then are listed.</source>
        <translation>Annulé&#xa0;: les documents trouvés jusque-là sont listés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison could not run: %1</source>
        <translation>La comparaison n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 only in the backup, %2 only in the database, %3 changed, %4 the same.</source>
        <translation>%1 seulement dans la sauvegarde, %2 seulement dans la base, %3 modifiés, %4 identiques.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 of %Ln differing document(s) listed.</source>
        <translation>
            <numerusform>Documents listés&#xa0;: %1 sur %Ln qui diffère.</numerusform>
            <numerusform>Documents listés&#xa0;: %1 sur %Ln qui diffèrent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 are kept; lifeboat-cli diff --report lists them all.</source>
        <translation>Les %1 premiers sont gardés&#xa0;; lifeboat-cli diff --report les liste tous.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>None of these documents is in the backup: there is nothing to restore from it.</source>
        <translation>Aucun de ces documents n&apos;est dans la sauvegarde&#xa0;: il n&apos;y a rien à en restaurer.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Restoring %Ln document(s) from the backup: continue in the restore wizard.</source>
        <translation>
            <numerusform>Restauration de %Ln document depuis la sauvegarde&#xa0;: poursuivez dans l&apos;assistant de restauration.</numerusform>
            <numerusform>Restauration de %Ln documents depuis la sauvegarde&#xa0;: poursuivez dans l&apos;assistant de restauration.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading %1 from the backup and from the database…</source>
        <translation>Lecture de %1 dans la sauvegarde et dans la base…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>_id %1: the backup&apos;s document (left) and the database&apos;s (right); what differs is marked.</source>
        <translation>_id %1&#xa0;: le document de la sauvegarde (à gauche) et celui de la base (à droite)&#xa0;; les différences sont marquées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is only in the backup: the database does not hold it.</source>
        <translation>_id %1 est seulement dans la sauvegarde&#xa0;: la base ne le contient pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is only in the database: the backup does not hold it.</source>
        <translation>_id %1 est seulement dans la base&#xa0;: la sauvegarde ne le contient pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>_id %1 is in neither any more: it has changed since the comparison.</source>
        <translation>_id %1 n&apos;est plus dans aucune des deux&#xa0;: il a changé depuis la comparaison.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>_id %1 could not be read: %2</source>
        <translation>_id %1 n&apos;a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Export the differences as CSV</source>
        <translation>Exporter les différences en CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save the list: %1</source>
        <translation>Impossible d&apos;enregistrer la liste&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentDifferenceModel</name>
    <message>
        <location filename="../src/app/diff/DocumentDifferenceModel.cpp" line="+56"/>
        <source>only in the backup</source>
        <translation>seulement dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the database</source>
        <translation>seulement dans la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed fields</source>
        <translation>Champs modifiés</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentPageLoader</name>
    <message>
        <location filename="../src/app/browse/DocumentPageLoader.cpp" line="+131"/>
        <source>The archive has not been read yet.</source>
        <translation>L&apos;archive n&apos;a pas encore été lue.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentPairFiller</name>
    <message>
        <location filename="../src/app/diff/DocumentPairFiller.cpp" line="+27"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backup: absent</source>
        <translation>Sauvegarde&#xa0;: absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database: absent</source>
        <translation>Base de données&#xa0;: absent</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentSampleView</name>
    <message>
        <location filename="../src/app/browse/DocumentSampleView.cpp" line="+31"/>
        <source>Sample documents of</source>
        <translation>Documents d&apos;exemple de</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot read the archive: %1</source>
        <translation>Impossible de lire l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No documents.</source>
        <translation>Aucun document.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+30"/>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::DocumentTableModel</name>
    <message>
        <location filename="../src/app/browse/DocumentTableModel.cpp" line="+131"/>
        <source>#</source>
        <translation>n°</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::Job</name>
    <message>
        <location filename="../src/app/jobs/Job.cpp" line="+44"/>
        <source>The job stopped on an internal error (%1). Nothing after that point was done; please report this.</source>
        <translation>La tâche s&apos;est arrêtée sur une erreur interne (%1). Rien n&apos;a été fait après ce point&#xa0;; merci de le signaler.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown exception</source>
        <translation>une exception inconnue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started: %1</source>
        <translation>Démarrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Phase: %1</source>
        <translation>Phase&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::JobsPanel</name>
    <message>
        <location filename="../src/app/jobs/JobsPanel.cpp" line="+27"/>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a job to see its log.</source>
        <translation>Sélectionnez une tâche pour voir son journal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job log</source>
        <translation>Journal de la tâche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop the selected job. A cancelled backup leaves no archive behind.</source>
        <translation>Arrêter la tâche sélectionnée. Une sauvegarde annulée ne laisse aucune archive.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drop</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. Double-click to show its window.</source>
        <translation>%1. Double-cliquez pour afficher sa fenêtre.</translation>
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
        <translation>À propos de Lifeboat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Lifeboat %1&lt;/b&gt;&lt;p&gt;Back up, verify, snapshot and restore MongoDB databases.&lt;/p&gt;&lt;p&gt;The same engine runs on the command line: &lt;code&gt;lifeboat-cli --help&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Lifeboat %1&lt;/b&gt;&lt;p&gt;Sauvegarder, vérifier, figer en instantané et restaurer des bases de données MongoDB.&lt;/p&gt;&lt;p&gt;Le même moteur fonctionne en ligne de commande&#xa0;: &lt;code&gt;lifeboat-cli --help&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Snapshots</source>
        <translation>Instantanés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups: archives of whole databases, kept in the backup folder, to restore anywhere</source>
        <translation>Sauvegardes&#xa0;: archives de bases entières, conservées dans le dossier de sauvegarde, à restaurer n&apos;importe où</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshots: named, described states of a database before a change, to roll back to</source>
        <translation>Instantanés&#xa0;: états nommés et décrits d&apos;une base avant une modification, pour y revenir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Snapshots</source>
        <translation>&amp;Instantanés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safe &amp;change…</source>
        <translation>&amp;Modification sécurisée…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Safe change</source>
        <translation>Modification sécurisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot a database, run an upgrade, check it, then keep it or roll back</source>
        <translation>Prendre un instantané d&apos;une base, lancer une mise à niveau, la contrôler, puis la garder ou revenir en arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;reate snapshot…</source>
        <translation>&amp;Créer un instantané…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot</source>
        <translation>Instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a named, described snapshot of a database (Ctrl+Shift+S)</source>
        <translation>Prendre un instantané nommé et décrit d&apos;une base (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prune snapshots…</source>
        <translation>&amp;Purger les instantanés…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose s&amp;napshot folder…</source>
        <translation>Choisir le &amp;dossier des instantanés…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Connections panel</source>
        <translation>Panneau &amp;Connexions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Jobs panel</source>
        <translation>Panneau &amp;Tâches</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d&apos;outils</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open the user guide: %1</source>
        <translation>Ouvrir le guide de l&apos;utilisateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The demo could not start: %1 cannot be run again.</source>
        <translation>La démo n&apos;a pas pu démarrer&#xa0;: %1 ne peut pas être relancé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting the demo in a window of its own…</source>
        <translation>Démarrage de la démo dans sa propre fenêtre…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not open the user guide at %1.</source>
        <translation>Impossible d&apos;ouvrir le guide de l&apos;utilisateur à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jobs are running</source>
        <translation>Des tâches sont en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running. Cancel them and quit? A cancelled backup leaves no archive behind; a cancelled restore reports which collections it completed.</source>
        <translation>
            <numerusform>%n tâche est encore en cours. L&apos;annuler et quitter&#xa0;? Une sauvegarde annulée ne laisse aucune archive&#xa0;; une restauration annulée indique quelles collections elle a terminées.</numerusform>
            <numerusform>%n tâches sont encore en cours. Les annuler et quitter&#xa0;? Une sauvegarde annulée ne laisse aucune archive&#xa0;; une restauration annulée indique quelles collections elle a terminées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Back up</source>
        <translation>Sauvegarder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no connection yet. Add one for the server whose database you want to back up.</source>
        <translation>Il n&apos;y a pas encore de connexion. Ajoutez-en une pour le serveur dont vous voulez sauvegarder la base.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a connection first, in the Connections panel, or add one.</source>
        <translation>Choisissez d&apos;abord une connexion, dans le panneau Connexions, ou ajoutez-en une.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Restore into %1</source>
        <translation>Restaurer dans %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::MergedDocumentTableModel</name>
    <message>
        <location filename="../src/app/restore/surgical/MergedDocumentTableModel.cpp" line="+31"/>
        <source>inserted</source>
        <translation>inséré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replaced</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>differs from the backup</source>
        <translation>diffère de la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>appeared meanwhile, left alone</source>
        <translation>apparu entre-temps, laissé tel quel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>written, not read back (the restore stopped)</source>
        <translation>écrit, non relu (la restauration s&apos;est arrêtée)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProductionBanner</name>
    <message>
        <location filename="../src/app/widgets/ProductionBanner.cpp" line="+15"/>
        <source>Production warning</source>
        <translation>Avertissement de production</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PRODUCTION — &quot;%1&quot; is a production server.</source>
        <translation>PRODUCTION — «&#xa0;%1&#xa0;» est un serveur de production.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProfileDialog</name>
    <message>
        <location filename="../src/app/connections/ProfileDialog.cpp" line="+46"/>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+152"/>
        <source>Edit connection &quot;%1&quot;</source>
        <translation>Modifier la connexion «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>leave empty to keep the saved password</source>
        <translation>laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificates (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CA file</source>
        <translation>Fichier CA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client certificate and key</source>
        <translation>Certificat client et clé</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The user name was moved out of the connection string into its own field.</source>
        <translation>Le nom d&apos;utilisateur a été déplacé de la chaîne de connexion vers son propre champ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name and password were moved out of the connection string into their own fields. The password will be kept in the system keychain, not in Lifeboat&apos;s settings.</source>
        <translation>Le nom d&apos;utilisateur et le mot de passe ont été déplacés de la chaîne de connexion vers leurs propres champs. Le mot de passe sera conservé dans le trousseau du système, pas dans les paramètres de Lifeboat.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The connection was saved, but the system keychain failed: %1</source>
        <translation>La connexion a été enregistrée, mais le trousseau du système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>(new connection)</source>
        <translation>(nouvelle connexion)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the saved password from the system keychain.</source>
        <translation>Impossible de lire le mot de passe enregistré dans le trousseau du système.</translation>
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
        <translation>p. ex. mo.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>empty: the sys account</source>
        <translation>vide&#xa0;: le compte sys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MatrixOne account (tenant) the user belongs to.</source>
        <translation>Le compte MatrixOne (locataire) auquel appartient l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation>C&amp;ompte&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the database snapshots are of (empty: the whole account)</source>
        <translation>la base dont les instantanés sont pris (vide&#xa0;: tout le compte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional: preselected for backups</source>
        <translation>facultatif&#xa0;: présélectionnée pour les sauvegardes</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ProfileSidebar</name>
    <message>
        <location filename="../src/app/connections/ProfileSidebar.cpp" line="+32"/>
        <source>PRODUCTION</source>
        <translation>PRODUCTION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected connection, with its password</source>
        <translation>Copier la connexion sélectionnée, avec son mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected connection and its saved password</source>
        <translation>Supprimer la connexion sélectionnée et son mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test the selected connection</source>
        <translation>Tester la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;No connections yet.&lt;/b&gt;&lt;p&gt;Add a connection to a MongoDB server to back up, snapshot and restore its databases.&lt;/p&gt;&lt;p&gt;Or try the demo first: a local server with a sample shop, in a window of its own. Your settings are not touched.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aucune connexion pour l&apos;instant.&lt;/b&gt;&lt;p&gt;Ajoutez une connexion à un serveur MongoDB pour sauvegarder, figer en instantané et restaurer ses bases.&lt;/p&gt;&lt;p&gt;Ou essayez d&apos;abord la démo&#xa0;: un serveur local avec une boutique d&apos;exemple, dans sa propre fenêtre. Vos réglages ne sont pas touchés.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add connection…</source>
        <translation>&amp;Ajouter une connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
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
utilisateur %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not duplicate &quot;%1&quot;.</source>
        <translation>Impossible de dupliquer «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the PRODUCTION connection &quot;%1&quot;? Its saved password is removed from the system keychain. The databases and the backups already made are not touched.</source>
        <translation>Supprimer la connexion de PRODUCTION «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe enregistré est retiré du trousseau du système. Les bases de données et les sauvegardes déjà faites ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the connection &quot;%1&quot;? Its saved password is removed from the system keychain. The databases and the backups already made are not touched.</source>
        <translation>Supprimer la connexion «&#xa0;%1&#xa0;»&#xa0;? Son mot de passe enregistré est retiré du trousseau du système. Les bases de données et les sauvegardes déjà faites ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not delete &quot;%1&quot;: the system keychain did not remove its password, so the connection was kept.</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: le trousseau du système n&apos;a pas retiré son mot de passe, la connexion a donc été conservée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the password of &quot;%1&quot; from the system keychain.</source>
        <translation>Impossible de lire le mot de passe de «&#xa0;%1&#xa0;» dans le trousseau du système.</translation>
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
        <translation>%1 documents</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 collections</source>
        <translation>%1 collections</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln collection(s)</source>
        <translation>
            <numerusform>%Ln collection</numerusform>
            <numerusform>%Ln collections</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of about %2 documents</source>
        <translation>%1 sur environ %2 documents</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>almost done</source>
        <translation>presque terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 documents/s</source>
        <translation>%1 documents/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>running for %1</source>
        <translation>en cours depuis %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>took %1</source>
        <translation>a pris %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing collections</source>
        <translation>Liste des collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying documents</source>
        <translation>Copie des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the manifest</source>
        <translation>Écriture du manifeste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading documents</source>
        <translation>Chargement des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building indexes, views and validators</source>
        <translation>Création des index, vues et validateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::PruneDialog</name>
    <message>
        <location filename="../src/app/snapshots/PruneDialog.cpp" line="+32"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Deleted %n snapshot(s)</source>
        <translation>
            <numerusform>%n instantané supprimé</numerusform>
            <numerusform>%n instantanés supprimés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(all)</source>
        <translation>(tous)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>kept: a running job uses it</source>
        <translation>gardé&#xa0;: une tâche en cours l&apos;utilise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep</source>
        <translation>garder</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give &quot;older than&quot; as a whole number and a unit, e.g. 7d.</source>
        <translation>Indiquez «&#xa0;plus ancien que&#xa0;» par un nombre entier et une unité, p. ex. 7d.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshot in this folder matches.</source>
        <translation>Aucun instantané de ce dossier ne correspond.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Nothing to delete: the policy keeps all %n snapshot(s).</source>
        <translation>
            <numerusform>Rien à supprimer&#xa0;: la règle garde %n instantané.</numerusform>
            <numerusform>Rien à supprimer&#xa0;: la règle garde les %n instantanés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Would delete %n snapshot(s)</source>
        <translation>
            <numerusform>Supprimerait %n instantané</numerusform>
            <numerusform>Supprimerait %n instantanés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Delete %n snapshot(s)</source>
        <translation>
            <numerusform>Supprimer %n instantané</numerusform>
            <numerusform>Supprimer %n instantanés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Deleting %n snapshot(s)…</source>
        <translation>
            <numerusform>Suppression de %n instantané…</numerusform>
            <numerusform>Suppression de %n instantanés…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::app::ReportDialog</name>
    <message numerus="yes">
        <location filename="../src/app/widgets/ReportDialog.cpp" line="+54"/>
        <source>All %n collection(s) match.</source>
        <translation>
            <numerusform>%n collection concorde.</numerusform>
            <numerusform>Les %n collections concordent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n collection(s) differ.</source>
        <translation>
            <numerusform>%n collection diffère.</numerusform>
            <numerusform>%n collections diffèrent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n ignorée.</numerusform>
            <numerusform>%n ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification report: ok</source>
        <translation>Rapport de vérification&#xa0;: ok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verification report: mismatch</source>
        <translation>Rapport de vérification&#xa0;: divergence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show &amp;differences…</source>
        <translation>Afficher les &amp;différences…</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>List the documents of %1 that differ, and compare them side by side</source>
        <translation>Lister les documents de %1 qui diffèrent, et les comparer côte à côte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a collection that differs (a mismatch) to list its differing documents</source>
        <translation>Sélectionnez une collection qui diffère (divergence) pour lister ses documents qui diffèrent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not save the report: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreArchivePage</name>
    <message>
        <location filename="../src/app/restore/RestoreArchivePage.cpp" line="+83"/>
        <source>Choose an archive.</source>
        <translation>Choisissez une archive.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking every file of the archive against its manifest…</source>
        <translation>Vérification de chaque fichier de l&apos;archive par rapport à son manifeste…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>There is no readable file at %1.</source>
        <translation>Il n&apos;y a pas de fichier lisible à l&apos;emplacement %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This archive cannot be read: %1</source>
        <translation>Cette archive ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity check passed: every file matches the manifest.</source>
        <translation>Contrôle d&apos;intégrité réussi&#xa0;: chaque fichier correspond au manifeste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The archive reads. It has no manifest (a runbook archive), so there are no checksums to compare; its documents are counted when the restore is planned.</source>
        <translation>L&apos;archive est lisible. Elle n&apos;a pas de manifeste (une archive runbook), il n&apos;y a donc pas de sommes de contrôle à comparer&#xa0;; ses documents sont comptés lors de la planification de la restauration.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Integrity check failed: %n problem(s). This archive is not restored.</source>
        <translation>
            <numerusform>Échec du contrôle d&apos;intégrité&#xa0;: %n problème. Cette archive n&apos;est pas restaurée.</numerusform>
            <numerusform>Échec du contrôle d&apos;intégrité&#xa0;: %n problèmes. Cette archive n&apos;est pas restaurée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%1 (and %n view(s))</source>
        <translation>
            <numerusform>%1 (et %n vue)</numerusform>
            <numerusform>%1 (et %n vues)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2, by %3 %4</source>
        <translation>%1 sur %2, par %3 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded (a runbook archive): name the target on the next page</source>
        <translation>non enregistrée (une archive runbook)&#xa0;: indiquez la cible à la page suivante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded; counted when the restore is planned</source>
        <translation>non enregistrés&#xa0;; comptés lors de la planification de la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded; the file dates from %1</source>
        <translation>non enregistrée&#xa0;; le fichier date du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a runbook archive without manifest</source>
        <translation>une archive runbook sans manifeste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Archive to restore</source>
        <translation>Archive à restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup archives (*.tar *.tar.gz *.tgz *.tar.zst);;All files (*)</source>
        <translation>Archives de sauvegarde (*.tar *.tar.gz *.tgz *.tar.zst);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreConfirmPage</name>
    <message>
        <location filename="../src/app/restore/RestoreConfirmPage.cpp" line="+23"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is about to happen. Restore starts it.</source>
        <translation>Vérifiez ce qui va se passer. «&#xa0;Restaurer&#xa0;» le lance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Database name to confirm</source>
        <translation>Nom de la base à confirmer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This restore writes to it.</source>
        <translation>Cette restauration y écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no plan.</source>
        <translation>Il n&apos;y a pas de plan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restore &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Restaurer &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>into &lt;b&gt;%1&lt;/b&gt; on %2 (%3)</source>
        <translation>dans &lt;b&gt;%1&lt;/b&gt; sur %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>as a clone of %1</source>
        <translation>comme clone de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n collection(s) dropped</source>
        <translation>
            <numerusform>%n collection supprimée</numerusform>
            <numerusform>%n collections supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dropped and recreated</source>
        <translation>
            <numerusform>%n supprimée et recréée</numerusform>
            <numerusform>%n supprimées et recréées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n existing collection(s) inserted into</source>
        <translation>
            <numerusform>insertion dans %n collection existante</numerusform>
            <numerusform>insertion dans %n collections existantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n created</source>
        <translation>
            <numerusform>%n créée</numerusform>
            <numerusform>%n créées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety snapshot of %1 is taken first, into %2.</source>
        <translation>Un instantané de sécurité de %1 est d&apos;abord pris, dans %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;No safety snapshot&lt;/b&gt; is taken: there is no way back.</source>
        <translation>&lt;b&gt;Aucun instantané de sécurité&lt;/b&gt; n&apos;est pris&#xa0;: pas de retour possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Afterwards every collection is compared with the archive in full.</source>
        <translation>Ensuite, chaque collection est comparée entièrement avec l&apos;archive.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Afterwards counts and %Ln document(s) per collection are compared with the archive.</source>
        <translation>
            <numerusform>Ensuite, les comptages et %Ln document par collection sont comparés avec l&apos;archive.</numerusform>
            <numerusform>Ensuite, les comptages et %Ln documents par collection sont comparés avec l&apos;archive.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This restore drops or changes existing collections in &lt;b&gt;%1&lt;/b&gt; (%2). Type the database&apos;s name to enable Restore:</source>
        <translation>Cette restauration supprime ou modifie des collections existantes dans &lt;b&gt;%1&lt;/b&gt; (%2). Saisissez le nom de la base pour activer «&#xa0;Restaurer&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreOptionsPage</name>
    <message>
        <location filename="../src/app/restore/RestoreOptionsPage.cpp" line="+33"/>
        <source>Folder for the safety snapshot</source>
        <translation>Dossier de l&apos;instantané de sécurité</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%n collection(s) chosen. With a subset nothing is dropped: collections the archive lacks are kept.</source>
        <translation>
            <numerusform>%n collection choisie. Avec un sous-ensemble, rien n&apos;est supprimé&#xa0;: les collections absentes de l&apos;archive sont gardées.</numerusform>
            <numerusform>%n collections choisies. Avec un sous-ensemble, rien n&apos;est supprimé&#xa0;: les collections absentes de l&apos;archive sont gardées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole archive.</source>
        <translation>Toute l&apos;archive.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a safety snapshot there is no way back if the restore goes wrong.</source>
        <translation>Sans instantané de sécurité, pas de retour possible si la restauration tourne mal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a folder for the snapshot.</source>
        <translation>Choisissez un dossier pour l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taken only when the restore changes existing collections.</source>
        <translation>Pris seulement si la restauration modifie des collections existantes.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestorePreviewPage</name>
    <message>
        <location filename="../src/app/restore/RestorePreviewPage.cpp" line="+33"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time field %1</source>
        <translation>champ de temps %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meta field %1</source>
        <translation>champ méta %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(from the archive&apos;s metadata)</source>
        <translation>(d&apos;après les métadonnées de l&apos;archive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(from its buckets in the archive)</source>
        <translation>(d&apos;après ses buckets dans l&apos;archive)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(guessed from its documents)</source>
        <translation>(déduit de ses documents)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept</source>
        <translation>conservé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>off during the load, then back on</source>
        <translation>désactivé pendant le chargement, puis réactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>drop</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop and recreate</source>
        <translation>supprimer et recréer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert into existing</source>
        <translation>insérer dans l&apos;existante</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Reading the archive and the database to plan the restore…</source>
        <translation>Lecture de l&apos;archive et de la base pour planifier la restauration…</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Documents in database</source>
        <translation>Documents dans la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Time-series</source>
        <translation>Série temporelle</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n to drop</source>
        <translation>
            <numerusform>%n à supprimer</numerusform>
            <numerusform>%n à supprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n to drop and recreate</source>
        <translation>
            <numerusform>%n à supprimer et recréer</numerusform>
            <numerusform>%n à supprimer et recréer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n to create</source>
        <translation>
            <numerusform>%n à créer</numerusform>
            <numerusform>%n à créer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n existing to insert into</source>
        <translation>
            <numerusform>%n existante où insérer</numerusform>
            <numerusform>%n existantes où insérer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 from the archive.</source>
        <translation>%1&#xa0;: %2 depuis l&apos;archive.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>&amp;Drop the %n collection(s) of %1 that the archive does not have: %2</source>
        <translation>
            <numerusform>S&amp;upprimer %n collection de %1 absente de l&apos;archive&#xa0;: %2</numerusform>
            <numerusform>S&amp;upprimer les %n collections de %1 absentes de l&apos;archive&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked: they are kept as they are. Ticked: the database becomes exactly the archive.</source>
        <translation>Décoché&#xa0;: elles restent telles quelles. Coché&#xa0;: la base devient exactement l&apos;archive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked: the database becomes exactly the archive. Untick to keep them.</source>
        <translation>Coché&#xa0;: la base devient exactement l&apos;archive. Décochez pour les garder.</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+1"/>
        <source>Validator</source>
        <translation>Validateur</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The restore cannot be planned: %1</source>
        <translation>La restauration ne peut pas être planifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server cannot honour these options of the archive: %1. Go back to Options to go on without them.</source>
        <translation>Le serveur ne peut pas appliquer ces options de l’archive&#xa0;: %1. Revenez aux options pour continuer sans elles.</translation>
    </message>
    <message>
        <location line="+72"/>
        <location line="+2"/>
        <source>Indexes</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>In archive</source>
        <translation>Dans l&apos;archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In database now</source>
        <translation>Dans la base actuellement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Into &lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>Dans &lt;b&gt;%1&lt;/b&gt; sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, a clone of %1</source>
        <translation>, un clone de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (a new database)</source>
        <translation> (une nouvelle base de données)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In place: collections are dropped and replaced before the archive is read; a bad archive or a failure midway leaves them partly restored (the safety snapshot is the way back).</source>
        <translation>Sur place : les collections sont supprimées et remplacées avant la lecture de l&apos;archive ; une archive défectueuse ou un échec en cours de route les laisse partiellement restaurées (l&apos;instantané de sécurité permet de revenir en arrière).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staged: each collection loads beside its target and is checked against the archive; nothing existing changes until all of it has checked out.</source>
        <translation>Avec copie intermédiaire : chaque collection est chargée à côté de sa cible et vérifiée par rapport à l&apos;archive ; rien d&apos;existant ne change avant que tout soit vérifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>This restore drops or changes %n existing collection(s): %1.</source>
        <translation>
            <numerusform>Cette restauration supprime ou modifie %n collection existante&#xa0;: %1.</numerusform>
            <numerusform>Cette restauration supprime ou modifie %n collections existantes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This restore changes nothing that exists: it only adds.</source>
        <translation>Cette restauration ne modifie rien d&apos;existant&#xa0;: elle ne fait qu&apos;ajouter.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreProgressPage</name>
    <message>
        <location filename="../src/app/restore/RestoreProgressPage.cpp" line="+32"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel restore</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore runs as a job: closing this window leaves it running in the jobs panel.</source>
        <translation>La restauration s&apos;exécute comme une tâche&#xa0;: fermer cette fenêtre la laisse tourner dans le panneau des tâches.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore is staged: until everything has loaded and checked out, a cancel drops the loaded copy and %1 stays exactly as it was. Nothing will need undoing.</source>
        <translation>La restauration passe par une copie intermédiaire&#xa0;: tant que tout n&apos;est pas chargé et vérifié, une annulation supprime la copie chargée et %1 reste exactement dans son état actuel. Rien ne sera à défaire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore loads in place into the new database %1: a cancel leaves it partly restored. The report then says what was loaded, and offers to drop the partial database.</source>
        <translation>La restauration charge sur place dans la nouvelle base %1&#xa0;: une annulation la laisse partiellement restaurée. Le rapport indique alors ce qui a été chargé et propose de supprimer la base incomplète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore loads in place: a cancel leaves %1 partly restored, some collections complete, some partial, some untouched. The report then says which.</source>
        <translation>La restauration charge sur place&#xa0;: une annulation laisse %1 partiellement restaurée, certaines collections complètes, d&apos;autres partielles, d&apos;autres intactes. Le rapport indique alors lesquelles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety snapshot taken before the restore is the way back: the report offers Roll back.</source>
        <translation>L&apos;instantané de sécurité pris avant la restauration permet de revenir en arrière&#xa0;: le rapport propose «&#xa0;Revenir en arrière&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety snapshot was taken: there is no way back to how it was.</source>
        <translation>Aucun instantané de sécurité n&apos;a été pris&#xa0;: pas de retour possible à l&apos;état antérieur.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no plan to carry out.</source>
        <translation>Il n&apos;y a pas de plan à exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1 into %2</source>
        <translation>Restaurer %1 dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing was changed</source>
        <translation>rien n&apos;a été modifié</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>restored into %1, but %n collection(s) do not match the archive</source>
        <translation>
            <numerusform>restaurée dans %1, mais %n collection ne concorde pas avec l&apos;archive</numerusform>
            <numerusform>restaurée dans %1, mais %n collections ne concordent pas avec l&apos;archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>restored %n collection(s) into %1, verified</source>
        <translation>
            <numerusform>%n collection restaurée dans %1, vérifiée</numerusform>
            <numerusform>%n collections restaurées dans %1, vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 of %2 collections done</source>
        <translation>%1 collections sur %2 terminées</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreReportPage</name>
    <message>
        <location filename="../src/app/restore/RestoreReportPage.cpp" line="+42"/>
        <source>&amp;Drop the partial database…</source>
        <translation>Supprimer &amp;la base incomplète…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drop the partial database</source>
        <translation>Supprimer la base incomplète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the database %1 for good?</source>
        <translation>Supprimer définitivement la base %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not exist before this restore: dropping it returns the server to how it was.</source>
        <translation>%1 n&apos;existait pas avant cette restauration&#xa0;: la supprimer remet le serveur dans son état antérieur.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The restore did not run.</source>
        <translation>La restauration ne s&apos;est pas exécutée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore was cancelled before it changed anything.</source>
        <translation>La restauration a été annulée avant de modifier quoi que ce soit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore did not start: %1. Nothing was changed.</source>
        <translation>La restauration n&apos;a pas démarré&#xa0;: %1. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing to undo: %1 is exactly as it was before the restore.</source>
        <translation>Rien à défaire&#xa0;: %1 est exactement dans l&apos;état d&apos;avant la restauration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 did not exist before this restore. Drop it to return the server to how it was, or restore again.</source>
        <translation>%1 n&apos;existait pas avant cette restauration. Supprimez-la pour remettre le serveur dans son état antérieur, ou relancez la restauration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To return %1 to how it was before the restore, roll back to the safety snapshot above.</source>
        <translation>Pour remettre %1 dans son état d&apos;avant la restauration, revenez à l&apos;instantané de sécurité ci-dessus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No safety snapshot was taken: %1 cannot be returned to how it was by Lifeboat. Restore again to complete it.</source>
        <translation>Aucun instantané de sécurité n&apos;a été pris&#xa0;: Lifeboat ne peut pas remettre %1 dans son état antérieur. Relancez la restauration pour la compléter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dropping %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop the partial database %1</source>
        <translation>Supprimer la base incomplète %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dropped %1</source>
        <translation>%1 supprimée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was dropped: the server is as it was before the restore.</source>
        <translation>%1 a été supprimée&#xa0;: le serveur est dans son état d&apos;avant la restauration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be dropped: %2</source>
        <translation>%1 n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 ok, %2 mismatch, %3 skipped</source>
        <translation>%1 ok, %2 divergentes, %3 ignorées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;The restore succeeded.&lt;/b&gt; %1 holds what the archive holds: %2.</source>
        <translation>&lt;b&gt;La restauration a réussi.&lt;/b&gt; %1 contient ce que contient l&apos;archive&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The restore was cancelled&lt;/b&gt; before anything existing changed: nothing was changed in %1.</source>
        <translation>&lt;b&gt;La restauration a été annulée&lt;/b&gt; avant que rien d&apos;existant ne change : rien n&apos;a été modifié dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed&lt;/b&gt; before anything existing changed: %1.</source>
        <translation>&lt;b&gt;La restauration a échoué&lt;/b&gt; avant que rien d&apos;existant ne change : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The restore was cancelled&lt;/b&gt; part way: %1 is partly restored.</source>
        <translation>&lt;b&gt;La restauration a été annulée&lt;/b&gt; en cours de route&#xa0;: %1 est partiellement restaurée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed&lt;/b&gt; part way: %1. %2 is partly restored.</source>
        <translation>&lt;b&gt;La restauration a échoué&lt;/b&gt; en cours de route&#xa0;: %1. %2 est partiellement restaurée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roll back to the safety snapshot below to return it to where it was.</source>
        <translation>Revenez à l&apos;instantané de sécurité ci-dessous pour la remettre dans son état antérieur.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;The restore finished, but %n collection(s) do not match the archive&lt;/b&gt; (%1). See the notes below.</source>
        <translation>
            <numerusform>&lt;b&gt;La restauration est terminée, mais %n collection ne concorde pas avec l&apos;archive&lt;/b&gt; (%1). Voir les notes ci-dessous.</numerusform>
            <numerusform>&lt;b&gt;La restauration est terminée, mais %n collections ne concordent pas avec l&apos;archive&lt;/b&gt; (%1). Voir les notes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete: %1. Partial: %2. Untouched: %3.</source>
        <translation>Complètes&#xa0;: %1. Partielles&#xa0;: %2. Non touchées&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Documents already there (same _id), left as they were: %1.</source>
        <translation>Documents déjà présents (même _id), laissés tels quels&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None: it was turned off.</source>
        <translation>Aucun&#xa0;: il était désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None was needed: nothing that existed was changed.</source>
        <translation>Aucun n&apos;était nécessaire&#xa0;: rien d&apos;existant n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreTargetPage</name>
    <message>
        <location filename="../src/app/restore/RestoreTargetPage.cpp" line="+50"/>
        <source>The server cannot be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n database(s) on this server.</source>
        <translation>
            <numerusform>%n base de données sur ce serveur.</numerusform>
            <numerusform>%n bases de données sur ce serveur.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Name the database.</source>
        <translation>Indiquez la base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database name has at most 63 bytes.</source>
        <translation>Un nom de base de données fait au plus 63 octets.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database name cannot contain &quot;%1&quot;.</source>
        <translation>Un nom de base de données ne peut pas contenir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no connection profile yet: add one in the Connections panel.</source>
        <translation>Il n&apos;y a pas encore de profil de connexion&#xa0;: ajoutez-en un dans le panneau Connexions.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This restore writes to it.</source>
        <translation>Cette restauration y écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the password from the keychain…</source>
        <translation>Lecture du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Listing the databases on the server…</source>
        <translation>Liste des bases de données du serveur…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>new database: this makes a clone</source>
        <translation>nouvelle base&#xa0;: ceci crée un clone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing database: the archive of %1 is restored into it</source>
        <translation>base existante&#xa0;: l&apos;archive de %1 y est restaurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>existing database: the preview shows what the restore changes in it</source>
        <translation>base existante&#xa0;: l&apos;aperçu montre ce que la restauration y modifie</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::RestoreWizard</name>
    <message>
        <location filename="../src/app/restore/RestoreWizard.cpp" line="+24"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Export the verification report</source>
        <translation>Exporter le rapport de vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeAssistant</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeAssistant.cpp" line="+26"/>
        <source>Safe change</source>
        <translation>Modification sécurisée</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeCheckPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeCheckPage.cpp" line="+32"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since the snapshot</source>
        <translation>ajoutée depuis l&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gone since the snapshot</source>
        <translation>disparue depuis l&apos;instantané</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>3. Check the database</source>
        <translation>3. Contrôler la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database now, compared with the snapshot taken before the change.</source>
        <translation>La base maintenant, comparée à l&apos;instantané pris avant la modification.</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>In the snapshot</source>
        <translation>Dans l&apos;instantané</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+34"/>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Fields added</source>
        <translation>Champs ajoutés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields removed</source>
        <translation>Champs supprimés</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+34"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns added</source>
        <translation>Colonnes ajoutées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Columns removed</source>
        <translation>Colonnes supprimées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparing %1 with snapshot %2…</source>
        <translation>Comparaison de %1 avec l&apos;instantané %2…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Check %1 against snapshot %2</source>
        <translation>Contrôler %1 par rapport à l&apos;instantané %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1 same, %2 changed, %3 added, %4 gone</source>
        <translation>%1 identiques, %2 modifiées, %3 ajoutées, %4 disparues</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Check %1 against snapshot %2 on MatrixOne</source>
        <translation>Contrôler %1 par rapport à l&apos;instantané %2 sur MatrixOne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The check could not run: %1</source>
        <translation>Le contrôle n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 differs from snapshot %2.</source>
        <translation>%1 diffère de l&apos;instantané %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is as snapshot %2 holds it.</source>
        <translation>%1 est identique à l&apos;instantané %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No table, row count or column differs from the snapshot.</source>
        <translation>Aucune table, aucun nombre de lignes ni aucune colonne ne diffère de l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fields changed</source>
        <translation>champs modifiés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>columns changed</source>
        <translation>colonnes modifiées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>From the first %1 documents of the snapshot and %2 of the database</source>
        <translation>D&apos;après les %1 premiers documents de l&apos;instantané et %2 de la base</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: added since the snapshot (%2)</source>
        <translation>%1&#xa0;: ajoutée depuis l&apos;instantané (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: gone since the snapshot (had %2)</source>
        <translation>%1&#xa0;: disparue depuis l&apos;instantané (en avait %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 documents (%2 → %3)</source>
        <translation>%1 documents (%2 → %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields added: %1</source>
        <translation>champs ajoutés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields removed: %1</source>
        <translation>champs supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>No collection, document count or field differs from the snapshot.</source>
        <translation>Aucune collection, aucun nombre de documents ni aucun champ ne diffère de l&apos;instantané.</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%1: table added since the snapshot (%Ln row(s))</source>
        <translation>
            <numerusform>%1&#xa0;: table ajoutée depuis l&apos;instantané (%Ln ligne)</numerusform>
            <numerusform>%1&#xa0;: table ajoutée depuis l&apos;instantané (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1: table gone since the snapshot (had %Ln row(s))</source>
        <translation>
            <numerusform>%1&#xa0;: table disparue depuis l&apos;instantané (avait %Ln ligne)</numerusform>
            <numerusform>%1&#xa0;: table disparue depuis l&apos;instantané (avait %Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 rows (%2 → %3)</source>
        <translation>%1 lignes (%2 → %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns added: %1</source>
        <translation>colonnes ajoutées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>columns removed: %1</source>
        <translation>colonnes supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ Your check was not run: %1</source>
        <translation>✗ Votre contrôle n&apos;a pas été exécuté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Your check failed to run: %1</source>
        <translation>✗ Votre contrôle n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✗ Your check failed: %1.</source>
        <translation>✗ Votre contrôle a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Your check passed.</source>
        <translation>✓ Votre contrôle a réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command: %1
Answer: %2</source>
        <translation>Commande&#xa0;: %1
Réponse&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeDecisionPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeDecisionPage.cpp" line="+34"/>
        <source>4. Keep the change, or roll back</source>
        <translation>4. Garder la modification, ou revenir en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rollback shows what it would change before anything is written.</source>
        <translation>Un retour arrière montre ce qu&apos;il modifierait avant que quoi que ce soit ne soit écrit.</translation>
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
        <translation>Ce que fait le retour arrière</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>In the snapshot</source>
        <translation>Dans l&apos;instantané</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the database now</source>
        <translation>Dans la base actuellement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database name to confirm</source>
        <translation>Nom de la base à confirmer</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The rollback cannot be planned: %1</source>
        <translation>Le retour arrière ne peut pas être planifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rollback writes to it.</source>
        <translation>Un retour arrière y écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check could not run: %1</source>
        <translation>Le contrôle n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 differs from snapshot %2 (see the previous page).</source>
        <translation>%1 diffère de l&apos;instantané %2 (voir la page précédente).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the same tables, row counts and columns as snapshot %2.</source>
        <translation>%1 a les mêmes tables, nombres de lignes et colonnes que l&apos;instantané %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has the same collections, document counts and fields as snapshot %2.</source>
        <translation>%1 a les mêmes collections, nombres de documents et champs que l&apos;instantané %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your own check passed.</source>
        <translation>Votre propre contrôle a réussi.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own check FAILED.</source>
        <translation>Votre propre contrôle a ÉCHOUÉ.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Roll back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Keep the change</source>
        <translation>&amp;Garder la modification</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+93"/>
        <source>Planning the rollback (nothing is written)…</source>
        <translation>Planification du retour arrière (rien n&apos;est écrit)…</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+133"/>
        <source>drop: not in the snapshot</source>
        <translation>supprimer&#xa0;: absente de l&apos;instantané</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>create from the snapshot</source>
        <translation>créer depuis l&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop and recreate from the snapshot</source>
        <translation>supprimer et recréer depuis l&apos;instantané</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>insert the snapshot&apos;s documents</source>
        <translation>insérer les documents de l&apos;instantané</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rolling back %1 to snapshot %2: %3 dropped, %4 dropped and recreated, %5 created; %6 from the snapshot.</source>
        <translation>Retour de %1 à l&apos;instantané %2&#xa0;: %3 supprimées, %4 supprimées et recréées, %5 créées&#xa0;; %6 depuis l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First the snapshot is loaded into %1 and verified in full; %1 is dropped, and if the snapshot does not verify, %2 is not touched.</source>
        <translation>L&apos;instantané est d&apos;abord chargé dans %1 et vérifié entièrement&#xa0;; %1 est ensuite supprimée, et si l&apos;instantané ne se vérifie pas, %2 n&apos;est pas touchée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A safety snapshot of %1 as it is now is taken into %2.</source>
        <translation>Un instantané de sécurité de %1 dans son état actuel est pris dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+109"/>
        <source>No safety snapshot: the database as it is now cannot be brought back.</source>
        <translation>Pas d&apos;instantané de sécurité&#xa0;: l&apos;état actuel de la base ne pourra pas être rétabli.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Afterwards %1 is verified in full against the snapshot.</source>
        <translation>Ensuite, %1 est vérifiée entièrement par rapport à l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This drops or changes collections in &lt;b&gt;%1&lt;/b&gt; (%2). Type the database&apos;s name to enable Roll back:</source>
        <translation>Ceci supprime ou modifie des collections dans &lt;b&gt;%1&lt;/b&gt; (%2). Saisissez le nom de la base pour activer «&#xa0;Revenir en arrière&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the snapshot</source>
        <translation>Lignes dans l&apos;instantané</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows in the database now</source>
        <translation>Lignes actuelles dans la base</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>put back as the snapshot holds it</source>
        <translation>remise dans l&apos;état de l&apos;instantané</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left alone</source>
        <translation>laissée telle quelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The MatrixOne server rolls %1 back to snapshot %2 with &lt;code&gt;%3&lt;/code&gt;.</source>
        <translation>Le serveur MatrixOne ramène %1 à l&apos;instantané %2 avec &lt;code&gt;%3&lt;/code&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This replaces &lt;b&gt;%1&lt;/b&gt; on the server. Type &lt;b&gt;%1&lt;/b&gt; to enable Roll back:</source>
        <translation>Ceci remplace &lt;b&gt;%1&lt;/b&gt; sur le serveur. Saisissez &lt;b&gt;%1&lt;/b&gt; pour activer «&#xa0;Revenir en arrière&#xa0;»&#xa0;:</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeResultPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeResultPage.cpp" line="+32"/>
        <source>Cancel rollback</source>
        <translation>Annuler le retour arrière</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>5. Result</source>
        <translation>5. Résultat</translation>
    </message>
    <message>
        <location line="+52"/>
        <source> until %1 (then Prune may delete it)</source>
        <translation> jusqu&apos;au %1 (ensuite Purger pourra le supprimer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rolling %1 back to snapshot %2…</source>
        <translation>Retour de %1 à l&apos;instantané %2…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Roll %1 back to snapshot %2 on %3</source>
        <translation>Ramener %1 à l&apos;instantané %2 sur %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A cancel stops the rollback where it is; the result then says what it left.</source>
        <translation>Une annulation arrête le retour arrière là où il en est&#xa0;; le résultat dit alors ce qu&apos;il a laissé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no rollback was planned</source>
        <translation>aucun retour en arrière n&apos;était prévu</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n table(s) do not match the snapshot after the rollback</source>
        <translation>
            <numerusform>%n table ne concorde pas avec l&apos;instantané après le retour en arrière</numerusform>
            <numerusform>%n tables ne concordent pas avec l&apos;instantané après le retour en arrière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 rolled back to snapshot %2 and compared: %n table(s) match</source>
        <translation>
            <numerusform>%1 ramenée à l&apos;instantané %2 et comparée&#xa0;: %n table concorde</numerusform>
            <numerusform>%1 ramenée à l&apos;instantané %2 et comparée&#xa0;: %n tables concordent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>compared</source>
        <translation>comparé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was rolled back to snapshot %2 on the MatrixOne server and compared&lt;/b&gt;: every table matches the snapshot (rows, checksum, columns).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 a été ramenée à l&apos;instantané %2 sur le serveur MatrixOne et comparée&lt;/b&gt;&#xa0;: chaque table concorde avec l&apos;instantané (lignes, somme de contrôle, colonnes).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;%1 was rolled back to snapshot %2 and verified&lt;/b&gt;: every collection matches the snapshot.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 a été ramenée à l&apos;instantané %2 et vérifiée&lt;/b&gt;&#xa0;: chaque collection concorde avec l&apos;instantané.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Safety snapshot of %1 as it was before the rollback: %2 (%3). If you need the changed data back, select it in the Snapshots view and use Roll back to this….</source>
        <translation>Instantané de sécurité de %1 dans son état d&apos;avant le retour en arrière&#xa0;: %2 (%3). Si vous avez besoin des données modifiées, sélectionnez-le dans la vue Instantanés et utilisez «&#xa0;Revenir à celui-ci…&#xa0;».</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+53"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>&lt;p&gt;&lt;b&gt;The change is kept.&lt;/b&gt; %1 stays as it is now.&lt;/p&gt;&lt;p&gt;Snapshot &lt;b&gt;%2&lt;/b&gt; stays in %3%4, in case a problem shows later: select it in the Snapshots view and use Roll back to this….&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;La modification est gardée.&lt;/b&gt; %1 reste en l&apos;état.&lt;/p&gt;&lt;p&gt;L&apos;instantané &lt;b&gt;%2&lt;/b&gt; reste dans %3%4, au cas où un problème apparaîtrait plus tard&#xa0;: sélectionnez-le dans la vue Instantanés et utilisez «&#xa0;Revenir à celui-ci…&#xa0;».&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+53"/>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Safety snapshot of %1 as it was before the rollback: %2, on the MatrixOne server. If you need the changed data back, select it in the Snapshots view and use Roll back to this….</source>
        <translation>Instantané de sécurité de %1 dans son état d&apos;avant le retour en arrière&#xa0;: %2, sur le serveur MatrixOne. Si vous avez besoin des données modifiées, sélectionnez-le dans la vue Instantanés et utilisez «&#xa0;Revenir à celui-ci…&#xa0;».</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&lt;p&gt;&lt;b&gt;The rollback was cancelled.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le retour arrière a été annulé.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+54"/>
        <source>&lt;p&gt;&lt;b&gt;The rollback failed:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Le retour arrière a échoué&#xa0;:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;%1 was changed before it stopped.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 a été modifiée avant l&apos;arrêt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;%1 was not touched.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 n&apos;a pas été touchée.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeSnapshotPage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeSnapshotPage.cpp" line="+28"/>
        <source>1. Snapshot before the change</source>
        <translation>1. Instantané avant la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a verified snapshot of the database as it is now, before anything changes.</source>
        <translation>Prenez un instantané vérifié de la base dans son état actuel, avant tout changement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the snapshot is taken</source>
        <translation>l&apos;instantané est pris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the snapshot is being taken</source>
        <translation>l&apos;instantané est en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no connection is chosen</source>
        <translation>aucune connexion n&apos;est choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server has not answered yet</source>
        <translation>le serveur n&apos;a pas encore répondu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no database is chosen</source>
        <translation>aucune base de données n&apos;est choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no database %1 on this server</source>
        <translation>il n&apos;y a pas de base de données %1 sur ce serveur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not yet: %1.</source>
        <translation>Pas encore&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Before a change of %1 (Safe change assistant)</source>
        <translation>Avant une modification de %1 (assistant de modification sécurisée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before the upgrade of %1 to %2 (Safe change assistant)</source>
        <translation>Avant la mise à niveau de %1 vers %2 (assistant de modification sécurisée)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Taking snapshot %1…</source>
        <translation>Prise de l&apos;instantané %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Snapshot %1 on MatrixOne (%2)</source>
        <translation>Instantané %1 sur MatrixOne (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Snapshot %1 taken</source>
        <translation>Instantané %1 pris</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>taken</source>
        <translation>pris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt; taken on the MatrixOne server: %2 in %3 tables of %4. Press Next, then run your change.</source>
        <translation>Instantané &lt;b&gt;%1&lt;/b&gt; pris sur le serveur MatrixOne&#xa0;: %2 dans %3 tables de %4. Cliquez sur Suivant, puis effectuez votre modification.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snapshot &lt;b&gt;%1&lt;/b&gt; taken and verified: %2 in %3 of %4. Press Next, then run your change.</source>
        <translation>Instantané &lt;b&gt;%1&lt;/b&gt; pris et vérifié&#xa0;: %2 dans %3 de %4. Cliquez sur Suivant, puis lancez votre modification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The snapshot was cancelled. Do not start the change without one.</source>
        <translation>L&apos;instantané a été annulé. Ne lancez pas la modification sans instantané.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot failed: %1. Do not start the change without one.</source>
        <translation>L&apos;instantané a échoué&#xa0;: %1. Ne lancez pas la modification sans instantané.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SafeChangeUpgradePage</name>
    <message>
        <location filename="../src/app/safechange/SafeChangeUpgradePage.cpp" line="+21"/>
        <source>2. Run your change now</source>
        <translation>2. Lancez maintenant votre modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifeboat waits while you upgrade. Press Next when the change is done.</source>
        <translation>Lifeboat attend pendant votre mise à niveau. Cliquez sur Suivant quand la modification est terminée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Optional, e.g. {&quot;count&quot;: &quot;products&quot;, &quot;query&quot;: {&quot;price&quot;: {&quot;$gt&quot;: 0}}}</source>
        <translation>Facultatif, p. ex. {&quot;count&quot;: &quot;products&quot;, &quot;query&quot;: {&quot;price&quot;: {&quot;$gt&quot;: 0}}}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optional, e.g. {&quot;n&quot;: 5}; empty: the command only has to succeed</source>
        <translation>Facultatif, p. ex. {&quot;n&quot;: 5}&#xa0;; vide&#xa0;: la commande doit seulement réussir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Your own check&lt;/b&gt; (optional): a read command to run on the database after the change (find, count, distinct, aggregate without $out or $merge, listCollections, listIndexes, dbStats, collStats…), and what it must answer. Both in MongoDB Extended JSON. A command that writes is refused before it is sent.</source>
        <translation>&lt;b&gt;Votre propre contrôle&lt;/b&gt; (facultatif)&#xa0;: une commande de lecture à exécuter sur la base après la modification (find, count, distinct, aggregate sans $out ni $merge, listCollections, listIndexes, dbStats, collStats…), et ce qu&apos;elle doit répondre. Les deux en MongoDB Extended JSON. Une commande qui écrit est refusée avant d&apos;être envoyée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Command:</source>
        <translation>&amp;Commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected result:</source>
        <translation>Résultat &amp;attendu&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;p&gt;Snapshot &lt;b&gt;%1&lt;/b&gt; holds &lt;b&gt;%2&lt;/b&gt; as it was before the change.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run your upgrade now&lt;/b&gt;: the schema migration, the data migration, the new version of the application. Lifeboat does nothing meanwhile.&lt;/p&gt;&lt;p&gt;When the upgrade has finished (or failed), press &lt;b&gt;Next&lt;/b&gt;: Lifeboat compares %2 with the snapshot and you decide whether to keep the change or roll back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;L&apos;instantané &lt;b&gt;%1&lt;/b&gt; contient &lt;b&gt;%2&lt;/b&gt; tel qu&apos;il était avant la modification.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lancez maintenant votre mise à niveau&lt;/b&gt;&#xa0;: la migration du schéma, la migration des données, la nouvelle version de l&apos;application. Lifeboat ne fait rien pendant ce temps.&lt;/p&gt;&lt;p&gt;Quand la mise à niveau est terminée (ou a échoué), cliquez sur &lt;b&gt;Suivant&lt;/b&gt;&#xa0;: Lifeboat compare %2 avec l&apos;instantané et vous décidez de garder la modification ou de revenir en arrière.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your own check runs MongoDB commands: it is not offered on a MatrixOne profile. The check compares the tables, row counts and columns with the snapshot.</source>
        <translation>Votre propre contrôle exécute des commandes MongoDB&#xa0;: il n&apos;est pas proposé pour un profil MatrixOne. Le contrôle compare les tables, les nombres de lignes et les colonnes avec l&apos;instantané.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The command is not a JSON document: %1</source>
        <translation>La commande n&apos;est pas un document JSON&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An expected result needs a command.</source>
        <translation>Un résultat attendu nécessite une commande.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expected result is not a JSON document: %1</source>
        <translation>Le résultat attendu n&apos;est pas un document JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotJobs</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotJobs.cpp" line="+32"/>
        <source>every database</source>
        <translation>toutes les bases de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snapshot %1 of %2 from %3</source>
        <translation>Instantané %1 de %2 depuis %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 in %3, verified → %4</source>
        <translation>%1&#xa0;: %2 dans %3, vérifié → %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the safety snapshot %1 holds the database as it was before</source>
        <translation>l&apos;instantané de sécurité %1 contient la base telle qu&apos;elle était avant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not match the snapshot %2: %3 of %4 collections differ</source>
        <translation>%1 ne concorde pas avec l&apos;instantané %2&#xa0;: %3 collections sur %4 diffèrent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snapshot %1 cloned into %2 and verified</source>
        <translation>Instantané %1 cloné dans %2 et vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rolled back to snapshot %2 and verified</source>
        <translation>%1 ramenée à l&apos;instantané %2 et vérifiée</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotTableModel</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotTableModel.cpp" line="+51"/>
        <source>collection</source>
        <translation>collection</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>account</source>
        <translation>compte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deployment</source>
        <translation>déploiement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mismatch</source>
        <translation>divergence</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unusable</source>
        <translation>inutilisable</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This archive cannot be used: %1</source>
        <translation>Cette archive est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on disk; %2 of documents</source>
        <translation>%1 sur le disque&#xa0;; %2 de documents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SnapshotsView</name>
    <message>
        <location filename="../src/app/snapshots/SnapshotsView.cpp" line="+329"/>
        <source>The snapshot folder cannot be listed: %1</source>
        <translation>Le dossier des instantanés ne peut pas être listé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots in this folder yet.</source>
        <translation>Aucun instantané dans ce dossier pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No snapshots yet: the folder is created with the first one.</source>
        <translation>Aucun instantané pour l&apos;instant&#xa0;: le dossier est créé avec le premier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder&apos;s catalog was rebuilt from the snapshots&apos; manifests (%1).</source>
        <translation>Le catalogue du dossier a été reconstruit à partir des manifestes des instantanés (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+376"/>
        <source>No snapshots</source>
        <translation>Aucun instantané</translation>
    </message>
    <message>
        <location line="-327"/>
        <source>Roll %1 back to snapshot %2 on the server, after a safety snapshot</source>
        <translation>Ramener %1 à l&apos;instantané %2 sur le serveur, après un instantané de sécurité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Put %1 back as snapshot %2 holds it, through the restore wizard (plan, confirmation, safety snapshot)</source>
        <translation>Remettre %1 dans l&apos;état de l&apos;instantané %2, via l&apos;assistant de restauration (plan, confirmation, instantané de sécurité)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select a snapshot to see what it holds.</source>
        <translation>Sélectionnez un instantané pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>MatrixOne at %1</source>
        <translation>MatrixOne à l&apos;adresse %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server holds an account snapshot; Lifeboat restores only the %1 it was taken for.</source>
        <translation>Le serveur détient un instantané du compte&#xa0;; Lifeboat ne restaure que la %1 pour laquelle il a été pris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This archive cannot be used: %1</source>
        <translation>Cette archive est inutilisable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not recorded)</source>
        <translation>(non enregistré)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+3"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept until deleted</source>
        <translation>conservé jusqu&apos;à suppression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(passed: Prune deletes it)</source>
        <translation>(dépassée&#xa0;: Purger le supprime)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete after</source>
        <translation>Supprimer après</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 in %2, %3 of data, %4 compression</source>
        <translation>%1 dans %2, %3 de données, compression %4</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot folder</source>
        <translation>Dossier des instantanés</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Snapshot %1 created and verified.</source>
        <translation>Instantané %1 créé et vérifié.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+263"/>
        <source>The clone into %1 matches the snapshot.</source>
        <translation>Le clone dans %1 concorde avec l&apos;instantané.</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+263"/>
        <source>The clone into %1 does not match the snapshot: see the report.</source>
        <translation>Le clone dans %1 ne concorde pas avec l&apos;instantané&#xa0;: voir le rapport.</translation>
    </message>
    <message>
        <location line="-235"/>
        <location line="+254"/>
        <source>Roll back to snapshot %1</source>
        <translation>Revenir à l&apos;instantané %1</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>Rolling back to %1: check the plan in the restore wizard.</source>
        <translation>Retour à %1&#xa0;: vérifiez le plan dans l&apos;assistant de restauration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete snapshot %1 (taken %2) from the MatrixOne server for good?</source>
        <translation>Supprimer définitivement l&apos;instantané %1 (pris le %2) du serveur MatrixOne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server drops it (DROP SNAPSHOT): there is no way back to this state afterwards.</source>
        <translation>Le serveur le supprime (DROP SNAPSHOT)&#xa0;: il n&apos;y aura plus de retour possible à cet état.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>%1 cannot be deleted: a running job is using it.</source>
        <translation>%1 ne peut pas être supprimé&#xa0;: une tâche en cours l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The profile&apos;s password cannot be read: %1</source>
        <translation>Impossible de lire le mot de passe du profil&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The MatrixOne server&apos;s snapshots cannot be listed: %1</source>
        <translation>Le serveur MatrixOne ne peut pas lister ses instantanés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No snapshots on MatrixOne at %1 yet.</source>
        <translation>Aucun instantané sur MatrixOne à l&apos;adresse %1 pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MatrixOne server</source>
        <translation>Le serveur MatrixOne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Create snapshot</source>
        <translation>Créer un instantané</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A snapshot of the whole account. Why is it taken (e.g. pre_upgrade, daily)?</source>
        <translation>Un instantané de tout le compte. Pourquoi est-il pris (p. ex. pre_upgrade, daily)&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A snapshot of database %1 (MatrixOne takes it of the account and Lifeboat records the database). Why is it taken (e.g. pre_upgrade, daily)?</source>
        <translation>Un instantané de la base %1 (MatrixOne le prend du compte et Lifeboat note la base). Pourquoi est-il pris (p. ex. pre_upgrade, daily)&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taking a snapshot on the MatrixOne server…</source>
        <translation>Prise d&apos;un instantané sur le serveur MatrixOne…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The snapshot was not taken: %1</source>
        <translation>L&apos;instantané n&apos;a pas été pris&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Snapshot %1 created on the MatrixOne server.</source>
        <translation>Instantané %1 créé sur le serveur MatrixOne.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cloning %1 into a scratch database and comparing it with the snapshot…</source>
        <translation>Clonage de %1 dans une base temporaire et comparaison avec l&apos;instantané…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The clone failed: %1</source>
        <translation>Le clonage a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot %1 cloned into %2 and compared table by table</source>
        <translation>Instantané %1 cloné dans %2 et comparé table par table</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The MatrixOne server puts %1 back as snapshot %2 holds it (RESTORE … FROM SNAPSHOT), after a safety snapshot of its state now. Type %3 to confirm:</source>
        <translation>Le serveur MatrixOne remet %1 dans l&apos;état de l&apos;instantané %2 (RESTORE … FROM SNAPSHOT), après un instantané de sécurité de son état actuel. Saisissez %3 pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the whole account</source>
        <translation>tout le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confirmation did not match %1: nothing was changed.</source>
        <translation>La confirmation ne correspondait pas à %1&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rolling %1 back to %2…</source>
        <translation>Retour de %1 à %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The rollback failed: %1</source>
        <translation>Le retour arrière a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not yet: type %1 exactly.</source>
        <translation>Pas encore&#xa0;: tapez %1 exactement.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Rolled back to %1 (safety snapshot %2).</source>
        <translation>Retour à %1 effectué (instantané de sécurité %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rolled back to snapshot %1: the restored tables compared with it</source>
        <translation>Retour à l&apos;instantané %1&#xa0;: tables restaurées comparées avec lui</translation>
    </message>
    <message>
        <location line="-259"/>
        <location line="+14"/>
        <source>Delete snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <location line="-437"/>
        <source>&amp;Clone to verify…</source>
        <translation>&amp;Cloner pour vérifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roll back to this…</source>
        <translation>&amp;Revenir à celui-ci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter snapshots</source>
        <translation>Filtrer les instantanés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the snapshots whose row contains this text (Ctrl+F)</source>
        <translation>Afficher seulement les instantanés dont la ligne contient ce texte (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>read back and checked against its manifest when it was written</source>
        <translation>relu et vérifié par rapport à son manifeste lors de son écriture</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Delete snapshot %1 (%2, taken %3) for good?</source>
        <translation>Supprimer définitivement l&apos;instantané %1 (%2, pris le %3)&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive is removed from the disk, not moved to a trash: there is no way back to this state afterwards.</source>
        <translation>L&apos;archive est supprimée du disque, pas déplacée dans une corbeille&#xa0;: il n&apos;y aura plus de retour possible à cet état.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+260"/>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location line="-253"/>
        <location line="+260"/>
        <source>Deleted snapshot %1.</source>
        <translation>Instantané %1 supprimé.</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+260"/>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="-220"/>
        <source>Pruned %n snapshot(s).</source>
        <translation>
            <numerusform>%n instantané purgé.</numerusform>
            <numerusform>%n instantanés purgés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalConfirmPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalConfirmPage.cpp" line="+26"/>
        <source>Confirm</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what is about to happen. Restore starts it.</source>
        <translation>Vérifiez ce qui va se passer. «&#xa0;Restaurer&#xa0;» le lance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database name to confirm</source>
        <translation>Nom de la base à confirmer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This restore writes to it.</source>
        <translation>Cette restauration y écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no plan.</source>
        <translation>Il n&apos;y a pas de plan.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restore %n document(s) of &lt;b&gt;%1&lt;/b&gt; from %2</source>
        <translation>
            <numerusform>Restaurer %n document de &lt;b&gt;%1&lt;/b&gt; depuis %2</numerusform>
            <numerusform>Restaurer %n documents de &lt;b&gt;%1&lt;/b&gt; depuis %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>into &lt;b&gt;%1.%2&lt;/b&gt; on %3 (%4):</source>
        <translation>dans &lt;b&gt;%1.%2&lt;/b&gt; sur %3 (%4)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afterwards every document written is read back and compared with the backup.</source>
        <translation>Ensuite, chaque document écrit est relu et comparé avec la sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Save the %n document(s) about to be replaced to a safety snaps&amp;hot first</source>
        <translation>
            <numerusform>Enregistrer d&apos;abord %n document à remplacer dans un instantané de séc&amp;urité</numerusform>
            <numerusform>Enregistrer d&apos;abord %n documents à remplacer dans un instantané de séc&amp;urité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>This restore overwrites %n document(s) in &lt;b&gt;%1&lt;/b&gt;. Type the database&apos;s name to enable Restore:</source>
        <translation>
            <numerusform>Cette restauration écrase %n document dans &lt;b&gt;%1&lt;/b&gt;. Saisissez le nom de la base pour activer «&#xa0;Restaurer&#xa0;»&#xa0;:</numerusform>
            <numerusform>Cette restauration écrase %n documents dans &lt;b&gt;%1&lt;/b&gt;. Saisissez le nom de la base pour activer «&#xa0;Restaurer&#xa0;»&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Into %1, as an archive that Replace restores from.</source>
        <translation>Dans %1, sous forme d&apos;archive restaurable avec le mode «&#xa0;Remplacer&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;No safety snapshot&lt;/b&gt;: the replaced documents cannot be put back.</source>
        <translation>&lt;b&gt;Aucun instantané de sécurité&lt;/b&gt;&#xa0;: les documents remplacés ne pourront pas être rétablis.</translation>
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
        <translation>Ce que fera la restauration, établi en lisant la sauvegarde et en cherchant chaque document dans la collection. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>_id</source>
        <translation>_id</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restore cannot be planned: %1</source>
        <translation>La restauration ne peut pas être planifiée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>insert %1 missing, replace %2, leave %3 alone</source>
        <translation>insérer %1 absents, remplacer %2, laisser %3 tels quels</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading the backup&apos;s %1 and looking its documents up in %2…</source>
        <translation>Lecture de %1 dans la sauvegarde et recherche de ses documents dans %2…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Into &lt;b&gt;%1.%2&lt;/b&gt;, which holds %3 documents now:</source>
        <translation>Dans &lt;b&gt;%1.%2&lt;/b&gt;, qui contient actuellement %3 documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Nothing to do&lt;/b&gt;: %1.%2 needs none of the chosen documents in this mode. Go back to choose other documents or another mode.</source>
        <translation>&lt;b&gt;Rien à faire&lt;/b&gt;&#xa0;: %1.%2 n&apos;a besoin d&apos;aucun des documents choisis dans ce mode. Revenez en arrière pour choisir d&apos;autres documents ou un autre mode.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln document(s) of the backup chosen.</source>
        <translation>
            <numerusform>%Ln document de la sauvegarde choisi.</numerusform>
            <numerusform>%Ln documents de la sauvegarde choisis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are in the collection as in the backup already.</source>
        <translation>%1 sont déjà dans la collection, identiques à la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exist with other contents and stay as they are (Insert missing).</source>
        <translation>%1 existent avec un autre contenu et restent tels quels (Insérer les absents).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 are not in the collection and stay absent (Replace).</source>
        <translation>%1 ne sont pas dans la collection et restent absents (Remplacer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the chosen _ids are not in the backup.</source>
        <translation>%1 des _id choisis ne sont pas dans la sauvegarde.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>insert</source>
        <translation>insérer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The list shows the first %1 of them.</source>
        <translation>La liste en montre les %1 premiers.</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalProgressPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalProgressPage.cpp" line="+30"/>
        <source>&amp;Cancel restore</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The restore runs as a job: closing this window leaves it running in the jobs panel.</source>
        <translation>La restauration s&apos;exécute comme une tâche&#xa0;: fermer cette fenêtre la laisse tourner dans le panneau des tâches.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A cancel stops the writes where they are: the documents already inserted or replaced in %1.%2 stay, the others are not written. The report then says how many were.</source>
        <translation>Une annulation arrête les écritures là où elles en sont&#xa0;: les documents déjà insérés ou remplacés dans %1.%2 restent, les autres ne sont pas écrits. Le rapport indique alors combien l&apos;ont été.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The safety snapshot holds the replaced documents as they were.</source>
        <translation>L&apos;instantané de sécurité conserve les documents remplacés dans leur état antérieur.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>There is no plan to carry out.</source>
        <translation>Il n&apos;y a pas de plan à exécuter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing: %1…</source>
        <translation>Écriture&#xa0;: %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore documents of %1 into %2.%3</source>
        <translation>Restaurer des documents de %1 dans %2.%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>inserted %1 and replaced %2 in %3, but some do not match the backup</source>
        <translation>%1 insérés et %2 remplacés dans %3, mais certains ne concordent pas avec la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inserted %1 and replaced %2 documents in %3.%4, verified</source>
        <translation>%1 documents insérés et %2 remplacés dans %3.%4, vérifiés</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 of %2 documents written</source>
        <translation>%1 documents écrits sur %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalReportPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalReportPage.cpp" line="+25"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every document written, read back and compared with the backup.</source>
        <translation>Chaque document écrit, relu et comparé avec la sauvegarde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Safety snapshot</source>
        <translation>Instantané de sécurité</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The restore did not run.</source>
        <translation>La restauration ne s&apos;est pas exécutée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The restore was cancelled.&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;La restauration a été annulée.&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore failed:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;La restauration a échoué&#xa0;:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See the job&apos;s log.</source>
        <translation>Voir le journal de la tâche.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The %n document(s) it wrote before it stopped are listed below, not verified; the others were not written.</source>
        <translation>
            <numerusform>Le document qu&apos;elle a écrit avant de s&apos;arrêter (%n) est listé ci-dessous, non vérifié&#xa0;; les autres n&apos;ont pas été écrits.</numerusform>
            <numerusform>Les %n documents qu&apos;elle a écrits avant de s&apos;arrêter sont listés ci-dessous, non vérifiés&#xa0;; les autres n&apos;ont pas été écrits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Inserted %1 and replaced %2 documents in %3.</source>
        <translation>%1 documents insérés et %2 remplacés dans %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;The restore succeeded.&lt;/b&gt; %1 Every one of them matches the backup.</source>
        <translation>&lt;b&gt;La restauration a réussi.&lt;/b&gt; %1 Chacun d&apos;eux concorde avec la sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;The restore finished, but %1 of %2 documents do not match the backup.&lt;/b&gt; %3</source>
        <translation>&lt;b&gt;La restauration est terminée, mais %1 documents sur %2 ne concordent pas avec la sauvegarde.&lt;/b&gt; %3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %n replaced document(s) as they were: %1</source>
        <translation>
            <numerusform>%n document remplacé, dans son état antérieur&#xa0;: %1</numerusform>
            <numerusform>Les %n documents remplacés, dans leur état antérieur&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None: it was turned off.</source>
        <translation>Aucun&#xa0;: il était désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None was needed: no document was replaced.</source>
        <translation>Aucun n&apos;était nécessaire&#xa0;: aucun document n&apos;a été remplacé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalRestoreWizard</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalRestoreWizard.cpp" line="+23"/>
        <source>Restore documents of %1</source>
        <translation>Restaurer des documents de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The connection and the database whose %1 collection gets the documents back.</source>
        <translation>La connexion et la base dont la collection %1 récupère les documents.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Export the restore report</source>
        <translation>Exporter le rapport de restauration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::SurgicalSelectionPage</name>
    <message>
        <location filename="../src/app/restore/surgical/SurgicalSelectionPage.cpp" line="+64"/>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filtre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Documents to restore</source>
        <translation>Documents à restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some documents of one collection of the backup, put back into the collection as it is now, without touching the others.</source>
        <translation>Certains documents d&apos;une collection de la sauvegarde, remis dans la collection telle qu&apos;elle est maintenant, sans toucher aux autres.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{} restores every document of the collection</source>
        <translation>{} restaure tous les documents de la collection</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insert missing</source>
        <translation>&amp;Insérer les absents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put back the chosen documents the collection lacks; every document it holds stays as it is.</source>
        <translation>Remettre les documents choisis qui manquent à la collection&#xa0;; chaque document qu&apos;elle contient reste tel quel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;place</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite the chosen documents the collection holds with the backup&apos;s version; insert none.</source>
        <translation>Écraser les documents choisis présents dans la collection avec la version de la sauvegarde&#xa0;; n&apos;en insérer aucun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Upsert</source>
        <translation>&amp;Upsert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both: insert the missing ones and overwrite the ones that differ.</source>
        <translation>Les deux&#xa0;: insérer les absents et écraser ceux qui diffèrent.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;b&gt;%1&lt;/b&gt; of the backup %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; de la sauvegarde %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n document(s) chosen by _id:</source>
        <translation>
            <numerusform>%n document choisi par _id&#xa0;:</numerusform>
            <numerusform>%n documents choisis par _id&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the backup…</source>
        <translation>Lecture de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The backup cannot be read: %1</source>
        <translation>La sauvegarde ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup does not say how many documents the collection holds.</source>
        <translation>La sauvegarde n&apos;indique pas combien de documents contient la collection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 documents of this collection are in the backup.</source>
        <translation>%1 documents de cette collection sont dans la sauvegarde.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This filter cannot be used: %1</source>
        <translation>Ce filtre est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::app::TypedConfirmation</name>
    <message>
        <location filename="../src/app/widgets/TypedConfirmation.cpp" line="+13"/>
        <source>Type the database&apos;s name to enable the button.</source>
        <translation>Saisissez le nom de la base pour activer le bouton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the space before or after the name.</source>
        <translation>Supprimez l&apos;espace avant ou après le nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper and lower case differ: database names are case-sensitive.</source>
        <translation>Les majuscules et minuscules diffèrent&#xa0;: les noms de bases y sont sensibles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete yet: keep typing.</source>
        <translation>Pas encore complet&#xa0;: continuez la saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not complete yet, and upper and lower case differ.</source>
        <translation>Pas encore complet, et les majuscules et minuscules diffèrent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not the name of the database.</source>
        <translation>Ce n&apos;est pas le nom de la base.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database&apos;s name, exactly</source>
        <translation>Le nom exact de la base</translation>
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
        <translation>divergence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample hash: archive %1, database %2</source>
        <translation>Empreinte de l&apos;échantillon&#xa0;: archive %1, base %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest: archive %1, database %2</source>
        <translation>Empreinte&#xa0;: archive %1, base %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In archive</source>
        <translation>Dans l&apos;archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In database</source>
        <translation>Dans la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+66"/>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo could not start: cannot create a temporary folder in %1.</source>
        <translation>La démo n&apos;a pas pu démarrer&#xa0;: impossible de créer un dossier temporaire dans %1.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Back up, verify, snapshot and restore MongoDB databases.</source>
        <translation>Sauvegarder, vérifier, figer en instantané et restaurer des bases de données MongoDB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start a local demo server with a sample catalog and a ready profile for it. Your own profiles and settings are not touched.</source>
        <translation>Démarrer un serveur de démonstration local avec un catalogue d&apos;exemple et un profil prêt à l&apos;emploi. Vos propres profils et paramètres ne sont pas touchés.</translation>
    </message>
</context>
</TS>
