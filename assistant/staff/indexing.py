"""Index and fetch runs started from the staff pages and the chat's empty-index screen.

The pages draw; this module runs ``ingest`` for them, so that no page reaches into the
ingest internals. A run that finds another one busy raises ``LockBusyError``.
"""

from __future__ import annotations

from langchain_core.embeddings import Embeddings

from assistant.core.settings import Settings
from ingest.fetch.report import FetchReport
from ingest.fetch.run import fetch_and_ingest
from ingest.pipeline import Indexer, Progress
from ingest.report import IngestReport


def reindex(
    settings: Settings,
    embeddings: Embeddings | None = None,
    progress: Progress | None = None,
) -> IngestReport:
    """Bring the index in line with the corpus folder (incremental)."""
    return Indexer(settings, embeddings).run(progress=progress)


def fetch_now(settings: Settings) -> FetchReport:
    """Fetch the web sources of ``corpus/sources.yaml``, then ingest."""
    return fetch_and_ingest(settings)
