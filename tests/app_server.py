"""The chat served for a browser: ``streamlit run app.py`` on 127.0.0.1 against given
settings, and Debian's Chromium that drives it. Shared by tests/test_app_browser.py and
bench/load_browser.py (the bench scripts put tests/ on ``sys.path``)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

from conftest import free_port

from assistant.core.settings import PROJECT_ROOT, Settings

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
STREAMLIT = Path(sys.executable).with_name("streamlit")
HEALTHY_WITHIN_S = 120
LOCAL_HOSTS = {"127.0.0.1", "localhost", ""}


def chromium_missing() -> str | None:
    """Why the browser cannot run, or None when Debian's Chromium is installed."""
    if CHROMIUM.exists():
        return None
    return (
        f"{CHROMIUM} is missing. Install Debian's browser with "
        "`apt-get update && apt-get install -y chromium` (do not download one)."
    )


def is_external(url: str) -> bool:
    """Whether a request of the page leaves the machine (the chat must make none)."""
    host = urlparse(url).hostname or ""
    return url.startswith(("http:", "https:", "ws:", "wss:")) and host not in LOCAL_HOSTS


@contextmanager
def running_app(settings: Settings, log: Path) -> Iterator[str]:
    """The app of this checkout served on a free port, healthy; its URL. ``IOP_*`` comes
    from ``settings`` only (none from the caller's environment); output goes to ``log``.
    The server is stopped on leaving."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("IOP_")}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        IOP_DATA_DIR=str(settings.data_dir),
        IOP_CORPUS_DIR=str(settings.corpus_dir),
        IOP_EMBEDDING_MODEL=settings.embedding_model,
    )
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [
                str(STREAMLIT),
                "run",
                "app.py",
                "--server.address",
                "127.0.0.1",
                "--server.port",
                str(port),
                "--server.headless",
                "true",
            ],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_healthy(url, process, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + HEALTHY_WITHIN_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(
        f"streamlit did not become healthy within {HEALTHY_WITHIN_S} s:\n{log.read_text()}"
    )
