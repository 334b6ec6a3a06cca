"""Who said what, read from a dependency parse and named entities (spaCy, ``en_core_web_sm``).

A sentence is a **statement** when one of its reporting verbs ("say", "tell", "add", "according
to" ...), or any verb whose object is a finite clause ("reasserted that the project was open"),
outside quotation marks has a *person* as its subject, or, for a passive verb ("was told by"),
as its agent:

* a person's name, before or after the verb ("Stoltenberg said", "said Jens Stoltenberg",
  "according to Jens Stoltenberg", "said study lead author Jane Roe");
* a pronoun ("he", "she"): the person it refers back to (``index.people.People.pronoun``);
* a role noun ("the mayor said", "the victim's father told police"): the person the article
  gave that role, by apposition or as a title before the name;
* their statement, letter or tweet ("X's statement said", "a letter from X read"), or X as
  the one quoted ("X was quoted as saying").

Organisations, places and nationalities ("Police said", "the council said") are never speakers:
a role noun that no person was introduced with is left unattributed. A sentence that is only a
quotation continues the statement just before it, or belongs to the bare attribution right
after it ("“...” Smith told Wikinews."), or, when it opens a paragraph, to whoever the
paragraph then quotes; a paragraph of first-person words after narration that names one person
(and quotes no one) is that person's; a quotation that a colon introduces is the words of
the subject of the clause before the colon, whatever its verb. In an interview transcript,
every sentence of a turn its speaker's label opens ("((Jane Roe)) ...", "JR: ...") is the
speaker's (``index.transcripts``). Which verbs and nouns report speech is ``index.speech``'s
job; where the article names people, ``index.names``'; who they are, and how names, roles
and pronouns resolve, ``index.people``'s.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from article_qa.nlp import pipeline as _nlp
from article_qa.records import Gender, Name, Speaker
from article_qa.reporting_verbs import NEEDS_SPEECH, REPORTING, SPEECH_NOUNS
from article_qa.textnorm import QUOTED, WORD, fold, without_possessive
from article_qa.titles import ORGANISATION_WORDS, PLACE_WORDS, TITLE_WORDS
from index.chunking import Span, inside_open_quote
from index.names import (
    NAMING,
    NOT_PEOPLE,
    POST_NOMINALS,
    QUOTE_MARKS,
    SUBJECT_DEPS,
    according_to_objects,
    dateline,
    names_an_organisation,
)
from index.people import (
    People,
    Person,
    age_described,
    introduced_anew,
    office_words,
    read_people,
)
from index.sources import named_body, source_phrase, utterance_author
from index.speech import (
    MAKING_VERBS,
    PAST_REPORTING,
    UTTERANCE_NOUNS,
    VIEW_NOUNS,
    calls_in_quotes,
    cited_as_saying,
    conjectured,
    introduces_speech,
    makes_a_work,
    negated,
    only_attribution,
    reports_clause,
)
from index.transcripts import LABEL, read_transcript

if TYPE_CHECKING:  # spaCy is imported when the parser is first needed (about 2 s)
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as TokenSpan

PEOPLES_BODIES = ORGANISATION_WORDS | frozenset(
    "campaign administration government office team staff camp family".split()
)
"""Nouns for a body that a person's name may qualify ("the Biden campaign", "the Trump
administration", "the Smith family"): the body speaks, not the person."""
MADE_NOUNS = SPEECH_NOUNS | UTTERANCE_NOUNS
"""What someone says that they make, issue or give with what it says ("made an announcement
that ...": ``_maker_of``)."""
ISSUING_VERBS = frozenset("issue release publish post read give make send share deliver".split())
"""Verbs that put out a statement whose words may follow a colon: "The palace issued the
following statement from the king: ..." (not "opposed Macron's statement: ...")."""
PRONOUNS = frozenset({"he", "she"})
POSSESSIVES = {"his": "he", "her": "she"}
RELATIVE_PRONOUNS = frozenset({"who", "that", "whom", "which"})
OPEN_QUOTES = '“«"'
FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|we|us|our|ours)\b")
"""First-person words: a quotation holding one is someone's own words."""
CONTRAST = frozenset({"while", "whereas"})
"""The words that open a clause set against another (``_contrasted``)."""
PHRASE_NAMES = 4
"""Names looked at up the phrase before a reporting verb the parse left without a subject."""
PARSE_BATCH = 256
"""Paragraphs parsed together."""


@dataclass(frozen=True)
class Attribution:
    speaker: str
    """The person's full name as the article gives it."""
    aliases: tuple[str, ...]
    """Other ways the article refers to them: surname, titles and roles."""
    direct: bool
    """True when the sentence holds a quotation of their words, False for reported speech."""
    joint: tuple[Speaker, ...] = ()
    """Others the sentence reports as saying it with them, or saying something beside them
    (``_speakers_of``)."""


@dataclass(frozen=True)
class Reading:
    """What the parse of one article tells, by sentence number."""

    statements: dict[int, Attribution]
    """Who said each statement."""
    names: dict[int, tuple[Name, ...]]
    """The named entities each sentence holds (sentences with none are left out)."""
    genders: tuple[Gender, ...] = ()
    """The people whose gender the article's pronouns tell."""
    sources: Mapping[int, str] = field(default_factory=dict)
    """The source each statement no person makes gives (``index.sources``): "the Emergencies
    Ministry", "local officials", "the study"."""
    referents: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    """The people each sentence speaks of by a subject pronoun only, by the names the article
    introduced them by (``People.meant_by_pronouns``): "He was fined US$86,000" -> "Joel
    Smithers". Sentences that name them, or have no such pronoun, are left out."""


def attribute_statements(text: str, sentences: Sequence[Span]) -> dict[int, Attribution]:
    """Attribute each statement among ``sentences`` (spans of ``text``) to its speaker."""
    return read_documents([(text, sentences)])[0].statements


def read_documents(articles: Sequence[tuple[str, Sequence[Span]]]) -> list[Reading]:
    """Parse many articles, their paragraphs in one batch (the parser runs about twice as
    fast on large batches as article by article), and read who said what and which names
    each sentence holds."""
    bounds = [_paragraph_bounds(sentences) for _, sentences in articles]
    headlines = [_headline(text, sentences) for text, sentences in articles]
    texts = [
        part
        for (text, _), paragraphs, headline in zip(articles, bounds, headlines, strict=True)
        for part in [
            *([headline] if headline else []),
            *(text[start:end] for start, end in (paragraphs[p] for p in sorted(paragraphs))),
        ]
    ]
    docs = iter(_nlp().pipe(texts, batch_size=PARSE_BATCH))
    results = []
    for (_, sentences), paragraphs, headline in zip(articles, bounds, headlines, strict=True):
        head = next(docs) if headline else None
        parsed = {p: (paragraphs[p][0], next(docs)) for p in sorted(paragraphs)}
        read = ([(0, head)] if head is not None else []) + list(parsed.values())
        people = read_people(read, REPORTING)
        statements, sources = _attribute(sentences, parsed, people)
        by_pronouns = people.genders_by_pronouns()
        genders = tuple(
            (person.name, gender)
            for person in people.persons
            if (gender := person.told_gender or by_pronouns.get(id(person))) is not None
        )
        names = _names(sentences, parsed)
        sources = _named_sources(sources, names)
        results.append(Reading(statements, names, genders, sources, _referents(sentences, people)))
    return results


def _referents(sentences: Sequence[Span], people: People) -> dict[int, tuple[str, ...]]:
    """``Reading.referents``: for each sentence, whom its subject pronouns stand for, but
    those it names by their surname, and not inside a quotation left open in its paragraph
    (one that goes on into the next: '"It was not easy. He was paid well ...' is the
    speaker's "he", not the narration's)."""
    found: dict[int, tuple[str, ...]] = {}
    paragraph_start = 0
    for number, sentence in enumerate(sentences):
        if number == 0 or sentence.paragraph != sentences[number - 1].paragraph:
            paragraph_start = number
        before = "".join(s.text for s in sentences[paragraph_start:number])

        def quoted(position: int, sentence: Span = sentence, before: str = before) -> bool:
            return inside_open_quote(before + sentence.text[: position - sentence.start])

        words = set(WORD.findall(fold(sentence.text)))
        meant = tuple(
            person.name
            for person in people.meant_by_pronouns(sentence.start, sentence.end, quoted)
            if fold(person.surname) not in words
        )
        if meant:
            found[number] = meant
    return found


def _parsed(sentence: Span, parsed: dict[int, tuple[int, Doc]]) -> tuple[int, TokenSpan | None]:
    """The offset of ``sentence``'s paragraph and the sentence's tokens in that paragraph's
    parse (None where the parse's tokens do not cover it)."""
    offset, doc = parsed[sentence.paragraph]
    return offset, doc.char_span(
        sentence.start - offset, sentence.end - offset, alignment_mode="expand"
    )


def _named_sources(
    sources: Mapping[int, str], names: Mapping[int, tuple[Name, ...]]
) -> dict[int, str]:
    """``sources`` with each one that only describes a body an earlier sentence named given
    that body's name (``index.sources.named_body``): "the court" is "the Supreme Court"."""
    named: dict[int, str] = {}
    earlier: list[Name] = []
    numbered = sorted(names)
    for number in sorted(sources):
        while numbered and numbered[0] < number:
            earlier.extend(names[numbered.pop(0)])
        named[number] = named_body(sources[number], earlier) or sources[number]
    return named


def _headline(text: str, sentences: Sequence[Span]) -> str:
    """The title line an article's text starts with, before its first sentence (no statement
    is read from it, but it names the people the article is about: "Bernie Sanders ends ...",
    where the body only says "Senator from Vermont Bernie Sanders")."""
    first = sentences[0].start if sentences else 0
    head = text[:first].strip()
    return head if head and "\n" not in head else ""  # not front matter, not several lines


def _names(
    sentences: Sequence[Span], parsed: dict[int, tuple[int, Doc]]
) -> dict[int, tuple[Name, ...]]:
    """The named entities of each sentence, as (label, text) pairs."""
    found: dict[int, tuple[Name, ...]] = {}
    for number, sentence in enumerate(sentences):
        _, tokens = _parsed(sentence, parsed)
        if tokens is not None and tokens.ents:
            # without the "'s" the recogniser sometimes takes in ("Elon Musk's")
            found[number] = tuple(
                (_label(e), without_possessive(e.text) or e.text) for e in tokens.ents
            )
    return found


APPOSITION_ENDS = frozenset(",.;:)")
"""What may follow the country or region apposed to a place ("Ciudad Juárez, Mexico, ...")."""


def _label(entity: TokenSpan) -> str:
    """The entity's label, but an organisation for a "person" whose name is an organisation's
    (``index.names.names_an_organisation``: "Voskhod 2", "Ben Franklin Technology Partners"),
    and a place for a "person" with a country or region apposed to it and nothing more
    ("between El Paso and Ciudad Juárez, Mexico, separated by ...", "in Manay, Davao
    Oriental."): a person is not written so. Not in a list ("Hawkins,
    Blankenship, and Carroll", whichever of them the recogniser took for a place)."""
    doc = entity.doc
    words = [token for token in entity if not token.is_punct]
    if entity.label_ == "PERSON" and words and names_an_organisation(words):
        return "ORG"  # "Voskhod 2", "Ben Franklin Technology Partners'": no person's name
    if entity.label_ == "PERSON" and (
        dateline(entity)  # "KESSLER FALLS, April 28 (Sports Wire) -"
        or any(c.dep_ == "appos" and c.lemma_.lower() in PLACE_WORDS for c in entity.root.children)
    ):
        return "GPE"  # "Kessler Falls, a city of about 210,000 people"
    if entity.label_ != "PERSON" or entity.end + 1 >= len(doc) or doc[entity.end].text != ",":
        return entity.label_
    apposed = next((e for e in doc.ents if e.start == entity.end + 1), None)
    if apposed is None or apposed.label_ != "GPE":
        return entity.label_
    after = doc[apposed.end : apposed.end + 2]
    if not after:
        return "GPE"
    if after[0].text not in APPOSITION_ENDS:
        return entity.label_
    listed = after[0].text == "," and len(after) > 1 and after[1].lower_ in ("and", "or")
    return entity.label_ if listed else "GPE"


def _attribute(
    sentences: Sequence[Span], parsed: dict[int, tuple[int, Doc]], people: People
) -> tuple[dict[int, Attribution], dict[int, str]]:
    """Statements of one article, given each paragraph's offset and parse and the people
    the article (its headline included) names; and the sources of those no person makes
    (``_sources``)."""
    found: dict[int, tuple[Person, bool]] = {}
    joint: dict[int, list[Person]] = {}
    continued: set[int] = set()
    """Quotations given to the speaker before them only because nobody else was named."""
    previous: tuple[int, Person] | None = None
    for number, sentence in enumerate(sentences):
        offset, tokens = _parsed(sentence, parsed)
        has_quote = any(q in sentence.text for q in QUOTE_MARKS)
        said_by = _speakers_of(tokens, sentence.text, people, offset) if tokens else []
        person = said_by[0] if said_by else None
        if len(said_by) > 1:
            joint[number] = said_by[1:]
        opens_paragraph = _opens(sentences, number)
        phrased = has_quote and _opened_by_a_phrase(tokens, sentence.text)
        bare = has_quote and (_is_bare_quotation(sentence.text) or phrased)
        if person is None and bare:
            # 'The side got two yellow cards, leaving Ingram unimpressed. "One was ..."': the
            # one person the narration right before it names, in its own paragraph; or, for
            # words in the first person opening a paragraph, in the narration paragraph
            # before ('Farmer Gwen Price has lived here all her life. // "I have never ..."')
            told_by = (
                []
                if opens_paragraph and not _quotes_first_person(sentence.text)
                else _narration_before(sentences, number, found)
            )
            named = [p for told in told_by for p in _people_in(told, people)]
            if named and all(p is named[0] for p in named):
                person = named[0]
                continued.add(number)
        if person is None and has_quote and previous is not None:
            last = sentences[previous[0]]
            close = last.paragraph == sentence.paragraph or (
                sentence.paragraph == last.paragraph + 1
                and opens_paragraph
                and (sentence.text[:1] in OPEN_QUOTES or phrased)
            )
            if close and bare:
                person = previous[1]
                continued.add(number)
        if person is None and tokens is not None and _quotes_first_person(sentence.text):
            # a person's own words woven into the narration about them: 'Roe has painted for
            # years, her "passion" for it "stemmed from my love for Halloween."'
            person = _clause_subject(tokens, people, offset)
        if person is None:
            continue
        found[number] = (person, has_quote)
        previous = (number, person)
        before = number - 1
        if (
            before >= 0
            and (before not in found or before in continued)
            and sentences[before].paragraph == sentence.paragraph
            and _is_bare_quotation(sentences[before].text)
            and tokens is not None
            and (only_attribution(tokens) or (before in continued and _opens(sentences, before)))
        ):  # "“It will last.” Okafor said.": a quotation cut off from its attribution, which
            # names its speaker even after someone else's; so does any statement after a
            # quotation that opens the paragraph ('"It was terrifying." Resident Carol Finch
            # described watching the water rise.'): a paragraph is one speaker's
            found[before] = (person, True)
    for number, person in _signed_quotations(sentences, people, found):
        found[number] = (person, True)
    # In an interview, a turn is its speaker's whatever it names ("As Valeria said, ..."),
    # and the interviewer's questions are nobody's statements.
    transcript = read_transcript(sentences, people)
    for number, turn_of in transcript.turns.items():
        joint.pop(number, None)
        if turn_of is None:
            found.pop(number, None)
        else:
            found[number] = (turn_of, True)
    # "((WN)) On your website, you wrote "...".": the words of the one the interviewer asks
    for number, addressee in transcript.addressed.items():
        sentence = sentences[number]
        _, tokens = _parsed(sentence, parsed)
        if number not in found and tokens is not None and _reports_your_words(tokens):
            found[number] = (addressee, any(q in sentence.text for q in QUOTE_MARKS))
    # Names and roles are final only once the whole article is read: build the values last.
    statements = {
        n: Attribution(
            p.name,
            p.aliases(),
            direct,
            tuple((o.name, o.aliases()) for o in joint.get(n, ()) if o.name != p.name),
        )
        for n, (p, direct) in found.items()
    }
    unspoken = set(found) | set(transcript.turns)
    return statements, _sources(sentences, parsed, unspoken)


def _sources(
    sentences: Sequence[Span], parsed: dict[int, tuple[int, Doc]], spoken: set[int]
) -> dict[int, str]:
    """The source (``index.sources``) of each sentence outside ``spoken`` (those a person
    says, and interview turns) that reports words no person says: "Local officials said ...",
    "..., according to the mayor of Yartsevo". "It" doing the saying is the source of the
    sentence right before, when that is one thing ("The ministry called on drivers ... It
    also urged people to ..."); "they" is no one's here: it means people far more often than
    a body named before ("They told the court ..." of the accused, after what police said).
    What "its" owns is that one thing's: "According to its polling" is the Review-Journal's
    polling after "The Review-Journal reported ..."."""
    found: dict[int, str] = {}
    plural: dict[int, bool] = {}
    for number, sentence in enumerate(sentences):
        label = LABEL.match(sentence.text)  # an interviewer's turn: "((WN)) Tell us ..."
        if number in spoken or (label and not label["initials"]):  # (not "NBC News said")
            continue
        _, tokens = _parsed(sentence, parsed)
        sayer = _unnamed_sayer(tokens, sentence.text) if tokens is not None else None
        if sayer is None:
            continue
        if sayer.lower_ == "it":
            if number - 1 in found and not plural[number - 1]:
                found[number], plural[number] = found[number - 1], False
            elif (
                number > 0
                and sentences[number - 1].paragraph == sentence.paragraph
                and _presents_words(sayer.head)
            ):
                issuer = _issuer_in(sentences[number - 1], parsed)
                if issuer is not None:
                    found[number], plural[number] = issuer, False
            continue
        phrase = source_phrase(sayer)
        if phrase is not None and phrase.startswith("its ") and number - 1 in found:
            owner = found[number - 1]
            if not plural[number - 1] and _only_body_named(sentences[number - 1], parsed, owner):
                # "According to its polling" after "The Review-Journal reported ...": its
                # owner's ("Reuters reported that Veltra ...": maybe Veltra's, left as it is)
                owned = f"{owner}'" if owner.endswith("s") else f"{owner}'s"
                phrase = f"{owned} {phrase.removeprefix('its ')}"
        if phrase is not None:
            found[number] = phrase
            plural[number] = sayer.tag_ in ("NNS", "NNPS") or sayer.lower_ == "police"
    return found


def _issued(sentence: TokenSpan) -> Iterator[tuple[Token, Token]]:
    """The subject and the object of each verb of ``sentence`` that puts out a statement,
    letter or post ("The federation released a statement": ``ISSUING_VERBS``,
    ``UTTERANCE_NOUNS``), what an "it" in the next sentence may stand for."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING_VERBS:
            continue
        said = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in UTTERANCE_NOUNS),
            None,
        )
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if said is not None and subject is not None:
            yield subject, said


def _issuing_person(sentence: TokenSpan, people: People, offset: int) -> Person | None:
    """The author of a statement or the like that ``sentence`` says was put out: the one its
    phrase names ("released a letter from her doctor"), else the one who put it out ("Roe
    released a statement. It read, "..."": Roe's words)."""
    for subject, said in _issued(sentence):
        if utterance_author(said) is not None:
            return _author_of(said, people, offset)  # (someone unnamed: "her doctor")
        author = _person_for(subject, people, offset)
        if author is not None:
            return author
    return None


PRESENTING_VERBS = frozenset({"read", "say", "state"})
"""What a statement, letter or post does with the words it holds ("It read, "...""), unlike
what a body named before does ("It denied the claims")."""


def _presents_words(verb: Token) -> bool:
    """Whether ``verb`` presents a quotation that follows it, as a statement does: "read",
    "said" or "stated" with quotation marks after it in the sentence."""
    after = verb.sent.text[verb.idx - verb.sent.start_char :]
    return verb.lemma_.lower() in PRESENTING_VERBS and any(q in after for q in QUOTE_MARKS)


def _issuer_in(sentence: Span, parsed: dict[int, tuple[int, Doc]]) -> str | None:
    """The source that ``sentence`` says put out a statement, letter or post, which an "it"
    in the next sentence stands for: "The Georgian Tennis Federation released a statement
    ... It read, "..."" (``ISSUING_VERBS``, ``UTTERANCE_NOUNS``); its author when its phrase
    names one ("released a letter from his doctor": his doctor)."""
    _, tokens = _parsed(sentence, parsed)
    if tokens is None:
        return None
    for subject, said in _issued(tokens):
        phrase = source_phrase(said if utterance_author(said) is not None else subject)
        if phrase is not None:
            return phrase
    return None


def _only_body_named(sentence: Span, parsed: dict[int, tuple[int, Doc]], source: str) -> bool:
    """Whether ``sentence`` names no body, product or person but its ``source``: what "its"
    in the next sentence can only be that source's."""
    _, tokens = _parsed(sentence, parsed)
    if tokens is None:
        return False
    others = [
        e
        for e in tokens.ents
        if e.label_ in ("ORG", "PRODUCT", "PERSON", "GPE", "NORP")
        and e.text.lower() not in source.lower()
    ]
    return not others


SIGNATURE = re.compile(r"^\s*[–—-]\s*\S")
"""A line that signs the quotation above it: "– Judge Victor Marrero, "Decision and Order"."""


def _signed_quotations(
    sentences: Sequence[Span], people: People, found: Mapping[int, tuple[Person, bool]]
) -> list[tuple[int, Person]]:
    """The sentences of block quotations, printed without quotation marks, that a paragraph
    ending with a colon introduces ("Marrero rejected this argument:") and a line signs with
    one person's name ("– United States District Judge Victor Marrero, ..."): that person's
    words. Paragraphs that someone's statements are already in stop the block."""
    signed: list[tuple[int, Person]] = []
    for number, line in enumerate(sentences):
        if not SIGNATURE.match(line.text):
            continue
        named = _people_in(line, people)
        if len(named) != 1:
            continue
        block: list[int] = []
        before = number - 1
        while before >= 0:
            sentence = sentences[before]
            ends_paragraph = sentences[before + 1].paragraph != sentence.paragraph
            if block and ends_paragraph and sentence.text.rstrip().endswith(":"):
                signed.extend((n, named[0]) for n in block)
                break
            if before in found:
                break
            block.append(before)
            before -= 1
    return signed


def _opens(sentences: Sequence[Span], number: int) -> bool:
    """Whether sentence ``number`` opens its paragraph."""
    return number == 0 or sentences[number - 1].paragraph != sentences[number].paragraph


def _narration_before(
    sentences: Sequence[Span], number: int, found: Mapping[int, object]
) -> list[Span]:
    """The narration a quotation may continue: the sentence before it in its paragraph, or,
    when it opens one, the whole paragraph before; nothing when any of that is a statement
    (whose speaker it continues instead) or there is none."""
    if number == 0:
        return []
    if not _opens(sentences, number):
        return [] if number - 1 in found else [sentences[number - 1]]
    paragraph = sentences[number - 1].paragraph
    same = itertools.takewhile(
        lambda n: sentences[n].paragraph == paragraph, range(number - 1, -1, -1)
    )
    before = list(same)
    return [] if any(n in found for n in before) else [sentences[n] for n in reversed(before)]


def _people_in(sentence: Span, people: People) -> list[Person]:
    """The people ``sentence`` mentions outside quotations, each once, in order."""
    found: list[Person] = []
    for mention in people.mentions:
        inside = sentence.start <= mention.start < sentence.end
        if inside and not people.quoted(mention.start) and mention.person not in found:
            found.append(mention.person)
    return found


def _reports_your_words(tokens: TokenSpan) -> bool:
    """A reporting verb has "you" for its subject ("you wrote", "you've said that ..."), in
    a sentence that asks nothing (not "What books would you suggest others read."; its
    question mark may be lost)."""
    text = tokens.text
    label = LABEL.match(text)
    after = tokens.start_char + (label.end() if label else 0)  # past "((WN))"
    opening = next((t for t in tokens if not t.is_punct and t.idx >= after), None)
    if opening is None or opening.tag_ in ("WDT", "WP", "WP$", "WRB") or opening.pos_ == "AUX":
        return False
    return any(
        token.pos_ == "VERB"
        and token.lemma_.lower() in REPORTING
        and not negated(token)
        and (
            token.lemma_.lower() not in NEEDS_SPEECH
            or introduces_speech(token, text, tokens.start_char)
        )
        and any(c.dep_ in SUBJECT_DEPS and c.lower_ == "you" for c in token.children)
        for token in tokens
    )


def _quotes_first_person(text: str) -> bool:
    """A quotation in ``text`` speaks in the first person ("I", "my", "we" ...)."""
    return any(FIRST_PERSON.search(m.group(0)) for m in QUOTED.finditer(text))


def _clause_subject(tokens: TokenSpan, people: People, offset: int) -> Person | None:
    """The person the sentence's main clause is about: its root's subject."""
    root = tokens.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    return _person_for(subject, people, offset) if subject is not None else None


def _paragraph_bounds(sentences: Sequence[Span]) -> dict[int, tuple[int, int]]:
    """Paragraph number -> (start, end) from its first to its last sentence."""
    bounds: dict[int, tuple[int, int]] = {}
    for s in sentences:
        start, end = bounds.get(s.paragraph, (s.start, s.end))
        bounds[s.paragraph] = (min(start, s.start), max(end, s.end))
    return bounds


def _opened_by_a_phrase(tokens: TokenSpan | None, text: str) -> bool:
    """A quotation after only a phrase that says when or where it was said, set off by a
    comma ('During the premiere, "I felt like Cinderella."'): no verb and no name outside
    the quotation, which is as bare as one with no words outside it."""
    opening = QUOTED.search(text)
    if tokens is None or opening is None or not text[: opening.start()].rstrip().endswith(","):
        return False
    if re.search(r"\w", text[opening.end() :]):
        return False  # words after the quotation: its attribution, if any, is there
    before = [t for t in tokens if t.idx - tokens.start_char < opening.start()]
    return not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in NOT_A_PHRASE for t in before)


NOT_A_PHRASE = frozenset({"PERSON", "ORG", "NORP"})
"""Names that make an opening phrase more than when or where: someone it may be about."""


def _is_bare_quotation(sentence: str) -> bool:
    """A sentence that is all quotation, with no words outside the quotes but punctuation."""
    outside = re.sub(r"[“\"«][^”\"»]*[”\"»]?", "", sentence)
    return not re.search(r"\w", outside)


def _speakers_of(tokens: TokenSpan, text: str, people: People, offset: int) -> list[Person]:
    """Who the sentence reports as saying something, the speaker first: the subject of its
    first reporting verb (or phrase) outside its quotations. Then the people joined to them
    in the saying: a coordinated subject ("Durbin and Schiff both said", "was seconded by
    Merkel and Johnson") and the subject of another reporting verb of the sentence that is
    not part of what the first reports (``_reported_by``: "Roe said ..., and Berg told
    reporters ...")."""
    found: list[Person] = []
    for person, by_verb in _said_by(tokens, text, people, offset):
        if all(p is not person for p in found) and (by_verb or not found):
            found.append(person)
    if found:
        return found
    framed = (
        _colon_speaker(tokens, text, people, offset)
        or _verb_first_speaker(tokens, text, people, offset)
        or _misread_verb_speaker(tokens, text, people, offset)
    )
    return [framed] if framed else []


def _said_by(
    tokens: TokenSpan, text: str, people: People, offset: int
) -> Iterator[tuple[Person, bool]]:
    """Each person a reporting word of the sentence outside its quotations attributes words
    to, in order, and whether a reporting verb does (True) or a phrase ("according to X",
    "X's claim that ...", "X made an announcement that ...", "in X's view")."""
    outside = _outside_quotations(tokens, text)
    for token in tokens:
        if not outside(token):
            continue
        if token.lower_ == "according":
            person = _according_to(token, people, offset)
            if person:
                yield person, False
            continue
        if token.lemma_.lower() in SPEECH_NOUNS and token.pos_ == "NOUN":
            # not in what someone else is said to say ("Officials stated there is no evidence
            # for the President's claims"): the claims are theirs to report
            person = (
                None if _reported_by(token, outside) else _speech_noun_owner(token, people, offset)
            )
            if person:
                yield person, False
        if token.lemma_.lower() in MADE_NOUNS and token.pos_ == "NOUN":
            person = _maker_of(token, people, offset)
            if person:
                yield person, False
        if token.lemma_.lower() in VIEW_NOUNS and token.head.lower_ in ("in", "from"):
            holder = next((c for c in token.children if c.dep_ == "poss"), None)
            person = _person_for(holder, people, offset) if holder is not None else None
            if person:
                yield person, False
            continue
        if not _reports_words(token, tokens, text, outside) or _put_to_the_subject(token):
            continue
        for speaker in _speakers(token):
            # a subject inside quotation marks may have the speaker in apposition outside:
            # '"Our team" study co-author Tak-Sing Wong said ...'
            apposed = [c for c in speaker.children if c.dep_ == "appos"]
            named = [speaker] if outside(speaker) else [a for a in apposed if outside(a)]
            found = _first_person([*named, *_members(speaker)], people, offset)
            if found is None:
                continue
            word, person = found
            yield person, True
            # "Durbin and Schiff both said"; "commentators such as Hume and Wallace said";
            # "Both Trump and some Democrats, such as O'Rourke, have expressed ..."
            for joined in (word if word not in named else speaker).conjuncts:
                other = (
                    _first_person([joined, *_members(joined)], people, offset)
                    if outside(joined)
                    else None
                )
                if other is not None:
                    yield other[1], True
            break


def _outside_quotations(tokens: TokenSpan, text: str) -> Callable[[Token], bool]:
    """Whether a token of ``tokens`` (whose text is ``text``) stands outside its quotations."""
    quoted = [(m.start(), m.end()) for m in QUOTED.finditer(text)]
    base = tokens.start_char

    def outside(token: Token) -> bool:
        at = token.idx - base
        return not any(start <= at < end for start, end in quoted)

    return outside


def _unnamed_sayer(tokens: TokenSpan, text: str) -> Token | None:
    """The first word outside the sentence's quotations that does the saying, for a sentence
    that has no person for it: the object of "according to", or the subject (or agent) of a
    reporting verb (``_reports_words``). ``index.sources`` tells whether it is a source."""
    outside = _outside_quotations(tokens, text)
    for token in tokens:
        if not outside(token):
            continue
        objects = according_to_objects(token)
        if objects is not None:
            return objects[0] if objects else None
        if _reports_words(token, tokens, text, outside):
            sayer = next((w for w in _speakers(token) if outside(w)), None)
            if sayer is not None:  # (not "He was found guilty": no one found him so)
                return sayer
    # "In a statement, the United States justified the strike as ...: "..."" (a quotation:
    # not "Other classes included:", a list)
    return _colon_subject(tokens, text) if any(q in text for q in QUOTE_MARKS) else None


def _reports_words(
    verb: Token, tokens: TokenSpan, text: str, outside: Callable[[Token], bool]
) -> bool:
    """Whether ``verb`` reports words its subject (or agent) said: a reporting verb, or one
    whose object is a clause, not negated nor conjectured ("may have said"), not an act an
    "according to" phrase gives the source of, nor the making of a work ("wrote a book"),
    nor part of what an earlier reporting verb reports."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or negated(verb) or conjectured(verb):
        return False
    if (
        lemma not in REPORTING
        and not reports_clause(verb)
        and not cited_as_saying(verb)
        and not calls_in_quotes(verb)
        and not _read_out(verb)
    ):
        return False
    if lemma in NEEDS_SPEECH and not introduces_speech(verb, text, tokens.start_char):
        return False
    if _act_a_source_reports(verb):
        return False
    if lemma in MAKING_VERBS and makes_a_work(verb, tokens, text):
        return False
    return not _reported_by(verb, outside)


def _read_out(verb: Token) -> bool:
    """Whether ``verb`` is "read" with a statement, letter or post (or "it") for its subject
    and a quotation after it: what it reads are its author's words ("Stardom's official
    statement read "..."", not "It read like a thriller"). Someone reading is not its author
    ("The statement read out by Baker said ...", "Baker read out the letter")."""
    return (
        verb.lemma_.lower() == "read"
        and _presents_words(verb)
        and not any(c.dep_ in ("prt", "agent") for c in verb.children)
        and any(
            c.dep_ == "nsubj" and (c.lemma_.lower() in UTTERANCE_NOUNS or c.lower_ == "it")
            for c in verb.children
        )
    )


def _first_person(
    words: Iterable[Token], people: People, offset: int
) -> tuple[Token, Person] | None:
    """The first of ``words`` that stands for a person, with that person."""
    for word in words:
        person = _person_for(word, people, offset)
        if person is not None:
            return word, person
    return None


def _misread_verb_speaker(
    tokens: TokenSpan, text: str, people: People, offset: int
) -> Person | None:
    """ "Trump lauded Cain as a "powerful voice of freedom."": a reporting verb in the past
    right after a person's name, which the parser did not read as a clause's verb (it may
    make a short sentence's name its root and the verb an adjective), quotes that person when
    a quotation follows it, or when the parser made the name the root of the whole sentence
    ("Trump encouraged schools to reopen.", read as the noun "trump"), a verb that is not
    often something else than speech (``NEEDS_SPEECH``)."""
    root = tokens.root
    after_root = [  # the word after a root the parser did not read as a verb
        t
        for t in tokens[root.i + 1 - tokens.start : root.i + 2 - tokens.start]
        if root.pos_ != "VERB" and t.lemma_.lower() not in NEEDS_SPEECH
    ]
    for token in _before_quotation(tokens, text) or after_root:
        misread = token.pos_ != "VERB" or token.dep_ in ("amod", "acl", "compound")
        if token.lower_ in PAST_REPORTING and misread:
            person = people.at(offset + token.nbor(-1).idx)
            if person is not None:
                return person
    return None


def _verb_first_speaker(tokens: TokenSpan, text: str, people: People, offset: int) -> Person | None:
    """ "Said coach Mia Hart, "We were unlucky."", "Remarked scientist Tierra Curry: ...": a
    sentence that opens with a reporting verb, which the parser reads as a word of the name,
    quotes the first person named before its quotation."""
    if tokens[0].lower_ not in PAST_REPORTING:
        return None
    for token in _before_quotation(tokens, text):
        person = people.at(offset + token.idx)
        if person is not None:
            return person
    return None


def _before_quotation(tokens: TokenSpan, text: str) -> list[Token]:
    """The sentence's tokens after its first, up to its first quotation (none without one)."""
    quotation = QUOTED.search(text)
    if quotation is None:
        return []
    return [t for t in tokens[1:] if t.idx - tokens.start_char < quotation.start()]


def _speech_noun_owner(noun: Token, people: People, offset: int) -> Person | None:
    """The person whose words a speech noun with its content reports: "despite Roe's
    allegations of fraud", "Roe repeated her claim that the vote was rigged". Not when the
    noun is the subject, what the narration says about the words ("Roe's claims of fraud have
    gained no momentum in the courts")."""
    if noun.dep_ in SUBJECT_DEPS:
        return None
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    content = any(
        (c.dep_ == "prep" and c.lower_ in ("of", "about", "against", "over"))
        or c.dep_ in ("acl", "ccomp")
        for c in noun.children
    )
    return _person_for(holder, people, offset) if holder is not None and content else None


def _maker_of(noun: Token, people: People, offset: int) -> Person | None:
    """The person who makes, issues or gives a statement, claim or announcement with what it
    says as a clause: "West made a surprise announcement that he was running", "The mayor
    issued a statement that the bridge would reopen": the subject of the verb it is the
    object of."""
    said = any(_content_clause(c) for c in noun.children)
    if noun.dep_ != "dobj" or not said:
        return None
    subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    return _person_for(subject, people, offset) if subject is not None else None


def _content_clause(clause: Token) -> bool:
    """Whether ``clause``, hung on a noun, says what the noun holds ("an announcement that
    the bridge would reopen"): a clause opened by "that" as a conjunction, not a relative
    clause whose "that" stands for the noun ("the announcement that shocked them")."""
    if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.pos_ not in ("VERB", "AUX"):
        return False
    return clause.dep_ != "relcl" or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    )


def _members(group: Token) -> list[Token]:
    """The people a subject names as its examples: "Several mayors, including Rosa Diaz,
    criticised ...", "Some Democrats, such as Pete Lane, said ..."."""
    return [
        member
        for c in group.children
        if c.dep_ == "prep"
        and (
            c.lower_ == "including"
            or (c.lower_ == "as" and any(a.lower_ == "such" for a in c.children))
        )
        for member in c.children
        if member.dep_ == "pobj"
    ]


def _reported_by(verb: Token, outside: Callable[[Token], bool]) -> bool:
    """True when ``verb`` is part of what an earlier reporting verb reports: in "The defendants
    claimed Spanton complained of theft", Spanton's complaint is the defendants' claim. Not
    when the earlier one is a news outlet's or a body's report of what was said ("NPR reported
    Abdul-Mahdi recommended ..."): the speaker is the one it reports."""
    child = verb
    for head in verb.ancestors:
        if _contrasted(child):
            return False  # "X said ..., while Y wrote ...": Y's own words, beside X's
        if (
            child.dep_ == "ccomp"
            and head.i < verb.i
            and head.pos_ == "VERB"
            and head.lemma_.lower() in REPORTING
            and outside(head)
            and not any(c.dep_ == "nsubj" and c.ent_type_ in NOT_PEOPLE for c in head.children)
        ):
            return True
        child = head
    return False


def _contrasted(clause: Token) -> bool:
    """Whether ``clause`` is set against the one it hangs on ("while ...", "whereas ...")
    with a subject of its own: the parser may hang it on the last clause before it, the
    words another person reports, but it says something beside them, not in them."""
    return (
        clause.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in clause.children)
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def _colon_speaker(tokens: TokenSpan, text: str, people: People, offset: int) -> Person | None:
    """A quotation that a colon introduces is in the words of the person who is the subject of
    the clause before the colon, whatever its verb: "Moor ... offered to diversify the
    economy: “Now the annual volume ...”"; so is one that a comma introduces and that ends
    the sentence: "Mick Jagger also reacted on Twitter, “Sad news ...”". When that clause
    gives the statement's author, it is theirs: "The palace issued the following statement
    from the king: “...”" is the king's."""
    colon = _introducing_colon(tokens, text)
    if colon is None:
        return None
    for verb in _verbs_before(colon):
        if verb.lemma_.lower() not in ISSUING_VERBS:
            continue  # "Bolsonaro opposed Macron's statement: ...": his own words
        for said in (c for c in verb.children if c.dep_ == "dobj" and c.i < colon.i):
            if said.lemma_.lower() in UTTERANCE_NOUNS:
                author = _author_of(said, people, offset)
                if author is not None:
                    return author
    subject = _subject_before(colon)
    return _person_for(subject, people, offset) if subject is not None else None


def _colon_subject(tokens: TokenSpan, text: str) -> Token | None:
    """The subject of the clause before a colon (or comma) that introduces a quotation
    (``_colon_speaker``), whoever or whatever it is."""
    colon = _introducing_colon(tokens, text)
    return _subject_before(colon) if colon is not None else None


def _subject_before(colon: Token) -> Token | None:
    """The subject of the clause before ``colon``, its nearest verb's first."""
    for verb in _verbs_before(colon):
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < colon.i]
        if subjects:
            return subjects[0]
    return None


def _introducing_colon(tokens: TokenSpan, text: str) -> Token | None:
    """The first colon (or comma) of ``tokens`` outside a quotation that introduces one:
    a comma only before a quotation that ends the sentence."""
    base = tokens.start_char
    for token in tokens:
        after = text[token.idx - base + 1 :].lstrip()
        if token.text not in (":", ",") or after[:1] not in OPEN_QUOTES:
            continue
        if _quoted_at(text, token.idx - base):
            continue
        if token.text == "," and not _quotation_ends_sentence(after):
            continue
        return token
    return None


def _quotation_ends_sentence(text: str) -> bool:
    """``text`` (starting with an opening quotation mark) is one quotation to its end, but for
    closing punctuation."""
    match = QUOTED.match(text)
    return match is not None and not re.search(r"\w", text[match.end() :])


def _verbs_before(colon: Token) -> Iterable[Token]:
    """The verbs of the clause before a colon, nearest first: the colon's head and the verbs
    above it, or, where the parser made the quotation the main clause and hung the colon on
    its verb, the verbs before the colon that depend on that verb."""
    for verb in (colon.head, *colon.head.ancestors):
        if verb.i < colon.i:
            yield verb
        else:
            yield from (c for c in verb.children if c.i < colon.i and c.pos_ in ("VERB", "AUX"))


def _quoted_at(text: str, at: int) -> bool:
    """True when character ``at`` of ``text`` is inside a quotation."""
    return any(m.start() <= at < m.end() for m in QUOTED.finditer(text))


def _act_a_source_reports(verb: Token) -> bool:
    """Whether ``verb`` tells of an act that an "according to" phrase gives the source of,
    its complement a deed ("According to a diplomat, Roe had threatened to walk out"), not
    words: not "According to investigators, Roe said he had ...", nor 'Roe called it a
    "breach", according to NBC'."""
    children = [c.dep_ for c in verb.children]
    return (
        any(c.lower_ == "according" for c in verb.children)
        and "xcomp" in children
        and "ccomp" not in children
    )


def _according_to(token: Token, people: People, offset: int) -> Person | None:
    """ "according to X", "according to a post by X", "according to a statement from X",
    "according to a memo posted online by X"."""
    for obj in according_to_objects(token) or ():
        person = _person_for(obj, people, offset)
        if person:
            return person
        # "a post by X", "a memo posted online by X"
        holders = [obj, *(c for c in obj.children if c.dep_ == "acl")]
        for by in (c for h in holders for c in h.children if c.lower_ in ("by", "from")):
            for agent in (c for c in by.children if c.dep_ == "pobj"):
                person = _person_for(agent, people, offset)
                if person:
                    return person
    return None


def _speakers(verb: Token) -> list[Token]:
    """Who does the saying: the subject, a passive verb's agent ("was told by X"), the person
    quoted ("X was quoted as saying"), or the subject of the verb this one is joined to
    ("smiled and said"), through joined verbs without a subject of their own ("wept upon
    hearing her son had been convicted and said", parsed as joined to "convicted")."""
    if verb.lemma_.lower() == "quote" or cited_as_saying(verb):
        # "X was quoted as saying", "Reuters quoted X as ...", "the BBC cited X as saying"
        return [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    found = (
        [c for c in verb.children if c.dep_ == "nsubj"]
        or _inverted_speaker(verb)
        or _age_before(verb)
    )
    if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in found):
        found = [verb.head]  # "Alex Greenwich, who said ...": the person the clause is about
    for agent in (c for c in verb.children if c.dep_ == "agent"):
        found.extend(c for c in agent.children if c.dep_ == "pobj")
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.dep_ == "dobj":
        # "issued a statement saying ...", "held a press conference claiming ...": the one
        # who issued or held it
        found = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    if not found and _misread_as_participle(verb):
        found = [verb.head]  # "The city's security chief, X, announced ... there were ..."
    joined = verb
    while not found and joined.dep_ in ("conj", "advcl", "xcomp") and joined.head != joined:
        joined = joined.head  # up through verbs with no subject of their own
        found = [c for c in joined.children if c.dep_ == "nsubj"]
        if any(c.dep_ == "nsubjpass" for c in joined.children):
            break  # "... had been convicted and said": not the one convicted
    if not found and verb.dep_ == "ROOT":  # no subject parsed: the name right before the verb
        before = verb.i - 1  # ("..., the president of the League, Jamel Msallem, said")
        while before >= 0 and verb.doc[before].text == ",":
            before -= 1
        # or the names its phrase hangs on ("Adrian Wojnarowski, columnist from ESPN, said"),
        # or that are set beside a word of it ('Calling it "an apology", Anna Roe of the
        # charity told Reuters', where the parser hangs the name on "apology")
        token = verb.doc[before] if before >= 0 else None
        while token is not None and token.i < verb.i and len(found) < PHRASE_NAMES:
            if token.pos_ == "PROPN":
                found.append(token)
            found.extend(c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN")
            token = token.head if token.head != token else None
    return found


def _put_to_the_subject(verb: Token) -> bool:
    """A past participle's clause before the main clause's subject, saying what was put to
    them: "Asked by Whitford whether ..., Reyes acknowledged a cut" is Reyes's statement, not
    Whitford's."""
    main = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBN"
        and verb.i < main.i
        and any(c.dep_ in SUBJECT_DEPS and c.i > verb.i for c in main.children)
    )


PASSIVE_PARTICIPLE_PREPOSITIONS = frozenset({"of", "as", "with", "about", "for", "by"})
"""What follows a reporting verb's passive participle: "accused of fraud", "described as a
hero", "charged with", "asked about the deal"."""


def _misread_as_participle(verb: Token) -> bool:
    """A reporting verb the parser read as a participle qualifying the sentence's subject,
    its complement made the main clause: "The city's security chief, X, announced on Facebook
    there were suspects" (the chief "announced on Facebook", and "there were" the sentence).
    Not a passive participle ("X, accused of fraud, was jailed", "warned by police") nor
    one before the sentence's own reporting verb ("The letter written by X said ...")."""
    subject = verb.head
    root = subject.head
    return (
        verb.dep_ == "acl"
        and verb.lemma_.lower() in REPORTING
        and verb.lemma_.lower() not in NEEDS_SPEECH
        and subject.dep_ == "nsubj"
        and subject.i < verb.i < root.i
        and root.dep_ == "ROOT"
        and root.lemma_.lower() not in REPORTING
        and not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in PASSIVE_PARTICIPLE_PREPOSITIONS)
            for c in verb.children
        )
    )


def _age_before(verb: Token) -> list[Token]:
    """ "the 44-year-old" right before a reporting verb (but for adverbs: "The 39-year-old
    later told") that the parser gave no subject, reading "old" as a word describing the verb
    or the adverb ('"We got out," the 44-year-old said.')."""
    doc = verb.doc
    between = []
    at = verb.i - 1
    while at >= 0 and doc[at].pos_ == "ADV":
        between.append(doc[at])
        at -= 1
    if at < 0 or age_described(doc[at]) is None:
        return []
    old = doc[at]
    return [old] if old.head == verb or old.head in between else []


def _inverted_speaker(verb: Token) -> list[Token]:
    """The speaker a reporting verb puts after it when it follows what was said, which the
    parser reads as its object: "..., argued the government's lawyer, Richard Keen.", "...,
    stated Minister of Information Moammar al-Eryani, and ...". The verb follows a comma or a
    closing quotation mark and the object's phrase ends the clause."""
    if verb.i == 0 or verb.doc[verb.i - 1].text not in {",", *QUOTE_MARKS}:
        return []
    if verb.lemma_.lower() not in REPORTING or verb.tag_ != "VBD":
        return []
    speaker = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if speaker is None:
        return []
    after = speaker.right_edge.i + 1
    doc = verb.doc
    ends = after >= len(doc) or doc[after].text in {",", ".", ":", ";"} or doc[after].is_sent_end
    return [speaker] if ends else []


def _person_for(token: Token, people: People, offset: int) -> Person | None:
    """The person a subject (or "according to" object) token stands for, if any."""
    position = offset + token.idx
    pronoun = POSSESSIVES.get(token.lower_, token.lower_)  # "In his view": his -> he
    if pronoun in PRONOUNS:
        return people.pronoun(pronoun, position, offset + token.sent.start_char)
    person = people.at(position)
    if person is not None:
        return person
    age = age_described(token)
    if age is not None:  # "the 45-year-old said"
        return people.person_of_age(age, position, offset + token.sent.start_char)
    if token.lower_ == "it" and token.sent.start > 0 and _presents_words(token.head):
        # "Roe released a statement. It read, "..."": hers
        return _issuing_person(token.doc[token.sent.start - 1].sent, people, offset)
    if token.lower_ in POST_NOMINALS:  # "Kama Melly QC said", even when tagged an organisation
        return _named_in(token.children, people, offset)
    if token.ent_type_ in NOT_PEOPLE:  # unless the body's officer is named in the phrase
        return _apposed_in(token, people, offset)
    if token.lemma_.lower() in PEOPLES_BODIES:
        return None  # "The Biden campaign said": the campaign, not Biden
    group = token.tag_ in ("NNS", "NNPS")  # "Biden campaign officials said": not Biden
    for child in token.children:  # "the mayor, Jane Roe, said"; "the El Paso mayor, Dee Margo"
        if child.dep_ == "appos" or (child.dep_ == "compound" and not group):
            person = people.at(offset + child.idx)
            if person is not None:
                return person
    if token.pos_ == "NOUN" and token.tag_ != "NNS":  # no one person is apposed to a group
        person = _apposed_in(token, people, offset) or _set_off_name(token, people, offset)
        if person is not None:
            return person
    if token.pos_ == "NOUN" and token.lemma_.lower() in PART_NOUNS:
        token = _whole_utterance(token) or token  # "Part of the judge's statement reads ..."
    if token.pos_ == "NOUN" and token.lemma_.lower() in UTTERANCE_NOUNS:
        return _author_of(token, people, offset)
    if token.pos_ == "PROPN" and token.lower_ in TITLE_WORDS:
        for part in token.subtree:  # "Mayor of London Sadiq Khan", parsed as a title's object
            person = people.at(offset + part.idx)
            if person is not None:
                return person
    if group:  # "Both officers said": a group, not one of them
        return None
    named = _named_as(token, people, offset)
    if named is not None:
        return named
    if introduced_anew(token):
        return None  # "a Turkish official said": someone new, not the official named before
    if token.pos_ == "NOUN" or token.lower_ in TITLE_WORDS:  # "the mayor", "The President"
        holder = people.with_role(token.lemma_.lower(), position, office_words(token))
        return holder or _name_set_off_before(token, people, offset)
    return None


def _named_as(noun: Token, people: People, offset: int) -> Person | None:
    """The person a noun introduces by name: "a university student named Wong", "a man
    called Jon Berg"."""
    for participle in noun.children:
        if participle.dep_ == "acl" and participle.lemma_.lower() in NAMING:
            for name in participle.children:
                if name.dep_ in ("oprd", "dobj", "attr", "xcomp"):
                    person = people.at(offset + name.idx)
                    if person is not None:
                        return person
    return None


PART_NOUNS = frozenset("part portion excerpt extract section passage rest".split())
"""Nouns for a piece of a whole: "Part of the judge's statement reads ..." quotes the judge."""


def _whole_utterance(part: Token) -> Token | None:
    """The statement, letter or tweet that ``part`` is a piece of ("part of X's statement",
    "an excerpt from the letter"), if it is one."""
    return next(
        (
            whole
            for preposition in part.children
            if preposition.dep_ == "prep" and preposition.lower_ in ("of", "from")
            for whole in preposition.children
            if whole.dep_ == "pobj" and whole.lemma_.lower() in UTTERANCE_NOUNS
        ),
        None,
    )


def _author_of(utterance: Token, people: People, offset: int) -> Person | None:
    """The person whose statement, letter or tweet it is: "Okafor's statement", "a statement
    by Okafor", "a letter from Okafor"."""
    for child in utterance.children:
        if child.dep_ == "poss":
            return _person_for(child, people, offset)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for author in (c for c in child.children if c.dep_ == "pobj"):
                return _person_for(author, people, offset)
    return None


def _named_in(tokens: Iterable[Token], people: People, offset: int) -> Person | None:
    for token in tokens:
        if token.dep_ == "compound":
            person = people.at(offset + token.idx)
            if person is not None:
                return person
    return None


def _apposed_in(subject: Token, people: People, offset: int) -> Person | None:
    """A person in apposition further inside the subject's phrase, where the parser hung it
    on a later noun: "the director of Amnesty International, Mariela Belski, said" (on the
    organisation, which a person cannot be), "expert and former official, Avinoam Idan, said"
    (on the subject's conjunct, the same person), "news site X's editor, Jane Roe, said" (on
    a noun apposed to the subject, the same person again). When the subject is itself an
    organisation, a person apposed to a role in its phrase speaks for it: "the Institute's
    director, Dr. Anthony Fauci, said". Relative clauses are not looked into."""
    body = subject.ent_type_ in NOT_PEOPLE
    phrase = list(_phrase_without_clauses(subject))
    officer_named = body and any(
        t.pos_ == "NOUN" and t.lemma_.lower() in TITLE_WORDS for t in phrase
    )
    for token in phrase:
        if token.dep_ != "appos":
            continue
        host = token.head
        if host == subject:
            if not officer_named:  # "the mayor, Jane Roe": the caller's case
                continue
        elif not (
            (host.dep_ in ("conj", "appos") and host.head == subject)
            or host.ent_type_ in NOT_PEOPLE
            or (body and host.pos_ == "NOUN")
        ):
            continue
        person = people.at(offset + token.idx)
        if person is not None:
            return person
    return None


def _phrase_without_clauses(head: Token) -> Iterable[Token]:
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "advcl", "ccomp"):
            yield child
            yield from _phrase_without_clauses(child)


def _name_set_off_before(noun: Token, people: People, offset: int) -> Person | None:
    """The person named right before a role that no one the article named holds, set off by a
    comma, however the parser hung the name: "In the blog post Chris Wright, the Chief
    Technology Officer of Red Hat said ..."."""
    start = noun.left_edge.i
    if start < 2 or noun.doc[start - 1].text != ",":
        return None
    return people.at(offset + noun.doc[start - 2].idx)


def _set_off_name(noun: Token, people: People, offset: int) -> Person | None:
    """A name set off by commas right after a role noun is in apposition to it, however the
    parser hung it: "According to the El Paso mayor, Dee Margo, police ..."."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    found: Person | None = None
    for token in doc[noun.i + 2 :]:
        if token.text in (",", ";", ":", ".") or token.is_sent_end:
            return found if token.text in (",", ".") else None
        person = people.at(offset + token.idx)
        if person is None and token.lower_.rstrip(".") in TITLE_WORDS:
            continue
        if person is None or (found is not None and person is not found):
            return None
        found = person
    return None
