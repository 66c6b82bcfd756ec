package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/storyline/storyline/internal/core"
	"github.com/storyline/storyline/internal/extract"
	"github.com/storyline/storyline/internal/ingest"
	"github.com/storyline/storyline/internal/source"
	"github.com/storyline/storyline/internal/timeline"
)

// ingestRequest is the JSON body of POST /api/articles: a URL to fetch, or
// a page given inline as HTML or text.
type ingestRequest struct {
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Source    string `json:"source"`
}

// ingestItem is what happened to one document.
type ingestItem struct {
	Input     string `json:"input"`
	Outcome   string `json:"outcome"` // ingested, duplicate, failed
	ID        int64  `json:"id,omitempty"`
	Error     string `json:"error,omitempty"`
	Title     string `json:"title,omitempty"`
	Duplicate bool   `json:"duplicate"`
}

// Why is the item's error as the add page shows it, after the input: the
// error without the input it starts with ("a.html: not an article", shown
// as "failed a.html not an article", not "failed a.html a.html: not an
// article").
func (it ingestItem) Why() string {
	if it.Input != "" {
		if rest, ok := strings.CutPrefix(it.Error, it.Input+": "); ok {
			return rest
		}
	}
	return it.Error
}

type ingestResponse struct {
	Ingested   int          `json:"ingested"`
	Duplicates int          `json:"duplicates"`
	Failed     int          `json:"failed"`
	Results    []ingestItem `json:"results"`
}

func (resp *ingestResponse) add(it ingestItem) {
	switch it.Outcome {
	case "ingested":
		resp.Ingested++
	case "duplicate":
		resp.Duplicates++
		it.Duplicate = true
	default:
		resp.Failed++
	}
	resp.Results = append(resp.Results, it)
}

// apiIngest handles POST /api/articles. Accepted bodies:
//
//	application/json     {"url": "https://..."} or {"html"|"text": "...", "url"?, "title"?, ...}
//	multipart/form-data  files in "file" parts (any format source.Walk reads) and/or a "url" field
//	text/html, text/plain the page itself (optional ?url= names where it came from)
//
// It answers 201 when something new was stored, 200 when everything was a
// duplicate, 422 when nothing could be ingested.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	resp, status, reason := s.ingestRequest(w, r)
	if resp == nil && reason == "" {
		return // refused and answered
	}
	if reason != "" {
		s.error(w, r, status, reason)
		return
	}
	s.json(w, r, status, resp)
}

// ingestRequest does the work of an ingest request; a non-empty reason is
// an error to report with status.
func (s *Server) ingestRequest(w http.ResponseWriter, r *http.Request) (resp *ingestResponse, status int, reason string) {
	ok, formToken := s.authorizeWrite(w, r)
	if !ok {
		return nil, 0, "" // already answered
	}
	select {
	case s.ingestQ <- struct{}{}:
		defer func() { <-s.ingestQ }()
	default:
		w.Header().Set("Retry-After", "5")
		return nil, http.StatusTooManyRequests, "another ingest is running; retry shortly"
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes)
	ctx := r.Context()
	resp = &ingestResponse{Results: []ingestItem{}}
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	switch mt {
	case "application/json":
		var req ingestRequest
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&req); err != nil {
			if st, msg := bodyError(err); st == http.StatusRequestEntityTooLarge {
				return nil, st, msg
			}
			return nil, http.StatusBadRequest, "body: not the JSON this endpoint takes: " + err.Error()
		}
		err = s.ingestJSON(ctx, req, resp)
	case "multipart/form-data":
		err = s.ingestMultipart(ctx, r, formToken, resp)
	case "text/html", "text/plain":
		body, rerr := io.ReadAll(r.Body)
		if rerr != nil {
			st, msg := bodyError(rerr)
			return nil, st, msg
		}
		f := core.FormatText
		if mt == "text/html" {
			f = core.FormatHTML
		}
		u := r.URL.Query().Get("url")
		s.ingestDoc(ctx, core.Document{Source: firstNonEmpty(u, "upload"), URL: u, Format: f, Body: body}, resp)
	default:
		return nil, http.StatusUnsupportedMediaType, "Content-Type: send application/json, multipart/form-data, text/html or text/plain"
	}
	if err != nil {
		var br *badRequest
		var mbe *http.MaxBytesError
		switch {
		case errors.Is(err, errNoFormToken):
			w.Header().Set("WWW-Authenticate", `Bearer realm="storyline"`)
			return nil, http.StatusUnauthorized, "a valid token is required"
		case errors.As(err, &br):
			return nil, http.StatusBadRequest, br.msg
		case errors.As(err, &mbe):
			return nil, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body over %d bytes", mbe.Limit)
		case ctx.Err() != nil:
			return nil, http.StatusServiceUnavailable, "request cancelled"
		default:
			s.fault(r, err)
			return nil, http.StatusInternalServerError, "internal error"
		}
	}
	if resp.Ingested > 0 {
		s.renewNovelty(ctx, r, resp)
	}
	switch {
	case resp.Ingested > 0:
		s.lists.clear()
		status = http.StatusCreated
	case resp.Duplicates > 0:
		status = http.StatusOK
	default:
		status = http.StatusUnprocessableEntity
	}
	return resp, status, ""
}

// renewMax bounds how many articles of a storyline one ingest request
// judges anew (timeline.RenewOptions.MaxArticles), so a request stays
// short: an article bears on what is new in the articles after it only
// while the storyline's memory holds it (about 200 articles), most on the
// next ones. Each costs about what its novelty check at ingest cost.
const renewMax = 100

// renewNovelty judges anew what is new in the storylines the request's
// articles joined, where they arrived out of publication order
// (timeline.RenewArticles), so the store tells what each article added as
// if the articles had arrived in order. A failure is logged: the articles
// are stored, with the judgement made at ingest.
func (s *Server) renewNovelty(ctx context.Context, r *http.Request, resp *ingestResponse) {
	var ids []int64
	for _, it := range resp.Results {
		if it.Outcome == "ingested" && it.ID != 0 {
			ids = append(ids, it.ID)
		}
	}
	if _, err := timeline.RenewArticles(ctx, s.st, ids, timeline.RenewOptions{MaxArticles: renewMax}); err != nil && ctx.Err() == nil {
		s.fault(r, fmt.Errorf("renewing what is new: %w", err))
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

func (s *Server) ingestJSON(ctx context.Context, req ingestRequest, resp *ingestResponse) error {
	switch {
	case req.HTML != "" || req.Text != "":
		if req.HTML != "" && req.Text != "" {
			return badf("body: send html or text, not both")
		}
		doc := core.Document{Source: firstNonEmpty(req.Source, req.URL, "upload"), URL: req.URL, Format: core.FormatHTML,
			Body: []byte(req.HTML), Title: req.Title, Published: req.Published, Outlet: req.Outlet}
		if req.Text != "" {
			doc.Format, doc.Body = core.FormatText, []byte(req.Text)
		}
		s.ingestDoc(ctx, doc, resp)
		return nil
	case req.URL != "":
		if err := checkURL(req.URL); err != nil {
			return err
		}
		return s.ingestInputs(ctx, []string{req.URL}, "", resp)
	}
	return badf("body: give url, html or text")
}

func checkURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return badf("url: want an absolute http or https URL, got %q", raw)
	}
	return nil
}

// errNoFormToken reports a form without the right "token" field before its
// first file or URL.
var errNoFormToken = errors.New("no valid token field")

// ingestMultipart stores uploaded files in a private temporary folder and
// ingests them (and an optional "url" field) with the ingest pipeline. With
// needToken, a "token" field must come before any file or URL.
func (s *Server) ingestMultipart(ctx context.Context, r *http.Request, needToken bool, resp *ingestResponse) error {
	mr, err := r.MultipartReader()
	if err != nil {
		return badf("body: %v", err)
	}
	dir, err := os.MkdirTemp("", "storyline-upload-")
	if err != nil {
		return fmt.Errorf("upload folder: %w", err)
	}
	defer os.RemoveAll(dir)
	var inputs []string
	seen := map[string]bool{}
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return err
			}
			return badf("body: %v", err)
		}
		if needToken && part.FormName() != "token" && (part.FormName() == "url" || part.FileName() != "") {
			return errNoFormToken
		}
		switch part.FormName() {
		case "token":
			b, err := io.ReadAll(io.LimitReader(part, 4096))
			if err != nil {
				return err
			}
			if needToken && !s.tokenOK(string(b)) {
				return errNoFormToken
			}
			needToken = false
		case "url":
			b, err := io.ReadAll(io.LimitReader(part, 4096))
			if err != nil {
				return err
			}
			if u := strings.TrimSpace(string(b)); u != "" {
				if err := checkURL(u); err != nil {
					return err
				}
				inputs = append(inputs, u)
			}
		case "file", "files":
			name := safeName(part.FileName())
			for i := 2; seen[name]; i++ {
				name = fmt.Sprintf("%d-%s", i, safeName(part.FileName()))
			}
			seen[name] = true
			p := filepath.Join(dir, name)
			f, err := os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
			if err != nil {
				return fmt.Errorf("upload %s: %w", name, err)
			}
			_, err = io.Copy(f, part)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			inputs = append(inputs, p)
		}
	}
	if len(inputs) == 0 {
		return badf("body: no file or url parts")
	}
	return s.ingestInputs(ctx, inputs, dir, resp)
}

// safeName keeps the base name of an uploaded file, without path parts or
// characters a file system could read as structure. Hidden names lose
// their dot (source.Walk skips hidden files).
func safeName(name string) string {
	name = filepath.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if r < 32 || r == '/' || r == 0x7f {
			return '_'
		}
		return r
	}, name)
	name = strings.TrimLeft(name, ".")
	if !utf8.ValidString(name) || name == "" {
		name = "upload"
	}
	if len(name) > 120 {
		name = name[len(name)-120:]
	}
	return name
}

// ingestInputs runs the ingest pipeline over paths and URLs. Sources under
// uploadDir are renamed "upload/NAME" so no temporary path is stored.
func (s *Server) ingestInputs(ctx context.Context, inputs []string, uploadDir string, resp *ingestResponse) error {
	stages := append([]ingest.Stage(nil), s.opts.Stages...)
	if uploadDir != "" {
		prefix := uploadDir + string(filepath.Separator)
		stages = append([]ingest.Stage{ingest.StageFunc(func(_ context.Context, a *core.Article) error {
			if rest, ok := strings.CutPrefix(a.Source, prefix); ok {
				a.Source = "upload/" + filepath.ToSlash(rest)
			}
			return nil
		})}, stages...)
	}
	opts := ingest.Options{
		Workers:  1,
		MinWords: ingest.MinWords, // as the CLI's ingest and ingestDoc
		Source:   source.Options{AllowPrivate: s.opts.AllowPrivateURLs, FetchTimeout: 20 * time.Second},
		Stages:   stages,
		Progress: func(p ingest.Progress) {
			it := ingestItem{Input: p.Input, ID: p.ID}
			if uploadDir != "" {
				if rest, ok := strings.CutPrefix(it.Input, uploadDir+string(filepath.Separator)); ok {
					it.Input = "upload/" + filepath.ToSlash(rest)
				}
			}
			switch p.Outcome {
			case ingest.Ingested:
				it.Outcome = "ingested"
			case ingest.Duplicate:
				it.Outcome = "duplicate"
			default:
				it.Outcome = "failed"
				if p.Err != nil {
					it.Error = p.Err.Error()
					if errors.Is(p.Err, source.ErrPrivateAddress) {
						it.Error += " (serve --allow-private-urls fetches it)"
					}
				}
				if p.Err != nil && uploadDir != "" {
					// Without uploads (a URL in JSON) the prefix was "/"
					// alone and every slash of the error became "upload/".
					it.Error = strings.ReplaceAll(it.Error, uploadDir+string(filepath.Separator), "upload/")
				}
			}
			resp.add(it)
		},
	}
	_, err := ingest.Run(ctx, s.st, inputs, opts)
	s.fillTitles(ctx, resp)
	return err
}

// fillTitles looks up the stored titles of ingested articles.
func (s *Server) fillTitles(ctx context.Context, resp *ingestResponse) {
	for i, it := range resp.Results {
		if it.ID != 0 && it.Title == "" {
			if a, err := s.st.Article(ctx, it.ID); err == nil {
				resp.Results[i].Title = a.Title
			}
		}
	}
}

// ingestDoc extracts, processes and stores one document given inline.
func (s *Server) ingestDoc(ctx context.Context, doc core.Document, resp *ingestResponse) {
	doc.FetchedAt = time.Now().UTC()
	fail := func(err error) { resp.add(ingestItem{Input: doc.Source, Outcome: "failed", Error: err.Error()}) }
	a, err := extract.New(extract.Options{}).Extract(ctx, doc)
	if err == nil {
		// A body of fewer than ingest.MinWords words is refused, as the
		// CLI's ingest and a file or URL sent here refuse it.
		err = ingest.CheckWords(doc.Source, a.Text, ingest.MinWords)
	}
	if err != nil {
		fail(err)
		return
	}
	for _, st := range s.opts.Stages {
		if err := st.Process(ctx, a); err != nil {
			fail(fmt.Errorf("%s: %w", doc.Source, err))
			return
		}
	}
	res, err := s.st.PutBatch(ctx, []*core.Article{a})
	if err != nil {
		fail(fmt.Errorf("%s: store: %w", doc.Source, err))
		return
	}
	it := ingestItem{Input: doc.Source, ID: res[0].ID, Title: a.Title, Outcome: "ingested"}
	if res[0].Duplicate {
		it.Outcome = "duplicate"
	}
	resp.add(it)
}
