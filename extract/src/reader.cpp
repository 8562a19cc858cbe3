// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Dispatch only: each format's reader lives in its own file. A file is read in
// chunks of kChunkBytes. A JSON lines file goes to its reader chunk by chunk,
// so memory is bounded by the longest line; a text or HTML file is one
// document and is read whole (an HTML page at most kMaxHtmlBytes). Files and
// in-memory content take the same path from the bytes to `each`.
#include "orgkg/extract/reader.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>

#include "html_reader.hpp"
#include "jsonl_reader.hpp"
#include "orgkg/extract/text_reader.hpp"
#include "orgkg/graph/error.hpp"
#include "unparsed_file.hpp"

namespace orgkg {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

using Each = std::function<void(Document&&)>;

// The size of each read: large enough that a read costs little, small enough
// not to matter next to the graph.
constexpr std::size_t kChunkBytes = std::size_t{1} << 20;

// What sniff() looks at past the first character that is not white space.
constexpr std::size_t kSniffBytes = 512;

std::string_view without_bom(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  return content;
}

// A file with an unknown extension: HTML when it opens with markup, JSON
// lines when its first line is an object, text otherwise.
InputFormat sniff(std::string_view content) {
  content = without_bom(content);
  std::size_t start = content.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::Text;
  if (content[start] == '{') return InputFormat::JsonLines;
  std::string head = lower_ascii(content.substr(start, kSniffBytes));
  bool html = head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
              head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
  return html ? InputFormat::Html : InputFormat::Text;
}

// True when `head`, the start of a file, holds all sniff() looks at, so
// sniff(head) is sniff() of the whole file.
bool sniffable(std::string_view head) {
  head = without_bom(head);
  std::size_t start = head.find_first_not_of(" \t\r\n");
  return start != std::string_view::npos && head.size() - start >= kSniffBytes;
}

// A file read in chunks, straight into the caller's string (no stream
// buffer to copy through). A failed read is an IoError naming the file,
// never an early end of file.
class InputFile {
 public:
  // Opens `path` and learns what it is: one fstat() of the open file gives
  // the size of a regular file and tells a directory (a stat() of the path
  // when it cannot be opened, so a directory is told apart all the same).
  explicit InputFile(const std::filesystem::path& path) : name_(path.string()) {
    fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    open_error_ = fd_ < 0 ? errno : 0;
    struct stat info {};
    bool found = fd_ >= 0 ? ::fstat(fd_, &info) == 0 : ::stat(path.c_str(), &info) == 0;
    directory_ = found && S_ISDIR(info.st_mode);
    sized_ = found && S_ISREG(info.st_mode);
    size_ = sized_ ? static_cast<std::uintmax_t>(info.st_size) : std::uintmax_t{0};
  }
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;
  ~InputFile() {
    if (fd_ >= 0) ::close(fd_);
  }

  // True for a regular file, whose size() is then known.
  [[nodiscard]] bool sized() const noexcept { return sized_; }
  [[nodiscard]] std::uintmax_t size() const noexcept { return size_; }

  // Throws unless the file can be read: it is a directory, or did not open.
  void check_readable() const {
    if (directory_) throw IoError(name_, "cannot read", EISDIR);
    if (fd_ < 0) throw IoError(name_, "cannot open", open_error_);
  }

  // Appends what one read of at most `bytes` gives (fewer at the end of the
  // file, or from a pipe) to `out`; false when nothing was left.
  bool read(std::string& out, std::size_t bytes) {
    std::size_t old_size = out.size();
    out.resize(old_size + bytes);
    std::size_t got = read_into(out.data() + old_size, bytes);
    out.resize(old_size + got);
    return got > 0;
  }

  // What one read of at most `bytes` into `dest` gives: 0 at the end of the file.
  std::size_t read_into(char* dest, std::size_t bytes) {
    ::ssize_t got = 0;
    do {
      got = ::read(fd_, dest, bytes);
    } while (got < 0 && errno == EINTR);
    if (got < 0) throw IoError(name_, "cannot read", errno != 0 ? errno : EIO);
    return static_cast<std::size_t>(got);
  }

 private:
  std::string name_;
  int fd_ = -1;
  int open_error_ = 0;
  bool directory_ = false;
  bool sized_ = false;
  std::uintmax_t size_ = 0;
};

std::string too_large(std::uintmax_t size) {
  return "HTML page of " + std::to_string(size) + " bytes is over the limit of " +
         std::to_string(kMaxHtmlBytes >> 20) + " MiB";
}

void check_options(const ReadOptions& options) {
  if (!options.publisher_country.empty() && !parse_country_code(options.publisher_country)) {
    throw Error("publisher country \"" + options.publisher_country +
                "\" is not an ISO 3166-1 alpha-3 code");
  }
}

// `each` with what every document of the input is given: `path` as
// Source::path, the publisher country of `options` unless it names its own.
Each completing(const ReadOptions& options, std::string path, const Each& each) {
  std::string country = parse_country_code(options.publisher_country).value_or("");
  return [country = std::move(country), path = std::move(path), &each](Document&& document) {
    if (document.source.publisher_country.empty()) document.source.publisher_country = country;
    document.source.path = path;
    each(std::move(document));
  };
}

// The documents of `content`, the whole input in `format`: `id` for text and
// HTML, `source` and its stem `id` for JSON lines.
void parse(std::string_view content, InputFormat format, const std::string& id,
           const std::string& source, const ReadOptions& options, Diagnostics& diagnostics,
           const Each& each) {
  switch (format) {
    case InputFormat::Text:
      each(parse_text_document(content, id, diagnostics));
      break;
    case InputFormat::Html:
      if (content.size() > kMaxHtmlBytes) {
        throw ParseError(source, 0, too_large(content.size()));
      }
      each(detail::parse_html_document(content, id, diagnostics));
      break;
    case InputFormat::JsonLines: {
      detail::JsonLinesReader reader(source, id, options.strict, diagnostics);
      reader.feed(content, each);
      reader.finish(each);
      break;
    }
  }
}

// The rest of a JSON lines file, after its first `head` bytes, chunk by chunk.
void stream_json_lines(InputFile& file, std::string head, const std::string& stem,
                       const std::string& source, const ReadOptions& options,
                       Diagnostics& diagnostics, const Each& each) {
  detail::JsonLinesReader reader(source, stem, options.strict, diagnostics);
  std::string& chunk = head;  // its buffer is reused for every chunk
  reader.feed(chunk, each);
  for (chunk.clear(); file.read(chunk, kChunkBytes); chunk.clear()) reader.feed(chunk, each);
  reader.finish(each);
}

}  // namespace

std::string_view input_format_name(InputFormat format) {
  switch (format) {
    case InputFormat::Text:
      return "text";
    case InputFormat::Html:
      return "html";
    case InputFormat::JsonLines:
      return "jsonl";
  }
  return "text";
}

std::optional<InputFormat> input_format_from_name(std::string_view name) {
  std::string lower = lower_ascii(name);
  if (lower == "text" || lower == "txt") return InputFormat::Text;
  if (lower == "html" || lower == "htm") return InputFormat::Html;
  if (lower == "jsonl" || lower == "ndjson" || lower == "json-lines") return InputFormat::JsonLines;
  return std::nullopt;
}

std::optional<InputFormat> input_format_for(const std::filesystem::path& path) {
  // path.extension(), read from the path's bytes where the separator is '/':
  // making the path of the extension cost more than the rest of the test,
  // asked of every file of a directory walked and again when it is read.
  std::string extension;
  if constexpr (std::filesystem::path::preferred_separator == '/') {
    std::string_view name = path.native();
    name.remove_prefix(name.rfind('/') + 1);  // npos + 1 is 0
    std::size_t dot = name.rfind('.');
    // No extension for "." and "..", nor for a name whose only dot is its first.
    if (dot != std::string_view::npos && dot != 0 && name != "..") {
      extension = lower_ascii(name.substr(dot));
    }
  } else {
    extension = lower_ascii(path.extension().string());
  }
  if (extension == ".txt") return InputFormat::Text;
  if (extension == ".html" || extension == ".htm" || extension == ".xhtml")
    return InputFormat::Html;
  if (extension == ".jsonl" || extension == ".ndjson") return InputFormat::JsonLines;
  return std::nullopt;
}

std::optional<std::string> parse_country_code(std::string_view code) {
  std::size_t begin = code.find_first_not_of(" \t");
  std::size_t end = code.find_last_not_of(" \t");
  if (begin == std::string_view::npos || end - begin != 2) return std::nullopt;
  std::string upper(code.substr(begin, 3));
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return std::nullopt;
  }
  return upper;
}

namespace {

using Unparsed = std::function<void(detail::UnparsedFile&&)>;

// for_each_document(), or with `unparsed` set detail::for_each_unparsed().
void read_file(const std::filesystem::path& path, const ReadOptions& options,
               Diagnostics& diagnostics, const Each& each, const Unparsed* unparsed) {
  check_options(options);
  const std::string source = path.string();
  const std::string stem = path.stem().string();
  std::optional<InputFormat> format = options.format ? options.format : input_format_for(path);
  // An HTML page over the limit is refused before it is read into memory.
  InputFile file(path);
  const bool sized = file.sized();
  const std::uintmax_t size = file.size();
  bool over_html_limit = sized && size > kMaxHtmlBytes;
  if (format == InputFormat::Html && over_html_limit) {
    throw ParseError(source, 0, too_large(size));
  }
  file.check_readable();
  std::string content;
  if (!format) {
    // Leading white space aside, the first chunk holds what sniff() needs.
    while (!sniffable(content) && file.read(content, kChunkBytes)) {
    }
    format = sniff(content);
    if (format == InputFormat::Html && over_html_limit) {
      throw ParseError(source, 0, too_large(size));
    }
  }
  Each complete = completing(options, source, each);
  if (format == InputFormat::JsonLines) {
    stream_json_lines(file, std::move(content), stem, source, options, diagnostics, complete);
    return;
  }
  // The size the file system reports is read into a buffer that is not
  // zero-filled first (plus one byte, to see the end); a file that grows
  // meanwhile, or one of unknown size, is read on in chunks. Each chunk read
  // zero-fills its room first, so the room stays small.
  if (sized && size >= content.size()) {
    std::size_t room = static_cast<std::size_t>(size) + 1;
    auto buffer = std::make_unique_for_overwrite<char[]>(room);
    std::memcpy(buffer.get(), content.data(), content.size());
    std::size_t filled = content.size();
    while (filled < room) {
      const std::size_t wanted = room - filled;
      const std::size_t got = file.read_into(buffer.get() + filled, wanted);
      filled += got;
      // A read that stops short at the size reported is at the end (a file
      // that grew would have filled the byte past it): no read that gives
      // nothing is needed to see it, which on many small files is a fifth
      // of the system calls.
      if (got == 0 || (got < wanted && filled == size)) break;
    }
    if (filled < room) {
      if (unparsed != nullptr) {
        (*unparsed)({std::move(buffer), filled, *format, stem, source});
        return;
      }
      parse({buffer.get(), filled}, *format, stem, source, options, diagnostics, complete);
      return;
    }
    content.assign(buffer.get(), filled);
  }
  std::size_t step = sized ? std::size_t{4096} : kChunkBytes;
  while (file.read(content, step)) {
  }
  if (unparsed != nullptr) {
    auto bytes = std::make_unique_for_overwrite<char[]>(content.size());
    std::memcpy(bytes.get(), content.data(), content.size());
    (*unparsed)({std::move(bytes), content.size(), *format, stem, source});
    return;
  }
  parse(content, *format, stem, source, options, diagnostics, complete);
}

}  // namespace

void for_each_document(const std::filesystem::path& path, const ReadOptions& options,
                       Diagnostics& diagnostics, const Each& each) {
  read_file(path, options, diagnostics, each, nullptr);
}

void detail::for_each_unparsed(const std::filesystem::path& path, const ReadOptions& options,
                               Diagnostics& diagnostics, const Each& each,
                               const Unparsed& unparsed) {
  read_file(path, options, diagnostics, each, &unparsed);
}

Document detail::parse_unparsed(const UnparsedFile& file, const ReadOptions& options,
                                Diagnostics& diagnostics) {
  std::optional<Document> document;
  Each keep = [&document](Document&& parsed) { document.emplace(std::move(parsed)); };
  parse(file.content(), file.format, file.id, file.source, options, diagnostics,
        completing(options, file.source, keep));
  // A text or HTML file gives one document, or throws; JSON lines are never
  // left unparsed.
  if (!document) throw ParseError(file.source, 0, "no document in the file");
  return std::move(*document);
}

std::vector<Document> read_documents(const std::filesystem::path& path, const ReadOptions& options,
                                     Diagnostics& diagnostics) {
  std::vector<Document> documents;
  for_each_document(path, options, diagnostics, [&documents](Document&& document) {
    documents.push_back(std::move(document));
  });
  return documents;
}

std::vector<Document> parse_documents(std::string_view content, InputFormat format,
                                      const std::string& name, const ReadOptions& options,
                                      Diagnostics& diagnostics) {
  check_options(options);
  std::vector<Document> documents;
  Each collect = [&documents](Document&& document) { documents.push_back(std::move(document)); };
  parse(content, format, name, name, options, diagnostics, completing(options, "", collect));
  return documents;
}

}  // namespace orgkg
