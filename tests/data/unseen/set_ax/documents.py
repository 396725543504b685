"""Text of the set_ax (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions, amounts and partnerships are not.

The twelve documents of the set (six places in Götaland), and their styles:

- ``helsingborg/helsingborg-bedomningskriterier-iop.docx`` (below): Word document from
  kultur- och fritidsförvaltningen, the criteria as a table K1–K9 with the columns *Kriterium*,
  *Det här gäller*, *Så visar ni det* and *Räknas inte* (organisationsnummer in minst 18 månader, 25 medlemmar of
  which 15 folkbokförda i Helsingborg, barn och unga 6–20 år, högst 400 kronor per termin allt
  inräknat, 20 procent with 230 kronor per timme); process in two paragraphs, only a mailbox.
  Sidecar.
- ``helsingborg/helsingborg-iop-information-in-english.html``: an English web page (cookie
  banner in English, summary of the criteria, idea sketch in Swedish or English, 15 March /
  15 October, six weeks, a named coordinator with phone hours). No sidecar.
- ``angelholm/angelholm-iop-fragor-och-svar.html``: FAQ page as an HTML accordion
  (``details``/``summary``) with the rules in force from 2022 (föreningsregister, två år, tio
  medlemmar, 50 kronor per tillfälle, 10 procent and 200 kronor per timme) and a named
  föreningsutvecklare; mentions the remiss. Sidecar.
- ``angelholm/angelholm-riktlinjer-iop-remissversion-2026.pdf`` (below): a draft out for
  consultation, with a comparison table nuvarande/förslag (tre år, 15 medlemmar, 15 procent,
  250 kronor, 300 kronor per termin, two intakes, 400 000 kronor), a remiss deadline and a
  tidplan; not the rules in force. Sidecar.
- ``astorp/astorp-inbjudan-motesplatser-aldre-2026.pdf`` (below): a letterhead letter from
  socialförvaltningen, a call for proposals (utlysning) with conditions of its own (fyllt 70
  år, Kvidinge/Hyllinge/Nyvång but not Åstorps tätort, högst 20 kronor per tillfälle, a
  tidplan); its only contact details are a functional mailbox and the växel in the footer,
  signed by the socialchef with no number. No sidecar.
- ``astorp/astorp-blankett-ideskiss-iop.docx`` (below): application form (idéskiss) whose
  general rules stand in framed boxes ("Regel: …") above each part (minst ett år,
  föreningsregistret, högst 35 kronor per tillfälle, 10 procent with 220 kronor per timme,
  högst tre år, kvartalsvis i förskott); a named föreningsutvecklare. Sidecar.
- ``jonkoping/jonkoping-riktlinjer-ideburet-offentligt-partnerskap.pdf`` (below): guideline in
  running prose under *Principer*, *Förutsättningar*, *Villkor*, *Ansökan och beslut* and
  *Krav på uppföljning* (krävs / måste / förutsätter / får inte / bör, the last no
  requirement; tre ordinarie årsmöten, 30 medlemmar, 25 procent, 260 kronor per timme, 100
  kronor per månad, two to five years, 1 oktober, 600 000 kronor). Only a mailbox. Sidecar.
- ``jonkoping/jonkoping-pagaende-partnerskap.html``: a table of current partnerships (parties,
  nämnd, period, amount), a sum, ended partnerships, cookie banner, menu, "Senast
  uppdaterad". No sidecar.
- ``linkoping/linkoping-aldrenamnden-protokollsutdrag-2026-03-26.pdf`` (below): a protocol
  extract from äldrenämnden with § 41–44 and diarienummer: one yes (Sturefors), two no (too
  young; paid per besök) with reasons, and an information item on the remiss; the current
  criteria are only quoted in the ärendebeskrivning. Sidecar.
- ``linkoping/linkoping-remissvar-pensionarsforeningarnas-samrad.md``: an association's
  consultation response (remissvar) on Linköping's proposal (two years, 25 procent, 200
  kronor, 300 kronor per termin); not the municipality's rules; the signatories' own phone
  numbers. No sidecar.
- ``norrkoping/norrkoping-foreningsbidrag-iop-och-upphandling.html``: a page mixing
  föreningsbidrag, IOP and LOU, with IOP requirements as a list (två år, 20 procent of which a
  quarter not ideellt arbete, 240 kronor, 200 kronor per termin, högst fyra år), a comparison
  table and three contact cards. Sidecar.
- ``norrkoping/norrkoping-nyhet-nytt-partnerskap-skarblacka.txt``: a news item on a signed
  partnership (Grannstöd Skärblacka, 310 000 kronor, to 28 februari 2029) naming the two
  earlier ones and the next deadline. No sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Helsingborg: the criteria as a Word table with a column of what does not count.
HELSINGBORG_KRITERIER = Doc(
    path="corpus/helsingborg/helsingborg-bedomningskriterier-iop.docx",
    title="Bedömningskriterier för idéburet offentligt partnerskap (IOP) – kultur- och "
    "fritidsnämnden, Helsingborgs stad",
    header_left="Helsingborgs stad · Kultur- och fritidsförvaltningen",
    footer_lines=[
        "Helsingborgs stad, 251 89 Helsingborg · Kontaktcenter 042-10 50 00 · helsingborg.se"
    ],
    author="Kultur- och fritidsförvaltningen, Helsingborgs stad",
    blocks=[
        ("h1", "Bedömningskriterier för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Fastställd av", "Kultur- och fritidsnämnden 2025-11-20 § 87"),
                ("Diarienummer", "KFN 2025/214"),
                ("Gäller från", "2026-01-01"),
                ("Gäller för", "Partnerskap inom kultur- och fritidsnämndens ansvarsområde"),
            ],
        ),
        ("h2", "Om dokumentet"),
        (
            "p",
            "Kultur- och fritidsnämnden ingår partnerskap med idéburna organisationer som vill "
            "skapa en meningsfull fritid för barn och unga i Helsingborg. I tabellen står de "
            "kriterier som varje idé prövas mot. Alla kriterier måste vara uppfyllda. Kolumnen "
            "”Räknas inte” visar exempel som vi ofta får frågor om och som inte uppfyller "
            "kriteriet.",
        ),
        (
            "table",
            (12, 28, 62, 38, 50),
            [
                ["Nr", "Kriterium", "Det här gäller", "Så visar ni det", "Räknas inte"],
                [
                    "K1",
                    "Organisationsform",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund.",
                    "Stadgar och registreringsbevis",
                    "Aktiebolag, ekonomisk förening, enskild firma, nätverk utan stadgar. Ett "
                    "bolag som ägs av en förening räknas inte heller.",
                ],
                [
                    "K2",
                    "Registrering",
                    "Organisationen har haft organisationsnummer i minst 18 månader när "
                    "idéskissen kommer in.",
                    "Registreringsbevis från Skatteverket",
                    "Tid som informell grupp eller som projekt innan organisationsnumret fanns.",
                ],
                [
                    "K3",
                    "Förankring",
                    "Organisationen har minst 25 medlemmar, varav minst 15 är folkbokförda i "
                    "Helsingborg.",
                    "Medlemsförteckning med bostadsort, utan personnummer",
                    "Stödmedlemmar utan rösträtt. Ett familjemedlemskap räknas som en medlem.",
                ],
                [
                    "K4",
                    "Målgrupp",
                    "Verksamheten vänder sig till barn och unga mellan 6 och 20 år.",
                    "Beskrivning i idéskissen",
                    "Aktiviteter för vuxna där barn får följa med. Verksamhet för föräldrar.",
                ],
                [
                    "K5",
                    "Plats",
                    "Verksamheten bedrivs i Helsingborg. Läger och utflykter får förekomma.",
                    "Adress eller stadsdel i idéskissen",
                    "Verksamhet som huvudsakligen bedrivs i en annan kommun, även om "
                    "deltagarna bor i Helsingborg.",
                ],
                [
                    "K6",
                    "Öppenhet och avgifter",
                    "Alla i målgruppen kan delta utan att bli medlemmar. Avgiften är högst 400 "
                    "kronor per termin och deltagare, allt inräknat.",
                    "Avgiftsnivå i budgeten",
                    "Krav på medlemskap eller licens. Separata avgifter för kläder, material "
                    "eller resor som gör att taket överskrids.",
                ],
                [
                    "K7",
                    "Egen insats",
                    "Organisationen bidrar med minst 20 procent av den totala kostnaden. "
                    "Ideellt arbete värderas till 230 kronor per timme.",
                    "Budget och tidsredovisning",
                    "Föreningsbidrag, lokalbidrag eller andra pengar från Helsingborgs stad.",
                ],
                [
                    "K8",
                    "Innehåll",
                    "Verksamheten har ett allmännyttigt syfte och är organisationens eget "
                    "initiativ.",
                    "Idéskissen",
                    "Tävlingsverksamhet och elitsatsningar, religiös förkunnelse, "
                    "partipolitik, verksamhet som staden ska ge enligt lag.",
                ],
                [
                    "K9",
                    "Tid",
                    "Partnerskapet gäller i minst ett och högst tre år.",
                    "Tidplan i idéskissen",
                    "Enstaka evenemang, till exempel en cup, en konsert eller en festival.",
                ],
            ],
        ),
        ("h2", "Så prövas idén"),
        (
            "p",
            "Idéskisser tas emot två gånger per år, senast den 15 mars och senast den 15 "
            "oktober. Förvaltningen lämnar besked inom sex veckor om idén går vidare till "
            "dialog. I dialogen tar organisationen och förvaltningen tillsammans fram mål, "
            "budget och hur partnerskapet ska följas upp.",
        ),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar om partnerskap där stadens del är högst "
            "500 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen. Idéskissen "
            "skickas till iop.kultur@helsingborg.se.",
        ),
    ],
)


# Ängelholm: a remissversion of new guidelines, with a comparison table; not in force.
ANGELHOLM_REMISS = Doc(
    path="corpus/angelholm/angelholm-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till reviderade riktlinjer för idéburet offentligt partnerskap – "
    "remissversion",
    header_left="Ängelholms kommun",
    header_right=["REMISSVERSION 2026-03-02", "Dnr KS 2026/0073"],
    footer_lines=[
        "Ängelholms kommun · Kommunledningsförvaltningen · 262 80 Ängelholm · "
        "Kontaktcenter 0431-46 80 00"
    ],
    author="Kommunledningsförvaltningen, Ängelholms kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Ängelholms kommun"),
        ("bold", "Förslag till revidering – remissversion"),
        (
            "box",
            "Remissversion – förslaget är inte antaget. Fram till att kommunfullmäktige har "
            "beslutat om nya riktlinjer gäller riktlinjerna från 2022. Lämna synpunkter senast "
            "den 15 maj 2026 till kommunstyrelsen@engelholm.se och märk svaret med Dnr KS "
            "2026/0073.",
        ),
        ("h2", "1 Varför riktlinjerna ses över"),
        (
            "p",
            "Ängelholms kommun har haft riktlinjer för idéburet offentligt partnerskap sedan "
            "2022. Sedan dess har kommunen ingått flera partnerskap, och både föreningar och "
            "förvaltningar har framfört att vissa regler är svåra att tillämpa. Avgiftstaket per "
            "tillfälle har varit svårt att följa för verksamheter som träffas ofta, och "
            "ansökningar som kommer in under hela året har gjort det svårt att planera budgeten. "
            "Förslaget har tagits fram av kommunledningsförvaltningen efter två dialogmöten med "
            "föreningslivet under hösten 2025.",
        ),
        ("h2", "2 Förslag i korthet"),
        (
            "table",
            (50, 60, 60),
            [
                ["Område", "Nuvarande riktlinjer (2022)", "Förslag (2026)"],
                [
                    "Hur länge organisationen ska ha funnits",
                    "Verksamhet i kommunen i minst två år",
                    "Registrerad i föreningsregistret i minst tre år",
                ],
                ["Antal medlemmar", "Minst tio", "Minst 15"],
                ["Egen insats", "Minst 10 procent", "Minst 15 procent"],
                ["Värde av ideellt arbete", "200 kronor per timme", "250 kronor per timme"],
                [
                    "Avgifter för deltagare",
                    "Högst 50 kronor per tillfälle",
                    "Högst 300 kronor per termin",
                ],
                [
                    "När idéskisser tas emot",
                    "Hela året",
                    "Två gånger per år, senast 1 mars och senast 1 oktober",
                ],
                [
                    "Nämndens beslutsgräns",
                    "300 000 kronor per år",
                    "400 000 kronor per år",
                ],
            ],
        ),
        ("h2", "3 Förutsättningar enligt förslaget"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar, stiftelser och trossamfund som har "
            "varit registrerade i Ängelholms kommuns föreningsregister i minst tre år och som har "
            "minst 15 medlemmar. Organisationen ska bidra med minst 15 procent av den totala "
            "kostnaden. Ideellt arbete ska värderas till 250 kronor per timme.",
        ),
        (
            "p",
            "Deltagare får betala högst 300 kronor per termin. Partnerskap som riktar sig till "
            "barn och unga förutsätter att organisationen har rutiner för att begära utdrag ur "
            "belastningsregistret för ledare.",
        ),
        ("h2", "4 Ansökan och beslut enligt förslaget"),
        (
            "p",
            "Idéskisser tas emot två gånger per år, senast den 1 mars och senast den 1 oktober. "
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 400 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h2", "5 Tidplan"),
        (
            "table",
            (80, 90),
            [
                ["Vad", "När"],
                ["Remisstiden löper ut", "15 maj 2026"],
                ["Förslaget bearbetas efter remissen", "Juni–augusti 2026"],
                ["Kommunfullmäktige behandlar förslaget", "Oktober 2026"],
                ["De nya riktlinjerna börjar gälla", "1 januari 2027"],
            ],
        ),
        ("h2", "6 Frågor om förslaget"),
        (
            "p",
            "Frågor om remissen besvaras av Johan Ekström Malm, utredare på "
            "kommunledningsförvaltningen, telefon 0431-46 81 12.",
        ),
    ],
)


# Åstorp: a letterhead invitation (utlysning) with conditions of its own; only mailbox and växel.
ASTORP_INBJUDAN = Doc(
    path="corpus/astorp/astorp-inbjudan-motesplatser-aldre-2026.pdf",
    title="Inbjudan att lämna idéskiss – mötesplatser för äldre i Kvidinge, Hyllinge och Nyvång",
    header_left="Åstorps kommun",
    header_right=["Socialförvaltningen", "2026-04-08", "Dnr SN 2026/041"],
    footer_lines=[
        "Åstorps kommun · Socialförvaltningen · 265 80 Åstorp",
        "Växel 042-64 10 00 · socialforvaltningen@astorp.se · astorp.se",
    ],
    author="Socialförvaltningen, Åstorps kommun",
    letterhead=True,
    blocks=[
        ("lines", ["Till föreningar och andra idéburna organisationer i Åstorps kommun"]),
        (
            "h1",
            "Inbjudan att lämna idéskiss: mötesplatser för äldre i Kvidinge, Hyllinge och Nyvång",
        ),
        (
            "p",
            "Många äldre i våra mindre orter berättar att de saknar ett ställe att träffas på "
            "nära hemmet. Socialnämnden har därför avsatt 360 000 kronor per år för idéburna "
            "offentliga partnerskap om mötesplatser för äldre. Vi räknar med att kunna ingå två "
            "eller tre partnerskap. Kommunens del blir högst 150 000 kronor per år och "
            "partnerskap.",
        ),
        ("h2", "Det här söker vi"),
        (
            "p",
            "Vi söker idéer om mötesplatser där personer som har fyllt 70 år kan träffas, fika, "
            "prata och göra saker tillsammans. Mötesplatsen ska finnas i Kvidinge, Hyllinge "
            "eller Nyvång. Verksamhet i Åstorps tätort ingår inte i den här omgången, eftersom "
            "Träffpunkt Centrum redan finns där.",
        ),
        ("h2", "Villkor för den här omgången"),
        (
            "ul",
            [
                "Föreningen ska ha bildats senast den 31 december 2024 och ha minst 15 "
                "medlemmar.",
                "Mötesplatsen ska vara öppen minst en gång i veckan och minst 40 veckor per år.",
                "Deltagarna får betala högst 20 kronor per tillfälle, fika inräknat.",
                "Man ska inte behöva vara medlem i föreningen för att komma.",
                "Föreningen ska stå för minst 10 procent av kostnaden. Ideellt arbete räknas "
                "med 220 kronor per timme.",
                "En förening kan lämna en idéskiss i den här omgången.",
                "Hemtjänst, sjukvård och annat som kommunen ska ge enligt lag ingår inte.",
            ],
        ),
        (
            "p",
            "I övrigt gäller kommunens vanliga regler för idéburet offentligt partnerskap, som "
            "står i blanketten Idéskiss IOP. Där villkoren i den här inbjudan är strängare "
            "gäller inbjudan.",
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (80, 90),
            [
                ["Vad", "När"],
                ["Informationsträff", "5 maj 2026 kl. 18.00 i Kvidinge bibliotek"],
                ["Sista dag för idéskiss", "29 maj 2026"],
                ["Dialogmöten med utvalda föreningar", "Juni 2026"],
                ["Beslut i socialnämnden", "25 augusti 2026"],
                ["Partnerskapen startar", "1 oktober 2026"],
                ["Partnerskapen slutar", "30 september 2028"],
            ],
        ),
        ("h2", "Så lämnar ni er idéskiss"),
        (
            "p",
            "Använd kommunens blankett Idéskiss IOP. Skicka den med e-post till "
            "socialförvaltningens funktionsbrevlåda, som står längst ned på sidan, och skriv "
            "”Mötesplats 2026” i ämnesraden. Har ni frågor når ni oss på samma adress eller via "
            "kommunens växel.",
        ),
        ("lines", ["Med vänlig hälsning", "", "Mikael Strand Lundh", "Socialchef"]),
    ],
)


# Åstorp: an application form whose general rules stand in framed boxes above each part.
ASTORP_BLANKETT = Doc(
    path="corpus/astorp/astorp-blankett-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP), Åstorps kommun",
    header_left="Åstorps kommun · Blankett",
    footer_lines=["Idéskiss IOP · version 2025-10 · Åstorps kommun · Växel 042-64 10 00"],
    author="Kommunledningsförvaltningen, Åstorps kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Fyll i blanketten så gott ni kan. Det som står i de inramade rutorna är kommunens "
            "regler för partnerskap. Läs rutan innan ni fyller i varje del. Ni behöver inte "
            "skriva långt – det viktigaste är att vi förstår vad ni vill göra.",
        ),
        ("h2", "1. Föreningen"),
        (
            "box",
            "Regel: Föreningen ska vara en ideell förening eller en stiftelse, ha sitt säte i "
            "Åstorps kommun och ha funnits i minst ett år. Föreningen ska vara registrerad i "
            "kommunens föreningsregister innan idéskissen lämnas in.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Svar"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Bildad år", ""],
                ["Antal medlemmar", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        ("h2", "2. Idén"),
        (
            "box",
            "Regel: Idén ska komma från föreningen. Kommunen kan inte ingå partnerskap om sådant "
            "som kommunen redan köper av någon annan eller ska ge enligt lag.",
        ),
        ("p", "Beskriv vad ni vill göra, var, hur ofta och varför det behövs:"),
        ("p", "……………………………………………………………………………………"),
        ("h2", "3. Deltagarna"),
        (
            "box",
            "Regel: Alla i målgruppen ska kunna delta. Avgiften får vara högst 35 kronor per "
            "tillfälle. Det får inte krävas att deltagarna blir medlemmar i föreningen.",
        ),
        ("p", "Vilka vänder ni er till, och hur många tror ni kommer?"),
        ("p", "……………………………………………………………………………………"),
        ("h2", "4. Ekonomi"),
        (
            "box",
            "Regel: Föreningen ska stå för minst 10 procent av den totala kostnaden. Ideellt "
            "arbete räknas med 220 kronor per timme. Pengar som föreningen får från kommunen, "
            "till exempel aktivitetsstöd, räknas inte som egen insats.",
        ),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (timmar × 220 kronor)", ""],
                ["Lokal och material som föreningen står för", ""],
                ["Egna pengar och sponsring", ""],
                ["Avgifter från deltagare", ""],
                ["Det ni önskar från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "5. Tid"),
        (
            "box",
            "Regel: Ett partnerskap gäller i högst tre år. Kommunen betalar ut pengarna "
            "kvartalsvis i förskott.",
        ),
        ("p", "När vill ni börja, och hur länge?"),
        ("p", "……………………………………………………………………………………"),
        ("h2", "6. Underskrift"),
        (
            "table",
            (70, 100),
            [
                ["", ""],
                ["Ort och datum", ""],
                ["Underskrift av firmatecknare", ""],
                ["Namnförtydligande", ""],
            ],
        ),
        ("h2", "Så skickar ni in blanketten"),
        (
            "p",
            "Skicka blanketten till iop@astorp.se eller lämna den i receptionen i kommunhuset i "
            "Åstorp. Om idéskissen gäller en särskild inbjudan från en nämnd skickar ni den dit "
            "som inbjudan anger.",
        ),
        (
            "p",
            "Frågor om blanketten? Ring Lina Persson Holm, föreningsutvecklare, 042-64 12 57 "
            "(måndag–torsdag), eller skriv till iop@astorp.se.",
        ),
    ],
)


# Jönköping: a guideline PDF with the criteria as running prose.
JONKOPING_RIKTLINJER = Doc(
    path="corpus/jonkoping/jonkoping-riktlinjer-ideburet-offentligt-partnerskap.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap – Jönköpings kommun",
    header_left="Jönköpings kommun",
    header_right=["Riktlinjer", "Dnr KS 2024/0417"],
    footer_lines=[
        "Jönköpings kommun · Stadskontoret · 551 89 Jönköping · Kontaktcenter 036-10 50 00 · "
        "iop@jonkoping.se"
    ],
    author="Stadskontoret, Jönköpings kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2024-05-30 § 118"),
                ("Gäller från", "2024-07-01"),
                ("Dokumentägare", "Stadskontoret"),
                ("Revideras", "Vid behov, dock senast 2028"),
            ],
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Jönköpings kommun har sedan 2016 en överenskommelse med den idéburna sektorn om hur "
            "kommunen och föreningslivet ska samverka. Idéburet offentligt partnerskap (IOP) är "
            "en av flera samverkansformer. Det används när en idéburen organisation har en idé "
            "som bidrar till ett mål som också kommunen har, och när varken föreningsbidrag "
            "eller upphandling passar. Riktlinjerna gäller för kommunstyrelsen och samtliga "
            "nämnder.",
        ),
        ("h2", "Principer"),
        (
            "p",
            "Partnerskapet bygger på att båda parter bidrar och att båda har inflytande över hur "
            "verksamheten utformas. Organisationen behåller sin självständighet och sin rätt att "
            "framföra kritik mot kommunen. Parterna är öppna med hur pengarna används och "
            "följer upp verksamheten tillsammans.",
        ),
        ("h2", "Förutsättningar"),
        (
            "p",
            "För att Jönköpings kommun ska kunna ingå ett idéburet offentligt partnerskap krävs "
            "att organisationen är en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund. Organisationen måste ha hållit minst tre ordinarie årsmöten och kunna "
            "visa protokollen från dem. Ett konstituerande möte räknas inte som årsmöte. Det "
            "krävs också att organisationen har minst 30 medlemmar och ett bankkonto eller "
            "plusgirokonto i organisationens namn.",
        ),
        (
            "p",
            "Partnerskapet förutsätter att initiativet kommer från organisationen och att "
            "verksamheten inte redan finns hos kommunen eller på en marknad där företag "
            "erbjuder samma sak. Verksamheten ska bedrivas i Jönköpings kommun. Den får inte "
            "vara vinstdrivande, partipolitisk eller syfta till religiös förkunnelse.",
        ),
        (
            "p",
            "Organisationen bör ha erfarenhet av den målgrupp som idén gäller och bör samverka "
            "med andra föreningar där det är möjligt. Det är inga krav, men det vägs in i "
            "bedömningen.",
        ),
        ("h2", "Villkor"),
        (
            "p",
            "Organisationen ska bidra med minst 25 procent av verksamhetens totala kostnad. "
            "Ideellt arbete värderas till 260 kronor per timme. Bidrag från Jönköpings kommun "
            "får inte räknas in i den egna insatsen.",
        ),
        (
            "p",
            "Deltagaravgifter får tas ut men får inte överstiga 100 kronor per deltagare och "
            "månad. Deltagande får inte förutsätta medlemskap i organisationen.",
        ),
        (
            "p",
            "Partnerskapet får inte avse verksamhet som kommunen är skyldig att erbjuda enligt "
            "lag, och inte enstaka evenemang. Ett partnerskap gäller i minst två och högst fem "
            "år. Kommunens del betalas ut i förskott en gång per år, i januari.",
        ),
        ("h2", "Ansökan och beslut"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss som skickas till iop@jonkoping.se "
            "senast den 1 oktober för partnerskap som ska starta året därpå. Stadskontoret "
            "svarar inom åtta veckor om idén går vidare till dialog med berörd förvaltning.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 600 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        ("h2", "Krav på uppföljning"),
        (
            "p",
            "Organisationen ska lämna verksamhetsberättelse och ekonomisk redovisning senast den "
            "30 april varje år. Parterna håller minst ett uppföljningsmöte per år. Vardera part "
            "kan säga upp partnerskapet med tre månaders uppsägningstid.",
        ),
    ],
)


# Linköping: a protocol extract with § numbers, diarienummer, one yes and two no with reasons.
LINKOPING_PROTOKOLL = Doc(
    path="corpus/linkoping/linkoping-aldrenamnden-protokollsutdrag-2026-03-26.pdf",
    title="Äldrenämnden Linköping – protokollsutdrag 2026-03-26 § 41–44, idéburet offentligt "
    "partnerskap",
    header_left="Linköpings kommun",
    header_right=["Äldrenämnden", "Protokollsutdrag", "2026-03-26"],
    footer_lines=[
        "Linköpings kommun · Äldreförvaltningen · 581 81 Linköping · Växel 013-20 60 00",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Äldrenämnden, Linköpings kommun",
    blocks=[
        ("h1", "Äldrenämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-03-26"),
                ("Plats", "Stadshuset, sammanträdesrum Stångån"),
                ("Ordförande", "Lars-Göran Wiik (M)"),
                ("Sekreterare", "Maria Öberg"),
                ("Justerare", "Amira Haddad (S)"),
                ("Justeringsdatum", "2026-03-31"),
            ],
        ),
        (
            "h2",
            "§ 41 Idéburet offentligt partnerskap med Sturefors Bygdegårdsförening – Mötesplats "
            "Sturefors",
        ),
        ("small", "Dnr ÄN 2026-0087"),
        ("bold", "Beslut"),
        (
            "p",
            "Äldrenämnden beslutar att ingå idéburet offentligt partnerskap med Sturefors "
            "Bygdegårdsförening om Mötesplats Sturefors under perioden 2026-05-01–2029-04-30, "
            "med 185 000 kronor per år.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Sturefors Bygdegårdsförening har lämnat en idéskiss om en mötesplats för äldre i "
            "bygdegården, tre dagar i veckan, med sällskap, enklare motion och föredrag. "
            "Verksamheten vänder sig till äldre i Sturefors och Ulrika med omnejd.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap (kommunfullmäktige "
            "2021-06-15 § 98) ska organisationen ha bedrivit verksamhet i minst tre år, ha minst "
            "20 medlemmar och bidra med minst 15 procent av kostnaden. Deltagarna får betala "
            "högst 40 kronor per tillfälle. Nämnden beslutar om partnerskap där kommunens del är "
            "högst 400 000 kronor per år.",
        ),
        (
            "p",
            "Föreningen bildades 1987 och har 112 medlemmar. Föreningens egen insats är 21 "
            "procent av kostnaden, främst ideellt arbete, som enligt riktlinjerna värderas till "
            "210 kronor per timme, samt lokalen. Fika kostar 20 kronor. Förvaltningen bedömer "
            "att förutsättningarna är uppfyllda.",
        ),
        ("bold", "Beslutsunderlag"),
        ("ul", ["Tjänsteskrivelse 2026-03-09", "Idéskiss 2026-01-20", "Förslag till överenskommelse"]),
        (
            "h2",
            "§ 42 Idéskiss från Föreningen Seniordans Linköping om dansträffar för äldre",
        ),
        ("small", "Dnr ÄN 2026-0093"),
        ("bold", "Beslut"),
        (
            "p",
            "Äldrenämnden beslutar att inte ingå idéburet offentligt partnerskap med Föreningen "
            "Seniordans Linköping.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Föreningen registrerades i augusti 2024 och har därmed inte bedrivit verksamhet i "
            "tre år, vilket riktlinjerna kräver. Förvaltningen bedömer i övrigt att idén om "
            "dansträffar för äldre i Skäggetorp och Berga är angelägen. Föreningen kan lämna en "
            "ny idéskiss när kravet är uppfyllt och har fått information om kommunens "
            "föreningsbidrag.",
        ),
        (
            "h2",
            "§ 43 Idéskiss från Stiftelsen Malmslätts Vänner om besök hos äldre",
        ),
        ("small", "Dnr ÄN 2026-0101"),
        ("bold", "Beslut"),
        (
            "p",
            "Äldrenämnden beslutar att inte ingå idéburet offentligt partnerskap med Stiftelsen "
            "Malmslätts Vänner.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Enligt idéskissen skulle kommunen betala 350 kronor per besök hos den äldre. En "
            "sådan ersättning per prestation innebär att kommunen köper en tjänst, och det kan "
            "inte ske genom ett partnerskap. Besöken liknar dessutom den ledsagning som kommunen "
            "redan har upphandlat.",
        ),
        (
            "h2",
            "§ 44 Revidering av riktlinjer för idéburet offentligt partnerskap – information",
        ),
        ("small", "Dnr KS 2026-0112"),
        (
            "p",
            "Kommunledningsförvaltningen har skickat ett förslag till reviderade riktlinjer på "
            "remiss till föreningar, pensionärsorganisationer och nämnder. Sista dag att svara "
            "är den 30 april 2026. Äldrenämnden lämnar sitt yttrande vid sammanträdet den 21 maj "
            "2026. Tills vidare gäller riktlinjerna från 2021.",
        ),
        ("bold", "Beslut"),
        ("p", "Äldrenämnden beslutar att lägga informationen till handlingarna."),
        (
            "small",
            "Upplysningar om ärendena lämnas av Ulrika Sjöholm, utvecklingsledare, "
            "äldreförvaltningen, telefon 013-20 64 19.",
        ),
        (
            "small",
            "Expedieras till: Sturefors Bygdegårdsförening, Föreningen Seniordans Linköping, "
            "Stiftelsen Malmslätts Vänner, kommunledningsförvaltningen",
        ),
        ("small", "Rätt utdraget intygar: Maria Öberg, nämndsekreterare"),
    ],
)


DOCS = [
    HELSINGBORG_KRITERIER,
    ANGELHOLM_REMISS,
    ASTORP_INBJUDAN,
    ASTORP_BLANKETT,
    JONKOPING_RIKTLINJER,
    LINKOPING_PROTOKOLL,
]
