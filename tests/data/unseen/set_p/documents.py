"""Text of the set_p (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Leksand: a riktlinje adopted by kommunfullmäktige whose conditions in chapter 3 are written
# "så som begreppen definieras i avsnitt 2": a table of terms defines idéburen organisation (no
# aktiebolag even when a förening owns it), verksamhetsår (an avslutat kalenderår with årsmöte and
# verksamhetsberättelse; the pågående året does not count), äldre (fyllt 67 år), unga (13–25 år),
# nyanländ, kommundel (six named areas), deltagaravgift (fika, mat, material and resor included),
# egen insats and ideellt arbete (205 kronor per timme). Chapter 4 lists three prioriterade
# områden 2026–2029 outside which no idéskiss is tried; chapter 5 is a list of exclusions ("IOP
# kan inte användas för …": statutory tasks, upkeep of the organisation's own buildings, religious
# and party-political activity, services firms sell, double funding, payment per deltagare, short
# projects). Two intakes (15 februari, 15 september), besked inom sex veckor, a nämnd up to
# 300 000 kronor, payment in January and July, a report by 31 mars, four months' notice. The only
# contacts are a functional mailbox and Kontaktcenter; no named official.
LEKSAND_RIKTLINJER = Doc(
    path="corpus/leksand/leksand-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Leksands kommun",
    header_left="Leksands kommun",
    header_right=["RIKTLINJE", "Dnr KS 2025/0342"],
    footer_lines=[
        "Leksands kommun · Kommunstyrelseförvaltningen · 793 80 Leksand · "
        "Kontaktcenter 0247-804 00 · iop@leksand.se · www.leksand.se",
    ],
    author="Kommunstyrelseförvaltningen, Leksands kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Leksands kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2025-11-24, § 118"),
                ("Gäller från", "2026-01-01"),
                ("Ersätter", "Riktlinjer för IOP, beslutade av kommunfullmäktige 2020-06-15, § 52"),
                ("Dokumentansvarig", "Kommunstyrelseförvaltningen, enheten för samhällsutveckling"),
                ("Nästa översyn", "Senast 2029"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Syfte",
                "2 Begrepp",
                "3 Villkor för partnerskap",
                "4 Prioriterade områden 2026–2029",
                "5 Det här kan IOP inte användas till",
                "6 Så går det till",
                "7 Ekonomi, uppföljning och uppsägning",
                "8 Kontakt",
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjerna beskriver när och hur Leksands kommun kan ingå ett idéburet offentligt "
            "partnerskap (IOP) med en idéburen organisation. Ett partnerskap bygger på att "
            "organisationen har en egen idé som kommunen också vill se förverkligad, och att båda "
            "parter bidrar. IOP är varken ett bidrag eller ett köp av en tjänst. Riktlinjerna "
            "gäller för kommunstyrelsen och samtliga nämnder.",
        ),
        ("h2", "2 Begrepp"),
        (
            "p",
            "I riktlinjerna har begreppen nedan den betydelse som anges i tabellen. Villkoren i "
            "avsnitt 3–5 ska läsas med dessa betydelser, även när ordet används på annat sätt i "
            "vardagligt tal.",
        ),
        (
            "table",
            (26, 74),
            [
                ["Begrepp", "Betydelse i riktlinjerna"],
                [
                    "Idéburen organisation",
                    "En ideell förening, en stiftelse eller ett registrerat trossamfund som har "
                    "ett "
                    "allmännyttigt syfte och inte delar ut vinst. Aktiebolag, ekonomiska "
                    "föreningar, "
                    "handelsbolag och enskilda firmor räknas inte hit, inte heller när en förening "
                    "äger dem.",
                ],
                [
                    "Verksamhetsår",
                    "Ett avslutat kalenderår för vilket organisationen har hållit ordinarie "
                    "årsmöte "
                    "och antagit en verksamhetsberättelse. Det pågående året räknas inte.",
                ],
                ["Äldre", "En person som har fyllt 67 år."],
                ["Unga", "En person som är mellan 13 och 25 år."],
                [
                    "Nyanländ",
                    "En person som har fått uppehållstillstånd och har varit folkbokförd i Sverige "
                    "i högst fem år.",
                ],
                [
                    "Kommundel",
                    "Något av kommunens sex områden: Leksand centralort, Insjön, Siljansnäs, "
                    "Djura, "
                    "Tällberg och Åkerö-Ullvi.",
                ],
                [
                    "Deltagaravgift",
                    "Allt som en deltagare betalar för att vara med, även för fika, mat, material "
                    "och resor. En frivillig gåva räknas inte som deltagaravgift.",
                ],
                [
                    "Egen insats",
                    "Det som organisationen själv bidrar med till verksamheten: egna pengar, "
                    "ideellt arbete, lokaler och utrustning. Pengar och andra bidrag från Leksands "
                    "kommun räknas inte.",
                ],
                [
                    "Ideellt arbete",
                    "Obetalt arbete som utförs av organisationens medlemmar eller volontärer. Det "
                    "värderas till 205 kronor per timme.",
                ],
                [
                    "Medlemsverksamhet",
                    "Verksamhet som bara är öppen för organisationens medlemmar, eller där man "
                    "måste bli medlem för att få vara med.",
                ],
            ],
        ),
        ("h2", "3 Villkor för partnerskap"),
        (
            "p",
            "För att kommunen ska kunna ingå ett partnerskap ska samtliga villkor nedan vara "
            "uppfyllda, så som begreppen definieras i avsnitt 2.",
        ),
        (
            "lines",
            [
                "3.1 Organisationen är en idéburen organisation och är registrerad i Leksands "
                "kommuns föreningsregister.",
                "3.2 Organisationen har minst tre verksamhetsår bakom sig när idéskissen kommer "
                "in.",
                "3.3 Idén kommer från organisationen. Kommunen beställer inte verksamhet genom IOP "
                "och detaljstyr inte hur den genomförs.",
                "3.4 Verksamheten vänder sig till äldre, unga eller nyanlända och ligger inom "
                "något "
                "av de prioriterade områdena i avsnitt 4.",
                "3.5 Verksamheten når deltagare i minst två kommundelar.",
                "3.6 Verksamheten är öppen för alla i målgruppen och är inte medlemsverksamhet.",
                "3.7 Deltagaravgiften är högst 30 kronor per tillfälle.",
                "3.8 Den egna insatsen motsvarar minst 20 procent av verksamhetens totala kostnad.",
                "3.9 Partnerskapet gäller i minst två och högst fyra år.",
            ],
        ),
        ("h2", "4 Prioriterade områden 2026–2029"),
        (
            "p",
            "Kommunen prioriterar partnerskap inom tre områden under perioden 2026–2029. "
            "Kommunfullmäktige har beslutat att kommunen under perioden bara ingår nya partnerskap "
            "inom dessa områden. Idéskisser inom andra områden prövas inte, men kan lämnas på nytt "
            "när områdena ses över 2029.",
        ),
        (
            "ul",
            [
                "Gemenskap och meningsfull fritid för äldre, särskilt för äldre som bor ensamma.",
                "Psykisk hälsa och framtidstro bland unga.",
                "Språk, föreningsliv och väg till arbete för nyanlända.",
            ],
        ),
        ("h2", "5 Det här kan IOP inte användas till"),
        ("p", "IOP kan inte användas för följande, även om villkoren i avsnitt 3 är uppfyllda:"),
        (
            "ul",
            [
                "Verksamhet som kommunen är skyldig att erbjuda enligt lag, eller insatser som ges "
                "efter ett biståndsbeslut, till exempel hemtjänst, ledsagning och dagverksamhet.",
                "Drift, underhåll, upprustning eller ombyggnad av organisationens egna lokaler, "
                "byggnader eller anläggningar, till exempel bygdegårdar, klubbstugor och fäbodar.",
                "Religiös verksamhet, som gudstjänster, andakter, bibelstudier och "
                "konfirmandundervisning, och partipolitisk verksamhet. Ett trossamfund kan vara "
                "part i ett partnerskap om verksamheten i sig inte är religiös.",
                "Tjänster som företag säljer i kommunen, till exempel fotvård, hårvård, städning, "
                "snöskottning, trädgårdsarbete och transporter.",
                "Verksamhet som redan får föreningsbidrag, aktivitetsstöd eller annat bidrag från "
                "kommunen. Samma verksamhet kan inte finansieras två gånger.",
                "Ersättning per deltagare, besök eller timme. Organisationen fakturerar inte "
                "kommunen.",
                "Enstaka evenemang, resor, läger och projekt som pågår kortare tid än två år.",
            ],
        ),
        ("h2", "6 Så går det till"),
        (
            "ol",
            [
                "Läs riktlinjerna och gå igenom Checklista inför idéskiss.",
                "Skicka idéskissen via e-tjänsten IOP på leksand.se eller till iop@leksand.se. "
                "Idéskisser tas emot två gånger per år: senast den 15 februari och senast den 15 "
                "september.",
                "Inom sex veckor efter sista dagen får ni besked om idén går vidare till dialog.",
                "Under dialogen tar ni och den berörda förvaltningen fram ett förslag till "
                "överenskommelse med mål, budget och uppföljning.",
                "Den nämnd som ansvarar för området beslutar om partnerskap upp till 300 000 "
                "kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
                "Ett partnerskap som har prövats efter intaget i februari kan starta tidigast den "
                "1 "
                "september samma år. Ett partnerskap som har prövats efter intaget i september kan "
                "starta tidigast den 1 mars året därpå.",
            ],
        ),
        ("h2", "7 Ekonomi, uppföljning och uppsägning"),
        (
            "p",
            "Kommunens del betalas ut två gånger per år, i januari och i juli. Organisationen "
            "lämnar en skriftlig redovisning av verksamhet och ekonomi senast den 31 mars året "
            "efter varje år som partnerskapet har pågått. Parterna träffas minst två gånger per "
            "år för att prata om hur partnerskapet går. Pengar som inte har använts betalas "
            "tillbaka till kommunen.",
        ),
        (
            "p",
            "Båda parter kan säga upp överenskommelsen med fyra månaders uppsägningstid. Om "
            "organisationen inte följer överenskommelsen kan kommunen säga upp den med omedelbar "
            "verkan.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Frågor om IOP besvaras av kommunstyrelseförvaltningen. Skriv till iop@leksand.se "
            "eller "
            "ring Kontaktcenter på 0247-804 00, vardagar kl. 8.00–16.30, så kopplar de dig vidare "
            "till den som kan svara.",
        ),
    ],
)


# Leksand: a Word checklist to go through before sending an idéskiss. Ten Ja/Nej questions in a
# table that repeat chapter 3–5 of the riktlinjer and point back to the terms of avsnitt 2 (the
# last question must be answered nej), a list of bilagor, an empty table for the egen insats
# (ideellt arbete × 205 kronor), where to send it, a bekräftelse inom en vecka and open
# IOP-träffar the first Tuesday in February and September.
LEKSAND_CHECKLISTA = Doc(
    path="corpus/leksand/leksand-checklista-ideskiss-iop.docx",
    title="Checklista inför idéskiss – idéburet offentligt partnerskap (IOP)",
    header_left="Leksands kommun · Kommunstyrelseförvaltningen · Checklista IOP, version 2026-01",
    footer_lines=[
        "Leksands kommun · 793 80 Leksand · Kontaktcenter 0247-804 00 · iop@leksand.se",
    ],
    author="Kommunstyrelseförvaltningen, Leksands kommun",
    blocks=[
        ("h1", "Checklista inför idéskiss – IOP i Leksands kommun"),
        (
            "p",
            "Gå igenom checklistan innan ni skickar in en idéskiss om ett idéburet offentligt "
            "partnerskap. Om ni svarar nej på någon av frågorna 1–9, eller ja på fråga 10, "
            "uppfyller idén troligen inte Riktlinjer för idéburet offentligt partnerskap i "
            "Leksands kommun. Orden verksamhetsår, äldre, unga, nyanländ, kommundel och "
            "deltagaravgift betyder det som står i avsnitt 2 i riktlinjerna.",
        ),
        ("h2", "Frågor"),
        (
            "table",
            (8, 62, 15, 15),
            [
                ["Nr", "Fråga", "Ja", "Nej"],
                [
                    "1",
                    "Är ni en ideell förening, en stiftelse eller ett registrerat trossamfund?",
                    "☐",
                    "☐",
                ],
                ["2", "Finns ni i Leksands kommuns föreningsregister?", "☐", "☐"],
                [
                    "3",
                    "Har ni minst tre avslutade verksamhetsår, med årsmöte och antagen "
                    "verksamhetsberättelse för vart och ett?",
                    "☐",
                    "☐",
                ],
                ["4", "Är idén er egen, och inte något som kommunen har bett er göra?", "☐", "☐"],
                [
                    "5",
                    "Vänder sig verksamheten till äldre (fyllda 67), unga (13–25 år) eller "
                    "nyanlända, inom något av de tre prioriterade områdena 2026–2029?",
                    "☐",
                    "☐",
                ],
                ["6", "Når verksamheten deltagare i minst två kommundelar?", "☐", "☐"],
                ["7", "Kan alla i målgruppen vara med utan att bli medlemmar?", "☐", "☐"],
                [
                    "8",
                    "Är deltagaravgiften högst 30 kronor per tillfälle, med fika, mat och "
                    "material inräknat?",
                    "☐",
                    "☐",
                ],
                [
                    "9",
                    "Är er egen insats minst 20 procent av verksamhetens totala kostnad?",
                    "☐",
                    "☐",
                ],
                [
                    "10",
                    "Får samma verksamhet redan föreningsbidrag, aktivitetsstöd eller annat bidrag "
                    "från kommunen? (Här ska svaret vara nej.)",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Bilagor som ska skickas med"),
        (
            "ul",
            [
                "Stadgar",
                "Protokoll från de tre senaste årsmötena",
                "Verksamhetsberättelser för de tre senaste verksamhetsåren",
                "Budget för det första året, där den egna insatsen är specificerad",
            ],
        ),
        ("h2", "Er egen insats"),
        (
            "table",
            (50, 25, 25),
            [
                ["Post", "Underlag", "Värde i kronor"],
                ["Ideellt arbete", "____ timmar × 205 kronor", ""],
                ["Egna pengar", "", ""],
                ["Lokaler", "", ""],
                ["Utrustning", "", ""],
                ["Summa egen insats", "", ""],
                ["Verksamhetens totala kostnad", "", ""],
                ["Egen insats i procent (minst 20)", "", ""],
            ],
        ),
        ("h2", "Skicka in"),
        (
            "p",
            "Skicka idéskissen tillsammans med checklistan och bilagorna till iop@leksand.se eller "
            "via e-tjänsten IOP på leksand.se, senast den 15 februari eller senast den 15 "
            "september. Ni får en bekräftelse på att vi har tagit emot idéskissen inom en vecka.",
        ),
        (
            "p",
            "Vill ni prata igenom idén innan ni skickar den? Kommunen håller öppna IOP-träffar i "
            "Leksands kommunhus den första tisdagen i februari och den första tisdagen i "
            "september, "
            "kl. 17.00–19.00. Ingen anmälan behövs.",
        ),
        (
            "small",
            "Checklistan ersätter inte riktlinjerna. Vid skillnad gäller Riktlinjer för idéburet "
            "offentligt partnerskap i Leksands kommun (KF 2025-11-24, § 118).",
        ),
    ],
)


# Finspång: a protokollsutdrag from kommunfullmäktige with two §§. § 146 adopts the municipality's
# first IOP guidelines (att-satser: from 2026-01-01, three nämnder up to 400 000 kronor per år and
# kommunstyrelsen above, 900 000 kronor a year for new partnerships 2026–2028, an evaluation by
# 2028-12-31); the guidelines only summarised in the ärendebeskrivning (minst två år, högst 25
# kronor per tillfälle, minst 15 procent, ett till fyra år, no payment per deltagare or timme, no
# activity that already has föreningsbidrag; idéskisser all year, besked inom fyra veckor,
# quarterly payment, a report by 15 mars); the remissversion's three years and 25 procent lowered
# after the remiss; a yrkande for 10 procent that lost a votering 34–6 and a reservation. § 147
# is an anmälan of three partnerships entered in 2025, as a table.
FINSPANG_KF = Doc(
    path="corpus/finspang/finspang-kf-protokollsutdrag-2025-10-29.pdf",
    title="Protokollsutdrag kommunfullmäktige 2025-10-29 §§ 146–147 – Finspångs kommun",
    header_left="Finspångs kommun",
    header_right=["PROTOKOLLSUTDRAG", "Kommunfullmäktige 2025-10-29"],
    footer_lines=[
        "Finspångs kommun · 612 80 Finspång · Växel 0122-853 00 · kommun@finspang.se · "
        "www.finspang.se",
        "Justerandes signatur: ______   ______        Utdragsbestyrkande: ______",
    ],
    author="Kommunledningsförvaltningen, Finspångs kommun",
    blocks=[
        ("h1", "Kommunfullmäktige – protokollsutdrag"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-10-29"),
                ("Plats", "Sessionssalen, Finspångs kommunhus"),
                ("Paragrafer", "§§ 146–147"),
                ("Justerat", "2025-11-05"),
                ("Anslaget", "2025-11-06 – 2025-11-28"),
            ],
        ),
        ("h2", "§ 146 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS.2025.0411"),
        ("h3", "Beslut"),
        (
            "lines",
            [
                "Kommunfullmäktige beslutar",
                "1. att anta Riktlinjer för idéburet offentligt partnerskap i Finspångs kommun "
                "enligt bilaga 1, att gälla från och med den 1 januari 2026,",
                "2. att vård- och omsorgsnämnden, socialnämnden och kultur- och fritidsnämnden "
                "inom sina ansvarsområden får besluta om partnerskap upp till 400 000 kronor per "
                "år och partnerskap, och att kommunstyrelsen beslutar om större partnerskap,",
                "3. att avsätta 900 000 kronor per år under 2026–2028 för nya partnerskap inom "
                "kommunstyrelsens budget, samt",
                "4. att uppdra åt kommunstyrelsen att utvärdera riktlinjerna senast den 31 "
                "december 2028.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Finspångs kommun har sedan 2021 ingått partnerskap med idéburna organisationer utan "
            "särskilda riktlinjer, efter beslut i varje enskilt fall. Kommunstyrelsen gav i mars "
            "2025 kommunledningsförvaltningen i uppdrag att ta fram riktlinjer. Ett förslag har "
            "varit på remiss till föreningar och nämnder under maj och juni 2025, och 14 "
            "remissvar har kommit in.",
        ),
        (
            "p",
            "Enligt riktlinjerna ska följande gälla för att kommunen ska kunna ingå ett "
            "partnerskap:",
        ),
        (
            "ul",
            [
                "organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund, har funnits i minst två år och har ett organisationsnummer,",
                "idén kommer från organisationen,",
                "verksamheten är öppen för alla i målgruppen, även för den som inte är medlem,",
                "deltagarna betalar högst 25 kronor per tillfälle,",
                "organisationens egen insats är minst 15 procent av kostnaden, där ideellt arbete "
                "får räknas in,",
                "partnerskapet gäller i minst ett och högst fyra år,",
                "kommunen ersätter inte organisationen per deltagare eller per timme, och "
                "organisationen skickar inga fakturor till kommunen,",
                "partnerskapet avser inte verksamhet som redan får föreningsbidrag från kommunen.",
            ],
        ),
        (
            "p",
            "Remissversionen innehöll krav på att organisationen skulle ha funnits i minst tre år "
            "och stå för minst 25 procent av kostnaden. Efter remissen har kraven sänkts till två "
            "år och 15 procent, eftersom flera mindre föreningar i sina remissvar skrev att de "
            "annars inte skulle kunna delta.",
        ),
        (
            "p",
            "Idéskisser tas emot hela året och skickas till iop@finspang.se. "
            "Kommunledningsförvaltningen lämnar besked inom fyra veckor om idén går vidare till "
            "dialog. Kommunens del betalas ut kvartalsvis, och organisationen redovisar "
            "verksamhet och ekonomi senast den 15 mars året efter.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsens protokoll 2025-10-07, § 201",
                "Tjänsteskrivelse 2025-09-12",
                "Sammanställning av remissvar",
                "Bilaga 1: Riktlinjer för idéburet offentligt partnerskap i Finspångs kommun",
            ],
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Linnéa Forsberg (C) yrkar bifall till kommunstyrelsens förslag. Tomas Ek (V) yrkar "
            "att den egna insatsen ska vara minst 10 procent av kostnaden.",
        ),
        ("h3", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer proposition på kommunstyrelsens förslag mot Tomas Eks yrkande och "
            "finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs. "
            "Kommunfullmäktige bifaller kommunstyrelsens förslag med 34 röster mot 6. En ledamot "
            "avstår från att rösta.",
        ),
        ("h3", "Reservation"),
        ("p", "Tomas Ek (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("h3", "Beslutet skickas till"),
        (
            "lines",
            [
                "Samtliga nämnder",
                "Kommunledningsförvaltningen, Petra Ljung, utvecklingsledare civilsamhälle",
            ],
        ),
        ("h2", "§ 147 Anmälan av idéburna offentliga partnerskap som ingåtts under 2025"),
        ("small", "Dnr KS.2025.0498"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Kommunfullmäktige informeras en gång per år om de partnerskap som nämnderna har "
            "ingått. "
            "Under 2025 har tre partnerskap ingåtts.",
        ),
        (
            "table",
            (24, 28, 20, 16, 12),
            [
                ["Förening", "Verksamhet", "Beslutat av", "Period", "Belopp per år"],
                [
                    "Rejmyre Bygdegårdsförening",
                    "Träffpunkt Glasbruket för äldre i Rejmyre",
                    "Vård- och omsorgsnämnden 2025-02-19, § 18",
                    "2025-04-01 – 2028-03-31",
                    "235 000 kronor",
                ],
                [
                    "Föreningen Läxhjälp Finspång",
                    "Läxhjälp för elever i årskurs 6–9 på Finspångs bibliotek",
                    "Kultur- och fritidsnämnden 2025-05-14, § 41",
                    "2025-08-15 – 2027-06-30",
                    "160 000 kronor",
                ],
                [
                    "Igelfors Byalag",
                    "Måndagsträffar för äldre i Igelfors och Hävla",
                    "Vård- och omsorgsnämnden 2025-06-11, § 52",
                    "2025-09-01 – 2027-08-31",
                    "95 000 kronor",
                ],
            ],
        ),
        ("h3", "Beslut"),
        ("p", "Kommunfullmäktige lägger informationen till handlingarna."),
        (
            "lines",
            [
                "Vid protokollet",
                "Karin Sjöholm, nämndsekreterare",
                "",
                "Justeras",
                "Gunnar Widén, ordförande        Linnéa Forsberg, justerare",
            ],
        ),
    ],
)


DOCS = [
    LEKSAND_RIKTLINJER,
    LEKSAND_CHECKLISTA,
    FINSPANG_KF,
]
