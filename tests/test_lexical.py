"""Swedish lexical search: compounds meet their parts, filters apply, files swap atomically."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from assistant.index.lexical import Analyzer, LexicalIndex, same_stem, stem


def test_compounds_meet_their_parts() -> None:
    analyzer = Analyzer(["föreningar", "register", "avtal"])
    assert analyzer.split_compound("pensionärsförening") == ("pensionärs", "förening")
    assert analyzer.split_compound("föreningsregistret") == ("förenings", "registret")
    query = set(analyzer.terms("registrerade föreningar"))
    doc = set(analyzer.terms("måste vara registrerad i kommunens föreningsregister"))
    assert query & doc  # stems and part prefixes overlap
    assert {"iop", "avtal"} <= set(analyzer.terms("IOP-avtal"))


def test_a_head_of_general_swedish_splits_a_compound_the_corpus_never_spelt() -> None:
    # Neither "läge" nor "rapport" is in this corpus: general Swedish knows both.
    analyzer = Analyzer(["förening"])
    assert analyzer.split_compound("lägesrapporten") == ("läges", "rapporten")
    assert "rapport" in analyzer.terms("Ni lämnar en lägesrapport senast den 31 augusti.")
    # A word general Swedish writes whole is not taken apart by guessing.
    assert analyzer.split_compound("gemensamma") == ()
    assert analyzer.split_compound("förutsatt") == ()
    # A misspelt word is no compound: it is left whole for typo correction.
    assert analyzer.split_compound("fröeningsregistret") == ()
    # A question's own word is split by the corpus's words only: "lotteritillstånd" is
    # no "tillstånd" the documents speak of.
    assert analyzer.split_compound("lotteritillstånd") == ("lotteri", "tillstånd")
    assert analyzer.split_compound("lotteritillstånd", guess=False) == ()
    assert "tillstånd" not in analyzer.terms("lotteritillstånd", guess=False)


def test_short_words_are_not_split() -> None:
    assert Analyzer().split_compound("hälsa") == ()


def rows() -> list[tuple[str, str, str]]:
    return [
        ("a", "Kramfors", "Organisationen måste vara registrerad i föreningsregistret."),
        ("b", "Malmö", "Kontakta utvecklingssekreterare Ann Rubin om IOP."),
        ("c", "", "Allmänt om idéburet offentligt partnerskap och pensionärsföreningar."),
    ]


def test_search_ranks_and_filters() -> None:
    index = LexicalIndex.build(rows(), generation=1)
    assert index.search("pensionärsförening", 3)[0].chunk_id == "c"
    assert index.search("registrerade föreningar", 3)[0].chunk_id == "a"
    assert [h.chunk_id for h in index.search("Ann Rubin", 3, ["Kramfors", ""])] == []
    assert index.search("kontakta", 3, ["Malmö"])[0].chunk_id == "b"
    assert index.search("bygglov garage", 3) == []


def test_idf_weighs_unseen_terms_most() -> None:
    index = LexicalIndex.build(rows(), generation=1)
    assert index.idf("bygglov") > index.idf("iop")


def test_save_load_and_generation(tmp_path: Path) -> None:
    root = tmp_path / "lexical"
    assert LexicalIndex.load(root) is None
    LexicalIndex.build(rows(), generation=3).save(root)
    LexicalIndex.build(rows()[:1], generation=4).save(root)
    assert LexicalIndex.current_generation(root) == 4
    loaded = LexicalIndex.load(root)
    assert loaded is not None and loaded.chunk_ids == ["a"]
    assert [p.name for p in root.glob("gen-*")] == ["gen-00000004"]  # old one cleaned up


def test_a_save_that_was_killed_leaves_no_folder_behind_after_the_next(tmp_path: Path) -> None:
    root = tmp_path / "lexical"
    LexicalIndex.build(rows(), generation=3).save(root)
    gone = subprocess.Popen(["true"])
    gone.wait()  # its pid now names no process: a save killed with it
    killed = root / f".tmp-00000004-{gone.pid}"
    killed.mkdir()
    (killed / "meta.json").write_text("{", "utf-8")  # half written
    busy = root / f".tmp-00000004-{os.getppid()}"
    busy.mkdir()  # a save of a process that still runs: not ours to remove
    LexicalIndex.build(rows(), generation=4).save(root)
    assert not killed.exists()
    assert busy.exists()
    assert LexicalIndex.current_generation(root) == 4


def test_empty_index_answers_nothing(tmp_path: Path) -> None:
    index = LexicalIndex.build([], generation=1)
    index.save(tmp_path)
    loaded = LexicalIndex.load(tmp_path)
    assert loaded is not None and loaded.search("IOP", 5) == []


def test_one_word_in_inflections_the_stemmer_leaves_apart() -> None:
    assert same_stem(stem("områden"), stem("områdena"))
    assert same_stem(stem("companies"), stem("company"))
    assert not same_stem(stem("område"), stem("omsorg"))
    assert not same_stem("bo", "bok")  # too short to tell
