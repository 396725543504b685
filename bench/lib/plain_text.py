"""Plain text of a corpus file (PDF, Word, HTML or text), read independently of the
engine's loaders: the checks of the unseen sets (``bench/lib/scoring.py``,
``tests/data/unseen/build.py --check``) must not trust the code they check."""

from __future__ import annotations

import html
import re
from pathlib import Path


def plain_text(path: Path, errors: str = "strict") -> str:
    """The text of ``path``; ``errors`` is how undecodable bytes of a text file are read
    (as for ``str.decode``)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from pypdf import PdfReader  # in the project's venv

        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    if suffix == ".docx":
        import docx  # python-docx, in the project's venv

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    raw = path.read_text(encoding="utf-8", errors=errors)
    if suffix in (".html", ".htm"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return raw
