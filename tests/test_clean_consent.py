"""A consent dialog dumped with the page (above or under it) and a share button's text repeating the
headline are furniture: a short article keeps its own sentence and its own headline."""

from __future__ import annotations

import pytest

from translate_summarize.boilerplate import analyse
from translate_summarize.clean import extract_text

from page_texts import HEADLINE, PROSE

DIALOGS = {
    "en": [
        "harbournews.example asks for your consent to use your personal data to:",
        "Personalised advertising and content, advertising and content measurement, audience research and services development",
        "Store and/or access information on a device",
        "Learn more",
        "Your personal data will be processed and information from your device may be stored, accessed and shared with our partners.",
        "Manage options Consent Do not consent",
    ],
    "sq": [
        "harbournews.example kërkon pëlqimin tënd për të përdorur të dhënat e tua personale për:",
        "Reklama dhe përmbajtje të personalizuara, matje të reklamave dhe përmbajtjes",
        "Mëso më shumë",
        "Të dhënat e tua personale do të përpunohen dhe informacioni nga pajisja jote mund të ruhet dhe të lexohet.",
        "Menaxho opsionet Jep pëlqimin Mos jep pëlqimin",
    ],
    "ar": [
        "يطلب harbournews.example موافقتك على استخدام بياناتك الشخصية من أجل:",
        "الإعلانات والمحتوى المخصص، وقياس أداء الإعلانات والمحتوى",
        "مزيد من المعلومات",
        "قد تتم معالجة بياناتك الشخصية، ويمكن تخزين المعلومات المتعلقة بجهازك والوصول إليها.",
        "إدارة الخيارات الموافقة عدم الموافقة",
    ],
}


def _page(dialog: list[str], above: bool) -> str:
    page = ["Harbour News", "Home", "News", "", "Politics", HEADLINE, "30 September 2018", "", PROSE[0], "", "Related",
            "Ferry timetable changes from Monday", "© 2018 Harbour News", ""]
    return "\n".join([*dialog, "", *page] if above else [*page, *dialog, ""])


@pytest.mark.parametrize("lang", sorted(DIALOGS))
@pytest.mark.parametrize("above", [False, True])
def test_a_consent_dialog_is_no_article_of_a_short_page(lang: str, above: bool) -> None:
    raw = _page(DIALOGS[lang], above)
    found = extract_text(raw)
    lines = raw.split("\n")
    assert found.title == HEADLINE
    assert [lines[lo - 1] for lo, _ in found.body] == [PROSE[0]]  # (the dialog's notice is a real sentence)
    families = {line.text: line.family for line in analyse(raw)}
    assert all(families[text] == "consent" for text in DIALOGS[lang])


def test_an_articles_sentence_on_consent_and_personal_data_stays_body() -> None:
    sentence = "The regulator said on Monday that companies must ask for consent before they use personal data."
    raw = "\n".join(["Harbour News", "", HEADLINE, "30 September 2018", "", sentence, PROSE[1], "", *PROSE[2:], ""])
    assert all(line.family != "consent" for line in analyse(raw))
    found = extract_text(raw)
    assert len(found.body) == 4


def test_a_share_buttons_text_repeating_the_headline_is_no_title() -> None:
    for share in (f"Share: {HEADLINE} via @harbournews", f"Shpërndaje: {HEADLINE} via @harbournews"):
        raw = "\n".join(["Harbour News", "", "Politics", HEADLINE, "30 September 2018 - 19:10", share, *PROSE, "© 2018 Harbour News", ""])
        found = extract_text(raw)
        assert found.title == HEADLINE and found.title_line == 4
        assert next(line for line in analyse(raw) if line.text == share).family == "share"
