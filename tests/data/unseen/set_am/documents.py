"""Text of the set_am (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

The other documents of the set are ordinary files in ``corpus/``:

- ``norberg/norberg-iop-fragor-och-svar.html``: an FAQ built from buttons and hidden panels
  (general rules: one årsmöte, no fee for children and young people under 20, 300 kronor per
  termin for adults, 10 procent at 200 kronor per timme, a nämnd up to 250 000 kronor per
  år); no named official, only the mailbox and the växel. No sidecar.
- ``alvdalen/alvdalen-stod-till-foreningar-bidrag-iop-upphandling.html``: a page setting
  föreningsbidrag, IOP and upphandling (LOU) side by side in a comparison table, each with
  its own contact; the IOP fee limit is not on it (only in the form). No sidecar.
- ``storuman/storuman-iop-in-english.html``: an English page with the criteria (two years
  from registration, residents not tourists or second-home owners, SEK 50 per occasion,
  20 percent at SEK 200 an hour), the process and a named officer with hours. Sidecar.
- ``storuman/storuman-facebook-inlagg-nytt-partnerskap.txt``: a Facebook post on a new
  partnership in Hemavan and Tärnaby, with comments (a private number, a rumour answered,
  second-home owners turned away). No sidecar.
- ``overtornea/overtornea-iop-regler-och-partnerskap.html``: the rules in force (2021) as a
  numbered list, a notice that a draft is out for consultation, and a table of current and
  ended partnerships. Sidecar.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Hallsberg: a PDF with the criteria as a table K1–K10 whose third column ("Det här räcker
# inte / undantag") negates or qualifies the second: 24 months counted from the registration
# with Skatteverket, not the konstituerande möte; the säte may be elsewhere; target groups 7–20
# år or fyllt 70 (not 21–69); högst 40 kronor per deltagare och tillfälle with fika included and
# a terminsavgift divided by the number of tillfällen; minst 20 procent where the kommun's own
# grants do not count; one to three years. Process in numbered steps (31 mars / 30 september,
# fem veckor, a nämnd up to 300 000 kronor per år), a named föreningsutvecklare with telephone
# hours and a fritidskonsulent for grants. Sidecar.
HALLSBERG_KRITERIER = Doc(
    path="corpus/hallsberg/hallsberg-iop-kriterier.pdf",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Hallsbergs kommun",
    header_left="Hallsbergs kommun",
    header_right=["Kriterier för IOP", "KS 2025/318"],
    footer_lines=[
        "Hallsbergs kommun · Kommunledningskontoret · 694 80 Hallsberg · "
        "Växel 0582-68 70 00 · kommun@hallsberg.se"
    ],
    author="Kommunledningskontoret, Hallsbergs kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Hallsbergs kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-10-07 § 161"),
                ("Diarienummer", "KS 2025/318"),
                ("Gäller från", "2026-01-01"),
                ("Dokumentansvarig", "Kommunledningskontoret"),
            ],
        ),
        ("h2", "Om kriterierna"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) är en skriftlig överenskommelse mellan "
            "Hallsbergs kommun och en idéburen organisation om en verksamhet som organisationen "
            "själv har tagit initiativ till. Båda parter bidrar med resurser. IOP är varken ett "
            "föreningsbidrag som söks varje år eller en upphandling där kommunen köper en tjänst.",
        ),
        (
            "p",
            "Alla kriterier i tabellen ska vara uppfyllda. I den tredje kolumnen står vad som inte "
            "räcker för att uppfylla kriteriet och, i några fall, vilket undantag som finns. En "
            "idéskiss som inte uppfyller ett kriterium går inte vidare till dialog.",
        ),
        (
            "table",
            (11, 52, 62, 38),
            [
                ["Nr", "Kriterium", "Det här räcker inte / undantag", "Underlag"],
                [
                    "K1",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund med eget organisationsnummer.",
                    "Aktiebolag, handelsbolag och ekonomiska föreningar kan inte vara part, inte "
                    "heller när en ideell förening äger bolaget. En förening under bildande räcker "
                    "inte.",
                    "Registreringsbevis",
                ],
                [
                    "K2",
                    "Organisationsnumret har tilldelats minst 24 månader före den dag då "
                    "idéskissen kommer in till kommunen.",
                    "Det är registreringsdatumet hos Skatteverket som räknas, inte datumet för "
                    "det konstituerande mötet. Tid som studiecirkel, nätverk eller arbetsgrupp "
                    "före registreringen räknas inte.",
                    "Registreringsbevis med datum",
                ],
                [
                    "K3",
                    "Verksamheten bedrivs i Hallsbergs kommun, till exempel i Hallsberg, "
                    "Pålsboda, Vretstorp, Östansjö, Hjortkvarn eller Sköllersta.",
                    "Det räcker inte att deltagarna är folkbokförda i kommunen om verksamheten "
                    "äger rum i Örebro, Kumla eller någon annan kommun. Undantag: organisationens "
                    "säte får ligga i en annan kommun.",
                    "Beskrivning av plats och lokal",
                ],
                [
                    "K4",
                    "Verksamheten vänder sig till barn och unga 7–20 år eller till personer som "
                    "har fyllt 70 år.",
                    "Verksamhet för vuxna mellan 21 och 69 år omfattas inte av IOP i Hallsberg, "
                    "även om behovet är stort. Den kan i stället få föreningsbidrag.",
                    "Beskrivning av målgruppen",
                ],
                [
                    "K5",
                    "Alla i målgruppen kan delta, oavsett om de är medlemmar eller inte.",
                    "Det räcker inte att den som inte är medlem får vara med i mån av plats eller "
                    "mot en högre avgift.",
                    "–",
                ],
                [
                    "K6",
                    "Deltagarna betalar högst 40 kronor per deltagare och tillfälle.",
                    "Fika och mat räknas in i beloppet. En terminsavgift eller årsavgift räknas "
                    "om per tillfälle: avgiften delas med antalet tillfällen.",
                    "Budget",
                ],
                [
                    "K7",
                    "Organisationen står för minst 20 procent av verksamhetens totala kostnad. "
                    "Ideellt arbete räknas med 220 kronor per timme.",
                    "Bidrag från Hallsbergs kommun, till exempel föreningsbidrag eller "
                    "lokalbidrag, räknas inte som egen insats.",
                    "Budget",
                ],
                [
                    "K8",
                    "Verksamheten finansieras inte redan av kommunen genom föreningsbidrag eller "
                    "upphandling.",
                    "Det räcker inte att byta namn på en verksamhet som redan får "
                    "föreningsbidrag.",
                    "Intyg i idéskissen",
                ],
                [
                    "K9",
                    "Partnerskapet gäller i minst ett och högst tre år.",
                    "Enstaka evenemang, som en marknad, en resa eller ett jubileum, kan inte bli "
                    "ett partnerskap.",
                    "–",
                ],
                [
                    "K10",
                    "Verksamheten drivs utan vinstsyfte.",
                    "Ett överskott får inte delas ut till medlemmar eller ägare utan ska användas "
                    "i verksamheten.",
                    "Ekonomisk redovisning",
                ],
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Organisationen lämnar en idéskiss på kommunens blankett till iop@hallsberg.se. "
                "Idéskisser prövas två gånger per år: de som har kommit in senast den 31 mars och "
                "de som har kommit in senast den 30 september.",
                "Kommunledningskontoret går igenom idéskisserna mot kriterierna K1–K10 och lämnar "
                "besked inom fem veckor efter sista dagen.",
                "Idéer som uppfyller kriterierna går vidare till dialog med den förvaltning som "
                "verksamheten hör till. I dialogen tar parterna fram mål, budget och uppföljning.",
                "Socialnämnden eller bildningsnämnden beslutar om partnerskap där kommunens del är "
                "högst 300 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
                "Kommunens del betalas ut en gång per kvartal. Organisationen redovisar "
                "verksamheten och ekonomin för föregående år senast den 28 februari.",
            ],
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Frågor om kriterierna och idéskissen: Malin Öberg Sand, föreningsutvecklare, "
            "telefon 0582-687 31, e-post iop@hallsberg.se. Malin har telefontid "
            "måndag–onsdag kl. 9–11.",
        ),
        (
            "p",
            "Frågor om föreningsbidrag och lokalbidrag: Tobias Ahlgren, fritidskonsulent, "
            "telefon 0582-687 46.",
        ),
    ],
)


# Hallsberg: an extract of socialnämnden's minutes 2026-09-22 with two decisions: § 84 yes to
# Pålsboda Byalag (Onsdagsträffen, 145 000 kronor per år, 2026-11-01–2029-10-31, SN 2026/211);
# § 85 no to Föreningen Sköllersta Seniorgympa (registered 2025-02-10, drygt 13 månader when
# the idéskiss came in, K2; studiecirkel since 2019 does not count; may return at the earliest
# in the round closing 31 mars 2027). Contacts only in the footer (växel and a mailbox).
# Sidecar.
HALLSBERG_PROTOKOLL = Doc(
    path="corpus/hallsberg/hallsberg-socialnamnden-protokollsutdrag-2026-09-22.pdf",
    title="Socialnämnden Hallsberg – protokollsutdrag 2026-09-22 §§ 84–85",
    header_left="Hallsbergs kommun",
    header_right=["Socialnämnden", "Protokollsutdrag", "2026-09-22"],
    footer_lines=[
        "Hallsbergs kommun · Socialförvaltningen · 694 80 Hallsberg · Växel 0582-68 70 00 · "
        "socialforvaltningen@hallsberg.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Hallsbergs kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-09-22, kl. 13.30–16.05"),
                ("Plats", "Kommunhuset i Hallsberg, sammanträdesrum Tisaren"),
                ("Paragrafer", "§§ 84–85"),
                ("Ordförande", "Gunilla Rask Persson"),
                ("Justerare", "Anders Wiklöf"),
                ("Sekreterare", "Emma Strand"),
            ],
        ),
        ("h2", "§ 84 Idéburet offentligt partnerskap med Pålsboda Byalag – Onsdagsträffen"),
        ("p", "Dnr SN 2026/211"),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar att"),
        (
            "ol",
            [
                "ingå ett idéburet offentligt partnerskap med Pålsboda Byalag om Onsdagsträffen "
                "i Pålsboda under perioden 2026-11-01–2029-10-31,",
                "kommunens del ska vara 145 000 kronor per år och betalas ut kvartalsvis,",
                "uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Pålsboda Byalag, registrerat hos Skatteverket 1989, lämnade 2026-03-24 en idéskiss "
            "om en träffpunkt varje onsdag för personer som har fyllt 70 år, i Pålsboda "
            "bygdegård, med lunch, samtal och lättare motion. Deltagarna betalar 35 kronor per "
            "tillfälle med lunchen inräknad. Byalaget står för 27 procent av kostnaden i form av "
            "ideellt arbete och lokal. Dialog har förts mellan byalaget och socialförvaltningen "
            "under april–augusti 2026.",
        ),
        (
            "p",
            "Förvaltningen bedömer att kriterierna K1–K10 i kommunens kriterier för IOP (KS "
            "2025/318) är uppfyllda och att verksamheten kan minska ensamheten bland äldre i "
            "Pålsboda och omkringliggande byar.",
        ),
        ("h2", "§ 85 Idéskiss från Föreningen Sköllersta Seniorgympa"),
        ("p", "Dnr SN 2026/198"),
        ("h3", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte gå vidare med idéskissen från Föreningen Sköllersta "
            "Seniorgympa.",
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen lämnade 2026-03-27 en idéskiss om gympa för personer som har fyllt 70 år "
            "i Sköllersta två gånger i veckan. Idén bedöms i sak vara värdefull.",
        ),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Föreningen registrerades hos Skatteverket 2025-02-10 och hade när idéskissen kom in "
            "haft organisationsnummer i drygt 13 månader. Kriteriet K2 om minst 24 månader är "
            "därmed inte uppfyllt. Föreningen har upplyst om att gruppen har träffats som "
            "studiecirkel sedan 2019, men den tiden räknas inte enligt kriterierna.",
        ),
        (
            "p",
            "Föreningen är välkommen att lämna en ny idéskiss när kriteriet är uppfyllt, tidigast "
            "till prövningen av de idéskisser som har kommit in senast den 31 mars 2027.",
        ),
        ("small", "Beslutet kan inte överklagas genom förvaltningsbesvär."),
        ("small", "Utdraget bestyrks: Emma Strand, nämndsekreterare"),
    ],
)


# Norberg: a letterhead letter (socialförvaltningen and kultur- och fritidsförvaltningen,
# 2026-11-16) inviting idéskisser on meeting places for unga 13–19 år: 400 000 kronor per år
# in all, högst 200 000 per partnerskap; registered with Skatteverket senast 31 december 2025
# and one årsmöte; no fee at all; minst 30 veckor per år; minst 10 procent; one idéskiss per
# förening; a tidplan table (19 januari 2027 meeting, 26 februari 2027 deadline, 20 april 2027
# beslut, 1 juni 2027 – 31 maj 2029). No named person: the only contacts are iop@norberg.se and
# the växel in the text and footer. No sidecar.
NORBERG_INBJUDAN = Doc(
    path="corpus/norberg/norberg-inbjudan-ideskisser-iop-2027.pdf",
    title="Inbjudan att lämna idéskiss – mötesplatser för unga 13–19 år i Norbergs kommun",
    header_left="Norbergs kommun",
    header_right=[
        "Socialförvaltningen",
        "Kultur- och fritidsförvaltningen",
        "2026-11-16",
        "Dnr SN 2026/147",
    ],
    footer_lines=["Norbergs kommun · 738 80 Norberg · Växel 0223-491 00 · iop@norberg.se"],
    author="Socialförvaltningen, Norbergs kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        ("p", "Till föreningar i Norbergs kommun"),
        ("h1", "Inbjudan: idéer om mötesplatser för unga i Norberg, Kärrgruvan och Karbenning"),
        (
            "p",
            "Socialnämnden och kultur- och fritidsnämnden vill tillsammans med föreningslivet "
            "skapa fler platser där unga kan träffas på kvällar och helger. Nämnderna har avsatt "
            "sammanlagt 400 000 kronor per år under 2027 och 2028 till nya idéburna offentliga "
            "partnerskap (IOP). Ett enskilt partnerskap kan få högst 200 000 kronor per år.",
        ),
        (
            "p",
            "I ett partnerskap är det föreningen som har idén, och både föreningen och kommunen "
            "bidrar. Därför bjuder vi in er att berätta vad ni vill göra, i stället för att "
            "kommunen beskriver verksamheten i förväg.",
        ),
        ("h2", "Det här gäller i omgången"),
        (
            "ul",
            [
                "Verksamheten ska vända sig till unga som är 13–19 år.",
                "Den ska bedrivas i Norbergs kommun, i Norberg, Kärrgruvan, Karbenning eller "
                "någon annan del av kommunen.",
                "Föreningen ska ha registrerats hos Skatteverket senast den 31 december 2025 och "
                "ha hållit minst ett årsmöte.",
                "Verksamheten ska vara helt avgiftsfri för deltagarna, och medlemskap får inte "
                "krävas.",
                "Verksamheten ska pågå under minst 30 veckor per år.",
                "Föreningen ska stå för minst 10 procent av kostnaden. Ideellt arbete räknas med "
                "200 kronor per timme.",
                "En förening kan lämna högst en idéskiss i omgången.",
            ],
        ),
        (
            "p",
            "Vi ser gärna att flera föreningar går ihop och att unga själva får vara med och "
            "forma verksamheten, men det är inget krav.",
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (105, 60),
            [
                ["Vad", "När"],
                ["Informationsmöte i Norbergs bibliotek", "19 januari 2027 kl. 18.00"],
                ["Sista dag att lämna idéskiss", "26 februari 2027"],
                ["Dialogmöten med föreningar vars idéer går vidare", "Vecka 11–13 2027"],
                ["Beslut i socialnämnden och kultur- och fritidsnämnden", "20 april 2027"],
                ["Partnerskapen startar", "1 juni 2027"],
                ["Partnerskapen upphör", "31 maj 2029"],
            ],
        ),
        ("h2", "Så lämnar ni idéskissen"),
        (
            "p",
            "Skicka idéskissen till iop@norberg.se. Beskriv kort vad ni vill göra, för vilka, var "
            "och när, vad det kostar och vad föreningen själv bidrar med. Idéskissen får vara "
            "högst tre sidor. Den som inte har e-post kan lämna idéskissen i kommunhusets "
            "reception eller skicka den med post till Norbergs kommun, Socialförvaltningen, "
            "738 80 Norberg.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Frågor om inbjudan skickar ni till iop@norberg.se, så svarar vi inom tre "
            "arbetsdagar. Ni kan också ringa kommunens växel, 0223-491 00, och be att bli "
            "kopplade till någon som arbetar med IOP.",
        ),
        ("p", "Välkomna med era idéer!"),
        ("p", "Socialförvaltningen och kultur- och fritidsförvaltningen, Norbergs kommun"),
    ],
)


# Årjäng: a Word guideline in running prose adopted by kommunfullmäktige 2024-03-18: the
# definitions stand in their own section ("Lokalt förankrad": minst hälften av
# organisationens medlemmar folkbokförda i Årjängs kommun; "Äldre": fyllt 65; egen insats at
# 210 kronor per timme, the kommun's own grants not counted); "ska"/"måste"/"krävs" (two
# ordinarie årsmöten, högst 50 kronor per tillfälle, minst 25 procent, one to four years)
# against "bör"/"önskvärt" (samverkan, summer, lätt svenska); two exceptions (up to a quarter
# of the tillfällen in Norway; a merged förening counts its predecessors' årsmöten). Process,
# a named utvecklare. Sidecar.
ARJANG_RIKTLINJER = Doc(
    path="corpus/arjang/arjang-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Årjängs kommun",
    header_left="Årjängs kommun · Kommunledningsförvaltningen",
    footer_lines=["Årjängs kommun, Box 908, 672 29 Årjäng · Växel 0573-145 00 · kommun@arjang.se"],
    author="Kommunledningsförvaltningen, Årjängs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Årjängs kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2024-03-18 § 27"),
                ("Diarienummer", "KS 2023/402"),
                ("Gäller från", "2024-05-01"),
                (
                    "Revidering",
                    "Ett förslag till reviderade riktlinjer (KS 2026/288) har varit ute på remiss "
                    "hösten 2026. Tills kommunfullmäktige har beslutat om nya riktlinjer gäller "
                    "dessa.",
                ),
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Årjängs kommun vill ta vara på föreningslivets engagemang och kunskap. Ett idéburet "
            "offentligt partnerskap (IOP) gör det möjligt för kommunen och en idéburen "
            "organisation att tillsammans genomföra en verksamhet som organisationen har tagit "
            "initiativ till. Riktlinjerna beskriver vad som krävs, vad kommunen önskar och hur "
            "en idé hanteras.",
        ),
        ("h2", "2 Definitioner"),
        ("p", "I riktlinjerna betyder"),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "en ideell förening, en stiftelse eller ett registrerat trossamfund som drivs "
                    "utan vinstsyfte.",
                ),
                (
                    "Lokalt förankrad",
                    "att minst hälften av organisationens medlemmar är folkbokförda i Årjängs "
                    "kommun. För en stiftelse eller ett trossamfund avses i stället att "
                    "organisationen har bedrivit verksamhet i kommunen i minst två år.",
                ),
                ("Äldre", "personer som har fyllt 65 år."),
                (
                    "Tillfälle",
                    "en aktivitet under en och samma dag, oavsett hur många timmar den pågår.",
                ),
                (
                    "Egen insats",
                    "ideellt arbete, lokaler, material och egna pengar. Ideellt arbete värderas "
                    "till 210 kronor per timme. Bidrag från Årjängs kommun räknas inte som egen "
                    "insats.",
                ),
            ],
        ),
        ("h2", "3 Krav på organisationen"),
        (
            "p",
            "Organisationen ska vara en idéburen organisation med eget organisationsnummer och "
            "stadgar. Den måste ha hållit minst två ordinarie årsmöten innan idéskissen lämnas "
            "in, och den ska vara lokalt förankrad enligt avsnitt 2. Det krävs också att "
            "organisationen har en styrelse som kan teckna avtal och att den kan visa "
            "verksamhetsberättelse och bokslut för det senaste året.",
        ),
        (
            "p",
            "Organisationen bör ha erfarenhet av samverkan med andra föreningar eller med "
            "kommunen, men det är inget krav.",
        ),
        ("h2", "4 Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Årjängs kommun, till exempel i Årjäng, Töcksfors, "
            "Västra Fågelvik, Sillerud, Holmedal eller Trankil. Den ska vara öppen för alla i den "
            "målgrupp som anges i överenskommelsen, och deltagande får inte förutsätta "
            "medlemskap. Deltagarna får betala högst 50 kronor per tillfälle, och i beloppet "
            "ingår fika och material.",
        ),
        (
            "p",
            "Organisationen ska stå för en egen insats på minst 25 procent av verksamhetens "
            "kostnad. Ett partnerskap ska gälla i lägst ett och högst fyra år. Enstaka "
            "arrangemang, som en festival eller en marknad, kan inte bli ett partnerskap, och "
            "inte heller verksamhet som kommunen är skyldig att erbjuda enligt lag.",
        ),
        (
            "p",
            "Det är önskvärt att verksamheten pågår även under sommaren, när många andra "
            "aktiviteter har uppehåll, och att den når personer som nyligen har flyttat till "
            "kommunen. Verksamheten bör också kunna erbjudas på lätt svenska.",
        ),
        ("h2", "5 Undantag"),
        ("p", "Kommunen kan göra två undantag från kraven ovan."),
        (
            "ol",
            [
                "Gränsbygden. Eftersom många i kommunens västra delar har sina kontakter i Norge "
                "får en del av verksamheten äga rum på norska sidan av gränsen, till exempel i "
                "Ørje eller Marker, om det gäller högst en fjärdedel av tillfällena per år och "
                "övriga tillfällen äger rum i Årjängs kommun.",
                "Sammanslagna föreningar. En organisation som har bildats genom att två eller "
                "flera föreningar har gått samman får räkna de årsmöten som de tidigare "
                "föreningarna har hållit.",
            ],
        ),
        ("p", "Andra undantag görs inte."),
        ("h2", "6 Från idéskiss till överenskommelse"),
        (
            "p",
            "Idéskisser tas emot löpande hela året och skickas till iop@arjang.se. "
            "Kommunledningsförvaltningen lämnar besked inom fyra veckor om idén går vidare till "
            "dialog. I dialogen tar organisationen och förvaltningen gemensamt fram mål, budget "
            "och hur verksamheten ska följas upp.",
        ),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens del är högst "
            "200 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen. Kommunens "
            "del betalas ut två gånger per år, i mars och i september.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en kort verksamhetsberättelse och en ekonomisk redovisning "
            "senast den 15 april varje år. Parterna träffas för ett uppföljningssamtal minst en "
            "gång per år.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna och om idéskisser: Johanna Lilja Berntsson, utvecklare "
            "civilsamhälle, telefon 0573-141 62, e-post iop@arjang.se.",
        ),
    ],
)


# Årjäng: a consultation response from PRO Årjäng (2026-10-12) on the proposed revision (KS
# 2026/288). It quotes the rules that stay in the proposal (25 procent, two årsmöten, 50
# kronor, 210 kronor per timme) and proposes others (15 procent, one årsmöte, 60 kronor, 250
# kronor per timme, 500 000 kronor a year set aside); it says that kommunfullmäktige decides.
# Signed by the chair with a private phone number. Sidecar.
ARJANG_REMISSVAR = Doc(
    path="corpus/arjang/arjang-remissvar-pro-arjang-2026.pdf",
    title="Remissvar från PRO Årjäng – förslag till reviderade riktlinjer för IOP",
    header_left="PRO Årjäng",
    header_right=["Remissvar", "Dnr KS 2026/288", "2026-10-12"],
    footer_lines=["PRO Årjäng · c/o Sune Halvardsson, Kyrkvägen 4, 672 31 Årjäng"],
    author="PRO Årjäng",
    blocks=[
        ("p", "Till Årjängs kommun, kommunledningsförvaltningen"),
        (
            "h1",
            "Remissvar: Förslag till reviderade riktlinjer för idéburet offentligt partnerskap",
        ),
        (
            "p",
            "PRO Årjäng har fått kommunens förslag till reviderade riktlinjer för idéburet "
            "offentligt partnerskap (IOP) på remiss och tackar för möjligheten att lämna "
            "synpunkter. Föreningen har 212 medlemmar i hela kommunen. Synpunkterna har "
            "diskuterats på ett medlemsmöte den 24 september 2026 och beslutats av styrelsen.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Vi är positiva till att kommunen vill fortsätta arbeta med IOP, men vi tycker att "
            "förslaget ändrar för lite. Kraven är i dag för höga för små föreningar på "
            "landsbygden. Här är våra förslag.",
        ),
        ("h2", "1. Egen insats"),
        (
            "p",
            "Förslaget behåller kravet på att organisationen ska stå för minst 25 procent av "
            "kostnaden. Vi föreslår att kravet sänks till 15 procent. Vi föreslår också att "
            "ideellt arbete värderas till 250 kronor per timme i stället för 210 kronor, så att "
            "värdet följer kostnadsutvecklingen.",
        ),
        ("h2", "2. Årsmöten"),
        (
            "p",
            "Förslaget behåller kravet på två ordinarie årsmöten. Det innebär att en ny förening "
            "får vänta i nästan två år. Vi föreslår att det ska räcka med ett årsmöte.",
        ),
        ("h2", "3. Avgifter"),
        (
            "p",
            "I dag får deltagarna betala högst 50 kronor per tillfälle. Vi föreslår att gränsen "
            "höjs till 60 kronor, så att en enkel lunch kan ingå.",
        ),
        ("h2", "4. Pengar till partnerskap"),
        (
            "p",
            "Vi föreslår att kommunen avsätter 500 000 kronor per år till nya partnerskap, så "
            "att föreningarna vet vad som finns att söka.",
        ),
        ("h2", "5. Det vi stöder"),
        (
            "p",
            "Vi stöder förslaget om att idéskisser ska kunna lämnas i en e-tjänst och förslaget "
            "om ett årligt dialogmöte mellan kommunen och föreningslivet.",
        ),
        (
            "box",
            "Detta är PRO Årjängs synpunkter på ett förslag. Det är kommunfullmäktige som "
            "beslutar om kommunens riktlinjer.",
        ),
        ("p", "För PRO Årjäng"),
        (
            "lines",
            [
                "Sune Halvardsson, ordförande",
                "Telefon 070-284 51 90",
            ],
        ),
    ],
)


# Älvdalen: a Word idéskiss form with ☐ Ja / ☐ Nej control questions where the IOP rules stand
# only as table cells (minst 12 månader from the registration; Älvdalens kommun; open to
# non-members; högst 30 kronor per tillfälle, fika inräknat; minst 15 procent at 210 kronor per
# timme; no föreningsbidrag for the same verksamhet; a wish, not a requirement, about winter in
# the north), fill-in tables, a budget, bilagor, where to send it (högst två sidor, fyra
# veckor) and the IOP-samordnare. Sidecar.
ALVDALEN_IDESKISS = Doc(
    path="corpus/alvdalen/alvdalen-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Älvdalens kommun",
    header_left="Älvdalens kommun · Kommunledningskontoret",
    footer_lines=[
        "Blankett Idéskiss IOP, version 2026-02 · Älvdalens kommun, 796 80 Älvdalen · "
        "Växel 0251-800 00 · iop@alvdalen.se"
    ],
    author="Kommunledningskontoret, Älvdalens kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        ("bold", "Älvdalens kommun"),
        (
            "box",
            "Fyll i blanketten och skicka den till iop@alvdalen.se eller med post till "
            "Älvdalens kommun, Kommunledningskontoret, 796 80 Älvdalen. Idéskissen får vara "
            "högst två sidor utöver bilagorna. Vi tar emot idéskisser löpande och hör av oss "
            "inom fyra veckor.",
        ),
        ("h2", "Del 1. Organisationen"),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Svar"],
                ["Organisationens namn", "[ ]"],
                ["Organisationsnummer", "[ ]"],
                ["Datum för registrering hos Skatteverket", "[ ]"],
                ["Antal medlemmar", "[ ]"],
                ["Kontaktperson (firmatecknare)", "[ ]"],
                ["Telefon och e-post", "[ ]"],
            ],
        ),
        ("h2", "Del 2. Kontrollfrågor"),
        (
            "p",
            "Kryssa i Ja eller Nej. Om ni svarar Nej på någon av frågorna 1–7 kan idén inte bli "
            "ett partnerskap med Älvdalens kommun. Fråga 8 är ett önskemål och inget krav.",
        ),
        (
            "table",
            (10, 126, 17, 17),
            [
                ["Nr", "Fråga", "Ja", "Nej"],
                [
                    "1",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund och har organisationsnummer.",
                    "☐",
                    "☐",
                ],
                [
                    "2",
                    "Organisationen har funnits i minst 12 månader, räknat från registreringen hos "
                    "Skatteverket, när idéskissen lämnas in.",
                    "☐",
                    "☐",
                ],
                [
                    "3",
                    "Verksamheten bedrivs i Älvdalens kommun.",
                    "☐",
                    "☐",
                ],
                [
                    "4",
                    "Alla i målgruppen kan delta, även den som inte är medlem.",
                    "☐",
                    "☐",
                ],
                [
                    "5",
                    "Deltagarna betalar högst 30 kronor per tillfälle, fika inräknat.",
                    "☐",
                    "☐",
                ],
                [
                    "6",
                    "Organisationen står för minst 15 procent av kostnaden. Ideellt arbete räknas "
                    "med 210 kronor per timme.",
                    "☐",
                    "☐",
                ],
                [
                    "7",
                    "Samma verksamhet får inte föreningsbidrag från Älvdalens kommun.",
                    "☐",
                    "☐",
                ],
                [
                    "8",
                    "Verksamheten kan bedrivas även vintertid i kommunens norra delar, till "
                    "exempel i Idre eller Särna.",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del 3. Idén"),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Svar"],
                ["Vad vill ni göra?", "[ ]"],
                ["För vilka? Ange målgruppens ålder.", "[ ]"],
                ["Var, hur ofta och under vilken tid på året?", "[ ]"],
                ["Varför behövs verksamheten?", "[ ]"],
                ["Hur länge vill ni att partnerskapet ska pågå (ett till tre år)?", "[ ]"],
            ],
        ),
        ("h2", "Del 4. Budget"),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (antal timmar × 210 kronor)", "[ ]"],
                ["Lokaler och material som organisationen står för", "[ ]"],
                ["Egna pengar", "[ ]"],
                ["Avgifter från deltagare", "[ ]"],
                ["Belopp som ni önskar från kommunen", "[ ]"],
                ["Total kostnad", "[ ]"],
            ],
        ),
        ("h2", "Del 5. Bilagor"),
        (
            "ul",
            [
                "Registreringsbevis från Skatteverket",
                "Stadgar",
                "Senaste verksamhetsberättelse och årsbokslut",
            ],
        ),
        ("h2", "Del 6. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________",
                "Underskrift av firmatecknare: ______________________",
                "Namnförtydligande: ______________________",
            ],
        ),
        (
            "small",
            "Frågor om blanketten: Sara Mattsson Ers, IOP-samordnare, telefon 0251-801 57, "
            "iop@alvdalen.se.",
        ),
    ],
)


# Övertorneå: a draft out for consultation (2026-11-02, KS 2026/173) beside the rules in force
# (the web page): a notice that it is not adopted and the 2021 rules apply until
# kommunfullmäktige decides; remisstid to 15 januari 2027; a comparison table "Gäller i dag"
# against "Förslag" (ett år, 50 kronor, 15 procent, a quarter of the tillfällen in Finland,
# up to four years, 250 000 kronor); the proposed rules; a named utredare. Sidecar.
OVERTORNEA_REMISSVERSION = Doc(
    path="corpus/overtornea/overtornea-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till riktlinjer för idéburet offentligt partnerskap i Övertorneå kommun – "
    "remissversion",
    header_left="Övertorneå kommun",
    header_right=["Remissversion", "Dnr KS 2026/173"],
    footer_lines=[
        "Övertorneå kommun · Kommunledningskontoret · 957 80 Övertorneå · "
        "Växel 0927-720 00 · kommun@overtornea.se"
    ],
    author="Kommunledningskontoret, Övertorneå kommun",
    blocks=[
        ("h1", "Förslag till riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "REMISSVERSION. Förslaget är inte antaget. Till dess att kommunfullmäktige har "
            "beslutat om nya riktlinjer gäller riktlinjerna från 2021.",
        ),
        (
            "kv",
            [
                ("Dokument", "Remissversion, 2026-11-02"),
                ("Diarienummer", "KS 2026/173"),
                ("Remisstid", "2 november 2026 – 15 januari 2027"),
                ("Synpunkter skickas till", "kommun@overtornea.se, märk med Dnr KS 2026/173"),
                ("Frågor om förslaget", "Henrik Alatalo, utredare, telefon 0927-720 63"),
            ],
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Övertorneå kommun antog riktlinjer för IOP 2021. Sedan dess har kommunen ingått "
            "flera partnerskap, men föreningar har framfört att kraven är svåra att uppfylla för "
            "små och nystartade föreningar och att gränsen mot Finland inte speglar hur många "
            "tornedalingar lever. Kommunstyrelsen gav därför kommunledningskontoret i uppdrag att "
            "ta fram ett förslag till reviderade riktlinjer.",
        ),
        ("h2", "Vad föreslås ändras?"),
        (
            "table",
            (50, 55, 65),
            [
                ["Område", "Gäller i dag (2021)", "Förslag"],
                ["Hur länge organisationen ska ha funnits", "Minst två år", "Minst ett år"],
                ["Avgift för deltagarna", "Högst 30 kronor per tillfälle", "Högst 50 kronor per tillfälle"],
                ["Egen insats", "Minst 20 procent", "Minst 15 procent"],
                [
                    "Verksamhet i Finland",
                    "Omfattas inte",
                    "Högst en fjärdedel av tillfällena får äga rum i Tornedalen på finska sidan",
                ],
                ["Partnerskapets längd", "Ett till tre år", "Ett till fyra år"],
                ["Nämndens beslutsgräns", "150 000 kronor per år", "250 000 kronor per år"],
            ],
        ),
        ("h2", "Förslag till riktlinjer"),
        (
            "ol",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund med organisationsnummer och ska ha bedrivit verksamhet i minst ett "
                "år.",
                "Verksamheten ska bedrivas i Övertorneå kommun. Högst en fjärdedel av "
                "tillfällena får äga rum i Tornedalen på finska sidan av gränsen.",
                "Verksamheten ska vara öppen för alla i målgruppen, även för den som inte är "
                "medlem.",
                "Deltagarna får betala högst 50 kronor per tillfälle.",
                "Organisationen ska stå för minst 15 procent av kostnaden. Ideellt arbete räknas "
                "med 220 kronor per timme.",
                "Verksamhet som redan får föreningsbidrag från kommunen kan inte samtidigt bli "
                "ett partnerskap.",
                "Ett partnerskap gäller i ett till fyra år.",
                "Den nämnd som verksamheten hör till beslutar om kommunens del är högst 250 000 "
                "kronor per år. Över det beslutar kommunstyrelsen.",
            ],
        ),
        ("h2", "Fortsatt arbete"),
        (
            "p",
            "Efter remisstiden sammanställer kommunledningskontoret synpunkterna. Därefter "
            "behandlas förslaget av kommunstyrelsen och kommunfullmäktige. Föreningar som vill "
            "lämna en idéskiss under tiden gör det enligt riktlinjerna från 2021.",
        ),
    ],
)


DOCS = [
    HALLSBERG_KRITERIER,
    HALLSBERG_PROTOKOLL,
    NORBERG_INBJUDAN,
    ARJANG_RIKTLINJER,
    ARJANG_REMISSVAR,
    ALVDALEN_IDESKISS,
    OVERTORNEA_REMISSVERSION,
]
