"""The typed outcome of one `iop fetch` run: per address, and the files no longer listed."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from ingest.report import IngestReport

Outcome = Literal["fetched", "unchanged", "failed"]


@dataclass(frozen=True)
class FetchResult:
    """What happened to one address (a listed page or an attachment) in this run."""

    url: str  # as listed, or as linked from the page
    outcome: Outcome
    path: str | None = None  # stored file, relative to the corpus folder
    final_url: str | None = None  # after redirects; the stored file's source_url
    found_on: str | None = None  # the listed page an attachment was linked from
    http_status: int | None = None
    error: str | None = None  # plain words, for people

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Unlisted:
    """A stored file whose address is no longer listed (or no longer linked)."""

    url: str
    path: str
    fetched_at: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class FetchReport:
    results: list[FetchResult] = field(default_factory=list)
    no_longer_listed: list[Unlisted] = field(default_factory=list)
    ingest: IngestReport | None = None
    ingest_error: str | None = None

    def count(self, outcome: Outcome) -> int:
        return sum(r.outcome == outcome for r in self.results)

    @property
    def failed(self) -> list[FetchResult]:
        return [r for r in self.results if r.outcome == "failed"]

    @property
    def ok(self) -> bool:
        """Every address fetched or unchanged, and the ingest ran without failures."""
        return not self.failed and self.ingest is not None and self.ingest.ok

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "fetched": self.count("fetched"),
            "unchanged": self.count("unchanged"),
            "failed": [{"url": r.url, "error": r.error or ""} for r in self.failed],
            "no_longer_listed": [u.to_json() for u in self.no_longer_listed],
            "documents": [r.to_json() for r in self.results],
            "ingest": self.ingest.to_json() if self.ingest is not None else None,
        }
        if self.ingest_error:
            data["ingest_error"] = self.ingest_error
        return data
