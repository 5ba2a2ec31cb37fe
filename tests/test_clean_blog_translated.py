"""Furniture of two page kinds: a news blog's post page (a blog host's post signature "Posted by X at
2:14 PM", an AdSense unit's label, a credit naming no source) and an outlet's page read through a
browser's machine translation (share buttons spelt out as phrases, a "Read more" list of links set in
the article, a newsletter sign-up box with its small print)."""

from __future__ import annotations

from translate_summarize.boilerplate import _is_dateish, _ticker_line, analyse, marker_family

from page_texts import HEADLINE, PROSE, body_texts, clean_page


def _page(*inside: str, after: tuple[str, ...] = ()) -> str:
    """A page: the headline, two paragraphs, ``inside`` (a block set in the article), two more, ``after``."""
    return "\n".join([
        "Harbour Daily", "", HEADLINE, "", PROSE[0], "", PROSE[1], "", *inside, "", PROSE[2], "", PROSE[3], "", *after,
        "", "Copyright 2018 Harbour Daily",
    ])


def test_an_adsense_label_inside_a_post_is_no_paragraph() -> None:
    assert body_texts(clean_page(_page("Ads by Google"))) == PROSE
    assert marker_family("إعلانات Google") == ("ad", "skip")


def test_a_blog_posts_signature_with_its_time_closes_no_paragraph_of_it() -> None:
    page = _page(after=("Posted by Jane Doe at 2:14 PM", "No comments:", "Labels: Politics, World"))
    assert body_texts(clean_page(page)) == PROSE
    assert _is_dateish("مرسلة بواسطة سارة العلي في 11:46 ص")
    assert _is_dateish("Postuar nga Arben Hoxha në 14:02")


def test_a_sentence_opening_with_posted_by_is_no_signature() -> None:
    assert not _is_dateish("Posted by the council at 10:00, the notice said the vote would be held next week.")


def test_share_buttons_spelt_out_as_phrases_are_a_share_row() -> None:
    for row in ("Share on Facebook Share on Twitter Send by email", "Ndaje në Facebook Ndaje në Twitter Dërgo me email",
                "شارك على فيسبوك شارك على تويتر أرسل بالبريد الإلكتروني"):
        assert marker_family(row) == ("share", "skip"), row


def test_a_sentence_naming_a_network_is_no_share_row() -> None:
    assert marker_family("Twitter on Tuesday said it would close the accounts") == (None, None)
    assert marker_family("Facebook and Twitter removed the posts on Friday") == (None, None)


def test_a_newsletter_box_set_in_the_article_is_no_paragraph() -> None:
    box = ("Sign up to our free newsletter", "Enter your email address", "Sign up", "Invalid email",
           "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. "
           "This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time. More info")
    assert body_texts(clean_page(_page(*box))) == PROSE


def test_the_newsletter_box_small_print_in_albanian_and_arabic() -> None:
    assert marker_family("Shkruani adresën tuaj të emailit")[0] == "subscribe"
    assert marker_family("Ne përdorim regjistrimin tuaj për të ofruar përmbajtje. Mund të çabonoheni në çdo kohë. "
                         "Më shumë informacion")[0] == "subscribe"
    assert marker_family("نستخدم اشتراكك لتقديم المحتوى. يمكنك إلغاء الاشتراك في أي وقت. مزيد من المعلومات")[0] == "subscribe"


def test_an_article_sentence_on_unsubscribing_is_kept() -> None:
    assert marker_family("Users can unsubscribe at any time, the company said on Tuesday.") == (None, None)


def test_a_read_more_list_of_links_inside_the_article_is_cut_and_the_article_goes_on() -> None:
    for label in ("READ MORE", "اقرأ أكثر"):
        page = _page(label, "- Voters in the north go to the polls in a referendum on the name.",
                     "• Local team wins the regional cup after a late goal")
        assert body_texts(clean_page(page)) == PROSE, label  # (the links went in, or the paragraphs above went out)


def test_a_credit_to_news_sites_names_no_source() -> None:
    page = _page(after=("المصدر: مواقع إخبارية",))
    assert clean_page(page).credited_source is None
    assert clean_page(_page(after=("Source: Reuters",))).credited_source == "Reuters"


def _ticker_page(ticker: str) -> str:
    return "\n".join([
        "Harbour Daily", "Independent news from the coast, every day", "Home News Politics World Sport", "",
        ticker, "", "Home » Politics", "Monday, October 1, 2018", HEADLINE, "", *[p for para in PROSE for p in (para, "")],
        "Posted by Jane Doe at 2:14 PM",
    ])


def test_a_news_ticker_run_together_on_one_line_is_neither_the_headline_nor_the_body() -> None:
    ticker = ("Latest The mayor says that the new bus lanes will be ready before the winter • The opposition says that "
              "the budget does not invest enough in the suburbs of the city")
    article = clean_page(_ticker_page(ticker))
    assert (article.title, body_texts(article)) == (HEADLINE, PROSE)  # (it was a paragraph, the menu above it the title)


def test_a_byline_with_a_bullet_is_no_ticker() -> None:
    assert not _ticker_line("By Jane Doe • 3 min read")
    assert _ticker_line("آخر الأخبار عاصفة تغلق الميناء الشمالي ليومين • الفريق المحلي يفوز بالكأس الإقليمية")


def test_a_blog_hosts_navbar_is_no_headline() -> None:
    page = "\n".join([
        "More Next Blog» Create Blog Sign In", "Harbour Daily", "Home", "News", "Sport", "", "Monday, October 1, 2018", HEADLINE, "",
        PROSE[0], "", "Copyright 2018 Harbour Daily",
    ])
    article = clean_page(page)
    assert (article.title, body_texts(article)) == (HEADLINE, PROSE[:1])
    assert marker_family("المزيد المدونة التالية» إنشاء مدونة تسجيل الدخول") == ("chrome", "skip")


def test_a_headline_naming_one_navbar_button_is_kept() -> None:
    assert marker_family("How to create blog posts that people read") == (None, None)


def test_a_dont_miss_label_announces_another_storys_headline() -> None:
    for label in ("Don't miss", "Mos humb", "لا تفوت"):
        assert marker_family(label) == ("read_also", "teaser"), label


STANDFIRST = "The council approved the budget after a long debate on the cost of the new bus lanes in the city centre"


def _meta_page(count: str) -> str:
    """A blog post: the theme's meta block (author, date, ``count``, caption) under the headline, an
    unpunctuated standfirst, a paragraph, the post's footer and a comment."""
    return "\n".join([
        "Harbour Daily", "Home News Politics World Sport", "", "Home » Politics", "Monday, October 1, 2018", HEADLINE,
        "Jane Doe", "October 1, 2018", count, "Photo: Reuters", "", STANDFIRST, "", PROSE[0], "",
        "Posted by Jane Doe at 2:14 PM", "2 comments:", "Anonymous said...", "Great news for the city, thank you.",
    ])


def test_a_comment_count_in_the_meta_block_under_the_headline_is_no_comments_section() -> None:
    article = clean_page(_meta_page("2 Comments"))
    assert (article.title, body_texts(article)) == (HEADLINE, [STANDFIRST, PROSE[0]])  # (the body began under it)


def test_a_comment_count_with_its_colon_still_heads_the_comments() -> None:
    lines = analyse(_meta_page("2 Comments"))
    counts = [(line.text, line.family, line.action) for line in lines if "omments" in line.text]
    assert counts == [("2 Comments", "counter", "skip"), ("2 comments:", "comments", "end")]


def test_a_one_sentence_post_between_the_meta_count_and_the_comments_head_is_the_post() -> None:
    page = "\n".join([
        "Harbour Daily", "Home News Politics World Sport", "", "Monday, October 1, 2018", HEADLINE, "Jane Doe",
        "October 1, 2018", "3 Comments", "", PROSE[0], "", "Posted by Jane Doe at 2:14 PM", "3 comments:",
        "Anonymous said...", "Great news for the city, thank you.",
    ])
    assert body_texts(clean_page(page)) == PROSE[:1]  # (the two counts framed it as a box)


def test_a_read_more_list_neither_breaks_nor_ends_a_short_article() -> None:
    page = "\n".join([
        "Harbour Daily", "", HEADLINE, "", PROSE[0], "", PROSE[1], "", "READ MORE",
        "• Voters in the north go to the polls in a referendum on the name.", "- Local team wins the regional cup after a late goal",
        "• Prices of bread rise again in the capital for the third month", "", PROSE[2], "", "Advertisement", "", PROSE[3], "",
        "Topics", "Politics", "", "Copyright 2018 Harbour Daily",
    ])
    assert body_texts(clean_page(page)) == PROSE  # (the list counted against the article, which ended above it)


OTHER_STORY = [
    "Storm closes the northern port for two days",
    "A storm with winds of 120 kilometres an hour closed the northern port on Sunday, the harbour master said.",
    "Ferries to the islands were cancelled and fishing boats stayed in the harbour until the wind dropped.",
    "Forecasters expect the storm to move east on Tuesday, bringing heavy rain to the mountains.",
    "Three roads along the coast were closed after waves flooded them overnight, the police said.",
]
SHORT_LEAD = "Mayor Anna Berg opens a series of public meetings on the budget tonight."


def _short_article_then_teaser(label: str) -> str:
    return "\n".join([
        "Harbour Daily", "News", "Sport", "", HEADLINE, "By Jane Doe", "09:12, Monday, 1 October 2018", "", SHORT_LEAD, "",
        PROSE[1], "", label, OTHER_STORY[0], "", *[p for text in OTHER_STORY[1:] for p in (text, "")],
        "Topics", "Politics", "", "Copyright 2018 Harbour Daily",
    ])


def test_a_read_more_under_a_short_article_announces_the_next_story_and_does_not_close_a_teaser() -> None:
    for label in ("Read more", "Lexo më shumë"):
        article = clean_page(_short_article_then_teaser(label))
        # (its short lead, a sentence of fifteen words at most, was read as a teaser's headline closed by the link)
        assert (article.title, body_texts(article)) == (HEADLINE, [SHORT_LEAD, PROSE[1]]), label


def test_a_headline_or_sentence_opening_with_dont_miss_is_the_articles() -> None:
    for line in ("Don't miss the Perseids: meteor shower peaks this weekend", "Mos humbisni afatin, u tha ministrja studentëve.",
                 "لا تفوت فرصة لقاء الكتاب، هكذا دعت اللجنة الزوار."):
        assert marker_family(line) == (None, None), line


def test_a_quoted_sign_up_prompt_and_a_reported_promise_are_sentences() -> None:
    assert marker_family('"Enter your email and card number to rearrange delivery," the page says.') == (None, None)
    assert marker_family("The retailer told customers they could unsubscribe at any time, but few had given consent.") == (None, None)


def test_results_between_bullets_without_a_ticker_label_are_no_ticker() -> None:
    assert not _ticker_line("Tirana mundi Vllaznian 2-1 në shtëpi • Partizani barazoi 0-0 me Kukësin • Teuta humbi 1-0 në Laç")


def test_sentences_opening_with_a_new_label_phrase_are_the_articles() -> None:
    for line in ("«اقرأ أكثر» هو شعار الحملة التي ستوزع مئة ألف كتاب مجانا.", "Postime të ngjashme u shpërndanë edhe nga llogari të tjera."):
        assert marker_family(line) == (None, None), line
    assert marker_family("Postime të ngjashme") == ("related", "end")


def test_an_articles_own_points_under_read_more_are_kept() -> None:
    page = _page("Read more", "• The wing has 40 beds and six resuscitation rooms.", "• It will be staffed by 120 nurses and 30 doctors.")
    body = body_texts(clean_page(page))
    assert "• The wing has 40 beds and six resuscitation rooms." in body and "• It will be staffed by 120 nurses and 30 doctors." in body


def test_a_signature_shaped_subheading_between_sentences_is_kept() -> None:
    page = _page("Posted by an anonymous user at 11:52 PM")
    assert "Posted by an anonymous user at 11:52 PM" in body_texts(clean_page(page))
