// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Compiles orgkg/export/dot.hpp on its own: a public header includes what it uses.
#include "orgkg/export/dot.hpp"
