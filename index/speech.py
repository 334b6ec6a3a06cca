"""Whether a verb reports something said: the reporting verbs and nouns, and the shapes of a
sentence that make a verb speech or not.

Some reporting verbs are speech whatever follows them ("said", "told", "denied"); others only
with what was said as their complement (``NEEDS_SPEECH``: "noted that ...", "called it
unlikely", "recalled pulling a child", "spoke about the cost"), since alone they are often
acts ("prices continued to fall", "called a meeting"). Any verb with a finite clause for its
object reports it ("reasserted that the project was open"). Who the speaker is, is
``index.attribution``'s job.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from article_qa.reporting_verbs import IRREGULAR_PAST, REPORTING
from article_qa.textnorm import QUOTED
from index.names import QUOTE_MARKS, SUBJECT_DEPS

if TYPE_CHECKING:
    from spacy.tokens import Span as TokenSpan
    from spacy.tokens import Token

SPEECH_PARTICLES = frozenset({"out", "on"})


NAMING_AS = frozenset("describe hail laud refer".split())
"""Reporting verbs that are speech with what they call something: "described the deal as a
betrayal", "hailed the rescue as a miracle", "referred to the plan as a disaster"."""


TELLING_OF = frozenset("recall describe mention suggest".split())
"""Reporting verbs that are speech with a gerund: "recalled pulling a child from the water",
"described seeing boats thrown", "suggested expanding the court"; not "continued working"."""


EXPRESSING = frozenset({"express"})
"""Reporting verbs that are speech with an object that says what was expressed: "expressed
regret at leaving", "expressed intent to run"; not "expressed her thanks"."""


DEMANDING = frozenset({"call"})
"""Reporting verbs that are speech with "for" what was demanded, and no object: "called for a
ceasefire", "called for the mayor to resign"; not "called a meeting for Friday"."""


REPORTING_THINGS = frozenset({"report"})
"""Reporting verbs that are speech with a noun for what was reported: "reported 36
infections", "reported a loss"; not "reported for duty", "was reported missing"."""


TOPIC_VERBS = frozenset({"speak", "talk"})
"""Verbs of talking, speech with what the talk was about: "spoke about the cost", "talked of
being cast"."""


MAKING_VERBS = frozenset({"write"})
"""Reporting verbs that also make a work ("wrote the lyrics", "wrote for other artists"):
without a quotation, colon or clause, they report nothing (``makes_a_work``)."""


UTTERANCE_NOUNS = frozenset(
    "statement letter tweet post message email speech announcement remarks testimony".split()
)
"""Things someone says or writes, which news makes the subject of a reporting verb: "Okafor's
statement said ...", "a letter from Okafor read ..." speak for their author."""


VIEW_NOUNS = frozenset(
    "view opinion words estimate estimation assessment judgement judgment".split()
)
"""Nouns that report someone's view: "In his opinion, ...", "in the words of X"."""


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
"""Penn tags of a verb form that carries tense: past, present, or a modal."""


CAUSATIVES = frozenset({"have", "make", "let", "get"})


def only_attribution(tokens: TokenSpan) -> bool:
    """A sentence that says no more than who spoke ("Okafor said.", "Smith told Wikinews
    yesterday."): its reporting verb has no clause, quotation or colon of its own."""
    verbs = [t for t in tokens if t.pos_ == "VERB"]
    inside = range(tokens.start, tokens.end)  # the parser may hang the quotation on the verb
    return (
        len(verbs) == 1
        and verbs[0].lemma_.lower() in REPORTING
        and not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl") and c.i in inside
            for c in verbs[0].children
        )
        and not any(t.text in QUOTE_MARKS or t.text == ":" for t in tokens)
    )


def _past_forms(lemma: str) -> set[str]:
    """A verb's regular past tense, spelt every way English may ("noted", "replied",
    "remarked"; "quipped", "admitted", both with and without the doubled consonant)."""
    if lemma.endswith("e"):
        return {lemma + "d"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {lemma[:-1] + "ied"}
    return {lemma + "ed", lemma + lemma[-1] + "ed"}


PAST_REPORTING = frozenset(
    {form for lemma in REPORTING for form in _past_forms(lemma)} | IRREGULAR_PAST | {"thought"}
)
"""The past tenses of the reporting verbs, the irregular ones too, as words."""


def reports_clause(verb: Token) -> bool:
    """A verb of any lemma whose complement is a finite clause with its own subject: "X
    reasserted that the project was open", "X warned it would fail". Both verbs carry tense,
    so a purpose ("to show that ...") is not a report; a "clause" whose subject is a number is
    an object the parser misread ("has amassed 1,217 pledged delegates"), one whose subject is
    "who" or "which" a relative clause (``RELATIVE_SUBJECTS``). The clause follows the
    verb (the parser also hangs a clause joined by ";" as a complement, before it), and the verb
    is not a causative, whose complement is an event ("had her home searched")."""
    return (
        verb.lemma_.lower() not in CAUSATIVES
        and finite(verb)
        and any(
            c.dep_ == "ccomp"
            and c.i > verb.i
            and finite(c)
            and not adverbial(c)
            and any(
                g.dep_ in ("nsubj", "nsubjpass")
                and g.tag_ != "CD"
                and g.lower_ not in RELATIVE_SUBJECTS
                for g in c.children
            )
            for c in verb.children
        )
    )


RELATIVE_SUBJECTS = frozenset({"who", "which"})
"""The subject of a relative clause the parser may hang on a verb as its complement: "hit by
hurricanes according to CNN who reported that ..." is no report of the hitting."""


ADVERBIAL_MARKS = frozenset(
    "so because since as while although though when whenever before after until unless once "
    "whereas lest".split()
)
"""Conjunctions that open a clause of purpose, reason or time, not what was said: the parser
sometimes hangs such a clause on a verb as its complement ("declared last Friday so he could
fund a wall")."""


def adverbial(clause: Token) -> bool:
    """The clause opens with a conjunction of purpose, reason or time (``ADVERBIAL_MARKS``)."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


def finite(verb: Token) -> bool:
    """The verb carries tense itself or by an auxiliary ("said", "has said", "will say"); an
    infinitive ("to show that ...") reports nothing by itself."""
    auxiliaries = (c for c in verb.children if c.dep_ in ("aux", "auxpass"))
    return any(t.tag_ in FINITE_TAGS for t in (verb, *auxiliaries))


def negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children) or any(
        a.lower_ in ("declined", "refused") for a in verb.ancestors
    )


CONJECTURING = frozenset("might may could must".split())
"""Modals that, with "have", guess at what someone did: "Trump might have encouraged Zelensky
to ...", as a newspaper reported it, is no one's words."""


def conjectured(verb: Token) -> bool:
    """Whether ``verb`` is a guess at the past (``CONJECTURING`` and "have": "may have told"),
    not a report of what someone said."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "have" in auxiliaries and any(a in CONJECTURING for a in auxiliaries)


def introduces_speech(verb: Token, text: str, base: int) -> bool:
    """A quotation, a colon, a clause or a speech particle goes with the verb."""
    if _named_by_others(verb):
        return False
    if any(c.dep_ in ("ccomp", "parataxis") and not adverbial(c) for c in verb.children):
        return True
    if any(c.dep_ == "prt" and c.lower_ in SPEECH_PARTICLES for c in verb.children):
        return True
    if any(  # what the object is called: "called it unlikely", "called the plan a disaster"
        c.dep_ == "oprd" and c.pos_ != "PROPN"  # not a name given: "called him Tom"
        for c in verb.children
    ) or (
        verb.lemma_.lower() in NAMING_AS
        and any(
            c.dep_ == "prep" and c.lower_ == "as"
            for c in (
                *verb.children,
                *(g for o in verb.children if o.dep_ == "dobj" for g in o.children),
            )
        )
    ):
        return True
    lemma = verb.lemma_.lower()
    if lemma in EXPRESSING:  # what, and about what: "expressed regret at leaving"
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        about = [
            g
            for c in [verb, *objects]
            for g in c.children
            if g.dep_ in ("prep", "xcomp", "acl", "relcl")
        ]
        if objects and about:
            return True
    if lemma in DEMANDING and _demands(verb):
        return True
    if any(  # "responded by demanding his resignation": the saying that answered
        c.dep_ == "prep"
        and c.lower_ == "by"
        and any(g.dep_ == "pcomp" and g.lemma_.lower() in REPORTING for g in c.children)
        for c in verb.children
    ):
        return True
    if lemma in REPORTING_THINGS and any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children
    ):
        return True
    if lemma in TOPIC_VERBS:
        # "spoke about the cost", "talked of being cast"; not "spoke with reporters about
        # ...", an interview held
        preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
        if preps & {"with", "about", "of"}:
            return "with" not in preps
    if verb.lemma_.lower() in TELLING_OF and any(
        c.dep_ == "xcomp" and c.tag_ == "VBG" for c in verb.children
    ):
        return True
    if any(  # "expressed hope that ...", "voiced concern that ..."
        c.dep_ == "dobj" and any(g.dep_ in ("ccomp", "acl") and finite(g) for g in c.children)
        for c in verb.children
    ):
        return True
    after = text[verb.idx + len(verb.text) - base :]
    return bool(re.match(r"\s*(?:[:,“\"«]|that\b)", after)) or any(q in text for q in QUOTE_MARKS)


def _demands(verb: Token) -> bool:
    """The verb has what was demanded after "for" and no object: "called for an inquiry",
    "called for them to resign"; not "called a meeting for Friday"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children) or any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
        for c in verb.children
    )


def _named_by_others(verb: Token) -> bool:
    """ "Roe, often referred to as 'The Lion Man'," "Roe, described as a loner,": a naming verb
    set off from the name by a comma and followed by its "as" at once, with nothing named in
    between, names that person, passively, whatever tag the parser gave it; the words are not
    theirs. Not "was described by Roe as" (an agent) nor "a process Roe described as tricky"
    (what is named is the noun the clause hangs on)."""
    lemma = verb.lemma_.lower()
    if lemma not in NAMING_AS or verb.dep_ == "relcl" or verb.i + 2 >= len(verb.doc):
        return False
    after = verb.nbor()
    if lemma == "refer" and after.lower_ == "to":
        after = after.nbor()
    if after.lower_ != "as":
        return False
    named = (
        verb.head
        if verb.dep_ == "acl"
        else next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    )
    return named is not None and named.i + 1 < len(verb.doc) and named.nbor().text == ","


def makes_a_work(verb: Token, sentence: TokenSpan, text: str) -> bool:
    """Nothing said goes with the verb (no quotation, colon or clause), and it is no bare
    attribution of a quotation before it ("Okafor wrote on social media."): its object, if
    any, is a work ("wrote the lyrics"), not an utterance ("wrote a letter")."""
    if introduces_speech(verb, text, sentence.start_char):
        return False
    made = [c for c in verb.children if c.dep_ == "dobj"]
    if any(c.lemma_.lower() in UTTERANCE_NOUNS for c in made):
        return False
    return bool(made) or not only_attribution(sentence)


def calls_in_quotes(verb: Token) -> bool:
    """A verb that calls its object something in quoted words says them, whatever the verb:
    "assailed the event as the "gloomiest convention"", "dismissed the report as "fake news""
    (not "used the hall as a clinic", nor a word in scare quotes: "as a "clinic"")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    called = [
        c
        for c in (*verb.children, *(g for o in objects for g in o.children))
        if c.dep_ == "prep" and c.lower_ == "as"
    ]
    sentence = verb.sent
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in called]
    return bool(objects) and any(
        start <= sentence.start_char + quoted.start() < end and len(quoted.group(0).split()) > 1
        for quoted in QUOTED.finditer(sentence.text)
        for start, end in spans
    )


def cited_as_saying(verb: Token) -> bool:
    """ "cited X as saying ...": the words are X's, not the citing outlet's."""
    return verb.lemma_.lower() == "cite" and any(
        c.lower_ == "as" and any(g.lower_ == "saying" for g in c.subtree) for c in verb.children
    )
