"""The kind of answer a question expects, and whether a sentence holds one.

"Hur länge …?" expects a duration, "När …?" a date, "Hur mycket …?" an amount, "Vem …?" a
person's name or contact details, "Hur går det till?" steps. How people ask is
language-level (``data/question_words.yaml``); what a duration, date or amount looks like
in Swedish text is fixed. Nothing here depends on a document's wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from assistant.core import municipalities
from assistant.core.contacts import find_emails, find_phones, role_word_pattern
from assistant.core.hours import tells_hours
from assistant.core.swedish.amounts import find_amounts
from assistant.core.swedish.cues import CueMatcher, alternation, load_cues, matcher, normal
from assistant.core.swedish.dates import find_dates, month_numbers
from assistant.core.swedish.language import detect_language
from assistant.core.swedish.numbers import not_counts, number_words, round_counts
from assistant.core.swedish.sentences import sentence_spans
from assistant.index.lexical import Analyzer, is_stopword, words

_NUMBER = (
    r"(?:\d+(?:[,.]\d+)?|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|"
    r"femton|tjugo|trettio|one|two|three|four|five|six|ten|twelve)"
)
_DURATION = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:–|-|till|eller|och)\s*{_NUMBER})?\s+"
    r"(?:år|års|månader|månad|månaders|veckor|vecka|veckors|dagar|dag|dagars|timmar|"
    r"years?|months?|weeks?|days?|hours?)\b|\btills vidare\b|\bårsvis\b",
    re.IGNORECASE,
)
_MONTHS = (
    r"januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
    r"december|january|february|march|june|july|august|october"
)
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\b|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"(?:19|20)\d{2}|våren|hösten|sommaren|vintern|vecka \d{1,2})",
    re.IGNORECASE,
)
# A date that names its day, month, year or week, not only a season ("när vintern är lång").
_NAMED_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\b|\d{{4}}-\d{{2}}-\d{{2}}|(?:19|20)\d{{2}}\b|"
    r"vecka \d{1,2})",
    re.IGNORECASE,
)
# A period told by its end or its years answers "how long" too: "pågår till och med den
# 31 december 2026", "(2023–2025)".
_DAY = rf"\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?"
_PERIOD = re.compile(
    rf"\b(?:till och med|t\.\s?o\.\s?m\.|fram till|until|through)\s+(?:den\s+)?"
    rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})|\d{{4}}(?:-\d{{2}}-\d{{2}})?|årsskiftet)"
    r"|\b(?:19|20)\d{2}\s*[–-]\s*(?:19|20)\d{2}\b"
    # "från 1 april 2026 till 31 mars 2029", "from 2026-04-01 to 2028-12-31"
    rf"|\b(?:från|from)\s+(?:den\s+)?(?:{_DAY}|\d{{4}}-\d{{2}}-\d{{2}})\s+(?:till|to|–|-)\s+"
    rf"(?:den\s+)?(?:{_DAY}|\d{{4}}-\d{{2}}-\d{{2}})",
    re.IGNORECASE,
)
# A sum in kronor; an amount is that or a share ("25 procent").
_NUMBER = r"\d[\d\s\u00a0]*(?:[,.]\d+)?\s*"
_KRONOR = r"kronor|kr\b|sek\b|tkr|mkr|miljoner"
_MONEY = re.compile(rf"{_NUMBER}(?:{_KRONOR})", re.IGNORECASE)
_AMOUNT = re.compile(rf"{_NUMBER}(?:{_KRONOR}|procent|percent|per cent|%)", re.IGNORECASE)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NAME = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+"
# A person named by their role: "enhetschef Anneli Ström", "Helena Sjöberg, samordnare".
_ROLE = role_word_pattern()
_ROLE_AND_NAME = re.compile(rf"\b{_ROLE}\s+{_NAME}\b|\b{_NAME},?\s+{_ROLE}\b")
_LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-•*])\s+")
_OPENERS = "-–•*|/"  # list markers, table cell bars, breadcrumb slashes
_CAPITALISED = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé][\wåäöé-]+\b")  # a name, not "IOP"


# Kinds that one sentence states as a fact (not a list of steps, not a contact card).
FACT_KINDS = frozenset(
    {"date", "deadline", "hours", "duration", "amount", "money", "count", "parties", "decider"}
)


@cache
def _bodies() -> re.Pattern[str]:
    words = load_cues("question_words.yaml")["decider_bodies"]
    return re.compile(rf"\w*(?:{alternation(words)})\b", re.IGNORECASE)


@cache
def _asked() -> dict[str, CueMatcher]:
    types = load_cues("question_words.yaml")["answer_types"]
    return {name: CueMatcher(phrases) for name, phrases in types.items()}


_CLEFT = re.compile(r"\b(vem|vilka|vad|vilken|vilket)\s+(?:var|är)\s+det\s+som\b", re.IGNORECASE)


def expected_types(question: str) -> frozenset[str]:
    """The kinds of answer the question asks for (empty when it asks for none in
    particular); "hur länge" is a duration, not a date as well. A cleft ("Vem var det
    som fattade beslutet?") asks as its plain form does ("Vem fattade beslutet?")."""
    question = _CLEFT.sub(r"\1", question)
    found = {name for name, matcher in _asked().items() if matcher(question)}
    if "date" in found and not _asks_when(question):
        found.discard("date")
    if "duration" in found:
        found.discard("date")
    if found & {"duration", "amount", "money"}:
        found.discard("count")  # "hur många år", "hur många kronor"
    if "money" in found:
        found.discard("amount")  # "hur mycket pengar" is a sum, not "14 procent"
    if "hours" in found:
        found.discard("date")  # "när svarar de?" asks for days and times, not a date
    if asks_which_exist(question):
        found.add("parties")
    if "decider" in found:
        found.discard("person")  # "Vem fattar beslutet?" asks for a body, not a contact
    if "date" in found and matcher("question_words.yaml", "deadline_asked")(question):
        # "När är sista dag?": the day things are due first, of the dates a text gives.
        found.add("deadline")
    return frozenset(found)


_DEADLINE_REACH = 40  # characters from a word of a deadline to its date ("senast den 31 mars")


def tells_deadline(text: str) -> bool:
    """A date things are due by ("Sista dag att lämna in är den 31 mars", "Ideas are
    received until 31 May"): a date a word of a deadline stands shortly before; or that
    they are taken any time ("Idéskisser tas emot löpande")."""
    plain = normal(text)
    dates = [d.start for d in find_dates(plain)]
    for _, end in matcher("question_words.yaml", "deadline_markers").spans(plain):
        if any(end <= at <= end + _DEADLINE_REACH for at in dates):
            return True
    # "Uppföljning sker löpande" says nothing of when to send anything in.
    return bool(
        matcher("question_words.yaml", "rolling_intake")(plain)
        and matcher("question_words.yaml", "intake_verbs")(plain)
    )


@cache
def _existing() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    cues = load_cues("question_words.yaml")["existing"]
    quantity, kinds = frozenset(cues["quantity"]), frozenset(cues["partnerships"])
    return quantity, kinds, frozenset(cues["parties"]), frozenset(cues["having"])


@cache
def _of_noun() -> frozenset[str]:
    return frozenset(load_cues("question_words.yaml")["existing"]["of_noun"])


def asks_which_exist(sentence: str) -> bool:
    """A question of which or how many partnerships there are: a word of quantity before
    a word for partnerships, one word between at most or two that describe it ("Har
    Höganäs några IOP i dag?", "Finns det några pågående partnerskap?", "Vilka idéburna
    offentliga partnerskap har …?", "Does the region have any partnerships?"),
    or before a word for partners and a verb of having with the partnership right after it
    or "med" after it ("Vilka föreningar har IOP med Täby?", "Vilka föreningar har
    kommunen partnerskap med?"; not "Vilka föreningar har rätt att söka IOP?"). A
    compound is no word for partnerships ("Vilka IOP-regler gäller?"). A part of it may
    ask it alone ("Vilken förening är det, hur mycket pengar får de …?")."""
    parts = question_parts(sentence)
    return any(_which_exist(p) for p in ([sentence, *parts] if len(parts) > 1 else [sentence]))


# Adjective endings: "idéburna offentliga", "pågående"; "ongoing", "municipal".
_ADJECTIVE_ENDINGS = ("a", "e", "al", "ary", "ive", "ing", "ic")


def _describing(between: Sequence[str]) -> bool:
    """Two words that both describe the noun after them ("Vilka idéburna offentliga
    partnerskap …"), not a noun and a verb ("Vilka kostnader täcker IOP …")."""
    return len(between) == 2 and all(
        not is_stopword(w) and w not in _of_noun() and w.endswith(_ADJECTIVE_ENDINGS)
        for w in between
    )


def _which_exist(sentence: str) -> bool:
    said = _WHOLE_WORD.findall(sentence.lower())
    quantity, kinds, parties, having = _existing()
    singular = load_cues("question_words.yaml")["existing"]["pointing"]["singular"]
    for i, word in enumerate(said):
        if word in singular and _points_back(said[i + 1 :]):
            return True
        if not (word in quantity or " ".join(said[max(0, i - 1) : i + 1]) in quantity):
            continue
        # Two words between when both describe it ("Vilka idéburna offentliga partnerskap
        # har …"): no function word, nothing the partnership is of ("Vilka frågor om IOP").
        reach = (i + 1, i + 2, i + 3) if _describing(said[i + 1 : i + 3]) else (i + 1, i + 2)
        named = [j for j in reach if j < len(said) and said[j] in kinds]
        # "Which IOP rules apply?" asks of rules, the partnership word naming them.
        if any(j + 1 >= len(said) or said[j + 1] not in _of_noun() for j in named):
            return True
        if _points_back(said[i + 1 :]):
            return True
        if i + 2 < len(said) and said[i + 1] in parties and said[i + 2] in having:
            rest = said[i + 3 :]
            at = next((k for k, w in enumerate(rest) if w in kinds), None)
            if at is not None and (at < _RIGHT_AFTER or {"med", "with"} & set(rest[at + 1 :])):
                return True
    return False


_RIGHT_AFTER = 2  # "har IOP", "har nu IOP"


def _points_back(said: list[str]) -> bool:
    """Whether the words after "vilka" ask which partners were told of before: "föreningar
    är det", "associations are they", alone or before "och"."""
    parties = _existing()[2]
    pointing = load_cues("question_words.yaml")["existing"]["pointing"]
    return (
        len(said) >= _POINTING
        and said[0] in parties
        and said[1] in pointing["copula"]
        and said[2] in pointing["pronoun"]
        and (len(said) == _POINTING or said[_POINTING] in pointing["then"])
    )


_POINTING = 3  # "föreningar är det"
# A word with its hyphenated parts as one ("iop-regler"): a compound is its own word.
_WHOLE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


_WHEN = re.compile(r"\b(?:när|when)\b", re.IGNORECASE)
# "… och till när?", "…, and by when?": a deadline asked after a preposition of time too.
_CLAUSE_OPENERS = frozenset(
    {"och", "men", "eller", "samt", "and", "but", "or", "so", "by", "until", "till"}
)


def _asks_when(question: str) -> bool:
    """Whether a date is asked: by a phrase of its own ("vilket datum", "senast"), or by
    "när" opening the sentence or a clause, or after a verb of wondering ("Vi undrar när
    …"). Inside a yes-or-no question "när" joins a clause ("Är de försäkrade när vi har
    träffarna?"), and "Vad händer när vi har skickat in?" asks what, not when."""
    rest = _WHEN.sub(" ", question)
    if _asked()["date"](rest):
        return True
    _, wondering, _ = _condition_words()
    for found in _WHEN.finditer(question):
        before = question[: found.start()].rstrip()
        if not before or before[-1] in ",;:!?.(–-":
            return True
        said = words(before)
        if not said or said[-1] in _CLAUSE_OPENERS or said[-1] in wondering:
            return True
    return False


# Kinds asked by a measure of time or number ("hur lång tid", "hur många"); the phrases
# of the others name their topic too ("vad kostar": "det kostar inget att delta",
# "fattade beslutet").
_MEASURED = frozenset({"duration", "count"})


def kind_words(question: str) -> frozenset[str]:
    """The words of the phrases by which the question asks for a kind of answer ("hur
    lång tid", "hur många år"): they say what kind of fact is wanted, not what it is
    about, so "tid" in "hur lång tid tar det" is no topic to find in "Verksamhetstid"."""
    return frozenset(
        w
        for kind, matcher in _asked().items()
        if kind in _MEASURED
        for phrase in matcher.found(question)
        if " " in phrase.strip()
        for w in words(phrase)
    )


def asking_sentences(text: str) -> list[str]:
    """The sentences of a message that ask, in order: those that end in "?", and those
    whose word order asks in Swedish whatever the punctuation: the verb before its
    subject ("Spelar det någon roll hur mycket pengar det gäller."), or a question word
    and then the verb ("vad gäller om någon av oss vill avsluta det")."""
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    return [s for s in sentences if s.rstrip().endswith("?") or _inverted(s) or _wh_first(s)]


def told_text(text: str, asking: list[str] | None = None) -> str:
    """The message without its questions: what it tells ("Jag ringde föreningsservice
    förra veckan …")."""
    for sentence in asking_sentences(text) if asking is None else asking:
        text = text.replace(sentence, " ")
    return text


@cache
def _inversion() -> tuple[frozenset[str], frozenset[str]]:
    spec = load_cues("question_words.yaml")["inverted"]
    return frozenset(spec["verbs"]), frozenset(spec["subjects"])


def _inverted(sentence: str) -> bool:
    """A finite verb first (present tense in -r, or a modal), then a subject pronoun:
    "Finns det …", "Kan vi …", "Spelar det …" (after "och"/"men" too)."""
    found = _opening_words(sentence)
    if len(found) < 3:
        return False
    _, subjects = _inversion()
    return _finite(found[0]) and found[1] in subjects


def _wh_first(sentence: str) -> bool:
    """A question word and right after it a finite verb: "Vad gäller …", "Hur ansöker
    man …", "Vilka föreningar har IOP". With anything else after the question word it is a
    clause that tells ("När barnen kommer hem …", "Hur många medlemmar vi har …"), and a
    relative clause makes a noun of it ("Vilka föreningar som får stöd avgör …")."""
    found = _opening_words(sentence)
    if len(found) < 3 or found[0] not in _wh_words():
        return False
    return _finite(found[1]) and found[2] != "som" and found[1] not in _inversion()[1]


def _opening_words(sentence: str) -> list[str]:
    found = [w for w in words(sentence) if not w.isdigit()]
    return found[1:] if found[:1] in (["och"], ["men"], ["and"], ["but"]) else found


def _finite(word: str) -> bool:
    """A modal or common verb of the list, or a present tense in -r."""
    return word in _inversion()[0] or (word.endswith("r") and len(word) > 3)


@cache
def _wh_words() -> frozenset[str]:
    return frozenset(load_cues("question_words.yaml")["asks"]["wh"])


@cache
def _second_question() -> re.Pattern[str]:
    """ "…, och när togs beslutet?", "När bestämmer de sig, när kan verksamheten börja":
    a conjunction or a comma opening a second wh-question. After a comma, a wh-word
    followed by its subject opens a clause of the same question ("…, när vi har …")."""
    wh = alternation(load_cues("question_words.yaml")["asks"]["wh"])
    verbs, subjects_ = _inversion()
    subjects = alternation(subjects_)
    # "… och går det att avsluta det?": a conjunction, then a verb of the list before its
    # subject, opens a yes-or-no question of its own (any word in -r would take plural
    # nouns too: "… för hyra och lokaler vi redan har").
    inverted = rf"(?:{alternation(verbs)})\s+(?:{subjects})\b"
    # "o" and "&" are "och" as people type it ("vem ringer man o när svarar dom").
    return re.compile(
        rf",?\s+(?:och|o|&|samt|and)\s+(?=(?:{wh})\b|{inverted}|(?:by|until|till)\s+(?:när|when)\b)"
        rf"|,\s+(?=(?:{wh})\s+(?!(?:{subjects})\b))",
        re.IGNORECASE,
    )


def question_parts(question: str) -> list[str]:
    """The questions a message asks, one per part: its asking sentences, each split where
    a conjunction opens another wh-question ("Vem fattade beslutet, och när?")."""
    asking = asking_sentences(question) or [question]
    return [p for s in asking for p in _joined(_second_question().split(s))]


@cache
def _condition_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    spec = load_cues("question_words.yaml")["condition"]
    subjects = frozenset(spec["subjects"]) | _inversion()[1]
    return frozenset(spec["if"]), frozenset(spec["wondering"]), subjects


def _conditional(before: list[str], after: list[str]) -> bool:
    """Whether "om"/"if" between these words opens a condition: at the start of a clause
    or before its subject ("… om vi har läxhjälp"), not as "about" ("ansöka om IOP") nor
    after a verb of wondering ("undrar om vi kan", "funderar på om")."""
    _, wondering, subjects = _condition_words()
    if before and before[-1] in wondering:
        return False
    return not before or bool(after and after[0] in subjects)


def main_clause(sentence: str) -> str:
    """The sentence without its conditional clauses, each up to its comma ("Om vi får ett
    IOP, är de frivilliga försäkrade?" → "är de frivilliga försäkrade?")."""
    opening, _, _ = _condition_words()
    kept: list[str] = []
    for clause in re.split(r"(?<=,)", sentence):
        tokens = clause.split()
        lowered = [w.strip(",.?!").lower() for w in tokens]
        cut = next(
            (
                i
                for i, w in enumerate(lowered)
                if w in opening and _conditional(lowered[:i], lowered[i + 1 :])
            ),
            None,
        )
        kept.append(clause if cut is None else " ".join(tokens[:cut]))
    return " ".join(" ".join(kept).split())


def _sets_the_scene(piece: str) -> bool:
    """A condition ("Om vi får ett partnerskap") or a statement, its subject first ("Vi
    vill börja vid nyår"): a piece that tells rather than asks. One that wonders ("Jag
    vill veta hur man ansöker", "Vi undrar vem som …") asks."""
    found = words(piece)
    if not found:
        return False
    opening, wondering, subjects = _condition_words()
    if found[0] in opening:
        return len(found) > 1 and found[1] in subjects
    if wondering & set(found):
        return False
    return found[0] in _inversion()[1] and len(found) > 1 and found[1] not in _inversion()[1]


def _joined(pieces: list[str]) -> list[str]:
    """The pieces of one sentence as questions: a piece that does not ask ("Om vi får ett
    partnerskap, när kommer pengarna?", "Vi vill börja vid nyår, när …?") is the setting
    of the question after it, not a question of its own."""
    out: list[str] = []
    setting = ""
    last = len(pieces) - 1
    for i, piece in enumerate(p.strip() for p in pieces):
        if not piece:
            continue
        if i != last and _only_wh_words(piece):
            # "Hur och när betalar de ut pengarna?": the question words of one question.
            setting = f"{setting}{piece} och "
            continue
        if i != last and _sets_the_scene(piece):
            setting = f"{setting}{piece}, "
            continue
        out.append(setting + piece)
        setting = ""
    if setting:
        out.append(setting.rstrip(", "))
    return out


def _only_wh_words(piece: str) -> bool:
    words = [w.strip(",.?!").lower() for w in piece.split()]
    return bool(words) and all(w in _wh_words() for w in words)


def asked_parts(question: str, split: bool = True) -> list[frozenset[str]]:
    """The kinds each asking sentence asks for, in order: people tell first and ask
    after, and "när de ändå är där" in the telling asks for no date; nor does a condition
    ("Är de försäkrade om nån trillar när vi har verksamhet?")."""
    asking = asking_sentences(question)
    if len(sentence_spans(question)) < 2 or not asking:
        asking = [question]
    # "När måste idéskissen vara inne, och hur länge dröjer det …?" asks two things: a
    # date and a duration, each in its own part ("hur länge" alone would take the date).
    # Unsplit, each sentence counts as one question (whether it is answered at all).
    return [
        expected_types(main_clause(part))
        for sentence in asking
        for part in (_joined(_second_question().split(sentence)) if split else [sentence])
    ]


def asked_types(question: str) -> frozenset[str]:
    """The kinds the question's asking sentences ask for, together."""
    return frozenset().union(*asked_parts(question))


def holds(kind: str, text: str, is_list_item: bool = False, counts: str | None = None) -> bool:
    """Whether a unit holds an answer of that kind (a count of ``counts``, when given)."""
    if kind == "duration":
        return any(not _is_age(text, m) for m in _DURATION.finditer(text)) or bool(
            _PERIOD.search(text)
        )
    if kind == "date":
        return bool(_DATE.search(text))
    if kind == "deadline":
        return tells_deadline(text)
    if kind == "hours":
        return tells_hours(text)  # "tisdagar kl. 9–12"
    if kind == "amount":
        # "SEK 100" names its currency first, as a money amount does.
        return bool(_AMOUNT.search(text)) or holds("money", text)
    if kind == "money":
        # "SEK 95,000" names its currency first.
        return bool(_MONEY.search(text)) or any(a.kind == "money" for a in find_amounts(text))
    if kind == "decider":
        return bool(_bodies().search(text))
    if kind == "person":
        return bool(find_emails(text) or find_phones(text) or _ROLE_AND_NAME.search(text))
    if kind == "steps":
        # A list of steps, or a step told in prose: sending the idea in ("… och skickar den
        # till iop@…", "Idéskisser lämnas in till …").
        return is_list_item or bool(_LIST_ITEM.match(text)) or _tells_sending(text)
    if kind == "parties":
        return _names_a_party(text)
    if kind == "count":
        return holds_count(text, counts)
    return False


def _tells_sending(text: str) -> bool:
    return bool(_sending()(text))


@cache
def _sending() -> CueMatcher:
    return CueMatcher(load_cues("question_words.yaml")["sending_in"])


def counted(question: str) -> str | None:
    """What a "hur många …?" question counts ("föreningar"), if it says."""
    found = _counted().search(question)
    return found.group(1).lower() if found else None


@cache
def _count() -> re.Pattern[str]:
    """A count of things ("tolv föreningar", "ett tiotal ansökningar", "35 deltagare"): a
    number from two up (one is an article as often as a count), then up to three words
    that may name what it counts."""
    numbers = [w for w, n in number_words().items() if n >= 2] + list(round_counts())
    return re.compile(rf"\b(\d+|{alternation(numbers)})((?:\s+[a-zåäöé-]+){{1,3}})", re.IGNORECASE)


@cache
def _counted() -> re.Pattern[str]:
    """ "Hur många föreningar …?": the ask words of a count, then what it counts."""
    asks = load_cues("question_words.yaml")["answer_types"]["count"]
    return re.compile(rf"\b(?:{alternation(asks)})\s+([a-zåäöé]+)", re.IGNORECASE)


@cache
def _stem(word: str) -> str | None:
    terms = Analyzer().terms(word)
    return terms[0] if terms else None


@cache
def _not_counted() -> frozenset[str]:
    return frozenset(not_counts()) | frozenset(month_numbers())


def holds_count(text: str, noun: str | None = None) -> bool:
    """Whether a unit counts something (``noun``, when given, by its stem): "tolv
    föreningar har ansökt" answers "Hur många föreningar …?"; "högst tre sidor" and
    "december 2025" do not."""
    stem = _stem(noun) if noun else None
    for match in _count().finditer(text):
        number, after = match.group(1), match.group(2).lower().split()
        if _YEAR.fullmatch(number) or after[0] in _not_counted():
            continue
        if stem is None or any(_stem(w) == stem for w in after):
            return True
    return False


# "65 år eller äldre", "över 18 år", "70 years old": an age, not how long something lasts.
_AGE_AFTER = re.compile(
    r"\s*(?:(?:eller|och)\s+(?:äldre|yngre|över|uppåt)|gaml|gammal|fyllda|or older|and over|"
    r"and older|old\b)",
    re.IGNORECASE,
)
_AGE_BEFORE = re.compile(r"(?:över|under|fyllda|fyllt|från|above|over|under)\s+$", re.IGNORECASE)


# "15-19 år", "65–80 år": a range of years in two-digit numbers is an age group.
_AGE_RANGE = re.compile(r"^\d{2,3}\s*[–-]\s*\d{2,3}\s+år\b")


def _is_age(text: str, match: re.Match[str]) -> bool:
    after = _AGE_AFTER.match(text, match.end())
    before = _AGE_BEFORE.search(text[: match.start()])
    digits = match.group().strip()[:1].isdigit()
    return bool(after) or (bool(before) and digits) or bool(_AGE_RANGE.match(match.group()))


def only_season(kinds: frozenset[str], text: str) -> bool:
    """Whether the unit's only answer to "när" is a season ("… när bussarna går sällan
    och vintern är lång"): no day, month or year, nor a day and time of the week."""
    named = _NAMED_DATE.search(text) or tells_hours(text)
    return "date" in kinds and holds("date", text) and not named


def holds_any(
    kinds: frozenset[str] | tuple[str, ...],
    text: str,
    is_list_item: bool = False,
    counts: str | None = None,
) -> bool:
    """Whether a unit holds an answer of any of the kinds."""
    return any(holds(kind, text, is_list_item, counts) for kind in kinds)


@cache
def _speaker() -> re.Pattern[str]:
    """A person quoted: a verb of saying, then the name ("säger Erik Holmström")."""
    verbs = alternation(load_cues("question_words.yaml")["speaking_verbs"])
    return re.compile(rf"\b(?:{verbs})\s+{_NAME}\b")


def _names_a_party(text: str) -> bool:
    """A capitalised name inside the sentence that is not a place: "… med stiftelsen
    Fontänhuset", "Parter: Socialnämnden och Kvinnojouren Lund". Not in a contact line
    (its capitals are a person's name) nor in English text (which capitalises more)."""
    if find_emails(text) or find_phones(text) or detect_language(text) == "en":
        return False
    # A person quoted or named by a role ("säger Erik Holmström, kommunstyrelsens
    # ordförande") is no party.
    people = [m.span() for m in _ROLE_AND_NAME.finditer(text)]
    people += [m.span() for m in _speaker().finditer(text)]
    for match in _CAPITALISED.finditer(text):
        if any(a <= match.start() < b for a, b in people):
            continue
        before = text[: match.start()].rstrip()
        if not before.strip(_OPENERS) or before[-1] in _OPENERS + ".!?:":
            continue  # capitalised as a sentence's, item's or table cell's first word
        if not municipalities.detect(match.group()):
            return True
    return False
