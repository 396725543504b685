"""Text of the set_y (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Knivsta: a long guideline PDF adopted by kommunfullmäktige, with a table of contents, numbered
# chapters, a glossary ("2 Begrepp", where the value of an ideell timme stands: 250 kronor) and
# the criteria as running prose under "3 Grundläggande förutsättningar" (no bolag even if a
# förening owns it; minst två hela verksamhetsår counted as kalenderår; minst 20 betalande
# medlemmar; the kommundelar; occasional utflykter outside the kommun allowed; högst 350 kronor
# per deltagare och termin; minst en fjärdedel, no money required; no lagstadgad verksamhet,
# upphandlad verksamhet or enstaka arrangemang; no payment per deltagare). Process: e-tjänst or
# iop@knivsta.se, 15 februari / 15 september with start 1 juli / 1 januari året därpå, fyra
# veckor, a nämnd up to 300 000 kronor per år, ett till fem år, payment in February and August,
# 31 mars, sex månader. No named person; the contacts stand on a separate page. Sidecar.
KNIVSTA_RIKTLINJER = Doc(
    path="corpus/knivsta/knivsta-riktlinjer-ideburet-offentligt-partnerskap.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap i Knivsta kommun",
    header_left="Knivsta kommun",
    header_right=["Riktlinjer för IOP", "KS-2025/0388"],
    footer_lines=[
        "Knivsta kommun · Kommunledningsförvaltningen · 741 75 Knivsta · "
        "Växel 018-34 90 00 · kommun@knivsta.se"
    ],
    author="Kommunledningsförvaltningen, Knivsta kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Knivsta kommun"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Beslutad av", "Kommunfullmäktige 2025-12-15 § 142"),
                ("Diarienummer", "KS-2025/0388"),
                ("Gäller från", "2026-01-01"),
                ("Dokumentansvarig", "Kommunledningsförvaltningen"),
                ("Ska ses över", "Senast 2029"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Inledning",
                "2 Begrepp",
                "3 Grundläggande förutsättningar",
                "4 Från idé till överenskommelse",
                "5 Beslut",
                "6 Överenskommelsen",
                "7 Uppföljning",
                "8 Ändring och uppsägning",
            ],
        ),
        ("pagebreak",),
        ("h2", "1 Inledning"),
        ("h3", "1.1 Syfte"),
        (
            "p",
            "Knivsta kommun vill att det ska vara enkelt för idéburna organisationer att ta "
            "initiativ till samverkan med kommunen. De här riktlinjerna beskriver när idéburet "
            "offentligt partnerskap (IOP) kan användas, vilka förutsättningar som gäller och hur "
            "kommunen hanterar en idé från det att den kommer in till dess att ett partnerskap "
            "har avslutats. Riktlinjerna gäller för kommunstyrelsen och samtliga nämnder.",
        ),
        ("h3", "1.2 Bakgrund"),
        (
            "p",
            "Knivsta är en kommun som växer snabbt. Samtidigt ökar antalet invånare som är 80 år "
            "eller äldre, särskilt i Alsike och i Knivsta tätort. Kommunen och civilsamhället "
            "antog 2021 en gemensam överenskommelse om samverkan, och en av åtgärderna i den var "
            "att ta fram riktlinjer för IOP. Riktlinjerna har arbetats fram i dialog med "
            "föreningsrådet och kommunala pensionärsrådet.",
        ),
        ("h3", "1.3 Förhållande till andra former av stöd"),
        (
            "p",
            "IOP är ett komplement till föreningsbidrag och upphandling, inte en ersättning för "
            "dem. En organisation som får föreningsbidrag kan ingå ett partnerskap, men samma "
            "kostnad får inte finansieras två gånger. Om kommunen vill köpa en tjänst som "
            "kommunen själv har definierat gäller lagen om offentlig upphandling.",
        ),
        ("h2", "2 Begrepp"),
        ("p", "I riktlinjerna används följande begrepp."),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "En organisation som drivs utan vinstsyfte och har ett allmännyttigt eller "
                    "socialt ändamål, till exempel en ideell förening, en stiftelse eller ett "
                    "registrerat trossamfund.",
                ),
                (
                    "Idéburet offentligt partnerskap (IOP)",
                    "En skriftlig överenskommelse mellan kommunen och en idéburen organisation om "
                    "att gemensamt genomföra en verksamhet som organisationen har tagit initiativ "
                    "till, där båda parter bidrar med resurser.",
                ),
                (
                    "Idéskiss",
                    "En kort beskrivning av organisationens idé. Idéskissen är det första steget "
                    "mot ett partnerskap och lämnas på kommunens blankett.",
                ),
                (
                    "Huvudansvarig nämnd",
                    "Den nämnd vars ansvarsområde verksamheten huvudsakligen hör till, till "
                    "exempel vård- och omsorgsnämnden för verksamhet för äldre.",
                ),
                (
                    "Egen insats",
                    "Det som organisationen själv bidrar med: ideellt arbete, lokaler, material, "
                    "insamlade medel eller andra egna pengar. Ideellt arbete värderas till 250 "
                    "kronor per timme.",
                ),
                ("Verksamhetsår", "Kalenderår, från 1 januari till 31 december."),
                (
                    "Målgrupp",
                    "De personer som verksamheten vänder sig till och som anges i "
                    "överenskommelsen.",
                ),
            ],
        ),
        ("h2", "3 Grundläggande förutsättningar"),
        (
            "p",
            "Alla förutsättningar i detta avsnitt ska vara uppfyllda för att kommunen ska kunna "
            "ingå ett partnerskap. Kommunen gör alltid en samlad bedömning av idén, men en idé som "
            "inte uppfyller någon av förutsättningarna går inte vidare till dialog.",
        ),
        (
            "p",
            "Partnerskap kan ingås med en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund. Aktiebolag, handelsbolag, ekonomiska föreningar och enskilda firmor kan "
            "inte vara part, och det gäller även när bolaget helt ägs av en ideell förening. "
            "Organisationen ska ha organisationsnummer, stadgar och en styrelse som har valts på "
            "ett årsmöte.",
        ),
        (
            "p",
            "Organisationen ska ha bedrivit verksamhet under minst två hela verksamhetsår innan "
            "idéskissen lämnas in, och ska kunna visa verksamhetsberättelse och ekonomisk "
            "redovisning för båda åren. En organisation som har bildats under ett pågående år "
            "räknar alltså inte det första året. Organisationen ska dessutom ha minst 20 "
            "betalande medlemmar eller, om den är en stiftelse eller ett trossamfund, en "
            "verksamhet med motsvarande förankring i Knivsta.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas i Knivsta kommun, i tätorten eller i någon av "
            "kommundelarna Alsike, Vassunda, Östuna, Husby-Långhundra och Lagga. Enstaka "
            "aktiviteter utanför kommunen, till exempel en utflykt, får ingå, men de får inte "
            "vara verksamhetens huvudsakliga innehåll.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i den målgrupp som anges i överenskommelsen. "
            "Deltagande får inte förutsätta medlemskap i organisationen. Organisationen får ta ut "
            "avgifter av deltagarna för material och förtäring, men avgifterna får sammanlagt "
            "vara högst 350 kronor per deltagare och termin.",
        ),
        (
            "p",
            "Organisationen ska bidra med en egen insats som motsvarar minst en fjärdedel av "
            "verksamhetens totala budget. Det finns inget krav på att någon del av den egna "
            "insatsen ska vara pengar.",
        ),
        (
            "p",
            "Initiativet till partnerskapet ska komma från organisationen. En verksamhet som "
            "kommunen själv har efterfrågat eller beskrivit i förväg kan inte bli ett "
            "partnerskap. Partnerskapet får inte heller avse verksamhet som kommunen enligt lag "
            "är skyldig att tillhandahålla, verksamhet som kommunen redan köper genom "
            "upphandling, eller enstaka arrangemang som en konsert, en mässa eller en marknad.",
        ),
        (
            "p",
            "Kommunens del av finansieringen är ett bidrag till verksamheten som helhet. Den "
            "beräknas inte per deltagare, per besök eller per timme. Verksamheten får inte vara "
            "partipolitisk och får inte syfta till att sprida en religiös tro.",
        ),
        ("h2", "4 Från idé till överenskommelse"),
        ("h3", "4.1 Idéskiss"),
        (
            "p",
            "Organisationen beskriver sin idé på kommunens blankett för idéskiss, som finns som "
            "e-tjänst på knivsta.se. Den som inte kan använda e-tjänsten kan skicka idéskissen "
            "med e-post till iop@knivsta.se eller med post till Knivsta kommun, "
            "Kommunledningsförvaltningen, 741 75 Knivsta. Idéskissen ska beskriva behovet, "
            "målgruppen, vad organisationen vill göra, vad organisationen själv bidrar med och "
            "ungefär vad verksamheten kostar.",
        ),
        ("h3", "4.2 Två ansökningsperioder"),
        (
            "p",
            "Idéskisser tas emot två gånger per år. En idéskiss som har kommit in senast den 15 "
            "februari prövas under våren, och ett partnerskap kan då starta tidigast den 1 juli "
            "samma år. En idéskiss som har kommit in senast den 15 september prövas under "
            "hösten, och ett partnerskap kan då starta tidigast den 1 januari året därpå.",
        ),
        ("h3", "4.3 Bedömning och dialog"),
        (
            "p",
            "Kommunledningsförvaltningen bekräftar att idéskissen har kommit in och lämnar "
            "besked inom fyra veckor efter ansökningsperiodens sista dag om idén går vidare. Går "
            "den vidare bjuds organisationen in till dialogmöten med den huvudansvariga nämndens "
            "förvaltning. I dialogen tar parterna gemensamt fram mål, budget, hur den egna "
            "insatsen ska redovisas och hur uppföljningen ska gå till.",
        ),
        ("h2", "5 Beslut"),
        (
            "p",
            "Den huvudansvariga nämnden beslutar om partnerskap där kommunens del är högst "
            "300 000 kronor per år. Är kommunens del större, eller berör partnerskapet flera "
            "nämnders ansvarsområden, beslutar kommunstyrelsen. Ett beslut om partnerskap kan "
            "inte överklagas genom förvaltningsbesvär, men kan prövas genom laglighetsprövning.",
        ),
        ("h2", "6 Överenskommelsen"),
        (
            "p",
            "Överenskommelsen är skriftlig och undertecknas av organisationens firmatecknare och "
            "av den som nämnden har utsett. Den gäller i lägst ett och högst fem år och förlängs "
            "inte automatiskt. Vill parterna fortsätta efter avtalstidens slut lämnar "
            "organisationen en ny idéskiss.",
        ),
        (
            "p",
            "Kommunens del betalas ut i förskott två gånger per år, i februari och i augusti. "
            "Utbetalningen i augusti förutsätter att redovisningen för föregående verksamhetsår "
            "har lämnats in och godkänts.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "varje verksamhetsår senast den 31 mars året därpå. Parterna håller ett "
            "uppföljningsmöte varje termin. Kommunen kan också begära att få ta del av underlag "
            "för den egna insatsen, till exempel tidrapporter för ideellt arbete.",
        ),
        ("h2", "8 Ändring och uppsägning"),
        (
            "p",
            "Överenskommelsen kan ändras om båda parter är överens. Vardera part kan säga upp "
            "överenskommelsen med sex månaders uppsägningstid. Om organisationen inte följer "
            "överenskommelsen, eller om förutsättningarna i avsnitt 3 inte längre är uppfyllda, "
            "får kommunen säga upp överenskommelsen med omedelbar verkan och kräva tillbaka "
            "medel som inte har använts.",
        ),
        (
            "small",
            "Frågor om riktlinjerna besvaras av kommunledningsförvaltningen, iop@knivsta.se.",
        ),
    ],
)


# Habo: a Word application template "Mall för idéskiss" whose requirements stand only in the
# instructions: a checklist under "Innan ni börjar" (no bolag; minst 24 månader from the
# konstituerande möte; the orter; no medlemskap; högst 200 kronor per termin; minst 10 procent
# with 215 kronor per timme; no payment per deltagare; nothing lagstadgat or enstaka) and
# "Så här fyller ni i:" notes under seven parts with [Skriv här] placeholders and two fill-in
# tables; how to send it (iop@habo.se, 31 mars / 30 september, a week's receipt, ett till tre
# år, socialnämnden or kultur- och fritidsnämnden up to 250 000 kronor per år) and a named
# föreningsutvecklare. Sidecar.
HABO_MALL = Doc(
    path="corpus/habo/habo-mall-ideskiss-iop.docx",
    title="Mall för idéskiss – idéburet offentligt partnerskap (IOP) med Habo kommun",
    header_left="Habo kommun · Kommunledningsförvaltningen",
    footer_lines=[
        "Mall för idéskiss IOP, version 2026-01 · Habo kommun, 566 80 Habo · "
        "Växel 036-442 80 00"
    ],
    author="Kommunledningsförvaltningen, Habo kommun",
    blocks=[
        ("h1", "Mall för idéskiss"),
        ("bold", "Idéburet offentligt partnerskap (IOP) med Habo kommun"),
        (
            "box",
            "Instruktion: Skriv er text där det står [Skriv här]. Texterna som börjar med "
            "”Så här fyller ni i:” är instruktioner från kommunen. Ni kan ta bort dem innan ni "
            "skickar in mallen. Idéskissen får vara högst fyra sidor utan bilagor.",
        ),
        ("h2", "Innan ni börjar"),
        (
            "p",
            "Läs igenom kraven nedan. Om föreningen inte uppfyller alla krav kan idén tyvärr "
            "inte bli ett partnerskap, och då kan föreningsbidrag eller startbidrag från "
            "kultur- och fritidsnämnden vara ett bättre alternativ. Hör gärna av er innan ni "
            "börjar skriva om ni är osäkra.",
        ),
        (
            "ul",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund. Bolag kan inte vara part.",
                "Organisationen har funnits i minst 24 månader när idéskissen skickas in, "
                "räknat från datumet för det konstituerande mötet.",
                "Verksamheten ska bedrivas i Habo kommun: i Habo tätort, Furusjö, Brandstorp, "
                "Baskarp, Fagerhult eller på landsbygden runt omkring.",
                "Verksamheten är öppen för alla i målgruppen. Man ska inte behöva vara medlem i "
                "föreningen för att delta.",
                "Om föreningen tar ut en avgift av deltagarna är den högst 200 kronor per termin "
                "och deltagare.",
                "Organisationen bidrar med minst 10 procent av den totala kostnaden. Ideellt "
                "arbete räknas med 215 kronor per timme.",
                "Kommunens del är ett bidrag till hela verksamheten, inte en ersättning per "
                "deltagare eller per besök.",
                "Idén är organisationens egen. Den gäller inte något som kommunen ska ge enligt "
                "lag, till exempel hemtjänst eller skolskjuts, och inte ett enstaka evenemang.",
            ],
        ),
        ("h2", "Del 1. Organisationen"),
        (
            "p",
            "Så här fyller ni i: Ange föreningens fullständiga namn, organisationsnummer, datum då "
            "föreningen bildades, antal medlemmar och vem som är kontaktperson. Kontaktpersonen "
            "ska vara firmatecknare eller ha styrelsens uppdrag att företräda föreningen.",
        ),
        (
            "table",
            (60, 110),
            [
                ["Uppgift", "Svar"],
                ["Föreningens namn", "[Skriv här]"],
                ["Organisationsnummer", "[Skriv här]"],
                ["Bildad (datum för konstituerande möte)", "[Skriv här]"],
                ["Antal medlemmar", "[Skriv här]"],
                ["Kontaktperson, telefon och e-post", "[Skriv här]"],
            ],
        ),
        ("h2", "Del 2. Behovet"),
        (
            "p",
            "Så här fyller ni i: Beskriv vilket behov ni har sett och hur ni vet att det finns. Det "
            "kan vara erfarenheter från er egen verksamhet, samtal med invånare eller statistik. "
            "Skriv högst en halv sida.",
        ),
        ("p", "[Skriv här]"),
        ("h2", "Del 3. Idén och målgruppen"),
        (
            "p",
            "Så här fyller ni i: Beskriv vad ni vill göra, var och hur ofta, och för vilka. Ange "
            "målgruppens ålder om idén gäller en viss åldersgrupp. Berätta hur ni ska nå dem som "
            "inte redan är med i föreningen.",
        ),
        ("p", "[Skriv här]"),
        ("h2", "Del 4. Mål"),
        (
            "p",
            "Så här fyller ni i: Vad ska vara annorlunda efter ett år? Skriv två eller tre mål som "
            "går att följa upp, till exempel hur många som ska delta eller vad deltagarna ska "
            "tycka.",
        ),
        ("p", "[Skriv här]"),
        ("h2", "Del 5. Föreningens insats och budget"),
        (
            "p",
            "Så här fyller ni i: Fyll i tabellen med belopp per år. Ideella timmar räknar ni om "
            "till kronor med 215 kronor per timme. Tar ni ut en avgift av deltagarna skriver ni "
            "hur stor den är per termin.",
        ),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (antal timmar × 215 kronor)", "[Skriv här]"],
                ["Lokaler och material som föreningen står för", "[Skriv här]"],
                ["Egna pengar, insamlade medel och sponsring", "[Skriv här]"],
                ["Avgifter från deltagare", "[Skriv här]"],
                ["Belopp som föreningen önskar från kommunen", "[Skriv här]"],
                ["Total kostnad", "[Skriv här]"],
            ],
        ),
        ("h2", "Del 6. Tidsperiod"),
        (
            "p",
            "Så här fyller ni i: Ange när ni vill starta och hur länge partnerskapet ska pågå. Ett "
            "partnerskap med Habo kommun gäller i ett till tre år.",
        ),
        ("p", "[Skriv här]"),
        ("h2", "Del 7. Bilagor"),
        ("p", "Så här fyller ni i: Bifoga följande när ni skickar in idéskissen."),
        (
            "ul",
            [
                "Stadgar",
                "Protokoll från det konstituerande mötet och från det senaste årsmötet",
                "Senaste verksamhetsberättelse och ekonomiska redovisning",
            ],
        ),
        ("h2", "Så skickar ni in idéskissen"),
        (
            "p",
            "Spara mallen som Word- eller pdf-fil och skicka den till iop@habo.se. Skriv "
            "”Idéskiss” och föreningens namn i ämnesraden. Idéskisser som har kommit in senast "
            "den 31 mars behandlas under våren, och idéskisser som har kommit in senast den 30 "
            "september behandlas under hösten. Ni får en bekräftelse inom en vecka.",
        ),
        (
            "p",
            "Efter sista dagen går kommunledningsförvaltningen igenom alla idéskisser och bjuder "
            "in de föreningar vars idéer passar till dialogmöten. Socialnämnden och kultur- och "
            "fritidsnämnden får besluta om partnerskap inom sina områden upp till 250 000 kronor "
            "per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Karin Ekdahl Holm, föreningsutvecklare, kommunledningsförvaltningen. Telefon "
            "036-442 81 56, e-post iop@habo.se.",
        ),
    ],
)


# Habo: an extract of socialnämnden's minutes approving one partnership (§ 31, Dnr SN 2025/188:
# Föreningen Habo Vardagsvänner, Vardagsvänner, 2026-05-01–2029-04-30, 210 000 kronor per år,
# halvårsvis i förskott; a member declaring jäv; 70 år and eget boende; 400 ideella timmar;
# the nämnd's limit of 250 000 kronor; 15 mars; tre månader; an enhetschef as contact for the
# partnership with no number). Only the växel and a mailbox in the footer. Sidecar.
HABO_PROTOKOLL = Doc(
    path="corpus/habo/habo-socialnamnden-protokollsutdrag-2026-03-24.pdf",
    title="Socialnämnden Habo – protokollsutdrag 2026-03-24 § 31, IOP med Föreningen Habo "
    "Vardagsvänner",
    header_left="Habo kommun",
    header_right=["Socialnämnden", "Protokollsutdrag", "2026-03-24"],
    footer_lines=[
        "Habo kommun · Socialförvaltningen · 566 80 Habo · Växel 036-442 80 00 · "
        "socialforvaltningen@habo.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Habo kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-03-24"),
                ("Plats", "Kommunhuset i Habo, sammanträdesrum Furusjön"),
                ("Ordförande", "Ingrid Backman (KD)"),
                ("Sekreterare", "Tove Lindahl"),
                ("Justerare", "Mats-Olof Gran (S)"),
                ("Justeringsdatum", "2026-03-27"),
            ],
        ),
        ("h2", "§ 31 Idéburet offentligt partnerskap med Föreningen Habo Vardagsvänner"),
        ("small", "Dnr SN 2025/188"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Föreningen Habo Vardagsvänner, "
                "org.nr 802512-4417, om verksamheten Vardagsvänner – besök och sällskap för "
                "äldre, enligt förslag till överenskommelse,",
                "att partnerskapet gäller från och med 2026-05-01 till och med 2029-04-30,",
                "att kommunens del är 210 000 kronor per år och betalas ut halvårsvis i "
                "förskott, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Jäv"),
        (
            "p",
            "Lena Sjöberg (C) anmäler jäv, eftersom hon är kassör i föreningen, och deltar inte i "
            "handläggningen eller beslutet.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen Habo Vardagsvänner bildades 2019 och samlar ett fyrtiotal volontärer som "
            "besöker äldre som bor ensamma i Habo tätort, Brandstorp och Furusjö. Föreningen "
            "lämnade in en idéskiss 2025-09-26. Efter tre dialogmöten mellan föreningen och "
            "socialförvaltningen under perioden oktober 2025 till februari 2026 har parterna "
            "tagit fram ett gemensamt förslag till överenskommelse.",
        ),
        (
            "p",
            "Verksamheten riktar sig till personer som har fyllt 70 år, bor i eget boende och "
            "känner sig ensamma. Volontärerna gör hembesök, tar promenader och följer med till "
            "kyrkans öppna träffar, biblioteket och pensionärsföreningarnas aktiviteter. "
            "Verksamheten är avgiftsfri för deltagarna. Volontärerna utför inga uppgifter som "
            "hör till hemtjänsten.",
        ),
        (
            "p",
            "Föreningens egen insats beräknas till 400 ideella timmar per år, vilket motsvarar "
            "86 000 kronor, samt lokal för volontärträffar. Verksamhetens totala budget är "
            "310 000 kronor per år.",
        ),
        (
            "p",
            "Socialnämnden får enligt kommunens riktlinjer för idéburet offentligt partnerskap "
            "besluta om partnerskap upp till 250 000 kronor per år. Kommunens del ryms inom "
            "nämndens budget för förebyggande verksamhet för äldre.",
        ),
        (
            "p",
            "Parterna följer upp partnerskapet vid två dialogmöten per år. Föreningen lämnar "
            "verksamhetsberättelse och ekonomisk redovisning senast den 15 mars året efter varje "
            "verksamhetsår. Vardera part kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet på socialförvaltningen är Emil Sandgren, enhetschef "
            "för förebyggande verksamhet.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-03-05",
                "Idéskiss från Föreningen Habo Vardagsvänner 2025-09-26",
                "Förslag till överenskommelse",
            ],
        ),
        (
            "small",
            "Expedieras till: Föreningen Habo Vardagsvänner, socialchefen, ekonomienheten",
        ),
        ("small", "Rätt utdraget intygar: Tove Lindahl, nämndsekreterare"),
    ],
)


# Sunne: the guidelines adopted in 2019 and still in force (a short Word document: "Krav på
# organisationen" and "Krav på verksamheten" as numbered lists; minst två år; högst 30 kronor
# per tillfälle; minst 20 procent with 180 kronor per timme; one yearly deadline 1 oktober;
# a nämnd up to 200 000 kronor; högst tre år; payment in January; 31 mars; fyra månader;
# only the växel as contact). Sidecar.
SUNNE_RIKTLINJER_2019 = Doc(
    path="corpus/sunne/sunne-riktlinjer-iop-2019.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Sunne kommun",
    header_left="Sunne kommun",
    footer_lines=["Antagna av kommunfullmäktige 2019-04-23 § 38 · Dnr KS 2018/512"],
    author="Kommunstyrelsen, Sunne kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Sunne kommun"),
        ("small", "Antagna av kommunfullmäktige 2019-04-23 § 38. Riktlinjerna gäller tills vidare."),
        ("h2", "Bakgrund"),
        (
            "p",
            "Sunne kommun har ett rikt föreningsliv, och mycket av det som gör kommunen till en "
            "bra plats att leva på bärs upp av föreningar i byarna. Idéburet offentligt "
            "partnerskap är ett sätt för kommunen och en förening att tillsammans genomföra en "
            "verksamhet som föreningen har tagit initiativ till och som ligger i linje med "
            "kommunens mål. Partnerskapet är inte ett föreningsbidrag och inte en upphandling.",
        ),
        ("h2", "Krav på organisationen"),
        (
            "ol",
            [
                "Organisationen är en ideell förening eller ett registrerat trossamfund med "
                "organisationsnummer.",
                "Organisationen har haft verksamhet i minst två år.",
                "Organisationen har sin verksamhet i Sunne kommun.",
                "Organisationen har ordnad ekonomi och inga skulder hos Kronofogden.",
            ],
        ),
        ("h2", "Krav på verksamheten"),
        (
            "ol",
            [
                "Verksamheten är öppen för alla i målgruppen oavsett medlemskap.",
                "Avgift får tas ut med högst 30 kronor per tillfälle.",
                "Organisationen bidrar med minst 20 procent av kostnaden i form av pengar, "
                "ideellt arbete, lokaler eller material. Ideellt arbete värderas till 180 kronor "
                "per timme.",
                "Verksamheten är inte en del av kommunens lagstadgade uppdrag och inte ett "
                "enstaka arrangemang.",
            ],
        ),
        ("h2", "Ansökan"),
        (
            "p",
            "En idéskiss lämnas till kommunstyrelsen senast den 1 oktober för verksamhet som ska "
            "starta nästa år. Idéskissen skickas till kommunstyrelsen@sunne.se eller med post "
            "till Sunne kommun, Kommunstyrelsen, 686 80 Sunne.",
        ),
        ("h2", "Beslut och avtalstid"),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 200 000 kronor "
            "per år. Kommunstyrelsen beslutar om större partnerskap. En överenskommelse gäller i "
            "högst tre år. Kommunens del betalas ut en gång per år, i januari.",
        ),
        ("h2", "Uppföljning och uppsägning"),
        (
            "p",
            "Organisationen lämnar en redovisning av verksamheten och ekonomin senast den 31 mars "
            "året efter. Vardera part kan säga upp överenskommelsen med fyra månaders "
            "uppsägningstid.",
        ),
        ("h2", "Kontakt"),
        ("p", "Frågor om riktlinjerna besvaras via kommunens växel, 0565-160 00."),
    ],
)


# Sunne: a remissversion (draft, not in force) of new guidelines, with a box saying so and that
# the 2019 guidelines apply until kommunfullmäktige decides; synpunkter by 30 april 2026,
# a decision expected in September 2026 and start 1 januari 2027; a named utvecklingsledare for
# questions on the draft; a list of what would change (10 instead of 20 percent, ett år instead
# of två, löpande instead of once a year, 50 kronor, 400 000 kronor) and the draft itself in
# numbered sections. Sidecar.
SUNNE_REMISS = Doc(
    path="corpus/sunne/sunne-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till nya riktlinjer för idéburet offentligt partnerskap i Sunne kommun – "
    "remissversion",
    header_left="Sunne kommun",
    header_right=["REMISSVERSION", "2026-02-16", "Dnr KS 2025/731"],
    footer_lines=[
        "Förslag – ej antaget · Sunne kommun · Kommunledningskontoret · 686 80 Sunne · "
        "Växel 0565-160 00"
    ],
    author="Kommunledningskontoret, Sunne kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION. Detta är ett förslag till nya riktlinjer som kommunstyrelsens "
            "arbetsutskott har skickat på remiss 2026-02-16. Förslaget är inte antaget och gäller "
            "inte. Till dess att kommunfullmäktige har beslutat om nya riktlinjer gäller "
            "Riktlinjer för idéburet offentligt partnerskap som kommunfullmäktige antog "
            "2019-04-23 § 38.",
        ),
        (
            "h1",
            "Riktlinjer för idéburet offentligt partnerskap i Sunne kommun – förslag",
        ),
        ("h2", "Till remissinstanserna"),
        (
            "p",
            "Förslaget skickas till samtliga nämnder, föreningsrådet, kommunala "
            "pensionärsrådet och rådet för funktionshinderfrågor, men alla föreningar i Sunne är "
            "välkomna att lämna synpunkter. Synpunkterna ska ha kommit in senast den 30 april "
            "2026 till kommunstyrelsen@sunne.se. Märk svaret med Dnr KS 2025/731. "
            "Kommunfullmäktige väntas besluta i september 2026, och de nya riktlinjerna föreslås "
            "gälla från och med 1 januari 2027.",
        ),
        (
            "p",
            "Frågor om förslaget besvaras av Therese Gunnarsson Lööf, utvecklingsledare på "
            "kommunledningskontoret, telefon 0565-163 52.",
        ),
        ("h2", "Det viktigaste som föreslås ändras"),
        (
            "ul",
            [
                "Kravet på egen insats sänks från 20 till 10 procent av kostnaden.",
                "Organisationen behöver ha haft verksamhet i ett år i stället för två.",
                "Idéskisser tas emot löpande under hela året i stället för en gång per år.",
                "Avgiften som får tas ut höjs till högst 50 kronor per tillfälle.",
                "Nämnderna får besluta om partnerskap upp till 400 000 kronor per år.",
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjerna ska göra det lättare för föreningar i hela Sunne kommun att ta "
            "initiativ till partnerskap med kommunen, och göra det tydligt vad som gäller för "
            "båda parter.",
        ),
        ("h2", "2 Vem som kan ingå partnerskap"),
        (
            "p",
            "Partnerskap kan ingås med en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund som har haft verksamhet i minst ett år, har hållit årsmöte och har "
            "organisationsnummer. Bolag kan inte ingå partnerskap.",
        ),
        ("h2", "3 Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Sunne kommun, till exempel i Sunne tätort, Lysvik, "
            "Rottneros, Gräsmark, Västra Ämtervik eller Östra Ämtervik. Den ska vara öppen för "
            "alla i målgruppen. Avgift får tas ut med högst 50 kronor per tillfälle. "
            "Verksamheten får inte ersätta något som kommunen ska ge enligt lag och får inte vara "
            "ett enstaka arrangemang.",
        ),
        ("h2", "4 Egen insats"),
        (
            "p",
            "Organisationen bidrar med minst 10 procent av kostnaden. Ideellt arbete värderas "
            "till 200 kronor per timme.",
        ),
        ("h2", "5 Idéskiss och beslut"),
        (
            "p",
            "Idéskisser tas emot löpande och skickas till iop@sunne.se. Kommunen lämnar besked "
            "inom sex veckor om idén går vidare till dialog. Den nämnd som verksamheten hör till "
            "beslutar om partnerskap upp till 400 000 kronor per år, och kommunstyrelsen om "
            "större partnerskap. En överenskommelse gäller i högst fyra år. Kommunens del betalas "
            "ut halvårsvis.",
        ),
        ("h2", "6 Uppföljning och uppsägning"),
        (
            "p",
            "Organisationen redovisar verksamhet och ekonomi senast den 31 mars året efter. "
            "Vardera part kan säga upp överenskommelsen med tre månaders uppsägningstid.",
        ),
    ],
)


# Malung-Sälen: only an English summary of the Swedish guidelines (the Swedish text is not in the
# corpus): at least one full financial year, at least ten members, no bolag; the orter; SEK 100
# per month; nothing mainly for visitors and second-home owners; at least 20 percent with SEK 210
# per hour; an idéskiss of at most three pages in Swedish or English by 1 March or 1 October;
# five weeks; the arbetsutskott up to SEK 250,000; one to three years; twice a year; 31 March;
# three months; a named development officer with phone hours who speaks Dutch. Sidecar.
MALUNG_SALEN_ENGLISH = Doc(
    path="corpus/malung-salen/malung-salen-iop-summary-in-english.pdf",
    title="Idea-based public partnership (IOP) – a summary in English",
    header_left="Malung-Sälens kommun",
    header_right=["Summary in English", "March 2026"],
    footer_lines=[
        "Malung-Sälens kommun · 782 82 Malung · Switchboard +46 280 180 00 · "
        "kommun@malung-salen.se"
    ],
    author="Malung-Sälens kommun",
    blocks=[
        ("h1", "Idea-based public partnership (IOP) – a summary in English"),
        (
            "p",
            "This is a short summary of Malung-Sälen Municipality's guidelines for idea-based "
            "public partnerships (idéburet offentligt partnerskap, IOP). The guidelines were "
            "adopted by the municipal council on 26 May 2025 (§ 61). Only the Swedish text is "
            "binding. If this summary and the Swedish guidelines differ, the Swedish guidelines "
            "apply.",
        ),
        ("h2", "What is an IOP?"),
        (
            "p",
            "An IOP is a written agreement between the municipality and a non-profit "
            "organisation to carry out an activity together. The idea must come from the "
            "organisation, and both parties contribute. An IOP is not an annual grant, and it is "
            "not the municipality buying a service.",
        ),
        ("h2", "Who can enter a partnership?"),
        (
            "ul",
            [
                "Non-profit associations, foundations and registered religious communities with "
                "a Swedish organisation number. Companies cannot, not even a company owned by an "
                "association.",
                "The organisation must have completed at least one full financial year and held "
                "an annual meeting.",
                "The organisation must have at least ten members.",
            ],
        ),
        ("h2", "What kind of activity?"),
        (
            "ul",
            [
                "The activity must take place in Malung-Sälen Municipality, for example in "
                "Malung, Sälen, Lima, Transtrand, Öje or Yttermalung.",
                "It must be open to everyone in the target group, members and non-members "
                "alike.",
                "Participants may be charged at most SEK 100 per month.",
                "Activities aimed mainly at visitors, tourists and second-home owners, rather "
                "than at people who live in the municipality, cannot become a partnership.",
                "The municipality does not pay per participant, per visit or per hour.",
                "A partnership cannot replace anything the municipality must provide by law, "
                "such as home care, and cannot be a one-off event.",
            ],
        ),
        ("h2", "Own contribution"),
        (
            "p",
            "The organisation must contribute at least 20 percent of the total cost. Volunteer "
            "work is valued at SEK 210 per hour. Premises, equipment and the organisation's own "
            "money also count.",
        ),
        ("h2", "How to apply"),
        (
            "ol",
            [
                "Write a project outline (idéskiss) of at most three pages. You may write it in "
                "Swedish or English.",
                "Send it to iop@malung-salen.se by 1 March or by 1 October.",
                "Within five weeks of the closing date you will hear whether the municipality "
                "wants to continue with a dialogue.",
                "The municipal executive committee's working committee (kommunstyrelsens "
                "arbetsutskott) decides on partnerships of up to SEK 250,000 per year. Larger "
                "partnerships are decided by the municipal executive committee.",
            ],
        ),
        ("h2", "Agreement, payment and follow-up"),
        (
            "p",
            "An agreement runs for one to three years. The municipality pays its share twice a "
            "year, in advance. The organisation reports on its activities and finances by 31 "
            "March each year. Either party may end the agreement with three months' notice.",
        ),
        ("h2", "Contact"),
        (
            "p",
            "Lisa Hedlund Mårs, development officer for civil society. Phone +46 280 182 47, "
            "Monday to Wednesday 9.00–10.30. E-mail iop@malung-salen.se. She speaks Swedish, "
            "English and Dutch.",
        ),
    ],
)


DOCS = [
    KNIVSTA_RIKTLINJER,
    HABO_MALL,
    HABO_PROTOKOLL,
    SUNNE_RIKTLINJER_2019,
    SUNNE_REMISS,
    MALUNG_SALEN_ENGLISH,
]
