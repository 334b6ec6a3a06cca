"""Who the people an article names are (``index.names``, ``index.people``): what a surname
alone or a pronoun stands for, and the titles, roles and organisations that go with a name."""

from __future__ import annotations

from pathlib import Path

from article_qa.nlp import pipeline
from article_qa.reporting_verbs import REPORTING
from index.attribution import _paragraph_bounds, attribute_statements, read_documents
from index.chunking import sentences
from index.corpus import Document
from index.people import STRONG_CUE, read_people
from tests.helpers import aliases_in, said_by_in, speakers_in


def test_a_shared_surname_alone_is_not_the_relative_introduced_by_the_family_tie() -> None:
    text = """\
Jazz drummer Tom Grady died on Sunday, aged 81, his daughter Ella Grady said.

Grady began playing in his teens.

"I learned on a kitchen table," Grady recalled in a 2009 interview.
"""
    assert speakers_in(text)[2] == "Tom Grady"


def test_a_pronoun_goes_to_the_person_of_its_gender_in_the_nearest_sentence() -> None:
    text = """\
The jazz drummer Tom Grady died on Sunday at the age of 81, his daughter Ella Grady said.

"He was a fighter to the end," she said.
"""
    assert speakers_in(text) == {0: "Ella Grady", 1: "Ella Grady"}


def test_a_pronoun_goes_to_the_subject_of_the_main_clause_before() -> None:
    text = """\
After his aide Tom Rusk tested positive, Governor Dan Hale went into quarantine.

He tweeted, "Do not be afraid of the virus."

Former partner Ray Stone held a press conference claiming Dan Hale knew about the deals.

He claimed to have evidence of the payments.
"""
    found = speakers_in(text)
    assert found[1] == "Dan Hale"
    assert found[3] == "Ray Stone"


def test_a_pronoun_in_its_own_sentence_goes_to_the_nearest_subject_before_it() -> None:
    text = (
        'Mayor Ana Vey said the girls were "full of life", while Fire Chief Tom Brandt wrote he '
        "had ordered checks on every escape room.\n\n"
        'He tweeted, "My thoughts are with the families."\n'
    )
    found = speakers_in(text)
    assert found[0] == "Ana Vey"
    assert found[1] == "Tom Brandt"  # "he had ordered" is Brandt, and so is the next "He"


def test_the_same_pronoun_twice_in_a_sentence_is_one_person_not_a_subject_between() -> None:
    text = """\
Lawyer Andy Marsh spoke about the senator Karla Hess on Monday.

While he believes Hess does not qualify for the office, he says the courts will not act.
"""
    said = said_by_in(text)
    assert said[
        "While he believes Hess does not qualify for the office, he says the courts will not act."
    ] == ("Andy Marsh",)  # not Hess too, the subject of what he believes


def test_a_surname_opened_by_a_particle_is_the_person_whose_full_name_ends_with_it() -> None:
    text = """\
Former mayor Rocky De La Vega and Bill de Brun met on Monday.

Asked about the talks, De La Vega gave a terse "no."

Mayor de Brun spoke on television: "I have done all I can."
"""
    assert speakers_in(text) == {1: "Rocky De La Vega", 2: "Bill de Brun"}


def test_a_given_name_read_elsewhere_as_a_place_stays_before_a_particle_surname() -> None:
    # the recogniser calls "Rocky" a place in the later sentences; a name left opening with a
    # particle ("De La Vega") would be a surname alone, so "Rocky" is no place glued before it
    text = """\
The party nominated Alliance Party nominee Rocky De La Vega for president.

Some will vote for Rocky because of his Hispanic name and roots.

"The advances received from Rocky were to cover hotels and travel," Tim Mott said.

Asked about the payments, De La Vega said no.
"""
    assert speakers_in(text)[3] == "Rocky De La Vega"


def test_a_pronoun_inside_a_quotation_going_on_into_the_next_paragraph_refers_to_no_one() -> None:
    text = """\
Northfield United sacked coach Peter Lang on Sunday after eight defeats in a row.

Lang joined the club from Easton in 2019 on a four-year contract.

Club chairman David Moss spoke to reporters at the ground. "It was not an easy decision. He was \
paid well and the results never came.

"We wish Peter well and thank him for his work."

He added that a new coach would be named soon.
"""
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    spans = sentences(doc)
    referents = read_documents([(doc.text, spans)])[0].referents
    meant = {spans[n].text.split(".")[0]: names for n, names in referents.items()}
    assert '"It was not an easy decision' not in meant  # the chairman's "he": Lang
    assert meant["He added that a new coach would be named soon"] == ("David Moss",)


def test_one_pronoun_deep_in_a_sentence_does_not_settle_its_named_persons_gender() -> None:
    text = """\
Wrestler Mia Sato died on Friday, her promoter Kato Ring said.

The sportswriter Dave Holt tweeted after hearing the news of her death.

He said "Mia Sato just passed away. There are no other details at the moment."
"""
    # "her death" is Sato's: a weak sign at most that Holt is a woman, so "He" is still Holt
    assert speakers_in(text)[2] == "Dave Holt"


def test_a_religious_title_or_an_occupation_before_a_name_is_a_role_not_the_name() -> None:
    text = """\
Mufti Abdul Karim said the mosque would reopen on Friday.

Farmer Ana Vey said the harvest was lost.
"""
    assert speakers_in(text) == {0: "Abdul Karim", 1: "Ana Vey"}


def test_the_doer_of_what_a_person_did_is_one_of_their_roles() -> None:
    text = """\
Jane Roe, a fourth-year student, won the regional chess Olympiad on Sunday.

Roe said, "I give my victory to my mother."
"""
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert any(alias.startswith("winner of regional chess") for alias in statement.aliases)


def test_what_a_clause_says_a_person_is_became_or_serves_as_is_one_of_their_roles() -> None:
    text = """\
Storm hits coastal town

Tom Vale is the director of the regional water board. Vale said the dams held.

Karl Osei was elected governor of the province in 2019. Osei said the state would pay.

Rosa Diaz has served as police chief since 2015. "No one was hurt," Diaz said.

Lia Brandt, who heads the local Red Cross chapter, said volunteers were on their way.

Sam Ng, who was appointed health minister in 2019, said hospitals were ready. Ng is not the
party leader.
"""
    aliases = aliases_in(text)
    assert "director of the regional water board" in aliases["Tom Vale"]
    assert "governor of the province" in aliases["Karl Osei"]
    assert "police chief" in aliases["Rosa Diaz"]
    assert "head of local Red Cross chapter" in aliases["Lia Brandt"]
    assert aliases["Sam Ng"] == {"Ng", "health minister"}  # not the party leader


def test_an_organisation_described_as_one_is_where_the_person_works() -> None:
    text = """\
The cargo ship vanished in the Java Sea in January.

Doug Rusk of Milltech Marine, a firm specialising in radar, told us the signal had stopped.
"""
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert statement.speaker == "Doug Rusk"
    assert "Milltech Marine" in statement.aliases


def test_a_gendered_role_counts_once_however_long_the_article() -> None:
    text = "Mrs Ana Vey opened the fair on Monday.\n\n" + "The fair ran all week.\n\n" * 5
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    bounds = _paragraph_bounds(sentences(doc))
    parsed = [(start, pipeline()(text[start:end])) for start, end in bounds.values()]
    (person,) = read_people(parsed, REPORTING).persons
    assert person.gender["f"] == 2 * STRONG_CUE  # two cues for the role, not two per paragraph


def people_of(text: str) -> dict[str, str | None]:
    """Each person ``text`` names, with the gender its pronouns tell (``told_gender``)."""
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    bounds = _paragraph_bounds(sentences(doc))
    parsed = [(start, pipeline()(text[start:end])) for start, end in bounds.values()]
    return {p.name: p.told_gender for p in read_people(parsed, REPORTING).persons}


def test_a_quoted_pronoun_tells_nothing_of_the_speakers_gender() -> None:
    text = (
        "Governor Dan Hale resigned on Friday after he lost the council's trust. Hale will be "
        "replaced by Ana Ruiz, the town clerk.\n\n"
        'In a statement, Ruiz said, "I understand he made the right decision, for the good of '
        'both his family and the town."\n'
    )
    assert people_of(text) == {"Dan Hale": "m", "Ana Ruiz": None}


def test_a_subject_pronoun_going_on_about_the_one_person_named_before_tells_their_gender() -> None:
    text = (
        "Lena Ovar is a chemistry teacher in Tallinn. In 2012, she ran for the city council. "
        "She finished third.\n\n"
        "Tom Rusk joined the club in 1996. He was chosen in the first round. He retired in "
        "2016.\n\n"
        "Robin Hale met Ana Ruiz on Monday. She was the mayor then. She left in May.\n"
    )
    # not after a sentence naming someone else, even someone the recogniser missed ("Ana
    # Ruiz"): "she" may be them (and "Robin" is given to both sexes)
    assert people_of(text) == {"Lena Ovar": "f", "Tom Rusk": "m", "Robin Hale": None}


def test_a_word_for_a_man_or_woman_naming_someone_tells_their_gender() -> None:
    text = (
        "A judge sentenced Ohio man Tom Rusk to life in prison on Friday.\n\n"
        "In 2017, Rusk killed a woman named Ana Vey with his car.\n"
    )
    assert people_of(text) == {"Tom Rusk": "m", "Ana Vey": "f"}


def test_a_noun_compounded_with_man_or_woman_tells_the_gender_a_nationality_does_not() -> None:
    text = (
        "Police spokeswoman Connie Vey confirmed the arrest on Monday. Assemblyman Tom Rusk "
        "visited the scene with German chancellor Robin Berg.\n"
    )
    assert people_of(text) == {"Connie Vey": "f", "Tom Rusk": "m", "Robin Berg": None}


def test_what_a_quotation_calls_someone_is_no_role_and_a_membership_no_voice() -> None:
    text = (
        "Mayor Bill Vance, a member of the Green Party, ended his campaign on Friday. "
        '"I have done all I can," Vance said.\n\n'
        'President Tom Rusk wrote: "Part time Mayor of Smalltown, Bill Vance, has dropped out!"\n'
    )
    aliases = aliases_in(text)
    assert "Part time Mayor of Smalltown" not in aliases["Bill Vance"]
    assert "Green Party" not in aliases["Bill Vance"], "a member does not speak for the party"


def test_a_mislabelled_name_of_someone_in_a_body_is_a_speaker() -> None:
    text = (
        "Ten buffalo were released on the reservation on Wednesday.\n\n"
        '"With everything that has happened to our people, bringing the buffalo back is going '
        "to heal us[,]\" Crystal C'Bearing of the Northern Arapaho tribal historic preservation "
        "office told those gathered to watch the release.\n"
    )
    assert speakers_in(text) == {1: "Crystal C'Bearing"}


def test_a_first_name_opening_a_sentence_is_part_of_the_name() -> None:
    text = """\
Carmen Yulín Cruz, the mayor of the capital, said she would challenge the oath in court.

Surgeon Albert Sufianov said the students had done well.

Officers Tom Rusk and Dan Hale met her at a pub.

Rusk told the court he had never met her.
"""
    assert speakers_in(text) == {0: "Carmen Yulín Cruz", 1: "Albert Sufianov", 3: "Tom Rusk"}


def test_the_organisation_of_a_role_apposed_to_a_name_is_an_affiliation_not_its_place() -> None:
    text = """\
The ministry closed the border on Friday.

The director of Amnesty International, Mariela Roe, said the closure was unlawful.

The President of the United States, Tom Rusk, said the closure was lawful.
"""
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    found = attribute_statements(doc.text, sentences(doc))
    assert "Amnesty International" in found[1].aliases
    assert "United States" not in found[2].aliases


def test_a_full_name_taken_for_an_organisation_is_the_person_its_surname_names() -> None:
    text = """\
Banda won the election over Morgan Moyo of the Democratic Front.

Moyo said he had won the vote.
"""
    assert speakers_in(text) == {1: "Morgan Moyo"}


def test_a_relative_clause_saying_what_a_person_is_gives_their_role() -> None:
    text = """\
The minister often clashed with Tom Vance who is the secretary of state.

Vance said, "We will not change course."
"""
    doc = Document(doc_id="r", source=Path("r.txt"), title="R", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert "secretary of state" in statement.aliases


def test_the_doer_of_what_a_relative_clause_says_a_person_did_is_a_role() -> None:
    text = """\
Tom Hale, who witnessed the collision, said "The truck was on the wrong side of the road."
"""
    doc = Document(doc_id="h", source=Path("h.txt"), title="H", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert "witness of collision" in statement.aliases


def test_a_common_noun_opening_a_sentence_before_a_name_is_a_role() -> None:
    text = """\
Voter Kitty Moy told the paper, "Today we are doing the best we can."
"""
    doc = Document(doc_id="v", source=Path("v.txt"), title="V", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert statement.speaker == "Kitty Moy"
    assert "Voter" in statement.aliases


def test_a_role_whose_to_phrase_the_parser_hung_the_name_on_is_still_the_role() -> None:
    text = """\
The American Samoan delegate to the U.S. House of Representatives, Fiame Leota, told the press: \
"Nothing changes for now."
"""
    doc = Document(doc_id="d", source=Path("d.txt"), title="D", text=text)
    (statement,) = attribute_statements(doc.text, sentences(doc)).values()
    assert statement.speaker == "Fiame Leota"
    assert any(
        alias.endswith("delegate to the U.S. House of Representatives")
        for alias in statement.aliases
    )


def test_a_name_with_a_quoted_nickname_is_the_person_called_by_either_name() -> None:
    text = """\
The party nominated Spike Cohen for vice president on Sunday.

Cohen said the ticket would campaign in every state.

Jeremy "Spike" Cohen, a podcast host, said he had never run for office.
"""
    document = Document(doc_id="t", source=Path("t.txt"), title="T", text=text)
    found = attribute_statements(text, sentences(document))
    assert {a.speaker for a in found.values()} == {"Spike Cohen"}
    aliases = {alias for a in found.values() for alias in a.aliases}
    assert {"Jeremy Cohen", 'Jeremy "Spike" Cohen'} <= aliases


def test_a_role_set_off_before_a_name_is_the_names_not_the_word_both_follow() -> None:
    text = """\
Speaking to Agence France-Presse, the president of the Kenyan League for the Defence of \
Farmers, Omar Wekesa, said, "We are for free trade."
"""
    assert speakers_in(text) == {0: "Omar Wekesa"}
    aliases = aliases_in(text)["Omar Wekesa"]
    assert {"president of the Kenyan League for the Defence of Farmers", "Kenyan League"} <= aliases


def test_a_title_whose_phrase_the_parser_made_the_name_the_object_of_is_still_the_role() -> None:
    text = """\
US Ambassador to France Peter Hollis alleged, by way of example, Aerotek had "contributed to \
incredible human suffering."
"""
    assert speakers_in(text) == {0: "Peter Hollis"}
    assert "US Ambassador to France" in aliases_in(text)["Peter Hollis"]


def test_the_prime_minister_is_not_a_deputy_prime_minister_who_is_also_a_minister() -> None:
    text = """\
Prime Minister Ana Vela said on Monday the budget would pass.

After Deputy Prime Minister for Finance and Minister of Economy Peter Novak failed to buy enough \
vaccines, the Prime Minister apologised to the country for "a failure of planning."
"""
    assert speakers_in(text) == {0: "Ana Vela", 1: "Ana Vela"}


def test_the_office_and_its_qualifier_are_one_role_of_whoever_the_title_means() -> None:
    text = """\
Prime Minister Ana Vela said on Monday the budget would pass.

Deputy Prime Minister Peter Novak, who is also the minister of economy, failed to buy enough \
vaccines.

The Prime Minister apologised to the country for "a failure of planning."
"""
    # "prime" is in one of his roles and "minister" plainly in another: neither is "the Prime
    # Minister"
    assert speakers_in(text) == {0: "Ana Vela", 2: "Ana Vela"}


def test_a_role_keeps_the_noun_it_is_of_and_drops_only_articles_and_pronouns() -> None:
    text = """\
A boy drowned in the lake on Sunday.

The victim's father, Tom Roe, said the boy was a strong swimmer.
"""
    assert "victim's father" in aliases_in(text)["Tom Roe"]


def test_each_role_joined_in_an_apposition_is_one_of_the_persons_roles() -> None:
    text = """\
Dana Holt, a Navy veteran, blogger, and currently a candidate for the Green Party's nomination, \
said she would cut the defence budget.

Sam Reid, a nurse, and her son were rescued on Friday, police said.

Reid said, "We were lucky."

Ian Vance, a union leader and co-founder of the Green Party, said it would win.
"""
    aliases = aliases_in(text)
    holt = {"Navy veteran", "blogger", "currently a candidate for the Green Party's nomination"}
    assert holt <= aliases["Dana Holt"]
    assert "son" not in aliases["Sam Reid"]  # someone else
    assert any(alias.startswith("union leader") for alias in aliases["Ian Vance"])
    assert "co" not in aliases["Ian Vance"]  # the parse may split "co-founder" at its hyphen


def test_a_subject_pronoun_is_not_the_person_its_own_clause_goes_on_to_name() -> None:
    text = (
        "Governor Julie Vey said she had dissolved the parliament.\n\n"
        "She did so at the request of Robin Dale, the prime minister.\n"
    )
    # "She" is Vey, named before: no sign that Dale is a woman
    assert people_of(text) == {"Julie Vey": "f", "Robin Dale": None}


def test_a_surname_keeps_the_particles_that_open_it() -> None:
    text = (
        "Guitarist Eddie Van Halen died on Tuesday, his son Wolfgang Van Halen confirmed.\n\n"
        'Van Halen said in a statement, "He was the best father I could ask for."\n'
    )
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    statement = attribute_statements(doc.text, sentences(doc))[1]
    assert statement.speaker == "Wolfgang Van Halen"
    assert "Van Halen" in statement.aliases
    assert "Halen" not in statement.aliases  # another family's surname, as likely


def test_a_first_name_beside_a_family_tie_is_a_person_whatever_the_recogniser_says() -> None:
    text = (
        "Wrestler Jon Huber has died aged 41. According to his wife, Amanda, Huber succumbed "
        "to a lung condition.\n\nHer husband was a father of two, Amanda said.\n"
    )
    assert speakers_in(text) == {1: "Amanda", 2: "Amanda"}


def test_the_subject_himself_refers_back_to_is_a_person_whatever_the_recogniser_says() -> None:
    text = (
        "Finnish developer Perttu Ahola has released a new game.\n\n"
        "The game was an attempt by Ahola to build something from scratch.\n\n"
        "It began when Ahola challenged himself to write a sandbox game, he told Wikinews. "
        "According to Ahola, the game runs on older hardware.\n"
    )
    said = speakers_in(text)
    assert said[2] == "Perttu Ahola" and said[3] == "Perttu Ahola"


def test_the_owner_of_a_relation_named_beside_it_is_someone_else() -> None:
    text = (
        "Former president Ravi Mehra died on Monday, aged 84.\n\n"
        "His partner, Kim Adeyemi, wrote on Twitter that the family was grateful.\n"
    )
    assert people_of(text)["Kim Adeyemi"] is None


def test_a_surname_that_is_also_a_title_names_the_person() -> None:
    text = """\
Swiss astronomer Michel Mayor won the Nobel Prize in Physics on Tuesday.

"It is the most exciting discovery of my life," Mayor told reporters in Geneva.

Former foreign minister Julie Bishop welcomed the news. Bishop said it showed the value of research.

The city will hold a reception. "We are proud of him," the Mayor said.
"""
    found = speakers_in(text)
    assert found[1] == "Michel Mayor"
    assert found[3] == "Julie Bishop"
    assert found.get(5) != "Michel Mayor"  # "the Mayor": the city's, a title


def test_a_name_given_a_short_form_of_its_own_words_in_brackets_is_an_organisations() -> None:
    text = """\
Wrestler Hana Kimura has died aged 22, wrestling promotion World Wonder Ring Stardom (Stardom) \
announced yesterday.

Stardom's official statement read "We are very sorry to report her death."
"""
    assert speakers_in(text) == {}  # a body, not a person
    # a person introduced with initials stays a person
    prince = 'Crown Prince Mohammed bin Salman (MBS) said, "We will reform."\n'
    assert speakers_in(prince) == {0: "Mohammed bin Salman"}
    xi = 'President Xi Jinping (Xi) said, "We will open up."\n'
    assert speakers_in(xi) == {0: "Xi Jinping"}  # a person, by the recogniser


def test_a_name_written_with_the_is_a_teams_not_a_persons() -> None:
    text = """\
Dunmore Falls Badgers win first league title

Forward Marco Silva scored twice as the Dunmore Falls Badgers beat the Inland Hawks 3-2.

The Dunmore Falls Badgers finished the season third. They beat the Hawks in the semi-final.

Silva's contract ends in June, and he said he had not decided where he would play next.
"""
    assert speakers_in(text) == {4: "Marco Silva"}  # the headline's name is no person's


def test_british_titles_and_ranks_before_a_surname_name_the_person() -> None:
    text = """\
Council leader Tom Ashby defended the plan on Monday.

Cllr Ashby said 34 of the new flats would be for social rent.

Traders' association chair Sandra Pyke opposed the sale. "Nobody here is against housing," \
Ms Pyke said.

Superintendent Joanne Reyna said the cause of the blast was not yet known.

The fraud came to light in 2023, according to Detective Constable Ruth Mabry of the county \
police.

DC Mabry said the inquiry had examined 40,000 pages of records. "Fraud is not victimless," \
she said.
"""
    found = speakers_in(text)
    assert found[1] == "Tom Ashby"  # not a second person "Cllr Ashby"
    assert found[3] == "Sandra Pyke"
    assert found[4] == "Joanne Reyna"
    assert found[6] == "Ruth Mabry"
    assert found[7] == "Ruth Mabry"
    # initials that are no title the person was given are a body's
    bank = """\
Retail analyst Priya Fielding said the cuts were expected.

"We see no recovery this year," UBS Fielding said.
"""
    assert speakers_in(bank) == {0: "Priya Fielding"}


def test_he_after_a_subjects_owner_in_the_same_sentence_is_the_owner() -> None:
    text = """\
Guard Jamal Whitaker scored 38 points in the final.

Police Commissioner Tom Hadley said the victory parade would go ahead on Wednesday.

Whitaker's contract expires in July, and he said he had not decided where he would play.
"""
    assert speakers_in(text)[2] == "Jamal Whitaker"
    # not in what someone reports: "Whitaker's passenger ..., he said" is the officer's
    report = """\
Police Superintendent Alan Moss said the investigation was continuing.

Moss added that a passenger had been taken to hospital. Guard Jamal Whitaker's passenger \
suffered a broken leg, he said.
"""
    assert speakers_in(report)[2] == "Alan Moss"


def test_a_title_by_its_initials_refers_back_to_the_person_given_it_in_full() -> None:
    text = """\
Chief executive Daniel Kerr said cocoa costs had doubled.

Analyst Mia Lund said the shares would recover.

"Smaller bars, same quality," the CEO said.
"""
    assert speakers_in(text)[2] == "Daniel Kerr"


def test_a_wire_dateline_and_a_name_described_as_a_place_are_no_people() -> None:
    text = """\
Kessler Falls Otters win first league title

KESSLER FALLS, April 28 (Sports Wire) - The Otters won the league championship on Sunday.

Guard Jamal Whitaker scored 38 points.

The title is the first for any professional team from Kessler Falls, a city of about 210,000 \
people.

"I've missed that shot a thousand times," he said.
"""
    assert speakers_in(text) == {4: "Jamal Whitaker"}  # not the dateline's, nor the team's
    # nor are they people among the names a sentence holds, whom a "he" may mean
    doc = Document(doc_id="w", source=Path("w.txt"), title="W", text=text)
    spans = sentences(doc)
    (reading,) = read_documents([(text, spans)])
    people = {
        name for names in reading.names.values() for label, name in names if label == "PERSON"
    }
    assert "Jamal Whitaker" in people
    assert not people & {"KESSLER FALLS", "Kessler Falls"}


def test_a_name_put_right_after_a_word_for_its_kind_is_an_organisations() -> None:
    text = (
        "Drugmaker Hallmed recalls tablets\n\n"
        "The pharmaceutical company Hallmed has recalled 2.1 million packs of Vastorin. "
        "Chief executive Stefan Kranz apologised.\n\n"
        "Hallmed said replacement stock would be available within ten days.\n"
    )
    assert set(people_of(text)) == {"Stefan Kranz"}
