// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Dispatch only: each format's reader lives in its own file. The file is read
// whole (statements are small; a JSON lines corpus of a few hundred MB still
// fits), which lets every reader work on one string_view.
#include "orgkg/extract/reader.hpp"

#include <cerrno>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <system_error>

#include "html_reader.hpp"
#include "jsonl_reader.hpp"
#include "orgkg/extract/text_reader.hpp"
#include "orgkg/graph/error.hpp"

namespace orgkg {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// A file with an unknown extension: HTML when it opens with markup, JSON
// lines when its first line is an object, text otherwise.
InputFormat sniff(std::string_view content) {
  if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
  std::size_t start = content.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return InputFormat::Text;
  if (content[start] == '{') return InputFormat::JsonLines;
  std::string head = lower_ascii(content.substr(start, 512));
  bool html = head.rfind("<!doctype html", 0) == 0 || head.rfind("<html", 0) == 0 ||
              head.find("<body") != std::string::npos || head.find("<head") != std::string::npos;
  return html ? InputFormat::Html : InputFormat::Text;
}

std::string read_file(const std::filesystem::path& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw IoError(path.string(), "cannot read", EISDIR);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(path.string(), "cannot open", errno);
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) throw IoError(path.string(), "cannot read", errno);
  return std::move(content).str();
}

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

std::vector<Document> parse(std::string_view content, InputFormat format, const std::string& id,
                            const std::string& source, const ReadOptions& options,
                            Diagnostics& diagnostics) {
  std::vector<Document> documents;
  switch (format) {
    case InputFormat::Text:
      documents.push_back(parse_text_document(content, id, diagnostics));
      break;
    case InputFormat::Html:
      if (content.size() > kMaxHtmlBytes) {
        throw ParseError(source, 0, too_large(content.size()));
      }
      documents.push_back(detail::parse_html_document(content, id, diagnostics));
      break;
    case InputFormat::JsonLines:
      documents = detail::parse_json_lines(content, source, id, options.strict, diagnostics);
      break;
  }
  std::string country = options.publisher_country.empty()
                            ? std::string()
                            : parse_country_code(options.publisher_country).value_or("");
  for (Document& document : documents) {
    if (document.source.publisher_country.empty()) document.source.publisher_country = country;
  }
  return documents;
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
  std::string extension = lower_ascii(path.extension().string());
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

std::vector<Document> read_documents(const std::filesystem::path& path, const ReadOptions& options,
                                     Diagnostics& diagnostics) {
  check_options(options);
  // An HTML page over the limit is refused before it is read into memory.
  std::error_code error;
  std::uintmax_t size = std::filesystem::file_size(path, error);
  if (!error && size > kMaxHtmlBytes &&
      options.format.value_or(input_format_for(path).value_or(InputFormat::Text)) ==
          InputFormat::Html) {
    throw ParseError(path.string(), 0, too_large(size));
  }
  std::string content = read_file(path);
  InputFormat format = options.format.value_or(input_format_for(path).value_or(sniff(content)));
  std::vector<Document> documents =
      parse(content, format, path.stem().string(), path.string(), options, diagnostics);
  for (Document& document : documents) document.source.path = path.string();
  return documents;
}

void for_each_document(const std::filesystem::path& path, const ReadOptions& options,
                       Diagnostics& diagnostics, const std::function<void(Document&&)>& each) {
  for (Document& document : read_documents(path, options, diagnostics)) each(std::move(document));
}

std::vector<Document> parse_documents(std::string_view content, InputFormat format,
                                      const std::string& name, const ReadOptions& options,
                                      Diagnostics& diagnostics) {
  check_options(options);
  return parse(content, format, name, name, options, diagnostics);
}

}  // namespace orgkg
