"""Text of the set_aq (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

The other documents of the set are ordinary files in ``corpus/``:

- ``hagfors/hagfors-iop-villkor.html`` (criteria table whose right-hand column says what does
  not count; sidecar)
- ``hagfors/hagfors-facebook-informationstraff-iop.html`` (a Facebook post about an information
  meeting, with comments and the kommun's replies; no sidecar)
- ``upplands-bro/upplands-bro-iop-fragor-och-svar.html`` (FAQ accordion built from buttons and
  panels; no sidecar)
- ``upplands-bro/upplands-bro-foreningsbidrag-iop-eller-upphandling.html`` (a page mixing
  föreningsbidrag, IOP and LOU; sidecar)
- ``norsjo/norsjo-iop-riktlinjer-och-remissforslag.html`` (the rules in force as a numbered list
  beside a draft out for consultation; sidecar)
- ``norsjo/norsjo-remissvar-norsjobygdens-pensionarsforening.txt`` (an association's
  consultation response, not the kommun's rules; no sidecar)
- ``arjeplog/arjeplog-iop-partnerships-in-english.md`` (English page; sidecar)
- ``arjeplog/arjeplog-nyhet-nytt-partnerskap-jackvik.html`` (news item on a new partnership with
  a table of the kommun's partnerships; no sidecar)

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Degerfors: guidelines adopted by kommunfullmäktige, in running prose. The definitions stand in
# their own section 2 (äldre = fyllt 67 år; unga = fyllt 13 men inte 21 år; ordinarie årsmöte).
# Section 3 holds the requirements ("ska", "måste", "krävs"): minst två ordinarie årsmöten, the
# three target groups, Degerfors kommun, no membership, högst 250 kronor per termin, minst 20
# procent, no double funding with föreningsbidrag. Section 4 holds wishes ("bör", "önskvärt")
# that are no requirements. Section 5 holds two exceptions (merged associations; 10 procent for
# verksamhet för personer med funktionsnedsättning). Process: iop@degerfors.se, 1 mars / 1
# oktober, fyra veckor, a nämnd up to 300 000 kronor, högst fyra år. Contacts for IOP and for
# föreningsbidrag. Sidecar.
DEGERFORS_RIKTLINJER = Doc(
    path="corpus/degerfors/degerfors-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap i Degerfors kommun",
    header_left="Degerfors kommun",
    header_right=["Riktlinjer för IOP", "Dnr KS 2024/211"],
    footer_lines=[
        "Degerfors kommun · Kommunstyrelseförvaltningen · 693 80 Degerfors · "
        "Växel 0586-483 00 · kommun@degerfors.se"
    ],
    author="Kommunstyrelseförvaltningen, Degerfors kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Degerfors kommun"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2025-03-24 § 28"),
                ("Diarienummer", "KS 2024/211"),
                ("Gäller från", "2025-05-01"),
                ("Dokumentansvarig", "Kommunstyrelseförvaltningen"),
                ("Revideras", "Senast 2028"),
            ],
        ),
        ("h2", "1 Syfte och utgångspunkter"),
        (
            "p",
            "Degerfors kommun vill ta till vara det engagemang som finns i föreningslivet. "
            "Idéburet offentligt partnerskap (IOP) är en samverkansform där en idéburen "
            "organisation och kommunen tillsammans genomför en verksamhet som organisationen har "
            "tagit initiativ till och som bidrar till kommunens mål. Båda parter bidrar med "
            "resurser och har ett gemensamt ansvar för att verksamheten blir av.",
        ),
        (
            "p",
            "Riktlinjerna gäller för samtliga nämnder. De kompletterar kommunens regler för "
            "föreningsbidrag och ersätter inte upphandling enligt lagen om offentlig upphandling "
            "när kommunen vill köpa en tjänst som kommunen själv har bestämt innehållet i.",
        ),
        ("h2", "2 Definitioner"),
        (
            "p",
            "I riktlinjerna har följande ord den betydelse som anges här. Definitionerna gäller "
            "när kraven i avsnitt 3 och undantagen i avsnitt 5 tillämpas.",
        ),
        (
            "kv",
            [
                (
                    "Idéburen organisation",
                    "En ideell förening, en stiftelse eller ett registrerat trossamfund som "
                    "drivs utan vinstsyfte. I riktlinjerna används ordet förening för alla dessa.",
                ),
                ("Äldre", "Med äldre avses personer som har fyllt 67 år."),
                ("Unga", "Med unga avses personer som har fyllt 13 men inte 21 år."),
                (
                    "Personer med funktionsnedsättning",
                    "Personer med en varaktig fysisk, psykisk eller intellektuell nedsättning av "
                    "funktionsförmågan, oavsett ålder.",
                ),
                (
                    "Ordinarie årsmöte",
                    "Det årsmöte som föreningens stadgar föreskriver ska hållas varje år. Ett "
                    "konstituerande möte eller ett extra årsmöte räknas inte som ordinarie "
                    "årsmöte.",
                ),
                (
                    "Egen insats",
                    "Det föreningen själv bidrar med i form av ideellt arbete, lokaler, material "
                    "eller pengar. Ideellt arbete värderas till 200 kronor per timme.",
                ),
            ],
        ),
        ("h2", "3 Krav"),
        (
            "p",
            "Kraven i detta avsnitt ska vara uppfyllda för att en idé ska kunna bli ett "
            "partnerskap. En idé som inte uppfyller något av kraven går inte vidare till dialog, "
            "om inte ett undantag i avsnitt 5 gäller.",
        ),
        (
            "p",
            "Föreningen ska vara en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund och måste ha ett eget organisationsnummer. Aktiebolag och ekonomiska "
            "föreningar kan inte vara part. Föreningen ska ha hållit minst två ordinarie "
            "årsmöten innan idéskissen lämnas in, och verksamhetsberättelsen från det senaste "
            "årsmötet ska bifogas idéskissen.",
        ),
        (
            "p",
            "Verksamheten ska rikta sig till äldre, unga eller personer med "
            "funktionsnedsättning, så som grupperna definieras i avsnitt 2. Partnerskap för "
            "andra målgrupper prövas inte enligt de här riktlinjerna. Verksamheten ska bedrivas "
            "i Degerfors kommun, och deltagande får inte kräva medlemskap i föreningen.",
        ),
        (
            "p",
            "Föreningen får ta ut avgifter av deltagarna, men avgifterna får sammanlagt vara "
            "högst 250 kronor per termin och deltagare. Föreningen ska själv stå för minst 20 "
            "procent av verksamhetens totala kostnad. Det krävs inte att någon del av den egna "
            "insatsen är pengar.",
        ),
        (
            "p",
            "En verksamhet som redan får föreningsbidrag eller aktivitetsstöd från kommunen för "
            "samma kostnader kan inte samtidigt finansieras genom ett partnerskap. Initiativet "
            "måste komma från föreningen, och partnerskapet får inte avse sådant som kommunen är "
            "skyldig att erbjuda enligt lag eller enstaka arrangemang.",
        ),
        ("h2", "4 Önskemål"),
        (
            "p",
            "Utöver kraven har kommunen några önskemål. Önskemålen i detta avsnitt är inga krav, "
            "men de vägs in när flera idéer konkurrerar om samma pengar.",
        ),
        (
            "p",
            "Föreningen bör samverka med minst en annan förening eller ett studieförbund när "
            "verksamheten genomförs. Det är önskvärt att verksamheten når invånare både i "
            "Degerfors tätort och i Svartå, Åtorp eller Strömtorp. En del av den egna insatsen "
            "bör gärna vara pengar, till exempel insamlade medel eller sponsring.",
        ),
        ("h2", "5 Undantag"),
        ("h3", "5.1 Sammanslagna föreningar"),
        (
            "p",
            "En förening som har bildats genom sammanslagning av två eller flera föreningar "
            "uppfyller kravet på två ordinarie årsmöten, om minst en av de tidigare föreningarna "
            "uppfyllde kravet när sammanslagningen skedde.",
        ),
        ("h3", "5.2 Verksamhet för personer med funktionsnedsättning"),
        (
            "p",
            "För verksamhet som riktar sig till personer med funktionsnedsättning räcker en egen "
            "insats på minst 10 procent av verksamhetens totala kostnad.",
        ),
        ("h2", "6 Från idé till beslut"),
        (
            "p",
            "Föreningen beskriver sin idé på kommunens blankett för idéskiss och skickar den "
            "till iop@degerfors.se. Idéskisser som har kommit in senast den 1 mars behandlas "
            "under våren och idéskisser som har kommit in senast den 1 oktober behandlas under "
            "hösten. Kommunstyrelseförvaltningen svarar inom fyra veckor efter sista dagen om "
            "idén går vidare till dialog.",
        ),
        (
            "p",
            "Socialnämnden eller kultur- och fritidsnämnden beslutar om partnerskap där "
            "kommunens del är högst 300 000 kronor per år. Är kommunens del större beslutar "
            "kommunstyrelsen. Ett partnerskap gäller i högst fyra år. Kommunens del betalas ut "
            "kvartalsvis i förskott, och föreningen redovisar föregående år senast den 30 april.",
        ),
        ("h2", "7 Kontakt"),
        (
            "p",
            "Frågor om idéburet offentligt partnerskap: Jenny Sandahl Brink, folkhälsostrateg, "
            "telefon 0586-483 52, iop@degerfors.se.",
        ),
        (
            "p",
            "Frågor om föreningsbidrag och aktivitetsstöd: Ola Frisk, fritidskonsulent, "
            "telefon 0586-483 19.",
        ),
    ],
)


# Degerfors: an extract of socialnämnden's minutes of 2026-09-22 with two IOP decisions: § 84 yes
# (Föreningen Svartå Träffpunkt, Mötesplats Svartå, 2027-01-01–2029-12-31, 145 000 kronor per år,
# dnr SN 2026/97) and § 85 no (Degerfors Motorhistoriska Klubb: only one ordinarie årsmöte, the
# konstituerande möte does not count; welcome with a new idéskiss; dnr SN 2026/103). The
# partnership's contact is an enhetschef without a number; only the växel and a mailbox in the
# footer. Sidecar.
DEGERFORS_PROTOKOLL = Doc(
    path="corpus/degerfors/degerfors-socialnamnden-protokollsutdrag-2026-09-22.pdf",
    title="Socialnämnden – protokollsutdrag 2026-09-22 §§ 84–85",
    header_left="Degerfors kommun",
    header_right=["Socialnämnden", "Sammanträdesprotokoll 2026-09-22"],
    footer_lines=[
        "Degerfors kommun · Socialförvaltningen · 693 80 Degerfors · Växel 0586-483 00 · "
        "socialnamnden@degerfors.se"
    ],
    author="Socialförvaltningen, Degerfors kommun",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Socialnämnden"),
                ("Sammanträdesdatum", "2026-09-22"),
                ("Plats och tid", "Kommunhuset, sammanträdesrum Stora Valla, kl. 13.00–15.40"),
                (
                    "Beslutande",
                    "Marianne Ödling (S), ordförande; Kent Hjälmstad (M), vice ordförande; "
                    "Birgitta Nordh (S); Håkan Lindell (SD); Lena Åkerlund (C); Rasmus Teglund "
                    "(V); Anneli Sjöstrand (KD)",
                ),
                ("Justerare", "Lena Åkerlund"),
                ("Justeringsdatum", "2026-09-29"),
                ("Paragrafer", "84–85"),
            ],
        ),
        ("h2", "§ 84 Idéburet offentligt partnerskap med Föreningen Svartå Träffpunkt"),
        ("bold", "Dnr SN 2026/97"),
        ("h3", "Beslut"),
        (
            "ol",
            [
                "Socialnämnden beslutar att ingå ett idéburet offentligt partnerskap med "
                "Föreningen Svartå Träffpunkt om verksamheten Mötesplats Svartå enligt bilagd "
                "överenskommelse.",
                "Partnerskapet gäller från 2027-01-01 till och med 2029-12-31.",
                "Kommunens del är 145 000 kronor per år, som betalas ut kvartalsvis i förskott.",
                "Socialchefen får i uppdrag att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Sammanfattning av ärendet"),
        (
            "p",
            "Föreningen Svartå Träffpunkt lämnade en idéskiss den 24 februari 2026 om en "
            "mötesplats för äldre i Svartå med öppet hus tre dagar i veckan, gemensam lunch en "
            "gång i veckan och promenadgrupp. Föreningen bildades 2009 och har hållit ordinarie "
            "årsmöte varje år sedan dess. Verksamheten vänder sig till alla som har fyllt 67 år "
            "och bor i Svartå med omnejd, och den är öppen även för den som inte är medlem. "
            "Föreningen står för lokalen och för ungefär 620 ideella timmar per år, vilket "
            "motsvarar 27 procent av verksamhetens kostnad.",
        ),
        (
            "p",
            "Förvaltningen bedömer att idén uppfyller kraven i kommunens riktlinjer för "
            "idéburet offentligt partnerskap (KF 2025-03-24 § 28). Föreningen samverkar dessutom "
            "med Svartå församling, vilket är i linje med riktlinjernas önskemål.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet på socialförvaltningen är Lotta Berggren, "
            "enhetschef för förebyggande verksamhet för äldre.",
        ),
        ("h2", "§ 85 Idéskiss från Degerfors Motorhistoriska Klubb – Garagekvällar för unga"),
        ("bold", "Dnr SN 2026/103"),
        ("h3", "Beslut"),
        (
            "ol",
            [
                "Socialnämnden beslutar att inte gå vidare med idéskissen om ett idéburet "
                "offentligt partnerskap om Garagekvällar för unga.",
                "Föreningen är välkommen att lämna en ny idéskiss när kraven i riktlinjerna är "
                "uppfyllda.",
            ],
        ),
        ("h3", "Sammanfattning av ärendet"),
        (
            "p",
            "Degerfors Motorhistoriska Klubb lämnade den 2 mars 2026 en idéskiss om "
            "garagekvällar där unga mellan 14 och 19 år får lära sig att reparera mopeder och "
            "äldre bilar tillsammans med klubbens medlemmar. Verksamheten skulle vara gratis och "
            "öppen för alla unga i kommunen.",
        ),
        (
            "p",
            "Klubben höll sitt konstituerande möte i april 2025 och har därefter hållit ett "
            "ordinarie årsmöte, i mars 2026. Enligt riktlinjerna ska föreningen ha hållit minst "
            "två ordinarie årsmöten innan idéskissen lämnas in, och ett konstituerande möte "
            "räknas inte. Klubben har inte bildats genom sammanslagning av äldre föreningar, så "
            "undantaget i riktlinjernas avsnitt 5.1 är inte tillämpligt. Förvaltningen bedömer "
            "att idén i övrigt stämmer väl med riktlinjerna och med nämndens mål för unga.",
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Rasmus Teglund (V) yrkar att nämnden ska ge förvaltningen i uppdrag att hjälpa "
            "klubben att söka aktivitetsstöd under tiden. Ordföranden ställer yrkandet under "
            "proposition och finner att nämnden avslår det.",
        ),
        ("small", "Utdragsbestyrkande: Protokollsutdraget överensstämmer med originalet."),
        (
            "small",
            "Expedieras till: Föreningen Svartå Träffpunkt, Degerfors Motorhistoriska Klubb, "
            "socialchefen, ekonomienheten.",
        ),
    ],
)


# Kungsör: the Word form "Idéskiss" whose general rules stand only in its Ja/Nej checklist (minst
# tre år from the bildandedatum; open to non-members; högst 50 kronor per tillfälle; minst 10
# procent with 220 kronor per timme; Kungsörs kommun; no föreningsbidrag for the same thing; no
# enstaka evenemang), fill-in boxes, what to attach (stadgar, verksamhetsberättelse, protokoll),
# fem veckor, the arbetsutskott up to 150 000 kronor, ett till tre år. Only a mailbox and the
# växel as contact. Sidecar.
KUNGSOR_IDESKISS = Doc(
    path="corpus/kungsor/kungsor-blankett-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Kungsörs kommun",
    header_left="Kungsörs kommun · Kommunstyrelseförvaltningen",
    footer_lines=[
        "Blankett Idéskiss IOP, version 2026-03 · Kungsörs kommun, 736 85 Kungsör · "
        "Växel 0227-601 00 · iop@kungsor.se"
    ],
    author="Kommunstyrelseförvaltningen, Kungsörs kommun",
    blocks=[
        ("h1", "Idéskiss"),
        ("bold", "Idéburet offentligt partnerskap (IOP) med Kungsörs kommun"),
        (
            "box",
            "Skicka den ifyllda blanketten till iop@kungsor.se eller till Kungsörs kommun, "
            "Kommunstyrelseförvaltningen, 736 85 Kungsör. Bifoga föreningens stadgar, den senaste "
            "verksamhetsberättelsen och protokollet från det senaste årsmötet.",
        ),
        ("h2", "Del 1. Kontrollfrågor"),
        (
            "p",
            "Kryssa i Ja eller Nej. Om ni svarar Nej på någon av frågorna kan idén inte bli ett "
            "partnerskap enligt kommunens allmänna villkor. När kommunen gör en särskild "
            "utlysning kan andra villkor gälla för idéer inom utlysningen; det står i så fall i "
            "utlysningen.",
        ),
        (
            "table",
            (130, 20, 20),
            [
                ["Kontrollfråga", "Ja", "Nej"],
                [
                    "1. Föreningen är en ideell förening, en stiftelse eller ett registrerat "
                    "trossamfund med eget organisationsnummer.",
                    "☐",
                    "☐",
                ],
                [
                    "2. Föreningen har funnits i minst tre år, räknat från bildandedatum.",
                    "☐",
                    "☐",
                ],
                [
                    "3. Verksamheten är öppen för alla i målgruppen, även för den som inte är "
                    "medlem i föreningen.",
                    "☐",
                    "☐",
                ],
                ["4. Deltagarna betalar högst 50 kronor per tillfälle.", "☐", "☐"],
                [
                    "5. Föreningen står för minst 10 procent av den totala kostnaden. Ideellt "
                    "arbete räknas med 220 kronor per timme.",
                    "☐",
                    "☐",
                ],
                ["6. Verksamheten bedrivs i Kungsörs kommun.", "☐", "☐"],
                [
                    "7. Samma verksamhet får inte föreningsbidrag från Kungsörs kommun.",
                    "☐",
                    "☐",
                ],
                [
                    "8. Verksamheten är inte ett enstaka evenemang, som en marknad, en konsert "
                    "eller en resa.",
                    "☐",
                    "☐",
                ],
            ],
        ),
        ("h2", "Del 2. Om föreningen"),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Svar"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Bildandedatum", ""],
                ["Antal medlemmar", ""],
                ["Kontaktperson", ""],
                ["Telefon och e-post", ""],
            ],
        ),
        ("h2", "Del 3. Idén"),
        (
            "p",
            "Beskriv vilket behov ni ser, vad ni vill göra, vem verksamheten är till för och var "
            "den ska bedrivas. Skriv högst en sida.",
        ),
        ("box", "Beskrivning av idén:"),
        ("h2", "Del 4. Budget per år"),
        (
            "table",
            (120, 50),
            [
                ["Post", "Kronor"],
                ["Ideellt arbete (antal timmar × 220 kronor)", ""],
                ["Lokaler och material som föreningen står för", ""],
                ["Egna pengar och sponsring", ""],
                ["Avgifter från deltagare", ""],
                ["Önskat belopp från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "Del 5. Tid"),
        (
            "p",
            "Ett partnerskap gäller i ett till tre år. Ange när ni vill börja och hur länge ni "
            "vill att partnerskapet ska pågå.",
        ),
        ("box", "Önskad start och längd:"),
        ("h2", "Del 6. Underskrift"),
        (
            "table",
            (85, 85),
            [
                ["Ort och datum", "Underskrift av firmatecknare"],
                ["", ""],
            ],
        ),
        ("h2", "Så behandlas idéskissen"),
        (
            "p",
            "Idéskisser tas emot hela året. Vi bekräftar att vi har fått idéskissen och hör av "
            "oss inom fem veckor om vi vill träffa er för en dialog. Kommunstyrelsens "
            "arbetsutskott beslutar om partnerskap där kommunens del är högst 150 000 kronor per "
            "år. Större partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "small",
            "Frågor om blanketten: skicka e-post till iop@kungsor.se eller ring kommunens växel, "
            "0227-601 00.",
        ),
    ],
)


# Kungsör: a letterhead letter announcing a call (utlysning) for partnerships on a digital vardag
# for people who have turned 70 (240 000 kronor per år; special conditions: minst ett år instead
# of tre, minst 25 procent instead of 10, no fees at all; ideas on anything else are not covered
# by the call and go by the form's general rules all year; 15 februari 2027, 13 april 2027, 1 juni
# 2027 to 31 maj 2029). The only contacts are iop@kungsor.se and the växel. No sidecar.
KUNGSOR_UTLYSNING = Doc(
    path="corpus/kungsor/kungsor-utlysning-iop-digital-vardag-2027.pdf",
    title="Utlysning: idéburet offentligt partnerskap för en digital vardag för äldre",
    header_left="Kungsörs kommun",
    header_right=["Kommunstyrelseförvaltningen", "2026-11-16", "Dnr KS 2026/412"],
    footer_lines=["Kungsörs kommun · 736 85 Kungsör · Växel 0227-601 00 · iop@kungsor.se"],
    author="Kommunstyrelseförvaltningen, Kungsörs kommun",
    letterhead=True,
    blocks=[
        ("p", "Till föreningar och andra idéburna organisationer i Kungsörs kommun"),
        ("h1", "Utlysning: idéburet offentligt partnerskap för en digital vardag för äldre"),
        (
            "p",
            "Allt fler kontakter med banken, vården och kommunen sker digitalt, och många äldre "
            "i Kungsör, Valskog och på landsbygden står utanför. Kommunstyrelsen har därför "
            "avsatt 240 000 kronor per år till idéburna offentliga partnerskap som hjälper äldre "
            "att klara sin digitala vardag. Vi vill gärna ta del av föreningarnas idéer.",
        ),
        ("h2", "Vad vi söker"),
        (
            "p",
            "Idéer om hur äldre kan få stöd och lära sig mer, till exempel om e-legitimation, "
            "videosamtal, kommunens e-tjänster, vårdens appar eller hur man undviker bedrägerier "
            "på nätet. Verksamheten kan vara öppna träffar, hembesök, kurser eller något helt "
            "annat som föreningen har erfarenhet av.",
        ),
        ("h2", "Särskilda villkor i den här utlysningen"),
        (
            "p",
            "För idéer i utlysningen gäller de allmänna villkoren i blanketten Idéskiss IOP, med "
            "följande ändringar:",
        ),
        (
            "ul",
            [
                "Verksamheten ska vända sig till personer som har fyllt 70 år.",
                "Föreningen ska ha funnits i minst ett år räknat från bildandedatum (i stället "
                "för tre år).",
                "Föreningen ska stå för minst 25 procent av den totala kostnaden (i stället för "
                "10 procent).",
                "Deltagandet ska vara helt avgiftsfritt.",
            ],
        ),
        ("h2", "Har ni en idé om något annat?"),
        (
            "p",
            "Har er förening en idé som inte handlar om digital vardag för äldre, då gäller inte "
            "de särskilda villkoren ovan. Sådana idéer tas emot hela året enligt de allmänna "
            "villkoren i blanketten Idéskiss IOP och ingår inte i den här utlysningen.",
        ),
        ("h2", "Tidplan"),
        (
            "kv",
            [
                ("Sista dag för idéskiss", "15 februari 2027"),
                ("Dialogmöten", "Mars 2027"),
                ("Beslut i kommunstyrelsen", "13 april 2027"),
                ("Partnerskapen gäller", "1 juni 2027 till och med 31 maj 2029"),
            ],
        ),
        ("h2", "Så lämnar ni er idé"),
        (
            "p",
            "Använd blanketten Idéskiss IOP och skriv ”Digital vardag” i ämnesraden. Skicka den "
            "till iop@kungsor.se.",
        ),
        ("h2", "Frågor"),
        (
            "p",
            "Skicka era frågor till iop@kungsor.se. Vill ni hellre ringa går det bra att ringa "
            "kommunens växel, 0227-601 00, och be att bli kopplad till föreningsservice.",
        ),
        ("p", "Välkomna med era idéer!"),
        ("lines", ["Kommunstyrelseförvaltningen", "Kungsörs kommun"]),
    ],
)


DOCS = [
    DEGERFORS_RIKTLINJER,
    DEGERFORS_PROTOKOLL,
    KUNGSOR_IDESKISS,
    KUNGSOR_UTLYSNING,
]
