"""Rule readings added in the eighteenth session (`policies-77`): a witness held or taken to a
station ('kept me', 'took me'), handcuffing, removal to the North or from a country, residence
papers no longer issued, renewed or kept, helping North Koreans made an
offence, officers entering homes, a practice of returns ended, a catch told with its doer, and
the North's security police (bowibu) as officials."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a witness kept for a stretch of time or at a place of custody; not kept waiting or informed
    ("The border police kept me for a month at the station in Tumen.",
     [("kept", "detention_arrest", "restrictive", "reported_fact")]),
    ("They took me to the station and kept me there for two weeks.",
     [("took me to the station", "detention_arrest", "restrictive", "reported_fact"),
      ("kept", "detention_arrest", "restrictive", "reported_fact")]),
    ("The bowibu kept me four months in Onsong.",
     [("kept", "detention_arrest", "restrictive", "reported_fact")]),
    ("The officer kept me waiting for an hour.", []),
    ("The consul kept me informed every week.", []),
    ("My aunt kept me for a month at her flat in Yanji.", []),
    ("My brother took me to the station to catch the night train.", []),
    ("My father took me to the police station to report a stolen bicycle.", []),
    ("The South Korean consulate kept me for three months in its annex.", []),
    ("The police kept me in the dark for a month about my brother.", []),
    ("The detectives kept me for a few days.",
     [("kept", "detention_arrest", "restrictive", "reported_fact")]),
    # handcuffing is an arrest
    ("In Tumen the guards handcuffed us in pairs.",
     [("handcuffed", "detention_arrest", "restrictive", "reported_fact")]),
    ("Economic sanctions have handcuffed the central bank.", []),
    # removed to the North, or from a country; not from a list or a post
    ("Chinese authorities removed the seven defectors to North Korea last month.",
     [("removed", "repatriation", "restrictive", "reported_fact")]),
    ("The women were removed from the country in March.",
     [("were removed", "repatriation", "restrictive", "reported_fact")]),
    ("The women were removed from the waiting list in March.", []),
    ("The minister was removed from his post.", []),
    ("Authorities removed the women from Jilin province.",  # the catch-all's, not a return
     [("removed", "other", "neutral", "reported_fact")]),
    ("The wreck was removed to North Korea's port of Nampo for scrapping.", []),
    # papers no longer issued or renewed take a standing away
    ("The public security bureau no longer renews their work visas.",
     [("renews their work visas", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The county no longer issues residence permits to North Korean wives.",
     [("issues residence permits", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The public security bureau renews their work visas every year.",  # kept (`policies-80`)
     [("renews their work visas", "residency_legal_status", "protective", "reported_fact")]),
    # sheltering or hiring North Koreans is an offence; hiring a worker is labour law
    ("Sheltering a North Korean is punishable by up to three years in prison.",
     [("is punishable", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Hiring North Korean defectors is punishable by a fine.",
     [("is punishable", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Hiring a worker without a contract is punishable by a fine.", []),
    ("Selling Korean cosmetics without a licence is punishable by a fine.", []),
    ("Trafficking North Korean women is punishable by death in China.", []),
    ("Helping her is punishable, the landlord joked.", []),
    # work authorisations stopped, residence cards taken back; not a book taken back
    ("The county no longer refuses residence permits to North Korean wives.",
     [("refuses residence permits", "residency_legal_status", "protective", "reported_fact")]),
    ("The city no longer issues parking permits to visitors.", []),
    ("Police took back the residence cards of twelve North Korean women.",
     [("took back the residence cards", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The librarian took back the cards.", []),
    # officers entering homes search them; guests, or a delegation entering a building, do not
    ("Officers entered the homes of North Korean women in Helong.",
     [("entered the homes", "other", "restrictive", "reported_fact")]),
    ("The guests entered the homes of their hosts.", []),
    ("The delegation entered the building at noon.", []),
    # a catch told with its doer or time is an act; 'anyone caught' only names whom a rule hits
    ("Seoul helped a group of North Korean defectors caught last week by Chinese police.",
     [("helped", "other", "protective", "reported_fact"),
      ("caught", "detention_arrest", "restrictive", "reported_fact")]),
    ("Anyone caught is sent back to North Korea.",
     [("is sent", "repatriation", "restrictive", "reported_fact")]),
    ("Defectors caught by police are sent back to the North.",
     [("are sent", "repatriation", "restrictive", "reported_fact")]),
    # a practice of returning people that is ended spares them; one kept up or not ended does not
    ("China has ended its practice of sending defectors back to North Korea.",
     [("sending", "repatriation", "protective", "reported_fact")]),
    ("China has not ended its practice of sending defectors back.",
     [("sending", "repatriation", "restrictive", "reported_fact")]),
    ("China abandoned its practice of sending defectors back to the North.",
     [("sending", "repatriation", "protective", "reported_fact")]),
    ("China continued its practice of sending defectors back.",
     [("sending", "repatriation", "restrictive", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
