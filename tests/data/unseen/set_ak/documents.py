"""Text of the set_ak (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

The other documents of the set are ordinary files in ``corpus/``:

- ``sater/sater-nyhet-informationstraffar-iop.html``: a news item on two information
  meetings (dates, places, the 30 september deadline, a press contact beside the
  föreningsutvecklare). No sidecar.
- ``hofors/hofors-iop-fragor-och-svar.html``: an FAQ accordion built with buttons and
  hidden panels (two years and an årsmöte, a merger exception, 300 kronor per termin with
  fika included, 15 procent at 180 kronor per timme, Hofors kommun only). No sidecar.
- ``vilhelmina/vilhelmina-partnerships-iop-in-english.html``: an English page with the
  criteria, the process and a named officer. Sidecar.
- ``vilhelmina/vilhelmina-facebook-inlagg-iop-dikanas.txt``: a Facebook post on a new
  partnership, with comments (a private number, a rumour answered by the kommun). No sidecar.
- ``gnesta/gnesta-stod-till-foreningar-bidrag-iop-upphandling.html``: a page setting
  föreningsbidrag, IOP and upphandling side by side, each with its own contact. No sidecar.
- ``kil/kil-pagaende-partnerskap.md``: a table of current and ended partnerships. Sidecar.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Säter: a Word document with the criteria as a table K1–K10 where the third column
# ("Gäller inte / undantag") negates or qualifies the second: registration with Skatteverket
# at least 18 months (time as a nätverk or studiecirkel before it does not count); the säte may
# be in another kommun; target groups 6–19 år or 65+ (not adults 20–64); högst 40 kronor per
# tillfälle with fika at cost not counted; minst 20 procent where the kommun's own bidrag do not
# count; no föreningsbidrag for the same activity; one to three years. Process and a named
# föreningsutvecklare with telephone hours. Sidecar.
SATER_KRITERIER = Doc(
    path="corpus/sater/sater-iop-kriterier.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Säters kommun",
    header_left="Säters kommun · Kommunstyrelseförvaltningen",
    footer_lines=["Säters kommun, 783 81 Säter · Växel 0225-550 00 · kommun@sater.se"],
    author="Kommunstyrelseförvaltningen, Säters kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Säters kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-11-18 § 203"),
                ("Diarienummer", "KS 2025/412"),
                ("Gäller från", "2026-01-01"),
                ("Ersätter", "Avsnitt 4 i Riktlinjer för samverkan med föreningslivet (2017)"),
            ],
        ),
        ("h2", "Om kriterierna"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) är en skriftlig överenskommelse mellan "
            "Säters kommun och en idéburen organisation om en verksamhet som organisationen själv "
            "har tagit initiativ till och som båda parter bidrar till. IOP är varken ett "
            "föreningsbidrag eller ett köp av en tjänst.",
        ),
        (
            "p",
            "Kriterierna i tabellen gäller för kommunstyrelsen och alla nämnder. Samtliga "
            "kriterier K1–K10 ska vara uppfyllda för att kommunen ska kunna ingå ett partnerskap. "
            "Kolumnen ”Gäller inte / undantag” beskriver vad som inte räcker för att uppfylla "
            "kriteriet, eller när ett undantag gäller. Läs därför alltid båda kolumnerna.",
        ),
        (
            "table",
            (12, 55, 60, 43),
            [
                ["Nr", "Kriterium", "Gäller inte / undantag", "Så visar ni det"],
                [
                    "K1",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund och har ett eget organisationsnummer från Skatteverket.",
                    "Gäller inte aktiebolag, ekonomiska föreningar eller enskilda firmor, och inte "
                    "heller en förening under bildande som saknar organisationsnummer.",
                    "Registreringsbevis eller utdrag från Skatteverket.",
                ],
                [
                    "K2",
                    "Organisationen har varit registrerad hos Skatteverket i minst 18 månader den "
                    "dag idéskissen kommer in till kommunen.",
                    "Tid som organisationen har verkat som nätverk, studiecirkel eller arbetsgrupp "
                    "före registreringen räknas inte.",
                    "Registreringsbevis där registreringsdatumet framgår.",
                ],
                [
                    "K3",
                    "Verksamheten bedrivs i Säters kommun: i Säter, Stora Skedvi, Gustafs, "
                    "Bispberg, Solvarbo eller någon annan del av kommunen.",
                    "Undantag: organisationens säte får ligga i en annan kommun, till exempel "
                    "Borlänge eller Hedemora. Utflykter utanför kommunen får ingå högst två gånger "
                    "per år.",
                    "Beskrivning i idéskissen av var verksamheten ska vara.",
                ],
                [
                    "K4",
                    "Verksamheten vänder sig till barn och unga 6–19 år eller till personer som har "
                    "fyllt 65 år.",
                    "Gäller inte verksamhet som i huvudsak vänder sig till vuxna 20–64 år. "
                    "Föräldrar, anhöriga och ledare får delta utan att räknas in i målgruppen.",
                    "Beskrivning av målgruppen och ungefär hur många som ska delta.",
                ],
                [
                    "K5",
                    "Verksamheten är öppen för alla i målgruppen.",
                    "Medlemskap eller medlemsavgift får inte vara ett villkor för att delta. Det är "
                    "tillåtet att erbjuda frivilligt medlemskap.",
                    "Beskrivning av hur ni når personer utanför organisationen.",
                ],
                [
                    "K6",
                    "Deltagaravgiften är högst 40 kronor per tillfälle.",
                    "Fika och mat som säljs till självkostnadspris räknas inte in i avgiften. En "
                    "termins- eller årsavgift räknas om till kronor per tillfälle.",
                    "Budget där avgifterna framgår.",
                ],
                [
                    "K7",
                    "Organisationen står för minst 20 procent av verksamhetens totala kostnad. "
                    "Ideellt arbete räknas med 200 kronor per timme.",
                    "Bidrag som organisationen får från Säters kommun, till exempel föreningsbidrag "
                    "eller lokalbidrag, räknas inte som egen insats.",
                    "Budget där den egna insatsen framgår.",
                ],
                [
                    "K8",
                    "Verksamheten i partnerskapet finansieras inte redan av kommunen.",
                    "Samma verksamhet får inte samtidigt få föreningsbidrag, aktivitetsstöd eller "
                    "projektbidrag från Säters kommun. Organisationens övriga verksamhet får ha "
                    "föreningsbidrag som vanligt.",
                    "Intygande i idéskissen.",
                ],
                [
                    "K9",
                    "Partnerskapet gäller i minst ett och högst tre år.",
                    "Gäller inte enstaka evenemang, lägerveckor, resor eller investeringar.",
                    "Föreslagen tidsperiod i idéskissen.",
                ],
                [
                    "K10",
                    "Verksamheten drivs utan vinstsyfte och ett eventuellt överskott används i "
                    "verksamheten.",
                    "Ingen i styrelsen får ta ut arvode eller lön för arbete i partnerskapet.",
                    "Stadgar och budget.",
                ],
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Ta gärna kontakt med kommunens föreningsutvecklare innan ni skriver "
                "idéskissen, så kan vi tillsammans se om idén passar för ett partnerskap.",
                "Skicka idéskissen till iop@sater.se. Idéskisser som har kommit in senast den 30 "
                "september kan leda till ett partnerskap som startar tidigast den 1 januari året "
                "därpå.",
                "Kommunen svarar inom sex veckor om idén går vidare till dialog.",
                "I dialogen tar organisationen och kommunen tillsammans fram överenskommelsen, "
                "med mål, budget och hur uppföljningen ska gå till.",
                "Den nämnd som verksamheten hör till beslutar om partnerskapet om kommunens del är "
                "högst 300 000 kronor per år. Annars beslutar kommunstyrelsen.",
            ],
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Tove Ljungqvist Berg, föreningsutvecklare, telefon 0225-554 31, e-post iop@sater.se. "
            "Tove svarar i telefon måndag–torsdag kl. 9–11.",
        ),
    ],
)


# Hofors: an extract of socialnämnden's minutes with two decisions: § 14 yes (Torsåkers
# Hembygdsförening, Träffpunkt Torsåker, 165 000 kronor per år, 2026-04-01 – 2028-03-31,
# halvårsvis i förskott, dnr SN 2025/241) and § 15 no (Hofors Bowlingsällskap, Seniorbowling in
# Sandviken, dnr SN 2025/263: the activity must be in Hofors kommun). The handläggare is named
# without a number; the footer holds the växel and the förvaltning's mailbox. Sidecar.
HOFORS_PROTOKOLL = Doc(
    path="corpus/hofors/hofors-socialnamnden-protokollsutdrag-2026-02-17.pdf",
    title="Socialnämnden Hofors – protokollsutdrag 2026-02-17 §§ 14–15",
    header_left="Hofors kommun",
    header_right=["PROTOKOLLSUTDRAG", "Socialnämnden", "Sammanträdesdatum 2026-02-17"],
    footer_lines=[
        "Hofors kommun · Socialförvaltningen · 813 81 Hofors · Växel 0290-291 00 · "
        "socialforvaltningen@hofors.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialförvaltningen, Hofors kommun",
    blocks=[
        ("h1", "Socialnämnden – protokollsutdrag"),
        (
            "kv",
            [
                ("Plats och tid", "Kommunhuset i Hofors, sammanträdesrum Björken, kl. 13.00–15.40"),
                ("Ordförande", "Anna-Lena Sundberg"),
                ("Sekreterare", "Emma Lindgren Ohlsson"),
                ("Justerare", "Per-Olof Hedin"),
                ("Protokollet justerat", "2026-02-20"),
            ],
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap med Torsåkers Hembygdsförening – Träffpunkt Torsåker"),
        ("small", "Dnr SN 2025/241"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Torsåkers Hembygdsförening om "
                "Träffpunkt Torsåker under perioden 2026-04-01 – 2028-03-31,",
                "att kommunens del är 165 000 kronor per år, som betalas ut halvårsvis i förskott,",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Torsåkers Hembygdsförening lämnade den 6 oktober 2025 in en idéskiss om en öppen "
            "träffpunkt i hembygdsgården i Torsåker för äldre och för personer med "
            "funktionsnedsättning. Träffpunkten ska ha öppet två eftermiddagar i veckan med "
            "samtalsgrupper, sittgympa, högläsning och fika. Föreningen har funnits sedan 1946 och "
            "har 164 medlemmar. Deltagarna betalar 150 kronor per termin, fika inräknat, och "
            "träffpunkten är öppen för alla oavsett medlemskap.",
        ),
        (
            "p",
            "Föreningen bidrar med lokalen, ideellt arbete och egna medel till ett sammanlagt "
            "värde som motsvarar 22 procent av verksamhetens kostnad. Förvaltningen bedömer att "
            "idéskissen uppfyller kommunens kriterier för idéburet offentligt partnerskap: "
            "föreningen har funnits i mer än två år, verksamheten bedrivs i Hofors kommun, den är "
            "öppen för alla och föreningens egen insats är större än 15 procent.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-28",
                "Idéskiss från Torsåkers Hembygdsförening 2025-10-06",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("small", "Handläggare: Jonas Wikström Ahl, utvecklingsledare"),
        ("h2", "§ 15 Idéskiss från Hofors Bowlingsällskap om Seniorbowling"),
        ("small", "Dnr SN 2025/263"),
        ("bold", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med Hofors "
            "Bowlingsällskap om Seniorbowling.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Enligt kommunens kriterier ska verksamheten i ett partnerskap bedrivas i Hofors "
            "kommun. Sedan bowlinghallen i Hofors stängdes 2024 bedriver föreningen all sin "
            "verksamhet i Sandviken, och den föreslagna Seniorbowlingen skulle också äga rum där, "
            "en förmiddag i veckan. Att deltagarna bor i Hofors kommun och att föreningen ordnar "
            "samåkning dit ändrar inte bedömningen.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Hofors Bowlingsällskap lämnade den 3 november 2025 in en idéskiss om bowling för "
            "pensionärer. Föreningen bildades 1968 och uppfyller kommunens krav på organisation, "
            "öppenhet och egen insats. Förvaltningen har informerat föreningen om möjligheten att "
            "söka aktivitetsstöd för sin ordinarie verksamhet.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-30",
                "Idéskiss från Hofors Bowlingsällskap 2025-11-03",
            ],
        ),
        ("small", "Handläggare: Jonas Wikström Ahl, utvecklingsledare"),
        (
            "lines",
            [
                "Beslutet skickas till: Torsåkers Hembygdsförening, Hofors Bowlingsällskap, "
                "socialchefen, ekonomienheten",
                "Rätt utdraget betygar: Emma Lindgren Ohlsson, nämndsekreterare",
            ],
        ),
    ],
)


# Ånge: a guideline PDF from 2021 in running prose. The requirements use "ska", "måste" and
# "krävs" (section 3), the wishes "bör" and "önskvärt" (section 4, no requirements); the
# definitions stand in section 2 (170 kronor per timme; a räkenskapsår is twelve months and a
# shorter first one does not count; a tillfälle). One exception to the räkenskapsår rule (taking
# over from an organisation that has ended) and a limit of four excursions a year. A box says a
# revision is out for consultation and these rules apply until kommunfullmäktige decides. Named
# contact with a number. Sidecar.
ANGE_RIKTLINJER = Doc(
    path="corpus/ange/ange-riktlinjer-iop-2021.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Ånge kommun",
    header_left="Ånge kommun",
    header_right=["Riktlinjer för IOP", "Dnr KS 2021/117"],
    footer_lines=["Ånge kommun · 841 81 Ånge · Växel 0690-250 00 · kommun@ange.se"],
    author="Kommunstyrelsen, Ånge kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Ånge kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2021-06-14 § 58"),
                ("Diarienummer", "KS 2021/117"),
                ("Gäller från", "2021-07-01"),
                ("Dokumentansvarig", "Kommunstyrelsen"),
            ],
        ),
        (
            "box",
            "Ett förslag till reviderade riktlinjer har skickats på remiss våren 2026. Till dess "
            "att kommunfullmäktige har beslutat om nya riktlinjer gäller dessa riktlinjer.",
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Ånge kommun vill ta vara på den kraft som finns i föreningslivet i våra bygder. "
            "Riktlinjerna beskriver när kommunen kan ingå ett idéburet offentligt partnerskap "
            "(IOP) med en idéburen organisation, vad som krävs av organisationen och hur en idé "
            "hanteras. Riktlinjerna gäller kommunstyrelsen och alla nämnder.",
        ),
        ("h2", "2 Definitioner"),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "En organisation utan vinstsyfte med ett allmännyttigt ändamål, till exempel "
                    "en ideell förening, en stiftelse eller ett registrerat trossamfund.",
                ),
                (
                    "Egen insats",
                    "Pengar, ideellt arbete, lokaler eller material som organisationen själv "
                    "bidrar med. Ideellt arbete värderas till 170 kronor per timme.",
                ),
                (
                    "Räkenskapsår",
                    "Den period som organisationens bokslut avser. Ett räkenskapsår omfattar tolv "
                    "månader. Ett första, kortare räkenskapsår räknas inte som ett helt "
                    "räkenskapsår.",
                ),
                (
                    "Tillfälle",
                    "Ett enskilt möte, en enskild aktivitet eller en enskild utflykt, oavsett hur "
                    "länge den pågår.",
                ),
            ],
        ),
        ("h2", "3 Förutsättningar för partnerskap"),
        (
            "p",
            "För att Ånge kommun ska kunna ingå ett partnerskap krävs att samtliga förutsättningar "
            "i detta avsnitt är uppfyllda.",
        ),
        (
            "p",
            "3.1 Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund med organisationsnummer. Partnerskap kan inte ingås med bolag eller med "
            "enskilda personer.",
        ),
        (
            "p",
            "3.2 Organisationen måste ha avslutat minst ett helt räkenskapsår (se avsnitt 2) och "
            "kunna visa verksamhetsberättelse och bokslut för det året. Undantag kan göras för en "
            "organisation som har bildats för att ta över verksamhet från en annan idéburen "
            "organisation som har upphört. Då får den tidigare organisationens räkenskapsår "
            "räknas.",
        ),
        (
            "p",
            "3.3 Verksamheten ska bedrivas inom Ånge kommun, till exempel i Ånge, Fränsta, "
            "Torpshammar, Ljungaverk, Alby eller Östavall. Utflykter och studiebesök utanför "
            "kommunen får ingå vid högst fyra tillfällen per år.",
        ),
        (
            "p",
            "3.4 Verksamheten ska vara öppen för alla i målgruppen, oavsett om de är medlemmar i "
            "organisationen eller inte.",
        ),
        (
            "p",
            "3.5 Deltagaravgifter får tas ut men får inte överstiga 50 kronor per tillfälle.",
        ),
        (
            "p",
            "3.6 Organisationen ska själv stå för minst 10 procent av verksamhetens kostnad. Den "
            "egna insatsen kan bestå av pengar, ideellt arbete, lokaler eller material.",
        ),
        (
            "p",
            "3.7 Initiativet ska komma från organisationen. Partnerskapet får inte avse "
            "verksamhet som kommunen är skyldig att tillhandahålla enligt lag, eller verksamhet "
            "som kommunen köper genom upphandling.",
        ),
        (
            "p",
            "3.8 Kommunens bidrag får inte användas till arvoden till organisationens "
            "styrelseledamöter.",
        ),
        ("h2", "4 Det här ser vi gärna"),
        (
            "p",
            "Det som står i detta avsnitt är inga krav. Kommunen tar hänsyn till det i den "
            "samlade bedömningen, men en idé kan bli ett partnerskap även om den inte uppfyller "
            "något av det.",
        ),
        (
            "ul",
            [
                "Det är önskvärt att en del av den egna insatsen består av pengar, men det är "
                "inget krav.",
                "Ett partnerskap bör pågå i minst två år, så att verksamheten hinner etablera sig.",
                "Verksamheten bör gärna ske i samarbete med andra föreningar i samma bygd.",
                "Det är önskvärt att verksamheten når personer som i dag inte deltar i "
                "föreningslivet.",
            ],
        ),
        ("h2", "5 Idéskiss och beslut"),
        (
            "p",
            "Organisationen skickar en idéskiss till iop@ange.se. Idéskisser prövas två gånger "
            "per år, och sista dag att lämna in är den 31 mars och den 30 september. "
            "Kommunstyrelseförvaltningen meddelar inom fyra veckor efter sista dagen om idén går "
            "vidare till dialog.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 200 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        ("h2", "6 Överenskommelsen"),
        (
            "p",
            "Ett partnerskap får pågå i högst fyra år. Kommunens del betalas ut kvartalsvis i "
            "förskott. Överenskommelsen kan sägas upp av vardera parten med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "partnerskapet senast den 30 april året efter varje verksamhetsår.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Frågor om riktlinjerna besvaras av folkhälsostrateg Malin Sjödin Öberg, telefon "
            "0690-250 43, e-post iop@ange.se.",
        ),
    ],
)


# Ånge: a consultation response (remissvar) from an association, NOT the kommun's rules. It
# reports what the proposal would change (10 to 20 procent, two years instead of a räkenskapsår,
# 50 to 30 kronor) and when kommunfullmäktige is expected to decide (juni 2026); it opposes two
# changes and supports one. The association's ordförande gives her own number. Sidecar.
ANGE_REMISSVAR = Doc(
    path="corpus/ange/ange-remissvar-ljungandalens-seniorer-2026.pdf",
    title="Remissvar från Föreningen Ljungandalens Seniorer – förslag till reviderade riktlinjer för IOP",
    header_left="Föreningen Ljungandalens Seniorer",
    header_right=["Remissvar", "Ert dnr KS 2025/390"],
    footer_lines=["Föreningen Ljungandalens Seniorer · Fränsta · info@ljungandalensseniorer.se"],
    author="Föreningen Ljungandalens Seniorer",
    letterhead=True,
    blocks=[
        (
            "lines",
            [
                "Till Ånge kommun, kommunstyrelsen",
                "Fränsta 2026-03-12",
            ],
        ),
        ("h1", "Remissvar: Förslag till reviderade riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Föreningen Ljungandalens Seniorer har fått kommunstyrelsens förslag till reviderade "
            "riktlinjer för idéburet offentligt partnerskap (IOP) på remiss, med sista svarsdag "
            "den 31 mars 2026. Vi är en förening med 142 medlemmar i Fränsta, Ånge och "
            "Torpshammar. Vi har i dag inget partnerskap med kommunen, men vi arbetar med en idé "
            "om besöksvänner för äldre som bor ensamma.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Vi välkomnar att kommunen ser över riktlinjerna, och vi uppskattar att förslaget är "
            "kortare och lättare att läsa än de riktlinjer som gäller i dag. Vi avstyrker två av "
            "förändringarna och tillstyrker en.",
        ),
        ("h2", "Höjd egen insats – avstyrks"),
        (
            "p",
            "I förslaget höjs kravet på egen insats från 10 procent till 20 procent av "
            "kostnaden. För små föreningar i byarna, där de flesta medlemmarna är över 75 år, är "
            "det svårt att få ihop så många ideella timmar. Vi föreslår att kravet ligger kvar på "
            "10 procent.",
        ),
        ("h2", "Föreningens ålder – avstyrks"),
        (
            "p",
            "Förslaget innebär att organisationen ska ha funnits i minst två år, i stället för som "
            "i dag att den ska ha avslutat ett helt räkenskapsår. Det skulle stänga ute nya "
            "föreningar som bildas just för att möta ett behov i en by. Vi föreslår att dagens "
            "regel behålls.",
        ),
        ("h2", "Lägre avgifter – tillstyrks"),
        (
            "p",
            "Enligt förslaget får deltagaravgiften vara högst 30 kronor per tillfälle i stället "
            "för 50 kronor. Vi tillstyrker detta. Många av våra medlemmar har låg pension.",
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi saknar en skrivning om hur föreningar utan e-post kan lämna en idéskiss. Enligt "
            "remissen räknar kommunstyrelsen med att lägga fram förslaget för kommunfullmäktige "
            "i juni 2026. Vi ser gärna att föreningarna bjuds in till ett dialogmöte innan dess.",
        ),
        (
            "lines",
            [
                "För Föreningen Ljungandalens Seniorer",
                "Gunnel Östberg Nyman, ordförande",
                "Telefon 070-284 16 93",
            ],
        ),
    ],
)


# Gnesta: an application form (Word) with boxes and check boxes: organisation (registered at
# least two years on the day the form comes in), three insatsområden (67+, up to and including
# 18, nyanlända), a table of control statements that must all be "Ja" (Gnesta kommun, open to
# all, högst 25 kronor per tillfälle fika inräknat, minst 30 procent at 220 kronor per timme, no
# föreningsbidrag or aktivitetsstöd for the activity, nobody in the board paid), a budget table,
# one to four years, 15 oktober for a start 1 januari. Sidecar.
GNESTA_ANSOKAN = Doc(
    path="corpus/gnesta/gnesta-ansokan-ideskiss-iop.docx",
    title="Ansökan – idéskiss för idéburet offentligt partnerskap (IOP)",
    header_left="Gnesta kommun · Kommunledningskontoret",
    footer_lines=[
        "Blankett KLK-IOP-01, version 2026-01 · Gnesta kommun, 646 80 Gnesta · "
        "Växel 0158-274 00"
    ],
    author="Kommunledningskontoret, Gnesta kommun",
    blocks=[
        ("h1", "Ansökan – idéskiss för idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Skicka den ifyllda blanketten till iop@gnesta.se eller till Gnesta kommun, "
            "Kommunledningskontoret, 646 80 Gnesta. Vi tar emot idéskisser hela året. För att ett "
            "partnerskap ska kunna starta den 1 januari behöver idéskissen ha kommit in senast "
            "den 15 oktober året innan.",
        ),
        ("h2", "Del 1. Organisationen"),
        (
            "kv",
            [
                ("Organisationens namn", "[ ]"),
                ("Organisationsnummer", "[ ]"),
                ("Registrerad hos Skatteverket (datum)", "[ ]"),
                (
                    "Organisationsform",
                    "☐ Ideell förening   ☐ Stiftelse   ☐ Registrerat trossamfund",
                ),
                ("Antal medlemmar", "[ ]"),
                ("Kontaktperson, telefon och e-post", "[ ]"),
            ],
        ),
        (
            "small",
            "Organisationen ska ha varit registrerad hos Skatteverket i minst två år den dag "
            "idéskissen kommer in. Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte "
            "ansöka.",
        ),
        ("h2", "Del 2. Insatsområde"),
        (
            "p",
            "Kryssa i det insatsområde som idén hör till. Under 2026 och 2027 prövas bara idéer "
            "inom dessa tre områden.",
        ),
        (
            "lines",
            [
                "☐ Äldre som har fyllt 67 år",
                "☐ Barn och unga upp till och med 18 år",
                "☐ Nyanlända, det vill säga personer som har varit folkbokförda i Sverige i "
                "kortare tid än fem år",
            ],
        ),
        ("h2", "Del 3. Idén"),
        (
            "p",
            "Beskriv vad ni vill göra, var, hur ofta och för vilka. Beskriv också vilket behov ni "
            "har sett och hur ni ska nå personer som inte redan är med i organisationen. Skriv "
            "högst en sida.",
        ),
        ("box", "[Skriv här]"),
        ("h2", "Del 4. Kontrollfrågor"),
        (
            "p",
            "Alla påståenden ska kunna besvaras med Ja. Svarar ni Nej på något av dem kan idén "
            "inte bli ett partnerskap med Gnesta kommun.",
        ),
        (
            "table",
            (130, 20, 20),
            [
                ["Påstående", "Ja", "Nej"],
                [
                    "Verksamheten bedrivs i Gnesta kommun (Gnesta, Stjärnhov, Björnlunda, Laxne "
                    "eller landsbygden runt omkring).",
                    "☐",
                    "☐",
                ],
                ["Alla i målgruppen kan delta, även den som inte är medlem.", "☐", "☐"],
                [
                    "Deltagarna betalar högst 25 kronor per tillfälle, fika inräknat.",
                    "☐",
                    "☐",
                ],
                [
                    "Organisationen står för minst 30 procent av kostnaden. Ideellt arbete "
                    "räknas med 220 kronor per timme.",
                    "☐",
                    "☐",
                ],
                [
                    "Verksamheten får inte föreningsbidrag eller aktivitetsstöd från Gnesta "
                    "kommun.",
                    "☐",
                    "☐",
                ],
                [
                    "Ingen i styrelsen får betalt för arbete i verksamheten.",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del 5. Budget per år"),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (antal timmar × 220 kronor)", "[ ]"],
                ["Lokaler och material som organisationen står för", "[ ]"],
                ["Egna pengar och insamlade medel", "[ ]"],
                ["Avgifter från deltagare", "[ ]"],
                ["Belopp som organisationen önskar från kommunen", "[ ]"],
                ["Total kostnad", "[ ]"],
            ],
        ),
        ("h2", "Del 6. Tid"),
        (
            "p",
            "Ange när ni vill starta och hur länge partnerskapet ska pågå. Ett partnerskap med "
            "Gnesta kommun gäller i ett till fyra år.",
        ),
        ("box", "[Skriv här]"),
        ("h2", "Del 7. Underskrift"),
        (
            "kv",
            [
                ("Ort och datum", "[ ]"),
                ("Firmatecknare, namnförtydligande", "[ ]"),
            ],
        ),
        (
            "small",
            "Frågor om blanketten? Sara Holmgren Vik, samordnare för civilsamhället, telefon "
            "0158-275 14.",
        ),
    ],
)


# Kil: a letterhead letter from vård- och omsorgsförvaltningen inviting idéskisser for one call
# (personer som har fyllt 70 år on the landsbygd, not Kils tätort; bildad senast 31 december
# 2023; högst 30 kronor per tillfälle; minst 10 procent; 220 000 kronor per år; a tidplan with
# 15 maj, 17 juni and 1 september 2026). The only contacts are the functional mailbox and the
# växel; the förvaltningschef signs without a number. No sidecar.
KIL_INBJUDAN = Doc(
    path="corpus/kil/kil-inbjudan-iop-aldre-landsbygd-2026.pdf",
    title="Inbjudan att lämna idéskiss – sällskap och mötesplatser för äldre på landsbygden",
    header_left="Kils kommun",
    header_right=["Vård- och omsorgsförvaltningen", "2026-03-23", "Dnr VON 2026/48"],
    footer_lines=[
        "Kils kommun · Vård- och omsorgsförvaltningen · 665 80 Kil",
        "Växel 0554-191 00 · vardochomsorg@kil.se · www.kil.se",
    ],
    author="Vård- och omsorgsförvaltningen, Kils kommun",
    letterhead=True,
    blocks=[
        ("lines", ["Till föreningar, stiftelser och trossamfund i Kils kommun"]),
        (
            "h1",
            "Inbjudan att lämna idéskiss: sällskap och mötesplatser för äldre på landsbygden i "
            "Kils kommun",
        ),
        (
            "p",
            "Många äldre på landsbygden i Kils kommun har långt till närmaste mötesplats, och "
            "flera har berättat för oss att de känner sig ensamma. Vård- och omsorgsnämnden vill "
            "därför ingå idéburna offentliga partnerskap (IOP) med organisationer som har idéer om "
            "sällskap och mötesplatser för äldre utanför tätorten. Nämnden har avsatt 220 000 "
            "kronor per år under perioden september 2026 till augusti 2028. Pengarna kan fördelas "
            "på ett eller flera partnerskap.",
        ),
        ("h2", "Vilka idéer söker vi?"),
        (
            "p",
            "Verksamhet för personer som har fyllt 70 år och som bor i Fagerås, Högboda, "
            "Frykerud, Boda eller på landsbygden i övrigt. Verksamhet i Kils tätort ingår inte i "
            "den här inbjudan, eftersom det redan finns en träffpunkt där genom kommunens "
            "partnerskap om Kilsgårdens träffpunkt.",
        ),
        ("h2", "Villkor"),
        (
            "ul",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund med organisationsnummer.",
                "Organisationen ska ha bildats senast den 31 december 2023.",
                "Verksamheten ska vara öppen för alla som har fyllt 70 år, oavsett medlemskap. "
                "Yngre anhöriga får följa med.",
                "Deltagarna får betala högst 30 kronor per tillfälle.",
                "Organisationen ska stå för minst 10 procent av kostnaden. Ideella timmar räknas "
                "med 200 kronor per timme.",
                "Verksamheten får inte ersätta hemtjänst, dagverksamhet eller annat som kräver "
                "ett biståndsbeslut.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (100, 70),
            [
                ["Vad", "När"],
                ["Sista dag att lämna idéskiss", "15 maj 2026"],
                ["Dialogmöten med de organisationer vars idéer går vidare", "Vecka 21–23"],
                ["Beslut i vård- och omsorgsnämnden", "17 juni 2026"],
                ["Partnerskapen startar", "1 september 2026"],
                ["Partnerskapen upphör", "31 augusti 2028"],
            ],
        ),
        ("h2", "Så lämnar ni idéskissen"),
        (
            "p",
            "Skicka idéskissen med e-post till vardochomsorg@kil.se och skriv ”Idéskiss IOP "
            "landsbygd” i ämnesraden. Idéskissen får vara högst tre sidor. Beskriv vad ni vill "
            "göra, var och hur ofta, hur ni når äldre som inte redan är med i föreningslivet, vad "
            "ni själva bidrar med och ungefär vad det kostar. Den som inte har e-post kan lämna "
            "idéskissen i receptionen i kommunhuset.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Har ni frågor om inbjudan? Skicka ett mejl till vardochomsorg@kil.se eller ring "
            "kommunens växel på 0554-191 00 och be att få prata med någon om IOP för äldre på "
            "landsbygden. Vi svarar på mejl inom tre arbetsdagar.",
        ),
        (
            "lines",
            [
                "Med vänlig hälsning",
                "",
                "Ingela Dahlberg Sand",
                "Förvaltningschef, vård- och omsorgsförvaltningen",
            ],
        ),
    ],
)


DOCS = [
    SATER_KRITERIER,
    HOFORS_PROTOKOLL,
    ANGE_RIKTLINJER,
    ANGE_REMISSVAR,
    GNESTA_ANSOKAN,
    KIL_INBJUDAN,
]
