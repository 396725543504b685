"""The assistant's own sentences, loaded from ``texts.yaml`` (sv and en)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

Language = str  # "sv" | "en"


@cache
def _all() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("texts.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def text(language: Language, key: str, **values: str) -> str:
    """The template ``key`` (dotted for nested keys) in ``language``, filled in."""
    node: Any = _all()[language if language in _all() else "sv"]
    for part in key.split("."):
        node = node[part]
    return str(node).format(**values)
