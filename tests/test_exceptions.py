"""A rule's own exception keeps its numbers from breaking an idea it may cover."""

from __future__ import annotations

from builders import make_chunk

from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.exceptions import exception_covers
from assistant.answers.eligibility.judge import assess

_REACH = (
    "Verksamheten når invånare i minst fyra av länets 13 kommuner. Det gäller inte "
    "verksamhet som ger stöd till patienter och närstående inom ett område där regionen har "
    "ansvar, till exempel cancer, stroke eller demens."
)


def _status(description: str) -> str:
    rule = Criterion(_REACH, _REACH, make_chunk("region/iop.html", _REACH), None, (), frozenset())
    [judged] = [j for j in assess([rule], description).judgements if j.criterion is rule]
    return judged.status


def test_an_idea_the_exception_may_cover_is_not_broken_by_the_number() -> None:
    carers = "Vi vill starta samtalsgrupper för närstående till personer med demens i Linköping."
    assert exception_covers(_REACH, carers)
    assert _status(carers + " Det blir i Linköping och Norrköping.") == "unknown"


def test_an_idea_outside_the_exception_is_still_broken() -> None:
    climbing = "Vi vill ha klätterkvällar för unga i Linköping och Norrköping."
    # "verksamhet" is the rule's own word, no sign of the exception.
    assert not exception_covers(_REACH, climbing + " Verksamheten är gratis.")
    assert _status(climbing) == "not_met"
    assert not exception_covers("Verksamheten når minst fyra kommuner.", "stöd till närstående")
    # Words every text uses say nothing of what the exception covers.
    for said in ("Vi har klätterkvällar, till exempel bouldering.", "Vi tar ansvar för lokalen."):
        assert not exception_covers(_REACH, said)
