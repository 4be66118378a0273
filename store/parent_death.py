"""Worker processes that end when the process that started them does.

The ingest pool's workers wait for work on a pipe the parent shares with them. If the parent is
stopped with SIGTERM or SIGKILL (a job manager, ``kill``, a closed terminal's session), nothing tells
them: they would sleep under init for ever, each holding its share of the corpus in memory. Ctrl-C
reaches the whole process group and needs none of this.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def end_with_parent(parent_pid: int) -> None:
    """Have the kernel send this process SIGTERM when its parent ends (Linux); leave now if it already has.

    Elsewhere nothing is set up: the workers then end as before, when the pool is shut down.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent ended before the request was made: no signal will come
        os._exit(1)
