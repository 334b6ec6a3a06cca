"""The names a corpus holds, so that a question typed in lower case is seen to name them.

spaCy's entity recogniser reads the names of every sentence at index time (``Name``). Of
those, the people, places, organisations and things the corpus never writes in lower case are
names ("Fresno", "Virgin Media"), while "state" or "media" are words. They are looked up by
their first folded word, longest first, so that "when did fresno become a city?" is seen to
name Fresno. The indexer works them out once per generation (``article_qa.unit_file``);
retrieval reads them (``retrieval.followups``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from anyascii import anyascii

from article_qa.records import Name
from article_qa.textnorm import WORD, fold

THING_LABELS = frozenset("GPE LOC ORG FAC EVENT PRODUCT WORK_OF_ART LAW".split())
"""spaCy labels of the names that "it", "there" and "that" can stand for."""
NAME_LABELS = THING_LABELS | {"PERSON"}
"""The names a question typed in lower case is recognised to hold."""

CorpusName = tuple[tuple[str, ...], str, str]
"""(folded words, spelling, spaCy label)."""
CorpusNames = Mapping[str, tuple[CorpusName, ...]]
"""The corpus's names by their first folded word, longest first."""


def find_corpus_names(
    sentences: Iterable[tuple[str, Sequence[Name]]],
) -> dict[str, list[CorpusName]]:
    """The names of ``sentences`` ((text, names) pairs) that the corpus never writes in lower
    case, by their first folded word, longest first; each spelt as first met, with the label
    the recogniser gives it most often ("Wikinews" is an organisation, though read once as a
    person)."""
    lower_words: set[str] = set()
    lower_pairs: set[tuple[str, str]] = set()
    spellings: dict[tuple[str, ...], str] = {}
    labels: dict[tuple[str, ...], Counter[str]] = {}
    for text, names in sentences:
        raw = re.findall(r"[A-Za-z0-9]+", anyascii(text))
        lower_words.update(w for w in raw if w[0].islower())
        lower_pairs.update(p for p in zip(raw, raw[1:], strict=False) if p[0][0].islower())
        for label, name in names:
            spelling = re.sub(r"^(?:the|The)\s+", "", name)
            parts = tuple(WORD.findall(fold(spelling)))
            if label in NAME_LABELS and parts and len("".join(parts)) > 2:
                spellings.setdefault(parts, spelling)
                labels.setdefault(parts, Counter())[label] += 1
    by_first: dict[str, list[CorpusName]] = {}
    for parts, spelling in spellings.items():
        label = labels[parts].most_common(1)[0][0]  # the recogniser's usual reading of it
        written_lower = (
            parts[0] in lower_words
            if len(parts) == 1
            else all(pair in lower_pairs for pair in zip(parts, parts[1:], strict=False))
        )
        if not written_lower:
            by_first.setdefault(parts[0], []).append((parts, spelling, label))
    return {w: sorted(v, key=lambda n: -len(n[0])) for w, v in by_first.items()}


def corpus_name(text: str, names: CorpusNames) -> CorpusName | None:
    """The corpus's name that ``text`` is, word for word once folded ("unicef" is UNICEF's,
    "the Civil Aviation Authority" the Civil Aviation Authority's), if it is one."""
    words = tuple(WORD.findall(fold(re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE))))
    if not words:
        return None
    return next((name for name in names.get(words[0], ()) if name[0] == words), None)


def names_in(text: str, names: CorpusNames) -> list[tuple[str, str]]:
    """The corpus's names that ``text`` holds, typed in any case, longest match first:
    (spelling, label) pairs. A word that only starts a name is none ("bill" of "Bill
    Shorten")."""
    words = WORD.findall(fold(text))
    found: list[tuple[str, str]] = []
    position = 0
    while position < len(words):
        match = next(
            (
                name
                for name in names.get(words[position], ())
                if tuple(words[position : position + len(name[0])]) == name[0]
            ),
            None,
        )
        if match is None:
            position += 1
            continue
        parts, spelling, label = match
        found.append((spelling, label))
        position += len(parts)
    return found
