"""Rule readings added in the eleventh session (`policies-52` to `policies-57`): claims decided,
requests that none be returned, terms given to people sent back, names of acts rejected, stances
told as answers, routine checks of vehicles, a notice's duties and rewards, time spent in custody,
rides taken north or on, a reply that denies, sentences to labour camps, checks of homes and of
traffic, labels given to people; and (thirteenth session) a release or a halt refused, a status
claimed with 'added' or 'argued', a border guarded, a witness's own custody ('took me'), a return
being prepared, hundreds sent back, people pushed back, seized or blocked from leaving,
a recognition refused, a protest against returns, travel documents
and safe passage given, an expulsion from a party, a
condition opened by 'Should'."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # a claim decided against, named by what it appeals or refuses
    ("The tribunal dismissed his appeal against the refusal of protection.",
     [("dismissed his appeal", "residency_legal_status", "restrictive", "reported_fact")]),
    ("Last spring the court upheld the refusal of refugee status.",
     [("upheld the refusal", "residency_legal_status", "restrictive", "reported_fact")]),
    ("In 2021 the interior ministry turned down the asylum claim of Pak, a former miner.",
     [("turned down the asylum claim", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The judge turned down his claim for compensation.", []),
    ("The court dismissed the broker's appeal against his sentence.", []),
    # a request that none be returned is protective; that none be let stay, restrictive
    ("Seoul has asked that none of the seven be returned to the North.",
     [("has asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Pyongyang demanded that no defectors be allowed to stay in Liaoning.",
     [("demanded", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    # terms given to people named as sent back, or for betraying the country
    ("Women sent back are now given longer terms in labour camps.",
     [("sent", "repatriation", "restrictive", "reported_fact"),
      ("are now given longer terms", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The women returned from China in March were given long terms in labour camps.",
     [("were given long terms", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The police returned the passports and were given a reward.", []),
    ("He was given a year of labour training for betraying the fatherland.",
     [("was given a year", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("Tourists sent to the coast are given a guide.", []),
    # the name of an act rejected denies the act
    ('The ministry rejected the term "forced repatriation" outright.',
     [('rejected the term "forced repatriation"', "repatriation", "restrictive", "denied")]),
    ("The minister rejected the terms of the trade agreement.", []),
    # a state's answer states its stance
    ("Beijing's reply was that the women had come for work and were not refugees.",
     [("were not refugees", "residency_legal_status", "restrictive", "reported_fact")]),
    ("Her answer was that they are refugees.", []),
    # routine checks of vehicles control movement; stopping a bus of people is an arrest
    ("Police stop buses and taxis on the roads out of the border counties.",
     [("stop buses", "border_control", "restrictive", "reported_fact")]),
    ("Police stopped a minibus carrying eleven North Koreans outside Yanji.",
     [("stopped a minibus", "detention_arrest", "restrictive", "reported_fact")]),
    # a notice's articles: residents' duty to report people, rewards for tips
    ("Art. 4: Anyone who finds a person who has crossed the border illegally shall report to the"
     " public security organs.",
     [("shall report", "other", "restrictive", "reported_fact")]),
    ("Villagers who give information on illegal crossers will be rewarded with 1,000 yuan.",
     [("will be rewarded", "other", "restrictive", "reported_fact")]),
    ("The police must report to the prefecture within a day.", []),
    ("Students who provide answers shall be rewarded.", []),
    # time spent in custody is custody; a term in a penal camp is a punishment
    ("She spent 40 days in a police cell in Yanji.",
     [("spent 40 days in a police cell", "detention_arrest", "restrictive", "reported_fact")]),
    ("He spent three years in a labour camp after his return.",
     [("spent three years in a labour camp", "labeling_criminalization", "restrictive",
       "reported_fact")]),
    ("They spent a week in a hotel in Dandong.", []),
    ("Refugees spent months in a UN camp in Thailand.", []),
    ("The guards spent a month in the camp.", []),
    # security in the border areas is the border's
    ("Security in the border areas is stepped up before every party congress.",
     [("Security in the border areas is stepped up", "border_control", "restrictive",
       "reported_fact")]),
    ("Security in the capital was tightened for the summit.", []),
    # a ride taken north returns people; one to a third country lets them go
    ("The Thai police put her on a flight to Seoul.",
     [("put her on a flight", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    ("In June the five were put on a train north.",
     [("were put on a train north", "repatriation", "restrictive", "reported_fact")]),
    ("They put the boxes on a train north.", []),
    # a state's reply that no one was returned denies the returns
    ("Beijing's reply is that no North Korean has been returned against his will.",
     [("has been returned", "repatriation", "restrictive", "denied")]),
    ("Her view is that nobody was arrested at the match.", []),
    # a sentence to one of the North's penal camps punishes; a prison term is custody
    ("She was sentenced to ten months in a labour-training camp in Chongjin.",
     [("was sentenced to ten months in a labour-training camp", "labeling_criminalization",
       "restrictive", "reported_fact")]),
    ("The court sentenced the smuggler to three years in prison.",
     [("sentenced", "detention_arrest", "restrictive", "reported_fact")]),
    # checks of homes and papers are inspections (other); checks of traffic control movement
    ("Police in the villages carry out house-to-house document checks.",
     [("carry out house-to-house document checks", "other", "restrictive", "reported_fact")]),
    ("County police have stepped up household checks in the villages.",
     [("have stepped up household checks", "other", "restrictive", "reported_fact")]),
    ("Officers conduct identity checks on every bus leaving Yanji.",
     [("conduct identity checks", "border_control", "restrictive", "reported_fact")]),
    ("Health officials conduct checks on school buses every term.", []),
    ("Fire officers carried out checks of homes in the district for faulty smoke alarms.", []),
    ("Police have stepped up identity checks.",
     [("have stepped up identity checks", "border_control", "restrictive", "reported_fact")]),
    ("Police have stepped up identity checks on buses and trains.",
     [("have stepped up identity checks", "border_control", "restrictive", "reported_fact")]),
    ("Engineers carried out checks on the bridge's cables.", []),
    # people called a label, however the parser joined them to it
    ("State radio called the women traitors.",
     [("called the women traitors", "labeling_criminalization", "restrictive", "reported_fact")]),
    ("The article called the women heroes.", []),
    ("He called the border guards traitors.", []),
    # a status conferred is a status given
    ("South Korea confers citizenship on every North Korean who reaches its territory.",
     [("confers citizenship", "residency_legal_status", "protective", "reported_fact")]),
    ("The university conferred a degree on her.", []),
    # what the review of this session's rules found, each now read as it should be
    ("Anyone who finds a lost dog must report it to the police.", []),
    ("Students who give the correct name will be rewarded with a prize.", []),
    ("Citizens who provide information leading to the capture of North Koreans shall be rewarded.",
     [("shall be rewarded", "other", "restrictive", "reported_fact")]),
    ("The union rejected the terms of the return-to-work deal.", []),
    ("Teachers rejected the notion that parents should pay for the trip.", []),
    ("The council tightened parking rules in the river district.", []),
    ("The UN asked China not to release the detainees to Pyongyang.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The judge upheld the appeal of the immigration lawyer against the parking fine.", []),
    ("The court upheld the refusal of his request for protection from his landlord.", []),
    ("The court dismissed the government's appeal against the grant of refugee status to Kim.",
     [("dismissed the government's appeal", "residency_legal_status", "protective",
       "reported_fact"),
      ("the government's appeal", "diplomatic_request_protest", "protective", "denied")]),
    ("Officials put the students on a flight back to Beijing.",
     [("put", "other", "neutral", "reported_fact")]),
    ("The airline put them on a flight to Seoul after the cancellation.", []),
    ("He spent two years in the police force before joining the team.", []),
    ("He spent five years in prison for fraud before becoming a coach.", []),
    ("They were given 15 years for betraying state secrets.", []),
    ("Women returned from China are given three months of free housing.", []),
    ("The women were sentenced to six months in a labour camp for theft.",
     [("were sentenced", "detention_arrest", "restrictive", "reported_fact")]),
    ("Police now routinely stop buses on the highway.",
     [("routinely stop buses", "border_control", "restrictive", "reported_fact")]),
    # (thirteenth session) a release or a halt refused keeps people held, or returns going
    ("Immigration officials have refused to release a pregnant detainee.",
     [("to release", "detention_arrest", "restrictive", "reported_fact")]),
    ("The court declined to free the two women on bail.",
     [("to free", "detention_arrest", "restrictive", "reported_fact")]),
    ("Police released the two women on Friday.",
     [("released", "detention_arrest", "protective", "reported_fact")]),
    ("The province refused to stop the deportations.",
     [("to stop the deportations", "repatriation", "restrictive", "reported_fact")]),
    ("The province has stopped the deportations.",
     [("has stopped the deportations", "repatriation", "protective", "reported_fact")]),
    ("The zoo refused to release the bears into the wild.", []),
    # a status told with 'added', 'noted', 'argued': the official's claim
    ("The ministry added that people who enter China illegally are not refugees.",
     [("are not refugees", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("A spokesman noted that the women were economic migrants.",
     [("were economic migrants", "residency_legal_status", "restrictive", "claimed_by_source")]),
    ("The embassy argued that the men had been detained lawfully.",
     [("had been detained lawfully", "detention_arrest", "restrictive", "claimed_by_source")]),
    ("The agency repeated its request for access to the women held in Tumen.",
     [("The agency repeated its request", "diplomatic_request_protest", "neutral",
       "reported_fact")]),
    # a border guarded or its fencing bolstered; not a museum's guards
    ("Soldiers are guarding every stretch of the border river.",
     [("are guarding every stretch", "border_control", "restrictive", "reported_fact")]),
    ("China has bolstered fencing along the Tumen.",
     [("has bolstered fencing", "border_control", "restrictive", "reported_fact")]),
    ("Security guards guard the museum day and night.", []),
    # a witness's own custody: 'me', 'my', 'our'
    ("The guards took our fingerprints again.",
     [("took our fingerprints", "other", "restrictive", "reported_fact")]),
    ("The police took me to the station in Tumen.",
     [("took me to the station", "detention_arrest", "restrictive", "reported_fact")]),
    ("The company sent me to Shanghai for training.", []),
    # a return being prepared by officials; not a school's transfer of pupils
    ("Police are preparing another large transfer of North Koreans.",
     [("are preparing another large transfer", "repatriation", "restrictive", "reported_fact")]),
    ("The school is preparing the transfer of pupils to the new campus.", []),
    # numbers of people sent back, with no destination named; not tickets or staff
    ("Before the pandemic, China sent back hundreds a year.",
     [("sent", "repatriation", "restrictive", "reported_fact")]),
    ("Police sent back 40 last month.",
     [("sent", "repatriation", "restrictive", "reported_fact")]),
    ("The club sent back hundreds of tickets.", []),
    ("Police sent back the staff after the drill.", []),
    # people pushed or despatched back; people seized or hauled off; people blocked from leaving
    ("They were pushed back across the Tumen.",
     [("were pushed back across the Tumen", "repatriation", "restrictive", "reported_fact")]),
    ("The authorities despatched the escapees back to their homeland.",
     [("despatched", "repatriation", "restrictive", "reported_fact")]),
    ("The crowd pushed back against the police.", []),
    ("Security agents seized the group at a safe house.",
     [("seized", "detention_arrest", "restrictive", "reported_fact")]),
    ("Officers hauled the men off a train near Tonghua.",
     [("hauled", "detention_arrest", "restrictive", "reported_fact")]),
    ("The rebels seized the town.", []),
    ("Beijing blocked the women from leaving for South Korea.",
     [("blocked the women from leaving", "exit_transfer_to_third_country", "restrictive",
       "reported_fact")]),
    ("The court blocked the company from leaving the market.", []),
    # a recognition refused or stopped is a status withheld
    ("Beijing refuses to recognise them as refugees.",
     [("to recognise them as refugees", "residency_legal_status", "restrictive",
       "reported_fact")]),
    ("China has stopped treating them as refugees.",
     [("treating them as refugees", "residency_legal_status", "restrictive", "reported_fact")]),
    ("China recognised the five as refugees.",
     [("recognised the five as refugees", "residency_legal_status", "protective",
       "reported_fact")]),
    # a protest against returns speaks for the people; a demand for their return does not
    ("Seoul protested the deportation of the nine.",
     [("protested", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Japan criticised the forced returns.",
     [("criticised", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Pyongyang demanded their return.",
     [("demanded", "diplomatic_request_protest", "restrictive", "reported_fact")]),
    # travel documents and safe passage given to people; not a ship's passage
    ("China provided them with travel documents.",
     [("provided them with travel documents", "exit_transfer_to_third_country", "protective",
       "reported_fact")]),
    ("The five were granted safe passage to Seoul.",
     [("were granted safe passage", "exit_transfer_to_third_country", "protective",
       "reported_fact")]),
    ("The ship was granted passage through the canal.", []),
    # expelled from a body is no return; expelled from a country is
    ("He was expelled from university.", []),
    ("China expelled the nine from the country.",
     [("expelled", "repatriation", "restrictive", "reported_fact")]),
    # a condition opened by 'Should' or 'Were' reports no act
    ("Were they to be sent back, they would face prison.", []),
    ("Should China return them, Seoul will protest.",
     [("will protest", "diplomatic_request_protest", "protective", "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
