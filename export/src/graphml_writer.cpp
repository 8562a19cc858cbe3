// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// GraphML writer (CONVENTIONS section 4). The exact output, indented by two
// spaces, UTF-8, ending with a newline:
//
//   <?xml version="1.0" encoding="UTF-8"?>
//   <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi=... xsi:schemaLocation=...>
//     <key id="label" for="node" attr.name="label" attr.type="string"/>
//     ... one <key> per row of kKeys below, in that order ...
//     <graph id="G" edgedefault="directed">
//       <node id="state_RUS">            one per entity, sorted by node id
//         <data key="label">Russia</data>
//         ... kind, name, acronym, iso3, wikidata, aliases (sorted, '|'-joined)
//       </node>
//       <edge id="e0" source="state_RUS" target="org_SCO">   one per fact, in
//         <data key="relation">member_of</data>               (subject, relation,
//         <data key="edgelabel">member_of</data>              object) order, ids
//         <data key="weight">2.0</data>                       e0, e1, ...
//         <data key="evidence_count">2</data>
//         ... first_seen, last_seen, valid_from, valid_to (ISO 8601 at the known
//         precision), start_year (valid_from's year, else first_seen's), end_year
//         (valid_to's year), sources ('|'-joined document ids), symmetric, conflict
//       </edge>
//     </graph>
//   </graphml>
//
// A <data> element is omitted when its value is unknown or empty; there are no
// <default>s and no per-edge `directed`. Symmetric facts are one edge from the
// smaller node id (the Store's canonical subject) with symmetric=true. Text goes
// through xml_text() (the one escape function of this file: it makes the text
// legal XML 1.0 characters) and then libxml2, which escapes markup characters.
//
// libxml2 writes through an output callback into the caller's ostream; the
// callback and the error handler never throw: they record what went wrong, and
// XmlWriter::check() throws once control is back in C++.
#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>

#include <exception>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include "fact_view.hpp"
#include "orgkg/export/graphml.hpp"
#include "output.hpp"
#include "utf8.hpp"

namespace orgkg {
namespace {

using export_detail::FactView;

struct KeyDecl {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;
};

constexpr KeyDecl kKeys[] = {
    {"label", "node", "label", "string"},
    {"kind", "node", "kind", "string"},
    {"name", "node", "name", "string"},
    {"acronym", "node", "acronym", "string"},
    {"iso3", "node", "iso3", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"aliases", "node", "aliases", "string"},
    {"relation", "edge", "relation", "string"},
    {"edgelabel", "edge", "label", "string"},
    {"weight", "edge", "weight", "double"},
    {"evidence_count", "edge", "evidence_count", "int"},
    {"first_seen", "edge", "first_seen", "string"},
    {"last_seen", "edge", "last_seen", "string"},
    {"valid_from", "edge", "valid_from", "string"},
    {"valid_to", "edge", "valid_to", "string"},
    {"start_year", "edge", "start_year", "int"},
    {"end_year", "edge", "end_year", "int"},
    {"sources", "edge", "sources", "string"},
    {"symmetric", "edge", "symmetric", "boolean"},
    {"conflict", "edge", "conflict", "boolean"},
};

// `text` as characters XML 1.0 allows: invalid UTF-8 becomes U+FFFD; C0
// controls other than TAB, LF and CR, and U+FFFE/U+FFFF are dropped.
std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    export_detail::DecodedChar ch = export_detail::decode_utf8(text, pos);
    pos += ch.length;
    char32_t c = ch.code_point;
    bool legal = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
    if (legal && c != 0xFFFE && c != 0xFFFF) export_detail::append_utf8(out, c);
  }
  return out;
}

const xmlChar* xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

// What the C callbacks saw; read after each libxml2 call returns.
struct SinkState {
  std::ostream* out = nullptr;
  bool failed = false;
  std::exception_ptr exception;  // anything but a stream failure, rethrown as is
};

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

// Routes libxml2's error reports away from stderr while we write (the library
// never prints), restoring the caller's handler afterwards. Thread-local in
// libxml2, like the handler itself.
class QuietErrors {
 public:
  QuietErrors() : handler_(xmlStructuredError), context_(xmlStructuredErrorContext) {
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
  }
  QuietErrors(const QuietErrors&) = delete;
  QuietErrors& operator=(const QuietErrors&) = delete;
  ~QuietErrors() { xmlSetStructuredErrorFunc(context_, handler_); }

 private:
  xmlStructuredErrorFunc handler_;
  void* context_;
};

struct WriterDeleter {
  void operator()(xmlTextWriterPtr writer) const noexcept { xmlFreeTextWriter(writer); }
};

class XmlWriter {
 public:
  explicit XmlWriter(std::ostream& out) {
    static const bool initialised = (xmlInitParser(), true);  // once, as libxml2 asks
    (void)initialised;
    state_.out = &out;
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

  void start(const char* element) { check(xmlTextWriterStartElement(writer_.get(), xml(element))); }
  void end() { check(xmlTextWriterEndElement(writer_.get())); }

  void attribute(const char* name, std::string_view value) {
    std::string text = xml_text(value);
    check(xmlTextWriterWriteAttribute(writer_.get(), xml(name), xml(text.c_str())));
  }

  // <data key="KEY">VALUE</data>, or nothing when `value` is empty.
  void data(const char* key, std::string_view value) {
    if (value.empty()) return;
    std::string text = xml_text(value);
    start("data");
    attribute("key", key);
    check(xmlTextWriterWriteString(writer_.get(), xml(text.c_str())));
    end();
  }

  // Ends the document (libxml2 adds the final newline) and flushes it to the stream.
  void finish() {
    check(xmlTextWriterEndDocument(writer_.get()));
    check(xmlTextWriterFlush(writer_.get()));
    export_detail::check_stream(*state_.out, "GraphML");
  }

 private:
  void check(int result) {
    if (state_.exception) std::rethrow_exception(state_.exception);
    if (result < 0 || state_.failed) fail();
  }
  [[noreturn]] void fail() const {
    if (state_.exception) std::rethrow_exception(state_.exception);
    export_detail::throw_stream_error("GraphML");
  }

  QuietErrors quiet_;
  SinkState state_;
  std::unique_ptr<xmlTextWriter, WriterDeleter> writer_;
};

void write_keys(XmlWriter& xml_out) {
  for (const KeyDecl& key : kKeys) {
    xml_out.start("key");
    xml_out.attribute("id", key.id);
    xml_out.attribute("for", key.domain);
    xml_out.attribute("attr.name", key.name);
    xml_out.attribute("attr.type", key.type);
    xml_out.end();
  }
}

void write_node(XmlWriter& xml_out, const Entity& entity) {
  xml_out.start("node");
  xml_out.attribute("id", node_id(entity));
  xml_out.data("label", entity.label);
  xml_out.data("kind", kind_name(entity.kind));
  xml_out.data("name", entity.name);
  xml_out.data("acronym", entity.acronym);
  xml_out.data("iso3", entity.iso3);
  xml_out.data("wikidata", entity.wikidata);
  xml_out.data("aliases", export_detail::join(entity.aliases, "|"));
  xml_out.end();
}

std::string iso(const std::optional<Date>& date) { return date ? date->to_iso() : std::string(); }

std::string year(const std::optional<Date>& date) {
  return date && !date->empty() ? std::to_string(date->year) : std::string();
}

std::string boolean(bool value) { return value ? "true" : "false"; }

void write_edge(XmlWriter& xml_out, const FactView& view, std::size_t index) {
  const Fact& fact = *view.fact;
  std::string relation(relation_name(fact.relation));
  std::optional<Date> start = fact.valid_from;
  if (!start && !fact.first_seen.empty()) start = fact.first_seen;
  xml_out.start("edge");
  xml_out.attribute("id", "e" + std::to_string(index));
  xml_out.attribute("source", node_id(*view.subject));
  xml_out.attribute("target", node_id(*view.object));
  xml_out.data("relation", relation);
  xml_out.data("edgelabel", relation);
  xml_out.data("weight", std::to_string(fact.evidence_count()) + ".0");
  xml_out.data("evidence_count", std::to_string(fact.evidence_count()));
  xml_out.data("first_seen", fact.first_seen.to_iso());
  xml_out.data("last_seen", fact.last_seen.to_iso());
  xml_out.data("valid_from", iso(fact.valid_from));
  xml_out.data("valid_to", iso(fact.valid_to));
  xml_out.data("start_year", year(start));
  xml_out.data("end_year", year(fact.valid_to));
  xml_out.data("sources", export_detail::join(fact.sources(), "|"));
  xml_out.data("symmetric", boolean(is_symmetric(fact.relation)));
  xml_out.data("conflict", boolean(fact.conflict));
  xml_out.end();
}

}  // namespace

void write_graphml(const Store& store, std::ostream& out) {
  std::vector<FactView> facts = export_detail::resolved_facts(store);
  XmlWriter xml_out(out);
  xml_out.start("graphml");
  xml_out.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  xml_out.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  xml_out.attribute("xsi:schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns "
                    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
  write_keys(xml_out);
  xml_out.start("graph");
  xml_out.attribute("id", "G");
  xml_out.attribute("edgedefault", "directed");
  for (const Entity* entity : store.entities()) write_node(xml_out, *entity);
  for (std::size_t i = 0; i < facts.size(); ++i) write_edge(xml_out, facts[i], i);
  xml_out.end();  // graph
  xml_out.end();  // graphml
  xml_out.finish();
}

std::string to_graphml(const Store& store) {
  std::ostringstream out;
  write_graphml(store, out);
  return std::move(out).str();
}

}  // namespace orgkg
