#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Check orgkg's GraphML with python-igraph against the file itself and a corpus.

usage: check_graphml_igraph.py GRAPH.graphml EXPECTED.tsv

Reads the file with igraph.Graph.Read_GraphML (Debian's python3-igraph) and, as an
independent reference, with xml.etree. Checks:
- a directed graph with as many vertices and edges as the file has <node>/<edge>;
- every declared <key> is a vertex or edge attribute of the igraph graph, and every
  value the file holds comes back with its type (str for string, bool for boolean,
  a number for int/double; igraph keeps numbers as floats, so an int must be
  integral) and its value;
- each EXPECTED.tsv row has its edge (subject label, relation, object label) with
  the row's document among its sources; Russia member_of CICA has first_seen.
"""
import math
import sys
import xml.etree.ElementTree as ET

from e2e_common import Report, missing_tool, read_expected

NS = "{http://graphml.graphdrawing.org/xmlns}"


def import_igraph():
    try:
        import igraph
    except ImportError:
        missing_tool(f"igraph for {sys.executable} (Debian package python3-igraph)")
    return igraph


def read_reference(path):
    """keys: (domain, attr.name) -> attr.type; nodes/edges: lists of {attr.name: text}."""
    root = ET.parse(path).getroot()
    keys, names = {}, {}
    for key in root.iter(NS + "key"):
        keys[(key.get("for"), key.get("attr.name"))] = key.get("attr.type")
        names[key.get("id")] = key.get("attr.name")

    def data(element):
        return {names[d.get("key")]: d.text or "" for d in element.findall(NS + "data")}

    nodes = [dict(data(n), id=n.get("id")) for n in root.iter(NS + "node")]
    edges = [data(e) for e in root.iter(NS + "edge")]
    return keys, nodes, edges


def matches(value, text, kind):
    """Whether igraph's `value` is the typed reading of the file's `text`."""
    if kind == "string":
        return isinstance(value, str) and value == text
    if kind == "boolean":
        return isinstance(value, bool) and value == (text == "true")
    if isinstance(value, bool) or not isinstance(value, (int, float)) or math.isnan(value):
        return False
    if kind in ("int", "long") and not float(value).is_integer():
        return False
    return float(value) == float(text)


def check_items(what, items, reference, keys, domain, report):
    for index, (item, expected) in enumerate(zip(items, reference)):
        attrs = item.attributes()
        for name, text in expected.items():
            kind = "string" if name == "id" else keys[(domain, name)]
            report.check(matches(attrs.get(name), text, kind),
                         f"{what} {index} {name}: igraph has {attrs.get(name)!r} "
                         f"({type(attrs.get(name)).__name__}), the file {text!r} ({kind})")


def main():
    path, expected_path = sys.argv[1:3]
    igraph = import_igraph()
    g = igraph.Graph.Read_GraphML(path)
    keys, nodes, edges = read_reference(path)
    report = Report()
    report.check(g.is_directed(), "igraph reads an undirected graph")
    report.check(g.vcount() == len(nodes), f"igraph: {g.vcount()} vertices, file: {len(nodes)}")
    report.check(g.ecount() == len(edges), f"igraph: {g.ecount()} edges, file: {len(edges)}")
    for (domain, name) in keys:
        names = g.vs.attributes() if domain == "node" else g.es.attributes()
        report.check(name in names, f"{domain} attribute {name!r} missing in igraph")
    check_items("vertex", g.vs, nodes, keys, "node", report)
    check_items("edge", g.es, edges, keys, "edge", report)

    by_label = {v["label"]: v.index for v in g.vs}
    facts = {}
    for e in g.es:
        facts[(e.source, e["relation"], e.target)] = e
    rows = read_expected(expected_path)
    for row in rows:
        what = f"EXPECTED.tsv:{row.line} {row.subject} {row.relation} {row.object}"
        s, o = by_label.get(row.subject), by_label.get(row.object)
        edge = facts.get((s, row.relation, o))
        if report.check(edge is not None, f"{what}: no such edge"):
            report.check(row.document in edge["sources"].split("|"),
                         f"{what}: sources {edge['sources']} lack {row.document}")
    russia = facts.get((by_label.get("Russia"), "member_of", by_label.get("CICA")))
    report.check(russia is not None and russia["first_seen"] and russia["weight"] >= 1,
                 "Russia member_of CICA lacks first_seen or weight")
    report.finish(f"igraph: {g.vcount()} vertices, {g.ecount()} edges, "
                  f"{len(g.vs.attributes())} vertex and {len(g.es.attributes())} edge attributes; "
                  f"{len(rows)} EXPECTED.tsv rows checked")


if __name__ == "__main__":
    main()
