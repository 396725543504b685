"""What the participants may pay, in numbers: "högst 30 kronor per tillfälle", "högst
300 kronor per termin och deltagare", "at most SEK 50 per month". The description's own
price ("vi tänkte ta 150 spänn per person", "coffee costs SEK 10", "100 kr per termin")
is compared with it in the same unit: a price per occasion against a cap per occasion, a
price per term against a cap per term; one occasion dearer than a cap for a whole period
breaks it too. An amount for a year ("200 000 kr om året") is a budget, and one the
municipality pays ("kommunen betalar 200 kr per besök") a purchase, no price.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from assistant.answers.eligibility.concepts import (
    Finding,
    clauses,
    negation_words,
    rhythm,
    target_groups,
)
from assistant.core.swedish.amounts import Amount, find_amounts
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher, normal
from assistant.core.swedish.numbers import read_number
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import words

_PER = re.compile(r"^\s*(?:per\s+|/\s*|a\s+|each\s+)(\w+)", re.IGNORECASE)  # "per gång"
# "om året", "kr/termin", "per deltagare och termin", "för hela terminen"
_FOR = re.compile(
    r"^\s*(?:per\s+|/\s*|a\s+|each\s+|om\s+|i\s+|för\s+(?:hela\s+)?"
    r"|for\s+(?:the\s+)?(?:whole\s+)?)(\w+)(?:\s+(?:och|and)\s+(\w+))?",
    re.IGNORECASE,
)
# "Vi tänkte ta 100 kr i månaden": the association taking an amount charges it (what
# "Studieförbundet tar" is paid, not charged).
# "vi tar 60 kronor", "… men måste ta 60 kronor av var och en": the association taking
# it, said by "vi" or by the modal of a clause whose "vi" stands before the conjunction.
# "Vi i Vingåkers Bridgesällskap tänkte hellre ta 150 kronor": the plan to take it, however
# long the subject before it.
_CHARGED = re.compile(
    r"(?:(?:\b(?:vi|we)\b|\b(?:vi|we)\b[^.,;]*\b(?:men|och|but|and)\s+(?:måste|behöver|must))"
    r"(?:\s+(?!(?:inte|ej|aldrig|not|never|att|that)\b)\w+){0,2}?"
    # … but not another party's: "Vi hyr av församlingen som vill ta 6000 kr".
    r"|\b(?:vi|we)\b(?:(?!\b(?:som|who|which|that|att)\b)[^.,;])*"
    r"\b(?:tänkte|tänker|vill|ska|skulle|planerar att|plan to|want to)"
    r"(?:\s+(?!(?:inte|ej|aldrig|not|never)\b)\w+)?)"
    r"\s+(?:ta|tar|take|charge)\s*$",
    re.IGNORECASE,
)
# "ta 2 000 kr ur kassan": money taken from the association's own till is no price.
_FROM_TILL = re.compile(r"^\s*(?:ur|från|out of|from)\b", re.IGNORECASE)
_PER_SERVICE = "pay_per_service"
_OCCASION = "occasion"  # per time, visit or person, or no unit said
_YEAR = "year"
_KRONOR = "money"
# Rules and descriptions read lately: each criterion of a verdict asks about the same ones.
_REMEMBERED = 256


@dataclass(frozen=True)
class Price:
    amount: int
    unit: str  # _OCCASION or a period's name ("term", "month")
    clause: str
    # Taken by the association or named as a fee ("vi tar 150 kr för hösten",
    # "terminsavgiften är 150 kr"), not worked out ("vilket blir 480 kr per termin").
    charged: bool = False
    bare: bool = False  # told without a unit after it ("… och de andra 250 kr")
    # The words since the amount before it in its clause: whom it is for ("Members pay SEK
    # 20 per visit and non-members pay SEK 40").
    lead: str = ""
    # The words right after it, up to a conjunction: what it is for ("15 kr för kaffe").
    paid_for: str = ""


@cache
def fee_periods() -> dict[str, str]:
    """The period a word names ("termin" → term), as fee and frequency rules count."""
    raw = load_cues("criteria_words.yaml")["fee_periods"]
    return {str(k).lower(): str(v) for k, v in raw.items()}


_BETWEEN = r"(?:\s+[^\W\d_]+){0,2}"  # "inte kosta mer än", "inte ta ut mer än"


def _cap_words(negated_only: bool = False) -> str:
    """The cap phrases as a regex: a negated one ("inte mer än") with up to two words after
    its negation ("Det kostar inte deltagarna mer än …")."""
    phrases = sorted(load_cues("criteria_words.yaml")["at_most"], key=len, reverse=True)
    out = []
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if first in negation_words() and rest:
            out.append(rf"{re.escape(first)}{_BETWEEN}\s+{re.escape(rest)}")
        elif not negated_only:
            out.append(re.escape(phrase))
    return "|".join(out)


def _just_before(words: str) -> re.Pattern[str]:
    """Phrases (a regex alternation) ending just before an amount."""
    return re.compile(rf"(?<!\w)(?:{words})\s*$", re.IGNORECASE)


@cache
def _at_most() -> re.Pattern[str]:
    """ "högst", "max", "no more than" ending just before an amount."""
    return _just_before(_cap_words())


def by_the_piece_unless_priced(
    findings: Sequence[Finding], priced: Collection[str]
) -> list[Finding]:
    """The findings without paying by the piece where a clause tells what a participant
    pays ("högst 40 kronor per tillfälle", "25 kr per gång"): a price, not the
    municipality paying per service."""
    return [f for f in findings if not (f.concept == _PER_SERVICE and f.clause in priced)]


def _money(text: str) -> list[Amount]:
    return [a for a in find_amounts(text) if a.kind == _KRONOR]


def _unit(after: str, before: str = "") -> str:
    """The period an amount is counted in, from the words after it ("per termin", "per
    deltagare och termin"), or from a fee named by its period just before it ("en
    årsavgift på 100 kr")."""
    found = _FOR.match(after)
    words = [w.lower() for w in found.groups() if w] if found else []
    if found and not any(w in fee_periods() for w in words):
        # "SEK 400 per person per year": the person first, then the period.
        further = _PER.match(after[found.end() :])
        words += [further.group(1).lower()] if further else []
    period = next((fee_periods()[w] for w in words if w in fee_periods()), None)
    if period is not None or _PER.match(after) is not None:
        return period or _OCCASION  # "30 kr per gång" is per time, whatever came before
    return _fee_period(before) or _OCCASION


@cache
def _period_fees() -> dict[str, str]:
    raw = load_cues("criteria_words.yaml")["fee_period_nouns"]
    return {str(k).lower(): str(v) for k, v in raw.items()}


_BEFORE_WORDS = 4


@cache
def _period_nouns() -> dict[str, CueMatcher]:
    """The fee nouns of each period, by the project's term matcher (inflected too:
    "terminsavgifter", "årsavgifterna")."""
    nouns: dict[str, list[str]] = {}
    for noun, period in _period_fees().items():
        nouns.setdefault(period, []).append(noun)
    return {period: CueMatcher(words) for period, words in nouns.items()}


def _named_periods(text: str) -> list[str]:
    """The periods whose fee nouns the text names, in the order of the list."""
    return [period for period, said in _period_nouns().items() if said(text)]


def _fee_period(before: str) -> str | None:
    """The period of a fee its noun names ("årsavgift", "terminsavgiften", "annual fee")
    among the few words before an amount."""
    near = " ".join(re.findall(r"\w+", before.lower())[-_BEFORE_WORDS:])
    return next(iter(_named_periods(near)), None)


@lru_cache(maxsize=_REMEMBERED)
def fee_cap(rule: str, excludes: bool = False) -> Price | None:
    """The most a participant may pay, if the rule caps a fee: in the sentence that says
    so, when a rule states several things ("… ska bedrivas i Vallentuna kommun. Avgiften
    till deltagarna får vara högst 300 kronor per termin."). A rule that ``excludes`` what
    it names (a cell under "Det här räcker inte") caps by what it rules out: "Mer än 40
    kronor per tillfälle"."""
    whole = _cap_in(rule, excludes)
    if whole is not None:
        return whole  # "Vad får det kosta deltagarna? Högst 35 kronor per tillfälle"
    for a, b in sentence_spans(rule):
        found = _cap_in(rule[a:b], excludes)
        if found is not None:
            return replace(found, clause=rule)
    return None


def _cap_in(rule: str, excludes: bool = False) -> Price | None:
    fee_words = bool(matcher("criteria_words.yaml", "fee_rule")(rule))
    costs = matcher("criteria_words.yaml", "cost_rule")(rule)
    if not (fee_words or costs or excludes):
        return None  # a cell ruling out "Mer än 40 kronor per tillfälle" names no fee
    payer = matcher("criteria_words.yaml", "fee_public_payer")
    per_time = matcher("criteria_words.yaml", "per_time")
    for amount in _money(rule):
        after = rule[amount.end :]
        # "Kommunen betalar högst 200 000 kronor per år" caps what the municipality pays;
        # one naming the kommun in another clause ("… bedrivas i Laholms kommun,
        # deltagarna får betala högst 50 kronor per tillfälle") still caps a fee.
        if payer(_CLAUSE_START.split(rule[: amount.start])[-1]):
            continue
        if not fee_words and not per_time(" ".join(after.split()[:_PER_TIME_WORDS])):
            continue  # a cost that is no fee: "Projektet får kosta högst 200 000 kronor"
        if _at_most().search(rule[: amount.start]) or (
            _above().search(rule[: amount.start])
            and (excludes or matcher("criteria_words.yaml", "ruled_out")(rule))
        ):
            return Price(int(amount.value), _unit(after, rule[: amount.start]), rule)
    return None


@cache
def _above() -> re.Pattern[str]:
    """ "mer än", "över" ending just before an amount."""
    return _just_before(alternation(load_cues("criteria_words.yaml")["above"]))


# Where the clause an amount stands in begins: a stop ("Kommunen bidrar och betalar högst
# …" keeps its subject across "och").
_CLAUSE_START = re.compile(r"[,;:.!?]")


_PER_TIME_WORDS = 3


def negated_cap(rule: str) -> bool:
    """Whether the rule's cap is said as what a fee may not exceed ("får inte överstiga
    400 kronor"): its "inte" denies going over the amount, not fees."""
    return fee_cap(rule) is not None and bool(_negated_at_most().search(rule))


def other_fee(rule: str) -> bool:
    """Whether the rule bans fees other than one allowed ("får inte ta ut någon annan
    avgift för att delta"), not every fee: "deltagaravgifter eller andra avgifter" lists
    the fees it bans."""
    found = matcher("criteria_words.yaml", "other_fee").first(rule)
    if not found:
        return False
    before = rule[: rule.lower().find(found.lower())].split()
    return not (before and before[-1].lower() in _LISTING)


_LISTING = frozenset({"eller", "och", "samt", "or", "and"})


@cache
def _negated_at_most() -> re.Pattern[str]:
    """The cap words said with a negation ("inte överstiga", "not exceed")."""
    return re.compile(rf"(?<!\w)(?:{_cap_words(negated_only=True)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=_REMEMBERED)
def told_prices(description: str) -> tuple[Price, ...]:
    """Every price the description asks participants to pay, with its clause (read once
    per description: every criterion asks)."""
    charging = matcher("criteria_words.yaml", "fee_told")
    costs = matcher("criteria_words.yaml", "fee_costs")

    def fee_words(clause: str) -> bool:
        return bool(charging(clause) or costs(clause))

    public = matcher("criteria_words.yaml", "fee_public_payer")
    received = matcher("criteria_words.yaml", "fee_received")
    taking_part = matcher("criteria_words.yaml", "fee_taking_part")
    out: list[Price] = []
    for clause in clauses(description):
        if public(clause) or received(clause):
            continue
        since = 0
        for amount in _money(clause):
            after, before = clause[amount.end :], clause[: amount.start]
            lead, since = clause[since : amount.start], amount.end
            unit = _unit(after, before)
            # A sum for a year is a budget, unless a fee names its year ("årsavgift") or
            # the association takes it ("vi tar 600 kr för hela året").
            named_fee = _fee_period(before) is not None
            charged = _CHARGED.search(before) is not None and not _FROM_TILL.match(after)
            # "Vi tänkte ta 25 kr för aktiviteten och så 15 kr för kaffe": an amount joined
            # to one taken is taken too.
            joined = bool(out) and out[-1].clause == clause and out[-1].charged
            charged = charged or (joined and _joined().search(lead) is not None)
            if unit == _YEAR and not (named_fee or charged or taking_part(after)):
                continue
            if _PER.match(after) is not None or fee_words(clause) or named_fee or charged:
                bare = _FOR.match(after) is None
                paid_for = _up_to_conjunction().split(after, maxsplit=1)[0]
                out.append(
                    Price(
                        int(amount.value), unit, clause, named_fee or charged, bare, lead, paid_for
                    )
                )
    return tuple(out)


@cache
def _joined() -> re.Pattern[str]:
    """The words between two amounts of one charge: the first one's unit and what it is
    for, then a conjunction ("25 kr för aktiviteten och så 15 kr")."""
    spec = load_cues("criteria_words.yaml")["fee_joined"]
    adding, then = alternation(spec["adding"]), alternation(spec["then"])
    return re.compile(
        rf"^\s*(?:kr|kronor|sek|:-)?\s*(?:[^\W\d_]+\s+){{0,3}}(?:{adding})(?:\s+(?:{then}))?\s*$",
        re.IGNORECASE,
    )


@cache
def _up_to_conjunction() -> re.Pattern[str]:
    """Where what an amount is for ends: a conjunction or a comma ("15 kr för kaffe och …")."""
    ends = alternation(load_cues("criteria_words.yaml")["fee_joined"]["ends"])
    return re.compile(rf"\b(?:{ends})\b|[,;]", re.IGNORECASE)


_FEE_PER = re.compile(r"\b(?:avgift|avgifter|fee|fees)\b", re.IGNORECASE)


def told_free(description: str) -> str | None:
    """The clause telling the participants pay nothing, if one does and no price is told."""
    free = matcher("criteria_words.yaml", "fee_free")
    unpaid = matcher("criteria_words.yaml", "fee_free_unpaid")
    if told_prices(description):
        return None
    # "Det är inte kostnadsfritt" denies it; "ingen avgift" and "inga avgifter" say it.
    return next(
        (c for c in clauses(description) if free(c) and not unpaid(c) and not _denies_free(c)),
        None,
    )


def _denies_free(text: str) -> bool:
    """Whether a negation denies that taking part is free ("inte kostnadsfritt"), beside
    the words of the phrases saying it is ("ingen avgift", "kostar inget")."""
    free_words = frozenset(load_cues("criteria_words.yaml")["free_negations"])
    # "Inga avgifter får tas ut, inte heller för mat": "inte heller" adds to a ban said
    # beside it ("Verksamheten behöver inte heller vara avgiftsfri" is no ban).
    also_not = matcher("criteria_words.yaml", "also_not")
    said = text
    if set(words(text)) & free_words:
        for start, end in reversed(also_not.spans(text)):
            said = said[:start] + " " + said[end:]
    return bool(set(words(said)) & (negation_words() - free_words))


def free_rule(rule: str) -> bool:
    """Whether the rule says taking part costs nothing ("Verksamheten ska vara kostnadsfri
    för deltagarna", "Inga avgifter får tas ut"), not that something is unpaid or that
    being free is no requirement ("Det är inget krav att …")."""
    if fee_cap(rule) is not None or not matcher("criteria_words.yaml", "fee_free")(rule):
        return False
    return not (matcher("criteria_words.yaml", "fee_free_unpaid")(rule) or _denies_free(rule))


def _free_but_for(rule: str) -> bool:
    """Whether a sentence of the rule says taking part is free and another caps a fee: the
    cap is for an exception."""
    # Not one scoped to a group ("Verksamhet för barn 7–19 år ska vara avgiftsfri"): the
    # cap is the general rule beside it.
    # A sentence requiring it ("Det ska vara gratis att delta"), not one telling how to
    # answer a form ("Ingen avgift räknas som Ja").
    required = matcher("criteria_words.yaml", "required_strictly")
    return fee_cap(rule) is not None and any(
        free_rule(rule[a:b]) and required(rule[a:b]) and not target_groups(rule[a:b])
        for a, b in sentence_spans(rule)
    )


def banned_unit(rule: str) -> str | None:
    """The unit of the fee a rule bans, when it bans one counted in a unit ("Det går inte
    att ta ut en avgift per gång", "Inga avgifter per tillfälle"): other fees stand."""
    if not set(words(rule)) & negation_words():
        return None
    for found in _FEE_PER.finditer(rule):
        after = rule[found.end() :]
        if _PER.match(after):
            return _unit(after)
    return None


def prices_within(rule: str, description: str, excludes: bool = False) -> bool:
    """Whether the description tells prices only in the unit of the rule's cap: then the
    cap says all the rule says of them."""
    cap = fee_cap(rule, excludes)
    prices = told_prices(description)
    return cap is not None and bool(prices) and all(p.unit == cap.unit for p in prices)


def judge_fee(rule: str, description: str, excludes: bool = False) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule caps the fee and the description tells a price
    that can be compared with it."""
    cap = fee_cap(rule, excludes)
    if cap is None:
        # "Själva aktiviteten ska vara avgiftsfri": any price told for taking part breaks it.
        if not excludes and free_rule(rule):
            # A price the participants are charged, not what a thing costs ("Lokalen kostar
            # 500 kronor i månaden"), breaks it.
            charged = matcher("criteria_words.yaml", "fee_told")
            each_time = matcher("criteria_words.yaml", "per_time")
            paid = [p for p in told_prices(description) if charged(p.clause) or each_time(p.clause)]
            if paid:
                return False, paid[0].clause
            free = told_free(description)
            return (True, free) if free is not None else None
        return None
    prices = told_prices(description)
    if _free_but_for(rule):
        # "Det ska vara gratis att delta. För en utflykt får föreningen ta ut högst 50
        # kronor": the cap is an exception to taking part for free; a price above it
        # breaks both, one within it may be the exception's.
        # A fee for a period ("100 kr i veckan") is a regular one, no exception's.
        dearer = [p for p in prices if p.charged and (p.amount > cap.amount or p.unit != cap.unit)]
        if dearer:
            return False, dearer[0].clause
        free = told_free(description)
        return (True, free) if free is not None else None
    same = [p for p in prices if p.unit == cap.unit]
    if same:
        told = max(same, key=lambda p: p.amount)
        total = _with_food(rule, same) if cap.unit == _OCCASION else None
        if total is not None and total[0] > told.amount:
            return total[0] <= cap.amount, total[1]
        return told.amount <= cap.amount, told.clause
    by_period = _against_period(cap, prices, description)
    if by_period is not None:
        return by_period
    if cap.unit == _OCCASION:
        # "400 kronor per termin och vi ses tolv gånger per termin" against "högst 40
        # kronor per tillfälle": a fee for a period over the times told in it; over the
        # fewest times a rhythm meets ("varje torsdag"), only to keep the rule, since
        # the count is a guess.
        for price in prices:
            if price.unit == _OCCASION:
                continue
            counted = _times_told(price.unit, description)
            times = counted or times_per(price.unit, description)
            if times and (counted or price.amount <= cap.amount * times):
                return price.amount <= cap.amount * times, price.clause
    # One time alone costs more than the whole period may; or the times the activity
    # meets in that period do ("40 kr per gång", "varje torsdag året runt" against "400
    # kronor per kalenderår"), counted low so as never to break a rule by guessing.
    per_time = [p for p in prices if p.unit == _OCCASION]
    times = times_per(cap.unit, description) if cap.unit != _OCCASION else None
    dearer = [p for p in per_time if p.amount * max(times or 1, 1) > cap.amount]
    return (False, dearer[0].clause) if dearer else None


def _with_food(rule: str, prices: Sequence[Price]) -> tuple[int, str] | None:
    """The prices told for one time added up, when the rule counts the food in ("Fika och
    mat ingår i de 30 kronorna") and a clause tells a price for the food beside another
    ("Vi tar 20 kr i entré och så kostar kaffe och smörgås 15 kr")."""
    food = matcher("criteria_words.yaml", "fee_food")
    included = matcher("criteria_words.yaml", "fee_included")
    # In a clause of its own without a negation ("Fika … räknas inte in i avgiften";
    # "Materialet ingår, fika betalar man själv" includes no food).
    if not any(
        food(said) and included(said) and not set(words(said)) & negation_words()
        for said in clauses(rule)
    ):
        return None
    by_clause: dict[str, list[Price]] = {}
    for price in prices:
        by_clause.setdefault(price.clause, []).append(price)
    totals = []
    for clause, told in by_clause.items():
        # The dearest price for taking part and every price for the food, in any order
        # ("Kaffe och bulle kostar 15 kr och inträdet är 30 kr", "25 kr för aktiviteten
        # och så 15 kr för kaffe och bulle").
        eats = [p for p in told if food(p.lead) or food(p.paid_for)]
        base = [p for p in told if p not in eats]
        if eats and base:
            totals.append((max(p.amount for p in base) + sum(p.amount for p in eats), clause))
    return max(totals) if totals else None


@cache
def _member() -> re.Pattern[str]:
    """A word for the association's members ("medlemmar", "icke-medlemmar", "members",
    "är med i föreningen"); a negation before it tells who is not."""
    spec = load_cues("criteria_words.yaml")["member_price"]
    stems, phrases = alternation(spec["stems"]), alternation(spec["phrases"])
    return re.compile(rf"\b(?:icke-|non-)?(?:{stems})\w*|\b(?:{phrases})\b", re.IGNORECASE)


def priced_by_period(short: str, description: str) -> str | None:
    """The clause of a price told for a period that a table's cell of what falls short
    names as a fee ("En terminsavgift eller årsavgift som villkor för att få delta" beside
    "Högst 40 kronor per tillfälle", against "150 kronor för hela hösten"); a membership
    fee told is the association's own ("medlemsavgiften är 100 kr om året")."""
    # "… även när de räknat per gång blir lägre än 40 kronor" concedes an amount: the
    # periods named before it rule.
    plain = normal(short)
    conceded = matcher("criteria_words.yaml", "concessive").at(plain)
    if find_amounts(plain[:conceded] if conceded is not None else plain):
        return None  # "En terminsavgift över 300 kronor": the amount rules, not the period
    named = set(_named_periods(short))
    return next(
        (
            p.clause
            for p in told_prices(description)
            if p.unit in named and p.charged and not _member().search(p.clause)
        ),
        None,
    )


def judge_member_price(rule: str, description: str) -> tuple[bool, str] | None:
    """(False, the clause) when the rule says members and others pay alike and the
    description asks more of those who are not members ("Våra medlemmar betalar 150 kr
    per termin, och de som inte är med i föreningen får betala 250 kr"). A rule capping
    the fee ("… får inte kosta mer än 40 kr") says how much, not who pays what."""
    cues = "criteria_words.yaml"
    alike = any(
        _member().search(clause)
        and matcher(cues, "price_price")(clause)
        and matcher(cues, "price_comparisons")(clause)
        for clause in clauses(rule)
    )
    if not alike or fee_cap(rule) is not None:
        return None
    members: list[Price] = []
    others: list[Price] = []
    for price in told_prices(description):
        if not _member().search(price.lead):
            continue
        negated = bool(set(words(price.lead)) & negation_words()) or re.search(
            r"\b(?:icke-|non-)", price.lead, re.IGNORECASE
        )
        (others if negated else members).append(price)
    for other in others:
        # "… 150 kr per termin, och de som inte är med får betala 250 kr": a price told
        # without its unit beside one told with it is in that unit.
        if any((m.unit == other.unit or other.bare) and m.amount < other.amount for m in members):
            return False, other.clause
    return None


def _against_period(
    cap: Price, prices: Sequence[Price], description: str
) -> tuple[bool, str] | None:
    """A price for another period than the cap's ("50 kr i månaden" against "högst 500
    kronor per år"): one period alone dearer than the cap breaks it; a price for a
    shorter period counted over the cap's breaks it when the activity runs all of it
    ("alla årets månader", "hela året"), and keeps it when even so it stays within; a
    price for a longer period within the cap keeps it."""
    per_year: dict[str, float] = load_cues("criteria_words.yaml")["period_per_year"]
    if cap.unit not in per_year:
        return None
    for price in sorted(prices, key=lambda p: p.amount, reverse=True):
        if price.unit not in per_year:
            continue
        ratio = per_year[price.unit] / per_year[cap.unit]
        if ratio <= 1:
            # "100 kr om året" is within "300 kr per termin"; "400 kr om året" may be too.
            if price.amount <= cap.amount:
                return True, price.clause
            continue
        if price.amount > cap.amount:
            return False, price.clause
        if price.amount * ratio <= cap.amount:
            return True, price.clause
        if matcher("criteria_words.yaml", "year_round")(description):
            return False, price.clause
    return None


def times_per(period: str, description: str) -> int | None:
    """The fewest times in ``period`` an activity told to meet weekly, fortnightly or
    monthly meets ("varje torsdag", "två gånger i månaden" is read as monthly), if told."""
    counts = _times_told(period, description)
    if counts:
        return counts
    spec = load_cues("criteria_words.yaml")["meeting_times"]
    told = rhythm(description)
    return None if told is None else int(spec["per_period"][told].get(period, 0)) or None


@cache
def _times() -> re.Pattern[str]:
    """A count of times or meetings and its period: "8 träffar per termin"."""
    nouns = alternation(load_cues("criteria_words.yaml")["times_nouns"])
    return re.compile(
        rf"\b(\d{{1,3}}|[^\W\d_]+)\s+(?:{nouns})\s+(?:per|i|på|om|under|a|each)\s+(\w+)",
        re.IGNORECASE,
    )


def _times_told(period: str, description: str) -> int | None:
    """The count told for the period ("ungefär 15 gånger på hösten", "12 times a term",
    "8 träffar per termin")."""
    counts = [
        n
        for found in _times().finditer(description)
        if fee_periods().get(found.group(2).lower()) == period
        and (n := read_number(found.group(1))) is not None
    ]
    return min(counts) if counts else None
