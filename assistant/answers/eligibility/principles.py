"""The national IOP principles (``data/iop_principles.yaml``) as typed records."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from assistant.core.swedish.cues import CueMatcher, load_cues


@dataclass(frozen=True)
class Principle:
    name: str
    label: str
    describe: str
    meets: tuple[str, ...]  # concepts that meet it when a description states them
    breaks: tuple[str, ...]  # concepts that break it when stated
    core: bool
    question: str  # what to ask the municipality when the description does not say
    absent_breaks: bool = True  # a denied "meets" concept breaks it
    names: tuple[str, ...] = ()  # words a criterion uses to name the principle itself
    describe_en: str = ""  # the description in English, for criteria stated in English
    # Concepts that leave it open when stated and nothing breaks it: for the
    # municipality to weigh ("en ekonomisk förening" may be idea-based or not).
    opens: tuple[str, ...] = ()
    # Its sides that are judged apart: a criterion naming one side ("öppen för alla") is
    # met or broken only by the concepts of that side ("bara för medlemmar"), not by
    # another ("hyran").
    aspects: tuple[frozenset[str], ...] = ()

    def aspect_of(self, concepts: set[str]) -> frozenset[str] | None:
        """The concepts of the sides the given concepts stand on, if any side holds one."""
        sides = [a for a in self.aspects if a & concepts]
        return frozenset().union(*sides) if sides else None


@cache
def principles() -> dict[str, Principle]:
    raw = load_cues("iop_principles.yaml")["principles"]
    return {
        name: Principle(
            name=name,
            label=spec["label"],
            describe=spec["describe"],
            meets=tuple(spec.get("meets", ())),
            breaks=tuple(spec.get("breaks", ())),
            core=bool(spec.get("core", False)),
            question=spec["question"],
            absent_breaks=bool(spec.get("absent_breaks", True)),
            names=tuple(spec.get("names", ())),
            describe_en=spec.get("describe_en", ""),
            opens=tuple(spec.get("opens", ())),
            aspects=tuple(frozenset(a) for a in spec.get("aspects", ())),
        )
        for name, spec in raw.items()
    }


@cache
def principle_of_concept(concept: str) -> str | None:
    """The principle a concept meets or breaks (None for concepts of no principle, such
    as fees or health care, which only a municipality's own criterion can rule on)."""
    for p in principles().values():
        if concept in p.meets or concept in p.breaks:
            return p.name
    return None


@cache
def _name_matchers() -> dict[str, CueMatcher]:
    return {p.name: CueMatcher(p.names, heads=True) for p in principles().values() if p.names}


def principles_named(text: str) -> list[str]:
    """The principles a text names by their own words ("initiativet ska komma från …",
    "bidrar till samhällsnyttan"), in the order of the principles."""
    return [name for name, matcher in _name_matchers().items() if matcher(text)]
