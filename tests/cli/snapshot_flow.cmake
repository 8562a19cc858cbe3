# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# The snapshot workflow through the program: build two shards of the example
# corpus with --into, merge them, and check the merged snapshot is byte-identical
# to one built from the whole corpus; then query it.
#   cmake -DORGKG=... -DCORPUS=... -DWORK=... -P snapshot_flow.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/a" "${WORK}/b")
file(GLOB statements "${CORPUS}/*.txt")
list(SORT statements)
set(shard a)
foreach(statement IN LISTS statements)   # alternate files between the two shards
  file(COPY "${statement}" DESTINATION "${WORK}/${shard}")
  if(shard STREQUAL a)
    set(shard b)
  else()
    set(shard a)
  endif()
endforeach()

function(orgkg)
  execute_process(COMMAND "${ORGKG}" ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT code EQUAL 0)
    message(FATAL_ERROR "orgkg ${ARGN} exited ${code}:\n${out}\n${err}")
  endif()
  set(orgkg_output "${out}" PARENT_SCOPE)
endfunction()

orgkg(build "${WORK}/a" --into "${WORK}/a.json" -q)
orgkg(build "${WORK}/b" --into "${WORK}/b.json" -q)
orgkg(merge "${WORK}/b.json" "${WORK}/a.json" -o "${WORK}/merged.json")
orgkg(build "${WORK}/a" "${WORK}/b" --into "${WORK}/whole.json" -q)  # same paths as the shards
file(SHA256 "${WORK}/merged.json" merged)
file(SHA256 "${WORK}/whole.json" whole)
if(NOT merged STREQUAL whole)
  message(FATAL_ERROR "merging the shards' snapshots differs from building the whole corpus")
endif()

# Adding one shard to the other's snapshot gives the same graph too: the
# second's documents after the first's, and the first's before the second's
# (each fact's evidence then merged amid the snapshot's).
foreach(pair "a;b" "b;a")
  list(GET pair 0 have)
  list(GET pair 1 add)
  file(COPY_FILE "${WORK}/${have}.json" "${WORK}/grown.json")
  orgkg(build "${WORK}/${add}" --into "${WORK}/grown.json" -q)
  file(SHA256 "${WORK}/grown.json" grown)
  if(NOT grown STREQUAL whole)
    message(FATAL_ERROR "build ${add} --into ${have}'s snapshot differs from building the whole corpus")
  endif()
endforeach()

orgkg(query "${WORK}/merged.json" members "Shanghai Cooperation Organisation" --json)
if(NOT orgkg_output MATCHES "\"subject\":\"India\",\"relation\":\"member_of\",\"object\":\"SCO\"")
  message(FATAL_ERROR "query members SCO lacks India:\n${orgkg_output}")
endif()
orgkg(query "${WORK}/merged.json" shared Russia Kazakhstan)
if(NOT orgkg_output MATCHES "CSTO" OR NOT orgkg_output MATCHES "EAEU")
  message(FATAL_ERROR "query shared Russia Kazakhstan lacks CSTO or EAEU:\n${orgkg_output}")
endif()
