"""Text of the set_h (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""


Doc = dict  # the fields of build.py's Doc


# Sundsvall: a guideline (riktlinje) with numbered chapters; the criteria in a table
# (F1–F7), decision limits in chapter 5, payment in 6, reporting in 7, ending in 8.
SUNDSVALL_RIKTLINJER = Doc(
    path="corpus/sundsvall/sundsvall-riktlinjer-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap (IOP) i Sundsvalls kommun",
    header_left="Sundsvalls kommun",
    header_right=["RIKTLINJE", "Dnr KS-2024-00231", "Fastställd av kommunfullmäktige 2024-06-17"],
    footer_lines=[
        "Sundsvalls kommun · Kommunstyrelsekontoret · 851 85 Sundsvall · www.sundsvall.se",
    ],
    author="Kommunstyrelsekontoret, Sundsvalls kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP) i Sundsvalls kommun"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Fastställd av", "Kommunfullmäktige 2024-06-17, § 112"),
                ("Gäller från", "2024-09-01"),
                ("Dokumentansvarig", "Kommunstyrelsekontoret, avdelningen för samhällsutveckling"),
                ("Ska revideras senast", "2027-12-31"),
            ],
        ),
        ("h2", "1 Syfte och omfattning"),
        (
            "p",
            "Riktlinjen beskriver hur Sundsvalls kommun ingår, följer upp och avslutar "
            "idéburna offentliga partnerskap. Den gäller för kommunstyrelsen och samtliga "
            "nämnder. Riktlinjen bygger på den lokala överenskommelsen mellan kommunen och "
            "den idéburna sektorn i Sundsvall från 2019.",
        ),
        ("h2", "2 Vad är ett idéburet offentligt partnerskap"),
        (
            "p",
            "Ett idéburet offentligt partnerskap (IOP) är en överenskommelse mellan kommunen och "
            "en eller flera idéburna organisationer om att gemensamt finansiera och genomföra en "
            "verksamhet som bidrar till ett mål som båda parter delar. Parterna är jämbördiga. "
            "IOP är inte ett bidrag och inte ett köp av tjänster. När kommunen bestämmer vad som "
            "ska göras och betalar för det ska lagen om offentlig upphandling tillämpas i "
            "stället.",
        ),
        ("h2", "3 Förutsättningar för partnerskap"),
        (
            "p",
            "Samtliga förutsättningar i tabellen ska vara uppfyllda. Förvaltningen prövar dem när "
            "idéskissen har kommit in och dokumenterar bedömningen.",
        ),
        (
            "table",
            (10, 28, 62),
            [
                ("Nr", "Förutsättning", "Så bedömer vi"),
                (
                    "F1",
                    "Organisationsform",
                    "Ideell förening, stiftelse eller registrerat trossamfund. Aktiebolag, "
                    "handelsbolag och ekonomiska föreningar kan inte vara part, inte heller "
                    "enskilda personer.",
                ),
                (
                    "F2",
                    "Verksamhetstid",
                    "Organisationen har bedrivit verksamhet i Sundsvalls kommun och har ett "
                    "fastställt bokslut för minst ett helt verksamhetsår.",
                ),
                (
                    "F3",
                    "Initiativ",
                    "Idén kommer från organisationen eller har vuxit fram i dialog med kommunen.",
                ),
                (
                    "F4",
                    "Målgrupp",
                    "Verksamheten vänder sig till invånare i Sundsvall och är öppen för alla i "
                    "målgruppen, oavsett medlemskap.",
                ),
                (
                    "F5",
                    "Egen insats",
                    "Organisationen står för minst 20 procent av verksamhetens totala kostnad, i "
                    "pengar, lokaler eller ideellt arbete. Ideellt arbete värderas till 250 kronor "
                    "per timme.",
                ),
                (
                    "F6",
                    "Ingen fungerande marknad",
                    "Samma tjänst erbjuds inte redan av företag i Sundsvall, och kommunen köper "
                    "den inte genom upphandling.",
                ),
                (
                    "F7",
                    "Neutralitet",
                    "Kommunens medel används inte till partipolitisk verksamhet eller till "
                    "religiös förkunnelse.",
                ),
            ],
        ),
        ("h2", "4 Idéskiss och dialog"),
        ("h3", "4.1 Idéskiss"),
        (
            "p",
            "En organisation som vill föreslå ett partnerskap skickar en idéskiss till "
            "kommunstyrelsekontoret, iop@sundsvall.se. Idéskissen beskriver behovet, målgruppen, "
            "verksamheten, organisationens egen insats och en översiktlig budget.",
        ),
        ("h3", "4.2 Dialog"),
        (
            "p",
            "Kommunstyrelsekontoret bekräftar att idéskissen har kommit in och lämnar den vidare "
            "till den förvaltning som berörs. Ett första dialogmöte hålls inom 30 dagar. Vid "
            "dialogen beskriver parterna gemensamt behovet och vad var och en bidrar med.",
        ),
        ("h3", "4.3 Handläggningstid"),
        (
            "p",
            "Handläggningen från inkommen idéskiss till beslut tar normalt tre till fem månader. "
            "Tiden beror på hur många dialogmöten som behövs och när nämnden sammanträder.",
        ),
        ("h2", "5 Beslut"),
        (
            "p",
            "5.1 Den nämnd vars verksamhetsområde partnerskapet rör beslutar om partnerskap med "
            "ett årligt värde upp till 1 500 000 kronor. Partnerskap med ett högre årligt värde, "
            "eller som löper längre än fyra år, beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "5.2 Beslut om att inte gå vidare med en idéskiss fattas av förvaltningschefen. "
            "Beslutet motiveras skriftligt men kan inte överklagas.",
        ),
        ("h2", "6 Överenskommelse och ersättning"),
        (
            "p",
            "6.1 Överenskommelsen ska ange syfte, mål, målgrupp, parternas åtaganden, budget, "
            "hur uppföljningen ska gå till och hur partnerskapet kan avslutas.",
        ),
        (
            "p",
            "6.2 Kommunens ersättning betalas ut halvårsvis i förskott, senast den 31 januari och "
            "den 31 juli. Första utbetalningen görs när överenskommelsen har undertecknats av "
            "båda parter.",
        ),
        ("p", "6.3 Ett partnerskap löper under minst ett och högst fem år."),
        ("h2", "7 Uppföljning och redovisning"),
        (
            "p",
            "7.1 Organisationen lämnar en årlig redovisning till den ansvariga förvaltningen "
            "senast den 31 mars året efter verksamhetsåret. Redovisningen ska innehålla en "
            "verksamhetsberättelse, en ekonomisk redovisning av hur kommunens ersättning har "
            "använts och uppgift om antalet deltagare.",
        ),
        (
            "p",
            "7.2 Parterna träffas för dialogmöte minst två gånger per år, varav ett i samband med "
            "att den årliga redovisningen gås igenom. Vid mötet stämmer parterna av målen och kan "
            "komma överens om justeringar.",
        ),
        (
            "p",
            "7.3 Ersättning som inte har använts för det avtalade ändamålet ska betalas tillbaka "
            "till kommunen.",
        ),
        ("h2", "8 Ändring och uppsägning"),
        (
            "p",
            "8.1 Överenskommelsen kan ändras om båda parter är överens. Vardera parten kan säga "
            "upp överenskommelsen med sex månaders uppsägningstid.",
        ),
        (
            "p",
            "8.2 Kommunen kan säga upp överenskommelsen med omedelbar verkan om organisationen "
            "väsentligt bryter mot villkoren, till exempel använder ersättningen till annat än "
            "det avtalade eller inte lämnar den årliga redovisningen.",
        ),
        ("h2", "9 Frågor om riktlinjen"),
        (
            "p",
            "Frågor om riktlinjen besvaras av kommunstyrelsekontoret via iop@sundsvall.se.",
        ),
    ],
)


# Växjö: a Word template for the idea sketch, headings for what it must contain.
VAXJO_MALL = Doc(
    path="corpus/vaxjo/vaxjo-mall-for-ideskiss.docx",
    title="Mall för idéskiss – idéburet offentligt partnerskap (IOP)",
    header_left="Växjö kommun · Kommunledningsförvaltningen",
    footer_lines=["Växjö kommun, Box 1222, 351 12 Växjö", "Version 2025-02"],
    author="Kommunledningsförvaltningen, Växjö kommun",
    blocks=[
        ("h1", "Mall för idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd den här mallen när er organisation vill föreslå ett partnerskap med Växjö "
            "kommun. Skriv kort och konkret under varje rubrik. Idéskissen får vara högst fyra "
            "sidor. Ta bort de grå instruktionstexterna innan ni skickar in.",
        ),
        (
            "box",
            "Skicka idéskissen till iop@vaxjo.se eller med post till Växjö kommun, "
            "Kommunledningsförvaltningen, Box 1222, 351 12 Växjö. Märk kuvertet ”Idéskiss IOP”.",
        ),
        ("h2", "1. Uppgifter om organisationen"),
        (
            "small",
            "Organisationens namn, organisationsnummer, adress, kontaktperson med telefon och "
            "e-post, antal medlemmar. Bifoga stadgar och protokoll från det senaste årsmötet.",
        ),
        ("h2", "2. Vilket behov vill ni möta?"),
        (
            "small",
            "Beskriv det samhällsbehov ni ser och hur ni vet att det finns, till exempel genom egna "
            "erfarenheter, samtal med målgruppen eller statistik.",
        ),
        ("h2", "3. Målgrupp"),
        (
            "small",
            "Vilka vill ni nå, och ungefär hur många? Beskriv hur ni når dem som inte redan är "
            "medlemmar hos er.",
        ),
        ("h2", "4. Verksamhetsidé"),
        (
            "small",
            "Vad vill ni göra, var och hur ofta? Beskriv aktiviteterna så att någon som inte "
            "känner er förstår vad som kommer att hända.",
        ),
        ("h2", "5. Er egen insats"),
        (
            "small",
            "Vad bidrar ni själva med? Till exempel ideella timmar, lokaler, material, egna "
            "pengar, kunskap eller kontaktnät. Ange en uppskattning av antalet ideella timmar per "
            "år.",
        ),
        ("h2", "6. Vad önskar ni av kommunen?"),
        (
            "small",
            "Pengar, lokaler, kunskap eller något annat. Beskriv vilken förvaltning ni tror att "
            "idén berör.",
        ),
        ("h2", "7. Preliminär budget"),
        (
            "small",
            "Ange kostnader och intäkter per år och hur de fördelas mellan er och kommunen. En "
            "enkel tabell räcker.",
        ),
        ("h2", "8. Tidsperiod"),
        ("small", "När vill ni starta, och hur länge behöver partnerskapet pågå?"),
        ("h2", "9. Hur vet vi att det fungerar?"),
        (
            "small",
            "Vilka mål har ni, och hur vill ni följa upp att verksamheten gör skillnad för "
            "målgruppen?",
        ),
        ("h2", "Efter att ni skickat idéskissen"),
        (
            "p",
            "Ni får en bekräftelse inom en vecka. Därefter kontaktar en tjänsteperson från den "
            "berörda förvaltningen er inom 30 dagar för ett första dialogsamtal. Om idén passar "
            "bättre som föreningsbidrag eller inte kan bli ett partnerskap får ni veta det och "
            "varför.",
        ),
    ],
)


# Motala: a letterhead invitation for one call; the only contact details are in the footer.
MOTALA_BREV = Doc(
    path="corpus/motala/motala-inbjudan-ideskiss-motesplatser-aldre.pdf",
    title="Inbjudan att lämna idéskiss – mötesplatser för äldre i Motalas kransorter",
    header_left="Motala kommun",
    header_right=["Vård- och omsorgsförvaltningen", "2025-04-22", "Dnr VON 2025/118"],
    footer_lines=[
        "Motala kommun · Vård- och omsorgsförvaltningen · 591 86 Motala",
        "Växel 0141-22 60 00  ·  iop.omsorg@motala.se  ·  www.motala.se",
    ],
    author="Vård- och omsorgsförvaltningen, Motala kommun",
    letterhead=True,
    blocks=[
        (
            "lines",
            ["Till föreningar, stiftelser och andra idéburna organisationer i Motala kommun"],
        ),
        ("h1", "Inbjudan att lämna idéskiss – mötesplatser för äldre i Motalas kransorter"),
        (
            "p",
            "Vård- och omsorgsnämnden har beslutat att pröva idéburet offentligt partnerskap (IOP) "
            "för att skapa fler mötesplatser för äldre utanför centralorten. Nämnden har avsatt "
            "650 000 kronor per år under 2026–2028. Pengarna kan fördelas på ett eller flera "
            "partnerskap.",
        ),
        (
            "p",
            "Många äldre i kransorterna har långt till de träffpunkter som finns i Motala stad, "
            "och busstrafiken är gles på kvällar och helger. Föreningarna på orterna känner "
            "invånarna och har ofta både lokaler och ideella krafter. Därför vill vi höra era "
            "idéer.",
        ),
        ("h2", "Det här söker vi"),
        (
            "p",
            "Vi söker verksamhet som ger personer som är 67 år eller äldre en plats att träffas, "
            "fika, röra på sig eller göra något tillsammans. Verksamheten ska bedrivas i "
            "Borensberg, Tjällmo, Godegård eller Fornåsa. Idéer som gäller Motala stad omfattas "
            "inte av den här inbjudan.",
        ),
        ("h2", "Villkor"),
        (
            "p",
            "Organisationen ska vara en ideell förening, stiftelse eller annan idéburen "
            "organisation utan vinstsyfte och ha ett organisationsnummer. Verksamheten ska vara "
            "öppen för alla i målgruppen och fri från avgifter för deltagarna, bortsett från "
            "självkostnad för fika. Organisationen ska bidra med en egen insats, till exempel "
            "ideell tid eller lokal.",
        ),
        (
            "p",
            "Vi kan inte ingå partnerskap om verksamheten i praktiken är hemtjänst, dagverksamhet "
            "eller någon annan biståndsbedömd insats. Sådana insatser ansvarar kommunen för "
            "själv.",
        ),
        ("h2", "Tidplan"),
        (
            "kv",
            [
                ("20 maj 2025", "Informationsmöte kl. 18.00 i Borensbergs bibliotek"),
                ("15 september 2025", "Sista dag att lämna idéskiss"),
                ("Oktober–november 2025", "Dialogmöten med de organisationer som går vidare"),
                ("17 december 2025", "Vård- och omsorgsnämnden beslutar om partnerskap"),
                ("1 februari 2026", "Partnerskapen startar"),
            ],
        ),
        (
            "p",
            "Idéskissen ska vara högst tre sidor och beskriva verksamheten, orten, hur många ni "
            "räknar med att nå, er egen insats och en budget. Skicka den till "
            "iop.omsorg@motala.se senast den 15 september 2025.",
        ),
        (
            "p",
            "Frågor om inbjudan skickar ni till samma adress. Ni kan också ringa kommunens växel "
            "och be att få tala med någon på avdelningen för förebyggande verksamhet.",
        ),
        (
            "lines",
            [
                "Med vänliga hälsningar",
                "",
                "Annika Fredén",
                "Förvaltningschef, vård- och omsorgsförvaltningen",
            ],
        ),
    ],
)


DOCS = [SUNDSVALL_RIKTLINJER, VAXJO_MALL, MOTALA_BREV]
