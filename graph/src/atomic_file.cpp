// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// POSIX calls rather than std::ofstream: the temporary file must be created
// exclusively (O_EXCL), synced (fsync) and chmod-ed through its descriptor, and
// a failure must report the errno of the call that failed.
#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <string>
#include <utility>

#include "orgkg/graph/error.hpp"

namespace orgkg::detail {
namespace {

namespace fs = std::filesystem;

// A temporary file beside the target that removes itself unless committed.
class TempFile {
 public:
  explicit TempFile(fs::path target) : target_(std::move(target)) { open(); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }

  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      ssize_t written = ::write(fd_, bytes.data(), bytes.size());
      if (written < 0 && errno == EINTR) continue;
      if (written <= 0) fail("cannot write", written < 0 ? errno : EIO);
      bytes.remove_prefix(static_cast<std::size_t>(written));
    }
  }

  void commit() {
    if (::fsync(fd_) != 0) fail("cannot write", errno);
    int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) fail("cannot write", errno);
    if (std::rename(path_.c_str(), target_.c_str()) != 0) fail("cannot replace file", errno);
    committed_ = true;
    sync_directory();
  }

 private:
  [[noreturn]] void fail(const std::string& what, int error_number) const {
    throw IoError(target_.string(), what, error_number);
  }

  fs::path directory() const {
    return target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
  }

  void open() {
    if (target_.filename().empty()) fail("not a file name", EISDIR);
    static std::atomic<unsigned> counter{0};
    for (int attempt = 0; attempt < 100 && fd_ < 0; ++attempt) {
      path_ = directory() / ("." + target_.filename().string() + ".tmp-" +
                             std::to_string(::getpid()) + "-" + std::to_string(counter++));
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ < 0 && errno != EEXIST) {
        fail("cannot create a temporary file beside it", errno);
      }
    }
    if (fd_ < 0) fail("cannot create a temporary file beside it", EEXIST);
    struct stat existing {};
    if (::stat(target_.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
      (void)::fchmod(fd_, existing.st_mode & 07777);  // best effort: keep the old mode
    }
  }

  // Makes the rename itself durable; best effort, the file is already in place.
  void sync_directory() const {
    int fd = ::open(directory().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    (void)::fsync(fd);
    ::close(fd);
  }

  fs::path target_;
  fs::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void replace_file(const fs::path& path, std::string_view bytes) {
  TempFile temp(path);
  temp.write(bytes);
  temp.commit();
}

}  // namespace orgkg::detail
