"""Questions about what someone said: recognise them and find the person they name.

"What did Davutoglu say?", "Stoltenberg's statements", "which remarks did the prime minister
make about Syria?" all ask for a *speaker's* statements, optionally on a *topic*. Matching is
done on folded text (case and diacritics ignored) against each speaker's full name and aliases
(surname, titles) stored at index time.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from article_qa.reporting_verbs import IRREGULAR_PAST, NEEDS_SPEECH, REPORTING, SPEECH_NOUNS
from article_qa.textnorm import STOPWORDS, WORD, fold, tokens, without_possessive
from article_qa.titles import (
    LEADER_WORDS,
    LEADING_OFFICES,
    ORGANISATION_WORDS,
    PERSON_WORDS,
    RANK_WORDS,
    RELATION_WORDS,
    TITLE_WORDS,
    with_other_office_names,
)
from retrieval.pronouns import SUBJECT_PERSON, pronoun_pattern

SAY = (
    r"(?:say|tell|state|claim|comment|mention|announce|argue|add|think|believe|warn|declare|"
    r"stress|note|explain|insist|remark|reckon)"
)
SAID = (
    r"(?:said|told|stated|claimed|commented|mentioned|announced|argued|added|thought|believed|"
    r"warned|declared|stressed|noted|explained|insisted|remarked|reckoned)"
)
"""The same verbs as past participles: "What has X said", never the noun in "Islamic State"."""
STATEMENTS = (
    r"(?:statements?|remarks?|comments?|quotes?|quotations?|words|views?|says|claims?|"
    r"positions?|stance|opinions?|response|reaction|message|arguments?|warnings?|take|"
    r"explanations?|account|assessment|criticisms?|concerns?|complaints?|objections?|verdict|"
    r"predictions?|advice|appeal|plea|demands?|thoughts|answers?|repl(?:y|ies)|testimony|"
    r"announcements?|tweets?|feelings|reasons?|points?|impressions?)"
)
ADVERB = r"(?:still|also|ever|really|actually|exactly|now|else|first|later)"
STILL = rf"(?:{ADVERB}\s+)?"
"""An adverb a question may put before its verb ("Does Muyembe still think ...?")."""
AUXILIARIES = r"(?:did|does|do|has|have|had|is|was|were|are|will|would)"
"""The auxiliary verbs a question asks with ("What did ...", "How has ...")."""
AUDIENCE = r"(?:\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|press|media|public|[a-z]+ers))?"
TOPIC = r"(?:\s+(?:about|on|regarding|concerning|of|in|to|for|after)\s+(?P<topic>.+?))?"
"""What the statements are about: "about the fire", "(reaction) to the verdict", "(reasons)
for the delay", "(message) after the vote"."""
PATTERNS = [
    rf"^what (?:else )?(?:did|does|do) (?P<who>.+?) have to say{AUDIENCE}{TOPIC}$",
    rf"^what (?:else )?(?:did|does|do) (?P<who>.+?) (?:{SAY}|{SAID}){AUDIENCE}{TOPIC}$",
    rf"^what (?:else )?(?:has|have|had) (?P<who>.+?) (?:{SAID}){AUDIENCE}{TOPIC}$",
    rf"^(?:which|what) {STATEMENTS} (?:did|does|has|have) (?P<who>.+?) (?:make|made|give|gave|"
    rf"offer|offered|issue|issued)?{TOPIC}$",
    rf"^what (?:is|was|were|are) (?P<who>.+?)['’]s? {STATEMENTS}{TOPIC}$",
    rf"^what (?:is|was) (?P<who>.+?) quoted (?:as )?saying{TOPIC}$",
    rf"^(?:show |list |give )?(?:me )?(?:all )?(?P<who>.+?)['’]s? {STATEMENTS}{TOPIC}$",
    rf"^(?:show |list |give )?(?:me )?(?:all )?{STATEMENTS} (?:from|by|of) (?P<who>.+?){TOPIC}$",
    rf"^how did (?P<who>.+?) (?:respond|react|reply|describe|explain){TOPIC}$",
    r"^how did (?P<who>.+?) take (?:it|that|this|the news)$",  # took it: reacted to it
    rf"^(?:what|which) (?:are|were|is|was) (?:the )?{STATEMENTS} (?:of|from|by) (?P<who>.+?)"
    rf"{TOPIC}$",
    rf"^did (?P<who>.+?) {STILL}(?:{SAY}) (?:anything|something){TOPIC}$",
    rf"^(?:did|has|have) (?P<who>.+?) {STILL}(?:comment(?:ed)?|sp[eo]ke?n?|talk(?:ed)?) "
    r"(?:on|about) (?P<topic>.+)$",
    rf"^(?:has|have) (?P<who>.+?) (?:{SAID}) (?:anything|something){TOPIC}$",
    rf"^what (?:was|were|has been|had been) (?:{SAID}|written|tweeted|posted) by (?P<who>.+?)"
    rf"{TOPIC}$",
    rf"^quote (?P<who>.+?){TOPIC}$",
    rf"^(?:any|some) {STATEMENTS} (?:from|by|of) (?P<who>.+?){TOPIC}$",
    # in the order of a statement (``STATEMENT_ORDER``): these two last
    rf"^what (?!{AUXILIARIES}\b)(?P<who>.+?) "
    rf"(?:has |had )?(?:{SAID}|says|thinks|wrote|tweeted){AUDIENCE}{TOPIC}$",
]
ASKING = re.compile(
    r"^(?:(?:and|but|so|ok|okay|well),?\s+)?(?:"
    r"(?:(?:can|could|would) you )?(?:please )?(?:tell|show) me (?=what )|"
    r"(?:i(?: want| would like|['’]d like) to know|do you know) (?=what )|"
    r"(?=what |how |why |which |who |did |does |has |have ))",
    re.IGNORECASE,
)
"""A request around the question ("Can you tell me what the mayor said?"), and a word that
only joins it to the chat before it ("and what did the director say?")."""
ASKED_ACTS = frozenset(
    """add note ask suggest recall describe call express reveal agree declare speak talk post
    react respond answer remember justify defend want plan intend hope seek think believe feel
    expect consider doubt fear worry object support oppose back favour favor reject welcome
    report""".split()
)
"""Besides the reporting verbs that are speech whatever follows them: those that need their
complement to be speech (``NEEDS_SPEECH``), which a question about someone's words uses as
such ("What did X note?"), and the verbs of reacting, wanting and thinking."""
REACT_VERBS = sorted((REPORTING - NEEDS_SPEECH) | ASKED_ACTS)
REACT = rf"(?:{'|'.join(REACT_VERBS)}|pay tribute(?: to)?)"
"""What a question may ask someone did with words: the reporting verbs, reacting to, what
they want ("What does X want to do with the gunman?") and what they think, believe, fear or
object to: news reports intentions and attitudes as speech."""
REACT_STEMS = "(?:{})".format(
    "|".join(
        sorted(
            {re.sub("e$", "", v) for v in REACT_VERBS} | {re.sub("y$", "i", v) for v in REACT_VERBS}
        )
    )
)
"""The verbs as their "-ed" and "-ing" forms start: "stat(ed)", "characteris(ing)",
"deni(ed)"."""
REACTED = rf"(?:{REACT_STEMS}\w?e?d|said|told|thought|felt|written|spoken|sought|meant)"
REACTING = rf"(?:{REACT_STEMS}\w?ing)"
"""Past participles and "-ing" forms of ``REACT`` ("denied", "planned", "told", "asking")."""
PLAIN_SAY = (
    r"(?:say|tell|state|comment|add|react|respond|reply|post|write|tweet|think|believe|feel)"
    r"(?:s|e?d|ing)?$"
)
"""Verbs that ask for everything someone said; any other verb ("criticize") is a topic too."""
TOPIC_LEAD = (
    r"^(?:(?:to|at)\s+(?:the\s+)?(?:reporters|journalists|press|media|public|court|rally|"
    r"[a-z]+ers)\b\s*)?(?:(?:about|on|regarding|concerning|of|to|after|in response to|over|at|"
    r"during|when|in)\b)?\s*"
)
ASKED_FORMS = (
    rf"(?:(?:did|does|do|would|will) (?P<who>.+?) {STILL}(?P<verb>(?-i:{REACT}))|"
    rf"(?:has|have|had) (?P<who_>.+?) {STILL}(?P<done>(?-i:{REACTED}))|"
    rf"(?:is|was|are|were) (?P<who__>.+?) {STILL}(?P<doing>(?-i:{REACTING}))|"
    rf"(?:has|have|had) (?P<who___>.+?) been (?P<doing_>(?-i:{REACTING})))"
)
"""Who did what with words, in the verb's form its auxiliary asks for: "did X say", "has X
denied", "is X characterising" (not the passive "was X asked", where X is not the one asking).
The verb is in lower case: a capitalised word is part of a name ("the Ask Wellness Society
director")."""
GENERAL = re.compile(
    rf"^(?P<wh>(?:what|how|why|who|whom) {STILL})?{ASKED_FORMS}\b(?P<rest>.*)$",
    re.IGNORECASE,
)
"""What someone did with words, asked about: "How did X react to Y?", "Why does X think Y?";
loosely (``SpeakerQuestion.loose``) "What has X been asking for?", "How is X characterising
Y?", "Did X deny Y?"."""
THING_SAID = re.compile(
    rf"^(?:what|which)(?P<thing>(?-i:\s+(?!{ADVERB}\b)[a-z][\w-]*){{1,2}}) (?:did|does|do) "
    rf"(?P<who>.+?) {STILL}(?-i:(?!state){SAY}) (?P<rest>.+)$",
    re.IGNORECASE,
)
"""A thing someone said was so, asked for: "What career did X say he wanted?", "Which
country does X think will win?". Loosely, since the same words ask for facts too. Not "state",
more often a noun there ("What charge did Texas state prosecutors file?")."""
ON_TOPIC = re.compile(
    r"^(?!(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|did|does|do|has|have|"
    r"had|will|can|could|should|would|and|but|so|any)\b)(?P<who>[^,?]+?) on (?P<rest>[^?]+)$",
    re.IGNORECASE,
)
"""Chat shorthand for what someone said on a topic: "Stoltenberg on Russia?". Loosely: only of
someone the index quotes ("Fire on the bridge?" asks nothing of anyone)."""
ACCORDING = re.compile(
    r"^(?:(?:what|who|why|how|when|where|which)\b[^,]*, )?according to (?P<who>[^,]+), "
    r"(?P<rest>.+)$",
    re.IGNORECASE,
)
ACCORDING_AFTER = re.compile(
    r"^(?P<rest>.+?),? according to (?P<who>(?!(?:the|a|an|his|her|their|its)\b)[^,]+)$",
    re.IGNORECASE,
)
"""The attribution put last, to a name: "Why was CentOS created, according to Kurtzer?". A
source put last with a determiner ("..., according to the government / the report") is more
often a body or a document than a person: the question is then a plain one."""
ACCORDING_TO_SOMEONE = re.compile(
    r"^(?P<rest>.+?),? according to (?:the|a|an|his|her|their|its) (?P<who>[^,]+)$",
    re.IGNORECASE,
)
PERSON_NOUNS = TITLE_WORDS | RELATION_WORDS | PERSON_WORDS
"""Head nouns of a description of a person: a title, a relation or a word for a person ("...,
according to the Coast Guard captain / their press officer"; not "the report")."""
REPORTED = (
    rf"^what (?!{AUXILIARIES}\b)(?P<who>.+?) "
    rf"(?:has |had )?(?-i:{REACTED}){AUDIENCE}{TOPIC}$"
)
"""A question put as a request, in the order of a statement: "(Tell me) what the minister
reported after the crash", "what Ruiz announced"."""
COMPILED = [re.compile(p, re.IGNORECASE) for p in (*PATTERNS, REPORTED)]
STATEMENT_ORDER = frozenset(COMPILED[-2:])
"""The patterns that read a question in the order of a statement ("what the minister said",
"what Ruiz announced"), whose "what" may instead be a determiner ("What company agreed ...?")."""
MAX_WHO = 12
"""Words a person asked about may take: "the director general of the DRC's Institut National
de Recherche Biomédicale"."""
NOT_A_NAME = frozenset(
    """you i we they it this that there the article story he she him her them me us anyone
    anybody someone somebody everyone everybody nobody""".split()
)
"""Pronouns, the indefinite ones too ("Did anyone comment on the attack?" asks who did, of
no one in particular), and words for the article."""


def _no_one_named(who: str) -> bool:
    """Whether ``who`` is a pronoun or a word for the article (``NOT_A_NAME``), not a name
    in capitals that spells like one: "the US" is no "us", "IT" no "it"."""
    return fold(who) in NOT_A_NAME and not (len(who) > 1 and who.isupper())


AUXILIARY = re.compile(rf"\b{AUXILIARIES}\b", re.IGNORECASE)
"""A word no name or description holds: a phrase with one is a clause ("career did Cummings
say he", read from "What career did Cummings say he wanted?"), not someone."""


@dataclass(frozen=True)
class SpeakerQuestion:
    who: str
    """The person as the question names them ("Davutoglu", "the foreign minister")."""
    topic: str | None
    loose: bool = False
    """Read from a shape fact questions share ("Did Turkey defend its airspace?", "What has
    Germany pledged?"): a speaker question only when ``who`` is someone the index quotes."""
    occasion: str | None = None
    """Where the words were said, not what about ("his video" of "What did X say in his
    video?", "the debate" of "What did X say during the debate?")."""


def parse_speaker_question(question: str) -> SpeakerQuestion | None:
    """Return who is asked about (and the topic) if ``question`` asks what someone said. A
    message of several sentences ("Not everyone mourned. How does X think Y should be
    remembered?") is read by the one that asks, the others joining its topic; so is a topic
    set off before the question ("The Koszalin fire: what have the police said?")."""
    asked = _parse_one(question)
    parts = [p for p in SENTENCE_BREAK.split(question.strip()) if p.strip()]
    set_off = DISLOCATED.match(question.strip())
    if len(parts) < 2 and set_off is not None:
        parts = [set_off["front"], set_off["rest"]]
    if asked is not None or len(parts) < 2:
        return asked
    for number, part in enumerate(parts):
        found = _parse_one(part)
        if found is not None:
            others = [p.strip(" ?!.") for n, p in enumerate(parts) if n != number]
            topic = " ".join(filter(None, [found.topic, *others]))
            return replace(found, topic=topic or None)
    return None


SENTENCE_BREAK = re.compile(r"(?<=[?!.])\s+(?=[A-Z])")
"""Between two sentences of one message."""


DISLOCATED = re.compile(r"^(?P<front>[^—–:(]+?)\s*(?:—|–|\s--?\s|:)\s*(?P<rest>.+)$")
"""Something put first and set off by a dash or a colon, then the question: "Doug Miller of
Milltech Marine — which explanations did he offer?"."""
SUBJECT_PRONOUN = pronoun_pattern(SUBJECT_PERSON)


def undislocated(question: str, quoted: Callable[[str], bool]) -> str:
    """``question`` with the person it puts first, set off by a dash or a colon, in the
    place of the "he" or "she" that then refers to them: "The UN rapporteur who investigated
    the case — what did she tell the family?" is read as "what did the UN rapporteur who
    investigated the case tell the family?". Only when what is put first is someone
    ``quoted`` (the index quotes them), not a topic ("The fire — what did she say?")."""
    found = DISLOCATED.match(question.strip())
    if found is None:
        return question
    rest = found.group("rest")
    pronoun = SUBJECT_PRONOUN.search(rest)
    who = _person_asked(found.group("front"))
    if pronoun is None or who is None or not quoted(who):
        return question
    front = re.sub(r"^(?:The|A|An)\b", lambda m: m.group(0).lower(), found.group("front"))
    return f"{rest[: pronoun.start()]}{front}{rest[pronoun.end() :]}"


DISCERNING = re.compile(
    r"\btell\b(?:\s+[\w'’-]+){1,6}?\s+apart\b|\btell\s+(?:the\s+)?differences?\b"
    r"|\btell\s+(?:whether|if)\b",
    re.IGNORECASE,
)
""""Tell" that means telling things apart, not saying: "How do researchers tell male and
female penguins apart?", "Can you tell the difference?", "How do they tell whether ...?"."""


def _parse_one(question: str) -> SpeakerQuestion | None:
    if DISCERNING.search(question):
        return None
    text = _as_according_to(ASKING.sub("", _plain(question)))
    for pattern in COMPILED:
        match = pattern.match(text)
        if not match:
            continue
        who = _person_asked(match.group("who"))
        if who is None:
            continue
        topic = match.groupdict().get("topic")
        # "What company agreed to ...?" asks which company: "what" with a bare noun
        loose = pattern in STATEMENT_ORDER and BARE_NOUN.match(match.group("who")) is not None
        topic = topic.strip() if topic else None
        if topic and _an_occasion(text[: match.start("topic")], topic):
            return SpeakerQuestion(who=who, topic=None, loose=loose, occasion=topic)
        return SpeakerQuestion(who=who, topic=topic, loose=loose)
    return _general(text)


def _an_occasion(before: str, topic: str) -> bool:
    """Whether ``topic``, after the words ``before`` it, is where something was said ("in his
    video"), not what about ("in the case")."""
    return bool(re.search(r"\bin\s+$", before, re.IGNORECASE) and OWN_THING.match(topic))


DURING = re.compile(
    r"(?i:during)\s+((?:the|his|her|their|its|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\W*$"
)
"""The occasion words were said during, one or two words after a determiner, the question's
end ("during the debate", "during his last visit"; not "during the debate about taxes", whose
topic the words are)."""
OWN_THING = re.compile(r"(?:his|her|their|its)\s+\w+$", re.IGNORECASE)
"""Someone's own thing, one word: "his video", "her speech" (not "her speech about ...")."""
BARE_NOUN = re.compile(r"(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my)\b)[a-z]")
"""A phrase that opens with a lower-case word that is no determiner: after "what", the noun
"what" asks about ("What company agreed ...?"), unless it is someone's name typed in lower
case, which the index then quotes."""


WORDS_ASKED_FOR = re.compile(
    r"(?<=[.?!])\s+(?:so\s+)?(?:quote\s+(?:him|her|them)|in\s+(?:what|which|whose)\s+words"
    r"|in\s+(?:his|her|their)\s+(?:own\s+)?words|what\s+(?:were|are)\s+(?:his|her|their)\s+"
    r"(?:exact\s+|actual\s+)?words)\W*$",
    re.IGNORECASE,
)
"""A last sentence that asks for someone's own words about what the sentence before says:
"Quote him.", "In what words?", "What were her exact words?"."""
NAMED_FIRST = re.compile(
    r"^\W*(?:(?i:so|and|but)\s+)?(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
    r"(?P<rest>[a-z].*?)\W*$"
)
"""A sentence that opens with a name, then says what the person did ("Erdogan went after
Trump over the Golan Heights")."""


def words_asked_for(question: str, quoted: Callable[[str], bool]) -> str:
    """``question`` read as "What did X say about Y?" when it says what someone ``quoted``
    did, then asks for their words: "Erdogan went after Trump over the Golan Heights. Quote
    him." is "What did Erdogan say about went after Trump over the Golan Heights?", whose
    topic then ranks his statements."""
    asked = WORDS_ASKED_FOR.search(question)
    if asked is None:
        return question
    told = NAMED_FIRST.match(question[: asked.start()].strip())
    if told is None or not quoted(told.group("who")):
        return question
    return f"What did {told.group('who')} say about {told.group('rest')}?"


INTENSIFIER = re.compile(r"\s+(?:himself|herself|themselves|itself)$", re.IGNORECASE)
"""A reflexive pronoun after a name, which only stresses it: "Did Joe Biden himself say ..."."""


def _person_asked(phrase: str) -> str | None:
    """The person a question's phrase names, without what is around the name ("the", "Mr",
    "'s", an apposition: "Jane Roe, the mayor"), or None when it names no one ("he", "the
    article", a phrase too long to be a name or description)."""
    who = re.sub(r"^(?:the|a|an|mr\.?|mrs\.?|ms\.?|dr\.?)\s+", "", phrase.split(",")[0], flags=re.I)
    who = INTENSIFIER.sub("", without_possessive(who)).strip(" ,")
    if (
        not re.search(r"[a-z0-9]", fold(who))
        or _no_one_named(who)
        or len(who.split()) > MAX_WHO
        or AUXILIARY.search(who)
    ):
        return None
    return who


def _general(text: str) -> SpeakerQuestion | None:
    """ "How did X react to Y", "What did X tweet after Y", "According to X, what ...?",
    "What ..., according to X?"."""
    match = (
        GENERAL.match(text)
        or THING_SAID.match(text)
        or ACCORDING.match(text)
        or ACCORDING_AFTER.match(text)
        or _according_to_someone(text)
        or ON_TOPIC.match(text)
    )
    if match is None:
        return None
    found = {k: v for k, v in match.groupdict().items() if v is not None}
    who = _person_asked(next(v for k, v in found.items() if k.startswith("who")))
    if who is None:
        return None
    rest = match.group("rest").strip()
    verb = next((v for k, v in found.items() if k.startswith(("verb", "done", "doing"))), "say")
    verb = verb.lower()
    loose = (
        match.re in (THING_SAID, ON_TOPIC)
        or (match.re is GENERAL and not ("wh" in found and "verb" in found))
        # what someone planned or wanted is asked of the narration too, when the articles
        # do not quote them ("What did Widodo plan to do?")
        or (match.re is GENERAL and _intends(verb))
    )
    occasion = DURING.match(rest)
    if occasion is not None:  # "What did X say during the debate?": there, not about it
        return SpeakerQuestion(who=who, topic=None, loose=loose, occasion=occasion.group(1))
    topic = re.sub(TOPIC_LEAD, "", rest, flags=re.I).strip(" ,")
    topic = f"{found.get('thing', '').strip()} {topic}".strip()  # "career he wanted"
    if not topic and not re.match(PLAIN_SAY, verb):
        topic = verb  # "What did X criticize?": what they criticised is the topic
    return SpeakerQuestion(who=who, topic=topic or None, loose=loose)


INTENDING = frozenset("want plan intend seek aim".split())
"""Verbs of intending: what someone wants or plans is told by the narration as often as in
their words ("Widodo was planning to visit him"), unlike what they think or say."""


def _intends(verb: str) -> bool:
    """Whether ``verb``, in any of its forms ("plan", "planned", "wanting", "sought"), is
    one of ``INTENDING``."""
    forms = {
        verb,
        re.sub(r"(?:ed|d|ing|s)$", "", verb),
        re.sub(r"(\w)\1(?:ed|ing)$", r"\1", verb),  # "planned", "planning"
        "seek" if verb == "sought" else verb,
    }
    return not forms.isdisjoint(INTENDING)


IN_VIEW = r"(?:view|opinion|words|eyes|estimation|judgement|judgment)"
OTHER_SOURCES = [
    (re.compile(rf"^in the {IN_VIEW} of (?P<who>[^,]+), ", re.I), "according to {who}, "),
    (re.compile(rf"^in (?P<who>[^,]+?)['’]s? {IN_VIEW}, ", re.I), "according to {who}, "),
    (re.compile(rf",? in the {IN_VIEW} of (?P<who>[^,]+)$", re.I), ", according to {who}"),
    (re.compile(rf",? in (?P<who>[^,]+?)['’]s? {IN_VIEW}$", re.I), ", according to {who}"),
    (re.compile(r", (?:per|says|said) (?P<who>[^,]+)$", re.I), ", according to {who}"),
]
"""Other ways of putting whose words a question asks for, first or last: "in the view of X",
"in X's opinion", "..., per X", "..., says X"; read as "according to X"."""


def _as_according_to(text: str) -> str:
    """``text`` with its source put as "according to": "Who is to blame, in the mayor's
    view" -> "Who is to blame, according to the mayor"."""
    for pattern, put in OTHER_SOURCES:
        found = pattern.search(text)
        if found is not None:
            return text[: found.start()] + put.format(who=found["who"]) + text[found.end() :]
    return text


def _according_to_someone(text: str) -> re.Match[str] | None:
    """ "..., according to the police chief?": a determiner, then a person's description."""
    match = ACCORDING_TO_SOMEONE.match(text)
    head = fold(unqualified(match.group("who"))).split()[-1:] if match else []
    return match if head and head[0] in PERSON_NOUNS else None


SAYING_AFTER = re.compile(
    rf"^(?:['’]s?\s+{STATEMENTS}|\s+{STILL}(?-i:{REACT}s?|{REACTED}|{REACTING}|{SAID}))\b",
    re.IGNORECASE,
)
"""Right after a mention of someone, a verb of saying, thinking or wanting, or their words:
"Kaczyński want ...", "the minister still believes ...", "Merkel's view ..."."""


@lru_cache(maxsize=8)
def mention_pattern(person_nouns: frozenset[str]) -> re.Pattern[str]:
    """Where a question names someone: a capitalised name, or a description ending in one of
    ``person_nouns`` ("the British prime minister", "Zimbabwe's current president", "the
    victim's brother"). No article inside a description: "the accusation the US ambassador made"
    names "the US ambassador"."""
    noun = "(?:{})".format("|".join(sorted(map(re.escape, person_nouns), key=len, reverse=True)))
    return re.compile(
        rf"(?-i:(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*['’]s)\s+(?:[\w’'-]+\s+){{0,3}}?"
        rf"{noun}\b|"
        r"(?-i:(?<![\w’'-])[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'-]*)*)|"
        rf"\b(?:the|a|an)\s+(?:(?!(?:the|a|an)\s)[\w’'-]+\s+){{0,4}}?{noun}\b"
        rf"(?:['’]s\s+(?:[\w’'-]+\s+){{0,3}}?{noun}\b)?",
        re.IGNORECASE,
    )


ON_SOMEONE = re.compile(r"\b(?:about|on|against|with|over|at)\s+(?:the\s+)?$", re.IGNORECASE)
"""The end of the words before someone a question is about, not whose words it asks for: "What
did the council say about | Ruiz?". Not "for": "What was hardest for | Ruiz?" is hers to say."""


def mentioned_speaker_question(
    question: str, quoted: Callable[[str], bool], person_nouns: frozenset[str] = PERSON_NOUNS
) -> SpeakerQuestion | None:
    """A question in no shape ``parse_speaker_question`` knows that still asks about
    someone's words: it names someone ``quoted`` (the index quotes them) right before a verb
    of saying, thinking or wanting, or before "'s" and a noun for their words. "What
    punishment does Kaczyński want for child abusers?" asks for Kaczyński's statements about
    it; "What did the council say about Kaczyński?" does not. The rest of the question is
    the topic. A description is one ending in one of ``person_nouns``."""
    text = _plain(question)
    for match, who in _mentions(text, person_nouns):
        possessive = "'s" if re.search(r"['’]s?$", match.group(0)) else ""  # a name's "'s"
        if SAYING_AFTER.match(possessive + text[match.end() :]) and quoted(who):
            return _about(who, text, match)
    return None


def people_asked_about(
    question: str, quoted: Callable[[str], bool], person_nouns: frozenset[str] = PERSON_NOUNS
) -> list[SpeakerQuestion]:
    """The question read as asking for the words of each person it names whom the index
    quotes (``quoted``), in order, the rest of it the topic: "Greece's foreign minister sees
    the plan as an insult to whom?", "What did Zapata find tricky about refuelling?". Not
    someone it asks about ("What did the council say about Ruiz?"). Only hints:
    ``Searcher`` takes one when the best evidence for the question is that person's words.
    A description is one ending in one of ``person_nouns``."""
    text = _plain(question)
    return [
        _about(who, text, match)
        for match, who in _mentions(text, person_nouns)
        if not ON_SOMEONE.search(text[: match.start()])
        and not _spoken_to_or_of(text[: match.start()])
        and quoted(who)
    ]


SPOKEN_TO_OR_OF = frozenset(tokens(" ".join(sorted(REPORTING - {"quote"})))) | frozenset(
    tokens(" ".join(sorted(IRREGULAR_PAST)))
)
"""Stems of the verbs of saying: someone right after one ("criticised Erdogan", "told the
mayor") is whom the words were said of or to, not who said them; but for "quote" ("Quote
Netanyahu": his words)."""


def _spoken_to_or_of(before: str) -> bool:
    """Whether the words ``before`` a name end with a verb of saying, and "the" at most: the
    name is its object ("Who criticised Erdogan?", "Did anyone thank the mayor?")."""
    words = [fold(w) for w in re.findall(r"[\w’'-]+", before)]
    if words and words[-1] == "the":
        words = words[:-1]
    if not words or words[-1].removesuffix("s") in SPEECH_NOUNS:
        return False  # "the accusation the US ambassador made": a noun, his
    return not SPOKEN_TO_OR_OF.isdisjoint(tokens(words[-1]))


def _plain(question: str) -> str:
    """``question`` on one line, without its closing punctuation, and with a question word's
    "'s" spelt out ("What's X's take?" -> "What is X's take?")."""
    return CONTRACTED_IS.sub(r"\1 is", " ".join(question.strip().rstrip("?!. ").split()))


CONTRACTED_IS = re.compile(r"^(what|who|how|why|where|when)['’]s\b", re.IGNORECASE)


def _mentions(text: str, person_nouns: frozenset[str]) -> Iterator[tuple[re.Match[str], str]]:
    """Where ``text`` names someone (``mention_pattern``), with the name alone: no "the", no
    "'s", no question word glued on by its capital ("Would Trump ...")."""
    for match in mention_pattern(person_nouns).finditer(text):
        who = re.sub(r"^(?:the|a|an)\s+", "", match.group(0), flags=re.I)
        who = re.sub(r"['’]s?$", "", who).strip()
        while who.split() and fold(who.split()[0]) in STOPWORDS:  # "Would Trump": Trump
            who = who.partition(" ")[2]
        if who and not _no_one_named(who):
            yield match, who


def _about(who: str, text: str, mention: re.Match[str]) -> SpeakerQuestion:
    """``who``'s words, on what ``text`` says around their ``mention``: not the question's
    opening words that only ask ("What did | Zapata | find tricky about refuelling?")."""
    topic = " ".join((text[: mention.start()] + text[mention.end() :]).split())
    topic = ASKING_WORDS.sub("", topic).strip(" ,—-")
    return SpeakerQuestion(who=who, topic=topic or None, loose=True)


ASKING_WORDS = re.compile(
    rf"^(?:what|how|why|when|where|which|who)\s+{AUXILIARIES}\b",
    re.IGNORECASE,
)
"""The opening of a question that asks without saying what about: "What did", "How does"."""


class SpeakerDirectory:
    """Everyone an index quotes, by full name, with the name and its aliases (surname, roles)
    folded as questions are matched against them; and, for each word of those, who has it.

    Every way of matching a question (``match_speakers``) needs a word in common with it, so
    a question is compared with the people who share one of its words, not with everyone
    the archive quotes.
    """

    def __init__(
        self,
        speakers: Iterable[tuple[str, tuple[str, ...]]],
        proper_words: frozenset[str] = frozenset(),
    ) -> None:
        listed = list(speakers)
        forms: dict[str, list[str]] = {}
        for name, aliases in listed:
            known = forms.setdefault(name, [_form(name)])
            known.extend(f for f in map(_alias_form, aliases) if f not in known)
        self.forms = {name: tuple(folded) for name, folded in forms.items()}
        """Full name -> its folded name, then its folded aliases."""
        self._having: dict[str, set[str]] = {}
        for name, folded in self.forms.items():
            for form in folded:
                for word in {*form.split(), *re.findall(r"[a-z0-9]+", form)}:
                    self._having.setdefault(word, set()).add(name)
        self.owners = {
            _alias_form(alias): owner
            for _, aliases in listed
            for alias in aliases
            if (owner := _owner(alias))
        }
        """A role (folded) -> the words (folded) of the proper name it says the person is
        someone's or something's ("Shapiro's widow": shapiro; "presidential nominee of
        Socialist Party USA": socialist, party, usa); a role that names no one ("city's home
        minister", "wife") is not in it."""
        self.surnames = frozenset(f[0].split()[-1] for f in self.forms.values() if f[0].split())
        self.proper_modifiers = {
            _alias_form(alias): found
            for name, aliases in listed
            for alias in aliases
            if (found := _proper_modifiers(alias, name))
        }
        """A role (folded) -> the words (folded) before its head noun that the article
        capitalises and that are no title nor the person's own name: whose or where the office
        is ("Vessaran" of "Vessaran President", "US" of "US President")."""
        self._proper_by_stem: dict[str, set[str]] = {}
        """The words (folded) of the names the corpus holds (``proper_words``) and of the
        roles' ``proper_modifiers``, by their first four letters: what a question's word that
        no role has may name (``names_something``, ``_another_office``)."""
        for word in proper_words.union(*self.proper_modifiers.values()):
            self._proper_by_stem.setdefault(word[:4], set()).add(word)
        self.bodies = {
            name: tuple(_form(a) for a in aliases if _body_name(a, name))
            for name, aliases in listed
        }
        """Full name -> the folded names of the bodies they are placed in ("Amnesty
        International" of "Mariela Belski of Amnesty International"): a question may name
        a body by its first words ("What did Amnesty say?")."""

    def sharing(self, words: Iterable[str]) -> list[tuple[str, tuple[str, ...]]]:
        """The people with any of ``words`` in their name or aliases, as (name, folded forms),
        by name."""
        names = set().union(*(self._having.get(w, set()) for w in words))
        return [(name, self.forms[name]) for name in sorted(names)]

    def only(self, names: Iterable[str]) -> SpeakerDirectory:
        """The directory of ``names`` alone."""
        return SpeakerDirectory((n, self.forms[n][1:]) for n in names if n in self.forms)

    def names_something(self, word: str) -> bool:
        """Whether ``word`` (folded) is, but for its ending, a word of a name the corpus
        holds ("ukrainian" of "Ukraine", "ostravian" of "Ostravian"), or one a role
        capitalises."""
        return any(same_word(word, p) for p in self._proper_by_stem.get(word[:4], ()))

    @cached_property
    def role_heads(self) -> frozenset[str]:
        """The head nouns of the roles the articles gave the people they quote, before any
        phrase qualifying them ("security official" of "security official from the port",
        "biomechanicist"): words the articles use for a person. Words of names aside ("Black
        Panther", where a director is placed)."""
        return frozenset(
            words[-1]
            for forms in self.forms.values()
            for role in forms[1:]
            if role not in forms[0].split()
            for words in [re.findall(r"[a-z]+", unqualified(role))]
            if words and len(words[-1]) > 2 and words[-1] not in self._words_of_names
        )

    @cached_property
    def _words_of_names(self) -> frozenset[str]:
        """The words of the speakers' full names and of the bodies they are placed in."""
        bodies = (body for forms in self.bodies.values() for body in forms)
        names = (forms[0] for forms in self.forms.values())
        return frozenset(word for name in (*names, *bodies) for word in name.split())

    @cached_property
    def by_name_only(self) -> SpeakerDirectory:
        """The same people with their names only: no role among their aliases."""
        return SpeakerDirectory(
            (name, tuple(f for f in forms[1:] if f in forms[0].split()))
            for name, forms in self.forms.items()
        )


def match_speakers(who: str, speakers: SpeakerDirectory) -> list[str]:
    """Full names of the speakers that ``who`` names; the best-matching kind of match wins.

    An exact full name or alias beats a name that merely contains the words asked for
    ("Stoltenberg" in "Jens Stoltenberg"), which beats a description matched against roles
    ("the former Australian prime minister": the role with most of its words, not every
    "prime minister"). People asked about together ("Ruiz and Berg") are each matched.
    """
    compared = _comparable(fold(who))
    wanted = _spelt_out(compared)
    if "'s " in wanted:  # "the WHO's Mike Ryan": the name, else the whole description
        found = _by_name(wanted.rsplit("'s ", 1)[1], speakers.by_name_only)
        if len(found) > 1:  # "Samoa's prime minister": the possessor tells them apart
            found = _by_role(set(wanted.split()), speakers.only(found)) or found
        if found:
            return found
    if not wanted.split():
        return []
    # "Biden's running mate" is someone Biden has, not Biden: a possessive is matched by
    # what follows it (above) or by role, never by the possessor's name
    found = (
        ([] if "'s " in wanted else _by_name(wanted, speakers))
        or _by_role(set(wanted.split()), speakers, possessor(wanted))
        or _after_title(wanted, speakers)
        or _qualified_name(wanted, speakers)
    )
    # initials name one office: its word that says which ("executive" of "chief executive
    # officer") is in the role, or the CEO is a chief technical officer
    which = {w for initials in compared.split() for w in _which_office(initials)}
    found = [n for n in found if all(_in_a_role(w, speakers.forms[n]) for w in which)]
    spelt = initials_spelt(who, speakers) if not found else None
    if spelt is not None:  # "Red Hat's CTO" of "Red Hat's chief technical officer"
        return match_speakers(spelt, speakers)
    if found and _holds_every_word(found, who, speakers):
        return found  # one office: "the Secretary of Health and Human Services"
    together = asked_together(who, speakers)
    return together if set(together) - set(found) else found


def _holds_every_word(found: list[str], who: str, speakers: SpeakerDirectory) -> bool:
    """Whether the names and roles of ``found`` hold every word of ``who`` but stopwords:
    the whole of it describes them, none of it someone else ("the fire chief and the
    meteorologist" is not all the fire chief's)."""
    held = {w for name in found for form in speakers.forms[name] for w in form.split()}
    asked = set(WORD.findall(fold(who))) - STOPWORDS - {"and"}
    return all(any(same_word(w, h) for h in held) for w in asked)


def asked_together(who: str, speakers: SpeakerDirectory) -> list[str]:
    """The speakers of each part of ``who`` when it asks about several ("Ruiz and Berg",
    "the fire chief and the meteorologist") and each part names someone; else none (one
    office: "the minister for health and social care", whose last part names no one)."""
    parts = [p for p in re.split(r"\s*(?:,|\band\b|&)\s*", who) if p.strip()]
    if len(parts) < 2:
        return []
    each = [match_speakers(part, speakers) for part in parts]
    return sorted({name for names in each for name in names}) if all(each) else []


def _by_name(wanted: str, speakers: SpeakerDirectory) -> list[str]:
    """Speakers whose full name or an alias is ``wanted`` (folded), with one an article calls
    by its surname alone when no other speaker has that surname ("President Trump" of a story
    that never names Donald Trump in full); else those whose name holds its words, whose alias
    ends with it ("Stoltenberg" in "Jens Stoltenberg") or whose full name ends it ("Black
    Panther director Ryan Coogler")."""
    wanted_words = set(wanted.split())
    surname = wanted.split()[-1] if " " in wanted else None
    exact: list[str] = []
    partial: list[str] = []
    by_surname: list[str] = []
    namesakes: set[str] = set()
    for name, forms in speakers.sharing(wanted_words):
        if surname is not None and forms[0] == surname:
            by_surname.append(name)
        elif surname is not None and forms[0].split()[-1] == surname:
            namesakes.add(name)
        if wanted in forms:
            exact.append(name)
        elif (
            wanted_words <= set(forms[0].split())
            or any(body.startswith(wanted + " ") for body in speakers.bodies.get(name, ()))
            or any(f.endswith(" " + wanted) for f in forms if len(f) > 3)
            or (" " in forms[0] and wanted.endswith(" " + forms[0]))
        ):
            partial.append(name)
    if exact and len(namesakes) == 1:
        exact += by_surname
    return sorted(set(exact or partial))


def _qualified_name(wanted: str, speakers: SpeakerDirectory) -> list[str]:
    """Speakers a name followed by where they stand names ("Doug Miller of Milltech Marine",
    "Ana Ruiz from the council"): by the name alone, as "the WHO's Mike Ryan" is. Which of
    them the place fits is ``Searcher``'s to tell, from the articles that name it."""
    name = unqualified(wanted)
    return _by_name(name, speakers.by_name_only) if name != wanted else []


def _body_name(alias: str, name: str) -> bool:
    """``alias`` of the person called ``name`` is the proper name of a body they are placed
    in: every word capitalised, none a title ("Amnesty International", "UNICEF"; not "US
    President", a role) or part of their own name."""
    words = alias.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not any(w.lower() in TITLE_WORDS or w in name.split() for w in words)
    )


OFFICE_INITIALS = {
    "pm": "prime minister",
    "fm": "foreign minister",
    "vp": "vice president",
    "ag": "attorney general",
    "gm": "general manager",
    "ceo": "chief executive officer",
    "cfo": "chief financial officer",
    "coo": "chief operating officer",
}
"""The initials news and readers use for offices ("the Greek PM", "the CEO"), spelt out in
questions and in roles alike (not "DA": "da" is part of names, "Lula da Silva")."""


def _which_office(initials: str) -> list[str]:
    """The words of the office ``initials`` stand for (``OFFICE_INITIALS``) that say which
    office it is: between the rank and the head of "chief ... officer" ("executive", not
    "chief" nor "officer", which every such office has), else those that title no one."""
    words = OFFICE_INITIALS.get(initials, "").split()
    if len(words) > 2:
        return words[1:-1]
    return [w for w in words if w not in TITLE_WORDS]


def _in_a_role(word: str, forms: tuple[str, ...]) -> bool:
    """Whether ``word`` (folded) is a word of one of a speaker's roles (``forms`` after the
    name), or the same word with another ending."""
    return any(same_word(word, v) for role in forms[1:] for v in _role_words(role))


def _spelt_out(wanted: str) -> str:
    """``wanted`` (folded) with the initials of an office spelt out: "the greek pm" -> "the
    greek prime minister"."""
    return " ".join(OFFICE_INITIALS.get(word, word) for word in wanted.split())


def initials_spelt(who: str, speakers: SpeakerDirectory) -> str | None:
    """``who`` with its initials ("CTO", "PM") spelt out as the words of a role some speaker
    has whose first letters they are ("chief technical officer"), or as a speaker's full name
    whose every word they begin ("MBS": Mohammad bin Salman), or None when it has no initials
    or nothing spells them. Of several spellings, the one most roles and names use (then the
    first in alphabetical order), so that the answer never depends on the order of a set."""
    initials = [w for w in who.split() if re.fullmatch(r"[A-Z]{2,4}", w)]
    if not initials:
        return None
    spelt = who
    for short in initials:
        letters = short.lower()
        spellings = Counter(
            " ".join(run)
            for forms in speakers.forms.values()
            for alias in forms[1:]
            for run in _runs(alias.split(), len(letters))
            if "".join(w[0] for w in run) == letters
        )
        spellings.update(
            name for name, *_ in speakers.forms.values() if _initials_of(name) == letters
        )
        if spellings:
            words = min(spellings, key=lambda words: (-spellings[words], words))
            spelt = re.sub(rf"\b{short}\b", words, spelt)
    return spelt if spelt != who else None


def _initials_of(name: str) -> str:
    """The first letters of the words of ``name`` (folded), a hyphen parting words too."""
    return "".join(word[0] for word in re.split(r"[\s-]+", name) if word)


def _runs(words: list[str], length: int) -> list[list[str]]:
    """The runs of ``length`` consecutive ``words``."""
    return [words[i : i + length] for i in range(len(words) - length + 1)]


def _comparable(text: str) -> str:
    """``text`` (folded) with hyphens apart and initials without their dots: "director-general"
    and "Director - General" both as "director general", "U.S. Attorney" as "us attorney"."""
    undotted = re.sub(r"\b(?:[a-z]\.){2,}", lambda m: m.group(0).replace(".", ""), text)
    return " ".join(re.sub(r"\s*-\s*", " ", undotted).split())


@lru_cache(maxsize=1 << 16)
def _form(name: str) -> str:
    """A name or alias folded and made ``_comparable``, as questions are matched against it
    (remembered: the same speakers are matched against every question)."""
    return _comparable(fold(name))


def _alias_form(alias: str) -> str:
    """An alias (a surname, a role) as ``_form`` makes it, its office initials spelt out as
    a question's are: "CEO Tom Berg" is the "chief executive" asked about, and the reverse."""
    return _spelt_out(_form(alias))


def _after_title(wanted: str, speakers: SpeakerDirectory) -> list[str]:
    """ "Mayor Dee Margo", "Detective Constable Daniel Dubé", "the Beijing activist Wei": the
    name after the last title word, with whatever describes the person before it."""
    words = wanted.split()
    titles = [n for n, word in enumerate(words[:-1]) if word in TITLE_WORDS]
    if titles:
        rest = words[titles[-1] + 1 :]  # "Mayor Paul Margo" is not Dee Margo
        found = [
            name
            for name, forms in speakers.sharing(rest)
            if set(rest) <= set(forms[0].split()) and forms[0].split()[-1] == rest[-1]
        ]
        if found:
            return sorted(set(found))
    return []


ROLE_FILLER = frozenset("the a an of s in at for".split())


def _by_role(
    wanted: set[str], speakers: SpeakerDirectory, owner: frozenset[str] = frozenset()
) -> list[str]:
    """Speakers asked for by a description ("Mexico's foreign minister", "the Samoa Observer
    editor"): one of the role's head nouns, or another name of that office ("Foreign
    Secretary"), must be in it; most words in common wins, a word counting as the same when
    only its ending differs ("Samoa's" for "Samoan"), then most of them in the role's own
    words rather than in another name of its office (the spokeswoman for "the police
    spokeswoman", not a spokesperson), then fewest words the question did not ask for (the
    emergencies minister, not the deputy emergencies minister); a rank word of
    the description (``RANK_WORDS``: "the prime minister") that the role lacks makes it
    another office. A role that names whose it is (``SpeakerDirectory.owners``) fits only a
    description whose possessor (``owner``) it names too: "Cummings's widow" is not
    "Shapiro's widow"."""
    # a surname makes it a name that did not match ("Mayor Paul Margo"), not a description;
    # a possessor's does not ("Merkel's spokesman", whether or not Merkel is quoted too)
    named = {_in_words(w) for w in wanted if not w.endswith("'s")}
    # a possessor qualifies the description, it is not what the person is: "the victim's
    # mother" is no "lawyer for the victim"
    described = (named - ROLE_FILLER) or named
    wanted = {_in_words(w.removesuffix("'s")) for w in wanted} - ROLE_FILLER
    if named & speakers.surnames:
        return []
    best: dict[str, tuple[int, int, int, int]] = {}
    # a possessor put as a role ("the governor's"): the names of whoever holds it
    holders = _holders(owner, speakers)
    asked = with_other_office_names(wanted)
    # "the union leader" names no union: it is whichever union the article's is
    any_body = bool(wanted & LEADER_WORDS) and wanted <= LEADER_WORDS | ORGANISATION_WORDS
    for name, forms in speakers.sharing(asked):
        for role in forms[1:]:
            if role in forms[0].split():
                continue  # the surname is a name, not a role
            if role in speakers.bodies.get(name, ()) and not any(
                same_word(w, v) for w in wanted for v in _distinctive(frozenset(role.split()))
            ):
                continue  # "the consumer group" is no "Kelmscott Airports Group" she is in
            theirs = _distinctive(speakers.owners.get(role, frozenset()))
            if (
                owner
                and theirs
                and not any(same_word(w, v) for w in _distinctive(owner) for v in theirs)
                and not any(theirs <= held for held in holders)
            ):
                continue  # someone else's
            if owner and _head_words(role) <= owner:
                continue  # whose the office is: "the governor's chief of staff" is no governor
            press = _spokesperson(role)
            heads = with_other_office_names(_head_words(role) | press)
            if not heads & described and not (wanted & LEADER_WORDS and heads & TITLE_WORDS):
                continue  # "the union's head": any office of the union, by its other words
            through_owner = heads & described <= speakers.owners.get(role, frozenset())
            named_theirs = any(same_word(w, v) for w in wanted for v in theirs)
            if theirs and through_owner and not named_theirs and not any_body:
                continue  # "the Aam Aadmi Party" is no "spokesperson for the Janata Party"
            words = (set(_role_words(role)) - ROLE_FILLER) | press
            offered = with_other_office_names(words)
            if any(not any(same_word(w, v) for v in offered) for w in wanted & RANK_WORDS):
                continue  # "the prime minister" is no "Secretary of State"
            if {w for w in wanted if w.isdigit()} - set(words):
                continue  # "the 22-year-old" is not the "34-year-old"
            modifiers = speakers.proper_modifiers.get(role)
            if not owner and _another_office(wanted, offered, modifiers, speakers):
                continue  # "the Ostravian president" is not the "Vessaran President"
            common = sum(1 for w in wanted if any(same_word(w, v) for v in offered))
            exact = sum(1 for w in wanted if any(same_word(w, v) for v in words))
            extra = sum(1 for v in words if not any(same_word(w, v) for w in asked))
            # "the union leader": its president before its spokesman
            leads = int(bool(any_body and heads & LEADING_OFFICES))
            score = (common, leads, exact, -extra)
            best[name] = max(best.get(name, (0, 0, 0, 0)), score)
    top = max(best.values(), default=(0, 0, 0, 0))
    found = sorted(n for n, score in best.items() if score == top and top[0] > 0)
    return found or _voices_of_body(described, speakers)


SPEAKING_FOR = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "officer", "chief", "head"}
    | {"superintendent", "inspector", "commissioner", "commander"}
)
"""Head nouns of a role whose holder speaks for the body named before it ("police press
officer", "fire service spokesman", "police chief"), and of its senior officers ("Police
Senior Superintendent", "EU Agriculture Commissioner"); not "US President": a country is no
body that speaks through its president."""


def _voices_of_body(described: set[str], speakers: SpeakerDirectory) -> list[str]:
    """Speakers whose role speaks for the body asked about ("What did the police say?": the
    "police press officer"): every word asked for is a word of the role before its head noun
    (``SPEAKING_FOR``). Not a person asked for by what they are ("the lawyer")."""
    if not described or described & PERSON_NOUNS:
        return []
    found: set[str] = set()
    for name, forms in speakers.sharing(described):
        for role in forms[1:]:
            words = _role_words(unqualified(role))
            if words and words[-1] in SPEAKING_FOR and described <= set(words[:-1]):
                found.add(name)
    return sorted(found)


PRESS_OFFICE = re.compile(r"\bpress (?:officer|secretary|spokes\w*)\b")


def _spokesperson(role: str) -> set[str]:
    """{"spokesperson"} for a role (folded) that speaks to the press for a body ("police
    press officer", "press secretary") or whose head noun speaks for the body named before it
    (``SPEAKING_FOR``: "Navy Information Agency head", "Police Senior Superintendent"): a
    question may call its holder the spokesman ("the navy spokesman")."""
    words = _role_words(unqualified(role))
    speaks = len(words) > 1 and words[-1] in SPEAKING_FOR
    return {"spokesperson"} if PRESS_OFFICE.search(role) or speaks else set()


OWNED = re.compile(r"^(?P<owner>.+)['’]s\s|\s(?:of|for)\s+(?:the\s+)?(?P<body>.+)$")
"""Whose a role is: its words before "'s", or after "of" or "for"."""


def _owner(alias: str) -> frozenset[str]:
    """The words (folded) of the proper name ``alias`` says its holder is someone's or
    something's, or none when it names no one there: "Shapiro's widow" -> shapiro; "city's
    home minister", "lawyer for the victim" -> none."""
    found = OWNED.search(alias)
    if found is None:
        return frozenset()
    owner = found["owner"] or found["body"]
    if not any(w[:1].isupper() for w in owner.split()):
        return frozenset()
    return frozenset(re.findall(r"[a-z0-9]+", _form(owner))) - ROLE_FILLER


def _holders(office: frozenset[str], speakers: SpeakerDirectory) -> list[set[str]]:
    """The words of the names of the quoted people holding ``office``, a possessor put as a
    role ("the governor's": is Rosselló, of "Rosselló's chief of staff", the governor?); none
    for a possessor that is a name."""
    if not office or not office <= PERSON_NOUNS:
        return []
    return [set(WORD.findall(fold(n))) for n in _by_role(set(office), speakers)]


def _another_office(
    wanted: set[str],
    offered: set[str],
    modifiers: frozenset[str] | None,
    speakers: SpeakerDirectory,
) -> bool:
    """Whether a role is another office than the description asked for (``wanted``) though
    they share a head noun: the role says whose or where it is by a name (``modifiers``,
    ``SpeakerDirectory.proper_modifiers``) the description does not give, and the description
    says it by another name, which the role does not hold: "the Ostravian president" is not
    the "Vessaran President", "the Ukrainian president" not the "US President". A
    description that gives no such name ("the president", "the current president") may mean
    either. (A description that says whose the office is, "Waseem's mother", is told apart
    by its possessor: ``SpeakerDirectory.owners``.)"""
    if not modifiers:
        return False
    if all(any(same_word(w, m) for w in wanted) for m in modifiers):
        return False
    return any(
        speakers.names_something(w) and not any(same_word(w, v) for v in offered) for w in wanted
    )


def _proper_modifiers(alias: str, name: str) -> frozenset[str]:
    """The words (folded) of ``alias`` before its head noun that are capitalised, no title
    word and no word of the person's ``name``: "Vessaran President" -> vessaran."""
    words = re.findall(r"[\w’'.-]+", unqualified(alias))[:-1]
    own = set(WORD.findall(fold(name)))
    found = set()
    for word in words:
        folded = WORD.findall(fold(re.sub(r"['’]s$", "", word)))
        if word[:1].isupper() and folded and not (set(folded) & (TITLE_WORDS | own)):
            found.update(folded)
    return frozenset(found)


def _distinctive(owner: frozenset[str]) -> frozenset[str]:
    """The words of an owner's name that tell it from others of its kind: "constitution" of
    the Constitution Party, not "party", which the Socialist Party's name shares (all of them
    when every word is such a word)."""
    return (owner - ORGANISATION_WORDS) or owner


RELATIVE = re.compile(r"\s(?:who|that|which|whose)\s")
"""A relative pronoun, opening the clause that says more of a description."""


def possessor(wanted: str) -> frozenset[str]:
    """The words of the name a description (folded) says the person is someone's or
    something's, back to the article or preposition before it and before any relative
    clause: "constitution party's vice presidential nominee" -> constitution, party; "head of
    the drc's institute" -> drc; none in "un rapporteur who investigated khashoggi's
    murder"."""
    before, possessive, _ = RELATIVE.split(wanted, maxsplit=1)[0].partition("'s ")
    if not possessive:
        return frozenset()
    words = before.split()
    fillers = [i for i, word in enumerate(words) if word in ROLE_FILLER]
    name = words[fillers[-1] + 1 :] if fillers else words
    return frozenset(w for word in name for w in re.findall(r"[a-z0-9]+", word)) - STOPWORDS


def _head_words(role: str) -> set[str]:
    """The nouns that say what a role is, and any title word before one ("archbishop
    monsenor": both): the last word of each of its descriptions before the phrase that
    qualifies it ("delegate to the house" -> delegate; "retired fbi agent and terrorism
    specialist" -> agent and specialist), and the last word before any "of" phrase
    ("director of amnesty international" -> director), which makes the body a spokesperson
    speaks for a head too ("spokesperson for the ministry" -> ministry: "What did the
    ministry say?")."""
    heads: set[str] = set()
    before_of = role.split(" of ")[0]
    for description in {before_of, *re.split(r"\s+(?:and|&)\s+", unqualified(role))}:
        words = re.findall(r"[a-z0-9]+", description)
        heads |= {w for w in words[:-1] if w in TITLE_WORDS} | set(words[-1:])
    return heads


QUALIFYING = re.compile(r"\s+(?:of|to|for|at|from|with|in|on)\s+", re.IGNORECASE)
"""A preposition after a role's head noun, opening the phrase that qualifies it."""


def unqualified(description: str) -> str:
    """A description without the phrase that qualifies its head noun: "head of the union" ->
    "head"; "delegate to the House" -> "delegate"."""
    return QUALIFYING.split(description, maxsplit=1)[0]


BRITISH_ENDING = re.compile(r"(?<=\w{3})is(e|ed|es|ing|ation|ations|er|ers)$")
"""The British "-ise" of a verb and its forms, which American English writes "-ize"."""


@lru_cache(maxsize=1 << 16)
def _american(word: str) -> str:
    """``word`` spelt the American way: "organising" -> "organizing" (remembered: role
    matching compares the same few words many times)."""
    return BRITISH_ENDING.sub(r"iz\1", word)


NUMBER_NAMES = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty"
).split()


def _role_words(role: str) -> list[str]:
    """The words of a role (folded), in order, numbers as news writes ages (``_in_words``):
    "15-year-old student" -> fifteen, year, old, student."""
    return [_in_words(w) for w in re.findall(r"[a-z0-9]+", role)]


def _in_words(word: str) -> str:
    """A number up to twenty written in words, as news writes ages ("15" -> "fifteen": "the
    15-year-old" is the article's "Fifteen-year-old Robert"); any other word as it is."""
    return NUMBER_NAMES[int(word)] if word.isdigit() and int(word) < len(NUMBER_NAMES) else word


def same_word(a: str, b: str) -> bool:
    """The same word but for its ending ("samoa"/"samoan", "mexico"/"mexican") or for its
    British or American spelling ("organising"/"organizing")."""
    if a == b or _american(a) == _american(b):
        return True
    stem = 0
    while stem < min(len(a), len(b)) and a[stem] == b[stem]:
        stem += 1
    return stem >= 4 and stem >= min(len(a), len(b)) - 1
