"""Text of the set_av documents that are PDF and Word files.

`../build.py` renders these into ``corpus/``; edit here, then run
``.venv/bin/python tests/data/unseen/build.py --check``.

All content is invented: the municipality names are real, the people, numbers,
addresses, decisions and partnerships are not.

The twelve documents of the set (six municipalities, two documents each):

Mark
  corpus/mark/mark-riktlinjer-iop.pdf  (here; sidecar)
      Guidelines adopted by kommunfullmäktige; the criteria as running prose under
      "3 Förutsättningar" (ska / måste / krävs / förutsätter / får inte): registered at
      Skatteverket for minst tre år (the registration date counts, not the founding),
      minst 15 medlemmar of whom half folkbokförda i Mark, three prioritised areas, no
      religious or party-political content, fees free for under 18 and högst 300 kronor per
      termin otherwise, minst 20 procent with 220 kronor per timme. Two deadlines a year,
      a nämnd up to 400 000 kronor, two to four years. No named person.
  corpus/mark/mark-nyhet-fredag-i-skene.md  (ordinary file, no sidecar)
      A news item exported from the website as Markdown: a new partnership with Skene IF,
      a list of the kommun's other partnerships, next deadline and the IOP contact person.
      Cookie line, breadcrumbs, "Senast uppdaterad".

Lilla Edet
  corpus/lilla-edet/lilla-edet-utlysning-sprak-och-gemenskap-2026.docx  (here; sidecar)
      A call for proposals (utlysning) whose own conditions override the general ones
      (founded by 31 mars 2025, adults who have lived in Sweden högst fem år, completely
      free even fika, minst 40 veckor per år, minst 10 procent), a timetable table, a named
      contact for the call.
  corpus/lilla-edet/lilla-edet-information-iop-till-foreningar.pdf  (here; no sidecar)
      A letterhead letter to all associations summarising the general IOP rules (two years,
      föreningsregistret, 20 members, 50 kronor per tillfälle, 15 procent, 210 kronor).
      Signed by a chef without a number; the only contact details are the functional
      mailbox and the switchboard in the footer.

Munkedal
  corpus/munkedal/munkedal-protokollsutdrag-valfardsnamnden-2026-02-18.pdf  (here; sidecar)
      Extract of välfärdsnämnden's minutes with § numbers and diarienummer: § 14 yes
      (Hedekas, 95 000 kronor), § 15 no (läxhjälp during school hours, paid per pupil),
      § 16 no (too new, 8 procent), with reasons.
  corpus/munkedal/munkedal-ideskiss-iop.docx  (here; no sidecar)
      An application form (idéskiss) whose rules stand in framed boxes above each part
      (säte i Munkedal, two years and two årsmöten, 100 kronor per månad with food at
      cost not counted, 15 procent, 200 kronor per timme, 150 000 kronor), contact in the
      form.

Härryda
  corpus/harryda/harryda-villkor-iop.html  (ordinary file, no sidecar)
      Criteria as an HTML table with a column "Det här räknas inte" (18 months, 12 paying
      members, family membership counts as one, 500 kronor per termin, 25 procent with
      250 kronor per timme, fees and paid time do not count). Cookie banner, menu,
      "Senast uppdaterad".
  corpus/harryda/harryda-iop-in-english.html  (ordinary file; sidecar)
      The English page summarising the same rules, saying the Swedish page applies.

Staffanstorp
  corpus/staffanstorp/staffanstorp-iop-fragor-och-svar.html  (ordinary file; sidecar)
      FAQ page as an HTML accordion with the rules in force (one year, 10 members, 40
      kronor per tillfälle, 10 procent, one deadline 1 april), and a question on the
      proposal that was out for consultation and is not decided.
  corpus/staffanstorp/staffanstorp-remissvar-hjarups-seniorforening.txt  (no sidecar)
      An association's consultation response (remissvar) on the proposed new rules (three
      years, 20 procent, 260 kronor, 60 kronor per tillfälle, two deadlines): neither the
      association's nor the proposal's numbers are rules. Signed by the chair with a
      private phone number.

Burlöv
  corpus/burlov/burlov-foreningsbidrag-iop-upphandling.html  (ordinary file, no sidecar)
      A page mixing föreningsbidrag, IOP and LOU, with a comparison table, the IOP
      conditions as a list (two years, 25 members of whom 15 in Burlöv, 150 kronor per
      månad, 20 procent with 230 kronor, belastningsregistret) and three different
      contacts.
  corpus/burlov/burlov-iop-forteckning-2026.docx  (here; sidecar)
      A table of current, decided and ended partnerships with a total, and notes.
"""

Doc = dict  # the fields of build.py's Doc


# --------------------------------------------------------------------------------------
# Mark
# --------------------------------------------------------------------------------------

MARK_RIKTLINJER = Doc(
    path="corpus/mark/mark-riktlinjer-iop.pdf",
    title="Riktlinjer för idéburet offentligt partnerskap (IOP) i Marks kommun",
    header_left="Marks kommun",
    header_right=["Riktlinjer för idéburet offentligt partnerskap", "Dnr KS 2025/412"],
    footer_lines=[
        "Marks kommun · Kommunstyrelsens förvaltning · 511 80 Kinna · "
        "Växel 0320-21 80 00 · kommun@mark.se"
    ],
    author="Kommunstyrelsens förvaltning, Marks kommun",
    blocks=[
        ("h1", "Riktlinjer för idéburet offentligt partnerskap (IOP)"),
        (
            "kv",
            [
                ("Dokumenttyp", "Riktlinjer"),
                ("Beslutad av", "Kommunfullmäktige 2025-11-24 § 187"),
                ("Gäller från", "2026-01-01"),
                ("Dokumentansvarig", "Kommunstyrelsens förvaltning, enheten för folkhälsa och "
                 "civilsamhälle"),
                ("Revideras", "Vart fjärde år, nästa gång 2029"),
            ],
        ),
        ("h2", "1 Syfte"),
        (
            "p",
            "Marks kommun har ett rikt föreningsliv i alla kommundelar, från Kinna och Skene "
            "till Öxabäck, Hyssna och Sätila. Föreningarna når människor och fångar upp behov "
            "som kommunen ofta inte ser. Riktlinjerna ska göra det tydligt när kommunen kan "
            "ingå ett idéburet offentligt partnerskap (IOP) med en idéburen organisation, vilka "
            "förutsättningar som gäller och hur en idé behandlas. Riktlinjerna gäller för "
            "kommunstyrelsen och kommunens samtliga nämnder.",
        ),
        ("h2", "2 Vad är ett idéburet offentligt partnerskap?"),
        (
            "p",
            "Ett IOP är en överenskommelse mellan kommunen och en idéburen organisation om att "
            "tillsammans genomföra en verksamhet som båda parter vill se och som ingen av dem "
            "kan genomföra lika bra på egen hand. Båda parter bidrar med resurser och tar "
            "ansvar för resultatet. Ett IOP skiljer sig från föreningsbidrag, som stöder "
            "föreningens ordinarie verksamhet, och från upphandling, där kommunen bestämmer "
            "vad som ska utföras och köper en tjänst.",
        ),
        ("h2", "3 Förutsättningar"),
        ("h3", "3.1 Organisationen"),
        (
            "p",
            "Partnerskap kan ingås med ideella föreningar, stiftelser och registrerade "
            "trossamfund. Organisationen ska ha ett organisationsnummer och ska ha varit "
            "registrerad hos Skatteverket i minst tre år när idéskissen lämnas in. Det är "
            "registreringsdatumet som räknas, inte datumet då föreningen bildades eller höll "
            "sitt första möte.",
        ),
        (
            "p",
            "En förening måste ha minst 15 medlemmar, och minst hälften av medlemmarna ska vara "
            "folkbokförda i Marks kommun. Kravet på medlemmar gäller inte stiftelser och "
            "trossamfund. Organisationen ska ha stadgar, en vald styrelse och en revisor.",
        ),
        (
            "p",
            "Organisationen får inte dela ut vinst till medlemmar eller ägare och får inte ha "
            "obetalda skulder till kommunen eller obetalda skatter och avgifter.",
        ),
        ("h3", "3.2 Verksamheten"),
        (
            "p",
            "Verksamheten ska bedrivas i Marks kommun och rikta sig till dem som bor här. Den "
            "ska ligga inom något av kommunens tre prioriterade områden: barn och unga upp till "
            "25 år, äldre som lever med ofrivillig ensamhet samt inkludering av nyanlända.",
        ),
        (
            "p",
            "Idén ska komma från organisationen. Ett partnerskap förutsätter att verksamheten "
            "är ny eller att en befintlig verksamhet utvecklas för att nå en ny målgrupp. "
            "Föreningens ordinarie verksamhet stöds genom föreningsbidrag och kan inte bli ett "
            "partnerskap.",
        ),
        (
            "p",
            "Verksamheten ska vara öppen för alla i målgruppen. Medlemskap i organisationen får "
            "inte vara ett villkor för att delta. Verksamheten får inte innehålla religiös "
            "förkunnelse eller partipolitisk verksamhet. Det gäller även när partnern är ett "
            "trossamfund.",
        ),
        (
            "p",
            "IOP kan inte användas för verksamhet som kommunen är skyldig att erbjuda enligt "
            "lag, för verksamhet som kommunen köper genom upphandling eller för enstaka "
            "evenemang, till exempel en festival, en marknad eller en resa.",
        ),
        ("h3", "3.3 Avgifter för deltagarna"),
        (
            "p",
            "Aktiviteter för barn och unga under 18 år ska vara avgiftsfria. För övriga "
            "deltagare får avgiften vara högst 300 kronor per termin. Fika och mat får säljas "
            "till självkostnadspris utöver avgiften.",
        ),
        ("h3", "3.4 Organisationens egen insats"),
        (
            "p",
            "Det krävs att organisationen bidrar med minst 20 procent av verksamhetens totala "
            "kostnad. Insatsen kan bestå av egna pengar, ideellt arbete, lokaler eller "
            "material. Ideellt arbete värderas till 220 kronor per timme. Kommunens del får "
            "inte beräknas som en ersättning per deltagare eller per besök.",
        ),
        ("h2", "4 Från idé till överenskommelse"),
        (
            "p",
            "Organisationen lämnar en idéskiss via e-tjänsten på kommunens webbplats eller "
            "till iop@mark.se. Kommunen tar emot idéskisser två gånger per år: senast den 15 "
            "mars och senast den 15 oktober. En idéskiss som kommer in senast den 15 mars kan "
            "leda till ett partnerskap som startar tidigast den 1 september samma år. En "
            "idéskiss som kommer in senast den 15 oktober kan leda till ett partnerskap som "
            "startar tidigast den 1 mars året därpå.",
        ),
        (
            "p",
            "Inom sex veckor efter sista dagen får organisationen besked om kommunen vill gå "
            "vidare till dialog. Under dialogen tar parterna gemensamt fram mål, budget och "
            "ett förslag till överenskommelse.",
        ),
        ("h2", "5 Beslut"),
        (
            "p",
            "Den nämnd som verksamheten hör till beslutar om partnerskap där kommunens del är "
            "högst 400 000 kronor per år. Är kommunens del större beslutar kommunstyrelsen.",
        ),
        ("h2", "6 Överenskommelsen"),
        (
            "p",
            "En överenskommelse gäller i två till fyra år. Kommunens del betalas ut två gånger "
            "per år, i januari och i juli. Överenskommelsen ska innehålla mål, budget, "
            "parternas åtaganden och hur verksamheten följs upp.",
        ),
        ("h2", "7 Uppföljning"),
        (
            "p",
            "Organisationen lämnar en verksamhetsberättelse och en ekonomisk redovisning för "
            "föregående år senast den 30 april. Parterna träffas för ett uppföljningsmöte minst "
            "en gång per år.",
        ),
        ("h2", "8 Ändring och uppsägning"),
        (
            "p",
            "Vardera parten kan säga upp överenskommelsen med fyra månaders uppsägningstid. "
            "Om organisationen bryter mot överenskommelsen kan kommunen säga upp den med "
            "omedelbar verkan och kräva tillbaka pengar som inte har använts enligt "
            "överenskommelsen.",
        ),
    ],
)


# --------------------------------------------------------------------------------------
# Lilla Edet
# --------------------------------------------------------------------------------------

LILLA_EDET_UTLYSNING = Doc(
    path="corpus/lilla-edet/lilla-edet-utlysning-sprak-och-gemenskap-2026.docx",
    title="Utlysning 2026: Idéburet offentligt partnerskap – språk och gemenskap för nyanlända "
    "vuxna",
    header_left="Lilla Edets kommun · Kultur- och fritidsförvaltningen",
    footer_lines=[
        "Lilla Edets kommun, 463 80 Lilla Edet · Växel 0520-65 90 00 · iop@lillaedet.se"
    ],
    author="Kultur- och fritidsförvaltningen, Lilla Edets kommun",
    blocks=[
        ("h1", "Utlysning 2026: Språk och gemenskap"),
        ("bold", "Idéburet offentligt partnerskap för nyanlända vuxna i Lilla Edets kommun"),
        (
            "kv",
            [
                ("Diarienummer", "KFN 2026/0041"),
                ("Beslutad", "Kultur- och fritidsnämnden 2026-02-11 § 9"),
                ("Sista dag för idéskiss", "20 april 2026"),
                ("Avsatt belopp", "360 000 kronor per år"),
            ],
        ),
        ("h2", "Bakgrund"),
        (
            "p",
            "Många som har kommit till Lilla Edet, Göta och Lödöse de senaste åren läser "
            "svenska på sfi men har få tillfällen att använda språket i vardagen. Samtidigt "
            "berättar föreningar att de gärna vill nå nya medlemmar men inte vet hur. "
            "Kultur- och fritidsnämnden har därför avsatt pengar till nya idéburna offentliga "
            "partnerskap där föreningar och kommunen tillsammans skapar mötesplatser.",
        ),
        ("h2", "Vad vi söker"),
        (
            "p",
            "Vi söker idéer från föreningar som vill skapa mötesplatser där nyanlända vuxna kan "
            "öva svenska och lära känna andra som bor i kommunen, till exempel språkcaféer, "
            "samtalsgrupper, promenadgrupper eller matlagning tillsammans.",
        ),
        ("h2", "Villkor i den här utlysningen"),
        (
            "p",
            "Utöver kommunens allmänna villkor för idéburet offentligt partnerskap gäller "
            "följande. Där villkoren skiljer sig åt är det villkoren i utlysningen som gäller.",
        ),
        (
            "ol",
            [
                "Verksamheten ska rikta sig till personer som har fyllt 18 år och som har bott i "
                "Sverige i högst fem år.",
                "Föreningen ska ha bildats senast den 31 mars 2025.",
                "Verksamheten ska vara helt avgiftsfri för deltagarna, även fika.",
                "Verksamheten ska pågå minst en gång i veckan och minst 40 veckor per år.",
                "Träffarna ska hållas i Lilla Edets kommun, i Lilla Edet, Göta, Lödöse eller "
                "Nygård.",
                "Föreningen ska stå för minst 10 procent av kostnaden. Ideellt arbete räknas "
                "med 210 kronor per timme.",
                "Kommunens del är högst 120 000 kronor per partnerskap och år.",
                "Utlysningen omfattar inte undervisning i svenska för invandrare (sfi), "
                "samhällsorientering eller annat som kommunen ska erbjuda enligt lag.",
                "En förening kan lämna in högst en idéskiss i den här utlysningen.",
            ],
        ),
        ("h2", "Tidplan"),
        (
            "table",
            (70, 100),
            [
                ["Vad", "När"],
                ["Informationsmöte", "24 mars 2026 kl. 18.00 i Folkets hus, Lilla Edet"],
                ["Sista dag för idéskiss", "20 april 2026"],
                ["Dialogmöten", "Maj 2026"],
                ["Beslut i kultur- och fritidsnämnden", "10 juni 2026"],
                ["Partnerskapen startar", "1 september 2026"],
                ["Partnerskapen upphör", "31 augusti 2028"],
            ],
        ),
        ("h2", "Så lämnar ni in"),
        (
            "p",
            "Skicka idéskissen till iop@lillaedet.se och skriv ”Språk och gemenskap” i "
            "ämnesraden. Beskriv idén, målgruppen, var och hur ofta ni ska träffas, "
            "föreningens insats och vad ni önskar från kommunen. Bifoga stadgar och det "
            "senaste årsmötesprotokollet.",
        ),
        ("h2", "Frågor om utlysningen"),
        (
            "p",
            "Amir Haddad Lund, integrationsstrateg, telefon 0520-65 97 42, e-post "
            "iop@lillaedet.se. Amir nås enklast måndagar och onsdagar kl. 9–11.",
        ),
    ],
)


LILLA_EDET_BREV = Doc(
    path="corpus/lilla-edet/lilla-edet-information-iop-till-foreningar.pdf",
    title="Så fungerar idéburet offentligt partnerskap i Lilla Edets kommun",
    header_left="Lilla Edets kommun",
    header_right=["Kultur- och fritidsförvaltningen", "2026-02-02"],
    footer_lines=[
        "Lilla Edets kommun · Kultur- och fritidsförvaltningen · 463 80 Lilla Edet",
        "Växel 0520-65 90 00 · iop@lillaedet.se · www.lillaedet.se",
    ],
    author="Kultur- och fritidsförvaltningen, Lilla Edets kommun",
    letterhead=True,
    blocks=[
        ("bold", "Till föreningar i Lilla Edets kommun"),
        ("h1", "Så fungerar idéburet offentligt partnerskap i Lilla Edets kommun"),
        (
            "p",
            "Kultur- och fritidsnämnden antog den 13 november 2025 riktlinjer för idéburet "
            "offentligt partnerskap (IOP). I det här brevet sammanfattar vi det viktigaste för "
            "er som är förening. Ett partnerskap är ett samarbete där föreningen har idén och "
            "där både föreningen och kommunen bidrar, i stället för att kommunen köper en "
            "tjänst eller ger ett årligt bidrag.",
        ),
        ("h2", "Vilka kan bli partner?"),
        (
            "p",
            "Ideella föreningar och stiftelser som har funnits i minst två år, räknat från "
            "dagen då föreningen bildades. Föreningen ska vara registrerad i kommunens "
            "föreningsregister och ha minst 20 medlemmar. Föreningen ska ha stadgar, en vald "
            "styrelse och hålla årsmöte varje år.",
        ),
        ("h2", "Vilken verksamhet?"),
        (
            "p",
            "Verksamheten ska bedrivas i Lilla Edets kommun och vara öppen för alla i "
            "målgruppen. Den ska bygga på föreningens egen idé och bidra till något av "
            "kommunens mål om folkhälsa, trygghet eller delaktighet.",
        ),
        (
            "p",
            "Ett partnerskap kan inte gälla sådant som kommunen ska göra enligt lag, sådant "
            "som kommunen köper genom upphandling, enstaka arrangemang eller föreningens "
            "vanliga verksamhet, som i stället får stöd genom föreningsbidrag.",
        ),
        ("h2", "Avgifter och egen insats"),
        (
            "p",
            "Deltagarna får betala högst 50 kronor per tillfälle. Föreningen ska bidra med "
            "minst 15 procent av kostnaden, med pengar, lokaler, material eller ideellt "
            "arbete. En ideell timme räknas som 210 kronor.",
        ),
        ("h2", "Hur länge och vem beslutar?"),
        (
            "p",
            "Ett partnerskap gäller i högst tre år. Kultur- och fritidsnämnden beslutar om "
            "partnerskap där kommunens del är högst 200 000 kronor per år. Över den gränsen "
            "beslutar kommunstyrelsen.",
        ),
        ("h2", "Hur lämnar vi in en idé?"),
        (
            "p",
            "Ni kan skicka en idéskiss när som helst under året till kommunens "
            "funktionsbrevlåda för IOP. Vi bekräftar att vi har fått den inom en vecka och hör "
            "av oss inom en månad om en första dialog. Ibland öppnar kommunen en utlysning "
            "inom ett visst område. Då gäller de villkor som står i utlysningen.",
        ),
        (
            "p",
            "Vill ni prata med någon om er idé innan ni skriver? Ring kommunens växel och be "
            "att få tala med någon som arbetar med IOP, eller skriv till funktionsbrevlådan så "
            "ringer vi upp.",
        ),
        ("p", "Med vänliga hälsningar"),
        ("lines", ["Jenny Alm Karlberg", "Kultur- och fritidschef"]),
    ],
)


# --------------------------------------------------------------------------------------
# Munkedal
# --------------------------------------------------------------------------------------

MUNKEDAL_PROTOKOLL = Doc(
    path="corpus/munkedal/munkedal-protokollsutdrag-valfardsnamnden-2026-02-18.pdf",
    title="Välfärdsnämnden Munkedal – protokollsutdrag 2026-02-18 §§ 14–16, idéburet "
    "offentligt partnerskap",
    header_left="Munkedals kommun",
    header_right=["Välfärdsnämnden", "Sammanträdesprotokoll", "2026-02-18"],
    footer_lines=[
        "Munkedals kommun · 455 80 Munkedal · Växel 0524-188 00 · valfard@munkedal.se",
        "Justerandes signatur ________   Utdragsbestyrkande ________",
    ],
    author="Välfärdsnämnden, Munkedals kommun",
    blocks=[
        ("h1", "Välfärdsnämnden – utdrag ur sammanträdesprotokoll"),
        (
            "kv",
            [
                ("Sammanträdesdatum", "2026-02-18 kl. 13.00–16.10"),
                ("Plats", "Kommunhuset Forum, sammanträdesrum Gullmarn"),
                ("Ordförande", "Kerstin Ljungdahl (M)"),
                ("Sekreterare", "Patrik Ohlsson Dahl"),
                ("Justerare", "Bengt Hallin (S)"),
                ("Justeringsdatum", "2026-02-23"),
            ],
        ),
        ("h2", "§ 14 Idéburet offentligt partnerskap med Hedekas Bygdegårdsförening – "
         "Måndagsmat i Hedekas"),
        ("small", "Dnr VFN 2025/311"),
        ("bold", "Beslut"),
        ("p", "Välfärdsnämnden beslutar"),
        (
            "ol",
            [
                "att ingå ett idéburet offentligt partnerskap med Hedekas Bygdegårdsförening om "
                "verksamheten Måndagsmat i Hedekas,",
                "att partnerskapet gäller från och med 2026-04-01 till och med 2028-03-31,",
                "att kommunens del är 95 000 kronor per år, samt",
                "att uppdra åt förvaltningschefen att underteckna överenskommelsen.",
            ],
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Hedekas Bygdegårdsförening, bildad 1948, vill varje måndag servera lunch och ordna "
            "samvaro för äldre i Hedekas och Sörbygden i bygdegården. Lunchen säljs till "
            "självkostnadspris, 60 kronor. Föreningen lämnade in sin idéskiss 2025-08-29 och "
            "två dialogmöten har hållits under hösten.",
        ),
        (
            "p",
            "Den totala kostnaden beräknas till 175 000 kronor per år. Föreningen står för "
            "lokalen och cirka 300 ideella timmar per år, sammanlagt 80 000 kronor eller 46 "
            "procent av kostnaden.",
        ),
        ("bold", "Bedömning"),
        (
            "p",
            "Förvaltningen bedömer att idén uppfyller kraven i kommunens riktlinjer för "
            "idéburet offentligt partnerskap. Verksamheten är öppen för alla som har fyllt 65 "
            "år oavsett medlemskap och ersätter inte någon insats som kommunen ska ge enligt "
            "lag.",
        ),
        ("h2", "§ 15 Idéskiss från Föreningen Läxhjälp Munkedal – avslag"),
        ("small", "Dnr VFN 2025/327"),
        ("bold", "Beslut"),
        (
            "p",
            "Välfärdsnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Föreningen Läxhjälp Munkedal.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen föreslår att dess volontärer ger läxhjälp till elever i årskurs 4–9 "
            "under skoldagen på Kungsmarksskolan och att kommunen betalar 150 kronor per elev "
            "och tillfälle.",
        ),
        ("bold", "Motivering"),
        (
            "p",
            "Stöd till elever under skoldagen ingår i skolans uppdrag enligt skollagen och kan "
            "därför inte bli ett partnerskap. Riktlinjerna tillåter inte heller att kommunens "
            "del beräknas per deltagare. Nämnden ser positivt på läxhjälp efter skoltid och "
            "välkomnar en ny idéskiss från föreningen.",
        ),
        ("h2", "§ 16 Idéskiss från Dingle Seniorsällskap – avslag"),
        ("small", "Dnr VFN 2025/334"),
        ("bold", "Beslut"),
        (
            "p",
            "Välfärdsnämnden beslutar att inte ingå ett idéburet offentligt partnerskap med "
            "Dingle Seniorsällskap och att hänvisa föreningen till föreningsbidragen hos "
            "kultur- och fritidsenheten.",
        ),
        ("bold", "Ärendet"),
        (
            "p",
            "Föreningen, som bildades i oktober 2024, vill ordna gymnastik och kaffe för "
            "seniorer i Dingle varannan vecka. Föreningen har 22 medlemmar och räknar med att "
            "stå för 8 procent av kostnaden.",
        ),
        ("bold", "Motivering"),
        (
            "p",
            "Enligt riktlinjerna ska föreningen ha funnits i minst två år när idéskissen "
            "lämnas in och stå för minst 15 procent av kostnaden. Dingle Seniorsällskap "
            "uppfyller inte något av kraven.",
        ),
        (
            "small",
            "Expedieras till: Hedekas Bygdegårdsförening, Föreningen Läxhjälp Munkedal, Dingle "
            "Seniorsällskap, förvaltningschefen, ekonomienheten",
        ),
        ("small", "Rätt utdraget intygar: Patrik Ohlsson Dahl, nämndsekreterare"),
    ],
)


MUNKEDAL_IDESKISS = Doc(
    path="corpus/munkedal/munkedal-ideskiss-iop.docx",
    title="Idéskiss – idéburet offentligt partnerskap (IOP) med Munkedals kommun",
    header_left="Munkedals kommun · Idéskiss IOP",
    footer_lines=[
        "Blankett VFN-IOP-01, reviderad 2025-12 · Munkedals kommun, 455 80 Munkedal · "
        "Växel 0524-188 00"
    ],
    author="Sektor välfärd, Munkedals kommun",
    blocks=[
        ("h1", "Idéskiss – idéburet offentligt partnerskap (IOP)"),
        (
            "p",
            "Använd blanketten när er förening vill föreslå ett partnerskap med Munkedals "
            "kommun. Läs texten i rutan innan ni fyller i varje del. Uppfyller föreningen inte "
            "villkoren kan idén inte bli ett partnerskap.",
        ),
        (
            "box",
            "Inlämning: Skicka blanketten till iop@munkedal.se. Vi tar emot idéskisser två "
            "gånger per år, senast den 31 januari och senast den 31 augusti. Idéskisser som "
            "kommer in efter sista dagen behandlas i nästa omgång.",
        ),
        ("h2", "1. Föreningen"),
        (
            "box",
            "Villkor: Föreningen ska vara en ideell förening eller en stiftelse med säte i "
            "Munkedals kommun. Den ska ha funnits i minst två år när idéskissen lämnas in och "
            "ha hållit minst två årsmöten. Politiska partier och deras sidoorganisationer kan "
            "inte ingå partnerskap.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Uppgift", "Svar"],
                ["Föreningens namn", ""],
                ["Organisationsnummer", ""],
                ["Säte (ort enligt stadgarna)", ""],
                ["Bildad (år och månad)", ""],
                ["Antal årsmöten som har hållits", ""],
                ["Kontaktperson, telefon och e-post", ""],
            ],
        ),
        ("h2", "2. Idén"),
        (
            "box",
            "Villkor: Idén ska vara föreningens egen och verksamheten ska bedrivas i Munkedals "
            "kommun. Den ska vara öppen för alla i målgruppen, även för den som inte är medlem. "
            "Partnerskap kan inte gälla verksamhet som kommunen ska ge enligt lag (till exempel "
            "skola, hemtjänst eller färdtjänst), verksamhet som kommunen har upphandlat eller "
            "enstaka evenemang.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Svar"],
                ["Vad vill ni göra?", ""],
                ["Var och hur ofta?", ""],
                ["Målgrupp (ålder, vilka)", ""],
                ["Hur når ni dem som inte är medlemmar?", ""],
            ],
        ),
        ("h2", "3. Avgifter"),
        (
            "box",
            "Villkor: Deltagarna får betala högst 100 kronor per månad. Mat och fika får säljas "
            "till självkostnadspris och räknas inte som avgift.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Svar"],
                ["Avgift per deltagare och månad", ""],
                ["Pris för mat eller fika", ""],
            ],
        ),
        ("h2", "4. Budget och egen insats"),
        (
            "box",
            "Villkor: Föreningen ska stå för minst 15 procent av den totala kostnaden. Ideellt "
            "arbete räknas med 200 kronor per timme. Kommunens del betalas som ett belopp per "
            "år, aldrig som ersättning per deltagare eller per tillfälle.",
        ),
        (
            "table",
            (110, 60),
            [
                ["Post", "Kronor per år"],
                ["Ideellt arbete (antal timmar × 200 kronor)", ""],
                ["Lokal och material", ""],
                ["Egna pengar och sponsring", ""],
                ["Önskat belopp från kommunen", ""],
                ["Total kostnad", ""],
            ],
        ),
        ("h2", "5. Tid"),
        (
            "box",
            "Villkor: Ett partnerskap gäller i ett till tre år. Välfärdsnämnden beslutar om "
            "partnerskap upp till 150 000 kronor per år. Större partnerskap beslutas av "
            "kommunstyrelsen.",
        ),
        (
            "table",
            (70, 100),
            [
                ["Fråga", "Svar"],
                ["Önskad start", ""],
                ["Önskad längd (antal år)", ""],
            ],
        ),
        ("h2", "6. Underskrift"),
        (
            "p",
            "Jag intygar att uppgifterna stämmer och att jag har styrelsens uppdrag att lämna "
            "in idéskissen.",
        ),
        (
            "lines",
            [
                "Ort och datum: ______________________",
                "Namnteckning: ______________________",
                "Namnförtydligande: ______________________",
            ],
        ),
        ("h3", "Har ni frågor?"),
        (
            "p",
            "Malin Strömberg Ek, utvecklingsledare för civilsamhälle, telefon 0524-181 63. "
            "Malin svarar helst på förmiddagar.",
        ),
        (
            "small",
            "Uppgifterna i blanketten behandlas enligt dataskyddsförordningen. Läs mer om hur "
            "Munkedals kommun behandlar personuppgifter på kommunens webbplats.",
        ),
    ],
)


# --------------------------------------------------------------------------------------
# Burlöv
# --------------------------------------------------------------------------------------

BURLOV_FORTECKNING = Doc(
    path="corpus/burlov/burlov-iop-forteckning-2026.docx",
    title="Förteckning över idéburna offentliga partnerskap i Burlövs kommun",
    header_left="Burlövs kommun · Kommunledningsförvaltningen",
    footer_lines=["Burlövs kommun · 232 80 Arlöv · Växel 040-625 62 00 · iop@burlov.se"],
    author="Kommunledningsförvaltningen, Burlövs kommun",
    blocks=[
        ("h1", "Förteckning över idéburna offentliga partnerskap"),
        (
            "p",
            "Uppdaterad 2026-03-01. Förteckningen visar de partnerskap som pågår, som är "
            "beslutade men inte har startat och som har avslutats de senaste två åren.",
        ),
        (
            "table",
            (30, 32, 30, 34, 22, 22),
            [
                ["Partnerskap", "Idéburen part", "Nämnd", "Period", "Kommunens del per år",
                 "Status"],
                ["Språkcafé Arlöv", "Föreningen Mötesplats Arlöv", "Kultur- och fritidsnämnden",
                 "2024-01-01 – 2026-12-31", "140 000 kr", "Pågår"],
                ["Seniorgympa i Åkarp", "Åkarps Seniorklubb", "Vård- och omsorgsnämnden",
                 "2025-03-01 – 2028-02-29", "85 000 kr", "Pågår"],
                ["Anhörigträffar", "Anhörigföreningen i Burlöv", "Vård- och omsorgsnämnden",
                 "2025-01-01 – 2027-12-31", "120 000 kr", "Pågår"],
                ["Sommarkul i Tågarp", "Tågarps IF", "Kultur- och fritidsnämnden",
                 "2026-06-01 – 2029-05-31", "210 000 kr", "Beslutad 2026-02-12, startar "
                 "2026-06-01"],
                ["Nattvandring i Burlöv", "Föreningen Vuxna på stan Burlöv", "Kommunstyrelsen",
                 "2023-09-01 – 2025-08-31", "60 000 kr", "Avslutad"],
            ],
        ),
        (
            "p",
            "Kommunens del för de tre partnerskap som pågår i dag är sammanlagt 345 000 kronor "
            "per år.",
        ),
        ("h2", "Om partnerskapen"),
        (
            "ul",
            [
                "Språkcafé Arlöv: samtal på svenska för vuxna varje tisdag kväll och lördag "
                "förmiddag på Arlövs bibliotek.",
                "Seniorgympa i Åkarp: gympa och balansträning för personer över 65 år två "
                "gånger i veckan i Åkarps församlingshem.",
                "Anhörigträffar: samtalsgrupper för den som vårdar en närstående, varannan "
                "onsdag i Burlövs center.",
                "Sommarkul i Tågarp: aktiviteter för barn 7–12 år under sommarlovets sju "
                "första veckor på Tågarps idrottsplats.",
                "Nattvandring i Burlöv: partnerskapet förlängdes inte eftersom föreningen lades "
                "ned i juni 2025.",
            ],
        ),
        ("p", "Frågor om förteckningen besvaras via iop@burlov.se."),
    ],
)


DOCS = [
    MARK_RIKTLINJER,
    LILLA_EDET_UTLYSNING,
    LILLA_EDET_BREV,
    MUNKEDAL_PROTOKOLL,
    MUNKEDAL_IDESKISS,
    BURLOV_FORTECKNING,
]
