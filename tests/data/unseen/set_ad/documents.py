"""Text of the set_ad (evaluation set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set are ordinary files in ``corpus/``:
Kävlinge's criteria web page with a table whose last column says what is NOT accepted,
Tingsryd's Facebook-style post with comments (plain text, no sidecar), Åtvidaberg's page that
mixes föreningsbidrag, IOP and upphandling (no sidecar), Kungsbacka's English page and a
Swedish news item in Markdown (no sidecar), and Orust's FAQ accordion.
"""

Doc = dict  # the fields of build.py's Doc


# Tingsryd: an extract from the social committee's minutes with two paragraphs. § 12 decides a
# concrete IOP (Ryds Seniorgille, Måndagscaféet i Ryd, 165 000 kronor per år, 2026-04-01 to
# 2028-03-31, SN 2025/211) and summarises the adopted guideline's three numbers (minst två år,
# minst 15 procent, högst 50 kronor per tillfälle). § 13 turns down Konga Hembygdsförening
# (too new, and 900 kronor per termin for tolv tillfällen). The handläggare is named without a
# phone number; the only numbers are the switchboard and kommun@tingsryd.se in the footer.
TINGSRYD_PROTOKOLL = Doc(
    path="corpus/tingsryd/tingsryd-socialnamnden-protokollsutdrag-2026-02-18.pdf",
    title="Socialnämnden Tingsryd – protokollsutdrag 2026-02-18 §§ 12–13",
    header_left="Tingsryds kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Socialnämnden 2026-02-18"],
    footer_lines=[
        "Tingsryds kommun · Socialförvaltningen · Box 88, 362 22 Tingsryd · "
        "Växel 0477-441 00 · kommun@tingsryd.se"
    ],
    author="Socialnämnden, Tingsryds kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Socialnämnden"),
                ("Sammanträdesdag", "Onsdagen den 18 februari 2026, kl. 13.00–15.40"),
                ("Plats", "Sammanträdesrum Hjorten, kommunhuset i Tingsryd"),
                ("Paragrafer", "12–13"),
            ],
        ),
        ("h2", "§ 12  Idéburet offentligt partnerskap med Ryds Seniorgille – Måndagscaféet i Ryd"),
        ("small", "Dnr SN 2025/211"),
        ("bold", "Socialnämndens beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå idéburet offentligt partnerskap med Ryds Seniorgille, org.nr "
                "802478-3316, om verksamheten Måndagscaféet i Ryd,",
                "att partnerskapet gäller under perioden 2026-04-01–2028-03-31,",
                "att kommunens ekonomiska bidrag uppgår till 165 000 kronor per år och "
                "finansieras inom socialnämndens ram för förebyggande insatser för äldre, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Ryds Seniorgille bildades 2009 och har 58 medlemmar. Gillet har sedan hösten 2023 på "
            "egen hand drivit ett café för äldre i Ryds bygdegård och inkom den 2 oktober 2025 "
            "med en idéskiss om att utveckla verksamheten tillsammans med kommunen. Måndagscaféet "
            "ska hålla öppet varje måndag kl. 10–14 under hela året utom juli. Caféet är öppet "
            "för alla som har fyllt 65 år, oavsett medlemskap. Deltagarna betalar 20 kronor för "
            "kaffe och smörgås. En gång i månaden kommer kommunens fixartjänst och "
            "anhörigkonsulent och informerar.",
        ),
        (
            "p",
            "Gillet bidrar med cirka 700 ideella timmar per år, lokalen i bygdegården och "
            "inköp av livsmedel. Den egna insatsen har värderats till 142 000 kronor per år, "
            "vilket motsvarar 46 procent av verksamhetens beräknade kostnad.",
        ),
        (
            "p",
            "Enligt Riktlinjer för idéburet offentligt partnerskap i Tingsryds kommun "
            "(kommunfullmäktige 2023-11-27 § 98) ska organisationen ha bedrivit verksamhet i "
            "kommunen i minst två år, stå för en egen insats om minst 15 procent av kostnaden och "
            "får inte ta ut högre deltagaravgift än 50 kronor per tillfälle. Förvaltningen "
            "bedömer att Ryds Seniorgille uppfyller riktlinjerna och att verksamheten "
            "kompletterar kommunens eget arbete mot ofrivillig ensamhet bland äldre.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-29, Emma Strömqvist, verksamhetsutvecklare",
                "Idéskiss från Ryds Seniorgille, inkommen 2025-10-02",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Beslutet skickas till: Ryds Seniorgille, socialchef, ekonomienheten"),
        (
            "h2",
            "§ 13  Idéburet offentligt partnerskap – Konga Hembygdsförening, vandringsgrupp för "
            "seniorer",
        ),
        ("small", "Dnr SN 2025/236"),
        ("bold", "Socialnämndens beslut"),
        (
            "p",
            "Socialnämnden avslår Konga Hembygdsförenings förslag om idéburet offentligt "
            "partnerskap.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Konga Hembygdsförening har föreslagit ett partnerskap om en vandringsgrupp för "
            "seniorer med guidade promenader i Konga och Älmeboda. Föreningen har bedrivit "
            "verksamhet i kommunen sedan maj 2024 och uppfyller därmed inte kravet på två års "
            "verksamhet. Deltagarna skulle dessutom betala 900 kronor per termin för tolv "
            "tillfällen, vilket är mer än 50 kronor per tillfälle.",
        ),
        (
            "p",
            "Nämnden ser positivt på idén. Föreningen är välkommen att lämna in en ny idéskiss "
            "när kraven är uppfyllda och kan under tiden söka aktivitetsbidrag hos kultur- och "
            "fritidsnämnden.",
        ),
        ("small", "Beslutet skickas till: Konga Hembygdsförening"),
        ("h2", "Justering"),
        (
            "table",
            (34, 33, 33),
            [
                ["Ordförande", "Sekreterare", "Justerare"],
                ["Gunnar Lindell Svärd", "Annika Mård", "Per-Olof Haraldsson"],
            ],
        ),
        (
            "small",
            "Protokollet justerat 2026-02-23 och anslaget på kommunens digitala anslagstavla "
            "2026-02-24. Utdragets riktighet bestyrks: Annika Mård, nämndsekreterare.",
        ),
    ],
)


# Hultsfred: the adopted guideline as running prose in a Word file. The point is "ska" against
# "bör": two years (with an exception for merged associations), 67 år (with an exception for
# dementia), 10 procent / 190 kronor per timme, högst 500 kronor per kalenderår, no profit,
# no party politics, förkunnelse outside the partnership; the membership number (20) and the
# openness to non-members are only "bör". Contact: a named person and a functional mailbox.
HULTSFRED_RIKTLINJER = Doc(
    path="corpus/hultsfred/hultsfred-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Hultsfreds kommun",
    header_left="Hultsfreds kommun – Styrdokument",
    footer_lines=["Hultsfreds kommun", "Dnr KS 2024/312"],
    author="Kommunledningskontoret, Hultsfreds kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Hultsfreds kommun"),
        (
            "small",
            "Antagna av kommunfullmäktige 2025-06-16 § 87. Dnr KS 2024/312. Gäller från "
            "2025-08-01 och tills vidare. Dokumentansvarig: kommundirektören.",
        ),
        ("h2", "Varför riktlinjer om IOP?"),
        (
            "p",
            "Hultsfreds kommun har ett rikt föreningsliv i alla kommundelar, och många av de "
            "aktiviteter som betyder mest för äldre invånare drivs av föreningar. Idéburet "
            "offentligt partnerskap, IOP, är en form för samverkan där en idéburen organisation "
            "och kommunen tillsammans genomför en verksamhet som organisationen själv har tagit "
            "initiativ till. IOP är varken ett föreningsbidrag eller en upphandling, och "
            "reglerna för föreningsbidrag gäller inte för IOP. Riktlinjerna gäller för "
            "kommunstyrelsen och alla nämnder, men de flesta partnerskap väntas röra "
            "socialnämndens område.",
        ),
        ("h2", "Vem kan ingå ett partnerskap?"),
        (
            "p",
            "En organisation som vill ingå ett partnerskap ska vara en ideell förening, en "
            "stiftelse eller ett registrerat trossamfund. Den ska ha bedrivit verksamhet i minst "
            "två år, räknat från den dag då föreningen bildades till den dag då idéskissen kommer "
            "in till kommunen. Från den regeln finns ett undantag: har föreningen bildats genom "
            "sammanslagning av två eller flera föreningar räknas tiden från den dag då den "
            "äldsta av dem bildades. Bolag kan inte ingå partnerskap, och det gäller även bolag "
            "som ägs av en förening.",
        ),
        (
            "p",
            "Föreningen bör ha minst 20 medlemmar. Ett lägre antal är dock inget hinder om "
            "föreningen på annat sätt kan visa att den har stöd i bygden, till exempel genom "
            "samarbete med andra föreningar eller genom att många deltar i dess verksamhet.",
        ),
        ("h2", "Vilken verksamhet kan bli ett partnerskap?"),
        (
            "p",
            "Verksamheten ska vara till för personer som har fyllt 67 år och bor i kommunen. "
            "Undantag gäller för personer under 67 år som har en demenssjukdom; de och deras "
            "anhöriga får delta på samma villkor. Verksamheten ska bedrivas inom Hultsfreds "
            "kommun, till exempel i Hultsfreds tätort, Virserum, Målilla, Mörlunda, Järnforsen, "
            "Silverdalen, Vena eller Lönneberga.",
        ),
        (
            "p",
            "Verksamheten bör vara öppen även för personer som inte är medlemmar i föreningen. "
            "Detta är en rekommendation och inget krav, men kommunen ser positivt på verksamhet "
            "som når nya grupper. Verksamheten bör också samordnas med kommunens träffpunkter "
            "för äldre där sådana finns på orten.",
        ),
        (
            "p",
            "Deltagaravgifter ska hållas låga och får uppgå till högst 500 kronor per "
            "kalenderår och deltagare. Avgiften får tas ut per tillfälle, per termin eller per "
            "år, så länge den sammanlagda summan inte överstiger beloppet.",
        ),
        (
            "p",
            "Partnerskapet får inte användas till partipolitisk verksamhet. Ett trossamfund kan "
            "ingå partnerskap, men den del av verksamheten som ingår i partnerskapet ska vara fri "
            "från religiös förkunnelse. Organisationen får inte dela ut vinst eller överskott "
            "till medlemmar, styrelse eller andra; ett överskott ska användas i verksamheten.",
        ),
        ("h2", "Egen insats"),
        (
            "p",
            "Organisationen ska stå för minst 10 procent av verksamhetens sammanlagda kostnad. "
            "Den egna insatsen kan bestå av pengar, lokaler, material eller ideellt arbete. "
            "Ideellt arbete värderas till 190 kronor per timme.",
        ),
        ("h2", "Från idé till överenskommelse"),
        (
            "p",
            "En idéskiss kan lämnas in när som helst under året till kommunens "
            "funktionsbrevlåda iop@hultsfred.se eller med post till Hultsfreds kommun, "
            "Kommunledningskontoret, 577 80 Hultsfred. Inom sex veckor bjuder kommunen in till "
            "ett första dialogmöte. Därefter tar förvaltningen och organisationen tillsammans "
            "fram ett förslag till överenskommelse.",
        ),
        (
            "p",
            "Socialnämnden beslutar om partnerskap där kommunens del är högst 200 000 kronor per "
            "år. Större partnerskap beslutas av kommunstyrelsen. En överenskommelse gäller i ett "
            "till fyra år. Kommunen betalar ut sin del kvartalsvis i förskott.",
        ),
        ("h2", "Uppföljning och uppsägning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsrapport och en ekonomisk redovisning senast den "
            "28 februari varje år. Båda parter kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Frågor om IOP besvaras av kommunens utvecklingsstrateg för civilsamhället, Mikael "
            "Grahn Österberg, telefon 0495-24 01 83, eller via iop@hultsfred.se. Frågor om "
            "föreningsbidrag besvaras av fritidsenheten.",
        ),
    ],
)


# Hultsfred: a consultation response from an umbrella of pensioner associations on the draft of
# the guideline above. It proposes ett år, 5 procent, 250 kronor per timme, 800 kronor per år;
# it quotes the draft's tre år. None of this is the kommun's rule. The association's own
# letterhead; its contact person has a mobile number.
HULTSFRED_REMISSVAR = Doc(
    path="corpus/hultsfred/hultsfred-remissvar-pensionarsforeningarnas-samrad.pdf",
    title="Yttrande över förslag till riktlinjer för IOP i Hultsfreds kommun",
    header_left="Pensionärsföreningarnas samråd i Hultsfreds kommun",
    header_right=["Yttrande", "2025-03-14"],
    footer_lines=[
        "Pensionärsföreningarnas samråd i Hultsfreds kommun · c/o Sjöstedt Bäck, "
        "Storgatan 41, 570 80 Virserum"
    ],
    author="Pensionärsföreningarnas samråd",
    letterhead=True,
    blocks=[
        ("lines", ["Till: Hultsfreds kommun, Kommunstyrelsen", "Er beteckning: KS 2024/312"]),
        (
            "h1",
            "Yttrande över förslag till riktlinjer för idéburet offentligt partnerskap",
        ),
        (
            "p",
            "Pensionärsföreningarnas samråd samlar sju pensionärsföreningar i Hultsfreds kommun "
            "med sammanlagt drygt 1 400 medlemmar. Vi tackar för möjligheten att lämna synpunkter "
            "på remissförslaget och lämnar följande yttrande.",
        ),
        ("h2", "Allmänt"),
        (
            "p",
            "Vi välkomnar att kommunen tar fram riktlinjer för IOP. Vi ser särskilt positivt på "
            "att idéskisser ska kunna lämnas in löpande under året och inte bara vid vissa "
            "datum.",
        ),
        ("h2", "Synpunkter på enskilda punkter"),
        (
            "ol",
            [
                "Föreningens ålder. Remissförslaget kräver att föreningen ska ha bedrivit "
                "verksamhet i minst tre år. Vi föreslår att kravet sänks till ett år. Många "
                "nya föreningar bildas just för att möta ett behov bland äldre i byarna.",
                "Egen insats. Vi föreslår att kravet på egen insats sätts till 5 procent, och "
                "att ideellt arbete värderas till 250 kronor per timme i stället för 190 kronor.",
                "Deltagaravgifter. Vi föreslår att taket höjs till 800 kronor per år, eftersom "
                "resor till utflykter annars inte kan tas ut av deltagarna.",
                "Antal medlemmar. Vi anser att kravet på 20 medlemmar bör utgå helt.",
            ],
        ),
        ("h2", "Övrigt"),
        (
            "p",
            "Vi vill gärna vara med i det fortsatta arbetet och i den uppföljning som ska göras "
            "efter två år.",
        ),
        ("p", "Virserum den 14 mars 2025"),
        (
            "lines",
            [
                "För Pensionärsföreningarnas samråd i Hultsfreds kommun",
                "Ingvar Sjöstedt Bäck, ordförande",
                "Kontaktperson för yttrandet: Ingvar Sjöstedt Bäck, 070-284 61 93",
            ],
        ),
    ],
)


# Åtvidaberg: a letterhead letter from socialförvaltningen to the pensioner associations. No
# named person anywhere; the only contacts are a functional mailbox and the switchboard in the
# footer. Criteria: minst ett år och ett årsmöte, 65 år, minst 25 procent of which at most half
# may be ideellt arbete (210 kronor per timme), högst 300 kronor per termin, no profit
# distribution. Dates: 17 september, 16 oktober, 9 december 2026, start 1 februari 2027.
# No sidecar: the municipality stands in the letterhead.
ATVIDABERG_BREV = Doc(
    path="corpus/atvidaberg/atvidaberg-brev-iop-till-pensionarsforeningar.pdf",
    title="Till pensionärsföreningarna – idéer om idéburet offentligt partnerskap 2027",
    header_left="ÅTVIDABERGS KOMMUN",
    header_right=["Socialförvaltningen", "2026-03-04"],
    footer_lines=[
        "Åtvidabergs kommun · Socialförvaltningen · 597 81 Åtvidaberg",
        "Växel 0120-830 00 · foreningssamverkan@atvidaberg.se",
    ],
    author="Socialförvaltningen",
    letterhead=True,
    blocks=[
        ("lines", ["Till pensionärsföreningarna i Åtvidabergs kommun"]),
        ("h1", "Välkomna med idéer om idéburet offentligt partnerskap 2027"),
        (
            "p",
            "Socialnämnden vill under 2027 ingå nya idéburna offentliga partnerskap (IOP) med "
            "föreningar som ordnar aktiviteter för äldre. Nämnden har avsatt 240 000 kronor per "
            "år för det. Vi skriver till er eftersom det ofta är pensionärsföreningarna som "
            "först ser vad som saknas på orten, och vi vill gärna höra era idéer.",
        ),
        (
            "p",
            "Ett partnerskap är inte ett bidrag som föreningen söker varje år, och det är inte "
            "heller en upphandling. Föreningen har idén, och föreningen och kommunen bidrar "
            "båda till att den blir av. Reglerna för föreningsbidrag gäller inte för IOP.",
        ),
        ("h2", "Vi ser gärna idéer från föreningar som"),
        (
            "ul",
            [
                "har funnits i minst ett år och har hållit minst ett årsmöte,",
                "vill ha verksamheten i Åtvidabergs kommun – i tätorten eller i Björsäter, "
                "Grebo, Hannäs, Falerum eller Yxnerum,",
                "vänder sig till personer som är 65 år eller äldre, oavsett om de är medlemmar "
                "i föreningen eller inte,",
                "själva står för minst 25 procent av kostnaden,",
                "tar ut högst 300 kronor per termin i deltagaravgift, och",
                "inte delar ut något överskott till medlemmar eller styrelse.",
            ],
        ),
        (
            "p",
            "Föreningens egen insats kan vara pengar, lokaler, material och ideellt arbete. "
            "Ideellt arbete räknas med 210 kronor per timme, men högst hälften av föreningens "
            "egen insats får bestå av ideellt arbete. Resten ska vara pengar, lokaler eller "
            "material som föreningen själv står för.",
        ),
        ("h2", "Så här går det till"),
        (
            "table",
            (45, 55),
            [
                ["Vad", "När"],
                [
                    "Informationsträff i Folkets hus, Åtvidaberg",
                    "Torsdag 17 september 2026 kl. 14.00",
                ],
                ["Sista dag att skicka in idéskiss", "Fredag 16 oktober 2026"],
                ["Dialogmöten med föreningarna", "November 2026"],
                ["Beslut i socialnämnden", "Onsdag 9 december 2026"],
                ["Partnerskapen börjar", "1 februari 2027"],
            ],
        ),
        (
            "p",
            "Idéskissen skickar ni med e-post till den adress som står längst ned på sidan. "
            "Den ska vara högst två sidor och beskriva idén, vilka den är till för, var och hur "
            "ofta den ska genomföras, en enkel budget och hur föreningen bidrar. Skicka med "
            "föreningens stadgar och det senaste årsmötesprotokollet.",
        ),
        (
            "p",
            "Ett partnerskap kan gälla i ett till tre år. Har ni frågor är ni välkomna att "
            "mejla oss eller ringa kommunens växel, så kopplar vi er vidare.",
        ),
        ("p", "Med vänliga hälsningar"),
        ("lines", ["Socialförvaltningen", "Åtvidabergs kommun"]),
    ],
)


# Kävlinge: an application form in Word with checkboxes (☐). The "kontrollfrågor" repeat the
# criteria page in the form's own words; deadlines 15 mars / 15 oktober; attachments;
# the postal address and "Märk kuvertet". Only the contact centre and the mailbox, no person.
KAVLINGE_ANSOKAN = Doc(
    path="corpus/kavlinge/kavlinge-ansokan-iop-aldre.docx",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – verksamhet för äldre",
    header_left="Kävlinge kommun · Vård- och omsorgsförvaltningen",
    footer_lines=["Blankett VO 112", "version 2026-02"],
    author="Vård- och omsorgsförvaltningen, Kävlinge kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP) – verksamhet för äldre"),
        (
            "p",
            "Fyll i blanketten på datorn eller för hand. Sätt kryss (X) i rutorna. Skicka "
            "blanketten till iop@kavlinge.se eller med post till Kävlinge kommun, Vård- och "
            "omsorgsförvaltningen, 244 80 Kävlinge. Märk kuvertet ”IOP”.",
        ),
        (
            "box",
            "Sista dag: 15 mars för beslut i vård- och omsorgsnämnden i juni, och 15 oktober "
            "för beslut i december. Ansökningar som kommer in senare behandlas i nästa omgång.",
        ),
        ("h2", "1. Föreningen"),
        (
            "table",
            (45, 55),
            [
                ["Uppgift", "Ifylles av föreningen"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Bildad år", ""],
                ["Antal hållna ordinarie årsmöten", ""],
                ["Antal medlemmar folkbokförda i Kävlinge kommun", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        ("h2", "2. Kontrollfrågor"),
        ("p", "Kryssa i de påståenden som stämmer för er förening och er verksamhet."),
        (
            "lines",
            [
                "☐ Föreningen har haft minst tre ordinarie årsmöten.",
                "☐ Föreningen har minst 15 medlemmar som är folkbokförda i Kävlinge kommun.",
                "☐ Verksamheten vänder sig till personer som har fyllt 70 år.",
                "☐ Vem som helst i målgruppen får delta, även den som inte är medlem.",
                "☐ Deltagaravgiften är högst 40 kronor per tillfälle, fika inräknat, och det "
                "finns ingen terminsavgift eller årsavgift för att delta.",
                "☐ Föreningen står för minst 20 procent av kostnaden.",
                "☐ Föreningen delar inte ut vinst till medlemmar eller styrelse.",
                "☐ Verksamheten innehåller inte partipolitik eller religiös förkunnelse.",
            ],
        ),
        (
            "small",
            "Om ni inte kan kryssa i alla rutor uppfyller ansökan inte villkoren och kan inte "
            "behandlas. Kontakta oss gärna innan ni skickar in, så hjälper vi er att se om idén "
            "går att anpassa.",
        ),
        ("h2", "3. Verksamheten"),
        ("p", "Var ska verksamheten bedrivas?"),
        (
            "lines",
            [
                "☐ Kävlinge   ☐ Löddeköpinge   ☐ Furulund   ☐ Dösjebro   ☐ Hofterup   "
                "☐ Barsebäck   ☐ Annan ort: ____________",
            ],
        ),
        ("p", "Hur ofta?"),
        (
            "lines",
            ["☐ Varje vecka   ☐ Varannan vecka   ☐ En gång i månaden   ☐ Annat: ________"],
        ),
        (
            "p",
            "Beskriv idén: vad ni vill göra, för vilka, vilket behov den möter och vad ni vill "
            "uppnå. Högst en halv sida.",
        ),
        ("lines", ["______________________________________________________________"] * 4),
        ("h2", "4. Budget per år"),
        (
            "table",
            (40, 20, 20, 20),
            [
                ["Post", "Totalt", "Föreningens del", "Kommunens del"],
                ["Ideella timmar (antal × 220 kr)", "", "", "–"],
                ["Lokal", "", "", ""],
                ["Material och fika", "", "", ""],
                ["Resor", "", "", ""],
                ["Övrigt", "", "", ""],
                ["Summa", "", "", ""],
            ],
        ),
        (
            "small",
            "Lokal som föreningen hyr med kommunalt lokalbidrag räknas inte in i föreningens "
            "del.",
        ),
        ("h2", "5. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Senaste årsmötesprotokoll",
                "☐ Senaste verksamhetsberättelse",
                "☐ Budget för verksamheten, om den inte ryms i punkt 4",
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "p",
            "Ansökan ska skrivas under av två personer som tecknar föreningens firma.",
        ),
        (
            "table",
            (50, 50),
            [
                ["Underskrift och namnförtydligande", "Underskrift och namnförtydligande"],
                ["", ""],
                ["Ort och datum", "Ort och datum"],
            ],
        ),
        (
            "small",
            "Frågor om blanketten? Ring Kävlinge kommuns kontaktcenter, 046-73 90 00, och be "
            "att få tala med samverkansutvecklaren för vård och omsorg. Personuppgifterna "
            "behandlas enligt dataskyddsförordningen; läs mer på kavlinge.se/personuppgifter.",
        ),
    ],
)


DOCS = [
    TINGSRYD_PROTOKOLL,
    HULTSFRED_RIKTLINJER,
    HULTSFRED_REMISSVAR,
    ATVIDABERG_BREV,
    KAVLINGE_ANSOKAN,
]
