// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// usage: node oxigraph_queries.mjs DATA_DIR QUERIES_DIR CLIENTS_DIR
//
// Loads DATA_DIR/graph.ttl, and DATA_DIR/graph.nt and DATA_DIR/graph.nq when they
// exist, each into its own Oxigraph store (the npm package `oxigraph`, installed in
// CLIENTS_DIR/node_modules by scripts/setup.sh --test), runs every QUERIES_DIR/*.rq
// and compares the answer with QUERIES_DIR/<name>.expected.tsv.
//
// Expected files: a header line with the query's variables in SELECT order, then
// one line per solution, in the query's ORDER BY order; an IRI is written as the
// IRI, a literal as its lexical form (no datatype or language tag), an unbound
// variable as nothing; tabs, newlines and backslashes in values as \t, \n, \\.
// A query runs on every format unless its comments say `# datasets: nq` (or ttl,
// nt, space-separated). N-Quads is queried as Oxigraph loads it, without
// use_default_graph_as_union: orgkg's graph.nq repeats every statement in the
// default graph, so the plain queries must give the Turtle answers from it alone,
// while `GRAPH ?g { ... }` sees the per-document named graphs.
// Exit status: 0 all answers right, 1 a wrong answer or an error, 2 usage.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { webcrypto } from "node:crypto";
import { join, resolve } from "node:path";

const [dataDir, queriesDir, clientsDir] = process.argv.slice(2);
if (!dataDir || !queriesDir || !clientsDir) {
  console.error("usage: node oxigraph_queries.mjs DATA_DIR QUERIES_DIR CLIENTS_DIR");
  process.exit(2);
}
const require = createRequire(join(resolve(clientsDir), "package.json"));
// Oxigraph's WebAssembly draws random numbers through the Web Crypto API, which
// Node 18 (Debian 12's) does not put on globalThis by default.
if (globalThis.crypto === undefined) globalThis.crypto = webcrypto;
const oxigraph = require("oxigraph");
const version = require("oxigraph/package.json").version;

const FORMATS = [
  { name: "ttl", file: "graph.ttl", mime: "text/turtle", required: true },
  { name: "nt", file: "graph.nt", mime: "application/n-triples" },
  { name: "nq", file: "graph.nq", mime: "application/n-quads" },
];

const escape = (v) => v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");

// SPARQL 1.1 JSON results -> [header, ...rows], each a tab-joined line.
function tableOf(json) {
  const results = JSON.parse(json);
  const vars = results.head.vars;
  const rows = results.results.bindings.map((b) => vars.map((v) => (b[v] ? escape(b[v].value) : "")).join("\t"));
  return [vars.join("\t"), ...rows];
}

function datasetsOf(query) {
  const m = query.match(/^#\s*datasets:\s*(.+)$/m);
  return m ? m[1].trim().split(/\s+/) : FORMATS.map((f) => f.name);
}

function diff(expected, actual) {
  const out = [];
  const e = new Set(expected), a = new Set(actual);
  for (const line of expected) if (!a.has(line)) out.push(`  missing: ${line}`);
  for (const line of actual) if (!e.has(line)) out.push(`  unexpected: ${line}`);
  if (out.length === 0) out.push("  same lines, different order or multiplicity");
  out.push("  expected:", ...expected.map((l) => `    ${l}`), "  got:", ...actual.map((l) => `    ${l}`));
  return out.join("\n");
}

const queries = readdirSync(queriesDir).filter((f) => f.endsWith(".rq")).sort();
if (queries.length === 0) {
  console.log(`FAIL: no .rq files in ${queriesDir}`);
  process.exit(1);
}

console.log(`Oxigraph ${version} (npm), queries from ${queriesDir}`);
let failures = 0, checks = 0;
const tested = [];
for (const format of FORMATS) {
  const path = join(dataDir, format.file);
  if (!existsSync(path)) {
    if (format.required) {
      console.log(`FAIL: ${path} is missing`);
      failures++;
    } else {
      console.log(`NOTE: ${path} not present (orgkg does not write it yet): ${format.name} not tested`);
    }
    continue;
  }
  const store = new oxigraph.Store();
  const started = Date.now();
  try {
    store.load(readFileSync(path), { format: format.mime });
  } catch (e) {
    console.log(`FAIL: Oxigraph cannot load ${path}: ${e.message ?? e}`);
    failures++;
    continue;
  }
  console.log(`${format.name}: loaded ${path}, ${store.size} quads, ${Date.now() - started} ms`);
  tested.push(format.name);
  for (const file of queries) {
    const name = file.slice(0, -3);
    const query = readFileSync(join(queriesDir, file), "utf8");
    if (!datasetsOf(query).includes(format.name)) continue;
    checks++;
    const expectedPath = join(queriesDir, `${name}.expected.tsv`);
    if (!existsSync(expectedPath)) {
      console.log(`FAIL [${format.name}] ${file}: no ${expectedPath}`);
      failures++;
      continue;
    }
    const expected = readFileSync(expectedPath, "utf8").split("\n").filter((l) => l !== "");
    let actual;
    try {
      actual = tableOf(store.query(query, { results_format: "application/sparql-results+json" }));
    } catch (e) {
      console.log(`FAIL [${format.name}] ${file}: query error: ${e.message ?? e}`);
      failures++;
      continue;
    }
    if (JSON.stringify(actual) === JSON.stringify(expected)) {
      console.log(`ok [${format.name}] ${file}: ${actual.length - 1} row(s) as expected`);
    } else {
      console.log(`FAIL [${format.name}] ${file}: answer differs from ${expectedPath}\n${diff(expected, actual)}`);
      failures++;
    }
  }
}
console.log(`${checks} query answer(s) checked on ${tested.join(", ") || "nothing"}; ${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
