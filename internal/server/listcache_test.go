package server

import (
	"errors"
	"testing"
	"time"
)

func TestListCache(t *testing.T) {
	now := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newListCache(3*time.Second, func() time.Time { return now })
	calls := 0
	fill := func() (any, error) { calls++; return calls, nil }
	steps := []struct {
		advance time.Duration
		clear   bool
		want    int
	}{
		{0, false, 1}, {time.Second, false, 1}, {3 * time.Second, false, 2}, {0, true, 3}, {0, false, 3},
	}
	for i, st := range steps {
		now = now.Add(st.advance)
		if st.clear {
			c.clear()
		}
		v, err := c.get("k", fill)
		if err != nil || v.(int) != st.want {
			t.Errorf("step %d: %v %v, want %d", i, v, err, st.want)
		}
	}
	if _, err := c.get("e", func() (any, error) { return nil, errors.New("x") }); err == nil {
		t.Error("error not returned")
	}
	if v, _ := c.get("e", func() (any, error) { return 7, nil }); v.(int) != 7 {
		t.Error("an error was cached")
	}
	var off *listCache
	if v, _ := off.get("k", fill); v.(int) != 4 {
		t.Errorf("nil cache: %v", v)
	}
	off.clear()
}

func TestListCacheStaleWhileRefreshing(t *testing.T) {
	now := time.Date(2031, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newListCache(time.Second, func() time.Time { return now })
	c.get("k", func() (any, error) { return 1, nil })
	now = now.Add(2 * time.Second)
	inside := make(chan struct{})
	release := make(chan struct{})
	done := make(chan any)
	go func() {
		v, _ := c.get("k", func() (any, error) { close(inside); <-release; return 2, nil })
		done <- v
	}()
	<-inside
	// While the refresh runs, others get the stale value without waiting.
	if v, _ := c.get("k", func() (any, error) { t.Error("second refresh"); return 3, nil }); v.(int) != 1 {
		t.Errorf("during refresh: %v, want the stale 1", v)
	}
	close(release)
	if v := <-done; v.(int) != 2 {
		t.Errorf("refresher got %v", v)
	}
	if v, _ := c.get("k", func() (any, error) { return 4, nil }); v.(int) != 2 {
		t.Errorf("after refresh: %v, want 2", v)
	}
}
