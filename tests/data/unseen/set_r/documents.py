"""Text of the set_r (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Göteborg: a riktlinje adopted by kommunfullmäktige, in numbered chapters. Conditions in
# running prose with "ska" and "får inte" (4.1–4.4), a chapter on what is not IOP
# (föreningsbidrag with their own member count and ages, volunteers in the city's own
# services, upphandling), the process (5.1–5.4), the agreement (6.1–6.4) and a contact
# chapter with only a functional mailbox and the kontaktcenter.
GOTEBORG_RIKTLINJER = Doc(
    path="corpus/goteborg/goteborg-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap i Göteborgs Stad",
    header_left="Göteborgs Stad",
    header_right=["RIKTLINJE", "Dnr 0834/24"],
    footer_lines=[
        "Göteborgs Stad · Stadsledningskontoret · 404 82 Göteborg · Kontaktcenter 031-719 40 00 "
        "· goteborg.se",
    ],
    author="Stadsledningskontoret, Göteborgs Stad",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Göteborgs Stad"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Beslutad av", "Kommunfullmäktige 2025-06-12, § 14"),
                ("Gäller från", "2025-09-01"),
                ("Gäller för", "Samtliga nämnder och styrelser"),
                ("Dokumentansvarig", "Stadsledningskontoret"),
                ("Ersätter", "Riktlinjer för IOP, KF 2018-03-22, § 9"),
                ("Revideras", "Senast 2029"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Syfte och omfattning",
                "2 Vad är ett idéburet offentligt partnerskap?",
                "3 När IOP inte är rätt form",
                "4 Villkor för partnerskap",
                "5 Från idé till överenskommelse",
                "6 Överenskommelsen",
                "7 Ansvar och kontakt",
            ],
        ),
        ("h2", "1 Syfte och omfattning"),
        (
            "p",
            "Göteborgs Stad vill ta vara på den kraft som finns i stadens föreningar, stiftelser "
            "och trossamfund. Idéburna organisationer når människor som staden ofta inte når, "
            "de bygger förtroende i bostadsområden och de upptäcker behov tidigt. Ett idéburet "
            "offentligt partnerskap (IOP) är ett sätt för staden och en idéburen organisation "
            "att tillsammans driva en verksamhet som båda parter tycker är viktig.",
        ),
        (
            "p",
            "Riktlinjerna gäller för alla stadens nämnder och styrelser. De beskriver vilka "
            "villkor som gäller för ett partnerskap, hur en idé prövas och vad en överenskommelse "
            "ska innehålla. De gäller inte för stadens helägda bolag, som beslutar om egna "
            "riktlinjer.",
        ),
        ("h2", "2 Vad är ett idéburet offentligt partnerskap?"),
        (
            "p",
            "Ett partnerskap bygger på att organisationen har en idé om en verksamhet som "
            "svarar mot ett behov i Göteborg, och att staden ser att verksamheten bidrar till "
            "stadens mål. Parterna bidrar båda med resurser, sätter upp gemensamma mål och "
            "följer upp dem tillsammans. Organisationen behåller sin självständighet och sin "
            "rätt att driva opinion, även i frågor där den är kritisk mot staden.",
        ),
        (
            "p",
            "Ett partnerskap är inte ett köp. Staden beställer ingenting och betalar inte för en "
            "prestation. Det är inte heller ett bidrag som organisationen söker till sin "
            "ordinarie verksamhet.",
        ),
        ("h2", "3 När IOP inte är rätt form"),
        ("h3", "3.1 Föreningsbidrag"),
        (
            "p",
            "Grundbidrag, aktivitetsbidrag och lokalbidrag till föreningar beslutas av idrotts- "
            "och föreningsnämnden enligt nämndens egna regler. För att få aktivitetsbidrag ska "
            "föreningen ha minst 15 medlemmar i åldern 6–20 år, och ansökan ska ha kommit in "
            "senast den 1 mars. Dessa regler gäller inte för partnerskap, och en förening behöver "
            "inte ha rätt till föreningsbidrag för att kunna ingå ett partnerskap.",
        ),
        ("h3", "3.2 Volontärer i stadens egna verksamheter"),
        (
            "p",
            "Enskilda volontärer som gör insatser i stadens egna verksamheter, till exempel på "
            "äldreboenden eller bibliotek, omfattas av stadens riktlinje för volontärinsatser. "
            "Där gäller bland annat att volontären ska ha fyllt 16 år, att volontärer inte får "
            "ersätta anställd personal och att varje volontär ska ha en namngiven kontaktperson "
            "i verksamheten. Den riktlinjen gäller inte organisationer i ett partnerskap.",
        ),
        ("h3", "3.3 Upphandling"),
        (
            "p",
            "När staden vill ha en bestämd tjänst utförd, själv bestämmer vad som ska göras och "
            "vill betala för det som levereras, ska tjänsten upphandlas enligt lagen om offentlig "
            "upphandling (LOU) eller lagen om valfrihetssystem (LOV). Idéburna organisationer är "
            "välkomna att lämna anbud i stadens upphandlingar.",
        ),
        ("h2", "4 Villkor för partnerskap"),
        ("h3", "4.1 Organisationen"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar, stiftelser och registrerade "
            "trossamfund. Organisationen ska ha bedrivit verksamhet i Göteborg i minst tre år när "
            "idéskissen lämnas in och ska kunna visa det med årsmötesprotokoll, "
            "verksamhetsberättelser och bokslut. Organisationen ska ha ett eget "
            "organisationsnummer och ett eget bankkonto.",
        ),
        (
            "p",
            "Aktiebolag, handelsbolag och ekonomiska föreningar kan inte vara part i ett "
            "partnerskap. Det gäller även aktiebolag med särskild vinstutdelningsbegränsning och "
            "bolag som helt ägs av en ideell förening.",
        ),
        ("h3", "4.2 Verksamheten"),
        (
            "p",
            "Initiativet till verksamheten ska komma från organisationen. Staden bjuder inte in "
            "organisationer att utföra verksamheter som staden själv har formulerat; när staden "
            "vill ha något gjort gäller i stället det som sägs om upphandling i avsnitt 3.3.",
        ),
        (
            "p",
            "Verksamheten ska bedrivas i Göteborg och komma göteborgare till del. Den ska vara "
            "öppen för alla i målgruppen, oavsett om de är medlemmar i organisationen eller inte. "
            "Verksamheten får inte innehålla religiös förkunnelse eller partipolitisk påverkan. "
            "Ett partnerskap gäller i minst två och högst fem år.",
        ),
        (
            "p",
            "Partnerskap kan inte ingås om verksamhet som staden är skyldig att tillhandahålla "
            "enligt lag, om enstaka evenemang och arrangemang, om investeringar i lokaler eller "
            "om verksamhet som redan får föreningsbidrag från staden för samma sak.",
        ),
        (
            "p",
            "Staden ser gärna att verksamheten når invånare i flera av stadens fyra stadsområden "
            "(Centrum, Hisingen, Nordost och Sydväst) och att den formas tillsammans med dem den "
            "är till för. Detta är inte ett krav och påverkar inte om en idé kan prövas.",
        ),
        ("h3", "4.3 Ekonomi"),
        (
            "p",
            "Organisationen ska själv bidra med minst 15 procent av verksamhetens kostnad. "
            "Bidraget kan bestå av pengar, lokaler, material eller ideellt arbete. Ideellt arbete "
            "värderas till 260 kronor per timme.",
        ),
        (
            "p",
            "Stadens bidrag lämnas som ett fast årligt belopp som anges i överenskommelsen. "
            "Ersättning per deltagare, per besök eller per timme förekommer inte. Ett eventuellt "
            "överskott ska gå tillbaka till verksamheten och får inte delas ut till medlemmar, "
            "styrelse eller ägare.",
        ),
        ("h3", "4.4 Avgifter"),
        (
            "p",
            "Deltagarna får betala högst 30 kronor per tillfälle, till exempel för fika eller "
            "material. Ingen ska nekas att delta för att hon eller han inte kan betala.",
        ),
        ("h2", "5 Från idé till överenskommelse"),
        ("h3", "5.1 Idéskiss"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss och skickar den till "
            "stadsledningskontoret. Idéskisser tas emot hela året. Ett partnerskap som ska börja "
            "den 1 januari förutsätter att idéskissen har kommit in senast den 1 juni året innan.",
        ),
        ("h3", "5.2 Bedömning"),
        (
            "p",
            "Stadsledningskontoret bedömer tillsammans med den eller de förvaltningar som berörs "
            "om idén uppfyller villkoren i avsnitt 4 och om den bidrar till stadens mål. "
            "Organisationen får besked inom tio veckor om idén går vidare till dialog.",
        ),
        ("h3", "5.3 Dialog"),
        (
            "p",
            "I dialogen tar organisationen och förvaltningen fram ett förslag till "
            "överenskommelse med mål, budget, parternas åtaganden och hur uppföljningen ska gå "
            "till. Dialogen tar normalt två till fyra månader.",
        ),
        ("h3", "5.4 Beslut"),
        (
            "p",
            "Den nämnd som verksamheten huvudsakligen berör beslutar om partnerskap där stadens "
            "bidrag är högst 3 000 000 kronor per år. Är bidraget större beslutar "
            "kommunstyrelsen. Ett partnerskap som berör flera nämnder beslutas av den nämnd som "
            "står för den största delen av bidraget.",
        ),
        ("h2", "6 Överenskommelsen"),
        ("h3", "6.1 Innehåll"),
        (
            "p",
            "Överenskommelsen ska ange parterna, verksamhetens syfte och mål, parternas "
            "åtaganden, stadens bidrag per år, organisationens egen insats, hur uppföljningen "
            "går till och hur överenskommelsen kan sägas upp.",
        ),
        ("h3", "6.2 Utbetalning"),
        (
            "p",
            "Stadens bidrag betalas ut i förskott två gånger per år, i januari och juli.",
        ),
        ("h3", "6.3 Uppföljning"),
        (
            "p",
            "Parterna håller minst två dialogmöten per år. Organisationen lämnar en "
            "verksamhetsberättelse och en ekonomisk redovisning för föregående år senast den 15 "
            "mars.",
        ),
        ("h3", "6.4 Uppsägning"),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med fyra månaders uppsägningstid. Om "
            "organisationen inte följer överenskommelsen kan staden avsluta den med omedelbar "
            "verkan och kräva tillbaka medel som inte har använts.",
        ),
        ("h2", "7 Ansvar och kontakt"),
        (
            "p",
            "Stadsledningskontoret samordnar stadens arbete med partnerskap, för en förteckning "
            "över pågående partnerskap på goteborg.se och följer upp riktlinjerna. Varje nämnd "
            "ansvarar för de partnerskap den har beslutat om.",
        ),
        (
            "p",
            "Idéskisser och frågor skickas till iop@stadsledning.goteborg.se. Det går också att "
            "ringa Göteborgs Stads kontaktcenter, 031-719 40 00, och bli kopplad vidare.",
        ),
    ],
)


# Ragunda: a letterhead invitation from kommunledningsförvaltningen to a dialogue meeting
# on IOP, with the conditions for one round (byarna utanför Hammarstrand, a year and the
# first årsmöte, a tenth as own share, at most 150 000 kronor and three years), a
# tidplan, a driftbidrag that is not IOP and a "vi ser gärna" that is no requirement.
# Contacts only in the footer and the last paragraph: a functional mailbox and the växel.
# No sidecar.
RAGUNDA_INBJUDAN = Doc(
    path="corpus/ragunda/ragunda-inbjudan-dialogmote-iop.pdf",
    title="Inbjudan till dialogmöte om idéburet offentligt partnerskap",
    header_left="Ragunda kommun",
    header_right=["Kommunledningsförvaltningen", "2026-02-20", "Dnr KS 2026/37"],
    footer_lines=[
        "Ragunda kommun · Kommunledningsförvaltningen · 844 80 Hammarstrand",
        "Växel 0696-781 00 · foreningar@ragunda.se · www.ragunda.se",
    ],
    author="Kommunledningsförvaltningen, Ragunda kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        (
            "lines",
            [
                "Till föreningar, byalag och trossamfund i Ragunda kommun",
            ],
        ),
        ("h1", "Inbjudan till dialogmöte om idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Hej! Ragunda kommun vill pröva ett nytt sätt att samarbeta med föreningslivet. "
            "Kommunstyrelsen har gett kommunledningsförvaltningen i uppdrag att under 2026 "
            "förbereda kommunens första idéburna offentliga partnerskap, IOP. I ett partnerskap "
            "driver en förening och kommunen en verksamhet tillsammans. Idén kommer från "
            "föreningen, och båda parter bidrar med det de kan: pengar, lokaler, tid och "
            "kunskap.",
        ),
        (
            "p",
            "Vi vill börja med mötesplatser i byarna. Många av er har sagt att det har blivit "
            "längre mellan ställena där man kan träffas, särskilt sedan affärerna och skolorna "
            "i flera byar har lagts ner. Nu vill vi höra era idéer och berätta hur ett "
            "partnerskap kan gå till.",
        ),
        ("h2", "Välkommen till dialogmötet"),
        (
            "kv",
            [
                ("När", "Tisdagen den 14 april 2026 kl. 18.30–21.00"),
                ("Var", "Folkets hus, Hammarstrand (stora salen)"),
                ("Anmälan", "Senast den 7 april till foreningar@ragunda.se"),
                ("Fika", "Vi bjuder på kaffe och smörgås. Berätta om ni har allergier."),
            ],
        ),
        (
            "p",
            "Kan ni inte komma på kvällen? Vi håller ett kortare digitalt möte torsdagen den 16 "
            "april kl. 12.00–13.00. Länken skickas till den som anmäler sig.",
        ),
        ("h3", "Program"),
        (
            "ol",
            [
                "Vad är ett IOP, och vad är det inte?",
                "Så tänker kommunen om mötesplatser i byarna",
                "Föreningar från grannkommunerna berättar om sina erfarenheter",
                "Samtal i grupper: vad behövs där ni bor?",
                "Hur skriver man en idéskiss, och vad händer sedan?",
            ],
        ),
        ("h2", "Det här gäller för partnerskapen som ska starta 2027"),
        (
            "p",
            "Kommunen avsätter pengar till ett eller två partnerskap om mötesplatser. För att "
            "kunna vara med ska föreningen ha funnits i minst ett år och ha hållit sitt första "
            "årsmöte när idéskissen lämnas in. Mötesplatsen ska finnas i någon av byarna utanför "
            "Hammarstrand, till exempel Bispgården, Stugun, Krångede eller Döviken. "
            "Verksamhet i tätorten Hammarstrand ingår inte i den här omgången.",
        ),
        (
            "p",
            "Mötesplatsen ska vara öppen för alla som vill komma, oavsett ålder och oavsett om "
            "man är med i föreningen. Deltagarna ska inte betala något för att vara med. "
            "Föreningen bidrar själv med minst en tiondel av kostnaden, och då räknas även "
            "ideellt arbete. Kommunen kan bidra med högst 150 000 kronor per år och partnerskap, "
            "i högst tre år.",
        ),
        (
            "p",
            "Vi ser gärna att flera föreningar i samma by går ihop om en mötesplats, men det är "
            "inget krav.",
        ),
        (
            "p",
            "Kommunen kan inte genom ett IOP betala för drift eller renovering av bygdegårdar "
            "och bystugor. För det finns kommunens driftbidrag till allmänna samlingslokaler, som "
            "söks senast den 31 mars varje år.",
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (60, 110),
            [
                ["När", "Vad"],
                ["14 och 16 april 2026", "Dialogmöten"],
                ["Senast 30 september 2026", "Idéskiss skickas till foreningar@ragunda.se"],
                ["Under november 2026", "Besked om vilka idéer som går vidare"],
                ["December 2026", "Kommunstyrelsen beslutar om partnerskapen"],
                ["1 februari 2027", "Partnerskapen startar"],
            ],
        ),
        (
            "p",
            "Har ni frågor redan nu? Mejla foreningar@ragunda.se eller ring kommunens växel, "
            "0696-781 00, och fråga efter kommunledningsförvaltningen.",
        ),
        (
            "lines",
            [
                "Varmt välkomna!",
                "",
                "Per-Anders Hällström",
                "Kommunchef, Ragunda kommun",
            ],
        ),
    ],
)


# Vansbro: a protokollsutdrag from kommunstyrelsen. § 38 enters a partnership with
# Föreningen Västerdalarnas Ungdomsgård (above the arbetsutskott's limit, so the
# kommunstyrelse decides); § 39 turns down Äppelbo Skidklubb (ordinary activity and the
# running of its klubbstuga, referred to anläggningsbidraget). A handläggare with a number.
VANSBRO_PROTOKOLL = Doc(
    path="corpus/vansbro/vansbro-ks-protokollsutdrag-2026-03-10.pdf",
    title="Protokollsutdrag kommunstyrelsen 2026-03-10 §§ 38–39",
    header_left="Vansbro kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsen 2026-03-10"],
    footer_lines=[
        "Vansbro kommun · 786 80 Vansbro · Växel 0281-759 00 · kommunen@vansbro.se",
        "Justerandes signatur: ______   ______        Utdragsbestyrkande: ______",
    ],
    author="Kommunledningskontoret, Vansbro kommun",
    blocks=[
        ("h1", "Kommunstyrelsen – protokollsutdrag"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-03-10"),
                ("Plats", "Sessionssalen, kommunhuset i Vansbro"),
                ("Paragrafer", "§§ 38–39"),
                ("Justerat", "2026-03-16"),
                ("Anslaget", "2026-03-17 – 2026-04-08"),
            ],
        ),
        ("h2", "§ 38 Idéburet offentligt partnerskap om ungdomskvällar i Vansbro och Dala-Järna"),
        ("small", "Dnr KS 2025/412"),
        ("h3", "Kommunstyrelsens beslut"),
        (
            "lines",
            [
                "Kommunstyrelsen beslutar att",
                "1. ingå ett idéburet offentligt partnerskap med Föreningen Västerdalarnas "
                "Ungdomsgård om ungdomskvällar i Vansbro och Dala-Järna för perioden 2026-05-01 – "
                "2029-04-30, enligt förslag till överenskommelse i bilaga 1,",
                "2. kommunens bidrag är 180 000 kronor per år, sammanlagt 540 000 kronor för hela "
                "perioden, och finansieras inom kultur- och fritidsenhetens budget,",
                "3. uppdra åt kommunchefen att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Västerdalarnas Ungdomsgård bildades 2019 och har sedan dess ordnat "
            "aktiviteter för ungdomar på lördagar i egen regi. I en idéskiss som kom in den 12 "
            "september 2025 föreslår föreningen att i samarbete med kommunen hålla öppet två "
            "kvällar i veckan för ungdomar 13–18 år, en kväll i Vansbro och en i Dala-Järna, "
            "med läxstöd, matlagning, musik och idrott. Deltagarna betalar 150 kronor per termin. "
            "Den som inte kan betala får vara med ändå. Man behöver inte vara medlem i "
            "föreningen.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap ska organisationen "
            "ha varit verksam i minst två år, idén ska komma från organisationen, verksamheten "
            "ska vara öppen för alla och deltagaravgifterna får vara högst 200 kronor per termin. "
            "Föreningens egen insats beräknas till 28 procent av kostnaden, främst i form av "
            "ideellt arbete. Kultur- och fritidsenheten bedömer att idén uppfyller riktlinjerna.",
        ),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till 100 000 kronor per "
            "år. Eftersom kommunens bidrag i detta fall är 180 000 kronor per år fattas beslutet "
            "av kommunstyrelsen.",
        ),
        ("h3", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsens arbetsutskott 2026-02-24, § 21",
                "Tjänsteskrivelse från kultur- och fritidsenheten 2026-02-11",
                "Idéskiss från Föreningen Västerdalarnas Ungdomsgård, inkommen 2025-09-12",
                "Bilaga 1: Förslag till överenskommelse",
            ],
        ),
        ("h3", "Beslutsgång"),
        (
            "p",
            "Ordföranden frågar om kommunstyrelsen kan bifalla arbetsutskottets förslag och "
            "finner att så sker.",
        ),
        (
            "small",
            "Handläggare: Linnea Hed, kultur- och fritidsstrateg, 0281-752 36, "
            "linnea.hed@vansbro.se",
        ),
        ("h2", "§ 39 Ansökan om idéburet offentligt partnerskap från Äppelbo Skidklubb"),
        ("small", "Dnr KS 2025/455"),
        ("h3", "Kommunstyrelsens beslut"),
        (
            "lines",
            [
                "Kommunstyrelsen beslutar att",
                "1. avslå ansökan från Äppelbo Skidklubb om idéburet offentligt partnerskap,",
                "2. hänvisa föreningen till kommunens anläggningsbidrag.",
            ],
        ),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Äppelbo Skidklubb har ansökt om ett partnerskap på 95 000 kronor per år för att "
            "preparera klubbens skidspår och sköta drift och uppvärmning av klubbstugan. "
            "Kultur- och fritidsenheten bedömer att ansökan avser föreningens ordinarie "
            "verksamhet och drift av föreningens egen anläggning. Sådant kan inte ingå i ett "
            "partnerskap enligt riktlinjerna, men kan ge rätt till anläggningsbidrag, som söks "
            "senast den 1 november.",
        ),
        (
            "p",
            "Ärendet avgörs av kommunstyrelsen i stället för arbetsutskottet eftersom "
            "arbetsutskottet har överlämnat det utan eget förslag.",
        ),
        ("h3", "Beslutsgång"),
        (
            "p",
            "Ordföranden frågar om kommunstyrelsen kan bifalla kultur- och fritidsenhetens "
            "förslag och finner att så sker.",
        ),
        (
            "lines",
            [
                "",
                "Vid protokollet",
                "Kerstin Wiklander, sekreterare",
                "",
                "Justeras",
                "Hans-Olov Björk, ordförande        Frida Persson, justerare",
            ],
        ),
    ],
)


# Osby: a Word guideline on föreningsstöd and IOP adopted by kommunfullmäktige, where most
# of the document is föreningsbidrag (member count, säte, aktivitetsstöd 7–20 år, lokalbidrag,
# arrangemangsbidrag, each with its own date), and IOP is chapter 6 with its own table of
# conditions, saying the chapter 2 conditions do not apply to IOP. Two contacts: fritid for
# bidrag and a named utvecklingsstrateg for IOP.
OSBY_RIKTLINJE = Doc(
    path="corpus/osby/osby-riktlinje-foreningsstod-och-iop.docx",
    title="Riktlinje för föreningsstöd och idéburet offentligt partnerskap",
    header_left="Osby kommun · Riktlinje för föreningsstöd och IOP · Dnr KS 2024/188",
    footer_lines=[
        "Osby kommun, 283 80 Osby · Växel 0479-528 00 · kommun@osby.se",
    ],
    author="Kommunledningsförvaltningen, Osby kommun",
    blocks=[
        ("h1", "Riktlinje för föreningsstöd och idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2025-02-24, § 12"),
                ("Gäller från", "2025-04-01"),
                ("Ansvarig", "Kommunledningsförvaltningen"),
                ("Ersätter", "Regler för föreningsbidrag 2017"),
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Osby kommun vill ha ett levande föreningsliv i hela kommunen, i Osby, Lönsboda, "
            "Killeberg, Hökön och Visseltofta. Riktlinjen samlar kommunens regler för "
            "föreningsbidrag och för idéburet offentligt partnerskap (IOP). Föreningsbidragen "
            "stöder föreningarnas egen, ordinarie verksamhet. Ett IOP är något annat: ett "
            "samarbete om en ny eller utvecklad verksamhet som föreningen och kommunen driver "
            "tillsammans.",
        ),
        ("h2", "2 Allmänna villkor för föreningsbidrag"),
        (
            "p",
            "För att kunna få föreningsbidrag ska föreningen",
        ),
        (
            "ul",
            [
                "vara registrerad i Osby kommuns föreningsregister,",
                "ha sitt säte i Osby kommun,",
                "ha minst tio medlemmar,",
                "ha antagna stadgar, en vald styrelse och hålla årsmöte varje år,",
                "ha ett eget organisationsnummer och ett bank- eller plusgirokonto.",
            ],
        ),
        ("h2", "3 Aktivitetsstöd"),
        (
            "p",
            "Aktivitetsstöd lämnas till föreningar med verksamhet för barn och unga i åldern "
            "7–20 år. Stödet är 14 kronor per deltagare och sammankomst. En sammankomst ska ha "
            "minst tre deltagare och pågå i minst en timme. Ansökan för vårterminen ska vara inne "
            "senast den 25 augusti och för höstterminen senast den 25 februari.",
        ),
        ("h2", "4 Lokalbidrag"),
        (
            "p",
            "Föreningar som hyr eller äger lokaler för barn- och ungdomsverksamhet kan få "
            "lokalbidrag med 40 procent av hyran eller driftkostnaden, dock högst 60 000 kronor "
            "per år. Ansökan ska vara inne senast den 1 december för nästa år.",
        ),
        ("h2", "5 Arrangemangsbidrag"),
        (
            "p",
            "Föreningar som ordnar ett öppet arrangemang för kommunens invånare, till exempel en "
            "marknad, en konsert eller en idrottsdag, kan få arrangemangsbidrag med högst 15 000 "
            "kronor. Ansökan ska vara inne senast sex veckor före arrangemanget.",
        ),
        ("h2", "6 Idéburet offentligt partnerskap (IOP)"),
        ("h3", "6.1 Vad ett IOP är"),
        (
            "p",
            "I ett IOP kommer kommunen och en idéburen organisation överens om att tillsammans "
            "driva en verksamhet inom folkhälsa, integration eller trygghet. Organisationen har "
            "idén och engagemanget, och kommunen bidrar med pengar och ibland med lokaler eller "
            "kunskap. Om idén har formulerats av kommunen prövas den i stället som upphandling "
            "eller som ett uppdrag inom kommunens egen verksamhet.",
        ),
        ("h3", "6.2 Villkor"),
        (
            "p",
            "De allmänna villkoren i avsnitt 2 gäller inte för IOP. I stället gäller följande.",
        ),
        (
            "table",
            (45, 115),
            [
                ["Villkor", "Förklaring"],
                [
                    "Organisationsform",
                    "Ideella föreningar, stiftelser och registrerade trossamfund. Organisationen "
                    "behöver inte ha sitt säte i Osby kommun, men verksamheten ska bedrivas här.",
                ],
                [
                    "Erfarenhet",
                    "Organisationen ska ha bedrivit verksamhet i minst fyra år.",
                ],
                [
                    "Egen insats",
                    "Minst 20 procent av kostnaden, i pengar, lokaler eller ideellt arbete. "
                    "Ideellt arbete räknas som 210 kronor per timme.",
                ],
                [
                    "Avgifter",
                    "Deltagarna ska inte betala avgift. Kostnad för mat och resor får tas ut till "
                    "självkostnad.",
                ],
                [
                    "Öppenhet",
                    "Verksamheten ska vara öppen för alla i målgruppen. Medlemskap får inte "
                    "krävas.",
                ],
                [
                    "Dubbel finansiering",
                    "En verksamhet som får aktivitetsstöd eller arrangemangsbidrag kan inte "
                    "samtidigt vara ett IOP.",
                ],
                [
                    "Längd",
                    "Tre år. Partnerskapet kan förlängas med högst två år efter en gemensam "
                    "utvärdering.",
                ],
            ],
        ),
        ("h3", "6.3 Ansökan och beslut"),
        (
            "p",
            "Organisationen skickar en idéskiss till iop@osby.se. Idéskisser som har kommit in "
            "senast den 31 augusti kan leda till ett partnerskap som börjar nästa år. "
            "Organisationen får besked inom 40 dagar om idén går vidare till dialog. "
            "Välfärdsnämnden beslutar om partnerskap upp till 400 000 kronor per år. Större "
            "partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h3", "6.4 Utbetalning, uppföljning och uppsägning"),
        (
            "p",
            "Kommunens bidrag betalas ut kvartalsvis i förskott. Organisationen lämnar en "
            "redovisning av verksamhet och ekonomi senast den 1 mars året efter. Vardera parten "
            "kan säga upp överenskommelsen med sex månaders uppsägningstid.",
        ),
        ("h2", "7 Föreningar och upphandling"),
        (
            "p",
            "Föreningar kan lämna anbud när kommunen upphandlar tjänster. Vid direktupphandling "
            "under gällande beloppsgräns kan kommunen vända sig direkt till en förening. Detta "
            "är varken föreningsbidrag eller IOP och regleras i kommunens upphandlingspolicy.",
        ),
        ("h2", "8 Kontakt"),
        (
            "table",
            (45, 115),
            [
                ["Fråga om", "Kontakt"],
                [
                    "Föreningsbidrag och föreningsregistret",
                    "Fritidsenheten, fritid@osby.se, 0479-528 60",
                ],
                [
                    "IOP",
                    "Karin Ljungqvist, utvecklingsstrateg, 0479-528 14, iop@osby.se",
                ],
            ],
        ),
    ],
)


# Region Västmanland: a "frågor och svar" PDF (bold questions, short answers) with the
# region's conditions (minst tre av länets tio kommuner, minst två år, no bolag, minst 30
# procent with 275 kronor per timme, avgiftsfri, two to four years), what cannot be an IOP,
# regional projektmedel and kulturbidrag that are not IOP, dates, three partnerships and a
# named strateg with telefontid.
REGION_VASTMANLAND_FOS = Doc(
    path="corpus/region-vastmanland/region-vastmanland-fragor-och-svar-iop.pdf",
    title="Frågor och svar om idéburet offentligt partnerskap med Region Västmanland",
    header_left="Region Västmanland",
    header_right=["FRÅGOR OCH SVAR", "Version 2026-01"],
    footer_lines=[
        "Region Västmanland · Regional utveckling · 721 89 Västerås · iop@regionvastmanland.se",
    ],
    author="Regional utveckling, Region Västmanland",
    blocks=[
        ("h1", "Frågor och svar om idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Här har vi samlat de frågor vi oftast får från föreningar som funderar på ett "
            "partnerskap med Region Västmanland. Hittar du inte svaret? Kontakta oss, se sista "
            "sidan.",
        ),
        ("bold", "Vad är ett IOP?"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan regionen och en "
            "idéburen organisation om att tillsammans driva en verksamhet som organisationen har "
            "tagit initiativ till. Båda parter bidrar med resurser och följer upp arbetet "
            "tillsammans. Ett IOP är inte ett bidrag och inte ett köp.",
        ),
        ("bold", "Vilka organisationer kan ingå ett IOP med regionen?"),
        (
            "p",
            "Ideella föreningar, stiftelser och registrerade trossamfund som har haft verksamhet "
            "i minst två år. Vi ingår inte partnerskap med bolag, ekonomiska föreningar eller "
            "enskilda firmor.",
        ),
        ("bold", "Måste verksamheten finnas i hela länet?"),
        (
            "p",
            "Nej, men den ska vara regional. Verksamheten ska bedrivas för invånare i minst tre "
            "av länets tio kommuner. Det räcker inte att föreningen har medlemmar i flera "
            "kommuner – själva verksamheten, på plats eller digitalt, ska finnas för invånarna "
            "i minst tre kommuner. Länets kommuner är Arboga, Fagersta, Hallstahammar, Kungsör, "
            "Köping, Norberg, Sala, Skinnskatteberg, Surahammar och Västerås.",
        ),
        ("bold", "Inom vilka områden kan det bli ett partnerskap?"),
        (
            "p",
            "Inom regionens ansvar: folkhälsa, stöd till patienter och närstående, kultur som "
            "når nya grupper och ett starkt civilsamhälle i hela länet.",
        ),
        ("bold", "Vad kan inte bli ett IOP?"),
        (
            "ul",
            [
                "Hälso- och sjukvård, till exempel behandling, rehabilitering och provtagning.",
                "Kollektivtrafik och sjukresor.",
                "Sådant som kommunerna ansvarar för, som skola, äldreomsorg och hemtjänst.",
                "Föreningens ordinarie kulturverksamhet. Den kan i stället få regionens "
                "verksamhetsbidrag till kultur, som söks senast den 15 oktober.",
                "Enstaka evenemang och konferenser.",
            ],
        ),
        ("bold", "Hur mycket måste vi bidra med själva?"),
        (
            "p",
            "Organisationen ska stå för minst 30 procent av kostnaden. Ideellt arbete räknas in "
            "med 275 kronor per timme, och även lokaler och material som ni står för räknas.",
        ),
        ("bold", "Får deltagarna betala något?"),
        (
            "p",
            "Nej. Verksamheten ska vara avgiftsfri för deltagarna och öppen för alla i "
            "målgruppen, oavsett medlemskap.",
        ),
        ("bold", "Hur länge gäller ett partnerskap?"),
        ("p", "I två till fyra år."),
        ("bold", "När och hur söker vi?"),
        (
            "p",
            "Skicka en idéskiss till iop@regionvastmanland.se senast den 28 februari. I april "
            "får ni besked om idén går vidare till dialog. Regionala utvecklingsnämnden beslutar "
            "i juni om partnerskap upp till 2 000 000 kronor per år; större partnerskap beslutas "
            "av regionstyrelsen. Ett partnerskap kan börja tidigast den 1 januari året efter.",
        ),
        ("bold", "Hur betalas pengarna ut?"),
        (
            "p",
            "En gång per år, i januari. Ni redovisar verksamhet och ekonomi för föregående år "
            "senast den 31 maj. Vardera parten kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
        ("bold", "Vi vill pröva en idé under kort tid. Är IOP rätt då?"),
        (
            "p",
            "Troligen inte. För utvecklingsprojekt finns regionens projektmedel för "
            "civilsamhället, högst 300 000 kronor i högst två år. De söks senast den 15 mars "
            "eller den 15 september. Projektmedel är inte ett IOP och har egna villkor.",
        ),
        ("bold", "Vilka partnerskap har regionen i dag?"),
        (
            "table",
            (50, 42, 42, 28, 28),
            [
                ["Verksamhet", "Organisation", "Kommuner", "Period", "Belopp per år"],
                [
                    "Stödgrupper för anhöriga till personer med demenssjukdom",
                    "Föreningen Minnesstöd Västmanland",
                    "Västerås, Köping, Sala, Fagersta",
                    "2025–2028",
                    "480 000 kronor",
                ],
                [
                    "Samtalsgrupper och chatt för unga med psykisk ohälsa",
                    "Stiftelsen Ung Kraft Mälardalen",
                    "Västerås, Hallstahammar, Surahammar och digitalt",
                    "2026–2029",
                    "720 000 kronor",
                ],
                [
                    "Läsombud och högläsning för äldre",
                    "Föreningen Läsande Bergslagen",
                    "Norberg, Fagersta, Skinnskatteberg",
                    "2024–2026",
                    "310 000 kronor",
                ],
            ],
        ),
        ("bold", "Vem kan vi prata med?"),
        (
            "p",
            "Sofia Åkerlund, utvecklingsstrateg för civilsamhället, telefon 021-481 73 25. "
            "Telefontid tisdagar och torsdagar kl. 8.30–10.00. Du kan också mejla "
            "iop@regionvastmanland.se.",
        ),
    ],
)


DOCS = [
    GOTEBORG_RIKTLINJER,
    RAGUNDA_INBJUDAN,
    VANSBRO_PROTOKOLL,
    OSBY_RIKTLINJE,
    REGION_VASTMANLAND_FOS,
]
