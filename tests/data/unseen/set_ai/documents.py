"""Text of the set_ai documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The other documents of the set (HTML, Markdown, plain text and the sidecars) are ordinary
files in ``corpus/``:

- vingaker/vingaker-iop-villkor.html: the criteria as a three-column table whose last column
  says what is NOT enough; cookie banner, menu, "Senast uppdaterad". Sidecar.
- lekeberg/lekeberg-iop-sa-fungerar-det.md: the criteria in running prose, "ska" (a requirement)
  against "bör" (not a requirement), with an exception for associations seated elsewhere.
  No sidecar.
- filipstad/filipstad-iop-fragor-och-svar.html: an FAQ accordion (button + panel); says that the
  proposal for new guidelines is not decided. No sidecar.
- smedjebacken/smedjebacken-facebook-vadkaffet.txt: a Facebook-style post with comments about a
  signed partnership. No sidecar.
- robertsfors/robertsfors-stod-till-foreningar.html: föreningsbidrag, LOU procurement and IOP on
  one page; the föreningsbidrag rules do not apply to IOP. No sidecar.
- vaxholm/vaxholm-iop-information-in-english.html: an English page with current partnerships.
  Sidecar.
- vaxholm/vaxholm-nyhet-iop-traff-2026.md: a news item about an information meeting. Sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Vingåker: a protocol extract of vård- och omsorgsnämnden with two paragraphs: § 18 decides an
# IOP with Baggetorps Bygdegårdsförening (Träffpunkt Baggetorp, 165 000 kronor per år,
# 2026-04-01 to 2028-12-31, VON 2025/214); § 19 turns down an idea from an association formed in
# May 2024 (the three-year rule). The handläggare is named without a phone number; the only
# contacts are the switchboard and a functional mailbox in the footer. Sidecar.
VINGAKER_PROTOKOLL = Doc(
    path="corpus/vingaker/vingaker-von-protokollsutdrag-2026-02-24.pdf",
    title="Vård- och omsorgsnämnden Vingåker – protokollsutdrag 2026-02-24 §§ 18–19",
    header_left="Vingåkers kommun",
    header_right=["PROTOKOLLSUTDRAG", "Vård- och omsorgsnämnden", "Sammanträdesdatum 2026-02-24"],
    footer_lines=[
        "Vingåkers kommun · Vård- och omsorgsförvaltningen · Parkgatan 4, 643 30 Vingåker · "
        "Växel 0151-192 00 · vof@vingaker.se"
    ],
    author="Vård- och omsorgsförvaltningen, Vingåkers kommun",
    blocks=[
        ("h1", "Vård- och omsorgsnämnden"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-24"),
                ("Plats och tid", "Sessionssalen, kommunhuset, kl. 13.00–15.40"),
                ("Paragrafer", "§§ 18–19 (utdrag)"),
                ("Justeringsdatum", "2026-03-02"),
                ("Anslaget på kommunens anslagstavla", "2026-03-03 – 2026-03-24"),
            ],
        ),
        ("h2", "§ 18  Idéburet offentligt partnerskap med Baggetorps Bygdegårdsförening – "
               "Träffpunkt Baggetorp"),
        ("bold", "Dnr VON 2025/214"),
        ("h3", "Beslut"),
        ("p", "Vård- och omsorgsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Baggetorps "
                "Bygdegårdsförening, org.nr 817603-4418, om verksamheten Träffpunkt Baggetorp,",
                "att partnerskapet gäller från 2026-04-01 till 2028-12-31,",
                "att nämndens bidrag är 165 000 kronor per år, för 2026 dock 123 750 kronor, och "
                "betalas ut kvartalsvis i förskott,",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Baggetorps Bygdegårdsförening bildades 1987 och har 112 medlemmar. Föreningen "
            "lämnade den 14 oktober 2025 in en idéskiss om en träffpunkt för personer som har "
            "fyllt 65 år och bor i Baggetorp med omnejd. Träffpunkten ska hålla öppet i "
            "bygdegården tisdagar och fredagar kl. 11–15 med sopplunch, sittgympa, "
            "cirkelverksamhet och samtal. Sopplunchen kostar 35 kronor, i övrigt är det gratis "
            "att delta. Verksamheten är öppen för alla i målgruppen, oavsett medlemskap.",
        ),
        (
            "p",
            "Verksamhetens kostnad beräknas till 217 000 kronor per år. Föreningens egen insats "
            "värderas till 52 000 kronor per år, motsvarande 24 procent, och består av cirka "
            "180 ideella timmar och bygdegårdens lokaler. Kommunens del är 165 000 kronor per år.",
        ),
        (
            "p",
            "Förvaltningen har fört dialog med föreningen vid tre tillfällen under november och "
            "december 2025. Förvaltningen bedömer att idén uppfyller kommunens villkor för "
            "idéburet offentligt partnerskap och att den svarar mot nämndens prioritering att "
            "bryta ensamhet bland äldre utanför centralorten.",
        ),
        ("h3", "Uppföljning"),
        (
            "p",
            "Föreningen lämnar en skriftlig redovisning av verksamheten och ekonomin senast den "
            "31 januari varje år. Ett gemensamt uppföljningsmöte hålls varje höst.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-02-05, Nils-Erik Fagerlund, utvecklingsstrateg",
                "Idéskiss från Baggetorps Bygdegårdsförening, 2025-10-14",
                "Förslag till överenskommelse om idéburet offentligt partnerskap",
            ],
        ),
        ("small", "Beslutet skickas till: Baggetorps Bygdegårdsförening, ekonomienheten, "
                  "förvaltningschefen"),
        ("h2", "§ 19  Idéskiss från Högsjö Trädgårdsvänner – Gröna seniorer"),
        ("bold", "Dnr VON 2025/236"),
        ("h3", "Beslut"),
        (
            "p",
            "Vård- och omsorgsnämnden beslutar att inte gå vidare med idéskissen Gröna seniorer "
            "som idéburet offentligt partnerskap.",
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Högsjö Trädgårdsvänner lämnade den 3 november 2025 in en idéskiss om "
            "trädgårdsträffar för äldre i Högsjö. Föreningen bildades i maj 2024 och uppfyller "
            "därför inte villkoret att föreningen ska ha funnits i minst tre år när idéskissen "
            "kommer in. Den tid då gruppen träffades som studiecirkel före bildandet räknas inte.",
        ),
        (
            "p",
            "Förvaltningen har informerat föreningen om möjligheten att söka aktivitetsbidrag "
            "hos kultur- och fritidsnämnden. Föreningen är välkommen att lämna en ny idéskiss "
            "tidigast i maj 2027.",
        ),
        ("small", "Beslutet skickas till: Högsjö Trädgårdsvänner"),
        ("h2", "Justering"),
        (
            "kv",
            [
                ("Ordförande", "Margareta Lindh Olofsson"),
                ("Justerare", "Tord Bäckström"),
                ("Sekreterare", "Emma Hjort"),
            ],
        ),
        ("small", "Utdragsbestyrkande: Emma Hjort, nämndsekreterare, 2026-03-02"),
    ],
)


# Lekeberg: an application form (idéskiss) as Word with checkboxes; bilagor, högst tre sidor,
# 31 mars, högst 300 kronor per termin, a per-partnership ceiling of 150 000 kronor per år that
# stands only here. Sidecar.
LEKEBERG_BLANKETT = Doc(
    path="corpus/lekeberg/lekeberg-blankett-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Lekebergs kommun",
    header_left="Lekebergs kommun · Blankett KLK 14 · version 2025-01",
    footer_lines=[
        "Lekebergs kommun · Kommunledningskontoret · 716 81 Fjugesta · Växel 0585-487 00 · "
        "iop@lekeberg.se"
    ],
    author="Kommunledningskontoret, Lekebergs kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Fyll i blanketten och skicka den med e-post till iop@lekeberg.se eller med post till "
            "Lekebergs kommun, Kommunledningskontoret, 716 81 Fjugesta. Idéskisser som kommer in "
            "senast den 31 mars kan ingå i budgetarbetet för nästa år.",
        ),
        ("small", "Idéskissen får vara högst tre sidor, bilagor oräknade."),
        ("h2", "1. Organisationen"),
        (
            "kv",
            [
                ("Organisationens namn", "______________________________"),
                ("Organisationsnummer", "______________________________"),
                ("Bildad (år och månad)", "______________________________"),
                ("Antal medlemmar", "______________________________"),
                ("Kontaktperson, telefon och e-post", "______________________________"),
            ],
        ),
        ("p", "Organisationsform (kryssa i):"),
        (
            "lines",
            [
                "☐ Ideell förening",
                "☐ Stiftelse",
                "☐ Annan: ____________ (aktiebolag och ekonomiska föreningar kan inte ingå IOP)",
            ],
        ),
        ("h2", "2. Idén"),
        (
            "lines",
            [
                "Vilket behov vill ni möta? ______________________________",
                "Vad vill ni göra, hur ofta och när? ______________________________",
                "Hur når ni dem som inte är medlemmar? ______________________________",
            ],
        ),
        ("p", "Målgrupp (kryssa i en eller flera):"),
        (
            "lines",
            [
                "☐ Äldre, 65 år och äldre",
                "☐ Anhöriga till äldre",
                "☐ Barn och unga",
                "☐ Personer med funktionsnedsättning",
                "☐ Annan: ____________",
            ],
        ),
        ("p", "Var ska verksamheten bedrivas? (kryssa i)"),
        (
            "lines",
            [
                "☐ Fjugesta",
                "☐ Mullhyttan",
                "☐ Lanna",
                "☐ Hidinge",
                "☐ Annan plats i kommunen: ____________",
            ],
        ),
        ("h2", "3. Ekonomi"),
        (
            "table",
            (70, 30),
            [
                ("Post", "Kronor per år"),
                ("Egen insats – ideellt arbete (antal timmar × 200 kronor)", ""),
                ("Egen insats – lokaler och material", ""),
                ("Egen insats – pengar (medlemsavgifter, sponsring, insamling)", ""),
                ("Önskat bidrag från kommunen", ""),
                ("Verksamhetens totala kostnad", ""),
            ],
        ),
        ("p", "Deltagaravgift per termin: ________ kronor (högst 300 kronor)"),
        ("small", "Kommunens del i ett enskilt partnerskap är högst 150 000 kronor per år."),
        ("h2", "4. Vi intygar (alla rutor ska vara ikryssade)"),
        (
            "lines",
            [
                "☐ Föreningen har stadgar, en vald styrelse och organisationsnummer.",
                "☐ Verksamheten är öppen även för den som inte är medlem, till samma pris.",
                "☐ Verksamheten är inte partipolitisk och innehåller ingen religiös förkunnelse.",
                "☐ Medel från partnerskapet delas inte ut till medlemmar eller styrelse.",
            ],
        ),
        ("h2", "5. Bilagor (kryssa i det ni skickar med)"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Protokoll från senaste årsmötet",
                "☐ Senaste verksamhetsberättelse och ekonomiska redovisning (om sådan finns)",
                "☐ Budget för verksamheten",
            ],
        ),
        ("h2", "6. Underskrift av firmatecknare"),
        (
            "kv",
            [
                ("Ort och datum", "______________________________"),
                ("Namnteckning", "______________________________"),
                ("Namnförtydligande", "______________________________"),
            ],
        ),
        (
            "small",
            "Lekebergs kommun behandlar personuppgifterna i blanketten för att handlägga "
            "idéskissen. Läs mer på lekeberg.se/personuppgifter.",
        ),
    ],
)


# Filipstad: a consultation response from an association (Lesjöfors Seniorförening) on the
# kommun's draft guidelines. It states the draft's numbers (30 procent, 65 år, 40 kronor, no
# member requirement, all year) and its own wishes (10 procent, 250 kronor per timme, 80 kronor).
# None of it is the kommun's rule. Sidecar (doc_type remissvar).
FILIPSTAD_REMISSVAR = Doc(
    path="corpus/filipstad/filipstad-remissvar-lesjofors-seniorforening-2026.pdf",
    title="Remissvar från Lesjöfors Seniorförening – förslag till nya riktlinjer för IOP i "
          "Filipstads kommun",
    header_left="Lesjöfors Seniorförening",
    header_right=["Remissvar", "Er beteckning KS 2025/311", "2026-03-24"],
    footer_lines=[
        "Lesjöfors Seniorförening · org.nr 802449-6120 · c/o Åberg, Stålvägen 7, 682 40 "
        "Lesjöfors"
    ],
    author="Lesjöfors Seniorförening",
    blocks=[
        ("lines", ["Till", "Filipstads kommun", "Kommunstyrelsen", "682 81 Filipstad"]),
        ("h1", "Yttrande över förslag till nya riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Lesjöfors Seniorförening har tagit del av kommunstyrelsens förslag till nya "
            "riktlinjer för idéburet offentligt partnerskap (IOP), som har skickats på remiss "
            "till föreningarna i kommunen med svar senast den 31 mars 2026. Vi är en förening med "
            "58 medlemmar som har funnits sedan 2009, och vi har under flera år drivit "
            "måndagscaféet i Folkets hus i Lesjöfors. Här är våra synpunkter.",
        ),
        ("h2", "1. Egen insats"),
        (
            "p",
            "I förslaget höjs kravet på egen insats från 25 till 30 procent av kostnaden. Vi "
            "föreslår i stället att kravet sänks till 10 procent. Små föreningar i kommunens "
            "ytterområden har få aktiva medlemmar, och de som orkar gör redan mycket.",
        ),
        ("h2", "2. Värdet av en ideell timme"),
        (
            "p",
            "Förslaget behåller värdet 180 kronor per timme. Vi föreslår att en ideell timme "
            "räknas som 250 kronor, eftersom det bättre motsvarar vad arbetet skulle kosta om "
            "kommunen köpte det.",
        ),
        ("h2", "3. Åldersgräns"),
        (
            "p",
            "Förslaget höjer åldersgränsen för seniorverksamhet till 65 år. Vi vill att den "
            "nuvarande gränsen på 60 år behålls. Många som har gått i pension tidigt, eller som "
            "har slutat arbeta av hälsoskäl, behöver en mötesplats.",
        ),
        ("h2", "4. Avgifter"),
        (
            "p",
            "Förslaget sänker den högsta avgiften till 40 kronor per tillfälle. Vi föreslår "
            "att gränsen i stället höjs till 80 kronor per tillfälle, så att en enkel lunch kan "
            "ingå.",
        ),
        ("h2", "5. Ansökningstider och medlemsantal"),
        (
            "p",
            "Vi stöder förslaget att kommunen ska ta emot idéskisser hela året i stället för vid "
            "två tillfällen. Vi stöder också att kravet på minst 15 medlemmar tas bort.",
        ),
        ("h2", "6. Övrigt"),
        (
            "p",
            "Vi önskar att kommunen ordnar en träff i Lesjöfors om de nya riktlinjerna innan "
            "kommunfullmäktige fattar beslut.",
        ),
        ("p", "Yttrandet har beslutats av styrelsen den 19 mars 2026."),
        (
            "lines",
            [
                "För Lesjöfors Seniorförening",
                "",
                "Gunnel Åberg, ordförande",
                "Telefon 070-214 55 83",
            ],
        ),
    ],
)


# Smedjebacken: a letterhead information sheet from socialförvaltningen inviting ideas for a 2026
# round (70 år, minst två år, minst tio medlemmar, 30 kronor per tillfälle, minst 10 procent,
# no second partnership for one association, dates in a table). The förvaltningschef is named,
# but the only contacts are the switchboard and a functional mailbox in the footer. Sidecar.
SMEDJEBACKEN_INFORMATION = Doc(
    path="corpus/smedjebacken/smedjebacken-information-iop-aldre-2026.pdf",
    title="Information till föreningar – idéburet offentligt partnerskap för äldre 2026",
    header_left="SMEDJEBACKENS KOMMUN",
    header_right=["Socialförvaltningen", "2026-03-09"],
    footer_lines=[
        "Smedjebackens kommun · Socialförvaltningen · 777 81 Smedjebacken",
        "Växel 0240-66 50 00 · iop.social@smedjebacken.se · smedjebacken.se",
    ],
    letterhead=True,
    author="Socialförvaltningen, Smedjebackens kommun",
    blocks=[
        ("h1", "Har er förening en idé som gör vardagen bättre för äldre?"),
        (
            "p",
            "Socialnämnden i Smedjebacken bjuder in föreningar att lämna idéer om idéburet "
            "offentligt partnerskap (IOP) för äldre. Nämnden har avsatt 240 000 kronor per år "
            "för nya partnerskap som startar hösten 2026. Vi vill särskilt ha idéer som minskar "
            "ensamhet, får fler att röra på sig eller hjälper äldre att klara vardagen digitalt.",
        ),
        ("h2", "Villkor i den här omgången"),
        (
            "ul",
            [
                "Verksamheten ska vända sig till personer som har fyllt 70 år.",
                "Föreningen ska vara ideell, ha funnits i minst två år och ha minst tio "
                "medlemmar.",
                "Verksamheten ska vara öppen för alla i målgruppen. Föreningen får kräva att man "
                "anmäler sig i förväg.",
                "Deltagarna får betala högst 30 kronor per tillfälle.",
                "Föreningen ska stå för minst 10 procent av kostnaden, i pengar, ideellt arbete "
                "eller lokaler.",
                "Verksamheten ska bedrivas i kommunen. Idéer från Söderbärke, Vad, "
                "Morgårdshammar och Hagge prioriteras.",
                "Föreningen får inte dela ut vinst till medlemmar.",
                "Verksamheten får inte vara partipolitisk eller religiös.",
                "Föreningar som redan har ett partnerskap med socialnämnden kan inte få ett till "
                "i den här omgången.",
            ],
        ),
        ("h2", "Viktiga datum"),
        (
            "table",
            (60, 40),
            [
                ("Vad", "När"),
                ("Informationsmöte i Medborgarhuset, Smedjebacken", "21 april 2026 kl. 14.00"),
                ("Sista dag att lämna idéskiss", "15 maj 2026"),
                ("Dialogmöten med föreningarna", "vecka 22–23"),
                ("Beslut i socialnämnden", "17 juni 2026"),
                ("Partnerskapen startar", "1 september 2026"),
            ],
        ),
        ("h2", "Så lämnar ni in er idé"),
        (
            "p",
            "Beskriv idén på högst två sidor: vad ni vill göra, för vem, var, vad det kostar och "
            "vad föreningen själv bidrar med. Skicka idéskissen med e-post till "
            "socialförvaltningens funktionsbrevlåda eller med post till adressen nedan. Märk den "
            "”IOP äldre 2026”. Anmälan till informationsmötet görs till samma brevlåda.",
        ),
        (
            "p",
            "Partnerskapen i den här omgången gäller i två år, från 1 september 2026 till "
            "31 augusti 2028, och kan förlängas med ett år.",
        ),
        ("p", "Välkomna med era idéer!"),
        ("lines", ["Åsa Grönlund Berg", "Förvaltningschef, socialförvaltningen"]),
    ],
)


DOCS = [
    VINGAKER_PROTOKOLL,
    LEKEBERG_BLANKETT,
    FILIPSTAD_REMISSVAR,
    SMEDJEBACKEN_INFORMATION,
]
