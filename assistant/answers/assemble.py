"""Putting an answer together: the evidence that answers the question first, then the
structure the question asks for where its evidence is there (a verdict for an idea, the
municipality's criteria, a whole list of steps, dates, contacts), then a note on dates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from assistant.answers.answer_types import (
    FACT_KINDS,
    asked_types,
    asking_sentences,
    asks_which_exist,
    expected_types,
    holds_any,
    only_season,
    question_parts,
    told_text,
)
from assistant.answers.asks import asked_fields, asks_for_list, asks_wishes, names_switchboard
from assistant.answers.authority import speaks_for_others
from assistant.answers.comparison import asks_comparison, header_of
from assistant.answers.compose import (
    Draft,
    contacts_block,
    evidence_block,
    list_block,
    organisation_of,
    readable,
)
from assistant.answers.contacts import (
    names_any,
    not_wanted,
    pick_contacts,
    pick_people,
    switchboard,
    with_number_to_call,
)
from assistant.answers.decide import Decision
from assistant.answers.decisions import Decided, asks_decisions, decisions_of, only_refusals
from assistant.answers.drafts import draft_sources
from assistant.answers.eligibility.calls import held_to
from assistant.answers.eligibility.criteria import Criterion, about, criteria_of, in_language
from assistant.answers.eligibility.fee import told_prices
from assistant.answers.eligibility.judge import without_rules_heard
from assistant.answers.eligibility.verdict import assess_idea, judges_anything, verdict_block
from assistant.answers.explanation import Explanation
from assistant.answers.general import (
    each_part,
    first_holding,
    in_context,
    list_after,
    list_around,
    pick_evidence,
    repeats,
    said_in,
    sibling_sections,
    unit_before,
)
from assistant.answers.partners import partner_documents
from assistant.answers.question import Question, asked_and_told, last_answer
from assistant.answers.ranking import Evidence, rank
from assistant.answers.scope import calibrate
from assistant.answers.terms import Query, query_for
from assistant.answers.timeline import freshness_note, time_facts_line
from assistant.answers.writing import finish
from assistant.core.contacts import find_phones
from assistant.core.swedish.cues import load_cues, matcher
from assistant.core.swedish.sentences import sentence_spans, strip_marker
from assistant.core.texts import text
from assistant.index.reader import GENERAL, IndexReader, Passage

_LIST_ITEMS = 8
_CRITERIA_LISTED = 7
_CLEARLY_MORE = 2  # a unit sharing twice the best one's share of the question's words
_CRITERIA_ASKED = 2
_WISHES_LISTED = 3
_PASSAGES = 8
_FIELD_WORDS = 5
_NEAR_BEST = 0.85  # a partnership's document answers when it comes this close to the best


def assemble(
    ex: Explanation,
    q: Question,
    decision: Decision,
    reader: IndexReader,
    query: Query,
    today: date,
    max_age: int,
) -> Explanation:
    asks, places = ex.asks, ex.places
    draft = Draft(q.language)
    main = places.names[0] if places.names else None
    expected = asked_types(q.text)
    steps = "steps" in expected
    structured = asks.contact or asks.idea or steps
    # "När måste vi …?" asks for one fact (a date), "Vilka IOP har ni?" for the parties,
    # not for the whole list of criteria; "Vad krävs av en förening, och hur mycket får vi
    # ta betalt?" asks for the list in its first part.
    concrete = expected & FACT_KINDS
    every_part_concrete = bool(concrete) and not asks_for_list(q.text)
    # "… Kan skjutsen dit ingå, och får vi sälja kaffe?" after an idea that none of the
    # criteria can judge asks about the rules: answered from them, not with a checklist
    # of open points.
    judging = asks.idea and main is not None
    assessment = None
    if judging and q.follow_up and main is not None:
        assessment = assess_idea(reader, places.names, q, today)
        judging = judges_anything(assessment, reader, main)
    if judging:
        verdict_block(draft, reader, places.names, q, ex, today, assessment)
        beside = _beside_verdict(ex.evidence, reader, places.names, q.language)
        # "… Kan det bli IOP? Hur lång tid tar det att få besked?": the other question too.
        beside = each_part(beside, _facts_asked(reader, places.names, q))
        evidence_block(draft, beside, main, False)
    elif (
        asks.criteria
        and not every_part_concrete
        and main is not None
        and criteria_of(reader, places.names, q.language)
    ):
        _criteria_list(draft, reader, places.names, main, q.text)
    else:
        # A question all of whose parts ask when ("När är mötet … och när beslutar de?")
        # asks for no criterion, whatever its words name ("mötesplatser för äldre"); one
        # asking how much may ("how much do we have to contribute").
        kinds = [expected_types(p) & FACT_KINDS for p in question_parts(q.text)]
        dates_only = all(k and k <= _WHEN for k in kinds)
        # "Vilka nya partnerskap beslutade de om?" asks who got one, not the rules.
        which = asks.partnerships and any(
            asks_which_exist(s) for s in asking_sentences(q.text) or [q.text]
        )
        quoting = main is not None and not dates_only and not which
        said = _criteria_asked(draft, reader, places.names, q.text) if quoting else []
        # The criteria just quoted are not quoted again as evidence.
        fresh = [e for e in ex.evidence if not _quoted_in(e, said)]
        named: frozenset[str] = frozenset()
        if asks.partnerships and places.names and fresh and (which or not _names_parties(fresh[0])):
            # "Har kommunen något IOP? Vad får de och hur länge gäller det?": the amount
            # and the period are those of a partnership, in a document naming its partner,
            # when the best unit names none.
            named = partner_documents(reader, places.names)
            # "Which partnerships does it have right now?" asks for the parties: a
            # document naming them answers, however near the best unit it comes.
            near = fresh if which else [e for e in fresh if e.score >= _NEAR_BEST * fresh[0].score]
            # … or the unit sharing most of the question's own words does, clearly more
            # than the best ("partnerskap om gamla skolan i Fredrika" in a news item).
            most = max(fresh, key=lambda e: e.lexical)
            if most.lexical >= _CLEARLY_MORE * fresh[0].lexical and most.lexical > 0:
                near = [*near, most]
            if any(e.chunk.source in named for e in near):
                fresh = [e for e in fresh if e.chunk.source in named]
            else:
                named = frozenset()
        # "Alltså inte den som har hand om föreningsbidragen": not that person's line.
        unwanted = not_wanted(q.text) if asks.contact else frozenset()
        if unwanted:
            # … nor a way to reach someone right after a line naming what they do ("Har du
            # frågor om föreningsbidrag …? Kontakta Föreningsstödet, telefon …").
            fresh = [
                e
                for e in fresh
                if not names_any(e.text, unwanted)
                and not (
                    find_phones(e.text) and names_any(f"{e.context} {unit_before(e)}", unwanted)
                )
            ] or fresh
        if asks.contact:
            # An association's answer or letter tells of its own people, never of a way
            # into the municipality; its numbers are never one.
            fresh = [e for e in fresh if not (speaks_for_others(e.chunk) and find_phones(e.text))]
            fresh = [e for e in fresh if not speaks_for_others(e.chunk)] or fresh
        # "Och sen då?": what the last answer said is not the answer again.
        last = last_answer(q)
        if last and reader.lexical is not None:
            analyzer = reader.lexical.analyzer
            fresh = [e for e in fresh if not said_in(e.text, last, analyzer)] or fresh
        # "Vad är skillnaden mellan föreningsbidrag, IOP och upphandling?": a comparing
        # table's whole rows; else each row's IOP cell.
        compared = asks_comparison(q.text)
        limit = 2 if structured else 3
        picked = in_context(pick_evidence(fresh, limit, concrete), fresh)
        if steps and main is not None:
            # How to go about it: the municipality's own way in, beside what matches.
            ahead = _next_steps(reader, places.names, q.language)
            # The best way in that the picks do not hold already: one they hold (a
            # criterion that is a step too) does not crowd out the next.
            held = {p.text for p in picked}
            extra = pick_evidence([e for e in ahead if e.text not in held], 1)
            picked = picked[:1] + in_context(extra, ahead)
        parts = question_parts(q.text)
        if len(parts) > 1:
            part_picks = _part_picks(parts, ex, reader, q, named)
            picked = each_part(picked, part_picks)
            picked = _answering_facts(picked, part_picks, parts)
        # "Vad beslutade nämnden? Vilka fick ja och vilka fick nej?": the minutes' own
        # paragraphs, each with its decision, and a refusal's reason.
        decided = decisions_of(reader, fresh) if asks_decisions(q.text) and main else []
        decided = only_refusals(q.text, decided)
        if decided:
            _decisions_block(draft, decided)
            # "Varför fick de nej? Kan de söka igen?": the other parts, from the evidence.
            rest = [p for p in parts if not asks_decisions(p)] if len(parts) > 1 else []
            picked = _part_picks(rest, ex, reader, q, named) if rest else []
            quoted = {d.decision for d in decided} | {r for d in decided for r, _ in d.reasons}
            picked = [p for p in picked if not any(p.text in said for said in quoted)]
            if picked:
                evidence_block(draft, picked, main, len(places.names) != 1, compared)
        else:
            evidence_block(draft, picked, main, len(places.names) != 1, compared)
        # "När ska idén vara inne, när beslutar de och när startar det?": a timetable
        # answers every part, in its own words, where one row answers one part.
        timetable = sum(bool(k & _WHEN) for k in kinds) >= 2 and any(
            _in_timetable(e) for e in picked
        )
        # "Hur mycket får de, hur länge gäller det …?" answered by two items of one list
        # (a decision's "1. att ingå …", "2. att kommunens del …"): the list answers all.
        one_list = _list_answers_more(picked, len(parts))
        if picked and (_wants_list(q.text) or timetable or one_list):
            # "Vilka bilagor ska med, vart skickar vi den …?": the list the part asking for
            # several things is answered from, not the first pick's.
            listing = [p for p in parts if _asks_several(p)] if len(parts) > 1 else []
            own = _part_picks(listing[:1], ex, reader, q, named) if listing else []
            listed = [e for e in own if e.is_list_item or e.is_table_row]
            anchor = listed[0] if listed else _list_anchor(picked, ex.evidence, concrete)
            shown = frozenset(e.text for e in picked)
            _whole_list(draft, reader, anchor, asks.partnerships, shown, compared)
    if asks.time and not asks.idea and _time_facts_wanted(q, draft):
        found = time_facts_line(reader, ex.evidence, q.text, q.language, today, max_age)
        if found is not None:
            sentence, chunk = found
            draft.add("dates", f"{sentence} [{draft.book.cite(chunk)}]", first=True)
    if asks.switchboard and places.names:
        _switchboard(draft, reader, places.names, q, ex)
    elif structured and places.names:
        people = pick_people(
            reader,
            places.names,
            q.search_text,
            ex.evidence,
            phone_first=asks.phone,
            language=q.language,
            told=told_text(q.text),
        )
        cards = people.cards
        nobody = asks.contact and not any(c.card.name for c in cards)
        # The documents quoted send a caller to the switchboard ("Ring växeln om du vill
        # bli kopplad …"): its number is what they give to call.
        sent = (asks.phone or asks.contact) and _sends_to_switchboard(draft.text())
        # No document gives the number asked for: the switchboard is the way to a person.
        sent = sent or decision.reason == "unlisted_number"
        if (asks.phone and not any(c.card.phone for c in cards)) or nobody or sent:
            # Where the documents name nobody, the switchboard is the way to a person.
            cards = with_number_to_call(reader, places.names, cards)
        contacts_block(draft, cards)
        if asks.contact and not cards:
            # Whom to call, where the documents name nobody and no number: said as such.
            place = places.names[0]
            ask = text(draft.language, "point_to_organisation", organisation=organisation_of(place))
            draft.add("hint", text(draft.language, "no_contacts", municipality=place) + " " + ask)
        if people.more and asks.contact:
            draft.add("hint", text(draft.language, "contacts_more"))
    note = freshness_note(reader, draft.book, q.language, today, max_age)
    return finish(ex, draft, reader, note, decision.intro)


def _time_facts_wanted(q: Question, draft: Draft) -> bool:
    """The document's own dates (validity, decision, case number) when the question asks
    for them by name, or asks "när" and no sentence picked so far holds a date: "När
    måste vi anmäla oss?" is answered by the deadline the text gives, not by the period
    the document is valid."""
    if asked_fields(q.text):
        return True
    said = " ".join(block.text for block in draft.blocks)
    # "När svarar hon i telefon?" asks the hours, answered by the hours the text gives.
    if "hours" in expected_types(q.text):
        return False
    return not holds_any(("date", "duration"), said)


def _switchboard(
    draft: Draft, reader: IndexReader, places: tuple[str, ...], q: Question, ex: Explanation
) -> None:
    """The switchboard when the documents give one; else the people to call, and a plain
    word that the documents give no switchboard number (never a number of our own)."""
    card = switchboard(reader, places)
    if card is not None:
        contacts_block(draft, [card])
        return
    contacts_block(draft, pick_contacts(reader, places, q.search_text, ex.evidence))
    draft.add("message", text(draft.language, "no_switchboard", municipality=places[0]))


def _list_anchor(
    picked: list[Evidence], evidence: list[Evidence], kinds: frozenset[str]
) -> Evidence:
    """The unit whose list answers a question for several things: a picked list item, or
    the best list item that holds the kind asked for ("Vilka IOP har ni?": the list of
    partnerships), when it scores a fair share of the best; else the first pick."""
    # A picked item of a list of what is asked first (the partnerships' list, not the
    # criteria's beside it); a picked table row anchors only such a list.
    asked = next(
        (
            e
            for e in picked
            if (e.is_list_item or e.is_table_row) and holds_any(kinds, e.text, True)
        ),
        None,
    )
    listed = next((e for e in picked if e.is_list_item), None)
    return (
        asked
        or first_holding(evidence, kinds, list_items=True)
        or listed
        # "Här ser du vilka partnerskap som pågår …" leads the table that answers.
        or next((after for p in picked if (after := list_after(p)) is not None), None)
        # "Parter: Socialnämnden och Kvinnojouren Lund": a section of its own, one of several
        or first_holding(evidence, kinds & {"parties"})
        or picked[0]
    )


def _whole_list(
    draft: Draft,
    reader: IndexReader,
    best: Evidence,
    sections: bool,
    shown: frozenset[str] = frozenset(),
    compared: bool = False,
) -> None:
    """The list the best unit stands in (without the items ``shown`` already); for a
    question about which partnerships there are, the short sections beside it (one per
    partnership) when it stands in none."""
    if best.is_list_item or best.is_table_row:
        items = [t for t, _ in list_around(best, _LIST_ITEMS) if t.strip() not in shown]
        header = "" if compared else header_of(best.chunk.text, best.position)
        if items:
            list_block(draft, best.chunk, items, header=header)
        return
    if not sections:
        return
    lines = []
    for chunk in sibling_sections(reader, best.chunk)[:_LIST_ITEMS]:
        n = draft.book.cite(chunk)
        body = " ".join(readable(line.strip()) for line in chunk.text.splitlines() if line.strip())
        lines.append(f"- **{chunk.heading_path[-1]}**: {body} [{n}]")
    if lines:
        draft.add("list", "\n".join(lines))


_DATE = frozenset({"date"})
_WHEN = frozenset({"date", "deadline"})  # a date asked, or the day things are due


def _list_answers_more(picked: Sequence[Evidence], parts: int) -> bool:
    """Whether two or more picks are items of one list, and the question asks more than
    they answer: the rest of its answer stands in the same list."""
    items = Counter(e.chunk.chunk_id for e in picked if e.is_list_item)
    return any(2 <= n < parts for n in items.values())


def _in_timetable(e: Evidence) -> bool:
    """Whether the unit is a row or item of a list in which every entry holds a date."""
    if not (e.is_table_row or e.is_list_item) or not holds_any(_DATE, e.text, True):
        return False
    entries = list_around(e, _LIST_ITEMS)
    return len(entries) > 1 and all(holds_any(_DATE, t, True) for t, _ in entries)


def _decisions_block(draft: Draft, decided: Sequence[Decided]) -> None:
    lines = []
    for d in decided:
        n = draft.book.cite(d.decision_chunk, d.decision.removesuffix(" …"))
        line = f"- {d.heading}: {d.decision} [{n}]"
        for reason, chunk in d.reasons:
            line += f" {reason} [{draft.book.cite(chunk, reason)}]"
        lines.append(line)
    draft.add("evidence", "\n".join(lines))


def _most_telling(
    criteria: Sequence[Criterion],
    limit: int,
    wishes: bool = False,
    asked: Sequence[Criterion] = (),
) -> list[Criterion]:
    """Up to ``limit`` criteria in document order; when there are more, a wish ("Nämnden
    ser positivt på …") gives way first, unless ``wishes`` are asked about (or the wish is
    on what the question asks: ``asked``), then a rule of no principle and no number. A
    rule on what the question asks ("Hur gammal måste man vara?") stays."""
    if len(criteria) <= limit:
        return list(criteria)

    def weight(c: Criterion) -> int:
        on_topic = any(c is a for a in asked)
        if c.wish:
            return 2 if wishes or on_topic else 0
        return 3 if on_topic else 1 if c.principle is None and not c.counted else 2

    kept = sorted(range(len(criteria)), key=lambda i: (-weight(criteria[i]), i))[:limit]
    return [criteria[i] for i in sorted(kept)]


def _wants_list(question: str) -> bool:
    """Steps ("hur går det till?") or several things ("vilka föreningar …?")."""
    return "steps" in asked_types(question) or _asks_several(question)


def _asks_several(question: str) -> bool:
    """Several things asked for ("vilka bilagor …?")."""
    return matcher("question_words.yaml", "plural")(question)


def _quoted_in(e: Evidence, quotes: list[str]) -> bool:
    """Whether a unit stands in one of the quotes (spaces normalised), its list marker or
    table bars aside."""
    said = " ".join(strip_marker(e.text).split()).strip("| ")
    return any(said in q for q in quotes)


def _criteria_asked(
    draft: Draft, reader: IndexReader, places: tuple[str, ...], question: str
) -> list[str]:
    """The municipality's own criteria on what the question asks about, first; their
    quotes (spaces normalised)."""
    said = []
    held = held_to(criteria_of(reader, places, draft.language), without_rules_heard(question))
    for c in about(held, question)[:_CRITERIA_ASKED]:
        draft.add("evidence", f"{c.text} [{draft.book.cite(c.chunk, c.quote)}]")
        said.append(" ".join(c.quote.split()))
    return said


def _criteria_list(
    draft: Draft, reader: IndexReader, places: tuple[str, ...], main: str, question: str
) -> None:
    # "Vad är krav och vad är bara önskemål?": the wishes are asked about too.
    asked = asks_wishes(question)
    # A cell of a table's column of what is ruled out stands beside its row's own rule.
    held = held_to(criteria_of(reader, places, draft.language), without_rules_heard(question))
    found = [c for c in held if not c.beside]
    # Asked, the wishes come beside the rules, not in their place; so does a wish on what
    # the question asks ("Vi är 19 medlemmar – är det för få?" beside "bör ha minst 25").
    topical = about(found, question)
    wished = sum(c.wish for c in found) if asked else sum(c.wish for c in topical)
    room = _CRITERIA_LISTED + min(_WISHES_LISTED, wished)
    criteria = _most_telling(found, room, asked, topical)
    own = in_language(criteria, draft.language)
    key = "criteria_intro_own_language" if own else "criteria_intro"
    lead = text(draft.language, key, municipality=main)
    lines = []
    for c in criteria:
        n = draft.book.cite(c.chunk, c.quote)
        # A wish is said to be one: unmet, it stops nothing.
        label = text(draft.language, "wish_label") + " " if c.wish else ""
        lines.append(f"- {label}{c.text} [{n}]")
    draft.add("criteria", "\n".join([lead, *lines]))


def _beside_verdict(
    evidence: list[Evidence], reader: IndexReader, places: tuple[str, ...], language: str
) -> list[Evidence]:
    """Beside a verdict: the sentence that best answers the question itself, unless it is
    a criterion the checklist already shows, and the way forward."""
    quotes = [" ".join(c.quote.split()) for c in criteria_of(reader, places, language)]
    own = [e for e in pick_evidence(evidence, 1) if not _quoted_in(e, quotes)]
    own = in_context(own, evidence)
    # The way forward only from a sentence that speaks of going on (shares a word of the
    # prompt): a municipality whose documents say nothing of it gets none, rather than
    # the sentence nearest in meaning ("Parter: Socialnämnden …").
    ahead = _next_steps(reader, places, language)
    forward = in_context(pick_evidence([e for e in ahead if e.lexical > 0], 1), ahead)
    status = _draft_status(reader, places, language)
    picked = [*own, *(e for e in forward if not repeats(e, own))]
    return [*(e for e in status if not repeats(e, picked)), *picked]


def _draft_status(reader: IndexReader, places: tuple[str, ...], language: str) -> list[Evidence]:
    """Where a place's only rules are a draft: what the draft says of whether it applies
    yet and what holds until it does ("Förslaget är inte antaget … tills förslaget har
    antagits prövar kommunen inga nya partnerskap"), from the draft itself."""
    sources = draft_sources(reader, places[0]) if places else []
    if not sources:
        return []
    prompt: str = load_cues("question_words.yaml")["draft_status"][language]
    found = [p for p in _search(reader, prompt, places) if p.chunk.source in sources]
    ranked = [e for e in _ranked_for(reader, prompt, found) if e.lexical > 0]
    return in_context(pick_evidence(ranked, 1), ranked)


def _next_steps(
    reader: IndexReader, places: tuple[str, ...], language: str = "sv"
) -> list[Evidence]:
    """The passages on how to go on (ranked against a fixed prompt in the asker's
    language, by meaning)."""
    prompt: str = load_cues("question_words.yaml")["next_steps"][language]
    return _ranked_for(reader, prompt, _search(reader, prompt, places))


def _search(reader: IndexReader, text: str, places: tuple[str, ...]) -> list[Passage]:
    return reader.search(text, _PASSAGES, [*places, GENERAL])


def _ranked_for(
    reader: IndexReader,
    text: str,
    passages: Sequence[Passage],
    places: tuple[str, ...] = (),
    kinds: frozenset[str] = frozenset(),
    context: str = "",
) -> list[Evidence]:
    """The units of ``passages`` ranked against ``text`` alone (a part of the question,
    a fixed prompt), the way the whole question's evidence is ranked; ``context`` (what
    the message tells around it) adds its words at a fraction of their weight."""
    if reader.lexical is None:
        return []
    query = query_for(reader, text, places, context)
    floor = calibrate(reader).floor
    return rank(reader, passages, query, text, reader.lexical.analyzer, floor, kinds)


# The kinds of fact a question beside an idea asks for ("hur lång tid", "när", "hur mycket",
# "vem bestämmer").
_FACTS_BESIDE = frozenset({"date", "deadline", "duration", "amount", "money", "decider"})


def _facts_asked(reader: IndexReader, places: tuple[str, ...], q: Question) -> list[Evidence]:
    """For each other question asked beside an idea, the sentence of the places'
    documents holding the fact it asks for. The verdict's passages were found by the
    idea's words, so each such part is searched for on its own."""
    out: list[Evidence] = []
    for part in question_parts(q.text):
        kinds = expected_types(part) & _FACTS_BESIDE
        if not kinds:
            continue
        passages = _search(reader, part, places)
        found = first_holding(_ranked_for(reader, part, passages, q.place.names, kinds), kinds)
        if found is not None:
            out.append(found)
    return out


def _answering_facts(
    picked: list[Evidence], part_picks: Sequence[Evidence], parts: Sequence[str]
) -> list[Evidence]:
    """When every part asks for a fact ("När är mötet, när måste idén vara inne och när
    beslutar de?"), the picks holding none of those kinds answer none of them."""
    kinds = [expected_types(p) & FACT_KINDS for p in parts]
    if not all(kinds):
        return picked
    wanted = frozenset().union(*kinds)
    kept = [
        e
        for e in picked
        if e in part_picks
        or (holds_any(wanted, e.text, e.is_list_item) and not only_season(wanted, e.text))
    ]
    return kept or picked


def _names_parties(e: Evidence) -> bool:
    return holds_any(frozenset({"parties"}), e.text, e.is_list_item)


def _part_picks(
    parts: list[str],
    ex: Explanation,
    reader: IndexReader,
    q: Question,
    sources: frozenset[str] = frozenset(),
) -> list[Evidence]:
    """The best unit for each part of the question alone, among the same passages (those
    of ``sources`` when given and any are among them)."""
    out: list[Evidence] = []
    passages = [p for p in ex.passages if p.chunk.source in sources] or ex.passages
    # "Vi har fått brevet om partnerskap för unga vuxna. … hur mycket pengar finns det att
    # söka?": the telling says which money.
    context = asked_and_told(q).context
    for part in parts:
        kinds = expected_types(part)
        ranked = _ranked_for(reader, part, passages, q.place.names, kinds, context)
        if "money" in kinds and not matcher("criteria_words.yaml", "fee_rule")(part):
            # "Hur mycket pengar får de?" asks what the partnership gets, not what its
            # participants pay ("Deltagarna betalar 90 kronor i månaden").
            ranked = [e for e in ranked if not told_prices(e.text)] or ranked
        # A part asking for a fact ("hur mycket pengar …?") is answered by a unit that
        # holds one, when a fair one does.
        typed = first_holding(ranked, kinds & FACT_KINDS, given=out)
        best = [typed] if typed is not None else pick_evidence(ranked, 1)[:1]
        picks = in_context(best, ranked)
        # A bare field line ("Diarienummer KS 2024/211") for a part asking for that field
        # by name: the dates line states it.
        fields = asked_fields(part)
        out.extend(p for p in picks if not (fields and len(p.text.split()) <= _FIELD_WORDS))
    return out


def _sends_to_switchboard(said: str) -> bool:
    """Whether a sentence said names the switchboard without its number ("Ring växeln
    vardagar kl. 8–16"): it sends the asker there."""
    # Each quoted unit ends at its citation: a footer line quoted before it is no sentence
    # of the one that sends to the switchboard.
    return any(
        names_switchboard(said[a:b]) and not find_phones(said[a:b])
        for a, b in sentence_spans(said, citations=True)
    )
