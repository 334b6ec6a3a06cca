"""What kind of answer a question asks for, and whether a sentence holds one.

"How many ...?" asks for a number and "When ...?" for a time; a sentence that holds no number
(or no date) cannot be the answer, however close its words are. The searcher gives a sentence
that holds the expected kind a small bonus (``Weights.answer_type``). Only kinds that plain
text shows reliably are used: numbers, times, reasons ("Why ...?": "because", "in a bid to"),
and the names spaCy's entity recogniser tells apart at index time (people, places,
organisations: ``Unit.names``), counted only when the question does not name them itself:
"Who is the suspect in the El Paso shooting?" wants a name other than El Paso.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from enum import Enum

from article_qa.dates import MONTH_NAMES, WEEKDAY_NAMES
from article_qa.records import Name
from article_qa.textnorm import WORD, fold, is_question, tokens


class AnswerType(Enum):
    NUMBER = "number"
    COUNT = "count"
    """ "How many ...?": a count, which the entity recogniser tells from a year, a date or a
    share ("killed eleven", "190 people on board"; not "in 2016", "80%")."""
    TIME = "time"
    CLOCK = "clock"
    """ "What time ...?": a time of day ("at 6:20 pm", "shortly after midnight", "on Tuesday
    morning"), not any date."""
    DATE = "date"
    """ "What day ...?", "On what date ...?": a day ("on Monday", "December 20"), not a year or
    a time of day."""
    YEAR = "year"
    """ "What year ...?", "By what year ...?": a year, not any date."""
    REASON = "reason"
    """ "Why ...?": a cause or purpose ("because ...", "in a bid to ...")."""
    AGE = "age"
    """ "How old ...?": an age ("aged 25", "a 15-year-old", "Emily Spanton, 39,"), not any
    number."""
    DURATION = "duration"
    """ "How long did ... take?": a span of time ("took 22 minutes", "for three years")."""
    MONEY = "money"
    """ "How much did ... cost?": a sum of money ("£30m", "six billion euros")."""
    MEASURE = "measure"
    """ "How far/fast/tall/deep/heavy ...?": a number with a unit of length, speed, area or
    weight ("22 miles", "100 mph", "ten lbs"), not any number. ("How big" and "How long is"
    are left to any number: a loan or a mourning period is big or long too.)"""
    CAUSE_OF_DEATH = "cause of death"
    """ "How did they die?", "What killed ...?": how someone died ("suffocated", "caused by
    carbon monoxide poisoning", "shot"), which a sentence saying only that they died does not
    tell."""


class Wanted(Enum):
    """What a bare wh-question asks for."""

    REASON = "reason"
    TIME = "time"
    PLACE = "place"
    NUMBER = "number"
    PERSON = "person"
    AGENT = "agent"
    """ "By whom?": a person, or the agent of a passive ("killed by militants")."""
    MANNER = "manner"
    """ "How?": the means or way something was done ("with a petition", "by walking")."""
    SPEAKER = "speaker"
    """ "Who said that?": a sentence attributed to someone (read at index time)."""
    ANY = "any"


ASKS_NUMBER = re.compile(
    r"\b(?:how (?:many|much|long|old|far|big|large|tall|high|deep|often)|what (?:number|percentage"
    r"|share|proportion|amount|age|score)|at what (?:age|speed|cost|price))\b",
    re.IGNORECASE,
)
QUANTITY_NOUNS = "count|tally|toll|total|number|margin|turnout|population|rate"
ASKS_QUANTITY = re.compile(
    r"\bwhat(?:'s|\s+(?:is|was|were|are|will be|has been))?\s+the\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{QUANTITY_NOUNS})s?\b",
    re.IGNORECASE,
)
""" "What was the vote count?", "What's the death toll?", "What is the population of ...?": a
noun that names a quantity, which the answer gives as a number."""
ASKS_TIME = re.compile(
    r"^(?:when|since when|until when)\b|\b(?:what|which) (?:date|day|year|month|time|decade|"
    r"century)\b|\bhow long ago\b",
    re.IGNORECASE,
)
NUMBER_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozen|dozens|half|"
    r"quarter|single|double|twice"
)
HOLDS_NUMBER = re.compile(rf"\d|\b(?:{NUMBER_WORDS})\b", re.IGNORECASE)
UNITS_OF_TIME = (
    r"seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?"
    r"|centuries|seasons?|terms?"  # "played eight seasons", "served two terms"
)
HOLDS_TIME = re.compile(
    rf"\b(?:{MONTH_NAMES})\b\.?|\b{WEEKDAY_NAMES}\b|\b(?:1[5-9]|20)\d\d(?:s|['’]s)?\b|"
    r"\b(?:yesterday|today|tomorrow|tonight|last (?:week|month|year|night)|next (?:week|month|"
    r"year)|(?:this|that) (?:morning|afternoon|evening|week|month|year)|"
    r"(?:this|that|last|next|early|late|in the|by the) "
    r"(?:spring|summer|autumn|fall|winter|weekend)|(?:[01]?\d|2[0-3]):[0-5]\d|"
    r"\d{1,2}(?::\d\d)? ?"
    r"(?:a\.?m\.?|p\.?m\.?)|century|centuries|decades?|ago|until|since|"
    # a time told from now: "in the next few weeks", "over the past days", "within a week",
    # "in two months", "within days"; not "in years of research"
    rf"(?:in|within|over) the (?:next|coming|past|last) (?:[\w-]+ )?(?:{UNITS_OF_TIME})|"
    rf"(?:in|within) (?:an?|a few|several|{NUMBER_WORDS}|\d+)[ -](?:{UNITS_OF_TIME})|"
    rf"within (?:{UNITS_OF_TIME}))\b(?!\s+of\b)",
    re.IGNORECASE,
)


TIME_ADVERBS = re.compile(
    r"\b(?:afterwards?|later|then|earlier|recently|initially|finally|eventually|first|again|"
    r"now|since|before|beforehand|at (?:first|the time|the end)|the|a|on|in|at|of|during)\b",
    re.IGNORECASE,
)
"""Words that say when, not what ("afterwards", "at first"), and the small words around a time."""


def only_a_time(phrase: str) -> bool:
    """Whether ``phrase`` says only when ("afterwards", "on Tuesday", "in May 2020"): what a
    statement was about is then not told."""
    return not TIME_ADVERBS.sub("", HOLDS_TIME.sub("", phrase)).strip(" ,.")


ASKS_YEAR = re.compile(r"\b(?:what|which) year\b", re.IGNORECASE)
ASKS_CLOCK = re.compile(r"\b(?:what|which) time\b(?!\s+(?:of|zone)\b)", re.IGNORECASE)
ASKS_DATE = re.compile(r"\b(?:what|which) (?:day|date)\b(?!\s+of\s+the\s+week\b)", re.IGNORECASE)
HOLDS_CLOCK = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b\d{1,2}(?::\d\d)?\s?(?:a\.?m\b\.?|p\.?m\b\.?)|\bo['’]clock\b"
    r"|\b(?:noon|midday|midnight|dawn|dusk|overnight|morning|afternoon|evening|night)\b",
    re.IGNORECASE,
)
HOLDS_DATE = re.compile(
    rf"\b{WEEKDAY_NAMES}\b|\b(?:{MONTH_NAMES})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:of\s+)?(?:{MONTH_NAMES})\b|\b(?:yesterday|today|tomorrow)\b",
    re.IGNORECASE,
)
HOLDS_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


ASKS_REASON = re.compile(
    r"^(?:and\s+|so\s+|but\s+)?(?:why|how come|for what (?:reason|purpose))\b|\bwhat (?:was|is|were"
    r"|are) the (?:reason|reasons|motive|motives|cause|purpose)\b",
    re.IGNORECASE,
)


ASKS_AGE = re.compile(r"\bhow old\b|\b(?:what|which) age\b", re.IGNORECASE)
ASKS_DURATION = re.compile(
    r"\bhow long (?:did|does|do|will|would|has|have|had|can|could|should|must)\b"
    r"(?!.*\bbe\W*$)",
    re.IGNORECASE,
)
"""Not "How long is the bridge?", a length, nor "How long ago?", a time, nor "How long will
the pipeline be?", which may be either."""
ASKS_COUNT = re.compile(
    rf"\bhow many\b(?!\s+(?:{UNITS_OF_TIME})\b)|\bwhat number of\b", re.IGNORECASE
)
"""Not "How many weeks ...?": spaCy labels "22 weeks" a date, and "up to week 22" answers it."""
COUNTED = frozenset({"CARDINAL"})
"""The entity label of a count ("eleven", "190"); spaCy labels a year or a span of time DATE,
a share PERCENT."""
ASKS_MONEY = re.compile(
    r"\bhow much\b(?!\s+of\b).*\b(?:cost|costs|pay|paid|pays|worth|spend|spent|charge|charged|"
    r"fine|fined|raise|raised|earn|earned|price|invest|invested|owe|owed|sell|sold|buy|bought|money|cash|"
    r"funding|receive|received|award|awarded|donate|donated|bid|bids|offer|offered|lend|lent|"
    r"loan|loaned|borrow|borrowed)\b",
    re.IGNORECASE,
)
ASKS_MEASURE = re.compile(
    r"\bhow (?:far|fast|tall|high|deep|heavy|wide|thick)\b|\bhow much (?:does|did|do) .+ weigh\b"
    r"|\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+the\s+(?:mass|weight|distance|speed|height|"
    r"depth|width|diameter|altitude|wingspan)\b",
    re.IGNORECASE,
)
UNITS = (
    r"km|kilomet(?:re|er)s?|miles?|mi|met(?:re|er)s?|m|cm|mm|ft|feet|foot|inch(?:es)?|yards?|"
    r"mph|km/h|kph|knots?|m/s|kg|kilo(?:gram)?s?|grams?|g|lbs?|pounds?|tonnes?|tons?|"
    r"hectares?|acres?|square|light[- ]years?|parsecs?|M☉|solar mass(?:es)?"
)
HOLDS_MEASURE = re.compile(
    rf"(?:\d|\b(?:{NUMBER_WORDS}))[\d,.]*\s*(?:-\s*)?(?:{UNITS})(?!\w)", re.IGNORECASE
)
ASKS_CAUSE_OF_DEATH = re.compile(
    r"\bhow (?:did|do|does|were|was|had|have)\b.*\b(?:die|died|killed|murdered)\b"
    r"|\bwhat (?:killed|caused (?:the |their |his |her )?deaths?)\b|\bcause of (?:the )?deaths?\b"
    r"|\bwhat did\b.*\bdie (?:of|from)\b",
    re.IGNORECASE,
)
HOLDS_AGE = re.compile(
    rf"\baged?\s+(?:\d+|{NUMBER_WORDS})\b|\b(?:\d+|{NUMBER_WORDS})[- ]years?[- ]old\b"
    r"|\bages?\s+(?:of\s+|from\s+|between\s+)?\d+|(?<!\d),\s*(?:now\s+)?\d{1,3}\s*,(?!\d)"
    r"|\b(?:was|is|were|are|am)\s+(?:(?:about|around|nearly|almost|just)\s+)?\d{1,3}\b"
    r"|\b\d{1,3}\s+years\s+of\s+age\b|\b(?:dies|died|dead)\s+at\s+\d{1,3}\b"
    # a person's age in words, the clause ending there: "I was eight when I first ..."
    rf"|\b(?:I|he|she|we|they)\s+(?:was|were|is|are|am)\s+(?:about\s+|only\s+)?"
    rf"(?:{NUMBER_WORDS})(?=\s*(?:[,.;)]|when\b|and\b|at\s+the\s+time\b|$))",
    re.IGNORECASE,
)
BEGINNING_YEAR = re.compile(
    r"\b(?:built|founded|established|opened|formed|born|dat(?:e|es|ed|ing)\s+(?:back\s+)?"
    r"(?:to|from))\s+(?:in\s+)?(?:[A-Za-z]+\s+){0,2}(?:1[0-9]|20)\d\d\b"
    r"|\b(?:built|founded|established|completed|constructed|erected|dat(?:e|es|ed|ing)\s+"
    r"(?:back\s+)?(?:to|from))\s+(?:in\s+)?the\s+(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+)\s+century\b",
    re.IGNORECASE,
)
"""When something began, which tells its age to a reader: "dates to 1873", "was founded
in 1992", "born in March 1922", a building's century, "completed in the 13th century". Enough for
an answer not to be said to lack an age (``lacking_note``), but no age for ranking: the
sentence giving one is the better answer (counted as an age, it lowered news_probe's check mrr
0.804 -> 0.802)."""
HOLDS_DURATION = re.compile(
    rf"\b(?:\d+(?:[.,]\d+)?|{NUMBER_WORDS}|an?|several|few)[\s-]+(?:{UNITS_OF_TIME})\b"
    r"|\bsince (?:(?:early|mid|late) )?(?:1[6-9]|20)\d\d\b",
    re.IGNORECASE,
)
"""A span of time: "for three years", "a few weeks", or its start: "since 2003"."""
HOLDS_CAUSE_OF_DEATH = re.compile(
    r"\b(?:died|dies|die) (?:of|from)\b|\bsuccumb(?:ed|s|ing)? to\b"
    # "killed by", and in the passive a few words on: "was killed last week by an airstrike"
    r"|\b(?:killed|caused) by\b|\b(?:was|were|been|being|is|are) (?:\w+ )?(?:killed|caused) "
    r"(?:(?![\w-]+ed\b)[\w-]+ ){1,3}?by\b"  # not "killed, as announced by the Pentagon"
    r"|\b(?:poison|suffocat|asphyxi|"
    r"drown|strangl|stabb|electrocut)\w*|\b(?:smoke inhalation|carbon monoxide|burns|gunshots?|"
    r"shot|heart attack|cardiac arrest|cancer|complications|overdose|injuries|crushed)\b",
    re.IGNORECASE,
)
CURRENCY_CODES = (
    "USD EUR GBP JPY CNY INR AUD CAD CHF SEK NOK DKK RUB BRL MXN ZAR NZD HKD SGD KRW TRY PLN "
    "HUF CZK ILS AED SAR EGP NGN KES PKR BDT IDR PHP THB MYR VND UAH ARS CLP COP PEN".split()
)
"""ISO 4217 codes of the currencies news most often gives amounts in ("SEK9 million")."""
CODES = "|".join(CURRENCY_CODES)
CURRENCY_WORDS = (
    r"dollars?|euros?|pounds?|yen|yuan|rupees?|francs?|pesos?|rubles?|roubles?|kronor|krona|"
    r"kroner|krone|koruna|korun|zloty|forints?|lira|rand|shekels?|shillings?|naira|baht|"
    r"ringgit|dirhams?|riyals?|cents?|pence"
)
HOLDS_MONEY = re.compile(
    r"[$€£¥₹]\s?\d"
    rf"|(?-i:\b(?:{CODES})\s?\d|\d\s?(?:{CODES})\b)"
    # a currency is money after an amount ("5 billion koruna", "750 million Norwegian crowns",
    # "millions of dollars"), not in "every dollar spent on pay" or "the pound fell"
    rf"|(?:\d|\b(?:{NUMBER_WORDS}))[\d,.]*\s+(?:of\s+)?(?:[A-Z][a-z]+\s+){{0,2}}"
    rf"(?:{CURRENCY_WORDS})\b"
    # a crown only after a figure or a large amount: "three crowns in a row" are titles
    r"|(?:\d|\b(?:thousand|million|billion))\s+(?:[A-Z][a-z]+\s+)?(?-i:crowns?)\b",
    re.IGNORECASE,
)


ASKING: tuple[tuple[re.Pattern[str], AnswerType], ...] = (
    (ASKS_YEAR, AnswerType.YEAR),
    (ASKS_CLOCK, AnswerType.CLOCK),
    (ASKS_DATE, AnswerType.DATE),
    (ASKS_AGE, AnswerType.AGE),
    (ASKS_DURATION, AnswerType.DURATION),
    (ASKS_MONEY, AnswerType.MONEY),
    (ASKS_CAUSE_OF_DEATH, AnswerType.CAUSE_OF_DEATH),
    (ASKS_MEASURE, AnswerType.MEASURE),
    (ASKS_TIME, AnswerType.TIME),
    (ASKS_COUNT, AnswerType.COUNT),
    (ASKS_NUMBER, AnswerType.NUMBER),
    (ASKS_QUANTITY, AnswerType.NUMBER),
    (ASKS_REASON, AnswerType.REASON),
)
"""How a question asks for each kind of answer, the narrower kinds first: "How old?" is an
age before it is a number, "What year?" a year before it is a time."""
NARROW_TYPES = frozenset(
    {
        AnswerType.AGE,
        AnswerType.YEAR,
        AnswerType.CLOCK,
        AnswerType.DATE,
        AnswerType.DURATION,
        AnswerType.MONEY,
        AnswerType.MEASURE,
        AnswerType.CAUSE_OF_DEATH,
    }
)
"""Kinds of answer that few sentences hold by chance: a sentence with an age ("aged 25") is
likely the one a "How old ...?" asks for, while most sentences of a news story hold some
number or time."""


def expected_type(question: str) -> AnswerType | None:
    """The kind of answer ``question`` asks for, when its wording says so (``ASKING``). "What
    year?" asks for a year, which a sentence holding only a day and month does not give;
    "How old?" an age, which not every number is."""
    return next((kind for asks, kind in ASKING if asks.search(question)), None)


ASKED_KIND = re.compile(
    r"\bhow (?:many|much)(?: people\b)?|\b(?:which|what) [a-z]+\b", re.IGNORECASE
)


def kind_words(question: str) -> set[str]:
    """The words (stemmed) of ``question`` that say what kind of answer it wants rather than
    what it is about: "How many people" (a count of persons), "Which street", "What time".
    The article need not hold them: it names the street, it does not say "street"."""
    asked = [ASKED_KIND, ASKS_NUMBER, ASKS_TIME]
    return {w for pattern in asked for m in pattern.finditer(question) for w in tokens(m[0])}


PASSIVE_GET = re.compile(r"\b(?:get|gets|got|gotten|getting)(?=\s+\w+(?:ed|en)\b)", re.IGNORECASE)
"""The "get" of a passive with a regular participle ("Who got stranded?", "Did anyone get
injured?"; not "get hurt")."""


def auxiliary_words(question: str) -> set[str]:
    """The words (stemmed) of ``question`` that only make its verb passive ("got" of "Who got
    stranded?") or place it in the present ("now", "currently", "still": "Who is the
    favourite now?"). The article need not hold them ("Solberg being stranded")."""
    passive = {w for m in PASSIVE_GET.finditer(question) for w in tokens(m[0])}
    return passive | {w for m in AT_PRESENT.finditer(question) for w in tokens(m[0])}


AT_PRESENT = re.compile(r"\b(?:now|currently|presently|still|anymore|nowadays)\b", re.IGNORECASE)
"""Adverbs that place a question in the present, which the article's past tense tells."""


def holds(text: str, kind: AnswerType) -> bool:
    """True when ``text`` contains something of that kind (a number, a date or time ...)."""
    return bool(HOLDS[kind].search(text))


ASIDE = re.compile(r"(\w+)\s*,\s+(?:which|who|whose|whom)\b(?:[^,;:!?.]|[,.](?=\d))*")
"""A non-restrictive relative clause, set off by a comma, and the word it follows (its
antecedent): "Storm Berta, which killed over 300 people in 2004"."""


def without_asides(text: str, question: str) -> str:
    """``text`` without its relative clauses about something the question does not name: in
    "Alda struck the same area as Storm Berta, which killed over 300 people in 2004", the
    number and year are Berta's, no answer to "How many people did Storm Alda kill?"; but
    "Gupta, who is 33, ..." still answers "How old is Gupta?"."""
    asked = set(tokens(question))
    return ASIDE.sub(
        lambda aside: aside.group(0) if asked & set(tokens(aside.group(1))) else aside.group(1),
        text,
    )


def holds_in_sentence(
    text: str, names: Iterable[tuple[str, str]], kind: AnswerType, question: str = ""
) -> bool:
    """``holds``, for a sentence whose named entities (label, text) the index kept: a count
    is what the recogniser labels one (``COUNTED``), not any number. With the ``question``,
    a relative clause about something else does not count (``without_asides``)."""
    if question:
        text = without_asides(text, question)
    if kind is AnswerType.COUNT:
        return any(label in COUNTED and name in text for label, name in names)
    return holds(text, kind)


class NameKind(Enum):
    """A kind of named thing a question asks for, and spaCy's entity labels for it."""

    PERSON = frozenset({"PERSON"})
    PLACE = frozenset({"GPE", "LOC", "FAC"})
    ORGANISATION = frozenset({"ORG"})
    INSTITUTION = frozenset({"ORG", "GPE", "LOC", "FAC"})
    """Where someone works or studies: an employer or school ("Newsweek", "Clemson
    University") as much as a place."""
    ANY = frozenset(
        {"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
    )
    """A name of any kind: what something is called ("What name would the storm get?")."""


ASKS_PLACE = re.compile(
    r"^(?:\w+\s+)?where\b|\b(?:which|what)\s+(?:\w+\s+)?(?:city|cities|country|countries|town|"
    r"village|state|province|region|airport|island|area|place|street|capital|district)\b",
    re.IGNORECASE,
)
ASKS_INSTITUTION = re.compile(
    r"^(?:\w+\s+)?where\b.*\b(?:work|works|worked|working|stud(?:y|ied|ies|ying)|teach|teaches|"
    r"taught|teaching|train|trained|employed|educated|graduate|graduated|school|college)\b",
    re.IGNORECASE,
)
ASKS_ORGANISATION = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:company|companies|firm|airline|bank|newspaper|agency|"
    r"organi[sz]ation|team|club|university|ministry|union|network|channel|broadcaster|court|"
    r"police)\b",
    re.IGNORECASE,
)
"""Not "which party": spaCy labels a party ORG ("Labor") or NORP ("the Greens") unpredictably."""
ASKS_PERSON = re.compile(r"^(?:\w+\s+)?(?:who|whom|whose)\b", re.IGNORECASE)
ASKS_ANY_NAME = re.compile(
    r"^(?:\w+\s+)?what\b(?:\s+(?:\w+\s+)?name\b"
    r"|(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?names?(?:\s+of\b|\W*$)"
    r"|\s+(?:is|was|are|were|will)\b.*\b(?:called|named)\W*$)",
    re.IGNORECASE,
)
"""What something is called: "What name would the depression get?", "What is the new party
called?", "What's the name of the ship?"."""


def expected_name(question: str) -> NameKind | None:
    """The kind of named thing ``question`` asks for: a place ("Where ...?", "Which airport
    ...?"), an organisation ("Which company ...?"), a person ("Who ...?", "To whom ...?") or
    a name of any kind ("What is it called?")."""
    if ASKS_INSTITUTION.search(question):
        return NameKind.INSTITUTION
    if ASKS_PLACE.search(question):
        return NameKind.PLACE
    if ASKS_ORGANISATION.search(question):
        return NameKind.ORGANISATION
    if ASKS_PERSON.search(question) and not ASKS_WHO_SOMEONE_IS.match(question):
        return NameKind.PERSON
    if ASKS_ANY_NAME.search(question):
        return NameKind.ANY
    return None


ASKS_WHO_SOMEONE_IS = re.compile(
    r"^\W*(?i:who)(?:['’]s|\s+(?i:is|was))\s+(?:[A-Z][\w’'-]*\s*)+\W*$"
)
"""Who a named person is ("Who is William Conley?"): a description of them, not another name
("Who is the suspect?", "Who was shot?" ask for one)."""


INTRODUCTION_ASKED = re.compile(
    r"^\W*(?:(?i:who)(?:['’]s|\s+(?i:is|was))\s+(?P<who>(?![Tt]he\b|[Aa]n?\b)[\w’'-]+"
    r"(?:\s+(?!exactly\b|again\b)[\w’'-]+){0,3})(?:\s+(?i:exactly|again))?"
    r"|(?i:what)(?:['’]s|\s+has)?\s+(?i:happened|happens)\s+(?i:to|with)\s+(?P<what>[^?]+?))"
    r"\W*$"
)
"""Who someone named is ("Who is William Conley?", "who's avenatti exactly?") and what
happened to someone or something ("What happened to Wiranto?", "what happened to the
tanker?"): the article answers where it first speaks of them, news introducing a person, and
telling its event, at the first mention."""


def introduction_asked(question: str, a_name: Callable[[str], bool]) -> str | None:
    """The person or thing ``question`` asks to be introduced (``INTRODUCTION_ASKED``):
    "William Conley", "the tanker"; None when it asks something else. Who someone is must be
    asked by a name: capitalised, or one ``a_name`` knows ("who is exempt?" asks for a
    person)."""
    asked = INTRODUCTION_ASKED.match(question.strip())
    if asked is None:
        return None
    who = asked["who"]
    if who is not None and re.search(r"['’]s\b", who):
        return None  # "Who is NATO's Secretary-General?" asks for a name
    if who is not None and not (all(w[:1].isupper() for w in who.split()) or a_name(who)):
        return None
    # what happened to the bridge, not "after the storm"
    return who or AFTER_THE_THING.split(asked["what"], maxsplit=1)[0]


AFTER_THE_THING = re.compile(
    r"\s+(?:after|before|during|when|while|if|since|following|because|amid|despite)\b",
    re.IGNORECASE,
)
"""The word that ends the thing "What happened to ...?" asks about and opens a phrase of when
or why: "the bridge after the storm" (not "in", "on" ...: "the man on the roof" is one)."""


THOROUGHFARE = re.compile(
    r"\s(?:Street|St|Road|Rd|Lane|Avenue|Ave|Boulevard|Highway|Drive|Square|Terrace|Crescent)\.?$"
)
"""The last word of a street's name: "Ashfield Lane" is a place, whatever label the recogniser
gave it (it reads some as people)."""


def names_new(entities: Iterable[Name], kind: NameKind, question: str) -> bool:
    """True when ``entities`` (a sentence's) hold a name of ``kind`` that ``question`` does not
    already give: every word of the question's own names is left out. A street's name
    (``THOROUGHFARE``) is a place."""
    asked = set(tokens(question))
    return any(
        (label in kind.value or (kind is NameKind.PLACE and THOROUGHFARE.search(text)))
        and not set(tokens(text)) <= asked
        for label, text in entities
    )


REASON = re.compile(
    r"\b(?:because|as a result|due to|owing to|in order to|so that|in response to|caused|"
    r"led to|reason|(?:that|this|which)(?:\s+(?:is|was)|['’]s)\s+why|to protest|to stop|"
    r"to prevent|to avoid|blamed|accused|so as to|"
    r"in (?:a|an) (?:bid|attempt|effort) to|motivated by|prompted by|"
    r"(?:at|on) the (?:request|urging|behest|invitation|advice|orders?) of|on (?:the )?condition|"
    # what someone is punished or praised for: "sentenced for driving his car into a crowd"
    r"for (?!(?:nothing|everything|something|anything|morning|evening)\b)[a-z]+ing)\b"
    # a purpose: "to" and a verb with its object ("met Putin to push for ...")
    r"|\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be|[a-z]+ing)\b)[a-z]+\s+"
    r"(?:for|the|a|an)\b",
    re.IGNORECASE,
)
HOLDS = {
    AnswerType.NUMBER: HOLDS_NUMBER,
    AnswerType.COUNT: HOLDS_NUMBER,  # from the words alone (``holds_in_sentence`` knows more)
    AnswerType.TIME: HOLDS_TIME,
    AnswerType.YEAR: HOLDS_YEAR,
    AnswerType.CLOCK: HOLDS_CLOCK,
    AnswerType.DATE: HOLDS_DATE,
    AnswerType.REASON: REASON,
    AnswerType.AGE: HOLDS_AGE,
    AnswerType.DURATION: HOLDS_DURATION,
    AnswerType.MONEY: HOLDS_MONEY,
    AnswerType.CAUSE_OF_DEATH: HOLDS_CAUSE_OF_DEATH,
    AnswerType.MEASURE: HOLDS_MEASURE,
}
PLACE = re.compile(
    r"\b(?:in|at|near|from|outside|inside|across|to)\s+(?:the\s+)?[A-Z][\w’'\-]+"
    r"|\b(?:street|road|city|town|village|province|region|country|airport|border)\b"
)
PERSON = re.compile(r"\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+")
AGENT = re.compile(
    r"\b(?:\w+(?:ed|en)|(?!(?:down|town|own)\b)\w+wn|(?:is|are|was|were|be|been|being)\s+\w+)"
    r"(?:\s+(?:in|at|on|near)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"
    r"\s+by\s+(?!(?:about|around|nearly|almost|roughly|just|more|less|up)\b)(?!\d)"
    r"(?-i:(?![a-z]+ing\b))\w",
    re.IGNORECASE,
)
"""The agent of a passive verb ("killed by militants", "were sunk by the waves", "defeated in
Dunbartonshire East by an SNP candidate"): who did it. Not an amount ("down by about 1.5%",
"fell by 20"), nor a means ("developed by building on ..."). A name alone is no answer to
"By whom?": any sentence of a news article names someone."""

MANNER = re.compile(
    r"\b(?:with|using|through|via|thanks to|by means of|by (?-i:[a-z]+ing\b))\b", re.IGNORECASE
)
"""The means or way of doing something: "won it with a petition", "by walking"."""


def holds_wanted(text: str, wanted: Wanted) -> bool:
    """True when ``text`` holds the kind of answer a short follow-up asks for ("Why?" a reason,
    "Where?" a place, "By whom?" a person's name ...). ``Wanted.ANY`` is held by any text but
    a question (``textnorm.is_question``)."""
    if is_question(text):
        return False
    if wanted is Wanted.TIME:
        return holds(text, AnswerType.TIME)
    if wanted is Wanted.NUMBER:
        return holds(text, AnswerType.NUMBER)
    if wanted is Wanted.SPEAKER:
        return False  # only the index knows who said a sentence: ``Searcher.about_previous``
    if wanted is Wanted.AGENT:
        return bool(AGENT.search(text))
    patterns = {
        Wanted.REASON: REASON,
        Wanted.PLACE: PLACE,
        Wanted.PERSON: PERSON,
        Wanted.MANNER: MANNER,
    }
    pattern = patterns.get(wanted)
    return pattern is None or bool(pattern.search(text))


GIVEN_AS = {
    AnswerType.NUMBER: "a number",
    AnswerType.COUNT: "a number",
    AnswerType.TIME: "a date or time",
    AnswerType.YEAR: "a year",
    AnswerType.CLOCK: "a time of day",
    AnswerType.DATE: "a day or date",
    AnswerType.AGE: "an age",
    AnswerType.DURATION: "a length of time",
    AnswerType.MONEY: "a sum of money",
    AnswerType.MEASURE: "a measurement",
    AnswerType.CAUSE_OF_DEATH: "a cause of death",
}
"""What a user is told the excerpts lack, for the kinds of answer plain text shows reliably.
Not a reason: "Why ...?" is answered in too many ways for a pattern to tell that it is not."""


PERSONAL = frozenset("he she they him her them his hers their theirs".split())
"""Pronouns by which an excerpt may speak of a person a question names."""


def lacking_note(question: str, quotes: Iterable[str], about: Collection[str] = ()) -> str | None:
    """The note for excerpts none of which holds the kind of answer ``question`` asks for
    ("How old was she?" and no age among them): the article may not say, and the user is
    told so rather than left to take the nearest excerpts for the answer. None when one of
    them holds it, or when the question's kind is not one that text shows (``GIVEN_AS``).
    ``about``: the words (folded) of the people the question names; an excerpt that names
    none of them, nor says "he", "she" or "they", holds someone else's ("How many votes did
    Hunt get?" and only "Johnson won 92,153 votes")."""
    kind = expected_type(question)
    given_as = GIVEN_AS.get(kind) if kind is not None else None
    if kind is None or given_as is None:
        return None
    if about:
        quotes = [q for q in quotes if set(WORD.findall(fold(q))) & ({*about} | PERSONAL)]
    quotes = [without_asides(quote, question) for quote in quotes]
    if any(holds(quote, kind) for quote in quotes):
        return None
    if kind is AnswerType.AGE and any(BEGINNING_YEAR.search(quote) for quote in quotes):
        return None
    if kind is AnswerType.TIME and any(holds(quote, AnswerType.AGE) for quote in quotes):
        return None  # an age tells when in a life: "She left Tanzania at the age of 16"
    return f"None of these excerpts gives {given_as}: the article may not say."


def asks_a_fact(question: str) -> bool:
    """Whether ``question`` asks for a number, a time or a name ("How many ...?", "When
    ...?", "Who ...?"): such a question is about an event, not about someone's words."""
    return expected_type(question) is not None or expected_name(question) is not None


ASKS_INSTANCE = re.compile(
    r"\b(?:which|what)\s+(?P<kind>(?:[a-z]+\s+){0,2}?[a-z]+)\s+"
    r"(?=(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b)",
    re.IGNORECASE,
)
"""A question for a named instance of a kind of thing: "Which bridge was closed?", "What tv
show did he announce it on?" (the kind: its last word, "bridge", "show")."""
NAME_WORD = r"(?:[A-Z][\w’'.&-]*|of|the|and|de|la)"


def instance_asked(question: str) -> str | None:
    """The kind of thing ``question`` asks which one of (``ASKS_INSTANCE``): its last word,
    singular ("bridge"); None when it asks for none, or for a kind ``expected_type`` or
    ``expected_name`` already reads (a year, a place)."""
    if expected_type(question) is not None or expected_name(question) is not None:
        return None
    asked = ASKS_INSTANCE.search(question)
    if asked is None or re.search(
        r"\b(?:kind|kinds|type|types|sort|sorts|else|reason|reasons)\b", asked["kind"], re.I
    ):
        return None  # "What kind of buildup?", "What reason ...?" ask for a description
    return _singular(asked["kind"].split()[-1].lower())


def _singular(noun: str) -> str:
    """``noun`` in the singular: "bridges" is "bridge", "agencies" "agency"."""
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith("ss"):
        return noun[:-1]
    return noun


def names_an_instance(text: str, kind: str, question: str) -> bool:
    """Whether ``text`` names a ``kind`` the question does not: a capitalised name ending
    with the word ("the George Washington Bridge"), or one right after or before it ("the
    show Morning Joe", "the Morning Joe show")."""
    asked = set(tokens(question))
    noun = rf"{re.escape(kind)}(?:s|es)?"
    name = rf"[A-Z][\w’'.&-]*(?:\s+{NAME_WORD})*"
    patterns = (
        rf"\b(?P<name>{name}\s+(?i:{noun}))\b",
        rf"\b(?i:{noun}),?\s+(?P<name>{name})",
        rf"(?P<name>{name})\s+(?i:{noun})\b",
    )
    for pattern in patterns:
        for match in re.finditer(pattern, text):
            words = set(tokens(match["name"])) - set(tokens(kind))
            if words and not words <= asked:
                return True
    return False
