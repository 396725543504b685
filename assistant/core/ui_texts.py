"""The web chat's own Swedish text, loaded from ``ui_texts.yaml``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def _all() -> dict[str, Any]:
    raw = resources.files("assistant").joinpath("ui_texts.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(raw)
    return data


def _node(key: str) -> Any:
    node: Any = _all()
    for part in key.split("."):
        node = node[part]
    return node


def ui(key: str, **values: object) -> str:
    """The string ``key`` (dotted for nested keys), with ``{placeholders}`` filled in."""
    node = _node(key)
    if not isinstance(node, str):
        raise TypeError(f"ui text {key!r} is not a string")
    return node.format(**values) if values else node


def ui_list(key: str) -> list[str]:
    """The list of strings ``key`` (for example the example questions)."""
    node = _node(key)
    if not isinstance(node, list):
        raise TypeError(f"ui text {key!r} is not a list")
    return [str(item) for item in node]


def ui_map(key: str) -> dict[str, str]:
    """The mapping ``key`` (for example Streamlit's English labels and their Swedish)."""
    node = _node(key)
    if not isinstance(node, dict):
        raise TypeError(f"ui text {key!r} is not a mapping")
    return {str(k): str(v) for k, v in node.items()}
