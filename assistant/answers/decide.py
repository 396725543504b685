"""Whether to answer, and if not, the reason, said plainly.

The engine abstains only for a reason it can name:
- the question is empty, or nothing but an attempt to steer the assistant;
- the asked municipality (and its region) has no documents;
- the question is not about IOP or working with the municipality on it: it uses none of
  the domain's words and comes no closer to the documents than unrelated questions do
  (``scope.Calibration``). It gets "Jag kan bara svara på frågor om IOP" and the
  municipality's switchboard, never a named official;
- it is about IOP, but every word of its topic is one the documents never use ("momssats"),
  so no passage can answer it. It gets the municipality's IOP contact;
- it asks for someone's private number, which no municipal document gives. It gets the
  ways in the documents give;
- it asks about an association by a name no document of the place writes ("Har Märsta
  Seniorklubb fått sitt IOP?"): the documents can say nothing of it. It gets the contact;
- it asks which partnerships a place has, and no document of the place names a partner.
An answer never starts by saying there is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from assistant.answers.answer_types import (
    FACT_KINDS,
    asked_parts,
    asking_sentences,
    asks_which_exist,
    counted,
    holds_any,
)
from assistant.answers.asks import Asks
from assistant.answers.citations import CitationBook
from assistant.answers.compose import Draft, contacts_block, organisation_of
from assistant.answers.contacts import (
    listed_person,
    mid_sentence_names,
    named_in_documents,
    pick_contacts,
    switchboard,
    unlisted_person,
    with_number_to_call,
)
from assistant.answers.eligibility.concepts import concept_in
from assistant.answers.explanation import Explanation, Places
from assistant.answers.outside import outside_matter, unstated_total
from assistant.answers.partners import names_partner
from assistant.answers.question import (
    Question,
    asks_alone,
    domain_matcher,
    places_talked_of,
    speaks_of_region,
)
from assistant.answers.ranking import Evidence
from assistant.answers.scope import Calibration, off_topic_likeness
from assistant.answers.terms import Query, QueryWord, coverage
from assistant.answers.writing import abstain
from assistant.core import municipalities
from assistant.core.localities import (
    association_word,
    capitalised_words,
    is_locality,
    localities,
    loose_localities,
    names_association,
    placed_names,
)
from assistant.core.municipalities import fold
from assistant.core.records import Turn
from assistant.core.swedish.cues import alternation, load_cues
from assistant.core.swedish.frequency import common_word, rare_word, wordlike
from assistant.core.texts import declines, text
from assistant.index.lexical import same_stem, stem, words
from assistant.index.reader import IndexReader, Passage

# A question without IOP's words must come this much closer (cosine) to the documents
# than to the nearest unrelated question; a contact question may instead have this
# share of its words covered by the documents.
_MARGIN = 0.02
_COVERED = 0.5
_FULLY_COVERED = 0.8


@dataclass(frozen=True)
class Decision:
    abstain: bool
    # "answer", "unlisted_number" (answered), "no_documents", "off_topic", "not_covered",
    # "own_case", "private_number", "ask_municipality"
    reason: str
    intro: str | None = None  # a sentence before the answer ("Jag har inga dokument från …")

    def explain(
        self, ex: Explanation, reader: IndexReader, q: Question, places: Places
    ) -> Explanation:
        language = q.language
        if self.reason == "no_documents":
            asked = q.place.main or ""
            message = text(
                language, "no_documents", municipality=asked, organisation=organisation_of(asked)
            )
            available = reader.municipalities()
            if available:
                message += " " + text(language, "available", names=", ".join(available))
            return abstain(ex, message, CitationBook(), self.reason)
        if self.reason == "ask_municipality":
            message = text(language, "ask_municipality")
            available = reader.municipalities()
            if available:
                message += " " + text(language, "available", names=", ".join(available))
            return abstain(ex, message, CitationBook(), self.reason)
        draft = Draft(language)
        main = places.names[0] if places.names else None
        if self.reason == "off_topic":
            draft.add("message", text(language, "off_topic"))
            card = switchboard(reader, places.names, general=True) if places.names else None
            if card is not None:
                contacts_block(draft, [card])
            else:
                draft.add(
                    "message",
                    text(language, "point_to_organisation", organisation=organisation_of(main))
                    if main
                    else text(language, "point_to_any"),
                )
        else:  # not covered, the asker's own case, or a private number
            key = self.reason if self.reason in ("own_case", "private_number") else "no_answer"
            scope = text(language, f"{key}_scope", municipality=main) if main else ""
            draft.add("message", text(language, key, scope=scope))
            if places.names:
                cards = pick_contacts(reader, places.names, q.search_text, ex.evidence)[:1]
                if ex.asks.phone and not any(c.card.phone for c in cards):
                    cards = with_number_to_call(reader, places.names, cards)
                contacts_block(draft, cards)
            else:
                draft.add("message", text(language, "point_to_any"))
        return abstain(ex, draft.text(), draft.book, self.reason, draft)


def refusal(q: Question, reader: IndexReader) -> Explanation | None:
    """An empty question, or one that only tries to steer the assistant."""
    if q.is_empty and not q.injection:
        return abstain(Explanation.bare(q), text(q.language, "empty_question"), None, "empty")
    if q.injection:
        return abstain(Explanation.bare(q), text(q.language, "injection"), None, "injection")
    return None


_NAME = re.compile(r"[A-ZÅÄÖÉ][\w-]*(?:\s+[A-ZÅÄÖÉ][\w-]*)*")
_SHORT_MARK = 3  # "PRO", "SPF", "IK": an association's mark, not a word for one
_OWN_NEAR = 3  # words around a name that may make it the asker's own ("vi i …", "där jag")


def _unknown_names(asking: list[str], places: Sequence[str], reader: IndexReader) -> list[str]:
    """Names of an association that the asking sentences ask about and no document of
    the places writes ("Märsta Seniorklubb", "Hammarstrands Vänner"): not opening the
    sentence, not the asker's own ("vi i Valbo Seniorgympa", "Ljusne Syförening, där jag
    är ordförande"). A name with a word that is neither a place, an acronym nor a common
    word is unknown when the documents use none of those words, even without their å, ä
    and ö; a name made only of such words ("PRO Floby", "Hammarstrands Vänner") when they
    never write it whole."""
    own = frozenset(load_cues("question_words.yaml")["asker_own"])
    used: set[str] = set()
    for place in places:
        used |= _words_of(reader, place)
    unknown: list[str] = []
    for sentence in asking:
        # A signature after the question ("? /Gunnel Ek, Ljusne Syförening") asks nothing.
        sentence = sentence[: sentence.rfind("?") + 1] or sentence
        for name, start, end in _associations_named(sentence):
            near = words(sentence[:start])[-_OWN_NEAR:] + words(sentence[end:])[:_OWN_NEAR]
            if own & set(near):
                continue
            telling = [w for w in name.split() if _telling(w)]
            if telling:
                if not any(_used(w, used) for t in telling for w in words(t)):
                    unknown.append(name)
            elif not any(_writes(reader, place, name) for place in places):
                unknown.append(name)
    return unknown


def _associations_named(text: str) -> list[tuple[str, int, int]]:
    """The associations a text names, each with its span: a name of two words or more
    ("Märsta Seniorklubb"), as one word may be a person's first name, a noun written with
    a capital, or a kind of association asked about ("Får Hyresgästföreningen söka …?");
    the word opening a sentence is no name's ("Har Ljusne Schackvänner …")."""
    out = []
    for found in _NAME.finditer(text):
        name, start = found.group(), found.start()
        if municipalities.sentence_start(text, start):
            first, _, name = name.partition(" ")
            start += len(first) + 1
        if " " in name and names_association(name):
            out.append((name, start, found.end()))
    return out


def _names_theirs(text: str, places: Sequence[str], reader: IndexReader) -> bool:
    """Whether the message names an association the places' documents write whole
    ("Hällefors Bridgesällskap", refused in a protocol): it is about what they say."""
    return any(
        _writes(reader, place, name) for name, _, _ in _associations_named(text) for place in places
    )


def _writes(reader: IndexReader, place: str, name: str) -> bool:
    """The place's documents write the name whole ("PRO Floby"), in any case and with or
    without its å, ä and ö; a word for an association before it may differ
    ("Föreningen Hammarstrands Vänner")."""
    parts = words(fold(name))
    # "Föreningen X" may be written "X"; an acronym ("PRO Floby") is part of the name.
    if len(parts) > 1 and association_word(parts[0]) and len(parts[0]) > _SHORT_MARK:
        parts = parts[1:]
    text: str = reader.memo(("folded", place), lambda: _folded_text(reader, place))
    return f" {' '.join(parts)} " in text


def _folded_text(reader: IndexReader, place: str) -> str:
    joined = " ".join(c.text for c in reader.chunks_of_municipality(place))
    return f" {' '.join(words(fold(joined)))} "


def _used(word: str, used: frozenset[str] | set[str]) -> bool:
    """The documents write the word, in any inflection ("Anhörigcaféet", "anhörigcaféer"),
    with or without its å, ä and ö ("Kamratforening")."""
    root = fold(stem(word))
    return root in used or any(same_stem(root, u) for u in used if u[:4] == root[:4])


def _telling(word: str) -> bool:
    """A word of a name that says which one it is: not an acronym, a common word in any
    case, a place, nor made only of those ("IOP-regler")."""
    return any(
        part
        and not (part.isupper() or wordlike(part) or wordlike(part, "en"))
        and not common_word(part.lower())
        and municipalities.canonical(part) is None
        and not is_locality(part, genitive=True)
        for part in word.split("-")
    )


def _words_of(reader: IndexReader, place: str) -> frozenset[str]:
    """The stem of every word the place's documents write, without å, ä and ö (memoised
    per generation)."""

    def compute() -> frozenset[str]:
        return frozenset(
            fold(stem(w))
            for c in reader.chunks_of_municipality(place)
            for w in words(" ".join((c.text, c.title or "", *c.heading_path)))
        )

    result: frozenset[str] = reader.memo(("words", place), compute)
    return result


def _places_of_people(question: str, reader: IndexReader) -> tuple[str, ...]:
    """The places whose documents name a person the question names (in full, also
    "Ann Rubins")."""
    found: dict[str, None] = {}
    lowered = " ".join(question.lower().split())
    for card, chunk in reader.contact_cards():
        name = " ".join((card.name or "").lower().split())
        if (
            chunk.municipality
            and " " in name
            and re.search(rf"(?<!\w){re.escape(name)}s?(?!\w)", lowered)
        ):
            found[chunk.municipality] = None
    return tuple(found)


_MID_NAME_CHARS = 5  # shorter capitalised words name too many things


def _places_of_names(question: str, reader: IndexReader) -> tuple[str, ...]:
    """The places whose documents write a name the question writes mid-sentence, for
    the names only one place's documents write (a word every place writes, "Skatteverket",
    tells no place)."""
    found: dict[str, None] = {}
    for name in mid_sentence_names(question):
        if len(name) < _MID_NAME_CHARS:
            continue
        places = _places_naming(name, reader)
        if len(places) == 1:
            found[places[0]] = None
    return tuple(found)


def _places_naming(name: str, reader: IndexReader) -> tuple[str, ...]:
    """The places whose own documents write ``name``, capitalised ("idéer som når Skaftö
    och Brastad", "till exempel Bispgården, Stugun")."""
    named: dict[str, frozenset[str]] = reader.memo("capitalised", lambda: _capitalised(reader))
    folded = municipalities.fold(name)  # "pa Ljustero" typed without å, ä, ö
    return tuple(sorted(p for p, names in named.items() if folded in names))


def _capitalised(reader: IndexReader) -> dict[str, frozenset[str]]:
    return {
        place: frozenset(
            municipalities.fold(n)
            for c in reader.chunks_of_municipality(place)
            # … in its text, title or headings ("Utlysning: mötesplatser för unga i Olsfors")
            for n in capitalised_words(" . ".join([c.text, c.title or "", *c.heading_path]))
        )
        for place in reader.municipalities()
    }


def _places_titling(name: str, reader: IndexReader) -> tuple[str, ...]:
    """The places with an IOP document whose title names the kommun ``name`` beside the
    place itself ("Riktlinjer för IOP i Arboga och Kungsör"): their joint rules."""
    joint: dict[str, frozenset[str]] = reader.memo("joint", lambda: _joint_titles(reader))
    return tuple(sorted(p for p, named in joint.items() if name in named))


def _joint_titles(reader: IndexReader) -> dict[str, frozenset[str]]:
    """Per place, the other kommuner its IOP documents' titles name beside it."""
    about_iop = domain_matcher()
    out: dict[str, set[str]] = {}
    for row in reader.documents.values():
        named = municipalities.detect(row.title)
        if row.municipality in named and about_iop(row.title):
            others = {n for n in named if n != row.municipality}
            out.setdefault(row.municipality, set()).update(others)
    return {p: frozenset(n) for p, n in out.items()}


def places_for(q: Question, reader: IndexReader) -> Places:
    """The asked places that have documents ("i Borlänge, med Region Dalarna" is answered
    from the region's when only the region has documents). A kommun's rules are never
    taken from its region unasked: the two decide different things."""
    available = set(reader.municipalities())
    names = tuple(n for n in q.place.names if n in available)
    if q.place.asked and not any(n in available for n in q.place.asked):
        # The place asked about has no documents; one only told of ("granne med Vännäs")
        # does not answer for it.
        names = ()
    if not q.place.names:
        # "SPF Seniorerna Mora": a name that may be a word, written as a name, of the one
        # place with documents it can be.
        loose = [n for n in municipalities.capitalised(q.text) if n in available]
        if len(loose) == 1:
            return Places((loose[0],), "question")
        # "Har Ann Rubin ett nummer?": a person the documents name, of one place only.
        named = _places_of_people(q.text, reader)
        if len(named) == 1:
            return Places(named, "question")
        village = _by_village(q, reader, available)
        if village is not None:
            return village
        # "Hur mycket får Kosta Bygdegårdsförening för Glasbruksträffen?": names only one
        # place's documents write, an association or a partnership of theirs.
        written = _places_of_names(q.text, reader)
        if len(written) == 1:
            return Places(written, "question")
    if q.place.names and not names and q.history:
        # "Vi finns bara i Lycksele …" in a talk about Region Västerbotten: the region
        # the talk is about, where the named kommun lies, answers.
        counties = {municipalities.region_of(n) for n in q.place.names}
        talked_of = places_talked_of(q.history)
        names = tuple(p for p in talked_of if p in counties and p in available)
        if names:
            return Places(names, "history")
    if q.place.names and not names:
        # "Vi är en förening i Kungsör": a kommun without documents of its own that
        # another's documents are about by their title ("Riktlinjer … i Arboga och
        # Kungsör"): those answer, and the asker is told whose they are.
        for kommun in q.place.names:
            sharing = _places_titling(kommun, reader)
            if len(sharing) == 1:
                return Places(sharing, "shared", kommun)
        # "… nio bor här, resten i Umeå. Vi vill ha språkkafé i Tväråbäck": a kommun only
        # told of, and the village where the activity is lies in one with documents.
        village = None if q.place.asked else _by_village(q, reader, available)
        if village is not None:
            return village
    if speaks_of_region(q.text):
        # "… i Krokom … ett partnerskap med regionen": the region of that county decides.
        regions = (municipalities.region_of(n) for n in q.place.names)
        asked = [r for r in regions if r in available and r not in names]
        names = tuple(dict.fromkeys([*asked, *names]))
    return Places(names, q.place.source)


def _by_village(q: Question, reader: IndexReader, available: set[str]) -> Places | None:
    """The one place with documents that a village the question names lies in."""
    # "Hej från Frånö!": a village that lies in one kommun with documents; "Visby
    # Kanotklubb … med regionen": the region of the kommun it lies in.
    found = [(k, loc.name) for loc in localities(q.text) for k in loc.kommuner]
    if speaks_of_region(q.text):
        found = [(municipalities.region_of(k) or k, village) for k, village in found]
    near = {(k, village) for k, village in found if k in available}
    if len({k for k, _ in near}) == 1:
        place, village = sorted(near)[0]
        return Places((place,), "locality", village)
    # "… här på Skaftö": a place the table does not know, or knows in a kommun with no
    # documents here (one name, two villages), that one place's own documents name.
    named = [loc.name for loc in localities(q.text) if not set(loc.kommuner) & available]
    for name in dict.fromkeys([*named, *placed_names(q.text)]):
        places = _places_naming(name, reader)
        if len(places) == 1:
            return Places(places, "locality", name)
    # "… i styrelsen för Valbo Seniorgympa": a village written as a name, with no word
    # placing it, of the one kommun with documents it can be.
    unplaced = [(k, loc.name) for loc in loose_localities(q.text) for k in loc.kommuner]
    near = {(k, village) for k, village in unplaced if k in available}
    if len({k for k, _ in near}) == 1:
        place, village = sorted(near)[0]
        return Places((place,), "locality", village)
    return None


def _in_scope(
    q: Question,
    asks: Asks,
    query: Query,
    passages: list[Passage],
    evidence: list[Evidence],
    reader: IndexReader,
    unnamed: bool = False,
) -> bool:
    """A question without IOP's own words is in scope when it comes clearly closer to
    the documents than to unrelated questions (``scope``). A contact question is in
    scope too when its topic (a name, a matter) stands in the documents, or it has none
    ("Vem kan jag ringa i Lund?")."""
    nearest = max((p.dense for p in passages if p.dense is not None), default=0.0)
    unrelated = off_topic_likeness(reader, reader.query_vector(q.search_text))
    closer = nearest - unrelated >= _MARGIN
    covered = max((e.lexical for e in evidence[:5]), default=0.0)
    if q.language == "en":
        # English words are unknown to a Swedish index by nature, and an English question
        # comes closer to English probes than to Swedish documents. The Swedish words the
        # glossary gives for its IOP vocabulary ("older people" → äldre) speak for it, when
        # the passages hold them and it is not clearly closer to unrelated questions.
        glossed = any(w.weight > 0 for w in query.topic)
        return closer or (glossed and covered >= _COVERED and nearest - unrelated > -_MARGIN)
    if asks.contact:
        # Closeness in meaning is the form of the ask ("vem ringer jag om …") as much as
        # its matter, so it cannot outvote a matter the documents never name.
        if unnamed:
            return False
        return closer or not query.topic or covered >= _COVERED
    # Or by its words: every topic word one the documents use, and one passage sentence
    # that holds nearly all of them ("Vad prövas i Malmö?").
    known = all(w.weight > 0 for w in query.topic)
    if _mostly_unknown(query.topic):
        return False  # closeness in meaning cannot make up for it
    return closer or (known and covered >= _FULLY_COVERED)


def _mostly_unknown(topic: Sequence[QueryWord]) -> bool:
    """Mostly words the documents never use ("recept på kladdkaka till vår förenings
    vårfest"), sharing with them only words every passage has ("förening"), not a thing
    of theirs ("surfcafé"): about something else."""
    absent = [w for w in topic if w.weight == 0 and len(w.word) >= _THING_CHARS]
    # A word any text uses ("ge mig") names no thing, however seldom the documents do.
    return (
        len(absent) >= _ABSENT_THINGS
        and 2 * len(absent) > len(topic)
        and all(w.weight < _TOPICAL or common_word(w.read_as) for w in topic if w.weight > 0)
    )


def unnamed_matter(text: str, topic: Sequence[QueryWord], where: frozenset[str]) -> bool:
    """Whether things the documents never name ("bygglov", "parkeringstillstånd") are what
    a contact is wanted for: they outnumber the words the documents use. Only what the
    asking sentences name counts, when they name anything ("inte så bra på datorn" tells
    about the asker), and words any text has ("svårt", "behöver") say nothing of it. An
    asking sentence about the asker's association asks about working with the kommun."""
    asking = asking_sentences(text)
    if concept_in("association", " ".join(asking)):
        return False  # "… att vår förening vill starta läxhjälp": the asker's association
    asked = {w for s in asking for w in words(s)}

    def used(w: QueryWord) -> bool:
        return w.weight >= _TOPICAL and w.word not in where and not common_word(w.read_as)

    named = [w for w in topic if w.word in asked]
    # "… behöver färdtjänst. Hur ansöker hon, och vilket nummer ringer vi?": an asking
    # sentence that names no thing asks about what the message told.
    if any(_new_thing(w) or used(w) for w in named):
        topic = named
    unknown = sum(_new_thing(w) for w in topic)
    return unknown > 0 and unknown >= sum(used(w) and w.whole for w in topic)


def _spoken_of(query: Query, passages: list[Passage], reader: IndexReader) -> float:
    """The share of the question's topic weight whose words the passages use."""
    if reader.lexical is None:
        return 0.0
    analyzer = reader.lexical.analyzer
    used = {t for p in passages for t in analyzer.terms(p.chunk.text)}
    return coverage(Query(query.topic), used)


def _unknown_thing(word: QueryWord) -> bool:
    """A word the corpus never uses, even read as a typo of one, that general Swedish
    does not use everywhere either ("bygglov", "moms"; not "starta")."""
    return word.weight == 0 and len(word.word) >= _THING_CHARS and not common_word(word.word)


def _new_thing(word: QueryWord) -> bool:
    """An unknown thing, or one made only of the documents' words ("bygglov" of "bygg" and
    "lov"): what a contact is wanted for, when the documents never name it whole."""
    return _unknown_thing(word) or (
        not word.whole and len(word.word) >= _THING_CHARS and not common_word(word.word)
    )


def _the_documents_own(word: QueryWord) -> bool:
    """A word general Swedish hardly uses that the documents use throughout ("idéskiss",
    "verksamhetsberättelse", "dialogmöte"): the question speaks the domain's language,
    whatever municipality wrote its words."""
    return 0 < word.weight <= _OWN_IDF and rare_word(word.read_as)


def _place_words(text: str) -> frozenset[str]:
    """The words ``text`` writes as the name of a locality ("i Hällevik", "i Eneryda",
    which the table may not know), lowercased. A kommun's own name is the documents'
    word because they are its documents: it may still say the question is theirs."""
    known = {w for w in capitalised_words(text) if is_locality(w)}
    receiving = alternation(load_cues("localities.yaml")["receiving"])
    placed = [
        n
        for n in placed_names(text)
        if not re.search(rf"\b(?:{receiving})\s+{re.escape(n)}\b", text, re.IGNORECASE)
    ]
    return frozenset(w.lower() for w in (*known, *placed))


def _things(topic: tuple[QueryWord, ...] | list[QueryWord]) -> list[QueryWord]:
    """The topic's words that can say what it is about: the documents' own words, and
    unknown ones that general Swedish does not use everywhere ("starta" says how)."""
    return [w for w in topic if w.weight > 0 or not common_word(w.word)]


_PASSAGES_READ = 3
_THING_CHARS = 4
_ABSENT_THINGS = 2  # this many unknown words, the most of the topic, name another matter
# One sentence states these; the parties of "which partnerships" may stand in a list.
_FACT_TYPES = FACT_KINDS - {"parties"}
_YEAR = re.compile(r"(?<!\d)(20\d{2})(?!\d)")  # "2026", "2026–2029", "2026-03-01"


@cache
def _year_asked() -> re.Pattern[str]:
    before = alternation(load_cues("question_words.yaml")["year_asked_after"])
    return re.compile(rf"\b(?:{before})\s+{_YEAR.pattern}", re.IGNORECASE)


def asked_year(asking: Sequence[str]) -> int | None:
    """The one year the question asks about ("avsatt under 2027", "for 2027"), said
    after a word of time; not one it tells ("vi har funnits sedan 2019")."""
    found = {int(m.group(1)) for s in asking for m in _year_asked().finditer(s)}
    return found.pop() if len(found) == 1 else None


def of_other_years(text: str, year: int | None) -> bool:
    """Whether a passage's years are all others than the one asked for (a span of years,
    "2026–2029", covers those between)."""
    if year is None:
        return False
    years = [int(y) for y in _YEAR.findall(text)]
    return bool(years) and not min(years) <= year <= max(years)


_TYPED_EVIDENCE = 8
_TOPICAL = 1.0  # idf below this: a word nearly every passage has ("till", "kan")
_OWN_IDF = 2.3  # idf up to this: in about one passage in ten or more


def about_iop_already(history: Sequence[Turn]) -> bool:
    """Whether the conversation is about IOP already: asked so, or answered so ("Vad är
    Hamnfika?" answered "Det är ett idéburet offentligt partnerskap …"), not declined."""
    said = [
        t.content
        for t in history
        if t.role == "user" or (t.role == "assistant" and not declines(t.content))
    ]
    return bool(said) and bool(domain_matcher()(" ".join(said)))


def decide(
    q: Question,
    asks: Asks,
    query: Query,
    places: Places,
    passages: list[Passage],
    evidence: list[Evidence],
    calibration: Calibration,
    reader: IndexReader,
    expected: frozenset[str] = frozenset(),
) -> Decision:
    if q.place.names and not places.names:
        return Decision(True, "no_documents")
    if asks.own_case:
        return Decision(True, "own_case")
    # A village's name says where, not what: "Hällevik" is the documents' own word only
    # because they list the villages they serve.
    where = _place_words(q.text)
    # "Behöver vi bygglov …, och vem ringer jag?" asks whom to call about a thing the
    # documents never name: the form of a requirement does not make it IOP's, nor does
    # closeness in meaning (_in_scope).
    # A question that also asks when ("När antogs riktlinjerna … och vilket diarienummer
    # har de?") asks for a fact of the documents, not for someone to call.
    unnamed = asks.contact and not asks.time and unnamed_matter(q.text, query.topic, where)
    in_domain = (
        asks.idea
        or (asks.criteria and not unnamed)
        or any(w.domain or (_the_documents_own(w) and w.word not in where) for w in query.words)
    )
    if places.source != "question":
        in_domain = in_domain or about_iop_already(q.history)
    in_domain = in_domain or q.follow_up  # "Och hur länge gäller ett sånt avtal?"
    # "Ge mig mobilnumret till Linnea Strandberg Öst": a person the documents list.
    in_domain = in_domain or (
        asks.contact
        and bool(places.names)
        and (
            listed_person(q.text, reader, places.names)
            or named_in_documents(q.text, reader, places.names)
        )
    )
    topic = query.topic
    # … however much its one known word ("förening") is the documents' own, unless it
    # names IOP itself.
    if (
        _mostly_unknown(topic)
        and not (asks.idea or asks.contact or asks.criteria or q.follow_up)
        and not any(w.domain for w in query.words)
    ):
        in_domain = False
    # A claim in figures about an association the place's documents name ("… beslutade
    # 2026-02-10 § 16 att bevilja Hällefors Bridgesällskap 180 000 kronor … Bekräfta det")
    # is about what they say of it; its own affairs ("Vad kostar det att bli medlem i …?")
    # are not.
    in_domain = in_domain or (
        any(ch.isdigit() for ch in q.text) and _names_theirs(q.text, places.names, reader)
    )
    best = evidence[0] if evidence else None
    # No topic at all ("Hur går det till?", "Vem ska jag ringa?") leans on what this
    # assistant is for.
    # A word the documents never use says what the question is about too ("weather").
    topical = [w for w in topic if w.weight >= _TOPICAL or w.weight == 0]
    in_scope = in_domain or asks.switchboard or not topical
    if not in_scope and not _in_scope(q, asks, query, passages, evidence, reader, unnamed):
        return Decision(True, "off_topic")
    if asks.private:  # no municipality publishes one; its own ways in are the answer
        return Decision(True, "private_number")
    if outside_matter(q.text, reader, places.names, every=asks.idea) or (
        not asks.idea and unstated_total(q.text, reader, places.names)
    ):
        # "Måste vi lägga på moms på pengarna?" where no document speaks of moms; "Hur
        # mycket lägger kommunen på IOP sammanlagt?" where none states a total.
        return Decision(True, "not_covered")
    unlisted = (
        unlisted_person(q.text, reader, places.names)
        if asks.contact and not asks.idea and places.names
        else None
    )
    if unlisted is not None:
        # "Vad har Gunnel Axelsson för mobilnummer?": no document gives her number; the
        # answer says so, and gives the ways in the documents do give.
        intro = text(q.language, "unlisted_number", name=unlisted, municipality=places.names[0])
        return Decision(False, "unlisted_number", intro)
    # Outside IOP's own words, a thing the documents never name ("lotteritillstånd",
    # "bygglov") is what the question is about, when no passage speaks of the rest of it
    # either ("Hur länge … och när börjar den gälla?" names an unknown verb, and the
    # passages hold its other words). English words are unknown to a Swedish index.
    unknown = any(_unknown_thing(w) for w in topical)
    outside = not in_scope and not asks.contact and q.language == "sv" and unknown
    if outside and _spoken_of(query, passages[:_PASSAGES_READ], reader) < _COVERED:
        return Decision(True, "off_topic")
    # In a question about IOP, an unknown word every text uses says how, not what
    # ("Hur gör vi för att starta ett IOP?"); outside it, it is the topic ("Hur gammal …").
    things = _things(topic) if in_domain else list(topic)
    # What is asked stands in the asking sentences; a greeting or signature around them
    # ("Mvh Berit") names nothing the documents must hold.
    asking = asking_sentences(q.text)
    asked_words = {w for s in asking for w in words(s)}
    # … unless it leans on what is told before it ("Varför slutade det?"), as retrieval does.
    if asked_words and asks_alone(" ".join(asking)):
        things = [w for w in things if w.word in asked_words]
    if (
        q.language == "sv"  # English words are unknown to a Swedish index by nature
        and things
        and all(w.weight == 0 for w in things)
        # Whom to call about IOP is answered by the documents' contacts, whatever words
        # ask for them ("har ni namn o nummer").
        and not (asks.idea or asks.switchboard or (asks.contact and in_domain))
    ):
        return Decision(True, "not_covered")
    # An idea is judged against the criteria (or the national principles) whatever
    # words it is told in: no passage sharing them is no reason to say nothing.
    if best is None and not asks.idea:
        return Decision(True, "not_covered")
    # What differs between municipalities needs one: their contacts, criteria and ways in.
    needs_place = asks.idea or asks.contact or asks.criteria or "steps" in expected
    if needs_place and not places.names and len(reader.municipalities()) > 1:
        return Decision(True, "ask_municipality")
    # A question that asks for an amount, a date or a duration is not answered by
    # passages that hold none ("Hur mycket pengar får föreningar …?").
    # Only when every part of it asks for one: "Vad bestäms i avtalet? Står det hur länge
    # det gäller?" is answered by what the agreement settles.
    # A count is of the thing asked about: "högst tre sidor" counts no "föreningar".
    # A part asking which partnerships there are is answered by their list, whatever
    # else it asks ("Vilka partnerskap har Mark, och hur mycket får Skene IF?").
    parts = [
        frozenset() if "parties" in kinds and "count" not in kinds else kinds & _FACT_TYPES
        for kinds in asked_parts(q.text, split=False)
    ]
    noun = counted(q.text)
    # "Hur mycket har kommunen avsatt under 2027?": a sum for another year is no answer.
    year = asked_year(asking)
    held = [
        any(
            holds_any(p, e.text, counts=noun) and not of_other_years(e.text, year)
            for e in evidence[:_TYPED_EVIDENCE]
        )
        for p in parts
    ]
    if all(parts) and not asks.time and not any(held):
        return Decision(True, "not_covered")
    # "Vilka föreningar har partnerskap med Täby?" where no document of the place names
    # a partner: the guidelines say how to become one, not who is.
    if (
        places.names
        and asks.partnerships
        and not asks.idea  # "Kan det bli nåt IOP med regionen?" asks of the idea
        and any(asks_which_exist(s) for s in asking or [q.text])
        and not any(names_partner(reader, p) for p in places.names)
    ):
        return Decision(True, "not_covered")
    # English capitalises more, and its words are unknown to Swedish documents.
    sv = q.language == "sv"
    # Without a place, no document of any place may write the name.
    named = places.names or tuple(reader.municipalities())
    if sv and not asks.idea and _unknown_names(asking, named, reader):
        # "… har Märsta Seniorklubb fått sitt IOP?": what it asks about is a name the
        # place's documents never write, so they cannot say anything of it.
        return Decision(True, "not_covered")
    if places.source == "shared" and places.locality:
        main = places.names[0]
        intro = text(
            q.language,
            "shared",
            municipality=places.locality,
            organisation=organisation_of(main),
        )
        return Decision(False, "answer", intro)
    if places.source == "locality" and places.locality:
        # The kommun was worked out, not named: the asker sees which one is meant.
        main = places.names[0]
        intro = text(
            q.language, "locality", locality=places.locality, organisation=organisation_of(main)
        )
        return Decision(False, "answer", intro)
    return Decision(False, "answer")
