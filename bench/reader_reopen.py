"""Reader reopen loop: does following other writers leak files or memory?

    HF_HUB_OFFLINE=1 .venv/bin/python bench/reader_reopen.py --cycles 240 [--no-reopen]

One long-lived ``IndexReader`` (as the app holds) and, per cycle, one changed document
and one ``Indexer.run`` (hash embedder); the reader's ``refresh`` then reopens its own
chromadb System (``assistant/vectorstore.py``). Prints resident memory and open file
descriptors every ``--every`` cycles. ``--no-reopen`` measures the same loop with the
reader sharing the writer's System, the behaviour before reopening existed.
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
import tempfile  # noqa: E402
import time  # noqa: E402

from conftest import make_settings  # noqa: E402

from assistant.index import vectorstore  # noqa: E402
from assistant.index.embeddings import make_embeddings  # noqa: E402
from assistant.index.reader import IndexReader  # noqa: E402
from assistant.index.vectorstore import VectorIndex  # noqa: E402
from ingest.pipeline import Indexer  # noqa: E402


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
    parser.add_argument("--no-reopen", action="store_true")
    args = parser.parse_args()

    if args.no_reopen:
        # The reader shares the writer's System (it then sees in-process writes only).
        vectorstore._private_client = lambda s: (vectorstore._client(s), None)
        VectorIndex.reopen = lambda self: None  # type: ignore[method-assign]
    root = Path(tempfile.mkdtemp(prefix="iop-reopen-"))
    folder = root / "corpus" / "lund"
    folder.mkdir(parents=True)
    for i in range(args.docs):
        (folder / f"doc{i}.txt").write_text(f"Lunds kommun, IOP, dokument {i}. " * 40, "utf-8")
    settings = make_settings(root)
    Indexer(settings).run()
    reader = IndexReader(settings, make_embeddings("hash"))
    started = time.perf_counter()
    print("cycle  rss_mb  open_fds  seconds")
    for n in range(args.cycles + 1):
        text = f"Lunds kommun, IOP, ändrad {n}. " * 40
        (folder / f"doc{n % args.docs}.txt").write_text(text, "utf-8")
        Indexer(settings).run()
        reader.refresh()
        changed = f"lund/doc{n % args.docs}.txt"
        dense = reader.vectors.search(f"Lunds kommun, IOP, ändrad {n}.", args.docs * 2)
        found = {reader.chunks[h.chunk_id].source for h in dense if h.chunk_id in reader.chunks}
        assert changed in found, "the vector side misses the changed document"
        if n % args.every == 0:
            elapsed = time.perf_counter() - started
            print(f"{n:5d}  {rss_mb():6.0f}  {open_files():8d}  {elapsed:7.1f}", flush=True)


if __name__ == "__main__":
    main()
