#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Check orgkg's RDF with two independent parsers against the facts a corpus states.

usage: check_turtle.py GRAPH.ttl EXPECTED.tsv [--nt GRAPH.nt] [--nq GRAPH.nq]

- `rapper -i turtle -c` (Raptor) and `serdi -i turtle -o ntriples` (Serd) both parse
  the file without error and agree on the number of triples;
- that number exceeds 2 x the distinct EXPECTED.tsv facts (a direct triple plus a
  qualified org:Membership node per fact, CONVENTIONS.md section 6);
- the file uses @prefix and holds no blank nodes;
- every member_of/observer_of row has its direct triple
  <…/id/state/ISO3> org:memberOf|orgkg:observerOf <…/id/org/ACRONYM>.
State labels are mapped to ISO 3166-1 alpha-3 with Debian's iso-codes, independently
of orgkg's gazetteer. Keys are compared as minted: each IRI path segment is the key
with every byte outside RFC 3986's unreserved set [A-Za-z0-9-._~] percent-encoded in
upper-case hex (export/src/turtle_escape.hpp, iri_segment), so "Arctic Council" is
<…/id/org/Arctic%20Council>.

With --nt: rapper and serdi parse the N-Triples, both count exactly the Turtle's
triples, and serdi reads the same statements from both files.
With --nq (export/README.md, "N-Quads"): rapper -i nquads and serdi agree on the count;
the default-graph quads are exactly the N-Triples (or the Turtle's statements); the
named graphs are <…/graph/doc/DOC>, and for every EXPECTED.tsv row the direct triple is
in the graph of the row's document.
"""
import argparse
import json
import re
import shutil
import subprocess
from urllib.parse import quote

from e2e_common import Report, missing_tool, read_expected

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
# Short names (CONVENTIONS.md section 2) that are neither iso-codes' name nor common_name.
SHORT_NAMES = {"Russia": "RUS", "Brunei": "BRN", "Netherlands": "NLD", "Turkey": "TUR"}
PREDICATES = {
    "member_of": lambda p: p == "http://www.w3.org/ns/org#memberOf",
    "observer_of": lambda p: re.search(r"[#/]observerOf$", p) is not None,
}
NT_LINE = re.compile(r'^(<[^>]*>|_:\S+)\s+<([^>]*)>\s+(<[^>]*>|_:\S+|".*)\s*\.$')


def iso3_table():
    try:
        with open(ISO_JSON, encoding="utf-8") as f:
            entries = json.load(f)["3166-1"]
    except OSError:
        missing_tool(f"{ISO_JSON} (Debian package iso-codes)")
    table = dict(SHORT_NAMES)
    for e in entries:
        for key in ("name", "common_name", "official_name"):
            if key in e:
                table.setdefault(e[key], e["alpha_3"])
    return table


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True, check=False)


def tail(iri):
    """The last two path segments of an IRI, as written: ('org', 'Arctic%20Council')."""
    parts = iri.strip("<>").rstrip("/").split("/")
    return (parts[-2], parts[-1]) if len(parts) >= 2 else ("", "")


def segment(key):
    """`key` as orgkg mints an IRI path segment: UTF-8, every byte outside the
    RFC 3986 unreserved set [A-Za-z0-9-._~] as %XX (upper case)."""
    return quote(key, safe="", encoding="utf-8")


def parse_count(report, syntax, path):
    """Statements rapper and serdi read from `path`; serdi's sorted output lines, always
    written as N-Quads (serdi's N-Triples output escapes non-ASCII, its N-Quads does not,
    so only lines of one output syntax compare)."""
    rapper = run(["rapper", "-i", syntax, "-c", path])
    m = re.search(r"Parsing returned (\d+) triple", rapper.stderr)
    rapper_count = int(m.group(1)) if m else None
    report.check(rapper.returncode == 0 and m,
                 f"rapper -i {syntax} {path} exited {rapper.returncode}: {rapper.stderr.strip()[-2000:]}")
    serdi = run(["serdi", "-i", syntax, "-o", "nquads", path])
    report.check(serdi.returncode == 0,
                 f"serdi -i {syntax} {path} exited {serdi.returncode}: {serdi.stderr.strip()[-2000:]}")
    lines = sorted(line for line in serdi.stdout.splitlines() if line.strip() and not line.startswith("#"))
    report.check(rapper_count == len(lines), f"{path}: rapper counts {rapper_count} statements, serdi {len(lines)}")
    return rapper_count, lines


TERM = re.compile(r'\s*(<[^>]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)')


def split_terms(line):
    """The terms of one N-Triples/N-Quads line as serdi prints it, or None."""
    terms, pos = [], 0
    while True:
        m = TERM.match(line, pos)
        if not m:
            break
        terms.append(m.group(1))
        pos = m.end()
    return terms if re.fullmatch(r"\s*\.\s*", line[pos:]) else None


def normal(line):
    """A triple line with single spaces between its terms, as check_nquads() compares them."""
    terms = split_terms(line)
    return " ".join(terms) + " ." if terms else line


def check_nquads(report, path, default_lines, expected, iso3):
    """The N-Quads checks; returns a summary."""
    count, lines = parse_count(report, "nquads", path)
    default, named = [], {}
    for line in lines:
        terms = split_terms(line)
        if not report.check(terms and len(terms) in (3, 4), f"unexpected N-Quads line: {line[:200]}"):
            continue
        triple = " ".join(terms[:3]) + " ."
        if len(terms) == 3:
            default.append(triple)
        else:
            named.setdefault(terms[3].strip("<>"), set()).add(triple)
    default_lines = sorted(normal(line) for line in default_lines)
    report.check(sorted(default) == default_lines,
                 f"{path}: the default graph holds {len(default)} statements, the N-Triples {len(default_lines)}"
                 f" (or not the same ones)")
    for graph in named:
        report.check(re.search(r"/graph/doc/[^/]+$", graph), f"named graph {graph} is not …/graph/doc/DOC")
    docs = {tail(g)[1]: g for g in named}
    stated = 0
    for row in expected:
        graph = docs.get(segment(row.document))
        if not report.check(graph, f"no named graph for document {row.document}"):
            continue
        code = iso3.get(row.subject, "?")
        predicate = "<http://www.w3.org/ns/org#memberOf>" if row.relation == "member_of" else "observerOf>"
        wanted = [t for t in named[graph]
                  if t.startswith("<") and tail(t.split(" ")[0]) == ("state", segment(code))
                  and t.split(" ")[1].endswith(predicate)
                  and tail(t.split(" ")[2]) == ("org", segment(row.object))]
        if report.check(wanted, f"graph of {row.document} lacks {row.subject} {row.relation} {row.object}"):
            stated += 1
    return f"; nquads {count} statements, {len(named)} named graphs, {stated}/{len(expected)} rows in their document's graph"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("turtle")
    ap.add_argument("expected")
    ap.add_argument("--nt", help="the N-Triples written beside GRAPH.ttl")
    ap.add_argument("--nq", help="the N-Quads written beside GRAPH.ttl")
    args = ap.parse_args()
    for tool in ("rapper", "serdi"):
        if not shutil.which(tool):
            missing_tool(f"{tool} (Debian package {'raptor2-utils' if tool == 'rapper' else 'serdi'})")
    report = Report()

    rapper = run(["rapper", "-i", "turtle", "-c", args.turtle])
    m = re.search(r"Parsing returned (\d+) triple", rapper.stderr)
    rapper_count = int(m.group(1)) if m else None
    report.check(rapper.returncode == 0 and m,
                 f"rapper exited {rapper.returncode}: {rapper.stderr.strip()[-2000:]}")

    serdi = run(["serdi", "-i", "turtle", "-o", "ntriples", args.turtle])
    report.check(serdi.returncode == 0, f"serdi exited {serdi.returncode}: {serdi.stderr.strip()[-2000:]}")
    lines = [line for line in serdi.stdout.splitlines() if line.strip() and not line.startswith("#")]
    report.check(rapper_count == len(lines), f"rapper counts {rapper_count} triples, serdi {len(lines)}")

    expected = read_expected(args.expected)
    facts = {(r.subject, r.relation, r.object) for r in expected}
    report.check(len(lines) > 2 * len(facts),
                 f"{len(lines)} triples for {len(facts)} facts: expected more than {2 * len(facts)}")

    with open(args.turtle, encoding="utf-8") as f:
        report.check("@prefix" in f.read(), "no @prefix declaration")

    direct = set()
    for line in lines:
        t = NT_LINE.match(line)
        if not report.check(t, f"serdi printed an unexpected line: {line[:200]}"):
            continue
        s, p, o = t.groups()
        if s.startswith("_:") or o.startswith("_:"):
            report.fail(f"blank node in: {line[:200]}")
            continue
        for relation, matches in PREDICATES.items():
            if matches(p) and o.startswith("<"):
                direct.add((tail(s), relation, tail(o)))

    iso3 = iso3_table()
    found = 0
    for subject, relation, obj in sorted(facts):
        code = iso3.get(subject)
        if not report.check(code, f"no ISO 3166-1 code for {subject!r} in iso-codes"):
            continue
        triple = (("state", segment(code)), relation, ("org", segment(obj)))
        if report.check(triple in direct,
                        f"no direct triple <…/id/state/{code}> {relation} <…/id/org/{segment(obj)}>"):
            found += 1
    summary = (f"turtle: rapper {rapper_count} triples, serdi {len(lines)}; "
               f"{found}/{len(facts)} expected direct triples found")
    # serdi's N-Quads rendering of the Turtle, to compare the other syntaxes with.
    default_lines = parse_count(report, "turtle", args.turtle)[1] if args.nt or args.nq else []
    if args.nt:
        nt_count, nt_lines = parse_count(report, "ntriples", args.nt)
        report.check(nt_count == len(lines), f"N-Triples: {nt_count} triples, Turtle {len(lines)}")
        report.check(nt_lines == default_lines, "serdi reads different statements from the N-Triples and the Turtle")
        default_lines = nt_lines
        summary += f"; ntriples {nt_count} triples"
    if args.nq:
        summary += check_nquads(report, args.nq, default_lines, expected, iso3)
    report.finish(summary)


if __name__ == "__main__":
    main()
