"""Inline English articles for the topic, brief and story tests (sumy-style: built from tuples of strings)."""

from __future__ import annotations

from typing import Sequence

from translate_summarize.article import Article, Paragraph, Segment


def make_article(
    article_id: str,
    title: str | None,
    paragraphs: Sequence[str],
    *,
    published: str | None = None,
    lang: str = "en",
    headings: Sequence[int] = (),
    status: str = "ok",
) -> Article:
    """A translated article: one paragraph and one English segment per string (``headings``: paragraph indices)."""
    paras = tuple(
        Paragraph(text=text, source_lines=(i + 2, i + 2), heading=i in headings, lang=lang) for i, text in enumerate(paragraphs)
    )
    segs = tuple(Segment(paragraph=i, source=text, en=text, origin="passthrough") for i, text in enumerate(paragraphs))
    return Article(
        id=article_id,
        source_file=f"{article_id}.txt",
        status=status,  # type: ignore[arg-type]
        lang=lang,
        title=title,
        title_en=title,
        published=published,
        paragraphs=paras,
        segments=segs,
    )


FLOOD = [
    ("flood-a", "Floods in Valencia kill dozens as torrential rain swamps towns",
     ["Flash floods in the Spanish region of Valencia have killed at least 62 people, emergency services said on Wednesday.",
      "Torrential rain overnight turned streets into rivers and swept cars away in the towns of Paiporta and Chiva.",
      "Rescue teams used helicopters to pull residents from rooftops as the floodwater rose.",
      "Spain's meteorological agency said a year's worth of rain fell in eight hours in Chiva."]),
    ("flood-b", "Valencia flood death toll rises as rescuers search for missing",
     ["The death toll from the Valencia floods rose to 95 on Thursday as rescuers searched for dozens of missing people.",
      "Torrential rain caused flash floods that swept through Paiporta, Chiva and other towns near Valencia.",
      "Prime Minister Pedro Sanchez declared three days of national mourning for the flood victims.",
      "Residents of Paiporta described the floodwater rising to the rooftops within minutes."]),
    ("flood-c", "Spain mourns flood victims in Valencia region",
     ["Spain began three days of mourning for the victims of the Valencia floods, the worst in decades.",
      "Rescuers in Paiporta and Chiva continued to search flooded garages and cars for the missing.",
      "The Valencia regional government was criticised for sending flood alerts to phones too late."]),
]
FINAL = [
    ("final-a", "Arsenal beat Chelsea 2-1 to win the FA Cup final at Wembley",
     ["Arsenal won the FA Cup on Saturday, beating Chelsea 2-1 in the final at Wembley Stadium.",
      "Striker Bukayo Saka scored the winning goal in the 78th minute after a Chelsea defensive error.",
      "Chelsea had equalised through Cole Palmer shortly after half-time.",
      "It is Arsenal's fifteenth FA Cup trophy, extending their record."]),
    ("final-b", "Saka strike settles FA Cup final as Arsenal edge Chelsea",
     ["Bukayo Saka's late goal gave Arsenal a 2-1 victory over Chelsea in the FA Cup final at Wembley.",
      "Cole Palmer had levelled the final for Chelsea early in the second half.",
      "Arsenal manager Mikel Arteta praised his players for their resilience in the Wembley final."]),
]
RATES = [
    ("rates-a", "European Central Bank cuts interest rates by a quarter point",
     ["The European Central Bank cut its deposit interest rate by a quarter point to 3.25 percent on Thursday.",
      "ECB President Christine Lagarde said inflation in the euro zone was slowing faster than expected.",
      "Economists expect the central bank to cut interest rates again in December."]),
    ("rates-b", "ECB lowers rates again as euro zone inflation eases",
     ["The ECB lowered its key interest rate for the third time this year as euro zone inflation eased.",
      "Christine Lagarde told reporters the central bank was not pre-committing to further rate cuts.",
      "The euro fell against the dollar after the ECB decision on interest rates."]),
]


def corpus(published: str | None = None) -> list[Article]:
    """The seven inline articles (three stories), all with the same date (or none)."""
    return [make_article(i, t, p, published=published) for i, t, p in FLOOD + FINAL + RATES]
