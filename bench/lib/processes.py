"""What a running child process is doing, read from /proc: whether it holds a flock (the
ingest lock) or has Chroma's SQLite file open. The crash loop aims its kills with these."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def lock_holders() -> set[str]:
    """Pids holding a flock, from /proc/locks ("1: FLOCK ADVISORY WRITE <pid> ...")."""
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return set()
    return {f[4] for f in (line.split() for line in lines) if len(f) > 4 and f[1] == "FLOCK"}


def has_chroma_open(pid: int) -> bool:
    """Whether the process has Chroma's SQLite file open (Chroma is loaded, writes follow)."""
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(fd).endswith("chroma.sqlite3"):
                return True
        except OSError:
            continue
    return False


def wait_for(proc: subprocess.Popen[str], what: str, timeout: float = 120.0) -> None:
    """Wait until ``proc`` holds the ingest lock (``what="lock"``) or has opened Chroma
    (``what="chroma"``), or has exited."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and time.monotonic() < deadline:
        if what == "lock" and str(proc.pid) in lock_holders():
            return
        if what == "chroma" and has_chroma_open(proc.pid):
            return
        time.sleep(0.005)
