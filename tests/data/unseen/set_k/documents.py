"""Text of the set_k (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Karlskoga: a scanned copy of the riktlinjer adopted by kommunfullmäktige: a stamp and an
# "inskannad" note on the first page, a table of contents with dot leaders and page numbers,
# and the rules as numbered paragraphs (1.1, 1.2 …, 3.1 … 3.12) written with "ska", "får inte"
# and "förutsätter". The only contact is a functional mailbox and Kontaktcenter.
KARLSKOGA_RIKTLINJER = Doc(
    path="corpus/karlskoga/karlskoga-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Karlskoga kommun",
    header_left="KARLSKOGA KOMMUN",
    header_right=["RIKTLINJER", "Dnr KS 2024/0277"],
    footer_lines=[
        "Karlskoga kommun · Kommunledningsförvaltningen · 691 83 Karlskoga · "
        "Kontaktcenter 0586-614 00 · www.karlskoga.se",
    ],
    author="Kommunledningsförvaltningen, Karlskoga kommun",
    blocks=[
        (
            "small",
            "Inskannad kopia av det justerade originalet. Handskrivna anteckningar i marginalen "
            "har inte återgetts. Vid skillnad gäller originalet i kommunens diarium.",
        ),
        (
            "lines",
            [
                "[Stämpel]  KARLSKOGA KOMMUN",
                "Kommunstyrelsen",
                "Inkom 2024-10-02",
                "Dnr KS 2024/0277   Aktbil. 14",
            ],
        ),
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Antagna av kommunfullmäktige 2024-09-23, § 118. Gäller från och med 2025-01-01.",
        ),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinjer"),
                ("Beslutsinstans", "Kommunfullmäktige"),
                ("Dokumentansvarig", "Kommundirektören"),
                ("Ersätter", "Riktlinjer för samverkan med idéburen sektor, KF 2019-04-15, § 52"),
                ("Revideras", "Senast 2028"),
            ],
        ),
        ("h2", "Innehållsförteckning"),
        (
            "lines",
            [
                "1  Inledning ........................................................ 2",
                "2  Definitioner ..................................................... 2",
                "3  Förutsättningar för partnerskap ............................. 2",
                "4  Idéskiss och handläggning ..................................... 4",
                "5  Beslut ............................................................. 4",
                "6  Överenskommelse, utbetalning och uppföljning .......... 4",
                "7  Ändring och uppsägning ........................................ 4",
                "8  Kontakt ............................................................ 5",
            ],
        ),
        ("pagebreak",),
        ("h2", "1  Inledning"),
        (
            "p",
            "1.1  Riktlinjerna anger under vilka förutsättningar Karlskoga kommun ingår idéburet "
            "offentligt partnerskap (IOP) med idéburna organisationer. De gäller för "
            "kommunstyrelsen och för samtliga nämnder.",
        ),
        (
            "p",
            "1.2  IOP är ett komplement till föreningsbidrag och till upphandling och ersätter "
            "ingen av dem. Stöd till en förenings ordinarie verksamhet söks som föreningsbidrag. "
            "När kommunen vill köpa en bestämd tjänst ska tjänsten upphandlas.",
        ),
        (
            "p",
            "1.3  Riktlinjerna gäller från och med 2025-01-01 och ska ses över senast 2028. "
            "Partnerskap som har ingåtts före detta datum fortsätter att gälla enligt sina "
            "överenskommelser.",
        ),
        ("h2", "2  Definitioner"),
        (
            "p",
            "2.1  Med idéburen organisation avses i dessa riktlinjer en ideell förening, en "
            "stiftelse eller ett registrerat trossamfund som inte har till syfte att ge vinst åt "
            "någon.",
        ),
        (
            "p",
            "2.2  Med idéskiss avses organisationens skriftliga beskrivning av den idé som den "
            "vill genomföra i partnerskap med kommunen.",
        ),
        (
            "p",
            "2.3  Med egen insats avses det som organisationen själv bidrar med: pengar, lokaler, "
            "material eller ideellt arbete.",
        ),
        ("h2", "3  Förutsättningar för partnerskap"),
        (
            "p",
            "3.1  Ett partnerskap förutsätter att organisationen är idéburen enligt 2.1. "
            "Aktiebolag, handelsbolag, ekonomiska föreningar och enskilda näringsidkare får inte "
            "vara part, oavsett hur ett eventuellt överskott används.",
        ),
        (
            "p",
            "3.2  Organisationen ska ha antagna stadgar och en styrelse som har valts på ett "
            "årsmöte. Den ska ha bedrivit verksamhet i Karlskoga kommun i minst 18 månader när "
            "idéskissen lämnas in.",
        ),
        (
            "p",
            "3.3  Ett partnerskap förutsätter att idén kommer från organisationen. Kommunen får "
            "inte i förväg bestämma verksamhetens innehåll, omfattning eller tider och därefter "
            "erbjuda en organisation att genomföra den. Ett sådant uppdrag ska i stället prövas "
            "enligt reglerna om upphandling.",
        ),
        (
            "p",
            "3.4  Verksamheten ska vara öppen för alla i den målgrupp som anges i "
            "överenskommelsen. Medlemskap i organisationen får inte vara ett villkor för att "
            "delta.",
        ),
        (
            "p",
            "3.5  Deltagaravgifter får tas ut, men de får sammanlagt inte överstiga 400 kronor "
            "per deltagare och kalenderår, oberoende av om avgiften tas ut per tillfälle, per "
            "termin eller som medlemsavgift.",
        ),
        (
            "p",
            "3.6  Organisationens egen insats ska uppgå till minst en tredjedel av verksamhetens "
            "totala kostnad. Ideellt arbete får räknas in med 210 kronor per timme. "
            "Föreningsbidrag från kommunen får inte räknas som egen insats.",
        ),
        (
            "p",
            "3.7  Kommunens medel får inte användas till organisationens ordinarie verksamhet, "
            "till exempel hyra för föreningens egen lokal, medlemsmöten, tävlingar eller "
            "medlemsresor.",
        ),
        (
            "p",
            "3.8  Partnerskapet får inte avse uppgifter som kommunen är skyldig att utföra enligt "
            "lag eller som innefattar myndighetsutövning. Det får inte heller avse verksamhet som "
            "redan erbjuds av företag på en marknad i kommunen.",
        ),
        (
            "p",
            "3.9  Ett partnerskap förutsätter att verksamheten pågår under minst ett år. Enstaka "
            "arrangemang, som en festival, en jubileumsfest eller en resa, får inte bli ett "
            "partnerskap.",
        ),
        (
            "p",
            "3.10  Kommunen ersätter inte organisationen per deltagare, per besök eller per "
            "timme, och organisationen får inte fakturera kommunen för utförda insatser.",
        ),
        (
            "p",
            "3.11  Verksamheten får inte innehålla religiös förkunnelse eller partipolitisk "
            "verksamhet.",
        ),
        (
            "p",
            "3.12  Uppfyller idéskissen inte förutsättningarna i 3.1–3.11 ska kommunen inte ingå "
            "partnerskap. Kommunledningsförvaltningen ska då hänvisa organisationen till annan "
            "form av stöd om en sådan finns.",
        ),
        ("pagebreak",),
        ("h2", "4  Idéskiss och handläggning"),
        (
            "p",
            "4.1  Organisationen lämnar en idéskiss till kommunledningsförvaltningen, i första "
            "hand via e-post till iop@karlskoga.se. Idéskissen ska beskriva behovet, målgruppen, "
            "aktiviteterna, den egna insatsen, en budget och en tidplan.",
        ),
        (
            "p",
            "4.2  Idéskisser tas emot löpande under året. Ska ett partnerskap kunna starta vid "
            "kommande årsskifte ska idéskissen ha kommit in senast den 31 maj.",
        ),
        (
            "p",
            "4.3  Kommunledningsförvaltningen ska inom 25 arbetsdagar lämna besked om idéskissen "
            "går vidare till dialog med den förvaltning som berörs.",
        ),
        (
            "p",
            "4.4  Under dialogen tar parterna gemensamt fram ett förslag till överenskommelse med "
            "mål, aktiviteter, budget och former för uppföljning.",
        ),
        ("h2", "5  Beslut"),
        (
            "p",
            "5.1  Den nämnd vars ansvarsområde verksamheten främst berör beslutar om partnerskap "
            "med ett värde om högst 300 000 kronor per år.",
        ),
        (
            "p",
            "5.2  Kommunstyrelsen beslutar om partnerskap med ett värde över 300 000 kronor men "
            "högst 1 000 000 kronor per år och om partnerskap som berör fler än en nämnd.",
        ),
        (
            "p",
            "5.3  Partnerskap med ett värde över 1 000 000 kronor per år ska beslutas av "
            "kommunfullmäktige.",
        ),
        ("h2", "6  Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "6.1  En överenskommelse får gälla i högst fyra år. Den får förlängas en gång, med "
            "högst två år, efter en gemensam utvärdering.",
        ),
        (
            "p",
            "6.2  Kommunens bidrag betalas ut i förskott två gånger per år, i april och i "
            "oktober, till organisationens bankgiro eller plusgiro.",
        ),
        (
            "p",
            "6.3  Organisationen ska senast den 10 april varje år lämna en verksamhetsberättelse "
            "och en ekonomisk redovisning för föregående år till den förvaltning som ansvarar "
            "för partnerskapet.",
        ),
        ("p", "6.4  Parterna ska träffas för uppföljning minst en gång per år."),
        ("h2", "7  Ändring och uppsägning"),
        (
            "p",
            "7.1  Ändringar i en överenskommelse ska göras skriftligt och undertecknas av båda "
            "parter.",
        ),
        (
            "p",
            "7.2  Vardera parten får säga upp överenskommelsen med fem månaders uppsägningstid.",
        ),
        (
            "p",
            "7.3  Om organisationen inte följer överenskommelsen får kommunen häva den med "
            "omedelbar verkan och kräva tillbaka medel som inte har förbrukats.",
        ),
        ("h2", "8  Kontakt"),
        (
            "p",
            "8.1  Frågor om riktlinjerna och om idéskisser besvaras av "
            "kommunledningsförvaltningen via den gemensamma brevlådan iop@karlskoga.se. Den som "
            "vill tala med en handläggare ringer Kontaktcenter, 0586-614 00, och blir kopplad.",
        ),
        (
            "lines",
            [
                "Rätt utdraget intygar:",
                "Anneli Strömgren, kommunsekreterare   (signatur)",
            ],
        ),
    ],
)


# Strängnäs: a protokollsutdrag from kommunstyrelsen (§ 96) adopting new guidelines. The
# decisions stand as an "att"-list (the nämnd limit, the date they apply from, a central pot,
# an evaluation date); the guidelines' content is summarised in the ärende; the consultation
# draft's 25 percent was lowered to 10; a yrkande on a lower limit is turned down, one
# member declares jäv.
STRANGNAS_PROTOKOLL = Doc(
    path="corpus/strangnas/strangnas-ks-protokollsutdrag-2025-05-12.pdf",
    title="Protokollsutdrag kommunstyrelsen 2025-05-12 § 96 – Riktlinjer för IOP",
    header_left="Strängnäs kommun",
    header_right=["PROTOKOLLSUTDRAG", "Kommunstyrelsen", "Sammanträdesdatum 2025-05-12"],
    footer_lines=[
        "Strängnäs kommun · 645 80 Strängnäs · Kontaktcenter 0152-290 00 · kommunen@strangnas.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Kommunledningskontoret, Strängnäs kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2025-05-12"),
                ("Plats och tid", "Kommunhuset, sessionssalen Mälaren, kl. 09.00–12.40"),
                ("Paragraf", "§ 96"),
                ("Utdrag ur", "Kommunstyrelsens protokoll"),
            ],
        ),
        ("h1", "§ 96 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS/2024:512"),
        ("bold", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        (
            "lines",
            [
                "att anta Riktlinjer för idéburet offentligt partnerskap (IOP) i Strängnäs "
                "kommun enligt bilaga till kommunledningskontorets tjänsteskrivelse 2025-04-14,",
                "att riktlinjerna gäller från och med 2025-07-01 och ersätter kommunstyrelsens "
                "beslut 2020-02-10, § 21,",
                "att en nämnd får besluta om partnerskap inom sitt ansvarsområde upp till "
                "350 000 kronor per år,",
                "att partnerskap över 350 000 kronor per år och partnerskap som berör flera "
                "nämnder beslutas av kommunstyrelsen,",
                "att avsätta 1 500 000 kronor per år från och med 2026 inom kommunstyrelsens "
                "budget för att medfinansiera nya partnerskap,",
                "att uppdra åt kommundirektören att utse en samordnare för IOP inom "
                "kommunledningskontoret, samt",
                "att riktlinjerna ska utvärderas senast 2027-12-31.",
            ],
        ),
        ("bold", "Sammanfattning av ärendet"),
        (
            "p",
            "Strängnäs kommun har sedan 2020 ingått tre idéburna offentliga partnerskap enligt "
            "kommunstyrelsens tidigare beslut. Erfarenheterna visar att föreningarna behöver "
            "tydligare besked om vad som krävs och när beslut fattas. Kommunledningskontoret har "
            "därför tagit fram nya riktlinjer i dialog med Strängnäs föreningsråd, det "
            "kommunala pensionärsrådet och de nämnder som berörs. Förslaget har varit ute på "
            "remiss under januari och februari 2025.",
        ),
        ("bold", "Riktlinjernas huvudsakliga innehåll"),
        (
            "p",
            "Enligt riktlinjerna förutsätter ett partnerskap att organisationen är en ideell "
            "förening, en stiftelse eller ett trossamfund utan vinstsyfte som har bedrivit "
            "verksamhet i Strängnäs kommun i minst två år. Idén ska komma från organisationen. "
            "Organisationens egen insats ska motsvara minst 10 procent av kostnaden och kan "
            "bestå av ideellt arbete, lokaler eller pengar. Verksamheten ska vara avgiftsfri "
            "för deltagarna och öppen för alla i målgruppen, oavsett medlemskap. Kommunen "
            "ersätter inte organisationen per deltagare eller per timme. Partnerskapet får inte "
            "avse sådant som kommunen ska utföra enligt lag, organisationens ordinarie "
            "verksamhet eller verksamhet som kommunen köper genom upphandling.",
        ),
        (
            "p",
            "Idéskisser tas emot två gånger per år, senast den 15 april och senast den 15 "
            "oktober, via iop@strangnas.se. Organisationen får besked inom fyra veckor efter "
            "respektive sista dag om idéskissen går vidare till dialog. En överenskommelse "
            "gäller i ett till fyra år. Kommunens bidrag betalas ut i förskott en gång per år, i "
            "januari. Organisationen redovisar verksamhet och ekonomi senast den 30 april året "
            "efter verksamhetsåret. Vardera parten kan säga upp överenskommelsen med tre "
            "månaders uppsägningstid.",
        ),
        ("bold", "Ändringar efter remissen"),
        (
            "p",
            "Remissversionen innehöll ett krav på minst 25 procent egen insats. Strängnäs "
            "föreningsråd och flera mindre föreningar framförde att kravet skulle stänga ute "
            "föreningar utan egna pengar. Kravet har därför sänkts till 10 procent i det förslag "
            "som nu läggs fram. Remissversionens krav på tre års verksamhet har sänkts till två "
            "år.",
        ),
        ("bold", "Jäv"),
        (
            "p",
            "Lars Widén (C) anmäler jäv och deltar inte i handläggningen av ärendet, eftersom "
            "han är ordförande i en förening som har lämnat in en idéskiss.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Anna Qvist (M) yrkar att beloppsgränsen för nämndernas beslut ska vara 200 000 "
            "kronor per år. Ordföranden Peter Ahlqvist (S) yrkar bifall till arbetsutskottets "
            "förslag.",
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer förslagen mot varandra och finner att kommunstyrelsen beslutar "
            "enligt arbetsutskottets förslag.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsens arbetsutskott 2025-04-28, § 71",
                "Tjänsteskrivelse från kommunledningskontoret 2025-04-14",
                "Riktlinjer för idéburet offentligt partnerskap (IOP), bilaga",
                "Sammanställning av remissvar",
            ],
        ),
        ("bold", "Beslutet skickas till"),
        (
            "lines",
            [
                "Samtliga nämnder",
                "Strängnäs föreningsråd",
                "Kommunala pensionärsrådet",
                "Kommundirektören",
            ],
        ),
        (
            "lines",
            [
                "Vid protokollet: Therese Blom, sekreterare",
                "Ordförande: Peter Ahlqvist (S)",
                "Justerare: Eva Lindroth (M)",
                "Justerat 2025-05-16. Anslaget på kommunens digitala anslagstavla 2025-05-19.",
            ],
        ),
    ],
)


# Västervik: a Word FAQ where each question stands as a bold line and the answer as an
# ordinary paragraph beneath it (no headings per question); the named contact is on a
# separate HTML contact page.
VASTERVIK_FAQ = Doc(
    path="corpus/vastervik/vastervik-iop-fragor-och-svar.docx",
    title="Frågor och svar om idéburet offentligt partnerskap (IOP)",
    header_left="Västerviks kommun · Kommunledningskontoret",
    footer_lines=[
        "Västerviks kommun · 593 80 Västervik · Kontaktcenter 0490-25 60 00 · www.vastervik.se",
    ],
    author="Kommunledningskontoret, Västerviks kommun",
    blocks=[
        ("h1", "Frågor och svar om idéburet offentligt partnerskap (IOP)"),
        ("small", "Version 2, reviderad 2025-11-20. Gäller för föreningar i Västerviks kommun."),
        (
            "p",
            "Här svarar vi på de frågor vi oftast får från föreningar som funderar på ett "
            "partnerskap med kommunen. Hittar du inte svaret? Se kontaktuppgifterna på "
            "kommunens webbsida om IOP.",
        ),
        ("bold", "Vad är ett idéburet offentligt partnerskap?"),
        (
            "p",
            "Det är ett avtal mellan kommunen och en förening eller annan idéburen organisation "
            "om att tillsammans driva en verksamhet som båda tycker behövs. Båda parter bidrar. "
            "Det är inte ett föreningsbidrag och inte ett köp, så kommunen betalar inte per "
            "deltagare, per besök eller per timme.",
        ),
        ("bold", "Vilka organisationer kan bli partner?"),
        (
            "p",
            "Ideella föreningar, stiftelser och trossamfund som har funnits i minst ett år och "
            "har hållit minst ett årsmöte. Företag kan inte bli partner, inte heller "
            "ekonomiska föreningar eller kooperativ.",
        ),
        ("bold", "Måste idén komma från föreningen?"),
        (
            "p",
            "Ja. Ni beskriver ett behov som ni har sett och hur ni vill möta det. Vill kommunen "
            "själv att en viss tjänst ska utföras på ett bestämt sätt är det upphandling som "
            "gäller, inte IOP.",
        ),
        ("bold", "Vem får vara med i verksamheten?"),
        (
            "p",
            "Alla i den målgrupp som ni och kommunen kommer överens om. Man ska inte behöva "
            "vara medlem i föreningen för att delta.",
        ),
        ("bold", "Får vi ta betalt av deltagarna?"),
        (
            "p",
            "Ja, för att täcka till exempel material och fika, men avgiften får vara högst "
            "60 kronor per tillfälle.",
        ),
        ("bold", "Hur mycket måste vi bidra med själva?"),
        (
            "p",
            "Er egen insats ska vara minst 15 procent av kostnaderna. Den kan bestå av pengar, "
            "lokaler, material eller ideellt arbete, som räknas med 180 kronor per timme.",
        ),
        ("bold", "Kan vi söka IOP för ett evenemang eller en resa?"),
        (
            "p",
            "Nej. Ett partnerskap gäller en verksamhet som pågår under en längre tid. Enstaka "
            "evenemang, utflykter och resor kan inte bli IOP, även om de är till för en grupp "
            "som behöver det. Fråga i stället efter kommunens arrangemangsbidrag.",
        ),
        ("bold", "Kan vi få pengar till föreningens hyra?"),
        (
            "p",
            "Inte genom IOP. Hyra för föreningens egen lokal och annan ordinarie verksamhet "
            "söker ni som föreningsbidrag hos fritidskontoret.",
        ),
        ("bold", "Finns det något som aldrig kan bli ett partnerskap?"),
        (
            "p",
            "Ja: sådant som kommunen måste göra enligt lag, som hemtjänst, skola och hälso- och "
            "sjukvård, och sådant som företag redan säljer i kommunen.",
        ),
        ("bold", "Hur ansöker vi?"),
        (
            "p",
            "Skriv en idéskiss på högst tre sidor och mejla den till iop@vastervik.se. Beskriv "
            "behovet, målgruppen, vad ni vill göra, er egen insats och en budget. Idéskisser "
            "tas emot hela året. Idéskisser som kommer in före den 1 november kan leda till ett "
            "partnerskap som startar tidigast den 1 april året efter.",
        ),
        ("bold", "Hur lång tid tar det?"),
        (
            "p",
            "Ni får en första återkoppling inom tre veckor. Räkna med tre till fem månader från "
            "idéskiss till beslut, eftersom vi först har dialogmöten och sedan skriver "
            "överenskommelsen tillsammans.",
        ),
        ("bold", "Vem fattar beslutet?"),
        (
            "p",
            "Den nämnd som ansvarar för området beslutar om partnerskap upp till 250 000 "
            "kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("bold", "När får vi pengarna?"),
        (
            "p",
            "Kommunens del betalas ut i förskott tre gånger per år: i februari, juni och oktober.",
        ),
        ("bold", "Vad ska vi redovisa?"),
        (
            "p",
            "En verksamhetsberättelse och en ekonomisk redovisning senast den 15 mars året "
            "efter. Varje november har vi dessutom ett uppföljningsmöte.",
        ),
        ("bold", "Hur länge gäller ett partnerskap?"),
        (
            "p",
            "Högst tre år åt gången. Vill ni fortsätta efter det gör vi en gemensam "
            "utvärdering innan en ny överenskommelse kan skrivas.",
        ),
        ("bold", "Kan vi avsluta partnerskapet i förtid?"),
        (
            "p",
            "Ja, båda parter kan säga upp överenskommelsen med 90 dagars uppsägningstid. Vid "
            "allvarliga brister kan kommunen avsluta den direkt. Pengar som inte har använts "
            "ska betalas tillbaka.",
        ),
    ],
)


DOCS = [KARLSKOGA_RIKTLINJER, STRANGNAS_PROTOKOLL, VASTERVIK_FAQ]
