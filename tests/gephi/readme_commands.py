#!/usr/bin/python3
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
"""Run the commands of the README's "Use it in Gephi" section, verbatim.

usage: readme_commands.py README.md WORKDIR ORGKG SOURCE_DIR

Takes every line of the ```sh blocks in the section "## Use it in Gephi" (up to
the next "## " heading) that is not a comment and runs it, in order, with bash in
WORKDIR, which is emptied and then holds build/cli/orgkg (a link to ORGKG) and
examples (a link to SOURCE_DIR/examples), as a checkout would. Every command must
exit 0 and print something (xmllint excepted). `node -e` snippets find graphology
through NODE_PATH (tests/clients/node_modules, set by CTest). A missing Python
module (networkx, igraph) or npm package skips the test, or fails it under CI.
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
from e2e_common import Report, missing_tool  # noqa: E402

SECTION = "## Use it in Gephi"


def commands(readme):
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    start = text.find("\n" + SECTION + "\n")
    if start < 0:
        sys.exit(f"FAIL: {readme} has no section {SECTION!r}")
    end = text.find("\n## ", start + 1)
    section = text[start:end if end >= 0 else len(text)]
    found = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        found += [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    return found


def main():
    readme, workdir, orgkg, source_dir = sys.argv[1:5]
    for module, package in (("networkx", "python3-networkx"), ("igraph", "python3-igraph")):
        if subprocess.run(["/usr/bin/python3", "-c", f"import {module}"]).returncode != 0:
            missing_tool(f"{module} for /usr/bin/python3 (Debian package {package})")
    node_path = os.environ.get("NODE_PATH", "")
    for package in ("graphology", "graphology-gexf", "graphology-graphml"):
        if not os.path.isfile(os.path.join(node_path, package, "package.json")):
            missing_tool(f"npm package {package} in NODE_PATH={node_path!r}")
    shutil.rmtree(workdir, ignore_errors=True)
    os.makedirs(os.path.join(workdir, "build", "cli"))
    os.symlink(os.path.abspath(orgkg), os.path.join(workdir, "build", "cli", "orgkg"))
    os.symlink(os.path.join(os.path.abspath(source_dir), "examples"), os.path.join(workdir, "examples"))
    report = Report()
    lines = commands(readme)
    report.check(lines, f"no commands in the section {SECTION!r}")
    for line in lines:
        result = subprocess.run(["bash", "-c", line], cwd=workdir, capture_output=True, text=True)
        print(f"$ {line}\n{result.stdout}{result.stderr}", end="")
        report.check(result.returncode == 0, f"exit status {result.returncode}: {line}")
        report.check(result.stdout.strip() or "xmllint" in line, f"printed nothing: {line}")
    report.finish(f"{len(lines)} README command(s) run")


if __name__ == "__main__":
    main()
