"""Text of the set_ab documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.

The other documents of the set are ordinary files in ``corpus/``:
Klippan's support page mixing föreningsbidrag, LOU and IOP (HTML, with the IOP criteria as a
table whose right column says what does NOT suffice), Tanum's FAQ accordion (HTML) and a news
item (Markdown), Aneby's Facebook post with comments (text) and contact page (HTML), and
Mörbylånga's English page (Markdown).
"""

Doc = dict  # the fields of build.py's Doc


# Kinda: guidelines adopted by kommunfullmäktige, written as running prose with "ska" (a
# requirement) and "bör" (a recommendation, explicitly not a requirement) and two exceptions:
# minst två år, except a förening formed by sammanslagning of föreningar that each existed two
# years; 67 år, except a närstående carer of any age. Open to non-members and free of charge are
# only "bör"; a fee of at most 300 kronor per termin; minst 20 procent, 200 kronor per timme, an
# insats of only ideellt arbete accepted. Deadlines 1 mars / 1 oktober; socialnämnden up to
# 150 000 kronor; högst tre år plus one extension. No named person (the form has one). Sidecar.
KINDA_RIKTLINJER = Doc(
    path="corpus/kinda/kinda-riktlinjer-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap – Kinda kommun",
    header_left="Kinda kommun",
    header_right=["Riktlinje", "Dnr KS 2024/311"],
    footer_lines=[
        "Kinda kommun · Kommunledningsförvaltningen · 590 40 Kisa · "
        "Växel 0494-190 00 · kommun@kinda.se"
    ],
    author="Kommunledningsförvaltningen, Kinda kommun",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2024-11-25 § 97"),
                ("Gäller från", "2025-01-01"),
                ("Diarienummer", "KS 2024/311"),
                ("Dokumentägare", "Kommundirektören"),
                ("Revideras", "Vid behov, dock senast 2028"),
            ],
        ),
        ("h2", "1. Varför partnerskap?"),
        (
            "p",
            "Kinda är en kommun med många små orter och en befolkning där var tredje invånare har "
            "fyllt 65 år. Föreningslivet i Kisa, Rimforsa, Horn, Björkfors och de andra orterna "
            "gör redan i dag mycket för att äldre ska kunna leva ett aktivt liv och slippa vara "
            "ensamma. Med idéburet offentligt partnerskap (IOP) vill kommunen ta vara på "
            "föreningarnas idéer och bidra till verksamheter som föreningarna driver, utan att "
            "föreningarna blir utförare åt kommunen.",
        ),
        (
            "p",
            "I den här riktlinjen betyder ska att något är ett krav. Står det bör är det en "
            "rekommendation: kommunen ser gärna att den följs, men en idé kan bli ett partnerskap "
            "även om den inte gör det.",
        ),
        ("h2", "2. Vem kan bli partner?"),
        (
            "p",
            "Partnern ska vara en ideell förening eller en stiftelse som har sitt säte i Kinda "
            "kommun. Föreningen ska ha antagna stadgar, en vald styrelse och ett "
            "organisationsnummer, och den ska ha bedrivit verksamhet i minst två år när "
            "idéskissen lämnas in. Ekonomiska föreningar, aktiebolag och andra organisationer som "
            "får dela ut vinst till sina ägare eller medlemmar kan inte bli partner.",
        ),
        (
            "p",
            "Från kravet på två år finns ett undantag. Har föreningen bildats genom "
            "sammanslagning av två eller flera föreningar som var för sig har bedrivit "
            "verksamhet i minst två år, räknas den nya föreningen som att den uppfyller kravet, "
            "även om den själv är yngre. Protokollet från sammanslagningen ska då bifogas "
            "idéskissen.",
        ),
        (
            "p",
            "Föreningen bör tidigare ha samverkat med kommunen, till exempel i kommunala "
            "pensionärsrådet, i föreningsträffar eller genom ett föreningsbidrag. Det är inget "
            "krav, och nya samarbetspartner är välkomna.",
        ),
        ("h2", "3. Vilken verksamhet kan bli ett partnerskap?"),
        (
            "p",
            "Verksamheten ska bedrivas i Kinda kommun och ska bidra till något av kommunens mål. "
            "Under perioden 2025–2027 prioriterar kommunen verksamhet som förebygger ensamhet "
            "och ohälsa bland äldre. Verksamhet för äldre ska riktas till personer som har fyllt "
            "67 år och bor i Kinda kommun. Här finns ett undantag: den som vårdar eller stöttar "
            "en närstående som har fyllt 67 år får delta oavsett egen ålder.",
        ),
        (
            "p",
            "Verksamheten bör vara öppen även för den som inte är medlem i föreningen. Kommunen "
            "vill att partnerskapen ska nå fler än föreningarnas egna medlemmar, men en "
            "verksamhet för enbart medlemmar kan också bli ett partnerskap.",
        ),
        (
            "p",
            "Verksamheten bör vara avgiftsfri. Om föreningen ändå tar ut en avgift av deltagarna "
            "ska den vara högst 300 kronor per termin och deltagare. Kaffe och enklare förtäring "
            "får säljas till självkostnadspris utöver det.",
        ),
        (
            "p",
            "Verksamheten får inte vara partipolitisk och får inte innehålla religiös "
            "förkunnelse. Att en träff hålls i en kyrklig lokal gör den inte religiös. "
            "Verksamhet som kommunen är skyldig att ge enligt lag, till exempel hemtjänst, och "
            "verksamhet som kommunen redan köper genom upphandling kan inte bli ett partnerskap.",
        ),
        ("h2", "4. Föreningens egen insats"),
        (
            "p",
            "Föreningen ska bidra med minst 20 procent av verksamhetens totala kostnad. Ideellt "
            "arbete räknas med 200 kronor per timme. Föreningen bör också bidra med egna pengar "
            "eller en egen lokal, men en insats som enbart består av ideellt arbete godtas.",
        ),
        ("h2", "5. Från idé till överenskommelse"),
        (
            "p",
            "Föreningen beskriver sin idé på kommunens blankett Idéskiss IOP. Kommunen tar emot "
            "idéskisser två gånger per år: senast den 1 mars och senast den 1 oktober. Inom en "
            "månad efter sista dagen bjuder kommunledningsförvaltningen in till ett första "
            "dialogmöte. Parterna tar sedan fram ett förslag till överenskommelse tillsammans.",
        ),
        (
            "p",
            "Socialnämnden beslutar om partnerskap inom äldreområdet upp till 150 000 kronor per "
            "år. Kommunstyrelsen beslutar om större partnerskap och om partnerskap inom andra "
            "områden. En överenskommelse gäller i högst tre år och kan förlängas en gång med "
            "högst två år. Kommunen betalar ut sin del kvartalsvis i förskott.",
        ),
        ("h2", "6. Uppföljning och uppsägning"),
        (
            "p",
            "Föreningen lämnar en verksamhetsberättelse och en ekonomisk redovisning senast den "
            "31 mars året efter varje verksamhetsår. Parterna träffas minst en gång per år för "
            "att följa upp partnerskapet. Båda parter kan säga upp överenskommelsen med två "
            "månaders uppsägningstid.",
        ),
        ("h2", "7. Frågor"),
        (
            "p",
            "Frågor om riktlinjen besvaras av kommunledningsförvaltningen via kommunens växel. "
            "Blanketten Idéskiss IOP finns på kinda.se under Förening.",
        ),
    ],
)


# Kinda: the idéskiss form as a Word document with ☐ checkboxes (the two-year rule and the
# sammanslagning box; target group 67+ or närstående; open to non-members yes/no; fee at most
# 300 kr per termin; minst 20 %; the attachments Stadgar, årsmötesprotokoll,
# verksamhetsberättelse, budget). Send to iop@kinda.se or by post; 1 mars / 1 oktober; högst
# fem sidor. The only named person: Johanna Ekwall, föreningssamordnare, 0494-192 58,
# tisdagar och onsdagar kl. 13–15. Sidecar.
KINDA_BLANKETT = Doc(
    path="corpus/kinda/kinda-ideskiss-iop-blankett.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP), Kinda kommun",
    header_left="Kinda kommun · Blankett KK-IOP 1 · Version 2025-01",
    footer_lines=["Kinda kommun · Kommunledningsförvaltningen · 590 40 Kisa"],
    author="Kommunledningsförvaltningen, Kinda kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd den här blanketten när er förening vill föreslå ett partnerskap med Kinda "
            "kommun. Läs kommunens riktlinje för idéburet offentligt partnerskap innan ni fyller "
            "i blanketten. Idéskissen får vara högst fem sidor, bilagorna oräknade.",
        ),
        (
            "box",
            "Sista dag: 1 mars eller 1 oktober. Skicka blanketten till iop@kinda.se eller med "
            "post till Kinda kommun, Kommunledningsförvaltningen, 590 40 Kisa. Märk kuvertet "
            "”Idéskiss IOP”.",
        ),
        (
            "p",
            "Vill ni ha hjälp innan ni skickar in? Ring Johanna Ekwall, föreningssamordnare, "
            "0494-192 58. Telefontid tisdagar och onsdagar kl. 13–15.",
        ),
        ("h2", "1. Föreningen"),
        (
            "lines",
            [
                "Föreningens namn: ______________________________",
                "Organisationsnummer: ______________________________",
                "Säte (ort): ______________________________",
                "Bildad år: __________   Antal medlemmar: __________",
                "Kontaktperson, telefon och e-post: ______________________________",
            ],
        ),
        (
            "lines",
            [
                "☐ Föreningen har bedrivit verksamhet i minst två år",
                "☐ Föreningen har bildats genom sammanslagning av föreningar som var för sig "
                "har bedrivit verksamhet i minst två år (bifoga protokollet från "
                "sammanslagningen)",
            ],
        ),
        ("h2", "2. Målgrupp"),
        (
            "lines",
            [
                "☐ Personer som har fyllt 67 år och bor i Kinda kommun",
                "☐ Närstående som vårdar eller stöttar någon som har fyllt 67 år",
                "☐ Annan målgrupp, nämligen: ______________________________",
            ],
        ),
        ("h2", "3. Verksamheten"),
        (
            "lines",
            [
                "Beskriv behovet ni ser: ______________________________",
                "Beskriv vad ni vill göra, hur ofta och hur länge: ______________________________",
                "Var ska verksamheten bedrivas?  ☐ Kisa  ☐ Rimforsa  ☐ Horn  ☐ Björkfors  "
                "☐ Annan ort i kommunen: __________",
                "Är verksamheten öppen för den som inte är medlem?  ☐ Ja  ☐ Nej",
                "Avgift för deltagarna:  ☐ Ingen avgift  ☐ Avgift: ______ kr per termin "
                "(högst 300 kr)",
            ],
        ),
        ("h2", "4. Ekonomi"),
        (
            "table",
            (60, 40),
            [
                ["Post", "Kronor per år"],
                ["Total kostnad för verksamheten", ""],
                ["Föreningens egna pengar", ""],
                ["Föreningens lokal (värde)", ""],
                ["Ideellt arbete (antal timmar × 200 kr)", ""],
                ["Sökt belopp från kommunen", ""],
            ],
        ),
        (
            "lines",
            [
                "Föreningens egen insats i procent av den totala kostnaden: ______ % "
                "(minst 20 %)",
            ],
        ),
        ("h2", "5. Bilagor"),
        (
            "lines",
            [
                "☐ Stadgar",
                "☐ Senaste årsmötesprotokoll",
                "☐ Senaste verksamhetsberättelse",
                "☐ Budget för verksamheten",
                "☐ Protokoll från sammanslagning (om det är aktuellt)",
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "lines",
            [
                "Ort och datum: ______________________________",
                "Underskrift av firmatecknare: ______________________________",
                "Namnförtydligande: ______________________________",
            ],
        ),
        (
            "small",
            "Kinda kommun behandlar personuppgifterna i blanketten för att kunna handlägga "
            "idéskissen. Läs mer om hur kommunen hanterar personuppgifter på kinda.se.",
        ),
    ],
)


# Laholm: an extract of socialnämnden's minutes. § 14 approves an IOP (Veinge
# Bygdegårdsförening, Seniorträffen i Veinge, Dnr SN 2025/214, 2026-04-01–2028-12-31, 165 000
# kronor per år, kvartalsvis) and restates the criteria of the riktlinjer (KF 2024-05-28 § 61:
# minst ett år and minst ett årsmöte, open to all, in the kommun, högst 50 kronor per tillfälle,
# minst 25 procent, 230 kronor per timme, not partipolitisk or religiös) and notes that a
# revision is out for remiss while the old ones apply. § 15 turns down an idea (members only,
# 75 kronor). A contact person without a number; only the växel and a mailbox in the footer.
# Sidecar.
LAHOLM_PROTOKOLL = Doc(
    path="corpus/laholm/laholm-socialnamnden-protokollsutdrag-2026-02-19.pdf",
    title="Socialnämnden Laholm – protokollsutdrag 2026-02-19 §§ 14–15, idéburet offentligt "
    "partnerskap",
    header_left="Laholms kommun",
    header_right=["Socialnämnden", "Sammanträdesprotokoll", "2026-02-19"],
    footer_lines=[
        "Laholms kommun · Socialförvaltningen · 312 80 Laholm · Växel 0430-153 00 · "
        "socialforvaltningen@laholm.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Socialnämnden, Laholms kommun",
    blocks=[
        ("h1", "Socialnämnden – protokollsutdrag"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-19"),
                ("Plats", "Stadshuset, sammanträdesrum Lagan"),
                ("Ordförande", "Annika Brobäck (M)"),
                ("Sekreterare", "Fredrik Olofsson"),
                ("Justerare", "Hussein Al-Amin (S)"),
                ("Justeringsdatum", "2026-02-24"),
            ],
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap om Seniorträffen i Veinge"),
        ("small", "Dnr SN 2025/214"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Veinge Bygdegårdsförening, "
                "org.nr 849600-3318, om verksamheten Seniorträffen i Veinge,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-12-31,",
                "att kommunens del är 165 000 kronor per år och betalas ut kvartalsvis, samt",
                "att uppdra åt socialchefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Veinge Bygdegårdsförening bildades 1948 och äger och driver Veinge bygdegård. "
            "Föreningen lämnade en idéskiss till socialförvaltningen 2025-09-30 om en öppen "
            "mötesplats för äldre i Veinge med omnejd. Seniorträffen ska hållas två dagar i "
            "veckan i bygdegården och innehålla lunch, sittgympa, föreläsningar och samtal. "
            "Deltagarna betalar 40 kronor per tillfälle för lunchen. Föreningen har tidigare "
            "drivit verksamheten i mindre skala med frivilliga krafter.",
        ),
        (
            "p",
            "Verksamhetens totala kostnad beräknas till 240 000 kronor per år. Föreningens egen "
            "insats består av bygdegården, som föreningen upplåter utan kostnad, och cirka 220 "
            "ideella timmar per år, och motsvarar 31 procent av kostnaden.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Enligt kommunens riktlinjer för idéburet offentligt partnerskap (KF 2024-05-28 "
            "§ 61) ska föreningen ha funnits i minst ett år och ha haft minst ett årsmöte. "
            "Verksamheten ska vara öppen för alla och bedrivas i Laholms kommun, deltagarna får "
            "betala högst 50 kronor per tillfälle och föreningen ska stå för minst 25 procent "
            "av den totala kostnaden. Ideellt arbete räknas med 230 kronor per timme. "
            "Verksamheten får inte vara partipolitisk eller religiös.",
        ),
        (
            "p",
            "Socialförvaltningen bedömer att idén uppfyller riktlinjerna och att verksamheten "
            "kompletterar kommunens förebyggande arbete för äldre på landsbygden. Socialnämnden "
            "får enligt delegationsordningen besluta om partnerskap upp till 200 000 kronor per "
            "år.",
        ),
        (
            "p",
            "Kommunstyrelsen har skickat ut ett förslag till reviderade riktlinjer för IOP på "
            "remiss (KS 2025/402). Förslaget är inte antaget. Riktlinjerna från 2024 gäller tills "
            "nya riktlinjer antas.",
        ),
        (
            "p",
            "Kontaktperson för partnerskapet på socialförvaltningen är Jenny Ahlqvist Rydén, "
            "enhetschef för förebyggande insatser.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-02-03",
                "Idéskiss från Veinge Bygdegårdsförening 2025-09-30",
                "Förslag till överenskommelse",
            ],
        ),
        ("small", "Expedieras till: Veinge Bygdegårdsförening, socialchefen, ekonomienheten"),
        (
            "h2",
            "§ 15 Idéskiss om idéburet offentligt partnerskap från Våxtorps Folkdansgille",
        ),
        ("small", "Dnr SN 2025/233"),
        ("bold", "Beslut"),
        (
            "p",
            "Socialnämnden beslutar att inte gå vidare med idéskissen från Våxtorps "
            "Folkdansgille om dansträffar för seniorer.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Våxtorps Folkdansgille vill ordna dansträffar för seniorer varannan vecka i "
            "Våxtorps församlingshem. Träffarna ska vara öppna för föreningens medlemmar, och "
            "deltagarna ska betala 75 kronor per tillfälle för musik och kaffe.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Socialförvaltningen bedömer att idén inte uppfyller riktlinjerna, eftersom "
            "träffarna bara är öppna för medlemmar och avgiften är högre än riktlinjerna "
            "tillåter. Att träffarna hålls i en församlingslokal har inte haft betydelse för "
            "bedömningen. Föreningen är välkommen att lämna en ny idéskiss och har informerats "
            "om möjligheten att söka arrangemangsbidrag hos kultur- och fritidsnämnden.",
        ),
        ("small", "Expedieras till: Våxtorps Folkdansgille"),
        ("small", "Rätt utdraget intygar: Fredrik Olofsson, nämndsekreterare"),
    ],
)


# Laholm: a consultation response (remissvar) from an association network, not from the
# kommun. It summarises the kommun's proposal (30 instead of 25 procent, två år instead of ett)
# and proposes other numbers (15 procent, 80 kronor per tillfälle, 300 kronor per timme). None
# of this is a rule of the kommun. Sidecar.
LAHOLM_REMISSVAR = Doc(
    path="corpus/laholm/laholm-remissvar-riktlinjer-iop-seniorsamradet.docx",
    title="Yttrande över förslag till reviderade riktlinjer för idéburet offentligt "
    "partnerskap – Seniorsamrådet i Laholm",
    header_left="Seniorsamrådet i Laholm",
    footer_lines=["Seniorsamrådet i Laholm · samverkan mellan sju seniorföreningar i Laholms kommun"],
    author="Seniorsamrådet i Laholm",
    blocks=[
        ("p", "Laholm 2026-01-30"),
        (
            "lines",
            [
                "Till: Kommunstyrelsen, Laholms kommun",
                "Ert diarienummer: KS 2025/402",
            ],
        ),
        (
            "h1",
            "Yttrande över förslag till reviderade riktlinjer för idéburet offentligt "
            "partnerskap",
        ),
        (
            "p",
            "Seniorsamrådet i Laholm är ett samarbete mellan sju seniorföreningar i kommunen "
            "med sammanlagt drygt 2 400 medlemmar. Vi tackar för möjligheten att lämna "
            "synpunkter på kommunens förslag till reviderade riktlinjer för idéburet offentligt "
            "partnerskap (IOP).",
        ),
        ("h2", "Kommunens förslag i korthet"),
        (
            "p",
            "Som vi förstår förslaget vill kommunen höja kravet på föreningens egen insats från "
            "25 till 30 procent och kräva att föreningen ska ha funnits i minst två år i stället "
            "för ett. Avgiften för deltagarna föreslås vara oförändrad.",
        ),
        ("h2", "Våra synpunkter"),
        (
            "p",
            "Vi avstyrker förslaget att höja kravet på egen insats. Många små föreningar på "
            "landsbygden har inga pengar att bidra med, bara tid. Vi föreslår i stället att den "
            "egna insatsen sänks till 15 procent.",
        ),
        (
            "p",
            "Vi föreslår att deltagarna ska få betala upp till 80 kronor per tillfälle. En "
            "enkel lunch kostar i dag mer än 50 kronor att laga, och många träffar bygger på "
            "att man äter tillsammans.",
        ),
        (
            "p",
            "Vi föreslår att ideellt arbete räknas med 300 kronor per timme, så att värdet "
            "följer kostnadsutvecklingen.",
        ),
        (
            "p",
            "Vi tillstyrker att kravet på att verksamheten ska vara öppen för alla finns kvar. "
            "Vi anser däremot att kravet på hur länge föreningen ska ha funnits bör vara kvar "
            "på ett år, eftersom nya föreningar ofta bildas just för att möta ett nytt behov.",
        ),
        ("p", "För Seniorsamrådet i Laholm"),
        (
            "lines",
            [
                "Kjell-Åke Persson, ordförande",
                "Margareta Sjunnesson, sekreterare",
            ],
        ),
    ],
)


# Mörbylånga: a letter on letterhead to the föreningar. The criteria as a bulleted list (two
# verksamhetsår med godkända årsbokslut; föreningsregistret; 65 år and folkbokförda; free of
# charge, trips at cost; minst en tredjedel, of which minst hälften money or lokal, 210 kronor
# per timme; no vinst, not partipolitisk), the dates 15 maj 2026 / 15 november 2026 with the
# decisions in september 2026 / februari 2027, the nämnd's limit 300 000 kronor, två till fyra
# år. No named person anywhere: the body points to the footer, which holds only a functional
# mailbox and the växel. No sidecar: the kommun is in the letterhead and the folder.
MORBYLANGA_BREV = Doc(
    path="corpus/morbylanga/morbylanga-brev-till-foreningar-iop-2026.pdf",
    title="Till föreningarna i Mörbylånga kommun – idéer om partnerskap 2026",
    header_left="Mörbylånga kommun",
    header_right=["Kultur- och fritidsförvaltningen", "2026-02-16", "Dnr KFN 2026/029"],
    footer_lines=[
        "Mörbylånga kommun · Kultur- och fritidsförvaltningen · 386 80 Mörbylånga",
        "Växel 0485-472 00 · foreningsstod@morbylanga.se",
    ],
    author="Kultur- och fritidsförvaltningen, Mörbylånga kommun",
    letterhead=True,
    blocks=[
        ("p", "Till föreningarna i Mörbylånga kommuns föreningsregister"),
        ("h1", "Välkommen med idéer om idéburet offentligt partnerskap 2026"),
        (
            "p",
            "Under 2026 vill Mörbylånga kommun ingå fler idéburna offentliga partnerskap (IOP) "
            "med föreningar. Vi söker särskilt idéer som bryter ensamhet bland äldre i byarna på "
            "södra och mellersta Öland, där långa avstånd och glesa bussturer gör det svårt att "
            "träffas, inte minst under vinterhalvåret.",
        ),
        (
            "p",
            "Ett partnerskap är inte ett bidrag och inte en upphandling. Idén kommer från "
            "föreningen, och föreningen och kommunen bidrar båda till verksamheten och följer "
            "upp den tillsammans.",
        ),
        ("h2", "Det här gäller för att en idé ska kunna bli ett partnerskap"),
        (
            "ul",
            [
                "Föreningen ska ha minst två verksamhetsår med godkända årsbokslut bakom sig.",
                "Föreningen ska finnas i kommunens föreningsregister när idéskissen lämnas in.",
                "Verksamheten ska riktas till personer som är 65 år eller äldre och "
                "folkbokförda i Mörbylånga kommun.",
                "Det ska vara kostnadsfritt att delta. Enstaka resor och utflykter får kosta "
                "självkostnadspris.",
                "Föreningen ska stå för minst en tredjedel av den totala kostnaden. Minst "
                "hälften av den egna insatsen ska vara pengar eller lokal. Resten får vara "
                "ideellt arbete, som räknas med 210 kronor per timme.",
                "Föreningen får inte dela ut vinst, och verksamheten får inte vara "
                "partipolitisk.",
            ],
        ),
        ("h2", "Så lämnar ni en idé"),
        (
            "p",
            "Beskriv er idé i en idéskiss på högst fyra sidor: vilket behov ni ser, vad ni vill "
            "göra, var och hur ofta, vad det kostar och vad föreningen själv bidrar med. Skicka "
            "idéskissen med e-post till föreningsstödets funktionsbrevlåda, som står längst ned "
            "på sidan. Idéskissen får vara skriven på svenska, engelska eller tyska.",
        ),
        (
            "table",
            (45, 55),
            [
                ["Sista dag för idéskiss", "Beslut"],
                ["15 maj 2026", "Kultur- och fritidsnämnden i september 2026"],
                ["15 november 2026", "Kultur- och fritidsnämnden i februari 2027"],
            ],
        ),
        (
            "p",
            "Inom fyra veckor efter att vi har fått er idéskiss bjuder vi in till ett "
            "dialogmöte. Kultur- och fritidsnämnden beslutar om partnerskap upp till 300 000 "
            "kronor per år. Större partnerskap beslutas av kommunstyrelsen. En överenskommelse "
            "gäller i två till fyra år.",
        ),
        ("h2", "Frågor?"),
        (
            "p",
            "Skriv till föreningsstödet eller ring växeln och be att få tala med föreningsstöd. "
            "Kontaktuppgifterna står längst ned på sidan. Vi svarar på svenska, engelska och "
            "tyska.",
        ),
        ("p", "Med vänliga hälsningar"),
        ("p", "Kultur- och fritidsförvaltningen, Mörbylånga kommun"),
    ],
)


DOCS = [
    KINDA_RIKTLINJER,
    KINDA_BLANKETT,
    LAHOLM_PROTOKOLL,
    LAHOLM_REMISSVAR,
    MORBYLANGA_BREV,
]
