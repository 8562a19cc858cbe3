# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# Sourced by scripts/sanitize.sh and scripts/tsan.sh: the directory a
# sanitizer writes its reports to, and what is made of them at the end.

# sanitizer_logs_reset DIR: an empty DIR every user may write to (some tests
# run orgkg as an unprivileged user when run as root).
sanitizer_logs_reset() {
  rm -rf "$1"
  mkdir -p "$1"
  chmod 1777 "$1"
}

# sanitizer_logs_report NAME DIR STATUS: prints every report in DIR, then
# NAME's verdict; returns STATUS, or 1 when there is a report.
sanitizer_logs_report() {
  local name=$1 logs=$2 status=$3
  shopt -s nullglob
  local reports=("$logs"/*)
  if ((${#reports[@]})); then
    local report
    for report in "${reports[@]}"; do
      echo "=== $report"
      cat "$report"
    done
    echo "$name: ${#reports[@]} sanitizer report(s) in $logs" >&2
    status=1
  fi
  ((status == 0)) && echo "$name: no sanitizer reports, all tests passed"
  return "$status"
}
