"""Interview transcripts: the turns a speaker label opens.

News sites print interviews as turns, each paragraph opened by its speaker's label:
"((Jane Roe)) We started in 2015." or "Jane Roe: We started in 2015.", later often the
initials alone ("JR: ..."). Every sentence of a turn is its speaker's own words, up to the next
label, though no reporting verb says so. A label counts when it names a person (by the full
name, or the surname or initials of a person the article names) who takes at least two turns:
a name with a colon once is as likely a caption, a heading, or the one answering starting a
paragraph with whom they talk about ("Frido Welker: I think he ..."), which ends no turn.
The interviewer's turns, every one a question ("((WN)) What prompted ...?"), are no
statements, nor is a question opening any other label's paragraph, whoever it names; and a
language mark ("((de))", before a quotation's original words) opens no turn. A turn is its
speaker's whatever it names ("As Valeria said, ..."), and with one person answering, a
bracketed label that names nobody and never asks is theirs, misspelt or cut short ("((AN))"),
and so is a paragraph printed with no label after the interviewer's question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from article_qa.textnorm import fold, is_question
from index.chunking import Span
from index.people import People, Person

LABEL = re.compile(
    r"\s*(?:\(\((?P<bracketed>[^()\n]{1,60})\)\)"
    r"|(?P<colon>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}):[ \t]"
    r"|(?P<initials>[A-Z]{2,4})[ \t]+(?=[A-Z]))"
)
"""A speaker label opening a paragraph: "((Name))", "Name:" (at most four capitalised words),
or initials alone, their colon lost with the bold type they were printed in ("MS We did
not ..."): those count only after a question."""


TURNS_AT_LEAST = 2
"""Turns a label must open to count: a name with a colon once is a caption or a heading."""
FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)\b"
)
"""Words the one speaking uses of themselves."""
LIST_ITEM = re.compile(r"[A-Z][a-z]*(?: [a-z]+){0,2}: \S")
"""A list item's opening: a few words and a colon ("Mid term: general availability")."""
QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")
"""A quotation: its "I" is someone else's."""
NAME_WORDS = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]*){1,3}")
"""A label that is a name of two to four capitalised words ("Perttu Ahola")."""


def label_of(sentence: str) -> str | None:
    """The speaker label ``sentence`` opens with, if any (not a language mark: "((de))")."""
    found = LABEL.match(sentence)
    if found is None:
        return None
    label = found.group(found.lastgroup or 0).strip()
    return None if label.islower() else label


def _label_form(sentence: str) -> str | None:
    """How the label ``sentence`` opens with is written: "bracketed" ("((Name))"), "colon"
    ("Name:") or "initials" (alone, no colon: "MS We ..."); None for no label."""
    found = LABEL.match(sentence)
    return found.lastgroup if found is not None else None


@dataclass(frozen=True)
class Transcript:
    """Who speaks where in an article's interview transcript, if it has one."""

    turns: dict[int, Person | None]
    """Sentence number -> the person whose turn it is in; None for a question that opens
    another label's paragraph ("((WN)) How will Acme Cloud ...?"): the interviewer's, nobody's
    statement, whoever it names."""
    addressed: dict[int, Person]
    """Sentence number -> the one person answering, for the statements (not the questions)
    of the turns that are no one's: whom their "you" means ("((WN)) On your website, you
    wrote ...")."""


def read_transcript(sentences: Sequence[Span], people: People) -> Transcript:
    """The turns of the transcript ``sentences`` hold, and whom its interviewer addresses.

    A turn runs from a paragraph opened by a person's label to the next labelled paragraph;
    the last turn of a transcript goes on while the paragraphs after it are the speaker's by
    their form (``_last_turn``), since what follows the last label may be the article's
    narration again."""
    first, last = _paragraph_ends(sentences)
    labels = {p: label for p, text in first.items() if (label := label_of(text)) is not None}
    if not labels:
        return Transcript({}, {})
    opened, answering = _turn_openers(labels, first, last, people)
    last_label = max(opened, default=-1)
    last_turn = _last_turn(sentences, last_label, opened.get(last_label))
    found: dict[int, Person | None] = {}
    addressed: dict[int, Person] = {}
    start: int | None = None
    for number, sentence in enumerate(sentences):
        if sentence.paragraph in opened:
            start = sentence.paragraph
        if start is None or (start == last_label and sentence.paragraph not in last_turn):
            continue
        if (person := opened[start]) is not None:
            found[number] = person
        elif sentence.paragraph == start and is_question(sentence.text):
            found[number] = None  # the interviewer's ("((WN)) How will Acme Cloud ...?")
        elif sentence.paragraph == start and answering is not None:
            addressed[number] = answering
        elif (
            sentence.paragraph != start
            and answering is not None
            and is_question(last[start])
            and not LABEL.match(first[sentence.paragraph])
        ):
            # an answer printed without any label, after the question ("((WN)) You worked
            # with Rahaf, right?" / "I did work with Rahaf."): the one answering's
            found[number] = answering
    return Transcript(found, addressed)


def _last_turn(sentences: Sequence[Span], opening: int, person: Person | None) -> set[int]:
    """The paragraphs of the transcript's last turn, opened by paragraph ``opening``: it and
    those after it that go on with it, up to the first that does not. A paragraph goes on
    with the turn when it speaks in the first person ("We see collaboration between
    students."), follows one ending with a colon ("Collectivism 1.0:"), or is the next item
    of a list the turn opened ("Short term: ..." / "Mid term: ..."); and never when it names
    ``person`` outside a quotation: that is narration about them ("Tseng, 54, ran in 2016.")."""
    texts: dict[int, str] = {}
    for sentence in sentences:
        if sentence.paragraph >= opening:
            texts[sentence.paragraph] = (
                texts.get(sentence.paragraph, "") + " " + sentence.text
            ).strip()
    if person is None or opening not in texts:
        return {opening}
    listed = LIST_ITEM.match(LABEL.sub("", texts[opening], count=1).strip()) is not None
    taken = {opening}
    before = texts[opening]
    for paragraph in sorted(p for p in texts if p > opening):
        text = texts[paragraph]
        spoken = QUOTED.sub(" ", text)
        goes_on = (
            FIRST_PERSON.search(spoken) is not None
            or before.rstrip().endswith(":")
            or (listed and LIST_ITEM.match(text) is not None)
        )
        if not goes_on or _names(spoken, person):
            break
        taken.add(paragraph)
        before = text
    return taken


def _names(text: str, person: Person) -> bool:
    """Whether ``text`` names ``person`` (by their name or surname)."""
    words = set(fold(text).split())
    return fold(person.surname) in words or fold(person.name) in fold(text)


def _paragraph_ends(sentences: Sequence[Span]) -> tuple[dict[int, str], dict[int, str]]:
    """Each paragraph's first sentence, and its last one."""
    first: dict[int, str] = {}
    last: dict[int, str] = {}
    for sentence in sentences:
        first.setdefault(sentence.paragraph, sentence.text)
        last[sentence.paragraph] = sentence.text
    return first, last


def _turn_openers(
    labels: dict[int, str], first: dict[int, str], last: dict[int, str], people: People
) -> tuple[dict[int, Person | None], Person | None]:
    """The paragraphs that open a turn (of those ``labels`` opens), each with whose turn it
    is (None: the interviewer's, or no one's), and the one person answering, if one only is.
    ``first`` and ``last`` are each paragraph's first and last sentence."""
    form = {p: _label_form(first[p]) for p in labels}
    bracketed = {p: form[p] == "bracketed" for p in labels}
    # Initials with no colon ("MS We did not ...") are a label only in answer to a question:
    # elsewhere a paragraph may open with an acronym ("US officials said ...").
    labels = {p: label for p, label in labels.items() if form[p] != "initials" or _answers(p, last)}
    by_label = {label: labelled_person(label, people) for label in set(labels.values())}
    opened = {p: by_label[label] for p, label in labels.items()}
    taken = Counter(id(person) for person in opened.values() if person is not None)
    uses = Counter(labels.values())
    # A name with a colon that opens one paragraph only is no label, and ends no turn: the
    # one answering may start a paragraph so ("Frido Welker: I think he contributed ...").
    labels = {
        p: label
        for p, label in labels.items()
        if bracketed[p]
        or uses[label] >= TURNS_AT_LEAST
        or (opened[p] is not None and taken[id(opened[p])] >= TURNS_AT_LEAST)
    }
    opened = {p: opened[p] for p in labels}
    asking = _interviewers(last, opened)
    opened = {
        p: person
        if person and taken[id(person)] >= TURNS_AT_LEAST and id(person) not in asking
        else None
        for p, person in opened.items()
    }
    interviewees = {id(person): person for person in opened.values() if person is not None}
    if len(interviewees) != 1:
        return opened, None
    # With one person answering, a bracketed label that names nobody and never asks is
    # theirs, misspelt or cut short ("((Richard Sanskrit))", "((AN))" for Aparna Garg).
    (answering,) = interviewees.values()
    asks = {labels[p] for p in labels if is_question(last[p])}
    for p, person in opened.items():
        if person is None and bracketed[p] and labels[p] not in asks:
            opened[p] = answering
    return opened, answering


def _answers(paragraph: int, last: dict[int, str]) -> bool:
    """The paragraph before ``paragraph`` ends with a question (``last``: each paragraph's
    last sentence)."""
    before = [p for p in last if p < paragraph]
    return bool(before) and is_question(last[max(before)])


def labelled_person(label: str, people: People) -> Person | None:
    """The person a speaker label names: one whose name, other name or surname it is, or whose
    initials it gives ("NG" for Natasha Gownaris)."""
    wanted = fold(label).replace(".", "")
    for person in people.persons:
        names = {person.name, *person.other_names}
        if wanted in {fold(n) for n in names}:
            return person
    by_surname = [p for p in people.persons if fold(p.surname) == wanted]
    if len(by_surname) == 1:
        return by_surname[0]
    if label.isupper() and 2 <= len(wanted) <= 4:
        by_initials = [p for p in people.persons if _initials(p.name) == wanted]
        if len(by_initials) == 1:
            return by_initials[0]
    if NAME_WORDS.fullmatch(label):  # a name the recogniser missed in the text
        return Person(label)
    return None


def _interviewers(last: dict[int, str], opened: dict[int, Person | None]) -> set[int]:
    """The people (by ``id``) every one of whose turns ends in a question (``last``: each
    paragraph's last sentence): who asks."""
    answers = {
        id(person)
        for p, person in opened.items()
        if person is not None and not is_question(last[p])
    }
    return {id(p) for p in opened.values() if p is not None and id(p) not in answers}


def _initials(name: str) -> str:
    return "".join(fold(word)[:1] for word in name.split())
