"""HTML -> visible text: chrome kept, scripts and styles gone, entities decoded, blocks on their own lines."""

from pathlib import Path

from desktop.domain.extract import extract_html

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "article.html"


def page():
    return extract_html(FIXTURE.read_text(encoding="utf-8"))


def test_page_chrome_stays_as_text():
    lines = page().text.splitlines()
    for chrome in ("Home", "Criptovalute", "Intelligenza artificiale", "© 2025 KEY Difference Wire",
                   "Torna in alto"):
        assert chrome in lines


def test_scripts_styles_comments_and_hidden_containers_are_dropped():
    text = page().text
    for hidden in ("SCRIPT-MUST-NOT-APPEAR", "trackingMarker", "font-family", "hidden-style-marker",
                   "COMMENT-MUST-NOT-APPEAR", "NOSCRIPT-MUST-NOT-APPEAR", "TEMPLATE-MUST-NOT-APPEAR",
                   "SVG-MUST-NOT-APPEAR", "SVG-TEXT-MUST-NOT-APPEAR", "JSONLD-MUST-NOT-APPEAR"):
        assert hidden not in text


def test_entities_are_decoded_and_inline_white_space_collapsed():
    text = page().text
    assert "Meta Platforms è in trattative per investire oltre 10\u00a0miliardi di dollari in Scale\u00a0AI, " \
           "secondo Bloomberg." in text.splitlines()
    assert "Ricerca & sviluppo: l’accordo — se chiuso — sarebbe tra i più grandi." in text.splitlines()
    assert "&amp;" not in text and "&egrave;" not in text and "&nbsp;" not in text


def test_br_lists_headings_and_table_rows_become_lines():
    lines = page().text.splitlines()
    i = lines.index("Prima riga")
    assert lines[i:i + 3] == ["Prima riga", "Seconda riga", "Terza riga"]
    j = lines.index("Investimento: 49%")
    assert lines[j + 1] == "Valutazione: 29 miliardi"
    assert "Meta investirà oltre 10 miliardi di dollari in Scale AI" in lines
    assert "Società Quota" in lines and "Meta 49%" in lines
    assert "" not in lines  # no empty lines from indentation between blocks


def test_pre_keeps_its_white_space():
    assert "  codice   con\n    spazi" in page().text


def test_page_metadata():
    p = page()
    assert p.title == "Meta investirà oltre 10 miliardi di dollari in Scale AI"  # the h1, without " | site"
    assert p.outlet == "KEY Difference Wire"
    assert p.author == "Redazione & Agenzie"
    assert p.url == "https://example.org/news/meta-scale-ai"  # canonical wins over og:url
    assert p.published == "2025-06-10"  # article:published_time wins over <time>
    assert p.language == "it"


def test_metadata_fallbacks():
    html = ("<html lang='pt_BR'><head><title> Só o título </title>"
            "<meta property='og:url' content='https://example.org/og'></head>"
            "<body><h1>Outro</h1><p>Publicado em <time datetime='2025-06-13T10:00Z'>13/6</time></p></body></html>")
    p = extract_html(html)
    assert p.title == "Só o título"  # the h1 is not part of the <title>: the <title> stays
    assert p.url == "https://example.org/og"
    assert p.published == "2025-06-13"
    assert p.language == "pt"


def test_title_from_h1_when_there_is_no_title_and_bad_dates_are_ignored():
    p = extract_html("<body><h1>  Scale   AI </h1><time datetime='giovedì'>ieri</time><p>testo</p></body>")
    assert p.title == "Scale AI"
    assert p.published == ""
    assert p.language == ""
    assert p.text == "Scale AI\nieri\ntesto"


def test_a_missing_head_end_tag_does_not_hide_the_body():
    p = extract_html("<html><head><title>T</title><body><p>Visibile</p></body></html>")
    assert p.text == "Visibile"
    assert p.title == "T"


def test_inline_elements_do_not_add_or_lose_spaces():
    p = extract_html("<p>Scale<b>AI</b> e <i>Meta</i>,  <a href='#'>OpenAI</a>\n  dopo</p>")
    assert p.text == "ScaleAI e Meta, OpenAI dopo"


def test_script_with_markup_inside_is_dropped_entirely():
    p = extract_html("<p>prima</p><script>document.write('<p>dentro</p>');</script><p>dopo</p>")
    assert p.text == "prima\ndopo"
