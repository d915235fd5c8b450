<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectedCommand</name>
    <message>
        <source>cannot connect to the org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalOrgMain</name>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback (OAuth, REST, Bulk API 2.0). Prints its base URL as the first line, then serves until stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (SQLite) that keeps the org across restarts, or :memory:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data for an empty org: sample or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed access token that never expires, for scripts and CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay every response by N ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up to N ms at random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (0..1) that a REST call (or a record, for lock faults) fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated faults, each CODE[=RATE][@METHOD:PATH]. Answers: 503, 500, 420, 401, REQUEST_LIMIT_EXCEEDED. Network: LOSE_REQUEST (reset before the call is carried out), LOSE_ANSWER (carried out, reset before the answer), DROP (carried out, half an answer), STALL (carried out, never answered). Per record: UNABLE_TO_LOCK_ROW. RATE overrides --fail-rate; @METHOD:PATH limits a code to one route, e.g. LOSE_ANSWER=0.2@POST:composite/sobjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds until OAuth-issued access tokens expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily API request limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per query page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve OAuth sign-ins at once, without the consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new refresh token with every refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for injected faults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s time zone (GMT or an IANA name such as Europe/Berlin), in which SOQL date literals such as TODAY count days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed is sample or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-rate is a probability between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-codes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed access token: sign in with OAuth (client id sfsync-local) or restart with --access-token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user permission the user lacks, as UserPermissionAccess names it (e.g. PermissionsBulkApiHardDelete); may be repeated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the local org (offline demo) and the sample job at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of each main screen into DIR, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job config (JSON) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::AccessTokenCredentials</name>
    <message>
        <source>The access token from SFSYNC_ACCESS_TOKEN has expired or is invalid, and it cannot be renewed. Set a new token, or sign in with a profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ActionEditor</name>
    <message>
        <source>%1 = &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Upsert contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert (update, or create when nothing matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find existing records by (matchers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any matcher finds the record (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All matchers must agree (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equals column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping: drag a source column onto a field, or double-click a cell to choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source columns: drag one onto a Salesforce field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map columns to fields with the same API name or label (case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set operation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match any matcher (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match all matchers (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an object to pick matcher fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source column holding the value (or type a constant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches records equal on any matcher that has a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row matches records equal on all matchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add matcher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove matcher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete writes no fields: rows only need matchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) mapped</source>
        <translation>
            <numerusform>%n field mapped</numerusform>
            <numerusform>%n fields mapped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send rows whose record already holds their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Such rows end &quot;unchanged&quot;: nothing is written, so running the same file again writes nothing. A record edited by hand is put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip rows the records already hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write rows the records already hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard delete (erased for good, skips the recycle bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard delete writes no fields: rows only need matchers. The matched records skip the recycle bin and cannot be restored; it always runs through Bulk API 2.0 and needs the &apos;Bulk API Hard Delete&apos; permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2CsvReader</name>
    <message>
        <source>Text after a closing quote at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quoted value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2IngestJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce created the job but sent no job Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bulk job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job&apos;s creation was not answered and the job list could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the job&apos;s creation was not answered %n time(s)</source>
        <translation>
            <numerusform>the job&apos;s creation was not answered %n time</numerusform>
            <numerusform>the job&apos;s creation was not answered %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closing the job was not answered %n time(s)</source>
        <translation>
            <numerusform>closing the job was not answered %n time</numerusform>
            <numerusform>closing the job was not answered %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>The load was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2JobSpec</name>
    <message>
        <source>A bulk job needs an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk job needs at least one column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid column name for a bulk job: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An insert job cannot have an Id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upsert job needs an external ID field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The external ID field %1 is not among the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update or delete job needs an Id column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2Loader</name>
    <message>
        <source>The bulk load takes no more rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has %1 values for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not specified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2QueryJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce created the query job but sent no job Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query job was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the query results is not readable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the query results holds %2 records instead of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2ResultRows</name>
    <message>
        <source>Salesforce did not process this row (job %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce returned no result for this row; it may or may not have been written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::BulkWrite</name>
    <message>
        <source>the bulk job reported nothing for this row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::CollectionsCall</name>
    <message>
        <source>Salesforce answered with %1 results for %2 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ColumnPickerDelegate</name>
    <message>
        <source>(not mapped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::CompositePacker</name>
    <message>
        <source>the Composite answer has no result for subrequest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ConfigValidator</name>
    <message>
        <source>%1 is not an object of this org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records cannot be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records cannot be both created and updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be queried to match records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not filterable on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be set when creating %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed when updating %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires %2 when creating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Connection</name>
    <message>
        <source>The session has expired and no credentials are available to renew it. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOpener</name>
    <message>
        <source>No org was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET must both be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (local org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (JWT bearer, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: use --instance-url URL with the access token in %1, or a local org (--local-org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET, and that the connected app allows the client credentials flow with a run-as user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that %1 holds a valid, unexpired access token for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again with &apos;sfsync-run login --profile %1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the username, the consumer key, the key file (its certificate must be on the connected app) and that the user is pre-authorized for the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s API limit is exhausted: try again later, or raise the limit in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address and your network connection (proxy settings are taken from the system), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not answer properly; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOptions</name>
    <message>
        <source>Use the org signed in as profile NAME (see &apos;sfsync-run login&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the org at URL, with the access token taken from the environment variable %1 (or, without it, the client credentials flow with SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a local org started inside sfsync-run, seeded with the sample data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the JWT bearer flow, signing with the RSA private key in FILE (PEM); needs --username and the consumer key (--client-id or SFSYNC_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce username for --jwt-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key for --jwt-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --jwt-key gets its token (default https://login.salesforce.com; a My Domain URL works too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For --jwt-key: get the token from https://test.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use API version VERSION (e.g. 62.0) instead of the newest the org offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an org with one of: --profile NAME (after &apos;sfsync-run login&apos;); --instance-url URL with the access token in the environment variable %1 (or SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET for the client credentials flow); --jwt-key FILE --username USER --client-id ID; or --local-org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile, --instance-url, --local-org and --jwt-key exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no org chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-version expects a version such as 62.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out to use the newest version the org offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved profiles with &apos;sfsync-run profiles&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the org&apos;s https address, e.g. --instance-url https://example.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance-url needs an access token in the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it, e.g. &apos;export %1=...&apos; from your secret store (tokens are never accepted on the command line), or use --profile NAME after &apos;sfsync-run login&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--jwt-key needs --username USER and the consumer key (--client-id ID or SFSYNC_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See docs/sign-in.md, &quot;JWT bearer&quot;, for the connected app&apos;s set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to --jwt-key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in with a browser, use &apos;sfsync-run login&apos;, then --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionsPage</name>
    <message>
        <source>Current org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it without Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce emulator on this computer, with sample accounts, contacts and leads. Nothing leaves your machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://yourcompany.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer key of the connected app (callback http://localhost:7171/OauthRedirect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;Domain URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1? Its token is removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your My Domain URL, e.g. https://yourcompany.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved orgs yet: sign in once and the org is remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or open the local org to start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::CsvSource</name>
    <message>
        <source>%1: a record is longer than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside unquoted column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header row is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 has no name and cannot be mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header names column &quot;%2&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is not valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byte %1 is not a character in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 are half of a surrogate pair in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes %1 are not a character in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a %1 character (bytes %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, character %2 (byte offset %3), column %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark, so it is read as %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a Data Loader process-conf.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Data Loader process-conf.xml: its root element is &lt;%1&gt;, not &lt;beans&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no id, line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no &lt;bean&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds %1 beans (%2): choose one with --bean NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no bean &quot;%1&quot;; its beans: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, bean %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a %1, not a Data Loader ProcessRunner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bean without a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bean property other than name and configOverrideMap: no equivalent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; exports records; sfsync only writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Data Loader operation sfsync knows (insert, update, upsert, delete, hard_delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: sfsync needs the .sdl file that maps columns to fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for upsert (the field that matches records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a column mapped to %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an insert cannot set Id: the column mapped to it is left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delete writes no fields: only the Id column is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported: sfsync reads CSV files (csvRead); export the data to a CSV file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CSV file was given: set source.path in the job, or pass --source FILE to &apos;sfsync-run run&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an encoding sfsync reads; the job reads UTF-8 (set source.encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Loader then reads the computer&apos;s default encoding; the job reads windows-1252 (change source.encoding if the file is in another one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync writes through Bulk API 2.0, not 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk API 2.0 jobs are sized by sfsync; sObject Collections calls carry at most %1 records (batchSize)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk API 2.0 has no serial mode: the job sends one call or job at a time (options.concurrency 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync waits 5 to 600 seconds for an answer: %1 taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number of seconds: left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job hard deletes: &apos;sfsync-run run&apos; needs --yes, or add &quot;confirmHardDelete&quot;: true to the action once you have checked it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org to sign in to: &apos;sfsync-run login --instance-url %1&apos; (or the desktop app&apos;s sign-in) once, then run with --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials are never copied: sign in with sfsync instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync writes results.csv and errors.csv into the folder given with --out (e.g. --out %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync keeps its own run journal; &apos;sfsync-run run --resume&apos; continues an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no equivalent in sfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job made from it is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImportDialog</name>
    <message>
        <source>Import from Data Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 maps columns to fields; say what the job writes with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert: the field that matches records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External ID field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several processes; which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::DescribeCommand</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[OBJECT] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the org&apos;s objects, or the fields of OBJECT with the flags that matter for matchers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name of an object, e.g. Contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the fields that can be matchers (filterable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe takes at most one object name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; for the list of objects, then &apos;sfsync-run describe NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the org&apos;s objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org has no object named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; to list the objects (names are API names, e.g. Custom_Object__c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot describe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s). Fields of one: sfsync-run describe OBJECT</source>
        <translation>
            <numerusform>%n object. Fields of one: sfsync-run describe OBJECT</numerusform>
            <numerusform>%n objects. Fields of one: sfsync-run describe OBJECT</numerusform>
        </translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILTERABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXTERNAL_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID_LOOKUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNIQUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATEABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATEABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s). Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify records best; REQUIRED fields must be set to create a record.</source>
        <translation>
            <numerusform>%1: %n field. Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify records best; REQUIRED fields must be set to create a record.</numerusform>
            <numerusform>%1: %n fields. Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify records best; REQUIRED fields must be set to create a record.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::EncodingAdvice</name>
    <message>
        <source>Many bytes of the file are zero, in the pattern of %1 text without a byte order mark. The file is probably %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not have the zero bytes %1 text has. It is probably %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is not valid UTF-8. The file is probably %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text holds &quot;%1&quot;, which is how accented letters look after a file was converted to UTF-8 twice. Check the program that wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is valid UTF-8: read as %1, &quot;%2&quot; shows as &quot;%3&quot;. It is probably UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is an invisible control character in ISO-8859-1; in Windows-1252 it is a printable one (€, quotes, dashes). The file is probably Windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Executor</name>
    <message>
        <source>row %1 may or may not have created the record this row updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s); the org shows nothing of it, so it was not written)</source>
        <translation>
            <numerusform>(sent %n time; the org shows nothing of it, so it was not written)</numerusform>
            <numerusform>(sent %n times; the org shows nothing of it, so it was not written)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::FieldTableModel</name>
    <message>
        <source>%1 cannot be used to find records: Salesforce does not allow filtering on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when creating a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filterable fields can be used as matchers to find existing records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Createable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updateable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filterable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::HardDeleteConfirmation</name>
    <message numerus="yes">
        <source>The preview of this job matched %n %1 record(s) that will be erased for good.</source>
        <translation>
            <numerusform>The preview of this job matched %n %1 record that will be erased for good.</numerusform>
            <numerusform>The preview of this job matched %n %1 records that will be erased for good.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n %1 record(s) will be erased for good: the source has that many rows (preview the job to see how many match).</source>
        <translation>
            <numerusform>Up to %n %1 record will be erased for good: the source has that many rows (preview the job to see how many match).</numerusform>
            <numerusform>Up to %n %1 records will be erased for good: the source has that many rows (preview the job to see how many match).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records will be erased for good (the source could not be counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard delete skips the recycle bin: the records cannot be restored. Run the job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ImportDataLoaderCommand</name>
    <message>
        <source>process-conf.xml [--bean NAME] | mapping.sdl --object OBJECT --operation OP [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a Data Loader batch process (process-conf.xml) or mapping file (.sdl) into a job config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Loader&apos;s process-conf.xml, or a field mapping file (.sdl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process (bean id) to take from a process-conf.xml with several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the job config to FILE instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an .sdl file: the sObject written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an .sdl file: insert, update, upsert, delete or hard_delete (or sfsync&apos;s names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an .sdl file and upsert: the field that matches records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an .sdl file: the CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dataloader takes one file: a process-conf.xml or an .sdl mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sfsync-run import-dataloader %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of Data Loader&apos;s process-conf.xml or of an .sdl mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping file alone does not say what to write: --object and --operation are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sfsync-run import-dataloader %1 --object Contact --operation upsert --external-id Legacy_Id__c --csv contacts.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--object, --operation, --external-id and --csv go with an .sdl file; a process-conf.xml names them itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bean goes with a process-conf.xml, not an .sdl file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the Data Loader files; no job was written.</source>
        <translation>
            <numerusform>%n problem in the Data Loader files; no job was written.</numerusform>
            <numerusform>%n problems in the Data Loader files; no job was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a writable path for -o, or leave it out to print the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not carried over (%n setting(s)):</source>
        <translation>
            <numerusform>Not carried over (%n setting):</numerusform>
            <numerusform>Not carried over (%n settings):</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1; check it with &apos;sfsync-run validate %1 --profile NAME&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::JobConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a job config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a job config must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;csv&quot;, &quot;ndjson&quot; or &quot;sqlite&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a single character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this sfsync reads version 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for an sqlite source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an sqlite source takes a query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a csv source takes a delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ASCII character other than a quote or a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one action is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another action already has the name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create takes no matchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes either a column or a value, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a column or a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a matcher of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id cannot be written; use it as a matcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 5 and 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 600</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, number or boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a matcher value cannot be null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;or&quot; or &quot;and&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;skip&quot; or &quot;null&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;on&quot; or &quot;off&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported encoding; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a csv source takes an encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a parent&apos;s key (%1) cannot be a matcher; map it as a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid parent key: write Relationship.KeyField (Account.Legacy_Id__c), or Object:Relationship.KeyField for a polymorphic reference (User:Owner.Email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;create&quot;, &quot;update&quot;, &quot;upsert&quot;, &quot;delete&quot; or &quot;hardDelete&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardDelete runs only through Bulk API 2.0; leave &quot;bulk&quot; out or set it to &quot;on&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a hardDelete action takes it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::JobDocument</name>
    <message>
        <source>Untitled job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::JobEditor</name>
    <message>
        <source>e.g. Contacts from the CRM export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running:</source>
        <translation>
            <numerusform>%n problem to fix before running:</numerusform>
            <numerusform>%n problems to fix before running:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::JwtBearerCredentials</name>
    <message>
        <source>Cannot read the private key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key for the JWT bearer flow is not an unencrypted RSA key in PEM format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the JWT assertion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::KeychainTokenStore</name>
    <message>
        <source>The tokens are too long to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;. Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keychain (%1). sfsync keeps tokens only in the system keychain and never in a plain file. Without one, use a headless option instead: SFSYNC_ACCESS_TOKEN with --instance-url, the client credentials flow (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET), or the JWT bearer flow with a private key file. See docs/sign-in.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::LocalOrgEmbedding</name>
    <message>
        <source>Local org user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::LoginCommand</name>
    <message>
        <source>[--sandbox | --login-url URL] [--client-id ID] [--profile NAME] [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an org in the browser and save it as a profile for --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to a sandbox (https://test.salesforce.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at URL: your My Domain (https://NAME.my.salesforce.com) or a local org. Default: https://login.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key (default: SFSYNC_CLIENT_ID from the environment, else sfsync&apos;s own). A secret, when the app needs one, is read from SFSYNC_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the org as profile NAME (default: the username).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the sign-in URL; open it in any browser yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after SECONDS without a completed sign-in (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login --help&apos; for its options (e.g. --profile NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout expects seconds from 5 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out to wait 120 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (up to 64), starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser. If no browser opens, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in (up to %1 s; Ctrl+C cancels)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; fetching the token...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so no profile can be saved: use --instance-url with SFSYNC_ACCESS_TOKEN, or client credentials (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login&apos; again and finish the sign-in in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the program that uses the sign-in port (7171-7175), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login URL and your network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login URL (--sandbox for sandboxes, --login-url for My Domain) and the connected app (--client-id), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org&apos;s address is unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the org does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the profile could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org issued no refresh token (the connected app lacks the refresh_token scope): the profile works only until this session expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2; saved as profile &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it with: sfsync-run describe --profile %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::LogoutCommand</name>
    <message>
        <source>--profile NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out: revoke a profile&apos;s token at its org and forget the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logout needs the profile to sign out of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run logout --profile NAME&apos;; &apos;sfsync-run profiles&apos; lists the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sfsync-run profiles&apos; lists the signed-in orgs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;: its token was revoked and the profile removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed, but its keychain entry could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry named &apos;profile:%1&apos; of the service &apos;sfsync&apos; in your keychain (e.g. with Seahorse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed here, but its token could not be revoked at the org: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke it in Salesforce (Setup &gt; Connected Apps OAuth Usage, or your user&apos;s OAuth Connected Apps), or let it expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::LookupQueryBuilder</name>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is too long to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are too long to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty value cannot identify a record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::LostWrites</name>
    <message>
        <source>the interrupted run was sending this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped before the org could be read back; look for this row&apos;s record before loading it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::MainWindow</name>
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
        <source>Job configs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5 Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import job (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export job (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the sfsync-run command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh objects and fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — sfsync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API usage %L1 / %L2 today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API usage: not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Requests counted against the org&apos;s daily limit (Sforce-Limit-Info); %n sent by this window</source>
        <translation>
            <numerusform>Requests counted against the org&apos;s daily limit (Sforce-Limit-Info); %n sent by this window</numerusform>
            <numerusform>Requests counted against the org&apos;s daily limit (Sforce-Limit-Info); %n sent by this window</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in or open the local org first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the job would change, without writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the job&apos;s changes to the org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens or passwords are ever in a job file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sfsync-run reads the saved job file. Save the job now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the changes of &quot;%1&quot; to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change and a result for every row.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job configs and Data Loader files (*.json *.sdl *.xml);;Job configs (*.json);;Data Loader mapping files (*.sdl);;Data Loader process-conf.xml (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Data Loader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was made from %1. Not carried over:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: save the job to keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::MappingModel</name>
    <message>
        <source>Required: map a column or set a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not allow updating this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not allow setting this field on create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: cannot be cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source to check this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has no column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a source column here, or double-click to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed value for every row (type null to clear the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required when creating records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::MatcherPicker</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[external ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can identify records (ID lookup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can be used to find records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not filterable: Salesforce cannot search records by it, so it cannot be a matcher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataBrowser</name>
    <message>
        <source>Sign in or open the local org to browse its objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search objects (label or API name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an object to see its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this object on the current action of the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the objects and fields again from the org (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields (label, API name or type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading objects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the objects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fields of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not describe %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataService</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The describe answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::NdjsonSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: invalid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 has the key &quot;%2&quot;, which the first line lacks; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ObjectListModel</name>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (custom object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::OrgConnector</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org offers no API version sfsync can use (offered: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::OrgSession</name>
    <message>
        <source>The local org did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program was built without the local org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local org (offline demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ParentReference</name>
    <message>
        <source>%1 is not a relationship of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is polymorphic (%2): name the parent object, e.g. %3:%1.%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot point to %2 (only to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object of this org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 is neither an External ID nor an idLookup field, so it cannot identify the parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ParentResolver</name>
    <message>
        <source>%1 cannot find the %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 = %3 could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2 = %3 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 records have %2 = %3: %4</source>
        <translation>
            <numerusform>%n %1 record has %2 = %3: %4</numerusform>
            <numerusform>%n %1 records have %2 = %3: %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::Planner</name>
    <message>
        <source>column &quot;%1&quot; is empty, and every matcher needs a value with &quot;and&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matcher %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every matcher value is empty; nothing identifies a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record row %1 creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no record matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created by row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): &quot;%3&quot; is not a %4 Id (those begin with %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::PreviewView</name>
    <message>
        <source>Preview a job to see what it would change. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Planning… %n row(s) read</source>
        <translation>
            <numerusform>Planning… %n row read</numerusform>
            <numerusform>Planning… %n rows read</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the source and looking up records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job cannot run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview stopped after %n row(s).</source>
        <translation>
            <numerusform>Preview stopped after %n row.</numerusform>
            <numerusform>Preview stopped after %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s); nothing was written. %1 API call(s).</source>
        <translation>
            <numerusform>Preview of %n row; nothing was written. %1 API call.</numerusform>
            <numerusform>Preview of %n rows; nothing was written. %1 API calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 matches %n records: %2</source>
        <translation>
            <numerusform>Row %1 matches %n record: %2</numerusform>
            <numerusform>Row %1 matches %n records: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 matches %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 matches no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 matches %2: hard delete, it will be erased for good (no recycle bin)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ProfileLoader</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. Sign in with &apos;sfsync-run login --profile %1&apos; or in the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ProfilesCommand</name>
    <message>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the signed-in orgs (profiles) that --profile accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run profiles&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Sign in with &apos;sfsync-run login --profile NAME&apos; (or in the desktop app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* marks the desktop app&apos;s default profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ProgressPrinter</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 rows (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::QueryPager</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query answer has no records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ReadBack</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost and the org could not be read back (%1); look for this row&apos;s record before loading it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record was created twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the answer was lost, and %n record(s) created by this user since %1 hold some of this row&apos;s values but not all: %2. One may be this row&apos;s, changed by automation; look before loading the row again</source>
        <translation>
            <numerusform>the answer was lost, and %n record created by this user since %1 holds some of this row&apos;s values but not all: %2. It may be this row&apos;s, changed by automation; look before loading the row again</numerusform>
            <numerusform>the answer was lost, and %n records created by this user since %1 hold some of this row&apos;s values but not all: %2. One may be this row&apos;s, changed by automation; look before loading the row again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::RestCall</name>
    <message>
        <source>Not connected to an org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway answered %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::RestReply</name>
    <message>
        <source>Salesforce did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before an answer came: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection closed after the request was sent, before a complete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed after the request was sent (error %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ResultWriter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::RowResultModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::RunJournal</name>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the run journal %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a job to write its changes to Salesforce. Preview it first to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results (Id, error, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results.csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors.csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again, for each action, only the rows that did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done</source>
        <translation>
            <numerusform>%n row done</numerusform>
            <numerusform>%n rows done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n API call</numerusform>
            <numerusform>%n API calls</numerusform>
        </translation>
    </message>
    <message>
        <source>org API usage %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning every row first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n row matches several records and will not be written. Write the other rows?</numerusform>
            <numerusform>%n rows match several records and will not be written. Write the other rows?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ambiguous rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent. The job cannot run:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: rows not sent are marked skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-running the failed rows of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Runner</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push data into Salesforce from the command line, for cron and CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting (describe, validate, preview, run):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --profile NAME        an org signed in with &apos;sfsync-run login&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --instance-url URL    with the access token in the environment variable SFSYNC_ACCESS_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --local-org           a local org inside sfsync-run, seeded with the sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0  every row succeeded (preview: planned without error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1  some rows did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2  usage or config error; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3  authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  4  Salesforce unreachable, or limits exhausted after retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options; &apos;%1 --version&apos; for the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets are not accepted on the command line (--%1): they would show in the process list and the shell history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the access token in the environment variable SFSYNC_ACCESS_TOKEN and pass --instance-url URL, or sign in once with &apos;sfsync-run login&apos; and use --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command comes first: %1 &lt;command&gt; [options].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &apos;%1 %2&apos;? Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the log file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a writable path for --log-file, or leave it out to log to the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: stopping after the calls in flight (press Ctrl+C again to quit at once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted twice: quitting without waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 run CONFIG --resume&apos; continues from the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors and the requested output (no progress).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print debug messages of every sfsync.* logging category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write log messages to FILE (created readable by you only) instead of the terminal; warnings still go to stderr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SdlMapping</name>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write SourceColumn=SalesforceField</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no source column: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped to no field: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the mapping file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a Data Loader mapping file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SfError</name>
    <message numerus="yes">
        <source>%n records match: %1</source>
        <translation>
            <numerusform>%n record matches: %1</numerusform>
            <numerusform>%n records match: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP status %1 without details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Salesforce may or may not have carried the request out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SignIn</name>
    <message>
        <source>The sign-in was not completed in time. Start it again, and finish it in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot receive the sign-in: ports %1 on 127.0.0.1 are all in use (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a sign-in request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already been completed or abandoned. Start a new sign-in in sfsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer did not belong to this sign-in, so it was refused. Start a new sign-in in sfsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce sent no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to Salesforce. You can close this window and return to sfsync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SignInController</name>
    <message>
        <source>Continue in your browser. If it did not open, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; reading the org…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1. The org gave no refresh token, so it is not saved for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1, but the org could not be saved for next time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::Soql</name>
    <message>
        <source>%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (hh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce record Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 of type %2 cannot be compared in a query</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePanel</name>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON file (one JSON object per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite database (query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the file to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT email, last_name FROM contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change source type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit source query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV, NDJSON or SQLite file to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the query that selects the rows to load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n row(s)</source>
        <translation>
            <numerusform>showing the first %n row</numerusform>
            <numerusform>showing the first %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (byte order from the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Latin-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Western European, Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Latin-9, with €)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The character encoding of the file. A byte order mark at its start (UTF-8, UTF-16, UTF-32) always wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1: the file starts with its byte order mark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePreviewLoader</name>
    <message>
        <source>No source file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of source cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SqlSource</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SyncCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a job: write every source row to the org and report a result per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview a job: plan every source row (create, update, delete, ambiguous, not found) and write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the rows from FILE instead of the config&apos;s source.path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write results.csv and errors.csv into DIR (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write preview.csv into DIR (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the last interrupted run of this config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan every row first and write nothing if any row is ambiguous (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with Bulk API 2.0, whatever the config says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with sObject Collections, whatever the config says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls in flight at once (1-25), instead of the config&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a job config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one job config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sfsync-run %1 CONFIG [options]; see &apos;sfsync-run %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--concurrency expects a number from 1 to 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it out to use the config&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON); the desktop app saves them, and docs/cli.md shows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the job config %1 has %n problem(s); nothing was sent.</source>
        <translation>
            <numerusform>the job config %1 has %n problem; nothing was sent.</numerusform>
            <numerusform>the job config %1 has %n problems; nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1&apos; checks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bulk and --no-bulk exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave both out to let the job choose by its size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix source.path in %1 (relative paths start at the config&apos;s folder), or give the file with --source FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path given to --source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; against %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org has used %1 of its %2 daily API requests; when they run out the run stops (exit code 4) and &apos;sfsync-run run %3 --resume&apos; continues it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job does not fit the org or the source; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1 --profile ...&apos; checks them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then continue with &apos;sfsync-run run %1 --resume&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s) in %1 s, %2 API calls: nothing was written.</source>
        <translation>
            <numerusform>Preview of %n row in %1 s, %2 API calls: nothing was written.</numerusform>
            <numerusform>Preview of %n rows in %1 s, %2 API calls: nothing was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>  create %1, update %2, delete %3, ambiguous %4, not found %5, invalid %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run stopped after %n row(s) in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Run stopped after %n row in %1 s, %2 API calls.</numerusform>
            <numerusform>Run stopped after %n rows in %1 s, %2 API calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of %n row(s) finished in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Run of %n row finished in %1 s, %2 API calls.</numerusform>
            <numerusform>Run of %n rows finished in %1 s, %2 API calls.</numerusform>
        </translation>
    </message>
    <message>
        <source>  created %1, updated %2, deleted %3, ambiguous %4, not found %5, invalid %6, failed %7, skipped %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  results: %1, rows to fix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add --out DIR to get errors.csv with the rows that did not succeed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  nothing was written because rows are ambiguous (--abort-on-ambiguous); &apos;sfsync-run preview %1 --out DIR&apos; lists their matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  continue with &apos;sfsync-run run %1 --resume&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  uncertain %1: their answers were lost and the org could not tell whether they were written; look them up before loading them again (the error column says what to check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unchanged %1: the org already holds their values; they would not be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unchanged %1: the org already held their values; nothing was sent for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the job&apos;s hardDelete actions: their records are erased for good, without the recycle bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions[%1] (%2) hard deletes %3 records: they are erased for good, without the recycle bin; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm with --yes, or put &quot;confirmHardDelete&quot;: true into that action of %1; &apos;sfsync-run preview %1&apos; shows which records match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::SyncJob</name>
    <message>
        <source>no org connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>nothing was written because %n row(s) are ambiguous</source>
        <translation>
            <numerusform>nothing was written because %n row is ambiguous</numerusform>
            <numerusform>nothing was written because %n rows are ambiguous</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 differs from the interrupted run; the source changed, so it cannot be resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped at the malformed row %1 (stopOnMalformedRow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n row matches several records and will not be written. Write the other rows?</numerusform>
            <numerusform>%n rows match several records and will not be written. Write the other rows?</numerusform>
        </translation>
    </message>
    <message>
        <source>hardDelete needs the &apos;Bulk API Hard Delete&apos; permission, which the signed-in user does not have; nothing was sent. Ask an administrator to grant it (a permission set), or use &quot;delete&quot; (the records then go to the recycle bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the &apos;Bulk API Hard Delete&apos; permission that hardDelete needs (%1); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::TokenRequest</name>
    <message>
        <source>The request was canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::TokenStore</name>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to connect to %1: Salesforce connections must use https (plain http is allowed only for a local org on this machine)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ValidateCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a job config offline and, with an org, against the org&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns of FILE instead of the config&apos;s source.path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;, &quot;checkedAgainstOrg&quot;, &quot;issues&quot;} as JSON on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate needs a job config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one job config file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sfsync-run validate CONFIG [--profile NAME | --instance-url URL | --local-org]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the source file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the source %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the org&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above (&apos;sfsync-run describe OBJECT&apos; lists an object&apos;s fields and flags).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is valid (checked offline; add --profile, --instance-url or --local-org to check it against an org).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sfsync::ValueConverter</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the restricted picklist %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce record Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use . as the decimal separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss, optionally with Z or an offset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (hh:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 that %3 holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
