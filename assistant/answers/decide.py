"""Whether to answer, and if not, the reason, said plainly.

The engine abstains only for a reason it can name:
- the question is empty, or nothing but an attempt to steer the assistant;
- the asked municipality (and its region) has no documents;
- the question is not about IOP or working with the municipality on it: it uses none of
  the domain's words and comes no closer to the documents than unrelated questions do
  (``scope.Calibration``). It gets "Jag kan bara svara på frågor om IOP" and the
  municipality's switchboard, never a named official;
- it is about IOP, but every word of its topic is one the documents never use ("momssats"),
  so no passage can answer it. It gets the municipality's IOP contact.
An answer never starts by saying there is none.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.answers.asks import Asks, domain_matcher
from assistant.answers.citations import CitationBook
from assistant.answers.compose import Draft, contacts_block, organisation_of
from assistant.answers.contacts import pick_contacts, switchboard
from assistant.answers.explanation import Explanation, Places
from assistant.answers.question import Question
from assistant.answers.ranking import Evidence
from assistant.answers.scope import Calibration
from assistant.answers.terms import Query
from assistant.answers.writing import abstain
from assistant.core.texts import text
from assistant.index.reader import IndexReader, Passage

# Without IOP's own words a question is in scope when the documents cover this share of
# its words and no more than this share of its topic words are ones they never use.
_COVERED = 0.5
_UNKNOWN = 0.3


@dataclass(frozen=True)
class Decision:
    abstain: bool
    reason: str  # "answer", "no_documents", "off_topic", "not_covered", "ask_municipality"
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
            card = switchboard(reader, places.names) if places.names else None
            if card is not None:
                contacts_block(draft, [card])
            else:
                draft.add(
                    "message",
                    text(language, "point_to_organisation", organisation=organisation_of(main))
                    if main
                    else text(language, "point_to_any"),
                )
        else:  # not covered
            scope = text(language, "no_answer_scope", municipality=main) if main else ""
            draft.add("message", text(language, "no_answer", scope=scope))
            if places.names:
                cards = pick_contacts(reader, places.names, q.search_text, ex.evidence)[:1]
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


def places_for(q: Question, reader: IndexReader) -> Places:
    """The asked places that have documents ("i Borlänge, med Region Dalarna" is answered
    from the region's when only the region has documents). A kommun's rules are never
    taken from its region unasked: the two decide different things."""
    available = set(reader.municipalities())
    names = tuple(n for n in q.place.names if n in available)
    return Places(names, q.place.source)


def _in_scope(
    asks: Asks,
    query: Query,
    passages: list[Passage],
    evidence: list[Evidence],
    calibration: Calibration,
) -> bool:
    """A question without IOP's own words is in scope when it comes closer to the
    documents than unrelated questions do, or — nearly as close — when the documents
    use most of its words and cover them. A contact question is in scope when its topic
    (a name, a matter) stands in the documents, or it has none ("Vem kan jag ringa?")."""
    nearest = max((p.dense for p in passages if p.dense is not None), default=0.0)
    covered = max((e.lexical for e in evidence[:5]), default=0.0)
    topic = query.topic
    unknown = sum(w.weight == 0 for w in topic) / len(topic) if topic else 0.0
    if asks.contact:
        return not topic or covered >= _COVERED or nearest >= calibration.close
    if nearest >= calibration.close:
        return True
    return nearest >= calibration.typical and covered >= _COVERED and unknown < _UNKNOWN


def decide(
    q: Question,
    asks: Asks,
    query: Query,
    places: Places,
    passages: list[Passage],
    evidence: list[Evidence],
    calibration: Calibration,
    reader: IndexReader,
) -> Decision:
    if q.place.names and not places.names:
        return Decision(True, "no_documents")
    in_domain = asks.idea or asks.criteria or any(w.domain for w in query.words)
    earlier = " ".join(t.content for t in q.history if t.role == "user")
    if earlier and q.place.source != "question":  # the conversation is about IOP already
        in_domain = in_domain or bool(domain_matcher()(earlier))
    topic = query.topic
    best = evidence[0] if evidence else None
    if (
        not in_domain
        and not asks.switchboard
        and not _in_scope(asks, query, passages, evidence, calibration)
    ):
        return Decision(True, "off_topic")
    elif (
        q.language == "sv"  # English words are unknown to a Swedish index by nature
        and topic
        and all(w.weight == 0 for w in topic)
        and not (asks.idea or asks.contact or asks.switchboard)
    ):
        return Decision(True, "not_covered")
    if best is None:
        return Decision(True, "not_covered")
    if asks.idea and not places.names and len(reader.municipalities()) > 1:
        return Decision(True, "ask_municipality")
    return Decision(False, "answer")
