#pragma once

// The process's resident memory, as Linux reports it (/proc and getrusage): the benchmark is a
// developer's tool for Linux; elsewhere the figures read 0.
namespace ProcessMemory {

// Starts a new peak (writes 5 to /proc/self/clear_refs); false where the kernel does not allow it.
bool resetPeak();
bool canResetPeak();
// The peak since the last reset (VmHWM), in MB.
double peakMegabytes();
// The peak since the process started (ru_maxrss), in MB.
double lifetimePeakMegabytes();

} // namespace ProcessMemory
