"""Text of the set_l (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Mjölby: riktlinjer adopted by kommunfullmäktige where every condition stands in running
# prose paragraphs under numbered headings, with no list anywhere; a chapter "Det kommunen ser
# gärna" holds wishes that are expressly not conditions.
MJOLBY_RIKTLINJER = Doc(
    path="corpus/mjolby/mjolby-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Mjölby kommun",
    header_left="Mjölby kommun",
    header_right=["RIKTLINJER", "Dnr KS 2024/318"],
    footer_lines=[
        "Mjölby kommun · Kommunledningsförvaltningen · 595 80 Mjölby · "
        "Kontaktcenter 0142-859 00 · www.mjolby.se",
    ],
    author="Kommunledningsförvaltningen, Mjölby kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2025-03-25, § 41"),
                ("Gäller från", "2025-05-01"),
                ("Dokumentansvarig", "Kommundirektören"),
                ("Ses över", "Senast 2028"),
            ],
        ),
        ("h2", "1 Bakgrund och syfte"),
        (
            "p",
            "Mjölby kommun vill ta till vara den kraft som finns i föreningslivet och i andra "
            "idéburna organisationer. Riktlinjerna beskriver när kommunen kan ingå ett idéburet "
            "offentligt partnerskap (IOP), hur en idé prövas och vad som gäller under "
            "partnerskapet. De gäller för kommunstyrelsen och för samtliga nämnder.",
        ),
        ("h2", "2 Vad ett partnerskap är"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "idéburen organisation om att tillsammans driva en verksamhet som båda parter vill "
            "se i kommunen. Partnerskapet är varken ett föreningsbidrag eller en upphandling. "
            "Det bygger på att båda parter bidrar till ett gemensamt mål. Kommunen lämnar därför "
            "inte ersättning per deltagare, per besök eller per timme, och organisationen "
            "skickar inga fakturor för utförda insatser.",
        ),
        ("h2", "3 Vilka organisationer kommunen kan ingå partnerskap med"),
        (
            "p",
            "Kommunen kan ingå partnerskap med en ideell förening, en stiftelse eller ett "
            "registrerat trossamfund som saknar vinstsyfte. Organisationen ska vara registrerad "
            "i Mjölby kommuns föreningsregister och ha bedrivit verksamhet i minst två år när "
            "idéskissen lämnas in, vilket visas med de två senaste verksamhetsberättelserna. "
            "Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte vara part, och det "
            "gäller även ett bolag som ägs av en ideell förening eller som har begränsad "
            "vinstutdelning.",
        ),
        ("h2", "4 Förutsättningar för verksamheten"),
        (
            "p",
            "Initiativet till partnerskapet ska komma från organisationen. Om kommunen själv har "
            "bestämt vad som ska göras, för vem och hur, och söker någon som kan utföra det, är "
            "det inte ett partnerskap utan en fråga för upphandling.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i den målgrupp som parterna kommer överens om, "
            "och deltagandet får inte förutsätta medlemskap i organisationen. Deltagarna får "
            "betala en mindre avgift för fika och material, men den får inte överstiga 30 kronor "
            "per tillfälle. Organisationen får inte ta ut någon annan avgift för att delta.",
        ),
        (
            "p",
            "Verksamheten ska vara långsiktig och pågå under minst två år. Enstaka arrangemang "
            "som en festival, en marknad eller en resa kan inte bli ett partnerskap, inte heller "
            "om arrangemanget återkommer varje år.",
        ),
        (
            "p",
            "Organisationens egen insats ska motsvara minst 20 procent av verksamhetens totala "
            "kostnad. Insatsen kan bestå av egna pengar, lokaler, material eller ideellt arbete, "
            "där en timme ideellt arbete värderas till 190 kronor. Bidrag som organisationen får "
            "från kommunen i annan form räknas inte som egen insats.",
        ),
        (
            "p",
            "Partnerskapet får inte avse uppgifter som kommunen är skyldig att utföra enligt lag, "
            "till exempel hemtjänst, skolundervisning eller hälso- och sjukvård, och inte heller "
            "myndighetsutövning. Det får inte avse verksamhet som företag redan erbjuder på en "
            "marknad i kommunen. Kommunens medel får inte användas till organisationens "
            "ordinarie verksamhet, som lokalhyra, medlemsmöten eller medlemsresor.",
        ),
        (
            "p",
            "Verksamheten får inte vara partipolitisk och får inte innehålla religiös förkunnelse.",
        ),
        ("h2", "5 Det kommunen ser gärna"),
        (
            "p",
            "Kommunen ser gärna att verksamheten når personer i kommunens mindre orter, som "
            "Mantorp, Skänninge och Väderstad, och att flera organisationer samverkar i samma "
            "partnerskap. Detta är önskemål och inga villkor för partnerskap.",
        ),
        ("h2", "6 Idéskiss och handläggning"),
        (
            "p",
            "Organisationen beskriver sin idé på blanketten Idéskiss för IOP och skickar den till "
            "iop@mjolby.se. Idéskisser tas emot löpande under hela året. För att ett partnerskap "
            "ska kunna starta den 1 januari behöver idéskissen ha kommit in senast den 15 "
            "augusti året innan. Kommunledningsförvaltningen lämnar besked inom sex veckor om "
            "idéskissen går vidare till dialog. Under dialogen tar organisationen och den "
            "berörda förvaltningen fram ett förslag till överenskommelse med mål, aktiviteter, "
            "budget och former för uppföljning.",
        ),
        ("h2", "7 Beslut"),
        (
            "p",
            "Den nämnd vars ansvarsområde verksamheten främst berör beslutar om partnerskap med "
            "ett värde om högst 450 000 kronor per år. Partnerskap som är värda mer än så, eller "
            "som berör fler än en nämnd, beslutas av kommunstyrelsen.",
        ),
        ("h2", "8 Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "En överenskommelse gäller i högst tre år. Den kan förlängas en gång med högst två "
            "år efter en gemensam utvärdering. Kommunens bidrag betalas ut kvartalsvis i "
            "förskott. Organisationen lämnar senast den 28 februari varje år en "
            "verksamhetsberättelse och en ekonomisk redovisning för det föregående året. "
            "Parterna träffas för dialog två gånger per år.",
        ),
        ("h2", "9 Ändring och uppsägning"),
        (
            "p",
            "Ändringar i överenskommelsen görs skriftligt och undertecknas av båda parter. "
            "Vardera parten kan säga upp överenskommelsen med fyra månaders uppsägningstid. Om "
            "organisationen allvarligt bryter mot överenskommelsen kan kommunen häva den med "
            "omedelbar verkan och kräva tillbaka medel som inte har använts.",
        ),
        ("h2", "10 Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna besvaras av Mikael Sundqvist, strateg för "
            "civilsamhällesfrågor vid kommunledningsförvaltningen, telefon 0142-852 47, eller "
            "via den gemensamma brevlådan iop@mjolby.se.",
        ),
    ],
)


# Mjölby: the application form (blankett) as a Word template: fields to fill in as a fact box
# with blank lines, an instruction under each part in small grey text, an empty budget table,
# and a closing part on what happens after the form is sent.
MJOLBY_BLANKETT = Doc(
    path="corpus/mjolby/mjolby-blankett-ideskiss-iop.docx",
    title="Idéskiss för idéburet offentligt partnerskap (IOP) – blankett",
    header_left="Mjölby kommun · Kommunledningsförvaltningen · Blankett KLF 114",
    footer_lines=[
        "Mjölby kommun · 595 80 Mjölby · Kontaktcenter 0142-859 00 · iop@mjolby.se",
        "Blankett KLF 114, version 2025-05",
    ],
    author="Kommunledningsförvaltningen, Mjölby kommun",
    blocks=[
        ("h1", "Idéskiss för idéburet offentligt partnerskap (IOP)"),
        ("small", "Blankett KLF 114 · version 2025-05 · Fyll i på datorn eller för hand"),
        (
            "box",
            "Så här gör ni: Fyll i alla delar och mejla blanketten till iop@mjolby.se. "
            "Idéskissen får vara högst fem sidor inklusive bilagor. Läs kommunens Riktlinjer för "
            "idéburet offentligt partnerskap (IOP) innan ni börjar.",
        ),
        ("h2", "Del 1. Uppgifter om organisationen"),
        (
            "kv",
            [
                ("Organisationens namn", "______________________________"),
                ("Organisationsnummer", "__________-____"),
                (
                    "Organisationsform",
                    "☐ Ideell förening   ☐ Stiftelse   ☐ Registrerat trossamfund",
                ),
                ("Bildad år", "______"),
                ("Nummer i föreningsregistret", "__________"),
                ("Bankgiro eller plusgiro", "__________"),
                ("Kontaktperson", "______________________________"),
                ("Telefon", "__________________"),
                ("E-post", "______________________________"),
            ],
        ),
        (
            "small",
            "Organisationen ska finnas i Mjölby kommuns föreningsregister. Är ni inte "
            "registrerade? Kontakta föreningsservice på kultur- och fritidsförvaltningen innan ni "
            "skickar idéskissen.",
        ),
        ("h2", "Del 2. Behov och målgrupp"),
        (
            "small",
            "Beskriv vilket behov ni har sett och hur ni har upptäckt det. Vilka vill ni nå, hur "
            "många och var i kommunen?",
        ),
        ("lines", ["____________________________________________________________"] * 4),
        ("h2", "Del 3. Verksamheten"),
        (
            "small",
            "Vad ska ni göra, hur ofta och var? Hur når ni deltagarna? Hur ser ni till att alla i "
            "målgruppen kan vara med, även de som inte är medlemmar i er organisation?",
        ),
        ("lines", ["____________________________________________________________"] * 4),
        ("h2", "Del 4. Avgifter för deltagarna"),
        (
            "small",
            "Ange om deltagarna ska betala något och i så fall hur mycket. Avgiften får vara högst "
            "30 kronor per tillfälle och får bara täcka fika och material.",
        ),
        ("lines", ["____________________________________________________________"] * 2),
        ("h2", "Del 5. Er egen insats"),
        (
            "small",
            "Beskriv vad organisationen själv bidrar med: pengar, lokaler, material och ideellt "
            "arbete. Räkna ideellt arbete med 190 kronor per timme. Den egna insatsen ska vara "
            "minst 20 procent av den totala kostnaden.",
        ),
        (
            "kv",
            [
                ("Ideellt arbete", "______ timmar × 190 kr = __________ kr"),
                ("Lokaler", "__________ kr"),
                ("Material och egna pengar", "__________ kr"),
                ("Summa egen insats", "__________ kr, det vill säga ____ procent"),
            ],
        ),
        ("h2", "Del 6. Budget"),
        (
            "small",
            "Fyll i budgeten per år. Av den ska framgå vad ni söker från kommunen och vad ni står "
            "för själva.",
        ),
        (
            "table",
            (40, 20, 20, 20),
            [
                ["Kostnad", "År 1", "År 2", "År 3"],
                ["Arvoden och personal", "", "", ""],
                ["Lokal", "", "", ""],
                ["Material och fika", "", "", ""],
                ["Övrigt", "", "", ""],
                ["Summa", "", "", ""],
                ["Varav från kommunen", "", "", ""],
            ],
        ),
        ("h2", "Del 7. Tidplan"),
        (
            "small",
            "När vill ni starta och hur länge ska verksamheten pågå? En överenskommelse gäller i "
            "högst tre år. Ska partnerskapet starta den 1 januari behöver idéskissen ha kommit in "
            "senast den 15 augusti.",
        ),
        ("lines", ["____________________________________________________________"] * 2),
        ("h2", "Del 8. Bilagor"),
        (
            "ul",
            [
                "Stadgar",
                "De två senaste verksamhetsberättelserna",
                "Protokoll från det senaste årsmötet",
            ],
        ),
        ("h2", "Del 9. Underskrift"),
        ("small", "Idéskissen ska skrivas under av organisationens firmatecknare."),
        (
            "kv",
            [
                ("Ort och datum", "______________________________"),
                ("Underskrift", "______________________________"),
                ("Namnförtydligande", "______________________________"),
            ],
        ),
        ("h2", "Vad händer när vi har skickat idéskissen?"),
        (
            "p",
            "Ni får en bekräftelse via e-post inom fem arbetsdagar. Inom sex veckor får ni besked "
            "om idéskissen går vidare till dialog. Går den vidare bjuder vi in till ett första "
            "dialogmöte med den förvaltning som berörs. Om idéskissen inte går vidare får ni en "
            "skriftlig motivering och förslag på andra stödformer, till exempel föreningsbidrag.",
        ),
        (
            "small",
            "Kommunen behandlar personuppgifterna i blanketten enligt dataskyddsförordningen för "
            "att kunna handlägga idéskissen. Idéskissen blir en allmän handling när den kommer in "
            "till kommunen.",
        ),
    ],
)


# Avesta: a protokollsutdrag from socialnämnden (§ 142) deciding, in att-satser, to enter one
# specific partnership (parties, period, amount, payment, report date); the municipality's
# own guidelines are only quoted in the förvaltningens bedömning; a yrkande that lost and a
# reservation; the handläggare is named without any contact details.
AVESTA_PROTOKOLL = Doc(
    path="corpus/avesta/avesta-socialnamnden-protokollsutdrag-2025-11-19.pdf",
    title="Protokollsutdrag socialnämnden 2025-11-19 § 142 – IOP med Föreningen Bryggan i Avesta",
    header_left="AVESTA KOMMUN",
    header_right=["PROTOKOLLSUTDRAG", "Socialnämnden", "Sammanträdesdatum 2025-11-19"],
    footer_lines=[
        "Avesta kommun · 774 81 Avesta · Kontaktcenter 0226-640 00 · avesta.kommun@avesta.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Socialförvaltningen, Avesta kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-11-19"),
                ("Plats och tid", "Stadshuset, sal Dalälven, kl. 13.15–16.05"),
                ("Paragraf", "§ 142"),
                ("Utdrag ur", "Socialnämndens protokoll"),
            ],
        ),
        (
            "h1",
            "§ 142 Idéburet offentligt partnerskap med Föreningen Bryggan i Avesta – "
            "Anhörigträffen Bryggan",
        ),
        ("small", "Dnr SN 2025/0219"),
        ("bold", "Socialnämndens beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "lines",
            [
                "att ingå idéburet offentligt partnerskap med Föreningen Bryggan i Avesta "
                "(org.nr 802497-6613) om verksamheten Anhörigträffen Bryggan enligt förslag till "
                "överenskommelse, bilaga 1,",
                "att partnerskapet gäller från och med 2026-01-01 till och med 2028-12-31,",
                "att socialnämndens bidrag är 265 000 kronor per år och ryms inom ramen för "
                "individ- och familjeomsorgen,",
                "att bidraget betalas ut i förskott i två delar, i januari och i juli,",
                "att föreningen ska lämna en verksamhetsberättelse och en ekonomisk redovisning "
                "för varje år senast den 31 mars året efter,",
                "att uppdra åt socialchefen att underteckna överenskommelsen, samt",
                "att paragrafen förklaras omedelbart justerad.",
            ],
        ),
        ("bold", "Sammanfattning av ärendet"),
        (
            "p",
            "Föreningen Bryggan i Avesta bildades 2016 och har sedan dess drivit samtalsgrupper "
            "för anhöriga till personer med missbruk eller spelberoende, helt på ideell basis. "
            "Den 3 april 2025 lämnade föreningen in en idéskiss om att bygga ut verksamheten till "
            "Anhörigträffen Bryggan, med öppet hus två kvällar i veckan, samtalsgrupper för vuxna "
            "anhöriga och en grupp för barn och unga mellan 10 och 17 år som har en förälder med "
            "missbruk. Idén har kommit från föreningen. Föreningen och socialförvaltningen har "
            "därefter haft tre dialogmöten och tagit fram ett förslag till överenskommelse.",
        ),
        (
            "p",
            "Verksamheten är avgiftsfri och öppen för alla anhöriga i Avesta kommun, oavsett "
            "medlemskap, och deltagarna kan vara anonyma. Föreningens egen insats beräknas till "
            "38 procent av den totala kostnaden, främst ideellt arbete och den lokal i Folkets "
            "hus i Krylbo som föreningen hyr själv.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Enligt Avesta kommuns riktlinjer för idéburet offentligt partnerskap (KF 2023-06-12, "
            "§ 88) ska organisationen vara idéburen och ha bedrivit verksamhet i minst ett år. "
            "Initiativet ska komma från organisationen. Organisationen ska stå för minst 15 "
            "procent av kostnaden, och verksamheten ska vara öppen för alla i målgruppen. "
            "Partnerskapet får inte ersätta insatser som socialnämnden ska ge enligt lag. En "
            "nämnd får besluta om partnerskap upp till 400 000 kronor per år; större partnerskap "
            "beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "Förvaltningen bedömer att förslaget uppfyller riktlinjerna. Anhörigträffen Bryggan "
            "ersätter inte socialtjänstens stöd utan kompletterar det, och föreningen hänvisar "
            "vidare till socialtjänsten när en anhörig behöver mer stöd. Överenskommelsen "
            "innehåller två uppföljningsmöten per år, i maj och i november, och kan sägas upp av "
            "vardera parten med tre månaders uppsägningstid.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Lena Brink (SD) yrkar att partnerskapet i stället ska gälla i ett år som ett försök. "
            "Ordföranden Håkan Ek (S) yrkar bifall till förvaltningens förslag.",
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer förslagen mot varandra och finner att socialnämnden beslutar "
            "enligt förvaltningens förslag.",
        ),
        ("bold", "Reservation"),
        ("p", "Lena Brink (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse från socialförvaltningen 2025-10-28, handläggare Malin Ståhl, "
                "utvecklingsledare",
                "Idéskiss från Föreningen Bryggan i Avesta, inkom 2025-04-03",
                "Förslag till överenskommelse, bilaga 1",
            ],
        ),
        ("bold", "Beslutet skickas till"),
        (
            "lines",
            [
                "Föreningen Bryggan i Avesta",
                "Socialchefen",
                "Ekonomienheten",
            ],
        ),
        (
            "lines",
            [
                "Vid protokollet: Petra Olsson, nämndsekreterare",
                "Ordförande: Håkan Ek (S)",
                "Justerare: Johan Dahl (M)",
                "Paragrafen justerades omedelbart 2025-11-19.",
            ],
        ),
    ],
)


# Falköping: the slides of an information evening as a PDF, one topic per page, short bullet
# lines and a timetable; a few facts (the earliest start dates, the pot for 2026) stand only
# here and not on the FAQ page.
FALKOPING_BILDSPEL = Doc(
    path="corpus/falkoping/falkoping-informationstraff-iop-2026.pdf",
    title="Informationsträff om idéburet offentligt partnerskap (IOP) – 11 februari 2026",
    header_left="Falköpings kommun",
    header_right=["Informationsträff IOP", "2026-02-11"],
    footer_lines=["Falköpings kommun · Kommunstyrelseförvaltningen · iop@falkoping.se"],
    author="Kommunstyrelseförvaltningen, Falköpings kommun",
    blocks=[
        ("h1", "Idéburet offentligt partnerskap (IOP)"),
        (
            "lines",
            [
                "Informationsträff för föreningar",
                "Onsdag 11 februari 2026 kl. 18.00",
                "Stadshuset, sal Mösseberg",
                "Sara Lindholm, IOP-samordnare",
                "Ahmed Karimi, föreningsutvecklare",
            ],
        ),
        ("pagebreak",),
        ("h2", "Vad är IOP?"),
        (
            "ul",
            [
                "Ett avtal mellan förening och kommun",
                "Föreningens idé – ett gemensamt mål",
                "Båda bidrar",
                "Inte föreningsbidrag",
                "Inte upphandling",
                "Ingen betalning per timme eller per deltagare",
            ],
        ),
        ("pagebreak",),
        ("h2", "Vem kan söka?"),
        (
            "ul",
            [
                "Ideell förening, stiftelse, trossamfund",
                "Finns i kommunens föreningsregister",
                "Minst ett helt verksamhetsår + ett årsmöte",
                "Inga företag – inte heller AB som ägs av en förening",
            ],
        ),
        ("pagebreak",),
        ("h2", "Villkor i korthet"),
        (
            "ul",
            [
                "Öppet för alla i målgruppen – inte bara medlemmar",
                "Terminsavgift högst 200 kr",
                "Egen insats minst 10 %",
                "Ideell tid räknas 200 kr/tim",
                "Pågår minst ett år",
            ],
        ),
        ("pagebreak",),
        ("h2", "Det här blir inte IOP"),
        (
            "ul",
            [
                "Enstaka evenemang, cuper, resor",
                "Hyra för föreningens egen lokal",
                "Sådant kommunen måste göra enligt lag",
                "Sådant som företag redan säljer",
            ],
        ),
        ("pagebreak",),
        ("h2", "Tidplan 2026"),
        (
            "table",
            (40, 30, 30),
            [
                ["Steg", "Omgång 1", "Omgång 2"],
                ["Sista dag för idéskiss", "1 april", "1 oktober"],
                ["Besked om dialog", "inom 20 arbetsdagar", "inom 20 arbetsdagar"],
                ["Dialogmöten", "april–maj", "oktober–november"],
                ["Beslut i KSAU eller KS", "juni", "december"],
                ["Start tidigast", "1 augusti", "1 februari"],
            ],
        ),
        ("pagebreak",),
        ("h2", "Pengar 2026"),
        (
            "ul",
            [
                "1 000 000 kr avsatta för nya partnerskap 2026",
                "KSAU beslutar upp till 250 000 kr/år",
                "Större partnerskap: kommunstyrelsen",
                "Utbetalning i förskott – februari",
                "Redovisning senast 31 mars",
            ],
        ),
        ("pagebreak",),
        ("h2", "Frågor?"),
        (
            "lines",
            [
                "iop@falkoping.se",
                "Sara Lindholm 0515-88 52 14",
                "Telefontid tis och tors kl. 9–11",
                "Bilderna finns på falkoping.se/iop",
            ],
        ),
    ],
)


# Simrishamn: a remissversion in Word of new guidelines that are NOT in force (three years,
# 25 percent, no fees at all, a nämnd limit, five years, six months' notice); the rules from
# 2020 (a plain-text file beside it) still apply.
SIMRISHAMN_REMISS = Doc(
    path="corpus/simrishamn/simrishamn-riktlinjer-iop-remissversion.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – remissversion",
    header_left="Simrishamns kommun · Kommunledningskontoret · REMISSVERSION",
    footer_lines=["Dnr KS 2025/412 · Remissversion 2026-02-10 · Gäller inte"],
    author="Kommunledningskontoret, Simrishamns kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION – FÖRSLAG. Detta är ett förslag som är ute på remiss till och med "
            "2026-04-30. Förslaget gäller inte. Till dess att kommunfullmäktige har antagit nya "
            "riktlinjer gäller Regler för idéburet offentligt partnerskap, antagna av "
            "kommunstyrelsen 2020-09-16, § 203.",
        ),
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Simrishamns kommun"),
        (
            "small",
            "Dnr KS 2025/412 · Remisstid 2026-02-10 – 2026-04-30 · Planerat beslut i "
            "kommunfullmäktige hösten 2026",
        ),
        ("h2", "1 Varför nya riktlinjer?"),
        (
            "p",
            "Simrishamns kommun har sedan 2020 ingått fem idéburna offentliga partnerskap enligt "
            "kommunstyrelsens regler. En utvärdering 2025 visade att reglerna behöver bli "
            "tydligare och att alla beslut i dag går till kommunstyrelsen, även för små belopp. "
            "Kommunledningskontoret föreslår därför nya riktlinjer som ska antas av "
            "kommunfullmäktige. Förslaget gäller inte förrän kommunfullmäktige har beslutat "
            "om det.",
        ),
        ("h2", "2 Föreslagna villkor"),
        (
            "ol",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett trossamfund "
                "och ha bedrivit verksamhet i minst tre år.",
                "Organisationens egen insats ska vara minst 25 procent av kostnaden.",
                "Verksamheten ska vara helt avgiftsfri för deltagarna.",
                "Idén ska komma från organisationen, och verksamheten ska vara öppen för alla i "
                "målgruppen.",
                "Den nämnd som berörs beslutar om partnerskap upp till 300 000 kronor per år; "
                "större partnerskap beslutas av kommunstyrelsen.",
                "En överenskommelse får gälla i upp till fem år.",
                "Redovisning lämnas senast den 31 mars varje år.",
                "Uppsägningstiden är sex månader för båda parter.",
            ],
        ),
        ("h2", "3 Det här innebär förslaget jämfört med i dag"),
        (
            "p",
            "I dag krävs att organisationen har funnits i minst ett år och står för minst 15 "
            "procent av kostnaden, och deltagarna får betala högst 50 kronor per tillfälle. "
            "Förslaget skärper alltså kraven på organisationens ålder och egen insats och tar "
            "bort deltagaravgifterna. Samtidigt föreslås längre avtal och att nämnderna får "
            "besluta om mindre partnerskap.",
        ),
        ("h2", "4 Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Föreningsrådet i Simrishamn",
                "Kommunala pensionärsrådet",
                "Rådet för funktionshinderfrågor",
                "Föreningar som har eller har haft ett partnerskap med kommunen",
            ],
        ),
        ("h2", "5 Så lämnar ni synpunkter"),
        (
            "p",
            "Skicka ert remissvar till kommunstyrelsen@simrishamn.se senast 2026-04-30 och ange "
            "diarienummer KS 2025/412. Även föreningar som inte står med bland remissinstanserna "
            "är välkomna att svara. Frågor om förslaget besvaras av Karin Melin, "
            "folkhälsostrateg, telefon 0414-81 92 47.",
        ),
    ],
)


DOCS = [MJOLBY_RIKTLINJER, MJOLBY_BLANKETT, AVESTA_PROTOKOLL, FALKOPING_BILDSPEL, SIMRISHAMN_REMISS]
