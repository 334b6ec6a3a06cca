"""The retrieval engine: ``Engine.answer(question) -> Answer``.

How a question is answered (the scoring itself is in ``retrieval.searcher``):

1. A question asking what someone said ("what did X say [about Y]?") is answered from the
   statements attributed to that person at index time, in article order. A person the corpus
   never mentions gets a refusal; one it names but never quotes is answered by hybrid
   retrieval (2.), keeping the excerpts that name them.
2. Any other question is answered by hybrid retrieval. Passages are ranked by dense similarity
   (Chroma) and BM25, fused by reciprocal rank; every sentence of the best passages is then scored
   on its own (dense and BM25) and with its passage's scores, and the best sentences are cited.
3. When nothing in the corpus shares the question's words or meaning, the engine refuses
   instead of citing unrelated text.

The engine watches the index pointer and swaps in a new generation when one is completed;
answers already under way finish on the generation they started with.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from article_qa import store
from article_qa.config import Settings
from article_qa.embedders import load_embedder
from article_qa.embedding import Embedder
from article_qa.errors import IndexMismatch, StoreUnavailable
from article_qa.questions import checked_question
from article_qa.textnorm import WORD, fold
from article_qa.word_vectors import load_word_vectors
from retrieval.answer_types import HOLDS_YEAR, Wanted, only_a_time
from retrieval.conversation import Conversation, Reply, Turn, without_context
from retrieval.excerpts import asks_about_speech
from retrieval.followups import Kind, Reading, read_followup, thing_asked_for, things_in
from retrieval.pronouns import PERSON, THING_OR_GROUP, pronoun_pattern
from retrieval.searcher import Searcher
from retrieval.snapshot import Snapshot
from retrieval.tuning import Thresholds, Weights
from retrieval.types import Answer, Citation

REFRESH_SECONDS = 1.0
"""How often, at most, the engine looks whether a new index generation went live."""
RETRY_FIRST = 0.5
RETRY_LONGEST = 5.0
"""Backoff between retries of a lost server connection: 0.5 s, doubling up to 5 s."""
STORY_CITATIONS = 1
"""A follow-up is answered from the article of the previous answer's first excerpt: the one
it told of first, not another that an excerpt further down comes from."""
T = TypeVar("T")
log = logging.getLogger(__name__)


class Engine:
    """Answers questions from the live index generation; reloads when a new one is swapped in."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        weights: Weights | None = None,
        thresholds: Thresholds | None = None,
    ) -> None:
        self.settings = settings
        self.weights = weights or Weights()
        self.thresholds = thresholds or Thresholds()
        self._embedder = embedder
        self._embedder_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._store = store.backend(settings)
        self._searcher: Searcher | None = None
        self._checked_at = 0.0
        if embedder is None:  # load the model while the store opens: both take a while
            threading.Thread(target=self._load_embedder_quietly, name="load-embedder").start()
        self.refresh(force=True)

    def _load_embedder_quietly(self) -> None:
        """Load the model (its word vectors first) ahead of need; a failure is left for
        ``embedder`` to report."""
        try:
            load_word_vectors(self.settings.embedding.model)
            self.embedder  # noqa: B018 (loading is the point)
        except Exception:
            pass

    @property
    def embedder(self) -> Embedder:
        """The embedding model, loaded on first use (once, even when asked from two threads)."""
        with self._embedder_lock:
            if self._embedder is None:
                self._embedder = load_embedder(self.settings.embedding)
            return self._embedder

    @property
    def snapshot(self) -> Snapshot:
        """The in-memory view of the generation answers currently come from."""
        assert self._searcher is not None
        return self._searcher.snapshot

    def refresh(self, force: bool = False) -> bool:
        """Open the live generation if it changed; True if it did.

        The pointer is looked at most once every ``REFRESH_SECONDS`` unless ``force`` is set,
        so a rebuild (from the CLI or the bot's /reindex) is picked up within about a second.
        """
        with self._refresh_lock:
            now = time.monotonic()
            if not force and now - self._checked_at < REFRESH_SECONDS:
                return False
            self._checked_at = now
            live = store.current_generation_name(self.settings, self._store)
            if self._searcher is not None and live == self._searcher.snapshot.generation:
                return False
            generation = store.open_current(self.settings, self._store)
            try:
                snapshot = Snapshot.load(generation.name, generation.records, generation.folder)
            except BaseException as exc:  # a corrupt database may panic in the Rust bindings
                if not store.is_store_failure(exc):
                    raise
                raise StoreUnavailable(
                    f"cannot read the index {generation.name} in {self._store.description} "
                    f"({type(exc).__name__}): run `article-qa index --full` to rebuild it"
                ) from None
            _check_vector_space(snapshot, self.embedder)
            self._searcher = Searcher(
                snapshot,
                generation.records,
                self.embedder,
                self.weights,
                self.thresholds,
                load_word_vectors(self.settings.embedding.model),
            )
            return True

    def close(self) -> None:
        """Release the store's connections (a server client, embedded database handles)."""
        self._store.close()

    def answer(self, question: str, k: int | None = None) -> Answer:
        """Cite the excerpts that answer ``question``, or refuse."""
        started = time.perf_counter()
        question = self._checked(question)
        k = k or self.settings.retrieval.top_k
        answer = self._guarded(lambda: self._refreshed().answer(question, k))
        return _timed(answer, started)

    def converse(
        self, question: str, conversation: Conversation | None = None, k: int | None = None
    ) -> Reply:
        """Answer ``question`` as a turn of ``conversation``; follow-ups are read against it.

        The reading (``retrieval.followups``) turns a follow-up into a standalone question,
        or into "the next excerpts" or "about the previous answer", or a question back; the
        answer says how it was understood (``Answer.understood_as``) and the returned
        conversation holds the new turn.
        """
        started = time.perf_counter()
        question = self._checked(question)
        k = k or self.settings.retrieval.top_k
        conversation = conversation or Conversation()
        searcher = self._guarded(self._refreshed)
        asked_about = conversation.last.speakers if conversation.last else ()
        reading = read_followup(
            question,
            conversation,
            searcher.speaker_handles,
            searcher.corpus_names,
            searcher.person_nouns,
            searcher.genders,
            lambda who: searcher.has_a_voice(who, asked_about),
            searcher.a_source,
            searcher.speaker_names,
        )
        previous = conversation.last
        if (
            previous is not None
            and previous.options
            and reading.kind in (Kind.MORE, Kind.ABOUT_PREVIOUS)
        ):
            previous = conversation.answered  # a question back left unanswered showed nothing
        if reading.kind is Kind.ACKNOWLEDGED:  # a reply, not a question: nothing is looked up
            answer = Answer(question, reason=reading.question, understood_as=question)
            return Reply(_timed(answer, started), conversation)
        if reading.kind is Kind.CLARIFY:
            names = " or ".join(reading.options)
            answer = Answer(question, reason=f"Do you mean {names}?", clarify=reading.options)
        elif reading.kind is Kind.MORE and previous is not None:
            answer = self._more(previous, k)
        elif reading.kind is Kind.ABOUT_PREVIOUS and previous is not None:
            wanted = reading.wanted
            assert wanted is not None
            # "Who said that?" says nothing of its own: "that" is what the previous answer
            # showed first (the latest shown comes first: after "Who else commented?", theirs)
            asked = question
            if wanted is Wanted.SPEAKER:
                asked = previous.citations[0].quote if previous.citations else reading.question
            answer = self._guarded(
                lambda: searcher.about_previous(asked, previous.citations, wanted, k)
            )
        elif reading.kind is Kind.OTHER_SPEAKERS and previous is not None:
            answer = self._others(question, conversation, k)
        else:
            # a follow-up goes on about the article the conversation is about
            stories = _stories(conversation)
            if reading.elsewhere and not searcher.mention(stories, reading.thing or ""):
                stories = ()  # "And in the fire in Norway?": maybe another article's
            if stories and reading.kind is not Kind.REWRITTEN:
                stories = stories if _names_nothing(reading.question, searcher) else ()
            # "What else did he say?": what the conversation has not shown yet
            own = without_context(reading.question)
            speech = asks_about_speech(own)
            shown = _shown(conversation, speech) if ELSE.search(own) else ()
            answer = self._guarded(
                lambda: searcher.answer(
                    reading.question, k + len(shown), reading.broad, stories=stories
                )
            )
            if shown:  # a statement once shown is told; a fact's answer, only its own text
                answer = _not_shown(answer, shown, k, told=_overlaps if speech else _covered)
        understood = _understanding(question, reading, previous)
        if reading.kind in (Kind.STANDALONE, Kind.REWRITTEN) and answer.understood_as:
            understood = answer.understood_as  # with the initials it spelt out
        answer = replace(_timed(answer, started), question=question, understood_as=understood)
        turn = self._turn(question, reading, answer, previous)
        return Reply(answer, conversation.then(turn))

    def _turn(self, question: str, reading: Reading, answer: Answer, previous: Turn | None) -> Turn:
        """What this turn establishes for the next one. "more" and "Why?"-style turns go on
        about the same people, topic and things as the turn before them (the people a "By
        whom?" answer names come first); "Who else
        commented?" goes on with the question before it, now about the others it cited ("What
        about Berg?" then asks that question of Berg)."""
        searcher = self._searcher
        assert searcher is not None
        named = searcher.people_in(answer.citations[0]) if answer.citations else ()
        quoted = _quoted(
            tuple(answer.extras.get("speakers", ())),
            answer.citations,
            str(answer.extras.get("speaker_asked") or ""),
        )
        going_on = (Kind.MORE, Kind.ABOUT_PREVIOUS, Kind.OTHER_SPEAKERS)
        if reading.kind in going_on and previous is not None:
            others = reading.kind is Kind.OTHER_SPEAKERS and bool(answer.citations)
            # "Why?" goes on about whom the conversation is about; "By whom?" and "Who said
            # that?" about whom their answer names
            asked_who = others or reading.wanted in (Wanted.PERSON, Wanted.AGENT, Wanted.SPEAKER)
            return replace(
                previous,
                question=question,
                speakers=quoted if others else previous.speakers,
                named=(named or previous.named) if asked_who else (previous.named or named),
                citations=answer.citations + previous.citations,  # the latest shown first
            )
        return Turn(
            question=question,
            understood_as=reading.question,
            speakers=quoted or reading.options or ((reading.person,) if reading.person else ()),
            options=reading.options,
            topic=_topic(answer.extras.get("topic") or reading.thing),
            named=named,
            things=things_in(reading.question, searcher.speaker_handles, searcher.corpus_names),
            asked_for=thing_asked_for(reading.question),
            citations=answer.citations,
            called=_called_so_far(previous, reading),
            refused=answer.refused,
        )

    def _others(self, question: str, conversation: Conversation, k: int) -> Answer:
        """The statements of the people the conversation has not been about yet whom the
        article of the latest answer's first excerpt quotes."""
        searcher = self._searcher
        assert searcher is not None
        answered = conversation.answered
        if answered is None:
            return Answer(question, refused=True, reason="There is no previous answer to go on.")
        seen = tuple(
            name
            for turn in conversation.turns
            for name in (*turn.speakers, *(c.speaker for c in turn.citations if c.speaker))
        )
        doc_id = answered.citations[0].doc_id
        return self._guarded(lambda: searcher.other_speakers(question, doc_id, seen, k))

    def _more(self, previous: Turn, k: int) -> Answer:
        """The excerpts for the previous question that its answer did not show yet."""
        searcher = self._searcher
        assert searcher is not None
        wanted = len(previous.citations) + k
        # "more" after "what did X say about Y": X's other statements, nearest to Y first
        stories = tuple(dict.fromkeys(c.doc_id for c in previous.citations))
        fuller = self._guarded(
            lambda: searcher.answer(previous.understood_as, wanted, off_topic=True, stories=stories)
        )
        # from the articles it cited ("anything else?" about the crash is not another story)
        fresh = tuple(
            c
            for c in fuller.citations
            if not _overlaps(c, previous.citations) and (not stories or c.doc_id in stories)
        )[:k]
        if not fresh:
            return Answer(previous.understood_as, reason="That is all the article says about it.")
        return replace(fuller, citations=fresh)

    def _refreshed(self) -> Searcher:
        self.refresh()
        assert self._searcher is not None
        return self._searcher

    def _guarded(self, ask: Callable[[], T]) -> T:
        """``ask()``; in server mode a lost connection is retried with backoff for
        ``[chroma].retry_seconds`` (a server restart), then it is a StoreUnavailable."""
        patience = (
            self.settings.chroma.retry_seconds if self.settings.chroma.mode == "server" else 0
        )
        deadline = time.monotonic() + patience
        delay = RETRY_FIRST
        while True:
            try:
                return ask()
            except BaseException as exc:  # a damaged database may panic in the Rust bindings
                if not (isinstance(exc, StoreUnavailable) or store.is_store_failure(exc)):
                    raise
                if time.monotonic() + delay > deadline:
                    waited = f" (retried for {patience:.0f} s)" if patience else ""
                    raise StoreUnavailable(
                        f"cannot read the index in {self._store.description}{waited}: {exc}"
                    ) from None
                log.warning("the store failed (%s); retrying in %.1f s", exc, delay)
                time.sleep(delay)
                delay = min(delay * 2, RETRY_LONGEST)

    def _checked(self, question: str) -> str:
        """The question as it will be asked (``article_qa.questions.checked_question``)."""
        return checked_question(question, self.settings.retrieval.max_question_chars)


def _names_nothing(question: str, searcher: Searcher) -> bool:
    """True when ``question`` names no person, place or thing ("What did the mayor say?",
    "How did the church react?", "What's the longest sentence now?"): it is not complete on
    its own, and in a conversation it is about the article the conversation is about. A year
    pins what it asks about to its own event ("Who won the 2014 world cup?"): it is
    complete; a pronoun before any name points back to what the conversation named ("when did
    they tell the EPA?"): it is not, whatever else it names (not "What did Ruiz say about her
    plan?")."""
    body = without_context(question)
    pronoun = POINTING_BACK.search(body)
    if pronoun and not searcher.question_names(body[: pronoun.start()]):
        return True  # "when did they tell the EPA?": who "they" are, the story says
    return not searcher.question_names(question) and not HOLDS_YEAR.search(question)


POINTING_BACK = pronoun_pattern(PERSON | THING_OR_GROUP)
"""Pronouns that stand for someone or something named before the question."""


ELSE = re.compile(r"\b(?:what|who|where|which|how)\s+else\b", re.IGNORECASE)
"""A question asking for what has not been said yet: "What else did he say?"."""


def _shown(conversation: Conversation, statements: bool) -> tuple[Citation, ...]:
    """What the conversation has told: for a question about what was said (``statements``:
    "What else did he say?"), every excerpt its turns cited, each statement being part of
    an answer; else each turn's first excerpt, its answer ("Who else attended?" after "Who
    fought the fire?" wants others than the firefighters, not only what no list showed)."""
    return tuple(
        c for turn in conversation.turns for c in turn.citations[: None if statements else 1]
    )


def _not_shown(
    answer: Answer,
    shown: tuple[Citation, ...],
    k: int,
    told: Callable[[Citation, tuple[Citation, ...]], bool] | None = None,
) -> Answer:
    """``answer`` with the excerpts that ``shown`` told already (``told``: by default, those
    quoting any of their text, ``_overlaps``) after the others, at most ``k`` in all; when
    every one of them was, none, saying that is all."""
    if answer.refused:
        return answer
    told = told or _overlaps
    fresh = tuple(c for c in answer.citations if not told(c, shown))
    if not fresh:
        return replace(answer, citations=(), reason="That is all the article says about it.")
    again = tuple(c for c in answer.citations if c not in fresh)
    return replace(answer, citations=(fresh + again)[:k])


def _overlaps(citation: Citation, shown: tuple[Citation, ...]) -> bool:
    """Whether ``citation`` quotes text one of ``shown`` quoted: the same sentence may come
    again in a wider excerpt (a quotation cited with the sentence reporting it)."""
    return any(
        c.doc_id == citation.doc_id and c.start < citation.end and citation.start < c.end
        for c in shown
    )


def _covered(citation: Citation, shown: tuple[Citation, ...]) -> bool:
    """Whether ``shown`` quoted every character of ``citation``: an excerpt that joins the
    answer given before to the next sentence ("He met Babis. Babis went into isolation, as
    did Michel.") tells something new."""
    spans = sorted((c.start, c.end) for c in shown if c.doc_id == citation.doc_id)
    reached = citation.start
    for start, end in spans:
        if start > reached:
            break
        reached = max(reached, end)
    return reached >= citation.end


def _stories(conversation: Conversation) -> tuple[str, ...]:
    """The articles the conversation is about (``_cited_articles`` of its latest answer)."""
    answered = conversation.answered
    return _cited_articles(answered) if answered is not None else ()


def _cited_articles(turn: Turn) -> tuple[str, ...]:
    """The articles of a turn's first excerpts (``STORY_CITATIONS``), first cited first."""
    return tuple(dict.fromkeys(c.doc_id for c in turn.citations[:STORY_CITATIONS]))


def _called_so_far(previous: Turn | None, reading: Reading) -> tuple[tuple[str, str], ...]:
    """Whom the conversation has called "he" or "she", this turn's pronoun included."""
    called = previous.called if previous is not None else ()
    if reading.person is None or reading.gender is None:
        return called
    kept = tuple((name, gender) for name, gender in called if name != reading.person)
    return (*kept, (reading.person, reading.gender))


def _quoted(
    speakers: tuple[str, ...], citations: tuple[Citation, ...], asked: str = ""
) -> tuple[str, ...]:
    """Of the people a question may mean ("Argentina's president": every president), the ones
    its answer quotes, and those it names (``asked``: "Halvorsen and Al-Mansouri", whether or
    not both spoke of what it asked); all of them when it quotes and names none."""
    named = set(WORD.findall(fold(asked)))
    meant = tuple(
        s for s in speakers if any(c.speaker == s for c in citations) or _surname_words(s) <= named
    )
    return meant or speakers


def _surname_words(name: str) -> set[str]:
    """The words (folded) of the last word of ``name`` ("al", "mansouri" of Al-Mansouri)."""
    return set(WORD.findall(fold(name.split()[-1]))) if name.split() else {""}


def _topic(asked: str | None) -> str | None:
    """What a turn asked about, for the next turn's "it" and "and X?": not a time ("What did
    she say afterwards?" then "Is it a record?" is not about "afterwards")."""
    return None if asked is None or only_a_time(asked) else asked


def _understanding(question: str, reading: Reading, previous: Turn | None) -> str:
    """How a turn was understood, in words a person can check."""
    if reading.kind is Kind.MORE and previous is not None:
        return f"more on: {previous.understood_as}"
    if reading.kind is Kind.ABOUT_PREVIOUS and previous is not None:
        return f"{question} (about the previous answer to: {previous.understood_as})"
    if reading.kind is Kind.OTHER_SPEAKERS and previous is not None:
        return f"{question} (others quoted in the article of: {previous.understood_as})"
    return reading.question


def _check_vector_space(snapshot: Snapshot, embedder: Embedder) -> None:
    """Refuse an index whose vectors questions would not be comparable with."""
    other = sorted(snapshot.vector_spaces - {embedder.vector_space})
    if other:
        raise IndexMismatch(
            f"the index {snapshot.generation} was embedded with {other[0]}, but questions "
            f"would be embedded with {embedder.vector_space}: set [embedding] as it was when "
            "the index was built, or run `article-qa index --full`"
        )


def _timed(answer: Answer, started: float) -> Answer:
    return replace(answer, elapsed_ms=round((time.perf_counter() - started) * 1000, 2))
