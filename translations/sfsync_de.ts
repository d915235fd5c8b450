<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation>sfsync: Daten nach Salesforce übertragen, mit einer Vorschau jeder Änderung.</translation>
    </message>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback.</source>
        <translation>sfsync-localorg: ein Salesforce-Emulator auf Loopback.</translation>
    </message>
    <message>
        <source>sfsync-run: run sfsync jobs from the command line.</source>
        <translation>sfsync-run: sfsync-Jobs über die Kommandozeile ausführen.</translation>
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
        <translation>Melden Sie sich an oder öffnen Sie die lokale Org, um zu beginnen.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About sfsync</source>
        <translation>Ü&amp;ber sfsync</translation>
    </message>
    <message>
        <source>About sfsync</source>
        <translation>Über sfsync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Daten nach Salesforce übertragen: Datensätze aus CSV, NDJSON oder SQLite anlegen, ändern, upserten und löschen, mit einer Vorschau jeder Änderung.&lt;/p&gt;</translation>
    </message>
</context>
</TS>