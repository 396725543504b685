"""Text of the set_d (development set for verdicts) documents that are PDF or Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""


Doc = dict  # the fields of build.py's Doc


ESLOV_KRITERIER = Doc(
    path="corpus/eslov/eslov-kriterier-iop.docx",
    title="Kriterier för idéburet offentligt partnerskap (IOP) i Eslövs kommun",
    header_left="Eslövs kommun  |  Kommunledningskontoret",
    footer_lines=["Kriterier för IOP  ·  KS 2024-02-06 § 21  ·  Dnr KS.2023.0512"],
    author="Kommunledningskontoret, Eslövs kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap (IOP) i Eslövs kommun"),
        (
            "kv",
            [
                ("Dokumenttyp", "Tillämpningsanvisning"),
                ("Beslutad av", "Kommunstyrelsen 2024-02-06, § 21"),
                ("Diarienummer", "KS.2023.0512"),
                ("Gäller från", "2024-03-01"),
                ("Ansvarig", "Kommunledningskontoret, enheten för hållbar utveckling"),
            ],
        ),
        ("h2", "Om IOP i Eslövs kommun"),
        (
            "p",
            "Eslövs kommun vill stärka samverkan med föreningslivet och andra idéburna "
            "organisationer. Ett idéburet offentligt partnerskap (IOP) är en överenskommelse "
            "om en verksamhet som organisationen och kommunen tillsammans driver för att möta "
            "ett behov som båda ser. Anvisningen kompletterar kommunens policy för samverkan "
            "med civilsamhället och beskriver de kriterier som kommunen prövar en idé mot.",
        ),
        ("h2", "Kriterier"),
        (
            "p",
            "Kommunen prövar varje idé mot kriterierna i tabellen. Samtliga kriterier ska vara "
            "uppfyllda. Kolumnen till höger visar vad organisationen lämnar in för att "
            "kriteriet ska kunna bedömas.",
        ),
        (
            "table",
            (22, 50, 28),
            [
                ("Kriterium", "Vad som krävs", "Underlag"),
                (
                    "Idéburen organisation",
                    "Ideell förening, stiftelse eller registrerat trossamfund som drivs utan "
                    "vinstsyfte. Ett överskott får inte delas ut till medlemmar, ägare eller "
                    "styrelse. Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte "
                    "vara part i ett IOP.",
                    "Stadgar och senaste årsmöteshandlingar",
                ),
                (
                    "Förankring i kommunen",
                    "Organisationen har bedrivit verksamhet i Eslövs kommun i minst två år och "
                    "är registrerad i kommunens föreningsregister.",
                    "Utdrag ur föreningsregistret",
                ),
                (
                    "Eget initiativ",
                    "Idén har tagits fram av organisationen. Kommunen beställer inte verksamheten.",
                    "Idéskiss från organisationen",
                ),
                (
                    "Gemensamt samhällsbehov",
                    "Verksamheten svarar mot ett behov som kommunen också arbetar med, till "
                    "exempel ofrivillig ensamhet, trygghet, integration eller psykisk hälsa.",
                    "Beskrivning av behovet i idéskissen",
                ),
                (
                    "Egen insats",
                    "Organisationen står för minst 20 procent av verksamhetens totala värde, i "
                    "form av pengar, lokaler eller ideellt arbete. Ideellt arbete räknas med "
                    "250 kronor per timme.",
                    "Budget där den egna insatsen framgår",
                ),
                (
                    "Öppen verksamhet",
                    "Verksamheten är öppen för alla i målgruppen, även för den som inte är "
                    "medlem i organisationen.",
                    "Beskrivning av hur deltagare nås",
                ),
                (
                    "Partipolitiskt och religiöst obunden verksamhet",
                    "Verksamheten inom partnerskapet får inte innehålla partipolitisk eller "
                    "religiös påverkan, även om organisationen i övrigt har en sådan grund.",
                    "Intygas i idéskissen",
                ),
                (
                    "Ingen marknad",
                    "Verksamheten ska inte vara något som kommunen kan köpa av ett företag. "
                    "Kommunen betalar inte per timme, per deltagare eller per insats.",
                    "–",
                ),
                (
                    "Kompletterar kommunens ansvar",
                    "Partnerskapet får inte ersätta verksamhet som kommunen är skyldig att ge "
                    "enligt lag, till exempel hemtjänst, skolundervisning eller "
                    "försörjningsstöd.",
                    "–",
                ),
            ],
        ),
        ("h2", "Avtalstid och bidrag"),
        (
            "p",
            "Ett partnerskap gäller i högst fyra år. Kommunens bidrag betalas ut två gånger per "
            "år enligt en budget som parterna har kommit överens om. Parterna följer upp "
            "verksamheten tillsammans minst en gång per år.",
        ),
        ("h2", "Så lämnar ni en idé"),
        (
            "ol",
            [
                "Kontakta kommunens samordnare för civilsamhället och berätta kort om idén.",
                "Lämna en idéskiss med beskrivning av behovet, målgruppen och en budget.",
                "Kommunledningskontoret och berörd förvaltning bedömer idéskissen mot "
                "kriterierna inom sex veckor.",
                "Om idén uppfyller kriterierna tar parterna fram en överenskommelse som berörd "
                "nämnd beslutar om.",
            ],
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Samordnare för civilsamhället Jenny Persson, kommunledningskontoret, telefon "
            "0413-621 48, e-post jenny.persson@eslov.se.",
        ),
    ],
)

MORA_RIKTLINJE = Doc(
    path="corpus/mora/mora-riktlinje-iop-aldre.pdf",
    title="Riktlinje för idéburet offentligt partnerskap i förebyggande arbete för äldre",
    header_left="MORA KOMMUN",
    header_right=["RIKTLINJE", "Antagen av socialnämnden 2024-05-28, § 62", "Dnr SN 2024/118"],
    footer_lines=[
        "Mora kommun  |  Socialförvaltningen  |  792 80 Mora  |  Besöksadress: Fredsgatan 16",
        "Växel: 0250-260 10  |  E-post: socialforvaltningen@mora.se  |  www.mora.se",
    ],
    author="Socialförvaltningen, Mora kommun",
    letterhead=True,
    blocks=[
        ("small", "Socialförvaltningen"),
        ("h1", "Riktlinje för idéburet offentligt partnerskap i förebyggande arbete för äldre"),
        ("h2", "Varför partnerskap?"),
        (
            "p",
            "Var fjärde Morabo är i dag över 65 år, och andelen ökar. Många äldre bor långt "
            "från service och grannar, och ofrivillig ensamhet är en av de största riskerna "
            "för ohälsa. Föreningslivet i Mora når människor som kommunen inte når. "
            "Socialnämnden vill därför kunna ingå idéburna offentliga partnerskap (IOP) med "
            "organisationer som har egna idéer om hur äldre kan få ett rikare vardagsliv. "
            "Riktlinjen beskriver vad som krävs och vad ett partnerskap inte kan omfatta.",
        ),
        ("h2", "Vad krävs för ett partnerskap?"),
        (
            "p",
            "För att socialnämnden ska kunna ingå ett partnerskap krävs att organisationen är "
            "idéburen, det vill säga en förening, en stiftelse eller ett trossamfund som "
            "arbetar utan vinstintresse och inte delar ut något överskott. Det krävs också att "
            "idén kommer från organisationen själv och att organisationen har ett eget "
            "organisationsnummer och ett bankgiro eller plusgiro i sitt namn.",
        ),
        (
            "p",
            "Partnerskapen ska förebygga ensamhet och ohälsa hos äldre. För att en verksamhet "
            "ska komma i fråga krävs därför att den riktar sig till personer över 65 år som "
            "bor i Mora kommun, eller till anhöriga som stödjer en äldre närstående. Idéer "
            "för andra åldersgrupper hänvisar vi till kultur- och fritidsnämndens "
            "föreningsstöd.",
        ),
        (
            "p",
            "Organisationen ska bidra med en egen insats, till exempel ideellt arbete, lokaler, "
            "material eller egna pengar. Någon fast andel kräver vi inte, men den egna insatsen "
            "ska framgå av budgeten. Verksamheten ska pågå regelbundet under hela avtalstiden, "
            "minst en gång i månaden.",
        ),
        ("h2", "Vad partnerskapet inte får omfatta"),
        (
            "p",
            "Partnerskapet får inte avse insatser som kommunen ger efter ett biståndsbeslut "
            "eller annars ansvarar för enligt lag, till exempel hemtjänst, färdtjänst eller "
            "städning. Det får inte heller avse hälso- och sjukvård, som omläggning av sår, "
            "fotvård eller att dela ut läkemedel.",
        ),
        (
            "p",
            "Partnerskapet får inte användas till enstaka arrangemang, som en utflykt, en fest "
            "eller en konsert. Deltagarna får inte betala mer än en symbolisk avgift, till "
            "exempel för kaffe. Kommunen ersätter inte organisationen per timme, per besök "
            "eller per deltagare; bidraget betalas ut enligt en budget som parterna har kommit "
            "överens om.",
        ),
        (
            "p",
            "Verksamheten inom partnerskapet får inte användas för partipolitisk verksamhet "
            "eller för religiös förkunnelse.",
        ),
        ("h2", "Vi ser gärna att …"),
        (
            "p",
            "Vi ser gärna att verksamheten når äldre i byarna utanför Mora tätort, till "
            "exempel i Venjan, Sollerön, Våmhus och Bonäs, och att flera föreningar går ihop. "
            "Det är inga krav, men vi tar hänsyn till det när vi prioriterar mellan idéer.",
        ),
        ("h2", "Avtalstid"),
        (
            "p",
            "Ett partnerskap gäller i två år och kan förlängas med högst två år i taget efter "
            "en gemensam utvärdering.",
        ),
        ("h2", "Så går det till"),
        (
            "p",
            "Börja med att kontakta socialförvaltningens utvecklingsledare Maria Ersson, "
            "telefon 0250-267 34, e-post maria.ersson@mora.se. Hon hjälper er att beskriva "
            "idén och bedöma om den passar som partnerskap. Idéer tas emot hela året. "
            "Socialnämnden fattar beslut om varje partnerskap.",
        ),
    ],
)


DOCS = [ESLOV_KRITERIER, MORA_RIKTLINJE]
