"""Text of the set_w (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Kumla: an extract of kommunstyrelsen's minutes (§ 19) adopting IOP criteria, with the
# decision points in the beslut (a nämnd up to 300 000 kronor per år, kommunstyrelsen above
# and for partnerships that concern several nämnder; idéskisser by 15 mars and 15 oktober;
# högst tre år; payment in February and August; 31 mars; fyra månader) and an attached
# "Bilaga 1 Kriterier" where every criterion is a "Krav:" / "Så här visar ni det:" pair
# (minst tre år, minst 20 medlemmar, three priority areas: barn och unga 7–19 år, äldre 70
# år eller äldre, nyanlända; Hällabrottet, Ekeby, Sannahed and Åbytorp as good as the town;
# högst 300 kronor per termin; minst 25 procent with 210 kronor per timme; no payment per
# deltagare; no purchases from firms owned by a board member or a närstående; no debts).
# The only contact is the växel and a mailbox in the footer. Sidecar.
KUMLA_KS_BESLUT = Doc(
    path="corpus/kumla/kumla-ks-protokollsutdrag-iop-kriterier-2026-02-10.pdf",
    title="Kommunstyrelsen Kumla – protokollsutdrag 2026-02-10 § 19, kriterier för IOP",
    header_left="Kumla kommun",
    header_right=["Kommunstyrelsen", "Protokollsutdrag", "2026-02-10"],
    footer_lines=[
        "Kumla kommun · Kommunstyrelsen · 692 80 Kumla · Växel 019-588 40 00 · "
        "kommunstyrelsen@kumla.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Kommunstyrelsen, Kumla kommun",
    blocks=[
        ("h1", "Kommunstyrelsen – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-02-10, kl. 13.00–15.40"),
                ("Plats", "Kommunhuset, sammanträdesrummet Kumlasjön"),
                ("Paragraf", "§ 19"),
                ("Ordförande", "Magnus Ståhlberg (S)"),
                ("Sekreterare", "Annika Frid"),
                ("Justerare", "Ingela Boman (M)"),
            ],
        ),
        ("h2", "§ 19 Kriterier och beslutsordning för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS 2025/388"),
        ("bold", "Kommunstyrelsens beslut"),
        (
            "ol",
            [
                "Kommunstyrelsen antar kriterier för idéburet offentligt partnerskap enligt "
                "bilaga 1. Kriterierna gäller från och med 2026-03-01 för alla kommunens nämnder.",
                "Den nämnd vars ansvarsområde verksamheten hör till beslutar om partnerskap där "
                "kommunens del är högst 300 000 kronor per år. Större partnerskap, och partnerskap "
                "som berör flera nämnder, beslutas av kommunstyrelsen.",
                "Idéskisser tas emot två gånger per år: senast den 15 mars och senast den 15 "
                "oktober.",
                "Ett partnerskap gäller i högst tre år. Det kan förlängas en gång efter en ny "
                "prövning.",
                "Kommunens bidrag betalas ut i förskott två gånger per år, i februari och i "
                "augusti. Föreningen lämnar verksamhetsberättelse och ekonomisk redovisning "
                "senast den 31 mars året efter varje verksamhetsår.",
                "Båda parter kan säga upp en överenskommelse med fyra månaders uppsägningstid.",
                "Kommundirektören får i uppdrag att ta fram en mall för idéskiss och en mall för "
                "överenskommelse.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Kumla kommun har sedan 2021 ingått två idéburna offentliga partnerskap, men utan "
            "gemensamma kriterier. Föreningar har efterfrågat tydligare besked om vad som krävs och "
            "vem som beslutar. Kommunledningskontoret har därför tagit fram kriterier som gäller "
            "för hela kommunen, efter dialog med föreningsrådet och med kommunens nämnder.",
        ),
        (
            "p",
            "Kommunfullmäktige har i mål och budget 2026–2028 pekat ut tre områden där kommunen "
            "särskilt vill samverka med civilsamhället: fritid för barn och unga, ensamhet bland "
            "äldre samt språk och gemenskap för nyanlända. Partnerskap prövas bara inom dessa "
            "områden. Kriterierna bygger i övrigt på de nationella principerna för IOP: "
            "initiativet ska komma från föreningen, verksamheten ska ha ett allmännyttigt syfte, "
            "och partnerskapet får inte vara ett köp av en tjänst.",
        ),
        (
            "p",
            "IOP ersätter inte föreningsbidragen. Föreningar som söker aktivitetsstöd, lokalbidrag "
            "eller andra föreningsbidrag gör det som tidigare hos kultur- och "
            "fritidsförvaltningen. Idéskisser om IOP skickas till kommunledningskontoret.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Ingela Boman (M) yrkar bifall till förslaget. Ordföranden finner att kommunstyrelsen "
            "beslutar enligt förslaget.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse från kommunledningskontoret 2026-01-14",
                "Bilaga 1 Kriterier för idéburet offentligt partnerskap i Kumla kommun",
                "Yttrande från föreningsrådet 2025-12-02",
            ],
        ),
        (
            "small",
            "Expedieras till: samtliga nämnder, kultur- och fritidsförvaltningen, "
            "kommunledningskontoret (samordnare för civilsamhällesfrågor)",
        ),
        ("pagebreak",),
        ("h1", "Bilaga 1 Kriterier för idéburet offentligt partnerskap i Kumla kommun"),
        ("small", "Bilaga till kommunstyrelsens protokoll 2026-02-10 § 19, Dnr KS 2025/388"),
        (
            "p",
            "Alla kriterier ska vara uppfyllda för att en idé ska kunna bli ett partnerskap. "
            "Under varje krav står hur föreningen visar att kravet är uppfyllt. Skicka underlagen "
            "tillsammans med idéskissen.",
        ),
        ("h3", "1. Organisationsform"),
        (
            "p",
            "Krav: Organisationen är en ideell förening eller ett registrerat trossamfund. "
            "Aktiebolag, ekonomiska föreningar och stiftelser kan inte vara part.",
        ),
        ("p", "Så här visar ni det: Bifoga stadgar och bevis om organisationsnummer."),
        ("h3", "2. Verksamhetstid"),
        (
            "p",
            "Krav: Föreningen har bedrivit verksamhet i minst tre år när idéskissen kommer in.",
        ),
        (
            "p",
            "Så här visar ni det: Bifoga verksamhetsberättelserna för de tre senaste åren.",
        ),
        ("h3", "3. Medlemmar"),
        ("p", "Krav: Föreningen har minst 20 medlemmar."),
        (
            "p",
            "Så här visar ni det: Ange antalet medlemmar den 31 december förra året. Ni behöver "
            "inte skicka några namn.",
        ),
        ("h3", "4. Prioriterat område"),
        (
            "p",
            "Krav: Idén gäller något av kommunens tre prioriterade områden: fritid för barn och "
            "unga 7–19 år, ensamhet bland äldre som är 70 år eller äldre, eller språk och "
            "gemenskap för nyanlända.",
        ),
        (
            "p",
            "Så här visar ni det: Beskriv i idéskissen vilka som ska vara med och i vilken ålder "
            "de är.",
        ),
        ("h3", "5. Plats"),
        (
            "p",
            "Krav: Verksamheten bedrivs i Kumla kommun. Hällabrottet, Ekeby, Sannahed och "
            "Åbytorp räknas lika mycket som Kumla tätort.",
        ),
        ("p", "Så här visar ni det: Ange lokal eller plats i idéskissen."),
        ("h3", "6. Öppenhet"),
        (
            "p",
            "Krav: Verksamheten är öppen för alla i målgruppen. Ingen behöver bli medlem i "
            "föreningen för att vara med.",
        ),
        (
            "p",
            "Så här visar ni det: Beskriv hur ni når ut till målgruppen och hur man anmäler sig.",
        ),
        ("h3", "7. Avgifter"),
        (
            "p",
            "Krav: Deltagarna betalar högst 300 kronor per termin. Ingen får nekas att vara med "
            "för att hen inte kan betala.",
        ),
        ("p", "Så här visar ni det: Redovisa alla avgifter i budgeten."),
        ("h3", "8. Egen insats"),
        (
            "p",
            "Krav: Föreningen står själv för minst 25 procent av verksamhetens totala kostnad. "
            "Ideellt arbete räknas med 210 kronor per timme. Lokaler och material räknas också.",
        ),
        (
            "p",
            "Så här visar ni det: Redovisa den egna insatsen i budgeten och ange hur många "
            "ideella timmar ni räknar med.",
        ),
        ("h3", "9. Ersättningsform"),
        (
            "p",
            "Krav: Kommunens bidrag är ett belopp per år för hela verksamheten. Kommunen betalar "
            "inte per deltagare, per timme eller per tillfälle.",
        ),
        (
            "p",
            "Så här visar ni det: Budgeten visar verksamhetens totala kostnader och intäkter, "
            "inte ett pris per deltagare.",
        ),
        ("h3", "10. Jäv och närstående"),
        (
            "p",
            "Krav: Pengarna i partnerskapet får inte användas till att köpa varor eller tjänster "
            "från ett företag som ägs av någon i föreningens styrelse eller av någon närstående "
            "till en styrelseledamot.",
        ),
        (
            "p",
            "Så här visar ni det: Styrelsen skriver under ett intyg. Intyget finns i mallen för "
            "idéskiss.",
        ),
        ("h3", "11. Skulder"),
        (
            "p",
            "Krav: Föreningen har inga obetalda skulder till kommunen, till Skatteverket eller "
            "hos Kronofogden.",
        ),
        ("p", "Så här visar ni det: Ingenting. Kommunen kontrollerar detta själv."),
    ],
)


# Säffle: a Word "Bedömningsmodell" with hard requirements (Del A, Ska-krav A1–A7: no bolag
# even if a förening owns it, minst två år and one closed verksamhetsår, open to all, högst
# 500 kronor per deltagare och år, minst 15 procent with 190 kronor per timme, Svanskog,
# Värmlandsbro, Nysäter, Långserud, no köp) next to a points model (Del B: five criteria on
# a skala 1–5, minst 15 poäng av 25, no criterion under 2 poäng) and Del C on what happens
# next (1 april and 1 oktober, sex veckor, a nämnd up to 200 000 kronor, January payment,
# 28 februari, tre månader). Sidecar.
SAFFLE_BEDOMNING = Doc(
    path="corpus/saffle/saffle-bedomningsmodell-ideskiss-iop.docx",
    title="Bedömningsmodell för idéskisser – idéburet offentligt partnerskap i Säffle kommun",
    header_left="Säffle kommun · Kommunledningsförvaltningen",
    footer_lines=[
        "Bedömningsmodell IOP · Antagen av kommunstyrelsen 2025-11-24 § 211 · Dnr KS 2025/604"
    ],
    author="Kommunledningsförvaltningen, Säffle kommun",
    blocks=[
        ("h1", "Bedömningsmodell för idéskisser om idéburet offentligt partnerskap"),
        (
            "small",
            "Antagen av kommunstyrelsen 2025-11-24, § 211. Gäller för idéskisser som lämnas in "
            "från och med 2026.",
        ),
        ("h2", "Så används modellen"),
        (
            "p",
            "Säffle kommun vill att det ska vara tydligt hur en idéskiss om idéburet offentligt "
            "partnerskap (IOP) bedöms. Bedömningen görs i två steg. Först kontrollerar vi att "
            "alla ska-krav i del A är uppfyllda. Uppfylls inte ett ska-krav går idéskissen inte "
            "vidare, hur bra idén än är. Sedan poängsätts idéskissen enligt del B. Poängen "
            "avgör om idén går vidare till dialog. En hög poäng är inget löfte om ett "
            "partnerskap, eftersom beslutet fattas först efter dialogen.",
        ),
        ("h2", "Del A. Ska-krav"),
        (
            "table",
            (14, 156),
            [
                ["Nr", "Ska-krav"],
                [
                    "A1",
                    "Organisationen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund. Bolag kan inte vara part, inte heller när ett bolag ägs av en "
                    "förening.",
                ],
                [
                    "A2",
                    "Organisationen har funnits i minst två år och har avslutat minst ett "
                    "verksamhetsår med revision och årsmöte.",
                ],
                [
                    "A3",
                    "Verksamheten är öppen för alla i målgruppen och inte bara för "
                    "organisationens medlemmar.",
                ],
                [
                    "A4",
                    "Deltagaravgifter får sammanlagt vara högst 500 kronor per deltagare och år.",
                ],
                [
                    "A5",
                    "Organisationen står för minst 15 procent av verksamhetens kostnad. Ideellt "
                    "arbete räknas med 190 kronor per timme.",
                ],
                [
                    "A6",
                    "Verksamheten bedrivs i Säffle kommun, i Säffle tätort eller i någon av "
                    "kommundelarna, till exempel Svanskog, Värmlandsbro, Nysäter eller Långserud.",
                ],
                [
                    "A7",
                    "Partnerskapet är inte ett köp. Kommunen betalar inte per deltagare eller per "
                    "timme, och verksamheten ersätter inte något som kommunen ska ge enligt lag.",
                ],
            ],
        ),
        ("h2", "Del B. Poäng"),
        (
            "p",
            "Idéskissen bedöms på en skala 1–5 för vart och ett av de fem kriterierna nedan. Den "
            "högsta möjliga summan är 25 poäng. För att gå vidare till dialog krävs minst 15 "
            "poäng sammanlagt, och inget enskilt kriterium får ha fått lägre än 2 poäng. Tabellen "
            "visar vad som ger 1, 3 och 5 poäng; 2 och 4 poäng ges när idéskissen ligger mellan "
            "nivåerna.",
        ),
        (
            "table",
            (30, 46, 47, 47),
            [
                ["Kriterium", "1 poäng", "3 poäng", "5 poäng"],
                [
                    "B1 Behov",
                    "Behovet beskrivs inte eller bara allmänt.",
                    "Behovet beskrivs och gäller Säffle.",
                    "Behovet är väl beskrivet med exempel eller siffror från Säffle.",
                ],
                [
                    "B2 Mervärde",
                    "Verksamheten liknar något som kommunen redan gör.",
                    "Föreningen tillför något som kommunen inte gör själv.",
                    "Föreningen tillför något som kommunen inte kan göra, till exempel "
                    "förtroende, nätverk eller frivilliga.",
                ],
                [
                    "B3 Delaktighet",
                    "Målgruppen har inte varit med.",
                    "Målgruppen har fått tycka till.",
                    "Målgruppen är med och planerar och leder verksamheten.",
                ],
                [
                    "B4 Förankring",
                    "Få frivilliga och ingen lokal förankring.",
                    "Några frivilliga och kontakter i bygden.",
                    "Många frivilliga, lokal förankring och samarbete med andra föreningar.",
                ],
                [
                    "B5 Uppföljning",
                    "Inga mål.",
                    "Mål finns men är svåra att följa upp.",
                    "Tydliga mål som går att mäta eller följa upp.",
                ],
            ],
        ),
        (
            "p",
            "Exempel: en idéskiss som får 4, 3, 3, 3 och 2 poäng har 15 poäng och går vidare. En "
            "idéskiss som får 5, 5, 4, 1 och 3 poäng har 18 poäng men går inte vidare, eftersom "
            "ett kriterium har fått 1 poäng.",
        ),
        ("h2", "Del C. Efter bedömningen"),
        (
            "ol",
            [
                "Idéskisser lämnas till kommunen senast den 1 april eller senast den 1 oktober.",
                "En bedömningsgrupp med två tjänstepersoner från kommunledningsförvaltningen och "
                "en från den förvaltning som verksamheten berör gör bedömningen. Föreningen får "
                "besked om poängen inom sex veckor efter sista dagen för idéskisser.",
                "Går idén vidare bjuds föreningen in till dialog om mål, budget och uppföljning.",
                "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 200 000 "
                "kronor per år. Över det beslutar kommunstyrelsen.",
                "Ett partnerskap gäller i ett till tre år. Kommunens bidrag betalas ut en gång "
                "per år, i förskott i januari.",
                "Föreningen lämnar en skriftlig rapport om det gångna året senast den 28 "
                "februari.",
                "Båda parter kan säga upp partnerskapet med tre månaders uppsägningstid.",
            ],
        ),
        (
            "p",
            "Får idéskissen för låg poäng är föreningen välkommen att lämna en ny idéskiss vid "
            "nästa tillfälle. Vi berättar gärna vad som drog ned poängen.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Elin Svahn, utvecklingsledare för civilsamhället, kommunledningsförvaltningen. "
            "Telefon 0533-681 52, e-post elin.svahn@saffle.se. Idéskisser skickas till "
            "iop@saffle.se.",
        ),
    ],
)


# Gällivare: slides from an information meeting (one slide a page, bullets) on a call for
# meeting places for unga 13–19 år in the byar (not Gällivare centralort, Malmberget or
# Koskullskulle): 750 000 kronor a year, högst 250 000 kronor per partnership, a förening
# founded senast 31 december 2024 with one årsmöte, högst 20 kronor per träff, minst 10
# procent with 180 kronor per timme, a leader 20 år eller äldre, idéskiss in svenska,
# finska, meänkieli or samiska; 17 april, 4–15 maj, 16 juni (kultur- och fritidsnämnden),
# 1 augusti 2026 to 31 juli 2028; quarterly payment; 31 januari and 31 augusti; två
# månader. Two contacts (the fritidsutvecklare and a samordnare for finska och meänkieli).
# Sidecar.
GALLIVARE_BILDSPEL = Doc(
    path="corpus/gallivare/gallivare-informationsmote-iop-bildspel-2026-03-03.pdf",
    title="Informationsmöte om IOP – mötesplatser för unga i byarna (bildspel 2026-03-03)",
    header_left="Gällivare kommun · Informationsmöte IOP · 3 mars 2026",
    footer_lines=["Gällivare kommun · Kultur- och fritidsförvaltningen · www.gallivare.se"],
    author="Kultur- och fritidsförvaltningen, Gällivare kommun",
    blocks=[
        ("h1", "Mötesplatser för unga i byarna"),
        (
            "lines",
            [
                "Idéburet offentligt partnerskap (IOP) – informationsmöte",
                "Tisdag 3 mars 2026, Medborgarhuset i Gällivare",
                "Sanna Pirttimaa, fritidsutvecklare",
            ],
        ),
        ("pagebreak",),
        ("h1", "Kvällens program"),
        (
            "ul",
            [
                "Vad är ett IOP – och vad är det inte?",
                "Satsningen 2026–2028",
                "Vem kan vara med och vad krävs?",
                "Tidplan och pengar",
                "Frågor – och fika",
            ],
        ),
        ("pagebreak",),
        ("h1", "Vad är ett IOP?"),
        (
            "ul",
            [
                "Ett samarbete mellan kommunen och en förening om något som föreningen vill göra",
                "Idén kommer från föreningen",
                "Båda bidrar: kommunen med pengar, föreningen med tid, kunskap, lokaler",
                "Inte ett vanligt föreningsbidrag",
                "Inte ett köp: kommunen betalar inte per deltagare eller per timme",
            ],
        ),
        ("pagebreak",),
        ("h1", "Satsningen 2026–2028"),
        (
            "ul",
            [
                "Kultur- och fritidsnämnden har avsatt 750 000 kronor per år",
                "Högst 250 000 kronor per år till ett och samma partnerskap",
                "Målgrupp: unga 13–19 år",
                "I byarna, inte i Gällivare centralort, Malmberget eller Koskullskulle",
                "Exempel på byar: Hakkas, Nattavaara, Ullatti, Skaulo, Dokkas, Tjautjas, "
                "Purnuvaara",
            ],
        ),
        ("pagebreak",),
        ("h1", "Vem kan vara med?"),
        (
            "ul",
            [
                "Ideell förening, byaförening eller registrerat trossamfund",
                "Föreningen ska vara bildad senast 31 december 2024",
                "Minst ett årsmöte ska ha hållits",
                "Organisationsnummer och bankkonto i föreningens namn",
                "Bolag kan inte vara med",
            ],
        ),
        ("pagebreak",),
        ("h1", "Krav på verksamheten"),
        (
            "ul",
            [
                "Öppen för alla unga 13–19 år i byn och grannbyarna, inte bara medlemmar",
                "Gratis, eller högst 20 kronor per träff",
                "Minst en träff i veckan under skolterminerna",
                "Minst en vuxen ledare som är 20 år eller äldre och som har visat utdrag ur "
                "belastningsregistret",
                "Föreningen står för minst 10 procent av kostnaden",
                "Ideellt arbete räknas med 180 kronor per timme – lokal och skjuts räknas också",
            ],
        ),
        ("pagebreak",),
        ("h1", "Språk"),
        (
            "ul",
            [
                "Idéskissen får skrivas på svenska, finska, meänkieli eller samiska",
                "Det går bra att prata med oss på finska och meänkieli – se kontakt",
                "Verksamheten får gärna vara på flera språk",
            ],
        ),
        ("pagebreak",),
        ("h1", "Tidplan"),
        (
            "table",
            (55, 115),
            [
                ["När", "Vad"],
                ["3 mars 2026", "Informationsmöte (i kväll)"],
                ["17 april 2026", "Sista dag att skicka idéskiss till iop@gallivare.se"],
                ["4–15 maj 2026", "Dialogmöten – vi kommer ut till byarna"],
                ["16 juni 2026", "Kultur- och fritidsnämnden beslutar"],
                ["1 augusti 2026", "Partnerskapen startar"],
                ["31 juli 2028", "Partnerskapen slutar"],
            ],
        ),
        ("pagebreak",),
        ("h1", "Pengar och uppföljning"),
        (
            "ul",
            [
                "Utbetalning i förskott varje kvartal",
                "Halvårsrapport senast 31 januari",
                "Årsrapport senast 31 augusti",
                "Uppsägningstid två månader för båda parter",
                "Pengar som inte har använts betalas tillbaka",
            ],
        ),
        ("pagebreak",),
        ("h1", "Frågor vi brukar få"),
        (
            "ul",
            [
                "Kan två byar söka tillsammans? – Ja, en förening är part och den andra kan vara "
                "med i verksamheten.",
                "Får yngre syskon följa med? – Ja, men verksamheten ska planeras för 13–19 år.",
                "Kan vi ta betalt för skjutsen? – Nej. Skjuts ingår i verksamheten och kan "
                "räknas som egen insats.",
                "Kan vi söka föreningsbidrag också? – Ja, men inte för samma verksamhet.",
            ],
        ),
        ("pagebreak",),
        ("h1", "Kontakt"),
        (
            "ul",
            [
                "Sanna Pirttimaa, fritidsutvecklare – 0970-818 44, sanna.pirttimaa@gallivare.se",
                "Eero Keinänen, samordnare för finska och meänkieli – 0970-818 71, "
                "eero.keinanen@gallivare.se",
                "Idéskisser: iop@gallivare.se",
            ],
        ),
        ("p", "Tack för i kväll!"),
    ],
)


DOCS = [KUMLA_KS_BESLUT, SAFFLE_BEDOMNING, GALLIVARE_BILDSPEL]
