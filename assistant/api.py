"""The one engine: ``Assistant.answer(question, history, municipality) -> Answer``.

The CLI, the Streamlit app and the tests all call this. It needs no LLM: answers are
composed from retrieved passages (see ``compose.py``), so every factual sentence
carries a citation and every contact detail stands in its cited passage.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from functools import cache

from langchain_core.embeddings import Embeddings

from assistant.answers.authority import by_authority, pairs_by_authority, speaks_generally
from assistant.answers.compose import (
    CitationBook,
    Picked,
    checklist_lines,
    contact_line,
    contact_records,
    extractive_lines,
    label_for,
    organisation_of,
    pick_units,
    verdict_record,
)
from assistant.answers.eligibility import (
    CriterionText,
    assess,
    find_criteria,
)
from assistant.answers.eligibility import _config as _criteria_config
from assistant.answers.evidence import Query, build_query, coverage, text_terms, word_credit
from assistant.answers.explanation import Explanation
from assistant.answers.freshness import SourceStatus, facts_of, own_date, status
from assistant.answers.idea_signals import read_signals
from assistant.answers.intent import (
    classify,
    cues,
    has_cue,
    time_field,
)
from assistant.answers.llm.writer import Draft, LLMWriter
from assistant.core import municipalities
from assistant.core.contacts import ContactCard
from assistant.core.documents import Chunk, index_text
from assistant.core.records import Answer, Contact, Language, Turn, Verdict
from assistant.core.settings import Settings
from assistant.core.steering import injection_cue, visible_question
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.sentences import split_units, strip_marker
from assistant.core.texts import text
from assistant.core.timefacts import TimeFacts, status_on
from assistant.index.embeddings import make_embeddings
from assistant.index.lexical import Analyzer, words
from assistant.index.reader import GENERAL, IndexReader, Passage

# A passage must cover this share of the question's informative words to be cited.
RELEVANCE_FLOOR = 0.5
_FOLLOW_UP = re.compile(
    r"^(och|men|då|samt|also|and)\b|\b(där|dit|dem|den|det|dom|de|there|them|it|they)\b",
    re.IGNORECASE,
)
_DEFINITION = re.compile(
    r"\b(iop|partnerskap)\b[^.]*\b(är en|är ett|kan ses som|kan användas|bygger på|"
    r"samverkansmodell|avtalsform|överenskommelse)",
    re.IGNORECASE,
)


class Assistant:
    """Loads the embedder and index once (lazily) and answers questions."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings | None = None,
        clock: Callable[[], date] = date.today,
    ) -> None:
        self.settings = settings
        self._embeddings = embeddings
        self._clock = clock
        self._writer: LLMWriter | None = None
        self._writer_loaded = False
        self._reader: IndexReader | None = None
        self._lock = threading.Lock()

    # -- resources ----------------------------------------------------------------------
    @property
    def reader(self) -> IndexReader:
        if self._reader is None:
            with self._lock:
                if self._reader is None:
                    if self._embeddings is None:
                        self._embeddings = make_embeddings(
                            self.settings.embedding_model, self.settings.embedding_batch_size
                        )
                    self._reader = IndexReader(self.settings, self._embeddings)
        return self._reader

    @property
    def embeddings(self) -> Embeddings:
        """The embedding model the index was built with (loaded on first use)."""
        _ = self.reader
        assert self._embeddings is not None
        return self._embeddings

    def warm_up(self) -> None:
        """Load models and index now rather than on the first question."""
        self.reader.search("IOP", 1)

    def municipalities(self) -> list[str]:
        self.reader.refresh()
        return self.reader.municipalities()

    @property
    def is_empty(self) -> bool:
        self.reader.refresh()
        return self.reader.is_empty

    @property
    def writer(self) -> LLMWriter | None:
        """The optional LLM writer (IOP_LLM_PROVIDER); None when answers need no model."""
        if not self._writer_loaded:
            with self._lock:
                if not self._writer_loaded:
                    self._writer = LLMWriter.from_settings(self.settings)
                    self._writer_loaded = True
        return self._writer

    # -- answering ----------------------------------------------------------------------
    def answer(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        municipality: str | None = None,
    ) -> Answer:
        """The answer as people read it: the engine's, or an LLM's prose checked against it."""
        final = None
        for event in self.stream(question, history, municipality):
            if isinstance(event, Explanation):
                final = event
        assert final is not None
        return final.answer

    def stream(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        municipality: str | None = None,
    ) -> Iterator[str | Explanation]:
        """Checked drafts of an LLM-written answer (str), then the final Explanation.

        Without an LLM it yields the engine's Explanation at once. The engine always
        retrieves, judges and extracts contacts; the model only writes the prose, and
        its text is checked sentence by sentence before anything is shown.
        """
        history = list(history or [])
        writer = self.writer
        hostile = injection_cue(visible_question(question))
        if writer is None or hostile:
            yield self.explain(question, history, municipality)
            return
        standalone = writer.condense(question, history) if history else question
        ex = self.explain(standalone, history, municipality)
        ex.answer = ex.answer.model_copy(update={"question": question})
        if ex.answer.abstained:
            yield ex
            return
        for event in writer.stream(question, history, ex):
            if isinstance(event, Draft):
                yield event.text
            else:
                ex.answer = event.answer
                ex.lead = event.answer.answer
                yield ex

    def explain(
        self,
        question: str,
        history: Sequence[Turn] | None = None,
        municipality: str | None = None,
    ) -> Explanation:
        raw = " ".join(question.split())
        q = visible_question(question)
        history = list(history or [])
        language = detect_language(q or raw) if (q or raw) else "sv"
        reader = self.reader
        reader.refresh()

        if not q:
            return self._abstain(raw, language, None, text(language, "empty_question"), "empty")
        if injection_cue(q):
            return self._abstain(raw, language, None, text(language, "injection"), "injection")

        muni, muni_from = self._resolve_municipality(q, history, municipality)
        signals = read_signals(q)
        intent: str = "eligibility" if signals.is_idea_description else classify(q)
        if intent == "general" and _FOLLOW_UP.search(q) and history:
            intent = classify(_last_user(history) or "")
        query_text = self._retrieval_query(q, history)

        available = reader.municipalities()
        if muni is not None and muni not in available:
            msg = text(
                language, "no_documents", municipality=muni, organisation=organisation_of(muni)
            )
            if available:
                msg += " " + text(language, "available", names=", ".join(available))
            return self._abstain(q, language, muni, msg, intent, muni_from)

        scope = [muni, GENERAL] if muni else None
        passages = reader.search(query_text, self.settings.top_k, scope)
        analyzer = reader_analyzer(reader)
        ignore = frozenset(words(" ".join(_municipality_words(muni))))
        query = build_query(query_text, reader.lexical, ignore)
        terms = {p.chunk.chunk_id: text_terms(analyzer, index_text(p.chunk)) for p in passages}
        relevance = {chunk_id: coverage(query, t) for chunk_id, t in terms.items()}
        relevant = [p for p in passages if relevance[p.chunk.chunk_id] >= RELEVANCE_FLOOR]
        # A source whose agreement has ended yields to one in force (stable otherwise).
        expired = self._expired_sources({p.chunk.source for p in relevant})
        relevant.sort(key=lambda p: p.chunk.source in expired)
        explanation = Explanation(
            answer=Answer(question=raw, language=language, municipality=muni, answer=""),
            intent=intent,
            municipality_from=muni_from,
            passages=passages,
            relevance=relevance,
            passage_terms=frozenset(t for found in terms.values() for t in found),
        )

        asked_time = time_field(q)
        if asked_time and relevant and intent not in ("contact", "eligibility"):
            timed = self._time_answer(explanation, asked_time, muni, language, relevant)
            if timed is not None:
                return timed
        if intent == "contact":
            return self._contact_answer(explanation, query, muni, language, relevant)
        if intent == "eligibility" and muni is not None:
            return self._eligibility_answer(explanation, signals, muni, language)
        if intent == "criteria" and muni is not None:
            return self._criteria_answer(explanation, query, muni, language, relevant)
        if intent == "definition":
            # Definitions are spread thin: look wider than the top passages.
            wide = reader.search(query_text, self.settings.candidate_k, scope)
            return self._definition_answer(explanation, wide, muni, language)
        if intent == "process" and muni is not None and self._next_steps(muni):
            if not self._documents_speak_of(explanation, _topic(query, "process")):
                return self._no_answer(explanation, muni, language)  # "Hur söker jag bygglov?"
            return self._process_answer(explanation, muni, language)
        if intent in ("eligibility", "criteria", "process") and muni is None:
            return self._ask_municipality(explanation, language, available)
        if intent == "partnerships" and (relevant or muni):
            return self._partnership_answer(explanation, query, muni, language, relevant)
        return self._extractive_answer(explanation, query, muni, language, relevant)

    # -- municipality and follow-ups ----------------------------------------------------
    def _resolve_municipality(
        self, q: str, history: list[Turn], selected: str | None
    ) -> tuple[str | None, str | None]:
        if selected:
            return municipalities.canonical(selected) or selected, "selected"
        found = municipalities.detect(q)
        if found:
            return found[0], "question"
        for turn in reversed(history):
            found = municipalities.detect(turn.content)
            if found:
                return found[0], "history"
        return None, None

    def _retrieval_query(self, q: str, history: list[Turn]) -> str:
        """A follow-up ("och vem kontaktar jag där?") borrows the earlier question's topic."""
        previous = _last_user(history)
        if previous and (_FOLLOW_UP.search(q) or len(words(q)) <= 4):
            return f"{q} {previous}"
        return q

    # -- answer kinds -------------------------------------------------------------------
    def _extractive_answer(
        self,
        ex: Explanation,
        query: Query,
        muni: str | None,
        language: str,
        relevant: list[Passage],
    ) -> Explanation:
        book = CitationBook()
        picked = pick_units(relevant, query, reader_analyzer(self.reader))
        if not picked:
            return self._no_answer(ex, muni, language)
        lines = extractive_lines(picked, book, muni, language)
        body = lines[0] + ("\n\n" + "\n\n".join(lines[1:]) if lines[1:] else "")
        return self._finish(ex, body, book)

    def _definition_answer(
        self, ex: Explanation, passages: list[Passage], muni: str | None, language: str
    ) -> Explanation:
        """What IOP is, from up to three documents, clearest definitions first."""
        terms = [t.lower() for t in cues()["definition_terms"]]
        pool = passages or [Passage(c, 0.0) for c in self.reader.chunks.values()]
        candidates: list[Picked] = []
        for rank, p in enumerate(pool):
            for unit in _definition_units(p.chunk.text):
                hits = sum(t in unit.lower() for t in terms)
                candidates.append(Picked(unit, p.chunk, hits - 0.01 * rank))
        candidates.sort(key=lambda c: -c.score)
        picked: list[Picked] = []
        sources: set[str] = set()
        for cand in candidates:
            if cand.chunk.source not in sources and len(picked) < 3:
                picked.append(cand)
                sources.add(cand.chunk.source)
        if not picked:
            return self._no_answer(ex, muni, language)
        book = CitationBook()
        lines = extractive_lines(picked, book, muni, language)
        return self._finish(ex, "\n\n".join(lines), book)

    def _partnership_answer(
        self,
        ex: Explanation,
        query: Query,
        muni: str | None,
        language: str,
        relevant: list[Passage],
    ) -> Explanation:
        """Ongoing partnerships: each named section with its parties, in document order."""
        if muni is not None:
            chunks = self.reader.chunks_of_municipality(muni)
        else:
            chunks = [c for p in relevant[:1] for c in self.reader.chunks_of_source(p.chunk.source)]
        names_party = _partnership_line(cues()["partnership_cues"])
        book = CitationBook()
        lines: list[str] = []
        for chunk in sorted(chunks, key=lambda c: (c.source, c.position)):
            units = [u.text for u in split_units(chunk.text) if not u.is_heading]
            if not any(names_party(u) for u in units):
                continue
            shown = units if len(units) <= 3 else [u for u in units if names_party(u)]
            n = book.cite(chunk, " ".join(shown))
            section = chunk.heading_path[-1] if len(chunk.heading_path) > 1 else None
            label = label_for(chunk, muni, language) if muni is None else None
            head = f"**{section}**: " if section else ""
            prefix = f"{label} " if label else ""
            lines.append(f"- {prefix}{head}{' '.join(strip_marker(u) for u in shown)} [{n}]")
        if not lines:
            return self._extractive_answer(ex, query, muni, language, relevant)
        return self._finish(ex, "\n".join(lines), book)

    def _time_answer(
        self,
        ex: Explanation,
        asked: str,
        muni: str | None,
        language: str,
        relevant: list[Passage],
    ) -> Explanation | None:
        """Dates, periods and case numbers read at ingest, each with the sentence it stands in."""
        for passage in relevant:
            doc = self.reader.documents.get(passage.chunk.source)
            facts = facts_of(doc)
            key = {"validity": "valid_from", "decided": "decided"}.get(asked, asked)
            evidence = facts.evidence.get(key) or facts.evidence.get("valid_to")
            value = getattr(facts, asked, None) if asked in ("diarienummer", "paragraphs") else None
            if asked == "validity" and not (facts.valid_from or facts.valid_to):
                continue
            if asked == "decided" and not facts.decided:
                continue
            if asked in ("diarienummer", "paragraphs") and not value:
                continue
            chunk = self._chunk_with(passage.chunk.source, evidence) if evidence else None
            if chunk is None or evidence is None:
                continue
            book = CitationBook()
            n = book.cite(chunk, evidence)
            label = label_for(chunk, muni, language)
            quote = f"**{label}** {evidence} [{n}]" if label else f"{evidence} [{n}]"
            if asked == "validity":
                line = self._validity_line(facts, language)
            elif asked == "decided":
                line = text(language, "time.decided", date=str(facts.decided))
            else:
                line = text(language, f"time.{asked}", value=", ".join(value or ()))
            return self._finish(ex, f"{line} [{n}]\n\n{quote}", book)
        return None

    def _validity_line(self, facts: TimeFacts, language: str) -> str:
        today = self._clock()
        if facts.valid_to:
            period = text(language, "period", start=facts.valid_from or "?", end=facts.valid_to)
        else:
            period = text(language, "period_open", start=str(facts.valid_from))
        validity = status_on(facts, today, self.settings.max_source_age_years)
        if validity.expired:
            key = "time.expired"
        elif validity.not_started:
            key = "time.not_started"
        elif validity.in_force:
            key = "time.in_force"
        else:
            key = "time.period_only"
        return text(language, key, period=period, today=today.isoformat())

    def _chunk_with(self, source: str, sentence: str) -> Chunk | None:
        """The chunk of a document in which a sentence stands (spacing aside)."""
        want = " ".join(sentence.split())
        for chunk in self.reader.chunks_of_source(source):
            if want in " ".join(chunk.text.split()):
                return chunk
        return None

    def _expired_sources(self, sources: set[str]) -> set[str]:
        today = self._clock()
        docs = [self.reader.documents[s] for s in sources if s in self.reader.documents]
        limit = self.settings.max_source_age_years
        return {d.source for d in docs if status(d, today, limit).validity.expired}

    def _freshness_notes(self, book: CitationBook, language: str) -> list[str]:
        """One plain sentence per cited source that has expired or is too old."""
        today = self._clock()
        notes = []
        seen: set[str] = set()
        for n, chunk in book.cited:
            doc = self.reader.documents.get(chunk.source)
            if doc is None or chunk.source in seen:
                continue
            seen.add(chunk.source)
            st: SourceStatus = status(doc, today, self.settings.max_source_age_years)
            if not st.needs_warning:
                continue
            if st.validity.expired:
                period = text(
                    language,
                    "period",
                    start=st.facts.valid_from or "?",
                    end=st.facts.valid_to or "?",
                )
                notes.append(text(language, "stale.expired", n=str(n), period=period))
            else:
                notes.append(
                    text(
                        language,
                        "stale.too_old",
                        n=str(n),
                        date=str(st.validity.newest),
                        years=str(self.settings.max_source_age_years),
                    )
                )
        return notes

    def _contact_answer(
        self,
        ex: Explanation,
        query: Query,
        muni: str | None,
        language: str,
        relevant: list[Passage],
    ) -> Explanation:
        book = CitationBook()
        cards = self._contact_cards(muni)
        asked_names = _names_asked_for(ex.answer.question, cards)
        if asked_names:
            cards = [(c, ch) for c, ch in cards if c.name in asked_names]
        elif muni is None:
            return self._ask_municipality(ex, language, self.reader.municipalities())
        elif not self._documents_speak_of(ex, _topic(query, "contact")):
            # "Vem kontaktar jag om snöröjning?": the documents say nothing on the subject,
            # so their IOP contacts are not its contacts. Say so; point to a contact.
            return self._no_answer(ex, muni, language)
        if not cards:
            msg = text(language, "no_contacts", municipality=muni or "")
            return self._no_answer(ex, muni, language, message=msg)
        switchboards = [(c, ch) for c, ch in cards if c.kind == "switchboard"]
        wants_switchboard = bool(has_cue(ex.answer.question, cues()["switchboard"]))
        missing_switchboard = wants_switchboard and not switchboards and muni is not None
        if wants_switchboard and switchboards and not asked_names:
            people, more = switchboards, False
        else:
            people = [(c, ch) for c, ch in cards if c.kind == "person"] or cards
            narrowed = people if asked_names else self._general_contacts(people, ex.answer.question)
            more = len(narrowed) < len(people)
            people = narrowed
        organisation = people[0][0].organisation or organisation_of(muni)
        intro = (
            text(language, "contacts_intro", organisation=organisation)
            if organisation and any(c.kind == "person" for c, _ in people)
            else text(language, "contacts_intro_any")
        )
        if missing_switchboard:
            # Asked for the switchboard, which no document gives: say so, then who is there.
            intro = text(language, "no_switchboard", municipality=muni or "") + " " + intro
        lines = [contact_line(card, book.cite(chunk, card.evidence)) for card, chunk in people]
        contacts = contact_records(people, book)
        body = intro + "\n\n" + "\n".join(lines)
        lead = intro
        # The sentence that invites contact, when the documents have one.
        if muni is not None and not asked_names:
            steps = self._next_steps(muni)
            invite = [(u, c) for u, c in steps if any(p[0].name and p[0].name in u for p in people)]
            for unit, chunk in invite[:1]:
                sentence = f"{unit} [{book.cite(chunk, unit)}]"
                body += f"\n\n{sentence}"
                lead = sentence
        if more:
            # In the body and in the lead the app draws above the contact cards.
            body += "\n\n" + text(language, "contacts_more")
            lead += "\n\n" + text(language, "contacts_more")
        ex.cards = [c for c, _ in people]
        return self._finish(ex, body, book, contacts=contacts, lead=lead)

    def _criteria_answer(
        self,
        ex: Explanation,
        query: Query,
        muni: str,
        language: str,
        relevant: list[Passage],
    ) -> Explanation:
        book = CitationBook()
        criteria = self._criteria(muni)
        parts: list[str] = []
        picked = pick_units(relevant, query, reader_analyzer(self.reader), max_units=2)
        direct = [p for p in picked if not _is_lead_in(p.unit)]
        if direct:
            parts.append("\n\n".join(extractive_lines(direct, book, muni, language)))
        listed = [c for c in criteria if c.kind == "list"]
        required = [c for c in criteria if c.kind == "requirement"]
        if listed:
            lines = [f"- {c.text} [{book.cite(c.chunk, c.text)}]" for c in listed]
            parts.append(
                text(language, "criteria_intro", municipality=muni) + "\n\n" + "\n".join(lines)
            )
        extra = [c for c in required if not any(c.text in p.unit for p in direct)]
        if extra:
            lines = [f"- {c.text} [{book.cite(c.chunk, c.text)}]" for c in extra]
            parts.append(text(language, "requirements_intro") + "\n\n" + "\n".join(lines))
        if not parts:
            return self._extractive_answer(ex, query, muni, language, relevant)
        return self._finish(ex, "\n\n".join(parts), book)

    def _eligibility_answer(
        self, ex: Explanation, signals: object, muni: str, language: str
    ) -> Explanation:
        from assistant.answers.idea_signals import IdeaSignals

        assert isinstance(signals, IdeaSignals)
        book = CitationBook()
        criteria = self._criteria(muni)
        if not criteria:
            msg = text(language, "verdict_no_criteria", municipality=muni)
            return self._no_answer(ex, muni, language, message=msg)
        assessment = assess(criteria, signals)
        verdict = verdict_record(assessment, book, language)
        first = verdict.criteria[0].citation
        label_text = text(language, f"verdict.{assessment.label}", municipality=muni)
        headline = f"**{label_text}** [{first}]"
        unknown = sum(c.status == "unknown" for c in verdict.criteria)
        if unknown and assessment.label != "likely_not_eligible":
            headline += " " + text(
                language, "unknown_count", unknown=str(unknown), total=str(len(verdict.criteria))
            )
        parts = [
            headline,
            text(language, "checklist_heading")
            + "\n\n"
            + "\n".join(checklist_lines(verdict, language)),
        ]
        steps = self._next_steps_block(muni, book, language)
        if steps:
            parts.append(steps)
        cards = self._people(muni, ex.answer.question)
        contacts = contact_records(cards, book)
        parts.append(_closing(cards, muni, book, language))
        ex.assessment = assessment
        ex.cards = [c for c, _ in cards]
        lead = "\n\n".join(p for i, p in enumerate(parts) if i != 1)  # without the checklist
        return self._finish(
            ex, "\n\n".join(parts), book, verdict=verdict, contacts=contacts, lead=lead
        )

    def _process_answer(self, ex: Explanation, muni: str, language: str) -> Explanation:
        """How to go about it: the municipality's own next-step sentences, then whom to
        contact (its IOP contact, as for a general contact question)."""
        book = CitationBook()
        parts = [self._next_steps_block(muni, book, language)]
        people = self._people(muni, ex.answer.question)
        contacts = contact_records(people, book)
        parts.append(_closing(people, muni, book, language))
        ex.cards = [c for c, _ in people]
        return self._finish(ex, "\n\n".join(parts), book, contacts=contacts)

    def _next_steps_block(self, muni: str, book: CitationBook, language: str) -> str:
        """ "Så går ni vidare:" and up to three of the municipality's next-step sentences
        ("" when its documents have none)."""
        steps = self._next_steps(muni)[:3]
        if not steps:
            return ""
        lines = [f"- {unit} [{book.cite(chunk, unit)}]" for unit, chunk in steps]
        return text(language, "next_step_heading") + "\n\n" + "\n".join(lines)

    def _people(self, muni: str, question: str) -> list[tuple[ContactCard, Chunk]]:
        """Whom to contact about IOP: the general documents' people (else any card)."""
        cards = self._contact_cards(muni)
        people = [(c, ch) for c, ch in cards if c.kind == "person"]
        return self._general_contacts(people, question) if people else cards

    def _ask_municipality(
        self, ex: Explanation, language: str, available: list[str]
    ) -> Explanation:
        msg = text(language, "ask_municipality")
        if available:
            msg += " " + text(language, "available", names=", ".join(available))
        ex.answer = ex.answer.model_copy(update={"answer": msg, "abstained": True})
        ex.lead = msg
        return ex

    # -- endings ------------------------------------------------------------------------
    def _finish(
        self,
        ex: Explanation,
        body: str,
        book: CitationBook,
        verdict: Verdict | None = None,
        contacts: list[Contact] | None = None,
        lead: str | None = None,
    ) -> Explanation:
        notes = self._freshness_notes(book, ex.answer.language)
        ex.notes = notes
        if notes:
            note = " ".join(notes)
            body += "\n\n" + note
            if lead is not None:
                lead += "\n\n" + note
        ex.lead = lead if lead is not None else body
        ex.answer = ex.answer.model_copy(
            update={
                "answer": body,
                "citations": book.citations(self._source_dates(book)),
                "verdict": verdict,
                "contacts": contacts or [],
                "abstained": False,
            }
        )
        return ex

    def _source_dates(self, book: CitationBook) -> dict[str, str | None]:
        docs = self.reader.documents
        return {chunk.source: own_date(docs.get(chunk.source)) for _, chunk in book.cited}

    def _no_answer(
        self, ex: Explanation, muni: str | None, language: str, message: str | None = None
    ) -> Explanation:
        scope = text(language, "no_answer_scope", municipality=muni) if muni else ""
        msg = message or text(language, "no_answer", scope=scope)
        book = CitationBook()
        contacts: list[Contact] = []
        if muni is not None:
            cards = self._contact_cards(muni)
            switchboard = [c for c in cards if c[0].kind == "switchboard"]
            person = [c for c in cards if c[0].kind == "person"]
            best = (switchboard or person or cards)[:1]
            if best:
                card, chunk = best[0]
                n = book.cite(chunk, card.evidence)
                detail = ", ".join(d for d in (card.name, card.phone, card.email) if d)
                msg += " " + text(
                    language,
                    "point_to_contact",
                    organisation=card.organisation or organisation_of(muni),
                    contact=f"{detail} [{n}]",
                )
                contacts = contact_records(best, book)
                ex.cards = [card]
            else:
                msg += " " + text(
                    language, "point_to_organisation", organisation=organisation_of(muni)
                )
        else:
            msg += " " + text(language, "point_to_any")
        ex.lead = msg
        ex.answer = ex.answer.model_copy(
            update={
                "answer": msg,
                "abstained": True,
                "citations": book.citations(self._source_dates(book)),
                "contacts": contacts,
            }
        )
        return ex

    def _abstain(
        self,
        q: str,
        language: Language,
        muni: str | None,
        message: str,
        intent: str,
        muni_from: str | None = None,
    ) -> Explanation:
        answer = Answer(
            question=q, language=language, municipality=muni, abstained=True, answer=message
        )
        return Explanation(answer=answer, intent=intent, municipality_from=muni_from, lead=message)

    def _criteria(self, muni: str) -> list[CriterionText]:
        """The municipality's own criteria, found once per index generation."""
        reader = self.reader

        def compute() -> list[CriterionText]:
            return find_criteria(c for c in reader.criteria_chunks(muni) if _may_hold_criteria(c))

        result: list[CriterionText] = reader.memo(("criteria", muni), compute)
        return result

    def _next_steps(self, muni: str) -> list[tuple[str, Chunk]]:
        """Sentences on how to go on, from the municipality's own passages (cached)."""
        reader = self.reader

        def compute() -> list[tuple[str, Chunk]]:
            # eligibility.next_step_units, with its cues in one regex: it tests each cue
            # of every unit with its own re.search, ~0.3 s for a municipality of 150
            # passages; this gives the same units in the same order in a few ms.
            cue = _cue_pattern("next_step_cues")
            chunks = by_authority(reader.criteria_chunks(muni))
            return [
                (unit.text, chunk)
                for chunk in chunks
                if cue.search(chunk.text.lower())
                for unit in split_units(chunk.text)
                if not unit.is_list_item and cue.search(unit.text.lower())
            ]

        result: list[tuple[str, Chunk]] = reader.memo(("next_steps", muni), compute)
        return result

    @staticmethod
    def _documents_speak_of(ex: Explanation, topic: Query) -> bool:
        """Whether the retrieved passages mention most of what the question is about.
        Counted per word, not weighted: a word no document has (an "IOP-avtal" that the
        decision calls "beslut") must not outweigh the partner's name that it does have.
        No topic once the frame is gone ("Vem ska vi kontakta i Ystad?"): yes."""
        if not topic.words:
            return True
        seen = set(ex.passage_terms)
        covered = sum(1 for w in topic.words if word_credit(w, seen) > 0)
        return covered * 2 >= len(topic.words)

    def _general_contacts(
        self, people: list[tuple[ContactCard, Chunk]], question: str
    ) -> list[tuple[ContactCard, Chunk]]:
        """The people of the guideline and web page; a decision's case officer only when
        the question names that decision's own matter (a word of its title that no
        general document's title has, e.g. the partner's name)."""
        general = [(c, ch) for c, ch in people if speaks_generally(ch.doc_type)]
        if not general:
            return people
        terms = reader_analyzer(self.reader).terms
        # Names only ("Föreningen Bryggan"), not the everyday words ("vår förening").
        asked = {t for name in _names_in(question) for t in terms(name)}
        common = {t for _, ch in general for t in terms(ch.title)}
        return [
            (card, chunk)
            for card, chunk in people
            if speaks_generally(chunk.doc_type) or (asked & set(terms(chunk.title))) - common
        ]

    def _contact_cards(self, muni: str | None) -> list[tuple[ContactCard, Chunk]]:
        """Contact cards of a municipality's documents (all documents for None): the
        guideline's and web page's people before a decision's case officer, each person
        once (a card that adds no detail to an earlier one of the same name is dropped)."""
        found: list[tuple[ContactCard, Chunk]] = []
        for card, chunk in pairs_by_authority(self.reader.contact_cards(muni)):
            if not any(_repeats(card, kept) for kept, _ in found):
                found.append((card, chunk))
        return found


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÅÄÖ][\wåäöÅÄÖ-]+")


def _names_in(question: str) -> list[str]:
    """Capitalised words that do not open a sentence: the names a question gives."""
    return _NAME.findall(question.strip())


def _topic(query: Query, intent: str) -> Query:
    """The question's topic: its words minus those of the intent's cues ("vända oss",
    "hur går det till")."""
    frame = {w for cue in cues()[intent] for w in words(cue)}
    return Query(tuple(w for w in query.words if w.word not in frame))


def _repeats(card: ContactCard, kept: ContactCard) -> bool:
    """Whether ``card`` says nothing that ``kept`` does not already say."""
    if (card.name, card.email, card.phone) == (kept.name, kept.email, kept.phone):
        return True
    if not card.name or card.name != kept.name:
        return False
    return all(
        mine is None or mine == theirs
        for mine, theirs in ((card.email, kept.email), (card.phone, kept.phone))
    )


_LIST_LINE = re.compile(r"(?m)^\s*(?:[-•*]|\d+[.)])\s+")


@cache
def _cue_pattern(key: str) -> re.Pattern[str]:
    """One regex for a cue list of data/criteria_signals.yaml, matched as eligibility.py
    matches each cue (lowercase, not inside a word on the left)."""
    phrases = sorted((c.lower() for c in _criteria_config()[key]), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + ")")


def _may_hold_criteria(chunk: Chunk) -> bool:
    """A cheap necessary condition for ``find_criteria`` to find anything in the chunk:
    a requirement cue, or a list item with a lead-in cue in the heading or the text."""
    low = chunk.text.lower()
    if _cue_pattern("requirement_cues").search(low):
        return True
    if not _LIST_LINE.search(chunk.text):
        return False
    lead = chunk.heading_path[-1].lower() if chunk.heading_path else ""
    lead_in = _cue_pattern("lead_in_cues")
    return bool(lead_in.search(lead) or lead_in.search(low))


def reader_analyzer(reader: IndexReader) -> Analyzer:
    return reader.lexical.analyzer if reader.lexical is not None else Analyzer()


def _last_user(history: list[Turn]) -> str | None:
    return next((t.content for t in reversed(history) if t.role == "user"), None)


def _municipality_words(muni: str | None) -> list[str]:
    if muni is None:
        return []
    org = organisation_of(muni)
    return [muni, org, muni + "s"]


def _names_asked_for(question: str, cards: list[tuple[ContactCard, Chunk]]) -> set[str]:
    asked = set(words(question))
    out = set()
    for card, _ in cards:
        if card.name:
            parts = [w for w in words(card.name) if len(w) > 2]
            # "Ann Rubins" names Ann Rubin too.
            if parts and all(p in asked or p + "s" in asked for p in parts):
                out.add(card.name)
    return out


def _closing(
    cards: list[tuple[ContactCard, Chunk]], muni: str, book: CitationBook, language: str
) -> str:
    """ "Det är kommunen som beslutar om IOP. Kontakta …" with up to three cited contacts."""
    if cards:
        who = text(language, "closing_contact", names=_contact_phrase(cards[:3], book))
    else:
        who = text(language, "closing_organisation", organisation=organisation_of(muni))
    return text(language, "closing", who=who)


def _contact_phrase(cards: list[tuple[ContactCard, Chunk]], book: CitationBook) -> str:
    """ "Anna Berg (anna@x.se) [2] eller Per Ek (per@x.se) [2]"; a switchboard by its number."""
    parts = []
    for card, chunk in cards:
        who = card.name or card.organisation or card.title or ""
        detail = card.email or card.phone
        if card.kind == "switchboard":
            who, detail = f"{card.organisation or ''} ({card.title or 'växel'})".strip(), card.phone
        parts.append(f"{who}: {detail} [{book.cite(chunk, card.evidence)}]")
    return "; ".join(parts)


def _partnership_line(phrases: list[str]) -> Callable[[str], bool]:
    """A line that names a partnership's parties: "Parter: …", or "avtal med" + a name
    ("samverkansavtal med stiftelsen Fontänhuset"), not "överenskommelse med idéburen sektor"."""
    plain = [p.lower() for p in phrases if not p.lower().endswith(" med")]
    before_name = [p for p in phrases if p.lower().endswith(" med")]
    # Case-insensitive cue, then a capitalised name (after an optional "stiftelsen" etc.).
    named = re.compile(
        r"(?i:" + "|".join(re.escape(p) for p in before_name) + r")\s+"
        r"(?:(?i:stiftelsen|föreningen|organisationen|förbundet)\s+)?[A-ZÅÄÖ]"
    )

    def check(line: str) -> bool:
        low = line.lower()
        return any(p in low for p in plain) or bool(before_name and named.search(line))

    return check


def _definition_units(passage: str) -> list[str]:
    return [u.text for u in split_units(passage) if _DEFINITION.search(u.text)]


def _is_lead_in(unit: str) -> bool:
    return unit.rstrip().endswith(":") or len(unit) < 40
