"""Read a follow-up question against the conversation so far, by explainable rules.

No model is involved. In order, a question is:

1. **more** — "more", "anything else?", "go on", a bare "And?": the next excerpts of the previous
   answer;
2. **who said it** — "Who said that?": the statement among the previous answer's excerpts and
   their neighbours, nearest first, with its speaker; "Who else commented?": a statement of
   each other person the previous answer's article quotes; "Is that true?": the previous
   answer's excerpts and their neighbours, its evidence;
3. **an ellipsis** — "And Stoltenberg?", "What about Britain?", "How about on Syria?": the
   previous question with the new person, thing or topic put in place of the old one;
4. **the answer to a question back** — a name among the options the previous turn offered;
5. **person pronouns** — "he", "she", "his", "her" stand for the person the previous turn
   asked about (whose words it asked for, or else whom its question named: "How old was
   Doris Day when she died?" / "Where did she die?", or named by a tie to someone: "Kobe
   Bryant's daughter"), or else the one person its answer
   named (after "Who met Putin?", the one who met him; after "Who was the attacker?", the
   one it calls the attacker, else "the attacker"), or else the one its question described
   ("How long was the doctor sentenced for?": "the doctor"), and "their" before a family word
   ("How did their mom take it?") for that person's family; an object pronoun after them ("what
   does he want to do with him?") for what that turn asked about; never someone the
   articles' own pronouns give the other gender. A pronoun after a name in the same
   question is that person's. When they could be two people, nothing is guessed:
   the reading is a question back, with the options;
6. **a short wh-question** — bare ("Why?", "When?", "By whom?", "When did that happen?"):
   answered from the sentences the previous answer cited and their neighbours, by the
   wh-word's answer type; with one word of its own ("Who died?"), or after an answer that
   cited nothing: asked with the previous question as context (and the one before it, when
   the previous named nothing), but as it is after a question that only asked what someone
   said ("What did the mayor say?" / "Who was the attacker?");
7. **thing pronouns** — "it", "that", "there", "they" stand for the previous topic or the last
   thing its question named (and go on meaning it), or else bring the previous question
   along as context;
8. **standalone** — anything else, and any question that names its own subject, is taken as it
   is: nothing from the conversation leaks into it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum

from article_qa.corpus_names import THING_LABELS, CorpusNames, corpus_name, names_in
from article_qa.dates import MONTH_NAMES, WEEKDAY_NAMES
from article_qa.reporting_verbs import REPORTING
from article_qa.textnorm import STOPWORDS, WORD, fold, tokens, without_possessive
from article_qa.titles import (
    GENDERED_TITLES,
    ORGANISATION_WORDS,
    PERSON_WORDS,
    RELATION_WORDS,
    TITLE_WORDS,
)
from retrieval.answer_types import HOLDS_DURATION, NameKind, Wanted, expected_type, only_a_time
from retrieval.conversation import (
    Conversation,
    Turn,
    context_of,
    in_context,
    without_context,
)
from retrieval.overview import asks_for_overview
from retrieval.pronouns import (
    FEMALE,
    MALE,
    PERSON,
    POSSESSIVE_PERSON,
    SUBJECT_PERSON,
    THING_OR_GROUP,
    pronoun_pattern,
)
from retrieval.question_names import thing_phrase, topic_nouns
from retrieval.speakers import parse_speaker_question
from retrieval.types import Citation


class Kind(Enum):
    STANDALONE = "standalone"
    REWRITTEN = "rewritten"
    MORE = "more"
    ABOUT_PREVIOUS = "about_previous"
    OTHER_SPEAKERS = "other_speakers"
    CLARIFY = "clarify"
    ACKNOWLEDGED = "acknowledged"
    """ "thanks", "ok": nothing to look up, and the conversation stays where it was."""


@dataclass(frozen=True)
class Reading:
    kind: Kind
    question: str
    """The standalone question to answer (the question itself when taken as it is)."""
    wanted: Wanted | None = None
    """For ``ABOUT_PREVIOUS``: the answer type of its wh-word."""
    options: tuple[str, ...] = ()
    """For ``CLARIFY``: the people "he" or "she" could be."""
    person: str | None = None
    """The person a pronoun was read as, when one was."""
    broad: bool = False
    """For "And Stoltenberg?" after "What did X say about Y?": every statement of the new
    person, those nearest Y first (they seldom put it in X's words)."""
    thing: str | None = None
    """The thing "it", "that" or "there" was read as, when one was: what the next "it" means
    too."""
    gender: str | None = None
    """The gender ("m" or "f") of the pronoun read as ``person``: what the conversation now
    calls them."""
    elsewhere: bool = False
    """The question asks of another thing (``thing``) than the conversation's ("And in the
    fire in Norway?" after the bus crash in Russia), which may be another article's: the
    articles the conversation is about are favoured only when they speak of it."""


THANKS = re.compile(
    r"^(?:(?:ok|okay|great|cool)\W+)?(?:thanks?(?: you)?|thx|ty|cheers)"
    r"(?: (?:a lot|so much|very much))?\W*$",
    re.IGNORECASE,
)
ACKNOWLEDGEMENT = re.compile(
    r"^(?:ok|okay|k|cool|great|nice|got it|i see|understood|alright|all right|right)\W*$",
    re.IGNORECASE,
)
MORE = re.compile(
    r"^(?:(?:and|ok|okay|so)\W+)?(?:more|anything else|what else|go on|continue|keep going|"
    r"tell me more|say more|others?|next|and then|and|so)(?: please)?\W*$",
    re.IGNORECASE,
)
WHO_SAID = re.compile(
    r"^(?:(?:and|so|but)\W+)?according\s+to\s+(?:whom|who)\W*$"
    r"|^(?:(?:and|so|but)\W+)?(?:who|whom)\s+(?:said|says|say|told|tells|reported|"
    r"(?:claimed|claims)(?!\s+(?:it|them|responsibility|credit)\b)|stated|"
    r"(?:is|was)\s+(?:quoted|speaking)|made\s+(?:that|this|the)\s+(?:claim|"
    r"statement|remark|comment))(?:\s+(?:that|this|it|so|those|these))?\W*$",
    re.IGNORECASE,
)
"""Asking who said what the previous answer cited: the statement among its excerpts and their
neighbours, with its speaker. Not "Who wrote it?": that asks who wrote a thing (a bill, a
letter, a song), a question of its own."""
WHO_ELSE = re.compile(
    r"^(?:(?:and|so|but)\W+)?(?:who|(?:did|does|has)\s+(?:anyone|anybody|someone))\s+else\s+"
    r"(?:said|says|say|commented|comment|spoke|speak|talked|talk|reacted|react|responded|"
    r"respond|(?:is|was|got)\s+quoted|weighed\s+in)\b.*$",
    re.IGNORECASE,
)
"""Asking who else the article quotes: the other people's statements, one each."""
IS_IT_TRUE = re.compile(
    r"^(?:(?:is|was)\s+(?:that|this|it)\s+(?:really\s+)?(?:true|right|correct|so)|really|"
    r"are you sure|says who)\W*$",
    re.IGNORECASE,
)
"""Doubting the previous answer: its excerpts and their neighbours again, as its evidence."""
WH_WORDS: dict[str, Wanted] = {
    "why": Wanted.REASON,
    "how come": Wanted.REASON,
    "what for": Wanted.REASON,
    "when": Wanted.TIME,
    "until when": Wanted.TIME,
    "since when": Wanted.TIME,
    "how long": Wanted.TIME,
    "where": Wanted.PLACE,
    "from where": Wanted.PLACE,
    "how many": Wanted.NUMBER,
    "how much": Wanted.NUMBER,
    "who": Wanted.PERSON,
    "whom": Wanted.PERSON,
    "by whom": Wanted.AGENT,
    "which": Wanted.ANY,
    "what": Wanted.ANY,
    "how": Wanted.MANNER,
}
WH = re.compile(
    r"^(?:and\s+|but\s+|so\s+)?(?:(?P<by>for|in|into|at|to|with|on|of|about|after|before|"
    r"during|against|over|through|towards?|under|among|between|like|by(?!\s+whom\b))\s+)?"
    r"(?P<wh>until when|since when|how long|how come|what for|"
    r"from where|how many|how much|by whom|why|when|where|who|whom|which|what|how)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
OPENING_CONJUNCTION = re.compile(
    r"^(?:and|but|so|also)\s+(?=(?:who|whom|whose|what|when|where|why|which|how|did|does|do|"
    r"is|are|was|were|has|have|had|can|could|will|would|should)\s)",
    re.IGNORECASE,
)
"""A conjunction opening a whole question ("And who told CNN?"): it adds nothing to it."""
WHO_ASKED = re.compile(r"^\W*(?:and\s+|so\s+)?(?:who|whom)\b", re.IGNORECASE)
"""A question asking for a person: its answer is who it was about."""
UNDERGOER_ASKED = re.compile(
    r"^\W*(?i:(?:and\s+|so\s+)?who\s+(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+)"
    r"(?!(?:the|a|an|this|that|these|those|his|her|its|their|in|on|at|for|with|from|to|by|"
    r"behind|there|here|not)\b)[a-z]+\b"
)
"""Asking who underwent something or was so ("Who was shot?", "Who got hurt?", "Who was
responsible?"): someone the answer quotes is its source, not who it asks for (unlike "Who
killed her?", which the killer's own confession may answer)."""
WHO_VERB = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+(?:(?:was|were|is|are|has|have|had|got|will|would)\s+)?"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
"""The verb of a question asking who did something ("Who died?", "Who was shot?")."""
WHO_IS_OPENING = r"^\W*(?:and\s+|so\s+)?who(?:['’]s|\s+is|\s+was)\s+"
"""The opening of a question asking who someone is."""
WHO_IS = re.compile(WHO_IS_OPENING + r"(?P<who>(?:the|this|that)\s+[^?]*?)\W*$", re.IGNORECASE)
"""Asking who someone described is ("Who was the attacker?"): "he" then means that person,
whether or not the answer could name them."""
WHO_IS_NAMED = re.compile(WHO_IS_OPENING + r"(?!(?:the|this|that|a|an)\b)\w", re.IGNORECASE)
"""Asking who someone named is ("Who is Stoltenberg?"): "he" then means that person."""
CALLED_WITHIN = 4
"""Words a name and the noun an answer calls the person by may have between them."""
APPOSITION_WORDS = frozenset("the a an of as ,".split())
"""Words that may stand between a noun and the name it calls so, or open the apposition
after a name."""
CLAUSE_OPENERS = frozenset("who whom whose which that ,".split())
"""Words that end an apposition after a name: what follows them is a clause of its own."""
ELLIPSIS = re.compile(
    r"^(?:(?:and|but)\s+)?(?:what|how)\s+about\s+(?:(?:way\s+)?back\s+)?(?:(?P<p>on|in|at|with)\s+)?"
    r"(?P<x>.+?)\W*$"
    r"|^(?:and|but)\s+(?:(?:way\s+)?back\s+)?(?:(?P<q>on|in|at|about|with)\s+)?(?P<y>[^\s?].*?)\W*$",
    re.IGNORECASE,
)
TOPIC_PREPOSITIONS = frozenset({"on", "about"})
"""An ellipsis with one of these ("And on Syria?") asks about a topic, not for a like-for-like
swap of a name in the previous question."""
LOCATIVE_PREPOSITIONS = frozenset({"in", "at"})
"""An ellipsis with one of these ("And in New Hampshire?") gives a place in place of the
previous one, never a new subject."""
QUALIFIED = re.compile(r"\s+(?:who|whom|whose|that|which|of|from|at|in|with|on|for|to)\s+")
"""What opens the part of a description that qualifies its head ("the MP *who co-sponsored
it*", "the head *of the union*")."""
PLURAL_PEOPLE = frozenset({"men", "women", "children", "people", "police", "folk"})
"""Words for people that are plural without an "s"."""
BODY_NOUNS = ORGANISATION_WORDS | frozenset(
    "government administration cabinet parliament congress senate court army military navy".split()
)
"""Words for bodies that speak ("the Seoul government said"): no "he" or "she"."""
RELATIVE_ADVERBS = frozenset({"instead", "afterwards", "afterward", "too", "also", "either"})
"""Words that say a question is relative to what was said before ("What did Biden do
instead?", "Did Biden also test positive?"): it is asked in that context."""
BODY_LABELS = frozenset({"ORG", "GPE", "NORP"})
"""The labels of the names of bodies that speak: organisations, countries, peoples."""
DESCRIPTION_WORDS = 3
"""Words after "the" a description of someone may take ("the coast guard captain")."""
OWNER = re.compile(r"^(?:the\s+)?(?P<owner>[\w’'-]+(?:\s+[\w’'-]+)?)['’]s?\s+\w")
"""A topic's owner: "kapoor" of "kapoor's death"."""
KIN_OF = re.compile(
    r"^\W*(?:\w+\s+)?(?:did|does|do|was|is|were|has|have|had|will|would|can)\s+(?:his|her)\s+"
    r"(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
"""Someone's relation or role as the subject asked about: "What did his son say?", "Was her
lawyer there?" (one is not one's own son); not "What did he say about his brother?"."""
OTHER_PERSON = re.compile(r"\b(?:him|her)\b(?=\s*[?.!]*\s*$)", re.IGNORECASE)
"""An object pronoun ending a question whose subject pronoun was read as someone else ("what
does he want to do with him?"): the one the previous question asked about, its topic."""
THING_PRONOUNS = THING_OR_GROUP | {"that", "this", "there"}
"""Pronouns for the last thing, place or event ("they" and "them" are mostly groups and things
in news: the police, the rescuers, the victims)."""
SINGULAR_PRONOUNS = frozenset({"it", "there", "its"})
"""The ones a name stands in for; "they" and "them" are mostly people the question did not
name (the victims, the rescuers), and "that" and "this" mostly what the previous answer told
("How much more than the last deal was that?": the bid, not the league it was for), so they
bring the previous question along instead."""
FILLER = frozenset(
    """did does do was were is are has have had the a an it that this there then happen
    happened exactly again afterwards after before later first next it's s not didn't doesn't
    don't wasn't weren't isn't aren't hasn't haven't hadn't""".split()
)
"""Words a short wh-question may have and still be about the previous answer."""
SHORT_WH_WORDS = 2
"""A wh-question with fewer content words than this is about the previous answer."""
MAX_ITEM_WORDS = 4
"""Words the thing of "How about X, <question>?" may take."""
PREPOSITIONS = frozenset("in on at about to of for with from by into over".split())
AFTER_AN_OBJECT = frozenset("down up out off away back around aside a an the".split())
"""Words that follow "her" as an object, not as a possessive: a verb's particle ("turned her
down") or the article of a second object ("gave her a prize")."""
NOT_POSSESSED = PREPOSITIONS | AFTER_AN_OBJECT
"""Words after which "her" is no possessive (a preposition: "to her about it")."""
YEAR = re.compile(r"\b(?:1[6-9]|20)\d\d\b")
EXISTENTIAL_THERE = re.compile(
    r"\b(?P<be>is|was|are|were|be|been)\s+there\b(?=\s+\w)"
    r"|\bthere(?=\s+(?:is|was|are|were|be|been)\b|['’]s\b)",
    re.IGNORECASE,
)
"""The "there" that only says something exists ("Was there an earlier quake?", "there's"),
which points to no place (not "How many people were there?")."""
TIME_PHRASE = re.compile(
    rf"\s+(?:in|on|during|by|since|until|before|after)\s+(?:early\s+|late\s+|mid-?)?"
    rf"(?:{MONTH_NAMES}|{WEEKDAY_NAMES})\b(?:\s+\d{{1,2}})?(?:,?\s+(?:1[6-9]|20)\d\d)?",
    re.IGNORECASE,
)
"""The time a question gives by a month or day ("in February", "on Monday")."""
PRESENT_TIME = re.compile(
    r"\s+(?:now|today|currently|nowadays|these days|at present|at the moment)\b", re.IGNORECASE
)
"""The time a question gives by pointing at the present ("... is it legal now?"): what "And
before the change?" puts another time in place of."""
PRESENT_ITEM = re.compile(
    r"^(?:this time|now|today|currently|nowadays|these days|at present|at the moment)$",
    re.IGNORECASE,
)
"""An ellipsis that asks the question again of the present ("And this time?", "And now?")."""
EVENT_TIME = re.compile(
    r"\s+(?:in|during|since|until|by|before|after)\s+(?:1[6-9]|20)\d\d\b", re.IGNORECASE
)
"""The time a question gives by a year ("in 2016"): what "And this time?" or "And in March?"
puts another time in place of. (Not "after the X", which may be no time: "Who looks after the
children?")."""
TIMED_BY_EVENT = re.compile(
    r"^(?:before|after|since|until|till|during|prior to)\s+\S", re.IGNORECASE
)
"""An ellipsis that gives a time by an event ("And before the change?", "And after the
war?"), not by a date."""
DOER_QUESTION = re.compile(
    r"^\W*(?:(?:what|why|how|when|where)\s+(?:did|does|do|has|have|had|will|would|is|was|are|"
    r"were)|(?:how\s+(?:many|much)|which|what)(?:\s+(?!(?:did|does|do|has|have|had)\b)[\w'’-]+)"
    r"{1,2}?\s+(?:did|does|do|has|have|had))\s+",
    re.IGNORECASE,
)
"""The opening of a question whose subject follows ("What did ", "Why has ", "How many
delegates did ")."""
ADDITION = re.compile(r"\s*\((?:on )?[^()]*\)(?=\W*$)")
"""What an earlier "What about X?" added to a question it could put nowhere: " (florida)"."""
CAPITALISED_PHRASE = re.compile(r"\b[A-Z][\w’'.\-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w’'.\-]*)*")


def read_followup(
    question: str,
    conversation: Conversation | None,
    speakers: Collection[str] = (),
    names: CorpusNames | None = None,
    person_nouns: Collection[str] = (),
    genders: Mapping[str, str] | None = None,
    voiced: Callable[[str], bool] | None = None,
    a_source: Callable[[str], bool] | None = None,
    quoted_people: Collection[str] = (),
) -> Reading:
    """How ``question`` is to be answered, given the conversation so far.

    ``speakers`` are the names of the people the corpus quotes (and of the organisations they
    speak for): a question that names one of them names its own subject, and its pronouns
    are left alone. ``names`` are the places,
    organisations and things the corpus names, so that a question typed in lower case
    ("when did fresno become a city?") is seen to name its subject too. ``person_nouns``
    are the words besides titles, relations and words for people that end a description of
    someone: the head nouns of the roles of the people quoted ("And the UN rapporteur?").
    ``genders`` are the people (full names) whose gender the articles' pronouns tell ("m" or
    "f"): "he" is none of the women among them, nor anyone the conversation called "she".
    ``voiced`` tells whether the articles quote someone a description means or give it as
    the source of what they report: "What about the council?" after what Roe said asks what
    the council said only if it says anything (unknown without it). ``a_source`` tells whether
    the articles give a name as the source of what they report, and never as a person's (a
    body, a group): no "he" or "she" means it unless their pronouns say so.
    ``quoted_people`` are the full names of the people the corpus quotes: each a person, even
    when the entity recogniser took the name for an organisation ("ACM chair Martijn Snel"),
    so "his" may mean them.
    """
    previous = conversation.last if conversation else None
    text = " ".join(question.split())
    text = OPENING_CONJUNCTION.sub("", text)  # "And who told CNN?" asks who told CNN
    if THANKS.match(text):
        return Reading(Kind.ACKNOWLEDGED, "You're welcome.")
    if ACKNOWLEDGEMENT.match(text):
        return Reading(Kind.ACKNOWLEDGED, "OK.")
    if previous is None or conversation is None or asks_for_overview(text):
        return Reading(Kind.STANDALONE, text)  # "tl;dr": the story's lead, the engine knows
    if (
        previous.options
        and len(conversation.turns) > 1
        and (MORE.match(text) or WHO_SAID.match(text))
    ):
        # a question back left unanswered showed nothing: "Who said that?" and "more" are
        # about the answer before it
        earlier = Conversation(conversation.turns[:-1])
        return read_followup(
            question,
            earlier,
            speakers,
            names,
            person_nouns,
            genders,
            voiced,
            a_source,
            quoted_people,
        )
    if MORE.match(text):
        return Reading(Kind.MORE, previous.understood_as)
    if WHO_SAID.match(text):
        return Reading(Kind.ABOUT_PREVIOUS, previous.understood_as, wanted=Wanted.SPEAKER)
    if WHO_ELSE.match(text):
        return Reading(Kind.OTHER_SPEAKERS, "Who else does the article quote?")
    if IS_IT_TRUE.match(text) and previous.citations:
        return Reading(Kind.ABOUT_PREVIOUS, previous.understood_as, wanted=Wanted.ANY)
    ellipsis = ELLIPSIS.match(text)
    item = (ellipsis.group("x") or ellipsis.group("y") or "").strip() if ellipsis else ""
    people = (*speakers, *_named(conversation))  # whom a name alone may be
    if not item and not previous.options and _only_a_person(text, people, names):
        item = without_possessive(text.strip(" ?!."))  # "Stoltenberg?": and Stoltenberg?
    thing, _, asked = item.partition(",")
    if asked and WH.match(asked.strip()) and len(thing.split()) <= MAX_ITEM_WORDS:
        # "How about Russia, who does the West say it's hitting?": the question, about Russia
        return Reading(Kind.REWRITTEN, _about(asked.strip(), thing.strip()))
    if item and not WH.match(item):
        preposition = (ellipsis.group("p") or ellipsis.group("q") or "") if ellipsis else ""
        when = f"{preposition} {item}".strip()
        a_time = (
            only_a_time(HOLDS_DURATION.sub("", when))
            or TIMED_BY_EVENT.match(item)
            or PRESENT_ITEM.match(item)  # "And this time?", "And now?"
        ) and not YEAR.search(item)
        if a_time and not _names_someone(item, people):  # "And May?" may be Theresa May
            # "And in January?", "And ten years later?": the same question, at that time
            return Reading(Kind.REWRITTEN, _at_time(previous.understood_as, when))
        topical = preposition.lower() in TOPIC_PREPOSITIONS
        located = preposition.lower() in LOCATIVE_PREPOSITIONS
        a_place = located or _kind_of(item, names) in NameKind.PLACE.value
        there = _pointed_place(without_context(previous.understood_as))
        where = f"{preposition if located else 'in'} {item}"
        if a_place and there is not None and not _names_someone(item, people):
            # "And South Australia?" after "How late can you get one there?": asked of it
            return Reading(Kind.REWRITTEN, _at_place(previous.understood_as, there, where))
        placed = (
            _elsewhere(previous.understood_as, where, located)
            if a_place and item[:1].isupper() and not _names_someone(item, people)
            else None
        )
        if placed is not None:
            # "What about in Michigan?" after "How many votes did Sanders get in Guam?"
            asked, swapped = placed
            return Reading(Kind.REWRITTEN, asked, thing=item, elsewhere=swapped)
        return _replace(
            conversation, item, speakers, people, names, topical, person_nouns, located, voiced
        )
    if previous.options:  # the answer to a question back: "Stoltenberg", "the Turkish one"
        chosen = [o for o in previous.options if _names_someone(text, (o,))]
        ordinal = ORDINAL_REPLY.fullmatch(text.strip(" ?.!"))
        if ordinal and not chosen:  # "the first one", "the latter"
            at = ORDINALS[ordinal["which"].lower()]
            chosen = (
                [previous.options[at]]
                if -len(previous.options) <= at < len(previous.options)
                else []
            )
        if len(chosen) == 1:
            return Reading(
                Kind.REWRITTEN, _put_person(previous.question, chosen[0]), person=chosen[0]
            )
    one_of_two = OTHER_ONE.search(text)
    the_other = _the_other_one(conversation) if one_of_two else None
    if one_of_two and the_other:  # "What did the other one say?" after one of two was asked about
        rewritten = f"{text[: one_of_two.start()]}{the_other}{text[one_of_two.end() :]}"
        return Reading(Kind.REWRITTEN, rewritten, person=the_other)
    words = re.findall(r"[\w’']+", EXISTENTIAL_THERE.sub(lambda m: m["be"] or "", text))
    lowered = {w.lower() for w in words}
    # "he", "her" ... that do not point to someone the question itself names
    points_to_someone = bool(lowered & PERSON) and not _own_pronouns(words, speakers, names)
    if points_to_someone:
        other = _other_gender(lowered)
        told = {**dict(previous.called), **(genders or {})}  # the articles' word first
        cited = [c for turn in conversation.turns[-2:] for c in turn.citations]
        kin = KIN_OF.search(text)  # "What did his son say?": not the one called his son

        def fits(person: str) -> bool:  # "he" is not a woman, "the prosecutors", nor a body
            gender = _gender(person, told)
            return (
                gender != other
                and not _plural(person)
                # one the articles call "he" or "she" is no body, whatever the recogniser
                # labelled the name ("Gáspár Maróth" taken for an organisation)
                and (
                    gender is not None
                    or person in quoted_people  # a person the articles quote, whatever its label
                    or not _a_body(person, names)
                    or _surname_read_as_body(person, names)
                )
                and not _describes_a_body(person)
                # nor one the articles give only as a source ("What did Stardom say?")
                and (gender is not None or a_source is None or not a_source(person))
                # nor a place the recogniser took for a person ("a second fire in La Llagosta")
                and (gender is not None or not _only_a_place(person, cited))
                and not (kin and _called(person, kin["noun"], cited))
            )

        candidates = _people(conversation, names, fits, person_nouns)
        # "What did he say about Mugabe?": not Mugabe; "Is the president going to visit him?":
        # not the one the answers call the president (but "Did the governor say he would
        # resign?" may mean the governor)
        objective = ("him" in lowered or OTHER_PERSON.search(text)) and not lowered & {"he", "she"}
        subject = _description_asked(text, person_nouns) if objective else None
        head = QUALIFIED.split(subject)[0].split()[-1] if subject else None
        candidates = tuple(c for c in candidates if not _mentions(text, c)) or candidates
        candidates = tuple(c for c in candidates if not (head and _called(c, head, cited)))
        candidates = _fullest(candidates)  # "Tong" is "Tong Yung-soo", not someone else
        if len(candidates) > 1 and parse_speaker_question(_put_person(text, candidates[0])):
            # "What did he say?": one of them the corpus quotes, if any is
            candidates = tuple(c for c in candidates if c in speakers) or candidates
        if (
            len(candidates) == 2
            and lowered & SUBJECT_PERSON
            and OTHER_PERSON.search(text)
            and candidates[0] in previous.speakers
            and previous.topic
            and _mentions(previous.topic, candidates[1])
        ):
            # "Did he endorse him?" after what Sanders said about Biden: each in the role the
            # previous question gave them, the one who spoke and the one spoken of
            candidates = candidates[:1]
        if len(candidates) > 1:
            return Reading(Kind.CLARIFY, text, options=candidates)
        if candidates:
            person = candidates[0]
            rewritten = _put_person(text, person)
            other_one = _person_spoken_of(previous.topic, person, names, person_nouns)
            if other_one:
                # "what does he want to do with him?" after "what did X say about the gunman?";
                # "what did he call him?" after "how did Goel react to Mukherjee's death?"
                rewritten = OTHER_PERSON.sub(other_one, rewritten, count=1)
            gender = {"m": "f", "f": "m"}.get(other or "")
            return Reading(Kind.REWRITTEN, rewritten, person=person, gender=gender)
    kin = THEIR_KIN.search(text)
    if kin and not _people_named(text[: kin.start()], names):
        # "How did their mom take it?" after "What sentence did Baloch's brother get?"
        kinsfolk = _people(conversation, names, person_nouns=person_nouns)
        if kinsfolk:
            return Reading(Kind.REWRITTEN, THEIR_KIN.sub(f"{kinsfolk[0]}'s ", text, count=1))
    names_a_thing = bool(things_in(text, speakers, names))
    short = _short_wh(text)
    # a short question naming a thing or someone ("Who was Soleimani?", "Who was the judge?")
    # is a question of its own
    described = _description_asked(text, person_nouns)
    if short is not None and not names_a_thing and not _people_named(text, names) and not described:
        wanted, own_words = short
        if not own_words and previous.citations:  # "Why?", "When did it happen?"
            return Reading(Kind.ABOUT_PREVIOUS, previous.understood_as, wanted=wanted)
        # "Who died?": one word of its own, or nothing cited to look near; asked with the
        # previous question as context (measured better than looking only near the previous
        # excerpts).
        if (
            own_words
            and previous.speakers
            and not previous.topic
            and _is_speaker_question(previous)
            and not lowered & THING_PRONOUNS  # "Why is it important?" points back
        ):
            return Reading(Kind.STANDALONE, text)
        return _asked_after(text, previous)
    if names_a_thing and _points_past_its_clause(text, things_in(text, speakers, names)):
        # "What does UNESCO have to do with it?": "it" is something the conversation named,
        # which the question's own names leave unsure; asked with the previous question
        return _asked_after(text, previous)
    if lowered & THING_PRONOUNS and not names_a_thing:
        # a topic asked in a context ("it (after: ...)") is no thing to put in place, nor is
        # one without a noun ("what did he want to do instead?", "what did she propose?")
        topic = (
            previous.topic
            if previous.topic and context_of(previous.topic) is None and topic_nouns(previous.topic)
            else None
        )
        referent = topic or (previous.things[-1] if previous.things else None)
        if lowered & IT and previous.asked_for and not topic:
            referent = previous.asked_for  # "What will they do with it?": the flag asked for
        if referent and lowered & SINGULAR_PRONOUNS == {"there"} and not _a_place(referent, names):
            referent = None  # "there" after "who published the Salt Harvest?": not the book
        if referent and lowered & SINGULAR_PRONOUNS:
            referent = _as_written(referent, previous.understood_as)
            if not topic and referent in previous.things:  # "the fire in Badalona", not Badalona
                referent = _placed_thing(referent, previous.understood_as) or referent
            return Reading(Kind.REWRITTEN, _put_thing(text, referent), thing=referent)
        # Nothing named to put in its place: ask with the previous question as context.
        return _asked_after(text, previous)
    # "What did Biden do instead?": instead of what was asked; "Why was there a case against
    # him?", no one "him" fits: what the conversation is about
    if lowered & RELATIVE_ADVERBS or points_to_someone:
        return _asked_after(text, previous)
    return Reading(Kind.STANDALONE, text)


def _asked_after(text: str, previous: Turn) -> Reading:
    """A follow-up that names nothing to put in place, asked with the previous question as
    context; but as it is when that question was refused: the articles do not speak of what
    it asked ("how many beds?" after "What is MSF doing?" of articles that never name MSF)."""
    if previous.refused:
        return Reading(Kind.STANDALONE, text)
    return Reading(Kind.REWRITTEN, in_context(text, _context(previous)))


def _context(previous: Turn) -> str:
    """What a follow-up is asked after: the previous question, and, when that one names
    nothing of its own ("How did they die?"), the question it was itself asked after, which
    says what the conversation is about ("How many died in the Koszalin fire?")."""
    body = without_context(previous.understood_as)
    before = context_of(previous.understood_as)
    if previous.things or previous.speakers or before is None:
        return body
    subject = re.split(r"(?<=\?)\s+", before.strip())[-1]  # the one that named something
    return f"{body.strip()} {subject}"


def _at_time(question: str, when: str) -> str:
    """``question`` asked of another time: ``when`` in place of the time it gives ("in
    February"), or after it when it gives none."""
    base = ADDITION.sub("", without_context(question)).rstrip(" ?")
    for given in (TIME_PHRASE, PRESENT_TIME, EVENT_TIME):
        if given.search(base):
            return given.sub(f" {when}", base, count=1) + "?"
    return f"{base} {when}?"


def _pointed_place(question: str) -> re.Match[str] | None:
    """The "there" or "here" of ``question`` that points at a place ("How long can you get one
    there?"), not the one that only says something exists ("Was there a vote?")."""
    return _first_pointing(r"\b(?:there|here)\b", question)


def _first_pointing(pattern: str, text: str) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` (any case) that is no existential "there"
    (``EXISTENTIAL_THERE``: "Was there a vote?" points to no place)."""
    existential = [m.span() for m in EXISTENTIAL_THERE.finditer(text)]
    return next(
        (
            m
            for m in re.finditer(pattern, text, re.IGNORECASE)
            if not any(start <= m.start() < end for start, end in existential)
        ),
        None,
    )


def _at_place(question: str, there: re.Match[str], where: str) -> str:
    """``question`` asked of another place: ``where`` ("in South Australia") in place of the
    ``there`` of its own words (found in ``without_context(question)``), its context left
    out as ``_at_time`` leaves it."""
    body = without_context(question)
    return body[: there.start()] + where + body[there.end() :]


PLACE_NAMED = re.compile(
    r"\b(?i:in|at)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"
    r"(?=\s*(?:[?.!,;)]|$)|\s+(?:in|on|at|of|for|to|from|with|by|during|after|before|since"
    r"|when|while|and|or|last|this|next|about|than|compared|over|against|because|as|but|if"
    r"|under|between|among|versus|vs)\b)"
)
"""Where a question is located by name: "in the Northern Mariana Islands", "at Mount Sinai";
not a name that only qualifies a noun after it ("in the Aegean Sea earthquake")."""


def _elsewhere(question: str, where: str, added: bool = False) -> tuple[str, bool] | None:
    """``question`` (its own words) asked of another place named, and whether it is another
    place than the question's: ``where`` ("in Michigan") in place of the last place it names
    ("How many votes did Sanders get in Guam?"), or, when it names none, after it if
    ``added`` (the follow-up said "in": "And in Michigan?" after "How many delegates did he
    get?"), else None."""
    body = ADDITION.sub("", without_context(question))
    named = [m for m in PLACE_NAMED.finditer(body) if not only_a_time(m.group(0))]
    if not named:
        return (f"{body.rstrip(' ?')} {where}?", False) if added else None
    last = named[-1]
    return body[: last.start()] + where + body[last.end() :], True


def _about(question: str, thing: str) -> str:
    """``question`` with its first thing pronoun read as ``thing`` ("it's" as "thing is"), or
    with ``thing`` added when it has none."""
    question = question.rstrip(" ?")
    pattern = r"\b(?:it['’]s|it|its|they|them|their)\b"
    if re.search(pattern, question, re.IGNORECASE) is None:
        return f"{question} ({thing})?"

    def swap(match: re.Match[str]) -> str:
        word = fold(match.group(0)).replace("’", "'")
        if word == "it's":
            return f"{thing} is"
        return f"{thing}'s" if word in ("its", "their") else thing

    return re.sub(pattern, swap, question, count=1, flags=re.IGNORECASE) + "?"


def _short_wh(text: str) -> tuple[Wanted, list[str]] | None:
    """The answer type of a bare or short wh-question ("Why?", "When did that happen?",
    "Who was killed afterwards?") and its own content words; None for a question with more
    content than that."""
    match = WH.match(text.rstrip(" ?!.").strip())
    if match is None:
        return None
    wh = match.group("wh").lower()
    if wh in ("what", "which") and not match.group("rest").strip() and not match["by"]:
        return None  # "What?" alone asks nothing; "Into what?" asks what the answer went into
    # (a bare "How?" asks how what the answer told came about)
    if wh in ("why", "how come") and DEGREE_OF_IT.match(match.group("rest")):
        return WH_WORDS[wh], []  # "Why so long?": why what the answer told was so
    content = _content(match.group("rest"))
    if len(content) >= SHORT_WH_WORDS:
        return None
    return WH_WORDS[wh], content


DEGREE_OF_IT = re.compile(r"\s*(?:so|that|this)\s+[a-z]+\s*$", re.IGNORECASE)
"""A degree the answer's fact is asked about with ("Why so long?", "Why that late?"): the
answer's own fact, no new content."""


def _content(text: str) -> list[str]:
    """The words of a short question that say something of their own: not its filler, its
    pronouns, nor a preposition before a word of its own ("Who was on board?" has one,
    "board"; "How many were on it?" two, "on it" pointing to something to put in place)."""
    words = re.findall(r"[\w’']+", text.lower())
    return [
        w
        for w, after in zip(words, [*words[1:], ""][: len(words)], strict=True)
        if w not in FILLER
        and w not in PERSON
        and not (w in PREPOSITIONS and after and after not in PERSON | THING_PRONOUNS)
    ]


def _replace(
    conversation: Conversation,
    item: str,
    speakers: Collection[str],
    people: Collection[str],
    names: CorpusNames | None,
    topical: bool = False,
    person_nouns: Collection[str] = (),
    located: bool = False,
    voiced: Callable[[str], bool] | None = None,
) -> Reading:
    """The previous question with ``item`` put in place of the like of it: a year in place of
    the year of the last question that gave one, a person in place of the person, a name in
    place of the last thing named (unless ``topical``: "And on Syria?"), anything else as
    the new topic. A ``located`` one ("And in New Hampshire?") is never a new subject.
    ``people`` are the ``speakers`` and the people the conversation named; a body described
    ("the senate") takes the place of who was asked about only when ``voiced`` says it
    speaks in the articles."""
    previous = conversation.turns[-1]
    item = _the_others(item, conversation, names) or item  # "And the other two?"
    owner = _owner_for_owner(without_context(previous.understood_as), item)
    if owner is not None:  # "And Indonesia's?" after "What did Australia's trade minister say?"
        return Reading(Kind.REWRITTEN, owner)
    year = YEAR.search(item)
    if year is not None:
        for turn in reversed(conversation.turns):
            base = without_context(turn.understood_as)
            if YEAR.search(base):
                return Reading(Kind.REWRITTEN, YEAR.sub(item, base, count=1))
    a_person = (
        _names_someone(item, people)
        or _describes_someone(item, person_nouns)
        or _kind_of(item, names) == "PERSON"  # someone the corpus names, quoted or not
        or _ends_a_persons_name(item, names)  # "And Kerry?" for John Kerry
    )
    asked = without_context(previous.understood_as)
    doing = not topical and not located and not _is_speaker_question(previous)
    if (a_person or _a_body(item, names)) and doing:
        # "What did Merkel do?" / "And Russia?": what Russia did, not what Merkel said of it
        doer = _doer(asked, (*previous.speakers, *_people_named(asked, names)), person_nouns)
        swapped = _swapped(asked, doer, item) if doer else None
        if swapped:
            return Reading(Kind.REWRITTEN, swapped)
    # a body described ("the senate") speaks unless the articles say otherwise; one named
    # ("NATO") only when they say it does: else it is what the person asked about spoke of
    speaking_body = (_a_body_described(item) and (voiced is None or voiced(item))) or (
        _a_body(item, names) and voiced is not None and voiced(item)
    )
    # "And the builder?", "and the insurers?" after what someone said: what they said, when
    # the articles quote them or give them as a source
    described = voiced is not None and _a_description(item) and voiced(item)
    if previous.speakers and (  # "And Iraq's foreign ministry?" after what the US said
        a_person or _body_for_body(previous, item, speakers, names) or speaking_body or described
    ):
        old = next((p for p in previous.speakers if p in previous.understood_as), None)
        if old is not None and not previous.topic and not _is_speaker_question(previous):
            return Reading(Kind.REWRITTEN, previous.understood_as.replace(old, item))
        # a topic that is itself a question ("what admission is talking about") is none
        told = previous.topic if previous.topic and not WH.match(previous.topic) else None
        if told:  # "his rally" was the rally of the one asked about, not of the new person
            told = HIS_OR_HER.sub(f"{previous.speakers[0]}'s", told, count=1)
        topic = f" about {without_context(told)}" if told else ""
        asked = f"What did {item} say{topic}?"
        before = context_of(told) if told else None
        if before is not None:  # "about it", asked after the question that says what "it" is
            asked = in_context(asked, before)
        return Reading(Kind.REWRITTEN, asked, broad=bool(topic))
    if previous.speakers and _asked_for_words(previous):
        return Reading(Kind.REWRITTEN, f"What did {previous.speakers[0]} say about {item}?")
    if a_person:  # "Who is Jeremy Hunt?" / "What about Theresa May?"
        old_person = next(iter(_people_named(asked, names)), None)
        swapped = _swapped(asked, old_person, item) if old_person else None
        if swapped:
            return Reading(Kind.REWRITTEN, swapped)
        if {w.lower() for w in re.findall(r"[\w’']+", asked)} & PERSON:
            # "And the baby?" after "How old was she?", "she" read as no one: of the baby
            return Reading(Kind.REWRITTEN, _put_person(asked, item))
    swapped = None if topical or a_person else _thing_swapped(asked, item)
    if swapped:  # "And in the fire in Norway?" after the bus crash in Russia: of the fire
        return Reading(Kind.REWRITTEN, swapped, thing=item.strip(), elsewhere=True)
    if previous.things and not topical and things_in(f"x {item}", speakers, names):
        kind = _kind_of(item, names) or _bare_kind(item, names)
        alike = [t for t in previous.things if kind and _kind_of(t, names) == kind]
        unlike = kind and all(_kind_of(t, names) not in (None, kind) for t in previous.things)
        # a country for a country, if the index knows; not a country for a parliament
        swapped = None if unlike else _swapped(asked, (alike or previous.things)[-1], item)
        if swapped:
            return Reading(Kind.REWRITTEN, swapped)
    # "And South Carolina?" after "What about Florida?": in place of the earlier addition;
    # after "Who else isolated?", "And the council chief?" asks of them, not of others
    base = ADDITION.sub("", asked).rstrip(" ?")
    base = WH_ELSE.sub(r"\1", base)
    return Reading(Kind.REWRITTEN, f"{base} ({'on ' if topical else ''}{item})?")


OWNER_ALONE = re.compile(r"^(?P<owner>[\w][\w .&-]*?)(?:['’]s|s['’])$")
"""A follow-up that is only an owner: "Indonesia's", "the Greens'"."""
OWNER_IN_QUESTION = re.compile(
    r"\b(?P<owner>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*|[\w][\w.&-]*)['’]s\s+(?=[a-z])"
)
"""An owner in a question, before what is theirs: "Australia's trade minister",
"Jacinda Ardern's party"."""


CONTRACTED = frozenset("what who where when how why it that there here he she let".split())
"""Words whose "'s" is "is" or "has" ("what's", "it's"), not an owner's."""


def _owner_for_owner(asked: str, item: str) -> str | None:
    """``asked`` with the owner ``item`` gives ("Indonesia's") in place of the last owner it
    names ("What did Australia's trade minister say?" -> "What did Indonesia's trade
    minister say?"); None when ``item`` is no owner or ``asked`` names none."""
    own = OWNER_ALONE.match(item.strip())
    # not a contraction: "What's happening in Gaza?" names no owner
    found = [m for m in OWNER_IN_QUESTION.finditer(asked) if fold(m["owner"]) not in CONTRACTED]
    if own is None or not found:
        return None
    last = found[-1]
    return f"{asked[: last.start()]}{item.strip()} {asked[last.end() :]}"


def _thing_swapped(asked: str, item: str) -> str | None:
    """``asked`` with ``item`` in place of the thing it ends with, when both are a thing named
    by "the" and nouns (``question_names.thing_phrase``), the question's governed by a
    preposition: "How many people died in the bus crash in Russia?" and "the fire in Norway"
    (or "the typhoon") ask how many died in the fire. Not "When did the storm hit the
    coast?" (an object), "... in the first half against City?" (no thing ends it), nor
    "the injured" (no noun) or "the other one" (of the same kind, which it does not name)."""
    own = thing_phrase(item.strip())
    slot = thing_phrase(asked, after_preposition=True)
    if own is None or slot is None or fold(own.split()[-1]) in {"one", "ones"}:
        return None
    at = asked.rfind(slot)
    return f"{asked[:at]}{item.strip()}?" if at >= 0 else None


ORDINAL_REPLY = re.compile(
    r"(?:the\s+)?(?P<which>first|second|third|former|latter|last)(?:\s+one)?", re.IGNORECASE
)
"""A reply to a question back by the place of the option: "the first one", "the latter"."""
ORDINALS = {"first": 0, "second": 1, "third": 2, "former": 0, "latter": -1, "last": -1}
"""The option each word of ``ORDINAL_REPLY`` chooses, by its place (-1: the last)."""
OTHER_ONE = re.compile(
    r"\bthe\s+other\s+one\b(?!\s+(?:hundred|thousand|million|billion|of|in|more)\b)",
    re.IGNORECASE,
)
"""One person spoken of as the other of two: "What did the other one say?"."""


def _the_other_one(conversation: Conversation) -> str | None:
    """The other of the two people the last question back offered, the one the conversation
    went on with being one of them ("Bellandi" chosen, then "What did the other one say?":
    Ferrante), or of two people a question asked about together; None when the last turn
    asked about neither."""
    focus = set(conversation.last.speakers) if conversation.last else set()
    for turn in reversed(conversation.turns[:-1]):
        pair = turn.options or (turn.speakers if len(turn.speakers) == 2 else ())
        others = [p for p in pair if p not in focus]
        if len(pair) == 2 and len(others) == 1:
            return others[0]
    return None


OTHERS = re.compile(r"^(?:the\s+)?other\s+(?P<count>one|two|three|four)$", re.IGNORECASE)
"""The others of a set the conversation named: "the other two" after a question about one of
three prize winners."""
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4}


def _the_others(item: str, conversation: Conversation, names: CorpusNames | None) -> str | None:
    """The people "the other one" or "the other two" (``item``) stand for: those the
    conversation named that the previous question did not ask about, when there are as many
    as it says ("Who won the Nobel prize in physics?" / "What did Peebles get it for?" /
    "And the other two?": Didier Queloz and Michel Mayor); else None."""
    wanted = OTHERS.match(item.strip())
    if wanted is None:
        return None
    previous = conversation.turns[-1]
    asked = {*previous.speakers, *_people_named(previous.understood_as, names)}
    words = set(WORD.findall(fold(without_context(previous.understood_as))))
    words |= {fold(person.split()[-1]) for person in asked}  # by surname or in full
    others = [p for p in _named(conversation) if fold(p.split()[-1]) not in words]
    if len(others) != COUNTS[wanted["count"].lower()]:
        return None
    return " and ".join(others)


HIS_OR_HER = re.compile(r"^(?:his|her)\b(?=\s+\w)", re.IGNORECASE)
"""A possessive person pronoun opening a topic, before what it possesses ("his rally"; not
"Stoltenberg and his rally", whose "his" may be Stoltenberg's)."""
WH_ELSE = re.compile(r"\b(what|who|where|which|how)\s+else\b", re.IGNORECASE)
"""A question word asking for others than those told ("Who else isolated?")."""


def _doer(question: str, people: Collection[str], person_nouns: Collection[str]) -> str | None:
    """The subject of a question asking what someone did ("What did Merkel do?", "Why did the
    governor resign?", "How many delegates did Sanders get?"): one of ``people`` (by full name
    or surname) or a description, right after the question's auxiliary; None for another
    shape, or when the question asks what someone said."""
    opening = DOER_QUESTION.match(question)
    if opening is None:
        return None
    rest = question[opening.end() :]
    if {w.lower() for w in WORD.findall(rest)} & REPORTING:
        return None  # "How many bodies did he say they'd found?" asks what he said
    forms = [form for p in people for form in (p, p.split()[-1])]
    description = _description_asked(rest, person_nouns)
    forms += [description] if description else []
    return next((f for f in forms if re.match(rf"{re.escape(f)}\b", rest, re.IGNORECASE)), None)


def _swapped(question: str, old: str, new: str) -> str | None:
    """``question`` with ``new`` in place of its first ``old`` (in any case), or None when it
    does not hold ``old``."""
    found = re.search(rf"(?<!\w){re.escape(old)}(?!\w)", question, re.IGNORECASE)
    if found is None:
        return None
    return question[: found.start()] + new + question[found.end() :]


def _other_gender(words: Collection[str]) -> str | None:
    """The gender a question's person pronouns rule out ("m" for "she", "her", "hers"),
    if they are all of one."""
    male, female = bool(set(words) & MALE), bool(set(words) & FEMALE)
    return None if male == female else "f" if male else "m"


def _gender(person: str, genders: Mapping[str, str] | None) -> str | None:
    """The gender the articles give ``person``, or the one its description tells ("Kobe
    Bryant's daughter")."""
    last = person.split()[-1]
    told = GENDERED_TITLES.get(last) if last.islower() else None
    return (genders or {}).get(person, told)


def _people(
    conversation: Conversation,
    names: CorpusNames | None = None,
    fits: Callable[[str], bool] = lambda _: True,
    person_nouns: Collection[str] = (),
) -> tuple[str, ...]:
    """Whom "he" or "she" can mean: the people the last turn asked about (whose words it
    asked for, else the people its question names: "How old was Doris Day when she died?"),
    else the people its answer quoted; looking one turn further back when the last one names
    nobody the pronoun ``fits`` (a woman the articles call "she" is not "he").

    Of the people an answer names, a question that asked "who ...?" means the ones it did not
    name itself, nor the question it was asked after ("Who met Putin?": the one who met him),
    and of those, when it asked who someone described is ("Who was the attacker?"), the one
    the answer calls so, else the description itself (the prosecutor it quotes is not the
    attacker, nor an unnamed attacker anyone); failing those, the ones it named itself
    ("Who replaced Rosselló?" / "Why did he resign?", when the answer names only a woman).
    Any other question means the ones it named ("Where did Kerry fly?": Kerry, not whoever he
    met), else the one it described ("Why did the governor resign?": the one an excerpt calls
    the governor, else "the governor"), else the ones its answer named. After what someone
    said about someone ("What did the attorney say about the doctor?"), either may be meant
    (asked back), and only the one spoken of when the speaker is a group: "he" or "she" is
    no "the prosecutors" or "police". Failing the one a turn asked about by a pronoun ("At whose
    request did she act?", she: Julie Payette), "he" is one its answer named (Justin Trudeau);
    after "Who died?", the one the answer names right before "died"."""
    for turn in reversed(conversation.turns[-2:]):
        for people in _people_of(turn, names, person_nouns):
            # one person however spelt ("JANE ROE" in a dateline, "Jane Roe"), the capitals
            # only where there is no other spelling
            spelt: dict[str, str] = {}
            for person in people:
                known = spelt.get(fold(person))
                if fits(person) and (known is None or known.isupper()):
                    spelt[fold(person)] = person
            if spelt:
                return tuple(spelt.values())
    return ()


def _people_of(
    turn: Turn, names: CorpusNames | None, person_nouns: Collection[str] = ()
) -> list[tuple[str, ...]]:
    """The people a turn points a pronoun to, most likely first (see ``_people``)."""
    if turn.speakers:
        # "What did the prosecutors say about the doctor?" / "How long is his sentence?"
        about = turn.topic or ""
        spoken_of = _description_asked(about, person_nouns)
        spoken = _people_named(about, names) or ((spoken_of,) if spoken_of else ())
        asked = (*turn.speakers, *(p for p in spoken if p not in turn.speakers))
        if _is_speaker_question(turn):
            # "What do Navalny's associates say?" / "Where is he now?": failing them, Navalny
            return [asked, _possessors(asked, names)]
        # "At whose request did she act?" (she: Julie Payette) / "How old is he?": failing
        # the one asked about, the answer's
        return [asked, tuple(dict.fromkeys(turn.named))]
    named = tuple(dict.fromkeys(turn.named))
    asked_who = WHO_ASKED.match(turn.question) or WHO_ASKED.match(turn.understood_as)
    in_question = () if asked_who else _people_named(turn.understood_as, names, True)
    if in_question:
        relative = _relative_asked(turn.understood_as, in_question)
        return [relative, in_question, named] if relative else [in_question, named]
    if not asked_who:
        meant = tuple(n for n in named if _mentions(turn.understood_as, n))
        description = _description_asked(turn.understood_as, person_nouns)
        if meant or not description:
            return [meant or named]
        # "Why did the governor resign?": the governor, by the name an excerpt calls him so
        # with, else as described ("How long was the doctor sentenced for?": the doctor);
        # not whoever the first excerpt quotes or names
        head = QUALIFIED.split(description)[0].split()[-1]
        called = tuple(n for n in named if _called(n, head, turn.citations))
        return [called or (description,), named]
    given = tuple(n for n in named if _mentions(turn.understood_as, n, context=True))
    others = tuple(n for n in named if n not in given)
    source = turn.citations[0].speaker if turn.citations else None
    if source and UNDERGOER_ASKED.match(without_context(turn.understood_as)):
        # "Who was shot?": the spokeswoman the answer quotes is its source, not the one shot
        others = tuple(n for n in others if n != source)
    if WHO_IS_NAMED.match(without_context(turn.understood_as)):
        # "Who is Stoltenberg?": him, not whoever his introduction names (nor, when the
        # answer's names miss him, a mission the recogniser took for a person)
        asked = given or _people_named(without_context(turn.understood_as), names, True)
        if asked:
            return [asked]
    if len(others) > 1 and turn.citations:
        # "Who died?": the one the answer names right before "died" (Qaboos bin Said), not
        # the leaders it says paid tribute
        doer = _named_before_verb(without_context(turn.understood_as), others, turn.citations[0])
        others = (doer,) if doer else others
    described = WHO_IS.match(without_context(turn.understood_as))
    if described:  # "Who was the attacker?": the one the answer calls so, else that
        head = QUALIFIED.split(described.group("who"))[0].split()[-1]
        called = tuple(n for n in others or named if _called(n, head, turn.citations))
        return [called or (described.group("who"),)]
    asked = _people_named(without_context(turn.understood_as), names, True)
    return [others, given or asked]


def _possessors(descriptions: Collection[str], names: CorpusNames | None) -> tuple[str, ...]:
    """The names that ``descriptions`` put as owners ("Alexei Navalny" of "Alexei Navalny's
    associates"), but one the corpus names as something else than a person ("McDonald's
    workers")."""
    owners = []
    for description in descriptions:
        possessed = POSSESSED.search(description)
        if possessed is not None and description[:1].isupper():
            owner = without_possessive(possessed.group(0).strip())
            if _kind_of(owner, names) in (None, "PERSON"):
                owners.append(owner)
    return tuple(dict.fromkeys(owners))


def _named_before_verb(question: str, people: Collection[str], citation: Citation) -> str | None:
    """Of ``people``, the one ``citation`` gives as doing what ``question`` asks who did: the
    one it names nearest before the verb in its sentence ("Who died?": "On Friday, Qaboos bin
    Said, the long-serving Sultan of Oman, died aged 79"), or after "by" when the verb is
    passive ("The silver medal was won by Rai Benjamin"). Of the sentences holding the verb,
    the one sharing most of the question's other words ("Who won silver?": the silver medal's,
    not the gold's). None when the excerpt holds no such verb or names no one there."""
    asked = WHO_VERB.match(question)
    stem = tokens(asked.group("verb")) if asked else []
    if asked is None or not stem:
        return None
    quote = citation.quote
    wanted = set(tokens(question)) - set(stem)
    asked_passive = PASSIVE_BEFORE.search(question[: asked.start("verb")]) is not None
    found: list[tuple[int, int, str]] = []  # (words shared, -position, doer)
    for verb in WORD.finditer(quote):
        if tokens(verb.group(0)) != stem:
            continue
        begin, end = _sentence_around(quote, verb.start())
        doer = (  # "Who won silver?" of "The silver medal was won by ...", not "Who was arrested?"
            _by_after(quote[verb.end() : end], people)
            if PASSIVE_BEFORE.search(quote[begin : verb.start()]) and not asked_passive
            else None
        )
        doer = doer or _last_named(quote[begin : verb.start()], people)
        if doer is not None:
            shared = len(wanted & set(tokens(quote[begin:end])))
            found.append((shared, -verb.start(), doer))
    return max(found)[2] if found else None


PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$", re.IGNORECASE)
"""A form of "be" right before a verb: it is passive ("was won by ...")."""
SENTENCE_STOP = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“A-Z])")
"""Between two sentences of an excerpt."""


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """Where the sentence of ``text`` holding position ``at`` begins and ends."""
    begin, end = 0, len(text)
    for stop in SENTENCE_STOP.finditer(text):
        if stop.end() <= at:
            begin = stop.end()
        elif stop.start() >= at:
            end = stop.start()
            break
    return begin, end


def _last_named(text: str, people: Collection[str]) -> str | None:
    """Of ``people``, the one ``text`` names last (by surname)."""
    last_seen = {
        person: max(
            (m.start() for m in re.finditer(rf"\b{re.escape(surname)}\b", text)), default=-1
        )
        for person in people
        if (surname := person.split()[-1])
    }
    best = max(last_seen, key=lambda p: last_seen[p], default=None)
    return best if best is not None and last_seen[best] >= 0 else None


def _by_after(text: str, people: Collection[str]) -> str | None:
    """Of ``people``, the one named (by surname) in the "by" phrase opening ``text``."""
    agent = re.match(r"\s+by\s+((?:\S+\s+){0,3}\S+)", text)
    if agent is None:
        return None
    return next(
        (p for p in people if re.search(rf"\b{re.escape(p.split()[-1])}\b", agent.group(1))),
        None,
    )


def _relative_asked(question: str, people: Collection[str]) -> tuple[str, ...]:
    """The person ``question`` asks about by their tie to one of ``people`` ("What was Kobe
    Bryant's daughter called?": "Kobe Bryant's daughter", whom "she" then means), if any."""
    body = without_context(question)
    for person in people:
        tied = re.search(rf"\b{re.escape(person)}['’]s\s+(\w+)", body, re.IGNORECASE)
        if tied and tied.group(1).lower() in RELATION_WORDS | TITLE_WORDS | PERSON_WORDS:
            return (tied.group(0),)
    return ()


def _called(name: str, noun: str, citations: Sequence[Citation]) -> bool:
    """Whether one of ``citations`` calls the person ``name`` by ``noun``, in apposition:
    the noun first with nothing but names, numbers and "the", "a", "of", "as" before the name
    ("The mayor of Paris, Anne Hidalgo"; "identified the gunman as Patrick Crusius"), or the
    name first, then a comma, "the", "a" or "as" opening a few words that end with the noun
    ("Daniel Andrews the current Premier"). Not "Lena Ortiz said the attacker ..."."""
    wanted = fold(noun)
    parts = {fold(p) for p in name.split() if len(p) > 2}
    for citation in citations:
        words = re.findall(r"[\w’'\-]+|,", citation.quote)
        folded = [fold(w) for w in words]
        at_name = [i for i, w in enumerate(folded) if without_possessive(w) in parts]
        at_noun = [i for i, w in enumerate(folded) if w == wanted]
        for i in at_name:
            for j in at_noun:
                if j < i:
                    between = words[j + 1 : i]
                    called = all(
                        w[0].isupper() or w[0].isdigit() or fold(w) in APPOSITION_WORDS
                        for w in between
                    )
                else:
                    between = folded[i + 1 : j]
                    called = (
                        bool(between)
                        and between[0] in APPOSITION_WORDS
                        and not (set(between[1:]) & CLAUSE_OPENERS)
                    )
                if called and len(between) <= CALLED_WITHIN:
                    return True
    return False


THEIR_KIN = re.compile(
    r"\btheir\s+(?=(?:mother|mom|mum|father|dad|parents|family|son|sons|daughter|daughters|"
    r"children|kids|brother|sister|wife|husband)\b)",
    re.IGNORECASE,
)
""" "their" before a family word: the family of the people the conversation is about ("How
did their mom take it?"), not of a thing or a group."""


def _people_named(
    question: str, names: CorpusNames | None, surnames_read_as_bodies: bool = False
) -> tuple[str, ...]:
    """The people ``question`` (without its context) names, as the corpus spells them; with
    ``surnames_read_as_bodies``, also by the surname of one the recogniser took alone for an
    organisation ("O'Rourke" of Beto O'Rourke, read so in "the O'Rourke campaign"): whom a
    pronoun after it may mean."""
    found = names_in(without_context(question), names or {})
    return tuple(
        dict.fromkeys(
            spelling
            for spelling, label in found
            if label == "PERSON"
            or (surnames_read_as_bodies and _surname_read_as_body(spelling, names))
        )
    )


def _person_spoken_of(
    topic: str | None, speaker: str, names: CorpusNames | None, person_nouns: Collection[str]
) -> str | None:
    """Whom "him" or "her" means after a question about what ``speaker`` said about
    ``topic``: the person it names ("Mukherjee" of "Mukherjee's death"), else the topic ("the
    gunman"); None when there is none, or it is about the speaker."""
    if not topic or speaker in topic:
        return None
    named = [p for p in _people_named(topic, names) if p not in speaker]
    if named:
        return named[0]
    owner = OWNER.match(topic)  # "kapoor's death": a person's, whatever the recogniser read
    if owner and _ends_a_persons_name(owner["owner"], names):
        return owner["owner"]
    return topic


def _surname_read_as_body(name: str, names: CorpusNames | None) -> bool:
    """Whether ``name`` is one the corpus gives an organisation and also the surname of a
    person it names in full: the recogniser's reading of "the O'Rourke campaign"."""
    return _bare_kind(name, names) == "ORG" and _ends_a_persons_name(name, names)


def _own_pronouns(words: list[str], speakers: Collection[str], names: CorpusNames | None) -> bool:
    """True when a person is named before the first person pronoun of a question's
    ``words``: the pronoun is that person's ("What did Qandeel Baloch post before she was
    murdered?"). A pronoun before any name is the conversation's ("What did he say about
    Mugabe?"). A name is a capitalised word of the name of someone the corpus quotes, or,
    in any case, a person's name the corpus never writes in lower case, or a word of that
    of someone quoted whose words the question asks for ("what did trump say in his
    speech?": in lower case, but where the one speaking stands)."""
    known = _name_words(speakers) - STOPWORDS
    people = {
        fold(part)
        for spelling, label in names_in(" ".join(words), names or {})
        if label == "PERSON"
        for part in spelling.split()
    }
    asked = parse_speaker_question(" ".join(words))
    speaking = {fold(w) for w in asked.who.split()} & known if asked else set()
    first_pronoun = next(i for i, w in enumerate(words) if w.lower() in PERSON)
    return any(
        (w[:1].isupper() and fold(w) in known) or fold(w) in people | speaking
        for w in words[:first_pronoun]
    )


def _mentions(question: str, name: str, context: bool = False) -> bool:
    """``question`` calls the person ``name`` by (part of) their name; with ``context``, the
    question it was asked after may ("Who announced it? (after: Where did Mugabe die?)")."""
    words = {
        fold(w) for w in re.findall(r"[\w’']+", question if context else without_context(question))
    }
    words |= {without_possessive(w) for w in words}
    return any(fold(part) in words for part in name.split() if len(part) > 2)


def _put_person(text: str, name: str) -> str:
    """The first person pronoun replaced by ``name`` (a possessive by "name's"); the ones
    after it are left to point back to the name, as they would in a question that named the
    person ("What did Qandeel Baloch say about her marriage?")."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        after = text[match.end() :].lstrip()
        possessive = word in POSSESSIVE_PERSON or (
            word == "her" and after[:1].isalpha() and not _no_possession_after(after)
        )
        return f"{name}'s" if possessive else name

    words = {w.lower() for w in re.findall(r"[\w’']+", text)}
    pronouns = set(PERSON)
    if words & SUBJECT_PERSON:
        pronouns -= {"him"}  # "what does he want to do with him": two people, name the first
        if "she" in words:
            pronouns -= {"her"} if not _possessive_her(text) else set()
    return pronoun_pattern(pronouns).sub(swap, text, count=1)


def _possessive_her(text: str) -> bool:
    match = re.search(r"\bher\s+(\w+)", text, re.IGNORECASE)
    return match is not None and match.group(1).lower() not in NOT_POSSESSED


def _no_possession_after(text: str) -> bool:
    """Whether ``text``, what follows a "her", opens with a word that makes "her" no
    possessive: a preposition, a particle or an article (``NOT_POSSESSED``), a conjunction or
    a verb of saying ("told her and ...", "gave her a prize")."""
    word = re.match(r"[\w’']+", text)
    first = word.group(0).lower() if word else ""
    return first in NOT_POSSESSED or first in ("and", "or", "but", "say", "said")


IT = frozenset({"it", "its"})

ASKED_FOR = re.compile(
    r"^\W*(?:what|which)\s+(?P<noun>[a-z]+)\s+(?:did|does|do|will|would|can|could)\s+\w"
    r"|^\W*(?:what|which)\s+(?P<done>[a-z]+(?:\s+[a-z]+)?)\s+(?:was|were|is|are|has been|"
    r"have been)\s+[a-z]+(?:ed|en|wn|ld|ght|un)\b",
    re.IGNORECASE,
)
"""A question asking which thing someone acted on: "What flag did Hurley leave ...?", "Which
company will it buy?", or, in the passive, "Which credit card was launched in Fresno?" (not
"Which state had the highest rate?": the noun is the subject; nor "What kind of ...": "kind"
is followed by "of")."""


def thing_asked_for(question: str) -> str | None:
    """The thing ``question`` asks which one of, as the object of someone's act: "the flag"
    of "What flag did Hurley leave on the ISS?" (``ASKED_FOR``); None for another shape."""
    asked = without_context(question)
    found = ASKED_FOR.match(asked)
    noun = found and (found["noun"] or found["done"])
    if not noun or fold(noun.split()[-1]) in STOPWORDS or expected_type(asked):
        return None  # nor a time or number asked for: "What year did it open?"
    return f"the {noun.lower()}"


def _as_written(thing: str, question: str) -> str:
    """``thing`` with the "the" ``question`` wrote it with ("the Supreme Court"), so that
    "Was it unanimous?" reads "Was the Supreme Court unanimous?"."""
    written = re.search(rf"\bthe\s+{re.escape(thing)}\b", without_context(question), re.I)
    return f"the {thing}" if written else thing


def _placed_thing(place: str, question: str) -> str | None:
    """The thing ``question`` places at ``place``, as it writes them: "the fire in badalona"
    of "When did the fire in badalona start?". What "it" then means is the thing there, not
    the place ("Who put it out?"). One noun only: in "When did the fire start in Badalona?"
    the word before "in" is a verb. Not "the population of Fresno": the city is no place of
    its population, and "it" is then more likely the city ("When was it founded?")."""
    found = re.search(
        rf"\bthe\s+[a-z][\w-]*\s+(?:in|at|near)\s+{re.escape(place)}\b",
        without_context(question),
        re.IGNORECASE,
    )
    return found.group(0) if found else None


PLACING = re.compile(r"\b(?:in|at|near|from|to|into|outside|across)\s+(?:the\s+)?$", re.IGNORECASE)
"""The preposition that places what follows it ("a fire in ", "flights to ")."""


def _only_a_place(name: str, citations: Sequence[Citation]) -> bool:
    """Whether every mention of ``name`` in ``citations`` follows a preposition that places it
    ("A second fire in La Llagosta killed another person"): a place, whatever the recogniser
    labelled it; False when they do not mention it."""
    mentions = [
        c.quote[: m.start()]
        for c in citations
        for m in re.finditer(rf"\b{re.escape(name)}\b", c.quote)
    ]
    return bool(mentions) and all(PLACING.search(before) for before in mentions)


PRONOUN_OBJECT = re.compile(
    r"\b(?:about|with|in|into|on|to|for|of|from|against|over|by|behind|towards?|at)\s+"
    r"(?:it|that|this|them)\W*$",
    re.IGNORECASE,
)
"""A thing pronoun ending a question as the object of a preposition ("... to do with it?")."""
CLAUSE_BREAK = re.compile(
    r"[,;]|\b(?:and|or|but|than|before|after|when|while|since|because|if|that|which|who|whom|"
    r"where|whether|until|unless)\b"
)
"""What ends one clause of a question and begins another, in lower case: "the WHO" is no
"who"."""


def _points_past_its_clause(text: str, things: Collection[str]) -> bool:
    """Whether ``text`` ends with a pronoun, the object of a preposition, whose own clause
    holds every thing it names: "What does UNESCO have to do with it?", "How is Germany
    involved in it?". In its own clause a pronoun is never one of them (that would be
    "itself"), so it stands for something the conversation named. In "What is Rocky Linux
    and who is behind it?" the name is in another clause, and "it" may be it."""
    found = PRONOUN_OBJECT.search(text)
    if found is None or not things:
        return False
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, found.start())]
    clause = text[max(breaks, default=0) : found.start()]
    return all(_mentions_thing(clause, thing) for thing in things)


def _mentions_thing(text: str, thing: str) -> bool:
    return re.search(rf"\b{re.escape(thing)}\b", text, re.IGNORECASE) is not None


def _put_thing(text: str, thing: str) -> str:
    """``text`` with its first "it", "its" or place-pointing "there" read as ``thing``: "Why
    was there no vote there?" keeps the first "there", which only says something exists."""
    found = _first_pointing(r"\b(?:it|there|its)\b", text)
    if found is None:
        return text
    word = found.group(0).lower()
    put = f"in {thing}" if word == "there" else f"{thing}'s" if word == "its" else thing
    return text[: found.start()] + put + text[found.end() :]


def _description_asked(question: str, person_nouns: Collection[str] = ()) -> str | None:
    """The first phrase of ``question`` (without its context) that describes someone ("the
    doctor", "the Coast Guard captain"; see ``_describes_someone``), if any."""
    body = without_context(question)
    for the in re.finditer(r"\bthe\b", body, re.IGNORECASE):
        words = re.findall(r"[\w’'\-]+", body[the.end() :])[:DESCRIPTION_WORDS]
        for length in range(1, len(words) + 1):
            phrase = " ".join([the.group(0), *words[:length]])
            if _describes_someone(phrase, person_nouns):
                return phrase
    return None


def _describes_someone(item: str, person_nouns: Collection[str] = ()) -> bool:
    """ "the coast guard captain", "her father", "the MP who co-sponsored it", "the Chinese
    guy", "the UN rapporteur": a title, relation, word for a person or one of
    ``person_nouns`` heads the phrase (its last word before what qualifies it)."""
    head = QUALIFIED.split(fold(item), maxsplit=1)[0]
    words = re.findall(r"[\w’'\-]+", head)
    if not words:
        return False
    first, _, rest = words[-1].rpartition("-")
    last = {words[-1], rest} if first in ROLE_PREFIXES else {words[-1]}  # "co-author"
    return bool(last & (TITLE_WORDS | RELATION_WORDS | PERSON_WORDS) or last & set(person_nouns))


ROLE_PREFIXES = frozenset({"co", "ex", "vice", "step", "deputy", "acting", "former"})
"""Prefixes that make a word for a person another such word ("co-author", "ex-husband",
"vice-chair"); not "well-head" or "Spider-Man"."""


def _fullest(people: tuple[str, ...]) -> tuple[str, ...]:
    """``people`` without a name that is part of another's ("Tong" beside "Tong Yung-soo"):
    one person, named twice."""
    words = {p: set(fold(p).split()) for p in people}
    return tuple(
        p
        for p in people
        if not (p[:1].isupper() and any(words[p] < words[o] for o in people if o[:1].isupper()))
    )


def _plural(description: str) -> bool:
    """``description`` is of people, not of one person: its head is a plural ("the
    prosecutors", "officials", "the victims' parents", "police"), which "he" or "she" cannot
    mean."""
    word = _head_noun(description)
    if word is None:
        return False
    if word in PLURAL_PEOPLE:
        return True
    # a plural's "s" ("officials", "residents"), not a singular's ("boss", "alumnus")
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _describes_a_body(description: str) -> bool:
    """``description`` is of an organisation, not of a person: its head is a word for one
    ("the Seoul government", "the ministry"), which "he" or "she" cannot mean."""
    return _head_noun(description) in BODY_NOUNS


DESCRIPTION = re.compile(r"(?:(?:the|a|an|some)\s+)?[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}")
"""A few lowercase words describing someone or something, no name: "the builder", "the
insurers", "business groups"."""


def _a_description(item: str) -> bool:
    """Whether ``item`` only describes who or what it means (``DESCRIPTION``), naming
    nothing, and is no pronoun ("the other one" is told apart elsewhere)."""
    words = item.strip().split()
    pronouns = PERSON | THING_PRONOUNS | {"one", "ones", "other", "others", "else"}
    return bool(DESCRIPTION.fullmatch(item.strip())) and not set(words) & pronouns


def _a_body_described(item: str) -> bool:
    """``item`` ends in a word for an organisation, after a name or not ("Iraq's foreign
    ministry", "the city council")."""
    last = re.search(r"\b([a-z]+)\W*$", QUALIFIED.split(item, maxsplit=1)[0])
    return last is not None and last.group(1) in BODY_NOUNS


POSSESSED = re.compile(r"^[^,]*?['’]s?\s+(?=[a-z])")
"""What a description puts before the thing a name possesses ("Alexei Navalny's ")."""


def _head_noun(description: str) -> str | None:
    """The head noun (folded) of a description ("prosecutors" of "the prosecutors who ...",
    and of "Jens Stoltenberg's prosecutors": what a name possesses); None for a name ("Jens
    Stoltenberg", "Brooks")."""
    possessed = POSSESSED.search(description)
    if possessed is not None:
        description = description[possessed.end() :]
    if not description[:1].islower():
        return None
    words = QUALIFIED.split(fold(description), maxsplit=1)[0].split()
    return words[-1] if words else None


def _is_speaker_question(turn: Turn) -> bool:
    """The turn asked what someone said, wrote, tweeted ...: "What did X say?", "What did
    Kagan write?" (a reporting verb after "What did" and its subject)."""
    asked = re.match(r"^what (?:did|does|do|will) (?P<rest>.+)", turn.understood_as, re.IGNORECASE)
    return asked is not None and any(
        w.lower() in REPORTING for w in WORD.findall(asked.group("rest"))[1:]
    )


def _asked_for_words(turn: Turn) -> bool:
    """The turn asked for someone's words (``_is_speaker_question``), or its answer cited
    the words of whom it asked about ("What was Ruiz's reaction?"); not "How many times was
    he an All-Star?", which asked about him, not for his words."""
    return _is_speaker_question(turn) or any(
        c.speaker is not None and c.speaker in turn.speakers for c in turn.citations
    )


def _name_words(speakers: Collection[str]) -> set[str]:
    """Every word of the names of the people the corpus quotes, folded."""
    return {fold(part) for name in speakers for part in name.split()}


def _named(conversation: Conversation) -> tuple[str, ...]:
    """The people the conversation's turns asked about or their answers named."""
    return tuple(
        dict.fromkeys(p for turn in conversation.turns for p in (*turn.speakers, *turn.named))
    )


def _only_a_person(text: str, people: Collection[str], names: CorpusNames | None) -> bool:
    """Whether ``text`` is only the name of a person, in any case: one of ``people`` (those
    the corpus quotes and those the conversation named) or one the corpus names as a person
    ("Stoltenberg?", "hollande's"). Said after a question, it asks that question again of
    them. (A thing's name alone, "BADA?", asks what it is.)"""
    bare = without_possessive(text.strip(" ?!."))
    if not bare or len(bare.split()) > MAX_ITEM_WORDS:
        return False
    if _names_someone(bare, people) and not set(fold(bare).split()) <= STOPWORDS:
        return True
    return any(
        fold(spelling) == fold(bare) and label == "PERSON"
        for spelling, label in names_in(bare, names or {})
    )


def _names_someone(item: str, speakers: Collection[str]) -> bool:
    """``item`` is (part of) the name of someone the corpus quotes, or of an organisation
    they speak for ("the Red Cross")."""
    known = _name_words(speakers)
    words = [re.sub(r"'s$", "", fold(w)) for w in re.findall(r"[\w’'\-]+", item)]
    words = words[1:] if words[:1] == ["the"] else words
    return bool(words) and all(w in known for w in words)


def things_in(
    question: str, speakers: Collection[str] = (), names: CorpusNames | None = None
) -> tuple[str, ...]:
    """Names of places, organisations, things and events in a question, in order: capitalised
    ones (not its first word) that are not people the corpus quotes nor times ("Monday"), and,
    whatever their case, the ones the corpus names (as the corpus spells them)."""
    body = without_context(question).strip()  # the context's things are the previous turn's
    first = re.match(r"\S+\s*", body)
    offset = first.end() if first else 0
    in_corpus = names_in(body, names or {})
    people = {fold(spelling) for spelling, label in in_corpus if label == "PERSON"}
    found = [
        without_possessive(m.group(0).rstrip("."))
        for m in CAPITALISED_PHRASE.finditer(body, offset)
        if not _names_someone(m.group(0), speakers)
    ]
    # nor a person, nor a day or month ("How fast was it moving on Monday?": no "it")
    found = [t for t in found if fold(t) not in people and not only_a_time(t)]
    typed = {fold(t) for t in found}
    known = [  # nor a quoted person the recogniser mostly read as something else ("Trump")
        spelling
        for spelling, label in in_corpus
        if label in THING_LABELS
        and fold(spelling) not in typed
        and not _names_someone(spelling, speakers)
    ]
    if not known:
        return tuple(found)
    if not found:
        return tuple(known)
    folded = fold(body)
    every = list(dict.fromkeys([*found, *known]))
    # where each stands as a whole word or words
    within = {
        t: [m.span() for m in re.finditer(rf"(?<!\w){re.escape(fold(t))}(?!\w)", folded)]
        for t in every
    }

    def place(thing: str) -> tuple[int, int]:  # where it first stands, the longer first
        spans = within[thing]
        return (spans[0][0] if spans else folded.find(fold(thing)), -len(thing))

    # not a word of a longer name among them wherever it stands ("Sur" of "Surigao del Sur";
    # but "Sudan" of "Sudan and South Sudan" stands alone once)
    whole = [
        t
        for t in every
        if not within[t]
        or not all(
            any(a <= start and end <= b for o in every if o != t for a, b in within[o])
            for start, end in within[t]
        )
    ]
    return tuple(sorted(whole, key=place))


def _ends_a_persons_name(item: str, names: CorpusNames | None) -> bool:
    """Whether ``item`` is the last word or words of a longer name the corpus gives a person
    ("Kerry" of "John Kerry")."""
    words = tuple(WORD.findall(fold(without_possessive(item.strip()))))
    return bool(words) and any(
        label == "PERSON" and len(parts) > len(words) and parts[-len(words) :] == words
        for found in (names or {}).values()
        for parts, _, label in found
    )


def _body_for_body(
    previous: Turn, item: str, speakers: Collection[str], names: CorpusNames | None
) -> bool:
    """After what a body said ("What did CalFire say?"), ``item`` is another body that takes
    its place ("And the NTSB?"), rather than a topic: the previous speaker is a name the corpus
    gives an organisation or a country, or a capitalised one it quotes no one by and calls
    no person; ``item`` is a name it gives an organisation or a country."""
    spoke = previous.speakers[0]
    unnamed = spoke[:1].isupper() and not _names_someone(spoke, speakers)
    a_body = _a_body(spoke, names) or (unnamed and _kind_of(spoke, names) != "PERSON")
    body = next(iter(things_in(f"x {item}", speakers, names)), "")
    return a_body and _a_body(body, names)


THERE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})
"""The labels of names "there" may point to: places, and organisations one works at."""


def _a_place(name: str, names: CorpusNames | None) -> bool:
    """Whether "there" may stand for ``name``: a place or an organisation, or a thing the
    corpus does not label (the fire, the school); not a book, a person or an event."""
    kind = _bare_kind(name, names)
    return kind is None or kind in THERE_LABELS


def _a_body(name: str, names: CorpusNames | None) -> bool:
    """``name`` (its "the" aside) is one the corpus gives an organisation, a country or a
    people ("the NTSB", "Turkey")."""
    return _bare_kind(name, names) in BODY_LABELS


def _bare_kind(name: str, names: CorpusNames | None) -> str | None:
    """The entity label the corpus gives ``name`` without its "the" ("the NTSB": NTSB)."""
    return _kind_of(re.sub(r"^the\s+", "", name, flags=re.IGNORECASE), names)


def _kind_of(name: str, names: CorpusNames | None) -> str | None:
    """The entity label ("GPE", "NORP", "ORG", ...) the corpus gives ``name``, if it names it."""
    found = corpus_name(name, names or {})
    return found[2] if found else None
