# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Installs the build tree into a scratch prefix, builds examples/consumer against
# it with find_package(orgkg), and runs the result on the example corpus.
#   cmake -DBUILD_DIR=... -DSOURCE_DIR=... -DWORK_DIR=... -P consumer_test.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run_step what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "${what} failed (${code}):\n${out}\n${err}")
  endif()
  set(step_output "${out}" PARENT_SCOPE)
endfunction()

run_step("install" ${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
run_step("configure consumer" ${CMAKE_COMMAND} -S "${SOURCE_DIR}/examples/consumer"
         -B "${WORK_DIR}/build" "-DCMAKE_PREFIX_PATH=${prefix}")
run_step("build consumer" ${CMAKE_COMMAND} --build "${WORK_DIR}/build")
set(ENV{ORGKG_DATA_DIR} "${prefix}/share/orgkg")
run_step("run consumer" "${WORK_DIR}/build/list_facts" "${SOURCE_DIR}/examples/corpus")
if(NOT step_output MATCHES "Kazakhstan member_of SCO")
  message(FATAL_ERROR "the consumer's output lacks 'Kazakhstan member_of SCO':\n${step_output}")
endif()
run_step("run consumer" "${WORK_DIR}/build/members_at_date" "${SOURCE_DIR}/examples/corpus" SCO 2010)
if(NOT step_output MATCHES "observer_of India 2005")
  message(FATAL_ERROR "members_at_date's output lacks India's observer spell:\n${step_output}")
endif()
message(STATUS "consumer built against ${prefix} and ran")
