"""The verbs and nouns that report speech, shared by the indexer (which sentences are
someone's statement: ``index.speech``) and retrieval (what a question may ask that someone did
with words: ``retrieval.speakers``; which excerpts report speech: ``retrieval.searcher``), so
that both read the same words as speech."""

from __future__ import annotations

REPORTING = frozenset(
    """say tell state explain warn insist argue write declare assert claim announce acknowledge
    stress emphasize emphasise reply respond remark comment urge predict admit concede tweet add
    note ask observe suggest recall maintain confirm deny allege testify mention describe caution
    conclude complain estimate reiterate agree continue call pledge promise vow underline
    criticise criticize praise condemn denounce characterize characterise accuse express
    highlight reveal indicate point quote recommend blame thank apologise apologize lament
    disagree encourage credit affirm reaffirm reassert advise quip joke demand liken attribute
    hail laud refer speak talk inform clarify confess propose threaten second discuss
    report rule""".split()
)
"""Reporting verbs, by lemma: the class of English verbs that introduce what someone said,
the verbs of communication (saying, telling, proposing, threatening, discussing)."""


NEEDS_SPEECH = frozenset(
    """add note ask observe suggest recall maintain continue agree describe call point indicate
    express reveal highlight declare hail laud refer speak talk report rule respond""".split()
)
"""Reporting verbs that are often not speech ("prices continued to fall", "called a meeting"):
they count only with a quotation, a colon or a clause ("that ...") as their complement, or a
particle that makes them speech ("pointed out", "called on"): "NBC News reported that ...",
not "reported missing" nor "responded to reports of a shooting"."""


IRREGULAR_FORMS = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
}
"""The irregular past forms of the commonest reporting verbs, with their lemmas, which no
rule derives from them."""
IRREGULAR_PAST = frozenset(IRREGULAR_FORMS) - {"written", "spoken"}
"""The irregular past tenses of the commonest reporting verbs ("said", "told", "wrote",
"spoke"), not their participles."""


SPEECH_NOUNS = frozenset(
    """allegation claim accusation assertion denial warning promise pledge complaint
    criticism""".split()
)
"""Nouns that report what someone said, with what they said: "Roe's allegations of fraud"."""
