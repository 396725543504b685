"""YAML alias bombs ("billion laughs") in every YAML read from outside: sidecars, Markdown
front matter, sources.yaml. Reduced forms of bench/attacks.py (docs/reliability.md): each
must be refused at once, naming the file and the field, with memory staying small."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import make_settings

from assistant.core import safe_yaml
from ingest.errors import MetadataError
from ingest.fetch.files import read_sidecar_values
from ingest.fetch.sources import SourcesError, load_sources
from ingest.loaders.markdown import load_markdown
from ingest.pipeline import Indexer
from ingest.sidecar import read_sidecar

LEVELS = 6  # 9 ** 6 = 531,441 strings once expanded: megabytes, not the gigabytes of 9


def assert_cheap(measured: Callable[[], tuple[float, int]]) -> None:
    seconds, peak = measured()
    assert seconds < 1.0
    assert peak < 1_000_000, f"{peak:,} bytes allocated"


def test_a_sidecar_bomb_is_refused_naming_the_file_and_field(
    tmp_path: Path, attacks: Any, measured: Callable[[], tuple[float, int]]
) -> None:
    document = tmp_path / "lund" / "iop.txt"
    document.parent.mkdir()
    document.write_text("Lunds kommun ingår partnerskap.\n", "utf-8")
    sidecar = tmp_path / "lund" / "iop.txt.meta.yaml"
    sidecar.write_text(attacks.sidecar_bomb(LEVELS), "utf-8")

    with pytest.raises(MetadataError) as refused:
        read_sidecar(document)

    assert_cheap(measured)
    message = str(refused.value)
    assert message.startswith(f"{sidecar}: invalid YAML: field 'title")
    assert "not allowed" in message and len(message) < 300
    assert read_sidecar_values(document) == {}  # the fetch's own reading refuses it too


def test_a_front_matter_bomb_is_refused_naming_the_field(
    attacks: Any, measured: Callable[[], tuple[float, int]]
) -> None:
    with pytest.raises(MetadataError) as refused:
        load_markdown(attacks.front_matter_bomb(LEVELS).encode())

    assert_cheap(measured)
    assert "front matter is not valid (field 'a'" in str(refused.value)


def test_a_front_matter_bomb_fails_its_file_only_in_the_ingest(
    tmp_path: Path, attacks: Any
) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "lund").mkdir(parents=True)
    (corpus / "lund" / "bomb.md").write_text(attacks.front_matter_bomb(LEVELS), "utf-8")
    (corpus / "lund" / "iop.md").write_text(
        "# IOP i Lund\n\nLunds kommun ingår idéburet offentligt partnerskap.\n", "utf-8"
    )

    report = Indexer(make_settings(tmp_path, corpus)).run()

    assert report.added == ["lund/iop.md"]
    (failure,) = report.failed
    assert failure.path == "lund/bomb.md" and "field 'a'" in failure.error


def test_a_sources_bomb_is_refused_naming_the_file_and_entry(
    tmp_path: Path, attacks: Any, measured: Callable[[], tuple[float, int]]
) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text(attacks.sources_bomb(LEVELS), "utf-8")

    with pytest.raises(SourcesError) as refused:
        load_sources(path)

    assert_cheap(measured)
    message = str(refused.value)
    assert message.startswith(f"{path}: invalid YAML: field 'sources[0]")
    assert len(message) < 300


def test_a_huge_value_is_never_echoed_whole(tmp_path: Path) -> None:
    """No aliases, just a long entry: the message shows the start of it, not all of it."""
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - [" + "lol, " * 20_000 + "lol]\n", "utf-8")

    with pytest.raises(SourcesError) as refused:
        load_sources(path)

    assert "entry 1: expected 'url: …'" in str(refused.value)
    assert len(str(refused.value)) < 250


def test_aliases_anchors_and_deep_nesting_are_refused() -> None:
    for text, problem in [
        ("a: &x 1\nb: 2\n", "field 'a': anchors (&name)"),
        ("a: [1, *x]\n", "field 'a[1]': aliases (*name)"),
        ("a:\n  b:\n    <<: *x\n", "field 'a.b.<<': aliases (*name)"),
        ("a: " + "[" * 40 + "]" * 40 + "\n", "nested deeper than 20 levels"),
    ]:
        with pytest.raises(safe_yaml.YamlRefused) as refused:
            safe_yaml.load(text)
        assert problem in str(refused.value.problem)
        assert isinstance(refused.value, yaml.YAMLError)  # reported as invalid YAML


def test_ordinary_yaml_reads_as_before() -> None:
    text = "sources:\n  - url: https://lund.se/iop\n    follow_attachments: true\n  - x\n"
    assert safe_yaml.load(text) == yaml.safe_load(text)


def test_shown_is_short() -> None:
    assert safe_yaml.shown("Lund") == "'Lund'"
    assert len(safe_yaml.shown("x" * 10_000)) <= safe_yaml.ECHO_CHARS
    assert len(safe_yaml.shown([["lol"] * 1000] * 1000)) <= safe_yaml.ECHO_CHARS
