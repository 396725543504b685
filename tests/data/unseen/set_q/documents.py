"""Text of the set_q (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Köping: a long policy adopted by kommunfullmäktige on the municipality's cooperation with civil
# society as a whole, where IOP is one chapter (6) among föreningsregistret, föreningsbidrag
# (grundbidrag, aktivitetsstöd, lokalbidrag, each with its own conditions: minst tio medlemmar,
# 7–25 år, dates), projektbidrag (högst 60 000 kronor, högst tolv månader) and upphandling. The
# IOP conditions (minst tre år, no aktiebolag, ekonomisk förening or enskild firma, the idea from
# the organisation, open without membership, högst 40 kronor per tillfälle, minst 30 procent with
# ideellt arbete at 225 kronor, två till fem år, no double funding, no payment per deltagare or
# timme) are not the föreningsbidrag ones; there is no member count for IOP. 30 september for the
# next budgetår, besked inom 45 dagar, a nämnd up to 500 000 kronor, quarterly payment, a report
# by 28 februari, six months' notice. Two contacts: föreningsservice for bidrag, a named
# utvecklingsstrateg for IOP.
KOPING_POLICY = Doc(
    path="corpus/koping/koping-policy-samverkan-civilsamhallet.pdf",
    title="Policy för samverkan mellan Köpings kommun och det civila samhället",
    header_left="Köpings kommun",
    header_right=["POLICY", "Dnr KS 2023/612"],
    footer_lines=[
        "Köpings kommun · Kommunledningsförvaltningen · 731 85 Köping · Växel 0221-658 00 · "
        "kommun@koping.se · www.koping.se",
    ],
    author="Kommunledningsförvaltningen, Köpings kommun",
    blocks=[
        ("h1", "Policy för samverkan mellan Köpings kommun och det civila samhället"),
        (
            "kv",
            [
                ("Dokumenttyp", "Policy"),
                ("Beslutad av", "Kommunfullmäktige 2024-04-22, § 41"),
                ("Gäller från", "2024-07-01"),
                ("Giltighetstid", "Tills vidare, ses över varje mandatperiod"),
                ("Dokumentansvarig", "Kommundirektören"),
                ("Ersätter", "Bidragsregler för föreningar (KF 2016-11-28, § 127)"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Inledning",
                "2 Utgångspunkter för samverkan",
                "3 Former för samverkan",
                "4 Föreningsbidrag",
                "5 Projekt- och utvecklingsbidrag",
                "6 Idéburet offentligt partnerskap (IOP)",
                "7 Upphandling och valfrihetssystem",
                "8 Dialog och samråd",
                "9 Ansvar, uppföljning och kontakt",
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Köping har ett rikt föreningsliv. Idrottsföreningar, pensionärsorganisationer, "
            "studieförbund, hembygdsföreningar, kulturföreningar, trossamfund och sociala "
            "organisationer gör varje dag insatser som betyder mycket för dem som bor i kommunen. "
            "Det civila samhället har ett eget värde, oberoende av kommunen, och är samtidigt en "
            "viktig samarbetspart när kommunen arbetar för en god livsmiljö i hela Köping, från "
            "centralorten till Kolsva, Munktorp, Himmeta och Medåker.",
        ),
        (
            "p",
            "Policyn beskriver hur kommunen samverkar med det civila samhället och vilka former "
            "för stöd och samverkan som finns. Den samlar reglerna för föreningsbidrag, "
            "projektbidrag och idéburet offentligt partnerskap i ett dokument, så att det ska bli "
            "lättare för föreningarna att hitta rätt form för sin verksamhet. Policyn gäller för "
            "kommunstyrelsen och samtliga nämnder och för kommunens helägda bolag i tillämpliga "
            "delar.",
        ),
        ("h2", "2 Utgångspunkter för samverkan"),
        (
            "p",
            "Köpings kommun ställer sig bakom de principer som regeringen, Sveriges Kommuner och "
            "Regioner och det civila samhället har kommit överens om nationellt. Kommunens "
            "samverkan med det civila samhället ska bygga på:",
        ),
        (
            "ul",
            [
                "självständighet och oberoende – organisationerna bestämmer själva över sin "
                "verksamhet och kan vara röstbärare och kritiska granskare,",
                "dialog – parterna möts regelbundet och i god tid innan beslut som berör det "
                "civila samhället,",
                "kvalitet – båda parter har ansvar för att verksamheten håller god kvalitet,",
                "långsiktighet – stöd och samverkan ska ge förutsättningar att planera för mer "
                "än ett år i taget när det är möjligt,",
                "öppenhet och insyn – villkor och beslut ska vara kända och begripliga,",
                "mångfald – kommunen välkomnar olika organisationsformer, storlekar och "
                "inriktningar.",
            ],
        ),
        (
            "p",
            "Kommunen ger inte stöd till organisationer som i sin verksamhet motverkar "
            "demokratins idéer, inklusive principen om alla människors lika värde, jämställdhet "
            "mellan kvinnor och män och förbudet mot diskriminering.",
        ),
        ("h2", "3 Former för samverkan"),
        (
            "p",
            "Vilken form som passar beror på vem som har tagit initiativet, vad verksamheten "
            "ska åstadkomma och om det finns en marknad för det som ska göras. Tabellen ger en "
            "översikt. Reglerna för varje form finns i avsnitt 4–7.",
        ),
        (
            "table",
            (24, 46, 30),
            [
                ["Form", "Passar när", "Beslut fattas av"],
                [
                    "Föreningsbidrag",
                    "Föreningen söker stöd till sin ordinarie verksamhet enligt fasta regler.",
                    "Kultur- och fritidsnämnden",
                ],
                [
                    "Projekt- och utvecklingsbidrag",
                    "Föreningen vill pröva något nytt under en begränsad tid.",
                    "Kultur- och fritidsförvaltningen",
                ],
                [
                    "Idéburet offentligt partnerskap",
                    "En idéburen organisation har en egen idé som kommunen också vill se "
                    "förverkligad, och båda parter bidrar under flera år.",
                    "Berörd nämnd eller kommunstyrelsen",
                ],
                [
                    "Upphandling",
                    "Kommunen har bestämt vad som ska göras och köper en tjänst.",
                    "Berörd nämnd",
                ],
            ],
        ),
        ("h3", "3.1 Föreningsregistret"),
        (
            "p",
            "Alla föreningar som har antagna stadgar, en vald styrelse och ett "
            "organisationsnummer kan registrera sig i Köpings kommuns föreningsregister. "
            "Registreringen görs i föreningsportalen på koping.se och ska uppdateras efter "
            "varje årsmöte. Registreringen är en förutsättning för att kunna få föreningsbidrag "
            "och för att kunna ingå ett idéburet offentligt partnerskap.",
        ),
        ("h2", "4 Föreningsbidrag"),
        ("h3", "4.1 Allmänna villkor för föreningsbidrag"),
        ("p", "För att få föreningsbidrag ska föreningen"),
        (
            "ul",
            [
                "vara en ideell förening med säte i Köpings kommun,",
                "vara registrerad i kommunens föreningsregister,",
                "ha minst tio medlemmar som har betalat medlemsavgift,",
                "ha hållit årsmöte och kunna lämna verksamhetsberättelse, resultat- och "
                "balansräkning och revisionsberättelse,",
                "vara öppen för alla som delar föreningens syfte.",
            ],
        ),
        ("h3", "4.2 Aktivitetsstöd"),
        (
            "p",
            "Aktivitetsstöd lämnas för sammankomster med deltagare mellan 7 och 25 år. En "
            "sammankomst ska vara minst 60 minuter och ha minst tre deltagare och en ledare. "
            "Ansökan för vårterminen ska vara inne senast den 25 augusti och för höstterminen "
            "senast den 25 februari året därpå.",
        ),
        ("h3", "4.3 Grundbidrag"),
        (
            "p",
            "Pensionärsföreningar och föreningar för personer med funktionsnedsättning kan få "
            "grundbidrag med 50 kronor per betalande medlem som är folkbokförd i Köpings "
            "kommun. Ansökan ska vara inne senast den 31 mars.",
        ),
        ("h3", "4.4 Lokalbidrag"),
        (
            "p",
            "Föreningar som hyr eller äger lokaler för verksamhet för barn och unga kan få "
            "lokalbidrag med högst 50 procent av de bidragsberättigade kostnaderna. Ansökan om "
            "lokalbidrag för kommande år ska vara inne senast den 31 oktober.",
        ),
        ("h2", "5 Projekt- och utvecklingsbidrag"),
        (
            "p",
            "Projekt- och utvecklingsbidrag kan sökas av föreningar som vill pröva en ny "
            "verksamhet, nå nya målgrupper eller utveckla föreningen. Bidraget är högst 60 000 "
            "kronor per projekt och projektet får pågå i högst tolv månader. Ansökan kan lämnas "
            "när som helst under året, och kultur- och fritidsförvaltningen fattar beslut inom "
            "fyra veckor. Samma projekt kan inte beviljas bidrag två år i rad. Ett projekt som "
            "har fallit väl ut kan i stället bli början på ett idéburet offentligt partnerskap.",
        ),
        ("h2", "6 Idéburet offentligt partnerskap (IOP)"),
        ("h3", "6.1 När IOP kan användas"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "idéburen organisation om en verksamhet som organisationen har tagit initiativ till "
            "och som bidrar till ett mål som kommunen också har. IOP används när varken "
            "föreningsbidrag eller upphandling passar: verksamheten är inte föreningens ordinarie "
            "verksamhet, och kommunen köper inte en tjänst. Båda parter bidrar med resurser, och "
            "verksamheten planeras och följs upp tillsammans.",
        ),
        ("h3", "6.2 Förutsättningar för organisationen"),
        (
            "p",
            "Kommunen kan ingå ett partnerskap med en ideell förening, en stiftelse eller ett "
            "registrerat trossamfund som är registrerad i Köpings kommuns föreningsregister och "
            "som har bedrivit verksamhet i minst tre år. Organisationen ska ha en demokratisk "
            "uppbyggnad och uppfylla de allmänna villkoren i avsnitt 2. Aktiebolag, ekonomiska "
            "föreningar och enskilda firmor kan inte vara part i ett partnerskap, även om "
            "verksamheten saknar vinstsyfte och även om bolaget ägs av en förening.",
        ),
        ("h3", "6.3 Förutsättningar för verksamheten"),
        ("p", "För att kommunen ska kunna ingå ett partnerskap krävs att"),
        (
            "ol",
            [
                "initiativet och idén kommer från organisationen,",
                "verksamheten kompletterar kommunens verksamhet men inte ersätter något som "
                "kommunen är skyldig att utföra enligt lag,",
                "verksamheten är öppen för alla i målgruppen utan krav på medlemskap,",
                "en eventuell deltagaravgift är högst 40 kronor per tillfälle,",
                "organisationens egen insats motsvarar minst 30 procent av verksamhetens totala "
                "kostnad; ideellt arbete värderas till 225 kronor per timme,",
                "partnerskapet gäller i minst två och högst fem år,",
                "samma verksamhet inte samtidigt får föreningsbidrag eller projekt- och "
                "utvecklingsbidrag från kommunen.",
            ],
        ),
        (
            "p",
            "Kommunen ersätter inte organisationen per deltagare, per besök eller per timme, "
            "och organisationen fakturerar inte kommunen. Kommunens del bestäms som ett belopp "
            "per år i överenskommelsen.",
        ),
        ("h3", "6.4 Så går det till"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss och skickar den till "
            "iop@koping.se. Idéskisser som har kommit in senast den 30 september prövas inför "
            "nästa budgetår. Idéskisser som kommer in senare prövas året därpå. "
            "Kommunledningsförvaltningen lämnar besked inom 45 dagar om idén går vidare till "
            "dialog. Under dialogen tar organisationen och den förvaltning som berörs fram ett "
            "förslag till överenskommelse med mål, aktiviteter, budget och former för "
            "uppföljning.",
        ),
        (
            "p",
            "Den nämnd som ansvarar för verksamhetsområdet beslutar om partnerskap upp till "
            "500 000 kronor per år. Partnerskap över 500 000 kronor per år, och partnerskap "
            "som berör flera nämnder, beslutas av kommunstyrelsen. Ett beslut att inte ingå ett "
            "partnerskap kan inte överklagas.",
        ),
        ("h3", "6.5 Ekonomi, uppföljning och avslut"),
        (
            "p",
            "Kommunens del betalas ut kvartalsvis i förskott. Organisationen lämnar "
            "verksamhetsberättelse och ekonomisk redovisning för partnerskapet senast den 28 "
            "februari året efter. Parterna håller dialogmöten minst två gånger per år. Medel "
            "som inte har använts ska betalas tillbaka, om parterna inte kommer överens om att "
            "de får användas året därpå.",
        ),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med sex månaders uppsägningstid. "
            "Kommunen kan häva överenskommelsen med omedelbar verkan om organisationen "
            "väsentligt bryter mot den eller inte längre uppfyller villkoren i avsnitt 2.",
        ),
        ("h2", "7 Upphandling och valfrihetssystem"),
        (
            "p",
            "När kommunen själv har bestämt vad som ska utföras och vill köpa en tjänst gäller "
            "lagen om offentlig upphandling. Idéburna organisationer kan lämna anbud på samma "
            "villkor som andra. Kommunen kan, när lagen tillåter det, reservera en upphandling "
            "för organisationer som har ett socialt syfte. Idéburna organisationer kan också "
            "ansöka om att bli utförare i kommunens valfrihetssystem inom hemtjänsten.",
        ),
        ("h2", "8 Dialog och samråd"),
        (
            "p",
            "Kommunen och föreningslivet möts i Civilsamhällesrådet, som sammanträder fyra "
            "gånger per år. Rådet består av förtroendevalda från kommunstyrelsen och kultur- och "
            "fritidsnämnden och av företrädare för de föreningar som har anmält intresse. "
            "Dessutom bjuder kommunen in till ett öppet föreningsforum varje höst.",
        ),
        ("h2", "9 Ansvar, uppföljning och kontakt"),
        (
            "p",
            "Kommunstyrelsen ansvarar för att policyn följs och att den ses över varje "
            "mandatperiod. Varje nämnd redovisar i sin årsredovisning vilka partnerskap och "
            "vilka bidrag den har beslutat om.",
        ),
        (
            "table",
            (30, 70),
            [
                ["Fråga om", "Kontakt"],
                [
                    "Föreningsbidrag, föreningsregistret och projektbidrag",
                    "Föreningsservice, kultur- och fritidsförvaltningen, "
                    "foreningsservice@koping.se, 0221-658 40",
                ],
                [
                    "Idéburet offentligt partnerskap",
                    "Mattias Granlund, utvecklingsstrateg civilsamhälle, "
                    "kommunledningsförvaltningen, 0221-658 12, iop@koping.se",
                ],
            ],
        ),
    ],
)


# Nybro: a protokollsutdrag from socialnämnden (§ 112) that enters one partnership, with the
# tjänsteskrivelse behind it. Beslut: Föreningen Fristaden Nybro, 2026-01-01 – 2028-12-31,
# 420 000 kronor per år (1 260 000 in all), the socialchef to sign, a report to the nämnd in
# April. A yrkande for two years lost. The tjänsteskrivelse quotes the municipality's
# riktlinjer (minst två år, the idea from the organisation, minst 10 procent, nothing statutory,
# the socialchef up to 150 000 kronor), says the föreningsbidrag of 150 000 kronor ends, that
# skyddat boende is still bought by ramavtal outside the partnership, and gives the budget.
NYBRO_PROTOKOLL = Doc(
    path="corpus/nybro/nybro-sn-protokollsutdrag-2025-11-19-iop-fristaden.pdf",
    title="Protokollsutdrag socialnämnden 2025-11-19 § 112 – IOP med Föreningen Fristaden Nybro",
    header_left="Nybro kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Socialnämnden 2025-11-19"],
    footer_lines=[
        "Nybro kommun · Socialförvaltningen · 382 80 Nybro · Växel 0481-692 00 · "
        "socialnamnden@nybro.se",
        "Justerandes signatur: ______   ______        Utdragsbestyrkande: ______",
    ],
    author="Socialförvaltningen, Nybro kommun",
    blocks=[
        ("h1", "Socialnämnden – protokollsutdrag"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-11-19"),
                ("Plats", "Sammanträdesrum Kristallen, Nybro kommunhus"),
                ("Paragraf", "§ 112"),
                ("Justerat", "2025-11-25"),
                ("Anslaget", "2025-11-26 – 2025-12-17"),
            ],
        ),
        (
            "h2",
            "§ 112 Idéburet offentligt partnerskap med Föreningen Fristaden Nybro",
        ),
        ("small", "Dnr SN 2025/214"),
        ("h3", "Socialnämndens beslut"),
        (
            "lines",
            [
                "Socialnämnden beslutar",
                "1. att ingå ett idéburet offentligt partnerskap med Föreningen Fristaden Nybro "
                "om stöd till våldsutsatta kvinnor och barn, enligt förslag till överenskommelse "
                "i bilaga 1, för perioden 2026-01-01 – 2028-12-31,",
                "2. att kommunens bidrag till partnerskapet är 420 000 kronor per år, totalt "
                "1 260 000 kronor för hela perioden, och finansieras inom individ- och "
                "familjeomsorgens budget,",
                "3. att uppdra åt socialchefen att underteckna överenskommelsen, samt",
                "4. att partnerskapet ska följas upp och redovisas för socialnämnden i april "
                "varje år.",
            ],
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Birgitta Holmqvist (S) yrkar bifall till arbetsutskottets förslag. Lars-Göran "
            "Nyqvist (M) yrkar att partnerskapet ska gälla i två år, 2026-01-01 – 2027-12-31.",
        ),
        ("h3", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer proposition på arbetsutskottets förslag mot Lars-Göran Nyqvists "
            "yrkande och finner att socialnämnden bifaller arbetsutskottets förslag.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Socialnämndens arbetsutskott 2025-11-05, § 87",
                "Tjänsteskrivelse 2025-10-30",
                "Idéskiss från Föreningen Fristaden Nybro, inkommen 2025-06-12",
                "Bilaga 1: Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("h3", "Beslutet skickas till"),
        (
            "lines",
            [
                "Föreningen Fristaden Nybro",
                "Ekonomienheten",
                "Enheten för vuxna, individ- och familjeomsorgen",
            ],
        ),
        (
            "lines",
            [
                "Vid protokollet",
                "Sofia Wennerberg, nämndsekreterare",
                "",
                "Justeras",
                "Birgitta Holmqvist, ordförande        Ahmed Karimi, justerare",
            ],
        ),
        ("pagebreak",),
        ("h1", "Tjänsteskrivelse"),
        (
            "kv",
            [
                ("Datum", "2025-10-30"),
                ("Diarienummer", "SN 2025/214"),
                ("Till", "Socialnämnden"),
                (
                    "Handläggare",
                    "Therese Sandell, verksamhetsutvecklare, socialförvaltningen, "
                    "0481-692 38, therese.sandell@nybro.se",
                ),
            ],
        ),
        ("h2", "Idéburet offentligt partnerskap med Föreningen Fristaden Nybro"),
        ("h3", "Förslag till beslut"),
        (
            "p",
            "Socialförvaltningen föreslår att socialnämnden ingår ett idéburet offentligt "
            "partnerskap med Föreningen Fristaden Nybro för perioden 2026-01-01 – 2028-12-31 "
            "med ett kommunalt bidrag om 420 000 kronor per år, och att socialchefen får i "
            "uppdrag att underteckna överenskommelsen.",
        ),
        ("h3", "Sammanfattning"),
        (
            "p",
            "Föreningen Fristaden Nybro har lämnat en idéskiss om att utveckla sitt stöd till "
            "kvinnor och barn som har utsatts för våld i nära relationer. Förvaltningen och "
            "föreningen har under hösten fört dialog och tagit fram ett förslag till "
            "överenskommelse. Förvaltningen bedömer att idén uppfyller kommunens riktlinjer för "
            "idéburet offentligt partnerskap.",
        ),
        ("h3", "Bakgrund"),
        (
            "p",
            "Föreningen Fristaden Nybro bildades 2009 och är en ideell förening. Föreningen "
            "driver en jourtelefon och erbjuder stödsamtal till kvinnor som har utsatts för våld. "
            "Sedan 2019 har föreningen fått föreningsbidrag från socialnämnden med 150 000 kronor "
            "per år. Föreningen har i dag 38 aktiva volontärer.",
        ),
        (
            "p",
            "Den 12 juni 2025 lämnade föreningen en idéskiss om att, utöver jourtelefonen, "
            "starta Barnens rum – stödgrupper för barn mellan 7 och 12 år som har upplevt våld "
            "i familjen – och att förlänga jourtelefonens öppettider till kvällar och helger. "
            "Idén har vuxit fram i föreningen efter att volontärerna mött allt fler mammor som "
            "frågat efter stöd för sina barn.",
        ),
        ("h3", "Förvaltningens bedömning"),
        (
            "p",
            "Enligt Nybro kommuns riktlinjer för idéburet offentligt partnerskap (antagna av "
            "kommunfullmäktige 2022-09-26, § 98) ska organisationen vara idéburen och ha "
            "bedrivit verksamhet i minst två år, idén ska komma från organisationen, och "
            "organisationen ska bidra med en egen insats om minst 10 procent av kostnaden. Ett "
            "partnerskap får inte ersätta verksamhet som kommunen är skyldig att bedriva enligt "
            "lag.",
        ),
        (
            "p",
            "Föreningen har funnits sedan 2009 och idén kommer från föreningen. Socialnämnden "
            "ansvarar enligt socialtjänstlagen för att våldsutsatta och deras barn får stöd och "
            "hjälp. Föreningens verksamhet kompletterar socialtjänstens arbete men ersätter det "
            "inte: stödet är frivilligt, kan ges anonymt och förutsätter inget beslut om bistånd. "
            "Skyddat boende köps även fortsättningsvis genom ramavtal och ingår inte i "
            "partnerskapet.",
        ),
        (
            "p",
            "Enligt riktlinjerna beslutar socialchefen om partnerskap upp till 150 000 kronor "
            "per år. Större partnerskap beslutas av nämnden. Eftersom samma verksamhet inte kan "
            "finansieras två gånger upphör föreningsbidraget till föreningen när partnerskapet "
            "börjar gälla den 1 januari 2026.",
        ),
        ("h3", "Ekonomiska konsekvenser"),
        (
            "table",
            (60, 40),
            [
                ["Post", "Kronor per år"],
                ["Verksamhetens totala kostnad", "612 000"],
                ["Kommunens bidrag", "420 000"],
                ["Föreningens egen insats: ideellt arbete, 1 100 timmar à 150 kronor", "165 000"],
                ["Föreningens egen insats: insamlade medel", "27 000"],
                ["Summa egen insats (31 procent)", "192 000"],
            ],
        ),
        (
            "p",
            "Kostnaden för kommunen ökar med 270 000 kronor per år jämfört med dagens "
            "föreningsbidrag. Ökningen ryms inom individ- och familjeomsorgens budget för 2026 "
            "genom minskade kostnader för externt köpt stöd.",
        ),
        (
            "lines",
            [
                "Jonas Hägg, socialchef",
                "Therese Sandell, verksamhetsutvecklare",
            ],
        ),
    ],
)


# Nybro: the signed överenskommelse of the same partnership, as a scanned-looking PDF with
# numbered §§: parties with organisationsnummer, background (the decision), purpose and goals,
# the association's and the municipality's commitments, money (105 000 kronor each quarter in
# förskott, unused money back), follow-up (three dialogmöten, a report by 31 mars), secrecy,
# period (no automatic extension; talks by 30 april 2028), six months' notice or hävning,
# changes, disputes and signatures with dates.
NYBRO_OVERENSKOMMELSE = Doc(
    path="corpus/nybro/nybro-overenskommelse-iop-fristaden-2026-2028.pdf",
    title="Överenskommelse om idéburet offentligt partnerskap – Föreningen Fristaden Nybro",
    header_left="Nybro kommun",
    header_right=["ÖVERENSKOMMELSE", "Dnr SN 2025/214"],
    footer_lines=[
        "Överenskommelse IOP Nybro kommun – Föreningen Fristaden Nybro 2026–2028",
        "Parafering: ______   ______",
    ],
    author="Socialförvaltningen, Nybro kommun",
    blocks=[
        ("h1", "Överenskommelse om idéburet offentligt partnerskap"),
        (
            "p",
            "Stöd till kvinnor och barn som har utsatts för våld i nära relationer – "
            "jourtelefon, stödsamtal och Barnens rum",
        ),
        ("h2", "§ 1 Parter"),
        (
            "lines",
            [
                "Nybro kommun, genom socialnämnden, 382 80 Nybro",
                "(nedan kallad kommunen)",
                "",
                "Föreningen Fristaden Nybro, organisationsnummer 802451-3367, "
                "Box 318, 382 23 Nybro",
                "(nedan kallad föreningen)",
            ],
        ),
        ("h2", "§ 2 Bakgrund"),
        (
            "p",
            "Föreningen har sedan 2009 drivit jourtelefon och stödsamtal för våldsutsatta "
            "kvinnor i Nybro kommun. Föreningen lämnade i juni 2025 en idéskiss om att utveckla "
            "verksamheten med stödgrupper för barn och längre öppettider. Socialnämnden beslutade "
            "den 19 november 2025, § 112, att ingå ett idéburet offentligt partnerskap med "
            "föreningen enligt denna överenskommelse.",
        ),
        (
            "p",
            "Partnerskapet bygger på parternas gemensamma vilja att fler kvinnor och barn ska "
            "få tidigt stöd. Föreningen är självständig i förhållande till kommunen och "
            "bestämmer själv över sin verksamhet, sina metoder och sina opinionsyttringar.",
        ),
        ("h2", "§ 3 Syfte och mål"),
        (
            "p",
            "Syftet med partnerskapet är att kvinnor och barn i Nybro kommun som har utsatts "
            "för eller bevittnat våld i nära relationer ska få stöd tidigt, utan krav på beslut "
            "om bistånd och, om de vill, anonymt. Parterna har kommit överens om följande mål "
            "för varje år:",
        ),
        (
            "ul",
            [
                "Jourtelefonen är öppen måndag–fredag kl. 17–21 och lördag–söndag kl. 12–16.",
                "Minst två stödgrupper för barn mellan 7 och 12 år startar varje termin.",
                "Minst 40 volontärer har genomgått föreningens grundutbildning.",
                "Fler kvinnor än i dag känner till var de kan få stöd.",
            ],
        ),
        ("h2", "§ 4 Föreningens åtaganden"),
        ("p", "Föreningen åtar sig att"),
        (
            "ol",
            [
                "bedriva jourtelefon, stödsamtal och Barnens rum enligt § 3,",
                "erbjuda stödet kostnadsfritt och ge den som vill vara anonym möjlighet till det,",
                "se till att alla volontärer har skrivit under en förbindelse om tystnad och har "
                "gått föreningens grundutbildning innan de har kontakt med stödsökande,",
                "göra en anmälan till socialnämnden när föreningen får kännedom om eller "
                "misstänker att ett barn far illa,",
                "föra avidentifierad statistik över antalet samtal, stödsamtal och barn i "
                "stödgrupperna,",
                "bidra med en egen insats om minst 192 000 kronor per år i form av ideellt arbete "
                "och insamlade medel.",
            ],
        ),
        ("h2", "§ 5 Kommunens åtaganden"),
        ("p", "Kommunen åtar sig att"),
        (
            "ol",
            [
                "bidra med 420 000 kronor per år enligt § 6,",
                "två gånger per år erbjuda föreningens volontärer utbildning om våld i nära "
                "relationer tillsammans med socialtjänstens personal,",
                "utse en kontaktperson på enheten för vuxna, individ- och familjeomsorgen, som "
                "föreningen kan vända sig till i frågor om partnerskapet,",
                "informera om föreningens verksamhet i kommunens egna kanaler.",
            ],
        ),
        ("h2", "§ 6 Ekonomi och utbetalning"),
        (
            "p",
            "Kommunens bidrag är 420 000 kronor per år under avtalsperioden. Bidraget betalas "
            "ut kvartalsvis i förskott med 105 000 kronor i januari, april, juli och oktober till "
            "föreningens bankgiro. Bidraget räknas inte upp med index. Bidraget får bara "
            "användas till verksamheten i denna överenskommelse. Medel som inte har använts vid "
            "årets slut ska betalas tillbaka, om inte parterna skriftligen kommer överens om "
            "något annat.",
        ),
        ("h2", "§ 7 Uppföljning och dialog"),
        (
            "p",
            "Parterna håller dialogmöten minst tre gånger per år, i februari, juni och oktober. "
            "Föreningen lämnar en skriftlig verksamhetsberättelse och en ekonomisk redovisning "
            "för partnerskapet senast den 31 mars året efter varje verksamhetsår. Kommunens "
            "kontaktperson sammanställer uppföljningen, som redovisas för socialnämnden i april.",
        ),
        ("h2", "§ 8 Personuppgifter och tystnad"),
        (
            "p",
            "Föreningen är personuppgiftsansvarig för de uppgifter den behandlar i sin "
            "verksamhet. Föreningen lämnar inte ut uppgifter om enskilda stödsökande till "
            "kommunen, utom när det gäller en anmälan enligt § 4 punkt 4.",
        ),
        ("h2", "§ 9 Giltighetstid"),
        (
            "p",
            "Överenskommelsen gäller från och med den 1 januari 2026 till och med den 31 "
            "december 2028. Den förlängs inte automatiskt. Parterna ska senast den 30 april 2028 "
            "ha inlett samtal om ett eventuellt fortsatt partnerskap.",
        ),
        ("h2", "§ 10 Uppsägning och hävning"),
        (
            "p",
            "Vardera parten får säga upp överenskommelsen med sex månaders uppsägningstid. "
            "Uppsägningen ska vara skriftlig. Om en part väsentligt bryter mot överenskommelsen "
            "och inte rättar till det inom 30 dagar efter skriftlig påminnelse får den andra "
            "parten häva överenskommelsen med omedelbar verkan.",
        ),
        ("h2", "§ 11 Ändringar och tillägg"),
        (
            "p",
            "Ändringar och tillägg till överenskommelsen ska vara skriftliga och undertecknade "
            "av båda parter.",
        ),
        ("h2", "§ 12 Tvist"),
        (
            "p",
            "Parterna ska i första hand lösa oenigheter genom dialog. Tvister som parterna inte "
            "kan lösa själva avgörs av allmän domstol.",
        ),
        ("h2", "§ 13 Underskrifter"),
        (
            "p",
            "Denna överenskommelse har upprättats i två likalydande exemplar, av vilka parterna "
            "har tagit var sitt.",
        ),
        (
            "table",
            (50, 50),
            [
                ["För Nybro kommun, socialnämnden", "För Föreningen Fristaden Nybro"],
                ["Nybro 2025-12-08", "Nybro 2025-12-10"],
                ["[signerad]", "[signerad]            [signerad]"],
                [
                    "Jonas Hägg, socialchef",
                    "Eva-Lena Strömberg, ordförande    Fatima Yusuf, kassör",
                ],
            ],
        ),
    ],
)


# Östhammar: a Word template for the idéskiss, one heading per part with a short instruction
# (högst fyra A4-sidor, the dates of the two latest årsmöten, ideellt arbete × 200 kronor in
# an empty budget table, minst ett och högst fyra år), the bilagor, and where to send it by
# e-mail or by post (märk kuvertet "IOP").
OSTHAMMAR_MALL = Doc(
    path="corpus/osthammar/osthammar-mall-ideskiss-iop.docx",
    title="Mall för idéskiss – idéburet offentligt partnerskap (IOP)",
    header_left="Östhammars kommun · Kommunledningskontoret · Mall idéskiss IOP, version 2025-09",
    footer_lines=[
        "Östhammars kommun · 742 80 Östhammar · Kontaktcenter 0173-441 00 · iop@osthammar.se",
    ],
    author="Kommunledningskontoret, Östhammars kommun",
    blocks=[
        ("h1", "Mall för idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd mallen när ni beskriver er idé om ett partnerskap med Östhammars kommun. "
            "Skriv kort och med egna ord. Idéskissen ska vara högst fyra A4-sidor, bilagorna "
            "oräknade. Texten i grått är hjälptext och kan tas bort.",
        ),
        ("h2", "1. Om organisationen"),
        (
            "lines",
            [
                "Organisationens namn: ______________________________",
                "Organisationsnummer: ______________________________",
                "Organisationsform (ideell förening, stiftelse eller registrerat trossamfund): "
                "______________",
                "Datum för de två senaste årsmötena: ______________ och ______________",
                "Antal medlemmar: ______",
                "Kontaktperson, telefon och e-post: ______________________________",
            ],
        ),
        ("h2", "2. Idén"),
        (
            "small",
            "Vad vill ni göra och varför behövs det? Berätta hur idén har vuxit fram i er "
            "organisation.",
        ),
        ("h2", "3. Målgrupp och plats"),
        (
            "small",
            "Vilka vill ni nå, och hur många? Var i kommunen ska verksamheten finnas? Hur gör ni "
            "för att alla i målgruppen ska kunna vara med, även de som inte är medlemmar?",
        ),
        ("h2", "4. Vad vill ni uppnå?"),
        (
            "small",
            "Beskriv två till fyra mål. Hur märker ni och kommunen att ni har nått dem?",
        ),
        ("h2", "5. Vad bidrar ni med – och vad önskar ni av kommunen?"),
        (
            "small",
            "Beskriv er egen insats: ideellt arbete, egna pengar, lokaler, utrustning och "
            "kontakter. Beskriv vad ni önskar av kommunen: pengar, lokaler, kunskap eller annat.",
        ),
        ("h2", "6. Budget för ett år"),
        (
            "table",
            (60, 40),
            [
                ["Kostnader", "Kronor"],
                ["Arvoden och löner", ""],
                ["Lokalhyra", ""],
                ["Material", ""],
                ["Fika och mat", ""],
                ["Övrigt (ange vad)", ""],
                ["Summa kostnader", ""],
            ],
        ),
        (
            "table",
            (60, 40),
            [
                ["Finansiering", "Kronor"],
                ["Egna pengar", ""],
                ["Ideellt arbete (antal timmar × 200 kronor)", ""],
                ["Andra bidrag (ange från vem)", ""],
                ["Önskat bidrag från Östhammars kommun", ""],
                ["Summa finansiering", ""],
            ],
        ),
        (
            "small",
            "Er egen insats, egna pengar och ideellt arbete tillsammans, ska vara minst en "
            "fjärdedel av kostnaderna.",
        ),
        ("h2", "7. Tidsperiod"),
        (
            "small",
            "När vill ni börja, och hur länge ska partnerskapet pågå? Ett partnerskap gäller i "
            "minst ett och högst fyra år.",
        ),
        ("h2", "8. Bilagor"),
        (
            "ul",
            [
                "Stadgar",
                "Senaste verksamhetsberättelse och ekonomisk redovisning",
                "Protokoll från de två senaste årsmötena",
            ],
        ),
        ("h2", "9. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________________",
                "Underskrift av firmatecknare: ______________________________",
                "Namnförtydligande: ______________________________",
            ],
        ),
        ("h2", "Skicka idéskissen"),
        (
            "p",
            "Mejla idéskissen med bilagor till iop@osthammar.se. Ni kan också skicka den med "
            "post till Östhammars kommun, Kommunledningskontoret, 742 80 Östhammar. Märk "
            'kuvertet "IOP".',
        ),
        (
            "small",
            "Östhammars kommun behandlar personuppgifterna i idéskissen för att kunna pröva er "
            "idé. Läs mer om hur vi hanterar personuppgifter på osthammar.se/personuppgifter.",
        ),
    ],
)


DOCS = [
    KOPING_POLICY,
    NYBRO_PROTOKOLL,
    NYBRO_OVERENSKOMMELSE,
    OSTHAMMAR_MALL,
]
