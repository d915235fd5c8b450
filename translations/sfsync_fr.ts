<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation>sfsync : envoyer des données vers Salesforce, avec un aperçu de chaque modification.</translation>
    </message>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback.</source>
        <translation>sfsync-localorg : un émulateur Salesforce sur la boucle locale.</translation>
    </message>
    <message>
        <source>sfsync-run: run sfsync jobs from the command line.</source>
        <translation>sfsync-run : exécuter des tâches sfsync en ligne de commande.</translation>
    </message>
</context>
<context>
    <name>sfsync::MainWindow</name>
    <message>
        <source>sfsync</source>
        <translation>sfsync</translation>
    </message>
    <message>
        <source>Sign in or open the local org to start.</source>
        <translation>Connectez-vous ou ouvrez l'org locale pour commencer.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About sfsync</source>
        <translation>À &amp;propos de sfsync</translation>
    </message>
    <message>
        <source>About sfsync</source>
        <translation>À propos de sfsync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Envoyer des données vers Salesforce : créer, modifier, insérer ou mettre à jour et supprimer des enregistrements depuis CSV, NDJSON ou SQLite, avec un aperçu de chaque modification.&lt;/p&gt;</translation>
    </message>
</context>
</TS>