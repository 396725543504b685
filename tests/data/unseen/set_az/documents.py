"""Text of the set_az (development set) documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The twelve documents of the set (four municipalities in Svealand):

Stockholm (Stockholms stad)
  corpus/stockholm/stockholm-riktlinjer-ideburet-offentligt-partnerskap.docx   (below)
      Word guideline adopted by kommunfullmäktige, criteria in running prose (ska / måste /
      krävs / förutsätter / får inte / bör) under Principer, Förutsättningar, Villkor, Avgifter
      och egen insats, with no list: the idea must come from the organisation (else LOU), two
      years with organisationsnummer and in the city's föreningsregister, 25 members, no
      bolag even when an association owns it, högst 500 kronor per deltagare och år, 15
      percent own contribution at 280 kronor per timme, no rent for premises already rented,
      no events or trips; idéskiss all year to iop@stockholm.se, answer in six weeks, nämnd
      up to 1 000 000 kronor per år, one to five years, payment in February and August,
      report by 31 March, six months' notice. No named person. Sidecar.
  corpus/stockholm/stockholm-iop-vanliga-fragor.html
      FAQ page as an HTML accordion (details/summary) repeating the rules in other words,
      with the named IOP coordinator (telefontid tisdagar och torsdagar kl. 9–11) and a
      distractor contact for föreningsbidrag and lokalbokning. No sidecar.
  corpus/stockholm/stockholm-hagersten-alvsjo-sdn-protokollsutdrag-2026-03-19.pdf   (below)
      Protocol extract of Hägersten-Älvsjö stadsdelsnämnd, §§ 14–16 with diarienummer and
      att-satser: one partnership entered (Fruängens Träffpunkt, 420 000 kronor per år,
      2026-05-01–2029-04-30) against a (V) yrkande for 500 000 kronor that lost; one idea
      refused as trips (with a (KD) yrkande that lost), one refused because the applicant
      is an aktiebolag. Only the kontaktcenter in the footer. Sidecar.

Örebro (Örebro kommun)
  corpus/orebro/orebro-kriterier-ideburet-offentligt-partnerskap.docx   (below)
      Word criteria table with three columns (Kriterium / Det här krävs / Det här räknas
      inte): three years with organisationsnummer, 30 members of whom 20 live in the
      municipality, barn och unga 7–20 år or people over 65, the whole activity in Örebro
      kommun, högst 300 kronor per deltagare och termin, own contribution counted only as
      250 hours of volunteer work a year, 30 weeks; process in prose below (15 mars /
      15 september, ten weeks, 750 000 kronor, two to four years, paid once a year in
      January, report 28 februari, three months' notice). Functional mailbox and the
      kontaktcenter only. Sidecar.
  corpus/orebro/orebro-iop-in-english.html
      English page in its own wording (not a translation) with the same rules, the idea
      sketch in Swedish or English, at most three pages, and the named coordinator with
      phone hours plus a föreningsbidrag distractor mailbox. No sidecar.
  corpus/orebro/orebro-pagaende-ideburna-partnerskap.html
      Table of current partnerships (organisation, activity, committee, period, amount per
      year) with a yearly total of 1 345 000 kr, and one ended partnership. Sidecar.

Håbo (Håbo kommun)
  corpus/habo/habo-ideskiss-ideburet-offentligt-partnerskap.docx   (below)
      Word application form (idéskiss) whose rules stand in its boxes: föreningsregister and
      one year with organisationsnummer, 15 members of whom 10 in Håbo, 20 weeks, the whole
      activity in Håbo, högst 100 kronor per månad, 10 percent at 200 kronor per timme, no
      rent for premises already rented, not a purchase (paid in advance in March and
      September), 31 mars / 30 september, nämnd up to 250 000 kronor, one to three years;
      named contact with telefontid. Sidecar.
  corpus/habo/habo-inbjudan-iop-gemenskap-aldre-landsbygd-2026.pdf   (below)
      Letterhead invitation (call for ideas) from socialförvaltningen with its own
      conditions (75 år, Skokloster/Övergran/Krägga, weekly for 36 weeks, skjuts, högst 300
      kronor per termin, 20 percent) and a tidplan; its only contact details are a functional
      mailbox and the växel in the footer; signed by the socialchef without number. No
      sidecar.
  corpus/habo/habo-nyhet-partnerskap-balsta-vantjanst.md
      Markdown news item on a signed partnership (Bålsta Väntjänst, 140 000 kronor per år,
      2026-03-01 to 2029-02-28) with a named officer for that partnership. No sidecar.

Karlstad (Karlstads kommun)
  corpus/karlstad/karlstad-stod-och-samarbete-for-foreningar.html
      Page mixing föreningsbidrag (one year, ten members, 7–25 år — not the IOP rules), IOP
      (the 2022 rules in force: the priority area Rörelse för hälsa that every idea must
      serve, two years, 20 members, 40 kronor per tillfälle, 25 percent at 250 kronor per
      timme, 1 februari / 1 september, 600 000 kronor, kvartalsvis) and upphandling/LOU,
      with three contacts. No sidecar.
  corpus/karlstad/karlstad-riktlinjer-iop-remissversion-2026.pdf   (below)
      Draft out for consultation (remissversion), not in force, with a "Gäller i dag /
      Förslag" table (would add Gemenskap mot ensamhet, one year, 400 kronor per termin,
      20 percent, 280 kronor, 900 000 kronor); remiss by 30 april 2026, in force from
      1 januari 2027 at the earliest; named utredare. Sidecar.
  corpus/karlstad/karlstad-remissvar-seniorernas-samverkansrad-2026.txt
      An association council's consultation response (remissvar) in plain text demanding
      10 percent, 320 kronor per timme, no fee cap and six months; not the municipality's
      rules. Sidecar.

Block kinds and fields: see ``Doc`` in ``../build.py``.
"""

Doc = dict  # the fields of build.py's Doc


# Stockholm: Word guideline adopted by kommunfullmäktige, all in running prose (no lists) under
# Principer / Förutsättningar / Villkor / Avgifter och egen insats; process, decision limit,
# payment months, reporting, notice. Only iop@stockholm.se and the kontaktcenter. Sidecar.
STOCKHOLM_RIKTLINJER = Doc(
    path="corpus/stockholm/stockholm-riktlinjer-ideburet-offentligt-partnerskap.docx",
    title="Riktlinjer för idéburet offentligt partnerskap i Stockholms stad",
    header_left="Stockholms stad · Stadsledningskontoret",
    footer_lines=["Stockholms stad, Stadsledningskontoret, 105 35 Stockholm · Kontaktcenter 08-508 10 00 · Dnr KS 2025/0412"],
    author="Stadsledningskontoret, Stockholms stad",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Stockholms stad"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunfullmäktige 2025-05-12, § 14"),
                ("Diarienummer", "KS 2025/0412"),
                ("Gäller från", "2025-07-01"),
                ("Dokumentansvarig", "Stadsledningskontoret"),
                ("Gäller för", "Samtliga nämnder, inklusive stadsdelsnämnderna"),
            ],
        ),
        ("h2", "Inledning"),
        (
            "p",
            "Stockholms stad samverkar med det civila samhället på många sätt. Idéburet offentligt "
            "partnerskap (IOP) är en av formerna. Riktlinjerna beskriver när staden kan ingå ett "
            "sådant partnerskap och vad som då gäller för den idéburna organisationen och för "
            "staden. Föreningsbidrag och upphandling regleras i andra styrdokument.",
        ),
        ("h2", "Principer"),
        (
            "p",
            "Ett partnerskap förutsätter att initiativet kommer från den idéburna organisationen "
            "och att båda parter bidrar till verksamheten. När staden själv har bestämt vad som "
            "ska göras och vill köpa en tjänst gäller i stället lagen om offentlig upphandling "
            "(LOU), och då kan ett partnerskap inte komma i fråga. Organisationen ska behålla sitt "
            "oberoende och sin rätt att granska och kritisera staden. Parterna ska ha en öppen "
            "dialog och följa upp verksamheten tillsammans. Partnerskapet bör bidra till något av "
            "de mål som kommunfullmäktige har satt i stadens budget, men det är inget krav.",
        ),
        ("h2", "Förutsättningar för organisationen"),
        (
            "p",
            "Partner kan vara en ideell förening, en stiftelse eller ett registrerat trossamfund. "
            "Aktiebolag och andra bolag får inte vara part i ett partnerskap, inte heller när "
            "bolaget ägs av en ideell förening. Politiska partier och deras sidoorganisationer får "
            "inte heller vara part.",
        ),
        (
            "p",
            "Organisationen måste ha haft eget organisationsnummer i minst två år den dag "
            "idéskissen kommer in till staden, och den ska vara registrerad i stadens "
            "föreningsregister. Tid då organisationen verkade som nätverk eller studiecirkel utan "
            "organisationsnummer räknas inte in. Det krävs att en förening har minst 25 "
            "medlemmar. En stiftelse eller ett trossamfund som saknar medlemmar ska i stället "
            "visa att minst 25 personer deltar regelbundet i arbetet.",
        ),
        (
            "p",
            "Organisationen ska ha ordnad ekonomi och får inte ha skulder hos Kronofogden eller "
            "Skatteverket. Den ska kunna visa stadgar, det senaste årsmötesprotokollet och den "
            "senaste verksamhetsberättelsen.",
        ),
        ("h2", "Villkor för verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas inom Stockholms stad och vara öppen för alla i den "
            "målgrupp den vänder sig till. Den får inte förutsätta att deltagarna är medlemmar i "
            "organisationen. Verksamheten bör vara tillgänglig för personer med "
            "funktionsnedsättning.",
        ),
        (
            "p",
            "Partnerskapet får inte avse verksamhet som staden är skyldig att ge enligt lag, till "
            "exempel hemtjänst eller skolundervisning, och inte heller enstaka evenemang, "
            "festivaler eller resor. Partnerskapets medel får inte användas till hyra för lokaler "
            "som organisationen redan hyr för sin ordinarie verksamhet. Samma kostnad får inte "
            "finansieras både genom föreningsbidrag och genom ett partnerskap.",
        ),
        ("h2", "Avgifter och egen insats"),
        (
            "p",
            "Deltagarna får betala avgift, men alla avgifter räknas ihop och får sammanlagt vara "
            "högst 500 kronor per deltagare och år. Fika som säljs till självkostnadspris räknas "
            "inte som avgift.",
        ),
        (
            "p",
            "Organisationen ska stå för minst 15 procent av verksamhetens totala kostnad. Den "
            "egna insatsen kan bestå av pengar, lokal, material eller ideellt arbete. Ideellt "
            "arbete värderas till 280 kronor per timme. Timmar som någon får lön eller arvode för "
            "räknas inte som egen insats.",
        ),
        ("h2", "Idéskiss, dialog och beslut"),
        (
            "p",
            "Organisationen beskriver sin idé i en idéskiss och skickar den till "
            "iop@stockholm.se. Staden tar emot idéskisser löpande under hela året. "
            "Stadsledningskontoret lämnar besked inom sex veckor om idén går vidare till dialog "
            "med den förvaltning som verksamheten hör till.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till, till exempel en stadsdelsnämnd eller "
            "äldrenämnden, beslutar om partnerskap där stadens del är högst 1 000 000 kronor per "
            "år. Är stadens del större beslutar kommunstyrelsen. En överenskommelse ingås för "
            "minst ett och högst fem år. Staden betalar ut sin del två gånger per år, i februari "
            "och i augusti.",
        ),
        ("h2", "Uppföljning och uppsägning"),
        (
            "p",
            "Organisationen ska lämna verksamhetsberättelse och ekonomisk redovisning för "
            "partnerskapet senast 31 mars varje år. Parterna träffas minst en gång per halvår för "
            "gemensam uppföljning. Vardera parten kan säga upp överenskommelsen med sex månaders "
            "uppsägningstid. Bedrivs verksamheten inte så som parterna har kommit överens om får "
            "staden kräva tillbaka medel som inte har använts.",
        ),
    ],
)


# Stockholm: protokollsutdrag från Hägersten-Älvsjö stadsdelsnämnd 2026-03-19, §§ 14–16.
# § 14 yes (Fruängens Träffpunkt, 420 000 kronor per år) with a (V) yrkande for 500 000 that
# lost; § 15 no (Älvsjö Seniorresor: bus trips) with a (KD) yrkande that lost; § 16 no
# (Liljeholmens Kulturhus AB: a company owned by an association). Only the kontaktcenter.
STOCKHOLM_PROTOKOLL = Doc(
    path="corpus/stockholm/stockholm-hagersten-alvsjo-sdn-protokollsutdrag-2026-03-19.pdf",
    title="Hägersten-Älvsjö stadsdelsnämnd – protokollsutdrag 2026-03-19 §§ 14–16",
    header_left="STOCKHOLMS STAD",
    header_right=["Hägersten-Älvsjö stadsdelsnämnd", "Protokoll 4/2026, 2026-03-19", "Utdrag"],
    footer_lines=[
        "Stockholms stad · Hägersten-Älvsjö stadsdelsförvaltning · Kontaktcenter 08-508 10 00 · start.stockholm",
        "Justerandes sign: AKH, PRL          Utdragsbestyrkande: SV",
    ],
    author="Hägersten-Älvsjö stadsdelsförvaltning, Stockholms stad",
    blocks=[
        ("h1", "Protokollsutdrag"),
        (
            "kv",
            [
                ("Organ", "Hägersten-Älvsjö stadsdelsnämnd"),
                ("Tid och plats", "Torsdagen den 19 mars 2026 kl. 18.30–20.15, Sammanträdesrummet Telefonplan"),
                ("Ordförande", "Anna Karin Hedlund"),
                ("Justerare", "Per Rönnlund"),
                ("Sekreterare", "Sara Vinberg"),
                ("Justerat", "2026-03-24"),
                ("Paragrafer", "14–16"),
            ],
        ),
        ("h2", "§ 14  Idéburet offentligt partnerskap med Föreningen Fruängens Träffpunkt"),
        ("bold", "Dnr HÄ 2025/1187"),
        ("h3", "Beslut"),
        ("p", "Hägersten-Älvsjö stadsdelsnämnd beslutar"),
        (
            "lines",
            [
                "att ingå ett idéburet offentligt partnerskap med Föreningen Fruängens Träffpunkt "
                "om Seniorträffen i Fruängen enligt förvaltningens förslag till överenskommelse,",
                "att nämndens del är 420 000 kronor per år under perioden 2026-05-01–2029-04-30, "
                "och",
                "att uppdra åt stadsdelsdirektören att underteckna överenskommelsen.",
            ],
        ),
        ("h3", "Ärendet"),
        (
            "p",
            "Föreningen lämnade en idéskiss till staden i oktober 2025. Föreningen har haft "
            "organisationsnummer sedan 2017, är registrerad i stadens föreningsregister och har "
            "88 medlemmar. Seniorträffen ska ha öppet tre dagar i veckan i en nyhyrd lokal vid "
            "Fruängens centrum, med lunchgrupp, promenader och hjälp med mobil och dator för "
            "personer som har fyllt 65 år. Deltagarna betalar 200 kronor per termin. Föreningens "
            "egen insats motsvarar 22 procent av kostnaden. Förvaltningen bedömer att "
            "riktlinjerna för idéburet offentligt partnerskap är uppfyllda.",
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Ordföranden Anna Karin Hedlund (M) yrkar bifall till förvaltningens förslag. Lisa "
            "Åberg Nyström (V) yrkar att nämndens del ska vara 500 000 kronor per år.",
        ),
        ("h3", "Propositionsordning"),
        (
            "p",
            "Ordföranden ställer proposition på förvaltningens förslag och på Lisa Åberg "
            "Nyströms yrkande och finner att nämnden har beslutat enligt förvaltningens förslag.",
        ),
        ("h3", "Reservation"),
        ("p", "Lisa Åberg Nyström (V) reserverar sig mot beslutet till förmån för eget yrkande."),
        ("h2", "§ 15  Idéskiss från föreningen Älvsjö Seniorresor"),
        ("bold", "Dnr HÄ 2025/1203"),
        ("h3", "Beslut"),
        ("p", "Hägersten-Älvsjö stadsdelsnämnd beslutar"),
        ("lines", ["att inte ingå idéburet offentligt partnerskap med föreningen Älvsjö Seniorresor."]),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Idéskissen gäller sex bussresor per år till sevärdheter i Mälardalen för äldre i "
            "stadsdelsområdet. Enligt stadens riktlinjer för idéburet offentligt partnerskap får "
            "ett partnerskap inte avse resor eller enstaka evenemang. Förvaltningen har berättat "
            "för föreningen om stadsdelsnämndens föreningsbidrag.",
        ),
        ("h3", "Yrkanden"),
        (
            "p",
            "Erik Sandahl Lind (KD) yrkar att nämnden ska ingå partnerskap med föreningen. "
            "Ordföranden yrkar bifall till förvaltningens förslag.",
        ),
        ("h3", "Propositionsordning"),
        (
            "p",
            "Ordföranden ställer proposition på förvaltningens förslag och på Erik Sandahl Linds "
            "yrkande och finner att nämnden har beslutat enligt förvaltningens förslag.",
        ),
        ("h2", "§ 16  Idéskiss från Liljeholmens Kulturhus AB"),
        ("bold", "Dnr HÄ 2026/0098"),
        ("h3", "Beslut"),
        ("p", "Hägersten-Älvsjö stadsdelsnämnd beslutar"),
        ("lines", ["att inte ingå idéburet offentligt partnerskap med Liljeholmens Kulturhus AB."]),
        ("h3", "Skäl för beslutet"),
        (
            "p",
            "Idéskissen gäller en föreläsningsserie för seniorer i Liljeholmen. Sökande är ett "
            "aktiebolag som helt ägs av Föreningen Liljeholmens Kulturvänner. Enligt stadens "
            "riktlinjer kan ett bolag inte vara part i ett partnerskap, inte heller när det ägs "
            "av en ideell förening. Föreningen är välkommen att själv lämna en idéskiss.",
        ),
        ("small", "Vid protokollet: Sara Vinberg, nämndsekreterare"),
        ("small", "Justerat 2026-03-24: Anna Karin Hedlund, ordförande · Per Rönnlund, justerare"),
        ("small", "Utdraget bestyrks: Sara Vinberg"),
    ],
)


# Örebro: Word criteria table with a column of what does not count; own contribution only in
# hours; process in prose below the table; only iop@orebro.se and the kontaktcenter. Sidecar.
OREBRO_KRITERIER = Doc(
    path="corpus/orebro/orebro-kriterier-ideburet-offentligt-partnerskap.docx",
    title="Kriterier för idéburet offentligt partnerskap – Örebro kommun",
    header_left="Örebro kommun · Kommunledningsförvaltningen",
    footer_lines=["Örebro kommun, Box 30000, 701 35 Örebro · Kontaktcenter 019-16 70 00 · orebro.se"],
    author="Kommunledningsförvaltningen, Örebro kommun",
    blocks=[
        ("h1", "Kriterier för idéburet offentligt partnerskap"),
        (
            "kv",
            [
                ("Beslutad av", "Kommunstyrelsen 2025-09-09, § 187"),
                ("Diarienummer", "Ks 1322/2025"),
                ("Gäller från", "2025-10-01"),
                ("Ansvarig förvaltning", "Kommunledningsförvaltningen"),
            ],
        ),
        (
            "p",
            "Örebro kommun ingår idéburna offentliga partnerskap (IOP) med organisationer som har "
            "en egen idé om en verksamhet som kommunen också vill bidra till. Varje idéskiss "
            "bedöms mot kriterierna i tabellen. Samtliga kriterier ska vara uppfyllda. I den "
            "högra kolumnen står det som inte räknas när kommunen bedömer ett kriterium.",
        ),
        (
            "table",
            (22, 40, 38),
            [
                ("Kriterium", "Det här krävs", "Det här räknas inte"),
                (
                    "Organisation",
                    "Ideell förening, stiftelse eller registrerat trossamfund som finns i Örebro "
                    "kommuns föreningsregister.",
                    "Aktiebolag, ekonomiska föreningar och bolag som ägs av en förening. Nätverk "
                    "och grupper utan organisationsnummer.",
                ),
                (
                    "Hur länge organisationen har funnits",
                    "Eget organisationsnummer i minst tre år den dag idéskissen kommer in.",
                    "Tid då gruppen träffades som nätverk, studiecirkel eller liknande utan "
                    "organisationsnummer.",
                ),
                (
                    "Medlemmar",
                    "Minst 30 medlemmar, varav minst 20 bor i Örebro kommun.",
                    "Stödmedlemmar och hedersmedlemmar.",
                ),
                (
                    "Målgrupp",
                    "Barn och unga 7–20 år eller personer som har fyllt 65 år.",
                    "Verksamhet som i första hand vänder sig till vuxna 21–64 år.",
                ),
                (
                    "Plats",
                    "Hela verksamheten bedrivs i Örebro kommun, till exempel i Vivalla, "
                    "Baronbackarna, Brickebacken, Glanshammar, Odensbacken eller Garphyttan.",
                    "Verksamhet som helt eller delvis äger rum i en annan kommun, till exempel "
                    "Kumla eller Lekeberg.",
                ),
                (
                    "Öppenhet",
                    "Alla i målgruppen kan delta, även de som inte är medlemmar i organisationen.",
                    "Aktiviteter som bara är öppna för organisationens egna medlemmar.",
                ),
                (
                    "Avgifter",
                    "Högst 300 kronor per deltagare och termin, alla avgifter inräknade.",
                    "Fika som säljs till självkostnadspris räknas inte som avgift.",
                ),
                (
                    "Egen insats",
                    "Minst 250 timmar ideellt arbete per år i verksamheten. Kommunen räknar den "
                    "egna insatsen i timmar, inte i procent.",
                    "Pengar, lokal och material räknas inte in i de 250 timmarna. Timmar som "
                    "någon får lön eller arvode för.",
                ),
                (
                    "Verksamhetens omfattning",
                    "Verksamheten pågår minst 30 veckor per år.",
                    "Enstaka evenemang, resor och läger.",
                ),
                (
                    "Verksamhetens art",
                    "En ny verksamhet eller en tydlig utveckling av en befintlig verksamhet.",
                    "Uppgifter som kommunen ska utföra enligt lag. Organisationens ordinarie "
                    "verksamhet som redan får föreningsbidrag.",
                ),
            ],
        ),
        ("h2", "Idéskiss och beslut"),
        (
            "p",
            "Idéskisser tas emot två gånger per år: senast 15 mars och senast 15 september. "
            "Skicka idéskissen till iop@orebro.se. Kommunledningsförvaltningen lämnar besked inom "
            "tio veckor efter sista dag om idén går vidare till dialog.",
        ),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 750 000 kronor per år. Större partnerskap beslutar kommunstyrelsen om. Ett "
            "partnerskap ingås för två till fyra år. Kommunen betalar ut sin del en gång per år, i "
            "januari.",
        ),
        ("h2", "Uppföljning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsrapport med redovisning av de ideella timmarna "
            "senast 28 februari varje år. Vardera parten kan säga upp överenskommelsen med tre "
            "månaders uppsägningstid.",
        ),
        ("small", "Frågor om kriterierna: iop@orebro.se eller Örebro kommuns kontaktcenter, 019-16 70 00."),
    ],
)


# Håbo: Word idéskiss form; the rules stand in the framed box under each heading (register and
# one year, 15/10 members, 20 weeks, whole activity in Håbo, 100 kronor per månad, 10 percent at
# 200 kronor, no existing rent, not a purchase, payment March/September); deadlines, decision
# limit, agreement length and a named contact at the end. Sidecar.
HABO_IDESKISS = Doc(
    path="corpus/habo/habo-ideskiss-ideburet-offentligt-partnerskap.docx",
    title="Idéskiss – idéburet offentligt partnerskap med Håbo kommun",
    header_left="Håbo kommun · Kommunledningsförvaltningen",
    footer_lines=["Blankett Idéskiss IOP, version 2025-11 · Håbo kommun, 746 80 Bålsta · Kontaktcenter 0171-47 60 00"],
    author="Kommunledningsförvaltningen, Håbo kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Med den här blanketten beskriver er organisation en idé som ni vill genomföra "
            "tillsammans med Håbo kommun. Läs rutan under varje rubrik innan ni fyller i. I rutan "
            "står det som måste vara uppfyllt för att idén ska kunna gå vidare till dialog.",
        ),
        ("h2", "1. Organisationen"),
        (
            "box",
            "Partnerskap kan ingås med en ideell förening, en stiftelse eller ett registrerat "
            "trossamfund som finns i Håbo kommuns föreningsregister och har haft "
            "organisationsnummer i minst ett år. En förening ska ha minst 15 medlemmar, varav "
            "minst 10 folkbokförda i Håbo kommun.",
        ),
        (
            "kv",
            [
                ("Organisationens namn", "………………………………"),
                ("Organisationsnummer och datum då det tilldelades", "………………………………"),
                ("Antal medlemmar / varav folkbokförda i Håbo", "………………………………"),
                ("Kontaktperson, telefon och e-post", "………………………………"),
            ],
        ),
        ("h2", "2. Idén och verksamheten"),
        (
            "box",
            "Verksamheten ska pågå regelbundet under minst 20 veckor per år och vara öppen för "
            "alla i målgruppen, även för dem som inte är medlemmar. Evenemang, resor, "
            "föreningens vanliga medlemsaktiviteter och sådant som kommunen ska göra enligt lag, "
            "till exempel hemtjänst eller skolans undervisning, kan inte bli ett partnerskap.",
        ),
        ("p", "Beskriv idén, vilka ni vill nå och hur ofta verksamheten ska pågå. ………………………………"),
        ("h2", "3. Plats"),
        (
            "box",
            "Hela verksamheten ska bedrivas i Håbo kommun, till exempel i Bålsta, Skokloster, "
            "Övergran eller Krägga.",
        ),
        ("p", "Var ska verksamheten finnas? ………………………………"),
        ("h2", "4. Avgifter"),
        (
            "box",
            "Deltagarna får betala högst 100 kronor per månad, fika och material inräknat.",
        ),
        ("p", "Vad ska deltagarna betala? ………………………………"),
        ("h2", "5. Budget och egen insats"),
        (
            "box",
            "Organisationen ska stå för minst 10 procent av den totala kostnaden, i pengar, "
            "lokal, material eller ideellt arbete. Ideellt arbete räknas med 200 kronor per "
            "timme. Kommunens del får inte gå till hyra för en lokal som organisationen redan "
            "hyr. Kommunens del kan vara högst 300 000 kronor per år.",
        ),
        (
            "box",
            "Ett partnerskap är inte ett köp av tjänster. Kommunens del är inte ersättning för "
            "utförda prestationer utan betalas ut i förskott två gånger per år, i mars och i "
            "september.",
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
        ("h2", "6. Bilagor"),
        (
            "box",
            "Bifoga stadgar, det senaste årsmötesprotokollet, den senaste "
            "verksamhetsberättelsen och registreringsbevis. En idéskiss utan bilagor prövas inte.",
        ),
        ("h2", "Så skickar ni idéskissen"),
        (
            "p",
            "Skicka idéskissen med bilagor till iop@habo.se. Idéskisser som har kommit in senast "
            "31 mars behandlas i juni, och idéskisser som har kommit in senast 30 september "
            "behandlas i december. Den nämnd som verksamheten hör till beslutar om partnerskap där "
            "kommunens del är högst 250 000 kronor per år. Större partnerskap beslutar "
            "kommunstyrelsen om.",
        ),
        (
            "p",
            "Ett partnerskap gäller i ett till tre år. Organisationen redovisar verksamheten "
            "senast 31 januari varje år. Vardera parten kan säga upp överenskommelsen med två "
            "månaders uppsägningstid.",
        ),
        (
            "p",
            "Frågor om blanketten: Lena Forsgren Abdi, föreningsutvecklare, "
            "kommunledningsförvaltningen, telefon 0171-47 63 25, telefontid måndagar och onsdagar "
            "kl. 10–12.",
        ),
    ],
)


# Håbo: letterhead invitation (call for ideas) from socialförvaltningen; its own conditions
# (75 år, Skokloster/Övergran/Krägga, weekly 36 weeks, skjuts, 300 kronor per termin, 20
# percent), budget, tidplan. Only contacts: iop.social@habo.se and the växel in the footer.
# Signed by the socialchef without number. No sidecar.
HABO_INBJUDAN = Doc(
    path="corpus/habo/habo-inbjudan-iop-gemenskap-aldre-landsbygd-2026.pdf",
    title="Inbjudan: idéburet offentligt partnerskap för gemenskap bland äldre på landsbygden",
    header_left="Håbo kommun",
    header_right=["Socialförvaltningen", "2026-03-10", "Dnr SN 2026/31"],
    footer_lines=[
        "Håbo kommun · Socialförvaltningen · 746 80 Bålsta",
        "Växel 0171-47 60 00 · iop.social@habo.se · www.habo.se",
    ],
    author="Socialförvaltningen, Håbo kommun",
    letterhead=True,
    blocks=[
        ("p", "Till föreningar, stiftelser och trossamfund i Håbo"),
        ("h1", "Inbjudan att lämna idéskiss: gemenskap bland äldre på landsbygden"),
        (
            "p",
            "Många äldre i de norra delarna av Håbo har långt till närmaste mötesplats, och "
            "bussarna går sällan. Socialnämnden vill därför ingå idéburna offentliga partnerskap "
            "med organisationer som vill skapa regelbundna träffar för äldre i Skokloster, "
            "Övergran och Krägga. Vi bjuder nu in er att lämna en idéskiss.",
        ),
        ("h2", "Pengar i denna inbjudan"),
        (
            "p",
            "Socialnämnden avsätter 400 000 kronor per år under 2026–2028. En organisation kan få "
            "högst 200 000 kronor per år.",
        ),
        ("h2", "Villkor för idéer i denna inbjudan"),
        (
            "p",
            "Kommunens vanliga villkor för partnerskap gäller. För idéer i denna inbjudan gäller "
            "dessutom följande, och där villkoren skiljer sig åt gäller villkoren i inbjudan.",
        ),
        (
            "ol",
            [
                "Träffarna vänder sig till personer som har fyllt 75 år och bor i Skokloster, "
                "Övergran eller Krägga.",
                "Träffarna äger rum minst en gång i veckan under minst 36 veckor per år.",
                "Organisationen ordnar skjuts till och från träffarna för den som inte kan ta sig "
                "dit på egen hand.",
                "Deltagarna betalar högst 300 kronor per termin, mat och skjuts inräknade.",
                "Organisationen står för minst 20 procent av kostnaden.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (45, 55),
            [
                ("När", "Vad"),
                ("14 april 2026 kl. 14.00", "Informationsträff i Skoklosters bibliotek. Ingen anmälan behövs."),
                ("15 maj 2026", "Sista dag att lämna idéskiss"),
                ("25 maj–5 juni 2026", "Dialogmöten med de organisationer vars idéer går vidare"),
                ("24 juni 2026", "Socialnämnden beslutar om partnerskap"),
                ("1 september 2026", "Partnerskapen startar"),
                ("31 augusti 2028", "Partnerskapen upphör"),
            ],
        ),
        ("h2", "Så lämnar ni idéskissen"),
        (
            "p",
            "Använd kommunens blankett för idéskiss och beskriv också hur ni ordnar skjuts. "
            "Skicka idéskissen till iop.social@habo.se. Har ni frågor om inbjudan kan ni mejla "
            "samma adress eller ringa kommunens växel och be att få tala med någon om inbjudan.",
        ),
        ("p", "Vi ser fram emot era idéer!"),
        ("lines", ["Maria Nordin Ekholm", "Socialchef"]),
    ],
)


# Karlstad: the draft guideline out for consultation (remissversion); a box saying it is not
# adopted and that the 2022 guideline applies; a "Gäller i dag / Förslag" table; remiss
# deadline, expected decision, contact. Sidecar.
KARLSTAD_REMISS = Doc(
    path="corpus/karlstad/karlstad-riktlinjer-iop-remissversion-2026.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap – remissversion 2026",
    header_left="Karlstads kommun",
    header_right=["Kommunledningsförvaltningen", "REMISSVERSION 2026-02-16", "KS-2026-0187"],
    footer_lines=["Karlstads kommun · 651 84 Karlstad · Kontaktcenter 054-29 50 00 · karlstad.se"],
    author="Kommunledningsförvaltningen, Karlstads kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap i Karlstads kommun"),
        ("bold", "Förslag – remissversion"),
        (
            "box",
            "REMISSVERSION. Förslaget är inte beslutat. Tills kommunfullmäktige har beslutat om "
            "nya riktlinjer gäller de riktlinjer för idéburet offentligt partnerskap som "
            "kommunfullmäktige antog 2022-09-22.",
        ),
        ("h2", "Om remissen"),
        (
            "p",
            "Kommunstyrelsen har gett kommunledningsförvaltningen i uppdrag att se över "
            "riktlinjerna för idéburet offentligt partnerskap. Många föreningar har efterfrågat "
            "partnerskap om gemenskap och ensamhet, och flera har tyckt att avgiftsregeln är "
            "krånglig. Förslaget skickas nu på remiss till föreningar, nämnder och råd.",
        ),
        (
            "p",
            "Lämna remissvar senast 30 april 2026 till kommunstyrelsen@karlstad.se och ange "
            "diarienummer KS-2026-0187. Kommunfullmäktige väntas besluta i november 2026. De nya "
            "riktlinjerna föreslås gälla från 1 januari 2027.",
        ),
        ("h2", "Föreslagna förändringar"),
        (
            "table",
            (28, 36, 36),
            [
                ("Område", "Gäller i dag (2022)", "Förslag"),
                ("Prioriterat område", "Rörelse för hälsa", "Rörelse för hälsa eller Gemenskap mot ensamhet"),
                ("Hur länge organisationen har funnits", "Minst två år", "Minst ett år"),
                ("Avgifter för deltagare", "Högst 40 kronor per tillfälle", "Högst 400 kronor per deltagare och termin"),
                ("Egen insats", "Minst 25 procent", "Minst 20 procent"),
                ("Värde av en ideell timme", "250 kronor", "280 kronor"),
                ("Beslut i nämnd", "Upp till 600 000 kronor per år", "Upp till 900 000 kronor per år"),
            ],
        ),
        ("h2", "Förslag till nya riktlinjer i sammandrag"),
        ("h3", "Prioriterade områden"),
        (
            "p",
            "Varje partnerskap ska bidra till något av kommunens prioriterade områden för IOP. "
            "Förslaget är att området Gemenskap mot ensamhet läggs till bredvid Rörelse för hälsa, "
            "så att även till exempel samtalsgrupper, kulturcaféer och bokcirklar för ensamma "
            "äldre kan bli partnerskap.",
        ),
        ("h3", "Organisationen"),
        (
            "p",
            "En ideell förening, en stiftelse eller ett registrerat trossamfund som finns i "
            "kommunens föreningsregister och har funnits i minst ett år. Kravet på minst 20 "
            "medlemmar föreslås vara kvar.",
        ),
        ("h3", "Avgifter och egen insats"),
        (
            "p",
            "Avgiften föreslås räknas per termin i stället för per tillfälle, med högst 400 kronor "
            "per deltagare och termin. Organisationen ska stå för minst 20 procent av kostnaden, "
            "och en ideell timme föreslås värderas till 280 kronor.",
        ),
        ("h3", "Beslut"),
        (
            "p",
            "Nämnden som verksamheten hör till föreslås få besluta om partnerskap upp till "
            "900 000 kronor per år. Avtalstiden är som i dag två till fyra år.",
        ),
        ("h2", "Frågor om remissen"),
        (
            "p",
            "Oskar Lindahl Berisha, utredare, kommunledningsförvaltningen, telefon 054-29 55 62, "
            "e-post oskar.lindahl.berisha@karlstad.se.",
        ),
        ("h3", "Remissinstanser"),
        (
            "ul",
            [
                "Samtliga nämnder",
                "Kommunala pensionärsrådet",
                "Rådet för funktionshinderfrågor",
                "Seniorernas samverkansråd i Karlstad",
                "Föreningar i kommunens föreningsregister",
            ],
        ),
    ],
)


DOCS: list[dict] = [
    STOCKHOLM_RIKTLINJER,
    STOCKHOLM_PROTOKOLL,
    OREBRO_KRITERIER,
    HABO_IDESKISS,
    HABO_INBJUDAN,
    KARLSTAD_REMISS,
]
