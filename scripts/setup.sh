#!/usr/bin/env bash
# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# usage: scripts/setup.sh [--test]
#
# Installs the Debian 12 packages orgkg needs and nothing else: the build dependencies,
# and with --test also the clients the end-to-end tests check the output with.
# Idempotent and non-interactive: it asks dpkg-query which packages are missing and
# runs apt-get update + install only when some are. Runs as root, or through sudo.
# With --test it then installs the Node test clients (tests/clients/package-lock.json)
# into tests/clients/node_modules with npm ci, caching nothing outside the checkout.
set -euo pipefail

build_packages=(
  build-essential g++ cmake ninja-build  # compiler and build tools (CMake + Ninja)
  libboost-graph-dev                     # Boost.Graph: the graph store
  rapidjson-dev                          # RapidJSON: JSON input and gazetteer data
  libxml2-dev                            # libxml2: the GraphML writer (xmlTextWriter), the HTML reader
  libutf8proc-dev                        # utf8proc: Unicode NFC normalisation of input text
  doctest-dev                            # doctest: the unit tests
  libcli11-dev                           # CLI11: the orgkg command line
  libmimalloc-dev                        # mimalloc: the allocator of the orgkg program and benchmarks
  iso-codes                              # ISO 3166 country names and codes: the state gazetteer
)
test_packages=(
  python3 python3-networkx               # /usr/bin/python3 + NetworkX read the GraphML
  raptor2-utils serdi                    # rapper and serdi parse the Turtle
  libxml2-utils                          # xmllint validates the GraphML against its schema
  python3-igraph                         # igraph reads the GraphML
  virtuoso-opensource curl               # Virtuoso, a real SPARQL endpoint, queried over HTTP with curl
  graphviz                               # dot renders the DOT output
  parallel                               # GNU parallel runs the map-and-merge shards (README "Beyond one machine")
  clang libclang-rt-14-dev               # libFuzzer and the sanitizers' runtime
)

# Node runs Oxigraph and graphology (tests/clients). A Node.js that is already on
# the machine (Debian's or NodeSource's, which conflicts with Debian's npm) is used.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  test_packages+=(nodejs npm)
fi

packages=("${build_packages[@]}")
case "${1:-}" in
  "") ;;
  --test) packages+=("${test_packages[@]}") ;;
  -h|--help) sed -n '4,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--test]" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup.sh: no dpkg-query; this script supports Debian 12. Install: ${packages[*]}" >&2
  exit 1
fi

# The Node clients, pinned by tests/clients/package-lock.json; reinstalled only when
# the lock file is newer than what is installed.
install_node_clients() {
  local dir
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/clients"
  if [[ -f "$dir/node_modules/.package-lock.json" && "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]]; then
    echo "setup.sh: Node test clients installed"
    return 0
  fi
  echo "setup.sh: installing the Node test clients (npm ci in tests/clients)"
  npm_config_cache="$dir/.npm-cache" npm ci --prefix "$dir" --no-audit --no-fund --loglevel=error
}

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  echo "setup.sh: all ${#packages[@]} packages installed"
  [[ "${1:-}" == --test ]] && install_node_clients
  exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup.sh: not root and no sudo; as root, run: apt-get install ${missing[*]}" >&2
  exit 1
fi

echo "setup.sh: installing ${missing[*]}"
# sudo resets the environment, so pass DEBIAN_FRONTEND through env.
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y)
"${apt[@]}" update
"${apt[@]}" install --no-install-recommends "${missing[@]}"
[[ "${1:-}" == --test ]] && install_node_clients
exit 0
