"""Whether a document is a proposal out for consultation rather than adopted rules.

A municipality publishes its guideline as a draft before the council adopts it ("Förslag:
Riktlinjer för IOP …", "Detta är ett förslag som skickas på remiss"). What it says does
not apply yet: its criteria are not the rules, and an answer that cites it says so.
Read from the title and the document's opening (word lists in ``criteria_words.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.authority import titled_as_response
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher, normal
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.reader import IndexReader

_OPENING_CHARS = 600  # a draft says so at its start, not in a paragraph deep inside
_LEAD_WORDS = 4  # the words before an adoption that may make it another document's


@cache
def _words() -> dict[str, CueMatcher]:
    data = load_cues("criteria_words.yaml")
    keys = ("draft_marks", "draft_text", "adopted_text")
    exact = ("other_document",)
    # Function words match as written ("som" is no "sommar").
    return (
        {key: CueMatcher(data[key]) for key in keys}
        | {key: CueMatcher(data[key], inflect=False) for key in exact}
        | {"new": CueMatcher(data["draft_new"])}
    )


def _opens_as_draft(sentence: str) -> bool:
    """A sentence opening on a draft's word or on itself ("Detta är ett utkast …")."""
    first = _first_word(sentence)
    return first in _words_of("draft_openings") or first in _words_of("draft_self")


def _refers_back(sentence: str) -> bool:
    """A sentence opening on the draft another sentence told of ("Förslaget är inte
    antaget")."""
    return _first_word(sentence) in _words_of("draft_back")


def _first_word(text: str) -> str:
    return text.strip().split(maxsplit=1)[0].strip(":–-").lower() if text.strip() else ""


@cache
def _words_of(key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load_cues("criteria_words.yaml")[key])


def names_a_draft(text: str) -> bool:
    """Whether a question speaks of a draft ("frågor om förslaget till nya riktlinjer")."""
    return bool(_words()["draft_marks"](text))


def draft_title(title: str) -> bool:
    if _beside_a_draft(title):
        return False
    return _first_word(title) in _words_of("draft_openings") or _words()["draft_marks"](title)


def _beside_a_draft(title: str) -> bool:
    """A title naming the rules and a draft beside them ("IOP – riktlinjer och förslag på
    remiss"): a page of both, whose draft is a section of its own (``in_draft_section``)."""
    plain = normal(title)
    at = _words()["draft_marks"].at(plain)
    if at is None:
        return False
    before = plain[:at]
    joined = alternation(load_cues("criteria_words.yaml")["draft_beside"])
    return bool(re.search(rf"\b(?:{joined})\s*$", before, re.IGNORECASE)) and titled_as_rules(
        before, None
    )


def in_draft_section(heading_path: tuple[str, ...]) -> bool:
    """Whether a passage stands under a heading that names a draft of rules ("Förslag till
    nya riktlinjer – på remiss"), below its document's title; not "Förslag på aktiviteter"."""
    return any(draft_title(h) and titled_as_rules(h, None) for h in heading_path[1:])


def filed_as_draft(title: str, doc_type: str | None) -> bool:
    """A draft by its title, or filed as a "remiss" (sent out for consultation) whatever
    its title says; an answer to a draft ("Remissvar från PRO Laxå – förslag till nya
    riktlinjer") is none."""
    if _answers_a_draft(title, doc_type):
        return False
    return doc_type == "remiss" or draft_title(title)


def _answers_a_draft(title: str, doc_type: str | None) -> bool:
    return doc_type == "remissvar" or titled_as_response(title)


def is_draft(reader: IndexReader, source: str) -> bool:
    """Whether the document of ``source`` presents itself as a draft (memoised)."""
    known: dict[str, bool] = reader.memo("drafts", dict)
    if source not in known:
        doc = reader.documents.get(source)
        chunks = reader.chunks_of_source(source)
        opening = chunks[0].text[:_OPENING_CHARS] if chunks else ""
        if doc is not None and _answers_a_draft(doc.title, doc.doc_type):
            known[source] = False  # it tells of the draft it answers
        else:
            filed = bool(doc and filed_as_draft(doc.title, doc.doc_type))
            known[source] = filed or _drafted(opening)
    return known[source]


_STATUS_WORDS = 25  # the draft's sentence on itself, said in a note


def status_sentence(reader: IndexReader, source: str) -> str | None:
    """The sentence of a draft's opening that says it is one and does not apply yet
    ("REMISSVERSION – förslaget är inte beslutat."), if it is short enough to quote."""
    chunks = reader.chunks_of_source(source)
    opening = chunks[0].text[:_OPENING_CHARS] if chunks else ""
    told = _words()["draft_text"]
    for a, b in sentence_spans(opening):
        sentence = " ".join(opening[a:b].split())
        if told(sentence) and len(sentence.split()) <= _STATUS_WORDS:
            return sentence
    return None


def draft_sources(reader: IndexReader, place: str) -> list[str]:
    """The place's rules when all it has of them are drafts (its own rules documents,
    every one a draft): the sources to read what the draft says of itself from. Read once
    per index generation and place, not on every idea asked."""

    def compute() -> list[str]:
        rules = [
            source
            for source, doc in reader.documents.items()
            if doc.municipality == place and titled_as_rules(doc.title, doc.doc_type)
        ]
        drafts = [source for source in rules if is_draft(reader, source)]
        return drafts if rules and len(drafts) == len(rules) else []

    found: list[str] = reader.memo(("draft_sources", place), compute)
    return found


def titled_as_rules(title: str, doc_type: str | None) -> bool:
    """Whether a document is a place's guideline or rules by its title or kind (a draft
    of them too: ``is_draft`` tells it apart)."""
    return matcher("criteria_words.yaml", "guideline_titles")(f"{title} {doc_type or ''}")


def _drafted(opening: str) -> bool:
    """Whether a document's opening says it is a draft before saying it was adopted: the
    rules in force may tell of a draft out for consultation ("Antagna av kommunstyrelsen
    2020 … Ett förslag till nya riktlinjer är ute på remiss")."""
    words = _words()
    # "Ett förslag till nya riktlinjer är ute på remiss": the draft of new rules is
    # another document, and what then refers back to it ("Förslaget är inte antaget") is of
    # it too; the page that tells of it is in force. A sentence naming itself ("Förslag
    # till nya riktlinjer …", "Detta är ett utkast till nya riktlinjer") is the draft.
    other = False
    draft = None
    for sentence in re.split(r"(?<=[.!?])\s+", opening):
        found = words["draft_text"].first(sentence)
        if found is None:
            continue
        if words["new"](sentence) and not _opens_as_draft(sentence):
            other = True
            continue
        if other and _refers_back(sentence):
            continue
        draft = found
        break
    if draft is None:
        return False
    adopted = words["adopted_text"].first(opening)
    if adopted is None:
        return True
    plain = " ".join(opening.lower().split())
    at = plain.find(adopted)
    # "… ersätter riktlinjerna som antogs av kommunfullmäktige 2017": another document's.
    lead = re.split(r"[.!?]\s", plain[:at])[-1].split()
    if _words()["other_document"](" ".join(lead[-_LEAD_WORDS:])):
        return True
    return plain.find(draft) < at
