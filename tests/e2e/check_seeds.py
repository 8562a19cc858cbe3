#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Score orgkg's GraphML of the real seed statements and check two facts they state.

usage: check_seeds.py GRAPH.graphml SHARED_DIR

Runs SHARED_DIR/tools/score.py against the development gold (printing its table) and
then checks, reading the GraphML with NetworkX, that the graph has the edges
Russia -member_of-> CICA and Belarus -observer_of-> CICA (seed 001 lists both).
"""
import argparse
import os
import subprocess
import sys

from e2e_common import Report, import_networkx

MUST_HAVE = [("Russia", "member_of", "CICA"), ("Belarus", "observer_of", "CICA")]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("graphml")
    ap.add_argument("shared")
    args = ap.parse_args()
    nx = import_networkx()
    report = Report()

    score = [sys.executable, os.path.join(args.shared, "tools", "score.py"), args.graphml,
             os.path.join(args.shared, "eval", "dev", "gold"),
             "--aliases", os.path.join(args.shared, "eval", "aliases-dev.tsv"), "--verbose"]
    print("+", " ".join(score), flush=True)
    result = subprocess.run(score, check=False)
    report.check(result.returncode == 0, f"score.py exited {result.returncode}")

    g = nx.read_graphml(args.graphml)
    label = {n: a.get("label") for n, a in g.nodes(data=True)}
    edges = {(label[u], a.get("relation"), label[v]) for u, v, a in g.edges(data=True)}
    for fact in MUST_HAVE:
        if report.check(fact in edges, "no edge " + " ".join(fact)):
            print("found:", *fact)
    report.finish(f"seeds: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


if __name__ == "__main__":
    main()
