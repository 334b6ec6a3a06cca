"""Excerpts: citations made of consecutive sentences, and whose words they hold.

A citation is verbatim: its quote runs from its first sentence's start to its last one's end,
gaps included. An excerpt never joins two people's words (``one_voice``), so it can always say
whose they are (``statement_speaker``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache

from anyascii import anyascii

from article_qa.reporting_verbs import IRREGULAR_FORMS, NEEDS_SPEECH, REPORTING, SPEECH_NOUNS
from article_qa.textnorm import QUOTED, WORD, fold, tokens
from retrieval.snapshot import Unit
from retrieval.types import Citation

QUOTATION = re.compile(r"[\"“”«»]")
"""A quotation mark: a sentence with one holds someone's own words."""

IRREGULAR_NEEDING = frozenset(f for f, lemma in IRREGULAR_FORMS.items() if lemma in NEEDS_SPEECH)
"""Irregular forms of the verbs that report speech only with a clause ("spoke", "spoken")."""
SPEECH_WORDS = (
    (REPORTING - NEEDS_SPEECH) | SPEECH_NOUNS | (set(IRREGULAR_FORMS) - IRREGULAR_NEEDING)
)
SPEECH_STEMS = frozenset(tokens(" ".join(sorted(SPEECH_WORDS))))
"""The stems of the verbs that report speech whatever follows them (which most of their
nouns share: "alleges", "allegations"), of the other nouns of speech, and of the irregular
past forms of the commonest verbs."""


CLAUSE_STEMS = frozenset(tokens(" ".join(sorted(NEEDS_SPEECH | IRREGULAR_NEEDING))))
"""The stems of the verbs that report speech only with a clause: "noted that", "reported
that"; not "Patel spoke to Wikinews in August"."""


NOUN_HOMOGRAPHS = frozenset(
    "state states second seconds credit credits attribute attributes critic critics".split()
)
"""Forms of reporting verbs that are mostly nouns of another meaning in news: "a state of
lockdown", "the United States", "a second attack", "the film's credits", or a noun for the
person, not for their words ("an outspoken critic of Putin"). Only the verbs' other forms
("stated", "seconded", "credited", "criticised") report speech."""


def reports_speech(text: str) -> bool:
    """Whether ``text`` reports what someone said ("Mensah's allegations ...", "the niece
    claimed ...", "NBC News reported that ...", "according to the WHO"); not "the Secretary of
    State will lead ..." (``NOUN_HOMOGRAPHS``), nor "was reported missing" (a verb that
    ``NEEDS_SPEECH``, with no clause after it: ``CLAUSE_OPENERS``)."""
    folded = fold(text)
    found = list(WORD.finditer(folded))
    words = [match.group(0) for match in found]
    return next(speech_words(words, broken=_set_apart(folded, found)), None) is not None


def asks_about_speech(question: str) -> bool:
    """Whether ``question`` asks about what someone said (``reports_speech``), or who spoke:
    asked, "Who spoke about the victims?" needs no clause after its verb."""
    words = WORD.findall(fold(question))
    return next(speech_words(words), None) is not None or not IRREGULAR_NEEDING.isdisjoint(words)


def speech_words(
    words: list[str], closing: Collection[int] = (), broken: Collection[int] = ()
) -> Iterator[int]:
    """The numbers of the ``words`` (folded) that report speech: a verb or noun of speech
    (``SPEECH_STEMS``), a verb that needs a clause before one (``_opens_a_clause``, within
    its sentence) or that ends its sentence (``closing``: the numbers of the words that do),
    what was said then coming before it ("..., The Guardian reported."; not a plural noun
    there: "... ahead of the talks.", "... over the new rules."), "according" of
    "according to", and "call" of a demand ("called for an inquiry", "called on them to");
    not a verb's "-ed" form used as an adjective (``DETERMINERS``, ``NOUN_PREPOSITIONS``;
    ``broken``: the numbers of the words a comma or quotation mark sets apart from the one
    before, as a verb after a stranded preposition is: '"... worried about," warned Roe')."""
    last_words = sorted(closing)
    for number, word in enumerate(words):
        ends = next((c for c in last_words if c >= number), len(words) - 1)
        after = words[number + 1 : min(number + CLAUSE_SUBJECT + 2, ends + 1)]
        if (
            word.endswith("ed")
            and number
            and (
                words[number - 1] in DETERMINERS
                or words[number - 1].isdigit()
                # not a stranded one: '"... worried about," warned Roe', "railed against,
                # claimed that ..."
                or (
                    words[number - 1] in NOUN_PREPOSITIONS
                    and number not in broken
                    and not _opens_a_clause(after)
                )
            )
        ):
            continue  # a participle before its noun: "1,217 pledged delegates", "the alleged",
            # "silent about alleged affairs"
        if word == "critical" and words[number + 1 : number + 2] != ["of"]:
            continue  # "in critical condition"; but "critical of the plan" is a stance told
        stems = _stems(word)
        if any(word.startswith(stem) and word[len(stem) :] in AGENT_ENDINGS for stem in stems):
            continue  # one who speaks, not speech: "an observer", "reporters"
        if (
            not SPEECH_STEMS.isdisjoint(stems)
            or (
                not CLAUSE_STEMS.isdisjoint(stems)
                and ((ends == number and not word.endswith("s")) or _opens_a_clause(after))
            )
            or (word, after[:1]) == ("according", ["to"])
            or ("call" in stems and after[:1] in (["for"], ["on"]))  # a demand: "called for"
        ):
            yield number


AGENT_ENDINGS = frozenset({"er", "ers", "or", "ors", "ator", "ators"})
"""The endings that make a verb's stem a noun for whoever does it ("observ-er",
"report-ers", "comment-ator")."""
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
"""Words that open a noun phrase: a verb's "-ed" form right after one (or a number) is an
adjective ("the pledged delegates"), reporting no speech."""
NOUN_PREPOSITIONS = frozenset("of about for over with into from against among".split())
"""Prepositions that take a noun phrase, never a finite verb: an "-ed" form right after one
is an adjective too ("convicted of alleged fraud", "silent about alleged affairs")."""


def _opens_a_clause(words: list[str]) -> bool:
    """Whether ``words`` (folded) open a content clause: "that", a subject pronoun, or a
    subject of a few words and then an auxiliary ("reported Jeff Vance was ...")."""
    if not words:
        return False
    if words[0] in CLAUSE_OPENERS:
        return True
    if words[0] in WHEN_SAID and "that" in words[1:4]:
        return True  # "ruled on Tuesday that ...", "announced last week that ..."
    return any(word in CLAUSE_AUXILIARIES for word in words[1:])


WHEN_SAID = frozenset("on in at last earlier late this".split())
"""Words opening when something was said, which may stand between the verb and its clause."""


CLAUSE_SUBJECT = 3
"""Words a content clause's subject may take before its auxiliary ("the harbour master was")."""
CLAUSE_AUXILIARIES = frozenset(
    "is are was were has have had will would can could should may might must did does".split()
)
"""The finite auxiliaries that show a clause follows a verb of saying without "that"; "was
reported missing" and "reported the man missing" have none."""


def all_quotation(text: str) -> bool:
    """Whether ``text`` is nothing but quotation: no word outside its quotation marks."""
    return bool(QUOTATION.search(text)) and not re.search(r"\w", QUOTED.sub("", text))


def outside_quotation(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is outside its quotations."""
    before = text[:at]
    return before.count('"') % 2 == 0 and before.count("“") <= before.count("”")


def reported_by(text: str, source: Collection[str]) -> bool:
    """Whether ``text`` reports speech (``speech_words``) whose source one of the words of
    ``source`` (folded) names: a word before one reporting it, in the same sentence, the verb
    not passive nor inside a quotation ("Mensah's allegations ...", "In a statement, NBC News
    reported that ..."; not "Roe was criticised by ...", nor "Roe died, according to ..."),
    or, a few words on, after "according to", "by" or a verb put after what was said
    ("according to the WHO", "a statement issued by the ministry", '..., said the
    ministry'). Not "Roe is accused of shooting Mensah", nor "according to Joe Marr, the
    driver was ...", for Mensah or the driver, nor "the convictions of Kelly over allegedly
    motivated lane closures": an adverb ("allegedly", "reportedly") is the writer's hedge."""
    folded = fold(text)
    found = list(WORD.finditer(folded))
    words = [match.group(0) for match in found]
    named = [n for n, word in enumerate(words) if word in source]
    if not named:
        return False
    ends = [m.end() for m in SENTENCE_END.finditer(f"{folded} ")]
    closing = {  # the last word of each sentence
        n
        for n, match in enumerate(found)
        if n + 1 == len(found) or any(match.end() < e <= found[n + 1].start() for e in ends)
    }
    capitalised = _capitalised(text, len(found))
    for speech in speech_words(words, closing, _set_apart(folded, found)):
        if words[speech].endswith("ly"):
            continue  # "allegedly", "reportedly": the writer's hedge, naming no source
        if words[speech - 1 : speech] == ["for"]:
            continue  # "did not respond to requests for comment": asked for, not given
        if _negated(words, speech):
            continue  # "Mears would not confirm ...", "Roe declined to comment": no words
        if speech > 0 and speech - 1 not in closing and capitalised[speech]:
            continue  # "Qaboos bin Said died ...": a name's word, no verb
        verb = found[speech]
        if not outside_quotation(folded, verb.start()):
            continue  # the quoted words' own verb: '... "a province threatened by mining"'
        passive = speech > 0 and words[speech - 1] in PASSIVE_BE
        if (
            words[speech] != "according"  # whose source comes after it
            and not passive
            and any(
                p < speech
                and not NEW_SOURCE.search(folded[found[p].end() : verb.start()])
                and (
                    _owner_of(words, p, speech)
                    if words[speech] in NOUNS_ONLY
                    # "Navalny's aides said", "in Navalny's blood, and said": his aides, not he
                    else not _possessive(folded, found, words, p, source)
                )
                for p in named
            )
        ):
            return True
        at = next((p for p in named if p > speech), None)
        if at is None:
            continue
        inverted = folded[: verb.start()].rstrip().endswith((",", '"', "'"))
        agent = "by" in words[speech + 1 : at]  # "announced by the ministry"
        introduced = inverted or agent or verb.group(0) == "according"
        # the name in the source's phrase, no comma between: not "according to NPR, Biden"
        unbroken = at > speech and "," not in folded[verb.end() : found[at].start()]
        if introduced and unbroken and at <= speech + ACCORDING_TO_NAME:
            return True
    return False


NOT_DONE = frozenset({"not", "never", "t"})
"""Words that deny the verb after them ("t" of "didn't", as ``WORD`` reads it)."""
DENYING_AUXILIARIES = frozenset(
    "do does did will would could can should may might must has have had is was".split()
    + ["didn", "doesn", "don", "won", "wouldn", "couldn", "hasn", "haven", "hadn"]
)
"""The auxiliaries a denial hangs on ("did not", "would never", "didn't"): "Roe, not Smith,
announced" and "not only said" deny nothing."""
WITHHOLDING = frozenset(
    "decline declines declined declining refuse refuses refused refusing".split()
)
"""Verbs whose "to" before a verb of saying says it was not done: "declined to comment"."""
NOT_YET = frozenset(
    """invited invite invites asked expected expects due scheduled plans planned wants
    wanted hopes hoped intends intended urged""".split()
)
"""Verbs whose "to" before a verb of saying says it is asked for or to come, not done:
"was invited to testify but did not attend", "is expected to announce"."""


def _negated(words: list[str], speech: int) -> bool:
    """Whether the verb of saying ``words[speech]`` is denied: "would not confirm", "did not
    immediately respond", "has never said", "declined to comment" report no words of
    anyone's, nor do "was invited to testify", "is expected to announce"; the denial is that
    verb's alone ("declined to comment but said ...")."""
    before = words[max(0, speech - 4) : speech]
    if before[-1:] == ["to"] and (WITHHOLDING | NOT_YET) & set(before[-2:-1]):
        return True
    for at in (len(before) - 1, len(before) - 2):  # right before it, or an adverb between
        if at >= 1 and before[at] in NOT_DONE and before[at - 1] in DENYING_AUXILIARIES:
            return at == len(before) - 1 or before[-1].endswith("ly") or before[-1] == "yet"
    return False


def _set_apart(folded: str, found: list[re.Match[str]]) -> set[int]:
    """The numbers of the ``found`` words of ``folded`` that a comma, a colon or a quotation
    mark sets apart from the word before."""
    return {
        n
        for n in range(1, len(found))
        if re.search(r"[,;:\"“”]", folded[found[n - 1].end() : found[n].start()])
    }


def _possessive(
    folded: str, found: list[re.Match[str]], words: list[str], number: int, name: Collection[str]
) -> bool:
    """Whether the name of which word ``number`` of ``folded`` (its ``found`` matches, the
    ``words`` they read; the name's words: ``name``) is one is written possessive: "Michael
    Cohen's", "the Obamas'"."""
    last = number
    while last + 1 < len(words) and words[last + 1] in name:
        last += 1
    if words[last + 1 : last + 2] == ["s"]:  # the "s" of "'s", read as a word
        return folded[found[last].end() : found[last + 1].start()] == "'"
    return folded[found[last].end() :].startswith("' ")


def _capitalised(text: str, count: int) -> list[bool]:
    """For each of the ``count`` words of ``text`` (as ``WORD`` reads it folded), whether it
    is written with a capital: one that opens no sentence is a word of a name ("Qaboos bin
    Said"), not a verb."""
    cased = re.findall(WORD.pattern, anyascii(text), re.IGNORECASE)  # ``fold``, not lowered
    if len(cased) != count:
        return [False] * count
    return [word[:1].isupper() for word in cased]


PASSIVE_BE = frozenset("is are was were be been being".split())
"""A form of "be" before a verb of saying makes it passive ("Gutierrez was described by the
CBCP as ..."): the one named before it is what was said of, not who said it."""
SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s")
"""Where a sentence ends inside an excerpt: a name in the sentence before is no source of
the next one's words ("Navalny has been ill. His associates have alleged ...")."""
NOUNS_ONLY = frozenset(
    f"{noun}{ending}"
    for noun in SPEECH_NOUNS - REPORTING
    if not noun.endswith("ing")
    for ending in ("", "s")
)
"""The forms of the nouns of speech that are no verb's ("allegations", "denial"): what was
said is the speech of its owner ("Mensah's allegations"), not of any name before it ("Capp
was elected after the former mayor resigned over allegations")."""
OWNER_WITHIN = 3
"""Words from an owner's "'s" to the noun it owns ("Mensah's repeated public allegations")."""


def _owner_of(words: list[str], name: int, noun: int) -> bool:
    """Whether the word numbered ``name`` ends the possessor of the noun numbered ``noun``:
    its "'s" (read as a word "s") right after it, the noun a few words on."""
    return words[name + 1 : name + 2] == ["s"] and noun - name - 1 <= OWNER_WITHIN


NEW_SOURCE = re.compile(
    rf"{SENTENCE_END.pattern}|(?:,\s*(?:and|but|while|whereas|yet)|;)\s+"
    r"(?:his|her|their|its|the|a|an|this|that|these|those|[a-z]+['’]s)\s"
)
"""Between a name and a verb of saying, the start of another sentence, or of another clause
with a subject of its own ("Navalny is a critic of Putin, and his associates have alleged
...", "...; the ministry said ..."): the name is not who says it. A comma alone may set off
the name's apposition ("Putin, the Russian president, said")."""
ACCORDING_TO_NAME = 4
"""Words from "according", or a verb of saying put after what was said, to the name of the one
it reports ("according to Dr. Jane Roe", "said the US Geological Survey")."""


@lru_cache(maxsize=1 << 16)
def _stems(word: str) -> frozenset[str]:
    """The stems of a word (folded), none for a ``NOUN_HOMOGRAPHS`` form."""
    return frozenset() if word in NOUN_HOMOGRAPHS else frozenset(tokens(word))


CLAUSE_OPENERS = frozenset("that i we you he she it they there".split())
"""The words a content clause opens with: "that", or, without it, a subject pronoun ("UNICEF
reported they had delivered ..."); not a noun, which may be the verb's object ("reported
the man missing")."""


def voices(units: Iterable[Unit]) -> set[str]:
    """The people whose statements the sentences quote or report."""
    return {u.speaker for u in units if u.speaker}


def one_voice(*units: Unit) -> bool:
    """Whether the sentences quote or report one person's words at most: an excerpt of two
    people's could not say whose words it cites, so sentences are not joined across
    speakers."""
    return len(voices(units)) <= 1


def citation_of(units: list[Unit], score: float, speaker: str | None) -> Citation:
    """One citation spanning consecutive sentences of a paragraph, verbatim with their gaps."""
    first, last = units[0], units[-1]
    return Citation(
        quote="".join(u.text + u.gap for u in units[:-1]) + last.text,
        source=first.source,
        doc_id=first.doc_id,
        title=first.title,
        paragraph=first.paragraph,
        start=first.start,
        end=last.end,
        score=round(score, 4),
        speaker=speaker,
        according_to=None if speaker is not None else _one_source(units),
        url=first.url,
        text_path=first.text_path,
    )


def _one_source(units: list[Unit]) -> str | None:
    """The source the units give for what they report (``Unit.according_to``) when every one
    of them gives it and none quotes a person."""
    if voices(units):
        return None
    sources = {u.according_to for u in units}
    return sources.pop() if len(sources) == 1 else None  # None too, when one gives none


def statement_speaker(units: list[Unit]) -> str | None:
    """The one person whose statement the units quote or report, if there is exactly one."""
    speakers = voices(units)
    return speakers.pop() if len(speakers) == 1 else None


ANAPHORA = re.compile(
    r"^(?:that|this|these|those|it|its|they|their|he|his|she|her|such|there)\b(?!\s+(?:is|are)\s+(?:a|an|the)\b)",
    re.IGNORECASE,
)


def points_back(text: str) -> bool:
    """True when a sentence opens with a word that refers to the sentence before it."""
    return bool(ANAPHORA.match(text.lstrip("“\"'(")))
