# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Helpers for bad_input.cmake and fault_cases.cmake (ORGKG, GOOD, WORK set).

execute_process(COMMAND id -u OUTPUT_VARIABLE kg_uid OUTPUT_STRIP_TRAILING_WHITESPACE)
set(kg_root FALSE)
if(kg_uid STREQUAL "0")
  set(kg_root TRUE)
endif()

# Runs orgkg as an unprivileged user from here on, when running as root (where
# permissions do not stop reading); prints "SKIPPED:" and returns false in `ok`
# when that is not possible.
macro(kg_as_unprivileged ok)
  set(${ok} TRUE)
  if(kg_root)
    find_program(kg_setpriv setpriv)
    if(kg_setpriv)
      message("note: running as root: orgkg runs as uid 65534 for this check")
      set(kg_runner "${kg_setpriv}" --reuid=65534 --regid=65534 --clear-groups)
      file(CHMOD "${WORK}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
           GROUP_WRITE GROUP_EXECUTE WORLD_READ WORLD_WRITE WORLD_EXECUTE)
    else()
      message("SKIPPED: running as root without setpriv; permissions cannot be tested")
      set(${ok} FALSE)
    endif()
  endif()
endmacro()

# kg_sh(SCRIPT): runs SCRIPT with /bin/sh, failing the test if it fails.
function(kg_sh script)
  execute_process(COMMAND sh -c "${script}" RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "'${script}' failed (${code}): ${err}")
  endif()
endfunction()

# kg_regex(OUT TEXT): TEXT with the regex metacharacters escaped.
function(kg_regex out text)
  string(REGEX REPLACE "([][+.*?()^$|\\\\])" "\\\\\\1" text "${text}")
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# kg_expect_to(STDOUT_FILE EXIT REGEX ARGS...): runs orgkg ARGS with stdout to
# STDOUT_FILE ("" to capture it in `out`), checks it exits EXIT (never a signal
# or another code) and stderr matches REGEX. Sets `out` and `err`.
function(kg_expect_to stdout_file exit regex)
  if(stdout_file STREQUAL "")
    execute_process(COMMAND ${kg_runner} "${ORGKG}" ${ARGN} RESULT_VARIABLE code
                    OUTPUT_VARIABLE out ERROR_VARIABLE err)
  else()
    execute_process(COMMAND ${kg_runner} "${ORGKG}" ${ARGN} RESULT_VARIABLE code
                    OUTPUT_FILE "${stdout_file}" ERROR_VARIABLE err)
    set(out "")
  endif()
  string(SUBSTRING "${out}" 0 4000 shown)
  if(NOT code STREQUAL exit)
    message(FATAL_ERROR "orgkg ${ARGN}\nexpected exit ${exit}, got ${code}\n"
                        "stdout: ${shown}\nstderr: ${err}")
  endif()
  if(NOT err MATCHES "${regex}")
    message(FATAL_ERROR "orgkg ${ARGN}\nstderr does not match '${regex}'\nstderr: ${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(kg_expect exit regex)
  kg_expect_to("" ${exit} "${regex}" ${ARGN})
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

function(kg_check_no_file path)
  if(EXISTS "${path}")
    message(FATAL_ERROR "${path} exists, but the failed run should not have written it")
  endif()
endfunction()

# No ".tmp-" file left anywhere under DIR.
function(kg_check_no_temp dir)
  file(GLOB_RECURSE temps LIST_DIRECTORIES false "${dir}/.*.tmp-*")
  if(temps)
    message(FATAL_ERROR "temporary files left behind: ${temps}")
  endif()
endfunction()

# kg_bad_beside_good(BAD SUFFIX): `build` and `extract` over BAD and the good
# statement both exit 0, name BAD on stderr followed by SUFFIX (a regex), and
# still read the good statement.
function(kg_bad_beside_good bad suffix)
  kg_regex(name "${bad}")
  kg_expect(0 "orgkg: ${name}${suffix}" build "${bad}" "${good}" -o "${WORK}/both" -f json)
  file(READ "${WORK}/both/graph.json" graph)
  if(NOT graph MATCHES "\"state_RUS\"")
    message(FATAL_ERROR "build beside ${bad}: the good statement's facts are missing")
  endif()
  kg_expect(0 "orgkg: ${name}${suffix}" extract "${bad}" "${good}")
  if(NOT out MATCHES "Russia +member_of +SCO")
    message(FATAL_ERROR "extract beside ${bad}: the good statement's facts are missing\n${out}")
  endif()
  file(REMOVE_RECURSE "${WORK}/both")
endfunction()

# kg_snapshot_refused(BAD): query, merge and build --into refuse the snapshot
# BAD with exit 1 and its name (and line, when known), and leave it as it was.
function(kg_snapshot_refused bad)
  kg_regex(name "${bad}")
  set(refused "orgkg: error: ${name}(:[0-9]+)?: ")
  file(SHA256 "${bad}" before)
  kg_expect(1 "${refused}" query "${bad}" stats)
  kg_expect(1 "${refused}" query "${bad}" members SCO --json)
  kg_expect(1 "${refused}" merge "${WORK}/snap.json" "${bad}" -o "${WORK}/merged.json")
  kg_check_no_file("${WORK}/merged.json")
  kg_expect(1 "${refused}" build "${good}" --into "${bad}")
  kg_expect(1 "${refused}" build "${good}" --into "${bad}" -o "${WORK}/out")
  kg_check_no_file("${WORK}/out")
  file(SHA256 "${bad}" after)
  if(NOT before STREQUAL after)
    message(FATAL_ERROR "the refused snapshot ${bad} was changed")
  endif()
  kg_check_no_temp("${WORK}")
endfunction()
