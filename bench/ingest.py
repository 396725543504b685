"""Ingest benchmark: synthetic Swedish municipal documents through the real pipeline.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/ingest.py --docs 50
    HF_HUB_OFFLINE=1 .venv/bin/python bench/ingest.py --docs 200 --model hash

Generates N documents (half multi-page PDFs made with fpdf2, half HTML pages with
cookie banner, menu and footer), ingests them into a temporary index with the given
embedding model, and prints documents/s, chunks/s, the raw embedding throughput of the
very same chunk texts, the ratio of the two, and the time of an unchanged re-run.

``generate_corpus`` is also used by ``bench/crash_loop.py`` and the crash test.
All contact details are invented and clearly fake (``@exempel.se``, 0123- numbers).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path, and this file's name
# would shadow the project's ``ingest`` package: put the project root first instead.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import cProfile  # noqa: E402
import os  # noqa: E402
import pstats  # noqa: E402
import random  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402

from builders import make_html, make_pdf  # noqa: E402

MUNICIPALITIES = (
    ("malmo", "Malmö", "Malmö stad"),
    ("lund", "Lund", "Lunds kommun"),
    ("uppsala", "Uppsala", "Uppsala kommun"),
    ("orebro", "Örebro", "Örebro kommun"),
    ("vasteras", "Västerås", "Västerås stad"),
    ("umea", "Umeå", "Umeå kommun"),
    ("lulea", "Luleå", "Luleå kommun"),
    ("gavle", "Gävle", "Gävle kommun"),
    ("boras", "Borås", "Borås stad"),
    ("vaxjo", "Växjö", "Växjö kommun"),
    ("karlstad", "Karlstad", "Karlstads kommun"),
    ("sundsvall", "Sundsvall", "Sundsvalls kommun"),
)
TOPICS = (
    ("ofrivillig ensamhet bland äldre", "socialförvaltningen", "mötesplatser för äldre"),
    ("fritidsverksamhet för unga", "kultur- och fritidsförvaltningen", "öppen verksamhet"),
    ("stöd till våldsutsatta kvinnor", "socialtjänsten", "skyddat boende"),
    ("språkträning och etablering", "arbetsmarknadsförvaltningen", "språkcaféer"),
    ("läxhjälp i skolan", "utbildningsförvaltningen", "läxläsning"),
    ("matbank och matsvinn", "miljöförvaltningen", "matkassar"),
    ("idrott för personer med funktionsnedsättning", "fritidsförvaltningen", "träningsgrupper"),
    ("stöd till anhörigvårdare", "vård- och omsorgsförvaltningen", "anhörigträffar"),
    ("hemlöshet och härbärgen", "socialförvaltningen", "natthärbärge"),
    ("kulturverksamhet i bostadsområden", "kulturförvaltningen", "skapande verkstäder"),
)
DOC_KINDS = ("Riktlinjer för", "Vägledning om", "Information om", "Beslut om", "Frågor och svar om")
OPENINGS = (
    "Idéburet offentligt partnerskap (IOP) är en samverkansform mellan {org} och en eller "
    "flera idéburna organisationer. Partnerskapet bygger på att båda parter bidrar med "
    "resurser och kunskap för att möta en samhällsutmaning inom {topic}.",
    "{org} vill stärka samverkan med civilsamhället inom {topic}. Ett IOP kan vara ett "
    "alternativ när verksamheten inte passar för upphandling eller föreningsbidrag.",
    "Den här sidan beskriver hur {org} arbetar med idéburet offentligt partnerskap inom "
    "{topic}, vilka krav som gäller och hur en förening kan ta kontakt med {dept}.",
)
FILLERS = (
    "Initiativet till ett partnerskap kan komma från föreningen eller från kommunen, men "
    "verksamheten ska utgå från föreningens egna idéer och värdegrund.",
    "Partnerskapet ska inte snedvrida konkurrensen och får inte vara ett sätt att köpa "
    "tjänster som annars skulle upphandlas enligt lagen om offentlig upphandling.",
    "Parterna gör en gemensam behovsanalys och kommer överens om mål, ansvar och hur "
    "verksamheten ska följas upp under avtalsperioden.",
    "Kommunens ekonomiska bidrag ska stå i proportion till föreningens egna insatser, "
    "till exempel ideellt arbete, lokaler eller annan finansiering.",
    "Ett IOP tecknas vanligen för två till fyra år. Uppföljning sker minst en gång per "
    "år i form av en dialog mellan parterna och en skriftlig verksamhetsberättelse.",
    "Föreningen ska vara registrerad hos Skatteverket, ha en demokratiskt vald styrelse "
    "och en ekonomi som granskas av revisorer.",
    "Verksamheten får inte bedriva partipolitisk eller religiös påverkan och ska vara "
    "öppen för alla i målgruppen oavsett bakgrund.",
    "Den idéburna organisationen behåller sitt självstyre och sin rätt att driva "
    "opinion, också i frågor där den är kritisk till kommunen.",
    "Om partnerskapet avslutas i förtid ska parterna tillsammans planera hur deltagarna "
    "kan få fortsatt stöd i annan form.",
    "Ansökan behandlas av nämnden som fattar beslut om överenskommelsen efter att "
    "förvaltningen har berett ärendet.",
)
CRITERIA = (
    "Organisationen är idéburen och icke-vinstdrivande.",
    "Verksamheten kompletterar kommunens egna insatser.",
    "Målgruppen och behovet är tydligt beskrivna.",
    "Föreningen bidrar med egna resurser, till exempel volontärer.",
    "Verksamheten kan följas upp med mätbara mål.",
    "Föreningen har funnits i minst ett år.",
    "Verksamheten är öppen för alla i målgruppen.",
    "Ekonomin redovisas öppet och granskas av revisor.",
)
FIRST_NAMES = ("Anna", "Erik", "Fatima", "Johan", "Karin", "Mohammed", "Sara", "Lars")
LAST_NAMES = ("Andersson", "Berg", "Lindqvist", "Nilsson", "Öberg", "Åkesson", "Holm")


@dataclass(frozen=True)
class GeneratedDoc:
    path: Path  # absolute path of the written file
    rel: str  # path relative to the corpus folder
    municipality: str
    marker: str  # a word that appears only in this version of this document


def _ascii(name: str) -> str:
    table = str.maketrans("åäöéÅÄÖÉ", "aaoeAAOE")
    return name.translate(table).lower()


def _contact(rng: random.Random, dept: str, org: str) -> list[str]:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    number = rng.randrange(10, 99)
    return [
        f"{first} {last}, samordnare för civilsamhällesfrågor, {dept}, {org}",
        f"E-post: {_ascii(first)}.{_ascii(last)}@exempel.se",
        f"Telefon: 0123-45 67 {number}",
    ]


def _sections(rng: random.Random, org: str, topic: str, dept: str, marker: str) -> list[list[str]]:
    """Paragraph groups of one document; the first group opens it, the last holds contacts."""
    opening = rng.choice(OPENINGS).format(org=org, topic=topic, dept=dept)
    groups = [
        [
            opening,
            f"Dokumentets kontrollkod är {marker} och den anges vid frågor om ärendet.",
            *rng.sample(FILLERS, 3),
        ],
        ["# Kriterier för partnerskap", *rng.sample(FILLERS, 2)],
        ["# Så går det till", *rng.sample(FILLERS, 3)],
    ]
    if rng.random() < 0.6:
        groups.append(["# Uppföljning och avslut", *rng.sample(FILLERS, 3)])
    return groups


def write_document(
    corpus: Path, index: int, rng: random.Random, kind: str, version: int = 0
) -> GeneratedDoc:
    """Write one synthetic document (``kind`` "pdf" or "html") and return what it is."""
    slug, name, org = MUNICIPALITIES[index % len(MUNICIPALITIES)]
    topic, dept, activity = TOPICS[(index * 7 + version) % len(TOPICS)]
    title = f"{rng.choice(DOC_KINDS)} idéburet offentligt partnerskap inom {topic}"
    marker = f"kod{index:04d}v{version:02d}x{rng.randrange(16**6):06x}"
    groups = _sections(rng, org, topic, dept, marker)
    criteria = rng.sample(CRITERIA, rng.randint(4, 6))
    contact = _contact(rng, dept, org)
    folder = corpus / slug
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{slug}-iop-{index:04d}"
    if kind == "pdf":
        pages: list[list[str]] = [[f"# {title}", *groups[0]]]
        pages.append([*groups[1], *(f"- {c}" for c in criteria), *groups[2]])
        pages.append(
            [
                *(p for g in groups[3:] for p in g),
                f"# Exempel: {activity}",
                *rng.sample(FILLERS, 3),
                "# Kontakt",
                "\n".join(contact),
            ]
        )
        path = make_pdf(folder / f"{stem}.pdf", pages, header=f"{org} – {title[:40]}", title=title)
    else:
        html = [f"<h1>{title}</h1>"]
        for group in groups:
            for paragraph in group:
                if paragraph.startswith("# "):
                    html.append(f"<h2>{paragraph[2:]}</h2>")
                else:
                    html.append(f"<p>{paragraph}</p>")
            if group[0] == "# Kriterier för partnerskap":
                html.append("<ul>" + "".join(f"<li>{c}</li>" for c in criteria) + "</ul>")
        html.append(
            "<h2>Kontakt</h2><address>" + "<br>".join(contact) + "</address>"
            f"<p>Sidan uppdaterades 2024-0{1 + index % 9}-1{index % 10}.</p>"
        )
        path = make_html(folder / f"{stem}.html", "".join(html), title=f"{title} - {org}")
    return GeneratedDoc(path, path.relative_to(corpus).as_posix(), name, marker)


def generate_corpus(corpus: Path, n: int, seed: int = 0) -> list[GeneratedDoc]:
    """Write ``n`` documents into ``corpus``: even indexes PDF, odd ones HTML."""
    rng = random.Random(seed)
    corpus.mkdir(parents=True, exist_ok=True)
    return [write_document(corpus, i, rng, "pdf" if i % 2 == 0 else "html") for i in range(n)]


# --- the benchmark -------------------------------------------------------------------


def _timed(fn, *args, **kwargs):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - start


class _Phases:
    """Wall time spent inside chosen functions during the ingest (light wrappers)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        real = getattr(owner, name)

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.seconds[label] = self.seconds.get(label, 0.0) + time.perf_counter() - start

        self._undo.append((owner, name, real))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, real in reversed(self._undo):
            setattr(owner, name, real)
        self._undo.clear()


def _embedder_proxy(inner, phases: _Phases):  # type: ignore[no-untyped-def]
    """The model behind a thin Embeddings whose calls are timed."""
    from langchain_core.embeddings import Embeddings

    class Timed(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return inner.embed_documents(texts)

        def embed_query(self, text: str) -> list[float]:
            return inner.embed_query(text)

    proxy = Timed()
    phases.wrap(proxy, "embed_documents", "embedding (model)")
    return proxy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=50, help="number of documents (N)")
    parser.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--profile", metavar="FILE", help="cProfile the first ingest into FILE")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    import ingest.pipeline as pipeline
    from assistant.core.settings import Settings
    from assistant.index.catalog import Catalog
    from assistant.index.embeddings import make_embeddings
    from assistant.index.generations import live
    from assistant.index.lexical import LexicalIndex
    from assistant.index.vectorstore import VectorIndex
    from ingest.pipeline import Indexer, index_text

    def _heavy_imports() -> None:
        import chromadb  # noqa: F401  # imported lazily by the pipeline: not ingest work
        import langchain_chroma  # noqa: F401

    _, import_s = _timed(_heavy_imports)

    root = Path(tempfile.mkdtemp(prefix="iop-bench-"))
    _, gen_s = _timed(generate_corpus, root / "corpus", args.docs, args.seed)
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        corpus_dir=root / "corpus",
        data_dir=root / "data",
        embedding_model=args.model,
    )
    embeddings, load_s = _timed(make_embeddings, args.model, settings.embedding_batch_size)
    embeddings.embed_documents(["uppvärmning av modellen"] * 8)  # load lazily-built parts

    # The chunk texts, made by the pipeline's own functions before the ingest: the raw
    # embedding is timed once before and once after the ingest, so that neither side
    # gets the model's warm-up (or a quieter machine) to itself.
    files, _ = pipeline.scan_corpus(settings.corpus_dir)
    texts = [index_text(c) for f in files for c in pipeline.parse_file(f, settings)[1]]
    _, raw_before_s = _timed(embeddings.embed_documents, texts)

    phases = _Phases()
    phases.wrap(pipeline, "parse_file", "load + clean + chunk")
    phases.wrap(pipeline, "content_hash", "sha256 of files")
    phases.wrap(VectorIndex, "upsert", "Chroma upsert")
    phases.wrap(VectorIndex, "delete", "Chroma delete")
    phases.wrap(VectorIndex, "ids", "Chroma ids")
    phases.wrap(VectorIndex, "__init__", "Chroma open")
    phases.wrap(Catalog, "replace_document", "catalogue commits")
    phases.wrap(LexicalIndex, "build", "BM25 build")
    phases.wrap(LexicalIndex, "save", "BM25 save")
    profiler = cProfile.Profile() if args.profile else None
    if profiler:
        profiler.enable()
    report, ingest_s = _timed(Indexer(settings, _embedder_proxy(embeddings, phases)).run)
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    phases.restore()
    if not report.ok:
        print("failed files:", report.failed, file=sys.stderr)
        return 1

    catalog = Catalog(live(settings).catalog_path, create=False)  # type: ignore[union-attr]
    indexed = sorted(index_text(c) for c in catalog.all_chunks())
    catalog.close()
    if indexed != sorted(texts):
        print("the ingest embedded other texts than the pre-pass made", file=sys.stderr)
        return 1
    _, raw_after_s = _timed(embeddings.embed_documents, texts)
    raw_s = (raw_before_s + raw_after_s) / 2

    rerun, rerun_s = _timed(Indexer(settings, embeddings).run)
    if rerun.embedded != 0 or rerun.unchanged != report.added:
        print(f"unchanged re-run did work: {rerun.to_json()}", file=sys.stderr)
        return 1

    ingest_cps = report.embedded / ingest_s
    raw_cps = len(texts) / raw_s
    pdfs = sum(a.endswith(".pdf") for a in report.added)
    print(
        f"model                 {args.model} (loaded in {load_s:.1f} s; chromadb and "
        f"langchain_chroma imported in {import_s:.1f} s, both before timing)"
    )
    print(
        f"documents             {len(report.added)} ({pdfs} PDF, {len(report.added) - pdfs} HTML)"
    )
    print(f"chunks                {report.chunks} (corpus written in {gen_s:.1f} s)")
    print(f"ingest                {ingest_s:.2f} s")
    print(f"docs/s                {len(report.added) / ingest_s:.2f}")
    print(f"chunks/s (ingest)     {ingest_cps:.1f}")
    print(
        f"chunks/s (raw embed)  {raw_cps:.1f}  (mean of {raw_before_s:.2f} s before and "
        f"{raw_after_s:.2f} s after the ingest, for the same {len(texts)} texts)"
    )
    print(f"ratio ingest/raw      {ingest_cps / raw_cps:.3f}")
    embed_s = phases.seconds.get("embedding (model)", 0.0)
    other_s = ingest_s - embed_s
    print(
        f"outside the model     {other_s:.2f} s of the ingest ({100 * other_s / ingest_s:.1f} %);"
        f" the model took {embed_s:.2f} s in the ingest vs {raw_s:.2f} s raw;"
        f" ratio at raw model speed {raw_s / (raw_s + other_s):.3f}"
    )
    print(f"unchanged re-run      {rerun_s:.3f} s (embedded {rerun.embedded})")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine               {os.cpu_count()} CPUs, load average {load} (1, 5, 15 min)")
    print("where the ingest time goes:")
    accounted = 0.0
    for label, seconds in sorted(phases.seconds.items(), key=lambda item: -item[1]):
        accounted += seconds
        print(f"  {label:<22}{seconds:8.2f} s  {100 * seconds / ingest_s:5.1f} %")
    rest = ingest_s - accounted
    print(f"  {'other':<22}{rest:8.2f} s  {100 * rest / ingest_s:5.1f} %")
    if profiler:
        stats = pstats.Stats(args.profile)
        stats.sort_stats("cumulative").print_stats(25)
    if args.keep:
        print(f"kept {root}")
    else:
        import shutil

        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
