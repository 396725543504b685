"""The ingest report: what a run added, changed, removed, skipped and could not read."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class FileFailure:
    path: str
    error: str  # plain reason for people
    code: str  # stable code for tests and the staff page


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[FileFailure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unsupported types, links leading out
    skip_reasons: dict[str, str] = field(default_factory=dict)  # why, by skipped path
    chunks: int = 0  # live chunks in the index after the run
    embedded: int = 0  # chunks whose embedding was computed in this run
    seconds: float = 0.0
    rebuilt: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["failed"] = [{"path": f.path, "error": f.error, "code": f.code} for f in self.failed]
        data["seconds"] = round(self.seconds, 3)
        return data
