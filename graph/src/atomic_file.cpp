// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// write_file_atomically() writes through a file descriptor rather than
// std::ofstream because it needs the descriptor for fsync() and fchmod(), and
// the errno of a failed write() for the error message; FdStreambuf is the small
// bridge. The temporary file is created exclusively (O_EXCL) beside the target,
// so the final rename() stays on one file system and is atomic.
#include "orgkg/graph/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <ostream>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

namespace fs = std::filesystem;

// An output streambuf over a file descriptor that remembers the errno of the
// first failed write().
class FdStreambuf : public std::streambuf {
 public:
  explicit FdStreambuf(int fd) : fd_(fd), buffer_(1 << 16) {
    setp(buffer_.data(), buffer_.data() + buffer_.size());
  }
  [[nodiscard]] int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type ch) override {
    if (!drain()) return traits_type::eof();
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    *pptr() = traits_type::to_char_type(ch);
    pbump(1);
    return ch;
  }
  int sync() override { return drain() ? 0 : -1; }
  // A piece as large as the buffer (the writers that build their own output
  // hand over 64 KiB at a time) goes to the file as it is, after what is
  // buffered, instead of being copied through the buffer first.
  std::streamsize xsputn(const char* data, std::streamsize count) override {
    if (count < static_cast<std::streamsize>(buffer_.size())) {
      return std::streambuf::xsputn(data, count);
    }
    if (!drain() || !write_all(data, static_cast<std::size_t>(count))) return 0;
    return count;
  }

 private:
  bool drain() {
    bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
    setp(buffer_.data(), buffer_.data() + buffer_.size());
    return ok;
  }
  // Writes [data, data + size) to the file; false, with error_ set, when it
  // cannot.
  bool write_all(const char* data, std::size_t size) {
    std::size_t left = size;
    while (left > 0 && error_ == 0) {
      ssize_t written = ::write(fd_, data, left);
      if (written < 0 && errno == EINTR) continue;
      if (written < 0) error_ = errno;
      if (written <= 0) break;
      data += written;
      left -= static_cast<std::size_t>(written);
    }
    if (left > 0 && error_ == 0) error_ = EIO;
    return error_ == 0;
  }

  int fd_;
  std::vector<char> buffer_;
  int error_ = 0;
};

// A temporary file that removes itself unless committed.
class TempFile {
 public:
  explicit TempFile(const fs::path& target) : target_(target) { open(); }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(path_.c_str());
  }

  [[nodiscard]] int fd() const noexcept { return fd_; }

  // Syncs, closes and renames the file over the target.
  void commit() {
    if (::fsync(fd_) != 0) fail("cannot write", errno);
    int fd = std::exchange(fd_, -1);
    if (::close(fd) != 0) fail("cannot write", errno);
    if (std::rename(path_.c_str(), target_.c_str()) != 0) fail("cannot replace file", errno);
    committed_ = true;
  }

  [[noreturn]] void fail(const std::string& what, int error_number) const {
    throw IoError(target_.string(), what, error_number);
  }

 private:
  void open() {
    if (target_.filename().empty()) fail("not a file name", EISDIR);
    static std::atomic<unsigned> counter{0};
    fs::path dir = target_.parent_path().empty() ? fs::path(".") : target_.parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
      path_ = dir / ("." + target_.filename().string() + ".tmp-" + std::to_string(::getpid()) +
                     "-" + std::to_string(counter++));
      fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ >= 0) break;
      if (errno != EEXIST) fail("cannot create a temporary file beside it", errno);
    }
    if (fd_ < 0) fail("cannot create a temporary file beside it", EEXIST);
    struct stat existing {};
    if (::stat(target_.c_str(), &existing) == 0 && S_ISREG(existing.st_mode)) {
      (void)::fchmod(fd_, existing.st_mode & 07777);  // best effort: keep the old mode
    }
  }

  fs::path target_;
  fs::path path_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void write_file_atomically(const fs::path& path,
                           const std::function<void(std::ostream&)>& body) {
  TempFile temp(path);
  FdStreambuf buffer(temp.fd());
  std::ostream out(&buffer);
  try {
    body(out);
    out.flush();
  } catch (const IoError& error) {
    temp.fail("cannot write", buffer.error() != 0 ? buffer.error() : error.code().value());
  }
  if (!out || buffer.error() != 0) {
    temp.fail("cannot write", buffer.error() != 0 ? buffer.error() : EIO);
  }
  temp.commit();
}

}  // namespace orgkg
