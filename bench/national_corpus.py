"""A synthetic national corpus: every kommun and region, with questions whose answers are known.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/national_corpus.py OUT_DIR [--target-chunks 50000]
        [--seed 0] [--oos-every 3]

Writes ``OUT_DIR/corpus/<slug>/…`` (guideline PDFs, decision DOCX files, web pages in
HTML, board minutes as PDF) for the 290 kommuner and 21 regions of
``assistant.core.municipalities``, ``OUT_DIR/questions.jsonl`` in the ``iop eval`` format and
``OUT_DIR/manifest.json`` (what was written, per organisation, with the expected facts).

- **Deterministic.** Each organisation's documents depend only on ``(seed, slug)``; the
  organisations come in one seeded order and ``--target-chunks N`` stops after the first
  ones whose estimated chunk count reaches N. A smaller corpus is therefore exactly a
  subset of a bigger one with the same seed (``bench/scale.py`` relies on that). The
  full national corpus (310 organisations: Gotland is kommun and region at once) is
  4,619 documents and 49,643 chunks at the default chunk size (seed 0).
- **Varied.** Every section has several phrasings (``bench/lib/national/phrasing.yaml``),
  sections come in random order and some are optional; criteria, partnerships, contacts,
  committee names, dates and the amount of surrounding text differ per organisation.
  Larger bodies publish more.
- **Obviously fake contact details.** ``fornamn.efternamn@<slug>.example.se`` and phone
  numbers from PTS's ranges for fiction: 070-174 06 00…99 and 08-465 004 00…99.
- **Questions with known answers** per organisation: its criteria, whom to contact, its
  ongoing partnerships, now and then an idea to judge (known verdict) and, every
  ``--oos-every`` organisations, a question the documents do not answer (must abstain).
  A third of the questions leave ``municipality`` empty so the name must be found in the
  question. Scored with ``assistant.staff.evaluation`` exactly like ``iop eval``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder would come first on sys.path and bench/ingest.py would
# shadow the project's ``ingest`` package: put the project root (and tests/) first.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402

from bench.lib.national.corpus import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write corpus/, questions.jsonl into")
    parser.add_argument("--target-chunks", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--oos-every", type=int, default=3, help="an out-of-scope question per N")
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.target_chunks, args.seed, args.oos_every)
    print(
        f"{manifest['organisations']} organisations, {manifest['documents']} documents, "
        f"~{manifest['estimated_chunks']} chunks (estimated), {manifest['questions']} questions "
        f"in {manifest['seconds']} s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
