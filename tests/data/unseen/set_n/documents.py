"""Text of the set_n (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Sollefteå: a protokollsutdrag from socialnämnden with three §§: § 31 changing the
# delegationsordning (socialchefen may decide partnerships up to 150 000 kronor a year and two
# years, from 2026-04-01; before that 75 000), § 32 entering one partnership (Junsele
# Byaförening, Träffpunkt Junsele) with the municipality's guidelines only quoted in the
# förvaltningens bedömning (a jäv, a yrkande that lost), and § 33 the anmälan of delegation
# decisions, among them a smaller partnership decided by socialchefen. The handläggare is named
# without any number; the only numbers are the växel and a functional mailbox in the footer.
SOLLEFTEA_PROTOKOLL = Doc(
    path="corpus/solleftea/solleftea-sn-protokollsutdrag-2026-03-18.pdf",
    title="Protokollsutdrag socialnämnden 2026-03-18 §§ 31–33 – Sollefteå kommun",
    header_left="SOLLEFTEÅ KOMMUN",
    header_right=["PROTOKOLLSUTDRAG", "Socialnämnden", "Sammanträdesdatum 2026-03-18"],
    footer_lines=[
        "Sollefteå kommun · Socialförvaltningen · 881 80 Sollefteå · Växel 0620-68 20 00 · "
        "socialforvaltningen@solleftea.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Socialförvaltningen, Sollefteå kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-03-18"),
                ("Plats och tid", "Kommunhuset, sammanträdesrum Ångermanälven, kl. 13.00–16.20"),
                ("Paragrafer", "§§ 31–33"),
                ("Utdrag ur", "Socialnämndens protokoll"),
            ],
        ),
        ("h2", "§ 31 Ändring i socialnämndens delegationsordning – idéburet offentligt partnerskap"),
        ("small", "Dnr SN 2026/0044"),
        ("bold", "Socialnämndens beslut"),
        (
            "lines",
            [
                "Socialnämnden beslutar",
                "att punkt 14.3 i socialnämndens delegationsordning ändras så att socialchefen får "
                "besluta om idéburna offentliga partnerskap med ett värde om högst 150 000 kronor "
                "per år och en längd om högst två år,",
                "att partnerskap med ett högre värde eller en längre giltighetstid beslutas av "
                "socialnämnden,",
                "att beslut som fattas med stöd av delegationen anmäls vid nämndens nästa "
                "sammanträde, samt",
                "att ändringen gäller från och med 2026-04-01.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Kommunfullmäktige antog 2024-09-23, § 118, Riktlinjer för idéburet offentligt "
            "partnerskap i Sollefteå kommun. Enligt riktlinjerna beslutar den nämnd som ansvarar "
            "för verksamhetsområdet om partnerskap, och nämnden får delegera beslutanderätten. I "
            "dag får socialchefen besluta om partnerskap med ett värde om högst 75 000 kronor per "
            "år. Förvaltningen har sett att de flesta idéer som kommer in gäller mindre "
            "verksamheter, och att tiden från idéskiss till beslut blir lång när varje partnerskap "
            "ska upp i nämnden. Förvaltningen föreslår därför att gränsen höjs.",
        ),
        ("bold", "Beslutsunderlag"),
        ("ul", ["Tjänsteskrivelse 2026-02-27, socialförvaltningen"]),
        ("h2", "§ 32 Idéburet offentligt partnerskap med Junsele Byaförening – Träffpunkt Junsele"),
        ("small", "Dnr SN 2025/0312"),
        ("bold", "Jäv"),
        (
            "p",
            "Kjell Edholm (S) anmäler jäv, eftersom han är ledamot i Junsele Byaförenings "
            "styrelse, och deltar inte i handläggningen av ärendet. Ersättaren Eva Strömgren (S) "
            "tjänstgör i hans ställe.",
        ),
        ("bold", "Socialnämndens beslut"),
        (
            "lines",
            [
                "Socialnämnden beslutar",
                "att ingå ett idéburet offentligt partnerskap med Junsele Byaförening om "
                "verksamheten Träffpunkt Junsele enligt bilagt förslag till överenskommelse,",
                "att partnerskapet gäller från och med 2026-05-01 till och med 2029-04-30,",
                "att socialnämndens bidrag är 240 000 kronor per år och betalas ut i förskott två "
                "gånger per år, i maj och i november,",
                "att föreningen lämnar en redovisning av verksamhet och ekonomi senast den 28 "
                "februari varje år, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Junsele Byaförening, som har funnits sedan 1978, lämnade i oktober 2025 en idéskiss "
            "om en träffpunkt för äldre. Många äldre i Junsele och Ramsele bor långt från "
            "varandra, och sedan dagcentralen i Junsele stängde finns ingen öppen mötesplats. "
            "Föreningen vill hålla öppet i bygdegården i Junsele tisdagar och torsdagar och i "
            "Ramsele folkets hus på fredagar, med lunch som deltagarna köper av föreningen till "
            "självkostnad, fika, sittgympa, sång och besök av kommunens anhörigkonsulent. "
            "Förvaltningen och föreningen har haft tre dialogmöten under vintern.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Förvaltningen har prövat idén mot kommunens riktlinjer för idéburet offentligt "
            "partnerskap. Enligt riktlinjerna ska organisationen vara idéburen och ha bedrivit "
            "verksamhet i minst två år, och idén ska komma från organisationen. Verksamheten ska "
            "vara öppen för alla i målgruppen oavsett om de är medlemmar eller inte. Deltagarna "
            "får betala högst 20 kronor per tillfälle för att vara med; mat som deltagarna väljer "
            "att köpa till självkostnad räknas inte som en avgift. Organisationens egen insats "
            "ska vara minst en fjärdedel av verksamhetens kostnad, och verksamheten ska pågå i "
            "minst ett år.",
        ),
        (
            "p",
            "Riktlinjerna anger vidare att socialnämndens partnerskap ska rikta sig till personer "
            "som har fyllt 65 år, till anhöriga som vårdar eller stödjer en närstående, eller till "
            "personer med psykisk ohälsa. Ett partnerskap får inte omfatta insatser som kommunen "
            "beviljar efter ett biståndsbeslut enligt socialtjänstlagen, till exempel hemtjänst, "
            "dagverksamhet eller korttidsvistelse, och får inte ersätta sådana insatser. Ett "
            "partnerskap bör komma invånare i fler än en av kommunens kommundelar till del.",
        ),
        (
            "p",
            "Träffpunkt Junsele uppfyller villkoren. Föreningen står för 31 procent av "
            "kostnaden, främst genom ideellt arbete och bygdegården, och verksamheten når både "
            "Junsele och Ramsele. Träffpunkten är öppen för alla som har fyllt 65 år och kräver "
            "inget beslut från kommunen. Värdet överstiger socialchefens delegation och beslutas "
            "därför av nämnden.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Anna Nordin (C) yrkar att partnerskapet ska gälla i två år i stället för tre år. "
            "Ordföranden yrkar bifall till förvaltningens förslag.",
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer förslagen mot varandra och finner att socialnämnden bifaller "
            "förvaltningens förslag.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-03-02, handläggare Johanna Westin, IOP-samordnare, "
                "socialförvaltningen",
                "Idéskiss från Junsele Byaförening, inkommen 2025-10-14",
                "Förslag till överenskommelse, bilaga 1",
            ],
        ),
        ("bold", "Beslutet skickas till"),
        ("lines", ["Junsele Byaförening", "Socialchefen", "Ekonomienheten"]),
        ("h2", "§ 33 Anmälan av delegationsbeslut"),
        ("small", "Dnr SN 2026/0003"),
        ("bold", "Socialnämndens beslut"),
        ("lines", ["Socialnämnden beslutar", "att lägga redovisningen av delegationsbeslut till handlingarna."]),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Följande beslut har fattats med stöd av delegation under perioden 2026-02-01 – "
            "2026-02-28. Delegationsbeslut i enskilda ärenden enligt socialtjänstlagen och LSS "
            "redovisas i en särskild förteckning som inte är offentlig.",
        ),
        (
            "table",
            (20, 44, 20, 16),
            [
                ["Datum", "Beslut", "Delegat", "Dnr"],
                [
                    "2026-02-05",
                    "Yttrande till Inspektionen för vård och omsorg i tillsynsärende",
                    "Socialchef",
                    "SN 2026/0019",
                ],
                [
                    "2026-02-09",
                    "Idéburet offentligt partnerskap med Föreningen Anhörigstöd Ådalen om "
                    "anhörigcafé i Näsåker, 70 000 kronor per år, 2026-03-01 – 2028-02-28",
                    "Socialchef Maria Holm",
                    "SN 2026/0031",
                ],
                [
                    "2026-02-16",
                    "Förlängning av avtal om tolktjänster till och med 2026-12-31",
                    "Avdelningschef",
                    "SN 2026/0036",
                ],
                [
                    "2026-02-23",
                    "Attesträtt för enhetschefer inom äldreomsorgen 2026",
                    "Socialchef",
                    "SN 2026/0040",
                ],
            ],
        ),
        (
            "lines",
            [
                "Vid protokollet: Lena Forsberg, nämndsekreterare",
                "Ordförande: Mats Edin (S)",
                "Justerare: Gunilla Hägglund (M)",
                "Protokollet justerades 2026-03-23.",
            ],
        ),
    ],
)


# Tidaholm: a PDF riktlinje with numbered chapters and a definitions chapter (äldre = fyllt 70
# år, fem kommundelar, what "ska", "får inte" and "bör" mean), the conditions as numbered
# sections in prose, 3.5 listing "bör" wishes that are expressly no conditions.
TIDAHOLM_RIKTLINJER = Doc(
    path="corpus/tidaholm/tidaholm-riktlinjer-iop-2025.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Tidaholms kommun",
    header_left="Tidaholms kommun",
    header_right=["RIKTLINJER", "Dnr KS 2024/311"],
    footer_lines=[
        "Tidaholms kommun · Kommunstyrelseförvaltningen · 522 83 Tidaholm · "
        "Växel 0502-60 60 00 · www.tidaholm.se",
    ],
    author="Kommunstyrelseförvaltningen, Tidaholms kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Tidaholms kommun"),
        (
            "kv",
            [
                ("Antagna av", "Kommunfullmäktige 2025-02-24, § 12"),
                ("Gäller från", "2025-04-01"),
                ("Revideras", "Senast 2028"),
                ("Dokumentansvarig", "Kommunstyrelseförvaltningen"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Inledning och syfte",
                "2 Definitioner",
                "3 Förutsättningar för partnerskap",
                "4 Idéskiss och dialog",
                "5 Beslut och överenskommelse",
                "6 Utbetalning och uppföljning",
                "7 Uppsägning",
                "8 Kontakt",
            ],
        ),
        ("h2", "1 Inledning och syfte"),
        (
            "p",
            "Tidaholms kommun vill ta tillvara det engagemang som finns i föreningslivet. Ett "
            "idéburet offentligt partnerskap (IOP) är en överenskommelse mellan kommunen och en "
            "idéburen organisation om en verksamhet som båda parter vill se och där båda bidrar. "
            "Ett partnerskap är inte ett föreningsbidrag och inte en upphandling. Kommunen köper "
            "inga tjänster genom ett partnerskap och betalar inte per deltagare, besök eller "
            "timme. Riktlinjerna gäller för kommunens samtliga nämnder.",
        ),
        ("h2", "2 Definitioner"),
        ("p", "I dessa riktlinjer används följande begrepp."),
        (
            "table",
            (30, 70),
            [
                ["Begrepp", "Betydelse"],
                [
                    "Idéburen organisation",
                    "En ideell förening, en stiftelse eller ett registrerat trossamfund som inte "
                    "har vinstsyfte. Aktiebolag, ekonomiska föreningar, handelsbolag och enskilda "
                    "firmor räknas inte som idéburna organisationer, inte heller när de ägs av en "
                    "förening.",
                ],
                [
                    "Verksamhetsår",
                    "Ett kalenderår då organisationen har haft verksamhet och har hållit ett "
                    "årsmöte.",
                ],
                [
                    "Egen insats",
                    "Det organisationen själv bidrar med: egna pengar, lokaler, material och "
                    "ideellt arbete. En timme ideellt arbete räknas som 210 kronor. Pengar som "
                    "organisationen får från kommunen räknas inte som egen insats.",
                ],
                [
                    "Tillfälle",
                    "En träff, en aktivitet eller ett öppethållande under en dag.",
                ],
                ["Äldre", "Personer som har fyllt 70 år."],
                ["Unga", "Personer mellan 13 och 21 år."],
                [
                    "Personer långt från arbetsmarknaden",
                    "Personer mellan 18 och 64 år som har saknat arbete i minst ett år.",
                ],
                [
                    "Kommundel",
                    "Kommunen delas i dessa riktlinjer in i fem kommundelar: Tidaholms tätort, "
                    "Madängsholm, Ekedalen, Fröjered och Hökensås.",
                ],
                [
                    "Ska, får inte",
                    "Anger ett krav. Alla krav ska vara uppfyllda för att kommunen ska ingå ett "
                    "partnerskap.",
                ],
                [
                    "Bör",
                    "Anger ett önskemål som vägs in i bedömningen men som inte är ett krav.",
                ],
            ],
        ),
        ("h2", "3 Förutsättningar för partnerskap"),
        ("h3", "3.1 Organisationen"),
        (
            "p",
            "Organisationen ska vara en idéburen organisation enligt avsnitt 2 och ha minst tre "
            "verksamhetsår. Den ska vara registrerad i Tidaholms kommuns föreningsregister och ha "
            "ett organisationsnummer och ett eget bankkonto. Idén till partnerskapet ska komma "
            "från organisationen.",
        ),
        ("h3", "3.2 Verksamheten"),
        (
            "p",
            "Verksamheten ska vända sig till äldre, till unga eller till personer långt från "
            "arbetsmarknaden, så som grupperna definieras i avsnitt 2. Verksamheten ska pågå i "
            "minst 18 månader; enstaka evenemang, resor och läger kan inte bli partnerskap. "
            "Partnerskapet får inte avse uppgifter som kommunen ska utföra enligt lag, som "
            "hemtjänst, skolundervisning eller hälso- och sjukvård. Det får inte heller avse "
            "tjänster som företag erbjuder i kommunen, till exempel snöskottning, trädgårdsskötsel, "
            "städning eller fotvård, och inte organisationens ordinarie verksamhet.",
        ),
        ("h3", "3.3 Deltagande och avgifter"),
        (
            "p",
            "Verksamheten ska vara öppen för alla i målgruppen, och deltagarna får inte behöva "
            "bli medlemmar i organisationen. Deltagarna får betala högst 30 kronor per tillfälle.",
        ),
        ("h3", "3.4 Egen insats"),
        (
            "p",
            "Organisationens egen insats ska vara minst 20 procent av verksamhetens totala "
            "kostnad under varje år av partnerskapet.",
        ),
        ("h3", "3.5 Önskemål"),
        (
            "p",
            "Verksamheten bör nå invånare i minst två av kommunens fem kommundelar. "
            "Organisationen bör samarbeta med andra föreningar och bör ha en plan för hur "
            "verksamheten kan leva vidare när partnerskapet upphör. Detta är önskemål enligt "
            "avsnitt 2, inte krav, och en idé som inte uppfyller dem kan ändå bli ett partnerskap.",
        ),
        ("h2", "4 Idéskiss och dialog"),
        (
            "p",
            "Organisationen lämnar en idéskiss till kommunstyrelseförvaltningen, helst på "
            "kommunens mall, via e-tjänsten eller till iop@tidaholm.se. Idéskisser som har kommit "
            "in senast den 31 mars kan leda till ett partnerskap som startar tidigast den 1 "
            "september samma år. Idéskisser som har kommit in senast den 30 september kan leda "
            "till ett partnerskap som startar tidigast den 1 mars året efter.",
        ),
        (
            "p",
            "Inom 30 dagar efter sista dagen får organisationen besked om idéskissen går vidare "
            "till dialog. Under dialogen tar organisationen och den berörda förvaltningen "
            "tillsammans fram ett förslag till överenskommelse.",
        ),
        ("h2", "5 Beslut och överenskommelse"),
        (
            "p",
            "Den nämnd som ansvarar för verksamhetsområdet beslutar om partnerskap med ett värde "
            "om högst 300 000 kronor per år. Partnerskap med ett högre värde beslutas av "
            "kommunstyrelsen. En överenskommelse gäller i lägst 18 månader och högst fyra år och "
            "kan förlängas efter en gemensam utvärdering.",
        ),
        ("h2", "6 Utbetalning och uppföljning"),
        (
            "p",
            "Kommunens bidrag betalas ut i förskott två gånger per år, i april och i oktober. "
            "Organisationen lämnar en redovisning av verksamhet och ekonomi för föregående år "
            "senast den 31 januari. Parterna håller ett uppföljningsmöte minst en gång per år.",
        ),
        ("h2", "7 Uppsägning"),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med tre månaders uppsägningstid. Om "
            "organisationen allvarligt bryter mot överenskommelsen kan kommunen säga upp den med "
            "omedelbar verkan och kräva tillbaka medel som inte har använts.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna besvaras av Elin Gustafsson, folkhälsostrateg, telefon "
            "0502-60 61 84, elin.gustafsson@tidaholm.se.",
        ),
    ],
)


# Tidaholm: a Word "Ansökningsmall och checklista" for the idéskiss: a checklist table with
# empty Ja/Nej columns, the parts of the sketch with an instruction under each, an empty budget
# table, what to attach and what happens afterwards (bekräftelse inom tre arbetsdagar).
TIDAHOLM_MALL = Doc(
    path="corpus/tidaholm/tidaholm-ansokningsmall-checklista-ideskiss.docx",
    title="Ansökningsmall och checklista – idéskiss om IOP – Tidaholms kommun",
    header_left="Tidaholms kommun · Kommunstyrelseförvaltningen · Mall IOP-01, version 2025-04",
    footer_lines=["Tidaholms kommun · 522 83 Tidaholm · Växel 0502-60 60 00 · iop@tidaholm.se"],
    author="Kommunstyrelseförvaltningen, Tidaholms kommun",
    blocks=[
        ("h1", "Idéskiss om idéburet offentligt partnerskap (IOP) – mall och checklista"),
        (
            "p",
            "Använd den här mallen när er organisation vill föreslå ett partnerskap med "
            "Tidaholms kommun. Gå först igenom checklistan. Om ni svarar nej på någon av "
            "punkterna 1–7 kan idén inte bli ett partnerskap just nu – kontakta gärna "
            "folkhälsostrategen innan ni skriver.",
        ),
        ("h2", "Del A – Checklista"),
        (
            "table",
            (8, 72, 10, 10),
            [
                ["Nr", "Kontrollera", "Ja", "Nej"],
                ["1", "Vi är en ideell förening, en stiftelse eller ett trossamfund – inte ett bolag eller en firma.", "☐", "☐"],
                ["2", "Vi har minst tre verksamhetsår med årsmöte.", "☐", "☐"],
                ["3", "Vi finns i Tidaholms kommuns föreningsregister.", "☐", "☐"],
                ["4", "Idén kommer från oss.", "☐", "☐"],
                ["5", "Verksamheten vänder sig till äldre (70 år och äldre), unga (13–21 år) eller personer långt från arbetsmarknaden.", "☐", "☐"],
                ["6", "Verksamheten pågår i minst 18 månader.", "☐", "☐"],
                ["7", "Vi står för minst 20 procent av kostnaden.", "☐", "☐"],
                ["8", "Verksamheten når minst två kommundelar (önskemål, inget krav).", "☐", "☐"],
            ],
        ),
        ("h2", "Del B – Idéskiss"),
        ("p", "Skriv högst fyra sidor. Skriv under varje rubrik."),
        ("h3", "1. Organisationen"),
        ("small", "Namn, organisationsnummer, adress, antal medlemmar och när organisationen bildades."),
        ("lines", ["_______________________________________________", "_______________________________________________"]),
        ("h3", "2. Idén"),
        (
            "small",
            "Vad vill ni göra, varför behövs det och hur kom ni på idén? Beskriv vad som ska hända "
            "en vanlig vecka.",
        ),
        ("lines", ["_______________________________________________", "_______________________________________________"]),
        ("h3", "3. Målgrupp och kommundelar"),
        ("small", "Vilka ska verksamheten vända sig till och i vilka kommundelar ska den finnas?"),
        ("lines", ["_______________________________________________"]),
        ("h3", "4. Tidsplan"),
        ("small", "När vill ni starta och hur länge ska verksamheten pågå?"),
        ("lines", ["_______________________________________________"]),
        ("h3", "5. Budget per år"),
        (
            "small",
            "Räkna ideellt arbete med 210 kronor per timme. Ange lokaler ni äger eller hyr själva "
            "med vad de kostar er.",
        ),
        (
            "table",
            (50, 25, 25),
            [
                ["Post", "Kronor", "Varav egen insats"],
                ["Personal och arvoden", "", ""],
                ["Ideellt arbete (timmar × 210 kr)", "", ""],
                ["Lokaler", "", ""],
                ["Material och fika", "", ""],
                ["Övrigt", "", ""],
                ["Summa", "", ""],
                ["Önskat bidrag från kommunen", "", ""],
            ],
        ),
        ("h3", "6. Kontaktperson"),
        ("small", "Namn, roll i organisationen, telefon och e-post."),
        ("lines", ["_______________________________________________"]),
        ("h2", "Del C – Bilagor"),
        (
            "ul",
            [
                "Organisationens stadgar",
                "De tre senaste verksamhetsberättelserna",
                "Protokoll från det senaste årsmötet",
            ],
        ),
        ("h2", "Del D – Så skickar ni in"),
        (
            "p",
            "Skicka idéskissen med bilagor till iop@tidaholm.se och skriv Idéskiss IOP i "
            "ämnesraden. Det går också att skicka den med post till Tidaholms kommun, "
            "Kommunstyrelseförvaltningen, 522 83 Tidaholm. Ni får en bekräftelse inom tre "
            "arbetsdagar. Sista dagarna och vad som händer sedan står i kapitel 4 i riktlinjerna.",
        ),
        (
            "small",
            "Har ni frågor? Ring kommunens växel, 0502-60 60 00, och fråga efter "
            "folkhälsostrategen.",
        ),
    ],
)


# Ovanåker: the signed överenskommelse of an existing partnership (parties with addresses and
# org.nr, the nämnd's decision, period, both parties' commitments, payment, follow-up, the
# contact persons of both parties, notice, signatures). The municipality's own rules are only
# referred to (30 procent).
OVANAKER_OVERENSKOMMELSE = Doc(
    path="corpus/ovanaker/ovanaker-overenskommelse-iop-ungdomens-hus-edsbyn.pdf",
    title="Överenskommelse om idéburet offentligt partnerskap – Ungdomens Hus i Edsbyn",
    header_left="Ovanåkers kommun",
    header_right=["ÖVERENSKOMMELSE", "Dnr KFN 2025/38"],
    footer_lines=[
        "Ovanåkers kommun · Kultur- och fritidsförvaltningen · 828 80 Edsbyn · "
        "Växel 0271-570 00 · www.ovanaker.se",
    ],
    author="Kultur- och fritidsförvaltningen, Ovanåkers kommun",
    blocks=[
        ("h1", "Överenskommelse om idéburet offentligt partnerskap (IOP)"),
        ("bold", "Ungdomens Hus – öppen fritidsverksamhet för unga i Edsbyn, Alfta och Viksjöfors"),
        ("h2", "1 Parter"),
        (
            "kv",
            [
                ("Part 1", "Ovanåkers kommun genom kultur- och fritidsnämnden, 828 80 Edsbyn"),
                (
                    "Part 2",
                    "Föreningen Ungdomens Hus i Edsbyn, org.nr 802471-3396, Stationsgatan 14, "
                    "828 33 Edsbyn",
                ),
            ],
        ),
        (
            "p",
            "Kultur- och fritidsnämnden beslutade om partnerskapet 2025-06-10, § 47. Parterna "
            "benämns nedan kommunen och föreningen.",
        ),
        ("h2", "2 Bakgrund"),
        (
            "p",
            "Föreningen Ungdomens Hus i Edsbyn bildades 2016 och har sedan dess drivit ett "
            "ungdomscafé i Edsbyn med ideella krafter. Hösten 2024 föreslog föreningen kommunen "
            "att verksamheten skulle utökas till Alfta och Viksjöfors, där det saknas mötesplatser "
            "för unga efter skoltid. Parterna har därefter haft fyra dialogmöten. Partnerskapet "
            "bygger på Ovanåkers kommuns riktlinjer för idéburet offentligt partnerskap.",
        ),
        ("h2", "3 Syfte och mål"),
        (
            "p",
            "Syftet är att unga i Ovanåkers kommun ska ha en trygg och drogfri plats att vara på "
            "efter skoltid, oavsett var i kommunen de bor. Målet är att minst 60 olika unga "
            "besöker verksamheten varje månad och att minst en tredjedel av dem bor utanför "
            "Edsbyn.",
        ),
        ("h2", "4 Målgrupp och verksamhet"),
        (
            "p",
            "Verksamheten vänder sig till unga mellan 13 och 19 år. Ungdomens Hus har öppet "
            "tisdag till fredag kl. 15–21 i Edsbyn, onsdagar kl. 15–20 i Alfta och varannan "
            "torsdag kl. 15–20 i Viksjöfors. Verksamheten är avgiftsfri och öppen för alla i "
            "målgruppen, oavsett om de är medlemmar i föreningen eller inte. För utflykter får "
            "föreningen ta ut högst 100 kronor per deltagare.",
        ),
        ("h2", "5 Giltighetstid"),
        (
            "p",
            "Överenskommelsen gäller från och med 2025-08-01 till och med 2028-07-31. Parterna "
            "utvärderar partnerskapet gemensamt under våren 2028 och kan därefter komma överens "
            "om att förlänga det med högst två år.",
        ),
        ("h2", "6 Parternas åtaganden"),
        (
            "p",
            "Kommunen bidrar med 410 000 kronor per år och upplåter lokalen i Alfta "
            "fritidsgård utan kostnad på onsdagar. Kommunens fritidskonsulent deltar i "
            "verksamheten i Alfta en kväll i månaden.",
        ),
        (
            "p",
            "Föreningen ansvarar för verksamhetens innehåll och för att det finns minst två "
            "vuxna på plats när verksamheten har öppet. Föreningen står för lokalen i Edsbyn, "
            "material och ideellt arbete. Enligt kommunens riktlinjer ska organisationens egen "
            "insats vara minst 30 procent av kostnaden; enligt budgeten i bilaga 1 är föreningens "
            "insats 36 procent.",
        ),
        ("h2", "7 Utbetalning"),
        (
            "p",
            "Kommunens bidrag betalas ut kvartalsvis i förskott, i januari, april, juli och "
            "oktober. Den första utbetalningen, för perioden augusti–september 2025, görs i "
            "augusti 2025.",
        ),
        ("h2", "8 Uppföljning"),
        (
            "p",
            "Parterna träffas för dialogmöten två gånger per år, i mars och i september. "
            "Föreningen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "föregående år senast den 15 mars.",
        ),
        ("h2", "9 Kontaktpersoner"),
        (
            "table",
            (22, 38, 40),
            [
                ["Part", "Kontaktperson", "Telefon och e-post"],
                [
                    "Kommunen",
                    "Peter Sundqvist, fritidskonsulent",
                    "0271-571 34, peter.sundqvist@ovanaker.se",
                ],
                [
                    "Föreningen",
                    "Malin Jonsson, ordförande",
                    "070-174 06 90, ordforande@uhedsbyn.se",
                ],
            ],
        ),
        (
            "p",
            "Byter en part kontaktperson ska den andra parten meddelas skriftligen.",
        ),
        ("h2", "10 Ändring och uppsägning"),
        (
            "p",
            "Ändringar i överenskommelsen ska vara skriftliga och undertecknas av båda parter. "
            "Vardera parten kan säga upp överenskommelsen med sex månaders uppsägningstid. Om en "
            "part väsentligt bryter mot överenskommelsen kan den andra parten säga upp den med "
            "omedelbar verkan. Medel som inte har använts när partnerskapet upphör ska betalas "
            "tillbaka till kommunen.",
        ),
        ("h2", "11 Underskrifter"),
        (
            "p",
            "Överenskommelsen har upprättats i två likalydande exemplar, av vilka parterna har "
            "tagit var sitt.",
        ),
        (
            "table",
            (50, 50),
            [
                ["För Ovanåkers kommun", "För Föreningen Ungdomens Hus i Edsbyn"],
                ["Edsbyn 2025-06-24", "Edsbyn 2025-06-24"],
                ["Lars-Erik Hedlund, ordförande kultur- och fritidsnämnden", "Malin Jonsson, ordförande"],
            ],
        ),
        ("small", "Bilaga 1: Budget 2025–2028. Bilaga 2: Verksamhetsplan."),
    ],
)


DOCS = [
    SOLLEFTEA_PROTOKOLL,
    TIDAHOLM_RIKTLINJER,
    TIDAHOLM_MALL,
    OVANAKER_OVERENSKOMMELSE,
]
