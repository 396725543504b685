"""Whom to contact: the contact cards (found at ingest) that fit the question.

Cards are ranked by how close the passage they stand in comes to the question (its
evidence score), how close the card's own line comes to it (embeddings), and whether the
document speaks for the municipality as a whole (a guideline's coordinator before a
decision's case officer). A person appears once, with every detail the documents give.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from assistant.answers.answer_types import asking_sentences
from assistant.answers.authority import speaks_for_others, speaks_generally
from assistant.answers.citations import CitationBook
from assistant.answers.drafts import is_draft, names_a_draft
from assistant.answers.eligibility.calls import call_asked
from assistant.answers.eligibility.concepts import concept_in, negation_words
from assistant.answers.eligibility.support import names_procurement, support_form
from assistant.answers.partners import names_a_partner
from assistant.answers.question import domain_matcher
from assistant.answers.ranking import Evidence, cosine
from assistant.answers.voices import in_other_voice
from assistant.core import municipalities
from assistant.core.contacts import ContactCard, line_label
from assistant.core.documents import Chunk
from assistant.core.hours import hours_beside
from assistant.core.localities import association_word, is_locality, names_association
from assistant.core.municipalities import fold
from assistant.core.records import Contact
from assistant.core.swedish.cues import CueMatcher, load_cues, matcher, word_pattern
from assistant.core.swedish.frequency import common_word, used_whole
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import is_stopword, stem, words
from assistant.index.reader import IndexReader

_GENERAL_BONUS = 0.15
_MAX_PEOPLE = 2
# A card whose role the best evidence names ("Kontakta föreningskonsulenten …").
_NAMED_BONUS = 0.3
_NAMED_FROM = 5
# A card for IOP itself (its mailbox or heading names it) before one for another matter
# on the same page ("Föreningsbidrag"), when the question is about IOP.
_IOP_BONUS = 0.2
# Asked in another language than Swedish, the card of a page in that language (the
# municipality's English page names who answers in English).
_LANGUAGE_BONUS = _NAMED_BONUS
_OFFICE_CHARS = 5  # shorter parts of a mailbox ("iop", "kc") are no office's name
_DENIED_WITHIN = 2  # "har inte ringt", "have not called": the negation right before


@dataclass(frozen=True)
class Card:
    card: ContactCard
    chunk: Chunk
    score: float


def cards_of(reader: IndexReader, places: Sequence[str]) -> list[tuple[ContactCard, Chunk]]:
    out: list[tuple[ContactCard, Chunk]] = []
    for place in places:
        # A number in someone's comment under the municipality's post is theirs.
        out.extend(
            (card, chunk)
            for card, chunk in reader.contact_cards(place)
            if not in_other_voice(chunk, card.span)
        )
    return out


@dataclass(frozen=True)
class Picked:
    cards: list[Card]
    more: bool  # decisions name more case officers, left out for a general question


def pick_contacts(
    reader: IndexReader,
    places: Sequence[str],
    question: str,
    evidence: Sequence[Evidence],
    switchboard_first: bool = False,
) -> list[Card]:
    return pick_people(reader, places, question, evidence, switchboard_first).cards


def pick_people(
    reader: IndexReader,
    places: Sequence[str],
    question: str,
    evidence: Sequence[Evidence],
    switchboard_first: bool = False,
    phone_first: bool = False,
    language: str = "sv",
    told: str = "",
) -> Picked:
    """The people (and mailboxes) to contact about the question, best first. A
    decision's case officer is the contact for that one partnership: only when the
    question names its matter, else the guideline's and web page's people. Someone who
    wants to call (``phone_first``) gets the cards with a number first. An office the
    asker ``told`` of having tried already is left out when someone else is there."""
    everyone = cards_of(reader, places)
    # "Vem på kommunen …? Alltså inte PRO.": a name denied is no name the asker wants.
    question = _DENIED_NAME.sub(" ", question)
    # A card labelled for another form of support ("Föreningsbidrag: Petra Lund, …",
    # "Upphandling: …") answers a question about that form only.
    if not _names_other_matter(question):
        ours = [p for p in everyone if not _names_other_matter(line_label(p[0].evidence)[0])]
        everyone = ours or everyone
    else:
        # "Vem svarar på frågor om upphandlingen?": the card labelled for that matter.
        asked = _matters(question)
        labelled = [p for p in everyone if _matters(line_label(p[0].evidence)[0]) & asked]
        everyone = labelled or everyone
    # An association's own people (a partner's chair in a press release) are no way into
    # the municipality, unless the question is about that association.
    municipal = [pair for pair in everyone if not _of_another_association(pair[0], question)]
    everyone = municipal or everyone
    others = [pair for pair in everyone if not _already_tried(pair[0], told)]
    everyone = others or everyone
    # The press contact answers journalists, unless the question asks for the press
    # ("Inte pressen alltså, utan …" tells whom not).
    media = _media()
    if not media(" ".join(asking_sentences(question)) or question):
        not_press = [p for p in everyone if not media(f"{p[0].title or ''} {p[0].evidence}")]
        everyone = not_press or everyone
    # "Alltså inte den som har hand om föreningsbidragen": whom the asker does not want.
    unwanted = not_wanted(question)
    if unwanted:
        wanted = [p for p in everyone if not _does(p[0], unwanted, p[1])]
        everyone = wanted or everyone
    pairs = _general(reader, everyone, question)
    more = len(pairs) < len([p for p in everyone if not _theirs(*p)])
    if not pairs:
        return Picked([], False)
    chunk_score: dict[str, float] = {}
    for e in evidence:
        chunk_score[e.chunk.chunk_id] = max(chunk_score.get(e.chunk.chunk_id, 0.0), e.score)
    named = _named_in(reader, evidence)
    # A question about IOP itself ("… om ett partnerskap?"), not about a public record;
    # an association asking whom to talk to about working with the kommun asks about IOP
    # in its own words ("… om att vår förening ska starta en träffpunkt").
    iop_asked = bool(domain_matcher()(question)) or concept_in("association", question)
    draft_asked = names_a_draft(" ".join(asking_sentences(question)) or question)
    question_vector = reader.query_vector(question)
    vectors = reader.passage_vectors([_card_text(c) for c, _ in pairs])
    ranked: list[Card] = []
    for (card, chunk), vector in zip(pairs, vectors, strict=True):
        score = chunk_score.get(chunk.chunk_id, 0.0) + cosine(question_vector, vector)
        if speaks_generally(chunk.doc_type):
            score += _GENERAL_BONUS
        if card.kind == "switchboard":
            score += 1.0 if switchboard_first else -1.0
        if card.title and named(card.title):
            score += _NAMED_BONUS
        if iop_asked and _for_iop(card, chunk):
            score += _IOP_BONUS
        if language != "sv" and in_language(chunk, language):
            score += _LANGUAGE_BONUS
        if call_asked(chunk.title, question):
            score += _NAMED_BONUS  # the call asked about answers for itself
        elif draft_asked and is_draft(reader, chunk.source):
            score += _NAMED_BONUS  # so does the draft asked about
        ranked.append(Card(card, chunk, score))
    ranked.sort(key=lambda c: (phone_first and c.card.phone is None, -c.score))
    chosen: list[Card] = []
    for candidate in ranked:
        if candidate.card.kind == "switchboard" and not switchboard_first:
            continue
        same = next(
            (i for i, kept in enumerate(chosen) if _same_person(candidate.card, kept.card)), None
        )
        if same is not None:
            # The same person or number named elsewhere: keep the card that says most,
            # in the asker's language (a region's English page repeats its Swedish one).
            if _says_most(candidate, language) > _says_most(chosen[same], language):
                chosen[same] = candidate
            continue
        if len(chosen) < _MAX_PEOPLE:
            chosen.append(candidate)
    return Picked(chosen, more)


_NOT_WHOM_MIN = 5  # a word this long says what the unwanted person does ("bidrag…")


@cache
def _not_whom() -> re.Pattern[str]:
    """ "inte den som har hand om …", "not the one who handles …": the rest of the clause
    says what the unwanted person does."""
    spec = load_cues("question_words.yaml")
    whom = "|".join(map(re.escape, spec["not_whom"]))
    # … up to what the asker wants instead ("…, utan IOP-samordnaren").
    instead = "|".join(map(re.escape, spec["not_whom_instead"]))
    return re.compile(rf"\b(?:{whom})\b(.*?)(?=[,.?!;]|\b(?:{instead})\b|$)", re.IGNORECASE)


@cache
def _denied_instead() -> re.Pattern[str]:
    """ "inte föreningsrådet, utan någon på kommunen": what is denied, a word or three
    before what the asker wants instead."""
    instead = "|".join(map(re.escape, load_cues("question_words.yaml")["denied_instead"]))
    return re.compile(
        rf"\b(?:inte|ej|not)\s+([^\W\d_]+(?:\s+[^\W\d_]+){{0,2}}?)\s*,?\s+(?:{instead})\b",
        re.IGNORECASE,
    )


def not_wanted(question: str) -> frozenset[str]:
    """The stems of what the person the asker does not want does ("föreningsbidrag" of
    "inte den som har hand om föreningsbidragen"); the verbs of doing say nothing of it."""
    # "Vi är inte en förening utan ett socialt företag" tells what they are: only what
    # the asking sentences deny is someone unwanted.
    asking = " ".join(asking_sentences(question)) or question
    found = _not_whom().search(question) or _denied_instead().search(asking)
    if found is None:
        return frozenset()
    doing = set(load_cues("question_words.yaml")["not_whom_doing"])
    # An acronym says it too ("inte den som har hand om IOP i allmänhet").
    acronyms = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ]{3,}\b", found.group(1))}
    said = [
        w
        for w in words(found.group(1))
        if (len(w) >= _NOT_WHOM_MIN or w in acronyms) and not is_stopword(w) and w not in doing
    ]
    return frozenset(stem(w) for w in said)


def _does(card: ContactCard, stems: frozenset[str], chunk: Chunk | None = None) -> bool:
    """Whether the card's own words (its title, its line, and the rest of its paragraph
    up to it: "Sara Eke … svarar på frågor om IOP. Telefon …") name what the stems say."""
    before = ""
    if chunk is not None and card.span is not None:
        # Its own line only: a list's other items name other people's matters; and the
        # question its section answers ("Har du frågor om föreningsbidrag?").
        start = chunk.text.rfind("\n", 0, card.span[0])
        before = chunk.text[max(start, 0) : card.span[0]]
        section = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
        before = f"{section if section.endswith('?') else ''} {before}"
    return names_any(f"{card.title or ''} {card.unit or ''} {before} {card.evidence}", stems)


def names_any(text: str, stems: frozenset[str]) -> bool:
    """Whether a word of the text is one of the stems or a compound ending on one
    ("föreningsbidrag" for "bidragen")."""
    said = {stem(w) for w in words(text)}
    return any(w == s or w.endswith(s) for w in said for s in stems)


@cache
def _media() -> CueMatcher:
    """Press roles, as written ("pressar priserna" is no press)."""
    return CueMatcher(load_cues("role_words.yaml")["media"], inflect=False)


def _of_another_association(card: ContactCard, question: str) -> bool:
    """The card is an association's ("Föreningen Strömsbro Vänkrets") and the question
    does not name it by a word of its own name."""
    organisation = card.organisation or ""
    if not names_association(organisation):
        return False
    # Its own words: not a word for an association, a small or common word, nor a place
    # ("Ljusne Kamratförening": "kamratförening"; "i", "äldre" or "Ljusne" is no
    # association's own).
    own = {
        w
        for w in words(organisation)
        if not (
            association_word(w) or is_stopword(w) or common_word(w) or is_locality(w.capitalize())
        )
        and municipalities.canonical(w) is None
    }
    return not own & set(words(question))


def _already_tried(card: ContactCard, told: str) -> bool:
    """An office the asker tells of having been in touch with ("Jag ringde
    föreningsservice förra veckan men …"): named by its mailbox, unit or title in a told
    sentence with a verb of having called, written or been helped and no negation ("Vi
    har inte kontaktat kontaktcenter än" has tried nothing). A person told of by name is
    not: "Jag träffade Anna Berg …, hur når jag henne?" asks for her again; one told of by
    role is ("Min syster har fått hjälp av anhörigkonsulenten, men …"). Words every text
    uses ("kommunen@…", "förening") name no one office."""
    if not told or (card.name and _names_person(card.name, told)):
        return False
    labels = (card.title, card.unit, card.email.split("@")[0] if card.email else None)
    for start, end in sentence_spans(told):
        sentence = told[start:end]
        verb = _tried().first(sentence)
        if verb is None:
            continue
        # "har inte kontaktat": denied just before the verb; "… men de kunde inte hjälpa"
        # after it still tells of a call.
        before = words(sentence[: sentence.lower().find(verb.lower())])[-_DENIED_WITHIN:]
        if set(before) & negation_words():
            continue
        said = words(sentence)
        for label in labels:
            parts = [fold(p) for p in re.split(r"[\s._-]+", (label or "").lower()) if p]
            if not parts or any(len(p) < _OFFICE_CHARS for p in parts):
                continue
            # Each part told, as the asker writes it: a mailbox is written without å, ä, ö
            # ("foreningsservice"), and "förening" is a word of every text.
            told_as = [[w for w in said if fold(w).startswith(p)] for p in parts]
            if all(found and not all(used_whole(w) for w in found) for found in told_as):
                return True
    return False


def _names_person(name: str, told: str) -> bool:
    """Whether the told text names the person by a word of their name."""
    said = {fold(w) for w in words(told)}
    return any(fold(part) in said for part in words(name))


@cache
def _tried() -> CueMatcher:
    return matcher("question_words.yaml", "tried")


def _named_in(reader: IndexReader, evidence: Sequence[Evidence]) -> Callable[[str], bool]:
    """Whether a role ("föreningskonsulent") is named in the best evidence ("Kontakta
    föreningskonsulenten för ett första samtal"): that role's card answers it."""
    if reader.lexical is None or not evidence:
        return lambda _: False
    terms = reader.lexical.analyzer.terms
    best = max(e.score for e in evidence)
    said = {t for e in evidence[:_NAMED_FROM] if e.score >= best / 2 for t in terms(e.text)}
    return lambda title: bool(set(terms(title)) & said)


# "inte PRO", "inte till Röda Korset", "not PRO": a name right after a negation.
_DENIED_NAME = re.compile(
    r"\b(?:[Ii]nte|[Ee]j|[Nn]ot)\s+(?:(?:till|med|hos|från|to|with|from)\s+)?"
    r"[A-ZÅÄÖ][\w:-]*(?:\s+[A-ZÅÄÖ][\w:-]*)*"
)
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][\wåäöÅÄÖ-]+")


def mid_sentence_names(text: str) -> list[str]:
    """The capitalised words of a text that do not open a sentence: names."""
    return _NAME.findall(text.strip())


def _names_other_matter(text: str) -> bool:
    """Whether the text names another form of support than IOP (a grant, procurement)
    and not IOP itself."""
    return bool(text) and not domain_matcher()(text) and bool(_matters(text))


def _matters(text: str) -> frozenset[str]:
    """The forms of support a text names, as stems ("föreningsbidrag"), and procurement."""
    found = {stem(w) for w in words(text) if support_form(w)}
    if names_procurement(text):
        found.add("procurement")
    return frozenset(found)


def _theirs(card: ContactCard, chunk: Chunk) -> bool:
    """A person named in an association's consultation answer or letter (its chair): theirs,
    not the municipality's. The ways in such a text gives (the municipality's mailbox or
    switchboard) still are the municipality's."""
    return card.kind == "person" and speaks_for_others(chunk)


def _general(
    reader: IndexReader, pairs: list[tuple[ContactCard, Chunk]], question: str
) -> list[tuple[ContactCard, Chunk]]:
    """The people of the documents that speak for the municipality as a whole, and a
    decision's people only when the question names that decision's own matter (a name
    in its title that no general document's title has: "Föreningen Bryggan")."""
    general = [(c, ch) for c, ch in pairs if speaks_generally(ch.doc_type)]
    if reader.lexical is None:
        return [(c, ch) for c, ch in pairs if not _theirs(c, ch)]
    terms = reader.lexical.analyzer.terms
    names = _NAME.findall(question.strip())
    # A place's name names no matter of its own ("Vem kan jag ringa om IOP i Tibro?").
    places = {t for m in municipalities.mentions(question) for t in terms(m.name)}
    asked = {t for name in names for t in terms(name)} - places
    # An association's own consultation answer is named by a word of its own matter, not
    # by the domain's ("IOP"): its chair is never the municipality's contact ("Finns det
    # någon kontaktperson för IOP på Partille kommun?").
    # Named where the asker asks: "Vi har läst PRO:s remissvar. Vem på kommunen …?" tells
    # what they read and asks for the municipality.
    asking = " ".join(asking_sentences(question)) or question
    # Nor by the place's name ("Vem på Dals-Eds kommun …?" names no association's matter).
    own = {
        t
        for name in _NAME.findall(asking.strip())
        if not domain_matcher()(name) and not municipalities.detect(name)
        for t in terms(name)
    }
    common = {t for _, ch in general for t in terms(ch.title)}

    def named(chunk: Chunk, said: set[str]) -> bool:
        return bool((said & set(terms(chunk.title))) - common)

    # The words of the names asked that no general document's title has.
    own_words = asked - common

    # The municipality's draft out for consultation is named by any word of its title the
    # asker uses: "Vem kan jag fråga om Övertorneås förslag till nya IOP-regler?" asks for
    # the draft's contact.
    asked_words = set(terms(asking))

    def kept(card: ContactCard, chunk: Chunk) -> bool:
        if _theirs(card, chunk):
            return named(chunk, own)
        heading = _partnership_heading(card, chunk)
        if heading and not named(chunk, asked):
            # "### Frågor om partnerskapet med Bålsta Väntjänst": that partnership's.
            return bool(set(terms(heading)) & own_words)
        if not general or speaks_generally(chunk.doc_type) or named(chunk, asked):
            return True
        # The association the question names is the card's own ("Hur når jag Ljusne
        # Kamratförening?" beside "Britt Sandberg, ordförande, Ljusne Kamratförening").
        if own_words and own_words <= set(terms(card.evidence)):
            return True
        # "Frågor om idéburet offentligt partnerskap: Petra …" at the end of a news item:
        # labelled for IOP itself, the desk for every partnership ("Kontaktperson för
        # partnerskapet" is that one partnership's).
        if matcher("question_words.yaml", "iop_itself")(line_label(card.evidence)[0]):
            return True
        # A call for ideas is named by its topic anywhere in the message ("… söka i
        # Bollebygds utlysning om mötesplatser för unga. Vem ska vi ringa om den?").
        if call_asked(chunk.title, question):
            return True
        return is_draft(reader, chunk.source) and named(chunk, asked_words)

    return [(card, chunk) for card, chunk in pairs if kept(card, chunk)]


def _partnership_heading(card: ContactCard, chunk: Chunk) -> str:
    """The heading naming one partnership's partner that a card stands under ("Frågor om
    partnerskapet med Bålsta Väntjänst"), or "": the line above the card (a passage keeps
    a heading as a line of its own, without its marks), else the passage's section."""
    lines = [line.strip() for line in chunk.text[: card.span[0]].splitlines() if line.strip()]
    # The card's own first lines (its name and title) are not above it.
    above = [line for line in lines if not (card.name and card.name in line)]
    candidates = [*above[-1:], *chunk.heading_path[1:][-1:]]
    return next(
        (
            h.lstrip("# ")
            for h in candidates
            if not h.endswith((".", "!", "?")) and names_a_partner(h, ())
        ),
        "",
    )


def switchboard(reader: IndexReader, places: Sequence[str], general: bool = False) -> Card | None:
    """The municipality's switchboard or contact centre, never a named official; unless
    ``general`` (for a matter that is not IOP), an unnamed function with a number will
    do too, though it may be the IOP desk's own."""
    boards = [
        (card, chunk) for card, chunk in cards_of(reader, places) if card.kind == "switchboard"
    ]
    if general:
        # A matter that is not IOP goes to the switchboard, not to the IOP desk's mailbox
        # written beside it ("… partnerskap@lerum.se, or call the switchboard on …").
        plain = [(c, ch) for c, ch in boards if not _iop_mailbox(c.email)]
        if plain:
            return Card(plain[0][0], plain[0][1], 0.0)
        return Card(replace(boards[0][0], email=None), boards[0][1], 0.0) if boards else None
    if boards:
        return Card(boards[0][0], boards[0][1], 0.0)
    for card, chunk in cards_of(reader, places):
        if card.kind == "function" and not card.name and card.phone:
            return Card(card, chunk, 0.0)
    return None


def _for_iop(card: ContactCard, chunk: Chunk) -> bool:
    """A card for IOP itself: its mailbox named for it, or it stands under a section of
    the page that names it ("Kontakt › Idéburet offentligt partnerskap", not "Kontakt ›
    Föreningsbidrag"); a document's own title names IOP in every IOP document."""
    section = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else ""
    return _iop_mailbox(card.email) or bool(domain_matcher()(section))


def _iop_mailbox(email: str | None) -> bool:
    """An address named for IOP ("iop@…", "partnerskap@…"): the IOP desk's own."""
    return email is not None and bool(domain_matcher()(re.sub(r"[._-]", " ", email.split("@")[0])))


def with_number_to_call(
    reader: IndexReader, places: Sequence[str], cards: list[Card]
) -> list[Card]:
    """The cards with the switchboard after them: someone who wants to call gets the
    number the documents give to call. It takes the place of a card that only repeats
    its e-mail address."""
    board = switchboard(reader, places)
    if board is None or any(c.card == board.card for c in cards):
        return cards
    kept = [c for c in cards if c.card.email != board.card.email or not c.card.email]
    return [*kept, board]


def contact_line(card: ContactCard, n: int, hours: str | None = None) -> str:
    """ "**Ann Rubin**, utvecklingssekreterare: 040-34 10 00, ann.rubin@malmo.se [2]", and
    when the source says when to call, its words: "… – telefontid tisdagar kl. 9–11 [2]".
    """
    if card.name:
        who = f"**{card.name}**"
    elif card.kind == "switchboard" and card.organisation:
        who = f"**{card.organisation}** ({card.title or 'växel'})"
    else:
        who = f"**{card.title or card.organisation or ''}**"
    details = [d for d in (card.phone, card.email) if d]
    role = ", ".join(p for p in (card.title if card.name else None, card.unit) if p)
    head = f"{who}, {role}" if role else who
    when = f" – {hours}" if hours else ""
    return f"{head}: {', '.join(details)}{when} [{n}]"


def hours_of(card: Card) -> str | None:
    """When the card's person answers, in the source's words, if it says beside the card."""
    found = hours_beside(card.chunk.text, card.card.span, card.card.name)
    return card.chunk.text[found[0] : found[1]] if found else None


def contact_records(cards: Sequence[Card], book: CitationBook) -> list[Contact]:
    return [c.card.to_contact(book.cite(c.chunk, c.card.evidence)) for c in cards]


def _card_text(card: ContactCard) -> str:
    return " ".join(p for p in (card.title, card.unit, card.organisation, card.evidence) if p)


def _details(card: ContactCard) -> int:
    return sum(v is not None for v in (card.name, card.email, card.phone, card.title))


def _says_most(card: Card, language: str) -> tuple[bool, bool, int]:
    """A card naming a person first (a bare mailbox says whom to write to, not who
    answers), then one in the asker's language, then the one with most details; when to
    call counts as one."""
    own = in_language(card.chunk, language)
    return card.card.name is not None, own, _details(card.card) + (hours_of(card) is not None)


def in_language(chunk: Chunk, language: str) -> bool:
    """Whether a passage is written in the language, its document's title and headings
    read with it: a short contact passage says little of its language ("Elin Marklund
    Sjödin, civil society coordinator")."""
    return _language_of(chunk) == language


_PASSAGES_REMEMBERED = 1024


@lru_cache(maxsize=_PASSAGES_REMEMBERED)
def _language_of(chunk: Chunk) -> str:
    """Read once per passage: every card of it, every question, asks again."""
    return detect_language(" ".join((chunk.title or "", *chunk.heading_path, chunk.text)))


def _same_person(a: ContactCard, b: ContactCard) -> bool:
    if a.name and b.name:
        return a.name == b.name
    return (a.email is not None and a.email == b.email) or (
        a.phone is not None and a.phone == b.phone
    )


_PERSON = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöé]+(?:[ -][A-ZÅÄÖÉ][a-zåäöé]+){1,2}\b")


def unlisted_person(question: str, reader: IndexReader, places: Sequence[str]) -> str | None:
    """A person the asking sentences name ("Vad har Gunnel Axelsson för mobilnummer?")
    whom the places' documents give no contact details for: a chairman quoted in a news
    item, a name the asker heard. Their number is none the documents can give."""
    # What a sentence asks ends at its question mark: "… ? /Amira Haddad" is a signature.
    # Only a sentence asking for someone's details: "Vem kontaktar jag på Coompanion
    # Kronoberg?" asks whom, not their number.
    details = _details_asked()
    # A request without a question mark ("Jag måste få tag på … Gissa bara numret.") asks
    # in all its sentences.
    every = [question[a:b] for a, b in sentence_spans(question)]
    asking = [s for s in asking_sentences(question) if details.search(s)]
    # … and so does one beside a question asking nothing of details ("Ge mig direktnumret
    # till … Står det inte i papperen så hitta på ett").
    asking = asking or [s for s in every if details.search(s)]
    asked = " ".join(s[: s.rfind("?") + 1] or s for s in asking)
    # Named on a card without a number or an address (a protocol's secretary) is unlisted.
    listed = _listed_names(reader, places, reachable=True)
    # "Jag vill ringa Malin Ståhl Nilsson … Vilket direktnummer har hon?": the one asked
    # for is named before the question.
    pronoun = matcher("question_words.yaml", "person_pronouns")(asked)
    named = _persons(asked) or (_persons(question) if pronoun else [])
    for name in named:
        if not _among(name, listed):
            return name
    return None


def listed_person(question: str, reader: IndexReader, places: Sequence[str]) -> bool:
    """Whether the question names a person the places' contact cards list ("Ge mig
    mobilnumret till Linnea Strandberg Öst"): asking for them is asking the documents."""
    listed = _listed_names(reader, places)
    return any(_among(name, listed) for name in _persons(question))


def named_in_documents(question: str, reader: IndexReader, places: Sequence[str]) -> bool:
    """Whether the question names a person the places' documents write anywhere (a
    letter's signature gives no card): asking for their number asks the documents."""
    names = [" ".join(n.lower().split()) for n in _persons(question) if " " in n.strip()]
    if not names:
        return False
    return any(
        name in " ".join(chunk.text.lower().split())
        for place in places
        for chunk in reader.chunks_of_municipality(place)
        for name in names
    )


def _listed_names(reader: IndexReader, places: Sequence[str], reachable: bool = False) -> list[str]:
    """The names on the places' contact cards (only those with a number or an address
    when ``reachable``), lowercased."""
    cards = (card for place in places for card, _ in reader.contact_cards(place))
    return [
        " ".join(card.name.lower().split())
        for card in cards
        if card.name and (card.phone or card.email or not reachable)
    ]


def _persons(text: str) -> list[str]:
    """The capitalised runs of ``text`` that name a person, not a place or an office."""
    return [
        found.group()
        for found in _PERSON.finditer(text)
        if not municipalities.sentence_start(text, found.start())
        and not _not_a_person(found.group())
    ]


def _among(name: str, listed: list[str]) -> bool:
    """Whether the name is one listed, or part of one by whole words ("Maja Fjällström"
    for "Maja Fjällström Berg"; not "Maja Fjäll")."""
    asked = name.lower().split()
    return any(_within(asked, card.split()) or _within(card.split(), asked) for card in listed)


def _within(part: list[str], whole: list[str]) -> bool:
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


@cache
def _details_asked() -> re.Pattern[str]:
    return word_pattern(load_cues("question_words.yaml")["details_asked"])


def _not_a_person(name: str) -> bool:
    """A place, an association or an office, not a person ("Region Gotland", "Julita
    Bygdegårdsförening", "Kultur Fritid")."""
    parts = name.replace("-", " ").split()
    return (
        bool(municipalities.detect(name))
        or names_association(name)
        or any(is_locality(p) for p in parts)
        # "Kultur Fritid" is words; "Maria Ekholm" a person, however common her first name.
        or all(common_word(p) for p in parts)
    )
