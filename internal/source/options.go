package source

import (
	"io"
	"net/http"
	"time"
)

// DefaultUserAgent is the User-Agent sent when Options.UserAgent is empty.
const DefaultUserAgent = "storyline/0.1 (+https://github.com/storyline/storyline)"

// Defaults applied by SetDefaults to zero fields.
const (
	DefaultMaxDocBytes  = 50 << 20
	DefaultFetchTimeout = 30 * time.Second
	DefaultMaxRedirects = 5
	DefaultMaxGzipRatio = 200
)

// Options tunes Walk. The zero value works: SetDefaults fills every zero field.
type Options struct {
	// MaxDocBytes bounds one document: a file, a JSON line, a WARC record,
	// a fetched page, a feed. Larger input is an error wrapping
	// core.ErrTooLarge. Default 50 MiB.
	MaxDocBytes int64
	// MaxGzipRatio bounds how much a gzip stream may expand: past 16 MiB of
	// output, more than MaxGzipRatio output bytes per compressed byte is
	// treated as a gzip bomb (an error wrapping core.ErrTooLarge). Text and
	// HTML rarely compress beyond 20:1. Default 200.
	MaxGzipRatio int64
	// HTTP is the client used for URLs and feed items. When nil, Walk builds
	// one that refuses private addresses (unless AllowPrivate) and honours
	// FetchTimeout and MaxRedirects. A caller's client is used as given,
	// except that a nil CheckRedirect gets the MaxRedirects limit.
	HTTP *http.Client
	// UserAgent is sent with every request. Default DefaultUserAgent.
	UserAgent string
	// FetchTimeout bounds one fetch, body included. Default 30s.
	FetchTimeout time.Duration
	// MaxRedirects bounds the redirects one fetch follows. Default 5;
	// negative means none.
	MaxRedirects int
	// AllowPrivate lets fetches reach loopback, private and link-local
	// addresses (tests, intranets). Off by default.
	AllowPrivate bool
	// FetchFeedItems fetches the pages of items in feeds read from files or
	// stdin. Items of a feed read from a URL are always fetched.
	FetchFeedItems bool
	// Now stamps Document.FetchedAt for fetched pages. Default time.Now.
	Now func() time.Time
	// Stdin is read for the input "-". Default os.Stdin.
	Stdin io.Reader
}

// SetDefaults fills the zero fields of o with their defaults.
func (o *Options) SetDefaults() {
	if o.MaxDocBytes <= 0 {
		o.MaxDocBytes = DefaultMaxDocBytes
	}
	if o.MaxGzipRatio <= 0 {
		o.MaxGzipRatio = DefaultMaxGzipRatio
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	if o.FetchTimeout <= 0 {
		o.FetchTimeout = DefaultFetchTimeout
	}
	if o.MaxRedirects == 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.Now == nil {
		o.Now = time.Now
	}
}
