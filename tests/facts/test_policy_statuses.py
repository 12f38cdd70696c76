"""Rule readings added in the sixth session for issue 11: statuses held, children registered,
leaving a county, terms handed out, beliefs that hedge what they govern, sweeps, labels recorded,
interrogation results shared, police asking people, summonses, bounties, what a rule provides,
public appeals, monitors barred, border works and clearings, releases after a spell, papers looked
at, an official's turn in a transcript, returns told as a habit, people legalised and detention
centres filled or emptied."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a status people hold; not one they lack, nor papers officials hold
    ("She has held a residence card since 2021.",
     [("has held a residence card", "residency_legal_status", "protective", "reported_fact")]),
    ("Their children hold Chinese household registration through their fathers.",
     [("hold Chinese household registration", "residency_legal_status",
       "protective", "reported_fact")]),
    ("The women have no household registration.",
     []),
    ("The police held their passports for a month.",  # no status held: papers kept from them
     [("held their passports", "other", "restrictive", "reported_fact")]),
    ("She has a refugee friend in Seoul.",
     []),
    # a child registered or refused by officials; not a firm's, nor a father's own
    ("The township refused to register the boy because his mother had no papers.",
     [("to register the boy", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The county began letting fathers register such children.",
     [("register such children", "residency_legal_status", "protective", "reported_fact")]),
    ("The firm registered a new company in Yanji.",
     []),
    ("Fathers register their children at the township police station.",
     []),
    # leaving a county bounds a residence; leaving the country is an exit
    ("Her card does not allow her to leave the county.",
     [("does not allow her to leave", "residency_legal_status", "restrictive", "reported_fact")]),
    ("China does not allow them to leave the country.",
     [("does not allow them to leave", "exit_transfer_to_third_country",
       "restrictive", "reported_fact")]),
    # a belief hedges what it governs
    ("I was sure they would send us back.",
     []),
    ("She was certain the police would arrest her.",
     []),
    # a term handed out for leaving; not a deadline or a medal
    ("The court gave her three years for crossing the river.",
     [("gave her three years", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Three of the returnees were given ten years in a labour camp.",
     [("were given ten years", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The teacher gave him two days to finish.",
     []),
    ("Two of the workers were given medals.",
     []),
    # a status that describes people is no status told
    ("Women who hold residence cards may travel within the province.",
     []),
    # officers sweeping places; not a storm or a floor
    ("Officers swept through four villages near the river.",
     [("swept through four villages", "detention_arrest", "restrictive", "reported_fact")]),
    ("Police combed the border towns for North Korean women.",
     [("combed the border towns", "detention_arrest", "restrictive", "reported_fact")]),
    ("The storm swept through the villages.",
     []),
    ("She swept the floor of the restaurant.",
     []),
    # people counted or recorded under a label; not a meeting
    ("Any North Korean who went to church is counted as a traitor.",
     [("is counted as a traitor", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Overstayers are now recorded as escapees in the ministry's files.",
     [("are now recorded as escapees", "labeling_criminalization",
       "restrictive", "reported_fact")]),
    ("The ministry recorded the meeting as a success.",
     []),
    # the results of interrogations shared with the North; not of talks with an ally
    ("Chinese police shared the results of their interrogations with North Korean officers.",
     [("shared the results", "repatriation", "restrictive", "reported_fact")]),
    ("Seoul shared the results of the talks with Washington.",
     []),
    # police asking a person or a family is questioning or pressure; a person asking the police
    # applies; 'them' may be a state's staff
    ("An officer asked her for the names of other North Korean women.",
     [("asked", "other", "restrictive", "reported_fact")]),
    ("Security officers have been asking families for as much as 2,000 yuan.",
     [("have been asking", "family_pressure", "restrictive", "reported_fact")]),
    ("She asked the police for permission to visit Seoul.",
     []),
    ("The ministry asked them to hand over any North Koreans who reach the consulate.",
     [("asked", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    # 'called in' a relative is pressure, an envoy a summons; a day's 'on' calls on no one
    ("Her father had been called in by the Ministry of State Security on Monday.",
     [("Her father had been called in", "family_pressure", "restrictive", "reported_fact")]),
    ("Seoul had also called in the Chinese ambassador on Wednesday afternoon.",
     [("had also called in the Chinese ambassador", "diplomatic_request_protest",
       "protective", "reported_fact")]),
    ("In a letter to the ministry, the agency called on China to halt the returns.",
     [("called on China", "diplomatic_request_protest", "protective", "reported_fact")]),
    # officers paid for the people they catch; not a farmer for his fish
    ("The police were paid 2,000 yuan for every North Korean they caught.",
     [("were paid", "other", "restrictive", "reported_fact")]),
    ("Officers got a bonus for every North Korean woman they caught.",
     [("got", "other", "restrictive", "reported_fact")]),
    ("The farmer was paid for the fish he caught.",
     []),
    # a rule that provides for returns or arrests of people; not of vehicles or goods
    ("A 1998 rule authorises the deportation of foreigners who entered without papers.",
     [("authorises the deportation", "repatriation", "restrictive", "reported_fact")]),
    ("The 1986 protocol provides for the return of illegal crossers.",
     [("provides for the return", "repatriation", "restrictive", "reported_fact")]),
    ("The law requires the registration of vehicles.",
     []),
    ("The treaty allows the return of stolen goods.",
     []),
    # appeals and campaigns in the open speak for people; not a court appeal or a roads campaign
    ("China returned the man despite international appeals.",
     [("returned", "repatriation", "restrictive", "reported_fact"),
      ("international appeals", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("He remains in prison despite a worldwide campaign for his release.",
     [("remains in prison", "detention_arrest", "restrictive", "reported_fact"),
      ("worldwide campaign", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("He lost despite repeated appeals against the sentence.",
     []),
    ("A campaign for better roads began.",
     []),
    # monitors barred from where people are held; not fans from a stadium
    ("For years, UN staff were barred from the frontier region.",
     [("were barred from the frontier region", "other", "restrictive", "reported_fact")]),
    ("Fans were barred from the stadium.",
     []),
    # 'according to' a source is a claim, according to the rules no source; boilerplate names no act
    ("Police arrested 40 people, according to activists.",
     [("arrested", "detention_arrest", "restrictive", "claimed_by_source")]),
    ("According to the regulations, the police detained the women for 30 days.",
     [("detained", "detention_arrest", "restrictive", "reported_fact")]),
    ("The spokeswoman said China handles such cases in accordance with domestic law.",
     []),
    # border works watching or newly seen at a river, or added along part of one; not a car park
    ("New cameras now watch every bend of the river road.",
     [("watch every bend", "border_control", "restrictive", "reported_fact")]),
    ("Cameras watch the car park.",
     []),
    ("The images show three new guard posts on the North Korean bank.",
     [("show three new guard posts", "border_control", "restrictive", "reported_fact")]),
    ("The photos show an old fence in the village.",
     []),
    ("The army added watchtowers every kilometre along the Yalu.",
     [("added watchtowers", "border_control", "restrictive", "reported_fact")]),
    ("New razor-wire fencing went up along much of the Tumen.",
     [("New razor-wire fencing went up", "border_control", "restrictive", "reported_fact")]),
    ("Prices went up along the coast.",
     []),
    # let go after a spell held, in a witness's words; not workers a firm let go
    ("She was let go after eleven days.",
     [("was let", "detention_arrest", "protective", "reported_fact")]),
    ("They let me go after three days.",
     [("let", "detention_arrest", "protective", "reported_fact")]),
    ("The firm let the workers go after two years.",
     []),
    # identity papers looked at on a bus; not a card in a shop
    ("They looked at the ID card of every passenger on the bus.",
     [("looked at the ID card", "border_control", "restrictive", "reported_fact")]),
    ("She looked at the card in the shop.",
     []),
    # the act of telling is the outlet's report, not a source's claim
    ("Police told the families that their relatives would be punished.",
     [("their relatives would be punished", "family_pressure",
       "restrictive", "claimed_by_source")]),
    # an official's 'there are no refugees' refuses the status; an activist's or the outlet's not
    ("A spokesman said there are no defectors in China, only people who entered illegally.",
     [("are no defectors", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The activist said there are no refugees among the group.",
     []),
    ("There are no refugees in the village.",
     []),
    # a named person registered; not a firm
    ("In 2021, a new station chief agreed to register Xiaolong after his father paid for a test.",
     [("to register Xiaolong", "residency_legal_status", "protective", "reported_fact")]),
    ("The bureau registered Huawei in Shenzhen.",
     []),
    # 'it' for a rule named before
    ("The law also allows it, and it authorises the deportation of foreigners who entered"
     " illegally.",
     [("authorises the deportation", "repatriation", "restrictive", "reported_fact")]),
    # orders and instructions in force are acts, not hopes
    ("Orders to shoot anyone approaching the border without permission.",
     [("to shoot", "border_control", "restrictive", "reported_fact")]),
    ("Police received instructions to arrest any North Korean found without papers.",
     [("to arrest", "detention_arrest", "restrictive", "reported_fact")]),
    ("The club gave orders to sell the stadium.",
     []),
    # an official's turn in a transcript is the official's; a dateline's or a witness's turn is not
    ("Spokesperson Lin Jian: These people are not refugees. They entered China illegally for"
     " economic reasons.",
     [("are not refugees", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("Spokesperson Wang Wenbin: There is no so-called forced repatriation.",
     [("is no so-called forced repatriation", "repatriation", "restrictive", "denied")]),
    ("SEOUL: China has returned 60 defectors, activists said.",
     [("has returned", "repatriation", "restrictive", "claimed_by_source")]),
    ("Kim: They are not refugees, they are my neighbours.",
     []),
    # a return told as the habit of those caught or come illegally; not seasonal work or a town
    ("Anyone they catch goes back across the river within a month.",
     [("goes back across the river", "repatriation", "restrictive", "reported_fact")]),
    ("Those who come illegally go back.",
     [("illegally go back", "repatriation", "restrictive", "reported_fact")]),
    ("Those who come for work go back in autumn.",
     []),
    ("Workers who came illegally went back to Yanji to find jobs.",
     []),
    # labour-training units are camps
    ("Most returnees were sent to labour-training units or ordinary prisons.",
     [("were sent to labour-training units", "labeling_criminalization",
       "restrictive", "reported_fact")]),
    # a palisade put up and a strip cleared along a river; not a square
    ("China has put up a steel palisade, camera masts and a roadside checkpoint along the river.",
     [("has put up a steel palisade", "border_control", "restrictive", "reported_fact")]),
    ("The authorities have cleared a strip of vegetation along the bank.",
     [("have cleared", "border_control", "restrictive", "reported_fact")]),
    ("Police cleared the square near the station.",
     []),
    # checks from house to house; not vaccinations
    ("Officers went house to house checking residence registers.",
     [("went", "other", "restrictive", "reported_fact")]),
    ("Nurses went house to house vaccinating children.",
     []),
    # heavier terms imposed on those who stayed abroad; not fines on drivers
    ("The North now imposes heavier prison terms on those who stayed abroad longer.",
     [("imposes heavier prison terms", "labeling_criminalization",
       "restrictive", "reported_fact")]),
    ("The city imposes fines on drivers who park illegally.",
     []),
    # people legalised; not gambling
    ("Beijing has legalised North Korean women married to Chinese men.",
     [("has legalised", "residency_legal_status", "protective", "reported_fact")]),
    ("The state legalised gambling in 2019.",
     []),
    # detention centres filled, or emptied across the river; not a stadium
    ("Police in Jilin have been filling the detention centres again.",
     [("have been filling the detention centres", "detention_arrest",
       "restrictive", "reported_fact")]),
    ("Fans filled the stadium.",
     []),
    ("It emptied detention centres in Jilin across the river in a single night.",
     [("emptied detention centres", "repatriation", "restrictive", "reported_fact")]),
    # a file passed across at a handover; not files handed to a court
    ("At the handover the Chinese police pass the file across too.",
     [("pass the file across", "repatriation", "restrictive", "reported_fact")]),
    ("The clerk handed over the files to the court.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
