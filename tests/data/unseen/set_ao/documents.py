"""Text of the set_ao (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The documents of the set that are not rendered from here (edited directly in ``corpus/``):

- ``borlange/borlange-villkor-iop.html``: a criteria page whose table has a third column
  "Det räcker inte / undantag" that qualifies the rule beside it (två ordinarie årsmöten, an
  extra årsmöte does not count; högst 30 kronor per tillfälle with fika included; 70 år; 15
  procent with 210 kronor per timme; fyra utflykter), the process (1 mars / 1 oktober, 350 000
  kronor) and a named samordnare. Sidecar.
- ``borlange/borlange-facebook-traffpunkt-kvarnen.txt``: a Facebook post on a new partnership
  (Kvarnsvedens Byaförening, Träffpunkt Kvarnen, 2027–2029, 185 000 kronor per år) with
  comments and the municipality's replies. No sidecar.
- ``berg/berg-stod-till-foreningar-bidrag-iop-upphandling.html``: a page mixing föreningsbidrag,
  IOP and upphandling (LOU) with a comparison table; the IOP rules (föreningsregistret sedan
  minst ett år, 65 år or 13–20 år, högst 300 kronor per år, 10 procent). Sidecar.
- ``berg/berg-iop-fragor-och-svar.html``: an FAQ built from buttons and hidden panels, with two
  wishes that are "inget krav", the process and a named contact. No sidecar.
- ``pajala/pajala-iop-in-english.html``: an English page with the rules (two years since
  registration, ten members, SEK 50 per occasion, 15 percent), the process and a contact.
  Sidecar.
- ``pajala/pajala-nyhet-seniortorget-korpilombolo.html``: a news item on a new partnership with
  a table of the municipality's partnerships (one ended). No sidecar.
"""

Doc = dict  # the fields of build.py's Doc


# Ekerö: guidelines adopted by kommunstyrelsen, on letterhead, in running prose. Definitions
# stand in their own section (verksamhetsår, lokal förankring = minst hälften av styrelsens
# ordinarie ledamöter folkbokförda i kommunen, 250 kronor per timme) and the requirements refer
# to them; "ska/måste/krävs" (tre verksamhetsår, 20 procent, högst 400 kronor per termin) against
# "bör/önskvärt" (samverkan, Adelsö and Munsö, högst tre sidor) which are said not to be
# requirements; two exceptions (sammanslagning, två utflykter per termin). Process: löpande to
# iop@ekero.se, fyra veckor, 250 000 kronor, ett till fyra år. The only contacts are the
# mailbox and the växel. Sidecar.
EKERO_RIKTLINJER = Doc(
    path="corpus/ekero/ekero-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Ekerö kommun",
    header_left="Ekerö kommun",
    header_right=["Kommunledningskontoret", "Riktlinje", "Dnr KS25/112"],
    footer_lines=[
        "Ekerö kommun · Box 205 · 178 23 Ekerö · Besöksadress Tappströmsvägen 2",
        "Växel 08-124 571 00 · iop@ekero.se · www.ekero.se",
    ],
    author="Kommunledningskontoret, Ekerö kommun",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Antagen av", "Kommunstyrelsen 2025-05-20, § 71"),
                ("Diarienummer", "KS25/112"),
                ("Gäller från", "2025-07-01, tills vidare"),
                ("Ansvarig", "Kommunledningskontoret"),
            ],
        ),
        ("h2", "1. Syfte"),
        (
            "p",
            "Ekerö kommun vill ta tillvara den kraft som finns i föreningslivet på öarna. Ett "
            "idéburet offentligt partnerskap (IOP) är ett sätt för kommunen och en idéburen "
            "organisation att tillsammans genomföra en verksamhet som organisationen har tagit "
            "initiativ till och som bidrar till kommunens mål. Partnerskapet är varken ett "
            "bidrag eller ett köp av en tjänst. Riktlinjerna gäller för kommunstyrelsen och för "
            "samtliga nämnder. De ord som står i kursiv stil i den tryckta versionen förklaras i "
            "avsnitt 2.",
        ),
        ("h2", "2. Definitioner"),
        (
            "p",
            "Idéburen organisation: en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund som inte delar ut vinst till medlemmar eller andra.",
        ),
        (
            "p",
            "Verksamhetsår: ett kalenderår för vilket organisationen har hållit ordinarie "
            "årsmöte och fastställt en ekonomisk redovisning. Det kalenderår då organisationen "
            "bildades räknas inte som verksamhetsår om organisationen bildades efter den 30 juni.",
        ),
        (
            "p",
            "Lokal förankring: att minst hälften av styrelsens ordinarie ledamöter är "
            "folkbokförda i Ekerö kommun. Suppleanter räknas inte.",
        ),
        (
            "p",
            "Egen insats: det organisationen själv bidrar med i form av pengar, ideellt arbete, "
            "lokaler eller material. Ideellt arbete värderas till 250 kronor per timme.",
        ),
        ("h2", "3. Krav för partnerskap"),
        (
            "p",
            "För att kommunen ska kunna ingå ett partnerskap krävs att organisationen är en "
            "idéburen organisation enligt avsnitt 2 och har ett organisationsnummer. "
            "Organisationen måste ha minst tre verksamhetsår bakom sig när idéskissen lämnas in, "
            "och den ska ha lokal förankring enligt definitionen i avsnitt 2.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas i Ekerö kommun, det vill säga på Ekerö, i Stenhamra, på "
            "Färentuna, Skå, Sånga, Lovö, Adelsö eller Munsö. Den ska vara öppen för alla i "
            "målgruppen, och medlemskap i organisationen får inte vara ett villkor för att delta. "
            "Om deltagarna betalar en avgift får den vara högst 400 kronor per termin och "
            "deltagare.",
        ),
        (
            "p",
            "Organisationen ska bidra med en egen insats på minst 20 procent av verksamhetens "
            "totala kostnad. Samma kostnad får inte samtidigt finansieras med föreningsbidrag "
            "från kommunen.",
        ),
        (
            "p",
            "Ett partnerskap kan inte avse verksamhet som kommunen är skyldig att ge enligt lag, "
            "verksamhet som kommunen redan köper genom upphandling eller ett enstaka arrangemang, "
            "som en festival eller en resa.",
        ),
        ("h2", "4. Undantag"),
        (
            "p",
            "Från kraven i avsnitt 3 finns två undantag. Det första gäller organisationer som "
            "har bildats genom sammanslagning av två eller flera idéburna organisationer. De får "
            "räkna sina verksamhetsår från den äldsta av de sammanslagna organisationerna. Det "
            "andra gäller platsen: verksamheten får ha inslag utanför kommunen, till exempel "
            "utflykter eller studiebesök i Stockholm, högst två gånger per termin.",
        ),
        ("h2", "5. Önskemål"),
        (
            "p",
            "Utöver kraven har kommunen några önskemål. De är inte krav, och en idé som inte "
            "uppfyller dem kan ändå bli ett partnerskap. Verksamheten bör bedrivas i samverkan "
            "med minst en annan förening eller ett trossamfund. Det är önskvärt att verksamheten "
            "når invånare på Adelsö och Munsö eller i andra delar av kommunen med långt till "
            "service. Organisationen bör ha en plan för hur verksamheten kan leva vidare när "
            "partnerskapet har upphört, och idéskissen bör vara högst tre sidor.",
        ),
        ("h2", "6. Så går det till"),
        (
            "p",
            "En idéskiss kan lämnas när som helst under året och skickas till iop@ekero.se. "
            "Organisationen får en bekräftelse inom en vecka och besked inom fyra veckor om "
            "kommunen vill gå vidare till en dialog. I dialogen tar organisationen och "
            "förvaltningen fram ett förslag till överenskommelse med mål, budget och "
            "uppföljning.",
        ),
        (
            "p",
            "Social- och omsorgsnämnden, kultur- och fritidsnämnden och barn- och "
            "utbildningsnämnden beslutar var och en om partnerskap inom sitt område upp till "
            "250 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        (
            "p",
            "En överenskommelse gäller i ett till fyra år. Kommunens del betalas ut kvartalsvis "
            "i förskott. Organisationen redovisar verksamhet och ekonomi senast den 31 mars "
            "varje år. Båda parter kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "7. Frågor"),
        (
            "p",
            "Frågor om riktlinjerna och om idéskisser skickas till iop@ekero.se. Det går också "
            "bra att ringa kommunens växel och be att bli kopplad till handläggaren för IOP.",
        ),
    ],
)


# Forshaga: an extract of socialnämnden's minutes with two decisions. § 64 (Dnr SN 2026/41):
# yes to Deje Bygdegårdsförening, Onsdagsöppet i Deje bygdegård, 2027-01-01–2028-12-31,
# 140 000 kronor per år, halvårsvis; the criteria of the nämnd's riktlinjer quoted in the
# ärendebeskrivning (18 månader, 10 procent, 12 månader); an enhetschef named as contact but no
# number. § 65 (Dnr SN 2026/57): no to Föreningen Mölnbacka Framtid's summer café, because it
# already has aktivitetsbidrag for the same costs (and runs only three months). Contacts only
# in the footer (växel and a mailbox). Sidecar.
FORSHAGA_PROTOKOLL = Doc(
    path="corpus/forshaga/forshaga-socialnamnden-protokollsutdrag-2026-09-22.pdf",
    title="Socialnämnden Forshaga – protokollsutdrag 2026-09-22 §§ 64–65",
    header_left="Forshaga kommun",
    header_right=["Socialnämnden", "Protokollsutdrag", "2026-09-22"],
    footer_lines=[
        "Forshaga kommun · Socialnämnden · 667 80 Forshaga · Växel 054-17 20 00 · "
        "socialnamnden@forshaga.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Forshaga kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-09-22, kl. 13.00–15.40"),
                ("Plats", "Kommunhuset, Forshaga, sammanträdesrum Klarälven"),
                ("Paragrafer", "§ 64–65"),
                ("Ordförande", "Margareta Lööv (S)"),
                ("Justerare", "Per-Olof Tjärnström (M)"),
                ("Justering", "2026-09-29"),
            ],
        ),
        ("h2", "§ 64  Idéburet offentligt partnerskap med Deje Bygdegårdsförening"),
        ("p", "Dnr SN 2026/41"),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar att"),
        (
            "ol",
            [
                "ingå ett idéburet offentligt partnerskap med Deje Bygdegårdsförening "
                "(org.nr 802471-3396) om Onsdagsöppet i Deje bygdegård under perioden "
                "2027-01-01–2028-12-31,",
                "kommunens insats är 140 000 kronor per år, som betalas ut halvårsvis i förskott,",
                "uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Deje Bygdegårdsförening lämnade i april 2026 in en ansökan om ett partnerskap kring "
            "Onsdagsöppet, en öppen träffpunkt i Deje bygdegård för personer som har fyllt 65 "
            "år. Träffpunkten har öppet varje onsdag kl. 11–15 med lunch, studiecirklar, "
            "stolgympa och samtal. Föreningen har funnits sedan 1948 och har 212 medlemmar. "
            "Deltagarna betalar 40 kronor per tillfälle, lunchen inräknad.",
        ),
        (
            "p",
            "Enligt socialnämndens riktlinjer för IOP (SN 2024/12) ska organisationen ha funnits "
            "i minst 18 månader, stå för minst 10 procent av verksamhetens kostnad och "
            "verksamheten pågå i minst 12 månader. Föreningen bidrar med 520 ideella timmar per "
            "år, värderade till 104 000 kronor, och med lokalen. Det motsvarar 44 procent av den "
            "totala kostnaden. Förvaltningen bedömer att samtliga villkor är uppfyllda.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet hos kommunen är Tobias Wennerström, enhetschef för "
            "förebyggande äldreomsorg.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-08-31",
                "Ansökan från Deje Bygdegårdsförening, inkommen 2026-04-14",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Beslutet skickas till: Deje Bygdegårdsförening, socialchefen, ekonomienheten"),
        ("h2", "§ 65  Ansökan om idéburet offentligt partnerskap från Föreningen Mölnbacka Framtid"),
        ("p", "Dnr SN 2026/57"),
        ("h3", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Föreningen Mölnbacka Framtid om Sommarcafé vid bruksdammen.",
        ),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Sommarcaféet har redan beviljats aktivitetsbidrag från kultur- och fritidsnämnden "
            "för 2027 (KFN 2026/88) för samma kostnader som ansökan gäller. Enligt riktlinjerna "
            "får samma verksamhet inte finansieras två gånger. Caféet har dessutom bara öppet "
            "juni–augusti, och en verksamhet ska pågå i minst 12 månader.",
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Mölnbacka Framtid ansökte i maj 2026 om ett partnerskap på 60 000 kronor "
            "per år för ett sommarcafé för äldre och barnfamiljer vid bruksdammen i Mölnbacka. "
            "Förvaltningen har informerat föreningen om möjligheten att utveckla idén till en "
            "verksamhet som pågår hela året och att lämna in en ny ansökan.",
        ),
        ("small", "Beslutet skickas till: Föreningen Mölnbacka Framtid, kultur- och fritidsnämnden"),
        ("small", "Rätt utdraget intygar: Kristina Ålund, nämndsekreterare"),
    ],
)


# Forshaga: a Word application form whose rules stand only in the table of control questions
# with boxes (☐ Ja / ☐ Nej): 18 månader from the konstituerande möte; the orter; 65 år or 6–19
# år; open to non-members; högst 50 kronor per tillfälle; minst 10 procent with 200 kronor per
# timme; minst 12 månader; no other kommunalt stöd for the same costs. Fill-in tables, a
# budget table, attachments, how to send (iop@forshaga.se or post, any time; the nämnd meets in
# February, May, September and November; 200 000 kronor) and a named föreningskonsulent. No
# sidecar.
FORSHAGA_ANSOKAN = Doc(
    path="corpus/forshaga/forshaga-ansokan-iop.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Forshaga kommun",
    header_left="Forshaga kommun · Socialförvaltningen",
    footer_lines=[
        "Blankett SOC 47, version 2026-02 · Forshaga kommun, 667 80 Forshaga · "
        "Växel 054-17 20 00"
    ],
    author="Socialförvaltningen, Forshaga kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Läs detta först: Svara på kontrollfrågorna i del A innan ni fyller i resten. Har "
            "ni svarat Nej på någon fråga kan idén inte bli ett partnerskap med kommunen. Ring "
            "gärna föreningskonsulenten om ni är osäkra.",
        ),
        ("h2", "Del A. Kontrollfrågor"),
        (
            "table",
            (120, 25, 25),
            [
                ["Fråga", "Ja", "Nej"],
                [
                    "1. Är organisationen en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund med organisationsnummer?",
                    "☐",
                    "☐",
                ],
                [
                    "2. Har organisationen funnits i minst 18 månader när ansökan lämnas in, "
                    "räknat från det konstituerande mötet?",
                    "☐",
                    "☐",
                ],
                [
                    "3. Bedrivs verksamheten i Forshaga kommun (Forshaga, Deje, Olsäter, "
                    "Mölnbacka, Dyvelsten eller landsbygden runt omkring)?",
                    "☐",
                    "☐",
                ],
                [
                    "4. Riktar sig verksamheten till personer som har fyllt 65 år eller till "
                    "barn och unga i åldern 6–19 år?",
                    "☐",
                    "☐",
                ],
                [
                    "5. Kan alla i målgruppen delta, även den som inte är medlem i "
                    "organisationen?",
                    "☐",
                    "☐",
                ],
                ["6. Är deltagaravgiften högst 50 kronor per tillfälle?", "☐", "☐"],
                [
                    "7. Står organisationen för minst 10 procent av verksamhetens totala "
                    "kostnad? Ideellt arbete räknas med 200 kronor per timme.",
                    "☐",
                    "☐",
                ],
                ["8. Pågår verksamheten i minst 12 månader i följd?", "☐", "☐"],
                [
                    "9. Saknar verksamheten annat kommunalt stöd, till exempel föreningsbidrag "
                    "eller aktivitetsbidrag, för samma kostnader?",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del B. Organisationen"),
        (
            "table",
            (60, 110),
            [
                ["Uppgift", "Svar"],
                ["Organisationens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum för konstituerande möte", ""],
                ["Antal medlemmar", ""],
                ["Kontaktperson, telefon och e-post", ""],
                ["Firmatecknare", ""],
            ],
        ),
        ("h2", "Del C. Verksamheten"),
        (
            "p",
            "Beskriv idén: vilket behov verksamheten möter, vem den är till för, var och hur "
            "ofta den ska bedrivas och vad ni vill uppnå. Högst två sidor.",
        ),
        ("p", "[Skriv här]"),
        ("h2", "Del D. Budget per år"),
        (
            "table",
            (70, 50, 50),
            [
                ["Post", "Organisationens insats (kr)", "Sökt från kommunen (kr)"],
                ["Ideellt arbete (antal timmar × 200 kr)", "", "–"],
                ["Lokal", "", ""],
                ["Material och fika", "", ""],
                ["Arvoden och resor", "", ""],
                ["Summa", "", ""],
            ],
        ),
        ("h2", "Del E. Bilagor och underskrift"),
        (
            "ul",
            [
                "☐ Stadgar",
                "☐ Protokoll från det senaste årsmötet",
                "☐ Verksamhetsberättelse och ekonomisk redovisning för det senaste året",
            ],
        ),
        ("lines", ["Ort och datum: ____________________", "Underskrift av firmatecknare: ____________________"]),
        ("h2", "Så skickar ni in ansökan"),
        (
            "p",
            "Skicka ansökan med bilagor till iop@forshaga.se eller med post till Forshaga "
            "kommun, Socialförvaltningen, 667 80 Forshaga. Ansökan kan lämnas när som helst "
            "under året. Socialnämnden behandlar ansökningar på sina sammanträden i februari, "
            "maj, september och november. Socialnämnden beslutar om partnerskap upp till 200 000 "
            "kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        (
            "p",
            "Frågor: Jonas Berglöf Ek, föreningskonsulent, telefon 054-17 21 46 (måndag–torsdag), "
            "e-post iop@forshaga.se.",
        ),
    ],
)


# Laxå: the guidelines adopted by kommunfullmäktige in 2021 and still in force (Word, numbered
# lists "Krav på organisationen" and "Krav på verksamheten": minst två år; minst 15 medlemmar;
# the orter; högst 20 kronor per tillfälle; minst 20 procent with 180 kronor per timme; one
# yearly deadline 30 september with start 1 januari; a nämnd up to 150 000 kronor; högst tre
# år; payment in January; 31 mars; tre månader; only the växel as contact). Sidecar.
LAXA_RIKTLINJER_2021 = Doc(
    path="corpus/laxa/laxa-riktlinjer-iop-2021.docx",
    title="Riktlinjer för idéburet offentligt partnerskap i Laxå kommun",
    header_left="Laxå kommun · Riktlinje · KS 2020/311",
    footer_lines=["Laxå kommun · 695 80 Laxå · Växel 0584-473 00 · kommun@laxa.se"],
    author="Kommunledningskontoret, Laxå kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Laxå kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2021-04-26, § 38"),
                ("Diarienummer", "KS 2020/311"),
                ("Gäller från", "2021-05-01"),
                ("Dokumentansvarig", "Kommunledningskontoret"),
            ],
        ),
        ("h2", "Inledning"),
        (
            "p",
            "Laxå kommun vill samverka med föreningslivet i Laxå, Hasselfors, Finnerödja, "
            "Ramundeboda och Tived. Idéburet offentligt partnerskap (IOP) kan användas när en "
            "förening har en idé som kommunen också vill stödja och när varken föreningsbidrag "
            "eller upphandling passar. Riktlinjerna gäller för alla nämnder.",
        ),
        ("h2", "Krav på organisationen"),
        (
            "ol",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund och har organisationsnummer. Bolag kan inte ingå IOP.",
                "Organisationen har funnits i minst två år när idéskissen lämnas in.",
                "Organisationen har minst 15 medlemmar. För stiftelser gäller inte kravet.",
                "Organisationen har sitt säte eller en lokalavdelning i Laxå kommun.",
            ],
        ),
        ("h2", "Krav på verksamheten"),
        (
            "ol",
            [
                "Verksamheten bedrivs i Laxå kommun.",
                "Verksamheten är öppen för alla. Medlemskap får inte vara ett villkor för att "
                "delta.",
                "Deltagarna betalar högst 20 kronor per tillfälle.",
                "Organisationen står för minst 20 procent av kostnaden. Ideellt arbete räknas med "
                "180 kronor per timme.",
                "Verksamheten drivs utan vinstsyfte.",
                "Verksamheten är inte något som kommunen ska ge enligt lag, inte ett enstaka "
                "evenemang och får inte föreningsbidrag från kommunen för samma kostnader.",
            ],
        ),
        ("h2", "Handläggning"),
        (
            "ol",
            [
                "Idéskissen lämnas en gång per år, senast den 30 september, till "
                "kommunledningskontoret. Partnerskap som beslutas startar den 1 januari året "
                "därpå.",
                "Kommunledningskontoret och berörd förvaltning för en dialog med föreningen och "
                "tar fram ett förslag till överenskommelse.",
                "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 150 000 "
                "kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
                "En överenskommelse gäller i högst tre år.",
                "Kommunens del betalas ut i januari varje år.",
                "Föreningen redovisar verksamhet och ekonomi senast den 31 mars året efter.",
                "Båda parter kan säga upp överenskommelsen med tre månaders uppsägningstid.",
            ],
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Frågor om riktlinjerna besvaras av kommunledningskontoret. Ring kommunens växel, "
            "0584-473 00.",
        ),
    ],
)


# Laxå: a remissversion (draft, not in force) of new guidelines, with a box saying so and that
# the 2021 guidelines apply until kommunfullmäktige decides; synpunkter by 18 december 2026 to
# a remiss mailbox (KS 2026/204), a decision planned on 29 March 2027 and start 1 maj 2027; a
# named utvecklingsledare for questions on the draft; a table of what would change (ett år,
# no member minimum, 40 kronor, 10 procent, 220 kronor, löpande, 250 000 kronor, fem år) and
# the draft itself in short numbered sections. Sidecar.
LAXA_REMISS = Doc(
    path="corpus/laxa/laxa-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till nya riktlinjer för idéburet offentligt partnerskap i Laxå kommun – remissversion",
    header_left="Laxå kommun",
    header_right=["Remissversion", "KS 2026/204", "2026-10-15"],
    footer_lines=["Laxå kommun · 695 80 Laxå · Växel 0584-473 00 · kommun@laxa.se"],
    author="Kommunledningskontoret, Laxå kommun",
    blocks=[
        ("h1", "Förslag till nya riktlinjer för idéburet offentligt partnerskap"),
        (
            "box",
            "REMISSVERSION – förslaget är inte beslutat. Fram till dess att kommunfullmäktige "
            "har fattat beslut gäller riktlinjerna från 2021 (kommunfullmäktige 2021-04-26 § 38).",
        ),
        ("h2", "Om remissen"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott har beslutat att skicka förslaget på remiss till "
            "föreningarna i kommunens föreningsregister, kommunala pensionärsrådet och "
            "nämnderna. Remisstiden är 15 oktober–18 december 2026.",
        ),
        (
            "p",
            "Lämna era synpunkter senast fredag den 18 december 2026 till remiss@laxa.se. Märk "
            "svaret med KS 2026/204. Förslaget ska enligt planen behandlas av kommunfullmäktige "
            "den 29 mars 2027, och de nya riktlinjerna ska i så fall gälla från den 1 maj 2027.",
        ),
        (
            "p",
            "Frågor om förslaget: Helena Rydqvist Sandberg, utvecklingsledare, telefon "
            "0584-473 62, helena.rydqvist-sandberg@laxa.se.",
        ),
        ("h2", "Det här föreslås ändras"),
        (
            "table",
            (50, 60, 60),
            [
                ["", "Gäller i dag (2021)", "Förslag"],
                ["Hur länge föreningen har funnits", "Minst två år", "Minst ett år"],
                ["Antal medlemmar", "Minst 15", "Inget krav"],
                ["Avgift för deltagarna", "Högst 20 kronor per tillfälle", "Högst 40 kronor per tillfälle"],
                ["Egen insats", "Minst 20 procent", "Minst 10 procent"],
                ["Värde av en ideell timme", "180 kronor", "220 kronor"],
                ["När idéskissen lämnas", "En gång per år, senast 30 september", "Löpande, hela året"],
                ["Beslut i nämnd", "Upp till 150 000 kronor per år", "Upp till 250 000 kronor per år"],
                ["Överenskommelsens längd", "Högst tre år", "Högst fem år"],
            ],
        ),
        ("h2", "Förslaget"),
        ("h3", "1. Vem kan vara part"),
        (
            "p",
            "En ideell förening, en stiftelse eller ett registrerat trossamfund med "
            "organisationsnummer som har funnits i minst ett år när idéskissen lämnas in. Bolag "
            "kan inte vara part.",
        ),
        ("h3", "2. Verksamheten"),
        (
            "p",
            "Verksamheten bedrivs i Laxå kommun, är öppen för alla och drivs utan vinstsyfte. "
            "Deltagarna betalar högst 40 kronor per tillfälle. Organisationen står för minst 10 "
            "procent av kostnaden, och ideellt arbete räknas med 220 kronor per timme.",
        ),
        ("h3", "3. Handläggning"),
        (
            "p",
            "Idéskisser tas emot löpande. Den nämnd som verksamheten hör till beslutar upp till "
            "250 000 kronor per år. En överenskommelse gäller i högst fem år och kommunens del "
            "betalas ut två gånger per år.",
        ),
    ],
)


# Laxå: a consultation response from the pensioners' association PRO Laxå on the draft, not the
# municipality's rules: it supports ett år and 10 procent, but proposes högst 60 kronor per
# tillfälle, 300 kronor per timme and that activity in Askersund should count; signed by the
# chair with his own number. No sidecar.
LAXA_REMISSVAR_PRO = Doc(
    path="corpus/laxa/laxa-remissvar-pro-laxa.pdf",
    title="Remissvar från PRO Laxå – förslag till nya riktlinjer för IOP (KS 2026/204)",
    header_left="PRO Laxå",
    header_right=["Remissvar", "KS 2026/204", "2026-11-26"],
    footer_lines=["PRO Laxå · Medborgarhuset, Postgatan 9, 695 30 Laxå · pro.laxa@gmail.com"],
    author="PRO Laxå",
    page_numbers=False,
    blocks=[
        ("h1", "Remissvar: Förslag till nya riktlinjer för idéburet offentligt partnerskap"),
        ("p", "Till: Laxå kommun, Kommunstyrelsen (remiss@laxa.se)"),
        ("p", "Från: PRO Laxå, styrelsen"),
        ("p", "Ert diarienummer: KS 2026/204"),
        ("h2", "Sammanfattning"),
        (
            "p",
            "PRO Laxå har 286 medlemmar i Laxå, Hasselfors och Finnerödja. Vi välkomnar att "
            "kommunen vill göra det enklare för föreningar att ingå partnerskap. Vi tillstyrker "
            "förslaget att en förening ska ha funnits i minst ett år och att den egna insatsen "
            "sänks till 10 procent. På tre punkter vill vi att kommunen går längre.",
        ),
        ("h2", "Våra förslag"),
        (
            "ol",
            [
                "Avgiften. Förslaget på högst 40 kronor per tillfälle räcker inte när lunch ska "
                "ingå. Vi föreslår att deltagarna ska få betala högst 60 kronor per tillfälle om "
                "en måltid ingår.",
                "Värdet av ideellt arbete. 220 kronor per timme är för lågt. Vi föreslår att en "
                "ideell timme räknas med 300 kronor, som i flera andra kommuner.",
                "Platsen. Många äldre i Finnerödja och Tived gör sina ärenden i Askersund. Vi "
                "föreslår att verksamhet i Askersund ska kunna ingå i ett partnerskap om "
                "deltagarna bor i Laxå kommun.",
            ],
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi ser gärna att kommunen håller ett informationsmöte för föreningarna när de nya "
            "riktlinjerna har beslutats. PRO Laxå ställer gärna upp med lokal och kaffe.",
        ),
        ("p", "Laxå den 26 november 2026"),
        ("lines", ["För styrelsen i PRO Laxå", "Sven-Olof Hägg, ordförande", "070-244 81 93"]),
    ],
)


DOCS = [
    EKERO_RIKTLINJER,
    FORSHAGA_PROTOKOLL,
    FORSHAGA_ANSOKAN,
    LAXA_RIKTLINJER_2021,
    LAXA_REMISS,
    LAXA_REMISSVAR_PRO,
]
