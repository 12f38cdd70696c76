"""Rule readings added in the fifteenth session (`policies-67`): a list of requests after
'calls upon the State party to:' whose items open in lower case, papers refused or granted by an
official told in a case list's participle, officials' border works told as building, custody
told in a row of passives, and exit itself refused or granted."""

import pytest

from nkreports import schema
from nkreports.facts.policy.combine import extract_policy_changes
from nkreports.nlp import with_text
from nkreports.pipeline import load_nlp
from nkreports.text import Body
from nkreports.truecase import parse

ITEMS = (
    "The Committee calls upon the State party to:\n"
    "(a) refrain from forcibly returning any person to the DPRK;\n"
    "(b) grant UNHCR access to all border areas;\n"
    "(c) allow those who wish to travel to the Republic of Korea to do so."
)

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # each item of an official's list is a request in the direction of what it asks; the
    # opening asks nothing more
    (ITEMS,
     [("refrain", "diplomatic_request_protest", "protective", "reported_fact"),
      ("grant", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("allow", "diplomatic_request_protest", "protective", "reported_fact")]),
    # an NGO's own list stays unread, item by item
    ("We call on the Chinese authorities to:\n(a) release the women held in Tumen;\n"
     "(b) allow them to leave.",
     [("call on the Chinese authorities", "diplomatic_request_protest", "neutral",
       "reported_fact")]),
    # papers an official refused or granted, told as a case list's field
    ("Case 4 | Exit permits refused by the provincial exit-entry bureau | Released after five "
     "months",
     [("permits refused", "exit_transfer_to_third_country", "restrictive", "reported_fact"),
      ("Released", "detention_arrest", "protective", "reported_fact")]),
    ("Temporary residence card application granted by Yanji police in 2019.",
     [("Temporary residence card application granted", "residency_legal_status", "protective",
       "reported_fact")]),
    ("Exit permits refused by her employer are no concern of the state.", []),
    ("A notice issued by the Ministry of Public Security ordered checks.", []),
    # border works told as building
    ("Since 2023 China has replaced the single chain-link fence along the Yalu with a double "
     "fence.",
     [("has replaced the single chain-link fence", "border_control", "restrictive",
       "reported_fact")]),
    ("Chinese border police bolted cameras onto poles along the river road.",
     [("bolted cameras", "border_control", "restrictive", "reported_fact")]),
    ("Farmers dug an irrigation ditch along the Tumen to water their rice.", []),
    ("The city is rebuilding the old bridge over the Yalu, which was bombed in 1950.", []),
    ("Beijing and Pyongyang renewed the border treaty in 2012.", []),
    ("A Chinese company expanded the Musan iron mine near the Tumen River in 2010.", []),
    ("North Korea has laid mines along the river.",
     [("has laid mines", "border_control", "restrictive", "reported_fact")]),
    ("Volunteers went to light the Broadway Bridge.", []),
    ("The company laid a new road to the border crossing.", []),
    # 'called back' is as often a phone call as a recall: no row
    ("Chinese police called the women back.", []),
    # a participle in a row of passives shares their subject
    ("Yoon was arrested in Yanji, held for four months in the Tumen detention centre and then "
     "sent back.",
     [("was arrested", "detention_arrest", "restrictive", "reported_fact"),
      ("held", "detention_arrest", "restrictive", "reported_fact"),
      ("sent", "repatriation", "restrictive", "reported_fact")]),
    ("The concert was cancelled, held over until next year.", []),
    # exit itself refused or granted
    ("Beijing refused exit to at least 11 others.",
     [("refused exit", "exit_transfer_to_third_country", "restrictive", "reported_fact")]),
    ("The authorities granted them exit to South Korea.",
     [("granted them exit", "exit_transfer_to_third_country", "protective", "reported_fact")]),
    ("Drivers took the exit to Yanji.", []),
    ("The bureau issued an exit ban on the activist's family.", []),
    ("Customs officials restored the passenger exit lane at the Dandong crossing.", []),
    ("The government cancelled its planned exit from the Tumen River development project.", []),
    # only the word that opens the list gives way to its items; a list mark is no subject
    ("South Korea urged China to stop repatriating the 600 detainees and recommended that "
     "Beijing:\n(a) grant UNHCR access to them;\n(b) allow them to travel to Seoul.",
     [("urged", "diplomatic_request_protest", "protective", "reported_fact"),
      ("grant", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("allow", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The Committee recommends that the State party:\n(i) end the practice of forced return;\n"
     "(ii) halt all returns.",
     [("end", "diplomatic_request_protest", "protective", "reported_fact"),
      ("halt", "diplomatic_request_protest", "protective", "reported_fact")]),
    # the papers, not the official's name; the application the participle is said of
    ("Interview request granted by the Exit-Entry Administration Bureau in Shenyang.", []),
    ("Hukou application for her daughter granted by Yanji police.",
     [("Hukou application for her daughter granted", "residency_legal_status", "protective",
       "reported_fact")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected


def test_the_opening_of_a_list_of_requests_is_no_row_of_the_model_either():
    nlp = load_nlp()
    doc = with_text(next(parse(nlp, [ITEMS])), ITEMS)
    article = schema.Article("t", ITEMS, Body.whole(ITEMS), None)
    rows = extract_policy_changes(doc, article, [], [])
    assert [r.mention for r in rows] == ["refrain", "grant", "allow"]
