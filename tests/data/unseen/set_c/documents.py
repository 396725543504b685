"""Text of the set_c (check set) documents that are PDF or Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

set_c is the check set: engine authors look at its figures only, not at this file.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds: ("h1"|"h2"|"h3"|"p"|"small"|"bold", text), ("ol"|"ul"|"lines", [items]),
("table", column widths, rows; the first row is the heading row),
("kv", [(key, value), ...]), ("box", text), ("pagebreak",).
"""


def Doc(**fields):  # reads like the dataclass in build.py
    return fields


LIDKOPING_RIKTLINJE = Doc(
    path="corpus/lidkoping/lidkoping-riktlinje-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap (IOP)",
    header_left="LIDKÖPINGS KOMMUN",
    header_right=["RIKTLINJE", "Dnr KS 2023/312"],
    footer_lines=[
        "Lidköpings kommun  |  Kommunledningsförvaltningen  |  531 88 Lidköping  |  "
        "Växel 0510-77 00 00  |  lidkoping.se",
    ],
    author="Kommunledningsförvaltningen, Lidköpings kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige"),
                ("Beslutsdatum", "2023-11-27, § 142"),
                ("Gäller från", "2024-01-01"),
                ("Gäller för", "Samtliga nämnder och förvaltningar"),
                ("Dokumentansvar", "Kommunledningsförvaltningen"),
                ("Ska ses över", "Senast 2027-12-31"),
            ],
        ),
        ("h2", "1  Syfte och omfattning"),
        (
            "p",
            "Lidköpings kommun vill ta vara på det engagemang som finns i föreningslivet. "
            "Riktlinjen anger när kommunen kan ingå ett idéburet offentligt partnerskap (IOP) "
            "med en idéburen organisation och hur ett sådant partnerskap bereds, beslutas och "
            "följs upp. Ett IOP är ett alternativ när föreningsbidrag inte räcker och när "
            "upphandling inte passar, eftersom det inte finns någon marknad för verksamheten.",
        ),
        (
            "p",
            "Riktlinjen ersätter inte kommunens regler för föreningsbidrag. En organisation kan "
            "ha föreningsbidrag och ett IOP samtidigt, men samma kostnad får inte finansieras "
            "två gånger.",
        ),
        ("h2", "2  Grundläggande krav"),
        (
            "p",
            "Organisationen ska uppfylla samtliga grundläggande krav. Om något av kraven inte "
            "är uppfyllt prövas idén inte vidare.",
        ),
        (
            "ol",
            [
                "Organisationen är en ideell förening eller en stiftelse med "
                "organisationsnummer, antagna stadgar och en vald styrelse. Aktiebolag, "
                "ekonomiska föreningar och enskilda firmor kan inte ingå IOP med kommunen, inte "
                "heller bolag med särskild vinstutdelningsbegränsning.",
                "Organisationen har bedrivit verksamhet i Lidköpings kommun i minst två år och "
                "kan visa verksamhetsberättelse och revisionsberättelse för de två senaste "
                "verksamhetsåren.",
                "Organisationen är registrerad i kommunens föreningsregister.",
                "Organisationen har inga skulder hos Skatteverket eller Kronofogden.",
                "Partipolitiska och religiösa verksamheter omfattas inte. Det gäller även "
                "verksamhet som bedrivs av ett partis sidoorganisation eller av ett trossamfund.",
            ],
        ),
        ("h2", "3  Bedömningsgrunder"),
        (
            "p",
            "När de grundläggande kraven är uppfyllda bedöms idén utifrån följande grunder. "
            "Samtliga bedömningsgrunder ska vara uppfyllda för att kommunen ska kunna ingå ett "
            "partnerskap.",
        ),
        (
            "ol",
            [
                "Initiativet kommer från organisationen. Kommunen efterfrågar inte en viss "
                "verksamhet och beställer inte tjänster genom IOP.",
                "Verksamheten bidrar till minst ett av kommunens prioriterade områden: minskad "
                "ofrivillig ensamhet, bättre folkhälsa, integration eller trygghet i "
                "bostadsområdena.",
                "Organisationen står för minst 20 procent av verksamhetens totala värde. Den "
                "egna insatsen kan vara pengar, lokaler eller ideellt arbete; ideellt arbete "
                "räknas till 250 kronor per timme.",
                "Det finns ingen marknad för verksamheten. Verksamheten får inte konkurrera med "
                "företag som erbjuder samma tjänst i kommunen.",
                "Kommunens bidrag är ett bidrag till verksamheten som helhet. Ersättning per "
                "besök, per deltagare, per portion eller per timme förekommer inte i ett IOP.",
                "Verksamheten är öppen för alla i målgruppen och inte bara för organisationens "
                "egna medlemmar.",
            ],
        ),
        ("h2", "4  Avtalstid"),
        (
            "p",
            "Ett partnerskap ingås för minst ett och högst fem år. När avtalstiden har löpt ut "
            "kan ett nytt partnerskap ingås, men först efter en gemensam utvärdering.",
        ),
        ("h2", "5  Så går det till"),
        (
            "ol",
            [
                "Organisationen kontaktar kommunens utvecklingsstrateg för civilsamhället för "
                "ett första samtal.",
                "Organisationen lämnar en idéskiss i e-tjänsten Idéskiss IOP på lidkoping.se.",
                "Kommunledningsförvaltningen och berörd förvaltning bedömer idéskissen mot "
                "riktlinjen. Organisationen får besked inom sex veckor.",
                "Parterna tar tillsammans fram ett förslag till överenskommelse med mål, budget "
                "och former för uppföljning.",
                "Den nämnd som ansvarar för verksamhetsområdet beslutar om partnerskapet. Är "
                "kommunens bidrag större än 1 miljon kronor per år beslutar kommunstyrelsen.",
                "Överenskommelsen undertecknas. Organisationen lämnar en skriftlig redovisning "
                "senast den 31 mars varje år.",
            ],
        ),
        (
            "p",
            "Idéskisser som har kommit in senast den 1 oktober kan tas med i budgetarbetet för "
            "nästa år.",
        ),
        ("h2", "6  Kontakt"),
        (
            "p",
            "Utvecklingsstrateg för civilsamhället: Johanna Bergqvist, "
            "kommunledningsförvaltningen, telefon 0510-77 12 48, e-post "
            "johanna.bergqvist@lidkoping.se.",
        ),
    ],
)

HUDIKSVALL_KRITERIER = Doc(
    path="corpus/hudiksvall/hudiksvall-iop-kriterier-omsorg.docx",
    title="Kriterier för idéburet offentligt partnerskap inom omsorgsnämndens område",
    header_left="Hudiksvalls kommun  |  Omsorgsförvaltningen",
    footer_lines=["Kriterier för IOP inom omsorgsnämndens område  ·  Dnr ON 2024/0088"],
    author="Omsorgsförvaltningen, Hudiksvalls kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap inom omsorgsnämndens område"),
        ("small", "Fastställda av omsorgsnämnden 2024-02-15, § 19. Gäller från 2024-03-01."),
        (
            "p",
            "Omsorgsnämnden i Hudiksvalls kommun vill samverka med föreningar och andra "
            "idéburna organisationer som arbetar för att äldre och personer med "
            "funktionsnedsättning ska kunna leva ett aktivt liv med god livskvalitet. Idéburet "
            "offentligt partnerskap (IOP) är en form för sådan samverkan. Här beskrivs de "
            "kriterier som nämnden utgår från när en idé prövas.",
        ),
        ("h2", "Kriterier"),
        ("p", "Samtliga kriterier i tabellen ska vara uppfyllda."),
        (
            "table",
            (30, 70),
            [
                ("Kriterium", "Beskrivning"),
                (
                    "Idéburen organisation",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund och drivs utan vinstsyfte. Aktiebolag kan inte ingå IOP med "
                    "kommunen, och det gäller även bolag som ägs av en förening.",
                ),
                (
                    "Föreningsregistret",
                    "Organisationen finns i Hudiksvalls kommuns föreningsregister och har lämnat "
                    "årsmötesprotokoll och verksamhetsberättelse för det senaste året.",
                ),
                (
                    "Målgrupp",
                    "Verksamheten vänder sig till äldre som bor kvar i eget hem eller till "
                    "personer med funktionsnedsättning, i Hudiksvalls kommun.",
                ),
                (
                    "Eget initiativ",
                    "Idén kommer från organisationen, som också har erfarenhet av liknande "
                    "verksamhet.",
                ),
                (
                    "Öppen verksamhet",
                    "Verksamheten är öppen för alla i målgruppen. Aktiviteter som bara är till "
                    "för föreningens egna medlemmar kan inte ingå i ett IOP.",
                ),
                (
                    "Ingen konkurrens",
                    "Verksamheten får inte konkurrera med företag. Tjänster som företag säljer "
                    "på orten, till exempel städning, fönsterputs, trädgårdsarbete och "
                    "snöskottning, kan därför inte ingå. Verksamheten får inte heller ersätta "
                    "insatser som kommunen ger efter biståndsbeslut, som hemtjänst.",
                ),
                (
                    "Ersättning",
                    "Kommunen betalar ett årligt belopp till verksamheten. Ersättning per "
                    "besök, per timme eller per deltagare förekommer inte.",
                ),
                (
                    "Medfinansiering",
                    "Organisationen bidrar med ideellt arbete, lokaler eller egna medel. "
                    "Kommunens bidrag är högst 250 000 kronor per år och partnerskap.",
                ),
                (
                    "Avtalstid",
                    "Partnerskapet gäller i ett till tre år och kan förlängas efter utvärdering.",
                ),
            ],
        ),
        ("h2", "Ansökan"),
        (
            "p",
            "Omsorgsnämnden tar emot ansökningar två gånger per år: senast den 15 april och "
            "senast den 15 oktober. Ansökan görs på blanketten Ansökan om idéburet offentligt "
            "partnerskap och skickas till omsorg@hudiksvall.se. Nämnden fattar beslut inom tre "
            "månader efter sista ansökningsdag.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Verksamhetsutvecklare Lotta Engström, omsorgsförvaltningen, telefon 0650-193 47, "
            "e-post lotta.engstrom@hudiksvall.se. Du kan också ringa Hudiksvalls kommuns "
            "kontaktcenter på 0650-190 00.",
        ),
    ],
)

YSTAD_KPR_YTTRANDE = Doc(
    path="corpus/ystad/ystad-kpr-yttrande-iop-riktlinjer.pdf",
    title="Yttrande över förslag till riktlinjer för idéburet offentligt partnerskap",
    header_left="Ystads kommun – Kommunala pensionärsrådet",
    header_right=["YTTRANDE", "2024-01-15", "Dnr KS 2023/587"],
    footer_lines=["Kommunala pensionärsrådet  ·  Ystads kommun  ·  271 80 Ystad"],
    author="Kommunala pensionärsrådet, Ystads kommun",
    blocks=[
        ("small", "Till kommunstyrelsen"),
        ("h1", "Yttrande över förslag till riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Kommunala pensionärsrådet (KPR) har fått kommunstyrelsens förslag till riktlinjer "
            "för idéburet offentligt partnerskap (IOP) på remiss. Rådet behandlade förslaget "
            "vid sitt sammanträde den 11 januari 2024 och lämnar följande yttrande.",
        ),
        ("h2", "Allmänt"),
        (
            "p",
            "Rådet ser positivt på att kommunen tar fram riktlinjer för IOP. "
            "Pensionärsföreningarna i Ystad gör redan i dag mycket för att bryta ensamheten "
            "bland äldre, och ett "
            "partnerskap kan ge den verksamheten en mer långsiktig grund.",
        ),
        ("h2", "Rådets synpunkter och förslag"),
        (
            "ol",
            [
                "Egen insats. Förslaget innebär att organisationen ska stå för minst 30 procent "
                "av verksamhetens värde. Rådet föreslår att kravet sänks till 10 procent, "
                "eftersom små pensionärsföreningar har svårt att visa en så stor egen insats.",
                "Avgifter. Enligt förslaget får föreningen inte ta ut avgifter av deltagarna. "
                "Rådet anser att föreningar bör få ta ut en mindre avgift, högst 20 kronor, för "
                "fika och material.",
                "Avtalstid. Rådet föreslår att partnerskap ska kunna gälla i upp till sju år i "
                "stället för de fyra år som föreslås, så att föreningarna slipper söka på nytt "
                "så ofta.",
                "Kontakt. Rådet önskar att kommunen utser en namngiven kontaktperson för IOP "
                "som går att nå per telefon och inte bara via e-tjänst.",
            ],
        ),
        (
            "p",
            "I övrigt har rådet inget att invända mot förslaget.",
        ),
        ("h2", "För Kommunala pensionärsrådet"),
        (
            "lines",
            [
                "Birgitta Wahlström, ordförande",
                "Ingrid Möller, sekreterare, telefon 0411-57 72 05",
            ],
        ),
    ],
)

SKELLEFTEA_PROTOKOLL = Doc(
    path="corpus/skelleftea/skelleftea-aldrenamnden-protokollsutdrag-2024-04-23.pdf",
    title="Protokollsutdrag Äldrenämnden 2024-04-23",
    header_left="SKELLEFTEÅ KOMMUN",
    header_right=["PROTOKOLLSUTDRAG", "Äldrenämnden", "Sammanträdesdatum 2024-04-23"],
    footer_lines=["Justerare ............        Utdragsbestyrkande ............"],
    author="Äldrenämnden, Skellefteå kommun",
    blocks=[
        ("h1", "Äldrenämnden"),
        ("small", "Utdrag ur protokoll, paragraferna 60–61"),
        (
            "kv",
            [
                ("Plats och tid", "Stadshuset, sammanträdesrum Lönnström, kl. 09.00–12.15"),
                (
                    "Beslutande",
                    "Ulla-Britt Lindgren (S), ordförande; Mikael Burman (M), vice ordförande; "
                    "Siv Granström (S); Olof Berglund (C); Hanna Vikström (V); "
                    "Tomas Lejon (KD); Karin Åström (S)",
                ),
                (
                    "Övriga",
                    "Anna-Karin Lundberg, förvaltningschef; Petra Sandström, nämndsekreterare",
                ),
                ("Justerare", "Mikael Burman (M)"),
                ("Justeringens plats och tid", "Äldreförvaltningen 2024-04-29"),
            ],
        ),
        ("h2", "§ 60  Månadsuppföljning ekonomi, mars 2024"),
        ("small", "Dnr ÄN 2024/19"),
        ("bold", "Beslut"),
        ("p", "Äldrenämnden godkänner månadsuppföljningen för mars 2024."),
        (
            "h2",
            "§ 61  Idéburet offentligt partnerskap med Föreningen Seniorkraft Skellefteå – "
            "Byträffar för äldre",
        ),
        ("small", "Dnr ÄN 2024/214"),
        ("bold", "Beslut"),
        ("p", "Äldrenämnden beslutar"),
        (
            "lines",
            [
                "att ingå idéburet offentligt partnerskap med Föreningen Seniorkraft Skellefteå "
                "om Byträffar för äldre i Byske, Jörn, Boliden, Burträsk och Kåge för perioden "
                "1 juli 2024 – 30 juni 2027,",
                "att äldrenämndens bidrag är 540 000 kronor per år, totalt 1 620 000 kronor för "
                "hela perioden,",
                "att bidraget betalas ut kvartalsvis i förskott, samt",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Seniorkraft Skellefteå är en ideell förening som bildades 2016 och som "
            "har ordnat träffar för äldre i Byske och Kåge sedan 2019. I december 2023 kom "
            "föreningen till äldreförvaltningen med en idé om att utveckla träffarna till fasta "
            "byträffar en gång i veckan på fem orter, med fika, gemensam lunch, sittgympa och "
            "besök av bland annat biståndshandläggare och polis. Syftet är att motverka "
            "ofrivillig ensamhet bland äldre som bor i byarna.",
        ),
        (
            "p",
            "Föreningen bidrar med ett fyrtiotal frivilliga, lokaler i bygdegårdar och "
            "föreningens kunskap om byarna. Värdet av föreningens insats beräknas till "
            "310 000 kronor per år. Kommunens bidrag används bland annat till en samordnare på "
            "halvtid och till resor. Träffarna är kostnadsfria för deltagarna.",
        ),
        (
            "p",
            "Skellefteå kommun har inga antagna riktlinjer för idéburet offentligt partnerskap. "
            "Kommunstyrelsen har gett kommunledningskontoret i uppdrag att ta fram gemensamma "
            "riktlinjer för IOP under 2025. Äldreförvaltningen har därför gjort en egen "
            "bedömning och funnit att initiativet kommer från föreningen, att det inte finns "
            "någon marknad för verksamheten och att båda parter bidrar med resurser.",
        ),
        (
            "p",
            "Verksamheten följs upp i en gemensam styrgrupp som träffas två gånger per år. "
            "Föreningen lämnar en verksamhetsberättelse till nämnden senast den 31 mars varje "
            "år.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse av verksamhetsutvecklare Lars Nordlund, 2024-04-08",
                "Idéskiss från Föreningen Seniorkraft Skellefteå, 2023-12-11",
                "Förslag till överenskommelse, bilaga 1",
            ],
        ),
        ("bold", "Beslutsgång"),
        (
            "p",
            "Ordföranden yrkar bifall till förvaltningens förslag och finner att nämnden "
            "beslutar enligt förslaget.",
        ),
        ("bold", "Beslutet skickas till"),
        (
            "lines",
            ["Föreningen Seniorkraft Skellefteå", "Förvaltningschef", "Ekonomienheten"],
        ),
        ("pagebreak",),
        ("bold", "Underskrifter"),
        (
            "kv",
            [
                ("Sekreterare", "Petra Sandström"),
                ("Ordförande", "Ulla-Britt Lindgren"),
                ("Justerare", "Mikael Burman"),
            ],
        ),
        ("bold", "Anslagsbevis"),
        (
            "p",
            "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
            "digitala anslagstavla 2024-04-30. Protokollet förvaras på äldreförvaltningen.",
        ),
    ],
)


DOCS = [LIDKOPING_RIKTLINJE, HUDIKSVALL_KRITERIER, YSTAD_KPR_YTTRANDE, SKELLEFTEA_PROTOKOLL]
