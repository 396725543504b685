"""Text of the set_ae documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set (HTML, Markdown, plain text) are ordinary files in ``corpus/``:
  hedemora/hedemora-kan-var-ide-bli-iop.html          criteria table with a negating column
  lindesberg/lindesberg-stod-till-foreningar.html      föreningsbidrag / IOP / LOU on one page
  fagersta/fagersta-iop-vanliga-fragor.html            FAQ accordion (<details>)
  krokom/krokom-iop-information-in-english.html        English page
  krokom/krokom-nyhet-motesplats-hotagen-blir-partnerskap.md   news item (no sidecar)
  nordanstig/nordanstig-facebook-inlagg-traffpunkt-gnarp.txt   Facebook-style post (no sidecar)
  trosa/trosa-iop-for-foreningar.txt                   information sheet with the rules in force
"""

Doc = dict  # the fields of build.py's Doc


# Hedemora: an application form (Word) with checkboxes. Dates of the two rounds (1 mars,
# 1 oktober), decision by kultur- och fritidsnämnden up to 400 000 kronor per år, ett till fyra
# år, attachments. The only contacts are the functional mailbox and the switchboard; the named
# föreningsutvecklare stands on the web page. Sidecar.
HEDEMORA_BLANKETT = Doc(
    path="corpus/hedemora/hedemora-blankett-ideskiss-iop.docx",
    title="Blankett: Idéskiss för idéburet offentligt partnerskap (IOP) – Hedemora kommun",
    header_left="Hedemora kommun · Kultur och fritid",
    footer_lines=[
        "Hedemora kommun · Kultur och fritid · 776 81 Hedemora · iop@hedemora.se · "
        "Växel 0225-348 00"
    ],
    author="Kultur och fritid, Hedemora kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        ("small", "Blankett KoF 41 · Version 2026-01"),
        (
            "p",
            "Fyll i blanketten när er förening har en idé som ni vill genomföra tillsammans med "
            "Hedemora kommun. Läs först igenom sidan ”Kan vår idé bli ett IOP?” på hedemora.se. "
            "Skriv kort. Idéskissen är starten på en dialog, inte en färdig ansökan.",
        ),
        ("h2", "När ska idéskissen vara inne?"),
        (
            "table",
            (22, 26, 30, 22),
            [
                ["Omgång", "Sista dag för idéskiss", "Beslut i kultur- och fritidsnämnden",
                 "Start tidigast"],
                ["Vår", "1 mars", "juni", "1 september"],
                ["Höst", "1 oktober", "december", "1 februari året därpå"],
            ],
        ),
        (
            "p",
            "Vårens omgång har sista dag 1 mars och höstens omgång har sista dag 1 oktober. "
            "Idéskisser som kommer in efter sista dagen tas med i nästa omgång. Ni får en "
            "bekräftelse inom fem arbetsdagar och en inbjudan till dialogmöte inom sex veckor "
            "efter sista dagen.",
        ),
        ("h2", "1. Föreningen"),
        (
            "kv",
            [
                ("Föreningens namn", "______________________________"),
                ("Organisationsnummer", "______________________________"),
                ("Bildad (år och månad)", "______________________________"),
                ("Antal ordinarie årsmöten som föreningen har hållit", "__________"),
                ("Antal medlemmar", "__________"),
            ],
        ),
        (
            "lines",
            [
                "Finns föreningen i Hedemora kommuns föreningsregister?   ☐ Ja   ☐ Nej",
                "Organisationsform:   ☐ Ideell förening   ☐ Stiftelse   ☐ Annan: ____________",
            ],
        ),
        ("h2", "2. Kontaktperson"),
        (
            "kv",
            [
                ("Namn", "______________________________"),
                ("Roll i föreningen", "______________________________"),
                ("Telefon", "______________________________"),
                ("E-post", "______________________________"),
            ],
        ),
        ("h2", "3. Idén"),
        (
            "lines",
            [
                "Vad vill ni göra? Beskriv verksamheten och varför den behövs (högst en halv sida).",
                "______________________________________________________________",
                "Var ska verksamheten vara?   ☐ Hedemora stad   ☐ Långshyttan   ☐ Vikmanshyttan   "
                "☐ Garpenberg   ☐ Dala-Husby   ☐ Annan plats i kommunen: ____________",
                "Hur ofta? ______________________",
                "Målgrupp:   ☐ Personer som har fyllt 67 år   ☐ Anhöriga   ☐ Annan: ____________",
                "Deltagaravgift per tillfälle (kronor): __________",
            ],
        ),
        ("h2", "4. Ekonomi"),
        (
            "kv",
            [
                ("Total kostnad per år", "__________ kronor"),
                ("Sökt belopp från kommunen per år", "__________ kronor"),
                ("Föreningens egen insats", "__________ kronor, det vill säga ____ procent"),
                ("Antal ideella timmar per år", "______ timmar × 220 kronor"),
            ],
        ),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar om partnerskap där kommunens del är högst "
            "400 000 kronor per år. Om kommunens del är större beslutar kommunstyrelsen. En "
            "överenskommelse gäller i ett till fyra år.",
        ),
        ("h2", "5. Kontrollera innan ni skickar"),
        (
            "lines",
            [
                "☐ Föreningen har hållit minst tre ordinarie årsmöten.",
                "☐ Verksamheten är öppen även för den som inte är medlem.",
                "☐ Deltagaravgiften är högst 40 kronor per tillfälle.",
                "☐ Föreningens egen insats är minst 30 procent.",
                "☐ Verksamheten innehåller inget partipolitiskt eller religiöst budskap.",
            ],
        ),
        ("h2", "6. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från det senaste ordinarie årsmötet",
                "☐ Senaste verksamhetsberättelse och ekonomisk redovisning",
                "☐ Budget för verksamheten (använd kommunens budgetmall)",
            ],
        ),
        ("h2", "7. Skicka"),
        (
            "p",
            "Skicka blanketten med bilagor till iop@hedemora.se eller med post till Hedemora "
            "kommun, Kultur och fritid, IOP, 776 81 Hedemora. Skriv ”IOP idéskiss” och "
            "föreningens namn i ämnesraden.",
        ),
        (
            "small",
            "Personuppgifterna i blanketten behandlas enligt dataskyddsförordningen (GDPR). "
            "Kultur- och fritidsnämnden är personuppgiftsansvarig.",
        ),
    ],
)


# Nordanstig: a protocol extract from socialnämnden with two §§. § 14 decides an IOP with
# Föreningen Träffpunkt Gnarp (165 000 kronor per år, 2026-04-01 – 2028-03-31, SN 2025/214) and
# quotes the criteria of the kommun's guideline in its assessment (minst två år, 65 år, högst 30
# kronor per tillfälle, minst 15 procent). § 15 turns down a boat club's members-only idea. The
# handläggare is named without a phone number; the only contacts are in the footer. Sidecar.
NORDANSTIG_PROTOKOLL = Doc(
    path="corpus/nordanstig/nordanstig-socialnamnden-protokollsutdrag-2026-02-19.pdf",
    title="Socialnämnden Nordanstig – protokollsutdrag 2026-02-19 §§ 14–15",
    header_left="Nordanstigs kommun",
    header_right=["PROTOKOLLSUTDRAG", "Socialnämnden", "Sammanträdesdatum 2026-02-19"],
    footer_lines=[
        "Nordanstigs kommun · Socialförvaltningen · Box 56 · 820 40 Bergsjö",
        "Växel 0652-362 00 · socialforvaltningen@nordanstig.se",
    ],
    author="Socialnämnden, Nordanstigs kommun",
    blocks=[
        (
            "kv",
            [
                ("Plats och tid", "Kommunhuset, Bergsjö, kl. 09.00–12.10"),
                ("Ordförande", "Ann-Charlotte Westberg"),
                ("Justerare", "Roger Lindh"),
                ("Sekreterare", "Emma Hållander"),
                ("Justeringsdatum", "2026-02-24"),
            ],
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap med Föreningen Träffpunkt Gnarp"),
        ("small", "Dnr SN 2025/214"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Föreningen Träffpunkt Gnarp om "
                "en öppen mötesplats för äldre i Gnarp enligt bilagd överenskommelse,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-03-31,",
                "att nämndens bidrag är 165 000 kronor per år, som betalas ut kvartalsvis i "
                "förskott, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Träffpunkt Gnarp bildades 2017 och har 52 medlemmar. Föreningen lämnade i "
            "oktober 2025 en idéskiss om en öppen mötesplats i Gnarps bygdegård två eftermiddagar "
            "i veckan, med fika, samtal, enklare motion och besök av till exempel fotvården och "
            "biblioteket. Efter två dialogmöten har förvaltningen och föreningen tagit fram ett "
            "förslag till överenskommelse. Verksamhetens totala kostnad beräknas till 220 000 "
            "kronor per år. Föreningens egen insats består av lokal och ideellt arbete och "
            "motsvarar 25 procent av kostnaden.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Förvaltningen har prövat idén mot kommunens riktlinjer för IOP (KF 2023-06-12 § 71). "
            "Riktlinjerna kräver att föreningen har funnits i minst två år; Föreningen Träffpunkt "
            "Gnarp har funnits sedan 2017. Inom socialnämndens område ska ett partnerskap för "
            "äldre vända sig till personer som har fyllt 65 år, och mötesplatsen är öppen för "
            "alla som har fyllt 65 år, oavsett medlemskap. Deltagaravgiften är 20 kronor per "
            "tillfälle och ligger under riktlinjernas tak på 30 kronor per tillfälle. Föreningens "
            "egen insats på 25 procent överstiger riktlinjernas krav på minst 15 procent. "
            "Verksamheten är varken lagstadgad eller upphandlad.",
        ),
        ("bold", "Beslutsunderlag"),
        ("ul", ["Tjänsteskrivelse 2026-01-28", "Förslag till överenskommelse, bilaga 1"]),
        ("small", "Handläggare: Petra Nordin Åslund, utvecklingsstrateg"),
        ("small", "Beslutet skickas till: Föreningen Träffpunkt Gnarp; ekonomienheten"),
        ("h2", "§ 15 Idéskiss från Stocka Båtklubb om hjälp med båtar för äldre medlemmar"),
        ("small", "Dnr SN 2025/231"),
        ("bold", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte gå vidare med idéskissen som idéburet offentligt "
            "partnerskap. Föreningen hänvisas till kommunens föreningsbidrag.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Stocka Båtklubb föreslår att klubbens frivilliga hjälper medlemmar som har fyllt 70 "
            "år med sjösättning och upptagning av båtar. Hjälpen ska bara erbjudas klubbens "
            "medlemmar, och avgiften är 150 kronor per tillfälle.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Enligt riktlinjerna ska verksamheten i ett partnerskap vara öppen även för den som "
            "inte är medlem, och deltagaravgiften får vara högst 30 kronor per tillfälle. Idén "
            "uppfyller inte dessa krav.",
        ),
        ("small", "Beslutet skickas till: Stocka Båtklubb"),
        (
            "lines",
            [
                "Justerandes signatur: ________________",
                "Utdragsbestyrkande: Emma Hållander, nämndsekreterare",
            ],
        ),
    ],
)


# Lindesberg: guidelines on letterhead. Criteria in running prose that separate "ska"
# (requirement) from "bör" (not a requirement): ska minst ett år (exception for a merged
# förening), bör minst tio medlemmar, bör säte in the kommun, bör avgiftsfri / ska max 300 kronor
# per deltagare och halvår, 65 år i första hand (anhöriga any age), minst 20 procent, 200 kronor
# per timme. Process all year, tre veckor, 250 000 kronor per år, högst tre år + two, 28 februari.
# The only contacts are the functional mailbox and the switchboard in the footer. Sidecar.
LINDESBERG_RIKTLINJER = Doc(
    path="corpus/lindesberg/lindesberg-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap – Lindesbergs kommun",
    header_left="Lindesbergs kommun",
    header_right=["Riktlinje", "Dnr KS 2025/412", "Antagen av kommunstyrelsen 2025-10-07 § 163"],
    footer_lines=[
        "Lindesbergs kommun · 711 80 Lindesberg · Växel 0581-816 00 · iop@lindesberg.se · "
        "www.lindesberg.se"
    ],
    author="Kommunledningsförvaltningen, Lindesbergs kommun",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Lindesbergs kommun vill ta vara på de idéer som finns i föreningslivet. Ett "
            "idéburet offentligt partnerskap (IOP) är en överenskommelse mellan kommunen och en "
            "idéburen organisation om en verksamhet som organisationen har tagit initiativ till "
            "och som båda parter bidrar till. Riktlinjerna gäller för kommunstyrelsen och alla "
            "nämnder.",
        ),
        ("h2", "Om orden ska och bör"),
        (
            "p",
            "I riktlinjerna betyder ”ska” att något är ett krav. Om ett krav inte är uppfyllt "
            "kan kommunen inte ingå ett partnerskap. ”Bör” betyder att kommunen ser det som "
            "önskvärt och väger in det i bedömningen, men att det inte är ett krav.",
        ),
        ("h2", "1. Vilka organisationer kan bli part"),
        (
            "p",
            "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund och ska ha bedrivit verksamhet i minst ett år när idéskissen lämnas in. "
            "Ett undantag gäller för en förening som har bildats genom sammanslagning av två eller "
            "flera föreningar. Då räknas den tid som den äldsta av de sammanslagna föreningarna "
            "har funnits.",
        ),
        (
            "p",
            "Organisationen bör ha minst tio medlemmar. Färre medlemmar är inget hinder om "
            "organisationen kan visa att den orkar genomföra verksamheten, till exempel genom "
            "samarbete med andra föreningar.",
        ),
        (
            "p",
            "Organisationen bör ha sitt säte i Lindesbergs kommun. En organisation med säte i en "
            "annan kommun kan ändå ingå ett partnerskap om verksamheten bedrivs i Lindesbergs "
            "kommun och riktar sig till kommunens invånare.",
        ),
        (
            "p",
            "Organisationen ska inte dela ut vinst till medlemmar, ägare eller andra. Bolag kan "
            "inte bli part, inte heller om de ägs av en ideell förening.",
        ),
        ("h2", "2. Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Lindesbergs kommun, till exempel i Lindesberg, Frövi, "
            "Fellingsbro, Storå, Guldsmedshyttan eller Vedevåg. Enstaka utflykter utanför "
            "kommunen är tillåtna.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i målgruppen, oavsett om de är medlemmar i "
            "organisationen eller inte.",
        ),
        (
            "p",
            "Inom äldreområdet ska verksamheten i första hand rikta sig till personer som har "
            "fyllt 65 år. Anhöriga till äldre kan ingå i målgruppen oavsett ålder.",
        ),
        (
            "p",
            "Verksamheten bör vara avgiftsfri för deltagarna. Om en avgift tas ut ska den bara "
            "täcka material och förtäring och får inte överstiga 300 kronor per deltagare och "
            "halvår.",
        ),
        (
            "p",
            "Verksamheten ska vara fri från partipolitisk och religiös påverkan. Att en "
            "organisation har en politisk eller religiös grund är i sig inget hinder.",
        ),
        (
            "p",
            "Verksamheten får inte vara sådan som kommunen är skyldig att erbjuda enligt lag, och "
            "inte heller sådan som kommunen redan har upphandlat.",
        ),
        ("h2", "3. Egen insats"),
        (
            "p",
            "Organisationen ska stå för en egen insats på minst 20 procent av verksamhetens "
            "totala kostnad. Insatsen kan bestå av pengar, lokaler, material eller ideellt arbete. "
            "Ideellt arbete värderas till 200 kronor per timme. Bidrag från kommunen, till "
            "exempel föreningsbidrag, räknas inte som egen insats.",
        ),
        ("h2", "4. Från idéskiss till beslut"),
        (
            "ol",
            [
                "Organisationen skickar en idéskiss till iop@lindesberg.se. Idéskisser tas emot "
                "löpande under hela året.",
                "Kommunen svarar inom tre veckor om idén går vidare till dialog.",
                "Organisationen och kommunen för en dialog och tar tillsammans fram en "
                "överenskommelse.",
                "Den nämnd som ansvarar för området beslutar om kommunens del är högst 250 000 "
                "kronor per år. Om kommunens del är större beslutar kommunstyrelsen.",
            ],
        ),
        (
            "p",
            "Idéskisser som kommer in senast 15 april kan normalt beslutas före sommaruppehållet. "
            "Nämnderna sammanträder inte i juli.",
        ),
        ("h2", "5. Överenskommelsen"),
        (
            "p",
            "En överenskommelse gäller i högst tre år och kan förlängas en gång med högst två år. "
            "Kommunens del betalas ut två gånger per år, i januari och i juli.",
        ),
        ("h2", "6. Uppföljning"),
        (
            "p",
            "Organisationen lämnar en skriftlig redovisning av verksamhet och ekonomi senast 28 "
            "februari varje år. Kommunen och organisationen träffas minst en gång per år för "
            "gemensam uppföljning.",
        ),
        ("h2", "7. Frågor"),
        (
            "p",
            "Frågor om riktlinjerna skickas till kommunens funktionsbrevlåda för IOP, som står i "
            "sidfoten. Det finns ingen särskild telefonlinje för IOP; den som vill ringa når "
            "kommunen via växeln.",
        ),
    ],
)


# Fagersta: a consultation RESPONSE from a pensioners' association (not the kommun's rule). It
# reports what the kommun's draft proposes (12 instead of 18 months, 20 instead of 10 percent,
# 70 år as priority) and adds the association's own wishes (80 kronor per tillfälle, 250 kronor
# per timme, 65 år). No phone or e-mail at all. Sidecar (doc_type remissvar).
FAGERSTA_REMISSVAR = Doc(
    path="corpus/fagersta/fagersta-seniorforening-remissvar-riktlinjer-iop.pdf",
    title="Yttrande över förslag till reviderade riktlinjer för IOP – Fagersta Seniorförening",
    header_left="Fagersta Seniorförening",
    header_right=["Remissvar", "2026-01-27"],
    footer_lines=[
        "Fagersta Seniorförening · c/o Bengt-Åke Nyström · Hantverkargatan 4 · 737 30 Fagersta"
    ],
    author="Fagersta Seniorförening",
    blocks=[
        (
            "kv",
            [
                ("Till", "Fagersta kommun, kommunstyrelsen"),
                (
                    "Ärende",
                    "Remiss – förslag till reviderade riktlinjer för idéburet offentligt "
                    "partnerskap",
                ),
                ("Kommunens dnr", "KS 2025/287"),
                ("Från", "Fagersta Seniorförening, styrelsen"),
            ],
        ),
        ("h1", "Yttrande över förslag till reviderade riktlinjer för IOP"),
        (
            "p",
            "Fagersta Seniorförening har 212 medlemmar och har tagit del av kommunens förslag "
            "till reviderade riktlinjer för idéburet offentligt partnerskap. Styrelsen behandlade "
            "remissen vid sitt möte den 20 januari 2026 och lämnar följande synpunkter.",
        ),
        ("h2", "Hur länge föreningen ska ha funnits"),
        (
            "p",
            "Kommunens förslag innebär att kravet på att organisationen ska ha bedrivit "
            "verksamhet i 18 månader sänks till 12 månader. Vi tillstyrker förslaget. Nya "
            "föreningar bildas ofta just för att möta ett behov, och de ska inte behöva vänta.",
        ),
        ("h2", "Egen insats"),
        (
            "p",
            "Kommunens förslag innebär att föreningens egen insats höjs från 10 till 20 procent av "
            "kostnaden. Vi avstyrker detta. För små pensionärsföreningar blir 20 procent svårt att "
            "nå. Vi föreslår i stället att en ideell timme värderas till 250 kronor i stället för "
            "210 kronor.",
        ),
        ("h2", "Deltagaravgift"),
        (
            "p",
            "Vi föreslår att taket för deltagaravgiften höjs från 60 till 80 kronor per tillfälle, "
            "eftersom hyror och livsmedelspriser har stigit sedan 2022.",
        ),
        ("h2", "Målgrupp"),
        (
            "p",
            "Vi välkomnar att kommunens förslag pekar ut personer som har fyllt 70 år som "
            "prioriterad grupp, men vi anser att gränsen bör vara 65 år.",
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi önskar att kommunen inför två fasta beslutstillfällen per år, så att föreningarna "
            "kan planera sin verksamhet.",
        ),
        (
            "lines",
            [
                "Fagersta den 27 januari 2026",
                "För styrelsen i Fagersta Seniorförening",
                "Bengt-Åke Nyström, ordförande",
                "Ingrid Sahlén, sekreterare",
            ],
        ),
    ],
)


# Trosa: a draft for consultation (remissversion, Word) that is NOT adopted. It compares the
# rules in force (2021: fyra år, 25 folkbokförda, 60 år, 500 kronor per termin, 15 procent,
# 31 maj) with the proposal (två år, 15 medlemmar, 40 kronor per tillfälle, 20 procent, 31 mars
# and 30 september). Remisstid to 17 april 2026, planned decision June 2026, from 1 januari 2027.
# Contact person for the consultation only. Sidecar.
TROSA_REMISSVERSION = Doc(
    path="corpus/trosa/trosa-forslag-riktlinjer-iop-remissversion.docx",
    title="Förslag till nya riktlinjer för IOP i Trosa kommun – remissversion",
    header_left="Trosa kommun · REMISSVERSION",
    footer_lines=["Trosa kommun · Kommunledningskontoret · 619 80 Trosa · Växel 0156-521 00"],
    author="Kommunledningskontoret, Trosa kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION – förslaget är inte antaget. Tills kommunfullmäktige har beslutat "
            "gäller riktlinjerna från 2021.",
        ),
        ("h1", "Förslag till nya riktlinjer för idéburet offentligt partnerskap (IOP) i Trosa kommun"),
        (
            "kv",
            [
                ("Diarienummer", "KS 2026/19"),
                ("Remisstid", "2 mars – 17 april 2026"),
                ("Synpunkter till", "remiss.iop@trosa.se"),
                ("Planerat beslut", "Kommunfullmäktige i juni 2026"),
                ("Föreslås gälla från", "1 januari 2027"),
                ("Kontaktperson för remissen", "Olof Sandberg Wik, utredare, 0156-521 79"),
            ],
        ),
        ("h2", "Varför nya riktlinjer?"),
        (
            "p",
            "Riktlinjerna från 2021 har bara lett till ett fåtal partnerskap. Föreningar har "
            "framfört att kraven på fyra års verksamhet och 25 folkbokförda medlemmar är svåra "
            "att uppfylla för nya och små föreningar, och att en ansökningsomgång per år är för "
            "lite.",
        ),
        ("h2", "Förslag till ändringar"),
        (
            "table",
            (28, 36, 36),
            [
                ["Område", "Gäller i dag (2021)", "Förslag"],
                ["Föreningens ålder", "Minst fyra år", "Minst två år"],
                [
                    "Medlemmar",
                    "Minst 25 medlemmar folkbokförda i Trosa kommun",
                    "Minst 15 medlemmar, inget krav på folkbokföring",
                ],
                ["Målgrupp", "Personer som har fyllt 60 år", "Ingen åldersgräns; äldre prioriteras"],
                ["Deltagaravgift", "Högst 500 kronor per termin", "Högst 40 kronor per tillfälle"],
                ["Egen insats", "Minst 15 procent", "Minst 20 procent"],
                [
                    "Ansökningsomgångar",
                    "En per år, senast 31 maj",
                    "Två per år, senast 31 mars och 30 september",
                ],
                ["Beslut", "Vård- och omsorgsnämnden", "Den nämnd som ansvarar för området"],
            ],
        ),
        (
            "p",
            "I förslaget sänks kravet på föreningens ålder till minst två år, och den egna "
            "insatsen höjs till minst 20 procent. Övriga krav föreslås vara oförändrade: att "
            "verksamheten ska vara öppen för den som inte är medlem, bedrivas i Trosa kommun och "
            "sakna partipolitiskt eller religiöst syfte, och att föreningen inte delar ut vinst.",
        ),
        ("h2", "Så lämnar ni synpunkter"),
        (
            "p",
            "Skicka era synpunkter senast 17 april 2026 till remiss.iop@trosa.se. Märk mejlet med "
            "KS 2026/19. Alla remissvar publiceras på trosa.se. Frågor om förslaget besvaras av "
            "Olof Sandberg Wik, utredare, telefon 0156-521 79.",
        ),
    ],
)


DOCS = [
    HEDEMORA_BLANKETT,
    NORDANSTIG_PROTOKOLL,
    LINDESBERG_RIKTLINJER,
    FAGERSTA_REMISSVAR,
    TROSA_REMISSVERSION,
]
