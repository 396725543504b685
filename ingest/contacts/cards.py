"""Contact cards read from a passage: the e-mail addresses and phone numbers it holds,
grouped by layout (a contact block, a line, a signature) with the name, role and
organisation around them, each card with the exact evidence span it came from."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Literal

from assistant.core import municipalities
from assistant.core.contacts import (
    ContactCard,
    ContactKind,
    Found,
    iter_emails,
    iter_phones,
    line_label,
    role_word_pattern,
)
from assistant.core.hours import tells_hours
from assistant.core.localities import names_association
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.dates import find_dates
from assistant.index.lexical import is_stopword
from ingest.contacts.names import (
    NOT_ORG_WORDS,
    ORG_RE,
    ROLE_AFTER_RE,
    ROLE_BEFORE_RE,
    ROLE_WORD_RE,
    SERVICE_DESK_WORDS,
    SWITCHBOARD_WORDS,
    UNIT_WORDS_RE,
    as_name,
    dominant_org,
    expand_org,
    is_function_mailbox,
    name_for_email,
    org_for_domain,
    org_mentions,
)

_SHORT_LINE = 70  # a line of a contact block, not of running text


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
        """No paragraph break between the lines. A single blank line between two short
        lines is no break: web pages set a contact block as one paragraph per line
        ("Jonas Åhman", "Telefon: …", "E-post: …")."""
        low, high = min(a, b), max(a, b)
        return not any(self.is_blank(i) and not self._soft(i) for i in range(low, high + 1))

    def distance(self, a: int, b: int) -> int:
        """Lines from a to b, soft blank lines not counted."""
        low, high = min(a, b), max(a, b)
        return sum(1 for i in range(low + 1, high + 1) if not (self.is_blank(i) and self._soft(i)))

    def _soft(self, i: int) -> bool:
        before, after = i - 1, i + 1
        if before < 0 or after >= len(self) or self.is_blank(before) or self.is_blank(after):
            return False
        short = _SHORT_LINE
        return len(self.line(before).strip()) <= short and len(self.line(after).strip()) <= short


@dataclass
class _Group:
    """Items that belong to one card, and the lines that were read to describe them."""

    items: list[Found] = field(default_factory=list)
    context_lines: set[int] = field(default_factory=set)

    def has(self, kind: str) -> bool:
        return any(item.kind == kind for item in self.items)

    def first(self, kind: str) -> Found | None:
        return next((item for item in self.items if item.kind == kind), None)


def _prefix_on_line(lines: _Lines, item: Found) -> str:
    """The words before a detail on its line, from the start of its sentence or table cell
    ("Anna Berg, 070-… . Lisa Ek, 070-…": Lisa Ek's number follows her name, not Anna's)."""
    start, _ = lines.bounds(lines.index(item.start))
    ends = list(_NAME_START_RE.finditer(lines.text, start, item.start))
    return lines.text[ends[-1].end() if ends else start : item.start]


def _prefix_name(lines: _Lines, item: Found) -> str | None:
    """ "Ann Rubin: ann.rubin@..." -> "Ann Rubin"; "Maria Fransson, utvecklingsstrateg,
    telefon …" -> "Maria Fransson"."""
    prefix = _prefix_on_line(lines, item)
    prefix = re.sub(
        r"(?:\s|[:,;–—\-]|(?<!\w)(?:tel\.?|telefon|e-post|mobil|phone|e-mail|email|mobile))*$",
        "",
        prefix,
        flags=re.I,
    )
    if prefix.strip():
        # "Frågor om IOP besvaras av Annika Ek, samordnare, telefon …": whom the sentence
        # names as answering, with a role after the name.
        agent = _agent().search(prefix)
        if agent is not None:
            after = prefix[agent.end() :].strip()
            if _without_role(after) != after:
                return as_name(_without_role(after))
        # "Kontakta Johan Ek, utvecklare …, 0304-…": the person the line calls, not an
        # office or an organisation ("Kontakta Röda Korset Orsa, 070-…").
        called = _call_verb().match(prefix)
        if called:
            # Only with a role after it: "Kontakta Röda Korset Orsa, 070-…" calls no one.
            after = prefix[called.end() :].strip()
            return _called_name(prefix) if _without_role(after) != after else None
        return as_name(_without_role(_unlabelled(prefix)))
    # "Karin Holmgren, utvecklingsledare, vård- och omsorgsförvaltningen. Telefon 026-…":
    # a sentence of details alone, right after the sentence that names whose they are.
    start, _ = lines.bounds(lines.index(item.start))
    ends = list(_SENTENCE_END_RE.finditer(lines.text, start, item.start))
    if not ends:
        return None
    opening = ends[-2].end() if len(ends) > 1 else start
    previous = lines.text[opening : ends[-1].start()].strip()
    # Only a sentence that is nothing but a name and what it is ("Karin Holmgren,
    # utvecklingsledare, …"): "Per Svensson, ordförande, skrev under avtalet" tells of him.
    # So does one whose role is followed by what the person does for the reader
    # ("Nadia Berisha, föreningsutvecklare, hjälper er gärna.").
    first, *rest = [part.strip() for part in previous.split(",")]
    name = as_name(first)
    if name is None or name != first:
        return None
    told = [_classify_line(p) in ("role", "unit", "org") or names_association(p) for p in rest]
    # The clause of what they do may hold commas of its own ("answers questions in
    # English, Persian and Swedish").
    serving = next((k for k, part in enumerate(rest) if k and _serving().match(part)), None)
    described = all(told) or (serving is not None and all(told[:serving]))
    return name if described else None


@cache
def _serving() -> re.Pattern[str]:
    """A clause that opens by what the person does for the reader ("hjälper er gärna",
    "svarar på frågor"): "skrev under avtalet" or "tackar kommunen" tells of them instead."""
    verbs = alternation(load_cues("role_words.yaml")["serving"])
    return re.compile(rf"^(?:{verbs})\b", re.IGNORECASE)


def _unlabelled(fragment: str) -> str:
    """The fragment without a short label before its name ("Frågor om IOP: Karin Ek",
    "Presskontakt: Johan Svedberg")."""
    label, end = line_label(fragment)
    return fragment[end:] if label and fragment[end:][:1].isupper() else fragment


@cache
def _role_tail() -> re.Pattern[str]:
    """What a role may add after its word: where or for what ("strateg för civilsamhället")."""
    words = alternation(load_cues("role_words.yaml")["role_tails"])
    # "utvecklare för civilsamhällesfrågor på kommunstyrelsens förvaltning": a unit's
    # name may follow the field, still no details and no clause.
    return re.compile(rf"\s+(?:{words})\s+[^\d@,;:]{{1,64}}")


# An English role's words before its head ("civil society strategist", "senior adviser").
# Not a clause of its own ("…, eller av ansvarig handläggare").
_ROLE_LEAD = re.compile(
    rf",[ \t]*(?!(?:eller|och|samt|or|and|av|by)\b)((?:[a-z-]+[ \t]+){{1,3}}{role_word_pattern()})"
    r"(?![\w\-])",
    re.IGNORECASE,
)


# What a role's line may add after it in short words, no details and no sentence: the
# role's own field and a unit ("strateg civilsamhälle, regional utveckling").
_WORD = r"[^\W\d_][\w\-]*"
_DESCRIPTOR_TAIL = re.compile(
    rf"(?:[ \t]+{_WORD}){{0,2}}(?:[ \t]*,[ \t]*{_WORD}(?:[ \t]+{_WORD}){{0,2}}){{0,2}}"
)


def _without_role(fragment: str) -> str:
    """A name with its role after it ("Maria Fransson, utvecklingsstrateg", "Johan
    Almqvist, strateg för civilsamhället", "Lina Berg, strateg civilsamhälle, regional
    utveckling") as the name."""
    found = ROLE_AFTER_RE.search(fragment) or _ROLE_LEAD.search(fragment)
    if found is None:
        return fragment
    tail = fragment[found.end() :].rstrip()
    if tail and not (_role_tail().fullmatch(tail) or _DESCRIPTOR_TAIL.fullmatch(tail)):
        return fragment
    return fragment[: found.start()]


@cache
def _agent() -> re.Pattern[str]:
    phrases = alternation(load_cues("role_words.yaml")["agent_phrases"])
    return re.compile(rf"(?<!\w)(?i:{phrases})\s+(?=[A-ZÅÄÖÉ])")  # a capitalised name


@cache
def _call_verb() -> re.Pattern[str]:
    verbs = alternation(load_cues("role_words.yaml")["call_verbs"])
    return re.compile(rf"^\s*(?:{verbs})\s+", re.IGNORECASE)


def _called_name(line: str) -> str | None:
    """The person a line tells the reader to reach ("Ring Sofia Nyström.", "Kontakta Per
    Ek, föreningskonsulent."); not an office or the municipality ("Kontakta
    Kundcenter", "Ring Mariestads kommun")."""
    found = _call_verb().match(line)
    if found is None:
        return None
    called = _without_role(line[found.end() :].strip().rstrip(".!")).strip().rstrip(",")
    name = as_name(called)
    if name is None or municipalities.canonical(name) or service_title(name):
        return None
    return None if _classify_line(name) in ("org", "unit") else name


# "Telefontid: tisdag och torsdag 9–11", "Besöksadress: …": a field of the card between
# its number and its address.
_FIELD_LINE = re.compile(r"^[^\W\d_][\w -]{1,24}:\s+\S")


def _fields_between(lines: _Lines, a: int, b: int) -> int:
    """Lines between two lines that are a card's short labelled fields; a field that
    names a person ("Handläggare: Ola Ek") starts another card."""
    low, high = min(a, b), max(a, b)
    return sum(1 for i in range(low + 1, high) if _is_field(lines.line(i).strip()))


def _is_field(line: str) -> bool:
    if len(line) > _SHORT_LINE:
        return False
    if tells_hours(line) and not line.endswith("."):
        return True  # "Telefontid måndag–onsdag kl. 9–11", labelled or not; no sentence
    if not _FIELD_LINE.match(line):
        return False
    value = line.split(":", 1)[1]
    # "Senast uppdaterad: 18 november 2026": the page's date, below every card.
    dated = any(d.year is not None and d.start <= 1 for d in find_dates(value.strip()))
    return as_name(value) is None and not dated


def _joins(lines: _Lines, group: _Group, item: Found) -> bool:
    last = group.items[-1]
    last_line, line = lines.index(last.start), lines.index(item.start)
    apart = lines.distance(last_line, line) - _fields_between(lines, last_line, line)
    if apart > 1 or not lines.same_block(last_line, line):
        return False
    if item.kind == "email" and any(
        i.kind == "email" and i.value.lower() == item.value.lower() for i in group.items
    ):
        return True
    if group.has(item.kind):
        return False
    # A new name at the start of a later line starts a new person.
    return line == last_line or _prefix_name(lines, item) is None


def _group_items(lines: _Lines, items: Sequence[Found]) -> list[_Group]:
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
    gap = False
    # Only sentences about the person lie between ("Ring Jonas Lind. / Han arbetar med
    # föreningar. / Telefon: …"); any other line passed ("… besvaras av kontaktcenter")
    # is whose number it is.
    about_only = True
    # A card's lines given each as a paragraph ("Annika Ek" / "Samordnare för …" /
    # "Telefon …"): the role line alone between the name and the fields.
    role_crossed = False
    for i in range(first_line - 1, max(-1, first_line - 6), -1):
        after_them = about_only and _about_them(lines.line(i + 1))
        if i in taken or (gap and lines.is_blank(i) and not after_them):
            return None
        if lines.is_blank(i):
            gap = True
            continue
        line = lines.line(i)
        if gap and about_only and _about_them(line):
            continue
        # Across a blank line (a web card's "<br>" given as paragraphs) only a name with
        # its role after it ("Maria Fransson, utvecklingsstrateg") heads the card. A label
        # before the name ("Frågor om IOP: Karin Ek, strateg,") says what the card is for.
        line = _unlabelled(line.rstrip().rstrip(",;"))
        bare = _without_role(line)
        name = as_name(bare) if not gap or bare != line or role_crossed else None
        # "Ring Jonas Mattsson Lind." on a line of its own calls the person whose number
        # follows, a blank line or two below as easy-to-read text sets it.
        name = name or _called_name(line)
        if name:
            return name, i
        if gap and not role_crossed and about_only and _classify_line(line) == "role":
            role_crossed, gap = True, False
            continue
        if gap:
            return None
        about_only = False
    return None


_ABOUT_THEM = re.compile(r"^\s*(?:han|hon|hen|he|she)\s", re.IGNORECASE)


def _about_them(line: str) -> bool:
    """A sentence that goes on about the person named above ("Han arbetar med …")."""
    return bool(_ABOUT_THEM.match(line))


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


_UNIT_AFTER = re.compile(r"[ \t]*,[ \t]*([^,\n]{3,60}?)[ \t]*(?=,|\n|$)")


def _classify_line(line: str) -> Literal["org", "role", "unit"] | None:
    stripped = line.strip().strip("*_").strip()
    if not stripped or re.search(r"[\d@]", stripped) or len(stripped.split()) > 6:
        return None
    org = ORG_RE.fullmatch(stripped)
    if org and stripped.split()[0].lower() not in NOT_ORG_WORDS:
        return "org"
    if ROLE_WORD_RE.search(stripped):
        return "role"
    if UNIT_WORDS_RE.search(stripped):
        return "unit"
    return None


def _profile(lines: _Lines, name: str, taken: set[int]) -> _Profile:
    """Title, unit and organisation said about ``name`` anywhere in the text."""
    text = lines.text
    sig_title = sig_unit = sig_org = pre_unit = after_role = before_role = line_unit = None
    line_org = None
    for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
        i = lines.index(m.start())
        if as_name(lines.line(i)) == name:
            for j in range(i + 1, min(len(lines), i + 5)):
                # A card's lines given as paragraphs: a role one blank line below.
                if lines.is_blank(j) and j == i + 1:
                    continue
                if lines.is_blank(j) or j in taken:
                    break
                kind, value = _classify_line(lines.line(j)), lines.line(j).strip().strip("*_")
                if lines.is_blank(i + 1) and kind != "role":
                    break
                if kind == "role" and sig_title is None:
                    sig_title = value.strip()
                elif kind == "unit" and sig_unit is None:
                    sig_unit = value.strip()
                elif kind == "org" and sig_org is None:
                    sig_org = value.strip()
            if i > 0 and not lines.is_blank(i - 1) and _classify_line(lines.line(i - 1)) == "unit":
                pre_unit = pre_unit or lines.line(i - 1).strip().strip("*_").strip()
        # "Omid Berg, civil society coordinator": an English role with the words before it.
        after = ROLE_AFTER_RE.match(text, m.end()) or _ROLE_LEAD.match(text, m.end())
        if after and after_role is None:
            after_role = after.group(1)
        # "Helena Tjäder, föreningskonsulent, kultur- och fritidsförvaltningen, 0550-…":
        # the unit in the name's own line, after the role or the name.
        unit_after = _UNIT_AFTER.match(text, after.end() if after else m.end())
        # "…, eller av socialförvaltningen, på …" is prose: a unit opens with its own word.
        if (
            unit_after
            and line_unit is None
            and _classify_line(unit_after.group(1)) == "unit"
            and not is_stopword(unit_after.group(1).split()[0])
        ):
            line_unit = unit_after.group(1).strip()
        # "Bengt Wiklund, ordförande, Föreningen Strömsbro Vänkrets": an association's
        # person, not the municipality's.
        # "…, Ljusne Kamratförening. Telefon …" or "…, ordförande i Ljusne Kamratförening"
        tail = text[after.end() :].split("\n", 1)[0] if after else ""  # the rest of the line
        told = [unit_after.group(1) if unit_after else "", after.group(1) if after else "", tail]
        for part in told:
            part = re.sub(r"^.*?\bi\s+(?=[A-ZÅÄÖ])", "", part.split(". ")[0].strip().rstrip("."))
            if line_org is None and names_association(part):
                line_org = part
        line_start, _ = lines.bounds(i)
        before = ROLE_BEFORE_RE.search(text[line_start : m.start()])
        if before and before_role is None:
            before_role = before.group(1)
    return _Profile(
        title=sig_title or after_role or before_role,
        unit=sig_unit or pre_unit or line_unit,
        organisation=sig_org or line_org,
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


def service_title(context: str) -> str | None:
    """The switchboard or service desk a line names ("växel", "kontaktcenter"), if any."""
    lowered = context.lower()
    for word in (*SWITCHBOARD_WORDS, *SERVICE_DESK_WORDS):
        if re.search(rf"(?<!\w){word}(?!\w)", lowered):
            return "växel" if word in SWITCHBOARD_WORDS else word
    return None


# "Tel. 08-..." and "t.ex." do not end a sentence.
_SENTENCE_END_RE = re.compile(
    r"(?<!\b[Tt]el)(?<!\b[Kk]l)(?<!\b[Nn]r)(?<!\bca)(?<!\bex)(?<!\bbl\.a)[.!?](?=\s)"
)
# Where a name before a detail may start: a sentence or a table cell ("| Idéburet
# offentligt partnerskap | Mattias Granlund, …").
_NAME_START_RE = re.compile(rf"{_SENTENCE_END_RE.pattern}|(?<=\s)\|(?=\s)")


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


_LABEL_CHARS = 20  # a number's own label stands right before it ("Växel ", "Kontaktcenter: ")


def _card_for(
    lines: _Lines,
    group: _Group,
    mentions: Sequence[tuple[int, str]],
    organisation: str | None,
    taken: set[int],
) -> ContactCard:
    email = group.first("email")
    phone = group.first("phone")
    name = name_for_email(lines.text, email.start, email.value) if email else None
    if name is None:
        name = next(filter(None, (_prefix_name(lines, item) for item in group.items)), None)
    own_lines = " ".join(lines.line(lines.index(item.start)) for item in group.items)
    # A number labelled as the switchboard or a service desk ("… · Växel 0491-880 00") is
    # no person's, whoever signs above it; "Telefon 0481-452 10 (växel …)" still is.
    first = group.items[0]
    label = lines.text[lines.bounds(lines.index(first.start))[0] : first.start]
    if name is None and not service_title(label[-_LABEL_CHARS:]):
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
        service = service_title(own_lines) or service_title(
            " ".join(lines.line(i) for i in label_rows)
        )
        if phone and service and not (email and not is_function_mailbox(email.value)):
            kind, title = "switchboard", service
            group.context_lines.update(label_rows)
        elif email and not is_function_mailbox(email.value):
            kind = "person"
        else:
            kind = "function"

    org = profile.organisation or _nearby_org(lines, group, mentions)
    if org is None and email:
        org = org_for_domain(email.value, mentions)
    if org is None and organisation:
        org = expand_org(organisation, mentions)
    if org is None:
        org = dominant_org(mentions)

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
    return lines.distance(prev_end, start) <= 1 and lines.same_block(prev_end, start)


def extract_contacts(
    text: str, organisation: str | None = None, heading: str | None = None
) -> list[ContactCard]:
    """Contact cards for every e-mail address and valid phone number in ``text``.

    ``organisation`` is the publisher as the caller knows it; it is used only when
    the text does not say whose contact it is (the text's own spelling wins, so
    ``"Kramfors"`` becomes ``"Kramfors kommun"`` when the text says so). Persons
    named without an e-mail or phone get no card: a card must be usable. ``heading``
    is the heading the text stands under: a web page's person card names its person
    there ("## Anders Holmqvist"), which the e-mail address confirms.
    """
    lines = _Lines(text)
    items = sorted([*iter_emails(text), *iter_phones(text)], key=lambda f: f.start)
    taken = {lines.index(item.start) for item in items}
    mentions = org_mentions(text)

    cards: list[ContactCard] = []
    seen: set[tuple[str | None, str | None]] = set()
    for group in _group_items(lines, items):
        card = _card_for(lines, group, mentions, organisation, taken)
        if card.name is None and card.email and heading:
            named = name_for_email(heading, 0, card.email)
            if named:
                card = replace(card, name=named, kind="person")
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
