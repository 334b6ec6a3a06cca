"""Values shared by ``index/`` and ``retrieval/`` about what a record holds.

The records themselves are in ``article_qa.records``; how they are laid out in Chroma is in
``article_qa.chroma_records``.
"""

from __future__ import annotations

Name = tuple[str, str]
"""A named entity: (spaCy label, text), e.g. ("PERSON", "Patrick Crusius")."""
