# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Bad input and faults through the program, one CASE per CTest test:
#   cmake -DORGKG=prog -DGOOD=statement.txt -DWORK=dir -DCASE=name -P bad_input.cmake
# Test data is generated here into WORK (nothing big is committed). Every run
# must exit 0, 1 or 2 (never a signal), name the file at fault on stderr and,
# where a good file is read in the same run, still process it. Permission checks
# run orgkg as uid 65534 when the test runs as root; a case that cannot work here
# (no setpriv as root, mount not permitted) prints "SKIPPED:" and is skipped.
# The cases and what they assert are listed in the README's "Exit codes".
include("${CMAKE_CURRENT_LIST_DIR}/bad_input_lib.cmake")

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(good "${WORK}/good.txt")
file(COPY_FILE "${GOOD}" "${good}")

if(CASE STREQUAL "empty")
  file(WRITE "${WORK}/empty.txt" "")
  kg_bad_beside_good("${WORK}/empty.txt" ": warning: empty document")
elseif(CASE STREQUAL "binary")
  # The start of the program itself: ELF header, NULs, random bytes (256 KiB:
  # every invalid line gets a warning and Debug builds read ~0.25 MB/s).
  kg_sh("head -c 262144 '${ORGKG}' > '${WORK}/program.txt'")
  kg_bad_beside_good("${WORK}/program.txt" ":[0-9]+: warning: (invalid UTF-8|NUL bytes)")
elseif(CASE STREQUAL "nul_bytes")
  kg_sh("printf '14 June 201910:00\\nTitle\\nRussia \\000is a member\\000 of the SCO.\\000\\n' > '${WORK}/nul.txt'")
  kg_bad_beside_good("${WORK}/nul.txt" ":3: warning: NUL bytes replaced by spaces")
elseif(CASE STREQUAL "invalid_utf8")
  kg_sh("printf '14 June 201910:00\\nT\\377itle\\n\\300\\257 Russia \\355\\240\\200 is a member \\370\\210 of the SCO.\\n' > '${WORK}/latin.txt'")
  kg_bad_beside_good("${WORK}/latin.txt" ":2: warning: invalid UTF-8 replaced by U\\+FFFD")
elseif(CASE STREQUAL "long_line")
  # One 100 MB line (LONG_LINE_BYTES) with no header, no sentence end and no
  # newline. The test's TIMEOUT is the bound (reading is linear, but a Debug
  # build takes minutes); the point is that it finishes without a crash.
  if(NOT DEFINED LONG_LINE_BYTES)
    set(LONG_LINE_BYTES 100000000)
  endif()
  kg_sh("head -c ${LONG_LINE_BYTES} /dev/zero | tr '\\000' 'a' > '${WORK}/long.txt'")
  kg_expect(0 "orgkg: [^\n]*long\\.txt:1: warning: no publication date" extract "${WORK}/long.txt" "${good}")
  if(NOT out MATCHES "Russia +member_of +SCO")
    message(FATAL_ERROR "extract beside the long line: the good statement's facts are missing")
  endif()
  file(REMOVE "${WORK}/long.txt")
elseif(CASE STREQUAL "header_date")
  file(WRITE "${WORK}/nodate.txt" "Title only\nRussia is a member of the SCO.\n")
  file(WRITE "${WORK}/baddate.txt" "45 Smarch 20191:00\nTitle\nRussia is a member of the SCO.\n")
  kg_bad_beside_good("${WORK}/nodate.txt" ":1: warning: no publication date")
  kg_bad_beside_good("${WORK}/baddate.txt" ":1: warning: no publication date")
elseif(CASE STREQUAL "unreadable_file")
  # A file whose read() fails (EIO) even for root. The reader takes the failed
  # read for the end of the file, so this says "empty document", not "cannot
  # read" (extract/src/reader.cpp); it is named and skipped all the same.
  if(EXISTS /proc/self/mem)
    kg_bad_beside_good(/proc/self/mem ": warning: ")
  endif()
  file(WRITE "${WORK}/secret.txt" "14 June 201910:00\nTitle\nRussia is a member of the SCO.\n")
  file(CHMOD "${WORK}/secret.txt" PERMISSIONS OWNER_WRITE)
  kg_as_unprivileged(ok)
  if(ok)
    kg_bad_beside_good("${WORK}/secret.txt" ": warning: cannot open: Permission denied \\(skipped\\)")
    kg_expect(1 "orgkg: error: [^\n]*secret\\.txt: cannot open: Permission denied"
              build "${WORK}/secret.txt" -o "${WORK}/out")
  endif()
elseif(CASE STREQUAL "unreadable_dir")
  file(MAKE_DIRECTORY "${WORK}/locked")
  file(COPY_FILE "${GOOD}" "${WORK}/locked/inside.txt")
  file(CHMOD "${WORK}/locked" PERMISSIONS OWNER_WRITE)
  kg_as_unprivileged(ok)
  if(ok)
    kg_bad_beside_good("${WORK}/locked" ": warning: cannot list directory: Permission denied")
    kg_expect(1 "orgkg: error: [^\n]*locked: cannot list directory" extract "${WORK}/locked")
  endif()
  file(CHMOD "${WORK}/locked" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
elseif(CASE STREQUAL "missing_input")
  kg_bad_beside_good("${WORK}/no-such.txt" ": warning: input not found")
  kg_expect(1 "orgkg: error: [^\n]*no-such\\.txt: input not found" extract "${WORK}/no-such.txt")
elseif(CASE STREQUAL "jsonl_malformed_line")
  set(line1 "{\"id\":\"a\",\"date\":\"2019-06-14\",\"title\":\"A\",\"text\":\"Russia is a member of the SCO.\"}")
  file(WRITE "${WORK}/feed.jsonl" "${line1}\n{\"id\":\"b\",\"date\":\n")
  kg_bad_beside_good("${WORK}/feed.jsonl" ":2: warning: not JSON: [^\n]*line skipped")
  kg_expect(1 "orgkg: error: [^\n]*feed\\.jsonl:2: " build --strict "${WORK}/feed.jsonl" "${good}"
            -o "${WORK}/strict-out")
  kg_expect(1 "orgkg: error: [^\n]*feed\\.jsonl:2: " extract --strict "${good}" "${WORK}/feed.jsonl")
  kg_check_no_file("${WORK}/strict-out/graph.json")
elseif(CASE STREQUAL "snapshot_truncated" OR CASE STREQUAL "snapshot_corrupt")
  kg_expect(0 "" build "${good}" --into "${WORK}/snap.json" -q)
  file(READ "${WORK}/snap.json" text)
  string(LENGTH "${text}" length)
  if(CASE STREQUAL "snapshot_truncated")
    math(EXPR half "${length} / 2")
    string(SUBSTRING "${text}" 0 ${half} text)
  else()
    string(REPLACE "\"facts\":[" "\"facts\":[}\u0001@@" text "${text}")
  endif()
  file(WRITE "${WORK}/bad.json" "${text}")
  kg_snapshot_refused("${WORK}/bad.json")
elseif(CASE STREQUAL "unknown_formats")
  kg_expect(2 "orgkg: unknown format 'foo' \\(known: graphml" build "${good}" -f foo -o "${WORK}/out")
  kg_expect(2 "orgkg: unknown input format 'foo' \\(known: text html jsonl\\)"
            extract --input-format foo "${good}")
  kg_expect(2 "unknown input format 'foo'" build --input-format foo "${good}" -o "${WORK}/out")
  kg_check_no_file("${WORK}/out")
elseif(CASE STREQUAL "output_paths")
  # README: "-o DIR (default out) is created if missing", parents included.
  kg_expect(0 "" build "${good}" -o "${WORK}/a/b/c" -f json)
  kg_expect(0 "" build "${good}" --into "${WORK}/d/e/snap.json")
  foreach(made IN ITEMS a/b/c/graph.json d/e/snap.json)
    if(NOT EXISTS "${WORK}/${made}")
      message(FATAL_ERROR "${made} was not created with its missing parents")
    endif()
  endforeach()
  file(WRITE "${WORK}/afile" "not a directory\n")
  kg_expect(1 "orgkg: error: [^\n]*afile: cannot create directory" build "${good}" -o "${WORK}/afile")
  kg_expect(1 "orgkg: error: [^\n]*afile/sub: cannot create directory"
            build "${good}" -o "${WORK}/afile/sub")
  file(MAKE_DIRECTORY "${WORK}/adir")
  kg_expect(1 "orgkg: error: [^\n]*adir: cannot read: Is a directory"
            build "${good}" --into "${WORK}/adir")
  kg_expect(1 "orgkg: error: [^\n]*adir: " merge "${WORK}/d/e/snap.json" -o "${WORK}/adir")
  # A format that cannot be written (a directory in the way of graph.nq) is
  # named, and the other formats of the run, written beside it on other
  # threads, are still written whole.
  file(MAKE_DIRECTORY "${WORK}/blocked/graph.nq")
  kg_expect(1 "orgkg: error: [^\n]*blocked/graph.nq: "
            build "${good}" -o "${WORK}/blocked" -f graphml,nq,ttl,json -j 2)
  foreach(written IN ITEMS graph.graphml graph.ttl graph.json)
    file(SIZE "${WORK}/blocked/${written}" size)
    if(size EQUAL 0)
      message(FATAL_ERROR "${written} was not written beside the blocked graph.nq")
    endif()
  endforeach()
  kg_check_no_temp("${WORK}/blocked")
  file(READ "${WORK}/afile" after)
  if(NOT after STREQUAL "not a directory\n")
    message(FATAL_ERROR "the file in the way of -o was changed")
  endif()
else()
  include("${CMAKE_CURRENT_LIST_DIR}/fault_cases.cmake")
endif()
