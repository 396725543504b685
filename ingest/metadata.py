"""Who published a document, what it is and when: ``DocumentMeta`` for each file.

Three sources, strongest first:

1. the sidecar ``<file name>.meta.yaml`` next to the file, written by municipal staff
   (read and checked by ``ingest.sidecar``);
2. the format's own metadata (front matter, HTML meta tags, PDF/DOCX properties), passed
   in by the loader as ``format_title`` and ``format_meta``;
3. inference from the path and the text.

A sidecar key that is present wins even when its value is null: ``date: null`` means
"the document has no date", so nothing is inferred (a PDF's creation date is when the
file was made, not when the document was decided). ``title`` and ``doc_type`` cannot be
empty, so a null there falls through to the next source. Dates are never guessed: a date
comes from a labelled line ("Uppdaterad: 2019-03-04"), a date standing on its own line
at the top, the first date of a news item, or the file's own date — or it is None.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import PurePosixPath
from typing import Any

from assistant.core import municipalities
from assistant.core.documents import DOC_TYPES, DocumentMeta
from assistant.core.swedish.dates import find_dates, parse_swedish_date

WEB_PAGE_SUFFIXES = frozenset({".html", ".htm", ".txt", ".md", ".markdown"})
NEWS_HEAD_CHARS = 600  # how far down a news item's own date may stand
TITLE_HEAD_CHARS = 1500  # a "# heading" further down is a section, not the title
MAX_TITLE_CHARS = 150

# --- dates ---------------------------------------------------------------------------

_DATE_LABEL = re.compile(
    r"(?:(?:sidan|senast)\s+)*"
    r"(?:uppdaterad|uppdaterades|uppdaterat|ändrad|ändrades|granskad|publicerad|publicerades"
    r"|publicerat|beslutad|beslutsdatum|datum|sammanträdesdatum|fastställd|antagen|antagna"
    r"|reviderad)\b(?P<colon>\s*:)?\s*(?:den\s+)?",
    re.IGNORECASE,
)
_WEEKDAY_PREFIX = re.compile(
    r"^(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)\s*,?\s*", re.IGNORECASE
)
_TIME_SUFFIX = re.compile(r"\s*,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*$", re.IGNORECASE)
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})(\d{2})")


def _labelled_dates(text: str) -> list[str]:
    """Dates announced as the document's own: "Uppdaterad: 2019-03-04", "Publicerad 3 ..."."""
    found = []
    for line in text.splitlines():
        labels = list(_DATE_LABEL.finditer(line))
        if not labels:
            continue
        mentions = find_dates(line)
        by_start = {m.start: m for m in mentions}
        for label in labels:
            before = line[: label.start()]
            if before[-1:].isalnum():
                continue  # inside a longer word
            # "sista datum den 26 maj" is prose: a label starts its line (or follows
            # another labelled date on it) or ends in a colon.
            dated_before = any(m.iso and m.end <= label.start() for m in mentions)
            if not (before.strip() == "" or dated_before or label["colon"]):
                continue
            mention = by_start.get(label.end())
            if mention is not None and mention.iso is not None:
                found.append(mention.iso)
    return found


def _standalone_date(line: str) -> str | None:
    """The date when a line holds nothing else ("1 juni 2023", "Torsdag 1 juni 2023, 10.30")."""
    core = _TIME_SUFFIX.sub("", _WEEKDAY_PREFIX.sub("", line.strip()))
    mentions = find_dates(core)
    whole = len(mentions) == 1 and (mentions[0].start, mentions[0].end) == (0, len(core))
    return mentions[0].iso if whole else None


def _top_date(text: str) -> str | None:
    """A date on its own line near the top: how news items and minutes carry their date."""
    head = text[:NEWS_HEAD_CHARS]
    for line in head.splitlines():
        iso = _standalone_date(line)
        if iso is not None:
            return iso
    return None


def infer_date(text: str, doc_type: str) -> str | None:
    """The document's own date from its text, or None. Never a guess."""
    labelled = _labelled_dates(text)
    if labelled:
        return max(labelled)  # the latest update is the one that describes the text now
    top = _top_date(text)
    if top is not None:
        return top
    if doc_type == "nyhet":
        return parse_swedish_date(text[:NEWS_HEAD_CHARS])
    return None


def _format_date(value: str) -> str | None:
    """A date from format metadata: ISO, Swedish, or a PDF date string ("D:20230601...")."""
    pdf = _PDF_DATE.match(value.strip())
    if pdf:
        try:
            return date(int(pdf[1]), int(pdf[2]), int(pdf[3])).isoformat()
        except ValueError:
            return None
    return parse_swedish_date(value)


# --- municipality --------------------------------------------------------------------

_DOMAIN = re.compile(r"(?<![\w.-])(?:[\w.+-]+@)?((?:[a-z0-9-]+\.)+se)\b", re.IGNORECASE)


def _most_frequent(names: list[str]) -> str | None:
    """The most frequent name; on a tie the one mentioned first."""
    return Counter(names).most_common(1)[0][0] if names else None


def municipality_from_path(rel_path: str, text: str = "") -> str | None:
    """The kommun or region whose folder holds the file ("malmo/x.txt" -> "Malmö"). A
    folder two bodies' names fold to ("habo": Habo or Håbo) is the one the text names."""
    folders = PurePosixPath(rel_path.replace("\\", "/")).parts[:-1]
    for folder in folders:
        name = municipalities.canonical(folder)
        if name is not None:
            shared = municipalities.sharing_folder(folder)
            named = municipality_from_text(text) if shared and text else None
            return named if named in shared else name
    return None


def municipality_from_text(text: str) -> str | None:
    """The publisher a text names: its organisation form ("Uddevalla kommun", "Malmö stad",
    "Region Jönköpings län") first, then its own web or e-mail domain, then bare mentions."""
    mentions = municipalities.mentions(text)
    publisher = _most_frequent([m.name for m in mentions if m.form == "organisation"])
    if publisher is not None:
        return publisher
    domains = [municipalities.from_domain(m.group(1)) for m in _DOMAIN.finditer(text)]
    by_domain = _most_frequent([name for name in domains if name is not None])
    if by_domain is not None:
        return by_domain
    return _most_frequent([m.name for m in mentions])


# --- title ---------------------------------------------------------------------------

_SITE_SUFFIX = re.compile(r"\s+[-|–—:]\s+([^-|–—:]+)$")
_NOT_A_TITLE = re.compile(
    r"^\$\w+$"  # template leftovers: $left
    r"|^[-•*|]|^\d+[.)]\s"  # list items, table rows
    r"|@|https?://|www\."
    r"|^[\d\s()+-]+$",  # numbers, phone numbers
    re.IGNORECASE,
)


def clean_title(raw: str) -> str:
    """A title without Markdown marks, office prefixes or the site name after it."""
    title = re.sub(r"^#+\s*", "", raw.replace("**", "").strip())
    title = re.sub(r"^Microsoft (?:Word|PowerPoint) - ", "", title)
    title = " ".join(title.split())
    suffix = _SITE_SUFFIX.search(title)
    if suffix and municipalities.canonical(suffix.group(1)) is not None:
        title = title[: suffix.start()]
    return title


def _usable_title(title: str) -> bool:
    if not 3 <= len(title) <= MAX_TITLE_CHARS or not re.search(r"[^\W\d_]{2}", title):
        return False
    if re.search(r"\.(?:docx?|pdf|odt|html?|txt)$", title, re.IGNORECASE):
        return False  # a file name left in the PDF/DOCX properties
    return title.casefold() not in {"untitled", "namnlös", "dokument", "document"}


def _looks_like_heading(line: str) -> bool:
    # A line ending in "." is a sentence (often an image's alt text), not a heading.
    return (
        _usable_title(line)
        and not line.endswith((".", ",", ";"))
        and not _NOT_A_TITLE.search(line)
        and _standalone_date(line) is None
        and len(line.split()) >= 2
    )


def title_from_text(text: str) -> str | None:
    """The first ``#`` heading near the top, else the first short line that reads as one."""
    for line in text[:TITLE_HEAD_CHARS].splitlines():
        if re.match(r"\s*#{1,6}\s", line):
            title = clean_title(line)
            if _usable_title(title):
                return title
    for line in text.splitlines()[:40]:
        title = clean_title(line)
        if _looks_like_heading(title):
            return title
    return None


def title_from_path(rel_path: str) -> str:
    """The file name made readable: "malmo-iop_ensamhet.txt" -> "Malmo iop ensamhet"."""
    stem = PurePosixPath(rel_path.replace("\\", "/")).name.split(".")[0]
    words = " ".join(re.split(r"[-_\s]+", stem)).strip() or "Namnlöst dokument"
    return words[0].upper() + words[1:]


# --- document type -------------------------------------------------------------------

# Word beginnings, ASCII-folded, that name a document type. In a title or file name the
# earliest one wins, the first listed where two start together: "Svar på remiss -
# Riktlinjer ..." and "Remissvar från …" are answers; "Remiss: Förslag till riktlinjer"
# and "Remissversion" are the draft sent out.
_TYPE_WORDS = (
    ("svar pa remiss", "remissvar"),
    ("remissvar", "remissvar"),
    ("remissyttrande", "remissvar"),
    ("remiss", "remiss"),
    ("yttrande", "remissvar"),
    # A letter or a citizens' proposal to the kommun asks for rules; it sets none.
    ("skrivelse", "skrivelse"),
    ("medborgarforslag", "skrivelse"),
    ("tjansteskrivelse", "tjänsteskrivelse"),
    ("sammantradesprotokoll", "protokoll"),
    ("protokoll", "protokoll"),
    ("riktlinje", "riktlinje"),
    ("beslut", "beslut"),
    ("avtal", "avtal"),
    ("overenskommelse", "avtal"),
    ("faq", "faq"),
    ("fragor och svar", "faq"),
    ("vanliga fragor", "faq"),
    ("nyhet", "nyhet"),
    ("pressmeddelande", "nyhet"),
    ("mall", "mall"),
    ("blankett", "mall"),
)
# At the top of the text only a document's own label counts ("Tjänsteskrivelse").
_HEAD_LABEL = re.compile(
    r"^\s*(?P<label>tjänsteskrivelse|sammanträdesprotokoll|protokollsutdrag|protokoll)\b"
    r"[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)


def _type_from_words(words: str, split_hyphens: bool) -> str | None:
    # In a title "IOP-avtal" is a compound about agreements, not the agreement itself;
    # in a file name hyphens separate words ("enkoping-remissvar-iop").
    separators = r"[\s_.,:;()/|–—-]+" if split_hyphens else r"[\s_.,:;()/|–—]+"
    folded = " ".join(re.split(separators, municipalities.fold(words).casefold()))
    earliest: tuple[int, str] | None = None
    for stem, doc_type in _TYPE_WORDS:
        match = re.search(rf"(?:^|\s){re.escape(stem)}", folded)
        if match and (earliest is None or match.start() < earliest[0]):
            earliest = (match.start(), doc_type)
    return earliest[1] if earliest else None


def infer_doc_type(rel_path: str, title: str, text: str) -> str:
    """riktlinje, beslut, protokoll, remissvar, ... from the title, path and text head."""
    path = PurePosixPath(rel_path.replace("\\", "/"))
    named = [(title, False), *((part, True) for part in (path.stem, *reversed(path.parts[:-1])))]
    for words, is_path in named:
        doc_type = _type_from_words(words, split_hyphens=is_path)
        if doc_type is not None:
            return doc_type
    is_web_page = path.suffix.lower() in WEB_PAGE_SUFFIXES
    if is_web_page and _top_date(text) is not None:
        return "nyhet"
    label = _HEAD_LABEL.search(text[:NEWS_HEAD_CHARS])
    if label:
        is_memo = label["label"].casefold() == "tjänsteskrivelse"
        return "tjänsteskrivelse" if is_memo else "protokoll"
    return "webbsida" if is_web_page else "dokument"


# --- putting it together -------------------------------------------------------------


def _format_values(format_title: str | None, format_meta: dict[str, str]) -> dict[str, str]:
    """The loader's metadata, checked; values that do not parse are dropped, not guessed."""
    values: dict[str, str] = {}
    title = clean_title(format_meta.get("title") or format_title or "")
    if _usable_title(title):
        values["title"] = title
    name = municipalities.canonical(format_meta.get("municipality") or "")
    if name is not None:
        values["municipality"] = name
    doc_type = (format_meta.get("doc_type") or "").strip().casefold()
    if doc_type in DOC_TYPES:
        values["doc_type"] = doc_type
    for field in ("date", "file_date"):
        iso = _format_date(format_meta.get(field) or "")
        if iso is not None:
            values[field] = iso
    url = (format_meta.get("source_url") or format_meta.get("url") or "").strip()
    if re.match(r"https?://\S+$", url):
        values["source_url"] = url
    return values


def infer_metadata(
    rel_path: str,
    text: str,
    format_title: str | None,
    format_meta: dict[str, str],
    sidecar: dict[str, Any],
) -> DocumentMeta:
    """The document's metadata: sidecar, then format metadata, then inference.

    ``rel_path`` is the path relative to the corpus folder; ``sidecar`` is what
    ``read_sidecar`` returned ({} when there is none).
    """
    fmt = _format_values(format_title, format_meta)

    municipality: str | None
    if "municipality" in sidecar:
        named = sidecar["municipality"]
        municipality = (municipalities.canonical(named) or named) if named else None
    else:
        municipality = (
            fmt.get("municipality")
            or municipality_from_path(rel_path, text)
            or municipality_from_text(text)
        )

    title = (
        (sidecar.get("title") or "").strip()
        or fmt.get("title")
        or title_from_text(text)
        or title_from_path(rel_path)
    )
    doc_type = (
        (sidecar.get("doc_type") or "").strip().casefold()
        or fmt.get("doc_type")
        or infer_doc_type(rel_path, title, text)
    )

    if "date" in sidecar:
        doc_date = str(sidecar["date"]) if sidecar["date"] is not None else None
    else:
        doc_date = fmt.get("date") or infer_date(text, doc_type) or fmt.get("file_date")

    source_url = sidecar["source_url"] if "source_url" in sidecar else fmt.get("source_url")

    return DocumentMeta(
        municipality=municipality or None,
        title=title,
        doc_type=doc_type,
        date=doc_date,
        source_url=source_url,
    )
