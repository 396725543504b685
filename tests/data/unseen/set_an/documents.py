"""Text of the set_an (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The other documents of the set are written by hand under ``corpus/``:

- ``hjo/hjo-nyhet-mandagsmotet-korsberga-och-informationstraff.html``: a news item on the
  municipal site (no sidecar) about the new partnership Måndagsmötet i Korsberga and an
  information meeting on 19 januari 2027, with the anhörig- and frivilligsamordnare's phone.
- ``kristianstad/kristianstad-iop-vanliga-fragor.html``: an FAQ accordion built with
  ``button``/``hidden`` panels (target groups barn och unga mellan 7 och 19 år and äldre som
  har fyllt 75 år, no fee at all for children, högst 50 kronor per tillfälle for äldre, minst
  10 procent, organisationsnummer i minst ett år, löpande, sex veckor, 500 000 kronor), a named
  strategist and a separate number for föreningsbidrag. Sidecar.
- ``kristianstad/kristianstad-iop-information-in-english.md``: an English page with the same
  rules in English and the note that the Swedish text applies. Sidecar.
- ``bengtsfors/bengtsfors-bidrag-partnerskap-eller-upphandling.html``: a page mixing
  föreningsbidrag (aktivitetsbidrag, träffpunktsbidrag, startbidrag), IOP and LOU procurement,
  with the fritidskonsulent's number for föreningsbidrag and only a mailbox for IOP (no
  sidecar).
- ``ostra-goinge/ostra-goinge-facebook-traffpunkt-glimakra.txt``: a Facebook post about a new
  partnership with comments (a claim about payment per visitor, a claim about five years, a
  commenter's phone number) and the municipality's replies (no sidecar).
- ``ostra-goinge/ostra-goinge-ideburna-partnerskap.html``: a table of partnerships (three
  ongoing, two ended, total 273 000 kronor) and the note that Östra Göinge has no adopted IOP
  guidelines. Sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Hjo: an extract of socialnämnden's minutes 2026-09-22 with two decisions. § 71 (Dnr
# SN 2026/087) says yes to Korsberga Byalag (Måndagsmötet i Korsberga, 96 000 kronor per år,
# 2026-11-01–2028-10-31); the ärendebeskrivning restates socialnämnden's utgångspunkter in one
# paragraph of prose (organisationsnummer registrerat i minst 18 månader; fyllt 67 år or
# anhöriga; Hjo kommun; högst 40 kronor per tillfälle inklusive fika; minst 15 procent with 200
# kronor per timme; not also föreningsbidrag; högst tre år; a nämnd up to 250 000 kronor).
# § 72 (Dnr SN 2026/104) says no to Föreningen Vätterstrandens Seniorer because its number had
# been registered for only 13 months; a new idéskiss tidigast 2027-01-01. Sidecar.
HJO_PROTOKOLL = Doc(
    path="corpus/hjo/hjo-socialnamnden-protokollsutdrag-2026-09-22.pdf",
    title="Socialnämnden Hjo – protokollsutdrag 2026-09-22 § 71–72, idéburet offentligt "
    "partnerskap",
    header_left="Hjo kommun",
    header_right=["Socialnämnden", "Protokollsutdrag", "2026-09-22"],
    footer_lines=[
        "Hjo kommun · Socialförvaltningen · 544 81 Hjo · Växel 0503-355 00 · "
        "socialnamnden@hjo.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Hjo kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-09-22, kl. 13.30–16.05"),
                ("Plats", "Stadshuset, sammanträdesrummet Vättern"),
                ("Paragrafer", "§ 71–72"),
                ("Ordförande", "Margareta Hult (S)"),
                ("Justerare", "Johan Brandt (M)"),
                ("Sekreterare", "Anna-Karin Wessman"),
                ("Justeringsdatum", "2026-09-29"),
            ],
        ),
        ("h2", "§ 71 Idéburet offentligt partnerskap med Korsberga Byalag – Måndagsmötet i "
         "Korsberga"),
        ("small", "Dnr SN 2026/087"),
        ("bold", "Socialnämndens beslut"),
        ("p", "Socialnämnden beslutar att"),
        (
            "ol",
            [
                "ingå ett idéburet offentligt partnerskap med Korsberga Byalag, org.nr "
                "802471-3390, om verksamheten Måndagsmötet i Korsberga under perioden "
                "2026-11-01–2028-10-31,",
                "kommunens del av finansieringen är 96 000 kronor per år och betalas ut "
                "kvartalsvis i förskott,",
                "uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Korsberga Byalag bildades 1987 och har haft organisationsnummer sedan 1988. "
            "Byalaget lämnade den 3 juni 2026 in en idéskiss om Måndagsmötet i Korsberga: en "
            "mötesplats varje måndag kl. 10.00–13.00 i Korsberga bygdegård med lunch, kaffe och "
            "ett program som deltagarna själva är med och bestämmer. Mötet vänder sig till "
            "personer som har fyllt 67 år och bor i Korsberga, Fågelås och de omkringliggande "
            "byarna. Deltagarna betalar 35 kronor per tillfälle, och då ingår lunch och kaffe. "
            "Man behöver inte vara medlem i byalaget för att delta.",
        ),
        (
            "p",
            "Socialnämndens utgångspunkter för idéburet offentligt partnerskap, antagna "
            "2025-02-18 § 14, innebär i korthet följande. Organisationen ska vara en ideell "
            "förening, en stiftelse eller ett registrerat trossamfund vars organisationsnummer "
            "har varit registrerat i minst 18 månader när idéskissen kommer in. Verksamheten ska "
            "vända sig till personer som har fyllt 67 år och bor i Hjo kommun, eller till deras "
            "anhöriga, och den ska bedrivas i Hjo kommun. Avgiften för deltagarna får vara högst "
            "40 kronor per tillfälle inklusive fika. Organisationen ska stå för minst 15 procent "
            "av kostnaden, och ideellt arbete räknas då med 200 kronor per timme. Samma "
            "verksamhet får inte samtidigt få föreningsbidrag från kultur- och fritidsnämnden. "
            "Ett partnerskap gäller i högst tre år. Socialnämnden beslutar om partnerskap där "
            "kommunens del är högst 250 000 kronor per år; större partnerskap beslutas av "
            "kommunstyrelsen.",
        ),
        (
            "p",
            "Verksamhetens budget är 128 000 kronor per år. Byalaget står för lokalen i "
            "bygdegården, värderad till 12 000 kronor, och för 100 ideella timmar, värderade till "
            "20 000 kronor, sammanlagt 32 000 kronor eller 25 procent av kostnaden. Byalaget har "
            "inte sökt föreningsbidrag för Måndagsmötet.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Förvaltningen bedömer att idéskissen uppfyller samtliga utgångspunkter och att "
            "Måndagsmötet kan minska ensamheten bland äldre i den södra delen av kommunen. "
            "Kontaktperson för partnerskapet på socialförvaltningen är Frida Almgren Sjö, "
            "frivillig- och anhörigsamordnare.",
        ),
        ("small", "Beslutsunderlag: Tjänsteskrivelse 2026-09-01, idéskiss 2026-06-03, förslag "
         "till överenskommelse."),
        ("small", "Expedieras till: Korsberga Byalag, socialchefen, ekonomienheten"),
        ("h2", "§ 72 Idéskiss från Föreningen Vätterstrandens Seniorer – Promenad och samtal "
         "vid hamnen"),
        ("small", "Dnr SN 2026/104"),
        ("bold", "Socialnämndens beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå idéburet offentligt partnerskap med Föreningen "
            "Vätterstrandens Seniorer om verksamheten Promenad och samtal vid hamnen.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Vätterstrandens Seniorer lämnade den 14 augusti 2026 in en idéskiss om "
            "gemensamma promenader och samtal vid Hjo hamn varje onsdag för personer som har "
            "fyllt 67 år. Verksamheten skulle vara avgiftsfri och öppen för alla, och föreningen "
            "skulle stå för 20 procent av kostnaden.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Föreningens organisationsnummer registrerades 2025-07-01. När idéskissen kom in "
            "2026-08-14 hade organisationsnumret alltså varit registrerat i drygt 13 månader, "
            "vilket understiger kravet på 18 månader i socialnämndens utgångspunkter. Idén "
            "uppfyller i övrigt utgångspunkterna, och nämnden ser positivt på den. Föreningen kan "
            "lämna in en ny idéskiss när organisationsnumret har varit registrerat i 18 "
            "månader, det vill säga tidigast 2027-01-01. Föreningen är välkommen att få råd av "
            "frivillig- och anhörigsamordnaren Frida Almgren Sjö inför en ny idéskiss.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Lars Ohlsson (C) yrkar att ärendet återremitteras för att pröva om kravet på 18 "
            "månader kan frångås. Ordföranden ställer proposition på förvaltningens förslag och "
            "på återremiss och finner att nämnden beslutar enligt förvaltningens förslag. Lars "
            "Ohlsson (C) reserverar sig mot beslutet.",
        ),
        ("small", "Expedieras till: Föreningen Vätterstrandens Seniorer"),
        ("small", "Rätt utdraget intygar: Anna-Karin Wessman, nämndsekreterare"),
    ],
)


# Götene: the criteria as a Word table K1–K12 where the right-hand column ("Räcker inte /
# undantag") qualifies the left (tre ordinarie årsmöten – tre år räcker inte, extra årsmöten
# räknas inte; minst 15 medlemmar; utflykter högst fyra gånger; högst 250 kronor per termin;
# minst 300 ideella timmar – styrelsearbete and money do not count; K12 samverkan is only a
# "bör"). The target groups are defined only in section 2 (äldre = fyllt 70 år, unga 13–25).
# Deadlines 15 april / 15 oktober, fem veckor, 200 000 kronor. Sidecar.
GOTENE_KRITERIER = Doc(
    path="corpus/gotene/gotene-kriterier-iop.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Götene kommun",
    header_left="Götene kommun",
    footer_lines=[
        "Götene kommun · Kommunledningsförvaltningen · 533 80 Götene · Växel 0511-38 50 00"
    ],
    author="Kommunledningsförvaltningen, Götene kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Götene kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-04-02 § 51"),
                ("Diarienummer", "KS 2025/0117"),
                ("Gäller från", "2025-05-01"),
                ("Ansvarig", "Kommunledningsförvaltningen"),
            ],
        ),
        (
            "p",
            "Götene kommun kan ingå idéburna offentliga partnerskap med föreningar som har en "
            "egen idé om verksamhet som gör nytta för invånarna. Kriterierna K1–K11 i tabellen "
            "måste alla vara uppfyllda. K12 är en rekommendation. Kolumnen till höger beskriver "
            "vad som inte räcker och vilka undantag som finns. Den är en del av kriteriet, så "
            "läs den noga.",
        ),
        ("h2", "1 Kriterier"),
        (
            "table",
            (10, 25, 60, 60),
            [
                ["Nr", "Område", "Krav", "Räcker inte / undantag"],
                [
                    "K1",
                    "Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund med eget "
                    "organisationsnummer.",
                    "Räcker inte: en lokalavdelning som använder riksförbundets "
                    "organisationsnummer. Aktiebolag och ekonomiska föreningar kan aldrig vara "
                    "part.",
                ],
                [
                    "K2",
                    "Föreningens ålder",
                    "Föreningen ska ha hållit minst tre ordinarie årsmöten.",
                    "Räcker inte: att det har gått tre år sedan föreningen bildades. Extra "
                    "årsmöten räknas inte.",
                ],
                [
                    "K3",
                    "Medlemmar",
                    "Minst 15 medlemmar.",
                    "Undantag: stiftelser och trossamfund behöver inte ha medlemmar.",
                ],
                [
                    "K4",
                    "Plats",
                    "Verksamheten ska bedrivas i Götene kommun.",
                    "Undantag: studiebesök och utflykter utanför kommunen får ingå, högst fyra "
                    "gånger per verksamhetsår.",
                ],
                [
                    "K5",
                    "Målgrupp",
                    "Verksamheten ska vända sig till äldre, unga eller anhöriga enligt "
                    "definitionerna i avsnitt 2.",
                    "Gäller inte: verksamhet för andra åldersgrupper kan inte bli IOP enligt "
                    "dessa kriterier.",
                ],
                [
                    "K6",
                    "Öppenhet",
                    "Alla i målgruppen ska kunna delta på samma villkor, oavsett medlemskap.",
                    "Räcker inte: att den som inte är medlem får pröva på en eller två gånger.",
                ],
                [
                    "K7",
                    "Avgift",
                    "Deltagarna får betala högst 250 kronor per termin.",
                    "Fika och material ingår i beloppet. Undantag: utflykter enligt K4 får "
                    "kosta vad de kostar föreningen (självkostnad).",
                ],
                [
                    "K8",
                    "Egen insats",
                    "Minst 300 ideella timmar per verksamhetsår i verksamheten.",
                    "Räcker inte: timmar för styrelsearbete, bokföring och annan administration "
                    "räknas inte. Egna pengar kan inte ersätta timmarna.",
                ],
                [
                    "K9",
                    "Annan finansiering",
                    "Samma verksamhet får inte samtidigt ha föreningsbidrag från kommunen.",
                    "Föreningen får ha föreningsbidrag för annan verksamhet än den som "
                    "partnerskapet gäller.",
                ],
                [
                    "K10",
                    "Vinst",
                    "Verksamheten drivs utan vinstsyfte. Ett överskott ska gå tillbaka till "
                    "verksamheten.",
                    "–",
                ],
                [
                    "K11",
                    "Avtalstid",
                    "Ett partnerskap gäller i ett till tre år.",
                    "Förlängs inte automatiskt. Vill föreningen fortsätta lämnar den en ny "
                    "ansökan.",
                ],
                [
                    "K12",
                    "Samverkan",
                    "Bör: verksamheten bör genomföras tillsammans med minst en annan förening "
                    "eller ett studieförbund.",
                    "Detta är inget krav. En ansökan utan samverkanspart kan också godkännas.",
                ],
            ],
        ),
        ("h2", "2 Begrepp"),
        ("p", "I kriterierna betyder"),
        (
            "kv",
            [
                ("Äldre", "personer som har fyllt 70 år och bor i Götene kommun."),
                ("Unga", "personer från 13 till och med 25 år."),
                (
                    "Anhörig",
                    "en person som vårdar eller stödjer en närstående som är långvarigt sjuk, "
                    "äldre eller har en funktionsnedsättning.",
                ),
                (
                    "Ordinarie årsmöte",
                    "det årsmöte som föreningens stadgar säger ska hållas varje år. Ett extra "
                    "årsmöte är inte ett ordinarie årsmöte.",
                ),
                (
                    "Ideellt arbete",
                    "obetald tid som medlemmar eller andra frivilliga lägger direkt i "
                    "verksamheten, till exempel som ledare, värd eller chaufför.",
                ),
                ("Termin", "vårtermin januari–juni och hösttermin augusti–december."),
                ("Verksamhetsår", "kalenderår."),
            ],
        ),
        ("h2", "3 Ansökan och beslut"),
        (
            "p",
            "Föreningen ansöker på kommunens blankett Ansökan om idéburet offentligt partnerskap "
            "(IOP). Ansökningar som har kommit in senast den 15 april prövas under våren, och "
            "ansökningar som har kommit in senast den 15 oktober prövas under vintern. Inom fem "
            "veckor efter sista dagen får föreningen besked om ansökan går vidare till dialog.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 200 000 kronor per år. Kommunstyrelsen beslutar om större partnerskap.",
        ),
        ("h2", "4 Utbetalning och uppföljning"),
        (
            "p",
            "Kommunens del betalas ut i två delar, i mars och i september. Föreningen lämnar "
            "verksamhetsberättelse och ekonomisk redovisning för partnerskapet senast den 28 "
            "februari året efter. Vardera part kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
    ],
)


# Götene: the application form (Word) with fields to fill in, tick boxes for the target group and
# the appendices (stadgar, protokoll från de tre senaste ordinarie årsmötena …), two
# firmatecknare, where to send it (iop@gotene.se or post), the two deadlines with the earliest
# starts (1 september / 1 mars året därpå) and the föreningsutvecklare with phone hours. No
# sidecar.
GOTENE_BLANKETT = Doc(
    path="corpus/gotene/gotene-ansokan-iop-blankett.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Götene kommun",
    header_left="Götene kommun – Ansökan om idéburet offentligt partnerskap (IOP)",
    footer_lines=["Götene kommun · 533 80 Götene · Växel 0511-38 50 00 · iop@gotene.se"],
    author="Götene kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Blankett KLF 112, version 2025-05. Läs Kriterier för idéburet offentligt "
            "partnerskap (K1–K12) innan ni fyller i blanketten.",
        ),
        ("h2", "1. Föreningen"),
        (
            "kv",
            [
                ("Föreningens namn", "…………………………………………"),
                ("Organisationsnummer", "……………………-…………"),
                ("Datum då föreningen bildades", "…………………………"),
                (
                    "Antal hållna ordinarie årsmöten (K2)",
                    "……… st. Extra årsmöten räknas inte.",
                ),
                ("Antal medlemmar (K3)", "………"),
                ("Postadress", "…………………………………………"),
                ("Bankgiro eller plusgiro", "…………………………"),
            ],
        ),
        ("h2", "2. Kontaktperson"),
        (
            "kv",
            [
                ("Namn", "…………………………………………"),
                ("Telefon", "…………………………"),
                ("E-post", "…………………………………………"),
            ],
        ),
        ("h2", "3. Idén"),
        (
            "box",
            "Beskriv kort, på högst en sida: vilket behov ni ser, vilka verksamheten vänder sig "
            "till, vad ni vill göra, var och hur ofta.",
        ),
        ("h2", "4. Målgrupp (kryssa i)"),
        (
            "lines",
            [
                "☐ Äldre (har fyllt 70 år)",
                "☐ Unga (13–25 år)",
                "☐ Anhöriga",
            ],
        ),
        ("h2", "5. Budget per verksamhetsår"),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor"],
                ["Lokal", ""],
                ["Material och fika", ""],
                ["Resor och utflykter", ""],
                ["Övrigt", ""],
                ["Avgifter från deltagare", ""],
                ["Belopp som föreningen söker från Götene kommun", ""],
                ["Summa kostnader", ""],
            ],
        ),
        (
            "kv",
            [
                (
                    "Egen insats: ideella timmar i verksamheten (K8)",
                    "……… timmar per år (minst 300). Styrelsearbete och administration räknas "
                    "inte.",
                ),
                ("Avgift för deltagare (K7)", "……… kronor per termin (högst 250)."),
                ("Samverkanspart, om någon (K12)", "…………………………………………"),
            ],
        ),
        ("h2", "6. Bilagor (kryssa i)"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från de tre senaste ordinarie årsmötena",
                "☐ Senaste verksamhetsberättelse och ekonomiska redovisning",
                "☐ Intyg från samverkanspart, om ni har någon",
            ],
        ),
        ("h2", "7. Underskrift"),
        ("p", "Ansökan ska skrivas under av två firmatecknare."),
        (
            "kv",
            [
                ("Ort och datum", "…………………………………………"),
                ("Underskrift och namnförtydligande 1", "…………………………………………"),
                ("Underskrift och namnförtydligande 2", "…………………………………………"),
            ],
        ),
        ("h2", "Så skickar ni ansökan"),
        (
            "p",
            "Skicka ansökan med bilagor till iop@gotene.se eller med post till Götene kommun, "
            "Kommunledningsförvaltningen, 533 80 Götene. Ansökningar som har kommit in senast den "
            "15 april prövas under våren, och partnerskapet kan då starta tidigast den 1 "
            "september. Ansökningar som har kommit in senast den 15 oktober prövas under "
            "vintern, och partnerskapet kan då starta tidigast den 1 mars året därpå.",
        ),
        (
            "box",
            "Frågor om blanketten? Kontakta Linnea Tjärnberg, föreningsutvecklare, telefon "
            "0511-38 61 27 (tisdag–torsdag kl. 9–11).",
        ),
        (
            "small",
            "Götene kommun behandlar personuppgifterna i ansökan för att kunna handlägga den. "
            "Läs mer om hur kommunen behandlar personuppgifter på gotene.se/dataskydd.",
        ),
    ],
)


# Svalöv: guidelines in force (kommunfullmäktige 2023-11-27 § 143) in running prose, with
# "måste"/"krävs"/"ska" (organisationsnummer; minst två år from the constituent meeting; in
# Svalövs kommun; open; högst 500 kronor per deltagare och kalenderår; minst 25 procent with 200
# kronor per timme) against "bör"/"önskvärt" (minst 20 medlemmar, säte i kommunen, samverkan)
# that "är inga krav", two exceptions (sammanslagning; 10 procent for funktionsnedsättning),
# deadlines 15 mars / 15 oktober with starts 1 augusti / 1 mars året därpå, fyra veckor, 350 000
# kronor, 1–4 år, a named kommunstrateg. Sidecar.
SVALOV_RIKTLINJER = Doc(
    path="corpus/svalov/svalov-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Svalövs kommun",
    header_left="Svalövs kommun",
    header_right=["Riktlinjer för IOP", "Dnr KS 2023/311"],
    footer_lines=[
        "Svalövs kommun · 268 80 Svalöv · Växel 0418-47 50 00 · kommunen@svalov.se"
    ],
    author="Kommunledningsförvaltningen, Svalövs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Svalövs kommun"),
        (
            "kv",
            [
                ("Antagna av", "Kommunfullmäktige 2023-11-27 § 143"),
                ("Diarienummer", "KS 2023/311"),
                ("Gäller från", "2024-01-01"),
                ("Gäller till", "Tills vidare"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Svalövs kommun vill ta vara på den kraft som finns i föreningslivet i Svalöv, "
            "Teckomatorp, Billeberga, Kågeröd, Röstånga, Tågarp och i byarna. Ett idéburet "
            "offentligt partnerskap (IOP) är en överenskommelse mellan kommunen och en idéburen "
            "organisation om att tillsammans genomföra en verksamhet som organisationen har tagit "
            "initiativ till. Båda parter bidrar. IOP är varken föreningsbidrag eller upphandling.",
        ),
        (
            "p",
            "I riktlinjerna betyder ska, måste och krävs att något är ett krav. Bör och önskvärt "
            "betyder att kommunen ser det som en fördel, men inte att det är ett krav.",
        ),
        ("h2", "2 Krav på organisationen"),
        (
            "p",
            "Organisationen måste vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund med organisationsnummer. Bolag kan inte ingå partnerskap med kommunen.",
        ),
        (
            "p",
            "Det krävs att organisationen har bedrivit verksamhet i minst två år. Tiden räknas "
            "från organisationens bildande, det vill säga det konstituerande mötet, till den dag "
            "idéskissen kommer in till kommunen. Organisationen ska kunna visa stadgar, "
            "protokoll från det senaste årsmötet och den senaste verksamhetsberättelsen.",
        ),
        ("h2", "3 Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Svalövs kommun. Den ska vara öppen för alla i "
            "målgruppen, och medlemskap i organisationen får inte krävas för att delta. "
            "Deltagarna får betala en avgift på högst 500 kronor per deltagare och kalenderår.",
        ),
        (
            "p",
            "Organisationen ska bidra med en egen insats på minst 25 procent av verksamhetens "
            "totala kostnad. Den egna insatsen kan bestå av ideellt arbete, som räknas med 200 "
            "kronor per timme, lokaler, material eller egna pengar.",
        ),
        (
            "p",
            "Verksamheten får inte drivas med vinstsyfte. Den får inte avse något som kommunen "
            "ska tillhandahålla enligt lag, och den får inte vara ett enstaka evenemang. "
            "Kommunen betalar inte per deltagare eller per besök. Samma verksamhet kan inte "
            "samtidigt få föreningsbidrag från kommunen.",
        ),
        ("h2", "4 Det här ser vi gärna"),
        (
            "p",
            "Organisationen bör ha minst 20 medlemmar. Organisationen bör också ha sitt säte i "
            "Svalövs kommun, men det är verksamheten som måste finnas här. Det är önskvärt att "
            "verksamheten genomförs i samverkan med andra föreningar, och att organisationen "
            "gör sin verksamhetsberättelse tillgänglig för allmänheten. Det här är inga krav, "
            "och en idé kan godkännas även om något av det saknas.",
        ),
        ("h2", "5 Undantag"),
        (
            "p",
            "Kravet på två års verksamhet gäller inte en organisation som har bildats genom "
            "sammanslagning av två eller flera organisationer, om var och en av dem hade "
            "bedrivit verksamhet i minst två år när de gick samman.",
        ),
        (
            "p",
            "För verksamhet som riktar sig till personer med funktionsnedsättning räcker det "
            "att organisationen bidrar med en egen insats på minst 10 procent.",
        ),
        ("h2", "6 Idéskiss och beslut"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss som skickas till iop@svalov.se. "
            "Idéskisser tas emot två gånger per år. En idéskiss som har kommit in senast den "
            "15 mars kan leda till ett partnerskap som startar tidigast den 1 augusti samma år. "
            "En idéskiss som har kommit in senast den 15 oktober kan leda till ett partnerskap "
            "som startar tidigast den 1 mars året därpå.",
        ),
        (
            "p",
            "Inom fyra veckor efter sista dagen får organisationen besked om kommunen vill gå "
            "vidare till dialog. Den nämnd som verksamheten hör till beslutar om partnerskap där "
            "kommunens del är högst 350 000 kronor per år. Kommunstyrelsen beslutar om större "
            "partnerskap.",
        ),
        ("h2", "7 Överenskommelse och uppföljning"),
        (
            "p",
            "Överenskommelsen gäller i ett till fyra år och förlängs inte automatiskt. Kommunens "
            "del betalas ut kvartalsvis i förskott. Organisationen lämnar verksamhetsberättelse "
            "och ekonomisk redovisning senast den 31 mars året efter. Vardera part kan säga upp "
            "överenskommelsen med tre månaders uppsägningstid.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Sara Qvist Olofsson, kommunstrateg för civilsamhället, telefon 0418-47 51 36, "
            "e-post iop@svalov.se.",
        ),
    ],
)


# Svalöv: a remissvar from Röstånga Bygdeförening on a draft of revised guidelines (Dnr KS
# 2026/208): it summarises the draft (15 instead of 25 procent, ett år instead of två, 700
# instead of 500 kronor, löpande), says that a decision is planned for våren 2027 and that the
# 2023 guidelines apply until then, and gives the association's own views (10 procent, keep 500
# kronor). Signed by the association's chair with her phone. Not the municipality's rules.
# Sidecar.
SVALOV_REMISSVAR = Doc(
    path="corpus/svalov/svalov-remissvar-rostanga-bygdeforening-2026.pdf",
    title="Remissvar från Röstånga Bygdeförening – förslag till reviderade riktlinjer för IOP "
    "i Svalövs kommun",
    header_left="Röstånga Bygdeförening",
    header_right=["Remissvar", "2026-05-27"],
    footer_lines=[
        "Röstånga Bygdeförening · c/o Åkerblom, Kvarnvägen 4, 268 68 Röstånga · "
        "styrelsen@rostangabygd.se"
    ],
    author="Röstånga Bygdeförening",
    blocks=[
        (
            "kv",
            [
                ("Till", "Svalövs kommun, Kommunstyrelsen"),
                (
                    "Ärende",
                    "Remiss – Förslag till reviderade riktlinjer för idéburet offentligt "
                    "partnerskap, Dnr KS 2026/208",
                ),
                ("Från", "Röstånga Bygdeförening"),
                ("Datum", "2026-05-27"),
            ],
        ),
        ("h1", "Remissvar om förslaget till reviderade riktlinjer för IOP"),
        (
            "p",
            "Röstånga Bygdeförening har tagit del av kommunens förslag till reviderade riktlinjer "
            "för idéburet offentligt partnerskap, som skickades på remiss 2026-04-10 med sista "
            "svarsdag 2026-05-31. Förslaget har diskuterats vid två styrelsemöten och vid ett "
            "öppet medlemsmöte i Röstånga bygdegård. Det som står här är vår förenings "
            "synpunkter och inte kommunens beslut.",
        ),
        ("h2", "Förslaget i korthet"),
        (
            "p",
            "Förslaget innebär att kravet på egen insats sänks från 25 till 15 procent, att "
            "kravet på två års verksamhet ersätts med ett år, att avgiftstaket höjs från 500 till "
            "700 kronor per deltagare och kalenderår, och att idéskisser ska kunna lämnas in "
            "löpande i stället för två gånger per år. Enligt remissen är avsikten att "
            "kommunfullmäktige ska besluta om de nya riktlinjerna under våren 2027. Till dess "
            "gäller riktlinjerna från 2023.",
        ),
        ("h2", "Våra synpunkter"),
        (
            "ol",
            [
                "Egen insats. Vi tillstyrker att kravet sänks, men vi anser att 10 procent vore "
                "rimligare. För en liten byförening är det svårt att få ihop en fjärdedel av "
                "kostnaden, även när vi räknar alla ideella timmar.",
                "Ett års verksamhet. Vi tillstyrker. Nya föreningar har ofta mest energi i "
                "början.",
                "Avgiften. Vi avstyrker höjningen. Vi anser att taket ska vara kvar på 500 "
                "kronor per deltagare och kalenderår, så att ingen behöver avstå av "
                "ekonomiska skäl.",
                "Löpande idéskisser. Vi tillstyrker. Två fasta datum passar dåligt med "
                "föreningarnas årsmöten.",
                "Lokaler. Vi föreslår att en bygdegård som föreningen själv äger ska kunna "
                "räknas till sitt fulla hyresvärde i den egna insatsen.",
            ],
        ),
        (
            "p",
            "Vi står gärna till tjänst om kommunen vill veta mer om hur föreningarna i norra "
            "delen av kommunen arbetar.",
        ),
        ("p", "För Röstånga Bygdeförening"),
        (
            "lines",
            [
                "Gunnel Åkerblom, ordförande, telefon 070-284 19 63",
                "Ingvar Mårtensson, sekreterare",
            ],
        ),
    ],
)


# Bengtsfors: a letterhead letter from sektor omsorg (2026-11-16) inviting ideas for IOP against
# loneliness among older people in 2027: 360 000 kronor in all, högst 120 000 kronor per
# partnerskap; ett årsmöte; fyllt 70 år; högst 30 kronor per tillfälle, fika inräknat; minst
# 10 procent with 190 kronor per timme; not both föreningsbidrag and IOP; outside the tätort is
# "önskvärt … men det är inget krav", rullator access "bör"; deadline 29 januari 2027, decision
# 18 mars 2027, start 1 april 2027 to 31 mars 2029. The only contacts are iop@bengtsfors.se and
# the växel. Sidecar.
BENGTSFORS_BREV = Doc(
    path="corpus/bengtsfors/bengtsfors-brev-iop-ensamhet-aldre-2027.pdf",
    title="Brev till föreningar: idéer om IOP mot ensamhet bland äldre 2027",
    header_left="Bengtsfors kommun",
    header_right=["Sektor omsorg", "2026-11-16", "Dnr SO 2026/214"],
    footer_lines=[
        "Bengtsfors kommun · Sektor omsorg · Box 14 · 666 21 Bengtsfors",
        "Växel 0531-52 60 00 · iop@bengtsfors.se · www.bengtsfors.se",
    ],
    author="Sektor omsorg, Bengtsfors kommun",
    letterhead=True,
    blocks=[
        (
            "small",
            "Till föreningar, församlingar och andra idéburna organisationer i Bengtsfors kommun",
        ),
        (
            "h1",
            "Har er förening en idé mot ensamhet bland äldre? Nu kan ni föreslå ett partnerskap "
            "för 2027",
        ),
        (
            "p",
            "Vård- och omsorgsnämnden har avsatt 360 000 kronor för 2027 till idéburna offentliga "
            "partnerskap (IOP) som minskar ofrivillig ensamhet bland äldre i Bengtsfors kommun. "
            "Vi vill gärna ta del av era idéer. Det kan vara en mötesplats, en promenadgrupp, "
            "samåkning till kulturaktiviteter eller något helt annat som ni tror på.",
        ),
        ("h2", "Det här gäller"),
        (
            "ul",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund med organisationsnummer och ska ha hållit minst ett årsmöte.",
                "Verksamheten ska vända sig till personer som har fyllt 70 år och bor i "
                "Bengtsfors kommun. Anhöriga och vänner får följa med.",
                "Deltagarna får betala högst 30 kronor per tillfälle, fika inräknat.",
                "Organisationen ska stå för minst 10 procent av kostnaden, till exempel med "
                "ideellt arbete, som räknas med 190 kronor per timme, lokal eller material.",
                "Ett partnerskap kan få högst 120 000 kronor per år från kommunen.",
                "Samma aktivitet kan inte få både föreningsbidrag och IOP.",
            ],
        ),
        (
            "p",
            "Det är önskvärt att mötesplatserna finns utanför Bengtsfors tätort, till exempel i "
            "Dals Långed, Billingsfors, Bäckefors, Skåpafors eller Gustavsfors, men det är inget "
            "krav. Verksamheten bör också vara lätt att ta sig till för den som går med rullator.",
        ),
        ("h2", "Så går det till"),
        (
            "kv",
            [
                ("Sista dag för idéskiss", "Fredag 29 januari 2027"),
                ("Dialogmöten", "Februari 2027"),
                ("Beslut i vård- och omsorgsnämnden", "18 mars 2027"),
                ("Start", "1 april 2027. Partnerskapen gäller till och med 31 mars 2029."),
            ],
        ),
        (
            "p",
            "Skicka idéskissen till iop@bengtsfors.se. Beskriv idén, vilka ni vill nå, var och "
            "hur ofta ni vill träffas, vad det kostar och vad er organisation bidrar med. Två "
            "sidor räcker gott.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Vi svarar på frågor via iop@bengtsfors.se, oftast inom en vecka. Du kan också ringa "
            "kommunens växel, 0531-52 60 00, och be att bli kopplad till sektor omsorg.",
        ),
        ("p", "Med vänliga hälsningar"),
        ("lines", ["Sektor omsorg", "Bengtsfors kommun"]),
    ],
)


DOCS = [
    HJO_PROTOKOLL,
    GOTENE_KRITERIER,
    GOTENE_BLANKETT,
    SVALOV_RIKTLINJER,
    SVALOV_REMISSVAR,
    BENGTSFORS_BREV,
]
