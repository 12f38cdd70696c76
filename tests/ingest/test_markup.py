from pathlib import Path

import pytest

from nkreports.ingest import markup
from nkreports.text import Body

FIXTURES = Path(__file__).parents[1] / "fixtures" / "reports"
SAVED_PAGE = (FIXTURES / "saved_page.html").read_text(encoding="utf-8")


def test_saved_page_visible_text():
    assert markup.html_body(SAVED_PAGE).text == (
        "Police in Yanji search homes of defectors\u2019 relatives\n\n"
        "By Jane Doe\n\n"
        "June 3, 2024 at 10:00AM\n\n"
        "Police in Yanji have searched the homes of relatives of North Korean defectors, "
        "a source told Example News & its partners.\n\n"
        "\u201cThey came twice in one week,\u201d the source said.\n"
        "The searches began in May."
    )


def test_verbatim_segments_copy_the_source():
    body = markup.html_body(SAVED_PAGE)
    for seg in body.segments:
        text = body.text[seg.body_start : seg.body_start + seg.body_len]
        if seg.body_len == seg.raw_len and not text.isspace():
            assert SAVED_PAGE[seg.raw_start : seg.raw_start + seg.raw_len] == text


@pytest.mark.parametrize(
    ("mention", "raw"),
    [
        ("\u2019", "&#8217;"),
        ("&", "&amp;"),
        ("\u201c", "&ldquo;"),
        ("Example News", "Example&nbsp;News"),
        ("relatives of North Korean defectors", "relatives of North Korean defectors"),
        ("defectors,\n     a source", "defectors,\n     a source"),
    ],
)
def test_entities_and_spaces_map_to_their_whole_source(mention, raw):
    body = markup.html_body(SAVED_PAGE)
    squeezed = " ".join(mention.split())
    start = body.text.index(squeezed)
    raw_start, raw_end = body.to_raw(start, start + len(squeezed))
    assert SAVED_PAGE[raw_start:raw_end] == raw


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<nav>Home</nav><p>Kept</p>", "Kept"),
        (
            "<header>Site</header><article><header><h1>Title</h1></header><p>A</p></article>",
            "Title\n\nA",
        ),
        ("<p>One</p><footer><p>Copyright</p></footer>", "One"),
        ("<p>a<script>x = '<p>no</p>';</script>b</p>", "ab"),
        ("<aside><ul><li>Other<li>Story</ul></aside><p>Body</p>", "Body"),
        ("<p>x &lt; y &unknown; z</p>", "x < y &unknown; z"),
        ("<p>line<br/>break</p>", "line\nbreak"),
        ("<div><p>nested</p></div><p>next</p>", "nested\n\nnext"),
        ("plain text, no tags", "plain text, no tags"),
        ("", ""),
    ],
)
def test_html_body_cases(html, text):
    assert markup.html_body(html).text == text


def test_select_keeps_the_raw_map():
    raw = "<p>caf&eacute; au lait</p><p>second</p>"
    body = markup.html_body(raw)
    picked = markup.select(body, [(0, 4), (len(body.text) - 6, len(body.text))])
    assert picked.text == "café" + "second"
    assert raw[slice(*picked.to_raw(0, 4))] == "caf&eacute;"
    assert raw[slice(*picked.to_raw(4, 10))] == "second"


def test_select_on_a_plain_text_body_is_from_spans():
    raw = "alpha\nbeta\ngamma\n"
    spans = [(0, 6), (11, 17)]
    assert markup.select(Body.whole(raw), spans) == Body.from_spans(raw, spans)


def test_split_lines_keeps_crlf_offsets():
    text = "one\r\n\r\ntwo\nthree"
    lines = markup.split_lines(text)
    assert [(ln.start, ln.end, ln.stop, ln.text) for ln in lines] == [
        (0, 3, 5, "one"),
        (5, 5, 7, ""),
        (7, 10, 11, "two"),
        (11, 16, 16, "three"),
    ]
    assert all(text[ln.start : ln.end] == ln.text for ln in lines)


def test_html_page_reads_the_first_visible_h1():
    page = '<h1 class="t">China&nbsp;returns <em>six</em>\n women</h1><h1>Second</h1>'
    assert markup.html_page(page)[1] == "China returns six women"
    assert markup.html_page("<p>No heading here</p>")[1] == ""
    # not in the head, a script, a comment or the page's header chrome
    hidden = (
        "<head><title>x</title></head><script>var s = '<h1>Script</h1>';</script>"
        "<!-- <h1>Commented out</h1> --><header><h1>Site Name Here</h1></header>"
        "<article><h1>Police hold eleven in Yanji</h1><p>Text.</p></article>"
    )
    assert markup.html_page(hidden)[1] == "Police hold eleven in Yanji"
