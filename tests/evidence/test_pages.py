"""Evidence pages: overlapping facts drawn exactly, report text escaped, stable anchors."""

import pandas as pd

from nkreports.evidence.pages import Mark, highlighted, report_page_html

RAW = "<b>In 2020 more than ten years</b> later"


def test_overlapping_marks_cut_into_pieces_that_name_every_fact():
    marks = [
        Mark(6, 30, "dates", "dates-6", "dates-6: kind=duration"),
        Mark(11, 30, "counts", "counts-11", "counts-11: low=10"),
    ]
    assert highlighted(RAW, marks) == (
        "&lt;b&gt;In "
        '<a class="fact" id="dates-6"></a>'
        '<span class="t-dates" data-facts="dates-6" title="dates-6: kind=duration">2020 </span>'
        '<a class="fact" id="counts-11"></a>'
        '<span class="t-counts t-dates" data-facts="dates-6 counts-11" '
        'title="dates-6: kind=duration\ncounts-11: low=10">more than ten years</span>'
        "&lt;/b&gt; later"
    )


def test_page_escapes_report_text_and_links_to_the_index():
    dates = pd.DataFrame(
        [
            {
                "report_id": "r",
                "start": 6,
                "end": 10,
                "mention": "2020",
                "kind": "year",
                "value": "2020",
                "granularity": "year",
                "tense": "",
                "note": "",
            }
        ]
    )
    report = {"report_id": "r", "file": "r.html", "title": "<script>x</script>", "status": "ok"}
    page = report_page_html(report, RAW, {"dates": dates}, "../index.html")
    assert "<script>x</script>" not in page
    assert "<title>Evidence: &lt;script&gt;x&lt;/script&gt;</title>" in page
    assert '<nav><a href="../index.html">' in page
    assert '<td><a href="#dates-6">6</a></td><td>2020</td>' in page
    assert "do not match" not in page
    assert page == report_page_html(report, RAW, {"dates": dates}, "../index.html")


def test_a_fact_whose_offsets_miss_its_mention_is_flagged():
    dates = pd.DataFrame(
        [
            {
                "report_id": "r",
                "start": 0,
                "end": 4,
                "mention": "2020",
                "kind": "year",
                "value": "2020",
                "granularity": "year",
                "tense": "",
                "note": "",
            }
        ]
    )
    page = report_page_html({"report_id": "r"}, RAW, {"dates": dates}, "../index.html")
    assert "(offsets do not match the text)" in page
