"""Language identification: article and paragraph languages, unsupported and undetermined pages."""

from __future__ import annotations

from translate_summarize.article import Article, Paragraph
from translate_summarize.langid import detect, identify
from translate_summarize.settings import Settings

AR = "التقى الرئيس الروسي فلاديمير بوتين بالرئيس الأذربيجاني إلهام علييف، في العاصمة الطاجيكية دوشنبه، وناقشا حادث الطائرة."
SQ = "Presidentët rusë dhe azerbajxhanas, Vladimir Putin dhe Ilham Aliyev, u përqafuan në një takim informal në Dushanbe."
EN = "Russian President Vladimir Putin met his Azerbaijani counterpart Ilham Aliyev in Dushanbe, where they discussed the crash."
FR = "Le président russe Vladimir Poutine a rencontré son homologue azerbaïdjanais Ilham Aliev à Douchanbé, où les deux dirigeants ont discuté."
TR = "Rusya Devlet Başkanı Vladimir Putin, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Duşanbe'de bir araya geldi ve uçak kazasını görüştü."


def article(*texts: str, **kw: object) -> Article:
    paragraphs = tuple(Paragraph(text=t, source_lines=(i, i)) for i, t in enumerate(texts, 1))
    return Article(id="x", source_file="page.txt", paragraphs=paragraphs, **kw)  # type: ignore[arg-type]


def test_detect_names_supported_and_unsupported_languages() -> None:
    assert [detect(t)[0] for t in (AR, SQ, EN, FR, TR)] == ["ar", "sq", "en", "fr", "tr"]
    assert all(detect(t)[1] > 0.9 for t in (AR, SQ, EN, FR, TR))


def test_detect_restricted_to_candidates() -> None:
    lang, prob = detect(FR, ["ar", "sq", "en"])
    assert lang in {"sq", "en"} and 0 <= prob <= 1
    assert detect(FR)[0] == "fr"  # restricting a separate identifier left the broad one unchanged


def test_albanian_article() -> None:
    done = identify(article(SQ, SQ + " " + SQ), Settings())
    assert (done.status, done.lang) == ("ok", "sq")
    assert done.lang_confidence is not None and done.lang_confidence >= 0.99
    assert [p.lang for p in done.paragraphs] == ["sq", "sq"]


def test_mixed_page_article_language_by_letters_paragraphs_keep_their_own() -> None:
    done = identify(article(AR, EN, AR + " " + AR, "2025"), Settings())
    assert (done.status, done.lang) == ("ok", "ar")
    assert [p.lang for p in done.paragraphs] == ["ar", "en", "ar", "ar"]
    assert done.paragraphs[3].lang_confidence == done.lang_confidence  # short: inherited


def test_short_paragraphs_inherit_the_article_language() -> None:
    done = identify(article(SQ, "Foto: AP", "12.10.2025", SQ), Settings())
    assert [p.lang for p in done.paragraphs] == ["sq", "sq", "sq", "sq"]


def test_unsupported_language_is_skipped_with_code_and_confidence() -> None:
    done = identify(article(FR, FR), Settings())
    assert (done.status, done.stage, done.lang) == ("skipped", "langid", "fr")
    assert done.reason == "unsupported language 'fr' (confidence 1.00); supported: ar, sq, en"
    turkish = identify(article(TR), Settings())
    assert turkish.status == "skipped" and turkish.reason is not None
    assert turkish.reason.startswith("unsupported language 'tr' (confidence ")


def test_supported_languages_come_from_settings() -> None:
    done = identify(article(EN), Settings(languages=("ar", "sq")))
    assert (done.status, done.reason) == ("skipped", "unsupported language 'en' (confidence 0.98); supported: ar, sq")


def test_record_lang_hint_overrides_detection() -> None:
    done = identify(article(SQ, hints={"lang": "sq-AL"}), Settings())
    assert (done.status, done.lang, done.lang_confidence) == ("ok", "sq", 1.0)
    unsupported = identify(article(SQ, hints={"lang": "de"}), Settings())
    assert unsupported.status == "skipped"
    assert unsupported.reason == "unsupported language 'de' (from the record's lang field); supported: ar, sq, en"


def test_low_confidence_is_skipped_as_undetermined() -> None:
    done = identify(article("ok ok ok"), Settings(min_lang_confidence=0.99))
    assert (done.status, done.stage) == ("skipped", "langid")
    assert done.reason is not None and done.reason.startswith("language undetermined: best guess ")
    assert "below languages.min_confidence 0.99" in done.reason


def test_seed_languages(seed_files, gold) -> None:
    from translate_summarize.extract import extract_all

    expected = {a["file"]: a["lang"] for a in gold["articles"]}
    done = {a.source_file.rsplit("/", 1)[-1]: a for a in extract_all(seed_files, Settings())}
    assert {name: a.lang for name, a in done.items()} == expected
    assert all(a.status == "ok" and a.lang_confidence >= 0.99 for a in done.values())
