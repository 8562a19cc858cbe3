# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Generates a corpus of HTML pages (GENERATOR, SIZE, seed 5) and the same
# documents as plain text, builds both with ORGKG, and fails unless the two
# graphs are byte-identical (JSON lines and GraphML): the HTML reader must
# find each statement, its title and its date among the page's furniture
# (menus, scripts, related news, "Additional materials") exactly as the text
# reader reads the plain-text file. The URL, which only the page carries,
# is in neither format.
include("${CMAKE_CURRENT_LIST_DIR}/script_helpers.cmake")
kg_require_vars(check_html_matches_text.cmake GENERATOR ORGKG WORK SIZE)
file(REMOVE_RECURSE "${WORK}")
foreach(format html text)
  kg_generate("${GENERATOR}" ${SIZE} 5 ${format} "${WORK}/all-${format}" "${WORK}/${format}.tsv")
endforeach()
# A page is several times its statement: the text corpus of the same size
# holds more documents. Keep those the HTML corpus has.
file(GLOB_RECURSE pages RELATIVE "${WORK}/all-html" "${WORK}/all-html/*.html")
list(LENGTH pages page_count)
if(page_count LESS 10)
  message(FATAL_ERROR "only ${page_count} pages generated in ${SIZE}")
endif()
foreach(page IN LISTS pages)
  string(REGEX REPLACE "\\.html$" ".txt" text_file "${page}")
  if(NOT EXISTS "${WORK}/all-text/${text_file}")
    message(FATAL_ERROR "no text document ${text_file} for the page ${page}")
  endif()
  get_filename_component(dir "${text_file}" DIRECTORY)
  file(COPY "${WORK}/all-text/${text_file}" DESTINATION "${WORK}/text/${dir}")
endforeach()
foreach(format html text)
  set(input "${WORK}/all-html")
  if(format STREQUAL "text")
    set(input "${WORK}/text")
  endif()
  execute_process(
    COMMAND "${ORGKG}" build "${input}" -o "${WORK}/out-${format}" -f json,graphml -q
    RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "orgkg build failed on the ${format} corpus: ${status}")
  endif()
endforeach()
file(READ "${WORK}/out-text/graph.json" text_json)
string(REGEX MATCHALL "\"relation\":" facts "${text_json}")
list(LENGTH facts fact_count)
if(fact_count LESS 10)
  message(FATAL_ERROR "the text corpus gave only ${fact_count} facts")
endif()
foreach(file graph.json graph.graphml)
  execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
                          "${WORK}/out-html/${file}" "${WORK}/out-text/${file}"
                  RESULT_VARIABLE differ)
  if(NOT differ EQUAL 0)
    message(FATAL_ERROR "${file} differs between the ${page_count} pages and their text "
                        "(${WORK}/out-html, ${WORK}/out-text)")
  endif()
endforeach()
message(STATUS "${page_count} pages: the same ${fact_count} facts as their text")
file(REMOVE_RECURSE "${WORK}")
