"""Text of the set_u (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Bollnäs: an extract of socialnämnden's minutes with three §§. § 15 enters a partnership
# (Anhörigrummet, 2026-04-01–2029-03-31, 385 000 kronor a year, paid in April and October, a
# report by 28 februari, four months' notice); the municipality's guidelines are only quoted
# in the förvaltningens bedömning (minst två år and the föreningsregister, minst 15 procent
# with 200 kronor per timme, nothing socialnämnden must give under socialtjänstlagen, högst
# 100 kronor per månad, a nämnd up to 450 000 kronor). A jäv, a yrkande for one year that
# lost and a written reservation. No phone numbers.
BOLLNAS_PROTOKOLL = Doc(
    path="corpus/bollnas/bollnas-socialnamnden-protokollsutdrag-2026-02-18.pdf",
    title="Socialnämnden Bollnäs – protokollsutdrag 2026-02-18 §§ 14–16",
    header_left="Bollnäs kommun",
    header_right=["Socialnämnden", "Sammanträdesprotokoll", "2026-02-18"],
    footer_lines=[
        "Justerandes signaturer: ________  ________",
        "Utdragsbestyrkande: ________",
    ],
    author="Socialnämnden, Bollnäs kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Socialnämnden"),
                ("Sammanträdesdatum", "2026-02-18"),
                ("Plats och tid", "Kommunhuset, sammanträdesrummet Orbaden, kl. 13.00–16.10"),
                ("Paragrafer", "§§ 14–16"),
                ("Ordförande", "Eva Hägglund (S)"),
                ("Sekreterare", "Lena Sundqvist"),
            ],
        ),
        ("h2", "§ 14 Ekonomisk uppföljning januari 2026"),
        ("small", "Dnr SN 2026/3"),
        (
            "p",
            "Förvaltningen redovisar utfallet för januari 2026. Nämnden prognostiserar ett "
            "underskott på 2,1 miljoner kronor för helåret, främst inom placeringar av barn och "
            "unga. Socialnämnden godkänner uppföljningen och lägger den till handlingarna.",
        ),
        ("h2", "§ 15 Idéburet offentligt partnerskap om Anhörigrummet"),
        ("small", "Dnr SN 2025/187"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Föreningen Anhörigstöd Södra "
                "Hälsingland om verksamheten Anhörigrummet under perioden 2026-04-01–2029-03-31,",
                "att kommunens bidrag ska vara 385 000 kronor per år och betalas ut halvårsvis i "
                "förskott, i april och i oktober,",
                "att föreningen ska redovisa verksamhet och ekonomi senast den 28 februari varje "
                "år,",
                "att överenskommelsen ska kunna sägas upp av vardera part med fyra månaders "
                "uppsägningstid, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Jäv"),
        (
            "p",
            "Gunilla Persson (C) anmäler jäv, eftersom hon är ledamot i föreningens styrelse, och "
            "deltar inte i handläggningen eller beslutet.",
        ),
        ("bold", "Reservation"),
        (
            "p",
            "Lars-Erik Nordin (SD) och Annika Wallin (M) reserverar sig mot beslutet till förmån "
            "för Lars-Erik Nordins yrkande. En skriftlig reservation finns som bilaga 1.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Anhörigstöd Södra Hälsingland lämnade den 10 september 2025 in en "
            "idéskiss om Anhörigrummet, en mötesplats för anhöriga till personer med psykisk "
            "ohälsa eller ett beroende. Föreningen vill erbjuda samtalsgrupper, enskilda samtal "
            "med frivilliga samtalsledare och öppet hus varje torsdag, i Bollnäs, Arbrå och "
            "Kilafors. Allt ska vara kostnadsfritt för besökarna och ingen behöver vara medlem. "
            "Efter tre dialogmöten under hösten 2025 har föreningen och förvaltningen kommit "
            "överens om mål, budget och hur verksamheten ska följas upp.",
        ),
        (
            "p",
            "Partnerskapets totala kostnad beräknas till 469 000 kronor per år. Föreningens egen "
            "insats är 84 000 kronor per år, varav 360 timmar ideellt arbete och lokaler som "
            "föreningen själv hyr.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap, antagna av "
            "kommunfullmäktige den 27 november 2023, § 112, krävs att organisationen har bedrivit "
            "verksamhet i kommunen i minst två år och finns i kommunens föreningsregister, att "
            "organisationen själv står för minst 15 procent av den totala kostnaden, där ideellt "
            "arbete värderas till 200 kronor per timme, och att verksamheten inte ersätter "
            "insatser som socialnämnden är skyldig att ge enligt socialtjänstlagen. "
            "Deltagaravgifter får tas ut med högst 100 kronor per månad. En nämnd får besluta om "
            "partnerskap upp till 450 000 kronor per år; är kommunens bidrag större beslutar "
            "kommunstyrelsen.",
        ),
        (
            "p",
            "Föreningen bildades 2019 och finns i föreningsregistret. Den egna insatsen motsvarar "
            "knappt 18 procent av kostnaden. Samtalsstödet är ett komplement och ingen "
            "biståndsbedömd insats; förvaltningens egen anhörigkonsulent kan hänvisa till "
            "Anhörigrummet men fattar inga beslut om vem som får delta. Förvaltningen bedömer att "
            "idén uppfyller riktlinjerna och att beslutet ryms inom nämndens beslutsgräns.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Eva Hägglund (S) yrkar bifall till förvaltningens förslag. Lars-Erik Nordin (SD) "
            "yrkar att partnerskapet bara ska gälla ett år, 2026-04-01–2027-03-31, och att "
            "förvaltningen under tiden ska utreda om samtalsstödet i stället bör upphandlas.",
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer proposition på förvaltningens förslag mot Lars-Erik Nordins "
            "yrkande och finner att socialnämnden beslutar enligt förvaltningens förslag. "
            "Votering begärs inte.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-29",
                "Idéskiss från Föreningen Anhörigstöd Södra Hälsingland, 2025-09-10",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("bold", "Bilaga 1. Skriftlig reservation"),
        (
            "p",
            "Vi vill att anhöriga ska få stöd. Men socialtjänsten har redan ett ansvar att "
            "erbjuda stöd till anhöriga, och ett treårigt partnerskap binder nämnden innan vi vet "
            "hur samtalsstödet förhåller sig till det som förvaltningen själv ska ge. Vi hade "
            "hellre börjat med ett år och en utredning. /Lars-Erik Nordin (SD), Annika Wallin (M)",
        ),
        ("small", "Expedieras till: Föreningen Anhörigstöd Södra Hälsingland, socialchefen, "
         "ekonomienheten"),
        ("h2", "§ 16 Anmälan av delegationsbeslut"),
        ("small", "Dnr SN 2026/5"),
        (
            "p",
            "Förteckningar över delegationsbeslut för perioden 2026-01-01–2026-01-31 anmäls. "
            "Socialnämnden lägger anmälan till handlingarna.",
        ),
        ("small", "Utdraget bestyrks: Lena Sundqvist, nämndsekreterare"),
    ],
)


# Flen: a "Vägledning" adopted by kommunstyrelsen, its conditions as running prose under
# "3 Grundförutsättningar" ("ska", "får inte", "krävs"): minst tre år from the founding date,
# no aktiebolag even if a förening owns it, only barn och unga 6–20 år or their families in
# 2025–2028, a village is enough, the idea from the organisation, open to non-members, minst
# 20 procent with 250 kronor per timme and a tidlogg, högst 30 kronor per tillfälle, no
# lokalhyra, investments, läger or resor, nothing statutory, no ordinary club activity.
# Process: 30 april for a start on 1 januari, a bekräftelse within a week, arbetsutskottet up
# to 300 000 kronor and kommunstyrelsen above, besked in October, ett till tre år plus two,
# payment in February and August, a report by 1 mars, three months' notice. No named
# official: it points to the website for names.
FLEN_VAGLEDNING = Doc(
    path="corpus/flen/flen-vagledning-iop.pdf",
    title="Vägledning för idéburet offentligt partnerskap i Flens kommun",
    header_left="Flens kommun",
    header_right=["Kultur- och fritidsförvaltningen", "Vägledning", "Dnr KS 2025/118"],
    footer_lines=["Flens kommun · 642 81 Flen · Växel 0157-430 00 · www.flen.se"],
    author="Kultur- och fritidsförvaltningen, Flens kommun",
    blocks=[
        ("h1", "Vägledning för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagen av kommunstyrelsen 2025-05-14, § 71. Gäller från 2025-07-01. Ersätter "
            "kommunens information om IOP från 2021.",
        ),
        ("h2", "1 Varför vi gör det här"),
        (
            "p",
            "Föreningslivet i Flens kommun når barn och unga som kommunen har svårt att nå på egen "
            "hand. Med ett idéburet offentligt partnerskap kan en förening och kommunen driva en "
            "verksamhet tillsammans under några år, med gemensamma mål och pengar från båda håll. "
            "Ett IOP är varken ett föreningsbidrag eller ett köp av en tjänst, och det används "
            "bara när det finns en idé som organisationen själv brinner för.",
        ),
        ("h2", "2 Grundförutsättningar"),
        (
            "p",
            "Ett IOP kan ingås med en ideell förening, ett registrerat trossamfund eller en "
            "stiftelse med ett allmännyttigt ändamål. Aktiebolag får inte vara part, inte heller "
            "när bolaget ägs helt av en ideell förening, och detsamma gäller ekonomiska "
            "föreningar och enskilda firmor.",
        ),
        (
            "p",
            "För att en idéskiss ska prövas krävs att organisationen har haft verksamhet i minst "
            "tre år när idéskissen kommer in till kommunen. Tiden räknas från den dag då "
            "föreningen bildades, och det ska gå att se i stadgarna eller i protokollet från det "
            "konstituerande mötet.",
        ),
        (
            "p",
            "Under perioden 2025–2028 ska partnerskapen vända sig till barn och unga mellan 6 och "
            "20 år eller till deras familjer. Kommunstyrelsen har valt den inriktningen eftersom "
            "barn och unga är utpekade i kommunens mål för folkhälsan. Idéer som främst vänder "
            "sig till andra åldersgrupper prövas inte under perioden.",
        ),
        (
            "p",
            "Verksamheten behöver inte nå hela kommunen. En idé för Malmköping, Hälleforsnäs, "
            "Sparreholm eller Mellösa prövas på samma sätt som en idé för Flens tätort.",
        ),
        (
            "p",
            "Idén ska komma från organisationen. Kommunen får inte använda ett IOP för att lämna "
            "över en verksamhet som kommunen redan driver eller har beslutat att starta. "
            "Verksamheten ska vara öppen för alla i målgruppen; den får inte vara förbehållen "
            "föreningens egna medlemmar, och medlemskap får inte krävas för att delta.",
        ),
        (
            "p",
            "Organisationen ska själv stå för minst 20 procent av partnerskapets totala kostnad. "
            "Den egna insatsen kan vara pengar, lokaler, material eller ideellt arbete. Ideellt "
            "arbete räknas med 250 kronor per timme, och då krävs att timmarna förs i en tidlogg "
            "som kan visas vid uppföljningen.",
        ),
        (
            "p",
            "Deltagarna får inte betala mer än 30 kronor per tillfälle, och en avgift får bara "
            "täcka mellanmål eller material. Avgifterna räknas inte in i den egna insatsen.",
        ),
        (
            "p",
            "Ett IOP får inte avse lokalhyra, investeringar i föreningens egna anläggningar, "
            "läger eller resor. Det får inte heller avse sådant som kommunen ska ge enligt lag, "
            "till exempel undervisning i skolan, fritidshem eller insatser enligt "
            "socialtjänstlagen. En förenings vanliga verksamhet, som träningar, matcher och "
            "medlemsmöten, stöds med föreningsbidrag och inte genom IOP.",
        ),
        ("h2", "3 Från idé till beslut"),
        (
            "p",
            "Idéskissen skickas till iop@flen.se. Kommer den in senast den 30 april kan "
            "partnerskapet börja den 1 januari året efter; idéskisser som kommer in senare prövas "
            "inför året därpå. Förvaltningen bekräftar inom en vecka att idéskissen har kommit "
            "in. Från maj till september träffas organisationen och förvaltningen i minst två "
            "dialogmöten där mål, budget och uppföljning bestäms tillsammans.",
        ),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens bidrag är högst "
            "300 000 kronor per år. Är bidraget större beslutar kommunstyrelsen. Besked lämnas "
            "senast i oktober. Ett partnerskap gäller i minst ett och högst tre år och kan efter "
            "ett nytt beslut förlängas en gång med högst två år.",
        ),
        ("h2", "4 Pengar, redovisning och uppföljning"),
        (
            "p",
            "Kommunens bidrag betalas ut i två delar, i februari och i augusti. Organisationen "
            "lämnar verksamhetsberättelse, ekonomisk redovisning och tidlogg senast den 1 mars "
            "året efter varje verksamhetsår. Varje november hålls ett uppföljningsmöte där "
            "organisationen och förvaltningen går igenom målen och vid behov justerar dem.",
        ),
        ("h2", "5 Om partnerskapet behöver avslutas"),
        (
            "p",
            "Båda parter kan säga upp överenskommelsen skriftligt med tre månaders "
            "uppsägningstid. Används pengarna till något annat än det som har avtalats får "
            "kommunen avsluta partnerskapet direkt och kräva tillbaka bidraget.",
        ),
        ("h2", "6 Frågor"),
        (
            "p",
            "Skriv till kultur- och fritidsförvaltningen på iop@flen.se. Namn och telefonnummer "
            "till den som handlägger IOP finns på flen.se under Föreningsservice.",
        ),
    ],
)


# Ulricehamn: a Word FAQ in which every answer begins with "Ja" or "Nej" (not for the same
# activity as föreningsbidrag, no membership, 1 oktober, besked inom åtta veckor, four
# months' notice, quarterly payment in förskott in January, April, July and October, a
# report by 15 mars, no fee per tillfälle but a terminsavgift, no stiftelse, no sommarfest,
# a named utvecklingsledare with telefontid). No sidecar.
ULRICEHAMN_FAQ = Doc(
    path="corpus/ulricehamn/ulricehamn-iop-fragor-och-svar.docx",
    title="Frågor och svar om idéburet offentligt partnerskap – Ulricehamns kommun",
    header_left="Ulricehamns kommun · Kommunledningsförvaltningen",
    footer_lines=["Ulricehamns kommun · 523 86 Ulricehamn · Växel 0321-59 50 00"],
    author="Kommunledningsförvaltningen, Ulricehamns kommun",
    blocks=[
        ("h1", "Frågor och svar om idéburet offentligt partnerskap"),
        (
            "small",
            "Reviderad januari 2026. Villkoren i sin helhet finns på kommunens webbplats under "
            "Förening > IOP > Villkor.",
        ),
        ("bold", "Kan vi söka IOP om föreningen redan får föreningsbidrag?"),
        (
            "p",
            "Ja, men inte för samma verksamhet. Föreningsbidraget är till för föreningens "
            "ordinarie verksamhet. Ett IOP gäller en ny eller utvecklad verksamhet som ni och "
            "kommunen bestämmer mål för tillsammans.",
        ),
        ("bold", "Måste de som deltar vara medlemmar i föreningen?"),
        (
            "p",
            "Nej. Verksamheten ska vara öppen för alla som den vänder sig till, oavsett om de är "
            "medlemmar eller inte.",
        ),
        ("bold", "Finns det något sista datum för att lämna in en idé?"),
        (
            "p",
            "Ja. Idéskisser som kommer in senast den 1 oktober prövas inför nästa kalenderår. Det "
            "som kommer in senare prövas året därpå.",
        ),
        ("bold", "Får vi besked direkt efter att vi har lämnat in idéskissen?"),
        (
            "p",
            "Nej. Först träffas vi i ett dialogmöte. Räkna med besked inom åtta veckor efter "
            "dialogmötet.",
        ),
        ("bold", "Betalas bidraget ut på en gång?"),
        (
            "p",
            "Nej. Bidraget betalas ut kvartalsvis i förskott, i januari, april, juli och "
            "oktober.",
        ),
        ("bold", "Ska vi redovisa hur det har gått?"),
        (
            "p",
            "Ja. Verksamhetsberättelse och ekonomisk redovisning lämnas senast den 15 mars året "
            "efter. Vi träffas också i ett uppföljningsmöte varje höst.",
        ),
        ("bold", "Kan kommunen säga upp partnerskapet?"),
        (
            "p",
            "Ja. Båda parter kan säga upp överenskommelsen med fyra månaders uppsägningstid. "
            "Pengar som inte har använts ska då betalas tillbaka.",
        ),
        ("bold", "Får vi ta betalt för fikat varje gång?"),
        (
            "p",
            "Nej. Det går inte att ta ut en avgift per gång. Däremot får ni ta ut en "
            "terminsavgift, men den får vara högst 250 kronor per termin och deltagare.",
        ),
        ("bold", "Kan en stiftelse ingå IOP med kommunen?"),
        (
            "p",
            "Nej. Kommunen ingår IOP med ideella föreningar och registrerade trossamfund.",
        ),
        ("bold", "Kan ett IOP gälla vår sommarfest eller en marknad?"),
        (
            "p",
            "Nej. Enstaka evenemang kan inte bli ett IOP. Titta i stället på kommunens "
            "arrangemangsbidrag.",
        ),
        ("bold", "Kan en pensionärsförening ingå IOP?"),
        (
            "p",
            "Ja, om föreningen uppfyller villkoren och verksamheten är öppen även för den som "
            "inte är medlem.",
        ),
        ("bold", "Finns det någon vi kan ringa?"),
        (
            "p",
            "Ja. Helena Brandt, utvecklingsledare för civilsamhället, telefon 0321-59 54 27, "
            "helena.brandt@ulricehamn.se. Telefontid tisdagar och torsdagar kl. 9–11. Du kan "
            "också skriva till iop@ulricehamn.se.",
        ),
    ],
)


# Trelleborg: a letterhead letter from socialförvaltningen inviting ideas for one call
# (unga 16–24 år som varken arbetar eller studerar, 900 000 kronor for 2027, minst två år,
# kostnadsfri, no fixed own share in this call, villages welcome) that says the kommun has no
# adopted IOP guidelines and that a proposal is on remiss; a tidplan (14 april, 22 maj, 23
# september, 1 januari 2027). Contacts only a functional mailbox and the växel in the
# footer; signed by the socialchef without any number. No sidecar.
TRELLEBORG_INBJUDAN = Doc(
    path="corpus/trelleborg/trelleborg-inbjudan-iop-unga-2026.pdf",
    title="Inbjudan att lämna idéer – IOP för unga som varken arbetar eller studerar",
    header_left="Trelleborgs kommun",
    header_right=["Socialförvaltningen", "2026-03-09", "Dnr SN 2026/41"],
    footer_lines=[
        "Trelleborgs kommun · Socialförvaltningen · 231 83 Trelleborg",
        "Växel 0410-73 30 00 · iop.social@trelleborg.se · www.trelleborg.se",
    ],
    author="Socialförvaltningen, Trelleborgs kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        ("lines", ["Till föreningar och trossamfund i Trelleborgs kommun"]),
        ("h1", "Inbjudan att lämna idéer: unga som varken arbetar eller studerar"),
        (
            "p",
            "Socialnämnden vill pröva idéburet offentligt partnerskap (IOP) för att nå fler unga i "
            "åldern 16–24 år som varken arbetar eller studerar. För 2027 har nämnden avsatt "
            "900 000 kronor till ett eller flera partnerskap. Vi skriver till er som redan möter "
            "unga i idrotten, i kyrkan, på fritidsgården eller i andra sammanhang, eftersom ni "
            "ofta når dem som vi på kommunen inte når.",
        ),
        (
            "p",
            "Trelleborgs kommun har i dag inga antagna riktlinjer för IOP. Ett förslag till "
            "riktlinjer är ute på remiss till och med den 30 juni 2026, men det är inte beslutat. "
            "I den här omgången gäller därför bara villkoren i det här brevet.",
        ),
        ("h2", "Villkor i den här omgången"),
        (
            "ul",
            [
                "Organisationen är en ideell förening eller ett registrerat trossamfund och har "
                "haft verksamhet i kommunen i minst två år.",
                "Idén vänder sig till unga 16–24 år som bor i Trelleborgs kommun och som varken "
                "arbetar eller studerar. Idéer för andra målgrupper tas inte emot i den här "
                "omgången.",
                "Verksamheten är kostnadsfri för de unga.",
                "Det finns inget krav på en viss andel egen insats i den här omgången, men "
                "beskriv gärna vad ni själva bidrar med, till exempel ledare, lokaler eller "
                "kontakter.",
                "Verksamheten får gärna finnas utanför staden, till exempel i Anderslöv, "
                "Smygehamn eller Alstad.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (45, 125),
            [
                ["När", "Vad"],
                [
                    "14 april 2026 kl. 18.00",
                    "Informationsmöte i Stadshuset, sal Kronan. Anmäl er senast den 10 april "
                    "till iop.social@trelleborg.se.",
                ],
                ["22 maj 2026", "Sista dag att skicka in en idéskiss."],
                ["Juni–augusti 2026", "Dialogmöten med de organisationer vars idéer går vidare."],
                ["23 september 2026", "Socialnämnden beslutar."],
                ["1 januari 2027", "Partnerskapen startar."],
            ],
        ),
        (
            "p",
            "Har ni frågor om inbjudan? Skriv till iop.social@trelleborg.se, så svarar vi inom "
            "tre arbetsdagar. Det går också bra att ringa kommunens växel och fråga efter "
            "socialförvaltningens kansli.",
        ),
        ("lines", ["Med vänliga hälsningar", "Maria Lindqvist Ahl", "Socialchef"]),
    ],
)


# Trelleborg: a remissversion of general IOP guidelines in Word, not in force (minst tre år,
# minst 20 procent with 240 kronor per timme, högst 40 kronor per tillfälle, a nämnd up to
# 500 000 kronor, 31 mars, sex månader), with a warning box and questions to the
# remissinstanser. Sidecar as dokument.
TRELLEBORG_REMISS = Doc(
    path="corpus/trelleborg/trelleborg-riktlinjer-iop-remissversion.docx",
    title="Förslag till riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Trelleborgs kommun – REMISSVERSION",
    footer_lines=["Förslag till riktlinjer för IOP · Remissversion 2026-04-02 · Dnr KS 2026/77"],
    author="Kommunledningsförvaltningen, Trelleborgs kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION. Förslaget är inte antaget och gäller inte. Synpunkter lämnas senast "
            "2026-06-30 till ks.remiss@trelleborg.se, märkta Dnr KS 2026/77.",
        ),
        ("h1", "Förslag: Riktlinjer för idéburet offentligt partnerskap i Trelleborgs kommun"),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjerna ska ge kommunens nämnder och stadens föreningsliv ett gemensamt sätt "
            "att pröva, besluta och följa upp idéburna offentliga partnerskap. När de har antagits "
            "ska de gälla för alla nämnder.",
        ),
        ("h2", "2 Vem kan ingå ett IOP"),
        (
            "p",
            "Ideella föreningar, registrerade trossamfund och stiftelser som har bedrivit "
            "verksamhet i minst tre år. Bolag, också bolag med särskild vinstutdelningsbegränsning, "
            "föreslås inte kunna vara part.",
        ),
        ("h2", "3 Krav på verksamheten"),
        (
            "ul",
            [
                "Organisationen står själv för minst 20 procent av kostnaden. Ideellt arbete "
                "värderas till 240 kronor per timme.",
                "Deltagaravgifter får vara högst 40 kronor per tillfälle.",
                "Verksamheten är öppen för alla i målgruppen och inte bara för medlemmar.",
                "Verksamheten ersätter inte något som kommunen ska ge enligt lag.",
            ],
        ),
        ("h2", "4 Beslut"),
        (
            "p",
            "En nämnd får besluta om partnerskap upp till 500 000 kronor per år. Över det "
            "beslutar kommunstyrelsen.",
        ),
        ("h2", "5 Tider och uppsägning"),
        (
            "p",
            "Idéskisser lämnas senast den 31 mars varje år. Ett partnerskap kan sägas upp med sex "
            "månaders uppsägningstid.",
        ),
        ("h2", "Frågor till remissinstanserna"),
        (
            "ol",
            [
                "Är tre års verksamhet en rimlig gräns, eller utestänger den nya föreningar?",
                "Bör kravet på egen insats vara 20 procent, eller lägre?",
                "Behövs en gemensam pott för IOP i kommunens budget?",
            ],
        ),
    ],
)


DOCS = [BOLLNAS_PROTOKOLL, FLEN_VAGLEDNING, ULRICEHAMN_FAQ, TRELLEBORG_INBJUDAN, TRELLEBORG_REMISS]
