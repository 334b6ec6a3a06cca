"""How dates are written in English news: month and weekday names, as regular-expression parts
(the indexer reads datelines with them, retrieval tells a sentence that holds a time)."""

from __future__ import annotations

MONTH_NAMES = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
WEEKDAY_NAMES = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
