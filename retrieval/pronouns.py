"""The pronouns a question may use for someone or something named before it, in one place.

Which of them a rule looks for depends on what it resolves: a question put after someone set
off by a dash ("The UN rapporteur — what did she say?") refers back with a subject; a
follow-up's "he", "his" or "her" stands for a person, its "it", "they" or "their" for a
thing, a place or a group; any of them means the question is not complete on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SUBJECT_PERSON = frozenset({"he", "she"})
MALE = frozenset({"he", "him", "his"})
FEMALE = frozenset({"she", "her", "hers"})
PERSON = MALE | FEMALE
POSSESSIVE_PERSON = frozenset({"his", "hers"})
"""Person pronouns that are possessive whatever follows them ("her" may be either)."""
THING = frozenset({"it", "its"})
THING_OR_GROUP = THING | {"they", "them", "their"}
"""News uses "they" and "them" mostly for groups and things (the police, the victims)."""


def pronoun_pattern(pronouns: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of ``pronouns`` as a whole word, in any case."""
    alternatives = "|".join(sorted(pronouns, key=lambda p: (-len(p), p)))
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)
