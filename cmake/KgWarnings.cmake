# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# kg_set_warnings(target): the project's warning flags, PRIVATE so they never
# leak into a consumer's build through the export set.
function(kg_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
  # GCC 12 reports false -Wrestrict positives inside std::string's operator+ at
  # -O2 and above (GCC bug 105329, fixed in GCC 13); they are not in our code.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
    target_compile_options(${target} PRIVATE -Wno-restrict)
  endif()
  if(ORGKG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# kg_component(name): the shape every library component shares: a static
# library kg_<name>, alias orgkg::<name>, C++20, PIC, headers under include/.
function(kg_component name)
  cmake_parse_arguments(ARG "" "" "SOURCES;HEADERS" ${ARGN})
  add_library(kg_${name} STATIC ${ARG_SOURCES})
  add_library(orgkg::${name} ALIAS kg_${name})
  set_target_properties(kg_${name} PROPERTIES EXPORT_NAME ${name}
                        POSITION_INDEPENDENT_CODE ON)
  target_compile_features(kg_${name} PUBLIC cxx_std_20)
  target_sources(kg_${name} PUBLIC FILE_SET HEADERS
                 BASE_DIRS "${CMAKE_CURRENT_SOURCE_DIR}/include"
                 FILES ${ARG_HEADERS})
  target_include_directories(kg_${name} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/src")
  kg_set_warnings(kg_${name})
endfunction()
