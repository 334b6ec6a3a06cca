"""Answering against one index generation: hybrid ranking, sentence excerpts, speakers.

A ``Searcher`` is made for one generation and never changes, so every answer it gives reads
one consistent snapshot even while the engine swaps in a newer generation.
"""

from __future__ import annotations

import bisect
import difflib
import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from types import MappingProxyType
from typing import NamedTuple

import numpy as np
import numpy.typing as npt
from anyascii import anyascii

from article_qa.corpus_names import CorpusName, CorpusNames, corpus_name, names_in
from article_qa.embedding import Embedder
from article_qa.nlp import common_nouns
from article_qa.records import Name, RecordStore
from article_qa.textnorm import (
    STOPWORDS,
    WORD,
    fold,
    fold_spaces,
    is_question,
    negated_words,
    singular_forms,
    tokens,
    without_possessive,
    written_words,
)
from article_qa.titles import (
    BODY_OFFICE_WORDS,
    NO_LONGER,
    OFFICE_WORDS,
    ORGANISATION_WORDS,
    PERSON_WORDS,
    RANK_WORDS,
    RELATION_WORDS,
    TITLE_WORDS,
)
from article_qa.word_vectors import NO_VECTORS, WordVectors
from retrieval.answer_types import (
    NARROW_TYPES,
    NameKind,
    Wanted,
    asks_a_fact,
    auxiliary_words,
    expected_name,
    expected_type,
    holds_in_sentence,
    holds_wanted,
    instance_asked,
    introduction_asked,
    kind_words,
    lacking_note,
    names_an_instance,
    names_new,
)
from retrieval.conversation import context_of, without_context
from retrieval.excerpts import (
    QUOTATION,
    all_quotation,
    asks_about_speech,
    citation_of,
    one_voice,
    outside_quotation,
    points_back,
    reported_by,
    reports_speech,
    statement_speaker,
)
from retrieval.overview import LEAD_SENTENCES, asks_for_overview, is_caption
from retrieval.question_names import (
    DESCRIBING,
    DONE_TO,
    absent_name,
    as_asked,
    asks_who_did_it,
    degree_words,
    describes,
    name_words,
    proper_words,
    someone_unnamed,
    story_unnamed,
    thing_identified,
    topic_nouns,
    topic_words,
    unknown_name,
)
from retrieval.snapshot import Snapshot, Unit
from retrieval.speakers import (
    PERSON_NOUNS,
    RELATIVE,
    SpeakerDirectory,
    SpeakerQuestion,
    asked_together,
    initials_spelt,
    match_speakers,
    mentioned_speaker_question,
    parse_speaker_question,
    people_asked_about,
    possessor,
    same_word,
    undislocated,
    unqualified,
    words_asked_for,
)
from retrieval.tuning import Thresholds, Weights
from retrieval.types import Answer, Citation

SPELT_OUT = re.compile(r"\s*\([^()]*\)")
"""What ``_with_initials_spelt`` put after initials: "IRS (Internal Revenue Service)"."""
RRF_K = 60
POINTED_AT = re.compile(r"(?:this|that|these|those)\s", re.IGNORECASE)
"""What a question points back to ("that theory"), someone only when the index quotes them."""
NATIONALITY_ENDING = re.compile(r"(?=(?:ian|an|n|ese|ish|i)$)")
"""Where a nationality's ending may begin ("Samoa-n", "Canad-ian", "Chin-ese"): every place,
so that each possible stem is tried."""
NATIONALITY_STEM = 4
"""Letters the rest must keep to be a country's name begun ("Samoa", "Canad")."""
NATIONALITY_STEM_END = 2
"""Letters a country's name may have past where a nationality's ending begins ("Canad-a",
"Germa-ny")."""
TOLD_OF_ARTICLES = 20
"""The most articles quoting someone whose words ``Searcher._told_elsewhere`` looks beyond for a
topic (someone quoted in more is left to ranking by the topic: a question about them costs no
more than one about anyone)."""
TOLD_OF_PASSAGES = 5
"""How many of the passages a topic's nouns rank first are looked at for another story that
speaks of all of them (``Searcher._told_elsewhere``)."""
INITIALS = re.compile(r"\b[A-Z]{2,6}\b(?!\s*\()")
"""Initials in a question ("IRS", "EPA"), unless their name follows already."""
SPELLING = 0.85
"""How alike (``difflib``'s ratio) a name the corpus never uses must be to a quoted person's
surname to be read as a misspelling of it: "stoltenburg"/"stoltenberg" 0.91, "davutuglu"/
"davutoglu" 0.89; different names stay lower ("pence"/"pompeo" is not even compared: five
letters). A question's other words are respelt by the same measure."""
MISSPELT_LENGTH = 6
"""The fewest letters of a word respelt as the corpus's (``Searcher._respelt``,
``Searcher._with_misspellings_respelt``): a shorter one is as likely a name or an
abbreviation."""
SPELLING_CANDIDATES = 5000
"""The most corpus words a misspelling is compared with (those sharing its first letters)."""
DESCRIBED_WITHIN = 3
"""Excerpts of plain retrieval looked in for the person a description names."""
GENERIC_PERSON = frozenset(tokens(" ".join(PERSON_WORDS)))
"""Words for a person by sex or age, stemmed: they describe nobody in particular ("UNICEF's man
in Samoa" is described by "UNICEF" and "Samoa")."""
DENSE_PASSAGES = 30
DENSE_UNITS = 80
"""Nearest passages and sentences asked of Chroma; they name up to DENSE_PASSAGES passages."""
NAMED_SENTENCES = 200
"""Sentences naming a country or body (most of its words first) looked at for its being the
subject of a verb of saying (``Searcher._said_by_name``)."""
CANDIDATE_PASSAGES = 15
"""Best fused passages whose sentences are scored one by one. With ten, an article's short
photo captions ("Ibrahim Salamov, last year's winner. Image: ...") could fill the pool and
keep out the passage holding the answer; fifteen costs about 1 ms a question."""
TOPIC_CANDIDATES = 200
"""A speaker's statements whose meaning is compared with a topic ("what did X say about Y"):
those with most of Y's words."""
TURN_SENTENCES = 40
"""How far back from an interviewee's statement the question it answers is looked for: the
rest of their turn, then the interviewer's paragraph."""
TITLES_SHOWN = 5
"""Titles a reply lists when it must ask which article is meant."""
QUERY_VECTORS_KEPT = 1_000
"""The most question vectors kept, so that a follow-up's context is not embedded again."""
WORDS_KEPT = 100_000
"""Sentences whose words a searcher keeps (``Searcher._words_of``, ``_written_of``) before
starting over."""
PEOPLE_KEPT = 10_000
"""Articles whose people a searcher keeps (``Searcher.people_of``) before starting over."""
ARTICLES_KEPT = 10_000
"""Articles whose words a searcher keeps (``Searcher._article_words``) before starting over."""
INITIALS_WORD = 3
"""The longest word in capitals taken as initials inside a name ("US" of "US Geological
Survey"), all of whose letters its own initials hold."""
PERSON_INITIALS = 3
"""The fewest initials taken for a person's name ("MBS" for Mohammed bin Salman)."""
SHORT_EXCERPT = 60
"""A cited sentence shorter than this is widened with its neighbour, so it reads on its own."""
WINDOW_CHARS = 300
"""The longest a first excerpt grows to take in the neighbour holding the question's missing
key words."""
PREVIOUS_CITATIONS = 3
"""A follow-up about the previous answer looks at its first excerpts ..."""
LATER_CITATION = 1
"""... the first one above all: a later excerpt counts as this many sentences further away ..."""
NEIGHBOURS = 3
"""... and the sentences up to this far before and after them in the article: those holding
the kind of answer asked for (ABOUT_TYPE), closest in meaning to the question and nearest to
the excerpt (ABOUT_NEAR) first."""
POINTING_WORDS = 4
"""The most content words a statement has that is about what the sentence before it says
("He denied it repeatedly": deni, repeat)."""
POINTING_BACK = re.compile(r"\b(?:it|that|this|those|these|them|so)\b", re.IGNORECASE)
ABOUT_TYPE = 0.5
ABOUT_NEAR = 0.3


class ArticleWords(NamedTuple):
    """The words of an article's sentences, two ways."""

    written: tuple[str, ...]
    """As written (folded), sorted: does a word of the article start with a prefix?"""
    stems: frozenset[str]
    """Stemmed, as questions' key words are."""


@dataclass(frozen=True)
class Searcher:
    """Answers questions from one generation's snapshot and record store."""

    snapshot: Snapshot
    records: RecordStore
    embedder: Embedder
    weights: Weights
    thresholds: Thresholds
    word_vectors: WordVectors = NO_VECTORS

    @cached_property
    def _statements(self) -> list[tuple[int, str, tuple[str, ...]]]:
        return self.snapshot.units.statements()

    @cached_property
    def _sourced(self) -> list[tuple[int, str]]:
        """(number, source) of the sentences that give a source no person is: "the
        Emergencies Ministry", "local officials"."""
        return self.snapshot.units.sourced()

    def a_source(self, name: str) -> bool:
        """Whether some sentence gives ``name`` itself as its source (``Unit.according_to``),
        and it is no person's name: the indexer gives as sources bodies, groups, documents
        and unnamed people, but also a surname it could not tell whose it is ("..., Fontaine
        told local radio"), which the corpus then names as a person or quotes."""
        known = corpus_name(name, self.corpus_names)
        if (known is not None and known[2] == "PERSON") or self._quoted(name):
            return False
        return fold(name) in self._source_names

    @cached_property
    def _source_names(self) -> frozenset[str]:
        """The sources of ``_sourced`` (folded), without a "the" before them, and the name
        that ends one after the words for its kind ("Avinor" of "the airport operator
        Avinor")."""
        sources = [re.sub(r"^the\s+", "", s, flags=re.I) for _, s in self._sourced]
        named = (AFTER_ITS_KIND.search(s) for s in sources)
        return frozenset(fold(s) for s in sources) | {fold(m["name"]) for m in named if m}

    @cached_property
    def speakers(self) -> frozenset[tuple[str, tuple[str, ...]]]:
        """Everyone the generation quotes, with the other ways the articles refer to them."""
        return frozenset((speaker, aliases) for _, speaker, aliases in self._statements)

    @cached_property
    def directory(self) -> SpeakerDirectory:
        """The speakers as questions name them (``match_speakers``)."""
        names = self.corpus_names.values()
        proper = frozenset(word for same in names for name in same for word in name[0])
        return SpeakerDirectory(self.speakers, proper)

    @cached_property
    def statements_of(self) -> dict[str, list[int]]:
        """Speaker -> the numbers of their statements, in article order."""
        found: dict[str, list[int]] = {}
        for number, speaker, _ in self._statements:
            found.setdefault(speaker, []).append(number)
        return found

    @cached_property
    def speaker_names(self) -> frozenset[str]:
        """Everyone the generation quotes."""
        return frozenset(name for name, _ in self.speakers)

    @cached_property
    def speaker_handles(self) -> frozenset[str]:
        """Everyone the generation quotes, by full name, and the organisations the articles
        place them in ("UNICEF" for "Sheldon Yett of UNICEF"): a follow-up that names one of
        these ("And UNICEF?") asks about someone quoted."""
        aliases = {alias for forms in self.directory.forms.values() for alias in forms[1:]}
        named = (corpus_name(alias, self.corpus_names) for alias in aliases)
        organisations = {name[1] for name in named if name is not None and name[2] == "ORG"}
        return self.speaker_names | organisations

    def has_a_voice(self, who: str, asked_about: Sequence[str] = ()) -> bool:
        """Whether the articles quote someone ``who`` (a name or a description) may mean, or
        give it as the source of what a sentence reports ("The council said it would ..."):
        after "What did Roe say?", "What about the council?" asks what the council said only
        when it says anything; else what Roe said about it. A body's officials speak for it.
        When one of the people the conversation ``asked_about`` speaks of ``who`` ("What about
        Russia?" after what Stoltenberg said, who speaks of Russia), what they said of it is
        asked, whoever else speaks."""
        if self._spoken_of(who, asked_about):
            return False
        if self._meant(who):
            return True
        known = corpus_name(who, self.corpus_names)
        if known is not None and self._officials_of(known):
            return True  # "NATO": "NATO Secretary General Mark Rutte said ..."
        asked = SpeakerQuestion(who, None)
        said = self._said_by_someone(who, asked, 1, frozenset())
        if said is None and known is not None:  # "UNICEF said it was distributing ..."
            said = self._said_by_name(f"What did {who} say?", asked, 1, frozenset())
        return said is not None

    def _spoken_of(self, who: str, by: Sequence[str]) -> bool:
        """Whether a statement of one of the people ``by`` names ``who``: every word of it, or
        the same word with another ending ("Russian" for "Russia", ``speakers.same_word``)."""
        words = set(WORD.findall(fold(unqualified(who)))) - STOPWORDS
        if not words:
            return False
        for name in by:
            for n in self.statements_of.get(name, ()):
                said = set(WORD.findall(fold(self.snapshot.sentences[n].text)))
                if all(any(same_word(w, v) for v in said) for w in words):
                    return True
        return False

    @cached_property
    def articles(self) -> dict[str, range]:
        """The numbers of each article's sentences (they are stored in article order)."""
        return self.snapshot.units.article_sentences()

    @cached_property
    def genders(self) -> dict[str, str]:
        """The people whose gender the articles' pronouns tell: full name -> "m" or "f"."""
        return self.snapshot.units.genders()

    @property
    def corpus_names(self) -> CorpusNames:
        """The people, places, organisations and things the corpus names and never writes in
        lower case (``article_qa.corpus_names``): a question typed in lower case is seen to
        name them."""
        return self.snapshot.units.names

    def _strange_words(self, question: str, doc_id: str) -> list[str]:
        """The topic words of ``question`` (``question_names.topic_words``) that article
        ``doc_id`` neither uses (by stem) nor has a near word for (``Thresholds.near_word``):
        "sourdough" and "bread" in "How do I make sourdough bread?", none in "Which journal
        put out the study?" of an article about a study."""
        article = self._article_words(doc_id)
        unused = [w for w in topic_words(question) if not set(tokens(w)) <= article.stems]
        if not unused:
            return []
        near = self.word_vectors.near_words(
            {w: w for w in unused}, article.written, self.thresholds.near_word
        )
        return [w for w in unused if not near.get(w)]

    def _strange_to_each(self, question: str, passages: list[Unit]) -> list[str]:
        """The words of ``question`` strange to the article of the best of ``passages``
        (``_strange_words``), or to the first after it that uses a name it does not and every
        word it does: "How many agents turned Corrigan down?" is asked of the one article
        naming Corrigan, wherever its passage ranks."""
        articles = list(dict.fromkeys(passage.doc_id for passage in passages))
        strange = self._strange_words(question, articles[0])
        names = {fold(w) for w in strange} & self.question_names(question)
        for doc_id in articles[1:] if names else ():
            theirs = self._strange_words(question, doc_id)
            if set(theirs) < set(strange) and names - {fold(w) for w in theirs}:
                return theirs
        return strange

    def _stands_for(self, initials: str) -> bool:
        """Whether ``initials`` (folded) are the first letters of the words of a name the
        corpus gives (``_spellings``), or of a quoted person's name or role."""
        if self._spellings(initials):
            return True
        return initials_spelt(initials.upper(), self.directory) is not None

    def _spellings(self, initials: str) -> list[str]:
        """The names the corpus gives (as first written) whose words ``initials`` (folded)
        begin, their short words ("of", "for") counted or not: "UNHCR" for the United
        Nations High Commissioner for Refugees; a word that is itself initials gives all its
        letters: "USGS" for the US Geological Survey; a body's initials may leave out a last
        "and ..." ("CDC"). A person's name needs three letters ("MBS"): two begin most
        people's names, and a role's ("an MP" is no Mike Pompeo)."""
        found: list[str] = []
        for words, spelling, label in self.snapshot.units.names.starting_with(initials[:1]):
            if label == "PERSON" and len(initials) < PERSON_INITIALS:
                continue
            written = re.findall(r"[^\W\d_]+", spelling)
            if len(written) != len(words):
                written = list(words)
            letters = [w if w.isupper() and len(w) <= INITIALS_WORD else w[0] for w in written]
            spelt = "".join(letters)
            content = "".join(a for a, w in zip(letters, words, strict=True) if w not in STOPWORDS)
            content = fold(content)
            # (an acronym may lack the name's last word, an "and ..." given later: "CDC" for
            # the Centers for Disease Control and Prevention)
            extended = (
                len(initials) >= PERSON_INITIALS
                and content[:-1] == initials
                and len(words) > 2
                and words[-2] == "and"
            )
            if (
                len(words) > 1
                and (initials in (fold(spelt), content) or (extended and label != "PERSON"))
                and spelling not in found
            ):
                found.append(spelling)
        return found

    def _initials_spelt_out(self, who: str) -> str:
        """``who`` as the one name the corpus spells out when it is initials the corpus never
        writes ("the WHO" of an article that says "the World Health Organization", "PG&E" of
        one that says "Pacific Gas and Electric"); else
        ``who`` itself. Initials of a quoted person's name or role are left to the speaker
        directory ("MBS", "Red Hat's CTO")."""
        found = re.fullmatch(r"(?:the\s+)?([A-Z]{1,5}(?:&[A-Z]{1,3})?)", who.strip())
        if found is None or len(found.group(1)) < 2:
            return who
        initials = found.group(1).replace("&", "")  # "PG&E": Pacific Gas and Electric
        stems = tokens(initials)  # none for "WHO", a stopword were it a word
        if stems and stems[0] in self.snapshot.sentence_lexical.vocabulary:
            return who
        spellings = self._spellings(fold(initials))
        return spellings[0] if len(spellings) == 1 else who

    def _with_initials_spelt(self, question: str) -> str:
        """``question`` with the name each of its initials stands for after them, when the
        corpus never writes those initials but spells out one name they begin: "Why is the
        IRS involved?" of an article about the Internal Revenue Service is asked as "Why is
        the IRS (Internal Revenue Service) involved?", which its words and meaning match."""
        vocabulary = self.snapshot.sentence_lexical.vocabulary

        def spelt(match: re.Match[str]) -> str:
            initials = match.group(0)
            stems = tokens(initials)
            if not stems or stems[0] in vocabulary:
                return initials
            spellings = self._spellings(fold(initials))
            return f"{initials} ({spellings[0]})" if len(spellings) == 1 else initials

        return INITIALS.sub(spelt, question)

    def _with_misspellings_respelt(self, question: str) -> str:
        """``question`` with each word of its own that is no word at all (neither the
        corpus's nor the embedding model's) put as the one word of the corpus it is a
        misspelling of (``SPELLING``): "How low is the humidty?" is asked as "How low is the
        humidity?". Only words of ``MISSPELT_LENGTH`` letters or more, whose first two letters
        a misspelling keeps."""
        own = without_context(question)

        def respelt(match: re.Match[str]) -> str:
            word = match.group(0)
            folded = fold(word)
            if (
                len(folded) < MISSPELT_LENGTH
                or not folded.isalpha()
                or folded in self.word_vectors.rows
                or self.snapshot.mentions_word(folded)
            ):
                return word
            known = self.snapshot.words_starting(folded[:2], SPELLING_CANDIDATES)
            close = difflib.get_close_matches(folded, known, n=2, cutoff=SPELLING)
            if len(close) == 1 or (close and _closer(folded, close[0], close[1])):
                return close[0]
            return word

        return question.replace(own, re.sub(r"[^\W\d_]+", respelt, own), 1)

    def people_of(self, doc_id: str) -> tuple[str, ...]:
        """An article's people: those it quotes, then the names spaCy read as people."""
        if doc_id not in self._people:
            if len(self._people) >= PEOPLE_KEPT:
                self._people.clear()
            rows = self.snapshot.units.people_named(doc_id)
            found = dict.fromkeys(speaker for speaker, _ in rows if speaker)
            for _, names in rows:
                found.update((text, None) for label, text in names if label == "PERSON")
            self._people[doc_id] = tuple(found)
        return self._people[doc_id]

    @cached_property
    def _people(self) -> dict[str, tuple[str, ...]]:
        return {}

    def full_name(self, name: str, doc_id: str) -> str:
        """The fullest way ``doc_id`` writes the person ``name`` ("Putin" -> "Vladimir
        Putin"): a person it quotes, else the longest name of a person ending with it. Of
        two or more named with first names ("Pranab Mukherjee", his daughter "Sharmistha
        Mukherjee"), the surname alone is the one the headline names in full, the article's
        subject, whom it quotes or not."""
        words = fold(name).split()
        endings = [
            person
            for person in self.people_of(doc_id)
            if fold(person).split()[-len(words) :] == words
        ]
        full = [p for p in endings if len(p.split()) > len(words)]
        if len(full) > 1:  # "Mukherjee" of two: the headline's
            headline = fold(self._titles.get(doc_id, ""))
            in_headline = [p for p in full if fold(p) in headline]
            if len(in_headline) == 1:
                return in_headline[0]
        return max(endings, key=lambda p: (p in self.speaker_names, len(p)), default=name)

    @cached_property
    def _titles(self) -> dict[str, str]:
        """Each article's headline, by doc_id."""
        return dict(self.snapshot.units.titles())

    def people_in(self, citation: Citation) -> tuple[str, ...]:
        """The people an excerpt names, by their full names, in order: the person it quotes,
        then those its sentences name (read at index time), but for a name the corpus
        mostly calls something else ("told Wikinews", read as a person once and as an
        organisation more often: ``article_qa.corpus_names``) or one word nothing else says
        is a person's name (``_evidently_a_person``)."""
        snapshot = self.snapshot
        found = [citation.speaker] if citation.speaker else []
        for n in snapshot.sentences_in(citation):
            found.extend(
                self.full_name(text, citation.doc_id)
                for label, text in snapshot.sentences[n].names
                if label == "PERSON" and self._a_person(text)
            )
        found.extend(self._by_surname_in(citation))
        return tuple(name for name in dict.fromkeys(found) if self._evidently_a_person(name))

    def _by_surname_in(self, citation: Citation) -> list[str]:
        """The people of the excerpt's article (by full name) whom it names by their surname
        alone where the recogniser labelled no person ("Brandt had won the first round with
        41 percent to Vidal's 33 percent", "the O'Rourke campaign"), in order; a surname two of
        them share is neither's."""
        bearers: dict[str, list[str]] = {}
        for person in self.people_of(citation.doc_id):
            if " " in person:
                bearers.setdefault(person.split()[-1], []).append(person)
        return [
            bearers[word][0]
            for word in re.findall(r"\b[A-Z][\w-]*(?:['’][A-Z][\w-]*)?", citation.quote)
            if len(bearers.get(word, ())) == 1
        ]

    def _evidently_a_person(self, name: str) -> bool:
        """Whether more than the recogniser's label says ``name`` (a full name, as
        ``full_name`` gives it) is a person: it has a first name, or the articles quote it or
        call it "he" or "she". "Voskhod" or "Twitter", read as a person once, are not."""
        return len(name.split()) > 1 or name in self.speaker_names or name in self.genders

    def _named_person(self, who: str) -> bool:
        """Whether ``who`` is, word for word, the name of someone the corpus calls a person
        ("Hillary Clinton", not "the senator" nor a name it never writes)."""
        known = corpus_name(who, self.corpus_names)
        return known is not None and known[2] == "PERSON"

    def _a_person(self, name: str) -> bool:
        """Whether the corpus calls ``name`` a person most of the times it names it (or never
        names it in a way it keeps)."""
        known = corpus_name(name, self.corpus_names)
        return known is None or known[2] == "PERSON"

    @cached_property
    def _words(self) -> dict[int, frozenset[str]]:
        """Stemmed content words of the sentences looked at so far (filled as needed)."""
        return {}

    @cached_property
    def _query_vectors(self) -> dict[str, npt.NDArray[np.float32]]:
        """The vectors of the questions asked so far, by text (``_query_vector``)."""
        return {}

    @cached_property
    def _written(self) -> dict[int, frozenset[str]]:
        """Content words as written of the sentences looked at so far (filled as needed)."""
        return {}

    def answer(
        self, question: str, k: int, off_topic: bool = False, stories: Sequence[str] = ()
    ) -> Answer:
        """The answer to ``question``, ``k`` excerpts at most. With ``off_topic``, "what did X
        say about Y" goes on past X's statements on Y to the rest of them ("more").

        ``stories`` are the articles a conversation is about. Those that mention every name
        the question gives ("Who made it?", "And the interior minister?") come first: their
        passages among the candidates, their sentences with a bonus (``Weights.story``), the
        people they quote among those a description may mean; when it may mean only people
        other articles quote, what the stories themselves say answers it ("And the union?":
        the union's reaction in the story, not the words of a member another article quotes).
        An answer whose first excerpt is a story's shows no other article's. When no story
        mentions every name, or the answer would be a refusal, the question is answered as it
        is."""
        if asks_for_overview(without_context(question)):
            return self._overview(question, k, stories)
        if not stories:
            return self._answer(question, k, off_topic)
        names = [w for w in self.question_names(question) if self._corpus_mentions(w)]
        told_of = frozenset(
            s for s in stories if all(self._article_mentions(s, word) for word in names)
        )
        if told_of:
            told = self._answer(question, k, off_topic, told_of)
            if not told.refused:
                # an answer about the story (its first excerpt is the story's) shows nothing
                # of other articles ("How did the church react?" to this story's bill)
                if told.citations and told.citations[0].doc_id in told_of:
                    own = tuple(c for c in told.citations if c.doc_id in told_of)
                    return replace(told, citations=own)
                return told
        return self._answer(question, k, off_topic)

    def _corpus_mentions(self, word: str) -> bool:
        """Whether a word of the corpus starts with ``word`` (folded), or holds it after an
        apostrophe or a hyphen, where the question's words are split too: "rourke" of
        "O'Rourke"."""
        if self.snapshot.mentions_word(word):
            return True
        return not self.snapshot.sentence_lexical.vocabulary.isdisjoint(tokens(word))

    def _overview(self, question: str, k: int, stories: Sequence[str]) -> Answer:
        """The lead of the article asked about: the conversation's story (the first of
        ``stories``, in the order the last answer cited them), or the only article indexed;
        with several and no story, a reply that says which there are."""
        articles = self.articles
        chosen = [doc for doc in stories if doc in articles] or (
            list(articles) if len(articles) == 1 else []
        )
        if not chosen:
            return Answer(question, refused=True, reason=self._which_article())
        opening = list(articles[chosen[0]][: 3 * LEAD_SENTENCES])  # captions aside
        units = self.snapshot.sentences.many(opening)
        lead = [n for n, u in zip(opening, units, strict=True) if not is_caption(u.text)]
        lead = lead[:LEAD_SENTENCES]
        return Answer(question, tuple(self._excerpts([(1.0, n) for n in lead], k)))

    def _which_article(self) -> str:
        """The question back for a question that could be about any of the articles."""
        articles = self.articles
        titles = [title for doc_id, title in self.snapshot.titles() if doc_id in articles]
        if not titles:
            return "The index holds no articles."
        shown = "; ".join(f"“{t}”" for t in titles[:TITLES_SHOWN])
        more = f" and {len(titles) - TITLES_SHOWN} more" if len(titles) > TITLES_SHOWN else ""
        return (
            f"Which article? The index holds {len(titles)}: {shown}{more}. "
            "Ask about one by what it reports."
        )

    def question_names(self, question: str) -> set[str]:
        """The words (folded) of the names ``question`` gives, its context aside: its
        capitalised words after the first (which is capitalised anyway), titles and stopwords
        aside, and the corpus's names typed in lower case ("fresno")."""
        body = without_context(question)
        first = re.match(r"\W*\S+", body)
        rest = body[first.end() if first else 0 :]
        typed = {
            w
            for spelling, _ in names_in(rest, self.corpus_names)
            for w in WORD.findall(fold(spelling))
        }
        return proper_words(rest) | (typed - TITLE_WORDS - STOPWORDS)

    def _answer(
        self, question: str, k: int, off_topic: bool = False, story: frozenset[str] = frozenset()
    ) -> Answer:
        reading = undislocated(question, self._quoted_person)  # "X — what did she say?"
        reading = words_asked_for(reading, self._quoted_person)  # "X did Y. Quote him."
        asked = parse_speaker_question(reading)
        if asked is not None:  # "What did the WHO say?" of the World Health Organization
            asked = replace(asked, who=self._initials_spelt_out(asked.who))
        if asked is not None and (asked.loose or POINTED_AT.match(asked.who)):
            if not self._quoted(asked.who):
                # "Did Turkey defend its airspace?", "What does that theory say?": no one
                # quoted, a plain question
                asked = None
        if asked is None and not asks_a_fact(without_context(reading)):
            asked = mentioned_speaker_question(
                without_context(reading), self._quoted_person, self.person_nouns
            )
        answer = self._answer_speaker(question, asked, k, off_topic, story) if asked else None
        if answer is not None and asked is not None and 0 < len(answer.citations) < k:
            # "What did the IEDCR report?" of a story quoting its director: what the body
            # itself is said to say ("The IEDCR reported 114 active cases") too, after
            itself = self._said_by_name(question, asked, k, story)
            if itself is not None:
                answer = self._and_itself(answer, itself, k)
        if answer is None and asked is not None:  # someone the corpus names but never quotes
            said = self._said_by_name(question, asked, k, story) or self._said_by_someone(
                question, asked, k, story
            )
            if said is not None:  # "What did Russia say?": "Russia said it did not."
                return said
            general = self._answer_general(question, k, story)
            if general.refused and asked.topic is None and self._named_person(asked.who):
                # "What did Hillary Clinton say?" of a story that only names her in passing:
                # the sentences naming her, with the note that she is not quoted
                general = replace(self._answer_general(asked.who, k, story), question=question)
            described = self._described_speaker(asked.who, general.citations)
            if described is not None:  # or a description the best excerpts give a speaker
                found = self._answer_speaker(
                    question, replace(asked, who=described), k, off_topic, story
                )
                if found is not None:
                    return found
            named, mentioning = self._naming(asked.who, general.citations)
            # another speaker's words that name them are that speaker's, not theirs: last
            mentioning = tuple(
                self._reported_by(c, named)
                for c in sorted(mentioning, key=lambda c: c.speaker is not None)
            )
            quoted_no_one = f"The article quotes no one it calls “{asked.who}”."
            reason = quoted_no_one if general.refused else None
            named_answer = replace(
                general,
                citations=mentioning or general.citations,
                reason=reason or general.reason,
                note=None
                if general.refused
                else self._not_quoted(asked.who, named, mentioning, general.citations),
                extras={
                    **general.extras,
                    "speakers": (self._as_named(asked.who),),
                    "topic": asked.topic,
                },
            )
            if off_topic:
                return named_answer
            # those naming them that report speech are kept however low ("Mensah's allegations")
            speech = (lambda c: reports_speech(c.quote)) if mentioning else (lambda c: False)
            return self._near_the_best(named_answer, spare=speech)
        general = answer or self._answer_general(question, k, story)
        if asked is None and not general.refused:
            own = self._in_own_words(general, k, off_topic, story)
            if own is not None:
                return own
            if off_topic or not general.citations:
                return general
            # the question is about the first excerpt's story: other articles' low excerpts are not
            story_of = general.citations[0].doc_id
            shown = self._near_the_best(general, spare=lambda c: c.doc_id == story_of)
            # what other stories hold answers nothing about this one ("How old is she?" is
            # not answered by another article's age)
            its_story = (c.quote for c in shown.citations if c.doc_id == story_of)
            lacking = lacking_note(
                without_context(question), its_story, self._persons_named(question, True)
            )
            return replace(shown, note=lacking)
        return general

    def _and_itself(self, theirs: Answer, itself: Answer, k: int) -> Answer:
        """``theirs`` (the statements of the people who speak for a body), then ``itself``
        (the sentences giving the body itself as the one saying), none cited twice."""
        taken = {n for c in theirs.citations for n in self.snapshot.sentences_in(c)}
        rest = [c for c in itself.citations if not taken & set(self.snapshot.sentences_in(c))]
        return replace(theirs, citations=(*theirs.citations, *rest)[:k])

    def _said_by_name(
        self, question: str, asked: SpeakerQuestion, k: int, story: frozenset[str]
    ) -> Answer | None:
        """For a country or organisation the articles name but quote through no one (no
        official of it, no one placed in it): the sentences in which it is the subject of a
        verb of saying, nobody's statement otherwise ("Russia said it did not", "Russia has
        denied ...", "Russia's foreign ministry said ..."), those on the question's topic
        first; None when there are none. (Not for a name the recogniser only may have taken
        for an organisation: "Gáspár Maróth" is no body; but one an article gives as the
        source of what it reports is: "CalFire indicated the injuries were minor".)"""
        known = corpus_name(asked.who, self.corpus_names)
        if known is not None and (known[2] == "GPE" or _surely_a_body(known)):
            spelling = known[1]
        elif self.a_source(asked.who):
            spelling = re.sub(r"^the\s+", "", asked.who.strip(), flags=re.IGNORECASE)
        else:
            return None
        # the name, then a verb of saying among the next three words ("said", "has also
        # said", "'s foreign ministry said"); not a place people are in ("activists in Russia")
        placed = r"(?<!\bin )(?<!\bfrom )(?<!\bacross )(?<!\bat )"
        saying = re.compile(
            rf"{placed}\b{re.escape(spelling)}(?:['’]s)?(?P<next>(?:\s+[\w’'-]+){{1,3}})",
            re.IGNORECASE,
        )

        def says(unit: Unit) -> bool:
            return any(reports_speech(m.group("next")) for m in saying.finditer(unit.text))

        # initials by the name they stand for too: "the CDC" of "The Centers for Disease
        # Control and Prevention said"
        spelt = self._spellings(fold(spelling)) if spelling.isupper() else []
        either = "|".join(re.escape(s) for s in (spelling, *spelt))
        name = re.compile(rf"{placed}\b(?:{either})\b", re.IGNORECASE)

        def from_source(source: str) -> bool:  # "the Foreign Ministry of Iraq" for Iraq
            return name.search(source) is not None

        return self._cited_saying(question, asked, k, story, spelling, says, from_source)

    def _said_by_someone(
        self, question: str, asked: SpeakerQuestion, k: int, story: frozenset[str]
    ) -> Answer | None:
        """For a description no one named fits ("What did the resident say?", "What did state
        media say?"): the sentences that give it as the source of what they report, nobody's
        statement otherwise, those on the question's topic first; None when there are none.

        A source is the subject of a verb of saying or the object of "according to", "by"
        or a verb put after what was said (``excerpts.reported_by``: "..., according to state
        media", "..., police said"), with the description's other words in the sentence too
        (not "local media" for "state media"). A person's head noun, singular or plural, may
        stand a few words before the verb ("One resident told WESH ...", "his daughter
        reported to the police ...")."""
        if not self._describes(asked.who):
            return None
        described = WORD.findall(fold(unqualified(asked.who)))
        noun = described[-1] if described else ""
        stem = re.sub(r"(?:ies|es|s)$", "", noun) if noun.endswith("s") else noun
        # one office whatever its holder's sex: "spokesman" is a spokesperson or spokeswoman;
        # and a word for the same ("tv": television)
        forms = {
            stem,
            *(_sexed_forms(noun) or {noun}),
            *self.word_vectors.neighbours(noun, self.thresholds.role_word),
        }
        if max(map(len, forms)) < 3:
            return None
        others = set(described[:-1]) - STOPWORDS
        person = bool({noun, stem} & self.person_nouns)
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        saying = re.compile(  # the noun, then a verb of saying among the next three words
            rf"\b(?:{pattern})\w{{0,3}}(?P<next>(?:\s+[\w’'-]+){{1,3}})", re.IGNORECASE
        )

        source_noun = re.compile(rf"\b(?:{pattern})\w{{0,3}}\b", re.IGNORECASE)

        def from_source(source: str) -> bool:  # "the researchers", "the Roads Ministry"
            return bool(source_noun.search(source)) and others <= set(WORD.findall(fold(source)))

        def says(unit: Unit) -> bool:
            if person and any(
                reports_speech(m.group("next"))
                and outside_quotation(unit.text, m.start())
                and not (others and _qualified_otherwise(unit.text, m.start(), others))
                for m in saying.finditer(unit.text)
            ):
                return True
            held = set(WORD.findall(fold(unit.text)))
            return others <= held and reported_by(unit.text, forms)

        looked_up = " ".join(sorted(forms))
        return self._cited_saying(question, asked, k, story, looked_up, says, from_source)

    def _cited_saying(
        self,
        question: str,
        asked: SpeakerQuestion,
        k: int,
        story: frozenset[str],
        looked_up: str,
        says: Callable[[Unit], bool],
        from_source: Callable[[str], bool],
    ) -> Answer | None:
        """The sentences holding ``looked_up`` (those that hold it most, ``NAMED_SENTENCES``)
        that ``says`` gives as its words, and those whose source (``Unit.according_to``)
        ``from_source`` is the one asked about ("It also urged drivers ..." of the ministry),
        nobody's statement otherwise, in ``story`` when one is given and in the articles naming
        the proper nouns of who is asked about and the topic (``_located_statements``); those
        on the question's topic first. None when there are none."""
        scores = self.snapshot.sentence_lexical.scores(tokens(looked_up))
        held = np.flatnonzero(scores > 0)
        numbers = held[np.argsort(-scores[held], kind="stable")][:NAMED_SENTENCES].tolist()
        sourced = [n for n, source in self._sourced if from_source(source)]
        numbers = sorted({*numbers, *sourced})
        units = dict(zip(numbers, self.snapshot.sentences.many(numbers), strict=True))
        said = [
            n
            for n, unit in units.items()
            if unit.speaker is None
            and (not story or unit.doc_id in story)
            and (says(unit) or (unit.according_to is not None and from_source(unit.according_to)))
        ]
        # "What did scientists report about Ebola?": not the scientists of another story
        located = self._locating_words(f"{asked.who} {asked.topic or ''}", question)
        said = [n for n in said if all(self._article_names(units[n].doc_id, w) for w in located)]
        if not said:
            return None
        if asked.topic:
            on_topic = self._topic_scores(asked.topic, said)
            said = sorted(said, key=lambda n: -on_topic[n])
        citations = tuple(citation_of([units[n]], 1.0, None) for n in said[:k])
        extras = {
            "speaker_asked": asked.who,
            "speakers": (self._as_named(asked.who),),
            "topic": asked.topic,
        }
        return Answer(question, citations, extras=extras)

    def _not_quoted(
        self,
        who: str,
        named: set[str],
        mentioning: tuple[Citation, ...],
        nearest: tuple[Citation, ...],
    ) -> str | None:
        """The note for an answer about someone the index quotes nowhere (``named``: their
        surname, when the articles name them), which shows the excerpts ``mentioning`` them,
        else the ``nearest`` to the question: what they are. None when an excerpt gives their
        words after all: one reporting them as its source (``excerpts.reported_by``: "CNN
        reported ..."), or, for a description, one that names what it describes so."""
        shown = mentioning or nearest
        # all its words: "the mayor of Badalona" is not the source "the mayor of Yartsevo";
        # a name, the whole source: "Vell's lawyer" is not Vell
        asked_words = named or set(WORD.findall(fold(who))) - STOPWORDS
        for citation in shown:
            source = set(WORD.findall(fold(citation.according_to or ""))) - STOPWORDS
            if asked_words and source and (source <= named if named else asked_words <= source):
                return None  # "the researchers" the source of what an excerpt reports
        if named:
            if any(c.speaker and named & set(WORD.findall(fold(c.speaker))) for c in shown):
                return None
            if any(c.speaker is None and reported_by(c.quote, named) for c in shown):
                return None  # "CNN reported ...": their words, reported
        else:
            asked = set(WORD.findall(fold(unqualified(who)))) - STOPWORDS
            locating = proper_words(who)  # "Samoan": the article's setting may say it
            for citation in shown:
                held = set(WORD.findall(fold(citation.quote)))
                missing = asked - held
                located = all(
                    w in locating
                    and self._article_names(citation.doc_id, w)
                    and not any(  # not when it introduces another: "Ukrainian President X"
                        self._locates_another(w, p, citation.doc_id)
                        for p in self.people_in(citation)
                    )
                    for w in missing
                )
                # "the mayor of Badalona" is not the mayor of another town the excerpt's
                # article tells of
                placed = all(w in held or self._article_names(citation.doc_id, w) for w in locating)
                if (
                    asked
                    and located
                    and placed
                    and reported_by(citation.quote, asked - missing or asked)
                ):
                    return None
        name = self._as_named(who)
        if mentioning:
            return f"The article does not quote {name}; these excerpts mention them."
        return f"The article does not quote {name}; these are the excerpts nearest the question."

    def _reported_by(self, citation: Citation, named: set[str]) -> Citation:
        """``citation`` of someone named but never quoted (``named``: the words of their
        name), shown as theirs when it reports speech (``reports_speech``), names no one
        else, and names them before the word that reports it or right after "according to":
        "Mensah's allegations of fraud were dismissed" holds no quotation for the index to
        attribute, yet the allegations it reports are his; "Roe is accused of shooting
        Mensah" reports no words of Mensah's."""
        if citation.speaker is not None or not reported_by(citation.quote, named):
            return citation
        people = self.people_in(citation)
        if len(people) != 1 or not named & set(WORD.findall(fold(people[0]))):
            return citation
        return replace(citation, speaker=people[0], according_to=None)

    def _near_the_best(self, answer: Answer, spare: Callable[[Citation], bool]) -> Answer:
        """``answer`` without the excerpts scoring under ``excerpt_share`` of its best one's
        (``Thresholds.excerpt_share``) that ``spare`` does not keep, its first kept whatever
        its score. Those left out are one "more" away."""
        best = max((c.score for c in answer.citations), default=0.0)
        if best <= 0:
            return answer
        floor = self.thresholds.excerpt_share * best
        first, *rest = answer.citations
        kept = (c for c in rest if c.score >= floor or spare(c))
        return replace(answer, citations=(first, *kept))

    def _in_own_words(
        self, general: Answer, k: int, off_topic: bool, story: frozenset[str]
    ) -> Answer | None:
        """The statements of a quoted person the question names (or names the body the
        article places them in: "Is the law enough for Amnesty International?"), when its best
        evidence is in their own words: "Greece's foreign minister sees the plan as an insult
        to whom?" is read as no speaker question, yet its best excerpt is his statement.
        Their statements on the rest of the question follow that excerpt, which stays first.
        A question for a number, a time or a reason is so answered only when that excerpt
        holds one: "Why did Roe quit?" asks for the narrated causes, not for all she said."""
        best = general.citations[0] if general.citations else None
        question = general.question
        if best is None or best.speaker is None or asks_who_did_it(without_context(question)):
            return None  # "Who interviewed Hammons?": not in his words
        numbers = self.snapshot.sentences_in(best)
        if expected_type(without_context(question)) and not self._of_answer_type(question, numbers):
            return None  # "When was the bridge Ruiz says will reopen built?": not in her words
        readings = people_asked_about(without_context(question), lambda _: True, self.person_nouns)
        speaker_name = set(WORD.findall(fold(best.speaker)))
        bodies = self.directory.bodies.get(best.speaker, ())
        quoted = (  # a quoted person, or the excerpt's speaker by full name, whatever spaCy
            r  # read that name as ("Gáspár Maróth", an organisation), or a body the
            for r in readings  # article places them in ("Amnesty International")
            if self._quoted_person(r.who)
            or len(speaker_name & name_words(r.who)) > 1
            or fold(r.who) in bodies
        )
        asked = next((r for r in quoted if best.speaker in self._meant(r.who)), None)
        if asked is None:  # a description no role matches, that fits the excerpt's speaker
            fits = (
                r
                for r in readings
                if self._describes(r.who) and self._fits_only(r.who, best.speaker, best.doc_id)
            )
            asked = next((replace(r, who=best.speaker) for r in fits), None)
        if (
            asked is None
            and someone_unnamed(question, self.corpus_names)
            and not DONE_TO.search(without_context(question))
            and expected_name(without_context(question)) is not NameKind.PERSON
        ):
            # "UNICEF's man seemed impressed. What did he say about it?": whoever "he" is,
            # the question names no one else, and its best evidence is in that person's words
            # (not "Who was killed by his lions?": "his" is the one it asks for)
            asked = SpeakerQuestion(best.speaker, without_context(question), loose=True)
        if asked is None:
            return None
        theirs = self._answer_speaker(question, asked, k, off_topic, story)
        if theirs is None:
            return None
        taken = set(numbers)
        rest = [c for c in theirs.citations if not taken & set(self.snapshot.sentences_in(c))]
        return replace(theirs, citations=(best, *rest)[:k])

    @cached_property
    def person_nouns(self) -> frozenset[str]:
        """The words a question may end a description of a person with: titles, relations
        and words for people (``PERSON_NOUNS``), and the head nouns of the roles the articles
        gave the people they quote, stopwords and words that begin a name of the corpus
        aside ("official", "biomechanicist"; not "college", nor "WHO")."""
        names = self.corpus_names
        heads = self.directory.role_heads
        return PERSON_NOUNS | {w for w in heads if w not in names and w not in STOPWORDS}

    def _quoted_person(self, who: str) -> bool:
        """Whether ``who`` names a quoted person by name or role, not a body they are placed
        in ("the WHO") nor a place or thing the corpus names."""
        named = corpus_name(who, self.corpus_names)
        thing = named is not None and named[2] != "PERSON"  # "Texas", "the WHO"
        return fold(who) not in self._bodies and not thing and self._quoted(who)

    @cached_property
    def _bodies(self) -> frozenset[str]:
        """The bodies quoted people are placed in (folded), by every name they go by."""
        return frozenset(form for forms in self.directory.bodies.values() for form in forms)

    def _quoted(self, who: str) -> bool:
        """Whether ``who`` (a name or description) is someone the index quotes."""
        return bool(self._meant(who))

    def _as_named(self, who: str) -> str:
        """Someone asked about as the corpus spells their name ("Sally Capp" for "sally
        capp"), else as a follow-up may name them (``question_names.as_asked``)."""
        known = corpus_name(who, self.corpus_names)
        return known[1] if known is not None else as_asked(who)

    def _describes(self, who: str) -> bool:
        """Whether ``who`` is a description (``question_names.describes``), not a person's name
        the corpus gives typed in lower case ("what did sally capp say?")."""
        known = corpus_name(who, self.corpus_names)
        return describes(who) and (known is None or known[2] != "PERSON")

    def _meant(self, who: str) -> list[str]:
        """The full names of the quoted people ``who`` (a name or description) may mean."""
        return match_speakers(self._in_role_words(who), self.directory)

    def _described_speaker(self, who: str, citations: tuple[Citation, ...]) -> str | None:
        """The speaker of one of the first excerpts (``DESCRIBED_WITHIN``) that the
        description ``who`` fits, when it matched no role the index holds: the excerpt names
        them with its head noun ("What did the coast guard captain say?": "USCG Captain Monica
        Rochester told the press ..."), or most of its words are in the sentences of the
        article that name them in full ("the Pakistani social media star": "... social media
        personality Qandeel Baloch ..."). The first excerpt holding its head noun decides: when
        the noun stands there for someone else ("the truck driver was identified as Ivan Roe",
        ``_described_in``), the description is not the speaker's. A name ("Trump") is not a
        description."""
        words = set(tokens(who))
        if not words or not self._describes(who):
            return None
        described = unqualified(who).strip()
        head = WORD.findall(fold(described))[-1:]
        titled = bool(head) and head[0] in DESCRIBING
        located = self._locating_words(who)  # "the mayor of Koszalin": not another mayor
        ranks = set(WORD.findall(fold(described))) & RANK_WORDS  # "the prime minister"
        owner = possessor(fold(who))
        for citation in citations[:DESCRIBED_WITHIN]:
            if not ranks <= set(WORD.findall(fold(citation.quote))):
                continue  # no health minister is the prime minister, nor a deputy minister
            if not citation.speaker or not all(
                self._article_names(citation.doc_id, word) for word in located
            ):
                continue
            if any(self._locates_another(w, citation.speaker, citation.doc_id) for w in located):
                continue  # "the Ukrainian president": not the US President, who is introduced
                # without it, when the article introduces another with it
            described_here = self._described_in(head[0], citation) if titled else set()
            if described_here:  # the excerpt names them with its head noun, or another
                fits = described_here == {citation.speaker}
            else:  # or most of its words are in how the article introduces them
                introduced = self._introduction(citation.speaker, citation.doc_id)
                if 2 * sum(word in introduced for word in words) <= len(words):
                    continue
                fits = True
            # not when it describes someone else, whom another story tells of, nor the one
            # it is someone's ("Biden's running mate" is not Biden)
            speaker = citation.speaker
            if owner & set(WORD.findall(fold(speaker))):
                return None
            return speaker if fits and not self._fits_someone_else(who, [speaker]) else None
        return None

    def _locates_another(self, word: str, person: str, doc_id: str) -> bool:
        """Whether article ``doc_id`` introduces someone other than ``person`` with the
        proper noun ``word`` (folded) and not ``person`` (``_introduction``): "Ukrainian" of
        "Ukrainian President Volodymyr Zelensky", asked about another president."""
        stems = set(tokens(word))
        if not stems or stems <= self._introduction(person, doc_id):
            return False
        return any(
            stems <= self._introduction(other, doc_id)
            for other in self.people_of(doc_id)
            if other != person
        )

    def _described_in(self, noun: str, citation: Citation) -> set[str | None]:
        """Whom ``noun`` (folded) describes in ``citation``: at each place it stands, the person
        whose name is nearest, or its speaker where it names no one ("The captain added ...");
        in what the excerpt reports, only a name beside it ("Haugen said the captain had
        spoken": no one known, not Haugen).
        "USCG Captain Monica Rochester told ..." describes her; in "Attorney John McCormick
        said the truck driver was identified as driver Ivan Roe", "driver" describes Roe, not
        McCormick (nor does it in "... the truck driver was identified as commercial driver Ivan
        Roe", where it stands nearer McCormick once). Empty when the excerpt does not hold
        ``noun``."""
        text = fold(citation.quote)
        found = list(WORD.finditer(text))
        words = [word.group(0) for word in found]
        named: dict[str, list[int]] = {}
        for person in self.people_in(citation):
            parts = set(WORD.findall(fold(person)))
            places = [i for i, word in enumerate(words) if word in parts]
            if places:
                named[person] = places

        def described(i: int, at: int) -> str | None:
            distance = {p: min(abs(i - j) for j in places) for p, places in named.items()}
            before = re.split(r"[.!?]\s", text[:at])[-1]  # in its own sentence
            after = " ".join(words[i + 1 : i + 1 + BESIDE_WORDS])
            if reports_speech(before) and not reports_speech(after):
                # in what someone reports ("Haugen said ... the captain had spoken"), not
                # the one saying ("the archbishop said"): the one named beside it, else
                # someone unknown
                beside = [p for p, d in distance.items() if d <= BESIDE_WORDS]
                return min(beside, key=distance.__getitem__) if beside else None
            return min(distance, key=distance.__getitem__, default=citation.speaker)

        return {  # not where it is a word of the quoted ("its neighbour sells electricity")
            described(i, word.start())
            for i, word in enumerate(found)
            if word.group(0) == noun and outside_quotation(text, word.start())
        }

    def _fits_only(self, description: str, person: str, doc_id: str) -> bool:
        """Whether most words of ``description`` are in how article ``doc_id`` introduces
        ``person`` (``_introduction``), and not so for anyone else it names: "the British
        prime minister" is not the chancellor introduced in the same sentence as him. Someone
        the description names is whom it is described by ("Merkel's spokesman"), not another
        it might mean; nor is the person's name in part ("Yett" of Sheldon Yett)."""
        words = set(tokens(description)) - GENERIC_PERSON  # "UNICEF's man": UNICEF's

        def fits(name: str) -> bool:
            introduced = self._introduction(name, doc_id)
            return 2 * sum(word in introduced for word in words) > len(words)

        named = set(WORD.findall(fold(description)))
        theirs = set(WORD.findall(fold(person)))  # "Yett" is Sheldon Yett, not another
        others = (
            p for p in self.people_of(doc_id) if not set(WORD.findall(fold(p))) <= named | theirs
        )
        return bool(words) and fits(person) and not any(fits(p) for p in others)

    def _introduction(self, name: str, doc_id: str) -> frozenset[str]:
        """The words (stemmed) of the sentences of article ``doc_id`` that hold ``name`` in
        full: how the article introduces and describes that person."""
        numbers = list(self.articles.get(doc_id, range(0)))
        sentences = self.snapshot.sentences.many(numbers)
        folded = fold(name)
        return frozenset(
            word
            for n, sentence in zip(numbers, sentences, strict=True)
            if folded in fold(sentence.text)
            for word in self._words_of(n)
        )

    def _naming(
        self, who: str, citations: tuple[Citation, ...]
    ) -> tuple[set[str], tuple[Citation, ...]]:
        """The words of the person ``who`` names (``_person_named``) and the ``citations``
        that hold one of them."""
        named = self._person_named(who, citations)
        return named, tuple(c for c in citations if named & set(WORD.findall(fold(c.quote))))

    def _person_named(self, who: str, citations: tuple[Citation, ...]) -> set[str]:
        """The surname (folded) of the person of the cited articles ``who`` names
        ("Redouane", "the officer Nicolas Redouane" for Nicolas Redouane); none for a
        description ("the Turkish PM", "the AIS specialist from Milltech Marine"). What someone
        the article names but never quotes did with words is looked for in the sentences naming
        them: by the surname, which news uses alone, not a first name another person shares;
        by the words of their name no one else's holds when a relative shares the surname and
        the question gives them ("Borna" of Borna Derakhshani, whose sister Dorsa the article
        quotes)."""
        wanted = name_words(who)
        for doc_id in dict.fromkeys(c.doc_id for c in citations):
            people = self.people_of(doc_id)
            for person in people:
                name = WORD.findall(fold(person))
                if wanted and wanted <= set(name):
                    others = (set(WORD.findall(fold(other))) for other in people)
                    kin = [  # others of the surname, by another first name
                        words
                        for words in others
                        if len(words) > 1 and name[-1] in words and not words <= set(name)
                    ]
                    own = set(name).difference(*kin)
                    if kin and wanted & own:  # asked by the name that tells them apart
                        return own
                    return {name[-1]}  # "Merkel" is Angela Merkel; "Angela" may not be
        return set()

    # -- speakers -------------------------------------------------------------------------

    def _answer_speaker(
        self,
        question: str,
        asked: SpeakerQuestion,
        k: int,
        off_topic: bool = False,
        story: frozenset[str] = frozenset(),
    ) -> Answer | None:
        snapshot = self.snapshot
        asked = replace(asked, who=self._in_role_words(asked.who))
        # A name the articles never use is nobody they quote, whatever role it comes with
        # ("spokesman Abbas Mousavi" is not the article's other spokesman).
        # Initials are looked for as what they stand for ("Red Hat's CTO"), if anything.
        spelt = initials_spelt(asked.who, self.directory) or asked.who
        absent = (
            absent_name(spelt, snapshot.mentions_word)
            and not self._said_otherwise(spelt)
            and not self._a_common_noun(spelt)
            and not self._surname_alone(spelt)
        )
        names = [] if absent else match_speakers(asked.who, self.directory)
        known = None if absent else corpus_name(asked.who, self.corpus_names)
        officials = self._officials_of(known) if known is not None else []
        if officials and not any(name_words(asked.who) <= name_words(n) for n in names):
            # a country's officials, not those whose role only names it ("the US ambassador
            # to Germany"); an organisation's beside those placed in it ("Sam Reid of NATO")
            place = known is not None and known[2] == "GPE"
            names = officials if place else sorted({*names, *officials})
        respelt = self._respelt(asked.who) if absent else None
        misspelt = match_speakers(respelt, self.directory) if respelt is not None else []
        if respelt is not None and misspelt:
            # "Stoltenburg": a quoted person's name, misspelt ("Boris Johnston" is not Ray's)
            asked, absent, names = replace(asked, who=respelt), False, misspelt
        # not each of several asked about together ("the fire chief and the meteorologist")
        described = self._describes(asked.who) and set(names) != set(
            asked_together(asked.who, self.directory)
        )
        if names and described and self._fits_someone_else(asked.who, names):
            names = []  # "the health minister" is not Goa's chief minister: retrieval decides
        if len(names) > 1 and described:  # "the MP who co-sponsored it"
            names = self._best_described(asked.who, names)
        chosen = self._located_statements(names, f"{asked.who} {asked.topic or ''}", question)
        if story and chosen:  # of the people it may mean, those the story quotes
            chosen = [n for n in chosen if snapshot.sentences[n].doc_id in story]
            if not chosen:  # only people other articles quote: what does the story say?
                return None
        if asked.topic and chosen and self._told_elsewhere(asked.topic, chosen):
            # quoted only in stories that never speak of it
            return self._quoted_elsewhere(question, asked, chosen, k, story)
        kept = set(chosen)
        names = [name for name in names if kept.intersection(self.statements_of.get(name, ()))]
        if not names:
            if not absent:
                return None  # named but never quoted, or a description: let retrieval try
            return Answer(
                question,
                refused=True,
                reason=f"The article doesn't mention {asked.who}, so it can't say what they said.",
                extras={"speaker_asked": asked.who},
            )
        limit = k  # the rest are one "more" away
        scores = {n: 1.0 for n in chosen}
        if asked.occasion:
            chosen = self._at_occasion(asked.occasion, chosen)
        if asked.topic and not ONLY_A_PRONOUN.match(asked.topic):
            scores = self._topic_scores(asked.topic, chosen)
            best = max(scores.values(), default=0.0)
            # within topic_share of the best, which always stays, however low
            floor = best - abs(best) * (1 - self.thresholds.topic_share)
            chosen = [n for n in chosen if off_topic or scores[n] >= floor]
            chosen = sorted(chosen, key=lambda n: -scores[n])  # most on the topic first
        citations: list[Citation] = []
        shown: set[int] = set()
        for n in chosen:
            if n in shown or only_a_name(snapshot.sentences[n].text):
                continue  # a speaker's label with no words after it ("((Ann Roe))") says nothing
            numbers = self._with_its_words(self._statement_start(n))
            numbers += [m for m in self._goes_on_after(numbers[-1]) if m not in numbers]
            numbers = [m for m in numbers if m not in shown]  # no sentence cited twice
            if not numbers:
                continue
            shown.update(numbers)
            units = snapshot.sentences.many(numbers)
            citations.append(citation_of(units, scores[n], self._shown_speaker(n, names)))
            if len(citations) == limit:
                break
        extras = {"speaker_asked": asked.who, "speakers": names, "topic": asked.topic}
        return Answer(question, tuple(citations), extras=extras)

    def _officials_of(self, known: CorpusName) -> list[str]:
        """The quoted people who hold an office of ``known``, a country, city or organisation
        the corpus names ("What did Turkey say?": the Turkish president, the Turkish foreign
        ministry spokesman; "What did NATO say?": the NATO Secretary General): a role of
        theirs names the place, or its people (a near word: "Turkish"), before its first
        office word (``OFFICE_WORDS``; an organisation's also ``BODY_OFFICE_WORDS``). Not
        someone placed there otherwise: "a French inventor" holds no office, "the US
        ambassador to Germany" holds one of the US, "a former Israeli official" none any
        more."""
        if known[2] not in ("GPE", "ORG"):
            return []
        offices = self._public_offices if known[2] == "GPE" else self._body_offices
        spelt = WORD.findall(fold(known[1]))
        words = set(spelt)
        words_for = [words]
        content = [w for w in spelt if w not in STOPWORDS]
        if len(content) > 1:  # "NTSB spokesman" for the National Transportation Safety Board
            words_for.append({"".join(w[0] for w in content)})
        if known[2] == "GPE" and len(words) == 1:  # "Turkey": "Turkish"
            vocabulary = {w for befores in offices.values() for before in befores for w in before}
            (word,) = words
            near = self.word_vectors.near_words({word: word}, vocabulary, self.weights.near_cosine)
            words_for += [{w} for w in near.get(word, ())]
        return sorted(
            name
            for name, befores in offices.items()
            if any(wanted <= before for before in befores for wanted in words_for)
        )

    @cached_property
    def _public_offices(self) -> dict[str, list[set[str]]]:
        """``_offices`` of ``OFFICE_WORDS``: a place's officials."""
        return self._offices(OFFICE_WORDS)

    @cached_property
    def _body_offices(self) -> dict[str, list[set[str]]]:
        """``_offices`` of ``BODY_OFFICE_WORDS``: an organisation's officials."""
        return self._offices(BODY_OFFICE_WORDS)

    def _offices(self, office_words: frozenset[str]) -> dict[str, list[set[str]]]:
        """For each quoted person holding one of ``office_words``, the words before the office
        in each role that names one ("mexico's foreign secretary": mexico, foreign), and
        those after it of what it is for or of ("a spokesman for the PMF": pmf), but for an
        office held no more (``NO_LONGER``)."""
        offices: dict[str, list[set[str]]] = {}
        for name, forms in self.directory.sharing(office_words):
            for role in forms[1:]:
                described = [without_possessive(w) for w in re.split(r"[\s-]+", unqualified(role))]
                at = next((i for i, w in enumerate(described) if w in office_words), 0)
                before = set(described[:at])
                if before and not before & NO_LONGER:
                    offices.setdefault(name, []).append(before)
                # and what the office is "for" or "of": "a spokesman for the PMF"
                whole = [without_possessive(w) for w in re.split(r"[\s-]+", role)]
                at = next((i for i, w in enumerate(whole) if w in office_words), len(whole))
                if whole[at + 1 : at + 2] in (["for"], ["of"]) and not set(whole[:at]) & NO_LONGER:
                    after = set(whole[at + 2 :]) - {"the"}
                    if after:
                        offices.setdefault(name, []).append(after)
        return offices

    def _a_common_noun(self, who: str) -> bool:
        """Whether ``who``, typed in lower case, is one word the embedding model's vocabulary
        holds whole: an English noun ("the winner"), a description to look for, not a name
        the articles never use (most names are no word of its vocabulary)."""
        words = WORD.findall(fold(who))
        return who == who.lower() and len(words) == 1 and words[0] in self.word_vectors.rows

    def _surname_alone(self, who: str) -> bool:
        """Whether ``who`` is a full name whose surname the corpus uses only alone, giving no
        one of that surname a first name: an article that says "Kasparov" mentions Garry
        Kasparov, while one that names only Jane Smith does not mention John Smith."""
        words = WORD.findall(fold(who))
        if len(words) < 2 or who == who.lower():
            return False
        named_alone = any(n[0] == (words[-1],) for n in self.corpus_names.get(words[-1], ()))
        return named_alone and words[-1] not in self._surnames_given_a_first_name

    @cached_property
    def _surnames_given_a_first_name(self) -> frozenset[str]:
        """The last words (folded) of the names of more than one word the corpus gives."""
        return frozenset(
            words[-1]
            for names in self.corpus_names.values()
            for words, _, _ in names
            if len(words) > 1
        )

    def _said_otherwise(self, who: str) -> bool:
        """Whether ``who``, typed in lower case, has a word the corpus says in other words
        (``Thresholds.role_word``): "the cops" of an article about the police is not
        someone it never mentions."""
        if who != who.lower():
            return False
        mentions, near = self.snapshot.mentions_word, self.thresholds.role_word
        unknown = [w for w in WORD.findall(fold(who)) if w not in STOPWORDS and not mentions(w)]
        return bool(unknown) and all(
            any(mentions(other) for other in self.word_vectors.neighbours(word, near))
            for word in unknown
        )

    def _best_described(self, description: str, names: list[str]) -> list[str]:
        """Of the people a description's role fits, those whose introductions in the
        articles quoting them hold most of its words, when that tells them apart: "the MP who
        co-sponsored it" is Penny Sharpe ("MP Penny Sharpe, who co-sponsored the bill"), not
        Tanya Davies ("Early opponent MP Tanya Davies"), though both are MPs."""
        words = set(tokens(description)) - GENERIC_PERSON
        sentences = self.snapshot.sentences
        held: dict[str, int] = {}
        for name in names:
            articles = dict.fromkeys(sentences[n].doc_id for n in self.statements_of.get(name, []))
            introduced = set().union(*(self._introduction(name, doc) for doc in articles))
            held[name] = len(words & introduced)
        most = max(held.values(), default=0)
        if most == min(held.values(), default=0):
            return names
        return [name for name in names if held[name] == most]

    def _fits_someone_else(self, description: str, names: list[str]) -> bool:
        """Whether ``description``, which the roles of ``names`` fit by some of its words,
        describes someone else, whom no role of the index holds: none of ``names`` is
        introduced with all its words (``_introduction``), while a sentence of an article that
        does not quote them holds them all. "The health minister" is then not Goa's Chief
        Minister Manohar Parrikar but the one "The Health Minister for the Biobio Region
        reported ..." tells of, in another story."""
        described = RELATIVE.split(unqualified(description), maxsplit=1)[0]
        words = set(tokens(described)) - GENERIC_PERSON
        written = [w for w in WORD.findall(fold(described)) if w not in STOPWORDS]
        if len(words) < 2 or len(written) < 2:
            return False
        # the description as one phrase, each word with any ending: "health minister(s)", or
        # its last word first, of the others: "spokesperson for the health authority"
        ending = r"\w{0,3}\s+"
        in_order = ending.join(map(re.escape, written))
        head, qualifiers = re.escape(written[-1]), ending.join(map(re.escape, written[:-1]))
        head_first = rf"{head}{ending}(?:for|of|at|from)\s+(?:the\s+)?{qualifiers}"
        phrase = re.compile(rf"\b(?:{in_order}|{head_first})\w{{0,3}}\b")
        sentences = self.snapshot.sentences
        quoting: set[str] = set()
        for name in names:
            for doc_id in dict.fromkeys(
                sentences[n].doc_id for n in self.statements_of.get(name, ())
            ):
                if words <= self._introduction(name, doc_id):
                    return False
                quoting.add(doc_id)
        scores = self.snapshot.sentence_lexical.scores(sorted(words))
        for n in np.flatnonzero(scores > 0).tolist():
            if not words <= self._words_of(n):
                continue
            text = fold(sentences[n].text)
            found = phrase.search(text)
            if found is None or set(WORD.findall(text[: found.start()])[-1:]) & NO_LONGER:
                continue  # "former US President Barack Obama" tells nothing of who holds it now
            if (
                sentences[n].doc_id not in quoting
                or self._names_only_others(n, names)
                or self._titles_another(text, sentences[n].doc_id, found.end(), names)
            ):
                return True
        return False

    def _names_only_others(self, n: int, names: list[str]) -> bool:
        """Whether sentence ``n`` names someone of its article but none of ``names``:
        "Ukrainian President Volodymyr Zelensky also attended", which tells whom "the Ukrainian
        president" is in an article that quotes the US President."""
        text = fold(self.snapshot.sentences[n].text)
        words = set(WORD.findall(text))
        theirs = [WORD.findall(fold(name)) for name in names]
        if any(name and name[-1] in words for name in theirs):
            return False  # it names one of them too, by the surname at least
        people = self.people_of(self.snapshot.sentences[n].doc_id)
        return any(
            (named := set(WORD.findall(fold(person))))
            and named <= words
            and not any(named <= set(own) for own in theirs)
            for person in people
        )

    def _titles_another(self, text: str, doc_id: str, after: int, names: list[str]) -> bool:
        """Whether the description that ends at ``after`` in ``text`` (a sentence of article
        ``doc_id``, folded) is the title of someone the article names right after it, none of
        ``names``: "Trump urged Ukrainian President Volodymyr Zelensky to ..." tells whom "the
        Ukrainian president" is, though it names Trump too."""
        following = WORD.findall(text[after:])
        theirs = [set(WORD.findall(fold(name))) for name in names]
        return any(
            (named := WORD.findall(fold(person)))
            and following[: len(named)] == named
            and not any(set(named) <= own for own in theirs)
            for person in self.people_of(doc_id)
        )

    def _shown_speaker(self, n: int, names: list[str]) -> str | None:
        """Who statement ``n`` is shown as said by, for a question about ``names``: its
        speaker, or the one of ``names`` it reports with them ("Durbin and Schiff both
        said", asked about Schiff)."""
        speaker = self.snapshot.sentences[n].speaker
        if speaker in names:
            return speaker
        return next((name for name in names if n in self.statements_of.get(name, ())), speaker)

    def _with_its_words(self, n: int) -> list[int]:
        """Statement ``n`` with the sentence of the same speaker beside it in its paragraph
        when one of the two is a quotation and the other is not: a quotation and the words
        that report it ("“Our house is burning.” / Macron told the world on Thursday via
        Twitter."), which say what was said only together."""
        sentences = self.snapshot.sentences
        statement = sentences[n]
        quoting = bool(QUOTATION.search(statement.text))
        paragraph = self.snapshot.paragraph(statement.doc_id, statement.paragraph)
        at = paragraph.index(n)
        for other in (paragraph[i] for i in (at - 1, at + 1) if 0 <= i < len(paragraph)):
            beside = sentences[other]
            if beside.speaker == statement.speaker and quoting != bool(
                QUOTATION.search(beside.text)
            ):
                return sorted((n, other))
        return [n]

    def _located_statements(self, names: list[str], asked: str, question: str) -> list[int]:
        """The statements of ``names``, in order, in the articles that hold the proper nouns of
        ``asked`` (who ``question`` asks about, and its topic): a place, body or person the
        question names locates the story, so "the mayor of Koszalin" is not the mayor of
        another town, nor "What did Trump say about Cummings?" his words in other stories. A
        proper noun no article uses ("the Polish president" of an article that says "Poland")
        locates nothing and is not looked for."""
        chosen = sorted(n for name in names for n in self.statements_of.get(name, []))
        located = self._locating_words(asked, question)
        if not located:
            return chosen
        sentences = self.snapshot.sentences
        stories = {
            doc
            for doc in {sentences[n].doc_id for n in chosen}
            if all(self._article_names(doc, word) for word in located)
        }
        return [n for n in chosen if sentences[n].doc_id in stories]

    def _quoted_elsewhere(
        self,
        question: str,
        asked: SpeakerQuestion,
        statements: list[int],
        k: int,
        story: frozenset[str],
    ) -> Answer:
        """The answer to a question about what someone said on a topic that only other
        stories than theirs speak of: the excerpts nearest the question from those stories,
        with a note that they do not quote them on it."""
        theirs = {self.snapshot.sentences[n].doc_id for n in statements}
        general = self._answer_general(question, k, story)
        if general.refused:
            return general
        citations = tuple(c for c in general.citations if c.doc_id not in theirs) or (
            general.citations
        )
        named, mentioning = self._naming(asked.who, citations)
        if self._not_quoted(asked.who, named, mentioning, citations) is None:
            return replace(general, citations=citations)  # "The union opposed it, warning ..."
        name = self._as_named(asked.who)
        note = (
            f"The article does not quote {name} about {asked.topic}; these are the excerpts "
            "nearest the question."
        )
        return replace(general, citations=citations, note=note)

    def _told_elsewhere(self, topic: str, chosen: list[int]) -> bool:
        """Whether the articles of the statements ``chosen`` do not tell of ``topic`` while
        another does: each of theirs lacks a noun of it (nor has a near word:
        ``_strange_words``), no passage of theirs is among the few the topic's words rank
        first, an article of those uses all its nouns, and a sentence of it is nearer the
        topic, in meaning and in the topic's words held, than any of their statements.
        "What did Trump say about the man who set himself on fire?" is not answered by his
        words in the story of his tax returns, but by the story of the fire, which does not
        quote him. A topic put in other words than the speaker's ("couples moving in
        together" of "no two people should marry until they have lived together", "the way
        governments are responding") still finds their story or their words near it."""
        nouns = topic_nouns(topic)
        snapshot = self.snapshot
        docs = {snapshot.sentences[n].doc_id for n in chosen}
        if not nouns or len(self.articles) < 2 or len(docs) > TOLD_OF_ARTICLES:
            return False  # (someone quoted in many stories: ranking tells)
        # the cheap tests first: the passages the topic's words rank first, then those
        # articles' words, then theirs
        lexical = snapshot.passage_lexical.scores(tokens(topic))
        top = np.argpartition(-lexical, min(TOLD_OF_PASSAGES, len(lexical)) - 1)
        best = sorted(
            (int(p) for p in top[:TOLD_OF_PASSAGES] if lexical[p] > 0), key=lambda p: -lexical[p]
        )
        snapshot.passages.many(best)
        best = [p for p in best if _tells_of(snapshot.passages[p].text, topic, nouns)]
        ranked = {snapshot.passages[p].doc_id for p in best}
        if ranked & docs or not any(
            not nouns.intersection(self._strange_words(topic, d)) for d in ranked
        ):
            return False
        if not all(nouns.intersection(self._strange_words(topic, doc)) for doc in docs):
            return False
        # and what they said is further from it, in meaning and in words, than what the
        # other story says
        wanted = set(tokens(topic))
        words = snapshot.sentence_lexical.scores(sorted(wanted))
        theirs = sorted(chosen, key=lambda n: -words[n])[:TOPIC_CANDIDATES]
        others = [n for p in best for n in snapshot.sentences_in(snapshot.passages[p])]
        numbers = [*theirs, *others]
        units = snapshot.sentences.many(numbers)
        near = self._similarities(self._query_vector(topic), [unit.id for unit in units])
        nearest = {n: near.get(unit.id, 0.0) for n, unit in zip(numbers, units, strict=True)}
        held = {n: len(wanted & self._words_of(n)) for n in nearest}
        if max(nearest[n] for n in theirs) >= max(nearest[n] for n in others) or max(
            held[n] for n in theirs
        ) >= max(held[n] for n in others):
            return False  # nor in its words ("unable to question him" of "questioning")
        return True

    def _locating_words(self, text: str, question: str = "") -> set[str]:
        """The words (folded) of the proper nouns of ``text`` that the corpus uses, titles,
        stopwords and words of two letters aside ("US", which an article may write "U.S."):
        the place, body or person that locates a story. The first word of each sentence of
        ``question`` (whose words ``text`` holds) is capitalised anyway: it counts only when it
        begins a name the corpus gives ("During the fight, what plea did ...", "... ban?
        Explain his reasoning.": no)."""
        firsts = re.findall(r"(?:^|[.?!]\s+)\W*([\w’'-]+)", question)
        opening = {word for first in firsts for word in WORD.findall(fold(first))}
        # typed in lower case, a name is known by the corpus's names ("chile's president")
        typed = {
            w for spelling, _ in names_in(text, self.corpus_names) for w in proper_words(spelling)
        }
        return {
            word
            for word in proper_words(text) | typed
            if len(word) > 2
            and self.snapshot.mentions_word(word)
            and (word not in opening or word in self.corpus_names)
        }

    def _article_names(self, doc_id: str, word: str) -> bool:
        """True when the article uses the proper noun ``word`` (folded), or a word near it
        (``Weights.near_cosine``): a nationality names its country ("Polish" for an article
        that says "Poland", "Greek" for "Greece"), as does the country's name with a
        nationality's ending ("Samoan", "Canadian": ``NATIONALITY_ENDING``)."""
        if self._article_mentions(doc_id, word):
            return True
        if self._nationality_of(doc_id, word):
            return True
        written = self._article_words(doc_id).written
        near = self.word_vectors.near_words({word: word}, written, self.weights.near_cosine)
        return bool(near.get(word))

    def _nationality_of(self, doc_id: str, word: str) -> bool:
        """True when ``word`` (folded) is a nationality whose country the article names: its
        name with a nationality's ending ("samoan" of "samoa", "canadian" of "canada"), the
        country's name then ending at most ``NATIONALITY_STEM_END`` letters after where the
        ending begins ("indian" of "india", not of "indicated")."""
        for ending in NATIONALITY_ENDING.finditer(word):
            stem = word[: ending.start()]
            if len(stem) >= NATIONALITY_STEM and any(
                len(written) - len(stem) <= NATIONALITY_STEM_END
                for written in self._article_words_starting(doc_id, stem)
            ):
                return True
        return False

    def _article_mentions(self, doc_id: str, prefix: str) -> bool:
        """True when a word of the article (folded) starts with ``prefix``, as
        ``Snapshot.mentions_word`` tells of the corpus."""
        return next(self._article_words_starting(doc_id, prefix), None) is not None

    def _article_words_starting(self, doc_id: str, prefix: str) -> Iterator[str]:
        """The words of the article (folded) that start with ``prefix``, in order."""
        words = self._article_words(doc_id).written
        at = bisect.bisect_left(words, prefix)
        while at < len(words) and words[at].startswith(prefix):
            yield words[at]
            at += 1

    def mention(self, doc_ids: Iterable[str], text: str) -> bool:
        """Whether the articles ``doc_ids`` hold every content word of ``text``."""
        wanted = set(tokens(text))
        held: set[str] = set()
        for doc_id in doc_ids:
            held |= self._article_words(doc_id).stems
        return bool(wanted) and wanted <= held

    def _article_words(self, doc_id: str) -> ArticleWords:
        """The words of an article's sentences (remembered for ``ARTICLES_KEPT`` articles)."""
        if doc_id not in self._article_vocabulary:
            if len(self._article_vocabulary) >= ARTICLES_KEPT:
                self._article_vocabulary.clear()
            article = self.articles.get(doc_id, range(0))
            self._remember_article(article)
            self._article_vocabulary[doc_id] = ArticleWords(
                tuple(sorted(set().union(*(self._written_of(n) for n in article)))),
                frozenset().union(*(self._words_of(n) for n in article)),
            )
        return self._article_vocabulary[doc_id]

    @cached_property
    def _article_vocabulary(self) -> dict[str, ArticleWords]:
        return {}

    def _respelt(self, who: str) -> str | None:
        """``who`` with each word the corpus never uses put as the one surname of a quoted
        person it is a misspelling of (``SPELLING``: "Stoltenburg" -> Stoltenberg), or None
        when no word is; only words of ``MISSPELT_LENGTH`` letters or more, whose misspellings
        stay closer to the name than to any other."""
        words = who.split()
        respelt = False
        for i, word in enumerate(words):
            folded = fold(word)
            if len(folded) < MISSPELT_LENGTH or self.snapshot.mentions_word(folded):
                continue
            close = difflib.get_close_matches(folded, self.directory.surnames, n=2, cutoff=SPELLING)
            if len(close) == 1:
                words[i], respelt = close[0], True
        return " ".join(words) if respelt else None

    def _in_role_words(self, who: str) -> str:
        """``who`` with each lower-case word the corpus never uses put in the words of roles
        and relations when one is near enough (``Thresholds.role_word``): "his dad" is "his
        father", and not a name nobody in the article has."""
        words = who.split()
        vocabulary = self.snapshot.sentence_lexical.vocabulary
        for i, word in enumerate(words):
            # the word itself, not a longer one it starts ("mom" is not "moment")
            if not word.islower() or not vocabulary.isdisjoint(tokens(word)):
                continue
            role, similarity = self.word_vectors.closest(word, TITLE_WORDS | RELATION_WORDS)
            if similarity >= self.thresholds.role_word:
                words[i] = role
        return " ".join(words)

    def _at_occasion(self, occasion: str, sentence_numbers: list[int]) -> list[int]:
        """The statements said at ``occasion`` ("his video"): those whose paragraph names its
        last word ("Hickenlooper said in the video, ..."); all of them, when none does (the
        article does not say which were). An occasion is no topic: what was said there need
        not name it."""
        head = set(tokens(occasion)[-1:])
        sentences = self.snapshot.sentences
        at = [
            n
            for n in sentence_numbers
            if any(
                head <= self._words_of(m)
                for m in self.snapshot.paragraph(sentences[n].doc_id, sentences[n].paragraph)
            )
        ]
        return at or sentence_numbers

    def _topic_scores(self, topic: str, sentence_numbers: list[int]) -> dict[int, float]:
        """How much each of a speaker's statements is about ``topic``: meaning plus half the
        BM25 share, of the statement or of the interviewer's question it answers
        (``_asked_before``), whichever is more: an answer in an interview is about what it
        was asked ("((WN)) How will Rocky Linux be governed?"), whatever words it uses.
        Meaning is compared for the ``TOPIC_CANDIDATES`` statements with most of the topic's
        words only, so a person quoted in thousands of articles costs no more than one quoted
        in a few."""
        snapshot = self.snapshot
        words = snapshot.sentence_lexical.scores(tokens(topic))
        own = words[sentence_numbers]
        compared = sorted(range(len(sentence_numbers)), key=lambda i: -own[i])
        compared = compared[:TOPIC_CANDIDATES]
        chosen = [sentence_numbers[i] for i in compared]
        snapshot.sentences.many(chosen)
        asked = {n: self._asked_before(n) or self._said_of(n) for n in chosen}
        held = own.astype(float)
        for i in compared:
            questions = asked[sentence_numbers[i]]
            held[i] = max([held[i], *(float(words[q]) for q in questions)])
        lexical = _normalised(held)
        vector = self._query_vector(topic)
        ids = [snapshot.sentences[n].id for n in chosen]
        ids += [snapshot.sentences[q].id for n in chosen for q in asked[n]]
        dense = self._similarities(vector, list(dict.fromkeys(ids)))
        meaning = {
            i: max(dense.get(snapshot.sentences[m].id, 0.0) for m in [n, *asked[n]])
            for i, n in zip(compared, chosen, strict=True)
        }
        return {
            n: float(meaning.get(i, 0.0) + 0.5 * lexical[i]) for i, n in enumerate(sentence_numbers)
        }

    def _goes_on_after(self, n: int) -> list[int]:
        """The sentences after statement ``n`` that go on with its quotation (``_goes_on``):
        one statement with it, cited whole ('"People talk a lot about planting trees,"
        Moriarty said. "But a hectare of seagrass ..."'), whichever part its topic is in."""
        after: list[int] = []
        while n + 1 < len(self.snapshot.sentences) and self._goes_on(n, n + 1):
            n += 1
            after.append(n)
        return after

    def _statement_start(self, n: int) -> int:
        """The first sentence of the statement sentence ``n`` goes on with (``_goes_on``): a
        quotation's second sentence is cited from where its speaker is named."""
        while n > 0 and self._goes_on(n - 1, n):
            n -= 1
        return n

    def _goes_on(self, n: int, m: int) -> bool:
        """Whether sentence ``m``, right after statement ``n`` in its paragraph and the same
        person's, is nothing but quotation: the same statement, going on."""
        sentences = self.snapshot.sentences
        before, after = sentences[n], sentences[m]
        return (
            before.doc_id == after.doc_id
            and before.paragraph == after.paragraph
            and before.speaker == after.speaker
            and all_quotation(after.text)
        )

    def _said_of(self, n: int) -> list[int]:
        """The sentence before statement ``n`` when it tells what ``n`` is about: ``n`` is a
        few words pointing back at what it speaks of, in the same paragraph ("He denied it
        repeatedly." after the charge that he planned to raise the retirement age), or a
        quotation right after its speaker's reported words (' "Until the lights are fixed,
        nobody sails after dark," Ruiz said.' after "Ruiz said the ban on night ferries was
        needed")."""
        sentences = self.snapshot.sentences
        statement = sentences[n]
        if n == 0:
            return []
        before = sentences[n - 1]
        if (
            statement.direct_quote
            and before.doc_id == statement.doc_id
            and before.speaker == statement.speaker
            and not before.direct_quote
        ):
            return [n - 1]
        if len(tokens(statement.text)) > POINTING_WORDS:
            return []
        if not POINTING_BACK.search(statement.text):
            return []
        same_place = before.doc_id == statement.doc_id and before.paragraph == statement.paragraph
        return [n - 1] if same_place else []

    def _asked_before(self, n: int) -> list[int]:
        """The interviewer's question statement ``n`` answers: the sentences of the paragraph
        before its speaker's turn, when they are no one's statement and one asks ("((WN)) How
        will Rocky Linux be governed?"); none for a statement not given in answer."""
        sentences = self.snapshot.sentences
        statement = sentences[n]
        asking: list[int] = []
        m = n - 1
        while m >= 0 and n - m <= TURN_SENTENCES:
            unit = sentences[m]
            if unit.doc_id != statement.doc_id:
                break
            turn_goes_on = unit.paragraph == statement.paragraph or (
                unit.speaker == statement.speaker
            )
            if not asking and turn_goes_on:
                m -= 1
                continue
            if unit.speaker is not None or (
                asking and unit.paragraph != sentences[asking[0]].paragraph
            ):
                break  # someone's words, or the paragraph before the question's
            asking.insert(0, m)
            m -= 1
        return asking if any(is_question(sentences[q].text) for q in asking) else []

    # -- follow-ups about the previous answer ------------------------------------------------

    def other_speakers(
        self, question: str, doc_id: str, besides: tuple[str, ...], k: int
    ) -> Answer:
        """ "Who else commented?": the first statement of each other person the article
        quotes, in article order."""
        article = self.articles.get(doc_id, range(0))
        first: dict[str, int] = {}
        for number, speaker, _ in self._statements:
            if number in article and speaker not in besides:
                first.setdefault(speaker, number)
        if not first:
            return Answer(question, refused=True, reason="No one else is quoted in the article.")
        chosen = sorted(first.values())[:k]
        citations = tuple(
            citation_of([u], 1.0, u.speaker) for u in self.snapshot.sentences.many(chosen)
        )
        return Answer(question, citations, extras={"speakers": tuple(first)})

    def about_previous(
        self, question: str, cited: tuple[Citation, ...], wanted: Wanted, k: int
    ) -> Answer:
        """ "Why?", "When?", "Who said that?" after an answer: its cited sentences and their
        neighbours, ranked by the wanted kind of answer, meaning and nearness; when none of
        them holds that kind, the rest of the first excerpt's article too (for "Why?", the
        sentences of it that share a word with the first excerpt)."""
        snapshot = self.snapshot
        distance: dict[int, int] = {}
        for rank, citation in enumerate(cited[:PREVIOUS_CITATIONS]):
            for n in snapshot.sentences_in(citation):
                for step in range(-NEIGHBOURS, NEIGHBOURS + 1):
                    m = n + step
                    if 0 <= m < len(snapshot.sentences) and (
                        snapshot.sentences[m].doc_id == citation.doc_id
                    ):
                        away = abs(step) + LATER_CITATION * rank
                        distance[m] = min(distance.get(m, away), away)
        if cited and wanted not in (Wanted.ANY, Wanted.MANNER):  # how is told near the event
            if not any(_holds(snapshot.sentences[n], wanted) for n in distance):
                # "Where?" when nothing near says where: the rest of the first excerpt's
                # article, nearer sentences first; for "Why?", those that speak of what the
                # first excerpt does ("she joined because ..." after "Quill joined the party"),
                # not any "because" of the article
                numbers = snapshot.sentences_in(cited[0])
                event = frozenset().union(*(self._words_of(n) for n in numbers))
                for m in self.articles.get(cited[0].doc_id, range(0)):
                    if wanted is not Wanted.REASON or self._words_of(m) & event:
                        distance.setdefault(m, abs(m - numbers[0]))
        vector = self.embedder.embed([question])[0]
        similar = self._similarities(vector, [snapshot.sentences[n].id for n in distance])
        scored = sorted(
            (
                (
                    ABOUT_TYPE * _holds(snapshot.sentences[n], wanted)
                    + similar.get(snapshot.sentences[n].id, 0.0)
                    + ABOUT_NEAR / (1 + d),
                    n,
                )
                for n, d in distance.items()
            ),
            reverse=True,
        )
        if not scored:
            return Answer(
                question, refused=True, reason="There is no previous answer to ask about."
            )
        if wanted is Wanted.SPEAKER:
            scored = self._naming_first(scored)
        return Answer(question, tuple(self._excerpts(scored, k)))

    def _naming_first(self, scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
        """``scored`` (best first) with the statement that names its speaker put first, when
        the best does not ("Who says so?" of "The estimated cost is six billion euros, he
        said": "Alex Lagakos, deputy director of the Greek Energy Forum, said ..."), among
        the same speaker's statements ``scored`` holds."""
        sentences = self.snapshot.sentences
        top, first = scored[0]
        speaker = sentences[first].speaker
        if speaker is None or self._names_speaker(first):
            return scored
        naming = next(
            (n for _, n in scored if sentences[n].speaker == speaker and self._names_speaker(n)),
            None,
        )
        if naming is None:
            return scored
        return [(top, naming), *((s, n) for s, n in scored if n != naming)]

    def _names_speaker(self, n: int) -> bool:
        """Whether sentence ``n`` names its speaker in its own words (a word of the name)."""
        sentence = self.snapshot.sentences[n]
        named = name_words(sentence.speaker or "")
        return bool(named & set(WORD.findall(fold(sentence.text))))

    # -- hybrid retrieval -------------------------------------------------------------------

    def _answer_general(self, question: str, k: int, story: frozenset[str] = frozenset()) -> Answer:
        """The excerpts that answer ``question`` best, or a refusal; initials the corpus
        spells out are looked for by that name too (``_with_initials_spelt``), which the
        answer says it understood."""
        spelt = self._with_misspellings_respelt(self._with_initials_spelt(question))
        answer = self._ranked(spelt, k, story)
        if spelt == question:
            return answer
        return replace(answer, question=question, understood_as=spelt)

    def _ranked(self, question: str, k: int, story: frozenset[str]) -> Answer:
        snapshot = self.snapshot
        query_tokens = tokens(question)
        vector = self._meaning(question)
        lexical = snapshot.passage_lexical.scores(query_tokens)
        fused = self._fused_passages(vector, lexical)
        top_fused = fused[0][1] if fused else 1.0  # the corpus's best, in a story too
        if story:
            passages = {p for doc in story for p in self._article_passages.get(doc, range(0))}
            fused = self._with_story(fused, lexical, passages)
        candidates = [p for p, _ in fused[:CANDIDATE_PASSAGES]]
        if not candidates:
            return Answer(question, refused=True, reason="The index holds no passages.")
        passage_score = {p: s for p, s in fused}
        snapshot.passages.many(candidates)  # read together, then used one by one
        sentence_numbers = sorted(
            {n for p in candidates for n in snapshot.sentences_in(snapshot.passages[p])}
        )
        snapshot.sentences.many(sentence_numbers)
        dense = self._similarities(vector, [snapshot.sentences[n].id for n in sentence_numbers])
        own_words = set(tokens(without_context(question)))
        written = written_words(question)
        key_words = self._key_words(
            set(query_tokens), own_words, sentence_numbers, written, self._first_names(question)
        )
        passage_lex = _normalised(lexical)
        owner = {
            n: p for p in reversed(candidates) for n in snapshot.sentences_in(snapshot.passages[p])
        }
        w = self.weights
        introduced = self._introduced(question)
        typed = self._answer_typed(question, sentence_numbers, introduced)
        narrow = (  # a narrow kind of answer, or where someone is introduced
            expected_type(without_context(question)) in NARROW_TYPES or introduced is not None
        )
        scored: list[tuple[float, int]] = []
        for n in self._in_located_stories(question, sentence_numbers):
            p = owner[n]
            score = (
                w.sentence_dense * dense.get(snapshot.sentences[n].id, 0.0)
                + w.sentence_lexical * key_words[n]
                + w.passage_fused * passage_score[p] / top_fused
                + w.paragraph_lexical * float(passage_lex[p])
                + (w.narrow_answer_type if narrow else w.answer_type) * (n in typed)
                + w.story * (snapshot.sentences[n].doc_id in story)
            )
            scored.append((score, n))
        scored.sort(reverse=True)
        best_dense = max(dense.values(), default=0.0)
        best = snapshot.passages[candidates[0]]
        alone = not story and without_context(question) == question
        relevance = self._relevance(best_dense, question, written, best, alone)
        # a name the corpus never uses is a sign the question is about something else: it
        # then needs the relevance answerable questions have ("What's the capital of Oman?")
        unknown = None
        if relevance < self.thresholds.unknown_name:  # (looked for only when it matters)
            unknown = unknown_name(
                without_context(question), snapshot.mentions_word, self._stands_for
            )
        needed = self.thresholds.min_relevance if unknown is None else self.thresholds.unknown_name
        if relevance < needed:  # (tagged only when it matters, as the unknown name is found)
            graded = degree_words(question)
            if graded:
                relevance = self._relevance(best_dense, question, written, best, alone, graded)
        if (  # (looked for only when it matters, as the unknown name is)
            relevance < needed
            and ((alone and len(self.articles) == 1) or best.doc_id in story)
            and (
                story_unnamed(question, self.question_names(question))
                or (unknown is None and not self._strange_words(question, best.doc_id))
            )
        ):
            # Asked of the one article indexed, or in a conversation about the story whose
            # passage ranks first, a question that says "it" and names nothing ("Where did it
            # happen?"), or whose every topic word the article uses ("How many people
            # perished?" of one that says "were killed"; "Was anyone hurt?" after "Where did
            # the fire break out?"), is about that story.
            needed = -math.inf
        if relevance < needed:
            reason = "The article doesn't say: nothing in it matches this question."
            if unknown is not None:
                reason = f"The article doesn't mention “{unknown}”."
            elif (
                alone
                and len(self.articles) > 1
                and story_unnamed(question, self.question_names(question))
            ):
                # "How fast was it moving?" of several articles: "it" is one of their stories
                reason = self._which_article()
            return Answer(question, refused=True, reason=reason, extras={"relevance": relevance})
        if alone and unknown is None and relevance < self.thresholds.unknown_name:
            # "Who discovered penicillin?": what it asks about, the best article never speaks
            # of, however many of its other words match (looked for only when it matters)
            foreign = self._strange_to_each(question, [snapshot.passages[p] for p in candidates])
            # ... nor "What is the capital of Australia?" of one that only names Australia
            if foreign and (
                (foreign == topic_words(question) and set(foreign) <= topic_nouns(question))
                or set() < thing_identified(question) <= set(foreign)
            ):
                reason = f"The article doesn't mention “{foreign[0]}”."
                return Answer(
                    question, refused=True, reason=reason, extras={"relevance": relevance}
                )
        excerpts = self._excerpts(scored, k + 1)  # one to spare, should the first take it in
        if excerpts:
            first = self._completed(excerpts[0], set(query_tokens))
            if first is excerpts[0]:
                first = self._typed(first, typed)
            if first is excerpts[0] and len(excerpts) > 1:
                first = self._joined(first, excerpts[1])
            taken = set(snapshot.sentences_in(first))
            rest = [c for c in excerpts[1:] if not taken & set(snapshot.sentences_in(c))]
            excerpts = [first, *rest]
        return Answer(question, tuple(excerpts[:k]), extras={"relevance": relevance})

    def _meaning(self, question: str) -> npt.NDArray[np.float32]:
        """The vector ``question`` is searched with: a follow-up's own words weigh more than
        the context it was asked in (``Weights.own_meaning``). The context is the question
        the conversation asked before, whose vector is most often kept from that turn
        (``_query_vector``): a follow-up embeds only its own few words."""
        own = without_context(question)
        if own == question:
            return self._query_vector(question)
        alone = self._query_vector(own)
        given = self._query_vector((context_of(question) or "").strip())
        share = self.weights.own_meaning
        mixed: npt.NDArray[np.float32] = (1 - share) * given + share * alone
        return mixed / max(float(np.linalg.norm(mixed)), 1e-12)

    def _query_vector(self, text: str) -> npt.NDArray[np.float32]:
        """The embedding of ``text``, kept for the next turns (``QUERY_VECTORS_KEPT``)."""
        if text not in self._query_vectors:
            if len(self._query_vectors) >= QUERY_VECTORS_KEPT:
                self._query_vectors.clear()
            self._query_vectors[text] = self.embedder.embed([text])[0]
        return self._query_vectors[text]

    def _persons_named(self, question: str, evidently: bool = False) -> set[str]:
        """The words (folded) of the people ``question`` names, by the corpus's names in any
        case, its context and the names the searcher read into initials aside; only those
        the articles quote or call "he" or "she" when ``evidently`` ("Karol Bagh", a place,
        is read as a person)."""
        given = SPELT_OUT.sub("", without_context(question))
        return {
            word
            for spelling, label in names_in(given, self.corpus_names)
            if label == "PERSON"
            and (not evidently or spelling in self.speaker_names or spelling in self.genders)
            for word in WORD.findall(fold(spelling))
            if word not in TITLE_WORDS and word not in STOPWORDS
        }

    def _in_located_stories(self, question: str, sentence_numbers: list[int]) -> list[int]:
        """Of ``sentence_numbers``, those of the articles that mention every person
        ``question`` names (by the corpus's names, in any case: "How old is Bernie Sanders?" is
        not answered by another story's "33-year-old"), when some of them do and some do not;
        else all. Places do not count: "as in the state of California" only compares; nor do
        names the searcher read into initials ("VP (Vladimir Putin)": a guess, not a name
        given)."""
        located = self._persons_named(question)
        if not located:
            return sentence_numbers
        sentences = self.snapshot.sentences
        docs = {sentences[n].doc_id for n in sentence_numbers}
        naming = {d for d in docs if all(self._article_names(d, w) for w in located)}
        if not naming or naming == docs:
            return sentence_numbers
        return [n for n in sentence_numbers if sentences[n].doc_id in naming]

    def _completed(self, citation: Citation, asked: set[str]) -> Citation:
        """The first excerpt with the neighbouring sentence of its paragraph that holds key
        words of the question it lacks, when the two stay short (``WINDOW_CHARS``); a later
        excerpt of that sentence then gives way to the next one."""
        snapshot = self.snapshot
        numbers = snapshot.sentences_in(citation)
        if not numbers:
            return citation
        first = snapshot.sentences[numbers[0]]
        idf = self._key_idf(asked, first)
        held = set().union(*(self._words_of(n) for n in numbers))
        missing = {w for w in idf if w not in held}
        if not missing:
            return citation
        options = self._beside(numbers)
        gained = {m: sum(idf[w] for w in missing if w in self._words_of(m)) for m in options}
        best = max(options, key=lambda m: gained[m], default=None)
        if best is None or gained[best] <= 0:
            return citation
        return self._window(citation, [*numbers, best])

    def _typed(self, citation: Citation, typed: set[int]) -> Citation:
        """The first excerpt with the neighbouring sentence of its paragraph that holds the
        kind of answer asked for (``typed``: the sentences that do), when it holds none itself
        and the two stay short (``WINDOW_CHARS``): "On what date did the shutdown begin?" is
        answered by the sentence after the one that says most about the shutdown."""
        numbers = self.snapshot.sentences_in(citation)
        if not numbers or not typed or typed.intersection(numbers):
            return citation
        holding = [m for m in self._beside(numbers) if m in typed]
        return self._window(citation, [*numbers, holding[0]]) if holding else citation

    def _beside(self, numbers: list[int]) -> list[int]:
        """The sentences of their paragraph right after and right before the consecutive
        sentences ``numbers``, in that order."""
        first = self.snapshot.sentences[numbers[0]]
        paragraph = self.snapshot.paragraph(first.doc_id, first.paragraph)
        at, to = paragraph.index(numbers[0]), paragraph.index(numbers[-1])
        return [paragraph[i] for i in (to + 1, at - 1) if 0 <= i < len(paragraph)]

    def _joined(self, first: Citation, second: Citation) -> Citation:
        """The first excerpt and the second as one, when they stand side by side in a
        paragraph and stay short together (``WINDOW_CHARS``)."""
        snapshot = self.snapshot
        a, b = snapshot.sentences_in(first), snapshot.sentences_in(second)
        if not a or not b or (first.doc_id, first.paragraph) != (second.doc_id, second.paragraph):
            return first
        if b[0] != a[-1] + 1 and a[0] != b[-1] + 1:
            return first
        return self._window(first, [*a, *b])

    def _window(self, citation: Citation, numbers: list[int]) -> Citation:
        """``citation`` widened to the consecutive sentences ``numbers`` (its own among
        them), when they stay short together (``WINDOW_CHARS``); else ``citation``."""
        units = self.snapshot.sentences.many(sorted(set(numbers)))
        if not one_voice(*units):
            return citation
        widened = citation_of(units, citation.score, statement_speaker(units))
        return widened if len(widened.quote) <= WINDOW_CHARS else citation

    def _key_words(
        self,
        asked: set[str],
        own: set[str],
        sentence_numbers: list[int],
        written: Mapping[str, str] = MappingProxyType({}),
        first_names: Mapping[str, frozenset[str]] = MappingProxyType({}),
    ) -> dict[int, float]:
        """The share of the question's key words each sentence holds; the words of a
        follow-up's context (not in ``own``, the follow-up's own words) weigh less, and count
        only in a sentence holding one of its own key words ("Who was arrested?" after "When
        did firefighters reach the hostel?" is not answered by the sentence with all the
        context's words and no arrest), and so does a word a sentence holds only through a
        near word (``written``: the question's words as written, by stem;
        ``Weights.near_words``). A sentence giving the surname of a
        person the question names in full holds their first name too (``first_names``: surname
        -> first names, stemmed): "Johnson was impeached over ..." is about Andrew Johnson as
        much as "... and Andrew Johnson in 1868".

        Within an article, a word that few of its sentences hold singles the answer out, while
        one that most hold (the subject, "the pipeline") does not; so each word weighs its idf
        among the sentences of the article in question. Words of the article's title name its
        subject, which passage ranking has already matched, and are left out.
        """
        snapshot = self.snapshot
        shares: dict[int, float] = {}
        weights: dict[str, dict[str, float]] = {}
        near = self._held_near(written, sentence_numbers)
        for n in sentence_numbers:
            sentence = snapshot.sentences[n]
            if sentence.doc_id not in weights:
                idf = self._key_idf(asked, sentence, first_names)
                given = self.weights.context_words
                weights[sentence.doc_id] = {w: v if w in own else v * given for w, v in idf.items()}
            idf = weights[sentence.doc_id]
            total = sum(idf.values())
            have = _with_first_names(self._words_of(n) | self._meant_in(n), first_names)
            held = sum(v for word, v in idf.items() if word in have)
            stand_ins = near.get(n, set()) - have
            held += self.weights.near_words * sum(v for w, v in idf.items() if w in stand_ins)
            if not own.isdisjoint(idf) and own.isdisjoint(have | stand_ins):
                held = 0.0  # none of what a follow-up asks, only what its context gave
            shares[n] = held / total if total else 0.0
        return shares

    def _meant_in(self, n: int) -> frozenset[str]:
        """The words (stemmed) of the names of the people sentence ``n`` speaks of by a
        pronoun only (``Unit.refers_to``): "He was fined US$86,000" holds what "How much was
        Smithers fined?" asks, though only the sentence before names him."""
        meant = self.snapshot.sentences[n].refers_to
        return frozenset(tokens(" ".join(meant))) if meant else frozenset()

    def _held_near(
        self, written: Mapping[str, str], sentence_numbers: list[int]
    ) -> dict[int, set[str]]:
        """For each sentence, the question's words (stems; ``written``: as written) that a
        word of it is near (``Weights.near_cosine``)."""
        if not written:
            return {}
        held = {n: self._written_of(n) for n in sentence_numbers}
        vocabulary = set().union(*held.values())
        near = self.word_vectors.near_words(written, vocabulary, self.weights.near_cosine)
        return {n: {stem for stem, words in near.items() if words & held[n]} for n in held}

    def _written_of(self, n: int) -> frozenset[str]:
        """The content words of sentence ``n`` as written (folded)."""
        if n not in self._written:
            self._remember_words(n, self.snapshot.sentences[n].text)
        return self._written[n]

    def _key_idf(
        self,
        asked: set[str],
        sentence: Unit,
        first_names: Mapping[str, frozenset[str]] = MappingProxyType({}),
    ) -> dict[str, float]:
        """The question's key words for the article of ``sentence`` (its title's words left
        out), each with its idf among that article's sentences (``_key_words``)."""
        key = (asked - set(tokens(sentence.title))) or asked
        return self._article_idf(key, self.articles[sentence.doc_id], first_names)

    def _article_idf(
        self,
        words: set[str],
        article: range,
        first_names: Mapping[str, frozenset[str]] = MappingProxyType({}),
    ) -> dict[str, float]:
        """BM25's idf of each word among the sentences ``article``."""
        self._remember_article(article)
        size = len(article)
        sentences = [_with_first_names(self._words_of(n), first_names) for n in article]
        held = {w: sum(1 for have in sentences if w in have) for w in words}
        return {w: math.log(1 + (size - df + 0.5) / (df + 0.5)) for w, df in held.items()}

    def _first_names(self, question: str) -> dict[str, frozenset[str]]:
        """The surname (stemmed) of each person ``question`` names in full, with the stems of
        their other names: "Andrew Johnson" -> johnson: {andrew}."""
        found: dict[str, frozenset[str]] = {}
        for spelling, label in names_in(without_context(question), self.corpus_names):
            words = WORD.findall(fold(spelling))
            if label == "PERSON" and len(words) > 1:
                others = frozenset(stem for word in words[:-1] for stem in tokens(word))
                for surname in tokens(words[-1]):
                    found[surname] = others
        return found

    def _remember_article(self, article: range) -> None:
        """Keep the words of every sentence of ``article`` (its sentences' texts only, read in
        one query when any is not known yet)."""
        if any(n not in self._words for n in article):
            for n, text in self.snapshot.units.sentence_texts(article):
                self._remember_words(n, text)

    def _words_of(self, n: int) -> frozenset[str]:
        if n not in self._words:
            self._remember_words(n, self.snapshot.sentences[n].text)
        return self._words[n]

    def _remember_words(self, n: int, text: str) -> None:
        """Keep sentence ``n``'s stemmed words and its words as written (one reading)."""
        if n in self._words:
            return
        if len(self._words) >= WORDS_KEPT:
            self._words.clear()
            self._written.clear()
        written = written_words(text)
        self._words[n] = frozenset(written) | negated_words(written.values())
        self._written[n] = frozenset(written.values())

    def _of_answer_type(self, question: str, sentence_numbers: list[int]) -> set[int]:
        """The sentences holding the kind of answer ``question`` asks for (``answer_types``):
        a number, a time, or a name of a person, place or organisation it does not give, or,
        for one asking who someone is (``_introduced``), where the article first speaks of
        them. A question holds none (``textnorm.is_question``)."""
        return self._answer_typed(question, sentence_numbers, self._introduced(question))

    def _answer_typed(
        self, question: str, sentence_numbers: list[int], introduced: str | None
    ) -> set[int]:
        """``_of_answer_type``, given whom ``question`` asks to be introduced (ranking works
        that out once for both)."""
        sentences = self.snapshot.sentences
        question = without_context(question)  # a follow-up's context asks for nothing
        sentence_numbers = [n for n in sentence_numbers if not is_question(sentences[n].text)]
        if introduced is not None:  # "Who is Avenatti?": where the article introduces him
            return self._first_mentions(introduced, sentence_numbers)
        wanted = expected_type(question)
        if wanted is not None:
            return {
                n
                for n in sentence_numbers
                if holds_in_sentence(sentences[n].text, sentences[n].names, wanted, question)
            }
        kind = expected_name(question)
        instance = instance_asked(question)
        if instance is not None:  # "Which bridge ...?": "the George Washington Bridge"
            return {
                n
                for n in sentence_numbers
                if names_an_instance(sentences[n].text, instance, question)
            }
        if kind is None:
            return set()
        if kind is NameKind.PERSON and not asks_about_speech(question):
            # "Who were the victims?": the one a sentence quotes is its source, not its answer
            return {
                n
                for n in sentence_numbers
                if names_new(_besides_the_speaker(sentences[n]), kind, question)
            }
        return {n for n in sentence_numbers if names_new(sentences[n].names, kind, question)}

    def _introduced(self, question: str) -> str | None:
        """Whom or what ``question`` asks to be introduced (``answer_types.introduction_asked``),
        a name typed in lower case being one the corpus holds ("who's avenatti?")."""
        return introduction_asked(
            without_context(question), lambda who: corpus_name(who, self.corpus_names) is not None
        )

    def _first_mentions(self, introduced: str, sentence_numbers: list[int]) -> set[int]:
        """Of ``sentence_numbers`` (the sentences retrieved, not all the article's), each
        article's first that speaks of ``introduced``: that holds all its words ("Ann Harris",
        not her husband Joe Harris named before her), else its last ("Avenatti" of a story
        that never writes "Michael Avenatti", "tanker")."""
        asked = tokens(introduced)
        if not asked:
            return set()
        first: dict[str, int] = {}
        for holds in (set(asked), {asked[-1]}):
            for n in sorted(sentence_numbers):
                doc_id = self.snapshot.sentences[n].doc_id
                if doc_id not in first and holds <= self._words_of(n):
                    first[doc_id] = n
        if len(first) < 2:
            return set(first.values())
        # of several stories, those about them: that name them in the title or more than once
        # (not a story whose lead names Trump in passing, for "What happened to Trump?")
        mentions = Counter(
            self.snapshot.sentences[n].doc_id
            for n in sentence_numbers
            if asked[-1] in self._words_of(n)
        )
        about = {
            n
            for doc_id, n in first.items()
            if mentions[doc_id] > 1 or asked[-1] in tokens(self.snapshot.sentences[n].title)
        }
        return about or set(first.values())

    def _relevance(
        self,
        best_dense: float,
        question: str,
        written: dict[str, str],
        best: Unit,
        alone: bool,
        graded: frozenset[str] = frozenset(),
    ) -> float:
        """How much the question has in common with the corpus (see ``Thresholds``);
        ``written``: its words by stem, as ``written_words`` reads them. A question asked
        ``alone`` (no conversation behind it) has its words looked for in the best passage's
        article: nothing else says which story it is about. A follow-up's in the whole
        corpus: the conversation says it, and chat words ("so", "max", "now") need not be
        the story's. The ``graded`` words (``question_names.degree_words``) need not be
        either, when the best passage holds all the others."""
        passage = written_words(f"{best.title} {best.text}")
        in_passage = set(passage)
        near = self._near(set(written) - in_passage, written, frozenset(passage.values()))
        # the words naming the kind of answer, and a passive's "get", it need not hold
        unneeded = (kind_words(question) | auxiliary_words(question)) - in_passage - near
        if set(written) - unneeded - in_passage - near <= graded:
            unneeded |= graded  # all the rest is held: the grade may be said in other words
        words = set(written) - unneeded or set(written)
        if not words:
            return best_dense
        if alone:
            vocabulary = self._article_words(best.doc_id).stems | set(tokens(best.title))
        else:
            vocabulary = self.snapshot.sentence_lexical.vocabulary
        t = self.thresholds
        return (
            best_dense
            + t.passage_words * len(words & in_passage | near) / len(words)
            + t.corpus_words * len(words & vocabulary | near) / len(words)
        )

    def _near(self, words: set[str], written: dict[str, str], held: frozenset[str]) -> set[str]:
        """The ``words`` (stems; ``written``: as written) that a word of ``held`` stands in
        for (``Thresholds.near_word``). Only the best passage's words are ``held``: a whole
        article, let alone a corpus, has some word near almost anything."""
        asked = {w: written[w] for w in words}
        near = self.word_vectors.near_words(asked, held, self.thresholds.near_word)
        return {w for w, close in near.items() if close}

    def _fused_passages(
        self, vector: npt.NDArray[np.float32], lexical: npt.NDArray[np.float32]
    ) -> list[tuple[int, float]]:
        """Passage numbers with their reciprocal-rank-fusion scores, best first (``lexical``:
        every passage's BM25 score for the question)."""
        snapshot = self.snapshot
        count = min(DENSE_PASSAGES, len(snapshot.passages))
        if count == 0:
            return []
        # No metadata filter: a filtered query scans every record's metadata (40x slower at
        # 30,000 records). Passages and sentences are ranked together instead, and a sentence
        # stands for the passage it is in.
        units = len(snapshot.sentences) + 2 * len(snapshot.passages)
        nearest = self.records.nearest(vector, min(DENSE_UNITS, units))
        passage_of = snapshot.passage_of([h.id for h in nearest])
        hits = [passage_of[h.id] for h in nearest if h.id in passage_of]
        dense_ranked = list(dict.fromkeys(hits))[:count]
        top = np.argpartition(-lexical, count - 1)[:count] if count < lexical.size else None
        order = top[np.argsort(-lexical[top])] if top is not None else np.argsort(-lexical)
        lexical_ranked = [int(i) for i in order if lexical[i] > 0]
        fused: dict[int, float] = {}
        for ranking in (dense_ranked, lexical_ranked):
            for rank, passage in enumerate(ranking):
                fused[passage] = fused.get(passage, 0.0) + 1.0 / (RRF_K + rank + 1)
        return best_fused_first(fused, lexical)

    def _with_story(
        self, fused: list[tuple[int, float]], lexical: npt.NDArray[np.float32], passages: set[int]
    ) -> list[tuple[int, float]]:
        """``fused`` (the corpus's best passages) with those among ``passages`` (a story's)
        first, and after them the story's others, by their words (``lexical``: BM25 scores)
        and scored below the last of the corpus's; the other articles' passages last. Over
        one article alone, nothing changes."""
        told = [(p, score) for p, score in fused if p in passages]
        seen = {p for p, _ in told}
        floor = min((score for _, score in fused), default=1.0 / RRF_K)
        rest = sorted(passages - seen, key=lambda p: (-float(lexical[p]), p))
        own = [(p, floor * RRF_K / (RRF_K + rank + 1)) for rank, p in enumerate(rest)]
        return told + own + [(p, score) for p, score in fused if p not in passages]

    @cached_property
    def _article_passages(self) -> dict[str, range]:
        return self.snapshot.units.article_passages()

    def _similarities(self, vector: npt.NDArray[np.float32], ids: list[str]) -> dict[str, float]:
        """Cosine similarity of ``vector`` with the stored embeddings of the records ``ids``."""
        if not ids:
            return {}
        stored = self.records.vectors(ids)
        return dict(zip(stored.ids, (stored.matrix @ vector).tolist(), strict=True))

    def _excerpts(self, scored: list[tuple[float, int]], k: int) -> list[Citation]:
        """The top sentences as citations: no sentence twice, short ones widened."""
        snapshot = self.snapshot
        scored = self._replies_for_questions(scored)
        seen_text: set[str] = set()
        used: set[int] = set()
        citations: list[Citation] = []
        for score, n in scored:
            if len(citations) >= k:
                break
            key = fold_spaces(snapshot.sentences[n].text)
            if n in used or key in seen_text or only_a_name(snapshot.sentences[n].text):
                continue
            numbers = self._widened(n, used)
            used.update(numbers)
            seen_text.update(fold_spaces(snapshot.sentences[m].text) for m in numbers)
            units = [snapshot.sentences[m] for m in numbers]
            citations.append(citation_of(units, score, statement_speaker(units)))
        return citations

    def _replies_for_questions(self, scored: list[tuple[float, int]]) -> list[tuple[float, int]]:
        """``scored`` with each interviewer's question in it (a sentence of no one's that asks,
        whose turn someone's statement follows) giving its score to that reply, and ranked
        below it: "((WN)) How many countries took part?" matches a question best, but "So we
        have four countries." answers it."""
        sentences = self.snapshot.sentences
        best = {n: score for score, n in scored}
        replied = False
        for score, n in scored:
            asking = sentences[n]
            if asking.speaker is not None or not is_question(asking.text):
                continue
            reply = self._reply_to(n)
            if reply is None:
                continue
            best[reply] = max(best.get(reply, -math.inf), score)
            best[n] = score - 1.0
            replied = True
        if not replied:
            return scored
        return sorted(((score, n) for n, score in best.items()), reverse=True)

    def _reply_to(self, n: int) -> int | None:
        """The statement that replies to the question ``n``: the first sentence after the rest
        of the interviewer's turn (the sentences of no one's in its paragraph: "How old are
        you? And when did you decide to run?"), when it is someone's statement in the same
        article; None when it is not (the interviewer's next question, narration)."""
        sentences = self.snapshot.sentences
        asking = sentences[n]
        m = n + 1
        while m < len(sentences) and sentences[m].doc_id == asking.doc_id:
            following = sentences[m]
            if following.speaker is not None:
                return m
            if following.paragraph != asking.paragraph:
                return None
            m += 1
        return None

    def _widened(self, n: int, used: set[int]) -> list[int]:
        """The sentence, with a neighbour from its paragraph when it does not stand alone.

        A very short sentence takes its neighbour, but not someone's statement unless it is
        about that person too (``_may_join``); a sentence that opens by pointing back ("That
        has ...", "He added ...") takes the one before it; and one followed by such a sentence
        takes that too, since the next sentence continues its thought.
        """
        snapshot = self.snapshot
        sentence = snapshot.sentences[n]
        paragraph = snapshot.paragraph(sentence.doc_id, sentence.paragraph)
        position = paragraph.index(n)
        before = paragraph[position - 1] if position > 0 else None
        after = paragraph[position + 1] if position + 1 < len(paragraph) else None
        chosen = [n]
        short = len(sentence.text) < SHORT_EXCERPT

        def joins(other: int, pointing: bool) -> bool:
            neighbour = snapshot.sentences[other]
            return (
                other not in used
                and one_voice(sentence, neighbour)
                and (pointing or (short and _may_join(sentence, neighbour)))
            )

        if before is not None and joins(before, points_back(sentence.text)):
            chosen.insert(0, before)
        elif after is not None and joins(after, points_back(snapshot.sentences[after].text)):
            chosen.append(after)
        return chosen


def _may_join(short: Unit, neighbour: Unit) -> bool:
    """Whether a short sentence may be cited with ``neighbour`` under one speaker: not when the
    neighbour is someone's statement and the short one neither is theirs nor speaks of them
    ("Smithers, 36, is married." is not the judge's words before it; "Roe disagreed." or "He
    disagreed." may introduce Roe's). A short quotation may take the narration beside it."""
    speaker = neighbour.speaker
    if speaker is None or speaker == short.speaker:
        return True
    return short.speaker is None and (
        speaker in short.refers_to or fold(speaker.split()[-1]) in WORD.findall(fold(short.text))
    )


def _with_first_names(
    words: frozenset[str], first_names: Mapping[str, frozenset[str]]
) -> frozenset[str]:
    """A sentence's ``words`` with the first names of the people whose surname it gives
    (``Searcher._key_words``)."""
    if not first_names:
        return words
    added = [others for surname, others in first_names.items() if surname in words]
    return words.union(*added) if added else words


def _closer(word: str, first: str, second: str) -> bool:
    """Whether ``first`` is a nearer spelling of ``word`` than ``second``."""
    ratio = difflib.SequenceMatcher
    return ratio(None, word, first).ratio() > ratio(None, word, second).ratio()


def _holds(sentence: Unit, wanted: Wanted) -> bool:
    """Whether a sentence holds the kind of answer a short follow-up asks for: for "Who said
    that?", a statement (attributed at index time) or a source the index names no one for,
    which the sentence itself gives: a body ("according to Agence France-Presse") or someone
    unnamed ("..., a police spokesman said", "two people familiar with the matter said"),
    so that the sentence asked about tells its own source before a named neighbour's does;
    else ``answer_types.holds_wanted``."""
    if wanted is Wanted.SPEAKER:
        return sentence.speaker is not None or reports_speech(sentence.text)
    return holds_wanted(sentence.text, wanted)


NAME_LINE_WORDS = 4
"""The most words a line that is only a name has ("—John Hickenlooper", "((Wayne Tseng))")."""


def only_a_name(text: str) -> bool:
    """Whether ``text`` is a line that is nothing but a name, every word of it capitalised and
    no stop at its end: the credit line under a quotation ("—John Hickenlooper") or an
    interview's speaker label ("((Wayne Tseng))"). It says who spoke, which the index tells
    of the words it labels; cited alone, it answers nothing."""
    words = re.findall(r"[^\W\d_][\w’'-]*", text)
    return (
        0 < len(words) <= NAME_LINE_WORDS
        and all(word[0].isupper() for word in words)
        and not re.search(r"[.?!]\W*$", text.strip())
    )


def _qualified_otherwise(text: str, at: int, asked: Collection[str]) -> bool:
    """Whether the word before position ``at`` of ``text`` (a description's noun) qualifies it
    otherwise than the question's words ``asked`` (folded) do: a name or a noun ("A council
    spokesperson said", "A Halden spokeswoman said" are not the health authority's); not an
    article, a number, an adjective or a possessor ("One resident", "The girl's mother")."""
    words = list(re.finditer(r"[\w’'-]+", text[:at]))
    if len(words) < 2:  # (a sentence's first word: "One resident said")
        return False
    before = words[-1].group(0)
    folded = fold(before)
    if folded in asked or folded in STOPWORDS or before.endswith(("'s", "’s")):
        return False
    return before[:1].isupper() or folded in common_nouns()


def _tells_of(text: str, topic: str, nouns: Collection[str]) -> bool:
    """Whether ``text`` holds a noun of ``topic`` (``nouns``, folded), singular or plural
    ("bridge" for "bridges", not "foreign" for "foreigners"), as the topic gives it: one given
    in lower case as a common noun, in lower case or opening a sentence, not only as a word of
    a name ("the game" is not told of by "Conway's Game of Life")."""
    typed = anyascii(topic)
    forms = {noun: singular_forms(noun) for noun in nouns}
    common = {n for n in nouns if re.search(rf"\b{re.escape(n)}\b", typed)}
    written = anyascii(text)
    for word in re.finditer(r"[A-Za-z]+", written):
        held = singular_forms(word.group(0).lower())
        for noun, own in forms.items():
            if own & held and (
                noun not in common
                or word.group(0).islower()
                or _opens_sentence(written, word.start())
            ):
                return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence of ``text`` (capitalised as any would be)."""
    before = text[:at].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n"


def best_fused_first(
    fused: Mapping[int, float], lexical: npt.NDArray[np.float32]
) -> list[tuple[int, float]]:
    """Passages with their fusion scores, best first; a tie (one passage first by meaning,
    another by words, each in one ranking only) goes to the one holding more of the
    question's words (``lexical``: BM25 by passage), whose article "Who is Gregory Kurtzer?"
    is about, not to one that only reads like a question about someone."""
    return sorted(fused.items(), key=lambda item: (-item[1], -float(lexical[item[0]])))


def _normalised(values: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    top = float(values.max()) if values.size else 0.0
    return values / top if top > 0 else values


BESIDE_WORDS = 3
"""How near a name a description in reported words must stand to be its ("the captain, Erik
Dahl")."""
AFTER_ITS_KIND = re.compile(r"^(?:[a-z][\w-]*\s+)+(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)$")
"""A source that names a body after the words for its kind: "airport operator Avinor"."""


def _surely_a_body(name: CorpusName) -> bool:
    """Whether a name the corpus labels an organisation is surely one, not a person's name
    the recogniser misread: written in capitals ("UNESCO", "NATO") or ending with a word for
    an organisation ("Bradford Council", "the Red Cross Society")."""
    _, spelling, label = name
    words = WORD.findall(fold(spelling))
    return label == "ORG" and (
        spelling.isupper() or (bool(words) and words[-1] in ORGANISATION_WORDS)
    )


def _besides_the_speaker(sentence: Unit) -> tuple[Name, ...]:
    """The names ``sentence`` holds but its speaker's ("Hidalgo" of "Mayor Anne Hidalgo wrote
    ...")."""
    if sentence.speaker is None:
        return sentence.names
    speaker = set(tokens(sentence.speaker))
    return tuple(name for name in sentence.names if not set(tokens(name[1])) <= speaker)


SEXED = re.compile(
    r"(?P<office>[a-z]{4,}?)(?:wo)?(?:man|men)|(?P<neutral>[a-z]{4,}?)(?:person|people)"
)
"""A noun for the holder of an office that says their sex, or says it is anyone's: "spokesman",
"chairwoman", "spokesperson"."""


def _sexed_forms(noun: str) -> set[str]:
    """The forms of an office's noun (folded) for any holder: "spokesman" -> spokesman,
    spokeswoman, spokesperson and their plurals; none for another noun."""
    found = SEXED.fullmatch(noun)
    if found is None:
        return set()
    office = found["office"] or found["neutral"]
    endings = ("man", "woman", "person", "men", "women", "people")
    return {office + ending for ending in endings}


ONLY_A_PRONOUN = re.compile(r"^\W*(?:it|this|that|these|those|them)\W*$", re.IGNORECASE)
"""A topic that is only a pronoun ("How did O'Rourke announce it?"): what it stands for is
not said, so it ranks nothing; the person's statements come in the article's order."""
