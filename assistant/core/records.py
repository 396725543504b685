"""The answer as the outside world sees it (see ``docs/interface.md``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Language = Literal["sv", "en"]


class Citation(BaseModel):
    id: int
    source: str  # path relative to the corpus folder
    title: str
    municipality: str | None
    page: int | None = None
    url: str | None = None
    date: str | None = None
    quote: str


class Contact(BaseModel):
    name: str | None = None
    title: str | None = None
    organisation: str | None = None
    email: str | None = None
    phone: str | None = None
    citation: int


class Criterion(BaseModel):
    criterion: str
    status: Literal["met", "not_met", "unknown"]
    reason: str
    citation: int


class Verdict(BaseModel):
    label: Literal["likely_eligible", "likely_not_eligible", "unclear"]
    criteria: list[Criterion] = Field(default_factory=list)


class Answer(BaseModel):
    question: str
    language: Language = "sv"
    municipality: str | None = None
    abstained: bool = False
    answer: str
    verdict: Verdict | None = None
    contacts: list[Contact] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)


class Turn(BaseModel):
    """One earlier message of the conversation, oldest first."""

    role: Literal["user", "assistant"]
    content: str
