# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Runs `orgkg build` into a fresh directory and checks what it leaves there.
#   cmake -DORGKG=prog -DARGS="build;...;-o;<WORK>/out" -DWORK=dir [-DEXIT=N]
#         [-DMATCH=regex] -DFILES="graph.dot;..." [-DRENDER=dot-program|""]
#         [-DRENDER_ARGS="-Kfdp ..."] [-DSVG_MATCH=regex] -P build_outputs.cmake
# The output directory <WORK>/out must hold exactly FILES (none when FILES is
# empty: a failed run leaves nothing half-written). With RENDER, Graphviz (with
# RENDER_ARGS) must turn out/graph.dot into SVG matching SVG_MATCH; when RENDER
# is empty (dot not installed) the script prints "SKIPPED:", which the test's
# SKIP_REGULAR_EXPRESSION turns into a skip.
if(NOT DEFINED EXIT)
  set(EXIT 0)
endif()
if(NOT DEFINED SVG_MATCH)
  set(SVG_MATCH "<svg")
endif()
if(DEFINED RENDER AND RENDER STREQUAL "")
  message("SKIPPED: Graphviz dot is not installed")
  return()
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
string(REPLACE "<WORK>" "${WORK}" ARGS "${ARGS}")
execute_process(COMMAND "${ORGKG}" ${ARGS} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "expected exit ${EXIT}, got ${code}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED MATCH AND NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "output does not match '${MATCH}'\nstdout: ${out}\nstderr: ${err}")
endif()
file(GLOB written RELATIVE "${WORK}/out" "${WORK}/out/*" "${WORK}/out/.*")
list(SORT written)
set(expected ${FILES})
list(SORT expected)
if(NOT "${written}" STREQUAL "${expected}")
  message(FATAL_ERROR "${WORK}/out holds '${written}', expected '${expected}'")
endif()
foreach(name IN LISTS expected)
  file(SIZE "${WORK}/out/${name}" size)
  if(size EQUAL 0)
    message(FATAL_ERROR "${WORK}/out/${name} is empty")
  endif()
endforeach()
if(DEFINED RENDER)
  separate_arguments(render_args UNIX_COMMAND "${RENDER_ARGS}")
  execute_process(COMMAND "${RENDER}" ${render_args} -Tsvg "${WORK}/out/graph.dot" -o "${WORK}/graph.svg"
                  RESULT_VARIABLE code ERROR_VARIABLE err)
  file(READ "${WORK}/graph.svg" svg LIMIT 200000)
  if(NOT code EQUAL 0 OR NOT svg MATCHES "<svg" OR NOT svg MATCHES "${SVG_MATCH}")
    message(FATAL_ERROR "dot -Tsvg ${WORK}/out/graph.dot: exit ${code}, or no match for '${SVG_MATCH}' in the SVG: ${err}")
  endif()
endif()
