"""`iop ingest`: run the incremental ingest and print its report."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from assistant.core.settings import Settings
from assistant.index.catalog import CatalogDamagedError
from assistant.index.generations import NotEnoughDiskError
from ingest.pipeline import Indexer, IngestBusyError, ingest_lock
from ingest.report import IngestReport


def run_ingest(settings: Settings, rebuild: bool, as_json: bool) -> int:
    """Exit code: 0 every file went in, 1 some failed, 2 configuration error, another
    ingest running, or too little disk for a new index generation (the live one stays)."""
    err = Console(stderr=True, soft_wrap=True)  # whole lines in logs, paths unbroken
    if not settings.corpus_dir.is_dir():
        err.print(f"[red]Corpus folder not found:[/red] {settings.corpus_dir} (IOP_CORPUS_DIR)")
        return 2
    indexer = Indexer(settings)
    try:
        try:
            report = _run(indexer, rebuild, as_json, err)
        except CatalogDamagedError as exc:
            if not rebuild:
                raise  # the entry point says how to get out: --rebuild
            kept = _set_aside(settings, exc.path)
            err.print(f"The damaged index catalogue was moved to {kept}; rebuilding the index.")
            report = _run(indexer, rebuild, as_json, err)
    except (IngestBusyError, NotEnoughDiskError) as exc:
        err.print(f"[red]{exc}[/red]", highlight=False)
        return 2
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print_report(report, Console())
    return 0 if report.ok else 1


def _run(indexer: Indexer, rebuild: bool, as_json: bool, err: Console) -> IngestReport:
    if sys.stderr.isatty() and not as_json:
        return _with_progress(indexer, rebuild, err)
    return indexer.run(rebuild=rebuild)


def _set_aside(settings: Settings, catalog: Path) -> Path:
    """Move a damaged catalogue (and its WAL files) aside, kept for inspection; the
    rebuild then starts a new generation. Kept in the index folder itself: the damaged
    generation's folder is removed by the run after the rebuild."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    origin = catalog.parent.name if catalog.parent != settings.index_path else "legacy"
    kept = settings.index_path / f"{catalog.name}.damaged-{origin}-{stamp}"
    with ingest_lock(settings):
        for suffix in ("", "-wal", "-shm"):
            part = Path(f"{catalog}{suffix}")
            if part.exists():
                part.replace(Path(f"{kept}{suffix}"))
    return kept


def _with_progress(indexer: Indexer, rebuild: bool, console: Console) -> IngestReport:
    columns = (
        TextColumn("[bold]Indexerar"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task("", total=None)

        def update(name: str, done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=name)

        return indexer.run(rebuild=rebuild, progress=update)


def print_report(report: IngestReport, console: Console) -> None:
    table = Table(title="Ingest", show_header=True)
    table.add_column("", style="bold")
    table.add_column("files", justify="right")
    for label, items in (
        ("added", report.added),
        ("updated", report.updated),
        ("removed", report.removed),
        ("unchanged", report.unchanged),
        ("skipped", report.skipped),
        ("failed", report.failed),
    ):
        table.add_row(label, str(len(items)))
    console.print(table)
    console.print(
        f"{report.chunks} chunks in the index; {report.embedded} embedded in this run; "
        f"{report.seconds:.1f} s" + (" (rebuilt from scratch)" if report.rebuilt else "")
    )
    for failure in report.failed:
        console.print(f"[red]failed[/red] {failure.path}: {failure.error}")
    for path in report.skipped:
        reason = report.skip_reasons.get(path, "unsupported file type")
        console.print(f"[yellow]skipped[/yellow] {path}: {reason}")
