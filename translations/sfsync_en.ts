<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync-run: run sfsync jobs from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::MainWindow</name>
    <message>
        <source>sfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or open the local org to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About sfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About sfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
