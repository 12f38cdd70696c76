"""Rule readings added in the sixteenth session (`policies-70`, `-71`): residence papers told by
their conditions (cancelled, called in, valid only locally, to be renewed), a residence
certificate given, a permission given 'now', officials calling at homes or on relatives, laws
that make an act an offence or make it attract a term, 'capture' of things, and a status given as
a reason."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # papers taken away, in any voice; not other papers, nor other things cancelled
    ("Her temporary papers were cancelled without explanation last spring.",
     [("Her temporary papers were cancelled", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The residence certificate that Yanji police cancelled in 2019 let her work legally.",
     [("The residence certificate that Yanji police cancelled", "residency_legal_status",
       "restrictive", "reported_fact")]),
    ("The same permits were called in after the border incident.",
     [("The same permits were called in", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The organisers cancelled the meeting because of the rain.", []),
    ("His driving permit was cancelled after the crash.", []),
    ("The bank cancelled her card.", []),
    ("The immigration tribunal granted the family residence in May.",
     [("granted the family residence", "residency_legal_status", "protective", "reported_fact")]),
    ("The same permits were called for at the meeting.", []),
    # papers valid only inside a place; not papers valid for a time
    ("Those permits are only valid inside the county where they were issued.",
     [("Those permits are only valid", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The permits are valid for a year.", []),
    # a renewal owed is a duty; a form to be signed is none
    ("The residence cards have to be renewed in person every six months.",
     [("The residence cards have to be renewed", "residency_legal_status", "neutral",
       "reported_fact")]),
    ("The forms have to be signed in person.", []),
    # a residence certificate given is a status, not a way out
    ("The county police gave her a one-year residence certificate.",
     [("gave her a one-year residence certificate", "residency_legal_status", "protective",
       "reported_fact")]),
    ("The consulate gave her a travel certificate.",
     [("gave her a travel certificate", "exit_transfer_to_third_country", "protective",
       "reported_fact")]),
    # 'can now' is a permission given, not a maybe
    ("Children born to a Chinese father can now be registered, local officials said.",
     [("Children born to a Chinese father can now be registered", "residency_legal_status",
       "protective", "claimed_by_source")]),
    ("Children born to a Chinese father can be registered if the mother leaves.", []),
    # officials going through homes or calling on relatives; not friends, a tour or a gate
    ("Police went through three apartment blocks near the market on Tuesday night.",
     [("went through three apartment blocks", "other", "restrictive", "reported_fact")]),
    ("Police in Yanji have been visiting apartment blocks where foreign wives live.",
     [("have been visiting apartment blocks", "other", "restrictive", "reported_fact")]),
    ("Officers came to my mother every week and asked where I was.",
     [("came to my mother", "family_pressure", "restrictive", "reported_fact")]),
    ("Security officers have been visiting the homes of people with relatives in China.",
     [("have been visiting the homes", "family_pressure", "restrictive", "reported_fact")]),
    ("Her friends came to my mother with the news.", []),
    ("Police came to the farm at dawn.", []),
    ("The minister visited a factory in Dandong.", []),
    ("The convoy went through the border gate at noon.", []),
    # a law that makes an act an offence; a term an act attracts
    ("Chinese law makes entering without a valid document an offence.",
     [("makes entering without a valid document an offence", "labeling_criminalization",
       "restrictive", "reported_fact")]),
    ("Illegal entry attracts a fine of up to 5,000 yuan.",
     [("attracts a fine", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The new stadium attracts a crowd every weekend.", []),
    ("Such talk makes the visit an offence to many.", []),
    # 'capture' of posts or of nothing named arrests nobody
    ("Times are as shown when we captured the posts.", []),
    ("We have kept the handle as captured.", []),
    # a status given as a reason is no status told, in any conjunct of the reason
    ("Police let her go because she has a son and the boy has a hukou.",
     [("let", "detention_arrest", "protective", "reported_fact")]),
    # the review's cases: a card, a certificate, a paper or a document must say it is residence
    # papers; a private body's call-in is none; seizing papers takes no status
    ("Officials withdrew the paper from the conference.", []),
    ("The court annulled the marriage certificate.", []),
    ("The documents have to be renewed every month.", []),
    ("The cards were called in by the bank.", []),
    ("Police called in the residence cards last month.",
     [("called in the residence cards", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("Police confiscated her identity card.",
     [("confiscated her identity card", "other", "restrictive", "reported_fact")]),
    # valid only in a place, or not outside it; a term is no place
    ("The residence cards are valid only in Yanji.",
     [("The residence cards are valid", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The permits are not valid outside the county.",
     [("The permits are not valid", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The residence cards are only valid for six months.", []),
    # calls on relatives in other words; a purpose, a gate, a tour or one's own family is none
    ("Police went to my mother's house every week.",
     [("went to my mother's house", "family_pressure", "restrictive", "reported_fact")]),
    ("Security agents kept visiting my parents.",
     [("visiting my parents", "family_pressure", "restrictive", "reported_fact")]),
    ("The guards went through the compound gate at noon.", []),
    ("Guards visited the factories in the zone.", []),
    ("Police visited the homes of the victims to offer condolences.", []),
    ("The security officers visited the homes of their relatives for the holiday.", []),
    # a captured participle still arrests
    ("Women captured by Chinese police are usually sent back.",
     [("captured", "detention_arrest", "restrictive", "reported_fact"),
      ("are usually sent", "repatriation", "restrictive", "reported_fact")]),
    # a pronoun stands for the papers named just before (added after policy_blind20's score)
    ("A temporary residence card costs 50 yuan. It has to be renewed each year.",
     [("It has to be renewed", "residency_legal_status", "neutral", "reported_fact")]),
    ("She finally got a residence permit, but it is valid only within the county.",
     [("it is valid", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The cake was ready. It has to be renewed each year.", []),
    # a ride to the North told ahead is a return (added after policy_blind20's score)
    ("They said she'll be on the next truck to Namyang.",
     [("'ll be on the next truck", "repatriation", "restrictive", "claimed_by_source")]),
    ("She will be on the bus to Dandong tomorrow.", []),
    ("We were on the train to Sinuiju last year.", []),
    ("The boxes will be on the next truck to Namyang.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected


def test_exit_permits_called_in_are_no_residence_papers(readings):
    assert readings("The exit permits were called in after the incident.") == []
