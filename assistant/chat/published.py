"""Corpus PDFs served by the app itself, so that a source links to the exact page.

Streamlit serves the files under the app's ``static/`` folder at ``app/static/…``
(``server.enableStaticServing``) and refuses symlinks out of it, so a cited PDF is
copied there, under ``static/dokument/<path in the corpus>``, when a source is first
drawn, and again when the corpus file changes. Only PDFs are published: an HTML
document served from the app's own address could run script there.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from urllib.parse import quote

from assistant.core.settings import PROJECT_ROOT

log = logging.getLogger(__name__)

STATIC_DIR = PROJECT_ROOT / "static"
FOLDER = "dokument"
URL_PREFIX = "app/static"  # relative, so it works under any server.baseUrlPath
MAX_BYTES = 200 * 1024 * 1024  # Streamlit does not serve larger static files
_PDF_MAGIC = b"%PDF-"


def publish_pdf(corpus_dir: Path, source: str, static_dir: Path = STATIC_DIR) -> str | None:
    """The relative URL of the published copy of ``corpus_dir/source``; None when it is
    no PDF inside the corpus or cannot be published (the chat then offers a download)."""
    path = pdf_in_corpus(corpus_dir, source)
    if path is None:
        return None
    relative = path.relative_to(corpus_dir.resolve())
    target = static_dir / FOLDER / relative
    try:
        stat = path.stat()
        if not _is_current(target, stat):
            target.parent.mkdir(parents=True, exist_ok=True)
            _copy_atomically(path, target, stat)
    except OSError:
        log.warning("could not publish %s to the app's static folder", relative, exc_info=True)
        return None
    return "/".join([URL_PREFIX, FOLDER, *(quote(part) for part in relative.parts)])


def pdf_in_corpus(corpus_dir: Path, source: str) -> Path | None:
    """The corpus file ``source`` when it is a readable PDF inside the corpus folder."""
    root = corpus_dir.resolve()
    path = (root / source).resolve()
    if not path.is_relative_to(root) or path.suffix.lower() != ".pdf" or not path.is_file():
        return None
    try:
        if path.stat().st_size > MAX_BYTES:
            return None
        with path.open("rb") as handle:
            if handle.read(len(_PDF_MAGIC)) != _PDF_MAGIC:
                return None
    except OSError:
        return None
    return path


def page_link(url: str, page: int | None) -> str:
    """The PDF viewer opens ``#page=N`` at that page."""
    return f"{url}#page={page}" if page else url


def _is_current(target: Path, stat: os.stat_result) -> bool:
    try:
        mine = target.stat()
    except FileNotFoundError:
        return False
    return mine.st_size == stat.st_size and mine.st_mtime_ns == stat.st_mtime_ns


def _copy_atomically(path: Path, target: Path, stat: os.stat_result) -> None:
    """Readers never see half a file: copy beside the target, then rename over it."""
    handle, temp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out, path.open("rb") as src:
            shutil.copyfileobj(src, out)
        os.chmod(temp, 0o644)
        os.utime(temp, ns=(stat.st_atime_ns, stat.st_mtime_ns))
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
