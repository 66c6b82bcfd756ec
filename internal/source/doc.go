// Package source reads raw news documents from where they arrive: files and
// directories, gzip-compressed files, HTML pages, plain-text scrapes, JSON
// Lines dumps, WARC archives, RSS/Atom feeds, URLs and standard input. It
// yields each one as a core.Document naming its origin precisely, with its
// body decoded to UTF-8, and never extracts or cleans anything itself.
//
// Walk is the entry point. It streams: at most one document (bounded by
// Options.MaxDocBytes) is held in memory at a time, whatever the size of a
// directory, a WARC or a JSON Lines dump. A failing input (an empty file, a
// binary file, a truncated archive, a bad JSON line, an unreachable URL) is
// reported to the callback as an error naming it, and the walk goes on.
//
// # Input formats
//
// A format is chosen by file extension (after stripping ".gz"), else by
// sniffing the first bytes:
//
//   - .html, .htm: one HTML page (core.FormatHTML). The charset comes from a
//     byte-order mark, a <meta> declaration, or a guess (UTF-8 when the bytes
//     are valid UTF-8, else Windows-1252).
//   - .txt: one page of text already scraped from a site (core.FormatText).
//     UTF-16 with a BOM and Latin-1/Windows-1252 text become UTF-8.
//   - .jsonl, .ndjson: JSON Lines, one object per line:
//     {"url": "...", "html": "..." | "text": "...", "title": "...",
//     "published": "...", "source": "outlet name", "fetched_at": "RFC 3339"}.
//     "html" wins over "text" when both are set; "source" becomes
//     Document.Outlet. Document.Source is "path:LINE" (1-based line).
//   - .warc (and .warc.gz, multi-member gzip): WARC/1.0 or 1.1. Each "response"
//     record whose block is an HTTP response with an HTML body (200 status)
//     yields one document; other records are skipped. URL comes from
//     WARC-Target-URI, FetchedAt from WARC-Date, Document.Source is "path#N"
//     where N counts every record of the file from 1.
//   - .rss, .atom, .xml (sniffed): an RSS or Atom feed. Each item yields one
//     document "path#N" (N from 1): the item's page when fetching is allowed
//     (the feed came from a URL, or Options.FetchFeedItems) and the page can be
//     fetched, else the item's content (or description) as HTML.
//   - http:// and https:// URLs: fetched with a timeout, a size limit, a
//     redirect limit and a polite User-Agent; private, loopback and link-local
//     addresses are refused at dial time unless Options.AllowPrivate. A URL
//     that returns a feed is read as a feed.
//   - "-": standard input, sniffed; its documents' Source is "stdin" (or
//     "stdin:LINE", "stdin#N").
//
// Any of these may be gzip-compressed (".gz", or sniffed by its magic
// number). Decompression is guarded: a stream that expands past
// Options.MaxGzipRatio is refused as a gzip bomb, and no document may exceed
// Options.MaxDocBytes once decompressed.
//
// # Errors
//
// Errors passed to the callback start with the failing input's name
// ("path: ", "path:LINE: ", "path#N: ", "URL: ") and wrap ErrEmpty (empty
// input), core.ErrUnsupportedFormat (binary or unknown content),
// core.ErrTooLarge (over a size limit, gzip bombs included) or
// ErrPrivateAddress where one applies. Invalid UTF-8 is not an error: it is
// replaced with U+FFFD.
//
// Inside a directory (walked recursively in lexical order) only files with
// one of the extensions above are read; hidden files and directories are
// skipped. A file named explicitly with another extension is sniffed.
package source
