"""Whether a word is a first name, read from the embedding model's first layer.

The model's first-layer word vectors (``article_qa.word_vectors``) place many first names
along the direction that separates "she" from "he", "mother" from "father" and "queen" from
"king": "linda" and "margaret" well to one side, "thomas" and "carl" well to the other. A
capitalised word that lies far along it is a given name ("Marcus Bell", whatever the entity
recogniser says), which the indexer uses to tell a person from an organisation. The side is
not taken for the person's gender: English text puts "Kelly", "Dana", "Andrea" and "Simone"
on the female side whoever bears them, and the article's own pronouns say more. Names that
are not one piece of the model's vocabulary, and those near the middle ("jordan", "robin"),
tell nothing. Nothing is downloaded: the bundled model's weights are read.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import numpy.typing as npt

from article_qa.config import EmbeddingSettings
from article_qa.titles import GENDERED_TITLES
from article_qa.word_vectors import WordVectors, load_word_vectors

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
"""Gendered pronouns, beside ``GENDERED_TITLES``, that set the direction."""
MARGIN = 0.08
"""How far along the direction (cosine with it) a word must lie to be taken for a given name:
"linda" lies at 0.18, "thomas" at -0.13, "jordan" and "robin" within 0.05 of the middle."""


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" for a first name ("Linda"), None when its vector says neither clearly."""
    vectors = _bundled_vectors()
    row = vectors.rows.get(name.lower())
    direction = _direction()
    if row is None or direction is None:
        return None
    lean = float(vectors.vectors[row] @ direction)
    if abs(lean) < MARGIN:
        return None
    return "f" if lean > 0 else "m"


@cache
def _bundled_vectors() -> WordVectors:
    """The word vectors of the bundled model, whatever model embeds: the indexer's reading
    of names must not change with the embedding setting."""
    return load_word_vectors(EmbeddingSettings().model)


@cache
def _direction() -> npt.NDArray[np.float32] | None:
    """The unit vector from the male words' mean to the female words' mean."""
    vectors = _bundled_vectors()
    known = {**GENDERED_TITLES, **PRONOUNS}
    words = {word: gender for word, gender in known.items() if word in vectors.rows}
    sides = {
        gender: [vectors.vectors[vectors.rows[w]] for w in words if words[w] == gender]
        for gender in ("m", "f")
    }
    if not sides["m"] or not sides["f"]:
        return None
    direction = np.mean(sides["f"], axis=0) - np.mean(sides["m"], axis=0)
    norm = float(np.linalg.norm(direction))
    return (direction / norm).astype(np.float32) if norm else None
