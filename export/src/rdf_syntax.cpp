// Copyright 2026 The orgkg authors
// SPDX-License-Identifier: Apache-2.0
#include "rdf_syntax.hpp"

#include <ostream>

namespace orgkg::export_detail {

RdfOutput::RdfOutput(std::ostream& out, std::string_view what) : out_(out), what_(what) {
  buffer_.reserve(kChunk + kChunk / 4);
}

void RdfOutput::write_pending() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  if (!out_) throw_stream_error(what_);
}

void RdfOutput::finish() {
  write_pending();
  out_.flush();
  check_stream(out_, what_);
}

void append_ntriples_term(std::string& out, const Term& term) {
  if (term.is_iri()) {
    append_full_iri(out, term.value, term.external);
  } else {
    append_literal(out, term, [](std::string& o, std::string_view datatype) {
      append_full_iri(o, datatype, false);
    });
  }
}

}  // namespace orgkg::export_detail
