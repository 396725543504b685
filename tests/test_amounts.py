"""The project's one reader of amounts (core/swedish/amounts.py)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.core.swedish.amounts import find_amounts, numbers_before


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Bidraget är 40 000 kronor per år.", "money", Decimal(40000)),
        ("Högst 500 tkr.", "money", Decimal(500000)),
        ("Vi tar 150 spänn per person.", "money", Decimal(150)),
        ("Coffee costs SEK 10.", "money", Decimal(10)),
        ("Från hösten 2025 100 kr per termin.", "money", Decimal(100)),
        ("Minst 25 % av kostnaden.", "percent", Decimal(25)),
    ],
)
def test_an_amount_is_read_with_its_kind_and_value(text: str, kind: str, value: Decimal) -> None:
    [amount] = find_amounts(text)
    assert (amount.kind, amount.value) == (kind, value)
    assert text[amount.start : amount.end].strip()


def test_a_year_or_a_bare_number_is_no_amount() -> None:
    assert find_amounts("Beslutet togs 2025 och gäller i tre år.") == []


def test_a_coin_or_note_named_after_a_word_of_price_is_its_value() -> None:
    text = "Kaffet kostar en tia, lunchen kostar en femtiolapp och resan bara en tusenlapp."
    found = find_amounts(text)
    assert [(a.kind, int(a.value)) for a in found] == [
        ("money", 10),
        ("money", 50),
        ("money", 1000),
    ]
    assert text[found[0].start : found[0].end] == "en tia"
    # Without a word of price before it, or written as a name, it is no price.
    assert find_amounts("Vi springer en tia varje lördag.") == []
    assert find_amounts("Jag pratade med en Tia från kommunen om kaffet.") == []
    assert find_amounts("Kaffet kostar en Tia.") == []


def test_numbers_before_other_units_are_read_as_amounts_are() -> None:
    found = numbers_before("Vi lägger 1 500 timmar och 2,5 timme till.", "timmar|timme")
    assert [value for value, _, _ in found] == [Decimal(1500), Decimal("2.5")]
    assert numbers_before("Vi har 15 medlemmar.", "timmar") == []
