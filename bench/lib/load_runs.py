"""What the load benchmarks (``bench/load.py``, ``bench/load_browser.py``) share around a
run: the questions they ask, an offline scratch folder, and how a run ends (the first
errors on stderr, the summary as JSON, the exit status)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def dev_questions() -> list[tuple[str, str | None]]:
    """The questions of ``tests/data/*questions.jsonl``, each with its municipality."""
    out = []
    for path in sorted((ROOT / "tests" / "data").glob("*questions.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                out.append((q["question"], q.get("municipality")))
    return out


@contextmanager
def offline_scratch(prefix: str) -> Iterator[Path]:
    """A fresh temp folder, removed afterwards; the model hub is kept offline meanwhile
    (unless the caller's environment says otherwise)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    root = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield root
    finally:
        shutil.rmtree(root, ignore_errors=True)


def finish(errors: list[str], summary: dict[str, Any], json_path: Path | None) -> int:
    """Print the first five errors to stderr, write ``summary`` to ``json_path`` when one
    is given; the exit status (1 when there was any error)."""
    for error in errors[:5]:
        print(f"ERROR {error}", file=sys.stderr)
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(summary, ensure_ascii=False, indent=1), "utf-8")
    return 1 if errors else 0
