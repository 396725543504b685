"""Screening at ingest: properties of a passage that decide whether answers may use it.

Computed once per chunk and stored with it (``Chunk.untrusted``, ``Chunk.foreign``), so
that no question pays for them:

- untrusted: the passage speaks to the assistant instead of to a reader (fake role lines,
  words addressed to "assistenten", steering imperatives; ``core/steering.py``). It is
  never retrieved, quoted or used.
- foreign: a passage in one municipality's document that names other bodies and never
  its own ("Mora kommuns kriterier …" in Ystad's folder). It is not quoted as that
  municipality's word.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.core import municipalities
from assistant.core.documents import Chunk
from assistant.core.steering import addresses_the_assistant

_ORGANISATION_WORD = re.compile(r"\b(?:kommuns?|stads?|region|regionens?|län|stad)\b", re.I)


def screen(chunk: Chunk) -> Chunk:
    """The chunk with its screening flags set."""
    return replace(
        chunk, untrusted=addresses_the_assistant(chunk.text), foreign=speaks_for_another(chunk)
    )


def speaks_for_another(chunk: Chunk) -> bool:
    """A passage of one municipality's document that names other bodies and never its own
    ("Mora kommuns kriterier …" in Ystad's folder): it is not about the municipality whose
    folder it stands in, so it is not quoted as that municipality's word."""
    if not chunk.municipality:
        return False
    text = " ".join([chunk.title, *chunk.heading_path, chunk.text])
    # Cheap tests first (full detection costs milliseconds): a passage that names its own
    # municipality, or no body at all in the organisation form, speaks for no other.
    if chunk.municipality.lower() in text.lower() or not _ORGANISATION_WORD.search(text):
        return False
    named = {m.name for m in municipalities.mentions(text) if m.form == "organisation"}
    # The region of its own county (or, in a region's document, a kommun of it) is the
    # other party of shared duties ("insatser som Region Västernorrland ansvarar för"),
    # named by a passage that still speaks for its own municipality.
    others = {n for n in named if not _same_county(n, chunk.municipality)}
    return bool(others) and chunk.municipality not in set(municipalities.detect(text))


def _same_county(name: str, own: str) -> bool:
    return own == municipalities.region_of(name) or name == municipalities.region_of(own)
