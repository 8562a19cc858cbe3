// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// The XML plumbing shared by the GraphML writers (graphml_writer.cpp for a
// Store, network_graphml_writer.cpp for a Network) and the GEXF writer
// (gexf_writer.cpp): xml_text(), the one escape function, and XmlWriter, a thin wrapper over libxml2's xmlTextWriter that
// writes into a C++ ostream, indented by two spaces, UTF-8. Also the GraphML
// prologue (root element with its namespaces) and <key> declarations, so both
// writers produce the same document shape (CONVENTIONS section 4).
//
// libxml2 writes through an output callback into the caller's ostream; the
// callback and the error handler never throw: they record what went wrong, and
// XmlWriter::check() throws once control is back in C++.
// Private to kg_export (and its tests); not installed.
#pragma once

#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include <exception>
#include <memory>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

namespace orgkg::export_detail {

/// `text` as characters XML 1.0 allows: invalid UTF-8 becomes U+FFFD; C0
/// controls other than TAB, LF and CR, and U+FFFE/U+FFFF are dropped. Markup
/// characters are left alone (libxml2 escapes them).
[[nodiscard]] std::string xml_text(std::string_view text);

/// What the C callbacks saw; read after each libxml2 call returns.
struct SinkState {
  std::ostream* out = nullptr;
  bool failed = false;
  std::exception_ptr exception;  ///< anything but a stream failure, rethrown as is
};

/// Routes libxml2's error reports away from stderr while alive (the library
/// never prints), restoring the caller's handler afterwards. Thread-local in
/// libxml2, like the handler itself. The first one made (on any thread) runs
/// xmlInitParser() first, so that threads can write at once.
class QuietErrors {
 public:
  QuietErrors();
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;
  ~QuietErrors();

 private:
  xmlStructuredErrorFunc handler_;
  void* context_;
};

struct WriterDeleter {
  void operator()(xmlTextWriterPtr writer) const noexcept { xmlFreeTextWriter(writer); }
};

/// An XML document being written to an ostream. Every method throws IoError
/// (naming `what`) when the stream fails, or rethrows what the stream threw;
/// the stream may then hold a partial document. Not copyable.
class XmlWriter {
 public:
  /// Starts the document (XML declaration) on `out`; `what` names the format
  /// in error messages.
  explicit XmlWriter(std::ostream& out, std::string_view what = "GraphML");
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  /// Opens element `element`; close it with end().
  void start(const char* element);
  /// Closes the innermost open element.
  void end();
  /// An attribute of the element just opened; `value` goes through xml_text().
  void attribute(const char* name, std::string_view value);
  /// <ELEMENT>TEXT</ELEMENT>, `text` through xml_text().
  void element(const char* element, std::string_view text);
  /// <data key="KEY">VALUE</data>, or nothing when `value` is empty.
  void data(const char* key, std::string_view value);
  /// Ends the document (libxml2 adds the final newline) and flushes it to the stream.
  void finish();

 private:
  void check(int result);
  [[noreturn]] void fail() const;

  std::string what_;
  QuietErrors quiet_;
  SinkState state_;
  std::unique_ptr<xmlTextWriter, WriterDeleter> writer_;
};

/// One GraphML <key> declaration.
struct KeyDecl {
  const char* id;
  const char* domain;  ///< "node" or "edge"
  const char* name;    ///< attr.name
  const char* type;    ///< attr.type
};

/// Opens <graphml> with its namespace and schema location, declares `keys` in
/// order and opens <graph id="G" edgedefault=EDGEDEFAULT>. Close both with
/// end() twice, then finish().
void start_graphml(XmlWriter& xml_out, std::span<const KeyDecl> keys, const char* edgedefault);

}  // namespace orgkg::export_detail
