"""Rule readings added for issue 11: stated status, onward requests, asserted clauses, helpers."""

import pytest

from nkreports import schema
from nkreports.facts.policy.changes import rule_readings
from nkreports.pipeline import load_nlp
from nkreports.text import Body


@pytest.fixture(scope="module")
def model():
    return load_nlp()


def _readings(model, text):
    article = schema.Article("t", text, Body.whole(text), None)
    rows = [r.row for r in rule_readings(model(text), article, [], [])]
    return [(r.mention, r.category, r.direction, r.certainty) for r in rows]


# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # an official's statement of who people are is the policy
    ("Beijing insists that the North Koreans are economic migrants rather than refugees.",
     [("are economic migrants", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The foreign ministry said on Monday that none of the detainees were refugees.",
     [("were refugees", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("Officials said the women were criminals.",
     [("were criminals", "labeling_criminalization", "restrictive", "claimed_by_source")]),
    ("Activists say the women are refugees.", []),
    # what a request asks for gives its direction; sending people onward spares them
    ("Seoul asked Beijing to send the defectors to South Korea.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Tokyo demanded that the five be handed over to the Japanese embassy.",
     [("demanded", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Pyongyang asked Beijing to send the runaways back.",
     [("asked", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    ("The agency called on China to refrain from sending them back.",
     [("called on China", "diplomatic_request_protest", "protective", "reported_fact")]),
    # an official's request needs no state named; a person's own request is none
    ("UNHCR has asked for access to the group.",
     [("has asked for access", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("He asked to be identified only by his surname.", []),
    # a relative clause or an 'after' clause asserts its action whatever governs it
    ("Seoul asked China not to send back six North Koreans who were detained last week.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact"),
      ("were detained", "detention_arrest", "restrictive", "reported_fact")]),
    ("After China sent the women back in May, their relatives fear they are next.",
     [("sent", "repatriation", "restrictive", "reported_fact")]),
    ("Relatives worry about the risk that the group will be repatriated.", []),
    # standing law stated generically
    ("Crossing the border without a permit is punishable by a year in prison.",
     [("is punishable", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Leaving the country without permission is a crime under North Korean law.",
     [("is a crime", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("North Koreans in China are not entitled to refugee protection.",
     [("are not entitled to refugee protection", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("North Koreans must carry a passport and a visa or a border pass.",
     [("must carry a passport and a visa or a border pass", "residency_legal_status", "neutral",
       "reported_fact")]),
    ("The weather is illegal.", []),
    ("The returnees are classed as traitors.",
     [("are classed as traitors", "labeling_criminalization", "restrictive", "reported_fact")]),
    # new phrasings of known actions
    ("The women were bused across the border at Tumen.",
     [("were bused across the border", "repatriation", "restrictive", "reported_fact")]),
    ("Police carried out a sweep of border villages.",
     [("carried out a sweep", "detention_arrest", "restrictive", "reported_fact")]),
    ("Officials have built a new detention block for North Koreans.",
     [("have built a new detention block", "detention_arrest", "restrictive", "reported_fact")]),
    ("The city closed its detention centre.", []),
    ("Officers had taken the group's phones.",
     [("had taken the group's phones", "other", "restrictive", "reported_fact")]),
    ("The bridge has been closed to people since early 2020.",
     [("The bridge has been closed", "border_control", "restrictive", "reported_fact")]),
    ("UNHCR reminded Beijing of its obligation not to return refugees.",
     [("reminded", "diplomatic_request_protest", "protective", "reported_fact")]),
    # people moved by officials: handed over, flown on, returns resumed or halted
    ("Most of them are later flown to Seoul.",
     [("are later flown", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    ("The woman was passed to Chinese police at the border.",
     [("was passed to Chinese police", "repatriation", "restrictive", "reported_fact")]),
    ("Laos hands seven North Koreans over to China.",
     [("hands seven North Koreans over to China", "repatriation", "restrictive",
       "reported_fact")]),
    ("The group was handed over to the South Korean embassy.",
     [("was handed over to the South Korean embassy", "exit_transfer_to_third_country",
       "protective", "reported_fact")]),
    ("China resumed large-scale returns in October.",
     [("resumed large-scale returns", "repatriation", "restrictive", "reported_fact")]),
    ("Beijing has suspended deportations.",
     [("has suspended deportations", "repatriation", "protective", "reported_fact")]),
    ("The refugees walked across the border.", []),
    ("Police picked them up at the station.",
     [("picked them up", "detention_arrest", "restrictive", "reported_fact")]),
    ("She picked up her bag.", []),
    ("The consul raised the case with Chinese diplomats.",
     [("raised the case", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("He raised the issue at dinner.", []),
    # a verb joined to a request is a second act, not what is requested
    ("The agency said it had requested access and reminded Beijing of its obligations.",
     [("had requested", "diplomatic_request_protest", "neutral", "claimed_by_source"),
      ("reminded", "diplomatic_request_protest", "protective", "claimed_by_source")]),
    # a clause beyond a semicolon is not governed by a fear in the next one
    ("Rights agency asks for access; relatives fear the group could be returned within days",
     [("asks for access", "diplomatic_request_protest", "neutral", "reported_fact")]),
    # a passive joined to another shares its subject; quantities of people are people
    ("Some were arrested last year and have been held since, the report said.",
     [("were arrested", "detention_arrest", "restrictive", "claimed_by_source"),
      ("have been held", "detention_arrest", "restrictive", "claimed_by_source")]),
    ("Police sent hundreds of North Koreans back in October.",
     [("sent", "repatriation", "restrictive", "reported_fact")]),
    ("Police raided four homes in Helong.",
     [("raided four homes", "detention_arrest", "restrictive", "reported_fact")]),
    ("A spokesperson insisted that people who cross for work are not refugees.",
     [("are not refugees", "residency_legal_status", "restrictive", "claimed_by_source")]),
    # denials of an act told in a clause, and of claims about families
    ("A ministry spokesman denied that any decision had been made to send the group back.",
     [("denied that any decision had been made", "repatriation", "restrictive", "denied")]),
    ("China denied that it had repatriated the women.",
     [("had repatriated", "repatriation", "restrictive", "denied")]),
    ("The ministry dismissed claims that relatives of escapees are sent to prison camps.",
     [("dismissed claims", "family_pressure", "restrictive", "denied")]),
    # cooperation in returns, harsher penalties, exits by air, refusals
    ("China now shares interrogation files with the North.",
     [("shares interrogation files with the North", "repatriation", "restrictive",
       "reported_fact")]),
    ("The regime introduced harsher sentences for those who stayed abroad longer.",
     [("introduced harsher sentences", "labeling_criminalization", "restrictive",
       "reported_fact")]),
    ("The seven were allowed to board a flight to Incheon.",
     [("were allowed to board", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    ("The minister sent a letter to Seoul.", []),
    ("Police swept up dozens before the party congress.",
     [("swept up", "detention_arrest", "restrictive", "reported_fact")]),
    # pressure on families in everyday words, when officials do it
    ("The security ministry has begun calling in the parents and siblings of women who left.",
     [("calling in the parents", "family_pressure", "restrictive", "reported_fact")]),
    ("They take the mother to the office and make her call her daughter, the resident said.",
     [("make", "family_pressure", "restrictive", "claimed_by_source")]),
    ("Households with members in China will be moved out of the border city.",
     [("Households with members in China will be moved", "family_pressure", "restrictive",
       "reported_fact")]),
    ("She made her mother a cake.", []),
    ("Last month police took away a mother of two.",
     [("took", "detention_arrest", "restrictive", "reported_fact")]),
    # a practice's act is asserted under concern; a participle's speaker is its head's subject
    ("We are deeply concerned about the government's practice of repatriating refugees.",
     [("repatriating", "repatriation", "restrictive", "reported_fact")]),
    ("We fear being sent back.", []),
    ("The authorities describe the detainees as migrants, claiming that none of them are refugees.",
     [("are refugees", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The two will be resettled in a third country.",
     [("will be resettled", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    # requests named by a noun: a state's, or public ones; not a phone call
    ("The group remains in custody despite South Korea's calls to not send them back.",
     [("remains in custody", "detention_arrest", "restrictive", "reported_fact"),
      ("South Korea's calls", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("They were held despite repeated requests for access.",
     [("were held", "detention_arrest", "restrictive", "reported_fact"),
      ("repeated requests", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("Yesterday I got an international phone call.", []),
    # workers called home; permits stopped or banned; custody named by its place
    ("The restaurant workers were recalled last month.",
     [("were recalled", "repatriation", "restrictive", "reported_fact")]),
    ("The ambassador was recalled.", []),
    ("Pyongyang ordered the workers home.",
     [("ordered", "repatriation", "restrictive", "reported_fact")]),
    ("The county stopped renewing the women's work visas.",
     [("renewing the women's work visas", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The resolution bans member states from issuing new work permits to North Koreans.",
     [("issuing new work permits", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The women were locked up for a week.",
     [("were locked up", "detention_arrest", "restrictive", "reported_fact")]),
    ("Thailand holds such groups in immigration detention.",
     [("holds", "detention_arrest", "restrictive", "reported_fact")]),
    # people held, taken or caught, and not events or things
    ("The man is being held in Tumen.",
     [("is being held", "detention_arrest", "restrictive", "reported_fact")]),
    ("The women are now held at the detention centre in Tumen.",
     [("are now held", "detention_arrest", "restrictive", "reported_fact")]),
    ("Talks were held in Beijing.", []),
    ("A woman was taken away in a police car.",
     [("was taken", "detention_arrest", "restrictive", "reported_fact")]),
    ("They took a girl off our bus.",
     [("took", "detention_arrest", "restrictive", "reported_fact")]),
    ("Those caught during the pandemic were sent back.",
     [("caught", "detention_arrest", "restrictive", "reported_fact"),
      ("were sent back", "repatriation", "restrictive", "reported_fact")]),
    # returned north, driven across, put on trucks; sent on rather than back
    ("Five of them were returned in May.",
     [("were returned", "repatriation", "restrictive", "reported_fact")]),
    ("The passports were returned.", []),
    ("Returning these people breaches the principle.", []),
    ("They were driven back across to the North.",
     [("were driven", "repatriation", "restrictive", "reported_fact")]),
    ("She was put in the van.",
     [("was put in the van", "detention_arrest", "restrictive", "reported_fact")]),
    ("They are put on trucks to the Dandong crossing.",
     [("are put on trucks", "repatriation", "restrictive", "reported_fact")]),
    ("Mongolia has so far sent every one of them on to South Korea rather than back to China.",
     [("has so far sent", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    ("The United States urges all countries to protect the refugees and not to return them.",
     [("urges", "diplomatic_request_protest", "protective", "reported_fact")]),
    # status by treatment: traitors are labelled, citizens protected; exit papers refused
    ("Returnees are now treated as traitors.",
     [("are now treated as traitors", "labeling_criminalization", "restrictive",
       "reported_fact")]),
    ("Arrivals are treated as citizens from the day they arrive.",
     [("are treated as citizens", "residency_legal_status", "protective", "reported_fact")]),
    ("Officials have refused to issue them exit permits.",
     [("to issue them exit permits", "exit_transfer_to_third_country", "restrictive",
       "reported_fact")]),
    # demands for returns, accusations between states, requests to states only
    ("Pyongyang demanded their return.",
     [("demanded", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    ("Pyongyang accuses Seoul of abduction.",
     [("accuses Seoul", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    ("The embassy said it had asked for access and had urged Laos not to send anyone back.",
     [("had asked for access", "diplomatic_request_protest", "neutral", "claimed_by_source"),
      ("had urged", "diplomatic_request_protest", "protective", "claimed_by_source")]),
    ("An officer came by and asked the village head whether I was still there.", []),
    # checks at people's doors and rewards for informing
    ("Police went door to door with a list.",
     [("went", "other", "restrictive", "reported_fact")]),
    ("Officers checked household registers in the village.",
     [("checked", "other", "restrictive", "reported_fact")]),
    ("Police put up notices offering 3,000 yuan for tips.",
     [("offering 3,000 yuan", "other", "restrictive", "reported_fact")]),
    ("He offered me tea.", []),
    # wanting a state to act is a request; an aim ('so that') and a wish assert nothing
    ("The United Nations wants China to recognize them as refugees.",
     [("wants", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Police want to arrest them.", []),
    ("Seoul is making efforts so that the defectors will not be forcibly repatriated.", []),
    ("They face being deported to their homeland.",
     [("being deported", "repatriation", "restrictive", "reported_fact")]),
    ("Police have refused to give him a permission to leave the country.",
     [("to give him a permission", "exit_transfer_to_third_country", "restrictive",
       "reported_fact")]),
    # asylum seekers are people; access to a procedure denied; requests made by a hearing
    ("On several occasions China had sent back North Korean asylum seekers.",
     [("had sent", "repatriation", "restrictive", "reported_fact")]),
    ("The authorities have consistently denied them access to any refugee determination procedure.",
     [("have consistently denied them access", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("The commission held a hearing on Tuesday to urge China to protect the refugees.",
     [("to urge", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Police went there to arrest them.", []),
    ("He had repeatedly appealed for intervention on behalf of the prisoner.",
     [("had repeatedly appealed for intervention", "diplomatic_request_protest", "protective",
       "reported_fact")]),
    ("He was sent back despite a global campaign for his release.",
     [("was sent", "repatriation", "restrictive", "reported_fact"),
      ("global campaign", "diplomatic_request_protest", "protective", "reported_fact")]),
    # people who help North Koreans are held too
    ("The pastor is being held by police in Yanji.",
     [("is being held", "detention_arrest", "restrictive", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(model, text, expected):
    assert _readings(model, text) == expected
