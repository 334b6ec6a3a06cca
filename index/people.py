"""The people an article names: full names, roles, gender cues, and where each is mentioned.

``read_people`` takes the mentions ``index.names`` finds in spaCy's parse and resolves them
into persons:

* a **person** is one full name with the roles and organisations its mentions gave; a later
  mention by surname alone ("Khan said") refers to the person with that surname the article
  calls by it, else the one mentioned last (so "Usman Khan" and "Sadiq Khan" stay two people);
  a fuller form ("Robert Gabriel Mugabe") joins the name the article introduced;
* a **role** ("the mayor") refers to the person the article gave it, the holder of the office
  itself rather than a former or vice one (``People.with_role``); a **pronoun** to the nearest
  person it can stand for (``People.pronoun``);
* **gender cues** come from the article's own pronouns: a sentence that mentions one person
  and refers back with "he/his/him" or "she/her" only, a strong cue when the pronoun is a
  subject or a subject's possessor, else a weak one. They keep "she said" from going to the
  last man mentioned; one weak cue alone does not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from article_qa.nlp import common_nouns
from article_qa.textnorm import fold
from article_qa.titles import (
    KIN,
    LEADER_WORDS,
    LEADING_OFFICES,
    RELATION_WORDS,
    TITLE_WORDS,
    with_other_office_names,
    word_gender,
)
from index.names import NAME_PARTICLES, SUBJECT_DEPS, Candidate, find_candidates, surname

INDEFINITE = frozenset({"a", "an", "another", "one"})
"""Determiners that introduce someone not met before."""


if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def introduced_anew(noun: Token) -> bool:
    """Whether ``noun`` has a determiner that introduces someone not met before (``INDEFINITE``:
    "a Turkish official", "A spokesperson for the college")."""
    return any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in noun.children)


STRONG_CUE = 2
WEAK_CUE = 1
"""What a sentence naming one person and a gendered pronoun tells of their gender: more when
the pronoun is a subject or a subject's possessor, which most likely stands for them."""
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
CLOSED_QUOTATION = re.compile(r"[“«][^”»]*[”»]|\"[^\"]*\"")
"""A closed quotation; an unclosed mark quotes nothing here (``article_qa.textnorm.QUOTED``
runs one to the end of its sentence)."""
OTHER_OFFICE = frozenset("former ex vice deputy assistant elect outgoing".split())
"""Words that make a role another office than the noun alone: "the president" is not the
former president, the vice president or the president-elect."""


@dataclass
class Person:
    name: str
    """The name as the article introduced it (its first form of more than one word), without
    titles."""
    roles: set[str] = field(default_factory=set)
    """Descriptions the article gives the person ("prime minister", "the victim's father")."""
    role_nouns: set[str] = field(default_factory=set)
    """Head nouns of those descriptions, by lemma ("minister", "father")."""
    affiliations: set[str] = field(default_factory=set)
    """Organisations the article places the person in ("Sheldon Yett of UNICEF")."""
    ages: set[int] = field(default_factory=set)
    """The ages the article gives the person ("Peter Haugen, 45,", "a 27-year-old nurse")."""
    other_names: set[str] = field(default_factory=set)
    """Fuller or other forms of the full name used after it ("Robert Gabriel Mugabe" after
    "Robert Mugabe"): the name shown stays the one the article introduced."""
    gender: Counter[str] = field(default_factory=Counter)

    @property
    def surname(self) -> str:
        """The last word of the name that is not a suffix ("Downey" in "Robert Downey Jr.")."""
        return surname(self.name)

    def aliases(self) -> tuple[str, ...]:
        names = {self.name, *self.other_names}
        plain = {form for name in names for form in without_nickname(name)}
        family = family_name(self.name)
        ages = {f"{age}-year-old" for age in self.ages}  # "the 45-year-old"
        forms = {family, *self.roles, *self.affiliations, *self.other_names, *plain, *ages}
        return tuple(sorted(f for f in forms - {self.name} if f))

    @property
    def told_gender(self) -> str | None:
        """ "m" or "f" when the article's cues rule out the other pronoun (``could_be``)."""
        if not self.could_be("she"):
            return "m"
        return None if self.could_be("he") else "f"

    def leans_against(self, pronoun: str) -> bool:
        """Whether the article's cues say more for the other gender than for the pronoun's by
        a strong cue at least: the tie-breaker between people ``could_be`` both allows (one
        weak cue, "Rahman said the injuries would stay with him", decides nothing)."""
        wanted = "m" if pronoun in MALE else "f"
        return self.gender[_other_gender(wanted)] - self.gender[wanted] >= STRONG_CUE

    def could_be(self, pronoun: str) -> bool:
        """False only when the article's cues say the person's gender is the other one, by
        more than one weak cue (``_gender_cues``)."""
        wanted = "m" if pronoun in MALE else "f"
        return self.gender[_other_gender(wanted)] <= self.gender[wanted] + WEAK_CUE


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: Person
    sentence: int
    """Offset of the start of the (spaCy) sentence the mention is in."""
    subject: bool
    """True when the mention is a clause's subject (or describes one)."""
    main: bool
    """True when that clause is the sentence's main clause (``index.names.main_subject``)."""


class People:
    """Everyone an article names, and every mention of them, in article order."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        self.pronoun_subjects: list[tuple[int, int, str]] = []
        """(position, sentence start, pronoun) of each "he"/"she" that is a clause's subject."""
        self.quotations: list[tuple[int, int]] = []
        """(start, end) of every quotation: a name inside one is no antecedent of a pronoun
        outside it ("... when I meet someone like Ron Perlman", she said)."""
        self.role_subjects: list[tuple[int, range, Person | None]] = []
        """(sentence start, the phrase's characters, person) of each clause subject that is a
        person met by a role, not a name: the person the article gave the role ("The mayor
        thanked ..."), or None for someone it does not name ("One of the victims decided
        ...")."""
        self.unnamed_ages: list[tuple[int, int]] = []
        """(position, age) of each age the article gives someone it does not name."""
        self.paragraph_starts: list[int] = []
        """Where each paragraph starts in the article, in order (the headline, when parsed
        apart, at 0: ``read_people`` sets them)."""
        self._unnamed_gender: dict[int, str] = {}
        """Sentence start -> the gender the noun of an unnamed subject tells ("the father")."""

    def quoted(self, position: int) -> bool:
        """Whether character ``position`` of the article lies inside a quotation."""
        return any(start <= position < end for start, end in self.quotations)

    def at(self, position: int) -> Person | None:
        """The person mentioned at character ``position`` of the article, if any."""
        for mention in self.mentions:
            if mention.start <= position < mention.end:
                return mention.person
        return None

    def meant_by_pronouns(
        self, start: int, end: int, quoted: Callable[[int], bool] = lambda _: False
    ) -> tuple[Person, ...]:
        """The people the "he"s and "she"s that are clause subjects between characters
        ``start`` and ``end`` stand for, outside quotations (closed ones, and those
        ``quoted`` tells): "He was fined US$86,000" is about Joel Smithers though it never
        names him."""
        meant: list[Person] = []
        for at, begins, said in self.pronoun_subjects:
            if start <= at < end and not self.quoted(at) and not quoted(at):
                person = self.pronoun(said, at, begins)
                if person is not None and all(person is not p for p in meant):
                    meant.append(person)
        return tuple(meant)

    def genders_by_pronouns(self) -> dict[int, str]:
        """Person (by id) -> "m" or "f", when every subject "he" or "she" outside quotations
        that stands for them, in a later sentence of a paragraph that named them and no one
        else before it, is the one: '"We made a promise," she told the meeting.' after
        "Council leader Janet Oduya said ..." tells of a woman, though no sentence naming her
        alone holds a pronoun (``told_gender``). A pronoun after two people named tells
        nothing: which of them it means is a guess ("Councillor Sam Okoro introduced
        engineer Dana Whitfield. She said ...")."""
        said: dict[int, set[str]] = {}
        for at, begins, pronoun in self.pronoun_subjects:
            if self.quoted(at):
                continue
            since = self._paragraph_start(begins)
            named = {id(m.person) for m in self.mentions if since <= m.start < begins}
            if len(named) != 1 or any(  # "The judge said she ...": maybe the judge
                role == begins and phrase.stop < at for role, phrase, _ in self.role_subjects
            ):
                continue
            person = self.pronoun(pronoun, at, begins)
            if person is not None and id(person) in named:
                said.setdefault(id(person), set()).add(pronoun)
        return {
            person: "m" if pronouns == {"he"} else "f"
            for person, pronouns in said.items()
            if len(pronouns) == 1
        }

    def pronoun(self, pronoun: str, position: int, sentence: int) -> Person | None:
        """Who "he" or "she" at ``position`` refers to.

        The nearest earlier sentence with a person the pronoun can stand for gives the answer:
        its subject if one of them is, else the person mentioned last. In the pronoun's own
        sentence only subjects count ("Speaking to Martin Smith, he said" is not Smith), the
        nearest first ("Duda said ... while Brudziński wrote he had ordered ..."). When
        the same pronoun is the subject of a clause in between (or in that nearest sentence),
        this one continues it: "Day had a son. She married Barry Comden. She said ..." is Day.
        So it does in its own sentence: "While he believes Harris does not qualify, he says
        ..." is whoever the first "he" is, not Harris.
        """
        earlier = [
            at
            for at, begins, said in self.pronoun_subjects
            if said == pronoun and begins == sentence and at < position and not self.quoted(at)
        ]
        if earlier:
            return self.pronoun(pronoun, earlier[-1], sentence)
        candidates = [
            m
            for m in self.mentions
            if m.start < position
            and m.person.could_be(pronoun)
            and (m.sentence != sentence or m.subject)
            and not self.quoted(m.start)
        ]
        if not candidates:
            return None
        # someone the cues lean the other way by a strong cue ("Mrs Okafor ... He said") only
        # when nobody else fits
        candidates = [m for m in candidates if not m.person.leans_against(pronoun)] or candidates
        nearest = candidates[-1].sentence
        chain = [
            (at, begins)
            for at, begins, said in self.pronoun_subjects
            if said == pronoun and nearest <= begins < sentence and at < position
        ]
        # Someone met after that sentence by a role rather than a name: the person given the
        # role ("The mayor thanked ... She said"), or nobody the article names ("One of the
        # victims decided ... She said").
        wanted = "m" if pronoun in MALE else "f"
        by_role = [
            (begins, person)
            for begins, phrase, person in self.role_subjects
            if (
                max([nearest, *(b for _, b in chain)]) < begins < sentence
                or position in phrase  # "One worker, who asked ... because he feared"
            )
            and (person is None or person.could_be(pronoun))
            and (person is not None or self._unnamed_gender.get(begins) != _other_gender(wanted))
        ]
        if by_role:  # of one sentence's, the one given a role before an unnamed one ("the
            # judge told Reeve, who stood in the dock with his head bowed")
            last = [person for begins, person in by_role if begins == by_role[-1][0]]
            return next((person for person in last if person is not None), None)
        if chain:
            return self.pronoun(pronoun, *chain[-1])
        same = [m for m in candidates if m.sentence == nearest]
        # The main clause's subject, else another clause's, else the person mentioned last;
        # among those, one known to be of the pronoun's gender before one with no cue.
        tier = [m for m in same if m.main] or [m for m in same if m.subject] or same[::-1]
        if nearest == sentence:
            tier = [m for m in same if m.subject][::-1] or tier
        return next((m for m in tier if m.person.gender[wanted]), tier[0]).person

    def person_of_age(self, age: int, position: int, sentence: int) -> Person | None:
        """Whom "the 45-year-old" at ``position`` stands for: the person the article gave that
        age before, else the one the nearest earlier sentence naming someone of no other
        known age is about (its main clause's subject, else a subject, else the person
        mentioned last) in the last paragraph naming anyone or the one before it, as wire copy
        brings in an age ('"We got out," the 44-year-old said.' after "Another evacuee, Elena
        Estrada, said ..."); that person is then known by the age."""
        earlier = [m for m in self.mentions if m.start < position and not self.quoted(m.start)]
        known = [m for m in earlier if age in m.person.ages]
        unnamed = [at for at, given in self.unnamed_ages if given == age and at < position]
        if unnamed and (not known or known[-1].start < unnamed[-1]):
            return None  # "said a 19-year-old student who asked not to be named"
        if known:
            return known[-1].person
        if not earlier:
            return None
        # from the last paragraph naming anyone or the one before: further back, the age may
        # be anyone's
        since = self._paragraph_start(earlier[-1].start, back=1)
        candidates = [
            m
            for m in earlier
            if m.start >= since and not m.person.ages and (m.sentence != sentence or m.subject)
        ]
        if not candidates:
            return None
        nearest = [m for m in candidates if m.sentence == candidates[-1].sentence]
        tier = [m for m in nearest if m.main] or [m for m in nearest if m.subject] or nearest[::-1]
        tier[0].person.ages.add(age)
        return tier[0].person

    def _paragraph_start(self, position: int, back: int = 0) -> int:
        """Where the paragraph holding ``position`` starts, or the one ``back`` paragraphs
        before it (0 before the first)."""
        at = bisect_right(self.paragraph_starts, position) - 1 - back
        return self.paragraph_starts[at] if at >= 0 else 0

    def with_role(self, noun: str, position: int, office: Sequence[str] = ()) -> Person | None:
        """The person given role ``noun`` ("mayor"), mentioned last before ``position``. Nouns
        that qualify the role (``office``: "health" in "the health minister") must be in one of
        the person's descriptions: the civil aviation minister is not the health minister. Another
        name of the same office counts (``SAME_OFFICE``: "the foreign minister" for the Foreign
        Secretary), and so does any office leading what qualifies a word for a leader ("the
        union leader" for the union's president)."""
        same = with_other_office_names({noun})
        # "the union leader": whoever holds an office leading the union, as named
        leads = LEADING_OFFICES if noun in LEADER_WORDS and office else set()
        holders = [
            p
            for p in self.persons
            if (
                same & p.role_nouns
                or leads & p.role_nouns
                or any(_initials_of(noun, role) for role in p.roles)
            )
            and all(any(w in fold(r).split() for r in p.roles) for w in map(fold, office))
        ]
        if not holders:
            return None
        if not {fold(w) for w in office} & OTHER_OFFICE:  # "the president": not the former
            plain = [p for p in holders if _holds_plainly(p, same, office)]  # or vice president
            holders = plain or holders
        return self._by_recency(holders, position)[-1]

    def forget(self, persons: Iterable[Person]) -> None:
        """Drop ``persons`` and their mentions."""
        gone = {id(p) for p in persons}
        self.persons = [p for p in self.persons if id(p) not in gone]
        self.mentions = [m for m in self.mentions if id(m.person) not in gone]

    def _register(self, candidate: Candidate) -> None:
        person = self._person_named(candidate.name, candidate.start)
        for role, noun in candidate.roles:
            person.roles.add(role)
            person.role_nouns.add(noun)
        person.affiliations.update(candidate.affiliations)
        self.mentions.append(
            Mention(
                candidate.start,
                candidate.end,
                person,
                candidate.sentence,
                candidate.subject,
                candidate.main,
            )
        )

    def _person_named(self, name: str, position: int) -> Person:
        """The person ``name`` (at ``position``) names, new or met before."""
        words = name.split()
        family = fold(surname(name))
        same_surname = self._by_recency(
            [p for p in self.persons if fold(p.surname) == family], position
        )
        if len(words) == 1:
            if same_surname:
                # The one the article calls by the surname alone, else one not introduced as
                # a relative, else the last met.
                alone = Counter(
                    id(m.person)
                    for m in self.mentions
                    if m.start < position and m.end - m.start == len(name)
                )
                return max(
                    reversed(same_surname),
                    key=lambda p: (alone[id(p)], not p.role_nouns & KIN),
                )
            bearers = [p for p in self.persons if family in fold(p.name).split()]
            if len(bearers) == 1:  # "Tuilaepa" for "Tuilaepa Sailele Malielegaoi"
                return bearers[0]
        else:
            # The surname met before the full name ("Dr Roe ... Jane Roe"), else a first name
            # ("Tuilaepa" before "Tuilaepa Sailele Malielegaoi").
            for person in reversed(same_surname):
                known = person.name.split()
                if len(known) == 1:
                    person.name = name
                    return person
                if fold(known[0]) in {fold(w.split()[0]) for w in without_nickname(name)}:
                    # "Robert Gabriel Mugabe", 'Jeremy "Spike" Cohen' after "Spike Cohen"
                    if fold(name) != fold(person.name):
                        person.other_names.add(name)
                    return person
                if (
                    fold(words[0]) in NAME_PARTICLES
                    and len(known) > len(words)
                    and fold(" ".join(known[-len(words) :])) == fold(name)
                ):
                    return person  # "De La Fuente" of Rocky De La Fuente, "de Blasio" of Bill's
            for person in self.persons:
                if " " not in person.name and fold(person.name) in map(fold, words[:-1]):
                    person.name = name
                    return person
        person = Person(name)
        self.persons.append(person)
        return person

    def _by_recency(self, persons: list[Person], position: int) -> list[Person]:
        """``persons`` ordered by their last mention before ``position`` (unmentioned first)."""
        last: dict[int, int] = {}
        for mention in self.mentions:
            if mention.start < position:
                last[id(mention.person)] = mention.start
        return sorted(persons, key=lambda p: last.get(id(p), -1))


NICKNAME = re.compile(r"\s*[\"“]([^\"”]+)[\"”]\s*")
"""A nickname quoted inside a full name: 'Jeremy "Spike" Cohen'."""


def family_name(name: str) -> str:
    """The surname with the particles that open it ("Van Halen" of "Wolfgang Van Halen", "De
    La Fuente", "Al Said"): the surname alone ("Halen", "Said") may be another family's."""
    words = name.split()
    end = len(words) - words[::-1].index(surname(name))  # past the surname, suffixes left out
    start = end - 1
    while start > 1 and fold(words[start - 1]) in NAME_PARTICLES:  # a given name stays
        start -= 1
    return " ".join(words[start:end])


def without_nickname(name: str) -> tuple[str, ...]:
    """The two plain forms of a name with a quoted nickname, by the given name and by the
    nickname ('Jeremy "Spike" Cohen' -> "Jeremy Cohen", "Spike Cohen"), since news and readers
    use either; the name alone when it has none."""
    match = NICKNAME.search(name)
    if match is None:
        return (name,)
    given = " ".join(NICKNAME.sub(" ", name).split())
    called = " ".join([match.group(1), *name[match.end() :].split()])
    return (given, called)


def _holds_plainly(person: Person, nouns: set[str], office: Sequence[str] = ()) -> bool:
    """One of the person's roles names the office itself, with the words that qualify it
    (``office``), not a former, vice or deputy one: the deputy prime minister who is also
    minister of economy is not "the prime minister"."""
    qualifiers = {fold(w) for w in office}
    for role in person.roles:
        words = set(fold(role).replace("-", " ").split())
        if words & nouns and qualifiers <= words and not words & OTHER_OFFICE:
            return True
    return False


def _other_gender(gender: str) -> str:
    return "f" if gender == "m" else "m"


def read_people(parsed: Sequence[tuple[int, Doc]], reporting: frozenset[str]) -> People:
    """Everyone the paragraphs name; ``parsed`` holds (offset in the article, parse) pairs."""
    candidates = find_candidates(parsed, reporting)
    people = People()
    for candidate in sorted(candidates, key=lambda c: c.start):
        people._register(candidate)
    people.forget(p for p in people.persons if " " not in p.name and not p.roles)
    people.paragraph_starts = [offset for offset, _ in parsed]
    people.quotations = [
        (offset + m.start(), offset + m.end())
        for offset, doc in parsed
        for m in CLOSED_QUOTATION.finditer(doc.text)
    ]
    _role_gender_cues(people)
    _known_ages(people, parsed)
    for offset, doc in parsed:
        _gender_cues(doc, offset, people)
        people.pronoun_subjects.extend(
            (offset + t.idx, offset + t.sent.start_char, t.lower_)
            for t in doc
            if t.lower_ in ("he", "she") and t.dep_ in SUBJECT_DEPS
        )
    for offset, doc in parsed:
        for token in doc:
            noun = _person_by_role(token, people, offset)
            if noun is None or people.quoted(offset + token.idx):
                continue  # (the speaker's "My grandfather fished here" is no one met)
            sentence = offset + token.sent.start_char
            person = (
                None  # "A spokesperson for the college said": someone new, whoever holds it later
                if introduced_anew(noun)
                else people.with_role(noun.lemma_.lower(), offset + token.idx, office_words(noun))
            )
            phrase = range(offset + token.left_edge.idx, offset + token.right_edge.idx)
            people.role_subjects.append((sentence, phrase, person))
            gender = word_gender(noun.lower_, common_nouns())
            if person is None and gender is not None:
                people._unnamed_gender[sentence] = gender
    return people


def age_described(token: Token) -> int | None:
    """The age ``token`` is the "old" of ("the 45-year-old": 45); None for any other token."""
    if token.lower_ != "old":
        return None
    year = next((c for c in token.children if c.lemma_.lower() == "year"), None)
    count = next((c for c in year.children if c.dep_ == "nummod"), None) if year else None
    return int(count.text) if count is not None and count.text.isdigit() else None


def _known_ages(people: People, parsed: Sequence[tuple[int, Doc]]) -> None:
    """Give each person the ages the parse sets beside their name ("Peter Haugen, 45,",
    "45-year-old Peter Haugen", "Lucy Brennan, a 27-year-old nurse", "Erik Dahl, a
    56-year-old with ..."); note the ages of people the article does not name ("said a
    19-year-old student who asked not to be named")."""
    for offset, doc in parsed:
        for token in doc:
            described = age_described(token)
            age = described
            if age is None and token.dep_ == "appos" and re.fullmatch(r"\d{1,3}", token.text):
                age = int(token.text)  # "Peter Haugen, 45,"
            if age is None:
                continue
            person = _aged_person(token, people, offset)
            if person is not None:
                person.ages.add(age)
            elif described is not None and token.head.pos_ == "NOUN":
                people.unnamed_ages.append((offset + token.idx, age))  # "a 19-year-old student"


def _aged_person(age: Token, people: People, offset: int) -> Person | None:
    """The person whose name the age token describes: the name it hangs on, or the name of
    the noun it describes, set beside it ("the 27-year-old nurse Lucy Brennan")."""
    noun = age.head
    person = people.at(offset + noun.idx)
    if person is not None or noun.pos_ not in ("NOUN", "PROPN"):
        return person
    if noun.dep_ in ("appos", "compound"):
        person = people.at(offset + noun.head.idx)
    # "the 27-year-old nurse, Lucy Brennan," (not "A 17-year-old shot John Barrow", where the
    # parser may take the verb for a noun and the name for what it is)
    set_off = (
        c for c in noun.children if c.dep_ == "appos" and c.i > noun.i and c.nbor(-1).text == ","
    )
    for name in set_off if person is None else ():
        person = people.at(offset + name.idx)
    return person


def office_words(noun: Token) -> list[str]:
    """The words qualifying a role noun that say which office it is: "health" of "the health
    minister", "union" of "the union leader", the capitalised "Prime" of "The Prime Minister",
    and "former"."""
    qualifying = {"NOUN", noun.pos_}
    office = [c.lower_ for c in noun.children if c.dep_ == "compound" and c.pos_ in qualifying]
    return office + [c.lower_ for c in noun.children if c.lower_ in OTHER_OFFICE]


def _person_by_role(token: Token, people: People, offset: int) -> Token | None:
    """The role or relation noun of a clause subject that names a person by it, not by name:
    "One of the victims", "the head of the investigators", "The chancellor"; None for any
    other token."""
    if token.dep_ not in SUBJECT_DEPS or people.at(offset + token.idx) is not None:
        return None
    noun = token
    if token.lower_ == "one":  # "one of the victims"
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), token) if of else token
    elif token.tag_ not in ("NN", "NNP"):
        return None
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or lemma not in TITLE_WORDS | RELATION_WORDS:
        return None
    if any(people.at(offset + t.idx) is not None for t in token.subtree):
        return None  # "the mayor, Jane Roe, said"
    return noun


def _gender_cues(doc: Doc, offset: int, people: People) -> None:
    """Count he/she cues for people who are the only person a sentence mentions, from the
    pronouns outside its quotations; and a weak cue for the one person a paragraph's last
    naming sentence mentioned from a sentence that names no one and opens its main clause
    with "he" or "she" ("Bryant joined the NBA in 1996. He was chosen by the Hornets."):
    such a subject goes on with whom the paragraph was about."""
    about: Person | None = None  # the one person the last sentence naming anyone named
    for sentence in doc.sents:
        start, end = offset + sentence.start_char, offset + sentence.end_char
        mentioned = [m for m in people.mentions if start <= m.start < end]
        persons = {id(m.person): m.person for m in mentioned}
        if not persons and about is not None:
            gender = _main_subject_gender(sentence, people, offset)
            if gender is not None:
                about.gender[gender] += WEAK_CUE
        if persons:
            spans = [(m.start, m.end) for m in mentioned]
            alone = len(persons) == 1 and _no_other_name(sentence, spans, offset)
            about = next(iter(persons.values())) if alone else None
        if len(persons) != 1:
            continue
        (person,) = persons.values()
        named_at = [m.start - offset for m in mentioned]
        # someone the sentence meets by a role before a pronoun may be whom it means: "The
        # judge said she gave little weight to ... Reeve's claim" tells nothing of Reeve
        by_role = min(
            (t.i for t in sentence if _person_by_role(t, people, offset) is not None),
            default=None,
        )
        # a quotation's "he" is whom the speaker talks about; a subject pronoun before the
        # name in its own clause is someone else
        told = [
            t
            for t in sentence
            if not people.quoted(offset + t.idx)
            and not _governs_a_later_name(t, named_at)
            and not _owns_a_relation_named(t, named_at)
            and (by_role is None or t.i < by_role)
        ]
        words = {t.lower_ for t in told}
        strong = {t.lower_ for t in told if _refers_to_a_subject(t)}
        for gender, pronouns, other in (("m", MALE, FEMALE), ("f", FEMALE, MALE)):
            if words & pronouns and not words & other:
                person.gender[gender] += STRONG_CUE if strong & pronouns else WEAK_CUE


def _no_other_name(sentence: Span, named_at: Sequence[tuple[int, int]], offset: int) -> bool:
    """Whether ``sentence`` holds no proper noun but the mentions ``named_at`` (article
    offsets) and the names of places, bodies or dates: in "Tom Hale met Ana Ruiz", a name the
    recogniser missed may be whom a "she" after it stands for."""
    for token in sentence:
        at = offset + token.idx
        if token.pos_ != "PROPN" or any(start <= at < end for start, end in named_at):
            continue
        if token.ent_type_ in ("", "PERSON"):
            return False
    return True


def _main_subject_gender(sentence: Span, people: People, offset: int) -> str | None:
    """ "m" or "f" when the subject of ``sentence``'s main verb is "he" or "she" (outside a
    quotation)."""
    for token in sentence:
        if (
            token.dep_ in SUBJECT_DEPS
            and token.head.dep_ == "ROOT"
            and not people.quoted(offset + token.idx)
        ):
            if token.lower_ == "he":
                return "m"
            if token.lower_ == "she":
                return "f"
    return None


def _governs_a_later_name(pronoun: Token, named_at: Sequence[int]) -> bool:
    """A subject pronoun whose clause goes on to name someone (``named_at``: character offsets
    in the parse) does not stand for them: in "She did so at the request of Justin Trudeau",
    "she" is someone the article named before, never Trudeau."""
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    clause = pronoun.head
    end = clause.right_edge.idx + len(clause.right_edge)
    return any(pronoun.idx < at < end for at in named_at)


def _owns_a_relation_named(pronoun: Token, named_at: Sequence[int]) -> bool:
    """A possessive pronoun of a noun whose phrase names someone (``named_at``: character
    offsets in the parse) is someone else, since no one is their own relation, counterpart or
    deputy: in "His daughter, Sharmistha Mukherjee, wrote ...", "his" is her father, and in
    "Her Ostravian counterpart, Mikhail Dragan, rejected ...", "her" is the minister before;
    neither tells anything of the one named."""
    relation = pronoun.head
    if pronoun.dep_ != "poss":
        return False
    start = relation.left_edge.idx
    end = relation.right_edge.idx + len(relation.right_edge)
    return any(start <= at < end and at != pronoun.idx for at in named_at)


def _refers_to_a_subject(pronoun: Token) -> bool:
    """A pronoun that most likely stands for the one person its sentence names: a clause's
    subject ("she said"), a subject's possessor ("his team won") or a reflexive. One deeper
    in the clause as often stands for someone the sentence only talks about ("Meltzer
    tweeted after hearing the news of her death")."""
    return (
        pronoun.dep_ in SUBJECT_DEPS
        or (pronoun.dep_ == "poss" and pronoun.head.dep_ in SUBJECT_DEPS)
        or pronoun.lower_ in ("himself", "herself")
    )


def _initials_of(initials: str, role: str) -> bool:
    """Whether ``initials`` ("ceo") are the first letters of the words of ``role`` before any
    "of", "for" ... ("Chief executive"), an officer's title whose "officer" the article may
    leave out (not "mp" of "Commissioner of the Metropolitan Police", nor "pm" of "Labour
    party member")."""
    words: list[str] = []
    for word in fold(role).split():
        if word in ROLE_BREAKS:
            break
        words.append(word)
    given = "".join(word[0] for word in words)
    return len(words) > 1 and initials.isalpha() and initials in (given, f"{given}o")


ROLE_BREAKS = frozenset("of for at in on to from with the a an and".split())
"""Words after which a role's own words end ("Commissioner [of the Metropolitan Police]")."""


def _role_gender_cues(people: People) -> None:
    """Count gendered roles ("Mrs", "daughter", "spokeswoman": ``titles.word_gender``) as
    two strong cues each, once per person."""
    nouns = common_nouns()
    for person in people.persons:
        for role in person.roles:
            for word in role.lower().split():
                gender = word_gender(word, nouns)
                if gender is not None:
                    person.gender[gender] += 2 * STRONG_CUE
