"""Text of the set_aw documents that are PDF and Word files, and a list of the whole set.

`../build.py` renders the PDF and Word files below into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.
The HTML, Markdown and plain-text documents are ordinary files in ``corpus/``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The documents of the set (12, six municipalities):

- lidingo/lidingo-kriterier-iop.docx (sidecar) – Word: the criteria as a three-column table
  (Kriterium / Detta krävs / Detta räknas inte): organisationsnummer minst tre år (time without
  one does not count), minst 30 medlemmar of whom half folkbokförda på Lidingö, 67 år and
  anhöriga, högst 40 kronor per tillfälle (terminsavgifter do not count), minst 20 procent at
  260 kronor per timme (the city's own föreningsbidrag does not count), ett till tre år; a short
  process part (iop@lidingo.se, tre veckor, äldrenämnden up to 350 000 kronor). No named person.
- lidingo/lidingo-nyhet-kappalatraffen.html (no sidecar) – a news item with cookie banner and
  menu: a new partnership (Käppalaträffen, Käppala Grannar, 185 000 kronor, 2026-04-01 –
  2029-03-31, 30 kronor per tillfälle), a fact box with the two older partnerships, a named
  contact with phone.
- nacka/nacka-iop-fragor-och-svar.html (no sidecar) – an FAQ page as a button/panel accordion
  (panels hidden): två ordinarie årsmöten, 15 medlemmar, föreningsregistret; barn och unga to
  20 år or new in Sweden under fem år; 30 procent of which 5 procent egna pengar, 220 kronor per
  timme; free under 13 år, otherwise 300 kronor per termin; 31 januari / 31 augusti; sex veckor;
  500 000 kronor; två till fyra år; a note that a draft was on remiss and this page applies until
  a decision; named contact with phone hours.
- nacka/nacka-remissvar-foreningsradet-riktlinjer-iop.txt (sidecar) – plain text: an
  association's consultation response (Föreningsrådet i Nacka) to the municipality's draft; it
  describes what the draft would change (20 procent, one årsmöte, löpande, äldre) and what the
  association wants (no money requirement, 300 kronor per hour). Not the municipality's rules.
- sundbyberg/sundbyberg-utlysning-iop-lovverksamhet-2026.pdf (sidecar) – PDF: a call for
  proposals with its own numbered conditions (one årsmöte, 10 medlemmar, unga 13–19 år
  folkbokförda i Sundbyberg, four areas, sommarlov and höstlov, avgiftsfritt, 15 procent at 250
  kronor, ledare 18 år and belastningsregister, 200 000 kronor per partnerskap och år), exclusions,
  a timetable table and a named contact.
- sundbyberg/sundbyberg-stod-till-foreningar.html (no sidecar) – a web page mixing
  föreningsbidrag (aktivitetsstöd), IOP (minst två år, 15 procent, not ordinary activity, högst
  fyra år, utlysningar have their own conditions) and LOU, with a comparison table and three
  contacts.
- hallefors/hallefors-riktlinjer-iop.md (sidecar) – Markdown guidelines in running prose under
  Principer, Förutsättningar, Krav på verksamheten, Villkor: föreningsregistret minst 12
  månader, minst tio medlemmar, places, 100 kronor per månad, minst 250 ideella timmar valued at
  200 kronor, högst 150 000 kronor, högst tre år and no extension, kommunstyrelsen decides, 28
  februari. Only a mailbox and the växel as contact.
- hallefors/hallefors-ks-protokollsutdrag-2026-02-10.pdf (sidecar) – PDF: an extract of
  kommunstyrelsen's minutes, §§ 14–16 with diarienummer: one yes (Grythyttecaféet, 120 000
  kronor per år, 2026-03-01 – 2028-12-31) and two no with reasons (registered under 12 months;
  asked for more than the cap and a fee above the limit). Handläggare named without phone.
- ljusnarsberg/ljusnarsberg-ideskiss-iop.docx (no sidecar) – Word application form whose rules
  stand in the boxes (Ruta 1–6): minst 12 medlemmar and ett årsmöte, the places, free under 18 år
  and högst 50 kronor per tillfälle for adults, minst 25 procent at 180 kronor per timme with
  lokaler at most half of the own contribution, högst 100 000 kronor, ett eller två år; sending
  (15:e i en månad, arbetsutskott, kommunstyrelsen) and a named contact.
- ljusnarsberg/ljusnarsberg-brev-horkens-byaforening-2026-03-12.pdf (sidecar) – letterhead PDF:
  a letter to an association saying its idéskiss goes on to dialogue, what it must change
  (lokaler over half, a fee for under 18 år), a meeting date and the next kommunstyrelse; no
  named person, the only contact details are a functional mailbox and the switchboard.
- umea/umea-iop-in-english.html (no sidecar) – an English web page: 18 months with an
  organisation number, 25 members of whom 15 live in Umeå, three priority areas, places, SEK 500
  per year and free under 16, 20 percent at SEK 270, no equipment or renovation projects, Swedish,
  English or Sami, 30 days, SEK 600,000, two to five years, a named coordinator with phone hours.
- umea/umea-pagaende-iop.html (sidecar) – a Swedish web page with a table of current
  partnerships (five, 975 000 kronor per år in total) and one ended partnership.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Lidingö: the criteria as a Word table with a column of what does not count. Sidecar.
LIDINGO_KRITERIER = Doc(
    path="corpus/lidingo/lidingo-kriterier-iop.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Lidingö stad",
    header_left="Lidingö stad · Stadsledningskontoret",
    footer_lines=["Lidingö stad, 181 82 Lidingö · Växel 08-731 40 00 · lidingo.se"],
    author="Stadsledningskontoret, Lidingö stad",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Fastställda av", "Kommunstyrelsen 2025-10-20 § 171"),
                ("Diarienummer", "KS/2025:214"),
                ("Gäller från", "2026-01-01"),
                ("Ersätter", "Kriterier för IOP fastställda 2021-03-15"),
            ],
        ),
        (
            "p",
            "Lidingö stad vill ta vara på de idéer som finns i föreningslivet. Ett idéburet "
            "offentligt partnerskap kan ingås när en organisation har en idé som bidrar till att "
            "äldre Lidingöbor kan leva ett aktivt liv med gemenskap och trygghet, och när både "
            "organisationen och staden bidrar till verksamheten.",
        ),
        (
            "p",
            "Tabellen visar vad staden kräver för att en idéskiss ska kunna prövas och vad som "
            "inte räknas. Samtliga kriterier ska vara uppfyllda. Staden gör därefter en samlad "
            "bedömning av idén.",
        ),
        ("h2", "Kriterier"),
        (
            "table",
            (35, 70, 65),
            [
                ["Kriterium", "Detta krävs", "Detta räknas inte"],
                [
                    "Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund med eget "
                    "organisationsnummer.",
                    "Aktiebolag, ekonomiska föreningar och enskilda firmor. Nätverk och grupper "
                    "utan stadgar.",
                ],
                [
                    "Tid som organisation",
                    "Organisationsnumret ska ha tilldelats minst tre år innan idéskissen lämnas "
                    "in.",
                    "Tid då gruppen har träffats eller verkat utan organisationsnummer.",
                ],
                [
                    "Medlemmar",
                    "Minst 30 medlemmar, varav minst hälften är folkbokförda på Lidingö.",
                    "Stödmedlemmar utan rösträtt. Ett familjemedlemskap räknas som en medlem.",
                ],
                [
                    "Målgrupp",
                    "Lidingöbor som har fyllt 67 år, och anhöriga som vårdar eller stöttar en "
                    "äldre Lidingöbo.",
                    "Verksamhet där deltagarna i huvudsak är yngre än 67 år.",
                ],
                [
                    "Plats",
                    "Verksamheten bedrivs på Lidingö.",
                    "Verksamhet som i huvudsak bedrivs på fastlandet, i en annan kommun, även "
                    "om deltagarna bor på Lidingö.",
                ],
                [
                    "Öppenhet",
                    "Verksamheten är öppen för alla i målgruppen. Deltagarna behöver inte vara "
                    "medlemmar.",
                    "Verksamhet som bara vänder sig till organisationens egna medlemmar.",
                ],
                [
                    "Avgifter",
                    "Högst 40 kronor per deltagare och tillfälle. Fika får säljas till "
                    "självkostnadspris utöver avgiften.",
                    "Terminsavgifter, årsavgifter eller medlemsavgift som villkor för att få "
                    "delta.",
                ],
                [
                    "Egen insats",
                    "Minst 20 procent av verksamhetens totala kostnad. Ideellt arbete värderas "
                    "till 260 kronor per timme. Egna lokaler, eget material och egna pengar "
                    "räknas också.",
                    "Föreningsbidrag, lokalbidrag eller andra medel från Lidingö stad. Medel "
                    "från andra offentliga organ, till exempel Region Stockholm.",
                ],
                [
                    "Verksamhetens art",
                    "Ny eller utvecklad verksamhet som organisationen själv har tagit initiativ "
                    "till.",
                    "Lagstadgad verksamhet som hemtjänst, färdtjänst och särskilt boende. "
                    "Enstaka evenemang. Verksamhet som staden redan köper genom upphandling.",
                ],
                [
                    "Partnerskapets längd",
                    "Ett till tre år. Partnerskapet kan förlängas en gång med högst två år.",
                    "Automatisk förlängning.",
                ],
            ],
        ),
        ("h2", "Så prövas en idéskiss"),
        (
            "p",
            "Idéskisser tas emot löpande och skickas till iop@lidingo.se. Stadsledningskontoret "
            "gör en första bedömning mot kriterierna inom tre veckor. Uppfyller idén kriterierna "
            "bjuds organisationen in till dialog med äldreförvaltningen.",
        ),
        (
            "p",
            "Äldrenämnden beslutar om partnerskap där stadens del är högst 350 000 kronor per år. "
            "Större partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "Stadens del betalas ut en gång per år i förskott, i januari. Organisationen "
            "redovisar verksamheten och den egna insatsen senast den 30 april året efter.",
        ),
        ("small", "Kriterierna ses över senast 2028."),
    ],
)


# Sundbyberg: a call for proposals with its own conditions. Sidecar.
SUNDBYBERG_UTLYSNING = Doc(
    path="corpus/sundbyberg/sundbyberg-utlysning-iop-lovverksamhet-2026.pdf",
    title="Utlysning: idéburet offentligt partnerskap om lovverksamhet för unga 2026–2027",
    header_left="Sundbybergs stad",
    header_right=["Utlysning", "Dnr KFN-2026/0047"],
    footer_lines=[
        "Sundbybergs stad · Kultur- och fritidsförvaltningen · 172 92 Sundbyberg · "
        "Växel 08-706 81 00 · sundbyberg.se"
    ],
    author="Kultur- och fritidsförvaltningen, Sundbybergs stad",
    blocks=[
        ("h1", "Utlysning: idéburet offentligt partnerskap om lovverksamhet för unga 2026–2027"),
        (
            "kv",
            [
                ("Beslutad av", "Kultur- och fritidsnämnden 2026-01-29 § 9"),
                ("Avsatta medel", "1 200 000 kronor för 2026 och 2027 tillsammans"),
                ("Sista dag för idéskiss", "20 mars 2026"),
                ("Kontakt", "Johanna Pettersson Mbeki, utvecklingsledare"),
            ],
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Många unga i Sundbyberg har lite att göra under loven. I stadens ungdomsenkät 2025 "
            "svarade var tredje ungdom i Hallonbergen och Rissne att de inte hade någon "
            "fritidsaktivitet alls under sommarlovet. Kultur- och fritidsnämnden bjuder därför in "
            "idéburna organisationer att lämna idéer om lovverksamhet som staden och "
            "organisationen kan genomföra tillsammans i ett idéburet offentligt partnerskap.",
        ),
        (
            "box",
            "Utlysningen har egna villkor. För partnerskap som ingås inom utlysningen gäller "
            "villkoren nedan i stället för stadens allmänna villkor för IOP.",
        ),
        ("h2", "Villkor"),
        (
            "ol",
            [
                "Organisationen ska vara en ideell förening eller en stiftelse och ha hållit "
                "minst ett årsmöte.",
                "Organisationen ska ha minst 10 medlemmar.",
                "Verksamheten ska vända sig till unga 13–19 år som är folkbokförda i "
                "Sundbyberg.",
                "Verksamheten ska äga rum i Hallonbergen, Rissne, Ör eller Duvbo under "
                "sommarlovet (juni–augusti) och höstlovet.",
                "Alla aktiviteter ska vara avgiftsfria för deltagarna.",
                "Organisationen ska stå för minst 15 procent av kostnaden. Ideellt arbete "
                "värderas till 250 kronor per timme.",
                "Alla ledare ska ha fyllt 18 år, och organisationen ska ha begärt utdrag ur "
                "belastningsregistret för samtliga ledare.",
                "Stadens del kan vara högst 200 000 kronor per partnerskap och år.",
            ],
        ),
        (
            "p",
            "Följande ingår inte i utlysningen: resor och läger utanför Stockholms län, "
            "verksamhet som redan får stadens aktivitetsstöd för samma aktivitet, och "
            "tävlingsverksamhet inom ett idrottsförbund.",
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (70, 100),
            [
                ["Vad", "När"],
                ["Informationsmöte", "4 mars 2026 kl. 17.30 på Rissne bibliotek"],
                ["Sista dag för idéskiss", "20 mars 2026"],
                ["Dialogmöten", "Vecka 14–16"],
                ["Beslut i kultur- och fritidsnämnden", "23 april 2026"],
                ["Partnerskapen gäller", "1 juni 2026 – 31 december 2027"],
            ],
        ),
        ("h2", "Så lämnar ni in en idéskiss"),
        (
            "p",
            "Idéskissen lämnas i stadens e-tjänst Idéskiss IOP. Skriv ”Lovverksamhet 2026” i "
            "rubriken. Idéskissen får vara högst tre sidor. Bifoga stadgar, protokoll från det "
            "senaste årsmötet och en budget där den egna insatsen framgår.",
        ),
        ("h2", "Hur idéerna bedöms"),
        (
            "p",
            "Staden bedömer hur väl idén når unga som i dag inte deltar i föreningslivet, "
            "organisationens förankring i området och om budgeten är rimlig. Staden kan ingå "
            "partnerskap med flera organisationer inom utlysningen.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Johanna Pettersson Mbeki, utvecklingsledare, kultur- och fritidsförvaltningen. "
            "Telefon 08-706 84 19, e-post iop@sundbyberg.se.",
        ),
    ],
)


# Hällefors: an extract of kommunstyrelsen's minutes, one yes and two no. Sidecar.
HALLEFORS_PROTOKOLL = Doc(
    path="corpus/hallefors/hallefors-ks-protokollsutdrag-2026-02-10.pdf",
    title="Kommunstyrelsen Hällefors – protokollsutdrag 2026-02-10 §§ 14–16",
    header_left="Hällefors kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen 2026-02-10"],
    footer_lines=[
        "Justerandes sign. ........  Utdragsbestyrkande ........",
        "Hällefors kommun · 712 83 Hällefors · Växel 0591-645 00",
    ],
    author="Kommunledningskontoret, Hällefors kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Kommunstyrelsen"),
                ("Sammanträdesdatum", "2026-02-10"),
                ("Plats", "Kommunhuset, sammanträdesrummet Silvret"),
                ("Paragrafer", "§§ 14–16"),
                ("Justerat", "2026-02-16"),
            ],
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap med Grythyttans Hembygdsförening – Grythyttecaféet"),
        ("small", "Dnr KS 2025/311"),
        ("bold", "Beslut"),
        (
            "p",
            "Kommunstyrelsen beslutar att ingå ett idéburet offentligt partnerskap med "
            "Grythyttans Hembygdsförening om Grythyttecaféet under perioden 2026-03-01 – "
            "2028-12-31, att kommunens del är 120 000 kronor per år, samt att uppdra åt "
            "kommundirektören att underteckna överenskommelsen.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Grythyttans Hembygdsförening har lämnat en idéskiss om en öppen träffpunkt för "
            "äldre som bor ensamma i Grythyttan, med lunch och samtal två dagar i veckan i "
            "hembygdsgården. Föreningen bildades 1931, har 118 medlemmar och har varit "
            "registrerad i kommunens föreningsregister sedan 2003. Föreningen åtar sig 420 "
            "ideella timmar per år. Deltagarna betalar 60 kronor per månad.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Kommunledningskontoret bedömer att idén uppfyller förutsättningarna och villkoren "
            "i riktlinjerna för idéburet offentligt partnerskap och att den svarar mot ett "
            "behov som kommunen har sett, särskilt vintertid.",
        ),
        ("small", "Handläggare: Sara Nyqvist Öberg, folkhälsostrateg"),
        ("h2", "§ 15 Idéskiss från Föreningen Unga i Sikfors – Jobbskolan"),
        ("small", "Dnr KS 2025/347"),
        ("bold", "Beslut"),
        (
            "p",
            "Kommunstyrelsen beslutar att inte ingå partnerskap med Föreningen Unga i Sikfors.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen Unga i Sikfors bildades i mars 2025 och registrerades i kommunens "
            "föreningsregister 2025-06-02. Föreningen har 14 medlemmar. Idén gäller kurser för "
            "unga 16–24 år i hur man söker arbete och skriver ansökningar. Idéskissen kom in "
            "2025-11-20.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "När idéskissen lämnades in hade föreningen varit registrerad i föreningsregistret i "
            "mindre än 12 månader. Förutsättningarna i riktlinjerna är därför inte uppfyllda. "
            "Kommunstyrelsen ser positivt på idén, och föreningen är välkommen att lämna en ny "
            "idéskiss när kravet är uppfyllt.",
        ),
        ("small", "Handläggare: Sara Nyqvist Öberg, folkhälsostrateg"),
        ("h2", "§ 16 Idéskiss från Hällefors Bridgesällskap – Bridgeskola för seniorer"),
        ("small", "Dnr KS 2025/352"),
        ("bold", "Beslut"),
        (
            "p",
            "Kommunstyrelsen beslutar att inte ingå partnerskap med Hällefors Bridgesällskap.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Hällefors Bridgesällskap vill starta en bridgeskola för seniorer i Hällefors tätort "
            "med undervisning två kvällar i veckan. Sällskapet har begärt 180 000 kronor per år "
            "från kommunen och vill ta ut en avgift av deltagarna på 150 kronor per månad.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Det begärda beloppet överstiger taket på 150 000 kronor per partnerskap och år. Den "
            "avgift som sällskapet vill ta ut överstiger dessutom den högsta avgift som "
            "riktlinjerna tillåter.",
        ),
        ("small", "Handläggare: Sara Nyqvist Öberg, folkhälsostrateg"),
        (
            "lines",
            [
                "Expedieras: Grythyttans Hembygdsförening, Föreningen Unga i Sikfors, Hällefors "
                "Bridgesällskap, kommunledningskontoret",
                "Vid protokollet: Maria Kullberg Sand, sekreterare",
                "Ordförande: Björn Ahlqvist Ek",
            ],
        ),
    ],
)


# Ljusnarsberg: an application form whose rules stand in its boxes. No sidecar.
LJUSNARSBERG_IDESKISS = Doc(
    path="corpus/ljusnarsberg/ljusnarsberg-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP)",
    header_left="Ljusnarsbergs kommun",
    footer_lines=["Blankett KK 14, version 2025-09 · Ljusnarsbergs kommun · 714 80 Kopparberg"],
    author="Kommunkansliet, Ljusnarsbergs kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd blanketten när er förening vill föreslå ett partnerskap med kommunen. Läs "
            "texten i varje ruta innan ni fyller i. Det som står i rutorna är kommunens villkor "
            "för partnerskap.",
        ),
        (
            "box",
            "Ruta 1. Föreningen. Föreningen ska vara en ideell förening med stadgar och "
            "organisationsnummer och ha minst 12 medlemmar. Föreningen ska ha hållit minst ett "
            "årsmöte innan idéskissen lämnas in. Ekonomiska föreningar och bolag kan inte ingå "
            "partnerskap.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Fyll i"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Antal medlemmar", ""],
                ["Datum för senaste årsmöte", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        (
            "box",
            "Ruta 2. Idén. Beskriv vad ni vill göra, för vem, var och hur ofta. Verksamheten ska "
            "bedrivas i Ljusnarsbergs kommun, till exempel i Kopparberg, Ställdalen, Hörken, "
            "Bångbro eller Ljusnarsberg, och vara öppen för alla i målgruppen, även för dem som "
            "inte är medlemmar. Resor och läger utanför kommunen ingår inte.",
        ),
        ("p", "Beskrivning av idén:"),
        ("p", "........................................................................"),
        (
            "box",
            "Ruta 3. Avgifter. Aktiviteter för barn och unga under 18 år ska vara avgiftsfria. "
            "För vuxna deltagare får avgiften vara högst 50 kronor per tillfälle.",
        ),
        (
            "table",
            (100, 70),
            [
                ["Avgift", "Kronor"],
                ["Avgift per tillfälle för deltagare under 18 år", ""],
                ["Avgift per tillfälle för vuxna deltagare", ""],
            ],
        ),
        (
            "box",
            "Ruta 4. Budget och egen insats. Föreningen ska stå för minst 25 procent av den "
            "totala kostnaden. Ideellt arbete räknas med 180 kronor per timme. Lokaler får "
            "räknas in i den egna insatsen, men högst till hälften av den egna insatsen. "
            "Kommunens del kan vara högst 100 000 kronor per år. Kostnader som redan betalas "
            "med föreningsbidrag från kommunen får inte tas med.",
        ),
        (
            "table",
            (100, 70),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (timmar × 180 kronor)", ""],
                ["Lokaler som föreningen står för", ""],
                ["Egna pengar och material", ""],
                ["Belopp som föreningen vill ha från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        (
            "box",
            "Ruta 5. Tid. Ett partnerskap med Ljusnarsbergs kommun gäller i ett eller två år. "
            "Ange när ni vill starta.",
        ),
        ("p", "Önskad start: ..................   Önskad längd: ..................."),
        (
            "box",
            "Ruta 6. Underskrift. Idéskissen ska skrivas under av föreningens ordförande eller "
            "av en firmatecknare.",
        ),
        ("p", "Ort och datum: ..................   Namnteckning: ..................."),
        ("h2", "Så skickar ni blanketten"),
        (
            "p",
            "Skicka blanketten till iop@ljusnarsberg.se eller med post till Ljusnarsbergs "
            "kommun, Kommunkansliet, 714 80 Kopparberg. Idéskisser som har kommit in senast den "
            "15:e i en månad tas upp på kommunstyrelsens arbetsutskott månaden därpå. "
            "Arbetsutskottet beslutar om idén går vidare till dialog. Själva partnerskapet "
            "beslutas av kommunstyrelsen.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Anneli Forsgren Kask, fritids- och föreningsutvecklare, telefon 0580-805 63. Vi "
            "hjälper gärna till att fylla i blanketten.",
        ),
    ],
)


# Ljusnarsberg: a letterhead letter to an association; only a mailbox and the växel. Sidecar.
LJUSNARSBERG_BREV = Doc(
    path="corpus/ljusnarsberg/ljusnarsberg-brev-horkens-byaforening-2026-03-12.pdf",
    title="Er idéskiss om Vinterträffar i Hörken går vidare till dialog",
    header_left="Ljusnarsbergs kommun",
    header_right=["Kommunkansliet", "2026-03-12", "Dnr KS 2026/38"],
    footer_lines=[
        "Ljusnarsbergs kommun · Kommunkansliet · 714 80 Kopparberg · "
        "Växel 0580-805 00 · kommunkansliet@ljusnarsberg.se"
    ],
    author="Kommunkansliet, Ljusnarsbergs kommun",
    letterhead=True,
    blocks=[
        ("lines", ["Hörkens Byaförening", "Att: Styrelsen", "Hörken"]),
        ("h2", "Er idéskiss om Vinterträffar i Hörken går vidare till dialog"),
        (
            "p",
            "Tack för er idéskiss, som kom in till kommunen den 9 februari 2026. Kommunstyrelsens "
            "arbetsutskott behandlade den vid sitt sammanträde den 10 mars 2026 och beslutade att "
            "idén går vidare till dialog.",
        ),
        (
            "p",
            "Idén gäller öppna träffar för äldre och andra som bor ensamma i Hörken och byarna "
            "runt Hörkensjön, varannan lördag från oktober till april i bystugan.",
        ),
        ("h3", "Dialogmöte"),
        (
            "p",
            "Vi föreslår ett första dialogmöte tisdag den 7 april 2026 kl. 13.00 i kommunhuset i "
            "Kopparberg, rum Bergslagen. Meddela oss senast den 1 april om tiden passar.",
        ),
        ("h3", "Det här behöver ni se över före mötet"),
        (
            "p",
            "I er budget har ni räknat hyran för bystugan till 24 000 kronor, vilket är två "
            "tredjedelar av föreningens egen insats. Enligt kommunens villkor får lokaler räknas "
            "högst till hälften av den egna insatsen. Ni behöver därför öka det ideella arbetet "
            "eller ta upp andra egna medel i budgeten.",
        ),
        (
            "p",
            "Ni har också angett en avgift på 40 kronor per tillfälle för alla deltagare. För "
            "deltagare under 18 år ska träffarna vara avgiftsfria.",
        ),
        (
            "p",
            "Dialogen avslutas med att kommunstyrelsen beslutar om partnerskapet. Nästa "
            "sammanträde där det kan bli aktuellt är den 19 maj 2026.",
        ),
        ("p", "Med vänlig hälsning"),
        ("lines", ["Kommunkansliet", "Ljusnarsbergs kommun"]),
        (
            "small",
            "Frågor om brevet besvaras via kommunkansliet@ljusnarsberg.se. Ange diarienummer "
            "KS 2026/38.",
        ),
    ],
)


DOCS = [
    LIDINGO_KRITERIER,
    SUNDBYBERG_UTLYSNING,
    HALLEFORS_PROTOKOLL,
    LJUSNARSBERG_IDESKISS,
    LJUSNARSBERG_BREV,
]
