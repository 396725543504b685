"""The word lists of assistant/data are lists of words: YAML reads a bare "on", "no" or
"yes" as a boolean, which no matcher can use."""

from __future__ import annotations

from importlib import resources
from typing import Any

import pytest
import yaml


def _files() -> list[str]:
    root = resources.files("assistant.data")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml"))


def _not_words(node: Any, path: str) -> list[str]:
    if isinstance(node, dict):
        return [bad for k, v in node.items() for bad in _not_words(v, f"{path}.{k}")]
    if isinstance(node, list):
        return [f"{path}: {item!r}" for item in node if isinstance(item, bool)] + [
            bad for item in node if isinstance(item, dict | list) for bad in _not_words(item, path)
        ]
    return []


@pytest.mark.parametrize("name", _files())
def test_word_lists_hold_no_booleans(name: str) -> None:
    data = yaml.safe_load(resources.files("assistant.data").joinpath(name).read_text("utf-8"))
    assert _not_words(data, name) == []
