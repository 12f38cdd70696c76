"""Rule readings added in the nineteenth session (`policies-80`; after `policy_blind22`'s score,
not blind): papers handed out again, renewals granted (a duty to renew stays neutral), requests
for figures or data, returns and custody denied by name, an unlawful status stated of those who
cross in the outlet's own voice, people told they must leave the country, and identity papers
scanned on the road."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # papers dealt with again; not papers checked again, nor talks or bank cards resumed
    ("The labour bureau resumed processing work permits for the North Korean staff in March.",
     [("resumed processing work permits", "residency_legal_status", "protective",
       "reported_fact")]),
    ("Renewals of their residence cards started again in mid-2024.",
     [("Renewals of their residence cards started", "residency_legal_status", "protective",
       "reported_fact")]),
    ("The county did not resume issuing residence permits after the pandemic.",
     [("issuing residence permits", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The two sides resumed the talks in May.", []),
    ("The bank resumed issuing credit cards.", []),
    ("The city resumed issuing parking permits.", []),
    # a renewal granted is protective; a duty to renew is neutral; a bank's renewal is none
    ("Hunchun renews the wives' residence cards each spring.",
     [("renews the wives' residence cards", "residency_legal_status", "protective",
       "reported_fact")]),
    ("The cards must be renewed every year at the county bureau.",
     [("The cards must be renewed", "residency_legal_status", "neutral", "reported_fact")]),
    ("The bank renewed its loans to the firm.", []),
    # a request for figures or data asks no aim for the people
    ("The UN Special Rapporteur asked China in 2023 to provide figures on women returned to "
     "the North.",
     [("asked", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The Rapporteur later asked it to share data on the number returned each year.",
     [("asked", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The Rapporteur asked China to release the women held in Tumen.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    # returns, arrests or raids denied by name; not a protest against them, nor entry refused
    ("The foreign ministry has denied the October returns.",
     [("has denied the October returns", "repatriation", "restrictive", "denied")]),
    ("Police denied the arrests.",
     [("denied the arrests", "detention_arrest", "restrictive", "denied")]),
    ("Seoul rejected the forced repatriation of the nine.", []),
    ("China denied them entry.", []),
    # an unlawful status of those who cross, in the outlet's voice; not of fans or of the past
    ("Those who cross without valid papers are illegal entrants under Chinese law.",
     [("are illegal entrants", "residency_legal_status", "restrictive", "reported_fact")]),
    ("A North Korean who enters without a visa is an illegal immigrant.",
     [("is an illegal immigrant", "residency_legal_status", "restrictive", "reported_fact")]),
    ("North Koreans who cross the river are refugees under international law.", []),
    ("The students who entered the stadium are fans.", []),
    ("Those who crossed in 2019 were migrants looking for work.", []),
    # told they must leave the country: an expulsion; not a pitch, nor a lawyer's account
    ("They were told they must leave China by July 15.",
     [("were told they must leave", "repatriation", "restrictive", "reported_fact")]),
    ("The club told the players to leave the pitch.", []),
    ("She must leave China by Friday, her lawyer said.", []),
    # identity papers scanned on the road; not parcels, nor a hotel's desk
    ("At the checkpoint outside Tumen, passengers' ID cards are scanned.",
     [("passengers' ID cards are scanned", "border_control", "restrictive", "reported_fact")]),
    ("Police scanned the ID cards of everyone on the Yanji bus.",
     [("scanned the ID cards", "border_control", "restrictive", "reported_fact")]),
    ("The bar codes of parcels are scanned at the station.", []),
    ("Hotel staff scan guests' passports at the front desk.", []),
    # a review's near-misses (`policies-80`): others' papers, registrations and renewals; a
    # request with an aim beside its figures; denials of a shop's returns, of arrests of others,
    # of an act's lawfulness, or none at all; other countries' migrants; South Koreans and envoys
    ("Voter registration started again in the county on Monday.", []),
    ("Renewals of gym memberships started again in January.", []),
    ("The embassy resumed processing visas for American tourists.", []),
    ("The recruitment agency resumed processing visas for Filipino maids.", []),
    ("The bureau resumed processing permits for the defectors' wives.",
     [("resumed processing permits", "residency_legal_status", "protective", "reported_fact")]),
    ("Seoul asked Beijing to share information on the detainees and not to repatriate them.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The store denied the returns of the faulty televisions.", []),
    ("The Kremlin denied the raid on the opposition office.", []),
    ("The spokesman did not deny the arrests.", []),
    ("China neither confirmed nor denied the repatriations.", []),
    ("China denied the defectors' return to South Korea.", []),
    ("Those who enter Spain without papers are irregular migrants.", []),
    ("Those who cross the Mexican border without papers are illegal immigrants under US law.",
     []),
    ("Workers who enter the plant through the side gate are migrants from Sichuan.", []),
    ("Those who cross the Tumen without papers are illegal entrants.",
     [("are illegal entrants", "residency_legal_status", "restrictive", "reported_fact")]),
    ("South Korean tourists were told they must leave the country after the incident.", []),
    ("The North Korean ambassador was told to leave the country within 48 hours.", []),
    ("The families of defectors were told they must return to North Korea.",
     [("The families of defectors were told", "family_pressure", "restrictive",
       "reported_fact")]),
    ("Officials scanned the documents into the database.", []),
    ("Police scanned the papers of the crew aboard the cargo ship.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
