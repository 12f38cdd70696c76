from datetime import date

import pytest

from nkreports.ingest import toplines


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("3 March 2021 Geneva", True),
        ("12 November 2015 Seoul – The ministry said it would answer the letter.", True),
        ("date 2022-08-19 Washington (Wire Service)", True),
        ("date 2022-08-19 By Jane Roe", True),
        ("3 March 2021 was a cold day on the river.", False),
        ("3 March 2021 The police arrested two men.", False),
        ("On 3 March 2021 Geneva hosted the talks.", False),
        ("Talks resumed in Geneva.", False),
    ],
)
def test_dated_head(line, expected):
    assert toplines.dated_head(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ferry service to the islands resumes - 2022-08-19", True),
        ("By Jane Roe · 19/08/2022 08:30", True),
        ("Talks resume on June 3, 2024", False),
        ("2022-08-19", False),
    ],
)
def test_closing_stamp(line, expected):
    assert toplines.closing_stamp(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2026", True),
        ("Press Briefing (4 March 2026)", True),
        ("Police detained six on March 4, 2026", False),
        ("Remarks on the anniversary of March 1, 1919", False),
        ("Press conference on the Tiananmen crackdown of June 4, 1989", False),
        ("Remarks: Kim was sentenced on 3 May 2020", False),
        ("The briefing on March 4, 2026 was cancelled after the minister fell ill.", False),
    ],
)
def test_dated_session(line, expected):
    assert toplines.dated_session(line) is expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["March", "2011", "Headline"], ([0, 1], date(2011, 3, 1))),
        (["Vol. 4 No. 3", "", "March", "", "2011", "Headline"], ([0, 2, 4], date(2011, 3, 1))),
        (["Issue 12, March 2011", "Headline"], ([0], date(2011, 3, 1))),
        (["Headline", "In March 2011 the river froze early."], None),
        (["Headline", "Body text."], None),
    ],
)
def test_issue_heading(lines, expected):
    assert toplines.issue_heading(lines) == expected
