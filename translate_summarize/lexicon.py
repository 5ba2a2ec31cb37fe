"""Word lists for the page cleaner and the metadata finder (Arabic, Albanian, English).

Data only: stop words (function words whose density tells prose from menus), the phrase families
that mark page furniture, month names, and a small table of news agencies and outlets with their
Arabic/Albanian spellings. Phrases are written as people type them; :func:`boilerplate.normalise`
folds case, Arabic letter variants and diacritics before matching, so one spelling per variant
family is enough. Everything here is immutable.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

STOPWORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "en": frozenset(
            """a an the and or but if of to in on at by for from with as into about after before
            over under between through during against without within is are was were be been being
            has have had do does did will would shall should can could may might must not no it its
            this that these those there their they them he she his her we our you your who whom which
            what when where why how than then also only more most such so very said says while because
            since until both each other all any some one two""".split()
        ),
        "sq": frozenset(
            """e i të së në me për nga që se dhe ose por edhe nuk do ka kanë ishte janë është jam
            jemi ai ajo ata ato ne ju unë atë atij asaj tyre tij saj kjo ky këto këta ato kësaj këtij
            si sa kur ku pse mbi nën pas para deri gjatë pranë prej tek te ndaj duke pa u mund
            kishte kishin do tha thotë sipas ashtu gjithashtu vetëm më mos as apo cili cila cilat
            cilët një nëse pasi ndërsa teksa gjithë shumë kështu këtu atje tani po jo""".split()
        ),
        "ar": frozenset(
            """في من على إلى الى عن مع أن ان إن أو او ثم قد لقد لا لم لن ما هذا هذه ذلك تلك الذي
            التي الذين اللذين هو هي هم هما نحن كان كانت يكون تكون كما بعد قبل حيث بين خلال منذ عند
            حتى كل أي غير بل لكن إذا اذا وقد وفي ومن وعلى وأن وإن فإن بأن لأن أيضا ايضا فقط عبر نحو
            حول لدى ضد دون مثل وكان وهو وهي التي والتي الذي والذي بشأن عندما أمام تحت فوق ضمن إلا
            أنه أنها إنه إنها كانوا يكون بعض جميع أكثر قال وقال قالت وقالت يتم تم وتم""".split()
        ),
    }
)
"""Function words per language (lower case; Arabic as written, normalised before lookup)."""

SOURCE_LINKS: tuple[str, ...] = (
    "read the full story at", "read the full story on", "read the full story from", "read the full article at",
    "read the full article on", "read the original article", "read the story at the source", "read the story at",
    "continue reading at", "continue reading on", "read more at", "read more on",
    "اقرأ الخبر كاملا من المصدر", "اقرأ الخبر كاملا في المصدر", "اقرأ الخبر من المصدر", "اقرأ الخبر كاملا على",
    "اقرأ الخبر كاملا من", "اقرأ المقال كاملا من", "اقرأ المقال من المصدر", "اقرأ الخبر الأصلي", "اقرأ الخبر على موقع",
    "تابع الخبر كاملا من المصدر", "تابع الخبر من المصدر", "طالع الخبر كاملا من المصدر", "للمزيد من المصدر",
    "lexo lajmin e plote ne burim", "lexo lajmin e plote ne", "lexo lajmin e plote nga", "lexo lajmin ne burim",
    "lexo lajmin origjinal", "lexo artikullin e plote ne", "lexo artikullin origjinal", "vazhdo leximin ne",
)
"""An aggregator's or a repost's link to the story on its source's site ("Read the full story at
the source: X"): the article is over, and X is the outlet whose story it is."""

APP_BUTTONS: tuple[str, ...] = (
    "open the app", "open in the app", "open in app", "open app", "get the app", "download the app", "install the app",
    "use the app", "continue in the app", "فتح التطبيق", "افتح التطبيق", "حمل التطبيق", "تحميل التطبيق", "نزل التطبيق",
    "افتح في التطبيق", "hap aplikacionin", "hape ne aplikacion", "shkarko aplikacionin", "instalo aplikacionin",
)
"""The button of a site's or an aggregator's "read this in our app" banner (page chrome)."""
APP_WORDS: tuple[str, ...] = ("app", "application", "تطبيق", "التطبيق", "aplikacion", "aplikacionin", "aplikacioni")
"""Words naming an app: a short line with one, right over an :data:`APP_BUTTONS` button, is the banner's text."""

GUEST_NOTICES: tuple[str, ...] = (
    "if this is your first visit", "you may have to register before you can post", "you have to register before you can post",
    "اذا كانت هذه زيارتك الاولى", "إذا كانت هذه زيارتك الأولى", "ان كانت هذه زيارتك الاولى", "إن كانت هذه زيارتك الأولى",
    "عليك التسجيل قبل ان تتمكن من المشاركة", "nese kjo eshte vizita juaj e pare", "nese eshte vizita juaj e pare",
    "duhet te regjistroheni para se te postoni", "duhet te regjistroheni para se te mund te postoni",
    "duhet te regjistroheni per te postuar",
)
"""Phrases of the notice a forum shows its guests ("If this is your first visit, be sure to check
out the FAQ... You may have to register before you can post"): a line holding one and a word of
:data:`REGISTER_STEMS`, however long, is page chrome ("If this is your first visit to Tirana, ..."
in a travel story is none). Each names the forum (a visit, posting): "you must register before"
alone is also an official's advice in a report ("يجب عليك التسجيل قبل نهاية الشهر")."""
NOSCRIPT_NOTICES: tuple[str, ...] = (
    "enable javascript", "javascript is disabled", "javascript is turned off", "turn on javascript",
    "javascript must be enabled", "requires javascript", "تفعيل جافا سكريبت", "تفعيل الجافا سكريبت", "تفعيل جافاسكريبت",
    "تفعيل javascript", "تمكين جافا سكريبت", "تمكين javascript", "aktivizoni javascript", "aktivizo javascript",
    "aktivizoni javascript-in", "javascript eshte i caktivizuar", "javascript eshte caktivizuar",
)
"""Phrases of the sentence a page shows browsers without scripts ("Please enable JavaScript in your
browser to view the site", a ``<noscript>`` that a scraper's text keeps): a short line holding one
is page chrome."""
COOKIE_WORDS: tuple[str, ...] = ("cookie", "cookies", "الكوكيز", "كوكيز", "ملفات تعريف الارتباط", "kukit", "kukite")
"""Names of browser cookies."""
COOKIE_CUES: tuple[str, ...] = (
    "we use", "this site", "this website", "our site", "our website", "by continuing", "نستخدم", "هذا الموقع",
    "موقعنا", "باستمرارك", "ne perdorim", "kjo faqe", "faqja jone", "faqen tone", "duke vazhduar",
)
"""What a site's cookie notice says besides :data:`COOKIE_WORDS` ("We use cookies ... By continuing
to browse ...", "يستخدم هذا الموقع ملفات تعريف الارتباط ...", "Kjo faqe përdor cookies ..."): with
both, a short line is the notice (page chrome), not an article's sentence on cookies."""
CONSENT_BUTTONS: tuple[str, ...] = (
    # consent managers' buttons as their banners word them (OneTrust, Didomi, Quantcast, Cookiebot)
    "accept", "accept all", "accept all cookies", "accept cookies", "accept and close", "accept and continue", "allow all",
    "allow all cookies", "allow cookies", "allow selection", "reject", "reject all", "reject all cookies", "decline",
    "decline all", "deny", "i accept", "i agree", "agree", "disagree", "agree and close", "agree and proceed",
    "continue without agreeing", "continue without accepting", "more options", "manage options", "manage preferences",
    "manage settings", "manage cookies", "cookie settings", "cookies settings", "cookie preferences", "customize",
    "customise", "confirm my choices", "save and exit", "save preferences", "use necessary cookies only",
    "necessary cookies only", "only necessary cookies", "necessary only", "show purposes", "show details", "learn more",
    "ok", "got it",
    "قبول", "قبول الكل", "قبول الجميع", "قبول جميع ملفات تعريف الارتباط", "قبول ملفات تعريف الارتباط", "قبول الكوكيز",
    "قبول وإغلاق", "موافق", "أوافق", "الموافقة", "عدم الموافقة", "الموافقة والإغلاق", "رفض", "رفض الكل", "رفض الجميع",
    "إعدادات ملفات تعريف الارتباط", "إعدادات الكوكيز", "إعدادات الخصوصية", "إدارة الخيارات", "إدارة التفضيلات",
    "إدارة الإعدادات", "تخصيص", "المزيد من الخيارات", "خيارات أكثر", "السماح بالكل", "السماح بالجميع", "الضرورية فقط",
    "ملفات تعريف الارتباط الضرورية فقط", "حفظ التفضيلات", "تأكيد اختياراتي", "مزيد من المعلومات", "اعرف المزيد",
    "معرفة المزيد",
    "prano", "pranoj", "prano te gjitha", "prano te gjitha cookies", "prano cookies", "prano dhe mbyll", "refuzo",
    "refuzo te gjitha", "refuzoj", "jam dakord", "pajtohem", "nuk pajtohem", "lejo te gjitha", "lejo te gjitha cookies",
    "lejo perzgjedhjen", "cilesimet e cookies", "cilesimet e kukive", "cilesimet", "preferencat e cookies", "personalizo",
    "me shume opsione", "menaxho opsionet", "menaxho preferencat", "vetem te domosdoshmet", "vetem cookies e domosdoshme",
    "ruaj preferencat", "konfirmo zgjedhjet e mia", "meso me shume", "me shume informacion",
)
"""The buttons of a consent manager's cookie banner ("Cookie Settings", "Accept All Cookies", "Reject
All", "Agree and close", "Allow selection"; "قبول جميع ملفات تعريف الارتباط"; "Prano të gjitha cookies"):
a line made only of them, under the banner's notice, is one of its button rows."""
PRIVACY_STEMS: tuple[str, ...] = ("privacy", "privat", "خصوصي", "الخصوصي", "بخصوصي", "cookie", "الكوكيز", "kuki", "consent", "pelqim")
"""Word openings (folded) of the heading a consent banner sets over its notice ("We value your
privacy", "نحن نهتم بخصوصيتك", "Ne kujdesemi për privatësinë tuaj", "This website uses cookies")."""
WEEKDAY_NUMBERS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "e hene": 0, "e marte": 1, "e merkure": 2, "e enjte": 3, "e premte": 4, "e shtune": 5, "e diel": 6, "hene": 0, "marte": 1, "merkure": 2,
    "enjte": 3, "premte": 4, "shtune": 5, "diel": 6,
    "الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6,
}
"""Each name of :data:`WEEKDAYS` with its day's number (Monday 0), as :meth:`datetime.date.weekday` counts."""
WEEKDAYS: tuple[str, ...] = tuple(WEEKDAY_NUMBERS)
"""Names of the days of the week (English, Albanian, Arabic), as a date line prints them before the
date ("Monday, 1 October 2018", "E hënë, 1 tetor 2018", "الاثنين، 1 أكتوبر 2018")."""
SHARE_ROW_NETWORKS: tuple[str, ...] = (
    "viber", "messenger", "pinterest", "reddit", "فايبر", "ماسنجر", "بينتيريست", "بنترست", "ريديت", "جوجل",
)
"""Messengers and networks a share row names beside the share buttons ("Facebook Viber Messenger"):
share words inside a row of them, never a share button alone on its line (an article on an outage
heads its parts "Messenger", "Reddit"); in Arabic as themes translate them ("بينتيريست", "ريديت",
"جوجل +" for Google+)."""
COLUMNIST_LABELS: tuple[str, ...] = ("كتاب الرأي", "كتاب الراي", "opinionistet", "columnists", "our columnists", "opinion writers")
"""The label of a box of the paper's columnists and their latest columns' titles under an article:
a "related" end marker as the whole line only (never a line's opening words: "Opinion writers at
the paper also won two prizes." is a sentence)."""
NEWS_FEED_BUTTONS: tuple[str, ...] = (
    "on google news", "ne google news", "على google news", "عبر google news", "في google news",
    "على جوجل نيوز", "عبر جوجل نيوز",
)
"""What a "follow us on Google News" button says ("Ndiqni <site> në Google News", "تابعوا ... عبر
Google News"): on a short line without a full stop, a subscribe line; an article's sentence ("Its
stories now appear on Google News as well.") ends in one."""
REGISTER_STEMS: tuple[str, ...] = ("regist", "sign up", "تسجيل", "التسجيل", "بالتسجيل", "للتسجيل", "سجل", "regjistr")
"""Word openings of "register" / "sign up"."""

LOADERS: tuple[str, ...] = ("loading", "loading more", "duke u ngarkuar", "po ngarkohet", "جاري التحميل", "جار التحميل", "يتم التحميل")
"""A page's "Loading..." placeholder (a box or the next story still loading when the page was
saved): chrome; under an article, over a dated headline, it is where an infinite scroll loaded the
next story (:func:`clean._teaser_regions`)."""
HOME_LABELS: tuple[str, ...] = ("home", "homepage", "home page", "kreu", "kryefaqja", "ballina", "الرئيسية", "الصفحة الرئيسية")
"""The home link a breadcrumb opens with ("Kreu / Showbiz", "Home / Sport", "الرئيسية / عربي ودولي")."""
SECTION_NAMES: tuple[str, ...] = (
    "news", "politics", "economy", "business", "world", "sport", "sports", "culture", "opinion", "entertainment",
    "technology", "tech", "science", "health", "lifestyle", "local", "national", "international", "video", "travel", "arts",
    "أخبار", "محلية", "محليات", "دولي", "عربي", "سياسة", "اقتصاد", "رياضة", "ثقافة", "فنون", "مقالات", "منوعات", "صحة",
    "تكنولوجيا", "علوم", "رأي",
    "lajme", "politike", "ekonomi", "kulture", "sport", "bota", "opinione", "opinion", "showbiz", "kronike", "rajoni",
    "shendetesi", "teknologji", "argetim", "aktualitet", "vendi", "sociale",
)
"""Names of a news site's sections as its navigation bar lists them, one word each (matched on the
word's key): a navigation bar run together with single spaces names several of them, a headline
opening with "Home"/"Kreu" ("Home Office Budget Cuts Hit Police Forces Hardest") none or one."""
NEWS_SECTION_WORDS: tuple[str, ...] = ("news", "أخبار", "الأخبار", "lajme", "lajmet")
"""The news section's name, the first link after "Home" in a news site's breadcrumb ("Home Lajme
Sport", "الرئيسية أخبار صحة"): a headline opening "Home" and another section's name is a noun
phrase ("Home Health Aides Strike", "Home Business Grants Double")."""
SITE_PAGE_LINKS: tuple[str, ...] = (
    "about", "about us", "contact", "contact us", "more", "blog", "من نحن", "اتصل بنا", "المزيد", "المدونة",
    "rreth nesh", "kontakt", "kontakti", "na kontaktoni", "me shume", "blogu",
)
"""Links of a small site's navigation bar besides its sections: its own pages and the overflow
item (a website builder's "Home  News  About  Contact  More", "الرئيسية أخبار من نحن اتصل بنا المزيد",
"Ballina Lajme Rreth nesh Kontakt More"): they count as menu items of a bar run together with single
spaces (:func:`boilerplate._spaced_menu`), their function words ("من", "nesh", "us") with them."""
ALL_POSTS: tuple[str, ...] = ("all posts", "كل المنشورات", "جميع المنشورات", "te gjitha postimet")
"""The first link of a website builder's blog bar (Wix's "All Posts", then the blog's categories and
"Search"): page chrome as a line of its own, and a bar run together on one line when section names
follow it (:func:`boilerplate._blog_bar`)."""
OTHER_NEWS: tuple[str, ...] = ("in other news", "وفي خبر آخر", "في خبر آخر", "وفي خبر اخر", "في خبر اخر", "ne nje lajm tjeter", "ne lajm tjeter")
"""The label of a second story pasted after the first (a forum post, a blog's digest): "In other
news:" on its own or before a colon is a read-also teaser label; a sentence opening with the words
("In other news, the council also approved ...", "وفي خبر آخر، ...") is the article's own."""

SIGNUP_PROMPTS: tuple[str, ...] = (
    "enter your email", "enter your email address", "invalid email", "invalid email address",
    "please enter a valid email", "أدخل عنوان بريدك الإلكتروني", "أدخل بريدك الإلكتروني", "بريد إلكتروني غير صالح",
    "عنوان بريد إلكتروني غير صالح", "shkruani adresen tuaj te emailit", "shkruani emailin tuaj", "vendosni emailin tuaj",
    "email i pavlefshem", "adrese emaili e pavlefshme", "adresa e emailit e pavlefshme",
)
"""A newsletter sign-up box's address field prompt and its error ("Enter your email address", "Invalid
email"): ``subscribe`` markers only as a line of their own (:data:`LINE_ONLY_MARKERS`), since an
article quotes them in its sentences ("'Enter your email and card number to rearrange delivery,' the
page says", a story on a phishing page)."""
DONT_MISS: tuple[str, ...] = ("don't miss", "do not miss", "لا تفوت", "لا يفوتك", "mos humb", "mos e humb", "mos humbisni", "mos i humbisni")
"""A "Don't miss" label over another story's headline: a ``read_also`` marker only as a line of its
own (:data:`LINE_ONLY_MARKERS`), since sentences and headlines open with the words ("Don't miss the
Perseids: meteor shower peaks this weekend", "Mos humbisni afatin, ...", "لا تفوت فرصة ...")."""
RELATED_POSTS: tuple[str, ...] = ("postime te ngjashme", "postimet e ngjashme")
"""A blog's "Related posts" heading in Albanian: a ``related`` marker (the article is over) only as a
line of its own (:data:`LINE_ONLY_MARKERS`), since a sentence opens with the words ("Postime të
ngjashme u shpërndanë nga llogari të tjera.", a story on false posts)."""
READ_MORE_TRANSLATED: tuple[str, ...] = ("اقرأ أكثر",)
"""A browser's Arabic for a "Read more" label: a ``read_also`` marker only as a line of its own
(:data:`LINE_ONLY_MARKERS`), since an article opens a sentence with it (a campaign's slogan "«اقرأ أكثر»
هو شعار الحملة ...")."""
RECOMMENDATION_LABELS: tuple[str, ...] = (
    "promoted links", "promoted stories", "promoted content", "sponsored links", "sponsored stories", "you may like",
    "روابط مروجة", "روابط دعائية", "محتوى مروج", "روابط ممولة", "قد يعجبك",
    "mund t'ju pelqeje", "mund t'ju pelqejne", "ju mund te pelqeni", "lidhje te sponsorizuara", "lidhje te promovuara",
    "permbajtje e promovuar",
)
"""The labels of a content-recommendation widget under an article (Outbrain's "Promoted Links",
Taboola's "Sponsored Links", "You may like"): a ``related`` marker (the article is over) only as a
line of its own (:data:`LINE_ONLY_MARKERS`), since a sentence may open with the words ("Promoted
links to the minister's site were removed on Monday")."""
RECOMMENDATION_VENDORS: tuple[str, ...] = ("outbrain", "taboola", "mgid", "revcontent")
"""Content-recommendation services whose widget signs its feed "Recommended by Outbrain", "Sponsored
Links by Taboola", "Ads by Revcontent" (:func:`boilerplate.marker_family`)."""
SIGNATURE_HEADS: tuple[str, ...] = (
    "recommended", "recommended for you", "ads", "sponsored", "promoted", "powered", "rekomanduar", "te rekomanduara",
    "reklama", "sponsorizuar", "موصى به", "مقترح", "مقترحة", "إعلانات", "اعلانات",
)
"""What a content-recommendation widget's signature says before "by" and the service's name
("Recommended by Outbrain", "Ads by Revcontent", "Rekomanduar nga Outbrain"), besides a widget's label
(:data:`RECOMMENDATION_LABELS`: "Sponsored Links by Taboola"); a credit or a subheading naming the
service says something else ("Image provided by Outbrain", "صورة من Taboola", "Bought by Outbrain")."""
BY_WORDS: tuple[str, ...] = ("by", "nga", "من", "بواسطة")
"""The word before a service's name in its widget's signature ("by Taboola", "nga Outbrain", "بواسطة Outbrain")."""
POST_PAGER: tuple[str, ...] = (
    "newer post", "older post", "next post", "previous post", "المنشور التالي", "المنشور السابق",
    "التدوينة التالية", "التدوينة السابقة", "postimi i radhes", "postimi tjeter", "postimi i meparshem",
)
"""A blog's links to the posts on either side of the post, each over that post's headline (Blogger's
and Squarespace's "Newer Post" / "Older Post", WordPress themes' "Previous Post" / "Next Post"):
``read_also`` markers as lines of their own only ("Next post-match interview ...", "المنشور السابق
للوزير ..." are sentences)."""

ARTICLE_PAGER: tuple[str, ...] = (
    "next article", "next story", "up next", "previous article", "المقال التالي", "الخبر التالي", "المقال السابق",
    "artikulli i radhes", "artikulli tjeter", "artikulli ne vijim", "artikulli i meparshem", "lajmi i radhes",
    "lajmi tjeter", "lajmi ne vijim", "lajmi i meparshem",
)
"""A news theme's links to the stories on either side of the article ("Previous article" / "Next
article", "المقال السابق", "Lajmi i radhës"), alone over that story's headline or before it on one
line: ``read_also`` markers, but a line that opens with the words and ends in a full stop is a
sentence ("Next story time at the library is on Saturday.", "المقال السابق للكاتب نُشر ...",
"Lajmi i radhës për ministrin erdhi ...": :func:`boilerplate.marker_family`)."""

TAGGED_LABELS: tuple[str, ...] = ("tagged:", "موسوم:", "موسومة:", "etiketuar:")
"""A blog post's label over its tags on one line ("Tagged: Politics, Elections"): a ``tags`` marker,
unless what follows it is a sentence ("Tagged: in the posts we checked, the photo was ..."), as
an article may open a line with the word (:func:`boilerplate.marker_family`)."""

ABOUT_AUTHOR_LABELS: tuple[str, ...] = ("about", "عن", "rreth")
"""The word before the author's name over a blog theme's author box ("About Ana Berisha", "عن ليلى
حداد", "Rreth Ana Berishës"; WordPress themes print it under the post, over the author's bio)."""

TAGS_ROW_LABELS: tuple[str, ...] = ("tags", "الوسوم", "etiketa", "etiketat")
"""The label a blog theme prints without a colon before the post's tags on the same line (TieLabs'
Sahifa: "Tags Politics Elections", "الوسوم سياسة انتخابات"; BetterStudio's Publisher: "Tags Showbiz
Rajoni dhe bota"): with the tags after it, a ``tags`` marker (:func:`boilerplate._tags_row`)."""

SHARE_VERB_BUTTONS: tuple[str, ...] = ("غرد",)
"""Share buttons spelled as a verb that opens news sentences too ("غرّد", "tweet", on TieLabs'
Sahifa share row; "غرد الوزير قائلا:" is the article's): a line is that button only when it is
the word alone (or among other buttons in a share row)."""

LINE_ONLY_MARKERS: frozenset[str] = frozenset(
    SIGNUP_PROMPTS + DONT_MISS + READ_MORE_TRANSLATED + RELATED_POSTS + RECOMMENDATION_LABELS + POST_PAGER + SHARE_VERB_BUTTONS
)
"""Marker phrases that mark a line only when the line is the phrase (no prefix or contained match)."""

TICKER_LABELS: tuple[str, ...] = (
    "latest", "latest news", "breaking", "breaking news", "just in", "آخر الأخبار", "أخبار عاجلة", "عاجل",
    "e fundit", "te fundit", "lajmet e fundit", "lajmi i fundit", "lajm i fundit", "lajme te fundit", "flash",
)
"""The label a news ticker's bar opens with ("Latest", "عاجل", "E fundit"): a line of headlines run
together between bullets that opens with it is the ticker (:func:`boilerplate._ticker_line`)."""

TOPIC_LABELS: tuple[str, ...] = (
    "topics", "related topics", "tags", "مواضيع", "الوسوم", "temat", "temat e lidhura", "etiketa", "etiketat",
)
"""The label over an article's topic chips at its end (a big outlet's own front end: "Topics" and
the chips' links, one a line or run together on one line) over the share row; family ``tags``
there (see :func:`boilerplate._topic_rows`): "مواضيع" alone also labels a box of other stories."""
SKIP_LINKS: tuple[str, ...] = (
    "skip to main content", "skip to content", "انتقل إلى المحتوى الرئيسي", "انتقل إلى المحتوى", "تخطى إلى المحتوى الرئيسي",
    "تخطي إلى المحتوى", "الانتقال إلى المحتوى", "التجاوز إلى المحتوى", "kalo te permbajtja kryesore", "kalo te permbajtja",
    "kalo tek permbajtja", "kalo te lenda",
)
"""The skip link a site prints first for screen readers ("Skip to content"; WordPress's Arabic
"التجاوز إلى المحتوى", its Albanian "Kalo te lënda"): page chrome, over the site's header."""

MENU_TOGGLES: tuple[str, ...] = ("menu", "primary menu", "main menu", "القائمة", "القائمة الرئيسية", "menyja", "menuja")
"""The button that opens a blog theme's menu on a narrow screen, printed as a line of its own under
the site's title and tagline (WordPress's Twenty Fifteen to Twenty Seventeen: "Menu")."""

COMMENT_LINKS: tuple[str, ...] = (
    "leave a comment", "add a comment", "أضف تعليق", "أضف تعليقا", "أضف تعليقك", "اترك تعليقا", "lini nje koment",
    "lini koment", "shto nje koment",
)
"""The link to a post's comment form that a blog theme prints last in the post's meta under it
(WordPress's entry footer: author, date, categories, "Leave a comment"; Arabic "أضف تعليق",
Albanian "Lini një koment")."""

ONE_COMMENT: tuple[str, ...] = ("one comment", "one response", "تعليق واحد", "nje koment")
"""The comment count of a post with one comment, as a blog theme's meta line spells it out with no
digit (WordPress's "One Comment", its Arabic "تعليق واحد", Albanian "Një koment")."""

# Marker families. A *short* line (see boilerplate.MARKER_MAX_WORDS) equal to or starting with one
# of these phrases is page furniture of that family; ``label`` families also match a longer line
# that starts with the phrase followed by a colon ("Source: ...", "المصدر: ...").
#   end     the article is over: what follows (and the line itself) is not body
#   teaser  "read also": the line and the headline after it are another article's teaser
#   skip    the line alone is furniture (share buttons, ads, captions, newsletter boxes, which
#           sites also put inside articles); the body may go on after it
MARKERS: Mapping[str, tuple[str, tuple[str, ...]]] = MappingProxyType(
    {
        "comments": (
            "end",
            (
                "comments", "comment", "leave a comment", "leave a reply", "add a comment",
                "show comments", "التعليقات", "تعليقات", "اضف تعليقك", "اضف تعليق", "أضف تعليقا",
                "اترك تعليقا", "اكتب تعليقك", "komente", "komentet", "komento", "lini nje koment",
                "lini koment", "shkruani komentin", "shkruaj koment",
            ),
        ),
        "related": (
            "end",
            (
                "related", "related articles", "related news", "related stories", "related posts",
                "you might also like", "you may also like", "you may be interested in",
                "recommended", "recommended for you", "more from", "more stories", "more news",
                "popular news", "popular", "most read", "most popular", "trending", "trending now",
                "latest news", "top stories", "مقالات مشابهة", "مقالات ذات صلة", "أخبار ذات صلة",
                "اخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "الأكثر قراءة",
                "الاكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "اخترنا لك", "قد يهمك",
                "قد يعجبك أيضا", "المزيد من", "المزيد من الأخبار", "أخبار متعلقة", "مواضيع متعلقة", "مقالات متعلقة", "آخر الأخبار",
                "lajme te ngjashme", "artikuj te ngjashem", "te ngjashme", "te lidhura", "lajme te lidhura",
                "artikuj te lidhur", "artikuj te lidhura", "me te lexuarat",
                "me te lexuara", "me shume nga", "lajmet e fundit", "te fundit", "nga e njejta kategori",
                "mund t'ju interesoje", "rekomanduar", "me te rejat", "te rejat nga", "الأحدث من", "latest from",
                "me te fundit nga", "te fundit nga", "more in this category", "me shume ne kete kategori", "المزيد في هذا القسم",
                "other news", "lajme te tjera", "أخبار أخرى", "اخبار اخرى", "most commented", "me te komentuarat",
                "الأكثر تعليقا", *RELATED_POSTS, *RECOMMENDATION_LABELS,
            ),
        ),
        "disclaimer": (
            "end",
            (
                "المقالة تعبر فقط عن رأي", "المقال يعبر عن رأي", "الآراء الواردة", "الاراء الواردة",
                "the views expressed", "views expressed in this", "opinions expressed",
                "qendrimet e shprehura", "opinionet e shprehura", "mendimet e shprehura",
            ),
        ),
        "source": (
            "end",
            (
                "المصدر:", "المصادر:", "source:", "sources:", "burimi:", "burime:",
                "reporting by", "editing by", "additional reporting by", "our standards",
                *SOURCE_LINKS,
            ),
        ),
        "article_end": (
            "end",
            (
                # the line that closes an article in exports, clipping reports and printouts: "— End of article —"
                # (a news database's "End of Document" under each record, see exports.py)
                "end of article", "end of story", "end of clip", "end of text", "end of document", "fundi i artikullit", "fundi i lajmit",
                "fundi i shkrimit", "fundi i klipit", "نهاية المقال", "نهاية الخبر", "نهاية القصاصة", "نهاية النص",
            ),
        ),
        "tags": (
            "end",
            (
                "tags:", "tags", "topics:", "filed under", "الوسوم:", "الوسوم", "وسوم:", "كلمات مفتاحية", "الكلمات المفتاحية",
                "الكلمات المفتاحية:",
                "كلمات دالة", "etiketa:", "etiketat:", "etiketa", "etiketat", "fjale kyce:", "tema:", "keywords:", "كلمات مفتاحية:", "كلمات دالة:",
                # a CMS item's tags label on a line of its own over the tags (Joomla's K2: "Tagged under")
                "tagged under", "tagged with", "موسومة تحت", "موسوم تحت", "الوسوم تحت", "etiketuar nen", "etiketuar me",
                # a blog post's tags line ("Tagged: Politics, Elections": Squarespace's and WordPress themes' label)
                *TAGGED_LABELS,
            ),
        ),
        "copyright": (
            "end",
            (
                "©", "copyright", "all rights reserved", "جميع الحقوق محفوظة",
                "كل الحقوق محفوظة", "te gjitha te drejtat", "te gjitha te drejtat e rezervuara",
                "printed from", "طبع من", "printuar nga",
            ),
        ),
        "subscribe": (
            "skip",
            (
                "newsletter", "weekly newsletter", "subscribe", "subscribe to our newsletter",
                "sign up", "follow us", "find us on social medias", "النشرة البريدية",
                "اشترك", "اشترك في النشرة", "تابعونا", "تابعنا", "تابعوا", "na ndiqni", "na ndiq",
                "abonohu", "regjistrohu", "buletini", "buletini yne", "buletini informativ",
                "subscribers only", "for subscribers only", "للمشتركين فقط", "vetem per abonentet", "vetem per abonente",
                # a mailed newsletter's link to its web copy
                "view in browser", "view in your browser", "view it in your browser", "view this email in your browser",
                "لعرضها في المتصفح", "عرض في المتصفح", "لعرض الرسالة في المتصفح", "per ta pare ne shfletues",
                "shikoje ne shfletues", "shiko ne shfletues", "hape ne shfletues",
                # why a reader got the newsletter
                "you received this email", "you are receiving this email", "you are receiving this newsletter",
                "وصلتك هذه الرسالة", "تلقيت هذه الرسالة", "jeni abonuar", "e moret kete email", "e keni marre kete email",
                # a newsletter sign-up box set in the article: its heading; the address field's prompt and its
                # error (:data:`SIGNUP_PROMPTS`) only as lines of their own
                "sign up to our newsletter", "sign up for our newsletter", "regjistrohuni ne buletinin", "abonohuni ne buletinin",
                "regjistrohu ne buletinin", "abonohu ne buletinin", "اشترك في نشرتنا", "اشترك في النشرة الإخبارية",
                *SIGNUP_PROMPTS,
            ),
        ),
        "read_also": (
            "teaser",
            (
                "read also", "also read", "read more", "see also", "more on this", "related:",
                "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضا", "اقرا ايضا", "اقرأ المزيد", "اقرأ أكثر", "شاهد أيضا",
                "شاهد ايضا", "طالع أيضا", "طالع ايضا", "طالع المزيد", "للمزيد", "lexo edhe", "lexoni edhe", "lexo gjithashtu", "lexoni gjithashtu", "lexo me shume",
                "lexoni me shume", "lexo me teper", "shiko edhe", "shikoni edhe", "shiko gjithashtu", "shikoni gjithashtu",
                *ARTICLE_PAGER, "lajmi i lidhur", "lidhur me kete", "ذو صلة", "يهمك أيضا", "يهمك ايضا",
                *POST_PAGER,
                "artikulli i lidhur", "خبر ذو صلة", "خبر متعلق", "مقال ذو صلة",
                "in this issue", "also in this issue", "read in this issue", "اقرأ في العدد نفسه", "اقرأ في هذا العدد",
                "في العدد نفسه", "في هذا العدد", "lexoni ne te njejtin numer", "lexo ne te njejtin numer", "ne kete numer",
                *DONT_MISS,
            ),
        ),
        "share": (
            "skip",
            (
                "share", "share this", "share this article", "share on", "tweet", "print",
                "email", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "شارك",
                "شارك هذا الخبر", "شارك المقال", "مشاركة", "طباعة", "فيسبوك", "تويتر", "واتساب",
                "shperndaje", "shperndaj", "shpernda", "ndaje", "printo",
                # the share row of TieLabs' WordPress themes (Sahifa's Arabic strings: "شاركها", "غرّد"; Pinterest's "Pin It")
                "شاركها", "غرد", "pin it",
                # the "copy link" button of a share row
                "copy link", "copy the link", "نسخ الرابط", "انسخ الرابط", "kopjo linkun", "kopjo lidhjen",
            ),
        ),
        "ad": (
            "skip",
            (
                "advertisement", "advertisements", "- advertisement -", "sponsored", "إعلان", "اعلان", "إعلانات", "اعلانات", "reklama", "reklame",
                "story continues below advertisement", "article continues below advertisement",
                "continue reading below", "lajmi vazhdon pas reklames", "lajmi vazhdon me poshte",
                "vazhdon pas reklames", "يتبع بعد الإعلان", "تابع القراءة بعد الإعلان",
                "report this ad", "أبلغ عن هذا الإعلان", "raportojeni kete reklame", "raporto kete reklame",
                "sponsored by", "in partnership with", "برعاية", "محتوى مدعوم", "محتوى ممول", "sponsorizuar", "sponsorizuar nga",
                "e sponsorizuar", "ne bashkepunim me",
                # an AdSense unit's label (a blog's ad slot inside the post, "Ads by Google")
                "ads by google", "google ads", "إعلانات google", "إعلانات جوجل", "اعلانات غوغل", "reklama nga google",
                "reklamat nga google", "reklama google",
            ),
        ),
        "caption": (
            "skip",
            (
                "الصورة:", "صورة:", "الصور:", "photo:", "photo credit", "image:", "picture:",
                "foto:", "fotografia:", "صورة أرشيفية", "صورة ارشيفية", "صورة تعبيرية", "archive photo",
                "file photo", "illustration", "foto arkiv", "foto arkivi", "foto ilustruese", "fotografi ilustruese",
                "video:", "watch:", "gallery:", "galeri:", "galeria:", "فيديو:", "شاهد:", "بالفيديو:",
                "تصوير:", "عدسة:", "photo by", "photographer:", "fotografoi:",
                "الصورة من", "صورة من", "photo from", "picture from", "foto nga",
                # a picture that did not load (an archived page, a text dump): its alt text
                "image not available", "image unavailable", "no image available", "picture not available",
                "صورة غير متوفرة", "الصورة غير متوفرة", "الصورة غير متاحة", "imazhi nuk eshte i disponueshem",
                "imazhi nuk eshte ne dispozicion", "foto nuk eshte e disponueshme",
            ),
        ),
        "chrome": (
            "skip",
            (
                *SKIP_LINKS, "sign in", "log in", "login", "search",
                "menu", "home", "accept", "ok", "cookie", "cookies", "we use cookies", "min read",
                "حجم الخط", "الرئيسية", "بحث", "kryefaqja", "kerko", "hyr", "ru en", "en ru", *LOADERS,
                *APP_BUTTONS,
                # a blogging platform's label over the paragraph its readers highlighted most (Medium)
                "top highlight",
                # the log-in link of a site's bar, in Arabic and Albanian
                "تسجيل الدخول", "تسجيل دخول", "kycu", "identifikohu",
                # a website builder's blog: the first link of the blog's bar ("All Posts", then its categories)
                # and the menu button of a post ("More actions", over the headline)
                *ALL_POSTS,
                "more actions", "المزيد من الإجراءات", "إجراءات أخرى", "me shume veprime", "veprime te tjera",
                # a reader app's buttons on an article
                "save to read later", "read later", "open in new tab", "mark all as read", "mark as read", "star",
                "حفظ للقراءة لاحقا", "اقرأ لاحقا", "فتح في علامة تبويب جديدة", "تحديد الكل كمقروء", "تعليم الكل كمقروء",
                "ruaje per ta lexuar me vone", "lexo me vone", "hape ne skede te re", "sheno te gjitha si te lexuara",
                "sheno si te lexuar",
                # a poster's greeting over an article pasted into a forum post
                "السلام عليكم", "السلام عليكم ورحمة الله", "السلام عليكم ورحمة الله وبركاته", "مساء الخير", "صباح الخير",
                "مساء الخير للجميع", "صباح الخير للجميع", "أهلا بالأعضاء الكرام", "مرحبا بالجميع", "تحية طيبة",
                "hello everyone", "hi everyone", "hi all", "hello all", "good morning everyone", "greetings",
                "pershendetje", "pershendetje te gjitheve", "pershendetje te gjithve", "miredita", "miredita te gjitheve",
                "miredita forumiste", "mirembrema", "pershendetje forumiste",
            ),
        ),
    }
)

SUBSCRIBER_STEMS: tuple[str, ...] = (
    "subscribers", "مشتركي", "المشتركي", "للمشتركي", "مشتركو", "المشتركو", "abonent",
)
"""Word openings of "subscribers" (plural: the Arabic singular "مشترك" is also "joint")."""
SUBSCRIPTION_STEMS: tuple[str, ...] = (
    *SUBSCRIBER_STEMS, "subscri", "اشتراك", "للاشتراك", "الاشتراك", "abonim", "abonoh", "abonuar",
)
"""Word openings of "subscribers" and "subscription": a paragraph naming subscribers and a
subscription (or subscribers twice) is a site's notice to its subscribers ("This story is part of
the service we offer our subscribers... to subscribe, contact..."), not the article."""

BLOG_NAVBAR: tuple[str, ...] = (
    "next blog", "create blog", "المدونة التالية", "إنشاء مدونة", "blogu tjeter", "blogu i radhes", "krijo blog", "krijo nje blog",
)
"""Buttons of a blog host's navbar over every blog page (Blogger's "More Next Blog» Create Blog Sign In",
its Arabic UI's "المزيد المدونة التالية» إنشاء مدونة تسجيل الدخول"): a short line holding two of them is that bar."""

POSTED_BY: tuple[str, ...] = (
    "posted by", "مرسلة بواسطة", "مرسل بواسطة", "أرسلت بواسطة", "نشرت بواسطة", "نشر بواسطة", "postuar nga", "postimi nga",
)
"""Openings of a blog post's signature under the post ("Posted by X at 2:14 PM", Blogger's Arabic
"مرسلة بواسطة X في 2:14 م"): with a clock time it is a stamp, not a line of the post."""

SHARE_ROW_WORDS: tuple[str, ...] = (
    "on", "to", "via", "by", "with", "send", "this", "ne", "me", "per", "dergo", "dergoje", "على", "عبر", "في", "أرسل", "ارسل",
    "بالبريد", "البريد", "الإلكتروني", "e-mail", "mail",
)
"""Words besides the network names that share buttons worded as phrases are made of ("Share on",
"Send by email", "Ndaje në", "Dërgo me email", "شارك على", "أرسل بالبريد الإلكتروني")."""

SHARE_COUNTER_WORDS: tuple[str, ...] = (
    "shares", "share", "views", "view", "مشاركات", "مشاركة", "مشاهدات", "مشاهدة",
    "shperndarje", "shpërndarje", "ndarje", "shikime", "shikim",
)
"""The words of a share bar's counters ("50 SHARES 1948 VIEWS", "56 مشاركات 1932 مشاهدات") that news
themes print before their share buttons, on the buttons' line once a dump runs them together."""

UNSUBSCRIBE_ANY_TIME: tuple[str, ...] = (
    "you can unsubscribe at any time", "you may unsubscribe at any time", "you can opt out at any time",
    "you may opt out at any time", "يمكنك إلغاء الاشتراك في أي وقت", "إلغاء اشتراكك في أي وقت",
    "çabonoheni në çdo kohë", "çabonohuni në çdo kohë", "çregjistroheni në çdo kohë",
)
"""The promise a newsletter box's small print makes to the reader, in the second person ("You can
unsubscribe at any time", "يمكنك إلغاء الاشتراك", "Mund të çabonoheni"): an article reporting the
same promise tells of others ("customers could unsubscribe at any time")."""
SIGNUP_NOTICE_CUES: tuple[str, ...] = (
    "more info", "privacy", "consent", "مزيد من المعلومات", "الخصوصية", "وافقت", "informacion", "privatesi", "pelqim",
)
"""Words the same small print holds besides that promise (what the sign-up is used for, a "More info"
link, the privacy notice): with one of :data:`UNSUBSCRIBE_ANY_TIME` they make a paragraph the box's
notice, however long, and not a sentence of an article that reports on a service's subscribers."""

REPORTING_VERBS: tuple[str, ...] = (
    "قال", "وقال", "قالت", "وقالت", "أضاف", "وأضاف", "أضافت", "وأضافت", "تابع", "وتابع", "جادل", "وجادل", "أكد", "وأكد",
    "أوضح", "وأوضح", "أشار", "وأشار", "tha", "shtoi", "deklaroi", "theksoi", "said", "says", "added", "argued",
)
"""Verbs that open a reported sentence ("وقال أن ...", "Tha se ..."): a line opening with one is a
sentence, never a subheading, even when it lost its full stop."""

EMBED_LABELS: tuple[str, ...] = (
    "view this post on instagram", "view more on instagram", "view this profile on instagram",
    "video player is loading", "play video", "this video is unavailable", "watch on youtube",
)
"""Lines a social embed or a video player prints when its script did not run (a page saved as text
by a browser, a crawler's dump): "View this post on Instagram" over the post, a player's loading
notice. They stand alone inside the article, which goes on under them (family ``embed``)."""
PLAYER_CONTROLS: tuple[str, ...] = (
    "play", "pause", "replay", "mute", "unmute", "play video", "video player is loading", "current time", "duration",
    "remaining time", "loaded", "progress", "fullscreen", "non-fullscreen", "exit fullscreen", "captions", "subtitles",
    "captions off", "subtitles off", "chapters", "descriptions", "audio track", "playback rate", "picture-in-picture",
    "seek to live", "stream type live", "close modal dialog", "beginning of dialog window",
    "end of dialog window", "تشغيل", "إيقاف مؤقت", "كتم الصوت", "إلغاء كتم الصوت", "الوقت الحالي", "المدة",
    "الوقت المتبقي", "ملء الشاشة", "luaj", "pauzë", "pa zë", "koha aktuale", "kohëzgjatja", "ekran i plotë",
)
"""The control labels of a web video player (visually hidden texts that a page saved as its
``innerText`` keeps: "Play Video" / "Mute" / "Current Time 0:00" / "/" / "Duration 3:11" /
"Loaded: 0%" / "Fullscreen"); matched on the line's key (digits gone), a run of them is the
player's (see :func:`boilerplate._embeds`)."""

ARTICLE_TOOLS: tuple[str, ...] = (
    "font size", "decrease font size", "increase font size", "reset font size", "smaller font", "larger font",
    "حجم الخط", "تصغير حجم الخط", "تكبير حجم الخط", "تصغير الخط", "تكبير الخط", "إعادة حجم الخط",
    "text size", "حجم النص", "madhesia e tekstit", "madhesia e shkronjave", "zvogelo madhesine e shkronjave", "rrit madhesine e shkronjave", "zvogelo shkronjat", "rrit shkronjat",
    "print", "e-mail", "email", "طباعة", "البريد الإلكتروني", "ارسال لصديق", "printo",
    "rate this item", "rate this article", "قيم هذا الموضوع", "قيم هذا المقال", "قيم هذا الخبر",
    "vlereso kete artikull", "vleresoni kete artikull", "vlereso kete lajm",
)
"""The labels of a CMS article's tool row as a page dump keeps them (Joomla's K2 item: "Font Size
Decrease font size Increase font size Print Email", "Rate this item"), matched on the line's key: a
line made of them only is chrome, whether one label a line or the row run together (a news portal's
row also has its text-size buttons, "A+ A-", and a share button: see :func:`boilerplate._sized_tool_row`)."""
LISTEN_LABELS: tuple[str, ...] = (
    "listen to this article", "listen to article", "listen to the article", "listen to this story",
    "استمع إلى المقال", "استمع الى المقال", "استمع للمقال", "استمع إلى هذا المقال", "استمع إلى الخبر", "استمع للخبر",
    "dëgjo artikullin", "dëgjoni artikullin", "dëgjo lajmin", "dëgjoni lajmin",
)
"""The audio player's button of a news site's article ("Listen to this article 5 min", NYT's,
Bloomberg's and the big outlets' own front ends): with its duration and the share buttons beside it
("Copy link", "Share"), one a line or run together, the row is chrome (see
:func:`boilerplate._listen_row`)."""
DURATION_UNITS: tuple[str, ...] = ("min", "mins", "minute", "minutes", "دقيقة", "دقائق", "دقيقتان", "دقيقتين", "minutë", "minuta", "minutat")
"""Words of an audio player's duration ("5 min", "3 دقائق", "4 minuta") after its number."""
RATING_LABELS: tuple[str, ...] = ("rate this item", "rate this article", "قيم هذا الموضوع", "قيم هذا المقال", "قيم هذا الخبر",
                                  "vlereso kete artikull", "vleresoni kete artikull", "vlereso kete lajm")
"""The label of a star-rating widget: the row of its stars' numbers ("1 2 3 4 5") under or after it is chrome."""
HITS_LABELS: tuple[str, ...] = ("hits", "views", "الزيارات", "عدد الزيارات", "المشاهدات", "عدد المشاهدات", "klikime", "shikime", "lexime")
"""The label of a CMS article's page-view counter ("Hits: 487", Joomla's core article)."""
ARTICLE_COUNTERS: tuple[str, ...] = (
    r"(?:read|تمت قراءته|قرئ|قراءة|lexuar)\s+\d[\d,.]*\s+(?:times|مرات|مرة|here)",
    r"\(?\d[\d,.]*\s+(?:votes?|تصويت|أصوات|صوت|vota|vote)\)?",
)
"""A CMS article's counters on a line of their own (folded text, ASCII digits) besides a
:data:`HITS_LABELS` one: K2's "Read 1234 times" and its rating's "(0 votes)", in the Arabic and
Albanian language packs."""
ARTICLE_INDEX_PAGES: tuple[str, ...] = ("page", "all pages", "الصفحة", "جميع الصفحات", "كل الصفحات", "faqja", "te gjitha faqet")
"""The page links of a paginated article's index, matched on the line's key (its number gone): "Page
2", "All Pages", "الصفحة 2", "Faqja 2", "Të gjitha faqet"."""
ARTICLE_INDEX_LABELS: tuple[str, ...] = ("article index", "فهرس المقال", "فهرس الموضوع", "محتويات المقال", "indeksi i artikullit", "permbajtja e artikullit")
"""The label of the index of a paginated article (Joomla's page-break plugin): the lines under it
down to the next blank line are the pages' titles ("Page 2", "All Pages"), the first of them the
article's own headline again."""

READ_MORE: tuple[str, ...] = (
    "read more", "continue reading", "اقرأ المزيد", "اقرا المزيد", "اقرأ أكثر", "طالع المزيد", "lexo me shume", "lexo me teper",
)
"""``read_also`` phrases that, on a line of their own after a headline and a sentence or two, are the
link that closes that teaser rather than announcing the next headline."""

PUBLISHED_CUES: tuple[str, ...] = (
    "published", "publish date", "posted", "posted on", "date", "dated", "تاريخ النشر", "نشر في",
    "نشر بتاريخ", "تاريخ", "التاريخ", "بتاريخ", "publikuar", "publikuar me", "publikimi", "data",
)
"""Words that introduce an article's own publication date."""

CATEGORY_CUES: tuple[str, ...] = (
    "posted in", "filed in", "published in", "categories", "category", "منشور في", "المنشور في", "نشر في", "نشرت في",
    "التصنيف", "التصنيفات", "postuar ne", "publikuar ne", "kategoria", "kategorite", "kategori",
)
"""Words that open a line listing the sections an article is filed in ("Posted in Politics, World")."""

UPDATED_CUES: tuple[str, ...] = (
    "updated", "last updated", "modified", "آخر تحديث", "اخر تحديث", "تم التحديث", "تحديث", "تاريخ التحديث", "التحديث",
    "perditesuar", "perditesimi", "azhurnuar",
)
"""Words that introduce a later edit date (a weaker cue than :data:`PUBLISHED_CUES`)."""

RELATIVE_TIME_UNITS: tuple[str, ...] = (
    "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
    "day", "days", "week", "weeks", "month", "months",
    "ثانية", "ثوان", "ثواني", "دقيقة", "دقيقتين", "دقائق", "ساعة", "ساعتين", "ساعات", "يوم", "يومين", "أيام", "ايام",
    "أسبوع", "اسبوع", "أسبوعين", "أسابيع", "شهر", "شهرين", "أشهر",
    "sekonde", "sekonda", "minute", "minuta", "minutash", "ore", "oresh", "dite", "ditesh", "jave", "javesh", "muaj", "muajsh",
)
"""Units of relative times ("3 hours ago", "منذ ساعتين", "para 2 ditësh"): comment and update stamps."""

RELATIVE_TIME_WORDS: tuple[str, ...] = ("just now", "yesterday", "الآن", "أمس", "امس", "البارحة", "tani", "dje", "pardje")
"""Relative times without a number ("yesterday", "أمس", "dje")."""

TODAY_CUES: tuple[str, ...] = ("today", "اليوم", "sot", "sote")
"""Words that, right before a date in a lead paragraph, say the story is dated that day."""

BYLINE_PREFIXES: tuple[str, ...] = ("by", "بقلم", "كتب", "كتبت", "بواسطة", "nga", "autor", "author", "written by", "shkruar nga", "shkruar prej")
"""Line openings of author lines (never a title)."""

BYLINE_DATE_WORDS: tuple[str, ...] = ("on", "في", "me", "ne")
"""The word a theme's post meta puts between the author and the date when it runs them together
on one line: BetterStudio's Publisher "By <name> On <date>", in Arabic "بواسطة <name> في <date>",
in Albanian "Nga <name> Më <date>" (:func:`boilerplate._byline_run_meta`)."""

SOURCE_FIELD_LABELS: tuple[str, ...] = ("source", "المصدر", "burimi")
VIA_FIELD_LABELS: tuple[str, ...] = ("via", "عبر", "nepermjet")
"""A WordPress post's "Source" and "Via" fields under its text, label and name without a colon,
run together on one line as a dump keeps them: BetterStudio's Publisher "Source Agencies Via
<site>", "المصدر وكالات عبر <site>" (:func:`boilerplate._source_via_fields`)."""

SUBMITTED_PREFIXES: tuple[str, ...] = (
    "submitted by", "posted by", "published by", "أرسلها", "أرسله", "أرسلت بواسطة", "نشرها", "نشره", "dërguar nga", "derguar nga",
    "postuar nga", "publikuar nga",
)
"""Openings of a CMS's "submitted" line under a node's title, the author and the date on one line
(Drupal's "Submitted by <user> on <date>", its Arabic "أرسلها <user> في <date>", Albanian
"Dërguar nga <user> më <date>"; WordPress themes' "Posted by <user> on <date>")."""

BYLINE_SUFFIXES: tuple[str, ...] = (
    "staff", "reporter", "reporters", "correspondent", "editor", "editors", "desk", "team",
    "محرر", "المحرر", "مراسل", "مراسلنا", "redaksia", "gazetari", "korrespondent",
)
"""Last words of short author lines ("Harbour Daily News staff", "Staff reporter")."""

BYLINE_ROLES: tuple[str, ...] = (
    "editor", "edited by", "reporter", "author", "text", "words", "prepared by", "reporting",
    "المحرر", "محرر", "تحرير", "إعداد", "اعداد", "كتابة", "المراسل", "مراسل", "الكاتب",
    "redaktor", "redaktore", "redaktori", "autori", "teksti", "tekst", "përgatiti", "pergatiti", "përgatitur nga",
    "gazetari", "gazetarja",
)
"""Roles that label an author line with a colon ("Editor: Ana Berisha", "المحرر: خالد عبد الله",
"Përgatiti: Arben Hoxha"); with the author words of :data:`BYLINE_PREFIXES` and
:data:`BYLINE_SUFFIXES` they make a "role: name" line a byline."""

CREDIT_ROLES: tuple[str, ...] = (
    "report", "camera", "cameraman", "camerawoman", "video", "photo", "images", "editing", "video editing", "montage",
    "producer", "production", "sound", "تقرير", "تصوير", "كاميرا", "مونتاج", "إنتاج", "انتاج", "صوت", "إخراج", "اخراج",
    "kameraman", "kamera", "kamerier", "xhirimi", "xhiroi", "montazh", "montazhi", "montoi", "producent", "realizoi", "zëri",
)
"""Roles of a broadcaster's report credit besides the author's (:data:`BYLINE_ROLES`): the camera,
the editing, the production ("Reporter: Ana Berisha, Camera: Ilir Muça", "تقرير: خالد عبد الله -
تصوير: حسام ناصر", "Reporter: X, Kameraman: Y"). Two or more "role: name" credits on one line make
it the report's credit line, a byline (see :func:`boilerplate._credit_line`)."""

HIDDEN_AUTHOR_LABELS: tuple[str, ...] = (
    "author", "role", "reporting from", "الكاتب", "المنصب", "الدور", "التقرير من", "autori", "roli", "raportim nga",
)
"""The labels a broadcaster's page gives screen readers before its author lines, with a comma ("Author,
Name", "Role, Correspondent", "Reporting from, City"; "الكاتب، ..."): a line so labelled is a byline."""
HIDDEN_PICTURE_LABELS: tuple[str, ...] = (
    "image source", "image caption", "مصدر الصورة", "التعليق على الصورة", "burimi i fotos", "pershkrimi i fotos",
    "burimi i imazhit", "pershkrimi i imazhit",
)
"""The same for a picture's credit and caption ("Image source, Reuters", "Image caption, ..."): a caption."""

MONTHS: Mapping[str, int] = MappingProxyType(
    {
        # English (full and abbreviated)
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12,
        # Albanian
        "janar": 1, "shkurt": 2, "mars": 3, "prill": 4, "maj": 5, "qershor": 6, "korrik": 7,
        "gusht": 8, "shtator": 9, "tetor": 10, "nentor": 11, "nëntor": 11, "dhjetor": 12,
        # Arabic (Egyptian/Gulf transliterations)
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
        "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9,
        "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        # Arabic (Levantine/Iraqi)
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9, "تشرين الأول": 10,
        "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12, "كانون الاول": 12,
        # Arabic (Maghreb)
        "جانفي": 1, "فيفري": 2, "أفريل": 4, "افريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7,
        "أوت": 8, "اوت": 8,
    }
)
"""Month names (lower case) to month numbers."""

ENGLISH_MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
)
"""English month names in full: a publishing platform's English date ("September 28, 2018", Telegraph's
whatever the page's language) glued to the author's name by a copy of its byline ("Elira ShehuSeptember
29, 2018", "أحمد يوسفSeptember 30, 2018"; see :func:`metadata.find_dates`)."""

HIJRI_MONTHS: tuple[str, ...] = (
    "محرم", "صفر", "ربيع الأول", "ربيع الاول", "ربيع الآخر", "ربيع الاخر", "ربيع الثاني", "جمادى الأولى",
    "جمادى الاولى", "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال",
    "ذو القعدة", "ذي القعدة", "ذو الحجة", "ذي الحجة",
)
"""Hijri month names: Arabic papers print the Hijri date beside the Gregorian one ("19 محرم 1440 هـ")."""

# Agencies, papers and outlets: canonical name -> spellings (matched on normalised text, as whole
# words). ``WIRES`` are the agencies whose name on a "source:" line is a credit, never the outlet.
SOURCES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "AFP": ("AFP", "الفرنسية", "فرانس برس", "فرانس بريس", "وكالة الصحافة الفرنسية", "أ ف ب", "ا ف ب", "Agence France-Presse", "France-Presse"),
        "Reuters": ("Reuters", "رويترز", "Rojters"),
        "AP": ("AP", "Associated Press", "أسوشيتد برس", "اسوشيتد برس", "أسوشيتيد برس", "أسوشييتد برس"),
        "TASS": ("TASS", "تاس", "ТАСС"),
        "RIA Novosti": ("RIA Novosti", "ريا نوفوستي", "نوفوستي", "РИА Новости"),
        "Interfax": ("Interfax", "إنترفاكس", "انترفاكس"),
        "Anadolu": ("Anadolu", "Anadolu Agency", "الأناضول", "الاناضول"),
        "Xinhua": ("Xinhua", "شينخوا"),
        "dpa": ("dpa", "الألمانية", "د ب أ"),
        "EFE": ("EFE",),
        "ANSA": ("ANSA",),
        "WAM": ("WAM", "وام"),
        "SPA": ("واس",),
        "QNA": ("QNA", "قنا"),
        "KUNA": ("KUNA", "كونا"),
        "MENA": ("MENA", "أ ش أ"),
        "SANA": ("SANA", "سانا"),
        "ATA": ("ATA", "ATSH", "Agjencia Telegrafike Shqiptare"),
        "KosovaPress": ("KosovaPress", "Kosova Press"),
        "Kosovo Online": ("Kosovo Online",),
        "Izvestia": ("Izvestia", "إزفيستيا", "ازفيستيا", "إيزفيستيا", "Известия"),
        "Kommersant": ("Kommersant", "كوميرسانت", "Коммерсантъ"),
        "Vedomosti": ("Vedomosti", "فيدوموستي"),
        "RBC": ("RBC", "آر بي كا"),
        "Nezavisimaya Gazeta": ("Nezavisimaya Gazeta", "نيزافيسيمايا غازيتا"),
        "RT": ("RT", "روسيا اليوم", "آر تي", "Russia Today"),
        "Sputnik": ("Sputnik", "سبوتنيك"),
        "Al Jazeera": ("Al Jazeera", "الجزيرة"),
        "Al Arabiya": ("Al Arabiya", "العربية نت"),
        "BBC": ("BBC", "بي بي سي"),
        "CNN": ("CNN", "سي إن إن"),
    }
)

WIRES: frozenset[str] = frozenset(
    {
        "AFP", "Reuters", "AP", "TASS", "RIA Novosti", "Interfax", "Anadolu", "Xinhua", "dpa", "EFE",
        "ANSA", "WAM", "SPA", "QNA", "KUNA", "MENA", "SANA", "ATA", "KosovaPress",
    }
)
"""News agencies: credited on source lines and in photo credits, never an outlet of their own page."""

NAME_FILLERS: tuple[str, ...] = (
    "the", "a", "network", "media", "group", "online", "net", "news", "digital", "شبكة", "الإعلامية",
    "الاعلامية", "مجموعة", "نت", "موقع", "grupi", "media", "online",
)
"""Words around a known outlet's name that do not make another outlet ("The Associated Press",
"شبكة الجزيرة الإعلامية" = Al Jazeera Media Network)."""

OUTLET_WORDS: tuple[str, ...] = (
    "صحيفة", "جريدة", "موقع", "شبكة", "قناة", "مجلة", "وكالة", "newspaper", "magazine", "times",
    "news", "post", "gazette", "daily", "gazeta", "portali", "revista",
)
"""Words that make a name look like a publication (used to tell an outlet's own name on a
"source:" line from a person or an office)."""

SITE_WORDS: tuple[str, ...] = (
    "موقع", "الموقع", "website", "the website", "faqja", "faqen", "faqes", "portali", "portalin", "portalit",
)
"""Words for "the website" that a footer puts before the site's name ("جميع الحقوق محفوظة لموقع
<name>", "© 2018 Të gjitha të drejtat e rezervuara për portalin <name>"): the word is no part of the
name when the logo prints the name without it."""

WROTE_VERBS: tuple[str, ...] = (
    "كتب", "كتبت", "نشرت", "نشر", "wrote", "writes", "write", "writing", "shkruan", "shkroi",
)
"""Verbs of a press-review lead ("X wrote in Izvestia:") whose publication is the credited source."""

CORRESPONDENT_WORDS: tuple[str, ...] = ("مراسل", "مراسلة", "correspondent", "korrespondent", "korrespondenti", "korrespondentja")
"""A page citing "our/X's correspondent" names its own outlet."""

SOCIAL_PLATFORMS: tuple[str, ...] = (
    "instagram", "facebook", "twitter", "tiktok", "youtube", "threads", "snapchat", "telegram", "reddit",
    "انستغرام", "إنستغرام", "انستقرام", "إنستقرام", "فيسبوك", "فيس بوك", "تويتر", "تيك توك", "يوتيوب",
    "linkedin", "لينكد إن", "لينكدإن",
)
"""Social networks and video services whose own footer ("© 2018 INSTAGRAM", "Reddit Inc © 2018")
a copied post page keeps: the platform, never the outlet whose account posted the article."""

PLATFORM_REPORT_LINKS: tuple[str, ...] = ("report content on this page",)
"""The link under every page of Telegraph (telegra.ph, Telegram's publishing tool, its strings English
whatever the page's language; matched on the key): the page is a post on a publishing platform, with
no site of its own, so its "Source: X" line names the outlet whose story it is (the channel's own
signature, or the outlet it copied), not a wire it credits."""

ACCOUNT_BUTTONS: tuple[str, ...] = (
    "join now", "sign in", "sign up", "log in", "login", "register", "create account", "create an account",
    "انضم الآن", "انضم الان", "تسجيل الدخول", "تسجيل دخول", "إنشاء حساب", "انشاء حساب", "التسجيل",
    "bashkohu tani", "hyr", "kycu", "identifikohu", "regjistrohu", "krijo llogari",
)
"""The account buttons of a social network's bar over a page copied logged out ("Join now" /
"Sign in" on LinkedIn, "Log In" / "Sign Up" on Facebook and Instagram; matched on the key): a
short line of two or more of them and the network's name (:data:`SOCIAL_PLATFORMS`) and nothing
else is that bar ("LinkedIn Join now Sign in"), never a headline."""

PROFILE_COUNT_WORDS: tuple[str, ...] = (
    "follower", "followers", "fans", "subscriber", "subscribers", "member", "members", "article", "articles", "post", "posts",
    "متابع", "متابعين", "متابعون", "معجب", "معجبين", "مشترك", "مشتركين", "عضو", "أعضاء", "مقالة", "مقالات", "مقال", "منشور",
    "منشورات", "ndjekes", "ndjekesa", "fansa", "abonente", "abonentet", "anetare", "artikuj", "artikull", "postime", "postim",
)
"""The word after a count on a line of its own under a page's or an account's name, over its
"Follow" button ("80,582 followers", "449 مقالة", "378 articles", "12.400 ndjekës"; matched on
the key): the count is the profile's, the name is the line over it; a news theme's "Stay Connected"
counters ("12.3k Fans", "40.6k متابع") over their buttons are counts too, never an account's name."""

FOOTER_LEGAL_LINKS: tuple[str, ...] = (
    "user agreement", "privacy policy", "cookie policy", "cookies policy", "copyright policy", "brand policy",
    "community guidelines", "guest controls", "terms of use", "terms of service", "terms and conditions",
    "language", "unsubscribe",
    "اتفاقية المستخدم", "سياسة الخصوصية", "سياسة ملفات تعريف الارتباط", "سياسة الكوكيز", "سياسة حقوق النشر",
    "سياسة العلامة التجارية", "إرشادات المجتمع", "شروط الاستخدام", "الشروط والأحكام", "شروط الخدمة", "اللغة",
    "marreveshja e perdoruesit", "politika e privatesise", "politika e cookies", "politika e te drejtave te autorit",
    "udhezimet e komunitetit", "kushtet e perdorimit", "termat e perdorimit", "kushtet e sherbimit", "gjuha",
)
"""The legal pages a site's or a network's footer links to beside its copyright line ("© 2018 User
Agreement Privacy Policy Cookie Policy Copyright Policy", "سياسة حقوق النشر"; matched on the key):
link labels, never the rights holder's name, though "Copyright Policy" holds a copyright word."""

COPYRIGHT_TOPICS: tuple[str, ...] = (
    "policy", "policies", "law", "laws", "rules", "reform", "directive", "bill", "act", "regime", "infringement",
    "infringements", "violation", "violations", "theft", "claim", "claims", "complaint", "complaints", "case", "cases",
    "dispute", "disputes", "lawsuit", "lawsuits", "battle", "fight", "row", "protection", "holders", "owners", "office",
    "fees", "strike", "strikes", "filter", "filters",
)
"""The nouns "copyright" qualifies in an article's words about the law ("its copyright policy",
"the EU's copyright directive", "a copyright lawsuit"): a short line holding "copyright" before one
of them is a headline, no footer's notice ("Harbour Times copyright 2018") or credit ("Image
copyright Getty Images") (:func:`boilerplate.marker_family`)."""
FOOTER_PAGE_WORDS: tuple[str, ...] = (
    "home", "about", "help", "terms", "privacy", "cookies", "contact", "advertise", "careers", "sitemap", "faq",
    "الرئيسية", "مساعدة", "المساعدة", "الشروط", "الخصوصية", "اتصل", "ballina", "rreth", "ndihme", "kushtet", "privatesia",
    "kontakt", "kontakti",
)
"""Words of the other links in a footer's row ("About", "Help Center", "Terms", "من نحن", "Rreth nesh"):
words run together with a copyright line's legal links (:data:`FOOTER_LEGAL_LINKS`) that hold one
are more links ("© 2018 Twitter About Help Center Terms Privacy policy"), no rights holder's name."""

THEME_WORDS: tuple[str, ...] = ("theme", "wordpress theme", "template", "قالب", "قالب ووردبريس", "temë", "tema", "shabllon")
"""Words that make a footer's copyright line a site theme's credit ("© 2018 JNews - Premium WordPress
news & magazine theme by Jegtheme.", "© 2018 JNews - قالب ووردبريس إخباري ومجلات متميز من
Jegtheme."): a theme shop's stock footer that a site keeps, naming the theme, never the outlet."""

VERIFIED_LABELS: tuple[str, ...] = ("verified", "تم التحقق", "موثق", "حساب موثق", "verifikuar", "i verifikuar", "e verifikuar")
"""The "verified account" badge's label, which a copied profile or post header prints on its own
line between the account's name or handle and its "Follow" button."""

REACTION_WORDS: tuple[str, ...] = (
    "like", "likes", "view", "views", "play", "plays", "reactions",
    "إعجاب", "إعجابات", "تسجيل إعجاب", "تسجيلات إعجاب", "مشاهدة", "مشاهدات", "تفاعل",
    "pelqim", "pelqime", "shikim", "shikime", "reagime",
)
"""The word after a post's likes or views count on a line of its own ("1,234 likes", "528 مشاهدة",
"7,149 shikime"), matched on the folded text: the count a social post page prints right over the
post's own date."""

COMMENT_COUNT_WORDS: tuple[str, ...] = (
    "comment", "comments", "تعليق", "تعليقات", "تعليقا", "koment", "komente", "komentet",
)
"""The word after the comment count a blog theme prints in a post's meta line ("6 Comments", "3 تعليق",
"0 komente"), matched on the folded text."""

SITE_NOUNS: tuple[str, ...] = (
    "site", "website", "portal", "news portal", "news site", "newspaper", "magazine", "agency", "outlet",
    "موقع", "بوابة", "شبكة", "صحيفة", "جريدة", "مجلة", "منصة", "وكالة",
    "portali", "faqe", "faqja", "gazete", "gazetë", "reviste", "revistë", "agjenci", "agjencia", "media",
)
"""What a site's "about" sentence calls the site right after its name ("X is a news portal that ...",
"X موقع إخباري مستقل ...", "X është portal informativ ..."), as a news theme's footer widget prints it."""

ALT_TEXT_OPENINGS: tuple[str, ...] = (
    "image may contain", "may be an image of", "may be a graphic of", "no photo description available",
    "ربما تحتوي الصورة على", "قد تكون صورة", "لا يتوفر وصف للصورة",
    "mund te jete nje imazh", "mund te jete nje grafike",
)
"""Openings of the automatic alt text a social network writes for a post's picture ("Image may
contain: 2 people, text", "No photo description available."), which a copied post page or a
profile's grid keeps as a line of its own (matched on the line's key)."""

LINK_IN_BIO: tuple[str, ...] = (
    "link in bio", "link in the bio", "link in our bio", "link in profile", "links in bio",
    "linku ne bio", "linkun ne bio", "linku ne profil", "linkun ne profil",
    "الرابط في البايو", "الرابط في البيو", "الرابط في الوصف", "الرابط في البروفايل", "الرابط في الصفحة الشخصية",
)
"""The pointer a caption ends with to the link in the account's profile, where the full story is
("🔗 Link in bio", "Më shumë në linkun në bio 👆", "لمزيد من التفاصيل: الرابط في البايو"; matched on
the line's key): furniture of a social post, like a "Read more" link under an article."""

EDIT_NOTE_LABELS: tuple[str, ...] = ("edit", "edited", "تعديل", "ndryshim", "shtese")
"""The label a forum post's submitter opens a later note with ("Edit:", "EDIT 2:", "تعديل:",
"Ndryshim:"; matched on the label's key before the colon): what follows is the submitter's addition
(another story on the same subject, a correction, thanks), not the article the post carries. ("Update:"
is not among them: outlets print it in their own articles.)"""

SUBSTACK_FOOTER: tuple[str, ...] = ("publish on substack", "substack is the home for great culture")
"""Substack's own footer under every post of a publication it hosts ("© 2018 Name ∙ Privacy ∙ Terms ∙
Publish on Substack", later "Substack is the home for great culture"), English on every
publication whatever its language (matched inside the line's key): the page is a Substack post."""

NEWSLETTER_GREETINGS: tuple[str, ...] = (
    "good evening", "good morning", "good afternoon", "hello", "hi everyone", "welcome to", "welcome back",
    "مساء الخير", "صباح الخير", "مرحبا", "اهلا", "اهلا وسهلا",
    "mirembrema", "miremengjes", "miredita", "pershendetje", "mire se vini", "mire se erdhet",
)
"""Openings of a newsletter writer's greeting line over the issue's article ("Good evening, and
welcome to today's issue.", "مساء الخير، وأهلاً بكم في عدد اليوم.", "Mirëmbrëma dhe mirë se vini
në numrin e sotëm."; matched on the line's key, whole words): the writer's salutation, not the story."""

ALSO_TODAY: tuple[str, ...] = ("also today", "elsewhere today", "وأيضا اليوم", "أيضا اليوم", "gjithashtu sot")
"""A newsletter issue's label over its next, shorter item after the day's story ("Also today",
"وأيضاً اليوم", "Gjithashtu sot"), as a line of its own ("Also today, the minister said ..." is a
sentence): on a Substack post, the label and the item under it up to the sign-off are no part of
the story (:func:`newsletter.next_items`)."""
