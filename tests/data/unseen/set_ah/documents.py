"""Text of the set_ah (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Sävsjö: guidelines on a letterhead, in running prose. "ska" is a requirement, "bör" is not
# (minst 25 medlemmar bör; hälften av den egna insatsen bör vara ideellt arbete; hela året bör).
# Exceptions: a merged förening counts from the oldest förening; relatives under 65 may take part;
# occasional trips outside the kommun; resor at cost beyond the 30 kronor per tillfälle. The only
# contact details are the functional mailbox and the switchboard in the footer; the responsible
# officer is named without any number. No sidecar: the kommun comes from the folder and the text.
SAVSJO_RIKTLINJER = Doc(
    path="corpus/savsjo/savsjo-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Sävsjö kommun",
    header_left="Sävsjö kommun",
    header_right=["Kommunledningsförvaltningen", "Riktlinje", "Dnr KS 2025/109"],
    footer_lines=[
        "Sävsjö kommun · Kommunledningsförvaltningen · 576 80 Sävsjö",
        "Växel 0382-157 00 · iop@savsjo.se · savsjo.se",
    ],
    author="Kommunledningsförvaltningen, Sävsjö kommun",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagna av kommunfullmäktige i Sävsjö kommun 2025-05-26, § 61. Gäller från "
            "2025-07-01 och ersätter tidigare vägledning från 2019.",
        ),
        ("h2", "Varför partnerskap?"),
        (
            "p",
            "I Sävsjö kommun är nästan var fjärde invånare 65 år eller äldre, och många bor långt "
            "från tätorten. Föreningslivet i Vrigstad, Stockaryd, Rörvik, Hjälmseryd och de andra "
            "orterna gör mycket för att äldre ska kunna träffas, röra på sig och hålla kontakten med "
            "varandra. Ett idéburet offentligt partnerskap är ett sätt för kommunen att stödja en "
            "sådan idé under en längre tid, när den är föreningens egen och när både föreningen och "
            "kommunen har något att bidra med. Partnerskap ingås i Sävsjö i första hand inom "
            "området äldres hälsa och gemenskap.",
        ),
        ("h2", "Vem kan ingå ett partnerskap med kommunen?"),
        (
            "p",
            "Kommunen kan ingå partnerskap med ideella föreningar, stiftelser och registrerade "
            "trossamfund som har sitt säte i Sävsjö kommun, eller som bedriver verksamhet här genom "
            "en lokal avdelning. Föreningen ska ha bedrivit verksamhet i minst tre år när "
            "idéskissen lämnas in och ska ha hållit ett årsmöte under vart och ett av dessa år. Ett "
            "undantag gäller för en förening som har bildats genom att två eller flera föreningar "
            "har gått samman: då räknas tiden från den dag då den äldsta av föreningarna bildades, "
            "och årsmötena i de tidigare föreningarna räknas med.",
        ),
        (
            "p",
            "Föreningen bör ha minst 25 medlemmar, men det är inget krav. En mindre förening kan "
            "visa att den har stöd i bygden på annat sätt, till exempel genom att samarbeta med "
            "andra föreningar eller med kyrkan, skolan eller biblioteket på orten.",
        ),
        ("h2", "Vad ska verksamheten vara?"),
        (
            "p",
            "Verksamheten ska rikta sig till personer som har fyllt 65 år. Anhöriga och närstående "
            "som är yngre får delta tillsammans med en äldre deltagare, och personer under 65 år "
            "får vara med som ledare eller volontärer. En verksamhet som vänder sig till alla "
            "vuxna, där äldre bara är en av flera grupper, faller utanför riktlinjerna.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas inom Sävsjö kommun, i Sävsjö, Vrigstad, Stockaryd, Rörvik, "
            "Hjälmseryd, Hultsjö eller på landsbygden runt omkring. Enstaka resor och utflykter "
            "utanför kommunen får ingå, men verksamheten får inte i huvudsak äga rum på annan ort.",
        ),
        (
            "p",
            "Alla i målgruppen ska kunna delta. Verksamheten får inte förutsätta att deltagarna är "
            "medlemmar i föreningen, även om föreningen gärna får berätta om sig själv och erbjuda "
            "medlemskap. Verksamheten bör pågå under hela året, men ett uppehåll under sommaren "
            "godtas.",
        ),
        (
            "p",
            "Föreningen får ta ut en deltagaravgift på högst 30 kronor per tillfälle. För resor och "
            "utflykter får föreningen utöver det ta ut vad resan faktiskt kostar. Ingen ska behöva "
            "avstå från att delta för att hen inte har råd.",
        ),
        ("h2", "Föreningens egen insats"),
        (
            "p",
            "Föreningen ska stå för minst 20 procent av verksamhetens totala kostnad. Den egna "
            "insatsen kan bestå av ideellt arbete, egna lokaler, material, insamlade medel eller "
            "andra egna pengar. Ideellt arbete räknas med 220 kronor per timme. Minst hälften av den "
            "egna insatsen bör vara ideellt arbete, eftersom det är engagemanget som är kärnan i ett "
            "partnerskap, men det är inte ett krav. Bidrag som föreningen får från kommunen på "
            "annat sätt, till exempel föreningsbidrag, räknas inte som egen insats.",
        ),
        ("h2", "När kan det inte bli ett partnerskap?"),
        (
            "p",
            "Kommunen ingår inte partnerskap om verksamhet som kommunen är skyldig att utföra "
            "enligt lag, som hemtjänst eller färdtjänst, och inte om verksamhet som kommunen redan "
            "har upphandlat. Partnerskap ingås inte heller med politiska partier eller deras "
            "sidoorganisationer. Ett trossamfund kan vara part i ett partnerskap, men verksamheten "
            "i partnerskapet får inte innehålla gudstjänst, andakt eller annan religiös "
            "förkunnelse. Föreningen får inte dela ut överskott till medlemmar eller styrelse; ett "
            "eventuellt överskott ska gå tillbaka till verksamheten.",
        ),
        ("h2", "Så går det till"),
        (
            "p",
            "Föreningen beskriver sin idé på kommunens blankett för idéskiss. Idéskisser tas emot "
            "två gånger per år: senast den 31 januari och senast den 31 augusti. "
            "Kommunledningsförvaltningen går igenom idéskisserna inom fyra veckor efter sista dag "
            "och bjuder in de föreningar vars idéer går vidare till ett dialogmöte. Där kommer "
            "föreningen och kommunen överens om mål, budget och hur verksamheten ska följas upp.",
        ),
        (
            "p",
            "Omsorgsnämnden beslutar om partnerskap som gäller verksamhet för äldre. Om kommunens "
            "del är mer än 250 000 kronor per år beslutar kommunstyrelsen. Ett partnerskap som "
            "bygger på en idéskiss som lämnats in senast den 31 januari kan starta tidigast den 1 "
            "juni samma år. En idéskiss som lämnats in senast den 31 augusti kan leda till ett "
            "partnerskap som startar tidigast den 1 januari året därpå.",
        ),
        ("h2", "Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "Överenskommelsen gäller i ett till tre år. Kommunens del betalas ut kvartalsvis i "
            "förskott. Föreningen lämnar en skriftlig redovisning av verksamhet och ekonomi senast "
            "den 15 februari varje år, och kommunen och föreningen träffas minst en gång per år för "
            "att följa upp partnerskapet. Båda parter kan säga upp överenskommelsen med tre "
            "månaders uppsägningstid.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Frågor om riktlinjerna och om hur en idéskiss ska skrivas besvaras av "
            "kommunledningsförvaltningen. Ansvarig tjänsteperson är utvecklingsstrateg Jonas "
            "Liljeqvist. Kontaktuppgifter till förvaltningen finns längst ned på sidan.",
        ),
    ],
)


# Sävsjö: the form for the idéskiss, a Word file with ☐ checkboxes. Section 2 repeats the
# requirements as Ja/Nej questions; the bilagor include protocols from the three latest årsmöten;
# deadlines 31 januari / 31 augusti; postal address and the functional mailbox. Sidecar.
SAVSJO_BLANKETT = Doc(
    path="corpus/savsjo/savsjo-blankett-ideskiss-iop.docx",
    title="Blankett: Idéskiss – idéburet offentligt partnerskap (IOP), Sävsjö kommun",
    header_left="Sävsjö kommun · Blankett KLF 14",
    footer_lines=["Blankett KLF 14, version 2025-06 · Sävsjö kommun, 576 80 Sävsjö"],
    author="Kommunledningsförvaltningen, Sävsjö kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd den här blanketten när er förening vill föreslå ett partnerskap med Sävsjö "
            "kommun. Läs riktlinjerna för IOP innan ni fyller i den. Skicka blanketten med bilagor "
            "till iop@savsjo.se eller med post till Sävsjö kommun, Kommunledningsförvaltningen, "
            "576 80 Sävsjö.",
        ),
        (
            "box",
            "Sista dag att lämna idéskiss: 31 januari (start tidigast 1 juni) och 31 augusti "
            "(start tidigast 1 januari året därpå). Idéskisser som kommer in senare behandlas i "
            "nästa omgång.",
        ),
        ("h2", "1. Föreningen"),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Ifylls av föreningen"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum då föreningen bildades", ""],
                ["Har föreningen bildats genom sammanslagning?", "☐ Ja   ☐ Nej"],
                ["Antal medlemmar", ""],
                ["Kontaktperson (namn och roll i styrelsen)", ""],
                ["Telefon och e-post till kontaktpersonen", ""],
            ],
        ),
        ("h2", "2. Kontrollfrågor – kryssa i"),
        (
            "p",
            "Svara på varje fråga. Om ni svarar Nej på någon fråga kan idén inte bli ett "
            "partnerskap enligt kommunens riktlinjer. Kontakta oss gärna innan ni skickar in om ni "
            "är osäkra.",
        ),
        (
            "table",
            (130, 20, 20),
            [
                ["Fråga", "Ja", "Nej"],
                [
                    "Föreningen har bedrivit verksamhet i minst tre år och har hållit årsmöte "
                    "varje år (vid sammanslagning räknas den äldsta föreningen).",
                    "☐",
                    "☐",
                ],
                ["Verksamheten riktar sig till personer som har fyllt 65 år.", "☐", "☐"],
                ["Verksamheten bedrivs i Sävsjö kommun.", "☐", "☐"],
                ["Alla i målgruppen kan delta, även de som inte är medlemmar.", "☐", "☐"],
                [
                    "Deltagaravgiften är högst 30 kronor per tillfälle (resor och utflykter "
                    "undantagna).",
                    "☐",
                    "☐",
                ],
                ["Föreningen står för minst 20 procent av kostnaden.", "☐", "☐"],
                [
                    "Verksamheten innehåller ingen religiös förkunnelse och ingen partipolitik.",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "3. Idén"),
        (
            "lines",
            [
                "3.1 Vilket behov vill ni möta, och hur vet ni att behovet finns?",
                "3.2 Vad ska ni göra, var och hur ofta?",
                "3.3 Hur många deltagare räknar ni med?",
                "3.4 Hur ska ni nå dem som inte redan är med i föreningen?",
                "3.5 Vad vill ni att kommunen bidrar med, förutom pengar?",
            ],
        ),
        ("h2", "4. Budget per år"),
        (
            "table",
            (80, 45, 45),
            [
                ["Post", "Föreningens insats (kr)", "Kommunens del (kr)"],
                ["Ideellt arbete (antal timmar × 220 kr)", "", "–"],
                ["Lokal", "", ""],
                ["Material och fika", "", ""],
                ["Resor", "", ""],
                ["Övrigt", "", ""],
                ["Summa", "", ""],
            ],
        ),
        ("h2", "5. Önskad period"),
        (
            "lines",
            [
                "☐ 1 år     ☐ 2 år     ☐ 3 år",
                "Önskat startdatum: ____________________",
            ],
        ),
        ("h2", "6. Bilagor"),
        (
            "ul",
            [
                "☐ Stadgar",
                "☐ Protokoll från de tre senaste årsmötena",
                "☐ Senaste verksamhetsberättelse och ekonomisk redovisning",
                "☐ Aktuell styrelseförteckning",
            ],
        ),
        ("h2", "7. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ____________________",
                "Underskrift av firmatecknare: ____________________",
                "Namnförtydligande: ____________________",
            ],
        ),
        (
            "small",
            "Sävsjö kommun behandlar personuppgifterna i blanketten för att handlägga er "
            "idéskiss. Läs mer om hur kommunen behandlar personuppgifter på savsjo.se.",
        ),
    ],
)


# Markaryd: criteria as a Word table whose third column negates the second ("Det här räcker
# inte"). 70 år, minst tio medlemmar folkbokförda in the kommun (fritidshus do not count), minst
# två verksamhetsår, högst 300 kronor per termin (a fee per tillfälle that adds up to more does not
# do), minst 30 procent at 150 kronor per timme (free kommunal lokal does not count). Idéskiss all
# year, svar inom fyra veckor, socialnämnden / kommunstyrelsen above 200 000. Named officer with
# phone. Sidecar.
MARKARYD_KRITERIER = Doc(
    path="corpus/markaryd/markaryd-kriterier-iop.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Markaryds kommun",
    header_left="Markaryds kommun · Socialförvaltningen",
    footer_lines=[
        "Fastställda av socialnämnden 2025-10-08 § 96, dnr SN 2025/0143 · Markaryds kommun"
    ],
    author="Socialförvaltningen, Markaryds kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Markaryds kommun ingår för närvarande idéburna offentliga partnerskap inom området "
            "äldres gemenskap och hälsa. Tabellen visar vad som krävs av föreningen och "
            "verksamheten, och i den högra kolumnen vad som inte räcker. Alla kriterier ska vara "
            "uppfyllda för att en idé ska kunna gå vidare.",
        ),
        (
            "table",
            (30, 70, 70),
            [
                ["Område", "Det här krävs", "Det här räcker inte"],
                [
                    "Organisation",
                    "En ideell förening eller stiftelse med stadgar, styrelse och "
                    "organisationsnummer.",
                    "Ett nätverk eller en studiecirkel utan stadgar. Ett bolag, även om en förening "
                    "äger det.",
                ],
                [
                    "Erfarenhet",
                    "Minst två verksamhetsår med hållna årsmöten.",
                    "Att medlemmarna har lång erfarenhet, om föreningen själv är nybildad.",
                ],
                [
                    "Förankring",
                    "Minst tio medlemmar som är folkbokförda i Markaryds kommun.",
                    "Medlemmar som bara har fritidshus i kommunen.",
                ],
                [
                    "Målgrupp",
                    "Verksamheten vänder sig till personer som har fyllt 70 år.",
                    "En verksamhet för alla vuxna, där äldre är en av flera grupper.",
                ],
                [
                    "Plats",
                    "Verksamheten sker i Markaryds kommun: i Markaryd, Strömsnäsbruk, Timsfors, "
                    "Traryd, Hinneryd eller Vivljunga.",
                    "Verksamhet som till största delen sker i Ljungby, Hässleholm eller Halmstad.",
                ],
                [
                    "Öppenhet",
                    "Alla i målgruppen får delta, även de som inte är medlemmar.",
                    "Att icke-medlemmar får delta mot en högre avgift.",
                ],
                [
                    "Avgift",
                    "Högst 300 kronor per deltagare och termin.",
                    "Avgift per tillfälle som sammanlagt blir mer än 300 kronor per termin.",
                ],
                [
                    "Egen insats",
                    "Minst 30 procent av kostnaden. Ideellt arbete räknas med 150 kronor per "
                    "timme.",
                    "Att föreningen får låna kommunens lokaler gratis. Det räknas inte som egen "
                    "insats.",
                ],
                [
                    "Neutralitet",
                    "Verksamheten är partipolitiskt och religiöst obunden.",
                    "Aktiviteter som ingår i en församlings gudstjänstliv eller som värvar "
                    "medlemmar till ett parti.",
                ],
                [
                    "Ekonomi",
                    "Ett eventuellt överskott går tillbaka till verksamheten.",
                    "Utdelning till medlemmar eller arvoden till styrelsen som betalas med "
                    "kommunens del.",
                ],
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Skicka en idéskiss till foreningar@markaryd.se. Idéskisser tas emot när som "
                "helst under året.",
                "Socialförvaltningen svarar inom fyra veckor om idén går vidare till dialog.",
                "Vid dialogmötet kommer föreningen och kommunen överens om mål, budget och "
                "uppföljning.",
                "Socialnämnden beslutar. Om kommunens del är mer än 200 000 kronor per år "
                "beslutar kommunstyrelsen.",
                "Överenskommelsen gäller i ett till tre år och följs upp varje höst.",
            ],
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Petra Nilsson Hjort, föreningskonsulent, telefon 0433-722 58, e-post "
            "foreningar@markaryd.se.",
        ),
    ],
)


# Boxholm: a consultation response from two pensioner associations to the DRAFT guidelines
# (remissversion 2025-09-30). It quotes the draft (två år, 40 kronor, 20 procent, 180 kronor, one
# round on 15 september) and proposes other figures (ett år, 75 kronor, 10 procent, 250 kronor,
# löpande). Neither the draft nor the proposals are the kommun's rules; the adopted rules are on
# boxholm.se. Contact person of the associations with a phone number. Sidecar (remissvar).
BOXHOLM_REMISSVAR = Doc(
    path="corpus/boxholm/boxholm-remissvar-seniorforeningarna-2025.pdf",
    title="Remissvar: Förslag till riktlinjer för idéburet offentligt partnerskap i Boxholms kommun",
    header_left="Seniorföreningarna i Boxholm",
    header_right=["Remissvar", "Dnr KS 2025/214", "2025-11-20"],
    footer_lines=[
        "Gemensamt remissvar från Boxholms Seniorförening och Malexanders Seniorklubb"
    ],
    author="Boxholms Seniorförening",
    blocks=[
        ("h1", "Remissvar: Förslag till riktlinjer för idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Till", "Boxholms kommun, kommunstyrelsen"),
                ("Ärende", "Förslag till riktlinjer för IOP, remissversion 2025-09-30"),
                ("Diarienummer", "KS 2025/214"),
                ("Från", "Boxholms Seniorförening och Malexanders Seniorklubb"),
                ("Datum", "2025-11-20"),
            ],
        ),
        ("h2", "Inledning"),
        (
            "p",
            "Vi tackar för möjligheten att lämna synpunkter på förslaget till riktlinjer för "
            "idéburet offentligt partnerskap. Våra två föreningar har tillsammans 212 medlemmar "
            "och ordnar varje vecka träffar, promenader och resor för äldre i Boxholm och "
            "Malexander. Vi välkomnar att kommunen vill ta fram riktlinjer, men vi anser att flera "
            "av kraven i förslaget är för hårda för små föreningar på landsbygden.",
        ),
        ("h2", "Våra synpunkter"),
        ("h3", "1. Hur länge föreningen ska ha funnits"),
        (
            "p",
            "Förslaget säger att föreningen ska ha funnits i minst två år. Nya föreningar bildas "
            "ofta just för att lösa ett behov som har uppstått i byn. Vi föreslår att kravet sänks "
            "till ett år.",
        ),
        ("h3", "2. Avgift för deltagarna"),
        (
            "p",
            "Förslaget säger att deltagaravgiften får vara högst 40 kronor per tillfälle. Det "
            "räcker inte för att täcka en ledare för till exempel vattengympa. Vi föreslår att "
            "gränsen höjs till 75 kronor per tillfälle.",
        ),
        ("h3", "3. Föreningens egen insats"),
        (
            "p",
            "Förslaget säger att föreningen ska stå för minst 20 procent av kostnaden och att en "
            "ideell timme räknas med 180 kronor. Vi föreslår att den egna insatsen sänks till 10 "
            "procent och att en ideell timme räknas med 250 kronor, vilket bättre motsvarar vad "
            "arbetet är värt.",
        ),
        ("h3", "4. När man kan lämna en idé"),
        (
            "p",
            "Förslaget har en enda ansökningsomgång per år, med sista dag den 15 september. Vi "
            "föreslår att idéskisser tas emot löpande under hela året, så att en förening inte "
            "behöver vänta ett helt år på besked.",
        ),
        ("h3", "5. Övrigt"),
        (
            "p",
            "Vi stöder förslaget att verksamheten ska vara öppen för alla och att partnerskap inte "
            "ska användas för partipolitisk eller religiös verksamhet. Vi ser gärna att "
            "pensionärsföreningarna får vara med när riktlinjerna följs upp.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Frågor om remissvaret besvaras av Bengt Almqvist, ordförande i Boxholms "
            "Seniorförening, telefon 0142-103 58.",
        ),
        (
            "lines",
            [
                "Boxholm den 20 november 2025",
                "Bengt Almqvist, ordförande, Boxholms Seniorförening",
                "Solveig Lindeberg, ordförande, Malexanders Seniorklubb",
            ],
        ),
    ],
)


# Sotenäs: protocol extract from omsorgsnämnden with two §§. § 18 decides a concrete IOP (party,
# amount per year, period, the förening's own insats, who signs); § 19 turns down an idéskiss
# (members only, a fee per träff, June–August). The criteria are quoted from guidelines that are
# not in the corpus (KF 2024-06-13 § 54). The handläggare is named without any number; the only
# contacts are in the footer (switchboard, functional mailbox). Sidecar.
SOTENAS_PROTOKOLL = Doc(
    path="corpus/sotenas/sotenas-omsorgsnamnden-protokollsutdrag-2026-02-25.pdf",
    title="Omsorgsnämnden Sotenäs kommun – protokollsutdrag 2026-02-25 §§ 18–19",
    header_left="Sotenäs kommun",
    header_right=["Omsorgsnämnden", "Protokollsutdrag", "Sammanträdesdatum 2026-02-25"],
    footer_lines=[
        "Justerandes signatur ______   Utdragsbestyrkande ______",
        "Sotenäs kommun · 456 80 Kungshamn · Växel 0523-66 50 00 · omsorgsnamnden@sotenas.se",
    ],
    author="Sotenäs kommun, omsorgsnämnden",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Omsorgsnämnden"),
                ("Sammanträdesdatum", "2026-02-25"),
                ("Plats", "Kommunhuset, Kungshamn, sammanträdesrum Hållö"),
                ("Paragrafer", "§§ 18–19"),
                ("Justerat", "2026-03-03"),
            ],
        ),
        ("h2", "§ 18   Idéburet offentligt partnerskap – Hamnfika och promenader på Smögen"),
        ("bold", "Dnr ON 2025/077"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Smögenöns Seniorförening har lämnat en idéskiss om verksamheten Hamnfika och "
            "promenader. Föreningen vill ordna två träffar i veckan året runt för äldre som bor "
            "på Smögen och i Kungshamn: en promenad längs Smögenbryggan och en fikastund i "
            "föreningens lokal vid hamnen. Syftet är att minska ofrivillig ensamhet och öka den "
            "fysiska aktiviteten. Föreningen bildades 2009 och har 64 medlemmar.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap (KF 2024-06-13 § 54) "
            "ska organisationen ha funnits i minst två år och ha minst 20 medlemmar. "
            "Organisationen ska stå för minst 20 procent av verksamhetens kostnad, och "
            "verksamheten ska vara kostnadsfri för deltagarna och öppen för alla som är "
            "folkbokförda i Sotenäs kommun, oavsett medlemskap.",
        ),
        (
            "p",
            "Förvaltningen bedömer att villkoren är uppfyllda. Föreningens egen insats beräknas "
            "till 48 000 kronor per år, huvudsakligen i form av ideellt arbete och lokal. Förslaget "
            "har tagits fram i dialog med föreningen under hösten 2025.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-02-04, förebyggande samordnare Maria Kjellberg Strand",
                "Idéskiss från Smögenöns Seniorförening, inkommen 2025-09-15",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("h3", "Omsorgsnämndens beslut"),
        ("p", "Omsorgsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå idéburet offentligt partnerskap med Smögenöns Seniorförening om "
                "verksamheten Hamnfika och promenader för perioden 2026-04-01 till och med "
                "2028-03-31,",
                "att kommunens del uppgår till 160 000 kronor per år och betalas ut halvårsvis,",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        (
            "small",
            "Expedieras till: Smögenöns Seniorförening, förvaltningschefen, ekonomienheten",
        ),
        ("h2", "§ 19   Idéskiss från Sällskapet Hunnebo Sjöbod – Kvällsträffar i sjöboden"),
        ("bold", "Dnr ON 2025/112"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Sällskapet Hunnebo Sjöbod har lämnat en idéskiss om kvällsträffar med sång och "
            "berättelser i sällskapets sjöbod i Hunnebostrand under juni, juli och augusti. "
            "Träffarna är avsedda för sällskapets medlemmar, och medlemsavgiften är 200 kronor per "
            "år. Därutöver tas 30 kronor per träff för kaffe och underhållning.",
        ),
        (
            "p",
            "Förvaltningen bedömer att idén inte uppfyller riktlinjernas krav på att verksamheten "
            "ska vara öppen för alla och kostnadsfri för deltagarna. Förvaltningen har informerat "
            "sällskapet om möjligheten att söka arrangemangsbidrag från kultur- och "
            "fritidsnämnden.",
        ),
        ("h3", "Omsorgsnämndens beslut"),
        ("p", "Omsorgsnämnden beslutar"),
        (
            "ol",
            [
                "att inte gå vidare med idéskissen från Sällskapet Hunnebo Sjöbod,",
                "att hänvisa sällskapet till kultur- och fritidsnämndens arrangemangsbidrag.",
            ],
        ),
        ("small", "Expedieras till: Sällskapet Hunnebo Sjöbod"),
        (
            "small",
            "Rätt utdraget intygar: Linnea Bohlin, nämndsekreterare",
        ),
    ],
)


DOCS = [
    SAVSJO_RIKTLINJER,
    SAVSJO_BLANKETT,
    MARKARYD_KRITERIER,
    BOXHOLM_REMISSVAR,
    SOTENAS_PROTOKOLL,
]
