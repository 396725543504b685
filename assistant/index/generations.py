"""Index generations: each build of the index has a folder of its own, and a pointer file
names the live one.

    <index_dir>/CURRENT        "gen-000007": the live generation, replaced with os.replace
    <index_dir>/gen-000007/    catalog.sqlite, chroma/ (embedded Chroma), lexical/ (BM25)
    <index_dir>/ingest.lock

A generation is written by one ingest and not changed once it is live, bar bookkeeping
that no answer reads (file stats and failure records in its catalogue). With a Chroma
server its vectors are the server's collection "<collection>-gen-000007". An index from
before generations (catalog.sqlite, chroma/ and lexical/ right in the index folder) is
read as the generation "legacy" until the first build replaces it. Writing generations
(copy, clean-up, publish) is ``ingest/generation.py``'s job; readers only call ``live``.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from shutil import disk_usage

from assistant.core.settings import Settings

POINTER = "CURRENT"
LEGACY = "legacy"
_NAME = re.compile(r"gen-(\d{6})")
_MB = 1024 * 1024
# Room beyond the estimate: SQLite and Chroma grow in steps, and the run adds documents.
_GROWTH = 1.25
_HEADROOM = 16 * _MB


class NotEnoughDiskError(RuntimeError):
    """A new generation would not fit beside the live one."""


@dataclass(frozen=True)
class Generation:
    """One build of the index: where its files are and what its vectors are called."""

    name: str  # "gen-000007", or "legacy"
    root: Path  # its folder (the index folder itself for "legacy")
    collection: str  # the Chroma collection of its vectors

    @property
    def catalog_path(self) -> Path:
        return self.root / "catalog.sqlite"

    @property
    def chroma_path(self) -> Path:
        return self.root / "chroma"

    @property
    def lexical_path(self) -> Path:
        return self.root / "lexical"

    @property
    def number(self) -> int:
        found = _NAME.fullmatch(self.name)
        return int(found.group(1)) if found else 0

    def files(self) -> list[Path]:
        """What belongs to this generation on disk, the catalogue last (it marks a legacy
        index: removed last, a half-removed one is still found and removed again)."""
        if self.name != LEGACY:
            return [self.root]
        catalog = self.catalog_path
        companions = [catalog.with_name(catalog.name + s) for s in ("-wal", "-shm", "-journal")]
        return [self.chroma_path, self.lexical_path, *companions, catalog]


def named(settings: Settings, name: str) -> Generation:
    if name == LEGACY:
        return Generation(LEGACY, settings.index_path, settings.chroma_collection)
    if not _NAME.fullmatch(name):
        raise ValueError(f"not an index generation: {name!r}")
    # Embedded, the folder keeps generations apart; a server needs one name per generation.
    collection = settings.chroma_collection
    if settings.chroma_host:
        collection = f"{collection}-{name}"
    return Generation(name, settings.index_path / name, collection)


def live(settings: Settings) -> Generation | None:
    """The generation readers use now; None before the first build."""
    try:
        name = (settings.index_path / POINTER).read_text("utf-8").strip()
    except FileNotFoundError:
        legacy = named(settings, LEGACY)
        return legacy if legacy.catalog_path.is_file() else None
    return named(settings, name)


def on_disk(settings: Settings) -> list[Generation]:
    """Every generation with files in the index folder (live, previous, half-built)."""
    root = settings.index_path
    found = [named(settings, LEGACY)] if (root / "catalog.sqlite").is_file() else []
    if root.is_dir():
        found += [named(settings, p.name) for p in sorted(root.iterdir()) if _is_generation(p)]
    return found


def _is_generation(path: Path) -> bool:
    return path.is_dir() and _NAME.fullmatch(path.name) is not None


def next_generation(settings: Settings) -> Generation:
    """A name no generation on disk has had: numbers only grow, so that a folder removed
    in this process is never reopened under the same path (chromadb caches per path)."""
    numbers = [g.number for g in on_disk(settings)]
    current = live(settings)
    if current is not None:
        numbers.append(current.number)
    return named(settings, f"gen-{max(numbers, default=0) + 1:06d}")


def remove(generation: Generation) -> None:
    for path in generation.files():
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def size_bytes(generation: Generation) -> int:
    total = 0
    for path in generation.files():
        if path.is_file():
            total += path.stat().st_size
        elif path.is_dir():
            total += sum(f.stat().st_size for f in path.rglob("*") if f.is_file())
    return total


def check_free_disk(settings: Settings, current: Generation | None) -> None:
    """Raise NotEnoughDiskError unless a new generation fits beside the live one (both
    are on disk until the switch). Estimated from the live generation's size."""
    need = int(size_bytes(current) * _GROWTH) + _HEADROOM if current else _HEADROOM
    settings.index_path.mkdir(parents=True, exist_ok=True)
    free = disk_usage(settings.index_path).free
    if free < need:
        raise NotEnoughDiskError(
            f"Not enough free disk for a new index generation: need about {_mb(need)} MB "
            f"in {settings.index_path}, {_mb(free)} MB free"
        )


def _mb(size: int) -> int:
    return max(1, round(size / _MB))


def publish(settings: Settings, generation: Generation) -> None:
    """Make ``generation`` the live one: its files on disk first, then the pointer,
    replaced in one step (a crash leaves the old pointer or the new one, never half)."""
    for path in generation.files():
        _fsync_tree(path)
    root = settings.index_path
    temporary = root / f".{POINTER}-{os.getpid()}"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(generation.name + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, root / POINTER)
    _fsync_dir(root)


def remove_stale_pointers(settings: Settings) -> None:
    """Pointer files a killed ``publish`` wrote but never moved into place."""
    for path in settings.index_path.glob(f".{POINTER}-*"):
        path.unlink(missing_ok=True)


def _fsync_tree(path: Path) -> None:
    if path.is_file():
        with open(path, "rb") as handle:
            os.fsync(handle.fileno())
        return
    if not path.is_dir():
        return
    for folder, _dirs, names in os.walk(path):
        for name in names:
            with open(Path(folder) / name, "rb") as handle:
                os.fsync(handle.fileno())
        _fsync_dir(Path(folder))


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
