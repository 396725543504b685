"""Text of the set_ay (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The twelve documents of the set (six municipalities in Svealand):

Solna (Solna stad)
  corpus/solna/solna-ideburet-offentligt-partnerskap.html
      HTML web page with cookie banner, menus and a side menu; the criteria as a table with
      three columns (Krav / Så bedömer vi kravet / Det här räknas inte): 18 months in the
      city's föreningsregister, 25 members of whom half folkbokförda i Solna, barn och unga
      6–19 år or people who have turned 70, högst 40 kronor per tillfälle, 20 percent own
      contribution at 220 kronor per timme; steps, decision limit, two contact cards (IOP
      coordinator and the föreningsbidrag officer). "Senast uppdaterad". No sidecar.
  corpus/solna/solna-kultur-och-fritidsnamnden-protokollsutdrag-2026-02-17.pdf   (below)
      Protocol extract with § numbers and diarienummer: one partnership approved, two idea
      sketches refused with reasons, one partnership extended. Sidecar.

Järfälla
  corpus/jarfalla/jarfalla-riktlinjer-ideburet-offentligt-partnerskap.docx   (below)
      Word guideline, criteria as running prose (ska / måste / krävs / förutsätter / får inte /
      bör) under Principer, Förutsättningar, Villkor, Krav på egen insats: three years with
      organisationsnummer, 30 members of whom 15 in Järfälla, ofrivillig ensamhet or psykisk
      hälsa without age limit, participation free, own contribution as 300 hours a year
      valued at 260 kronor. No named person. Sidecar.
  corpus/jarfalla/jarfalla-iop-vanliga-fragor.html
      FAQ page as an HTML accordion (details/summary) with the named contact and a
      föreningsservice distractor. No sidecar.

Sollentuna
  corpus/sollentuna/sollentuna-utlysning-iop-motesplatser-unga-2026.pdf   (below)
      Letterhead call for proposals (utlysning) from kultur- och fritidsförvaltningen with its
      own conditions (13–19 år, Rotebro/Norrviken/Häggvik/Edsberg, two evenings a week, 40
      weeks, two adult leaders over 20, free, 15 percent) and a tidplan; its only contact
      details are a functional mailbox and the växel in the footer; signed by a director
      without number. No sidecar.
  corpus/sollentuna/sollentuna-nyhet-iop-haggviks-seniorcafe.md
      Markdown news item about a signed partnership (seniorcafé, 185 000 kronor per year,
      2026–2027), with a named officer for that partnership. No sidecar.

Uppsala
  corpus/uppsala/uppsala-ideskiss-iop-aldrenamnden.docx   (below)
      Word application form (idéskiss) whose rules stand in its boxes: three ordinary
      årsmöten, 40 members, 67 år, 30 weeks, högst 200 kronor per termin, 25 percent own
      contribution of which a fifth not volunteer work, 450 000 kronor; deadlines 31 januari
      / 31 augusti. Sidecar.
  corpus/uppsala/uppsala-pagaende-ideburna-partnerskap.html
      Table of current partnerships (and ended ones) with a yearly total. Sidecar.

Botkyrka
  corpus/botkyrka/botkyrka-riktlinjer-iop-remissversion-2026.pdf   (below)
      Draft out for consultation (remissversion), not adopted: would lower two years to one,
      drop the member count, lower 20 percent to 10, raise 100 kronor to 150 per month.
      Sidecar.
  corpus/botkyrka/botkyrka-stod-och-samverkan-for-foreningar.html
      Page mixing föreningsbidrag, IOP (the rules of 2021 that still apply) and LOU, with a
      comparison table and three contacts. No sidecar.

Västerås (Västerås stad)
  corpus/vasteras/vasteras-iop-information-in-english.html
      English page: two areas (language and integration for adults less than five years in
      Sweden; children 6–15 during school holidays), requirements, exclusions, process,
      contact. No sidecar.
  corpus/vasteras/vasteras-remissvar-foreningsalliansen-2026.txt
      An association's consultation response (remissvar) in plain text; proposes 20 percent
      and 300 kronor per hour; not the city's rules. Sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Solna: protokollsutdrag from kultur- och fritidsnämnden 2026-02-17, §§ 8–11 with diarienummer.
# § 8 yes (Hagalunds Läxhjälp, 340 000 kronor per år), § 9 no (Råsunda Padelsällskap: adults
# 25–50 år and only since October 2025 in the register), § 10 no (Bergshamra Seniorer: ordinary
# activity already with föreningsbidrag), § 11 extension (Seniorpuls Solna). Sidecar.
SOLNA_PROTOKOLL = Doc(
    path="corpus/solna/solna-kultur-och-fritidsnamnden-protokollsutdrag-2026-02-17.pdf",
    title="Kultur- och fritidsnämnden, Solna stad – protokollsutdrag 2026-02-17 §§ 8–11",
    header_left="SOLNA STAD",
    header_right=["Kultur- och fritidsnämnden", "Sammanträdesprotokoll 2026-02-17", "Utdrag"],
    footer_lines=[
        "Solna stad · Kultur- och fritidsförvaltningen · 171 86 Solna · Växel 08-746 12 00",
        "Justerandes signatur: MFL, OÅ          Utdragsbestyrkande: JH",
    ],
    author="Kultur- och fritidsförvaltningen, Solna stad",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Kultur- och fritidsnämnden"),
                ("Plats och tid", "Stadshuset, sammanträdesrum Råsunda, tisdagen den 17 februari 2026 kl. 18.00–19.40"),
                ("Ordförande", "Maria Fält Lindqvist"),
                ("Justerare", "Olof Åkesson"),
                ("Sekreterare", "Jesper Holm"),
                ("Justeringsdatum", "2026-02-20"),
                ("Paragrafer", "8–11"),
            ],
        ),
        ("h2", "§ 8  Idéburet offentligt partnerskap med Föreningen Hagalunds Läxhjälp"),
        ("bold", "Dnr KFN 2025/0388"),
        ("h3", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att ingå ett idéburet offentligt partnerskap "
            "med Föreningen Hagalunds Läxhjälp om läxhjälp och studiero för barn 10–15 år i "
            "Hagalund enligt förvaltningens förslag till överenskommelse. Partnerskapet gäller "
            "från 2026-03-01 till 2028-12-31. Stadens del är 340 000 kronor per år och "
            "finansieras inom nämndens budget för föreningsstöd.",
        ),
        ("h3", "Ärendet"),
        (
            "p",
            "Föreningen lämnade in en idéskiss i september 2025. Föreningen har varit "
            "registrerad i stadens föreningsregister sedan 2019 och har 63 medlemmar, varav 51 "
            "är folkbokförda i Solna. Läxhjälpen ska vara öppen tre eftermiddagar i veckan i "
            "Hagalunds bibliotek och är gratis för deltagarna. Föreningens egen insats, främst "
            "ideellt arbete av läxhjälpare, motsvarar 27 procent av verksamhetens kostnad. "
            "Förvaltningen bedömer att samtliga krav för partnerskap är uppfyllda.",
        ),
        ("h2", "§ 9  Idéskiss från Råsunda Padelsällskap"),
        ("bold", "Dnr KFN 2025/0431"),
        ("h3", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar att inte ingå partnerskap med Råsunda Padelsällskap."),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Idéskissen gäller padelträning för vuxna 25–50 år som vill komma igång med motion. "
            "Verksamheten riktar sig till vuxna 25–50 år, vilket inte är någon av de prioriterade "
            "målgrupperna. Föreningen registrerades dessutom i stadens föreningsregister i "
            "oktober 2025 och har därmed inte varit registrerad i 18 månader.",
        ),
        ("h2", "§ 10  Idéskiss från föreningen Bergshamra Seniorer"),
        ("bold", "Dnr KFN 2025/0469"),
        ("h3", "Beslut"),
        ("p", "Kultur- och fritidsnämnden beslutar att inte ingå partnerskap med föreningen Bergshamra Seniorer."),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Idéskissen gäller föreningens tisdagsträffar i Bergshamra, som har pågått sedan "
            "2014. Tisdagsträffarna är föreningens ordinarie verksamhet och får redan "
            "föreningsbidrag från nämnden. Ett partnerskap kan inte användas för att finansiera "
            "samma verksamhet en gång till. Förvaltningen har informerat föreningen om att den "
            "är välkommen att lämna en ny idéskiss om den vill utveckla något nytt, till exempel "
            "hembesök hos äldre som inte längre kan ta sig till träffarna.",
        ),
        ("h2", "§ 11  Förlängning av partnerskap med Föreningen Seniorpuls Solna"),
        ("bold", "Dnr KFN 2023/0277"),
        ("h3", "Beslut"),
        (
            "p",
            "Kultur- och fritidsnämnden beslutar att förlänga partnerskapet med Föreningen "
            "Seniorpuls Solna om promenadgrupper för personer som har fyllt 70 år till och med "
            "2027-06-30. Stadens del är oförändrad, 95 000 kronor per år.",
        ),
        ("h3", "Ärendet"),
        (
            "p",
            "Partnerskapet ingicks 2023 och skulle upphöra 2026-06-30. Uppföljningen visar att "
            "sju promenadgrupper i Råsunda, Huvudsta och Ulriksdal samlar omkring 140 deltagare "
            "i veckan. Båda parter vill fortsätta.",
        ),
        ("small", "Vid protokollet: Jesper Holm, nämndsekreterare"),
        ("small", "Justerat 2026-02-20: Maria Fält Lindqvist, ordförande · Olof Åkesson, justerare"),
        ("small", "Utdraget bestyrks: Jesper Holm"),
    ],
)


# Järfälla: a Word guideline adopted by kommunfullmäktige, criteria in running prose under
# Principer / Förutsättningar för organisationen / Villkor för verksamheten / Krav på egen insats;
# process, decision limit, payment, follow-up. No named person. Sidecar.
JARFALLA_RIKTLINJER = Doc(
    path="corpus/jarfalla/jarfalla-riktlinjer-ideburet-offentligt-partnerskap.docx",
    title="Riktlinjer för idéburet offentligt partnerskap – Järfälla kommun",
    header_left="Järfälla kommun · Riktlinjer för idéburet offentligt partnerskap",
    footer_lines=["Järfälla kommun, 177 80 Järfälla · Kontaktcenter 08-580 285 00 · Dnr Kst 2024/211"],
    author="Kommunledningskontoret, Järfälla kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2024-06-10, § 71"),
                ("Diarienummer", "Kst 2024/211"),
                ("Gäller från", "2024-07-01"),
                ("Ansvarig", "Kommunledningskontoret"),
                ("Revideras", "Senast 2028"),
            ],
        ),
        ("h2", "1 Inledning"),
        (
            "p",
            "Järfälla kommun och det civila samhället har en gemensam överenskommelse om "
            "samverkan sedan 2019. Idéburet offentligt partnerskap (IOP) är en av de former för "
            "samverkan som överenskommelsen pekar ut. Dessa riktlinjer beskriver vad som gäller "
            "när kommunen ingår partnerskap med en idéburen organisation och gäller för alla "
            "kommunens nämnder.",
        ),
        (
            "p",
            "IOP är inte ett bidrag och inte en upphandling. Vill kommunen köpa en tjänst som "
            "kommunen själv har beskrivit gäller lagen om offentlig upphandling. Vill en förening "
            "ha stöd till sin egen löpande verksamhet söker den föreningsbidrag.",
        ),
        ("h2", "2 Principer"),
        (
            "p",
            "Partnerskapet ska bygga på att organisationen har tagit initiativet och att båda "
            "parter bidrar. Organisationen behåller sin självständighet och sin rätt att framföra "
            "kritik mot kommunen. Parterna ska föra en öppen dialog, och överenskommelsen ska "
            "vara långsiktig nog för att verksamheten hinner ge resultat. Partnerskapet bör gärna "
            "samla flera organisationer, men det är inget krav.",
        ),
        ("h2", "3 Förutsättningar för organisationen"),
        (
            "p",
            "Partner kan vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund. Bolag kan inte vara part i ett partnerskap. Politiska partier och "
            "deras sidoorganisationer får inte vara part.",
        ),
        (
            "p",
            "Organisationen måste ha haft organisationsnummer i minst tre år när idéskissen "
            "lämnas in. Det krävs vidare att organisationen har minst 30 medlemmar, av vilka "
            "minst 15 är folkbokförda i Järfälla. Stiftelser och trossamfund som saknar "
            "medlemmar ska i stället visa att minst 30 personer deltar aktivt i organisationens "
            "arbete.",
        ),
        (
            "p",
            "Organisationen ska ha ordnad ekonomi. Den får inte ha skulder till Skatteverket "
            "eller hos Kronofogden, och den ska kunna visa årsmötesprotokoll, "
            "verksamhetsberättelse och ekonomisk redovisning för det senaste året.",
        ),
        ("h2", "4 Villkor för verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Järfälla kommun, till exempel i Jakobsberg, Barkarby, "
            "Kallhäll, Viksjö, Skälby eller Stäket.",
        ),
        (
            "p",
            "Partnerskap förutsätter att verksamheten motverkar ofrivillig ensamhet eller "
            "främjar psykisk hälsa. Det finns ingen åldersgräns för deltagarna.",
        ),
        (
            "p",
            "Deltagandet ska vara kostnadsfritt för deltagarna. Organisationen får sälja fika och "
            "mat, men bara till självkostnadspris. Verksamheten får inte kräva att deltagarna är "
            "medlemmar i organisationen.",
        ),
        (
            "p",
            "Partnerskapet får inte avse verksamhet som kommunen är skyldig att utföra enligt lag, "
            "verksamhet som kommunen redan köper genom upphandling eller enstaka arrangemang. "
            "Verksamheten bör vara tillgänglig för personer med funktionsnedsättning.",
        ),
        ("h2", "5 Krav på egen insats"),
        (
            "p",
            "Organisationen ska bidra med minst 300 timmar ideellt arbete per år i verksamheten. "
            "Varje timme värderas till 260 kronor. Timmar som någon får lön eller arvode för "
            "räknas inte som ideellt arbete. Organisationen får gärna bidra med lokal, material "
            "eller pengar utöver timmarna, men det krävs inte.",
        ),
        ("h2", "6 Idéskiss, dialog och beslut"),
        (
            "p",
            "Organisationen lämnar en idéskiss i kommunens e-tjänst eller till iop@jarfalla.se. "
            "Idéskisser tas emot två gånger per år: senast 1 mars och senast 1 oktober. "
            "Kommunledningskontoret hör av sig inom sex veckor efter sista dag och meddelar om "
            "idén går vidare till dialog.",
        ),
        (
            "p",
            "Socialnämnden eller kultur- och fritidsnämnden beslutar om partnerskap där kommunens "
            "del är högst 600 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen. "
            "Ett partnerskap ingås för minst två och högst fyra år. Kommunen betalar ut sin del "
            "kvartalsvis i förskott.",
        ),
        ("h2", "7 Uppföljning och uppsägning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsrapport med redovisning av ideella timmar "
            "senast 28 februari varje år. Parterna träffas minst två gånger per år för "
            "uppföljning. Vardera part kan säga upp överenskommelsen med tre månaders "
            "uppsägningstid.",
        ),
    ],
)


# Sollentuna: letterhead invitation (utlysning) from kultur- och fritidsförvaltningen for
# kvällsöppna mötesplatser för unga 13–19 år; own conditions, budget, tidplan. Only contacts:
# iop.kultur@sollentuna.se and the växel in the footer. Signed without number. No sidecar.
SOLLENTUNA_UTLYSNING = Doc(
    path="corpus/sollentuna/sollentuna-utlysning-iop-motesplatser-unga-2026.pdf",
    title="Utlysning: idéburet offentligt partnerskap om kvällsöppna mötesplatser för unga",
    header_left="Sollentuna kommun",
    header_right=["Kultur- och fritidsförvaltningen", "2026-02-23", "Dnr KFN 2026/0047"],
    footer_lines=[
        "Sollentuna kommun · Kultur- och fritidsförvaltningen · 191 86 Sollentuna",
        "Växel 08-579 210 00 · iop.kultur@sollentuna.se · www.sollentuna.se",
    ],
    author="Kultur- och fritidsförvaltningen, Sollentuna kommun",
    letterhead=True,
    blocks=[
        ("p", "Till idéburna organisationer i Sollentuna"),
        ("h1", "Utlysning: idéburet offentligt partnerskap om kvällsöppna mötesplatser för unga"),
        (
            "p",
            "Många unga i Sollentuna säger att de saknar en plats att vara på på kvällarna, "
            "särskilt i kommunens norra delar. Kultur- och fritidsnämnden vill därför ingå "
            "idéburna offentliga partnerskap med organisationer som vill driva kvällsöppna "
            "mötesplatser för unga. Nu bjuder vi in er att lämna en idéskiss.",
        ),
        ("h2", "Ekonomiska ramar"),
        (
            "p",
            "Nämnden avsätter sammanlagt 1 200 000 kronor per år under 2026–2028 för "
            "partnerskap i denna utlysning. En organisation kan få högst 400 000 kronor per år.",
        ),
        ("h2", "Villkor i denna utlysning"),
        ("p", "För att en idéskiss ska kunna prövas ska samtliga villkor nedan vara uppfyllda."),
        (
            "ol",
            [
                "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund och har bedrivit verksamhet i Sollentuna sedan senast den 1 januari "
                "2024.",
                "Mötesplatsen vänder sig till unga 13–19 år.",
                "Mötesplatsen ligger i Rotebro, Norrviken, Häggvik eller Edsberg.",
                "Mötesplatsen har öppet minst två kvällar i veckan, varav minst en fredag eller "
                "lördag, under minst 40 veckor per år.",
                "Minst två vuxna ledare som har fyllt 20 år finns på plats varje gång "
                "mötesplatsen har öppet. Alla ledare ska visa utdrag ur belastningsregistret.",
                "Det är avgiftsfritt för deltagarna, och ingen behöver vara medlem för att komma.",
                "Organisationen står för minst 15 procent av kostnaden. Ideellt arbete räknas med "
                "230 kronor per timme.",
            ],
        ),
        ("h3", "Det här omfattas inte av utlysningen"),
        (
            "ul",
            [
                "Läxhjälp.",
                "Idrottsföreningars ordinarie träningar och matcher.",
                "Läger och resor.",
                "Verksamhet som redan får bidrag från nämnden för samma kostnader.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (45, 55),
            [
                ("När", "Vad"),
                ("17 mars 2026 kl. 18.30", "Digitalt informationsmöte. Anmälan till iop.kultur@sollentuna.se"),
                ("20 april 2026", "Sista dag att lämna idéskiss"),
                ("Maj 2026", "Dialogmöten med de organisationer vars idéer går vidare"),
                ("16 juni 2026", "Kultur- och fritidsnämnden beslutar om partnerskap"),
                ("1 september 2026", "Partnerskapen startar"),
                ("31 augusti 2028", "Partnerskapen upphör"),
            ],
        ),
        ("h2", "Så lämnar ni idéskissen"),
        (
            "p",
            "Beskriv på högst tre sidor vilka unga ni vill nå, var och när mötesplatsen ska ha "
            "öppet, vilka ledare ni har, vad det kostar och vad er organisation bidrar med. Bifoga "
            "stadgar och senaste verksamhetsberättelse. Skicka idéskissen till "
            "iop.kultur@sollentuna.se. Frågor om utlysningen besvaras via samma adress eller via "
            "kommunens växel.",
        ),
        ("p", "Välkomna med era idéer!"),
        ("lines", ["Annika Brandt Olsson", "Kultur- och fritidsdirektör"]),
    ],
)


# Uppsala: a Word idéskiss form for äldrenämnden; the rules stand in the framed boxes of each
# part (tre ordinarie årsmöten, 40 medlemmar, 67 år, 30 veckor, 200 kronor per termin,
# 25 procent with a fifth not ideellt arbete, 200 kronor per timme, 450 000 kronor); bilagor,
# högst fem sidor, deadlines and a named contact at the end. Sidecar.
UPPSALA_IDESKISS = Doc(
    path="corpus/uppsala/uppsala-ideskiss-iop-aldrenamnden.docx",
    title="Idéskiss – idéburet offentligt partnerskap med äldrenämnden i Uppsala kommun",
    header_left="Uppsala kommun · Äldreförvaltningen",
    footer_lines=["Blankett Idéskiss IOP äldrenämnden, version 2025-10 · Uppsala kommun, 753 75 Uppsala"],
    author="Äldreförvaltningen, Uppsala kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap med äldrenämnden"),
        (
            "p",
            "Använd den här blanketten när er organisation vill föreslå ett idéburet offentligt "
            "partnerskap (IOP) inom äldrenämndens område. Läs texten i rutan under varje rubrik "
            "innan ni fyller i. Där står det som måste vara uppfyllt för att idén ska kunna gå "
            "vidare. Idéskissen får vara högst fem sidor, bilagorna oräknade.",
        ),
        ("h2", "1. Organisationen"),
        (
            "box",
            "Partnerskap kan bara ingås med en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund som har hållit minst tre ordinarie årsmöten. Föreningen ska ha minst 40 "
            "medlemmar. Ange antalet medlemmar den 31 december förra året.",
        ),
        (
            "kv",
            [
                ("Organisationens namn", "………………………………"),
                ("Organisationsnummer", "………………………………"),
                ("Datum för de tre senaste ordinarie årsmötena", "………………………………"),
                ("Antal medlemmar 31 december", "………………………………"),
                ("Kontaktperson, telefon och e-post", "………………………………"),
            ],
        ),
        ("h2", "2. Målgrupp"),
        (
            "box",
            "Äldrenämndens partnerskap riktar sig till personer som har fyllt 67 år och bor i "
            "Uppsala kommun. Anhöriga får delta tillsammans med den äldre.",
        ),
        ("p", "Vilka vill ni nå, och hur många räknar ni med? ………………………………"),
        ("h2", "3. Verksamheten"),
        (
            "box",
            "Verksamheten ska pågå minst 30 veckor per år. Enstaka evenemang, resor och "
            "verksamhet som ersätter hemtjänst eller någon annan biståndsbedömd insats kan inte "
            "bli ett partnerskap.",
        ),
        ("p", "Beskriv vad ni vill göra, hur ofta och varför det behövs. ………………………………"),
        ("h2", "4. Plats"),
        (
            "box",
            "Verksamheten ska bedrivas i Uppsala kommun. Idéer från landsbygden och från orter "
            "utanför staden, till exempel Storvreta, Björklinge, Vattholma och Knutby, "
            "prioriteras.",
        ),
        ("p", "Var ska verksamheten finnas? ………………………………"),
        ("h2", "5. Avgifter och öppenhet"),
        (
            "box",
            "Avgifterna får vara högst 200 kronor per deltagare och termin, fika inräknat. "
            "Medlemskap i organisationen får inte krävas för att delta.",
        ),
        ("p", "Vad ska deltagarna betala? ………………………………"),
        ("h2", "6. Budget och egen insats"),
        (
            "box",
            "Organisationens egen insats ska vara minst 25 procent av den totala budgeten. Minst "
            "en femtedel av den egna insatsen ska vara något annat än ideellt arbete, till "
            "exempel pengar, lokal eller material. Ideellt arbete räknas med 200 kronor per "
            "timme. Äldrenämndens del kan vara högst 450 000 kronor per år.",
        ),
        (
            "table",
            (50, 25, 25),
            [
                ("Kostnad eller insats", "Kronor per år", "Vem står för den?"),
                ("Lokal", "", ""),
                ("Material och fika", "", ""),
                ("Ideellt arbete (antal timmar × 200 kr)", "", ""),
                ("Övrigt", "", ""),
                ("Summa", "", ""),
            ],
        ),
        ("h2", "7. Bilagor"),
        (
            "box",
            "Bifoga stadgar, protokoll från de tre senaste ordinarie årsmötena, den senaste "
            "verksamhetsberättelsen och registreringsbevis. En idéskiss utan bilagor prövas inte.",
        ),
        ("h2", "Så skickar ni idéskissen"),
        (
            "p",
            "Skicka idéskissen med bilagor till iop.aldre@uppsala.se. Idéskisser som har kommit in "
            "senast 31 januari behandlas av äldrenämnden i maj. Idéskisser som har kommit in "
            "senast 31 augusti behandlas i november. Ett partnerskap gäller i två till fyra år.",
        ),
        (
            "p",
            "Frågor om blanketten eller om er idé: Elin Sandberg Qvist, utvecklingsledare, "
            "äldreförvaltningen, telefon 018-727 48 35.",
        ),
    ],
)


# Botkyrka: the draft guideline out for consultation (remissversion), with a box saying it is not
# adopted and that the 2021 guideline applies until then; a table of proposed changes; remiss
# deadline, expected decision, contact. Sidecar.
BOTKYRKA_REMISS = Doc(
    path="corpus/botkyrka/botkyrka-riktlinjer-iop-remissversion-2026.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap – remissversion 2026",
    header_left="Botkyrka kommun",
    header_right=["Kommunledningsförvaltningen", "REMISSVERSION 2026-03-02", "KS/2026:118"],
    footer_lines=["Botkyrka kommun · 147 85 Tumba · Växel 08-530 610 50 · www.botkyrka.se"],
    author="Kommunledningsförvaltningen, Botkyrka kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Botkyrka kommun"),
        ("bold", "Förslag – remissversion"),
        (
            "box",
            "REMISSVERSION. Förslaget är inte beslutat. Fram till att kommunfullmäktige har "
            "beslutat om nya riktlinjer gäller riktlinjerna för idéburet offentligt partnerskap "
            "som kommunfullmäktige antog 2021-04-22.",
        ),
        ("h2", "Om remissen"),
        (
            "p",
            "Kommunstyrelsen har gett kommunledningsförvaltningen i uppdrag att se över kommunens "
            "riktlinjer för idéburet offentligt partnerskap. Syftet är att göra det lättare för "
            "mindre och nystartade föreningar att ingå partnerskap, särskilt i Alby, Fittja, "
            "Hallunda och Norsborg. Förslaget skickas nu på remiss till föreningar, nämnder och "
            "andra som berörs.",
        ),
        (
            "p",
            "Remissvar lämnas senast 15 maj 2026 till kommunstyrelsen@botkyrka.se. Ange "
            "diarienummer KS/2026:118. Kommunfullmäktige väntas besluta i oktober 2026, och de nya "
            "riktlinjerna föreslås gälla från 1 januari 2027.",
        ),
        ("h2", "Föreslagna förändringar"),
        (
            "table",
            (28, 36, 36),
            [
                ("Område", "Gäller i dag (2021)", "Förslag"),
                ("Hur länge organisationen har funnits", "Minst två år", "Minst ett år"),
                ("Medlemmar", "Minst 20 medlemmar", "Inget krav på antal medlemmar"),
                ("Egen insats", "Minst 20 procent av kostnaden", "Minst 10 procent av kostnaden"),
                ("Värde av en ideell timme", "230 kronor", "250 kronor"),
                ("Avgifter för deltagare", "Högst 100 kronor per månad", "Högst 150 kronor per deltagare och månad"),
                ("Beslut i nämnd", "Upp till 500 000 kronor per år", "Upp till 800 000 kronor per år"),
            ],
        ),
        ("h2", "Förslag till nya riktlinjer i sammandrag"),
        ("h3", "Vem kan vara part"),
        (
            "p",
            "En ideell förening, en stiftelse eller ett registrerat trossamfund som har funnits i "
            "minst ett år. Bolag och politiska partier kan inte vara part.",
        ),
        ("h3", "Vad ett partnerskap ska leda till"),
        (
            "p",
            "Partnerskapet ska bidra till minst ett av kommunens mål om minskad segregation, ökad "
            "trygghet eller minskad ensamhet. Verksamheten ska bedrivas i Botkyrka och vara öppen "
            "för alla i målgruppen.",
        ),
        ("h3", "Egen insats och avgifter"),
        (
            "p",
            "Organisationen ska stå för minst 10 procent av kostnaden. Ideellt arbete föreslås "
            "värderas till 250 kronor per timme. Avgifter får tas ut med högst 150 kronor per "
            "deltagare och månad.",
        ),
        ("h3", "Beslut och avtalstid"),
        (
            "p",
            "Nämnden som verksamheten hör till föreslås få besluta om partnerskap upp till "
            "800 000 kronor per år. Avtalstiden är som i dag två till fyra år.",
        ),
        ("h2", "Frågor om remissen"),
        (
            "p",
            "Ahmed Karlsson Björk, utredare, kommunledningsförvaltningen, telefon 08-530 614 27, "
            "e-post ahmed.karlsson.bjork@botkyrka.se.",
        ),
        ("h3", "Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Botkyrka föreningsråd",
                "Kommunala pensionärsrådet",
                "Rådet för funktionshinderfrågor",
                "Föreningar i kommunens föreningsregister",
            ],
        ),
    ],
)


DOCS: list[dict] = [
    SOLNA_PROTOKOLL,
    JARFALLA_RIKTLINJER,
    SOLLENTUNA_UTLYSNING,
    UPPSALA_IDESKISS,
    BOTKYRKA_REMISS,
]
