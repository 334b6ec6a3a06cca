"""BM25 (bm25s) over the passages or the sentences of an index generation.

The indexer builds both once per generation and saves them in the generation's folder; a reader
loads them memory-mapped instead of tokenizing every text again (about half a second and the
memory of the token lists at 300 articles). A saved index is used only if it was built over
exactly the units the reader reads, in the same order (the digest of their ids,
``article_qa.unit_file.ids_digest``); otherwise, or when it is missing or damaged, the reader
builds its own.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path

import bm25s
import numpy as np
import numpy.typing as npt

from article_qa.textnorm import tokens

PASSAGES_FOLDER = "lexical-passages"
SENTENCES_FOLDER = "lexical-sentences"
"""Where, in a generation's folder, the two saved indexes live."""
KEYS_FILE = "keys.json"
"""The number of texts and the digest of their ids."""
EMPTY = "\u2205"
"""The token of a text with no content word (bm25s wants at least one per text)."""


class LexicalIndex:
    """BM25 scores of a query against ``count`` texts, in their order."""

    def __init__(self, count: int, digest: str, bm25: bm25s.BM25) -> None:
        self.count = count
        self.digest = digest
        """Of the ids of the texts (``ids_digest``): which units the scores are for."""
        self._bm25 = bm25
        self.vocabulary = frozenset(bm25.vocab_dict)
        """Every stemmed word of the texts."""

    @classmethod
    def build(cls, texts: Sequence[str], digest: str) -> LexicalIndex:
        bm25 = bm25s.BM25()
        bm25.index([tokens(text) or [EMPTY] for text in texts] or [[EMPTY]], show_progress=False)
        return cls(len(texts), digest, bm25)

    def scores(self, query_tokens: list[str]) -> npt.NDArray[np.float32]:
        known = [t for t in query_tokens if t in self.vocabulary]
        if not known or not self.count:
            return np.zeros(self.count, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)[: self.count]

    def save(self, folder: Path) -> None:
        """Write the index into ``folder`` (replaced whole, never left half written)."""
        scratch = folder.with_name(f".{folder.name}.partial")
        shutil.rmtree(scratch, ignore_errors=True)
        self._bm25.save(str(scratch), show_progress=False)
        keys = {"count": self.count, "digest": self.digest}
        (scratch / KEYS_FILE).write_text(json.dumps(keys), encoding="utf-8")
        shutil.rmtree(folder, ignore_errors=True)
        scratch.rename(folder)

    @classmethod
    def load(cls, folder: Path, digest: str) -> LexicalIndex | None:
        """The index saved in ``folder`` if it was built over the units of ``digest``."""
        try:
            saved = json.loads((folder / KEYS_FILE).read_text(encoding="utf-8"))
            if saved["digest"] != digest:
                return None
            bm25 = bm25s.BM25.load(str(folder), mmap=True, show_progress=False)
            return cls(int(saved["count"]), digest, bm25)
        except (OSError, ValueError, KeyError, TypeError):
            return None


def lexical_text(title: str, text: str) -> str:
    """What BM25 reads of a passage or sentence: its article's title and its text."""
    return f"{title}\n{text}"
