"""Text of the set_a (development set) documents that are PDF or Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""


Doc = dict  # the fields of build.py's Doc


FALUN_RIKTLINJER = Doc(
    path="corpus/falun/falun-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP)",
    header_left="Falu kommun  |  Kommunledningsförvaltningen",
    footer_lines=["Riktlinjer för IOP  ·  Dnr KS 2023/0417"],
    author="Kommunledningsförvaltningen, Falu kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Beslutad av", "Kommunstyrelsen 2023-10-10, § 187"),
                ("Diarienummer", "KS 2023/0417"),
                ("Gäller från", "1 januari 2024"),
                ("Dokumentansvarig", "Kommunledningsförvaltningen"),
                ("Revideras", "Senast 2027"),
            ],
        ),
        ("h2", "1. Inledning"),
        (
            "p",
            "Falu kommun har en lång tradition av samarbete med föreningslivet. Riktlinjerna "
            "beskriver när kommunen kan ingå ett idéburet offentligt partnerskap (IOP) med en "
            "idéburen organisation och hur det går till. Riktlinjerna gäller för "
            "kommunstyrelsen och kommunens samtliga nämnder.",
        ),
        ("h2", "2. Vad är ett IOP?"),
        (
            "p",
            "Ett IOP är en överenskommelse mellan kommunen och en eller flera idéburna "
            "organisationer om en verksamhet som parterna tillsammans vill utveckla för att "
            "möta en samhällsutmaning. Formen används när varken föreningsbidrag eller "
            "upphandling passar. I ett IOP är parterna jämbördiga: båda bidrar med resurser, "
            "och organisationen behåller sitt självbestämmande över hur verksamheten bedrivs.",
        ),
        ("h2", "3. Bedömningskriterier"),
        (
            "p",
            "En idé prövas mot kriterierna i tabellen nedan. Samtliga kriterier ska vara "
            "uppfyllda för att kommunen ska kunna ingå ett IOP.",
        ),
        (
            "table",
            (8, 26, 66),
            [
                ("Nr", "Kriterium", "Så tillämpar Falu kommun kriteriet"),
                (
                    "1",
                    "Idéburen organisation",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund. Ett eventuellt överskott används i verksamheten och delas inte "
                    "ut till ägare eller medlemmar. Aktiebolag och andra bolag kan inte ingå IOP "
                    "med kommunen.",
                ),
                (
                    "2",
                    "Registrerad i föreningsregistret",
                    "Organisationen finns i föreningsregistret hos Falu kommun och har lämnat "
                    "verksamhetsberättelse och revisionsberättelse för det senaste "
                    "verksamhetsåret.",
                ),
                (
                    "3",
                    "Organisationens eget initiativ",
                    "Idén kommer från organisationen. Kommunen tar inte initiativ till ett IOP "
                    "genom att efterfråga en viss verksamhet.",
                ),
                (
                    "4",
                    "Gemensam samhällsutmaning",
                    "Verksamheten bidrar till minst ett av målen i Falu kommuns program för "
                    "social hållbarhet, till exempel minskad ofrivillig ensamhet eller ökad "
                    "delaktighet.",
                ),
                (
                    "5",
                    "Ingen marknad",
                    "Det finns inga företag som erbjuder samma verksamhet på kommersiella villkor "
                    "i kommunen. Kommunen ersätter inte organisationen per prestation.",
                ),
                (
                    "6",
                    "Egen insats",
                    "Organisationen bidrar med minst en fjärdedel (25 procent) av verksamhetens "
                    "värde, i form av pengar, ideellt arbete eller lokaler.",
                ),
                (
                    "7",
                    "Inte ett ordinarie stöd",
                    "Ett IOP ersätter inte föreningsbidrag, lokalbidrag eller annat stöd till "
                    "organisationens löpande verksamhet.",
                ),
                (
                    "8",
                    "Tidsbegränsning",
                    "Partnerskapet gäller i minst två och högst fyra år och kan förlängas efter "
                    "utvärdering.",
                ),
            ],
        ),
        ("h2", "4. Så går det till"),
        (
            "ol",
            [
                "Första samtal. Organisationen kontaktar kommunens IOP-samordnare och berättar "
                "om sin idé.",
                "Idéskiss. Organisationen lämnar en idéskiss på kommunens mall.",
                "Bedömning. Kommunledningsförvaltningen och berörd förvaltning bedömer "
                "idéskissen mot kriterierna inom åtta veckor.",
                "Gemensam planering. Parterna tar fram mål, budget och former för uppföljning.",
                "Beslut. Den nämnd som ansvarar för området fattar beslut om att ingå "
                "partnerskapet.",
                "Överenskommelse och uppföljning. Överenskommelsen undertecknas och parterna "
                "följer upp verksamheten i en gemensam styrgrupp minst en gång per år.",
            ],
        ),
        ("h2", "5. Kontakt"),
        (
            "p",
            "Frågor om IOP besvaras av kommunens IOP-samordnare Helena Sjöberg, "
            "kommunledningsförvaltningen, telefon 023-86 42 17, e-post helena.sjoberg@falun.se.",
        ),
    ],
)

VETLANDA_PROTOKOLL = Doc(
    path="corpus/vetlanda/vetlanda-socialnamnden-protokoll-2024-03-20.pdf",
    title="Sammanträdesprotokoll Socialnämnden 2024-03-20",
    header_left="VETLANDA KOMMUN",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum 2024-03-20"],
    footer_lines=["Justerandes sign ............        Utdragsbestyrkande ............"],
    author="Socialnämnden, Vetlanda kommun",
    blocks=[
        ("h1", "Socialnämnden"),
        ("small", "Protokollsutdrag, paragraferna 44–45"),
        (
            "kv",
            [
                ("Plats och tid", "Stadshuset, sal Njudung, kl. 13.30–16.10"),
                (
                    "Beslutande",
                    "Bo Henriksson (C), ordförande; Elin Sandberg (S), vice ordförande; "
                    "Kent Ljung (M); Aida Hodžić (S); Lars-Ove Fransson (KD)",
                ),
                ("Övriga", "Camilla Berg, socialchef; Maria Gustavsson, sekreterare"),
                ("Utses att justera", "Elin Sandberg (S)"),
                ("Justeringens plats och tid", "Socialförvaltningen 2024-03-25"),
            ],
        ),
        ("h2", "§ 44  Anmälan av delegationsbeslut"),
        ("small", "Dnr SN 2024/5"),
        ("bold", "Beslut"),
        (
            "p",
            "Socialnämnden lägger redovisningen av delegationsbeslut för februari 2024 till "
            "handlingarna.",
        ),
        ("h2", "§ 45  Idéburet offentligt partnerskap med Frivilligcentralen i Vetlanda"),
        ("small", "Dnr SN 2024/38"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "lines",
            [
                "att ingå idéburet offentligt partnerskap med Frivilligcentralen i Vetlanda "
                "avseende väntjänst och Mötesplats Linden för perioden 1 maj 2024 – "
                "30 april 2027,",
                "att socialnämndens bidrag till partnerskapet är 380 000 kronor per år,",
                "att uppdra åt socialchefen att underteckna överenskommelsen, samt",
                "att uppdra åt socialförvaltningen att ta fram förslag till riktlinjer för "
                "idéburet offentligt partnerskap och redovisa dem för nämnden senast i "
                "december 2024.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Frivilligcentralen i Vetlanda är en ideell förening som sedan 2015 förmedlar "
            "väntjänst, det vill säga frivilliga som gör besök, följer med på promenader och "
            "hjälper till med små ärenden för äldre. Under hösten 2023 kontaktade föreningen "
            "socialförvaltningen med ett förslag om att tillsammans utveckla föreningens "
            "lokal Mötesplats Linden till en öppen mötesplats för äldre i centrala Vetlanda, "
            "med aktiviteter fem dagar i veckan.",
        ),
        (
            "p",
            "Föreningen bidrar med ett fyrtiotal volontärer, samordning och lokalen. Kommunen "
            "bidrar med 380 000 kronor per år och med kunskap från äldreomsorgens "
            "förebyggande enhet. En gemensam styrgrupp med representanter för båda parter "
            "följer upp verksamheten två gånger per år.",
        ),
        (
            "p",
            "Vetlanda kommun saknar i dag egna riktlinjer för idéburet offentligt partnerskap. "
            "Förvaltningen har i sin bedömning utgått från de kriterier som Sveriges Kommuner "
            "och Regioner (SKR) har tagit fram: att verksamheten sker på organisationens "
            "initiativ, att det inte finns någon marknad att vårda, att båda parter bidrar och "
            "att verksamheten inte detaljregleras av kommunen. Förvaltningen bedömer att "
            "kriterierna är uppfyllda.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse från enhetschef Anneli Ström, 2024-03-04",
                "Förslag till överenskommelse, bilaga 1",
            ],
        ),
        ("bold", "Beslutet skickas till"),
        ("lines", ["Frivilligcentralen i Vetlanda", "Socialchef", "Ekonomienheten"]),
        ("pagebreak",),
        ("bold", "Underskrifter"),
        (
            "kv",
            [
                ("Sekreterare", "Maria Gustavsson"),
                ("Ordförande", "Bo Henriksson"),
                ("Justerare", "Elin Sandberg"),
            ],
        ),
        ("bold", "Anslagsbevis"),
        (
            "p",
            "Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens "
            "digitala anslagstavla 2024-03-26. Protokollet förvaras på socialförvaltningen.",
        ),
    ],
)

SALA_VAGLEDNING = Doc(
    path="corpus/sala/sala-iop-vagledning.pdf",
    title="Idéburet offentligt partnerskap inom vård och omsorg – vägledning för föreningar",
    header_left="SALA KOMMUN",
    header_right=["VÄGLEDNING", "Datum: 2024-04-15", "Dnr: VON 2024/71"],
    footer_lines=[
        "Sala kommun  |  Vård- och omsorgsförvaltningen  |  Postadress: Box 304, 733 25 Sala  |  "
        "Besöksadress: Stora Torget 1",
        "Växel: 0224-74 70 00  |  E-post: iop@sala.se  |  www.sala.se",
    ],
    author="Vård- och omsorgsförvaltningen, Sala kommun",
    letterhead=True,
    blocks=[
        ("small", "Vård- och omsorgsförvaltningen"),
        (
            "h1",
            "Idéburet offentligt partnerskap inom vård och omsorg – vägledning för föreningar",
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Vård- och omsorgsnämnden i Sala kommun beslutade den 21 mars 2024 (§ 28) att "
            "öppna för idéburet offentligt partnerskap (IOP) inom nämndens område. Den här "
            "vägledningen beskriver när ett IOP kan komma i fråga och hur ni som förening "
            "går till väga. Vägledningen ersätter inte en prövning i varje enskilt fall.",
        ),
        ("h2", "När kan ett IOP komma i fråga?"),
        (
            "p",
            "För att ett IOP ska komma i fråga krävs att organisationen är idéburen, det vill "
            "säga att den drivs utan vinstsyfte och att ett eventuellt överskott stannar i "
            "verksamheten. Det krävs också att initiativet kommer från organisationen själv och "
            "att verksamheten riktar sig till personer som är 65 år eller äldre, eller till "
            "anhöriga som vårdar en närstående. Vidare bör organisationen ha bedrivit "
            "verksamhet i Sala kommun i minst ett år och kunna visa en budget där den egna "
            "insatsen framgår, till exempel ideellt arbete eller egna lokaler.",
        ),
        (
            "p",
            "Organisationen får inte ta ut avgifter av deltagarna för de aktiviteter som ingår "
            "i partnerskapet. Verksamheten får inte heller ersätta insatser som beviljas enligt "
            "socialtjänstlagen, till exempel hemtjänst eller dagverksamhet, och den får inte "
            "vara en tjänst som kommunen annars köper från ett företag. Ett IOP kan inte "
            "användas för att finansiera organisationens ordinarie drift, som hyra för "
            "föreningens egen lokal eller kostnader för styrelsen; för sådant finns "
            "föreningsbidrag som söks hos kultur- och fritidsförvaltningen.",
        ),
        ("h2", "Hur långa är partnerskapen?"),
        (
            "p",
            "Ett partnerskap ingås för högst tre år i taget. Därefter gör parterna en gemensam "
            "utvärdering innan nämnden tar ställning till ett nytt partnerskap.",
        ),
        ("h2", "Så går ni till väga"),
        (
            "p",
            "Beskriv er idé kort, gärna på högst en A4-sida, och skicka den till "
            "förvaltningens funktionsbrevlåda iop@sala.se. Vi återkommer inom tre veckor med "
            "förslag på tid för ett första möte. Om idén passar som IOP tar vi tillsammans fram "
            "en överenskommelse som vård- och omsorgsnämnden fattar beslut om. Nämnden "
            "sammanträder en gång i månaden utom i juli.",
        ),
        (
            "p",
            "Har ni frågor innan ni skickar in något kan ni ringa kommunens växel och be att "
            "bli kopplade till vård- och omsorgsförvaltningens utvecklingsenhet.",
        ),
    ],
)

KALIX_REMISSVERSION = Doc(
    path="corpus/kalix/kalix-iop-riktlinjer-remissversion.docx",
    title="Förslag: Riktlinjer för idéburet offentligt partnerskap (IOP) i Kalix kommun",
    header_left="UTKAST – REMISSVERSION 2024-09-16",
    footer_lines=["Kalix kommun  ·  Kommunstyrelsens förvaltning  ·  Dnr KS 2024/233"],
    author="Kommunstyrelsens förvaltning, Kalix kommun",
    blocks=[
        ("h1", "Förslag: Riktlinjer för idéburet offentligt partnerskap (IOP) i Kalix kommun"),
        (
            "box",
            "Detta är ett förslag som skickas på remiss. Riktlinjerna är inte antagna och gäller "
            "inte ännu. Kommunfullmäktige väntas besluta om riktlinjerna under våren 2025. "
            "Synpunkter lämnas senast den 30 november 2024 till kommunstyrelsen@kalix.se. Märk "
            "ert svar med diarienummer KS 2024/233.",
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Riktlinjerna ska ge föreningar och förvaltningar en gemensam grund för när Kalix "
            "kommun kan ingå idéburet offentligt partnerskap och hur sådana partnerskap ska "
            "beredas, beslutas och följas upp.",
        ),
        ("h2", "2 Krav på organisationen"),
        (
            "ol",
            [
                "Organisationen är en ideell förening eller en stiftelse med säte i Kalix kommun.",
                "Organisationen är registrerad i kommunens föreningsregister.",
                "Organisationen har bedrivit verksamhet i minst två år.",
                "Organisationen har antagna stadgar, en vald styrelse och en revisor.",
            ],
        ),
        ("h2", "3 Krav på verksamheten"),
        (
            "ol",
            [
                "Verksamheten sker på organisationens initiativ.",
                "Organisationen står för minst 10 procent av kostnaderna, i pengar eller "
                "ideellt arbete.",
                "Det finns ingen marknad för verksamheten i kommunen.",
                "Överenskommelsen gäller i högst fyra år.",
            ],
        ),
        ("h2", "4 Handläggning"),
        (
            "p",
            "Förslaget innebär att ansökan lämnas till kommunstyrelsens förvaltning, som "
            "bereder ärendet tillsammans med berörd förvaltning. Beslut fattas av den nämnd "
            "som ansvarar för verksamhetsområdet.",
        ),
        ("h2", "Frågor om remissen"),
        (
            "p",
            "Utredare Erik Lantto, kommunstyrelsens förvaltning, telefon 0923-651 02, e-post "
            "erik.lantto@kalix.se.",
        ),
    ],
)


DOCS = [FALUN_RIKTLINJER, VETLANDA_PROTOKOLL, SALA_VAGLEDNING, KALIX_REMISSVERSION]
