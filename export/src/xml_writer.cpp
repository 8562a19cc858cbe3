// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// See xml_writer.hpp.
#include "xml_writer.hpp"

#include <libxml/parser.h>

#include "output.hpp"
#include "orgkg/graph/utf8.hpp"

namespace orgkg::export_detail {
namespace {

const xmlChar* xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

int write_callback(void* context, const char* buffer, int length) noexcept {
  auto* state = static_cast<SinkState*>(context);
  try {
    state->out->write(buffer, length);
    if (!*state->out) state->failed = true;
  } catch (const std::ios_base::failure&) {
    state->failed = true;
  } catch (...) {
    state->exception = std::current_exception();
  }
  return state->failed || state->exception ? -1 : length;
}

int close_callback(void*) noexcept { return 0; }

void ignore_error(void*, xmlErrorPtr) noexcept {}

// libxml2 sets up its globals (its error handlers among them) on first use
// unless xmlInitParser() ran, which is not safe when threads start at once:
// the CLI writes its formats on threads of their own. Once, before any use,
// as libxml2 asks; true, for an initializer list.
bool libxml2_ready() {
  static const bool initialised = (xmlInitParser(), true);
  return initialised;
}

}  // namespace

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    DecodedChar ch = decode_utf8(text, pos);
    pos += ch.length;
    char32_t c = ch.code_point;
    bool legal = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    if (legal && c != 0xFFFE && c != 0xFFFF) append_utf8(out, c);
  }
  return out;
}

QuietErrors::QuietErrors()
    : handler_((libxml2_ready(), xmlStructuredError)), context_(xmlStructuredErrorContext) {
  xmlSetStructuredErrorFunc(nullptr, ignore_error);
}

QuietErrors::~QuietErrors() { xmlSetStructuredErrorFunc(context_, handler_); }

XmlWriter::XmlWriter(std::ostream& out, std::string_view what) : what_(what) {
  state_.out = &out;  // libxml2 is ready: quiet_, a member before, made it so
  xmlOutputBufferPtr buffer =
      xmlOutputBufferCreateIO(write_callback, close_callback, &state_, nullptr);
  if (buffer == nullptr) fail();
  writer_.reset(xmlNewTextWriter(buffer));  // the writer owns `buffer` once created
  if (!writer_) {
    xmlOutputBufferClose(buffer);
    fail();
  }
  check(xmlTextWriterSetIndent(writer_.get(), 1));
  check(xmlTextWriterSetIndentString(writer_.get(), xml("  ")));
  check(xmlTextWriterStartDocument(writer_.get(), "1.0", "UTF-8", nullptr));
}

void XmlWriter::start(const char* element) {
  check(xmlTextWriterStartElement(writer_.get(), xml(element)));
}

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_.get())); }

void XmlWriter::attribute(const char* name, std::string_view value) {
  std::string text = xml_text(value);
  check(xmlTextWriterWriteAttribute(writer_.get(), xml(name), xml(text.c_str())));
}

void XmlWriter::element(const char* element, std::string_view text) {
  std::string legal = xml_text(text);
  check(xmlTextWriterWriteElement(writer_.get(), xml(element), xml(legal.c_str())));
}

void XmlWriter::data(const char* key, std::string_view value) {
  if (value.empty()) return;
  std::string text = xml_text(value);
  start("data");
  attribute("key", key);
  check(xmlTextWriterWriteString(writer_.get(), xml(text.c_str())));
  end();
}

void XmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_.get()));
  check(xmlTextWriterFlush(writer_.get()));
  check_stream(*state_.out, what_);
}

void XmlWriter::check(int result) {
  if (state_.exception) std::rethrow_exception(state_.exception);
  if (result < 0 || state_.failed) fail();
}

void XmlWriter::fail() const {
  if (state_.exception) std::rethrow_exception(state_.exception);
  throw_stream_error(what_);
}

void start_graphml(XmlWriter& xml_out, std::span<const KeyDecl> keys, const char* edgedefault) {
  xml_out.start("graphml");
  xml_out.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  xml_out.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml_out.attribute("xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  for (const KeyDecl& key : keys) {
    xml_out.start("key");
    xml_out.attribute("id", key.id);
    xml_out.attribute("for", key.domain);
    xml_out.attribute("attr.name", key.name);
    xml_out.attribute("attr.type", key.type);
    xml_out.end();
  }
  xml_out.start("graph");
  xml_out.attribute("id", "G");
  xml_out.attribute("edgedefault", edgedefault);
}

}  // namespace orgkg::export_detail
