"""The people an article names: full names, roles, gender cues, and where each is mentioned.

Read from spaCy's parse of the article's paragraphs (``read_people``):

* a **person** is a PERSON entity, unless the article labels the same words as something else
  (an organisation, a place ...) more often than as a person; a proper-noun subject of a
  reporting verb that the entity recogniser missed ("tweeted Mayor of London Sadiq Khan") is a
  person too when it has two or more words, and so is a run of proper nouns ending with the
  surname of a person it found ("Mayor Ana Ruiz met ..." before "Ruiz said"); a name ending
  with an organisation's or publication's word ("Maritime Bulletin") or described as one
  ("Milltech Marine, a firm ...") is never a person, in any of its mentions;
* a later **mention** by surname alone ("Khan said") is found even where the recogniser missed
  it, and refers to the person with that surname mentioned last (so "Usman Khan" and "Sadiq
  Khan" stay two people);
* **roles** are the descriptions the article gives a person: a title before the name ("Mayor",
  "Leeds professor") or an apposition ("Jane Roe, the mayor,"; "the victim's father, John Roe");
* **gender cues** come from the article's own pronouns: a sentence that mentions one person
  and refers back with "he/his/him" or "she/her" only. They keep "she said" from going to the
  last man mentioned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from article_qa.textnorm import fold
from article_qa.titles import (
    ORGANISATION_WORDS,
    RELATION_WORDS,
    TITLE_WORDS,
    with_other_office_names,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NOT_PEOPLE = frozenset("ORG GPE NORP FAC LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
"""Entity labels that are never a speaker."""
POST_NOMINALS = frozenset("qc kc mp mep phd md obe mbe cbe esq esq.".split())
"""Letters after a name ("Durham Hall QC"): not part of the name."""
MALE = frozenset("he him his himself".split())
FEMALE = frozenset("she her hers herself".split())
GENDERED_TITLES = {
    **dict.fromkeys("mr mr. sir king prince lord father husband son brother".split(), "m"),
    **dict.fromkeys("mrs mrs. ms ms. miss mme lady queen princess dame mother wife".split(), "f"),
    **dict.fromkeys("daughter sister".split(), "f"),
}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLACES = frozenset({"GPE", "LOC"})
QUOTE_MARKS = frozenset('“”"«»')
"""The marks that open or close a quotation (``index.attribution`` reads them too)."""
QUOTED = re.compile(r"[“«][^”»]*[”»]|\"[^\"]*\"")
"""A closed quotation; an unclosed mark quotes nothing here (attribution's QUOTATION runs one
to the end of its sentence)."""
HONORIFICS = frozenset("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame".split())
"""Titles only a person's name takes."""
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
OTHER_OFFICE = frozenset("former ex vice deputy assistant elect outgoing".split())
"""Words that make a role another office than the noun alone: "the president" is not the
former president, the vice president or the president-elect."""
NAMING = frozenset({"name", "call"})
"""Participles that introduce someone by name: "a student named Wong", "a man called Berg"."""


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
    other_names: set[str] = field(default_factory=set)
    """Fuller or other forms of the full name used after it ("Robert Gabriel Mugabe" after
    "Robert Mugabe"): the name shown stays the one the article introduced."""
    gender: Counter[str] = field(default_factory=Counter)

    @property
    def surname(self) -> str:
        """The last word of the name that is not a suffix ("Downey" in "Robert Downey Jr.")."""
        words = self.name.split()
        while len(words) > 1 and fold(words[-1]).rstrip(".") in NAME_SUFFIXES:
            words.pop()
        return words[-1]

    def aliases(self) -> tuple[str, ...]:
        forms = {self.surname, *self.roles, *self.affiliations, *self.other_names} - {self.name}
        return tuple(sorted(f for f in forms if f))

    def could_be(self, pronoun: str) -> bool:
        """False only when the article's cues say the person's gender is the other one."""
        wanted = "m" if pronoun in MALE else "f"
        return self.gender[_other_gender(wanted)] <= self.gender[wanted]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    person: Person
    sentence: int
    """Offset of the start of the (spaCy) sentence the mention is in."""
    subject: bool
    """True when the mention is a clause's subject (or describes one)."""


@dataclass
class _Candidate:
    start: int
    end: int
    name: str
    roles: list[tuple[str, str]]
    sentence: int
    subject: bool
    organisation: bool = False
    """The name is an organisation's, by its last word or a description ("a firm")."""
    affiliations: list[str] = field(default_factory=list)


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
        self.role_subjects: list[tuple[int, Person | None]] = []
        """(sentence start, person) of each clause subject that is a person met by a role,
        not a name: the person the article gave the role ("The mayor thanked ..."), or None
        for someone it does not name ("One of the victims decided ...")."""
        self._unnamed_gender: dict[int, str] = {}
        """Sentence start -> the gender the noun of an unnamed subject tells ("the father")."""

    def at(self, position: int) -> Person | None:
        """The person mentioned at character ``position`` of the article, if any."""
        for mention in self.mentions:
            if mention.start <= position < mention.end:
                return mention.person
        return None

    def pronoun(self, pronoun: str, position: int, sentence: int) -> Person | None:
        """Who "he" or "she" at ``position`` refers to.

        The nearest earlier sentence with a person the pronoun can stand for gives the answer:
        its subject if one of them is, else the person mentioned last. In the pronoun's own
        sentence only subjects count ("Speaking to Martin Smith, he said" is not Smith). When
        the same pronoun is the subject of a clause in between (or in that nearest sentence),
        this one continues it: "Day had a son. She married Barry Comden. She said ..." is Day.
        """
        candidates = [
            m
            for m in self.mentions
            if m.start < position
            and m.person.could_be(pronoun)
            and (m.sentence != sentence or m.subject)
            and not any(start <= m.start < end for start, end in self.quotations)
        ]
        if not candidates:
            return None
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
            for begins, person in self.role_subjects
            if max([nearest, *(b for _, b in chain)]) < begins < sentence
            and (person is None or person.could_be(pronoun))
            and (person is not None or self._unnamed_gender.get(begins) != _other_gender(wanted))
        ]
        if by_role:
            return by_role[-1][1]
        if chain:
            return self.pronoun(pronoun, *chain[-1])
        same = [m for m in candidates if m.sentence == nearest]
        subjects = [m for m in same if m.subject]
        return (subjects[0] if subjects else same[-1]).person

    def with_role(self, noun: str, position: int, office: Sequence[str] = ()) -> Person | None:
        """The person given role ``noun`` ("mayor"), mentioned last before ``position``. Nouns
        that qualify the role (``office``: "health" in "the health minister") must be in one of
        the person's descriptions: the civil aviation minister is not the health minister. Another
        name of the same office counts (``SAME_OFFICE``: "the foreign minister" for the Foreign
        Secretary)."""
        same = with_other_office_names({noun})
        holders = [
            p
            for p in self.persons
            if same & p.role_nouns
            and all(any(w in fold(r).split() for r in p.roles) for w in map(fold, office))
        ]
        if not holders:
            return None
        if not {fold(w) for w in office} & OTHER_OFFICE:  # "the president": not the former
            plain = [p for p in holders if _holds_plainly(p, same)]  # or the vice president
            holders = plain or holders
        return self._by_recency(holders, position)[-1]

    def forget(self, persons: Iterable[Person]) -> None:
        """Drop ``persons`` and their mentions."""
        gone = {id(p) for p in persons}
        self.persons = [p for p in self.persons if id(p) not in gone]
        self.mentions = [m for m in self.mentions if id(m.person) not in gone]

    def _register(self, candidate: _Candidate) -> None:
        person = self._person_named(candidate.name, candidate.start)
        for role, noun in candidate.roles:
            person.roles.add(role)
            person.role_nouns.add(noun)
        person.affiliations.update(candidate.affiliations)
        self.mentions.append(
            Mention(candidate.start, candidate.end, person, candidate.sentence, candidate.subject)
        )

    def _person_named(self, name: str, position: int) -> Person:
        words = name.split()
        surname = fold(Person(name).surname)
        same_surname = self._by_recency(
            [p for p in self.persons if fold(p.surname) == surname], position
        )
        if len(words) == 1:
            if same_surname:  # the one the article calls by the surname alone, else the last
                alone = Counter(
                    id(m.person)
                    for m in self.mentions
                    if m.start < position and m.end - m.start == len(name)
                )
                order = {id(p): n for n, p in enumerate(same_surname)}
                return max(same_surname, key=lambda p: (alone[id(p)], order[id(p)]))
            bearers = [p for p in self.persons if surname in fold(p.name).split()]
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
                if fold(known[0]) == fold(words[0]):
                    if fold(name) != fold(person.name):  # "Robert Gabriel Mugabe"
                        person.other_names.add(name)
                    return person
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


def _holds_plainly(person: Person, nouns: set[str]) -> bool:
    """One of the person's roles names the office itself, not a former, vice or deputy one."""
    for role in person.roles:
        words = set(fold(role).replace("-", " ").split())
        if words & nouns and not words & OTHER_OFFICE:
            return True
    return False


def _other_gender(gender: str) -> str:
    return "f" if gender == "m" else "m"


def read_people(parsed: Sequence[tuple[int, Doc]], reporting: frozenset[str]) -> People:
    """Everyone the paragraphs name; ``parsed`` holds (offset in the article, parse) pairs."""
    labels = _entity_labels(parsed)
    places = {name for name, seen in labels.items() if seen.most_common(1)[0][0] in PLACES}
    candidates: list[_Candidate] = []
    for offset, doc in parsed:
        for entity in doc.ents:
            if (
                (entity.label_ == "PERSON" and _mostly_person(entity.text, labels))
                or _titled(entity)
                or _described(entity)
            ):
                candidates.extend(_candidate(entity, offset, places))
    for offset, doc in parsed:
        candidates.extend(_unrecognised_speakers(doc, offset, reporting, candidates))
    for offset, doc in parsed:
        candidates.extend(_unrecognised_apposed(doc, offset, candidates))
    lone = {fold(c.name) for c in candidates if " " not in c.name}
    for offset, doc in parsed:
        candidates.extend(_unrecognised_full_names(doc, offset, lone, candidates))
    organisations = {fold(c.name) for c in candidates if c.organisation}
    for _, doc in parsed:
        organisations |= _named_as_organisations(doc)
    candidates = [c for c in candidates if fold(c.name) not in organisations]
    surnames = {fold(Person(c.name).surname) for c in candidates}
    names = {c.name for c in candidates}
    given = Counter(fold(w) for name in names for w in set(name.split()[:-1]))
    surnames |= {w for w, uses in given.items() if uses == 1 and len(w) > 2}
    for offset, doc in parsed:
        candidates.extend(_surname_mentions(doc, offset, surnames, candidates, organisations))
    people = People()
    for candidate in sorted(candidates, key=lambda c: c.start):
        people._register(candidate)
    people.forget(p for p in people.persons if " " not in p.name and not p.roles)
    people.quotations = [
        (offset + m.start(), offset + m.end())
        for offset, doc in parsed
        for m in QUOTED.finditer(doc.text)
    ]
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
            if noun is None:
                continue
            sentence = offset + token.sent.start_char
            person = people.with_role(noun.lemma_.lower(), offset + token.idx)
            people.role_subjects.append((sentence, person))
            gender = GENDERED_TITLES.get(noun.lower_)
            if person is None and gender is not None:
                people._unnamed_gender[sentence] = gender
    return people


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


def _entity_labels(parsed: Sequence[tuple[int, Doc]]) -> dict[str, Counter[str]]:
    labels: dict[str, Counter[str]] = {}
    for _, doc in parsed:
        for entity in doc.ents:
            labels.setdefault(fold(entity.text), Counter())[entity.label_] += 1
    return labels


def _acronym(name: str) -> bool:
    """ "PBS", "MDC": letters in capitals are an organisation's initials, not a person's name."""
    return " " not in name and len(name) > 1 and name.isupper()


def _titled(entity: Span) -> bool:
    """A name the recogniser took for an organisation, marked as a person by a title before it
    ("Prosecutor Kama Melly", "officers Antoine Quirin and ..."), letters after it ("Kama Melly
    QC"), or, as a clause's subject, titles inside it before a name of two or more words
    ("Detective Constable Daniel Dubé stated")."""
    if entity.label_ != "ORG":
        return False
    before = entity.doc[entity.start - 1] if entity.start > 0 else None
    if before is not None and (
        before.lower_ in TITLE_WORDS or (before.pos_ == "NOUN" and _is_title(before))
    ):
        return True
    if entity[-1].lower_.rstrip(".") in POST_NOMINALS:
        return True
    name, titles = split_title(list(entity))
    if titles and name and all(t.lower_ in HONORIFICS for t in titles):
        return True  # "Dr Martisius": only a person is a doctor
    return (
        bool(titles)
        and len(name) >= 2
        and all(_is_title(t) for t in titles)
        and entity.root.dep_ in SUBJECT_DEPS
    )


def _is_title(token: Token) -> bool:
    """A title word, in the singular or plural ("officer", "officers")."""
    return token.lower_ in TITLE_WORDS or token.lemma_.lower() in TITLE_WORDS


def _described(entity: Span) -> bool:
    """A name the recogniser took for something else, in apposition with a word only a person
    can be: "Gáspár Maróth, the government commissioner, ..."; "the commissioner, X, ..."."""
    if entity.label_ not in ("ORG", "GPE", "NORP") or len(entity) < 2:
        return False
    root = entity.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    return any(  # "the Secretary of Justice": a capitalised title too
        word.pos_ in ("NOUN", "PROPN") and word.lemma_.lower() in (TITLE_WORDS | RELATION_WORDS)
        for word in described
    )


def _mostly_person(text: str, labels: dict[str, Counter[str]]) -> bool:
    """The article's entity recogniser calls these words a person at least as often as not."""
    counts = labels.get(fold(text), Counter())
    return counts["PERSON"] * 2 >= sum(counts.values())


def _candidate(
    entity: Span, offset: int, places: Collection[str] = frozenset()
) -> list[_Candidate]:
    doc = entity.doc
    start = entity.start
    while (  # "Sadiq [Khan]": a first name the recogniser left out of the entity
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].lower_ not in TITLE_WORDS
        and not doc[
            start - 1
        ].is_sent_start  # "Surgeon Albert ...": capitalised as a sentence's first word
    ):
        start -= 1
    end = entity.end
    while (  # "Superintendent Graciano [Mijares]": a surname the recogniser left out
        entity.label_ == "PERSON"
        and end < len(doc)
        and doc[end].pos_ == "PROPN"
        and not doc[end].ent_type_
        and doc[end].text[:1].isupper()
        and doc[end - 1].head.i == end  # the name's words hang on it
    ):
        end += 1
    entity = doc[start:end]
    name_tokens, titles = split_title(list(entity))
    while len(name_tokens) > 2 and fold(name_tokens[0].text) in places:
        name_tokens = name_tokens[1:]  # "Mayor of Koszalin Piotr Jedlinski": a place, glued
    if not name_tokens or name_tokens[-1].lower_ in TITLE_WORDS:
        return []  # a title alone ("Senate Minority Leader") names nobody
    name = _name_text(name_tokens)
    if not re.search(r"[^\W\d_]", name) or not name[:1].isupper() or _acronym(name):
        return []
    roles = _roles(entity, titles)
    root = entity.root
    subject = root.dep_ in SUBJECT_DEPS or (
        root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS
    )
    return [
        _Candidate(
            start=offset + name_tokens[0].idx,
            end=offset + name_tokens[-1].idx + len(name_tokens[-1].text),
            name=name,
            roles=roles,
            sentence=offset + entity.sent.start_char,
            subject=subject,
            organisation=_organisation(name_tokens)
            or any(noun in ORGANISATION_WORDS for _, noun in roles),
            affiliations=_affiliations(root),
        )
    ]


AFFILIATING = frozenset({"of", "from", "at", "with"})
"""Prepositions that place a person in an organisation ("Sheldon Yett of UNICEF")."""


def _affiliations(name: Token) -> list[str]:
    """The organisations the recogniser names right beside a person's name: "Sheldon Yett of
    UNICEF", "Jane Roe with the Red Cross", "UNICEF's Sheldon Yett"."""
    places = [c for c in name.children if c.dep_ == "poss"]
    for preposition in name.children:
        if preposition.dep_ == "prep" and preposition.lower_ in AFFILIATING:
            places += [c for c in preposition.children if c.dep_ == "pobj"]
    entities = [e for e in map(_organisation_of, places) if e is not None]
    return [_phrase([t for t in e if not _determiner(t)]) for e in entities]


def _organisation_of(token: Token) -> Span | None:
    """The organisation entity ``token`` is part of, if any."""
    if token.ent_type_ != "ORG":
        return None
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def split_title(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """A name's tokens and the titles glued before it ("Mayor", "Broadcaster", "Dr")."""
    tokens = [t for t in tokens if t.text not in ("'s", "’s", "'", "’")]
    titles: list[Token] = []
    last_title = max((n for n, t in enumerate(tokens[:-1]) if t.lower_ in TITLE_WORDS), default=-1)
    titles, tokens = tokens[: last_title + 1], tokens[last_title + 1 :]  # "Minority Whip"
    while tokens and (tokens[0].lower_ in TITLE_WORDS or tokens[0].pos_ not in ("PROPN", "X")):
        titles.append(tokens.pop(0))
    while tokens and tokens[-1].lower_.rstrip(".") in POST_NOMINALS:
        tokens.pop()
    return tokens, titles


OFFICES_IN_ORGANISATIONS = frozenset(
    """officer director president chairman chairwoman chair ceo founder cofounder co-founder
    spokesman spokeswoman spokesperson head chief executive manager employee""".split()
)
"""Roles held in an organisation: what follows their "of" is one ("the Chief Technology
Officer of Red Hat")."""


def _named_as_organisations(doc: Doc) -> set[str]:
    """Folded names the sentence treats as an organisation's whatever the recogniser says:
    the "of" of an office held in one ("the chief executive of Red Hat"), or a subject that
    refers to itself as "itself" ("Rocky Linux describes itself as ...")."""
    found: set[str] = set()
    for token in doc:
        if token.pos_ != "PROPN":
            continue
        of = token.head
        held = (  # not "President of Argentina Alberto Fernández", a person after the office
            token.ent_type_ != "PERSON"
            and token.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in OFFICES_IN_ORGANISATIONS
        )
        itself = token.dep_ in SUBJECT_DEPS and any(
            c.lower_ == "itself" for c in token.head.children
        )
        if held or itself:
            found.add(fold(_proper_name_around(token)))
    return found


def _organisation(name_tokens: list[Token]) -> bool:
    """The name is not a person's: it ends with a word that ends organisations' and
    publications' names ("Manila Bulletin", "Mustard Seed Foundation": ``ORGANISATION_WORDS``),
    holds a number ("CentOS Linux 7"), or takes "the" ("the CentOS Project", "The Rocky
    Linux team"), which names of people do not."""
    if name_tokens[-1].lower_.rstrip(".") in ORGANISATION_WORDS:
        return True
    if any(c.isdigit() for t in name_tokens for c in t.text):
        return True
    first = name_tokens[0]
    before = first.doc[first.i - 1] if first.i > 0 else None
    return (
        before is not None
        and before.lower_ == "the"
        and before.dep_ == "det"
        and before.head in name_tokens
    )


def _name_text(tokens: list[Token]) -> str:
    text = tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text
    return " ".join(text.split()).rstrip(",")


def _covered(start: int, candidates: list[_Candidate]) -> bool:
    return any(c.start <= start < c.end for c in candidates)


def _covered_name(name: list[Token], offset: int, candidates: list[_Candidate]) -> bool:
    """True when a word of ``name`` is in a name found already: the recogniser's "Chuck
    Schumer" is no new person "Democrat Chuck Schumer"."""
    return any(_covered(offset + token.idx, candidates) for token in name)


def _unrecognised_speakers(
    doc: Doc, offset: int, reporting: frozenset[str], known: list[_Candidate]
) -> list[_Candidate]:
    """Two-word proper-noun subjects of reporting verbs that the recogniser did not label."""
    found: list[_Candidate] = []
    for token in doc:
        if token.lemma_.lower() not in reporting or token.pos_ != "VERB":
            continue
        for subject in token.children:
            if subject.dep_ not in SUBJECT_DEPS or subject.pos_ != "PROPN":
                continue
            if subject.ent_type_ not in ("", "PERSON") and not (
                subject.ent_type_ == "ORG"
                and (_affiliations(subject) or _person_role_beside(subject))
            ):  # but "Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Tomasz Kubiak, a fire
                continue  # service spokesman,": tagged organisations
            first = subject.i
            while first > 0:
                before = doc[first - 1]
                if before.pos_ == "PROPN" and before.head == subject:
                    first -= 1
                elif before.text == "-" and first > 1 and doc[first - 2].head == subject:
                    first -= 2  # "Nils-Erik Haagenrud"
                else:
                    break
            run = list(doc[first : subject.i + 1])
            name_tokens, titles = split_title(run)
            if len(name_tokens) < 2 or subject.lower_ in TITLE_WORDS or _organisation(run):
                continue
            if _covered_name(name_tokens, offset, known + found):
                continue
            found.append(_run_candidate(name_tokens, titles, subject, offset, subject=True))
    return found


def _person_role_beside(name: Token) -> bool:
    """A role only a person has stands in apposition ("Tomasz Kubiak, a fire service
    spokesman") or before the name ("selection committee member Ulf Danielsson", "Prime
    Minister of India Narendra Modi", which the recogniser reads as one organisation)."""
    return any(
        (c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" and _is_title(c))
        or (c.dep_ == "nmod" and _is_title(c))  # "Prime Minister of India Narendra Modi"
        for c in name.children
    )


def _unrecognised_full_names(
    doc: Doc, offset: int, lone: set[str], known: list[_Candidate]
) -> list[_Candidate]:
    """Full names the recogniser missed whose surname it did label a person elsewhere: "Mayor
    Ana Ruiz met ..." (no entity), then "Ruiz said" (a person) make Ana Ruiz, the mayor. A run
    of proper nouns ending with the surname, its titles taken off, of two names or more."""
    found: list[_Candidate] = []
    for token in doc:
        if token.pos_ != "PROPN" or fold(token.text) not in lone or token.ent_type_:
            continue
        first = token.i
        while first > 0 and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_:
            first -= 1
        name_tokens, titles = split_title(list(doc[first : token.i + 1]))
        if len(name_tokens) < 2 or _covered_name(name_tokens, offset, known + found):
            continue
        subject = token.dep_ in SUBJECT_DEPS
        found.append(_run_candidate(name_tokens, titles, token, offset, subject=subject))
    return found


def _unrecognised_apposed(doc: Doc, offset: int, known: list[_Candidate]) -> list[_Candidate]:
    """Full names the recogniser missed (or tagged an organisation) in apposition with a role
    only a person has: "San Diego's chancellor, Pradeep Khosla", "Pradeep Khosla, the
    chancellor", "the president of Namibia, Hage Geingob". A run of proper nouns, its titles
    taken off, of two names or more."""
    found: list[_Candidate] = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ not in ("", "PERSON", "ORG"):
            continue
        apposed = [token.head] if token.dep_ == "appos" else []
        apposed += [c for c in token.children if c.dep_ == "appos"]
        roles = [r for r in apposed if r.pos_ == "NOUN" and _is_title(r)]
        host = _role_host(token.head) if token.dep_ == "appos" else None
        if host is not None and host not in roles and _is_title(host):
            roles.append(host)  # "the president of Namibia, Hage Geingob": on the place
        if not roles:
            continue
        name_tokens, titles = split_title(_compound_name(token))
        if len(name_tokens) < 2 or _organisation(name_tokens):
            continue
        if _covered_name(name_tokens, offset, known + found):
            continue
        candidate = _run_candidate(name_tokens, titles, token, offset, subject=False)
        candidate.roles.extend((_description(r, stop=token), r.lemma_.lower()) for r in roles)
        found.append(candidate)
    return found


def _run_candidate(
    name_tokens: list[Token], titles: list[Token], last: Token, offset: int, subject: bool
) -> _Candidate:
    """A person named by a run of proper nouns the recogniser missed, ending with ``last``;
    the titles before the name are their role."""
    return _Candidate(
        start=offset + name_tokens[0].idx,
        end=offset + last.idx + len(last.text),
        name=_name_text(name_tokens),
        roles=[(_phrase(titles), titles[-1].lemma_.lower())] if titles else [],
        sentence=offset + last.sent.start_char,
        subject=subject,
    )


def _surname_mentions(
    doc: Doc, offset: int, surnames: set[str], known: list[_Candidate], organisations: set[str]
) -> list[_Candidate]:
    """Capitalised words equal to a known surname that the recogniser did not label a person."""
    found: list[_Candidate] = []
    full_names = {fold(c.name) for c in known if " " in c.name}
    for word in _words(doc):
        if not word.text[:1].isupper() or fold(word.text) not in surnames:
            continue
        if _covered(offset + word.start_char, known):
            continue
        if (
            word.root.ent_type_ in NOT_PEOPLE
            and not _lone_entity(word)
            and fold(_entity_around(word)) not in full_names  # a person's, mistagged here
        ):
            continue  # part of an organisation's or place's name ("Khan Academy")
        if word.root.dep_ == "compound" and fold(_proper_name_around(word.root)) in organisations:
            continue  # "Rocky" of "Rocky Linux", not Rocky McGaugh
        found.append(
            _Candidate(
                start=offset + word.start_char,
                end=offset + word.end_char,
                name=word.text,
                roles=[],
                sentence=offset + word.sent.start_char,
                subject=word.root.dep_ in SUBJECT_DEPS,
            )
        )
    return found


def _proper_name_around(token: Token) -> str:
    """The proper name ``token`` is a word of: its head's run of proper nouns when it is one
    of them ("Rocky" in "Rocky Linux"), else its own."""
    head = token.head if token.dep_ == "compound" and token.head.pos_ == "PROPN" else token
    return " ".join(t.text for t in _compound_name(head))


def _compound_name(head: Token) -> list[Token]:
    """``head`` with the proper nouns compounded before it ("Rocky" + "Linux")."""
    return [*(c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"), head]


def _words(doc: Doc) -> Iterable[Span]:
    """Every word of ``doc``, a hyphenated one ("Gallego-Lazo", three tokens) as one span."""
    i = 0
    while i < len(doc):
        end = i + 1
        while (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
        ):
            end += 2
        yield doc[i:end]
        i = end


def _entity_around(word: Span) -> str:
    """The text of the entity ``word`` is part of ("" for none)."""
    return next((e.text for e in word.doc.ents if e.start <= word.start < e.end), "")


def _lone_entity(word: Span) -> bool:
    """The word is an entity of its own: a surname the recogniser took for a place or a group."""
    return any(e.start == word.start and e.end == word.end for e in word.doc.ents)


def _gender_cues(doc: Doc, offset: int, people: People) -> None:
    """Count he/she cues for people who are the only person a sentence mentions."""
    for sentence in doc.sents:
        start, end = offset + sentence.start_char, offset + sentence.end_char
        persons = {id(m.person): m.person for m in people.mentions if start <= m.start < end}
        if len(persons) != 1:
            continue
        (person,) = persons.values()
        words = {t.lower_ for t in sentence}
        if words & MALE and not words & FEMALE:
            person.gender["m"] += 1
        elif words & FEMALE and not words & MALE:
            person.gender["f"] += 1
    for person in people.persons:
        for role in person.roles:
            for word in role.lower().split():
                if word in GENDERED_TITLES:
                    person.gender[GENDERED_TITLES[word]] += 2


def _roles(entity: Span, titles: list[Token]) -> list[tuple[str, str]]:
    """(description, head noun) pairs the sentence gives the person named by ``entity``."""
    doc = entity.doc
    head = entity.root
    found: list[tuple[str, str]] = []
    # A description before the name in the same phrase: "Leeds professor", "Mayor of London".
    left = min(head.left_edge.i, entity.start)
    words = [t for t in doc[left : entity.start + len(titles)] if not _determiner(t)]
    words = [t for t in words if not t.is_punct and (t.ent_type_ != "PERSON" or t in titles)]
    while words and words[0].dep_ == "case":  # the "'s" of a possessive pronoun left out
        words.pop(0)
    nouns = [t for t in words if t.lower_ in TITLE_WORDS]
    nouns = nouns or [t for t in words if t.pos_ == "NOUN"][-1:]
    for noun in nouns:  # "archbishop Monsenor": both words name the role
        found.append((_phrase(words), noun.lemma_.lower()))
    # Apposition after the name: "Jane Roe, the mayor of Leeds, said" (not in a quotation
    # that follows: 'X reacted, "Sad news, ..."' gives X no role "sad news").
    for child in head.children:
        if child.dep_ == "appos" and _role_noun(child) and not _quote_between(head, child):
            found.append((_description(child), child.lemma_.lower()))
    # Apposition before it: "the mayor, Jane Roe, said".
    role = _role_host(head.head) if head.dep_ == "appos" else None
    if role is not None:
        found.append((_description(role, stop=head), role.lemma_.lower()))
    # Named by a participle: "a university student named Wong".
    naming = head.head
    if naming.dep_ == "acl" and naming.lemma_.lower() in NAMING and naming.head.pos_ == "NOUN":
        noun = naming.head
        found.append((_description(noun, stop=naming), noun.lemma_.lower()))
    return found


def _quote_between(first: Token, last: Token) -> bool:
    """A quotation mark stands between the two tokens."""
    return any(t.text in QUOTE_MARKS for t in first.doc[first.i : last.i])


def _role_host(host: Token) -> Token | None:
    """The role noun a name is apposed to: the host itself ("the mayor, Jane Roe"), or the role
    whose "of" phrase ends with the proper noun the parser hung the name on ("the director of
    Amnesty International, Jane Roe": a person is apposed to the director, not to Amnesty)."""
    if _role_noun(host):
        return host
    if host.pos_ == "PROPN" and host.dep_ == "pobj" and host.head.lower_ == "of":
        role = host.head.head
        if _role_noun(role):
            return role
    return None


def _determiner(token: Token) -> bool:
    """ "the", "a", "his": left out of a description; "Mexico's" is kept ("Mexico's Foreign
    Secretary")."""
    return token.dep_ == "det" or (token.dep_ == "poss" and token.pos_ == "PRON")


def _role_noun(token: Token) -> bool:
    """A common noun, or a capitalised title ("the Vice President", "the Speaker")."""
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS)


def _description(noun: Token, stop: Token | None = None) -> str:
    """A role noun with the words that qualify it ("the victim's father", "foreign minister")."""
    words = [t for t in noun.subtree if stop is None or t.i < stop.left_edge.i]
    words = [t for t in words if t.i <= noun.i or _qualifies(t, noun)]
    while words and (words[0].dep_ in ("det", "poss") or words[0].is_punct):
        words.pop(0)
    while words and words[-1].is_punct:
        words.pop()
    return _phrase(words)


def _qualifies(token: Token, noun: Token) -> bool:
    """A word after a role noun that belongs to it ("of the House"), not a clause about it."""
    while token != noun:
        if token.dep_ in ("relcl", "acl", "appos", "advcl", "conj", "cc", "punct"):
            return False
        token = token.head
    return True


def _phrase(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens).replace(" 's", "'s").replace(" ’s", "’s")
