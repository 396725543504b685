"""A page with contacts for several kinds of support: the IOP card answers IOP."""

from __future__ import annotations

import pytest
from conftest import assistant_over

from assistant.api import Assistant

PAGE = """<!doctype html>
<html lang="sv"><head><title>Stöd till föreningar</title></head><body><main>
<h1>Stöd till föreningar</h1>
<p>Kommunen ger aktivitetsbidrag och lokalbidrag till föreningar, och kan ingå idéburet
offentligt partnerskap (IOP) med idéburna organisationer.</p>
<h2>Kontakt</h2>
<div class="contact-card"><h3>Föreningsbidrag</h3>
<p>Föreningsservice<br>Telefon 0345-180 40<br>
<a href="mailto:foreningsservice@hylte.se">foreningsservice@hylte.se</a></p></div>
<div class="contact-card"><h3>Idéburet offentligt partnerskap</h3>
<p>Maria Fransson, utvecklingsstrateg<br>Telefon 0345-180 52<br>
<a href="mailto:partnerskap@hylte.se">partnerskap@hylte.se</a></p></div>
</main></body></html>
"""


@pytest.fixture(scope="module")
def hylte(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return assistant_over(
        tmp_path_factory.mktemp("hylte"), {"hylte/hylte-stod-till-foreningar.html": PAGE}
    )


def test_the_card_under_the_iop_heading_leads_and_names_its_person(hylte: Assistant) -> None:
    answer = hylte.answer(
        "Vem ska jag prata med på Hylte kommun om ett partnerskap? Jag ringde "
        "föreningsservice förra veckan men dom sa att dom mest sysslar med bidragen."
    )
    first = answer.contacts[0]
    assert (first.name, first.phone) == ("Maria Fransson", "0345-180 52")
