"""Text of the set_ap (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

The other documents of the set are ordinary files in ``corpus/`` and are edited directly:

- ``vellinge/vellinge-iop-kriterier.html`` – criteria table with the columns "Det här räcker"
  and "Det här räcker inte", a glossary (Begrepp) defining the target groups, two contacts
  (sidecar)
- ``vellinge/vellinge-nyhet-utlysning-mat-och-gemenskap.html`` – news item on a call for
  proposals (mat och gemenskap för äldre) with its own special conditions and an information
  meeting (sidecar)
- ``vellinge/vellinge-iop-in-english.md`` – English summary of the criteria
- ``orkelljunga/orkelljunga-iop-fragor-och-svar.html`` – FAQ built from buttons and hidden
  panels; its only contacts are a functional mailbox and the växel
- ``mellerud/mellerud-bidrag-iop-eller-upphandling.html`` – page mixing föreningsbidrag, IOP and
  LOU with a comparison table, the IOP rules in prose (krav and önskemål) and a table of the
  current partnerships (sidecar)
- ``ydre/ydre-facebook-iop-bybussen.txt`` – Facebook post on a new partnership, with comments
  whose replies settle details (no adopted rules yet)

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Örkelljunga: guidelines on letterhead in running prose. "2 Begrepp" defines föreningsregistret,
# betalande medlem, ungdomar (13 till och med 20 år) and äldre; "3 Krav" uses ska/måste/krävs
# (two years in the kommun's föreningsregister, 15 betalande medlemmar, högst 300 kronor per
# termin, ungdomsverksamhet avgiftsfri, minst 15 procent with 210 kronor per timme); "4 Önskemål"
# uses bör/önskvärt (25 procent, both tätort and a village, studieförbund) and says they are no
# requirements; "5 Undantag" has two exceptions (sammanslagning; stiftelser and trossamfund need
# no members). 15 mars / 15 oktober, sex veckor, 200 000 kronor, ett till tre år. The only
# contacts are iop@orkelljunga.se and the växel, in the footer and the last line. Sidecar.
ORKELLJUNGA_RIKTLINJER = Doc(
    path="corpus/orkelljunga/orkelljunga-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Örkelljunga kommun",
    header_left="Örkelljunga kommun",
    header_right=["Kommunledningsförvaltningen", "Dnr KS 2024/117"],
    footer_lines=[
        "Örkelljunga kommun · Kommunledningsförvaltningen · 286 80 Örkelljunga",
        "Växel 0435-539 00 · iop@orkelljunga.se · www.orkelljunga.se",
    ],
    author="Kommunledningsförvaltningen, Örkelljunga kommun",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagna av kommunfullmäktige 2024-06-17 § 54. Gäller från 2024-07-01 och tills "
            "vidare. Dokumentansvarig: kommunledningsförvaltningen.",
        ),
        ("h2", "1 Syfte och omfattning"),
        (
            "p",
            "Örkelljunga kommun vill ta till vara de idéer och det engagemang som finns i "
            "föreningslivet i Örkelljunga, Skånes Fagerhult, Eket och Åsljunga. Ett idéburet "
            "offentligt partnerskap är en skriftlig överenskommelse mellan kommunen och en "
            "idéburen organisation om en verksamhet som organisationen har tagit initiativ till "
            "och som båda parter bidrar till. Riktlinjerna gäller för kommunstyrelsen och "
            "kommunens samtliga nämnder. De gäller inte föreningsbidrag, som regleras i "
            "kommunens bidragsbestämmelser, och inte upphandling enligt lagen om offentlig "
            "upphandling.",
        ),
        ("h2", "2 Begrepp"),
        ("p", "I riktlinjerna har följande ord den betydelse som anges här."),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "En ideell förening, en stiftelse eller ett registrerat trossamfund som "
                    "drivs utan vinstsyfte.",
                ),
                (
                    "Föreningsregistret",
                    "Kommunens register över föreningar, som förs av fritidsenheten. En förening "
                    "räknas som registrerad från det datum då fritidsenheten godkände "
                    "registreringen.",
                ),
                (
                    "Betalande medlem",
                    "En person som har betalat medlemsavgift för innevarande eller föregående "
                    "kalenderår enligt föreningens medlemsförteckning.",
                ),
                ("Ungdomar", "Personer från 13 till och med 20 år."),
                ("Äldre", "Personer som har fyllt 65 år."),
                (
                    "Egen insats",
                    "Det som organisationen själv bidrar med: pengar, ideellt arbete, lokaler "
                    "eller material.",
                ),
            ],
        ),
        ("h2", "3 Krav"),
        (
            "p",
            "Alla krav i detta avsnitt ska vara uppfyllda för att kommunen ska kunna ingå ett "
            "partnerskap. Avsteg från kraven får bara göras i de fall som anges i avsnitt 5.",
        ),
        (
            "p",
            "Partnerskap kan bara ingås med en idéburen organisation. Organisationen ska ha "
            "organisationsnummer, antagna stadgar och en styrelse som har valts på ett årsmöte. "
            "Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte vara part.",
        ),
        (
            "p",
            "Föreningen ska ha varit registrerad i kommunens föreningsregister i minst två år "
            "den dag idéskissen kommer in till kommunen. Den tid som föreningen har funnits "
            "innan den registrerades räknas inte. Föreningen måste dessutom ha minst 15 "
            "betalande medlemmar.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas i Örkelljunga kommun och vara öppen för alla i "
            "målgruppen, oavsett om de är medlemmar i föreningen eller inte. Föreningen får ta "
            "ut avgifter av deltagarna med högst 300 kronor per deltagare och termin. "
            "Verksamhet för ungdomar ska dock vara avgiftsfri för deltagarna.",
        ),
        (
            "p",
            "Det krävs en egen insats från föreningen på minst 15 procent av verksamhetens "
            "totala kostnad. Ideellt arbete räknas som 210 kronor per timme.",
        ),
        (
            "p",
            "Partnerskapet får inte avse verksamhet som kommunen är skyldig att erbjuda enligt "
            "lag, ett enstaka evenemang eller verksamhet som föreningen redan får "
            "föreningsbidrag för. Kommunens bidrag beräknas inte per deltagare eller per besök, "
            "och ett eventuellt överskott ska gå tillbaka till verksamheten.",
        ),
        ("h2", "4 Önskemål"),
        (
            "p",
            "Utöver kraven har kommunen några önskemål. Önskemålen vägs in när kommunen "
            "jämför idéer med varandra, men de är inga krav. En idé som inte uppfyller "
            "önskemålen kan alltså ändå bli ett partnerskap.",
        ),
        (
            "ul",
            [
                "Föreningens egen insats bör vara minst 25 procent av verksamhetens totala "
                "kostnad.",
                "Verksamheten bör nå invånare både i Örkelljunga tätort och i minst en av "
                "orterna Skånes Fagerhult, Eket och Åsljunga.",
                "Det är önskvärt att föreningen samarbetar med ett studieförbund eller med en "
                "annan förening.",
                "Det är önskvärt att verksamheten kan leva vidare när partnerskapet har "
                "upphört.",
            ],
        ),
        ("h2", "5 Undantag"),
        ("h3", "5.1 Sammanslagna föreningar"),
        (
            "p",
            "En förening som har bildats genom sammanslagning av två eller flera föreningar "
            "uppfyller kravet på två års registrering i föreningsregistret om minst en av de "
            "sammanslagna föreningarna hade varit registrerad där i minst två år när "
            "sammanslagningen skedde.",
        ),
        ("h3", "5.2 Stiftelser och trossamfund"),
        (
            "p",
            "Kravet på minst 15 betalande medlemmar gäller inte stiftelser och registrerade "
            "trossamfund.",
        ),
        ("h2", "6 Idéskiss, dialog och beslut"),
        (
            "p",
            "Föreningen beskriver sin idé i en idéskiss som skickas till iop@orkelljunga.se. "
            "Idéskisser tas emot två gånger per år, senast den 15 mars och senast den 15 "
            "oktober. Inom sex veckor efter sista dagen får föreningen besked om kommunen vill "
            "gå vidare till dialog. I dialogen tar parterna gemensamt fram mål, budget och hur "
            "partnerskapet ska följas upp.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 200 000 kronor per år. Kommunstyrelsen beslutar om större partnerskap och om "
            "partnerskap som berör flera nämnder.",
        ),
        ("h2", "7 Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "Överenskommelsen gäller i ett till tre år och förlängs inte automatiskt. Kommunen "
            "betalar ut sin del i förskott en gång per kvartal. Föreningen lämnar "
            "verksamhetsberättelse och ekonomisk redovisning senast den 30 april året efter "
            "varje verksamhetsår. Vardera part kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "8 Frågor"),
        (
            "p",
            "Frågor om riktlinjerna skickas till iop@orkelljunga.se. Det går också bra att "
            "ringa kommunens växel.",
        ),
    ],
)


# Tibro: an extract of socialnämnden's minutes with two decisions. § 97 (Dnr SN 2026/041) yes to
# Ransbergs Byalag, Träffpunkt Ransberg, 2027-01-01–2029-12-31, 165 000 kronor per år kvartalsvis,
# 19 procent own contribution; § 98 (Dnr SN 2026/058) no to Föreningen Fagersanna Grannstöd
# because its organisationsnummer (2026-04-02) was younger than tolv månader when the idea came in
# (2026-08-31); a new application is welcome tidigast 2027-04-02; a reservation. A named
# enhetschef without a number; only the växel and a mailbox in the footer. Sidecar.
TIBRO_PROTOKOLL = Doc(
    path="corpus/tibro/tibro-socialnamnden-protokollsutdrag-2026-10-20.pdf",
    title="Socialnämnden Tibro – protokollsutdrag 2026-10-20 §§ 97–98, idéburet offentligt "
    "partnerskap",
    header_left="Tibro kommun",
    header_right=["Socialnämnden", "Sammanträdesprotokoll", "2026-10-20"],
    footer_lines=[
        "Tibro kommun · Socialförvaltningen · 543 80 Tibro · Växel 0504-189 00 · "
        "socialforvaltningen@tibro.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Tibro kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur sammanträdesprotokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-10-20"),
                ("Plats och tid", "Kommunhuset i Tibro, sammanträdesrum Hökensås, kl. 13.00–15.40"),
                ("Ordförande", "Marie-Louise Frisk (S)"),
                ("Sekreterare", "Jesper Alm"),
                ("Justerare", "Göran Tillberg (M)"),
                ("Justeringsdatum", "2026-10-23"),
            ],
        ),
        ("h2", "§ 97 Idéburet offentligt partnerskap med Ransbergs Byalag – Träffpunkt Ransberg"),
        ("small", "Dnr SN 2026/041"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Ransbergs Byalag, "
                "org.nr 802437-1186, om verksamheten Träffpunkt Ransberg, enligt förslag till "
                "överenskommelse,",
                "att partnerskapet gäller från och med 2027-01-01 till och med 2029-12-31,",
                "att kommunens del är 165 000 kronor per år och betalas ut kvartalsvis i "
                "förskott, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Ransbergs Byalag bildades 1996 och har 48 medlemmar. Byalaget lämnade in en ansökan "
            "om idéburet offentligt partnerskap 2026-03-16. Efter dialogmöten under våren och "
            "sommaren har byalaget och socialförvaltningen tagit fram ett gemensamt förslag till "
            "överenskommelse.",
        ),
        (
            "p",
            "Träffpunkt Ransberg ska hålla öppet i bygdegården i Ransberg tisdagar och "
            "torsdagar kl. 10–14 för personer som har fyllt 65 år. Där serveras kaffe och "
            "lunch, och byalaget ordnar sittgympa, högläsning och hjälp med digitala tjänster. "
            "Kaffe kostar 20 kronor, i övrigt är verksamheten avgiftsfri. Man behöver inte vara "
            "medlem i byalaget för att delta.",
        ),
        (
            "p",
            "Verksamhetens budget är 204 000 kronor per år. Byalagets egen insats är ideellt "
            "arbete och lokal till ett värde av 39 000 kronor per år, vilket motsvarar 19 "
            "procent. Förvaltningen bedömer att ansökan uppfyller kommunens riktlinjer för "
            "idéburet offentligt partnerskap.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet är Lina Ståhl, enhetschef för förebyggande arbete "
            "på socialförvaltningen.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-09-29",
                "Ansökan från Ransbergs Byalag 2026-03-16",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Expedieras till: Ransbergs Byalag, socialchefen, ekonomienheten"),
        (
            "h2",
            "§ 98 Ansökan om idéburet offentligt partnerskap från Föreningen Fagersanna "
            "Grannstöd",
        ),
        ("small", "Dnr SN 2026/058"),
        ("bold", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Föreningen Fagersanna Grannstöd.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen Fagersanna Grannstöd vill ordna följeslagare till äldre i Fagersanna som "
            "behöver sällskap till affären, vårdcentralen och kyrkan. Ansökan kom in "
            "2026-08-31.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap ska organisationen "
            "ha haft organisationsnummer i minst tolv månader den dag ansökan kommer in. "
            "Föreningen fick organisationsnummer 2026-04-02. Kravet är därför inte uppfyllt, och "
            "ansökan kan inte beviljas.",
        ),
        (
            "p",
            "Nämnden ser positivt på idén. Föreningen är välkommen att lämna in en ny ansökan "
            "när kravet är uppfyllt, vilket är tidigast 2027-04-02. Förvaltningen informerar "
            "föreningen om möjligheten att i stället söka startbidrag hos kultur- och "
            "fritidsnämnden.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Leif Ahlgren (V) yrkar att ansökan ska återremitteras för att pröva om ett "
            "undantag kan göras. Ordföranden ställer förvaltningens förslag mot Leif Ahlgrens "
            "yrkande och finner att nämnden beslutar enligt förvaltningens förslag.",
        ),
        ("bold", "Reservation"),
        ("p", "Leif Ahlgren (V) reserverar sig mot beslutet."),
        ("small", "Expedieras till: Föreningen Fagersanna Grannstöd"),
        ("small", "Rätt utdraget intygar: Jesper Alm, nämndsekreterare"),
    ],
)


# Tibro: an application form (Word) whose rules stand only in its checklist of nine questions with
# ☐ Ja / ☐ Nej boxes (tolv månader with organisationsnummer, 10 medlemmar, the orter, högst 50
# kronor per tillfälle counting fika and material, minst 10 procent with 220 kronor per timme, no
# föreningsbidrag for the same, one to three years); fill-in tables, how to send it (any time,
# iop@tibro.se, fyra veckor) and a named folkhälsostrateg. No sidecar.
TIBRO_ANSOKAN = Doc(
    path="corpus/tibro/tibro-ansokan-iop.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Tibro kommun",
    header_left="Tibro kommun · Socialförvaltningen",
    footer_lines=[
        "Blankett SF 14, version 2026-02 · Tibro kommun, 543 80 Tibro · Växel 0504-189 00"
    ],
    author="Socialförvaltningen, Tibro kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Börja med checklistan i del 2. Om ni svarar Nej på någon av frågorna 1–9 kan idén "
            "inte bli ett partnerskap med Tibro kommun. Hör gärna av er innan ni fyller i "
            "resten av blanketten om ni är osäkra.",
        ),
        ("h2", "Del 1. Organisationen"),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Svar"],
                ["Organisationens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum då organisationen fick organisationsnummer", ""],
                ["Antal medlemmar", ""],
                ["Kontaktperson, telefon och e-post", ""],
                ["Bankgiro eller plusgiro", ""],
            ],
        ),
        ("h2", "Del 2. Checklista"),
        ("p", "Kryssa i Ja eller Nej för varje fråga."),
        (
            "table",
            (10, 130, 15, 15),
            [
                ["Nr", "Fråga", "Ja", "Nej"],
                [
                    "1",
                    "Är organisationen en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund? Bolag kan inte vara part.",
                    "☐",
                    "☐",
                ],
                [
                    "2",
                    "Har organisationen haft organisationsnummer i minst tolv månader den dag "
                    "ansökan kommer in?",
                    "☐",
                    "☐",
                ],
                [
                    "3",
                    "Har organisationen minst 10 medlemmar? Stiftelser kryssar Ja.",
                    "☐",
                    "☐",
                ],
                [
                    "4",
                    "Bedrivs verksamheten i Tibro kommun, till exempel i Tibro tätort, "
                    "Fagersanna eller Ransberg?",
                    "☐",
                    "☐",
                ],
                [
                    "5",
                    "Kan alla i målgruppen delta, även den som inte är medlem i organisationen?",
                    "☐",
                    "☐",
                ],
                [
                    "6",
                    "Är avgiften för deltagarna högst 50 kronor per tillfälle? Räkna med allt som "
                    "deltagaren betalar vid tillfället, även fika och material. Ingen avgift "
                    "räknas som Ja.",
                    "☐",
                    "☐",
                ],
                [
                    "7",
                    "Står organisationen för minst 10 procent av kostnaden? Ideellt arbete räknas "
                    "som 220 kronor per timme.",
                    "☐",
                    "☐",
                ],
                [
                    "8",
                    "Är verksamheten något annat än det som organisationen redan får "
                    "föreningsbidrag för?",
                    "☐",
                    "☐",
                ],
                [
                    "9",
                    "Ska partnerskapet pågå i minst ett år och högst tre år?",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del 3. Idén"),
        (
            "p",
            "Beskriv vad ni vill göra, för vilka, var och hur ofta. Berätta vilket behov ni har "
            "sett och hur ni ska nå dem som inte redan är med i organisationen. Högst en sida.",
        ),
        ("p", "…………………………………………………………………………………………"),
        ("h2", "Del 4. Budget per år"),
        (
            "table",
            (120, 50),
            [
                ["Post", "Kronor"],
                ["Ideellt arbete (antal timmar × 220 kronor)", ""],
                ["Lokaler, material och egna pengar", ""],
                ["Avgifter från deltagare", ""],
                ["Sökt belopp från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "Del 5. Underskrift"),
        (
            "p",
            "Jag intygar att uppgifterna stämmer och att jag har rätt att företräda "
            "organisationen.",
        ),
        ("lines", ["Ort och datum: ____________________", "Namnteckning och namnförtydligande: ____________________"]),
        ("h2", "Så skickar ni in ansökan"),
        (
            "p",
            "Ansökan kan lämnas in när som helst under året. Skicka den till iop@tibro.se eller "
            "till Tibro kommun, Socialförvaltningen, 543 80 Tibro. Inom fyra veckor får ni "
            "besked om vi vill gå vidare till dialog. Socialnämnden eller kultur- och "
            "fritidsnämnden beslutar om partnerskapet, beroende på vilket område verksamheten "
            "hör till.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Annika Holmér Svantesson, folkhälsostrateg, telefon 0504-182 47, e-post "
            "iop@tibro.se.",
        ),
        (
            "p",
            "Frågor om föreningsbidrag besvaras av fritidskontoret, telefon 0504-183 60.",
        ),
    ],
)


# Stenungsund: the guidelines in force (Word, adopted 2020) as "Principer" and numbered
# "Villkor": minst två årsmöten, högst 25 kronor per tillfälle, minst 20 procent with 190 kronor per
# timme, the orter, 31 augusti, a nämnd up to 250 000 kronor, högst fyra år, payments halvårsvis,
# 31 mars; only the växel as contact. Sidecar.
STENUNGSUND_RIKTLINJER = Doc(
    path="corpus/stenungsund/stenungsund-riktlinjer-iop-2020.docx",
    title="Riktlinjer för idéburet offentligt partnerskap i Stenungsunds kommun",
    header_left="Stenungsunds kommun",
    footer_lines=["Antagna av kommunfullmäktige 2020-03-16 § 31 · Dnr KS 2019/644"],
    author="Kommunstyrelsen, Stenungsunds kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Stenungsunds kommun"),
        (
            "small",
            "Antagna av kommunfullmäktige 2020-03-16 § 31. Riktlinjerna gäller tills vidare.",
        ),
        ("h2", "Principer"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) bygger på att en idéburen organisation "
            "har en idé som också bidrar till kommunens mål. Organisationen tar initiativet, och "
            "båda parter bidrar med resurser. Partnerskapet är varken ett föreningsbidrag eller "
            "ett köp av en tjänst. Parterna är självständiga och möts som jämbördiga.",
        ),
        ("h2", "Villkor för organisationen"),
        (
            "ol",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund med organisationsnummer.",
                "Organisationen har hållit minst två årsmöten.",
                "Organisationen har ordnad ekonomi och lämnar verksamhetsberättelse och "
                "ekonomisk redovisning varje år.",
            ],
        ),
        ("h2", "Villkor för verksamheten"),
        (
            "ol",
            [
                "Verksamheten bedrivs i Stenungsunds kommun, till exempel i Stenungsund, "
                "Jörlanda, Svenshögen, Ödsmål, Ucklum eller Stora Höga.",
                "Verksamheten är öppen för alla i målgruppen, oavsett medlemskap.",
                "Deltagarna betalar högst 25 kronor per tillfälle.",
                "Organisationen står för minst 20 procent av kostnaden i pengar, ideellt "
                "arbete, lokaler eller material. Ideellt arbete värderas till 190 kronor per "
                "timme.",
                "Verksamheten ingår inte i kommunens lagstadgade uppdrag, är inte ett enstaka "
                "arrangemang och finansieras inte redan med föreningsbidrag.",
            ],
        ),
        ("h2", "Idéskiss"),
        (
            "p",
            "Organisationen lämnar en idéskiss till kommunstyrelsen senast den 31 augusti för "
            "verksamhet som ska starta året därpå. Idéskissen skickas till "
            "kommunstyrelsen@stenungsund.se.",
        ),
        ("h2", "Beslut och avtalstid"),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 250 000 "
            "kronor per år. Kommunstyrelsen beslutar om större partnerskap. En överenskommelse "
            "gäller i högst fyra år. Kommunens del betalas ut halvårsvis.",
        ),
        ("h2", "Uppföljning"),
        (
            "p",
            "Organisationen redovisar verksamhet och ekonomi senast den 31 mars året efter "
            "varje verksamhetsår. Vardera part kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "Kontakt"),
        ("p", "Frågor om riktlinjerna besvaras via kommunens växel, 0303-73 40 00."),
    ],
)


# Stenungsund: a remissversion (draft, not in force) of new guidelines, with a box saying so and
# that the 2020 guidelines apply until kommunfullmäktige decides; a table "Gäller i dag" against
# "Förslaget" (ett årsmöte, 10 procent, 230 kronor per timme, 50 kronor per tillfälle, löpande,
# 400 000 kronor, fem år); synpunkter by 29 januari 2027 (Dnr KS 2026/402); a decision expected in
# april 2027 and start 1 juli 2027; a named utvecklingsledare. Sidecar.
STENUNGSUND_REMISS = Doc(
    path="corpus/stenungsund/stenungsund-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till reviderade riktlinjer för idéburet offentligt partnerskap – "
    "remissversion",
    header_left="Stenungsunds kommun",
    header_right=["REMISSVERSION", "2026-11-09", "Dnr KS 2026/402"],
    footer_lines=[
        "Förslag – ej antaget · Stenungsunds kommun · Kommunstyrelsens förvaltning · "
        "444 82 Stenungsund · Växel 0303-73 40 00"
    ],
    author="Kommunstyrelsens förvaltning, Stenungsunds kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION – förslaget är inte antaget och gäller inte. Till dess att "
            "kommunfullmäktige har beslutat gäller Riktlinjer för idéburet offentligt "
            "partnerskap i Stenungsunds kommun, antagna 2020-03-16 § 31.",
        ),
        ("h1", "Förslag till reviderade riktlinjer för idéburet offentligt partnerskap"),
        ("h2", "Om remissen"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutade 2026-11-09 att skicka förslaget på remiss "
            "till nämnderna, föreningsrådet och kommunala pensionärsrådet. Alla föreningar i "
            "Stenungsunds kommun är välkomna att lämna synpunkter. Synpunkterna ska ha kommit in "
            "senast den 29 januari 2027 till kommunstyrelsen@stenungsund.se. Ange Dnr KS "
            "2026/402.",
        ),
        (
            "p",
            "Kommunfullmäktige väntas besluta om riktlinjerna i april 2027, och de reviderade "
            "riktlinjerna föreslås gälla från och med den 1 juli 2027.",
        ),
        (
            "p",
            "Frågor om förslaget: Frida Ohlsson Kjellberg, utvecklingsledare för "
            "civilsamhällesfrågor, telefon 0303-73 43 62.",
        ),
        ("h2", "Vad som föreslås ändras"),
        (
            "table",
            (50, 60, 60),
            [
                ["Område", "Gäller i dag (2020)", "Förslaget"],
                ["Organisationens ålder", "Minst två årsmöten", "Minst ett årsmöte"],
                ["Egen insats", "Minst 20 procent", "Minst 10 procent"],
                ["Värdet av en ideell timme", "190 kronor", "230 kronor"],
                ["Avgift för deltagarna", "Högst 25 kronor per tillfälle", "Högst 50 kronor per tillfälle"],
                ["Idéskiss", "Senast 31 augusti", "Löpande under hela året"],
                ["Nämndens beslutsgräns", "250 000 kronor per år", "400 000 kronor per år"],
                ["Längsta avtalstid", "Fyra år", "Fem år"],
            ],
        ),
        ("h2", "Förslag till riktlinjer"),
        ("h3", "1 Vem kan ingå partnerskap"),
        (
            "p",
            "En ideell förening, en stiftelse eller ett registrerat trossamfund med "
            "organisationsnummer som har hållit minst ett årsmöte. Bolag kan inte ingå "
            "partnerskap.",
        ),
        ("h3", "2 Verksamheten"),
        (
            "p",
            "Verksamheten bedrivs i Stenungsunds kommun och är öppen för alla i målgruppen. "
            "Deltagarna betalar högst 50 kronor per tillfälle. Verksamheten ingår inte i "
            "kommunens lagstadgade uppdrag och är inte ett enstaka arrangemang.",
        ),
        ("h3", "3 Egen insats"),
        (
            "p",
            "Organisationen står för minst 10 procent av kostnaden. Ideellt arbete värderas "
            "till 230 kronor per timme.",
        ),
        ("h3", "4 Idéskiss och beslut"),
        (
            "p",
            "Idéskisser tas emot löpande under hela året på iop@stenungsund.se. Besked om "
            "dialog lämnas inom sex veckor. Den nämnd som verksamheten hör till beslutar om "
            "partnerskap upp till 400 000 kronor per år och kommunstyrelsen om större. En "
            "överenskommelse gäller i högst fem år.",
        ),
    ],
)


# Ydre: a consultation response (remissvar) from an association, Ydre Byalagsråd, on the
# kommun's draft guidelines (Dnr KS 2026/77; the draft itself is not in the corpus). It restates
# the draft's numbers (tre år, 25 medlemmar, 20 procent, 200 kronor per timme, 30 kronor per
# tillfälle, 1 november) and proposes others (ett år, 10 medlemmar, 10 procent, 250 kronor,
# löpande); neither are rules in force. Signed by the chair with a phone number. Sidecar.
YDRE_REMISSVAR = Doc(
    path="corpus/ydre/ydre-remissvar-byalagsradet-iop.pdf",
    title="Remissvar från Ydre Byalagsråd – förslag till riktlinjer för idéburet offentligt "
    "partnerskap",
    header_left="Ydre Byalagsråd",
    header_right=["Remissvar", "2026-09-25"],
    footer_lines=["Ydre Byalagsråd · c/o Sjöholm, Asby · kontakt@ydrebyalagsrad.se"],
    author="Ydre Byalagsråd",
    blocks=[
        ("lines", ["Till: Ydre kommun, kommunstyrelsen", "Er beteckning: Dnr KS 2026/77"]),
        (
            "h1",
            "Remissvar: Förslag till riktlinjer för idéburet offentligt partnerskap i Ydre "
            "kommun",
        ),
        (
            "p",
            "Ydre Byalagsråd är ett samarbetsorgan för byalag och bygdeföreningar i Österbymo, "
            "Rydsgård, Asby, Norra Vi, Svinhult, Sund och Torpa. Vi tackar för möjligheten att "
            "lämna synpunkter på kommunstyrelsens förslag till riktlinjer, som skickades på "
            "remiss den 24 augusti 2026. Vi välkomnar att Ydre kommun vill använda idéburet "
            "offentligt partnerskap.",
        ),
        ("h2", "Förslaget i korthet"),
        (
            "p",
            "Enligt förslaget ska en förening ha funnits i minst tre år och ha minst 25 "
            "medlemmar. Föreningen ska stå för minst 20 procent av kostnaden, och ideellt "
            "arbete ska räknas som 200 kronor per timme. Deltagarna ska betala högst 30 kronor "
            "per tillfälle. Idéskisser ska tas emot en gång per år, senast den 1 november.",
        ),
        ("h2", "Våra synpunkter"),
        (
            "ol",
            [
                "Tre år är för lång tid. Flera av våra byalag är nybildade just för att "
                "landsbygden behöver nya mötesplatser. Vi föreslår att det räcker att "
                "föreningen har funnits i ett år.",
                "Kravet på 25 medlemmar utesluter de minsta byarna, där det ibland bor färre "
                "än 40 personer. Vi föreslår minst 10 medlemmar.",
                "Egen insats på 20 procent är för högt för små föreningar. Vi föreslår minst "
                "10 procent, och att en ideell timme räknas som 250 kronor, eftersom det "
                "ligger närmare vad arbetet är värt.",
                "Avgiften på högst 30 kronor per tillfälle är rimlig, men mat bör få säljas "
                "till självkostnadspris utöver den.",
                "Idéskisser bör tas emot löpande. En enda ansökningsdag per år gör att en bra "
                "idé kan få vänta i nästan ett år.",
            ],
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi vill gärna vara med i den fortsatta dialogen om riktlinjerna. Remissvaret "
            "antogs vid byalagsrådets möte i Norra Vi den 22 september 2026.",
        ),
        (
            "lines",
            [
                "För Ydre Byalagsråd",
                "Karl-Erik Sjöholm, ordförande, 070-562 19 84",
                "Inger Tallroth, sekreterare",
            ],
        ),
    ],
)


DOCS = [
    ORKELLJUNGA_RIKTLINJER,
    TIBRO_PROTOKOLL,
    TIBRO_ANSOKAN,
    STENUNGSUND_RIKTLINJER,
    STENUNGSUND_REMISS,
    YDRE_REMISSVAR,
]
