"""Text of the set_ag documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set are ordinary files in ``corpus/``:
timra-iop-villkor.html (criteria as a two-column table, "Villkor" against "Det här räcker
inte"), arvidsjaur-iop-vanliga-fragor.html (button accordion, only a functional mailbox and
the switchboard), arvidsjaur-facebook-iop-traffar.txt (a Facebook post with comments),
harjedalen-iop-in-english.md (English summary), gagnef-stod-till-foreningar.html (IOP mixed
with föreningsbidrag, lokalbidrag and LOU), heby-iop-for-foreningar.html (criteria, dates,
ongoing partnerships), nora-riktlinjer-iop.txt (numbered plain-text guideline) and
nora-nyhet-seniorcafe-gyttorp.html (news item about a decided IOP).
"""

Doc = dict  # the fields of build.py's Doc


# Timrå: a protocol extract from socialnämnden with two paragraphs: § 17 enters an IOP with
# Söråkers Seniorförening about Träffpunkt Hamnmagasinet (185 000 kronor per år,
# 2026-04-01 – 2028-12-31, SN 2025/214); § 18 says no to Föreningen Ljustorps Vänner, which
# has held only one årsmöte (SN 2025/251). The handläggare is named without a phone number;
# the only contacts are the switchboard and the förvaltning's mailbox in the footer. Sidecar.
TIMRA_PROTOKOLL = Doc(
    path="corpus/timra/timra-socialnamnden-protokollsutdrag-2026-02-18.pdf",
    title="Socialnämnden Timrå – protokollsutdrag 2026-02-18 §§ 17–18",
    header_left="Timrå kommun",
    header_right=["PROTOKOLLSUTDRAG", "Socialnämnden 2026-02-18"],
    footer_lines=[
        "Timrå kommun · Socialförvaltningen · 861 82 Timrå · "
        "Växel 060-16 30 00 · socialforvaltningen@timra.se"
    ],
    author="Socialförvaltningen, Timrå kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-18"),
                ("Plats och tid", "Kommunhuset, sammanträdesrum Tynderö, kl. 13.00–15.40"),
                ("Paragrafer", "§§ 17–18"),
            ],
        ),
        ("h2", "§ 17 Idéburet offentligt partnerskap med Söråkers Seniorförening om Träffpunkt "
               "Hamnmagasinet"),
        ("p", "Diarienummer: SN 2025/214"),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Söråkers Seniorförening "
                "(org.nr 889601-4432) om Träffpunkt Hamnmagasinet i Söråker,",
                "att kommunens del uppgår till 185 000 kronor per år,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-12-31, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Söråkers Seniorförening bildades 2019 och har hållit sex ordinarie årsmöten. "
            "Föreningen har 112 medlemmar. Idéskissen kom in till kommunen den 9 september 2025.",
        ),
        (
            "p",
            "Föreningen vill driva en öppen träffpunkt för personer som har fyllt 67 år i det "
            "gamla hamnmagasinet i Söråker, tre dagar i veckan, med lunch, gymnastik och "
            "samtalsgrupper. Träffpunkten är öppen även för den som inte är medlem. "
            "Deltagaravgiften blir 35 kronor per tillfälle, lunch inräknad.",
        ),
        (
            "p",
            "Föreningens egen insats är beräknad till 82 000 kronor per år, främst i form av "
            "ideella timmar och inredning av lokalen. Det motsvarar 31 procent av den totala "
            "kostnaden. Förvaltningen bedömer att idén uppfyller kommunens villkor för "
            "idéburet offentligt partnerskap.",
        ),
        (
            "p",
            "Partnerskapet följs upp varje år. Den första uppföljningen ska vara klar senast "
            "2027-03-31.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-29 från Maria Ekholm, utredare",
                "Idéskiss från Söråkers Seniorförening, inkommen 2025-09-09",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("small", "Beslutet skickas till: Söråkers Seniorförening, socialchefen, ekonomienheten"),
        ("h2", "§ 18 Idéskiss från Föreningen Ljustorps Vänner om seniorträffar i Ljustorp"),
        ("p", "Diarienummer: SN 2025/251"),
        ("h3", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Föreningen Ljustorps Vänner i nuläget.",
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Ljustorps Vänner vill ordna seniorträffar i Ljustorps bygdegård varannan "
            "vecka. Idén är väl genomarbetad och behovet finns, men föreningen bildades 2024 och "
            "har hållit ett ordinarie årsmöte. Kommunens villkor kräver minst tre ordinarie "
            "årsmöten. Förvaltningen har informerat föreningen om möjligheten att söka "
            "föreningsbidrag och om att en ny idéskiss kan lämnas in när villkoret är uppfyllt.",
        ),
        ("h3", "Beslutsunderlag"),
        ("ul", ["Tjänsteskrivelse 2026-01-29 från Maria Ekholm, utredare"]),
        ("h3", "Justering"),
        (
            "lines",
            [
                "Ordförande: Ulla-Britt Sandström",
                "Justerare: Göran Hägglund Lind",
                "Protokollet justerat 2026-02-23",
                "Utdragsbestyrkande: Helena Nordin, nämndsekreterare",
            ],
        ),
    ],
)


# Härjedalen: a letterhead PDF with the guidelines written as running prose. "Ska" is a
# requirement, "bör" is not (bör minst 15 medlemmar; deltagaravgifter bör undvikas). Exceptions:
# a merged förening counts as old as the oldest of the merged ones; 10 procent instead of 20 in
# Lillhärdal, Linsell, Älvros and Tännäs. No person is named: the only contacts are the IOP
# mailbox and the switchboard in the footer. Sidecar.
HARJEDALEN_RIKTLINJER = Doc(
    path="corpus/harjedalen/harjedalen-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Härjedalens kommun",
    header_left="Härjedalens kommun",
    header_right=["Riktlinjer", "Dnr KS 2025/118"],
    footer_lines=[
        "Härjedalens kommun · 842 80 Sveg · Växel 0680-161 00 · iop@herjedalen.se · "
        "www.herjedalen.se"
    ],
    author="Kommunledningsförvaltningen, Härjedalens kommun",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagna av kommunfullmäktige 2025-06-16, § 64. Gäller från 2025-07-01 och ersätter "
            "riktlinjerna från 2018.",
        ),
        ("h2", "Varför partnerskap?"),
        (
            "p",
            "Avstånden i Härjedalen är långa och många äldre bor i små byar, långt från närmaste "
            "mötesplats. Föreningslivet når ofta de äldre som kommunen har svårt att nå. Ett "
            "idéburet offentligt partnerskap gör det möjligt för kommunen och en förening att "
            "tillsammans genomföra något som föreningen har tagit initiativ till. Partnerskapet "
            "är varken ett föreningsbidrag eller en upphandling.",
        ),
        ("h2", "Vem kan bli part?"),
        (
            "p",
            "Kommunen kan ingå partnerskap med ideella föreningar och stiftelser. Organisationen "
            "ska ha ett organisationsnummer och ska ha bedrivit verksamhet i minst två år när "
            "idén lämnas in. Det finns ett undantag: en förening som har bildats genom att två "
            "eller flera äldre föreningar har gått samman räknas som lika gammal som den äldsta "
            "av dem. Ekonomiska föreningar, aktiebolag och samebyar kan inte bli part.",
        ),
        (
            "p",
            "Organisationen bör ha minst 15 medlemmar. Det är inget krav, men med färre "
            "medlemmar kan det vara svårare att visa att verksamheten kan bäras under hela "
            "partnerskapet.",
        ),
        ("h2", "Vad kan ett partnerskap handla om?"),
        (
            "p",
            "Verksamheten ska rikta sig till personer som har fyllt 65 år och bör även vara "
            "öppen för deras anhöriga. Den ska vara öppen för alla i målgruppen, oavsett om de "
            "är medlemmar i organisationen eller inte. Verksamheten ska bedrivas i Härjedalens "
            "kommun. Den bör gärna nå äldre i flera byar, till exempel genom att träffarna "
            "flyttar mellan byarna. Verksamhet som i första hand vänder sig till besökare och "
            "fritidshusägare omfattas inte.",
        ),
        (
            "p",
            "Partipolitisk verksamhet ska inte förekomma. Religiösa organisationer kan bli part, "
            "men verksamheten i partnerskapet ska vara fri från religiös förkunnelse. "
            "Organisationen ska inte dela ut vinst, och ett eventuellt överskott ska användas i "
            "verksamheten.",
        ),
        ("h2", "Avgifter"),
        (
            "p",
            "Deltagaravgifter bör undvikas. Om organisationen ändå tar ut en avgift får den vara "
            "högst 500 kronor per deltagare och år. Fika och mat räknas inte in i avgiften, men "
            "ska säljas till självkostnadspris.",
        ),
        ("h2", "Egen insats"),
        (
            "p",
            "Organisationen ska själv stå för minst 20 procent av den totala kostnaden. Ideellt "
            "arbete värderas till 180 kronor per timme. För verksamhet i Lillhärdal, Linsell, "
            "Älvros och Tännäs räcker en egen insats på minst 10 procent, eftersom det där finns "
            "få personer som kan arbeta ideellt.",
        ),
        ("h2", "Från idé till överenskommelse"),
        (
            "ol",
            [
                "Organisationen skickar en kort idéskiss till kommunens funktionsbrevlåda för "
                "IOP (se sidfoten). Idéskisser tas emot hela året men behandlas vid två "
                "tillfällen.",
                "Idéskisser som har kommit in senast den 1 mars behandlas i maj. Idéskisser som "
                "har kommit in senast den 1 oktober behandlas i december.",
                "Kommunen bjuder in till ett dialogmöte, i Sveg eller digitalt.",
                "Vård- och omsorgsnämnden beslutar om partnerskap där kommunens del är högst "
                "200 000 kronor per år. Över det beslutar kommunstyrelsen.",
                "Överenskommelsen skrivs för ett till fyra år.",
            ],
        ),
        ("h2", "Utbetalning och uppföljning"),
        (
            "p",
            "Kommunens del betalas ut kvartalsvis i förskott. Organisationen lämnar en kort "
            "verksamhetsrapport senast den 15 februari varje år. Båda parter kan säga upp "
            "överenskommelsen med tre månaders uppsägningstid.",
        ),
    ],
)


# Gagnef: an application form (docx) with checkboxes. Every box in section 2 must be ticked:
# bildad minst tre år före ansökningsdagen, minst 25 medlemmar, 65 år, in Gagnef, no membership
# needed, högst 30 kronor per tillfälle, minst 25 procent, no other kommunalt bidrag for the
# same verksamhet, no vinst, no partipolitik. 15 oktober, socialnämnden in December, start
# 1 februari, två år, högst 90 000 kronor per år, 200 kronor per timme. Sidecar.
GAGNEF_ANSOKAN = Doc(
    path="corpus/gagnef/gagnef-ansokan-iop.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Gagnefs kommun",
    header_left="Gagnefs kommun – Kultur och fritid",
    footer_lines=[
        "Gagnefs kommun · Kultur och fritid · 786 31 Djurås · Växel 0241-152 00 · "
        "forening@gagnef.se",
        "Blankett KoF 14 · version 2026-01",
    ],
    author="Kultur och fritid, Gagnefs kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Blanketten används av föreningar som vill ingå ett idéburet offentligt partnerskap "
            "med Gagnefs kommun inom området äldres hälsa och delaktighet. Ett partnerskap "
            "gäller i två år. Läs igenom hela blanketten innan ni fyller i den.",
        ),
        (
            "box",
            "Ansökan ska ha kommit in senast den 15 oktober. Socialnämnden beslutar i december, "
            "och partnerskapet kan börja den 1 februari året därpå.",
        ),
        ("h2", "1. Föreningen"),
        (
            "table",
            (45, 55),
            [
                ["Uppgift", "Fyll i"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Datum då föreningen bildades", ""],
                ["Antal medlemmar den 31 december förra året", ""],
                ["Kontaktperson", ""],
                ["Telefon och e-post till kontaktpersonen", ""],
            ],
        ),
        ("h2", "2. Villkor – kryssa i"),
        (
            "p",
            "Alla rutor ska kunna kryssas i. Om ni inte kan kryssa i en ruta kan ansökan inte "
            "beviljas. Hör gärna av er innan ni skickar in ansökan om ni är osäkra.",
        ),
        (
            "lines",
            [
                "☐ Föreningen bildades minst tre år före ansökningsdagen.",
                "☐ Föreningen har minst 25 medlemmar.",
                "☐ Verksamheten vänder sig till personer som har fyllt 65 år.",
                "☐ Verksamheten hålls i Gagnefs kommun.",
                "☐ Man behöver inte vara medlem i föreningen för att delta.",
                "☐ Deltagaravgiften är högst 30 kronor per tillfälle.",
                "☐ Föreningen står för minst 25 procent av den totala kostnaden.",
                "☐ Föreningen får inget annat kommunalt bidrag för samma verksamhet.",
                "☐ Föreningen delar inte ut vinst och bedriver ingen partipolitisk verksamhet.",
            ],
        ),
        ("h2", "3. Beskriv verksamheten"),
        (
            "ol",
            [
                "Vad vill ni göra, och varför behövs det?",
                "Vilka ska delta, och hur når ni dem?",
                "Var och hur ofta ska verksamheten äga rum?",
                "Hur bidrar verksamheten till kommunens mål om äldres hälsa och delaktighet?",
            ],
        ),
        ("h2", "4. Budget per år"),
        (
            "table",
            (40, 30, 30),
            [
                ["Post", "Föreningens insats (kr)", "Kommunens del (kr)"],
                ["Ideellt arbete (antal timmar × 200 kronor)", "", ""],
                ["Lokal", "", ""],
                ["Material", "", ""],
                ["Övrigt", "", ""],
                ["Summa", "", ""],
            ],
        ),
        (
            "small",
            "Ideellt arbete räknas med 200 kronor per timme. Kommunens del kan vara högst "
            "90 000 kronor per år.",
        ),
        ("h2", "5. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från senaste årsmötet",
                "☐ Verksamhetsberättelse och ekonomisk redovisning för förra året",
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________________",
                "Ordförande: ______________________________",
                "Namnförtydligande: ______________________________",
            ],
        ),
        ("h2", "Skicka ansökan"),
        (
            "p",
            "Mejla ansökan till forening@gagnef.se eller skicka den till Gagnefs kommun, Kultur "
            "och fritid, 786 31 Djurås. Frågor om blanketten besvaras av Malin Bergkvist Hed, "
            "fritidskonsulent, 0241-153 42, måndag–torsdag.",
        ),
    ],
)


# Heby: a consultation response (remissvar) from Östervåla Pensionärsförening on the kommun's
# draft guidelines (KS 2025/301). It reports what the draft proposes (65 år, 20 procent,
# 300 kronor per termin, löpande ansökan) and what the förening wants; none of it is the rule
# in force (that is on heby-iop-for-foreningar.html: 70 år, 10 procent, 200 kronor per termin,
# 31 mars). Sidecar.
HEBY_REMISSVAR = Doc(
    path="corpus/heby/heby-remissvar-ostervala-pensionarsforening.pdf",
    title="Remissvar från Östervåla Pensionärsförening – förslag till nya riktlinjer för IOP "
    "i Heby kommun",
    header_left="Östervåla Pensionärsförening",
    header_right=["Remissvar", "Dnr KS 2025/301"],
    footer_lines=["Östervåla Pensionärsförening · c/o Sten Arvidsson · Backvägen 4 · 744 50 Östervåla"],
    author="Östervåla Pensionärsförening",
    blocks=[
        (
            "h1",
            "Yttrande över förslag till nya riktlinjer för idéburet offentligt partnerskap i "
            "Heby kommun",
        ),
        (
            "kv",
            [
                ("Till", "Heby kommun, kommunstyrelsen"),
                ("Ert diarienummer", "KS 2025/301"),
                ("Datum", "2026-02-12"),
            ],
        ),
        (
            "p",
            "Östervåla Pensionärsförening har 186 medlemmar och har tagit del av kommunens "
            "förslag till nya riktlinjer för idéburet offentligt partnerskap (IOP). Vi tackar "
            "för möjligheten att lämna synpunkter och vill framföra följande.",
        ),
        ("h2", "Åldersgränsen"),
        (
            "p",
            "I förslaget sänks åldersgränsen för målgruppen från 70 till 65 år. Det välkomnar "
            "vi. Många som nyss har gått i pension är ensamma, och de är dessutom de som orkar "
            "hjälpa till. Vi föreslår också att den som bor på ett särskilt boende ska kunna "
            "delta.",
        ),
        ("h2", "Egen insats"),
        (
            "p",
            "Förslaget höjer kravet på egen insats från 10 till 20 procent. Det avstyrker vi. "
            "Små föreningar i byarna har svårt att få ihop så många ideella timmar. Vi föreslår "
            "att kravet blir kvar på 10 procent och att en ideell timme räknas upp till "
            "250 kronor.",
        ),
        ("h2", "Avgifter"),
        (
            "p",
            "Enligt förslaget får deltagaravgiften vara högst 300 kronor per termin. Vi "
            "tillstyrker det, eftersom hyror och ledararvoden har blivit dyrare.",
        ),
        ("h2", "Ansökningstider"),
        (
            "p",
            "Förslaget innebär att ansökningar kan lämnas in löpande under hela året i stället "
            "för under en ansökningsperiod på våren. Det tillstyrker vi.",
        ),
        ("h2", "Sammanfattning"),
        (
            "ul",
            [
                "Vi tillstyrker den sänkta åldersgränsen och föreslår att även boende på "
                "särskilt boende ska kunna delta.",
                "Vi avstyrker det höjda kravet på egen insats.",
                "Vi tillstyrker den nya avgiftsgränsen och löpande ansökan.",
            ],
        ),
        (
            "p",
            "Vi utgår från att kommunfullmäktige beslutar om de nya riktlinjerna under hösten "
            "2026 och att de nuvarande reglerna gäller fram till dess.",
        ),
        (
            "lines",
            [
                "För Östervåla Pensionärsförening",
                "Sten Arvidsson, ordförande",
                "Inga-Lill Mattsson, sekreterare",
            ],
        ),
    ],
)


DOCS = [TIMRA_PROTOKOLL, HARJEDALEN_RIKTLINJER, GAGNEF_ANSOKAN, HEBY_REMISSVAR]
