// Package extract turns a raw core.Document into a clean core.Article.
//
// HTML pages go through go-trafilatura for the main text and metadata, then
// through storyline's own post-processing: paragraph breaks are kept (one
// paragraph per block element), a heading that repeats the title and a
// standfirst are moved out of the body; datelines, photo credits and
// captions, "read also" links, related-content lists, share, follow,
// newsletter and support prompts, copyright and update lines, press
// contacts and reader-comment sections are dropped, and every dropped block
// is recorded as a core.Removal. All rules are language-general word lists
// and block-length limits; none names a site. Publication dates come
// from internal/dates. Text scrapes (no markup) go through internal/textclean.
//
// Input is untrusted: pages are decoded from their declared or sniffed
// charset (BOM, <meta charset>, UTF-16, Latin-1), invalid UTF-8 is repaired,
// markup nested deeper than the HTML parser allows is flattened, and
// oversized or binary input is refused with an error naming the source.
package extract
