// RDF output (Turtle, N-Triples, N-Quads) through Serd's writer.
//
// Every term goes through Serd, which owns all escaping: a statement text
//   He said "no"⏎and “that’s final”
// comes out in N-Triples and in Turtle alike as
//   "He said \"no\"\nand “that’s final”"
// We never build RDF syntax by hand. Turtle could hold that text as a
// """long string""", but Serd 0.30's reader misreads the character after a
// lone quote in one: a"\new written as """a"\\new""" comes back as a"<newline>ew,
// q"\ fails to parse. Every literal is therefore a short string, escaped
// exactly as in N-Triples, which Serd reads back byte for byte.
//
// Each file is framed by two comment lines (turtle_reader.hpp):
//   # newskg: graph (N-Triples); complete when it ends with its end line
//   ...
//   # newskg: end of graph (57 triples)
// so a reader can tell a complete graph from one cut short at a line
// boundary by a crash or a full disk.
//
// Shape of one statement (Turtle; IRIs shortened here):
//   res:person/pete-hegseth nkg:said res:statement/a1/120-245 .
//   res:statement/a1/120-245 a nkg:Statement ;
//     nkg:confidence 0.90 ; nkg:kind "direct" ; nkg:sentence "..." ;
//     nkg:sentenceBegin "100"^^xsd:nonNegativeInteger ; ... ; nkg:text "..." ;
//     nkg:beginIndex "120"^^xsd:nonNegativeInteger ; nkg:endIndex "245"^^... ;
//     nkg:about res:country/ukraine ; nkg:article res:article/a1 .
#include <serd/serd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newskg/core/check.hpp"
#include "newskg/graph/fragments.hpp"
#include "newskg/io/turtle_reader.hpp"
#include "newskg/io/writers.hpp"

namespace newskg::io {
namespace {

using graph::KnowledgeGraph;
using graph::NodeKind;
using graph::NodeProps;
using graph::Relation;
using graph::Vertex;

constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
constexpr std::string_view kSchema = "https://schema.org/";
constexpr std::string_view kNif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";

struct Prefix {
  std::string_view name;
  std::string_view iri;
};
// Declared in Turtle output in this order (prefix lines are part of the bytes).
constexpr std::array<Prefix, 10> kPrefixes = {{{"nkg", kOntology},
                                              {"res", kResource},
                                              {"rdf", kRdf},
                                              {"rdfs", kRdfs},
                                              {"xsd", kXsd},
                                              {"skos", kSkos},
                                              {"prov", kProv},
                                              {"schema", kSchema},
                                              {"nif", kNif},
                                              {"owl", kOwl}}};

enum class Datatype { Plain, Decimal, NonNegativeInteger, AnyUri };

// Attributes with a datatype; every other attribute is a plain literal.
Datatype attr_datatype(std::string_view name) {
  if (name == "confidence") return Datatype::Decimal;
  if (name == "sentenceBegin" || name == "sentenceEnd" || name == "length")
    return Datatype::NonNegativeInteger;
  if (name == "url") return Datatype::AnyUri;
  return Datatype::Plain;
}

// Predicate local name of an attribute: the attribute name itself, except
// the article's "id", which is nkg:articleId (a bare "id" says nothing).
std::string attr_predicate(NodeKind kind, const std::string& name) {
  if (kind == NodeKind::Article && name == "id") return "articleId";
  return name;
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "0.90", "-1", ".5", "3." are xsd:decimal; "1e3", "nan", "" are not.
bool is_decimal(std::string_view s) {
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
  const size_t dot = s.find('.');
  if (dot == std::string_view::npos) return is_digits(s);
  std::string_view whole = s.substr(0, dot), frac = s.substr(dot + 1);
  if (whole.empty() && frac.empty()) return false;
  return (whole.empty() || is_digits(whole)) && (frac.empty() || is_digits(frac));
}

bool is_non_negative_integer(std::string_view s) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  return is_digits(s);
}

// A value that does not fit its datatype's lexical space is written as a
// plain literal: an ill-typed literal would make strict stores reject the file.
bool fits(Datatype t, std::string_view value) {
  switch (t) {
    case Datatype::Decimal:
      return is_decimal(value);
    case Datatype::NonNegativeInteger:
      return is_non_negative_integer(value);
    case Datatype::AnyUri:
    case Datatype::Plain:
      break;
  }
  return true;
}

// An RDF object: an IRI, or a literal with an optional datatype IRI.
// The whole datatype IRI ("http://www.w3.org/2001/XMLSchema#decimal"), built once.
std::string_view datatype_iri(Datatype t) {
  static const std::string decimal = std::string(kXsd) + "decimal";
  static const std::string integer = std::string(kXsd) + "nonNegativeInteger";
  static const std::string uri = std::string(kXsd) + "anyURI";
  switch (t) {
    case Datatype::Decimal:
      return decimal;
    case Datatype::NonNegativeInteger:
      return integer;
    case Datatype::AnyUri:
      return uri;
    case Datatype::Plain:
      break;
  }
  return {};
}

// Views, not copies: a term lives for one write() call, and what it views
// (the graph's strings, the writer's reused buffers) outlives the call. A
// copy per term was a fifth of the N-Triples writing time in allocations.
struct Term {
  bool is_iri = false;
  std::string_view value;
  std::string_view datatype;  // empty: plain (xsd:string) literal

  static Term iri(std::string_view v) { return {true, v, {}}; }
  static Term literal(std::string_view v, Datatype t = Datatype::Plain) {
    Term term{false, v, {}};
    if (t != Datatype::Plain && fits(t, term.value)) term.datatype = datatype_iri(t);
    return term;
  }
};

std::string nkg(std::string_view local) { return std::string(kOntology) + std::string(local); }

// Predicate of an edge: the relation's RDF local name, except FromArticle,
// whose RDF predicate is nkg:article (a sub-property of prov:wasDerivedFrom).
std::string_view edge_local_name(Relation r) {
  if (r == Relation::FromArticle) return "article";
  return graph::to_string(r);
}

SerdNode serd_node(SerdType type, const std::string& s) {
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(s.c_str()), s.size());
}

SerdNode serd_node(SerdType type, std::string_view s) {
  // Serd reads at most s.size() bytes (it stops early at a NUL, which the
  // caller corrects through n_bytes where a literal may hold one).
  return serd_node_from_substring(type, reinterpret_cast<const uint8_t*>(s.data()), s.size());
}

size_t append_to_string(const void* buf, size_t len, void* stream) {
  static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
  return len;
}

// Serd reports invalid UTF-8 in a literal (it writes U+FFFD instead) through
// this sink. Input text is validated and NFC-normalized upstream, so this
// only keeps Serd from printing to stderr behind the caller's back.
SerdStatus ignore_serd_error(void*, const SerdError*) { return SERD_SUCCESS; }

// One Serd writer appending to a std::string.
class SerdOutput {
 public:
  // A framed output is a whole graph file: header line, @prefix lines
  // (Turtle), the statements, the end line. An unframed one is a chunk of
  // statements to be placed in such a file (CURIEs still used in Turtle).
  explicit SerdOutput(RdfSyntax syntax, bool framed = true)
      : syntax_(syntax),
        quads_(syntax == RdfSyntax::NQuads),
        framed_(framed),
        out_(framed ? graph_header_line(syntax) : std::string()) {
    SerdSyntax serd_syntax = SERD_TURTLE;
    unsigned style = SERD_STYLE_BULK;  // pages of 4 KiB instead of one sink call per token
    switch (syntax) {
      case RdfSyntax::Turtle:
        serd_syntax = SERD_TURTLE;
        style |= SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED;
        break;
      case RdfSyntax::NTriples:
        serd_syntax = SERD_NTRIPLES;
        break;
      case RdfSyntax::NQuads:
        serd_syntax = SERD_NQUADS;
        break;
    }
    env_ = serd_env_new(nullptr);
    writer_ = serd_writer_new(serd_syntax, static_cast<SerdStyle>(style), env_, nullptr,
                              &append_to_string, &out_);
    NEWSKG_CHECK(env_ != nullptr && writer_ != nullptr, "serd could not create a writer");
    serd_writer_set_error_sink(writer_, &ignore_serd_error, nullptr);
    for (const Prefix& p : kPrefixes) {
      SerdNode name = serd_node(SERD_LITERAL, p.name);
      SerdNode iri = serd_node(SERD_URI, p.iri);
      // The env lets Turtle shorten IRIs to CURIEs; the writer emits @prefix
      // lines (and ignores prefixes for the line-based syntaxes).
      check(serd_env_set_prefix(env_, &name, &iri));
      if (framed_) check(serd_writer_set_prefix(writer_, &name, &iri));
    }
  }
  ~SerdOutput() {
    serd_writer_free(writer_);
    serd_env_free(env_);
  }
  SerdOutput(const SerdOutput&) = delete;
  SerdOutput& operator=(const SerdOutput&) = delete;

  bool quads() const { return quads_; }

  // The subject of the statements that follow (viewed: it outlives them).
  void subject(std::string_view s) { subject_ = s; }

  // Writes (subject, predicate, object) once per graph in `graphs` for
  // N-Quads, and once (no graph) for the triple syntaxes.
  void write(const std::vector<std::string>& graphs, std::string_view predicate,
             const Term& object) {
    SerdNode s = serd_node(SERD_URI, subject_);
    SerdNode p = serd_node(SERD_URI, predicate);
    SerdNode o = serd_node(object.is_iri ? SERD_URI : SERD_LITERAL, object.value);
    // Serd's Turtle writer picks a """long string""" for a literal flagged as
    // holding a quote or a newline; without the flags it writes a short
    // string with every escape (see the top of this file for why).
    o.flags = 0;
    // serd_node_from_substring stops at a NUL; Serd writes one as \u0000.
    o.n_bytes = object.value.size();
    SerdNode dt = serd_node(SERD_URI, object.datatype);
    const SerdNode* datatype = object.datatype.empty() ? nullptr : &dt;
    if (!quads_) {
      check(serd_writer_write_statement(writer_, 0, nullptr, &s, &p, &o, datatype, nullptr));
      ++statements_;
      return;
    }
    for (const std::string& graph : graphs) {
      SerdNode g = serd_node(SERD_URI, graph);
      check(serd_writer_write_statement(writer_, 0, &g, &s, &p, &o, datatype, nullptr));
      ++statements_;
    }
  }

  std::string finish() {
    check(serd_writer_finish(writer_));  // flushes the bulk page and closes the last statement
    if (framed_) out_ += graph_end_line(syntax_, statements_);
    return std::move(out_);
  }
  size_t statements() const { return statements_; }

 private:
  // Serd only fails here on arguments we built wrong: a broken invariant.
  static void check(SerdStatus st) {
    NEWSKG_CHECK(st == SERD_SUCCESS,
                 std::string("serd: ") + reinterpret_cast<const char*>(serd_strerror(st)));
  }

  RdfSyntax syntax_;
  bool quads_;
  bool framed_;
  std::string out_;
  std::string_view subject_;
  size_t statements_ = 0;  // triples (quads for N-Quads) written, for the end line
  SerdEnv* env_ = nullptr;
  SerdWriter* writer_ = nullptr;
};

// What kOntology and kResource share ("https://w3id.org/newskg/").
constexpr std::string_view kOwnNamespace = [] {
  size_t n = 0;
  while (n < kOntology.size() && n < kResource.size() && kOntology[n] == kResource[n]) ++n;
  return kOntology.substr(0, n);
}();

// Bytes an IRIREF cannot hold as they are (N-Triples grammar).
constexpr bool iri_escaped(unsigned char c) {
  return c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
         c == '|' || c == '^' || c == '`' || c == '\\';
}
// One load per byte instead of eleven comparisons: IRIs are half the bytes.
constexpr std::array<bool, 256> kIriEscaped = [] {
  std::array<bool, 256> table{};
  for (unsigned c = 0; c < 256; ++c) table[c] = iri_escaped(static_cast<unsigned char>(c));
  return table;
}();
static_assert(kOwnNamespace.find_first_of(" <>\"{}|^`\\") == std::string_view::npos);

#if defined(__SSE2__)
// Bit k set: byte k of the 16 from p on is one an IRIREF cannot hold as it is.
inline int iri_escaped_mask(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // c <= 0x20 as unsigned bytes: min(c, 0x20) == c.
  __m128i bad = _mm_cmpeq_epi8(_mm_min_epu8(x, _mm_set1_epi8(0x20)), x);
  for (char c : {'\x7F', '<', '>', '"', '{', '}', '|', '^', '`', '\\'})
    bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8(c)));
  return _mm_movemask_epi8(bad);
}

// Bit k set: byte k of the 16 from p on is not printable ASCII, or is the
// backslash or the double quote (a literal escapes it).
inline int literal_escaped_mask(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // As signed bytes, 0x20..0x7E are the ones from 0x20 up to 0x7E (bytes
  // from 0x80 on are negative).
  __m128i bad =
      _mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(x, _mm_set1_epi8(0x7E)));
  bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8('\\')));
  bad = _mm_or_si128(bad, _mm_cmpeq_epi8(x, _mm_set1_epi8('"')));
  return _mm_movemask_epi8(bad);
}

// The first escaped byte of p[from, n), or n, where n >= 16: 16 bytes at a
// time, and the last 1 to 15 as the 16 bytes that end at n, the bits of the
// bytes before `from` (already written, or known plain) shifted out; not a
// byte at a time. ("https://w3id.org/newskg/said": only "said" is asked
// about, in the one load of the IRI's last 16 bytes.)
template <int (*Mask)(const char*)>
size_t plain_run_sse2(const char* p, size_t from, size_t n) {
  size_t i = from;
  for (; i + 16 <= n; i += 16)
    if (const int mask = Mask(p + i)) return i + static_cast<size_t>(__builtin_ctz(mask));
  if (i == n) return n;
  const unsigned mask = static_cast<unsigned>(Mask(p + n - 16)) >> (16 - (n - i));
  return mask ? i + static_cast<size_t>(__builtin_ctz(mask)) : n;
}
#endif

// The first byte of p[from, n) that an IRIREF cannot hold as it is, or n:
// 16 at a time where SSE2 is there (every x86-64) and the string is 16 bytes
// or longer, one table load a byte elsewhere. The same answer as
// kIriEscaped, which the unit tests check byte by byte.
size_t iri_plain_run(const char* p, size_t from, size_t n) {
#if defined(__SSE2__)
  if (n >= 16) return plain_run_sse2<iri_escaped_mask>(p, from, n);
#endif
  size_t i = from;
  while (i < n && !kIriEscaped[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

// The first byte of p[from, n) that a literal does not hold as it is (all
// but printable ASCII, the backslash and the double quote), or n.
size_t literal_plain_run(const char* p, size_t from, size_t n) {
#if defined(__SSE2__)
  if (n >= 16) return plain_run_sse2<literal_escaped_mask>(p, from, n);
#endif
  size_t i = from;
  while (i < n) {
    const auto c = static_cast<unsigned char>(p[i]);
    if (c < 0x20 || c > 0x7E || c == '\\' || c == '"') break;
    ++i;
  }
  return i;
}

// v starts with kOwnNamespace: eight bytes at a time, inline (through
// string_view::compare it was a call to memcmp for every IRI).
inline bool in_own_namespace(std::string_view v) {
  constexpr size_t n = kOwnNamespace.size();
  if (v.size() < n) return false;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t a, b;
    std::memcpy(&a, v.data() + i, 8);
    std::memcpy(&b, kOwnNamespace.data() + i, 8);
    if (a != b) return false;
  }
  for (; i < n; ++i)
    if (v[i] != kOwnNamespace[i]) return false;
  return true;
}

// N-Triples and N-Quads lines formatted directly: the bulk of a corpus
// graph's bytes, where Serd spent a node build (with strlen) and a statement
// writer per triple. The bytes are exactly what Serd's own writer gives (the
// unit tests compare the two on every test corpus and on every character):
//   "He said \"no\"⏎\tok"  ->  "He said \"no\"\n\tok"
//   U+0001, U+007F          ->  \u0001, \u007F      (other UTF-8 as it is)
//   invalid UTF-8           ->  U+FFFD
class LineOutput {
 public:
  // `initial_room`: bytes allocated from the start, as many as the lines
  // are likely to take (address space only: a page is touched when a line
  // is written into it).
  explicit LineOutput(RdfSyntax syntax, bool framed = true, size_t initial_room = 0)
      : syntax_(syntax), quads_(syntax == RdfSyntax::NQuads), framed_(framed) {
    NEWSKG_CHECK(syntax != RdfSyntax::Turtle, "LineOutput writes N-Triples and N-Quads only");
    // Room for a typical article's chunk (20 KB in the BBC corpus) from
    // the start: growing by doubling copied each chunk 1 to 3 times.
    room(std::max(initial_room, kInitialRoom));
    if (framed_) {
      const std::string header = graph_header_line(syntax);
      size_ = static_cast<size_t>(put(room(header.size()), header) - buf_.get());
    }
  }
  bool quads() const { return quads_; }

  // The subject of the lines that follow, escaped once for all of them (a
  // node has 7 lines on average).
  void subject(std::string_view s) {
    subject_.resize(6 * s.size() + 2);
    subject_.resize(static_cast<size_t>(iri(subject_.data(), s) - subject_.data()));
  }

  void write(const std::vector<std::string>& graphs, std::string_view predicate,
             const Term& object) {
    if (!quads_) {
      line(nullptr, predicate, object);
      return;
    }
    for (const std::string& graph : graphs) line(&graph, predicate, object);
  }
  std::string finish() {
    std::string out(buf_.get(), size_);
    if (framed_) out += graph_end_line(syntax_, statements_);
    return out;
  }
  // An unframed output's lines, the buffer handed over (no copy).
  ChunkText take() {
    NEWSKG_CHECK(!framed_, "LineOutput::take() is for chunks");
    capacity_ = 0;
    return ChunkText(std::move(buf_), std::exchange(size_, 0));
  }
  size_t statements() const { return statements_; }

 private:
  // A line is written straight into the buffer, with room made first for
  // its longest form (every byte escaped as \uXXXX, six bytes): one
  // capacity check a line instead of one a character.
  void line(const std::string* graph, std::string_view p, const Term& o) {
    const size_t longest =
        subject_.size() +
        6 * (p.size() + o.value.size() + o.datatype.size() + (graph ? graph->size() : 0)) + 16;
    char* w = room(longest);
    w = put(w, subject_);
    *w++ = ' ';
    w = iri(w, p);
    *w++ = ' ';
    if (o.is_iri) {
      w = iri(w, o.value);
    } else {
      w = literal(w, o.value);
      if (!o.datatype.empty()) {
        *w++ = '^';
        *w++ = '^';
        w = iri(w, o.datatype);
      }
    }
    if (graph) {
      *w++ = ' ';
      w = iri(w, *graph);
    }
    w = put(w, " .\n");
    size_ = static_cast<size_t>(w - buf_.get());
    ++statements_;
  }

  // The end of the written bytes, with at least n bytes of room after it.
  char* room(size_t n) {
    if (capacity_ - size_ < n) {
      const size_t capacity = std::max(2 * capacity_, size_ + n + 4096);
      auto grown = std::make_unique_for_overwrite<char[]>(capacity);
      if (size_) std::memcpy(grown.get(), buf_.get(), size_);
      buf_ = std::move(grown);
      capacity_ = capacity;
    }
    return buf_.get() + size_;
  }

  static char* put(char* w, std::string_view v) {
    std::memcpy(w, v.data(), v.size());
    return w + v.size();
  }

  static char* hex_escape(char* w, unsigned c) {
    static const char* digits = "0123456789ABCDEF";
    *w++ = '\\';
    *w++ = 'u';
    *w++ = digits[(c >> 12) & 15];
    *w++ = digits[(c >> 8) & 15];
    *w++ = digits[(c >> 4) & 15];
    *w++ = digits[c & 15];
    return w;
  }

  // Node keys are slugs and the namespaces are fixed, so IRIs are plain
  // ASCII; anything an IRIREF cannot hold is escaped all the same.
  static char* iri(char* w, std::string_view v) {
    *w++ = '<';
    size_t i = 0;
    // Nearly every IRI starts with newskg's own namespaces, which need no
    // escape: copied as a whole, only the key after them is scanned.
    if (in_own_namespace(v)) {
      w = put(w, kOwnNamespace);
      i = kOwnNamespace.size();
    }
    while (i < v.size()) {
      const size_t j = iri_plain_run(v.data(), i, v.size());
      w = put(w, v.substr(i, j - i));
      if ((i = j) == v.size()) break;
      w = hex_escape(w, static_cast<unsigned char>(v[i++]));
    }
    *w++ = '>';
    return w;
  }

  static char* literal(char* w, std::string_view v) {
    *w++ = '"';
    size_t i = 0;
    while (i < v.size()) {
      // Printable ASCII in one copy.
      const size_t j = literal_plain_run(v.data(), i, v.size());
      w = put(w, v.substr(i, j - i));
      if ((i = j) == v.size()) break;
      const auto c = static_cast<unsigned char>(v[i]);
      switch (c) {
        case '\\': w = put(w, "\\\\"); ++i; continue;
        case '\n': w = put(w, "\\n"); ++i; continue;
        case '\r': w = put(w, "\\r"); ++i; continue;
        case '\t': w = put(w, "\\t"); ++i; continue;
        case '"': w = put(w, "\\\""); ++i; continue;
        default: break;
      }
      if (c < 0x80) {  // the other controls and DEL
        w = hex_escape(w, c);
        ++i;
        continue;
      }
      const size_t n = utf8_length(v, i);
      if (n == 0) {
        w = put(w, "\xEF\xBF\xBD");  // U+FFFD for a byte that starts no character
        ++i;
      } else {
        w = put(w, v.substr(i, n));
        i += n;
      }
    }
    *w++ = '"';
    return w;
  }

  // Bytes of the well-formed UTF-8 character at v[i] (a lead byte >= 0x80), or 0.
  static size_t utf8_length(std::string_view v, size_t i) {
    const auto c = static_cast<unsigned char>(v[i]);
    const size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (n == 0 || i + n > v.size()) return 0;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(v[i + k]) & 0xC0) != 0x80) return 0;
    return n;
  }

  static constexpr size_t kInitialRoom = 32 << 10;
  RdfSyntax syntax_;
  bool quads_;
  bool framed_;
  std::string subject_;          // escaped, with its <>
  std::unique_ptr<char[]> buf_;  // bytes [0, size_) written, capacity_ allocated
  size_t size_ = 0, capacity_ = 0;
  size_t statements_ = 0;
};

// ---------------------------------------------------------------------------
// Named graphs for N-Quads, so a store can retract one article by dropping
// its graph:
//   res:graph/<article-slug>  everything read from that article: the Article
//                             node and its `mentions` edges; Statement,
//                             Meeting and Position nodes (they carry an
//                             "article" attr) with all their outgoing edges;
//                             `said` and `met` edges, once in the graph of
//                             each article their evidence comes from (a
//                             meeting reported by two articles survives the
//                             retraction of one).
//   res:graph/entities        entity and office descriptions (type, label,
//                             altLabels, title), holdsOffice and officeOf,
//                             and anything without article evidence.
// The article slug is the suffix of the Article node's key
// ("article/<slug>"), which the builder derives as slug(Document::id), so
// slug(article attr) and slug(Evidence::article) name the same graph.
// ---------------------------------------------------------------------------
std::string article_graph(std::string_view article_slug) {
  return std::string(kResource) + "graph/" + std::string(article_slug);
}

const std::string& entities_graph() {
  static const std::string g = std::string(kResource) + "graph/entities";
  return g;
}

// The article graphs a node belongs to; empty when it is not article-scoped.
std::vector<std::string> article_graphs_of(const NodeProps& n) {
  std::vector<std::string> out;
  if (n.kind == NodeKind::Article) {
    const size_t slash = n.key.find('/');
    out.push_back(article_graph(slash == std::string::npos ? n.key : n.key.substr(slash + 1)));
    return out;
  }
  auto it = n.attrs.find("article");
  if (it == n.attrs.end()) return out;
  std::set<std::string> graphs;
  for (const std::string& id : it->second) graphs.insert(article_graph(graph::slug(id)));
  return {graphs.begin(), graphs.end()};
}

std::vector<std::string> edge_graphs(const NodeProps& to, const graph::EdgeProps& edge,
                                     const std::vector<std::string>& from_graphs) {
  if (!from_graphs.empty()) return from_graphs;
  if (edge.relation == Relation::Said || edge.relation == Relation::Met) {
    std::set<std::string> graphs;
    for (const graph::Evidence& ev : edge.evidence)
      graphs.insert(article_graph(graph::slug(ev.article)));
    if (!graphs.empty()) return {graphs.begin(), graphs.end()};
    if (edge.relation == Relation::Said) {
      std::vector<std::string> of_statement = article_graphs_of(to);
      if (!of_statement.empty()) return of_statement;
    }
  }
  return {entities_graph()};
}

}  // namespace

std::string node_iri(const graph::NodeProps& node) { return std::string(kResource) + node.key; }

namespace {

// Which triples of a graph to write (see RdfPart in writers.hpp).
bool wants_node(RdfPart part, NodeKind kind) {
  if (part == RdfPart::All) return true;
  return graph::is_article_scoped(kind) == (part == RdfPart::Article);
}
bool wants_edge(RdfPart part, NodeKind from, Relation rel) {
  if (part == RdfPart::All) return true;
  // A `said` edge leaves an entity but belongs to its statement's article.
  const bool article_edge = graph::is_article_scoped(from) || rel == Relation::Said;
  return article_edge == (part == RdfPart::Article);
}

template <class Output>
void write_graph(Output& out, const graph::KnowledgeGraph& kg, RdfPart part) {
  const std::string rdf_type = std::string(kRdf) + "type";
  const std::string rdfs_label = std::string(kRdfs) + "label";
  const std::string skos_alt_label = std::string(kSkos) + "altLabel";
  const std::string begin_index = nkg("beginIndex");
  const std::string end_index = nkg("endIndex");

  const std::string same_as = std::string(kOwl) + "sameAs";

  const std::vector<Vertex> nodes = kg.sorted_nodes();
  const std::vector<KnowledgeGraph::EdgeView> edges = kg.sorted_edges(nodes);
  // A person named by a surname alone, and the corpus's one full name it
  // stands for (graph/fragments.hpp): owl:sameAs, for stores that reason
  // with it. Derived from the entity table on every write, never read back.
  std::vector<std::optional<Vertex>> same(part == RdfPart::Article ? 0 : kg.num_nodes());
  if (part != RdfPart::Article)
    for (const auto& [fragment, full] : graph::fragment_joins(kg)) same[fragment] = full;
  size_t next_edge = 0;
  // Buffers reused for every node, so building an IRI allocates nothing
  // once they have grown: "https://w3id.org/newskg/resource/" + key, ...
  std::string subject, type_iri, predicate, object_iri, number;
  const std::vector<std::string> no_graphs;
  // Each node's triples, then its outgoing edges, all with the same subject:
  // Serd's Turtle writer then groups them into one `subject p o ; p o .` block.
  for (Vertex v : nodes) {
    const NodeProps& n = kg[v];
    subject.assign(kResource).append(n.key);
    out.subject(subject);
    // Named graphs only matter to N-Quads; the triple syntaxes take none.
    std::vector<std::string> own_graphs, node_graphs;
    if (out.quads()) {
      own_graphs = article_graphs_of(n);
      node_graphs = own_graphs.empty() ? std::vector<std::string>{entities_graph()} : own_graphs;
    }

    if (wants_node(part, n.kind)) {
      type_iri.assign(kOntology).append(graph::to_string(n.kind));
      out.write(node_graphs, rdf_type, Term::iri(type_iri));
      // A statement's label is its text, an article's its title (nkg:title):
      // written once, as that, and read back as the label.
      const std::string* title = n.kind == NodeKind::Article ? n.attr("title") : nullptr;
      if (n.kind != NodeKind::Statement && !n.label.empty() && !(title && *title == n.label))
        out.write(node_graphs, rdfs_label, Term::literal(n.label));
      for (const auto& [alias, count] : n.aliases)
        out.write(node_graphs, skos_alt_label, Term::literal(alias));
      for (const auto& [name, values] : n.attrs) {
        // The article id is a link (FromArticle -> nkg:article), not a literal.
        if (name == "article") continue;
        predicate.assign(kOntology).append(attr_predicate(n.kind, name));
        const Datatype type = attr_datatype(name);
        for (const std::string& value : values)
          out.write(node_graphs, predicate, Term::literal(value, type));
      }
      // Offsets are code points into the article text (NIF's convention).
      for (const graph::Evidence& ev : n.evidence) {
        number = std::to_string(ev.begin);
        out.write(node_graphs, begin_index, Term::literal(number, Datatype::NonNegativeInteger));
      }
      for (const graph::Evidence& ev : n.evidence) {
        number = std::to_string(ev.end);
        out.write(node_graphs, end_index, Term::literal(number, Datatype::NonNegativeInteger));
      }
      if (!same.empty() && same[v]) {
        object_iri.assign(kResource).append(kg[*same[v]].key);
        out.write(node_graphs, same_as, Term::iri(object_iri));
      }
    }

    // Edges are sorted by source key like the nodes, so this node's
    // outgoing edges are the next run of `edges`.
    for (; next_edge < edges.size() && edges[next_edge].from == v; ++next_edge) {
      const auto& e = edges[next_edge];
      if (!wants_edge(part, n.kind, e.props->relation)) continue;
      const NodeProps& target = kg[e.to];
      const std::vector<std::string> graphs =
          out.quads() ? edge_graphs(target, *e.props, own_graphs) : no_graphs;
      object_iri.assign(kResource).append(target.key);
      predicate.assign(kOntology).append(edge_local_name(e.props->relation));
      out.write(graphs, predicate, Term::iri(object_iri));
    }
  }
  NEWSKG_CHECK(next_edge == edges.size(), "sorted_edges() is not in sorted_nodes() order");
}

// The Article part of an article's graph, written from its facts in the
// order write_graph() gives it: subjects by key (the article, the speakers
// of its statements, its unnamed sources, statements, meetings and
// positions), each subject's own triples, then its edges by relation and
// target key. With keys.one_to_one every fact is a node of its own, so no
// node merges: each attribute has the one value the builder gives it.
template <class Output>
void write_article(Output& out, const core::Document& doc, const extract::ArticleFacts& facts,
                   const graph::ArticleKeys& keys) {
  NEWSKG_CHECK(keys.one_to_one, "an article whose facts merge nodes is written through its graph");
  static const std::string rdf_type = std::string(kRdf) + "type";
  static const std::string rdfs_label = std::string(kRdfs) + "label";
  static const std::string skos_alt_label = std::string(kSkos) + "altLabel";
  static const std::string begin_index = nkg("beginIndex");
  static const std::string end_index = nkg("endIndex");
  // nkg:<name> of the attributes and edges, and the type IRIs, built once.
  static const auto predicate = [] {
    std::array<std::string, 17> p;
    const char* names[] = {"byline", "category", "date",          "format",      "articleId",
                           "length", "source",   "title",         "url",         "confidence",
                           "kind",   "sentence", "sentenceBegin", "sentenceEnd", "text",
                           "stance", "topic"};
    for (size_t i = 0; i < p.size(); ++i) p[i] = nkg(names[i]);
    return p;
  }();
  enum : size_t {
    Byline,
    Category,
    Date,
    Format,
    ArticleId,
    Length,
    Source,
    Title,
    Url,
    Confidence,
    Kind,
    Sentence,
    SentenceBegin,
    SentenceEnd,
    Text,
    Stance,
    Topic
  };
  static const auto relation_iri = [] {
    std::array<std::string, 10> r;
    for (size_t i = 0; i < r.size(); ++i) r[i] = nkg(edge_local_name(static_cast<Relation>(i)));
    return r;
  }();
  static const auto type_iri = [] {
    std::array<std::string, 11> t;
    for (size_t i = 0; i < t.size(); ++i) t[i] = nkg(graph::to_string(static_cast<NodeKind>(i)));
    return t;
  }();
  // N-Quads: everything here is the article's own named graph.
  const std::vector<std::string> graphs =
      out.quads() ? std::vector<std::string>{article_graph(keys.slug)} : std::vector<std::string>{};
  std::string subject, object_iri;
  char number[16];
  auto num = [&](uint32_t x) {
    return std::string_view(
        number, static_cast<size_t>(std::to_chars(number, number + 16, x).ptr - number));
  };
  auto attr = [&](size_t p, std::string_view value, Datatype type = Datatype::Plain) {
    out.write(graphs, predicate[p], Term::literal(value, type));
  };
  auto type = [&](NodeKind k) {
    out.write(graphs, rdf_type, Term::iri(type_iri[static_cast<size_t>(k)]));
  };
  auto label = [&](std::string_view l) {
    if (!l.empty()) out.write(graphs, rdfs_label, Term::literal(l));
  };
  auto evidence = [&](core::Span s) {
    out.write(graphs, begin_index,
              Term::literal(num(keys.chars.to_char(s.begin)), Datatype::NonNegativeInteger));
    out.write(graphs, end_index,
              Term::literal(num(keys.chars.to_char(s.end)), Datatype::NonNegativeInteger));
  };
  // Edges of one relation to these nodes, by key, each once.
  std::vector<std::string_view> targets;
  auto edges = [&](Relation rel) {
    std::sort(targets.begin(), targets.end());
    targets.erase(std::unique(targets.begin(), targets.end()), targets.end());
    for (std::string_view key : targets) {
      object_iri.assign(kResource).append(key);
      out.write(graphs, relation_iri[static_cast<size_t>(rel)], Term::iri(object_iri));
    }
    targets.clear();
  };
  auto kept = [&](int i) { return keys.kept[static_cast<size_t>(i)] != 0; };
  auto entity = [&](int i) -> std::string_view { return keys.entity[static_cast<size_t>(i)]; };
  // Statements by speaker, for the `said` edges.
  std::vector<std::pair<int, std::string_view>> said;
  for (size_t s = 0; s < facts.statements.size(); ++s)
    if (!keys.statement[s].empty())
      said.emplace_back(facts.statements[s].speaker, keys.statement[s]);
  std::sort(said.begin(), said.end());

  enum class What : uint8_t { Article, Speaker, Source, Statement, Meeting, Position };
  struct Subject {
    std::string_view key;
    What what;
    size_t index;
  };
  std::vector<Subject> subjects;
  subjects.push_back({keys.article, What::Article, 0});
  for (size_t i = 0; i < facts.entities.size(); ++i) {
    if (!keys.kept[i]) continue;
    if (facts.entities[i].type == extract::EntityType::UnnamedSource)
      subjects.push_back({keys.entity[i], What::Source, i});
    else if (std::binary_search(said.begin(), said.end(),
                                std::pair<int, std::string_view>(static_cast<int>(i), {}),
                                [](const auto& a, const auto& b) { return a.first < b.first; }))
      subjects.push_back({keys.entity[i], What::Speaker, i});
  }
  for (size_t k = 0; k < keys.statement.size(); ++k)
    if (!keys.statement[k].empty()) subjects.push_back({keys.statement[k], What::Statement, k});
  for (size_t k = 0; k < keys.meeting.size(); ++k)
    if (!keys.meeting[k].empty()) subjects.push_back({keys.meeting[k], What::Meeting, k});
  for (size_t k = 0; k < keys.position.size(); ++k)
    if (!keys.position[k].empty()) subjects.push_back({keys.position[k], What::Position, k});
  std::sort(subjects.begin(), subjects.end(),
            [](const Subject& a, const Subject& b) { return a.key < b.key; });

  auto said_edges = [&](size_t speaker) {
    const auto [from, to] = std::equal_range(
        said.begin(), said.end(), std::pair<int, std::string_view>(static_cast<int>(speaker), {}),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = from; it != to; ++it) targets.push_back(it->second);
    edges(Relation::Said);
  };
  auto from_article = [&] {
    targets.push_back(keys.article);
    edges(Relation::FromArticle);
  };

  for (const Subject& s : subjects) {
    subject.assign(kResource).append(s.key);
    out.subject(subject);
    switch (s.what) {
      case What::Article: {
        type(NodeKind::Article);
        // The label is the title (written as nkg:title), else the id.
        if (doc.title.empty()) label(doc.id);
        auto values = [&](size_t p, std::vector<std::string> v) {
          std::sort(v.begin(), v.end());
          v.erase(std::unique(v.begin(), v.end()), v.end());
          for (const std::string& x : v) attr(p, x);
        };
        if (!doc.byline.empty()) values(Byline, doc.byline);
        if (!doc.categories.empty()) values(Category, doc.categories);
        if (!doc.date.empty()) attr(Date, doc.date);
        if (!doc.format.empty()) attr(Format, doc.format);
        attr(ArticleId, doc.id);
        attr(Length, num(keys.chars.to_char(static_cast<uint32_t>(doc.text.size()))),
             Datatype::NonNegativeInteger);
        if (!doc.source.empty()) attr(Source, doc.source);
        if (!doc.title.empty()) attr(Title, doc.title);
        if (!doc.url.empty()) attr(Url, doc.url, Datatype::AnyUri);
        for (size_t i = 0; i < facts.entities.size(); ++i)
          if (keys.kept[i]) targets.push_back(keys.entity[i]);
        edges(Relation::Mentions);
        break;
      }
      case What::Speaker:
        said_edges(s.index);
        break;
      case What::Source: {
        const extract::Entity& e = facts.entities[s.index];
        type(NodeKind::UnnamedSource);
        label(e.name);
        std::vector<std::string_view> aliases;
        for (const std::string& a : e.aliases)
          if (a != e.name) aliases.push_back(a);
        std::sort(aliases.begin(), aliases.end());
        aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
        for (std::string_view a : aliases) out.write(graphs, skos_alt_label, Term::literal(a));
        said_edges(s.index);
        from_article();
        break;
      }
      case What::Statement: {
        const extract::StatementFact& st = facts.statements[s.index];
        type(NodeKind::Statement);
        const core::Span sent = st.sentence.empty() ? st.span : st.sentence;
        attr(Confidence, graph::format_confidence(st.confidence), Datatype::Decimal);
        attr(Kind, st.kind == extract::StatementKind::Direct ? "direct" : "indirect");
        attr(Sentence, sent.of(doc.text));
        attr(SentenceBegin, num(keys.chars.to_char(sent.begin)), Datatype::NonNegativeInteger);
        attr(SentenceEnd, num(keys.chars.to_char(sent.end)), Datatype::NonNegativeInteger);
        attr(Text, st.text);
        evidence(st.span);
        for (int a : st.about)
          if (kept(a)) targets.push_back(entity(a));
        edges(Relation::About);
        from_article();
        break;
      }
      case What::Meeting: {
        const extract::MeetingFact& m = facts.meetings[s.index];
        type(NodeKind::Meeting);
        label(graph::meeting_label(facts, m));
        attr(Confidence, graph::format_confidence(m.confidence), Datatype::Decimal);
        attr(Sentence, m.evidence.of(doc.text));
        evidence(m.evidence);
        for (int p : m.participants) targets.push_back(entity(p));
        edges(Relation::Participant);
        from_article();
        break;
      }
      case What::Position: {
        const extract::PositionFact& p = facts.positions[s.index];
        type(NodeKind::Position);
        label(p.topic);
        attr(Confidence, graph::format_confidence(p.confidence), Datatype::Decimal);
        attr(Sentence, p.evidence.of(doc.text));
        attr(Stance, extract::to_string(p.stance));
        attr(Topic, p.topic);
        evidence(p.evidence);
        targets.push_back(entity(p.holder));
        edges(Relation::Holder);
        for (int t : p.topic_entities)
          if (kept(t)) targets.push_back(entity(t));
        edges(Relation::TopicEntity);
        from_article();
        break;
      }
    }
  }
}

}  // namespace

template <class Output>
std::string whole(const graph::KnowledgeGraph& kg, RdfSyntax syntax) {
  Output out(syntax);
  write_graph(out, kg, RdfPart::All);
  return out.finish();
}

std::string to_rdf(const graph::KnowledgeGraph& kg, RdfSyntax syntax) {
  if (syntax == RdfSyntax::Turtle) return whole<SerdOutput>(kg, syntax);
  return whole<LineOutput>(kg, syntax);
}

std::string to_rdf_with_serd(const graph::KnowledgeGraph& kg, RdfSyntax syntax) {
  return whole<SerdOutput>(kg, syntax);
}

namespace {

// Statements written by `write` into an unframed output of `syntax`.
template <class Write>
RdfChunk chunk_of(RdfSyntax syntax, Write&& write, size_t initial_room = 0) {
  RdfChunk c;
  if (syntax == RdfSyntax::Turtle) {
    SerdOutput out(syntax, /*framed=*/false);
    write(out);
    c.statements = out.statements();
    c.text = ChunkText(out.finish());
    return c;
  }
  LineOutput out(syntax, /*framed=*/false, initial_room);
  write(out);
  c.statements = out.statements();
  c.text = out.take();
  return c;
}

}  // namespace

RdfChunk to_rdf_chunk(const graph::KnowledgeGraph& kg, RdfSyntax syntax, RdfPart part) {
  // A whole graph's lines (the entity table's at the end of a build: 10 MB
  // for the BBC folder) grew from 32 KB by doubling, each new buffer faulted
  // in page by page and the lines copied over: room for 2 KB a node and
  // 512 bytes an edge from the start.
  const size_t likely = 2048 * kg.num_nodes() + 512 * kg.num_edges();
  return chunk_of(
      syntax, [&](auto& out) { write_graph(out, kg, part); }, likely);
}

RdfChunk to_rdf_chunk(const core::Document& doc, const extract::ArticleFacts& facts,
                      const graph::ArticleKeys& keys, RdfSyntax syntax) {
  return chunk_of(syntax, [&](auto& out) { write_article(out, doc, facts, keys); });
}

std::string rdf_file_header(RdfSyntax syntax) {
  // A framed output with no statement, less its end line: header + @prefix lines.
  SerdOutput out(syntax);
  std::string text = out.finish();
  text.resize(text.size() - graph_end_line(syntax, 0).size());
  return text;
}

core::Status write_rdf(const graph::KnowledgeGraph& kg, RdfSyntax syntax, const std::string& path) {
  return write_file_atomic(path, to_rdf(kg, syntax));
}

}  // namespace newskg::io
