"""One `iop fetch` run: fetch the listed sources into the corpus, then ingest.

``Fetcher`` decides per address what to do with an answer — keep the stored version, store
the new one, or report a failure — and records it in the fetch state; ``WebClient`` does
the talking and ``files`` the writing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from assistant.core import municipalities
from assistant.core.settings import Settings
from ingest.errors import IngestError
from ingest.fetch.attachments import find_attachments
from ingest.fetch.files import (
    WEB_FOLDER,
    clear_staging,
    place,
    read_sidecar_values,
    remove_stored,
    sidecar_text,
    staged,
    url_filename,
    write_sidecar,
)
from ingest.fetch.http import Download, WebClient, document_suffix
from ingest.fetch.options import FetchOptions, fetch_options
from ingest.fetch.problems import FetchFailure, keeping_note, unreadable
from ingest.fetch.report import FetchReport, FetchResult, Unlisted
from ingest.fetch.sources import SourceSpec, load_sources
from ingest.fetch.state import FetchState, SourceState, fetch_lock, iso, utcnow
from ingest.metadata import municipality_from_path
from ingest.pipeline import CorpusFile, Indexer, IngestBusyError, parse_file


@dataclass(frozen=True)
class _Done:
    result: FetchResult
    html: bytes | None = None  # a page's HTML (new or stored), to look for attachments in
    page_url: str | None = None  # the address the HTML was read from
    municipality: str | None = None


class Fetcher:
    """Fetches the listed sources into the corpus and records what it did in the state."""

    def __init__(
        self,
        settings: Settings,
        options: FetchOptions,
        state: FetchState,
        web: WebClient,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.settings = settings
        self.options = options
        self.state = state
        self.web = web
        self.clock = clock
        self.corpus = settings.corpus_dir

    # -- the run --

    def run(self, sources: Sequence[SourceSpec]) -> FetchReport:
        report = FetchReport()
        listed = {spec.url for spec in sources}
        following = {spec.url for spec in sources if spec.follow_attachments}
        linked: set[str] = set()  # attachments seen on a page in this run
        read_pages: set[str] = set()  # listed pages whose links were read in this run
        try:
            for spec in sources:
                page = self.fetch_one(spec.url, spec.municipality, spec.doc_type, None)
                report.results.append(page.result)
                if not spec.follow_attachments or page.html is None:
                    continue
                read_pages.add(spec.url)
                links = find_attachments(page.html, page.page_url or spec.url)
                for link in links[: self.options.max_attachments]:
                    if link in listed or link in linked:
                        continue
                    linked.add(link)
                    done = self.fetch_one(link, page.municipality, None, spec.url)
                    report.results.append(done.result)
            report.no_longer_listed = self._unlisted(listed, following, linked, read_pages)
        finally:
            clear_staging(self.corpus)
        return report

    def _unlisted(
        self, listed: set[str], following: set[str], linked: set[str], read_pages: set[str]
    ) -> list[Unlisted]:
        out: list[Unlisted] = []
        for row in self.state.all():
            if row.url in listed:
                continue
            if row.parent_url in following and (
                row.parent_url not in read_pages or row.url in linked
            ):
                continue  # still linked, or its page could not be read: nothing is known
            stored = row.stored_path
            if stored and (self.corpus / stored).is_file():
                out.append(Unlisted(row.url, stored, row.fetched_at))
            else:
                self.state.delete(row.url)  # nothing left on disk: forget the address
        return out

    def fetch_one(
        self, url: str, municipality: str | None, doc_type: str | None, parent: str | None
    ) -> _Done:
        """Fetch one address; any failure is turned into a plain per-address error."""
        previous = self.state.get(url)
        stored = self._stored(previous)
        now = self.clock()
        try:
            return self._fetch(url, municipality, doc_type, parent, previous, stored, now)
        except FetchFailure as failure:
            error = f"{failure.message}; {keeping_note(previous, stored is not None, now)}"
            base = previous or SourceState(url=url)
            self.state.save(
                replace(
                    base,
                    parent_url=parent,
                    attempted_at=iso(now),
                    status=failure.status,
                    last_error=error,
                )
            )
            path = base.stored_path if stored is not None else None
            result = FetchResult(url, "failed", path, base.final_url, parent, failure.status, error)
            return _Done(result)

    def _stored(self, previous: SourceState | None) -> Path | None:
        if previous is None or not previous.stored_path:
            return None
        path = self.corpus / previous.stored_path
        return path if path.is_file() else None

    def _fetch(
        self,
        url: str,
        municipality: str | None,
        doc_type: str | None,
        parent: str | None,
        previous: SourceState | None,
        stored: Path | None,
        now: datetime,
    ) -> _Done:
        response = self.web.get(url, previous if stored is not None else None)
        base = previous or SourceState(url=url)
        seen = replace(
            base,
            parent_url=parent,
            etag=response.etag or (base.etag if response.status == 304 else None),
            last_modified=response.last_modified
            or (base.last_modified if response.status == 304 else None),
            checked_at=iso(now),
            attempted_at=iso(now),
            http_date=response.http_date,
            status=response.status,
            last_error=None,
        )
        sha = hashlib.sha256(response.body).hexdigest()
        unchanged = response.status == 304 or (
            stored is not None and base.sha256 == sha and base.final_url == response.url
        )
        if unchanged:
            assert stored is not None and previous is not None
            kept = self._refresh_sidecar(stored, previous, municipality, doc_type)
            self.state.save(seen)
            rel = stored.relative_to(self.corpus).as_posix()
            result = FetchResult(url, "unchanged", rel, previous.final_url, parent, response.status)
            html = stored.read_bytes() if stored.suffix == ".html" else None
            return _Done(result, html, previous.final_url or url, kept)

        suffix = document_suffix(response.content_type, response.url, response.body[:2048])
        kind = response.content_type.split(";")[0].strip() or "unknown type"
        if suffix is None:
            raise FetchFailure(
                f"not a web page, PDF or Word file ({kind}) — only those can be fetched",
                response.status,
            )
        if parent is not None and suffix == ".html":
            raise FetchFailure(
                f"the link gave a web page ({kind}), not the PDF or Word file it names — "
                "perhaps a login or error page; check the link on the page",
                response.status,
            )
        rel, named = self._store(url, response, suffix, municipality, doc_type, previous)
        self.state.save(
            replace(seen, final_url=response.url, fetched_at=iso(now), stored_path=rel, sha256=sha)
        )
        result = FetchResult(url, "fetched", rel, response.url, parent, response.status)
        html = response.body if suffix == ".html" else None
        return _Done(result, html, response.url, named)

    # -- storing --

    def _store(
        self,
        url: str,
        response: Download,
        suffix: str,
        municipality: str | None,
        doc_type: str | None,
        previous: SourceState | None,
    ) -> tuple[str, str]:
        """Stage the download, check and place it; the stored path and the municipality.

        The stored path is relative to the corpus.
        """
        try:
            with staged(self.corpus, response.body, suffix) as tmp:
                rel, named = self._place(url, response, suffix, municipality, doc_type, tmp)
        except OSError as exc:
            raise FetchFailure(
                f"could not write to the corpus folder ({exc.strerror or exc})", response.status
            ) from None
        old = previous.stored_path if previous is not None else None
        if old and old != rel:
            remove_stored(self.corpus, old)  # the same source now lives elsewhere (a redirect)
        return rel, named

    def _place(
        self,
        url: str,
        response: Download,
        suffix: str,
        municipality: str | None,
        doc_type: str | None,
        tmp: Path,
    ) -> tuple[str, str]:
        """Read the staged file with the ingest's own loader, then move it into place."""
        name = url_filename(response.url, suffix)
        probe = CorpusFile(tmp, f"{WEB_FOLDER}/{name}", len(response.body), 0, "")
        try:
            row, _chunks = parse_file(probe, self.settings)
        except IngestError as exc:
            raise FetchFailure(unreadable(suffix, exc), response.status) from None
        named = (
            municipality
            or municipalities.from_domain(urlsplit(response.url).hostname or "")
            or row.municipality
        )
        if named is None:
            raise FetchFailure(
                "could not tell which kommun or region this page belongs to — add "
                "'municipality:' to its entry in sources.yaml",
                response.status,
            )
        rel = self._free_path(url, municipalities.slug(named), name, response.url, suffix)
        title = row.title if suffix == ".html" else None
        place(tmp, self.corpus / rel, sidecar_text(response.url, named, doc_type, title))
        return rel, named

    def _free_path(self, url: str, folder: str, name: str, final_url: str, suffix: str) -> str:
        """Where to store: the readable name, unless another address already has it."""
        rel = f"{folder}/{WEB_FOLDER}/{name}"
        owner = self.state.owner_of(rel)
        if owner is None and (self.corpus / rel).exists():
            # Not in the state (a fresh state file): ours if its sidecar names this address.
            written_for = read_sidecar_values(self.corpus / rel).get("source_url")
            owner = url if written_for == final_url else "someone else"
        if owner not in (None, url):
            rel = f"{folder}/{WEB_FOLDER}/{url_filename(final_url, suffix, unique=True)}"
        return rel

    def _refresh_sidecar(
        self, stored: Path, previous: SourceState, municipality: str | None, doc_type: str | None
    ) -> str | None:
        """Bring an unchanged file's sidecar in line with sources.yaml; its municipality."""
        current = read_sidecar_values(stored)
        rel = stored.relative_to(self.corpus).as_posix()
        named = (
            municipality
            or municipalities.canonical(str(current.get("municipality") or ""))
            or municipality_from_path(rel)
        )
        title = current.get("title")
        text = sidecar_text(
            previous.final_url or previous.url,
            named,
            doc_type,
            str(title) if title and stored.suffix == ".html" else None,
        )
        try:
            write_sidecar(stored, text)
        except OSError as exc:
            raise FetchFailure(
                f"could not write to the corpus folder ({exc.strerror or exc})"
            ) from None
        return named


def fetch_sources(
    settings: Settings,
    sources: Iterable[SourceSpec],
    options: FetchOptions | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> FetchReport:
    """Fetch ``sources`` into the corpus (no ingest). Raises FetchBusyError."""
    options = options or fetch_options(settings)
    with fetch_lock(options.state_path):
        state = FetchState(options.state_path)
        try:
            started = clock()
            with WebClient(options) as web:
                report = Fetcher(settings, options, state, web, clock).run(list(sources))
            state.record_run(started, clock(), report)
        finally:
            state.close()
    return report


def fetch_and_ingest(
    settings: Settings,
    options: FetchOptions | None = None,
    clock: Callable[[], datetime] = utcnow,
    indexer: Indexer | None = None,
) -> FetchReport:
    """`iop fetch`: read sources.yaml, fetch, then the incremental ingest.

    Raises SourcesError for a bad sources file and FetchBusyError when another fetch
    runs; a busy ingest is reported in ``ingest_error``.
    """
    options = options or fetch_options(settings)
    sources = load_sources(options.sources_path)
    report = fetch_sources(settings, sources, options, clock)
    try:
        report.ingest = (indexer or Indexer(settings)).run()
    except IngestBusyError as exc:
        report.ingest_error = f"{exc}; the fetched files are indexed by the next ingest"
    return report
