"""Text of the set_o (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Mariestad: a "Policy för samverkan med civilsamhället" adopted by kommunfullmäktige, in which
# IOP is one chapter among dialogue, föreningsbidrag and volunteers. The IOP criteria stand as
# eight questions under the heading "Så bedömer vi en idé" (the own contribution in kronor,
# minst 40 000 kronor per år, with ideellt arbete at 200 kronor per timme; the föreningsregister
# and minst två år; three prioriterade områden; no ordinary member activity; no fee but a
# frivillig kaffekassa; no services firms sell). The föreningsbidrag chapter has conditions of
# its own (minst 15 medlemmar) that are not IOP conditions. Contacts as a table in chapter 8.
MARIESTAD_POLICY = Doc(
    path="corpus/mariestad/mariestad-policy-samverkan-civilsamhallet.pdf",
    title="Policy för samverkan med civilsamhället – Mariestads kommun",
    header_left="Mariestads kommun",
    header_right=["POLICY", "Dnr KS 2024/0517"],
    footer_lines=[
        "Mariestads kommun · Kommunstyrelseförvaltningen · 542 86 Mariestad · "
        "Växel 0501-75 50 00 · www.mariestad.se",
    ],
    author="Kommunstyrelseförvaltningen, Mariestads kommun",
    blocks=[
        ("h1", "Policy för samverkan med civilsamhället i Mariestads kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2025-03-24, § 29"),
                ("Gäller från", "2025-05-01"),
                ("Giltig till", "2028-12-31"),
                ("Dokumentansvarig", "Kommunstyrelseförvaltningen, avdelningen för hållbar utveckling"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Därför har vi en policy",
                "2 Våra utgångspunkter",
                "3 Dialog och samråd",
                "4 Föreningsbidrag",
                "5 Idéburet offentligt partnerskap (IOP)",
                "6 Volontärer i kommunens verksamheter",
                "7 Uppföljning",
                "8 Kontakt",
            ],
        ),
        ("h2", "1 Därför har vi en policy"),
        (
            "p",
            "Föreningar, trossamfund, stiftelser och andra idéburna organisationer gör stora "
            "insatser för människor i Mariestad. De skapar mötesplatser, ger röst åt grupper som "
            "annars inte hörs och fångar upp behov tidigt. Kommunen vill ta vara på det "
            "engagemanget utan att ta över det. Policyn beskriver hur kommunen samverkar med "
            "civilsamhället och vilka former samverkan kan ha. Den ersätter Överenskommelsen "
            "mellan Mariestads kommun och den idéburna sektorn från 2016 och Riktlinjer för IOP "
            "från 2019.",
        ),
        ("h2", "2 Våra utgångspunkter"),
        (
            "ul",
            [
                "Självständighet. Civilsamhällets organisationer är självständiga. Kommunen styr "
                "inte hur en organisation arbetar eller vad den tycker, inte heller när den får "
                "pengar från kommunen.",
                "Dialog. Kommunen och civilsamhället möts regelbundet och tidigt, innan beslut "
                "fattas.",
                "Långsiktighet. Kommunen föredrar samverkan som pågår i flera år framför korta "
                "projekt.",
                "Öppenhet. Alla organisationer ska ha samma möjlighet att samverka med kommunen, "
                "och det ska vara lätt att se vilka samarbeten som finns.",
                "Mångfald. Kommunen välkomnar både stora och små organisationer, med eller utan "
                "anställda.",
            ],
        ),
        ("h2", "3 Dialog och samråd"),
        (
            "p",
            "Kommunen bjuder in till Civilsamhällesforum två gånger per år, i april och i oktober. "
            "Där träffas företrädare för föreningslivet, kommunens förvaltningar och "
            "kommunstyrelsens presidium för att prata om behov i kommunen och om hur samverkan "
            "fungerar. Anteckningar från forumet publiceras på mariestad.se.",
        ),
        ("h2", "4 Föreningsbidrag"),
        (
            "p",
            "Föreningsbidrag är kommunens vanligaste stöd till föreningslivet. Bidragen söks hos "
            "Föreningsservice; sista dag för grundbidrag och aktivitetsbidrag är den 15 februari. "
            "För föreningsbidrag gäller bland annat att föreningen har minst 15 medlemmar och har "
            "sitt säte i kommunen. Reglerna för föreningsbidrag beslutas av kultur- och "
            "fritidsnämnden och finns på mariestad.se. Föreningsbidrag och ett partnerskap kan "
            "inte användas till samma verksamhet.",
        ),
        ("h2", "5 Idéburet offentligt partnerskap (IOP)"),
        ("h3", "5.1 Vad är IOP?"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "idéburen organisation om en verksamhet som organisationen har tagit initiativ till "
            "och som kommunen också vill se. Båda parter bidrar med pengar, lokaler, kunskap eller "
            "arbete. IOP är varken ett föreningsbidrag eller ett köp: kommunen betalar inte per "
            "deltagare eller per timme, och organisationen skickar inga fakturor till kommunen.",
        ),
        ("h3", "5.2 Så bedömer vi en idé"),
        (
            "p",
            "När en idéskiss kommer in prövar vi den mot åtta frågor. Svaret på fråga 1–7 måste "
            "vara ja, och svaret på fråga 8 måste vara nej, för att vi ska gå vidare till dialog.",
        ),
        (
            "ol",
            [
                "Kommer idén från er? Idén ska ha vuxit fram i er organisation. Kommunen "
                "beställer inte verksamheter genom IOP, och en idé som en förvaltning har tagit "
                "fram kan inte bli ett partnerskap.",
                "Är ni en etablerad idéburen organisation? Organisationen ska vara registrerad i "
                "Mariestads kommuns föreningsregister och ha bedrivit verksamhet i minst två år. "
                "Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte vara part.",
                "Är verksamheten öppen för alla? Alla i målgruppen ska kunna vara med, oavsett om "
                "de är medlemmar i er organisation eller inte. Det får inte kosta något att delta, "
                "men en frivillig kaffekassa går bra.",
                "Bidrar ni själva? Er egen insats ska vara värd minst 40 000 kronor per år. Den kan "
                "bestå av egna pengar, lokaler och ideellt arbete. Ideellt arbete räknas som 200 "
                "kronor per timme, och lokaler som ni äger eller hyr räknas med vad de kostar er. "
                "Pengar som ni får från kommunen räknas inte.",
                "Bidrar idén till kommunens prioriteringar? Idén ska bidra till minst ett av "
                "kommunens tre prioriterade områden för 2025–2028: ofrivillig ensamhet bland "
                "äldre, fysisk aktivitet för barn och unga, samt språk och gemenskap för "
                "nyanlända.",
                "Är det något utöver er vanliga verksamhet? Partnerskapet får inte bekosta er "
                "ordinarie medlemsverksamhet, som medlemsmöten, studiecirklar för medlemmar, "
                "resor eller fester.",
                "Är det långsiktigt? Verksamheten ska vara planerad för minst två år. Enstaka "
                "evenemang, kurser eller projekt på några månader kan inte bli partnerskap.",
                "Är det något som kommunen borde köpa? Om kommunen redan köper tjänsten, eller om "
                "den säljs av företag i kommunen, ska den upphandlas och kan inte bli ett "
                "partnerskap. Det gäller till exempel fotvård, städning, snöröjning och "
                "transporter.",
            ],
        ),
        (
            "p",
            "Kommunen detaljstyr inte ett partnerskap. I överenskommelsen kommer vi överens om "
            "syfte, mål och hur vi följer upp, men hur verksamheten genomförs bestämmer er "
            "organisation.",
        ),
        ("h3", "5.3 Så går det till"),
        (
            "ol",
            [
                "Ni skickar en idéskiss via e-tjänsten Idéskiss IOP på mariestad.se eller till "
                "iop@mariestad.se. Vi tar emot idéskisser hela året.",
                "Inom fem veckor får ni besked om idén går vidare till dialog.",
                "Under dialogen tar ni och den berörda förvaltningen fram ett förslag till "
                "överenskommelse med mål och budget.",
                "Den nämnd som ansvarar för området beslutar om partnerskap upp till 350 000 "
                "kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
                "Överenskommelsen skrivs under. Den gäller i två till fyra år och kan förlängas "
                "efter en gemensam utvärdering.",
            ],
        ),
        ("h3", "5.4 Under partnerskapet"),
        (
            "p",
            "Kommunens del betalas ut i förskott två gånger per år, i januari och juli. "
            "Organisationen lämnar en redovisning av verksamhet och ekonomi för föregående år "
            "senast den 1 mars. Parterna träffas minst två gånger per år för att följa upp "
            "partnerskapet. Vardera parten kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("h2", "6 Volontärer i kommunens verksamheter"),
        (
            "p",
            "Den som vill göra en frivilliginsats på ett äldreboende, på biblioteket eller i "
            "skolan kan anmäla sig till kommunens Volontärbank. Volontärer ersätter inte anställd "
            "personal och utför inte vård eller omsorg. Volontärbanken är inte ett partnerskap "
            "och kräver inget avtal med en förening.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Kommunstyrelsen följer upp policyn varje år i samband med årsredovisningen och "
            "utvärderar den under 2027 tillsammans med Civilsamhällesforum.",
        ),
        ("h2", "8 Kontakt"),
        (
            "table",
            (35, 65),
            [
                ["Frågor om", "Kontakt"],
                [
                    "Idéburet offentligt partnerskap och Civilsamhällesforum",
                    "Helena Brandt, samordnare för civilsamhällesfrågor, 0501-75 51 38, "
                    "helena.brandt@mariestad.se",
                ],
                [
                    "Föreningsbidrag och föreningsregistret",
                    "Föreningsservice, 0501-75 52 00, foreningsservice@mariestad.se",
                ],
                [
                    "Volontärbanken",
                    "Petra Ohlsson, volontärsamordnare, 0501-75 54 16, petra.ohlsson@mariestad.se",
                ],
            ],
        ),
    ],
)


# Oxelösund: a tjänsteskrivelse from kommunstyrelseförvaltningen recommending kommunstyrelsen
# NOT to enter a partnership with Föreningen Trygga Grannar Oxelösund, with three numbered
# reasons (ledsagning is given after a biståndsbeslut; 250 kronor per ledsagningstimme invoiced
# monthly is a purchase; the ledsagning idea came from vård- och omsorgsförvaltningen), the
# municipality's guidelines quoted as a list (minst ett år and an årsmöte, högst 20 kronor per
# tillfälle, minst 10 procent, ett till tre år, no detaljstyrning, kommunstyrelsen decides every
# partnership), and a remark that the kvällsvandringar alone could fit as an egen idéskiss.
OXELOSUND_TJANSTESKRIVELSE = Doc(
    path="corpus/oxelosund/oxelosund-tjansteskrivelse-iop-trygga-grannar.pdf",
    title="Tjänsteskrivelse – Förslag om idéburet offentligt partnerskap med Föreningen Trygga "
    "Grannar Oxelösund",
    header_left="OXELÖSUNDS KOMMUN",
    header_right=["TJÄNSTESKRIVELSE", "Kommunstyrelseförvaltningen", "Dnr KS 2026/41"],
    footer_lines=[
        "Oxelösunds kommun · 613 81 Oxelösund · Besök Stadshuset, Höjdgatan 24 · "
        "Växel 0155-380 00 · kommun@oxelosund.se",
    ],
    author="Kommunstyrelseförvaltningen, Oxelösunds kommun",
    blocks=[
        (
            "kv",
            [
                ("Datum", "2026-04-09"),
                ("Handläggare", "Camilla Norén, utvecklingsstrateg"),
                ("Telefon", "0155-381 76"),
                ("E-post", "camilla.noren@oxelosund.se"),
                ("Till", "Kommunstyrelsen"),
            ],
        ),
        (
            "h1",
            "Förslag om idéburet offentligt partnerskap med Föreningen Trygga Grannar Oxelösund "
            "– ledsagning och kvällsvandringar",
        ),
        ("h2", "Förslag till beslut"),
        (
            "lines",
            [
                "Kommunstyrelsen beslutar",
                "att inte ingå ett idéburet offentligt partnerskap med Föreningen Trygga Grannar "
                "Oxelösund enligt idéskiss inkommen 2026-01-19, samt",
                "att uppdra åt kommunstyrelseförvaltningen att informera föreningen om möjligheten "
                "att lämna en ny idéskiss om kvällsvandringarna.",
            ],
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Föreningen Trygga Grannar Oxelösund har föreslagit ett partnerskap om ledsagning av "
            "äldre till vårdbesök och om kvällsvandringar i två bostadsområden. Förvaltningen "
            "bedömer att idéskissen i sin nuvarande form inte uppfyller kommunens riktlinjer för "
            "idéburet offentligt partnerskap och föreslår att kommunstyrelsen inte ingår "
            "partnerskapet.",
        ),
        ("h2", "Ärendet"),
        (
            "p",
            "Föreningen Trygga Grannar Oxelösund bildades 2021 och har ett 80-tal medlemmar. Den "
            "19 januari 2026 lämnade föreningen en idéskiss om ett partnerskap med två delar: "
            "ledsagning av äldre till vårdcentralen i Oxelösund och till Nyköpings lasarett, samt "
            "kvällsvandringar två kvällar i veckan i Frösäng och Ramdalen för att öka tryggheten. "
            "Föreningen har begärt 180 000 kronor per år i tre år. Förvaltningen och föreningen "
            "har haft två dialogmöten, den 12 februari och den 18 mars 2026. Föreningen har under "
            "dialogen velat hålla ihop de två delarna.",
        ),
        ("h2", "Kommunens riktlinjer"),
        (
            "p",
            "Enligt Riktlinjer för idéburet offentligt partnerskap i Oxelösunds kommun, antagna av "
            "kommunfullmäktige 2023-11-15, § 98, ska följande vara uppfyllt för att kommunen ska "
            "kunna ingå ett partnerskap:",
        ),
        (
            "ul",
            [
                "organisationen är idéburen, har funnits i minst ett år och har hållit minst ett "
                "årsmöte,",
                "idén kommer från organisationen,",
                "verksamheten är öppen för alla i målgruppen som bor i kommunen, och deltagarna "
                "betalar högst 20 kronor per tillfälle,",
                "organisationens egen insats är minst 10 procent av kostnaden,",
                "partnerskapet gäller i minst ett år och högst tre år,",
                "verksamheten är inte en insats som kommunen ska ge enligt lag eller efter ett "
                "biståndsbeslut,",
                "kommunen ersätter inte organisationen per timme, besök eller deltagare, och "
                "organisationen fakturerar inte kommunen,",
                "kommunen detaljstyr inte hur verksamheten genomförs.",
            ],
        ),
        (
            "p",
            "Enligt riktlinjerna beslutar kommunstyrelsen om alla partnerskap i Oxelösunds "
            "kommun, oavsett belopp.",
        ),
        ("h2", "Förvaltningens bedömning"),
        (
            "p",
            "Förvaltningen bedömer att idéskissen i sin nuvarande form inte uppfyller "
            "riktlinjerna, av tre skäl.",
        ),
        (
            "ol",
            [
                "Ledsagning till vårdbesök ges i Oxelösunds kommun som ledsagarservice efter ett "
                "biståndsbeslut enligt socialtjänstlagen. Ett partnerskap får inte omfatta eller "
                "ersätta en sådan insats.",
                "Föreningen vill få 250 kronor per ledsagningstimme och skicka en faktura till "
                "kommunen varje månad. Det är i praktiken ett köp av en tjänst, som kommunen i så "
                "fall måste upphandla enligt lagen om offentlig upphandling.",
                "Idén att föreningen skulle hjälpa till med ledsagning kom från vård- och "
                "omsorgsförvaltningen, som i november 2025 frågade föreningen om den kunde korta "
                "kön till ledsagarservice. Idén kommer alltså inte från organisationen.",
            ],
        ),
        (
            "p",
            "Kvällsvandringarna i Frösäng och Ramdalen är en annan sak. De är föreningens egen "
            "idé, de är öppna för alla och kostar ingenting för deltagarna, och föreningen står "
            "för ungefär 30 procent av kostnaden. Förvaltningen bedömer att de skulle kunna "
            "uppfylla riktlinjerna om föreningen lämnar dem som en egen idéskiss. Föreningen kan "
            "också söka kommunens utvecklingsbidrag till föreningar, senast den 15 maj.",
        ),
        ("h2", "Ekonomiska konsekvenser"),
        ("p", "Förslaget medför inga kostnader för kommunen."),
        ("h2", "Beslutsunderlag"),
        (
            "ul",
            [
                "Denna tjänsteskrivelse, 2026-04-09",
                "Idéskiss från Föreningen Trygga Grannar Oxelösund, inkommen 2026-01-19",
                "Minnesanteckningar från dialogmöten 2026-02-12 och 2026-03-18",
            ],
        ),
        ("h2", "Beslutet skickas till"),
        ("lines", ["Föreningen Trygga Grannar Oxelösund", "Vård- och omsorgsförvaltningen"]),
        (
            "lines",
            [
                "Anders Lilja, kommundirektör",
                "Camilla Norén, utvecklingsstrateg",
            ],
        ),
    ],
)


# Vaggeryd: a Word "Idéskiss"-blankett whose guidance stands in a right-hand column headed
# "Vägledning" (the notes in the margin): each row a field to fill in, an empty answer cell and
# a note (minst tre år since the första årsmötet, the föreningsregister taking two weeks, the
# three målgrupper, högst 35 kronor per tillfälle, minst 25 procent with 220 kronor per timme,
# the 400 000 kronor limit, a bekräftelse inom två arbetsdagar, 15 oktober).
VAGGERYD_BLANKETT = Doc(
    path="corpus/vaggeryd/vaggeryd-blankett-ideskiss-iop.docx",
    title="Blankett: Idéskiss om idéburet offentligt partnerskap (IOP) – Vaggeryds kommun",
    header_left="Vaggeryds kommun · Kultur och fritid · Blankett IOP 1, version 2025-09",
    footer_lines=[
        "Vaggeryds kommun · Kultur och fritid · 568 80 Skillingaryd · Kontaktcenter 0393-780 00 · "
        "kulturochfritid@vaggeryd.se"
    ],
    author="Kultur och fritid, Vaggeryds kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Fyll i blanketten när er förening vill föreslå ett partnerskap med Vaggeryds kommun. "
            "Texten i kolumnen Vägledning är våra anteckningar i marginalen. De hjälper er att "
            "fylla i rätt – ni behöver inte skriva något i den kolumnen.",
        ),
        ("h2", "1 Föreningen"),
        (
            "table",
            (28, 36, 36),
            [
                ["Uppgift", "Ert svar", "Vägledning"],
                ["Föreningens namn", "", "Skriv namnet som det står i stadgarna."],
                [
                    "Organisationsnummer",
                    "",
                    "Ett organisationsnummer krävs. Saknar ni ett, ansök hos Skatteverket innan ni "
                    "skickar idéskissen.",
                ],
                [
                    "Datum för föreningens första årsmöte",
                    "",
                    "Det ska ha gått minst tre år sedan det första årsmötet när idéskissen kommer "
                    "in.",
                ],
                [
                    "Finns ni i kommunens föreningsregister?",
                    "Ja ☐   Nej ☐",
                    "Svarar ni nej: anmäl föreningen via e-tjänsten Föreningsregistret först. Det "
                    "tar ungefär två veckor innan registreringen är klar.",
                ],
                [
                    "Kontaktperson",
                    "",
                    "Namn, telefon och e-post till den som vi ska prata med. Det behöver inte vara "
                    "ordföranden.",
                ],
            ],
        ),
        ("h2", "2 Idén"),
        (
            "table",
            (28, 36, 36),
            [
                ["Uppgift", "Ert svar", "Vägledning"],
                ["Vad vill ni göra?", "", "Beskriv en vanlig vecka: vad händer, var och när?"],
                [
                    "Hur kom ni på idén?",
                    "",
                    "Idén ska komma från er. Har någon på kommunen bett er att göra det här, skriv "
                    "det – då är det troligen inte ett IOP.",
                ],
                [
                    "Vilken målgrupp?",
                    "",
                    "Välj en av de tre: äldre som bor ensamma, unga 13–20 år eller personer med "
                    "funktionsnedsättning.",
                ],
                [
                    "Hur når ni dem som inte är medlemmar?",
                    "",
                    "Alla i målgruppen ska kunna vara med, medlem eller inte.",
                ],
                [
                    "Kostar det något för deltagarna?",
                    "",
                    "Högst 35 kronor per tillfälle. Skriv vad avgiften ska täcka.",
                ],
            ],
        ),
        ("h2", "3 Tid och pengar"),
        (
            "table",
            (28, 36, 36),
            [
                ["Uppgift", "Ert svar", "Vägledning"],
                ["Önskad start och slut", "", "Minst två år och högst fem år."],
                [
                    "Total kostnad per år",
                    "",
                    "Ta inte med kostnader för er vanliga verksamhet, som träningar eller "
                    "medlemsmöten.",
                ],
                [
                    "Er egen insats per år",
                    "",
                    "Minst 25 procent av den totala kostnaden. Räkna ideella timmar × 220 kronor. "
                    "Lokaler som ni äger räknas med driftkostnaden.",
                ],
                [
                    "Önskat belopp från kommunen per år",
                    "",
                    "Belopp över 400 000 kronor per år beslutas av kommunstyrelsen i stället för "
                    "kultur- och fritidsnämnden, vilket kan ta längre tid.",
                ],
            ],
        ),
        ("h2", "4 Bilagor"),
        (
            "ul",
            [
                "Stadgar",
                "Senaste årsmötesprotokollet",
                "Senaste verksamhetsberättelsen och ekonomiska redovisningen",
            ],
        ),
        ("h2", "5 Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________",
                "Underskrift av firmatecknare: ______________________",
                "Namnförtydligande: ______________________",
            ],
        ),
        ("h2", "6 Skicka in"),
        (
            "p",
            "Skicka blanketten och bilagorna till kulturochfritid@vaggeryd.se eller med post till "
            "Vaggeryds kommun, Kultur och fritid, 568 80 Skillingaryd. Märk mejlet eller kuvertet "
            "Idéskiss IOP. Ni får en bekräftelse inom två arbetsdagar. Idéskisser som har kommit "
            "in senast den 15 oktober kan leda till ett partnerskap som startar året därpå.",
        ),
        (
            "small",
            "Frågor om blanketten: Jonas Ekström, föreningsutvecklare, 0393-781 52.",
        ),
    ],
)


# Åmål: a letter on letterhead from kultur- och fritidsförvaltningen to the associations about
# new guidelines from 1 januari 2026, with a table of old (2019) against new rules (10 -> 20
# procent, ett -> två år, no cap -> högst 40 kronor, all areas -> only ofrivillig ensamhet,
# kommunstyrelsen -> nämnden up to 250 000 kronor, all year -> 1 mars and 1 oktober), what stays
# the same, existing partnerships keeping their terms, an informationsmöte on 21 januari 2026.
# Signed by the kultur- och fritidschef without any number; the only contacts are the functional
# mailbox and the växel in the footer. No sidecar.
AMAL_BREV = Doc(
    path="corpus/amal/amal-brev-nya-riktlinjer-iop-2026.pdf",
    title="Nya riktlinjer för idéburet offentligt partnerskap från den 1 januari 2026",
    header_left="ÅMÅLS KOMMUN",
    header_right=["Kultur- och fritidsförvaltningen", "2025-12-04", "Dnr KFN 2025/118"],
    footer_lines=[
        "Åmåls kommun · Kultur- och fritidsförvaltningen · 662 80 Åmål",
        "Växel 0532-170 00 · kulturfritid@amal.se · www.amal.se",
    ],
    author="Kultur- och fritidsförvaltningen, Åmåls kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        ("lines", ["Till föreningar i Åmåls kommun"]),
        ("h1", "Nya riktlinjer för idéburet offentligt partnerskap från den 1 januari 2026"),
        (
            "p",
            "Kommunfullmäktige i Åmål antog den 26 november 2025, § 143, nya riktlinjer för "
            "idéburet offentligt partnerskap (IOP). De gäller från den 1 januari 2026 och ersätter "
            "riktlinjerna från 2019. I det här brevet berättar vi vad som är nytt och vad som "
            "gäller som förut.",
        ),
        ("h2", "Det här är nytt"),
        (
            "table",
            (30, 35, 35),
            [
                ["", "Riktlinjerna från 2019", "Från den 1 januari 2026"],
                ["Egen insats", "Minst 10 procent av kostnaden", "Minst 20 procent av kostnaden"],
                ["Hur länge föreningen har funnits", "Minst ett år", "Minst två år"],
                ["Avgift för deltagarna", "Ingen gräns", "Högst 40 kronor per tillfälle"],
                [
                    "Vad partnerskapet ska handla om",
                    "Alla områden",
                    "Bara insatser mot ofrivillig ensamhet, för alla åldrar",
                ],
                [
                    "Vem som beslutar",
                    "Kommunstyrelsen",
                    "Kultur- och fritidsnämnden upp till 250 000 kronor per år, kommunstyrelsen "
                    "över det",
                ],
                [
                    "När idéskisser tas emot",
                    "Hela året",
                    "Två gånger per år: senast den 1 mars och senast den 1 oktober",
                ],
            ],
        ),
        ("h2", "Det här gäller som förut"),
        (
            "p",
            "Idén ska komma från föreningen, och verksamheten ska vara öppen för alla i "
            "målgruppen – ingen ska behöva bli medlem för att vara med. Ett partnerskap kan inte "
            "gälla sådant som kommunen måste göra enligt lag, och inte föreningens vanliga "
            "verksamhet för medlemmarna. Kommunen betalar inte per deltagare eller per timme. En "
            "överenskommelse gäller i högst fyra år.",
        ),
        ("h2", "Partnerskap som redan finns"),
        (
            "p",
            "Partnerskap som har ingåtts enligt riktlinjerna från 2019 fortsätter att gälla på "
            "samma villkor till dess att de upphör. Om ett sådant partnerskap ska förlängas "
            "prövas det mot de nya riktlinjerna.",
        ),
        ("h2", "Välkommen på informationsmöte"),
        (
            "p",
            "Vi berättar mer om de nya riktlinjerna onsdagen den 21 januari 2026 kl. 18.30 i "
            "Sessionssalen i Åmåls kommunhus. Kaffe serveras. Anmäl dig senast den 14 januari "
            "till kultur- och fritidsförvaltningen.",
        ),
        (
            "p",
            "Riktlinjerna finns på www.amal.se/iop. Har ni frågor är ni välkomna att höra av er "
            "till oss – våra kontaktuppgifter står längst ned på sidan.",
        ),
        ("lines", ["Med vänliga hälsningar", "", "Maria Lindqvist", "Kultur- och fritidschef"]),
    ],
)


DOCS = [
    MARIESTAD_POLICY,
    OXELOSUND_TJANSTESKRIVELSE,
    VAGGERYD_BLANKETT,
    AMAL_BREV,
]
