"""Text of the set_at documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The twelve documents of the set (six municipalities in Götaland, two documents each):

Essunga
  essunga/essunga-villkor-iop.docx (+ sidecar)
      Word document adopted by kommunstyrelsen: the criteria as a three-column table
      (Villkor / Det här gäller / Räknas inte eller godtas inte): minst tre ordinarie
      årsmöten (the konstituerande möte and extra årsmöten do not count), minst 15 medlemmar
      folkbokförda in the kommun, the orter, target groups (7–19 år, 70 år eller äldre,
      nyanlända < fem år), högst 40 kronor per tillfälle but free for 7–19, minst 20 procent
      with 230 kronor per timme (kommunal bidrag do not count), two to four years; then a
      numbered process list (löpande, sex veckor, kommunstyrelsen decides everything, paid in
      January, 15 april, tre månader). No named person: only iop@essunga.se and the växel.
  essunga/essunga-nyhet-kvallsoppet-nossebro.html (no sidecar)
      News item on the kommun's first partnership (Kvällsöppet Nossebro, 165 000 kronor per
      år, 2026-03-01 to 28 februari 2029), an information evening on 18 mars (anmälan 11 mars),
      the named folkhälsostrateg as contact; cookie banner, menu, "Senast uppdaterad".

Gullspång
  gullspang/gullspang-riktlinjer-iop.pdf (+ sidecar)
      Guidelines adopted by kommunfullmäktige, the criteria as running prose (ska / måste /
      bör / får inte) under "Principer", "Förutsättningar för organisationen", "Villkor för
      verksamheten" and "Vad kommunen inte ingår partnerskap om": registrerad minst 18
      månader; minst 25 medlemmar (a stiftelse: tio frivilliga); the orter; högst 150 kronor
      per deltagare och månad; minst 30 procent of which minst 5 procent egna pengar, 200
      kronor per timme; no investeringar i byggnader. One yearly deadline 31 januari, start
      1 juli, arbetsutskottet up to 150 000 kronor, ett till tre år plus one extension of
      högst två år, kvartalsvis, 28 februari, sex månader; a named utvecklingsstrateg.
  gullspang/gullspang-ksau-protokollsutdrag-2026-04-14.pdf (+ sidecar)
      Extract of kommunstyrelsens arbetsutskott's minutes, §§ 71–73 with Dnr: one yes
      (Amnehärads Bygdeförening, Onsdagsträffen i Amnehärad, 85 000 kronor per år,
      2026-07-01–2028-06-30, a member declaring jäv) and two no (registered October 2025, not
      18 months; a renovation of a hembygdsgård = investering i byggnader). Växel in footer.

Karlsborg
  karlsborg/karlsborg-iop-fragor-och-svar.html (no sidecar)
      FAQ page as an HTML accordion (details/summary): minst tre år since founded, minst 12
      medlemmar över 18 år, the orter, what cannot be a partnership (tourism and guidningar at
      the fästning / Göta kanal, enstaka evenemang), högst 300 kronor per termin and free under
      13, the own contribution as hours (minst 150 ideella timmar per år at 210 kronor),
      no deadlines, svar inom 30 dagar, kommunstyrelsen, högst fyra år, March and September;
      a named föreningssamordnare with phone hours. Cookie banner, menu, "Senast uppdaterad".
  karlsborg/karlsborg-inbjudan-foreningsdialog-iop-2026.pdf (+ sidecar)
      Letterhead PDF: an invitation to a föreningsdialog on 22 april 2026 (anmälan senast
      14 april), 400 000 kronor for new partnerships in 2026 and this year's priorities.
      Signed by the kultur- och fritidschef without a number: the only contact details are
      the functional mailbox and the växel in the footer.

Svenljunga
  svenljunga/svenljunga-utlysning-vattensakerhet-barn-2026.html (no sidecar)
      A call for proposals (utlysning) with its own conditions on top of the general ones:
      barn 6–12 år, free, minst 20 tillfällen per år, instructors with HLR and livräddning,
      no competitive training for the club's own swimmers and nothing in school swimming
      lessons, minst 10 procent own contribution in this call; 240 000 kronor in all, högst
      80 000 per partnership; deadline 30 april 2026, decision 10 juni 2026, start 1 augusti
      2026; a digital information meeting; a named fritidskonsulent.
  svenljunga/svenljunga-ideskiss-iop.docx (+ sidecar)
      Word application form (idéskiss) whose rules stand in framed "Kom ihåg" boxes over each
      part: föreningsregistret minst 12 månader, minst 10 medlemmar varav minst 7
      folkbokförda, högst 50 kronor per tillfälle and 400 kronor per termin, minst 20 procent
      at 220 kronor per timme (aktivitetsstöd does not count), ett till tre år, paid in January
      and July; högst fem sidor, iop@svenljunga.se or by post, bekräftelse inom två veckor,
      the nämnd up to 200 000 kronor.

Ale
  ale/ale-bidrag-partnerskap-och-upphandling.html (no sidecar)
      A page mixing föreningsbidrag (minst 10 medlemmar, 14 kronor per deltagare och
      sammankomst, 15 mars / 15 september, its own contact), IOP (minst två år, minst 30
      medlemmar, the orter, högst 500 kronor per deltagare och år, minst 25 procent at 240
      kronor, no double financing, 1 september, högst tre år, its own contact) and LOU
      (upphandling@ale.se), with a comparison table; cookie banner, menu, "Senast uppdaterad".
  ale/ale-pagaende-iop.md (+ sidecar)
      Markdown table of current partnerships (four, 630 000 kronor in all) and one ended.

Dals-Ed
  dals-ed/dals-ed-iop-in-english.html (no sidecar)
      An English page summarising the Swedish guidelines: at least two years, at least eight
      members registered in the municipality, the villages, at most SEK 60 per occasion and
      free under 16, at least 20 percent at SEK 225 per hour, nothing mainly for tourists;
      15 March / 15 October, two pages in Swedish, English or Norwegian, one to three years,
      February and August; a note that the guidelines are out for consultation and the
      current ones apply; a named development officer with phone hours.
  dals-ed/dals-ed-remissvar-foreningsradet-iop-riktlinjer.txt (+ sidecar)
      An association's consultation response (remissvar) to the draft of revised guidelines:
      quotes the proposed changes (12 instead of 8 members, 15 instead of 20 percent, 400
      kronor per termin instead of 60 kronor per tillfälle, idéskisser löpande) and proposes
      250 kronor per timme. Neither the draft nor the response is the municipality's rules;
      it says so. The association's own secretary and mobile number.
"""

Doc = dict  # the fields of build.py's Doc


# Essunga: the criteria as a table in Word (see the module docstring). Sidecar.
ESSUNGA_VILLKOR = Doc(
    path="corpus/essunga/essunga-villkor-iop.docx",
    title="Villkor för idéburet offentligt partnerskap (IOP) i Essunga kommun",
    header_left="Essunga kommun · Kommunstyrelsen",
    footer_lines=["Essunga kommun · 465 30 Nossebro · Växel 0512-574 00 · kommun@essunga.se"],
    author="Kommunledningsförvaltningen, Essunga kommun",
    blocks=[
        ("h1", "Villkor för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-11-19 § 187"),
                ("Diarienummer", "KS 2025/214"),
                ("Gäller från", "2026-01-01"),
                ("Dokumentägare", "Kommunledningsförvaltningen"),
            ],
        ),
        ("h2", "Inledning"),
        (
            "p",
            "Essunga kommun vill ta vara på föreningslivets kunskap och engagemang. Ett "
            "idéburet offentligt partnerskap (IOP) är ett sätt för kommunen och en förening "
            "eller stiftelse att tillsammans genomföra något som organisationen har tagit "
            "initiativ till och som båda parter tycker är viktigt för invånarna.",
        ),
        (
            "p",
            "Tabellen nedan visar vilka villkor som gäller för att kommunen ska kunna ingå ett "
            "partnerskap. I kolumnen längst till höger står det som inte räknas eller inte godtas. "
            "Alla villkor ska vara uppfyllda.",
        ),
        ("h2", "Villkor"),
        (
            "table",
            (32, 70, 68),
            [
                ["Villkor", "Det här gäller", "Räknas inte eller godtas inte"],
                [
                    "Organisation",
                    "Ideell förening eller stiftelse med eget organisationsnummer och stadgar.",
                    "Aktiebolag, ekonomiska föreningar, enskilda firmor samt nätverk och grupper "
                    "som saknar stadgar.",
                ],
                [
                    "Hur länge organisationen har funnits",
                    "Organisationen ska ha hållit minst tre ordinarie årsmöten innan "
                    "idéskissen lämnas in.",
                    "Det konstituerande mötet och extra årsmöten räknas inte som ordinarie "
                    "årsmöten.",
                ],
                [
                    "Medlemmar",
                    "Minst 15 medlemmar som är folkbokförda i Essunga kommun.",
                    "Stödmedlemmar och medlemmar som är folkbokförda i en annan kommun räknas "
                    "inte. Ett familjemedlemskap räknas som en medlem.",
                ],
                [
                    "Plats",
                    "Verksamheten ska bedrivas i Essunga kommun, till exempel i Nossebro, "
                    "Jonslund, Bäreberg, Fåglum eller Tengene.",
                    "Verksamhet som huvudsakligen bedrivs i en annan kommun, även om deltagarna "
                    "bor i Essunga.",
                ],
                [
                    "Målgrupp",
                    "Verksamheten ska vända sig till barn och unga 7–19 år, till personer som är "
                    "70 år eller äldre, eller till nyanlända som har bott i Sverige kortare tid "
                    "än fem år.",
                    "Verksamhet som bara är öppen för organisationens egna medlemmar. Medlemskap "
                    "får inte vara ett villkor för att delta.",
                ],
                [
                    "Avgifter",
                    "Deltagaravgiften får vara högst 40 kronor per tillfälle. Verksamhet för "
                    "barn och unga 7–19 år ska vara avgiftsfri.",
                    "Fika som säljs till självkostnadspris räknas inte som deltagaravgift.",
                ],
                [
                    "Egen insats",
                    "Organisationen ska stå för minst 20 procent av den totala kostnaden. "
                    "Ideellt arbete räknas med 230 kronor per timme. Lokaler och material som "
                    "organisationen själv står för räknas också.",
                    "Föreningsbidrag och andra bidrag från Essunga kommun räknas inte som egen "
                    "insats.",
                ],
                [
                    "Verksamhetens innehåll",
                    "Idén ska komma från organisationen och komplettera det som kommunen gör.",
                    "Sådant som kommunen ska ge enligt lag, till exempel hemtjänst, skolskjuts "
                    "och elevhälsa. Verksamhet som kommunen redan köper genom upphandling. "
                    "Partipolitisk verksamhet och religiös förkunnelse.",
                ],
                [
                    "Tid",
                    "Ett partnerskap gäller i minst två och högst fyra år.",
                    "Verksamhet som bara pågår under en säsong och enstaka evenemang, till "
                    "exempel en marknad, en festival eller ett jubileum.",
                ],
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Kontakta gärna kommunen innan ni börjar skriva. Skicka sedan en idéskiss till "
                "iop@essunga.se. Idéskisser tas emot löpande under hela året.",
                "Kommunen bekräftar att idéskissen har kommit in och bjuder inom sex veckor in "
                "till ett första dialogmöte, eller förklarar varför idén inte kan bli ett "
                "partnerskap.",
                "Under dialogen tar organisationen och kommunen tillsammans fram en "
                "överenskommelse med mål, budget och uppföljning.",
                "Kommunstyrelsen beslutar om alla partnerskap, oavsett belopp.",
                "Kommunens del betalas ut en gång per år, i januari. Det första året betalas den "
                "ut inom en månad efter att överenskommelsen har undertecknats.",
                "Organisationen lämnar verksamhetsberättelse och ekonomisk redovisning för "
                "föregående år senast den 15 april.",
            ],
        ),
        (
            "p",
            "Vill någon av parterna avsluta partnerskapet i förtid gäller tre månaders "
            "uppsägningstid.",
        ),
        (
            "small",
            "Frågor om villkoren besvaras av kommunledningsförvaltningen via iop@essunga.se "
            "eller växeln 0512-574 00.",
        ),
    ],
)


# Gullspång: guidelines with the criteria as running prose. Sidecar.
GULLSPANG_RIKTLINJER = Doc(
    path="corpus/gullspang/gullspang-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) – Gullspångs kommun",
    header_left="Gullspångs kommun",
    header_right=["Riktlinjer för IOP", "Dnr KS 2024/311"],
    footer_lines=[
        "Gullspångs kommun · Box 80, 548 22 Hova · Växel 0506-361 00 · kommun@gullspang.se"
    ],
    author="Kommunstyrelsens förvaltning, Gullspångs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Antagen av", "Kommunfullmäktige 2025-06-16 § 58"),
                ("Diarienummer", "KS 2024/311"),
                ("Giltighet", "Från 2025-07-01 och tills vidare"),
                ("Ansvarig", "Kommunstyrelsens förvaltning, enheten för samhällsutveckling"),
            ],
        ),
        ("h2", "1. Syfte"),
        (
            "p",
            "Riktlinjerna ska göra det tydligt för föreningar och för kommunens verksamheter "
            "när ett idéburet offentligt partnerskap kan användas och hur det går till. "
            "Gullspångs kommun har många aktiva föreningar, både i tätorterna och på "
            "landsbygden, och kommunen vill ta vara på deras kunskap och engagemang.",
        ),
        ("h2", "2. Principer"),
        (
            "p",
            "Ett partnerskap bygger på att organisationen har tagit initiativet och att båda "
            "parter bidrar. Organisationen behåller sin självständighet och sin rätt att vara "
            "kritisk mot kommunen. Partnerskapet ska vara långsiktigt, öppet och möjligt att "
            "följa upp. Kommunen ska behandla alla organisationer lika och får inte gynna en "
            "organisation framför en annan.",
        ),
        ("h2", "3. Förutsättningar för organisationen"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar och stiftelser. Organisationen måste "
            "ha varit registrerad hos Skatteverket med organisationsnummer i minst 18 månader "
            "när idéskissen lämnas in. Bolag kan inte vara part, och det gäller även bolag som "
            "ägs av en förening.",
        ),
        (
            "p",
            "En förening ska ha minst 25 medlemmar. En stiftelse ska i stället kunna visa att "
            "minst tio personer regelbundet deltar som frivilliga i dess verksamhet. "
            "Organisationen ska ha en styrelse som är vald på årsmöte och ska ha upprättat "
            "verksamhetsberättelse och ekonomisk redovisning för det senaste räkenskapsåret.",
        ),
        ("h2", "4. Villkor för verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Gullspångs kommun, det vill säga i Hova, Gullspång, "
            "Otterbäcken, Skagersvik, Älgarås, Amnehärad, Södra Råda eller på landsbygden "
            "däremellan. Verksamheten ska vara öppen för alla i målgruppen och får inte "
            "förutsätta medlemskap i organisationen.",
        ),
        (
            "p",
            "Organisationen får ta ut deltagaravgifter, men de får inte överstiga 150 kronor "
            "per deltagare och månad. Kostnader för resor och entréer vid utflykter får tas ut "
            "utöver detta till självkostnadspris.",
        ),
        (
            "p",
            "Organisationen ska bidra med minst 30 procent av verksamhetens totala kostnad. "
            "Minst 5 procent av den totala kostnaden ska utgöras av egna pengar, till exempel "
            "medlemsavgifter, insamlade medel eller sponsring. Resten av den egna insatsen kan "
            "vara ideellt arbete, som värderas till 200 kronor per timme, eller lokaler och "
            "material.",
        ),
        (
            "p",
            "Verksamheten bör nå personer som inte redan deltar i organisationens ordinarie "
            "verksamhet.",
        ),
        ("h2", "5. Vad kommunen inte ingår partnerskap om"),
        (
            "p",
            "Kommunen ingår inte partnerskap om verksamhet som kommunen enligt lag är skyldig "
            "att tillhandahålla, till exempel hemtjänst eller skolskjuts, och inte heller om "
            "verksamhet som kommunen redan köper genom upphandling. Ett partnerskap får inte "
            "avse enstaka arrangemang, investeringar i byggnader och anläggningar eller "
            "organisationens ordinarie verksamhet som redan får föreningsbidrag. Verksamheten "
            "får inte vara partipolitisk eller religiöst förkunnande.",
        ),
        ("h2", "6. Idéskiss och dialog"),
        (
            "p",
            "Organisationen lämnar en idéskiss på kommunens blankett till iop@gullspang.se. "
            "Idéskisser som har kommit in senast den 31 januari prövas under våren, och ett "
            "partnerskap kan då starta den 1 juli samma år. Idéskisser som kommer in senare "
            "prövas inför nästa år. Kommunen svarar inom fem veckor efter den 31 januari om idén "
            "går vidare till dialog.",
        ),
        ("h2", "7. Beslut"),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens del är högst "
            "150 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen. Ett "
            "partnerskap gäller i ett till tre år och kan efter ett nytt beslut förlängas en "
            "gång med högst två år.",
        ),
        ("h2", "8. Ekonomi och uppföljning"),
        (
            "p",
            "Kommunens del betalas ut kvartalsvis i förskott. Organisationen lämnar en skriftlig "
            "redovisning av verksamhet och ekonomi senast den 28 februari varje år. Om "
            "verksamheten inte genomförs som överenskommet kan kommunen kräva tillbaka "
            "utbetalda medel. Vardera part kan säga upp överenskommelsen med sex månaders "
            "uppsägningstid.",
        ),
        ("h2", "9. Kontakt"),
        (
            "p",
            "Frågor om idéburet offentligt partnerskap besvaras av Tove Marklund Eriksson, "
            "utvecklingsstrateg, telefon 0506-361 47, e-post iop@gullspang.se.",
        ),
    ],
)


# Gullspång: protocol extract, one yes and two no. Sidecar.
GULLSPANG_PROTOKOLL = Doc(
    path="corpus/gullspang/gullspang-ksau-protokollsutdrag-2026-04-14.pdf",
    title="Protokollsutdrag – kommunstyrelsens arbetsutskott 2026-04-14 §§ 71–73",
    header_left="Gullspångs kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Kommunstyrelsens arbetsutskott 2026-04-14"],
    footer_lines=["Gullspångs kommun · Box 80, 548 22 Hova · Växel 0506-361 00"],
    author="Kommunstyrelsens förvaltning, Gullspångs kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Kommunstyrelsens arbetsutskott"),
                ("Sammanträdesdatum", "2026-04-14"),
                ("Plats och tid", "Kommunhuset i Hova, sammanträdesrum Skagern, kl. 08.30–11.45"),
                ("Paragrafer", "§§ 71–73"),
            ],
        ),
        ("h2", "§ 71 Dnr KS 2026/014"),
        ("bold", "Idéskiss från Amnehärads Bygdeförening – Onsdagsträffen i Amnehärad"),
        ("bold", "Beslut"),
        (
            "p",
            "Arbetsutskottet beslutar att ingå ett idéburet offentligt partnerskap med "
            "Amnehärads Bygdeförening om Onsdagsträffen i Amnehärad under perioden "
            "2026-07-01–2028-06-30. Kommunens del är 85 000 kronor per år.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Amnehärads Bygdeförening lämnade den 22 januari 2026 in en idéskiss om en "
            "veckovis träffpunkt med lunch, promenad och program för äldre som bor på "
            "landsbygden runt Amnehärad. Föreningen registrerades 1987 och har 64 medlemmar. "
            "Deltagarna betalar 80 kronor per månad. Föreningens egen insats beräknas till 34 "
            "procent av den totala kostnaden, varav 7 procent är egna pengar. Förvaltningen "
            "bedömer att idén uppfyller kommunens riktlinjer för idéburet offentligt "
            "partnerskap.",
        ),
        ("p", "Gunnel Ragnarsson (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
        ("small", "Beslutsunderlag: Tjänsteskrivelse 2026-03-30, idéskiss 2026-01-22."),
        ("h2", "§ 72 Dnr KS 2026/019"),
        ("bold", "Idéskiss från Föreningen Otterbäcken Sjö och Hamn – Seglarskola för unga"),
        ("bold", "Beslut"),
        (
            "p",
            "Arbetsutskottet beslutar att inte ingå partnerskap med Föreningen Otterbäcken Sjö "
            "och Hamn.",
        ),
        ("bold", "Motivering"),
        (
            "p",
            "Föreningen registrerades hos Skatteverket i oktober 2025 och har därmed inte varit "
            "registrerad i minst 18 månader när idéskissen lämnades in. Arbetsutskottet ser "
            "positivt på idén och föreslår att föreningen söker startbidrag hos kultur- och "
            "fritidsutskottet och lämnar en ny idéskiss när kravet är uppfyllt.",
        ),
        ("h2", "§ 73 Dnr KS 2026/023"),
        ("bold", "Idéskiss från Älgarås Hembygdsförening – Ett tillgängligt hembygdsgårdskök"),
        ("bold", "Beslut"),
        (
            "p",
            "Arbetsutskottet beslutar att inte ingå partnerskap med Älgarås Hembygdsförening.",
        ),
        ("bold", "Motivering"),
        (
            "p",
            "Idén avser i huvudsak renovering av köket och tillgänglighetsanpassning av "
            "hembygdsgården. Investeringar i byggnader och anläggningar kan enligt kommunens "
            "riktlinjer inte vara ett partnerskap. Föreningen hänvisas till kommunens bidrag "
            "till allmänna samlingslokaler.",
        ),
        ("h2", "Justering"),
        (
            "lines",
            [
                "Ordförande: Jan-Olof Sand",
                "Justerare: Henrik Blomqvist Ring",
                "Protokollet justerat 2026-04-17",
                "Utdragsbestyrkande: Lena Persson Kvist, nämndsekreterare",
            ],
        ),
    ],
)


# Karlsborg: letterhead invitation whose only contacts are the mailbox and the växel. Sidecar.
KARLSBORG_INBJUDAN = Doc(
    path="corpus/karlsborg/karlsborg-inbjudan-foreningsdialog-iop-2026.pdf",
    title="Inbjudan till föreningsdialog om idéburet offentligt partnerskap 2026",
    header_left="Karlsborgs kommun",
    header_right=["Kommunstyrelsens förvaltning", "Kultur och fritid", "2026-03-09"],
    footer_lines=[
        "Karlsborgs kommun · Kultur och fritid · 546 81 Karlsborg",
        "Växel 0505-170 00 · foreningar@karlsborg.se · www.karlsborg.se",
    ],
    author="Kultur och fritid, Karlsborgs kommun",
    letterhead=True,
    blocks=[
        ("lines", ["Till föreningar, stiftelser och trossamfund i Karlsborgs kommun"]),
        ("h2", "Inbjudan till föreningsdialog om idéburet offentligt partnerskap"),
        (
            "p",
            "Karlsborgs kommun har sedan hösten 2025 riktlinjer för idéburet offentligt "
            "partnerskap (IOP). Nu vill vi träffa er som funderar på att göra något tillsammans "
            "med kommunen, berätta hur det går till och höra vilka behov ni ser i er del av "
            "kommunen.",
        ),
        (
            "kv",
            [
                ("Dag", "Onsdag 22 april 2026"),
                ("Tid", "18.00–20.30. Vi bjuder på smörgås och kaffe."),
                ("Plats", "Kommunhusets sammanträdessal, Karlsborg"),
                (
                    "Anmälan",
                    "Senast 14 april till foreningar@karlsborg.se. Skriv föreningens namn och "
                    "hur många ni blir.",
                ),
            ],
        ),
        (
            "p",
            "Under kvällen går vi igenom villkoren för IOP, bland annat kravet på minst 150 "
            "ideella timmar per år, och hur man skriver en idéskiss. Två föreningar som har "
            "gått igenom processen berättar om sina erfarenheter, och det blir gott om tid för "
            "frågor.",
        ),
        ("h3", "Prioriterade områden 2026"),
        (
            "p",
            "Kommunstyrelsen har för 2026 avsatt 400 000 kronor till nya partnerskap. I år "
            "prioriteras idéer som minskar ensamheten bland äldre som bor utanför tätorten i "
            "Undenäs och Forsvik, och idéer som ger barn och unga i Mölltorp fler "
            "fritidsaktiviteter på vardagskvällar. Andra idéer är också välkomna.",
        ),
        (
            "p",
            "Kan ni inte komma men vill veta mer? Skriv till oss på foreningar@karlsborg.se så "
            "hör vi av oss.",
        ),
        ("lines", ["Med vänliga hälsningar", "", "Anna-Karin Moberg Ek", "Kultur- och fritidschef"]),
    ],
)


# Svenljunga: an application form with the rules in its boxes. Sidecar.
SVENLJUNGA_IDESKISS = Doc(
    path="corpus/svenljunga/svenljunga-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Svenljunga kommun",
    header_left="Svenljunga kommun · Kultur och fritid",
    footer_lines=[
        "Svenljunga kommun · Kultur och fritid · 512 80 Svenljunga · Växel 0325-180 00 · "
        "iop@svenljunga.se"
    ],
    author="Kultur och fritid, Svenljunga kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap"),
        (
            "p",
            "Fyll i blanketten och skicka den till iop@svenljunga.se eller med post till "
            "Svenljunga kommun, Kultur och fritid, 512 80 Svenljunga. Texten i rutorna talar om "
            "vad som gäller. Idéskissen får vara högst fem sidor inklusive bilagor.",
        ),
        ("h2", "1. Organisationen"),
        (
            "box",
            "Kom ihåg: Organisationen ska vara en ideell förening, en stiftelse eller ett "
            "registrerat trossamfund och ska ha varit registrerad i Svenljunga kommuns "
            "föreningsregister i minst 12 månader. Föreningen ska ha minst 10 medlemmar, varav "
            "minst 7 ska vara folkbokförda i Svenljunga kommun.",
        ),
        (
            "table",
            (80, 90),
            [
                ["Uppgift", "Svar"],
                ["Organisationens namn", ""],
                ["Organisationsnummer", ""],
                ["Registrerad i föreningsregistret sedan", ""],
                ["Antal medlemmar, varav folkbokförda i kommunen", ""],
                ["Kontaktperson med telefon och e-post", ""],
            ],
        ),
        ("h2", "2. Idén"),
        (
            "box",
            "Kom ihåg: Idén ska komma från er, inte från kommunen. Den får inte gälla något som "
            "kommunen är skyldig att ge enligt lag, något som kommunen redan har upphandlat eller "
            "ett enstaka evenemang.",
        ),
        ("p", "Beskriv vad ni vill göra, varför ni vill göra det och var det ska ske:"),
        ("p", "………………………………………………………………………………"),
        ("h2", "3. Deltagarna"),
        (
            "box",
            "Kom ihåg: Verksamheten ska bedrivas i Svenljunga kommun och vara öppen för alla i "
            "målgruppen. Ingen ska behöva bli medlem för att få delta. Tar ni ut en avgift får "
            "den vara högst 50 kronor per tillfälle och högst 400 kronor per termin.",
        ),
        ("p", "Beskriv målgruppen, hur många ni vill nå och vad det kostar att delta:"),
        ("p", "………………………………………………………………………………"),
        ("h2", "4. Er egen insats och budget"),
        (
            "box",
            "Kom ihåg: Organisationen ska stå för minst 20 procent av den totala kostnaden. "
            "Ideellt arbete räknas med 220 kronor per timme. Bidrag som organisationen får från "
            "Svenljunga kommun, till exempel aktivitetsstöd, räknas inte som egen insats.",
        ),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (timmar × 220 kronor)", ""],
                ["Lokaler och material som ni står för", ""],
                ["Egna pengar och sponsring", ""],
                ["Deltagaravgifter", ""],
                ["Önskat belopp från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "5. Tid"),
        (
            "box",
            "Kom ihåg: Ett partnerskap gäller i ett till tre år. Kommunen betalar ut sin del "
            "halvårsvis, i januari och i juli.",
        ),
        ("p", "Önskad start och hur länge partnerskapet ska pågå:"),
        ("p", "………………………………………………………………………………"),
        ("h2", "6. Underskrift"),
        ("p", "Idéskissen ska skrivas under av föreningens ordförande eller firmatecknare."),
        (
            "lines",
            [
                "Ort och datum: ……………………………",
                "Namnteckning: ……………………………",
                "Namnförtydligande: ……………………………",
            ],
        ),
        ("h2", "Vad händer sedan?"),
        (
            "p",
            "Ni får en bekräftelse inom två veckor. Idéskisser tas emot hela året och behandlas "
            "i den ordning de kommer in. Om idén passar bjuder Kultur och fritid in till dialog. "
            "Kultur- och fritidsnämnden beslutar om partnerskap upp till 200 000 kronor per år, "
            "och större partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "small",
            "Blankett version 2025-10. Kommunen behandlar personuppgifterna i idéskissen för "
            "att handlägga ärendet, enligt dataskyddsförordningen.",
        ),
    ],
)


DOCS = [
    ESSUNGA_VILLKOR,
    GULLSPANG_RIKTLINJER,
    GULLSPANG_PROTOKOLL,
    KARLSBORG_INBJUDAN,
    SVENLJUNGA_IDESKISS,
]
