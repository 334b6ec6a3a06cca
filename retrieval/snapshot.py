"""One index generation as retrieval reads it: its units, read per question, and its BM25 indexes.

The record store (Chroma) holds the vectors and answers nearest-neighbour queries; the texts,
places, speakers and names of passages and sentences, the sentences of a paragraph and the
passage a sentence stands in come from the generation's unit file
(``article_qa.unit_file``), read as a question needs them, and the lexical indexes are loaded
memory-mapped; both are saved by the indexer beside the generation. Where they are missing
or unsound, the same tables are built in memory from the store's records, so the answers are
the same either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from article_qa.lexical import PASSAGES_FOLDER, SENTENCES_FOLDER, LexicalIndex, lexical_text
from article_qa.records import RecordStore
from article_qa.unit_file import UNIT_FILE, TableName, Unit, UnitFile, UnitTable

__all__ = ["Located", "Snapshot", "Unit"]

SPANS_KEPT = 20_000
"""Passages and excerpts whose sentence numbers a snapshot keeps before starting over."""


class Located(Protocol):
    """Anything that stands at a place in an article's text."""

    @property
    def doc_id(self) -> str: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


@dataclass
class Snapshot:
    """What retrieval reads of one generation."""

    generation: str
    units: UnitFile
    passage_lexical: LexicalIndex
    sentence_lexical: LexicalIndex
    vector_spaces: frozenset[str] = frozenset()
    """What made the generation's vectors (one value, unless written by an older version)."""
    _spans: dict[tuple[str, int, int, int], list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, generation: str, store: RecordStore, folder: Path | None = None) -> Snapshot:
        """Open the generation's unit file and lexical indexes in ``folder`` when the indexer
        saved sound ones there; build them from the store's records otherwise."""
        units = UnitFile.open(folder / UNIT_FILE) if folder is not None else None
        if units is None:
            units = UnitFile.from_records(store.all_records())
        return cls(
            generation=generation,
            units=units,
            passage_lexical=_lexical(units, "passages", folder, PASSAGES_FOLDER),
            sentence_lexical=_lexical(units, "sentences", folder, SENTENCES_FOLDER),
            vector_spaces=units.vector_spaces(),
        )

    @property
    def passages(self) -> UnitTable:
        return self.units.passages

    @property
    def sentences(self) -> UnitTable:
        return self.units.sentences

    def titles(self) -> list[tuple[str, str]]:
        """(doc_id, title) of every article, by doc_id."""
        return self.units.titles()

    def sentences_in(self, span: Located) -> list[int]:
        """Numbers of the sentences that overlap ``span`` (a passage, a sentence, a citation)."""
        key = (span.doc_id, span.paragraph, span.start, span.end)
        found = self._spans.get(key)
        if found is None:
            if len(self._spans) >= SPANS_KEPT:
                self._spans.clear()
            found = self._spans[key] = self.units.sentences_in(*key)
        return list(found)

    def paragraph(self, doc_id: str, paragraph: int) -> list[int]:
        """Numbers of the sentences of one paragraph, in order."""
        return self.units.paragraph(doc_id, paragraph)

    def passage_of(self, ids: Sequence[str]) -> dict[str, int]:
        """The passage each passage or sentence id stands for (see ``UnitFile.passage_of``)."""
        return self.units.passage_of(ids)

    def mentions_word(self, prefix: str) -> bool:
        """True when a word of the corpus's sentences (folded) starts with ``prefix``."""
        return self.units.mentions_word(prefix)

    def words_starting(self, prefix: str, limit: int) -> list[str]:
        """The corpus's words (folded) that start with ``prefix``, ``limit`` at most."""
        return self.units.words_starting(prefix, limit)


def _lexical(units: UnitFile, table: TableName, generation: Path | None, name: str) -> LexicalIndex:
    digest = units.digests[table]
    saved = LexicalIndex.load(generation / name, digest) if generation is not None else None
    if saved is not None:
        return saved
    rows = units.passages if table == "passages" else units.sentences
    return LexicalIndex.build([lexical_text(u.title, u.text) for u in rows], digest)
