// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// usage: node load_oxigraph.mjs OUT_DIR CLIENTS_DIR
//
// Loads OUT_DIR/graph.ttl, graph.nt and graph.nq, each into its own Oxigraph store
// (the npm package `oxigraph` in CLIENTS_DIR/node_modules; Oxigraph checks IRIs and
// literals strictly), then checks that the Turtle and the N-Triples hold the same
// number of triples, that the N-Quads' default graph holds that many too, and that
// `GRAPH ?g { ?s org:memberOf ?o . ?g prov:wasDerivedFrom ?doc }` finds each fact's
// document. Exit status: 0 ok, 1 a failure, 2 usage, 77 skipped (no oxigraph package,
// outside CI).
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { webcrypto } from "node:crypto";
import { join, resolve } from "node:path";

const [outDir, clientsDir] = process.argv.slice(2);
if (!outDir || !clientsDir) {
  console.error("usage: node load_oxigraph.mjs OUT_DIR CLIENTS_DIR");
  process.exit(2);
}
if (!existsSync(join(clientsDir, "node_modules", "oxigraph", "package.json"))) {
  // As need.sh does for other tools: fail under CI, skip (77) elsewhere.
  console.log(`missing: the npm package oxigraph in ${clientsDir}/node_modules; scripts/setup.sh --test installs it`);
  const ci = process.env.CI ?? "";
  if (ci !== "" && ci !== "false" && ci !== "0") {
    console.log("FAIL: CI is set, so a missing tool is an error");
    process.exit(1);
  }
  console.log("SKIP: not under CI");
  process.exit(77);
}
const require = createRequire(join(resolve(clientsDir), "package.json"));
// Oxigraph's WebAssembly draws random numbers through the Web Crypto API, which
// Node 18 (Debian 12's) does not put on globalThis by default.
if (globalThis.crypto === undefined) globalThis.crypto = webcrypto;
const oxigraph = require("oxigraph");

const failures = [];
function load(file, mime) {
  const store = new oxigraph.Store();
  const path = join(outDir, file);
  try {
    store.load(readFileSync(path), { format: mime });
  } catch (e) {
    failures.push(`Oxigraph cannot load ${path}: ${e.message ?? e}`);
  }
  return store;
}
const count = (store, pattern) =>
  Number(store.query(`SELECT (COUNT(*) AS ?n) WHERE { ${pattern} }`)[0].get("n").value);

const ttl = load("graph.ttl", "text/turtle");
const nt = load("graph.nt", "application/n-triples");
const nq = load("graph.nq", "application/n-quads");
const counts = {
  ttl: count(ttl, "?s ?p ?o"),
  nt: count(nt, "?s ?p ?o"),
  nqDefault: count(nq, "?s ?p ?o"),
  nqNamed: count(nq, "GRAPH ?g { ?s ?p ?o }"),
};
if (counts.ttl !== counts.nt) failures.push(`Turtle ${counts.ttl} triples, N-Triples ${counts.nt}`);
if (counts.nqDefault !== counts.nt) failures.push(`N-Quads default graph ${counts.nqDefault}, N-Triples ${counts.nt}`);
const sourced = count(nq, `{ SELECT DISTINCT ?s ?o WHERE {
    GRAPH ?g { ?s <http://www.w3.org/ns/org#memberOf> ?o . ?g <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc }
    ?doc a <http://xmlns.com/foaf/0.1/Document> } }`);
const facts = count(nt, "?s <http://www.w3.org/ns/org#memberOf> ?o");
if (facts === 0 || sourced !== facts) failures.push(`${facts} memberOf triples, ${sourced} found with their document`);
for (const f of failures) console.log("FAIL:", f);
console.log(`oxigraph: ttl ${counts.ttl}, nt ${counts.nt}, nq ${counts.nqDefault} default + ${counts.nqNamed} named; ` +
            `${sourced}/${facts} memberOf triples traced to their document`);
console.log(failures.length ? `${failures.length} problem(s)` : "ok");
process.exit(failures.length ? 1 : 0);
