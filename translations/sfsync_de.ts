<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectedCommand</name>
    <message>
        <source>cannot connect to the org</source>
        <translation>Keine Verbindung zur Org möglich</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: Warnung: %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: Fehler: %2</translation>
    </message>
</context>
<context>
    <name>LocalOrgMain</name>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback (OAuth, REST, Bulk API 2.0). Prints its base URL as the first line, then serves until stopped.</source>
        <translation>sfsync-localorg: ein Salesforce-Emulator auf Loopback (OAuth, REST, Bulk API 2.0). Gibt als erste Zeile seine Basis-URL aus und antwortet dann, bis er beendet wird.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Port auf 127.0.0.1 (0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Data folder (SQLite) that keeps the org across restarts, or :memory:.</source>
        <translation>Datenordner (SQLite), der die Org über Neustarts hinweg aufbewahrt, oder :memory:.</translation>
    </message>
    <message>
        <source>Data for an empty org: sample or none.</source>
        <translation>Daten für eine leere Org: sample oder none.</translation>
    </message>
    <message>
        <source>A fixed access token that never expires, for scripts and CI.</source>
        <translation>Ein festes Zugriffstoken, das nie abläuft, für Skripte und CI.</translation>
    </message>
    <message>
        <source>Delay every response by N ms.</source>
        <translation>Jede Antwort um N ms verzögern.</translation>
    </message>
    <message>
        <source>Add up to N ms at random.</source>
        <translation>Zufällig bis zu N ms hinzufügen.</translation>
    </message>
    <message>
        <source>Probability (0..1) that a REST call (or a record, for lock faults) fails.</source>
        <translation>Wahrscheinlichkeit (0..1), dass ein REST-Aufruf (bei Sperrfehlern: ein Datensatz) fehlschlägt.</translation>
    </message>
    <message>
        <source>Comma-separated faults, each CODE[=RATE][@METHOD:PATH]. Answers: 503, 500, 420, 401, REQUEST_LIMIT_EXCEEDED. Network: LOSE_REQUEST (reset before the call is carried out), LOSE_ANSWER (carried out, reset before the answer), DROP (carried out, half an answer), STALL (carried out, never answered). Per record: UNABLE_TO_LOCK_ROW. RATE overrides --fail-rate; @METHOD:PATH limits a code to one route, e.g. LOSE_ANSWER=0.2@POST:composite/sobjects.</source>
        <translation>Kommagetrennte Fehler, jeweils CODE[=RATE][@METHODE:PFAD]. Antworten: 503, 500, 420, 401, REQUEST_LIMIT_EXCEEDED. Netzwerk: LOSE_REQUEST (Abbruch, bevor der Aufruf ausgeführt wird), LOSE_ANSWER (ausgeführt, Abbruch vor der Antwort), DROP (ausgeführt, halbe Antwort), STALL (ausgeführt, nie beantwortet). Pro Datensatz: UNABLE_TO_LOCK_ROW. RATE ersetzt --fail-rate; @METHODE:PFAD beschränkt einen Code auf eine Route, z. B. LOSE_ANSWER=0.2@POST:composite/sobjects.</translation>
    </message>
    <message>
        <source>Seconds until OAuth-issued access tokens expire.</source>
        <translation>Sekunden, bis per OAuth ausgegebene Zugriffstokens ablaufen.</translation>
    </message>
    <message>
        <source>Daily API request limit.</source>
        <translation>Tägliches Limit für API-Anfragen.</translation>
    </message>
    <message>
        <source>Records per query page.</source>
        <translation>Datensätze pro Abfrageseite.</translation>
    </message>
    <message>
        <source>Approve OAuth sign-ins at once, without the consent page.</source>
        <translation>OAuth-Anmeldungen sofort genehmigen, ohne Zustimmungsseite.</translation>
    </message>
    <message>
        <source>Issue a new refresh token with every refresh.</source>
        <translation>Bei jeder Erneuerung ein neues Aktualisierungstoken ausgeben.</translation>
    </message>
    <message>
        <source>Seed for injected faults.</source>
        <translation>Startwert für eingespeiste Fehler.</translation>
    </message>
    <message>
        <source>The org&apos;s time zone (GMT or an IANA name such as Europe/Berlin), in which SOQL date literals such as TODAY count days.</source>
        <translation>Die Zeitzone der Org (GMT oder ein IANA-Name wie Europe/Berlin), in der SOQL-Datumsliterale wie TODAY die Tage zählen.</translation>
    </message>
    <message>
        <source>--%1 needs a non-negative number.</source>
        <translation>--%1 braucht eine nicht negative Zahl.</translation>
    </message>
    <message>
        <source>--seed is sample or none.</source>
        <translation>--seed ist sample oder none.</translation>
    </message>
    <message>
        <source>--fail-rate is a probability between 0 and 1.</source>
        <translation>--fail-rate ist eine Wahrscheinlichkeit zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>--fail-codes: %1</source>
        <translation>--fail-codes: %1</translation>
    </message>
    <message>
        <source>No fixed access token: sign in with OAuth (client id sfsync-local) or restart with --access-token.</source>
        <translation>Kein festes Zugriffstoken: Melden Sie sich per OAuth an (Client-ID sfsync-local) oder starten Sie mit --access-token neu.</translation>
    </message>
    <message>
        <source>A user permission the user lacks, as UserPermissionAccess names it (e.g. PermissionsBulkApiHardDelete); may be repeated.</source>
        <translation>Eine Benutzerberechtigung, die dem Benutzer fehlt, so benannt wie in UserPermissionAccess (z. B. PermissionsBulkApiHardDelete); kann wiederholt werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation>sfsync: Daten nach Salesforce übertragen, mit einer Vorschau jeder Änderung.</translation>
    </message>
    <message>
        <source>Open the local org (offline demo) and the sample job at start.</source>
        <translation>Beim Start die lokale Org (Offline-Demo) und den Beispieljob öffnen.</translation>
    </message>
    <message>
        <source>Save a screenshot of each main screen into DIR, then quit.</source>
        <translation>Von jedem Hauptbildschirm ein Bildschirmfoto in DIR speichern, dann beenden.</translation>
    </message>
    <message>
        <source>A job config (JSON) to open.</source>
        <translation>Eine Job-Konfiguration (JSON), die geöffnet wird.</translation>
    </message>
</context>
<context>
    <name>sfsync::AccessTokenCredentials</name>
    <message>
        <source>The access token from SFSYNC_ACCESS_TOKEN has expired or is invalid, and it cannot be renewed. Set a new token, or sign in with a profile.</source>
        <translation>Das Zugriffstoken aus SFSYNC_ACCESS_TOKEN ist abgelaufen oder ungültig und kann nicht erneuert werden. Setzen Sie ein neues Token oder melden Sie sich mit einem Profil an.</translation>
    </message>
</context>
<context>
    <name>sfsync::ActionEditor</name>
    <message>
        <source>%1 = &quot;%2&quot;</source>
        <translation>%1 = &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 ← column %2</source>
        <translation>%1 ← Spalte %2</translation>
    </message>
    <message>
        <source>e.g. Upsert contacts</source>
        <translation>z. B. Kontakte upserten</translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation>Salesforce-Objekt, z. B. Contact</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Upsert (update, or create when nothing matches)</source>
        <translation>Upsert (aktualisieren, oder anlegen, wenn nichts passt)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjekt:</translation>
    </message>
    <message>
        <source>Find existing records by (matchers)</source>
        <translation>Vorhandene Datensätze finden über (Matcher)</translation>
    </message>
    <message>
        <source>Any matcher finds the record (OR)</source>
        <translation>Ein beliebiger Matcher findet den Datensatz (ODER)</translation>
    </message>
    <message>
        <source>All matchers must agree (AND)</source>
        <translation>Alle Matcher müssen übereinstimmen (UND)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>or a constant</source>
        <translation>oder eine Konstante</translation>
    </message>
    <message>
        <source>Add matcher</source>
        <translation>Matcher hinzufügen</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Feld:</translation>
    </message>
    <message>
        <source>equals column:</source>
        <translation>gleich Spalte:</translation>
    </message>
    <message>
        <source>Field mapping: drag a source column onto a field, or double-click a cell to choose</source>
        <translation>Feldzuordnung: Ziehen Sie eine Quellspalte auf ein Feld oder doppelklicken Sie eine Zelle zur Auswahl</translation>
    </message>
    <message>
        <source>Source columns: drag one onto a Salesforce field</source>
        <translation>Quellspalten: Ziehen Sie eine auf ein Salesforce-Feld</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation>&amp;Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Map columns to fields with the same API name or label (case-insensitive)</source>
        <translation>Spalten Feldern mit gleichem API-Namen oder gleicher Bezeichnung zuordnen (ohne Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Quellspalten</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Aktion umbenennen</translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation>Objekt auf %1 setzen</translation>
    </message>
    <message>
        <source>Set operation to %1</source>
        <translation>Vorgang auf %1 setzen</translation>
    </message>
    <message>
        <source>Match any matcher (OR)</source>
        <translation>Beliebiger Matcher (ODER)</translation>
    </message>
    <message>
        <source>Match all matchers (AND)</source>
        <translation>Alle Matcher (UND)</translation>
    </message>
    <message>
        <source>Clear mapping</source>
        <translation>Zuordnung leeren</translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <source>Choose an object to pick matcher fields.</source>
        <translation>Wählen Sie ein Objekt, um Matcher-Felder auszuwählen.</translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation>Wählen Sie ein Feld.</translation>
    </message>
    <message>
        <source>Choose the source column holding the value (or type a constant).</source>
        <translation>Wählen Sie die Quellspalte mit dem Wert (oder geben Sie eine Konstante ein).</translation>
    </message>
    <message>
        <source>A row matches records equal on any matcher that has a value.</source>
        <translation>Eine Zeile passt zu Datensätzen, die in einem beliebigen Matcher mit Wert übereinstimmen.</translation>
    </message>
    <message>
        <source>A row matches records equal on all matchers.</source>
        <translation>Eine Zeile passt zu Datensätzen, die in allen Matchern übereinstimmen.</translation>
    </message>
    <message>
        <source>Add matcher %1</source>
        <translation>Matcher %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove matcher %1</source>
        <translation>Matcher %1 entfernen</translation>
    </message>
    <message>
        <source>Delete writes no fields: rows only need matchers.</source>
        <translation>Löschen schreibt keine Felder: Zeilen brauchen nur Matcher.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) mapped</source>
        <translation>
            <numerusform>%n Feld zugeordnet</numerusform>
            <numerusform>%n Felder zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send rows whose record already holds their values</source>
        <translation>Zeilen nicht senden, deren Datensatz ihre Werte bereits enthält</translation>
    </message>
    <message>
        <source>Such rows end &quot;unchanged&quot;: nothing is written, so running the same file again writes nothing. A record edited by hand is put back.</source>
        <translation>Solche Zeilen enden „unverändert“: Es wird nichts geschrieben, ein erneuter Lauf mit derselben Datei schreibt also nichts. Ein von Hand geänderter Datensatz wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>Skip rows the records already hold</source>
        <translation>Zeilen überspringen, die die Datensätze bereits enthalten</translation>
    </message>
    <message>
        <source>Write rows the records already hold</source>
        <translation>Zeilen schreiben, die die Datensätze bereits enthalten</translation>
    </message>
    <message>
        <source>Hard delete (erased for good, skips the recycle bin)</source>
        <translation>Endgültig löschen (für immer gelöscht, ohne Papierkorb)</translation>
    </message>
    <message>
        <source>Hard delete writes no fields: rows only need matchers. The matched records skip the recycle bin and cannot be restored; it always runs through Bulk API 2.0 and needs the &apos;Bulk API Hard Delete&apos; permission.</source>
        <translation>Endgültiges Löschen schreibt keine Felder: Zeilen brauchen nur Matcher. Die gefundenen Datensätze umgehen den Papierkorb und können nicht wiederhergestellt werden; es läuft immer über Bulk API 2.0 und braucht die Berechtigung „Bulk API Hard Delete“.</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2CsvReader</name>
    <message>
        <source>Text after a closing quote at byte %1</source>
        <translation>Text nach einem schließenden Anführungszeichen bei Byte %1</translation>
    </message>
    <message>
        <source>Unterminated quoted value</source>
        <translation>Nicht abgeschlossener Wert in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2IngestJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>Salesforce created the job but sent no job Id</source>
        <translation>Salesforce hat den Job angelegt, aber keine Job-ID gesendet</translation>
    </message>
    <message>
        <source>The bulk job failed</source>
        <translation>Der Bulk-Job ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the job&apos;s creation was not answered and the job list could not be read (%1)</source>
        <translation>das Anlegen des Jobs blieb unbeantwortet, und die Jobliste konnte nicht gelesen werden (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the job&apos;s creation was not answered %n time(s)</source>
        <translation>
            <numerusform>das Anlegen des Jobs blieb %n Mal unbeantwortet</numerusform>
            <numerusform>das Anlegen des Jobs blieb %n Mal unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closing the job was not answered %n time(s)</source>
        <translation>
            <numerusform>das Schließen des Jobs blieb %n Mal unbeantwortet</numerusform>
            <numerusform>das Schließen des Jobs blieb %n Mal unbeantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>The load was canceled</source>
        <translation>Das Laden wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2JobSpec</name>
    <message>
        <source>A bulk job needs an object</source>
        <translation>Ein Bulk-Job braucht ein Objekt</translation>
    </message>
    <message>
        <source>A bulk job needs at least one column</source>
        <translation>Ein Bulk-Job braucht mindestens eine Spalte</translation>
    </message>
    <message>
        <source>Invalid column name for a bulk job: &quot;%1&quot;</source>
        <translation>Ungültiger Spaltenname für einen Bulk-Job: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The column %1 appears twice</source>
        <translation>Die Spalte %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>An insert job cannot have an Id column</source>
        <translation>Ein Insert-Job darf keine Id-Spalte haben</translation>
    </message>
    <message>
        <source>An upsert job needs an external ID field</source>
        <translation>Ein Upsert-Job braucht ein External-ID-Feld</translation>
    </message>
    <message>
        <source>The external ID field %1 is not among the columns</source>
        <translation>Das External-ID-Feld %1 ist nicht unter den Spalten</translation>
    </message>
    <message>
        <source>An update or delete job needs an Id column</source>
        <translation>Ein Update- oder Delete-Job braucht eine Id-Spalte</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2Loader</name>
    <message>
        <source>The bulk load takes no more rows</source>
        <translation>Der Bulk-Ladevorgang nimmt keine weiteren Zeilen an</translation>
    </message>
    <message>
        <source>The row has %1 values for %2 columns</source>
        <translation>Die Zeile hat %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>%1 not specified</source>
        <translation>%1 nicht angegeben</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2QueryJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>Salesforce created the query job but sent no job Id</source>
        <translation>Salesforce hat den Abfrage-Job angelegt, aber keine Job-Id gesendet</translation>
    </message>
    <message>
        <source>The query job failed</source>
        <translation>Der Abfrage-Job ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The query job was aborted</source>
        <translation>Der Abfrage-Job wurde abgebrochen</translation>
    </message>
    <message>
        <source>there is no header row</source>
        <translation>es gibt keine Kopfzeile</translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation>eine Zeile hat %1 Werte für %2 Spalten</translation>
    </message>
    <message>
        <source>Page %1 of the query results is not readable: %2</source>
        <translation>Seite %1 der Abfrageergebnisse ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Page %1 of the query results holds %2 records instead of %3</source>
        <translation>Seite %1 der Abfrageergebnisse enthält %2 statt %3 Datensätze</translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation>Die Abfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2ResultRows</name>
    <message>
        <source>Salesforce did not process this row (job %1)</source>
        <translation>Salesforce hat diese Zeile nicht verarbeitet (Job %1)</translation>
    </message>
    <message>
        <source>Salesforce returned no result for this row; it may or may not have been written</source>
        <translation>Salesforce hat für diese Zeile kein Ergebnis geliefert; sie wurde vielleicht geschrieben, vielleicht nicht</translation>
    </message>
</context>
<context>
    <name>sfsync::BulkWrite</name>
    <message>
        <source>the bulk job reported nothing for this row</source>
        <translation>der Bulk-Job hat für diese Zeile nichts gemeldet</translation>
    </message>
</context>
<context>
    <name>sfsync::CollectionsCall</name>
    <message>
        <source>Salesforce answered with %1 results for %2 records</source>
        <translation>Salesforce hat mit %1 Ergebnissen für %2 Datensätze geantwortet</translation>
    </message>
</context>
<context>
    <name>sfsync::ColumnPickerDelegate</name>
    <message>
        <source>(not mapped)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
</context>
<context>
    <name>sfsync::CompositePacker</name>
    <message>
        <source>the Composite answer has no result for subrequest %1</source>
        <translation>die Composite-Antwort enthält kein Ergebnis für die Teilanfrage %1</translation>
    </message>
</context>
<context>
    <name>sfsync::ConfigValidator</name>
    <message>
        <source>%1 is not an object of this org</source>
        <translation>%1 ist kein Objekt dieser Org</translation>
    </message>
    <message>
        <source>%1 records cannot be created</source>
        <translation>%1-Datensätze können nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 records cannot be updated</source>
        <translation>%1-Datensätze können nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 records cannot be both created and updated</source>
        <translation>%1-Datensätze können nicht zugleich angelegt und aktualisiert werden</translation>
    </message>
    <message>
        <source>%1 records cannot be deleted</source>
        <translation>%1-Datensätze können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 cannot be queried to match records</source>
        <translation>%1 kann nicht abgefragt werden, um Datensätze zu finden</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 ist kein Feld von %2</translation>
    </message>
    <message>
        <source>%1 is not filterable on %2</source>
        <translation>%1 ist auf %2 nicht filterbar</translation>
    </message>
    <message>
        <source>%1 cannot be set when creating %2 records</source>
        <translation>%1 kann beim Anlegen von %2-Datensätzen nicht gesetzt werden</translation>
    </message>
    <message>
        <source>%1 cannot be changed when updating %2 records</source>
        <translation>%1 kann beim Aktualisieren von %2-Datensätzen nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 requires %2 when creating records</source>
        <translation>%1 braucht %2 beim Anlegen von Datensätzen</translation>
    </message>
    <message>
        <source>the source has no column &quot;%1&quot;</source>
        <translation>die Quelle hat keine Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation>%1 wird von dieser Aktion bereits geschrieben</translation>
    </message>
</context>
<context>
    <name>sfsync::Connection</name>
    <message>
        <source>The session has expired and no credentials are available to renew it. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen, und es gibt keine Anmeldedaten, um sie zu erneuern. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOpener</name>
    <message>
        <source>No org was chosen.</source>
        <translation>Es wurde keine Org gewählt.</translation>
    </message>
    <message>
        <source>SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET must both be set.</source>
        <translation>SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET müssen beide gesetzt sein.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (Profil %2)</translation>
    </message>
    <message>
        <source>%1 (local org)</source>
        <translation>%1 (lokale Org)</translation>
    </message>
    <message>
        <source>%1 (JWT bearer, %2)</source>
        <translation>%1 (JWT Bearer, %2)</translation>
    </message>
    <message>
        <source>No keychain is available: use --instance-url URL with the access token in %1, or a local org (--local-org).</source>
        <translation>Kein Schlüsselbund verfügbar: verwenden Sie --instance-url URL mit dem Zugriffstoken in %1 oder eine lokale Org (--local-org).</translation>
    </message>
    <message>
        <source>Check SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET, and that the connected app allows the client credentials flow with a run-as user.</source>
        <translation>Prüfen Sie SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET und ob die verbundene App den Client-Credentials-Ablauf mit einem Ausführungsbenutzer erlaubt.</translation>
    </message>
    <message>
        <source>Check that %1 holds a valid, unexpired access token for %2.</source>
        <translation>Prüfen Sie, ob %1 ein gültiges, nicht abgelaufenes Zugriffstoken für %2 enthält.</translation>
    </message>
    <message>
        <source>Sign in again with &apos;sfsync-run login --profile %1&apos;.</source>
        <translation>Melden Sie sich erneut an mit &apos;sfsync-run login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>Check the username, the consumer key, the key file (its certificate must be on the connected app) and that the user is pre-authorized for the app.</source>
        <translation>Prüfen Sie den Benutzernamen, den Consumer Key, die Schlüsseldatei (ihr Zertifikat muss an der verbundenen App hinterlegt sein) und ob der Benutzer für die App vorautorisiert ist.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The org&apos;s API limit is exhausted: try again later, or raise the limit in Salesforce.</source>
        <translation>Das API-Limit der Org ist erschöpft: versuchen Sie es später erneut oder erhöhen Sie das Limit in Salesforce.</translation>
    </message>
    <message>
        <source>Check the address and your network connection (proxy settings are taken from the system), then try again.</source>
        <translation>Prüfen Sie die Adresse und Ihre Netzwerkverbindung (Proxy-Einstellungen kommen vom System) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Salesforce did not answer properly; try again later.</source>
        <translation>Salesforce hat nicht richtig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOptions</name>
    <message>
        <source>Use the org signed in as profile NAME (see &apos;sfsync-run login&apos;).</source>
        <translation>Die als Profil NAME angemeldete Org verwenden (siehe &apos;sfsync-run login&apos;).</translation>
    </message>
    <message>
        <source>Use the org at URL, with the access token taken from the environment variable %1 (or, without it, the client credentials flow with SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation>Die Org unter URL verwenden, mit dem Zugriffstoken aus der Umgebungsvariablen %1 (oder, ohne sie, dem Client-Credentials-Ablauf mit SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Use a local org started inside sfsync-run, seeded with the sample data.</source>
        <translation>Eine in sfsync-run gestartete lokale Org mit den Beispieldaten verwenden.</translation>
    </message>
    <message>
        <source>Use the JWT bearer flow, signing with the RSA private key in FILE (PEM); needs --username and the consumer key (--client-id or SFSYNC_CLIENT_ID).</source>
        <translation>Den JWT-Bearer-Ablauf verwenden und mit dem privaten RSA-Schlüssel in DATEI (PEM) signieren; braucht --username und den Consumer Key (--client-id oder SFSYNC_CLIENT_ID).</translation>
    </message>
    <message>
        <source>The Salesforce username for --jwt-key.</source>
        <translation>Der Salesforce-Benutzername für --jwt-key.</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key for --jwt-key.</source>
        <translation>Der Consumer Key der verbundenen App für --jwt-key.</translation>
    </message>
    <message>
        <source>Where --jwt-key gets its token (default https://login.salesforce.com; a My Domain URL works too).</source>
        <translation>Wo --jwt-key sein Token holt (Standard https://login.salesforce.com; eine My-Domain-URL geht auch).</translation>
    </message>
    <message>
        <source>For --jwt-key: get the token from https://test.salesforce.com.</source>
        <translation>Für --jwt-key: das Token von https://test.salesforce.com holen.</translation>
    </message>
    <message>
        <source>Use API version VERSION (e.g. 62.0) instead of the newest the org offers.</source>
        <translation>API-Version VERSION (z. B. 62.0) statt der neuesten der Org verwenden.</translation>
    </message>
    <message>
        <source>Choose an org with one of: --profile NAME (after &apos;sfsync-run login&apos;); --instance-url URL with the access token in the environment variable %1 (or SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET for the client credentials flow); --jwt-key FILE --username USER --client-id ID; or --local-org.</source>
        <translation>Wählen Sie eine Org mit einem von: --profile NAME (nach &apos;sfsync-run login&apos;); --instance-url URL mit dem Zugriffstoken in der Umgebungsvariablen %1 (oder SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET für den Client-Credentials-Ablauf); --jwt-key DATEI --username BENUTZER --client-id ID; oder --local-org.</translation>
    </message>
    <message>
        <source>--profile, --instance-url, --local-org and --jwt-key exclude each other.</source>
        <translation>--profile, --instance-url, --local-org und --jwt-key schließen einander aus.</translation>
    </message>
    <message>
        <source>no org chosen.</source>
        <translation>keine Org gewählt.</translation>
    </message>
    <message>
        <source>--api-version expects a version such as 62.0.</source>
        <translation>--api-version erwartet eine Version wie 62.0.</translation>
    </message>
    <message>
        <source>Leave it out to use the newest version the org offers.</source>
        <translation>Lassen Sie es weg, um die neueste Version der Org zu verwenden.</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile braucht einen Namen.</translation>
    </message>
    <message>
        <source>List the saved profiles with &apos;sfsync-run profiles&apos;.</source>
        <translation>Listen Sie die gespeicherten Profile mit &apos;sfsync-run profiles&apos; auf.</translation>
    </message>
    <message>
        <source>Give the org&apos;s https address, e.g. --instance-url https://example.my.salesforce.com</source>
        <translation>Geben Sie die https-Adresse der Org an, z. B. --instance-url https://example.my.salesforce.com</translation>
    </message>
    <message>
        <source>--instance-url needs an access token in the environment variable %1.</source>
        <translation>--instance-url braucht ein Zugriffstoken in der Umgebungsvariablen %1.</translation>
    </message>
    <message>
        <source>Set it, e.g. &apos;export %1=...&apos; from your secret store (tokens are never accepted on the command line), or use --profile NAME after &apos;sfsync-run login&apos;.</source>
        <translation>Setzen Sie sie, z. B. &apos;export %1=...&apos; aus Ihrem Geheimnisspeicher (Tokens werden nie auf der Kommandozeile angenommen), oder verwenden Sie --profile NAME nach &apos;sfsync-run login&apos;.</translation>
    </message>
    <message>
        <source>--jwt-key needs --username USER and the consumer key (--client-id ID or SFSYNC_CLIENT_ID).</source>
        <translation>--jwt-key braucht --username BENUTZER und den Consumer Key (--client-id ID oder SFSYNC_CLIENT_ID).</translation>
    </message>
    <message>
        <source>See docs/sign-in.md, &quot;JWT bearer&quot;, for the connected app&apos;s set-up.</source>
        <translation>Siehe docs/sign-in.md, &quot;JWT bearer&quot;, für die Einrichtung der verbundenen App.</translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation>--sandbox und --login-url schließen einander aus.</translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation>Für eine Sandbox mit My Domain geben Sie deren URL mit --login-url an.</translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation>Geben Sie eine https-Adresse an, z. B. --login-url https://NAME.my.salesforce.com</translation>
    </message>
    <message>
        <source>--%1 belongs to --jwt-key.</source>
        <translation>--%1 gehört zu --jwt-key.</translation>
    </message>
    <message>
        <source>To sign in with a browser, use &apos;sfsync-run login&apos;, then --profile NAME.</source>
        <translation>Zur Anmeldung mit einem Browser verwenden Sie &apos;sfsync-run login&apos;, dann --profile NAME.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionsPage</name>
    <message>
        <source>Current org</source>
        <translation>Aktuelle Org</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Try it without Salesforce</source>
        <translation>Ohne Salesforce ausprobieren</translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation>&amp;Lokale Org öffnen (Offline-Demo)</translation>
    </message>
    <message>
        <source>A Salesforce emulator on this computer, with sample accounts, contacts and leads. Nothing leaves your machine.</source>
        <translation>Ein Salesforce-Emulator auf diesem Rechner, mit Beispiel-Accounts, -Kontakten und -Leads. Nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Bei Salesforce anmelden</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Produktion (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation>My Domain</translation>
    </message>
    <message>
        <source>https://yourcompany.my.salesforce.com</source>
        <translation>https://ihrefirma.my.salesforce.com</translation>
    </message>
    <message>
        <source>The consumer key of the connected app (callback http://localhost:7171/OauthRedirect)</source>
        <translation>Der Consumer Key der verbundenen App (Callback http://localhost:7171/OauthRedirect)</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Mit dem &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>My &amp;Domain URL:</source>
        <translation>My-&amp;Domain-URL:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Saved orgs</source>
        <translation>Gespeicherte Orgs</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Forget org</source>
        <translation>Org vergessen</translation>
    </message>
    <message>
        <source>Forget %1? Its token is removed from the keychain.</source>
        <translation>%1 vergessen? Sein Token wird aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type your My Domain URL, e.g. https://yourcompany.my.salesforce.com</source>
        <translation>Geben Sie Ihre My-Domain-URL ein, z. B. https://ihrefirma.my.salesforce.com</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Local org</source>
        <translation>Lokale Org</translation>
    </message>
    <message>
        <source>No saved orgs yet: sign in once and the org is remembered.</source>
        <translation>Noch keine gespeicherten Orgs: Melden Sie sich einmal an, und die Org wird gemerkt.</translation>
    </message>
    <message>
        <source>User %1 at %2</source>
        <translation>Benutzer %1 unter %2</translation>
    </message>
    <message>
        <source>Sign in or open the local org to start.</source>
        <translation>Melden Sie sich an oder öffnen Sie die lokale Org, um zu beginnen.</translation>
    </message>
</context>
<context>
    <name>sfsync::CsvSource</name>
    <message>
        <source>%1: a record is longer than %2 MB</source>
        <translation>%1: ein Datensatz ist länger als %2 MB</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>text after the closing quote of column %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Spalte %1</translation>
    </message>
    <message>
        <source>a quote inside unquoted column %1</source>
        <translation>ein Anführungszeichen in der Spalte %1 ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header row</source>
        <translation>%1 ist leer: eine CSV-Datei braucht eine Kopfzeile</translation>
    </message>
    <message>
        <source>%1: the header row is malformed: %2</source>
        <translation>%1: die Kopfzeile ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>column %1 has no name and cannot be mapped</source>
        <translation>Spalte %1 hat keinen Namen und kann nicht zugeordnet werden</translation>
    </message>
    <message>
        <source>%1: the header names column &quot;%2&quot; twice</source>
        <translation>%1: die Kopfzeile nennt die Spalte &quot;%2&quot; zweimal</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>Zeile %1: %2 Felder, aber die Kopfzeile hat %3</translation>
    </message>
    <message>
        <source>byte %1 is not valid %2</source>
        <translation>Byte %1 ist kein gültiges %2</translation>
    </message>
    <message>
        <source>byte %1 is not a character in %2</source>
        <translation>Byte %1 ist in %2 kein Zeichen</translation>
    </message>
    <message>
        <source>bytes %1 are half of a surrogate pair in %2</source>
        <translation>Bytes %1 sind ein halbes Surrogatpaar in %2</translation>
    </message>
    <message>
        <source>bytes %1 are not a character in %2</source>
        <translation>Bytes %1 sind in %2 kein Zeichen</translation>
    </message>
    <message>
        <source>the file ends inside a %1 character (bytes %2)</source>
        <translation>die Datei endet mitten in einem %1-Zeichen (Bytes %2)</translation>
    </message>
    <message>
        <source>line %1, character %2 (byte offset %3), column %4: %5</source>
        <translation>Zeile %1, Zeichen %2 (Byte-Offset %3), Spalte %4: %5</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark, so it is read as %1, not %2</source>
        <translation>die Datei beginnt mit einer %1-Bytereihenfolgemarke und wird daher als %1 gelesen, nicht als %2</translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large to be a Data Loader process-conf.xml</source>
        <translation>zu groß für eine process-conf.xml des Data Loader</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>not XML: %1</source>
        <translation>kein XML: %1</translation>
    </message>
    <message>
        <source>not a Data Loader process-conf.xml: its root element is &lt;%1&gt;, not &lt;beans&gt;</source>
        <translation>keine process-conf.xml des Data Loader: ihr Wurzelelement ist &lt;%1&gt;, nicht &lt;beans&gt;</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>(no id, line %1)</source>
        <translation>(ohne id, Zeile %1)</translation>
    </message>
    <message>
        <source>holds no &lt;bean&gt;</source>
        <translation>enthält kein &lt;bean&gt;</translation>
    </message>
    <message>
        <source>holds %1 beans (%2): choose one with --bean NAME</source>
        <translation>enthält %1 Beans (%2): wählen Sie eines mit --bean NAME</translation>
    </message>
    <message>
        <source>has no bean &quot;%1&quot;; its beans: %2</source>
        <translation>hat kein Bean „%1“; seine Beans: %2</translation>
    </message>
    <message>
        <source>%1, bean %2</source>
        <translation>%1, Bean %2</translation>
    </message>
    <message>
        <source>is a %1, not a Data Loader ProcessRunner</source>
        <translation>ist ein %1, kein ProcessRunner des Data Loader</translation>
    </message>
    <message>
        <source>bean without a class</source>
        <translation>Bean ohne Klasse</translation>
    </message>
    <message>
        <source>a bean property other than name and configOverrideMap: no equivalent</source>
        <translation>eine Bean-Eigenschaft außer name und configOverrideMap: keine Entsprechung</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exports records; sfsync only writes them</source>
        <translation>„%1“ exportiert Datensätze; sfsync schreibt sie nur</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Data Loader operation sfsync knows (insert, update, upsert, delete, hard_delete)</source>
        <translation>„%1“ ist kein Vorgang des Data Loader, den sfsync kennt (insert, update, upsert, delete, hard_delete)</translation>
    </message>
    <message>
        <source>is required: sfsync needs the .sdl file that maps columns to fields</source>
        <translation>ist erforderlich: sfsync braucht die .sdl-Datei, die Spalten Feldern zuordnet</translation>
    </message>
    <message>
        <source>is required for upsert (the field that matches records)</source>
        <translation>ist für upsert erforderlich (das Feld, das Datensätze findet)</translation>
    </message>
    <message>
        <source>%1 needs a column mapped to %2 in %3</source>
        <translation>%1 braucht eine Spalte, die in %3 %2 zugeordnet ist</translation>
    </message>
    <message>
        <source>an insert cannot set Id: the column mapped to it is left out</source>
        <translation>ein insert kann Id nicht setzen: die ihr zugeordnete Spalte wird weggelassen</translation>
    </message>
    <message>
        <source>a delete writes no fields: only the Id column is used</source>
        <translation>ein Löschen schreibt keine Felder: nur die Id-Spalte wird verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported: sfsync reads CSV files (csvRead); export the data to a CSV file first</source>
        <translation>„%1“ wird nicht unterstützt: sfsync liest CSV-Dateien (csvRead); exportieren Sie die Daten zuerst in eine CSV-Datei</translation>
    </message>
    <message>
        <source>No CSV file was given: set source.path in the job, or pass --source FILE to &apos;sfsync-run run&apos;.</source>
        <translation>Keine CSV-Datei angegeben: setzen Sie source.path im Job oder übergeben Sie --source DATEI an &apos;sfsync-run run&apos;.</translation>
    </message>
    <message>
        <source>not an encoding sfsync reads; the job reads UTF-8 (set source.encoding)</source>
        <translation>keine Kodierung, die sfsync liest; der Job liest UTF-8 (setzen Sie source.encoding)</translation>
    </message>
    <message>
        <source>Data Loader then reads the computer&apos;s default encoding; the job reads windows-1252 (change source.encoding if the file is in another one)</source>
        <translation>Der Data Loader liest dann die Standardkodierung des Computers; der Job liest windows-1252 (ändern Sie source.encoding, wenn die Datei eine andere hat)</translation>
    </message>
    <message>
        <source>sfsync writes through Bulk API 2.0, not 1.0</source>
        <translation>sfsync schreibt über Bulk API 2.0, nicht 1.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive number</source>
        <translation>„%1“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>Bulk API 2.0 jobs are sized by sfsync; sObject Collections calls carry at most %1 records (batchSize)</source>
        <translation>Jobs der Bulk API 2.0 bemisst sfsync selbst; Aufrufe von sObject Collections tragen höchstens %1 Datensätze (batchSize)</translation>
    </message>
    <message>
        <source>Bulk API 2.0 has no serial mode: the job sends one call or job at a time (options.concurrency 1)</source>
        <translation>Bulk API 2.0 hat keinen seriellen Modus: der Job sendet einen Aufruf oder Job nach dem anderen (options.concurrency 1)</translation>
    </message>
    <message>
        <source>sfsync waits 5 to 600 seconds for an answer: %1 taken</source>
        <translation>sfsync wartet 5 bis 600 Sekunden auf eine Antwort: %1 übernommen</translation>
    </message>
    <message>
        <source>not a number of seconds: left out</source>
        <translation>keine Anzahl Sekunden: weggelassen</translation>
    </message>
    <message>
        <source>The job hard deletes: &apos;sfsync-run run&apos; needs --yes, or add &quot;confirmHardDelete&quot;: true to the action once you have checked it.</source>
        <translation>Der Job löscht endgültig: &apos;sfsync-run run&apos; braucht --yes, oder fügen Sie der Aktion &quot;confirmHardDelete&quot;: true hinzu, sobald Sie sie geprüft haben.</translation>
    </message>
    <message>
        <source>the org to sign in to: &apos;sfsync-run login --instance-url %1&apos; (or the desktop app&apos;s sign-in) once, then run with --profile</source>
        <translation>die Org, bei der Sie sich anmelden: einmal &apos;sfsync-run login --instance-url %1&apos; (oder die Anmeldung der Desktop-App), dann mit --profile ausführen</translation>
    </message>
    <message>
        <source>credentials are never copied: sign in with sfsync instead</source>
        <translation>Zugangsdaten werden nie übernommen: melden Sie sich stattdessen mit sfsync an</translation>
    </message>
    <message>
        <source>sfsync writes results.csv and errors.csv into the folder given with --out (e.g. --out %1)</source>
        <translation>sfsync schreibt results.csv und errors.csv in den mit --out angegebenen Ordner (z. B. --out %1)</translation>
    </message>
    <message>
        <source>sfsync keeps its own run journal; &apos;sfsync-run run --resume&apos; continues an interrupted run</source>
        <translation>sfsync führt ein eigenes Ausführungsprotokoll; &apos;sfsync-run run --resume&apos; setzt eine unterbrochene Ausführung fort</translation>
    </message>
    <message>
        <source>no equivalent in sfsync</source>
        <translation>keine Entsprechung in sfsync</translation>
    </message>
    <message>
        <source>the job made from it is not valid: %1</source>
        <translation>der daraus erstellte Job ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImportDialog</name>
    <message>
        <source>Import from Data Loader</source>
        <translation>Aus dem Data Loader importieren</translation>
    </message>
    <message>
        <source>%1 maps columns to fields; say what the job writes with them.</source>
        <translation>%1 ordnet Spalten Feldern zu; geben Sie an, was der Job damit schreibt.</translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation>Salesforce-Objekt, z. B. Contact</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation>Upsert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Upsert: the field that matches records</source>
        <translation>Upsert: das Feld, das Datensätze findet</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>&amp;External ID field:</source>
        <translation>&amp;Externes ID-Feld:</translation>
    </message>
    <message>
        <source>%1 holds several processes; which one?</source>
        <translation>%1 enthält mehrere Prozesse; welcher?</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Prozess:</translation>
    </message>
</context>
<context>
    <name>sfsync::DescribeCommand</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>[OBJECT] [options]</source>
        <translation>[OBJEKT] [Optionen]</translation>
    </message>
    <message>
        <source>List the org&apos;s objects, or the fields of OBJECT with the flags that matter for matchers.</source>
        <translation>Die Objekte der Org auflisten, oder die Felder von OBJEKT mit den Eigenschaften, die für Matcher zählen.</translation>
    </message>
    <message>
        <source>API name of an object, e.g. Contact.</source>
        <translation>API-Name eines Objekts, z. B. Contact.</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation>JSON auf stdout ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>Only the fields that can be matchers (filterable).</source>
        <translation>Nur die Felder, die Matcher sein können (filterbar).</translation>
    </message>
    <message>
        <source>describe takes at most one object name.</source>
        <translation>describe nimmt höchstens einen Objektnamen.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; for the list of objects, then &apos;sfsync-run describe NAME&apos;.</source>
        <translation>Führen Sie &apos;sfsync-run describe&apos; für die Liste der Objekte aus, dann &apos;sfsync-run describe NAME&apos;.</translation>
    </message>
    <message>
        <source>cannot list the org&apos;s objects</source>
        <translation>die Objekte der Org können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>the org has no object named &apos;%1&apos;.</source>
        <translation>die Org hat kein Objekt namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; to list the objects (names are API names, e.g. Custom_Object__c).</source>
        <translation>Führen Sie &apos;sfsync-run describe&apos; aus, um die Objekte aufzulisten (Namen sind API-Namen, z. B. Custom_Object__c).</translation>
    </message>
    <message>
        <source>cannot describe %1</source>
        <translation>%1 kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>BENUTZERDEF.</translation>
    </message>
    <message>
        <source>CREATE</source>
        <translation>ANLEGEN</translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation>AKTUALIS.</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>ABFRAGE</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s). Fields of one: sfsync-run describe OBJECT</source>
        <translation>
            <numerusform>%n Objekt. Felder eines Objekts: sfsync-run describe OBJEKT</numerusform>
            <numerusform>%n Objekte. Felder eines Objekts: sfsync-run describe OBJEKT</numerusform>
        </translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FELD</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>FILTERABLE</source>
        <translation>FILTERBAR</translation>
    </message>
    <message>
        <source>EXTERNAL_ID</source>
        <translation>EXTERNE_ID</translation>
    </message>
    <message>
        <source>ID_LOOKUP</source>
        <translation>ID_SUCHE</translation>
    </message>
    <message>
        <source>UNIQUE</source>
        <translation>EINDEUTIG</translation>
    </message>
    <message>
        <source>CREATEABLE</source>
        <translation>ANLEGBAR</translation>
    </message>
    <message>
        <source>UPDATEABLE</source>
        <translation>ÄNDERBAR</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>PFLICHT</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s). Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify records best; REQUIRED fields must be set to create a record.</source>
        <translation>
            <numerusform>%1: %n Feld. Matcher müssen FILTERBAR sein; EXTERNE_ID- und ID_SUCHE-Felder erkennen Datensätze am besten; PFLICHT-Felder müssen zum Anlegen gesetzt sein.</numerusform>
            <numerusform>%1: %n Felder. Matcher müssen FILTERBAR sein; EXTERNE_ID- und ID_SUCHE-Felder erkennen Datensätze am besten; PFLICHT-Felder müssen zum Anlegen gesetzt sein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::EncodingAdvice</name>
    <message>
        <source>Many bytes of the file are zero, in the pattern of %1 text without a byte order mark. The file is probably %1.</source>
        <translation>Viele Bytes der Datei sind null, im Muster von %1-Text ohne Bytereihenfolgemarke. Die Datei ist wahrscheinlich %1.</translation>
    </message>
    <message>
        <source>The file does not have the zero bytes %1 text has. It is probably %2.</source>
        <translation>Der Datei fehlen die Null-Bytes, die %1-Text hat. Sie ist wahrscheinlich %2.</translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is not valid UTF-8. The file is probably %3.</source>
        <translation>Byte %1 in Zeile %2 ist kein gültiges UTF-8. Die Datei ist wahrscheinlich %3.</translation>
    </message>
    <message>
        <source>The text holds &quot;%1&quot;, which is how accented letters look after a file was converted to UTF-8 twice. Check the program that wrote it.</source>
        <translation>Der Text enthält „%1“; so sehen Umlaute und Akzente aus, wenn eine Datei zweimal nach UTF-8 umgewandelt wurde. Prüfen Sie das Programm, das sie geschrieben hat.</translation>
    </message>
    <message>
        <source>The file is valid UTF-8: read as %1, &quot;%2&quot; shows as &quot;%3&quot;. It is probably UTF-8.</source>
        <translation>Die Datei ist gültiges UTF-8: als %1 gelesen wird „%2“ zu „%3“. Sie ist wahrscheinlich UTF-8.</translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is an invisible control character in ISO-8859-1; in Windows-1252 it is a printable one (€, quotes, dashes). The file is probably Windows-1252.</source>
        <translation>Byte %1 in Zeile %2 ist in ISO-8859-1 ein unsichtbares Steuerzeichen, in Windows-1252 ein druckbares (€, Anführungszeichen, Gedankenstriche). Die Datei ist wahrscheinlich Windows-1252.</translation>
    </message>
</context>
<context>
    <name>sfsync::Executor</name>
    <message>
        <source>row %1 may or may not have created the record this row updates</source>
        <translation>Zeile %1 hat den Datensatz, den diese Zeile aktualisiert, vielleicht angelegt, vielleicht nicht</translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s); the org shows nothing of it, so it was not written)</source>
        <translation>
            <numerusform>(%n Mal gesendet; die Org zeigt nichts davon, also wurde sie nicht geschrieben)</numerusform>
            <numerusform>(%n Mal gesendet; die Org zeigt nichts davon, also wurde sie nicht geschrieben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::FieldTableModel</name>
    <message>
        <source>%1 cannot be used to find records: Salesforce does not allow filtering on it.</source>
        <translation>Mit %1 lassen sich keine Datensätze finden: Salesforce erlaubt darauf keinen Filter.</translation>
    </message>
    <message>
        <source>Required when creating a record.</source>
        <translation>Pflicht beim Anlegen eines Datensatzes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filterable fields can be used as matchers to find existing records.</source>
        <translation>Filterbare Felder können als Matcher dienen, um vorhandene Datensätze zu finden.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Createable</source>
        <translation>Anlegbar</translation>
    </message>
    <message>
        <source>Updateable</source>
        <translation>Änderbar</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>ID lookup</source>
        <translation>ID-Suche</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Filterable</source>
        <translation>Filterbar</translation>
    </message>
</context>
<context>
    <name>sfsync::HardDeleteConfirmation</name>
    <message numerus="yes">
        <source>The preview of this job matched %n %1 record(s) that will be erased for good.</source>
        <translation>
            <numerusform>Die Vorschau dieses Jobs fand %n %1-Datensatz, der endgültig gelöscht wird.</numerusform>
            <numerusform>Die Vorschau dieses Jobs fand %n %1-Datensätze, die endgültig gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n %1 record(s) will be erased for good: the source has that many rows (preview the job to see how many match).</source>
        <translation>
            <numerusform>Bis zu %n %1-Datensatz wird endgültig gelöscht: die Quelle hat so viele Zeilen (eine Vorschau des Jobs zeigt, wie viele passen).</numerusform>
            <numerusform>Bis zu %n %1-Datensätze werden endgültig gelöscht: die Quelle hat so viele Zeilen (eine Vorschau des Jobs zeigt, wie viele passen).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records will be erased for good (the source could not be counted).</source>
        <translation>%1-Datensätze werden endgültig gelöscht (die Quelle konnte nicht gezählt werden).</translation>
    </message>
    <message>
        <source>Hard delete skips the recycle bin: the records cannot be restored. Run the job?</source>
        <translation>Endgültiges Löschen umgeht den Papierkorb: die Datensätze können nicht wiederhergestellt werden. Den Job ausführen?</translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>sfsync::ImportDataLoaderCommand</name>
    <message>
        <source>process-conf.xml [--bean NAME] | mapping.sdl --object OBJECT --operation OP [options]</source>
        <translation>process-conf.xml [--bean NAME] | mapping.sdl --object OBJEKT --operation VORGANG [Optionen]</translation>
    </message>
    <message>
        <source>Turn a Data Loader batch process (process-conf.xml) or mapping file (.sdl) into a job config.</source>
        <translation>Einen Batch-Prozess des Data Loader (process-conf.xml) oder eine Zuordnungsdatei (.sdl) in eine Job-Konfiguration umwandeln.</translation>
    </message>
    <message>
        <source>Data Loader&apos;s process-conf.xml, or a field mapping file (.sdl).</source>
        <translation>Die process-conf.xml des Data Loader oder eine Feldzuordnungsdatei (.sdl).</translation>
    </message>
    <message>
        <source>The process (bean id) to take from a process-conf.xml with several.</source>
        <translation>Der Prozess (Bean-id), der aus einer process-conf.xml mit mehreren genommen wird.</translation>
    </message>
    <message>
        <source>Write the job config to FILE instead of stdout.</source>
        <translation>Die Job-Konfiguration nach DATEI statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>With an .sdl file: the sObject written.</source>
        <translation>Mit einer .sdl-Datei: das geschriebene sObject.</translation>
    </message>
    <message>
        <source>With an .sdl file: insert, update, upsert, delete or hard_delete (or sfsync&apos;s names).</source>
        <translation>Mit einer .sdl-Datei: insert, update, upsert, delete oder hard_delete (oder die Namen von sfsync).</translation>
    </message>
    <message>
        <source>With an .sdl file and upsert: the field that matches records.</source>
        <translation>Mit einer .sdl-Datei und upsert: das Feld, das Datensätze findet.</translation>
    </message>
    <message>
        <source>With an .sdl file: the CSV file to read.</source>
        <translation>Mit einer .sdl-Datei: die zu lesende CSV-Datei.</translation>
    </message>
    <message>
        <source>import-dataloader takes one file: a process-conf.xml or an .sdl mapping file.</source>
        <translation>import-dataloader nimmt eine Datei: eine process-conf.xml oder eine .sdl-Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run import-dataloader %1</source>
        <translation>Aufruf: sfsync-run import-dataloader %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Give the path of Data Loader&apos;s process-conf.xml or of an .sdl mapping file.</source>
        <translation>Geben Sie den Pfad der process-conf.xml des Data Loader oder einer .sdl-Zuordnungsdatei an.</translation>
    </message>
    <message>
        <source>a mapping file alone does not say what to write: --object and --operation are needed.</source>
        <translation>eine Zuordnungsdatei allein sagt nicht, was geschrieben wird: --object und --operation sind nötig.</translation>
    </message>
    <message>
        <source>e.g. sfsync-run import-dataloader %1 --object Contact --operation upsert --external-id Legacy_Id__c --csv contacts.csv</source>
        <translation>z. B. sfsync-run import-dataloader %1 --object Contact --operation upsert --external-id Legacy_Id__c --csv contacts.csv</translation>
    </message>
    <message>
        <source>--object, --operation, --external-id and --csv go with an .sdl file; a process-conf.xml names them itself.</source>
        <translation>--object, --operation, --external-id und --csv gehören zu einer .sdl-Datei; eine process-conf.xml nennt sie selbst.</translation>
    </message>
    <message>
        <source>--bean goes with a process-conf.xml, not an .sdl file.</source>
        <translation>--bean gehört zu einer process-conf.xml, nicht zu einer .sdl-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the Data Loader files; no job was written.</source>
        <translation>
            <numerusform>%n Problem in den Dateien des Data Loader; kein Job wurde geschrieben.</numerusform>
            <numerusform>%n Probleme in den Dateien des Data Loader; kein Job wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation>Beheben Sie die oben genannten Stellen.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Choose a writable path for -o, or leave it out to print the job.</source>
        <translation>Wählen Sie für -o einen beschreibbaren Pfad, oder lassen Sie es weg, um den Job auszugeben.</translation>
    </message>
    <message numerus="yes">
        <source>Not carried over (%n setting(s)):</source>
        <translation>
            <numerusform>Nicht übernommen (%n Einstellung):</numerusform>
            <numerusform>Nicht übernommen (%n Einstellungen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1; check it with &apos;sfsync-run validate %1 --profile NAME&apos;.</source>
        <translation>%1 geschrieben; prüfen Sie ihn mit &apos;sfsync-run validate %1 --profile NAME&apos;.</translation>
    </message>
</context>
<context>
    <name>sfsync::JobConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a job config</source>
        <translation>%1 ist zu groß für eine Job-Konfiguration</translation>
    </message>
    <message>
        <source>invalid JSON at line %1: %2</source>
        <translation>ungültiges JSON in Zeile %1: %2</translation>
    </message>
    <message>
        <source>a job config must be a JSON object</source>
        <translation>eine Job-Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be &quot;csv&quot;, &quot;ndjson&quot; or &quot;sqlite&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;csv&quot;, &quot;ndjson&quot; oder &quot;sqlite&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a single character</source>
        <translation>muss ein einzelnes Zeichen sein</translation>
    </message>
    <message>
        <source>unsupported version %1 (this sfsync reads version 1)</source>
        <translation>nicht unterstützte Version %1 (dieses sfsync liest Version 1)</translation>
    </message>
    <message>
        <source>is required for an sqlite source</source>
        <translation>ist für eine SQLite-Quelle erforderlich</translation>
    </message>
    <message>
        <source>only an sqlite source takes a query</source>
        <translation>nur eine SQLite-Quelle nimmt eine Abfrage</translation>
    </message>
    <message>
        <source>only a csv source takes a delimiter</source>
        <translation>nur eine CSV-Quelle nimmt ein Trennzeichen</translation>
    </message>
    <message>
        <source>must be an ASCII character other than a quote or a line break</source>
        <translation>muss ein ASCII-Zeichen außer Anführungszeichen oder Zeilenumbruch sein</translation>
    </message>
    <message>
        <source>at least one action is required</source>
        <translation>mindestens eine Aktion ist erforderlich</translation>
    </message>
    <message>
        <source>must be between 1 and 25</source>
        <translation>muss zwischen 1 und 25 liegen</translation>
    </message>
    <message>
        <source>must be between 1 and 10</source>
        <translation>muss zwischen 1 und 10 liegen</translation>
    </message>
    <message>
        <source>another action already has the name &quot;%1&quot;</source>
        <translation>eine andere Aktion heißt bereits &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name</source>
        <translation>&quot;%1&quot; ist kein gültiger Objektname</translation>
    </message>
    <message>
        <source>create takes no matchers</source>
        <translation>create nimmt keine Matcher</translation>
    </message>
    <message>
        <source>%1 needs at least one matcher</source>
        <translation>%1 braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>&quot;%1&quot; ist keine bekannte Zeitzone</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name</source>
        <translation>&quot;%1&quot; ist kein gültiger Feldname</translation>
    </message>
    <message>
        <source>takes either a column or a value, not both</source>
        <translation>nimmt entweder eine Spalte oder einen Wert, nicht beides</translation>
    </message>
    <message>
        <source>needs a column or a value</source>
        <translation>braucht eine Spalte oder einen Wert</translation>
    </message>
    <message>
        <source>%1 is already a matcher of this action</source>
        <translation>%1 ist bereits ein Matcher dieser Aktion</translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation>%1 wird von dieser Aktion bereits geschrieben</translation>
    </message>
    <message>
        <source>Id cannot be written; use it as a matcher</source>
        <translation>Id kann nicht geschrieben werden; verwenden Sie es als Matcher</translation>
    </message>
    <message>
        <source>must be between 5 and 600</source>
        <translation>muss zwischen 5 und 600 liegen</translation>
    </message>
    <message>
        <source>must be between 0 and 600</source>
        <translation>muss zwischen 0 und 600 liegen</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>muss ein Array sein, nicht %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a string, number or boolean</source>
        <translation>muss eine Zeichenkette, Zahl oder ein Wahrheitswert sein</translation>
    </message>
    <message>
        <source>a matcher value cannot be null</source>
        <translation>ein Matcher-Wert darf nicht null sein</translation>
    </message>
    <message>
        <source>must be &quot;or&quot; or &quot;and&quot;</source>
        <translation>muss &quot;or&quot; oder &quot;and&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;skip&quot; or &quot;null&quot;</source>
        <translation>muss &quot;skip&quot; oder &quot;null&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;on&quot; or &quot;off&quot;</source>
        <translation>muss &quot;auto&quot;, &quot;on&quot; oder &quot;off&quot; sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported encoding; use one of %2</source>
        <translation>„%1“ ist keine unterstützte Kodierung; verwenden Sie eine von %2</translation>
    </message>
    <message>
        <source>only a csv source takes an encoding</source>
        <translation>nur eine CSV-Quelle hat eine Kodierung</translation>
    </message>
    <message>
        <source>a parent&apos;s key (%1) cannot be a matcher; map it as a field</source>
        <translation>der Schlüssel eines übergeordneten Datensatzes (%1) kann kein Matcher sein; ordnen Sie ihn als Feld zu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid parent key: write Relationship.KeyField (Account.Legacy_Id__c), or Object:Relationship.KeyField for a polymorphic reference (User:Owner.Email)</source>
        <translation>„%1“ ist kein gültiger Schlüssel eines übergeordneten Datensatzes: schreiben Sie Beziehung.Schlüsselfeld (Account.Legacy_Id__c) oder, für eine polymorphe Referenz, Objekt:Beziehung.Schlüsselfeld (User:Owner.Email)</translation>
    </message>
    <message>
        <source>must be &quot;create&quot;, &quot;update&quot;, &quot;upsert&quot;, &quot;delete&quot; or &quot;hardDelete&quot;, not &quot;%1&quot;</source>
        <translation>muss &quot;create&quot;, &quot;update&quot;, &quot;upsert&quot;, &quot;delete&quot; oder &quot;hardDelete&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes no fields</source>
        <translation>%1 nimmt keine Felder</translation>
    </message>
    <message>
        <source>hardDelete runs only through Bulk API 2.0; leave &quot;bulk&quot; out or set it to &quot;on&quot;</source>
        <translation>hardDelete läuft nur über Bulk API 2.0; lassen Sie &quot;bulk&quot; weg oder setzen Sie es auf &quot;on&quot;</translation>
    </message>
    <message>
        <source>only a hardDelete action takes it</source>
        <translation>nur eine hardDelete-Aktion nimmt es</translation>
    </message>
</context>
<context>
    <name>sfsync::JobDocument</name>
    <message>
        <source>Untitled job</source>
        <translation>Unbenannter Job</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Neuer Job</translation>
    </message>
    <message>
        <source>Action 1</source>
        <translation>Aktion 1</translation>
    </message>
</context>
<context>
    <name>sfsync::JobEditor</name>
    <message>
        <source>e.g. Contacts from the CRM export</source>
        <translation>z. B. Kontakte aus dem CRM-Export</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>&amp;Jobname:</translation>
    </message>
    <message>
        <source>Rename job</source>
        <translation>Job umbenennen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Aktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Aktion %1 entfernen</translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation>Objekt auf %1 setzen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running:</source>
        <translation>
            <numerusform>%n Problem vor dem Ausführen zu beheben:</numerusform>
            <numerusform>%n Probleme vor dem Ausführen zu beheben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::JwtBearerCredentials</name>
    <message>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Die private Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The private key for the JWT bearer flow is not an unencrypted RSA key in PEM format</source>
        <translation>Der private Schlüssel für den JWT-Bearer-Ablauf ist kein unverschlüsselter RSA-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>Could not sign the JWT assertion</source>
        <translation>Die JWT-Assertion konnte nicht signiert werden</translation>
    </message>
</context>
<context>
    <name>sfsync::KeychainTokenStore</name>
    <message>
        <source>The tokens are too long to store</source>
        <translation>Die Tokens sind zu lang zum Speichern</translation>
    </message>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;. Sign in first.</source>
        <translation>Keine gespeicherte Anmeldung für das Profil &apos;%1&apos;. Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>No usable keychain (%1). sfsync keeps tokens only in the system keychain and never in a plain file. Without one, use a headless option instead: SFSYNC_ACCESS_TOKEN with --instance-url, the client credentials flow (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET), or the JWT bearer flow with a private key file. See docs/sign-in.md.</source>
        <translation>Kein nutzbarer Schlüsselbund (%1). sfsync speichert Tokens nur im Schlüsselbund des Systems und nie in einer einfachen Datei. Ohne ihn verwenden Sie eine Option ohne Oberfläche: SFSYNC_ACCESS_TOKEN mit --instance-url, den Client-Credentials-Ablauf (SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET) oder den JWT-Bearer-Ablauf mit einer privaten Schlüsseldatei. Siehe docs/sign-in.md.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Schlüsselbund-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>sfsync::LocalOrgEmbedding</name>
    <message>
        <source>Local org user</source>
        <translation>Benutzer der lokalen Org</translation>
    </message>
</context>
<context>
    <name>sfsync::LoginCommand</name>
    <message>
        <source>[--sandbox | --login-url URL] [--client-id ID] [--profile NAME] [options]</source>
        <translation>[--sandbox | --login-url URL] [--client-id ID] [--profile NAME] [Optionen]</translation>
    </message>
    <message>
        <source>Sign in to an org in the browser and save it as a profile for --profile.</source>
        <translation>Im Browser bei einer Org anmelden und sie als Profil für --profile speichern.</translation>
    </message>
    <message>
        <source>Sign in to a sandbox (https://test.salesforce.com).</source>
        <translation>Bei einer Sandbox anmelden (https://test.salesforce.com).</translation>
    </message>
    <message>
        <source>Sign in at URL: your My Domain (https://NAME.my.salesforce.com) or a local org. Default: https://login.salesforce.com.</source>
        <translation>Unter URL anmelden: Ihre My Domain (https://NAME.my.salesforce.com) oder eine lokale Org. Standard: https://login.salesforce.com.</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key (default: SFSYNC_CLIENT_ID from the environment, else sfsync&apos;s own). A secret, when the app needs one, is read from SFSYNC_CLIENT_SECRET.</source>
        <translation>Der Consumer Key der verbundenen App (Standard: SFSYNC_CLIENT_ID aus der Umgebung, sonst der von sfsync). Ein Secret, falls die App eines braucht, wird aus SFSYNC_CLIENT_SECRET gelesen.</translation>
    </message>
    <message>
        <source>Save the org as profile NAME (default: the username).</source>
        <translation>Die Org als Profil NAME speichern (Standard: der Benutzername).</translation>
    </message>
    <message>
        <source>Only print the sign-in URL; open it in any browser yourself.</source>
        <translation>Nur die Anmelde-URL ausgeben; öffnen Sie sie selbst in einem beliebigen Browser.</translation>
    </message>
    <message>
        <source>Give up after SECONDS without a completed sign-in (default 120).</source>
        <translation>Nach SEKUNDEN ohne abgeschlossene Anmeldung aufgeben (Standard 120).</translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation>login nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login --help&apos; for its options (e.g. --profile NAME).</source>
        <translation>Führen Sie &apos;sfsync-run login --help&apos; für die Optionen aus (z. B. --profile NAME).</translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation>--sandbox und --login-url schließen einander aus.</translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation>Für eine Sandbox mit My Domain geben Sie deren URL mit --login-url an.</translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation>Geben Sie eine https-Adresse an, z. B. --login-url https://NAME.my.salesforce.com</translation>
    </message>
    <message>
        <source>--timeout expects seconds from 5 to 3600.</source>
        <translation>--timeout erwartet Sekunden von 5 bis 3600.</translation>
    </message>
    <message>
        <source>Leave it out to wait 120 s.</source>
        <translation>Lassen Sie es weg, um 120 s zu warten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a profile name.</source>
        <translation>&apos;%1&apos; kann kein Profilname sein.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (up to 64), starting with a letter or digit.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; und &apos;@&apos; (bis 64), beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser. If no browser opens, open this address:</source>
        <translation>Melden Sie sich im Browser bei %1 an. Wenn sich kein Browser öffnet, öffnen Sie diese Adresse:</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (up to %1 s; Ctrl+C cancels)...</source>
        <translation>Warte auf die Anmeldung (bis zu %1 s; Strg+C bricht ab)...</translation>
    </message>
    <message>
        <source>The browser came back; fetching the token...</source>
        <translation>Der Browser ist zurück; das Token wird geholt...</translation>
    </message>
    <message>
        <source>No keychain is available, so no profile can be saved: use --instance-url with SFSYNC_ACCESS_TOKEN, or client credentials (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann kein Profil gespeichert werden: verwenden Sie --instance-url mit SFSYNC_ACCESS_TOKEN oder Client Credentials (SFSYNC_CLIENT_ID und SFSYNC_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login&apos; again and finish the sign-in in the browser.</source>
        <translation>Führen Sie &apos;sfsync-run login&apos; erneut aus und schließen Sie die Anmeldung im Browser ab.</translation>
    </message>
    <message>
        <source>Close the program that uses the sign-in port (7171-7175), then try again.</source>
        <translation>Schließen Sie das Programm, das den Anmelde-Port (7171-7175) belegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the login URL and your network connection, then try again.</source>
        <translation>Prüfen Sie die Anmelde-URL und Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check the login URL (--sandbox for sandboxes, --login-url for My Domain) and the connected app (--client-id), then try again.</source>
        <translation>Prüfen Sie die Anmelde-URL (--sandbox für Sandboxes, --login-url für My Domain) und die verbundene App (--client-id) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the org&apos;s address is unusable</source>
        <translation>die Adresse der Org ist unbrauchbar</translation>
    </message>
    <message>
        <source>signed in, but the org does not answer</source>
        <translation>angemeldet, aber die Org antwortet nicht</translation>
    </message>
    <message>
        <source>signed in, but the profile could not be saved</source>
        <translation>angemeldet, aber das Profil konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the org issued no refresh token (the connected app lacks the refresh_token scope): the profile works only until this session expires.</source>
        <translation>die Org hat kein Refresh-Token ausgestellt (der verbundenen App fehlt der Scope refresh_token): das Profil funktioniert nur, bis diese Sitzung abläuft.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2; saved as profile &apos;%3&apos;.</source>
        <translation>Angemeldet als %1 unter %2; gespeichert als Profil &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(unbekannter Benutzer)</translation>
    </message>
    <message>
        <source>Use it with: sfsync-run describe --profile %1</source>
        <translation>Verwenden Sie es mit: sfsync-run describe --profile %1</translation>
    </message>
</context>
<context>
    <name>sfsync::LogoutCommand</name>
    <message>
        <source>--profile NAME [options]</source>
        <translation>--profile NAME [Optionen]</translation>
    </message>
    <message>
        <source>Sign out: revoke a profile&apos;s token at its org and forget the profile.</source>
        <translation>Abmelden: das Token eines Profils bei seiner Org widerrufen und das Profil vergessen.</translation>
    </message>
    <message>
        <source>The profile to sign out of.</source>
        <translation>Das Profil, von dem abgemeldet wird.</translation>
    </message>
    <message>
        <source>logout needs the profile to sign out of.</source>
        <translation>logout braucht das Profil, von dem abgemeldet wird.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run logout --profile NAME&apos;; &apos;sfsync-run profiles&apos; lists the names.</source>
        <translation>Führen Sie &apos;sfsync-run logout --profile NAME&apos; aus; &apos;sfsync-run profiles&apos; listet die Namen.</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos;.</source>
        <translation>es gibt kein Profil namens &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;sfsync-run profiles&apos; lists the signed-in orgs.</source>
        <translation>&apos;sfsync-run profiles&apos; listet die angemeldeten Orgs.</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;: its token was revoked and the profile removed.</source>
        <translation>Von &apos;%1&apos; abgemeldet: sein Token wurde widerrufen und das Profil entfernt.</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed, but its keychain entry could not be deleted: %2</source>
        <translation>das Profil &apos;%1&apos; wurde entfernt, aber sein Schlüsselbund-Eintrag konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Delete the entry named &apos;profile:%1&apos; of the service &apos;sfsync&apos; in your keychain (e.g. with Seahorse).</source>
        <translation>Löschen Sie den Eintrag &apos;profile:%1&apos; des Dienstes &apos;sfsync&apos; in Ihrem Schlüsselbund (z. B. mit Seahorse).</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed here, but its token could not be revoked at the org: %2</source>
        <translation>das Profil &apos;%1&apos; wurde hier entfernt, aber sein Token konnte bei der Org nicht widerrufen werden: %2</translation>
    </message>
    <message>
        <source>Revoke it in Salesforce (Setup &gt; Connected Apps OAuth Usage, or your user&apos;s OAuth Connected Apps), or let it expire.</source>
        <translation>Widerrufen Sie es in Salesforce (Setup &gt; Connected Apps OAuth Usage oder die OAuth-verbundenen Apps Ihres Benutzers) oder lassen Sie es ablaufen.</translation>
    </message>
</context>
<context>
    <name>sfsync::LookupQueryBuilder</name>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation>&apos;%1&apos; ist kein gültiger Objektname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name</source>
        <translation>&apos;%1&apos; ist kein gültiger Feldname</translation>
    </message>
    <message>
        <source>The value is too long to look up</source>
        <translation>Der Wert ist zu lang für eine Suche</translation>
    </message>
    <message>
        <source>The values are too long to look up</source>
        <translation>Die Werte sind zu lang für eine Suche</translation>
    </message>
    <message>
        <source>An empty value cannot identify a record</source>
        <translation>Ein leerer Wert kann keinen Datensatz bestimmen</translation>
    </message>
</context>
<context>
    <name>sfsync::LostWrites</name>
    <message>
        <source>the interrupted run was sending this row</source>
        <translation>der unterbrochene Lauf war dabei, diese Zeile zu senden</translation>
    </message>
    <message>
        <source>the run stopped before the org could be read back; look for this row&apos;s record before loading it again</source>
        <translation>der Lauf endete, bevor die Org zurückgelesen werden konnte; suchen Sie den Datensatz dieser Zeile, bevor Sie sie erneut laden</translation>
    </message>
</context>
<context>
    <name>sfsync::MainWindow</name>
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
        <source>Job configs (*.json);;All files (*)</source>
        <translation>Job-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;1 Org</source>
        <translation>&amp;1 Org</translation>
    </message>
    <message>
        <source>&amp;2 Objects</source>
        <translation>&amp;2 Objekte</translation>
    </message>
    <message>
        <source>&amp;3 Job</source>
        <translation>&amp;3 Job</translation>
    </message>
    <message>
        <source>&amp;4 Preview</source>
        <translation>&amp;4 Vorschau</translation>
    </message>
    <message>
        <source>&amp;5 Run</source>
        <translation>&amp;5 Ausführen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Neuer Job</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>Job ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Import job (JSON)…</source>
        <translation>Job &amp;importieren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Export job (JSON)…</source>
        <translation>Job &amp;exportieren (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Copy the sfsync-run command</source>
        <translation>sfsync-run-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>O&amp;rg</source>
        <translation>O&amp;rg</translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation>&amp;Lokale Org öffnen (Offline-Demo)</translation>
    </message>
    <message>
        <source>&amp;Refresh objects and fields</source>
        <translation>Objekte und Felder &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>%1[*] — sfsync</source>
        <translation>%1[*] — sfsync</translation>
    </message>
    <message>
        <source>API usage %L1 / %L2 today</source>
        <translation>API-Nutzung heute %L1 / %L2</translation>
    </message>
    <message>
        <source>API usage: not known yet</source>
        <translation>API-Nutzung: noch unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Requests counted against the org&apos;s daily limit (Sforce-Limit-Info); %n sent by this window</source>
        <translation>
            <numerusform>Anfragen, die auf das Tageslimit der Org zählen (Sforce-Limit-Info); %n von diesem Fenster gesendet</numerusform>
            <numerusform>Anfragen, die auf das Tageslimit der Org zählen (Sforce-Limit-Info); %n von diesem Fenster gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in or open the local org first</source>
        <translation>Melden Sie sich zuerst an oder öffnen Sie die lokale Org</translation>
    </message>
    <message>
        <source>Show what the job would change, without writing</source>
        <translation>Zeigen, was der Job ändern würde, ohne zu schreiben</translation>
    </message>
    <message>
        <source>Write the job&apos;s changes to the org</source>
        <translation>Die Änderungen des Jobs in die Org schreiben</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Der Job &quot;%1&quot; hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Job öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Save job</source>
        <translation>Job speichern</translation>
    </message>
    <message>
        <source>The job was not saved: %1</source>
        <translation>Der Job wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation>Job speichern unter</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Job importieren</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>%1 kann nicht importiert werden:
%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Export job</source>
        <translation>Job exportieren</translation>
    </message>
    <message>
        <source>The job was not exported: %1</source>
        <translation>Der Job wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens or passwords are ever in a job file)</source>
        <translation>Nach %1 exportiert (eine Job-Datei enthält nie Tokens oder Passwörter)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>sfsync-run reads the saved job file. Save the job now?</source>
        <translation>sfsync-run liest die gespeicherte Job-Datei. Den Job jetzt speichern?</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation>Beheben Sie zuerst diese Probleme:
%1</translation>
    </message>
    <message>
        <source>Write the changes of &quot;%1&quot; to %2?</source>
        <translation>Die Änderungen von &quot;%1&quot; nach %2 schreiben?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?</source>
        <translation>Eine Ausführung läuft. Abbrechen und beenden?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change and a result for every row.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Daten nach Salesforce übertragen: Datensätze aus CSV, NDJSON oder SQLite anlegen, aktualisieren, upserten und löschen, mit einer Vorschau jeder Änderung und einem Ergebnis für jede Zeile.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job configs and Data Loader files (*.json *.sdl *.xml);;Job configs (*.json);;Data Loader mapping files (*.sdl);;Data Loader process-conf.xml (*.xml);;All files (*)</source>
        <translation>Job-Konfigurationen und Dateien des Data Loader (*.json *.sdl *.xml);;Job-Konfigurationen (*.json);;Zuordnungsdateien des Data Loader (*.sdl);;process-conf.xml des Data Loader (*.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from Data Loader</source>
        <translation>Aus dem Data Loader importieren</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2: %3</translation>
    </message>
    <message>
        <source>The job was made from %1. Not carried over:
%2</source>
        <translation>Der Job wurde aus %1 erstellt. Nicht übernommen:
%2</translation>
    </message>
    <message>
        <source>Imported %1: save the job to keep it</source>
        <translation>%1 importiert: speichern Sie den Job, um ihn zu behalten</translation>
    </message>
</context>
<context>
    <name>sfsync::MappingModel</name>
    <message>
        <source>Required: map a column or set a constant</source>
        <translation>Pflicht: ordnen Sie eine Spalte zu oder setzen Sie eine Konstante</translation>
    </message>
    <message>
        <source>Salesforce does not allow updating this field</source>
        <translation>Salesforce erlaubt nicht, dieses Feld zu aktualisieren</translation>
    </message>
    <message>
        <source>Salesforce does not allow setting this field on create</source>
        <translation>Salesforce erlaubt nicht, dieses Feld beim Anlegen zu setzen</translation>
    </message>
    <message>
        <source>Required: cannot be cleared</source>
        <translation>Pflicht: kann nicht geleert werden</translation>
    </message>
    <message>
        <source>Choose a source to check this column</source>
        <translation>Wählen Sie eine Quelle, um diese Spalte zu prüfen</translation>
    </message>
    <message>
        <source>The source has no column &quot;%1&quot;</source>
        <translation>Die Quelle hat keine Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>%1 auf %2 zuordnen</translation>
    </message>
    <message>
        <source>Set %1 to a constant</source>
        <translation>%1 auf eine Konstante setzen</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Zuordnung von %1 aufheben</translation>
    </message>
    <message>
        <source>Drop a source column here, or double-click to choose one</source>
        <translation>Legen Sie hier eine Quellspalte ab oder doppelklicken Sie zur Auswahl</translation>
    </message>
    <message>
        <source>A fixed value for every row (type null to clear the field)</source>
        <translation>Ein fester Wert für jede Zeile (null eingeben, um das Feld zu leeren)</translation>
    </message>
    <message>
        <source>%1 is required when creating records</source>
        <translation>%1 ist beim Anlegen von Datensätzen Pflicht</translation>
    </message>
    <message>
        <source>Salesforce field</source>
        <translation>Salesforce-Feld</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>sfsync::MatcherPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>[external ID]</source>
        <translation>[externe ID]</translation>
    </message>
    <message>
        <source>Can identify records (ID lookup)</source>
        <translation>Kann Datensätze erkennen (ID-Suche)</translation>
    </message>
    <message>
        <source>Can be used to find records</source>
        <translation>Kann zum Finden von Datensätzen dienen</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 ist kein Feld von %2</translation>
    </message>
    <message>
        <source>%1 is not filterable: Salesforce cannot search records by it, so it cannot be a matcher</source>
        <translation>%1 ist nicht filterbar: Salesforce kann Datensätze nicht danach suchen, daher kann es kein Matcher sein</translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataBrowser</name>
    <message>
        <source>Sign in or open the local org to browse its objects.</source>
        <translation>Melden Sie sich an oder öffnen Sie die lokale Org, um ihre Objekte zu durchsuchen.</translation>
    </message>
    <message>
        <source>Search objects (label or API name)</source>
        <translation>Objekte suchen (Bezeichnung oder API-Name)</translation>
    </message>
    <message>
        <source>Choose an object to see its fields.</source>
        <translation>Wählen Sie ein Objekt, um seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Use in job</source>
        <translation>Im Job verwenden</translation>
    </message>
    <message>
        <source>Set this object on the current action of the job</source>
        <translation>Dieses Objekt für die aktuelle Aktion des Jobs setzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the objects and fields again from the org (F5)</source>
        <translation>Objekte und Felder erneut von der Org holen (F5)</translation>
    </message>
    <message>
        <source>Filter fields (label, API name or type)</source>
        <translation>Felder filtern (Bezeichnung, API-Name oder Typ)</translation>
    </message>
    <message>
        <source>Loading objects…</source>
        <translation>Objekte werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the objects: %1</source>
        <translation>Die Objekte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n Objekt</numerusform>
            <numerusform>%n Objekte</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fields of %1…</source>
        <translation>Die Felder von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Could not describe %1: %2</source>
        <translation>%1 konnte nicht beschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n Feld</numerusform>
            <numerusform>%n Felder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataService</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>The describe answer is not a JSON object</source>
        <translation>Die Describe-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation>&apos;%1&apos; ist kein gültiger Objektname</translation>
    </message>
</context>
<context>
    <name>sfsync::NdjsonSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1: Zeile %2 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1: invalid JSON: %2</source>
        <translation>Zeile %1: ungültiges JSON: %2</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>Zeile %1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>line %1 has the key &quot;%2&quot;, which the first line lacks; it is ignored</source>
        <translation>Zeile %1 hat den Schlüssel &quot;%2&quot;, der in der ersten Zeile fehlt; er wird ignoriert</translation>
    </message>
</context>
<context>
    <name>sfsync::ObjectListModel</name>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>%1 (custom object)</source>
        <translation>%1 (benutzerdefiniertes Objekt)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>API-Name</translation>
    </message>
</context>
<context>
    <name>sfsync::OrgConnector</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>The org offers no API version sfsync can use (offered: %1)</source>
        <translation>Die Org bietet keine API-Version, die sfsync verwenden kann (angeboten: %1)</translation>
    </message>
</context>
<context>
    <name>sfsync::OrgSession</name>
    <message>
        <source>The local org did not start: %1</source>
        <translation>Die lokale Org ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>This program was built without the local org.</source>
        <translation>Dieses Programm wurde ohne die lokale Org gebaut.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Local org (offline demo)</source>
        <translation>Lokale Org (Offline-Demo)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>sfsync::ParentReference</name>
    <message>
        <source>%1 is not a relationship of %2</source>
        <translation>%1 ist keine Beziehung von %2</translation>
    </message>
    <message>
        <source>%1 is polymorphic (%2): name the parent object, e.g. %3:%1.%4</source>
        <translation>%1 ist polymorph (%2): nennen Sie das übergeordnete Objekt, z. B. %3:%1.%4</translation>
    </message>
    <message>
        <source>%1 cannot point to %2 (only to %3)</source>
        <translation>%1 kann nicht auf %2 verweisen (nur auf %3)</translation>
    </message>
    <message>
        <source>%1 is not an object of this org</source>
        <translation>%1 ist kein Objekt dieser Org</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 ist kein Feld von %2</translation>
    </message>
    <message>
        <source>%1 of %2 is neither an External ID nor an idLookup field, so it cannot identify the parent</source>
        <translation>%1 von %2 ist weder ein External-ID- noch ein idLookup-Feld und kann den übergeordneten Datensatz daher nicht bestimmen</translation>
    </message>
</context>
<context>
    <name>sfsync::ParentResolver</name>
    <message>
        <source>%1 cannot find the %2: %3</source>
        <translation>%1 kann den Datensatz %2 nicht finden: %3</translation>
    </message>
    <message>
        <source>%1 with %2 = %3 could not be looked up</source>
        <translation>%1 mit %2 = %3 konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>%1 with %2 = %3 not found</source>
        <translation>%1 mit %2 = %3 nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 records have %2 = %3: %4</source>
        <translation>
            <numerusform>%n %1-Datensatz hat %2 = %3: %4</numerusform>
            <numerusform>%n %1-Datensätze haben %2 = %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::Planner</name>
    <message>
        <source>column &quot;%1&quot; is empty, and every matcher needs a value with &quot;and&quot; (%2)</source>
        <translation>Spalte &quot;%1&quot; ist leer, und mit &quot;and&quot; braucht jeder Matcher einen Wert (%2)</translation>
    </message>
    <message>
        <source>matcher %1: %2</source>
        <translation>Matcher %1: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>Spalte &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>every matcher value is empty; nothing identifies a record</source>
        <translation>jeder Matcher-Wert ist leer; nichts erkennt einen Datensatz</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>Feld %1: %2</translation>
    </message>
    <message>
        <source>the record row %1 creates</source>
        <translation>der Datensatz, den Zeile %1 anlegt</translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation>%1 Datensätze passen: %2</translation>
    </message>
    <message>
        <source>no record matches</source>
        <translation>kein Datensatz passt</translation>
    </message>
    <message>
        <source>(created by row %1)</source>
        <translation>(angelegt von Zeile %1)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): &quot;%3&quot; is not a %4 Id (those begin with %5)</source>
        <translation>Spalte &quot;%1&quot; (%2): &quot;%3&quot; ist keine %4-Id (diese beginnen mit %5)</translation>
    </message>
</context>
<context>
    <name>sfsync::PreviewView</name>
    <message>
        <source>Preview a job to see what it would change. Nothing is written.</source>
        <translation>Erstellen Sie eine Vorschau eines Jobs, um zu sehen, was er ändern würde. Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Run this job…</source>
        <translation>Diesen Job ausführen…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message numerus="yes">
        <source>Planning… %n row(s) read</source>
        <translation>
            <numerusform>Planung… %n Zeile gelesen</numerusform>
            <numerusform>Planung… %n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the source and looking up records…</source>
        <translation>Die Quelle wird gelesen und Datensätze werden gesucht…</translation>
    </message>
    <message>
        <source>The job cannot run:
%1</source>
        <translation>Der Job kann nicht laufen:
%1</translation>
    </message>
    <message>
        <source>The preview stopped: %1</source>
        <translation>Die Vorschau wurde angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview stopped after %n row(s).</source>
        <translation>
            <numerusform>Vorschau nach %n Zeile angehalten.</numerusform>
            <numerusform>Vorschau nach %n Zeilen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s); nothing was written. %1 API call(s).</source>
        <translation>
            <numerusform>Vorschau von %n Zeile; nichts wurde geschrieben. %1 API-Aufruf(e).</numerusform>
            <numerusform>Vorschau von %n Zeilen; nichts wurde geschrieben. %1 API-Aufruf(e).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 matches %n records: %2</source>
        <translation>
            <numerusform>Zeile %1 passt zu %n Datensatz: %2</numerusform>
            <numerusform>Zeile %1 passt zu %n Datensätzen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 matches %2</source>
        <translation>Zeile %1 passt zu %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Row %1 matches no record.</source>
        <translation>Zeile %1 passt zu keinem Datensatz.</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (unverändert)</translation>
    </message>
    <message>
        <source>Row %1 matches %2: hard delete, it will be erased for good (no recycle bin)</source>
        <translation>Zeile %1 passt zu %2: endgültiges Löschen, der Datensatz wird für immer gelöscht (kein Papierkorb)</translation>
    </message>
</context>
<context>
    <name>sfsync::ProfileLoader</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. Sign in with &apos;sfsync-run login --profile %1&apos; or in the desktop app.</source>
        <translation>Es gibt kein Profil namens &apos;%1&apos;. Melden Sie sich mit &apos;sfsync-run login --profile %1&apos; oder in der Desktop-App an.</translation>
    </message>
    <message>
        <source>No token store</source>
        <translation>Kein Token-Speicher</translation>
    </message>
</context>
<context>
    <name>sfsync::ProfilesCommand</name>
    <message>
        <source>[options]</source>
        <translation>[Optionen]</translation>
    </message>
    <message>
        <source>List the signed-in orgs (profiles) that --profile accepts.</source>
        <translation>Die angemeldeten Orgs (Profile) auflisten, die --profile annimmt.</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation>JSON auf stdout ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>profiles takes no arguments.</source>
        <translation>profiles nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run profiles&apos;.</source>
        <translation>Führen Sie &apos;sfsync-run profiles&apos; aus.</translation>
    </message>
    <message>
        <source>No profiles yet. Sign in with &apos;sfsync-run login --profile NAME&apos; (or in the desktop app).</source>
        <translation>Noch keine Profile. Melden Sie sich mit &apos;sfsync-run login --profile NAME&apos; (oder in der Desktop-App) an.</translation>
    </message>
    <message>
        <source>* marks the desktop app&apos;s default profile.</source>
        <translation>* markiert das Standardprofil der Desktop-App.</translation>
    </message>
</context>
<context>
    <name>sfsync::ProgressPrinter</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1/%2 rows (%3%)</source>
        <translation>%1/%2 Zeilen (%3%)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>fertig in %1</translation>
    </message>
</context>
<context>
    <name>sfsync::QueryPager</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation>Die Abfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>The query answer has no records</source>
        <translation>Die Abfrage-Antwort hat keine Datensätze</translation>
    </message>
</context>
<context>
    <name>sfsync::ReadBack</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid object name</source>
        <translation>kein gültiger Objektname</translation>
    </message>
    <message>
        <source>the answer was lost and the org could not be read back (%1); look for this row&apos;s record before loading it again</source>
        <translation>die Antwort ging verloren, und die Org konnte nicht zurückgelesen werden (%1); suchen Sie den Datensatz dieser Zeile, bevor Sie sie erneut laden</translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation>%1 Datensätze passen: %2</translation>
    </message>
    <message>
        <source>the record was created twice: %1</source>
        <translation>der Datensatz wurde zweimal angelegt: %1</translation>
    </message>
    <message numerus="yes">
        <source>the answer was lost, and %n record(s) created by this user since %1 hold some of this row&apos;s values but not all: %2. One may be this row&apos;s, changed by automation; look before loading the row again</source>
        <translation>
            <numerusform>die Antwort ging verloren, und %n seit %1 von diesem Benutzer angelegter Datensatz enthält einige Werte dieser Zeile, aber nicht alle: %2. Er kann der dieser Zeile sein, von einer Automatisierung geändert; sehen Sie nach, bevor Sie die Zeile erneut laden</numerusform>
            <numerusform>die Antwort ging verloren, und %n seit %1 von diesem Benutzer angelegte Datensätze enthalten einige Werte dieser Zeile, aber nicht alle: %2. Einer kann der dieser Zeile sein, von einer Automatisierung geändert; sehen Sie nach, bevor Sie die Zeile erneut laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::RestCall</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Nicht mit einer Org verbunden</translation>
    </message>
    <message>
        <source>a gateway answered %1 %2</source>
        <translation>ein Gateway antwortete %1 %2</translation>
    </message>
</context>
<context>
    <name>sfsync::RestReply</name>
    <message>
        <source>Salesforce did not answer in time</source>
        <translation>Salesforce hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came: %1</source>
        <translation>Die Verbindung wurde geschlossen, bevor eine Antwort kam: %1</translation>
    </message>
    <message>
        <source>The connection was refused: %1</source>
        <translation>Die Verbindung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>Host nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>innerhalb von %1 s kam keine Antwort</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>die Antwort brach nach %1 von %2 Bytes ab</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent, before a complete answer</source>
        <translation>die Verbindung wurde nach dem Senden der Anfrage geschlossen, bevor eine vollständige Antwort kam</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent (error %1)</source>
        <translation>die Verbindung brach nach dem Senden der Anfrage ab (Fehler %1)</translation>
    </message>
    <message>
        <source>The request was canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>die Antwort wurde abgeschnitten</translation>
    </message>
</context>
<context>
    <name>sfsync::ResultWriter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sfsync::RowResultModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Matched records</source>
        <translation>Gefundene Datensätze</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Änderungen (alt → neu)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record Id</source>
        <translation>Datensatz-Id</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Ungewiss</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
</context>
<context>
    <name>sfsync::RunJournal</name>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>das Ausführungsjournal %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the run journal %1: %2</source>
        <translation>das Ausführungsjournal %1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>sfsync::RunView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Run a job to write its changes to Salesforce. Preview it first to see them.</source>
        <translation>Führen Sie einen Job aus, um seine Änderungen nach Salesforce zu schreiben. Sehen Sie sie zuerst in der Vorschau an.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Ausführung &amp;abbrechen</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Search results (Id, error, …)</source>
        <translation>Ergebnisse durchsuchen (Id, Fehler, …)</translation>
    </message>
    <message>
        <source>Save results.csv…</source>
        <translation>results.csv speichern…</translation>
    </message>
    <message>
        <source>Save errors.csv…</source>
        <translation>errors.csv speichern…</translation>
    </message>
    <message>
        <source>Open record in Salesforce</source>
        <translation>Datensatz in Salesforce öffnen</translation>
    </message>
    <message>
        <source>Re-run failed rows</source>
        <translation>Fehlgeschlagene Zeilen erneut ausführen</translation>
    </message>
    <message>
        <source>Run again, for each action, only the rows that did not succeed</source>
        <translation>Erneut ausführen, für jede Aktion nur die Zeilen, die nicht erfolgreich waren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Ergebnisse speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save errors</source>
        <translation>Fehler speichern</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>the job</source>
        <translation>der Job</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the calls in flight…</source>
        <translation>Abbruch: warte auf die laufenden Aufrufe…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done</source>
        <translation>
            <numerusform>%n Zeile fertig</numerusform>
            <numerusform>%n Zeilen fertig</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n API-Aufruf</numerusform>
            <numerusform>%n API-Aufrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>org API usage %1 / %2</source>
        <translation>API-Nutzung der Org %1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Planning every row first</source>
        <translation>Zuerst wird jede Zeile geplant</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n Zeile passt zu mehreren Datensätzen und wird nicht geschrieben. Die anderen Zeilen schreiben?</numerusform>
            <numerusform>%n Zeilen passen zu mehreren Datensätzen und werden nicht geschrieben. Die anderen Zeilen schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ambiguous rows</source>
        <translation>Mehrdeutige Zeilen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Keine Zeilen.</translation>
    </message>
    <message>
        <source>Nothing was sent. The job cannot run:
%1</source>
        <translation>Nichts wurde gesendet. Der Job kann nicht laufen:
%1</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>Die Ausführung wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Cancelled: rows not sent are marked skipped.</source>
        <translation>Abgebrochen: nicht gesendete Zeilen sind als übersprungen markiert.</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>%1 abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 vergangen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Re-running the failed rows of %1…</source>
        <translation>Die fehlgeschlagenen Zeilen von %1 werden erneut ausgeführt…</translation>
    </message>
</context>
<context>
    <name>sfsync::Runner</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Push data into Salesforce from the command line, for cron and CI.</source>
        <translation>Daten von der Kommandozeile nach Salesforce übertragen, für cron und CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Connecting (describe, validate, preview, run):</source>
        <translation>Verbinden (describe, validate, preview, run):</translation>
    </message>
    <message>
        <source>  --profile NAME        an org signed in with &apos;sfsync-run login&apos;</source>
        <translation>  --profile NAME        eine mit &apos;sfsync-run login&apos; angemeldete Org</translation>
    </message>
    <message>
        <source>  --instance-url URL    with the access token in the environment variable SFSYNC_ACCESS_TOKEN</source>
        <translation>  --instance-url URL    mit dem Zugriffstoken in der Umgebungsvariablen SFSYNC_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>  --local-org           a local org inside sfsync-run, seeded with the sample data</source>
        <translation>  --local-org           eine lokale Org in sfsync-run, mit den Beispieldaten</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Exit-Codes:</translation>
    </message>
    <message>
        <source>  0  every row succeeded (preview: planned without error)</source>
        <translation>  0  jede Zeile war erfolgreich (Vorschau: ohne Fehler geplant)</translation>
    </message>
    <message>
        <source>  1  some rows did not succeed</source>
        <translation>  1  einige Zeilen waren nicht erfolgreich</translation>
    </message>
    <message>
        <source>  2  usage or config error; nothing was sent</source>
        <translation>  2  Aufruf- oder Konfigurationsfehler; nichts wurde gesendet</translation>
    </message>
    <message>
        <source>  3  authentication failed</source>
        <translation>  3  Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>  4  Salesforce unreachable, or limits exhausted after retries</source>
        <translation>  4  Salesforce nicht erreichbar, oder Limits nach Wiederholungen erschöpft</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options; &apos;%1 --version&apos; for the version.</source>
        <translation>Führen Sie &apos;%1 &lt;Befehl&gt; --help&apos; für die Optionen eines Befehls aus; &apos;%1 --version&apos; für die Version.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Aufruf: %1 %2 %3</translation>
    </message>
    <message>
        <source>secrets are not accepted on the command line (--%1): they would show in the process list and the shell history.</source>
        <translation>Geheimnisse werden auf der Kommandozeile nicht angenommen (--%1): sie wären in der Prozessliste und im Shell-Verlauf sichtbar.</translation>
    </message>
    <message>
        <source>Put the access token in the environment variable SFSYNC_ACCESS_TOKEN and pass --instance-url URL, or sign in once with &apos;sfsync-run login&apos; and use --profile.</source>
        <translation>Legen Sie das Zugriffstoken in die Umgebungsvariable SFSYNC_ACCESS_TOKEN und übergeben Sie --instance-url URL, oder melden Sie sich einmal mit &apos;sfsync-run login&apos; an und verwenden Sie --profile.</translation>
    </message>
    <message>
        <source>the command comes first: %1 &lt;command&gt; [options].</source>
        <translation>der Befehl kommt zuerst: %1 &lt;Befehl&gt; [Optionen].</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Führen Sie &apos;%1 --help&apos; für die Liste der Befehle aus.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1 %2&apos;? Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Meinten Sie &apos;%1 %2&apos;? Führen Sie &apos;%1 --help&apos; für die Liste der Befehle aus.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation>Führen Sie &apos;%1 %2 --help&apos; für die Optionen aus.</translation>
    </message>
    <message>
        <source>cannot write the log file %1: %2.</source>
        <translation>die Protokolldatei %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Choose a writable path for --log-file, or leave it out to log to the terminal.</source>
        <translation>Wählen Sie einen beschreibbaren Pfad für --log-file, oder lassen Sie es weg, um ins Terminal zu protokollieren.</translation>
    </message>
    <message>
        <source>Interrupted: stopping after the calls in flight (press Ctrl+C again to quit at once).</source>
        <translation>Unterbrochen: Halt nach den laufenden Aufrufen (erneut Strg+C beendet sofort).</translation>
    </message>
    <message>
        <source>interrupted twice: quitting without waiting.</source>
        <translation>zweimal unterbrochen: Beenden ohne zu warten.</translation>
    </message>
    <message>
        <source>&apos;%1 run CONFIG --resume&apos; continues from the journal.</source>
        <translation>&apos;%1 run CONFIG --resume&apos; setzt anhand des Journals fort.</translation>
    </message>
    <message>
        <source>Print only errors and the requested output (no progress).</source>
        <translation>Nur Fehler und die angeforderte Ausgabe ausgeben (kein Fortschritt).</translation>
    </message>
    <message>
        <source>Print debug messages of every sfsync.* logging category.</source>
        <translation>Debug-Meldungen aller sfsync.*-Protokollkategorien ausgeben.</translation>
    </message>
    <message>
        <source>Write log messages to FILE (created readable by you only) instead of the terminal; warnings still go to stderr.</source>
        <translation>Protokollmeldungen in DATEI schreiben (nur für Sie lesbar angelegt) statt ins Terminal; Warnungen gehen weiterhin nach stderr.</translation>
    </message>
</context>
<context>
    <name>sfsync::SdlMapping</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write SourceColumn=SalesforceField</source>
        <translation>„%1“ ist keine Zuordnung: schreiben Sie Quellspalte=SalesforceFeld</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>ein \u-Escape braucht vier Hexadezimalziffern</translation>
    </message>
    <message>
        <source>no source column: skipped</source>
        <translation>keine Quellspalte: übersprungen</translation>
    </message>
    <message>
        <source>%1 is mapped to no field: skipped</source>
        <translation>%1 ist keinem Feld zugeordnet: übersprungen</translation>
    </message>
    <message>
        <source>cannot read the mapping file: %1</source>
        <translation>die Zuordnungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>too large to be a Data Loader mapping file</source>
        <translation>zu groß für eine Zuordnungsdatei des Data Loader</translation>
    </message>
</context>
<context>
    <name>sfsync::SfError</name>
    <message numerus="yes">
        <source>%n records match: %1</source>
        <translation>
            <numerusform>%n Datensatz passt: %1</numerusform>
            <numerusform>%n Datensätze passen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP status %1 without details</source>
        <translation>HTTP-Status %1 ohne Einzelheiten</translation>
    </message>
    <message>
        <source>%1; Salesforce may or may not have carried the request out</source>
        <translation>%1; Salesforce hat die Anfrage möglicherweise ausgeführt, möglicherweise nicht</translation>
    </message>
</context>
<context>
    <name>sfsync::SignIn</name>
    <message>
        <source>The sign-in was not completed in time. Start it again, and finish it in the browser window that opens.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen. Starten Sie sie erneut und schließen Sie sie im sich öffnenden Browserfenster ab.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in: ports %1 on 127.0.0.1 are all in use (%2).</source>
        <translation>Die Anmeldung kann nicht empfangen werden: die Ports %1 auf 127.0.0.1 sind alle belegt (%2).</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Anfrage zu groß</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Diese Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>This is not a sign-in request.</source>
        <translation>Dies ist keine Anmeldeanfrage.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>Sign-in already used</source>
        <translation>Anmeldung bereits verwendet</translation>
    </message>
    <message>
        <source>This sign-in has already been completed or abandoned. Start a new sign-in in sfsync.</source>
        <translation>Diese Anmeldung wurde bereits abgeschlossen oder aufgegeben. Starten Sie in sfsync eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The answer did not belong to this sign-in, so it was refused. Start a new sign-in in sfsync.</source>
        <translation>Die Antwort gehörte nicht zu dieser Anmeldung und wurde daher abgelehnt. Starten Sie in sfsync eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch); it was refused.</source>
        <translation>Die Anmeldeantwort gehörte nicht zu dieser Anmeldung (state stimmt nicht); sie wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Access was denied in the browser: %1</source>
        <translation>Der Zugriff wurde im Browser verweigert: %1</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Salesforce sent no authorization code.</source>
        <translation>Salesforce hat keinen Autorisierungscode gesendet.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in to Salesforce. You can close this window and return to sfsync.</source>
        <translation>Sie sind bei Salesforce angemeldet. Sie können dieses Fenster schließen und zu sfsync zurückkehren.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in: %1</source>
        <translation>Salesforce hat die Anmeldung nicht akzeptiert: %1</translation>
    </message>
</context>
<context>
    <name>sfsync::SignInController</name>
    <message>
        <source>Continue in your browser. If it did not open, visit:
%1</source>
        <translation>Fahren Sie im Browser fort. Falls er sich nicht geöffnet hat, besuchen Sie:
%1</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Die Anmeldung wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Signed in; reading the org…</source>
        <translation>Angemeldet; die Org wird gelesen…</translation>
    </message>
    <message>
        <source>Signed in as %1. The org gave no refresh token, so it is not saved for next time.</source>
        <translation>Angemeldet als %1. Die Org hat kein Refresh-Token ausgegeben, daher wird sie nicht für das nächste Mal gespeichert.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Signed in as %1, but the org could not be saved for next time: %2</source>
        <translation>Angemeldet als %1, aber die Org konnte nicht für das nächste Mal gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Der Browser wird geöffnet…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Mit %1 verbunden.</translation>
    </message>
</context>
<context>
    <name>sfsync::Soql</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; ist weder true noch false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>&apos;%1&apos; ist kein Datum mit Uhrzeit (JJJJ-MM-TTThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (hh:mm:ss)</source>
        <translation>&apos;%1&apos; ist keine Uhrzeit (hh:mm:ss)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce record Id</source>
        <translation>&apos;%1&apos; ist keine Salesforce-Datensatz-Id</translation>
    </message>
    <message>
        <source>Field %1 of type %2 cannot be compared in a query</source>
        <translation>Feld %1 vom Typ %2 kann in einer Abfrage nicht verglichen werden</translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePanel</name>
    <message>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <source>NDJSON file (one JSON object per line)</source>
        <translation>NDJSON-Datei (ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>SQLite database (query)</source>
        <translation>SQLite-Datenbank (Abfrage)</translation>
    </message>
    <message>
        <source>Path of the file to load</source>
        <translation>Pfad der zu ladenden Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>SELECT email, last_name FROM contacts</source>
        <translation>SELECT email, last_name FROM contacts</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>Change source type</source>
        <translation>Quelltyp ändern</translation>
    </message>
    <message>
        <source>Change source file</source>
        <translation>Quelldatei ändern</translation>
    </message>
    <message>
        <source>Change delimiter</source>
        <translation>Trennzeichen ändern</translation>
    </message>
    <message>
        <source>Edit source query</source>
        <translation>Quellabfrage bearbeiten</translation>
    </message>
    <message>
        <source>Choose a CSV, NDJSON or SQLite file to load.</source>
        <translation>Wählen Sie eine CSV-, NDJSON- oder SQLite-Datei zum Laden.</translation>
    </message>
    <message>
        <source>Type the query that selects the rows to load.</source>
        <translation>Geben Sie die Abfrage ein, die die zu ladenden Zeilen auswählt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>NDJSON-Dateien (*.ndjson *.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation>Quelle wählen</translation>
    </message>
    <message>
        <source>Choose source %1</source>
        <translation>Quelle %1 wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n row(s)</source>
        <translation>
            <numerusform>die erste %n Zeile wird gezeigt</numerusform>
            <numerusform>die ersten %n Zeilen werden gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (byte order from the mark)</source>
        <translation>%1 (Bytereihenfolge aus der Marke)</translation>
    </message>
    <message>
        <source>%1 (Latin-1)</source>
        <translation>%1 (Latin-1)</translation>
    </message>
    <message>
        <source>%1 (Western European, Windows)</source>
        <translation>%1 (Westeuropäisch, Windows)</translation>
    </message>
    <message>
        <source>%1 (Latin-9, with €)</source>
        <translation>%1 (Latin-9, mit €)</translation>
    </message>
    <message>
        <source>The character encoding of the file. A byte order mark at its start (UTF-8, UTF-16, UTF-32) always wins.</source>
        <translation>Die Zeichenkodierung der Datei. Eine Bytereihenfolgemarke an ihrem Anfang (UTF-8, UTF-16, UTF-32) hat immer Vorrang.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>Change encoding</source>
        <translation>Kodierung ändern</translation>
    </message>
    <message>
        <source>Read as %1: the file starts with its byte order mark.</source>
        <translation>Als %1 gelesen: die Datei beginnt mit dessen Bytereihenfolgemarke.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePreviewLoader</name>
    <message>
        <source>No source file chosen.</source>
        <translation>Keine Quelldatei gewählt.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>This kind of source cannot be read.</source>
        <translation>Diese Art von Quelle kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Zeile %1 (Dateizeile %2): %3</translation>
    </message>
</context>
<context>
    <name>sfsync::SqlSource</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation>die Datenbank %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>die Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading the query failed: %1</source>
        <translation>das Lesen der Abfrage ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>sfsync::SyncCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation>KONFIG [Optionen]</translation>
    </message>
    <message>
        <source>Run a job: write every source row to the org and report a result per row.</source>
        <translation>Einen Job ausführen: jede Quellzeile in die Org schreiben und pro Zeile ein Ergebnis melden.</translation>
    </message>
    <message>
        <source>Preview a job: plan every source row (create, update, delete, ambiguous, not found) and write nothing.</source>
        <translation>Vorschau eines Jobs: jede Quellzeile planen (anlegen, aktualisieren, löschen, mehrdeutig, nicht gefunden) und nichts schreiben.</translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation>Die Job-Konfigurationsdatei (JSON).</translation>
    </message>
    <message>
        <source>Read the rows from FILE instead of the config&apos;s source.path.</source>
        <translation>Die Zeilen aus DATEI statt aus source.path der Konfiguration lesen.</translation>
    </message>
    <message>
        <source>Write results.csv and errors.csv into DIR (created when missing).</source>
        <translation>results.csv und errors.csv nach DIR schreiben (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Write preview.csv into DIR (created when missing).</source>
        <translation>preview.csv nach DIR schreiben (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>Die Zusammenfassung als ein JSON-Objekt auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Continue the last interrupted run of this config.</source>
        <translation>Die letzte unterbrochene Ausführung dieser Konfiguration fortsetzen.</translation>
    </message>
    <message>
        <source>Plan every row first and write nothing if any row is ambiguous (exit code 1).</source>
        <translation>Zuerst jede Zeile planen und nichts schreiben, wenn eine Zeile mehrdeutig ist (Exit-Code 1).</translation>
    </message>
    <message>
        <source>Write with Bulk API 2.0, whatever the config says.</source>
        <translation>Mit Bulk API 2.0 schreiben, egal was die Konfiguration sagt.</translation>
    </message>
    <message>
        <source>Write with sObject Collections, whatever the config says.</source>
        <translation>Mit sObject Collections schreiben, egal was die Konfiguration sagt.</translation>
    </message>
    <message>
        <source>Calls in flight at once (1-25), instead of the config&apos;s value.</source>
        <translation>Gleichzeitig laufende Aufrufe (1-25) statt des Werts der Konfiguration.</translation>
    </message>
    <message>
        <source>%1 needs a job config file.</source>
        <translation>%1 braucht eine Job-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>%1 takes one job config file.</source>
        <translation>%1 nimmt eine Job-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run %1 CONFIG [options]; see &apos;sfsync-run %1 --help&apos;.</source>
        <translation>Aufruf: sfsync-run %1 KONFIG [Optionen]; siehe &apos;sfsync-run %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--concurrency expects a number from 1 to 25.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 25.</translation>
    </message>
    <message>
        <source>Leave it out to use the config&apos;s value.</source>
        <translation>Lassen Sie es weg, um den Wert der Konfiguration zu verwenden.</translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation>die Job-Konfiguration %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON); the desktop app saves them, and docs/cli.md shows one.</source>
        <translation>Geben Sie den Pfad einer Job-Konfiguration (JSON) an; die Desktop-App speichert sie, und docs/cli.md zeigt eine.</translation>
    </message>
    <message numerus="yes">
        <source>the job config %1 has %n problem(s); nothing was sent.</source>
        <translation>
            <numerusform>die Job-Konfiguration %1 hat %n Problem; nichts wurde gesendet.</numerusform>
            <numerusform>die Job-Konfiguration %1 hat %n Probleme; nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1&apos; checks it again.</source>
        <translation>Beheben Sie die oben genannten Stellen; &apos;sfsync-run validate %1&apos; prüft erneut.</translation>
    </message>
    <message>
        <source>--bulk and --no-bulk exclude each other.</source>
        <translation>--bulk und --no-bulk schließen einander aus.</translation>
    </message>
    <message>
        <source>Leave both out to let the job choose by its size.</source>
        <translation>Lassen Sie beide weg, damit der Job nach seiner Größe wählt.</translation>
    </message>
    <message>
        <source>the source file %1 does not exist.</source>
        <translation>die Quelldatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Fix source.path in %1 (relative paths start at the config&apos;s folder), or give the file with --source FILE.</source>
        <translation>Korrigieren Sie source.path in %1 (relative Pfade beginnen im Ordner der Konfiguration) oder geben Sie die Datei mit --source DATEI an.</translation>
    </message>
    <message>
        <source>Check the path given to --source.</source>
        <translation>Prüfen Sie den an --source übergebenen Pfad.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Abgebrochen, bevor etwas gesendet wurde.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; against %3</source>
        <translation>%1 &apos;%2&apos; gegen %3</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>the org has used %1 of its %2 daily API requests; when they run out the run stops (exit code 4) and &apos;sfsync-run run %3 --resume&apos; continues it later.</source>
        <translation>die Org hat %1 ihrer %2 täglichen API-Anfragen verbraucht; wenn sie aufgebraucht sind, hält die Ausführung an (Exit-Code 4), und &apos;sfsync-run run %3 --resume&apos; setzt sie später fort.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planung</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>the job does not fit the org or the source; nothing was sent.</source>
        <translation>der Job passt nicht zur Org oder zur Quelle; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1 --profile ...&apos; checks them.</source>
        <translation>Beheben Sie die oben genannten Stellen; &apos;sfsync-run validate %1 --profile ...&apos; prüft sie.</translation>
    </message>
    <message>
        <source>Then continue with &apos;sfsync-run run %1 --resume&apos;.</source>
        <translation>Setzen Sie dann mit &apos;sfsync-run run %1 --resume&apos; fort.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s) in %1 s, %2 API calls: nothing was written.</source>
        <translation>
            <numerusform>Vorschau von %n Zeile in %1 s, %2 API-Aufrufe: nichts wurde geschrieben.</numerusform>
            <numerusform>Vorschau von %n Zeilen in %1 s, %2 API-Aufrufe: nichts wurde geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>  create %1, update %2, delete %3, ambiguous %4, not found %5, invalid %6</source>
        <translation>  anlegen %1, aktualisieren %2, löschen %3, mehrdeutig %4, nicht gefunden %5, ungültig %6</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  Details: %1</translation>
    </message>
    <message numerus="yes">
        <source>Run stopped after %n row(s) in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Ausführung nach %n Zeile in %1 s angehalten, %2 API-Aufrufe.</numerusform>
            <numerusform>Ausführung nach %n Zeilen in %1 s angehalten, %2 API-Aufrufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of %n row(s) finished in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Ausführung von %n Zeile in %1 s beendet, %2 API-Aufrufe.</numerusform>
            <numerusform>Ausführung von %n Zeilen in %1 s beendet, %2 API-Aufrufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>  created %1, updated %2, deleted %3, ambiguous %4, not found %5, invalid %6, failed %7, skipped %8</source>
        <translation>  angelegt %1, aktualisiert %2, gelöscht %3, mehrdeutig %4, nicht gefunden %5, ungültig %6, fehlgeschlagen %7, übersprungen %8</translation>
    </message>
    <message>
        <source>  results: %1, rows to fix: %2</source>
        <translation>  Ergebnisse: %1, zu korrigierende Zeilen: %2</translation>
    </message>
    <message>
        <source>  add --out DIR to get errors.csv with the rows that did not succeed</source>
        <translation>  fügen Sie --out DIR hinzu, um errors.csv mit den nicht erfolgreichen Zeilen zu erhalten</translation>
    </message>
    <message>
        <source>  nothing was written because rows are ambiguous (--abort-on-ambiguous); &apos;sfsync-run preview %1 --out DIR&apos; lists their matches</source>
        <translation>  nichts wurde geschrieben, weil Zeilen mehrdeutig sind (--abort-on-ambiguous); &apos;sfsync-run preview %1 --out DIR&apos; listet ihre Treffer</translation>
    </message>
    <message>
        <source>  continue with &apos;sfsync-run run %1 --resume&apos;</source>
        <translation>  setzen Sie mit &apos;sfsync-run run %1 --resume&apos; fort</translation>
    </message>
    <message>
        <source>  uncertain %1: their answers were lost and the org could not tell whether they were written; look them up before loading them again (the error column says what to check)</source>
        <translation>  ungewiss %1: ihre Antworten gingen verloren, und die Org konnte nicht zeigen, ob sie geschrieben wurden; sehen Sie nach, bevor Sie sie erneut laden (die Fehlerspalte sagt, was zu prüfen ist)</translation>
    </message>
    <message>
        <source>  unchanged %1: the org already holds their values; they would not be sent</source>
        <translation>  unverändert %1: die Org enthält ihre Werte bereits; sie würden nicht gesendet</translation>
    </message>
    <message>
        <source>  unchanged %1: the org already held their values; nothing was sent for them</source>
        <translation>  unverändert %1: die Org enthielt ihre Werte bereits; für sie wurde nichts gesendet</translation>
    </message>
    <message>
        <source>Confirm the job&apos;s hardDelete actions: their records are erased for good, without the recycle bin.</source>
        <translation>Die hardDelete-Aktionen des Jobs bestätigen: ihre Datensätze werden endgültig gelöscht, ohne Papierkorb.</translation>
    </message>
    <message>
        <source>actions[%1] (%2) hard deletes %3 records: they are erased for good, without the recycle bin; nothing was sent.</source>
        <translation>actions[%1] (%2) löscht %3-Datensätze endgültig: sie werden für immer gelöscht, ohne Papierkorb; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Confirm with --yes, or put &quot;confirmHardDelete&quot;: true into that action of %1; &apos;sfsync-run preview %1&apos; shows which records match.</source>
        <translation>Bestätigen Sie mit --yes, oder schreiben Sie &quot;confirmHardDelete&quot;: true in diese Aktion von %1; &apos;sfsync-run preview %1&apos; zeigt, welche Datensätze passen.</translation>
    </message>
</context>
<context>
    <name>sfsync::SyncJob</name>
    <message>
        <source>no org connection</source>
        <translation>keine Org-Verbindung</translation>
    </message>
    <message numerus="yes">
        <source>nothing was written because %n row(s) are ambiguous</source>
        <translation>
            <numerusform>nichts wurde geschrieben, weil %n Zeile mehrdeutig ist</numerusform>
            <numerusform>nichts wurde geschrieben, weil %n Zeilen mehrdeutig sind</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 differs from the interrupted run; the source changed, so it cannot be resumed</source>
        <translation>Zeile %1 unterscheidet sich von der unterbrochenen Ausführung; die Quelle hat sich geändert, daher kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>stopped at the malformed row %1 (stopOnMalformedRow)</source>
        <translation>angehalten an der fehlerhaften Zeile %1 (stopOnMalformedRow)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n Zeile passt zu mehreren Datensätzen und wird nicht geschrieben. Die anderen Zeilen schreiben?</numerusform>
            <numerusform>%n Zeilen passen zu mehreren Datensätzen und werden nicht geschrieben. Die anderen Zeilen schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>hardDelete needs the &apos;Bulk API Hard Delete&apos; permission, which the signed-in user does not have; nothing was sent. Ask an administrator to grant it (a permission set), or use &quot;delete&quot; (the records then go to the recycle bin)</source>
        <translation>hardDelete braucht die Berechtigung &apos;Bulk API Hard Delete&apos;, die der angemeldete Benutzer nicht hat; nichts wurde gesendet. Bitten Sie einen Administrator, sie zu erteilen (ein Berechtigungssatz), oder verwenden Sie &quot;delete&quot; (die Datensätze kommen dann in den Papierkorb)</translation>
    </message>
    <message>
        <source>cannot check the &apos;Bulk API Hard Delete&apos; permission that hardDelete needs (%1); nothing was sent</source>
        <translation>die Berechtigung &apos;Bulk API Hard Delete&apos;, die hardDelete braucht, kann nicht geprüft werden (%1); nichts wurde gesendet</translation>
    </message>
</context>
<context>
    <name>sfsync::TokenRequest</name>
    <message>
        <source>The request was canceled</source>
        <translation>Die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Der Token-Endpunkt hat ohne Zugriffstoken geantwortet</translation>
    </message>
</context>
<context>
    <name>sfsync::TokenStore</name>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;</source>
        <translation>Keine gespeicherte Anmeldung für das Profil &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sfsync::UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; ist keine gültige URL</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: Salesforce connections must use https (plain http is allowed only for a local org on this machine)</source>
        <translation>Verbindung zu %1 abgelehnt: Salesforce-Verbindungen müssen https verwenden (einfaches http ist nur für eine lokale Org auf diesem Rechner erlaubt)</translation>
    </message>
</context>
<context>
    <name>sfsync::ValidateCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation>KONFIG [Optionen]</translation>
    </message>
    <message>
        <source>Check a job config offline and, with an org, against the org&apos;s metadata.</source>
        <translation>Eine Job-Konfiguration offline prüfen und, mit einer Org, gegen die Metadaten der Org.</translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation>Die Job-Konfigurationsdatei (JSON).</translation>
    </message>
    <message>
        <source>Check the columns of FILE instead of the config&apos;s source.path.</source>
        <translation>Die Spalten von DATEI statt von source.path der Konfiguration prüfen.</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;, &quot;checkedAgainstOrg&quot;, &quot;issues&quot;} as JSON on stdout.</source>
        <translation>{&quot;valid&quot;, &quot;checkedAgainstOrg&quot;, &quot;issues&quot;} als JSON auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>validate needs a job config file.</source>
        <translation>validate braucht eine Job-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>validate takes one job config file.</source>
        <translation>validate nimmt eine Job-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run validate CONFIG [--profile NAME | --instance-url URL | --local-org]</source>
        <translation>Aufruf: sfsync-run validate KONFIG [--profile NAME | --instance-url URL | --local-org]</translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation>die Job-Konfiguration %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON).</source>
        <translation>Geben Sie den Pfad einer Job-Konfiguration (JSON) an.</translation>
    </message>
    <message>
        <source>the source file %1 does not exist</source>
        <translation>die Quelldatei %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read the source %1: %2</source>
        <translation>die Quelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the org&apos;s metadata</source>
        <translation>die Metadaten der Org können nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 hat %n Problem.</numerusform>
            <numerusform>%1 hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above (&apos;sfsync-run describe OBJECT&apos; lists an object&apos;s fields and flags).</source>
        <translation>Beheben Sie die oben genannten Stellen (&apos;sfsync-run describe OBJEKT&apos; listet die Felder und Eigenschaften eines Objekts).</translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation>Beheben Sie die oben genannten Stellen.</translation>
    </message>
    <message>
        <source>%1 is valid for %2.</source>
        <translation>%1 ist gültig für %2.</translation>
    </message>
    <message>
        <source>%1 is valid (checked offline; add --profile, --instance-url or --local-org to check it against an org).</source>
        <translation>%1 ist gültig (offline geprüft; fügen Sie --profile, --instance-url oder --local-org hinzu, um gegen eine Org zu prüfen).</translation>
    </message>
</context>
<context>
    <name>sfsync::ValueConverter</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the restricted picklist %2</source>
        <translation>&quot;%1&quot; ist kein Wert der eingeschränkten Auswahlliste %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce record Id</source>
        <translation>&quot;%1&quot; ist keine Salesforce-Datensatz-Id</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation>&quot;%1&quot; hat mehr als %2 Ziffern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use . as the decimal separator)</source>
        <translation>&quot;%1&quot; ist keine Zahl (verwenden Sie . als Dezimaltrennzeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits before the decimal point</source>
        <translation>&quot;%1&quot; hat mehr als %2 Ziffern vor dem Dezimalpunkt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or %2)</source>
        <translation>&quot;%1&quot; ist kein Datum (JJJJ-MM-TT oder %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss, optionally with Z or an offset)</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit (JJJJ-MM-TTThh:mm:ss, wahlweise mit Z oder einem Versatz)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (hh:mm:ss)</source>
        <translation>&quot;%1&quot; ist keine Uhrzeit (hh:mm:ss)</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 that %3 holds</source>
        <translation>%1 Zeichen, mehr als die %2, die %3 aufnimmt</translation>
    </message>
</context>
</TS>
