"""Text of the set_v (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Lycksele: a letterhead letter from socialtjänsten inviting ideas for one call: meeting
# places for people 70 år eller äldre who live outside Lycksele tätort (Kristineberg,
# Björksele, Knaften, Rusksele, Örträsk), 600 000 kronor a year for 2027–2029, a förening
# founded senast den 31 december 2023, högst 40 kronor per träff, minst 10 procent with 200
# kronor per timme; a tidplan (6 maj, 12 juni, 21 oktober, 1 januari 2027). Contacts only a
# functional mailbox and the växel in the footer; signed by the socialchef with no number.
# No sidecar.
LYCKSELE_INBJUDAN = Doc(
    path="corpus/lycksele/lycksele-inbjudan-iop-byarna-2026.pdf",
    title="Inbjudan – idéer om mötesplatser för äldre i byarna",
    header_left="Lycksele kommun",
    header_right=["Socialtjänsten", "2026-04-06", "Dnr SN 2026/58"],
    footer_lines=[
        "Lycksele kommun · Socialtjänsten · 921 81 Lycksele",
        "Växel 0950-385 00 · iop.omsorg@lycksele.se · www.lycksele.se",
    ],
    author="Socialtjänsten, Lycksele kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        (
            "lines",
            ["Till byaföreningar, pensionärsföreningar, församlingar och andra föreningar i "
             "Lycksele kommun"],
        ),
        ("h1", "Välkommen med idéer: mötesplatser för äldre i byarna"),
        (
            "p",
            "Många äldre i våra byar bor långt från grannar, affär och vårdcentral, och vi vet att "
            "ensamheten ökar när bussarna går sällan och vintern är lång. Socialnämnden vill "
            "därför pröva idéburet offentligt partnerskap (IOP) tillsammans med föreningar som "
            "redan finns på plats. Ett IOP är ett samarbete på lika villkor om en verksamhet som "
            "föreningen själv har kommit på, och där både föreningen och kommunen bidrar.",
        ),
        (
            "p",
            "Socialnämnden har avsatt 600 000 kronor per år under 2027–2029 för ett eller flera "
            "partnerskap i den här omgången. Pengarna räcker troligen till tre eller fyra "
            "mötesplatser.",
        ),
        ("h2", "Det här gäller för den här inbjudan"),
        (
            "ol",
            [
                "Idén ska komma från en ideell förening, en byaförening eller ett registrerat "
                "trossamfund som har bildats senast den 31 december 2023.",
                "Mötesplatsen ska vända sig till personer som är 70 år eller äldre. Anhöriga och "
                "yngre grannar får gärna följa med, men det är de äldre som verksamheten är till "
                "för.",
                "Träffarna ska hållas i en by eller ort utanför Lycksele tätort, till exempel i "
                "Kristineberg, Björksele, Knaften, Rusksele eller Örträsk. Idéer om verksamhet i "
                "tätorten tas inte emot i den här omgången.",
                "Alla i målgruppen ska vara välkomna, oavsett om de är medlemmar i föreningen "
                "eller inte.",
                "Deltagarna får betala högst 40 kronor per träff, och bara för mat och fika.",
                "Föreningen ska själv stå för minst 10 procent av kostnaden. Ideellt arbete "
                "räknas med 200 kronor per timme, och egna lokaler räknas också.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (48, 122),
            [
                ["Datum", "Vad händer"],
                [
                    "6 maj 2026 kl. 18.30",
                    "Informationsmöte i Folkets hus i Kristineberg. Mötet sänds också digitalt; "
                    "länken får den som anmäler sig till iop.omsorg@lycksele.se.",
                ],
                ["12 juni 2026", "Sista dag att skicka in en idéskiss."],
                [
                    "Augusti–september 2026",
                    "Dialogmöten med de föreningar vars idéer går vidare. Vi kommer gärna ut till "
                    "byn.",
                ],
                ["21 oktober 2026", "Socialnämnden beslutar om partnerskapen."],
                ["1 januari 2027", "Partnerskapen startar och gäller till och med 2029."],
            ],
        ),
        ("h2", "Så skickar ni in er idé"),
        (
            "p",
            "Beskriv idén på högst två sidor: vad ni vill göra, var och hur ofta, vilka ni tror "
            "kommer, vad det kostar och vad föreningen själv bidrar med. Skicka idéskissen till "
            "iop.omsorg@lycksele.se eller med post till adressen nedan. Det går bra att skriva "
            "för hand.",
        ),
        (
            "p",
            "Har ni frågor om inbjudan? Skriv till iop.omsorg@lycksele.se. Vill ni hellre ringa går "
            "det bra att ringa kommunens växel och be att få prata med socialtjänstens "
            "utvecklingsenhet.",
        ),
        ("lines", ["Med vänlig hälsning", "Britt-Marie Forsberg", "Socialchef"]),
    ],
)


# Arboga and Kungsör: joint guidelines (a samverkan) in Word, adopted by both kommun-
# fullmäktige. Criteria as numbered lists under "Krav på organisationen" and "Krav på
# verksamheten", then a list of exclusions "Vi kan inte ingå partnerskap om …" (bolag and
# ekonomisk förening even if a förening owns them, members only, paid per deltagare/besök/
# timme, what the kommun must give by law, a market, religiös förkunnelse, one-off events
# or shorter than a year, debts). Minst tre år; minst 10 procent with 230 kronor per timme;
# högst 150 kronor per månad; Arboga: a nämnd up to 400 000 kronor, Kungsör: kommun-
# styrelsen decides every partnership; tolv veckor; January and July; 30 april; sex
# månader. One contact per kommun. Sidecar (Arboga).
ARBOGA_RIKTLINJER = Doc(
    path="corpus/arboga/arboga-kungsor-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap i Arboga och Kungsör",
    header_left="Arboga kommun · Kungsörs kommun",
    footer_lines=[
        "Gemensamma riktlinjer för IOP · Arboga kommun Dnr KS 2025/211 · Kungsörs kommun Dnr KS "
        "2025/189"
    ],
    author="Föreningsservice Arboga–Kungsör",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Arboga och Kungsör"),
        (
            "small",
            "Antagna av kommunfullmäktige i Arboga 2025-09-25, § 88, och av kommunfullmäktige i "
            "Kungsör 2025-10-13, § 102. Gäller från 2026-01-01.",
        ),
        ("h2", "1 Bakgrund"),
        (
            "p",
            "Arboga kommun och Kungsörs kommun har sedan 2019 en gemensam föreningsservice. Nu "
            "har kommunerna också gemensamma riktlinjer för idéburet offentligt partnerskap "
            "(IOP). Riktlinjerna gäller likadant i båda kommunerna, men varje kommun beslutar om "
            "sina egna partnerskap och betalar för dem.",
        ),
        (
            "p",
            "Ett IOP är en överenskommelse mellan en idéburen organisation och kommunen om en "
            "verksamhet som organisationen har tagit initiativ till. Det är inte ett bidrag och "
            "inte ett köp av en tjänst. Parterna bestämmer mål tillsammans och bidrar båda med "
            "resurser.",
        ),
        ("h2", "2 Krav på organisationen"),
        (
            "ol",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund.",
                "Organisationen har bedrivit verksamhet i Arboga eller Kungsör i minst tre år, "
                "räknat till den dag då idéskissen lämnas in.",
                "Organisationen har organisationsnummer, bankkonto, stadgar och en vald styrelse.",
                "Revisorerna har granskat det senaste verksamhetsåret och årsmötet har beviljat "
                "styrelsen ansvarsfrihet.",
            ],
        ),
        ("h2", "3 Krav på verksamheten"),
        (
            "ol",
            [
                "Idén kommer från organisationen, inte från kommunen.",
                "Verksamheten är öppen för alla i den grupp den vänder sig till.",
                "Verksamheten bedrivs i den kommun som partnerskapet gäller. En verksamhet i "
                "både Arboga och Kungsör kräver ett beslut i varje kommun.",
                "Verksamheten har tydliga mål som går att följa upp.",
                "Partnerskapet gäller i minst ett och högst fyra år.",
            ],
        ),
        ("h2", "4 Vi kan inte ingå partnerskap om …"),
        (
            "ul",
            [
                "… organisationen är ett aktiebolag, ett handelsbolag eller en ekonomisk förening, "
                "även om den ägs av en ideell förening.",
                "… verksamheten bara är öppen för organisationens egna medlemmar.",
                "… kommunen skulle betala per deltagare, per besök eller per timme.",
                "… verksamheten ersätter något som kommunen ska ge enligt lag, till exempel "
                "hemtjänst, undervisning eller insatser enligt LSS.",
                "… det finns företag som säljer samma tjänst i kommunen.",
                "… verksamheten innehåller religiös förkunnelse eller partipolitiskt arbete.",
                "… idén gäller ett enstaka evenemang eller en verksamhet som pågår kortare tid än "
                "ett år.",
                "… organisationen har obetalda skulder till kommunen eller hos Kronofogden.",
            ],
        ),
        ("h2", "5 Egen insats och avgifter"),
        (
            "p",
            "Organisationen ska själv stå för minst 10 procent av verksamhetens totala kostnad. "
            "Den egna insatsen kan vara pengar, lokaler, material eller ideellt arbete. Ideellt "
            "arbete räknas med 230 kronor per timme.",
        ),
        (
            "p",
            "Deltagaravgifter får tas ut med högst 150 kronor per månad och deltagare. Avgifterna "
            "räknas inte som egen insats.",
        ),
        ("h2", "6 Idéskiss, dialog och beslut"),
        (
            "p",
            "Idéskisser tas emot hela året. Efter att idéskissen har kommit in bjuder "
            "föreningsservice in till ett första dialogmöte. Räkna med besked inom tolv veckor "
            "från det första dialogmötet.",
        ),
        (
            "p",
            "I Arboga beslutar den nämnd som verksamheten berör om partnerskap upp till 400 000 "
            "kronor per år. Är kommunens del större beslutar kommunstyrelsen. I Kungsör beslutar "
            "kommunstyrelsen om alla partnerskap, oavsett belopp.",
        ),
        ("h2", "7 Pengar och uppföljning"),
        (
            "p",
            "Kommunens bidrag betalas ut i förskott två gånger per år, i januari och i juli. "
            "Organisationen lämnar verksamhetsberättelse och ekonomisk redovisning senast den 30 "
            "april året efter varje verksamhetsår. Parterna träffas i minst ett uppföljningsmöte "
            "per år.",
        ),
        ("h2", "8 Om partnerskapet ska avslutas"),
        (
            "p",
            "Båda parter kan säga upp överenskommelsen med sex månaders uppsägningstid. Används "
            "pengarna till något annat än det som har avtalats kan kommunen avsluta partnerskapet "
            "direkt och kräva tillbaka pengar som inte har använts.",
        ),
        ("h2", "9 Kontakt"),
        (
            "ul",
            [
                "Arboga kommun: Jenny Malm, föreningskonsulent, telefon 0589-871 32, "
                "jenny.malm@arboga.se",
                "Kungsörs kommun: Tomas Ek, fritidsstrateg, telefon 0227-60 01 57, "
                "tomas.ek@kungsor.se",
            ],
        ),
    ],
)


# Arboga: an extract of kultur- och fritidsnämnden's minutes with three §§. § 23 enters a
# partnership (Kvällsöppet på Kvarnen, Föreningen Ungdomsgården Kvarnen, 2026-08-01–
# 2029-07-31, 310 000 kronor a year, first payment in August 2026, then January and July,
# a report by 30 april); § 24 declines an idea from a förening founded in May 2024 (not
# three years) and points to föreningsbidrag. Sidecar.
ARBOGA_PROTOKOLL = Doc(
    path="corpus/arboga/arboga-kfn-protokollsutdrag-2026-03-17.pdf",
    title="Kultur- och fritidsnämnden Arboga – protokollsutdrag 2026-03-17 §§ 22–24",
    header_left="Arboga kommun",
    header_right=["Kultur- och fritidsnämnden", "Sammanträdesprotokoll", "2026-03-17"],
    footer_lines=[
        "Justerare: ________  ________",
        "Utdragsbestyrkande: ________",
    ],
    author="Kultur- och fritidsnämnden, Arboga kommun",
    blocks=[
        ("h1", "Utdrag ur protokoll"),
        (
            "kv",
            [
                ("Nämnd", "Kultur- och fritidsnämnden"),
                ("Datum", "2026-03-17"),
                ("Plats", "Rådhuset, sammanträdesrummet Munktell, kl. 14.00–16.30"),
                ("Paragrafer", "§§ 22–24"),
                ("Ordförande", "Per-Olof Sandin (S)"),
                ("Sekreterare", "Malin Grahn"),
            ],
        ),
        ("h2", "§ 22 Information från förvaltningschefen"),
        ("small", "Dnr KFN 2026/2"),
        (
            "p",
            "Förvaltningschefen informerar om arbetet med den nya simhallen och om sommarens "
            "lovaktiviteter. Nämnden tackar för informationen.",
        ),
        ("h2", "§ 23 Idéburet offentligt partnerskap om Kvällsöppet på Kvarnen"),
        ("small", "Dnr KFN 2025/64"),
        ("bold", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Föreningen Ungdomsgården "
                "Kvarnen om Kvällsöppet på Kvarnen under perioden 2026-08-01–2029-07-31,",
                "att kommunens bidrag ska vara 310 000 kronor per år, med en första utbetalning "
                "i augusti 2026 och därefter i januari och juli enligt riktlinjerna,",
                "att föreningen ska lämna verksamhetsberättelse och ekonomisk redovisning senast "
                "den 30 april varje år, samt",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Ungdomsgården Kvarnen bildades 2017 och driver i dag läxhjälp och "
            "musikverksamhet i Kvarnen vid Arbogaån. Föreningen lämnade i november 2025 in en "
            "idéskiss om Kvällsöppet på Kvarnen: öppet hus för unga 13–18 år på fredags- och "
            "lördagskvällar med vuxna ledare, musik, spel och enkel mat. Verksamheten är "
            "kostnadsfri och öppen för alla unga, inte bara för föreningens medlemmar.",
        ),
        (
            "p",
            "Verksamhetens totala kostnad beräknas till 361 000 kronor per år. Föreningens egen "
            "insats är 51 000 kronor per år, främst ideellt arbete och lokalen, vilket motsvarar "
            "drygt 14 procent.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Idén uppfyller de gemensamma riktlinjerna för IOP i Arboga och Kungsör. Föreningen "
            "har funnits i mer än tre år, den egna insatsen överstiger 10 procent och "
            "verksamheten tar inte över något som kommunen ska ge enligt lag. Bidraget ryms inom "
            "nämndens beslutsgräns på 400 000 kronor per år.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-02-24",
                "Idéskiss från Föreningen Ungdomsgården Kvarnen, 2025-11-12",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Expedieras till: Föreningen Ungdomsgården Kvarnen, förvaltningschefen, "
         "ekonomiavdelningen"),
        ("h2", "§ 24 Svar på idéskiss om Seniorgympa i Medåker"),
        ("small", "Dnr KFN 2026/9"),
        ("bold", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar"),
        (
            "ol",
            [
                "att inte gå vidare med idéskissen från Föreningen Medåkers Friskvård i nuläget, "
                "samt",
                "att hänvisa föreningen till kommunens föreningsbidrag.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Medåkers Friskvård vill ordna gympa och promenader för seniorer i "
            "Medåkers bygdegård två gånger i veckan. Idén är väl genomtänkt och efterfrågad i "
            "bygden. Föreningen bildades i maj 2024 och har därmed inte bedrivit verksamhet i "
            "minst tre år, som riktlinjerna kräver. Nämnden välkomnar en ny idéskiss när "
            "föreningen uppfyller kravet, tidigast i maj 2027.",
        ),
        ("h2", "Justering"),
        ("small", "Utdraget bestyrks: Malin Grahn, nämndsekreterare"),
    ],
)


# Region Västra Götaland: a remissversion of revised guidelines in Word, NOT in force
# (minst tre kommuner instead of five, minst 10 procent with 300 kronor per timme, högst 60
# kronor per tillfälle instead of no fees, two intakes 1 mars and 15 september, tre
# månader). The 2022 guidelines apply until a decision. Sidecar as dokument.
VGR_REMISS = Doc(
    path="corpus/region-vastra-gotaland/region-vastra-gotaland-riktlinjer-iop-remissversion.docx",
    title="Förslag till reviderade riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Västra Götalandsregionen – REMISSVERSION",
    footer_lines=["Remissversion 2026-05-04 · Diarienummer RS 2026-01432"],
    author="Koncernavdelning regional utveckling, Västra Götalandsregionen",
    blocks=[
        (
            "box",
            "REMISSVERSION – GÄLLER INTE. Förslaget är inte antaget. Tills regionstyrelsen har "
            "fattat beslut gäller riktlinjerna från 2022. Svar på remissen lämnas senast "
            "2026-08-31 till iop.remiss@vgregion.se, märkta RS 2026-01432.",
        ),
        ("h1", "Förslag: reviderade riktlinjer för idéburet offentligt partnerskap"),
        ("h2", "Varför riktlinjerna ses över"),
        (
            "p",
            "Västra Götalandsregionen har haft riktlinjer för IOP sedan 2022. Flera organisationer "
            "har framfört att kravet på att verksamheten ska nå minst fem kommuner stänger ute "
            "mindre organisationer, och att det är svårt att ordna verksamhet helt utan "
            "avgifter. Förslaget nedan är ute på remiss till kommuner, kommunalförbund och "
            "idéburna organisationer i länet.",
        ),
        ("h2", "Föreslagna ändringar"),
        (
            "table",
            (50, 60, 60),
            [
                ["Område", "Gäller i dag (2022)", "Förslag"],
                [
                    "Regional betydelse",
                    "Minst fem av länets 49 kommuner eller ett regionalt ansvarsområde",
                    "Minst tre kommuner eller ett regionalt ansvarsområde",
                ],
                ["Egen insats", "Minst 20 procent", "Minst 10 procent"],
                ["Värdering av ideellt arbete", "250 kronor per timme", "300 kronor per timme"],
                ["Avgifter för deltagarna", "Inga avgifter", "Högst 60 kronor per tillfälle"],
                ["Idéskisser", "Senast 15 september", "Två intag: 1 mars och 15 september"],
                ["Uppsägning", "Sex månader", "Tre månader"],
            ],
        ),
        ("h2", "Det som föreslås vara oförändrat"),
        (
            "ul",
            [
                "Organisationen ska ha bedrivit verksamhet i minst två år.",
                "Regionen ingår inte partnerskap om sådant som kommunerna ansvarar för.",
                "Nämnden beslutar om partnerskap upp till 2 000 000 kronor per år, "
                "regionstyrelsen över det.",
            ],
        ),
        ("h2", "Frågor till remissinstanserna"),
        (
            "ol",
            [
                "Är tre kommuner en rimlig gräns för regional betydelse?",
                "Vilka risker ser ni med att tillåta avgifter på upp till 60 kronor per tillfälle?",
                "Räcker det med ett ytterligare intag av idéskisser på våren?",
            ],
        ),
    ],
)


DOCS = [LYCKSELE_INBJUDAN, ARBOGA_RIKTLINJER, ARBOGA_PROTOKOLL, VGR_REMISS]
