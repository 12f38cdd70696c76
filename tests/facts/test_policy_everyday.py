"""Rule readings added in the seventeenth session (`policies-73` to `-76`): standing law told as
how an act is prosecuted or dealt with, returns told as a batch going back, officials going
through blocks and housing, papers kept from people or phones carried off, the duties of
residence papers named a second time or joined to another clause, requests for information, and
standings given as residents or to no one, people called to the police or confined to an area."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # an unlawful coming-in is punishable; a late arrival without a ticket is not about people
    ("Coming in without a passport is punishable by a fine and fifteen days' detention.",
     [("is punishable", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Arriving late without a ticket is punishable by a fine.", []),
    # leaving, or the people, prosecuted or dealt with as criminals; not a crime's own case
    ("In the North, leaving without permission is prosecuted as a crime.",
     [("is prosecuted as a crime", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("A woman who met missionaries is dealt with as a political criminal.",
     [("is dealt with as a political criminal", "labeling_criminalization", "restrictive",
       "reported_fact")]),
    ("Anyone who overstays a travel permit is logged by the ministry as a defector.",
     [("is logged by the ministry as a defector", "labeling_criminalization", "restrictive",
       "reported_fact")]),
    ("The robbery was prosecuted as a crime.", []),
    ("Repeat offenders are dealt with as a priority.", []),
    ("The hotel logs every visitor as a guest.", []),
    # a batch going back, or people going back over the bridge; not a trip, nor a denial
    ("Six women are still held in Tumen. The next group goes back after the holiday.",
     [("are still held", "detention_arrest", "restrictive", "reported_fact"),
      ("The next group goes", "repatriation", "restrictive", "reported_fact")]),
    ("The three women still held in Tumen go back with the next group.",
     [("held", "detention_arrest", "restrictive", "reported_fact"),
      ("go back with the next group", "repatriation", "restrictive", "reported_fact")]),
    ("He was held in Tumen and was due to go over with the June transfer.",
     [("was held", "detention_arrest", "restrictive", "reported_fact"),
      ("to go over with the June transfer", "repatriation", "restrictive", "reported_fact")]),
    ("After a week in the cells they go back over the bridge.",
     [("go back over the bridge", "repatriation", "restrictive", "reported_fact")]),
    ("The next group goes back to the hotel after lunch.", []),
    ("She went back with a group of tourists.", []),
    ("The tour group goes back over the bridge at five o'clock.", []),  # no custody told
    ("The refugees went back over the river to fetch their children.", []),
    ("We walked back over the bridge to our hotel.", []),
    ("They did not go back with the next group.", []),
    # a ride to a town of the North
    ("Guards put the remaining workers on a train to Rason.",
     [("put the remaining workers on a train", "repatriation", "restrictive", "reported_fact")]),
    # officials going through a block or housing; not a plumber
    ("Officers went through the whole of the east block on Friday.",
     [("went through the whole of the east block", "other", "restrictive", "reported_fact")]),
    ("Police inspected rented flats in the district.",
     [("inspected rented flats", "other", "restrictive", "reported_fact")]),
    ("The plumber went through the house.", []),
    # papers kept from people by officials or their minders, phones carried off by police;
    # not one's own passport, nor a hotel's desk
    ("The North Korean managers kept the women's passports in a locked drawer.",
     [("kept the women's passports", "other", "restrictive", "reported_fact")]),
    ("Their passports are held by North Korean supervisors.",
     [("Their passports are held", "other", "restrictive", "reported_fact")]),
    ("The minders hold on to the workers' passports.",
     [("hold on to the workers' passports", "other", "restrictive", "reported_fact")]),
    ("Police carried off the women's phones and a laptop.",
     [("carried off the women's phones", "other", "restrictive", "reported_fact")]),
    ("The hotel manager holds the guests' passports until they pay.", []),
    ("The customs officer held up her passport to the light.", []),
    ("She kept her passport in a drawer.", []),
    ("The hotel holds guests' passports at the desk.", []),
    # residence papers named again ('the cards') and duties joined to another clause
    ("A few have been given temporary residence cards, but the cards are valid only inside the "
     "city, must be carried at all times and are to be renewed every year.",
     [("have been given temporary residence cards", "residency_legal_status", "protective",
       "reported_fact"),
      ("the cards are valid", "residency_legal_status", "restrictive", "reported_fact"),
      ("must be carried", "residency_legal_status", "neutral", "reported_fact"),
      ("to be renewed", "residency_legal_status", "neutral", "reported_fact")]),
    ("Passports must be carried at all times.", []),
    # people called to the police or bound to sign in there; confined to their area
    ("She was called to the police station twice.",
     [("was called to the police station", "other", "restrictive", "reported_fact")]),
    ("She has to sign in at the police station every week.",
     [("to sign in at the police station", "other", "restrictive", "reported_fact")]),
    ("She was called to the blackboard.", []),
    ("She was called to the train station.", []),
    ("He reported to the head office on Monday.", []),
    ("Officials told the women not to leave the county.",
     [("told the women not to leave the county", "other", "restrictive", "reported_fact")]),
    ("Residents were ordered not to leave the city because of the lockdown.", []),
    ("The children were told not to leave the classroom.", []),
    # a request for information or figures asks no aim for the people (neutral)
    ("The US embassy asked Chinese authorities for information about the returns.",
     [("asked Chinese authorities for information", "diplomatic_request_protest", "neutral",
       "reported_fact")]),
    ("The ministry wrote to Beijing, asking for figures on the October returns.",
     [("asking for figures", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The rapporteur asked that UNHCR be allowed to see them.",
     [("asked", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The UN requested figures on the number of North Koreans returned last year.",
     [("requested", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("Seoul requested an explanation from Beijing over the forced return of nine defectors.",
     [("requested", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The doctor raised the treatment options with the patient's family.", []),
    ("Seoul did not raise the treatment of the defectors with Beijing.", []),
    ("Seoul asked Beijing not to hand the nine women over.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    # residents are a protected standing, illegal residents are not; a status given to no one
    ("They are treated as illegal residents.",
     [("are treated as illegal residents", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("China grants refugee status to no North Koreans.",
     [("grants refugee status", "residency_legal_status", "restrictive", "reported_fact")]),
    ("China granted asylum to none of the 40 applicants.",
     [("granted asylum", "residency_legal_status", "restrictive", "reported_fact")]),
    ("Arriving at the festival without a permit is an offence.", []),
    ("Crossing the river without papers is no longer a crime.", []),
    ("She was called to the police station to collect her recovered bicycle.", []),
    ("Bank cards must be carried at all times.", []),
    ("The temporary residence cards must be carried, the police said.",
     [("The temporary residence cards must be carried", "residency_legal_status", "neutral",
       "claimed_by_source")]),
    ("Boxes must be carried with care.", []),
    ("The forms are to be signed by Friday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
