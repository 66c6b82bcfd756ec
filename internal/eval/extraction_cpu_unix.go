//go:build unix

package eval

import (
	"syscall"
	"time"
)

// extrCPUTime is the CPU time (user + system) this process has used so far,
// all threads included; 0 when the system does not say.
func extrCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
