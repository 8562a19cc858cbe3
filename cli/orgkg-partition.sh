#!/bin/sh
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: orgkg-partition PARTS_DIR [ORGKG BUILD OPTIONS...] < file-list
# One map task of a map-and-merge build on a cluster engine (Spark's
# RDD.pipe, Hadoop streaming): reads statement file paths, one per line, on
# stdin, builds them into a new snapshot PARTS_DIR/part-XXXXXXXXXX.json and
# prints that path on stdout (nothing for an empty partition). `orgkg merge
# PARTS_DIR/part-*.json -o graph.json` then gives the graph of all the files.
# ORGKG names the orgkg program (default: orgkg on PATH).
set -eu
if [ $# -lt 1 ]; then
  echo "usage: orgkg-partition PARTS_DIR [ORGKG BUILD OPTIONS...] < file-list" >&2
  exit 2
fi
parts=$1
shift
mkdir -p "$parts"
out=$(mktemp -u "$parts/part-XXXXXXXXXX.json")
# xargs may split a long list over several runs; each adds to the same snapshot.
tr '\n' '\0' | xargs -0 -r "${ORGKG:-orgkg}" build --into "$out" -q "$@"
if [ -s "$out" ]; then
  echo "$out"
fi
