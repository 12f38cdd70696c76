"""RSS and Atom feeds saved as .xml: their items' text, mapped to the raw file, and their date."""

from datetime import date

import pytest

from nkreports.ingest import reports
from nkreports.ingest.feeds import EMPTY_FEED, NOT_A_FEED, feed_dates, feed_page

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>River Watch</title>
  <link>https://watch.example/</link>
  <description>Notes from the Tumen.</description>
  <pubDate>Fri, 08 Nov 2024 07:30:00 +0900</pubDate>
  <lastBuildDate>Sat, 09 Nov 2024 10:00:00 +0900</lastBuildDate>
  <item>
    <title>Two women held in Longjing</title>
    <link>https://watch.example/1</link>
    <guid>watch-1</guid>
    <pubDate>Thu, 07 Nov 2024 18:00:00 +0900</pubDate>
    <description>Police in Longjing held two women from the North on Wednesday.</description>
  </item>
  <item>
    <title>Ministry &amp; the fence</title>
    <description><![CDATA[<p>The county has put up <b>new cameras</b>.</p>
<p>Work ends in May.</p>]]></description>
  </item>
  <item>
    <title>Escaped markup</title>
    <description>&lt;p&gt;Guards sent three men back.&lt;/p&gt;
&lt;p&gt;More soon.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Border Briefs</title>
  <updated>2024-05-02T09:00:00Z</updated>
  <published>2024-05-01T08:00:00Z</published>
  <entry>
    <title>Returns resume</title>
    <updated>2024-04-30T08:00:00Z</updated>
    <summary>China returned forty people through Dandong, a monitor said.</summary>
  </entry>
</feed>
"""


def _mapped(text: str, source: str, phrase: str) -> str:
    body, _ = feed_page(source)
    start = body.text.index(phrase)
    raw_start, raw_end = body.to_raw(start, start + len(phrase))
    return source[raw_start:raw_end]


def test_feed_text_is_titles_and_descriptions_not_links_or_dates():
    body, title = feed_page(RSS)
    assert title == "River Watch"
    assert "Police in Longjing held two women from the North on Wednesday." in body.text
    assert "https://" not in body.text and "watch-1" not in body.text and "2024" not in body.text
    assert "Ministry & the fence" in body.text


@pytest.mark.parametrize(
    ("phrase", "raw"),
    [
        ("held two women", "held two women"),
        ("new cameras", "new cameras"),  # inside CDATA, its <b> dropped
        ("Guards sent three men back.", "Guards sent three men back."),  # escaped markup
        ("Ministry & the", "Ministry &amp; the"),
    ],
)
def test_feed_text_maps_to_the_raw_file(phrase, raw):
    assert _mapped(phrase, RSS, phrase) == raw


def test_html_inside_an_item_splits_paragraphs_at_its_block_tags():
    body, _ = feed_page(RSS)
    assert "new cameras.\n\nWork ends in May." in body.text  # paragraphs, as in a saved page
    assert "Guards sent three men back.\n\nMore soon." in body.text
    assert "&lt;" not in body.text and "<p>" not in body.text


def test_each_item_is_a_paragraph():
    body, _ = feed_page(RSS)
    assert "Wednesday.\n\nMinistry & the fence" in body.text


def test_feed_dates_are_the_channels_own_not_its_items():
    found = {(m.kind, m.value) for m in feed_dates(RSS)}
    assert found == {("published", date(2024, 11, 8)), ("updated", date(2024, 11, 9))}
    atom = {(m.kind, m.value) for m in feed_dates(ATOM)}
    assert atom == {("published", date(2024, 5, 1)), ("updated", date(2024, 5, 2))}


def test_a_feed_file_is_read_and_dated(tmp_path):
    (tmp_path / "watch.xml").write_text(RSS, encoding="utf-8")
    loaded = reports.load_report(tmp_path / "watch.xml")
    assert loaded.report.status == "ok"
    assert loaded.report.published == "2024-11-08"
    assert loaded.report.published_evidence == "<pubDate>Fri, 08 Nov 2024 07:30:00 +0900</pubDate>"
    assert "an update stamp" in loaded.report.other_dates
    assert "held two women" in loaded.article.body.text
    assert [when for _, when in loaded.article.anchors] == [date(2024, 11, 7), None, None]


def test_an_atom_feed_is_read(tmp_path):
    (tmp_path / "briefs.xml").write_text(ATOM, encoding="utf-8")
    loaded = reports.load_report(tmp_path / "briefs.xml")
    assert loaded.report.published == "2024-05-01"
    assert "China returned forty people through Dandong" in loaded.article.body.text


def test_xml_that_is_no_feed_gets_a_clear_message(tmp_path):
    (tmp_path / "sitemap.xml").write_text(
        '<?xml version="1.0"?><urlset><url><loc>https://a.example/</loc></url></urlset>',
        encoding="utf-8",
    )
    loaded = reports.load_report(tmp_path / "sitemap.xml")
    assert NOT_A_FEED in loaded.report.problems
    assert loaded.article is None


FULL = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Yalu Notes</title>
  <image><title>Yalu Notes</title><url>https://yalu.example/logo.png</url></image>
  <item>
    <title>Returns</title>
    <description>Guards sent nine people back.</description>
    <content:encoded><![CDATA[<p>Guards sent nine people back on Friday.</p>]]></content:encoded>
  </item>
  <item>
    <title>Counts</title>
    <description>&lt;p&gt;Arrests fell to &lt; 20 a month.&lt;/p&gt;
&lt;script&gt;track(1);&lt;/script&gt;</description>
  </item>
  <pubDate><![CDATA[Mon, 11 Mar 2024 08:00:00 +0900]]></pubDate>
</channel>
</rss>
"""

XHTML = """<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>Two notes</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
<p>Police held two women.</p><p>Their families were questioned.</p></div></content></entry>
</feed>"""


def test_an_item_with_full_content_is_read_once_without_its_excerpt():
    body, _ = feed_page(FULL)
    assert body.text.count("Guards sent nine people back") == 1
    assert "Guards sent nine people back on Friday." in body.text


def test_an_image_title_is_no_text_and_an_escaped_less_than_sign_is():
    body, _ = feed_page(FULL)
    assert body.text.count("Yalu Notes") == 1
    assert "Arrests fell to < 20 a month." in body.text
    assert "track(1)" not in body.text  # an escaped script is dropped with its contents


def test_the_channel_date_may_follow_the_items_and_sit_in_cdata():
    (found,) = feed_dates(FULL)
    assert (found.kind, found.value) == ("published", date(2024, 3, 11))


def test_xhtml_content_splits_at_its_paragraphs():
    body, _ = feed_page(XHTML)
    assert "Police held two women.\n\nTheir families were questioned." in body.text


def test_a_feed_with_no_text_says_so(tmp_path):
    (tmp_path / "empty.xml").write_text(
        "<rss><channel><link>https://a.example/</link></channel></rss>", encoding="utf-8"
    )
    assert EMPTY_FEED in reports.load_report(tmp_path / "empty.xml").report.problems


def test_the_encoding_an_xml_declaration_names_is_used(tmp_path):
    head = '<?xml version="1.0" encoding="EUC-KR"?><rss><channel><title>'
    tail = "</title><item><description>Police detained three women in Yanji on Monday, "
    tail += "a church worker said, and the families were told.</description></item></channel></rss>"
    (tmp_path / "korean.xml").write_bytes(
        head.encode() + "북한 소식".encode("euc-kr") + tail.encode()
    )
    loaded = reports.load_report(tmp_path / "korean.xml")
    assert loaded.report.encoding == "euc_kr"
    assert "<title>북한 소식</title>" in loaded.article.raw


def test_a_feed_of_titles_alone_is_read_as_english(tmp_path):
    titles = [
        "China returns 40 North Koreans from Tumen",
        "Seoul protests Yanji raids",
        "Border fence extended near Hyesan",
        "Police step up Dandong hotel checks",
        "Families in Musan summoned over defections",
        "Workers recalled from Liaoning plants",
    ]
    items = "".join(f"<item><title>{t}</title></item>" for t in titles)
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Border desk</title>'
        f"<pubDate>Mon, 04 Mar 2024 09:00:00 +0900</pubDate>{items}</channel></rss>"
    )
    (tmp_path / "titles.xml").write_text(feed, encoding="utf-8")
    loaded = reports.load_report(tmp_path / "titles.xml")
    assert loaded.report.status == "ok"
    assert "Families in Musan summoned over defections" in loaded.article.body.text
