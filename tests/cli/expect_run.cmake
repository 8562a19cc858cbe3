# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# cmake -DCOMMAND="prog;arg;..." -DEXIT=N -DMATCH=regex -P expect_run.cmake
# Runs COMMAND and fails unless it exits with EXIT and its output matches MATCH.
execute_process(COMMAND ${COMMAND} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT code STREQUAL EXIT)
  message(FATAL_ERROR "expected exit ${EXIT}, got ${code}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED MATCH AND NOT "${out}${err}" MATCHES "${MATCH}")
  message(FATAL_ERROR "output does not match '${MATCH}'\nstdout: ${out}\nstderr: ${err}")
endif()
