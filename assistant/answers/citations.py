"""Numbering the passages an answer quotes, and the citation records that prove it."""

from __future__ import annotations

from assistant.core.documents import Chunk
from assistant.core.records import Citation

_FULL_QUOTE_CHARS = 900


class CitationBook:
    """Numbers passages in order of first use and remembers what was quoted from each."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._chunks: list[Chunk] = []
        self._quotes: dict[int, list[str]] = {}

    def cite(self, chunk: Chunk, quote: str | None = None) -> int:
        number = self._ids.get(chunk.chunk_id)
        if number is None:
            self._chunks.append(chunk)
            number = self._ids[chunk.chunk_id] = len(self._chunks)
            self._quotes[number] = []
        if quote and quote not in self._quotes[number]:
            self._quotes[number].append(quote)
        return number

    @property
    def cited(self) -> list[tuple[int, Chunk]]:
        return list(enumerate(self._chunks, start=1))

    def citations(self, dates: dict[str, str | None] | None = None) -> list[Citation]:
        """The citation records; ``dates`` gives each source's own date (by path)."""
        out = []
        for number, chunk in enumerate(self._chunks, start=1):
            quotes = self._quotes[number]
            if len(chunk.text) <= _FULL_QUOTE_CHARS or not quotes:
                quote = chunk.text[: _FULL_QUOTE_CHARS * 2]
            else:
                quote = " … ".join(quotes)
            out.append(
                Citation(
                    id=number,
                    source=chunk.source,
                    title=chunk.title,
                    municipality=chunk.municipality,
                    page=chunk.page,
                    url=chunk.source_url,
                    date=(dates or {}).get(chunk.source, chunk.date),
                    quote=quote,
                )
            )
        return out
