"""Text of the set_x (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Tjörn: an extract of kommunfullmäktige's minutes (§ 7, Dnr KS 2025/614) adopting
# "Riktlinjer för idéburet offentligt partnerskap" from 2026-03-01, with a rejected amendment
# (5 procent egen insats, avslag 33–8) and the guidelines as an appendix in numbered
# paragraphs § 1–§ 12 (minst två årsmöten; no bolag even if a förening owns it; verksamhet på
# Tjörn; högst 40 kronor per tillfälle; minst 10 procent with 230 kronor per timme; no lagstadgad
# verksamhet or enstaka evenemang; no payment per deltagare; idéskiss löpande to iop@tjorn.se,
# two weeks' receipt; a nämnd up to 350 000 kronor per år, kommunstyrelsen above; högst fyra
# år; payment in January and July; 30 april; sex månader). Contacts only in the footer. Sidecar.
TJORN_KF_RIKTLINJER = Doc(
    path="corpus/tjorn/tjorn-kf-protokollsutdrag-riktlinjer-iop-2026-01-29.pdf",
    title="Kommunfullmäktige Tjörn – protokollsutdrag 2026-01-29 § 7, riktlinjer för IOP",
    header_left="Tjörns kommun",
    header_right=["Kommunfullmäktige", "Protokollsutdrag", "2026-01-29"],
    footer_lines=[
        "Tjörns kommun · 471 80 Skärhamn · Växel 0304-63 90 00 · kommunstyrelsen@tjorn.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Kommunfullmäktige, Tjörns kommun",
    blocks=[
        ("h1", "Kommunfullmäktige – utdrag ur protokoll"),
        (
            "kv",
            [
                ("Sammanträde", "2026-01-29, kl. 18.00–21.10"),
                ("Plats", "Kommunhuset i Skärhamn, fullmäktigesalen"),
                ("Paragraf", "§ 7"),
                ("Ordförande", "Göran Halvarsson (M)"),
                ("Sekreterare", "Linnea Åkesson"),
                ("Justerare", "Birgitta Alm (S), Petter Strand (SD)"),
            ],
        ),
        ("h2", "§ 7 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS 2025/614"),
        ("bold", "Kommunfullmäktiges beslut"),
        (
            "ol",
            [
                "Kommunfullmäktige antar Riktlinjer för idéburet offentligt partnerskap i Tjörns "
                "kommun enligt bilaga. Riktlinjerna gäller från och med 2026-03-01.",
                "Kommunfullmäktiges beslut 2017-05-18 § 62 om Policy för samverkan med "
                "föreningslivet upphör att gälla samma dag.",
                "Kommunstyrelsen får i uppdrag att följa upp riktlinjerna och redovisa "
                "uppföljningen för kommunfullmäktige senast i december 2027.",
            ],
        ),
        ("bold", "Sammanfattning av ärendet"),
        (
            "p",
            "Tjörns kommun har sedan 2017 samverkat med föreningslivet utifrån en övergripande "
            "policy som inte säger något om idéburet offentligt partnerskap. Under 2024 och 2025 "
            "har flera föreningar hört av sig med idéer som passar för IOP, men kommunen har "
            "saknat en ordning för hur sådana idéer tas emot, vem som beslutar och vad som "
            "krävs av föreningen. Kommunstyrelsens förvaltning har därför tagit fram riktlinjer "
            "i dialog med föreningsrådet, pensionärsrådet och kommunens nämnder.",
        ),
        (
            "p",
            "Riktlinjerna bygger på de nationella principerna för IOP. Initiativet ska komma "
            "från den idéburna organisationen, partnerskapet ska gälla en verksamhet med "
            "allmännyttigt syfte och parterna ska bidra var och en utifrån sina förutsättningar. "
            "Kommunstyrelsen föreslog 2025-12-10 § 214 att kommunfullmäktige antar riktlinjerna.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Tomas Ek (KD) yrkar bifall till kommunstyrelsens förslag. Sara Lindholm (V) yrkar att "
            "kravet på egen insats i bilagans § 6 sänks till 5 procent för föreningar med färre "
            "än 50 medlemmar.",
        ),
        ("bold", "Propositionsordning och omröstning"),
        (
            "p",
            "Ordföranden ställer först kommunstyrelsens förslag under proposition och finner att "
            "kommunfullmäktige bifaller det. Därefter ställer ordföranden Sara Lindholms "
            "ändringsyrkande under proposition. Votering begärs och verkställs. Med 33 röster "
            "mot 8 avslår kommunfullmäktige ändringsyrkandet. Kravet på egen insats är därmed "
            "oförändrat enligt bilagan.",
        ),
        ("bold", "Reservation"),
        ("p", "Sara Lindholm (V) reserverar sig mot beslutet att avslå ändringsyrkandet."),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Kommunstyrelsens protokoll 2025-12-10 § 214",
                "Tjänsteskrivelse från kommunstyrelsens förvaltning 2025-11-18",
                "Bilaga: Riktlinjer för idéburet offentligt partnerskap i Tjörns kommun",
            ],
        ),
        (
            "small",
            "Expedieras till: samtliga nämnder, kommunstyrelsens förvaltning, föreningsrådet, "
            "kommunala pensionärsrådet",
        ),
        ("pagebreak",),
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Tjörns kommun"),
        ("small", "Bilaga till kommunfullmäktiges protokoll 2026-01-29 § 7, Dnr KS 2025/614"),
        ("h3", "§ 1 Syfte"),
        (
            "p",
            "Riktlinjerna ska göra det enkelt för idéburna organisationer och kommunen att "
            "samverka genom idéburet offentligt partnerskap, och göra det tydligt för alla vad "
            "som gäller.",
        ),
        ("h3", "§ 2 Vad ett idéburet offentligt partnerskap är"),
        (
            "p",
            "Ett idéburet offentligt partnerskap är en överenskommelse mellan kommunen och en "
            "idéburen organisation om att tillsammans genomföra en verksamhet som organisationen "
            "har tagit initiativ till. Partnerskapet är varken en upphandling eller ett "
            "föreningsbidrag.",
        ),
        ("h3", "§ 3 Tillämpning"),
        ("p", "Riktlinjerna gäller för kommunstyrelsen och kommunens samtliga nämnder."),
        ("h3", "§ 4 Vem som kan vara part"),
        (
            "p",
            "Part kan vara en ideell förening eller ett registrerat trossamfund som har "
            "organisationsnummer, antagna stadgar och har hållit minst två årsmöten. "
            "Aktiebolag, ekonomiska föreningar och enskilda firmor kan inte vara part, inte "
            "heller när de ägs av en ideell förening.",
        ),
        ("h3", "§ 5 Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas inom Tjörns kommun. Den ska vara öppen för alla i "
            "målgruppen utan krav på medlemskap. Deltagaravgift får tas ut med högst 40 kronor "
            "per tillfälle. Verksamheten får inte vara partipolitisk och får inte innehålla "
            "religiös förkunnelse.",
        ),
        ("h3", "§ 6 Egen insats"),
        (
            "p",
            "Organisationen ska bidra med en egen insats som motsvarar minst 10 procent av "
            "partnerskapets totala kostnad. Ideellt arbete värderas till 230 kronor per timme. "
            "Lokaler, material och egna medel räknas också som egen insats.",
        ),
        ("h3", "§ 7 Begränsningar"),
        (
            "p",
            "Idéburet offentligt partnerskap används inte för verksamhet som kommunen enligt lag "
            "är skyldig att tillhandahålla, för verksamhet som kommunen har upphandlat eller "
            "för enstaka evenemang. Kommunens ersättning får inte beräknas per deltagare eller "
            "per utförd timme.",
        ),
        ("h3", "§ 8 Idéskiss"),
        (
            "p",
            "Organisationen lämnar en idéskiss till kommunstyrelsens förvaltning, e-post "
            "iop@tjorn.se. Idéskisser tas emot löpande under hela året. Kommunen bekräftar "
            "att idéskissen har kommit in inom två veckor och bjuder därefter in till dialog.",
        ),
        ("h3", "§ 9 Beslut och avtalstid"),
        (
            "p",
            "Den nämnd vars ansvarsområde verksamheten hör till beslutar om partnerskap där "
            "kommunens åtagande är högst 350 000 kronor per år. Över detta belopp beslutar "
            "kommunstyrelsen. En överenskommelse tecknas för högst fyra år.",
        ),
        ("h3", "§ 10 Utbetalning"),
        (
            "p",
            "Kommunens del betalas ut i förskott två gånger per år, i januari och i juli.",
        ),
        ("h3", "§ 11 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en skriftlig redovisning av verksamhet och ekonomi senast den "
            "30 april året efter varje verksamhetsår. Parterna håller minst ett "
            "uppföljningsmöte per år.",
        ),
        ("h3", "§ 12 Uppsägning"),
        (
            "p",
            "Vardera part kan säga upp överenskommelsen med sex månaders uppsägningstid. Vid "
            "väsentligt avtalsbrott får kommunen säga upp överenskommelsen med omedelbar verkan "
            "och kräva tillbaka utbetalda medel som inte har använts.",
        ),
    ],
)


# Hammarö: a motion to kommunfullmäktige (not the rules) proposing a separate IOP pott for
# pensionärsföreningar (600 000 kronor per år, 5 procent egen insats, föreningar som funnits
# sex månader), with a notice that nothing in it applies until kommunfullmäktige decides and
# that it was remitted to kommunstyrelsen. Sidecar.
HAMMARO_MOTION = Doc(
    path="corpus/hammaro/hammaro-motion-iop-pensionarsforeningar.pdf",
    title="Motion om en särskild satsning på IOP med pensionärsföreningar",
    header_left="Motion till kommunfullmäktige i Hammarö kommun",
    header_right=["Inkom 2026-02-20", "Dnr KS 2026/97"],
    footer_lines=["Kristdemokraterna i Hammarö · Motion 2026-02-20"],
    page_numbers=False,
    author="Kerstin Alm-Nygren (KD)",
    blocks=[
        ("h1", "Motion om en särskild satsning på IOP med pensionärsföreningar"),
        (
            "box",
            "Detta är en motion från en ledamot i kommunfullmäktige. Förslagen i den gäller "
            "inte förrän kommunfullmäktige har beslutat om dem. Kommunfullmäktige remitterade "
            "motionen till kommunstyrelsen 2026-03-12 § 24. Motionen ska besvaras inom ett år.",
        ),
        (
            "p",
            "Hammarö är en kommun där allt fler är över 80 år. Många bor kvar i villor och "
            "radhus i Skoghall, Mörmon och Lövnäs långt efter att bilen har ställts av, och "
            "ensamheten växer. Pensionärsföreningarna gör redan ett stort arbete med "
            "träffpunkter, promenadgrupper och besök, men de har svårt att leva upp till de "
            "krav som kommunen i dag ställer för idéburet offentligt partnerskap.",
        ),
        (
            "p",
            "Enligt kommunens nuvarande information ska en förening stå för minst en tiondel av "
            "kostnaden själv. För en liten pensionärsförening där de flesta medlemmar är över "
            "75 år kan det vara svårt att räkna fram så många ideella timmar. Jag anser också "
            "att nystartade föreningar, som ofta bildas just för att någon ser ett behov, ska "
            "kunna komma i fråga tidigare än i dag.",
        ),
        (
            "p",
            "Kristdemokraterna vill att Hammarö ska bli en kommun där det är lätt för "
            "pensionärsföreningar att göra mer tillsammans med kommunen. Därför föreslår jag "
            "kommunfullmäktige besluta",
        ),
        (
            "ol",
            [
                "att kommunen från och med 2027 avsätter 600 000 kronor per år till idéburna "
                "offentliga partnerskap med pensionärsföreningar,",
                "att kravet på egen insats för pensionärsföreningar sänks till 5 procent av "
                "kostnaden,",
                "att föreningar som har funnits i sex månader ska kunna ingå partnerskap, samt",
                "att kommunstyrelsen får i uppdrag att ta fram en enklare blankett för idéskiss.",
            ],
        ),
        ("p", "Skoghall den 20 februari 2026"),
        ("lines", ["Kerstin Alm-Nygren (KD)", "Ledamot i kommunfullmäktige"]),
    ],
)


# Vara: a Word document whose criteria stand in a two-column table "Kriterium | Kommentar",
# the comments carrying most of the numbers (no bolag, minst 18 månader, the whole kommun with
# Kvänum, Vedum, Larv, Tråvad and Levene, three utvecklingsmål, högst 300 kronor per halvår,
# minst 20 procent with 200 kronor per timme, no payment per deltagare, no skulder, nothing
# lagstadgat), followed by a short process (iop@vara.se, sex veckor, arbetsutskottet up to
# 200 000 kronor, högst tre år, payment in March, 28 februari, tre månader) and a named
# contact. Sidecar.
VARA_KRITERIER = Doc(
    path="corpus/vara/vara-iop-kriterier-med-kommentarer.docx",
    title="Kriterier för idéburet offentligt partnerskap i Vara kommun – med kommentarer",
    header_left="Vara kommun · Kommunledningsförvaltningen",
    footer_lines=["Kriterier för IOP · Fastställda av kommunstyrelsen 2025-10-15 § 188"],
    author="Kommunledningsförvaltningen, Vara kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap i Vara kommun"),
        (
            "small",
            "Fastställda av kommunstyrelsen 2025-10-15 § 188, Dnr KS 2025/402. Kommentarerna "
            "är skrivna av kommunledningsförvaltningen för att förklara hur kriterierna tillämpas.",
        ),
        (
            "p",
            "Vara kommun vill samverka med föreningslivet genom idéburet offentligt partnerskap "
            "(IOP) när en förening har en idé som gör kommunen bättre att bo i och som kommunen "
            "inte kan eller ska genomföra på egen hand. Tabellen visar vad som krävs. I den "
            "vänstra kolumnen står kriteriet som kommunstyrelsen har fastställt, i den högra hur "
            "vi tolkar det. Alla kriterier ska vara uppfyllda.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Kriterium", "Kommentar"],
                [
                    "Organisationen är en ideell förening, ett registrerat trossamfund eller en "
                    "stiftelse med allmännyttigt syfte.",
                    "Aktiebolag och ekonomiska föreningar kan inte vara part. En förening som "
                    "driver sin verksamhet genom ett helägt bolag måste själv vara part och "
                    "själv bedriva verksamheten.",
                ],
                [
                    "Organisationen har bedrivit verksamhet i minst 18 månader.",
                    "Tiden räknas från det datum då föreningen bildades enligt protokollet från "
                    "det konstituerande mötet. En nybildad förening kan i stället söka startbidrag "
                    "från kultur- och fritidsnämnden.",
                ],
                [
                    "Verksamheten bedrivs i Vara kommun.",
                    "Det gäller hela kommunen: Vara tätort, Kvänum, Vedum, Larv, Tråvad, Levene "
                    "och landsbygden. Deltagare från grannkommunerna får vara med, men "
                    "verksamheten ska äga rum här.",
                ],
                [
                    "Idén bidrar till minst ett av kommunens tre utvecklingsmål.",
                    "Målen är färre som är ofrivilligt ensamma, fler som rör på sig och att nya "
                    "kommuninvånare kommer in i föreningslivet. Idén behöver inte gälla en viss "
                    "åldersgrupp.",
                ],
                [
                    "Verksamheten är öppen för alla i målgruppen.",
                    "Medlemskap i föreningen får inte vara ett villkor för att delta. Föreningen "
                    "får ta ut en avgift på högst 300 kronor per halvår och deltagare, och "
                    "ingen får stängas ute för att hen inte kan betala.",
                ],
                [
                    "Organisationen bidrar med en egen insats motsvarande minst 20 procent av "
                    "verksamhetens totala kostnad.",
                    "Ideellt arbete räknas med 200 kronor per timme. Lokaler som föreningen äger "
                    "räknas till marknadshyra. Insamlade medel och sponsring räknas också.",
                ],
                [
                    "Initiativet kommer från organisationen.",
                    "Om kommunen har bett föreningen att utföra något åt kommunen är det inte ett "
                    "IOP, utan en fråga om upphandling eller uppdrag.",
                ],
                [
                    "Kommunens del är ett bidrag till hela verksamheten.",
                    "Kommunen betalar inte per deltagare, per besök eller per timme, utan ett "
                    "belopp per år enligt en budget som parterna kommer överens om.",
                ],
                [
                    "Organisationen har ordnad ekonomi.",
                    "Inga skulder hos Kronofogden och inga obetalda skatter eller avgifter. Det "
                    "senaste årsbokslutet bifogas idéskissen.",
                ],
                [
                    "Verksamheten ersätter inte något som kommunen är skyldig att ge enligt lag.",
                    "Till exempel hemtjänst, särskilt boende, skolskjuts eller elevhälsa.",
                ],
            ],
        ),
        ("h2", "Så går det till"),
        (
            "ol",
            [
                "Föreningen skickar en idéskiss till iop@vara.se. Idéskisser tas emot hela året.",
                "Inom sex veckor blir föreningen inbjuden till ett första dialogmöte, eller får "
                "ett skriftligt besked om varför idén inte går vidare.",
                "Kommunstyrelsens arbetsutskott beslutar om partnerskap där kommunens del är "
                "högst 200 000 kronor per år. Större partnerskap beslutas av kommunstyrelsen.",
                "En överenskommelse gäller i högst tre år. Kommunens del betalas ut en gång per "
                "år, i mars.",
                "Föreningen lämnar verksamhetsberättelse och ekonomisk redovisning för förra året "
                "senast den 28 februari.",
                "Båda parter kan säga upp överenskommelsen med tre månaders uppsägningstid.",
            ],
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Helena Kjellgren Ros, utvecklingsstrateg för civilsamhället, "
            "kommunledningsförvaltningen. Telefon 0512-310 47, e-post iop@vara.se.",
        ),
    ],
)


# Ljusdal: a long running-prose PDF from socialnämnden on IOP in förebyggande äldreomsorg, the
# criteria hidden in paragraphs (fyllt 67 år och bor i eget boende; no own money but ideella
# insatser of minst en femtedel with 190 kronor per timme; kostnadsfri apart from fika at cost;
# no medlemskap; minst två år and årsmöte every year; nothing that looks like biståndsbedömda
# insatser: städa, handla, personlig omvårdnad; byar like Järvsö, Färila, Los, Hennan, Tallåsen
# and Ramsjö prövas like the town), the process (30 september, beslut i december, två år plus
# två, kvartalsvis i förskott, 15 mars) and 450 000 kronor for 2026. Only the växel and a
# mailbox in the footer. Sidecar.
LJUSDAL_SN = Doc(
    path="corpus/ljusdal/ljusdal-socialnamnden-iop-forebyggande-aldreomsorg.pdf",
    title="Idéburet offentligt partnerskap i det förebyggande arbetet för äldre – "
    "socialnämndens utgångspunkter",
    header_left="Ljusdals kommun",
    header_right=["Socialnämnden", "Dnr SN 2025/211"],
    footer_lines=[
        "Ljusdals kommun · Socialförvaltningen · 827 80 Ljusdal · Växel 0651-180 00 · "
        "socialforvaltningen@ljusdal.se"
    ],
    author="Socialförvaltningen, Ljusdals kommun",
    blocks=[
        (
            "h1",
            "Idéburet offentligt partnerskap i det förebyggande arbetet för äldre – "
            "socialnämndens utgångspunkter",
        ),
        ("small", "Antagna av socialnämnden 2025-11-20 § 143, Dnr SN 2025/211"),
        ("h2", "Bakgrund"),
        (
            "p",
            "Ljusdals kommun har en av de äldsta befolkningarna i Gävleborgs län. Var fjärde "
            "invånare har fyllt 65 år, och antalet invånare över 80 år väntas öka med nästan en "
            "tredjedel fram till 2035. Samtidigt blir det svårare att rekrytera personal till "
            "hemtjänst och särskilt boende, och avstånden i kommunen gör att den som bor i en "
            "by ofta har långt till både vårdcentral och affär. Socialnämnden ser därför ett "
            "stort behov av verksamhet som gör att äldre kan leva ett aktivt liv och bo kvar "
            "hemma längre, och som minskar den ofrivilliga ensamheten.",
        ),
        (
            "p",
            "Mycket av det arbetet görs redan i dag av föreningar: pensionärsföreningar, "
            "bygdegårdsföreningar, hembygdsföreningar, församlingar och idrottsföreningar som "
            "ordnar allt från kaffeträffar och cirklar till promenader och stolgympa. "
            "Socialnämnden vill ta vara på det engagemanget och har därför beslutat att pröva "
            "idéburet offentligt partnerskap som form för samverkan inom det förebyggande "
            "arbetet för äldre. Den här texten beskriver de utgångspunkter som nämnden har "
            "beslutat om, och är tänkt att hjälpa föreningar att avgöra om deras idé passar.",
        ),
        ("h2", "Vad nämnden vill uppnå"),
        (
            "p",
            "Partnerskapen ska bidra till att äldre får fler tillfällen att träffa andra, att "
            "röra på sig och att vara delaktiga i sin by eller stadsdel. Nämnden tänker sig att "
            "det kan handla om öppna träffpunkter, promenadgrupper, studiecirklar, besöksvänner "
            "eller digital vardagshjälp, men det är föreningens egen idé som ska stå i centrum. "
            "Nämnden tar inte fram några färdiga uppdrag och annonserar inte efter utförare. "
            "Partnerskapen ska rikta sig till personer som har fyllt 67 år och bor i eget "
            "boende. Det hindrar inte att yngre anhöriga eller grannar följer med ibland, men "
            "det är den äldre målgruppen som verksamheten ska planeras för och som "
            "uppföljningen kommer att gälla.",
        ),
        (
            "p",
            "Socialnämnden vänder sig i första hand till föreningar som redan har verksamhet i "
            "kommunens byar och mindre orter, till exempel Järvsö, Färila, Los, Hennan, Tallåsen "
            "och Ramsjö, eftersom det är där avstånden är som störst. Idéer från Ljusdals "
            "tätort prövas ändå på samma villkor.",
        ),
        ("h2", "Vad som krävs av föreningen"),
        (
            "p",
            "En förening som vill ingå ett partnerskap med socialnämnden ska ha funnits i minst "
            "två år och ha hållit årsmöte varje år. Föreningen ska ha stadgar, en vald styrelse "
            "och ett organisationsnummer. Bolag kan inte ingå partnerskap med nämnden. Nämnden "
            "ser positivt på att flera föreningar går samman kring en gemensam idé, men en av "
            "dem behöver då vara part och ansvara för överenskommelsen.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i målgruppen, och medlemskap i föreningen får "
            "inte krävas för att delta. En pensionärsförening kan alltså inte förbehålla en "
            "träffpunkt sina egna medlemmar, även om det går bra att berätta om den i "
            "föreningens medlemsblad. Verksamheten ska vara kostnadsfri för deltagarna. Det "
            "enda undantaget är fika eller mat, som föreningen får ta betalt för till "
            "självkostnadspris.",
        ),
        (
            "p",
            "Nämnden kräver inte att föreningen skjuter till egna pengar. Däremot behöver "
            "föreningens ideella insatser, lokaler och material tillsammans motsvara minst en "
            "femtedel av partnerskapets kostnad. Ideellt arbete värderas då till 190 kronor per "
            "timme. Det ger en rättvis bild av vad föreningen bidrar med, och det är också så "
            "nämnden ser på partnerskapet: som två parter som båda lägger in något.",
        ),
        ("h2", "Gränsen mot kommunens egna insatser"),
        (
            "p",
            "Ett partnerskap får inte ersätta eller likna de insatser som kommunen beviljar "
            "efter biståndsbedömning enligt socialtjänstlagen, som hemtjänst, ledsagning, "
            "avlösning eller dagverksamhet. En förening kan alltså inte åta sig att städa, "
            "handla eller sköta personlig omvårdnad åt enskilda inom ett partnerskap, även om "
            "behovet finns. Däremot går det utmärkt att en besöksvän tar en promenad eller "
            "dricker kaffe med den som vill. Nämnden betalar inte heller per besök, per deltagare "
            "eller per timme. Kommunens del är ett belopp per år för hela verksamheten, enligt "
            "den budget som parterna kommer överens om.",
        ),
        (
            "p",
            "Den som gör hembesök inom ett partnerskap ska ha gått föreningens introduktion och "
            "skrivit under en förbindelse om att inte föra vidare det som hen får veta om den "
            "enskilde. Föreningen ska ha en rutin för vad volontären gör om hen misstänker att "
            "någon far illa.",
        ),
        ("h2", "Från idé till överenskommelse"),
        (
            "p",
            "Föreningen beskriver sin idé i en idéskiss på högst två sidor och skickar den till "
            "socialförvaltningen. Idéskisser som har kommit in senast den 30 september prövas "
            "inför kommande år. Under oktober och november träffar förvaltningen de föreningar "
            "vars idéer passar, för att tillsammans ta fram mål, budget och en plan för "
            "uppföljning. Socialnämnden fattar beslut om alla partnerskap inom området vid sitt "
            "sammanträde i december.",
        ),
        (
            "p",
            "En överenskommelse gäller i två år och kan förlängas med ytterligare två år efter "
            "en gemensam utvärdering. Kommunens del betalas ut kvartalsvis i förskott. Föreningen "
            "lämnar en enkel redovisning av verksamheten och ekonomin senast den 15 mars året "
            "efter varje verksamhetsår, och parterna träffas för uppföljning minst två gånger "
            "per år. Nämnden har för 2026 avsatt 450 000 kronor för partnerskap inom det "
            "förebyggande arbetet för äldre.",
        ),
        (
            "p",
            "Föreningar som vill veta mer eller bolla en idé innan de skriver en idéskiss är "
            "välkomna att kontakta socialförvaltningens utvecklingsledare för förebyggande "
            "arbete. Kontaktuppgifter finns på kommunens webbplats.",
        ),
    ],
)


DOCS = [TJORN_KF_RIKTLINJER, HAMMARO_MOTION, VARA_KRITERIER, LJUSDAL_SN]
