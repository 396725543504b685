"""How politely and where to fetch: ``FetchOptions``, built once from settings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.core.settings import Settings
from ingest.fetch.sources import SOURCES_FILE
from ingest.fetch.state import state_path


@dataclass(frozen=True)
class FetchOptions:
    user_agent: str
    delay_s: float  # pause between two requests to one host
    timeout_s: float  # connect / read / write timeout of one request
    max_attachments: int  # per listed page
    max_bytes: int  # a larger download is refused
    deadline_s: float  # one request, from sending it to its body's last byte, at most
    allow_hosts: frozenset[str]  # may be fetched although internal (IOP_FETCH_ALLOW_HOSTS)
    sources_path: Path
    state_path: Path


def fetch_options(settings: Settings) -> FetchOptions:
    """The fetch options from settings (``fetch_*`` fields and ``max_file_size_mb``)."""
    return FetchOptions(
        user_agent=settings.fetch_user_agent,
        delay_s=settings.fetch_delay_s,
        timeout_s=settings.fetch_timeout_s,
        max_attachments=settings.fetch_max_attachments,
        max_bytes=settings.max_file_size_bytes,
        deadline_s=settings.fetch_deadline_s,
        allow_hosts=settings.fetch_allow_hosts,
        sources_path=settings.corpus_dir / SOURCES_FILE,
        state_path=state_path(settings),
    )
