package cli

import (
	"bytes"
	"context"
	"net"
	"net/http"
	"strings"
	"testing"

	"github.com/storyline/storyline/internal/server"
	"github.com/storyline/storyline/internal/store"
)

func TestListenForcesLoopbackWithoutToken(t *testing.T) {
	tests := []struct {
		addr, token string
		loopback    bool
		says        string
	}{
		{"0.0.0.0:0", "", true, "listening on loopback only"},
		{":0", "", true, "listening on loopback only"},
		{"127.0.0.1:0", "", true, "loopback only"},
		{"127.0.0.1:0", "tok", true, ""},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		ln, err := listen(tt.addr, tt.token, &out)
		if err != nil {
			t.Fatalf("listen(%q): %v", tt.addr, err)
		}
		host, _, _ := net.SplitHostPort(ln.Addr().String())
		ln.Close()
		if ip := net.ParseIP(host); tt.loopback && (ip == nil || !ip.IsLoopback()) {
			t.Errorf("listen(%q, token %q) bound %s, want loopback", tt.addr, tt.token, host)
		}
		if !strings.Contains(out.String(), tt.says) || (tt.says == "" && out.Len() != 0) {
			t.Errorf("listen(%q, token %q) said %q, want %q", tt.addr, tt.token, out.String(), tt.says)
		}
	}
}

func TestServeStopsWithContext(t *testing.T) {
	st, err := store.Open(context.Background(), ":memory:", store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out bytes.Buffer
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, st, server.Options{}, "127.0.0.1:0", &out, func(u string) {
			if resp, err := httpGet(u + "api/stats"); err != nil || resp != 200 {
				t.Errorf("GET stats: %d %v", resp, err)
			}
			cancel()
		})
	}()
	if err := <-done; err != nil {
		t.Fatalf("serve: %v", err)
	}
	if !strings.Contains(out.String(), "serving http://127.0.0.1:") {
		t.Errorf("output %q lacks the URL", out.String())
	}
}

func httpGet(u string) (int, error) {
	resp, err := http.Get(u)
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}
