#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Build a statement full of hostile characters and parse every RDF output with two parsers.

usage: check_rdf_hostile.py ORGKG STATEMENT.txt OUTDIR

Copies STATEMENT.txt (tests/data/rdf/hostile_statement.txt: quotes, backslashes, <>{}|^`,
TAB, C0 controls, emoji, invalid UTF-8 in its title and sentences) into OUTDIR/in under a
file name holding such characters too, so the document id is hostile as well, runs
`ORGKG build OUTDIR/in -o OUTDIR/out -f ttl,nt,nq`, then checks that:
- rapper and serdi parse graph.ttl (turtle), graph.nt (ntriples) and graph.nq (nquads)
  without error and agree on each file's statement count;
- the N-Triples hold as many triples as the Turtle, and the same ones (serdi's reading);
- the N-Quads' default graph is the N-Triples, and the document has a named graph
  holding its direct triples;
- at least one fact was extracted (so sentences went through the writers), and the
  title and a sentence come back (as serdi reads them) with their quotes, backslashes,
  braces and emoji. (The reader turns TAB and C0 controls into spaces and drops invalid
  UTF-8 before the writers see them; tests/export/ntriples_writer_test.cpp feeds those
  to the writers directly.)
"""
import os
import shutil
import subprocess
import sys

from check_turtle import normal, parse_count, split_terms
from e2e_common import Report, missing_tool

# Every character a file name may hold that IRIs and literals must escape.
HOSTILE_NAME = 'doc "q" <1> {2} |^` \\ tab\t\x01 \U0001F30D ü %41#x?y'
TITLE_PARTS = ('<b>"summit"</b>', "{Astana}", "\\ back\\slash", "\U0001F30D")


ECHAR = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def unescape(literal):
    """The text of an N-Triples string literal term ("..." with its escapes)."""
    body = literal[1:literal.rindex('"')]
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
        elif body[i + 1] in "uU":
            width = 4 if body[i + 1] == "u" else 8
            out.append(chr(int(body[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(ECHAR[body[i + 1]])
            i += 2
    return "".join(out)


def literals(lines, predicate):
    """The texts of the `predicate` literals among serdi's output lines."""
    found = []
    for line in lines:
        terms = split_terms(line)
        if terms and terms[1] == f"<{predicate}>" and terms[2].startswith('"'):
            found.append(unescape(terms[2]))
    return found


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    orgkg, statement, outdir = sys.argv[1:]
    for tool in ("rapper", "serdi"):
        if not shutil.which(tool):
            missing_tool(f"{tool} (Debian package {'raptor2-utils' if tool == 'rapper' else 'serdi'})")
    report = Report()
    shutil.rmtree(outdir, ignore_errors=True)
    indir, out = os.path.join(outdir, "in"), os.path.join(outdir, "out")
    os.makedirs(indir)
    shutil.copyfile(statement, os.path.join(indir, HOSTILE_NAME + ".txt"))
    build = subprocess.run([orgkg, "build", indir, "-o", out, "-f", "ttl,nt,nq"],
                           capture_output=True, text=True, errors="replace", check=False)
    print(build.stdout.strip())
    if not report.check(build.returncode == 0, f"orgkg build exited {build.returncode}: {build.stderr[-2000:]}"):
        report.finish("hostile: build failed")

    ttl, nt, nq = (os.path.join(out, "graph." + ext) for ext in ("ttl", "nt", "nq"))
    ttl_count, ttl_lines = parse_count(report, "turtle", ttl)
    nt_count, nt_lines = parse_count(report, "ntriples", nt)
    nq_count, nq_lines = parse_count(report, "nquads", nq)
    report.check(ttl_count == nt_count, f"Turtle {ttl_count} triples, N-Triples {nt_count}")
    report.check(ttl_lines == nt_lines, "serdi reads different statements from the Turtle and the N-Triples")

    default, named = [], {}
    for line in nq_lines:
        terms = split_terms(line)
        if not report.check(terms and len(terms) in (3, 4), f"unexpected N-Quads line: {line[:200]}"):
            continue
        if len(terms) == 3:
            default.append(" ".join(terms) + " .")
        else:
            named.setdefault(terms[3], []).append(" ".join(terms[:3]) + " .")
    report.check(sorted(default) == sorted(normal(line) for line in nt_lines),
                 f"N-Quads default graph: {len(default)} statements, N-Triples {nt_count}")
    report.check(len(named) == 1, f"expected one named graph (one document), got {sorted(named)}")
    direct = [t for quads in named.values() for t in quads if "/id/state/" in t.split(" ")[0]]
    report.check(direct, "no direct fact triple in the document's named graph: nothing extracted?")
    for graph in named:
        report.check("/graph/doc/" in graph and "%22q%22%20%3C1%3E" in graph,
                     f"named graph {graph} is not the percent-encoded document id")

    titles = literals(ttl_lines, "http://purl.org/dc/terms/title")
    report.check(any(all(part in t for part in TITLE_PARTS) for t in titles),
                 f"the title does not come back whole from the Turtle: {titles}")
    values = literals(nt_lines, "http://www.w3.org/ns/prov#value")
    report.check(any('"charter"' in v and "\\u0041" in v and "\U0001F1F0" in v for v in values),
                 f"no sentence comes back from the N-Triples with its quotes and emoji: {values}")
    report.finish(f"hostile: turtle {ttl_count}, ntriples {nt_count}, nquads {nq_count} statements "
                  f"({len(named)} named graph, {len(direct)} direct triples in it)")


if __name__ == "__main__":
    main()
