"""Domain errors raised by the core; the front ends turn them into one line for the user.

Each error carries a message that already says what to do. ``exit_code`` follows the
usual convention: 2 for a usage or configuration mistake, 1 for a runtime failure.
"""

from __future__ import annotations


class ArticleQAError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 1


class ConfigError(ArticleQAError):
    """The configuration file or a command-line setting is invalid."""

    exit_code = 2


class CorpusError(ArticleQAError):
    """An article path is missing, empty, unreadable or not UTF-8 text."""

    exit_code = 2


class QuestionError(ArticleQAError):
    """The question itself cannot be answered as asked (empty, too long)."""

    exit_code = 2


class IndexMissing(ArticleQAError):
    """No index has been built yet at the configured place."""


class IndexMismatch(ArticleQAError):
    """The index's vectors were made by another model, backend or precision than the one
    configured to embed questions."""

    exit_code = 2


class IndexBusy(ArticleQAError):
    """Another ``article-qa index`` run holds the index lock."""


class StoreUnavailable(ArticleQAError):
    """The Chroma store cannot be reached or opened."""
