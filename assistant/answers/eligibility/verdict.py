"""The verdict block of an answer: the judgement in plain words that admit uncertainty,
the decisive reasons with the description's own words, and the open points; the full
list of criteria goes into the structured ``verdict.criteria``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from assistant.answers.compose import Draft
from assistant.answers.declines import declines_iop
from assistant.answers.drafts import titled_as_rules
from assistant.answers.eligibility.calls import held_to
from assistant.answers.eligibility.concepts import concept_in, names_ages
from assistant.answers.eligibility.criteria import Criterion as CriterionRule
from assistant.answers.eligibility.criteria import (
    criteria_of,
    in_language,
    in_numbers,
    qualifies,
    without_exceptions,
)
from assistant.answers.eligibility.judge import (
    FALLS_SHORT,
    Assessment,
    Judgement,
    assess,
    without_rules_heard,
)
from assistant.answers.eligibility.principles import principles, principles_named
from assistant.answers.explanation import Explanation
from assistant.answers.question import Question, last_answer, last_user
from assistant.core import municipalities
from assistant.core.documents import Chunk
from assistant.core.municipalities import kind_of
from assistant.core.records import Criterion, Verdict
from assistant.core.swedish.cues import matcher
from assistant.core.swedish.sentences import sentence_spans
from assistant.core.texts import text
from assistant.index import lexical
from assistant.index.reader import IndexReader

_REASONS = 2
_CHECKLIST = 10
_CHECK_WORDS = 24
_QUOTE_WORDS = 24
_HEADING_WORDS = 12  # a sentence naming the principle this short heads the rule
_MARK = {"met": "✅", "unknown": "❔", "not_met": "❌"}


def verdict_block(
    draft: Draft,
    reader: IndexReader,
    places: Sequence[str],
    q: Question,
    ex: Explanation,
    today: date,
    assessment: Assessment | None = None,
) -> None:
    """``assessment``: the idea already assessed (a follow-up's, read to decide whether to
    judge it), else assessed here."""
    language, main = q.language, places[0]
    declined = declines_iop(reader, main)
    if declined is not None:
        _declined(draft, ex, declined, language, main)
        return
    assessment = assessment or assess_idea(reader, places, q, today)
    ex.assessment = assessment
    records: list[Criterion] = []
    for j in assessment.stated:
        assert j.criterion is not None
        n = draft.book.cite(j.criterion.chunk, j.criterion.quote)
        records.append(
            Criterion(
                criterion=j.criterion.text,
                status=j.status,
                reason=_reason(j, language),
                citation=n,
            )
        )
    draft.verdict = Verdict(label=assessment.label, criteria=records)
    lines = [_headline(assessment, language, main)]
    lines.extend(_conflicts(assessment, draft, language))
    if not assessment.has_criteria:
        key = "national_fits" if assessment.fits_principles else "national_only"
        # "No guidelines of its own" only where no document of the place is one by its
        # title or kind; a guideline without a list of criteria is still one.
        if not _has_guidelines(reader, places):
            key += "_no_guidelines"
        lines.append(text(language, f"{key}.{kind_of(main)}"))
    draft.add("verdict", "\n".join(lines))
    draft.add("criteria", "\n".join(_checklist(assessment, draft, language, kind_of(main))))


def assess_idea(reader: IndexReader, places: Sequence[str], q: Question, today: date) -> Assessment:
    """The idea as told so far, held against the place's criteria: those of a document
    the question names by its title first ("Kan vi vara med i Norbergs inbjudan om
    mötesplatser för unga?" is asked of the invitation before the general FAQ)."""
    # A call's own conditions hold for an idea told as one for it (calls.py); in a
    # follow-up the call may be named by the answer before ("Vi vill vara med i just den
    # här" after an answer telling of the call).
    described = _description(q)
    # … or by the asker's turn before ("Vad är det för sommarlovsutlysning i Eda?" then
    # "Vi hinner bara ha läger i tio dagar … Kan vi vara med?"), unless this one tells
    # another idea in its place ("Men om vi istället gör …").
    another = matcher("question_words.yaml", "another_idea")(q.text)
    before = "" if another else last_user(q.history) or ""
    told = " ".join([without_rules_heard(described), before, _pointed_back(q)])
    criteria = held_to(criteria_of(reader, places, q.language), told)
    return assess(_named_first(reader, criteria, q.text), described, today)


def _pointed_back(q: Question) -> str:
    """The answer before, when the question points back at what it told of ("Vi vill
    vara med i just den här"): it names the call the question means."""
    if not matcher("criteria_words.yaml", "call_back")(q.text):
        return ""
    return last_answer(q)


_TITLE_WORDS = 2  # words of its own title a question names a document by, at least


def _named_first(
    reader: IndexReader, criteria: list[CriterionRule], question: str
) -> list[CriterionRule]:
    """The criteria of the sources whose own title words (none every source's title has,
    no place name) the question writes most of, first; the order kept within."""
    if reader.lexical is None:
        return criteria
    terms = reader.lexical.analyzer.terms

    def stems(text: str) -> set[str]:
        # Whole words only: a compound's parts ("pensionärsföreningar": pensionär,
        # förening) would let one word of the title count as several.
        return {found[0] for w in lexical.words(text) if (found := terms(w))}

    titles = {c.chunk.source: stems(c.chunk.title or "") for c in criteria}
    if len(titles) < 2:
        return criteria
    shared = set.intersection(*titles.values())
    places = {t for m in municipalities.mentions(question) for t in stems(m.name)}
    asked = stems(question) - places

    def named(source: str) -> int:
        hits = len((titles[source] - shared) & asked)
        return hits if hits >= _TITLE_WORDS else 0

    return sorted(criteria, key=lambda c: -named(c.chunk.source))


def judges_anything(assessment: Assessment, reader: IndexReader, place: str) -> bool:
    """Whether a verdict says anything of the idea as told so far: the place enters no
    IOP, or has no criteria of its own (the national principles judge), or the idea meets
    or breaks one of its own criteria, or breaks a national principle ("bara medlemmar
    får komma"); a principle met in passing says nothing of the place's criteria."""
    if declines_iop(reader, place) is not None or not assessment.has_criteria:
        return True
    return any(j.status != "unknown" for j in assessment.stated) or any(
        j.status == "not_met" for j in assessment.judgements
    )


def _declined(
    draft: Draft, ex: Explanation, declined: tuple[Chunk, str], language: str, main: str
) -> None:
    """A place that enters no IOP at all: no idea fits, and its own sentence says why;
    the conditions of its grants are no criteria of partnerships."""
    chunk, sentence = declined
    n = draft.book.cite(chunk, sentence)
    reason = text(language, "declines_reason")
    ex.assessment = Assessment("likely_not_eligible", (), has_criteria=False)
    draft.verdict = Verdict(
        label="likely_not_eligible",
        criteria=[Criterion(criterion=sentence, status="not_met", reason=reason, citation=n)],
    )
    headline = _headline(ex.assessment, language, main)
    draft.add("verdict", f"{headline}\n- ❌ {sentence} [{n}]")


def _has_guidelines(reader: IndexReader, places: Sequence[str]) -> bool:
    """Whether a document of the places is a guideline or rules, by its title or kind
    (once per index generation)."""

    def compute() -> bool:
        kinds = {(c.title, c.doc_type) for place in places for c in reader.criteria_chunks(place)}
        return any(titled_as_rules(title, doc_type) for title, doc_type in kinds)

    found: bool = reader.memo(("guidelines", tuple(places)), compute)
    return found


def _description(q: Question) -> str:
    """The idea as described, earlier turns first: a follow-up corrects the description,
    unless it tells another idea in place of the first ("Men om vi istället gör …")."""
    earlier = [t.content for t in q.history if t.role == "user"] if q.follow_up else []
    if matcher("question_words.yaml", "another_idea")(q.text):
        earlier = []
    return " ".join([*earlier, q.text])


def _headline(assessment: Assessment, language: str, municipality: str) -> str:
    said = text(language, f"verdict.{assessment.label}", municipality=municipality)
    return f"**{said}** {text(language, 'guidance_short.' + kind_of(municipality))}"


def _conflicts(assessment: Assessment, draft: Draft, language: str) -> list[str]:
    """What conflicts, with the description's own words (for a "not eligible")."""
    if assessment.label != "likely_not_eligible":
        return []
    return ["- ❌ " + _point(j, draft, language, _defined(j, draft)) for j in _reasons(assessment)]


def _reasons(assessment: Assessment) -> list[Judgement]:
    """The broken criteria said first, with the description's words (a few)."""
    if assessment.label != "likely_not_eligible":
        return []
    return [j for j in assessment.judgements if j.status == "not_met"][:_REASONS]


def _defined(j: Judgement, draft: Draft) -> str:
    """The document's own definitions a broken rule rests on ("Äldre: Personer som har
    fyllt 67 år", "Verksamhetsår: Ett avslutat kalenderår …"), cited: the rule alone does
    not say what it counts."""
    said = []
    for d in j.defined:
        n = draft.book.cite(d.chunk, d.text)
        said.append(f"{d.term}: {_shorten(d.text, _QUOTE_WORDS).rstrip('.')} [{n}]")
    return " (" + "; ".join(said) + ")" if said else ""


def _checklist(assessment: Assessment, draft: Draft, language: str, kind: str) -> list[str]:
    """The municipality's criteria one per line with their status, shortened: the full
    texts are in ``verdict.criteria`` and the citations."""
    # A cell of a table's column of what is ruled out shows only when broken (above):
    # its row's own rule is the line. A broken rule beyond the few said above is listed.
    said = {id(j) for j in _reasons(assessment)}
    stated = [
        j
        for j in assessment.judgements
        if j.criterion is not None and id(j) not in said and not j.criterion.beside
    ]
    if not stated:
        return []
    own = in_language([j.criterion for j in stated if j.criterion is not None], language)
    lines = [text(language, f"{'checklist_own_language' if own else 'checklist'}.{kind}")]
    for j in _shown(stated):
        # A wish is said to be one: unmet, it stops nothing.
        wish = text(language, "wish_label") + " " if j.criterion and j.criterion.wish else ""
        lines.append(f"- {_MARK[j.status]} {wish}{_criterion_text(j, draft, _CHECK_WORDS)}")
    return lines


def _shown(stated: list[Judgement]) -> list[Judgement]:
    """The criteria the answer lists, in the document's order: all of them when they are
    few; else those stated in numbers (an amount, a share, a number of years, the ages it
    is for: what an association must check against its own) before the rest."""
    if len(stated) <= _CHECKLIST:
        return stated
    concrete = [
        i
        for i, j in enumerate(stated)
        if j.criterion is not None and (j.criterion.counted or names_ages(j.criterion.rule))
    ]
    rest = [i for i in range(len(stated)) if i not in concrete]
    keep = set((concrete + rest)[:_CHECKLIST])
    return [j for i, j in enumerate(stated) if i in keep]


def _point(j: Judgement, draft: Draft, language: str, defined: str = "") -> str:
    # A rule broken by no concept of its own (its numbers, or whom it is for): the
    # sentence stating its number is the point, when it has one.
    short = j.concept == FALLS_SHORT or j.status == "not_met"
    if short and j.criterion is not None and j.criterion.falls_short:
        # The rule, then what its table says falls short of it: the asker's words match
        # that, or the rule is broken and the column says what does not count towards it
        # ("Tid som ett nätverk … räknas inte" beside "bildats minst 18 månader innan").
        header, cell = j.criterion.falls_short
        n = draft.book.cite(j.criterion.chunk, j.criterion.quote)
        what = f"{_shorten(j.criterion.text, _QUOTE_WORDS)} – {header}: {_shorten(cell)} [{n}]"
    else:
        what = _criterion_text(j, draft, focus=j.concept, numbers=j.concept is None)
    if j.criterion is None:
        what += " " + text(language, "national_principle")
    what += defined
    if j.clause:
        what += " " + text(language, f"reason.{j.status}", evidence=_shorten(j.clause))
    return what


def _criterion_text(
    j: Judgement,
    draft: Draft,
    words: int = _QUOTE_WORDS,
    focus: str | None = None,
    numbers: bool = False,
) -> str:
    if j.criterion is not None:
        n = draft.book.cite(j.criterion.chunk, j.criterion.quote)
        # A rule's exception told after it ("Undantag: om verksamheten riktar sig till
        # personer som har fyllt 80 år räcker det med …") is shortened on its own, so that
        # a long rule does not cut it away.
        rule = without_exceptions(j.criterion.text)
        exception = (
            j.criterion.text[len(rule) :].strip() if j.criterion.text.startswith(rule) else ""
        )
        focused = _focused(rule, focus, numbers, j.principle)
        # … and so is what qualifies the rule, said after it ("Det är
        # registreringsdatumet som räknas").
        spans = sentence_spans(focused)
        last = focused[spans[-1][0] :] if len(spans) > 1 else ""
        parts = [focused[: spans[-1][0]], last] if last and qualifies(last) else [focused]
        return f"{_said_apart([*parts, exception], words)} [{n}]"
    return principles()[j.principle].label if j.principle else ""


def _said_apart(parts: Sequence[str], words: int) -> str:
    """A rule and what it says after itself, each shortened on its own, so that a long
    rule does not cut away its exception or what qualifies it."""
    said = [_shorten(p, words) for p in parts if p]
    return ". ".join([*(p.rstrip(".") for p in said[:-1]), said[-1]])


def _focused(
    text_: str, concept: str | None, numbers: bool = False, principle: str | None = None
) -> str:
    """A long criterion cut to the sentence that names the concept in question (a table
    row keeps its label): "Idéburen organisation – Aktiebolag … kan inte ingå IOP"; a
    rule judged in numbers (no concept) to the sentence that states its number ("… Med
    det menar vi att den når invånare i minst tre av länets femton kommuner")."""
    label, _, body = text_.partition(" – ") if " – " in text_ else ("", "", text_)
    if len(body.split()) <= _QUOTE_WORDS or (concept is None and not numbers):
        return text_
    sentences = [body[start:end] for start, end in sentence_spans(body)]
    for i, sentence in enumerate(sentences):
        if concept_in(concept, sentence) if concept is not None else in_numbers(sentence):
            # A short sentence before it that names the principle is the rule's own
            # heading ("Det finns inte en marknad eller en konkurrenssituation att vårda.
            # Det finns inte privata företag som …"): it stays.
            before = sentences[i - 1] if i else ""
            heads = bool(before) and len(before.split()) <= _HEADING_WORDS
            if heads and principle is not None and principle in principles_named(before):
                sentence = f"{before} {sentence}"
            # … with the sentence after it saying what counts or whom it also holds for
            # ("Det är registreringsdatumet som räknas", "Det gäller även …").
            after = sentences[i + 1] if i + 1 < len(sentences) else ""
            if after and qualifies(after):
                sentence = f"{sentence} {after}"
            return f"{label} – {sentence}" if label else sentence
    return text_


def _reason(j: Judgement, language: str) -> str:
    if j.clause:
        return text(language, f"reason.{j.status}", evidence=_shorten(j.clause))
    return text(language, "reason.unknown")


def _shorten(value: str, limit: int = _QUOTE_WORDS) -> str:
    value = value.strip().rstrip(".!?,;:")
    words = value.split()
    return value if len(words) <= limit else " ".join(words[:limit]) + " …"
