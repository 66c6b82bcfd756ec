// Package dates finds publication dates: in short lines of text (datelines
// of scraped pages, meta values, JSON-LD fields) with Parse, and in whole HTML
// pages with FromHTML.
//
// Every answer is a string in one of two forms: "2006-01-02" when only the
// day is known, or RFC 3339 ("2006-01-02T15:04:05-07:00") when a time and its
// zone are both known. A time without a zone gives only the day, since an
// RFC 3339 offset would be invented.
//
// Relative stamps ("11 days ago", "yesterday") name a day only against the
// moment the page was fetched; with no fetch time they give no date.
//
// Dates before 1990 or more than two days after the reference moment (the
// fetch time, or now when it is unknown) are rejected as implausible.
//
// FromHTML combines explicit publication metadata (JSON-LD datePublished,
// article:published_time and kindred meta tags, itemprop="datePublished",
// <time> in the article header, dates in the page URL) with
// github.com/markusmobius/go-htmldate in extensive mode, preferring the
// original publication date over modification dates.
package dates
