"""Text of the set_t (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality and region names are real, the people,
numbers, addresses, decisions and partnerships are not.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Luleå: the minutes of kommunfullmäktige, §§ 38–43, of which § 40 adopts the IOP guidelines.
# The ärendebeskrivning lists what kommunstyrelsen proposed (minst två ordinarie årsmöten,
# minst 15 procent egen insats, 220 kronor per timme, högst 300 kronor per termin, three
# exclusions, decision limits 600 000 / 2 000 000, 30 dagar, kvartalsvis i förskott, 15 mars,
# fyra månader). An ändringsyrkande lowering the own share to 10 procent wins a votering, a
# tilläggsyrkande on an evaluation is accepted, and M reserves itself. § 41 changes the
# föreningsbidrag rules (minst 10 bidragsberättigade medlemmar 7–25 år), which are no IOP rule.
LULEA_KF_PROTOKOLL = Doc(
    path="corpus/lulea/lulea-kf-protokoll-2026-03-30.pdf",
    title="Kommunfullmäktige Luleå – protokoll 2026-03-30 §§ 38–43",
    header_left="LULEÅ KOMMUN",
    header_right=["PROTOKOLL", "Kommunfullmäktige", "Sammanträdesdatum 2026-03-30"],
    footer_lines=[
        "Luleå kommun · Kommunledningsförvaltningen · 971 85 Luleå · Växel 0920-45 90 00",
        "Justerare: ______   ______",
    ],
    author="Kommunledningsförvaltningen, Luleå kommun",
    blocks=[
        ("h1", "Kommunfullmäktige"),
        (
            "kv",
            [
                ("Plats och tid", "Stadshuset, fullmäktigesalen, kl. 13.00–17.25"),
                ("Ordförande", "Gunnel Bergdahl (S)"),
                ("Sekreterare", "Tove Lindgren, kommunsekreterare"),
                ("Justerare", "Rasmus Nordmark (M) och Elin Hietala (S)"),
                ("Paragrafer", "§§ 38–43"),
                ("Justeringsdag", "2026-04-07"),
                ("Anslag", "2026-04-08 – 2026-04-30"),
            ],
        ),
        ("h2", "§ 38 Upprop, val av justerare och fastställande av föredragningslista"),
        (
            "p",
            "Upprop förrättas. 61 av 61 ledamöter är närvarande. Kommunfullmäktige utser Rasmus "
            "Nordmark (M) och Elin Hietala (S) att justera protokollet och fastställer "
            "föredragningslistan.",
        ),
        ("h2", "§ 39 Svar på motion om fler sittbänkar längs Norra hamnen"),
        ("small", "Dnr KS 2025/402"),
        (
            "p",
            "Kommunfullmäktige beslutar att motionen ska anses besvarad med hänvisning till att "
            "stadsbyggnadsförvaltningen placerar ut tolv nya bänkar under sommaren 2026.",
        ),
        ("h2", "§ 40 Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        ("small", "Dnr KS 2025/611"),
        ("h3", "Ärendebeskrivning"),
        (
            "p",
            "Luleå kommun har sedan 2019 ingått enstaka idéburna offentliga partnerskap utan "
            "gemensamma riktlinjer. Kommunstyrelsen har låtit ta fram riktlinjer för att "
            "föreningar i hela kommunen – i centrala Luleå såväl som i Råneå, Gammelstad, Sävast "
            "eller Hertsön – ska veta vad som gäller och bli behandlade lika. Riktlinjerna har "
            "tagits fram i dialog med Luleå föreningsråd och studieförbunden.",
        ),
        ("p", "Kommunstyrelsens förslag till riktlinjer innebär i korthet följande."),
        (
            "ol",
            [
                "Part kan vara en ideell förening, en stiftelse eller ett registrerat "
                "trossamfund. Organisationen ska vara registrerad i kommunens föreningsregister "
                "och ha hållit minst två ordinarie årsmöten.",
                "Initiativet ska komma från den idéburna organisationen. Verksamheten ska "
                "bedrivas i Luleå kommun och vara öppen för alla i målgruppen, oavsett "
                "medlemskap.",
                "Organisationen står för minst 15 procent av partnerskapets totala kostnad. "
                "Ideellt arbete värderas till 220 kronor per timme.",
                "Deltagaravgifter får tas ut med högst 300 kronor per termin.",
                "IOP ingås inte för verksamhet som kommunen är skyldig att utföra enligt lag, "
                "för enstaka arrangemang och evenemang, för investeringar i lokaler eller "
                "fordon, eller för verksamhet där kommunen ersätter organisationen per "
                "deltagare, timme eller besök.",
                "Den nämnd som verksamheten berör beslutar om partnerskap upp till 600 000 "
                "kronor per år. Kommunstyrelsen beslutar om partnerskap från 600 000 upp till "
                "2 000 000 kronor per år och kommunfullmäktige om större partnerskap.",
                "Idéskisser tas emot löpande. Organisationen får besked inom 30 dagar om idén "
                "går vidare till dialog.",
                "Kommunens bidrag betalas ut kvartalsvis i förskott. Organisationen lämnar en "
                "redovisning senast den 15 mars året efter. Uppsägningstiden är fyra månader.",
            ],
        ),
        ("p", "Handläggare: Johan Sundqvist, strateg civilsamhälle, kommunledningsförvaltningen."),
        ("h3", "Yrkanden"),
        (
            "p",
            "Patrik Öberg (M) yrkar bifall till kommunstyrelsens förslag.",
        ),
        (
            "p",
            "Kajsa Niemi Björk (V) yrkar, med instämmande av Leila Haddad (S), att punkt 3 ändras "
            "så att organisationen ska stå för minst 10 procent av partnerskapets totala kostnad, "
            "eftersom små föreningar i byarna annars har svårt att delta.",
        ),
        (
            "p",
            "Ann-Sofi Rönnbäck (C) yrkar som tillägg att riktlinjerna ska utvärderas senast "
            "2028-12-31.",
        ),
        ("h3", "Propositionsordning och votering"),
        (
            "p",
            "Ordföranden ställer först proposition på kommunstyrelsens förslag mot Kajsa Niemi "
            "Björks ändringsyrkande och finner att kommunfullmäktige bifaller ändringsyrkandet. "
            "Votering begärs. Den som bifaller kommunstyrelsens förslag röstar ja, den som "
            "bifaller Kajsa Niemi Björks ändringsyrkande röstar nej. Omröstningen utfaller med 27 "
            "ja-röster och 33 nej-röster. En ledamot avstår. Kommunfullmäktige har därmed "
            "bifallit ändringsyrkandet.",
        ),
        (
            "p",
            "Ordföranden ställer därefter proposition på Ann-Sofi Rönnbäcks tilläggsyrkande och "
            "finner att kommunfullmäktige bifaller det.",
        ),
        ("h3", "Kommunfullmäktiges beslut"),
        (
            "ol",
            [
                "Kommunfullmäktige antar Riktlinjer för idéburet offentligt partnerskap med den "
                "ändringen att organisationen ska stå för minst 10 procent av partnerskapets "
                "totala kostnad.",
                "Riktlinjerna gäller från och med 2026-05-01.",
                "Riktlinjerna ska utvärderas senast 2028-12-31.",
            ],
        ),
        ("h3", "Reservation"),
        (
            "p",
            "Moderaternas ledamöter reserverar sig mot beslutet i punkt 1 till förmån för "
            "kommunstyrelsens förslag.",
        ),
        ("small", "Beslutet skickas till: samtliga nämnder, Luleå föreningsråd"),
        ("h2", "§ 41 Ändring i regler för föreningsbidrag"),
        ("small", "Dnr KS 2025/588"),
        (
            "p",
            "Kultur- och fritidsnämnden föreslår ändrade regler för aktivitetsstöd till "
            "föreningar från och med 2027.",
        ),
        ("h3", "Kommunfullmäktiges beslut"),
        (
            "ol",
            [
                "Aktivitetsstöd lämnas till föreningar med minst 10 bidragsberättigade medlemmar "
                "i åldern 7–25 år.",
                "Stödet är 40 kronor per deltagartillfälle.",
                "Ansökan görs senast den 15 februari och den 15 augusti.",
            ],
        ),
        ("h2", "§ 42 Medborgarförslag om hundrastgård i Gammelstad"),
        ("small", "Dnr KS 2026/044"),
        (
            "p",
            "Kommunfullmäktige beslutar att överlämna medborgarförslaget till "
            "stadsbyggnadsnämnden för beslut.",
        ),
        ("h2", "§ 43 Anmälan av nya motioner"),
        (
            "p",
            "Motion från Elias Marklund (SD) om fri parkering för elbilar i centrum anmäls och "
            "överlämnas till kommunstyrelsen för beredning.",
        ),
    ],
)


# Gävle: a Word document from vård- och omsorgsnämnden with the criteria in a table whose
# columns run "Så visar ni det | Kriterium | Nr" (evidence before criterion). Tre år, ideell
# förening or trossamfund (not stiftelser), people who have turned 70 and live in eget boende,
# minst 15 procent with 200 kronor per timme, högst 40 kronor per tillfälle, no double
# funding, two to four years; exclusions in a list; then dates and limits in prose, and a
# named contact.
GAVLE_KRITERIER = Doc(
    path="corpus/gavle/gavle-bedomningskriterier-iop.docx",
    title="Bedömningskriterier för idéburet offentligt partnerskap – vård- och omsorgsnämnden",
    header_left="Gävle kommun · Vård- och omsorgsförvaltningen",
    footer_lines=["Gävle kommun", "Vård- och omsorgsförvaltningen", "Fastställd 2025-09-24"],
    author="Vård- och omsorgsförvaltningen, Gävle kommun",
    blocks=[
        ("h1", "Bedömningskriterier för idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Vård- och omsorgsnämnden vill ingå partnerskap med idéburna organisationer som "
            "bryter äldres ensamhet och ger fler möjlighet till gemenskap och rörelse, i hela "
            "kommunen – i Valbo och Hille lika väl som i Forsbacka, Hamrånge eller på Brynäs. "
            "Dokumentet beskriver vad vi tittar på när vi läser en idéskiss. Till varje "
            "kriterium står vilket underlag ni ska skicka med.",
        ),
        ("h2", "Kriterier"),
        (
            "table",
            (40, 50, 10),
            [
                ["Så visar ni det", "Kriterium", "Nr"],
                [
                    "Stadgar och protokoll från de tre senaste årsmötena.",
                    "Organisationen är en ideell förening eller ett registrerat trossamfund och "
                    "har haft verksamhet i minst tre år. Stiftelser och bolag kan inte vara part.",
                    "1",
                ],
                [
                    "En beskrivning av vilka ni vill nå och hur ni hittar dem.",
                    "Verksamheten vänder sig till personer som har fyllt 70 år och bor i eget "
                    "boende i Gävle kommun.",
                    "2",
                ],
                [
                    "En budget där er egen insats står på egna rader.",
                    "Organisationen står för minst 15 procent av den totala kostnaden. Ideellt "
                    "arbete värderas till 200 kronor per timme.",
                    "3",
                ],
                [
                    "Uppgift om vad deltagarna betalar och för vad.",
                    "Deltagarna betalar högst 40 kronor per tillfälle. Ingen behöver vara medlem "
                    "för att delta.",
                    "4",
                ],
                [
                    "En kort text om hur idén växte fram.",
                    "Idén kommer från organisationen. Verksamheten kompletterar men ersätter inte "
                    "biståndsbedömda insatser som hemtjänst, dagverksamhet eller särskilt boende.",
                    "5",
                ],
                [
                    "En förteckning över de bidrag ni får i dag.",
                    "Samma verksamhet får inte samtidigt ha föreningsbidrag eller projektbidrag "
                    "från Gävle kommun.",
                    "6",
                ],
                [
                    "En verksamhetsplan för hela perioden.",
                    "Partnerskapet gäller i minst två och högst fyra år.",
                    "7",
                ],
            ],
        ),
        ("h2", "Det här prövar vi inte som IOP"),
        (
            "ul",
            [
                "Resor och utflykter som huvudsaklig verksamhet.",
                "Verksamhet som bara vänder sig till organisationens egna medlemmar.",
                "Verksamhet som bedrivs i vinstsyfte eller genom ett bolag, även om bolaget ägs "
                "av en förening.",
            ],
        ),
        ("h2", "Tider och beslut"),
        (
            "p",
            "Idéskissen ska ha kommit in till vård- och omsorgsförvaltningen senast den 30 "
            "september för att partnerskapet ska kunna börja den 1 mars året därpå. Vård- och "
            "omsorgsnämnden beslutar om partnerskap upp till 400 000 kronor per år. Större "
            "partnerskap beslutas av kommunstyrelsen.",
        ),
        (
            "p",
            "Kommunens bidrag betalas ut i förskott två gånger per år, i mars och i september. "
            "Organisationen lämnar verksamhetsberättelse och ekonomisk redovisning för "
            "partnerskapet senast den 15 februari året efter. Båda parter kan säga upp "
            "överenskommelsen med sex månaders uppsägningstid.",
        ),
        ("h2", "Kontakt"),
        (
            "p",
            "Karin Holmgren, utvecklingsledare civilsamhälle, vård- och omsorgsförvaltningen. "
            "Telefon 026-17 84 26, e-post iop.omsorg@gavle.se.",
        ),
    ],
)


# Halmstad: a riktlinje adopted by kommunfullmäktige with the criteria spread as prose over
# numbered chapters (3 Vem kan vara part: två räkenskapsår med revision, trossamfund only without
# förkunnelse; 4 Verksamheten: exclusions and the market; 5 Ekonomi: minst 20 procent, 240
# kronor, högst 50 kronor per tillfälle that do not count as own share; 6 Beslut: 750 000;
# 7 Tider: 31 mars and 30 september, åtta veckor; 8 Utbetalning och uppföljning; 9 Avslut: sex
# månader). Contacts only by referring to the contact page and a functional mailbox.
HALMSTAD_RIKTLINJE = Doc(
    path="corpus/halmstad/halmstad-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap i Halmstads kommun",
    header_left="Halmstads kommun",
    header_right=["Riktlinjer", "Antagna av kommunfullmäktige 2025-06-12, § 87"],
    footer_lines=["Halmstads kommun · Kommunstyrelsens förvaltning · 301 05 Halmstad"],
    author="Kommunstyrelsens förvaltning, Halmstads kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Halmstads kommun"),
        ("small", "Dnr KS 2024/00731. Gäller från 2025-07-01. Ersätter inga tidigare riktlinjer."),
        ("h2", "1 Inledning"),
        (
            "p",
            "Halmstads kommun vill ta vara på den kraft som finns i föreningslivet, i "
            "trossamfunden och i andra idéburna organisationer. Idéburet offentligt partnerskap "
            "(IOP) är en av flera former för samverkan, vid sidan av föreningsbidrag, "
            "evenemangsstöd och upphandling. Riktlinjerna beskriver när kommunen kan ingå ett IOP "
            "och hur det går till.",
        ),
        ("h2", "2 Vad är ett IOP?"),
        (
            "p",
            "Ett IOP är en överenskommelse mellan kommunen och en idéburen organisation om att "
            "under en bestämd tid gemensamt driva en verksamhet som organisationen har tagit "
            "initiativ till. Parterna bidrar båda med resurser, har gemensamma mål och följer "
            "upp arbetet tillsammans. Ett IOP är varken ett bidrag, där kommunen inte har något "
            "inflytande, eller ett köp, där kommunen bestämmer vad som ska levereras.",
        ),
        ("h2", "3 Vem kan vara part?"),
        (
            "p",
            "Kommunen ingår IOP med ideella föreningar och stiftelser. Organisationen ska ha "
            "avslutat minst två räkenskapsår med godkänd revision när idéskissen kommer in, och "
            "den ska ha sitt säte eller en lokal avdelning i Halmstads kommun. Ett trossamfund "
            "kan vara part, men då bara för verksamhet som inte innehåller religiös förkunnelse. "
            "Det gäller på samma sätt partipolitisk verksamhet, som aldrig kan ingå i ett IOP. "
            "Ekonomiska föreningar och aktiebolag kan inte vara part.",
        ),
        ("h2", "4 Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Halmstads kommun, i staden eller i till exempel "
            "Oskarström, Getinge, Harplinge eller Simlångsdalen, och vara öppen för alla i "
            "målgruppen. Kommunen ingår inte IOP om sådant som kommunen har ansvar för enligt "
            "lag, om verksamhet som kommunen redan har upphandlat eller som företag erbjuder på "
            "en marknad, om enstaka evenemang eller om organisationens ordinarie drift. För "
            "evenemang finns i stället evenemangsstöd och för ordinarie drift föreningsbidrag.",
        ),
        ("h2", "5 Ekonomi"),
        (
            "p",
            "Organisationen ska bidra med egna resurser som motsvarar minst 20 procent av "
            "partnerskapets totala kostnad. Ideellt arbete värderas till 240 kronor per timme. "
            "Även egna lokaler, material och insamlade medel räknas. Deltagaravgifter får tas ut "
            "med högst 50 kronor per tillfälle. Avgifterna räknas inte som organisationens egen "
            "insats.",
        ),
        ("h2", "6 Beslut och överenskommelse"),
        (
            "p",
            "Den nämnd som ansvarar för verksamhetsområdet beslutar om IOP upp till 750 000 "
            "kronor per år och partnerskap. Kommunstyrelsen beslutar om större partnerskap och om "
            "partnerskap som berör flera nämnder. Överenskommelsen skrivs för ett till fyra år.",
        ),
        ("h2", "7 Tider"),
        (
            "p",
            "Idéskisser tas emot två gånger per år, senast den 31 mars och senast den 30 "
            "september. Inom åtta veckor efter sista dag får organisationen besked om idén går "
            "vidare till dialog.",
        ),
        ("h2", "8 Utbetalning och uppföljning"),
        (
            "p",
            "Kommunens bidrag betalas ut kvartalsvis i förskott. Parterna har ett "
            "uppföljningsmöte varje halvår. Organisationen lämnar en skriftlig redovisning av "
            "verksamhet och ekonomi senast den 31 mars året efter varje verksamhetsår.",
        ),
        ("h2", "9 Avslut"),
        (
            "p",
            "Båda parter kan säga upp överenskommelsen med sex månaders uppsägningstid. Vid "
            "allvarliga brott mot överenskommelsen kan den avslutas med omedelbar verkan.",
        ),
        ("h2", "10 Frågor"),
        (
            "p",
            "Frågor om IOP besvaras av kommunens utvecklare för civilsamhället. Skriv till "
            "iop@halmstad.se eller se kontaktuppgifterna på halmstad.se/foreningskontakt.",
        ),
    ],
)


# Kalmar: a letterhead letter from omsorgsförvaltningen saying the kommun has no IOP guidelines
# yet, inviting to an information meeting (21 april, anmälan by 14 april) and asking for short
# idea descriptions by 31 maj. The only contacts are a functional mailbox and the växel in the
# footer; signed by a department, no named official, no sidecar.
KALMAR_BREV = Doc(
    path="corpus/kalmar/kalmar-brev-iop-foreningar-2026.pdf",
    title="Till föreningar i Kalmar kommun – idéer om anhörigstöd och ensamhet",
    header_left="KALMAR KOMMUN",
    header_right=["Omsorgsförvaltningen", "2026-03-16"],
    footer_lines=[
        "Kalmar kommun · Omsorgsförvaltningen · Box 611 · 391 26 Kalmar",
        "Växel 0480-45 30 00 · iop@kalmar.se · kalmar.se",
    ],
    author="Omsorgsförvaltningen, Kalmar kommun",
    letterhead=True,
    page_numbers=False,
    blocks=[
        ("bold", "Till föreningar, trossamfund och andra idéburna organisationer i Kalmar kommun"),
        ("h1", "Har ni en idé om stöd till anhöriga eller äldre som är ensamma?"),
        (
            "p",
            "Omsorgsförvaltningen vill gärna höra era idéer. Många av er gör redan mycket för "
            "anhöriga och för äldre som känner sig ensamma – i Lindsdal, Smedby, Rockneby, "
            "Ljungbyholm och på Kvarnholmen. Vi vill undersöka om vi kan göra mer tillsammans, "
            "till exempel genom idéburet offentligt partnerskap (IOP).",
        ),
        (
            "p",
            "Kalmar kommun har i dag inga antagna riktlinjer för IOP. Förvaltningen tar fram ett "
            "förslag under 2026. Därför kan vi i dag inte lova pengar eller säga exakt vilka "
            "villkor som kommer att gälla. Idéerna vi får in hjälper oss att skriva riktlinjer "
            "som passar föreningslivet i Kalmar.",
        ),
        ("h2", "Informationsträff"),
        (
            "p",
            "Välkommen till en informationsträff den 21 april 2026 kl. 18.00–20.00 på Träffpunkt "
            "Lindsdal. Vi berättar hur ett IOP fungerar och vad förvaltningen ser för behov, och "
            "ni får ställa frågor. Vi bjuder på kaffe. Anmäl er senast den 14 april till "
            "iop@kalmar.se och skriv hur många ni blir.",
        ),
        ("h2", "Skicka en kort beskrivning av er idé"),
        (
            "p",
            "Skicka gärna en beskrivning på högst två sidor till iop@kalmar.se senast den 31 maj "
            "2026. Berätta vad ni vill göra, för vilka, var och vad ni själva kan bidra med. Vi "
            "läser allt som kommer in och hör av oss till alla under september 2026.",
        ),
        (
            "p",
            "Har ni frågor går det bra att mejla oss eller ringa kommunens växel och fråga efter "
            "omsorgsförvaltningens avdelning för förebyggande arbete.",
        ),
        ("p", "Varmt välkomna!"),
        (
            "lines",
            [
                "Omsorgsförvaltningen",
                "Avdelningen för förebyggande arbete",
                "Kalmar kommun",
            ],
        ),
    ],
)


# Kalmar: kommunstyrelsen's remissvar on Region Kalmar län's proposal of common starting
# points for IOP in the county. The proposal's numbers (tre år, 20 procent, 500 000 kronor)
# are the region's proposal, and Kalmar argues against two of them; none of it is a rule of
# Kalmar kommun, which says it will write its own guidelines.
KALMAR_REMISSVAR = Doc(
    path="corpus/kalmar/kalmar-remissvar-iop-kalmar-lan.docx",
    title="Yttrande över remissen Gemensamma utgångspunkter för IOP i Kalmar län",
    header_left="Kalmar kommun · Kommunstyrelsen · Yttrande",
    footer_lines=["Kalmar kommun", "Kommunstyrelsen", "Dnr KS 2025/1174"],
    author="Kommunledningskontoret, Kalmar kommun",
    blocks=[
        ("h1", "Yttrande över remissen ”Gemensamma utgångspunkter för idéburet offentligt partnerskap i Kalmar län”"),
        (
            "kv",
            [
                ("Till", "Region Kalmar län, regionala utvecklingsförvaltningen"),
                ("Remissens dnr", "RKL 2025/2231"),
                ("Vårt dnr", "KS 2025/1174"),
                ("Beslut", "Kommunstyrelsen 2026-02-03, § 21"),
            ],
        ),
        ("h2", "Sammanfattning"),
        (
            "p",
            "Kalmar kommun välkomnar att Region Kalmar län vill ta fram gemensamma utgångspunkter "
            "för idéburet offentligt partnerskap i länet. Kommunen ställer sig bakom förslaget i "
            "stort men har synpunkter på kravet på hur länge en organisation ska ha funnits och "
            "på förslaget till gemensam beslutsgräns.",
        ),
        ("h2", "Kommunens synpunkter"),
        ("h3", "Krav på tre års verksamhet"),
        (
            "p",
            "Förslaget innebär att en organisation ska ha bedrivit verksamhet i minst tre år för "
            "att kunna ingå IOP. Kalmar kommun anser att kravet på tre års verksamhet är för "
            "högt. Många nya föreningar, inte minst bland nyanlända och unga, skulle stängas ute. "
            "Kommunen föreslår i stället att organisationen ska ha hållit minst ett årsmöte.",
        ),
        ("h3", "Egen insats"),
        (
            "p",
            "Kalmar kommun tillstyrker att organisationen ska stå för minst 20 procent av "
            "kostnaden, men anser att ideellt arbete ska kunna räknas in fullt ut.",
        ),
        ("h3", "Gemensam beslutsgräns"),
        (
            "p",
            "Kalmar kommun avstyrker förslaget om en gemensam beslutsgräns för nämnder på 500 000 "
            "kronor per år. Vem som beslutar är en fråga för varje kommuns fullmäktige.",
        ),
        ("h3", "Kommunens fortsatta arbete"),
        (
            "p",
            "Kalmar kommun avser att ta fram egna riktlinjer för IOP när de gemensamma "
            "utgångspunkterna har beslutats. Fram till dess prövar kommunen varje idé för sig.",
        ),
        (
            "lines",
            [
                "",
                "För Kalmar kommun",
                "Annelie Vikström Ljung, kommunstyrelsens ordförande",
                "Per-Anders Wiklander, kommundirektör",
            ],
        ),
    ],
)


# Region Västernorrland: a "Frågor och svar" PDF. Criteria as answers: 3 av länets 7 kommuner
# or a länsorganisation; funnits i minst två år with a verksamhetsberättelse; nothing the
# kommuner are responsible for; minst 25 procent with 230 kronor per timme, of which ideellt
# arbete högst hälften; högst 60 kronor per tillfälle; 15 oktober, beslut i april, start 1 juli;
# regionala utvecklingsnämnden up to 1 000 000; 70/30 payment; delrapport 31 januari;
# tre månader. A named strateg with a number. No list of partnerships.
REGION_VN_FAQ = Doc(
    path="corpus/region-vasternorrland/region-vasternorrland-fragor-och-svar-iop.pdf",
    title="Frågor och svar om idéburet offentligt partnerskap med Region Västernorrland",
    header_left="Region Västernorrland",
    header_right=["Regional utveckling", "Frågor och svar", "Version 2, januari 2026"],
    footer_lines=["Region Västernorrland · Regional utveckling · 871 85 Härnösand"],
    author="Regional utveckling, Region Västernorrland",
    blocks=[
        ("h1", "Frågor och svar om idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Här svarar vi på de frågor som organisationer oftast ställer till oss om IOP med "
            "Region Västernorrland. Svaren bygger på regionens riktlinjer för samverkan med "
            "civilsamhället, beslutade av regionfullmäktige i juni 2024.",
        ),
        ("h2", "Vem kan ingå ett IOP med regionen?"),
        (
            "p",
            "Ideella föreningar, stiftelser och registrerade trossamfund som har funnits i minst "
            "två år och kan visa en verksamhetsberättelse och en granskad ekonomisk redovisning "
            "för det senaste året.",
        ),
        ("h2", "Vår förening finns bara i Sundsvall. Kan vi vända oss till regionen?"),
        (
            "p",
            "Nej, inte med ett IOP. Regionen ingår partnerskap om verksamhet som når invånare i "
            "minst 3 av länets 7 kommuner (Härnösand, Kramfors, Sollefteå, Sundsvall, Timrå, Ånge "
            "och Örnsköldsvik), eller med en länsorganisation, till exempel ett distrikt, som är "
            "öppen för hela länet. Finns verksamheten i en eller två kommuner är det kommunen ni "
            "ska kontakta.",
        ),
        ("h2", "Vad kan inte bli ett IOP med regionen?"),
        (
            "p",
            "Sådant som kommunerna ansvarar för, till exempel äldreomsorg, skola, fritidsgårdar "
            "och kommunala bibliotek. Inte heller organisationens ordinarie verksamhet, som i "
            "stället kan få regionens verksamhetsbidrag.",
        ),
        ("h2", "Hur mycket måste vi bidra med själva?"),
        (
            "p",
            "Minst 25 procent av den totala budgeten. Ideellt arbete värderas till 230 kronor per "
            "timme, men det får utgöra högst hälften av den egna insatsen. Resten kan vara egna "
            "pengar, lokaler, material eller bidrag från någon annan än regionen.",
        ),
        ("h2", "Får deltagarna betala något?"),
        ("p", "Ja, men högst 60 kronor per tillfälle. Ingen får stängas ute för att hen inte är medlem."),
        ("h2", "När ska idéskissen vara inne?"),
        (
            "p",
            "Senast den 15 oktober. Under vintern för vi dialog med de organisationer vars idéer "
            "går vidare. Beslut fattas i april och ett partnerskap kan starta tidigast den 1 juli.",
        ),
        ("h2", "Vem beslutar?"),
        (
            "p",
            "Regionala utvecklingsnämnden beslutar om partnerskap upp till 1 000 000 kronor per "
            "år. Större partnerskap beslutas av regionstyrelsen.",
        ),
        ("h2", "Hur betalas pengarna ut?"),
        (
            "p",
            "70 procent betalas ut när överenskommelsen är undertecknad och 30 procent när "
            "regionen har godkänt delrapporten. Delrapporten ska vara inne senast den 31 januari "
            "varje år. En slutrapport lämnas senast tre månader efter att partnerskapet har "
            "upphört.",
        ),
        ("h2", "Kan partnerskapet sägas upp?"),
        ("p", "Ja. Båda parter kan säga upp överenskommelsen med tre månaders uppsägningstid."),
        ("h2", "Vem kan vi prata med?"),
        (
            "p",
            "Maja Edlund, strateg civilsamhälle, telefon 0611-80 47 53, e-post "
            "civilsamhalle@rvn.se.",
        ),
    ],
)


DOCS = [
    LULEA_KF_PROTOKOLL,
    GAVLE_KRITERIER,
    HALMSTAD_RIKTLINJE,
    KALMAR_BREV,
    KALMAR_REMISSVAR,
    REGION_VN_FAQ,
]
