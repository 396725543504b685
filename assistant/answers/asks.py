"""What structure the question asks for, besides the evidence sentences.

Read from the question-word lists of ``data/question_words.yaml`` (how people ask, in
Swedish and English), not from any document's wording. The answer to every in-scope
question is the evidence; these only add a contact block, a verdict or dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from assistant.answers.answer_types import (
    FACT_KINDS,
    asked_types,
    asking_sentences,
    expected_types,
    main_clause,
    question_parts,
    told_text,
)
from assistant.answers.eligibility.concepts import concept_in, read_concepts, target_groups
from assistant.answers.eligibility.fee import told_prices
from assistant.answers.question import Question, domain_matcher
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import words


def asked_fields(question: str) -> list[str]:
    """Which time facts a question asks for (validity, decided, diarienummer, paragraphs).
    "Hur länge gäller ett IOP?" asks what the rules say of any partnership, not how long
    one document is valid."""
    found = [name for name, matches in _field_matchers().items() if matches(question)]
    if found == ["validity"] and matcher("question_words.yaml", "any_partnership")(question):
        return []
    return found


@cache
def _field_matchers() -> dict[str, CueMatcher]:
    fields: dict[str, list[str]] = load_cues("question_words.yaml")["time_fields"]
    return {name: CueMatcher(phrases) for name, phrases in fields.items()}


# "… an IOP with our choir for people with dementia?": the group's own thing asked of.
_OURS = re.compile(r"\b(?:vår|vårt|våra|our)\s+[^\W\d_]{3,}", re.IGNORECASE)
# An indefinite organisation with a relative clause saying what it does.
_SOMEONE_DOING = re.compile(
    r"\b(?:en|ett|a|an)\s+(?:[^\W\d_]+\s+){0,4}?(?:som|that|which|who)\s+[^\W\d_]+",
    re.IGNORECASE,
)
# An idea described at some length: several sentences, or one long one.
_DESCRIPTION_WORDS = 25
_WE_DESCRIPTION_WORDS = 8
_OPENING_WORDS = 3


@dataclass(frozen=True)
class Asks:
    contact: bool = False
    switchboard: bool = False
    time: bool = False
    criteria: bool = False
    partnerships: bool = False  # asks which partnerships there are
    idea: bool = False  # describes an idea and asks whether it can become an IOP
    phone: bool = False  # wants a number to call ("ringa", "inte så van vid mejl")
    private: bool = False  # wants someone's private number, which no document gives
    own_case: bool = False  # asks how their own application went ("Har vi fått …?")


@cache
def _holding() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "har sedan i höstas ett IOP" (a form of "have", small words, the partnership), and
    "vårt IOP" (the partnership as ours)."""
    spec = load_cues("question_words.yaml")["holding"]
    have, between, ours, partnership = (
        alternation(spec[key]) for key in ("have", "between", "ours", "partnership")
    )
    return (
        re.compile(
            rf"(?<!\w)(?:{have})\s+(?:(?:{between})\s+){{0,4}}(?:{partnership})(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(rf"(?<!\w)(?:{ours})\s+(?:{partnership})(?![\w-])", re.IGNORECASE),
    )


def holds_partnership(text: str, asking: list[str]) -> bool:
    """Whether the message tells, outside its questions, that the group already has a
    partnership, or calls one its own anywhere ("vårt IOP"): it asks about running
    that one."""
    has, ours = _holding()
    return bool(has.search(told_text(text, asking)) or ours.search(text))


def asks_for_list(question: str) -> bool:
    """Whether a part of the question that asks for no one fact names the criteria
    themselves ("Vad krävs av en förening, och hur mycket får vi ta betalt?", "What does an
    association need to fulfil …"), not only "must" or "rules" ("What attachments must we
    send?", "When would the new rules apply?")."""
    named = _matchers()["criteria_named"]
    return any(
        named(part) and not expected_types(part) & FACT_KINDS for part in question_parts(question)
    )


@cache
def _matchers() -> dict[str, CueMatcher]:
    # "nåt", "nån" are chat spellings of "något", "någon", never "nå" inflected.
    words = load_cues("question_words.yaml")
    # A compound names a way to reach someone by its head: "direktnummer", "mobiltelefon".
    heads = {"contact", "phone", "number"}
    return {
        k: CueMatcher(v, heads=k in heads, other_words=words["frame"])
        for k, v in words["asks"].items()
    }


def asks_wishes(text: str) -> bool:
    """Whether the question asks what the municipality wishes for beside its rules."""
    return _matchers()["wishes"](text)


def names_switchboard(text: str) -> bool:
    """Whether the text names the switchboard or contact centre ("ring växeln")."""
    return _matchers()["switchboard"](text)


@cache
def ask_words() -> frozenset[str]:
    """Single words of the ask lists: they say what kind of answer is wanted, not what
    it is about (the topic), so they weigh nothing in the evidence."""
    lists = load_cues("question_words.yaml")["asks"].values()
    return frozenset(w.lower() for phrases in lists for w in phrases if " " not in w)


def reaching_word(word: str) -> bool:
    """A word of how to reach someone, also as a compound's head ("direktnummer"): it
    says what kind of answer is wanted, not what the question is about."""
    m = _matchers()
    return bool(m["contact"](word) or m["phone"](word))


def _without_recipient(m: dict[str, CueMatcher], sentence: str) -> str:
    """The sentence without its questions of who received something ("vem fick ja"):
    their "vem" asks for no contact."""
    found = m["recipient"].found(sentence)
    for phrase in found:
        sentence = re.sub(re.escape(phrase), " ", sentence, flags=re.IGNORECASE)
    return sentence


def _opening(sentence: str) -> str:
    return " ".join(sentence.split()[:_OPENING_WORDS])


def _asks_wh(m: dict[str, CueMatcher], sentence: str) -> bool:
    """Whether a sentence asks what, how or when: by its opening, or by its last clause
    when a statement comes first ("Vi vill komma igång vid nyår, när måste vi ha skickat
    in?")."""
    # Only a clause that opens with the question word: "…, och vem bestämmer?" adds a
    # second question to the first rather than saying what the first one asks.
    clauses = [c.split() for c in sentence.split(",") if c.strip()]
    return (
        bool(m["wh"](_opening(sentence)))
        # … or by its main clause after a condition ("If our association has a
        # partnership …, how much can we charge participants?"); not a relative clause
        # or an aside there ("…, vilket vi gärna vill, kan det bli IOP?", "…, vad tror
        # ni, …").
        or _wh_after_condition(m, sentence)
        or (len(clauses) > 1 and bool(m["wh"](clauses[-1][0])))
    )


def _criteria_read(asking: list[str], text: str) -> str:
    """Where a question asks for criteria: its asking sentences, or all of it when they
    point back at what it told ("… förstår inte kraven. Kan du förklara dem?")."""
    asked = " ".join(asking)
    back = load_cues("question_words.yaml")["points_back_plural"]
    if not asked or set(words(asked.lower())) & set(back):
        return text
    return asked


def _wh_after_condition(m: dict[str, CueMatcher], sentence: str) -> bool:
    main = main_clause(sentence)
    if main == " ".join(sentence.split()):
        return False  # no condition before it
    said = [w.strip(",").lower() for w in main.split()]
    cues = load_cues("question_words.yaml")["condition"]
    aside = bool(said) and (
        said[0] in cues["relative"] or (len(said) > 1 and said[1] in cues["aside"])
    )
    return not aside and bool(m["wh"](_opening(main)))


def read_asks(text: str, about_iop: bool = False) -> Asks:
    """``about_iop``: the conversation so far is about IOP, so a question need not name it
    to ask about it ("Vi är en idrottsförening … Kan vi söka då?")."""
    m = _matchers()
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    # People describe first and ask last: the ask of the last sentence decides.
    last = sentences[-1] if sentences else text
    # Whom to call is asked by an asking sentence, whatever follows it ("Vilket nummer
    # ska jag ringa? Själv har jag 070-…"; "Vem ska jag kontakta? Finns det en
    # handläggare med namn?").
    asking = asking_sentences(text)
    contact = any(m["contact"](_without_recipient(m, s)) for s in asking or [last]) or any(
        _requests_contact(m, s) for s in sentences
    )
    n_words = len(text.split())
    we = bool(m["we"](text))
    # A description tells about the group or the idea: in so many words, at length, or
    # in more than one sentence about "vi". One sentence with "vi" usually just asks.
    # Questions about "vi" ("vad måste vi lämna in och när? och kommer pengarna …?")
    # tell nothing: the sentences about "vi" that count are those that do not ask.
    told = " ".join(s for s in sentences if s not in asking)
    # A message that opens by asking how ("Hur går man till väga …? Vi siktar på att
    # starta vid nyår, hinner vi det …?") is as long as its questions: only what it tells
    # around them describes an idea.
    opens_how = (
        len(sentences) >= 2
        and bool(asking)
        and sentences[0] == asking[0]
        and bool(m["wh"](_opening(asking[0])))
    )
    length = len(told.split()) if opens_how else n_words
    describing = (
        bool(m["describing"](text))
        or length >= _DESCRIPTION_WORDS
        or (bool(m["we"](told)) and len(sentences) >= 2 and length >= _WE_DESCRIPTION_WORDS)
    )
    linked = about_iop or bool(domain_matcher()(text)) or bool(m["together"](text))
    # "Går det att hyra ut stugan?" asks about the group's own affairs: an idea is one
    # for IOP or for working with the municipality.
    own_case = bool(m["own_case"](last))
    # "Vår förening har ett IOP med kommunen … Vad måste vi lämna in varje år?" asks how
    # to run the partnership it has: neither about an idea nor about the criteria.
    holder = holds_partnership(text, asking)
    named = concept_in("association", text)
    # After a description, any asking sentence may ask about the idea: "… Kan det bli
    # IOP i Ronneby? Hur lång tid tar det att få besked?" asks both. A description is
    # long, or tells of "vi" at some length ("Vi är en PRO-förening som vill …").
    asked = _asked(text, asking, last)
    # A remark after questions that all ask what, how or when ("… hur betalas pengarna
    # ut? Vår kassör oroar sig för …") asks nothing of its own; one that describes the
    # idea ("Hur söker vi IOP? Vi är en förening som vill starta …") still tells it.
    remark = last not in asking and bool(asking) and not m["describing"](last)
    only_wh = all(m["wh"](_opening(s)) for s in asking)
    idea = not (own_case or holder) and any(
        _asks_of_idea(m, text, s, told, contact, describing, we, named, linked, s in asking)
        for i, (s, told) in enumerate(asked)
        if (i == len(asked) - 1 and not (remark and only_wh))
        or told >= _DESCRIPTION_WORDS
        or (told >= _WE_DESCRIPTION_WORDS and m["we"](text[: text.find(s)]))
    )
    # "Vi har en idé som vi tror kan bli ett IOP … Hur gör vi?": a message that tells
    # nothing to judge (no activity, group, price or place) and asks how asks for the
    # way in, not for a verdict.
    if idea and "steps" in asked_types(text) and _tells_nothing(text):
        idea = False
    # "I riktlinjerna står det något om samarbete … Är det krav, eller bara önskemål?"
    # asks how much a rule weighs; told by no "vi", it describes no idea.
    if idea and asks_wishes(text) and not we:
        idea = False
    return Asks(
        contact=contact,
        # Asked for, not told of: "Jag ringde kontaktcenter men dom visste inte" has tried it.
        switchboard=any(
            m["switchboard"](text[a:b]) and not matcher("question_words.yaml", "tried")(text[a:b])
            for a, b in sentence_spans(text)
        ),
        # A "när" in a condition asks no date ("… om nån trillar när vi har verksamhet?").
        time=any(m["time"](main_clause(s)) or asked_fields(s) for s in asking or [last])
        and not idea,
        # What is asked, not what is told: "Jag läste att kravet på egna pengar försvinner.
        # Har det ändrats nu?" asks whether it changed, not for the criteria.
        criteria=bool(m["criteria"](_criteria_read(asking, text)) or asks_wishes(text))
        and not (idea or holder),
        # "Which organisations does Lund have IOP agreements with?" asks for the parties.
        partnerships=(
            bool(m["partnerships"](text))
            or any("parties" in expected_types(s) for s in asking or [last])
        )
        and not idea,
        idea=idea,
        phone=contact and bool(m["phone"](text)),
        private=any(_private_number(m, s) for s in asking or [last]),
        own_case=own_case,
    )


def _requests_contact(m: dict[str, CueMatcher], sentence: str) -> bool:
    """A sentence that opens with a request for a way to reach someone ("Jag vill ha
    namn och direktnummer till …", "I need the phone number of …"); "Jag behöver veta om
    vi kan söka IOP för ett språkcafé där man kan prata svenska" asks something else."""
    said = words(sentence)
    # … or asks for one politely first ("Kan du ge mig direktnumret till …?").
    for skip in range(_POLITE_WORDS + 1):
        opening = " ".join(said[skip : skip + _REQUEST_WORDS])
        found = m["requests"].first(opening)
        if found is not None and opening.startswith(found):
            start = skip + len(found.split())
            wanted = said[start : start + _REQUESTED_WORDS]
            return any(m["number"](w) or m["contact"](w) for w in wanted)
    return False


_REQUEST_WORDS = 4
_POLITE_WORDS = 2  # "kan du", "could you" before the request
_REQUESTED_WORDS = 4  # the thing asked for follows the request this closely


def _private_number(m: dict[str, CueMatcher], sentence: str) -> bool:
    """A number said to be private: "hennes privata mobilnummer", "her home number",
    "mobilnumret privat", "hemnummer" (a private word that is a number itself, or one right
    after a number or a word or two before one; "Vilket nummer ska privata utförare
    ringa?" asks none)."""
    found = words(sentence)
    for i, word in enumerate(found):
        if not m["private"](word):
            continue
        near = found[max(0, i - 1) : i + 1 + _NEAR]  # "privata mobilnummer", "numret privat"
        if any(m["number"](w) for w in near):
            return True
    return False


_NEAR = 2


def _asked(text: str, asking: list[str], last: str) -> list[tuple[str, int]]:
    """The earlier asking sentences, then the last sentence, each with the number of
    words told before it. A statement after the question may still tell of the idea
    ("Hur blir det om vi tar betalt? Vi tänkte 50 kronor per gång.")."""
    out: list[tuple[str, int]] = []
    for sentence in [*(s for s in asking if s.strip() != last.strip()), last]:
        at = text.rfind(sentence)
        # Only what is told counts: a question before it ("Vad behöver vi skicka med …?
        # Vår sekreterare har ingen aning.") describes nothing.
        before = told_text(text[:at], asking) if at >= 0 else ""
        out.append((sentence, len(before.split())))
    return out


_NOT_AN_IDEA = frozenset({"association", "own_initiative", "no_activity"})


def _tells_nothing(text: str) -> bool:
    """Whether a message names nothing of an idea that a criterion could judge."""
    told = {f.concept for f in read_concepts(text)}
    return told <= _NOT_AN_IDEA and not target_groups(text)


def _asks_of_idea(
    m: dict[str, CueMatcher],
    text: str,
    sentence: str,
    told: int,
    contact: bool,
    describing: bool,
    we: bool,
    named: bool,
    linked: bool,
    asking: bool,
) -> bool:
    """Whether one asking sentence asks about the idea the message describes."""
    wh = _asks_wh(m, sentence)
    # "Kan det bli …?", not "Hur går det till?" (a wh-question asking how).
    possible = bool(m["possible"](text)) and not wh
    if contact and not possible:
        return False
    # "…, funkar de som iop??", "Kan regionen vara med på det?": a yes-or-no question
    # from someone who describes their idea asks whether it can be an IOP; after a long
    # description it needs no IOP word ("… Passar det?", "Does this fit?").
    at_length = told >= _DESCRIPTION_WORDS
    linked = linked or at_length
    # A question that tells nothing before it asks about IOP in its main clause ("Kan
    # det bli ett IOP om vi …?"); "Om vi får ett IOP, är de frivilliga försäkrade?" asks
    # about insurance, with IOP only as its condition.
    about_iop = (
        told >= _WE_DESCRIPTION_WORDS
        or bool(domain_matcher()(main_clause(sentence)))
        # A statement after the questions, or a message that asks nothing at all ("Vi
        # vill starta en mötesplats … och samarbeta med kommunen"): all of it is told.
        or (not asking and (bool(domain_matcher()(text)) or not asking_sentences(text)))
    )
    yes_no = not wh and linked and about_iop
    # "… vill ha pengar till den via ett IOP. Hur gör vi?": how to go on with the idea
    # told before it (one sentence asking how to go about it asks for the steps).
    # "Hur funkar det för oss?", "Vad säger ni?" after a description ask about the idea.
    # After a long description, a question that speaks of "we" or "this" asks about
    # the idea told ("What would we need to do to make this happen?").
    how_to = (
        linked
        and told >= _WE_DESCRIPTION_WORDS
        and (
            "steps" in expected_types(sentence)
            or bool(m["opinion"](sentence))
            or (_opening(sentence).lower().startswith(("hur", "how")) and bool(m["we"](sentence)))
            or (at_length and bool(m["we"](sentence) or m["this"](sentence)))
        )
    )
    # "När måste vi ha skickat in?" asks for a date, not whether the idea meets the rules.
    criteria = bool(m["criteria"](sentence)) and not (wh and expected_types(sentence)) and about_iop
    asks_of_it = yes_no or how_to or criteria or bool(m["qualifies"](sentence))
    # "Kan en idrottsförening som vill erbjuda … få ett IOP?": an organisation and what
    # it does, asked of in the third person, is an idea as much as "vi vill …".
    # "Krokoms hembygdsförening vill …. Räcker det?" asks for a named group the same.
    doing = bool(_SOMEONE_DOING.search(sentence)) and concept_in("association", sentence)
    ours = bool(_OURS.search(sentence))
    return (
        (possible and (we or named) and linked)
        or (describing and asks_of_it)
        or ((doing or ours) and yes_no and not criteria)
    )


def asks_of(q: Question) -> Asks:
    """The asks of a question in its conversation: a follow-up to an idea that changes it
    ("Men om vi i stället gör en träff varannan vecka?", "Funkar det då?") asks about the
    changed idea, unless it asks for something else (a contact, a date, "vem …")."""
    asks = read_asks(q.text)
    earlier = [t.content for t in q.history if t.role == "user"]
    if not earlier or asks.idea or asks.contact or asks.time or asks.own_case:
        return asks
    after_idea = read_asks(earlier[-1]).idea
    asking = asking_sentences(q.text)
    changes_idea = (
        after_idea
        and q.follow_up
        and bool(asking)
        and not any(_matchers()["wh"](_opening(s)) for s in asking)
    )
    if not changes_idea:
        # In a conversation about IOP, an idea described and asked of without naming IOP
        # ("Vi är en idrottsförening i Lycksele som vill … Kan vi söka då?") is asked of
        # as an IOP, whether or not it names a place of its own, and whatever the turn
        # before asked. It has to tell what they want to do: "Vi har inga pengar, bara
        # pensionärer som ställer upp. Räknas det?" asks about the rules.
        about = after_idea or any(domain_matcher()(turn) for turn in earlier)
        told = told_text(q.text)
        # What they charge is told as much as planned ("Vi tar 400 kronor per termin och
        # ses tolv gånger. Är det för mycket?"): the idea is held against the cap.
        plans = matcher("criteria_words.yaml", "plans")(told) or bool(told_prices(told))
        return read_asks(q.text, about_iop=True) if about and plans else asks
    return Asks(idea=True, switchboard=asks.switchboard, phone=asks.phone)
