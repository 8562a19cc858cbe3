#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Score an orgkg GraphML graph against the gold facts of tests/gold.

usage: score_gold.py GRAPH.graphml [--gold DIR] [--aliases FILE] [--verbose]
                     [--min-precision P] [--min-recall R] [--min-f1 F] [--min-date D]

The matching is the one of ../shared/tools/score.py:
- an entity is known by its canonical key: a node's `label`, then its `name`, then each of
  its `aliases` (`|`-separated) is lower-cased, white space collapsed, and looked up in the
  aliases table (surface<TAB>canonical<TAB>kind); the first one found gives the key, and a
  node none of whose names is listed is its own label. Gold subjects and objects go
  through the same table;
- facts are compared as unique (subject, relation, object) triples over the whole corpus,
  however many documents state them; cooperates_with and agreement_with are symmetric
  and compared without direction;
- a matched fact's date is right when one of its gold years lies within the span of the
  years on the graph's edge (first_seen, last_seen, valid_from, valid_to, start_year,
  end_year).

Prints tp/fp/fn, precision, recall and F1 per relation and overall, and the share of
matched facts with a right date. Exits 1 when a --min-* floor is not reached, 2 on bad
input. Needs Debian's python3-networkx: run it with /usr/bin/python3.
"""
import argparse
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict

try:
    import networkx as nx
except ImportError:  # the python3 first on PATH may lack it
    sys.exit("score_gold.py: needs networkx (Debian python3-networkx); run it with /usr/bin/python3")

HERE = os.path.dirname(os.path.abspath(__file__))
RELATIONS = ["member_of", "observer_of", "partner_of", "associate_member_of", "candidate_for",
             "founder_of", "chair_of", "headquartered_in", "cooperates_with", "agreement_with",
             "left"]
SYMMETRIC = {"cooperates_with", "agreement_with"}
YEAR_ATTRS = ("first_seen", "last_seen", "valid_from", "valid_to", "start_year", "end_year")


def norm(text):
    return re.sub(r"\s+", " ", str(text)).strip().lower()


def load_aliases(path):
    table = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0] and not parts[0].startswith("#"):
                table[norm(parts[0])] = parts[1]
    return table


def canonical(name, aliases):
    return aliases.get(norm(name), norm(name)).lower()


def node_key(node_id, attrs, aliases):
    names = [attrs.get("label"), attrs.get("name")] + str(attrs.get("aliases") or "").split("|")
    for n in names:
        if n and norm(n) in aliases:
            return aliases[norm(n)].lower()
    for n in names:
        if n and norm(n):
            return norm(n)
    return norm(node_id)


def fact_key(s, p, o):
    if p in SYMMETRIC and o < s:
        s, o = o, s
    return (s, p, o)


def first_year(value):
    m = re.match(r"\s*(-?\d{4})", str(value)) if value is not None else None
    return int(m.group(1)) if m else None


def read_graph(path, aliases):
    """{(s, p, o): [years on the edges]} for the graph's facts."""
    g = nx.read_graphml(path)
    keys = {n: node_key(n, a, aliases) for n, a in g.nodes(data=True)}
    predicted = {}
    for u, v, a in g.edges(data=True):
        rel = a.get("relation") or a.get("predicate")
        if not rel:
            continue
        years = predicted.setdefault(fact_key(keys[u], rel, keys[v]), [])
        for k in YEAR_ATTRS:
            y = first_year(a.get(k))
            if y is not None:
                years.append(y)
    return predicted


def read_gold(gold_dir, aliases):
    """{(s, p, o): {gold years}} over every *.json file of gold_dir."""
    files = sorted(glob.glob(os.path.join(gold_dir, "*.json")))
    if not files:
        raise ValueError(f"no *.json gold files in {gold_dir}")
    gold = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for fact in doc.get("facts", []):
            k = fact_key(canonical(fact["s"], aliases), fact["p"], canonical(fact["o"], aliases))
            years = gold.setdefault(k, set())
            y = first_year(fact.get("when"))
            if y is not None:
                years.add(y)
    return gold, len(files)


def ratio(a, b):
    return a / b if b else 0.0


def prf(c):
    p = ratio(c["tp"], c["tp"] + c["fp"])
    r = ratio(c["tp"], c["tp"] + c["fn"])
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("graphml", help="GraphML written by `orgkg build`")
    ap.add_argument("--gold", default=os.path.join(HERE, "facts"), help="directory of gold *.json")
    ap.add_argument("--aliases", default=os.path.join(HERE, "aliases.tsv"))
    ap.add_argument("--verbose", "-v", action="store_true", help="list missed and spurious facts")
    ap.add_argument("--min-precision", type=float, default=None)
    ap.add_argument("--min-recall", type=float, default=None)
    ap.add_argument("--min-f1", type=float, default=None)
    ap.add_argument("--min-date", type=float, default=None,
                    help="floor on the share of matched dated facts whose date is right")
    args = ap.parse_args()

    try:
        aliases = load_aliases(args.aliases)
        gold, ndocs = read_gold(args.gold, aliases)
        predicted = read_graph(args.graphml, aliases)
    except (OSError, ValueError, KeyError, nx.NetworkXError) as e:
        print(f"score_gold.py: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # malformed XML and the like
        print(f"score_gold.py: cannot read input: {e}", file=sys.stderr)
        return 2

    tp = set(gold) & set(predicted)
    fp = set(predicted) - set(gold)
    fn = set(gold) - set(predicted)
    per_rel = defaultdict(Counter)
    for name, facts in (("tp", tp), ("fp", fp), ("fn", fn)):
        for k in facts:
            per_rel[k[1]][name] += 1
    for k in tp:
        if gold[k]:
            per_rel[k[1]]["dated"] += 1
            ys = predicted[k]
            if ys and any(min(ys) <= y <= max(ys) for y in gold[k]):
                per_rel[k[1]]["date_ok"] += 1

    print(f"gold: {ndocs} documents, {len(gold)} unique facts; graph: {len(predicted)} facts")
    print(f"{'relation':20} {'tp':>4} {'fp':>4} {'fn':>4}  {'P':>5} {'R':>5} {'F1':>5}  {'dates':>7}")
    rels = RELATIONS + sorted(set(per_rel) - set(RELATIONS))
    total = Counter()
    for rel in rels:
        c = per_rel[rel]
        total.update(c)
        p, r, f = prf(c)
        print(f"{rel:20} {c['tp']:4} {c['fp']:4} {c['fn']:4}  {p:5.2f} {r:5.2f} {f:5.2f}"
              f"  {c['date_ok']:3}/{c['dated']:<3}")
    p, r, f = prf(total)
    date_acc = ratio(total["date_ok"], total["dated"])
    print(f"{'overall':20} {total['tp']:4} {total['fp']:4} {total['fn']:4}  {p:5.2f} {r:5.2f} {f:5.2f}"
          f"  {total['date_ok']:3}/{total['dated']:<3}")
    if args.verbose:
        for k in sorted(fn, key=lambda k: (k[1], k)):
            print("missed   ", *k)
        for k in sorted(fp, key=lambda k: (k[1], k)):
            print("spurious ", *k)
        for k in sorted(tp, key=lambda k: (k[1], k)):
            ys = predicted[k]
            if gold[k] and not (ys and any(min(ys) <= y <= max(ys) for y in gold[k])):
                print("bad date ", *k, "gold", sorted(gold[k]), "graph", sorted(set(ys)))
    print(f"precision {p:.3f} recall {r:.3f} F1 {f:.3f} dates {date_acc:.3f}")

    failed = []
    for name, value, floor in (("precision", p, args.min_precision), ("recall", r, args.min_recall),
                               ("F1", f, args.min_f1), ("date accuracy", date_acc, args.min_date)):
        if floor is not None and value < floor:
            failed.append(f"{name} {value:.3f} < {floor:.3f}")
    if failed:
        print("FAIL: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
