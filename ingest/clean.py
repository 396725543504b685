"""Text cleaning: scraping noise out, the light Markdown convention in, broken lines rejoined."""

from __future__ import annotations

import re

from assistant.core.contacts import find_phones
from assistant.core.swedish.dates import month_numbers
from assistant.core.swedish.sentences import CHECKBOXES, open_end_words

# Characters that stand for a line break or a space in scraped and extracted text.
_LINE_BREAKS = re.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f\u00ad\u200b-\u200d\u2060\ufeff]")
_SPACE_RUNS = re.compile(r" {2,}")

_TEMPLATE_LEFTOVER = re.compile(r"\$[A-Za-z_]\w*")
_LANGUAGE_CODE = re.compile(r"(?:sv|en)(?:-[A-Za-z]{2})?")
# "Uppdaterad:" with no date after it, where a CMS left the field empty.
_EMPTY_UPDATED = re.compile(r"(?<!\w)(?:[Ss]enast )?[Uu]ppdaterad: *+(?!\d)")

# Glyphs that PDFs and web pages use as bullets; "-", "–", "—" and "*" count only before a space.
_BULLET_GLYPHS = "•·▪◦●○■□➢►✓\uf0b7\uf0a7\uf076\uf0d8"
_BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}]\s*|[-–—*]\s+)(?=\S)")
_LONE_BULLET = re.compile(rf"^[{_BULLET_GLYPHS}]$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(?=\S)")

# A checklist's boxes ("☐ Vi har minst 15 medlemmar.") start items and stay: a box says
# the line is a condition to tick, which a bullet would not.
_LIST_ITEM = re.compile(
    rf"^\s*(?:[{_BULLET_GLYPHS}{CHECKBOXES}]|[-–—*]\s|\d{{1,3}}[.)]\s|[a-z]\)\s)"
)
_HEADING = re.compile(r"^\s*#{1,6}(?:\s|$)")
_TABLE_ROW = re.compile(r"^\s*\|")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w-])(?:\+46|0)\d{1,3}[- /]?\d{2,3}(?:[ -]?\d{2}){1,3}(?![\w-])")
_CONTACT_LABEL = re.compile(
    r"^\s*(?:tel|telefon|tfn|mobil|mob|fax|växel|e-?post|e-?mail|mejl|mail|webb|www\.|https?:"
    r"|besöksadress|postadress|adress)\b",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;")
_PHONE_DIGITS = 7
_KEEP_HYPHEN_WORDS = frozenset({"och", "eller", "samt", "respektive", "resp."})

_MAX_PASSES = 5  # removing "**" or a label can expose more noise ("$le**ft"): repeat until stable


def clean_text(text: str) -> str:
    """Remove scraping noise and normalise bullets and spacing; idempotent."""
    for _ in range(_MAX_PASSES):
        cleaned = _clean_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _clean_once(text: str) -> str:
    text = _INVISIBLE.sub("", _SPACES.sub(" ", _LINE_BREAKS.sub("\n", text)))
    lines = [line for line in map(_clean_line, text.split("\n")) if line is not None]
    lines = _attach_lone_bullets(lines)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _clean_line(line: str) -> str | None:
    """One line cleaned; None when the whole line is noise."""
    line = _SPACE_RUNS.sub(" ", line.replace("**", "")).strip()
    if _TEMPLATE_LEFTOVER.fullmatch(line) or _LANGUAGE_CODE.fullmatch(line):
        return None
    if _is_breadcrumb(line):
        return None
    if _EMPTY_UPDATED.search(line):
        line = _EMPTY_UPDATED.sub("", line).strip()
        if not line:
            return None
    return _normalise_list_marker(line)


# A page's trail of links: "Start › Nyheter › Mötesplats Storvik har öppnat",
# "[Startsida](/) › [Nyheter](/nyheter) › …". Each step before the page itself names a
# section in a few words; a step with a label or a sentence's end is text.
_TRAIL = re.compile(r"\s+[›»]\s+")
_STEP_WORDS = 4
_PAGE_WORDS = 12


def _is_breadcrumb(line: str) -> bool:
    steps = _TRAIL.split(line)
    if len(steps) < 3 or any(
        ":" in step or step.rstrip().endswith((".", "?", "!")) for step in steps
    ):
        return False
    *sections, page = steps
    return all(0 < len(step.split()) <= _STEP_WORDS for step in sections) and (
        0 < len(page.split()) <= _PAGE_WORDS
    )


def _normalise_list_marker(line: str) -> str:
    if _BULLET.match(line):
        return "- " + _BULLET.sub("", line, count=1)
    return _NUMBERED.sub(r"\1. ", line, count=1)


def _attach_lone_bullets(lines: list[str]) -> list[str]:
    """A bullet glyph alone on its line (common in PDFs) belongs to the next line."""
    out: list[str] = []
    pending = False
    for line in lines:
        if _LONE_BULLET.fullmatch(line):
            pending = True
            continue
        if pending and line and not _LIST_ITEM.match(line) and not _HEADING.match(line):
            line = "- " + line
        pending = False
        out.append(line)
    return out


def normalise_list_markers(text: str) -> str:
    """Turn bullet glyphs and "1)" numbers at line starts into ``- `` and ``1. `` items."""
    lines = [
        _normalise_list_marker(line.strip()) if line.strip() else "" for line in text.split("\n")
    ]
    return "\n".join(_attach_lone_bullets(lines))


def is_list_item(line: str) -> bool:
    """Whether a line starts with a bullet or an item number."""
    return bool(_LIST_ITEM.match(line))


def is_contact_line(line: str) -> bool:
    """Whether a line carries an e-mail address, a phone number or a contact label."""
    # A number grouped as few write it ("08-555 590 00") is still a number: the library
    # reads what the pattern does not.
    digits = sum(c.isdigit() for c in line) >= _PHONE_DIGITS
    return bool(
        _EMAIL.search(line)
        or _PHONE.search(line)
        or _CONTACT_LABEL.match(line)
        or (digits and find_phones(line))
    )


def join_broken_lines(text: str, *, wrap_width: int | None = None) -> str:
    """Rejoin lines broken mid-sentence into paragraphs; keep headings, items and contacts.

    A line continues the previous one when the previous one does not end a sentence and
    this one starts in lowercase. With ``wrap_width`` (the longest line of a PDF), a line
    that fills most of that width also continues onto a following capitalised line.
    """
    out: list[str] = []
    block_start = True  # out[-1] is the first line of its block
    in_item = False  # out[-1] is a list item, with any lines indented under it
    for line in text.split("\n"):
        if out and (
            _continues(out[-1], line, wrap_width, first_in_block=block_start)
            or (in_item and wrap_width is None and _indented_under(out[-1], line))
        ):
            out[-1] = _merge(out[-1].rstrip(), line.strip())
            continue
        block_start = not out or not out[-1].strip()
        in_item = is_list_item(line.strip())
        out.append(line)
    return "\n".join(out)


_ENDS_IN_ADDRESS = re.compile(rf"(?:{_EMAIL.pattern}|https?://\S+)\s*$")


def _indented_under(item: str, line: str) -> bool:
    """A line indented under a list item that does not end a sentence carries it on
    when it starts in lower case or with a number ("2. … Vill ni börja den\n   1 januari
    nästa år …")."""
    stripped = line.strip()
    return (
        bool(stripped)
        and line[:1] in (" ", "\t")
        # Only a lower-case word or a number goes on ("1 januari …", "30 april."); a name
        # or a title line under "- Kontaktperson för IOP" is one of its own.
        and (stripped[:1].islower() or stripped[:1].isdigit())
        and not item.rstrip().endswith(_SENTENCE_END)
        and not _ENDS_IN_ADDRESS.search(item)  # "… till iop@oxelosund.se" ends its line
        and not is_list_item(stripped)
        and not _stands_alone(stripped)
    )


def _continues(prev: str, line: str, wrap_width: int | None, *, first_in_block: bool) -> bool:
    prev, line = prev.strip(), line.strip()
    if not prev or not line or _stands_alone(prev) or is_list_item(line):
        return False
    if _stands_alone(line) and not _prose_goes_on(prev, line):
        return False
    if first_in_block and _is_short_title(prev, wrap_width) and not _ends_with_hyphen(prev):
        return False
    if line[0].islower():
        return _ends_with_hyphen(prev) or not prev.endswith(_SENTENCE_END)
    if (
        line[0].isdigit()
        and not _NUMBERED_ENTRY.match(line)
        and not prev.endswith(_SENTENCE_END)
        and _open_end(prev)
    ):
        # "… beslutar om partnerskap upp till\n500 000 kronor per år.": a sentence wrapped
        # before a number (a list item or a contact line stands alone, above).
        return True
    if (
        wrap_width is not None
        and line[0].isupper()
        and _open_end(prev)
        and not _ends_on_month(prev)
    ):
        # A PDF's "… Sannahed och\nÅbytorp räknas …": a name after a word no sentence ends
        # on. A month may end a label line ("Sista dag: 31 december") and is left alone.
        return not prev.endswith(_SENTENCE_END)
    if line[0] == "," and _ends_with_hyphen(prev):
        return True
    fills_width = wrap_width is not None and len(prev) >= 0.8 * wrap_width
    return fills_width and not prev.endswith(_SENTENCE_END) and not _ends_with_hyphen(prev)


# "6 Så går det till" in a table of contents: a numbered entry of its own.
_NUMBERED_ENTRY = re.compile(r"\d+(?:\.\d+)*\.?\s+(?!(?:Mkr|Tkr|MSEK|SEK|Kr)\b)[A-ZÅÄÖ]")


def _open_end(line: str) -> bool:
    """Whether a line stops on a word no sentence ends on ("upp till", "31 december")."""
    last = line.rsplit(maxsplit=1)[-1]
    return last in open_end_words()


def _ends_on_month(line: str) -> bool:
    return line.rsplit(maxsplit=1)[-1].lower() in month_numbers()


def _stands_alone(line: str) -> bool:
    if _TEMPLATE_LEFTOVER.fullmatch(line) or _LANGUAGE_CODE.fullmatch(line):
        return True  # noise that clean_text drops later must not be glued to real text
    return bool(_HEADING.match(line) or _TABLE_ROW.match(line) or _contact_detail(line))


_PROSE_WORDS = 6  # a line this long that holds an address mid-sentence is prose


def _prose_goes_on(prev: str, line: str) -> bool:
    """A sentence wrapped before a contact detail goes on in lower case ("Frågor besvaras
    av Jonas Ek, utvecklingsstrateg på / kommunledningsförvaltningen, telefon 08-…"); a
    card's lines under a short name line stand alone."""
    return (
        line[:1].isalpha()
        and line[:1].islower()
        and "@" not in line.split()[0]
        and not prev.endswith(_SENTENCE_END)
        and len(prev.split()) > _PROSE_WORDS
    )


def _contact_detail(line: str) -> bool:
    """A line of a contact card ("anna@kommun.se", "Tel: 0612-800 00", "Anna Ek,
    070-…"), not a sentence wrapped around an address ("… skicka den till förvaltningens
    / funktionsbrevlåda iop@sala.se. Vi återkommer inom tre veckor med förslag på tid för")."""
    if not is_contact_line(line):
        return False
    # An address opening a long line is the rest of a sentence wrapped around it
    # ("… funktionsbrevlåda / iop@kommun.se och skriv ”IOP” i ämnesraden.").
    opens = bool(_CONTACT_LABEL.match(line) or _PHONE.match(line))
    return opens or len(line.split()) <= _PROSE_WORDS


def _is_short_title(line: str, wrap_width: int | None) -> bool:
    limit = 0.4 * wrap_width if wrap_width else 30
    return len(line) < limit and len(line.split()) <= 4 and line[0].isupper()


def _ends_with_hyphen(line: str) -> bool:
    return len(line) >= 2 and line[-1] in "-\u00ad" and line[-2].isalpha()


def _merge(prev: str, line: str) -> str:
    if not _ends_with_hyphen(prev):
        return f"{prev} {line}"
    first_word = line.split(maxsplit=1)[0]
    if prev.endswith("\u00ad"):
        return prev[:-1] + line  # a soft hyphen only ever marks a break inside a word
    if line.startswith(","):
        return prev + line
    if first_word in _KEEP_HYPHEN_WORDS:
        return f"{prev} {line}"  # "vård- och omsorg": a real hyphen before a conjunction
    if prev[-2].isupper():
        return prev + line  # "IOP-\navtal": the hyphen belongs to the compound
    return prev[:-1] + line
