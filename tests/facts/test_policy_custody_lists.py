"""Rule readings added in the eighth session for issue 11: custody told as a place people are
in, a police station or security organ they are taken to, or held on after 'continue'; envoys
summoned by rank; barriers raised and lines of wire gone up at a border; appeals decided on
refugee grounds; offers to receive people; people's fingerprints taken; reports called groundless
however the parse attaches the word, and the act a denied report tells read as the denial's, not
as a row of its own; each item of an official's list of recommendations, now that list items
start sentences; inspections and patrols read only where a place or checkpoint is named."""

import pytest

# sentence -> every (mention, category, direction, certainty) the rules read in it
CASES = [
    # custody told as a place people are in, or are taken to
    ("They are in the State Security holding cells now.",
     [("are in the State Security holding cells",
       "detention_arrest", "restrictive", "reported_fact")]),
    ("The women are still in a police lockup in Tumen.",
     [("are still in a police lockup", "detention_arrest", "restrictive", "reported_fact")]),
    ("The documents are in a cell in the basement.",
     []),
    ("Six others continue to be held in Dandong.",
     [("to be held", "detention_arrest", "restrictive", "reported_fact")]),
    ("The police took him to the station in Yanji.",
     [("took him to the station", "detention_arrest", "restrictive", "reported_fact")]),
    ("Officials took the delegates to the railway station.",
     []),
    ("The three men were taken straight to the county State Security Department.",
     [("were taken straight to the county", "detention_arrest", "restrictive", "reported_fact")]),
    ("The case was taken to the UN Security Council.",
     []),
    ("The defectors were taken to the UN Security Council chamber.",
     []),
    # envoys summoned by rank are a protest
    ("Seoul summoned Chinese Ambassador Xing Haiming.",
     [("summoned Chinese Ambassador Xing Haiming",
       "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The ministry called in Chinese Ambassador Zhou Hanlin on Monday.",
     [("called in Chinese Ambassador Zhou Hanlin",
       "diplomatic_request_protest", "protective", "reported_fact")]),
    ("The coach summoned the team captain.",
     []),
    # barriers raised, and lines of wire gone up, at the border
    ("The fence along the river was raised by half a metre.",
     [("The fence along the river was raised", "border_control", "restrictive", "reported_fact")]),
    ("China has raised new fences along the Tumen.",
     [("has raised new fences", "border_control", "restrictive", "reported_fact")]),
    ("A third line of wire went up along the bank in June.",
     [("A third line of wire went up", "border_control", "restrictive", "reported_fact")]),
    ("The city raised its parking fees along the river.",
     []),
    # appeals decided on refugee grounds, offers to receive people, fingerprints taken
    ("The appeal is allowed on Refugee Convention grounds.",
     [("The appeal is allowed", "residency_legal_status", "protective", "reported_fact")]),
    ("The refugee board dismissed her appeal in May.",
     [("dismissed her appeal", "residency_legal_status", "restrictive", "reported_fact")]),
    ("The court dismissed the broker's appeal.",
     []),
    ("South Korea has offered to receive all 23 of them.",
     [("South Korea has offered to receive", "other", "protective", "reported_fact")]),
    ("The hotel offered to receive the guests early.",
     []),
    ("Police have been taking the fingerprints of North Korean women in the county.",
     [("have been taking the fingerprints", "other", "restrictive", "reported_fact")]),
    ("The clinic took blood samples of the patients.",
     []),
    # a report called groundless, however parsed; the act it tells is the denial's, not a row
    ("The foreign ministry called reports of mass arrests groundless.",
     [("called reports", "detention_arrest", "restrictive", "denied")]),
    ("The ministry called the reports accurate and said the rumours were false.",
     []),
    ("The ministry denied reports that 200 women had been returned.",
     [("denied reports", "repatriation", "restrictive", "denied")]),
    ("The ministry called reports that 200 women had been returned in October groundless.",
     [("called reports", "repatriation", "restrictive", "denied")]),
    # each item of an official's list of recommendations is a request, whatever its verb, and
    # even after an adverb, and the list's opening is then no row; a page's own list is none
    ("The Committee recommends that the State party:\n(a) Give UNHCR access to the border camps;\n"
     "(b) Let those who wish to travel to a third country do so;\n"
     "(c) Immediately halt the return of women.",
     [("Give", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("Let", "diplomatic_request_protest", "protective", "reported_fact"),
      ("Immediately halt", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Please share this story:\n(a) Give us your email;\n(b) Let us know what you think.",
     []),
    # an item whose verb is no request does not end the list: the items after it are read
    ("The Committee recommends that the State party:\n\n(a) Take note of the report;\n\n"
     "(b) Review the 1986 protocol on the return of border crossers;\n\n"
     "(c) Abolish the reward schemes for informing on North Koreans.",
     [("Review", "diplomatic_request_protest", "protective", "reported_fact"),
      ("Abolish", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Our newsletter:\n\n(a) Take a look at our site;\n\n(b) Review the returns of 2024.",
     []),
    # a list of another shape after an official's list is not his
    ("The Committee recommends that the State party:\n\n(a) Halt the removal of the women;\n\n"
     "1. Visit our website;\n\n2. Review your donations and give to the families today.",
     [("Halt", "diplomatic_request_protest", "protective", "reported_fact")]),
    # items labelled with roman numerals of any length are items of the same list
    ("The Special Rapporteur urges the Government to:\n\n(iii) Halt the removals of women;\n\n"
     "(iv) Grant UNHCR access to all North Koreans in detention.",
     [("Halt", "diplomatic_request_protest", "protective", "reported_fact"),
      ("Grant", "diplomatic_request_protest", "neutral", "reported_fact")]),
    # the parser makes 'Grant' a compound of 'access': those it names are still asked for
    ("The Special Rapporteur urges the Government to:\n\n(iii) Halt the removals of women;\n\n"
     "(iv) Grant UNHCR access to the women arrested in Tumen.",
     [("Halt", "diplomatic_request_protest", "protective", "reported_fact"),
      ("Grant", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("Our guide to the city:\n\n(iv) Grant yourself an afternoon at the detention museum.",
     []),
    # an NGO's own list of requests: its items ask, and nothing in them is an act reported
    ("Our coalition calls on the Chinese authorities to:\n\n1. Release those held in Tumen;"
     "\n\n2. Stop returning women to the North.",
     []),
    ("We, the undersigned organisations, ask you to:\n\n(a) Release the nine women detained in"
     " Tumen;\n\n(b) End the forced return of North Koreans.",
     []),
    ("Rights groups said:\n\n(a) Police detained nine women in Tumen;\n\n(b) Three were sent"
     " back.",
     [("detained", "detention_arrest", "restrictive", "reported_fact"),
      ("were sent back", "repatriation", "restrictive", "reported_fact")]),
    # the same, with lower-case items (whatever their tags) and items that name who is asked
    ("Amnesty International urges the Chinese authorities to:\n\n• refrain from returning any of"
     " the 14 to North Korea;\n\n• allow the group to leave for South Korea or another country.",
     [("urges", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("The groups call on:\n\n- the Chinese government to release the eleven held in Chongzuo;"
     "\n\n- the government of Vietnam to stop handing North Koreans back to Chinese police.",
     []),
    ("Rights groups said:\n\n- police detained nine women in Tumen;\n\n- three were sent back.",
     [("detained", "detention_arrest", "restrictive", "reported_fact"),
      ("were sent back", "repatriation", "restrictive", "reported_fact")]),
    # a clause with its own subject inside an NGO's item reports an act; one that begins with an
    # adverb is an item too; a list opened with no one asking is no NGO's
    ("Our network urges the Chinese government to:\n\n(a) Release the 40 women whom police"
     " arrested in Tumen on 3 May;\n\n(b) Immediately halt all forced returns.",
     [("arrested", "detention_arrest", "restrictive", "reported_fact")]),
    ("We call on China to:\n\n(a) Immediately release the women held in Tumen;\n\n(b) Immediately"
     " halt all forced returns.",
     [("call on China", "diplomatic_request_protest", "neutral", "reported_fact")]),
    ("It is recommended that the Government:\n\n(a) Release the women held in Tumen;\n\n(b) Halt"
     " all forced returns.",
     [("is recommended", "diplomatic_request_protest", "neutral", "reported_fact"),
      ("held", "detention_arrest", "restrictive", "reported_fact")]),
    # custody is not what people are kept in prayers for
    ("Please keep the women of Longjing in your prayers.",
     []),
    ("Police kept the women of Longjing in a cell in Tumen.",
     [("kept", "detention_arrest", "restrictive", "reported_fact")]),
    ("Police held nine women in the heart of Yanji.",
     [("held", "detention_arrest", "restrictive", "reported_fact")]),
    ("With the Olympics in mind, police held dozens of North Koreans.",
     [("held", "detention_arrest", "restrictive", "reported_fact")]),
    # the people who ask for help seek it: no state asks anything
    ("In Shenyang, two women who asked Seoul's consulate for help in January were turned away.",
     []),
    ("Of the 17 North Koreans who asked Sweden for protection last year, most came from Jilin.",
     []),
    ("South Korean consular staff asked the Chinese police to release the women.",
     [("asked", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("South Korea, which asked China to free the nine, said it would wait.",
     [("asked", "diplomatic_request_protest", "protective", "claimed_by_source")]),
    # a verb joined to the imperative is asked too, not done (and those it names are no act)
    ("The Committee recommends that the State party:\n\n(a) Halt the removal of the women"
     " and release those detained for crossing.",
     [("Halt", "diplomatic_request_protest", "protective", "reported_fact"),
      ("release", "diplomatic_request_protest", "protective", "reported_fact")]),
    ("Police halted the bus and released the women.",
     [("released", "detention_arrest", "protective", "reported_fact")]),
    # inspections and patrols named at a place, not every patrol
    ("When they travel, they are still subject to inspections at major checkpoints.",
     [("inspections at major checkpoints", "border_control", "restrictive", "reported_fact")]),
    ("They said it was a gas inspection.",
     []),
    ("The patrols cover the stretch from the crossing down to the bridge.",
     []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rule_readings(readings, text, expected):
    assert readings(text) == expected
