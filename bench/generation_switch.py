"""Generation switch loop: does following new index generations leak files or memory?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/generation_switch.py --cycles 240

One long-lived ``IndexReader`` (as the app holds) and, per cycle, one changed document
and one ``Indexer.run`` (hash embedder), which writes a new generation; the reader's
``refresh`` then switches to it and closes the old one's chromadb client
(``assistant/index/reader.py``). Prints resident memory and open file descriptors every
``--every`` cycles.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402

from conftest import make_settings  # noqa: E402

from assistant.index.embeddings import make_embeddings  # noqa: E402
from assistant.index.reader import IndexReader  # noqa: E402
from ingest.pipeline import Indexer  # noqa: E402

# Distinct texts: near-identical ones make near-identical vectors, among which HNSW's
# approximate search may miss the nearest one (as chromadb does on main as well).
WORDS = [
    "förening",
    "kommun",
    "partnerskap",
    "ensamhet",
    "äldre",
    "ungdom",
    "idrott",
    "kultur",
    "stöd",
    "bidrag",
    "avtal",
    "möte",
    "lokal",
    "samverkan",
    "läxhjälp",
    "integration",
    "fritid",
    "bibliotek",
    "kör",
    "teater",
    "natur",
    "friluftsliv",
    "simning",
    "boende",
    "nyanlända",
    "familj",
    "hälsa",
    "matlagning",
    "språkcafé",
    "trädgård",
    "cykel",
    "verkstad",
]


def _text(rng: random.Random, tag: str) -> str:
    lines = [f"Lunds kommun, IOP, {tag}: {' '.join(rng.sample(WORDS, 8))}."]
    lines += [" ".join(rng.sample(WORDS, 12)) + "." for _ in range(30)]
    return "\n".join(lines)


def rss_mb() -> float:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cycles", type=int, default=240)
    parser.add_argument("--every", type=int, default=40)
    parser.add_argument("--docs", type=int, default=40)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="iop-switch-"))
    folder = root / "corpus" / "lund"
    folder.mkdir(parents=True)
    rng = random.Random(7)
    for i in range(args.docs):
        (folder / f"doc{i}.txt").write_text(_text(rng, f"dokument {i}"), "utf-8")
    settings = make_settings(root)
    Indexer(settings).run()
    reader = IndexReader(settings, make_embeddings("hash"))
    started = time.perf_counter()
    print("cycle  rss_mb  open_fds  seconds")
    for n in range(args.cycles + 1):
        text = _text(rng, f"ändrad {n}")
        (folder / f"doc{n % args.docs}.txt").write_text(text, "utf-8")
        Indexer(settings).run()
        reader.refresh()
        changed = f"lund/doc{n % args.docs}.txt"
        dense = reader.vectors.search(text.split("\n")[0], args.docs * 2)
        found = {reader.chunks[h.chunk_id].source for h in dense if h.chunk_id in reader.chunks}
        assert changed in found, "the vector side misses the changed document"
        assert reader.generation == f"gen-{n + 2:06d}", reader.generation
        if n % args.every == 0:
            elapsed = time.perf_counter() - started
            print(f"{n:5d}  {rss_mb():6.0f}  {open_files():8d}  {elapsed:7.1f}", flush=True)


if __name__ == "__main__":
    main()
