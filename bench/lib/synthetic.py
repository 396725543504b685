"""Synthetic Swedish municipal documents for the ingest benchmark, the crash loop and the
load runs: half multi-page PDFs made with fpdf2, half HTML pages with cookie banner, menu
and footer. All contact details are invented and clearly fake (``@exempel.se``, 0123-
numbers); every version of a document carries a marker word of its own."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from builders import make_html, make_pdf

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
