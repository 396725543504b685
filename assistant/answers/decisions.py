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
from functools import cache

from assistant.answers.asks import asking_sentences
from assistant.answers.question import domain_matcher
from assistant.answers.ranking import Evidence
from assistant.core import municipalities
from assistant.core.documents import Chunk
from assistant.core.swedish.cues import alternation, load_cues, matcher
from assistant.core.swedish.frequency import common_word
from assistant.core.swedish.sentences import sentence_spans, strip_marker
from assistant.index.lexical import same_stem, stem
from assistant.index.lexical import words as words_of
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
    refused: bool = False


def only_refusals(question: str, decided: Sequence[Decided]) -> list[Decided]:
    """The refusals, when the question asks only why some got no ("Varför fick
    padelföreningen och båtklubben nej?") and some were refused; else every decision."""
    got = load_cues("question_words.yaml")["decisions_got"]
    said = set(words_of(" ".join(asking_sentences(question)) or question))
    asked_no = bool(said & set(got["refusals"])) and not said & set(got["approvals"])
    refused = [d for d in decided if d.refused]
    kept = refused if asked_no and refused else list(decided)
    # "Och Älgarås Bygdegårdsförening då, varför fick de nej?", "… frisbeeklubben …": the
    # one it names by a word of its name, however inflected.
    asked = {stem(w) for w in said if not common_word(w)}
    named = [d for d in kept if any(same_stem(n, a) for n in _names_in(d.heading) for a in asked)]
    return named or kept


def _names_in(heading: str) -> set[str]:
    """The stems of the words of the names a paragraph's heading gives ("Idéskiss från
    Älgarås Bygdegårdsförening"): its capitalised words after the first, not a place's
    (every paragraph's) nor an everyday word ("Ansökan om IOP")."""
    capitalised = re.findall(r"(?<!^)(?<![§\d] )\b[A-ZÅÄÖ][\w-]+", heading.strip())
    return {
        stem(w.lower())
        for w in capitalised
        if not municipalities.detect(w) and not common_word(w.lower()) and not w.isupper()
    }


def asks_decisions(question: str) -> bool:
    """Whether the question asks what was decided ("Vad beslutade nämnden …?", "Vilka fick
    ja och vilka fick nej?"), not when ("När beslutades riktlinjerna?")."""
    words = "question_words.yaml"
    # Only what the asking sentences ask: "Vi beslutade på årsmötet att …" tells.
    asking = " ".join(asking_sentences(question))
    what = matcher(words, "decisions_what")(asking) and matcher(words, "decision_words")(asking)
    asked = what or matcher(words, "decisions_asked")(asking) or _which_decided(asking)
    return bool(asked) and not matcher(words, "decisions_when")(asking)


def _which_decided(asking: str) -> bool:
    """ "Vilka nya partnerskap beslutade …": what was decided, a word or two after "vilka"
    ("Vilka partnerskap finns, och vilken nämnd beslutade …" asks who decided); or who got
    which answer ("fick padelföreningen och båtklubben nej"), not the asker ("Om vi fick
    nej förra året …")."""
    which, got = _decided_patterns()
    if which.search(asking):
        return True
    askers = frozenset(load_cues("question_words.yaml")["decisions_got"]["askers"])
    for found in got.finditer(asking):
        before = asking[: found.start()].split()[-1:]
        if not (before and before[0].lower() in askers) and found.group(1).lower() not in askers:
            return True
    return False


@cache
def _decided_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = load_cues("question_words.yaml")
    which, decided = alternation(cues["decisions_which"]), alternation(cues["decision_words"])
    spec = cues["decisions_got"]
    verbs, answers = alternation(spec["verbs"]), alternation(spec["answers"])
    return (
        re.compile(rf"\b(?:{which})(?:\s+[^\W\d_]+){{1,2}}\s+(?:{decided})\b", re.IGNORECASE),
        re.compile(
            rf"\b(?:{verbs})\s+([^\W\d_]+)(?:\s+[^\W\d_]+){{0,3}}\s+(?:{answers})\b",
            re.IGNORECASE,
        ),
    )


def decisions_of(reader: IndexReader, evidence: Sequence[Evidence]) -> list[Decided]:
    """The paragraphs of the first minutes or decision among the best evidence, each with
    its decision; [] when none of them is written in paragraphs with decisions."""
    for e in evidence[:_LOOKED_AT]:
        found = _paragraphs(reader, e.chunk.source)
        if found:
            return found
    return []


# A piece of one chunk: the text under one paragraph's heading.
_Piece = tuple[str, Chunk]
# A paragraph's heading folded into a passage's text ("§ 41 Idéburet offentligt …").
_FOLDED = re.compile(r"^\s*§\s*\d+[^\n]{0,150}$", re.MULTILINE)


def _sections(reader: IndexReader, source: str) -> dict[str, list[_Piece]]:
    """The document's text by paragraph heading, whether the heading heads a chunk or is
    folded into one's text."""
    sections: dict[str, list[_Piece]] = {}
    for chunk in reader.chunks_of_source(source):
        heading = next((h for h in chunk.heading_path if _PARAGRAPH.match(h)), None)
        starts = list(_FOLDED.finditer(chunk.text))
        if heading is not None:
            cut = starts[0].start() if starts else len(chunk.text)
            sections.setdefault(heading.strip(), []).append((chunk.text[:cut], chunk))
        for i, found in enumerate(starts):
            end = starts[i + 1].start() if i + 1 < len(starts) else len(chunk.text)
            body = chunk.text[found.end() : end]
            sections.setdefault(found.group().strip(), []).append((body, chunk))
    return sections


def _paragraphs(reader: IndexReader, source: str) -> list[Decided]:
    out = []
    refusing = matcher("question_words.yaml", "decision_refusals")
    for heading, pieces in _sections(reader, source).items():
        decided = _decision(pieces)
        if decided is None:
            continue
        text, chunk = decided
        # Of what the assistant answers: a paragraph on a partnership, not the budget.
        if not domain_matcher()(f"{heading} {text}"):
            continue
        refused = bool(refusing(text))
        reasons = _reasons(pieces, text) if refused else ()
        out.append(Decided(heading, text, chunk, reasons, refused))
    return out


def _decision(pieces: Sequence[_Piece]) -> tuple[str, Chunk] | None:
    """The section's decision: from its verb of deciding to the end of its list or
    sentence, shortened."""
    verbs = matcher("question_words.yaml", "decision_verbs")
    proposing = matcher("question_words.yaml", "decision_proposals")
    for body, chunk in pieces:
        lines = body.splitlines()
        # From the line its verb stands on ("Socialnämnden beslutar att"), its list after.
        at = next((i for i, line in enumerate(lines) if verbs(line) and not proposing(line)), None)
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


def _reasons(pieces: Sequence[_Piece], decision: str) -> tuple[tuple[str, Chunk], ...]:
    """The sentences of the section that give the reason for a refusal ("Kravet är därför
    inte uppfyllt", "Enligt riktlinjerna får samma verksamhet inte finansieras två
    gånger")."""
    because = matcher("question_words.yaml", "decision_reasons")
    headed = matcher("question_words.yaml", "decision_reason_headings")
    found: list[tuple[str, Chunk]] = []
    for body, chunk in pieces:
        # Under "Skäl för beslutet" every sentence gives the reason, in whatever words.
        reasons = bool(chunk.heading_path) and bool(headed(chunk.heading_path[-1]))
        for a, b in sentence_spans(body):
            sentence = " ".join(strip_marker(body[a:b]).split())
            if sentence and sentence not in decision and (reasons or because(sentence)):
                found.append((sentence, chunk))
    return tuple(found[:_REASONS])
