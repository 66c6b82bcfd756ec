package server

import (
	"context"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// findChromium returns a headless-capable Chromium binary, or "".
func findChromium() string {
	if p := os.Getenv("STORYLINE_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts headless Chromium with a private profile; it skips the
// test when no Chromium is installed.
func newBrowser(t *testing.T) (context.Context, func() []string) {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := findChromium()
	if bin == "" {
		t.Skip("no chromium binary found (apt-get install chromium, or set STORYLINE_CHROMIUM)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	// Console errors and log entries (CSP violations among them) are
	// collected for the test to check.
	var mu sync.Mutex
	var console []string
	note := func(s string) { mu.Lock(); console = append(console, s); mu.Unlock() }
	err := chromedp.Listen(ctx, func(ev any) {
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			note("exception: " + e.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError {
				note("console.error")
			}
		case *cdplog.EventEntryAdded:
			if e.Entry != nil && e.Entry.Level == cdplog.EntryLevelError && e.Entry.Source != cdplog.EntrySourceNetwork { // 400 pages are expected
				note("log: " + e.Entry.Text)
			}
		}
	})
	if err != nil {
		t.Skipf("chromium %s does not start: %v", bin, err)
	}
	if _, err := chromedp.Call(ctx, cdplog.Enable, cdp.Empty{}); err != nil {
		t.Fatal(err)
	}
	return ctx, func() []string { mu.Lock(); defer mu.Unlock(); return append([]string(nil), console...) }
}

// shotDir is where screenshots go: $STORYLINE_SHOTS when set, else a
// temporary folder.
func shotDir(t *testing.T) string {
	if d := os.Getenv("STORYLINE_SHOTS"); d != "" {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
		return d
	}
	return t.TempDir()
}

func TestBrowser(t *testing.T) {
	ctx, console := newBrowser(t)
	srv := httptest.NewServer(New(newTestStore(t), Options{}))
	defer srv.Close()
	u := srv.URL

	t.Run("follow a story and an article from the home page", func(t *testing.T) {
		err := chromedp.Do(ctx,
			chromedp.Navigate(u+"/"),
			chromedp.WaitVisible(chromedp.CSS(`ol.stories a.title`)),
			chromedp.Click(chromedp.Search(`//ol[contains(@class, "stories")]//a[contains(., "Harbour talks resume")]`)),
			chromedp.WaitVisible(chromedp.CSS(`section.brief`)),
			chromedp.Click(chromedp.Search(`//ol[contains(@class, "cards")]//a[contains(., "Harbour talks resume")]`)),
			chromedp.WaitVisible(chromedp.CSS(`article.article h1`)),
		)
		if err != nil {
			t.Fatal(err)
		}
		h1, err1 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`article.article h1`)))
		quote, err2 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.body .quote`)))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if h1 != "Harbour talks resume in Veldmark" || quote != "We will return to the table," {
			t.Errorf("article page: h1 %q, quote %q", h1, quote)
		}
	})

	t.Run("search", func(t *testing.T) {
		err := chromedp.Do(ctx,
			chromedp.Navigate(u+"/search"),
			chromedp.WaitVisible(chromedp.CSS(`input[name=q]`)),
			chromedp.SendKeys(chromedp.CSS(`input[name=q]`), "harbour\n"),
			chromedp.WaitVisible(chromedp.CSS(`li.hit`)),
		)
		if err != nil {
			t.Fatal(err)
		}
		count, err1 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.results-count`)))
		mark, err2 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`li.hit .snippet mark`)))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if count != "2 matches" || !strings.EqualFold(mark, "harbour") {
			t.Errorf("search: count %q, first mark %q", count, mark)
		}
	})

	t.Run("hostile article renders as text and runs nothing", func(t *testing.T) {
		for _, page := range []string{"/articles/4", "/", "/search?q=council", "/search?q=harbour", "/entities", "/storylines", "/stories/4", "/storylines/4"} {
			err := chromedp.Do(ctx,
				chromedp.Navigate(u+page),
				chromedp.WaitReady(chromedp.CSS(`footer.site`)),
				chromedp.Sleep(200*time.Millisecond), // let any onerror fire
			)
			if err != nil {
				t.Fatalf("%s: %v", page, err)
			}
			pwned, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.__pwned !== undefined`))
			if err != nil {
				t.Fatalf("%s: %v", page, err)
			}
			if pwned {
				t.Errorf("%s: a payload ran (window.__pwned is set)", page)
			}
			if page != "/articles/4" {
				continue
			}
			text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`main`)))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"<script>window.__pwned=1</script>", `<img src=x onerror="window.__pwned=2">`, "<script>window.__pwned=3</script>"} {
				if !strings.Contains(text, want) {
					t.Errorf("%s: payload text %q not visible as text", page, want)
				}
			}
		}
	})

	t.Run("ingest page uploads with progress", func(t *testing.T) {
		f := filepath.Join(t.TempDir(), "keepers.html")
		if err := os.WriteFile(f, []byte(fictionalPage), 0o644); err != nil {
			t.Fatal(err)
		}
		err := chromedp.Do(ctx,
			chromedp.Navigate(u+"/ingest"),
			chromedp.WaitVisible(chromedp.CSS(`#ingest`)),
			chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), []string{f}),
			chromedp.Click(chromedp.CSS(`#ingest button`)),
			chromedp.WaitVisible(chromedp.CSS(`#results li a`)),
		)
		if err != nil {
			t.Fatal(err)
		}
		outcome, err1 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#results li .outcome`)))
		status, err2 := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`#status`)))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		if !strings.EqualFold(outcome, "ingested") || !strings.HasPrefix(status, "Done: 1 of 1") {
			t.Errorf("ingest: outcome %q, status %q", outcome, status)
		}
	})

	t.Run("screenshots", func(t *testing.T) {
		dir := shotDir(t)
		pages := map[string]string{"home": "/", "story": "/stories/1", "storylines": "/storylines", "storyline": "/storylines/1", "article": "/articles/1", "hostile": "/articles/4", "entity": "/entities/Anna%20Lorvik",
			"search": "/search?q=harbour+OR+ferry", "ingest": "/ingest", "entities": "/entities", "bad-search": "/search?q=%22harbour"}
		for _, width := range []int64{1280, 390} {
			for name, page := range pages {
				err := chromedp.Do(ctx,
					chromedp.EmulateViewport(width, 900),
					chromedp.Navigate(u+page),
					chromedp.WaitReady(chromedp.CSS(`footer.site`)),
				)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				if len(png) < 1000 {
					t.Errorf("%s: screenshot of %d bytes", name, len(png))
				}
				if err := os.WriteFile(filepath.Join(dir, name+"-"+itoa(int(width))+".png"), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	})

	if c := console(); len(c) > 0 {
		t.Errorf("browser console errors (CSP violations or script errors): %q", c)
	}
}
