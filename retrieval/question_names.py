"""Whom a question names, and whether the corpus knows them.

A question names people by name ("Angela Merkel"), by description ("the defence lawyer") or by
pronoun ("he"). A name the corpus never uses is someone it cannot quote (``absent_name``) or a thing
it cannot tell about (``unknown_name``); a description is left for retrieval to find.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from article_qa.corpus_names import CorpusNames, names_in
from article_qa.nlp import pipeline
from article_qa.textnorm import STOPWORDS, WORD, fold, tokens, without_possessive
from article_qa.titles import PERSON_WORDS, RELATION_WORDS, TITLE_WORDS
from retrieval.answer_types import kind_words
from retrieval.conversation import without_context
from retrieval.excerpts import CLAUSE_AUXILIARIES, asks_about_speech
from retrieval.pronouns import PERSON, THING, pronoun_pattern
from retrieval.speakers import unqualified

PROPER = re.compile(r"\b[A-Z][\w'’-]*")
"""A capitalised word of a question: a proper noun (or a title, which is left out)."""
DESCRIBING = TITLE_WORDS | RELATION_WORDS | PERSON_WORDS
"""Head nouns that make a description of a person, not a name ("the coast guard captain",
"the victim's father", "the 15-year-old boy")."""

PERSONAL_PRONOUN = pronoun_pattern(PERSON)
THING_PRONOUN = pronoun_pattern(THING)
TAGGED_KEPT = 64
"""Questions whose tagging is kept: the one being answered, read by several checks."""
TOPIC_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
"""The parts of speech of the words that say what a question is about (``topic_words``); "X"
is spaCy's tag for a word it cannot place (a foreign name)."""
DONE_TO = re.compile(
    r"\b(?:is|was|are|were|been|be)\s+(?:he|she|they)\s+(?:\w+ed|born|found|given|held|taken|"
    r"shot|hit|caught|sent|brought|put|sold|beaten|seen|known)\b",
    re.IGNORECASE,
)
"""A question about what was done to someone ("What was he convicted of?", "Where was she
born?"): the person's own words do not answer it."""
WHO_DID_IT = re.compile(r"^\W*(?:and\s+|so\s+)?who\s+(?P<verb>[a-z]+)\b", re.IGNORECASE)
"""A question asking who did something, its verb right after "who" ("Who interviewed Bill
Hammons?"): the person it names undergoes the act, and their own words do not say who did it;
not "Who is ...?", nor "Who said ...?", which asks for a speaker (``asks_who_did_it``)."""
AUXILIARY_VERBS = CLAUSE_AUXILIARIES | {"do", "be", "been"}
"""Verbs that ask after "who" rather than tell what someone did ("Who is ...?", "Who do
...?")."""


def asks_who_did_it(question: str) -> bool:
    """Whether ``question`` asks who did something to someone it names (``WHO_DID_IT``)."""
    asked = WHO_DID_IT.match(question)
    if asked is None:
        return False
    verb = asked["verb"].lower()
    return verb not in AUXILIARY_VERBS and not asks_about_speech(verb)


def someone_unnamed(question: str, names: CorpusNames) -> bool:
    """Whether ``question`` speaks of someone as "he" or "she" and names no one the corpus
    calls a person."""
    body = without_context(question)
    return bool(PERSONAL_PRONOUN.search(body)) and not any(
        label == "PERSON" for _, label in names_in(body, names)
    )


def story_unnamed(question: str, named: set[str]) -> bool:
    """Whether ``question`` speaks of what it asks about as "it" and names nothing
    (``named``: the words of the names it gives): "Which street was it on?", "Where did it
    happen?". Asked of one article, "it" is that article's story."""
    return not named and bool(THING_PRONOUN.search(without_context(question)))


class TaggedWord(NamedTuple):
    """A word of a question as spaCy's tagger reads it."""

    text: str
    pos: str
    """The coarse part of speech ("NOUN", "ADJ" ...)."""
    tag: str
    """The Penn tag ("JJS" ...)."""


@lru_cache(maxsize=TAGGED_KEPT)
def _tagged(text: str) -> tuple[TaggedWord, ...]:
    """``text`` tagged once, however many of the readings below ask (a question that may be
    refused is read for its topic words, its nouns and its degree words)."""
    return tuple(TaggedWord(t.text, t.pos_, t.tag_) for t in pipeline()(text))


def topic_words(question: str) -> list[str]:
    """The words (folded) that say what ``question`` is about: its nouns, names, adjectives
    and numbers, as spaCy's tagger reads them ("How many people lost their lives?": people,
    lives). Its verbs are left out, which news says in so many ways ("lost their lives",
    "died", "were killed"), as are the words that say what kind of answer it wants
    (``answer_types.kind_words``: "Which journal"), stopwords and words of two letters."""
    asked = without_context(question)
    kinds = kind_words(asked)
    return [
        fold(word.text)
        for word in _tagged(asked)
        if word.pos in TOPIC_TAGS
        and len(word.text) > 2
        and fold(word.text) not in STOPWORDS
        and not set(tokens(word.text)) <= kinds
    ]


def topic_nouns(question: str) -> frozenset[str]:
    """The ``topic_words`` of ``question`` that are nouns or names ("penicillin" in "Who
    discovered penicillin?"; not "exempt" in "Who is exempt from wearing one?"): the things
    it asks about, which an article about them names, while it may say an adjective in
    other words ("exemptions")."""
    nouns = {fold(w.text) for w in _tagged(without_context(question)) if w.pos in NOUN_TAGS}
    return frozenset(w for w in topic_words(question) if w in nouns)


NOUN_TAGS = frozenset({"NOUN", "PROPN"})
PHRASE_TAGS = NOUN_TAGS | {"ADJ", "NUM"}
"""The parts of speech of the words of a noun phrase after its "the"."""
PLACING = frozenset({"in", "at", "near", "off"})
"""Prepositions that place a thing ("the fire in Norway")."""


def thing_phrase(text: str, after_preposition: bool = False) -> str | None:
    """The thing ``text`` ends with, named by "the", nouns (and the words qualifying them)
    and the place after them, as the tagger reads it: "the bus crash in Russia", "the Aegean
    Sea earthquake", "the typhoon"; None when it ends otherwise ("the injured": no noun).
    ``after_preposition``: only one a preposition governs ("How many died in the bus crash
    in Russia?"; not "When did the storm hit the coast?", whose thing is an object)."""
    words = [w for w in _tagged(text) if w.pos != "PUNCT"]
    end = len(words)
    place = end
    while place > 0 and words[place - 1].pos in NOUN_TAGS:
        place -= 1
    if place < end and place >= 2 and words[place - 1].text.lower() in PLACING:
        end = place - 1  # "in Russia"
        if words[end - 1].text.lower() == "the" and end - 1 > 0:
            end -= 1  # "at the Sola Airport" typed "at the ..."
    start = end
    while start > 0 and words[start - 1].pos in PHRASE_TAGS:
        start -= 1
    if start == end or words[end - 1].pos not in NOUN_TAGS or start == 0:
        return None
    if words[start - 1].text.lower() != "the":
        return None
    if after_preposition and (start < 2 or words[start - 2].pos != "ADP"):
        return None
    opening = sum(len(w.text) for w in words[: start - 1])  # where "the" is, roughly
    found = re.search(
        r"\bthe\s+" + r"\W+".join(re.escape(w.text) for w in words[start:]) + r"\W*$",
        text[opening:],
        re.IGNORECASE,
    )
    return found.group(0).rstrip(" ?!.") if found else None


IDENTIFIED = re.compile(
    r"^\W*(?:what|which|who)(?:['’]s|\s+(?:is|was|are|were))\s+(?:the|a|an)\s+"
    r"(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+?)"
    r"(?=\s+(?:of|in|for|at|on|from|to|between|tomorrow|today|tonight|this|next|last)\b|\W*$)",
    re.IGNORECASE,
)
"""A question asking what something is, the thing right after its "the": "What is the
capital city of Australia?", "What's the weather in London tomorrow?"."""


def thing_identified(question: str) -> frozenset[str]:
    """The nouns (folded) of what ``question`` asks the identity of ("capital", "city" in
    "What is the capital city of Australia?"): an article that never speaks of them cannot
    answer it, whatever else of the question it names. Nothing for any other shape."""
    found = IDENTIFIED.match(without_context(question))
    if found is None:
        return frozenset()
    words = set(WORD.findall(fold(found.group("thing"))))
    return frozenset(w for w in topic_nouns(question) if w in words)


DEGREE_TAGS = frozenset({"JJR", "JJS", "RBR", "RBS"})
"""Penn tags of comparatives and superlatives ("earlier", "smallest", "most")."""


def degree_words(question: str) -> frozenset[str]:
    """The stems of ``question``'s comparatives and superlatives, as spaCy's tagger reads them
    ("When was the earlier attempt?": earlier). They grade what the question is about rather
    than say it, and the article may grade it in other words ("another attempt in April")."""
    return frozenset(
        stem
        for word in _tagged(without_context(question))
        if word.tag in DEGREE_TAGS
        for stem in tokens(word.text)
    )


def as_asked(who: str) -> str:
    """A person asked about, as a follow-up may name them: a description with its "the" back
    ("the prosecutor": "How old is the prosecutor?"), a name or "Chile's foreign minister" as
    it is."""
    if describes(who) and not re.search(r"['’]s\b", who):
        return f"the {who}"
    return who


def describes(who: str) -> bool:
    """Whether ``who`` is a description, its head noun in lower case ("the Tyumen olympiad
    winner", "Dunmore's bridge repair man"), not a name ("Tyumen", "Ana Ruiz")."""
    return bool(re.search(r"\b[a-z][\w’'-]*$", unqualified(who).strip()))


def proper_words(text: str) -> set[str]:
    """The words (folded) of the capitalised words of ``text`` ("Koszalin", "Poland's"),
    titles and stopwords aside."""
    return {
        word
        for proper in PROPER.findall(text)
        for word in WORD.findall(fold(without_possessive(proper)))
        if word not in TITLE_WORDS | STOPWORDS
    }


def name_words(who: str) -> set[str]:
    """The words (folded) of ``who`` that may be a name: not titles, relations, a possessor
    or short words ("the officer Nicolas Redouane": nicolas, redouane)."""
    words = [w for w in who.split() if not re.search(r"['’]s$", w)]
    folded = {part for w in words for part in WORD.findall(fold(w))}
    return {w for w in folded if len(w) > 2 and w not in TITLE_WORDS | RELATION_WORDS}


NAME_IN_QUESTION = re.compile(
    r"(?<![.?!]\s)(?<=\s)[A-Z][\w’'-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w’'-]*)*"
)
"""A capitalised name after a question's first word ("Oman", "Mount Everest", "Tour de
France"), not a word opening a sentence of it ("... ban? Explain his reasoning.")."""


def unknown_name(
    question: str,
    mentions_word: Callable[[str], bool],
    stands_for: Callable[[str], bool] = lambda initials: False,
) -> str | None:
    """A name ``question`` asks about that the corpus never uses, not even in another form:
    one of its words (but "of" and words of two letters) starts no word of the corpus, each
    word cut to its stem's length ("Canadians" is "Canada"'s, "Congolese" "Congo"'s), and is
    no initials that stand for a name the corpus spells out (``stands_for``: "IRS" for the
    Internal Revenue Service). An article that never names Oman cannot say what its capital
    is, nor one that says "world" but never "cup" who won the World Cup."""
    for match in NAME_IN_QUESTION.finditer(question):
        initials = {fold(w) for w in match.group(0).split() if len(w) > 2 and w.isupper()}
        words = [w for w in WORD.findall(fold(match.group(0))) if len(w) > 2]
        if words and not all(
            mentions_word(name_stem(w)) or (w in initials and stands_for(w)) for w in words
        ):
            return match.group(0)
    return None


def name_stem(word: str) -> str:
    """The start of ``word`` that its other forms share: all of a short word, else all but
    its last four letters, at least five ("canadians" -> "canad", "everest" -> "evere")."""
    return word if len(word) <= 5 else word[: max(5, len(word) - 4)]


def absent_name(who: str, mentions_word: Callable[[str], bool]) -> bool:
    """True when ``who`` is a name (its last word is capitalised, as a surname is) and a word
    of it never occurs in the corpus (``mentions_word``: does a word of the corpus start with
    this?). A description ("the defence lawyer", "Chile's foreign
    minister", "the victim's father") is never absent: retrieval looks for it. Typed all in
    lower case, every word counts as part of a name unless its last word or its head noun
    ("head" in "head of the union") is a title or relation. Initials count as a word of a
    name: spell out those that stand for a role or name the article writes in full ("Red
    Hat's CTO") first (``speakers.initials_spelt``)."""
    words = [re.sub(r"['’]s?$", "", w) for w in who.split()]  # "Roe's", "the drivers' union"
    typed_lower = who == who.lower()
    described = {fold(words[-1]), fold(unqualified(who).split()[-1])} if words else set()
    if not described or described & DESCRIBING:
        return False  # "the victim's father", "head of the union", "the 15-year-old boy"
    if not (typed_lower or words[-1][:1].isupper()):
        return False
    name = [fold(w) for w in words if (typed_lower or w[:1].isupper()) and len(w) > 2]
    if typed_lower:  # a description's words are mostly the corpus's, a name's are not
        return bool(name) and not any(mentions_word(w) for w in name)
    return not all(mentions_word(w) for w in name)
