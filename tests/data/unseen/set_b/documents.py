"""Text of the set_b (check set) documents that are PDF or Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

This is the CHECK set: engine authors should not read it (see ../README.md).

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""


Doc = dict  # the fields of build.py's Doc


OSTERSUND_RIKTLINJE = Doc(
    path="corpus/ostersund/ostersund-riktlinje-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap (IOP)",
    header_left="Östersunds kommun",
    header_right=["Riktlinje för idéburet offentligt partnerskap"],
    footer_lines=[
        "Östersunds kommun  ·  831 82 Östersund  ·  Växel 063-14 30 00  ·  www.ostersund.se"
    ],
    author="Kommunledningsförvaltningen, Östersunds kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige"),
                ("Datum", "2023-11-23, § 162"),
                ("Diarienummer", "KS 2023/512"),
                ("Gäller till och med", "2027-12-31"),
                ("Ansvarig", "Kommunstyrelsen"),
            ],
        ),
        ("h2", "1. Bakgrund och syfte"),
        (
            "p",
            "Östersunds kommun och det civila samhället har sedan 2019 en lokal överenskommelse "
            "om samverkan. Idéburet offentligt partnerskap är en av de samverkansformer som "
            "överenskommelsen pekar på. Riktlinjen ska göra det tydligt för både föreningar och "
            "förvaltningar när ett IOP kan ingås, hur ansökan prövas och hur partnerskapet "
            "följs upp.",
        ),
        ("h2", "2. Kriterier"),
        (
            "p",
            "Alla kriterier i tabellen ska vara uppfyllda. Kolumnen Underlag visar vad "
            "organisationen behöver lämna för att kriteriet ska kunna bedömas.",
        ),
        (
            "table",
            (24, 52, 24),
            [
                ("Kriterium", "Krav", "Underlag"),
                (
                    "Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund. Aktiebolag, även "
                    "aktiebolag med särskild vinstutdelningsbegränsning (svb), kan inte ingå IOP.",
                    "Stadgar och registreringsbevis",
                ),
                (
                    "Lokal förankring",
                    "Organisationen har säte eller en lokalavdelning i Östersunds kommun.",
                    "Stadgar",
                ),
                ("Eget initiativ", "Idén kommer från organisationen själv.", "Idébeskrivning"),
                (
                    "Samhällsnytta",
                    "Verksamheten bidrar till målen i kommunens program för social hållbarhet.",
                    "Idébeskrivning",
                ),
                (
                    "Egen insats",
                    "Organisationen bidrar med egna resurser, till exempel ideella timmar, "
                    "lokaler eller egna medel. Någon fast andel krävs inte.",
                    "Budget",
                ),
                (
                    "Konkurrens",
                    "Verksamheten får inte avse tjänster som kommunen köper på marknaden, till "
                    "exempel hemtjänst, ledsagning eller städning.",
                    "Kommunens bedömning",
                ),
                (
                    "Avgränsning mot bidrag",
                    "Ett IOP ersätter inte föreningsbidrag och kan inte användas för "
                    "organisationens ordinarie drift.",
                    "Budget",
                ),
                (
                    "Varaktighet",
                    "Överenskommelsen gäller i högst fem år och kan förlängas en gång.",
                    "–",
                ),
            ],
        ),
        ("h2", "3. Handläggning"),
        (
            "lines",
            [
                "Steg 1. Dialog: organisationen kontaktar kommunens strateg för civilsamhälle.",
                "Steg 2. Ansökan: organisationen ansöker i e-tjänsten Ansökan om idéburet "
                "offentligt partnerskap.",
                "Steg 3. Prövning: kommunledningsförvaltningen prövar ansökan mot kriterierna "
                "och gör en rättslig prövning mot reglerna om upphandling och statsstöd.",
                "Steg 4. Beslut: den nämnd som ansvarar för området fattar beslut.",
                "Steg 5. Överenskommelse: parterna undertecknar överenskommelsen.",
                "Steg 6. Uppföljning: parterna håller ett gemensamt uppföljningsmöte minst en "
                "gång per år.",
            ],
        ),
        (
            "p",
            "Handläggningstiden från komplett ansökan till beslut är normalt 10–12 veckor.",
        ),
        ("h2", "4. Uppföljning"),
        (
            "p",
            "Uppföljningen ska utgå från de mål parterna har kommit överens om och ska inte "
            "innebära mer administration än vad verksamhetens storlek motiverar. Vid behov kan "
            "överenskommelsen justeras efter gemensamt beslut.",
        ),
        ("h2", "5. Kontakt"),
        (
            "p",
            "Malin Brännström, strateg civilsamhälle, kommunledningsförvaltningen. Telefon "
            "063-14 32 08. E-post malin.brannstrom@ostersund.se.",
        ),
    ],
)

ALINGSAS_INFORMATIONSBLAD = Doc(
    path="corpus/alingsas/alingsas-aktiva-seniorer-iop.docx",
    title="Aktiva seniorer i Alingsås – idéburet offentligt partnerskap 2025–2026",
    header_left="Alingsås kommun  –  Äldre- och omsorgsförvaltningen",
    footer_lines=["Informationsblad, augusti 2024"],
    author="Äldre- och omsorgsförvaltningen, Alingsås kommun",
    blocks=[
        ("h1", "Aktiva seniorer i Alingsås – idéburet offentligt partnerskap 2025–2026"),
        (
            "p",
            "Äldre- och omsorgsnämnden vill tillsammans med föreningslivet ge fler äldre "
            "möjlighet att röra på sig och träffa andra. Därför bjuder nämnden in föreningar "
            "att ingå idéburet offentligt partnerskap (IOP) inom satsningen Aktiva seniorer. "
            "Nämnden har avsatt 600 000 kronor per år till satsningen, och varje förening kan "
            "få högst 150 000 kronor per år.",
        ),
        ("h2", "Villkor för partnerskap"),
        (
            "ol",
            [
                "Föreningen är en ideell förening med säte i Alingsås kommun och finns i "
                "föreningsregistret.",
                "Verksamheten främjar hälsa, rörelse eller gemenskap för personer som är 70 år "
                "eller äldre.",
                "Aktiviteterna är öppna för alla i målgruppen, oavsett om man är medlem i "
                "föreningen eller inte.",
                "Aktiviteterna är avgiftsfria. En deltagaravgift på högst 50 kronor per "
                "tillfälle får tas ut för material eller fika.",
                "Föreningen planerar och leder aktiviteterna själv. Nämnden bidrar med pengar "
                "och kan låna ut lokaler.",
                "Verksamheten är partipolitiskt obunden och innehåller ingen religiös förkunnelse.",
                "Föreningen lämnar en skriftlig återrapport senast den 31 januari varje år.",
            ],
        ),
        ("h2", "Viktiga datum"),
        (
            "table",
            (30, 70),
            [
                ("När", "Vad"),
                ("17 september 2024 kl. 14.00", "Informationsträff i Estrad, Alingsås"),
                ("15 oktober 2024", "Sista dag för intresseanmälan"),
                ("November 2024", "Dialogmöten med varje förening"),
                ("December 2024", "Beslut i äldre- och omsorgsnämnden"),
                ("1 januari 2025", "Partnerskapen startar"),
            ],
        ),
        ("h2", "Så anmäler ni intresse"),
        (
            "p",
            "Fyll i blanketten Intresseanmälan – Aktiva seniorer och skicka den till "
            "kerstin.alm@alingsas.se. Beskriv kort vad ni vill göra, för vilka och vad "
            "föreningen själv bidrar med.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Kerstin Alm, utvecklingsledare, äldre- och omsorgsförvaltningen. Telefon "
            "0322-61 62 40. E-post kerstin.alm@alingsas.se. Kommunens växel: 0322-61 60 00.",
        ),
    ],
)

PITEA_PROTOKOLL = Doc(
    path="corpus/pitea/pitea-ks-protokollsutdrag-2023-05-22.pdf",
    title="Protokollsutdrag Kommunstyrelsen 2023-05-22 § 101",
    header_left="PITEÅ KOMMUN",
    header_right=["Protokollsutdrag", "Kommunstyrelsen", "Sammanträdesdatum 2023-05-22"],
    footer_lines=["Justerandes sign ............        Utdragsbestyrkande ............"],
    author="Kommunstyrelsen, Piteå kommun",
    blocks=[
        ("h2", "§ 101"),
        ("h1", "Principer för idéburet offentligt partnerskap i Piteå kommun"),
        ("small", "Diarienummer KS 2023/318"),
        ("bold", "Kommunstyrelsens beslut"),
        ("p", "Kommunstyrelsen beslutar"),
        (
            "lines",
            [
                "1. att anta Principer för idéburet offentligt partnerskap i Piteå kommun enligt "
                "nedan,",
                "2. att principerna gäller från och med den 1 juli 2023, samt",
                "3. att varje nämnd ska redovisa sina partnerskap i årsredovisningen.",
            ],
        ),
        ("bold", "Sammanfattning av ärendet"),
        (
            "p",
            "Kommunstyrelsen gav 2022 kommunledningsförvaltningen i uppdrag att ta fram "
            "gemensamma principer för idéburet offentligt partnerskap (IOP). Förslaget har "
            "tagits fram av utvecklingsstrateg Johan Lindbäck i dialog med Piteå Föreningsråd "
            "och förvaltningarna. Kontaktperson för ärendet och för frågor om IOP är Johan "
            "Lindbäck, kommunledningsförvaltningen, telefon 0911-69 61 47, e-post "
            "johan.lindback@pitea.se.",
        ),
        ("bold", "Principer"),
        (
            "ol",
            [
                "Partnerskapet ska utgå från en samhällsutmaning som anges i Piteå kommuns mål "
                "för social hållbarhet.",
                "Den idéburna organisationen ska vara fristående från kommunen, partipolitiskt "
                "obunden och inte drivas i vinstsyfte.",
                "Båda parter bidrar med resurser. Kommunens del får inte överstiga 90 procent "
                "av verksamhetens kostnader.",
                "Partnerskapet får inte avse myndighetsutövning eller lagstadgade insatser som "
                "kommunen ansvarar för, till exempel biståndsbedömda insatser.",
                "En överenskommelse gäller i högst fyra år.",
                "Varje överenskommelse prövas av kommunens jurist innan beslut fattas.",
                "Beslut fattas av den nämnd som ansvarar för verksamhetsområdet.",
            ],
        ),
        ("bold", "Yrkanden"),
        ("p", "Ordföranden Nils-Erik Sundqvist (S) yrkar bifall till förvaltningens förslag."),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden frågar om kommunstyrelsen bifaller förvaltningens förslag och finner "
            "att så sker.",
        ),
        ("bold", "Beslutet skickas till"),
        ("lines", ["Samtliga nämnder", "Piteå Föreningsråd"]),
    ],
)

OSKARSHAMN_YTTRANDE = Doc(
    path="corpus/oskarshamn/oskarshamn-kpr-yttrande-iop.pdf",
    title="Yttrande över förslag till riktlinjer för idéburet offentligt partnerskap",
    header_left="Kommunala pensionärsrådet i Oskarshamn",
    header_right=["YTTRANDE", "2024-02-12", "Ert dnr: KS 2023/877"],
    footer_lines=[
        "Oskarshamns kommun  ·  Kommunala pensionärsrådet  ·  Box 706, 572 28 Oskarshamn  ·  "
        "Växel 0491-880 00"
    ],
    author="Kommunala pensionärsrådet, Oskarshamns kommun",
    blocks=[
        ("small", "Till: Kommunstyrelsen, Oskarshamns kommun"),
        ("h1", "Yttrande över förslag till riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Kommunala pensionärsrådet (KPR) har fått kommunstyrelsens förslag till riktlinjer "
            "för idéburet offentligt partnerskap på remiss och lämnar här sitt yttrande. KPR "
            "välkomnar att kommunen vill samarbeta mer med föreningslivet och att "
            "pensionärsorganisationerna kan bli partner till kommunen.",
        ),
        ("h2", "Förslaget i korthet"),
        (
            "p",
            "Enligt förslaget ska en förening ha bedrivit verksamhet i kommunen i minst tre år, "
            "stå för minst 30 procent av kostnaderna och ansöka senast den 1 april för att "
            "partnerskapet ska kunna starta året därpå.",
        ),
        ("h2", "KPR:s synpunkter"),
        (
            "ol",
            [
                "Kravet på tre års verksamhet bör sänkas till ett år. Många nya "
                "seniorföreningar och nätverk skulle annars stängas ute.",
                "Ideellt arbete bör räknas in i föreningens egen insats. Pensionärsföreningar "
                "har sällan egna pengar men desto fler frivilliga.",
                "Pensionärsorganisationerna bör få en given plats i uppföljningen av partnerskap "
                "som rör äldre.",
                "Förslaget anger bara kommunens växel som kontaktväg. KPR anser att det behövs "
                "en namngiven kontaktperson på kommunen.",
            ],
        ),
        (
            "p",
            "I övrigt tillstyrker KPR förslaget. KPR vill gärna följa det fortsatta arbetet "
            "med riktlinjerna.",
        ),
        ("p", "För Kommunala pensionärsrådet i Oskarshamn"),
        ("lines", ["Gunnel Ask, ordförande", "Ove Petersson, vice ordförande"]),
    ],
)


DOCS = [OSTERSUND_RIKTLINJE, ALINGSAS_INFORMATIONSBLAD, PITEA_PROTOKOLL, OSKARSHAMN_YTTRANDE]
