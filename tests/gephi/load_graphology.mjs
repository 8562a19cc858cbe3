// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// usage: node load_graphology.mjs CLIENTS_DIR GRAPH.gexf GRAPH.graphml EXPECTED.tsv
//
// Loads orgkg's GEXF with graphology-gexf and its GraphML with graphology-graphml
// (the parsers Gephi Lite uses; installed in CLIENTS_DIR/node_modules) and checks:
// - both files parse; same node and edge counts, same node ids and edge ids;
// - every GraphML attribute is on the same GEXF node/edge with the same value and
//   the same JavaScript type; numbers are numbers, booleans booleans; edge kind =
//   relation in the GEXF;
// - every edge's GEXF <spell> follows the documented mapping (start = valid_from,
//   else first_seen, year "2014" -> 2014-01-01; end = valid_to, "2014" -> 2014-12-31,
//   else open), read with @xmldom/xmldom since graphology does not keep spells;
// - each EXPECTED.tsv row has its edge (subject label, relation, object label) in
//   both graphs, with the row's document among its sources; and one fact in full:
//   Russia member_of CICA, first seen on 2019-06-15.
// Prints "FAIL: ..." per problem and exits 1 if there was any, else 0.
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {join, resolve} from 'node:path';

const [clientsDir, gexfPath, graphmlPath, expectedPath] = process.argv.slice(2);
const require = createRequire(join(resolve(clientsDir), 'package.json'));
const Graph = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');
const {DOMParser} = require('@xmldom/xmldom');

const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  return ok;
};

const gexfText = readFileSync(gexfPath, 'utf8');
// graphology-graphml's Node entry takes a string (or a document from its own xmldom).
const fromGexf = gexf.parse(Graph, gexfText);
const fromGraphml = graphml.parse(Graph, readFileSync(graphmlPath, 'utf8'));

const NUMBERS = new Set(['weight', 'evidence_count', 'start_year', 'end_year']);
const BOOLEANS = new Set(['symmetric', 'conflict']);
const typeOf = (key) => (NUMBERS.has(key) ? 'number' : BOOLEANS.has(key) ? 'boolean' : 'string');

function sameAttributes(what, fromG, fromX) {
  for (const [key, value] of Object.entries(fromG)) {
    check(typeof value === typeOf(key), `GraphML ${what}.${key} is a ${typeof value}, not a ${typeOf(key)}`);
    check(key in fromX, `GEXF ${what} has no ${key}`);
    check(fromX[key] === value, `GEXF ${what}.${key} is ${JSON.stringify(fromX[key])}, GraphML's ${JSON.stringify(value)}`);
  }
  for (const [key, value] of Object.entries(fromX)) {
    if (key !== 'kind' || what.startsWith('node')) {
      check(key in fromG, `GEXF ${what}.${key} is not in the GraphML`);
    }
    check(typeof value === typeOf(key), `GEXF ${what}.${key} is a ${typeof value}, not a ${typeOf(key)}`);
  }
}

check(fromGexf.type === 'directed' && fromGraphml.type === 'directed',
      `graph types: GEXF ${fromGexf.type}, GraphML ${fromGraphml.type}`);
check(fromGexf.order === fromGraphml.order, `nodes: GEXF ${fromGexf.order}, GraphML ${fromGraphml.order}`);
check(fromGexf.size === fromGraphml.size, `edges: GEXF ${fromGexf.size}, GraphML ${fromGraphml.size}`);
check(fromGraphml.order > 0 && fromGraphml.size > 0, 'the graph is empty');

fromGraphml.forEachNode((node, attrs) => {
  if (!check(fromGexf.hasNode(node), `GEXF has no node ${node}`)) return;
  check(attrs.label && attrs.kind, `node ${node} lacks label or kind`);
  sameAttributes(`node ${node}`, attrs, fromGexf.getNodeAttributes(node));
});
fromGraphml.forEachEdge((edge, attrs, source, target) => {
  if (!check(fromGexf.hasEdge(edge), `GEXF has no edge ${edge}`)) return;
  check(fromGexf.source(edge) === source && fromGexf.target(edge) === target,
        `edge ${edge} joins other nodes in the GEXF`);
  const x = fromGexf.getEdgeAttributes(edge);
  check(x.kind === attrs.relation, `GEXF edge ${edge} kind ${x.kind} is not its relation ${attrs.relation}`);
  check(Number.isInteger(attrs.evidence_count) && attrs.weight === attrs.evidence_count,
        `edge ${edge}: weight ${attrs.weight}, evidence_count ${attrs.evidence_count}`);
  sameAttributes(`edge ${edge}`, attrs, x);
});

// Spells, straight from the GEXF document.
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n) => String(n).padStart(2, '0');
function fullDate(iso, end) {
  const [y, m, d] = iso.split('-').map(Number);
  const month = m || (end ? 12 : 1);
  return `${y}-${pad(month)}-${pad(d || (end ? lastDay(y, month) : 1))}`;
}
const doc = new DOMParser().parseFromString(gexfText, 'application/xml');
let spells = 0;
for (const element of Array.from(doc.getElementsByTagName('edge'))) {
  const id = element.getAttribute('id');
  const attrs = fromGraphml.getEdgeAttributes(id);
  const found = Array.from(element.getElementsByTagName('spell'));
  const start = attrs.valid_from ? fullDate(attrs.valid_from, false)
                                 : attrs.first_seen ? fullDate(attrs.first_seen, false) : '';
  const end = attrs.valid_to ? fullDate(attrs.valid_to, true) : '';
  if (start && end && start > end) continue;  // conflicting dates: documented special cases
  if (!check(found.length === (start || end ? 1 : 0), `edge ${id}: ${found.length} spells`)) continue;
  if (found.length === 0) continue;
  spells++;
  // xmldom gives null for an attribute that is not there.
  const [gotStart, gotEnd] = ['start', 'end'].map((name) => found[0].getAttribute(name) || '');
  check(gotStart === start && gotEnd === end,
        `edge ${id}: spell [${gotStart}, ${gotEnd}], expected [${start}, ${end}]`);
}
check(spells > 0, 'no edge has a spell');
// Gephi refuses overlapping intervals: a node's spells must be disjoint, in order.
for (const element of Array.from(doc.getElementsByTagName('node'))) {
  const found = Array.from(element.getElementsByTagName('spell'))
    .map((spell) => [spell.getAttribute('start') || '', spell.getAttribute('end') || '']);
  for (let i = 1; i < found.length; i++) {
    check(found[i - 1][1] !== '' && found[i - 1][1] < found[i][0],
          `node ${element.getAttribute('id')}: spells ${JSON.stringify(found)} overlap`);
  }
}

// EXPECTED.tsv rows.
function nodeByLabel(graph, label) {
  return graph.findNode((node, attrs) => attrs.label === label);
}
function edgesOf(graph, subject, relation, object) {
  const s = nodeByLabel(graph, subject);
  const o = nodeByLabel(graph, object);
  if (!s || !o) return [];
  return graph.filterOutEdges(s, (edge, attrs, source, target) =>
    target === o && attrs.relation === relation).map((edge) => graph.getEdgeAttributes(edge));
}
let rows = 0;
for (const line of readFileSync(expectedPath, 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [subject, relation, object, when, document] = line.split('\t');
  rows++;
  for (const [name, graph] of [['GEXF', fromGexf], ['GraphML', fromGraphml]]) {
    const found = edgesOf(graph, subject, relation, object);
    if (!check(found.length === 1, `${name}: ${found.length} edges ${subject} ${relation} ${object}`)) continue;
    check(found[0].sources.split('|').includes(document),
          `${name}: ${subject} ${relation} ${object} (${when}): sources ${found[0].sources} lack ${document}`);
  }
}
check(rows > 0, 'EXPECTED.tsv has no rows');

const russia = edgesOf(fromGexf, 'Russia', 'member_of', 'CICA')[0] || {};
check(russia.first_seen === '2019-06-15' && russia.kind === 'member_of' &&
      russia.label === 'member_of' && typeof russia.weight === 'number',
      `GEXF Russia member_of CICA: ${JSON.stringify(russia)}`);
const russiaSpell = Array.from(doc.getElementsByTagName('edge'))
  .filter((e) => e.getAttribute('source') === 'state_RUS' && e.getAttribute('target') === 'org_CICA' &&
                 e.getAttribute('kind') === 'member_of')
  .flatMap((e) => Array.from(e.getElementsByTagName('spell')));
check(russiaSpell.length === 1 && russiaSpell[0].getAttribute('start') === fullDate(russia.valid_from || '2019-06-15', false),
      'GEXF Russia member_of CICA has no spell starting at its first date');

for (const message of failures) console.log('FAIL:', message);
console.log(`graphology: GEXF ${fromGexf.order} nodes, ${fromGexf.size} edges; GraphML ` +
            `${fromGraphml.order} nodes, ${fromGraphml.size} edges; ${spells} edge spells checked; ` +
            `${rows} EXPECTED.tsv rows checked`);
console.log(failures.length ? `${failures.length} problem(s)` : 'ok');
process.exit(failures.length ? 1 : 0);
