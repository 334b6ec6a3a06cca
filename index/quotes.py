"""Who said what: attribute quoted and reported statements to the people an article names.

No model is involved, only the conventions of news writing in English:

* a statement is a sentence with a speech verb ("said", "told", "added", "according to" ...)
  whose subject is a name, a pronoun or a title, either before the verb (``Stoltenberg said``,
  ``He added:``) or after it (``..., said Jens Stoltenberg.``);
* a sentence that is only a quotation continues the statement just before it;
* a surname, a pronoun or a title ("the prime minister") is resolved to the full name of a person
  the article introduced: the longest form of the name it used, with the titles it gave them
  kept as aliases ("Turkish Prime Minister Ahmet Davutoglu" gives "Ahmet Davutoglu", with aliases
  "Davutoglu", "Prime Minister", "Turkish Prime Minister").

The result maps sentence numbers to an ``Attribution``; unattributed sentences are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from article_qa.textnorm import fold
from index.chunking import Span

TITLE_WORDS = frozenset(
    """president vice-president premier prime minister secretary secretary-general
    undersecretary chancellor senator sen. representative rep. congressman congresswoman governor
    gov. mayor ambassador envoy general gen. admiral adm. colonel col. commander lieutenant
    captain sergeant chief director chairman chairwoman chair ceo cfo spokesman spokeswoman
    spokesperson minister king queen prince princess pope bishop cardinal rabbi imam judge
    justice attorney prosecutor professor prof. dr. mr. mrs. ms. miss sir lord lady dame coach
    manager leader head official officer commissioner president-elect founder analyst
    economist researcher scientist editor correspondent reporter master""".split()
)
SPEECH_VERBS = (
    "said|says|told|tells|stated|explained|warned|insisted|argued|wrote|declared|asserted|"
    "claimed|announced|acknowledged|stressed|emphasized|emphasised|replied|responded|remarked|"
    "commented|urged|predicted|admitted|conceded|tweeted|added|noted|continued|asked|observed|"
    "suggested|recalled|maintained|adds|notes|states|claims|continues|asks|warns|urges|writes|"
    "explains|insists|argues|declares|announces|comments|maintains|suggests|recalls"
)
WEAK_SPEECH_VERBS = frozenset(
    """added noted continued asked observed suggested recalled maintained adds notes states
    claims continues asks warns urges writes explains insists argues declares announces comments
    maintains suggests recalls""".split()
)
"""Verbs that are often not speech ("has continued to", "NATO states"): they count only when
a colon, a comma, "that" or a quotation follows them."""
LEADING_STOPWORDS = frozenset(
    """a an the but and or so yet that this these those he she it they we i you his her its their
    our in on at for as while since besides after before when where if though although because
    then there here however meanwhile still also already only even just what which who why how
    mr mrs ms dr according""".split()
)
PRONOUNS = frozenset({"he", "she"})
NAME_TOKEN = r"[A-Z\u00C0-\u00DE][\w’'.\-]*"
NAME_PHRASE = re.compile(
    rf"{NAME_TOKEN}(?:[ \t]+(?:(?:of|de|da|del|van|von|der|bin|al|le|la)[ \t]+)?{NAME_TOKEN})*"
)
APPOSITIVE_BEFORE = re.compile(
    r"(?:^|[.;:—]\s+|\b[Tt]he\s+)((?:[\w’'.\-]+[ \t]+){0,4}[\w’'.\-]+),\s*$"
)
"""'The Federal Reserve chair, ' before a name: the title the article gives the person."""
APPOSITIVE_AFTER = re.compile(r"^,[ \t]+(?:the|a|an)[ \t]+((?:[\w’'.\-]+[ \t]+){0,4}[\w’'.\-]+),")
"""', the foreign minister,' after a name."""
QUOTE_CHARS = '“”"«»'
OPEN_QUOTES = '“«"'


@dataclass(frozen=True)
class Attribution:
    speaker: str
    """The person's full name as the article gives it."""
    aliases: tuple[str, ...]
    """Other ways the article refers to them: surname, titles."""
    direct: bool
    """True when the sentence holds a quotation of their words, False for reported speech."""


@dataclass
class _Person:
    name: str
    titles: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def aliases(self) -> tuple[str, ...]:
        names = {self.surname, *self.titles} - {self.name}
        return tuple(sorted(names))


def attribute_statements(text: str, sentences: Sequence[Span]) -> dict[int, Attribution]:
    """Attribute each statement among ``sentences`` (spans of ``text``) to its speaker."""
    people = _People.from_text(text)
    result: dict[int, Attribution] = {}
    previous: tuple[int, str] | None = None  # (sentence number, speaker) of the last statement
    for number, sentence in enumerate(sentences):
        has_quote = any(q in sentence.text for q in QUOTE_CHARS)
        speaker = _speaker_of(sentence, people)
        if speaker is None and has_quote and previous is not None:
            last = sentences[previous[0]]
            close = last.paragraph == sentence.paragraph or (
                sentence.paragraph == last.paragraph + 1 and sentence.text[:1] in OPEN_QUOTES
            )
            if close and _is_bare_quotation(sentence.text):
                speaker = previous[1]
        if speaker is None:
            continue
        person = people.find(speaker)
        full = person.name if person else speaker
        aliases = person.aliases() if person else ()
        result[number] = Attribution(full, aliases, direct=has_quote)
        previous = (number, full)
    return result


def _is_bare_quotation(sentence: str) -> bool:
    """A sentence that is all quotation, with no words outside the quotes but punctuation."""
    outside = re.sub(r"[“\"«][^”\"»]*[”\"»]?", "", sentence)
    return not re.search(r"\w", outside)


def _speaker_of(sentence: Span, people: _People) -> str | None:
    """The speaker named (or pronoun-referred) as the subject of a speech verb in ``sentence``."""
    text = sentence.text
    outside = _mask_quotations(text)
    for verb in re.finditer(rf"\b(?:{SPEECH_VERBS})\b", outside):
        before = outside[: verb.start()].rstrip()
        if re.search(r"\b(?:not|never|declined to|refused to|would not|did not)\s*$", before):
            continue
        if verb.group().lower() in WEAK_SPEECH_VERBS and not re.match(
            r"\s*(?:[:,“\"«]|that\b)", text[verb.end() :]
        ):
            continue
        subject = _subject_before(before, people, sentence.start)
        if subject is None and re.search(r"[,”\"]\s*$", text[: verb.start()]):
            subject = _subject_after(outside[verb.end() :], people)  # "..., said Jens Stoltenberg"
        if subject is not None:
            return subject
    according = re.search(rf"\baccording to\s+({NAME_PHRASE.pattern})", outside)
    if according:
        return people.resolve_name(according.group(1))
    return None


def _mask_quotations(text: str) -> str:
    """Blank out quoted words (keeping offsets) so a verb inside a quote is not taken as speech."""
    return re.sub(r"[“«][^”»]*[”»]?|\"[^\"]*\"?", lambda m: " " * len(m.group()), text)


def _subject_before(before: str, people: _People, offset: int) -> str | None:
    before = re.sub(r"\s+(?:has|have|had|also|later|then|once|again|previously)$", "", before)
    last_word = re.search(r"(\w+)$", before)
    if last_word and last_word.group(1).lower() in PRONOUNS:
        return people.nearest_before(offset + last_word.start())
    phrase = re.search(rf"({NAME_PHRASE.pattern})[,]?$", before)
    if phrase:
        return people.resolve_name(phrase.group(1))
    title = re.search(r"\bthe\s+((?:[\w’'\-]+\s+){0,3}[\w’'\-]+)$", before, re.IGNORECASE)
    if title:
        return people.resolve_title(title.group(1))
    return None


def _subject_after(after: str, people: _People) -> str | None:
    """The name after an inverted verb: "said Pierre Dubois", "said harbour master Rui Lopes"."""
    phrase = re.match(rf"\s*((?:[a-z][\w-]*\s+){{0,3}}?)({NAME_PHRASE.pattern})", after)
    if phrase is None:
        return None
    described = phrase.group(1).split()
    if described and described[-1] not in TITLE_WORDS:
        return None
    return people.resolve_name(phrase.group(2))


def _name_phrases(text: str) -> list[tuple[int, str]]:
    """Capitalized phrases with their offsets, cut where a sentence ends inside one."""
    found: list[tuple[int, str]] = []
    position = 0
    while match := NAME_PHRASE.search(text, position):
        words: list[str] = []
        end = match.end()
        for token in re.finditer(r"\S+", match.group()):
            words.append(token.group())
            if token.group().endswith(".") and not _is_abbreviation(token.group()):
                end = match.start() + token.end()  # a sentence ends here: scan on after it
                break
        found.append((match.start(), " ".join(words).rstrip(".")))
        position = end
    return found


def _is_abbreviation(token: str) -> bool:
    """ "U.S.", "J." and "Gen." continue a name; "State." ends a sentence."""
    bare = token.rstrip(".")
    return "." in bare or len(bare) == 1 or token.lower() in TITLE_WORDS


def _split_title(phrase: str) -> tuple[str, str]:
    """Split a phrase into title and name.

    "Turkish Prime Minister Ahmet Davutoglu" gives ("Turkish Prime Minister", "Ahmet Davutoglu").
    """
    tokens = phrase.split()
    while tokens and tokens[0].lower() in LEADING_STOPWORDS:
        tokens = tokens[1:]
    last_title = -1
    for index, token in enumerate(tokens):
        if token.lower().rstrip(",") in TITLE_WORDS:
            last_title = index
    cut = last_title + 1
    while cut + 1 < len(tokens) and tokens[cut] == "of":  # "Secretary of State John Kerry"
        cut += 2
    while cut < len(tokens) and tokens[cut].lower() in LEADING_STOPWORDS:
        cut += 1
    return " ".join(tokens[:cut]), " ".join(tokens[cut:])


def _appositive_title(text: str, start: int, end: int) -> str:
    """A title set off by commas next to a name ("the Fed chair, Jerome Powell,"), or ""."""
    for pattern, around in (
        (APPOSITIVE_BEFORE, text[max(0, start - 80) : start]),
        (APPOSITIVE_AFTER, text[end : end + 80]),
    ):
        match = pattern.search(around)
        if match and any(w.lower() in TITLE_WORDS for w in match.group(1).split()):
            return match.group(1)
    return ""


def _strip_possessive(name: str) -> str:
    """ "Putin’s" -> "Putin"; a sentence's full stop is dropped too ("Dubois." -> "Dubois")."""
    words = name.split()
    if words and words[-1].endswith(".") and not _is_abbreviation(words[-1]):
        name = name[:-1]
    return re.sub(r"[’']s?$", "", name)


class _People:
    """The people an article names, and where it mentions each one."""

    def __init__(self) -> None:
        self.by_surname: dict[str, _Person] = {}
        self.mentions: list[tuple[int, _Person]] = []

    @classmethod
    def from_text(cls, text: str) -> _People:
        """Register everyone the article introduces with a title, or names as a speaker."""
        people = cls()
        phrases = _name_phrases(text)
        for position, phrase in phrases:
            title, name = _split_title(phrase)
            name = _strip_possessive(name)
            if not name:
                continue
            end = position + len(phrase)
            title = title or _appositive_title(text, position, end)
            speaks = re.match(rf"[ \t]+(?:\w+[ \t]+)?(?:{SPEECH_VERBS})\b", text[end:])
            if title or (speaks and len(name.split()) >= 2):
                people.register(name, title)
        for position, phrase in phrases:
            _, name = _split_title(phrase)
            person = people.find(_strip_possessive(name)) if name else None
            if person:
                people.mentions.append((position, person))
        return people

    def register(self, name: str, title: str) -> None:
        key = fold(name.split()[-1])
        person = self.by_surname.get(key)
        if person is None:
            person = self.by_surname[key] = _Person(name)
        elif len(name) > len(person.name) and name.endswith(person.name.split()[-1]):
            person.name = name
        words = title.split()
        for begin in range(len(words)):
            person.titles.add(" ".join(words[begin:]))
        person.titles.discard("")

    def find(self, name: str) -> _Person | None:
        if not name:
            return None
        return self.by_surname.get(fold(name.split()[-1]))

    def resolve_name(self, phrase: str) -> str | None:
        """The full name for a subject phrase, registering a new person if it looks like one."""
        title, name = _split_title(_strip_possessive(phrase))
        if not name:
            return self.resolve_title(title) if title else None
        person = self.find(name)
        if person:
            return person.name
        if len(name.split()) >= 2 or title:
            self.register(name, title)
            return name
        return name

    def resolve_title(self, title: str) -> str | None:
        wanted = fold(title)
        for person in self.by_surname.values():
            if any(fold(t) == wanted or fold(t).endswith(" " + wanted) for t in person.titles):
                return person.name
        return None

    def nearest_before(self, position: int) -> str | None:
        candidates = [person for start, person in self.mentions if start < position]
        return candidates[-1].name if candidates else None
