"""Is a question about IOP at all? Calibrated on the index, not on wording.

The embedding model gives every question some similarity to every passage, so a raw
score says nothing. Two references make it speak: once per index generation the engine
asks the index a set of unrelated questions (``data/off_topic_probes.yaml``: other
municipal services, small talk) and records how close they come to the nearest passage
(the floor below which similarity means nothing); and for each question it compares how
close the question comes to the documents with how close it comes to those unrelated
questions themselves. A question nearer to "när töms soptunnan?" than to any passage of
the corpus is not about what the corpus is about.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from assistant.answers.ranking import cosine
from assistant.core.swedish.cues import load_cues
from assistant.index.reader import IndexReader

# How far above the probes' typical best similarity a question must come to count as
# close to this corpus: the probes' mean plus this many standard deviations.
_SPREAD = 1.5


@dataclass(frozen=True)
class Calibration:
    """How close unrelated questions come to this index's passages (cosine)."""

    typical: float  # mean of the probes' best similarity
    spread: float  # their standard deviation
    highest: float

    @property
    def floor(self) -> float:
        """Similarity below this says nothing: unrelated questions reach it too."""
        return self.typical

    @property
    def close(self) -> float:
        """Similarity above this is closer than unrelated questions come."""
        return min(self.highest, self.typical + _SPREAD * self.spread)


def calibrate(reader: IndexReader) -> Calibration:
    def compute() -> Calibration:
        probes: list[str] = load_cues("off_topic_probes.yaml")["probes"]
        best = []
        for probe in probes:
            hits = reader.vectors.search(probe, 1)
            if hits:
                best.append(hits[0].score)
        if len(best) < 2:
            return Calibration(0.0, 0.0, 0.0)
        return Calibration(statistics.fmean(best), statistics.pstdev(best), max(best))

    result: Calibration = reader.memo("calibration", compute)
    return result


def off_topic_likeness(reader: IndexReader, question_vector: list[float]) -> float:
    """How close the question comes to the nearest unrelated probe (cosine)."""
    probes: list[str] = load_cues("off_topic_probes.yaml")["probes"]
    vectors = reader.passage_vectors(probes)
    return max((cosine(question_vector, v) for v in vectors), default=0.0)
