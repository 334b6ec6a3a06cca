"""Where an article names people: the mentions that the people registry (``index.people``)
resolves into persons.

Read from spaCy's parse of the article's paragraphs (``find_candidates``):

* a PERSON entity is a mention unless the article labels the same words as something else (an
  organisation, a place ...) more often than as a person;
* so is a name the recogniser missed or took for an organisation, when the parse shows a
  person: a title before it ("Prosecutor Kama Melly", "Dr Martisius"), letters after it ("QC"),
  a person's role in apposition ("the chancellor, Pradeep Khosla"), an organisation it works
  for ("Nils-Erik Haagenrud of Rogaland Fire and Rescue said"), or a reporting verb it is the
  subject of ("tweeted Mayor of London Sadiq Khan");
* a later mention by surname alone ("Khan said") is found even where the recogniser missed it;
* a name ending with an organisation's or publication's word ("Maritime Bulletin"), described
  as one ("Milltech Marine, a firm ...") or named as one elsewhere is never a person, in any
  of its mentions;
* each mention carries its **roles** (a title before the name, "Mayor", "Leeds professor", an
  apposition, "Jane Roe, the mayor,"; "the victim's father, John Roe", or the doer of what
  the sentence says they did, "Roe won the Olympiad": its winner), the organisations it is
  placed in ("Jane Roe of Acme, a firm ..."), and whether it is the subject of the sentence's
  main clause (which a pronoun after it most likely means).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from article_qa.name_gender import first_name_gender
from article_qa.nlp import common_nouns
from article_qa.textnorm import QUOTED, fold, singular_forms
from article_qa.titles import (
    FORCE_WORDS,
    KIN,
    ORGANISATION_WORDS,
    PLACE_WORDS,
    RELATION_WORDS,
    TITLE_WORDS,
    spelt_title,
)
from index.chunking import inside_open_quote

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NOT_PEOPLE = frozenset("ORG GPE NORP FAC LOC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split())
"""Entity labels that are never a speaker."""
POST_NOMINALS = frozenset("qc kc mp mep phd md obe mbe cbe esq esq.".split())
"""Letters after a name ("Durham Hall QC"): not part of the name."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PLACES = frozenset({"GPE", "LOC", "NORP"})
"""The recogniser's labels of places and peoples: a name so labelled is no person's ("Paris
said", "the Dutch")."""
QUOTE_MARKS = frozenset('“”"«»')
"""The marks that open or close a quotation (``index.attribution`` reads them too)."""
HONORIFICS = frozenset("dr dr. mr mr. mrs mrs. ms ms. prof prof. professor sir dame cllr".split())
"""Titles only a person's name takes."""
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
NAMING = frozenset({"name", "call"})
"""Participles that introduce someone by name: "a student named Wong", "a man called Berg"."""


def surname(name: str) -> str:
    """The last word of ``name`` that is not a suffix ("Downey" in "Robert Downey Jr.")."""
    words = name.split()
    while len(words) > 1 and fold(words[-1]).rstrip(".") in NAME_SUFFIXES:
        words.pop()
    return words[-1]


@dataclass
class Candidate:
    """A mention of a person: where it is, the name and roles it gives, and whether the
    clause is about them."""

    start: int
    end: int
    name: str
    roles: list[tuple[str, str]]
    sentence: int
    subject: bool
    main: bool = False
    """The subject of the sentence's main clause, the one it is about: "After Hope Hicks tested
    positive, Donald Trump went into quarantine" is about Trump."""
    organisation: bool = False
    """The name is an organisation's, by its last word or a description ("a firm")."""
    affiliations: list[str] = field(default_factory=list)


NAME_PARTICLES = frozenset(
    "de da di du del della der den van von la le al el bin ibn dos das".split()
)
"""Words that open a surname of several words ("de Blasio", "De La Fuente", "van Gogh"): a
mention so opened is the surname of the person whose full name ends with it."""


CHOOSING_VERBS = frozenset(
    "name appoint choose pick select nominate elect hire tap install designate".split()
)
"""Verbs that give someone an office or a place: "named Kamala Harris as his running mate"."""


def find_candidates(
    parsed: Sequence[tuple[int, Doc]], reporting: frozenset[str]
) -> list[Candidate]:
    """Every mention of a person in the paragraphs (``parsed``: (offset in the article, parse)
    pairs): the recogniser's people, names it missed or took for something else, and later
    mentions by surname alone. Names that are organisations' are left out."""
    labels = _entity_labels(parsed)
    places = {name for name, seen in labels.items() if seen.most_common(1)[0][0] in PLACES}
    candidates: list[Candidate] = []
    for offset, doc in parsed:
        for entity in doc.ents:
            if dateline(entity):
                continue
            if (
                (entity.label_ == "PERSON" and _mostly_person(entity.text, labels))
                or _titled(entity)
                or _described(entity)
                or _named_after_office_place(entity, places)
            ):
                candidates.extend(_candidate(entity, offset, places))
    for offset, doc in parsed:
        candidates.extend(_unrecognised_speakers(doc, offset, reporting, candidates))
    for offset, doc in parsed:
        candidates.extend(_unrecognised_apposed(doc, offset, candidates))
    lone = {fold(c.name) for c in candidates if " " not in c.name}
    for _, doc in parsed:
        lone |= (
            _unlabelled_lone_speakers(doc, reporting)
            | _reflexive_subjects(doc)
            | _speakers_in_the_first_person(doc, reporting)
        )
    for offset, doc in parsed:
        candidates.extend(_unrecognised_full_names(doc, offset, lone, candidates, places))
    organisations = {fold(c.name) for c in candidates if c.organisation}
    taking_the = set().union(*(_names_taking_the(doc) for _, doc in parsed))
    for _, doc in parsed:
        organisations |= _named_as_organisations(doc)
    organisations |= taking_the
    # "the Otters" is the team "Kessler Falls Otters", however the recogniser read that
    with_the = {name for name in taking_the if name.endswith("s")}  # a team's plural
    # "the pharmaceutical company Hallmed" is the "Drugmaker Hallmed" of a headline
    of_a_kind = set().union(*(_names_after_their_kind(doc) for _, doc in parsed))
    organisations |= of_a_kind
    candidates = [
        c
        for c in candidates
        if fold(c.name) not in organisations
        and not any(fold(c.name).endswith(f" {name}") for name in with_the | of_a_kind)
    ]
    surnames = {fold(surname(c.name)) for c in candidates}
    names = {c.name for c in candidates}
    given = Counter(fold(w) for name in names for w in set(name.split()[:-1]))
    surnames |= {w for w, uses in given.items() if uses == 1 and len(w) > 2}
    for offset, doc in parsed:
        candidates.extend(_surname_mentions(doc, offset, surnames, candidates, organisations))
    return candidates


def dateline(entity: Span) -> bool:
    """A paragraph's opening name in capitals, then a comma, a bracket or a dash: the place a
    wire story was filed from ("KESSLER FALLS, April 28 (Sports Wire) -"), no person."""
    after = entity.doc[entity.end] if entity.end < len(entity.doc) else None
    return (
        entity.start == 0
        and entity.text.isupper()
        and after is not None
        and after.text in (",", "(", "-", "–", "—")
    )


def _entity_labels(parsed: Sequence[tuple[int, Doc]]) -> dict[str, Counter[str]]:
    labels: dict[str, Counter[str]] = {}
    for _, doc in parsed:
        for entity in doc.ents:
            labels.setdefault(fold(entity.text), Counter())[entity.label_] += 1
    return labels


def _common_noun(word: str) -> bool:
    """``word`` (in lower case) is an English common noun, singular or plural ("officers")."""
    return bool(singular_forms(word) & common_nouns())


def _acronym(name: str) -> bool:
    """ "PBS", "MDC": letters in capitals are an organisation's initials, not a person's name."""
    return " " not in name and len(name) > 1 and name.isupper()


def _titled(entity: Span) -> bool:
    """A name the recogniser took for an organisation, marked as a person by a title before it
    ("Prosecutor Kama Melly", "officers Antoine Quirin and ..."), letters after it ("Kama Melly
    QC"), or, as a clause's subject, titles inside it before a name of two or more words
    ("Detective Constable Daniel Dubé stated", "United States Representative Elijah Cummings
    died"), or as a passive verb's agent ("was criticised by Archbishop Jorge Vidal")."""
    name, titles = split_title(list(entity))
    if titles and name and all(t.lower_ in HONORIFICS for t in titles):
        return entity.label_ in NAMES_OF_THINGS  # "Dr Martisius", "Ms Pike": only a person
    if entity.label_ != "ORG":
        return False
    before = _before_first_names(entity)
    if before is not None and (
        before.lower_ in TITLE_WORDS or (before.pos_ == "NOUN" and _is_title(before))
    ):
        return True
    if entity[-1].lower_.rstrip(".") in POST_NOMINALS:
        return True
    return (  # the titles may follow the place they are of: "United States Representative"
        bool(titles)
        and len(name) >= 2
        and _is_title(titles[-1])
        and all(_is_title(t) or t.pos_ == "PROPN" for t in titles)
        and (
            entity.root.dep_ in SUBJECT_DEPS
            or _passive_agent(entity.root)
            or _according_to(entity.root)
        )
    )


NAMES_OF_THINGS = frozenset({"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "NORP"})
"""The recogniser's labels for names of things, which a name after "Mr" or "Dr" is not."""


def _before_first_names(entity: Span) -> Token | None:
    """The word before ``entity`` and the proper nouns the recogniser left out of it in front
    ("Superintendent [Joanne] [Reyes]": "Superintendent")."""
    at = entity.start - 1
    doc = entity.doc
    while at > 0 and doc[at].pos_ == "PROPN" and not doc[at].ent_type_:
        if doc[at].dep_ != "compound" or doc[at].lower_ in TITLE_WORDS:
            break
        at -= 1
    return doc[at] if at >= 0 else None


def _according_to(token: Token) -> bool:
    """``token`` is whom "according to" gives as a source: "according to [Detective Constable
    Ruth Mabey]"."""
    return token in (according_to_objects(token.head.head) or ())


def according_to_objects(token: Token) -> list[Token] | None:
    """The objects of "according to" when ``token`` is its "according", else None."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    return [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]


def _passive_agent(token: Token) -> bool:
    """``token`` is who does what a passive verb tells, as its subject would: "criticised by
    [Archbishop Jorge Vidal]"."""
    return token.dep_ == "pobj" and token.head.dep_ == "agent"


def _named_after_office_place(entity: Span, places: Collection[str]) -> bool:
    """A name the recogniser read together with the place of the office before it, as one
    organisation, as what a title's phrase is of: "First Minister of [Scotland Nicola
    Sturgeon] said", the title the subject ("Scotland" a place in the rest of the article,
    two proper nouns after it)."""
    title = _phrase_holder(entity.root)
    if entity.label_ != "ORG" or title is None:
        return False
    name = _without_place(list(entity), places)
    return (
        _is_title(title)
        and title.dep_ in SUBJECT_DEPS
        and len(name) == len(entity) - 1 >= 2
        and all(t.pos_ == "PROPN" for t in name)
        and not names_an_organisation(name)
    )


def _is_title(token: Token) -> bool:
    """A title word, in the singular or plural ("officer", "officers")."""
    return token.lower_ in TITLE_WORDS or token.lemma_.lower() in TITLE_WORDS


def _described(entity: Span) -> bool:
    """A name the recogniser took for something else, in apposition with a word only a person
    can be: "Gáspár Maróth, the government commissioner, ..."; "the commissioner, X, ..."."""
    if entity.label_ not in ("ORG", "GPE", "NORP"):
        return False
    root = entity.root
    described = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        described.append(root.head)
    # one word only beside a family tie: a first name ("his wife, Amanda, said")
    nouns = (TITLE_WORDS | RELATION_WORDS) if len(entity) > 1 else KIN
    # "the Secretary of Justice": a capitalised title too
    titled = any(w.pos_ in ("NOUN", "PROPN") and w.lemma_.lower() in nouns for w in described)
    nouns_described = [w for w in described if w.pos_ == "NOUN"] if len(entity) > 1 else []
    # "Arthur Brand, a Dutch investigator who has helped ...": "who" is for a person
    whom = any(_taking_who(w) for w in nouns_described)
    # "Marcus Bell, a season-ticket holder for 25 years, said": a first name, described as
    # one of many ("a ... holder"), which a body the name is of rarely is
    one_of_many = first_name_gender(entity[0].text) is not None and any(
        _one_of_many(w) for w in nouns_described
    )
    return titled or whom or one_of_many


def _one_of_many(noun: Token) -> bool:
    """Whether ``noun`` has "a", "an" or "another" for its determiner ("a season-ticket
    holder", "Another evacuee, Elena Estrada, said")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)


def _taking_who(noun: Token) -> bool:
    """Whether a relative clause on ``noun`` opens with "who" or "whom", which English uses
    for people: "an investigator who has helped recover stolen art" (not "whose", as often a
    thing's: "a budget carrier whose pilots went on strike")."""
    return any(
        clause.dep_ == "relcl"
        and any(w.lower_ in ("who", "whom") for w in clause.subtree if w.i < clause.i)
        for clause in noun.children
    )


def _mostly_person(text: str, labels: dict[str, Counter[str]]) -> bool:
    """The article's entity recogniser calls these words a person at least as often as not."""
    counts = labels.get(fold(text), Counter())
    return counts["PERSON"] * 2 >= sum(counts.values())


def _candidate(entity: Span, offset: int, places: Collection[str] = frozenset()) -> list[Candidate]:
    doc = entity.doc
    start = entity.start
    while (  # "Sadiq [Khan]": a first name the recogniser left out of the entity
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and not doc[start - 1].ent_type_
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].lower_ not in TITLE_WORDS
        and not _acronym(doc[start - 1].text)  # "IM Dorsa Derakhshani": a title's letters
        # a sentence's first word is capitalised anyway: "Surgeon Albert ...", not "Carmen"
        and not _opening_common_noun(doc[start - 1])
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
    recognised_person = entity.label_ == "PERSON"
    if recognised_person and _hyphenated_given_name(doc, end):
        end += 3  # "Yolanda Yu Hoi-kwan": the given name the recogniser left out
    if end - start > 1 and _objectless_preposition(doc, start - 1):
        start += 1  # "on Twitter West accused ...": Twitter is what "on" governs, not a name
    entity = doc[start:end]
    if _qualifies_a_named_role(entity):
        return []
    name_tokens, titles = split_title(list(entity))
    name_tokens = _without_portfolio(_without_place(name_tokens, places))
    if not name_tokens or (
        name_tokens[-1].lower_ in TITLE_WORDS
        and not (recognised_person and _surname_like_a_title(name_tokens, entity))
    ):
        return []  # a title alone ("Senate Minority Leader") names nobody
    name = _name_text(name_tokens)
    if not re.search(r"[^\W\d_]", name) or not name[:1].isupper() or _acronym(name):
        return []
    quoted = _in_quotation(entity)  # "Part time Mayor of New York City, [Bill de Blasio]"
    roles = [] if quoted else _roles(entity, titles)
    root = entity.root
    subject = _subject_or_its_owner(root) or (
        root.dep_ in ("appos", "compound") and root.head.dep_ in SUBJECT_DEPS
    )
    return [
        Candidate(
            start=offset + name_tokens[0].idx,
            end=offset + name_tokens[-1].idx + len(name_tokens[-1].text),
            name=name,
            roles=roles,
            sentence=offset + entity.sent.start_char,
            subject=subject,
            main=main_subject(root),
            organisation=names_an_organisation(name_tokens)
            or any(noun in ORGANISATION_WORDS | PLACE_WORDS for _, noun in roles),
            affiliations=[] if quoted else _affiliations(root, places),
        )
    ]


def _surname_like_a_title(name_tokens: list[Token], entity: Span) -> bool:
    """Whether the title word ending the name of someone the recogniser calls a person is
    their surname: "Julie Bishop", "Stephen King", "Michel Mayor". A given name comes before
    it: a proper noun that is no title nor an organisation's word ("Police Chief" names no
    one), outside quotation marks (the nickname '"Birther King" Andy Martin'). Not an office
    held in an organisation, which follows its name ("Twitter CEO")."""
    given, last = name_tokens[:-1], name_tokens[-1]
    return (
        bool(given)
        and not last.text.isupper()
        and last.lower_ not in OFFICES_IN_ORGANISATIONS
        and all(
            t.pos_ == "PROPN" and t.lower_ not in TITLE_WORDS | ORGANISATION_WORDS for t in given
        )
        and not _in_quotation(entity)
    )


def _objectless_preposition(doc: Doc, at: int) -> bool:
    """Whether token ``at`` is a preposition the parse left without its object: the word
    after it, which it took into the name that follows, is that object."""
    return (
        at >= 0
        and doc[at].dep_ == "prep"
        and doc[at].pos_ == "ADP"  # not "coach" misread as one
        and not any(c.dep_ in ("pobj", "pcomp") for c in doc[at].children)
    )


def _hyphenated_given_name(doc: Doc, at: int) -> bool:
    """Whether a capitalised hyphenated name with no entity label starts at token ``at``
    ("Hoi-kwan" after "Yolanda Yu", a Cantonese given name after the family name)."""
    if at + 2 >= len(doc):
        return False
    first, hyphen, rest = doc[at], doc[at + 1], doc[at + 2]
    return (
        first.pos_ == "PROPN"
        and first.text[:1].isupper()
        and not first.ent_type_
        and hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and rest.pos_ == "PROPN"
        and not rest.ent_type_
    )


def _qualifies_a_named_role(entity: Span) -> bool:
    """Whether ``entity`` only qualifies the role of someone named after it: "Veteran Labour"
    (read as a person) in "Veteran Labour councillor Peter Grant said" is his party."""
    role = entity.root.head
    return (
        entity.root.dep_ == "compound"
        and role.i >= entity.end
        and role.lemma_.lower() in TITLE_WORDS
        and role.dep_ == "compound"
        and role.head.ent_type_ == "PERSON"
        and role.head.i > role.i
    )


def _in_quotation(entity: Span) -> bool:
    """Whether ``entity`` stands inside a quotation of its paragraph: what a speaker calls
    someone ("Part time Mayor of New York City") is no role the article gives them."""
    return inside_open_quote(entity.doc.text[: entity.start_char])


def _without_place(name: list[Token], places: Collection[str]) -> list[Token]:
    """The name without the place glued before it: "Mayor of Koszalin Piotr Jedlinski",
    "Senator from Vermont Bernie Sanders" (``places``: names the article mostly calls places).
    Not a given name before a surname opened by a particle ("Rocky De La Fuente", wherever
    the recogniser takes "Rocky" for a place): "De La Fuente" alone is no full name."""
    while (
        len(name) > 2 and fold(name[0].text) in places and fold(name[1].text) not in NAME_PARTICLES
    ):
        name = name[1:]
    return name


def _without_portfolio(name: list[Token]) -> list[Token]:
    """The name without the end of an office's "of" phrase glued before it: "Minister of
    [Information Moammar al-Eryani]", "Secretary of [Foreign Affairs Jane Roe]": words up to
    the last capitalised common noun among all but the name's last two ("Health Rose Young"
    keeps Rose; "Information Moammar al-Eryani" keeps "al")."""
    if len(name) < 3 or name[0].i < 2:
        return name
    doc = name[0].doc
    if doc[name[0].i - 1].lower_ != "of" or doc[name[0].i - 2].lower_ not in TITLE_WORDS:
        return name
    office = [n for n, t in enumerate(name[:-2]) if t.is_title and _common_noun(t.lower_)]
    return name[office[-1] + 1 :] if office else name


AFFILIATING = frozenset({"of", "from", "at", "with"})
"""Prepositions that place a person in an organisation ("Sheldon Yett of UNICEF")."""


def _affiliations(name: Token, places: Collection[str] = frozenset()) -> list[str]:
    """The organisations the recogniser names right beside a person's name: "Sheldon Yett of
    UNICEF", "Jane Roe with the Red Cross", "UNICEF's Sheldon Yett", or in the "of" phrase of
    the role apposed to it ("the director of Amnesty International, Mariela Belski,"), unless
    that is an office's jurisdiction (``_jurisdiction``; ``places``: the names the article
    calls places)."""
    beside = [c for c in name.children if c.dep_ == "poss"]
    for preposition in name.children:
        if preposition.dep_ == "prep" and preposition.lower_ in AFFILIATING:
            beside += [c for c in preposition.children if c.dep_ == "pobj"]
    recognised = {token.i: _organisation_of(token) for token in beside}
    entities = [e for e in recognised.values() if e is not None]
    entities += [
        e
        for e in map(_organisation_of, _role_of_phrases(name))
        if e is not None and not _jurisdiction(e, places)
    ]
    host = [name.head] if name.dep_ == "appos" else []  # "Its director, Marcus Bell"
    entities += filter(None, map(_body_its_refers_to, [*_apposed_roles(name), *host]))
    described = [  # "Doug Miller of Milltech Marine, a firm ...", whatever its entity label
        " ".join(t.text for t in _compound_name(token))
        for token in beside
        if recognised[token.i] is None
        and token.pos_ == "PROPN"
        and any(
            c.dep_ == "appos" and c.lemma_.lower() in ORGANISATION_WORDS for c in token.children
        )
    ]
    unlabelled = [] if entities or described else _unlabelled_body_after(name)
    return (
        [_phrase([t for t in e if not _determiner(t) and t.dep_ != "case"]) for e in entities]
        + described
        + ([_phrase(unlabelled)] if unlabelled else [])
    )


def _unlabelled_body_after(name: Token) -> list[Token]:
    """The capitalised words right after a person's name and a preposition that places them
    (``AFFILIATING``), when the recogniser labelled none of them and there are two or more,
    none a title: a body's name it missed ("Jennifer Lu of Marriage Equality Coalition
    Taiwan"). A place it labelled ("Jane Roe of Leeds") is no body; one word alone may be a
    town it did not know."""
    doc = name.doc
    at = name.i + 1
    if at >= len(doc) or doc[at].lower_ not in AFFILIATING:
        return []
    words: list[Token] = []
    for token in doc[at + 1 :]:
        if not token.is_alpha or not token.text[:1].isupper() or token.ent_type_:
            break
        words.append(token)
    if len(words) < 2 or any(t.lower_ in TITLE_WORDS for t in words):
        return []
    return words


def _apposed_roles(name: Token) -> list[Token]:
    """The roles apposed to ``name``, before or after it ("the director, Mariela Belski",
    "Mariela Belski, the director")."""
    return [*_appositions(name), *filter(None, [_role_apposed_before(name)])]


def _body_its_refers_to(role: Token) -> Span | None:
    """The organisation "its" before ``role`` refers back to: the last one its paragraph
    made a clause's subject before it ("The Civil Aviation Authority said it had opened an
    inquiry. Its director, Marcus Bell, said ...", "A consumer group, Travel Rights Watch,
    said ... Its head of campaigns, Sunil Mehta, ...")."""
    if not any(c.dep_ == "poss" and c.lower_ == "its" for c in role.children):
        return None
    subjects = [
        entity
        for entity in role.doc.ents
        if entity.label_ == "ORG"
        and entity.end <= role.i
        and (
            entity.root.dep_ in SUBJECT_DEPS
            or (entity.root.dep_ == "appos" and entity.root.head.dep_ in SUBJECT_DEPS)
        )
    ]
    return subjects[-1] if subjects else None


def _role_of_phrases(name: Token) -> list[Token]:
    """The objects of the "of" phrase of a role apposed to ``name``, before or after it. The
    parser may hang a name set off after a role on the end of its "of" phrase ("the director
    of Amnesty International, Mariela Belski"): then that end is the object."""
    roles = _apposed_roles(name)
    found: list[Token] = []
    if name.dep_ == "appos":
        host = name.head
        if host.dep_ == "pobj" and host.head.lower_ == "of":
            found.append(host)
        else:
            roles.append(host)
    for role in roles:
        if role.lemma_.lower() in MEMBERSHIP:
            continue  # "a member of the Democratic Party" is in it, not its voice
        for of in (c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"):
            found += [o for o in of.children if o.dep_ == "pobj"]
    return found


MEMBERSHIP = frozenset("member supporter backer candidate fan voter".split())
"""Roles that place someone in a body without making them one who speaks for it."""
LEGISLATURES = frozenset("house parliament senate congress assembly".split())
"""Words naming a legislature, the body its members and officers sit in, not speak for."""


def _jurisdiction(organisation: Span, places: Collection[str]) -> bool:
    """An office's place or body rather than an employer: a name the recogniser calls a place
    in the paragraph or mostly in the article (``places``, folded: "President of the United
    States"), a legislature ("Speaker of the House of Representatives"), or one common noun
    ("Secretary of Justice"; not "WHO", an acronym)."""
    text = fold(organisation.text.removeprefix("the ").removeprefix("The "))
    here = {fold(e.text.removeprefix("the ")) for e in organisation.doc.ents if e.label_ in PLACES}
    one_noun = len(organisation) == 1 and not _acronym(organisation.text) and _common_noun(text)
    return text in here or text in places or one_noun or bool(set(text.split()) & LEGISLATURES)


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
    refers to itself as "itself" ("Rocky Linux describes itself as ..."), or that the sentence
    refers back to as a thing (``_referred_to_as_it``), or gives a short form of in brackets
    (``_short_form_given``)."""
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
        if held or itself or _referred_to_as_it(token):
            found.add(fold(_proper_name_around(token)))
        elif _short_form_given(token):
            words = fold(_proper_name_around(token)).split()
            found.update(" ".join(words[n:]) for n in range(len(words) - 1))
    return found


PUBLICATION_WORDS = frozenset(
    """bulletin times post herald journal gazette tribune chronicle courier inquirer telegraph
    magazine newspaper news radio television tv publication outlet website""".split()
)
BODY_KINDS = ORGANISATION_WORDS - PUBLICATION_WORDS
"""Words for an organisation that a name put right after is the name of ("the company
Hallmed"): not a publication's, whose words stand before an author as often ("the blog post
Chris Wright wrote")."""


def _names_after_their_kind(doc: Doc) -> set[str]:
    """The proper names (folded) ``doc`` puts right after a word for an organisation
    (``_after_its_kind``)."""
    return {fold(_proper_name_around(t)) for t in doc if t.pos_ == "PROPN" and _after_its_kind(t)}


def _after_its_kind(name: Token) -> bool:
    """Whether the proper name ``name`` heads follows a word for an organisation in its own
    phrase: "the airline Qantas", "the drivers' union GDL", or "The pharmaceutical company
    Hallmed" (which the parser may split into two subjects of one verb)."""
    if name.dep_ == "compound":
        return False  # the name's head decides
    first = _compound_name(name)[0]
    kind = name.doc[first.i - 1] if first.i > 0 else None
    if kind is None or kind.pos_ != "NOUN" or kind.lemma_.lower() not in BODY_KINDS:
        return False
    # the kind's own phrase, opened by "the" or "a" ("On live television Erdogan said": no)
    phrase = kind.head if kind.dep_ == "compound" else kind
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in phrase.children):
        return False
    return kind.head == name or (kind.head == name.head and kind.dep_ == name.dep_)


def _names_taking_the(doc: Doc) -> set[str]:
    """The proper names (folded) ``doc`` writes with "the" (``_a_name_taking_the``)."""
    return {fold(_proper_name_around(t)) for t in doc if _a_name_taking_the(t)}


def _a_name_taking_the(name: Token) -> bool:
    """Whether ``name`` ends a proper name written with "the" before it, and not read as a
    person's there: "The Kessler Falls Otters won", "the Otters" name a team, as the
    recogniser may not see where the name stands alone ("Kessler Falls Otters win title")."""
    words = _compound_name(name)
    before = words[0].doc[words[0].i - 1] if words[0].i > 0 else None
    after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ != "PERSON"
        and name.dep_ != "compound"
        and before is not None
        and before.lower_ == "the"
        # not a name qualifying a noun: "the Carroll–Patel ticket", "the Hammons/Bodenstab ticket"
        and (after is None or (after.text not in JOINERS and after.pos_ != "NOUN"))
    )


JOINERS = frozenset({"-", "–", "—", "/", "&"})


def _short_form_given(name: Token) -> bool:
    """Whether one of the words of the name that ``name`` ends follows it in brackets, as its
    short form:
    "World Wonder Ring Stardom (Stardom)" is an organisation's name; not one the recogniser
    reads as a person's ("President Xi Jinping (Xi)"; initials: "Mohammed bin Salman (MBS)")."""
    words = {t.lower_ for t in _compound_name(name)}
    return (
        name.ent_type_ != "PERSON"
        and len(words) > 1
        and any(
            c.dep_ == "appos" and c.i > name.i and c.lower_ in words and c.nbor(-1).text == "("
            for c in name.children
        )
    )


def _referred_to_as_it(name: Token) -> bool:
    """Whether the sentence refers back to ``name`` as a thing: by "which" opening a
    relative clause on it ("Halvorsen Home, which makes locks, ..."), or by "it" as the
    subject of a clause joined to the one ``name`` is the subject of ("Halvorsen Home is
    recalling 380,000 locks, and it disclosed ...")."""
    relative = any(
        c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in name.children
    )
    joined = name.dep_ in SUBJECT_DEPS and any(
        c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and any(w.dep_ in SUBJECT_DEPS and w.lower_ == "it" for w in c.children)
        for c in name.head.children
    )
    return relative or joined


def names_an_organisation(name_tokens: list[Token]) -> bool:
    """The name is not a person's: it ends with a word that ends organisations' and
    publications' names ("Manila Bulletin", "Mustard Seed Foundation": ``ORGANISATION_WORDS``)
    or a police force's ("Brookvale Police": ``FORCE_WORDS``),
    holds a number ("CentOS Linux 7"), or takes "the" ("the CentOS Project", "The Rocky
    Linux team"), which names of people do not."""
    if name_tokens[-1].lower_.rstrip(".'’") in ORGANISATION_WORDS | FORCE_WORDS:
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


def _covered(start: int, candidates: list[Candidate]) -> bool:
    return any(c.start <= start < c.end for c in candidates)


def _covered_name(name: list[Token], offset: int, candidates: list[Candidate]) -> bool:
    """True when a word of ``name`` is in a name found already: the recogniser's "Chuck
    Schumer" is no new person "Democrat Chuck Schumer"."""
    return any(_covered(offset + token.idx, candidates) for token in name)


def _unrecognised_speakers(
    doc: Doc, offset: int, reporting: frozenset[str], known: list[Candidate]
) -> list[Candidate]:
    """Proper-noun subjects of reporting verbs that the recogniser did not label: of two
    words, or one after a title ("Princess Ubolratana pointed out ...")."""
    found: list[Candidate] = []
    for subject in _reporting_subjects(doc, reporting):
        if subject.pos_ != "PROPN":
            continue
        if subject.ent_type_ not in ("", "PERSON", *NUMBER_LABELS) and not (
            subject.ent_type_ not in PLACES
            and (_affiliations(subject) or _person_role_beside(subject) or _of_a_body(subject))
        ):  # but "Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Tomasz Kubiak, a fire
            continue  # service spokesman,", "Ana Roe of the tribal office": mislabelled
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
        titled = bool(titles) and titles[-1].lower_ in TITLE_WORDS  # "Princess Ubolratana"
        if len(name_tokens) < (1 if titled else 2) or subject.lower_ in TITLE_WORDS:
            continue
        if names_an_organisation(run) or _covered_name(name_tokens, offset, known + found):
            continue
        if not subject.ent_type_ and _organisation_ended_early(run):
            continue
        found.append(_run_candidate(name_tokens, titles, subject, offset, subject=True))
    return found


NUMBER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"})
"""The recogniser's labels for amounts and times. A proper noun it so labels is a name it ran
into the number after it: "Teresa Valdez, 58, who has lived ... said" ("Valdez, 58" a date)."""


def _organisation_ended_early(run: list[Token]) -> bool:
    """Whether the words of ``run`` before its last, an unlabelled subject, are all part of an
    organisation's name: the recogniser ended it a word early ("Disaster and Emergency
    Management Presidency reported ..."). Not a name some of whose words it labelled
    otherwise ("Tesla CEO Elon Musk")."""
    return len(run) > 1 and all(token.ent_type_ == "ORG" for token in run[:-1])


def _unlabelled_lone_speakers(doc: Doc, reporting: frozenset[str]) -> set[str]:
    """One-word names (folded) the recogniser labelled nothing that are the subjects of
    reporting verbs ("Ruiz said", though the parser may read a name opening a sentence as a
    noun: one that is no English noun, then): a surname, whose full name a run of proper
    nouns elsewhere may give ("Mayor Ana Ruiz met ...", ``_unrecognised_full_names``)."""
    return {
        fold(subject.text)
        for subject in _reporting_subjects(doc, reporting)
        if (subject.pos_ == "PROPN" or (subject.is_title and not _common_noun(subject.lower_)))
        and not subject.ent_type_
        and not any(c.dep_ in ("compound", "amod", "det") for c in subject.children)
        and subject.lower_ not in TITLE_WORDS
    }


def _reflexive_subjects(doc: Doc) -> set[str]:
    """One-word names (folded) that are the subject a "himself" or "herself" refers back to,
    whatever the recogniser labelled them ("when Ahola challenged himself"): only a person is
    so. A surname, whose full name a run of proper nouns elsewhere may give."""
    return {
        fold(subject.text)
        for token in doc
        if token.lower_ in ("himself", "herself")
        for subject in token.head.children
        if subject.dep_ in SUBJECT_DEPS
        and subject.pos_ == "PROPN"
        and subject.lower_ not in TITLE_WORDS
    }


FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")
"""Words only one person says of themselves: a body speaks as "we"."""


def _speakers_in_the_first_person(doc: Doc, reporting: frozenset[str]) -> set[str]:
    """One-word names (folded) that are the subjects of reporting verbs whose quotation speaks
    as "I" ('"I just closed my eyes," Varga said'), whatever the recogniser labelled them
    (an organisation, here): only a person says "I". A surname, whose full name a run of
    proper nouns elsewhere may give ("Substitute Milan Varga scored")."""
    return {
        fold(subject.text)
        for subject in _reporting_subjects(doc, reporting)
        if subject.pos_ == "PROPN"
        and subject.ent_type_ not in PLACES
        and subject.lower_ not in TITLE_WORDS
        and not any(c.dep_ in ("compound", "det") for c in subject.children)
        and any(
            FIRST_PERSON_SINGULAR.search(m.group(0)) for m in QUOTED.finditer(subject.sent.text)
        )
    }


def _reporting_subjects(doc: Doc, reporting: frozenset[str]) -> Iterator[Token]:
    """The subjects of the reporting verbs of ``doc``, in order."""
    for token in doc:
        if token.lemma_.lower() in reporting and token.pos_ == "VERB":
            yield from (c for c in token.children if c.dep_ in SUBJECT_DEPS)


def _of_a_body(name: Token) -> bool:
    """An "of" phrase after ``name`` names a body by its kind ("Ana Roe of the Northern
    Arapaho tribal historic preservation office"), whatever the recogniser made of it."""
    return any(
        preposition.dep_ == "prep"
        and preposition.lower_ in AFFILIATING
        and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ORGANISATION_WORDS
            for o in preposition.children
        )
        for preposition in name.children
    )


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
    doc: Doc, offset: int, lone: set[str], known: list[Candidate], places: Collection[str]
) -> list[Candidate]:
    """Full names the recogniser missed whose surname it did label a person elsewhere: "Mayor
    Ana Ruiz met ..." (no entity), then "Ruiz said" (a person) make Ana Ruiz, the mayor. A run
    of proper nouns ending with the surname, its titles taken off, of two names or more; or
    an organisation the recogniser saw in such a run ("Morgan Tsvangirai of the MDC" tagged an
    organisation, "Tsvangirai" a person everywhere else)."""
    found: list[Candidate] = []
    for token in doc:
        if token.pos_ != "PROPN" or fold(token.text) not in lone:
            continue
        if token.ent_type_:
            run = _organisation_ending_with(token)
            if run is None:
                continue
        else:
            first = token.i
            while first > 0 and doc[first - 1].pos_ == "PROPN" and not doc[first - 1].ent_type_:
                first -= 1
            run = list(doc[first : token.i + 1])
        # "Substitute Milan Varga": a role, capitalised as the sentence's first word
        opening: list[Token] = []
        while len(run) > 2 and _opening_common_noun(run[0]):
            opening.append(run.pop(0))
        name_tokens, titles = split_title(run)
        titles = opening + titles
        name_tokens = _known_tail(_without_place(name_tokens, places), known)
        if len(name_tokens) < 2 or _covered_name(name_tokens, offset, known + found):
            continue
        if names_an_organisation(name_tokens):
            continue
        subject = token.dep_ in SUBJECT_DEPS
        found.append(_run_candidate(name_tokens, titles, token, offset, subject=subject))
    return found


def _known_tail(name: list[Token], known: list[Candidate]) -> list[Token]:
    """The end of ``name`` that is a full name found already, if any: "Senator from Vermont
    Bernie Sanders" read as one organisation is Bernie Sanders, not "Vermont Bernie Sanders"."""
    full_names = {fold(c.name) for c in known if " " in c.name}
    for start in range(1, len(name) - 1):
        if fold(_name_text(name[start:])) in full_names:
            return name[start:]
    return name


def _organisation_ending_with(token: Token) -> list[Token] | None:
    """The words of the organisation the recogniser tagged that ends with ``token``, when
    they are all proper nouns: a person's full name it misread, if ``token`` is a surname."""
    if token.ent_type_ != "ORG" or token.ent_iob_ == "O":
        return None
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or entity.end != token.i + 1:
        return None
    words = list(entity)
    return words if all(w.pos_ == "PROPN" for w in words) else None


def _unrecognised_apposed(doc: Doc, offset: int, known: list[Candidate]) -> list[Candidate]:
    """Full names the recogniser missed (or tagged an organisation) in apposition with a role
    only a person has: "San Diego's chancellor, Pradeep Khosla", "Pradeep Khosla, the
    chancellor", "the president of Namibia, Hage Geingob". A run of proper nouns, its titles
    taken off, of two names or more."""
    found: list[Candidate] = []
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
        if len(name_tokens) < 2 or names_an_organisation(name_tokens):
            continue
        if _covered_name(name_tokens, offset, known + found):
            continue
        found.append(_run_candidate(name_tokens, titles, token, offset, subject=False))
    return found


def _run_candidate(
    name_tokens: list[Token], titles: list[Token], last: Token, offset: int, subject: bool
) -> Candidate:
    """A person named by a run of proper nouns the recogniser missed, ending with ``last``;
    the titles before the name are their role, and so are the descriptions the sentence
    gives the name ("Tomasz Kubiak, a fire service spokesman, told ..."); the organisations
    beside it are theirs ("The Native American Rights Fund's Jacqueline De León said", her
    name read as an organisation's)."""
    doc = last.doc
    named = doc[(titles or name_tokens)[0].i : last.i + 1]
    return Candidate(
        start=offset + name_tokens[0].idx,
        end=offset + last.idx + len(last.text),
        name=_name_text(name_tokens),
        roles=_roles(named, titles),
        sentence=offset + last.sent.start_char,
        subject=subject,
        main=subject and main_subject(last),
        affiliations=_affiliations(last),
    )


def _surname_mentions(
    doc: Doc, offset: int, surnames: set[str], known: list[Candidate], organisations: set[str]
) -> list[Candidate]:
    """Capitalised words equal to a known surname that the recogniser did not label a person."""
    found: list[Candidate] = []
    full_names = {fold(c.name) for c in known if " " in c.name}
    for word in _words(doc):
        if not _capitalised_name(word.text) or fold(word.text) not in surnames:
            continue
        if _covered(offset + word.start_char, known):
            continue
        if (
            word.root.ent_type_ in NOT_PEOPLE
            and not _lone_entity(word)
            and not _after_title_initials(word, known)
            and fold(_entity_around(word)) not in full_names  # a person's, mistagged here
        ):
            continue  # part of an organisation's or place's name ("Khan Academy")
        if word.root.dep_ == "compound" and fold(_proper_name_around(word.root)) in organisations:
            continue  # "Rocky" of "Rocky Linux", not Rocky McGaugh
        if word.root.lower_ in TITLE_WORDS and any(c.dep_ == "det" for c in word.root.children):
            continue  # "the Bishop": a title, though Julie Bishop is in the article
        found.append(
            Candidate(
                start=offset + word.start_char,
                end=offset + word.end_char,
                name=word.text,
                roles=[],
                sentence=offset + word.sent.start_char,
                subject=_subject_or_its_owner(word.root),
                main=main_subject(word.root),
            )
        )
    return found


def _subject_or_its_owner(token: Token) -> bool:
    """``token`` is a clause's subject, or whose the subject is: "[Whitaker]'s contract
    expires in July, and he said ..." is about Whitaker, as "Whitaker expects ..." is; not in
    a clause reported ("Whitaker's passenger suffered a broken leg, he said" is someone
    else's words)."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    owned = token.head
    return token.dep_ == "poss" and owned.dep_ in SUBJECT_DEPS and owned.head.dep_ != "ccomp"


def _capitalised_name(word: str) -> bool:
    """Capitalised as a name is, after any particle joined to it ("Roe", "al-Eryani")."""
    return word[:1].isupper() or bool(re.match(r"[a-z]{1,3}-[A-Z]", word))


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


def _after_title_initials(word: Span, known: list[Candidate]) -> bool:
    """The word is a surname whose entity holds only the initials of a title the person of
    that surname was given before it: "DC Mabey" after "Detective Constable Ruth Mabey" (not
    "UBS Fielding" after "analyst Priya Fielding")."""
    entity = next((e for e in word.doc.ents if e.end == word.end), None)
    if entity is None or entity.start != word.start - 1 or not entity[0].text.isupper():
        return False
    initials = entity[0].text.lower()
    return any(
        surname(c.name) == word.text
        and any("".join(w[0] for w in role.lower().split()) == initials for role, _ in c.roles)
        for c in known
    )


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
    nouns = nouns or [t for t in words if t.pos_ == "NOUN" or _capitalised_noun(t, entity)][-1:]
    for noun in nouns:  # "archbishop Monsenor": both words name the role
        found.append((_phrase(words), spelt_title(noun.lemma_.lower())))
    # Apposition after the name: "Jane Roe, the mayor of Leeds, said" (not in a quotation
    # that follows: 'X reacted, "Sad news, ..."' gives X no role "sad news").
    labelled = doc.text[max(0, entity.start_char - 2) : entity.start_char] == "(("
    for child in () if labelled else _appositions(head):  # "((Jane Roe)) Not back then."
        if _role_noun(child) and not _quote_between(head, child):
            found.append((_description(child), _hyphenated_head(child) or child.lemma_.lower()))
            # and each role joined to it: "Adam Kokesh, an Iraq War veteran, activist, and
            # currently a candidate for the Libertarian nomination," (not "... and her son")
            for joined in child.conjuncts:
                if joined.i > child.i and _role_noun(joined) and _another_role(joined):
                    found.append((_description(joined), joined.lemma_.lower()))
    # A role a verb of choosing gives its object: "Biden named Kamala Harris as his running
    # mate", "Trump appointed Louis DeJoy as Postmaster General" (not "saw Roe as a threat").
    if head.dep_ == "dobj" and head.head.lemma_.lower() in CHOOSING_VERBS:
        for prep in head.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i > head.i:
                for office in (c for c in prep.children if c.dep_ == "pobj" and _role_noun(c)):
                    # what qualifies it, up to the noun and an "of" phrase ("his running
                    # mate", "chief of staff"; not "on Tuesday")
                    after = next((c for c in office.rights if c.lower_ != "of"), None)
                    found.append((_description(office, stop=after), office.lemma_.lower()))
    # Apposition before it: "the mayor, Jane Roe, said"; or both set off after a third word
    # ("Speaking to AFP, the president of the league, Jamel Msallem, said").
    role = _role_host(head.head) if head.dep_ == "appos" else None
    role = role if role is not None else _role_apposed_before(head)
    if role is not None and not _quote_between(role, head):  # 'Calling it "an apology", Roe'
        found.append((_description(role, stop=head), role.lemma_.lower()))
    # A description the parser split off as a second subject of the name's verb, right
    # before the name: "Leeds professor of hydrology Anne Wright said".
    if head.dep_ in SUBJECT_DEPS:
        for split in head.head.children:
            if (
                split.dep_ in SUBJECT_DEPS
                and split.i < entity.start
                and split.right_edge.i == entity.start - 1
                and split.lemma_.lower() in TITLE_WORDS
            ):
                words = [t for t in doc[split.left_edge.i : entity.start] if not _determiner(t)]
                found.append((_phrase(words), split.lemma_.lower()))
    # A title whose phrase the parser made the name the object of: "US Ambassador to Germany
    # Richard Grenell".
    title = _title_over(entity)
    if title is not None:
        words = [t for t in doc[title.left_edge.i : entity.start] if not _determiner(t)]
        found.append((_phrase(words), title.lemma_.lower()))
    # A relative clause saying what they are: "Ana Ruiz, who is the mayor of Leeds", "Mike
    # Pompeo who is the secretary of state".
    clause = _relative_clause_verb(head)
    role = _role_in_relative_clause(clause) if clause is not None else None
    if role is not None:
        found.append((_description(role), role.lemma_.lower()))
    # What the sentence says they are, became, were made or serve as: "Tom Vale is the
    # director of the water board", "Osei was elected governor", "Diaz has served as police
    # chief"; so does a relative clause ("Roe, who was appointed health minister in 2019,").
    who = next((c for c in clause.children if c.lower_ == "who"), None) if clause else None
    for subject in filter(None, (head, who)):
        for noun in _predicated_roles(subject):
            found.append((_description(noun), noun.lemma_.lower()))
    # The doer of what the sentence says they did: "Roe won the Olympiad" makes her "the
    # winner of the Olympiad", "Roe founded the firm" its founder; so does a relative clause:
    # "Travis Hood, who witnessed the collision," is a witness of the collision.
    for verb in (head.head if head.dep_ == "nsubj" else None, clause):
        agent = AGENT_NOUNS.get(verb.lemma_.lower()) if verb is not None else None
        done = [c for c in verb.children if c.dep_ == "dobj"] if verb is not None else []
        done = [c for c in done if not _in_quotation(c.doc[c.i : c.i + 1])]  # words, no work
        if agent and done:
            found.append((f"{agent} of {_description(done[0])}", agent))
    # Named by a participle: "a university student named Wong".
    naming = head.head
    if naming.dep_ == "acl" and naming.lemma_.lower() in NAMING and naming.head.pos_ == "NOUN":
        noun = naming.head
        found.append((_description(noun, stop=naming), noun.lemma_.lower()))
    return found


def _capitalised_noun(token: Token, name: Span) -> bool:
    """A common noun glued before ``name`` as a sentence's first word, capitalised as it must
    be there ("Voter Kitty Mak told ...": the tagger reads it as part of a proper name)."""
    return token.i == name.start - 1 and token.dep_ == "compound" and _opening_common_noun(token)


def _opening_common_noun(token: Token) -> bool:
    """A sentence's first word that is an English common noun: capitalised only because it
    opens the sentence ("Surgeon", "Voter"), not a name."""
    return bool(token.is_sent_start) and _common_noun(token.lower_)


def _relative_clause_verb(name: Token) -> Token | None:
    """The verb of the relative clause "who ..." right after ``name`` (a comma between or not:
    the parser may hang the clause on another word when there is none)."""
    doc = name.doc
    at = name.i + 1
    if at < len(doc) and doc[at].text == ",":
        at += 1
    if at >= len(doc) or doc[at].lower_ != "who" or doc[at].dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = doc[at].head
    return verb if verb.dep_ == "relcl" else None


def _role_in_relative_clause(verb: Token) -> Token | None:
    """The role noun of a relative clause "who is/was the X" (``verb``: its verb): the last
    of its complements, since the parser may split a hyphenated role into several ("co",
    "-", "chairman" of "who is co-chairman of the committee")."""
    if verb.lemma_ != "be":
        return None
    attributes = [c for c in verb.children if c.dep_ == "attr" and _role_noun(c)]
    return attributes[-1] if attributes else None


BECOMING = frozenset("be become remain".split())
"""Verbs whose complement says what their subject is ("is the director", "became mayor")."""
MADE = frozenset(
    "elect re-elect reelect appoint reappoint name nominate choose select promote install".split()
)
"""Verbs that, made passive, give their subject the office they name ("was elected governor",
"was named the team's new coach")."""
SERVING = frozenset("serve act work".split())
"""Verbs whose "as" phrase names the office their subject holds ("has served as mayor")."""


def _predicated_roles(subject: Token) -> list[Token]:
    """The role nouns a clause says its ``subject`` is, became, was made or serves as
    (``BECOMING``, ``MADE``, ``SERVING``), each joined to another too ("has served as mayor of
    Denver and governor of Colorado"); none when the clause denies it ("is not the mayor") or
    stands in a quotation. A relative clause "who is the X" is ``_role_in_relative_clause``'s."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return []
    verb = subject.head
    if any(c.dep_ == "neg" for c in verb.children) or _in_quotation(verb.doc[verb.i : verb.i + 1]):
        return []
    lemma = verb.lemma_.lower()
    if lemma in BECOMING and subject.dep_ == "nsubj" and subject.lower_ != "who":
        nouns = [c for c in verb.children if c.dep_ == "attr"]
    elif lemma in MADE and subject.dep_ == "nsubjpass":
        nouns = [c for c in verb.children if c.dep_ in ("oprd", "attr")]
    elif lemma in SERVING and subject.dep_ == "nsubj":
        nouns = [
            o
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for o in c.children
            if o.dep_ == "pobj"
        ]
    else:
        return []
    nouns += [joined for noun in nouns for joined in noun.conjuncts if joined.i > noun.i]
    return [noun for noun in nouns if _role_noun(noun)]


AGENT_NOUNS = {
    "win": "winner",
    "found": "founder",
    "co-found": "co-founder",
    "lead": "leader",
    "head": "head",
    "chair": "chair",
    "own": "owner",
    "invent": "inventor",
    "discover": "discoverer",
    "organise": "organiser",
    "organize": "organizer",
    "create": "creator",
    "design": "designer",
    "direct": "director",
    "coach": "coach",
    "manage": "manager",
    "write": "author",
    "witness": "witness",
}
"""Verbs whose subject the English noun for the doer names: who "won the race" is "the winner
of the race" to a reader asking about them."""


def _quote_between(first: Token, last: Token) -> bool:
    """A quotation mark stands between the two tokens."""
    return any(t.text in QUOTE_MARKS for t in first.doc[first.i : last.i])


ROLE_OBJECTS = frozenset({"of", "to", "for", "at"})
"""Prepositions whose object completes a role: "director of Amnesty International", "delegate
to the House", "spokesperson for the Home Office", "professor at Leeds University"."""


def _role_host(host: Token) -> Token | None:
    """The role noun a name is apposed to: the host itself ("the mayor, Jane Roe"), or the role
    whose phrase (``ROLE_OBJECTS``) ends with the proper noun the parser hung the name on ("the
    director of Amnesty International, Jane Roe": a person is apposed to the director, not to
    Amnesty; "the delegate to the House, Ama Tuli")."""
    if _role_noun(host):
        return host
    role = _phrase_holder(host) if host.pos_ == "PROPN" else None
    return role if role is not None and _role_noun(role) else None


def _appositions(head: Token) -> list[Token]:
    """The words apposed to ``head``, but a role that belongs to a name apposed after it
    (``_role_apposed_before``)."""
    apposed = [c for c in head.children if c.dep_ == "appos"]
    others = {r.i for r in map(_role_apposed_before, apposed) if r is not None}
    return [c for c in apposed if c.i not in others]


def _role_apposed_before(name: Token) -> Token | None:
    """The role set off right before ``name`` (a proper noun) when the parser apposed both to
    the word before them: "the president of the league" in "Speaking to AFP, the president of
    the league, Jamel Msallem, said" (both apposed to "AFP")."""
    if name.dep_ != "appos" or name.pos_ != "PROPN":
        return None
    before = [c for c in name.head.children if c.dep_ == "appos" and c.i < name.i]
    role = before[-1] if before else None
    if role is None or not _role_noun(role) or role.ent_type_ == "PERSON":
        return None
    between = name.doc[role.right_edge.i + 1 : name.left_edge.i]
    return role if all(t.is_punct for t in between) else None


def _title_over(entity: Span) -> Token | None:
    """The title a name is the object of by a misparse: "US Ambassador to Germany Richard
    Grenell", read as the ambassador to "Germany Richard Grenell". Only when the name has
    words of its own before it in that phrase ("Germany"): "the letter to Ambassador Roe"
    and "said to Roe" give no role."""
    title = _phrase_holder(entity.root)
    preposition = entity.root.head
    if title is None or title.lower_ not in TITLE_WORDS or title.i != preposition.i - 1:
        return None
    return title if entity.start > preposition.i + 1 else None


def _phrase_holder(token: Token) -> Token | None:
    """The word whose phrase (``ROLE_OBJECTS``) ``token`` is the object of: "director" for
    "Amnesty" in "director of Amnesty", "Ambassador" for "Grenell" in "Ambassador to Germany
    Richard Grenell" as the parser reads it."""
    if token.dep_ != "pobj" or token.head.lower_ not in ROLE_OBJECTS:
        return None
    return token.head.head


def _determiner(token: Token) -> bool:
    """ "the", "a", "his": left out of a description; "Mexico's" is kept ("Mexico's Foreign
    Secretary")."""
    return token.dep_ == "det" or (token.dep_ == "poss" and token.pos_ == "PRON")


def _another_role(noun: Token) -> bool:
    """A noun joined to a role is another role, unless it is someone else ("her son") or the
    parser split it at a hyphen ("co" of "co-founder")."""
    split = noun.i + 1 < len(noun.doc) and noun.nbor().text == "-" and not noun.whitespace_
    return not split and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)


def _hyphenated_head(noun: Token) -> str | None:
    """The hyphenated word that ends ``noun``'s phrase and is its real head, where the parser
    took the word before it for the head: "the dairy co-operative" read as "dairy" with "co",
    "-" and "operative" hung on it. None when the phrase ends in no such word."""
    last = noun.right_edge
    while last.i > noun.i and last.is_punct:
        last = last.doc[last.i - 1]
    start = last.i
    while start > 0 and not last.doc[start - 1].whitespace_:
        start -= 1
    word = last.doc[start : last.i + 1].text
    if start <= noun.i or "-" not in word:  # the noun's own word ("editor-in-chief")
        return None
    return word.lower()


A_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
"""A number that is a year: it dates a role ("the 2016 nominee"), it counts nothing."""


def _role_noun(token: Token) -> bool:
    """A common noun, or a capitalised title ("the Vice President", "the Speaker"), that is
    not denied ("no relation to the union leader") and names one, not many or a count: in
    "According to spokeswoman Dana Roe, 1,400 firefighters, 14 helicopters ..." the parser
    sets the counted things beside her name."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return False
    plural = token.tag_ in ("NNS", "NNPS") and token.lower_.endswith("s")
    counted = any(c.dep_ == "nummod" and not A_YEAR.fullmatch(c.text) for c in token.children)
    if plural or counted:  # (but "the party's 2016 vice presidential nominee")
        return False
    return token.pos_ == "NOUN" or (token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS)


def _description(noun: Token, stop: Token | None = None) -> str:
    """A role noun with the words that qualify it ("the victim's father", "foreign minister")."""
    words = [t for t in noun.subtree if stop is None or t.i < stop.left_edge.i]
    words = [t for t in words if t.i <= noun.i or _qualifies(t, noun)]
    while words and (_determiner(words[0]) or words[0].is_punct):  # "the", "his"; not "victim's"
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


def main_subject(token: Token) -> bool:
    """True when ``token`` (or the noun it is apposed to: "his daughter, Ella Grady,") is the
    subject of its sentence's main verb, or of a verb joined to that one."""
    if token.dep_ in ("appos", "compound"):
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return False
    verb = token.head
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"
