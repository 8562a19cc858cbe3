# Copyright 2026 The orgkg authors
# SPDX-License-Identifier: Apache-2.0
# Fails unless README.md quotes examples/readme_example.cpp verbatim from its
# first #include on, so the README's C++ example is the one CTest compiles and runs.
#   cmake -DREADME=... -DEXAMPLE=... -P check_readme_example.cmake
file(READ "${EXAMPLE}" example)
string(FIND "${example}" "#include" start)
string(SUBSTRING "${example}" ${start} -1 body)
file(READ "${README}" readme)
string(FIND "${readme}" "${body}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "README.md does not quote ${EXAMPLE} verbatim from its first #include on")
endif()
