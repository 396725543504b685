"""Dates and validity: answer from the decision in force, and say how old a source is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import live_catalog, make_settings

from assistant.answers.freshness import stale_documents
from assistant.api import Assistant
from ingest.pipeline import Indexer

TODAY = date(2026, 11, 23)

OLD = """# Överenskommelse om IOP med Stödcentrum Uddevalla 2022–2024

Diarienummer: SN 2021/0312

Socialnämnden i Uddevalla kommun beslutade den 15 december 2021, § 47, att ingå ett
idéburet offentligt partnerskap med föreningen Stödcentrum Uddevalla om stöd till brottsutsatta.

Överenskommelsen gäller för perioden 2022-01-01 – 2024-12-31.
"""

NEW = """# Förnyad överenskommelse om IOP med Stödcentrum Uddevalla

Dnr KS 2024/123

Socialnämnden i Uddevalla kommun beslutade den 17 april 2024, § 31, att förnya det idéburna
offentliga partnerskapet med föreningen Stödcentrum Uddevalla om stöd till brottsutsatta.

Överenskommelsen gäller för perioden 2025-01-01 – 2027-12-31.
"""

OLD_PAGE = """# Föreningsbidrag i Uddevalla

Uppdaterad: 2019-03-04

Föreningar i Uddevalla kan söka föreningsbidrag till lokalhyra för sina möteslokaler.
"""

UNDATED = """# Seniorträffar i Uddevalla

Uddevalla kommun samarbetar med pensionärsföreningar om seniorträffar i kommunens träffpunkter.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("dates")
    folder = root / "corpus" / "uddevalla"
    folder.mkdir(parents=True)
    for name, text in {
        "iop-stodcentrum-2022.md": OLD,
        "iop-stodcentrum-2025.md": NEW,
        "foreningsbidrag.md": OLD_PAGE,
        "seniortraffar.md": UNDATED,
    }.items():
        (folder / name).write_text(text, "utf-8")
    settings = make_settings(root)
    assert Indexer(settings).run().ok
    return Assistant(settings, clock=lambda: TODAY)


def _sources(answer) -> list[str]:  # type: ignore[no-untyped-def]
    return [Path(c.source).name for c in answer.citations]


def test_agreement_in_force_is_preferred(assistant: Assistant) -> None:
    answer = assistant.answer("Gäller avtalet med Stödcentrum Uddevalla fortfarande?")
    assert _sources(answer)[0] == "iop-stodcentrum-2025.md"
    assert "från 2025-01-01 till 2027-12-31" in answer.answer
    assert "fortfarande i dag (23 november 2026)" in answer.answer


def test_expired_agreement_is_labelled_as_history(assistant: Assistant) -> None:
    answer = assistant.answer(
        "Vilken period gällde överenskommelsen med Stödcentrum Uddevalla 2022–2024?"
    )
    assert "iop-stodcentrum-2022.md" in _sources(answer)
    n = _sources(answer).index("iop-stodcentrum-2022.md") + 1
    assert (
        f"källa [{n}] gäller ett avtal för perioden från 1 januari 2022 till 31 december 2024"
        in (answer.answer)
    )
    assert "historik" in answer.answer


def test_case_number_and_decision_date(assistant: Assistant) -> None:
    answer = assistant.answer(
        "Vilket diarienummer har den förnyade överenskommelsen med Stödcentrum?"
    )
    assert "KS 2024/123" in answer.answer
    decided = assistant.answer("När beslutades den förnyade överenskommelsen med Stödcentrum?")
    assert "2024-04-17" in decided.answer and "17 april 2024" in decided.answer


def test_old_source_gets_one_plain_warning(assistant: Assistant) -> None:
    answer = assistant.answer("Kan föreningar i Uddevalla söka föreningsbidrag till lokalhyra?")
    assert _sources(answer)[0] == "foreningsbidrag.md"
    assert answer.citations[0].date == "2019-03-04"
    assert answer.answer.count("Obs:") == 1
    assert "2019-03-04, mer än 3 år sedan" in answer.answer


def test_undated_source_has_no_date_and_no_warning(assistant: Assistant) -> None:
    answer = assistant.answer("Vilka samarbetar om seniorträffar i Uddevalla?")
    assert _sources(answer)[0] == "seniortraffar.md"
    assert answer.citations[0].date is None
    assert "Obs:" not in answer.answer


def test_staff_list_of_what_to_refresh(assistant: Assistant) -> None:
    documents = live_catalog(assistant.settings).documents()
    stale = {Path(s.source).name for s in stale_documents(documents, TODAY, 3)}
    assert stale == {"iop-stodcentrum-2022.md", "foreningsbidrag.md"}


def test_setting_changes_the_age_limit(tmp_path: Path, assistant: Assistant) -> None:
    documents = live_catalog(assistant.settings).documents()
    stale = {Path(s.source).name for s in stale_documents(documents, TODAY, 10)}
    assert stale == {"iop-stodcentrum-2022.md"}  # expired, whatever its age
