"""Text of the set_m (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Älvsbyn: a protokollsutdrag from kommunfullmäktige with three §§: an unrelated § 73, § 74
# adopting the IOP guidelines (att-satser with the date in force and the decision limit of
# kommunstyrelsens arbetsutskott; the guidelines' content only summarised in the ärende; a
# yrkande for 10 percent that lost in a votering, and a reservation), and § 75 setting aside
# money for new partnerships in 2026. The handläggare is named without any number.
ALVSBYN_PROTOKOLL = Doc(
    path="corpus/alvsbyn/alvsbyn-kf-protokollsutdrag-2025-06-16.pdf",
    title="Protokollsutdrag kommunfullmäktige 2025-06-16 §§ 73–75 – Älvsbyns kommun",
    header_left="ÄLVSBYNS KOMMUN",
    header_right=["PROTOKOLLSUTDRAG", "Kommunfullmäktige", "Sammanträdesdatum 2025-06-16"],
    footer_lines=[
        "Älvsbyns kommun · 942 85 Älvsbyn · Växel 0929-170 00 · kommun@alvsbyn.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Kommunledningskontoret, Älvsbyns kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-06-16"),
                ("Plats och tid", "Kommunhuset, sessionssalen, kl. 18.00–21.10"),
                ("Paragrafer", "§§ 73–75"),
                ("Utdrag ur", "Kommunfullmäktiges protokoll"),
            ],
        ),
        ("h2", "§ 73 Avsägelse av uppdrag som ersättare i kommunstyrelsen"),
        ("small", "Dnr KS 2025/0162"),
        ("bold", "Kommunfullmäktiges beslut"),
        (
            "lines",
            [
                "Kommunfullmäktige beslutar",
                "att godkänna Kent Lundmarks (C) avsägelse av uppdraget som ersättare i "
                "kommunstyrelsen, samt",
                "att hos Länsstyrelsen i Norrbottens län begära ny sammanräkning för att utse "
                "en ny ersättare i kommunfullmäktige.",
            ],
        ),
        ("h2", "§ 74 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS 2025/0147"),
        ("bold", "Kommunfullmäktiges beslut"),
        (
            "lines",
            [
                "Kommunfullmäktige beslutar",
                "att anta Riktlinjer för idéburet offentligt partnerskap (IOP) i Älvsbyns kommun "
                "enligt bilaga 1,",
                "att riktlinjerna gäller från och med 2025-09-01,",
                "att kommunstyrelsens arbetsutskott beslutar om partnerskap med ett värde om "
                "högst 200 000 kronor per år och att kommunstyrelsen beslutar om partnerskap med "
                "ett högre värde, samt",
                "att uppdra åt kommunstyrelsen att utvärdera riktlinjerna senast 2027-12-31.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Älvsbyns kommun har hittills inte haft några riktlinjer för idéburet offentligt "
            "partnerskap. Flera föreningar har frågat efter möjligheten, och kommunstyrelsen gav "
            "2024-11-18, § 201, kommunledningskontoret i uppdrag att ta fram riktlinjer i dialog "
            "med föreningslivet. Förslaget har diskuterats vid två föreningsträffar under våren "
            "2025, i Älvsbyn och i Vidsel. Riktlinjerna innehåller i huvudsak följande.",
        ),
        (
            "p",
            "Kommunen kan ingå partnerskap med ideella föreningar, stiftelser och trossamfund som "
            "finns i kommunens föreningsregister. Organisationen ska ha bedrivit verksamhet i "
            "minst två år och ha hållit minst två årsmöten när idéskissen lämnas in. Aktiebolag, "
            "ekonomiska föreningar och enskilda firmor kan inte vara part.",
        ),
        (
            "p",
            "Idén ska komma från organisationen. Verksamheten ska vända sig till invånare i "
            "Älvsbyns kommun och vara öppen för alla i målgruppen, oavsett om de är medlemmar i "
            "organisationen eller inte. Deltagarna får betala högst 20 kronor per tillfälle, och "
            "avgiften får bara täcka fika och material.",
        ),
        (
            "p",
            "Organisationens egen insats ska vara minst 15 procent av den totala kostnaden. Den "
            "kan bestå av pengar, lokaler, material eller ideellt arbete, som värderas till 180 "
            "kronor per timme.",
        ),
        (
            "p",
            "Verksamheten ska pågå under minst ett år. Enstaka evenemang som marknader, "
            "festivaler, jubileer och resor kan inte bli partnerskap. Partnerskapet får inte avse "
            "uppgifter som kommunen ska utföra enligt lag, som hemtjänst, insatser enligt LSS, "
            "skolundervisning eller hälso- och sjukvård. Det får inte heller avse organisationens "
            "ordinarie verksamhet, som lokalhyra, medlemsaktiviteter eller underhåll av "
            "föreningens egna byggnader.",
        ),
        (
            "p",
            "Under 2025–2028 prioriterar kommunen idéer som motverkar ensamhet bland äldre, som "
            "ger barn och unga i byarna en meningsfull fritid eller som gör det lättare för "
            "nyanlända att komma in i arbetslivet. Idéer inom andra områden kan också prövas.",
        ),
        (
            "p",
            "Idéskisser tas emot två gånger per år, senast den 15 mars och senast den 15 "
            "september. Kommunledningskontoret lämnar besked inom fem veckor om idéskissen går "
            "vidare till dialog. En överenskommelse gäller i ett till fyra år. Kommunens bidrag "
            "betalas ut i förskott två gånger per år, i januari och i juli, och organisationen "
            "redovisar verksamhet och ekonomi senast den 31 mars året efter. Vardera parten kan "
            "säga upp överenskommelsen med tre månaders uppsägningstid.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Maria Isaksson (V) yrkar att organisationens egen insats ska vara minst 10 procent i "
            "stället för 15 procent. Karin Sundström (S) yrkar bifall till kommunstyrelsens "
            "förslag.",
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer förslagen mot varandra och finner att kommunfullmäktige bifaller "
            "kommunstyrelsens förslag. Votering begärs och verkställs. Med 24 röster för "
            "kommunstyrelsens förslag och 7 röster för Maria Isakssons yrkande beslutar "
            "kommunfullmäktige enligt kommunstyrelsens förslag. Omröstningslista, bilaga 2.",
        ),
        ("bold", "Reservation"),
        (
            "p",
            "Maria Isaksson (V) och Erik Bäckström (V) reserverar sig mot beslutet till förmån för "
            "eget yrkande.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsen 2025-05-26, § 112",
                "Tjänsteskrivelse 2025-04-30, handläggare Sofia Nyström, föreningsutvecklare",
                "Riktlinjer för idéburet offentligt partnerskap (IOP) i Älvsbyns kommun, bilaga 1",
            ],
        ),
        ("bold", "Beslutet skickas till"),
        ("lines", ["Kommunstyrelsen", "Samtliga nämnder", "Föreningsrådet i Älvsbyn"]),
        ("h2", "§ 75 Medel för idéburna offentliga partnerskap 2026"),
        ("small", "Dnr KS 2025/0148"),
        ("bold", "Kommunfullmäktiges beslut"),
        (
            "lines",
            [
                "Kommunfullmäktige beslutar",
                "att avsätta 400 000 kronor i 2026 års budget för nya idéburna offentliga "
                "partnerskap, samt",
                "att medlen förvaltas av kommunstyrelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "I samband med att riktlinjerna för idéburet offentligt partnerskap antas föreslår "
            "kommunstyrelsen att en särskild summa avsätts för nya partnerskap. Enligt "
            "kommunledningskontorets bedömning räcker 400 000 kronor till två eller tre mindre "
            "partnerskap under 2026. Medel som inte används under året återgår till "
            "kommunstyrelsen.",
        ),
        (
            "lines",
            [
                "Vid protokollet: Emma Lundberg, kommunsekreterare",
                "Ordförande: Göran Hedman (S)",
                "Justerare: Linda Öberg (M), Jonas Eriksson (SD)",
                "Protokollet justerades 2025-06-19.",
            ],
        ),
    ],
)


# Karlskrona: a riktlinje adopted by kommunstyrelsen whose criteria stand in a two-column
# table (Krav | Förklaring), with three focus areas as one of the rows; the process as a
# numbered list, then prose on decisions, payment and notice.
KARLSKRONA_RIKTLINJE = Doc(
    path="corpus/karlskrona/karlskrona-riktlinje-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap (IOP) – Karlskrona kommun",
    header_left="Karlskrona kommun",
    header_right=["RIKTLINJE", "Dnr KS 2024.1187"],
    footer_lines=[
        "Karlskrona kommun · Kommunledningsförvaltningen · 371 83 Karlskrona · "
        "Växel 0455-30 30 00 · www.karlskrona.se",
    ],
    author="Kommunledningsförvaltningen, Karlskrona kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2024-12-03, § 214"),
                ("Gäller från", "2025-01-01"),
                ("Giltighet", "Tills vidare, ses över 2027"),
                ("Ansvarig", "Kommunledningsförvaltningen, enheten för social hållbarhet"),
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjen beskriver när Karlskrona kommun kan ingå ett idéburet offentligt "
            "partnerskap (IOP) med en idéburen organisation och hur en idé prövas. Ett "
            "partnerskap är en överenskommelse om en verksamhet som både organisationen och "
            "kommunen vill se, där båda parter bidrar. Det är varken ett föreningsbidrag eller en "
            "upphandling, och kommunen betalar inte per deltagare, per besök eller per timme.",
        ),
        ("h2", "2 Krav för partnerskap"),
        (
            "p",
            "Samtliga krav i tabellen ska vara uppfyllda för att kommunen ska gå vidare till "
            "dialog om ett partnerskap.",
        ),
        (
            "table",
            (28, 72),
            [
                ["Krav", "Förklaring"],
                [
                    "Idéburen organisation",
                    "Ideell förening, stiftelse eller trossamfund utan vinstsyfte. Aktiebolag, "
                    "även aktiebolag med särskild vinstutdelningsbegränsning (svb), ekonomiska "
                    "föreningar och enskilda firmor kan inte vara part.",
                ],
                [
                    "Etablerad",
                    "Organisationen ska ha bedrivit verksamhet i Karlskrona kommun i minst 24 "
                    "månader och ha ett organisationsnummer och ett eget bankkonto.",
                ],
                [
                    "Eget initiativ",
                    "Idén ska komma från organisationen. Verksamhet som kommunen själv har "
                    "formulerat och vill köpa hanteras genom upphandling.",
                ],
                [
                    "Öppen för alla",
                    "Verksamheten ska vara öppen för alla i målgruppen. Deltagandet får inte "
                    "kräva medlemskap i organisationen.",
                ],
                [
                    "Avgifter",
                    "Deltagarna får betala högst 25 kronor per tillfälle, och bara för fika "
                    "eller material.",
                ],
                [
                    "Egen insats",
                    "Minst 30 procent av verksamhetens totala kostnad. Insatsen kan vara pengar, "
                    "lokaler, material eller ideellt arbete. En timme ideellt arbete räknas som "
                    "220 kronor.",
                ],
                [
                    "Långsiktighet",
                    "Verksamheten ska pågå i minst 12 månader. Enstaka evenemang, läger, resor "
                    "och festivaler kan inte bli partnerskap.",
                ],
                [
                    "Fokusområde",
                    "Verksamheten ska bidra till minst ett av kommunens tre fokusområden "
                    "2025–2027: psykisk hälsa bland unga 13–25 år, ofrivillig ensamhet bland "
                    "äldre, samt trygghet och gemenskap i Kungsmarken, Marieberg och Hästö.",
                ],
                [
                    "Inte lagstadgat",
                    "Partnerskapet får inte avse sådant som kommunen ska utföra enligt lag, till "
                    "exempel hemtjänst, särskilt boende, insatser enligt LSS, skolundervisning "
                    "eller hälso- och sjukvård, och inte heller myndighetsutövning.",
                ],
                [
                    "Ingen marknad",
                    "Partnerskapet får inte avse tjänster som företag redan säljer i kommunen, "
                    "till exempel fotvård, städning, hårvård eller transporter.",
                ],
                [
                    "Inte ordinarie",
                    "Kommunens medel får inte gå till organisationens ordinarie verksamhet, "
                    "medlemsaktiviteter, hyra för organisationens egen lokal eller investeringar "
                    "som fordon och byggnader.",
                ],
            ],
        ),
        ("h2", "3 Så går det till"),
        (
            "ol",
            [
                "Ta gärna kontakt med kommunens IOP-samordnare för ett första samtal om er idé. "
                "Det är frivilligt.",
                "Skicka en idéskiss via kommunens e-tjänst eller till iop@karlskrona.se. "
                "Idéskisser tas emot löpande. Om partnerskapet ska kunna starta den 1 januari "
                "behöver idéskissen ha kommit in senast den 1 juni året innan.",
                "Inom fyra veckor får ni besked om idéskissen går vidare till dialog.",
                "Organisationen och berörd förvaltning tar i dialog fram ett förslag till "
                "överenskommelse med mål, aktiviteter, budget och uppföljning. Det brukar "
                "krävas två till fyra dialogmöten.",
                "Beslut fattas enligt avsnitt 4.",
                "Överenskommelsen undertecknas av båda parter.",
            ],
        ),
        ("h2", "4 Beslut"),
        (
            "p",
            "Den nämnd vars område verksamheten främst berör beslutar om partnerskap med ett "
            "värde om högst 500 000 kronor per år. Kommunstyrelsen beslutar om större partnerskap "
            "och om partnerskap som berör flera nämnder. Ett besked om att en idéskiss inte går "
            "vidare till dialog är inte ett beslut som kan överklagas.",
        ),
        ("h2", "5 Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "En överenskommelse gäller i ett till tre år och kan förlängas en gång med högst tre "
            "år efter en gemensam utvärdering. Kommunens bidrag betalas ut i förskott två gånger "
            "per år, i februari och i augusti. Organisationen lämnar senast den 15 mars varje år "
            "en verksamhetsberättelse och en ekonomisk redovisning för föregående år. Parterna "
            "har dialogmöten minst två gånger per år.",
        ),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med tre månaders uppsägningstid. Om "
            "organisationen allvarligt bryter mot överenskommelsen kan kommunen häva den med "
            "omedelbar verkan och kräva tillbaka medel som inte har använts.",
        ),
        ("h2", "6 Kontakt"),
        (
            "p",
            "Linnea Holmgren, IOP-samordnare, kommunledningsförvaltningen, telefon 0455-30 37 12, "
            "linnea.holmgren@karlskrona.se. Gemensam brevlåda: iop@karlskrona.se.",
        ),
    ],
)


# Karlskrona: a letter on letterhead (dnr, date, addressee, signature) answering an
# association's idéskiss: the municipality will not go on to dialogue, with two numbered
# reasons, a pointer to another kind of support and the note that the answer cannot be
# appealed.
KARLSKRONA_BREV = Doc(
    path="corpus/karlskrona/karlskrona-svar-ideskiss-nattraby-ungdomsgard.pdf",
    title="Svar på idéskiss om idéburet offentligt partnerskap – Föreningen Nättraby Ungdomsgård",
    header_left="Karlskrona kommun",
    header_right=["Kommunledningsförvaltningen", "Datum 2025-05-20", "Dnr KS 2025.0412"],
    footer_lines=[
        "Karlskrona kommun · Kommunledningsförvaltningen · 371 83 Karlskrona",
        "Besök Ronnebygatan 2 · Växel 0455-30 30 00 · karlskrona.kommun@karlskrona.se · "
        "www.karlskrona.se",
    ],
    author="Kommunledningsförvaltningen, Karlskrona kommun",
    letterhead=True,
    blocks=[
        (
            "lines",
            [
                "Föreningen Nättraby Ungdomsgård",
                "Att. Stig Carlsson, ordförande",
                "Kyrkvägen 12",
                "370 33 Nättraby",
            ],
        ),
        (
            "h2",
            "Svar på er idéskiss om idéburet offentligt partnerskap – Sommarveckor för unga i "
            "Nättraby",
        ),
        (
            "p",
            "Tack för er idéskiss, som kom in till kommunen den 22 april 2025. Ni beskriver tre "
            "lägerveckor i juli för barn och unga mellan 10 och 15 år i Nättraby, med "
            "kanotpaddling, fiske och två övernattningar på Almö, och ni föreslår att kommunen "
            "bidrar med 85 000 kronor.",
        ),
        (
            "p",
            "Vi har prövat idéskissen mot Karlskrona kommuns riktlinje för idéburet offentligt "
            "partnerskap (kommunstyrelsen 2024-12-03, § 214). Kommunen kommer inte att gå vidare "
            "till dialog om ett partnerskap, av följande skäl:",
        ),
        (
            "ol",
            [
                "Ett partnerskap ska avse en verksamhet som pågår i minst 12 månader. Tre "
                "lägerveckor under en sommar är en tidsbegränsad insats, och enligt riktlinjen "
                "kan läger inte bli partnerskap.",
                "Föreningen bildades i oktober 2023 och har därmed inte bedrivit verksamhet i "
                "minst 24 månader.",
            ],
        ),
        (
            "p",
            "Det betyder inte att idén är dålig. Kultur- och fritidsförvaltningen ger lägerbidrag "
            "till föreningar som ordnar läger för barn och unga mellan 7 och 20 år. Ansökan om "
            "lägerbidrag ska ha kommit in senast sex veckor före lägret och lämnas till "
            "föreningsservice, telefon 0455-30 34 50.",
        ),
        (
            "p",
            "Ni är välkomna att lämna en ny idéskiss när föreningen har varit verksam i 24 "
            "månader, om en verksamhet som pågår året runt, till exempel öppen fritidsverksamhet "
            "på kvällstid under hela läsåret.",
        ),
        (
            "p",
            "Detta besked är inte ett beslut som kan överklagas. Vill ni diskutera beskedet eller "
            "få hjälp med en ny idéskiss är ni välkomna att kontakta mig.",
        ),
        (
            "lines",
            [
                "Med vänlig hälsning",
                "",
                "Linnea Holmgren",
                "IOP-samordnare, kommunledningsförvaltningen",
                "0455-30 37 12 · linnea.holmgren@karlskrona.se",
            ],
        ),
        ("small", "Kopia: Kultur- och fritidsförvaltningen, föreningsservice"),
    ],
)


# Bräcke: the municipality's only document, guidelines from 2020 that were valid until the end
# of 2022 and were to be reviewed that year; nothing newer is published.
BRACKE_RIKTLINJER = Doc(
    path="corpus/bracke/bracke-riktlinjer-iop-2020.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) 2020–2022 – Bräcke kommun",
    header_left="Bräcke kommun · Kommunstyrelsen · Dnr KS 2019/412",
    footer_lines=["Bräcke kommun · Box 190 · 840 60 Bräcke · Växel 0693-161 00 · www.bracke.se"],
    author="Kommunkansliet, Bräcke kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) 2020–2022"),
        (
            "kv",
            [
                ("Antagna av", "Kommunstyrelsen 2020-03-10, § 41"),
                ("Giltighetstid", "2020-04-01 – 2022-12-31"),
                ("Diarienummer", "KS 2019/412"),
                ("Ansvarig", "Kommunkansliet"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Bräcke kommun vill pröva idéburet offentligt partnerskap (IOP) som en ny form för "
            "samverkan med föreningslivet. Riktlinjerna gäller under en försöksperiod till och "
            "med 2022-12-31 och ska ses över under 2022.",
        ),
        ("h2", "2 Vem kan ingå partnerskap"),
        (
            "p",
            "Kommunen kan ingå partnerskap med ideella föreningar och stiftelser som har funnits i "
            "minst ett år och som har sitt säte i Bräcke kommun.",
        ),
        ("h2", "3 Villkor"),
        (
            "ol",
            [
                "Idén ska komma från organisationen.",
                "Verksamheten ska vara öppen för alla i målgruppen.",
                "Deltagarna får betala högst 40 kronor per tillfälle.",
                "Organisationens egen insats ska vara minst 10 procent av kostnaden.",
                "Verksamheten ska pågå i minst ett år.",
                "Partnerskapet får inte avse uppgifter som kommunen ska utföra enligt lag eller "
                "organisationens ordinarie verksamhet.",
            ],
        ),
        ("h2", "4 Idéskiss och beslut"),
        (
            "p",
            "Idéskissen skickas till kommunkansliet, kommun@bracke.se, senast den 1 oktober för "
            "partnerskap som ska starta kommande år. Kommunstyrelsen beslutar om samtliga "
            "partnerskap.",
        ),
        ("h2", "5 Utbetalning och uppföljning"),
        (
            "p",
            "Kommunens bidrag betalas ut i sin helhet i februari. Organisationen lämnar en "
            "redovisning senast den 31 mars året efter.",
        ),
        ("h2", "6 Kontakt"),
        (
            "p",
            "Per-Olof Dahlberg, folkhälsosamordnare, telefon 0693-161 27, "
            "per-olof.dahlberg@bracke.se.",
        ),
    ],
)


# Olofström: the municipality's only document, a proposal (Förslag, remissversion) that is not
# adopted; the municipality has no guidelines in force. Questions to the consultees and how to
# answer the remiss.
OLOFSTROM_FORSLAG = Doc(
    path="corpus/olofstrom/olofstrom-forslag-riktlinjer-iop-remiss.pdf",
    title="Förslag till riktlinjer för idéburet offentligt partnerskap (IOP) – remissversion",
    header_left="Olofströms kommun",
    header_right=["FÖRSLAG – REMISSVERSION", "Dnr KS 2026/88"],
    footer_lines=[
        "Olofströms kommun · Kommunledningsförvaltningen · 293 80 Olofström · "
        "Växel 0454-930 00 · Remissversion 2026-10-19"
    ],
    author="Kommunledningsförvaltningen, Olofströms kommun",
    blocks=[
        (
            "box",
            "FÖRSLAG. Detta är ett förslag till riktlinjer som är ute på remiss till och med den "
            "15 januari 2027. Förslaget är inte antaget och gäller inte. Olofströms kommun har i "
            "dag inga antagna riktlinjer för idéburet offentligt partnerskap.",
        ),
        (
            "h1",
            "Förslag till riktlinjer för idéburet offentligt partnerskap (IOP) i Olofströms kommun",
        ),
        (
            "small",
            "Remissversion 2026-10-19 · Dnr KS 2026/88 · Planerat beslut i kommunfullmäktige i "
            "april 2027",
        ),
        ("h2", "1 Bakgrund"),
        (
            "p",
            "Kommunstyrelsen gav 2026-03-02 kommunledningsförvaltningen i uppdrag att ta fram "
            "riktlinjer för idéburet offentligt partnerskap. Förslaget bygger på samtal med "
            "föreningar i Olofström, Jämshög och Kyrkhult under våren 2026. Innan riktlinjer har "
            "antagits prövar kommunen inga nya partnerskap.",
        ),
        ("h2", "2 Föreslagna villkor"),
        (
            "ol",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett trossamfund "
                "och ha bedrivit verksamhet i minst två år.",
                "Idén ska komma från organisationen.",
                "Verksamheten ska vara avgiftsfri för deltagarna och öppen för alla i målgruppen.",
                "Organisationens egen insats ska vara minst 20 procent av kostnaden. Ideellt "
                "arbete värderas till 200 kronor per timme.",
                "Verksamheten ska pågå i minst två år.",
                "Partnerskapet ska bidra till något av följande områden: unga 16–24 år som "
                "varken arbetar eller studerar, äldre i Jämshög och Kyrkhult, eller "
                "föreningslivets återväxt.",
            ],
        ),
        ("h2", "3 Föreslagen handläggning"),
        (
            "p",
            "Idéskisser tas emot löpande. Kommunledningsförvaltningen lämnar besked inom sex "
            "veckor om idéskissen går vidare till dialog. Kommunstyrelsen beslutar om samtliga "
            "partnerskap. En överenskommelse gäller i högst fyra år.",
        ),
        ("h2", "4 Frågor till remissinstanserna"),
        (
            "ul",
            [
                "Är kravet på minst två års verksamhet rimligt för nybildade föreningar?",
                "Bör deltagarna kunna betala en mindre avgift för fika?",
                "Är en egen insats om 20 procent rimlig för mindre föreningar?",
            ],
        ),
        ("h2", "5 Så lämnar ni synpunkter"),
        (
            "p",
            "Skicka ert remissvar till kommunstyrelsen@olofstrom.se senast den 15 januari 2027 "
            "och ange diarienummer KS 2026/88. Alla föreningar i Olofströms kommun är välkomna att "
            "svara. Ett informationsmöte om förslaget hålls den 18 november 2026 kl. 18.00 i "
            "Folkets hus i Olofström. Frågor om förslaget besvaras av Hanna Sjöberg, "
            "utvecklingsledare, telefon 0454-931 86, hanna.sjoberg@olofstrom.se.",
        ),
    ],
)


DOCS = [
    ALVSBYN_PROTOKOLL,
    KARLSKRONA_RIKTLINJE,
    KARLSKRONA_BREV,
    BRACKE_RIKTLINJER,
    OLOFSTROM_FORSLAG,
]
