"""Text of the set_s (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Tierp: a leaflet-like information sheet on letterhead from kultur- och fritidsförvaltningen.
# Conditions as "Det här förutsätter vi" (två hela kalenderår with a worked example, minst 20
# procent with 230 kronor per timme, högst 25 kronor per tillfälle), "Det här kan inte bli ett
# IOP", an "Det är en fördel om …" that is no requirement, numbered steps (15 mars, sex veckor,
# a nämnd up to 300 000 kronor, ett till tre år, halvårsvis i förskott, 31 mars, three months'
# notice). Its only contacts are a functional mailbox and the växel. No named official, no
# sidecar.
TIERP_INFOBLAD = Doc(
    path="corpus/tierp/tierp-iop-informationsblad.pdf",
    title="Idéburet offentligt partnerskap – samarbeta med Tierps kommun",
    header_left="Tierps kommun",
    header_right=["Kultur- och fritidsförvaltningen", "Informationsblad", "Februari 2026"],
    footer_lines=[
        "Tierps kommun · Kultur- och fritidsförvaltningen · 815 80 Tierp",
        "Växel 0293-21 80 00 · iop@tierp.se · www.tierp.se",
    ],
    author="Kultur- och fritidsförvaltningen, Tierps kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        ("h1", "Idéburet offentligt partnerskap – samarbeta med Tierps kommun"),
        (
            "p",
            "Har er förening en idé som skulle göra livet bättre för fler i Tierps kommun? Kanske "
            "en mötesplats i Söderfors, läxhjälp i Örbyhus eller promenadgrupper i Karlholmsbruk? "
            "Då kan ett idéburet offentligt partnerskap, IOP, vara ett sätt att förverkliga den "
            "tillsammans med kommunen.",
        ),
        ("h2", "Vad är ett IOP?"),
        (
            "p",
            "I ett IOP driver en idéburen organisation och kommunen en verksamhet tillsammans under "
            "några år. Idén kommer från er. Ni och kommunen bidrar båda med det ni har – pengar, "
            "tid, lokaler, kunskap – och ni sätter upp gemensamma mål som ni följer upp "
            "tillsammans. Ett IOP är inte ett föreningsbidrag och inte heller ett köp av en tjänst.",
        ),
        ("h2", "Det här förutsätter vi"),
        (
            "ul",
            [
                "Att er organisation är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund. Bolag och ekonomiska föreningar kan inte vara part.",
                "Att ni har bedrivit verksamhet i Tierps kommun under minst två hela kalenderår "
                "innan ni lämnar in er idé. En förening som bildades under 2024 har alltså "
                "tidigast två hela kalenderår bakom sig i januari 2027.",
                "Att idén är er egen. Kommunen kan inte genom ett IOP be er ta över en verksamhet "
                "som kommunen själv driver eller har planerat.",
                "Att ni själva står för minst 20 procent av kostnaden. Ideellt arbete räknas med "
                "230 kronor per timme, och lokaler och material som ni står för räknas också.",
                "Att verksamheten är öppen för alla i målgruppen, även för den som inte är medlem "
                "i föreningen.",
                "Att deltagarna betalar högst 25 kronor per tillfälle, och bara för fika eller "
                "material.",
            ],
        ),
        ("h2", "Det här kan inte bli ett IOP"),
        (
            "ul",
            [
                "Sådant som kommunen enligt lag ska ge, till exempel hemtjänst, skolskjuts eller "
                "särskilt boende.",
                "Enstaka evenemang, som en marknad, en festival eller ett jubileum.",
                "Renovering, ombyggnad eller drift av föreningens egna lokaler.",
                "Ersättning per deltagare eller per besök. Kommunens bidrag är ett fast belopp per "
                "år.",
                "Föreningens ordinarie verksamhet, som i stället kan få föreningsbidrag.",
            ],
        ),
        ("h2", "Det är en fördel om …"),
        (
            "p",
            "… verksamheten når någon av de mindre orterna, till exempel Söderfors, Karlholmsbruk, "
            "Skärplinge eller Månkarbo, och om den motverkar ensamhet bland äldre. Det är inga "
            "krav, och idéer från hela kommunen prövas på samma sätt.",
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Skicka en idéskiss på högst tre sidor till iop@tierp.se. Idéskisser tas emot hela "
                "året.",
                "Vill ni börja den 1 januari ska idéskissen ha kommit in senast den 15 mars året "
                "innan.",
                "Inom sex veckor får ni besked om idén går vidare till dialog.",
                "I dialogen skriver ni och förvaltningen tillsammans ett förslag till "
                "överenskommelse, med mål, budget och hur ni följer upp arbetet.",
                "Omsorgsnämnden eller kultur- och fritidsnämnden beslutar om partnerskap upp till "
                "300 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
                "Ett partnerskap gäller i ett till tre år. Kommunens bidrag betalas ut halvårsvis i "
                "förskott, i januari och juli. Ni lämnar en redovisning av verksamhet och ekonomi "
                "senast den 31 mars året efter. Uppsägningstiden är tre månader för båda parter.",
            ],
        ),
        ("h2", "Frågor?"),
        (
            "p",
            "Mejla iop@tierp.se. Vill du hellre prata med någon, ring Tierps kommuns växel "
            "0293-21 80 00 och be att få prata med föreningsutvecklarna på kultur- och "
            "fritidsförvaltningen.",
        ),
        (
            "small",
            "Informationsbladet bygger på Riktlinjer för idéburet offentligt partnerskap, antagna "
            "av kommunstyrelsen 2025-10-14, § 152. Om något skiljer sig åt gäller riktlinjerna.",
        ),
    ],
)


# Tierp: the full minutes of omsorgsnämnden with six §§, of which only § 43 is an IOP (Föreningen
# Söderfors Bruksträff, 2026-09-01 – 2029-08-31, 265 000 kronor a year, 795 000 in all; a yrkande
# for one year that lost, and a reservation; a handläggare with a number). § 44 distributes
# bidrag till pensionärsorganisationer under the nämnd's own rules (minst 25 medlemmar, 60 kronor
# per medlem, 31 januari), which are föreningsbidrag and not IOP criteria; one small SPF
# förening gets nothing. Other §§ are budget follow-up, a medborgarförslag and delegationsbeslut.
TIERP_PROTOKOLL = Doc(
    path="corpus/tierp/tierp-omsorgsnamnden-protokoll-2026-04-22.pdf",
    title="Sammanträdesprotokoll omsorgsnämnden 2026-04-22 §§ 41–46",
    header_left="Tierps kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Omsorgsnämnden 2026-04-22"],
    footer_lines=[
        "Tierps kommun · Omsorgsförvaltningen · 815 80 Tierp · Växel 0293-21 80 00 · "
        "omsorg@tierp.se",
        "Justerandes signatur: ______   ______        Utdragsbestyrkande: ______",
    ],
    author="Omsorgsförvaltningen, Tierps kommun",
    blocks=[
        ("h1", "Omsorgsnämnden – sammanträdesprotokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-04-22"),
                ("Plats och tid", "Sammanträdesrummet Tallen, kommunhuset i Tierp, kl. 13.00–15.40"),
                (
                    "Beslutande",
                    "Eva Lindkvist (S), ordförande; Per-Olof Sandberg (M), vice ordförande; "
                    "Amra Begić (S); Lennart Öhman (C); Sara Westin (SD); Tomas Hedlund (V); "
                    "Kristina Abrahamsson (KD)",
                ),
                ("Övriga", "Annika Berg, förvaltningschef; Jenny Aronsson, nämndsekreterare"),
                ("Paragrafer", "§§ 41–46"),
                ("Justerat", "2026-04-28"),
                ("Anslaget", "2026-04-29 – 2026-05-21"),
            ],
        ),
        ("h2", "§ 41 Val av justerare och godkännande av dagordningen"),
        (
            "p",
            "Omsorgsnämnden beslutar att utse Lennart Öhman (C) att tillsammans med ordföranden "
            "justera protokollet, och att godkänna dagordningen.",
        ),
        ("h2", "§ 42 Ekonomisk uppföljning per mars 2026"),
        ("small", "Dnr ON 2026/12"),
        ("h3", "Omsorgsnämndens beslut"),
        (
            "lines",
            [
                "Omsorgsnämnden beslutar att",
                "1. godkänna den ekonomiska uppföljningen per mars 2026,",
                "2. uppdra åt förvaltningschefen att återkomma till nämnden i juni med förslag på "
                "åtgärder för en budget i balans.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Förvaltningen prognostiserar ett underskott på 4,2 miljoner kronor för 2026. "
            "Underskottet finns främst inom hemtjänsten, där antalet beviljade timmar har ökat med "
            "nio procent jämfört med samma period förra året, och inom köp av platser på särskilt "
            "boende utanför kommunen.",
        ),
        ("h2", "§ 43 Idéburet offentligt partnerskap med Föreningen Söderfors Bruksträff"),
        ("small", "Dnr ON 2025/98"),
        ("h3", "Omsorgsnämndens beslut"),
        (
            "lines",
            [
                "Omsorgsnämnden beslutar att",
                "1. ingå ett idéburet offentligt partnerskap med Föreningen Söderfors Bruksträff om "
                "mötesplatsen Bruksträffen för äldre i Söderfors för perioden 2026-09-01 – "
                "2029-08-31, enligt förslag till överenskommelse i bilaga 1,",
                "2. nämndens bidrag är 265 000 kronor per år, sammanlagt 795 000 kronor för hela "
                "perioden, och finansieras inom verksamhetsområde äldreomsorg,",
                "3. uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Söderfors Bruksträff bildades 2019 och har sedan 2021 ordnat träffar för "
            "äldre en gång i veckan i Folkets hus i Söderfors. I en idéskiss som kom in den 3 mars "
            "2026 föreslår föreningen att mötesplatsen ska hålla öppet tre dagar i veckan, måndag, "
            "onsdag och fredag, med sittgympa, IT-hjälp, högläsning och sällskapsspel. En gång i "
            "månaden ordnar föreningen samåkning till Tierp för den som vill handla eller gå på "
            "biblioteket. Deltagarna betalar 25 kronor för kaffe och smörgås. Man behöver inte vara "
            "medlem i föreningen.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap förutsätts att "
            "organisationen har bedrivit verksamhet i minst två hela kalenderår, att idén är "
            "organisationens egen, att verksamheten är öppen för alla och att organisationen står "
            "för minst 20 procent av kostnaden. Föreningens egen insats beräknas till 24 procent, "
            "främst i form av ideellt arbete. Verksamheten ersätter inte hemtjänst eller "
            "dagverksamhet enligt socialtjänstlagen. Förvaltningen bedömer att villkoren är "
            "uppfyllda.",
        ),
        (
            "p",
            "Eftersom bidraget understiger 300 000 kronor per år fattar omsorgsnämnden beslutet. "
            "Bidraget betalas ut halvårsvis i förskott. Den första utbetalningen görs i september "
            "2026.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse från omsorgsförvaltningen 2026-04-07",
                "Idéskiss från Föreningen Söderfors Bruksträff, inkommen 2026-03-03",
                "Bilaga 1: Förslag till överenskommelse",
            ],
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Sara Westin (SD) yrkar att partnerskapet ska gälla i ett år, med möjlighet till "
            "förlängning. Tomas Hedlund (V) och Amra Begić (S) yrkar bifall till förvaltningens "
            "förslag.",
        ),
        ("h3", "Beslutsgång"),
        (
            "p",
            "Ordföranden ställer förvaltningens förslag mot Sara Westins yrkande och finner att "
            "nämnden beslutar enligt förvaltningens förslag.",
        ),
        ("h3", "Reservation"),
        ("p", "Sara Westin (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
        (
            "small",
            "Handläggare: Malin Frisk, utvecklingsledare, omsorgsförvaltningen, 0293-21 83 47, "
            "malin.frisk@tierp.se",
        ),
        ("small", "Beslutet skickas till: Föreningen Söderfors Bruksträff, ekonomienheten"),
        ("h2", "§ 44 Bidrag till pensionärsorganisationer 2026"),
        ("small", "Dnr ON 2026/7"),
        ("h3", "Omsorgsnämndens beslut"),
        (
            "p",
            "Omsorgsnämnden beslutar att fördela bidrag till pensionärsorganisationer för 2026 "
            "enligt tabellen nedan, sammanlagt 55 140 kronor.",
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Enligt nämndens regler för bidrag till pensionärsorganisationer ska föreningen ha "
            "minst 25 medlemmar som är folkbokförda i Tierps kommun. Bidraget är 60 kronor per "
            "medlem och år, och ansökan ska ha kommit in senast den 31 januari. Fem föreningar har "
            "ansökt.",
        ),
        (
            "table",
            (70, 40, 50),
            [
                ["Förening", "Medlemmar", "Bidrag 2026"],
                ["PRO Tierp", "412", "24 720 kronor"],
                ["SPF Seniorerna Tierp", "268", "16 080 kronor"],
                ["PRO Örbyhus-Vendel", "143", "8 580 kronor"],
                ["PRO Söderfors", "96", "5 760 kronor"],
                ["SPF Seniorerna Skärplinge", "21", "0 kronor"],
            ],
        ),
        (
            "p",
            "SPF Seniorerna Skärplinge uppfyller inte kravet på minst 25 medlemmar och får därför "
            "inget bidrag för 2026.",
        ),
        ("h2", "§ 45 Svar på medborgarförslag om fler sittplatser längs gångvägarna i Tierp"),
        ("small", "Dnr ON 2025/141"),
        (
            "p",
            "Omsorgsnämnden beslutar att lämna förvaltningens tjänsteskrivelse som svar på "
            "medborgarförslaget och att överlämna frågan om bänkar längs gångvägarna till "
            "samhällsbyggnadsnämnden, som ansvarar för gator och parker.",
        ),
        ("h2", "§ 46 Anmälan av delegationsbeslut"),
        (
            "p",
            "Delegationsbeslut fattade under perioden 2026-03-01 – 2026-03-31 anmäls och läggs "
            "till handlingarna.",
        ),
        (
            "lines",
            [
                "",
                "Vid protokollet",
                "Jenny Aronsson, nämndsekreterare",
                "",
                "Justeras",
                "Eva Lindkvist, ordförande        Lennart Öhman, justerare",
            ],
        ),
    ],
)


# Eksjö: a Word riktlinje adopted by kommunstyrelsen whose criteria stand in a two-column table
# "Krav | Så bedömer vi" (K1–K9: no ekonomisk förening, tre avslutade verksamhetsår med
# årsbokslut, minst 15 betalande medlemmar but not for stiftelser and trossamfund, högst 35
# kronor per tillfälle, minst 25 procent with 250 kronor per timme, no double funding), a "det är
# en fördel om" on the landsbygd that is no requirement, process (1 oktober, 30 arbetsdagar, the
# arbetsutskott up to 200 000 kronor), the agreement (två till fyra år, quarterly payment, 30
# april, three months) and a contact table with a named utvecklare and the fritidsavdelning.
EKSJO_RIKTLINJE = Doc(
    path="corpus/eksjo/eksjo-riktlinje-iop.docx",
    title="Riktlinje för idéburet offentligt partnerskap (IOP) i Eksjö kommun",
    header_left="Eksjö kommun · Riktlinje för IOP · Dnr KS 2025/211",
    footer_lines=[
        "Eksjö kommun, 575 80 Eksjö · Växel 0381-360 00 · kommun@eksjo.se",
    ],
    author="Kommunledningsförvaltningen, Eksjö kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-05-13, § 88"),
                ("Gäller från", "2025-07-01"),
                ("Dokumentansvarig", "Kommunledningsförvaltningen, enheten för hållbar utveckling"),
                ("Ses över", "Senast 2028"),
            ],
        ),
        ("h2", "1 Bakgrund"),
        (
            "p",
            "Eksjö kommun har sedan 2019 en överenskommelse med föreningslivet om hur kommunen och "
            "det civila samhället ska samverka. Ett idéburet offentligt partnerskap (IOP) är en av "
            "de former som överenskommelsen pekar ut. Riktlinjen beskriver när ett IOP passar, "
            "vilka krav som gäller och hur kommunen bedömer dem.",
        ),
        ("h2", "2 När passar IOP?"),
        (
            "p",
            "IOP passar när en idéburen organisation vill starta eller utveckla en verksamhet som "
            "också bidrar till kommunens mål, och när organisationen och kommunen vill ta ansvar "
            "för den tillsammans. IOP passar inte när kommunen vill köpa en tjänst – då gäller "
            "lagen om offentlig upphandling – och inte när en förening söker stöd till sin "
            "ordinarie verksamhet. För det finns föreningsbidragen, som regleras i kommunens regler "
            "för föreningsstöd och inte i denna riktlinje.",
        ),
        ("h2", "3 Krav och hur vi bedömer dem"),
        (
            "p",
            "Alla krav i tabellen ska vara uppfyllda för att kommunen ska kunna ingå ett "
            "partnerskap. Kommunledningsförvaltningen bedömer kraven tillsammans med den "
            "förvaltning som verksamheten berör.",
        ),
        (
            "table",
            (55, 105),
            [
                ["Krav", "Så bedömer vi"],
                [
                    "K1 Organisationen är idéburen och fristående från kommunen",
                    "Vi läser organisationens stadgar. Ideella föreningar, stiftelser och "
                    "registrerade trossamfund kan ingå IOP. Aktiebolag och ekonomiska föreningar "
                    "kan inte det, även om de inte delar ut någon vinst. Stiftelser som kommunen "
                    "har bildat räknas inte som idéburna.",
                ],
                [
                    "K2 Organisationen har en etablerad verksamhet",
                    "Organisationen ska ha minst tre avslutade verksamhetsår med årsbokslut. Vi ber "
                    "om de tre senaste verksamhetsberättelserna och revisionsberättelserna.",
                ],
                [
                    "K3 Organisationen har en egen medlemsbas",
                    "Föreningar ska ha minst 15 betalande medlemmar enligt senaste årsmötet. Kravet "
                    "gäller inte stiftelser och trossamfund.",
                ],
                [
                    "K4 Idén kommer från organisationen",
                    "Vi frågar hur idén har vuxit fram. Om kommunen redan har bestämt innehåll, "
                    "tider och bemanning är det inte ett IOP.",
                ],
                [
                    "K5 Verksamheten ger ett mervärde",
                    "Verksamheten ska komplettera och inte ersätta det som kommunen ansvarar för, "
                    "till exempel hemtjänst, skola eller färdtjänst.",
                ],
                [
                    "K6 Verksamheten är öppen",
                    "Alla i målgruppen ska kunna delta, oavsett medlemskap. Deltagaravgiften får "
                    "vara högst 35 kronor per tillfälle.",
                ],
                [
                    "K7 Organisationen bidrar själv",
                    "Minst 25 procent av kostnaden ska komma från organisationen. Ideellt arbete "
                    "räknas med 250 kronor per timme, och även lokaler, material och insamlade "
                    "medel räknas.",
                ],
                [
                    "K8 Ingen dubbel finansiering",
                    "Samma verksamhet kan inte samtidigt få föreningsbidrag eller projektmedel från "
                    "kommunen.",
                ],
                [
                    "K9 Ingen vinst",
                    "Ett överskott ska användas i verksamheten och får inte delas ut till "
                    "medlemmar eller styrelse.",
                ],
            ],
        ),
        (
            "p",
            "Det är en fördel om verksamheten når landsbygden – till exempel Mariannelund, "
            "Ingatorp, Hult, Bruzaholm eller Hjältevad – eller om flera föreningar går samman om "
            "den. Det är inget krav, och det påverkar inte bedömningen av kraven i tabellen.",
        ),
        ("h2", "4 Så går det till"),
        ("h3", "4.1 Idéskiss"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss och skickar den till iop@eksjo.se. "
            "Idéskisser som har kommit in senast den 1 oktober kan bli ett partnerskap som börjar "
            "under nästa år. Idéskisser som kommer in senare tas med i nästa omgång.",
        ),
        ("h3", "4.2 Besked och dialog"),
        (
            "p",
            "Organisationen får besked inom 30 arbetsdagar om idén går vidare till dialog. I "
            "dialogen tar organisationen och förvaltningen fram ett förslag till överenskommelse.",
        ),
        ("h3", "4.3 Beslut"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till 200 000 kronor per "
            "år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h2", "5 Överenskommelsen"),
        (
            "p",
            "Ett partnerskap gäller i två till fyra år. Kommunens bidrag betalas ut i förskott "
            "varje kvartal. Organisationen lämnar en verksamhetsberättelse och en ekonomisk "
            "redovisning senast den 30 april året efter. Vardera parten kan säga upp "
            "överenskommelsen med tre månaders uppsägningstid.",
        ),
        ("h2", "6 Kontakt"),
        (
            "table",
            (55, 105),
            [
                ["Fråga om", "Kontakt"],
                [
                    "IOP och idéskisser",
                    "Helena Grip, utvecklare civilsamhälle, 0381-361 72, iop@eksjo.se",
                ],
                [
                    "Föreningsbidrag och lokalbokning",
                    "Fritidsavdelningen, 0381-362 10, fritid@eksjo.se",
                ],
            ],
        ),
    ],
)


# Höganäs: a remissversion of new riktlinjer, marked as a draft not yet decided, with a table
# "Vad ändras jämfört med i dag?" (three years instead of two, 20 percent instead of no fixed
# share, 40 kronor instead of 20, five years instead of three, 400 000 instead of 250 000 kronor,
# 1 april instead of any time). The rules in force stand in the FAQ page. No sidecar.
HOGANAS_REMISS = Doc(
    path="corpus/hoganas/hoganas-riktlinjer-iop-remissversion.pdf",
    title="Förslag till riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Höganäs kommun",
    header_right=["REMISSVERSION – FÖRSLAG", "Dnr KS 2025/318"],
    footer_lines=[
        "Höganäs kommun · Kommunledningsförvaltningen · 263 82 Höganäs · iop@hoganas.se",
        "FÖRSLAG – EJ BESLUTAT",
    ],
    author="Kommunledningsförvaltningen, Höganäs kommun",
    blocks=[
        (
            "box",
            "REMISSVERSION 2026-03-02. Detta är ett förslag som inte har beslutats. Tills "
            "kommunfullmäktige har fattat beslut gäller kommunstyrelsens riktlinjer från 2021. "
            "Synpunkter lämnas senast den 15 maj 2026 till iop@hoganas.se.",
        ),
        ("h1", "Förslag till riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Kommunstyrelsen gav i oktober 2025 kommunledningsförvaltningen i uppdrag att se över "
            "kommunens riktlinjer för idéburet offentligt partnerskap (IOP). Förslaget beräknas "
            "behandlas av kommunfullmäktige i september 2026 och börja gälla den 1 januari 2027. "
            "Vi vill gärna ha synpunkter från föreningslivet innan dess.",
        ),
        ("h2", "1 Varför nya riktlinjer?"),
        (
            "p",
            "Sedan 2021 har kommunen ingått två partnerskap. Föreningarna har efterfrågat tydligare "
            "besked om vad de själva ska bidra med, och längre partnerskap som ger dem möjlighet "
            "att anställa. Förvaltningen vill samtidigt ha en fast tidpunkt för idéskisser, så att "
            "partnerskapen kan planeras in i budgeten.",
        ),
        ("h2", "2 Vad ändras jämfört med i dag?"),
        (
            "table",
            (50, 55, 55),
            [
                ["Område", "I dag (riktlinjer 2021)", "Förslag"],
                ["Hur länge organisationen har funnits", "Minst två år", "Minst tre år"],
                ["Egen insats", "Inget fast krav", "Minst 20 procent av kostnaden"],
                ["Deltagaravgift", "Högst 20 kronor per tillfälle", "Högst 40 kronor per tillfälle"],
                ["Partnerskapets längd", "Högst tre år", "Högst fem år"],
                ["Nämndens beslutsgräns", "250 000 kronor per år", "400 000 kronor per år"],
                [
                    "Idéskiss",
                    "När som helst under året",
                    "Senast den 1 april för start nästa år",
                ],
            ],
        ),
        ("h2", "3 Föreslagna villkor"),
        (
            "ol",
            [
                "Organisationen ska vara en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund och ska ha bedrivit verksamhet i minst tre år.",
                "Idén ska komma från organisationen.",
                "Verksamheten ska bedrivas i Höganäs kommun och vara öppen för alla i målgruppen.",
                "Organisationen ska själv bidra med minst 20 procent av kostnaden. Ideellt arbete "
                "värderas till 250 kronor per timme.",
                "Deltagarna får betala högst 40 kronor per tillfälle.",
                "Ett partnerskap får gälla i högst fem år.",
            ],
        ),
        ("h2", "4 Föreslagen handläggning"),
        (
            "p",
            "Idéskisser ska ha kommit in senast den 1 april för att ett partnerskap ska kunna "
            "starta nästa år. Den nämnd som verksamheten berör beslutar om partnerskap upp till "
            "400 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h2", "5 Remissinstanser"),
        (
            "ul",
            [
                "Föreningar i kommunens föreningsregister",
                "Kommunala pensionärsrådet",
                "Rådet för funktionshinderfrågor",
                "Samtliga nämnder",
            ],
        ),
        (
            "small",
            "Frågor om förslaget: kommunledningsförvaltningen, iop@hoganas.se.",
        ),
    ],
)


# Södertälje: a policy adopted by kommunfullmäktige that covers föreningsbidrag (grundvillkor:
# minst 20 medlemmar, tio of them in the kommun, one year, säte; aktivitetsbidrag 7–25 år;
# bidrag till pensionärsföreningar with minst 30 medlemmar över 65 år; utvecklingsstöd) and, in
# chapter 5, IOP with its own conditions: the grundvillkor do not apply except registration in
# the föreningsregister; a svb owned by an ideell förening may be a party; minst två år; minst
# 15 procent with 270 kronor; högst 150 kronor per termin; no aktivitetsbidrag or projektstöd for
# the same activity; två till fyra år; 30 april, two months, nämnder up to 600 000 kronor,
# payment in January and September, 15 april, six months' notice. Two contacts.
SODERTALJE_POLICY = Doc(
    path="corpus/sodertalje/sodertalje-policy-foreningsstod-och-iop.pdf",
    title="Policy för stöd till föreningslivet och idéburet offentligt partnerskap",
    header_left="Södertälje kommun",
    header_right=["POLICY", "KS 2024/455"],
    footer_lines=[
        "Södertälje kommun · Kultur- och fritidskontoret · 151 89 Södertälje · "
        "Kontaktcenter 08-523 060 00 · kommunen@sodertalje.se",
    ],
    author="Kultur- och fritidskontoret, Södertälje kommun",
    blocks=[
        ("h1", "Policy för stöd till föreningslivet och idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Dokumenttyp", "Policy"),
                ("Antagen av", "Kommunfullmäktige 2024-11-25, § 167"),
                ("Gäller från", "2025-01-01"),
                ("Ansvarig", "Kultur- och fritidsnämnden"),
                ("Ersätter", "Bidragsnormer för föreningar (KF 2015) och Riktlinjer för IOP (KS 2018)"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Södertälje kommun vill ha ett starkt och självständigt föreningsliv i hela kommunen – "
            "i Södertälje stad, Järna, Hölö, Mölnbo och Enhörna. Policyn samlar kommunens regler för "
            "föreningsbidrag och för idéburet offentligt partnerskap (IOP). Kapitel 2–4 handlar om "
            "föreningsbidrag och utvecklingsstöd. Kapitel 5 handlar om IOP, som har egna villkor.",
        ),
        ("h2", "2 Grundvillkor för föreningsbidrag"),
        ("p", "För att kunna få föreningsbidrag ska en förening"),
        (
            "ul",
            [
                "vara registrerad i kommunens föreningsregister,",
                "ha minst 20 medlemmar, varav minst tio är bosatta i Södertälje kommun,",
                "ha sitt säte i kommunen,",
                "ha bedrivit verksamhet i minst ett år,",
                "vara demokratiskt uppbyggd med stadgar, styrelse och årsmöte.",
            ],
        ),
        ("h2", "3 Föreningsbidragen"),
        ("h3", "3.1 Aktivitetsbidrag"),
        (
            "p",
            "Aktivitetsbidrag lämnas för verksamhet för barn och unga i åldern 7–25 år med 22 "
            "kronor per deltagare och sammankomst. Ansökan görs två gånger per år, senast den 25 "
            "augusti och den 25 februari.",
        ),
        ("h3", "3.2 Lokalbidrag"),
        (
            "p",
            "Föreningar som hyr egna lokaler för barn- och ungdomsverksamhet kan få lokalbidrag "
            "med högst 35 procent av hyran. Ansökan senast den 1 november.",
        ),
        ("h3", "3.3 Bidrag till pensionärsföreningar"),
        (
            "p",
            "Pensionärsföreningar med minst 30 medlemmar som har fyllt 65 år får ett grundbidrag "
            "om 80 kronor per sådan medlem och år. Ansökan ska ha kommit in senast den 15 februari.",
        ),
        ("h2", "4 Utvecklingsstöd"),
        (
            "p",
            "Föreningar kan söka utvecklingsstöd om högst 75 000 kronor för ett projekt som pågår i "
            "högst ett år. Ansökan senast den 1 mars eller den 1 oktober. Utvecklingsstöd är inte "
            "ett IOP.",
        ),
        ("h2", "5 Idéburet offentligt partnerskap (IOP)"),
        ("h3", "5.1 Vad skiljer IOP från bidrag?"),
        (
            "p",
            "Ett föreningsbidrag stöder föreningens egen verksamhet. I ett IOP kommer kommunen och "
            "en idéburen organisation i stället överens om att tillsammans driva en ny eller "
            "utvecklad verksamhet under flera år, med gemensamma mål. Initiativet ska komma från "
            "organisationen, och kommunen betalar inte per deltagare eller per timme.",
        ),
        ("h3", "5.2 Villkor"),
        (
            "p",
            "För IOP gäller villkoren i detta kapitel. Grundvillkoren i kapitel 2 gäller inte, med "
            "undantag för kravet på registrering i föreningsregistret.",
        ),
        (
            "ol",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund. Även ett aktiebolag med särskild vinstutdelningsbegränsning (svb) som "
                "helt ägs av en ideell förening kan vara part. Andra bolag kan inte vara part.",
                "Organisationen har bedrivit verksamhet i minst två år.",
                "Initiativet kommer från organisationen.",
                "Verksamheten bedrivs i Södertälje kommun och är öppen för alla i målgruppen, "
                "oavsett medlemskap.",
                "Organisationen bidrar med minst 15 procent av kostnaden. Ideellt arbete räknas med "
                "270 kronor per timme.",
                "Deltagaravgifter får tas ut med högst 150 kronor per termin.",
                "Verksamheten får inte samtidigt få aktivitetsbidrag eller utvecklingsstöd från "
                "kommunen.",
                "Partnerskapet gäller i två till fyra år.",
            ],
        ),
        (
            "p",
            "Kommunen välkomnar särskilt idéer som når Järna, Hölö, Mölnbo eller Enhörna. Det är "
            "inget villkor.",
        ),
        ("h3", "5.3 Idéskiss och beslut"),
        (
            "p",
            "Idéskissen lämnas i kommunens e-tjänst eller skickas till iop@sodertalje.se. Inför ett "
            "partnerskap som ska börja vid årsskiftet ska idéskissen ha kommit in senast den 30 "
            "april. Organisationen får besked inom två månader om idén går vidare till dialog.",
        ),
        (
            "p",
            "Kultur- och fritidsnämnden, socialnämnden eller äldrenämnden beslutar om partnerskap "
            "upp till 600 000 kronor per år, beroende på vilken nämnd verksamheten berör. Större "
            "partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h3", "5.4 Utbetalning, redovisning och uppsägning"),
        (
            "p",
            "Kommunens bidrag betalas ut i förskott två gånger per år, i januari och september. "
            "Organisationen redovisar verksamhet och ekonomi för föregående år senast den 15 april. "
            "Vardera parten kan säga upp överenskommelsen med sex månaders uppsägningstid.",
        ),
        ("h2", "6 Kontakt"),
        (
            "table",
            (55, 105),
            [
                ["Fråga om", "Kontakt"],
                [
                    "Föreningsbidrag, utvecklingsstöd och föreningsregistret",
                    "Kultur- och fritidskontoret, 08-523 064 10, foreningsbidrag@sodertalje.se",
                ],
                [
                    "Idéburet offentligt partnerskap",
                    "Nadia Ekström, strateg civilsamhälle, 08-523 061 75, iop@sodertalje.se",
                ],
            ],
        ),
    ],
)


DOCS = [
    TIERP_INFOBLAD,
    TIERP_PROTOKOLL,
    EKSJO_RIKTLINJE,
    HOGANAS_REMISS,
    SODERTALJE_POLICY,
]
