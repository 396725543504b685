"""Text of the set_aj (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The set's other documents are ordinary files in ``corpus/`` and are not written here:

- ``lomma/lomma-iop-villkor.html``: a criteria table (Villkor / Så bedömer vi det / Gäller
  inte / undantag) where the right-hand column qualifies the left: three years counted from the
  organisationsnummer, not the founding (a lokalavdelning needs one year); barn och unga 6–18
  år or 65 år and older, a generations exception (minst hälften); högst 40 kronor per
  tillfälle, utflykter högst 200 kronor at most twice a year; minst 20 procent, 220 kronor per
  timme; no aktivitetsstöd for the same aktivitet. Contacts, a bidrag official, the växel. No
  sidecar.
- ``lomma/lomma-iop-in-english.md``: the same rules in English, an information meeting in
  English (22 April 2026, Bjärred Library, register by 17 April). Sidecar.
- ``torsas/torsas-foreningsbidrag-iop-eller-upphandling.html``: a page mixing föreningsbidrag,
  IOP (no general riktlinjer, calls with their own conditions) and LOU (per portion or per
  resa), with a comparison table; a fritidskonsulent for bidrag only. Sidecar.
- ``gnosjo/gnosjo-iop-fragor-och-svar.html``: an FAQ accordion built from buttons and hidden
  panels (18 months from the konstituerande möte; 300 kronor per termin; 25 procent of which a
  tenth in money, 210 kronor per timme; 30 days; current partnerships as a table). No sidecar.
- ``gnosjo/gnosjo-facebook-nytt-partnerskap-kulltorp.txt``: a Facebook post on a new
  partnership and an information meeting, with comments and the kommun's replies (and a
  private person's phone number in a comment). No sidecar.
"""

Doc = dict  # the fields of build.py's Doc


# Tranemo: a guideline PDF adopted by kommunfullmäktige, in running prose. The definitions stand
# in "2 Definitioner" (äldre = fyllt 67 år; bildandedatum = the konstituerande möte; 190 kronor
# per ideell timme), the requirements in 3 and 4 with "ska/måste/krävs" (minst två år, minst
# 15 medlemmar, högst 50 kronor per tillfälle, minst 15 procent) and two exceptions
# (sammanslagning; studiebesök och resor), and "5 Det här ser vi gärna" with "bör/önskvärt",
# which are no conditions. Process 31 mars / 30 september, sex veckor, omsorgsnämnden up to
# 400 000 kronor. Contact named with phone. Sidecar.
TRANEMO_RIKTLINJER = Doc(
    path="corpus/tranemo/tranemo-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Tranemo kommun",
    header_left="Tranemo kommun",
    header_right=["Riktlinjer för IOP", "KS 2025/214"],
    footer_lines=[
        "Tranemo kommun · 514 80 Tranemo · Växel 0325-57 60 00 · kommun@tranemo.se"
    ],
    author="Kommunledningsförvaltningen, Tranemo kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Tranemo kommun"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Beslutad av", "Kommunfullmäktige 2025-11-24 § 118"),
                ("Diarienummer", "KS 2025/214"),
                ("Gäller från", "2026-01-01"),
                ("Dokumentägare", "Kommunledningsförvaltningen"),
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Tranemo kommun vill ta till vara den kraft som finns i föreningslivet i kommunens "
            "orter och byar. Riktlinjerna beskriver när kommunen kan ingå ett idéburet offentligt "
            "partnerskap (IOP) med en idéburen organisation, vilka krav som gäller och hur en idé "
            "hanteras. Förslaget till riktlinjer var ute på remiss hösten 2025, och flera "
            "föreningar lämnade synpunkter. Riktlinjerna gäller för alla nämnder.",
        ),
        ("h2", "2 Definitioner"),
        ("p", "Följande begrepp har den betydelse som anges här i hela dokumentet."),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "En ideell förening, en stiftelse eller ett registrerat trossamfund som "
                    "drivs utan vinstsyfte och har ett allmännyttigt ändamål.",
                ),
                (
                    "Äldre",
                    "Personer som har fyllt 67 år. När riktlinjerna talar om verksamhet för "
                    "äldre är det denna åldersgräns som gäller.",
                ),
                (
                    "Bildandedatum",
                    "Dagen för föreningens konstituerande möte, så som den framgår av "
                    "protokollet från mötet.",
                ),
                (
                    "Egen insats",
                    "Det som organisationen själv bidrar med: ideellt arbete, lokaler, material "
                    "och egna pengar. En ideell timme värderas till 190 kronor.",
                ),
                (
                    "Tillfälle",
                    "En sammanhängande aktivitet under en dag, till exempel en träff eller en "
                    "kurskväll.",
                ),
            ],
        ),
        ("h2", "3 Krav på organisationen"),
        (
            "p",
            "För att kommunen ska kunna ingå ett partnerskap krävs att organisationen är en "
            "idéburen organisation enligt avsnitt 2 och har organisationsnummer. Aktiebolag, "
            "ekonomiska föreningar och andra företag kan inte vara part.",
        ),
        (
            "p",
            "Föreningen måste ha funnits i minst två år, räknat från bildandedatum, när "
            "idéskissen lämnas in, och den ska ha hållit minst ett ordinarie årsmöte. Föreningen "
            "ska ha minst 15 medlemmar.",
        ),
        (
            "p",
            "Undantag från kravet på två år kan göras för en förening som har bildats genom "
            "sammanslagning av två eller flera föreningar, om någon av dem har funnits i minst "
            "två år.",
        ),
        ("h2", "4 Krav på verksamheten"),
        (
            "p",
            "Verksamheten ska rikta sig till äldre eller till personer med funktionsnedsättning "
            "och ska bedrivas i Tranemo kommun. Den ska vara öppen för alla i målgruppen, oavsett "
            "om de är medlemmar i föreningen eller inte.",
        ),
        (
            "p",
            "Deltagaravgiften får vara högst 50 kronor per tillfälle. Undantag gäller för "
            "studiebesök och resor, där avgiften får vara högre; föreningen måste då redovisa "
            "kostnaden för resan i budgeten. Måltider och kurser räknas inte som resor.",
        ),
        (
            "p",
            "Föreningen ska stå för minst 15 procent av verksamhetens totala kostnad. "
            "Verksamheten får inte gå med vinst, och ett överskott ska återföras till "
            "verksamheten.",
        ),
        (
            "p",
            "Partnerskapet får inte avse sådant som kommunen är skyldig att erbjuda enligt lag, "
            "till exempel hemtjänst eller särskilt boende, och inte heller enstaka arrangemang. "
            "Samma verksamhet får inte samtidigt få föreningsbidrag från kommunen.",
        ),
        ("h2", "5 Det här ser vi gärna"),
        (
            "p",
            "Verksamheten bör bedrivas i samverkan med andra föreningar eller med församlingen "
            "på orten. Det är önskvärt att verksamheten når äldre i de mindre orterna, som "
            "Ambjörnarp, Sjötofta, Nittorp och Ljungsarp. Föreningen bör också ha egna pengar i "
            "verksamheten, men det är inget krav. Den egna insatsen kan helt bestå av ideellt "
            "arbete.",
        ),
        (
            "p",
            "Punkterna i detta avsnitt är önskemål. De är inga villkor, och en idé som inte "
            "uppfyller dem kan ändå bli ett partnerskap.",
        ),
        ("h2", "6 Från idéskiss till beslut"),
        (
            "ol",
            [
                "Föreningen skickar en idéskiss till iop@tranemo.se senast den 31 mars eller "
                "senast den 30 september.",
                "Kommunen svarar inom sex veckor efter sista dagen om idén går vidare till "
                "dialog.",
                "Föreningen och förvaltningen tar fram ett förslag till överenskommelse "
                "tillsammans.",
                "Omsorgsnämnden beslutar om partnerskap där kommunens del är högst 400 000 "
                "kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
            ],
        ),
        ("h2", "7 Överenskommelse, utbetalning och uppföljning"),
        (
            "p",
            "En överenskommelse gäller i ett till fyra år. Kommunen betalar ut sin del två gånger "
            "per år, i januari och i juli. Föreningen lämnar en verksamhetsberättelse och en "
            "ekonomisk redovisning senast den 15 mars varje år. Båda parter kan säga upp "
            "överenskommelsen med fyra månaders uppsägningstid.",
        ),
        ("h2", "8 Kontakt"),
        (
            "p",
            "Mikael Lundh Sandberg, utvecklingsledare civilsamhälle, telefon 0325-57 63 21, "
            "e-post iop@tranemo.se.",
        ),
    ],
)


# Tranemo: a consultation response (remissvar) from an association on the draft of the
# guidelines above: the draft said three years, 20 procent and 40 kronor; the association asks
# for one year, 10 procent, 250 kronor per timme and 60 kronor. NOT the kommun's rules: the
# adopted rules say two years, 15 procent, 190 kronor and 50 kronor. The signer's private phone
# stands at the end. No sidecar.
TRANEMO_REMISSVAR = Doc(
    path="corpus/tranemo/tranemo-remissvar-grimsas-bygdekraft-2025.pdf",
    title="Remissvar från Föreningen Grimsås Bygdekraft – förslag till riktlinjer för IOP",
    header_left="Föreningen Grimsås Bygdekraft",
    header_right=["Remissvar", "2025-09-19"],
    footer_lines=[
        "Föreningen Grimsås Bygdekraft · org.nr 802478-3315 · c/o Kärrman, Storgatan 14, "
        "514 70 Grimsås"
    ],
    page_numbers=False,
    author="Föreningen Grimsås Bygdekraft",
    letterhead=True,
    blocks=[
        (
            "lines",
            [
                "Till",
                "Tranemo kommun",
                "Kommunstyrelsen",
                "514 80 Tranemo",
                "",
                "Ert diarienummer: KS 2025/214",
            ],
        ),
        ("h1", "Remissvar: Förslag till riktlinjer för idéburet offentligt partnerskap"),
        (
            "p",
            "Föreningen Grimsås Bygdekraft har tagit del av kommunens förslag till riktlinjer för "
            "idéburet offentligt partnerskap (IOP) och lämnar här våra synpunkter. Vi är en "
            "förening med 62 medlemmar som sedan 2009 driver bygdegården, ordnar "
            "pensionärsträffar och håller i Grimsås marknad. Styrelsen har diskuterat förslaget "
            "på två möten och svaret är beslutat av styrelsen den 16 september 2025.",
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Vi välkomnar att kommunen tar fram riktlinjer för IOP. Men flera av kraven i "
            "förslaget är för högt ställda för små föreningar på landsbygden. Nedan föreslår vi "
            "ändringar. Detta är föreningens synpunkter på kommunens förslag och inte kommunens "
            "beslut.",
        ),
        ("h2", "1. Hur länge föreningen ska ha funnits"),
        (
            "p",
            "I förslaget står att föreningen ska ha funnits i minst tre år. Nya föreningar bildas "
            "ofta just för att något behövs i byn, och då kan man inte vänta i tre år. Vi föreslår "
            "att det ska räcka att föreningen har funnits i ett år.",
        ),
        ("h2", "2. Egen insats"),
        (
            "p",
            "Förslaget kräver att föreningen står för minst 20 procent av kostnaden och att en "
            "ideell timme värderas till 190 kronor. Vi föreslår att kravet sänks till 10 procent "
            "och att en ideell timme i stället räknas med 250 kronor, vilket bättre motsvarar "
            "vad arbetet är värt.",
        ),
        ("h2", "3. Deltagaravgifter"),
        (
            "p",
            "Enligt förslaget får deltagaravgiften vara högst 40 kronor per tillfälle. När vi "
            "bjuder på lunch räcker inte det. Vi föreslår en gräns på 60 kronor per tillfälle.",
        ),
        ("h2", "4. Det här tycker vi är bra"),
        (
            "p",
            "Vi stöder skrivningen om att kommunen gärna ser samverkan mellan föreningar och att "
            "verksamhet i de mindre orterna ska uppmuntras. Vi tycker också att det är bra att "
            "den egna insatsen kan bestå av ideellt arbete och inte behöver vara pengar.",
        ),
        ("h2", "5. Övrigt"),
        (
            "p",
            "Vi önskar att kommunen utser en kontaktperson för föreningarna och att den "
            "personen kan nås på telefon även på kvällstid.",
        ),
        (
            "lines",
            [
                "Grimsås den 19 september 2025",
                "",
                "För Föreningen Grimsås Bygdekraft",
                "Sven-Olof Kärrman, ordförande",
                "Telefon 070-284 51 97",
                "E-post grimsas.bygdekraft@telia.com",
            ],
        ),
    ],
)


# Uppvidinge: an extract of socialnämnden's minutes with two decisions: § 41 yes (Lenhovda
# Hembygdsförening, Onsdagsträffen, 145 000 kronor per år, 2026-06-01–2028-05-31, SN 2026/037),
# § 42 no (Föreningen Åseda Seniordans: the dance evenings already get aktivitetsbidrag, double
# funding; may come back with another activity, or the same one from 2027 without the bidrag).
# A handläggare with an e-mail address and no phone; the växel in the footer. Sidecar.
UPPVIDINGE_PROTOKOLL = Doc(
    path="corpus/uppvidinge/uppvidinge-socialnamnden-protokollsutdrag-2026-04-21.pdf",
    title="Socialnämnden Uppvidinge – protokollsutdrag 2026-04-21 §§ 41–42",
    header_left="Uppvidinge kommun",
    header_right=["Socialnämnden", "Protokollsutdrag", "2026-04-21"],
    footer_lines=[
        "Uppvidinge kommun · Socialförvaltningen · Box 59, 364 21 Åseda · Växel 0474-475 00 "
        "· socialforvaltningen@uppvidinge.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Uppvidinge kommun",
    blocks=[
        ("h1", "Socialnämnden – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-04-21, kl. 13.00–15.40"),
                ("Plats", "Kommunhuset i Åseda, sammanträdesrum Lillsjön"),
                ("Paragrafer", "§§ 41–42"),
                ("Ordförande", "Maria Sandqvist (KD)"),
                ("Sekreterare", "Tove Blom"),
                ("Justerare", "Ingrid Fält (S)"),
                ("Justerat", "2026-04-24"),
            ],
        ),
        ("h2", "§ 41 Idéburet offentligt partnerskap med Lenhovda Hembygdsförening – Onsdagsträffen"),
        ("small", "Dnr SN 2026/037"),
        ("bold", "Socialnämndens beslut"),
        (
            "ol",
            [
                "Socialnämnden beslutar att ingå ett idéburet offentligt partnerskap med "
                "Lenhovda Hembygdsförening (org.nr 829500-4418) om Onsdagsträffen i Lenhovda.",
                "Kommunens del är 145 000 kronor per år under perioden 2026-06-01–2028-05-31.",
                "Socialchefen får i uppdrag att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Lenhovda Hembygdsförening lämnade den 9 februari 2026 en idéskiss om en öppen "
            "träffpunkt för personer som har fyllt 70 år i Lenhovda och Herråkra. Träffen hålls "
            "varje onsdag i hembygdsgården med lunch, samtal och ett program som deltagarna "
            "själva är med och planerar. Deltagarna betalar 30 kronor per tillfälle för kaffet; "
            "lunchen bekostas inom partnerskapet. Man behöver inte vara medlem i föreningen.",
        ),
        (
            "p",
            "Föreningen står för 22 procent av kostnaden, främst genom ideellt arbete och "
            "hembygdsgården som lokal. Föreningen har funnits sedan 1931 och har 118 medlemmar.",
        ),
        (
            "p",
            "Socialförvaltningen har prövat idén mot kommunens riktlinjer för idéburet offentligt "
            "partnerskap, antagna av kommunfullmäktige 2024-06-10 § 47, och bedömer att samtliga "
            "villkor är uppfyllda.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-03-30",
                "Idéskiss från Lenhovda Hembygdsförening 2026-02-09",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Beslutet skickas till: Lenhovda Hembygdsförening, ekonomienheten"),
        ("h2", "§ 42 Idéskiss från Föreningen Åseda Seniordans – Dansglädje för seniorer"),
        ("small", "Dnr SN 2026/041"),
        ("bold", "Socialnämndens beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Föreningen Åseda Seniordans.",
        ),
        ("bold", "Ärendebeskrivning"),
        (
            "p",
            "Föreningen Åseda Seniordans lämnade den 13 februari 2026 en idéskiss om dansträffar "
            "för seniorer i Folkets park i Åseda två kvällar i månaden. Föreningen har funnits "
            "sedan 2016 och har 46 medlemmar. Förvaltningen bedömer att idén i övrigt stämmer "
            "med riktlinjerna.",
        ),
        (
            "p",
            "Dansträffarna får dock redan aktivitetsbidrag från kultur- och fritidsnämnden för "
            "2026. Enligt riktlinjerna får samma verksamhet inte samtidigt finansieras med "
            "föreningsbidrag och genom ett partnerskap.",
        ),
        ("bold", "Skäl för beslutet"),
        (
            "p",
            "Verksamheten får redan föreningsbidrag från kommunen för samma verksamhet. "
            "Föreningen är välkommen att lämna en ny idéskiss om en annan verksamhet, eller om "
            "samma verksamhet från och med 2027 om föreningen då avstår från aktivitetsbidraget "
            "för dansträffarna.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Lars-Göran Wik (C) yrkar bifall till förvaltningens förslag. Ingrid Fält (S) yrkar "
            "att nämnden ska ingå partnerskapet. Ordföranden ställer förslagen mot varandra och "
            "finner att nämnden beslutar enligt förvaltningens förslag.",
        ),
        ("bold", "Reservation"),
        ("p", "Ingrid Fält (S) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("small", "Beslutet skickas till: Föreningen Åseda Seniordans"),
        ("h3", "Handläggare"),
        (
            "p",
            "Ewa Lindgren Tufvesson, utvecklingsstrateg, socialförvaltningen, "
            "ewa.lindgren.tufvesson@uppvidinge.se",
        ),
        ("small", "Rätt utdraget betygar: Tove Blom, nämndsekreterare"),
    ],
)


# Uppvidinge: an application form (Word) with boxes: empty tables to fill in, a check list of
# the conditions with Ja/Nej boxes (minst ett år, minst 10 medlemmar, fyllt 70 år, högst 30
# kronor per tillfälle, minst 10 procent, no föreningsbidrag for the same thing), a budget at
# 200 kronor per timme, the attachments, the dates 15 februari / 15 augusti and where to send.
# A named contact for the form with phone and hours. Sidecar.
UPPVIDINGE_BLANKETT = Doc(
    path="corpus/uppvidinge/uppvidinge-ansokan-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Uppvidinge kommun",
    header_left="Uppvidinge kommun · Socialförvaltningen",
    footer_lines=[
        "Uppvidinge kommun · Socialförvaltningen · Växel 0474-475 00 · Blankett SF 112, "
        "version 2026-01"
    ],
    author="Socialförvaltningen, Uppvidinge kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP) med Uppvidinge kommun"),
        (
            "p",
            "Använd den här blanketten när er förening vill föreslå ett partnerskap med "
            "socialförvaltningen. Fyll i alla rutor och skriv kort. Idéskissen får vara högst tre "
            "sidor inklusive blanketten; bilagorna räknas inte.",
        ),
        (
            "box",
            "Idéskisser som har kommit in senast den 15 februari behandlas av socialnämnden i "
            "april. Idéskisser som har kommit in senast den 15 augusti behandlas i oktober.",
        ),
        ("h2", "1 Organisationen"),
        (
            "table",
            (60, 110),
            [
                ("Uppgift", "Fyll i här"),
                ("Föreningens namn", ""),
                ("Organisationsnummer", ""),
                ("Datum då föreningen bildades", ""),
                ("Antal medlemmar den 31 december förra året", ""),
                ("Kontaktperson (namn, telefon, e-post)", ""),
            ],
        ),
        ("h2", "2 Kontrollera innan ni skickar"),
        ("p", "Kryssa i Ja eller Nej för varje villkor."),
        (
            "table",
            (130, 20, 20),
            [
                ("Villkor", "Ja", "Nej"),
                (
                    "Föreningen är en ideell förening, en stiftelse eller ett trossamfund och har "
                    "organisationsnummer.",
                    "☐",
                    "☐",
                ),
                ("Föreningen har funnits i minst ett år när idéskissen kommer in.", "☐", "☐"),
                ("Föreningen har minst 10 medlemmar.", "☐", "☐"),
                (
                    "Verksamheten vänder sig till personer som har fyllt 70 år och bor i "
                    "Uppvidinge kommun.",
                    "☐",
                    "☐",
                ),
                ("Alla i målgruppen kan vara med, även de som inte är medlemmar.", "☐", "☐"),
                ("Deltagarna betalar högst 30 kronor per tillfälle.", "☐", "☐"),
                ("Föreningen står för minst 10 procent av kostnaden.", "☐", "☐"),
                ("Verksamheten får inte föreningsbidrag från kommunen för samma sak.", "☐", "☐"),
            ],
        ),
        (
            "p",
            "Har ni svarat Nej på någon fråga kan idén inte bli ett partnerskap. Ring oss gärna "
            "innan ni skickar, så kan vi tillsammans se om idén kan ändras.",
        ),
        ("h2", "3 Idén"),
        (
            "table",
            (70, 100),
            [
                ("Fråga", "Ert svar"),
                ("Vad vill ni göra?", ""),
                ("Vilket behov ser ni, och varför behövs det?", ""),
                ("Vilka vänder ni er till, och hur många tror ni kommer?", ""),
                ("Var och hur ofta?", ""),
                ("Hur ska ni veta att det har fungerat?", ""),
            ],
        ),
        ("h2", "4 Budget per år"),
        (
            "table",
            (120, 50),
            [
                ("Post", "Kronor"),
                ("Kostnader för verksamheten (lokal, material, fika, resor m.m.)", ""),
                ("Egen insats: ideellt arbete (antal timmar × 200 kronor)", ""),
                ("Egen insats: lokal, material och egna pengar", ""),
                ("Belopp som ni vill att kommunen bidrar med", ""),
            ],
        ),
        (
            "p",
            "Den egna insatsen ska vara minst 10 procent av den totala kostnaden. Ideellt arbete "
            "räknas med 200 kronor per timme.",
        ),
        ("h2", "5 Bilagor"),
        (
            "ul",
            [
                "Stadgar",
                "Protokoll från det senaste årsmötet",
                "Senaste verksamhetsberättelse och ekonomisk redovisning",
            ],
        ),
        ("h2", "6 Underskrift"),
        (
            "table",
            (55, 60, 55),
            [
                ("Ort och datum", "Namnteckning", "Namnförtydligande"),
                ("", "", ""),
            ],
        ),
        ("h2", "Så skickar ni idéskissen"),
        (
            "p",
            "Skicka idéskissen med bilagor till iop@uppvidinge.se. Ni kan också skicka den med "
            "post till Uppvidinge kommun, Socialförvaltningen, Box 59, 364 21 Åseda. Märk "
            "kuvertet ”IOP”.",
        ),
        (
            "p",
            "Frågor om blanketten: Patrik Hägg, föreningssamordnare, telefon 0474-475 31 "
            "(måndag–onsdag kl. 8–10).",
        ),
    ],
)


# Torsås: a letterhead letter from omsorgsförvaltningen inviting idéskisser for one call
# (mötesplatser för seniorer, fyllt 70 år, outside Torsås tätort; bildad senast den 31 december
# 2024; free apart from fika at cost; minst 25 procent; högst 80 000 kronor per år and
# partnerskap; a tidplan with 4 mars, 3 april, 16 juni, 1 september 2026, 31 augusti 2028). The
# only contacts are the functional mailbox and the växel, in the footer and the text; the
# förvaltningschef signs without a number. No sidecar.
TORSAS_INBJUDAN = Doc(
    path="corpus/torsas/torsas-inbjudan-ideskisser-motesplatser-seniorer-2026.pdf",
    title="Inbjudan: idéer om mötesplatser för seniorer utanför Torsås tätort",
    header_left="Torsås kommun",
    header_right=["Omsorgsförvaltningen", "2026-02-09", "Dnr OF 2026/012"],
    footer_lines=[
        "Torsås kommun · Omsorgsförvaltningen · 385 25 Torsås",
        "E-post iop@torsas.se · Växel 0486-331 00 · www.torsas.se",
    ],
    author="Omsorgsförvaltningen, Torsås kommun",
    letterhead=True,
    blocks=[
        ("small", "Till föreningar, byalag och församlingar i Torsås kommun"),
        ("h1", "Inbjudan: Lämna en idé om mötesplatser för seniorer utanför Torsås tätort"),
        (
            "p",
            "Omsorgsnämnden har avsatt 240 000 kronor per år under 2026–2028 till nya idéburna "
            "offentliga partnerskap (IOP) om mötesplatser för seniorer. Vi vill att fler äldre i "
            "byarna och i kustsamhällena ska ha någonstans att gå där de kan träffa andra, och vi "
            "vet att det är ni i föreningslivet som har idéerna.",
        ),
        ("h2", "Det här gäller i omgången"),
        (
            "ul",
            [
                "Mötesplatsen ska vända sig till personer som har fyllt 70 år.",
                "Den ska ligga utanför Torsås tätort, till exempel i Bergkvara, Söderåkra, "
                "Gullabo eller på landsbygden. Mötesplatser inne i Torsås tätort ingår inte i "
                "den här omgången, eftersom kommunen redan har träffpunkten Solrosen där.",
                "Föreningen ska ha bildats senast den 31 december 2024 och ha "
                "organisationsnummer.",
                "Det ska vara gratis att delta. Fika får säljas till självkostnadspris.",
                "Föreningen ska stå för minst 25 procent av kostnaden. Ideella timmar räknas med "
                "200 kronor per timme.",
                "Kommunen bidrar med högst 80 000 kronor per år till varje partnerskap.",
                "Mötesplatsen ska vara öppen minst två gånger i månaden.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (70, 100),
            [
                ("Vad", "När"),
                ("Informationsträff", "Onsdag 4 mars 2026 kl. 18.00 i Söderåkra församlingshem"),
                ("Sista dag för idéskiss", "Fredag 3 april 2026"),
                ("Dialogmöten", "April–maj 2026"),
                ("Beslut i omsorgsnämnden", "16 juni 2026"),
                ("Start", "1 september 2026"),
                ("Partnerskapen gäller till och med", "31 augusti 2028"),
            ],
        ),
        ("h2", "Så lämnar ni er idé"),
        (
            "p",
            "Skriv en idéskiss på högst två sidor: vad ni vill göra, var, för vilka, hur ofta och "
            "vad det kostar. Skicka den till iop@torsas.se. Vill ni hellre prata först kan ni "
            "ringa kommunens växel, 0486-331 00, och be att få bli kopplade till den som har hand "
            "om IOP-omgången.",
        ),
        ("p", "Välkomna med era idéer!"),
        (
            "lines",
            [
                "Med vänlig hälsning",
                "",
                "Annika Berg Thorsell",
                "Förvaltningschef, omsorgsförvaltningen",
            ],
        ),
    ],
)


# Ödeshög: the guidelines in force (Word), adopted by kommunstyrelsen 2022, the conditions as a
# numbered list (minst ett år; högst 20 kronor per tillfälle; minst 20 procent, 150 kronor per
# timme; no föreningsbidrag for the same verksamhet), 1 oktober, KSAU up to 200 000 kronor,
# högst tre år. A contact with phone. Sidecar.
ODESHOG_RIKTLINJER_2022 = Doc(
    path="corpus/odeshog/odeshog-riktlinjer-iop-2022.docx",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Ödeshögs kommun",
    header_left="Ödeshögs kommun · Riktlinje",
    footer_lines=["Ödeshögs kommun · 599 80 Ödeshög · Växel 0144-350 00 · kommunen@odeshog.se"],
    author="Kommunledningsförvaltningen, Ödeshögs kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP) i Ödeshögs kommun"),
        (
            "kv",
            [
                ("Antagen av", "Kommunstyrelsen 2022-03-15 § 34"),
                ("Diarienummer", "KS 2021/0412"),
                ("Gäller från", "2022-04-01"),
                ("Giltighetstid", "Tills vidare"),
                ("Ansvarig", "Kommunledningsförvaltningen"),
            ],
        ),
        ("h2", "1 Bakgrund"),
        (
            "p",
            "Föreningslivet i Ödeshög, Rök, Heda, Stora Åby, Hästholmen och Svarttorp gör stora "
            "insatser för kommunens invånare. Idéburet offentligt partnerskap (IOP) är ett sätt "
            "för kommunen och en idéburen organisation att tillsammans genomföra något som "
            "organisationen har tagit initiativ till. Riktlinjerna beskriver vilka förutsättningar "
            "som gäller.",
        ),
        ("h2", "2 Förutsättningar"),
        ("p", "Samtliga förutsättningar ska vara uppfyllda."),
        (
            "ol",
            [
                "Partnerskap kan ingås med ideella föreningar, stiftelser och registrerade "
                "trossamfund. Organisationen ska ha organisationsnummer.",
                "Organisationen ska ha funnits i minst ett år när idéskissen lämnas in.",
                "Verksamheten ska bedrivas i Ödeshögs kommun och komma kommunens invånare till "
                "del.",
                "Verksamheten ska vara öppen för alla i målgruppen och får inte kräva "
                "medlemskap.",
                "Deltagaravgiften får vara högst 20 kronor per tillfälle.",
                "Organisationen ska stå för minst 20 procent av kostnaden. Ideellt arbete räknas "
                "med 150 kronor per timme.",
                "Samma verksamhet får inte samtidigt få föreningsbidrag från kommunen.",
                "Partnerskapet får inte avse lagstadgad verksamhet eller enstaka evenemang.",
            ],
        ),
        ("h2", "3 Idéskiss och beslut"),
        (
            "p",
            "Idéskissen skickas till kommunen@odeshog.se. Den ska ha kommit in senast den 1 "
            "oktober för att partnerskapet ska kunna starta året därpå.",
        ),
        (
            "p",
            "Kommunstyrelsens arbetsutskott beslutar om partnerskap upp till 200 000 kronor per "
            "år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        ("h2", "4 Överenskommelsen"),
        (
            "p",
            "En överenskommelse gäller i högst tre år. Kommunen betalar ut sin del två gånger per "
            "år. Organisationen redovisar verksamhet och ekonomi senast den 30 april året efter.",
        ),
        ("h2", "5 Kontakt"),
        ("p", "Sara Holmqvist Ek, folkhälsostrateg, telefon 0144-351 27."),
    ],
)


# Ödeshög: a draft out for consultation (remissversion 2026) beside the rules in force: a
# framed notice that it does not apply until kommunfullmäktige adopts it, a table "Gäller i
# dag" / "Förslag" (två år, 10 procent, 200 kronor per timme, 40 kronor, 1 april and 1
# oktober, 300 000 kronor, fyra år, a new target group), the remiss dates (27 mars 2026; KF
# juni 2026; from 1 januari 2027) and a contact for the draft. Sidecar.
ODESHOG_REMISS = Doc(
    path="corpus/odeshog/odeshog-riktlinjer-iop-remissversion-2026.pdf",
    title="Förslag till reviderade riktlinjer för idéburet offentligt partnerskap – remissversion",
    header_left="Ödeshögs kommun",
    header_right=["Remissversion 2026-02-02", "KS 2025/0377"],
    footer_lines=["Ödeshögs kommun · 599 80 Ödeshög · Växel 0144-350 00 · kommunen@odeshog.se"],
    author="Kommunledningsförvaltningen, Ödeshögs kommun",
    blocks=[
        ("h1", "Förslag till reviderade riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "box",
            "REMISSVERSION. Detta är ett förslag som är ute på remiss. Det gäller inte förrän "
            "kommunfullmäktige har antagit det. Till dess gäller de riktlinjer som "
            "kommunstyrelsen antog 2022-03-15.",
        ),
        (
            "kv",
            [
                ("Diarienummer", "KS 2025/0377"),
                ("Remisstid", "2 februari – 27 mars 2026"),
                ("Svar skickas till", "remiss.iop@odeshog.se"),
                ("Planerat beslut", "Kommunfullmäktige i juni 2026"),
                ("Planerad giltighet", "Från 1 januari 2027"),
            ],
        ),
        ("h2", "Varför nya riktlinjer?"),
        (
            "p",
            "Riktlinjerna från 2022 har gällt i fyra år. Under den tiden har kommunen ingått tre "
            "partnerskap. Föreningarna har framfört att den egna insatsen är svår att nå och att "
            "det bara finns en ansökningstidpunkt per år. Samtidigt vill kommunen att "
            "organisationerna ska ha en stabilare grund innan ett partnerskap inleds. Förslaget "
            "försöker väga dessa synpunkter mot varandra.",
        ),
        ("h2", "Vad ändras?"),
        (
            "table",
            (55, 55, 60),
            [
                ("Område", "Gäller i dag (2022)", "Förslag (2026)"),
                ("Hur länge organisationen ska ha funnits", "Minst ett år", "Minst två år"),
                ("Egen insats", "Minst 20 procent", "Minst 10 procent"),
                ("Värdet av en ideell timme", "150 kronor", "200 kronor"),
                ("Deltagaravgift", "Högst 20 kronor per tillfälle", "Högst 40 kronor per tillfälle"),
                ("Sista dag för idéskiss", "1 oktober", "1 april och 1 oktober"),
                (
                    "Beslut av kommunstyrelsens arbetsutskott",
                    "Upp till 200 000 kronor per år",
                    "Upp till 300 000 kronor per år",
                ),
                ("Längsta tid för en överenskommelse", "Tre år", "Fyra år"),
                (
                    "Målgrupp",
                    "Ingen särskild",
                    "I första hand barn och unga, äldre eller integration",
                ),
            ],
        ),
        ("p", "Övriga förutsättningar i riktlinjerna från 2022 föreslås gälla oförändrade."),
        ("h2", "Så lämnar ni synpunkter"),
        (
            "p",
            "Alla föreningar och invånare får lämna synpunkter på förslaget. Skicka dem senast "
            "den 27 mars 2026 till remiss.iop@odeshog.se, eller med post till Ödeshögs kommun, "
            "Kommunledningsförvaltningen, 599 80 Ödeshög. Märk svaret med KS 2025/0377.",
        ),
        (
            "p",
            "Frågor om förslaget: Oskar Dahlin Rehn, utredare, telefon 0144-351 44.",
        ),
    ],
)


DOCS = [
    TRANEMO_RIKTLINJER,
    TRANEMO_REMISSVAR,
    UPPVIDINGE_PROTOKOLL,
    UPPVIDINGE_BLANKETT,
    TORSAS_INBJUDAN,
    ODESHOG_RIKTLINJER_2022,
    ODESHOG_REMISS,
]
