'use strict';
// sfsync-bench contender: the bench's job written as a user would write it with jsforce 3.10.16, at its best.
// The upsert matches Email OR Legacy_Id__c, which Salesforce's native upsert (one external ID) cannot express,
// so every row needs its own lookup query; the writes are then batched, 200 records per sObject Collections
// call (create for no match, update by Id for one match; several matches are ambiguous and not written).
// Queries and write batches run `concurrency` at a time, the same as every other contender.
//
//   SFSYNC_ACCESS_TOKEN=... node bench-jsforce.js <instanceUrl> <csvPath> [concurrency]
//
// Prints one JSON line: {name, wallMs, peakRssKiB, created, updated, ambiguous, failed}.

const fs = require('node:fs');
const jsforce = require('jsforce');

const [instanceUrl, csvPath, concurrencyArg] = process.argv.slice(2);
const accessToken = process.env.SFSYNC_ACCESS_TOKEN;
const concurrency = Math.max(1, Number(concurrencyArg || 4));

// RFC 4180, enough for the bench's file (quoted cells, doubled quotes).
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i += 1; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell); cell = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  const [header, ...data] = rows;
  return data.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

// SOQL string literal body: backslash first, then the quote (what a careful user writes).
function soqlText(value) {
  return String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'");
}

async function pool(count, items, fn) {
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const i = next;
      next += 1;
      await fn(items[i], i);
    }
  }
  await Promise.all(Array.from({ length: Math.min(count, items.length) }, worker));
}

async function main() {
  if (!instanceUrl || !csvPath || !accessToken) {
    throw new Error('usage: SFSYNC_ACCESS_TOKEN=... node bench-jsforce.js <instanceUrl> <csvPath> [concurrency]');
  }
  const started = process.hrtime.bigint();
  const conn = new jsforce.Connection({ instanceUrl, accessToken, version: '62.0', maxRequest: concurrency });
  const rows = parseCsv(fs.readFileSync(csvPath, 'utf8'));
  const result = { name: 'jsforce', created: 0, updated: 0, ambiguous: 0, failed: 0 };

  const creates = [];
  const updates = [];
  await pool(concurrency, rows, async (row) => {
    const soql = `SELECT Id FROM Contact WHERE Email = '${soqlText(row.email)}'`
      + ` OR Legacy_Id__c = '${soqlText(row.legacy_id)}'`;
    let found;
    try {
      found = await conn.query(soql);
    } catch (error) {
      result.failed += 1;
      return;
    }
    const fields = { Email: row.email, Legacy_Id__c: row.legacy_id, FirstName: row.first_name, LastName: row.last_name };
    if (found.totalSize === 0) creates.push(fields);
    else if (found.totalSize === 1) updates.push({ Id: found.records[0].Id, ...fields });
    else result.ambiguous += 1;
  });

  const batches = [];
  for (let i = 0; i < creates.length; i += 200) batches.push({ op: 'create', records: creates.slice(i, i + 200) });
  for (let i = 0; i < updates.length; i += 200) batches.push({ op: 'update', records: updates.slice(i, i + 200) });
  await pool(concurrency, batches, async (batch) => {
    let results;
    try {
      results = await conn.sobject('Contact')[batch.op](batch.records, { allOrNone: false });
    } catch (error) {
      result.failed += batch.records.length;
      return;
    }
    for (const r of results) {
      if (!r.success) result.failed += 1;
      else if (batch.op === 'create') result.created += 1;
      else result.updated += 1;
    }
  });

  result.wallMs = Number((process.hrtime.bigint() - started) / 1000000n);
  result.peakRssKiB = process.resourceUsage().maxRSS; // KiB
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench-jsforce: ${error.stack || error}\n`);
  process.exit(1);
});
