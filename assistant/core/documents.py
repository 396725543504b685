"""Typed records that flow between the ingest stages.

Text inside these records uses one light Markdown convention, whatever the source
format: ``#`` headings, ``- `` or ``1. `` list items, ``| a | b |`` table rows and
blank lines between paragraphs. Loaders produce it, the chunker reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The sidecar `<file>.meta.yaml` beside a document (corpus/README.md) and its vocabulary.
SIDECAR_SUFFIX = ".meta.yaml"
SIDECAR_KEYS = ("municipality", "title", "doc_type", "date", "source_url")
DOC_TYPES = (
    "riktlinje",
    "beslut",
    "protokoll",
    "webbsida",
    "nyhet",
    "remiss",  # a proposal sent out for consultation: a draft, not rules in force
    "remissvar",
    "skrivelse",  # a letter or a citizens' proposal to the kommun: it asks, it decides nothing
    "tjänsteskrivelse",
    "faq",
    "avtal",
    "mall",  # a template or form ("Mall för idéskiss", a blankett)
    "dokument",
)
# Other words staff use for the same kinds, read as them: a form is a "blankett", a draft
# sent out a "remissversion".
DOC_TYPE_ALIASES = {
    "blankett": "mall",
    "formulär": "mall",
    "remissversion": "remiss",
    "remissförslag": "remiss",
    "protokollsutdrag": "protokoll",
    "nyhetsartikel": "nyhet",
    "riktlinjer": "riktlinje",
    "överenskommelse": "avtal",
    "frågor och svar": "faq",
}


@dataclass(frozen=True)
class PageText:
    """The text of one page (PDF, 1-based) or of a whole non-paged document (None)."""

    page: int | None
    text: str


@dataclass(frozen=True)
class LoadedDocument:
    """What a loader read from one file, before cleaning and metadata inference."""

    pages: tuple[PageText, ...]
    title: str | None = None  # the format's own title (PDF/DOCX properties, HTML <title>)
    metadata: dict[str, str] = field(default_factory=dict)  # e.g. front matter, HTML meta

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.pages)


@dataclass(frozen=True)
class DocumentMeta:
    """Who published a document, what it is and when; None where unknown."""

    municipality: str | None  # canonical name: "Malmö", "Region Jönköpings län"; None = general
    title: str
    doc_type: str  # one of DOC_TYPES
    date: str | None  # YYYY-MM-DD
    source_url: str | None = None


@dataclass(frozen=True)
class Chunk:
    """One retrievable passage with its full provenance."""

    chunk_id: str
    doc_id: str
    source: str  # path relative to the corpus folder, with forward slashes
    position: int  # order within the document
    text: str
    municipality: str | None
    title: str
    doc_type: str
    date: str | None
    source_url: str | None
    page: int | None
    heading_path: tuple[str, ...] = ()
    # Set at ingest by ingest/screen.py: written to the assistant, not to a reader.
    untrusted: bool = False
    # Set at ingest: names other bodies and never its own municipality.
    foreign: bool = False


def index_text(chunk: Chunk) -> str:
    """What is embedded and BM25-indexed: the passage with its title and headings."""
    head = " › ".join([chunk.title, *chunk.heading_path])
    return f"{head}\n{chunk.text}"
