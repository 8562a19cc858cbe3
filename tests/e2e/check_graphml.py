#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Check orgkg's GraphML with NetworkX against the facts a corpus states.

usage: check_graphml.py GRAPH.graphml EXPECTED.tsv [--exact]

Reads the file with networkx.read_graphml (as Gephi users' scripts do) and checks
- every node has `label` and a known `kind`, and an id in the allowed characters;
- every edge has `relation`, `label` (= relation), `weight` > 0, `evidence_count` >= 1,
  ISO 8601 `first_seen` <= `last_seen`, `sources`, and the right types;
- each EXPECTED.tsv row's subject (a state, id state_<iso3>) and object (an
  organisation) exist by label, with an edge of that relation between them whose
  evidence or validity years cover the row's year and whose sources name its document.
member_of/observer_of edges beyond EXPECTED.tsv are listed; --exact fails on them.
Run with /usr/bin/python3 (Debian's python3-networkx).
"""
import argparse
import re
from collections import defaultdict

from e2e_common import RELATIONS, SYMMETRIC, Report, import_networkx, read_expected, year

KINDS = {"state", "organisation", "city", "other"}
NODE_ID = re.compile(r"^[A-Za-z0-9_.:-]+$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CHECKED = {"member_of", "observer_of"}


def check_nodes(g, report):
    by_label = defaultdict(list)
    for n, a in g.nodes(data=True):
        report.check(NODE_ID.match(n), f"node id {n!r} has characters outside [A-Za-z0-9_.:-]")
        report.check(a.get("label"), f"node {n} has no label")
        report.check(a.get("kind") in KINDS, f"node {n} has kind {a.get('kind')!r}, not one of {sorted(KINDS)}")
        if a.get("label"):
            by_label[a["label"]].append(n)
    return by_label


def check_edge(u, v, a, report):
    where = f"edge {u} -{a.get('relation')}-> {v}"
    rel = a.get("relation")
    report.check(rel in RELATIONS, f"{where}: unknown relation {rel!r}")
    report.check(a.get("label") == rel, f"{where}: label {a.get('label')!r} differs from relation")
    weight = a.get("weight")
    report.check(isinstance(weight, float) and weight > 0, f"{where}: weight {weight!r} is not a double > 0")
    count = a.get("evidence_count")
    report.check(isinstance(count, int) and count >= 1, f"{where}: evidence_count {count!r} is not an int >= 1")
    for key in ("first_seen", "last_seen", "valid_from", "valid_to"):
        if key in a:
            report.check(ISO_DATE.match(str(a[key])), f"{where}: {key} {a[key]!r} is not YYYY[-MM[-DD]]")
    if report.check("first_seen" in a and "last_seen" in a, f"{where}: first_seen or last_seen missing"):
        report.check(str(a["first_seen"]) <= str(a["last_seen"]), f"{where}: first_seen after last_seen")
    report.check(a.get("sources"), f"{where}: no sources")
    for key in ("start_year", "end_year"):
        if key in a:
            report.check(isinstance(a[key], int), f"{where}: {key} {a[key]!r} is not an int")
    if "symmetric" in a:
        report.check(a["symmetric"] is (rel in SYMMETRIC), f"{where}: symmetric is {a['symmetric']!r}")


def edge_years(a):
    ys = [year(a.get(k)) for k in ("first_seen", "last_seen", "valid_from", "valid_to")]
    return [y for y in ys if y is not None]


def find_node(by_label, label, kind, g, report):
    nodes = by_label.get(label, [])
    if not nodes:
        hint = [n for n, a in g.nodes(data=True)
                if label.lower() in str(a.get("aliases", "")).lower().split("|")
                or label.lower() == str(a.get("name", "")).lower()]
        report.fail(f"no node labelled {label!r}" + (f" (name/aliases match {hint})" if hint else ""))
        return None
    if not report.check(len(nodes) == 1, f"{len(nodes)} nodes labelled {label!r}: {nodes}"):
        return None
    n = nodes[0]
    a = g.nodes[n]
    report.check(a.get("kind") == kind, f"node {n} ({label}) has kind {a.get('kind')!r}, expected {kind}")
    if kind == "state":
        iso3 = str(a.get("iso3", ""))
        if report.check(re.match(r"^[A-Z]{3}$", iso3), f"state {n} ({label}) has iso3 {iso3!r}"):
            report.check(n == f"state_{iso3}", f"state {label}: node id {n}, expected state_{iso3}")
    else:
        report.check(n.startswith("org_"), f"organisation {label}: node id {n} does not start with org_")
    return n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graphml")
    ap.add_argument("expected")
    ap.add_argument("--exact", action="store_true", help="fail on member_of/observer_of edges not expected")
    args = ap.parse_args()

    nx = import_networkx()
    g = nx.read_graphml(args.graphml)
    report = Report()
    by_label = check_nodes(g, report)

    edges = defaultdict(list)  # (u, v, relation) -> attribute dicts
    for u, v, a in g.edges(data=True):
        check_edge(u, v, a, report)
        edges[(u, v, a.get("relation"))].append(a)

    expected = read_expected(args.expected)
    wanted, found = set(), set()  # (subject, object, relation) node ids
    found_rows = 0
    for row in expected:
        s = find_node(by_label, row.subject, "state", g, report)
        o = find_node(by_label, row.object, "organisation", g, report)
        if s is None or o is None:
            continue
        fact = (s, o, row.relation)
        wanted.add(fact)
        what = f"EXPECTED.tsv:{row.line} {row.subject} {row.relation} {row.object} ({row.when})"
        if fact not in edges:
            others = sorted(r for (u, v, r) in edges if (u, v) == (s, o))
            report.fail(f"{what}: no such edge" + (f" (edges between them: {others})" if others else ""))
            continue
        found.add(fact)
        found_rows += 1
        attrs = edges[fact]
        ys = [y for a in attrs for y in edge_years(a)]
        report.check(ys and min(ys) <= year(row.when) <= max(ys),
                     f"{what}: year not within the edge's years {sorted(set(ys))}")
        sources = {s for a in attrs for s in str(a.get("sources", "")).split("|")}
        report.check(any(row.document in s for s in sources),
                     f"{what}: sources {sorted(sources)} do not name document {row.document}")

    extra = sorted(f for f in edges if f[2] in CHECKED and f not in wanted)
    for u, v, rel in extra:
        message = f"edge not in EXPECTED.tsv: {g.nodes[u].get('label')} {rel} {g.nodes[v].get('label')}"
        if args.exact:
            report.fail(message)
        else:
            print("note:", message)
    report.finish(f"graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
                  f"{found_rows}/{len(expected)} EXPECTED.tsv rows found ({len(found)} distinct facts), "
                  f"{len(extra)} unexpected member_of/observer_of edges")


if __name__ == "__main__":
    main()
