"""Text of the set_i (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Katrineholm: criteria as a table (nine numbered rows) in a PDF from the vård- och
# omsorgsförvaltningen, for activities for people who have turned 70; process, decision limit,
# payment, reporting and a named contact below the table.
KATRINEHOLM_KRITERIER = Doc(
    path="corpus/katrineholm/katrineholm-kriterier-iop-aldre.pdf",
    title="Kriterier för idéburet offentligt partnerskap (IOP) inom vård och omsorg",
    header_left="Katrineholms kommun",
    header_right=["Vård- och omsorgsförvaltningen", "Dnr VOF/2025:87", "Fastställd 2025-05-21"],
    footer_lines=[
        "Katrineholms kommun · Vård- och omsorgsförvaltningen · 641 80 Katrineholm · "
        "www.katrineholm.se",
    ],
    author="Vård- och omsorgsförvaltningen, Katrineholms kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) inom vård och omsorg"),
        (
            "kv",
            [
                ("Beslutad av", "Vård- och omsorgsnämnden 2025-05-21, § 48"),
                ("Gäller från", "2025-07-01"),
                ("Omfattar", "Partnerskap inom vård- och omsorgsnämndens ansvarsområde"),
                ("Ansvarig", "Avdelningen för förebyggande arbete"),
            ],
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Vård- och omsorgsnämnden vill ta tillvara föreningslivets kraft i det förebyggande "
            "arbetet för äldre. Idéburet offentligt partnerskap (IOP) är en form av samverkan där "
            "kommunen och en idéburen organisation tillsammans bidrar till en verksamhet som båda "
            "parter vill ska finnas. IOP är varken ett bidrag till föreningens ordinarie "
            "verksamhet eller ett köp av tjänster.",
        ),
        ("h2", "Kriterier"),
        (
            "p",
            "En idéskiss prövas mot samtliga kriterier i tabellen. Uppfylls inte ett kriterium kan "
            "nämnden inte ingå partnerskap, men förvaltningen hjälper gärna till att hitta en "
            "annan form av stöd.",
        ),
        (
            "table",
            (7, 21, 46, 26),
            [
                ("Nr", "Kriterium", "Krav", "Så visar ni det"),
                (
                    "1",
                    "Organisationsform",
                    "Ideell förening eller stiftelse. Aktiebolag, ekonomiska föreningar och "
                    "enskilda firmor kan inte vara part.",
                    "Stadgar och registreringsbevis",
                ),
                (
                    "2",
                    "Föreningsregistret",
                    "Organisationen är registrerad i Katrineholms kommuns föreningsregister.",
                    "Kommunen kontrollerar själv",
                ),
                (
                    "3",
                    "Verksamhetstid",
                    "Organisationen har bedrivit verksamhet i minst tre år och har hållit "
                    "årsmöte varje år.",
                    "Årsmötesprotokoll för de tre senaste åren",
                ),
                (
                    "4",
                    "Målgrupp",
                    "Verksamheten vänder sig till personer som har fyllt 70 år och bor i "
                    "Katrineholms kommun, eller till deras anhöriga.",
                    "Idéskissen",
                ),
                (
                    "5",
                    "Öppenhet",
                    "Alla i målgruppen får delta, även den som inte är medlem i organisationen.",
                    "Idéskissen",
                ),
                (
                    "6",
                    "Avgifter",
                    "Deltagarna betalar högst 40 kronor per tillfälle, till exempel för fika "
                    "eller material.",
                    "Budgeten",
                ),
                (
                    "7",
                    "Egen insats",
                    "Organisationen står för minst 25 procent av den totala kostnaden. Ideellt "
                    "arbete räknas som 200 kronor per timme.",
                    "Budgeten",
                ),
                (
                    "8",
                    "Avgränsning",
                    "Verksamheten är inte hälso- och sjukvård, hemtjänst eller någon annan "
                    "insats som kräver biståndsbeslut.",
                    "Idéskissen",
                ),
                (
                    "9",
                    "Neutralitet",
                    "Verksamheten innehåller inte religiös förkunnelse eller partipolitisk "
                    "påverkan.",
                    "Idéskissen",
                ),
            ],
        ),
        (
            "p",
            "Nämnden ingår inte heller partnerskap om sådant som företag redan erbjuder i "
            "kommunen, till exempel fotvård, frisör eller städning i hemmet.",
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Kontakta förvaltningen och berätta om er idé. Det går bra att ringa eller mejla "
                "utvecklingsledaren för civilsamhälle.",
                "Skicka en idéskiss till vard.omsorg@katrineholm.se. Idéskisser tas emot hela "
                "året. För att ett partnerskap ska kunna starta vid nästa årsskifte behöver "
                "idéskissen ha kommit in senast den 30 april.",
                "Förvaltningen prövar idéskissen mot kriterierna och bjuder in till dialogmöte "
                "inom sex veckor.",
                "Parterna tar tillsammans fram ett förslag till överenskommelse.",
                "Vård- och omsorgsnämnden beslutar. Nämnden sammanträder en gång i månaden utom "
                "i juli.",
            ],
        ),
        ("h2", "Beslut, avtalstid och ersättning"),
        (
            "p",
            "Vård- och omsorgsnämnden beslutar om partnerskap upp till 800 000 kronor per år. "
            "Partnerskap över det beloppet beslutas av kommunstyrelsen efter förslag från "
            "nämnden.",
        ),
        (
            "p",
            "En överenskommelse gäller i två till fyra år. Kommunens ersättning betalas ut två "
            "gånger per år, i mars och i september.",
        ),
        ("h2", "Uppföljning"),
        (
            "p",
            "Organisationen lämnar en skriftlig redovisning senast den 28 februari varje år, med "
            "antal deltagare, genomförda aktiviteter och en ekonomisk redovisning. Parterna "
            "träffas dessutom för ett uppföljningssamtal varje höst.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Camilla Wahlberg, utvecklingsledare civilsamhälle, vård- och omsorgsförvaltningen. "
            "Telefon 0150-48 83 27, e-post camilla.wahlberg@katrineholm.se.",
        ),
    ],
)


# Vänersborg: guidelines in running prose in a Word file ("För att … krävs att …",
# "Partnerskapet förutsätter …", and a chapter of "bör" that are wishes, not conditions).
VANERSBORG_RIKTLINJER = Doc(
    path="corpus/vanersborg/vanersborg-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Vänersborgs kommun",
    header_left="Vänersborgs kommun · Kommunstyrelseförvaltningen",
    footer_lines=[
        "Vänersborgs kommun, 462 85 Vänersborg",
        "Antagen av kommunfullmäktige 2025-09-24, § 131",
    ],
    author="Kommunstyrelseförvaltningen, Vänersborgs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Vänersborgs kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2025-09-24, § 131"),
                ("Diarienummer", "KS 2025/318"),
                ("Gäller från", "2026-01-01"),
                ("Ansvarig", "Kommunstyrelseförvaltningen, enheten för hållbar utveckling"),
            ],
        ),
        ("h2", "1. Inledning"),
        (
            "p",
            "Vänersborgs kommun och den idéburna sektorn har sedan 2016 en gemensam "
            "överenskommelse om samverkan. Riktlinjerna beskriver när kommunen kan ingå ett "
            "idéburet offentligt partnerskap (IOP), vilka villkor som gäller och hur ett "
            "partnerskap följs upp. De gäller för alla nämnder.",
        ),
        ("h2", "2. När är IOP rätt form?"),
        (
            "p",
            "IOP används när kommunen och en idéburen organisation vill ta ett gemensamt ansvar "
            "för en verksamhet som ingen av parterna kan driva lika bra ensam. IOP är inte ett "
            "sätt att köpa en tjänst, och kommunen betalar därför inte per deltagare, per besök "
            "eller per timme. Vill kommunen köpa en bestämd tjänst gäller lagen om offentlig "
            "upphandling. Vill organisationen ha stöd till sin ordinarie verksamhet, till exempel "
            "hyra, medlemsaktiviteter eller resor, är föreningsbidrag rätt form.",
        ),
        ("h2", "3. Krav på organisationen"),
        (
            "p",
            "För att kommunen ska kunna ingå ett partnerskap krävs att organisationen är en "
            "ideell förening, en stiftelse eller ett registrerat trossamfund, att den har ett "
            "organisationsnummer och ett bankgiro eller plusgiro i eget namn, och att den har "
            "bedrivit verksamhet i minst två år. Det krävs också att organisationen har en "
            "styrelse som har valts på ett årsmöte och att den har lämnat verksamhetsberättelse "
            "och revisionsberättelse för det senaste året.",
        ),
        (
            "p",
            "Enskilda personer, aktiebolag och andra företag kan inte vara part, även om de "
            "saknar vinstsyfte.",
        ),
        ("h2", "4. Krav på verksamheten"),
        (
            "p",
            "Partnerskapet förutsätter att verksamheten bedrivs inom Vänersborgs kommun och att "
            "den är öppen för alla i den målgrupp som överenskommelsen anger, oavsett om de är "
            "medlemmar i organisationen eller inte. Partnerskapet förutsätter också att "
            "verksamheten pågår under minst två år; enstaka arrangemang, jubileer och utflykter "
            "kan därför inte bli ett partnerskap.",
        ),
        (
            "p",
            "För att en verksamhet ska kunna bli ett partnerskap krävs att deltagandet är "
            "avgiftsfritt. Organisationen får ta betalt för fika eller mat till självkostnad.",
        ),
        (
            "p",
            "Verksamheten får inte innehålla religiös förkunnelse eller partipolitisk "
            "verksamhet. Ett trossamfund kan alltså vara part, men inte för gudstjänster, "
            "andakter eller liknande.",
        ),
        (
            "p",
            "Kommunen ingår inte partnerskap om uppgifter som kommunen är skyldig att utföra "
            "enligt lag, till exempel hemtjänst, hälso- och sjukvård eller skolundervisning, och "
            "inte heller om verksamhet som företag redan erbjuder på orten.",
        ),
        ("h2", "5. Egen insats"),
        (
            "p",
            "Partnerskapet förutsätter att organisationen står för minst en femtedel av "
            "verksamhetens kostnader. Den egna insatsen kan vara pengar, lokaler, material eller "
            "ideellt arbete. Ideellt arbete värderas till 180 kronor per timme.",
        ),
        ("h2", "6. Det här ser vi gärna"),
        (
            "p",
            "Partnerskapet bör gärna omfatta samverkan med fler än en förening, och verksamheten "
            "bör nå personer som i dag inte deltar i föreningslivet. Organisationen bör också ha "
            "en plan för hur verksamheten kan leva vidare när partnerskapet upphör. Detta är "
            "önskemål och inga villkor; en idé som inte uppfyller dem kan ändå bli ett "
            "partnerskap.",
        ),
        ("h2", "7. Idéskiss och dialog"),
        (
            "p",
            "En organisation som vill föreslå ett partnerskap skickar en idéskiss till "
            "iop@vanersborg.se. Idéskissen ska beskriva behovet, målgruppen, verksamheten, den "
            "egna insatsen och en budget, och den får vara högst tre sidor. "
            "Kommunstyrelseförvaltningen bekräftar att idéskissen har kommit in och bokar ett "
            "första dialogmöte med den berörda förvaltningen inom fyra veckor.",
        ),
        ("h2", "8. Beslut"),
        (
            "p",
            "Den nämnd som ansvarar för verksamhetsområdet beslutar om partnerskap med ett värde "
            "upp till 1 000 000 kronor per år. Partnerskap över det beloppet, eller som berör "
            "flera nämnder, beslutas av kommunstyrelsen. Handläggningen från idéskiss till "
            "beslut tar normalt tre till fyra månader.",
        ),
        ("h2", "9. Överenskommelse, ersättning och uppföljning"),
        (
            "p",
            "Ett partnerskap löper i högst fyra år och kan därefter förlängas en gång efter en "
            "gemensam utvärdering. Kommunens ersättning betalas ut månadsvis i förskott.",
        ),
        (
            "p",
            "Organisationen lämnar en redovisning senast den 31 maj året efter verksamhetsåret. "
            "Redovisningen ska innehålla en verksamhetsberättelse, en ekonomisk redovisning och "
            "en beskrivning av vad partnerskapet har betytt för målgruppen. Parterna håller "
            "minst ett uppföljningsmöte per år.",
        ),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med två månaders uppsägningstid.",
        ),
        ("h2", "10. Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna och om IOP besvaras av Henrik Ödman, samordnare för "
            "civilsamhällesfrågor, telefon 0521-72 14 63, e-post henrik.odman@vanersborg.se.",
        ),
    ],
)


# Boden: a protokollsutdrag from kommunfullmäktige (§ 164, dnr) that adopts the guidelines,
# with the decision limit in the beslut, a yrkande and a reservation, a handläggare without
# a phone number, and the adopted guidelines as a bilaga on the second page.
BODEN_PROTOKOLL = Doc(
    path="corpus/boden/boden-kf-protokollsutdrag-2025-11-24.pdf",
    title="Protokollsutdrag kommunfullmäktige 2025-11-24 § 164 – Riktlinjer för idéburet "
    "offentligt partnerskap (IOP)",
    header_left="Bodens kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Kommunfullmäktige", "2025-11-24"],
    footer_lines=[
        "Bodens kommun · 961 86 Boden · Växel 0921-62 40 00 · kommun@boden.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Kommunledningskontoret, Bodens kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-11-24"),
                ("Paragraf", "§ 164"),
                ("Diarienummer", "KS 2025/0527"),
                ("Ärende", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
            ],
        ),
        ("h1", "§ 164 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS 2025/0527"),
        ("bold", "Kommunfullmäktiges beslut"),
        ("p", "Kommunfullmäktige beslutar att"),
        (
            "ol",
            [
                "anta Riktlinjer för idéburet offentligt partnerskap (IOP) i Bodens kommun enligt "
                "bilaga, att gälla från och med den 1 januari 2026,",
                "nämnderna får ingå partnerskap inom sina verksamhetsområden med ett värde om "
                "högst 500 000 kronor per partnerskap och år; partnerskap med högre värde "
                "beslutas av kommunstyrelsen,",
                "uppdra åt kommunstyrelsen att följa upp riktlinjerna senast 2027-12-31.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Kommunstyrelsen gav 2024-06-10, § 98, kommunledningskontoret i uppdrag att ta fram "
            "riktlinjer för idéburet offentligt partnerskap. Förslaget har arbetats fram i dialog "
            "med föreningar i Boden, bland annat vid två dialogträffar under våren 2025, och har "
            "varit på remiss hos nämnderna och hos Bodens föreningsråd.",
        ),
        (
            "p",
            "Föreningsrådet har i sitt remissvar föreslagit att kravet på egen insats ska tas "
            "bort. Kommunledningskontoret föreslår att kravet behålls men sänks från 20 till 10 "
            "procent, eftersom många mindre föreningar annars inte kan delta.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsens protokoll 2025-11-03, § 188",
                "Tjänsteskrivelse 2025-10-13 från kommunledningskontoret",
                "Förslag till riktlinjer, bilaga",
            ],
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Anna-Karin Lundqvist (S) yrkar bifall till kommunstyrelsens förslag. Mikael "
            "Forsgren (V) yrkar att kravet på egen insats stryks ur riktlinjerna.",
        ),
        ("bold", "Propositionsordning"),
        (
            "p",
            "Ordföranden ställer proposition på kommunstyrelsens förslag och Mikael Forsgrens "
            "ändringsyrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.",
        ),
        ("bold", "Reservation"),
        (
            "p",
            "Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för eget yrkande.",
        ),
        ("bold", "Handläggare"),
        ("p", "Ulrika Niemi, utvecklingsledare, kommunledningskontoret, ulrika.niemi@boden.se"),
        ("bold", "Expedieras till"),
        ("lines", ["Samtliga nämnder", "Bodens föreningsråd", "Kommunledningskontoret"]),
        (
            "lines",
            [
                "Vid protokollet: Sofia Isaksson, sekreterare",
                "Ordförande: Lennart Bergkvist",
                "Justerare: Eva Mäkitalo och Tomas Rönnbäck",
                "Justerat 2025-11-28. Anslaget på kommunens anslagstavla 2025-11-28.",
            ],
        ),
        ("pagebreak",),
        (
            "h2",
            "Bilaga till KF § 164/2025: Riktlinjer för idéburet offentligt partnerskap (IOP) i "
            "Bodens kommun",
        ),
        ("h3", "1 Vad är IOP"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "eller flera idéburna organisationer om en verksamhet som parterna finansierar och "
            "genomför tillsammans för att nå ett gemensamt mål. IOP används inte för att köpa "
            "tjänster och inte för att ge bidrag till en organisations ordinarie verksamhet.",
        ),
        ("h3", "2 Villkor"),
        ("p", "Kommunen kan ingå partnerskap när följande villkor är uppfyllda:"),
        (
            "ol",
            [
                "Organisationen är idéburen, saknar vinstsyfte och har ett organisationsnummer.",
                "Organisationen har bedrivit verksamhet i Bodens kommun i minst två år.",
                "Initiativet kommer från organisationen eller har vuxit fram i dialog mellan "
                "parterna. Organisationen bestämmer själv över verksamhetens innehåll och "
                "utformning inom ramen för överenskommelsen.",
                "Verksamheten bedrivs i Bodens kommun och är öppen för alla i målgruppen, "
                "oavsett medlemskap.",
                "Organisationens egen insats motsvarar minst 10 procent av partnerskapets totala "
                "kostnad.",
                "Verksamheten pågår under minst ett år. Enstaka evenemang, resor och fester "
                "omfattas inte.",
                "Verksamheten konkurrerar inte med företag som erbjuder samma tjänst i kommunen.",
            ],
        ),
        (
            "p",
            "Partnerskapets medel får inte användas till hyra för organisationens egna lokaler, "
            "till medlemsresor eller till organisationens ordinarie verksamhet. Sådant stöd söks "
            "som föreningsbidrag.",
        ),
        (
            "p",
            "Kommunen ingår inte partnerskap om myndighetsutövning eller om uppgifter som "
            "kommunen ska utföra enligt lag.",
        ),
        ("h3", "3 Beslut och avtalstid"),
        (
            "p",
            "Beslut om partnerskap fattas av den nämnd som ansvarar för verksamhetsområdet, inom "
            "den beloppsgräns som kommunfullmäktige har beslutat. En överenskommelse gäller i "
            "högst fem år.",
        ),
        ("h3", "4 Idéskiss"),
        (
            "p",
            "Organisationen lämnar en idéskiss till kommunledningskontoret via kommun@boden.se. "
            "Idéskissen ska beskriva behovet, målgruppen, verksamheten, den egna insatsen och en "
            "budget. Idéskisser som kommer in före den 1 oktober kan behandlas inför nästa "
            "budgetår.",
        ),
        ("h3", "5 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en årlig redovisning senast den 15 april. Den ansvariga "
            "förvaltningen och organisationen har ett uppföljningsmöte varje år.",
        ),
    ],
)


# Falkenberg: a draft out for consultation. Its conditions (five years, 40 percent, 75 years,
# a riksförbund) are proposals only; the municipality has no adopted rules.
FALKENBERG_REMISS = Doc(
    path="corpus/falkenberg/falkenberg-riktlinjer-iop-remissversion.pdf",
    title="Förslag: Riktlinjer för idéburet offentligt partnerskap (IOP) i Falkenbergs kommun",
    header_left="Falkenbergs kommun",
    header_right=["REMISSVERSION", "Dnr KS 2026/214", "2026-09-07"],
    footer_lines=[
        "Falkenbergs kommun · Kommunledningskontoret · 311 80 Falkenberg",
        "Utkast – inte antaget av kommunfullmäktige",
    ],
    author="Kommunledningskontoret, Falkenbergs kommun",
    blocks=[
        (
            "h1",
            "Förslag: Riktlinjer för idéburet offentligt partnerskap (IOP) i Falkenbergs kommun",
        ),
        (
            "box",
            "REMISSVERSION. Detta är ett förslag som har skickats på remiss till nämnderna och "
            "till föreningslivet. Riktlinjerna är inte antagna och gäller inte. "
            "Kommunfullmäktige väntas besluta under våren 2027. Synpunkter lämnas senast den 30 "
            "oktober 2026 till civilsamhalle@falkenberg.se, märkta med diarienummer KS 2026/214.",
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjerna ska ge föreningar och förvaltningar en gemensam grund för när "
            "Falkenbergs kommun kan ingå idéburet offentligt partnerskap och hur partnerskap ska "
            "beredas, beslutas och följas upp.",
        ),
        ("h2", "2 Föreslagna villkor"),
        ("p", "Kommunledningskontoret föreslår att följande villkor ska gälla:"),
        (
            "ol",
            [
                "Organisationen ska ha bedrivit verksamhet i minst fem år.",
                "Organisationen ska stå för minst 40 procent av kostnaden, i pengar eller "
                "ideellt arbete.",
                "Verksamheten ska rikta sig till personer som är 75 år eller äldre, eller till "
                "barn och unga under 18 år.",
                "Organisationen ska vara ansluten till ett riksförbund.",
                "Deltagandet ska vara avgiftsfritt.",
            ],
        ),
        (
            "p",
            "Kommunledningskontoret vill särskilt ha synpunkter på om kravet på fem års "
            "verksamhet är rimligt för nybildade föreningar, och på om andra målgrupper än äldre "
            "och unga bör omfattas.",
        ),
        ("h2", "3 Föreslagen beslutsordning"),
        (
            "p",
            "Kommunstyrelsen föreslås besluta om alla partnerskap, oavsett belopp. Ett "
            "partnerskap föreslås löpa i högst tre år.",
        ),
        ("h2", "4 Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Kommunala pensionärsrådet",
                "Falkenbergs idrottsråd",
                "Föreningar i kommunens föreningsregister",
            ],
        ),
    ],
)


DOCS = [KATRINEHOLM_KRITERIER, VANERSBORG_RIKTLINJER, BODEN_PROTOKOLL, FALKENBERG_REMISS]
