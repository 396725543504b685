"""Text that tries to steer the assistant: in a question (refused) or in a document
passage (never retrieved or quoted). One reading for both, with its words in
``assistant/data/steering.yaml``."""

from __future__ import annotations

import re

from assistant.core.swedish.cues import matcher

_HIDDEN = re.compile(r"<!--.*?(-->|$)", re.DOTALL)
_ROLE_LINE = re.compile(
    r"^\s*(system|assistant|user|instruction|instruktion)\s*:.*$", re.IGNORECASE | re.MULTILINE
)


def visible_question(text: str) -> str:
    """The question without HTML comments and fake role lines ("SYSTEM: …"): text a
    person cannot see or did not mean as a question is dropped rather than obeyed."""
    return " ".join(_ROLE_LINE.sub(" ", _HIDDEN.sub(" ", text)).split())


def injection_cue(text: str) -> str | None:
    """The phrase that makes ``text`` an attempt to steer the assistant, if any."""
    return matcher("steering.yaml", "imperatives").first(text)


def addresses_the_assistant(text: str) -> bool:
    """Whether a document passage is written to the assistant instead of to a reader: a
    fake role line, words addressed to the assistant, or an imperative that steers it."""
    return bool(
        _ROLE_LINE.search(text)
        or matcher("steering.yaml", "addressed")(text)
        or injection_cue(text)
    )
