'use strict';
// jsforce 3.10.16 against a running sfsync-localorg: a real Salesforce client checks the local org's answers
// (REST, SOQL with aggregates, subqueries and date literals, sObject Tree, SOSL, replication, limits, Bulk 2.0
// and Bulk 1.0, OAuth).
//
//   node conformance.js <instanceUrl> <accessToken>      (or LOCALORG_URL / LOCALORG_TOKEN in the environment)
//
// The org must run with the sample seed and a query batch size below 300 (run-conformance.sh starts it with
// --query-batch-size 100), so that autoFetch crosses page boundaries. Exits non-zero on the first failure.

const assert = require('node:assert/strict');
const jsforce = require('jsforce');

const instanceUrl = process.argv[2] || process.env.LOCALORG_URL;
const accessToken = process.argv[3] || process.env.LOCALORG_TOKEN;
const version = '62.0';
const runId = Date.now().toString(36);

let passed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok ${passed} - ${name}`);
  } catch (error) {
    console.log(`not ok - ${name}`);
    throw error;
  }
}

function connection(extra = {}) {
  return new jsforce.Connection({ instanceUrl, accessToken, version, ...extra });
}

// Signs in through the org's OAuth endpoints as a browser would (auto-approved), returning the token response.
async function signIn() {
  const redirectUri = 'http://localhost:7171/OauthRedirect';
  const authorize = new URL('/services/oauth2/authorize', instanceUrl);
  authorize.search = new URLSearchParams({
    response_type: 'code', client_id: 'sfsync-local', redirect_uri: redirectUri,
    scope: 'api refresh_token', state: 'conformance', auto_approve: 'true',
  }).toString();
  const callback = await fetch(authorize, { redirect: 'manual' });
  assert.equal(callback.status, 302);
  const location = new URL(callback.headers.get('location'));
  assert.equal(location.searchParams.get('state'), 'conformance');
  const code = location.searchParams.get('code'); // decoded exactly once by URLSearchParams
  const token = await fetch(new URL('/services/oauth2/token', instanceUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code, client_id: 'sfsync-local', redirect_uri: redirectUri }),
  });
  assert.equal(token.status, 200);
  return token.json();
}

async function main() {
  assert.ok(instanceUrl && accessToken, 'usage: node conformance.js <instanceUrl> <accessToken>');
  const conn = connection();

  await check('describeGlobal lists the catalogue', async () => {
    const global = await conn.describeGlobal();
    assert.equal(global.encoding, 'UTF-8');
    assert.equal(global.maxBatchSize, 200);
    const account = global.sobjects.find((o) => o.name === 'Account');
    assert.equal(account.keyPrefix, '001');
    assert.equal(account.urls.describe, '/services/data/v62.0/sobjects/Account/describe');
    assert.ok(conn.limitInfo.apiUsage.used >= 1);
    assert.equal(conn.limitInfo.apiUsage.limit, 100000);
  });

  await check('describe Contact has the configured external ID', async () => {
    const contact = await conn.describe('Contact');
    assert.equal(contact.name, 'Contact');
    const legacy = contact.fields.find((f) => f.name === 'Legacy_Id__c');
    assert.equal(legacy.externalId, true);
    assert.equal(legacy.unique, true);
    const email = contact.fields.find((f) => f.name === 'Email');
    assert.equal(email.type, 'email');
    assert.equal(email.idLookup, true);
  });

  await check('query with autoFetch crosses page boundaries', async () => {
    const records = [];
    const result = await conn.query('SELECT Id, Email, Legacy_Id__c FROM Contact ORDER BY Legacy_Id__c')
      .on('record', (r) => records.push(r))
      .run({ autoFetch: true, maxFetch: 10000 });
    assert.equal(result.totalSize, 300);
    assert.equal(records.length, 300);
    assert.equal(new Set(records.map((r) => r.Id)).size, 300);
    assert.equal(records[0].attributes.type, 'Contact');
    assert.match(records[0].Id, /^003\w{15}$/);
  });

  await check('query without autoFetch returns a nextRecordsUrl', async () => {
    const page = await conn.query('SELECT Id FROM Contact');
    assert.equal(page.done, false);
    assert.match(page.nextRecordsUrl, /\/services\/data\/v62\.0\/query\/01g\w{15}-\d+$/);
    const next = await conn.queryMore(page.nextRecordsUrl);
    assert.equal(next.totalSize, 300);
  });

  await check('duplicates on Email and escaped literals', async () => {
    const dup = await conn.query("SELECT Id FROM Contact WHERE Email = 'jordan.lee@example.com'");
    assert.equal(dup.totalSize, 3);
    const hostile = await conn.query("SELECT Id, LastName FROM Contact WHERE LastName = 'O\\'Brien \\\\ Sons'");
    assert.equal(hostile.totalSize, 1);
    assert.equal(hostile.records[0].LastName, "O'Brien \\ Sons");
    await assert.rejects(conn.query("SELECT Id FROM Contact WHERE LastName = 'bad \\q escape'"),
      (e) => e.errorCode === 'MALFORMED_QUERY');
    await assert.rejects(conn.query('SELECT Id FROM Xyzzy'), (e) => e.errorCode === 'INVALID_TYPE');
  });

  await check('single record create, retrieve, update, upsert, destroy', async () => {
    const Account = conn.sobject('Account');
    const created = await Account.create({ Name: `jsforce ${runId}` });
    assert.equal(created.success, true);
    assert.deepEqual(created.errors, []);
    assert.match(created.id, /^001\w{15}$/);
    const read = await Account.retrieve(created.id);
    assert.equal(read.Name, `jsforce ${runId}`);
    const updated = await Account.update({ Id: created.id, Name: `jsforce ${runId} renamed` });
    assert.deepEqual(updated, { id: created.id, success: true, errors: [] });
    assert.equal((await Account.retrieve(created.id)).Name, `jsforce ${runId} renamed`);

    const inserted = await Account.upsert({ Name: 'Upserted', Legacy_Id__c: `JSF-${runId}` }, 'Legacy_Id__c');
    assert.equal(inserted.success, true);
    assert.equal(inserted.created, true);
    const again = await Account.upsert({ Name: 'Upserted again', Legacy_Id__c: `JSF-${runId}` }, 'Legacy_Id__c');
    assert.equal(again.success, true);
    assert.equal(again.created, false);
    assert.equal(again.id, inserted.id);
    assert.equal((await Account.retrieve(inserted.id)).Name, 'Upserted again');

    const destroyed = await Account.destroy(created.id);
    assert.deepEqual(destroyed, { id: created.id, success: true, errors: [] });
    await assert.rejects(Account.retrieve(created.id), (e) => e.errorCode === 'ENTITY_IS_DELETED');
  });

  await check('ambiguous upsert answers 300', async () => {
    await assert.rejects(
      conn.sobject('Contact').upsert({ Email: 'jordan.lee@example.com', LastName: 'Nobody' }, 'Email'),
      (e) => e.errorCode === 'MULTIPLE_CHOICES' && Array.isArray(e.content) && e.content.length === 3);
  });

  await check('collections: create, update, upsert, retrieve, destroy arrays', async () => {
    const Account = conn.sobject('Account');
    const created = await Account.create([{ Name: 'Coll A' }, { Name: 'Coll B' }, { Phone: 'no name' }]);
    assert.equal(created.length, 3);
    assert.equal(created[0].success, true);
    assert.equal(created[1].success, true);
    assert.equal(created[2].success, false);
    assert.equal(created[2].errors[0].statusCode, 'REQUIRED_FIELD_MISSING');
    assert.deepEqual(created[2].errors[0].fields, ['Name']);
    const ids = [created[0].id, created[1].id];

    const updated = await Account.update(ids.map((Id, i) => ({ Id, Name: `Coll ${i} updated` })));
    assert.deepEqual(updated.map((r) => r.success), [true, true]);
    const read = await Account.retrieve(ids);
    assert.deepEqual(read.map((r) => r.Name), ['Coll 0 updated', 'Coll 1 updated']);

    const upserted = await Account.upsert([
      { Name: 'Coll U1', Legacy_Id__c: `COLL-${runId}-1` },
      { Name: 'Coll U2', Legacy_Id__c: `COLL-${runId}-2` },
    ], 'Legacy_Id__c');
    assert.deepEqual(upserted.map((r) => [r.success, r.created]), [[true, true], [true, true]]);
    const upsertedAgain = await Account.upsert([{ Name: 'Coll U1b', Legacy_Id__c: `coll-${runId}-1` }], 'Legacy_Id__c');
    assert.deepEqual(upsertedAgain.map((r) => [r.success, r.created, r.id]), [[true, false, upserted[0].id]]);

    const destroyed = await Account.destroy([...ids, upserted[0].id, upserted[1].id]);
    assert.equal(destroyed.length, 4);
    assert.ok(destroyed.every((r) => r.success));
  });

  await check('Bulk 2.0 insert with loadAndWaitForResults', async () => {
    const csv = `Name,NumberOfEmployees,Legacy_Id__c\nBulk ${runId} 1,10,BLK-${runId}-1\n"Bulk, ${runId} 2",20,BLK-${runId}-2\n,30,BLK-${runId}-3\n`;
    const results = await conn.bulk2.loadAndWaitForResults({
      object: 'Account', operation: 'insert', input: csv, pollInterval: 100, pollTimeout: 30000,
    });
    assert.equal(results.successfulResults.length, 2);
    assert.equal(results.failedResults.length, 1);
    assert.equal(results.unprocessedRecords.length, 0);
    for (const row of results.successfulResults) {
      assert.match(row.sf__Id, /^001\w{15}$/);
      assert.equal(row.sf__Created, 'true');
    }
    const names = results.successfulResults.map((r) => r.Name).sort();
    assert.deepEqual(names, [`Bulk ${runId} 1`, `Bulk, ${runId} 2`]);
    assert.equal(results.failedResults[0].sf__Error, 'REQUIRED_FIELD_MISSING:Required fields are missing: [Name]:Name --');
    assert.equal(results.failedResults[0].Legacy_Id__c, `BLK-${runId}-3`);
    const stored = await conn.query(`SELECT Id, NumberOfEmployees FROM Account WHERE Legacy_Id__c = 'BLK-${runId}-2'`);
    assert.equal(stored.records[0].NumberOfEmployees, 20);
  });

  await check('Bulk 2.0 upsert by external ID', async () => {
    const csv = `Legacy_Id__c,Name\nBLK-${runId}-1,Bulk renamed\nBLK-${runId}-9,Bulk new\n`;
    const results = await conn.bulk2.loadAndWaitForResults({
      object: 'Account', operation: 'upsert', externalIdFieldName: 'Legacy_Id__c', input: csv, pollInterval: 100,
    });
    assert.equal(results.failedResults.length, 0);
    const created = Object.fromEntries(results.successfulResults.map((r) => [r.Legacy_Id__c, r.sf__Created]));
    assert.deepEqual(created, { [`BLK-${runId}-1`]: 'false', [`BLK-${runId}-9`]: 'true' });
  });

  await check('Bulk 2.0 query returns every record', async () => {
    const readAll = (stream) => new Promise((resolve, reject) => {
      const rows = [];
      stream.on('record', (r) => rows.push(r));
      stream.on('end', () => resolve(rows));
      stream.on('error', reject);
    });
    const soql = 'SELECT Id, LastName, Email, Account.Name FROM Contact';
    const rest = [];
    await conn.query(soql).on('record', (r) => rest.push(r)).run({ autoFetch: true, maxFetch: 10000 });
    const rows = await readAll(await conn.bulk2.query(soql, { pollInterval: 50, pollTimeout: 30000 }));
    assert.equal(rest.length, 300);
    assert.equal(rows.length, rest.length);
    assert.deepEqual(Object.keys(rows[0]), ['Id', 'LastName', 'Email', 'Account.Name']);
    const byId = new Map(rows.map((r) => [r.Id, r]));
    assert.equal(byId.size, rows.length);
    for (const r of rest) {
      const b = byId.get(r.Id);
      assert.ok(b, `missing ${r.Id}`);
      assert.deepEqual([b.LastName, b.Email, b['Account.Name']],
        [r.LastName, r.Email ?? '', r.Account ? r.Account.Name : '']);
    }
    assert.ok(rows.some((r) => r.LastName === "O'Brien \\ Sons"));
    // Quoted values (a comma from the Bulk insert above) and numbers.
    const bulk = await readAll(await conn.bulk2.query(
      `SELECT Name, NumberOfEmployees FROM Account WHERE Legacy_Id__c = 'BLK-${runId}-2'`, { pollInterval: 50 }));
    assert.deepEqual(bulk, [{ Name: `Bulk, ${runId} 2`, NumberOfEmployees: '20' }]);
    await assert.rejects(conn.bulk2.query('SELECT Id FROM Xyzzy', { pollInterval: 50 }),
      (e) => e.errorCode === 'INVALID_TYPE');
  });

  await check('identity() finds the identity URL in the version resources', async () => {
    const identity = await conn.identity();
    assert.equal(identity.username, 'admin@localorg.sfsync');
    assert.match(identity.organization_id, /^00D\w{15}$/);
    assert.match(identity.user_id, /^005\w{15}$/);
    const resources = await conn.request(`/services/data/v${version}/`);
    assert.equal(resources.identity, `${instanceUrl}/id/${identity.organization_id}/${identity.user_id}`);
  });

  await check('relative date literals', async () => {
    // The sample org was seeded when the server started, a moment ago (LAST_N_DAYS:1 also covers a run that
    // crosses midnight).
    const count = async (soql) => (await conn.query(soql)).totalSize;
    assert.equal(await count("SELECT COUNT() FROM Account WHERE Legacy_Id__c LIKE 'ACC-%' AND CreatedDate = LAST_N_DAYS:1"), 100);
    assert.equal(await count('SELECT COUNT() FROM Account WHERE CreatedDate > TODAY'), 0);
    assert.equal(await count('SELECT COUNT() FROM Account WHERE CreatedDate < LAST_N_DAYS:30'), 0);
    // Sample birthdates lie between 1960 and 1999.
    assert.equal(await count('SELECT COUNT() FROM Contact WHERE CreatedDate = LAST_N_DAYS:1 AND Birthdate < LAST_N_YEARS:20'), 300);
    assert.equal(await count('SELECT COUNT() FROM Contact WHERE Birthdate = THIS_MONTH'), 0);
    await assert.rejects(conn.query('SELECT Id FROM Account WHERE CreatedDate = LAST_N_DAYS'),
      (e) => e.errorCode === 'MALFORMED_QUERY' && /ERROR at Row:1:Column:44/.test(e.message));
  });

  await check('aggregate queries: GROUP BY, HAVING, aliases, exprN', async () => {
    const grouped = await conn.query('SELECT LeadSource source, COUNT(Id) n FROM Contact GROUP BY LeadSource ORDER BY COUNT(Id) DESC');
    assert.ok(grouped.records.length >= 2);
    assert.equal(grouped.records.reduce((sum, r) => sum + r.n, 0), 300);
    for (const r of grouped.records) {
      assert.deepEqual(r.attributes, { type: 'AggregateResult' });
      assert.equal((await conn.query(`SELECT COUNT() FROM Contact WHERE LeadSource = '${r.source}'`)).totalSize, r.n);
    }
    assert.ok(grouped.records[0].n >= grouped.records[grouped.records.length - 1].n);
    const rows = [];
    await conn.query("SELECT NumberOfEmployees FROM Account WHERE Legacy_Id__c LIKE 'ACC-%'").on('record', (r) => rows.push(r)).run({ autoFetch: true });
    const [stats] = (await conn.query(
      "SELECT COUNT(Id), MAX(NumberOfEmployees), SUM(NumberOfEmployees) FROM Account WHERE Legacy_Id__c LIKE 'ACC-%'")).records;
    assert.equal(stats.expr0, 100);
    assert.equal(stats.expr1, Math.max(...rows.map((r) => r.NumberOfEmployees)));
    assert.equal(stats.expr2, rows.reduce((sum, r) => sum + r.NumberOfEmployees, 0));
    const having = await conn.query('SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > 1000');
    assert.equal(having.totalSize, 0);
    await assert.rejects(conn.query('SELECT Name, COUNT(Id) FROM Account'),
      (e) => e.errorCode === 'MALFORMED_QUERY' && /Field must be grouped or aggregated: Name/.test(e.message));
  });

  await check('child relationship subquery', async () => {
    const result = await conn.query(
      "SELECT Id, Name, (SELECT Id, LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Legacy_Id__c = 'ACC-0001'");
    assert.equal(result.totalSize, 1);
    const contacts = result.records[0].Contacts;
    const expected = await conn.query("SELECT Id FROM Contact WHERE Account.Legacy_Id__c = 'ACC-0001'");
    assert.equal(contacts.totalSize, expected.totalSize);
    assert.equal(contacts.done, true);
    assert.deepEqual(contacts.records.map((r) => r.Id).sort(), expected.records.map((r) => r.Id).sort());
    assert.equal(contacts.records[0].attributes.type, 'Contact');
    const lonely = await conn.sobject('Account').create({ Name: `No contacts ${runId}` });
    const none = await conn.query(`SELECT Id, (SELECT Id FROM Contacts) FROM Account WHERE Id = '${lonely.id}'`);
    assert.equal(none.records[0].Contacts, null);
  });

  await check('sObject Tree creates parents with their children', async () => {
    const body = {
      records: [{
        attributes: { type: 'Account', referenceId: 'acc1' }, Name: `Tree ${runId}`,
        Contacts: { records: [
          { attributes: { type: 'Contact', referenceId: 'con1' }, LastName: `Leaf ${runId}` },
          { attributes: { type: 'Contact', referenceId: 'con2' }, LastName: `Twig ${runId}` },
        ] },
      }],
    };
    const result = await conn.requestPost(`/services/data/v${version}/composite/tree/Account`, body);
    assert.equal(result.hasErrors, false);
    assert.deepEqual(result.results.map((r) => r.referenceId), ['acc1', 'con1', 'con2']);
    const [account] = (await conn.query(
      `SELECT Id, (SELECT LastName FROM Contacts ORDER BY LastName) FROM Account WHERE Name = 'Tree ${runId}'`)).records;
    assert.equal(account.Id, result.results[0].id);
    assert.deepEqual(account.Contacts.records.map((r) => r.LastName), [`Leaf ${runId}`, `Twig ${runId}`]);
    const bad = { records: [{ attributes: { type: 'Account', referenceId: 'x1' }, Name: 'Bad tree', Phone: 'x'.repeat(41) }] };
    await assert.rejects(conn.requestPost(`/services/data/v${version}/composite/tree/Account`, bad));
    assert.equal((await conn.query("SELECT COUNT() FROM Account WHERE Name = 'Bad tree'")).totalSize, 0);
  });

  await check('search (SOSL)', async () => {
    const found = await conn.search('FIND {Acme} IN NAME FIELDS RETURNING Account(Id, Name ORDER BY Name)');
    const expected = await conn.query("SELECT Id FROM Account WHERE Name LIKE 'Acme %'");
    assert.ok(expected.totalSize > 0);
    assert.equal(found.searchRecords.length, expected.totalSize);
    for (const r of found.searchRecords) {
      assert.equal(r.attributes.type, 'Account');
      assert.match(r.Name, /^Acme /);
    }
    const email = await conn.search('FIND {jordan.lee@example.com} IN EMAIL FIELDS RETURNING Contact(Id), Lead(Id)');
    assert.deepEqual(email.searchRecords.map((r) => r.attributes.type).sort(), ['Contact', 'Contact', 'Contact', 'Lead']);
    await assert.rejects(conn.search('FIND Acme'), (e) => e.errorCode === 'MALFORMED_SEARCH');
  });

  await check('updated and deleted records', async () => {
    const Account = conn.sobject('Account');
    const kept = await Account.create({ Name: `Replicated ${runId}` });
    const gone = await Account.create({ Name: `Deleted ${runId}` });
    await Account.destroy(gone.id);
    const start = new Date(Date.now() - 3600 * 1000);
    const end = new Date(Date.now() + 3600 * 1000);
    const updated = await Account.updated(start, end);
    assert.ok(updated.ids.includes(kept.id));
    assert.ok(!updated.ids.includes(gone.id));
    assert.ok(updated.latestDateCovered);
    const deleted = await Account.deleted(start, end);
    const entry = deleted.deletedRecords.find((r) => r.id === gone.id);
    assert.ok(entry, 'the deleted account is listed');
    assert.match(entry.deletedDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000\+0000$/);
    assert.ok(deleted.earliestDateAvailable);
  });

  await check('limits() answers the full set', async () => {
    const limits = await conn.limits();
    assert.ok(Object.keys(limits).length >= 50);
    assert.equal(limits.DailyApiRequests.Max, 100000);
    assert.ok(limits.DailyApiRequests.Remaining < 100000);
    for (const [name, value] of Object.entries(limits)) {
      assert.equal(typeof value.Max, 'number', name);
      assert.ok(value.Remaining <= value.Max, name);
    }
  });

  await check('Bulk API 1.0 load and query', async () => {
    conn.bulk.pollInterval = 100;
    conn.bulk.pollTimeout = 30000;
    const inserted = await conn.bulk.load('Account', 'insert', [
      { Name: `Bulk1 ${runId} A`, Legacy_Id__c: `B1-${runId}-1`, NumberOfEmployees: 7 },
      { Name: `Bulk1 ${runId} B`, Legacy_Id__c: `B1-${runId}-2` },
      { Legacy_Id__c: `B1-${runId}-3` },
    ]);
    assert.equal(inserted.length, 3);
    assert.deepEqual(inserted.map((r) => r.success), [true, true, false]);
    assert.match(inserted[0].id, /^001\w{15}$/);
    assert.match(inserted[2].errors[0], /^REQUIRED_FIELD_MISSING:Required fields are missing: \[Name\]/);
    const upserted = await conn.bulk.load('Account', 'upsert', { extIdField: 'Legacy_Id__c' }, [
      { Legacy_Id__c: `B1-${runId}-1`, Name: `Bulk1 ${runId} A renamed` },
      { Legacy_Id__c: `B1-${runId}-4`, Name: `Bulk1 ${runId} D` },
    ]);
    assert.deepEqual(upserted.map((r) => [r.success, r.created]), [[true, false], [true, true]]);
    assert.equal(upserted[0].id, inserted[0].id);
    const rows = await new Promise((resolve, reject) => {
      const out = [];
      conn.bulk.query(`SELECT Id, Name, NumberOfEmployees FROM Account WHERE Name LIKE 'Bulk1 ${runId}%' ORDER BY Name`)
        .then((stream) => stream.on('record', (r) => out.push(r)).on('end', () => resolve(out)).on('error', reject), reject);
    });
    assert.deepEqual(rows.map((r) => r.Name), [`Bulk1 ${runId} A renamed`, `Bulk1 ${runId} B`, `Bulk1 ${runId} D`]);
    assert.equal(rows[0].Id, inserted[0].id);
    assert.equal(rows[0].NumberOfEmployees, '7');
    const deleted = await conn.bulk.load('Account', 'delete', rows.map((r) => ({ Id: r.Id })));
    assert.ok(deleted.every((r) => r.success));
    assert.equal((await conn.query(`SELECT COUNT() FROM Account WHERE Name LIKE 'Bulk1 ${runId}%'`)).totalSize, 0);
  });

  await check('an invalid session is INVALID_SESSION_ID', async () => {
    const bad = connection({ accessToken: '00D000000000000!AQ.invalid' });
    await assert.rejects(bad.query('SELECT Id FROM Account LIMIT 1'), (e) => e.errorCode === 'INVALID_SESSION_ID');
  });

  await check('an expired token is refreshed through oauth2 + refreshToken', async () => {
    const token = await signIn();
    assert.match(token.access_token, /^00D\w{12,15}![.\w]*$/);
    assert.ok(token.refresh_token);
    assert.equal(token.instance_url, instanceUrl);
    assert.equal(token.expires_in, undefined);
    // Revoke the access token only: the next call gets 401 and jsforce refreshes.
    const revoked = await fetch(new URL('/services/oauth2/revoke', instanceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: token.access_token }),
    });
    assert.equal(revoked.status, 200);
    const oauthConn = new jsforce.Connection({
      oauth2: new jsforce.OAuth2({ loginUrl: instanceUrl, clientId: 'sfsync-local' }),
      instanceUrl, accessToken: token.access_token, refreshToken: token.refresh_token, version,
    });
    let refreshed = null;
    oauthConn.on('refresh', (newToken) => { refreshed = newToken; });
    const count = await oauthConn.query('SELECT COUNT() FROM Lead');
    assert.equal(count.totalSize, 100);
    assert.ok(refreshed, 'jsforce did not refresh');
    assert.notEqual(refreshed, token.access_token);
    assert.equal(oauthConn.accessToken, refreshed);
    const identity = await oauthConn.identity();
    assert.equal(identity.username, 'admin@localorg.sfsync');
  });

  console.log(`jsforce conformance: all ${passed} checks passed against ${instanceUrl}`);
}

main().catch((error) => {
  console.error(error);
  console.log(`jsforce conformance: FAILED after ${passed} passed checks`);
  process.exit(1);
});
