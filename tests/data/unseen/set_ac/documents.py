"""Text of the set_ac documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set are ordinary files in ``corpus/``:
Älvkarleby's comparison table (html: "Det här kan bli IOP" next to "Det här kan inte bli IOP"),
Hallstahammar's page on föreningsbidrag, lokalbidrag, LOU and IOP (html), Askersund's FAQ
accordion (html), Torsby's web page with the rules in force (md), Strömsund's English page
(html) and a Facebook post about a signed IOP (txt), and Vindeln's news item about a new IOP
round (html).
"""

Doc = dict  # the fields of build.py's Doc


# Älvkarleby: a socialnämnd protocol extract with two paragraphs. § 41 decides a concrete IOP
# (SPF Seniorerna Skutskär, Seniorcaféet på Bruksgården, 145 000 kronor per år, 2026-06-01 –
# 2029-05-31, SN 2026/0041, paid quarterly in advance). § 42 turns down an idea from Marma
# Bygdegårdsförening because the förening has held only two ordinarie årsmöten. The only
# contacts are the nämnd's functional mailbox and the switchboard in the footer. Sidecar.
ALVKARLEBY_PROTOKOLL = Doc(
    path="corpus/alvkarleby/alvkarleby-socialnamnden-protokollsutdrag-2026-04-22.pdf",
    title="Socialnämnden Älvkarleby – protokollsutdrag 2026-04-22 §§ 41–42",
    header_left="Älvkarleby kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Socialnämnden", "Sammanträdesdatum 2026-04-22"],
    footer_lines=[
        "Justerandes signatur: ____________  ____________      Utdragsbestyrkande: ____________",
        "Älvkarleby kommun · Socialnämnden · 814 80 Skutskär · socialnamnden@alvkarleby.se · "
        "Växel 026-830 00",
    ],
    author="Socialnämnden, Älvkarleby kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Plats och tid", "Kommunhuset, sammanträdesrummet Älven, Skutskär, kl. 13.00–15.40"),
                (
                    "Beslutande",
                    "Lars-Olov Hedin (S), ordförande; Maria Sandén (M), vice ordförande; "
                    "Kjell Åström (S); Anna-Karin Berg (SD); Tomas Lindgren (V); "
                    "Birgitta Ohlsson Frid (C); Peter Nordström (S)",
                ),
                (
                    "Övriga närvarande",
                    "Helena Wiberg, socialchef; Jenny Vikström Åberg, föreningsutvecklare, "
                    "§§ 41–42; Kristoffer Ek, nämndsekreterare",
                ),
                ("Justerare", "Maria Sandén"),
                ("Justeringens plats och tid", "Socialförvaltningen, Skutskär, 2026-04-28"),
                ("Paragrafer", "41–42"),
            ],
        ),
        ("h2", "§ 41 Idéburet offentligt partnerskap med SPF Seniorerna Skutskär om "
               "Seniorcaféet på Bruksgården"),
        ("bold", "Dnr SN 2026/0041"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "SPF Seniorerna Skutskär lämnade den 3 november 2025 in en idéskiss om ett "
            "seniorcafé på Bruksgården i Skutskär. Caféet ska vara öppet tisdagar och fredagar "
            "kl. 13–16 för alla som har fyllt 67 år, oavsett om de är medlemmar i föreningen. "
            "Deltagarna betalar 30 kronor per tillfälle, och då ingår kaffe och bröd. Föreningen "
            "bildades 1981, har hållit ordinarie årsmöte varje år sedan dess och har 212 "
            "medlemmar.",
        ),
        (
            "p",
            "Efter dialog mellan föreningen och socialförvaltningen under vintern har parterna "
            "tagit fram ett förslag till överenskommelse. Verksamhetens totala kostnad beräknas "
            "till 241 600 kronor per år. Föreningen står för 96 600 kronor per år i form av 420 "
            "ideella timmar, vilket motsvarar 40 procent. Kommunens del är 145 000 kronor per år "
            "och ska täcka hyra av lokal, försäkring, material och en samordnare på deltid.",
        ),
        (
            "p",
            "Kommunens del understiger 200 000 kronor per år. Socialnämnden är därför "
            "beslutande enligt riktlinjerna för idéburet offentligt partnerskap.",
        ),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ul",
            [
                "att ingå ett idéburet offentligt partnerskap med SPF Seniorerna Skutskär "
                "(org.nr 817602-4418) om Seniorcaféet på Bruksgården,",
                "att partnerskapet gäller från och med 2026-06-01 till och med 2029-05-31,",
                "att kommunens bidrag är 145 000 kronor per år och betalas ut kvartalsvis i "
                "förskott, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("small", "Expedieras: SPF Seniorerna Skutskär, Socialförvaltningen, Ekonomienheten"),
        ("h2", "§ 42 Idéskiss från Marma Bygdegårdsförening om Träffpunkt Marma"),
        ("bold", "Dnr SN 2026/0057"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Marma Bygdegårdsförening lämnade den 2 februari 2026 in en idéskiss om en "
            "träffpunkt för äldre i Marma bygdegård en eftermiddag i veckan. Föreningen bildades "
            "2021 men har hittills hållit två ordinarie årsmöten, 2024 och 2025. Enligt "
            "riktlinjerna ska en förening ha hållit minst tre ordinarie årsmöten för att kunna "
            "ingå ett partnerskap med kommunen. Socialförvaltningen bedömer i övrigt att idén är "
            "väl genomtänkt.",
        ),
        ("h3", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ul",
            [
                "att inte gå vidare med idéskissen, samt",
                "att meddela föreningen att den är välkommen att lämna in en ny idéskiss efter "
                "sitt tredje ordinarie årsmöte.",
            ],
        ),
        ("small", "Expedieras: Marma Bygdegårdsförening, Socialförvaltningen"),
        ("small", "Rätt utdraget intygar: Kristoffer Ek, nämndsekreterare"),
    ],
)


# Hallstahammar: guidelines as a letterhead PDF in running prose. "ska" is a requirement, "bör"
# is not (said in section 2). Exceptions: a merged förening counts the time of the oldest of the
# merged föreningar; activities for people över 80 need only 15 procent instead of 30 procent;
# registration/limited places for safety. No person is named: the only contacts are
# iop@hallstahammar.se and the switchboard in the footer. No sidecar.
HALLSTAHAMMAR_RIKTLINJER = Doc(
    path="corpus/hallstahammar/hallstahammar-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP)",
    header_left="Hallstahammars kommun",
    header_right=["Kommunledningsförvaltningen", "Riktlinje", "Dnr KS 2025/214"],
    footer_lines=[
        "Hallstahammars kommun · 734 80 Hallstahammar",
        "Växel 0220-240 00 · iop@hallstahammar.se · www.hallstahammar.se",
    ],
    author="Kommunledningsförvaltningen",
    letterhead=True,
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "small",
            "Antagna av kommunfullmäktige 2025-11-24, § 97. Gäller från och med 2026-01-01 och "
            "ersätter riktlinjerna från 2020.",
        ),
        ("h2", "1. Varför idéburet offentligt partnerskap"),
        (
            "p",
            "Föreningslivet i Hallstahammar, Kolbäck och Strömsholm gör stora insatser för "
            "invånarna. Ibland har en förening en idé som kommunen också vill stötta under en "
            "längre tid än ett bidragsår. Då kan föreningen och kommunen ingå ett idéburet "
            "offentligt partnerskap. Partnerskapet bygger på att föreningen har tagit initiativet "
            "och att båda parter bidrar med resurser. Riktlinjerna gäller för kommunstyrelsen och "
            "alla nämnder.",
        ),
        ("h2", "2. Hur riktlinjerna ska läsas"),
        (
            "p",
            "När det i riktlinjerna står att något ska gälla är det ett krav. Om ett krav inte är "
            "uppfyllt kan kommunen inte ingå partnerskapet. När det står att något bör gälla är "
            "det i stället sådant som kommunen ser positivt på och väger in i bedömningen, men en "
            "idé kan gå vidare även om det inte är uppfyllt.",
        ),
        ("h2", "3. Vilka kan bli partner"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar och stiftelser som har sitt säte i "
            "Hallstahammars kommun. Föreningen ska ha bedrivit verksamhet i minst två år när "
            "idéskissen lämnas in. Ett undantag gäller för en förening som har bildats genom att "
            "två eller flera föreningar har gått samman. Då räknas den tid som den äldsta av de "
            "sammanslagna föreningarna har funnits.",
        ),
        (
            "p",
            "Föreningen bör ha minst 15 medlemmar. En mindre förening kan alltså också ingå ett "
            "partnerskap, särskilt om den kan visa att verksamheten har stöd i bygden. Föreningen "
            "ska inte ha förfallna skulder till kommunen, till exempel obetalda lokalhyror.",
        ),
        ("h2", "4. Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Hallstahammars kommun, i Hallstahammar, Kolbäck, "
            "Strömsholm eller på landsbygden runt omkring. Verksamhet för äldre ska vara till "
            "för personer som har fyllt 65 år. Anhöriga som följer med en äldre deltagare får "
            "ändå delta.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i målgruppen, oavsett om de är medlemmar i "
            "föreningen eller inte. Föreningen får ändå begränsa antalet platser och kräva "
            "anmälan i förväg när det behövs av säkerhetsskäl, till exempel vid vattengympa eller "
            "bussutflykter.",
        ),
        (
            "p",
            "Verksamheten bör vara avgiftsfri för deltagarna. Om föreningen tar ut en avgift ska "
            "den vara högst 50 kronor per tillfälle. Verksamheten bör också bedrivas i samarbete "
            "med andra föreningar eller med ett studieförbund.",
        ),
        (
            "p",
            "Verksamheten ska vara partipolitiskt och religiöst obunden. Föreningen får inte dela "
            "ut vinst till medlemmar eller styrelse, och ett överskott ska gå tillbaka till "
            "verksamheten.",
        ),
        ("h2", "5. Föreningens egen insats"),
        (
            "p",
            "Föreningen ska bidra med en egen insats som motsvarar minst 30 procent av "
            "verksamhetens totala kostnad. Undantag: om verksamheten riktar sig till personer som "
            "har fyllt 80 år räcker det med en egen insats på minst 15 procent. Ideellt arbete "
            "värderas till 220 kronor per timme. Lokaler som föreningen äger eller hyr räknas "
            "till vad det skulle kosta att hyra motsvarande lokal.",
        ),
        ("h2", "6. Vad som inte kan bli ett partnerskap"),
        (
            "p",
            "Verksamhet som kommunen är skyldig att bedriva enligt lag, verksamhet som kommunen "
            "köper genom upphandling och enstaka evenemang kan inte bli ett partnerskap. Samma "
            "kostnad får inte heller betalas både genom ett partnerskap och genom föreningsbidrag "
            "från kommunen.",
        ),
        ("h2", "7. Från idé till överenskommelse"),
        (
            "p",
            "Föreningen beskriver sin idé i en idéskiss på kommunens blankett och skickar den "
            "till iop@hallstahammar.se. Idéskisser som har kommit in senast den 31 mars "
            "behandlas under våren. Idéskisser som har kommit in senast den 31 oktober behandlas "
            "under vintern. Inom fyra veckor efter sista dagen får föreningen besked om kommunen "
            "vill gå vidare till dialog.",
        ),
        (
            "p",
            "Under dialogen tar föreningen och kommunen tillsammans fram en överenskommelse med "
            "mål, budget och hur verksamheten ska följas upp. Den nämnd vars område verksamheten "
            "hör till beslutar om partnerskap där kommunens del är högst 400 000 kronor per år. "
            "Är kommunens del större beslutar kommunstyrelsen.",
        ),
        ("h2", "8. Överenskommelsen och uppföljning"),
        (
            "p",
            "Ett partnerskap gäller i ett till tre år och kan förlängas en gång med högst tre "
            "år. Kommunens del betalas ut halvårsvis. Föreningen lämnar en skriftlig redovisning "
            "av verksamheten och ekonomin senast den 28 februari varje år. Båda parter kan säga "
            "upp överenskommelsen med tre månaders uppsägningstid.",
        ),
    ],
)


# Askersund: an application form (docx) with ☐ Ja / ☐ Nej control questions: 12 månader in the
# föreningsregister, 10 medlemmar folkbokförda in the kommun, verksamhet för personer som fyllt
# 60 år, open to non-members, högst 200 kronor per termin, minst 25 procent of which minst 5
# procent in egna pengar, 190 kronor per timme, högst 120 000 kronor per år. One round: 15
# oktober 2026, decision 8 december 2026, start 1 februari 2027. Contact named. Sidecar.
ASKERSUND_BLANKETT = Doc(
    path="corpus/askersund/askersund-ansokan-iop-blankett.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Askersunds kommun",
    header_left="Askersunds kommun · Kommunledningskontoret · Blankett KS 14 (version 2026-03)",
    footer_lines=[
        "Askersunds kommun · 696 81 Askersund · Växel 0583-810 00 · iop@askersund.se",
    ],
    author="Kommunledningskontoret, Askersunds kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Sista dag för ansökan: 15 oktober 2026. Partnerskap som beviljas börjar den "
            "1 februari 2027.",
        ),
        (
            "p",
            "Fyll i blanketten och skicka den till iop@askersund.se eller med post till "
            "Askersunds kommun, Kommunledningskontoret, 696 81 Askersund. Läs kontrollfrågorna i "
            "del 3 innan ni fyller i resten. Om ni svarar Nej på någon av kontrollfrågorna kan "
            "kommunen inte pröva ansökan.",
        ),
        ("h2", "Del 1. Föreningen"),
        (
            "kv",
            [
                ("Föreningens namn", "________________________________"),
                ("Organisationsnummer", "________________________________"),
                ("Föreningen bildades (år)", "________"),
                ("Antal medlemmar", "________ varav folkbokförda i Askersunds kommun: ________"),
                ("Kontaktperson", "________________________________"),
                ("Telefon och e-post", "________________________________"),
            ],
        ),
        ("h2", "Del 2. Er idé"),
        (
            "lines",
            [
                "Vad vill ni göra? ______________________________________________",
                "Var ska verksamheten vara? ______________________________________",
                "Vilka är verksamheten till för? __________________________________",
                "Hur ofta och hur länge? ________________________________________",
                "Varför behövs den? _____________________________________________",
            ],
        ),
        ("h2", "Del 3. Kontrollfrågor"),
        ("p", "Kryssa i Ja eller Nej för varje fråga."),
        (
            "table",
            [70, 15, 15],
            [
                ["Kontrollfråga", "Ja", "Nej"],
                [
                    "Föreningen har varit registrerad i kommunens föreningsregister i minst 12 "
                    "månader.",
                    "☐",
                    "☐",
                ],
                [
                    "Föreningen har minst 10 medlemmar som är folkbokförda i Askersunds kommun.",
                    "☐",
                    "☐",
                ],
                ["Verksamheten är till för personer som har fyllt 60 år.", "☐", "☐"],
                ["Också den som inte är medlem i föreningen får delta.", "☐", "☐"],
                [
                    "En deltagare betalar sammanlagt högst 200 kronor per termin. Fika som säljs "
                    "till självkostnadspris räknas inte.",
                    "☐",
                    "☐",
                ],
                [
                    "Föreningen står för minst 25 procent av kostnaden, och minst 5 procent av "
                    "kostnaden betalar föreningen med egna pengar.",
                    "☐",
                    "☐",
                ],
                ["Verksamheten sker i Askersunds kommun.", "☐", "☐"],
                ["Föreningen delar inte ut vinst till medlemmar eller styrelse.", "☐", "☐"],
                [
                    "Verksamheten är inte partipolitisk och innehåller ingen religiös förkunnelse.",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del 4. Budget per år"),
        (
            "table",
            [70, 30],
            [
                ["Post", "Kronor"],
                ["Verksamhetens totala kostnad", "________"],
                ["Egen insats: ideella timmar (antal timmar × 190 kronor)", "________"],
                ["Egen insats: egna pengar", "________"],
                ["Sökt belopp från kommunen (högst 120 000 kronor per år)", "________"],
            ],
        ),
        ("h2", "Del 5. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från senaste årsmötet",
                "☐ Verksamhetsberättelse och ekonomisk redovisning för senaste året",
                "☐ Budget för verksamheten",
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
        ("h2", "Så hanteras ansökan"),
        (
            "p",
            "Ansökningar som har kommit in senast den 15 oktober 2026 bereds under hösten. "
            "Kommunstyrelsen beslutar vid sitt sammanträde den 8 december 2026. Ett partnerskap "
            "börjar den 1 februari 2027 och gäller i två år. Kommunens del betalas ut en gång per "
            "år i februari.",
        ),
        (
            "p",
            "Frågor om blanketten: Anneli Grönberg Sand, folkhälsostrateg, telefon 0583-812 54 "
            "(måndag, onsdag och fredag kl. 10–12).",
        ),
        (
            "small",
            "Askersunds kommun behandlar personuppgifterna i ansökan för att pröva den. Läs mer "
            "om hur vi behandlar personuppgifter på askersund.se/personuppgifter.",
        ),
    ],
)


# Torsby: a consultation response from two pensioner associations (not the kommun's rule). It
# describes the kommun's proposal (egen insats from 15 to 20 procent, 75 år kept, 20 kronor kept)
# and proposes 65 år, 10 procent, 40 kronor and one year. The box says it is the associations'
# view. The contact is the PRO chair (not the kommun's IOP contact). Sidecar.
TORSBY_REMISSVAR = Doc(
    path="corpus/torsby/torsby-remissvar-pro-spf-riktlinjer-iop.pdf",
    title="Remissvar från PRO Torsby och SPF Seniorerna Övre Klarälvdalen – riktlinjer för IOP",
    header_left="PRO Torsby · SPF Seniorerna Övre Klarälvdalen",
    header_right=["Remissvar", "2026-03-18"],
    footer_lines=[
        "PRO Torsby och SPF Seniorerna Övre Klarälvdalen · Remissvar till Torsby kommun, "
        "dnr KS 2025/402",
    ],
    author="PRO Torsby",
    blocks=[
        (
            "h1",
            "Remissvar: Förslag till nya riktlinjer för idéburet offentligt partnerskap i "
            "Torsby kommun",
        ),
        (
            "kv",
            [
                ("Till", "Torsby kommun, kommunstyrelsen"),
                ("Ärende", "Remiss av förslag till nya riktlinjer för IOP, dnr KS 2025/402"),
                ("Från", "PRO Torsby och SPF Seniorerna Övre Klarälvdalen"),
                ("Datum", "2026-03-18"),
            ],
        ),
        (
            "box",
            "Detta är föreningarnas synpunkter på kommunens förslag. Det är kommunfullmäktige som "
            "beslutar om nya riktlinjer, och till dess gäller kommunens nuvarande regler.",
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Kommunen har skickat ett förslag till nya riktlinjer för idéburet offentligt "
            "partnerskap på remiss med sista svarsdag den 20 mars 2026. Förslaget innebär bland "
            "annat att föreningens egen insats höjs från 15 till 20 procent, att åldersgränsen "
            "75 år för verksamhet för äldre blir kvar och att avgiften även i fortsättningen får "
            "vara högst 20 kronor per tillfälle.",
        ),
        (
            "p",
            "Våra två föreningar har tillsammans drygt 600 medlemmar i Torsby kommun. Vi har "
            "diskuterat förslaget på ett gemensamt medlemsmöte i Torsby den 9 mars 2026.",
        ),
        ("h2", "Våra synpunkter"),
        (
            "ol",
            [
                "Åldersgränsen. Vi föreslår att verksamhet för äldre ska få vända sig till alla "
                "som har fyllt 65 år. Många av dem som behöver en mötesplats är mellan 65 och 75 "
                "år, inte minst nyblivna änkor och änklingar.",
                "Egen insats. Vi föreslår att föreningens egen insats sänks till 10 procent i "
                "stället för att höjas. Små föreningar i byarna orkar inte mer.",
                "Avgift. Vi föreslår att deltagarna ska få betala högst 40 kronor per tillfälle, "
                "eftersom kaffe och bröd har blivit dyrare.",
                "Hur länge föreningen har funnits. Vi föreslår att kravet på tre års verksamhet "
                "ändras till ett år, så att nya föreningar kan komma in.",
            ],
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi är gärna med i det fortsatta arbetet och ställer upp på ett möte när kommunen "
            "vill. Vi ser fram emot kommunfullmäktiges beslut i höst.",
        ),
        (
            "lines",
            [
                "För PRO Torsby: Gunnel Fryxell, ordförande",
                "För SPF Seniorerna Övre Klarälvdalen: Bengt-Åke Lindqvist, ordförande",
                "Kontaktperson för remissvaret: Gunnel Fryxell, telefon 0560-104 72",
            ],
        ),
    ],
)


# Vindeln: a follow-up report (docx) to kommunstyrelsen listing the partnerships: two ongoing
# (Tvärålund 60 000 kr, Granö 78 000 kr; 138 000 kronor per år together) and one ended
# (Seniorgympa i Hällnäs, ended because the förening no longer had a leader). Dnr per
# partnership. The handläggare is named without a phone number. No sidecar.
VINDELN_UPPFOLJNING = Doc(
    path="corpus/vindeln/vindeln-uppfoljning-iop-2025.docx",
    title="Uppföljning av idéburna offentliga partnerskap 2025",
    header_left="Vindelns kommun – Kommunledningskontoret – Tjänsteskrivelse",
    footer_lines=["Vindelns kommun · 922 81 Vindeln · Växel 0933-140 00 · kommun@vindeln.se"],
    author="Kommunledningskontoret, Vindelns kommun",
    blocks=[
        ("h1", "Uppföljning av idéburna offentliga partnerskap 2025"),
        (
            "kv",
            [
                ("Datum", "2026-02-20"),
                ("Diarienummer", "KS 2026/058"),
                ("Till", "Kommunstyrelsen"),
                ("Handläggare", "Emma Lundmark Öberg, folkhälsosamordnare"),
            ],
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Vindelns kommun hade under 2025 tre idéburna offentliga partnerskap med föreningar. "
            "Två av dem pågår under 2026. Seniorgympan i Hällnäs avslutades den 31 december 2025. "
            "Kommunens bidrag till de två pågående partnerskapen är sammanlagt 138 000 kronor per "
            "år.",
        ),
        ("h2", "Partnerskapen"),
        (
            "table",
            [22, 30, 22, 13, 13],
            [
                ["Förening", "Verksamhet", "Period", "Kommunens bidrag per år", "Beslut (dnr)"],
                [
                    "Tvärålunds Bygdeförening",
                    "Fredagsfika för äldre i Tvärålund",
                    "2024-01-01 – 2026-12-31",
                    "60 000 kr",
                    "KS 2023/287",
                ],
                [
                    "Granö Byaförening",
                    "Granöskjutsen – samåkning till hälsocentral och affär",
                    "2025-03-01 – 2027-02-28",
                    "78 000 kr",
                    "KS 2024/341",
                ],
                [
                    "SPF Seniorerna Vindeln",
                    "Seniorgympa i Hällnäs",
                    "2023-01-01 – 2025-12-31 (avslutat)",
                    "40 000 kr",
                    "KS 2022/198",
                ],
            ],
        ),
        ("h2", "Uppföljning per partnerskap"),
        ("h3", "Fredagsfika för äldre i Tvärålund"),
        (
            "p",
            "Fikat hölls 41 fredagar under 2025 med i genomsnitt 23 besökare. Föreningen "
            "redovisar 610 ideella timmar. Föreningen vill fortsätta efter 2026 och har sagt att "
            "den kommer att lämna in en ny idéskiss under hösten 2026.",
        ),
        ("h3", "Granöskjutsen"),
        (
            "p",
            "Från mars till december 2025 gjordes 312 resor med frivilliga chaufförer, de flesta "
            "till hälsocentralen i Vindeln och till affären. Föreningen har fem frivilliga "
            "chaufförer och redovisar 940 ideella timmar. Kommunens bidrag går till "
            "drivmedel, försäkring och service av bilen.",
        ),
        ("h3", "Seniorgympa i Hällnäs"),
        (
            "p",
            "Gympan hölls fram till maj 2025 och upphörde sedan eftersom föreningen inte längre "
            "hade någon ledare. Partnerskapet löpte ut den 31 december 2025 och förlängdes inte. "
            "Föreningen har betalat tillbaka 12 500 kronor som inte hade använts.",
        ),
        ("h2", "Förslag till beslut"),
        ("p", "Kommunstyrelsen beslutar att lägga uppföljningen till handlingarna."),
    ],
)


DOCS = [
    ALVKARLEBY_PROTOKOLL,
    HALLSTAHAMMAR_RIKTLINJER,
    ASKERSUND_BLANKETT,
    TORSBY_REMISSVAR,
    VINDELN_UPPFOLJNING,
]
