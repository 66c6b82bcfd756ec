// Package language identifies the natural language of article text.
//
// Detection is statistical (trigram profiles, via whatlanggo) and returns
// ISO 639-1 codes. Non-English articles are kept and flagged by their code,
// never rejected: the caller decides what to do with them.
package language
