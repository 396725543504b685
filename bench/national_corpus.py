"""A synthetic national corpus: every kommun and region, with questions whose answers are known.

    HF_HUB_OFFLINE=1 .venv/bin/python bench/national_corpus.py OUT_DIR [--target-chunks 50000]
        [--seed 0] [--oos-every 3]

Writes ``OUT_DIR/corpus/<slug>/…`` (guideline PDFs, decision DOCX files, web pages in
HTML, board minutes as PDF) for the 290 kommuner and 21 regions of
``assistant.core.municipalities``, ``OUT_DIR/questions.jsonl`` in the ``iop eval`` format and
``OUT_DIR/manifest.json`` (what was written, per organisation, with the expected facts).

- **Deterministic.** Each organisation's documents depend only on ``(seed, slug)``; the
  organisations come in one seeded order and ``--target-chunks N`` stops after the first
  ones whose estimated chunk count reaches N. A smaller corpus is therefore exactly a
  subset of a bigger one with the same seed (``bench/scale.py`` relies on that). The
  full national corpus (310 organisations: Gotland is kommun and region at once) is
  4,619 documents and 49,643 chunks at the default chunk size (seed 0).
- **Varied.** Every section has several phrasings, sections come in random order and
  some are optional; criteria, partnerships, contacts, committee names, dates and the
  amount of surrounding text differ per organisation. Larger bodies publish more.
- **Obviously fake contact details.** ``fornamn.efternamn@<slug>.example.se`` and phone
  numbers from PTS's ranges for fiction: 070-174 06 00…99 and 08-465 004 00…99.
- **Questions with known answers** per organisation: its criteria, whom to contact, its
  ongoing partnerships, now and then an idea to judge (known verdict) and, every
  ``--oos-every`` organisations, a question the documents do not answer (must abstain).
  A third of the questions leave ``municipality`` empty so the name must be found in the
  question. Scored with ``assistant.staff.evaluation`` exactly like ``iop eval``.
"""

from __future__ import annotations

import sys
from pathlib import Path

# Run as a script, this folder would come first on sys.path and bench/ingest.py would
# shadow the project's ``ingest`` package: put the project root (and tests/) first.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "bench"]
for _extra in (_ROOT / "tests", _ROOT):
    if str(_extra) not in sys.path:
        sys.path.insert(0, str(_extra))

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
import unicodedata  # noqa: E402
from dataclasses import asdict, dataclass, field  # noqa: E402
from typing import Any  # noqa: E402

import docx  # noqa: E402
from builders import make_html, make_pdf  # noqa: E402

from assistant.core import municipalities  # noqa: E402

# Characters per chunk, and per kind of document a correction for headings and lists
# that start new chunks; measured on this generator's output with IOP_CHUNK_SIZE=900
# (bench/scale.py prints the real count next to the estimate).
CHARS_PER_CHUNK = 640
MINUTES_PER_BODY = (3.9, 7.8)  # times the body's volume: the bulk of the corpus
KIND_FACTOR = {"decision": 2.1, "web": 2.5, "minutes": 0.98, "guideline": 1.37, "web-other": 1.0}

# --- phrasing pools --------------------------------------------------------------------

CRITERIA: dict[str, tuple[tuple[str, str], ...]] = {
    # topic: ((criterion text, fact that must stand in an answer quoting it), ...)
    "nonprofit": (
        ("Organisationen är idéburen och icke-vinstdrivande.", "icke-vinstdrivande"),
        ("Parten ska vara en idéburen organisation utan vinstsyfte.", "utan vinstsyfte"),
        (
            "Föreningen är ideell och eventuellt överskott går tillbaka till verksamheten.",
            "överskott går tillbaka",
        ),
    ),
    "initiative": (
        (
            "Initiativet till partnerskapet kommer från den idéburna organisationen.",
            "Initiativet till partnerskapet",
        ),
        ("Verksamheten sker på initiativ av föreningen själv.", "på initiativ av föreningen"),
    ),
    "complement": (
        (
            "Verksamheten kompletterar kommunens egna insatser och ersätter dem inte.",
            "kompletterar kommunens egna insatser",
        ),
        (
            "Insatsen ska vara ett komplement till det som den offentliga sektorn redan gör.",
            "ett komplement till",
        ),
    ),
    "resources": (
        (
            "Föreningen bidrar med egna resurser, till exempel volontärer, lokaler eller egna "
            "medel.",
            "volontärer, lokaler",
        ),
        ("Organisationen går in med egna medel eller ideella timmar.", "ideella timmar"),
    ),
    "market": (
        (
            "Det finns ingen marknad för verksamheten och ingen konkurrenssituation att ta "
            "hänsyn till.",
            "ingen konkurrenssituation",
        ),
        ("Verksamheten konkurrerar inte med privata företag.", "konkurrerar inte med privata"),
    ),
    "purchase": (
        ("Partnerskapet är inte ett köp av tjänst.", "inte ett köp av tjänst"),
        ("Överenskommelsen ersätter inte en upphandling av samma tjänst.", "ersätter inte en"),
    ),
    "follow_up": (
        ("Verksamheten kan följas upp med mätbara mål.", "mätbara mål"),
        (
            "Parterna är överens om hur resultatet ska följas upp varje år.",
            "följas upp varje år",
        ),
    ),
    "registered": (
        (
            "Föreningen är registrerad i kommunens föreningsregister.",
            "registrerad i kommunens föreningsregister",
        ),
        (
            "Organisationen har organisationsnummer och är registrerad hos Skatteverket.",
            "registrerad hos Skatteverket",
        ),
    ),
    "open": (
        ("Verksamheten är öppen för alla i målgruppen.", "öppen för alla i målgruppen"),
        (
            "Ingen får nekas att delta på grund av bakgrund, tro eller ekonomi.",
            "nekas att delta",
        ),
    ),
    "benefit": (
        (
            "Verksamheten bidrar till lokal utveckling och delaktighet i samhället.",
            "lokal utveckling och delaktighet",
        ),
        ("Partnerskapet möter en samhällsutmaning som båda parter ser.", "en samhällsutmaning"),
    ),
    "democracy": (
        ("Föreningen har stadgar och en demokratiskt vald styrelse.", "demokratiskt vald"),
        ("Organisationen har funnits i minst ett år och har antagna stadgar.", "minst ett år"),
    ),
}
CRITERIA_LEADS = (
    "Följande kriterier gäller för ett IOP med {org}:",
    "För att ett partnerskap ska kunna ingås ska dessa villkor vara uppfyllda:",
    "{org} ställer följande krav på den idéburna parten:",
    "Innan en överenskommelse tecknas prövar förvaltningen att följande förutsättningar finns:",
)
CRITERIA_HEADINGS = ("Kriterier för IOP", "Villkor för partnerskap", "Vem kan bli partner?")
TITLES_GUIDELINE = (
    "Riktlinjer för idéburet offentligt partnerskap",
    "Riktlinje för IOP – idéburet offentligt partnerskap i {name}",
    "Vägledning för idéburna offentliga partnerskap",
    "Policy och riktlinjer för samverkan genom IOP",
)
DEFINITIONS = (
    "Idéburet offentligt partnerskap (IOP) är en samverkansform mellan {org} och en eller "
    "flera idéburna organisationer. Båda parter bidrar med resurser för att möta ett "
    "gemensamt identifierat behov.",
    "Ett IOP är en överenskommelse mellan en idéburen organisation och {org} om en "
    "verksamhet som båda vill utveckla. Formen kan användas när varken upphandling eller "
    "föreningsbidrag passar.",
    "Med idéburet offentligt partnerskap menas ett långsiktigt samarbete där {org} och "
    "civilsamhället tillsammans tar ansvar för en samhällsutmaning, utan att det blir ett "
    "köp av tjänster.",
)
BACKGROUNDS = (
    "{org} har sedan {year} en överenskommelse med den idéburna sektorn. Riktlinjerna "
    "beskriver när ett IOP kan bli aktuellt och hur ärendet bereds.",
    "{committee} gav {year} förvaltningen i uppdrag att ta fram riktlinjer för "
    "idéburna offentliga partnerskap, så att föreningar får samma förutsättningar.",
    "Syftet med riktlinjerna är att ge föreningar och förvaltningar i {name} ett "
    "gemensamt stöd när de vill samverka genom ett partnerskap.",
)
PROCESS_STEPS = (
    (
        "Föreningen beskriver sin idé skriftligt och skickar den till {committee_short}.",
        "Förvaltningen bjuder in till en första dialog om behov och mål.",
        "Parterna tar tillsammans fram ett förslag till överenskommelse.",
        "{committee} fattar beslut om partnerskapet.",
    ),
    (
        "Ta kontakt med kommunens samordnare för civilsamhället och berätta om idén.",
        "En gemensam behovsanalys görs i dialog mellan parterna.",
        "Förslaget bereds av förvaltningen och lämnas till nämnden.",
        "Överenskommelsen undertecknas och uppföljningen planeras.",
    ),
)
EXTRA_HEADINGS = ("Principer", "Ansvar och roller", "Allmänt", "Om samverkan")
PROCESS_HEADINGS = ("Så går det till", "Processen steg för steg", "Från idé till partnerskap")
FOLLOW_UPS = (
    "Partnerskapet följs upp minst en gång per år i en gemensam dialog. Föreningen lämnar "
    "en verksamhetsberättelse och en ekonomisk redovisning senast den 31 mars.",
    "Uppföljningen sker i ett partnerskapsforum där båda parter deltar. Avvikelser från "
    "överenskommelsen tas upp direkt och kan leda till att partnerskapet omprövas.",
    "Varje partnerskap har en styrgrupp med representanter för båda parter som träffas "
    "två gånger per år och följer målen i överenskommelsen.",
)
ECONOMY = (
    "Kommunens ekonomiska bidrag beslutas för hela avtalsperioden men betalas ut per år. "
    "Bidraget ska stå i proportion till föreningens egna insatser.",
    "Ett IOP finansieras inom nämndens befintliga budget. Föreningens egen insats kan vara "
    "ideellt arbete, lokaler eller annan finansiering.",
)
FILLERS = (
    "Den idéburna organisationen behåller sitt självstyre och sin rätt att driva opinion, "
    "också i frågor där den är kritisk till {org}.",
    "Partnerskapet ska inte snedvrida konkurrensen och får inte användas för att köpa "
    "tjänster som annars skulle upphandlas.",
    "Parterna ansvarar var för sig för sina åtaganden och informerar varandra i god tid om "
    "förändringar som påverkar verksamheten.",
    "Om partnerskapet avslutas i förtid planerar parterna tillsammans hur deltagarna kan få "
    "fortsatt stöd på annat sätt.",
    "Personuppgifter om deltagare hanteras enligt dataskyddsförordningen och delas inte "
    "mellan parterna utan samtycke.",
    "Riktlinjerna revideras vart fjärde år eller när lagstiftningen ändras.",
    "Ett IOP tecknas vanligen för två till fem år, med möjlighet till förlängning efter "
    "utvärdering.",
    "Förvaltningen för en förteckning över alla pågående partnerskap som redovisas för "
    "nämnden i samband med årsredovisningen.",
)
CONTACT_INTROS = (
    "Har ni frågor om IOP är ni välkomna att höra av er till:",
    "Vill ni veta mer eller har en idé? Kontakta oss:",
    "Kontaktperson för idéburet offentligt partnerskap:",
)
CONTACT_TITLES = (
    "samordnare för civilsamhällesfrågor",
    "utvecklingsledare för idéburen sektor",
    "strateg för civilsamhälle och föreningsliv",
    "föreningskonsulent",
)
DEPARTMENTS = (
    ("Socialnämnden", "socialförvaltningen"),
    ("Vård- och omsorgsnämnden", "vård- och omsorgsförvaltningen"),
    ("Kultur- och fritidsnämnden", "kultur- och fritidsförvaltningen"),
    ("Kommunstyrelsen", "kommunledningskontoret"),
    ("Välfärdsnämnden", "välfärdsförvaltningen"),
)
REGION_DEPARTMENTS = (
    ("Regionstyrelsen", "regionledningskontoret"),
    ("Hälso- och sjukvårdsnämnden", "hälso- och sjukvårdsförvaltningen"),
    ("Kulturnämnden", "kulturförvaltningen"),
)
FIRST_NAMES = (
    "Anna", "Erik", "Fatima", "Johan", "Karin", "Mohammed", "Sara", "Lars", "Elin", "Per",
    "Maria", "Ahmed", "Ingrid", "Oskar", "Linnea", "Björn", "Amira", "Gunilla", "Nils", "Ida",
)  # fmt: skip
LAST_NAMES = (
    "Andersson", "Berg", "Lindqvist", "Nilsson", "Öberg", "Åkesson", "Holm", "Sandberg",
    "Ekström", "Lundgren", "Hassan", "Björk", "Strand", "Forsberg", "Wikström", "Dahl",
)  # fmt: skip
PARTNER_KINDS = (
    "Föreningen", "Seniorföreningen", "Kvinnojouren", "Stödföreningen", "Kulturföreningen",
    "Nätverket", "Idrottsföreningen", "Stiftelsen",
)  # fmt: skip
PARTNER_NAMES = (
    "Solrosen", "Linden", "Ekbacken", "Kompassen", "Fyrbåken", "Vintergatan", "Lärkan",
    "Granen", "Bryggan", "Hamnen", "Ljusglimten", "Vägvisaren", "Stjärnan", "Kastanjen",
    "Mötesplatsen", "Näckrosen", "Trappan", "Björkdungen", "Gläntan", "Ankaret",
)  # fmt: skip
ACTIVITIES = (
    "träffpunkt för äldre som känner sig ensamma",
    "läxhjälp för barn och unga",
    "stöd till våldsutsatta kvinnor och barn",
    "språkcafé för nyanlända",
    "mötesplats för personer med psykisk ohälsa",
    "fritidsverksamhet för unga på sommarlovet",
    "anhörigstöd för den som vårdar en närstående",
    "matkassar och gemensamma måltider",
    "friluftsaktiviteter för personer med funktionsnedsättning",
    "digital hjälp för seniorer",
)
# Board-minute items and web pages that are not about IOP: volume and distractors. None
# is about building permits, waste collection, parking, snow clearing, preschool places
# or elections, so the out-of-scope questions below stay out of scope.
MINUTE_ITEMS = (
    (
        "Ekonomisk uppföljning per {month}",
        "Förvaltningen redovisar ett prognostiserat överskott på {amount} miljoner kronor för "
        "året. Kostnaderna för personal ligger i nivå med budget, medan intäkterna från "
        "statsbidrag är högre än väntat.",
    ),
    (
        "Delegationsbeslut",
        "Förteckningen över delegationsbeslut för perioden {month} läggs till handlingarna. "
        "Besluten gäller bland annat tillförordnande av chefer och yttranden till "
        "tillsynsmyndigheter.",
    ),
    (
        "Internkontrollplan {year}",
        "Nämnden antar internkontrollplanen. Granskningen ska särskilt omfatta "
        "dokumentation, attest av fakturor och rutiner för informationssäkerhet.",
    ),
    (
        "Yttrande över remiss om regional utvecklingsstrategi",
        "Nämnden ställer sig bakom förvaltningens yttrande. Strategin bedöms ge goda "
        "möjligheter till samverkan kring kompetensförsörjning och kollektivtrafik.",
    ),
    (
        "Verksamhetsplan och budget {year}",
        "Nämnden fastställer verksamhetsplanen med {amount} prioriterade mål. Budgetramen "
        "fördelas mellan verksamheterna enligt förvaltningens förslag.",
    ),
    (
        "Rapport om arbetsmiljö och sjukfrånvaro",
        "Sjukfrånvaron har minskat till {amount} procent. Förvaltningen fortsätter arbetet "
        "med hälsofrämjande insatser och chefernas förutsättningar.",
    ),
    (
        "Lokalförsörjningsplan",
        "Nämnden godkänner lokalförsörjningsplanen. Behovet av nya lokaler för daglig "
        "verksamhet bedöms öka under de kommande {amount} åren.",
    ),
    (
        "Taxor och avgifter {year}",
        "Avgifterna för kulturskolan och uthyrning av idrottshallar räknas upp med "
        "{amount} procent i enlighet med prisindex.",
    ),
    (
        "Val av ombud till föreningsstämma",
        "Nämnden utser ordföranden som ombud vid stämman i det kommunala bolaget för "
        "fastighetsförvaltning.",
    ),
    (
        "Information från förvaltningen",
        "Förvaltningschefen informerar om rekryteringsläget, om arbetet med digitalisering "
        "och om den kommande medborgarundersökningen.",
    ),
    (
        "Riktlinjer för föreningsbidrag",
        "Nämnden antar reviderade riktlinjer för föreningsbidrag. Grundbidraget beräknas på "
        "antalet medlemmar och aktiviteter, och ansökan ska lämnas senast {month}.",
    ),
    (
        "Medborgarförslag om utegym",
        "Medborgarförslaget bifalls. Ett utegym anläggs i anslutning till motionsspåret "
        "under förutsättning att medel ryms i investeringsbudgeten.",
    ),
)
MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "augusti", "oktober")
WEB_PAGES = (
    (
        "Föreningsbidrag",
        (
            "{org} ger bidrag till föreningar som har verksamhet för barn, unga, äldre och "
            "personer med funktionsnedsättning.",
            "För att få föreningsbidrag måste föreningen ha minst {amount} medlemmar och vara "
            "registrerad i kommunens föreningsregister.",
            "Ansökan görs digitalt i föreningsportalen. Beslut fattas av nämnden.",
        ),
    ),
    (
        "Boka lokal",
        (
            "Föreningar kan boka skollokaler, samlingssalar och idrottshallar kvällar och helger.",
            "Bokningen görs i bokningssystemet. Avbokning ska ske senast {amount} dagar innan.",
        ),
    ),
    (
        "Volontär i {name}",
        (
            "Vill du göra en insats för andra? Många föreningar i {name} söker volontärer, "
            "till exempel som läxhjälpare eller som sällskap för äldre.",
            "Volontärförmedlingen hjälper dig att hitta ett uppdrag som passar dig.",
        ),
    ),
    (
        "Seniorverksamhet",
        (
            "Kommunens träffpunkter för seniorer har öppet vardagar. Där finns "
            "gymnastik, studiecirklar och gemensamma luncher.",
            "Programmet tas fram tillsammans med pensionärsföreningarna i {name}.",
        ),
    ),
    (
        "Kulturstöd",
        (
            "Projektstöd kan sökas för kulturarrangemang som är öppna för allmänheten.",
            "Stödet uppgår till högst {amount} 000 kronor per projekt och år.",
        ),
    ),
    (
        "Överenskommelse med civilsamhället",
        (
            "{org} och föreningslivet har en gemensam överenskommelse om hur samverkan ska "
            "gå till. Den bygger på principerna om självständighet, dialog, kvalitet, "
            "långsiktighet, öppenhet och mångfald.",
            "Överenskommelsen följs upp på ett årligt dialogmöte.",
        ),
    ),
)
OUT_OF_SCOPE = (
    "Hur söker jag bygglov för ett garage i {name}?",
    "När töms soptunnorna i {name}?",
    "Var kan jag parkera med parkeringstillstånd i {name}?",
    "Vem ansvarar för snöröjningen på min gata i {name}?",
    "Hur ansöker jag om förskoleplats i {name}?",
)
CRITERIA_QUESTIONS = (
    "Vilka kriterier gäller för IOP i {name}?",
    "Vilka villkor ställer {org} för ett idéburet offentligt partnerskap?",
    "Vilka krav finns för att få IOP i {name}?",
)
CONTACT_QUESTIONS = (
    "Vem ska jag kontakta i {name} om IOP?",
    "Vem kan vi vända oss till på {org} med en idé om partnerskap?",
    "Vilka kontaktuppgifter finns för IOP i {name}?",
)
PARTNERSHIP_QUESTIONS = (
    "Vilka IOP har {org} just nu?",
    "Vilka pågående partnerskap finns i {name}?",
    "Vilka överenskommelser om IOP har {name}?",
)


# --- the plan --------------------------------------------------------------------------


@dataclass(frozen=True)
class Body:
    name: str  # canonical name ("Malmö", "Region Skåne")
    organisation: str  # "Malmö stad"
    slug: str
    kind: str  # "kommun" or "region"


@dataclass
class Person:
    name: str
    title: str
    email: str
    phone: str


@dataclass
class Partnership:
    partner: str
    activity: str
    committee: str
    start: int
    end: int
    decision_stem: str | None = None


@dataclass
class BodyPlan:
    """What one organisation publishes, and the facts a correct answer must contain."""

    body: Body
    volume: float
    committee: str
    department: str
    contact: Person
    criteria: list[tuple[str, str, str]] = field(default_factory=list)  # (topic, text, fact)
    partnerships: list[Partnership] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)  # rel, kind, est_chunks
    guideline_stem: str = ""
    web_stem: str = ""
    criteria_stems: list[str] = field(default_factory=list)
    contact_stems: list[str] = field(default_factory=list)
    partnership_stems: list[str] = field(default_factory=list)

    @property
    def est_chunks(self) -> int:
        return sum(d["est_chunks"] for d in self.documents)


def bodies(seed: int) -> list[Body]:
    """All kommuner and regions (one entry per organisation), in a seeded order."""
    out: list[Body] = []
    seen: set[str] = set()
    for name in municipalities.kommuner() + municipalities.regions():
        organisation = municipalities.organisation(name)
        slug = municipalities.slug(name)
        if organisation in seen or slug in seen:  # Gotland: kommun and region are one body
            continue
        seen.update((organisation, slug))
        kind = "region" if name in municipalities.regions() else "kommun"
        out.append(Body(name, organisation, slug, kind))
    random.Random(seed).shuffle(out)
    return out


def ascii_fold(text: str) -> str:
    table = str.maketrans("åäöÅÄÖ", "aaoAAO")
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def fake_email(first: str, last: str, slug: str) -> str:
    return f"{ascii_fold(first)}.{ascii_fold(last)}@{slug}.example.se"


def fake_phone(rng: random.Random) -> str:
    """A number from PTS's fiction ranges (070-174 06 00–99 or 08-465 004 00–99)."""
    n = rng.randrange(100)
    return f"070-174 06 {n:02d}" if rng.random() < 0.6 else f"08-465 004 {n:02d}"


def _person(rng: random.Random, body: Body, title: str) -> Person:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    return Person(f"{first} {last}", title, fake_email(first, last, body.slug), fake_phone(rng))


def _estimate(pages: list[list[str]], kind: str) -> int:
    """Chunks a document will give: chunks never cross pages."""
    raw = sum(max(1, math.ceil(sum(len(p) + 2 for p in page) / CHARS_PER_CHUNK)) for page in pages)
    return max(1, round(raw * KIND_FACTOR[kind]))


class _Writer:
    """Writes one organisation's documents with its own random stream."""

    def __init__(self, body: Body, seed: int, corpus: Path | None) -> None:
        self.body = body
        self.rng = random.Random(f"{seed}:{body.slug}")
        self.corpus = corpus
        rng = self.rng
        departments = REGION_DEPARTMENTS if body.kind == "region" else DEPARTMENTS
        committee, department = rng.choice(departments)
        self.plan = BodyPlan(
            body=body,
            volume=min(4.0, max(0.3, rng.lognormvariate(0.0, 0.55))),
            committee=committee,
            department=department,
            contact=_person(rng, body, rng.choice(CONTACT_TITLES)),
        )
        self.year = rng.randrange(2016, 2024)

    # -- helpers --------------------------------------------------------------------------
    def fmt(self, template: str, **extra: object) -> str:
        p, rng = self.plan, self.rng
        values: dict[str, object] = {
            "org": self.body.organisation,
            "name": self.body.name,
            "committee": p.committee,
            "committee_short": p.department,
            "year": self.year,
            "month": rng.choice(MONTHS),
            "amount": rng.randrange(3, 40),
        }
        values.update(extra)
        return template.format(**values)

    def _folder(self) -> Path | None:
        if self.corpus is None:
            return None
        folder = self.corpus / self.body.slug
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def _record(self, stem: str, suffix: str, kind: str, pages: list[list[str]]) -> str:
        self.plan.documents.append(
            {
                "rel": f"{self.body.slug}/{stem}{suffix}",
                "kind": kind,
                "est_chunks": _estimate(pages, kind),
            }
        )
        return stem

    def _contact_lines(self, person: Person) -> list[str]:
        p = self.plan
        lines = [
            f"{person.name}, {person.title}, {p.department}",
            f"E-post: {person.email}",
            f"Telefon: {person.phone}",
        ]
        if self.rng.random() < 0.3:
            lines[0] = f"{person.name}\n{person.title.capitalize()}, {p.department}"
        return lines

    # -- documents ------------------------------------------------------------------------
    def guideline(self) -> None:
        rng, p, body = self.rng, self.plan, self.body
        topics = rng.sample(sorted(CRITERIA), rng.randint(4, 7))
        if "nonprofit" not in topics and rng.random() < 0.7:
            topics[0] = "nonprofit"
        for topic in topics:
            text, fact = rng.choice(CRITERIA[topic])
            p.criteria.append((topic, text, fact))
        title = self.fmt(rng.choice(TITLES_GUIDELINE))
        stem = f"{body.slug}-riktlinjer-iop"
        sections: list[list[str]] = [
            ["# Bakgrund", self.fmt(rng.choice(BACKGROUNDS)), self.fmt(rng.choice(FILLERS))],
            ["# Vad är IOP?", self.fmt(rng.choice(DEFINITIONS))],
            [
                f"# {rng.choice(CRITERIA_HEADINGS)}",
                self.fmt(rng.choice(CRITERIA_LEADS)),
                *(f"- {text}" for _, text, _ in p.criteria),
            ],
        ]
        if rng.random() < 0.8:
            steps = [self.fmt(s) for s in rng.choice(PROCESS_STEPS)]
            sections.append(
                [
                    f"# {rng.choice(PROCESS_HEADINGS)}",
                    *(f"{i}. {s}" for i, s in enumerate(steps, 1)),
                ]
            )
        if rng.random() < 0.7:
            sections.append(["# Uppföljning", rng.choice(FOLLOW_UPS)])
        if rng.random() < 0.5:
            sections.append(["# Ekonomi", rng.choice(ECONOMY)])
        head, tail = sections[:1], sections[1:]
        rng.shuffle(tail)  # the criteria are not always in the same place
        sections = head + tail
        extra = max(1, round(p.volume * 3))
        for _ in range(extra):
            sections.append(
                [
                    f"# {rng.choice(EXTRA_HEADINGS)}",
                    *(self.fmt(f) for f in rng.sample(FILLERS, 3)),
                ]
            )
        sections.append(
            ["# Kontakt", rng.choice(CONTACT_INTROS), "\n".join(self._contact_lines(p.contact))]
        )
        pages: list[list[str]] = []
        for i in range(0, len(sections), 2):
            pages.append([line for s in sections[i : i + 2] for line in s])
        pages[0].insert(0, f"# {title}")
        folder = self._folder()
        if folder is not None:
            make_pdf(folder / f"{stem}.pdf", pages, header=f"{body.organisation}", title=title)
        p.guideline_stem = self._record(stem, ".pdf", "guideline", pages)
        p.criteria_stems.append(stem)
        p.contact_stems.append(stem)

    def partnerships(self) -> None:
        rng, p = self.rng, self.plan
        count = rng.choice((1, 2, 2, 3, 3, 4)) if rng.random() < 0.9 else 0
        used: set[str] = set()
        for _ in range(count):
            while True:
                partner = f"{rng.choice(PARTNER_KINDS)} {rng.choice(PARTNER_NAMES)}"
                if partner not in used:
                    used.add(partner)
                    break
            start = rng.randrange(2020, 2025)
            p.partnerships.append(
                Partnership(partner, rng.choice(ACTIVITIES), p.committee, start, start + 4)
            )

    def web_page(self) -> None:
        """The IOP page: short intro, ongoing partnerships (table, list or prose), contact."""
        rng, p, body = self.rng, self.plan, self.body
        stem = f"{body.slug}-iop-webbsida"
        title = rng.choice(
            ("Idéburet offentligt partnerskap", "IOP – samverkan med föreningar", "Om IOP")
        )
        html = [f"<h1>{title}</h1>", f"<p>{self.fmt(rng.choice(DEFINITIONS))}</p>"]
        text_pages = [[title, self.fmt(rng.choice(DEFINITIONS))]]
        if rng.random() < 0.4:  # some sites repeat the criteria
            html.append("<h2>Kriterier</h2><p>" + self.fmt(CRITERIA_LEADS[0]) + "</p><ul>")
            html.append("".join(f"<li>{t}</li>" for _, t, _ in p.criteria) + "</ul>")
            text_pages[0] += [t for _, t, _ in p.criteria]
            p.criteria_stems.append(stem)
        if p.partnerships:
            style = rng.choice(("table", "parter", "prose"))
            html.append("<h2>Pågående partnerskap</h2>")
            if style == "table":
                rows = "".join(
                    f"<tr><td>{s.activity.capitalize()}</td><td>{s.committee} och {s.partner}"
                    f"</td><td>{s.start}–{s.end}</td></tr>"
                    for s in p.partnerships
                )
                html.append(
                    "<table><tr><th>Verksamhet</th><th>Parter</th><th>Avtalsperiod</th></tr>"
                    f"{rows}</table>"
                )
            elif style == "parter":
                for s in p.partnerships:
                    html.append(
                        f"<h3>{s.partner}</h3><p>{s.activity.capitalize()}<br>"
                        f"Parter: {s.committee} och {s.partner}</p>"
                    )
            else:
                for s in p.partnerships:
                    html.append(
                        f"<p>Sedan {s.start} har {body.organisation} ett IOP med {s.partner} "
                        f"om {s.activity}. Överenskommelsen gäller till och med {s.end}.</p>"
                    )
            text_pages[0] += [f"{s.partner} {s.activity} {s.committee}" for s in p.partnerships]
            p.partnership_stems.append(stem)
        if rng.random() < 0.85:
            html.append(
                f"<h2>Kontakt</h2><p>{rng.choice(CONTACT_INTROS)}</p><address>"
                + "<br>".join(self._contact_lines(p.contact))
                + "</address>"
            )
            p.contact_stems.append(stem)
        month, day = rng.randrange(1, 10), rng.randrange(10)
        html.append(f"<p>Sidan uppdaterades {self.year + 1}-0{month}-1{day}.</p>")
        folder = self._folder()
        if folder is not None:
            make_html(
                folder / f"{stem}.html", "".join(html), title=f"{title} - {body.organisation}"
            )
        p.web_stem = self._record(stem, ".html", "web", text_pages)

    def decisions(self) -> None:
        """One DOCX decision per partnership: the committee decides on an agreement with X."""
        rng, p, body = self.rng, self.plan, self.body
        for number, s in enumerate(p.partnerships, start=1):
            stem = f"{body.slug}-beslut-iop-{number}"
            dnr = f"{s.committee[:2].upper()} {s.start - 1}/{rng.randrange(10, 999)}"
            case = _person(rng, body, "handläggare")
            paragraphs = [
                rng.choice(
                    (
                        f"{s.committee} beslutar att ingå en överenskommelse med {s.partner} om "
                        f"{s.activity} för perioden {s.start}–{s.end}.",
                        f"{s.committee} godkänner idéburet offentligt partnerskap med "
                        f"{s.partner} avseende {s.activity}, {s.start}–{s.end}.",
                    )
                ),
                f"Diarienummer: {dnr}",
                self.fmt(rng.choice(FILLERS)),
                f"{s.partner} har sedan flera år verksamhet i {body.name} och bidrar med "
                f"ideella krafter och egna lokaler.",
            ]
            bullets = [t for _, t, _ in rng.sample(p.criteria, min(3, len(p.criteria)))]
            budget = [
                ("Part", "Insats per år"),
                (body.organisation, f"{rng.randrange(2, 20) * 50} 000 kronor"),
                (s.partner, "Volontärer, lokaler och samordning"),
            ]
            sidecar_date = f"{s.start - 1}-{rng.randrange(10, 13)}-{rng.randrange(10, 28)}"
            sidecar = rng.random() < 0.5
            folder = self._folder()
            if folder is not None:
                d = docx.Document()
                d.core_properties.title = f"Beslut om IOP med {s.partner}"
                d.add_heading(f"Beslut om idéburet offentligt partnerskap med {s.partner}", 1)
                for para in paragraphs:
                    d.add_paragraph(para)
                d.add_heading("Bedömning", 2)
                d.add_paragraph("Förvaltningen bedömer att följande villkor är uppfyllda:")
                for b in bullets:
                    d.add_paragraph(b, style="List Bullet")
                d.add_heading("Ekonomi", 2)
                table = d.add_table(rows=len(budget), cols=2)
                for r, row in enumerate(budget):
                    for c, value in enumerate(row):
                        table.cell(r, c).text = value
                d.add_heading("Handläggare", 2)
                card = d.add_paragraph(f"{case.name}, {case.title}, {p.department}")
                for line in (f"E-post: {case.email}", f"Telefon: {case.phone}"):
                    run = card.add_run()
                    run.add_break()
                    run.add_text(line)
                d.save(str(folder / f"{stem}.docx"))
                if sidecar:
                    (folder / f"{stem}.docx.meta.yaml").write_text(
                        f'municipality: {body.name}\ndoc_type: beslut\ndate: "{sidecar_date}"\n',
                        encoding="utf-8",
                    )
            s.decision_stem = stem
            pages = [[*paragraphs, *bullets, *(" ".join(r) for r in budget)]]
            self._record(stem, ".docx", "decision", pages)
            p.partnership_stems.append(stem)

    def minutes(self) -> None:
        """Board minutes as PDF: mostly other business; the bulk of the corpus."""
        rng, p, body = self.rng, self.plan, self.body
        count = max(1, round(p.volume * rng.uniform(MINUTES_PER_BODY[0], MINUTES_PER_BODY[1])))
        for number in range(1, count + 1):
            stem = f"{body.slug}-protokoll-{number:02d}"
            year = rng.randrange(2021, 2026)
            pages: list[list[str]] = []
            paragraph_no = rng.randrange(1, 150)
            for _ in range(rng.randint(6, 14)):
                page: list[str] = []
                for heading, text in rng.sample(MINUTE_ITEMS, 6):
                    page.append(f"# § {paragraph_no} {self.fmt(heading, year=year)}")
                    page.append(self.fmt(text, year=year))
                    page.append(f"Dnr {p.committee[:2].upper()} {year}/{rng.randrange(10, 999)}")
                    paragraph_no += 1
                pages.append(page)
            pages[0].insert(0, f"Protokoll från {p.committee}, sammanträde {year}")
            folder = self._folder()
            if folder is not None:
                make_pdf(
                    folder / f"{stem}.pdf",
                    pages,
                    header=f"{body.organisation} – {p.committee}",
                    title=f"Protokoll {p.committee} {year}",
                )
            self._record(stem, ".pdf", "minutes", pages)

    def other_pages(self) -> None:
        rng, body = self.rng, self.body
        count = max(1, round(self.plan.volume * rng.uniform(2, 5)))
        for number in range(1, count + 1):
            heading, paragraphs = rng.choice(WEB_PAGES)
            stem = f"{body.slug}-sida-{number:02d}"
            texts = [self.fmt(t) for t in paragraphs]
            texts += [self.fmt(f) for f in rng.sample(FILLERS, rng.randint(0, 2))]
            title = self.fmt(heading)
            folder = self._folder()
            if folder is not None:
                make_html(
                    folder / f"{stem}.html",
                    f"<h1>{title}</h1>" + "".join(f"<p>{t}</p>" for t in texts),
                    title=f"{title} - {body.organisation}",
                )
            self._record(stem, ".html", "web-other", [[title, *texts]])

    def write(self) -> BodyPlan:
        self.guideline()
        self.partnerships()
        self.web_page()
        self.decisions()
        self.minutes()
        self.other_pages()
        return self.plan


# --- questions -------------------------------------------------------------------------


def questions_for(plan: BodyPlan, index: int, seed: int, oos_every: int) -> list[dict[str, Any]]:
    rng = random.Random(f"{seed}:{plan.body.slug}:questions")
    body = plan.body
    values = {"name": body.name, "org": body.organisation}

    def scope() -> str | None:  # a third of the questions must find the name themselves
        return None if rng.random() < 1 / 3 else body.name

    out: list[dict[str, Any]] = []
    facts = [fact for _, _, fact in plan.criteria]
    out.append(
        {
            "id": f"{body.slug}-criteria",
            "question": rng.choice(CRITERIA_QUESTIONS).format(**values),
            "kind": "criteria",
            "municipality": scope(),
            "expected_sources": sorted(set(plan.criteria_stems)),
            "expected_facts": rng.sample(facts, min(3, len(facts))),
            "expected_verdict": None,
        }
    )
    out.append(
        {
            "id": f"{body.slug}-contact",
            "question": rng.choice(CONTACT_QUESTIONS).format(**values),
            "kind": "contact",
            "municipality": scope(),
            "expected_sources": sorted(set(plan.contact_stems)),
            "expected_facts": [plan.contact.name, plan.contact.email],
            "expected_verdict": None,
        }
    )
    if plan.partnerships:
        out.append(
            {
                "id": f"{body.slug}-partnerships",
                "question": rng.choice(PARTNERSHIP_QUESTIONS).format(**values),
                "kind": "partnerships",
                "municipality": scope(),
                "expected_sources": sorted(set(plan.partnership_stems)),
                "expected_facts": [s.partner for s in plan.partnerships[:3]],
                "expected_verdict": None,
            }
        )
    topics = {topic for topic, _, _ in plan.criteria}
    if index % 4 == 1 and "nonprofit" in topics:
        activity = rng.choice(ACTIVITIES)
        if rng.random() < 0.5:
            question = (
                f"Vi är ett aktiebolag som vill driva {activity} i {body.name}. Kan vi få ett IOP?"
            )
            verdict = "likely_not_eligible"
        else:
            question = (
                f"Vi är en ideell förening i {body.name} och vill starta {activity}. "
                "Kan det bli ett IOP?"
            )
            verdict = "likely_eligible"
        out.append(
            {
                "id": f"{body.slug}-idea",
                "question": question,
                "kind": "eligibility",
                "municipality": scope(),
                "expected_sources": [plan.guideline_stem],
                "expected_facts": [],
                "expected_verdict": verdict,
            }
        )
    if oos_every and index % oos_every == 0:
        out.append(
            {
                "id": f"{body.slug}-out-of-scope",
                "question": rng.choice(OUT_OF_SCOPE).format(**values),
                "kind": "out_of_scope",
                "municipality": scope(),
                "expected_sources": [],
                "expected_facts": [],
                "expected_verdict": None,
            }
        )
    return out


# --- entry points ----------------------------------------------------------------------


def plan_corpus(target_chunks: int | None, seed: int = 0) -> list[BodyPlan]:
    """The organisations (in order) a corpus of ``target_chunks`` holds, without writing."""
    plans: list[BodyPlan] = []
    total = 0
    for body in bodies(seed):
        if target_chunks is not None and total >= target_chunks:
            break
        plan = _Writer(body, seed, None).write()
        plans.append(plan)
        total += plan.est_chunks
    return plans


def generate(
    out: Path, target_chunks: int | None = 50_000, seed: int = 0, oos_every: int = 3
) -> dict[str, Any]:
    """Write corpus, questions.jsonl and manifest.json under ``out``; returns the manifest."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    plans: list[BodyPlan] = []
    questions: list[dict[str, Any]] = []
    total = 0
    for index, body in enumerate(bodies(seed)):
        if target_chunks is not None and total >= target_chunks:
            break
        plan = _Writer(body, seed, corpus).write()
        plans.append(plan)
        total += plan.est_chunks
        questions += questions_for(plan, index, seed, oos_every)
    with (out / "questions.jsonl").open("w", encoding="utf-8") as handle:
        for q in questions:
            handle.write(json.dumps(q, ensure_ascii=False) + "\n")
    manifest = {
        "seed": seed,
        "target_chunks": target_chunks,
        "estimated_chunks": total,
        "organisations": len(plans),
        "documents": sum(len(p.documents) for p in plans),
        "questions": len(questions),
        "seconds": round(time.perf_counter() - started, 1),
        "bodies": [
            {
                **asdict(p.body),
                "est_chunks": p.est_chunks,
                "contact": asdict(p.contact),
                "criteria": [text for _, text, _ in p.criteria],
                "partners": [s.partner for s in p.partnerships],
                "documents": p.documents,
            }
            for p in plans
        ],
    }
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), "utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write corpus/, questions.jsonl into")
    parser.add_argument("--target-chunks", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--oos-every", type=int, default=3, help="an out-of-scope question per N")
    args = parser.parse_args(argv)
    manifest = generate(args.out, args.target_chunks, args.seed, args.oos_every)
    print(
        f"{manifest['organisations']} organisations, {manifest['documents']} documents, "
        f"~{manifest['estimated_chunks']} chunks (estimated), {manifest['questions']} questions "
        f"in {manifest['seconds']} s -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
