#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Check orgkg's Turtle with two independent parsers against the facts a corpus states.

usage: check_turtle.py GRAPH.ttl EXPECTED.tsv

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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("turtle")
    ap.add_argument("expected")
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
    report.finish(f"turtle: rapper {rapper_count} triples, serdi {len(lines)}; "
                  f"{found}/{len(facts)} expected direct triples found")


if __name__ == "__main__":
    main()
