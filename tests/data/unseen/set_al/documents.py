"""Text of the set_al (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set are ordinary files in ``corpus/`` (not written by build.py):

- ``horby/horby-kriterier-iop.html`` (sidecar): vård- och omsorgsnämnden's criteria as an HTML
  table with three columns, *Kriterium*, *Krav* and *Gäller inte / undantag*, where the third
  column qualifies the second (the date of the organisationsnummer counts, minst 24 månader;
  67 år; utflykter högst fyra gånger per år; högst 30 kronor per tillfälle with fika included;
  minst 20 procent with 180 kronor per timme and no money from other nämnder; no
  föreningsbidrag for the same aktivitet; 12–36 månader), then the process in prose (löpande,
  sex veckor, 300 000 kronor, kvartalsvis, 28 februari) and a contact card (the IOP-samordnare
  with telefontid, and a fritidshandläggare for föreningsbidrag only).
- ``horby/horby-facebook-informationstraff-iop.txt``: the kommun's Facebook post about an
  information meeting (20 januari 2027, anmälan by 13 januari) with comments and replies, one
  comment giving a private person's mobile number.
- ``lessebo/lessebo-nyhet-glasbrukstraffen-kosta.md`` (sidecar): a news item with a byline on a
  new partnership (Kosta Bygdegårdsförening, 118 000 kronor per år, 2027-02-01 – 2029-01-31,
  kommunstyrelsens arbetsutskott § 187) naming the two earlier partnerships.
- ``hogsby/hogsby-pagaende-partnerskap.html``: a table of current partnerships (three, 202 000
  kronor a year in total) and one ended; contacts a functional mailbox and a fritidskonsulent.
- ``mullsjo/mullsjo-iop-fragor-och-svar.html``: an FAQ accordion built from ``button`` toggles
  with ``aria-controls`` panels (minst tre år from the konstituerande möte, no svb-bolag,
  högst 50 kronor per deltagare och månad also when charged per gång, minst 20 procent with
  210 kronor per timme, löpande, 30 dagar, kommunstyrelsen decides everything, ett till tre år,
  kvartalsvis, två månader, a folkhälsostrateg with telefontid).
- ``mullsjo/mullsjo-iop-in-english.md`` (sidecar): the same rules in English in other words.
- ``herrljunga/herrljunga-bidrag-partnerskap-eller-upphandling.html``: a page mixing
  föreningsbidrag, IOP and LOU upphandling, with a comparison table, the IOP criteria in short
  (två hela kalenderår, 40 kronor per tillfälle, 15 procent, 200 kronor per timme, no IOP for an
  aktivitet that has föreningsbidrag) and three different contacts.
"""

Doc = dict  # the fields of build.py's Doc


# Lessebo: a Word application form "Idéskiss" with boxes. The rules stand only in the form: a
# checklist table (Nr, Fråga, Ja, Nej, Förklaring) whose Förklaring column qualifies the
# question (the konstituerande möte is not an årsmöte; fika at cost is not a fee; question 9 must
# be answered Nej), two prioritised areas (65 år, 10–17 år), högst 200 kronor per termin,
# minst 25 procent with 200 kronor per timme, a budget table whose cell caps the amount at
# 150 000 kronor per år; 15 mars / 15 oktober; kommunstyrelsens arbetsutskott; högst två år,
# förlängning en gång; a named föreningskonsulent with telefontid. Sidecar.
LESSEBO_BLANKETT = Doc(
    path="corpus/lessebo/lessebo-blankett-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Lessebo kommun",
    header_left="Lessebo kommun · Kultur- och fritidsförvaltningen",
    footer_lines=[
        "Blankett KoF 14, version 2026-09 · Lessebo kommun · Box 44 · 365 21 Lessebo · "
        "Växel 0478-12 50 00"
    ],
    author="Kultur- och fritidsförvaltningen, Lessebo kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        ("bold", "Lessebo kommun, kultur- och fritidsförvaltningen"),
        (
            "box",
            "Fyll i blanketten och skicka den till iop@lessebo.se eller med post till Lessebo "
            "kommun, Kultur och fritid, Box 44, 365 21 Lessebo. Idéskisser som har kommit in "
            "senast den 15 mars behandlas av kommunstyrelsens arbetsutskott i maj. Idéskisser "
            "som har kommit in senast den 15 oktober behandlas i december.",
        ),
        ("h2", "Del 1 Föreningen"),
        (
            "table",
            (45, 55),
            [
                ["Uppgift", "Fyll i här"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum då föreningen bildades", ""],
                ["Datum för föreningens senaste årsmöte", ""],
                ["Antal medlemmar, varav folkbokförda i Lessebo kommun", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        ("h2", "Del 2 Kontrollfrågor"),
        (
            "p",
            "Kryssa i Ja eller Nej. Läs förklaringen i den högra kolumnen innan ni svarar. Om ni "
            "svarar Nej på någon av frågorna 1–8 kan idén inte prövas som IOP.",
        ),
        (
            "table",
            (6, 40, 7, 7, 40),
            [
                ["Nr", "Fråga", "Ja", "Nej", "Förklaring"],
                [
                    "1",
                    "Är föreningen en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund med organisationsnummer?",
                    "☐",
                    "☐",
                    "Bolag och ekonomiska föreningar kan inte ingå IOP.",
                ],
                [
                    "2",
                    "Har föreningen hållit minst två ordinarie årsmöten?",
                    "☐",
                    "☐",
                    "Det konstituerande mötet räknas inte som årsmöte.",
                ],
                [
                    "3",
                    "Har föreningen minst 10 medlemmar som är folkbokförda i Lessebo kommun?",
                    "☐",
                    "☐",
                    "Medlemmar som bor i andra kommuner räknas inte.",
                ],
                [
                    "4",
                    "Genomförs verksamheten i Lessebo kommun?",
                    "☐",
                    "☐",
                    "Till exempel i Lessebo, Hovmantorp, Kosta, Skruv eller på landsbygden.",
                ],
                [
                    "5",
                    "Hör verksamheten till något av kommunens två prioriterade områden?",
                    "☐",
                    "☐",
                    "Område A: mötesplatser för personer som har fyllt 65 år. Område B: "
                    "lovaktiviteter för barn och unga 10–17 år.",
                ],
                [
                    "6",
                    "Är deltagaravgiften högst 200 kronor per termin och deltagare?",
                    "☐",
                    "☐",
                    "Räkna ihop alla avgifter under en termin. Fika till självkostnadspris "
                    "räknas inte som avgift.",
                ],
                [
                    "7",
                    "Står föreningen för minst 25 procent av kostnaden?",
                    "☐",
                    "☐",
                    "Pengar, lokaler och ideellt arbete räknas. En ideell timme räknas som 200 "
                    "kronor.",
                ],
                [
                    "8",
                    "Är verksamheten öppen även för den som inte är medlem i föreningen?",
                    "☐",
                    "☐",
                    "",
                ],
                [
                    "9",
                    "Får föreningen redan föreningsbidrag från kommunen för samma aktivitet?",
                    "☐",
                    "☐",
                    "Här ska ni svara Nej. En aktivitet som har aktivitetsstöd eller annat "
                    "föreningsbidrag kan inte också bli IOP.",
                ],
            ],
        ),
        ("h2", "Del 3 Er idé"),
        (
            "table",
            (100,),
            [
                ["Beskriv behovet. Varför behövs verksamheten, och för vilka?"],
                ["[Skriv här]"],
            ],
        ),
        (
            "table",
            (100,),
            [
                ["Vad vill ni göra, var och hur ofta? Hur många deltagare räknar ni med?"],
                ["[Skriv här]"],
            ],
        ),
        (
            "table",
            (100,),
            [
                ["Hur ska deltagarna få veta att verksamheten finns?"],
                ["[Skriv här]"],
            ],
        ),
        ("h2", "Del 4 Budget per år"),
        (
            "table",
            (60, 40),
            [
                ["Post", "Belopp i kronor"],
                ["Verksamhetens totala kostnad", ""],
                ["Föreningens egen insats (ange även i procent)", ""],
                ["Sökt belopp från kommunen (högst 150 000 kronor per år)", ""],
            ],
        ),
        ("h2", "Del 5 Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________________",
                "Underskrift av firmatecknare: ______________________________",
                "Namnförtydligande: ______________________________",
            ],
        ),
        ("h2", "Så hanteras er idéskiss"),
        (
            "p",
            "Ni får en bekräftelse inom en vecka. Om idén uppfyller kraven bjuder vi in till ett "
            "dialogmöte. Kommunstyrelsens arbetsutskott beslutar om partnerskapet. Ett "
            "partnerskap gäller i högst två år och kan förlängas en gång. Kommunens del betalas "
            "ut en gång per termin.",
        ),
        (
            "small",
            "Frågor om blanketten besvaras av föreningskonsulent Jonas Ekwall Sjöberg, telefon "
            "0478-12 54 63, vardagar kl. 8–10, jonas.ekwallsjoberg@lessebo.se.",
        ),
    ],
)


# Högsby: a letterhead letter from socialförvaltningen inviting ideas for meeting places for
# older people outside Högsby tätort (a fixed founding date, the villages, 65 år, minst en gång i
# veckan, högst 20 kronor per besök, minst 10 procent with 190 kronor per timme, 240 000 kronor
# a year of which högst 80 000 per partnerskap; a tidplan with 5 februari 2027, 17 mars 2027 and
# a start on 1 april 2027). Its only contacts are the functional mailbox and the växel; the
# socialchef signs without a number. No sidecar.
HOGSBY_INBJUDAN = Doc(
    path="corpus/hogsby/hogsby-inbjudan-ideskiss-motesplatser-2027.pdf",
    title="Inbjudan att lämna idéskiss – mötesplatser för äldre i Högsby kommuns byar",
    header_left="Högsby kommun",
    header_right=["Socialförvaltningen", "2026-11-16", "Dnr SN 2026/131"],
    footer_lines=[
        "Högsby kommun · Socialförvaltningen · 579 80 Högsby",
        "Växel 0491-29 40 00 · socialforvaltningen@hogsby.se · www.hogsby.se",
    ],
    author="Socialförvaltningen, Högsby kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        (
            "lines",
            [
                "Till föreningar, bygdegårdsföreningar och trossamfund i Högsby kommun",
            ],
        ),
        ("h1", "Inbjudan att lämna idéskiss – mötesplatser för äldre i byarna"),
        (
            "p",
            "Många äldre i våra byar har långt till närmaste träffpunkt. Socialnämnden vill "
            "därför ingå idéburna offentliga partnerskap (IOP) med föreningar som vill driva en "
            "mötesplats för äldre där de bor. Nämnden har avsatt 240 000 kronor per år under 2027 "
            "och 2028. Varje partnerskap kan få högst 80 000 kronor per partnerskap och år.",
        ),
        ("h2", "Villkor i den här omgången"),
        (
            "ul",
            [
                "Föreningen ska ha bildats senast den 31 december 2025 och vara registrerad i "
                "kommunens föreningsregister.",
                "Mötesplatsen ska ligga i Fågelfors, Berga, Ruda, Långemåla, Grönskåra eller "
                "Bockara. Mötesplatser i Högsby tätort ingår inte i denna omgång.",
                "Mötesplatsen ska vara öppen minst en gång i veckan för personer som har fyllt "
                "65 år, oavsett om de är medlemmar i föreningen.",
                "Deltagarna får betala högst 20 kronor per besök, fika inräknat.",
                "Föreningen står för minst 10 procent av kostnaden. En ideell timme räknas som "
                "190 kronor.",
                "Partnerskapen gäller från 1 april 2027 till och med 31 december 2028.",
            ],
        ),
        (
            "p",
            "Vi kan inte stödja insatser som liknar hemtjänst, resor eller aktiviteter som "
            "föreningen redan får föreningsbidrag för.",
        ),
        ("h2", "Tidplan"),
        (
            "kv",
            [
                ("Sista dag för idéskiss", "fredag 5 februari 2027"),
                ("Dialogmöten", "vecka 7–9, 2027"),
                ("Beslut i socialnämnden", "17 mars 2027"),
                ("Start", "1 april 2027"),
            ],
        ),
        (
            "p",
            "Idéskissen behöver inte vara lång. Berätta vilken förening ni är, var och hur ofta "
            "mötesplatsen ska vara öppen, vad ni vill göra, vad det kostar och vad föreningen "
            "själv bidrar med. Skicka den till socialforvaltningen@hogsby.se.",
        ),
        (
            "p",
            "Har ni frågor? Skriv till socialforvaltningen@hogsby.se eller ring kommunens växel, "
            "0491-29 40 00, och be att få tala med socialförvaltningens administration. "
            "Välkommen med er idé!",
        ),
        (
            "lines",
            [
                "Med vänliga hälsningar",
                "Kerstin Algotsson, socialchef",
            ],
        ),
    ],
)


# Herrljunga: an extract of socialnämnden's minutes 2026-10-21 with two decisions on IOP: § 88 yes
# (Annelunds Byalag, Torsdagsträffen, 126 000 kronor per år, 2027-01-01 – 2029-12-31, SN
# 2026/214, payment in January and July, egen insats 31 procent) and § 89 no (Föreningen Ljungs
# Seniorgemenskap, bildad 2025-05-11, not två hela kalenderår; tidigast i januari 2028;
# startbidrag instead, SN 2026/229). The guidelines are only quoted. A named enhetschef without
# a phone number. Sidecar.
HERRLJUNGA_SN = Doc(
    path="corpus/herrljunga/herrljunga-socialnamnden-protokollsutdrag-2026-10-21.pdf",
    title="Socialnämnden Herrljunga – protokollsutdrag 2026-10-21 §§ 88–89",
    header_left="Herrljunga kommun",
    header_right=["Socialnämnden", "Sammanträdesprotokoll", "2026-10-21"],
    footer_lines=[
        "Herrljunga kommun · 524 81 Herrljunga · Växel 0513-63 70 00 · "
        "socialnamnden@herrljunga.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Herrljunga kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur sammanträdesprotokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-10-21, kl. 13.00–15.40"),
                ("Plats", "Kommunhuset, sammanträdesrum Hudene"),
                ("Paragrafer", "§§ 88–89"),
                ("Ordförande", "Anders Bäckström (C)"),
                ("Sekreterare", "Sofie Lundkvist"),
                ("Justerare", "Eva Hedenius (S)"),
                ("Anslag", "Justeringen har tillkännagivits på kommunens anslagstavla 2026-10-27"),
            ],
        ),
        ("h2", "§ 88 Idéburet offentligt partnerskap med Annelunds Byalag – Torsdagsträffen"),
        ("small", "Dnr SN 2026/214"),
        ("bold", "Socialnämndens beslut"),
        (
            "ol",
            [
                "Socialnämnden beslutar att ingå ett idéburet offentligt partnerskap med "
                "Annelunds Byalag om Torsdagsträffen, en mötesplats för äldre i Annelund, under "
                "perioden 2027-01-01–2029-12-31.",
                "Kommunens del är 126 000 kronor per år och betalas ut i två delar, i januari och "
                "i juli.",
                "Förvaltningschefen får i uppdrag att teckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Annelunds Byalag lämnade 2026-06-02 en idéskiss om en veckovis mötesplats för äldre "
            "i Annelunds bygdegård, med sittgympa, fika och samtal, öppen för alla som har fyllt "
            "65 år. Byalaget bildades 1986 och har 112 medlemmar. Efter två dialogmöten har "
            "parterna tagit fram ett förslag till överenskommelse.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för IOP, antagna av kommunfullmäktige 2024-03-18 § 31, "
            "ska föreningen ha bedrivit verksamhet under minst två hela kalenderår, stå för minst "
            "15 procent av kostnaden och ta ut högst 40 kronor per tillfälle av deltagarna. "
            "Socialnämnden beslutar om partnerskap upp till 250 000 kronor per år. Byalagets "
            "egen insats, främst ideellt arbete och lokalen, beräknas till 31 procent av "
            "kostnaden. Deltagarna betalar 20 kronor per tillfälle för fika. Förvaltningen "
            "bedömer att idén uppfyller riktlinjerna.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet på socialförvaltningen är Malin Eriksson Bodén, "
            "enhetschef för förebyggande verksamhet.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-10-05",
                "Idéskiss från Annelunds Byalag 2026-06-02",
                "Förslag till överenskommelse",
            ],
        ),
        ("h2", "§ 89 Idéskiss från Föreningen Ljungs Seniorgemenskap"),
        ("small", "Dnr SN 2026/229"),
        ("bold", "Socialnämndens beslut"),
        (
            "ol",
            [
                "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
                "Föreningen Ljungs Seniorgemenskap.",
                "Förvaltningen får i uppdrag att informera föreningen om kultur- och "
                "fritidsnämndens startbidrag för nybildade föreningar.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Ljungs Seniorgemenskap lämnade 2026-08-19 en idéskiss om en "
            "promenadgrupp med fika för äldre i Ljung två gånger i veckan. Idén är väl "
            "genomtänkt och föreningen har många engagerade medlemmar.",
        ),
        (
            "p",
            "Föreningen bildades 2025-05-11 och har därmed inte bedrivit verksamhet under två hela "
            "kalenderår, vilket riktlinjerna kräver. Förvaltningen föreslår därför att "
            "socialnämnden inte ingår partnerskap nu. Föreningen kan lämna en ny idéskiss "
            "tidigast i januari 2028. Under tiden kan föreningen söka startbidrag hos kultur- och "
            "fritidsnämnden.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-10-05",
                "Idéskiss från Föreningen Ljungs Seniorgemenskap 2026-08-19",
            ],
        ),
        (
            "small",
            "Expedieras till: Annelunds Byalag, Föreningen Ljungs Seniorgemenskap, "
            "socialförvaltningens ekonomienhet, kultur- och fritidsförvaltningen",
        ),
        ("small", "Rätt utdraget intygar: Sofie Lundkvist, nämndsekreterare"),
    ],
)


# Partille: the guidelines in force (kommunfullmäktige 2024-05-27 § 44) as a PDF in running prose
# with "ska", "måste", "krävs" against "bör" and "önskvärt" (25 members and experience are wishes,
# not conditions), definitions in section 2 that the later sections use (tillfälle, deltagare
# från Partille), two exceptions ("Undantag:" for a lokalavdelning of a riksorganisation, and for
# groups limited to a diagnosis), minst tre år registered with Skatteverket, two thirds of the
# participants folkbokförda in Partille, högst 60 kronor per tillfälle, minst 20 procent with 220
# kronor per timme; 1 mars / 1 september, åtta veckor, a nämnd up to 500 000 kronor, ett till
# fyra år, January and July, 31 mars, tre månader. No named person: a mailbox and the växel.
# Sidecar.
PARTILLE_RIKTLINJER = Doc(
    path="corpus/partille/partille-riktlinjer-iop-2024.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap i Partille kommun",
    header_left="Partille kommun",
    header_right=["Riktlinjer", "Dnr KS 2023/402"],
    footer_lines=[
        "Partille kommun · Kommunledningskontoret · 433 82 Partille · Växel 031-336 40 00 · "
        "iop@partille.se"
    ],
    author="Kommunledningskontoret, Partille kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Partille kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2024-05-27 § 44"),
                ("Diarienummer", "KS 2023/402"),
                ("Gäller från", "2024-07-01, tills vidare"),
                ("Ansvarig", "Kommunledningskontoret"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Partille kommun vill ta vara på det engagemang som finns i föreningslivet. Idéburet "
            "offentligt partnerskap (IOP) är en form för samverkan där en idéburen organisation "
            "och kommunen tillsammans genomför en verksamhet som organisationen har tagit "
            "initiativ till och som bidrar till kommunens mål. IOP är varken föreningsbidrag "
            "eller upphandling. Riktlinjerna gäller för kommunstyrelsen och alla nämnder.",
        ),
        ("h2", "2 Definitioner"),
        (
            "p",
            "Med tillfälle avses i dessa riktlinjer en sammanhängande aktivitet under en och "
            "samma dag, oavsett hur många timmar den pågår. Med deltagare från Partille avses den "
            "som är folkbokförd i Partille kommun. Med egen insats avses det som organisationen "
            "själv bidrar med i form av pengar, ideellt arbete, lokaler eller material.",
        ),
        ("h2", "3 Krav på organisationen"),
        (
            "p",
            "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund. Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte ingå "
            "partnerskap. Organisationen måste ha organisationsnummer och ska ha varit "
            "registrerad hos Skatteverket i minst tre år när idéskissen lämnas in.",
        ),
        (
            "p",
            "Undantag: En lokalavdelning av en riksorganisation behöver bara ha varit registrerad "
            "i ett år, om riksorganisationen har varit registrerad i minst tre år.",
        ),
        (
            "p",
            "Organisationen ska ha stadgar, en vald styrelse och en ordnad ekonomi. Det är "
            "önskvärt att organisationen har minst 25 medlemmar, men det är inget krav. "
            "Organisationen bör också ha erfarenhet av liknande verksamhet, men även en "
            "organisation som prövar något helt nytt kan ingå partnerskap.",
        ),
        ("h2", "4 Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Partille kommun och rikta sig till dem som bor i "
            "kommunen. Minst två tredjedelar av deltagarna ska vara folkbokförda i Partille "
            "kommun. Organisationen ska kunna redovisa hur stor andel av deltagarna som kommer "
            "från Partille.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i den målgrupp som anges i överenskommelsen, "
            "och medlemskap i organisationen krävs inte för att delta. Undantag: En verksamhet "
            "som vänder sig till personer med en viss funktionsnedsättning eller diagnos, eller "
            "till deras anhöriga, får begränsas till den gruppen.",
        ),
        (
            "p",
            "Organisationen får ta ut en avgift av deltagarna med högst 60 kronor per tillfälle. "
            "För partnerskap krävs en egen insats från organisationen om minst 20 procent av "
            "verksamhetens kostnad. Ideellt arbete värderas till 220 kronor per timme.",
        ),
        (
            "p",
            "Partnerskapet får inte avse verksamhet som kommunen är skyldig att erbjuda enligt "
            "lag, verksamhet som kommunen redan köper genom upphandling eller ett enstaka "
            "evenemang. Samma kostnader får inte heller finansieras med föreningsbidrag från "
            "Partille kommun. Verksamheten bör samverka med kommunens träffpunkter och "
            "fritidsgårdar där det är möjligt, och det är önskvärt att den når personer som "
            "annars sällan deltar i föreningslivet.",
        ),
        ("h2", "5 Idéskiss och beslut"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss som skickas till iop@partille.se. "
            "Kommunen tar emot idéskisser två gånger per år, senast den 1 mars och senast den 1 "
            "september. Kommunledningskontoret lämnar besked inom åtta veckor efter sista dagen "
            "om idén går vidare till dialog.",
        ),
        (
            "p",
            "Den nämnd som verksamheten huvudsakligen hör till beslutar om partnerskap upp till "
            "500 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        ("h2", "6 Överenskommelsen"),
        (
            "p",
            "En överenskommelse gäller i ett till fyra år. Kommunens del betalas ut halvårsvis i "
            "förskott, i januari och i juli. Organisationen lämnar verksamhetsberättelse och "
            "ekonomisk redovisning senast den 31 mars året efter. Vardera part kan säga upp "
            "överenskommelsen med tre månaders uppsägningstid.",
        ),
        ("h2", "7 Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna och om idéskisser besvaras av kommunledningskontoret via "
            "iop@partille.se. Du kan också ringa Partille kommuns växel, 031-336 40 00.",
        ),
    ],
)


# Partille: a remissvar from an association (Sävedalens Pensionärsförening) on a draft of revised
# guidelines (KS 2026/311): the draft would raise the own share from 20 to 30 procent, lower three
# years to two, change 60 kronor per tillfälle to 400 kronor per termin, drop the exception for
# lokalavdelningar; the association's views, a note that the draft is not in force and the 2024
# guidelines apply until kommunfullmäktige decides (planned March 2027); the association's
# chair with a mobile number. Not the municipality's rules. Sidecar.
PARTILLE_REMISSVAR = Doc(
    path="corpus/partille/partille-remissvar-savedalens-pensionarsforening-iop.docx",
    title="Remissvar – förslag till reviderade riktlinjer för IOP i Partille kommun",
    header_left="Sävedalens Pensionärsförening",
    footer_lines=["Sävedalens Pensionärsförening · Org.nr 857201-4417 · Sävedalen"],
    author="Sävedalens Pensionärsförening",
    blocks=[
        ("lines", ["Till: Partille kommun, kommunstyrelsen", "Sävedalen 2026-10-30"]),
        (
            "h1",
            "Remissvar: Förslag till reviderade riktlinjer för idéburet offentligt partnerskap "
            "(dnr KS 2026/311)",
        ),
        (
            "p",
            "Sävedalens Pensionärsförening tackar för möjligheten att lämna synpunkter på "
            "förslaget. Föreningen har 214 medlemmar och driver sedan många år en öppen "
            "träffpunkt i Sävedalen. Styrelsen har diskuterat förslaget på två möten, och "
            "medlemmarna har fått tycka till på ett medlemsmöte den 14 oktober.",
        ),
        (
            "p",
            "Vi noterar att förslaget inte gäller förrän kommunfullmäktige har beslutat om det. "
            "Enligt remissbrevet planeras beslut i mars 2027. Till dess gäller riktlinjerna som "
            "kommunfullmäktige antog 2024.",
        ),
        ("h2", "Förslaget i korthet"),
        ("p", "Så som vi förstår förslaget innebär det bland annat att"),
        (
            "ul",
            [
                "kravet på egen insats höjs från 20 till 30 procent av kostnaden,",
                "kravet på hur länge organisationen ska ha varit registrerad sänks från tre till "
                "två år,",
                "avgiftsgränsen ändras från 60 kronor per tillfälle till 400 kronor per termin,",
                "undantaget för lokalavdelningar av riksorganisationer tas bort,",
                "kravet på att två tredjedelar av deltagarna ska bo i Partille finns kvar.",
            ],
        ),
        ("h2", "Våra synpunkter"),
        (
            "p",
            "1. Vi tillstyrker att tiden sänks till två år. Det gör det lättare för nya "
            "föreningar, till exempel de som bildas av nyinflyttade i Öjersjö och Furulund.",
        ),
        (
            "p",
            "2. Vi avstyrker att den egna insatsen höjs till 30 procent. För en liten förening "
            "utan egna pengar betyder det väldigt många ideella timmar, och de flesta av våra "
            "ledare är över 75 år. Behåll 20 procent.",
        ),
        (
            "p",
            "3. En gräns per termin är enklare för deltagarna att förstå än en gräns per "
            "tillfälle, men 400 kronor per termin är för mycket för många pensionärer. Vi "
            "föreslår 250 kronor per termin.",
        ),
        (
            "p",
            "4. Vi avstyrker att undantaget för lokalavdelningar tas bort. Flera av kommunens "
            "pensionärsföreningar är lokalavdelningar av riksorganisationer.",
        ),
        (
            "p",
            "5. I dag går det bara att skriva till en funktionsbrevlåda eller ringa växeln. Vi "
            "föreslår att kommunen utser en namngiven kontaktperson för IOP.",
        ),
        (
            "lines",
            [
                "För Sävedalens Pensionärsförening",
                "",
                "Gösta Hellström Ek, ordförande",
                "Ulla-Britt Nyman, sekreterare",
                "",
                "Frågor om remissvaret: Gösta Hellström Ek, 070-288 15 43",
            ],
        ),
    ],
)


DOCS = [
    LESSEBO_BLANKETT,
    HOGSBY_INBJUDAN,
    HERRLJUNGA_SN,
    PARTILLE_RIKTLINJER,
    PARTILLE_REMISSVAR,
]
