"""`iop fetch`: refresh the corpus from sources.yaml, then ingest (docs/fetch.md)."""

from __future__ import annotations

import json

from rich.console import Console
from rich.markup import escape

from assistant.cli.ingest import print_report
from assistant.core.settings import Settings
from ingest.fetch.options import FetchOptions, fetch_options
from ingest.fetch.report import FetchReport
from ingest.fetch.run import fetch_and_ingest
from ingest.fetch.sources import SourcesError
from ingest.fetch.state import FetchBusyError


def run_fetch(settings: Settings, as_json: bool, options: FetchOptions | None = None) -> int:
    """Exit code: 0 every source fetched and ingested, 1 some failed, 2 usage/config error.

    ``options`` overrides the ones built from settings (tests: no delay, short timeout).
    """
    err = Console(stderr=True, soft_wrap=True)  # whole lines in logs, paths unbroken
    if not settings.corpus_dir.is_dir():
        err.print(f"[red]Corpus folder not found:[/red] {settings.corpus_dir} (IOP_CORPUS_DIR)")
        return 2
    try:
        report = fetch_and_ingest(settings, options or fetch_options(settings))
    except SourcesError as exc:
        err.print(f"[red]sources file:[/red] {escape(str(exc))}")
        return 2
    except FetchBusyError as exc:
        err.print(f"[red]{escape(str(exc))}[/red]")
        return 2
    if as_json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print_fetch_report(report, Console(soft_wrap=True))
    return 0 if report.ok else 1


def print_fetch_report(report: FetchReport, console: Console) -> None:
    for result in report.results:
        url = escape(result.url)
        via = f" (linked from {escape(result.found_on)})" if result.found_on else ""
        if result.outcome == "fetched":
            console.print(f"[green]fetched[/green]   {url}{via} → {escape(result.path or '')}")
        elif result.outcome == "unchanged":
            console.print(f"unchanged {url}{via}")
        else:
            console.print(f"[red]failed[/red]    {url}{via}: {escape(result.error or '')}")
    for item in report.no_longer_listed:
        console.print(
            f"[yellow]no longer listed[/yellow] {escape(item.path)} ({escape(item.url)}): "
            "kept and still indexed — delete the file (and its .meta.yaml) to drop it"
        )
    console.print(
        f"{report.count('fetched')} fetched, {report.count('unchanged')} unchanged, "
        f"{report.count('failed')} failed"
    )
    if report.ingest is not None:
        print_report(report.ingest, console)
    if report.ingest_error:
        console.print(f"[red]ingest not run:[/red] {escape(report.ingest_error)}")
