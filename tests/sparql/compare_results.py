# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""usage: compare_results.py EXPECTED.tsv RESULTS.json LABEL

Compares SPARQL 1.1 JSON results (as an endpoint returned them) with an expected
answer file, in the format oxigraph_queries.mjs documents: a header line with the
variables in SELECT order, then one line per solution in ORDER BY order; IRIs and
literals by their value (no datatype or language tag), unbound as nothing, and
tab, newline, carriage return and backslash escaped as \\t, \\n, \\r, \\\\.
Prints one ok/FAIL line (and the difference); exit status 0 when equal, else 1.
Standard library only, so it runs with any python3.
"""
import json
import sys


def escape(value: str) -> str:
    return (value.replace("\\", "\\\\").replace("\t", "\\t")
            .replace("\n", "\\n").replace("\r", "\\r"))


def table_of(results: dict) -> list[str]:
    variables = results["head"]["vars"]
    rows = ["\t".join(escape(b[v]["value"]) if v in b else "" for v in variables)
            for b in results["results"]["bindings"]]
    return ["\t".join(variables)] + rows


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    expected_path, results_path, label = sys.argv[1:]
    with open(expected_path, encoding="utf-8") as f:
        expected = [line for line in f.read().split("\n") if line != ""]
    try:
        with open(results_path, encoding="utf-8") as f:
            actual = table_of(json.load(f))
    except (ValueError, KeyError, TypeError) as e:
        with open(results_path, encoding="utf-8", errors="replace") as f:
            body = f.read(2000)
        print(f"FAIL {label}: not SPARQL JSON results ({e}); the endpoint said:\n{body}")
        return 1
    if actual == expected:
        print(f"ok {label}: {len(actual) - 1} row(s) as expected")
        return 0
    print(f"FAIL {label}: answer differs from {expected_path}")
    for line in expected:
        if line not in actual:
            print(f"  missing: {line}")
    for line in actual:
        if line not in expected:
            print(f"  unexpected: {line}")
    print("  expected:", *(f"    {line}" for line in expected), sep="\n")
    print("  got:", *(f"    {line}" for line in actual), sep="\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
