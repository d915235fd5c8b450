<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConnectedCommand</name>
    <message>
        <source>cannot connect to the org</source>
        <translation>impossible de se connecter à l&apos;org</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1 : avertissement : %2</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1 : erreur : %2</translation>
    </message>
</context>
<context>
    <name>LocalOrgMain</name>
    <message>
        <source>sfsync-localorg: a Salesforce emulator on loopback (OAuth, REST, Bulk API 2.0). Prints its base URL as the first line, then serves until stopped.</source>
        <translation>sfsync-localorg : un émulateur Salesforce en boucle locale (OAuth, REST, Bulk API 2.0). Affiche son URL de base en première ligne, puis répond jusqu’à son arrêt.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = any free port).</source>
        <translation>Port sur 127.0.0.1 (0 = n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Data folder (SQLite) that keeps the org across restarts, or :memory:.</source>
        <translation>Dossier de données (SQLite) qui conserve l’org d’un démarrage à l’autre, ou :memory:.</translation>
    </message>
    <message>
        <source>Data for an empty org: sample or none.</source>
        <translation>Données d’une org vide : sample ou none.</translation>
    </message>
    <message>
        <source>A fixed access token that never expires, for scripts and CI.</source>
        <translation>Un jeton d’accès fixe qui n’expire jamais, pour les scripts et la CI.</translation>
    </message>
    <message>
        <source>Delay every response by N ms.</source>
        <translation>Retarder chaque réponse de N ms.</translation>
    </message>
    <message>
        <source>Add up to N ms at random.</source>
        <translation>Ajouter au hasard jusqu’à N ms.</translation>
    </message>
    <message>
        <source>Probability (0..1) that a REST call (or a record, for lock faults) fails.</source>
        <translation>Probabilité (0..1) qu’un appel REST (ou un enregistrement, pour les erreurs de verrou) échoue.</translation>
    </message>
    <message>
        <source>Comma-separated faults, each CODE[=RATE][@METHOD:PATH]. Answers: 503, 500, 420, 401, REQUEST_LIMIT_EXCEEDED. Network: LOSE_REQUEST (reset before the call is carried out), LOSE_ANSWER (carried out, reset before the answer), DROP (carried out, half an answer), STALL (carried out, never answered). Per record: UNABLE_TO_LOCK_ROW. RATE overrides --fail-rate; @METHOD:PATH limits a code to one route, e.g. LOSE_ANSWER=0.2@POST:composite/sobjects.</source>
        <translation>Erreurs séparées par des virgules, chacune CODE[=TAUX][@MÉTHODE:CHEMIN]. Réponses : 503, 500, 420, 401, REQUEST_LIMIT_EXCEEDED. Réseau : LOSE_REQUEST (coupure avant l’exécution de l’appel), LOSE_ANSWER (exécuté, coupure avant la réponse), DROP (exécuté, moitié de réponse), STALL (exécuté, jamais répondu). Par enregistrement : UNABLE_TO_LOCK_ROW. TAUX remplace --fail-rate ; @MÉTHODE:CHEMIN limite un code à une route, p. ex. LOSE_ANSWER=0.2@POST:composite/sobjects.</translation>
    </message>
    <message>
        <source>Seconds until OAuth-issued access tokens expire.</source>
        <translation>Secondes avant l’expiration des jetons d’accès émis par OAuth.</translation>
    </message>
    <message>
        <source>Daily API request limit.</source>
        <translation>Limite quotidienne de requêtes API.</translation>
    </message>
    <message>
        <source>Records per query page.</source>
        <translation>Enregistrements par page de requête.</translation>
    </message>
    <message>
        <source>Approve OAuth sign-ins at once, without the consent page.</source>
        <translation>Approuver les connexions OAuth immédiatement, sans page de consentement.</translation>
    </message>
    <message>
        <source>Issue a new refresh token with every refresh.</source>
        <translation>Émettre un nouveau jeton d’actualisation à chaque actualisation.</translation>
    </message>
    <message>
        <source>Seed for injected faults.</source>
        <translation>Graine des erreurs injectées.</translation>
    </message>
    <message>
        <source>The org&apos;s time zone (GMT or an IANA name such as Europe/Berlin), in which SOQL date literals such as TODAY count days.</source>
        <translation>Le fuseau horaire de l’org (GMT ou un nom IANA comme Europe/Berlin), dans lequel les littéraux de date SOQL comme TODAY comptent les jours.</translation>
    </message>
    <message>
        <source>--%1 needs a non-negative number.</source>
        <translation>--%1 attend un nombre positif ou nul.</translation>
    </message>
    <message>
        <source>--seed is sample or none.</source>
        <translation>--seed vaut sample ou none.</translation>
    </message>
    <message>
        <source>--fail-rate is a probability between 0 and 1.</source>
        <translation>--fail-rate est une probabilité entre 0 et 1.</translation>
    </message>
    <message>
        <source>--fail-codes: %1</source>
        <translation>--fail-codes : %1</translation>
    </message>
    <message>
        <source>No fixed access token: sign in with OAuth (client id sfsync-local) or restart with --access-token.</source>
        <translation>Pas de jeton d’accès fixe : connectez-vous avec OAuth (client id sfsync-local) ou redémarrez avec --access-token.</translation>
    </message>
    <message>
        <source>A user permission the user lacks, as UserPermissionAccess names it (e.g. PermissionsBulkApiHardDelete); may be repeated.</source>
        <translation>Une autorisation que l’utilisateur n’a pas, nommée comme dans UserPermissionAccess (p. ex. PermissionsBulkApiHardDelete) ; peut être répétée.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>sfsync: push data into Salesforce, with a preview of every change.</source>
        <translation>sfsync : envoyer des données vers Salesforce, avec un aperçu de chaque modification.</translation>
    </message>
    <message>
        <source>Open the local org (offline demo) and the sample job at start.</source>
        <translation>Ouvrir l&apos;org locale (démo hors ligne) et le job d&apos;exemple au démarrage.</translation>
    </message>
    <message>
        <source>Save a screenshot of each main screen into DIR, then quit.</source>
        <translation>Enregistrer une capture de chaque écran principal dans DIR, puis quitter.</translation>
    </message>
    <message>
        <source>A job config (JSON) to open.</source>
        <translation>Une configuration de job (JSON) à ouvrir.</translation>
    </message>
</context>
<context>
    <name>sfsync::AccessTokenCredentials</name>
    <message>
        <source>The access token from SFSYNC_ACCESS_TOKEN has expired or is invalid, and it cannot be renewed. Set a new token, or sign in with a profile.</source>
        <translation>Le jeton d&apos;accès de SFSYNC_ACCESS_TOKEN a expiré ou n&apos;est pas valide, et il ne peut pas être renouvelé. Définissez un nouveau jeton ou connectez-vous avec un profil.</translation>
    </message>
</context>
<context>
    <name>sfsync::ActionEditor</name>
    <message>
        <source>%1 = &quot;%2&quot;</source>
        <translation>%1 = « %2 »</translation>
    </message>
    <message>
        <source>%1 ← column %2</source>
        <translation>%1 ← colonne %2</translation>
    </message>
    <message>
        <source>e.g. Upsert contacts</source>
        <translation>p. ex. Upsert des contacts</translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation>Objet Salesforce, p. ex. Contact</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Upsert (update, or create when nothing matches)</source>
        <translation>Upsert (mettre à jour, ou créer si rien ne correspond)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Opération :</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bjet :</translation>
    </message>
    <message>
        <source>Find existing records by (matchers)</source>
        <translation>Trouver les enregistrements existants par (critères)</translation>
    </message>
    <message>
        <source>Any matcher finds the record (OR)</source>
        <translation>Un critère suffit à trouver l&apos;enregistrement (OU)</translation>
    </message>
    <message>
        <source>All matchers must agree (AND)</source>
        <translation>Tous les critères doivent correspondre (ET)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>or a constant</source>
        <translation>ou une constante</translation>
    </message>
    <message>
        <source>Add matcher</source>
        <translation>Ajouter le critère</translation>
    </message>
    <message>
        <source>Field:</source>
        <translation>Champ :</translation>
    </message>
    <message>
        <source>equals column:</source>
        <translation>égal à la colonne :</translation>
    </message>
    <message>
        <source>Field mapping: drag a source column onto a field, or double-click a cell to choose</source>
        <translation>Correspondance des champs : glissez une colonne source sur un champ, ou double-cliquez une cellule pour choisir</translation>
    </message>
    <message>
        <source>Source columns: drag one onto a Salesforce field</source>
        <translation>Colonnes source : glissez-en une sur un champ Salesforce</translation>
    </message>
    <message>
        <source>Unmap</source>
        <translation>Dissocier</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Filtrer les champs</translation>
    </message>
    <message>
        <source>&amp;Auto-map</source>
        <translation>Associer &amp;automatiquement</translation>
    </message>
    <message>
        <source>Map columns to fields with the same API name or label (case-insensitive)</source>
        <translation>Associer les colonnes aux champs de même nom d&apos;API ou de même libellé (sans tenir compte de la casse)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Source columns</source>
        <translation>Colonnes source</translation>
    </message>
    <message>
        <source>Rename action</source>
        <translation>Renommer l&apos;action</translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation>Définir l&apos;objet sur %1</translation>
    </message>
    <message>
        <source>Set operation to %1</source>
        <translation>Définir l&apos;opération sur %1</translation>
    </message>
    <message>
        <source>Match any matcher (OR)</source>
        <translation>N&apos;importe quel critère (OU)</translation>
    </message>
    <message>
        <source>Match all matchers (AND)</source>
        <translation>Tous les critères (ET)</translation>
    </message>
    <message>
        <source>Clear mapping</source>
        <translation>Effacer les correspondances</translation>
    </message>
    <message>
        <source>Auto-map</source>
        <translation>Association automatique</translation>
    </message>
    <message>
        <source>Choose an object to pick matcher fields.</source>
        <translation>Choisissez un objet pour choisir les champs de correspondance.</translation>
    </message>
    <message>
        <source>Choose a field.</source>
        <translation>Choisissez un champ.</translation>
    </message>
    <message>
        <source>Choose the source column holding the value (or type a constant).</source>
        <translation>Choisissez la colonne source qui contient la valeur (ou saisissez une constante).</translation>
    </message>
    <message>
        <source>A row matches records equal on any matcher that has a value.</source>
        <translation>Une ligne correspond aux enregistrements égaux sur n&apos;importe quel critère ayant une valeur.</translation>
    </message>
    <message>
        <source>A row matches records equal on all matchers.</source>
        <translation>Une ligne correspond aux enregistrements égaux sur tous les critères.</translation>
    </message>
    <message>
        <source>Add matcher %1</source>
        <translation>Ajouter le critère %1</translation>
    </message>
    <message>
        <source>Remove matcher %1</source>
        <translation>Retirer le critère %1</translation>
    </message>
    <message>
        <source>Delete writes no fields: rows only need matchers.</source>
        <translation>La suppression n&apos;écrit aucun champ : les lignes n&apos;ont besoin que de critères.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) mapped</source>
        <translation>
            <numerusform>%n champ associé</numerusform>
            <numerusform>%n champs associés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not send rows whose record already holds their values</source>
        <translation>Ne pas envoyer les lignes dont l’enregistrement contient déjà les valeurs</translation>
    </message>
    <message>
        <source>Such rows end &quot;unchanged&quot;: nothing is written, so running the same file again writes nothing. A record edited by hand is put back.</source>
        <translation>Ces lignes finissent « inchangées » : rien n’est écrit, si bien qu’exécuter à nouveau le même fichier n’écrit rien. Un enregistrement modifié à la main est rétabli.</translation>
    </message>
    <message>
        <source>Skip rows the records already hold</source>
        <translation>Ignorer les lignes que les enregistrements contiennent déjà</translation>
    </message>
    <message>
        <source>Write rows the records already hold</source>
        <translation>Écrire les lignes que les enregistrements contiennent déjà</translation>
    </message>
    <message>
        <source>Hard delete (erased for good, skips the recycle bin)</source>
        <translation>Suppression définitive (effacés pour de bon, sans corbeille)</translation>
    </message>
    <message>
        <source>Hard delete writes no fields: rows only need matchers. The matched records skip the recycle bin and cannot be restored; it always runs through Bulk API 2.0 and needs the &apos;Bulk API Hard Delete&apos; permission.</source>
        <translation>La suppression définitive n’écrit aucun champ : les lignes n’ont besoin que de critères de correspondance. Les enregistrements trouvés ne passent pas par la corbeille et ne peuvent pas être restaurés ; elle passe toujours par Bulk API 2.0 et demande l’autorisation « Bulk API Hard Delete ».</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2CsvReader</name>
    <message>
        <source>Text after a closing quote at byte %1</source>
        <translation>Texte après un guillemet fermant à l&apos;octet %1</translation>
    </message>
    <message>
        <source>Unterminated quoted value</source>
        <translation>Valeur entre guillemets non terminée</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2IngestJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>Salesforce created the job but sent no job Id</source>
        <translation>Salesforce a créé le job mais n&apos;a envoyé aucun identifiant de job</translation>
    </message>
    <message>
        <source>The bulk job failed</source>
        <translation>Le job bulk a échoué</translation>
    </message>
    <message>
        <source>the job&apos;s creation was not answered and the job list could not be read (%1)</source>
        <translation>la création du job est restée sans réponse et la liste des jobs n’a pas pu être lue (%1)</translation>
    </message>
    <message numerus="yes">
        <source>the job&apos;s creation was not answered %n time(s)</source>
        <translation>
            <numerusform>la création du job est restée %n fois sans réponse</numerusform>
            <numerusform>la création du job est restée %n fois sans réponse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>closing the job was not answered %n time(s)</source>
        <translation>
            <numerusform>la fermeture du job est restée %n fois sans réponse</numerusform>
            <numerusform>la fermeture du job est restée %n fois sans réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>The load was canceled</source>
        <translation>Le chargement a été annulé</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2JobSpec</name>
    <message>
        <source>A bulk job needs an object</source>
        <translation>Un job bulk a besoin d&apos;un objet</translation>
    </message>
    <message>
        <source>A bulk job needs at least one column</source>
        <translation>Un job bulk a besoin d&apos;au moins une colonne</translation>
    </message>
    <message>
        <source>Invalid column name for a bulk job: &quot;%1&quot;</source>
        <translation>Nom de colonne non valide pour un job bulk : &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The column %1 appears twice</source>
        <translation>La colonne %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>An insert job cannot have an Id column</source>
        <translation>Un job d&apos;insertion ne peut pas avoir de colonne Id</translation>
    </message>
    <message>
        <source>An upsert job needs an external ID field</source>
        <translation>Un job upsert a besoin d&apos;un champ d&apos;ID externe</translation>
    </message>
    <message>
        <source>The external ID field %1 is not among the columns</source>
        <translation>Le champ d&apos;ID externe %1 ne fait pas partie des colonnes</translation>
    </message>
    <message>
        <source>An update or delete job needs an Id column</source>
        <translation>Un job de mise à jour ou de suppression a besoin d&apos;une colonne Id</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2Loader</name>
    <message>
        <source>The bulk load takes no more rows</source>
        <translation>Le chargement bulk n&apos;accepte plus de lignes</translation>
    </message>
    <message>
        <source>The row has %1 values for %2 columns</source>
        <translation>La ligne a %1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>%1 not specified</source>
        <translation>%1 non spécifié</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2QueryJob</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>Salesforce created the query job but sent no job Id</source>
        <translation>Salesforce a créé la tâche de requête sans envoyer son Id</translation>
    </message>
    <message>
        <source>The query job failed</source>
        <translation>La tâche de requête a échoué</translation>
    </message>
    <message>
        <source>The query job was aborted</source>
        <translation>La tâche de requête a été interrompue</translation>
    </message>
    <message>
        <source>there is no header row</source>
        <translation>il n&apos;y a pas de ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>a row has %1 values for %2 columns</source>
        <translation>une ligne a %1 valeurs pour %2 colonnes</translation>
    </message>
    <message>
        <source>Page %1 of the query results is not readable: %2</source>
        <translation>La page %1 des résultats de la requête est illisible : %2</translation>
    </message>
    <message>
        <source>Page %1 of the query results holds %2 records instead of %3</source>
        <translation>La page %1 des résultats de la requête contient %2 enregistrements au lieu de %3</translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
</context>
<context>
    <name>sfsync::Bulk2ResultRows</name>
    <message>
        <source>Salesforce did not process this row (job %1)</source>
        <translation>Salesforce n&apos;a pas traité cette ligne (job %1)</translation>
    </message>
    <message>
        <source>Salesforce returned no result for this row; it may or may not have been written</source>
        <translation>Salesforce n&apos;a renvoyé aucun résultat pour cette ligne ; elle a peut-être été écrite, peut-être pas</translation>
    </message>
</context>
<context>
    <name>sfsync::BulkWrite</name>
    <message>
        <source>the bulk job reported nothing for this row</source>
        <translation>le job bulk n&apos;a rien signalé pour cette ligne</translation>
    </message>
</context>
<context>
    <name>sfsync::CollectionsCall</name>
    <message>
        <source>Salesforce answered with %1 results for %2 records</source>
        <translation>Salesforce a répondu avec %1 résultats pour %2 enregistrements</translation>
    </message>
</context>
<context>
    <name>sfsync::ColumnPickerDelegate</name>
    <message>
        <source>(not mapped)</source>
        <translation>(non associé)</translation>
    </message>
</context>
<context>
    <name>sfsync::CompositePacker</name>
    <message>
        <source>the Composite answer has no result for subrequest %1</source>
        <translation>la réponse Composite ne contient aucun résultat pour la sous-requête %1</translation>
    </message>
</context>
<context>
    <name>sfsync::ConfigValidator</name>
    <message>
        <source>%1 is not an object of this org</source>
        <translation>%1 n&apos;est pas un objet de cette org</translation>
    </message>
    <message>
        <source>%1 records cannot be created</source>
        <translation>Les enregistrements %1 ne peuvent pas être créés</translation>
    </message>
    <message>
        <source>%1 records cannot be updated</source>
        <translation>Les enregistrements %1 ne peuvent pas être mis à jour</translation>
    </message>
    <message>
        <source>%1 records cannot be both created and updated</source>
        <translation>Les enregistrements %1 ne peuvent pas être à la fois créés et mis à jour</translation>
    </message>
    <message>
        <source>%1 records cannot be deleted</source>
        <translation>Les enregistrements %1 ne peuvent pas être supprimés</translation>
    </message>
    <message>
        <source>%1 cannot be queried to match records</source>
        <translation>%1 ne peut pas être interrogé pour trouver des enregistrements</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 n&apos;est pas un champ de %2</translation>
    </message>
    <message>
        <source>%1 is not filterable on %2</source>
        <translation>%1 n&apos;est pas filtrable sur %2</translation>
    </message>
    <message>
        <source>%1 cannot be set when creating %2 records</source>
        <translation>%1 ne peut pas être défini à la création d&apos;enregistrements %2</translation>
    </message>
    <message>
        <source>%1 cannot be changed when updating %2 records</source>
        <translation>%1 ne peut pas être modifié à la mise à jour d&apos;enregistrements %2</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 ne peut pas être vide</translation>
    </message>
    <message>
        <source>%1 requires %2 when creating records</source>
        <translation>%1 exige %2 à la création d&apos;enregistrements</translation>
    </message>
    <message>
        <source>the source has no column &quot;%1&quot;</source>
        <translation>la source n&apos;a pas de colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation>%1 est déjà écrit par cette action</translation>
    </message>
</context>
<context>
    <name>sfsync::Connection</name>
    <message>
        <source>The session has expired and no credentials are available to renew it. Sign in again.</source>
        <translation>La session a expiré et aucun identifiant ne permet de la renouveler. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOpener</name>
    <message>
        <source>No org was chosen.</source>
        <translation>Aucune org n&apos;a été choisie.</translation>
    </message>
    <message>
        <source>SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET must both be set.</source>
        <translation>SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET doivent être définis tous les deux.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>%1 (profile %2)</source>
        <translation>%1 (profil %2)</translation>
    </message>
    <message>
        <source>%1 (local org)</source>
        <translation>%1 (org locale)</translation>
    </message>
    <message>
        <source>%1 (JWT bearer, %2)</source>
        <translation>%1 (JWT bearer, %2)</translation>
    </message>
    <message>
        <source>No keychain is available: use --instance-url URL with the access token in %1, or a local org (--local-org).</source>
        <translation>Aucun trousseau disponible : utilisez --instance-url URL avec le jeton d&apos;accès dans %1, ou une org locale (--local-org).</translation>
    </message>
    <message>
        <source>Check SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET, and that the connected app allows the client credentials flow with a run-as user.</source>
        <translation>Vérifiez SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET, et que l&apos;application connectée autorise le flux client credentials avec un utilisateur d&apos;exécution.</translation>
    </message>
    <message>
        <source>Check that %1 holds a valid, unexpired access token for %2.</source>
        <translation>Vérifiez que %1 contient un jeton d&apos;accès valide et non expiré pour %2.</translation>
    </message>
    <message>
        <source>Sign in again with &apos;sfsync-run login --profile %1&apos;.</source>
        <translation>Reconnectez-vous avec &apos;sfsync-run login --profile %1&apos;.</translation>
    </message>
    <message>
        <source>Check the username, the consumer key, the key file (its certificate must be on the connected app) and that the user is pre-authorized for the app.</source>
        <translation>Vérifiez le nom d&apos;utilisateur, la clé client, le fichier de clé (son certificat doit être sur l&apos;application connectée) et que l&apos;utilisateur est pré-autorisé pour l&apos;application.</translation>
    </message>
    <message>
        <source>Sign in again.</source>
        <translation>Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The org&apos;s API limit is exhausted: try again later, or raise the limit in Salesforce.</source>
        <translation>La limite d&apos;API de l&apos;org est épuisée : réessayez plus tard, ou augmentez la limite dans Salesforce.</translation>
    </message>
    <message>
        <source>Check the address and your network connection (proxy settings are taken from the system), then try again.</source>
        <translation>Vérifiez l&apos;adresse et votre connexion réseau (les réglages de proxy viennent du système), puis réessayez.</translation>
    </message>
    <message>
        <source>Salesforce did not answer properly; try again later.</source>
        <translation>Salesforce n&apos;a pas répondu correctement ; réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionOptions</name>
    <message>
        <source>Use the org signed in as profile NAME (see &apos;sfsync-run login&apos;).</source>
        <translation>Utiliser l&apos;org connectée sous le profil NAME (voir &apos;sfsync-run login&apos;).</translation>
    </message>
    <message>
        <source>Use the org at URL, with the access token taken from the environment variable %1 (or, without it, the client credentials flow with SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation>Utiliser l&apos;org à l&apos;adresse URL, avec le jeton d&apos;accès pris dans la variable d&apos;environnement %1 (ou, sans elle, le flux client credentials avec SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Use a local org started inside sfsync-run, seeded with the sample data.</source>
        <translation>Utiliser une org locale démarrée dans sfsync-run, avec les données d&apos;exemple.</translation>
    </message>
    <message>
        <source>Use the JWT bearer flow, signing with the RSA private key in FILE (PEM); needs --username and the consumer key (--client-id or SFSYNC_CLIENT_ID).</source>
        <translation>Utiliser le flux JWT bearer, en signant avec la clé privée RSA de FICHIER (PEM) ; nécessite --username et la clé client (--client-id ou SFSYNC_CLIENT_ID).</translation>
    </message>
    <message>
        <source>The Salesforce username for --jwt-key.</source>
        <translation>Le nom d&apos;utilisateur Salesforce pour --jwt-key.</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key for --jwt-key.</source>
        <translation>La clé client de l&apos;application connectée pour --jwt-key.</translation>
    </message>
    <message>
        <source>Where --jwt-key gets its token (default https://login.salesforce.com; a My Domain URL works too).</source>
        <translation>Où --jwt-key obtient son jeton (par défaut https://login.salesforce.com ; une URL My Domain convient aussi).</translation>
    </message>
    <message>
        <source>For --jwt-key: get the token from https://test.salesforce.com.</source>
        <translation>Pour --jwt-key : obtenir le jeton de https://test.salesforce.com.</translation>
    </message>
    <message>
        <source>Use API version VERSION (e.g. 62.0) instead of the newest the org offers.</source>
        <translation>Utiliser la version d&apos;API VERSION (p. ex. 62.0) au lieu de la plus récente offerte par l&apos;org.</translation>
    </message>
    <message>
        <source>Choose an org with one of: --profile NAME (after &apos;sfsync-run login&apos;); --instance-url URL with the access token in the environment variable %1 (or SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET for the client credentials flow); --jwt-key FILE --username USER --client-id ID; or --local-org.</source>
        <translation>Choisissez une org avec l&apos;une des options : --profile NAME (après &apos;sfsync-run login&apos;) ; --instance-url URL avec le jeton d&apos;accès dans la variable d&apos;environnement %1 (ou SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET pour le flux client credentials) ; --jwt-key FICHIER --username UTILISATEUR --client-id ID ; ou --local-org.</translation>
    </message>
    <message>
        <source>--profile, --instance-url, --local-org and --jwt-key exclude each other.</source>
        <translation>--profile, --instance-url, --local-org et --jwt-key s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>no org chosen.</source>
        <translation>aucune org choisie.</translation>
    </message>
    <message>
        <source>--api-version expects a version such as 62.0.</source>
        <translation>--api-version attend une version comme 62.0.</translation>
    </message>
    <message>
        <source>Leave it out to use the newest version the org offers.</source>
        <translation>Omettez-la pour utiliser la version la plus récente offerte par l&apos;org.</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>List the saved profiles with &apos;sfsync-run profiles&apos;.</source>
        <translation>Listez les profils enregistrés avec &apos;sfsync-run profiles&apos;.</translation>
    </message>
    <message>
        <source>Give the org&apos;s https address, e.g. --instance-url https://example.my.salesforce.com</source>
        <translation>Indiquez l&apos;adresse https de l&apos;org, p. ex. --instance-url https://example.my.salesforce.com</translation>
    </message>
    <message>
        <source>--instance-url needs an access token in the environment variable %1.</source>
        <translation>--instance-url a besoin d&apos;un jeton d&apos;accès dans la variable d&apos;environnement %1.</translation>
    </message>
    <message>
        <source>Set it, e.g. &apos;export %1=...&apos; from your secret store (tokens are never accepted on the command line), or use --profile NAME after &apos;sfsync-run login&apos;.</source>
        <translation>Définissez-la, p. ex. &apos;export %1=...&apos; depuis votre coffre de secrets (les jetons ne sont jamais acceptés sur la ligne de commande), ou utilisez --profile NAME après &apos;sfsync-run login&apos;.</translation>
    </message>
    <message>
        <source>--jwt-key needs --username USER and the consumer key (--client-id ID or SFSYNC_CLIENT_ID).</source>
        <translation>--jwt-key nécessite --username UTILISATEUR et la clé client (--client-id ID ou SFSYNC_CLIENT_ID).</translation>
    </message>
    <message>
        <source>See docs/sign-in.md, &quot;JWT bearer&quot;, for the connected app&apos;s set-up.</source>
        <translation>Voir docs/sign-in.md, « JWT bearer », pour la configuration de l&apos;application connectée.</translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation>--sandbox et --login-url s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation>Pour une sandbox avec My Domain, indiquez son URL avec --login-url.</translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation>Indiquez une adresse https, p. ex. --login-url https://NAME.my.salesforce.com</translation>
    </message>
    <message>
        <source>--%1 belongs to --jwt-key.</source>
        <translation>--%1 va avec --jwt-key.</translation>
    </message>
    <message>
        <source>To sign in with a browser, use &apos;sfsync-run login&apos;, then --profile NAME.</source>
        <translation>Pour vous connecter avec un navigateur, utilisez &apos;sfsync-run login&apos;, puis --profile NAME.</translation>
    </message>
</context>
<context>
    <name>sfsync::ConnectionsPage</name>
    <message>
        <source>Current org</source>
        <translation>Org actuelle</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Try it without Salesforce</source>
        <translation>Essayer sans Salesforce</translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation>Ouvrir l&apos;org &amp;locale (démo hors ligne)</translation>
    </message>
    <message>
        <source>A Salesforce emulator on this computer, with sample accounts, contacts and leads. Nothing leaves your machine.</source>
        <translation>Un émulateur Salesforce sur cet ordinateur, avec des comptes, contacts et pistes d&apos;exemple. Rien ne quitte votre machine.</translation>
    </message>
    <message>
        <source>Sign in to Salesforce</source>
        <translation>Se connecter à Salesforce</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Production (login.salesforce.com)</translation>
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
        <translation>https://votreentreprise.my.salesforce.com</translation>
    </message>
    <message>
        <source>The consumer key of the connected app (callback http://localhost:7171/OauthRedirect)</source>
        <translation>La clé client de l&apos;application connectée (rappel http://localhost:7171/OauthRedirect)</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Se connecter avec le &amp;navigateur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>My &amp;Domain URL:</source>
        <translation>URL My &amp;Domain :</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>Saved orgs</source>
        <translation>Orgs enregistrées</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nnecter</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>Forget org</source>
        <translation>Oublier l&apos;org</translation>
    </message>
    <message>
        <source>Forget %1? Its token is removed from the keychain.</source>
        <translation>Oublier %1 ? Son jeton est retiré du trousseau.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Type your My Domain URL, e.g. https://yourcompany.my.salesforce.com</source>
        <translation>Saisissez votre URL My Domain, p. ex. https://votreentreprise.my.salesforce.com</translation>
    </message>
    <message>
        <source>%1 is not a valid URL.</source>
        <translation>%1 n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Local org</source>
        <translation>Org locale</translation>
    </message>
    <message>
        <source>No saved orgs yet: sign in once and the org is remembered.</source>
        <translation>Aucune org enregistrée : connectez-vous une fois et l&apos;org est mémorisée.</translation>
    </message>
    <message>
        <source>User %1 at %2</source>
        <translation>Utilisateur %1 sur %2</translation>
    </message>
    <message>
        <source>Sign in or open the local org to start.</source>
        <translation>Connectez-vous ou ouvrez l&apos;org locale pour commencer.</translation>
    </message>
</context>
<context>
    <name>sfsync::CsvSource</name>
    <message>
        <source>%1: a record is longer than %2 MB</source>
        <translation>%1 : un enregistrement dépasse %2 Mo</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of column %1</source>
        <translation>texte après le guillemet fermant de la colonne %1</translation>
    </message>
    <message>
        <source>a quote inside unquoted column %1</source>
        <translation>un guillemet dans la colonne %1 non entre guillemets</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: a CSV file needs a header row</source>
        <translation>%1 est vide : un fichier CSV a besoin d&apos;une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>%1: the header row is malformed: %2</source>
        <translation>%1 : la ligne d&apos;en-tête est mal formée : %2</translation>
    </message>
    <message>
        <source>column %1 has no name and cannot be mapped</source>
        <translation>la colonne %1 n&apos;a pas de nom et ne peut pas être associée</translation>
    </message>
    <message>
        <source>%1: the header names column &quot;%2&quot; twice</source>
        <translation>%1 : l&apos;en-tête nomme la colonne &quot;%2&quot; deux fois</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2 fields, but the header has %3</source>
        <translation>ligne %1 : %2 champs, mais l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>byte %1 is not valid %2</source>
        <translation>l’octet %1 n’est pas du %2 valide</translation>
    </message>
    <message>
        <source>byte %1 is not a character in %2</source>
        <translation>l’octet %1 n’est pas un caractère en %2</translation>
    </message>
    <message>
        <source>bytes %1 are half of a surrogate pair in %2</source>
        <translation>les octets %1 sont une moitié de paire de substitution en %2</translation>
    </message>
    <message>
        <source>bytes %1 are not a character in %2</source>
        <translation>les octets %1 ne sont pas un caractère en %2</translation>
    </message>
    <message>
        <source>the file ends inside a %1 character (bytes %2)</source>
        <translation>le fichier se termine au milieu d’un caractère %1 (octets %2)</translation>
    </message>
    <message>
        <source>line %1, character %2 (byte offset %3), column %4: %5</source>
        <translation>ligne %1, caractère %2 (position d’octet %3), colonne %4 : %5</translation>
    </message>
    <message>
        <source>the file starts with a %1 byte order mark, so it is read as %1, not %2</source>
        <translation>le fichier commence par une marque d’ordre des octets %1 : il est donc lu en %1, pas en %2</translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImport</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>too large to be a Data Loader process-conf.xml</source>
        <translation>trop volumineux pour un process-conf.xml de Data Loader</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>not XML: %1</source>
        <translation>pas du XML : %1</translation>
    </message>
    <message>
        <source>not a Data Loader process-conf.xml: its root element is &lt;%1&gt;, not &lt;beans&gt;</source>
        <translation>pas un process-conf.xml de Data Loader : son élément racine est &lt;%1&gt;, pas &lt;beans&gt;</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML mal formé : %1</translation>
    </message>
    <message>
        <source>(no id, line %1)</source>
        <translation>(sans id, ligne %1)</translation>
    </message>
    <message>
        <source>holds no &lt;bean&gt;</source>
        <translation>ne contient aucun &lt;bean&gt;</translation>
    </message>
    <message>
        <source>holds %1 beans (%2): choose one with --bean NAME</source>
        <translation>contient %1 beans (%2) : choisissez-en un avec --bean NOM</translation>
    </message>
    <message>
        <source>has no bean &quot;%1&quot;; its beans: %2</source>
        <translation>n’a pas de bean « %1 » ; ses beans : %2</translation>
    </message>
    <message>
        <source>%1, bean %2</source>
        <translation>%1, bean %2</translation>
    </message>
    <message>
        <source>is a %1, not a Data Loader ProcessRunner</source>
        <translation>est un %1, pas un ProcessRunner de Data Loader</translation>
    </message>
    <message>
        <source>bean without a class</source>
        <translation>bean sans classe</translation>
    </message>
    <message>
        <source>a bean property other than name and configOverrideMap: no equivalent</source>
        <translation>une propriété du bean autre que name et configOverrideMap : pas d’équivalent</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exports records; sfsync only writes them</source>
        <translation>« %1 » exporte des enregistrements ; sfsync ne fait que les écrire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Data Loader operation sfsync knows (insert, update, upsert, delete, hard_delete)</source>
        <translation>« %1 » n’est pas une opération de Data Loader que sfsync connaît (insert, update, upsert, delete, hard_delete)</translation>
    </message>
    <message>
        <source>is required: sfsync needs the .sdl file that maps columns to fields</source>
        <translation>est obligatoire : sfsync a besoin du fichier .sdl qui associe les colonnes aux champs</translation>
    </message>
    <message>
        <source>is required for upsert (the field that matches records)</source>
        <translation>est obligatoire pour upsert (le champ qui trouve les enregistrements)</translation>
    </message>
    <message>
        <source>%1 needs a column mapped to %2 in %3</source>
        <translation>%1 a besoin d’une colonne associée à %2 dans %3</translation>
    </message>
    <message>
        <source>an insert cannot set Id: the column mapped to it is left out</source>
        <translation>un insert ne peut pas définir Id : la colonne qui lui est associée est laissée de côté</translation>
    </message>
    <message>
        <source>a delete writes no fields: only the Id column is used</source>
        <translation>une suppression n’écrit aucun champ : seule la colonne Id est utilisée</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not supported: sfsync reads CSV files (csvRead); export the data to a CSV file first</source>
        <translation>« %1 » n’est pas pris en charge : sfsync lit des fichiers CSV (csvRead) ; exportez d’abord les données dans un fichier CSV</translation>
    </message>
    <message>
        <source>No CSV file was given: set source.path in the job, or pass --source FILE to &apos;sfsync-run run&apos;.</source>
        <translation>Aucun fichier CSV indiqué : définissez source.path dans le job ou passez --source FICHIER à &apos;sfsync-run run&apos;.</translation>
    </message>
    <message>
        <source>not an encoding sfsync reads; the job reads UTF-8 (set source.encoding)</source>
        <translation>pas un encodage que sfsync lit ; le job lit de l’UTF-8 (définissez source.encoding)</translation>
    </message>
    <message>
        <source>Data Loader then reads the computer&apos;s default encoding; the job reads windows-1252 (change source.encoding if the file is in another one)</source>
        <translation>Data Loader lit alors l’encodage par défaut de l’ordinateur ; le job lit du windows-1252 (changez source.encoding si le fichier en a un autre)</translation>
    </message>
    <message>
        <source>sfsync writes through Bulk API 2.0, not 1.0</source>
        <translation>sfsync écrit par Bulk API 2.0, pas 1.0</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a positive number</source>
        <translation>« %1 » n’est pas un nombre positif</translation>
    </message>
    <message>
        <source>Bulk API 2.0 jobs are sized by sfsync; sObject Collections calls carry at most %1 records (batchSize)</source>
        <translation>sfsync dimensionne lui-même les jobs Bulk API 2.0 ; les appels sObject Collections portent au plus %1 enregistrements (batchSize)</translation>
    </message>
    <message>
        <source>Bulk API 2.0 has no serial mode: the job sends one call or job at a time (options.concurrency 1)</source>
        <translation>Bulk API 2.0 n’a pas de mode série : le job envoie un appel ou un job à la fois (options.concurrency 1)</translation>
    </message>
    <message>
        <source>sfsync waits 5 to 600 seconds for an answer: %1 taken</source>
        <translation>sfsync attend une réponse de 5 à 600 secondes : %1 retenu</translation>
    </message>
    <message>
        <source>not a number of seconds: left out</source>
        <translation>pas un nombre de secondes : laissé de côté</translation>
    </message>
    <message>
        <source>The job hard deletes: &apos;sfsync-run run&apos; needs --yes, or add &quot;confirmHardDelete&quot;: true to the action once you have checked it.</source>
        <translation>Le job supprime définitivement : &apos;sfsync-run run&apos; demande --yes, ou ajoutez &quot;confirmHardDelete&quot;: true à l’action une fois vérifiée.</translation>
    </message>
    <message>
        <source>the org to sign in to: &apos;sfsync-run login --instance-url %1&apos; (or the desktop app&apos;s sign-in) once, then run with --profile</source>
        <translation>l’org à laquelle se connecter : une fois &apos;sfsync-run login --instance-url %1&apos; (ou la connexion de l’application de bureau), puis lancer avec --profile</translation>
    </message>
    <message>
        <source>credentials are never copied: sign in with sfsync instead</source>
        <translation>les identifiants ne sont jamais copiés : connectez-vous plutôt avec sfsync</translation>
    </message>
    <message>
        <source>sfsync writes results.csv and errors.csv into the folder given with --out (e.g. --out %1)</source>
        <translation>sfsync écrit results.csv et errors.csv dans le dossier donné avec --out (p. ex. --out %1)</translation>
    </message>
    <message>
        <source>sfsync keeps its own run journal; &apos;sfsync-run run --resume&apos; continues an interrupted run</source>
        <translation>sfsync tient son propre journal d’exécution ; &apos;sfsync-run run --resume&apos; reprend une exécution interrompue</translation>
    </message>
    <message>
        <source>no equivalent in sfsync</source>
        <translation>pas d’équivalent dans sfsync</translation>
    </message>
    <message>
        <source>the job made from it is not valid: %1</source>
        <translation>le job qui en est issu n’est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>sfsync::DataLoaderImportDialog</name>
    <message>
        <source>Import from Data Loader</source>
        <translation>Importer depuis Data Loader</translation>
    </message>
    <message>
        <source>%1 maps columns to fields; say what the job writes with them.</source>
        <translation>%1 associe des colonnes à des champs ; indiquez ce que le job écrit avec elles.</translation>
    </message>
    <message>
        <source>Salesforce object, e.g. Contact</source>
        <translation>Objet Salesforce, p. ex. Contact</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insérer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Upsert</source>
        <translation>Upsert</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation>Suppression définitive</translation>
    </message>
    <message>
        <source>Upsert: the field that matches records</source>
        <translation>Upsert : le champ qui trouve les enregistrements</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>O&amp;peration:</source>
        <translation>O&amp;pération :</translation>
    </message>
    <message>
        <source>&amp;External ID field:</source>
        <translation>Champ d’ID &amp;externe :</translation>
    </message>
    <message>
        <source>%1 holds several processes; which one?</source>
        <translation>%1 contient plusieurs processus ; lequel ?</translation>
    </message>
    <message>
        <source>&amp;Process:</source>
        <translation>&amp;Processus :</translation>
    </message>
</context>
<context>
    <name>sfsync::DescribeCommand</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>[OBJECT] [options]</source>
        <translation>[OBJET] [options]</translation>
    </message>
    <message>
        <source>List the org&apos;s objects, or the fields of OBJECT with the flags that matter for matchers.</source>
        <translation>Lister les objets de l&apos;org, ou les champs d&apos;OBJET avec les propriétés qui comptent pour les critères.</translation>
    </message>
    <message>
        <source>API name of an object, e.g. Contact.</source>
        <translation>Nom d&apos;API d&apos;un objet, p. ex. Contact.</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation>Afficher du JSON sur stdout, pour les scripts.</translation>
    </message>
    <message>
        <source>Only the fields that can be matchers (filterable).</source>
        <translation>Seulement les champs qui peuvent servir de critères (filtrables).</translation>
    </message>
    <message>
        <source>describe takes at most one object name.</source>
        <translation>describe accepte au plus un nom d&apos;objet.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; for the list of objects, then &apos;sfsync-run describe NAME&apos;.</source>
        <translation>Lancez &apos;sfsync-run describe&apos; pour la liste des objets, puis &apos;sfsync-run describe NAME&apos;.</translation>
    </message>
    <message>
        <source>cannot list the org&apos;s objects</source>
        <translation>impossible de lister les objets de l&apos;org</translation>
    </message>
    <message>
        <source>the org has no object named &apos;%1&apos;.</source>
        <translation>l&apos;org n&apos;a pas d&apos;objet nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run describe&apos; to list the objects (names are API names, e.g. Custom_Object__c).</source>
        <translation>Lancez &apos;sfsync-run describe&apos; pour lister les objets (les noms sont des noms d&apos;API, p. ex. Custom_Object__c).</translation>
    </message>
    <message>
        <source>cannot describe %1</source>
        <translation>impossible de décrire %1</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <source>CUSTOM</source>
        <translation>PERSONNALISÉ</translation>
    </message>
    <message>
        <source>CREATE</source>
        <translation>CRÉER</translation>
    </message>
    <message>
        <source>UPDATE</source>
        <translation>MODIFIER</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s). Fields of one: sfsync-run describe OBJECT</source>
        <translation>
            <numerusform>%n objet. Champs d&apos;un objet : sfsync-run describe OBJET</numerusform>
            <numerusform>%n objets. Champs d&apos;un objet : sfsync-run describe OBJET</numerusform>
        </translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>CHAMP</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>FILTERABLE</source>
        <translation>FILTRABLE</translation>
    </message>
    <message>
        <source>EXTERNAL_ID</source>
        <translation>ID_EXTERNE</translation>
    </message>
    <message>
        <source>ID_LOOKUP</source>
        <translation>RECHERCHE_ID</translation>
    </message>
    <message>
        <source>UNIQUE</source>
        <translation>UNIQUE</translation>
    </message>
    <message>
        <source>CREATEABLE</source>
        <translation>CRÉABLE</translation>
    </message>
    <message>
        <source>UPDATEABLE</source>
        <translation>MODIFIABLE</translation>
    </message>
    <message>
        <source>REQUIRED</source>
        <translation>OBLIGATOIRE</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s). Matchers must be FILTERABLE; EXTERNAL_ID and ID_LOOKUP fields identify records best; REQUIRED fields must be set to create a record.</source>
        <translation>
            <numerusform>%1 : %n champ. Les critères doivent être FILTRABLES ; les champs ID_EXTERNE et RECHERCHE_ID identifient le mieux les enregistrements ; les champs OBLIGATOIRES doivent être renseignés pour créer un enregistrement.</numerusform>
            <numerusform>%1 : %n champs. Les critères doivent être FILTRABLES ; les champs ID_EXTERNE et RECHERCHE_ID identifient le mieux les enregistrements ; les champs OBLIGATOIRES doivent être renseignés pour créer un enregistrement.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::EncodingAdvice</name>
    <message>
        <source>Many bytes of the file are zero, in the pattern of %1 text without a byte order mark. The file is probably %1.</source>
        <translation>De nombreux octets du fichier sont nuls, selon le motif d’un texte %1 sans marque d’ordre des octets. Le fichier est probablement en %1.</translation>
    </message>
    <message>
        <source>The file does not have the zero bytes %1 text has. It is probably %2.</source>
        <translation>Le fichier n’a pas les octets nuls d’un texte %1. Il est probablement en %2.</translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is not valid UTF-8. The file is probably %3.</source>
        <translation>L’octet %1 à la ligne %2 n’est pas de l’UTF-8 valide. Le fichier est probablement en %3.</translation>
    </message>
    <message>
        <source>The text holds &quot;%1&quot;, which is how accented letters look after a file was converted to UTF-8 twice. Check the program that wrote it.</source>
        <translation>Le texte contient « %1 » : c’est l’aspect des lettres accentuées dans un fichier converti deux fois en UTF-8. Vérifiez le programme qui l’a écrit.</translation>
    </message>
    <message>
        <source>The file is valid UTF-8: read as %1, &quot;%2&quot; shows as &quot;%3&quot;. It is probably UTF-8.</source>
        <translation>Le fichier est de l’UTF-8 valide : lu en %1, « %2 » s’affiche « %3 ». Il est probablement en UTF-8.</translation>
    </message>
    <message>
        <source>Byte %1 on line %2 is an invisible control character in ISO-8859-1; in Windows-1252 it is a printable one (€, quotes, dashes). The file is probably Windows-1252.</source>
        <translation>L’octet %1 à la ligne %2 est un caractère de contrôle invisible en ISO-8859-1 ; en Windows-1252, c’est un caractère imprimable (€, guillemets, tirets). Le fichier est probablement en Windows-1252.</translation>
    </message>
</context>
<context>
    <name>sfsync::Executor</name>
    <message>
        <source>row %1 may or may not have created the record this row updates</source>
        <translation>la ligne %1 a peut-être créé, peut-être pas, l&apos;enregistrement que cette ligne met à jour</translation>
    </message>
    <message numerus="yes">
        <source>(sent %n time(s); the org shows nothing of it, so it was not written)</source>
        <translation>
            <numerusform>(envoyée %n fois ; l’org n’en montre rien, elle n’a donc pas été écrite)</numerusform>
            <numerusform>(envoyée %n fois ; l’org n’en montre rien, elle n’a donc pas été écrite)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::FieldTableModel</name>
    <message>
        <source>%1 cannot be used to find records: Salesforce does not allow filtering on it.</source>
        <translation>%1 ne permet pas de trouver des enregistrements : Salesforce n&apos;autorise pas de filtre sur ce champ.</translation>
    </message>
    <message>
        <source>Required when creating a record.</source>
        <translation>Obligatoire à la création d&apos;un enregistrement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filterable fields can be used as matchers to find existing records.</source>
        <translation>Les champs filtrables peuvent servir de critères pour trouver des enregistrements existants.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom d&apos;API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Createable</source>
        <translation>Créable</translation>
    </message>
    <message>
        <source>Updateable</source>
        <translation>Modifiable</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <source>ID lookup</source>
        <translation>Recherche d&apos;ID</translation>
    </message>
    <message>
        <source>Unique</source>
        <translation>Unique</translation>
    </message>
    <message>
        <source>Filterable</source>
        <translation>Filtrable</translation>
    </message>
</context>
<context>
    <name>sfsync::HardDeleteConfirmation</name>
    <message numerus="yes">
        <source>The preview of this job matched %n %1 record(s) that will be erased for good.</source>
        <translation>
            <numerusform>L’aperçu de ce job a trouvé %n enregistrement %1 qui sera effacé pour de bon.</numerusform>
            <numerusform>L’aperçu de ce job a trouvé %n enregistrements %1 qui seront effacés pour de bon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n %1 record(s) will be erased for good: the source has that many rows (preview the job to see how many match).</source>
        <translation>
            <numerusform>Jusqu’à %n enregistrement %1 sera effacé pour de bon : la source a autant de lignes (l’aperçu du job montre combien correspondent).</numerusform>
            <numerusform>Jusqu’à %n enregistrements %1 seront effacés pour de bon : la source a autant de lignes (l’aperçu du job montre combien correspondent).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records will be erased for good (the source could not be counted).</source>
        <translation>Des enregistrements %1 seront effacés pour de bon (la source n’a pas pu être comptée).</translation>
    </message>
    <message>
        <source>Hard delete skips the recycle bin: the records cannot be restored. Run the job?</source>
        <translation>La suppression définitive ne passe pas par la corbeille : les enregistrements ne peuvent pas être restaurés. Lancer le job ?</translation>
    </message>
    <message>
        <source>Hard delete</source>
        <translation>Suppression définitive</translation>
    </message>
</context>
<context>
    <name>sfsync::ImportDataLoaderCommand</name>
    <message>
        <source>process-conf.xml [--bean NAME] | mapping.sdl --object OBJECT --operation OP [options]</source>
        <translation>process-conf.xml [--bean NOM] | mapping.sdl --object OBJET --operation OP [options]</translation>
    </message>
    <message>
        <source>Turn a Data Loader batch process (process-conf.xml) or mapping file (.sdl) into a job config.</source>
        <translation>Transformer un processus batch de Data Loader (process-conf.xml) ou un fichier de correspondance (.sdl) en configuration de job.</translation>
    </message>
    <message>
        <source>Data Loader&apos;s process-conf.xml, or a field mapping file (.sdl).</source>
        <translation>Le process-conf.xml de Data Loader, ou un fichier de correspondance des champs (.sdl).</translation>
    </message>
    <message>
        <source>The process (bean id) to take from a process-conf.xml with several.</source>
        <translation>Le processus (id du bean) à prendre dans un process-conf.xml qui en contient plusieurs.</translation>
    </message>
    <message>
        <source>Write the job config to FILE instead of stdout.</source>
        <translation>Écrire la configuration du job dans FICHIER au lieu de stdout.</translation>
    </message>
    <message>
        <source>With an .sdl file: the sObject written.</source>
        <translation>Avec un fichier .sdl : le sObject écrit.</translation>
    </message>
    <message>
        <source>With an .sdl file: insert, update, upsert, delete or hard_delete (or sfsync&apos;s names).</source>
        <translation>Avec un fichier .sdl : insert, update, upsert, delete ou hard_delete (ou les noms de sfsync).</translation>
    </message>
    <message>
        <source>With an .sdl file and upsert: the field that matches records.</source>
        <translation>Avec un fichier .sdl et upsert : le champ qui trouve les enregistrements.</translation>
    </message>
    <message>
        <source>With an .sdl file: the CSV file to read.</source>
        <translation>Avec un fichier .sdl : le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>import-dataloader takes one file: a process-conf.xml or an .sdl mapping file.</source>
        <translation>import-dataloader prend un fichier : un process-conf.xml ou un fichier de correspondance .sdl.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run import-dataloader %1</source>
        <translation>Usage : sfsync-run import-dataloader %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Give the path of Data Loader&apos;s process-conf.xml or of an .sdl mapping file.</source>
        <translation>Donnez le chemin du process-conf.xml de Data Loader ou d’un fichier de correspondance .sdl.</translation>
    </message>
    <message>
        <source>a mapping file alone does not say what to write: --object and --operation are needed.</source>
        <translation>un fichier de correspondance seul ne dit pas quoi écrire : --object et --operation sont nécessaires.</translation>
    </message>
    <message>
        <source>e.g. sfsync-run import-dataloader %1 --object Contact --operation upsert --external-id Legacy_Id__c --csv contacts.csv</source>
        <translation>p. ex. sfsync-run import-dataloader %1 --object Contact --operation upsert --external-id Legacy_Id__c --csv contacts.csv</translation>
    </message>
    <message>
        <source>--object, --operation, --external-id and --csv go with an .sdl file; a process-conf.xml names them itself.</source>
        <translation>--object, --operation, --external-id et --csv vont avec un fichier .sdl ; un process-conf.xml les indique lui-même.</translation>
    </message>
    <message>
        <source>--bean goes with a process-conf.xml, not an .sdl file.</source>
        <translation>--bean va avec un process-conf.xml, pas avec un fichier .sdl.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the Data Loader files; no job was written.</source>
        <translation>
            <numerusform>%n problème dans les fichiers de Data Loader ; aucun job n’a été écrit.</numerusform>
            <numerusform>%n problèmes dans les fichiers de Data Loader ; aucun job n’a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation>Corrigez les endroits indiqués ci-dessus.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Choose a writable path for -o, or leave it out to print the job.</source>
        <translation>Choisissez un chemin accessible en écriture pour -o, ou omettez-le pour afficher le job.</translation>
    </message>
    <message numerus="yes">
        <source>Not carried over (%n setting(s)):</source>
        <translation>
            <numerusform>Non repris (%n paramètre) :</numerusform>
            <numerusform>Non repris (%n paramètres) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1; check it with &apos;sfsync-run validate %1 --profile NAME&apos;.</source>
        <translation>%1 écrit ; vérifiez-le avec &apos;sfsync-run validate %1 --profile NOM&apos;.</translation>
    </message>
</context>
<context>
    <name>sfsync::JobConfig</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a job config</source>
        <translation>%1 est trop volumineux pour une configuration de job</translation>
    </message>
    <message>
        <source>invalid JSON at line %1: %2</source>
        <translation>JSON non valide à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>a job config must be a JSON object</source>
        <translation>une configuration de job doit être un objet JSON</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be &quot;csv&quot;, &quot;ndjson&quot; or &quot;sqlite&quot;, not &quot;%1&quot;</source>
        <translation>doit être &quot;csv&quot;, &quot;ndjson&quot; ou &quot;sqlite&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a single character</source>
        <translation>doit être un seul caractère</translation>
    </message>
    <message>
        <source>unsupported version %1 (this sfsync reads version 1)</source>
        <translation>version %1 non prise en charge (ce sfsync lit la version 1)</translation>
    </message>
    <message>
        <source>is required for an sqlite source</source>
        <translation>est obligatoire pour une source sqlite</translation>
    </message>
    <message>
        <source>only an sqlite source takes a query</source>
        <translation>seule une source sqlite accepte une requête</translation>
    </message>
    <message>
        <source>only a csv source takes a delimiter</source>
        <translation>seule une source csv accepte un séparateur</translation>
    </message>
    <message>
        <source>must be an ASCII character other than a quote or a line break</source>
        <translation>doit être un caractère ASCII autre qu&apos;un guillemet ou un saut de ligne</translation>
    </message>
    <message>
        <source>at least one action is required</source>
        <translation>au moins une action est obligatoire</translation>
    </message>
    <message>
        <source>must be between 1 and 25</source>
        <translation>doit être compris entre 1 et 25</translation>
    </message>
    <message>
        <source>must be between 1 and 10</source>
        <translation>doit être compris entre 1 et 10</translation>
    </message>
    <message>
        <source>another action already has the name &quot;%1&quot;</source>
        <translation>une autre action s&apos;appelle déjà &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom d&apos;objet valide</translation>
    </message>
    <message>
        <source>create takes no matchers</source>
        <translation>create n&apos;accepte pas de critères</translation>
    </message>
    <message>
        <source>%1 needs at least one matcher</source>
        <translation>%1 a besoin d&apos;au moins un critère</translation>
    </message>
    <message>
        <source>must be between 1 and %1</source>
        <translation>doit être compris entre 1 et %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone</source>
        <translation>&quot;%1&quot; n&apos;est pas un fuseau horaire connu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid field name</source>
        <translation>&quot;%1&quot; n&apos;est pas un nom de champ valide</translation>
    </message>
    <message>
        <source>takes either a column or a value, not both</source>
        <translation>accepte une colonne ou une valeur, pas les deux</translation>
    </message>
    <message>
        <source>needs a column or a value</source>
        <translation>a besoin d&apos;une colonne ou d&apos;une valeur</translation>
    </message>
    <message>
        <source>%1 is already a matcher of this action</source>
        <translation>%1 est déjà un critère de cette action</translation>
    </message>
    <message>
        <source>%1 is already written by this action</source>
        <translation>%1 est déjà écrit par cette action</translation>
    </message>
    <message>
        <source>Id cannot be written; use it as a matcher</source>
        <translation>Id ne peut pas être écrit ; utilisez-le comme critère</translation>
    </message>
    <message>
        <source>must be between 5 and 600</source>
        <translation>doit être entre 5 et 600</translation>
    </message>
    <message>
        <source>must be between 0 and 600</source>
        <translation>doit être entre 0 et 600</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>doit être un tableau, pas %1</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>must be a string, number or boolean</source>
        <translation>doit être une chaîne, un nombre ou un booléen</translation>
    </message>
    <message>
        <source>a matcher value cannot be null</source>
        <translation>une valeur de correspondance ne peut pas être null</translation>
    </message>
    <message>
        <source>must be &quot;or&quot; or &quot;and&quot;</source>
        <translation>doit être &quot;or&quot; ou &quot;and&quot;</translation>
    </message>
    <message>
        <source>must be &quot;skip&quot; or &quot;null&quot;</source>
        <translation>doit être &quot;skip&quot; ou &quot;null&quot;</translation>
    </message>
    <message>
        <source>must be &quot;auto&quot;, &quot;on&quot; or &quot;off&quot;</source>
        <translation>doit être &quot;auto&quot;, &quot;on&quot; ou &quot;off&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a supported encoding; use one of %2</source>
        <translation>« %1 » n’est pas un encodage pris en charge ; utilisez l’un de ceux-ci : %2</translation>
    </message>
    <message>
        <source>only a csv source takes an encoding</source>
        <translation>seule une source csv accepte un encodage</translation>
    </message>
    <message>
        <source>a parent&apos;s key (%1) cannot be a matcher; map it as a field</source>
        <translation>la clé d’un enregistrement parent (%1) ne peut pas servir de critère de correspondance ; associez-la comme champ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid parent key: write Relationship.KeyField (Account.Legacy_Id__c), or Object:Relationship.KeyField for a polymorphic reference (User:Owner.Email)</source>
        <translation>« %1 » n’est pas une clé de parent valide : écrivez Relation.ChampClé (Account.Legacy_Id__c) ou, pour une référence polymorphe, Objet:Relation.ChampClé (User:Owner.Email)</translation>
    </message>
    <message>
        <source>must be &quot;create&quot;, &quot;update&quot;, &quot;upsert&quot;, &quot;delete&quot; or &quot;hardDelete&quot;, not &quot;%1&quot;</source>
        <translation>doit être &quot;create&quot;, &quot;update&quot;, &quot;upsert&quot;, &quot;delete&quot; ou &quot;hardDelete&quot;, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 takes no fields</source>
        <translation>%1 ne prend aucun champ</translation>
    </message>
    <message>
        <source>hardDelete runs only through Bulk API 2.0; leave &quot;bulk&quot; out or set it to &quot;on&quot;</source>
        <translation>hardDelete passe uniquement par Bulk API 2.0 ; omettez &quot;bulk&quot; ou mettez-le à &quot;on&quot;</translation>
    </message>
    <message>
        <source>only a hardDelete action takes it</source>
        <translation>seule une action hardDelete l’accepte</translation>
    </message>
</context>
<context>
    <name>sfsync::JobDocument</name>
    <message>
        <source>Untitled job</source>
        <translation>Job sans titre</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nouveau job</translation>
    </message>
    <message>
        <source>Action 1</source>
        <translation>Action 1</translation>
    </message>
</context>
<context>
    <name>sfsync::JobEditor</name>
    <message>
        <source>e.g. Contacts from the CRM export</source>
        <translation>p. ex. Contacts de l&apos;export CRM</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>Nom du &amp;job :</translation>
    </message>
    <message>
        <source>Rename job</source>
        <translation>Renommer le job</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Action %1</source>
        <translation>Action %1</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action %1</source>
        <translation>Retirer l&apos;action %1</translation>
    </message>
    <message>
        <source>Set object to %1</source>
        <translation>Définir l&apos;objet sur %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before running:</source>
        <translation>
            <numerusform>%n problème à corriger avant l&apos;exécution :</numerusform>
            <numerusform>%n problèmes à corriger avant l&apos;exécution :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::JwtBearerCredentials</name>
    <message>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé privée %1 : %2</translation>
    </message>
    <message>
        <source>The private key for the JWT bearer flow is not an unencrypted RSA key in PEM format</source>
        <translation>La clé privée du flux JWT bearer n&apos;est pas une clé RSA non chiffrée au format PEM</translation>
    </message>
    <message>
        <source>Could not sign the JWT assertion</source>
        <translation>Impossible de signer l&apos;assertion JWT</translation>
    </message>
</context>
<context>
    <name>sfsync::KeychainTokenStore</name>
    <message>
        <source>The tokens are too long to store</source>
        <translation>Les jetons sont trop longs pour être enregistrés</translation>
    </message>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;. Sign in first.</source>
        <translation>Aucune connexion enregistrée pour le profil &apos;%1&apos;. Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>No usable keychain (%1). sfsync keeps tokens only in the system keychain and never in a plain file. Without one, use a headless option instead: SFSYNC_ACCESS_TOKEN with --instance-url, the client credentials flow (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET), or the JWT bearer flow with a private key file. See docs/sign-in.md.</source>
        <translation>Aucun trousseau utilisable (%1). sfsync ne garde les jetons que dans le trousseau du système, jamais dans un simple fichier. Sans trousseau, utilisez une option sans interface : SFSYNC_ACCESS_TOKEN avec --instance-url, le flux client credentials (SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET) ou le flux JWT bearer avec un fichier de clé privée. Voir docs/sign-in.md.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied: %1</source>
        <translation>L&apos;accès au trousseau a été refusé : %1</translation>
    </message>
    <message>
        <source>Keychain error: %1</source>
        <translation>Erreur du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>sfsync::LocalOrgEmbedding</name>
    <message>
        <source>Local org user</source>
        <translation>Utilisateur de l&apos;org locale</translation>
    </message>
</context>
<context>
    <name>sfsync::LoginCommand</name>
    <message>
        <source>[--sandbox | --login-url URL] [--client-id ID] [--profile NAME] [options]</source>
        <translation>[--sandbox | --login-url URL] [--client-id ID] [--profile NOM] [options]</translation>
    </message>
    <message>
        <source>Sign in to an org in the browser and save it as a profile for --profile.</source>
        <translation>Se connecter à une org dans le navigateur et l&apos;enregistrer comme profil pour --profile.</translation>
    </message>
    <message>
        <source>Sign in to a sandbox (https://test.salesforce.com).</source>
        <translation>Se connecter à une sandbox (https://test.salesforce.com).</translation>
    </message>
    <message>
        <source>Sign in at URL: your My Domain (https://NAME.my.salesforce.com) or a local org. Default: https://login.salesforce.com.</source>
        <translation>Se connecter à URL : votre My Domain (https://NOM.my.salesforce.com) ou une org locale. Par défaut : https://login.salesforce.com.</translation>
    </message>
    <message>
        <source>The connected app&apos;s consumer key (default: SFSYNC_CLIENT_ID from the environment, else sfsync&apos;s own). A secret, when the app needs one, is read from SFSYNC_CLIENT_SECRET.</source>
        <translation>La clé client de l&apos;application connectée (par défaut : SFSYNC_CLIENT_ID de l&apos;environnement, sinon celle de sfsync). Un secret, si l&apos;application en exige un, est lu dans SFSYNC_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Save the org as profile NAME (default: the username).</source>
        <translation>Enregistrer l&apos;org sous le profil NOM (par défaut : le nom d&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Only print the sign-in URL; open it in any browser yourself.</source>
        <translation>Afficher seulement l&apos;URL de connexion ; ouvrez-la vous-même dans un navigateur.</translation>
    </message>
    <message>
        <source>Give up after SECONDS without a completed sign-in (default 120).</source>
        <translation>Abandonner après SECONDES sans connexion terminée (120 par défaut).</translation>
    </message>
    <message>
        <source>login takes no arguments.</source>
        <translation>login n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login --help&apos; for its options (e.g. --profile NAME).</source>
        <translation>Lancez &apos;sfsync-run login --help&apos; pour ses options (p. ex. --profile NOM).</translation>
    </message>
    <message>
        <source>--sandbox and --login-url exclude each other.</source>
        <translation>--sandbox et --login-url s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>For a sandbox with My Domain, give its URL with --login-url.</source>
        <translation>Pour une sandbox avec My Domain, indiquez son URL avec --login-url.</translation>
    </message>
    <message>
        <source>Give an https address, e.g. --login-url https://NAME.my.salesforce.com</source>
        <translation>Indiquez une adresse https, p. ex. --login-url https://NAME.my.salesforce.com</translation>
    </message>
    <message>
        <source>--timeout expects seconds from 5 to 3600.</source>
        <translation>--timeout attend un nombre de secondes entre 5 et 3600.</translation>
    </message>
    <message>
        <source>Leave it out to wait 120 s.</source>
        <translation>Omettez-le pour attendre 120 s.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a profile name.</source>
        <translation>&apos;%1&apos; ne peut pas être un nom de profil.</translation>
    </message>
    <message>
        <source>Use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (up to 64), starting with a letter or digit.</source>
        <translation>Utilisez des lettres, des chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; et &apos;@&apos; (jusqu&apos;à 64), en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser. If no browser opens, open this address:</source>
        <translation>Connectez-vous à %1 dans votre navigateur. Si aucun navigateur ne s&apos;ouvre, ouvrez cette adresse :</translation>
    </message>
    <message>
        <source>Waiting for the sign-in (up to %1 s; Ctrl+C cancels)...</source>
        <translation>En attente de la connexion (jusqu&apos;à %1 s ; Ctrl+C annule)...</translation>
    </message>
    <message>
        <source>The browser came back; fetching the token...</source>
        <translation>Le navigateur est revenu ; récupération du jeton...</translation>
    </message>
    <message>
        <source>No keychain is available, so no profile can be saved: use --instance-url with SFSYNC_ACCESS_TOKEN, or client credentials (SFSYNC_CLIENT_ID and SFSYNC_CLIENT_SECRET).</source>
        <translation>Aucun trousseau disponible, aucun profil ne peut donc être enregistré : utilisez --instance-url avec SFSYNC_ACCESS_TOKEN, ou les client credentials (SFSYNC_CLIENT_ID et SFSYNC_CLIENT_SECRET).</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run login&apos; again and finish the sign-in in the browser.</source>
        <translation>Relancez &apos;sfsync-run login&apos; et terminez la connexion dans le navigateur.</translation>
    </message>
    <message>
        <source>Close the program that uses the sign-in port (7171-7175), then try again.</source>
        <translation>Fermez le programme qui utilise le port de connexion (7171-7175), puis réessayez.</translation>
    </message>
    <message>
        <source>Check the login URL and your network connection, then try again.</source>
        <translation>Vérifiez l&apos;URL de connexion et votre connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the login URL (--sandbox for sandboxes, --login-url for My Domain) and the connected app (--client-id), then try again.</source>
        <translation>Vérifiez l&apos;URL de connexion (--sandbox pour les sandboxes, --login-url pour My Domain) et l&apos;application connectée (--client-id), puis réessayez.</translation>
    </message>
    <message>
        <source>sign-in failed</source>
        <translation>échec de la connexion</translation>
    </message>
    <message>
        <source>the org&apos;s address is unusable</source>
        <translation>l&apos;adresse de l&apos;org est inutilisable</translation>
    </message>
    <message>
        <source>signed in, but the org does not answer</source>
        <translation>connecté, mais l&apos;org ne répond pas</translation>
    </message>
    <message>
        <source>signed in, but the profile could not be saved</source>
        <translation>connecté, mais le profil n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>the org issued no refresh token (the connected app lacks the refresh_token scope): the profile works only until this session expires.</source>
        <translation>l&apos;org n&apos;a émis aucun jeton d&apos;actualisation (l&apos;application connectée n&apos;a pas la portée refresh_token) : le profil ne fonctionne que jusqu&apos;à l&apos;expiration de cette session.</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2; saved as profile &apos;%3&apos;.</source>
        <translation>Connecté en tant que %1 sur %2 ; enregistré sous le profil &apos;%3&apos;.</translation>
    </message>
    <message>
        <source>(unknown user)</source>
        <translation>(utilisateur inconnu)</translation>
    </message>
    <message>
        <source>Use it with: sfsync-run describe --profile %1</source>
        <translation>Utilisez-le avec : sfsync-run describe --profile %1</translation>
    </message>
</context>
<context>
    <name>sfsync::LogoutCommand</name>
    <message>
        <source>--profile NAME [options]</source>
        <translation>--profile NOM [options]</translation>
    </message>
    <message>
        <source>Sign out: revoke a profile&apos;s token at its org and forget the profile.</source>
        <translation>Se déconnecter : révoquer le jeton d&apos;un profil auprès de son org et oublier le profil.</translation>
    </message>
    <message>
        <source>The profile to sign out of.</source>
        <translation>Le profil à déconnecter.</translation>
    </message>
    <message>
        <source>logout needs the profile to sign out of.</source>
        <translation>logout a besoin du profil à déconnecter.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run logout --profile NAME&apos;; &apos;sfsync-run profiles&apos; lists the names.</source>
        <translation>Lancez &apos;sfsync-run logout --profile NOM&apos; ; &apos;sfsync-run profiles&apos; liste les noms.</translation>
    </message>
    <message>
        <source>there is no profile named &apos;%1&apos;.</source>
        <translation>il n&apos;existe pas de profil nommé &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;sfsync-run profiles&apos; lists the signed-in orgs.</source>
        <translation>&apos;sfsync-run profiles&apos; liste les orgs connectées.</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;: its token was revoked and the profile removed.</source>
        <translation>Déconnecté de &apos;%1&apos; : son jeton a été révoqué et le profil supprimé.</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed, but its keychain entry could not be deleted: %2</source>
        <translation>le profil &apos;%1&apos; a été supprimé, mais son entrée du trousseau n&apos;a pas pu être effacée : %2</translation>
    </message>
    <message>
        <source>Delete the entry named &apos;profile:%1&apos; of the service &apos;sfsync&apos; in your keychain (e.g. with Seahorse).</source>
        <translation>Supprimez l&apos;entrée nommée &apos;profile:%1&apos; du service &apos;sfsync&apos; dans votre trousseau (p. ex. avec Seahorse).</translation>
    </message>
    <message>
        <source>the profile &apos;%1&apos; was removed here, but its token could not be revoked at the org: %2</source>
        <translation>le profil &apos;%1&apos; a été supprimé ici, mais son jeton n&apos;a pas pu être révoqué auprès de l&apos;org : %2</translation>
    </message>
    <message>
        <source>Revoke it in Salesforce (Setup &gt; Connected Apps OAuth Usage, or your user&apos;s OAuth Connected Apps), or let it expire.</source>
        <translation>Révoquez-le dans Salesforce (Setup &gt; Connected Apps OAuth Usage, ou les applications OAuth connectées de votre utilisateur), ou laissez-le expirer.</translation>
    </message>
</context>
<context>
    <name>sfsync::LookupQueryBuilder</name>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;objet valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid field name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom de champ valide</translation>
    </message>
    <message>
        <source>The value is too long to look up</source>
        <translation>La valeur est trop longue pour une recherche</translation>
    </message>
    <message>
        <source>The values are too long to look up</source>
        <translation>Les valeurs sont trop longues pour une recherche</translation>
    </message>
    <message>
        <source>An empty value cannot identify a record</source>
        <translation>Une valeur vide ne peut pas identifier un enregistrement</translation>
    </message>
</context>
<context>
    <name>sfsync::LostWrites</name>
    <message>
        <source>the interrupted run was sending this row</source>
        <translation>l’exécution interrompue envoyait cette ligne</translation>
    </message>
    <message>
        <source>the run stopped before the org could be read back; look for this row&apos;s record before loading it again</source>
        <translation>l’exécution s’est arrêtée avant que l’org puisse être relue ; cherchez l’enregistrement de cette ligne avant de la charger à nouveau</translation>
    </message>
</context>
<context>
    <name>sfsync::MainWindow</name>
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
        <source>Job configs (*.json);;All files (*)</source>
        <translation>Configurations de job (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;1 Org</source>
        <translation>&amp;1 Org</translation>
    </message>
    <message>
        <source>&amp;2 Objects</source>
        <translation>&amp;2 Objets</translation>
    </message>
    <message>
        <source>&amp;3 Job</source>
        <translation>&amp;3 Job</translation>
    </message>
    <message>
        <source>&amp;4 Preview</source>
        <translation>&amp;4 Aperçu</translation>
    </message>
    <message>
        <source>&amp;5 Run</source>
        <translation>&amp;5 Exécution</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nouveau job</translation>
    </message>
    <message>
        <source>&amp;Open job…</source>
        <translation>&amp;Ouvrir un job…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un job &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import job (JSON)…</source>
        <translation>&amp;Importer un job (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Export job (JSON)…</source>
        <translation>E&amp;xporter le job (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Copy the sfsync-run command</source>
        <translation>&amp;Copier la commande sfsync-run</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>O&amp;rg</source>
        <translation>O&amp;rg</translation>
    </message>
    <message>
        <source>Open &amp;local org (offline demo)</source>
        <translation>Ouvrir l&apos;org &amp;locale (démo hors ligne)</translation>
    </message>
    <message>
        <source>&amp;Refresh objects and fields</source>
        <translation>&amp;Actualiser les objets et les champs</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>&amp;Job</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>%1[*] — sfsync</source>
        <translation>%1[*] — sfsync</translation>
    </message>
    <message>
        <source>API usage %L1 / %L2 today</source>
        <translation>Utilisation de l&apos;API aujourd&apos;hui %L1 / %L2</translation>
    </message>
    <message>
        <source>API usage: not known yet</source>
        <translation>Utilisation de l&apos;API : pas encore connue</translation>
    </message>
    <message numerus="yes">
        <source>Requests counted against the org&apos;s daily limit (Sforce-Limit-Info); %n sent by this window</source>
        <translation>
            <numerusform>Requêtes décomptées de la limite quotidienne de l&apos;org (Sforce-Limit-Info) ; %n envoyée par cette fenêtre</numerusform>
            <numerusform>Requêtes décomptées de la limite quotidienne de l&apos;org (Sforce-Limit-Info) ; %n envoyées par cette fenêtre</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in or open the local org first</source>
        <translation>Connectez-vous ou ouvrez d&apos;abord l&apos;org locale</translation>
    </message>
    <message>
        <source>Show what the job would change, without writing</source>
        <translation>Montrer ce que le job changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>Write the job&apos;s changes to the org</source>
        <translation>Écrire les modifications du job dans l&apos;org</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The job &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>Le job « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Open job</source>
        <translation>Ouvrir un job</translation>
    </message>
    <message>
        <source>%1 cannot be opened:
%2</source>
        <translation>Impossible d&apos;ouvrir %1 :
%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Save job</source>
        <translation>Enregistrer le job</translation>
    </message>
    <message>
        <source>The job was not saved: %1</source>
        <translation>Le job n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save job as</source>
        <translation>Enregistrer le job sous</translation>
    </message>
    <message>
        <source>Import job</source>
        <translation>Importer un job</translation>
    </message>
    <message>
        <source>%1 cannot be imported:
%2</source>
        <translation>Impossible d&apos;importer %1 :
%2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>Export job</source>
        <translation>Exporter le job</translation>
    </message>
    <message>
        <source>The job was not exported: %1</source>
        <translation>Le job n&apos;a pas été exporté : %1</translation>
    </message>
    <message>
        <source>Exported to %1 (no tokens or passwords are ever in a job file)</source>
        <translation>Exporté vers %1 (un fichier de job ne contient jamais de jeton ni de mot de passe)</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>sfsync-run reads the saved job file. Save the job now?</source>
        <translation>sfsync-run lit le fichier de job enregistré. Enregistrer le job maintenant ?</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié : %1</translation>
    </message>
    <message>
        <source>Fix these problems first:
%1</source>
        <translation>Corrigez d&apos;abord ces problèmes :
%1</translation>
    </message>
    <message>
        <source>Write the changes of &quot;%1&quot; to %2?</source>
        <translation>Écrire les modifications de « %1 » dans %2 ?</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>A run is in progress. Cancel it and quit?</source>
        <translation>Une exécution est en cours. L&apos;annuler et quitter ?</translation>
    </message>
    <message>
        <source>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Push data into Salesforce: create, update, upsert and delete records from CSV, NDJSON or SQLite, with a preview of every change and a result for every row.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;sfsync %1&lt;/h3&gt;&lt;p&gt;Envoyer des données vers Salesforce : créer, mettre à jour, faire un upsert et supprimer des enregistrements depuis CSV, NDJSON ou SQLite, avec un aperçu de chaque modification et un résultat pour chaque ligne.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Job configs and Data Loader files (*.json *.sdl *.xml);;Job configs (*.json);;Data Loader mapping files (*.sdl);;Data Loader process-conf.xml (*.xml);;All files (*)</source>
        <translation>Configurations de job et fichiers Data Loader (*.json *.sdl *.xml);;Configurations de job (*.json);;Fichiers de correspondance Data Loader (*.sdl);;process-conf.xml de Data Loader (*.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import from Data Loader</source>
        <translation>Importer depuis Data Loader</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2 : %3</translation>
    </message>
    <message>
        <source>The job was made from %1. Not carried over:
%2</source>
        <translation>Le job a été créé à partir de %1. Non repris :
%2</translation>
    </message>
    <message>
        <source>Imported %1: save the job to keep it</source>
        <translation>%1 importé : enregistrez le job pour le garder</translation>
    </message>
</context>
<context>
    <name>sfsync::MappingModel</name>
    <message>
        <source>Required: map a column or set a constant</source>
        <translation>Obligatoire : associez une colonne ou définissez une constante</translation>
    </message>
    <message>
        <source>Salesforce does not allow updating this field</source>
        <translation>Salesforce ne permet pas de mettre à jour ce champ</translation>
    </message>
    <message>
        <source>Salesforce does not allow setting this field on create</source>
        <translation>Salesforce ne permet pas de définir ce champ à la création</translation>
    </message>
    <message>
        <source>Required: cannot be cleared</source>
        <translation>Obligatoire : ne peut pas être vidé</translation>
    </message>
    <message>
        <source>Choose a source to check this column</source>
        <translation>Choisissez une source pour vérifier cette colonne</translation>
    </message>
    <message>
        <source>The source has no column &quot;%1&quot;</source>
        <translation>La source n&apos;a pas de colonne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Map %1 to %2</source>
        <translation>Associer %1 à %2</translation>
    </message>
    <message>
        <source>Set %1 to a constant</source>
        <translation>Définir %1 sur une constante</translation>
    </message>
    <message>
        <source>Unmap %1</source>
        <translation>Dissocier %1</translation>
    </message>
    <message>
        <source>Drop a source column here, or double-click to choose one</source>
        <translation>Déposez une colonne source ici, ou double-cliquez pour en choisir une</translation>
    </message>
    <message>
        <source>A fixed value for every row (type null to clear the field)</source>
        <translation>Une valeur fixe pour chaque ligne (tapez null pour vider le champ)</translation>
    </message>
    <message>
        <source>%1 is required when creating records</source>
        <translation>%1 est obligatoire à la création d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Salesforce field</source>
        <translation>Champ Salesforce</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom d&apos;API</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>Constante</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
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
        <translation>[ID externe]</translation>
    </message>
    <message>
        <source>Can identify records (ID lookup)</source>
        <translation>Peut identifier des enregistrements (recherche d&apos;ID)</translation>
    </message>
    <message>
        <source>Can be used to find records</source>
        <translation>Peut servir à trouver des enregistrements</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 n&apos;est pas un champ de %2</translation>
    </message>
    <message>
        <source>%1 is not filterable: Salesforce cannot search records by it, so it cannot be a matcher</source>
        <translation>%1 n&apos;est pas filtrable : Salesforce ne peut pas chercher d&apos;enregistrements par ce champ, il ne peut donc pas servir de critère</translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataBrowser</name>
    <message>
        <source>Sign in or open the local org to browse its objects.</source>
        <translation>Connectez-vous ou ouvrez l&apos;org locale pour parcourir ses objets.</translation>
    </message>
    <message>
        <source>Search objects (label or API name)</source>
        <translation>Rechercher des objets (libellé ou nom d&apos;API)</translation>
    </message>
    <message>
        <source>Choose an object to see its fields.</source>
        <translation>Choisissez un objet pour voir ses champs.</translation>
    </message>
    <message>
        <source>Use in job</source>
        <translation>Utiliser dans le job</translation>
    </message>
    <message>
        <source>Set this object on the current action of the job</source>
        <translation>Définir cet objet sur l&apos;action en cours du job</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch the objects and fields again from the org (F5)</source>
        <translation>Récupérer à nouveau les objets et les champs de l&apos;org (F5)</translation>
    </message>
    <message>
        <source>Filter fields (label, API name or type)</source>
        <translation>Filtrer les champs (libellé, nom d&apos;API ou type)</translation>
    </message>
    <message>
        <source>Loading objects…</source>
        <translation>Chargement des objets…</translation>
    </message>
    <message>
        <source>Could not load the objects: %1</source>
        <translation>Impossible de charger les objets : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the fields of %1…</source>
        <translation>Chargement des champs de %1…</translation>
    </message>
    <message>
        <source>Could not describe %1: %2</source>
        <translation>Impossible de décrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::MetadataService</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>The describe answer is not a JSON object</source>
        <translation>La réponse describe n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid object name</source>
        <translation>&apos;%1&apos; n&apos;est pas un nom d&apos;objet valide</translation>
    </message>
</context>
<context>
    <name>sfsync::NdjsonSource</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>%1: line %2 is not a JSON object</source>
        <translation>%1 : la ligne %2 n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>line %1: invalid JSON: %2</source>
        <translation>ligne %1 : JSON non valide : %2</translation>
    </message>
    <message>
        <source>line %1: not a JSON object</source>
        <translation>ligne %1 : pas un objet JSON</translation>
    </message>
    <message>
        <source>line %1 has the key &quot;%2&quot;, which the first line lacks; it is ignored</source>
        <translation>la ligne %1 a la clé &quot;%2&quot;, absente de la première ligne ; elle est ignorée</translation>
    </message>
</context>
<context>
    <name>sfsync::ObjectListModel</name>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>%1 (custom object)</source>
        <translation>%1 (objet personnalisé)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom d&apos;API</translation>
    </message>
</context>
<context>
    <name>sfsync::OrgConnector</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>The org offers no API version sfsync can use (offered: %1)</source>
        <translation>L&apos;org n&apos;offre aucune version d&apos;API utilisable par sfsync (offertes : %1)</translation>
    </message>
</context>
<context>
    <name>sfsync::OrgSession</name>
    <message>
        <source>The local org did not start: %1</source>
        <translation>L&apos;org locale n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>This program was built without the local org.</source>
        <translation>Ce programme a été compilé sans l’org locale.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Local org (offline demo)</source>
        <translation>Org locale (démo hors ligne)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>sfsync::ParentReference</name>
    <message>
        <source>%1 is not a relationship of %2</source>
        <translation>%1 n’est pas une relation de %2</translation>
    </message>
    <message>
        <source>%1 is polymorphic (%2): name the parent object, e.g. %3:%1.%4</source>
        <translation>%1 est polymorphe (%2) : indiquez l’objet parent, par ex. %3:%1.%4</translation>
    </message>
    <message>
        <source>%1 cannot point to %2 (only to %3)</source>
        <translation>%1 ne peut pas pointer vers %2 (seulement vers %3)</translation>
    </message>
    <message>
        <source>%1 is not an object of this org</source>
        <translation>%1 n’est pas un objet de cette org</translation>
    </message>
    <message>
        <source>%1 is not a field of %2</source>
        <translation>%1 n’est pas un champ de %2</translation>
    </message>
    <message>
        <source>%1 of %2 is neither an External ID nor an idLookup field, so it cannot identify the parent</source>
        <translation>%1 de %2 n’est ni un champ External ID ni un champ idLookup et ne peut donc pas identifier le parent</translation>
    </message>
</context>
<context>
    <name>sfsync::ParentResolver</name>
    <message>
        <source>%1 cannot find the %2: %3</source>
        <translation>%1 ne peut pas trouver l’enregistrement %2 : %3</translation>
    </message>
    <message>
        <source>%1 with %2 = %3 could not be looked up</source>
        <translation>%1 avec %2 = %3 n’a pas pu être recherché</translation>
    </message>
    <message>
        <source>%1 with %2 = %3 not found</source>
        <translation>%1 avec %2 = %3 introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 records have %2 = %3: %4</source>
        <translation>
            <numerusform>%n enregistrement %1 a %2 = %3 : %4</numerusform>
            <numerusform>%n enregistrements %1 ont %2 = %3 : %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::Planner</name>
    <message>
        <source>column &quot;%1&quot; is empty, and every matcher needs a value with &quot;and&quot; (%2)</source>
        <translation>la colonne &quot;%1&quot; est vide, et avec &quot;and&quot; chaque critère a besoin d&apos;une valeur (%2)</translation>
    </message>
    <message>
        <source>matcher %1: %2</source>
        <translation>critère %1 : %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): %3</source>
        <translation>colonne &quot;%1&quot; (%2) : %3</translation>
    </message>
    <message>
        <source>every matcher value is empty; nothing identifies a record</source>
        <translation>toutes les valeurs de critère sont vides ; rien n&apos;identifie un enregistrement</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>champ %1 : %2</translation>
    </message>
    <message>
        <source>the record row %1 creates</source>
        <translation>l&apos;enregistrement que crée la ligne %1</translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation>%1 enregistrements correspondent : %2</translation>
    </message>
    <message>
        <source>no record matches</source>
        <translation>aucun enregistrement ne correspond</translation>
    </message>
    <message>
        <source>(created by row %1)</source>
        <translation>(créé par la ligne %1)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; (%2): &quot;%3&quot; is not a %4 Id (those begin with %5)</source>
        <translation>colonne « %1 » (%2) : « %3 » n&apos;est pas un Id de %4 (ceux-ci commencent par %5)</translation>
    </message>
</context>
<context>
    <name>sfsync::PreviewView</name>
    <message>
        <source>Preview a job to see what it would change. Nothing is written.</source>
        <translation>Prévisualisez un job pour voir ce qu&apos;il changerait. Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Search rows</source>
        <translation>Rechercher dans les lignes</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Run this job…</source>
        <translation>Exécuter ce job…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Valeur actuelle</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message numerus="yes">
        <source>Planning… %n row(s) read</source>
        <translation>
            <numerusform>Planification… %n ligne lue</numerusform>
            <numerusform>Planification… %n lignes lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the source and looking up records…</source>
        <translation>Lecture de la source et recherche des enregistrements…</translation>
    </message>
    <message>
        <source>The job cannot run:
%1</source>
        <translation>Le job ne peut pas s&apos;exécuter :
%1</translation>
    </message>
    <message>
        <source>The preview stopped: %1</source>
        <translation>L&apos;aperçu s&apos;est arrêté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Preview stopped after %n row(s).</source>
        <translation>
            <numerusform>Aperçu arrêté après %n ligne.</numerusform>
            <numerusform>Aperçu arrêté après %n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s); nothing was written. %1 API call(s).</source>
        <translation>
            <numerusform>Aperçu de %n ligne ; rien n&apos;a été écrit. %1 appel(s) d&apos;API.</numerusform>
            <numerusform>Aperçu de %n lignes ; rien n&apos;a été écrit. %1 appel(s) d&apos;API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 matches %n records: %2</source>
        <translation>
            <numerusform>La ligne %1 correspond à %n enregistrement : %2</numerusform>
            <numerusform>La ligne %1 correspond à %n enregistrements : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 matches %2</source>
        <translation>La ligne %1 correspond à %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Row %1 matches no record.</source>
        <translation>La ligne %1 ne correspond à aucun enregistrement.</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (inchangé)</translation>
    </message>
    <message>
        <source>Row %1 matches %2: hard delete, it will be erased for good (no recycle bin)</source>
        <translation>La ligne %1 correspond à %2 : suppression définitive, l’enregistrement sera effacé pour de bon (pas de corbeille)</translation>
    </message>
</context>
<context>
    <name>sfsync::ProfileLoader</name>
    <message>
        <source>There is no profile named &apos;%1&apos;. Sign in with &apos;sfsync-run login --profile %1&apos; or in the desktop app.</source>
        <translation>Il n&apos;existe pas de profil nommé &apos;%1&apos;. Connectez-vous avec &apos;sfsync-run login --profile %1&apos; ou dans l&apos;application de bureau.</translation>
    </message>
    <message>
        <source>No token store</source>
        <translation>Aucun magasin de jetons</translation>
    </message>
</context>
<context>
    <name>sfsync::ProfilesCommand</name>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
    <message>
        <source>List the signed-in orgs (profiles) that --profile accepts.</source>
        <translation>Lister les orgs connectées (profils) qu&apos;accepte --profile.</translation>
    </message>
    <message>
        <source>Print JSON on stdout, for scripts.</source>
        <translation>Afficher du JSON sur stdout, pour les scripts.</translation>
    </message>
    <message>
        <source>profiles takes no arguments.</source>
        <translation>profiles n&apos;accepte pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Run &apos;sfsync-run profiles&apos;.</source>
        <translation>Lancez &apos;sfsync-run profiles&apos;.</translation>
    </message>
    <message>
        <source>No profiles yet. Sign in with &apos;sfsync-run login --profile NAME&apos; (or in the desktop app).</source>
        <translation>Aucun profil pour l&apos;instant. Connectez-vous avec &apos;sfsync-run login --profile NOM&apos; (ou dans l&apos;application de bureau).</translation>
    </message>
    <message>
        <source>* marks the desktop app&apos;s default profile.</source>
        <translation>* marque le profil par défaut de l&apos;application de bureau.</translation>
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
        <translation>%1/%2 lignes (%3 %)</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 lignes</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>reste %1</translation>
    </message>
    <message>
        <source>done in %1</source>
        <translation>terminé en %1</translation>
    </message>
</context>
<context>
    <name>sfsync::QueryPager</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>The query was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <source>The query answer has no records</source>
        <translation>La réponse de la requête ne contient aucun enregistrement</translation>
    </message>
</context>
<context>
    <name>sfsync::ReadBack</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>not a valid object name</source>
        <translation>pas un nom d’objet valide</translation>
    </message>
    <message>
        <source>the answer was lost and the org could not be read back (%1); look for this row&apos;s record before loading it again</source>
        <translation>la réponse a été perdue et l’org n’a pas pu être relue (%1) ; cherchez l’enregistrement de cette ligne avant de la charger à nouveau</translation>
    </message>
    <message>
        <source>%1 records match: %2</source>
        <translation>%1 enregistrements correspondent : %2</translation>
    </message>
    <message>
        <source>the record was created twice: %1</source>
        <translation>l’enregistrement a été créé deux fois : %1</translation>
    </message>
    <message numerus="yes">
        <source>the answer was lost, and %n record(s) created by this user since %1 hold some of this row&apos;s values but not all: %2. One may be this row&apos;s, changed by automation; look before loading the row again</source>
        <translation>
            <numerusform>la réponse a été perdue, et %n enregistrement créé par cet utilisateur depuis %1 contient certaines valeurs de cette ligne, mais pas toutes : %2. Il peut être celui de cette ligne, modifié par une automatisation ; vérifiez avant de charger la ligne à nouveau</numerusform>
            <numerusform>la réponse a été perdue, et %n enregistrements créés par cet utilisateur depuis %1 contiennent certaines valeurs de cette ligne, mais pas toutes : %2. L’un d’eux peut être celui de cette ligne, modifié par une automatisation ; vérifiez avant de charger la ligne à nouveau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sfsync::RestCall</name>
    <message>
        <source>Not connected to an org</source>
        <translation>Non connecté à une org</translation>
    </message>
    <message>
        <source>a gateway answered %1 %2</source>
        <translation>une passerelle a répondu %1 %2</translation>
    </message>
</context>
<context>
    <name>sfsync::RestReply</name>
    <message>
        <source>Salesforce did not answer in time</source>
        <translation>Salesforce n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>The connection was closed before an answer came: %1</source>
        <translation>La connexion a été fermée avant la réponse : %1</translation>
    </message>
    <message>
        <source>The connection was refused: %1</source>
        <translation>La connexion a été refusée : %1</translation>
    </message>
    <message>
        <source>Host not found: %1</source>
        <translation>Hôte introuvable : %1</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation>aucune réponse n’est arrivée en %1 s</translation>
    </message>
    <message>
        <source>the answer was cut off after %1 of %2 bytes</source>
        <translation>la réponse a été coupée après %1 octets sur %2</translation>
    </message>
    <message>
        <source>the connection closed after the request was sent, before a complete answer</source>
        <translation>la connexion a été fermée après l’envoi de la requête, avant une réponse complète</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent (error %1)</source>
        <translation>la connexion a échoué après l’envoi de la requête (erreur %1)</translation>
    </message>
    <message>
        <source>The request was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <source>the answer was cut off</source>
        <translation>la réponse a été tronquée</translation>
    </message>
</context>
<context>
    <name>sfsync::ResultWriter</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>sfsync::RowResultModel</name>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mettre à jour</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Ambigu</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Non valide</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Matched records</source>
        <translation>Enregistrements trouvés</translation>
    </message>
    <message>
        <source>Changes (old → new)</source>
        <translation>Modifications (ancien → nouveau)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Record Id</source>
        <translation>Id d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>Incertain</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
</context>
<context>
    <name>sfsync::RunJournal</name>
    <message>
        <source>cannot open the run journal %1: %2</source>
        <translation>impossible d&apos;ouvrir le journal d&apos;exécution %1 : %2</translation>
    </message>
    <message>
        <source>cannot prepare the run journal %1: %2</source>
        <translation>impossible de préparer le journal d&apos;exécution %1 : %2</translation>
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
        <translation>Exécutez un job pour écrire ses modifications dans Salesforce. Prévisualisez-le d&apos;abord pour les voir.</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Search results (Id, error, …)</source>
        <translation>Rechercher dans les résultats (Id, erreur, …)</translation>
    </message>
    <message>
        <source>Save results.csv…</source>
        <translation>Enregistrer results.csv…</translation>
    </message>
    <message>
        <source>Save errors.csv…</source>
        <translation>Enregistrer errors.csv…</translation>
    </message>
    <message>
        <source>Open record in Salesforce</source>
        <translation>Ouvrir l&apos;enregistrement dans Salesforce</translation>
    </message>
    <message>
        <source>Re-run failed rows</source>
        <translation>Relancer les lignes en échec</translation>
    </message>
    <message>
        <source>Run again, for each action, only the rows that did not succeed</source>
        <translation>Relancer, pour chaque action, seulement les lignes qui n&apos;ont pas réussi</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>Enregistrer les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save errors</source>
        <translation>Enregistrer les erreurs</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>the job</source>
        <translation>le job</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the calls in flight…</source>
        <translation>Annulation : attente des appels en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) done</source>
        <translation>
            <numerusform>%n ligne traitée</numerusform>
            <numerusform>%n lignes traitées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message numerus="yes">
        <source>%n API call(s)</source>
        <translation>
            <numerusform>%n appel d&apos;API</numerusform>
            <numerusform>%n appels d&apos;API</numerusform>
        </translation>
    </message>
    <message>
        <source>org API usage %1 / %2</source>
        <translation>utilisation de l&apos;API de l&apos;org %1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>environ %1 restant</translation>
    </message>
    <message>
        <source>Planning every row first</source>
        <translation>Planification de chaque ligne d&apos;abord</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n ligne correspond à plusieurs enregistrements et ne sera pas écrite. Écrire les autres lignes ?</numerusform>
            <numerusform>%n lignes correspondent à plusieurs enregistrements et ne seront pas écrites. Écrire les autres lignes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Ambiguous rows</source>
        <translation>Lignes ambiguës</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>No rows.</source>
        <translation>Aucune ligne.</translation>
    </message>
    <message>
        <source>Nothing was sent. The job cannot run:
%1</source>
        <translation>Rien n&apos;a été envoyé. Le job ne peut pas s&apos;exécuter :
%1</translation>
    </message>
    <message>
        <source>The run stopped: %1</source>
        <translation>L&apos;exécution s&apos;est arrêtée : %1</translation>
    </message>
    <message>
        <source>Cancelled: rows not sent are marked skipped.</source>
        <translation>Annulé : les lignes non envoyées sont marquées comme ignorées.</translation>
    </message>
    <message>
        <source>Finished %1.</source>
        <translation>%1 terminé.</translation>
    </message>
    <message>
        <source>%1 elapsed</source>
        <translation>%1 écoulé</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Re-running the failed rows of %1…</source>
        <translation>Relance des lignes en échec de %1…</translation>
    </message>
</context>
<context>
    <name>sfsync::Runner</name>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilisation : %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>Push data into Salesforce from the command line, for cron and CI.</source>
        <translation>Envoyer des données vers Salesforce depuis la ligne de commande, pour cron et la CI.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Connecting (describe, validate, preview, run):</source>
        <translation>Connexion (describe, validate, preview, run) :</translation>
    </message>
    <message>
        <source>  --profile NAME        an org signed in with &apos;sfsync-run login&apos;</source>
        <translation>  --profile NOM         une org connectée avec &apos;sfsync-run login&apos;</translation>
    </message>
    <message>
        <source>  --instance-url URL    with the access token in the environment variable SFSYNC_ACCESS_TOKEN</source>
        <translation>  --instance-url URL    avec le jeton d&apos;accès dans la variable d&apos;environnement SFSYNC_ACCESS_TOKEN</translation>
    </message>
    <message>
        <source>  --local-org           a local org inside sfsync-run, seeded with the sample data</source>
        <translation>  --local-org           une org locale dans sfsync-run, avec les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Codes de sortie :</translation>
    </message>
    <message>
        <source>  0  every row succeeded (preview: planned without error)</source>
        <translation>  0  chaque ligne a réussi (aperçu : planifiée sans erreur)</translation>
    </message>
    <message>
        <source>  1  some rows did not succeed</source>
        <translation>  1  certaines lignes n&apos;ont pas réussi</translation>
    </message>
    <message>
        <source>  2  usage or config error; nothing was sent</source>
        <translation>  2  erreur d&apos;utilisation ou de configuration ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>  3  authentication failed</source>
        <translation>  3  échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>  4  Salesforce unreachable, or limits exhausted after retries</source>
        <translation>  4  Salesforce injoignable, ou limites épuisées après les nouvelles tentatives</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options; &apos;%1 --version&apos; for the version.</source>
        <translation>Lancez &apos;%1 &lt;commande&gt; --help&apos; pour les options d&apos;une commande ; &apos;%1 --version&apos; pour la version.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 %3</source>
        <translation>Utilisation : %1 %2 %3</translation>
    </message>
    <message>
        <source>secrets are not accepted on the command line (--%1): they would show in the process list and the shell history.</source>
        <translation>les secrets ne sont pas acceptés sur la ligne de commande (--%1) : ils apparaîtraient dans la liste des processus et l&apos;historique du shell.</translation>
    </message>
    <message>
        <source>Put the access token in the environment variable SFSYNC_ACCESS_TOKEN and pass --instance-url URL, or sign in once with &apos;sfsync-run login&apos; and use --profile.</source>
        <translation>Mettez le jeton d&apos;accès dans la variable d&apos;environnement SFSYNC_ACCESS_TOKEN et passez --instance-url URL, ou connectez-vous une fois avec &apos;sfsync-run login&apos; et utilisez --profile.</translation>
    </message>
    <message>
        <source>the command comes first: %1 &lt;command&gt; [options].</source>
        <translation>la commande vient en premier : %1 &lt;commande&gt; [options].</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Lancez &apos;%1 --help&apos; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>commande inconnue &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Did you mean &apos;%1 %2&apos;? Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Vouliez-vous dire &apos;%1 %2&apos; ? Lancez &apos;%1 --help&apos; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for its options.</source>
        <translation>Lancez &apos;%1 %2 --help&apos; pour ses options.</translation>
    </message>
    <message>
        <source>cannot write the log file %1: %2.</source>
        <translation>impossible d&apos;écrire le fichier journal %1 : %2.</translation>
    </message>
    <message>
        <source>Choose a writable path for --log-file, or leave it out to log to the terminal.</source>
        <translation>Choisissez un chemin accessible en écriture pour --log-file, ou omettez-le pour journaliser dans le terminal.</translation>
    </message>
    <message>
        <source>Interrupted: stopping after the calls in flight (press Ctrl+C again to quit at once).</source>
        <translation>Interrompu : arrêt après les appels en cours (Ctrl+C à nouveau pour quitter immédiatement).</translation>
    </message>
    <message>
        <source>interrupted twice: quitting without waiting.</source>
        <translation>interrompu deux fois : sortie sans attendre.</translation>
    </message>
    <message>
        <source>&apos;%1 run CONFIG --resume&apos; continues from the journal.</source>
        <translation>&apos;%1 run CONFIG --resume&apos; reprend à partir du journal.</translation>
    </message>
    <message>
        <source>Print only errors and the requested output (no progress).</source>
        <translation>N&apos;afficher que les erreurs et la sortie demandée (sans progression).</translation>
    </message>
    <message>
        <source>Print debug messages of every sfsync.* logging category.</source>
        <translation>Afficher les messages de débogage de toutes les catégories de journal sfsync.*.</translation>
    </message>
    <message>
        <source>Write log messages to FILE (created readable by you only) instead of the terminal; warnings still go to stderr.</source>
        <translation>Écrire les messages du journal dans FICHIER (créé lisible par vous seul) au lieu du terminal ; les avertissements vont toujours sur stderr.</translation>
    </message>
</context>
<context>
    <name>sfsync::SdlMapping</name>
    <message>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping: write SourceColumn=SalesforceField</source>
        <translation>« %1 » n’est pas une correspondance : écrivez ColonneSource=ChampSalesforce</translation>
    </message>
    <message>
        <source>a \u escape needs four hexadecimal digits</source>
        <translation>un échappement \u demande quatre chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>no source column: skipped</source>
        <translation>pas de colonne source : ignoré</translation>
    </message>
    <message>
        <source>%1 is mapped to no field: skipped</source>
        <translation>%1 n’est associé à aucun champ : ignoré</translation>
    </message>
    <message>
        <source>cannot read the mapping file: %1</source>
        <translation>impossible de lire le fichier de correspondance : %1</translation>
    </message>
    <message>
        <source>too large to be a Data Loader mapping file</source>
        <translation>trop volumineux pour un fichier de correspondance de Data Loader</translation>
    </message>
</context>
<context>
    <name>sfsync::SfError</name>
    <message numerus="yes">
        <source>%n records match: %1</source>
        <translation>
            <numerusform>%n enregistrement correspond : %1</numerusform>
            <numerusform>%n enregistrements correspondent : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP status %1 without details</source>
        <translation>Statut HTTP %1 sans détails</translation>
    </message>
    <message>
        <source>%1; Salesforce may or may not have carried the request out</source>
        <translation>%1 ; Salesforce a peut-être exécuté la requête, peut-être pas</translation>
    </message>
</context>
<context>
    <name>sfsync::SignIn</name>
    <message>
        <source>The sign-in was not completed in time. Start it again, and finish it in the browser window that opens.</source>
        <translation>La connexion n&apos;a pas été terminée à temps. Relancez-la et terminez-la dans la fenêtre du navigateur qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>Cannot receive the sign-in: ports %1 on 127.0.0.1 are all in use (%2).</source>
        <translation>Impossible de recevoir la connexion : les ports %1 sur 127.0.0.1 sont tous occupés (%2).</translation>
    </message>
    <message>
        <source>The sign-in was canceled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>Requête trop volumineuse</translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation>Cette requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>This is not a sign-in request.</source>
        <translation>Ce n&apos;est pas une requête de connexion.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n&apos;y a rien ici.</translation>
    </message>
    <message>
        <source>Sign-in already used</source>
        <translation>Connexion déjà utilisée</translation>
    </message>
    <message>
        <source>This sign-in has already been completed or abandoned. Start a new sign-in in sfsync.</source>
        <translation>Cette connexion a déjà été terminée ou abandonnée. Lancez une nouvelle connexion dans sfsync.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>The answer did not belong to this sign-in, so it was refused. Start a new sign-in in sfsync.</source>
        <translation>La réponse n&apos;appartenait pas à cette connexion, elle a donc été refusée. Lancez une nouvelle connexion dans sfsync.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in (state mismatch); it was refused.</source>
        <translation>La réponse de connexion n&apos;appartenait pas à cette connexion (state différent) ; elle a été refusée.</translation>
    </message>
    <message>
        <source>Access was denied in the browser: %1</source>
        <translation>L&apos;accès a été refusé dans le navigateur : %1</translation>
    </message>
    <message>
        <source>Sign-in not completed</source>
        <translation>Connexion non terminée</translation>
    </message>
    <message>
        <source>Salesforce sent no authorization code.</source>
        <translation>Salesforce n&apos;a envoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>You are signed in to Salesforce. You can close this window and return to sfsync.</source>
        <translation>Vous êtes connecté à Salesforce. Vous pouvez fermer cette fenêtre et revenir à sfsync.</translation>
    </message>
    <message>
        <source>Salesforce did not accept the sign-in: %1</source>
        <translation>Salesforce n&apos;a pas accepté la connexion : %1</translation>
    </message>
</context>
<context>
    <name>sfsync::SignInController</name>
    <message>
        <source>Continue in your browser. If it did not open, visit:
%1</source>
        <translation>Continuez dans votre navigateur. S&apos;il ne s&apos;est pas ouvert, visitez :
%1</translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>Signed in; reading the org…</source>
        <translation>Connecté ; lecture de l&apos;org…</translation>
    </message>
    <message>
        <source>Signed in as %1. The org gave no refresh token, so it is not saved for next time.</source>
        <translation>Connecté en tant que %1. L&apos;org n&apos;a fourni aucun jeton d&apos;actualisation, elle n&apos;est donc pas enregistrée pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Signed in as %1, but the org could not be saved for next time: %2</source>
        <translation>Connecté en tant que %1, mais l&apos;org n&apos;a pas pu être enregistrée pour la prochaine fois : %2</translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation>Ouverture du navigateur…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
</context>
<context>
    <name>sfsync::Soql</name>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation>&apos;%1&apos; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et heure (AAAA-MM-JJThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (hh:mm:ss)</source>
        <translation>&apos;%1&apos; n&apos;est pas une heure (hh:mm:ss)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce record Id</source>
        <translation>&apos;%1&apos; n&apos;est pas un Id d&apos;enregistrement Salesforce</translation>
    </message>
    <message>
        <source>Field %1 of type %2 cannot be compared in a query</source>
        <translation>Le champ %1 de type %2 ne peut pas être comparé dans une requête</translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePanel</name>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>NDJSON file (one JSON object per line)</source>
        <translation>Fichier NDJSON (un objet JSON par ligne)</translation>
    </message>
    <message>
        <source>SQLite database (query)</source>
        <translation>Base SQLite (requête)</translation>
    </message>
    <message>
        <source>Path of the file to load</source>
        <translation>Chemin du fichier à charger</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>SELECT email, last_name FROM contacts</source>
        <translation>SELECT email, last_name FROM contacts</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Requête :</translation>
    </message>
    <message>
        <source>Change source type</source>
        <translation>Changer le type de source</translation>
    </message>
    <message>
        <source>Change source file</source>
        <translation>Changer le fichier source</translation>
    </message>
    <message>
        <source>Change delimiter</source>
        <translation>Changer le séparateur</translation>
    </message>
    <message>
        <source>Edit source query</source>
        <translation>Modifier la requête source</translation>
    </message>
    <message>
        <source>Choose a CSV, NDJSON or SQLite file to load.</source>
        <translation>Choisissez un fichier CSV, NDJSON ou SQLite à charger.</translation>
    </message>
    <message>
        <source>Type the query that selects the rows to load.</source>
        <translation>Saisissez la requête qui sélectionne les lignes à charger.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>NDJSON files (*.ndjson *.jsonl *.json);;All files (*)</source>
        <translation>Fichiers NDJSON (*.ndjson *.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the source</source>
        <translation>Choisir la source</translation>
    </message>
    <message>
        <source>Choose source %1</source>
        <translation>Choisir la source %1</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>showing the first %n row(s)</source>
        <translation>
            <numerusform>affichage de la première ligne</numerusform>
            <numerusform>affichage des %n premières lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 (byte order from the mark)</source>
        <translation>%1 (ordre des octets selon la marque)</translation>
    </message>
    <message>
        <source>%1 (Latin-1)</source>
        <translation>%1 (Latin-1)</translation>
    </message>
    <message>
        <source>%1 (Western European, Windows)</source>
        <translation>%1 (Europe occidentale, Windows)</translation>
    </message>
    <message>
        <source>%1 (Latin-9, with €)</source>
        <translation>%1 (Latin-9, avec €)</translation>
    </message>
    <message>
        <source>The character encoding of the file. A byte order mark at its start (UTF-8, UTF-16, UTF-32) always wins.</source>
        <translation>L’encodage des caractères du fichier. Une marque d’ordre des octets à son début (UTF-8, UTF-16, UTF-32) l’emporte toujours.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>Change encoding</source>
        <translation>Changer l’encodage</translation>
    </message>
    <message>
        <source>Read as %1: the file starts with its byte order mark.</source>
        <translation>Lu en %1 : le fichier commence par sa marque d’ordre des octets.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
</context>
<context>
    <name>sfsync::SourcePreviewLoader</name>
    <message>
        <source>No source file chosen.</source>
        <translation>Aucun fichier source choisi.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This kind of source cannot be read.</source>
        <translation>Ce type de source ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation>Ligne %1 (ligne de fichier %2) : %3</translation>
    </message>
</context>
<context>
    <name>sfsync::SqlSource</name>
    <message>
        <source>the database %1 does not exist</source>
        <translation>la base de données %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the query failed: %1</source>
        <translation>la requête a échoué : %1</translation>
    </message>
    <message>
        <source>reading the query failed: %1</source>
        <translation>la lecture de la requête a échoué : %1</translation>
    </message>
</context>
<context>
    <name>sfsync::SyncCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation>CONFIG [options]</translation>
    </message>
    <message>
        <source>Run a job: write every source row to the org and report a result per row.</source>
        <translation>Exécuter un job : écrire chaque ligne source dans l&apos;org et rapporter un résultat par ligne.</translation>
    </message>
    <message>
        <source>Preview a job: plan every source row (create, update, delete, ambiguous, not found) and write nothing.</source>
        <translation>Aperçu d&apos;un job : planifier chaque ligne source (créer, mettre à jour, supprimer, ambiguë, introuvable) sans rien écrire.</translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation>Le fichier de configuration du job (JSON).</translation>
    </message>
    <message>
        <source>Read the rows from FILE instead of the config&apos;s source.path.</source>
        <translation>Lire les lignes dans FICHIER au lieu du source.path de la configuration.</translation>
    </message>
    <message>
        <source>Write results.csv and errors.csv into DIR (created when missing).</source>
        <translation>Écrire results.csv et errors.csv dans DIR (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>Write preview.csv into DIR (created when missing).</source>
        <translation>Écrire preview.csv dans DIR (créé s&apos;il manque).</translation>
    </message>
    <message>
        <source>Print the summary as one JSON object on stdout.</source>
        <translation>Afficher le résumé sous forme d&apos;un objet JSON sur stdout.</translation>
    </message>
    <message>
        <source>Continue the last interrupted run of this config.</source>
        <translation>Reprendre la dernière exécution interrompue de cette configuration.</translation>
    </message>
    <message>
        <source>Plan every row first and write nothing if any row is ambiguous (exit code 1).</source>
        <translation>Planifier d&apos;abord chaque ligne et ne rien écrire si une ligne est ambiguë (code de sortie 1).</translation>
    </message>
    <message>
        <source>Write with Bulk API 2.0, whatever the config says.</source>
        <translation>Écrire avec Bulk API 2.0, quoi qu&apos;en dise la configuration.</translation>
    </message>
    <message>
        <source>Write with sObject Collections, whatever the config says.</source>
        <translation>Écrire avec sObject Collections, quoi qu&apos;en dise la configuration.</translation>
    </message>
    <message>
        <source>Calls in flight at once (1-25), instead of the config&apos;s value.</source>
        <translation>Appels simultanés (1-25), au lieu de la valeur de la configuration.</translation>
    </message>
    <message>
        <source>%1 needs a job config file.</source>
        <translation>%1 a besoin d&apos;un fichier de configuration de job.</translation>
    </message>
    <message>
        <source>%1 takes one job config file.</source>
        <translation>%1 accepte un seul fichier de configuration de job.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run %1 CONFIG [options]; see &apos;sfsync-run %1 --help&apos;.</source>
        <translation>Utilisation : sfsync-run %1 CONFIG [options] ; voir &apos;sfsync-run %1 --help&apos;.</translation>
    </message>
    <message>
        <source>--concurrency expects a number from 1 to 25.</source>
        <translation>--concurrency attend un nombre entre 1 et 25.</translation>
    </message>
    <message>
        <source>Leave it out to use the config&apos;s value.</source>
        <translation>Omettez-le pour utiliser la valeur de la configuration.</translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation>la configuration de job %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON); the desktop app saves them, and docs/cli.md shows one.</source>
        <translation>Indiquez le chemin d&apos;une configuration de job (JSON) ; l&apos;application de bureau les enregistre, et docs/cli.md en montre une.</translation>
    </message>
    <message numerus="yes">
        <source>the job config %1 has %n problem(s); nothing was sent.</source>
        <translation>
            <numerusform>la configuration de job %1 a %n problème ; rien n&apos;a été envoyé.</numerusform>
            <numerusform>la configuration de job %1 a %n problèmes ; rien n&apos;a été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1&apos; checks it again.</source>
        <translation>Corrigez les endroits indiqués ci-dessus ; &apos;sfsync-run validate %1&apos; vérifie à nouveau.</translation>
    </message>
    <message>
        <source>--bulk and --no-bulk exclude each other.</source>
        <translation>--bulk et --no-bulk s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>Leave both out to let the job choose by its size.</source>
        <translation>Omettez les deux pour laisser le job choisir selon sa taille.</translation>
    </message>
    <message>
        <source>the source file %1 does not exist.</source>
        <translation>le fichier source %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Fix source.path in %1 (relative paths start at the config&apos;s folder), or give the file with --source FILE.</source>
        <translation>Corrigez source.path dans %1 (les chemins relatifs partent du dossier de la configuration), ou indiquez le fichier avec --source FICHIER.</translation>
    </message>
    <message>
        <source>Check the path given to --source.</source>
        <translation>Vérifiez le chemin donné à --source.</translation>
    </message>
    <message>
        <source>Cancelled before anything was sent.</source>
        <translation>Annulé avant tout envoi.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; against %3</source>
        <translation>%1 &apos;%2&apos; sur %3</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <source>Previewing</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>the org has used %1 of its %2 daily API requests; when they run out the run stops (exit code 4) and &apos;sfsync-run run %3 --resume&apos; continues it later.</source>
        <translation>l&apos;org a utilisé %1 de ses %2 requêtes d&apos;API quotidiennes ; quand elles sont épuisées, l&apos;exécution s&apos;arrête (code de sortie 4) et &apos;sfsync-run run %3 --resume&apos; la reprend plus tard.</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>the job does not fit the org or the source; nothing was sent.</source>
        <translation>le job ne correspond pas à l&apos;org ou à la source ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Fix the places named above; &apos;sfsync-run validate %1 --profile ...&apos; checks them.</source>
        <translation>Corrigez les endroits indiqués ci-dessus ; &apos;sfsync-run validate %1 --profile ...&apos; les vérifie.</translation>
    </message>
    <message>
        <source>Then continue with &apos;sfsync-run run %1 --resume&apos;.</source>
        <translation>Puis reprenez avec &apos;sfsync-run run %1 --resume&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>Preview of %n row(s) in %1 s, %2 API calls: nothing was written.</source>
        <translation>
            <numerusform>Aperçu de %n ligne en %1 s, %2 appels d&apos;API : rien n&apos;a été écrit.</numerusform>
            <numerusform>Aperçu de %n lignes en %1 s, %2 appels d&apos;API : rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>  create %1, update %2, delete %3, ambiguous %4, not found %5, invalid %6</source>
        <translation>  créer %1, mettre à jour %2, supprimer %3, ambiguës %4, introuvables %5, non valides %6</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  détails : %1</translation>
    </message>
    <message numerus="yes">
        <source>Run stopped after %n row(s) in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Exécution arrêtée après %n ligne en %1 s, %2 appels d&apos;API.</numerusform>
            <numerusform>Exécution arrêtée après %n lignes en %1 s, %2 appels d&apos;API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run of %n row(s) finished in %1 s, %2 API calls.</source>
        <translation>
            <numerusform>Exécution de %n ligne terminée en %1 s, %2 appels d&apos;API.</numerusform>
            <numerusform>Exécution de %n lignes terminée en %1 s, %2 appels d&apos;API.</numerusform>
        </translation>
    </message>
    <message>
        <source>  created %1, updated %2, deleted %3, ambiguous %4, not found %5, invalid %6, failed %7, skipped %8</source>
        <translation>  créés %1, mis à jour %2, supprimés %3, ambiguës %4, introuvables %5, non valides %6, en échec %7, ignorées %8</translation>
    </message>
    <message>
        <source>  results: %1, rows to fix: %2</source>
        <translation>  résultats : %1, lignes à corriger : %2</translation>
    </message>
    <message>
        <source>  add --out DIR to get errors.csv with the rows that did not succeed</source>
        <translation>  ajoutez --out DIR pour obtenir errors.csv avec les lignes qui n&apos;ont pas réussi</translation>
    </message>
    <message>
        <source>  nothing was written because rows are ambiguous (--abort-on-ambiguous); &apos;sfsync-run preview %1 --out DIR&apos; lists their matches</source>
        <translation>  rien n&apos;a été écrit car des lignes sont ambiguës (--abort-on-ambiguous) ; &apos;sfsync-run preview %1 --out DIR&apos; liste leurs correspondances</translation>
    </message>
    <message>
        <source>  continue with &apos;sfsync-run run %1 --resume&apos;</source>
        <translation>  reprenez avec &apos;sfsync-run run %1 --resume&apos;</translation>
    </message>
    <message>
        <source>  uncertain %1: their answers were lost and the org could not tell whether they were written; look them up before loading them again (the error column says what to check)</source>
        <translation>  incertains %1 : leurs réponses ont été perdues et l’org n’a pas pu dire si elles ont été écrites ; vérifiez-les avant de les charger à nouveau (la colonne d’erreur dit quoi vérifier)</translation>
    </message>
    <message>
        <source>  unchanged %1: the org already holds their values; they would not be sent</source>
        <translation>  inchangées %1 : l’org contient déjà leurs valeurs ; elles ne seraient pas envoyées</translation>
    </message>
    <message>
        <source>  unchanged %1: the org already held their values; nothing was sent for them</source>
        <translation>  inchangées %1 : l’org contenait déjà leurs valeurs ; rien n’a été envoyé pour elles</translation>
    </message>
    <message>
        <source>Confirm the job&apos;s hardDelete actions: their records are erased for good, without the recycle bin.</source>
        <translation>Confirmer les actions hardDelete du job : leurs enregistrements sont effacés pour de bon, sans corbeille.</translation>
    </message>
    <message>
        <source>actions[%1] (%2) hard deletes %3 records: they are erased for good, without the recycle bin; nothing was sent.</source>
        <translation>actions[%1] (%2) supprime définitivement des enregistrements %3 : ils sont effacés pour de bon, sans corbeille ; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Confirm with --yes, or put &quot;confirmHardDelete&quot;: true into that action of %1; &apos;sfsync-run preview %1&apos; shows which records match.</source>
        <translation>Confirmez avec --yes, ou mettez &quot;confirmHardDelete&quot;: true dans cette action de %1 ; &apos;sfsync-run preview %1&apos; montre quels enregistrements correspondent.</translation>
    </message>
</context>
<context>
    <name>sfsync::SyncJob</name>
    <message>
        <source>no org connection</source>
        <translation>aucune connexion à une org</translation>
    </message>
    <message numerus="yes">
        <source>nothing was written because %n row(s) are ambiguous</source>
        <translation>
            <numerusform>rien n&apos;a été écrit car %n ligne est ambiguë</numerusform>
            <numerusform>rien n&apos;a été écrit car %n lignes sont ambiguës</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1 differs from the interrupted run; the source changed, so it cannot be resumed</source>
        <translation>la ligne %1 diffère de l&apos;exécution interrompue ; la source a changé, la reprise est donc impossible</translation>
    </message>
    <message>
        <source>stopped at the malformed row %1 (stopOnMalformedRow)</source>
        <translation>arrêt à la ligne mal formée %1 (stopOnMalformedRow)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) match several records and will not be written. Write the other rows?</source>
        <translation>
            <numerusform>%n ligne correspond à plusieurs enregistrements et ne sera pas écrite. Écrire les autres lignes ?</numerusform>
            <numerusform>%n lignes correspondent à plusieurs enregistrements et ne seront pas écrites. Écrire les autres lignes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>hardDelete needs the &apos;Bulk API Hard Delete&apos; permission, which the signed-in user does not have; nothing was sent. Ask an administrator to grant it (a permission set), or use &quot;delete&quot; (the records then go to the recycle bin)</source>
        <translation>hardDelete demande l’autorisation &apos;Bulk API Hard Delete&apos;, que l’utilisateur connecté n’a pas ; rien n’a été envoyé. Demandez à un administrateur de l’accorder (un ensemble d’autorisations), ou utilisez &quot;delete&quot; (les enregistrements vont alors dans la corbeille)</translation>
    </message>
    <message>
        <source>cannot check the &apos;Bulk API Hard Delete&apos; permission that hardDelete needs (%1); nothing was sent</source>
        <translation>impossible de vérifier l’autorisation &apos;Bulk API Hard Delete&apos; que demande hardDelete (%1) ; rien n’a été envoyé</translation>
    </message>
</context>
<context>
    <name>sfsync::TokenRequest</name>
    <message>
        <source>The request was canceled</source>
        <translation>La requête a été annulée</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The token endpoint answered without an access token</source>
        <translation>Le point de terminaison de jeton a répondu sans jeton d&apos;accès</translation>
    </message>
</context>
<context>
    <name>sfsync::TokenStore</name>
    <message>
        <source>No stored sign-in for profile &apos;%1&apos;</source>
        <translation>Aucune connexion enregistrée pour le profil &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>sfsync::UrlPolicy</name>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; n&apos;est pas une URL valide</translation>
    </message>
    <message>
        <source>Refusing to connect to %1: Salesforce connections must use https (plain http is allowed only for a local org on this machine)</source>
        <translation>Connexion à %1 refusée : les connexions Salesforce doivent utiliser https (http simple n&apos;est permis que pour une org locale sur cette machine)</translation>
    </message>
</context>
<context>
    <name>sfsync::ValidateCommand</name>
    <message>
        <source>CONFIG [options]</source>
        <translation>CONFIG [options]</translation>
    </message>
    <message>
        <source>Check a job config offline and, with an org, against the org&apos;s metadata.</source>
        <translation>Vérifier une configuration de job hors ligne et, avec une org, par rapport aux métadonnées de l&apos;org.</translation>
    </message>
    <message>
        <source>The job config file (JSON).</source>
        <translation>Le fichier de configuration du job (JSON).</translation>
    </message>
    <message>
        <source>Check the columns of FILE instead of the config&apos;s source.path.</source>
        <translation>Vérifier les colonnes de FICHIER au lieu du source.path de la configuration.</translation>
    </message>
    <message>
        <source>Print {&quot;valid&quot;, &quot;checkedAgainstOrg&quot;, &quot;issues&quot;} as JSON on stdout.</source>
        <translation>Afficher {&quot;valid&quot;, &quot;checkedAgainstOrg&quot;, &quot;issues&quot;} en JSON sur stdout.</translation>
    </message>
    <message>
        <source>validate needs a job config file.</source>
        <translation>validate a besoin d&apos;un fichier de configuration de job.</translation>
    </message>
    <message>
        <source>validate takes one job config file.</source>
        <translation>validate accepte un seul fichier de configuration de job.</translation>
    </message>
    <message>
        <source>Usage: sfsync-run validate CONFIG [--profile NAME | --instance-url URL | --local-org]</source>
        <translation>Utilisation : sfsync-run validate CONFIG [--profile NOM | --instance-url URL | --local-org]</translation>
    </message>
    <message>
        <source>the job config %1 does not exist.</source>
        <translation>la configuration de job %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give the path of a job config (JSON).</source>
        <translation>Indiquez le chemin d&apos;une configuration de job (JSON).</translation>
    </message>
    <message>
        <source>the source file %1 does not exist</source>
        <translation>le fichier source %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot read the source %1: %2</source>
        <translation>impossible de lire la source %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the org&apos;s metadata</source>
        <translation>impossible de lire les métadonnées de l&apos;org</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 a %n problème.</numerusform>
            <numerusform>%1 a %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix the places named above (&apos;sfsync-run describe OBJECT&apos; lists an object&apos;s fields and flags).</source>
        <translation>Corrigez les endroits indiqués ci-dessus (&apos;sfsync-run describe OBJET&apos; liste les champs et propriétés d&apos;un objet).</translation>
    </message>
    <message>
        <source>Fix the places named above.</source>
        <translation>Corrigez les endroits indiqués ci-dessus.</translation>
    </message>
    <message>
        <source>%1 is valid for %2.</source>
        <translation>%1 est valide pour %2.</translation>
    </message>
    <message>
        <source>%1 is valid (checked offline; add --profile, --instance-url or --local-org to check it against an org).</source>
        <translation>%1 est valide (vérifié hors ligne ; ajoutez --profile, --instance-url ou --local-org pour le vérifier sur une org).</translation>
    </message>
</context>
<context>
    <name>sfsync::ValueConverter</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of the restricted picklist %2</source>
        <translation>&quot;%1&quot; n&apos;est pas une valeur de la liste de sélection restreinte %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Salesforce record Id</source>
        <translation>&quot;%1&quot; n&apos;est pas un Id d&apos;enregistrement Salesforce</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits</source>
        <translation>&quot;%1&quot; a plus de %2 chiffres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use . as the decimal separator)</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre (utilisez . comme séparateur décimal)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more than %2 digits before the decimal point</source>
        <translation>&quot;%1&quot; a plus de %2 chiffres avant la virgule</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD or %2)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date (AAAA-MM-JJ ou %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DDThh:mm:ss, optionally with Z or an offset)</source>
        <translation>&quot;%1&quot; n&apos;est pas une date et heure (AAAA-MM-JJThh:mm:ss, éventuellement avec Z ou un décalage)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (hh:mm:ss)</source>
        <translation>&quot;%1&quot; n&apos;est pas une heure (hh:mm:ss)</translation>
    </message>
    <message>
        <source>%1 characters, more than the %2 that %3 holds</source>
        <translation>%1 caractères, plus que les %2 que %3 peut contenir</translation>
    </message>
</context>
</TS>
