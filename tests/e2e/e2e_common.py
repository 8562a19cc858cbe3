# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Helpers shared by the end-to-end checkers (run with Debian's /usr/bin/python3)."""
import os
import re
import sys
from collections import namedtuple

SKIP = 77  # CTest SKIP_RETURN_CODE

# The relations of CONVENTIONS.md section 1; the last two are symmetric.
RELATIONS = {
    "member_of", "observer_of", "partner_of", "associate_member_of", "candidate_for",
    "founder_of", "chair_of", "headquartered_in", "left", "cooperates_with", "agreement_with",
}
SYMMETRIC = {"cooperates_with", "agreement_with"}

Expected = namedtuple("Expected", "subject relation object when document line")


def in_ci():
    return os.environ.get("CI", "") not in ("", "false", "0")


def missing_tool(message):
    """Fail (under CI, where scripts/setup.sh --test installs every tool) or skip."""
    print(f"missing test tool: {message}; install it with scripts/setup.sh --test")
    if in_ci():
        print("FAIL: CI is set, so a missing tool is an error")
        sys.exit(1)
    print("SKIP: not under CI")
    sys.exit(SKIP)


def import_networkx():
    try:
        import networkx
    except ImportError:
        missing_tool(f"networkx for {sys.executable} (Debian package python3-networkx)")
    return networkx


def read_expected(path):
    """Rows of EXPECTED.tsv: subject, relation, object, when, document; '#' lines are comments."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != 5 or cells[1] not in RELATIONS:
                sys.exit(f"{path}:{number}: expected 5 tab-separated cells with a known relation")
            rows.append(Expected(*cells, number))
    return rows


def year(value):
    """The year of an ISO 8601 date string ('2019', '2019-06', '2019-06-14'), else None."""
    m = re.match(r"(\d{4})", str(value or ""))
    return int(m.group(1)) if m else None


class Report:
    """Collects failures so one run reports all of them, then exits 0 or 1."""

    def __init__(self):
        self.failures = []

    def fail(self, message):
        self.failures.append(message)

    def check(self, condition, message):
        if not condition:
            self.fail(message)
        return condition

    def finish(self, summary):
        for message in self.failures:
            print("FAIL:", message)
        print(summary)
        print(f"{len(self.failures)} problem(s)" if self.failures else "ok")
        sys.exit(1 if self.failures else 0)
