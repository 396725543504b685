"""The sources of an answer as a layperson checks them: one entry per document, with a
plain name, its date (or that it has none), where to read it, and the quoted passages.

An answer often cites one document several times ([1], [2], [3] from the same page);
those become one entry with its passages, each under its citation number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from assistant.chat.links import safe_https_url
from assistant.core import municipalities
from assistant.core.records import Citation
from assistant.core.swedish.dates import spoken_date


@dataclass(frozen=True)
class Passage:
    number: int  # the citation number the answer shows, [n]
    quote: str  # the document's words, to be shown as text
    page: int | None = None


@dataclass(frozen=True)
class SourceEntry:
    source: str  # the file, relative to the corpus folder
    name: str  # "Malmö stad: Idéburet offentligt partnerskap …"
    date: str | None  # "1 juni 2023", or None when the document has no date
    url: str | None  # the published page (validated https), or None
    is_pdf: bool
    passages: tuple[Passage, ...]

    @property
    def numbers(self) -> list[int]:
        return [p.number for p in self.passages]

    @property
    def first_page(self) -> int | None:
        return next((p.page for p in self.passages if p.page is not None), None)


def plain_name(title: str, municipality: str | None) -> str:
    """The publisher and the title: "Malmö stad: Idéburet offentligt partnerskap …"."""
    title = " ".join(title.split())
    if not municipality:
        return title
    publisher = municipalities.organisation(municipality)
    if municipality.casefold() in title.casefold() or publisher.casefold() in title.casefold():
        return title
    return f"{publisher}: {title}"


def swedish_date(iso: str | None) -> str | None:
    """ "2023-06-01" -> "1 juni 2023"; another form is shown as given."""
    return spoken_date(iso) if iso else None


def source_entries(citations: Iterable[Citation]) -> list[SourceEntry]:
    """One entry per cited document, in the order of their first citation."""
    grouped: dict[str, list[Citation]] = {}
    for c in sorted(citations, key=lambda c: c.id):
        grouped.setdefault(c.source, []).append(c)
    entries = []
    for source, cited in grouped.items():
        first = cited[0]
        url = next((u for u in (safe_https_url(c.url) for c in cited) if u), None)
        entries.append(
            SourceEntry(
                source=source,
                name=plain_name(first.title, first.municipality),
                date=swedish_date(next((c.date for c in cited if c.date), None)),
                url=url,
                is_pdf=PurePosixPath(source).suffix.lower() == ".pdf",
                passages=tuple(Passage(c.id, c.quote, c.page) for c in cited),
            )
        )
    return entries
