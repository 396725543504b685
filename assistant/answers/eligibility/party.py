"""Who cannot be a party: "Bolag kan inte vara part", "En sameby är ingen ideell
förening och kan därför inte vara part", "A Sami village (sameby) is not a non-profit
association". A description that names its own organisation by the same kind ("Vår
sameby vill …", "vi är ett bolag") breaks the rule; one that only mentions it ("vi
hyr lokalen av ett bolag") does not.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.answers.eligibility.concepts import clauses, negation_words
from assistant.core import municipalities
from assistant.core.swedish.cues import load_cues
from assistant.index.lexical import is_stopword, same_stem, stem, words

_KIND_WORDS = 2  # "Bolag", "Politiska partier", "A Sami village"
_LISTED_WORDS = 6  # "Stiftelser, bolag och politiska partier"
_JOINING = frozenset({"och", "eller", "samt", "and", "or"})
_NEGATION_WITHIN = 3  # "kan inte", "är ingen", "kan därför inte"
_ARTICLES = frozenset({"en", "ett", "a", "an"})
_ALIAS = re.compile(r"\(([^()]{2,40})\)")
# The rule's own clause ends where another begins: "…, men en sameförening … kan det",
# "…, inte heller ett bolag som ägs av en förening" (one more kind, with its condition).
# A coordinated clause of its own too ("… kan vara part, och det är inte ett krav …",
# "… kan vara part men kan inte använda …"); "och kan därför inte" shares the subject.
_CLAUSE_END = re.compile(
    r",\s*(?:men|but|och|and|inte heller|inte ens|not even|nor)\b|\s(?:men|but)\s|;|:"
)


@cache
def _spec() -> dict[str, frozenset[str]]:
    raw = load_cues("criteria_words.yaml")["party"]
    return {key: frozenset(str(w).lower() for w in values) for key, values in raw.items()}


def excluded_kinds(rule: str) -> list[tuple[str, ...]]:
    """The kinds of organisation the rule says cannot be a party, each as its stems
    ("sameby",), ("sami", "village"); with a name in brackets beside it, that too."""
    spec = _spec()
    out: list[tuple[str, ...]] = []
    for sentence in re.split(r"(?<=[.!?])\s+", rule):
        own = _CLAUSE_END.split(sentence)[0]
        alias = _ALIAS.search(own)
        said = words(_ALIAS.sub(" ", own))
        if said and said[0] in _ARTICLES:
            said = said[1:]
        verb = next(
            (i for i, w in enumerate(said[: _LISTED_WORDS + 1]) if w in spec["verbs"]), None
        )
        if not verb:
            continue
        # "Stiftelser och bolag kan inte söka": each kind of a list on its own.
        kinds = [list(k) for k in _listed(said[:verb])]
        rest = said[verb + 1 :]
        if not kinds or any(
            not 0 < len(kind) <= _KIND_WORDS
            or any(
                is_stopword(w) or w in spec["conditions"] or w in spec["not_kinds"] for w in kind
            )
            for kind in kinds
        ):
            continue
        # "kan inte", "är ingen", "cannot"; or a later verb of the kind's clause ("En
        # sameby är en ekonomisk förening … och kan därför inte själv vara part").
        verbs = [i for i, w in enumerate(said) if i >= verb and w in spec["verbs"]]
        if not any(set(said[i : i + _NEGATION_WITHIN + 1]) & negation_words() for i in verbs):
            continue
        # "kan inte ansöka om IOP" applies for something; "… om de inte är registrerade"
        # holds for some only.
        conditioned = [
            w
            for i, w in enumerate(said)
            if w in spec["conditions"] and not (w == "om" and i and said[i - 1] in spec["applying"])
        ]
        if conditioned:
            continue  # "Föreningar kan inte vara part om de …" holds for some only
        predicate = " ".join(rest)
        said_of = (*spec["predicate"], *spec["applying"])
        if not any(re.search(rf"\b{re.escape(p)}\b", predicate) for p in said_of):
            continue
        out.extend(tuple(stem(w) for w in kind) for kind in kinds)
        if alias:
            out.append(tuple(stem(w) for w in words(alias.group(1))))
    return out


def _listed(said: list[str]) -> list[tuple[str, ...]]:
    """The kinds of a list ("stiftelser och bolag", "bolag, stiftelser eller partier")."""
    kinds: list[tuple[str, ...]] = [()]
    for word in said:
        if word in _JOINING:
            kinds.append(())
        else:
            kinds[-1] = (*kinds[-1], word)
    return kinds


def _names_itself(clause: str, kind: tuple[str, ...]) -> bool:
    """The clause names its own organisation as ``kind``: after "vår", "our", or "vi
    är (en)"."""
    spec = _spec()
    identity = {municipalities.fold(p) for p in spec["identity"]}  # "styrelsen for"
    said = words(clause)
    stems = [stem(w) for w in said]
    n = len(kind)
    for i in range(len(stems) - n + 1):
        if not all(same_stem(a, b) for a, b in zip(stems[i : i + n], kind, strict=True)):
            continue
        before = said[max(0, i - 4) : i]
        if set(before) & negation_words():
            continue  # "vi är inget bolag"
        # "vår sameby", "vi är ett bolag", "we are a company"; one word may describe it
        # ("vår lilla sameby", "vi är ett litet bolag").
        for lead in (before, before[:-1]):
            if lead[-1:] and lead[-1] in spec["own"]:
                return True
            joined = (municipalities.fold(" ".join(lead[-k:])) for k in (2, 3) if len(lead) >= k)
            if any(phrase in identity for phrase in joined):
                return True
    return False


def judge_party(rule: str, description: str) -> tuple[bool, str] | None:
    """(False, the clause) when the description's own organisation is of a kind the rule
    says cannot be a party; None when it does not say."""
    kinds = excluded_kinds(rule)
    if not kinds:
        return None
    for clause in clauses(description):
        if any(_names_itself(clause, kind) for kind in kinds):
            return False, clause
    return None
