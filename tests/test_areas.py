"""A rule naming the areas partnerships are entered in, and ideas in or outside them."""

from __future__ import annotations

from builders import make_chunk

from assistant.answers.eligibility.areas import areas_of, judge_area
from assistant.answers.eligibility.criteria import Criterion
from assistant.answers.eligibility.judge import assess

_AREAS = (
    "Idén ska bidra till minst ett av kommunens tre prioriterade områden för 2025–2028: "
    "ofrivillig ensamhet bland äldre, fysisk aktivitet för barn och unga, samt språk och "
    "gemenskap för nyanlända."
)
_ONE_AREA = (
    "Just nu prövas IOP för samverkan inom området ofrivillig ensamhet för målgrupp 65 år "
    "och äldre i Malmö."
)


def test_the_areas_of_a_rule_each_with_its_words_and_whom_it_is_for() -> None:
    areas = areas_of(_AREAS)
    assert len(areas) == 3
    loneliness, activity, language = areas
    assert "ensam" in loneliness[0] and loneliness[1] == {"elderly"}
    assert activity[1] == {"children", "young"}
    assert "språk" in language[0]
    # Neither a preposition, a group nor a name is an area's word.
    assert not {"bland", "äldr", "malmö"} & set().union(*(w for w, _, _ in areas_of(_ONE_AREA)))
    # An area that names no need and no group is no area of partnerships.
    assert areas_of("Verksamheten ska bedrivas inom kommunens geografiska område.") == ()
    assert areas_of("Partnerskapet bygger på ett gemensamt behov.") == ()
    # An area the rule only mentions in passing is no list of areas partnerships are in.
    passing = (
        "Det gäller inte stöd till närstående inom ett område där regionen har ansvar, till "
        "exempel demens eller psykisk ohälsa."
    )
    assert areas_of(passing) == ()
    # A label naming the criterion ("Fokusområde – …") is not where its list starts.
    labelled = (
        "Fokusområde – Verksamheten ska bidra till minst ett av kommunens tre fokusområden "
        "2025–2027: psykisk hälsa bland unga, trygghet i bostadsområden."
    )
    assert [sorted(w) for w, _, _ in areas_of(labelled)] == [["häls"], ["trygg"]]


def test_an_idea_in_an_area_by_its_words_and_its_group() -> None:
    met = judge_area(_AREAS, "Vi vill starta ett språkcafé för nyanlända kvinnor varje vecka.")
    assert met == (True, "Vi vill starta ett språkcafé för nyanlända kvinnor varje vecka.")
    lonely = judge_area(_ONE_AREA, "We want to visit lonely people over 65 at home.")
    assert lonely is not None and lonely[0]
    # The words of an area for children do not place an idea for the elderly in it.
    assert judge_area(_AREAS, "Vi vill ordna fysisk aktivitet för äldre.") == (False, "")
    assert judge_area(_AREAS, "Vi vill ordna fotokvällar om bygdens historia.") == (False, "")
    assert judge_area("Organisationen ska vara registrerad.", "Vi vill ordna fotokvällar.") is None


def test_an_area_is_met_by_its_head_word_or_its_group() -> None:
    groups = (
        "Verksamheten ska vända sig till kommunens prioriterade målgrupper: barn och unga, "
        "äldre samt personer med funktionsnedsättning."
    )
    # An area that is a group is met by an idea for that group.
    assert judge_area(groups, "Vi vill ordna träffar för äldre i byn.") == (
        True,
        "Vi vill ordna träffar för äldre i byn.",
    )
    # "funk" of "funkar" is no "funktionsnedsättning"; "personer" is no area's word.
    fika = judge_area(groups, "Vi vill ha ett fik där personer kan träffas. Funkar det?")
    assert fika == (False, "")
    # A modifier alone is not the area: "ofrivilligt arbetslösa" is no "ofrivillig ensamhet".
    assert judge_area(_AREAS, "Vi vill hjälpa ofrivilligt arbetslösa.") == (False, "")


def _criterion(text: str, principle: str | None) -> Criterion:
    chunk = make_chunk("mariestad/policy.pdf", text)
    return Criterion(text, text, chunk, principle, (), frozenset())


def test_an_idea_in_none_of_the_areas_is_not_likely_eligible() -> None:
    rules = [_criterion(_AREAS, "shared_need")]
    base = (
        "Vi är en ideell förening sedan 1946, registrerad i föreningsregistret. Vi vill ordna "
        "{what} en kväll i månaden i tre år, och vi står för lokal och vårt arbete."
    )
    outside = assess(rules, base.format(what="fotokvällar om bygdens historia för alla"))
    assert outside.label == "unclear"
    [area] = [j for j in outside.judgements if j.criterion is rules[0]]
    assert area.status == "unknown"
    inside = assess(rules, base.format(what="träffar mot ofrivillig ensamhet för äldre"))
    [area] = [j for j in inside.judgements if j.criterion is rules[0]]
    assert area.status == "met"
