# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# The progress line of `orgkg build`, through the program.
#   cmake -DORGKG=prog -DCORPUS=dir -DWORK=dir -DCASE=forced|quiet|no_terminal|terminal
#         [-DSCRIPT=path-of-util-linux-script] -P progress.cmake
# forced: --progress prints the line on stderr (carriage returns, one final
# newline) and the summary on stdout gives the rate and the threads; quiet:
# --progress -q prints nothing at all; no_terminal: stderr is a pipe here, so
# a plain build prints no progress; terminal: under `script` (a pseudo-
# terminal) a plain build shows it ("SKIPPED:" when script is not installed).
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(line_regex "orgkg: [0-9]+/[0-9]+ files, [0-9]+ documents, [0-9.]+/[0-9.]+ MB, [0-9.]+ MB/s, [0-9]+ facts")

function(build)
  execute_process(COMMAND "${ORGKG}" build "${CORPUS}" -o "${WORK}/out" ${ARGN}
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "orgkg build ${ARGN} exited ${code}:\n${out}\n${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
  set(err "${err}" PARENT_SCOPE)
endfunction()

if(CASE STREQUAL "forced")
  build(--progress -j 2)
  if(NOT err MATCHES "^(\r${line_regex}[^\r\n]*)+\n$")
    message(FATAL_ERROR "--progress: expected one progress line (rewritten with carriage returns) ending in a newline, got:\n'${err}'")
  endif()
  if(NOT err MATCHES "12/12 files, 12 documents")
    message(FATAL_ERROR "--progress: the final line lacks '12/12 files, 12 documents':\n${err}")
  endif()
  if(NOT out MATCHES "[0-9.]+ s, [0-9.]+ MB/s on 2 threads, [0-9.]+ s with writing; wrote ")
    message(FATAL_ERROR "the summary lacks the rate and the threads:\n${out}")
  endif()
elseif(CASE STREQUAL "quiet")
  build(--progress -q)
  if(NOT out STREQUAL "" OR NOT err STREQUAL "")
    message(FATAL_ERROR "--progress -q printed something:\nstdout: ${out}\nstderr: ${err}")
  endif()
elseif(CASE STREQUAL "no_terminal")
  build(-j 1)
  if(err MATCHES "files, ")
    message(FATAL_ERROR "progress printed to a stderr that is not a terminal:\n${err}")
  endif()
  if(NOT out MATCHES "MB/s on 1 thread, [0-9.]+ s with writing; wrote ")
    message(FATAL_ERROR "the summary lacks the rate and '1 thread':\n${out}")
  endif()
elseif(CASE STREQUAL "terminal")
  if(NOT SCRIPT)
    message("SKIPPED: util-linux 'script' is not installed (needed for a pseudo-terminal)")
    return()
  endif()
  execute_process(COMMAND "${SCRIPT}" -qec "'${ORGKG}' build '${CORPUS}' -o '${WORK}/out'" /dev/null
                  RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0 OR NOT out MATCHES "\r${line_regex}")
    message(FATAL_ERROR "on a terminal: exit ${code}, no progress line:\n${out}\n${err}")
  endif()
else()
  message(FATAL_ERROR "unknown CASE '${CASE}'")
endif()
