"""Text of the set_au documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The twelve documents of the set (six municipalities, Svealand and Norrland):

danderyd/danderyd-iop-villkor-for-partnerskap.html (hand-written, no sidecar)
    Web page with the criteria as a three-column table (villkor / det här gäller / det här
    räknas inte): minst tre år from the Skatteverket registration (time before the
    organisationsnummer does not count), minst 25 paying members (a family membership counts
    as one), the kommundelar, half of the participants folkbokförda in Danderyd, högst 40
    kronor per tillfälle and free under 18, minst 30 procent at 300 kronor per timme (not
    föreningsbidrag from the kommun, not paid work), nothing per deltagare, ett till fyra år.
    E-tjänst, löpande, fem veckor, named contact with phone hours. Cookie notice, menus,
    "Senast uppdaterad".
danderyd/danderyd-kfn-protokollsutdrag-2026-02-19.pdf (this file, sidecar)
    Protocol extract of kultur- och fritidsnämnden with § 21–24 and diarienummer: one new
    partnership (yes), two idéskisser turned down with reasons (registered too recently;
    a festival is an enstaka evenemang), one extension (yes).
salem/salem-riktlinjer-ideburet-offentligt-partnerskap.docx (this file, sidecar)
    Word guideline in running prose under Principer / Förutsättningar / Villkor för
    verksamheten / Krav på egen insats: 18 months from the konstituerande möte, 12
    röstberättigade members, only four target groups (unga till och med 20 år, fyllt 70 år,
    funktionsnedsättning, bott i Sverige kortare tid än fem år), 300 kronor per termin,
    20 procent of which at least half ideellt arbete at 220 kronor per timme; two dates a
    year, six weeks, nämnd up to 200 000 kronor, två eller tre år.
salem/salem-pagaende-partnerskap.html (hand-written, sidecar)
    Table of current partnerships with a total row, one ended partnership, a named contact.
nynashamn/nynashamn-iop-vanliga-fragor.html (hand-written, no sidecar)
    FAQ page as a button/panel accordion with the rules in force (2021): ett år, 15
    members, 10 procent at 200 kronor, 50 kronor per tillfälle, once a year by 31 augusti,
    kommunstyrelsen decides everything, a note that the draft does not apply yet.
nynashamn/nynashamn-riktlinjer-iop-remissversion-2026.pdf (this file, sidecar)
    Draft out for consultation (remissversion), NOT in force: two years, 20 members,
    15 procent at 250 kronor, 400 kronor per termin, löpande, nämnder up to 300 000;
    synpunkter by 15 maj 2026, KF in december 2026, from 1 mars 2027; a named contact.
grums/grums-iop-information-till-foreningar.pdf (this file, sidecar)
    Letterhead information sheet with the rules as ska / krävs / förutsätter / får inte:
    föreningsregistret, två ordinarie årsmöten, 10 members of which more than half in Grums,
    the orter, 500 kronor per kalenderår, minst 150 ideella timmar per år at 190 kronor,
    no drift of the förening's own anläggning; 1–30 november, besked i januari, start 1
    april, kommunstyrelsen, högst tre år. Its only contact details are the functional
    mailbox and the switchboard in the footer.
grums/grums-stod-till-foreningar.html (hand-written, no sidecar)
    Web page mixing föreningsbidrag (aktivitetsstöd, startbidrag, anläggningsbidrag), IOP and
    upphandling (LOU, the badplatser) with a comparison table; a named contact only for
    föreningsbidrag.
eda/eda-partnership-with-associations-english.html (hand-written, sidecar)
    English web page: Swedish organisation number (not only Norwegian), 12 months from
    Skatteverket, 8 members living in Eda, nothing mainly in Norway, SEK 20 per occasion and
    free under 16, 15 percent at SEK 200, Swedish/Norwegian/English, all year, four weeks,
    allmänna utskottet up to SEK 200,000; a named contact who speaks Norwegian.
eda/eda-utlysning-sommarlov-2026.md (hand-written, no sidecar)
    Call for proposals (utlysning) with its own conditions: 7–15 år, 15 juni–14 augusti,
    minst 12 aktivitetsdagar, helt avgiftsfri (also food), 25 procent, ledare 18 år with
    belastningsregister; a timetable table and its own contact.
asele/asele-blankett-ideskiss-iop.docx (this file, sidecar)
    Application form (idéskiss) whose rules stand only in framed boxes: sex månader with
    organisationsnummer, fem members, the byar (not Vilhelmina, Dorotea, Lycksele),
    100 kronor per tillfälle for adults and free under 18, 10 procent at 180 kronor per
    timme and 25 kronor per mil, nothing sold mainly to besökare; [Skriv här] fields.
asele/asele-nyhet-partnerskap-fredrika-traffpunkt.txt (hand-written, no sidecar)
    News item about a new partnership (85 000 kronor per år, 2026-05-01–2029-04-30) and the
    earlier one in Torvsjö; the switchboard in the footer.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Danderyd: a protocol extract from kultur- och fritidsnämnden, 19 February 2026, § 21-24.
DANDERYD_PROTOKOLL = Doc(
    path="corpus/danderyd/danderyd-kfn-protokollsutdrag-2026-02-19.pdf",
    title="Kultur- och fritidsnämnden – protokollsutdrag 2026-02-19 § 21–24",
    header_left="Danderyds kommun",
    header_right=["PROTOKOLLSUTDRAG", "Kultur- och fritidsnämnden", "Sammanträdesdatum 2026-02-19"],
    footer_lines=[
        "Danderyds kommun · Kultur- och fritidsförvaltningen · 182 11 Danderyd · "
        "Växel 08-568 950 00 · kommun@danderyd.se"
    ],
    author="Kultur- och fritidsnämnden, Danderyds kommun",
    blocks=[
        ("h1", "Kultur- och fritidsnämnden"),
        (
            "kv",
            [
                ("Plats och tid", "Sammanträdesrummet Mörby, Danderyds kommunhus, "
                 "torsdag 19 februari 2026 kl. 18.00–20.15"),
                ("Beslutande", "Cecilia Ahlgren Fors (M), ordförande; Tomas Berggren (L), "
                 "vice ordförande; Kerstin Holm Ridell (M); Jakob Sjögren (KD); "
                 "Marianne Öst (S); Farid Haddad (C); Eva Lindbäck (V)"),
                ("Sekreterare", "Sara Nilsson Ek"),
                ("Justerare", "Marianne Öst (S)"),
                ("Justeringens tid", "2026-02-24"),
                ("Paragrafer", "21–24"),
            ],
        ),
        ("h2", "§ 21 Idéburet offentligt partnerskap med Enebybergs Hembygdsförening"),
        ("small", "Dnr KFN 2025/0214"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att ingå ett idéburet offentligt partnerskap "
            "med Enebybergs Hembygdsförening om verksamheten Minnen och vandringar under "
            "perioden 2026-04-01 – 2028-03-31. Kommunens del är 140 000 kronor per år. "
            "Förvaltningschefen får i uppdrag att underteckna överenskommelsen.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Enebybergs Hembygdsförening lämnade en idéskiss den 22 september 2025. Föreningen "
            "vill ordna berättarkvällar och lokalhistoriska vandringar för äldre i Enebyberg, "
            "varannan vecka under hela året. Föreningen bildades 1968 och har 212 betalande "
            "medlemmar. Deltagarna betalar 20 kronor per tillfälle för kaffe. Föreningens egen "
            "insats, främst ideellt arbete och föreningens samlingslokal, motsvarar 36 procent "
            "av den totala kostnaden.",
        ),
        (
            "p",
            "Förvaltningen bedömer att idén uppfyller villkoren i riktlinjerna för idéburet "
            "offentligt partnerskap (KF 2023-06-14 § 71) och att verksamheten bidrar till "
            "nämndens mål om en meningsfull fritid för äldre.",
        ),
        ("h2", "§ 22 Idéskiss från Stocksunds Padelvänner om padel för seniorer"),
        ("small", "Dnr KFN 2025/0231"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att inte ingå ett idéburet offentligt "
            "partnerskap med Stocksunds Padelvänner.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Stocksunds Padelvänner vill ordna padel för seniorer i Stocksund två förmiddagar i "
            "veckan. Gruppen har spelat tillsammans sedan 2019 men registrerades som förening "
            "hos Skatteverket i maj 2024.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Enligt riktlinjerna ska organisationen ha funnits i minst tre år räknat från "
            "registreringsdatum när idéskissen kommer in. Tid då gruppen var verksam innan "
            "föreningen fick organisationsnummer räknas inte. Villkoret är därför inte "
            "uppfyllt. Föreningen är välkommen att lämna en ny idéskiss när villkoret är "
            "uppfyllt, och kan under tiden söka föreningsbidrag.",
        ),
        ("h2", "§ 23 Idéskiss från Djursholms Kammarmusikförening om en sommarfestival"),
        ("small", "Dnr KFN 2025/0240"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att inte ingå ett idéburet offentligt "
            "partnerskap med Djursholms Kammarmusikförening.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Djursholms Kammarmusikförening vill genomföra en kammarmusikfestival i Djursholms "
            "slott under tre dagar i augusti 2026 och ansöker om 180 000 kronor.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "En festival under tre dagar är ett enstaka evenemang, och enstaka evenemang kan "
            "inte bli ett idéburet offentligt partnerskap. Förvaltningen har informerat "
            "föreningen om möjligheten att söka arrangemangsbidrag.",
        ),
        (
            "h2",
            "§ 24 Förlängning av idéburet offentligt partnerskap med Mörby Läxhjälp",
        ),
        ("small", "Dnr KFN 2023/0119"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att ingå en ny överenskommelse med Mörby "
            "Läxhjälp om läxhjälp för elever i årskurs 4–9 på Mörby bibliotek för perioden "
            "2026-07-01 – 2027-06-30. Kommunens del är 95 000 kronor per år.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Det nuvarande partnerskapet gäller till och med 2026-06-30. Uppföljningen visar att "
            "i genomsnitt 34 elever deltar varje vecka. Eftersom överenskommelser inte förlängs "
            "automatiskt har föreningen lämnat en ny idéskiss.",
        ),
        ("small", "Justerandes signatur: MÖ          Utdragsbestyrkande: SNE"),
        (
            "small",
            "Protokollet i sin helhet finns tillgängligt hos kultur- och fritidsförvaltningen. "
            "Beslut enligt § 21–24 kan överklagas genom laglighetsprövning inom tre veckor från "
            "den dag då justeringen av protokollet tillkännagavs på kommunens anslagstavla.",
        ),
    ],
)


# Salem: guidelines as a Word document, criteria in running prose.
SALEM_RIKTLINJER = Doc(
    path="corpus/salem/salem-riktlinjer-ideburet-offentligt-partnerskap.docx",
    title="Riktlinjer för idéburet offentligt partnerskap i Salems kommun",
    header_left="Salems kommun · Riktlinjer · Dnr KS 2024/0098",
    footer_lines=["Antagen av kommunfullmäktige 2024-06-13 § 57"],
    author="Kommunledningskontoret, Salems kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Salems kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2024-06-13 § 57"),
                ("Gäller från", "2024-08-01"),
                ("Ansvarig", "Kommunledningskontoret"),
                ("Diarienummer", "KS 2024/0098"),
            ],
        ),
        ("h2", "1 Bakgrund och syfte"),
        (
            "p",
            "Salems kommun och föreningslivet har sedan 2019 en gemensam överenskommelse om "
            "samverkan. Idéburet offentligt partnerskap (IOP) är en av flera former för "
            "samarbete. Riktlinjerna ska ge föreningar och förvaltningar samma bild av när ett "
            "partnerskap är möjligt och hur det går till. De gäller för kommunstyrelsen och "
            "alla nämnder.",
        ),
        ("h2", "2 Principer"),
        (
            "p",
            "Ett partnerskap bygger på att föreningen har tagit initiativet och att båda "
            "parter bidrar till något som de var för sig inte kan åstadkomma. Föreningen "
            "behåller sitt oberoende och sin rätt att driva opinion, även i frågor där den är "
            "kritisk mot kommunen. Partnerskapet ska vara långsiktigt, och parterna ska vara "
            "öppna mot varandra om ekonomi och resultat. Kommunen får inte använda ett "
            "partnerskap för att köpa en tjänst som kommunen själv har bestämt innehållet i; då "
            "gäller lagen om offentlig upphandling.",
        ),
        ("h2", "3 Förutsättningar"),
        (
            "p",
            "Ett partnerskap kan ingås med en ideell förening, en stiftelse eller ett "
            "registrerat trossamfund. Organisationen ska ha organisationsnummer, antagna "
            "stadgar och en vald styrelse. Bolag kan inte vara part i ett partnerskap.",
        ),
        (
            "p",
            "Föreningen ska ha bildats minst 18 månader innan idéskissen lämnas in, räknat från "
            "det konstituerande mötet. Föreningen ska också ha minst 12 röstberättigade "
            "medlemmar. För stiftelser och trossamfund gäller i stället att de ska ha bedrivit "
            "verksamhet i Salems kommun under minst 18 månader.",
        ),
        (
            "p",
            "Partnerskap ingås endast för verksamhet som riktar sig till minst en av följande "
            "grupper: barn och unga till och med 20 år, personer som har fyllt 70 år, personer "
            "med funktionsnedsättning och personer som har bott i Sverige kortare tid än fem "
            "år. Verksamhet som riktar sig till andra grupper kan få stöd genom föreningsbidrag "
            "men inte genom ett partnerskap.",
        ),
        ("h2", "4 Villkor för verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Salems kommun, i Rönninge, Salems centrum, Söderby, "
            "Skogsängen eller Säby. Den ska vara öppen för alla i målgruppen, och deltagande "
            "får inte förutsätta medlemskap i föreningen. Föreningen får ta ut avgift av "
            "deltagarna med högst 300 kronor per deltagare och termin.",
        ),
        (
            "p",
            "Ett partnerskap får inte avse verksamhet som kommunen är skyldig att erbjuda "
            "enligt lag, till exempel undervisning i skolan eller insatser enligt LSS, "
            "verksamhet som kommunen redan har upphandlat, eller enstaka arrangemang. "
            "Verksamheten får inte vara partipolitisk och får inte innehålla religiös "
            "förkunnelse. Kostnader som redan täcks av föreningsbidrag från kommunen får inte "
            "ingå i partnerskapets budget.",
        ),
        ("h2", "5 Krav på egen insats"),
        (
            "p",
            "Föreningen ska bidra med en egen insats som motsvarar minst 20 procent av "
            "verksamhetens totala kostnad. Minst hälften av den egna insatsen ska utgöras av "
            "ideellt arbete. Ideellt arbete värderas till 220 kronor per timme. Resten av den "
            "egna insatsen kan bestå av lokaler, material eller egna medel. Arbete som "
            "föreningen betalar arvode för räknas inte som ideellt arbete.",
        ),
        ("h2", "6 Så går det till"),
        (
            "p",
            "Föreningen beskriver sin idé i en idéskiss som skickas till iop@salem.se. "
            "Idéskisser som har kommit in senast den 15 mars behandlas under våren och "
            "idéskisser som har kommit in senast den 15 oktober behandlas under hösten. "
            "Kommunledningskontoret lämnar besked inom sex veckor efter sista dagen om idén går "
            "vidare till dialog med den förvaltning som berörs.",
        ),
        (
            "p",
            "Socialnämnden, barn- och utbildningsnämnden eller kultur- och fritidsnämnden "
            "beslutar om partnerskap där kommunens del är högst 200 000 kronor per år. Om "
            "kommunens del är större beslutar kommunstyrelsen.",
        ),
        ("h2", "7 Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "Överenskommelsen gäller i två eller tre år. Kommunens del betalas ut i förskott "
            "varje halvår. Föreningen lämnar en verksamhetsberättelse och en ekonomisk "
            "redovisning för föregående år senast den 30 april. Vardera part kan säga upp "
            "överenskommelsen med tre månaders uppsägningstid.",
        ),
    ],
)


# Nynäshamn: a draft out for consultation; it is not in force.
NYNASHAMN_REMISS = Doc(
    path="corpus/nynashamn/nynashamn-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till nya riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Nynäshamns kommun",
    header_right=["REMISSVERSION", "KS 2026/0117", "2026-03-16"],
    footer_lines=[
        "Nynäshamns kommun · Kommunledningsförvaltningen · 149 81 Nynäshamn · "
        "Kontaktcenter 08-520 680 00"
    ],
    author="Kommunledningsförvaltningen, Nynäshamns kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION – Förslaget är inte beslutat och gäller inte. Tills kommunfullmäktige "
            "har beslutat gäller riktlinjerna för idéburet offentligt partnerskap från 2021 "
            "(KF 2021-03-18 § 44).",
        ),
        ("h1", "Förslag till nya riktlinjer för idéburet offentligt partnerskap i Nynäshamns kommun"),
        ("h2", "Om remissen"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutade den 10 mars 2026 att skicka förslaget på "
            "remiss till nämnderna, föreningsrådet, pensionärsrådet och rådet för "
            "funktionshinderfrågor. Alla föreningar i kommunen får lämna synpunkter.",
        ),
        (
            "p",
            "Synpunkter lämnas senast den 15 maj 2026 till kommunstyrelsen@nynashamn.se. Märk "
            "svaret med KS 2026/0117. Kommunfullmäktige väntas besluta i december 2026, och de "
            "nya riktlinjerna föreslås börja gälla den 1 mars 2027.",
        ),
        (
            "p",
            "Frågor om förslaget besvaras av Jonas Tallroth, utvecklingsstrateg på "
            "kommunledningsförvaltningen, telefon 08-520 737 92.",
        ),
        ("h2", "Jämförelse med de riktlinjer som gäller i dag"),
        (
            "table",
            (40, 60, 60),
            [
                ["", "Gäller i dag (2021)", "Förslag"],
                ["Föreningens ålder", "Minst ett år", "Minst två år"],
                ["Medlemmar", "Minst 15", "Minst 20"],
                ["Egen insats", "Minst 10 procent, 200 kr per timme", "Minst 15 procent, 250 kr per timme"],
                ["Avgift", "Högst 50 kr per tillfälle", "Högst 400 kr per deltagare och termin"],
                ["Idéskiss", "En gång per år, senast 31 augusti", "Löpande under året"],
                ["Beslut", "Kommunstyrelsen", "Nämnd upp till 300 000 kr per år, annars kommunstyrelsen"],
                ["Avtalstid", "Ett till tre år", "Två till fyra år"],
            ],
        ),
        ("h2", "1 Vilka kan ingå partnerskap"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar, stiftelser och registrerade "
            "trossamfund som har funnits i minst två år och har minst 20 medlemmar.",
        ),
        ("h2", "2 Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Nynäshamns kommun och vara öppen för alla i "
            "målgruppen. Avgiften till deltagarna får vara högst 400 kronor per deltagare och "
            "termin. Verksamhet som kommunen ska erbjuda enligt lag, enstaka evenemang och "
            "verksamhet som pågår kortare tid än sex månader kan inte bli partnerskap.",
        ),
        ("h2", "3 Egen insats"),
        (
            "p",
            "Föreningen ska stå för minst 15 procent av kostnaden. Ideellt arbete värderas "
            "till 250 kronor per timme.",
        ),
        ("h2", "4 Idéskiss, beslut och avtal"),
        (
            "p",
            "Idéskisser tas emot löpande under året. Kommunen lämnar besked inom sex veckor. "
            "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 300 000 kronor "
            "per år, och kommunstyrelsen om större partnerskap. En överenskommelse gäller i två "
            "till fyra år, och kommunens del betalas ut halvårsvis.",
        ),
    ],
)


# Grums: a letterhead information sheet; the only contact details are in the footer.
GRUMS_INFO = Doc(
    path="corpus/grums/grums-iop-information-till-foreningar.pdf",
    title="Idéburet offentligt partnerskap – information till föreningar",
    header_left="Grums kommun",
    header_right=["Kultur- och fritidsförvaltningen", "Februari 2026"],
    footer_lines=[
        "Grums kommun · Kultur- och fritidsförvaltningen · 664 80 Grums",
        "Växel 0555-421 00 · foreningsservice@grums.se",
    ],
    author="Kultur- och fritidsförvaltningen, Grums kommun",
    letterhead=True,
    page_numbers=True,
    blocks=[
        ("h1", "Idéburet offentligt partnerskap – information till föreningar"),
        (
            "p",
            "Det här informationsbladet beskriver vad som krävs för att en förening ska kunna "
            "ingå ett idéburet offentligt partnerskap (IOP) med Grums kommun. Informationen "
            "bygger på kommunstyrelsens beslut 2025-10-21 § 112.",
        ),
        ("h2", "Krav på föreningen"),
        (
            "p",
            "Partnerskap kan ingås med en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund. Det krävs att föreningen är registrerad i Grums kommuns "
            "föreningsregister. Föreningen ska ha hållit minst två ordinarie årsmöten. Den ska "
            "ha minst 10 medlemmar, och mer än hälften av medlemmarna ska vara folkbokförda i "
            "Grums kommun.",
        ),
        ("h2", "Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Grums kommun: i Grums, Slottsbron, Borgvik, Segmon "
            "eller Värmskog. Den ska vara öppen för alla i målgruppen, även för den som inte är "
            "medlem. Föreningen får ta ut avgift med högst 500 kronor per deltagare och "
            "kalenderår.",
        ),
        ("h2", "Föreningens egen insats"),
        (
            "p",
            "Ett partnerskap förutsätter att föreningen lägger minst 150 ideella timmar per år "
            "på verksamheten. Kommunen räknar varje ideell timme till 190 kronor. Föreningen "
            "får gärna bidra med lokal, material eller pengar utöver timmarna, men timmarna "
            "krävs och kan inte ersättas med pengar.",
        ),
        ("h2", "Det här kan inte bli IOP"),
        (
            "ul",
            [
                "Sådant som kommunen ska göra enligt lag.",
                "Verksamhet som kommunen redan köper genom upphandling.",
                "Enstaka arrangemang, till exempel en marknad, en cup eller en konsert.",
                "Drift och underhåll av föreningens egen anläggning. Det får inte finansieras "
                "genom IOP; för det finns anläggningsbidrag.",
                "Verksamhet där kommunen betalar per deltagare eller per besök.",
            ],
        ),
        ("h2", "Så ansöker ni"),
        (
            "p",
            "Kommunen tar emot idéskisser en gång per år, från den 1 november till den 30 "
            "november. Skicka idéskissen till foreningsservice@grums.se. Beskriv behovet, "
            "målgruppen, vad föreningen vill göra, hur många ideella timmar ni räknar med och "
            "vad verksamheten kostar. Ni får besked i januari om idén går vidare till dialog.",
        ),
        ("h2", "Beslut, avtal och pengar"),
        (
            "p",
            "Kommunstyrelsen beslutar om alla partnerskap. Ett partnerskap startar tidigast den "
            "1 april året efter att idéskissen lämnades in och gäller i högst tre år. "
            "Kommunens del betalas ut i förskott en gång per år, i april.",
        ),
        ("h2", "Redovisning"),
        (
            "p",
            "Föreningen lämnar en verksamhetsberättelse, en ekonomisk redovisning och en "
            "sammanställning av de ideella timmarna för föregående år senast den 28 februari.",
        ),
    ],
)


# Åsele: an application form whose rules stand only in its framed boxes.
ASELE_IDESKISS = Doc(
    path="corpus/asele/asele-blankett-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap med Åsele kommun",
    header_left="Åsele kommun · Blankett",
    footer_lines=["Åsele kommun · 919 32 Åsele · Växel 0941-141 00 · Blankett IOP 2025:1"],
    author="Åsele kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd den här blanketten när er förening har en idé som ni vill genomföra "
            "tillsammans med Åsele kommun. Läs rutorna innan ni fyller i. Skriv så kort ni kan.",
        ),
        (
            "box",
            "Vem kan lämna en idéskiss? Ideella föreningar, stiftelser och registrerade "
            "trossamfund. Organisationen ska ha haft organisationsnummer i minst sex månader "
            "när idéskissen lämnas in och ha minst fem medlemmar. Bolag och enskilda personer "
            "kan inte ingå partnerskap.",
        ),
        (
            "box",
            "Var? Verksamheten ska bedrivas i Åsele kommun, i Åsele samhälle, Fredrika, "
            "Gafsele, Torvsjö, Lomsjö eller någon annan by i kommunen. Verksamhet som bedrivs "
            "i Vilhelmina, Dorotea eller Lycksele kan inte ingå, även om deltagarna bor i Åsele.",
        ),
        (
            "box",
            "Avgifter: Ni får ta ut högst 100 kronor per tillfälle av vuxna deltagare. Barn och "
            "unga under 18 år ska delta gratis. Alla i målgruppen ska kunna vara med, även den "
            "som inte är medlem.",
        ),
        (
            "box",
            "Egen insats: Föreningen ska stå för minst 10 procent av kostnaden. Ideellt arbete "
            "räknas med 180 kronor per timme och körning med egen bil med 25 kronor per mil.",
        ),
        (
            "box",
            "Det här kan inte bli ett partnerskap: sådant som kommunen ska göra enligt lag, till "
            "exempel hemtjänst och skolskjuts; enstaka arrangemang, till exempel en marknadsdag "
            "eller en fest; arrangemang som främst säljs till besökare, till exempel guidade "
            "jakt- och fisketurer; verksamhet där kommunen betalar per deltagare.",
        ),
        ("h2", "1. Föreningen"),
        (
            "table",
            (60, 110),
            [
                ["Uppgift", "Svar"],
                ["Föreningens namn", "[Skriv här]"],
                ["Organisationsnummer", "[Skriv här]"],
                ["Datum för registrering hos Skatteverket", "[Skriv här]"],
                ["Antal medlemmar", "[Skriv här]"],
                ["Kontaktperson, telefon och e-post", "[Skriv här]"],
            ],
        ),
        ("h2", "2. Idén"),
        ("p", "Vad vill ni göra, och varför behövs det? [Skriv här]"),
        ("p", "Vilka är verksamheten till för, och hur många tror ni kommer? [Skriv här]"),
        ("p", "Var och hur ofta ska verksamheten vara? [Skriv här]"),
        ("p", "Tar ni ut någon avgift? Hur mycket? [Skriv här]"),
        ("h2", "3. Ekonomi"),
        (
            "table",
            (70, 50, 50),
            [
                ["Kostnad eller insats", "Belopp per år (kr)", "Varav föreningens del (kr)"],
                ["Lokal", "[Skriv här]", "[Skriv här]"],
                ["Material", "[Skriv här]", "[Skriv här]"],
                ["Ideellt arbete (antal timmar × 180 kr)", "[Skriv här]", "[Skriv här]"],
                ["Körning (antal mil × 25 kr)", "[Skriv här]", "[Skriv här]"],
                ["Övrigt", "[Skriv här]", "[Skriv här]"],
                ["Summa", "[Skriv här]", "[Skriv här]"],
            ],
        ),
        ("h2", "4. Underskrift"),
        ("lines", ["Ort och datum: [Skriv här]", "Underskrift av firmatecknare: [Skriv här]"]),
        (
            "box",
            "Så skickar ni in: Mejla blanketten till iop@asele.se eller skicka den till Åsele "
            "kommun, Kommunkontoret, 919 32 Åsele. Vi tar emot idéskisser hela året och svarar "
            "inom tre veckor. Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till "
            "150 000 kronor per år. Ett partnerskap gäller i högst tre år.",
        ),
        (
            "box",
            "Frågor? Ring Elin Jonsson Lindgren, utvecklingsledare, 0941-141 52, vardagar "
            "kl. 8–12.",
        ),
    ],
)


DOCS = [
    DANDERYD_PROTOKOLL,
    SALEM_RIKTLINJER,
    NYNASHAMN_REMISS,
    GRUMS_INFO,
    ASELE_IDESKISS,
]
