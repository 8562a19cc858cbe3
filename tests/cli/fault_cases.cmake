# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Fault cases of bad_input.cmake: output that cannot be written. Runs with
# ORGKG, GOOD, CORPUS, WORK and CASE set and bad_input_lib.cmake included.

# Writes the previous outputs into DIR: a graph, and a snapshot of the good statement.
function(kg_previous_outputs dir)
  file(MAKE_DIRECTORY "${dir}/out")
  file(WRITE "${dir}/out/graph.graphml" "previous graph\n")
  file(COPY_FILE "${WORK}/snap.json" "${dir}/snap.json")
endfunction()

# Builds the whole corpus over the previous outputs in DIR, which must fail with
# REASON naming the file and leave both files byte for byte as they were.
function(kg_failed_writes_keep_previous dir reason)
  file(SHA256 "${dir}/out/graph.graphml" graph_before)
  file(SHA256 "${dir}/snap.json" snap_before)
  kg_regex(graph "${dir}/out/graph.graphml")
  kg_expect(1 "orgkg: error: ${graph}: [^\n]*${reason}" build "${CORPUS}" -o "${dir}/out" -f graphml)
  kg_regex(snap "${dir}/snap.json")
  kg_expect(1 "orgkg: error: ${snap}: [^\n]*${reason}" build "${CORPUS}" --into "${dir}/snap.json")
  kg_expect(1 "orgkg: error: ${snap}: [^\n]*${reason}"
            merge "${WORK}/corpus.json" "${WORK}/snap.json" -o "${dir}/snap.json")
  file(SHA256 "${dir}/out/graph.graphml" graph_after)
  file(SHA256 "${dir}/snap.json" snap_after)
  if(NOT graph_before STREQUAL graph_after OR NOT snap_before STREQUAL snap_after)
    message(FATAL_ERROR "a failed write changed the previous output in ${dir}")
  endif()
  kg_check_no_temp("${dir}")
endfunction()

# Runs the checks of MODE (full or readonly) in a child process on a small tmpfs
# mounted at WORK/small, and unmounts it whatever they find.
function(kg_on_small_fs mode)
  set(small "${WORK}/small")
  file(MAKE_DIRECTORY "${small}")
  execute_process(COMMAND mount -t tmpfs -o size=64k tmpfs "${small}"
                  RESULT_VARIABLE mounted ERROR_QUIET)
  if(NOT mounted EQUAL 0)
    message("SKIPPED: cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN)")
    return()
  endif()
  kg_previous_outputs("${small}")
  if(mode STREQUAL "readonly")
    execute_process(COMMAND mount -o remount,ro "${small}")
  endif()
  execute_process(COMMAND "${CMAKE_COMMAND}" -DORGKG=${ORGKG} -DGOOD=${GOOD} -DCORPUS=${CORPUS}
                          -DWORK=${WORK} -DSMALL=${small} -DMODE=${mode} -DCASE=small_fs_checks
                          -P "${CMAKE_CURRENT_LIST_DIR}/fault_cases.cmake"
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  execute_process(COMMAND umount "${small}")
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "on a ${mode} tmpfs:\n${out}${err}")
  endif()
endfunction()

if(CASE STREQUAL "small_fs_checks")
  include("${CMAKE_CURRENT_LIST_DIR}/bad_input_lib.cmake")
  if(MODE STREQUAL "full")
    kg_failed_writes_keep_previous("${SMALL}" "No space left on device")
  else()
    kg_failed_writes_keep_previous("${SMALL}" "Read-only file system")
  endif()
  return()
endif()

kg_expect(0 "" build "${good}" --into "${WORK}/snap.json" -q)
kg_expect(0 "" build "${CORPUS}" --into "${WORK}/corpus.json" -q)
if(CASE STREQUAL "stdout_full")
  # Text goes through the C library's buffer (ENOSPC at the final flush), JSON
  # lines through the exporter, which checks its stream after each fact.
  set(full "orgkg: error: <(standard output|output stream)>: cannot write[^\n]*: (No space left on device|Input/output error)")
  kg_expect_to(/dev/full 1 "${full}" query "${WORK}/snap.json" stats --json)
  kg_expect_to(/dev/full 1 "${full}" query "${WORK}/snap.json" members SCO)
  kg_expect_to(/dev/full 1 "${full}" extract "${good}")
  kg_expect_to(/dev/full 1 "${full}" extract --json "${good}")
  # The files are written, but the summary is not: still a failure to report.
  kg_expect_to(/dev/full 1 "${full}" build "${good}" -o "${WORK}/out" -f json)
elseif(CASE STREQUAL "disk_full")
  kg_on_small_fs(full)
elseif(CASE STREQUAL "readonly_output")
  if(kg_root)
    message("running as root: chmod 555 does not stop writing; using a read-only tmpfs")
    kg_on_small_fs(readonly)
  else()
    set(dir "${WORK}/ro")
    kg_previous_outputs("${dir}")
    file(CHMOD "${dir}" "${dir}/out" PERMISSIONS OWNER_READ OWNER_EXECUTE GROUP_READ
         GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    kg_failed_writes_keep_previous("${dir}" "Permission denied")
    file(CHMOD "${dir}" "${dir}/out" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
  endif()
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()
