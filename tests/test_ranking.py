"""Ranking evidence sentences (answers/ranking.py): relative fusion of word coverage and
meaning, and the bonus for a sentence that holds the kind of answer asked for. The
reader's embeddings are placed by hand, so each score can be worked out on paper."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from builders import make_chunk

from assistant.answers.answer_types import expected_types, holds
from assistant.answers.general import (
    each_part,
    first_holding,
    in_context,
    list_around,
    pick_evidence,
    said_in,
)
from assistant.answers.ranking import (
    _W_AROUND,
    _W_DENSE,
    _W_PASSAGE,
    _W_TYPE,
    Evidence,
    cosine,
    rank,
)
from assistant.answers.terms import Query, build_query
from assistant.index.lexical import Analyzer
from assistant.index.reader import Passage

_QUESTION = "fråga"


class _Placed:
    """Embeddings on a plane: the question at (1, 0), each sentence at the cosine given."""

    def __init__(self, cosines: dict[str, float]) -> None:
        self.cosines = cosines

    def passage_vectors(self, texts: Sequence[str]) -> list[list[float]]:
        return [[self.cosines[t], math.sqrt(1 - self.cosines[t] ** 2)] for t in texts]

    def query_vector(self, text: str) -> list[float]:
        assert text == _QUESTION
        return [1.0, 0.0]


def _rank(
    cosines: dict[str, float],
    floor: float,
    expected: frozenset[str] = frozenset(),
    query: Query | None = None,
) -> list[Evidence]:
    chunk = make_chunk("koping/iop.txt", "\n\n".join(cosines))
    return rank(
        _Placed(cosines),  # type: ignore[arg-type]
        [Passage(chunk, score=1.0)],
        query or Query(()),
        _QUESTION,
        Analyzer(),
        floor,
        expected,
    )


def test_cosine() -> None:
    assert cosine([1.0, 0.0], [0.0, 2.0]) == 0.0
    assert cosine([1.0, 1.0], [2.0, 2.0]) == pytest.approx(1.0)
    assert cosine([0.0, 0.0], [1.0, 0.0]) == 0.0


def test_meaning_counts_from_the_floor_up_relative_to_the_best() -> None:
    best, middle, low = (
        "Partnerskapet gäller i tre år från start.",
        "Föreningen redovisar verksamheten varje år.",
        "Kommunens växel är öppen på vardagar.",
    )
    ranked = _rank({best: 0.90, middle: 0.80, low: 0.50}, floor=0.60)
    scores = {e.text: e.score for e in ranked}
    assert [e.text for e in ranked] == [best, middle, low]
    # Min-max between the floor and the best: 1, 2/3, and 0 below the floor (not negative).
    assert scores[best] == pytest.approx(_W_DENSE + _W_PASSAGE)
    assert scores[middle] == pytest.approx(_W_DENSE * (0.2 / 0.3) + _W_PASSAGE)
    assert scores[low] == pytest.approx(_W_PASSAGE)
    assert ranked[0].dense == pytest.approx(0.90)


def test_the_same_gap_counts_alike_whatever_the_raw_level() -> None:
    # Raw cosines crowd together; what counts is the place between floor and best.
    high = _rank({"Mening ett om saken.": 0.95, "Mening två om saken.": 0.90}, floor=0.85)
    low = _rank({"Mening ett om saken.": 0.45, "Mening två om saken.": 0.40}, floor=0.35)
    assert [e.score for e in high] == pytest.approx([e.score for e in low])


def test_a_sentence_holding_the_asked_kind_of_answer_is_lifted() -> None:
    closer = "Partnerskapet följs upp av båda parter tillsammans."
    duration = "Överenskommelsen gäller i tre år."
    cosines = {closer: 0.90, duration: 0.85}
    assert [e.text for e in _rank(cosines, floor=0.5)] == [closer, duration]
    lifted = _rank(cosines, floor=0.5, expected=frozenset({"duration"}))
    assert [e.text for e in lifted] == [duration, closer]
    plain = {e.text: e.score for e in _rank(cosines, floor=0.5)}
    assert lifted[0].score == pytest.approx(plain[duration] + _W_TYPE)


def test_a_bare_contact_line_is_evidence_only_for_whom_to_contact() -> None:
    bare = "anna.ek@koping.se Funktionsbrevlåda: iop@koping.se"
    step = "Skicka en idéskiss till iop@koping.se."
    cosines = {bare: 0.9, step: 0.8}
    assert [e.text for e in _rank(cosines, floor=0.5)] == [step]
    asked = _rank(cosines, floor=0.5, expected=frozenset({"person"}))
    assert [e.text for e in asked] == [bare, step]


def test_word_coverage_is_relative_to_the_best_covered_sentence() -> None:
    registered = "Föreningen ska vara registrerad i registret."
    other = "Föreningen ska ha stadgar och en styrelse."
    query = build_query("registrerad stadgar", None, frozenset())
    ranked = _rank({registered: 0.8, other: 0.8}, floor=0.8, query=query)
    # Same meaning (below nothing: top equals floor), same coverage: a tie on words alone.
    assert ranked[0].lexical == pytest.approx(ranked[1].lexical)
    query = build_query("registrerad", None, frozenset())
    ranked = _rank({registered: 0.8, other: 0.8}, floor=0.8, query=query)
    # The other sentence covers the word only through the passage it stands in.
    assert ranked[0].text == registered and ranked[1].lexical == pytest.approx(_W_AROUND)


def test_a_sentence_in_a_passage_about_the_asked_thing_outranks_its_twin_elsewhere() -> None:
    said = "Kommunen bidrar med pengar varje år."
    twin = "Kommunen bidrar med pengar varje månad."
    about = make_chunk("koping/nyhet.txt", f"Träffpunkt Bruksgården öppnar.\n\n{said}")
    other = make_chunk("koping/policy.txt", f"Om stöd till föreningar i kommunen.\n\n{twin}")
    query = build_query("Bruksgården bidrar", None, frozenset())
    cosines = {
        "Träffpunkt Bruksgården öppnar.": 0.7,
        "Om stöd till föreningar i kommunen.": 0.7,
        said: 0.8,
        twin: 0.8,
    }
    ranked = rank(
        _Placed(cosines),  # type: ignore[arg-type]
        [Passage(other, score=1.0), Passage(about, score=1.0)],
        query,
        _QUESTION,
        Analyzer(),
        0.5,
    )
    assert [e.text for e in ranked if e.text in (said, twin)] == [said, twin]


def test_a_clause_left_open_above_a_list_is_its_lead_in_not_a_sentence_to_quote() -> None:
    chunk = make_chunk(
        "nybro/avtal.txt",
        "Kommunen åtar sig att\n\n- betala ut bidraget kvartalsvis i förskott,\n"
        "- utse en kontaktperson på förvaltningen.",
    )
    items = [
        "- betala ut bidraget kvartalsvis i förskott,",
        "- utse en kontaktperson på förvaltningen.",
    ]
    # Embedded with its lead-in as context; the open clause alone would be a unit of its own.
    cosines = {"Kommunen åtar sig att": 0.9} | {f"Kommunen åtar sig att: {i}": 0.8 for i in items}
    ranked = rank(
        _Placed(cosines),  # type: ignore[arg-type]
        [Passage(chunk, score=1.0)],
        Query(()),
        _QUESTION,
        Analyzer(),
        0.5,
    )
    assert [e.text for e in ranked] == items
    assert {e.context for e in ranked} == {"Kommunen åtar sig att"}


# --- picking the answer's sentences (answers/general.py) --------------------------------


def _evidence(scored: dict[str, float]) -> list[Evidence]:
    chunk = make_chunk("pitea/nyhet.txt", "\n\n".join(scored))
    return [
        Evidence(text, chunk, "", 0.0, 0.0, 1.0, score, position)
        for position, (text, score) in enumerate(scored.items())
    ]


def test_a_second_part_of_the_question_gets_its_own_sentence() -> None:
    what = "Kommunen och föreningen startar ett digitalt café för seniorer."
    where = "Caféet håller öppet på biblioteket varje tisdag."
    until = "Partnerskapet pågår till och med den 31 december 2026."
    ranked = _evidence({what: 1.0, where: 0.6, until: 0.4})
    assert [e.text for e in pick_evidence(ranked, 2)] == [what]
    picked = pick_evidence(ranked, 2, frozenset({"duration"}))
    assert [e.text for e in picked] == [what, until]


def test_the_next_sentence_going_on_about_the_pick_s_thing_joins_it() -> None:
    report = "Organisationen lämnar en årlig redovisning senast den 31 mars."
    content = "Redovisningen ska innehålla en verksamhetsberättelse och en budget."
    other = "Parterna träffas två gånger per år."
    # The next sentence scores far below the pick, but it says what "en redovisning" holds.
    ranked = _evidence({report: 1.0, content: 0.1, other: 0.1})
    assert [e.text for e in in_context(ranked[:1], ranked)] == [f"{report} {content}"]
    ranked = _evidence({report: 1.0, other: 0.1})
    assert [e.text for e in in_context(ranked[:1], ranked)] == [report]
    # A noun the sentence names definite already brings nothing in.
    sent = "Skicka idéskissen till kommunen."
    town = "Kommunen har inga pengar kvar i år."
    ranked = _evidence({sent: 1.0, town: 0.1})
    assert [e.text for e in in_context(ranked[:1], ranked)] == [sent]


def test_a_sentence_the_last_answer_said_or_retold_is_said() -> None:
    sentence = "Idéskisser som kommer in före den 30 april kan starta vid årsskiftet."
    retold = "Ja, om idéskissen kommer in före den 30 april kan ni starta vid årsskiftet [1]."
    assert said_in(sentence, f"Skicka in en idéskiss. {sentence} [1]", Analyzer())
    assert said_in(sentence, retold, Analyzer())
    assert not said_in(sentence, "Idéskisser tas emot hela året [1].", Analyzer())
    # Words spread over a long answer are no sentence it said.
    long = (
        "Ansökan görs med en idéskiss [1]. Beslutet fattas av socialnämnden [2]. "
        "Skicka den till kommunen [3]."
    )
    assert not said_in("Ansökan ska skickas till socialnämnden.", long, Analyzer())


def test_a_part_s_unit_that_holds_a_pick_whole_takes_its_place() -> None:
    row = "1 juni 2025 Partnerskapen startar"
    sketch = "Idéskissen ska beskriva verksamheten och en budget."
    other = "Socialnämnden avsätter 400 000 kronor per år."
    picked = _evidence({other: 1.0, sketch: 0.9})
    # The part "när kan verksamheten börja?" is answered by the row with its next line.
    [row_in_context] = _evidence({f"{row} {sketch}": 0.8})
    out = each_part(picked, [row_in_context])
    assert [e.text for e in out] == [other, f"{row} {sketch}"]
    # A part's unit that the picks already hold adds nothing.
    assert [e.text for e in each_part(out, picked[:1])] == [other, f"{row} {sketch}"]


def test_another_part_asking_for_a_date_gets_another_date_when_one_comes_close() -> None:
    deadline = "15 januari 2025 Sista dag att skicka in idéskiss."
    start = "1 juni 2025 Partnerskapen startar."
    far = "I december 2024 svarar vi på frågor."
    dates = frozenset({"date"})
    ranked = _evidence({deadline: 0.85, start: 0.8, far: 0.5})
    assert first_holding(ranked, dates) is ranked[0]
    assert first_holding(ranked, dates, given=ranked[:1]) is ranked[1]
    # A short second part scores one passage's dates close together: the next one at
    # about four fifths of the given (0.73 / 0.93) is the other fact asked for.
    decision = "17 december 2025 Nämnden beslutar om partnerskap."
    ranked = _evidence({deadline: 0.93, decision: 0.73})
    assert first_holding(ranked, dates, given=ranked[:1]) is ranked[1]
    # Far below the one given, a date is no answer to the part: the given one stands.
    ranked = _evidence({deadline: 0.85, far: 0.5})
    assert first_holding(ranked, dates, given=ranked[:1]) is ranked[0]


def test_a_question_the_documents_ask_is_not_picked() -> None:
    asked = "Hur länge gäller ett partnerskap?"
    answer = "Ett partnerskap gäller i högst fem år."
    assert [e.text for e in pick_evidence(_evidence({asked: 1.0, answer: 0.9}), 2)] == [answer]


def test_no_typed_sentence_joins_when_one_picked_holds_it_or_it_scores_too_low() -> None:
    dated = "Ansökan ska vara inne senast den 15 oktober."
    other = "Ansökan görs i e-tjänsten den 1 mars."
    near = _evidence({dated: 1.0, other: 0.5})
    assert [e.text for e in pick_evidence(near, 2, frozenset({"date"}))] == [dated]
    far = _evidence({"Kommunen välkomnar idéer.": 1.0, dated: 0.2})
    assert [e.text for e in pick_evidence(far, 2, frozenset({"date"}))] == [far[0].text]


@pytest.mark.parametrize(
    ("text", "kind", "held"),
    [
        ("Partnerskapet pågår till och med den 31 december 2026.", "duration", True),
        ("Tjejjouren – samtalsstöd för unga (2024–2026)", "duration", True),
        ("Avtalet gäller t.o.m. 2025.", "duration", True),
        ("Vi träffas varje tisdag.", "duration", False),
        ("Beslut 2023-05-22.", "duration", False),
        ("- Seniorgympa i Mörrum – tillsammans med PRO Mörrum", "parties", True),
        ("| Finansiering | Båda parter bidrar. |", "parties", False),
        ("Startsida / Uppleva och göra / Föreningar", "parties", False),
        ("Ann Rubin: ann.rubin@exempel.se, 0706-63 47 23", "parties", False),
        ("The municipality can enter into an IOP, in Swedish idéburet.", "parties", False),
        ("Över 1 000 000 kronor beslutar kommunstyrelsen.", "decider", True),
        ("Beslut fattas av den nämnd som ansvarar för området.", "decider", True),
        ("Skicka en idéskiss till iop@exempel.se.", "decider", False),
    ],
)
def test_what_a_sentence_holds(text: str, kind: str, held: bool) -> None:
    assert holds(kind, text) is held


def test_who_decides_asks_for_a_body_not_a_contact() -> None:
    assert expected_types("Vem fattar beslutet om IOP?") == {"decider"}
    assert expected_types("Who makes the decision?") == {"decider"}
    # In the past tense, and as a cleft, it asks the same.
    assert expected_types("Vem var det som fattade beslutet om IOP?") == {"decider"}
    assert expected_types("Who decided on the partnership?") == {"decider"}
    assert expected_types("Vem är det som har hand om IOP?") == {"person"}
    assert expected_types("Vem ska jag kontakta om IOP?") == {"person"}


def test_a_sentence_comparing_with_the_one_before_brings_it_along() -> None:
    limit = "Nämnden beslutar om partnerskap upp till 300 000 kronor per år."
    above = "Partnerskap som är värda mer än så beslutas av kommunstyrelsen."
    chunk = make_chunk("ronneby/iop.txt", f"{limit} {above}")
    picked = [Evidence(above, chunk, "", 0.0, 0.0, 1.0, 1.0, 1)]
    assert [e.text for e in in_context(picked, picked)] == [f"{limit} {above}"]
    # "Än så länge" (so far) compares with nothing before it.
    so_far = "Än så länge har tre föreningar fått ett partnerskap."
    chunk = make_chunk("ronneby/iop.txt", f"{limit} {so_far}")
    picked = [Evidence(so_far, chunk, "", 0.0, 0.0, 1.0, 1.0, 1)]
    assert [e.text for e in in_context(picked, picked)] == [so_far]


@pytest.mark.parametrize(
    ("question", "asks_a_date"),
    [
        ("När kan vi söka?", True),
        ("Hej! När kan vi söka?", True),
        ("Jag undrar när vi kan söka.", True),
        ("Hur gör vi och när ska det vara inne?", True),
        ("When do we hear back?", True),
        # Inside a yes-or-no question "när" joins a clause; "vad händer när" asks what.
        ("Är våra frivilliga försäkrade när vi håller i träffarna?", False),
        ("Vad händer när vi har skickat in idéskissen?", False),
    ],
)
def test_a_date_is_asked_by_when_opening_a_clause(question: str, asks_a_date: bool) -> None:
    # "När kan vi söka?" asks the day things are due: a deadline is a date asked.
    assert bool({"date", "deadline"} & expected_types(question)) is asks_a_date


def test_a_tables_rows_are_its_list_without_caption_and_column_names() -> None:
    table = (
        "| Regionens partnerskap 2026 | | |\n"
        "| Förening | Verksamhet | Bidrag per år |\n"
        "| Anhörigföreningen | Anhörigcaféer | 640 000 kronor |\n"
        "| Språkvänner | Språkcaféer | 355 000 kronor |\n"
        "| Andas Lätt | Träffar | 280 000 kronor |"
    )
    chunk = make_chunk("region/partnerskap.html", table)
    text = "| Språkvänner | Språkcaféer | 355 000 kronor |"
    row = Evidence(text, chunk, "", 0.0, 0.0, 1.0, 1.0, 3, is_table_row=True)
    items = [text for text, _ in list_around(row, 10)]
    assert items == [
        "| Anhörigföreningen | Anhörigcaféer | 640 000 kronor |",
        "| Språkvänner | Språkcaféer | 355 000 kronor |",
        "| Andas Lätt | Träffar | 280 000 kronor |",
    ]


def test_a_line_without_its_full_stop_above_a_list_leads_it_in() -> None:
    from assistant.core.swedish.sentences import leads_list, split_units

    assert leads_list(split_units("Kommunen åtar sig att\n- betala\n- följa upp"), 0)
    assert leads_list(split_units("Organisationen ska uppfylla följande krav\n- a\n- b"), 0)
    assert not leads_list(split_units("Kommunen bidrar med pengar.\n- a\n- b"), 0)


def test_a_unit_in_the_other_language_counts_less_than_one_in_the_asker_s() -> None:
    swedish = "Idéskisser tas emot två gånger per år, senast den 31 januari och den 31 augusti."
    english = "Send an idea sketch to the municipality by 31 January or by 31 August every year."
    cosines = {swedish: 0.85, english: 0.85}
    # The English passage first: only the language may put the Swedish one before it.
    passages = [
        Passage(make_chunk("kiruna/iop-in-english.html", english), score=1.0),
        Passage(make_chunk("kiruna/iop.html", swedish), score=1.0),
    ]

    def ranked(question: str) -> list[str]:
        class _Asked(_Placed):
            def query_vector(self, text: str) -> list[float]:
                return [1.0, 0.0]

        found = rank(_Asked(cosines), passages, Query(()), question, Analyzer(), 0.5)  # type: ignore[arg-type]
        return [e.text for e in found]

    assert ranked("När kan vi skicka in vår idé till kommunen?")[0] == swedish
    assert ranked("When can we send in our idea to the municipality?")[0] == english
