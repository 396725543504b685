"""How long the organisation must have existed: "Organisationen har bedrivit verksamhet
i kommunen i minst två år". The description tells its age in many ways ("vi har funnits
sedan 2009", "bildades förra året", "founded last October, so it's about a year old",
"en nystartad förening", "six months ago"); the age told is compared with the age asked,
both in months ("minst 18 månader"). A rule may instead set the latest founding date
("ha bildats senast den 31 december 2023"), held against the founding the description tells.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from functools import cache

from assistant.answers.eligibility.concepts import clauses, concept_in, tells_an_exception
from assistant.core.swedish.cues import alternation, load_cues, matcher, word_pattern
from assistant.core.swedish.dates import find_dates
from assistant.core.swedish.numbers import count_pattern, read_count
from assistant.core.swedish.sentences import sentence_spans

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_AGO_LEAD = 4  # the founding verb stands this close before "för två år sedan"
_ABOUT = r"(?:drygt\s+|nästan\s+|ungefär\s+|cirka\s+|about\s+|almost\s+|around\s+)?"
_HALF = r"(?:\s+(?:och\s+ett\s+halvt|och\s+en\s+halv|and\s+a\s+half))?"
# A count of years or of months, and how many months one is.
_YEARS, _MONTHS = r"år|years?", r"månader|månad|months?"
_UNIT = rf"({_YEARS}|{_MONTHS})"
_YEAR_MONTHS = 12


def _months(count: str, unit: str, told: str = "") -> int | None:
    """``count`` years or months in months; "och ett halvt år" adds half a year, "och tre
    månader" three months."""
    value = read_count(count)
    if value is None:
        return None
    if unit.lower().startswith(("mån", "month")):
        return value
    half = _YEAR_MONTHS // 2 if re.search(_HALF_WORDS, told, re.IGNORECASE) else 0
    extra = _AND_MONTHS.search(told)
    more = read_count(extra.group(1)) if extra else None
    return value * _YEAR_MONTHS + half + (more or 0)


_SUBJECT_WORDS = 3  # "Organisationsnumret ska ha" before a verb of age
# "ett år och tre månader": the months after a count of years.
_AND_MONTHS = re.compile(rf"\b(?:{_YEARS})\s+(?:och|and)\s+(\w+)\s+(?:{_MONTHS})\b", re.I)
_MONTHS_AFTER = rf"(?:\s+(?:och|and)\s+\w+\s+(?:{_MONTHS}))?"
_HALF_WORDS = r"\b(?:halvt|halv|half)\b"


@cache
def _at_least() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:minst|at least)\s+{count_pattern()}{_HALF}\s+{_UNIT}\b", re.IGNORECASE
    )


@cache
def _tenure_verbs() -> str:
    cues = load_cues("criteria_words.yaml")
    return alternation([*cues["tenure_rule"], *cues["assigned_verbs"]])


@cache
def _assigned() -> re.Pattern[str]:
    """A registration word, then a verb of its being given ("Organisationsnumret ska ha
    tilldelats")."""
    verbs = alternation(load_cues("criteria_words.yaml")["assigned_verbs"])
    return re.compile(rf"{_registration().pattern}(?:\W+\w+){{0,3}}?\W+(?:{verbs})\b", re.I)


@cache
def _verb_after() -> re.Pattern[str]:
    """A verb of the organisation's age just after its "minst N år"."""
    return re.compile(rf"(?:\W+\w+){{0,3}}?\W+(?:{_tenure_verbs()})\b", re.IGNORECASE)


@cache
def _tenure_verb() -> re.Pattern[str]:
    """A verb of the organisation's age, with the "minst" of its age close after it."""
    return re.compile(
        rf"\b(?:{_tenure_verbs()})\b(?:\W+\w+){{0,5}}?\W+(?=minst\b|at least\b)", re.I
    )


@cache
def _age_told() -> re.Pattern[str]:
    """ "funnits i tre år", "är fem år gammal", "about a year old", "for 3 years"."""
    return re.compile(
        rf"\b(?:i|in|for|sedan|på)\s+{_ABOUT}{count_pattern()}{_HALF}"
        rf"\s+{_UNIT}\b|\b{count_pattern()}\s+{_UNIT}\s+(?:gammal|gamla|old)\b",
        re.IGNORECASE,
    )


@cache
def _ago() -> re.Pattern[str]:
    """ "för ett och ett halvt år sen", "two years ago": a founding so long ago."""
    return re.compile(
        rf"\b(?:för\s+)?{_ABOUT}{count_pattern()}{_HALF}\s+{_UNIT}{_MONTHS_AFTER}\s+(?:sedan|sen|ago)\b",
        re.IGNORECASE,
    )


def required_age(rule: str) -> int | None:
    """The organisation's least age in months, if the rule asks for one."""
    # "Minst två år från registreringsdatum hos Skatteverket": an age by its start alone.
    dated = _dated_from_registration(rule)
    if dated is not None:
        return _months(dated.group(1), dated.group(2), dated.group())
    if not (matcher("criteria_words.yaml", "tenure_rule")(rule) or _assigned().search(rule)):
        return None
    # "ska ha bildats minst 18 månader", not "ska löpa minst 24 månader och parterna ska
    # vara verksamma": the age stands right after its verb.
    verb = _tenure_verb().search(rule)
    found = _at_least().match(rule, verb.end()) if verb else None
    if found is None:
        # … or just before it: "minst tre år sedan det första årsmötet".
        found = next(
            (f for f in _at_least().finditer(rule) if _verb_after().match(rule, f.end())), None
        )
    return _months(found.group(1), found.group(2), found.group()) if found else None


def told_age(clause: str) -> int | None:
    """The organisation's age told in years or months ("funnits i tre år", "a year old",
    "six months ago"), in months."""
    words = "criteria_words.yaml"
    if matcher(words, "new_org")(clause):
        return 0
    ago = _ago().search(clause)
    # … with a founding verb just before it ("startade för två år sen"): "jag gick med för
    # två år sedan" in a clause about a club founded in 1985 is the asker's own time.
    if ago is not None:
        # The association's own name between does not count ("started an association,
        # Skaftö Youth Club, six months ago").
        before = [w for w in clause[: ago.start()].split() if not w[:1].isupper()]
        lead = " ".join(before[-_AGO_LEAD:])
        if matcher(words, "founded")(lead):
            return _months(ago.group(1), ago.group(2), ago.group())
    # An age counts with a founding verb, or as "N år gammal" by itself; not beside a
    # founding year ("grundades 2010 och vi har drivit läxhjälpen i tre månader"), which
    # says the organisation's age where the count is the activity's.
    if _YEAR.search(clause):
        return None
    age = _age_told().search(clause)
    if age is not None and (matcher(words, "founded")(clause) or age.group(3) is not None):
        if age.group(1) is not None:
            return _months(age.group(1), age.group(2), age.group())
        return _months(age.group(3), age.group(4), age.group())
    return None


def told_months(clause: str, today: date | None) -> int | None:
    """The organisation's age as one clause of a description tells it, if it does."""
    words = "criteria_words.yaml"
    age = told_age(clause)
    if age is not None:
        return age
    if not matcher(words, "founded")(clause):
        return None
    dated = _months_since(clause, today)
    if dated is not None:
        return dated
    years = _years_since(clause, today)
    if years is not None:
        return years
    if matcher(words, "last_year")(clause):
        return _YEAR_MONTHS
    if matcher(words, "this_year")(clause):
        return 0
    return None


def _months_since(clause: str, today: date | None) -> int | None:
    """Whole months from the earliest month and year the clause tells ("den 12 maj 2024",
    "i november 2023") to ``today``."""
    if today is None:
        return None
    # A date still to come is the activity's ("sedan 2004 … varje torsdag från 1 juni till
    # 31 oktober 2027"), not when anything began.
    now = (today.year, today.month)
    told = [(d.year, d.month) for d in find_dates(clause) if d.year and d.month]
    told = [t for t in told if t <= now]
    if not told:
        return None
    year, month = min(told)
    return (today.year - year) * _YEAR_MONTHS + today.month - month


def _years_since(text: str, today: date | None) -> int | None:
    """Whole years, in months, since the first year past or present the text tells alone
    ("bildades 2011", "(registrerad 2016, 33 medlemmar)")."""
    if today is None:
        return None
    year = next((int(y) for y in _YEAR.findall(text) if int(y) <= today.year), None)
    return None if year is None else (today.year - year) * _YEAR_MONTHS


def _reference(description: str, today: date | None) -> date | None:
    """The day the age is reckoned on: the month the asker plans to send the idea in
    ("Vi vill skicka in idén … nu i mars 2026"; not "Vi började söka bidrag i mars
    2020"), as rules count to "den dag idéskissen kommer in"; today otherwise."""
    send = matcher("criteria_words.yaml", "send_verbs")
    plan = matcher("criteria_words.yaml", "plan_words")
    for clause in clauses(description):
        if not (send(clause) and plan(clause)):
            continue
        told = [d for d in find_dates(clause) if d.year and d.month]
        if told:
            return date(told[0].year or 0, told[0].month or 1, told[0].day or 1)
    return today


@cache
def _registration() -> re.Pattern[str]:
    return word_pattern(load_cues("criteria_words.yaml")["registration_words"])


def _counts_from_registration(rule: str) -> bool:
    """Whether the rule's age is the registration's: its verb is ("ha varit registrerad
    … i minst två år", "haft organisationsnummer i minst tre år"), or it says it counts
    from it ("räknat från registreringsdatumet"); not "ska vara registrerad hos
    Skatteverket och ha funnits i minst två år"."""
    verb = _tenure_verb().search(rule)
    # … or its subject just before the verb ("Organisationsnumret har tilldelats minst 24
    # månader före …").
    if verb is not None:
        # … of its own clause: "registrerad hos Skatteverket och ha funnits i minst två år"
        # counts the existence.
        lead = re.split(r"\b(?:och|and|samt)\b|,", rule[: verb.start()])[-1]
        subject = " ".join(lead.split()[-_SUBJECT_WORDS:])
        if _registration().search(f"{subject} {verb.group()}"):
            return True
    since = matcher("criteria_words.yaml", "counted_from").at(rule)
    if since is not None and _registration().search(rule, since) is not None:
        return True
    # "minst tre år från registreringsdatum": the age itself starts at it (not "Intyg från
    # Skatteverket ska bifogas" elsewhere in the rule).
    return _dated_from_registration(rule) is not None


def _dated_from_registration(rule: str) -> re.Match[str] | None:
    """The age a rule asks that starts at the registration ("minst tre år från
    registreringsdatum")."""
    return next(
        (f for f in _at_least().finditer(rule) if _from_registration(rule[f.end() :])), None
    )


_START_WORDS = 2  # "från registreringsdatum", "from the registration"


def _from_registration(after: str) -> bool:
    """Whether the words right after an age start it at the registration ("från
    registreringsdatum", "from the date of registration")."""
    # Within the age's own part: "minst ett år från ansökningsdagen och ha
    # organisationsnummer" starts at the application.
    own = re.split(r"\s(?:och|and|samt)\s|[,.;]", after, maxsplit=1)[0]
    said = own.split()[: _START_WORDS + 3]
    start = matcher("criteria_words.yaml", "counted_from_start")
    return (
        bool(said)
        and bool(start(" ".join(said[:2])))
        and _registration().search(" ".join(said)) is not None
    )


@cache
def _by_date() -> re.Pattern[str]:
    """A founding verb with its latest date after it ("ha bildats senast den 31 december
    2023", "grundats före 2024"); the date itself is read by ``find_dates`` or as a year."""
    latest = alternation(load_cues("criteria_words.yaml")["latest"])
    return re.compile(
        rf"\b(?:{_tenure_verbs()})\b(?:\W+\w+){{0,3}}?\W+({latest})\s+(?:den\s+)?", re.I
    )


def founded_by(rule: str) -> date | None:
    """The latest founding day a rule allows, if it sets one: a date "senast" is the last
    day allowed, one "före" the day after it ("före 2024": 2023-12-31)."""
    found = _by_date().search(rule)
    if found is None:
        return None
    after = rule[found.end() :]
    before = found.group(1).lower() in load_cues("criteria_words.yaml")["before"]
    dates = [d for d in find_dates(after) if d.start == 0 and d.year is not None]
    if dates:
        told = dates[0]
        assert told.year is not None
        if before:
            first = date(told.year, told.month or 1, told.day or 1)
            return first - timedelta(days=1)
        month = told.month or 12
        return date(told.year, month, told.day or monthrange(told.year, month)[1])
    year = _YEAR.match(after)
    if year is None:
        return None
    return date(int(year.group(1)) - (1 if before else 0), 12, 31)


def _judge_registered(latest: date, description: str) -> tuple[bool, str] | None:
    """(met?, the clause) from the first date after a word of the registration ("men
    organisationsnumret kom först den 3 februari 2026")."""
    for clause in clauses(description):
        named = _registration().search(clause)
        told = [d for d in find_dates(clause[named.start() :])] if named else []
        told = [d for d in told if d.year is not None]
        if told:
            first = told[0]
            assert first.year is not None
            if first.day is None and (first.year, first.month or latest.month) == (
                latest.year,
                latest.month,
            ):
                return None  # "i juni 2026" against "senast den 15 juni 2026": theirs to say
            month = first.month or 12
            day = first.day or monthrange(first.year, month)[1]
            return date(first.year, month, day) <= latest, clause
    return None


def _founded_on(clause: str) -> tuple[int, int] | None:
    """When the description's clause says the organisation was founded: (year, month),
    month 0 when only the year is told."""
    if not matcher("criteria_words.yaml", "founded")(clause):
        return None
    # The earliest it tells: "Vi startade kören 2025, föreningen bildades 1990."
    told = [(d.year, d.month or 0) for d in find_dates(clause) if d.year is not None]
    told += [(int(y), 0) for y in _YEAR.findall(clause) if not any(t[0] == int(y) for t in told)]
    return min(told) if told else None


def _judge_founding(latest: date, description: str) -> tuple[bool, str] | None:
    """The earliest founding told decides: "Vi startade kören 2025, föreningen bildades
    1990" is an association of 1990. A founding in the deadline's month, or year when
    only the year is told, is for them to say unless the deadline ends it."""
    told = [(f, c) for c in clauses(description) if (f := _founded_on(c)) is not None]
    if not told:
        return None
    (year, month), clause = min(told, key=lambda t: (t[0][0], t[0][1] or 13))
    if (year, month or 13) > (latest.year, latest.month) and (year, month) > (latest.year, 0):
        return False, clause
    last_of_month = latest.day == monthrange(latest.year, latest.month)[1]
    if (year, month) < (latest.year, latest.month) and month:
        return True, clause
    if year < latest.year or (month and last_of_month) or (latest.month, latest.day) == (12, 31):
        return True, clause
    return None


def judge_tenure(rule: str, description: str, today: date | None) -> tuple[bool, str] | None:
    """(met?, the clause) when the rule asks for an age, or a latest founding date, and
    the description tells one."""
    least = required_age(rule)
    if least is None:
        latest = founded_by(rule)
        if latest is None:
            return None
        # "ska ha registrerats hos Skatteverket senast den 31 december 2025": the date
        # the registration's word has after it, not the founding meeting's.
        found = _by_date().search(rule)
        if found is not None and _registration().search(found.group()):
            dated = [c for c in clauses(description) if _registration().search(c)]
            if any(find_dates(c) for c in dated):
                return _judge_registered(latest, description)
        return _judge_founding(latest, description)
    # An age told in years or months is the asker's own reckoning: it goes before one
    # worked out from a founding year ("bildade i mars 2022, så vi har hållit på i två och ett
    # halvt år").
    said = clauses(description)
    today = _reference(description, today)
    # A rule reckoning from the registration ("räknat från registreringsdatumet hos
    # Skatteverket") is read off the clause dating the registration ("… skaffa
    # organisationsnummer förrän i november 2023"), not the founding meeting.
    if _counts_from_registration(rule):
        for clause in said:
            named = _registration().search(clause)
            if named is None:
                continue
            # The date after the registration's word is its own ("bildade föreningen i
            # augusti 2024, men organisationsnumret fick vi den 12 mars 2025").
            months = _months_since(clause[named.start() :], today)
            months = _months_since(clause, today) if months is None else months
            # "(registrerad 2016, 33 medlemmar)": a year alone, counted in whole years.
            if months is None:
                months = _years_since(clause[named.start() :], today)
            if months is not None:
                if months < least:
                    # A merged association counts its parts' time where the rule says so.
                    merged = _merged_age(rule, description, today)
                    if merged is not None:
                        return merged[0] >= least, merged[1]
                return months >= least, clause
    # Worked out from a year, the association's formation goes before how long its people
    # have met ("met as a study circle since 2018, but only formed an association in 2025");
    # a choir founded inside it ("Kören bildades 2024") is not the association.
    formed = matcher("criteria_words.yaml", "formed")

    def forms_association(clause: str) -> bool:
        return bool(formed(clause)) and concept_in("association", clause)

    by_formation = sorted(said, key=lambda clause: not forms_association(clause))
    for read, order in ((told_age, said), (lambda c: told_months(c, today), by_formation)):
        for clause in order:
            told = read(clause)
            if told is not None:
                if told < least:
                    merged = _merged_age(rule, description, today)
                    if merged is not None:
                        return merged[0] >= least, merged[1]
                return told >= least, clause
    return None


def _merged_age(rule: str, description: str, today: date | None) -> tuple[int, str] | None:
    """The age of the oldest of the associations merged into the asker's, in months, when
    the rule's exception counts a merged association's time from its parts ("Ett undantag
    gäller för en förening som har bildats genom sammanslagning …") and the description
    tells a merger and the parts' own years ("… när Målilla Pensionärsklubb (från 1987) och
    Mörlunda Seniorgrupp slog ihop sig", "Gamla PRO Hallstahammar fanns sedan 1962")."""
    merger = matcher("criteria_words.yaml", "merger")
    # "… har bildats genom sammanslagning … uppfyller kravet på två års registrering om …"
    # grants the requirement to a merger: an exception too.
    meets = matcher("criteria_words.yaml", "meets_requirement")
    excepted = any(
        merger(rule[a:b]) and (tells_an_exception(rule[a:b]) or meets(rule[a:b]))
        for a, b in sentence_spans(rule)
    )
    if today is None or not excepted:
        return None
    told = [c for c in clauses(description) if merger(c)]
    if not told:
        return None
    years = [int(y) for y in _part_year().findall(description) if int(y) <= today.year]
    return ((today.year - min(years)) * _YEAR_MONTHS, told[0]) if years else None


@cache
def _part_year() -> re.Pattern[str]:
    """A year a part was founded: in brackets ("(från 1987)", "(1978)") or after a word of
    since ("fanns sedan 1962"); not a decade ("sedan 1960-talet")."""
    since = alternation(load_cues("criteria_words.yaml")["part_since"])
    return re.compile(
        rf"(?:\(\s*(?:(?:{since})\s+)?|\b(?:{since})\s+)(19[5-9]\d|20\d\d)\b(?!-)",
        re.IGNORECASE,
    )
