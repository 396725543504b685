"""Text of the set_z (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Mölndal: a tjänsteskrivelse from stadsledningskontoret to kommunstyrelsen on one idéskiss
# (Kållereds Seniorsällskap, Mötesplats Kållered). Ärendet, Bakgrund, Bedömning, Ekonomiska
# konsekvenser, Förslag till beslut. The stad's criteria stand only inside "Bedömning", each
# followed by how the förening meets it (ideell förening, stiftelse or trossamfund, no bolag;
# minst tre år and minst 25 medlemmar; within Mölndals stad; högst 40 kronor per tillfälle; minst
# 20 procent with 260 kronor per timme; nothing lagstadgat or upphandlat; a nämnd up to 400 000
# kronor per år, kommunstyrelsen above that or when several nämnder; högst fyra år). Bakgrund
# gives the two deadlines (15 april, 15 oktober) and sex veckor. The proposal: 2026-07-01 –
# 2029-06-30, 460 000 kronor per år, kvartalsvis; not yet decided. A named handläggare. Sidecar.
MOLNDAL_TJANSTESKRIVELSE = Doc(
    path="corpus/molndal/molndal-tjansteskrivelse-iop-kallereds-seniorsallskap.pdf",
    title="Tjänsteskrivelse – idéburet offentligt partnerskap med Kållereds Seniorsällskap om "
    "Mötesplats Kållered",
    header_left="Mölndals stad",
    header_right=["Tjänsteskrivelse", "2026-02-18", "Dnr KS 2025/0927"],
    footer_lines=[
        "Mölndals stad · Stadsledningskontoret · 431 82 Mölndal · Kontaktcenter 031-315 10 00 · "
        "www.molndal.se"
    ],
    author="Stadsledningskontoret, Mölndals stad",
    blocks=[
        (
            "h1",
            "Idéburet offentligt partnerskap med Kållereds Seniorsällskap om Mötesplats Kållered",
        ),
        (
            "kv",
            [
                ("Till", "Kommunstyrelsen"),
                ("Från", "Stadsledningskontoret, enheten för hållbar samhällsutveckling"),
                (
                    "Handläggare",
                    "Jessica Thorsell Mäki, utvecklingsledare civilsamhälle, 031-315 16 42",
                ),
                ("Datum", "2026-02-18"),
                ("Diarienummer", "KS 2025/0927"),
            ],
        ),
        ("h2", "Ärendet"),
        (
            "p",
            "Kållereds Seniorsällskap har lämnat in en idéskiss om en öppen mötesplats för "
            "seniorer i Kållered och vill genomföra verksamheten som ett idéburet offentligt "
            "partnerskap (IOP) med Mölndals stad. Stadsledningskontoret har fört dialog med "
            "föreningen och föreslår att kommunstyrelsen ingår partnerskapet.",
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Kommunfullmäktige antog riktlinjer för idéburet offentligt partnerskap den 27 "
            "november 2024, § 163. Enligt riktlinjerna tar staden emot idéskisser två gånger per "
            "år, senast den 15 april och senast den 15 oktober. Stadsledningskontoret lämnar "
            "besked inom sex veckor efter sista dagen om en idé går vidare till dialog.",
        ),
        (
            "p",
            "Kållereds Seniorsällskap lämnade sin idéskiss den 14 oktober 2025. Under november "
            "2025 till januari 2026 har föreningen haft tre dialogmöten med stadsledningskontoret, "
            "socialförvaltningen och kultur- och fritidsförvaltningen. Parterna har under "
            "dialogen tagit fram ett gemensamt förslag till överenskommelse.",
        ),
        (
            "p",
            "Mötesplats Kållered ska hålla öppet tre dagar i veckan i föreningens lokal vid "
            "Kållereds torg. Där ska det finnas lunchsällskap, studiecirklar, hjälp med mobil "
            "och dator samt promenadgrupper. Verksamheten vänder sig till personer som har fyllt "
            "65 år och bor i Kållered eller Lindome, särskilt till dem som känner sig ensamma.",
        ),
        ("h2", "Bedömning"),
        (
            "p",
            "Stadsledningskontoret har prövat idéskissen mot förutsättningarna i riktlinjerna. "
            "Samtliga förutsättningar ska vara uppfyllda för att staden ska kunna ingå ett "
            "partnerskap.",
        ),
        (
            "p",
            "Partnerskap kan enligt riktlinjerna ingås med en ideell förening, en stiftelse eller "
            "ett registrerat trossamfund. Ett bolag kan inte vara part, inte heller ett bolag som "
            "ägs av en förening. Kållereds Seniorsällskap är en ideell förening med "
            "organisationsnummer och stadgar.",
        ),
        (
            "p",
            "Organisationen ska ha bedrivit verksamhet i Mölndal i minst tre år och ha minst 25 "
            "medlemmar. Föreningen bildades 1987 och har i dag 318 medlemmar. Förutsättningen är "
            "uppfylld.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas inom Mölndals stad och vara öppen för alla i målgruppen, "
            "utan krav på medlemskap i organisationen. Mötesplatsen ligger i Kållered och är öppen "
            "för alla seniorer, oavsett om de är medlemmar i föreningen.",
        ),
        (
            "p",
            "Riktlinjerna tillåter en deltagaravgift på högst 40 kronor per tillfälle. Föreningen "
            "planerar att ta ut 30 kronor per tillfälle för lunchsällskapet, kaffe inräknat. "
            "Övriga aktiviteter ska vara avgiftsfria.",
        ),
        (
            "p",
            "Organisationen ska bidra med en egen insats som motsvarar minst 20 procent av "
            "verksamhetens budget. Ideellt arbete värderas enligt riktlinjerna till 260 kronor "
            "per timme. Föreningen bidrar med 1 050 ideella timmar per år, vilket motsvarar "
            "273 000 kronor, och med lokalen, som värderas till 72 000 kronor per år. Den egna "
            "insatsen blir därmed 345 000 kronor av en total budget på 805 000 kronor, eller "
            "cirka 43 procent.",
        ),
        (
            "p",
            "Ett partnerskap får inte avse verksamhet som staden ska tillhandahålla enligt lag "
            "eller som staden redan köper genom upphandling, och stadens del får inte beräknas "
            "per deltagare eller per besök. Stadsledningskontoret bedömer att mötesplatsen är ett "
            "komplement till den biståndsbedömda dagverksamheten och inte ersätter den. Stadens "
            "del är ett bidrag till verksamheten som helhet.",
        ),
        (
            "p",
            "Enligt riktlinjerna beslutar den nämnd som verksamheten hör till om partnerskap upp "
            "till 400 000 kronor per år. Kommunstyrelsen beslutar om större partnerskap och om "
            "partnerskap som berör flera nämnders ansvarsområden. Stadens del är i detta fall "
            "460 000 kronor per år och verksamheten berör både socialnämnden och kultur- och "
            "fritidsnämnden, varför ärendet avgörs av kommunstyrelsen.",
        ),
        (
            "p",
            "En överenskommelse får gälla i högst fyra år. Föreslagen avtalstid är tre år. "
            "Sammantaget bedömer stadsledningskontoret att idén uppfyller förutsättningarna i "
            "riktlinjerna.",
        ),
        ("h2", "Ekonomiska konsekvenser"),
        (
            "p",
            "Kostnaden, 460 000 kronor per år, ryms inom kommunstyrelsens anslag för samverkan "
            "med civilsamhället. För 2026 belastas anslaget med halva årsbeloppet, 230 000 "
            "kronor.",
        ),
        ("h2", "Förslag till beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Kållereds Seniorsällskap om "
                "verksamheten Mötesplats Kållered enligt bilagt förslag till överenskommelse,",
                "att partnerskapet gäller från och med 2026-07-01 till och med 2029-06-30,",
                "att stadens del är 460 000 kronor per år och betalas ut kvartalsvis i förskott, "
                "samt",
                "att uppdra åt stadsdirektören att underteckna överenskommelsen.",
            ],
        ),
        (
            "lines",
            [
                "Stadsledningskontoret",
                "Helena Brandt Ekelund, stadsdirektör",
                "Jessica Thorsell Mäki, utvecklingsledare civilsamhälle",
            ],
        ),
        ("bold", "Bilagor"),
        (
            "ul",
            [
                "Idéskiss från Kållereds Seniorsällskap, 2025-10-14",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        (
            "small",
            "Beslutet skickas till: Kållereds Seniorsällskap, socialnämnden, kultur- och "
            "fritidsnämnden, ekonomienheten.",
        ),
    ],
)


# Bjuv: a checklist PDF for associations to tick before they send an idéskiss ("☐ Vi är en
# ideell förening …"): minst ett år and minst ett årsmöte; minst 15 medlemmar; Bjuv,
# Billesholm, Ekeby; seniorer som har fyllt 65 år or barn och unga 6–19 år; högst 20 kronor per
# tillfälle, fika inräknat; minst 15 procent with 200 kronor per timme; no payment per
# deltagare; nothing lagstadgat; not one event; no debts. Then how to send (1 mars / 1 september,
# iop@bjuv.se, fyra veckor), the arbetsutskott up to 150 000 kronor, ett till tre år, and a
# named föreningsutvecklare with telefontid. Sidecar.
BJUV_CHECKLISTA = Doc(
    path="corpus/bjuv/bjuv-checklista-infor-ideskiss-iop.pdf",
    title="Checklista inför idéskiss – idéburet offentligt partnerskap (IOP) med Bjuvs kommun",
    header_left="Bjuvs kommun",
    header_right=["Checklista för föreningar", "Version januari 2026"],
    footer_lines=[
        "Bjuvs kommun · Kommunledningsförvaltningen · 267 80 Bjuv · Växel 042-458 50 00 · "
        "iop@bjuv.se"
    ],
    author="Kommunledningsförvaltningen, Bjuvs kommun",
    blocks=[
        ("h1", "Checklista inför idéskiss"),
        ("bold", "Idéburet offentligt partnerskap (IOP) med Bjuvs kommun"),
        (
            "p",
            "Funderar er förening på att föreslå ett partnerskap med kommunen? Gå igenom "
            "checklistan tillsammans i styrelsen innan ni skriver er idéskiss. Sätt ett kryss i "
            "varje ruta som stämmer för er. Checklistan bygger på kommunens riktlinjer för "
            "idéburet offentligt partnerskap, som kommunfullmäktige antog den 25 september 2023, "
            "§ 88.",
        ),
        ("h2", "Om föreningen"),
        (
            "lines",
            [
                "☐ Vi är en ideell förening, en stiftelse eller ett registrerat trossamfund och "
                "har organisationsnummer. (Bolag kan inte vara part.)",
                "☐ Föreningen har haft verksamhet i minst ett år och har hållit minst ett årsmöte.",
                "☐ Vi har minst 15 medlemmar.",
                "☐ Föreningen har inga skulder hos Kronofogden.",
            ],
        ),
        ("h2", "Om verksamheten"),
        (
            "lines",
            [
                "☐ Verksamheten ska finnas i Bjuvs kommun – i Bjuv, Billesholm, Ekeby eller på "
                "landsbygden runt omkring.",
                "☐ Verksamheten riktar sig till seniorer som har fyllt 65 år eller till barn och "
                "unga som är 6–19 år.",
                "☐ Alla i målgruppen får vara med, även de som inte är medlemmar i föreningen.",
                "☐ Om vi tar ut en avgift är den högst 20 kronor per tillfälle, fika inräknat.",
                "☐ Verksamheten pågår under minst ett år. Den är inte ett enstaka evenemang, som "
                "en marknad, en fest eller en resa.",
            ],
        ),
        ("h2", "Om pengarna"),
        (
            "lines",
            [
                "☐ Föreningen står för minst 15 procent av kostnaden. Det kan vara pengar, lokal, "
                "material eller ideella timmar. Ideella timmar räknas med 200 kronor per timme.",
                "☐ Vi vill inte att kommunen betalar oss per deltagare eller per besök.",
                "☐ Idén är vår egen, och den gäller inte något som kommunen måste göra enligt "
                "lag, till exempel hemtjänst, skolskjuts eller färdtjänst.",
            ],
        ),
        (
            "box",
            "Kunde ni kryssa i alla rutor? Då är ni välkomna att skicka in en idéskiss. Blev det "
            "en ruta tom? Hör av er ändå – ibland går idén att ändra så att den passar, och "
            "annars kan föreningsbidrag vara ett bättre alternativ.",
        ),
        ("h2", "Så skickar ni in idéskissen"),
        (
            "ol",
            [
                "Skriv idéskissen på kommunens blankett. Beskriv behovet, målgruppen, vad ni vill "
                "göra och vad ni själva bidrar med. Bifoga stadgar och senaste "
                "verksamhetsberättelse.",
                "Skicka den till iop@bjuv.se senast den 1 mars eller senast den 1 september.",
                "Inom fyra veckor efter sista dagen får ni besked om kommunen vill gå vidare till "
                "dialog.",
                "Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till 150 000 kronor "
                "per år. Större partnerskap beslutas av kommunstyrelsen.",
                "Överenskommelsen gäller i ett till tre år.",
            ],
        ),
        ("h2", "Vill ni prata först?"),
        (
            "p",
            "Nadia Karlsson Berisha, föreningsutvecklare på kommunledningsförvaltningen, hjälper "
            "er gärna. Telefon 042-458 52 61, telefontid tisdagar och torsdagar kl. 13–15. "
            "E-post iop@bjuv.se.",
        ),
    ],
)


# Vadstena: a letterhead letter from kultur- och fritidsförvaltningen answering one association
# (Borghamns Byalag) about a summer café in the harbour: not the general rules. It says why the
# idea does not fit as it stands (mainly visitors, June–August only, nine members where the
# riktlinjer ask for tolv), that the number "kan komma att sänkas till åtta" in an autumn review,
# points to arrangemangsbidrag up to 15 000 kronor, and to the next deadline 1 september 2026 and
# iop@vadstena.se. Signed by the fritidschef (not the IOP contact). Sidecar.
VADSTENA_BREV = Doc(
    path="corpus/vadstena/vadstena-svar-till-borghamns-byalag-om-iop.pdf",
    title="Svar på er förfrågan om idéburet offentligt partnerskap för ett hamnkafé i Borghamn",
    header_left="VADSTENA KOMMUN",
    header_right=["Kultur- och fritidsförvaltningen", "2026-03-16", "Dnr KFN 2026/41"],
    footer_lines=[
        "Vadstena kommun · Kultur- och fritidsförvaltningen · 592 80 Vadstena · "
        "Växel 0143-150 00 · kommun@vadstena.se"
    ],
    author="Kultur- och fritidsförvaltningen, Vadstena kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        (
            "lines",
            [
                "Borghamns Byalag",
                "Att. Gunilla Ask, ordförande",
                "Hamnvägen 4",
                "592 93 Vadstena",
            ],
        ),
        ("h2", "Svar på er förfrågan om idéburet offentligt partnerskap för ett hamnkafé"),
        (
            "p",
            "Tack för ert brev av den 20 februari 2026, där ni frågar om Borghamns Byalag kan få "
            "ett idéburet offentligt partnerskap (IOP) med kommunen för att driva ett kafé i "
            "gästhamnen i Borghamn.",
        ),
        (
            "p",
            "Ni beskriver ett kafé i hamnen från midsommar till mitten av augusti, främst för "
            "båtgäster, cyklister och andra besökare. Ni vill ta 50 kronor för kaffe och bulle "
            "och önskar att kommunen står för lönen till två sommarjobbare.",
        ),
        ("bold", "Vår bedömning"),
        (
            "p",
            "Vi bedömer att idén i sin nuvarande form inte kan bli ett idéburet offentligt "
            "partnerskap. Det finns tre skäl:",
        ),
        (
            "ol",
            [
                "Ett partnerskap ska vara till för dem som bor i kommunen. Ett kafé som främst "
                "vänder sig till besökare och turister är viktigt för bygden men passar bättre "
                "som en vanlig sommarverksamhet.",
                "Kaféet håller öppet under knappt två månader om året. Kommunens riktlinjer "
                "förutsätter en verksamhet som pågår året runt eller återkommer regelbundet "
                "under hela avtalstiden.",
                "Byalaget har i dag nio medlemmar. Enligt riktlinjerna ska föreningen ha minst "
                "tolv medlemmar. Vid höstens översyn av riktlinjerna kan kravet komma att sänkas "
                "till åtta medlemmar, men något sådant beslut är inte fattat.",
            ],
        ),
        ("bold", "Andra möjligheter"),
        (
            "p",
            "Byalaget kan söka arrangemangsbidrag från kultur- och fritidsnämnden för enstaka "
            "arrangemang i Borghamn, till exempel hamnens dag. Arrangemangsbidraget är högst "
            "15 000 kronor per arrangemang och söks senast sex veckor före arrangemanget.",
        ),
        (
            "p",
            "Om byalaget i stället vill ordna en mötesplats för dem som bor i Borghamn året runt "
            "är ni välkomna att skicka en idéskiss till iop@vadstena.se. Nästa sista dag för "
            "idéskisser är den 1 september 2026.",
        ),
        (
            "lines",
            [
                "Har ni frågor om arrangemangsbidraget kan ni ringa mig på telefon 0143-152 81.",
                "Med vänlig hälsning",
                "Per-Olof Granath, fritidschef",
                "per-olof.granath@vadstena.se",
            ],
        ),
    ],
)


# Rättvik: slides from an information evening in Furudal, one heading and exactly three
# bullets a slide (minst tre år with an årsmöte every year; minst 10 betalande medlemmar; no
# bolag; the orter, not Leksand, Mora or Orsa; högst 40 kronor per tillfälle; minst 10 procent
# with 180 kronor per timme; 31 mars 2026, 30 april, 1 augusti 2026; the arbetsutskott up to
# 200 000 kronor; två eller tre år; kvartalsvis; 31 mars; contacts). Sidecar.
_N_SLIDES = [
    (
        "Välkomna!",
        [
            "Informationsträff om idéburet offentligt partnerskap (IOP)",
            "Furudals bygdegård, torsdag 12 februari 2026",
            "Linnea Öhrn Persson, utvecklingsledare civilsamhälle",
        ],
    ),
    (
        "Vad är IOP?",
        [
            "Ett avtal mellan en förening och kommunen om något föreningen vill göra",
            "Idén kommer från föreningen – båda parter bidrar",
            "Inte ett föreningsbidrag och inte en upphandling",
        ],
    ),
    (
        "Vem kan vara part?",
        [
            "Ideell förening, stiftelse eller registrerat trossamfund – inga bolag, inte ens om "
            "föreningen äger bolaget",
            "Minst tre år gammal, med årsmöte varje år",
            "Minst 10 betalande medlemmar",
        ],
    ),
    (
        "Var?",
        [
            "I Rättviks kommun: Rättvik, Vikarbyn, Boda, Furudal, Ore, Dalby, Östbjörka eller "
            "Nedre Gärdsjö",
            "Gärna i byarna – inte bara i Rättviks tätort",
            "Verksamhet som hålls i Leksands, Mora eller Orsa kommun räknas inte",
        ],
    ),
    (
        "Vad får det kosta deltagarna?",
        [
            "Öppet för alla i målgruppen – medlem eller inte",
            "Högst 40 kronor per tillfälle",
            "Fika ingår i de 40 kronorna",
        ],
    ),
    (
        "Er egen insats",
        [
            "Minst 10 procent av kostnaden",
            "Ideell tid räknas med 180 kronor per timme",
            "Lokal, material och egna pengar räknas också",
        ],
    ),
    (
        "Det här blir inte IOP",
        [
            "Sådant som kommunen ska göra enligt lag, till exempel hemtjänst",
            "Enstaka evenemang, till exempel en marknad eller ett midsommarfirande",
            "Ersättning per deltagare, per besök eller per timme",
        ],
    ),
    (
        "Tidplan 2026",
        [
            "Idéskiss senast 31 mars 2026 till iop@rattvik.se",
            "Besked om dialog senast 30 april",
            "Partnerskapen startar tidigast 1 augusti 2026",
        ],
    ),
    (
        "Vem beslutar?",
        [
            "Kommunstyrelsens arbetsutskott: upp till 200 000 kronor per år",
            "Kommunstyrelsen: mer än 200 000 kronor per år",
            "Avtal på två eller tre år",
        ],
    ),
    (
        "Pengar och uppföljning",
        [
            "Kommunen betalar ut sin del kvartalsvis i förskott",
            "Verksamhetsberättelse och ekonomisk redovisning senast 31 mars året efter",
            "Ett uppföljningsmöte per halvår",
        ],
    ),
    (
        "Frågor?",
        [
            "Linnea Öhrn Persson, telefon 0248-701 64",
            "iop@rattvik.se",
            "Kontaktcenter 0248-700 00, vardagar kl. 8–16",
        ],
    ),
]


def _slides(slides: list[tuple[str, list[str]]]) -> list[tuple]:
    """One page per slide: a slide number, the heading and its three bullets."""
    blocks: list[tuple] = []
    for i, (heading, bullets) in enumerate(slides, 1):
        if i > 1:
            blocks.append(("pagebreak",))
        blocks += [("small", f"Bild {i} av {len(slides)}"), ("h1", heading), ("ul", bullets)]
    return blocks


RATTVIK_BILDER = Doc(
    path="corpus/rattvik/rattvik-iop-informationstraff-bilder-2026-02-12.pdf",
    title="IOP i Rättvik – bilder från informationsträffen 12 februari 2026",
    header_left="Rättviks kommun · Informationsträff IOP",
    footer_lines=["Rättviks kommun · Furudal 12 februari 2026"],
    author="Kommunledningsförvaltningen, Rättviks kommun",
    blocks=_slides(_N_SLIDES),
)


# Dorotea: the signed agreement (Word) on the only partnership, Byagården Borgafjäll with
# Borgafjälls Byaförening: kommunstyrelsen 2025-05-20 § 64; 2025-07-01 – 2028-06-30; 140 000
# kronor per år, kvartalsvis; the förening's own part agreed at minst 25 procent (700 timmar);
# a fee of at most 30 kronor per tillfälle for this partnership; 31 mars; tre månader;
# contact persons on both sides; signatures by the kommunstyrelsens ordförande and the
# förening's ordförande. Numbers that differ from the general page (10 procent, 50 kronor).
# Sidecar.
DOROTEA_OVERENSKOMMELSE = Doc(
    path="corpus/dorotea/dorotea-overenskommelse-iop-byagarden-borgafjall.docx",
    title="Överenskommelse om idéburet offentligt partnerskap – Byagården Borgafjäll",
    header_left="Dorotea kommun · Överenskommelse IOP · Dnr KS 2025/58",
    footer_lines=["Dorotea kommun · 917 81 Dorotea · Växel 0942-140 00"],
    author="Dorotea kommun",
    blocks=[
        ("h1", "Överenskommelse om idéburet offentligt partnerskap – Byagården Borgafjäll"),
        ("h2", "1. Parter"),
        (
            "kv",
            [
                ("Kommunen", "Dorotea kommun, kommunstyrelsen, org.nr 212000-2437"),
                ("Föreningen", "Borgafjälls Byaförening, org.nr 894000-6615"),
            ],
        ),
        ("h2", "2. Bakgrund"),
        (
            "p",
            "Borgafjälls Byaförening lämnade den 10 mars 2025 en idéskiss om att hålla "
            "byagården i Borgafjäll öppen som mötesplats för byns invånare året runt. Efter "
            "dialog mellan parterna beslutade kommunstyrelsen den 20 maj 2025, § 64, att ingå "
            "partnerskapet.",
        ),
        ("h2", "3. Syfte"),
        (
            "p",
            "Syftet är att minska ensamheten bland dem som bor i Borgafjäll och byarna runt "
            "omkring, särskilt under vinterhalvåret, och att ge byns invånare en gemensam "
            "samlingsplats.",
        ),
        ("h2", "4. Verksamheten"),
        (
            "p",
            "Byagården håller öppet tisdagar och torsdagar kl. 11–15 med soppa, kaffe och "
            "sällskap, och en kväll i månaden med film eller föredrag. Verksamheten är öppen för "
            "alla, oavsett om man är medlem i föreningen. Föreningen får ta ut högst 30 kronor "
            "per tillfälle av deltagarna inom ramen för detta partnerskap.",
        ),
        ("h2", "5. Parternas insatser"),
        (
            "p",
            "Kommunen bidrar med 140 000 kronor per år. Föreningen bidrar med lokalen, med "
            "minst 700 ideella timmar per år och med intäkterna från deltagaravgifterna. "
            "Föreningens insats ska motsvara minst 25 procent av verksamhetens totala kostnad.",
        ),
        ("h2", "6. Avtalstid"),
        (
            "p",
            "Överenskommelsen gäller från och med 2025-07-01 till och med 2028-06-30. Den "
            "förlängs inte automatiskt.",
        ),
        ("h2", "7. Utbetalning"),
        ("p", "Kommunens del betalas ut kvartalsvis i förskott, 35 000 kronor per kvartal."),
        ("h2", "8. Uppföljning"),
        (
            "p",
            "Föreningen lämnar en verksamhetsberättelse och en ekonomisk redovisning senast den "
            "31 mars varje år. Parterna träffas för ett uppföljningsmöte varje höst.",
        ),
        ("h2", "9. Uppsägning"),
        (
            "p",
            "Vardera part kan säga upp överenskommelsen med tre månaders uppsägningstid. Om "
            "föreningen inte fullgör sina åtaganden kan kommunen kräva tillbaka medel som inte "
            "har använts.",
        ),
        ("h2", "10. Kontaktpersoner"),
        (
            "kv",
            [
                (
                    "Kommunen",
                    "Ellinor Sundqvist Rask, kultur- och fritidsutvecklare, telefon 0942-141 36",
                ),
                ("Föreningen", "Bo-Göran Lundmark, ordförande i Borgafjälls Byaförening"),
            ],
        ),
        ("h2", "11. Underskrifter"),
        (
            "p",
            "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna "
            "har tagit var sitt.",
        ),
        (
            "table",
            (85, 85),
            [
                ["För Dorotea kommun", "För Borgafjälls Byaförening"],
                ["Dorotea den 12 juni 2025", "Borgafjäll den 12 juni 2025"],
                [
                    "Gunnel Åström Blind, kommunstyrelsens ordförande",
                    "Bo-Göran Lundmark, ordförande",
                ],
            ],
        ),
    ],
)


DOCS = [
    MOLNDAL_TJANSTESKRIVELSE,
    BJUV_CHECKLISTA,
    VADSTENA_BREV,
    RATTVIK_BILDER,
    DOROTEA_OVERENSKOMMELSE,
]
