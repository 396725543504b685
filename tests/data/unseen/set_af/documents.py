"""Text of the set_af (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Varberg: a Word document adopted by kommunstyrelsen whose criteria stand in a three-column
# table "Kriterium | Räcker | Räcker inte", the last column negating the second (ideell förening,
# stiftelse or trossamfund, no ekonomisk förening or section without org.nr; minst tre år from the
# first protocol, no credit for experience or for being split off from another förening; minst
# 25 medlemmar, minst hälften folkbokförda i Varbergs kommun; Tvååker, Veddige, Bua, Kungsäter;
# open to non-members; högst 50 kronor per tillfälle, fika at cost not counted, no terminsavgift
# above that; minst 20 procent with 200 kronor per timme, NOT paid with föreningsbidrag; no
# politics or förkunnelse; no utdelning; no enstaka evenemang, lagstadgat or already procured).
# Process: e-tjänst or iop@varberg.se, 1 mars / 1 oktober, a week's receipt, a nämnd up to
# 400 000 kronor per år, två till fyra år, payment in January and July, 31 mars. Only the
# Kontaktcenter in the footer. Sidecar.
VARBERG_KRITERIER = Doc(
    path="corpus/varberg/varberg-kriterier-iop.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Varbergs kommun",
    header_left="Varbergs kommun · Kommunstyrelsen",
    footer_lines=[
        "Varbergs kommun · 432 80 Varberg · Kontaktcenter 0340-69 70 00 · kontaktcenter@varberg.se"
    ],
    author="Kommunledningsförvaltningen, Varbergs kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Varbergs kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-11-25 § 214"),
                ("Diarienummer", "KS 2025/0716"),
                ("Gäller från", "2026-01-01"),
                ("Ersätter", "Riktlinjer för IOP, KS 2019/0402"),
            ],
        ),
        ("h2", "Så här läser ni tabellen"),
        (
            "p",
            "Kriterierna används när Varbergs kommun prövar en idéskiss om idéburet offentligt "
            "partnerskap. Alla tio kriterier ska vara uppfyllda. Kolumnen Räcker beskriver vad "
            "som krävs. Kolumnen Räcker inte beskriver fall som vi ofta möter och som inte "
            "uppfyller kriteriet, även om de vid en snabb läsning kan se ut att göra det.",
        ),
        (
            "table",
            (22, 39, 39),
            [
                ["Kriterium", "Räcker", "Räcker inte"],
                [
                    "1. Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund med eget "
                    "organisationsnummer.",
                    "Ekonomisk förening, aktiebolag eller enskild firma, även om verksamheten "
                    "drivs ideellt. En sektion eller arbetsgrupp utan eget organisationsnummer.",
                ],
                [
                    "2. Hur länge organisationen har funnits",
                    "Minst tre år, räknat från bildandedagen i det första protokollet.",
                    "Kortare tid än tre år, även om styrelseledamöterna har lång erfarenhet från "
                    "andra föreningar eller om föreningen har brutits ut ur en äldre förening.",
                ],
                [
                    "3. Medlemmar",
                    "Minst 25 medlemmar, och minst hälften av dem folkbokförda i Varbergs kommun.",
                    "Färre än 25 medlemmar, eller fler än hälften folkbokförda i andra kommuner.",
                ],
                [
                    "4. Plats",
                    "Verksamheten bedrivs i Varbergs kommun, i staden eller på landsbygden, till "
                    "exempel i Tvååker, Veddige, Bua eller Kungsäter.",
                    "Verksamhet som till största delen bedrivs i en annan kommun, även om "
                    "deltagarna bor i Varberg.",
                ],
                [
                    "5. Deltagare",
                    "Alla i målgruppen får delta, också de som inte är medlemmar i föreningen.",
                    "Verksamhet som bara är öppen för föreningens medlemmar, eller där deltagarna "
                    "måste bli medlemmar för att få vara med.",
                ],
                [
                    "6. Avgift",
                    "Deltagarna betalar högst 50 kronor per tillfälle. Fika till "
                    "självkostnadspris räknas inte in.",
                    "En högre avgift, eller en terminsavgift som delad på antalet träffar blir "
                    "mer än 50 kronor per tillfälle.",
                ],
                [
                    "7. Egen insats",
                    "Organisationen står för minst 20 procent av kostnaden, i pengar, lokaler "
                    "eller ideellt arbete. En ideell timme räknas som 200 kronor.",
                    "Mindre än 20 procent, eller en egen insats som i sin tur betalas med "
                    "föreningsbidrag eller annat bidrag från kommunen.",
                ],
                [
                    "8. Politik och religion",
                    "Verksamheten är partipolitiskt och religiöst obunden. Ett trossamfund kan "
                    "vara part.",
                    "Verksamhet med partipolitiska budskap, religiös förkunnelse eller värvning "
                    "till organisationen.",
                ],
                [
                    "9. Överskott",
                    "Allt överskott går tillbaka till verksamheten.",
                    "Överskott som delas ut till medlemmar, styrelse eller ägare.",
                ],
                [
                    "10. Verksamhetens art",
                    "Verksamhet som pågår regelbundet under hela partnerskapet och som "
                    "organisationen själv har tagit initiativ till.",
                    "Enstaka evenemang eller resor, verksamhet som kommunen ska utföra enligt "
                    "lag, eller en tjänst som kommunen redan har bestämt att köpa.",
                ],
            ],
        ),
        ("h2", "Så prövas en idéskiss"),
        (
            "ol",
            [
                "Organisationen skickar en idéskiss via kommunens e-tjänst eller till "
                "iop@varberg.se. Idéskisser som kommer in senast 1 mars prövas under våren och "
                "idéskisser som kommer in senast 1 oktober prövas under hösten.",
                "Kommunen bekräftar inom en vecka att idéskissen har kommit in och bjuder in "
                "till ett första samtal.",
                "Idéskissen prövas mot kriterierna i tabellen. Om alla kriterier är uppfyllda "
                "tar kommunen och organisationen fram ett förslag till överenskommelse "
                "tillsammans.",
                "Den nämnd som verksamheten hör till beslutar om kommunens del är högst "
                "400 000 kronor per år. Är den större beslutar kommunstyrelsen.",
                "Överenskommelsen gäller i två till fyra år. Kommunen betalar ut sin del i "
                "förskott två gånger per år, i januari och i juli.",
                "Organisationen lämnar en skriftlig redovisning av verksamhet och ekonomi "
                "senast 31 mars varje år.",
            ],
        ),
        (
            "small",
            "IOP är inte föreningsbidrag och inte upphandling. Om stödformerna och vem ni "
            "kontaktar: se sidan Stöd till föreningar på varberg.se.",
        ),
    ],
)


# Sjöbo: an extract of vård- och omsorgsnämnden's minutes, §§ 18–19 on 2026-02-25. § 18 enters a
# partnership with Lövestads Bygdegårdsförening on Lövestadsträffen (70 år, 560 timmar at 180
# kronor, 38 procent, 165 000 kronor per år, 2026-04-01 – 2028-03-31, kvartalsvis i förskott,
# Dnr VON 2025/0412). § 19 turns down Föreningen Vollsjö Seniorresor (dagsresor = enstaka
# arrangemang, Dnr VON 2025/0467). Named politicians and a secretary but no direct numbers:
# only the växel and a förvaltning mailbox in the footer. Sidecar.
SJOBO_PROTOKOLL = Doc(
    path="corpus/sjobo/sjobo-von-protokollsutdrag-2026-02-25.pdf",
    title="Vård- och omsorgsnämnden – protokollsutdrag 2026-02-25 §§ 18–19",
    header_left="SJÖBO KOMMUN",
    header_right=["Vård- och omsorgsnämnden", "Sammanträdesprotokoll 2026-02-25"],
    footer_lines=[
        "Sjöbo kommun · Vård- och omsorgsförvaltningen · 275 80 Sjöbo · "
        "Växel 0416-272 00 · vardochomsorg@sjobo.se"
    ],
    author="Vård- och omsorgsförvaltningen, Sjöbo kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Vård- och omsorgsnämnden"),
                ("Sammanträdesdatum", "2026-02-25"),
                ("Plats och tid", "Kommunhuset, sammanträdesrum Romeleåsen, kl. 13.30–16.10"),
                ("Paragrafer", "§§ 18–19"),
            ],
        ),
        ("h2", "§ 18  Idéburet offentligt partnerskap med Lövestads Bygdegårdsförening om "
               "Lövestadsträffen"),
        ("small", "Dnr VON 2025/0412"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Lövestads Bygdegårdsförening lämnade den 9 oktober 2025 in en idéskiss om en "
            "mötesplats för personer som har fyllt 70 år i Lövestad och byarna runt omkring. "
            "Verksamheten, Lövestadsträffen, ska hållas i Lövestads bygdegård två eftermiddagar i "
            "veckan med samtalsgrupper, stolgympa och en gemensam måltid en gång i veckan. "
            "Föreningen har funnits sedan 1948 och har 212 medlemmar.",
        ),
        (
            "p",
            "Föreningen står för lokal, material och ideellt arbete motsvarande 560 timmar per år. "
            "Med 180 kronor per timme för det ideella arbetet beräknas föreningens egen insats "
            "till 38 procent av den totala kostnaden. Kommunens del föreslås bli 165 000 kronor "
            "per år.",
        ),
        (
            "p",
            "Förvaltningen bedömer att idéskissen uppfyller kommunens förutsättningar för "
            "idéburet offentligt partnerskap och att verksamheten kompletterar kommunens egen "
            "träffpunkt i Sjöbo tätort, som många äldre i Lövestad har svårt att ta sig till.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-28, handläggare Jonas Mårtensson Ek",
                "Idéskiss från Lövestads Bygdegårdsförening 2025-10-09",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("h3", "Beslut"),
        ("p", "Vård- och omsorgsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Lövestads Bygdegårdsförening "
                "(org.nr 845001-2279) om Lövestadsträffen,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-03-31,",
                "att kommunens del är 165 000 kronor per år och betalas ut kvartalsvis i "
                "förskott, samt",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("small", "Beslutet skickas till: Lövestads Bygdegårdsförening, ekonomienheten"),
        ("h2", "§ 19  Idéskiss från Föreningen Vollsjö Seniorresor"),
        ("small", "Dnr VON 2025/0467"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Vollsjö Seniorresor har lämnat in en idéskiss om fyra dagsresor per år för "
            "äldre i Vollsjö, bland annat till Ystad och Kivik, och söker 60 000 kronor per år från "
            "kommunen.",
        ),
        (
            "p",
            "Förvaltningen bedömer att resorna är enstaka arrangemang och att de därför inte kan "
            "bli ett idéburet offentligt partnerskap. Föreningen har fått information om att den "
            "kan söka föreningsbidrag hos kultur- och fritidsnämnden.",
        ),
        ("h3", "Beslut"),
        (
            "p",
            "Vård- och omsorgsnämnden beslutar att inte ingå ett idéburet offentligt partnerskap "
            "med Föreningen Vollsjö Seniorresor.",
        ),
        ("small", "Beslutet skickas till: Föreningen Vollsjö Seniorresor"),
        ("h2", "Justering"),
        (
            "kv",
            [
                ("Ordförande", "Anna-Karin Persson Holm"),
                ("Justerare", "Bengt Olofsson Rydh"),
                ("Sekreterare", "Malin Ståhl Nilsson"),
                ("Justerat", "2026-03-03"),
            ],
        ),
        (
            "small",
            "Utdraget bestyrks: Malin Ståhl Nilsson, nämndsekreterare. Protokollet har anslagits "
            "på kommunens digitala anslagstavla 2026-03-04.",
        ),
    ],
)


# Valdemarsvik: a letterhead PDF with the guidelines adopted by kommunfullmäktige, all in running
# prose. "ska" (minst två år; exception: a merger counts from the oldest förening; partipolitiskt
# obunden; no utdelning; in the kommun, open to all; högst 300 kronor per kalenderår; minst 15
# procent with 210 kronor per timme; exception: minst 5 procent when everyone is 80 or older) vs
# "bör" (samarbete with other föreningar; reaching Gryt, Ringarum, Hannäs, Tryserum; a plan for
# afterwards — no requirement). Process: any time, fyra veckor, arbetsutskottet up to 200 000
# kronor, 30 september, ett till tre år, kvartalsvis, 31 mars, tre månader. No person at all:
# the functional mailbox and the växel stand only in the footer. Sidecar.
VALDEMARSVIK_RIKTLINJER = Doc(
    path="corpus/valdemarsvik/valdemarsvik-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP)",
    header_left="Valdemarsviks kommun",
    header_right=["Kommunledningsförvaltningen", "Dnr KS 2024/0231"],
    footer_lines=[
        "Valdemarsviks kommun · 615 80 Valdemarsvik · Växel 0123-194 00 · iop@valdemarsvik.se"
    ],
    letterhead=True,
    author="Kommunledningsförvaltningen, Valdemarsviks kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagna av kommunfullmäktige 2025-06-16 § 58. Gäller från 2025-07-01 och tills "
            "vidare. Ska ses över senast 2028.",
        ),
        ("h2", "Varför IOP i Valdemarsvik"),
        (
            "p",
            "Valdemarsviks kommun har en stor andel äldre invånare, och många bor i skärgården "
            "och på landsbygden. Föreningarna når människor som kommunen själv har svårt att nå. "
            "Ett idéburet offentligt partnerskap gör det möjligt att bygga upp en verksamhet "
            "tillsammans när en förening har en idé som kommunen också vill stödja. Riktlinjerna "
            "har tagits fram efter en remissomgång hösten 2024, där föreningar, kommunala "
            "pensionärsrådet och rådet för funktionshinderfrågor lämnade synpunkter. Alla "
            "synpunkter har inte kunnat tillgodoses.",
        ),
        ("h2", "Vem kan ingå ett partnerskap"),
        (
            "p",
            "Kommunen kan ingå partnerskap med ideella föreningar och stiftelser. Organisationen "
            "ska ha bedrivit verksamhet i minst två år när idéskissen lämnas in. Har föreningen "
            "bildats genom att två eller flera föreningar har gått samman räknas tiden i stället "
            "från den äldsta av de föreningar som gick samman. Organisationen ska vara "
            "partipolitiskt obunden, och den får inte dela ut överskott till medlemmar eller "
            "styrelse.",
        ),
        (
            "p",
            "Organisationen bör samarbeta med andra föreningar i kommunen. Det är inget krav, men "
            "kommunen väger in samarbete när flera idéer ska prioriteras mot varandra.",
        ),
        ("h2", "Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Valdemarsviks kommun och vara öppen för alla i "
            "målgruppen, oavsett om de är medlemmar i föreningen eller inte. Den bör också nå dem "
            "som bor i skärgården och i Gryt, Ringarum, Hannäs och Tryserum, men en verksamhet som "
            "bara hålls i Valdemarsviks tätort kan också bli ett partnerskap. Deltagarna får "
            "betala högst 300 kronor per kalenderår för att vara med. Den som inte har råd att "
            "betala ska ändå kunna delta.",
        ),
        (
            "p",
            "Partnerskap ingås inte för enstaka evenemang och inte för sådant som kommunen ska "
            "utföra enligt lag, till exempel hemtjänst eller färdtjänst. Ett partnerskap får inte "
            "heller ersätta insatser som kommunen redan har upphandlat.",
        ),
        ("h2", "Organisationens egen insats"),
        (
            "p",
            "Organisationen ska själv stå för minst 15 procent av verksamhetens kostnad. Insatsen "
            "kan bestå av pengar, lokaler, material eller ideellt arbete, och en ideell timme "
            "räknas som 210 kronor. Ett undantag gäller verksamhet som enbart riktar sig till "
            "personer som har fyllt 80 år. Då räcker det att organisationen står för minst 5 "
            "procent.",
        ),
        (
            "p",
            "Organisationen bör ha en plan för hur verksamheten kan leva vidare när partnerskapet "
            "upphör. Planen är inget villkor för att ingå partnerskap.",
        ),
        ("h2", "Från idé till överenskommelse"),
        (
            "p",
            "En idéskiss kan lämnas in när som helst under året till kommunens funktionsbrevlåda "
            "för IOP. Kommunen svarar inom fyra veckor och bjuder in till dialog. Idéer som har "
            "kommit in senast 30 september kan få medel från och med nästa kalenderår. Idéer som "
            "kommer in senare prövas i mån av medel.",
        ),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens del är högst "
            "200 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen. "
            "Överenskommelsen gäller i minst ett och högst tre år. Kommunen betalar ut sin del "
            "kvartalsvis.",
        ),
        (
            "p",
            "Organisationen lämnar en skriftlig redovisning av verksamhet och ekonomi senast "
            "31 mars varje år. Båda parter kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Frågor om riktlinjerna och idéskisser skickas till kommunens funktionsbrevlåda för "
            "IOP, som finns längst ned på varje sida.",
        ),
    ],
)


# Mönsterås: an application form (Word) whose criteria are checkboxes the förening must tick
# ("Föreningen intygar att": ideell förening or stiftelse; minst 18 månader; minst 15
# medlemmar; Mönsterås, Timmernabben, Blomstermåla, Ålem, Fliseryd; open to non-members; högst
# 40 kronor per tillfälle; minst 25 procent with 200 kronor per timme; no politics or
# religion; no vinst; no skulder), deadlines 15 april (start 1 september) and 15 oktober (start 1
# mars året därpå), arbetsutskottet up to 300 000 kronor, åtta veckor, högst tre år, and a named
# föreningsutvecklare. Sidecar.
MONSTERAS_BLANKETT = Doc(
    path="corpus/monsteras/monsteras-ansokan-iop.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Mönsterås kommun",
    header_left="Mönsterås kommun · Kommunledningskontoret · Blankett KLK 14",
    footer_lines=[
        "Mönsterås kommun · 383 81 Mönsterås · Växel 0499-178 00 · kommun@monsteras.se",
        "Version 2026-01",
    ],
    author="Kommunledningskontoret, Mönsterås kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd blanketten när er förening vill föreslå ett partnerskap med Mönsterås kommun. "
            "Läs avsnitt 3 innan ni fyller i resten: alla rutor i avsnitt 3 måste kunna kryssas i "
            "för att ansökan ska kunna prövas.",
        ),
        (
            "box",
            "Sista ansökningsdag: 15 april för verksamhet som startar tidigast 1 september, och "
            "15 oktober för verksamhet som startar tidigast 1 mars året därpå.",
        ),
        ("h2", "1. Föreningen"),
        (
            "kv",
            [
                ("Föreningens namn", "……………………………………"),
                ("Organisationsnummer", "……………………………………"),
                ("Bildad (år och månad)", "……………………………………"),
                ("Antal medlemmar", "……………………………………"),
                ("Kontaktperson, telefon, e-post", "……………………………………"),
            ],
        ),
        ("h2", "2. Verksamheten"),
        (
            "lines",
            [
                "Beskriv idén, vilket behov den möter och hur ofta verksamheten ska hållas "
                "(högst en A4-sida):",
                "……………………………………………………………………………………",
                "Var ska verksamheten hållas? ……………………………………",
            ],
        ),
        ("bold", "Målgrupp (kryssa i en eller flera):"),
        (
            "lines",
            [
                "☐ Äldre, 65 år eller äldre",
                "☐ Barn och unga upp till 20 år",
                "☐ Personer med funktionsnedsättning",
                "☐ Nyanlända",
                "☐ Annan målgrupp: ……………………",
            ],
        ),
        ("h2", "3. Föreningen intygar att"),
        (
            "lines",
            [
                "☐ föreningen är en ideell förening eller en stiftelse, inte ett bolag eller en "
                "ekonomisk förening",
                "☐ föreningen har funnits i minst 18 månader när ansökan lämnas in",
                "☐ föreningen har minst 15 medlemmar",
                "☐ verksamheten hålls i Mönsterås kommun, till exempel i Mönsterås, "
                "Timmernabben, Blomstermåla, Ålem eller Fliseryd",
                "☐ verksamheten är öppen även för den som inte är medlem i föreningen",
                "☐ deltagarna betalar högst 40 kronor per tillfälle",
                "☐ föreningen står för minst 25 procent av kostnaden (en ideell timme räknas som "
                "200 kronor)",
                "☐ verksamheten innehåller inte partipolitisk eller religiös verksamhet",
                "☐ föreningen delar inte ut vinst till medlemmar eller styrelse",
                "☐ föreningen har inga obetalda skulder till kommunen eller Skatteverket",
            ],
        ),
        (
            "small",
            "Kan någon ruta inte kryssas i? Kontakta oss innan ni skickar in ansökan, så berättar "
            "vi om andra stödformer, till exempel föreningsbidrag.",
        ),
        ("h2", "4. Ekonomi"),
        (
            "table",
            (70, 30),
            [
                ["Post", "Belopp per år (kronor)"],
                ["Kommunens del", "…………"],
                ["Föreningens egen insats i pengar", "…………"],
                ["Föreningens ideella arbete (antal timmar × 200 kronor)", "…………"],
                ["Summa", "…………"],
            ],
        ),
        ("h2", "5. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från senaste årsmötet",
                "☐ Senaste verksamhetsberättelse och årsbokslut",
                "☐ Budget för verksamheten",
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ……………………………………",
                "Firmatecknare: ……………………………………",
                "Namnförtydligande: ……………………………………",
            ],
        ),
        ("h2", "Så skickar ni ansökan"),
        (
            "p",
            "Mejla den ifyllda blanketten med bilagor till iop@monsteras.se eller skicka den till "
            "Mönsterås kommun, Kommunledningskontoret, 383 81 Mönsterås. Kommunstyrelsens "
            "arbetsutskott beslutar om partnerskap där kommunens del är högst 300 000 kronor per "
            "år. Ni får besked inom åtta veckor efter sista ansökningsdag. Ett partnerskap gäller "
            "i högst tre år.",
        ),
        (
            "p",
            "Frågor om blanketten: Camilla Nordqvist Hägg, föreningsutvecklare, telefon "
            "0499-170 63, camilla.nordqvist.hagg@monsteras.se.",
        ),
        (
            "small",
            "Personuppgifterna i ansökan behandlas enligt dataskyddsförordningen. Läs mer på "
            "monsteras.se/dataskydd.",
        ),
    ],
)


DOCS = [
    VARBERG_KRITERIER,
    SJOBO_PROTOKOLL,
    VALDEMARSVIK_RIKTLINJER,
    MONSTERAS_BLANKETT,
]
