// Package textclean cleans text already scraped from news pages (no markup),
// the form a user pours in as .txt files.
//
// Clean finds the title, subtitle (standfirst), byline and dateline among the
// first lines, judging headline against body text by shape (length, closing
// punctuation, position, blank lines), never by content: a page whose first
// line is a sentence of body text gets no title. It drops debris (navigation,
// share rows, comment prompts, photo captions and credits, hashtags, relative
// stamps, a kicker repeating the title), teasers cut off with "..." that are
// repeated in full, and paragraphs that repeat an earlier one nearly word for
// word, recording each removal with a core.Reason* constant. An appended list
// of key points goes to Result.KeyPoints, never into the paragraphs.
//
// RepairGlued puts back the spaces scraping lost ("betweenRussia",
// "presentciting", "governments,led") using embedded English word lists
// (see NOTE.md); it is fast and safe on clean text, so the HTML extractor
// may run it on its paragraphs too.
package textclean
