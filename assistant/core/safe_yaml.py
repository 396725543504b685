"""YAML written outside the code (sidecars, front matter, sources.yaml), read safely.

``yaml.safe_load`` still expands aliases: a few hundred bytes of ``&a [*b, *b, …]`` become
gigabytes as soon as the value is turned into text ("billion laughs"). Those files never
need aliases, so ``load`` refuses them — and anchors, and nesting deeper than a person
writes — at the first one, naming the field and the line. ``shown`` echoes a value in an
error message without ever writing out more than a line of it.
"""

from __future__ import annotations

import reprlib
from typing import Any

import yaml
from yaml.error import MarkedYAMLError
from yaml.nodes import Node, ScalarNode

MAX_DEPTH = 20  # levels of lists and mappings; sources.yaml needs 3
ECHO_CHARS = 80

_echo = reprlib.Repr()
_echo.maxstring = ECHO_CHARS
_echo.maxother = ECHO_CHARS
_echo.maxlevel = 2


class YamlRefused(MarkedYAMLError):
    """Valid YAML that is not accepted here; ``problem`` names the field, the mark the line.

    A ``yaml.YAMLError``, so callers that report invalid YAML report this the same way.
    """

    def __init__(self, problem: str, mark: Any) -> None:  # a pure-Python or libyaml Mark
        super().__init__(problem=problem, problem_mark=mark)


class _Guard(yaml.SafeLoader):
    """Composes the document as SafeLoader does, refusing anchors, aliases and depth."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._path: list[str] = []

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if isinstance(index, ScalarNode):  # the value of a mapping key
            self._path.append(str(index.value)[:ECHO_CHARS])
        elif isinstance(index, int):  # an item of a list
            self._path.append(f"[{index}]")
        else:  # a key, or the document itself
            return self._guarded(parent, index)
        try:
            return self._guarded(parent, index)
        finally:
            self._path.pop()

    def _guarded(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self._refuse("aliases (*name) are not allowed here — write the value out", event)
        if getattr(event, "anchor", None) is not None:
            self._refuse("anchors (&name) are not allowed here — write the value out", event)
        if len(self._path) > MAX_DEPTH:
            self._refuse(f"nested deeper than {MAX_DEPTH} levels", event)
        return super().compose_node(parent, index)  # type: ignore[no-any-return]

    def _refuse(self, problem: str, event: yaml.Event) -> None:
        field = "".join(f".{p}" if not p.startswith("[") else p for p in self._path)
        field = field.lstrip(".")
        field = field if len(field) <= ECHO_CHARS else field[: ECHO_CHARS - 1] + "…"
        where = f"field '{field}': " if field else ""
        raise YamlRefused(where + problem, event.start_mark)


_LOADERS: dict[type[yaml.SafeLoader], type[yaml.SafeLoader]] = {yaml.SafeLoader: _Guard}


def _guarded_loader(base: type[yaml.SafeLoader]) -> type[yaml.SafeLoader]:
    if base not in _LOADERS:
        _LOADERS[base] = type(f"Guarded{base.__name__}", (_Guard, base), {})
    return _LOADERS[base]


def load(text: str, base: type[yaml.SafeLoader] = yaml.SafeLoader) -> Any:
    """The value of ``text``, read with ``base`` (a SafeLoader or subclass) but refusing
    anchors, aliases and deep nesting with ``YamlRefused`` (a ``yaml.YAMLError``)."""
    return yaml.load(text, Loader=_guarded_loader(base))


def shown(value: object) -> str:
    """``repr(value)`` for an error message: at most about ECHO_CHARS characters."""
    text = _echo.repr(value)
    return text if len(text) <= ECHO_CHARS else text[: ECHO_CHARS - 1] + "…"
