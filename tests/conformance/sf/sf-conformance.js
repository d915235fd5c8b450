'use strict';
// The Salesforce CLI (sf, pinned in package-lock.json) against a fresh sfsync-localorg with the sample seed:
// everyday commands, each with --json, checked on their JSON output and on the org's state afterwards (read back
// over the REST API). run-sf-conformance.sh starts the org and isolates the CLI's HOME.
//
//   node sf-conformance.js <instanceUrl> <accessToken> <path to sf's bin/run.js> <scratch folder>
//
// The CLI takes a second or two to start, so independent read-only commands run a few at a time.

const assert = require('node:assert/strict');
const { execFile } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const [instanceUrl, accessToken, cli, files] = process.argv.slice(2);
const version = '62.0';
const alias = 'local';

let passed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok ${passed} - ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    console.log(`not ok - ${name}`);
    throw error;
  }
}

// Runs `sf <args> --json` and answers its parsed output; a failing command (status != 0) is an error that
// carries the output.
function sf(args, { env = {}, allowFailure = false, json = true } = {}) {
  return new Promise((resolve, reject) => {
    const argv = [cli, ...args, ...(json ? ['--json'] : [])];
    execFile(process.execPath, argv, { cwd: files, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!json) {
          if (error) reject(new Error(`sf ${args.join(' ')} failed: ${stderr}\n${stdout}`));
          else resolve(stdout);
          return;
        }
        let output;
        try {
          output = JSON.parse(stdout);
        } catch (parseError) {
          reject(new Error(`sf ${args.join(' ')}: no JSON output (${parseError.message})\n${stdout}\n${stderr}`));
          return;
        }
        if (output.status !== 0 && !allowFailure) {
          reject(new Error(`sf ${args.join(' ')} failed: ${JSON.stringify(output, null, 2)}`));
          return;
        }
        resolve(output);
      });
  });
}

// The org's REST API, to read its state back independently of the CLI.
async function rest(pathAndQuery, init = {}) {
  const response = await fetch(new URL(`/services/data/v${version}/${pathAndQuery}`, instanceUrl), {
    ...init, headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', ...(init.headers || {}) },
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
async function soql(statement) {
  const response = await rest(`query?q=${encodeURIComponent(statement)}`);
  assert.equal(response.status, 200, JSON.stringify(response.body));
  return response.body;
}

async function main() {
  assert.ok(instanceUrl && accessToken && cli && files, 'usage: node sf-conformance.js <url> <token> <run.js> <folder>');
  const identity = await (await fetch(new URL('/services/oauth2/userinfo', instanceUrl),
    { headers: { Authorization: `Bearer ${accessToken}` } })).json();
  const target = ['--target-org', alias];

  await check('org login access-token', async () => {
    const login = await sf(['org', 'login', 'access-token', '--instance-url', instanceUrl, '--no-prompt', '--alias', alias],
      { env: { SF_ACCESS_TOKEN: accessToken } });
    assert.equal(login.result.orgId, identity.organization_id);
    assert.equal(login.result.username, 'admin@localorg.sfsync');
    assert.equal(login.result.instanceApiVersion, version);
    assert.equal(login.result.name, 'sfsync Local Org');
    assert.equal(login.result.orgEdition, 'Developer Edition');
    assert.equal(login.result.isSandbox, false);
  });

  // Read-only commands, a few at a time.
  const [display, list, describe, limits] = await Promise.all([
    sf(['org', 'display', ...target]),
    sf(['sobject', 'list', '--sobject', 'all', ...target]),
    sf(['sobject', 'describe', '--sobject', 'Contact', ...target]),
    sf(['org', 'list', 'limits', ...target]),
  ]);
  await check('org display', async () => {
    assert.equal(display.result.id, identity.organization_id);
    assert.equal(display.result.username, 'admin@localorg.sfsync');
    assert.equal(display.result.connectedStatus, 'Connected');
    assert.equal(display.result.alias, alias);
    assert.equal(display.result.apiVersion, version);
    assert.equal(new URL(display.result.instanceUrl).origin, new URL(instanceUrl).origin);
  });
  await check('sobject list', async () => {
    const global = await rest('sobjects');
    assert.deepEqual([...list.result].sort(), global.body.sobjects.map((o) => o.name).sort());
    for (const name of ['Account', 'Contact', 'Lead', 'Custom__c']) assert.ok(list.result.includes(name), name);
  });
  await check('sobject describe', async () => {
    assert.equal(describe.result.name, 'Contact');
    assert.equal(describe.result.keyPrefix, '003');
    const fields = (await rest('sobjects/Contact/describe')).body.fields;
    assert.deepEqual(describe.result.fields.map((f) => f.name), fields.map((f) => f.name));
    const legacy = describe.result.fields.find((f) => f.name === 'Legacy_Id__c');
    assert.equal(legacy.externalId, true);
  });
  await check('org list limits', async () => {
    assert.ok(limits.result.length >= 50, `${limits.result.length} limits`);
    const daily = limits.result.find((l) => l.name === 'DailyApiRequests');
    assert.equal(daily.max, 100000);
    assert.ok(daily.remaining > 0 && daily.remaining < 100000);
    for (const l of limits.result) assert.ok(l.remaining <= l.max, l.name);
    assert.ok(limits.result.some((l) => l.name === 'DailyBulkV2QueryJobs'));
  });

  const queries = {
    plain: "SELECT Id, Name, Email, Account.Name FROM Contact WHERE Email = 'jordan.lee@example.com' ORDER BY Name",
    relativeDate: "SELECT Id, Name FROM Lead WHERE CreatedDate = LAST_N_DAYS:1 AND Status = 'Working - Contacted'",
    subquery: "SELECT Name, (SELECT LastName, Email FROM Contacts ORDER BY LastName) FROM Account WHERE Legacy_Id__c = 'ACC-0001'",
    groupBy: 'SELECT LeadSource, COUNT(Id) FROM Lead GROUP BY LeadSource ORDER BY LeadSource',
  };
  const [plain, relativeDate, subquery, groupBy, groupByCsv, search] = await Promise.all([
    sf(['data', 'query', '--query', queries.plain, ...target]),
    sf(['data', 'query', '--query', queries.relativeDate, ...target]),
    sf(['data', 'query', '--query', queries.subquery, ...target]),
    sf(['data', 'query', '--query', queries.groupBy, ...target]),
    sf(['data', 'query', '--query', queries.groupBy, '--result-format', 'csv', ...target], { json: false }),
    sf(['data', 'search', '--query',
      'FIND {jordan.lee@example.com} IN EMAIL FIELDS RETURNING Contact(Name, Email), Lead(Name, Email)', ...target]),
  ]);
  await check('data query', async () => {
    const expected = await soql(queries.plain);
    assert.equal(plain.result.totalSize, 3);
    assert.equal(plain.result.done, true);
    assert.deepEqual(plain.result.records, expected.records);
    assert.ok(plain.result.records.every((r) => r.Account && r.Account.Name));
  });
  await check('data query with a relative date literal', async () => {
    assert.equal(relativeDate.result.totalSize, 20); // every fifth sample lead, all created at start
    assert.deepEqual(relativeDate.result.records.map((r) => r.Id), (await soql(queries.relativeDate)).records.map((r) => r.Id));
  });
  await check('data query with a child subquery', async () => {
    assert.equal(subquery.result.totalSize, 1);
    const contacts = subquery.result.records[0].Contacts;
    assert.equal(contacts.totalSize, 3);
    assert.equal(contacts.done, true);
    const expected = await soql("SELECT LastName FROM Contact WHERE Account.Legacy_Id__c = 'ACC-0001' ORDER BY LastName");
    assert.deepEqual(contacts.records.map((r) => r.LastName), expected.records.map((r) => r.LastName));
  });
  await check('data query with GROUP BY', async () => {
    assert.ok(groupBy.result.records.length >= 2);
    assert.equal(groupBy.result.records.reduce((sum, r) => sum + r.expr0, 0), 100);
    for (const r of groupBy.result.records) assert.deepEqual(r.attributes, { type: 'AggregateResult' });
    // The CSV layout comes from columns=true: grouped field and function columns.
    const lines = groupByCsv.trim().split('\n');
    assert.equal(lines[0], 'LeadSource,COUNT(Id)');
    assert.equal(lines.length, groupBy.result.records.length + 1);
    assert.equal(lines[1], `${groupBy.result.records[0].LeadSource},${groupBy.result.records[0].expr0}`);
  });
  await check('data search', async () => {
    const records = search.result.searchRecords;
    assert.deepEqual(records.map((r) => r.attributes.type).sort(), ['Contact', 'Contact', 'Contact', 'Lead']);
    assert.ok(records.every((r) => r.Email === 'jordan.lee@example.com'));
  });

  let id;
  await check('data create record', async () => {
    const created = await sf(['data', 'create', 'record', '--sobject', 'Account',
      '--values', "Name='sf CLI record' Industry=Retail", ...target]);
    assert.equal(created.result.success, true);
    assert.match(created.result.id, /^001\w{15}$/);
    id = created.result.id;
    const stored = await rest(`sobjects/Account/${id}`);
    assert.equal(stored.body.Name, 'sf CLI record');
    assert.equal(stored.body.Industry, 'Retail');
  });
  await check('data update record', async () => {
    const updated = await sf(['data', 'update', 'record', '--sobject', 'Account', '--record-id', id,
      '--values', "Name='sf CLI renamed' NumberOfEmployees=42", ...target]);
    assert.equal(updated.result.success, true);
    const stored = await rest(`sobjects/Account/${id}`);
    assert.equal(stored.body.Name, 'sf CLI renamed');
    assert.equal(stored.body.NumberOfEmployees, 42);
  });
  await check('data get record', async () => {
    const [byId, byWhere] = await Promise.all([
      sf(['data', 'get', 'record', '--sobject', 'Account', '--record-id', id, ...target]),
      sf(['data', 'get', 'record', '--sobject', 'Account', '--where', "Name='sf CLI renamed'", ...target]),
    ]);
    assert.equal(byId.result.Id, id);
    assert.equal(byId.result.Name, 'sf CLI renamed');
    assert.equal(byId.result.NumberOfEmployees, 42);
    assert.equal(byWhere.result.Id, id);
  });
  await check('data delete record', async () => {
    const deleted = await sf(['data', 'delete', 'record', '--sobject', 'Account', '--record-id', id, ...target]);
    assert.equal(deleted.result.success, true);
    const stored = await rest(`sobjects/Account/${id}`);
    assert.equal(stored.status, 404);
    assert.equal(stored.body[0].errorCode, 'ENTITY_IS_DELETED');
  });

  await check('data upsert bulk', async () => {
    const csv = path.join(files, 'upsert.csv');
    fs.writeFileSync(csv, 'Legacy_Id__c,Name,NumberOfEmployees\nSFCLI-1,Bulk one,11\nSFCLI-2,"Bulk, two",22\nACC-0001,Renamed by sf,33\n');
    const upserted = await sf(['data', 'upsert', 'bulk', '--sobject', 'Account', '--file', csv,
      '--external-id', 'Legacy_Id__c', '--wait', '10', ...target]);
    assert.equal(upserted.result.jobInfo.state, 'JobComplete');
    assert.equal(upserted.result.jobInfo.numberRecordsProcessed, 3);
    assert.equal(upserted.result.jobInfo.numberRecordsFailed, 0);
    const stored = await soql("SELECT Legacy_Id__c, Name, NumberOfEmployees FROM Account WHERE Legacy_Id__c IN ('SFCLI-1', 'SFCLI-2', 'ACC-0001') ORDER BY Legacy_Id__c");
    assert.deepEqual(stored.records.map((r) => [r.Legacy_Id__c, r.Name, r.NumberOfEmployees]),
      [['ACC-0001', 'Renamed by sf', 33], ['SFCLI-1', 'Bulk one', 11], ['SFCLI-2', 'Bulk, two', 22]]);
  });
  await check('data export bulk', async () => {
    const file = path.join(files, 'export.csv');
    const exported = await sf(['data', 'export', 'bulk', '--query',
      "SELECT Id, Name, Legacy_Id__c FROM Account WHERE Legacy_Id__c LIKE 'SFCLI-%' ORDER BY Legacy_Id__c",
      '--output-file', file, '--result-format', 'csv', '--wait', '10', ...target]);
    assert.equal(exported.result.totalSize, 2);
    const expected = await soql("SELECT Id, Name, Legacy_Id__c FROM Account WHERE Legacy_Id__c LIKE 'SFCLI-%' ORDER BY Legacy_Id__c");
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    assert.equal(lines[0], '"Id","Name","Legacy_Id__c"');
    assert.deepEqual(lines.slice(1), expected.records.map((r) => `"${r.Id}","${r.Name}","${r.Legacy_Id__c}"`));
  });

  const treeQuery = "SELECT Name, Industry, (SELECT LastName, Email FROM Contacts ORDER BY LastName) FROM Account WHERE Name = 'sf CLI tree'";
  await check('data import tree', async () => {
    const file = path.join(files, 'tree.json');
    fs.writeFileSync(file, JSON.stringify({
      records: [{
        attributes: { type: 'Account', referenceId: 'TreeAccount1' }, Name: 'sf CLI tree', Industry: 'Finance',
        Contacts: { records: [
          { attributes: { type: 'Contact', referenceId: 'TreeContact1' }, LastName: 'Leaf', Email: 'leaf@example.com' },
          { attributes: { type: 'Contact', referenceId: 'TreeContact2' }, LastName: 'Twig' },
        ] },
      }],
    }));
    const imported = await sf(['data', 'import', 'tree', '--files', file, ...target]);
    assert.deepEqual(imported.result.map((r) => [r.refId, r.type]),
      [['TreeAccount1', 'Account'], ['TreeContact1', 'Contact'], ['TreeContact2', 'Contact']]);
    const account = imported.result[0].id;
    const children = await soql(`SELECT Id, LastName FROM Contact WHERE AccountId = '${account}' ORDER BY LastName`);
    assert.deepEqual(children.records.map((r) => r.Id), [imported.result[1].id, imported.result[2].id]);
  });
  await check('data export tree, and the export imported again', async () => {
    const dir = path.join(files, 'export-tree');
    const exported = await sf(['data', 'export', 'tree', '--query', treeQuery, '--output-dir', dir, ...target]);
    const [record] = exported.result.records;
    assert.equal(record.Name, 'sf CLI tree');
    assert.equal(record.attributes.type, 'Account');
    assert.deepEqual(record.Contacts.records.map((r) => [r.LastName, r.Email]), [['Leaf', 'leaf@example.com'], ['Twig', undefined]]);
    const file = path.join(dir, 'Account-Contact.json');
    assert.deepEqual(JSON.parse(fs.readFileSync(file, 'utf8')), exported.result);
    const again = await sf(['data', 'import', 'tree', '--files', file, ...target]);
    assert.equal(again.result.length, 3);
    const copies = await soql(treeQuery);
    assert.equal(copies.totalSize, 2);
    assert.ok(copies.records.every((r) => r.Contacts.totalSize === 2));
  });

  console.log(`sf CLI conformance: all ${passed} checks passed against ${instanceUrl}`);
}

main().catch((error) => {
  console.error(error);
  console.log(`sf CLI conformance: FAILED after ${passed} passed checks`);
  process.exit(1);
});
