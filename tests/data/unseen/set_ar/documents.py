"""Text of the set_ar documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The twelve documents of the set (six places in Götaland) and their styles:

Töreboda
  corpus/toreboda/toreboda-riktlinjer-iop.docx  (this file)
      Guidelines adopted by kommunfullmäktige, Word; the criteria as a table with a column
      "Räknas inte / godtas inte"; process as a numbered list; a named contact. Sidecar.
  corpus/toreboda/toreboda-kultur-och-fritidsnamnden-protokollsutdrag-2026-02-18.pdf  (this file)
      Protocol extract, §§ 12–15 with diarienummer: one new partnership (yes), two refusals
      with reasons (registration too recent; payment per pupil = purchase, LOU), one
      prolongation. Only the växel in the footer. No sidecar.
Bollebygd
  corpus/bollebygd/bollebygd-iop-vanliga-fragor.html
      FAQ page as a button/panel accordion, cookie banner, menu, breadcrumbs, "Senast
      uppdaterad"; the general rules. No sidecar.
  corpus/bollebygd/bollebygd-utlysning-iop-motesplatser-for-unga-2026.pdf  (this file)
      A call for proposals (utlysning) with its own, stricter conditions (avgiftsfri, two
      evenings a week, 15 procent instead of 10), a pot, a timetable and its own contact.
      Sidecar.
Öckerö
  corpus/ockero/ockero-iop-forutsattningar-och-villkor.pdf  (this file)
      Letterhead PDF; criteria as running prose (ska / måste / bör / krävs / förutsätter /
      får inte) under Principer, Förutsättningar, Villkor för verksamheten, Detta kan inte
      bli ett IOP, Så går det till. The only contact details are a functional mailbox and
      the switchboard in the footer. Sidecar.
  corpus/ockero/ockero-nyhet-forsta-partnerskapen-2026.md
      A news item in Markdown (menu lines, "Publicerad", "Senast uppdaterad"): the first two
      partnerships, one refused summer-only idea, a quote from a politician. No sidecar.
Färgelanda
  corpus/fargelanda/fargelanda-stod-till-foreningar.html
      A page mixing föreningsbidrag, IOP (the rules in force, 2021) and upphandling/LOU, with
      a contact per area and a notice that a draft is out for consultation. Sidecar.
  corpus/fargelanda/fargelanda-forslag-riktlinjer-iop-remissversion.docx  (this file)
      A draft out for consultation (remissversion), Word, with a table comparing today's rules
      with the proposal; not in force. Sidecar.
  corpus/fargelanda/fargelanda-remissvar-bygdegardsradet.txt
      An association's consultation response (remissvar) as plain text: its own wishes
      (among them 5 procent for small associations) — not the municipality's rules. No
      sidecar.
Skurup
  corpus/skurup/skurup-ideskiss-iop-blankett.docx  (this file)
      Application form (idéskiss) whose rules stand in its boxes and field labels; the
      addresses, the two deadlines and a named contact with telephone hours. Sidecar.
Bromölla
  corpus/bromolla/bromolla-pagaende-iop.html
      A table of current partnerships (organisation, target group, period, amount, nämnd and
      dnr), a total, an ended partnership, a contact. Sidecar.
  corpus/bromolla/bromolla-iop-in-english.html
      An English page with the criteria, the process and a contact (cookie banner, language
      switch). No sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Töreboda: guidelines adopted by kommunfullmäktige 2024-10-28 § 97 (KS 2024/211). The criteria
# as a three-column table (Område / Krav / Räknas inte / godtas inte): ideell förening, stiftelse
# or trossamfund; registrerad hos Skatteverket i minst tre år (time as an unregistered group does
# not count); minst 15 medlemmar folkbokförda i kommunen (stödmedlemmar do not count); barn och
# unga 7–19 år or personer som har fyllt 70 år; in the kommun; minst 20 procent, 220 kronor per
# timme; högst 40 kronor per tillfälle; no lagstadgad verksamhet, ordinarie träning, politics,
# religious förkunnelse, enstaka evenemang. Process: iop@toreboda.se or e-tjänst, löpande, a
# dialogue within sex veckor, the nämnder in February, May, September and November; a nämnd up
# to 200 000 kronor per år; ett till tre år, prolongation once by högst två år; payment in
# januari och juli; 15 mars. Named contact with telephone hours. Sidecar.
TOREBODA_RIKTLINJER = Doc(
    path="corpus/toreboda/toreboda-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Töreboda kommun",
    header_left="Töreboda kommun – Riktlinjer för IOP – KS 2024/211",
    footer_lines=[
        "Töreboda kommun · 545 80 Töreboda · Växel 0506-496 00 · kommun@toreboda.se",
    ],
    author="Kommunledningskontoret, Töreboda kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Fastställd av", "Kommunfullmäktige 2024-10-28, § 97"),
                ("Diarienummer", "KS 2024/211"),
                ("Gäller från", "2025-01-01"),
                ("Ersätter", "Riktlinjer för samverkan med civilsamhället (2017)"),
                ("Dokumentansvarig", "Kommunstyrelsen"),
                ("Revideras", "Senast 2028"),
            ],
        ),
        ("h2", "1. Bakgrund och syfte"),
        (
            "p",
            "Töreboda har ett rikt föreningsliv, både i centralorten och i Moholm, Älgarås, "
            "Fredsberg, Halna, Bällefors och Beateberg. Många av de verksamheter som gör "
            "kommunen till en bra plats att bo på drivs av föreningar och andra idéburna "
            "organisationer. Med de här riktlinjerna vill kommunen göra det tydligt när och hur "
            "en idéburen organisation kan ta initiativ till ett idéburet offentligt partnerskap "
            "(IOP) med kommunen.",
        ),
        ("h2", "2. IOP, föreningsbidrag eller upphandling?"),
        (
            "p",
            "Kommunen har tre sätt att samverka med och stödja civilsamhället. Föreningsbidrag "
            "ges till föreningens ordinarie verksamhet enligt kommunens bidragsregler. "
            "Upphandling enligt lagen om offentlig upphandling (LOU) används när kommunen vill "
            "köpa en tjänst som kommunen själv har bestämt innehållet i. IOP används när en "
            "idéburen organisation har en idé som också bidrar till kommunens mål, och när båda "
            "parter är beredda att bidra med resurser för att genomföra den.",
        ),
        ("h2", "3. Krav för att ingå IOP"),
        (
            "p",
            "Samtliga krav i tabellen ska vara uppfyllda när idéskissen lämnas in. Kolumnen längst "
            "till höger visar vad som inte räknas eller inte godtas vid bedömningen.",
        ),
        (
            "table",
            (20, 44, 36),
            [
                ["Område", "Krav", "Räknas inte / godtas inte"],
                [
                    "Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund med eget "
                    "organisationsnummer och antagna stadgar.",
                    "Aktiebolag, ekonomiska föreningar och enskilda firmor. Nätverk och grupper "
                    "utan stadgar.",
                ],
                [
                    "Registrering",
                    "Organisationen ska ha varit registrerad hos Skatteverket i minst tre år när "
                    "idéskissen lämnas in.",
                    "Tid då organisationen verkade som oregistrerad grupp eller under ett annat "
                    "organisationsnummer.",
                ],
                [
                    "Medlemmar",
                    "Minst 15 medlemmar som är folkbokförda i Töreboda kommun.",
                    "Stödmedlemmar utan rösträtt. Ett familjemedlemskap räknas som en medlem.",
                ],
                [
                    "Målgrupp",
                    "Barn och unga 7–19 år eller personer som har fyllt 70 år.",
                    "Verksamhet som bara är öppen för organisationens egna medlemmar.",
                ],
                [
                    "Plats",
                    "Verksamheten ska bedrivas i Töreboda kommun.",
                    "Verksamhet som till största delen bedrivs i en annan kommun, även om "
                    "deltagarna bor i Töreboda.",
                ],
                [
                    "Egen insats",
                    "Minst 20 procent av verksamhetens totala kostnad. Ideellt arbete värderas "
                    "till 220 kronor per timme. Egna lokaler och eget material räknas.",
                    "Kommunala bidrag, till exempel föreningsbidrag, lokalbidrag eller "
                    "aktivitetsstöd.",
                ],
                [
                    "Avgifter",
                    "Deltagaravgift får tas ut med högst 40 kronor per tillfälle.",
                    "Krav på medlemskap eller medlemsavgift för att få delta.",
                ],
                [
                    "Verksamhetens art",
                    "Verksamheten ska vara ny eller utveckla en befintlig verksamhet så att den "
                    "når fler eller nya grupper.",
                    "Lagstadgad kommunal verksamhet, ordinarie träning och tävling, "
                    "partipolitisk verksamhet, religiös förkunnelse och enstaka evenemang.",
                ],
            ],
        ),
        ("h2", "4. Från idé till partnerskap"),
        (
            "ol",
            [
                "Organisationen lämnar en idéskiss till iop@toreboda.se eller via e-tjänsten "
                "Idéskiss IOP på kommunens webbplats. Idéskisser tas emot löpande under hela "
                "året.",
                "Föreningsutvecklaren bekräftar att idéskissen har kommit in och bjuder in till "
                "ett första dialogmöte inom sex veckor.",
                "Förvaltningen och organisationen tar tillsammans fram ett förslag till "
                "överenskommelse med mål, budget och former för uppföljning.",
                "Ansvarig nämnd fattar beslut. Nämnderna behandlar IOP-ärenden vid sina "
                "sammanträden i februari, maj, september och november.",
            ],
        ),
        ("h2", "5. Beslut, avtalstid och utbetalning"),
        (
            "p",
            "Om kommunens del är högst 200 000 kronor per år beslutar den nämnd som verksamheten "
            "hör till. Är kommunens del större beslutar kommunstyrelsen. Ett partnerskap gäller i "
            "ett till tre år. Det kan förlängas en gång med högst två år efter en gemensam "
            "utvärdering. Kommunens del betalas ut i två delar, i januari och juli.",
        ),
        ("h2", "6. Uppföljning"),
        (
            "p",
            "Organisationen lämnar senast den 15 mars varje år en verksamhetsberättelse och en "
            "ekonomisk redovisning för föregående år. Parterna träffas för en uppföljningsdialog "
            "minst en gång per år.",
        ),
        ("h2", "7. Kontakt"),
        (
            "p",
            "Frågor om IOP besvaras av kommunens föreningsutvecklare Petra Wallin Stenberg, "
            "telefon 0506-496 37, e-post petra.wallin.stenberg@toreboda.se. Telefontid måndag "
            "till torsdag kl. 8.30–10.00.",
        ),
    ],
)


# Töreboda: protocol extract of kultur- och fritidsnämnden 2026-02-18, §§ 12–15. § 12 yes
# (Föreningen Moholms Bygdekraft, läxhjälp och rörelse för barn 7–12 år, KFN 2025/087,
# 2026-03-01 to 2029-02-28, 145 000 kronor per år); § 13 no (Älgarås Bygdegårdsförening,
# registered 2024-05-06 after re-forming, time under the old number does not count; hänvisas
# till föreningsbidrag, a new idéskiss tidigast i maj 2027); § 14 no (Töreboda Schackklubb:
# 350 kronor per elev och termin = purchase of a service, LOU; during school time); § 15
# prolongation (Kanalbygdens Seniorer, gå-grupper, until 2028-03-31, 62 000 kronor per år).
# Only the växel in the footer. No sidecar.
TOREBODA_PROTOKOLL = Doc(
    path="corpus/toreboda/toreboda-kultur-och-fritidsnamnden-protokollsutdrag-2026-02-18.pdf",
    title="Kultur- och fritidsnämnden – protokollsutdrag 2026-02-18 §§ 12–15",
    header_left="Töreboda kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Kultur- och fritidsnämnden", "2026-02-18"],
    footer_lines=[
        "Töreboda kommun · Kultur- och fritidsförvaltningen · 545 80 Töreboda · "
        "Växel 0506-496 00",
        "Justerandes sign ________   Utdragsbestyrkande ________",
    ],
    author="Kultur- och fritidsnämnden, Töreboda kommun",
    blocks=[
        ("h1", "Kultur- och fritidsnämnden – protokollsutdrag"),
        (
            "kv",
            [
                ("Plats och tid", "Kommunhuset, sammanträdesrum Kanalen, 2026-02-18 kl. 13.00–15.40"),
                ("Ordförande", "Gunilla Rask Åberg (C)"),
                ("Sekreterare", "Oskar Lindgren Hed"),
                ("Justerare", "Bengt Frisk (S)"),
                ("Justeringsdatum", "2026-02-23"),
                ("Paragrafer", "§§ 12–15"),
            ],
        ),
        (
            "h2",
            "§ 12 Idéburet offentligt partnerskap med Föreningen Moholms Bygdekraft – Läxhjälp "
            "och rörelse för barn i Moholm",
        ),
        ("small", "Dnr KFN 2025/087"),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen Moholms Bygdekraft lämnade 2025-09-30 in en idéskiss om läxhjälp och "
            "spontanidrott för barn 7–12 år i Moholms bygdegård två eftermiddagar i veckan. "
            "Föreningen registrerades hos Skatteverket 2011 och har 58 medlemmar som är "
            "folkbokförda i kommunen. Deltagandet är avgiftsfritt. Föreningens egen insats "
            "beräknas till 31 procent av den totala kostnaden, främst i form av ideellt arbete "
            "och lokal. Förvaltningen bedömer att samtliga krav i kommunens riktlinjer för IOP är "
            "uppfyllda.",
        ),
        ("bold", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå en överenskommelse om idéburet offentligt partnerskap med Föreningen "
                "Moholms Bygdekraft om Läxhjälp och rörelse för barn i Moholm,",
                "att överenskommelsen gäller från och med 2026-03-01 till och med 2029-02-28,",
                "att kommunens del är 145 000 kronor per år, samt",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        (
            "h2",
            "§ 13 Idéskiss från Älgarås Bygdegårdsförening – Onsdagsträffen för äldre",
        ),
        ("small", "Dnr KFN 2025/102"),
        ("bold", "Ärendet"),
        (
            "p",
            "Älgarås Bygdegårdsförening har lämnat in en idéskiss om en träffpunkt med lunch och "
            "underhållning för personer som har fyllt 70 år, varje onsdag i bygdegården. Det har "
            "funnits en bygdegårdsförening i Älgarås sedan 1950-talet, men föreningen ombildades "
            "2024 och registrerades hos Skatteverket 2024-05-06 med ett nytt organisationsnummer. "
            "Enligt kommunens riktlinjer ska organisationen ha varit registrerad i minst tre år, "
            "och tid under ett annat organisationsnummer räknas inte.",
        ),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att inte ingå partnerskap med Älgarås "
            "Bygdegårdsförening, eftersom kravet på registrering inte är uppfyllt. Nämnden "
            "hänvisar föreningen till att söka föreningsbidrag för verksamheten 2026 och "
            "välkomnar en ny idéskiss när kravet är uppfyllt, tidigast i maj 2027.",
        ),
        ("h2", "§ 14 Idéskiss från Töreboda Schackklubb – Schack på rasten"),
        ("small", "Dnr KFN 2025/119"),
        ("bold", "Ärendet"),
        (
            "p",
            "Töreboda Schackklubb föreslår att klubbens ledare lär ut schack till elever i "
            "årskurs 3–6 under lunchrasterna på kommunens skolor, och att kommunen betalar 350 "
            "kronor per deltagande elev och termin.",
        ),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att inte ingå partnerskap. En ersättning per "
            "deltagare innebär att kommunen köper en tjänst. Det kan inte ske genom IOP utan får "
            "i så fall prövas enligt lagen om offentlig upphandling. Verksamheten skulle dessutom "
            "bedrivas under skoltid och är då en del av skolans ansvar.",
        ),
        (
            "h2",
            "§ 15 Förlängning av partnerskap med Kanalbygdens Seniorer – Gå-grupper längs "
            "kanalen",
        ),
        ("small", "Dnr KFN 2022/154"),
        ("bold", "Ärendet"),
        (
            "p",
            "Partnerskapet med Kanalbygdens Seniorer om gå-grupper för personer över 70 år har "
            "pågått sedan 2023-04-01 och löper ut 2026-03-31. Vid den gemensamma utvärderingen i "
            "januari 2026 konstaterades att fler än 90 personer har deltagit regelbundet.",
        ),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att förlänga partnerskapet med Kanalbygdens "
            "Seniorer till och med 2028-03-31. Kommunens del är oförändrad, 62 000 kronor per år.",
        ),
        ("small", "Expedieras till: berörda föreningar, förvaltningschefen, ekonomienheten"),
        ("small", "Rätt utdraget intygar: Oskar Lindgren Hed, nämndsekreterare"),
    ],
)


# Bollebygd: a call for proposals (utlysning), mötesplatser för unga 13–19 år in Olsfors,
# Hultafors and Töllsjö. Own conditions: öppet minst två kvällar i veckan, one of them fredag
# or lördag; avgiftsfri för deltagarna; minst två vuxna ledare som har fyllt 20 år,
# belastningsregister; egen insats minst 15 procent (instead of 10); a pot of 420 000 kronor per
# år, högst 140 000 kronor per mötesplats; 2026-08-17 to 2028-06-30; informationsmöte tisdag
# 10 mars 2026, sista dag fredag 17 april 2026, beslut 9 juni 2026. Its own contact (Johan
# Ekvall Persson, 033-43 52 71). Sidecar.
BOLLEBYGD_UTLYSNING = Doc(
    path="corpus/bollebygd/bollebygd-utlysning-iop-motesplatser-for-unga-2026.pdf",
    title="Utlysning: Idéburet offentligt partnerskap – mötesplatser för unga i Olsfors, "
    "Hultafors och Töllsjö",
    header_left="Bollebygds kommun",
    header_right=["Kultur- och fritidsförvaltningen", "Utlysning 2026", "Dnr KFN 2026/012"],
    footer_lines=[
        "Bollebygds kommun · 517 83 Bollebygd · Växel 033-43 50 00 · bollebygd.se",
    ],
    author="Kultur- och fritidsförvaltningen, Bollebygds kommun",
    blocks=[
        ("h1", "Utlysning: Mötesplatser för unga i Olsfors, Hultafors och Töllsjö"),
        ("p", "Idéburet offentligt partnerskap (IOP) 2026–2028"),
        (
            "box",
            "Sista dag att lämna in idéskiss: fredag 17 april 2026",
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "I ungdomsenkäten 2025 svarade nästan hälften av de unga i Olsfors, Hultafors och "
            "Töllsjö att de saknar en plats att vara på efter skolan och på helger. Den kommunala "
            "fritidsgården finns i Bollebygds tätort och är svår att nå utan skjuts. "
            "Kultur- och fritidsnämnden har därför beslutat att bjuda in idéburna organisationer "
            "att lämna förslag på mötesplatser för unga i de tre orterna.",
        ),
        ("h2", "Vad vi söker"),
        (
            "p",
            "Vi söker idéer om mötesplatser där unga 13–19 år kan umgås, prova på aktiviteter "
            "och få stöd av trygga vuxna. Verksamheten kan till exempel innehålla spel, musik, "
            "matlagning, idrott eller läxhjälp. Unga ska vara med och påverka innehållet.",
        ),
        ("h2", "Villkor i den här utlysningen"),
        (
            "p",
            "Utöver kommunens allmänna riktlinjer för IOP gäller följande villkor. Där villkoren "
            "skiljer sig från riktlinjerna är det villkoren i utlysningen som gäller.",
        ),
        (
            "ol",
            [
                "Mötesplatsen ska ligga i Olsfors, Hultafors eller Töllsjö.",
                "Verksamheten ska vända sig till unga 13–19 år.",
                "Mötesplatsen ska vara öppen minst två kvällar i veckan under skolterminerna, "
                "varav minst en kväll ska vara fredag eller lördag.",
                "Verksamheten ska vara avgiftsfri för deltagarna. Det gäller även inträde och "
                "medlemskap.",
                "Minst två vuxna ledare som har fyllt 20 år ska finnas på plats när mötesplatsen "
                "är öppen. Organisationen ska begära utdrag ur belastningsregistret för alla "
                "ledare.",
                "Organisationens egen insats ska vara minst 15 procent av den totala kostnaden "
                "(i stället för 10 procent enligt de allmänna riktlinjerna). Ideellt arbete "
                "värderas till 200 kronor per timme.",
                "Organisationen ska ha varit aktiv i Bollebygds kommun i minst två år.",
            ],
        ),
        ("h2", "Ekonomi och avtalstid"),
        (
            "p",
            "Kultur- och fritidsnämnden har avsatt 420 000 kronor per år för utlysningen. En "
            "mötesplats kan få högst 140 000 kronor per år från kommunen. Partnerskapen gäller "
            "från 2026-08-17 till och med 2028-06-30.",
        ),
        ("h2", "Tidplan"),
        (
            "kv",
            [
                ("Informationsmöte", "Tisdag 10 mars 2026 kl. 18.00 i Olsfors bygdegård"),
                ("Sista dag för idéskiss", "Fredag 17 april 2026"),
                ("Dialogmöten", "Vecka 18–21"),
                ("Beslut i kultur- och fritidsnämnden", "9 juni 2026"),
                ("Start", "2026-08-17"),
            ],
        ),
        ("h2", "Så lämnar ni in"),
        (
            "p",
            "Använd e-tjänsten Idéskiss IOP på bollebygd.se och märk idéskissen med "
            "\"Mötesplatser för unga 2026\". Bifoga stadgar, senaste årsmötesprotokoll och en "
            "enkel budget.",
        ),
        ("h2", "Frågor om utlysningen"),
        (
            "p",
            "Johan Ekvall Persson, fritidskonsulent, telefon 033-43 52 71, "
            "e-post johan.ekvall.persson@bollebygd.se.",
        ),
    ],
)


# Öckerö: letterhead PDF from kommunstyrelsens förvaltning (KS 2025/0412, 2025-11-20). Criteria
# as running prose: ideell förening or stiftelse, verksamhet i kommunen under minst 18 månader;
# minst tolv medlemmar med rösträtt; own org nr and bank account; minst 30 procent, 250 kronor
# per timme, at least a third of the own contribution something other than ideellt arbete;
# året runt, minst 40 veckor per år (summer-only cannot); bör nå invånare på mer än en ö; högst
# 60 kronor per tillfälle; no membership required; prioriterade områden (äldres hälsa och
# gemenskap, unga 16–24 som varken arbetar eller studerar, beredskap och trygghet på öarna);
# exclusions; 31 januari / 31 augusti; kommunstyrelsen decides all; högst fyra år; kvartalsvis
# i förskott; 30 april. Only civilsamhalle@ockero.se and the växel in the footer. Sidecar.
OCKERO_VILLKOR = Doc(
    path="corpus/ockero/ockero-iop-forutsattningar-och-villkor.pdf",
    title="Idéburet offentligt partnerskap i Öckerö kommun – förutsättningar och villkor",
    header_left="Öckerö kommun",
    header_right=["Kommunstyrelsens förvaltning", "2025-11-20", "Dnr KS 2025/0412"],
    footer_lines=[
        "Öckerö kommun · Kommunstyrelsens förvaltning · 475 80 Öckerö",
        "Växel 031-96 71 00 · civilsamhalle@ockero.se · ockero.se",
    ],
    letterhead=True,
    author="Kommunstyrelsens förvaltning, Öckerö kommun",
    blocks=[
        ("h1", "Idéburet offentligt partnerskap i Öckerö kommun – förutsättningar och villkor"),
        (
            "small",
            "Fastställt av kommunstyrelsen 2025-11-20 § 188. Gäller från 2026-01-01.",
        ),
        ("h2", "Principer"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) är ett samarbete mellan kommunen och en "
            "idéburen organisation om en verksamhet som organisationen har tagit initiativ till. "
            "Partnerskapet bygger på att båda parter har ett gemensamt mål, bidrar med resurser "
            "och tar ansvar för resultatet. Organisationen behåller sin självständighet och sin "
            "röst, även när den är kritisk till kommunen. Kommunen köper inte någon tjänst genom "
            "ett partnerskap, och ett partnerskap får inte användas för att kringgå reglerna om "
            "offentlig upphandling.",
        ),
        ("h2", "Förutsättningar"),
        (
            "p",
            "Organisationen ska vara en ideell förening eller en stiftelse som har bedrivit "
            "verksamhet i Öckerö kommun under minst 18 månader innan idéskissen lämnas in. För "
            "en ideell förening krävs att den har minst tolv medlemmar med rösträtt på "
            "årsmötet. Organisationen måste ha ett eget organisationsnummer och ett bankkonto i "
            "organisationens namn.",
        ),
        (
            "p",
            "Partnerskapet förutsätter att organisationen bidrar med minst 30 procent av "
            "verksamhetens totala kostnad. Ideellt arbete värderas till 250 kronor per timme. "
            "Minst en tredjedel av den egna insatsen ska vara något annat än ideellt arbete, "
            "till exempel egna medel, lokaler, båtar eller material.",
        ),
        ("h2", "Villkor för verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Öckerö kommun och ska pågå året runt, minst 40 veckor "
            "per år. En verksamhet som bara pågår under sommarhalvåret kan därför inte bli ett "
            "partnerskap. Verksamheten bör nå invånare på mer än en ö.",
        ),
        (
            "p",
            "Verksamheten ska bidra till något av kommunens prioriterade områden: äldres hälsa "
            "och gemenskap, unga 16–24 år som varken arbetar eller studerar, eller beredskap och "
            "trygghet på öarna.",
        ),
        (
            "p",
            "Deltagaravgift får tas ut med högst 60 kronor per tillfälle. Verksamheten får inte "
            "förutsätta att deltagarna är medlemmar i organisationen.",
        ),
        ("h2", "Detta kan inte bli ett IOP"),
        (
            "ul",
            [
                "Verksamhet som kommunen enligt lag ska erbjuda, till exempel hemtjänst, "
                "färdtjänst eller skolskjuts.",
                "Kostnader som redan får stöd genom kommunens föreningsbidrag.",
                "Enstaka evenemang och arrangemang som främst riktar sig till besökare och "
                "turister.",
                "Verksamhet där kommunen skulle ersätta organisationen per deltagare eller per "
                "tillfälle.",
            ],
        ),
        ("h2", "Så går det till"),
        (
            "p",
            "Organisationen skickar en idéskiss till civilsamhalle@ockero.se. Idéskisser som har "
            "kommit in senast den 31 januari behandlas under våren och idéskisser som har kommit "
            "in senast den 31 augusti behandlas under hösten. Efter dialog mellan organisationen "
            "och förvaltningen beslutar kommunstyrelsen om alla partnerskap, oavsett belopp.",
        ),
        (
            "p",
            "Ett partnerskap gäller i högst fyra år. Kommunens del betalas ut kvartalsvis i "
            "förskott. Organisationen lämnar en verksamhetsberättelse och en ekonomisk "
            "redovisning senast den 30 april varje år.",
        ),
    ],
)


# Färgelanda: remissversion of new IOP guidelines (KS 2026/043), Word. A box: not decided,
# synpunkter senast 15 maj 2026 to kommunstyrelsen@fargelanda.se. A comparison table today vs
# proposal: två år -> ett år; tio medlemmar (unchanged); 15 -> 10 procent; 180 -> 230 kronor
# per timme; 50 kronor per tillfälle -> 400 kronor per termin; högst tre år -> högst fem år;
# two deadlines -> hela året. Planned: kommunfullmäktige i oktober 2026, in force 1 januari 2027.
# Contact for the consultation: Hanna Sjödin Krantz, 0528-567 09. Sidecar.
FARGELANDA_REMISS = Doc(
    path="corpus/fargelanda/fargelanda-forslag-riktlinjer-iop-remissversion.docx",
    title="Förslag till nya riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Färgelanda kommun – REMISSVERSION – KS 2026/043",
    footer_lines=["Färgelanda kommun · Kommunstyrelsen · Växel 0528-567 00"],
    author="Kommunledningsförvaltningen, Färgelanda kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Färgelanda kommun"),
        ("p", "Förslag – remissversion 2026-03-16"),
        (
            "box",
            "REMISSVERSION. Förslaget är inte beslutat. Tills kommunfullmäktige har fattat beslut "
            "gäller riktlinjerna från 2021. Synpunkter lämnas senast 15 maj 2026 till "
            "kommunstyrelsen@fargelanda.se. Märk svaret med KS 2026/043.",
        ),
        ("h2", "1. Varför nya riktlinjer?"),
        (
            "p",
            "Sedan riktlinjerna för idéburet offentligt partnerskap antogs 2021 har kommunen "
            "ingått få partnerskap. Vid föreningsdialogen hösten 2025 berättade flera föreningar "
            "i Högsäter, Ödeborg, Stigen och Rännelanda att kraven upplevs som svåra för små och "
            "nystartade föreningar, och att det är svårt att planera när idéer bara tas emot två "
            "gånger per år. Förslaget är ett svar på det.",
        ),
        ("h2", "2. De viktigaste förändringarna"),
        (
            "table",
            (30, 35, 35),
            [
                ["Fråga", "Riktlinjer från 2021 (gäller i dag)", "Förslag"],
                ["Hur länge föreningen ska ha funnits", "Minst två år", "Minst ett år"],
                ["Antal medlemmar", "Minst tio", "Minst tio (oförändrat)"],
                ["Egen insats", "Minst 15 procent", "Minst 10 procent"],
                ["Värde av en ideell timme", "180 kronor", "230 kronor"],
                [
                    "Avgift för deltagarna",
                    "Högst 50 kronor per tillfälle",
                    "Högst 400 kronor per termin",
                ],
                ["Partnerskapets längd", "Högst tre år", "Högst fem år"],
                [
                    "När idéskiss kan lämnas",
                    "Senast 1 april eller 1 oktober",
                    "Hela året",
                ],
            ],
        ),
        ("h2", "3. Vad som inte ändras"),
        (
            "p",
            "Verksamheten ska även i fortsättningen bedrivas i Färgelanda kommun och vara öppen "
            "för alla i målgruppen. Samma kostnad får inte finansieras både med föreningsbidrag "
            "och genom ett partnerskap. Lagstadgad verksamhet och verksamhet som kommunen vill "
            "köpa kan inte bli ett partnerskap.",
        ),
        ("h2", "4. Tidplan"),
        (
            "ul",
            [
                "Remisstid: 16 mars–15 maj 2026",
                "Bearbetning av remissvaren: juni–augusti 2026",
                "Beslut i kommunfullmäktige: planerat till oktober 2026",
                "De nya riktlinjerna föreslås gälla från 1 januari 2027",
            ],
        ),
        ("h2", "5. Remissinstanser"),
        (
            "p",
            "Förslaget skickas till samtliga föreningar i kommunens föreningsregister, "
            "kommunala pensionärsrådet, rådet för funktionshinderfrågor och Svenska kyrkan i "
            "Färgelanda. Alla som vill får lämna synpunkter.",
        ),
        ("h2", "6. Frågor om förslaget"),
        (
            "p",
            "Hanna Sjödin Krantz, utredare, kommunledningsförvaltningen, telefon 0528-567 09.",
        ),
    ],
)


# Skurup: idéskiss form (Word) whose rules stand in its boxes and field labels: minst tre
# ordinarie årsmöten; minst 30 medlemmar, minst hälften folkbokförda i Skurups kommun; barn 6–12
# år (utanför skoltid) or personer som har fyllt 65 år; egen insats minst 25 procent, 210 kronor
# per timme; högst 500 kronor per deltagare och kalenderår; begärt belopp högst 175 000 kronor
# per år; ett till tre år; högst tre sidor; bilagor; iop@skurup.se or post; 1 mars -> juni,
# 1 oktober -> december; contact Nadia Holmqvist Saleh 0411-53 62 19, telefontid. Sidecar.
SKURUP_BLANKETT = Doc(
    path="corpus/skurup/skurup-ideskiss-iop-blankett.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Skurups kommun",
    header_left="Skurups kommun · Kultur och fritid · Blankett KF 14 (version 2025-09)",
    footer_lines=["Skurups kommun · 274 80 Skurup · Växel 0411-53 60 00 · skurup.se"],
    author="Kultur och fritid, Skurups kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Med den här blanketten berättar er organisation om en idé som ni vill genomföra "
            "tillsammans med Skurups kommun. Läs rutorna innan ni fyller i. Idéskissen får vara "
            "högst tre sidor, bilagor oräknade.",
        ),
        (
            "box",
            "Innan ni fyller i: Organisationen ska vara en ideell förening, en stiftelse eller "
            "ett registrerat trossamfund och ska ha hållit minst tre ordinarie årsmöten. En "
            "förening ska ha minst 30 medlemmar, och minst hälften av dem ska vara folkbokförda i "
            "Skurups kommun.",
        ),
        ("h2", "1. Organisationen"),
        (
            "kv",
            [
                ("Organisationens namn", ""),
                ("Organisationsnummer", ""),
                ("Antal medlemmar", "Totalt: ____   Varav folkbokförda i Skurups kommun: ____"),
                ("Datum för de tre senaste ordinarie årsmötena", ""),
                ("Kontaktperson, telefon och e-post", ""),
            ],
        ),
        ("h2", "2. Idén"),
        (
            "box",
            "Verksamheten ska vända sig till barn 6–12 år eller till personer som har fyllt 65 "
            "år och ska bedrivas i Skurups kommun. Verksamhet för barn ska ligga utanför "
            "skoltid. Alla i målgruppen ska kunna delta, även den som inte är medlem.",
        ),
        (
            "kv",
            [
                ("Beskriv idén (högst en halv sida)", ""),
                ("Vilken målgrupp vänder ni er till, och hur många tror ni kommer att delta?", ""),
                ("Var ska verksamheten vara (ort och lokal)?", ""),
                ("Hur bidrar idén till kommunens mål?", ""),
            ],
        ),
        ("h2", "3. Ekonomi"),
        (
            "table",
            (60, 40),
            [
                ["Post", "Belopp per år (kronor)"],
                ["Verksamhetens totala kostnad", ""],
                [
                    "Egen insats – minst 25 procent av den totala kostnaden",
                    "",
                ],
                [
                    "  varav ideella timmar (antal timmar × 210 kronor)",
                    "",
                ],
                ["  varav egna medel, lokaler och material", ""],
                [
                    "Deltagaravgifter – högst 500 kronor per deltagare och kalenderår",
                    "",
                ],
                [
                    "Belopp som ni vill få från kommunen – högst 175 000 kronor per år",
                    "",
                ],
            ],
        ),
        (
            "box",
            "Blanketten kan inte användas för att söka bidrag till föreningens ordinarie "
            "verksamhet, lägerresor eller enstaka arrangemang. Sök i stället föreningsbidrag.",
        ),
        ("h2", "4. Tid"),
        (
            "kv",
            [
                ("Önskat startdatum", ""),
                ("Önskad längd (ett till tre år)", ""),
            ],
        ),
        ("h2", "5. Bilagor"),
        (
            "ul",
            [
                "Stadgar",
                "Protokoll från de tre senaste ordinarie årsmötena",
                "Senaste verksamhetsberättelse och ekonomiska berättelse",
                "Budget för den verksamhet som idéskissen gäller",
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "kv",
            [
                ("Ort och datum", ""),
                ("Underskrift av ordförande", ""),
                ("Namnförtydligande", ""),
            ],
        ),
        (
            "box",
            "Skicka idéskissen till iop@skurup.se eller med post till Skurups kommun, Kultur och "
            "fritid, 274 80 Skurup. Idéskisser som har kommit in senast den 1 mars behandlas av "
            "kultur- och fritidsnämnden i juni. Idéskisser som har kommit in senast den 1 "
            "oktober behandlas i december.",
        ),
        (
            "p",
            "Vill ni prata om er idé innan ni skickar in den? Ring Nadia Holmqvist Saleh, "
            "föreningskonsulent, telefon 0411-53 62 19. Telefontid tisdagar, onsdagar och "
            "torsdagar kl. 9.00–11.00.",
        ),
        (
            "small",
            "Personuppgifterna i idéskissen behandlas enligt dataskyddsförordningen. Läs mer på "
            "skurup.se/personuppgifter.",
        ),
    ],
)


DOCS = [
    TOREBODA_RIKTLINJER,
    TOREBODA_PROTOKOLL,
    BOLLEBYGD_UTLYSNING,
    OCKERO_VILLKOR,
    FARGELANDA_REMISS,
    SKURUP_BLANKETT,
]
