# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# `orgkg build -j 1` and `-j 4` write byte-identical files in every format,
# snapshot included: threads change the speed, never the graph.
#   cmake -DORGKG=prog -DINPUTS="dir|dir" -DWORK=dir -P jobs_identical.cmake
string(REPLACE "|" ";" INPUTS "${INPUTS}")
file(REMOVE_RECURSE "${WORK}")
set(formats graphml,gexf,ttl,nt,nq,json,dot)
foreach(jobs 1 4)
  execute_process(COMMAND "${ORGKG}" build ${INPUTS} -j ${jobs} -o "${WORK}/j${jobs}"
                          --into "${WORK}/j${jobs}/graph.snapshot" -f ${formats} -q
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "orgkg build -j ${jobs} exited ${code}: ${err}")
  endif()
endforeach()
file(GLOB names RELATIVE "${WORK}/j1" "${WORK}/j1/*")
list(LENGTH names count)
if(NOT count EQUAL 8)
  message(FATAL_ERROR "expected 7 formats and a snapshot in ${WORK}/j1, found: ${names}")
endif()
foreach(name IN LISTS names)
  file(SHA256 "${WORK}/j1/${name}" one)
  file(SHA256 "${WORK}/j4/${name}" four)
  if(NOT one STREQUAL four)
    message(FATAL_ERROR "${name} differs between -j 1 and -j 4 (${WORK}/j1, ${WORK}/j4)")
  endif()
endforeach()
