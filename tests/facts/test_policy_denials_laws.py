"""Rule readings added in the seventh session for issue 11: participles that name a request's
people or those caught, a neighbouring country's border organs, denials told as an act that does
not exist or did not take place and reports called fabricated, and standing law told as a law
punishing a crossing, a crossing carrying a term, or penalties stiffened for it; people
photographed, sampled, searched through or questioned by officials; fines imposed on those who
shelter people; a state standing ready to take people in; and recommendations written as bare
imperatives in a list an official's recommendation opens; envoys summoned; people placed outside
the refugee convention; a negation that is the act itself, stated rather than denied; those who
cross handed over; and returns readied."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a participle naming the people of a request is covered by the request; elsewhere it is a row
    ("Seoul asked Beijing to free the women held in Tumen.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Nine North Koreans held in Yunnan face return.",
     [("held", "detention_arrest", "restrictive", "reported_fact")]),
    ("China returned 600 North Koreans held in Jilin in one night.",
     [("returned", "repatriation", "restrictive", "reported_fact"),
      ("held", "detention_arrest", "restrictive", "reported_fact")]),
    # a neighbouring country's organs, named in a border notice, are the North's
    ("Persons who illegally cross the border are handed over to the border security organs "
     "of the neighbouring country.",
     [("are handed over", "repatriation", "restrictive", "reported_fact")]),
    # denials: an act said not to exist, not to have happened, or reports called fabricated
    ("\"The so-called forced repatriation does not exist,\" the spokesperson said.",
     [("The so-called forced repatriation does not exist", "repatriation",
        "restrictive", "denied")]),
    ("The so-called forced repatriation does not exist.",
     []),
    ("The spokesperson said reports of large-scale forced repatriations were fabricated by "
     "certain organisations.",
     [("reports of large-scale forced repatriations were fabricated", "repatriation",
        "restrictive", "denied")]),
    ("The delegate called the figure of 600 returns fabricated.",
     [("called the figure of 600 returns fabricated", "repatriation", "restrictive", "denied")]),
    ("The delegate called the report pure fabrication.",
     []),
    ("A police spokesman said there had been no special operation in Jilin.",
     [("had been no special operation", "detention_arrest", "restrictive", "denied")]),
    ("The ministry said no operation targeting foreign women has taken place.",
     [("no operation targeting foreign women has taken", "detention_arrest",
        "restrictive", "denied")]),
    ("\"There was no dawn raid,\" the police chief said.",
     [("was no dawn raid", "detention_arrest", "restrictive", "denied")]),
    ("\"There were no arrests at the march,\" the police said.",
     []),
    ("Rights groups reported the return of 60 women last week. \"No such thing happened,\" "
     "the spokesperson said.",
     [("No such thing happened", "repatriation", "restrictive", "denied")]),
    ("The concert did not take place, the organisers said.",
     []),
    # standing law: a law punishing a crossing, a crossing carrying a term, penalties for crossing
    ("North Korean criminal law punishes unauthorised border crossing.",
     [("punishes", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The Criminal Code punishes unauthorised crossing with up to five years of labour correction.",
     [("punishes", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Secretly crossing the national border carries up to one year of imprisonment.",
     [("carries up to one year", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Defection is a crime that carries prison terms.",
     [("is a crime", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Pyongyang has stiffened penalties for border crossing.",
     [("has stiffened penalties", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The city raised penalties for illegal parking.",
     []),
    ("The bridge carries up to one thousand lorries a day.",
     []),
    # officials scrutinising people: recorded, sampled, searched through, questioned
    ("The women were photographed and fingerprinted at the station.",
     [("were photographed", "other", "restrictive", "reported_fact"),
      ("fingerprinted", "other", "restrictive", "reported_fact")]),
    ("The children were photographed at the festival.",
     []),
    ("The tourists were photographed by a fan.",
     []),
    ("Officials have been collecting blood samples and facial scans from North Korean-born wives.",
     [("have been collecting blood samples", "other", "restrictive", "reported_fact")]),
    ("Police in Wangqing have started inspecting the phones of North Korean wives.",
     [("inspecting", "other", "restrictive", "reported_fact")]),
    ("Officers now scroll through the phones of Korean-speaking women at checkpoints.",
     [("scroll", "other", "restrictive", "reported_fact")]),
    ("Police are rechecking the papers of every North Korean woman married in the county.",
     [("are rechecking", "other", "restrictive", "reported_fact")]),
    ("The firm checked the phones of its staff.",
     []),
    ("Interrogators questioned them about whether they had met South Koreans.",
     [("questioned them", "other", "restrictive", "reported_fact")]),
    ("Returnees are screened by the Ministry of State Security.",
     [("are screened", "other", "restrictive", "reported_fact")]),
    ("China rules out any role for UNHCR in screening North Koreans for refugee status.",
     [("screening", "other", "neutral", "reported_fact")]),
    ("Officers went door to door in two villages, checking residence cards and the phones "
     "of anyone who spoke Korean.",
     [("went", "other", "restrictive", "reported_fact")]),
    # fines imposed on those who shelter people; relatives summoned are pressure, not a recall
    ("The county imposes fines of up to 20,000 yuan on anyone who shelters people who "
     "crossed the border without documents.",
     [("imposes fines", "other", "restrictive", "reported_fact")]),
    ("The city imposes fines on illegal parking.",
     []),
    ("Across the river, North Korea's Ministry of State Security has summoned relatives of "
     "women known to be in China.",
     [("has summoned relatives", "family_pressure", "restrictive", "reported_fact")]),
    # a state standing ready to take people in; not a hospital
    ("South Korea stands ready to take in all nine, the ministry said.",
     [("ready to take in", "other", "protective", "claimed_by_source")]),
    ("Seoul is ready to receive all seven, a foreign ministry official said.",
     [("ready to receive", "other", "protective", "claimed_by_source")]),
    ("The hospital is ready to receive patients.",
     []),
    # recommendations as bare imperatives, in a list an official's recommendation opens
    ("The Committee recommends that the State party take the following steps. (b) Halt "
     "without delay the collective return of DPRK nationals. (c) Grant UNHCR unimpeded "
     "access to all DPRK nationals in its territory. (d) Ensure that no child is returned "
     "to the DPRK.",
     [("recommends", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("Halt", "diplomatic_request_protest", "protective", "reported_fact"),
      ("Grant", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("Ensure", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The Committee recommends that the State party take the following steps. (e) Provide "
     "appropriate alternative care to children who have been separated from their parents.",
     [("recommends", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("Provide", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Our recommendations follow. Halt the collective return of DPRK nationals. Grant "
     "UNHCR access to all DPRK nationals.",
     [("Halt the collective return", "repatriation", "protective", "reported_fact")]),
    ("Read more about our work on North Korea.",
     []),
    ("Share this story with your friends.",
     []),
    # summoning a state's envoy is a protest, protective
    ("Chinese envoy summoned twice",
     [("Chinese envoy summoned", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Seoul summoned the Chinese ambassador on Monday.",
     [("summoned the Chinese ambassador", "diplomatic_request_protest",
        "protective", "reported_fact")]),
    # people placed outside the refugee convention; a negation that is the act is stated, not denied
    ("\"They fall outside the scope of the refugee convention,\" the spokesperson said.",
     [("fall", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The spokesperson said the 1951 Convention does not apply to them.",
     [("does not apply", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The spokesperson said they are not entitled to refugee protection.",
     [("are not entitled to refugee protection", "residency_legal_status",
        "restrictive", "claimed_by_source")]),
    ("The ministry denied that the women were refused residence permits.",
     [("were refused residence permits", "residency_legal_status", "restrictive", "denied")]),
    ("The rule does not apply to tourists.",
     []),
    ("The ball fell outside the stadium.",
     []),
    # a participle that names whom an act is done to is no act of its own: 'anyone caught'
    ("Anyone caught is sent back.",
     [("is sent back", "repatriation", "restrictive", "reported_fact")]),
    ("China returns North Koreans caught without papers.",
     [("returns", "repatriation", "restrictive", "reported_fact")]),
    ("Police caught eleven North Koreans in Yanji.",
     [("caught", "detention_arrest", "restrictive", "reported_fact")]),
    # those who cross handed over, as an agreement's standing rule
    ("China agreed in the 1980s to hand over people who cross the border illegally.",
     [("to hand over", "repatriation", "restrictive", "reported_fact")]),
    ("Under the agreement each side undertakes to hand over people who cross the border illegally.",
     [("to hand over", "repatriation", "restrictive", "reported_fact")]),
    ("The smugglers hand over people who cross the river to their partners.",
     []),
    # a return readied: planned, or people prepared for it; not a transfer between places of custody
    ("A further group of around two hundred detainees was being prepared for transfer.",
     [("was being prepared for transfer", "repatriation", "restrictive", "reported_fact")]),
    ("A second, larger handover was being planned for November.",
     [("A second, larger handover was being planned", "repatriation",
        "restrictive", "reported_fact")]),
    ("Police planned their transfer to the Tumen detention centre.",
     []),
    ("The students prepared for the exam.",
     []),
    # a question put to an official is no request; an NGO's or activists' appeal or vigil is no
    # state's act
    ("The Yanbian public security bureau, asked about the October detentions by a local "
     "reporter, said no special operation had taken place.",
     []),
    ("Sir Roderick asked what the women would be likely to face on their return.",
     []),
    ("About 40 activists held a candlelight vigil outside the Chinese embassy in Seoul.",
     []),
    ("The network urges Asian governments to speak up for the detainees.",
     []),
    ("The European Union asked China to let UNHCR into the border areas.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Committee member Ana Ruiz asked how many North Koreans had been returned since 2014.",
     [("asked", "diplomatic_request_protest", "neutral", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
