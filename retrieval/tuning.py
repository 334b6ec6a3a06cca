"""The weights that rank a sentence and the thresholds that decide when to refuse and how
much to cite, in one place, with how each was chosen where a reader would ask (tuned with
``article-qa eval``). The searcher's sizes and windows (how many candidates, how long an
excerpt may grow) stay beside the code that uses them in ``retrieval.searcher``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    """How the evidence for one sentence is combined (tuned with ``article-qa eval``)."""

    sentence_dense: float = 0.45
    sentence_lexical: float = 0.25
    """For the share of the question's key words a sentence holds (``Searcher._key_words``)."""
    passage_fused: float = 0.35
    paragraph_lexical: float = 0.15
    context_words: float = 0.5
    """What a word of a follow-up's context ("Who died? (after: Where did the jet come
    down?)") weighs in the key-word share, against 1 for the follow-up's own words: the context
    says what is given, the follow-up what is asked."""
    own_meaning: float = 0.8
    """What the meaning of a follow-up's own words weighs in the vector it is searched with,
    against that of its context, the question asked before (the rest): "How did they die?
    (after: How many died in the fire?)" asks how, not how many. Tuned on the conversations'
    tune half: mixed with the whole question instead, 0, 0.5, 0.7 and 1.0 gave follow-up
    hit@1 0.596, 0.596, 0.606, 0.606 and mrr 0.687, 0.687, 0.698, 0.697 (the check half:
    0.607, 0.636, 0.636, 0.607 and 0.699, 0.711, 0.710, 0.692); mixed with the context's
    vector, which the previous turn has already embedded, 0.7 and 0.8 gave hit@1 0.606,
    0.606, hit@3 0.780, 0.798, mrr 0.696, 0.697 (check: 0.626, 0.636; 0.804, 0.804; 0.706,
    0.710)."""
    near_words: float = 0.5
    """What a key word weighs in a sentence that holds only a near word of it ("killed" for
    "died"), against 1 for the word itself."""
    near_cosine: float = 0.55
    """The cosine of first-layer vectors from which a word is near another for ranking:
    stricter than ``Thresholds.near_word``, since here a wrong stand-in moves the answer,
    while in refusal it only keeps a question answered."""
    answer_type: float = 0.1
    """Bonus for a sentence holding the kind of answer asked for (``retrieval.answer_types``):
    a number, a time, or a name of the kind asked for that the question does not give."""
    narrow_answer_type: float = 0.2
    """The bonus instead, for a narrow kind of answer (``answer_types.NARROW_TYPES``: an age,
    a year, a span of time, a sum of money, a measure, a cause of death), which few
    sentences hold by chance. Tuned on news_dev's tune half (0.1, 0.2, 0.3, 0.5): 0.2 ranks
    15 of its 18 such questions' evidence first instead of 11; all 9 of the check half's were
    first already and stay so."""
    story: float = 0.5
    """Bonus for a sentence of the article a conversation is about, when a follow-up is
    asked (``Searcher.answer``'s ``stories``). Tuned on the conversations' tune half: 0.15,
    0.3, 0.5 and 1.0 gave the same fact figures within a turn, and speaker recall rose up to
    0.5; above it, a sentence of another article wins only when the story holds no answer."""


@dataclass(frozen=True)
class Thresholds:
    """When to refuse: the question must share enough meaning or words with the corpus.

    ``relevance = best sentence cosine + 0.3 * share of the question's key words in the best
    passage + 0.3 * share of them in that passage's article`` (for a follow-up, anywhere in
    the corpus: ``Searcher._relevance``). A key word is one that says what the question is
    about, not what kind of answer it wants ("How many", "Which street":
    ``answer_types.kind_words``); the best passage holds it when it holds the word or a near
    word (``near_word``). On the development sets, answerable questions score 0.73 and up,
    off-topic ones 0.05 to 0.72 (most below 0.5); the threshold keeps a wide margin below the
    answerable ones, since refusing an answerable question is the worse mistake.
    """

    min_relevance: float = 0.55
    unknown_name: float = 0.7
    """The relevance needed when the question names something the corpus never does
    (``_unknown_name``): answerable questions score 0.73 and up, and those naming a thing in
    other words ("Americans" for "the United States") or misspelt score well above; the
    off-topic ones sharing a word with the article ("Who won the 2020 Super Bowl?") score
    just above ``min_relevance``."""
    near_word: float = 0.4
    """The cosine of two words' first-layer vectors (``article_qa.word_vectors``) from which a
    word of the article stands in for one of the question ("father" for "dad", "killed" for
    "died"); unrelated words stay below 0.35."""
    role_word: float = 0.6
    """The cosine from which a role or relation ("father") stands in for a word of "what did
    X say" that the corpus never uses ("dad" 0.75, "mom" 0.70), and from which such a word
    is one the corpus says otherwise, so not someone it never mentions ("cops": "police"
    0.68); a surname typed in lower case stays well below ("trump" 0.36 to "president",
    "baker" 0.37 to "chef")."""
    topic_share: float = 0.7
    """For "what did X say about Y": X's statements scoring at least this share of the best
    one's topic score are cited, best first. A trade of precision (the statements cited that
    are on Y) for recall; tuned on news_dev's tune half by their harmonic mean: 0.6, 0.7 and
    0.8 gave precision 0.869, 0.886, 0.900 and recall 0.902, 0.890, 0.873 (the check half:
    0.809, 0.828, 0.840 and 0.904, 0.898, 0.875)."""
    excerpt_share: float = 0.8
    """ "What did X say?" of someone the articles name but never quote cites the excerpts
    scoring at least this share of the best one's, and those reporting X's words however low:
    the rest are mostly about other things the question did not ask about ("Mensah's
    daughter studies medicine"). Any other answer leaves out the excerpts of other articles
    than its first one's scoring under this share: on news_dev's tune half, none of the 26
    excerpts so left out held the evidence or a statement asked for
    (``Searcher._near_the_best``)."""
    passage_words: float = 0.3
    corpus_words: float = 0.3
    """The weight of the share of key words in the best passage's article (a follow-up's: in
    the corpus)."""
