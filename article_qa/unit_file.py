"""A generation's passages and sentences in one SQLite file beside it, read per question.

Retrieval needs, for the few dozen candidates of a question, their texts, places, speakers and
names; the sentences of a paragraph; and the passage a sentence stands in. Holding all of that
in memory made each reader's memory and start grow with the archive (~0.1 MB per article).
This file lets a reader fetch only what a question touches: indexed lookups by number, by id,
by paragraph and by speaker, through Python's own ``sqlite3``, and a small cache of the units
read last.

The indexer writes it into the generation's folder before the generation is complete, so it is
swapped in with it (``save_units``). Without a sound one (an index written by an older
version, or a damaged file), a reader builds the same tables in memory from the store's
records (``UnitFile.from_records``), so the answers are the same either way.

Units are numbered in reading order (``article_qa.records.reading_order``): the order of the
saved lexical indexes, which carry the same digest of the ids (``ids_digest``).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import string
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal, TypeVar, overload

from article_qa.corpus_names import CorpusName, find_corpus_names
from article_qa.records import (
    DocumentRecord,
    Name,
    PassageRecord,
    Record,
    SentenceRecord,
    reading_order,
)
from article_qa.textnorm import fold

UNIT_FILE = "units.sqlite"
FORMAT = 6
"""Bump when the tables change: a file of another format is not used (the reader falls back)."""
VALUES_PER_QUERY = 500
"""Values one ``IN (...)`` list takes: far below SQLite's limit on a statement's variables."""
CACHED_UNITS = 4096
"""Units a reader keeps after reading them: a question touches a few hundred."""
TableName = Literal["passages", "sentences"]
T = TypeVar("T")

SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    doc_id TEXT PRIMARY KEY, url TEXT, vector_space TEXT, genders TEXT NOT NULL
);
CREATE TABLE passages (
    number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL,
    source TEXT NOT NULL, text_path TEXT NOT NULL, title TEXT NOT NULL,
    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL
);
CREATE TABLE sentences (
    number INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL,
    source TEXT NOT NULL, text_path TEXT NOT NULL, title TEXT NOT NULL,
    paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL,
    gap TEXT NOT NULL, speaker TEXT, aliases TEXT NOT NULL, direct INTEGER NOT NULL,
    names TEXT NOT NULL, passage INTEGER, according_to TEXT, refers_to TEXT NOT NULL
);
CREATE INDEX sentences_by_paragraph ON sentences (doc_id, paragraph);
CREATE INDEX sentences_by_speaker ON sentences (speaker) WHERE speaker IS NOT NULL;
CREATE TABLE joint_speakers (number INTEGER NOT NULL, speaker TEXT NOT NULL, aliases TEXT NOT NULL);
CREATE TABLE words (word TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE names (
    first TEXT NOT NULL, rank INTEGER NOT NULL, parts TEXT NOT NULL, spelling TEXT NOT NULL,
    label TEXT NOT NULL, PRIMARY KEY (first, rank)
) WITHOUT ROWID;
"""
COLUMNS = "number, id, doc_id, source, text_path, title, paragraph, start, end, text"
SENTENCE_COLUMNS = f"{COLUMNS}, gap, speaker, aliases, direct, names, according_to, refers_to"


@dataclass(frozen=True)
class Unit:
    """A passage or sentence as retrieval sees it."""

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
    according_to: str | None = None
    """The source a sentence gives when no person says what it reports ("local officials")."""
    refers_to: tuple[str, ...] = ()
    """The people a sentence speaks of by a pronoun only (``SentenceRecord.refers_to``)."""


def ids_digest(ids: Iterable[str]) -> str:
    """One value for a list of record ids in order: what ties a lexical index to its units."""
    digest = hashlib.sha256()
    for id_ in ids:
        digest.update(id_.encode("utf-8") + b"\n")
    return digest.hexdigest()


def save_units(
    path: Path,
    documents: Sequence[DocumentRecord],
    passages: Sequence[PassageRecord],
    sentences: Sequence[SentenceRecord],
) -> dict[TableName, str]:
    """Write a whole generation's units to ``path``, atomically; ``passages`` and
    ``sentences`` in reading order. Returns the digests of their ids (``ids_digest``)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    temporary.unlink(missing_ok=True)
    connection = sqlite3.connect(temporary)
    try:
        digests = _fill(connection, documents, passages, sentences)
        connection.commit()
    finally:
        connection.close()
    temporary.replace(path)
    return digests


class UnitFile:
    """A generation's units, read from a SQLite database (a file, or one built in memory)."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self._lock = threading.Lock()  # the bot answers from several threads
        self.passages = UnitTable(self, "passages")
        self.sentences = UnitTable(self, "sentences")
        self.names = NameTable(self)
        """The corpus's names by their first folded word (``article_qa.corpus_names``)."""
        self.digests: dict[TableName, str] = {
            "passages": self._meta("passages_digest"),
            "sentences": self._meta("sentences_digest"),
        }

    @classmethod
    def open(cls, path: Path) -> UnitFile | None:
        """The units saved in ``path``; None when it is missing, damaged or of another format."""
        if not path.is_file():
            return None
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
        except sqlite3.Error:
            return None
        try:
            units = cls(connection)
            sound = units._meta("format") == str(FORMAT) and units._meta("complete") == "yes"
            if sound:
                len(units.passages), len(units.sentences)  # noqa: B018 - reads both tables
        except sqlite3.Error:
            sound = False
        if not sound:
            connection.close()
            return None
        return units

    @classmethod
    def from_records(cls, records: Sequence[Record]) -> UnitFile:
        """The same tables built in memory from ``records`` (no file to read them from)."""
        connection = sqlite3.connect(":memory:", check_same_thread=False)
        documents = [r for r in records if isinstance(r, DocumentRecord)]
        _fill(connection, documents, *reading_order(records))
        connection.commit()
        return cls(connection)

    def query(self, sql: str, parameters: Sequence[object] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchall()

    def count(self) -> int:
        """Records the file stands for: documents, passages and sentences."""
        (documents,) = self.query("SELECT COUNT(*) FROM documents")[0]
        return int(str(documents)) + len(self.passages) + len(self.sentences)

    def titles(self) -> list[tuple[str, str]]:
        """(doc_id, title) of every article with passages, by doc_id."""
        rows = self.query("SELECT DISTINCT doc_id, title FROM passages ORDER BY doc_id")
        return [(str(doc_id), str(title)) for doc_id, title in rows]

    def genders(self) -> dict[str, str]:
        """Full name -> "m" or "f": the gender the articles' pronouns give each person whose
        gender they tell; a name two articles tell apart is left out."""
        told: dict[str, set[str]] = {}
        for (encoded,) in self.query("SELECT genders FROM documents"):
            for name, gender in json.loads(str(encoded)):
                told.setdefault(str(name), set()).add(str(gender))
        return {name: next(iter(g)) for name, g in told.items() if len(g) == 1}

    def vector_spaces(self) -> frozenset[str]:
        """What made the generation's vectors ("an older article-qa" where not recorded)."""
        rows = self.query("SELECT DISTINCT vector_space FROM documents")
        return frozenset("an older article-qa" if v is None else str(v) for (v,) in rows)

    def sentences_in(self, doc_id: str, paragraph: int, start: int, end: int) -> list[int]:
        """Numbers of the sentences of a paragraph that overlap [start, end)."""
        rows = self.query(
            "SELECT number FROM sentences WHERE doc_id = ? AND paragraph = ? AND start < ? "
            "AND end > ? ORDER BY number",
            (doc_id, paragraph, end, start),
        )
        return [int(str(n)) for (n,) in rows]

    def paragraph(self, doc_id: str, paragraph: int) -> list[int]:
        """Numbers of the sentences of one paragraph, in order."""
        rows = self.query(
            "SELECT number FROM sentences WHERE doc_id = ? AND paragraph = ? ORDER BY number",
            (doc_id, paragraph),
        )
        return [int(str(n)) for (n,) in rows]

    def passage_of(self, ids: Sequence[str]) -> dict[str, int]:
        """The passage each passage or sentence id stands for (a sentence: the first passage
        it is in); ids of neither are left out."""
        found: dict[str, int] = {}
        for chunk, marks in _in_lists(ids):
            for table, column in (("passages", "number"), ("sentences", "passage")):
                rows = self.query(
                    f"SELECT id, {column} FROM {table} WHERE id IN ({marks}) "
                    f"AND {column} IS NOT NULL",
                    chunk,
                )
                found.update((str(i), int(str(n))) for i, n in rows)
        return found

    def statements(self) -> list[tuple[int, str, tuple[str, ...]]]:
        """(number, speaker, aliases) of every attributed sentence, in order: once for its
        speaker, and once more for each person it reports with them (``joint_speakers``)."""
        rows = self.query(
            "SELECT number, 0, speaker, aliases FROM sentences WHERE speaker IS NOT NULL "
            "UNION ALL SELECT number, rowid, speaker, aliases FROM joint_speakers "
            "ORDER BY 1, 2"  # by sentence, its speaker before those it reports beside them
        )
        return [(int(str(n)), str(s), tuple(json.loads(str(a)))) for n, _, s, a in rows]

    def sourced(self) -> list[tuple[int, str]]:
        """(number, source) of every sentence giving a source no person is (``according_to``),
        in order."""
        rows = self.query(
            "SELECT number, according_to FROM sentences WHERE according_to IS NOT NULL "
            "ORDER BY number"
        )
        return [(int(str(n)), str(s)) for n, s in rows]

    def article_sentences(self) -> dict[str, range]:
        """The numbers of each article's sentences (consecutive, in reading order)."""
        rows = self.query("SELECT doc_id, MIN(number), MAX(number) FROM sentences GROUP BY doc_id")
        return {str(d): range(int(str(a)), int(str(b)) + 1) for d, a, b in rows}

    def article_passages(self) -> dict[str, range]:
        """The numbers of each article's passages (consecutive, in reading order)."""
        rows = self.query("SELECT doc_id, MIN(number), MAX(number) FROM passages GROUP BY doc_id")
        return {str(d): range(int(str(a)), int(str(b)) + 1) for d, a, b in rows}

    def sentence_texts(self, numbers: range) -> list[tuple[int, str]]:
        """(number, text) of the sentences ``numbers`` (consecutive), in one query."""
        if not numbers:
            return []
        rows = self.query(
            "SELECT number, text FROM sentences WHERE number BETWEEN ? AND ? ORDER BY number",
            (numbers.start, numbers.stop - 1),
        )
        return [(int(str(n)), str(text)) for n, text in rows]

    def people_named(self, doc_id: str) -> list[tuple[str | None, tuple[Name, ...]]]:
        """(speaker, names) of every sentence of one article, in order."""
        rows = self.query(
            "SELECT speaker, names FROM sentences WHERE doc_id = ? ORDER BY number", (doc_id,)
        )
        return [
            (
                None if speaker is None else str(speaker),
                tuple((str(label), str(text)) for label, text in json.loads(str(names))),
            )
            for speaker, names in rows
        ]

    def mentions_word(self, prefix: str) -> bool:
        """True when a word of the corpus's sentences (folded, split at spaces, without the
        punctuation around it) starts with ``prefix`` (without its own: "Jr." is "jr")."""
        prefix = prefix.strip(string.punctuation)
        if not prefix:
            return False
        rows = self.query(
            "SELECT 1 FROM words WHERE word >= ? AND word < ? LIMIT 1",
            (prefix, prefix + "\U0010ffff"),
        )
        return bool(rows)

    def words_starting(self, prefix: str, limit: int) -> list[str]:
        """The corpus's words (folded, as ``mentions_word`` reads them) that start with
        ``prefix``, in order, ``limit`` at most."""
        rows = self.query(
            "SELECT word FROM words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?",
            (prefix, prefix + "\U0010ffff", limit),
        )
        return [str(row[0]) for row in rows]

    def _meta(self, key: str) -> str:
        rows = self.query("SELECT value FROM meta WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else ""


class NameTable(Mapping[str, tuple[CorpusName, ...]]):
    """``CorpusNames`` read from a ``UnitFile``: first folded word -> names, longest first."""

    def __init__(self, units: UnitFile) -> None:
        self._units = units
        self._read = lru_cache(maxsize=CACHED_UNITS)(self._read_one)

    def __getitem__(self, first: str) -> tuple[CorpusName, ...]:
        found = self._read(first)
        if not found:
            raise KeyError(first)
        return found

    def __iter__(self) -> Iterator[str]:
        return (str(f) for (f,) in self._units.query("SELECT DISTINCT first FROM names"))

    def __len__(self) -> int:
        return int(str(self._units.query("SELECT COUNT(DISTINCT first) FROM names")[0][0]))

    def starting_with(self, prefix: str) -> list[CorpusName]:
        """The names whose first folded word starts with ``prefix``, read in one query (a
        question's initials are looked up by their first letter: ``Searcher._spellings``)."""
        rows = self._units.query(
            "SELECT parts, spelling, label FROM names WHERE first >= ? AND first < ?"
            " ORDER BY first, rank",
            (prefix, prefix + "\U0010ffff"),
        )
        return [
            (tuple(json.loads(str(parts))), str(spelling), str(label))
            for parts, spelling, label in rows
        ]

    def _read_one(self, first: str) -> tuple[CorpusName, ...]:
        rows = self._units.query(
            "SELECT parts, spelling, label FROM names WHERE first = ? ORDER BY rank", (first,)
        )
        return tuple(
            (tuple(json.loads(str(parts))), str(spelling), str(label))
            for parts, spelling, label in rows
        )


class UnitTable(Sequence[Unit]):
    """The passages or the sentences of a ``UnitFile``, by number; read when first asked for."""

    def __init__(self, units: UnitFile, table: TableName) -> None:
        self._units = units
        self._table = table
        self._cache: dict[int, Unit] = {}
        self._cache_lock = threading.Lock()
        self._count: int | None = None

    def __len__(self) -> int:
        if self._count is None:
            (count,) = self._units.query(f"SELECT COUNT(*) FROM {self._table}")[0]
            self._count = int(str(count))
        return self._count

    @overload
    def __getitem__(self, index: int) -> Unit: ...
    @overload
    def __getitem__(self, index: slice) -> list[Unit]: ...
    def __getitem__(self, index: int | slice) -> Unit | list[Unit]:
        if isinstance(index, slice):
            return self.many(range(*index.indices(len(self))))
        unit = self._cache.get(index)  # the common case: read already, no lock needed
        if unit is not None:
            return unit
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.many([index])[0]

    def many(self, numbers: Iterable[int]) -> list[Unit]:
        """The units ``numbers``, those not read yet in one query. The cache starts over when
        it holds ``CACHED_UNITS``: a question's units are read together, so it never drops
        the ones being used."""
        wanted = list(numbers)
        with self._cache_lock:
            missing = sorted({n for n in wanted if n not in self._cache})
            if len(self._cache) + len(missing) > CACHED_UNITS:
                self._cache = {n: self._cache[n] for n in wanted if n in self._cache}
            for chunk, marks in _in_lists(missing):
                for row in self._units.query(self._select(f"WHERE number IN ({marks})"), chunk):
                    self._cache[int(str(row[0]))] = _unit(self._table, row)
            cache = self._cache
        if any(n not in cache for n in wanted):
            raise IndexError(next(n for n in wanted if n not in cache))
        return [cache[n] for n in wanted]

    def __iter__(self) -> Iterator[Unit]:
        """Every unit in order, read in one pass (not kept)."""
        for row in self._units.query(self._select("ORDER BY number")):
            yield _unit(self._table, row)

    def _select(self, where: str) -> str:
        columns = SENTENCE_COLUMNS if self._table == "sentences" else COLUMNS
        prefixed = ", ".join(f"u.{c.strip()}" for c in columns.split(","))
        return (
            f"SELECT {prefixed}, d.url FROM {self._table} AS u "
            f"LEFT JOIN documents AS d ON d.doc_id = u.doc_id {where.replace('number', 'u.number')}"
        )


def _unit(table: TableName, row: tuple[object, ...]) -> Unit:
    """A row of ``_select`` as a unit, built once (this is on every question's path)."""
    _, id_, doc_id, source, text_path, title, paragraph, start, end, text = row[:10]
    url = row[-1]
    said = table == "sentences"  # only sentences have the speaker columns
    gap, speaker, aliases, direct, names, according_to, meant = (
        row[10:17] if said else ("", None, None, 0, None, None, None)
    )
    return Unit(
        id=str(id_),
        text=str(text),
        doc_id=str(doc_id),
        source=str(source),
        title=str(title),
        paragraph=int(str(paragraph)),
        start=int(str(start)),
        end=int(str(end)),
        url=None if url is None else str(url),
        text_path=str(text_path),
        gap=str(gap),
        speaker=None if speaker is None else str(speaker),
        aliases=tuple(json.loads(str(aliases))) if said else (),
        direct_quote=bool(direct),
        names=tuple((str(k), str(v)) for k, v in json.loads(str(names))) if said else (),
        according_to=None if according_to is None else str(according_to),
        refers_to=tuple(json.loads(str(meant))) if said else (),
    )


def _fill(
    connection: sqlite3.Connection,
    documents: Sequence[DocumentRecord],
    passages: Sequence[PassageRecord],
    sentences: Sequence[SentenceRecord],
) -> dict[TableName, str]:
    connection.executescript(SCHEMA)
    connection.executemany(
        "INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?)",
        [
            (d.doc_id, d.url, d.vector_space, json.dumps(d.genders, ensure_ascii=False))
            for d in documents
        ],
    )
    connection.executemany(
        "INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_place(n, p) for n, p in enumerate(passages)],
    )
    first_passage = _first_passages(passages, sentences)
    connection.executemany(
        "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                *_place(n, s),
                s.gap,
                s.speaker,
                json.dumps(s.speaker_aliases, ensure_ascii=False),
                int(s.direct_quote),
                json.dumps(s.names, ensure_ascii=False),
                first_passage.get(n),
                s.according_to,
                json.dumps(s.refers_to, ensure_ascii=False),
            )
            for n, s in enumerate(sentences)
        ],
    )
    connection.executemany(
        "INSERT INTO joint_speakers VALUES (?, ?, ?)",
        [
            (n, name, json.dumps(aliases, ensure_ascii=False))
            for n, s in enumerate(sentences)
            for name, aliases in s.joint_speakers
        ],
    )
    names = find_corpus_names((s.text, s.names) for s in sentences)
    connection.executemany(
        "INSERT INTO names VALUES (?, ?, ?, ?, ?)",
        [
            (first, rank, json.dumps(parts, ensure_ascii=False), spelling, label)
            for first, found in names.items()
            for rank, (parts, spelling, label) in enumerate(found)
        ],
    )
    # a word as written between spaces, without the punctuation around it: "(FAA)" is "faa"
    words = {w.strip(string.punctuation) for s in sentences for w in fold(s.text).split()}
    words.discard("")
    connection.executemany("INSERT INTO words VALUES (?)", [(w,) for w in sorted(words)])
    digests: dict[TableName, str] = {
        "passages": ids_digest(p.id for p in passages),
        "sentences": ids_digest(s.id for s in sentences),
    }
    connection.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [
            ("format", str(FORMAT)),
            ("passages_digest", digests["passages"]),
            ("sentences_digest", digests["sentences"]),
            ("complete", "yes"),
        ],
    )
    return digests


def _in_lists(values: Sequence[T]) -> Iterator[tuple[list[T], str]]:
    """``values`` in chunks for ``IN (...)``, each with its placeholders ("?,?,?")."""
    for begin in range(0, len(values), VALUES_PER_QUERY):
        chunk = list(values[begin : begin + VALUES_PER_QUERY])
        yield chunk, ",".join("?" * len(chunk))


def _place(number: int, unit: PassageRecord | SentenceRecord) -> tuple[object, ...]:
    p = unit.position
    return (
        number,
        unit.id,
        unit.doc_id,
        unit.source,
        unit.text_path,
        unit.title,
        p.paragraph,
        p.start,
        p.end,
        unit.text,
    )


def _first_passages(
    passages: Sequence[PassageRecord], sentences: Sequence[SentenceRecord]
) -> dict[int, int]:
    """Sentence number -> the number of the first passage that overlaps it."""
    by_paragraph: dict[tuple[str, int], list[int]] = {}
    for number, sentence in enumerate(sentences):
        key = (sentence.doc_id, sentence.position.paragraph)
        by_paragraph.setdefault(key, []).append(number)
    first: dict[int, int] = {}
    for number, passage in enumerate(passages):
        place = passage.position
        for n in by_paragraph.get((passage.doc_id, place.paragraph), []):
            s = sentences[n].position
            if s.start < place.end and s.end > place.start:
                first.setdefault(n, number)
    return first
