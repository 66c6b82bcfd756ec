package dates

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/internal/dates/urldate"
)

// A candidate is one piece of date evidence found in a page.
type candidate struct {
	src string // e.g. "jsonld:NewsArticle", "meta:article:published_time", "time:header", "url"
	st  stamp
}

// evidence is what a page says about its dates, gathered in one tree walk.
type evidence struct {
	jsonld    []candidate // datePublished of JSON-LD entities, main entities first
	jsonldMod []candidate // dateModified of JSON-LD entities
	meta      []candidate // publication meta tags, in document order
	metaMod   []candidate // modification meta tags
	itemprop  []candidate // itemprop="datePublished" on non-meta elements
	timeEl    []candidate // <time datetime> with a publication hint or in an article header
	dateline  []candidate // visible datelines around the headline, nearest after it first
	url       []candidate // date written in the page URL (option, canonical, og:url)
	canonical string
	ogURL     string
	lang      string // lang attribute of <html>
}

// publishedMeta lists meta names/properties (lower case) that carry the
// original publication date.
var publishedMeta = map[string]bool{
	"article:published_time": true, "og:published_time": true, "og:article:published_time": true,
	"article:published": true, "published_time": true, "og:pubdate": true, "pubdate": true,
	"publishdate": true, "publish-date": true, "publish_date": true, "published_date": true,
	"publication_date": true, "date_published": true, "datepublished": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dc.date.published": true,
	"dcterms.date": true, "dcterms.issued": true, "dcterms.created": true,
	"citation_publication_date": true, "citation_date": true, "citation_online_date": true,
	"parsely-pub-date": true, "sailthru.date": true, "article.published": true,
	"article_date_original": true, "originalpublicationdate": true, "original-publish-date": true,
	"cxenseparse:recs:publishtime": true, "creation_date": true, "created": true,
	"release_date": true, "displaydate": true, "bt:pubdate": true, "rnews:datepublished": true,
	"article.created": true, "og:article:published": true, "published": true,
	"datecreated": true, "date.created": true, "pub_date": true, "publishdatetime": true,
}

// modifiedMeta lists meta names/properties of modification dates.
var modifiedMeta = map[string]bool{
	"article:modified_time": true, "og:updated_time": true, "og:modified_time": true,
	"article:modified": true, "modified_time": true, "last-modified": true, "lastmod": true,
	"dc.date.modified": true, "dcterms.modified": true, "datemodified": true, "dateupdated": true,
	"article.updated": true, "updated_time": true, "revised": true, "sailthru.lastmodified": true,
}

var (
	reParselyPub = regexp.MustCompile(`"pub_date"\s*:\s*"([^"]+)"`)
	reJSONLDPub  = regexp.MustCompile(`"datePublished"\s*:\s*"([^"]{8,40})"`)
)

// collect walks the tree once and gathers the evidence.
func collect(doc *html.Node, opts HTMLOptions, ref time.Time) evidence {
	var ev evidence
	var ogURL string
	var walk func(n *html.Node, inHeader, inArticle int)
	walk = func(n *html.Node, inHeader, inArticle int) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					collectJSONLD(&ev, nodeText(n), ref)
				}
				return
			case "style", "noscript", "svg", "template":
				return
			case "meta":
				collectMeta(&ev, n, ref, &ogURL)
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && ev.canonical == "" {
					ev.canonical = strings.TrimSpace(attr(n, "href"))
				}
			case "html":
				if ev.lang == "" {
					ev.lang = strings.ToLower(strings.TrimSpace(attr(n, "lang")))
				}
			case "header":
				inHeader++
			case "article", "main":
				inArticle++
			case "time":
				collectTime(&ev, n, inHeader > 0, inArticle > 0, ref)
			}
			if ip := strings.ToLower(attr(n, "itemprop")); n.Data != "meta" && (ip == "datepublished" || ip == "datecreated") {
				v := attr(n, "datetime")
				if v == "" {
					v = attr(n, "content")
				}
				if v == "" {
					v = nodeText(n)
				}
				if st, ok := parseLine(v, time.Time{}, lineCfg{monthFirst: usEnglish(ev.lang)}); ok && plausible(st.t, ref) {
					ev.itemprop = append(ev.itemprop, candidate{"itemprop:" + n.Data, st})
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inHeader, inArticle)
		}
	}
	walk(doc, 0, 0)
	ev.ogURL = ogURL
	ev.dateline = datelines(doc, opts.Fetched, ref, usEnglish(ev.lang))
	for _, u := range []string{opts.URL, ev.canonical, ogURL} {
		if st, ok := urlDate(u, ref); ok {
			ev.url = append(ev.url, candidate{"url", st})
			break
		}
	}
	return ev
}

// collectMeta records a meta tag's date if its name says it is one.
func collectMeta(ev *evidence, n *html.Node, ref time.Time, ogURL *string) {
	key := strings.ToLower(strings.TrimSpace(attr(n, "property")))
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "name")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "itemprop")))
	}
	if key == "" {
		key = strings.ToLower(strings.TrimSpace(attr(n, "http-equiv")))
	}
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		content = strings.TrimSpace(attr(n, "datetime"))
	}
	if key == "" || content == "" {
		return
	}
	switch {
	case key == "og:url":
		*ogURL = content
	case key == "parsely-page":
		if m := reParselyPub.FindStringSubmatch(content); m != nil {
			if st, ok := parseValue(m[1], ref); ok {
				ev.meta = append(ev.meta, candidate{"meta:parsely-page", st})
			}
		}
	case publishedMeta[key]:
		if st, ok := parseValue(content, ref); ok {
			ev.meta = append(ev.meta, candidate{"meta:" + key, st})
		}
	case modifiedMeta[key]:
		if st, ok := parseValue(content, ref); ok {
			ev.metaMod = append(ev.metaMod, candidate{"meta:" + key, st})
		}
	}
}

// collectTime records a <time datetime> that looks like the publication stamp.
func collectTime(ev *evidence, n *html.Node, inHeader, inArticle bool, ref time.Time) {
	v := attr(n, "datetime")
	if v == "" {
		return
	}
	hints := strings.ToLower(attr(n, "class") + " " + attr(n, "itemprop") + " " + attr(n, "id"))
	if n.Parent != nil {
		hints += " " + strings.ToLower(attr(n.Parent, "class"))
	}
	_, pubdate := attrOK(n, "pubdate")
	src := ""
	switch {
	case strings.Contains(hints, "modif") || strings.Contains(hints, "updat"):
		return
	case pubdate || strings.Contains(hints, "publish") || strings.Contains(hints, "entry-date") || strings.Contains(hints, "post-date"):
		src = "time:published"
	case inHeader && inArticle:
		src = "time:article-header"
	case inArticle:
		src = "time:article"
	default:
		src = "time:page"
	}
	if st, ok := parseValue(v, ref); ok {
		ev.timeEl = append(ev.timeEl, candidate{src, st})
	}
}

// collectJSONLD reads datePublished/dateModified from a JSON-LD block.
func collectJSONLD(ev *evidence, text string, ref time.Time) {
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(text)), &v); err != nil {
		// Broken JSON (trailing commas, raw newlines): fall back to a scan.
		if m := reJSONLDPub.FindStringSubmatch(text); m != nil {
			if st, ok := parseValue(m[1], ref); ok {
				ev.jsonld = append(ev.jsonld, candidate{"jsonld:raw", st})
			}
		}
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			typ := jsonldType(x["@type"])
			if s, ok := x["datePublished"].(string); ok {
				if st, ok := parseValue(s, ref); ok {
					ev.jsonld = append(ev.jsonld, candidate{"jsonld:" + typ, st})
				}
			} else if s, ok := x["dateCreated"].(string); ok {
				if st, ok := parseValue(s, ref); ok {
					ev.jsonld = append(ev.jsonld, candidate{"jsonld-created:" + typ, st})
				}
			} else if s, ok := x["uploadDate"].(string); ok && typ == "VideoObject" && depth == 0 {
				if st, ok := parseValue(s, ref); ok {
					ev.jsonld = append(ev.jsonld, candidate{"jsonld:VideoObject", st})
				}
			}
			if s, ok := x["dateModified"].(string); ok {
				if st, ok := parseValue(s, ref); ok {
					ev.jsonldMod = append(ev.jsonldMod, candidate{"jsonld:" + typ, st})
				}
			}
			for k, e := range x {
				if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
}

func jsonldType(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				return s
			}
		}
	}
	return "?"
}

// parseValue reads a machine-written date value (meta content, JSON-LD,
// datetime attribute): ISO 8601 and the other forms Parse knows, plus Unix
// timestamps, without the long-line rule.
func parseValue(s string, ref time.Time) (stamp, bool) {
	s = strings.TrimSpace(s)
	if len(s) >= 9 && len(s) <= 13 && strings.Trim(s, "0123456789") == "" {
		var n int64
		for _, c := range s {
			n = n*10 + int64(c-'0')
		}
		if len(s) == 13 {
			n /= 1000
		}
		t := time.Unix(n, 0).UTC()
		if plausible(t, ref) {
			return stamp{t: t, hasTime: true, hasZone: true}, true
		}
		return stamp{}, false
	}
	st, ok := parseLine(s, time.Time{}, lineCfg{})
	if !ok || !plausible(st.t, ref) {
		return stamp{}, false
	}
	return st, true
}

// FromURL reads a publication day written in a URL's path, as news sites
// write it ("/2018/04/17/world/...", "/news/2024-05-15-title"), and returns
// it as "2006-01-02". A date later than fetched (now when zero) or before
// 1990 is no publication date; neither is a year or month alone. ok is false
// when the path holds no full date.
func FromURL(u string, fetched time.Time) (date string, ok bool) {
	ref := fetched
	if ref.IsZero() {
		ref = time.Now()
	}
	st, ok := urlDate(u, ref)
	if !ok {
		return "", false
	}
	return st.Day(), true
}

// urlDate reads a full date written in a URL path (package urldate).
func urlDate(u string, ref time.Time) (stamp, bool) {
	t, ok := urldate.Day(u, ref)
	if !ok {
		return stamp{}, false
	}
	return stamp{t: t}, true
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// nodeText is the text under n, capped at 64 KiB.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if b.Len() > 1<<16 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// usEnglish reports a page in US English, whose numeric dates put the month first.
func usEnglish(lang string) bool {
	lang = strings.ReplaceAll(strings.ToLower(lang), "_", "-")
	return lang == "en-us"
}
