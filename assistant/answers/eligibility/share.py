"""How much of the cost the organisation must carry itself, in numbers: "Organisationen
står för minst 20 procent", "Regionen finansierar högst 80 procent" (so the rest, 20,
is the organisation's). The description's own share ("vi klarar kanske en tiondel
själva", "roughly a third of the cost ourselves") is compared with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cache

from assistant.answers.eligibility.areas import content_stems
from assistant.answers.eligibility.concepts import clauses, concept_in, negations
from assistant.answers.eligibility.contribution import (
    hour_rate,
    per_year_count,
    period_after,
    told_contribution,
)
from assistant.answers.eligibility.principles import principles_named
from assistant.core.swedish.amounts import find_amounts
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher, normal
from assistant.core.swedish.numbers import fraction_words
from assistant.core.swedish.sentences import sentence_spans, split_units, table_cells
from assistant.index.lexical import stem, words

_PERCENT = r"(\d{1,3})\s*(?:procent|%|percent)"
# The organisation's part at least ("minst 20 procent", "minst en fjärdedel (25 procent)"),
# or the public body's part at most.
_OWN_AT_LEAST = re.compile(
    rf"\b(?:minst|at least)\s+(?:\w+\s+)?(?:\({_PERCENT}\)|{_PERCENT})", re.IGNORECASE
)
_PUBLIC_AT_MOST = re.compile(
    rf"\b(?:kommunen|regionen|staden|kommunens|regionens|stadens)\b[^.]*?\b"
    rf"(?:högst|max|överstiga)\s+{_PERCENT}",
    re.IGNORECASE,
)
_OWN_GIVING = ("volunteers", "own_resources")
_OWN = "own_contribution"
_MIN_HEAD = 4  # a compound's head told alone ("avgifter" for "deltagaravgifter")
# … or the organisation standing for a part ("Föreningen ska stå för minst en tiondel").
_ABOUT_COSTS = ("kostnad", "procent", "värde", "budget", "finansier", "cost", "stå för", "står för")


@cache
def _fraction() -> str:
    return alternation(fraction_words())


@cache
def _told_share() -> re.Pattern[str]:
    """A share as a description tells it: "25 procent", "en tiondel", "a third"."""
    return re.compile(rf"{_PERCENT}|\b({_fraction()})\b", re.IGNORECASE)


def required_share(rule: str) -> int | None:
    """The organisation's least share of the cost in percent, if the rule gives one."""
    if not any(w in rule.lower() for w in _ABOUT_COSTS):
        return None
    public = _PUBLIC_AT_MOST.search(rule)
    if public:
        return 100 - int(public.group(1))
    own = _OWN_AT_LEAST.search(rule)
    if own:
        return int(own.group(1) or own.group(2))
    words = re.search(rf"\bminst\s+({_fraction()})\b", rule, re.IGNORECASE)
    return fraction_words()[words.group(1).lower()] if words else None


def judge_share(rule: str, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for an own share and the description tells
    its own."""
    least = required_share(rule)
    if least is None:
        return None
    kind = _kind(rule)
    share = _own_share(kind, description)
    if kind is not None and (share is None or _kind(share[1]) != kind):
        # "Minst 5 procent ska utgöras av egna pengar": a share of one kind, which the
        # description denies having ("Vi har inga pengar i kassan"), whatever share it
        # tells without naming its kind ("… så mycket tid att det blir 40 procent").
        denied = next((c for c in clauses(description) if _denies_kind(c, kind)), None)
        if denied is not None:
            return False, denied
    if share is not None:
        # "ungefär 30 procent" against "minst 30 procent" is the share planned for: met, as
        # askers mean it (measured on the unseen sets; a count of residents is another).
        return share[0] >= least, share[1]
    in_kronor = _share_in_kronor(description) or _share_in_hours(rule, description)
    if in_kronor is not None:
        told, clause = in_kronor
        return told >= least, clause
    return None


def judge_uncounted(rule: str, context: str, description: str) -> tuple[bool, str] | None:
    """(met?, the part counted that may not be) when the rule asks a share ("Your
    organisation must cover at least 25 percent of the total cost"), its passage says what
    does not count as the own part ("Fees paid by participants, paid work and grants from
    the municipality do not count as your own contribution") and the description counts
    such a thing in its own ("30 percent …: 20 percent comes from the participants'
    fees"): what remains is set against the share."""
    least = required_share(rule)
    own = _own_share(None, description) if least is not None else None
    if least is None or own is None:
        return None
    counting = matcher("criteria_words.yaml", "counting")
    # The passage's units, a table row by its cells, each sentence on its own.
    pieces = [
        piece
        for unit in split_units(context)
        for piece in (table_cells(unit.text) if unit.is_table_row else [unit.text])
    ]
    items = [
        item
        for piece in pieces
        for a, b in sentence_spans(piece)
        if (cue := counting.at(said := piece[a:b])) is not None and _OWN in principles_named(said)
        for item in _items(normal(said)[:cue])
    ]
    # Only the sentence telling the own share says what it holds ("30 percent …: 20
    # percent comes from the participants' fees"); "Resten, 70 procent, söker vi som
    # bidrag från kommunen" is the municipality's part, not a part of the own.
    whole = next(
        (description[a:b] for a, b in sentence_spans(description) if own[1] in description[a:b]),
        own[1],
    )
    uncounted = []
    for clause in clauses(whole) if items else []:
        shares = list(re.finditer(_PERCENT, clause, re.IGNORECASE))
        # Each share with what follows it up to the next ("20 percent comes from the
        # participants' fees and | 10 percent is volunteer hours").
        ends = [m.start() for m in shares[1:]] + [len(clause)] if shares else []
        for share, end in zip(shares, ends, strict=True):
            said = clause[share.start() : end]
            # "… inga kommunala pengar i det" tells what the share is not.
            part = int(share.group(1))
            if (
                part < own[0]
                and any(_names_item(item, said) for item in items)
                and not negations(said)[1]
            ):
                uncounted.append((part, clause))
    if not uncounted:
        return None
    left = own[0] - min(own[0], sum(part for part, _ in uncounted))
    return left >= least, uncounted[0][1]


def _items(listed: str) -> list[frozenset[str]]:
    """The stems of each thing a list names ("Fees paid by participants, paid work and
    grants from the municipality")."""
    joins = alternation(load_cues("criteria_words.yaml")["item_joins"])
    parts = re.split(rf"\s*,\s*|\s+(?:{joins})\s+", listed, flags=re.IGNORECASE)
    return [stems for p in parts if (stems := content_stems(p.lower()))]


def _names_item(item: frozenset[str], part: str) -> bool:
    """Whether a part of the description names most of an item's words, in a compound
    ("deltagaravgifter" for "avgifter från deltagarna") or by a compound's head
    ("avgifter" for "deltagaravgifter")."""
    told = [stem(w) for w in words(part)]
    found = sum(any(s in t or (len(t) >= _MIN_HEAD and s.endswith(t)) for t in told) for s in item)
    return found * 2 > len(item) or found == len(item)


def _own_share(kind: str | None, description: str) -> tuple[int, str] | None:
    """The first own share the description tells in percent or words, and its clause; in
    the rule's ``kind``, if it names one."""
    sentences = [description[a:b] for a, b in sentence_spans(description)]
    for whole, clause in _parts(sentences):
        found = _told_share().search(clause) if _ours(clause, whole) else None
        if found is None or (kind is not None and _kind(clause) not in (kind, None)):
            continue  # "40 procent i ideella timmar" tells no share in money
        told = int(found.group(1)) if found.group(1) else fraction_words()[found.group(2).lower()]
        return told, clause
    return None


def _kind(text: str) -> str | None:
    """The kind of contribution a text names for a share ("egna pengar", "ideella
    timmar"), when it names one kind only."""
    named = [k for k, said in _kind_words().items() if said(text)]
    return named[0] if len(named) == 1 else None


def _denies_kind(clause: str, kind: str) -> bool:
    """Whether the clause says the association has none of that kind: a negating
    determiner right before it ("Vi har inga pengar i kassan", "kan inte lägga in några
    kontanter"), not less of it ("inte så mycket pengar"), nor what it asks of the kommun."""
    we = frozenset(load_cues("criteria_words.yaml")["we_subject"])
    found = _kind_denied()[kind].search(clause)
    # None for one purpose ("inga pengar över till lokalen") is none of that kind at all.
    purpose = frozenset(load_cues("criteria_words.yaml")["share_kinds_purpose"])
    after = words(clause[found.end() :])[:_PURPOSE_REACH] if found else []
    return (
        found is not None
        and not purpose & set(after)
        and bool(set(words(clause)) & we)
        and not matcher("criteria_words.yaml", "fee_public_payer")(clause)
        and not matcher("criteria_words.yaml", "share_kinds_asking")(clause)
    )


@cache
def _kind_words() -> dict[str, CueMatcher]:
    return {k: CueMatcher(v) for k, v in load_cues("criteria_words.yaml")["share_kinds"].items()}


@cache
def _kind_denied() -> dict[str, re.Pattern[str]]:
    """Each kind after a determiner that leaves none ("inga pengar")."""
    denied = load_cues("criteria_words.yaml")["share_kinds_denied"]
    return {
        k: re.compile(rf"\b(?:{_none_of()})\s+(?:[^\W\d_]+\s+)?(?:{alternation(v)})\b", re.I)
        for k, v in denied.items()
    }


def _none_of() -> str:
    """ "inga", "no", "not any", or "inte … några" ("kan inte lägga in några"): a
    determiner that leaves none."""
    cues = load_cues("criteria_words.yaml")
    split = cues["share_kinds_none_split"]
    negation, some = alternation(split["negation"]), alternation(split["any"])
    return (
        rf"{alternation(cues['share_kinds_none'])}"
        rf"|\b(?:{negation})\b(?:\s+[^\W\d_]+){{0,3}}?\s+(?:{some})"
    )


_PURPOSE_REACH = 2  # "inga pengar (över) till lokalen": a purpose this close
_APPOSITION_WORDS = 1  # "…, ungefär 25 procent av kostnaden": one word before the share


def _parts(sentences: Sequence[str]) -> list[tuple[str, str]]:
    """Each sentence's comma-separated parts of its clauses, with the sentence; a part
    that opens with a share ("vår egen insats är bara ideella timmar, ungefär 25 procent
    av kostnaden") is read with the part before it, which it says more of."""
    out: list[tuple[str, str]] = []
    for whole in sentences:
        for clause in clauses(whole):
            previous = ""
            for part in (p.strip() for p in clause.split(",")):
                found = _told_share().search(part)
                opens = (
                    found is not None and len(part[: found.start()].split()) <= _APPOSITION_WORDS
                )
                out.append((whole, f"{previous}, {part}" if opens and previous else part))
                previous = part
    return out


def _share_in_hours(rule: str, description: str) -> tuple[int, str] | None:
    """The own share in percent when the rule values volunteer work by the hour ("Ideellt
    arbete räknas med 200 kronor per timme") and the description tells its hours and the
    whole cost for the same period ("Hela kostnaden blir runt 150 000 kr om året … ungefär
    60 timmar om året"), with the clause of its part. The whole is the largest cost
    told for a year; what is asked of the municipality is no cost of the whole."""
    rate = hour_rate(rule)
    if rate is None:
        return None
    own = told_contribution(description, rate)
    costs = matcher("criteria_words.yaml", "total_cost")
    # "Vi söker totalt 80 000 kr från kommunen" is what is asked, not the whole cost.
    asked = matcher("criteria_words.yaml", "money_asked_for")
    public = matcher("criteria_words.yaml", "fee_public_payer")
    totals = [
        a.value * per_year
        for clause in clauses(description)
        if costs(clause) and not asked(clause) and not public(clause)
        for a in find_amounts(clause)
        if a.kind == "money" and (per_year := per_year_count(clause[a.end :])) is not None
    ]
    if own is None and totals:
        # Hours with no period beside a budget for a year: that year's hours.
        own = told_contribution(description, rate, untimed=True)
    if own is None or not totals or not 0 < own[0] < max(totals):
        return None
    return int(own[0] * 100 / max(totals)), own[1]


_CONJUNCTIONS = frozenset({"och", "men", "and", "but"})


def _ours(clause: str, whole: str) -> bool:
    """Whether a clause tells the organisation's own part: "vi står för …", what it gives
    named ("vår ideella tid och lokalen motsvarar cirka 20 procent", "30 000 i ideellt
    arbete"), or "vi" as the subject of the share ("vi klarar kanske en tiondel", "och vi
    i föreningen kan stå för …") in a sentence about the cost or the municipality's part
    ("kommunen skulle behöva stå för det mesta"), not "vi når 30 procent av de äldre"."""
    we = frozenset(load_cues("criteria_words.yaml")["we_subject"])
    said = clause.lower().split()
    opening = said[1:2] if said[:1] and said[0] in _CONJUNCTIONS else said[:1]
    return bool(
        matcher("criteria_words.yaml", "own_part")(clause)
        or any(concept_in(c, clause) for c in _OWN_GIVING)
        or (opening and opening[0] in we and matcher("criteria_words.yaml", "payers")(whole))
    )


# A sum written in thousands ("ca 40 000 själva"): money where a cost is told in kronor,
# unless a word says what it counts ("2 000 timmar").
_THOUSANDS = re.compile(
    r"(?<![\w,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|\.\d)"
    r"(?!\s+(?!(?:själva|själv|med|i|av|om|genom|ourselves|with|in|of)\b)[^\W\d_])",
    re.IGNORECASE,
)


def _share_in_kronor(description: str) -> tuple[int, str] | None:
    """The own share in percent when the description tells its part and the whole in
    kronor ("hela grejen kostar ungefär 200 000 kr om året, och vi kan stå för ca 40 000
    själva"), with the clause of its part. Sums for different periods ("i månaden", "per
    år") are not compared."""
    own_part = matcher("criteria_words.yaml", "own_part")
    costs = matcher("criteria_words.yaml", "total_cost")
    totals: list[tuple[Decimal, str | None]] = []
    own: tuple[Decimal, str | None, str] | None = None
    for clause in clauses(description):
        sums = [(a.value, a.end) for a in find_amounts(clause) if a.kind == "money"]
        # The part in kronor, said as ours or as volunteer work ("30 000 i ideellt
        # arbete"); not a price the participants pay ("Vi tar 40 kr för materialet").
        if own_part(clause) or concept_in("volunteers", clause):
            sums += [
                (Decimal(re.sub(r"\D", "", m.group())), m.end())
                for m in _THOUSANDS.finditer(clause)
            ]
            if sums and own is None:
                # The part is the first sum told ("40 000 av totalt 200 000 kr"); a larger
                # one after it in the same clause is the whole.
                first, *rest = sorted(sums, key=lambda s: s[1])
                own = (first[0], period_after(clause[first[1] :]), clause)
                totals += [(v, period_after(clause[end:])) for v, end in rest if v > first[0]]
        elif costs(clause) and sums:
            totals += [(v, period_after(clause[end:])) for v, end in sums]
    if own is None or not totals:
        return None
    total, period = max(totals)
    if own[1] is not None and period is not None and own[1] != period:
        return None
    if not 0 < own[0] < total:
        return None
    return int(own[0] * 100 / total), own[2]
