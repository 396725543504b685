"""Text of the set_aa (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Österåker: a policy adopted by kommunfullmäktige on all forms of cooperation with civil society
# (dialog, föreningsbidrag, IOP, upphandling enligt LOU), where the conditions of IOP stand only in
# a comparison table of the three economic forms ("4 Formerna jämförda"): for IOP minst tre år and
# minst 25 medlemmar, fastlandet or skärgården (Ljusterö, Ingmarsö, Husarö), högst 50 kronor per
# tillfälle, minst 20 procent with 260 kronor per timme, no payment per deltagare, ett till fyra
# år, a nämnd up to 400 000 kronor per år, idéskiss senast 15 januari or 15 augusti; the
# föreningsbidrag column has other numbers (ett år, 10 medlemmar, aktivitetsstöd 7–20 år, 1 mars).
# Then how the kommun chooses a form, the IOP process (besked 15 mars / 15 oktober, start 1 juli /
# 1 januari, quarterly payment, 30 april, sex månader) and a named samordnare. Sidecar.
OSTERAKER_POLICY = Doc(
    path="corpus/osteraker/osteraker-policy-samverkan-med-civilsamhallet.pdf",
    title="Policy för samverkan med civilsamhället – Österåkers kommun",
    header_left="Österåkers kommun",
    header_right=["Policy", "KS 2025/0412"],
    footer_lines=[
        "Österåkers kommun · Kommunledningskontoret · 184 86 Åkersberga · "
        "Växel 08-540 812 00 · civilsamhalle@osteraker.se"
    ],
    author="Kommunledningskontoret, Österåkers kommun",
    blocks=[
        ("h1", "Policy för samverkan med civilsamhället"),
        (
            "kv",
            [
                ("Dokumenttyp", "Policy"),
                ("Fastställd av", "Kommunfullmäktige 2025-10-20 § 118"),
                ("Diarienummer", "KS 2025/0412"),
                ("Gäller för", "Kommunstyrelsen och samtliga nämnder"),
                ("Dokumentansvarig", "Kommunledningskontoret"),
                ("Revideras", "Vart fjärde år"),
            ],
        ),
        ("h2", "1 Varför en policy?"),
        (
            "p",
            "Föreningar, trossamfund, stiftelser och andra idéburna organisationer gör stora "
            "insatser för människor som bor i Österåker, från Åkersberga och Österskär till "
            "Svinninge, Roslags-Kulla och öarna i skärgården. Kommunen vill samverka med "
            "civilsamhället på ett sätt som är tydligt, rättvist och enkelt att förstå. Den här "
            "policyn beskriver vilka former av samverkan kommunen använder och hur kommunen "
            "väljer mellan dem.",
        ),
        ("h2", "2 Utgångspunkter"),
        (
            "ul",
            [
                "Civilsamhällets självständighet respekteras. Kommunen styr inte organisationernas "
                "inre arbete.",
                "Samverkan bygger på dialog, öppenhet och ömsesidig tillit.",
                "Kommunen ska välja den form av samverkan som passar syftet, och tydligt tala om "
                "vilken form det är.",
                "Samma kostnad får inte finansieras två gånger, till exempel både med "
                "föreningsbidrag och inom ett idéburet offentligt partnerskap.",
            ],
        ),
        ("h2", "3 Former för samverkan"),
        (
            "p",
            "Kommunen samverkar med civilsamhället genom dialog, till exempel i föreningsrådet och "
            "i kommunala pensionärsrådet, och genom tre ekonomiska former: föreningsbidrag, "
            "idéburet offentligt partnerskap (IOP) och upphandling enligt lagen om offentlig "
            "upphandling (LOU). En organisation kan ha flera former samtidigt, till exempel "
            "föreningsbidrag för sin ordinarie verksamhet och ett partnerskap om en ny "
            "verksamhet, så länge det är olika kostnader som finansieras.",
        ),
        ("h2", "4 Formerna jämförda"),
        (
            "p",
            "Tabellen visar vad som gäller för de tre ekonomiska formerna. Villkoren i kolumnen "
            "för idéburet offentligt partnerskap ska alla vara uppfyllda för att kommunen ska "
            "kunna ingå ett partnerskap.",
        ),
        (
            "table",
            (28, 44, 50, 44),
            [
                ["", "Föreningsbidrag", "Idéburet offentligt partnerskap (IOP)",
                 "Upphandling (LOU)"],
                [
                    "Vem tar initiativet?",
                    "Föreningen söker enligt kommunens bidragsregler.",
                    "Den idéburna organisationen. En idé som kommunen själv har beställt kan inte "
                    "bli ett partnerskap.",
                    "Kommunen.",
                ],
                [
                    "Vem kan vara part?",
                    "Förening som finns i kommunens föreningsregister.",
                    "Ideell förening, stiftelse eller registrerat trossamfund. Inte aktiebolag, "
                    "handelsbolag eller ekonomisk förening.",
                    "Alla leverantörer, även företag.",
                ],
                [
                    "Krav på organisationen",
                    "Minst ett år och minst 10 medlemmar. Aktivitetsstöd lämnas för deltagare "
                    "7–20 år.",
                    "Verksamhet i minst tre år och minst 25 medlemmar. En stiftelse eller ett "
                    "trossamfund ska ha haft verksamhet i minst tre år.",
                    "Enligt upphandlingsdokumenten.",
                ],
                [
                    "Var?",
                    "Föreningen har sitt säte i Österåkers kommun.",
                    "Verksamheten bedrivs i Österåkers kommun, på fastlandet eller i skärgården, "
                    "till exempel på Ljusterö, Ingmarsö eller Husarö.",
                    "Enligt upphandlingsdokumenten.",
                ],
                [
                    "Deltagare och avgift",
                    "Föreningen bestämmer själv.",
                    "Öppen för alla i målgruppen, även för den som inte är medlem. Högst 50 "
                    "kronor per tillfälle.",
                    "Kommunen bestämmer.",
                ],
                [
                    "Egen insats",
                    "Inget krav.",
                    "Minst 20 procent av den totala kostnaden. Ideellt arbete räknas med 260 "
                    "kronor per timme.",
                    "Ingen. Kommunen betalar hela priset.",
                ],
                [
                    "Hur kommunen betalar",
                    "Bidrag enligt bidragsreglerna.",
                    "Ett bidrag till verksamheten som helhet, aldrig per deltagare, besök eller "
                    "timme. Betalas i förskott en gång per kvartal.",
                    "Pris enligt avtal, ofta per timme eller per deltagare.",
                ],
                [
                    "Avtalstid",
                    "Ett år i taget.",
                    "Ett till fyra år.",
                    "Enligt avtalet.",
                ],
                [
                    "Vem beslutar?",
                    "Kultur- och fritidsnämnden.",
                    "Den nämnd som verksamheten hör till, upp till 400 000 kronor per år. Över det "
                    "beslutar kommunstyrelsen.",
                    "Enligt delegationsordningen.",
                ],
                [
                    "Hur söker man?",
                    "Ansökan senast 1 mars varje år.",
                    "Idéskiss senast 15 januari eller 15 augusti.",
                    "Anbud på kommunens annons.",
                ],
                [
                    "Passar för",
                    "Föreningens ordinarie verksamhet.",
                    "Nya idéer från civilsamhället där båda parter bidrar.",
                    "Tjänster som kommunen har bestämt och ska ge, till exempel enligt lag.",
                ],
            ],
        ),
        ("h2", "5 Så väljer kommunen form"),
        (
            "p",
            "Har kommunen själv bestämt vad som ska göras, eller ska kommunen enligt lag ge en "
            "tjänst, till exempel hemtjänst eller skolskjuts, används upphandling. Vill en "
            "förening ha stöd för sin ordinarie verksamhet är föreningsbidrag rätt form. Idéburet "
            "offentligt partnerskap används när en idéburen organisation har en egen idé som "
            "svarar mot ett behov som också kommunen ser, och båda parter vill bidra. Ett "
            "enstaka evenemang, till exempel en konsert, en marknad eller en festival, kan inte "
            "bli ett partnerskap. Verksamheten får inte vara partipolitisk eller ha religiös "
            "förkunnelse som syfte.",
        ),
        ("h2", "6 Idéburet offentligt partnerskap i Österåker"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss på kommunens blankett och skickar den "
            "till civilsamhalle@osteraker.se. För en idéskiss som har kommit in senast den 15 "
            "januari lämnar kommunledningskontoret besked senast den 15 mars om idén går vidare, "
            "och partnerskapet kan starta tidigast den 1 juli. För en idéskiss som har kommit in "
            "senast den 15 augusti lämnas besked senast den 15 oktober, och partnerskapet kan "
            "starta tidigast den 1 januari året därpå.",
        ),
        (
            "p",
            "Går idén vidare för parterna en dialog om mål, budget och uppföljning. Därefter "
            "beslutar den nämnd som verksamheten hör till, eller kommunstyrelsen, enligt tabellen "
            "i avsnitt 4.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "varje år senast den 30 april året därpå. Vardera part kan säga upp överenskommelsen "
            "med sex månaders uppsägningstid. Kommunledningskontoret följer varje år upp hur "
            "policyn tillämpas och rapporterar till kommunstyrelsen.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Frågor om policyn och om idéburet offentligt partnerskap besvaras av Annika Wrede "
            "Sandström, samordnare för civilsamhället på kommunledningskontoret, telefon "
            "08-540 813 46, e-post civilsamhalle@osteraker.se. Frågor om föreningsbidrag besvaras "
            "av kultur- och fritidsförvaltningen.",
        ),
    ],
)


# Österåker: a letter (skrivelse) from Österåkers Föreningsråd, a body of the associations and no
# part of the kommun, asking kommunstyrelsen to lower the IOP thresholds of the policy: två år
# instead of tre, 15 instead of 25 medlemmar, 80 instead of 50 kronor per tillfälle, 10 instead of
# 20 procent, 300 instead of 260 kronor per timme. Not the rules. Signed by the chair with a
# mobile number. Sidecar.
OSTERAKER_SKRIVELSE = Doc(
    path="corpus/osteraker/osteraker-skrivelse-foreningsradet-iop-2026.pdf",
    title="Skrivelse från Österåkers Föreningsråd om villkoren för idéburet offentligt partnerskap",
    header_left="Österåkers Föreningsråd",
    header_right=["Skrivelse", "2026-02-09"],
    footer_lines=[
        "Österåkers Föreningsråd · c/o Ekdahl, Tunavägen 14, 184 35 Åkersberga · "
        "foreningsradet.osteraker@gmail.com"
    ],
    page_numbers=False,
    letterhead=True,
    author="Österåkers Föreningsråd",
    blocks=[
        ("lines", ["Till kommunstyrelsen", "Österåkers kommun", "184 86 Åkersberga"]),
        ("lines", ["Åkersberga den 9 februari 2026"]),
        (
            "h2",
            "Sänk trösklarna för idéburet offentligt partnerskap – förslag till ändringar i "
            "Policy för samverkan med civilsamhället",
        ),
        (
            "p",
            "Österåkers Föreningsråd samlar 64 föreningar i kommunen. Föreningsrådet är ett "
            "samarbetsorgan för föreningarna och är inte en del av kommunen.",
        ),
        (
            "p",
            "Vi välkomnar att kommunfullmäktige i oktober 2025 antog en policy för samverkan med "
            "civilsamhället. Men när vi har gått igenom villkoren för idéburet offentligt "
            "partnerskap med våra medlemsföreningar ser vi att många av de små föreningarna, "
            "särskilt i skärgården, aldrig kommer att kunna ingå ett partnerskap. I dag krävs att "
            "föreningen har haft verksamhet i tre år och har 25 medlemmar, att avgiften är högst "
            "50 kronor per tillfälle och att föreningen står för 20 procent av kostnaden.",
        ),
        ("bold", "Föreningsrådet föreslår att kommunstyrelsen låter ändra policyn så att"),
        (
            "ol",
            [
                "det räcker att föreningen har haft verksamhet i två år,",
                "det räcker med 15 medlemmar,",
                "avgiften till deltagarna får vara högst 80 kronor per tillfälle, eftersom en "
                "lunch eller ett material kostar mer än 50 kronor,",
                "föreningens egen insats ska vara minst 10 procent av kostnaden, och",
                "ideellt arbete räknas med 300 kronor per timme, i stället för 260 kronor.",
            ],
        ),
        (
            "p",
            "Vi ber också att kommunen tar emot idéskisser löpande under året och inte bara två "
            "gånger per år. Vi deltar gärna i ett samtal om förslagen.",
        ),
        ("p", "För Österåkers Föreningsråd"),
        (
            "lines",
            [
                "Lars-Göran Ekdahl",
                "ordförande",
                "070-412 66 93",
            ],
        ),
    ],
)


# Vännäs: kommunfullmäktige's guidelines as a Word document with numbered chapters and
# sub-numbered paragraphs and a chapter of definitions (2.4 ideellt arbete 190 kronor per timme,
# 2.5 tillfälle, 2.7 unga 13–25 år, 2.8 äldre = fyllt 70 år, 2.9 nyanländ); 3.2 minst ett avslutat
# verksamhetsår; 3.3 minst 12 medlemmar of whom minst hälften folkbokförda i Vännäs kommun; 3.4 the
# orter; 3.5 only three areas; 3.7 högst 30 kronor per tillfälle; 3.8 minst 15 procent; löpande,
# sex veckor; a three-step decision limit (arbetsutskottet 100 000, kommunstyrelsen 600 000,
# kommunfullmäktige above or longer than three years); kvartalsvis; 28 februari; tre månader.
# No named person. Sidecar.
VANNAS_RIKTLINJER = Doc(
    path="corpus/vannas/vannas-riktlinjer-iop.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Vännäs kommun",
    header_left="Vännäs kommun · Riktlinjer · Dnr KS 2025/211",
    footer_lines=[
        "Vännäs kommun · Kommunledningskontoret · 911 81 Vännäs · Växel 0935-141 00 · "
        "iop@vannas.se"
    ],
    author="Kommunledningskontoret, Vännäs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Antagna av", "Kommunfullmäktige 2025-06-16 § 54"),
                ("Diarienummer", "KS 2025/211"),
                ("Gäller från", "2025-07-01"),
                ("Ansvarig", "Kommunledningskontoret"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "1.1 Syfte. Riktlinjerna anger när och hur Vännäs kommun kan ingå idéburet offentligt "
            "partnerskap med en idéburen organisation. De ska ge organisationer och kommunens "
            "förvaltningar samma bild av vad som gäller.",
        ),
        (
            "p",
            "1.2 Giltighet. Riktlinjerna gäller för kommunstyrelsen och kommunens nämnder. De "
            "gäller inte för föreningsbidrag, som regleras i kommunens bidragsregler, och inte för "
            "upphandling.",
        ),
        ("h2", "2 Definitioner"),
        ("p", "I dessa riktlinjer avses med"),
        (
            "p",
            "2.1 Idéburen organisation: en organisation som drivs utan vinstsyfte och med ett "
            "allmännyttigt ändamål, till exempel en ideell förening, en stiftelse eller ett "
            "registrerat trossamfund.",
        ),
        (
            "p",
            "2.2 Idéburet offentligt partnerskap (IOP): en skriftlig överenskommelse mellan "
            "kommunen och en idéburen organisation om en verksamhet som organisationen har tagit "
            "initiativ till och som båda parter bidrar till.",
        ),
        (
            "p",
            "2.3 Idéskiss: organisationens korta beskrivning av idén, behovet, målgruppen, "
            "kostnaden och den egna insatsen.",
        ),
        (
            "p",
            "2.4 Egen insats: det som organisationen själv bidrar med i form av pengar, ideellt "
            "arbete, lokaler eller material. Ideellt arbete värderas till 190 kronor per timme.",
        ),
        (
            "p",
            "2.5 Tillfälle: en aktivitet som genomförs vid ett och samma tillfälle under en dag, "
            "till exempel en träff, en kurskväll eller en utflykt.",
        ),
        ("p", "2.6 Verksamhetsår: organisationens räkenskapsår enligt stadgarna."),
        ("p", "2.7 Unga: personer som är 13–25 år."),
        ("p", "2.8 Äldre: personer som har fyllt 70 år."),
        (
            "p",
            "2.9 Nyanländ: en person som har fått uppehållstillstånd i Sverige under de senaste "
            "fem åren.",
        ),
        ("h2", "3 Förutsättningar för partnerskap"),
        ("p", "Samtliga förutsättningar i 3.1–3.9 ska vara uppfyllda."),
        (
            "p",
            "3.1 Organisationsform. Partnerskap kan ingås med en ideell förening, en stiftelse "
            "eller ett registrerat trossamfund med organisationsnummer. Aktiebolag, ekonomiska "
            "föreningar och enskilda firmor kan inte vara part, inte heller ett bolag som ägs av "
            "en förening.",
        ),
        (
            "p",
            "3.2 Verksamhetstid. Organisationen ska ha minst ett avslutat verksamhetsår med "
            "årsmöte, verksamhetsberättelse och revisionsberättelse när idéskissen lämnas in.",
        ),
        (
            "p",
            "3.3 Medlemmar. Organisationen ska ha minst 12 medlemmar. Minst hälften av "
            "medlemmarna ska vara folkbokförda i Vännäs kommun. För en stiftelse eller ett "
            "trossamfund gäller i stället att styrelsens ledamöter till minst hälften ska vara "
            "folkbokförda i kommunen.",
        ),
        (
            "p",
            "3.4 Geografi. Verksamheten ska bedrivas i Vännäs kommun, till exempel i Vännäs "
            "tätort, Vännäsby, Pengsjö eller Tväråbäck. Personer från andra kommuner får delta, "
            "men verksamheten ska i första hand vända sig till invånare i Vännäs kommun.",
        ),
        (
            "p",
            "3.5 Område. Partnerskapet ska avse minst ett av följande tre områden: a) meningsfull "
            "fritid för unga, b) insatser mot ofrivillig ensamhet bland äldre, c) etablering för "
            "nyanlända. Med unga, äldre och nyanlända avses det som anges i 2.7–2.9.",
        ),
        (
            "p",
            "3.6 Öppenhet. Verksamheten ska vara öppen för alla i målgruppen. Deltagande får inte "
            "kräva medlemskap i organisationen.",
        ),
        (
            "p",
            "3.7 Avgifter. Organisationen får ta ut en avgift av deltagarna med högst 30 kronor "
            "per tillfälle. Resor vid utflykter får därutöver tas ut till självkostnadspris.",
        ),
        (
            "p",
            "3.8 Egen insats. Organisationen ska bidra med en egen insats som motsvarar minst 15 "
            "procent av verksamhetens totala kostnader, värderad enligt 2.4.",
        ),
        (
            "p",
            "3.9 Begränsningar. Partnerskap kan inte ingås om verksamheten är sådan som kommunen "
            "enligt lag ska tillhandahålla, om kommunen redan köper verksamheten genom "
            "upphandling, om verksamheten är ett enstaka arrangemang, om kommunens del skulle "
            "betalas per deltagare eller per besök, om verksamheten är partipolitisk eller har "
            "religiös förkunnelse som syfte, eller om organisationen har skulder hos "
            "Kronofogden.",
        ),
        ("h2", "4 Idéskiss och handläggning"),
        (
            "p",
            "4.1 Idéskisser tas emot löpande under hela året. Idéskissen skickas till "
            "iop@vannas.se eller till Vännäs kommun, Kommunledningskontoret, 911 81 Vännäs.",
        ),
        (
            "p",
            "4.2 Kommunledningskontoret lämnar besked inom sex veckor från det att idéskissen kom "
            "in om idén går vidare till dialog.",
        ),
        (
            "p",
            "4.3 Går idén vidare tar organisationen och berörd förvaltning gemensamt fram ett "
            "förslag till överenskommelse med mål, budget, egen insats och uppföljning.",
        ),
        ("h2", "5 Beslut"),
        (
            "p",
            "5.1 Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens del är högst "
            "100 000 kronor per år.",
        ),
        (
            "p",
            "5.2 Kommunstyrelsen beslutar om partnerskap där kommunens del är högst 600 000 "
            "kronor per år.",
        ),
        (
            "p",
            "5.3 Kommunfullmäktige beslutar om partnerskap där kommunens del är större än 600 000 "
            "kronor per år eller där avtalstiden är längre än tre år.",
        ),
        ("h2", "6 Överenskommelsen"),
        (
            "p",
            "6.1 En överenskommelse gäller i regel i ett till tre år. Längre avtalstid, dock högst "
            "fem år, kräver beslut av kommunfullmäktige enligt 5.3.",
        ),
        ("p", "6.2 Kommunens del betalas ut kvartalsvis i förskott."),
        ("h2", "7 Uppföljning och avslut"),
        (
            "p",
            "7.1 Organisationen lämnar en redovisning av verksamhet och ekonomi, inklusive den "
            "egna insatsen, senast den 28 februari året efter varje verksamhetsår.",
        ),
        (
            "p",
            "7.2 Vardera part kan säga upp överenskommelsen med tre månaders uppsägningstid. "
            "Kommunen får säga upp överenskommelsen med omedelbar verkan om förutsättningarna i "
            "3 inte längre är uppfyllda.",
        ),
        ("p", "7.3 Riktlinjerna ses över senast 2028."),
    ],
)


# Nordmaling: an extract of kultur- och fritidsnämnden's minutes with five §§ (§§ 12–16), only one
# of them on IOP (§ 14, Dnr KFN 2025/96: Rundviks Intresseförening, Ungdomsgården Rundvik,
# 2026-04-01–2028-12-31, 185 000 kronor per år paid in April and October, a reservation for one
# year instead). The criteria stand only as the ärendebeskrivning's summary of the kommun's
# guidelines (minst tre år in Nordmalings kommun, open to all, högst 30 kronor per tillfälle, minst
# 25 procent with 200 kronor per timme, the nämnd up to 200 000 kronor per år). The other §§ have
# numbers of their own (driftbidrag, aktivitetsstöd 7–20 år, Nordmalings simhall, a föreningsträff).
# A named fritidskonsulent as contact for the partnership, no number; the växel in the footer.
# Sidecar.
NORDMALING_PROTOKOLL = Doc(
    path="corpus/nordmaling/nordmaling-kfn-protokoll-2026-02-18-utdrag.pdf",
    title="Kultur- och fritidsnämnden Nordmaling – protokoll 2026-02-18, utdrag §§ 12–16",
    header_left="Nordmalings kommun",
    header_right=["Kultur- och fritidsnämnden", "Sammanträdesprotokoll", "2026-02-18"],
    footer_lines=[
        "Nordmalings kommun · Kultur- och fritidsförvaltningen · 914 81 Nordmaling · "
        "Växel 0930-143 00 · kulturfritid@nordmaling.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Kultur- och fritidsnämnden, Nordmalings kommun",
    blocks=[
        ("h1", "Kultur- och fritidsnämnden – sammanträdesprotokoll (utdrag)"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-18, kl. 13.00–15.40"),
                ("Plats", "Kommunhuset i Nordmaling, sammanträdesrum Öreälven"),
                ("Ordförande", "Gunnel Persson Höglund (C)"),
                ("Sekreterare", "Alva Nyberg"),
                ("Justerare", "Roger Hellström (S)"),
                ("Justeringsdatum", "2026-02-23"),
                ("Paragrafer", "§§ 12–16"),
            ],
        ),
        ("h2", "§ 12 Val av justerare"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att utse Roger Hellström (S) att jämte "
            "ordföranden justera protokollet den 23 februari 2026.",
        ),
        ("h2", "§ 13 Fördelning av driftbidrag till föreningar 2026"),
        ("small", "Dnr KFN 2026/4"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att fördela 1 240 000 kronor i driftbidrag till "
            "föreningar för 2026 enligt förvaltningens förslag.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Enligt kommunens bidragsregler kan föreningar med minst 10 medlemmar som har sitt "
            "säte i kommunen få driftbidrag för samlingslokaler och anläggningar. 27 föreningar "
            "har sökt. Aktivitetsstöd för deltagare 7–20 år söks separat två gånger per år och "
            "ingår inte i beslutet.",
        ),
        (
            "h2",
            "§ 14 Idéburet offentligt partnerskap med Rundviks Intresseförening – "
            "Ungdomsgården Rundvik",
        ),
        ("small", "Dnr KFN 2025/96"),
        ("bold", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Rundviks Intresseförening, "
                "org.nr 885500-2741, om verksamheten Ungdomsgården Rundvik enligt förslag till "
                "överenskommelse,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-12-31,",
                "att kommunens del är 185 000 kronor per år, som betalas ut i förskott två gånger "
                "per år, i april och i oktober, samt",
                "att uppdra åt kultur- och fritidschefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Reservation"),
        (
            "p",
            "Mats Engström (SD) reserverar sig mot beslutet till förmån för sitt yrkande att "
            "partnerskapet först ska gälla i ett år.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Rundviks Intresseförening bildades 1946 och har 212 medlemmar. Sedan fritidsgården i "
            "Rundvik stängdes 2023 har föreningen på ideell grund hållit föreningshuset öppet för "
            "ungdomar några kvällar i månaden. I en idéskiss från 2025-09-30 föreslog föreningen "
            "att tillsammans med kommunen driva en ungdomsgård i föreningshuset. Efter två "
            "dialogmöten har föreningen och förvaltningen tagit fram ett gemensamt förslag till "
            "överenskommelse.",
        ),
        (
            "p",
            "Ungdomsgården ska vara öppen fredagar och lördagar kl. 18–23 för ungdomar 13–18 år "
            "från Rundvik, Håknäs, Nordmaling och byarna runt omkring. Entrén kostar 20 kronor "
            "per kväll. "
            "Föreningens egen insats beräknas till 1 100 ideella timmar per år, som med 200 "
            "kronor per timme motsvarar 220 000 kronor, samt lokalen. Verksamhetens totala "
            "budget är 480 000 kronor per år.",
        ),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap (KF 2023-05-15 § 41) "
            "ska föreningen ha bedrivit verksamhet i Nordmalings kommun i minst tre år, "
            "verksamheten ska vara öppen för alla i målgruppen oavsett medlemskap, avgifter får "
            "vara högst 30 kronor per tillfälle och föreningen ska stå för minst 25 procent av "
            "verksamhetens kostnad. Ideellt arbete värderas till 200 kronor per timme. Kultur- och "
            "fritidsnämnden får besluta om partnerskap upp till 200 000 kronor per år. "
            "Förvaltningen bedömer att samtliga villkor är uppfyllda.",
        ),
        (
            "p",
            "Föreningen lämnar en redovisning av verksamhet och ekonomi senast den 31 mars varje "
            "år. Kontaktperson för partnerskapet på kultur- och fritidsförvaltningen är Joel "
            "Brändström, fritidskonsulent.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-29",
                "Idéskiss från Rundviks Intresseförening 2025-09-30",
                "Förslag till överenskommelse",
            ],
        ),
        ("h2", "§ 15 Öppettider för Nordmalings simhall sommaren 2026"),
        ("small", "Dnr KFN 2026/11"),
        ("bold", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att Nordmalings simhall håller stängt för "
            "underhåll från och med 22 juni till och med 9 augusti 2026, och att simskolan i "
            "stället förläggs till badplatsen i Lögdeå.",
        ),
        ("h2", "§ 16 Delegationsbeslut och meddelanden"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att lägga redovisningen av delegationsbeslut "
            "och meddelanden till handlingarna. Förvaltningschefen informerar om att årets "
            "föreningsträff hålls den 14 april 2026 i Gräsmyr.",
        ),
        (
            "small",
            "Expedieras: Rundviks Intresseförening (§ 14), ekonomienheten (§§ 13–14), "
            "fritidsenheten (§ 15)",
        ),
        ("small", "Rätt utdraget intygar: Alva Nyberg, nämndsekreterare"),
    ],
)


# Surahammar: an ansökningsblankett for IOP (blankett KS 214) with field labels and help texts in
# a three-column table (Fält | Hjälptext | Svar): no bolag; minst två år to the sista
# ansökningsdag; minst 15 betalande medlemmar; barn och unga 6–20 år or seniorer who have fyllt 65
# år; Surahammar, Virsbo, Ramnäs; högst 40 kronor per tillfälle and open to non-members; minst 20
# procent with 210 kronor per timme; no payment per deltagare; högst tre år. How to send it (15
# mars / 1 juli, 15 september / 1 januari året därpå; tre veckor; the arbetsutskott up to 250 000
# kronor). Only a functional mailbox and the växel, no named person. No sidecar.
SURAHAMMAR_BLANKETT = Doc(
    path="corpus/surahammar/surahammar-ansokan-iop-blankett.pdf",
    title="Ansökan om idéburet offentligt partnerskap (IOP) – Surahammars kommun",
    header_left="Surahammars kommun",
    header_right=["Blankett KS 214", "Version 2026:1"],
    footer_lines=[
        "Surahammars kommun · Kommunstyrelsens förvaltning · 735 85 Surahammar · "
        "Växel 0220-392 00 · iop@surahammar.se"
    ],
    author="Kommunstyrelsens förvaltning, Surahammars kommun",
    blocks=[
        ("h1", "Ansökan om idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "Läs hjälptexten till varje fält innan ni fyller i. Hjälptexterna beskriver också "
            "vad som krävs för att kommunen ska kunna ingå ett partnerskap. Fyll i blanketten "
            "digitalt eller för hand med tydlig text.",
        ),
        ("h2", "Del A. Organisationen"),
        (
            "table",
            (40, 80, 46),
            [
                ["Fält", "Hjälptext", "Svar"],
                [
                    "A1 Organisationens namn",
                    "Skriv namnet så som det står i stadgarna.",
                    "",
                ],
                [
                    "A2 Organisationsnummer",
                    "Organisationen ska vara en ideell förening, en stiftelse eller ett "
                    "registrerat trossamfund. Aktiebolag, handelsbolag och ekonomiska föreningar "
                    "kan inte söka.",
                    "",
                ],
                [
                    "A3 Datum då organisationen bildades",
                    "Organisationen ska ha bedrivit verksamhet i minst två år räknat till sista "
                    "ansökningsdag.",
                    "",
                ],
                [
                    "A4 Antal betalande medlemmar",
                    "Minst 15 medlemmar som har betalat medlemsavgift för innevarande eller "
                    "föregående år.",
                    "",
                ],
                [
                    "A5 Kontaktperson, telefon och e-post",
                    "Kontaktpersonen ska vara firmatecknare eller ha styrelsens uppdrag att "
                    "företräda organisationen.",
                    "",
                ],
            ],
        ),
        ("h2", "Del B. Verksamheten"),
        (
            "table",
            (40, 80, 46),
            [
                ["Fält", "Hjälptext", "Svar"],
                ["B1 Verksamhetens namn", "Ett kort namn som beskriver verksamheten.", ""],
                [
                    "B2 Målgrupp och ålder",
                    "Ett partnerskap i Surahammar kan gälla barn och unga 6–20 år eller seniorer "
                    "som har fyllt 65 år. Ange vilka åldrar verksamheten vänder sig till.",
                    "",
                ],
                [
                    "B3 Plats",
                    "Verksamheten ska bedrivas i Surahammars kommun: i Surahammar, Virsbo, Ramnäs "
                    "eller på landsbygden runt omkring.",
                    "",
                ],
                [
                    "B4 Beskrivning av idén",
                    "Beskriv behovet, vad ni vill göra, hur ofta och hur ni når dem som inte redan "
                    "är med i föreningen. Högst en A4-sida.",
                    "",
                ],
                [
                    "B5 Avgift för deltagarna",
                    "Avgiften får vara högst 40 kronor per tillfälle. Verksamheten ska vara öppen "
                    "även för den som inte är medlem.",
                    "",
                ],
            ],
        ),
        ("h2", "Del C. Ekonomi"),
        (
            "table",
            (40, 80, 46),
            [
                ["Fält", "Hjälptext", "Svar"],
                ["C1 Total kostnad per år", "Alla kostnader, även den egna insatsen.", ""],
                [
                    "C2 Egen insats",
                    "Minst 20 procent av den totala kostnaden. Ideellt arbete räknas med 210 "
                    "kronor per timme. Ange antal timmar per år.",
                    "",
                ],
                [
                    "C3 Belopp från kommunen per år",
                    "Kommunen betalar ett bidrag till verksamheten som helhet, inte per "
                    "deltagare eller per tillfälle.",
                    "",
                ],
                [
                    "C4 Önskad period",
                    "Ett partnerskap gäller i högst tre år.",
                    "",
                ],
            ],
        ),
        ("h2", "Del D. Bilagor"),
        (
            "p",
            "Kryssa i det ni skickar med. Ansökan behandlas inte förrän alla bilagor har "
            "kommit in.",
        ),
        (
            "ul",
            [
                "[  ] Stadgar",
                "[  ] Protokoll från senaste årsmötet",
                "[  ] Senaste verksamhetsberättelse och revisionsberättelse",
                "[  ] Budget för verksamheten",
            ],
        ),
        ("h2", "Del E. Underskrift"),
        (
            "table",
            (60, 106),
            [
                ["Fält", "Svar"],
                ["Ort och datum", ""],
                ["Namnteckning, firmatecknare", ""],
                ["Namnförtydligande", ""],
            ],
        ),
        ("h2", "Så skickar ni ansökan"),
        (
            "p",
            "Skicka blanketten med bilagor till iop@surahammar.se eller med post till Surahammars "
            "kommun, Kommunstyrelsens förvaltning, 735 85 Surahammar. En ansökan som har kommit "
            "in senast den 15 mars kan leda till ett partnerskap som startar tidigast den 1 juli. "
            "En ansökan som har kommit in senast den 15 september kan leda till ett partnerskap "
            "som startar tidigast den 1 januari året därpå.",
        ),
        (
            "p",
            "Vi bekräftar att ansökan har kommit in och hör av oss inom tre veckor efter sista "
            "ansökningsdag. Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till "
            "250 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "small",
            "Har ni frågor? Skriv till iop@surahammar.se eller ring kommunens växel, "
            "0220-392 00, och fråga efter IOP. Personuppgifterna i ansökan behandlas enligt "
            "dataskyddsförordningen.",
        ),
    ],
)


DOCS = [
    OSTERAKER_POLICY,
    OSTERAKER_SKRIVELSE,
    VANNAS_RIKTLINJER,
    NORDMALING_PROTOKOLL,
    SURAHAMMAR_BLANKETT,
]
