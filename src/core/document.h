// Document: one news article as it leaves ingest.
//
// Every input format (text files with a manifest, JSON Lines dumps) is turned into this one
// struct; later stages never look at the input format. The text is owned here and dropped
// once the article's claims are extracted.
#ifndef CLAIMDUP_CORE_DOCUMENT_H_
#define CLAIMDUP_CORE_DOCUMENT_H_

#include <cstdint>
#include <string>

namespace claimdup {

struct Document {
  std::string id;      // Manifest or record id; else the file name (text) or "path:line" (JSONL).
  std::string outlet;  // Outlet name; the URL's host without "www." when only a URL is known.
  std::string date;    // ISO 8601 "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS"; empty when unknown.
  std::string url;
  std::string title;
  std::string text;           // Article body, valid UTF-8 (invalid bytes repaired to U+FFFD).
  std::string source;         // The input file this document came from.
  int64_t line = 0;           // 1-based line in a JSONL dump; 0 for a one-article text file.
  int64_t utf8_repairs = 0;   // Invalid UTF-8 sequences replaced in this record.
  bool invalid_date = false;  // A date was given but is impossible or unreadable: date is "".
  std::string raw;            // The JSONL record as read (UTF-8 repaired), when asked for.
};

}  // namespace claimdup

#endif  // CLAIMDUP_CORE_DOCUMENT_H_
