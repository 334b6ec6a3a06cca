"""article-qa: answers questions about news articles with verbatim, cited excerpts."""

__version__ = "0.1.0"
