package cli

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// repoExamples returns the repository's examples/ folder, skipping the test
// when it has no sample corpus yet.
func repoExamples(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test directory")
		}
		dir = parent
	}
	ex := filepath.Join(dir, "examples")
	if m, _ := filepath.Glob(filepath.Join(ex, "*", "*")); len(m) == 0 {
		t.Skip("examples/ holds no sample corpus")
	}
	return ex
}

// startDemo runs the demo on a free loopback port and returns its URL; the
// demo stops at the end of the test.
func startDemo(t *testing.T) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	urls := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- runDemo(ctx, demoOptions{Corpus: repoExamples(t), Addr: "127.0.0.1:0", Ready: func(u string) { urls <- u }})
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("demo: %v", err)
		}
	})
	select {
	case u := <-urls:
		return strings.TrimSuffix(u, "/")
	case err := <-done:
		t.Fatalf("demo stopped: %v", err)
	case <-time.After(3 * time.Minute):
		t.Fatal("demo did not start")
	}
	return ""
}

func getBody(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

func TestDemoServesTheSampleCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("demo ingests the sample corpus; skipped in -short mode")
	}
	u := startDemo(t)
	code, body := getBody(t, u+"/api/stats")
	var st struct{ Articles, Quotes int }
	if err := json.Unmarshal([]byte(body), &st); err != nil || code != 200 || st.Articles < 10 {
		t.Fatalf("stats = %d %s", code, body)
	}
	code, body = getBody(t, u+"/api/stories")
	if code != 200 || !strings.Contains(body, `"stories":[{`) {
		t.Errorf("stories = %d %.200s", code, body)
	}
	for _, p := range []string{"/", "/storylines", "/entities", "/search?q=strike", "/ingest"} {
		if code, body := getBody(t, u+p); code != 200 || !strings.Contains(body, "</html>") {
			t.Errorf("GET %s = %d", p, code)
		}
	}
	if code, _ := getBody(t, u+"/search?q=%22unbalanced"); code != 400 {
		t.Errorf("bad search = %d, want 400", code)
	}
}

func TestDemoInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := ""
	for _, name := range []string{os.Getenv("STORYLINE_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no chromium binary found (apt-get install chromium, or set STORYLINE_CHROMIUM)")
	}
	u := startDemo(t)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox,
		chromedp.DisableGPU, chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900))
	defer cancelA()
	ctx, cancelC := chromedp.NewContext(actx)
	defer cancelC()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	var dialogs atomic.Int32 // alert() from a payload would open one
	if err := chromedp.Listen(ctx, func(ev any) {
		if _, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			dialogs.Add(1)
		}
	}); err != nil {
		t.Skipf("chromium does not start: %v", err)
	}

	// Open the demo, follow the first story, then its first article.
	err := chromedp.Do(ctx,
		chromedp.Navigate(u+"/"),
		chromedp.WaitVisible(chromedp.CSS(`ol.stories a.title`)),
		chromedp.Click(chromedp.CSS(`ol.stories a.title`)),
		chromedp.WaitVisible(chromedp.CSS(`section.brief`)),
		chromedp.Click(chromedp.CSS(`ol.cards a.title`)),
		chromedp.WaitVisible(chromedp.CSS(`article.article .body p`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	// Search, and open the hit about the tax portal flaw, whose title and
	// body carry <script> and <img onerror> payloads.
	err = chromedp.Do(ctx,
		chromedp.Navigate(u+"/search"),
		chromedp.SendKeys(chromedp.CSS(`input[name=q]`), "tax portal\n"),
		chromedp.WaitVisible(chromedp.CSS(`li.hit a.title`)),
		chromedp.Click(chromedp.Search(`//li[contains(@class, "hit")]//a[contains(., "script")]`)),
		chromedp.WaitVisible(chromedp.CSS(`article.article h1`)),
		chromedp.Sleep(300*time.Millisecond),
	)
	if err != nil {
		t.Fatal(err)
	}
	h1, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`article.article h1`)))
	if err != nil {
		t.Fatal(err)
	}
	body, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`article.article .body`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h1, "<script>alert(1)</script>") || !strings.Contains(body, "<img src=x onerror=alert(1)>") {
		t.Errorf("payloads not shown as text: h1 %q", h1)
	}
	if n := dialogs.Load(); n != 0 {
		t.Errorf("%d JavaScript dialogs opened: a payload ran", n)
	}
	if d := os.Getenv("STORYLINE_SHOTS"); d != "" {
		for name, p := range map[string]string{"demo-home": "/", "demo-storylines": "/storylines", "demo-story": "/stories/1",
			"demo-search": "/search?q=strike", "demo-entity": "/entities/Ana%20Kovrin", "demo-article": "/articles/14", "demo-article4": "/articles/4"} {
			for _, w := range []int64{1280, 390} {
				if err := chromedp.Do(ctx, chromedp.EmulateViewport(w, 900), chromedp.Navigate(u+p), chromedp.WaitReady(chromedp.CSS(`footer.site`))); err != nil {
					t.Fatal(err)
				}
				png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
				if err != nil {
					t.Fatal(err)
				}
				suffix := "-desktop.png"
				if w < 600 {
					suffix = "-phone.png"
				}
				if err := os.WriteFile(filepath.Join(d, name+suffix), png, 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
	}
}
