"""Questions about what someone said: recognise them and find the person they name.

"What did Davutoglu say?", "Stoltenberg's statements", "which remarks did the prime minister
make about Syria?" all ask for a *speaker's* statements, optionally on a *topic*. Matching is
done on folded text (case and diacritics ignored) against each speaker's full name and aliases
(surname, titles) stored at index time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from article_qa.textnorm import fold

SAY = (
    r"(?:say|said|tell|told|state|stated|claim|claimed|comment|mention|announce|argue|add|"
    r"think|believe|warn|declare|stress|note|explain|insist|remark)"
)
STATEMENTS = (
    r"(?:statements?|remarks?|comments?|quotes?|quotations?|words|views?|says|claims?|"
    r"positions?|stance|opinions?|response|reaction|message|arguments?|warnings?)"
)
AUDIENCE = r"(?:\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|press|media|public|[a-z]+ers))?"
TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|in)\s+(?P<topic>.+?))?"
PATTERNS = [
    rf"^what (?:did|does|do|has|have|had) (?P<who>.+?) (?:{SAY})s?{AUDIENCE}{TOPIC}$",
    rf"^(?:which|what) {STATEMENTS} (?:did|does|has|have) (?P<who>.+?) (?:make|made|give|gave|"
    rf"offer|offered)?{TOPIC}$",
    rf"^what (?:is|was|were|are) (?P<who>.+?)['’]s? {STATEMENTS}{TOPIC}$",
    rf"^what (?:is|was) (?P<who>.+?) quoted (?:as )?saying{TOPIC}$",
    rf"^(?:show |list |give )?(?:me )?(?:all )?(?P<who>.+?)['’]s? {STATEMENTS}{TOPIC}$",
    rf"^(?:show |list |give )?(?:me )?(?:all )?{STATEMENTS} (?:from|by|of) (?P<who>.+?){TOPIC}$",
    rf"^how did (?P<who>.+?) (?:respond|react|reply|describe|explain){TOPIC}$",
    rf"^(?:what|which) (?:are|were|is|was) (?:the )?{STATEMENTS} (?:of|from|by) (?P<who>.+?)"
    rf"{TOPIC}$",
    rf"^(?:did|has|have) (?P<who>.+?) (?:{SAY})s? (?:anything|something){TOPIC}$",
]
COMPILED = [re.compile(p, re.IGNORECASE) for p in PATTERNS]
NOT_A_NAME = frozenset("you i we they it this that there the article story he she".split())


@dataclass(frozen=True)
class SpeakerQuestion:
    who: str
    """The person as the question names them ("Davutoglu", "the foreign minister")."""
    topic: str | None


def parse_speaker_question(question: str) -> SpeakerQuestion | None:
    """Return who is asked about (and the topic) if ``question`` asks what someone said."""
    text = " ".join(question.strip().rstrip("?!. ").split())
    for pattern in COMPILED:
        match = pattern.match(text)
        if not match:
            continue
        who = re.sub(
            r"^(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", "", match.group("who"), flags=re.I
        )
        who = re.sub(r"['’]s$", "", who).strip(" ,")
        if not re.search(r"[a-z0-9]", fold(who)) or fold(who) in NOT_A_NAME or len(who.split()) > 6:
            continue
        topic = match.groupdict().get("topic")
        return SpeakerQuestion(who=who, topic=topic.strip() if topic else None)
    return None


def match_speakers(who: str, speakers: Iterable[tuple[str, tuple[str, ...]]]) -> list[str]:
    """Full names of the speakers that ``who`` names; the best-matching kind of match wins.

    An exact full name or alias beats a name that merely contains the words asked for
    ("Stoltenberg" in "Jens Stoltenberg"), which beats a title ending ("prime minister" for
    "Turkish Prime Minister").
    """
    wanted = fold(who)
    wanted_words = set(wanted.split())
    if not wanted_words:
        return []
    exact: list[str] = []
    partial: list[str] = []
    for name, aliases in speakers:
        forms = [fold(name), *(fold(a) for a in aliases)]
        if wanted in forms:
            exact.append(name)
        elif wanted_words <= set(fold(name).split()) or any(
            f.endswith(" " + wanted) or wanted.endswith(" " + f) for f in forms if len(f) > 3
        ):
            partial.append(name)
    return sorted(set(exact or partial))
