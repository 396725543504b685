"""Text of the set_as documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions, amounts and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The twelve documents of the set (six municipalities, Svealand and Norrland):

upplands-vasby/
  upplands-vasby-iop-fragor-och-svar.html       FAQ page as an HTML accordion (details/summary)
                                                with cookie banner, menu, breadcrumb and a
                                                "Senast uppdaterad" line; the criteria stand in
                                                the answers (minst tre år, minst 30 medlemmar of
                                                whom hälften folkbokförda, minst 20 procent with
                                                230 kronor per timme, borrowed kommunal lokal does
                                                not count, högst 40 kronor per tillfälle, nothing
                                                under skoltid). A named föreningsutvecklare. No
                                                sidecar.
  upplands-vasby-iop-in-english.html            English page summarising the same rules, with its
                                                own English-speaking contact. Sidecar.
nykvarn/
  nykvarn-villkor-for-iop.docx                  (below) criteria as a Word table with a column of
                                                what does not count. Sidecar.
  nykvarn-ksau-protokollsutdrag-2026-02-17.pdf  (below) protocol extract, four §§ with
                                                diarienummer, two yes and two no with reasons.
                                                Sidecar.
skinnskatteberg/
  skinnskatteberg-utlysning-iop-unga-2026.pdf   (below) letterhead PDF, a call for proposals
                                                (utlysning) with its own conditions; the only
                                                contact details are the functional mailbox and the
                                                switchboard in the footer. No sidecar.
  skinnskatteberg-pagaende-partnerskap.html     table of current partnerships plus one ended,
                                                total per year, cookie banner and menu. Sidecar.
munkfors/
  munkfors-bidrag-partnerskap-och-upphandling.html
                                                a page mixing föreningsbidrag, IOP (criteria as
                                                running prose: förutsätter / krävs / måste / ska /
                                                bör / får inte; target groups limited to äldre,
                                                funktionsnedsättning, nyanlända) and LOU, with
                                                three different contacts. No sidecar.
  munkfors-remissvar-ransaters-bygdegardsforening.txt
                                                an association's consultation response (remissvar)
                                                on a draft that is not in the set: its proposals
                                                (15 procent, 250 kronor, barn och unga, ett
                                                årsmöte) are not the municipality's rules. No
                                                sidecar.
bjurholm/
  bjurholm-ideskiss-iop-blankett.docx           (below) application form (idéskiss) whose rules
                                                stand in its numbered boxes (Ruta 1-6) between
                                                fill-in tables. Sidecar.
  bjurholm-nyhet-forsta-iop-agnas.html          news item on the first partnership (Agnäs
                                                Byaförening) with an information evening. No
                                                sidecar.
sorsele/
  sorsele-riktlinjer-iop.md                     guidelines in force as Markdown, running prose
                                                under Principer / Krav på organisationen / Villkor
                                                för verksamheten (sameby cannot be a party,
                                                sameförening can; minst 12 månader; minst fem
                                                medlemmar; 20 procent, 220 kronor; högst 200
                                                kronor per termin; no drift of an anläggning).
                                                Sidecar.
  sorsele-riktlinjer-iop-remissversion-2026.pdf (below) draft out for consultation
                                                (remissversion), a two-column table "Gäller i dag"
                                                / "Förslag" and a timetable; not in force. Sidecar.
"""

Doc = dict  # the fields of build.py's Doc


# Nykvarn: the conditions as one Word table with three columns (Villkor / Det här gäller / Det
# här räknas inte): ideell förening or stiftelse; minst 18 månader from the organisationsnummer;
# minst 15 betalande medlemmar (stödmedlemmar do not count, a familjemedlemskap counts as one);
# the orter; högst 300 kronor per deltagare och termin including fika; minst 30 procent with 200
# kronor per timme (no board meetings, no other kommunal bidrag); no investments (fordon, båtar,
# inventarier över 25 000 kronor); ett till tre år. Process: iop@nykvarn.se, 31 januari / 31
# augusti, arbetsutskottet up to 300 000 kronor, payment in April. A named folkhälsostrateg.
NYKVARN_VILLKOR = Doc(
    path="corpus/nykvarn/nykvarn-villkor-for-iop.docx",
    title="Villkor för idéburet offentligt partnerskap (IOP) i Nykvarns kommun",
    header_left="Nykvarns kommun · Kommunledningskontoret",
    footer_lines=[
        "Nykvarns kommun · 155 80 Nykvarn · Växel 08-555 011 00 · kommunen@nykvarn.se"
    ],
    author="Kommunledningskontoret, Nykvarns kommun",
    blocks=[
        ("h1", "Villkor för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Beslutade av kommunstyrelsen 2025-09-22 § 112 · Dnr KS 2025/306 · Gäller från och "
            "med 2025-11-01",
        ),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan Nykvarns kommun och "
            "en förening om en verksamhet som föreningen har tagit initiativ till och som båda "
            "parter bidrar till. Partnerskapet är inte ett föreningsbidrag och inte en "
            "upphandling.",
        ),
        (
            "p",
            "Tabellen visar de villkor som ska vara uppfyllda för att kommunen ska kunna pröva en "
            "idé. Uppfyller idén inte alla villkor går den inte vidare till dialog. I den högra "
            "kolumnen står sådant som vi ofta får frågor om och som inte räknas.",
        ),
        (
            "table",
            (30, 70, 70),
            [
                ["Villkor", "Det här gäller", "Det här räknas inte"],
                [
                    "Organisation",
                    "Ideell förening eller stiftelse med organisationsnummer, stadgar och en "
                    "styrelse som har valts på årsmöte.",
                    "Ekonomiska föreningar, aktiebolag, enskilda firmor och nätverk eller grupper "
                    "utan stadgar.",
                ],
                [
                    "Hur länge organisationen har funnits",
                    "Minst 18 månader, räknat från det datum då organisationen fick sitt "
                    "organisationsnummer hos Skatteverket.",
                    "Tid innan organisationen registrerades, till exempel år då gruppen träffades "
                    "som ett nätverk utan organisationsnummer.",
                ],
                [
                    "Medlemmar",
                    "Minst 15 medlemmar som har betalat medlemsavgift för innevarande eller "
                    "föregående år.",
                    "Stödmedlemmar utan rösträtt. Ett familjemedlemskap räknas som en medlem.",
                ],
                [
                    "Plats",
                    "Verksamheten bedrivs i Nykvarns kommun, till exempel i Nykvarn, Turinge, "
                    "Taxinge eller Sundsvik.",
                    "Verksamhet som huvudsakligen bedrivs i en annan kommun, även om deltagarna "
                    "bor i Nykvarn.",
                ],
                [
                    "Deltagare och avgifter",
                    "Verksamheten är öppen för alla i målgruppen. Avgiften är högst 300 kronor "
                    "per deltagare och termin.",
                    "Krav på medlemskap för att få delta. Avgifter för fika och material räknas "
                    "in i de 300 kronorna.",
                ],
                [
                    "Egen insats",
                    "Minst 30 procent av verksamhetens totala kostnad. Ideellt arbete värderas "
                    "till 200 kronor per timme.",
                    "Tid för styrelsemöten och föreningens egen administration. Pengar som "
                    "föreningen får från kommunen på annat sätt, till exempel föreningsbidrag.",
                ],
                [
                    "Vad pengarna får användas till",
                    "Löpande verksamhet: ledare, lokalhyra, material, förtäring och resor inom "
                    "verksamheten.",
                    "Investeringar som köp av fordon, båtar eller byggnader, ombyggnad av "
                    "lokaler och inköp av inventarier över 25 000 kronor.",
                ],
                [
                    "Avgränsning",
                    "Idén kommer från organisationen och kompletterar kommunens egen verksamhet.",
                    "Sådant som kommunen ska ge enligt lag, verksamhet som kommunen redan "
                    "upphandlar och enstaka arrangemang som en cup, en festival eller en "
                    "marknad.",
                ],
                [
                    "Avtalstid",
                    "Ett till tre år.",
                    "Automatisk förlängning. Vill ni fortsätta lämnar ni en ny idéskiss.",
                ],
            ],
        ),
        ("h2", "Så lämnar ni in en idéskiss"),
        (
            "p",
            "Skicka idéskissen till iop@nykvarn.se. Beskriv idén, målgruppen, var verksamheten "
            "ska vara, vad föreningen bidrar med och en enkel budget. Bifoga stadgar och senaste "
            "årsmötesprotokoll.",
        ),
        (
            "p",
            "Idéskisser som har kommit in senast den 31 januari behandlas av kommunstyrelsens "
            "arbetsutskott i februari. Idéskisser som har kommit in senast den 31 augusti "
            "behandlas i september. Arbetsutskottet beslutar om partnerskap där kommunens del är "
            "högst 300 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "Kommunens del betalas ut en gång per år, i april. Föreningen redovisar verksamhet och "
            "ekonomi senast den 15 mars året efter varje verksamhetsår.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Johan Strandell Ek, folkhälsostrateg, kommunledningskontoret. Telefon 08-555 013 62, "
            "e-post iop@nykvarn.se.",
        ),
    ],
)


# Nykvarn: an extract of kommunstyrelsens arbetsutskott 2026-02-17, §§ 14-17: § 14 yes (Turinge
# Hembygdsförening, Slöjdcafé för äldre, 85 000 kronor per år, 2026-04-01 - 2028-03-31); § 15 no
# (Nykvarns Padelförening, organisationsnummer 2025-03-04, less than 18 months); § 16 no (Taxinge
# Båtklubb, mainly the purchase of jollar and a följebåt = investment); § 17 yes (Nykvarns
# Schacksällskap, Schack på biblioteket, 42 000 kronor, one year). No phone number of any person;
# the footer has only the switchboard.
NYKVARN_PROTOKOLL = Doc(
    path="corpus/nykvarn/nykvarn-ksau-protokollsutdrag-2026-02-17.pdf",
    title="Kommunstyrelsens arbetsutskott Nykvarn – protokollsutdrag 2026-02-17 §§ 14–17",
    header_left="Nykvarns kommun",
    header_right=["Kommunstyrelsens arbetsutskott", "Protokollsutdrag", "2026-02-17"],
    footer_lines=[
        "Nykvarns kommun · Kommunledningskontoret · 155 80 Nykvarn · Växel 08-555 011 00",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Kommunstyrelsens arbetsutskott, Nykvarns kommun",
    blocks=[
        ("h1", "Kommunstyrelsens arbetsutskott – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-17"),
                ("Plats", "Kommunhuset, sammanträdesrum Yngern"),
                ("Ordförande", "Lars-Göran Vikner (M)"),
                ("Ledamöter", "Annika Frej (KD), Sara Mäkinen (S)"),
                ("Sekreterare", "Elin Tallroth"),
                ("Justerare", "Sara Mäkinen (S)"),
                ("Justeringsdatum", "2026-02-20"),
            ],
        ),
        (
            "p",
            "Arbetsutskottet har prövat de idéskisser om idéburet offentligt partnerskap som kom "
            "in senast den 31 januari 2026. Ärendena har beretts av kommunledningskontoret mot "
            "kommunens villkor för idéburet offentligt partnerskap (KS 2025-09-22 § 112).",
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap med Turinge Hembygdsförening"),
        ("small", "Dnr KS 2026/018"),
        ("bold", "Beslut"),
        ("p", "Kommunstyrelsens arbetsutskott beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Turinge Hembygdsförening om "
                "verksamheten Slöjdcafé för äldre i Turinge bygdegård,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-03-31, samt",
                "att kommunens del är 85 000 kronor per år.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Turinge Hembygdsförening bildades 1978 och har 112 betalande medlemmar. Föreningen "
            "vill ha ett slöjdcafé varannan torsdag i Turinge bygdegård för invånare som har "
            "fyllt 65 år, med träslöjd, stickning och fika. Deltagarna betalar 150 kronor per "
            "termin. Föreningens egen insats är 420 ideella timmar per år, som värderas till "
            "84 000 kronor, samt material. Verksamhetens totala kostnad beräknas till 178 000 "
            "kronor per år.",
        ),
        (
            "p",
            "Idén uppfyller samtliga villkor. Kontaktperson för partnerskapet på kommunen är "
            "Johan Strandell Ek, folkhälsostrateg.",
        ),
        ("h2", "§ 15 Idéskiss från Nykvarns Padelförening – Padel för unga"),
        ("small", "Dnr KS 2026/021"),
        ("bold", "Beslut"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar att inte gå vidare med idéskissen från "
            "Nykvarns Padelförening.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Föreningen fick sitt organisationsnummer 2025-03-04 och har därmed funnits i mindre "
            "än 18 månader. Att föreningens medlemmar spelade tillsammans redan innan föreningen "
            "bildades räknas inte. Föreningen uppmanas att söka startbidrag hos kultur- och "
            "fritidsnämnden och är välkommen att lämna en ny idéskiss när villkoret är uppfyllt.",
        ),
        ("h2", "§ 16 Idéskiss från Taxinge Båtklubb – Seglarskola för barn"),
        ("small", "Dnr KS 2026/024"),
        ("bold", "Beslut"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar att inte gå vidare med idéskissen från "
            "Taxinge Båtklubb.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Idéskissen avser till största delen köp av fyra jollar och en följebåt för sammanlagt "
            "265 000 kronor. Det är investeringar som enligt kommunens villkor inte kan "
            "finansieras genom ett partnerskap. Arbetsutskottet ser positivt på en seglarskola för "
            "barn i Taxinge och hänvisar föreningen till kultur- och fritidsnämndens "
            "anläggnings- och investeringsbidrag.",
        ),
        ("h2", "§ 17 Idéburet offentligt partnerskap med Nykvarns Schacksällskap"),
        ("small", "Dnr KS 2026/027"),
        ("bold", "Beslut"),
        ("p", "Kommunstyrelsens arbetsutskott beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Nykvarns Schacksällskap om "
                "verksamheten Schack på biblioteket för barn och unga,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2027-03-31, samt",
                "att kommunens del är 42 000 kronor.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Nykvarns Schacksällskap har funnits sedan 2009 och har 26 medlemmar. Föreningen "
            "vill hålla öppen schackträning för barn och unga mellan 7 och 17 år på Nykvarns "
            "bibliotek varje onsdag under terminerna. Verksamheten är gratis. Föreningen står "
            "för 35 procent av kostnaden genom ideellt ledarskap och egna spel. Eftersom "
            "föreningen inte har haft något partnerskap med kommunen tidigare föreslås ett "
            "första avtal på ett år.",
        ),
        (
            "small",
            "Expedieras till: Turinge Hembygdsförening, Nykvarns Padelförening, Taxinge "
            "Båtklubb, Nykvarns Schacksällskap, ekonomienheten",
        ),
        ("small", "Rätt utdraget intygar: Elin Tallroth, nämndsekreterare"),
    ],
)


# Skinnskatteberg: a letterhead PDF with a call for proposals for young people 13-18 years, with
# its own conditions (Skinnskatteberg, Riddarhyttan or Färna; minst sex of the summer weeks 25-32
# and en helg i månaden; free, at most 50 kronor for an utflykt; minst ett år and minst tio
# medlemmar; minst 15 procent with 210 kronor per timme; leaders 18 and belastningsregister;
# no tävling or training for the club's own teams), a pot of 240 000 kronor per year and at most
# 120 000 per förening, a timetable (17 april, vecka 18-19, 20 maj, 15 juni 2026 - 14 juni
# 2027). The only contact details: iop@skinnskatteberg.se and the switchboard in the footer.
SKINNSKATTEBERG_UTLYSNING = Doc(
    path="corpus/skinnskatteberg/skinnskatteberg-utlysning-iop-unga-2026.pdf",
    title="Utlysning: idéburet offentligt partnerskap för unga 13–18 år 2026/27",
    header_left="Skinnskattebergs kommun",
    header_right=["Kultur- och fritidsförvaltningen", "2026-03-05"],
    footer_lines=[
        "Skinnskattebergs kommun · 739 83 Skinnskatteberg · Växel 0222-451 00 · "
        "iop@skinnskatteberg.se · www.skinnskatteberg.se"
    ],
    author="Kultur- och fritidsförvaltningen, Skinnskattebergs kommun",
    letterhead=True,
    blocks=[
        ("h1", "Utlysning: idéburet offentligt partnerskap för unga 13–18 år"),
        ("bold", "Sommarlovet 2026 och helger under läsåret 2026/27"),
        (
            "p",
            "Många unga i vår kommun saknar något att göra på sommarlovet och på helgerna, "
            "särskilt de som bor utanför centralorten. Skinnskattebergs kommun bjuder därför in "
            "föreningar att lämna idéer om verksamhet för unga som kan genomföras som ett "
            "idéburet offentligt partnerskap (IOP).",
        ),
        (
            "p",
            "Kommunen har avsatt 240 000 kronor per år för partnerskap i den här utlysningen. En "
            "förening kan få högst 120 000 kronor per år. Villkoren nedan gäller för den här "
            "utlysningen.",
        ),
        ("h2", "Villkor"),
        (
            "ol",
            [
                "Verksamheten ska vända sig till unga som är 13–18 år och bor i "
                "Skinnskattebergs kommun.",
                "Verksamheten ska bedrivas i Skinnskatteberg, Riddarhyttan eller Färna. "
                "Enstaka dagsutflykter får ingå.",
                "Verksamheten ska pågå under minst sex av sommarlovets veckor (vecka 25–32) och "
                "minst en helg i månaden under läsåret.",
                "Det ska vara gratis att delta. För en utflykt får föreningen ta ut högst 50 "
                "kronor per deltagare.",
                "Föreningen ska ha funnits i minst ett år och ha minst tio medlemmar. Föreningen "
                "behöver inte ha haft verksamhet för unga tidigare.",
                "Föreningen står för minst 15 procent av kostnaden. Ideellt arbete räknas med "
                "210 kronor per timme.",
                "Alla ledare ska vara minst 18 år och ha visat upp ett utdrag ur "
                "belastningsregistret innan verksamheten startar.",
                "Tävlingar och träning för föreningens egna lag ingår inte i utlysningen.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (80, 90),
            [
                ["Vad", "När"],
                ["Sista dag för idéskiss", "17 april 2026"],
                ["Dialogmöten med föreningarna", "Vecka 18–19"],
                ["Beslut i kultur- och fritidsutskottet", "20 maj 2026"],
                ["Partnerskapen gäller", "15 juni 2026 till och med 14 juni 2027"],
            ],
        ),
        ("h2", "Så lämnar ni in er idé"),
        (
            "p",
            "Skicka idéskissen till iop@skinnskatteberg.se och skriv ”Utlysning unga 2026” i "
            "ämnesraden. Idéskissen får vara högst tre sidor. Beskriv vad ni vill göra, var och "
            "när, hur ni ska nå unga som inte redan är med i en förening, vad föreningen bidrar "
            "med och vad verksamheten kostar.",
        ),
        (
            "p",
            "Har ni frågor om utlysningen? Skicka dem till samma adress. Svar på frågor som kan "
            "vara intressanta för fler föreningar publiceras på kommunens webbplats.",
        ),
        ("p", "Välkommen med er idé!"),
        ("p", "Kultur- och fritidsförvaltningen"),
    ],
)


# Bjurholm: an application form (Word) whose rules stand in six framed boxes between fill-in
# tables: Ruta 1 (minst ett årsmöte, minst tio medlemmar, no samfällighet/bolag), Ruta 2 (in the
# kommun; villages prioritised), Ruta 3 (högst 100 kronor per deltagare och månad; free under 18),
# Ruta 4 (minst 10 procent, 180 kronor per timme, 25 kronor per mil), Ruta 5 (färdtjänst,
# skolskjuts, snöröjning, evenemang, payment per deltagare), Ruta 6 (a first partnership högst
# ett år, then högst två år i taget). Sending: iop@bjurholm.se or post, löpande, 15 april for a
# start in autumn; allmänna utskottet up to 200 000 kronor. A named utvecklingsstrateg.
BJURHOLM_BLANKETT = Doc(
    path="corpus/bjurholm/bjurholm-ideskiss-iop-blankett.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Bjurholms kommun",
    header_left="Bjurholms kommun · Kommunledningskontoret",
    footer_lines=[
        "Blankett IOP 1, reviderad 2026-01 · Bjurholms kommun · 916 81 Bjurholm · "
        "Växel 0932-140 00"
    ],
    author="Kommunledningskontoret, Bjurholms kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd blanketten när er förening vill föreslå ett partnerskap med Bjurholms "
            "kommun. Fyll i alla tabeller. Texten i de inramade rutorna är kommunens villkor. "
            "Läs dem innan ni fyller i, så slipper ni lägga tid på en idé som inte kan bli ett "
            "partnerskap.",
        ),
        ("h2", "1. Föreningen"),
        (
            "box",
            "Ruta 1. Partnerskap kan ingås med ideella föreningar och stiftelser som har "
            "organisationsnummer, har hållit minst ett årsmöte och har minst tio medlemmar. "
            "Samfälligheter, bolag och ekonomiska föreningar kan inte vara part.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Fyll i"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum för senaste årsmöte", ""],
                ["Antal medlemmar", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        ("h2", "2. Idén"),
        (
            "box",
            "Ruta 2. Verksamheten ska bedrivas i Bjurholms kommun och vara öppen för alla i "
            "målgruppen, inte bara för föreningens medlemmar. Kommunen prioriterar idéer som når "
            "byarna utanför Bjurholms samhälle, till exempel Agnäs, Balsjö, Villvattnet och "
            "Karlsbäck.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Fyll i"],
                ["Vad vill ni göra?", ""],
                ["Var ska verksamheten vara?", ""],
                ["Vilka vänder ni er till? Ange ålder om det gäller en viss åldersgrupp.", ""],
                ["Hur ofta och under vilken tid på året?", ""],
                ["Vilket behov har ni sett?", ""],
            ],
        ),
        ("h2", "3. Avgifter"),
        (
            "box",
            "Ruta 3. Föreningen får ta ut högst 100 kronor per deltagare och månad. För "
            "deltagare under 18 år ska verksamheten vara helt avgiftsfri.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Fyll i"],
                ["Avgift per deltagare och månad", ""],
                ["Vad ingår i avgiften?", ""],
            ],
        ),
        ("h2", "4. Föreningens insats och budget"),
        (
            "box",
            "Ruta 4. Föreningen ska stå för minst 10 procent av kostnaden. Ideella timmar räknas "
            "med 180 kronor per timme. Körning med egen bil i verksamheten räknas med 25 kronor "
            "per mil.",
        ),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideella timmar (antal × 180 kronor)", ""],
                ["Körning med egen bil (antal mil × 25 kronor)", ""],
                ["Lokal och material som föreningen står för", ""],
                ["Avgifter från deltagare", ""],
                ["Belopp som föreningen önskar från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "5. Vad som inte kan bli ett partnerskap"),
        (
            "box",
            "Ruta 5. Kommunen kan inte ingå partnerskap om sådant som kommunen ska ge enligt lag "
            "eller redan köper, till exempel färdtjänst, skolskjuts eller snöröjning. Inte heller "
            "om enstaka evenemang som en marknad eller en festival, eller om verksamhet där "
            "kommunen skulle betala per deltagare.",
        ),
        ("h2", "6. Tidsperiod"),
        (
            "box",
            "Ruta 6. Ett första partnerskap med en förening gäller i högst ett år. Därefter kan "
            "det förlängas med högst två år i taget.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Fyll i"],
                ["När vill ni starta?", ""],
                ["Hur länge vill ni hålla på?", ""],
            ],
        ),
        ("h2", "Så skickar ni in idéskissen"),
        (
            "p",
            "Mejla blanketten till iop@bjurholm.se eller skicka den till Bjurholms kommun, "
            "Kommunledningskontoret, 916 81 Bjurholm. Skriv ”IOP” på kuvertet. Bifoga stadgar "
            "och protokoll från det senaste årsmötet.",
        ),
        (
            "p",
            "Idéskisser tas emot löpande under hela året. Vill ni starta till hösten ska "
            "idéskissen ha kommit in senast den 15 april. Kommunstyrelsens allmänna utskott "
            "beslutar om partnerskap upp till 200 000 kronor per år. Större partnerskap beslutas "
            "av kommunstyrelsen.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Maria Sjölund Nordin, utvecklingsstrateg, telefon 0932-141 63 (måndag–torsdag), "
            "e-post iop@bjurholm.se.",
        ),
    ],
)


# Sorsele: a remissversion (draft, not in force) of revised guidelines: a box saying it is not
# decided and that the guidelines of 2023-06-19 § 44 apply until then; a two-column table "Gäller
# i dag" / "Förslag" (12 -> 24 månader, fem -> tio medlemmar, 20 -> 15 procent, 220 -> 250 kronor,
# 200 -> 300 kronor per termin, drift of skidspår/skoterled may be included, arbetsutskottet up to
# 100 000 kronor); synpunkter by 30 april 2026, kommunfullmäktige 15 juni 2026, in force from
# 1 september 2026 if adopted; a named kanslichef for questions on the draft. Sidecar.
SORSELE_REMISS = Doc(
    path="corpus/sorsele/sorsele-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till reviderade riktlinjer för idéburet offentligt partnerskap – "
    "remissversion",
    header_left="Sorsele kommun",
    header_right=["REMISSVERSION", "2026-03-02", "Dnr KS 2026/19"],
    footer_lines=[
        "Förslag – inte beslutat · Sorsele kommun · Kommunstyrelsen · 924 81 Sorsele · "
        "Växel 0952-140 00"
    ],
    author="Kommunkansliet, Sorsele kommun",
    blocks=[
        (
            "box",
            "Förslag – inte beslutat. Detta är en remissversion. Kommunfullmäktige har inte "
            "beslutat om förslaget. Till dess att nya riktlinjer har antagits gäller Riktlinjer "
            "för idéburet offentligt partnerskap som kommunfullmäktige antog 2023-06-19 § 44.",
        ),
        ("h1", "Förslag till reviderade riktlinjer för idéburet offentligt partnerskap"),
        ("h2", "Bakgrund"),
        (
            "p",
            "Sorsele kommun har haft riktlinjer för idéburet offentligt partnerskap sedan 2023. "
            "Under de första åren har kommunen ingått tre partnerskap. Flera föreningar har "
            "framfört att kravet på egen insats är svårt att nå och att drift av skidspår och "
            "skoterleder i byarna borde kunna ingå. Kommunstyrelsen gav därför i november 2025 "
            "kommunkansliet i uppdrag att se över riktlinjerna.",
        ),
        ("h2", "Vad som föreslås ändras"),
        (
            "table",
            (85, 85),
            [
                ["Gäller i dag (2023)", "Förslag"],
                [
                    "Organisationen ska ha funnits i minst 12 månader.",
                    "Organisationen ska ha funnits i minst 24 månader.",
                ],
                ["Minst fem medlemmar.", "Minst tio medlemmar."],
                [
                    "Egen insats minst 20 procent av kostnaden.",
                    "Egen insats minst 15 procent av kostnaden.",
                ],
                [
                    "Ideellt arbete värderas till 220 kronor per timme.",
                    "Ideellt arbete värderas till 250 kronor per timme.",
                ],
                [
                    "Avgift högst 200 kronor per deltagare och termin.",
                    "Avgift högst 300 kronor per deltagare och termin.",
                ],
                [
                    "Drift och underhåll av anläggningar kan inte ingå.",
                    "Drift av ett skidspår eller en skoterled som är öppen för alla kan ingå.",
                ],
                [
                    "Kommunstyrelsen beslutar om alla partnerskap.",
                    "Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till 100 000 "
                    "kronor per år.",
                ],
            ],
        ),
        (
            "p",
            "Övriga delar av riktlinjerna föreslås vara oförändrade.",
        ),
        ("h2", "Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Föreningsrådet i Sorsele",
                "Kommunala pensionärsrådet",
                "Ammarnäs Byaförening",
                "Gargnäs Intresseförening",
                "Föreningar i kommunens föreningsregister",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (90, 80),
            [
                ["Vad", "När"],
                ["Synpunkter ska ha kommit in", "Senast 30 april 2026"],
                ["Beslut i kommunfullmäktige", "15 juni 2026"],
                ["De nya riktlinjerna föreslås gälla från", "1 september 2026"],
            ],
        ),
        (
            "p",
            "Skicka synpunkter till kommunstyrelsen@sorsele.se och märk svaret med Dnr KS "
            "2026/19.",
        ),
        (
            "p",
            "Frågor om förslaget besvaras av Sanna Grahn Nilsson, kanslichef, telefon "
            "0952-140 27.",
        ),
    ],
)


DOCS = [
    NYKVARN_VILLKOR,
    NYKVARN_PROTOKOLL,
    SKINNSKATTEBERG_UTLYSNING,
    BJURHOLM_BLANKETT,
    SORSELE_REMISS,
]
