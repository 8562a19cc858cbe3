// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
//
// Reads a GraphML document back with libxml2 for the GraphML writer tests: the
// <key> declarations, nodes and edges with their <data>, and what the GraphML
// contract (CONVENTIONS section 4) forbids (<default>s, empty <data>).
#pragma once

#include <doctest/doctest.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace orgkg::test {

/// A GraphML document as parse_graphml() reads it.
struct ParsedGraph {
  std::vector<std::map<std::string, std::string>> keys;             // attributes of each <key>
  std::map<std::string, std::map<std::string, std::string>> nodes;  // id -> key -> text
  std::vector<std::map<std::string, std::string>> edges;  // id/source/target and key -> text
  std::string edgedefault;
  int defaults = 0;    // <default> elements seen
  int empty_data = 0;  // <data> elements without text
};

/// The attribute `name` of `node`, or "".
inline std::string attr(xmlNode* node, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> value(xmlGetProp(node, BAD_CAST name), xmlFree);
  return value ? reinterpret_cast<const char*>(value.get()) : "";
}

/// The element's local name.
inline std::string name_of(xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

/// key -> text of the <data> children of `element`; counts empty ones in `graph`.
inline std::map<std::string, std::string> read_data(xmlNode* element, ParsedGraph& graph) {
  std::map<std::string, std::string> data;
  for (xmlNode* child = element->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE || name_of(child) != "data") continue;
    std::unique_ptr<xmlChar, decltype(xmlFree)> text(xmlNodeGetContent(child), xmlFree);
    std::string value = text ? reinterpret_cast<const char*>(text.get()) : "";
    if (value.empty()) ++graph.empty_data;
    data[attr(child, "key")] = value;
  }
  return data;
}

/// Parses `text` with libxml2 (no network, no entity expansion tricks); fails
/// the test if it is not well-formed.
inline ParsedGraph parse_graphml(const std::string& text) {
  ParsedGraph graph;
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(text.data(), static_cast<int>(text.size()), "out.graphml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  REQUIRE_MESSAGE(doc != nullptr, "libxml2 cannot parse the GraphML");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  REQUIRE(name_of(root) == "graphml");
  REQUIRE(root->ns != nullptr);
  CHECK(std::string(reinterpret_cast<const char*>(root->ns->href)) ==
        "http://graphml.graphdrawing.org/xmlns");
  for (xmlNode* child = root->children; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (name_of(child) == "key") {
      std::map<std::string, std::string> key;
      for (xmlAttr* a = child->properties; a != nullptr; a = a->next) {
        key[reinterpret_cast<const char*>(a->name)] =
            attr(child, reinterpret_cast<const char*>(a->name));
      }
      for (xmlNode* k = child->children; k != nullptr; k = k->next) {
        if (k->type == XML_ELEMENT_NODE && name_of(k) == "default") ++graph.defaults;
      }
      graph.keys.push_back(key);
    } else if (name_of(child) == "graph") {
      graph.edgedefault = attr(child, "edgedefault");
      for (xmlNode* item = child->children; item != nullptr; item = item->next) {
        if (item->type != XML_ELEMENT_NODE) continue;
        auto data = read_data(item, graph);
        if (name_of(item) == "node") graph.nodes[attr(item, "id")] = data;
        if (name_of(item) != "edge") continue;
        data["@id"] = attr(item, "id");
        data["@source"] = attr(item, "source");
        data["@target"] = attr(item, "target");
        data["@directed"] = attr(item, "directed");
        graph.edges.push_back(data);
      }
    }
  }
  return graph;
}

}  // namespace orgkg::test
