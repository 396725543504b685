"""Text of the set_f (development set) documents that are PDF files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""


Doc = dict  # the fields of build.py's Doc


# Skövde: the criteria stand as running prose in a council decision (protokollsutdrag).
SKOVDE_PROTOKOLL = Doc(
    path="corpus/skovde/skovde-ks-protokollsutdrag-2024-04-15.pdf",
    title="Protokollsutdrag Kommunstyrelsen 2024-04-15 § 87",
    header_left="Skövde kommun",
    header_right=["Kommunstyrelsen", "PROTOKOLLSUTDRAG", "Sammanträdesdatum 2024-04-15"],
    footer_lines=[
        "Justerandes signatur ______  ______        Utdragsbestyrkande ______",
        "Skövde kommun · Kommunstyrelsen · 541 83 Skövde",
    ],
    author="Kommunstyrelsens förvaltning, Skövde kommun",
    blocks=[
        ("h1", "§ 87  Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Diarienummer", "KS 2023/00418"),
                ("Beredning", "Kommunstyrelsens arbetsutskott 2024-03-26, § 54"),
                ("Justerat", "2024-04-19"),
                ("Anslag uppsatt", "2024-04-22"),
            ],
        ),
        ("h2", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen beslutar att"),
        (
            "lines",
            [
                "1. anta Riktlinjer för idéburet offentligt partnerskap i Skövde kommun enligt "
                "bilaga 1, att gälla från och med den 1 juni 2024,",
                "2. varje nämnd får ingå partnerskap inom sitt verksamhetsområde upp till ett "
                "värde av 600 000 kronor per år och partnerskap,",
                "3. partnerskap som överstiger 600 000 kronor per år, eller som berör fler än en "
                "nämnd, beslutas av kommunstyrelsen,",
                "4. uppdra åt kommundirektören att inrätta en samordnande funktion för IOP inom "
                "kommunstyrelsens förvaltning, samt",
                "5. riktlinjerna ska utvärderas och redovisas för kommunstyrelsen senast den "
                "30 juni 2026.",
            ],
        ),
        ("h2", "Sammanfattning av ärendet"),
        (
            "p",
            "Kommunfullmäktige gav den 28 november 2022, § 141, kommunstyrelsen i uppdrag att "
            "ta fram gemensamma riktlinjer för idéburet offentligt partnerskap (IOP). I dag har "
            "tre nämnder ingått partnerskap på olika villkor, och föreningslivet har efterfrågat "
            "tydligare och mer enhetliga spelregler. Förslaget har arbetats fram i dialog med "
            "företrädare för föreningslivet vid två dialogträffar hösten 2023.",
        ),
        ("h2", "Ärendebeskrivning"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "eller flera idéburna organisationer om en verksamhet som parterna bedriver "
            "tillsammans för att möta ett behov som båda har identifierat. IOP är ett "
            "komplement till föreningsbidrag och upphandling och ska inte ersätta dessa.",
        ),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar, stiftelser och andra organisationer "
            "som drivs utan vinstsyfte och som har ett demokratiskt uppbyggt beslutsfattande. "
            "Organisationen ska ha bedrivit verksamhet i Skövde kommun i minst ett år och vara "
            "registrerad i kommunens föreningsregister innan en idéskiss kan prövas.",
        ),
        (
            "p",
            "Förvaltningen föreslår att följande ska gälla för att kommunen ska kunna ingå ett "
            "partnerskap. Initiativet ska komma från den idéburna organisationen eller ha vuxit "
            "fram i dialog mellan parterna. När kommunen själv har bestämt vad som ska utföras "
            "och hur, är det fråga om ett köp, och verksamheten ska i stället upphandlas. Ett "
            "partnerskap kan inte heller ingås om det finns en fungerande marknad där privata "
            "företag erbjuder samma tjänst.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i den målgrupp som partnerskapet riktar sig "
            "till, oavsett om de är medlemmar i organisationen eller inte. Den idéburna "
            "organisationen ska bidra med en egen insats som motsvarar minst 15 procent av "
            "partnerskapets totala kostnad. Den egna insatsen kan bestå av ideellt arbete, "
            "lokaler, material eller egna medel; ideellt arbete värderas till 220 kronor per "
            "timme.",
        ),
        (
            "p",
            "Ett partnerskap ska löpa under minst två och högst fyra år. Det kan förlängas en "
            "gång efter en gemensam utvärdering. Verksamhet med religiöst eller partipolitiskt "
            "syfte kan inte ingå i ett partnerskap, och kommunens ersättning får inte användas "
            "till organisationens ordinarie verksamhet.",
        ),
        (
            "p",
            "En organisation som vill föreslå ett partnerskap lämnar en idéskiss till den "
            "samordnande funktionen vid kommunstyrelsens förvaltning. Förvaltningen bekräftar "
            "att idéskissen har kommit in och bjuder in till ett första dialogmöte inom fyra "
            "veckor. Därefter tar parterna gemensamt fram en behovsbeskrivning och ett förslag "
            "till överenskommelse, som den ansvariga nämnden, eller kommunstyrelsen enligt "
            "beslutspunkt 3, fattar beslut om.",
        ),
        (
            "p",
            "Varje partnerskap följs upp årligen vid ett gemensamt uppföljningsmöte. "
            "Organisationen lämnar senast den 31 mars en verksamhetsberättelse och en "
            "ekonomisk redovisning för föregående år.",
        ),
        ("h2", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2024-03-12, Kommunstyrelsens förvaltning",
                "Bilaga 1: Riktlinjer för idéburet offentligt partnerskap i Skövde kommun",
                "Protokollsutdrag kommunstyrelsens arbetsutskott 2024-03-26, § 54",
            ],
        ),
        ("h2", "Yrkanden"),
        (
            "p",
            "Ordföranden Katarina Holm (M) yrkar bifall till arbetsutskottets förslag. Lennart "
            "Åström (S) yrkar bifall till ordförandens yrkande med tillägget att riktlinjerna "
            "ska utvärderas senast den 30 juni 2026. Ordföranden ställer proposition på "
            "yrkandena och finner att kommunstyrelsen bifaller arbetsutskottets förslag med "
            "Lennart Åströms tillägg.",
        ),
        ("h2", "Handläggare"),
        (
            "p",
            "Annika Rosén, utvecklingsstrateg, Kommunstyrelsens förvaltning, telefon "
            "0500-49 83 12, annika.rosen@skovde.se",
        ),
        ("h2", "Expedieras till"),
        ("ul", ["Samtliga nämnder", "Kommundirektören", "Föreningsrådet i Skövde"]),
        ("small", "Rätt utdraget intygar: Emma Lindgren, nämndsekreterare"),
    ],
)


# Kristinehamn: the criteria as a numbered table (K1–K9) in a PDF.
KRISTINEHAMN_KRITERIER = Doc(
    path="corpus/kristinehamn/kristinehamn-kriterier-iop.pdf",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Kristinehamns kommun",
    header_left="Kristinehamns kommun",
    header_right=["Kommunledningsförvaltningen", "Kriterier för IOP"],
    footer_lines=["Kristinehamns kommun · 681 84 Kristinehamn · www.kristinehamn.se"],
    author="Kommunledningsförvaltningen, Kristinehamns kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Kristinehamns kommun"),
        (
            "small",
            "Fastställd av kommunstyrelsen 2023-09-12, § 164 · Dnr KS 2023/311 · "
            "Gäller från 2023-10-01",
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Kristinehamns kommun vill ge föreningslivet och andra idéburna organisationer "
            "långsiktiga förutsättningar att bidra till ett socialt hållbart Kristinehamn. Ett "
            "idéburet offentligt partnerskap (IOP) kan användas när varken föreningsbidrag "
            "eller upphandling passar. Här beskrivs de kriterier som en idé prövas mot. Alla "
            "kriterier i tabellen ska vara uppfyllda för att kommunen ska ingå ett partnerskap.",
        ),
        ("h2", "Kriterier"),
        (
            "table",
            (8, 24, 68),
            [
                ("Nr", "Kriterium", "Så bedömer vi"),
                (
                    "K1",
                    "Idéburen organisation",
                    "Organisationen är en ideell förening eller en stiftelse med "
                    "organisationsnummer, stadgar och en vald styrelse. Aktiebolag, även med "
                    "begränsad vinstutdelning, kan inte vara part. Ekonomiska föreningar kan "
                    "vara part om stadgarna förbjuder vinstutdelning.",
                ),
                (
                    "K2",
                    "Etablerad i kommunen",
                    "Organisationen har funnits i minst tre år och bedriver verksamhet i "
                    "Kristinehamns kommun. Vi räknar från det datum då organisationen bildades.",
                ),
                (
                    "K3",
                    "Egen insats",
                    "Organisationen står för minst 10 procent av partnerskapets totala budget, "
                    "i pengar, lokaler eller ideell tid. En timme ideellt arbete räknas som "
                    "150 kronor.",
                ),
                (
                    "K4",
                    "Öppen verksamhet",
                    "Verksamheten är öppen för alla i målgruppen och förutsätter inte "
                    "medlemskap. Deltagandet är avgiftsfritt.",
                ),
                (
                    "K5",
                    "Ingen marknad",
                    "Det finns inga företag i kommunen som erbjuder samma tjänst. "
                    "Verksamheten är inte en insats som kommunen enligt lag ska ge, till "
                    "exempel hemtjänst eller insatser enligt LSS.",
                ),
                (
                    "K6",
                    "Långsiktighet",
                    "Partnerskapet avser en återkommande verksamhet under minst ett och högst "
                    "tre år. Engångsevenemang som festivaler, marknader eller enstaka "
                    "föreläsningar kan inte bli IOP.",
                ),
                (
                    "K7",
                    "Samhällsnytta",
                    "Verksamheten bidrar till minst ett av målen i Kristinehamns program för "
                    "social hållbarhet 2022–2026, till exempel minskad ensamhet eller ökad "
                    "delaktighet.",
                ),
                (
                    "K8",
                    "Demokrati och neutralitet",
                    "Organisationen respekterar demokratins idéer, jämställdhet och förbudet "
                    "mot diskriminering. Verksamheten i partnerskapet innehåller inga religiösa "
                    "eller partipolitiska inslag.",
                ),
                (
                    "K9",
                    "Ordnad ekonomi",
                    "Organisationen har inga skulder hos Skatteverket eller Kronofogden och kan "
                    "visa en revisionsberättelse för det senaste verksamhetsåret.",
                ),
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Kontakta föreningskonsulenten för ett första samtal om idén.",
                "Fyll i blanketten Idéskiss IOP och skicka den till "
                "foreningsservice@kristinehamn.se. Bifoga stadgar, senaste "
                "årsmötesprotokoll och revisionsberättelse.",
                "Förvaltningen prövar idéskissen mot kriterierna K1–K9 och lämnar ett "
                "skriftligt besked inom fem veckor.",
                "Om idén uppfyller kriterierna tar förvaltningen och organisationen fram ett "
                "förslag till överenskommelse tillsammans.",
                "Socialnämnden eller kultur- och fritidsnämnden beslutar om partnerskapet. "
                "Partnerskap som är värda mer än 500 000 kronor per år beslutas av "
                "kommunstyrelsen.",
            ],
        ),
        (
            "p",
            "Idéskisser som kommer in före den 1 mars prövas inför nästa budgetår. Idéskisser "
            "som kommer in senare prövas inför budgetåret därefter.",
        ),
        ("h2", "Kontakt"),
        (
            "lines",
            [
                "Helena Tjäder, föreningskonsulent, kultur- och fritidsförvaltningen, "
                "0550-881 23, helena.tjader@kristinehamn.se",
                "Mikael Bergqvist, utvecklingsledare, socialförvaltningen, 0550-882 47, "
                "mikael.bergqvist@kristinehamn.se",
                "Föreningsservice: foreningsservice@kristinehamn.se",
            ],
        ),
    ],
)


# Härnösand: a letterhead letter whose only contact details are a functional mailbox and
# the switchboard (no named official).
HARNOSAND_BREV = Doc(
    path="corpus/harnosand/harnosand-brev-iop-unga-vuxna.pdf",
    title="Inbjudan att lämna idéer om partnerskap mot ofrivillig ensamhet bland unga vuxna",
    header_left="Härnösands kommun",
    header_right=["Socialförvaltningen", "Datum 2024-10-07", "Dnr SN 2024/212"],
    footer_lines=[
        "Härnösands kommun, Socialförvaltningen, 871 80 Härnösand",
        "Växel 0611-34 86 00  ·  E-post socialforvaltningen@harnosand.se  ·  www.harnosand.se",
    ],
    author="Socialförvaltningen, Härnösands kommun",
    letterhead=True,
    blocks=[
        (
            "lines",
            ["Till föreningar, stiftelser och andra idéburna organisationer i Härnösands kommun"],
        ),
        ("h1", "Inbjudan att lämna idéer om partnerskap mot ofrivillig ensamhet bland unga vuxna"),
        (
            "p",
            "Socialnämnden beslutade den 25 september 2024, § 98, att avsätta 400 000 kronor "
            "per år under 2025–2027 till ett eller två idéburna offentliga partnerskap (IOP) "
            "som minskar ofrivillig ensamhet bland unga vuxna i åldern 18–29 år. Med det här "
            "brevet vill vi bjuda in er som är verksamma i Härnösand att lämna en idéskiss.",
        ),
        (
            "p",
            "I kommunens folkhälsoenkät 2023 uppgav var fjärde person mellan 18 och 29 år att "
            "de ofta känner sig ensamma. Vi vet att många föreningar redan möter de här unga "
            "vuxna och att ni har kunskap och kontakter som kommunen saknar.",
        ),
        ("h2", "Vad vi söker"),
        (
            "p",
            "Vi söker verksamhet som skapar mötesplatser och gemenskap för unga vuxna, till "
            "exempel samtalsgrupper, friluftsliv, kultur eller kvällsaktiviteter. Idén ska komma "
            "från er och bygga på er kunskap om målgruppen. Socialförvaltningen bidrar med "
            "pengar, med lokaler när det behövs och med kontakter till kommunens övriga "
            "verksamheter för unga vuxna.",
        ),
        ("h2", "Förutsättningar"),
        (
            "p",
            "För att kunna ingå ett partnerskap ska er organisation vara en ideell förening, en "
            "stiftelse eller en annan organisation utan vinstsyfte med organisationsnummer, och "
            "den ska ha funnits i minst ett år. Verksamheten ska vara kostnadsfri för deltagarna "
            "och öppen för alla i målgruppen, även för den som inte är medlem. Den ska vara fri "
            "från religiös och partipolitisk påverkan.",
        ),
        (
            "p",
            "Er egen insats ska uppgå till minst en fjärdedel av verksamhetens kostnad, oftast i "
            "form av ideell tid. Partnerskapet får inte ersätta behandling, stödsamtal eller "
            "andra insatser som socialtjänsten eller Region Västernorrland ansvarar för, och "
            "kommunen kan inte ersätta er per deltagare eller per träff.",
        ),
        ("h2", "Tidplan"),
        (
            "kv",
            [
                ("15 januari 2025", "Sista dag att skicka in idéskiss (högst två sidor)"),
                ("Februari 2025", "Dialogmöten med de organisationer vars idéer går vidare"),
                ("April 2025", "Socialnämnden fattar beslut om partnerskap"),
                ("1 juni 2025", "Partnerskapen startar"),
            ],
        ),
        (
            "p",
            "Idéskissen ska beskriva verksamheten, målgruppen, hur många ni räknar med att nå, "
            "er egen insats och en budget. Skicka den till socialförvaltningens funktionsbrevlåda "
            "socialforvaltningen@harnosand.se och skriv ”IOP unga vuxna” i ämnesraden.",
        ),
        (
            "p",
            "Har ni frågor? Skicka dem till samma brevlåda, eller ring kommunens växel och be "
            "att få tala med avdelningen för förebyggande arbete. Vi svarar på frågor fram till "
            "den 20 december 2024.",
        ),
        (
            "lines",
            [
                "Med vänliga hälsningar",
                "Socialförvaltningen",
                "Avdelningen för förebyggande arbete",
            ],
        ),
    ],
)


# Ronneby: a guideline with numbered chapters and sections ("3.2 Villkor för partnerskap").
RONNEBY_RIKTLINJER = Doc(
    path="corpus/ronneby/ronneby-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Ronneby kommun",
    header_left="Ronneby kommun",
    header_right=["Riktlinjer för IOP", "Dnr 2023/487"],
    footer_lines=[
        "Antagen av kommunfullmäktige 2023-11-30, § 312 · Gäller till och med 2027-12-31"
    ],
    author="Kommunledningsförvaltningen, Ronneby kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Ronneby kommun"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Beslutad av", "Kommunfullmäktige 2023-11-30, § 312"),
                ("Dokumentansvarig", "Kommunledningsförvaltningen"),
                ("Revideras senast", "2027"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Inledning",
                "2 Vad är ett idéburet offentligt partnerskap?",
                "3 Förutsättningar",
                "4 Process",
                "5 Ekonomi",
                "6 Kontakt",
            ],
        ),
        ("h2", "1 Inledning"),
        ("h3", "1.1 Syfte"),
        (
            "p",
            "Riktlinjerna ska ge kommunens förvaltningar och den idéburna sektorn en gemensam "
            "grund för när och hur Ronneby kommun ingår idéburna offentliga partnerskap, så att "
            "partnerskapen blir förutsägbara, långsiktiga och likvärdigt bedömda.",
        ),
        ("h3", "1.2 Koppling till andra styrdokument"),
        (
            "p",
            "Riktlinjerna bygger på Överenskommelsen mellan Ronneby kommun och den idéburna "
            "sektorn från 2021. Föreningsbidrag regleras i kommunens bidragsregler och "
            "påverkas inte av dessa riktlinjer.",
        ),
        ("h2", "2 Vad är ett idéburet offentligt partnerskap?"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) är en överenskommelse mellan kommunen "
            "och en eller flera idéburna organisationer om att tillsammans driva en verksamhet "
            "som möter ett samhällsbehov. Parterna bidrar båda med resurser och är likvärdiga i "
            "partnerskapet. IOP är varken ett bidrag eller ett köp av tjänster.",
        ),
        ("h2", "3 Förutsättningar"),
        ("h3", "3.1 Vem kan vara part"),
        (
            "p",
            "Ronneby kommun kan ingå partnerskap med ideella föreningar, stiftelser och "
            "registrerade trossamfund. En förening ska vara registrerad i Ronneby kommuns "
            "föreningsregister och ha minst 15 betalande medlemmar. En stiftelse ska vara "
            "registrerad hos länsstyrelsen. Flera organisationer kan gå samman i ett "
            "partnerskap om en av dem är huvudman.",
        ),
        ("h3", "3.2 Villkor för partnerskap"),
        ("p", "Ett partnerskap förutsätter att samtliga villkor nedan är uppfyllda."),
        (
            "ol",
            [
                "Initiativet kommer från den idéburna organisationen eller har vuxit fram i "
                "dialog mellan organisationen och kommunen.",
                "Verksamheten svarar mot ett behov som båda parter är överens om och som ryms "
                "inom kommunens mål för folkhälsa, integration eller trygghet.",
                "Organisationen bidrar med en egen insats som motsvarar minst 30 procent av "
                "partnerskapets totala kostnad (se avsnitt 5.1).",
                "Verksamheten konkurrerar inte med företag. Kan tjänsten köpas på en marknad ska "
                "kommunen i stället pröva upphandling.",
                "Verksamheten är öppen för alla i målgruppen och kräver inte medlemskap. "
                "Deltagaravgifter får bara tas ut i symbolisk form och med högst 50 kronor per "
                "tillfälle.",
                "Partnerskapet är långsiktigt och avser minst två och högst fem år.",
                "Organisationen drivs utan vinstsyfte. Ett eventuellt överskott i partnerskapet "
                "ska återföras till verksamheten.",
                "Verksamheten innehåller inte religiös förkunnelse eller partipolitisk "
                "opinionsbildning.",
                "Ledare som arbetar med barn och unga har visat utdrag ur belastningsregistret "
                "för organisationen.",
            ],
        ),
        ("h3", "3.3 När IOP inte är rätt form"),
        ("p", "IOP används inte för"),
        (
            "ul",
            [
                "stöd till organisationens ordinarie verksamhet, där föreningsbidrag är rätt form,",
                "myndighetsutövning och insatser som kommunen enligt lag ska ge,",
                "verksamhet där kommunen ersätter organisationen per besök, per deltagare eller "
                "per utförd timme, eftersom det är köp av tjänst,",
                "enstaka arrangemang och evenemang.",
            ],
        ),
        ("h2", "4 Process"),
        ("h3", "4.1 Idéskiss"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss på kommunens mall och skickar den "
            "till iop@ronneby.se. Idéskisser tas emot löpande under året. Kommunen lämnar ett "
            "första besked inom åtta veckor.",
        ),
        ("h3", "4.2 Dialog och gemensam behovsbeskrivning"),
        (
            "p",
            "Om idén bedöms kunna bli ett partnerskap bjuder den berörda förvaltningen in till "
            "dialog. Parterna beskriver tillsammans behovet, målgruppen, vad var och en bidrar "
            "med och hur verksamheten ska följas upp.",
        ),
        ("h3", "4.3 Beslut"),
        (
            "p",
            "Beslut om partnerskap fattas av den nämnd som ansvarar för verksamhetsområdet. Om "
            "kommunens sammanlagda ersättning under hela avtalsperioden överstiger "
            "1 000 000 kronor, eller om partnerskapet berör flera nämnder, beslutar "
            "kommunstyrelsen.",
        ),
        ("h3", "4.4 Överenskommelse"),
        (
            "p",
            "Partnerskapet regleras i en skriftlig överenskommelse som undertecknas av "
            "nämndens ordförande och organisationens firmatecknare. Överenskommelsen anger "
            "verksamhetens innehåll, parternas insatser, ersättning, avtalstid och hur "
            "partnerskapet kan sägas upp.",
        ),
        ("h3", "4.5 Uppföljning"),
        (
            "p",
            "Partnerskapet följs upp varje år vid ett gemensamt uppföljningsmöte. "
            "Organisationen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "föregående år senast den 30 april.",
        ),
        ("h2", "5 Ekonomi"),
        ("h3", "5.1 Egen insats"),
        (
            "p",
            "Den egna insatsen kan bestå av ideellt arbete, lokaler, material och egna eller "
            "insamlade medel. Ideellt arbete värderas till 190 kronor per timme. Bidrag från "
            "andra offentliga finansiärer räknas inte som egen insats.",
        ),
        ("h3", "5.2 Utbetalning"),
        (
            "p",
            "Kommunens ersättning betalas ut halvårsvis i förskott, i januari och i juli.",
        ),
        ("h2", "6 Kontakt"),
        ("p", "Frågor om IOP besvaras av kommunledningsförvaltningens utvecklingsenhet."),
        (
            "lines",
            [
                "Per-Olof Stenmark, utvecklare civilsamhälle, 0457-61 83 25, "
                "per-olof.stenmark@ronneby.se",
                "Funktionsbrevlåda: iop@ronneby.se",
            ],
        ),
    ],
)


DOCS = [SKOVDE_PROTOKOLL, KRISTINEHAMN_KRITERIER, HARNOSAND_BREV, RONNEBY_RIKTLINJER]
