# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Helpers for the bench/ CTest scripts (cmake -P), include()d by them.

# Fails unless every variable named after SCRIPT was given with -D.
function(kg_require_vars script)
  foreach(var IN LISTS ARGN)
    if(NOT DEFINED ${var})
      message(FATAL_ERROR "${script} needs -D${var}=...")
    endif()
  endforeach()
endfunction()

# Runs the corpus generator GENERATOR: SIZE bytes, seed SEED, in FORMAT, into
# the directory OUT with its truth file TRUTH; fails the script if it fails.
function(kg_generate generator size seed format out truth)
  execute_process(
    COMMAND "${generator}" --size ${size} --seed ${seed} --format ${format} --out "${out}"
            --truth "${truth}"
    RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "generator failed (${format}): ${status}")
  endif()
endfunction()
