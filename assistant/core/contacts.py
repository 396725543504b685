"""Contact cards read from municipal text, each with the exact evidence it came from.

Every e-mail address and phone number on a card is copied from the input text and
never composed: the answer checker relies on ``stands_in(value, passage)`` to prove
that each contact the assistant shows stands verbatim (up to spacing and dashes) in
the passage it cites. Phone numbers are found and validated with ``phonenumbers``
(region SE); postcodes, dates, case numbers, amounts and years are rejected.

Public API: ``ContactCard``, ``extract_contacts``, ``find_emails``, ``find_phones``,
``normalise_for_match``, ``stands_in``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

import phonenumbers

from assistant.core.records import Contact

ContactKind = Literal["person", "switchboard", "function"]

__all__ = [
    "ContactCard",
    "ContactKind",
    "extract_contacts",
    "find_emails",
    "find_phones",
    "normalise_for_match",
    "stands_in",
]


@dataclass(frozen=True)
class ContactCard:
    """One way to reach someone, as the text gives it.

    ``phone`` is the number as written (whitespace collapsed, typographic dashes
    shown as ``-``), ``phone_e164`` the same number for ``tel:`` links. ``evidence`` is
    a substring of the input text (``text[span[0]:span[1]]``) that contains the
    e-mail and phone verbatim.
    """

    kind: ContactKind
    evidence: str
    span: tuple[int, int]
    name: str | None = None
    title: str | None = None
    unit: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    phone_e164: str | None = None

    def to_contact(self, citation: int) -> Contact:
        """The answer-JSON record; the unit rides along in ``title`` as it has no field."""
        title = ", ".join(part for part in (self.title, self.unit) if part) or None
        return Contact(
            name=self.name,
            title=title,
            organisation=self.organisation,
            email=self.email,
            phone=self.phone,
            citation=citation,
        )


# --- verbatim matching ---------------------------------------------------------

# Typographic hyphens and dashes as PDF and Word conversions leave them.
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_IGNORED_IN_MATCH = _DASHES + "()"
_SEPARATOR_CLASS = "[\\s" + re.escape(_IGNORED_IN_MATCH) + "]*"
# A dash after a letter belongs to the address ("anna-lena@"), a dash after a space
# is a bullet ("-info@").
_EMAIL_START = r"(?<![\w.%+])(?<!\w-)"


def normalise_for_match(s: str) -> str:
    """Lowercase ``s`` and drop whitespace, dashes and parentheses."""
    return "".join(ch for ch in s.lower() if not ch.isspace() and ch not in _IGNORED_IN_MATCH)


def stands_in(value: str, passage: str) -> bool:
    """Whether the e-mail or phone ``value`` stands verbatim in ``passage``.

    Spacing, dashes, parentheses and letter case may differ; nothing else may.
    The value must not be part of a longer number or address: ``0612-800 00``
    does not stand in ``0612-800 001``, ``rubin@malmo.se`` not in
    ``ann.rubin@malmo.se``. A number written ``+46 612 800 00`` does not stand in
    a passage that writes ``0612-800 00``: that would not be verbatim.
    """
    core = normalise_for_match(value)
    if not core:
        return False
    body = _SEPARATOR_CLASS.join(re.escape(ch) for ch in core)
    if "@" in core:
        pattern = rf"{_EMAIL_START}{body}(?![\w\-])"
    elif core[0].isdigit() or core[0] == "+":
        pattern = rf"(?<![\d+]){body}(?!\d)"
    else:
        pattern = body
    return re.search(pattern, passage, flags=re.IGNORECASE) is not None


# --- e-mail and phone finding ---------------------------------------------------

_EMAIL_RE = re.compile(_EMAIL_START + r"\w[\w.%+\-]*@[\w\-]+(?:\.[\w\-]+)*\.[A-Za-z]{2,}(?![\w\-])")

# hh.mm and hh:mm: opening hours pass phonenumbers' validation ("08.00-16.30").
_TIME_RE = re.compile(r"(?<!\d)\d{1,2}[.:]\d{2}(?!\d)")

# Numbers after these words are case numbers, accounts or legal references.
_NOT_PHONE_BEFORE_RE = re.compile(
    r"(?:\bdnr|\bdiarie(?:nummer|nr)|\borg\.?\s*nr|\borganisationsnummer|\bbankgiro|\bplusgiro"
    r"|\bbg|\bpg|\bpersonnummer|§|\bsfs|\bkl)\.?\s*:?\s*$",
    flags=re.IGNORECASE,
)

_AMOUNT_AFTER_RE = re.compile(r"\s*(?:kr\b|kronor|sek\b|tkr|mkr|:-)", flags=re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    """An e-mail or phone number with its place in the text."""

    kind: Literal["email", "phone"]
    start: int
    end: int
    value: str
    e164: str | None = None


def _display_phone(raw: str) -> str:
    """The number as written, minus line breaks, odd spaces and typographic dashes."""
    collapsed = re.sub(r"\s+", " ", raw).strip()
    return collapsed.translate({ord(d): "-" for d in _DASHES[1:]})


def _written_as_phone(raw: str, before: str) -> bool:
    """Swedish numbers are written from a trunk 0, 00 or +; anything else is a quantity."""
    opening = raw.lstrip("(")
    if not (opening.startswith("0") or opening.startswith("+")):
        return False
    if "/" in raw or _TIME_RE.search(raw):
        return False
    return _NOT_PHONE_BEFORE_RE.search(before) is None


def _iter_emails(text: str) -> Iterator[_Found]:
    for m in _EMAIL_RE.finditer(text):
        yield _Found("email", m.start(), m.end(), m.group())


def _iter_phones(text: str) -> Iterator[_Found]:
    matcher = phonenumbers.PhoneNumberMatcher(text, "SE", leniency=phonenumbers.Leniency.VALID)
    for m in matcher:
        before = text[max(0, m.start - 30) : m.start]
        # Glued to another digit it is part of something longer, and not verbatim alone.
        glued = (before[-1:].isdigit()) or text[m.end : m.end + 1].isdigit()
        amount = _AMOUNT_AFTER_RE.match(text, m.end) is not None
        if glued or amount or not _written_as_phone(m.raw_string, before):
            continue
        e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        yield _Found("phone", m.start, m.end, _display_phone(m.raw_string), e164)


def find_emails(text: str) -> list[str]:
    """E-mail addresses in order of first appearance, each once (case-insensitively)."""
    seen: set[str] = set()
    out: list[str] = []
    for found in _iter_emails(text):
        if found.value.lower() not in seen:
            seen.add(found.value.lower())
            out.append(found.value)
    return out


def find_phones(text: str) -> list[tuple[str, str]]:
    """Valid Swedish phone numbers as ``(as written, E.164)``, each written form once."""
    seen: set[str] = set()
    out: list[tuple[str, str]] = []
    for found in _iter_phones(text):
        if found.value not in seen and found.e164 is not None:
            seen.add(found.value)
            out.append((found.value, found.e164))
    return out


# --- names, roles, units, organisations ----------------------------------------

_UPPER = "A-ZÅÄÖÉÈÜØÆ"
_LOWER = "a-zåäöéèüøæ"
_NAME_TOKEN = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_NAME_RUN_RE = re.compile(
    rf"(?<![\w\-]){_NAME_TOKEN}(?:[ \t]+(?:(?:af|von|van|de|da)[ \t]+)?{_NAME_TOKEN})+(?![\w\-])"
)
_NAME_FULL_RE = re.compile(
    rf"{_NAME_TOKEN}(?:[ \t]+(?:(?:af|von|van|de|da)[ \t]+)?{_NAME_TOKEN}){{1,3}}"
)

# Capitalised words that open a line or sentence but are not given names.
_NOT_NAME_WORDS = frozenset(
    {
        "kontakt",
        "kontakta",
        "kontaktperson",
        "kontaktpersoner",
        "telefon",
        "tel",
        "mobil",
        "mejl",
        "mail",
        "epost",
        "e-post",
        "ring",
        "mejla",
        "frågor",
        "växel",
        "kundtjänst",
        "besöksadress",
        "postadress",
        "adress",
        "uppdaterad",
        "kopia",
        "fax",
        "hemsida",
        "webb",
        "om",
        "vid",
        "för",
        "hör",
        "skicka",
        "skriv",
        "välkommen",
        "hälsningar",
        "vänliga",
        "med",
        "region",
        "idéburet",
        "offentligt",
        "partnerskap",
    }
)

_ROLE_SUFFIXES = (
    "sekreterare",
    "chef",
    "handläggare",
    "samordnare",
    "strateg",
    "utvecklare",
    "konsulent",
    "direktör",
    "ordförande",
    "koordinator",
    "kommunikatör",
    "registrator",
    "assistent",
    "controller",
    "rådgivare",
    "specialist",
    "utredare",
    "planerare",
    "administratör",
    "projektledare",
    "verksamhetsledare",
    "kontaktperson",
    "ansvarig",
    "ombud",
    "kurator",
)
_ROLE_WORD = r"(?i:[\w\-]*(?:" + "|".join(_ROLE_SUFFIXES) + r"))"
_ROLE_WORD_RE = re.compile(rf"(?<![\w\-]){_ROLE_WORD}(?![\w\-])")
# "utvecklingssekreterare Christina Widerstrand eller Ann Rubin": the role covers the list.
_NAME_LIST_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|eller|samt)[ \t]+)"
_ROLE_BEFORE_RE = re.compile(
    rf"(?<![\w\-])({_ROLE_WORD})(?:[ \t]*:)?[ \t]+"
    rf"(?:{_NAME_FULL_RE.pattern}{_NAME_LIST_SEPARATOR})*$"
)
_ROLE_AFTER_RE = re.compile(
    rf"[ \t]*(?:\([^)\n]{{1,20}}\)[ \t]*)?,[ \t]*({_ROLE_WORD})(?![\w\-])", flags=re.IGNORECASE
)
_UNIT_WORDS_RE = re.compile(
    r"förvaltning|avdelning|enhet|nämnd|kontor|sektion|stab|kansli|sekretariat",
    flags=re.IGNORECASE,
)

_ORG_RE = re.compile(
    rf"(?<![\w\-])(?:Region[^\S\n]+[{_UPPER}][{_LOWER}]+"
    rf"|[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?[^\S\n]+(?:kommun|stad))(?![\w\-])"
)
# Capitalised words before "kommun" that do not name one ("Varje kommun").
_NOT_ORG_WORDS = frozenset(
    {
        "varje",
        "denna",
        "den",
        "en",
        "vår",
        "er",
        "din",
        "hela",
        "samma",
        "annan",
        "vilken",
        "ingen",
        "alla",
        "egen",
        "närmaste",
        "berörd",
        "aktuell",
        "respektive",
        "ansvarig",
    }
)

_SWITCHBOARD_WORDS = ("växel", "vxl", "switchboard", "telefonväxel")
_SERVICE_DESK_WORDS = (
    "kundtjänst",
    "kontaktcenter",
    "servicecenter",
    "medborgarservice",
    "medborgarcenter",
    "servicecentret",
)
# Local-part tokens that show a shared mailbox rather than a person.
_FUNCTION_TOKENS = frozenset(
    {
        "info",
        "kontakt",
        "kommun",
        "kommunen",
        "stad",
        "region",
        "post",
        "mail",
        "epost",
        "admin",
        "reception",
        "diarium",
        "support",
        "iop",
        "forening",
        "foreningar",
        "bidrag",
        "stod",
        "vard",
        "omsorg",
        "social",
        "ekonomi",
        "kultur",
        "fritid",
        "senior",
        "vaxel",
        "noreply",
    }
)
_FUNCTION_PARTS = (
    "forvaltning",
    "namnd",
    "kontor",
    "kundtjanst",
    "registrator",
    "service",
    "center",
)


def _fold(s: str) -> str:
    """Lowercase without diacritics, so ö matches o in e-mail local parts."""
    decomposed = unicodedata.normalize("NFKD", s.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_tokens(name: str) -> list[str]:
    return [t for t in re.split(r"[\s\-]+", _fold(name)) if t]


def _local_part_keys(name: str) -> set[str]:
    """Ways a person's name is turned into an e-mail local part."""
    parts = _name_tokens(name)
    if len(parts) < 2:
        return set()
    surname, given = parts[-1], parts[:-1]
    keys = {
        "".join(given) + surname,
        "".join(g[0] for g in given) + surname,
        surname + "".join(given),
    }
    for g in given:
        keys.update({g + surname, g[0] + surname})
    return keys


def _local_part_key(email: str) -> str:
    local = email.split("@", 1)[0]
    return re.sub(r"[^a-z]", "", _fold(local))


def _is_function_mailbox(email: str) -> bool:
    tokens = [t for t in re.split(r"[._\-+]+", _fold(email.split("@", 1)[0])) if t]
    if any(t in _FUNCTION_TOKENS or any(p in t for p in _FUNCTION_PARTS) for t in tokens):
        return True
    # A person's address splits into at least given name and surname.
    alpha = [t for t in tokens if t.isalpha() and len(t) >= 2]
    return len(alpha) < 2


def _trim_name(candidate: str) -> str | None:
    """Drop leading labels and role words ("Kontakta Anna Berg" -> "Anna Berg")."""
    tokens = candidate.split()
    while tokens and (
        tokens[0].lower() in _NOT_NAME_WORDS or _ROLE_WORD_RE.fullmatch(tokens[0]) is not None
    ):
        tokens = tokens[1:]
    if len(tokens) < 2 or any(t.lower() in _NOT_NAME_WORDS for t in tokens):
        return None
    return " ".join(tokens)


def _as_name(fragment: str) -> str | None:
    """``fragment`` if it is nothing but a person's name (bullets and bold marks aside)."""
    cleaned = fragment.strip().strip("*_#•·>").strip()
    cleaned = re.sub(r"^[-–•·]\s+", "", cleaned)
    # "Handläggare: Per Persson" and "Kontaktperson: Anna Berg" name a person too.
    label = re.match(r"([\w\-]+)[ \t]*:[ \t]*", cleaned)
    if label and (
        label.group(1).lower() in _NOT_NAME_WORDS or _ROLE_WORD_RE.fullmatch(label.group(1))
    ):
        cleaned = cleaned[label.end() :]
    if not _NAME_FULL_RE.fullmatch(cleaned):
        return None
    return _trim_name(cleaned) if _trim_name(cleaned) == cleaned else None


def _name_subsequences(run: str) -> Iterator[str]:
    tokens = run.split()
    for size in (2, 3):
        for i in range(len(tokens) - size + 1):
            yield " ".join(tokens[i : i + size])


def _name_for_email(text: str, email_start: int, email: str) -> str | None:
    """The name in the text whose spelling gives this e-mail's local part, nearest first."""
    key = _local_part_key(email)
    if not key:
        return None
    best: tuple[int, str] | None = None
    for m in _NAME_RUN_RE.finditer(text):
        for sub in _name_subsequences(m.group()):
            if _trim_name(sub) == sub and key in _local_part_keys(sub):
                distance = abs(m.start() - email_start)
                if best is None or distance < best[0]:
                    best = (distance, sub)
    return best[1] if best else None


def _org_mentions(text: str) -> list[tuple[int, str]]:
    out = []
    for m in _ORG_RE.finditer(text):
        first = m.group().split()[0].lower()
        if first not in _NOT_ORG_WORDS:
            out.append((m.start(), re.sub(r"\s+", " ", m.group())))
    return out


def _org_place_key(org: str) -> str:
    words = org.split()
    place = words[1] if words[0] == "Region" else words[0]
    return re.sub(r"[^a-z]", "", _fold(place))


def _org_for_domain(email: str, mentions: Sequence[tuple[int, str]]) -> str | None:
    labels = [re.sub(r"[^a-z]", "", _fold(label)) for label in email.split("@", 1)[1].split(".")]
    for _, org in mentions:
        key = _org_place_key(org)
        # "Enköpings kommun" is enkoping.se: the genitive s is not in the domain.
        if any(label and (key == label or key == label + "s") for label in labels[:-1]):
            return org
    return None


def _expand_org(given: str, mentions: Sequence[tuple[int, str]]) -> str:
    """The text's own spelling of the caller's organisation ("Kramfors" -> "Kramfors kommun")."""
    wanted = re.sub(r"[^a-z]", "", _fold(given))
    for _, org in mentions:
        key = re.sub(r"[^a-z]", "", _fold(org))
        if key == wanted or _org_place_key(org) in {wanted, wanted + "s"}:
            return org
    return given


def _dominant_org(mentions: Sequence[tuple[int, str]]) -> str | None:
    if not mentions:
        return None
    counts = Counter(org for _, org in mentions)
    top = max(counts.values())
    return next(org for _, org in mentions if counts[org] == top)


# --- lines and blocks -------------------------------------------------------------


class _Lines:
    """Line offsets of a text; a block is a run of lines without a blank line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def __len__(self) -> int:
        return len(self.starts)

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def bounds(self, i: int) -> tuple[int, int]:
        end = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else len(self.text)
        return self.starts[i], end

    def line(self, i: int) -> str:
        start, end = self.bounds(i)
        return self.text[start:end]

    def is_blank(self, i: int) -> bool:
        return not self.line(i).strip()

    def same_block(self, a: int, b: int) -> bool:
        low, high = min(a, b), max(a, b)
        return not any(self.is_blank(i) for i in range(low, high + 1))


@dataclass
class _Group:
    """Items that belong to one card, and the lines that were read to describe them."""

    items: list[_Found] = field(default_factory=list)
    context_lines: set[int] = field(default_factory=set)

    def has(self, kind: str) -> bool:
        return any(item.kind == kind for item in self.items)

    def first(self, kind: str) -> _Found | None:
        return next((item for item in self.items if item.kind == kind), None)


def _prefix_on_line(lines: _Lines, item: _Found) -> str:
    start, _ = lines.bounds(lines.index(item.start))
    return lines.text[start : item.start]


def _prefix_name(lines: _Lines, item: _Found) -> str | None:
    """ "Ann Rubin: ann.rubin@..." -> "Ann Rubin"."""
    prefix = _prefix_on_line(lines, item)
    prefix = re.sub(
        r"(?:\s|[:,;–—\-]|(?<!\w)(?:tel\.?|telefon|e-post|mobil))*$", "", prefix, flags=re.I
    )
    return _as_name(prefix)


def _joins(lines: _Lines, group: _Group, item: _Found) -> bool:
    last = group.items[-1]
    last_line, line = lines.index(last.start), lines.index(item.start)
    if line - last_line > 1 or not lines.same_block(last_line, line):
        return False
    if item.kind == "email" and any(
        i.kind == "email" and i.value.lower() == item.value.lower() for i in group.items
    ):
        return True
    if group.has(item.kind):
        return False
    # A new name at the start of a later line starts a new person.
    return line == last_line or _prefix_name(lines, item) is None


def _group_items(lines: _Lines, items: Sequence[_Found]) -> list[_Group]:
    groups: list[_Group] = []
    for item in items:
        if groups and _joins(lines, groups[-1], item):
            groups[-1].items.append(item)
        else:
            groups.append(_Group(items=[item]))
    return groups


def _name_above(lines: _Lines, group: _Group, taken: set[int]) -> tuple[str, int] | None:
    """A name alone on a line just above the group, as in a signature or contact list."""
    first_line = lines.index(group.items[0].start)
    for i in range(first_line - 1, max(-1, first_line - 6), -1):
        if lines.is_blank(i) or i in taken:
            return None
        name = _as_name(lines.line(i))
        if name:
            return name, i
    return None


def _label_above(lines: _Lines, group: _Group, taken: set[int]) -> list[int]:
    """Label lines directly above a nameless group ("Kom in kundtjänst")."""
    first_line = lines.index(group.items[0].start)
    out = []
    for i in range(first_line - 1, max(-1, first_line - 3), -1):
        if lines.is_blank(i) or i in taken or re.search(r"\d", lines.line(i)):
            break
        out.append(i)
    return out


@dataclass(frozen=True)
class _Profile:
    title: str | None = None
    unit: str | None = None
    organisation: str | None = None


def _classify_line(line: str) -> Literal["org", "role", "unit"] | None:
    stripped = line.strip().strip("*_").strip()
    if not stripped or re.search(r"[\d@]", stripped) or len(stripped.split()) > 6:
        return None
    org = _ORG_RE.fullmatch(stripped)
    if org and stripped.split()[0].lower() not in _NOT_ORG_WORDS:
        return "org"
    if _ROLE_WORD_RE.search(stripped):
        return "role"
    if _UNIT_WORDS_RE.search(stripped):
        return "unit"
    return None


def _profile(lines: _Lines, name: str, taken: set[int]) -> _Profile:
    """Title, unit and organisation said about ``name`` anywhere in the text."""
    text = lines.text
    sig_title = sig_unit = sig_org = pre_unit = after_role = before_role = None
    for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
        i = lines.index(m.start())
        if _as_name(lines.line(i)) == name:
            for j in range(i + 1, min(len(lines), i + 5)):
                if lines.is_blank(j) or j in taken:
                    break
                kind, value = _classify_line(lines.line(j)), lines.line(j).strip().strip("*_")
                if kind == "role" and sig_title is None:
                    sig_title = value.strip()
                elif kind == "unit" and sig_unit is None:
                    sig_unit = value.strip()
                elif kind == "org" and sig_org is None:
                    sig_org = value.strip()
            if i > 0 and not lines.is_blank(i - 1) and _classify_line(lines.line(i - 1)) == "unit":
                pre_unit = pre_unit or lines.line(i - 1).strip().strip("*_").strip()
        after = _ROLE_AFTER_RE.match(text, m.end())
        if after and after_role is None:
            after_role = after.group(1)
        line_start, _ = lines.bounds(i)
        before = _ROLE_BEFORE_RE.search(text[line_start : m.start()])
        if before and before_role is None:
            before_role = before.group(1)
    return _Profile(
        title=sig_title or after_role or before_role,
        unit=sig_unit or pre_unit,
        organisation=sig_org,
    )


def _nearby_org(lines: _Lines, group: _Group, mentions: Sequence[tuple[int, str]]) -> str | None:
    rows = {lines.index(item.start) for item in group.items} | group.context_lines
    low, high = min(rows), max(rows)
    while low > 0 and not lines.is_blank(low - 1):
        low -= 1
    while high + 1 < len(lines) and not lines.is_blank(high + 1):
        high += 1
    block_start, block_end = lines.bounds(low)[0], lines.bounds(high)[1]
    inside = [org for pos, org in mentions if block_start <= pos < block_end]
    return inside[0] if inside else None


def _service_title(context: str) -> str | None:
    lowered = context.lower()
    for word in (*_SWITCHBOARD_WORDS, *_SERVICE_DESK_WORDS):
        if re.search(rf"(?<!\w){word}(?!\w)", lowered):
            return "växel" if word in _SWITCHBOARD_WORDS else word
    return None


# "Tel. 08-..." and "t.ex." do not end a sentence.
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[Tt]el)(?<!\b[Kk]l)(?<!\b[Nn]r)(?<!\bca)(?<!\bex)(?<!\bbl\.a)[.!?](?=\s)"
)


def _evidence_span(lines: _Lines, group: _Group) -> tuple[int, int]:
    """Whole lines around the group, but only its own sentences of a long prose line."""
    item_rows = {lines.index(item.start) for item in group.items}
    rows = item_rows | group.context_lines
    first_item = min(item.start for item in group.items)
    last_item = max(item.end for item in group.items)
    start = lines.bounds(min(rows))[0]
    end = max(lines.bounds(max(rows))[1], last_item)
    if min(rows) in item_rows:
        ends = [m.end() for m in _SENTENCE_END_RE.finditer(lines.text, start, first_item)]
        start = ends[-1] if ends else start
    following = _SENTENCE_END_RE.search(lines.text, last_item, end)
    end = following.end() if following else end
    chunk = lines.text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    return start + lead, start + len(chunk.rstrip())


def _card_for(
    lines: _Lines,
    group: _Group,
    mentions: Sequence[tuple[int, str]],
    organisation: str | None,
    taken: set[int],
) -> ContactCard:
    email = group.first("email")
    phone = group.first("phone")
    name = _name_for_email(lines.text, email.start, email.value) if email else None
    if name is None:
        name = next(filter(None, (_prefix_name(lines, item) for item in group.items)), None)
    if name is None:
        above = _name_above(lines, group, taken)
        if above:
            name, row = above
            group.context_lines.update(range(row, lines.index(group.items[0].start)))

    profile = _profile(lines, name, taken) if name else _Profile()
    title = profile.title
    if name:
        kind: ContactKind = "person"
    else:
        label_rows = _label_above(lines, group, taken)
        own_lines = " ".join(lines.line(lines.index(item.start)) for item in group.items)
        service = _service_title(own_lines) or _service_title(
            " ".join(lines.line(i) for i in label_rows)
        )
        if phone and service and not (email and not _is_function_mailbox(email.value)):
            kind, title = "switchboard", service
            group.context_lines.update(label_rows)
        elif email and not _is_function_mailbox(email.value):
            kind = "person"
        else:
            kind = "function"

    org = profile.organisation or _nearby_org(lines, group, mentions)
    if org is None and email:
        org = _org_for_domain(email.value, mentions)
    if org is None and organisation:
        org = _expand_org(organisation, mentions)
    if org is None:
        org = _dominant_org(mentions)

    span = _evidence_span(lines, group)
    return ContactCard(
        kind=kind,
        evidence=lines.text[span[0] : span[1]],
        span=span,
        name=name,
        title=title,
        unit=profile.unit,
        organisation=org,
        email=email.value if email else None,
        phone=phone.value if phone else None,
        phone_e164=phone.e164 if phone else None,
    )


def _continues(previous: ContactCard, card: ContactCard, lines: _Lines) -> bool:
    """A bare extra number right under a person's card ("Mobil: ...") is that person's."""
    if card.name or card.email or previous.kind != "person" or card.kind == "switchboard":
        return False
    prev_end, start = lines.index(previous.span[1]), lines.index(card.span[0])
    return start - prev_end <= 1 and lines.same_block(prev_end, start)


def extract_contacts(text: str, organisation: str | None = None) -> list[ContactCard]:
    """Contact cards for every e-mail address and valid phone number in ``text``.

    ``organisation`` is the publisher as the caller knows it; it is used only when
    the text does not say whose contact it is (the text's own spelling wins, so
    ``"Kramfors"`` becomes ``"Kramfors kommun"`` when the text says so). Persons
    named without an e-mail or phone get no card: a card must be usable.
    """
    lines = _Lines(text)
    items = sorted([*_iter_emails(text), *_iter_phones(text)], key=lambda f: f.start)
    taken = {lines.index(item.start) for item in items}
    mentions = _org_mentions(text)

    cards: list[ContactCard] = []
    seen: set[tuple[str | None, str | None]] = set()
    for group in _group_items(lines, items):
        card = _card_for(lines, group, mentions, organisation, taken)
        if cards and _continues(cards[-1], card, lines):
            prev = cards[-1]
            card = ContactCard(
                kind="person",
                evidence=card.evidence,
                span=card.span,
                name=prev.name,
                title=prev.title,
                unit=prev.unit,
                organisation=prev.organisation,
                phone=card.phone,
                phone_e164=card.phone_e164,
            )
        key = (card.email.lower() if card.email else None, card.phone_e164)
        if key in seen:
            continue
        seen.add(key)
        cards.append(card)
    return cards
