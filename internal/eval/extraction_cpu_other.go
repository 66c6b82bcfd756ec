//go:build !unix

package eval

import "time"

// extrCPUTime is unknown on this system.
func extrCPUTime() time.Duration { return 0 }
