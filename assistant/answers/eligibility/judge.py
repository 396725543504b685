"""Placeholder: the verdict is built in the next step."""

from __future__ import annotations

from collections.abc import Sequence

from assistant.answers.compose import Draft
from assistant.answers.explanation import Explanation
from assistant.answers.question import Question
from assistant.index.reader import IndexReader


def verdict_block(
    draft: Draft, reader: IndexReader, places: Sequence[str], q: Question, ex: Explanation
) -> None:
    return None
