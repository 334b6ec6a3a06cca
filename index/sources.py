"""The source a statement gives when no person is its speaker: a body ("the Emergencies
Ministry said", "according to NASA"), a group ("local officials said", "Police said"), a
document ("the study stated") or someone the article never names ("a hospital spokesperson
told reporters", "according to his agent").

``index.attribution`` finds the word that does the saying (the subject of a reporting verb, or
the object of "according to") when it stands for no person; this module writes it as the
phrase a reader would quote: the word with what comes before it in its phrase ("the", "local",
"the Emergency Situations") and a short "of"-phrase after it ("the mayor of Yartsevo"), but no
clause ("the officials who ordered the change": "the officials"). A pronoun is no source here;
``index.attribution`` gives "it" the source of the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from article_qa.records import Name
from index.speech import UTTERANCE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

SOURCE_POS = frozenset({"NOUN", "PROPN"})
"""The parts of speech of a word that may be a source: not a pronoun, a number or a verb."""
SAYER_DEPS = frozenset({"nsubj", "pobj", "dobj", "nsubjpass"})
"""How the word that does the saying hangs on its verb: its subject, the object of "by" or
"according to", or the object a reporting verb put after what was said ("..., said police").
Not a participle's noun ("A main issue discussed was ...")."""
NO_ONE_LABELS = frozenset({"TIME", "DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY"})
"""The recogniser's labels of a word that is a time or an amount, never a source: "by 9 pm"
after a verb is when, not by whom."""
NONE_OF_THEM = frozenset({"no", "any"})
"""Determiners that make the word no one ("No organisation claimed ...")."""
KEPT_BEFORE = frozenset({"det", "amod", "compound", "poss", "nmod", "case", "nummod", "punct"})
"""The dependents before the word that belong to the phrase ("the", "local", "Emergency
Situations", "NASA's", "'s")."""
KEPT_AFTER = frozenset({"of", "at", "for", "from", "behind", "in", "by"})
"""Prepositions whose short phrase after the word stays in it ("the mayor of Yartsevo", "a
spokesperson for the hospital", "the scientists behind the study", "a study by NASA")."""
LEADING_DETERMINERS = frozenset({"the", "a", "an"})
"""Words lower-cased when they open a source phrase, even inside a name ("The Roads Safety
Ministry said": "the Roads Safety Ministry")."""
MOST_AFTER = 5
"""The most words a phrase after the word may have to stay in the source."""
MOST_WORDS = 10
"""A longer phrase is a description, not a source to show."""


def source_phrase(word: Token) -> str | None:
    """The source ``word`` stands for, as the sentence writes it ("the Emergency Situations
    Ministry", "local officials", "the mayor of Yartsevo"); None when it is no noun or name
    (nor a stop word), none at all ("No group claimed ..."), or its phrase is too long to be
    a source's."""
    if word.dep_ not in SAYER_DEPS:
        return None
    owner = utterance_author(word) if word.lemma_.lower() in UTTERANCE_NOUNS else None
    if owner is not None and not _no_one(owner):  # "Stardom's official statement read ..."
        word = owner
    if _no_one(word):
        return None
    if any(c.dep_ == "det" and c.lower_ in NONE_OF_THEM for c in word.children):
        return None
    before = [t for t in word.children if t.i < word.i and t.dep_ in KEPT_BEFORE]
    first = min((t.left_edge.i for t in before), default=word.i)
    last = word.i
    for child in sorted((c for c in word.children if c.i > word.i), key=lambda c: c.i):
        after = child.right_edge.i
        short = sum(not t.is_punct for t in word.doc[child.i : after + 1]) <= MOST_AFTER
        if child.i == last + 1 and (
            child.dep_ in ("compound", "nummod")  # "News 12"
            or (child.dep_ == "prep" and child.lower_ in KEPT_AFTER and short)
            # the name after its kind: "the airport operator Avinor said"
            or (child.dep_ == "appos" and child.pos_ == "PROPN" and short)
        ):
            last = after
        else:
            break
    doc = word.doc
    named = next((e for e in doc.ents if e.start <= word.i < e.end), None)
    if named is not None:  # the whole name: "the Avalon Fire and Rescue Service"
        first, last = min(first, named.start), max(last, named.end - 1)
    if last + 3 < len(doc) and doc[last + 1].text == "(" and doc[last + 3].text == ")":
        last += 3  # "the National Hurricane Center (NHC)"
    span = doc[first : last + 1]
    if span.text.count("(") > span.text.count(")"):  # "... of the Philippines (CBCP"
        if last + 1 < len(doc) and doc[last + 1].text == ")":
            span = doc[first : last + 2]
        else:
            bracket = next((t.i for t in span if t.text == "("), first)
            span = doc[first:bracket]  # (none when the bracket is inside a word: "0000(0")
    if not len(span) or len([t for t in span if not t.is_punct]) > MOST_WORDS:
        return None
    phrase = re.sub(r"['’]s?$", "", span.text.strip(" ,;:")).strip()  # not "the University's"
    opening = span[0]
    common = opening.lower_ in LEADING_DETERMINERS or (
        opening.pos_ != "PROPN" and not opening.ent_type_
    )
    if common and phrase[:1].isupper():
        # a sentence's capital: "The company said", "Local officials said" are "the company"
        # and "local officials", not names
        phrase = phrase[:1].lower() + phrase[1:]
    return phrase or None


def _no_one(word: Token) -> bool:
    """Whether ``word`` can be no source: no noun or name, a stop word standing alone, or a
    time or an amount ("The city estimated by 9 pm, ...", "Monday's statement")."""
    return word.pos_ not in SOURCE_POS or _a_stop_word(word) or word.ent_type_ in NO_ONE_LABELS


def utterance_author(utterance: Token) -> Token | None:
    """Whose statement, letter or post ``utterance`` is, when its phrase says: "Stardom's
    statement", "a statement from the Interior Ministry", "a letter by the council"."""
    for child in utterance.children:
        if child.dep_ == "poss" and child.pos_ in SOURCE_POS:
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next(
                (c for c in child.children if c.dep_ == "pobj" and c.pos_ in SOURCE_POS), None
            )
    return None


def _a_stop_word(word: Token) -> bool:
    """A stop word standing alone ("Others said ...", "Many said ...", a misread "Amongst"),
    not a name that spells one ("the WHO", "the US") nor one a phrase makes a source ("the
    Russian side")."""
    return (
        word.is_stop
        and not word.text.isupper()
        and not any(c.dep_ in ("det", "amod", "compound", "poss") for c in word.children)
    )


BODY_LABELS = frozenset({"ORG", "NORP"})
"""The kinds of names (spaCy's labels) a description of a body may stand for."""
NAME_PREPOSITIONS = frozenset({"of", "on", "for", "in", "at", "to"})
"""The words after which a body's name says what it is of or for, not what it is."""
MOST_DESCRIPTION_WORDS = 3
"""A description longer than "the" and this many words is a phrase of its own."""


def named_body(source: str, earlier: Sequence[Name]) -> str | None:
    """The body a source that only describes it stands for: "the fire service" is "the North
    Wales Fire and Rescue Service", "the court" "the Supreme Court", when that is the last
    name of ``earlier`` (the article's names in the sentences before the source's, in order)
    whose head, the word before its first preposition, is the description's noun, and which
    holds its other words. None for a source that names something itself ("NASA", "the
    Supreme Court"), or when no name fits."""
    head, _, rest = source.partition(" ")
    words = rest.split()
    if head.lower() != "the" or not 0 < len(words) <= MOST_DESCRIPTION_WORDS:
        return None
    if any(not w.isalpha() or not w.islower() for w in words):
        return None  # a name of its own, or more than a description
    for label, name in reversed(earlier):
        held = [w.lower() for w in re.findall(r"[\w’'-]+", name)]
        # its head: the word before its first preposition ("Court of Avalon", "Commission
        # on Presidential Debates" is a commission, no debate)
        cut = next((i for i, w in enumerate(held) if w in NAME_PREPOSITIONS), len(held))
        head_part = held[:cut]
        if label in BODY_LABELS and head_part and _same_noun(head_part[-1], words[-1]):
            if all(w in held for w in words[:-1]):
                return f"the {name[4:]}" if name.lower().startswith("the ") else f"the {name}"
    return None


def _same_noun(word: str, noun: str) -> bool:
    """The same noun, one of them maybe plural ("Forces", "force")."""
    return word == noun or word.rstrip("s") == noun.rstrip("s")
