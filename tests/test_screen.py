"""Screening at ingest: which passages speak for another municipality."""

from __future__ import annotations

import pytest

from ingest.screen import speaks_for_another
from tests.builders import make_chunk


@pytest.mark.parametrize(
    ("municipality", "text", "foreign"),
    [
        # Another municipality's rules in this folder.
        ("Ystad", "Mora kommuns kriterier: föreningen ska vara registrerad.", True),
        # Its own county's region, named as the other party of shared duties.
        (
            "Härnösand",
            "Partnerskapet får inte ersätta insatser som socialtjänsten eller Region "
            "Västernorrland ansvarar för.",
            False,
        ),
        # A region naming a kommun of its county.
        ("Region Kronoberg", "Kontakta Ljungby kommun om lokaler.", False),
        # A region of another county is another body.
        ("Härnösand", "Region Skåne ställer dessa krav på organisationen.", True),
        # Naming itself settles it.
        ("Härnösand", "Härnösands kommun och Region Skåne samarbetar.", False),
    ],
)
def test_a_passage_speaks_for_another_body_only_outside_its_own_county(
    municipality: str, text: str, foreign: bool
) -> None:
    chunk = make_chunk("x/doc.pdf", text, municipality=municipality)
    assert speaks_for_another(chunk) is foreign
