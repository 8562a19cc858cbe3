// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// orgkg: the command-line tool. Parses arguments, runs, and maps failures to
// exit codes: 0 done, 1 error (message "orgkg: error: ..."), 2 usage error.
#include <cerrno>
#include <exception>
#include <iostream>
#include <orgkg/graph/error.hpp>

#include "args.hpp"
#include "run.hpp"

int main(int argc, char** argv) {
  try {
    orgkg::cli::ParsedArgs parsed = orgkg::cli::parse_args(argc, argv);
    if (!parsed.options) {
      (parsed.exit_code == 0 ? std::cout : std::cerr) << parsed.message;
      return parsed.exit_code;
    }
    int code = orgkg::cli::run(*parsed.options, std::cout, std::cerr);
    // Output that never reached stdout (a full disk, a closed pipe) is a failure,
    // not a success with nothing to show.
    errno = 0;
    if (!std::cout.flush()) {
      throw orgkg::IoError("<standard output>", "cannot write", errno != 0 ? errno : EIO);
    }
    return code;
  } catch (const orgkg::Error& error) {
    std::cerr << "orgkg: error: " << error.what() << '\n';
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "orgkg: internal error: " << error.what() << '\n';
    return 1;
  }
}
