"""Rule readings added in the twelfth session (`policies-58`): a judgment's custody, sentences and
fines of the people who helped North Koreans, access for monitors asked with no aim for the
people, leaving told as 'exit', an official commission's recommendations, campaigns carried out."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a judgment's custody and sentences of helpers: custody and prison are detention
    ("On 12 May 2023 the defendant Li was placed under criminal detention by the Helong City"
     " Public Security Bureau for harbouring North Koreans.",
     [("was placed under criminal detention", "detention_arrest", "restrictive",
       "reported_fact")]),
    ("Kim was placed under house arrest.",
     [("was placed under house arrest", "detention_arrest", "restrictive", "reported_fact")]),
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
    # 'exit' is leaving
    ("Persons without valid travel documents are not permitted to exit China.",
     [("are not permitted to exit", "exit_transfer_to_third_country", "restrictive",
       "reported_fact")]),
    # an official commission recommends; a campaign is carried out or conducted
    ("The Commission recommends that the Administration press the Chinese government to stop"
     " forcibly returning North Koreans.",
     [("recommends", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Police in Yanji carried out a campaign against illegal residents last spring.",
     [("carried out a campaign", "detention_arrest", "restrictive", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
