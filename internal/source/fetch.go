package source

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/storyline/storyline/internal/core"
)

// ErrPrivateAddress reports a fetch refused because the host resolved to a
// loopback, private, link-local or otherwise non-public address.
var ErrPrivateAddress = errors.New("refusing to fetch a private, loopback or link-local address")

// cgnat is the shared address space (RFC 6598), not public either.
var cgnat = netip.MustParsePrefix("100.64.0.0/10")

// newClient returns the HTTP client for o and a function releasing its idle
// connections.
func newClient(o *Options) (*http.Client, func()) {
	redirects := func(req *http.Request, via []*http.Request) error {
		if o.MaxRedirects < 0 {
			return http.ErrUseLastResponse
		}
		if len(via) > o.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", o.MaxRedirects)
		}
		return nil
	}
	if o.HTTP != nil {
		c := *o.HTTP
		if c.CheckRedirect == nil {
			c.CheckRedirect = redirects
		}
		return &c, func() {}
	}
	dialer := &net.Dialer{Timeout: min(o.FetchTimeout, 15*time.Second), KeepAlive: 30 * time.Second}
	if !o.AllowPrivate {
		dialer.Control = refusePrivate
	}
	tr := &http.Transport{
		Proxy:                 nil, // a proxy would hide the address we check
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   min(o.FetchTimeout, 15*time.Second),
		ResponseHeaderTimeout: o.FetchTimeout,
		MaxIdleConns:          16,
		IdleConnTimeout:       30 * time.Second,
		ForceAttemptHTTP2:     true,
	}
	return &http.Client{Transport: tr, CheckRedirect: redirects}, tr.CloseIdleConnections
}

// refusePrivate is a net.Dialer Control function: it runs after name
// resolution for every connection, redirects included, and refuses
// addresses that are not public.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return fmt.Errorf("%s: %w", address, ErrPrivateAddress)
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return fmt.Errorf("%s: %w", address, ErrPrivateAddress)
	}
	ip = ip.Unmap()
	if !ip.IsGlobalUnicast() || ip.IsPrivate() || cgnat.Contains(ip) ||
		(ip.Is4() && ip.As4()[0] == 0) {
		return fmt.Errorf("%s: %w", ip, ErrPrivateAddress)
	}
	return nil
}

// fetched is one HTTP response body.
type fetched struct {
	body  []byte
	ctype string
	url   string // after redirects
	at    time.Time
}

// fetch GETs u with the walk's limits.
func (w *walker) fetch(ctx context.Context, u string) (*fetched, error) {
	ctx, cancel := context.WithTimeout(ctx, w.opts.FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", w.opts.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml;q=0.9,application/xml;q=0.8,text/plain;q=0.8,*/*;q=0.5")
	resp, err := w.client.Do(req)
	if err != nil {
		return nil, w.fetchErr(ctx, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > w.opts.MaxDocBytes {
		return nil, fmt.Errorf("%d bytes, over the %d-byte document limit: %w", resp.ContentLength, w.opts.MaxDocBytes, core.ErrTooLarge)
	}
	body, err := readLimited(resp.Body, w.opts.MaxDocBytes)
	if err != nil {
		return nil, w.fetchErr(ctx, err)
	}
	return &fetched{body: body, ctype: resp.Header.Get("Content-Type"), url: resp.Request.URL.String(), at: w.opts.Now()}, nil
}

// fetchErr makes a fetch error readable: no repeated URL, timeouts named.
func (w *walker) fetchErr(ctx context.Context, err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("timed out after %s: %w", w.opts.FetchTimeout, err)
	}
	return err
}

// url fetches one URL and reads what it returns; name is the Source.
func (w *walker) url(ctx context.Context, name, u string) error {
	f, err := w.fetch(ctx, u)
	if err != nil {
		return w.fail(name, err)
	}
	k := kindUnknown
	mt, _, _ := mime.ParseMediaType(f.ctype)
	switch {
	case mt == "text/html" || mt == "application/xhtml+xml":
		k = kindHTML
	case mt == "text/plain":
		k = kindText
	case strings.Contains(mt, "rss") || strings.Contains(mt, "atom"):
		k = kindFeed
	case strings.HasSuffix(mt, "xml"):
		k = kindXML
	case mt == "" || mt == "application/octet-stream" || strings.HasPrefix(mt, "text/") ||
		strings.Contains(mt, "json") || strings.Contains(mt, "gzip") || strings.Contains(mt, "warc"):
		k = kindUnknown
	default:
		return w.fail(name, fmt.Errorf("content type %q: %w", mt, core.ErrUnsupportedFormat))
	}
	o := origin{name: name, url: f.url, ctype: f.ctype, fetchedAt: f.at, fetchItems: true, size: int64(len(f.body))}
	if err := w.stream(ctx, o, bufio.NewReader(bytes.NewReader(f.body)), k); err != nil {
		return w.fail(name, err)
	}
	return nil
}
