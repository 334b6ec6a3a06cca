"""What kind of answer a question asks for, and whether a sentence holds one.

"How many ...?" asks for a number and "When ...?" for a time; a sentence that holds no number
(or no date) cannot be the answer, however close its words are. The searcher gives a sentence
that holds the expected kind a small bonus (``Weights.answer_type``). Only kinds that plain
text shows reliably are used: numbers and times.
"""

from __future__ import annotations

import re
from enum import Enum

from article_qa.dates import MONTH_NAMES, WEEKDAY_NAMES


class AnswerType(Enum):
    NUMBER = "number"
    TIME = "time"


class Wanted(Enum):
    """What a bare wh-question asks for."""

    REASON = "reason"
    TIME = "time"
    PLACE = "place"
    NUMBER = "number"
    PERSON = "person"
    AGENT = "agent"
    """ "By whom?": a person, or the agent of a passive ("killed by militants")."""
    ANY = "any"


ASKS_NUMBER = re.compile(
    r"\b(?:how (?:many|much|long|old|far|big|large|tall|high|deep|often)|what (?:number|percentage"
    r"|share|proportion|amount|age|score)|at what (?:age|speed|cost|price))\b",
    re.IGNORECASE,
)
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
HOLDS_TIME = re.compile(
    rf"\b(?:{MONTH_NAMES})\b\.?|\b{WEEKDAY_NAMES}\b|\b(?:1[5-9]|20)\d\d\b|"
    r"\b(?:yesterday|today|tomorrow|tonight|last (?:week|month|year|night)|next (?:week|month|"
    r"year)|(?:this|that) (?:morning|afternoon|evening|week|month|year)|\d{1,2}(?::\d\d)? ?"
    r"(?:a\.?m\.?|p\.?m\.?)|century|decade|ago|until|since)\b",
    re.IGNORECASE,
)


def expected_type(question: str) -> AnswerType | None:
    """The kind of answer ``question`` asks for, when its wording says so."""
    if ASKS_TIME.search(question):
        return AnswerType.TIME
    if ASKS_NUMBER.search(question):
        return AnswerType.NUMBER
    return None


def holds(text: str, kind: AnswerType) -> bool:
    """True when ``text`` contains something of that kind (a number, a date or time)."""
    pattern = HOLDS_NUMBER if kind is AnswerType.NUMBER else HOLDS_TIME
    return bool(pattern.search(text))


REASON = re.compile(
    r"\b(?:because|as a result|due to|owing to|in order to|so that|in response to|caused|"
    r"led to|reason|why|to protest|to stop|to prevent|to avoid|blamed|accused)\b"
    # a purpose: "to" and a verb with its object ("met Putin to push for ...")
    r"|\bto\s+(?!(?:the|a|an|his|her|its|their|our|this|that|be|[a-z]+ing)\b)[a-z]+\s+"
    r"(?:for|the|a|an)\b",
    re.IGNORECASE,
)
PLACE = re.compile(
    r"\b(?:in|at|near|from|outside|inside|across|to)\s+(?:the\s+)?[A-Z][\w’'\-]+"
    r"|\b(?:street|road|city|town|village|province|region|country|airport|border)\b"
)
PERSON = re.compile(r"\b[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+")
AGENT = re.compile(
    r"\b(?:\w+(?:ed|en|wn)|(?:is|are|was|were|be|been|being)\s+\w+)\s+by\s+(?!\d)\w",
    re.IGNORECASE,
)
"""The agent of a passive verb ("killed by militants", "were sunk by the waves"): who did it."""


def holds_wanted(text: str, wanted: Wanted) -> bool:
    """True when ``text`` holds the kind of answer a short follow-up asks for ("Why?" a reason,
    "Where?" a place, "By whom?" a person's name ...). ``Wanted.ANY`` is held by any text."""
    if wanted is Wanted.TIME:
        return holds(text, AnswerType.TIME)
    if wanted is Wanted.NUMBER:
        return holds(text, AnswerType.NUMBER)
    if wanted is Wanted.AGENT:
        return bool(AGENT.search(text) or PERSON.search(text))
    pattern = {Wanted.REASON: REASON, Wanted.PLACE: PLACE, Wanted.PERSON: PERSON}.get(wanted)
    return pattern is None or bool(pattern.search(text))
