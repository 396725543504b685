"""What a body decided, paragraph by paragraph: "Vad beslutade socialnämnden i oktober?
Vilka fick ja och vilka fick nej, och varför?"

Minutes and decisions are written in paragraphs ("§ 97 Idéburet offentligt partnerskap med
Ransbergs Byalag"), each with its decision ("Socialnämnden beslutar att …") and, for a
refusal, the reason it gives ("Kravet är därför inte uppfyllt"). The answer is one line per
paragraph of the best such document: its heading, its decision, and for a refusal the
reason, cited. Read from the document's structure (a heading opening with "§", a verb of
deciding), whatever the body or the matter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.answers.eligibility.concepts import negations
from assistant.answers.ranking import Evidence
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import matcher
from assistant.core.swedish.sentences import sentence_spans, strip_marker
from assistant.index.reader import IndexReader

_PARAGRAPH = re.compile(r"^\s*§\s*\d+")
_DECISION_WORDS = 60  # a decision's lines said, at most
_REASONS = 2  # sentences giving a refusal's reason
_LOOKED_AT = 3  # the best evidence a decision document is looked for in


@dataclass(frozen=True)
class Decided:
    """One paragraph's decision: its heading, what was decided and, for a refusal, why."""

    heading: str
    decision: str
    decision_chunk: Chunk
    reasons: tuple[tuple[str, Chunk], ...]


def asks_decisions(question: str) -> bool:
    """Whether the question asks what was decided ("Vad beslutade nämnden …?", "Vilka fick
    ja och vilka fick nej?"), not when ("När beslutades riktlinjerna?")."""
    asked = matcher("question_words.yaml", "decisions_asked")
    when = matcher("question_words.yaml", "decisions_when")
    return bool(asked(question)) and not when(question)


def decisions_of(reader: IndexReader, evidence: Sequence[Evidence]) -> list[Decided]:
    """The paragraphs of the first minutes or decision among the best evidence, each with
    its decision; [] when none of them is written in paragraphs with decisions."""
    for e in evidence[:_LOOKED_AT]:
        found = _paragraphs(reader, e.chunk.source)
        if found:
            return found
    return []


def _paragraphs(reader: IndexReader, source: str) -> list[Decided]:
    sections: dict[str, list[Chunk]] = {}
    for chunk in reader.chunks_of_source(source):
        heading = next((h for h in chunk.heading_path if _PARAGRAPH.match(h)), None)
        if heading is not None:
            sections.setdefault(heading, []).append(chunk)
    out = []
    for heading, chunks in sections.items():
        decided = _decision(chunks)
        if decided is None:
            continue
        text, chunk = decided
        refused = bool(negations(text)[1])
        reasons = _reasons(chunks, text) if refused else ()
        out.append(Decided(heading.strip(), text, chunk, reasons))
    return out


def _decision(chunks: Sequence[Chunk]) -> tuple[str, Chunk] | None:
    """The section's decision: from its verb of deciding to the end of its list or
    sentence, shortened."""
    verbs = matcher("question_words.yaml", "decision_verbs")
    for chunk in chunks:
        lines = chunk.text.splitlines()
        # From the line its verb stands on ("Socialnämnden beslutar att"), its list after.
        at = next((i for i, line in enumerate(lines) if verbs(line)), None)
        if at is None:
            continue
        words = " ".join(_decision_lines(lines[at:])).split()
        shown = " ".join(words[:_DECISION_WORDS]) + (" …" if len(words) > _DECISION_WORDS else "")
        return shown, chunk
    return None


_LIST_LINE = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*]|att\b)")


def _decision_lines(lines: Sequence[str]) -> list[str]:
    """The decision's own lines: its verb's line and its list, across a page's line
    breaks ("… org.nr" / "802437-1186, om …"), up to the text after a finished sentence."""
    kept: list[str] = []
    for line in lines:
        said = line.strip()
        if not said:
            continue
        done = bool(kept) and kept[-1].rstrip().endswith(".")
        if done and not _LIST_LINE.match(said):
            break
        kept.append(said)
    return kept


def _reasons(chunks: Sequence[Chunk], decision: str) -> tuple[tuple[str, Chunk], ...]:
    """The sentences of the section that give the reason for a refusal ("Kravet är därför
    inte uppfyllt", "Enligt riktlinjerna får samma verksamhet inte finansieras två
    gånger")."""
    because = matcher("question_words.yaml", "decision_reasons")
    found: list[tuple[str, Chunk]] = []
    for chunk in chunks:
        for a, b in sentence_spans(chunk.text):
            sentence = " ".join(strip_marker(chunk.text[a:b]).split())
            if sentence and sentence not in decision and because(sentence):
                found.append((sentence, chunk))
    return tuple(found[:_REASONS])
