"""Names, roles and organisations around an e-mail address or phone number."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence

from assistant.core.contacts import role_word_pattern

# Latin letters with their marks ("Hodžić", "Müller", "Núñez"); Latin Extended-A mixes
# its cases letter by letter, so it stands in both.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOWER = "a-zß-öø-ÿĀ-ž"
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

_ROLE_WORD = role_word_pattern()
ROLE_WORD_RE = re.compile(rf"(?<![\w\-]){_ROLE_WORD}(?![\w\-])")
# "utvecklingssekreterare Christina Widerstrand eller Ann Rubin": the role covers the list.
_NAME_LIST_SEPARATOR = r"(?:[ \t]*,[ \t]*|[ \t]+(?:och|eller|samt)[ \t]+)"
ROLE_BEFORE_RE = re.compile(
    rf"(?<![\w\-])({_ROLE_WORD})(?:[ \t]*:)?[ \t]+"
    rf"(?:{_NAME_FULL_RE.pattern}{_NAME_LIST_SEPARATOR})*$"
)
ROLE_AFTER_RE = re.compile(
    rf"[ \t]*(?:\([^)\n]{{1,20}}\)[ \t]*)?,[ \t]*({_ROLE_WORD})(?![\w\-])", flags=re.IGNORECASE
)
UNIT_WORDS_RE = re.compile(
    r"förvaltning|avdelning|enhet|nämnd|kontor|sektion|stab|kansli|sekretariat",
    flags=re.IGNORECASE,
)

ORG_RE = re.compile(
    rf"(?<![\w\-])(?:Region[^\S\n]+[{_UPPER}][{_LOWER}]+"
    rf"|[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?[^\S\n]+(?:kommun|stad))(?![\w\-])"
)
# Capitalised words before "kommun" that do not name one ("Varje kommun").
NOT_ORG_WORDS = frozenset(
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

SWITCHBOARD_WORDS = ("växel", "vxl", "switchboard", "telefonväxel")
SERVICE_DESK_WORDS = (
    "kundtjänst",
    "kontaktcenter",
    "servicecenter",
    "medborgarservice",
    "medborgarcenter",
    "servicecentret",
    "kundcenter",
    "kundcentret",
    "kundservice",
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


def is_function_mailbox(email: str) -> bool:
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
        tokens[0].lower() in _NOT_NAME_WORDS or ROLE_WORD_RE.fullmatch(tokens[0]) is not None
    ):
        tokens = tokens[1:]
    if len(tokens) < 2 or any(t.lower() in _NOT_NAME_WORDS for t in tokens):
        return None
    return " ".join(tokens)


def as_name(fragment: str) -> str | None:
    """``fragment`` if it is nothing but a person's name (bullets and bold marks aside)."""
    cleaned = fragment.strip().strip("*_#•·>").strip()
    cleaned = re.sub(r"^[-–•·]\s+", "", cleaned)
    # "Handläggare: Per Persson" and "Kontaktperson: Anna Berg" name a person too.
    label = re.match(r"([\w\-]+)[ \t]*:[ \t]*", cleaned)
    if label and (
        label.group(1).lower() in _NOT_NAME_WORDS or ROLE_WORD_RE.fullmatch(label.group(1))
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


def name_for_email(text: str, email_start: int, email: str) -> str | None:
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


def org_mentions(text: str) -> list[tuple[int, str]]:
    out = []
    for m in ORG_RE.finditer(text):
        first = m.group().split()[0].lower()
        if first not in NOT_ORG_WORDS:
            out.append((m.start(), re.sub(r"\s+", " ", m.group())))
    return out


def _org_place_key(org: str) -> str:
    words = org.split()
    place = words[1] if words[0] == "Region" else words[0]
    return re.sub(r"[^a-z]", "", _fold(place))


def org_for_domain(email: str, mentions: Sequence[tuple[int, str]]) -> str | None:
    labels = [re.sub(r"[^a-z]", "", _fold(label)) for label in email.split("@", 1)[1].split(".")]
    for _, org in mentions:
        key = _org_place_key(org)
        # "Enköpings kommun" is enkoping.se: the genitive s is not in the domain.
        if any(label and (key == label or key == label + "s") for label in labels[:-1]):
            return org
    return None


def expand_org(given: str, mentions: Sequence[tuple[int, str]]) -> str:
    """The text's own spelling of the caller's organisation ("Kramfors" -> "Kramfors kommun")."""
    wanted = re.sub(r"[^a-z]", "", _fold(given))
    for _, org in mentions:
        key = re.sub(r"[^a-z]", "", _fold(org))
        if key == wanted or _org_place_key(org) in {wanted, wanted + "s"}:
            return org
    return given


def dominant_org(mentions: Sequence[tuple[int, str]]) -> str | None:
    if not mentions:
        return None
    counts = Counter(org for _, org in mentions)
    top = max(counts.values())
    return next(org for _, org in mentions if counts[org] == top)


# --- lines and blocks -------------------------------------------------------------
