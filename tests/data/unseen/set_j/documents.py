"""Text of the set_j (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Trollhättan: a multi-page PDF riktlinje with numbered sections ("3.2 …", "4.3 …"), the
# criteria in running prose ("Partnerskap förutsätter att …", "får inte …", "Vidare bör …"),
# long paragraphs so that sentences run across page breaks, and a named contact at the end.
TROLLHATTAN_RIKTLINJE = Doc(
    path="corpus/trollhattan/trollhattan-riktlinje-iop.pdf",
    title="Riktlinje för idéburet offentligt partnerskap (IOP) i Trollhättans Stad",
    header_left="Trollhättans Stad",
    header_right=["Riktlinje", "Dnr KS 2024/611", "Antagen av KF 2025-03-17, § 42"],
    footer_lines=[
        "Trollhättans Stad · Kommunstyrelseförvaltningen · 461 83 Trollhättan · "
        "Växel 0520-49 60 00 · www.trollhattan.se",
    ],
    author="Kommunstyrelseförvaltningen, Trollhättans Stad",
    blocks=[
        ("h1", "Riktlinje för idéburet offentligt partnerskap (IOP) i Trollhättans Stad"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinje"),
                ("Antagen av", "Kommunfullmäktige 2025-03-17, § 42"),
                ("Gäller från", "2025-05-01"),
                ("Diarienummer", "KS 2024/611"),
                (
                    "Dokumentansvarig",
                    "Kommunstyrelseförvaltningen, avdelningen för samhällsutveckling",
                ),
                ("Revideras", "Senast 2028"),
            ],
        ),
        ("h2", "Innehåll"),
        (
            "lines",
            [
                "1 Inledning",
                "2 Utgångspunkter",
                "3 Förutsättningar för partnerskap",
                "4 Från idé till partnerskap",
                "5 Överenskommelsen",
                "6 Uppföljning",
                "7 Kontakt",
            ],
        ),
        ("h2", "1 Inledning"),
        ("h3", "1.1 Syfte"),
        (
            "p",
            "Riktlinjen beskriver när Trollhättans Stad kan ingå ett idéburet offentligt "
            "partnerskap (IOP) med en idéburen organisation, vilka förutsättningar som gäller för "
            "ett sådant partnerskap och hur det bereds, beslutas, följs upp och avslutas. "
            "Riktlinjen gäller för kommunstyrelsen och för samtliga nämnder. Den ersätter inte "
            "Stadens regler för föreningsbidrag, som fortsatt gäller när en förening söker stöd "
            "till sin ordinarie verksamhet, och den ersätter inte heller reglerna för "
            "upphandling när Staden vill köpa en bestämd tjänst.",
        ),
        ("h3", "1.2 Bakgrund"),
        (
            "p",
            "Trollhättans Stad och företrädare för den idéburna sektorn undertecknade 2014 en "
            "lokal överenskommelse om samverkan. I överenskommelsen står att parterna ska "
            "utveckla nya former för samarbete som tar till vara det civila samhällets kunskap, "
            "engagemang och närhet till människor. Idéburet offentligt partnerskap är en sådan "
            "form. Sedan 2018 har Staden ingått ett tiotal partnerskap, bland annat om "
            "läxhjälp, mötesplatser för äldre och stöd till nyanlända kvinnor. Erfarenheterna "
            "från dessa partnerskap har visat att både föreningarna och förvaltningarna behöver "
            "tydligare gemensamma regler för hur ett partnerskap kommer till, och den här "
            "riktlinjen har därför tagits fram i dialog med föreningslivet, bland annat vid "
            "tre öppna dialogkvällar i Folkets hus under hösten 2024. Synpunkterna från "
            "dialogkvällarna har i stora delar arbetats in i texten, särskilt när det gäller "
            "hur den egna insatsen ska värderas och hur lång tid handläggningen får ta.",
        ),
        ("h3", "1.3 Begrepp"),
        (
            "ul",
            [
                "Idéburen organisation: en organisation som drivs utifrån en idé och utan "
                "vinstsyfte, till exempel en ideell förening, en stiftelse eller ett "
                "trossamfund.",
                "Idéskiss: en kort beskrivning av organisationens idé, som är början på "
                "dialogen med Staden.",
                "Överenskommelse: det skriftliga avtal som reglerar partnerskapet.",
                "Egen insats: det som organisationen själv bidrar med i form av pengar, "
                "lokaler, material eller ideellt arbete.",
            ],
        ),
        ("h2", "2 Utgångspunkter"),
        ("h3", "2.1 Ett partnerskap mellan jämbördiga parter"),
        (
            "p",
            "Ett partnerskap bygger på att Staden och organisationen har ett gemensamt mål och "
            "att båda parter bidrar till verksamheten utifrån sina förutsättningar. Parterna "
            "är jämbördiga, och organisationen behåller sin självständighet och sin rätt att "
            "driva opinion, även mot Staden. IOP är inte ett köp. Staden betalar därför inte "
            "per deltagare, per besök eller per utförd timme, och organisationen skickar inga "
            "fakturor till Staden för utförda insatser. Stadens bidrag ska täcka en del av "
            "verksamhetens kostnader enligt en gemensamt framtagen budget.",
        ),
        ("h3", "2.2 Förhållandet till upphandling och statsstöd"),
        (
            "p",
            "När Staden vill att en bestämd tjänst ska utföras på ett bestämt sätt ska "
            "tjänsten upphandlas enligt lagen om offentlig upphandling. Ett partnerskap får "
            "inte användas för att undvika upphandling, och det får inte snedvrida konkurrensen "
            "på en marknad. Kommunstyrelseförvaltningen gör därför i varje ärende en bedömning "
            "av om det finns en marknad för den verksamhet som idéskissen beskriver, och "
            "redovisar bedömningen i beslutsunderlaget till den nämnd som ska fatta beslut.",
        ),
        ("h2", "3 Förutsättningar för partnerskap"),
        ("h3", "3.1 Organisationen"),
        (
            "p",
            "Partnerskap förutsätter att organisationen är idéburen, det vill säga en ideell "
            "förening, en stiftelse eller ett registrerat trossamfund som saknar vinstsyfte och "
            "som inte delar ut överskott till medlemmar, styrelseledamöter eller andra. "
            "Partnerskap förutsätter vidare att organisationen har bedrivit verksamhet i minst "
            "tre år, att den har en styrelse som har valts vid ett årsmöte och att den har "
            "ordning på sin ekonomi, med godkänd revision för de två senaste "
            "verksamhetsåren. Aktiebolag, handelsbolag, ekonomiska föreningar och enskilda "
            "firmor kan inte vara part, inte heller när de ägs av en ideell förening eller "
            "när de har en bolagsordning som begränsar vinstutdelningen.",
        ),
        ("h3", "3.2 Verksamheten"),
        (
            "p",
            "Partnerskap förutsätter att initiativet kommer från organisationen, eller från ett "
            "behov som organisationen och Staden tillsammans har upptäckt i dialog. Staden kan "
            "alltså inte på egen hand bestämma en verksamhet och sedan be en förening att "
            "utföra den; i så fall är det upphandling eller ett uppdrag som gäller och inte ett "
            "partnerskap. Verksamheten ska bedrivas i Trollhättan och vara öppen för alla i den "
            "målgrupp som överenskommelsen anger, oavsett om de är medlemmar i organisationen "
            "eller inte. Deltagarna får inte avkrävas avgifter som sammanlagt överstiger 50 "
            "kronor per månad och deltagare, oavsett om avgiften kallas deltagaravgift, "
            "fikapengar eller materialkostnad. Verksamheten ska pågå under minst två år. "
            "Enstaka evenemang, festivaler, läger och resor kan därför inte bli ett "
            "partnerskap, även om de återkommer varje år.",
        ),
        ("h3", "3.3 Egen insats"),
        (
            "p",
            "Organisationens egen insats ska motsvara minst 20 procent av partnerskapets totala "
            "kostnad. Den egna insatsen kan bestå av ideellt arbete, lokaler, material eller "
            "egna pengar. Ideellt arbete värderas till 230 kronor per timme, och lokaler som "
            "organisationen äger eller hyr värderas till den faktiska kostnaden. Medel som "
            "organisationen har samlat in och bidrag från fonder och stiftelser räknas också "
            "som egen insats, men inte andra bidrag från Staden, till exempel "
            "föreningsbidrag.",
        ),
        ("h3", "3.4 Det här kan inte bli ett partnerskap"),
        (
            "p",
            "Ett partnerskap får inte avse uppgifter som Staden är skyldig att utföra enligt "
            "lag, till exempel hemtjänst, särskilt boende, hälso- och sjukvård, "
            "skolundervisning eller myndighetsutövning. Stödjande och kompletterande "
            "verksamhet, som en mötesplats för personer som bor på ett särskilt boende eller "
            "läxhjälp efter skoltid, kan däremot bli ett partnerskap. Ett partnerskap får inte "
            "heller avse verksamhet som företag redan erbjuder på marknaden i Trollhättan, "
            "eller organisationens ordinarie verksamhet, som medlemsmöten, lokalhyra för "
            "föreningens egen lokal eller medlemsresor. Verksamheten får inte innehålla "
            "religiös förkunnelse eller partipolitisk påverkan.",
        ),
        ("h3", "3.5 Önskvärda inslag"),
        (
            "p",
            "Vidare bör partnerskapet bidra till att minska ensamhet och utanförskap, och det "
            "bör gärna engagera personer som inte tidigare har varit aktiva i föreningslivet. "
            "Staden ser också gärna att flera organisationer går samman i ett partnerskap och "
            "att verksamheten har en plan för hur den kan leva vidare när partnerskapet "
            "upphör. Det som står i detta avsnitt är önskemål och inte krav. En idé som "
            "uppfyller förutsättningarna i avsnitt 3.1–3.4 kan bli ett partnerskap även om "
            "den inte har något av dessa inslag.",
        ),
        ("h2", "4 Från idé till partnerskap"),
        ("h3", "4.1 Idéskiss"),
        (
            "p",
            "Den organisation som har en idé tar först kontakt med Staden, gärna per telefon, "
            "och lämnar därefter en idéskiss till iop@trollhattan.se. Idéskissen ska beskriva "
            "det behov som organisationen har sett, målgruppen, verksamhetens innehåll, den "
            "egna insatsen och en preliminär budget. Den får vara högst fyra sidor lång, och "
            "Staden har en mall som organisationen kan använda men inte måste använda. "
            "Idéskisser tas emot under hela året. Den som vill att partnerskapet ska kunna "
            "starta vid nästa årsskifte behöver lämna idéskissen senast den 15 mars, så att "
            "den kan tas med i Stadens budgetarbete.",
        ),
        ("h3", "4.2 Prövning och dialog"),
        (
            "p",
            "Kommunstyrelseförvaltningen bekräftar att idéskissen har kommit in och prövar den "
            "mot förutsättningarna i avsnitt 3. Organisationen får besked inom åtta veckor om "
            "idén går vidare. Går den vidare bjuds organisationen in till dialogmöten med den "
            "förvaltning som berörs. Vid dialogmötena tar parterna tillsammans fram mål, "
            "aktiviteter, en budget och ett sätt att följa upp verksamheten, och dialogen "
            "avslutas med ett förslag till överenskommelse som båda parter står bakom. Om "
            "idéskissen inte uppfyller förutsättningarna får organisationen ett skriftligt "
            "besked med en motivering. Beskedet kan inte överklagas, men organisationen kan "
            "när som helst lämna en ny eller omarbetad idéskiss.",
        ),
        ("h3", "4.3 Beslut"),
        (
            "p",
            "Den nämnd som ansvarar för verksamhetsområdet beslutar om partnerskap med ett "
            "värde upp till 600 000 kronor per år. Partnerskap med ett högre värde, och "
            "partnerskap som berör fler än en nämnd, beslutas av kommunstyrelsen. Från det att "
            "idéskissen har kommit in till beslut tar det normalt fyra till sex månader. Under "
            "juli sammanträder varken nämnderna eller kommunstyrelsen.",
        ),
        ("h2", "5 Överenskommelsen"),
        ("h3", "5.1 Avtalstid"),
        (
            "p",
            "En överenskommelse gäller i minst två och högst fem år. Den kan förlängas en "
            "gång, med högst fem år, efter en gemensam utvärdering enligt avsnitt 6.3.",
        ),
        ("h3", "5.2 Utbetalning"),
        (
            "p",
            "Stadens ekonomiska bidrag betalas ut i förskott tre gånger per år, i januari, maj "
            "och september. Det första året görs den första utbetalningen inom 30 dagar efter "
            "att överenskommelsen har undertecknats av båda parter. Pengarna betalas till "
            "organisationens bankgiro eller plusgiro och aldrig till en enskild person.",
        ),
        ("h3", "5.3 Ändring och uppsägning"),
        (
            "p",
            "Ändringar i överenskommelsen ska göras skriftligt och godkännas av båda parter. "
            "Vardera parten kan säga upp överenskommelsen med tre månaders uppsägningstid. Om "
            "organisationen i väsentlig mån bryter mot överenskommelsen, till exempel genom "
            "att använda medlen till något annat än det som parterna har kommit överens om, "
            "kan Staden säga upp överenskommelsen med omedelbar verkan och kräva tillbaka "
            "medel som inte har använts.",
        ),
        ("h2", "6 Uppföljning"),
        ("h3", "6.1 Årlig redovisning"),
        (
            "p",
            "Organisationen lämnar varje år en skriftlig redovisning till den förvaltning som "
            "ansvarar för partnerskapet, senast den 20 februari året efter verksamhetsåret. "
            "Redovisningen ska innehålla en verksamhetsberättelse för partnerskapet, en "
            "ekonomisk redovisning där den egna insatsen framgår och en beskrivning av hur "
            "parterna har nått de mål som står i överenskommelsen.",
        ),
        ("h3", "6.2 Dialogmöten"),
        (
            "p",
            "Parterna träffas för uppföljande dialogmöten två gånger per år, en gång på våren "
            "och en gång på hösten. Vid mötena går parterna igenom hur verksamheten fungerar, "
            "om målgruppen nås och om något i överenskommelsen behöver ändras.",
        ),
        ("h3", "6.3 Utvärdering"),
        (
            "p",
            "Senast sex månader före avtalstidens slut gör parterna en gemensam utvärdering. "
            "Utvärderingen ligger till grund för ett beslut om att förlänga, ändra eller "
            "avsluta partnerskapet.",
        ),
        ("h2", "7 Kontakt"),
        (
            "p",
            "Frågor om riktlinjen och om idéburet offentligt partnerskap besvaras av Linnea "
            "Sjögren, samordnare för civilsamhällesfrågor på kommunstyrelseförvaltningen. "
            "Telefon 0520-49 71 36, e-post linnea.sjogren@trollhattan.se.",
        ),
    ],
)


# Nässjö: a Word "Bedömningsmall" with the criteria as a three-column table (Krav | Hur vi
# bedömer | Underlag), ten rows K1–K10; process, decision limit, agreement time, payment in two
# parts and reporting below the table. The functional mailbox and the named contact are on a
# separate HTML page.
NASSJO_BEDOMNINGSMALL = Doc(
    path="corpus/nassjo/nassjo-bedomningsmall-ideskiss-iop.docx",
    title="Bedömningsmall för idéskiss – idéburet offentligt partnerskap (IOP)",
    header_left="Nässjö kommun · Kommunledningsförvaltningen",
    footer_lines=[
        "Nässjö kommun, 571 80 Nässjö",
        "Kontaktcenter 0380-51 80 00",
        "www.nassjo.se",
    ],
    author="Kommunledningsförvaltningen, Nässjö kommun",
    blocks=[
        ("h1", "Bedömningsmall för idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Fastställd av", "Kommunstyrelsen 2025-10-07, § 201"),
                ("Diarienummer", "KS 2025/377"),
                ("Gäller från", "2026-01-01"),
                ("Används av", "Samtliga förvaltningar i Nässjö kommun"),
            ],
        ),
        ("h2", "Om mallen"),
        (
            "p",
            "Mallen används när kommunen bedömer en idéskiss om idéburet offentligt partnerskap "
            "(IOP). Vi publicerar den så att föreningar och andra idéburna organisationer kan se "
            "vad vi tittar på och vilka underlag vi behöver. Alla krav i tabellen ska vara "
            "uppfyllda för att en idé ska kunna gå vidare till dialog. Kraven gäller alla "
            "partnerskap i Nässjö kommun, oavsett vilken nämnd som berörs.",
        ),
        ("h2", "Krav och bedömning"),
        (
            "table",
            (30, 50, 20),
            [
                ("Krav", "Hur vi bedömer", "Underlag"),
                (
                    "K1 Organisationen är idéburen",
                    "Vi läser stadgarna. Organisationen ska sakna vinstsyfte och får inte dela "
                    "ut överskott. Aktiebolag, även sådana med särskild "
                    "vinstutdelningsbegränsning (svb), och ekonomiska föreningar uppfyller "
                    "inte kravet.",
                    "Stadgar och registreringsbevis",
                ),
                (
                    "K2 Verksamhet i Nässjö kommun i minst två år",
                    "Vi tittar på verksamhetsberättelser och årsmötesprotokoll. Tiden räknas "
                    "från organisationens första årsmöte.",
                    "De två senaste verksamhetsberättelserna",
                ),
                (
                    "K3 Idén kommer från organisationen",
                    "Vi bedömer om behovet har upptäckts i organisationens egen verksamhet. En "
                    "verksamhet som en förvaltning redan har bestämt och vill ha utförd kan "
                    "inte bli IOP; den hanteras som upphandling.",
                    "Idéskissen, avsnittet Behov",
                ),
                (
                    "K4 Öppen för alla i målgruppen",
                    "Ingen får nekas att delta för att hen inte är medlem. Krav på medlemskap "
                    "eller medlemsavgift för att få delta gör att kravet inte är uppfyllt.",
                    "Idéskissen",
                ),
                (
                    "K5 Inga deltagaravgifter",
                    "Deltagandet ska vara kostnadsfritt. En frivillig kaffekassa godtas.",
                    "Budgeten",
                ),
                (
                    "K6 Egen insats minst 15 procent",
                    "Den egna insatsen ska vara minst 15 procent av den totala budgeten. Ideell "
                    "tid räknas som 190 kronor per timme. Lokaler räknas till vad de kostar "
                    "organisationen.",
                    "Budgeten och en tidsplan för de ideella insatserna",
                ),
                (
                    "K7 Inte en uppgift som kommunen har enligt lag",
                    "Vi prövar om verksamheten ersätter hemtjänst, skolundervisning, hälso- och "
                    "sjukvård eller myndighetsutövning. Stödjande och kompletterande "
                    "verksamhet godtas.",
                    "Idéskissen",
                ),
                (
                    "K8 Ingen befintlig marknad",
                    "Vi undersöker om företag i kommunen erbjuder samma sak. Gör de det är "
                    "kravet inte uppfyllt.",
                    "Kommunens egen omvärldsbevakning",
                ),
                (
                    "K9 Varaktighet",
                    "Verksamheten ska pågå i minst två år. Enstaka arrangemang som en fest, en "
                    "resa eller en marknad bedöms inte.",
                    "Idéskissen och tidplanen",
                ),
                (
                    "K10 Ordnad ekonomi",
                    "Organisationen har ett bankkonto i eget namn och inga skulder hos "
                    "Kronofogden.",
                    "Kontoutdrag; Kronofogden kontrolleras av kommunen",
                ),
            ],
        ),
        ("h2", "Så går bedömningen till"),
        (
            "p",
            "Idéskissen skickas till iop@nassjo.se. En handläggare på "
            "kommunledningsförvaltningen gör bedömningen tillsammans med den förvaltning som "
            "verksamheten berör. Organisationen får ett skriftligt besked inom 30 dagar från "
            "att idéskissen kom in, med en kopia av den ifyllda mallen. Av beskedet framgår "
            "vilka krav som är uppfyllda och vilka som inte är det.",
        ),
        (
            "p",
            "Uppfyller idéskissen alla krav bjuds organisationen in till dialog. Under dialogen "
            "skriver parterna tillsammans ett förslag till överenskommelse med mål, "
            "aktiviteter, budget och uppföljning.",
        ),
        ("h2", "Beslut, avtalstid och utbetalning"),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap upp till 350 000 "
            "kronor per år. Partnerskap över det beloppet beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "Överenskommelsen gäller i tre år och kan förlängas en gång med högst tre år. "
            "Vardera parten kan säga upp den med två månaders uppsägningstid.",
        ),
        (
            "p",
            "Kommunens bidrag betalas ut i två delar varje år: 60 procent i februari och 40 "
            "procent i augusti, efter att parterna har haft sitt uppföljningsmöte.",
        ),
        ("h2", "Uppföljning"),
        (
            "p",
            "Organisationen lämnar en redovisning av verksamhet och ekonomi för det gångna året "
            "senast den 31 januari. Parterna har ett uppföljningsmöte i juni varje år.",
        ),
        (
            "small",
            "Kontaktuppgifter till IOP-funktionen finns på nassjo.se under Föreningar > "
            "Idéburet offentligt partnerskap > Kontakt.",
        ),
    ],
)


# Sandviken: a protokollsutdrag from socialnämnden with two paragraphs, § 23 (a partnership
# decided, decision list of "att …") and § 24 (an idéskiss turned down, with reasons); the
# municipality's own guidelines are only referred to, not attached.
SANDVIKEN_PROTOKOLL = Doc(
    path="corpus/sandviken/sandviken-socialnamnden-protokollsutdrag-2026-02-19.pdf",
    title="Protokollsutdrag socialnämnden 2026-02-19 §§ 23–24 – Idéburet offentligt partnerskap",
    header_left="Sandvikens kommun",
    header_right=["SAMMANTRÄDESPROTOKOLL", "Socialnämnden", "2026-02-19"],
    footer_lines=[
        "Sandvikens kommun · 811 80 Sandviken · Växel 026-24 10 00 · kommun@sandviken.se",
        "Justerandes sign ________  ________     Utdragsbestyrkande ________",
    ],
    author="Socialförvaltningen, Sandvikens kommun",
    blocks=[
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-19"),
                ("Plats och tid", "Stadshuset, sammanträdesrum Göransson, kl. 13.00–16.10"),
                ("Paragrafer", "§§ 23–24"),
                ("Utdrag ur", "Socialnämndens protokoll"),
            ],
        ),
        (
            "h1",
            "§ 23 Idéburet offentligt partnerskap med Föreningen Kaffestugan Storvik – "
            "Mötesplats Storvik",
        ),
        ("small", "Dnr SN 2025/0412"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "lines",
            [
                "att ingå idéburet offentligt partnerskap med Föreningen Kaffestugan Storvik om "
                "Mötesplats Storvik enligt bilagt förslag till överenskommelse,",
                "att överenskommelsen gäller från och med 2026-04-01 till och med 2029-03-31,",
                "att nämndens ekonomiska bidrag uppgår till 240 000 kronor per år och ryms inom "
                "budgeten för äldreomsorgens förebyggande verksamhet,",
                "att uppdra åt socialchefen att underteckna överenskommelsen, samt",
                "att partnerskapet återrapporteras till nämnden varje år i samband med "
                "verksamhetsberättelsen.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen Kaffestugan Storvik lämnade 2025-09-08 en idéskiss om en mötesplats för "
            "äldre i Storvik. Föreningen har sedan 2014 drivit ett kafé i Folkets hus i Storvik "
            "och har märkt att många äldre på orten lever isolerat sedan dagverksamheten "
            "flyttade in till Sandviken. Idén är en mötesplats två dagar i veckan med lunch, "
            "sittgympa, föreläsningar och hjälp med mobiltelefoner och datorer. Deltagandet är "
            "avgiftsfritt, men den som äter lunch betalar 50 kronor. Mötesplatsen är öppen för "
            "alla som har fyllt 65 år, och man behöver inte vara medlem i föreningen.",
        ),
        (
            "p",
            "Efter tre dialogmöten mellan föreningen och socialförvaltningen har parterna tagit "
            "fram ett förslag till överenskommelse. Föreningens egen insats består främst av "
            "ideellt arbete och lokal och motsvarar omkring 35 procent av budgeten.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Sandvikens kommuns riktlinjer för idéburet offentligt partnerskap (antagna av "
            "kommunfullmäktige 2022-11-28, § 176) anger att organisationen ska ha bedrivit "
            "verksamhet i kommunen i minst två år, att verksamheten ska vara öppen för alla i "
            "målgruppen och att organisationens egen insats ska motsvara minst en fjärdedel av "
            "kostnaden. Enligt riktlinjerna får en nämnd ingå partnerskap upp till 500 000 "
            "kronor per år; större partnerskap beslutas av kommunstyrelsen. Förvaltningen "
            "bedömer att idéskissen uppfyller riktlinjerna och att ingen annan aktör erbjuder "
            "motsvarande verksamhet i Storvik.",
        ),
        ("bold", "Beslutsunderlag"),
        (
            "ul",
            [
                "Tjänsteskrivelse 2026-01-27 från socialförvaltningen",
                "Förslag till överenskommelse, bilaga",
                "Idéskiss från Föreningen Kaffestugan Storvik, 2025-09-08",
            ],
        ),
        ("bold", "Handläggare"),
        ("p", "Paula Hed, IOP-samordnare, socialförvaltningen"),
        ("bold", "Expedieras till"),
        ("lines", ["Föreningen Kaffestugan Storvik", "Socialchefen", "Ekonomienheten"]),
        (
            "h1",
            "§ 24 Idéskiss från Sandvikens Seniorhjälp ekonomisk förening – ledsagning till "
            "vårdbesök",
        ),
        ("small", "Dnr SN 2025/0467"),
        ("bold", "Beslut"),
        ("p", "Socialnämnden beslutar"),
        (
            "lines",
            [
                "att inte ingå idéburet offentligt partnerskap med Sandvikens Seniorhjälp "
                "ekonomisk förening, samt",
                "att uppdra åt förvaltningen att lämna föreningen ett skriftligt besked med "
                "motivering.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Sandvikens Seniorhjälp ekonomisk förening har föreslagit att föreningens "
            "medlemmar ska följa äldre till besök på vårdcentral, sjukhus och tandläkare, och "
            "att nämnden ska betala föreningen 320 kronor per ledsagningstimme.",
        ),
        ("bold", "Förvaltningens bedömning"),
        (
            "p",
            "Förvaltningen bedömer att idén inte kan bli ett idéburet offentligt partnerskap. "
            "Föreningen delar enligt sina stadgar ut överskott till medlemmarna, och "
            "riktlinjerna förutsätter att organisationen saknar vinstsyfte. Ersättning per "
            "timme är dessutom ett köp av tjänst och inte ett partnerskap. Ledsagning erbjuds "
            "av flera företag i kommunen, och för den som behöver ledsagning prövas insatsen "
            "genom ett biståndsbeslut.",
        ),
        ("bold", "Yrkanden"),
        (
            "p",
            "Kristina Falk (V) yrkar bifall till förvaltningens förslag. Ordföranden finner att "
            "nämnden bifaller förslaget.",
        ),
        ("bold", "Handläggare"),
        ("p", "Paula Hed, IOP-samordnare, socialförvaltningen"),
        ("bold", "Expedieras till"),
        ("lines", ["Sandvikens Seniorhjälp ekonomisk förening"]),
        (
            "lines",
            [
                "Vid protokollet: Jenny Söderlund, nämndsekreterare",
                "Ordförande: Per-Anders Wikström (S)",
                "Justerare: Kristina Falk (V)",
                "Justerat 2026-02-24. Anslaget på kommunens digitala anslagstavla 2026-02-25.",
            ],
        ),
    ],
)


# Ludvika: a remissversion (draft) in Word of new guidelines that are NOT in force, with a
# table comparing today's rules (2019) with the proposal. The 2019 rules, still in force,
# are a separate plain-text file.
LUDVIKA_REMISS = Doc(
    path="corpus/ludvika/ludvika-riktlinjer-iop-remissversion-2026.docx",
    title="Remissversion: Riktlinjer för idéburet offentligt partnerskap (IOP) i Ludvika kommun",
    header_left="Ludvika kommun · Kommunledningsförvaltningen · REMISSVERSION",
    footer_lines=[
        "Ludvika kommun, 771 82 Ludvika",
        "Förslag 2026-09-21, Dnr KS 2026/388",
        "Ej antaget",
    ],
    author="Kommunledningsförvaltningen, Ludvika kommun",
    blocks=[
        (
            "h1",
            "Remissversion: Riktlinjer för idéburet offentligt partnerskap (IOP) i Ludvika kommun",
        ),
        (
            "box",
            "Detta är ett förslag som är ute på remiss. Förslaget är inte antaget och gäller "
            "inte ännu. Till dess att kommunfullmäktige har beslutat gäller kommunens riktlinjer "
            "för IOP från 2019. Beslut i kommunfullmäktige väntas i februari 2027.",
        ),
        (
            "kv",
            [
                ("Diarienummer", "KS 2026/388"),
                ("Datum", "2026-09-21"),
                ("Remisstid", "Synpunkter senast 2026-11-30"),
                ("Skicka synpunkter till", "kommun@ludvika.se, märk med KS 2026/388"),
            ],
        ),
        ("h2", "1 Varför nya riktlinjer?"),
        (
            "p",
            "Ludvika kommuns riktlinjer för idéburet offentligt partnerskap antogs 2019. Sedan "
            "dess har kommunen ingått sju partnerskap, och både föreningar och förvaltningar har "
            "efterfrågat tydligare regler om egen insats, avgifter och beslut. Förslaget har "
            "tagits fram av kommunledningsförvaltningen efter två dialogmöten med "
            "föreningslivet våren 2026.",
        ),
        ("h2", "2 Det här föreslås ändras"),
        (
            "table",
            (28, 36, 36),
            [
                ("Fråga", "Gäller i dag (riktlinjer 2019)", "Förslag"),
                ("Verksamhetstid", "Minst ett år", "Minst två år"),
                ("Egen insats", "Minst 10 procent", "Minst 20 procent"),
                ("Avgift för deltagare", "Inte reglerat", "Högst 40 kronor per tillfälle"),
                (
                    "Beslut",
                    "Kommunstyrelsen beslutar om alla partnerskap",
                    "Nämnd upp till 400 000 kronor per år, därutöver kommunstyrelsen",
                ),
                ("Avtalstid", "Högst tre år", "Högst fem år"),
                ("Utbetalning", "En gång per år, i februari", "Kvartalsvis i förskott"),
                ("Redovisning", "Senast 31 mars", "Senast 30 april"),
                (
                    "Föreningsregistret",
                    "Organisationen ska vara registrerad",
                    "Inget krav på registrering",
                ),
            ],
        ),
        ("h2", "3 Föreslagna villkor i sin helhet"),
        ("p", "Kommunledningsförvaltningen föreslår att ett partnerskap ska förutsätta att"),
        (
            "ol",
            [
                "organisationen är idéburen och saknar vinstsyfte,",
                "organisationen har bedrivit verksamhet i minst två år,",
                "organisationens egen insats motsvarar minst 20 procent av kostnaden,",
                "deltagarna betalar högst 40 kronor per tillfälle,",
                "verksamheten är öppen för alla i målgruppen, oavsett medlemskap, och",
                "verksamheten inte är en uppgift som kommunen har enligt lag eller något som "
                "företag redan erbjuder i kommunen.",
            ],
        ),
        ("h2", "4 Frågor till remissinstanserna"),
        (
            "p",
            "Kommunledningsförvaltningen vill särskilt ha synpunkter på om kravet på två års "
            "verksamhet stänger ute nybildade föreningar, och på om avgiftstaket på 40 kronor "
            "är rimligt för verksamhet med dyrt material.",
        ),
        ("h2", "5 Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Kommunala pensionärsrådet",
                "Rådet för funktionshinderfrågor",
                "Föreningar i kommunens föreningsregister",
            ],
        ),
        ("h2", "6 Frågor om förslaget"),
        (
            "p",
            "Frågor om förslaget besvaras av Helena Dahlberg, utredare på "
            "kommunledningsförvaltningen, telefon 0240-86 24 17.",
        ),
    ],
)


DOCS = [TROLLHATTAN_RIKTLINJE, NASSJO_BEDOMNINGSMALL, SANDVIKEN_PROTOKOLL, LUDVIKA_REMISS]
