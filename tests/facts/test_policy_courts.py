"""Rule readings added in the twelfth session (`policies-58`, `-59`): a judgment's custody,
sentences and fines of the people who helped North Koreans, access for monitors asked with no aim
for the people, an official Commission's recommendations, a review's items credited to states
(`policies-60`); and what the session's review found them reading beyond their cases."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a judgment's custody and sentences of helpers: custody and prison are detention
    ("On 12 May 2023 the defendant Li was placed under criminal detention by the Helong City"
     " Public Security Bureau for harbouring North Koreans.",
     [("was placed under criminal detention", "detention_arrest", "restrictive",
       "reported_fact")]),
    ("The defendant Zhao is sentenced to fixed-term imprisonment of two years for transporting"
     " North Korean nationals across the border.",
     [("is sentenced", "detention_arrest", "restrictive", "reported_fact")]),
    # fines and suspended sentences are other measures
    ("The defendant Zhao is fined RMB 10,000 for sheltering the North Koreans.",
     [("is fined", "other", "restrictive", "reported_fact")]),
    ("Defendant Cui is sentenced to fixed-term imprisonment of one year, suspended for two years,"
     " for the crime of harbouring the three women.",
     [("is sentenced", "other", "restrictive", "reported_fact")]),
    # not custody: things placed, pressure, a private party's doing, a reason not about them
    ("The boxes were placed in the prison storeroom.", []),
    ("He was put under pressure by the brokers.", []),
    ("The landlord was fined 500 yuan for noise.", []),
    # access for monitors, with no aim for the people, is a neutral request
    ("In Washington, a State Department spokesman urged Beijing on Tuesday to let the UN refugee"
     " agency see the detained women.",
     [("urged Beijing on Tuesday", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The rapporteur urged China to allow UN staff to visit the detention centres.",
     [("urged", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("Seoul urged China to allow the detained women to travel to South Korea.",
     [("urged", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The rapporteur urged China not to let UNHCR visit the women.",
     [("urged", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    # an official Commission recommends; a commission paid or an NGO's is no official
    ("The Commission recommends that the Administration press the Chinese government to stop"
     " forcibly returning North Koreans.",
     [("recommends", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("A commission of 3,000 yuan was paid to the broker for smuggling the women across the river.",
     []),
    ("Amnesty's internal commission recommended sheltering the defectors.", []),
    # a review's list item credited to the state that made it is that state's request
    ("Ensure that no person from the Democratic People's Republic of Korea is sent back to a"
     " place where he or she faces a risk of torture (Germany); - Noted",
     [("Ensure", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Grant the refugee agency unimpeded access to the border provinces (Australia); - Noted",
     [("Grant", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("Read more about the refugees (Germany).", []),
    ("Ensure that no person is sent back (Germany) before the talks end next year.", []),
    # what the review found, each now read as it should be
    ("Wang was sentenced to death for the murder of his wife.", []),
    ("Zhang was placed under criminal detention for drunk driving.", []),
    ("Liu was placed under house arrest after the protest.", []),
    ("Kim was placed under house arrest for hiding two North Korean women.",
     [("was placed under house arrest", "detention_arrest", "restrictive", "reported_fact")]),
    ("The refugees were placed in a UNHCR camp near the border.", []),
    ("The defectors were placed under police protection at the consulate.", []),
    ("Li was not placed under criminal detention for sheltering North Koreans.", []),
    ("Zhao was sentenced to two years for sheltering North Koreans who had fled after their"
     " deportations were suspended.",
     [("was sentenced", "detention_arrest", "restrictive", "reported_fact"),
      ("their deportations were suspended", "repatriation", "protective", "reported_fact")]),
    ("Seoul asked China to allow South Korean diplomats to meet the defectors and take them to"
     " Seoul.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Seoul asked China to let UNHCR interview the asylum seekers to determine their refugee"
     " status.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The UN asked Beijing to let investigators inspect the cargo bound for North Korea.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
