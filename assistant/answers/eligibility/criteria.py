"""A municipality's own IOP criteria, in whatever form its documents give them.

Criteria stand as list items, table rows or prose ("För att … krävs att …, vidare bör
…") under any heading. A unit is read as a criterion when
- it is a list item or table row whose heading, lead-in or table header names criteria
  ("Kriterier", "Villkor", "Förutsättningar", "Principer"), or which is normative itself;
- or it is a normative sentence ("ska", "måste", "krävs", "får inte") that maps onto one
  of the national IOP principles.
Only documents that set rules count (not a remissvar, a news item or a draft), and never
a passage that speaks for another municipality. Each criterion is mapped to a principle
by the concepts it names, else by meaning (embeddings), and found once per index
generation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property

from assistant.answers.answer_types import asking_sentences
from assistant.answers.authority import by_authority, decides_one_matter
from assistant.answers.comparison import iop_column
from assistant.answers.drafts import filed_as_draft, in_draft_section, is_draft, titled_as_rules
from assistant.answers.eligibility import checklist as checklists
from assistant.answers.eligibility.ages import without_role_ages
from assistant.answers.eligibility.areas import areas_of
from assistant.answers.eligibility.calls import is_call
from assistant.answers.eligibility.concepts import (
    Finding,
    concept_in,
    finite_verbs,
    names_ages,
    negation_words,
    negations,
    read_concepts,
    target_groups,
    tells_an_exception,
)
from assistant.answers.eligibility.contribution import required_contribution, required_hours
from assistant.answers.eligibility.definitions import (
    DefinedGroup,
    Definition,
    defined_in,
    definitions_in,
    group_ages,
    in_glossary,
    leads_glossary,
)
from assistant.answers.eligibility.fee import by_the_piece_unless_priced, fee_cap
from assistant.answers.eligibility.length import required_months
from assistant.answers.eligibility.members import required_members
from assistant.answers.eligibility.principles import (
    principle_of_concept,
    principles,
    principles_named,
)
from assistant.answers.eligibility.reach import required_reach
from assistant.answers.eligibility.share import required_share
from assistant.answers.eligibility.support import support_form
from assistant.answers.eligibility.tenure import required_age
from assistant.answers.eligibility.where import excluded_by_verb, leaves_out, place_left_out
from assistant.answers.partners import names_a_partner
from assistant.answers.question import domain_matcher
from assistant.answers.ranking import cosine
from assistant.answers.voices import voices
from assistant.core.documents import Chunk
from assistant.core.localities import NAME_RUN, names_association
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher, normal
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.numbers import number_words
from assistant.core.swedish.sentences import (
    CHECKBOXES,
    CROSS_MARKS,
    Unit,
    blank_cell,
    is_table_rule,
    leads_list,
    sentence_spans,
    split_units,
    strip_marker,
    table_cells,
)
from assistant.index import lexical
from assistant.index.reader import IndexReader

_TABLE_ROW = re.compile(r"^\|(.*)\|$")
_NUMBER_CELL = re.compile(r"^\s*\d{1,3}[.)]?\s*$")
# A sentence outside a criteria list is a criterion when it comes at least this close to
# some principle's description (cosine; e5 puts unrelated sentences of the same domain
# around 0.80–0.85).
_PRINCIPLE_SIMILARITY = 0.86
_TIE = 0.02
_MARGIN = 0.015
_MIN_CHARS = 15
# A table row states a rule in words: some cell after the label holds a lower-case word.
_PROSE = re.compile(r"(?<![\w.-])[a-zåäöé]{4,}\b")
# The concept most criteria name as their subject ("Föreningen måste …"): what the
# criterion is about is the rest.
SUBJECT = "association"


@dataclass(frozen=True)
class Criterion:
    text: str  # as a person reads it (a table row's cells joined)
    quote: str  # verbatim from the chunk
    chunk: Chunk
    principle: str | None  # the national principle it maps onto, if any
    findings: tuple[Finding, ...]  # concepts it names, stated or denied
    groups: frozenset[str]  # target groups it names
    excludes: bool = False  # rules out what it names (an item under "Vad vi inte stöder")
    language: str = "sv"  # the language its document is written in
    # The ages of the target groups it names, as its document defines them ("Äldre –
    # Personer som har fyllt 70 år").
    defined_ages: tuple[DefinedGroup, ...] = ()
    # The words it uses that its document defines ("verksamhetsår").
    defined_terms: tuple[Definition, ...] = ()
    # Only a document's title, read as whom it is for ("Har ni en idé om stöd till äldre
    # som är ensamma?"): no rule the municipality has set.
    titled: bool = False
    # What is judged when it differs from the text shown: a yes/no table's question as a
    # statement ("Det kostar inte deltagarna mer än 40 kronor per tillfälle").
    rule_text: str = ""
    # What does not meet it, from a table's column beside it ("| Det här krävs | Det här
    # räcker inte |"), with that column's header: (header, cell).
    falls_short: tuple[str, str] | None = None
    # A cell of a table's column of what is ruled out, beside the row's own rule ("| Det
    # här räcker | Det här räcker inte |"): judged, but a list shows the row's rule.
    beside: bool = False

    @property
    def rule(self) -> str:
        return self.rule_text or self.text

    # Read from the text once, when first asked: no copy to keep in step with it.
    @cached_property
    def counted(self) -> bool:
        """Asks for something judged in numbers (``in_numbers``)."""
        return in_numbers(self.rule)

    @cached_property
    def areas(self) -> bool:
        """Names the areas partnerships are entered in (``areas_of``)."""
        return bool(areas_of(self.rule))

    @cached_property
    def wish(self) -> bool:
        """A wish, not a requirement ("bör"): unmet, it breaks nothing (``wished``)."""
        return wished(self.rule)


@cache
def _words() -> dict[str, CueMatcher]:
    data = load_cues("criteria_words.yaml")
    inflected = {
        key: CueMatcher(data[key])
        for key in (
            "context",
            "normative",
            "reported",
            "scope",
            "elaborates",
            "refers_back",
            "draft_marks",
            "proposal",
            "cannot_be",
        )
    }
    # A heading names criteria by the context words, also as a compound's head
    # ("Grundkrav", "Huvudprinciper"), or by these ("Det här krävs").
    inflected["heading"] = CueMatcher(
        [*data["context"], *data["criteria_headings"]], heads=True, min_head=4
    )
    # Function words match as written ("not" is no "noter").
    exact = ("must_questions", "shall", "excluding", "wish", "required", "no_requirement")
    return inflected | {key: CueMatcher(data[key], inflect=False) for key in exact}


@cache
def _not_about_iop_pattern() -> re.Pattern[str]:
    spec = load_cues("criteria_words.yaml")["not_about_iop"]
    subjects, verbs, negations, only, names = (
        alternation(spec[k]) for k in ("subjects", "verbs", "negations", "only", "names")
    )
    return re.compile(
        rf"(?<!\w)(?:{subjects})\s+(?:{verbs})\s+(?:{negations})\s+(?!(?:{only})\b)"
        # the name ends the sentence: "Detta gäller inte partnerskap som redan har
        # beslutats" is an exception to a rule, not a section about something else
        rf"(?:\w+\s+){{0,2}}?(?:{names})\s*[.!]?\s*$",
        re.IGNORECASE,
    )


def _other_support(headings: Sequence[str]) -> bool:
    """Whether the nearest heading that names IOP or a form of support names the
    support: "2 Grundvillkor för föreningsbidrag", "3.1 Aktivitetsbidrag" (a policy that
    covers föreningsbidrag beside IOP); "5.2 Villkor" under "5 IOP" is IOP's."""
    for heading in reversed(headings):
        if domain_matcher()(heading):
            return False
        if any(support_form(w) for w in lexical.words(heading)):
            return True
    return False


def _not_about_iop(sentence: str) -> bool:
    """Whether a sentence says its section is about something else ("Nej, det här gäller
    inte IOP.", "This does not apply to IOP.")."""
    return _not_about_iop_pattern().search(sentence) is not None


@cache
def _faq() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An FAQ's label before its question or answer ("F:", "Svar:"), and an answer that
    opens by saying yes or no ("Ja, men …", "Nej.", "Yes, …")."""
    spec = load_cues("criteria_words.yaml")["faq"]
    labels, answers, joins = (alternation(spec[k]) for k in ("labels", "answers", "joins"))
    return (
        re.compile(rf"^(?:{labels})\s*[:.]\s+", re.IGNORECASE),
        re.compile(rf"^(?:{answers})(?:\s*[,.!–-]|\s+(?:{joins})\b)", re.IGNORECASE),
    )


@cache
def _rule_questions() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["rule_questions"])


def _question_words(heading: str) -> list[str]:
    """A question heading's words without its number ("3. Kan en församling …?")."""
    return strip_marker(heading).lower().rstrip("?").split()


def _asks_who_may(heading: str) -> bool:
    """ "Vem kan söka?", "Vilka kan ingå ett IOP?", "Who can take part?": asks who may
    be a party, not who decides or whom to call ("Vem beslutar?", "Vem kan vi ringa?")."""
    words = _question_words(heading)
    spec = load_cues("criteria_words.yaml")["who_may"]
    if not heading.endswith("?") or len(words) < 3 or words[0] not in spec["who"]:
        return False
    # "Vilka organisationer kan bli partner?": a noun may come between.
    at = 1 if words[1] in spec["may"] else 2
    return words[at] in spec["may"] and len(words) > at + 1 and words[at + 1] not in spec["persons"]


def _names_who(text: str) -> bool:
    """An answer naming kinds of organisations, with no verb of its own before its
    relative clause ("Ideella föreningar, stiftelser och trossamfund som har hållit minst
    ett årsmöte."); "Pensionärsföreningar … har efterfrågat …" narrates instead."""
    head = re.split(r"\b(?:som|that|which|who)\b", text, maxsplit=1)[0]
    found = [w.lower() for w in re.findall(r"\w+", head)]
    return concept_in("association", head) and not finite_verbs().intersection(found)


def _asks_what_is_allowed(heading: str) -> bool:
    words = _question_words(heading)
    if not heading.endswith("?") or not words:
        return False
    # Opening with a modal (yes or no), or asking what must be ("Hur mycket måste vi …?").
    return words[0] in _rule_questions() or bool(_words()["must_questions"](heading))


@cache
def _not_rules() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["not_rules"])


def sets_rules(chunk: Chunk, reader: IndexReader | None = None) -> bool:
    """Whether the chunk's document can set criteria (not a remissvar, news, draft or one
    signed agreement)."""
    # A call for ideas sets its own conditions, told as news too (calls.py).
    if (chunk.doc_type in _not_rules() and not is_call(chunk.title)) or chunk.untrusted:
        return False
    if chunk.foreign:
        return False
    if _agreement_titled(chunk.title):
        return False
    if in_draft_section(chunk.heading_path):
        return False
    if reader is not None:
        return not is_draft(reader, chunk.source)
    return not filed_as_draft(chunk.title, chunk.doc_type)


def _cites_for_one(chunk: Chunk) -> bool:
    """A decision, agreement or minutes on one matter, not one adopting rules."""
    return decides_one_matter(chunk.doc_type) and not titled_as_rules(
        chunk.title or "", chunk.doc_type
    )


def _agreement_titled(title: str | None) -> bool:
    """Whether the document is one agreement ("Överenskommelse om … – Byagården …",
    "IOP-avtal med …"), not a template or a framework agreement between sectors ("Avtal
    om IOP – mall", "Överenskommelse … mellan Lunds kommun och idéburen sektor")."""
    cues = load_cues("criteria_words.yaml")
    said = (title or "").lower().split()
    if not said or set(lexical.words(title or "")) & set(cues["agreement_not"]):
        return False
    return said[0].strip(",:").split("-")[-1] in cues["agreement_titles"]


# A place's criteria in the asker's language replace those in the other one when they
# are a list (its summary in English), not one stray sentence.
_OWN_LANGUAGE_CRITERIA = 3


def criteria_of(
    reader: IndexReader, places: Sequence[str], language: str = "sv"
) -> list[Criterion]:
    """The criteria of the places' rule-setting documents, in document order, in the
    asker's language where a place states them in it: an English summary of a Swedish
    guideline repeats its rules, and each asker is best served by the ones they read.
    Each place is read apart: a region's English page does not hide a kommun's rules."""
    every = _criteria_of(reader, places)
    out: list[Criterion] = []
    for place in dict.fromkeys(c.chunk.municipality for c in every):
        its = [c for c in every if c.chunk.municipality == place]
        own = [c for c in its if c.language == language]
        # A call's conditions in the asker's language are no summary of the general rules
        # stated only in another ("Utlysning: Sommarlov …" beside an English guideline).
        general = any(not is_call(c.chunk.title) for c in its)
        own_general = any(not is_call(c.chunk.title) for c in own)
        enough = len(own) >= _OWN_LANGUAGE_CRITERIA and (own_general or not general)
        out.extend(own if enough else its)
    return out


def in_language(criteria: Sequence[Criterion], language: str) -> bool:
    """Whether every criterion stands in the asker's language (no "(in Swedish)")."""
    return all(c.language == language for c in criteria)


def _criteria_of(reader: IndexReader, places: Sequence[str]) -> list[Criterion]:
    """The criteria of the places' rule-setting documents, in document order (memoised)."""

    def compute() -> list[Criterion]:
        own = [c for place in places for c in reader.criteria_chunks(place)]
        chunks = [c for c in own if sets_rules(c, reader)]
        opening = _opening_headings(chunks)
        labelled = _labelled_sources(chunks)
        # The guideline before a decision that repeats its criteria; each criterion once.
        # A section's opening text may stand in the chunk before its table's, or the
        # text of the section around it just before its heading ("Läs detta först: Svara
        # på kontrollfrågorna i del A …" › "Del A. Kontrollfrågor").
        before = {(c.source, c.position): c for c in chunks}

        def lead(chunk: Chunk) -> str:
            prior = before.get((chunk.source, chunk.position - 1))
            if prior is None:
                return ""
            path, around = chunk.heading_path, prior.heading_path
            return prior.text if path[: len(around)] == around else ""

        candidates = [
            cand
            for chunk in by_authority(chunks)
            for cand in _candidates(
                chunk, opening.get(chunk.source), chunk.source in labelled, lead(chunk)
            )
        ]
        candidates += _titled_for(chunks, candidates)
        # A decision on one matter that cites the rules ("Enligt riktlinjerna ska …")
        # repeats them for that case; where the place's guideline or page states them,
        # those are the rules.
        stated = {
            c.chunk.municipality
            for c in candidates
            if not _cites_for_one(c.chunk)
            and titled_as_rules(c.chunk.title or "", c.chunk.doc_type)
        }
        candidates = [
            c
            for c in candidates
            if not (_cites_for_one(c.chunk) and c.chunk.municipality in stated)
        ]
        seen: set[str] = set()
        unique = []
        for cand in candidates:
            key = " ".join(cand.text.lower().split())
            if key not in seen:
                seen.add(key)
                unique.append(cand)
        definitions = [d for chunk in chunks for d in definitions_in(chunk)]
        return _mapped(reader, unique, definitions)

    result: list[Criterion] = reader.memo(("criteria", tuple(places)), compute)
    return result


# "Ledare som arbetar med barn och unga har visat …": a relative clause right after the
# subject says when the rule applies, not whom partnerships serve (unless the rule names
# the target group: "Personer som är 65 år eller äldre är målgruppen"). It ends at the
# main clause's finite verb.
_SUBJECT_WORDS = 2


def _without_subject_clause(text: str) -> str:
    text = without_role_ages(text)
    words = list(re.finditer(r"\w+", text))
    lowered = [w.group().lower() for w in words[: _SUBJECT_WORDS + 1]]
    if "som" not in lowered[1:] or _words()["scope"](text):
        return text
    at = lowered.index("som", 1)
    verbs = finite_verbs()
    for end in range(at + 2, len(words)):
        if words[end].group().lower() in verbs:
            return text[: words[at].start()] + text[words[end].start() :]
    return text


_CLAUSE_BREAK = re.compile(r"[,;:()–]")


@cache
def _subordinators() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["subordinators"])


def _shall_in_main_clause(text: str) -> bool:
    """Whether "ska" is the verb of a main clause ("Den idéburna organisationen ska
    bidra med …", "…, och verksamheten ska i stället upphandlas"), not of a clause a
    subordinator opens ("de avtal som ska tecknas", "hur verksamheten ska följas upp")."""
    shall = _words()["shall"]
    for clause in _CLAUSE_BREAK.split(text):
        before: list[str] = []
        for word in re.findall(r"[\w-]+", clause.lower()):
            if shall(word):
                if not _subordinators() & set(before):
                    return True
                break
            before.append(word)
    return False


@dataclass(frozen=True)
class _Candidate:
    quote: str
    text: str
    chunk: Chunk
    in_context: bool  # under a heading, lead-in or table header that names criteria
    normative: bool
    excludes: bool = False  # an item of a list of what is ruled out
    scope: bool = False  # says whom partnerships serve, and no more
    weak: bool = False  # a rule only by its verb ("… ska …"): it must name one principle
    titled: bool = False  # a document's title read as whom it is for (``_titled_for``)
    rule: str = ""  # what is judged, when not the text shown (a yes/no table's question)
    # A cell of the row's column of what does not suffice, and that column's header.
    short: tuple[str, str] | None = None
    # A cell of a table's column of what is ruled out, beside the row's own rule.
    beside: bool = False

    @property
    def judged(self) -> str:
        return self.rule or self.text


_OPENING_WORDS = 5
_RULE_WORDS = 4  # a table cell this long with a lower-case word states a rule itself


def _opening_headings(chunks: Sequence[Chunk]) -> dict[str, str]:
    """Each document's first top-level heading: its title as the page shows it."""
    first: dict[str, Chunk] = {}
    for chunk in chunks:
        if chunk.heading_path and (
            chunk.source not in first or chunk.position < first[chunk.source].position
        ):
            first[chunk.source] = chunk
    return {source: chunk.heading_path[0] for source, chunk in first.items()}


# "Krav: Föreningen har minst 20 medlemmar." — a short label before a colon, no digits.
_LABEL = re.compile(r"^([^\W\d_][^\W\d_ /-]*(?:[ /-][^\W\d_]+){0,4})\s*:\s+(?=\S)")


def _label(text: str) -> tuple[str, str] | None:
    """A line's label and what follows it ("Så här visar ni det: Bifoga stadgar.")."""
    found = _LABEL.match(text)
    return (found.group(1), text[found.end() :]) if found else None


def _labelled_sources(chunks: Sequence[Chunk]) -> set[str]:
    """The documents that label their lines in pairs: a requirement ("Krav: …") beside
    another label ("Så här visar ni det: …"). They say line by line which are the rules,
    and lines under the other labels are not, whatever their section is called. One
    labelled line ("Villkor: Överenskommelsen gäller i tre år.") makes no such document."""
    requirement: set[str] = set()
    other: set[str] = set()
    for chunk in chunks:
        for unit in split_units(chunk.text):
            labelled = _label(_unit_text(unit))
            if labelled:
                named = bool(_words()["heading"](labelled[0]))
                (requirement if named else other).add(chunk.source)
    return requirement & other


def _unit_text(unit: Unit) -> str:
    """A unit's text without an FAQ's label or a list item's marker."""
    text = unit.text.strip()
    return _faq()[0].sub("", strip_marker(text) if unit.is_list_item else text)


def _candidates(
    chunk: Chunk, opening: str | None = None, labelled: bool = False, lead: str = ""
) -> list[_Candidate]:
    words = _words()
    heading = " ".join(chunk.heading_path[-1:])
    # A paragraph anywhere under a section heading that names criteria ("Kriterier" ›
    # "K3 Egen insats") is one: a table a PDF gives back as paragraphs, prose criteria.
    # The document's title does not count: its background is no rule. A later top-level
    # section does ("Bilaga 1 Kriterier för …" after a protocol's own heading).
    path = chunk.heading_path
    sections = path[1:] if opening is None or path[:1] == (opening,) else path
    under_criteria = bool(words["heading"](" ".join(sections)))
    # Under the title alone, a table is the document's facts ("| Ansvarig | Kommun-
    # ledningskontoret, enheten för … |") unless its own header names criteria.
    titled = len(chunk.heading_path) <= 1
    lead_in, header = "", ""
    checklist: dict[int, checklists.Row] = {}
    out: list[_Candidate] = []
    follows_rule = False  # the unit before was a rule's sentence
    # The section says it is not about IOP, or is headed by another form of support (the
    # title counts: a page titled "Föreningsbidrag" sets that grant's rules).
    off_iop = _other_support(chunk.heading_path)
    units = split_units(chunk.text)
    iop_path = any(domain_matcher()(h) for h in chunk.heading_path[1:])
    title = chunk.title or ""
    about_rules = bool(domain_matcher()(title)) or titled_as_rules(title, chunk.doc_type)
    # A passage of a decision or agreement that names the partner is about that one
    # partnership (not a guideline's or page's example of one).
    one_matter = (
        decides_one_matter(chunk.doc_type)
        and not titled_as_rules(title, chunk.doc_type)
        and names_a_partner(chunk.text, chunk.heading_path[1:])
    )
    before_list = ""
    label: str | None = None  # the label the lines stand under, in a labelled document
    ruling = _ruling_lists(units)
    # In a comment thread, only the publisher's post and replies can state its rules.
    spoken = voices(chunk, units)
    options, inside_options = _option_rules(units)
    for at, unit in enumerate(units):
        if spoken.silent(at):
            continue
        raw = _faq()[0].sub("", unit.text.strip())  # verbatim, a list item's marker kept
        labelled_line = _label(_unit_text(unit)) if labelled else None
        if labelled_line:
            label = labelled_line[0]
            if words["heading"](label):
                raw = labelled_line[1]  # "Krav:" says what the line is, not what it asks
        after_rule, follows_rule = follows_rule, False
        if after_rule and _elaborates(raw, unit.is_list_item or unit.is_table_row):
            last = out[-1]
            # What counts towards the rule, or whom it also holds for, is shown with it;
            # the rule is judged as it was ("… räknas inte som avgift" is no fee rule).
            judged = last.judged if _only_shown(raw) else last.rule
            out[-1] = replace(
                last, quote=f"{last.quote} {raw}", text=f"{last.text} {raw}", rule=judged
            )
            follows_rule = True
            continue
        if unit.is_heading:
            heading, lead_in, header = raw.lstrip("#").strip(), "", ""
            titled, off_iop = False, _other_support([*chunk.heading_path, heading])
            label = None
            continue
        if label and not words["heading"](label):
            continue  # "Så här visar ni det: …" beside "Krav: …" says how, not what
        if raw.endswith("?") and not unit.is_table_row:
            off_iop = False  # the next question of an FAQ is about what it asks
        if off_iop or _not_about_iop(raw):
            # "Nej, det här gäller inte IOP. Den som vill vara volontär …": the section
            # is about something else, and its rules are not IOP's.
            off_iop = True
            continue
        if at in inside_options:
            continue
        if at in options:
            out.append(_Candidate(options[at], options[at], chunk, True, True))
            continue
        if is_table_rule(raw):
            continue
        if unit.is_list_item and lead_in and _other_support([lead_in]) and not iop_path:
            # "För att kunna få föreningsbidrag ska en förening": that grant's rules, when
            # no heading above says the section is IOP's.
            continue
        row = _TABLE_ROW.match(raw)
        if row and not header:
            header = raw  # the first row of a table names its columns
            checklist = _checklist(units, at, header, lead)
            continue
        if row and at in checklist:
            # A row of a yes/no table is a condition by the table's form.
            item = checklist[at]
            out.append(_Candidate(raw, item.shown, chunk, True, True, rule=item.rule))
            follows_rule = True
            continue
        if not row:
            header = "" if not unit.is_list_item else header
        polar = _polar_columns(header) if row else {}
        short_of = _short_columns(header, polar) if row else {}
        own = iop_column(header) if row else None
        if own is not None:
            # "| | Föreningsbidrag | IOP | Upphandling (LOU) |": the IOP column holds the
            # partnership's rules, the others those of other forms, under the row's label.
            cells = table_cells(raw)
            if own >= len(cells) or len(cells[own]) < _MIN_CHARS:
                continue
            row_label = cells[0] if own else ""
            text = f"{row_label}: {cells[own]}" if row_label else cells[own]
            out.append(_Candidate(text, text, chunk, True, True))
            follows_rule = True
            continue
        if polar:
            # "| Det här gäller | Det här gäller inte |": a cell under the negated column
            # rules out what it names, a rule of its own; the row's rule is the rest.
            cells = table_cells(raw)
            for i, name in polar.items():
                if i < len(cells) and len(cells[i]) >= _MIN_CHARS:
                    shown = f"{name}: {cells[i]}"
                    out.append(
                        _Candidate(cells[i], shown, chunk, True, True, excludes=True, beside=True)
                    )
        kept = [c for i, c in enumerate(table_cells(raw)) if i not in polar] if polar else []
        short: tuple[str, str] | None = None
        if short_of:
            # "| Det här krävs | Det här räcker inte |": the rule is the rest of the row; the
            # cell beside it tells what falls short of it.
            cells = table_cells(raw)
            told = [(short_of[i], c) for i, c in enumerate(cells) if i in short_of and c]
            short = told[0] if told else None
            kept = [c for i, c in enumerate(cells) if i not in short_of and c]
        # The columns decide what the row's rule is: what applies, beside what does not.
        by_columns = bool(polar or short_of)
        # A word the document defines ("| Ska, får inte | Anger ett krav … |") states no
        # rule of its own; a heading naming criteria too ("Begrepp och krav") still rules.
        # "I kriterierna betyder:" leads a glossary, though it names criteria.
        named = words["heading"](heading) and not leads_glossary(heading)
        if in_glossary("" if named else heading, header if row else ""):
            continue
        text = " – ".join(kept) if by_columns else _readable(raw, row is not None, header)
        if len(text) < _MIN_CHARS:
            continue
        # A rule before it is a criterion of its own: joined, it would stand twice.
        referred = "" if after_rule else _referred_to(units, at)
        if referred:
            # "Idéer inom andra områden … kan inte bli ett IOP": the areas are those the
            # sentence before names ("… inom två områden: mötesplatser för seniorer …").
            text = f"{referred} {text}"
        if not unit.is_list_item and row is None:
            before_list = raw  # the sentence a list below may follow ("… innebär följande.")
            if leads_list(units, at):
                lead_in = raw
                continue
            lead_in = ""
        if raw.endswith("?") and row is None and (not unit.is_list_item or _answered(units, at)):
            # An FAQ's question set as a paragraph, or numbered with its answer below it
            # ("3. Kan en församling vara med?"), heads its answer like a heading.
            heading, titled, off_iop = raw, False, False
            continue
        first_cell, *cells_after = table_cells(raw) or [""]
        # A form's row whose label bounds what is filled in ("| Egen insats – minst 25
        # procent av den totala kostnaden | |") states its rule in the label.
        bounded_field = row and not any(c.strip() for c in cells_after) and in_numbers(first_cell)
        if (
            row
            and not by_columns
            and not bounded_field
            and not _PROSE.search(" ".join(cells_after))
        ):
            continue  # a document fact ("| Diarienummer | KS.2023.0512 |"), not a rule
        context = " ".join(("" if row and titled else heading, lead_in, header))
        listed = unit.is_list_item or row is not None
        # The other column of a table of what is and is not ruled out says what applies;
        # a checklist's box asks the association to tick it.
        # Only a box that states something ("☐ Vi har minst 15 medlemmar."), not one of a
        # form's options ("☐ Äldre personer över 65 år").
        ticked = unit.is_list_item and raw.lstrip()[:1] in CHECKBOXES and raw.rstrip().endswith(".")
        in_context = listed and (
            by_columns or ticked or at in ruling or bool(words["heading"](context))
        )
        # … unless it speaks of the criteria themselves ("Alla kriterier ska vara uppfyllda").
        # A label line ("Uppdaterad: Sidansvarig: …") has no word in lower case: no rule.
        # In a labelled document the line's label says so instead of its section: the
        # lines above the first label of a section ("Skicka underlagen …") are no rules.
        ruled = under_criteria and (bool(label and words["heading"](label)) or not labelled)
        in_context = in_context or (
            ruled and not _names_criteria(text) and bool(_PROSE.search(text))
        )
        if _reports(text) or (
            not titled_as_rules(title, chunk.doc_type) and _of_one_agreement(text)
        ):
            continue  # a quote of what someone says; a term of one signed agreement
        cited = f"{heading} {lead_in} {text}"
        if one_matter and not (words["context"](cited) or titled_as_rules(cited, None)):
            # "Ungdomsgården ska vara öppen fredagar …" in a decision on one partnership
            # is a term of it; "Enligt kommunens riktlinjer ska …" and a list under
            # "villkoren är uppfyllda:" cite the rules.
            continue
        # "The association must" › "- have at least eight members": a lead-in's
        # requirement is each item's, and a lead-in left open starts each item.
        led = unit.is_list_item and bool(lead_in) and _states_requirement(lead_in)
        ruled_out_by_lead = bool(words["excluding"](lead_in)) if led else False
        if led and not ruled_out_by_lead and not lead_in.rstrip().endswith(":"):
            # "IOP-avtalet" keeps its capitals; "Have at least …" opens lower.
            first = text[:1].lower() if text[1:2].islower() else text[:1]
            text = f"{lead_in.rstrip()} {first}{text[1:].rstrip(',;')}"
        in_context = in_context or led
        # A sentence naming criteria itself ("Alla principer ska vara uppfyllda") is a
        # lead-in, not a criterion.
        normative = led or (_states_requirement(text) and not _names_criteria(text))
        normative = normative or _refuses_partnership(text)
        # A cap on what participants pay is a rule in any verb ("Det får kosta högst 20
        # kronor varje gång", "Deltagarna får betala högst 20 kronor per tillfälle").
        normative = normative or fee_cap(text) is not None
        # So is leaving a place out by a verb of taking part, negated ("Verksamhet i Kils
        # tätort ingår inte i den här inbjudan"); "tre träffpunkter utanför Vara tätort"
        # tells where things are.
        normative = normative or excluded_by_verb(text) is not None
        # An FAQ's answer to "Får vi …?" states a rule; it still has to map onto a
        # principle by meaning, so the contact line under "Vem kan vi prata med?" does not
        # (nor "Båda parter kan säga upp överenskommelsen" under "Kan avtalet sägas upp?").
        allowed = not normative and _asks_what_is_allowed(heading)
        normative = normative or allowed
        # The answer to "Vem kan söka?" names who may: the requirements on the partner.
        normative = normative or (_asks_who_may(heading) and _names_who(text))
        # A list under "Vad vi inte kan stödja" rules out each item; a list item saying
        # "ska" states a rule. Both still have to map onto a principle by meaning.
        # In a table whose columns say what is and is not ruled out, the column decides.
        # So does the answer to an FAQ's "Finns det något som inte kan bli ett IOP?",
        # sentence by sentence ("Engångsevenemang som en marknadsdag.").
        ruling_out = heading.endswith("?") and bool(
            words["cannot_be"](heading) and domain_matcher()(heading)
        )
        excludes = (
            (listed or ruling_out)
            and not polar
            and bool(words["excluding"](f"{heading} {lead_in}"))
        ) or (
            unit.is_list_item and raw.lstrip()[:1] in CROSS_MARKS and not words["excluding"](text)
        )
        normative = normative or (listed and bool(words["shall"](text))) or excludes
        if excludes and not listed:
            text = f"{heading} {text}"
        elif excludes:
            text = f"{(lead_in or heading).lstrip('#').strip().rstrip(':')}: {text}"
        elif heading.endswith("?") and _faq()[1].match(text) and not words["normative"](text):
            # "Ja, men högst 40 kronor per tillfälle." says what only with its question.
            text = f"{heading} {text}"
        elif (
            listed
            and heading.endswith("?")
            and not in_numbers(text)
            and in_numbers(f"{heading} {text}")
        ):
            # So does an item under it: "Vad får det kosta deltagarna?" › "Högst 40 kronor
            # per tillfälle" caps a fee only read with its heading.
            text = f"{heading} {text}"
        # Whom partnerships serve, said of IOP itself: a rule by its target group.
        scope = bool(words["scope"](text) and target_groups(text) and domain_matcher()(text))
        # "Ett partnerskap ska löpa under minst två år": a rule in any verb, unless it only
        # says whom partnerships serve ("IOP ska prövas för målgrupp 65 år och äldre").
        # It has to be about one principle ("Riktlinjen ska göra det tydligt …" is not).
        weak = not (in_context or normative or scope) and bool(
            _shall_in_main_clause(text) and not _names_criteria(text)
        )
        # Only its question makes it a rule: like a weak one, it has to map onto a principle.
        weak = weak or (allowed and not (in_context or scope or excludes or listed))
        # "Det betyder att den ska nå invånare i minst tre av länets tolv kommuner" says
        # what a rule means in numbers, whatever stands between it and the rule.
        # So does any line with a bound the engine judges in numbers ("Minst 10 betalande
        # medlemmar" on a slide headed "Vem kan vara part?", "Föreningen står för minst 10
        # procent av kostnaden" under "Det här behöver stämma"): "minst" and "högst" rule.
        # Not a bound told of a proposal ("Kommunstyrelsens förslag … innebär följande",
        # "Remissversionen innehöll krav på …") or of another grant ("Enligt nämndens
        # regler för bidrag … minst 25 medlemmar").
        # Only where the document is titled as the place's IOP page or rules: a protocol's
        # account of a proposal or of a grant's rules sets no IOP rule.
        told_of = f"{heading} {lead_in} {before_list if listed else ''} {text}"
        weak = weak or (
            not (in_context or normative or scope)
            and in_numbers(text)
            and about_rules
            and not (words["draft_marks"](told_of) or words["proposal"](told_of))
            and not _other_support([text])
        )
        if in_context or normative or scope or weak:
            scope_only = scope and not (in_context or normative)
            normative = normative or scope or weak
            out.append(
                _Candidate(
                    raw,
                    text,
                    chunk,
                    in_context,
                    normative,
                    excludes,
                    scope_only,
                    weak,
                    short=short,
                )
            )
            follows_rule = True
    return out


def _is_option(unit: Unit) -> bool:
    """A form's box to tick that names a choice ("☐ Äldre som har fyllt 67 år"), not one
    stating something ("☐ Vi har minst 15 medlemmar.")."""
    text = unit.text.strip()
    return unit.is_list_item and text[:1] in CHECKBOXES and not text.endswith(".")


def _option_rules(units: Sequence[Unit]) -> tuple[dict[int, str], set[int]]:
    """A sentence restricting ideas ("Under 2026 och 2027 prövas bara idéer inom dessa tre
    områden.") just above a form's boxes to tick, or a lead-in leaving the choice among
    the items of a list ("… must contribute to at least one of three priority areas:"):
    the choices together are one rule, met by any of them. By the first choice's index,
    and the other choices' indexes."""
    only = matcher("criteria_words.yaml", "restricts")
    # "prövas bara idéer inom dessa tre områden", not "Det går bara att kryssa i ett".
    of_ideas = matcher("criteria_words.yaml", "restricted_things")
    any_of = matcher("criteria_words.yaml", "any_of")
    rules: dict[int, str] = {}
    inside: set[int] = set()
    for at, unit in enumerate(units):
        if at == 0 or not unit.is_list_item or units[at - 1].is_list_item:
            continue
        lead = units[at - 1]
        if lead.is_heading or lead.is_table_row:
            continue
        boxes = _is_option(unit) and bool(only(lead.text) and of_ideas(lead.text))
        # The choice is the lead-in's last words before its colon: "minst ett av" leaves
        # it, "Organisationen ska ha minst en av följande: …" too.
        led = lead.text.rstrip()
        closing = " ".join(led[:-1].split()[-_CHOICE_WORDS:])
        chosen = led.endswith(":") and bool(any_of(closing))
        if not (boxes or chosen):
            continue
        choice = _is_option if boxes else (lambda u: u.is_list_item)
        end = at
        while end < len(units) and choice(units[end]):
            end += 1
        choices = [
            units[k].text.strip().lstrip("-*•–" + CHECKBOXES).strip().rstrip(",;.")
            for k in range(at, end)
        ]
        rules[at] = f"{lead.text.strip().rstrip(' .:')}: {'; '.join(choices)}"
        inside.update(range(at + 1, end))
    return rules, inside


_CHOICE_WORDS = 8  # "… at least one of three priority areas:": the choice closes the lead-in
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,3}[.)]\s")
_RULING_ITEMS = 3  # a list this long whose items mostly say "ska" is a list of rules


def _ruling_lists(units: Sequence[Unit]) -> set[int]:
    """The items of lists most of whose items state a requirement ("✅ Mötesplatsen ska
    vara öppen …", "✅ Det ska vara gratis …"): the others among them are rules too
    ("✅ Föreningen står för minst 15 procent", "❌ Mötesplatser i Aneby tätort ingår
    inte"), whatever stands above the list."""
    shall = matcher("criteria_words.yaml", "ruling")
    out: set[int] = set()
    run: list[int] = []
    for at, unit in [*enumerate(units), (len(units), None)]:
        if unit is not None and unit.is_list_item:
            if not _NUMBERED_ITEM.match(unit.text):  # numbered items are steps
                run.append(at)
            continue
        # … or caps a fee, or leaves something out by its verb ("… are not covered").
        stating = sum(
            bool(shall(units[i].text))
            or fee_cap(units[i].text) is not None
            or leaves_out(units[i].text)
            for i in run
        )
        if len(run) >= _RULING_ITEMS and stating * 2 > len(run):
            out.update(run)
        run = []
    return out


@cache
def _sentence_shapes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """An indirect question before a word of requirement ("vad som krävs"), a cleft
    ("det är X som ska"), and a word that makes a criteria word part of the rule ("utan
    krav på"); their words in data/criteria_words.yaml."""
    cues = load_cues("criteria_words.yaml")
    asking, cleft, in_rule = (
        alternation(cues[k]) for k in ("indirect_question", "cleft", "in_rule")
    )
    return (
        re.compile(rf"\b(?:{asking})\s+(?:som\s+)?(?:\w+\s+)?$"),
        re.compile(rf"^\s*(?:{cleft})\b"),
        re.compile(rf"\b(?:{in_rule})\s+$"),
    )


def _states_requirement(text: str) -> bool:
    """Whether a sentence states a requirement with a word of requirement of its own."""
    plain = normal(_plain(text))
    for start, _ in _words()["normative"].spans(plain):
        before = plain[:start]
        asking, cleft, _ = _sentence_shapes()
        if not asking.search(before) or cleft.match(before):
            return True
    return False


def _names_criteria(text: str) -> bool:
    """Whether a sentence speaks of the criteria themselves ("Alla kriterier ska vara
    uppfyllda", "… måste föreningen uppfylla samtliga kriterier"). A word for them after
    the requirement and after "utan", "med" is part of the rule ("Den ska vara öppen …
    utan krav på medlemskap")."""
    words = _words()
    plain = normal(_plain(text))
    named = words["context"].spans(plain)
    if not named:
        return False
    required = words["normative"].at(plain)
    return any(
        required is None or start <= required or not _sentence_shapes()[2].search(plain[:start])
        for start, _ in named
    )


def _checklist(
    units: Sequence[Unit], at: int, header: str, lead: str = ""
) -> dict[int, checklists.Row]:
    """The conditions of the yes/no table whose header stands at ``at``, by unit index."""
    end = at + 1
    while end < len(units) and units[end].is_table_row:
        end += 1
    rows = [units[i].text.strip() for i in range(at + 1, end)]
    boxed = _answers_decide(units, at, lead)
    return {at + 1 + i: row for i, row in checklists.read_rows(header, rows, boxed).items()}


def _answers_decide(units: Sequence[Unit], at: int, lead: str = "") -> bool:
    """Whether the text between the section's heading and the table at ``at`` (or the
    section's ``lead`` in the chunk before) says a wrong answer rules the idea out
    ("Svarar ni Nej på något av dem kan idén inte bli ett partnerskap", "… kan idén inte
    prövas som IOP")."""

    answers = matcher("criteria_words.yaml", "answer_words")

    def decides(said: str) -> bool:
        # "Svarar ni Nej … kan idén inte bli ett partnerskap": an answer and what it
        # leads to; "Ni behöver inte ha haft IOP tidigare" names no answer.
        return bool(answers(said) and negations(said)[1] and domain_matcher()(said))

    for unit in reversed(units[:at]):
        if unit.is_heading:
            return False
        if any(decides(unit.text[a:b]) for a, b in sentence_spans(unit.text)):
            return True
    return any(decides(lead[a:b]) for a, b in sentence_spans(lead))


def _plain(text: str) -> str:
    """The sentence without adverbs between a modal and its negation: "kan därför inte"
    states what "kan inte" does."""
    return _sentence_adverbs().sub("", text)


@cache
def _sentence_adverbs() -> re.Pattern[str]:
    adverbs = alternation(load_cues("criteria_words.yaml")["sentence_adverbs"])
    return re.compile(rf"(?<=\s)(?:{adverbs})\s+(?=(?:inte|ej|heller|not)\b)", re.IGNORECASE)


def _referred_to(units: Sequence[Unit], at: int) -> str:
    """The sentence before, in the same paragraph, when this one refers back to a thing it
    names ("två områden" … "andra områden", "these areas"): a word of reference before a
    noun the sentence before also uses. Empty otherwise."""
    if at == 0 or units[at].is_list_item or units[at].is_table_row:
        return ""
    before = units[at - 1]
    if before.is_heading or before.is_list_item or before.is_table_row:
        return ""
    if "\n\n" in units[at].text or before.end < units[at].start - 1:
        return ""  # another paragraph
    said = lexical.words(units[at].text)
    earlier = {lexical.stem(w) for w in lexical.words(before.text)}
    refer = _words()["refers_back"]
    for i in range(len(said) - 1):
        # "andra områden", "de här områdena": the reference may be two words.
        for n in (1, 2):
            if i + n >= len(said) or refer.first(" ".join(said[i : i + n])) != " ".join(
                said[i : i + n]
            ):
                continue
            noun = said[i + n]
            # "andra barn än de som bor här" compares; it refers to nothing before.
            compares = i + n + 1 < len(said) and said[i + n + 1] in ("än", "than")
            if lexical.is_stopword(noun) or compares:
                continue
            # "två områden" … "de här områdena": one noun in two inflections.
            stem = lexical.stem(noun)
            if any(lexical.same_stem(stem, e) for e in earlier):
                return before.text.strip()
    return ""


def _answered(units: Sequence[Unit], at: int) -> bool:
    """Whether the unit after a list item is a paragraph of prose: an answer, not the next
    question of a checklist ("- Är idén er egen?\n- Är ni registrerade?")."""
    # The last question of a checklist ("- Är idén er egen?\n- Har ni funnits …?") is no
    # heading, whatever follows it.
    if at and units[at - 1].is_list_item and units[at - 1].text.rstrip().endswith("?"):
        return False
    if at + 1 == len(units):
        return True  # the last unit of its passage: a question alone
    after = units[at + 1]
    return not (after.is_list_item or after.is_heading or after.is_table_row)


@cache
def _one_agreement() -> re.Pattern[str]:
    cues = load_cues("criteria_words.yaml")
    this, nouns = alternation(cues["this_one"]), alternation(cues["agreement_nouns"])
    return re.compile(rf"\b(?:{this})\s+(?:{nouns})\b", re.IGNORECASE)


def _of_one_agreement(text: str) -> bool:
    """Whether the text sets a term of one agreement ("… högst 30 kronor per tillfälle
    inom ramen för detta partnerskap"): a signed agreement's terms are not the rules
    every partnership is held to."""
    return bool(_one_agreement().search(text))


def _reports(text: str) -> bool:
    """Whether a sentence of the text reports what someone says ("…, säger
    enhetschefen"); "Med det menar vi …" says what a rule means, and reports nothing."""
    words = _words()
    return any(
        words["reported"](sentence) and not words["elaborates"](sentence)
        for sentence in (text[a:b] for a, b in sentence_spans(text))
    )


# The municipality's main-clause verb and its negation stand within these first words.
_REFUSAL_WORDS = 6
_NEGATION_AFTER_VOICE = 3
_DOMAIN_SUBJECT_WORDS = 3


def _refuses_partnership(text: str) -> bool:
    """The municipality saying, in any verb, what it does not enter partnerships on:
    "Vi ingår inte IOP om hälso- och sjukvård …", "Regionen tecknar inte partnerskap
    med …"."""
    found = lexical.words(text)
    # The partnership itself as the subject, denied: "Idéburet offentligt partnerskap
    # används inte för verksamhet som …", "IOP kan inte användas för …".
    subject = " ".join(found[:_DOMAIN_SUBJECT_WORDS])
    if domain_matcher()(subject) and _use_denied(found[:_REFUSAL_WORDS]):
        return True
    # The voice first, or right after the modal of a sentence that opens with what it
    # is about ("Idéer inom andra områden kan vi inte pröva under 2026"); its negation
    # close after it.
    modals = _modals()
    voice = next(
        (
            i
            for i, w in enumerate(found[:_REFUSAL_WORDS])
            if w in _voice() and (i == 0 or found[i - 1] in modals)
        ),
        None,
    )
    if voice is None:
        return False
    opening = set(found[: max(_REFUSAL_WORDS, voice + _NEGATION_AFTER_VOICE)])
    return bool(opening & negation_words()) and bool(domain_matcher()(text))


def _use_denied(found: Sequence[str]) -> bool:
    """A verb of use next to its negation, a modal between at most ("används inte",
    "kan inte användas")."""
    uses = frozenset(load_cues("criteria_words.yaml")["refusal_uses"])
    negations = negation_words()
    return any(
        word in uses and (set(found[max(0, i - 2) : i]) | set(found[i + 1 : i + 2])) & negations
        for i, word in enumerate(found)
    )


@cache
def _modals() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["refusal_modals"])


@cache
def _voice() -> frozenset[str]:
    return frozenset(load_cues("criteria_words.yaml")["voice"])


def _titled_for(chunks: Sequence[Chunk], candidates: Sequence[_Candidate]) -> list[_Candidate]:
    """A document about partnerships titled for a group ("Inbjudan att lämna idéer om
    partnerskap mot ofrivillig ensamhet bland unga vuxna") is for that group, when none
    of its rules names one: its title is the rule on whom it serves."""
    grouped = {c.chunk.source for c in candidates if target_groups(c.text)}
    # One chunk per document stands for it (the first: later ones override in reverse).
    titled = {c.source: c for c in reversed(chunks) if c.heading_path and c.source not in grouped}
    titles = [(c.heading_path[0], c) for c in titled.values()]
    return [
        _Candidate(title, title, chunk, False, True, scope=True, titled=True)
        for title, chunk in titles
        if target_groups(title) and domain_matcher()(title)
    ]


def _tells_exception(sentence: str) -> bool:
    """A sentence that tells a rule's exception without stating a rule of its own
    ("Färre medlemmar är inget hinder om …", "Har föreningen bildats genom att två
    föreningar gått samman räknas tiden från den äldsta"; not "Aktiebolag kan inte ingå,
    utom …")."""
    return tells_an_exception(sentence) and not _states_requirement(sentence)


def without_exceptions(rule: str) -> str:
    """The rule without the sentences telling its exception: what the exception names
    is not what the rule rules on."""
    kept = [rule[a:b] for a, b in sentence_spans(rule) if not _tells_exception(rule[a:b])]
    return " ".join(kept) or rule


def _elaborates(raw: str, listed: bool) -> bool:
    """A sentence of prose that opens by saying what the rule before it means, or that
    tells the rule's exception without stating a rule of its own ("Organisationen bör ha
    minst tio medlemmar. Färre medlemmar är inget hinder om …"): the rule is read with it."""
    if listed:
        return False
    opening = " ".join(raw.split()[:_OPENING_WORDS])
    # "Det är inget krav, men kommunen väger in …" says how much the rule before it weighs;
    # "Det finns inget krav på egna pengar" names a matter of its own.
    weighs = _refers_back().search(opening) is not None
    # "Det är registreringsdatumet som räknas", "Mat och fika … räknas inte som avgift":
    # what counts towards the rule before it.
    return weighs or qualifies(raw) or _tells_exception(raw)


def qualifies(sentence: str) -> bool:
    """A sentence saying what the rule before it means ("Med det menar vi …"), whom it
    also holds for ("Det gäller även när partnern är ett trossamfund"), or what counts
    towards it ("Det är registreringsdatumet som räknas", "Mat och fika … räknas inte som
    avgift")."""
    opening = " ".join(sentence.split()[:_OPENING_WORDS])
    return bool(_words()["elaborates"](opening)) or _only_shown(sentence)


def _only_shown(sentence: str) -> bool:
    """A qualifying sentence shown with its rule but not judged as part of it; one that
    also states a rule in numbers ("… räknas inte som egen insats och organisationen ska
    stå för minst 20 procent") is a rule of its own."""
    opening = " ".join(sentence.split()[:_OPENING_WORDS])
    counts = bool(matcher("criteria_words.yaml", "counting")(sentence)) or bool(
        _counts_as().search(sentence)
    )
    return bool(matcher("criteria_words.yaml", "also_applies")(opening)) or (
        counts and not in_numbers(sentence)
    )


@cache
def _counts_as() -> re.Pattern[str]:
    """A cleft naming what counts ("Det är registreringsdatumet som räknas")."""
    cleft = load_cues("criteria_words.yaml")["counts_as"]
    opens, closes = alternation(cleft["opens"]), alternation(cleft["closes"])
    return re.compile(rf"^(?:{opens})\b.{{3,60}}\b(?:{closes})\b", re.IGNORECASE)


def _mapped(
    reader: IndexReader,
    candidates: list[_Candidate],
    definitions: Sequence[Definition] = (),
) -> list[Criterion]:
    if not candidates:
        return []
    described = principles()
    names = list(described)
    principle_vectors = reader.passage_vectors([described[n].describe for n in names])
    english_vectors = reader.passage_vectors(
        [described[n].describe_en or described[n].describe for n in names]
    )
    vectors = reader.passage_vectors([without_exceptions(c.judged) for c in candidates])
    out: list[Criterion] = []
    defined = group_ages(definitions)
    scoped_groups: set[frozenset[str]] = set()
    for cand, vector in zip(candidates, vectors, strict=True):
        findings = _predicates(tuple(read_concepts(without_exceptions(cand.judged), rule=True)))
        if fee_cap(cand.judged) is not None:
            # "högst 40 kronor per tillfälle" is what a participant pays each time.
            findings = tuple(by_the_piece_unless_priced(findings, {f.clause for f in findings}))
        if cand.excludes:
            # "Avgifter som ger föreningen ett överskott" rules out what the relative
            # clause narrows the thing to (a surplus), not every fee.
            narrowed = _narrowing(cand.judged)
            if narrowed:
                findings = _predicates(tuple(read_concepts(narrowed, rule=True))) or findings
            # What the item names is ruled out; who it speaks of ("föreningens egna
            # medlemmar") is not, nor what meets a principle ("underhåll av föreningens
            # egna lokaler" rules out upkeep, not an association's own premises).
            findings = tuple(
                replace(f, polarity="denied")
                for f in findings
                if f.concept != SUBJECT and f.concept not in _meeting_concepts()
            )
        groups = frozenset(target_groups(_without_subject_clause(cand.judged)))
        if cand.scope and groups in scoped_groups:
            continue  # the target group said again ("Just nu prövas …", "IOP ska …")
        if cand.scope:
            scoped_groups.add(groups)
        # Each principle as described in either language: a criterion in English comes
        # closer to the English description than any Swedish one can.
        sims = {
            n: max(cosine(vector, sv), cosine(vector, en))
            for n, sv, en in zip(names, principle_vectors, english_vectors, strict=True)
        }
        ranked = sorted(sims, key=sims.__getitem__, reverse=True)
        best = ranked[0]
        # A rule on whom it is for ("IOP ska … gälla för målgrupp 65 år och äldre") is
        # judged by its target group, whatever principle it is nearest.
        scoped = cand.normative and bool(groups)
        # A rule in numbers the engine reads ("… minst fem av länets tolv kommuner") is a
        # criterion whatever principle it is nearest: its number is judged.
        counted = in_numbers(cand.judged)
        # So is one that leaves a place out ("… utanför Lycksele tätort"): where.py reads it.
        placed = place_left_out(cand.judged) is not None
        # A rule that rules out a concept of a principle ("Enstaka evenemang kan inte bli
        # ett IOP") is about that principle, however far its words are from its description.
        by_concept = _by_concepts(findings) or _by_name(cand.judged)
        # "… kan inte bli ett IOP": what it rules out is said of the partnership itself
        # ("Avtalet kan inte förlängas mer än en gång" rules out no single event).
        ruled_out = (
            by_concept is not None
            and cand.normative
            and _denies(findings, by_concept)
            and bool(domain_matcher()(cand.judged))
        )
        if (
            not cand.in_context
            and sims[best] < _PRINCIPLE_SIMILARITY
            and not (scoped or counted or ruled_out or placed)
        ):
            continue  # a requirement of something else ("Ansökan måste lämnas …")
        # Meaning decides when it is clear; a principle whose concept the criterion names
        # wins a near tie; a criterion close to two principles alike maps onto neither
        # ("… ska nå invånare i minst tre kommuner": the municipality's own).
        principle: str | None = best if sims[best] - sims[ranked[1]] >= _MARGIN else None
        near = by_concept is not None and sims[by_concept] >= sims[best] - _TIE
        if near or (ruled_out and principle is None):
            principle = by_concept
        if cand.weak and principle is None and not (counted or scoped):
            continue
        if cand.scope:
            # Whom it is for meets no principle: an idea for the right people still has
            # to meet a need ("en resa till Paris för pensionärer").
            principle = None
        ages = defined.get(cand.chunk.source, {})
        own = [d for d in definitions if d.source == cand.chunk.source]
        out.append(
            Criterion(
                cand.text,
                cand.quote,
                cand.chunk,
                principle,
                findings,
                groups,
                cand.excludes,
                detect_language(cand.chunk.text),
                tuple(ages[g] for g in sorted(groups) if g in ages),
                defined_in(cand.judged, own),
                cand.titled,
                cand.rule,
                cand.short,
                cand.beside,
            )
        )
    return out


_HEAD_WORDS = 3  # "Avgifter som …", "Verksamhet för barn som …": the thing, then "som"
_RELATIVE = re.compile(r"\bsom\s+(.+)$", re.IGNORECASE | re.DOTALL)


def _narrowing(item: str) -> str | None:
    """The relative clause that narrows the thing an item rules out ("Avgifter som ger
    föreningen ett överskott" → "ger föreningen ett överskott"), after a label."""
    body = item.rsplit(": ", 1)[-1]
    found = _RELATIVE.search(body)
    if found is None or len(lexical.words(body[: found.start()])) > _HEAD_WORDS:
        return None
    return found.group(1)


@cache
def _meeting_concepts() -> frozenset[str]:
    return frozenset(c for p in principles().values() for c in p.meets)


def wished(text: str) -> bool:
    """Whether a criterion only wishes ("Verksamheten bör nå invånare i två kommundelar"),
    requiring nothing in words of its own."""
    words = _words()
    # "(önskemål, inget krav)" requires nothing, unless the rest requires something ("Det
    # är inget krav att …, men den måste ha …").
    if words["no_requirement"](text):
        # … unless another sentence requires something in its main clause: "… men
        # kommunen väger in samarbete när flera idéer ska prioriteras" requires nothing of
        # the association, and a sentence that wishes ("bör") requires nothing either.
        rest = _no_requirement().sub(" ", text)
        return not any(
            _states_requirement(rest[a:b]) and not words["wish"](rest[a:b])
            for a, b in sentence_spans(rest)
        )
    return bool(words["wish"](text)) and not words["required"](text)


@cache
def _refers_back() -> re.Pattern[str]:
    """A statement that something is no requirement, naming nothing after it."""
    phrases = alternation(load_cues("criteria_words.yaml")["no_requirement"])
    return re.compile(rf"\b(?:{phrases})\s*(?:[,.;:]|\s(?:men|utan|but)\b|$)", re.IGNORECASE)


@cache
def _no_requirement() -> re.Pattern[str]:
    phrases = alternation(load_cues("criteria_words.yaml")["no_requirement"])
    return re.compile(rf"\b(?:{phrases})\b", re.IGNORECASE)


def in_numbers(text: str) -> bool:
    """Whether the rule asks for something the engine judges in numbers: a reach, an
    own share or own part in kronor, the organisation's age, the activity's length, its
    members or a fee cap."""
    return (
        required_reach(text) is not None
        or required_share(text) is not None
        or required_contribution(text) is not None
        or required_hours(text) is not None
        or required_age(text) is not None
        or required_months(text) is not None
        or required_members(text) is not None
        or fee_cap(text) is not None
    )


def _by_concepts(findings: tuple[Finding, ...]) -> str | None:
    """The principle of the first concept named, the subject ("föreningen") aside when
    the criterion names anything else."""
    for finding in _predicates(findings):
        principle = principle_of_concept(finding.concept)
        if principle is not None:
            return principle
    return None


def _denies(findings: tuple[Finding, ...], principle: str) -> bool:
    """Whether the rule denies a concept of the principle ("kan inte" an event)."""
    return any(
        f.polarity == "denied" and principle_of_concept(f.concept) == principle for f in findings
    )


def _by_name(text: str) -> str | None:
    """The principle the criterion names by its own words, when it names just one."""
    named = principles_named(text)
    return named[0] if len(named) == 1 else None


def _predicates(findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
    others = tuple(f for f in findings if f.concept != SUBJECT)
    return others or findings


def _polar_columns(header: str) -> dict[int, str]:
    """The columns of a table header that negate another column ("Det här gäller" beside
    "Det här gäller inte", "Kan få stöd" beside "Kan inte få stöd"), by index, with their
    header."""
    negation = _words()["excluding"]
    cells = table_cells(header)
    plain = [lexical.words(c) for c in cells]
    out: dict[int, str] = {}
    for i, cell in enumerate(cells):
        if not negation(cell):
            continue
        rest = [w for w in plain[i] if not negation(w)]
        # "| Krav | Inte krav |" says what is not required, not what is ruled out.
        if _words()["required"](" ".join(rest)):
            continue
        if rest and any(j != i and plain[j] == rest for j in range(len(cells))):
            out[i] = cell
    return out


def _short_columns(header: str, polar: dict[int, str]) -> dict[int, str]:
    """The columns of a table header that say what falls short of the rule beside them
    ("Det här räcker inte" beside "Det här krävs", "Räknas inte" beside "Krav"), by index,
    with their header: a negated column that is not the negation of another (``polar``),
    beside one that names requirements."""
    words = _words()
    cells = table_cells(header)
    # "Det här räcker inte", "Räknas inte": what does not suffice; "Gäller inte för" exempts.
    short = matcher("criteria_words.yaml", "short_headers")
    negated = {
        i for i, c in enumerate(cells) if words["excluding"](c) and short(c) and i not in polar
    }
    requiring = [
        i
        for i, c in enumerate(cells)
        if i not in negated and (words["required"](c) or words["heading"](c))
    ]
    if not negated or not requiring:
        return {}
    # "| Krav | Inte krav |" says what is not required: no rule falls short of it.
    if any(
        words["required"](" ".join(w for w in lexical.words(cells[i]) if not words["excluding"](w)))
        for i in negated
    ):
        return {}
    return {i: cells[i] for i in negated}


def _readable(raw: str, is_row: bool, header: str = "") -> str:
    if not is_row:
        return strip_marker(raw)
    cells = table_cells(raw)
    # "| Så visar ni det | Kriterium | Nr |": the one column the header names as the
    # criterion is the rule, wherever it stands, when it states one (not a label such as
    # "Egen insats" that the next column explains): it goes first, the rest after it.
    named = [i for i, c in enumerate(table_cells(header)) if _words()["heading"](c)]
    if len(named) == 1 and named[0] < len(cells):
        rule = cells[named[0]]
        if len(rule.split()) >= _RULE_WORDS and _PROSE.search(rule):
            cells = [rule, *(c for i, c in enumerate(cells) if i != named[0])]
    # A form's empty boxes ("| … | ☐ | ☐ |") say nothing to read.
    return " – ".join(c for c in cells if not blank_cell(c) and not _NUMBER_CELL.match(c))


def _without_associations(text: str) -> str:
    """The text without the associations it names ("Hällefors Bridgesällskap"): a name of
    two words or more that names one; a noun written with a capital stays ("Stadgar")."""
    return NAME_RUN.sub(lambda m: " " if names_association(m.group()) else m.group(), text)


def about(criteria: Sequence[Criterion], question: str) -> list[Criterion]:
    """The criteria a question asks about: those that rule on a concept the question
    names ("Måste vi vara registrerade …?" → registration), directly or through the
    principle the concept belongs to. Only the asking sentences ask: "Vi är några äldre i
    styrelsen …" tells who is asking, not what about."""
    # A message asking in no sentence of its own is read whole, but an association it
    # names ("… bevilja Hällefors Bridgesällskap …") asks about no criterion.
    asking = " ".join(asking_sentences(question)) or _without_associations(question)
    asked = {f.concept for f in read_concepts(asking)} - {SUBJECT}
    # The asker's own count told with what it counts ("Vi är 19 medlemmar – är det för
    # få?") asks about the criteria that bound a count of it ("minst 25 medlemmar"); a sum
    # or a date ("Kan vi få 50 000 kronor?", "efter 3 år") counts nothing of theirs.
    asks = load_cues("question_words.yaml")["asks"]
    own = CueMatcher(asks["we"])
    counted = _counted_units(asking) if own(asking) else set()
    # "Hur gammal måste man vara?" asks whom the activity is for, by age; "Hur gammal
    # måste föreningen vara?" asks the organisation's (tenure).
    ages = CueMatcher(asks["age"])(asking) and not concept_in("association", asking)
    if not asked and not counted and not ages:
        return []
    principles_asked = {principle_of_concept(c) for c in asked} - {None}
    return [
        c
        for c in criteria
        if asked & {f.concept for f in c.findings}
        or c.principle in principles_asked
        or any(lexical.same_stem(a, b) for a in counted for b in _counted_units(c.rule))
        or (ages and bool(c.groups or c.defined_ages or names_ages(c.rule)))
    ]


@cache
def _count_then_unit() -> re.Pattern[str]:
    # From two up: "en"/"ett" is an article as often as a count ("en förening").
    numbers = alternation([w for w, n in number_words().items() if n >= 2])
    return re.compile(rf"\b(\d{{1,4}}|{numbers})\s+([^\W\d_]{{2,}})", re.IGNORECASE)


def _counted_units(text: str) -> set[str]:
    """The stems of what the counts in ``text`` count ("19 medlemmar" → "medlem"), not a
    sum of money nor a share ("50 000 kronor", "20 procent")."""
    money = {str(u).lower() for u in load_cues("numbers.yaml")["amount_units"]}
    shares = {"procent", "percent", "%"}
    return {
        lexical.stem(m.group(2))
        for m in _count_then_unit().finditer(text)
        if m.group(2).lower() not in money | shares
    }
