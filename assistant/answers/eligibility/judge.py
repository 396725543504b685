"""Judging an idea against the municipality's criteria and the national IOP principles.

The description is read clause by clause for the concepts it states or denies
(``concepts.py``). A criterion is
- not met when the description states what the criterion rules out, or denies what it
  requires (each compared concept by concept, and through the principle it maps onto),
  or names only another target group;
- met when the description states what it requires, or denies what it rules out;
- unknown otherwise: a point to take up with the municipality.
Verdict: ``likely_not_eligible`` when anything is not met (a national principle counts,
and is said to be one); ``likely_eligible`` only when every core principle and one more
(two more when the need rests only on whom the activity serves) are met in the
description's own words, nothing conflicts and the asker has left nothing undecided ("vi
har inte bestämt än"); otherwise ``unclear``. Each reason quotes the clause of the
description it rests on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Literal

from assistant.answers.eligibility.ages import groups_within, judged_ages, only_overlap
from assistant.answers.eligibility.areas import judge_area
from assistant.answers.eligibility.calls import measures
from assistant.answers.eligibility.composition import judge_composition
from assistant.answers.eligibility.concepts import (
    Finding,
    age_spans,
    almost_none,
    clauses,
    concept_in,
    group_clause,
    names_instead,
    read_concepts,
    target_groups,
)
from assistant.answers.eligibility.contribution import judge_contribution, judge_hours
from assistant.answers.eligibility.counts import judge_counts
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.definitions import Definition, judged_defined_counts
from assistant.answers.eligibility.examples import judge_audience, judge_examples
from assistant.answers.eligibility.exceptions import exception_covers
from assistant.answers.eligibility.fee import (
    banned_unit,
    by_the_piece_unless_priced,
    fee_cap,
    free_rule,
    judge_fee,
    judge_member_price,
    negated_cap,
    other_fee,
    priced_by_period,
    prices_within,
    told_free,
    told_prices,
)
from assistant.answers.eligibility.frequency import judge_frequency
from assistant.answers.eligibility.length import judge_length
from assistant.answers.eligibility.members import judge_members
from assistant.answers.eligibility.party import judge_party
from assistant.answers.eligibility.principles import (
    principle_of_concept,
    principles,
    principles_named,
)
from assistant.answers.eligibility.reach import judge_reach
from assistant.answers.eligibility.residents import (
    judge_residents,
    required_resident_count,
    required_resident_share,
    residents_at_limit,
)
from assistant.answers.eligibility.season import judge_season
from assistant.answers.eligibility.seat import judge_seat
from assistant.answers.eligibility.share import judge_share, judge_uncounted, required_share
from assistant.answers.eligibility.shortfall import judge_shortfall
from assistant.answers.eligibility.support import (
    judge_support,
    support_beside,
    tells_received,
)
from assistant.answers.eligibility.tenure import judge_tenure, required_age
from assistant.answers.eligibility.where import judge_where, partly_elsewhere
from assistant.core import municipalities
from assistant.core.localities import names_association
from assistant.core.municipalities import fold
from assistant.core.swedish.amounts import find_amounts
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.numbers import count_pattern, measure_words
from assistant.core.swedish.sentences import sentence_spans

Status = Literal["met", "not_met", "unknown"]
Label = Literal["likely_eligible", "likely_not_eligible", "unclear"]
_MORE_MET = 1
# A need told only by whom the activity serves ("en resa för pensionärer") is a weaker
# reading than one told in words ("ensamma"): the verdict then asks one more principle.
_SERVED = "served"
_SHARED_NEED = "shared_need"
# Rules read lately: every sentence of every criterion asks whose activities it is for.
_REMEMBERED = 512
_FEES = "fees"
_NO_ACTIVITY = "no_activity"
_UNDECIDED = "undecided"
_DOUBTED = "doubted"
_GRANT = "grant"
_OWN_INITIATIVE = "own_initiative"
_RECURRING = "recurring"
_ONE_OFF = "one_off"
_OWN_CONTRIBUTION = "own_contribution"
_ASSOCIATION = "association"
# The concept of a judgement a table's "Det här räcker inte" cell decided.
FALLS_SHORT = "falls_short"
_ASKER = re.compile(r"\b(?:jag|vi|I|we)\b(?:\s+\w+){0,3}\s*$", re.IGNORECASE)
_KEPT_WORDS = 4  # what stands before "hört att" tells something only in this many words


@dataclass(frozen=True)
class Judgement:
    status: Status
    principle: str | None
    criterion: Criterion | None  # None: a national principle no stated criterion covers
    clause: str | None  # the description's words it rests on
    concept: str | None = None  # the concept that decided (to point at the criterion's words)
    # The document's own definitions it rests on ("Äldre: personer som har fyllt 67 år").
    defined: tuple[Definition, ...] = ()


@dataclass(frozen=True)
class Assessment:
    label: Label
    judgements: tuple[Judgement, ...]
    has_criteria: bool
    # Without criteria of the municipality's own, an idea that meets the national
    # principles is still only "unclear": the municipality has not said what it asks.
    fits_principles: bool = False

    @property
    def stated(self) -> list[Judgement]:
        return [j for j in self.judgements if j.criterion is not None]


def assess(
    criteria: Sequence[Criterion], description: str, today: date | None = None
) -> Assessment:
    """``today`` dates a founding year ("sedan 2009"); without it only ages told in
    years or months count."""
    description = without_rules_heard(description)
    read = read_concepts(description)
    # A price the participants pay "per gång" is a fee, not the municipality paying per
    # service.
    read = by_the_piece_unless_priced(read, {p.clause for p in told_prices(description)})
    # A grant the association already gets is no IOP's concern unless it is for the
    # partnership's own activity ("… söka ett IOP också för samma promenadgrupper").
    read = [f for f in read if not (f.concept == _GRANT and tells_received(f.clause, description))]
    read = _parts_of_a_recurring_idea(read)
    beside = support_beside(description)
    if beside is not None:
        read.append(Finding(_GRANT, "stated", beside))
    if not any(f.concept == _ASSOCIATION for f in read):
        # "Vi bildade Brottby Boulevänner": a name that says it is an association.
        named = next((c for c in clauses(description) if _names_a_club(c)), None)
        if named is not None:
            read.append(Finding(_ASSOCIATION, "stated", named))
    # What a clause leaves undecided is open: neither met nor broken by it.
    # A doubt whether something holds opens its clause only where it names what it
    # doubts: "ingen aning om vi står med i föreningsregistret", "vet inte hur många som
    # bor här"; "Jag vet inte om det här kan bli IOP" doubts the answer asked for.
    open_clauses = {f.clause for f in read if f.concept == _UNDECIDED} | {
        f.clause
        for f in read
        if f.concept == _DOUBTED
        and (
            any(o.clause == f.clause and o.concept != _DOUBTED for o in read)
            or matcher("criteria_words.yaml", "how_many")(f.clause)
        )
    }
    findings = _latest([f for f in read if f.clause not in open_clauses])
    groups = target_groups(description)
    serves = group_clause(description)
    # A section of exceptions lifts a rule stated elsewhere in its document ("Kravet på
    # två års verksamhet gäller inte en organisation som har bildats genom
    # sammanslagning …"): the rule is read with them.
    lifted: dict[str, str] = {}
    for e in criteria:
        if _lifts_tenure(e.rule):
            lifted[e.chunk.source] = f"{lifted.get(e.chunk.source, '')} {e.rule}".strip()
    judgements = [
        _unless_wished(
            _judge_criterion(
                c, findings, groups, serves, description, today, lifted.get(c.chunk.source, "")
            )
        )
        for c in criteria
    ]
    judgements = _for_the_group(judgements, groups)
    covered = {c.principle for c in criteria if c.principle and _speaks_of(c, c.principle)}
    conflicts = {j.concept for j in judgements if j.status == "not_met"}
    for name in principles():
        if name in covered:
            continue
        judgement = _judge_principle(name, findings)
        if judgement.status == "unknown":
            continue
        # A conflict is said once: a criterion that broke on the concept says it.
        if judgement.status != "not_met" or judgement.concept not in conflicts:
            judgements.append(judgement)
    # Ages only partly within a rule's ("unga 16–24 år" against "unga 6–20 år") leave it
    # for the municipality to say.
    partly = any(only_overlap(c.rule, description) for c in criteria)
    # "ungefär hälften bor här" against "minst hälften": a count of residents told right at
    # its limit, roughly (a share of the cost told so is the one planned for).
    at_limit = any(residents_at_limit(c.rule, description, c.chunk.municipality) for c in criteria)
    # "varannan vecka åker vi in till Göteborg" against "ska bedrivas i Härryda kommun".
    # Only where one kommun's rules are read: an idea asked of a region and its kommuner
    # is held to several places' rules at once.
    one_place = len({c.chunk.municipality for c in criteria}) == 1
    away = one_place and any(
        partly_elsewhere(c.rule, description, c.chunk.municipality) for c in criteria
    )
    vague = (
        findings.get(_NO_ACTIVITY) is not None or bool(open_clauses) or partly or at_limit or away
    )
    label = _label(judgements, vague)
    # A title saying whom a call is for sets no criteria to be eligible against.
    if any(not c.titled for c in criteria) or label != "likely_eligible":
        return Assessment(label, tuple(judgements), bool(criteria))
    return Assessment("unclear", tuple(judgements), False, fits_principles=True)


def _for_the_group(judgements: list[Judgement], groups: set[str]) -> list[Judgement]:
    """A rule for the idea's own group ("För verksamhet som riktar sig till personer med
    funktionsnedsättning räcker en egen insats på minst 10 procent") holds in place of
    the place's general rule of the same measure (20 procent), which is left out."""
    own = [
        j.criterion
        for j in judgements
        if j.criterion is not None and _scoped_to(j.criterion.rule) & groups
    ]
    if not own:
        return judgements

    def replaced(j: Judgement) -> bool:
        c = j.criterion
        if c is None or c in own or _scoped_to(c.rule):
            return False
        # Ages name the group itself, not a measure it is held to in its own way.
        return any(
            o.chunk.municipality == c.chunk.municipality
            and (measures(o.rule) & measures(c.rule)) - {"ages"}
            for o in own
        )

    return [j for j in judgements if not replaced(j)]


def _parts_of_a_recurring_idea(read: list[Finding]) -> list[Finding]:
    """A single occasion told after an idea that recurs ("Vi vill ha en sångstund varje
    torsdag … En gång om året vill vi ta bussen till Kivik") is a part of it: the idea
    recurs. The idea is the first clause the asker wants something in."""
    wanted = next(
        (f.clause for f in read if f.concept == _OWN_INITIATIVE and f.polarity == "stated"), None
    )
    recurs = any(
        f.concept == _RECURRING and f.polarity == "stated" and f.clause == wanted for f in read
    )
    if wanted is None or not recurs:
        return read
    return [f for f in read if not (f.concept == _ONE_OFF and f.clause != wanted)]


def without_rules_heard(description: str) -> str:
    """The description without what the asker has heard or read the rules say ("Jag har
    hört att kommunen vill att föreningen har funnits i två år"): from those words to the
    end of their sentence it is no account of the idea."""
    heard = matcher("criteria_words.yaml", "rules_heard")
    # A passage quoted from someone else that states a rule ("ett utdrag som jag har
    # kopierat: 'Från 2027 krävs ingen egen insats …'") is theirs, not the idea.
    description = _QUOTED.sub(
        lambda m: " " if _tells_a_rule(m.group("said")) else m.group(), description
    )
    kept = []
    for start, end in sentence_spans(description):
        sentence = " ".join(description[start:end].split())
        at = heard.at(sentence)
        if at is None:
            far = _heard_far().search(sentence)
            at = far.start() if far else None
        else:
            # "Jag har läst kommunens brev om utlysningen där det står att …": the
            # reading starts at its verb, and what it names is no account of the idea.
            verb = _heard_verb_before().search(sentence[:at])
            at = verb.start() if verb else at
        # The asker heard it ("Jag har hört att …"); "Kommunen har hört att vi …" tells.
        if at is not None and not _ASKER.search(sentence[:at]):
            at = None
        required = None
        if at is None:
            required = at = _required_by_municipality(sentence)
        # … a rule: a requirement or a number ("… vill att föreningen har funnits i två
        # år"), not news ("hört att kommunen ska stänga dagverksamheten"), which tells
        # what the idea is about.
        if at is not None and not _tells_a_rule(sentence[at:]):
            at = None
        if at is None:
            kept.append(sentence)
            continue
        if len(sentence[:at].split()) >= _KEPT_WORDS:
            kept.append(sentence[:at].rstrip(" ,"))  # "Vi har 40 medlemmar och jag läste att …"
        if required is not None:
            # "Kommunen kräver att vi har stadgar, vilket vi har sedan 2015": the
            # requirement's own clause goes, what the asker tells after it stays.
            rest = sentence[at:].split(",", 1)
            kept.extend(rest[1:] if len(rest) > 1 else clauses(sentence[at:])[1:])
            continue
        # What the sentence goes on to tell after the heard clause is theirs again ("Vi
        # läste att ni har IOP, och vi vill starta läxhjälp").
        kept.extend(clauses(sentence[at:])[1:])
    return " ".join(kept)


_HEARD_REACH = 6  # words between a verb of hearing and its "att"


_OWN_CONTRIBUTION = "own_contribution"


def _only_may(rule: str) -> bool:
    """A rule telling what may count and requiring nothing (no "ska", "måste", "får" …):
    read only of what an own contribution may be (who may apply is another matter)."""
    words = "criteria_words.yaml"
    return bool(matcher(words, "may_be")(rule)) and not matcher(words, "required")(rule)


@cache
def _heard_verbs() -> str:
    return alternation(load_cues("criteria_words.yaml")["heard_verbs"])


@cache
def _heard_verb_before() -> re.Pattern[str]:
    """A verb of hearing or reading in the clause that ends where a heard rule starts."""
    return re.compile(rf"\b(?:{_heard_verbs()})\b[^,;:.!?]*$", re.IGNORECASE)


@cache
def _heard_far() -> re.Pattern[str]:
    """A verb of hearing or reading, then its "att" a few words on ("läste i nyheten om
    utlysningen att …"), within one clause."""
    return re.compile(
        rf"\b(?:{_heard_verbs()})\b(?:\s+[^\s.,;:!?]+){{0,{_HEARD_REACH}}}?\s+(?:att|that)\b",
        re.IGNORECASE,
    )


@cache
def _requiring() -> re.Pattern[str]:
    """The municipality as the subject of a verb of requiring ("Ekerö kommun kräver ju",
    "kommunen kräver"), a word between allowed; or a name before it (see below)."""
    cues = load_cues("criteria_words.yaml")
    # Case counts only for a name: the words of a maker and of requiring in any case.
    subject = (
        rf"\b(?:(?i:{alternation(cues['rule_makers'])})"
        rf"|[A-ZÅÄÖ][\w-]+s?\s+(?i:{alternation(cues['rule_maker_nouns'])})"
        r"|(?P<name>[A-ZÅÄÖ][\w-]+))"
    )
    verbs = alternation(cues["rules_required"])
    return re.compile(rf"{subject}\s+(?:\w+\s+)?(?i:{verbs})\b")


def _required_by_municipality(sentence: str) -> int | None:
    """Where the sentence tells what the municipality requires, as the asker has it
    ("Men Ekerö kommun kräver ju …", "Vellinge kräver ju bara att …"): a name only when
    it is a municipality's."""
    for found in _requiring().finditer(sentence):
        name = found.group("name")
        if name is None or municipalities.canonical(name) is not None:
            return found.start()
    return None


# A quotation, in any of the quotation marks people type (not the "'" of "we're").
_QUOTED = re.compile(r"(?<!\w)['\"”“«„](?P<said>[^'\"”“«»„\n]{12,}?)['\"”“»](?!\w)")


def _tells_a_rule(heard: str) -> bool:
    """What an asker heard states a rule: in a word that requires (not the "ska" of a
    plan), a wish of the kommun's ("vill att"), or a count of a unit ("två år", "15
    medlemmar", "30 procent"; not "en dagverksamhet" or "den 1 maj")."""
    words_of = "criteria_words.yaml"
    required = set(matcher(words_of, "required").found(heard)) - set(
        load_cues(words_of)["plan_modals"]
    )
    return (
        bool(required)
        or bool(matcher(words_of, "wants_that")(heard))
        or bool(find_amounts(heard))
        or _counted_unit().search(heard) is not None
    )


@cache
def _counted_unit() -> re.Pattern[str]:
    units = alternation([*measure_words(), *load_cues("criteria_words.yaml")["time_units"]])
    return re.compile(rf"\b{count_pattern()}\s+(?:{units})\b", re.IGNORECASE)


@cache
def _own_lead(key: str = "own_association_leads") -> re.Pattern[str]:
    # Read on the clause folded to ASCII: "vi ar Hogsjo Sockenforening" typed without å, ä, ö.
    leads = alternation([fold(w) for w in load_cues("criteria_words.yaml")[key]])
    return re.compile(rf"\b(?i:{leads})\s+((?:[A-Z][\w-]*[ \t]*){{1,4}})")


def _names_a_club(clause: str) -> bool:
    """The clause names the asker's own association by its name: after words that make it
    theirs, or opening the message ("Brottby Boulevänner här"); or any name of one whose
    board the asker sits on ("jag är kassör i Lidingö Sångglädje")."""
    # Folding keeps every letter in its place: the name is cut from the clause as written.
    folded = "".join((fold(ch) or ch)[0] for ch in clause)  # one letter for one ("…" too)
    for seat in _own_lead("board_leads").finditer(folded):
        # A board of the kommun itself or of a company is no association's.
        name = clause[seat.start(1) : seat.end(1)].strip()
        if municipalities.canonical(name) is None and not concept_in("company", name):
            return True
    named = [clause[f.start(1) : f.end(1)] for f in _own_lead().finditer(folded)]
    opening = re.match(r"(?:[A-ZÅÄÖÉ][\w-]*[ \t]*){1,4}", clause)
    named += [opening.group()] if opening else []
    return any(names_association(w) for name in named for w in name.split())


def _unless_wished(judgement: Judgement) -> Judgement:
    """A wish the idea does not meet ("bör nå två kommundelar") is a point to talk about
    with the municipality, not a reason it cannot be an IOP."""
    if judgement.status == "not_met" and judgement.criterion and judgement.criterion.wish:
        return replace(judgement, status="unknown")
    return judgement


def _label(judgements: list[Judgement], vague: bool = False) -> Label:
    """Not eligible on any conflict; eligible when the core principles (who: idéburen,
    why: a shared need) and at least one more are met in the description's own words
    (two when the need is read only from whom the activity serves),
    and it names an activity; unclear otherwise — an idea that says little ("Vår förening
    vill ordna en resa för pensionärer") leaves the municipality to ask. A shared need
    is a national principle: a municipality that does not write it out still asks it."""
    if any(j.status == "not_met" for j in judgements):
        return "likely_not_eligible"
    # A met criterion of no principle (the right target group) is no principle met.
    met_principles = {j.principle for j in judgements if j.status == "met" and j.principle}
    core = {name for name, p in principles().items() if p.core}
    need = {j.concept for j in judgements if j.status == "met" and j.principle == _SHARED_NEED}
    served_only = need == {_SERVED}
    enough = len(met_principles) >= len(core) + _MORE_MET + served_only
    if core <= met_principles and enough and not vague:
        return "likely_eligible"
    return "unclear"


def _latest(findings: list[Finding]) -> dict[str, Finding]:
    """One finding per concept: a later clause corrects an earlier one ("… då vi inte
    tar betalt"), as a follow-up corrects the description before it."""
    out: dict[str, Finding] = {}
    for finding in findings:
        out[finding.concept] = finding
    return out


def _judge_criterion(
    criterion: Criterion,
    findings: dict[str, Finding],
    groups: set[str],
    serves: str | None,
    description: str,
    today: date | None,
    lifts: str = "",
) -> Judgement:
    """Through the principle the criterion maps onto (whose concepts meet or break it
    whatever the criterion's wording), then the concepts of no principle that the
    criterion itself rules on ("får inte ta ut avgifter": fees ruled out), then the
    target groups."""
    results: list[tuple[Status, str, str | None, tuple[Definition, ...]]] = []
    if _relaxes(criterion.rule):
        # "Kravet på två års verksamhet gäller inte en organisation som …" lifts a rule
        # for some: it asks nothing, so nothing breaks it.
        return Judgement("unknown", criterion.principle, criterion, None)
    scope = _scoped_to(criterion.rule)
    if scope and groups and not scope & groups:
        # "För verksamhet för vuxna får deltagarna betala högst 300 kronor per termin"
        # says nothing of an idea for the young: it is for another group's activities.
        return Judgement("unknown", criterion.principle, criterion, None)
    if criterion.principle is not None and _speaks_of(criterion, criterion.principle):
        side = principles()[criterion.principle].aspect_of({f.concept for f in criterion.findings})
        on_side = findings if side is None else {c: f for c, f in findings.items() if c in side}
        principle = _judge_principle(criterion.principle, on_side)
        # What may count ("Det kan vara pengar, lokaler …") is not broken by one lacking.
        lists_options = (
            principle.status == "not_met"
            and criterion.principle == _OWN_CONTRIBUTION
            and _only_may(criterion.rule)
        )
        # A share or sum asked in numbers ("minst 10 procent") is met by numbers told, not
        # by the idea bringing something ("några av oss kan jobba ideellt").
        in_figures = bool(measures(criterion.rule) & {"share", "contribution"})
        met_by_words = principle.status == "met" and in_figures
        if (
            principle.status != "unknown"
            and principle.clause is not None
            and not lists_options
            and not met_by_words
        ):
            results.append((principle.status, principle.clause, principle.concept, ()))
    # "Avgifterna räknas inte in i den egna insatsen" says what counts, not what is banned.
    counting = bool(matcher("criteria_words.yaml", "counting")(criterion.rule))
    # What is ruled out beyond an amount ("Mer än 40 kronor per tillfälle", "En egen insats
    # under 30 procent") rules out the amount, not the thing: the numbers judge it.
    bounded = criterion.excludes and bool(find_amounts(criterion.rule))
    for own in () if counting or bounded else criterion.findings:
        # Concepts of a principle are judged through it (a criterion naming one in
        # passing does not rule on it); those of none ("får inte ta ut avgifter") here.
        # Only what a rule rules out is clear: "Ja, men bara en mindre avgift" allows a
        # fee and requires none.
        # An item of a list of what is ruled out rules on every concept it names.
        of_principle = principle_of_concept(own.concept) is not None and not criterion.excludes
        if of_principle or own.polarity != "denied":
            continue
        theirs = findings.get(own.concept)
        if theirs is not None:
            agree = own.polarity == theirs.polarity
            results.append(("met" if agree else "not_met", theirs.clause, own.concept, ()))
    # Rules in numbers: how widely the activity reaches, how much it carries itself, how
    # long the organisation has existed, how many members it has, how many of a thing it has
    # had ("minst två årsmöten"), what the participants pay; what the rule rules out by
    # example ("till exempel träningar, seriespel"); which kinds cannot be a party, and which
    # other support the activity cannot have beside it.
    fee = judge_fee(criterion.rule, description, criterion.excludes)
    # "… högst 40 kronor per tillfälle. Verksamhet för barn 7–19 år ska vara avgiftsfri":
    # an idea for that group is held to the sentence for it.
    fee = _group_fee(criterion.rule, description, groups) or fee
    cap = fee_cap(criterion.rule, criterion.excludes)
    residents = judge_residents(criterion.rule, description, criterion.chunk.municipality)
    unscoped = _unscoped(criterion.rule)
    told: list[tuple[bool, str, tuple[Definition, ...]]] = [
        (t[0], t[1], ())
        for t in (
            judge_reach(criterion.rule, description),
            _share_for_the_ages(criterion.rule, description)
            or judge_share(criterion.rule, description),
            judge_uncounted(criterion.rule, criterion.chunk.text, description),
            judge_contribution(criterion.rule, description),
            judge_hours(criterion.rule, description),
            judge_tenure(
                f"{criterion.rule} {lifts}" if required_age(criterion.rule) else criterion.rule,
                description,
                today,
            ),
            judge_length(criterion.rule, description),
            _members_unless_open(criterion.rule, description, residents),
            residents,
            judge_party(criterion.rule, description),
            judge_support(criterion.rule, description),
            judge_counts(criterion.rule, description),
            judge_examples(criterion.rule, description),
            judge_audience(criterion.rule, criterion.excludes, description),
            judge_where(
                criterion.rule, description, criterion.chunk.municipality, criterion.excludes
            ),
            judge_seat(criterion.rule, description, criterion.chunk.municipality),
            judge_season(criterion.rule, description),
            judge_frequency(criterion.rule, description),
            judge_composition(criterion.rule, description),
            judge_member_price(criterion.rule, description),
            fee,
        )
        if t is not None
    ]
    # Rules in words the document defines: by the ages or the things the definition gives.
    for by_definition in (
        judged_ages(unscoped, criterion.defined_ages, description),
        judged_defined_counts(criterion.rule, criterion.defined_terms, description),
    ):
        if by_definition is not None:
            told.append(by_definition)
    # A rule in a word or phrase its document defines ("ska vara lokalt förankrad enligt
    # avsnitt 2") is also what the definition says of the members ("att minst hälften av
    # organisationens medlemmar är folkbokförda i kommunen").
    for d in criterion.defined_terms:
        for by_text in (
            judge_residents(d.text, description, criterion.chunk.municipality),
            judge_members(d.text, description),
        ):
            if by_text is not None:
                told.append((by_text[0], by_text[1], (d,)))
    for met, clause, defined in told:
        if not met and exception_covers(criterion.rule, description):
            continue  # the rule's own exception may cover the idea: for them to say
        results.append(("met" if met else "not_met", clause, None, defined))
    # What the table beside the rule says falls short of it, told in the idea.
    short = (
        judge_shortfall(criterion.falls_short[1], description) if criterion.falls_short else None
    )
    # … or a cell of its own under a column of what is ruled out ("| Det här räcker inte |
    # Månadsavgifter, terminsavgifter och årsavgifter … |").
    ruled_out = criterion.falls_short[1] if criterion.falls_short else None
    ruled_out = criterion.rule if ruled_out is None and criterion.beside else ruled_out
    if short is None and ruled_out is not None:
        by_period = priced_by_period(ruled_out, description)
        short = None if by_period is None else (False, by_period)
    if short is not None:
        results.insert(0, ("not_met", short[1], FALLS_SHORT, ()))
    banned = banned_unit(criterion.rule)
    prices = told_prices(description)
    if (
        negated_cap(criterion.rule)
        or other_fee(criterion.rule)
        # "Inga avgifter per tillfälle" bans no fee per term.
        or (banned is not None and bool(prices) and all(p.unit != banned for p in prices))
        or (
            fee is not None
            and fee[0]
            and prices_within(criterion.rule, description, criterion.excludes)
        )
        or (cap is not None and not told_prices(description))
        # "helt gratis, och fikat säljer vi för det det kostar oss" under "ska vara
        # kostnadsfri": free told (so no price asked); what something costs is no fee.
        or (fee is not None and fee[0] and free_rule(criterion.rule))
    ):
        # "får inte överstiga 400 kronor" denies going over, not fees: the number rules.
        # Every price told within the rule's cap, in the cap's own period ("en årsavgift
        # på 100 kr" under "högst 150 kronor om året; avgift per tillfälle får inte tas
        # ut"), keeps the rule: its number says more than the fee words it also names.
        # "Får inte ta ut någon annan avgift" bans fees besides an allowed one, not all.
        # A rule that caps the fee allows one: a description telling no price to set
        # against the cap ("skulle kosta kommunen 120 000 kr om året") breaks nothing.
        results = [r for r in results if r[2] != _FEES]
        free = told_free(description)
        if cap is not None and free is not None:
            results.append(("met", free, _FEES, ()))  # "gratis för alla" is within any cap
    # A permission ("Föräldrar och ledare får delta utan att räknas in i målgruppen", "får
    # begränsas till den gruppen") rules no group out.
    # The groups of its sentences that rule on who takes part: "Verksamhet för barn 7–19
    # år ska vara avgiftsfri" beside a fee rules on fees for them, not who may come.
    ruled = criterion.groups & target_groups(unscoped) if criterion.groups else set()
    area = judge_area(criterion.rule, description) if criterion.areas else None
    # A rule naming areas rules on groups through them too ("barn och unga …, inkludering
    # av nyanlända"): an idea for adults lying in an area that is no age group meets it.
    if (
        ruled
        and not (area is not None and area[0])
        and groups
        and not scope
        and not only_overlap(criterion.rule, description)
        and not _permits(criterion.rule)
    ):
        fits = bool(ruled & groups) or groups_within(criterion.rule, groups)
        clause = serves or ", ".join(sorted(groups))
        results.append(("met" if fits else "not_met", clause, None, ()))
    if area is not None:
        # A rule naming its areas is met by an idea in one of them, not by any need or
        # group the idea names; an idea in none leaves it open.
        results = [r for r in results if r[0] != "met"]
        if area[0]:
            results.append(("met", area[1], None, ()))
    for status in ("not_met", "met"):
        for found, clause, concept, defined in results:
            if found == status:
                return Judgement(found, criterion.principle, criterion, clause, concept, defined)
    return Judgement("unknown", criterion.principle, criterion, None)


@cache
def _lifting() -> re.Pattern[str]:
    """ "Kravet på två års verksamhet gäller inte …": a requirement as the subject, then in
    its own clause a verb saying it does not apply."""
    cues = load_cues("criteria_words.yaml")
    subjects = alternation(cues["requirement_subjects"])
    verbs = alternation(cues["lifting_verbs"])
    meets = alternation(cues["meets_requirement"])
    # … or "En förening som har bildats genom sammanslagning … uppfyller kravet på två års
    # registrering om …": whom it is lifted for first, the requirement after its verb.
    return re.compile(
        rf"^\s*(?:(?:{subjects})\b[^.,;:]{{0,80}}?\b(?:{verbs})\b"
        rf"|(?:(?!\b(?:inte|ej|icke|not)\b)[^.;:]){{0,160}}?\b(?:{meets})\b[^.,;:]{{0,40}})",
        re.IGNORECASE,
    )


def _relaxes(rule: str) -> bool:
    """A rule that lifts another requirement for some ("Kravet på två års verksamhet
    gäller inte en organisation som …"), not one that states it ("Kravet är att …")."""
    return _lifting().match(rule) is not None


@cache
def _years() -> re.Pattern[str]:
    """A count of years or months ("två års", "18 månaders")."""
    units = alternation(load_cues("criteria_words.yaml")["age_units"])
    return re.compile(rf"\b{count_pattern()}\s+(?:{units})\b", re.IGNORECASE)


def _lifts_tenure(rule: str) -> bool:
    """An exception whose requirement is the organisation's age ("Kravet på två års
    verksamhet …"): its subject counts years or months."""
    found = _lifting().match(rule)
    return found is not None and _years().search(found.group()) is not None


@cache
def _scope_lead() -> re.Pattern[str]:
    """A rule's opening that says whose activities it is for, up to its verb ("För
    verksamhet för vuxna får …", "For activities for children, no fee may …")."""
    cues = load_cues("criteria_words.yaml")
    verbs = alternation(cues["scope_verbs"])
    subjects, whom = alternation(cues["scope_subjects"]), alternation(cues["scope_for"])
    return re.compile(
        rf"^\s*(?:(?:för|for)\s+(.{{1,90}}?)|(?:(?:en|ett|an?)\s+)?(?:{subjects})\s+(?:{whom})\s+(.{{1,90}}?))"
        rf"[\s,]+(?:{verbs})\b",
        re.IGNORECASE,
    )


def _permits(rule: str) -> bool:
    """A rule that only allows ("får delta", "may take part"), requiring and restricting
    nothing ("ska", "bara", "inte")."""
    words = "criteria_words.yaml"
    return (
        bool(matcher(words, "permits")(rule))
        and not matcher(words, "required_strictly")(rule)
        and not matcher(words, "restricting")(rule)
    )


def _share_for_the_ages(rule: str, description: str) -> tuple[bool, str] | None:
    """The share a part of the rule asks of activities for some ages, when all the ages
    the idea names are theirs ("Minst 30 procent. Undantag: om verksamheten riktar sig
    till personer som har fyllt 80 år räcker det med minst 15 procent")."""
    told = age_spans(description)
    if not told:
        return None
    for a, b in sentence_spans(rule):
        part = rule[a:b]
        ages = age_spans(part)
        if ages and required_share(part) is not None:
            low, high = min(a for a, _ in ages), max(b for _, b in ages)
            if all(low <= a and b <= high for a, b in told):
                return judge_share(part, description)
    return None


def _members_unless_open(
    rule: str, description: str, residents: tuple[bool, str] | None
) -> tuple[bool, str] | None:
    """The members counted, unless the rule also asks how many of them live in the kommun
    and the description does not tell it (``residents`` is None: "Vi är 31 medlemmar, men
    jag vet inte hur många som bor kvar"): enough members meet only half of it."""
    found = judge_members(rule, description)
    asks_home = required_resident_share(rule) is not None or required_resident_count(rule)
    if found and found[0] and asks_home and residents is None:
        return None
    return found


def _group_fee(rule: str, description: str, groups: set[str]) -> tuple[bool, str] | None:
    """The fee a sentence scoped to the idea's own group rules on ("Verksamhet för barn
    och unga 7–19 år ska vara avgiftsfri"), in a rule of several sentences."""
    spans = sentence_spans(rule)
    if len(spans) < _SEVERAL or not groups:
        return None
    for a, b in spans:
        sentence = rule[a:b].lstrip("–- ")
        if _scoped_to(sentence) & groups:
            found = judge_fee(sentence, description)
            if found is not None:
                return found
    return None


_SEVERAL = 2


def _unscoped(rule: str) -> str:
    """The rule without its sentences scoped to a group ("Verksamhet för barn och unga
    7–19 år ska vara avgiftsfri"): their ages say whose activities they rule on, not who
    may take part."""
    return " ".join(
        rule[a:b] for a, b in sentence_spans(rule) if not _scoped_to(rule[a:b].lstrip("–- "))
    )


@lru_cache(maxsize=_REMEMBERED)
def _scoped_to(rule: str) -> frozenset[str]:
    """The target groups a rule's opening limits it to, if it opens so: "För verksamhet
    för vuxna får …", "Verksamhet för ungdomar ska dock vara avgiftsfri", "Barn och unga
    under 18 år deltar avgiftsfritt" (a fee for them)."""
    found = _scope_lead().match(rule)
    if found:
        return frozenset(target_groups(found.group(1) or found.group(2)))
    payers = _payers_lead().match(rule)
    # … a fee said in the same sentence ("Barn under 12 år deltar tillsammans med en
    # vuxen. Avgiften …" scopes nothing).
    first = sentence_spans(rule)[:1]
    sentence = rule[first[0][0] : first[0][1]] if first else rule
    if payers is None:
        return frozenset()
    paid = sentence[payers.end(1) :]
    words = "criteria_words.yaml"
    if matcher(words, "fee_free")(paid) or matcher(words, "fee_rule")(paid):
        return frozenset(target_groups(payers.group(1)))
    return frozenset()


@cache
def _payers_lead() -> re.Pattern[str]:
    """A sentence's subject up to a verb of paying or taking part ("Barn och unga under 18
    år deltar …")."""
    payers = alternation(load_cues("criteria_words.yaml")["scope_payers"])
    return re.compile(rf"^\s*([^.,;:]{{1,80}}?)\s+(?:{payers})\b", re.IGNORECASE)


def _speaks_of(criterion: Criterion, name: str) -> bool:
    """The criterion names a concept of the principle it is nearest, or the principle
    itself: only then does the principle judge it. Nearness alone is no reading of its
    words ("Protokollet från sammanslagningen ska då bifogas" is nearest the initiative
    principle, and an asker's "vi vill inte stänga ute dem" says nothing of it)."""
    principle = principles()[name]
    concepts = {*principle.meets, *principle.breaks, *principle.opens}
    return any(f.concept in concepts for f in criterion.findings) or name in principles_named(
        criterion.rule
    )


def _judge_principle(name: str, findings: dict[str, Finding]) -> Judgement:
    principle = principles()[name]
    met: str | None = None
    decided: str | None = None
    for concept in principle.breaks:
        found = findings.get(concept)
        if found is None:
            continue
        if found.polarity == "stated":
            return Judgement("not_met", name, None, found.clause, concept)
        met = met or found.clause
        decided = decided or concept
    stated = {c for c, f in findings.items() if f.polarity == "stated"}
    if stated & set(principle.opens) and not stated & set(principle.meets):
        # "en ekonomisk förening (… vi delar aldrig ut nån vinst)": for the municipality
        # to weigh, neither met nor broken.
        return Judgement("unknown", name, None, None)
    for concept in principle.meets:
        found = findings.get(concept)
        if found is None:
            continue
        if found.polarity == "denied":
            # "inga egna pengar, bara vår tid": what it brings instead is for the
            # municipality to weigh ("inte en förening, bara grannar" still is none).
            if (
                not principle.absent_breaks
                or almost_none(found.clause)
                or (name == _OWN_CONTRIBUTION and names_instead(found.clause))
            ):
                continue
            return Judgement("not_met", name, None, found.clause, concept)
        met = met or found.clause
        decided = decided or concept
    if met is not None:
        return Judgement("met", name, None, met, decided)
    return Judgement("unknown", name, None, None)
