"""An in-memory view of one index generation: texts, positions, speakers and the BM25 indexes.

The record store (Chroma) holds the vectors and answers nearest-neighbour queries; everything
else retrieval needs per query (sentence offsets, paragraph neighbours, lexical scores) is loaded
once per generation: from the reader files the indexer saved beside it when there are sound
ones (``article_qa.record_file``, ``article_qa.lexical``), else from the store itself, so the
answers are the same either way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

from article_qa.lexical import PASSAGES_FOLDER, SENTENCES_FOLDER, LexicalIndex, lexical_text
from article_qa.records import (
    DocumentRecord,
    Name,
    PassageRecord,
    RecordStore,
    SentenceRecord,
    reading_order,
)
from article_qa.textnorm import fold


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


@dataclass(frozen=True)
class Unit:
    """A passage or sentence record as retrieval sees it."""

    id: str
    text: str
    doc_id: str
    source: str
    title: str
    paragraph: int
    start: int
    end: int
    gap: str = ""
    speaker: str | None = None
    aliases: tuple[str, ...] = ()
    direct_quote: bool = False
    url: str | None = None
    text_path: str | None = None
    names: tuple[Name, ...] = ()
    """The named entities a sentence holds, as found at index time."""


@dataclass
class Snapshot:
    """Everything about one generation that retrieval keeps in memory."""

    generation: str
    passages: list[Unit]
    sentences: list[Unit]
    passage_lexical: LexicalIndex
    sentence_lexical: LexicalIndex
    sentences_by_paragraph: dict[tuple[str, int], list[int]] = field(default_factory=dict)
    folded_text: str = ""
    """All sentences folded and joined: to tell whether a name occurs in the corpus at all."""
    passage_of: dict[str, int] = field(default_factory=dict)
    """Record id of every passage and sentence -> number of the (first) passage it is in."""
    vector_spaces: frozenset[str] = frozenset()
    """What made the generation's vectors (one value, unless written by an older version)."""

    @classmethod
    def load(cls, generation: str, store: RecordStore, folder: Path | None = None) -> Snapshot:
        """Read the generation's records; its lexical indexes come from ``folder`` when the
        indexer saved them there, and are built here otherwise."""
        records = store.all_records()
        documents = [r for r in records if isinstance(r, DocumentRecord)]
        urls = {d.doc_id: d.url for d in documents}
        passage_records, sentence_records = reading_order(records)
        passages = [_unit(record, urls) for record in passage_records]
        sentences = [_unit(record, urls) for record in sentence_records]
        by_paragraph: dict[tuple[str, int], list[int]] = defaultdict(list)
        for number, sentence in enumerate(sentences):
            by_paragraph[(sentence.doc_id, sentence.paragraph)].append(number)
        snapshot = cls(
            generation=generation,
            passages=passages,
            sentences=sentences,
            passage_lexical=_lexical(passages, folder, PASSAGES_FOLDER),
            sentence_lexical=_lexical(sentences, folder, SENTENCES_FOLDER),
            sentences_by_paragraph=dict(by_paragraph),
            folded_text=" ".join(fold(u.text) for u in sentences),
            vector_spaces=frozenset(
                "an older article-qa" if d.vector_space is None else d.vector_space
                for d in documents
            ),
        )
        for number, passage in reversed(list(enumerate(passages))):
            snapshot.passage_of[passage.id] = number
            for n in snapshot.sentences_in(passage):
                snapshot.passage_of[sentences[n].id] = number
        return snapshot

    def sentences_in(self, span: Located) -> list[int]:
        """Numbers of the sentences that overlap ``span`` (a passage, a sentence, a citation)."""
        return [
            n
            for n in self.sentences_by_paragraph.get((span.doc_id, span.paragraph), [])
            if self.sentences[n].start < span.end and self.sentences[n].end > span.start
        ]


def _lexical(units: list[Unit], generation: Path | None, name: str) -> LexicalIndex:
    keys = [u.id for u in units]
    saved = LexicalIndex.load(generation / name, keys) if generation is not None else None
    return saved or LexicalIndex.build(keys, [lexical_text(u.title, u.text) for u in units])


def _unit(record: PassageRecord | SentenceRecord, urls: dict[str, str | None]) -> Unit:
    position = record.position
    unit = Unit(
        id=record.id,
        text=record.text,
        doc_id=record.doc_id,
        source=record.source,
        title=record.title,
        paragraph=position.paragraph,
        start=position.start,
        end=position.end,
        url=urls.get(record.doc_id),
        text_path=record.text_path,
    )
    if isinstance(record, PassageRecord):
        return unit
    return replace(
        unit,
        gap=record.gap,
        speaker=record.speaker,
        aliases=record.speaker_aliases,
        direct_quote=record.direct_quote,
        names=record.names,
    )
