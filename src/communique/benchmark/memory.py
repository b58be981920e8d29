"""A process's own peak resident memory.

``getrusage(RUSAGE_SELF).ru_maxrss`` is the wrong figure for a process started by another:
Linux keeps it across ``fork`` and ``execve``, so a worker spawned by a 900 MB benchmark
reports at least 900 MB whatever it uses itself. ``VmHWM`` in ``/proc/self/status`` is the
high-water mark of this process's own address space, which ``execve`` starts afresh.
"""

from __future__ import annotations

import resource
import sys


def own_peak_rss_mb() -> float:
    """Peak resident memory of this process's own address space, in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024, 1)
