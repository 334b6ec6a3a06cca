"""Write the index: read articles, cut them into passages and sentences, embed, store in Chroma."""

from index.builder import IndexSummary, build_index

__all__ = ["IndexSummary", "build_index"]
