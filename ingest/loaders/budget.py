"""The text budget of one file: loaders spend it as they extract, and stop once over it."""

from __future__ import annotations

from ingest.errors import TextTooLongError


class TextBudget:
    """Characters one file's text may take (``max_text_chars``).

    Spent while extracting, so a file whose text balloons (a table whose merged cells
    repeat one huge cell on every row, a PDF of enormous content streams) stops at the
    limit instead of after minutes and gigabytes.
    """

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.used = 0

    def spend(self, text: str, where: str) -> None:
        """Count ``text``; raise TextTooLongError naming ``where`` ("page 3") once over."""
        self.used += len(text)
        if self.used > self.max_chars:
            raise TextTooLongError(
                f"text is over {_limit(self.max_chars)}; reading stopped at {where}"
            )


def check_text_length(text: str, max_chars: int) -> None:
    """Raise TextTooLongError when a whole extracted text is over the limit."""
    if len(text) > max_chars:
        raise TextTooLongError(f"text is {len(text):,} characters, over {_limit(max_chars)}")


def _limit(max_chars: int) -> str:
    return f"the {max_chars:,} character limit (max_text_chars)"
