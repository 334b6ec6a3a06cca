"""Near words: which word of an article stands in for a word of the question.

People ask in their own words: "Who was her dad?" of an article that says "father", "How many
were hurt?" of one that says "injured". The embedding model's first layer gives every word of
its vocabulary a vector before any context is mixed in; words used alike sit close
(cosine of "dad" and "father" 0.75, "cops" and "police" 0.68, "died" and "killed" 0.58,
"hurt" and "injured" 0.49), unrelated ones far apart ("won" and "cost" 0.18, "bread" and
"hampshire" 0.19). Those vectors are read from the installed model's weights file: nothing is
downloaded, nothing is computed but a normalisation.

Only words that are one piece of the model's vocabulary have a vector of their own; longer or
rarer words (most names) are matched as they are written, or not at all.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

import numpy as np
import numpy.typing as npt

from article_qa.embedding import resolve_model

WEIGHTS_FILE = "model.safetensors"
VOCABULARY_FILE = "vocab.txt"
EMBEDDINGS_KEY = "word_embeddings.weight"
"""The end of the name the first layer's vectors go by in a BERT-style weights file."""


@dataclass(frozen=True)
class WordVectors:
    """The model's vector for each one-piece word of its vocabulary, of unit length."""

    vectors: npt.NDArray[np.float32]
    rows: dict[str, int]

    def near_words(
        self, words: Mapping[str, str], candidates: Iterable[str], threshold: float
    ) -> dict[str, set[str]]:
        """For each key of ``words`` (a word by any key), the ``candidates`` whose cosine with
        the word is at least ``threshold``: one product for them all."""
        asked = {key: self.rows[word] for key, word in words.items() if word in self.rows}
        named = [c for c in set(candidates) if c in self.rows]
        if not asked or not named:
            return {}
        # einsum, not @: a product this small is quicker on one thread than on BLAS's pool,
        # whose threads wake to contend with the model's
        similarities = np.einsum(
            "ij,kj->ik",
            self.vectors[[self.rows[c] for c in named]],
            self.vectors[list(asked.values())],
        )
        close = similarities >= threshold
        return {key: {named[i] for i in np.flatnonzero(close[:, j])} for j, key in enumerate(asked)}

    def neighbours(self, word: str, threshold: float) -> list[str]:
        """The words of the whole vocabulary whose cosine with ``word`` is at least
        ``threshold``, nearest first (none for a word the vocabulary does not hold whole)."""
        row = self.rows.get(word)
        if row is None:
            return []
        similarities = self.vectors @ self.vectors[row]
        close = np.flatnonzero(similarities >= threshold)
        words = self._words
        return [words[i] for i in close[np.argsort(-similarities[close])] if i != row]

    @cached_property
    def _words(self) -> list[str]:
        words = [""] * len(self.vectors)
        for word, row in self.rows.items():
            words[row] = word
        return words

    def closest(self, word: str, candidates: Iterable[str]) -> tuple[str, float]:
        """The candidate nearest ``word`` and its cosine; ("", 0) when there is none."""
        row = self.rows.get(word)
        named = sorted({c for c in candidates if c in self.rows})
        if row is None or not named:
            return "", 0.0
        similarities = np.einsum(
            "ij,j->i", self.vectors[[self.rows[c] for c in named]], self.vectors[row]
        )
        best = int(similarities.argmax())
        return named[best], float(similarities[best])


NO_VECTORS = WordVectors(np.zeros((0, 1), dtype=np.float32), {})
"""For a model whose weights file has no first-layer vectors: words match only as written."""


_LOADING = threading.Lock()


def load_word_vectors(model: str) -> WordVectors:
    """The first-layer word vectors of the ``[embedding].model`` setting's model, read once per
    process (a second thread asking meanwhile waits for the first); ``NO_VECTORS`` when its
    folder has no safetensors weights or vocabulary."""
    with _LOADING:
        return _load(model)


@cache
def _load(model: str) -> WordVectors:
    folder = resolve_model(model).path
    if not (folder / WEIGHTS_FILE).is_file() or not (folder / VOCABULARY_FILE).is_file():
        return NO_VECTORS
    return _read(folder)


def _read(folder: Path) -> WordVectors:
    from safetensors import safe_open

    with safe_open(str(folder / WEIGHTS_FILE), framework="np") as weights:
        keys = [k for k in weights.keys() if k.endswith(EMBEDDINGS_KEY)]
        if not keys:
            return NO_VECTORS
        table = np.array(weights.get_tensor(keys[0]), dtype=np.float32)  # a copy of our own
    norms = np.sqrt(np.einsum("ij,ij->i", table, table))
    norms[norms == 0] = 1
    table /= norms[:, None]  # in place: a new 47 MB array took 60 ms
    words = (folder / VOCABULARY_FILE).read_text(encoding="utf-8").splitlines()
    rows = {w: i for i, w in enumerate(words[: len(table)]) if w.isalpha() and w.islower()}
    return WordVectors(table, rows)
