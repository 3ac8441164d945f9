"""The comment markup families of saved pages, as data: selector sets tried in order.

Each :class:`CommentFamily` names, as XPath 1.0 (lxml has no CSS engine without the ``cssselect``
package), where a comment section sits, what one comment is, and where its author, date and body are.
Lookups of author, date and body are relative to one item and skip anything inside a nested reply,
so the selectors can stay loose. A new site is a new family (or a new alternative in one), not new code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "AUTHOR_FILLER",
    "AUTHOR_PREFIX",
    "BYLINE",
    "CHILDREN",
    "CHILDREN_TAGS",
    "CLOCK_ONLY",
    "CLOCK_WITH_H",
    "COMMENT_ID",
    "DATE_EDGES",
    "DATE_FALLBACK",
    "DATE_FILLER",
    "DEPTH_CLASS",
    "EXCLUDED_ZONES",
    "FAMILIES",
    "GENERIC_FAMILIES",
    "HEADER",
    "ISO_DATETIME",
    "LEADING_FILLER",
    "NAME_BEFORE_DATE",
    "JSONLD_SCRIPTS",
    "NOISE",
    "PERMALINKS",
    "PINGBACK_CLASSES",
    "PINGBACK_TEXT",
    "REPLY_TO_LINKS",
    "SECTION_CHROME",
    "ZONE_GUARD",
    "ZONE_GUARD_INSIDE",
    "CommentFamily",
    "cls",
]


def cls(name: str) -> str:
    """An XPath test for one class token, as CSS ``.name`` means it."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _any_cls(*names: str) -> str:
    return "(" + " or ".join(cls(n) for n in names) + ")"


@dataclass(frozen=True)
class CommentFamily:
    """One markup family of comment sections.

    ``item`` is searched inside the ``container`` matches (the whole page when it is empty); ``author``,
    ``date`` and ``body`` are relative to an item, alternatives separated by ``|`` in document order are
    ranked by the order given. ``parent_attr`` names an attribute holding the parent's id, when the
    markup says it instead of nesting. ``needs_author`` rejects items without an author (loose families
    that would otherwise take live tickers or teasers for comments).
    """

    name: str
    container: str
    item: str
    author: tuple[str, ...]
    date: tuple[str, ...]
    body: tuple[str, ...]
    parent_attr: str | None = None
    needs_author: bool = False


# A name inside a comment's meta/header block: "comment-meta__name", "comment-header__name", "c-meta__username".
_META_NAME = (
    ".//*[contains(@class, 'meta') or contains(@class, 'header')]"
    "//*[contains(@class, '__name') or contains(@class, '-name') or contains(@class, 'username')]"
)

# Author alternatives shared by the WordPress themes (core since 3.6, Twenty*, classic Kubrick-era).
_WP_AUTHOR = (
    f".//*[{cls('fn')}]",
    ".//cite//a[not(starts-with(@href, '#'))][not(contains(@href, '#comment'))]",
    f".//*[{_any_cls('comment-author', 'comment-author-name', 'author')}]//cite",
    f".//*[{_any_cls('comment-author', 'comment-author-name', 'commentauthor')}]//strong",
    f".//*[{_any_cls('comment-author', 'comment-author-name', 'commentauthor')}]",
    ".//cite",
    ".//strong",
)
_WP_DATE = (
    ".//time",
    ".//abbr[@title]",
    f".//*[{_any_cls('comment-metadata', 'commentmetadata', 'comment-meta', 'comment-date', 'comment-time')}]//a",
    f".//*[{_any_cls('comment-metadata', 'commentmetadata', 'comment-meta', 'comment-date', 'comment-time')}]",
    ".//small//a",
    ".//small",
    f".//*[{_any_cls('comment-author', 'comment-author-name', 'meta')}]",
)
_WP_BODY = (
    f".//*[{_any_cls('comment-content', 'comment-text', 'contenttext', 'entry-content')}]",
    f".//*[{cls('comment-body')}]",
)

_WP_LISTS = _any_cls("comment-list", "commentlist", "pinglist", "trackbacklist", "pingback-list")

FAMILIES: tuple[CommentFamily, ...] = (
    CommentFamily(
        name="wpdiscuz",
        container=f"//*[@id='wpcomm' or @id='wpdcom' or {_any_cls('wpdiscuz_unauth', 'wpd-thread-wrapper')}]",
        item=f".//*[{_any_cls('wc-comment', 'wpd-comment')}]",
        author=(
            f".//*[{_any_cls('wc-comment-author', 'wpd-comment-author')}]//a",
            f".//*[{_any_cls('wc-comment-author', 'wpd-comment-author')}]",
        ),
        date=(
            f".//*[{_any_cls('wc-comment-date', 'wpd-comment-date')}]//time",
            f".//*[{_any_cls('wc-comment-date', 'wpd-comment-date')}]",
        ),
        body=(f".//*[{_any_cls('wc-comment-text', 'wpd-comment-text')}]",),
    ),
    CommentFamily(
        name="wordpress",
        # themes that list pingbacks apart put them in ol.pinglist / ol.trackbacklist
        container=f"//ol[{_WP_LISTS}] | //ul[{_WP_LISTS}]",
        item=f".//li[{_any_cls('comment', 'pingback', 'trackback')} or starts-with(@id, 'comment-')"
        " or starts-with(@id, 'li-comment-')]",
        author=_WP_AUTHOR,
        date=_WP_DATE,
        body=_WP_BODY,
    ),
    CommentFamily(
        # wp_list_comments(style="div"), as Twenty Twenty writes it: div#comment-N.comment.depth-N, div.children
        name="wordpress-div",
        container="//*[@id='comments']",
        item=f".//div[{cls('comment')} and starts-with(@id, 'comment-') and contains(@class, 'depth-')]",
        author=_WP_AUTHOR,
        date=_WP_DATE,
        body=_WP_BODY,
    ),
    CommentFamily(
        name="disqus",
        container="//*[@id='disqus_thread' or @id='dsq-comments' or @id='posts']",
        item=f".//*[{_any_cls('comment', 'post', 'dsq-comment')} and not(ancestor::*[{cls('post-body')}])]",
        author=(
            f".//*[{_any_cls('post-byline', 'dsq-comment-header')}]//*[{cls('author')}]",
            f".//*[{_any_cls('comment-author', 'author', 'dsq-commenter-name')}]",
            ".//cite",
        ),
        date=(f".//a[{cls('time-ago')}]", ".//time", f".//*[{_any_cls('post-meta', 'dsq-comment-header')}]//a"),
        body=(f".//*[{_any_cls('post-message', 'comment-body', 'dsq-comment-message')}]",),
        parent_attr="data-parent",
    ),
    CommentFamily(
        name="microdata",
        container="",
        item="//*[contains(@itemtype, 'schema.org/Comment') or contains(@itemtype, 'schema.org/UserComments')]",
        author=(".//*[@itemprop='author']//*[@itemprop='name']", ".//*[@itemprop='author' or @itemprop='creator']"),
        date=(".//*[@itemprop='dateCreated' or @itemprop='datePublished' or @itemprop='commentTime']",),
        body=(".//*[@itemprop='text' or @itemprop='commentText' or @itemprop='description']",),
    ),
    CommentFamily(
        name="drupal",
        container=f"//*[@id='comments' or {_any_cls('comment-wrapper', 'comments', 'field--name-comment')}]",
        item=f".//*[{cls('comment')} and not(self::a) and not(self::li)]",
        author=(
            f".//*[{_any_cls('username', 'comment__author', 'author', 'comment-author', 'fn')}]",
            _META_NAME,
            # RDFa of Drupal 7-10 cores: the commenter is a foaf/schema Person (an anonymous one has no class)
            ".//*[contains(@typeof, 'Person') or contains(@typeof, 'UserAccount')]",
            ".//*[contains(@class, 'submitted')]//a",
            ".//*[contains(@class, 'submitted')]",
            ".//cite",
        ),
        date=(
            ".//*[@datatype='xsd:dateTime' or contains(@property, 'dc:created') or contains(@property, 'dateCreated')]",
            ".//time",
            f".//*[{_any_cls('comment__time', 'comment-time', 'comment-date')}]",
            f".//*[{cls('submitted')}]",
        ),
        body=(
            f".//*[{_any_cls('field-name-comment-body', 'field--name-comment-body', 'comment-body')}]",
            f".//*[{_any_cls('content', 'comment__content', 'comment-content')}]",
        ),
    ),
    CommentFamily(
        name="blogger",
        container=f"//*[{_any_cls('comment-thread', 'comments-content')} or @id='comment-holder']",
        item=f".//li[{cls('comment')}]",
        author=(f".//*[{cls('user')}]", ".//cite"),
        date=(f".//*[{cls('datetime')}]",),
        body=(f".//*[{cls('comment-content')}]",),
    ),
    CommentFamily(
        name="blogger-classic",
        container="//*[@id='comments-block']",
        item=f".//dt[{cls('comment-author')}]",
        author=(".//a[@href]", "."),
        date=(f"following-sibling::dd[{cls('comment-footer')}][1]//*[{cls('comment-timestamp')}]",),
        body=(f"following-sibling::dd[{cls('comment-body')}][1]",),
    ),
    CommentFamily(
        # SPIP's squelettes-dist (ul.forum > li > div.forum-message) and older custom ones (div.forum)
        name="spip",
        container="",
        item=f"//*[{cls('forum-message')}] | //*[{cls('forum')}][*[{cls('forum-chapo')}]]",
        author=(
            f".//*[{cls('forum-chapo')}]//a[not(ancestor::*[{cls('forum-titre')}])][not(starts-with(@href, '#'))]",
            f".//*[{cls('forum-chapo')}]//*[self::strong or self::span or self::b][not({cls('forum-titre')})]",
            f".//*[{cls('forum-chapo')}]//small",
        ),
        date=(
            f".//*[{cls('forum-chapo')}]//*[{_any_cls('date', 'published')}]",
            f".//*[{cls('forum-chapo')}]//small",
            f".//*[{cls('forum-chapo')}]",
        ),
        body=(f".//*[{_any_cls('forum-texte', 'forum-item')}]",),
    ),
)

# Loose families for the rest of the web, tried after JSON-LD: a "comments" section with items
# whose classes say comment. They demand an author so tickers and teasers are not taken.
GENERIC_FAMILIES: tuple[CommentFamily, ...] = (
    CommentFamily(
        name="generic",
        container="//*["
        + " or ".join(
            f"contains(@id, '{w}') or contains(@class, '{w}')" for w in ("comment", "reaction", "discussion", "replies")
        )
        + "]",
        # any class token ending in "comment" (BEM blocks such as "d-comment", "c-comment") counts as an item
        item=f".//*[{_any_cls('comment-item', 'comments-item', 'comments__item', 'user-comment', 'reaction', 'reaction-item')}"  # noqa: E501
        " or contains(concat(' ', normalize-space(@class), ' '), 'comment ')"
        " or @data-comment-id or starts-with(@id, 'comment-') or starts-with(@id, 'reaction-')]",
        author=(
            f".//*[{_any_cls('comment-author', 'comment__author', 'author', 'author-name', 'username', 'user-name', 'pseudo', 'nickname', 'commenter', 'name', 'user')}]",  # noqa: E501
            _META_NAME,
            ".//*[contains(@class, 'author') or contains(@class, 'username') or contains(@class, 'user-name')"
            " or contains(@class, 'nickname') or contains(@class, 'pseudo') or contains(@class, 'commenter')]",
            ".//cite",
            ".//strong",
        ),
        date=(
            ".//time",
            f".//*[{_any_cls('comment-date', 'comment__date', 'date', 'datetime', 'timestamp', 'comment-time', 'time')}]",  # noqa: E501
            ".//*[contains(@class, 'date') or contains(@class, 'time')]",
        ),
        body=(
            f".//*[{_any_cls('comment-body', 'comment-content', 'comment-text', 'comment__body', 'comment__text', 'text', 'content', 'message', 'body')}]",  # noqa: E501
            ".//*[contains(@class, 'text') or contains(@class, 'body') or contains(@class, 'content')"
            " or contains(@class, 'message')]",
        ),
        needs_author=True,
    ),
)

# Nothing inside these is a reader comment of this page: sidebars and widgets (recent comments on
# other posts use the same classes), the comment form, navigation. Class and id words are matched as
# substrings ("sidebar-right", "widget_recent_entries"), so a zone holding the page's own comment
# section or main text (page builders wrap everything in "elementor-widget-...") is spared: ZONE_GUARD.
_ZONE_WORDS = (
    "sidebar",
    "widget",
    "recentcomments",
    "recent-comments",
    "recent_comments",
    "related-posts",
    "navigation",
)
EXCLUDED_ZONES = (
    "//aside | //nav | //template | //footer[not(ancestor::article) and not(ancestor::li)]"
    " | //*[" + " or ".join(f"contains(@class, '{w}') or contains(@id, '{w}')" for w in _ZONE_WORDS) + "]"
    f" | //*[{_any_cls('aside', 'menu', 'nav', 'comment-respond', 'comment-form', 'dsq-widget-list')}]"
    " | //*[@id='respond' or @id='commentform']"
)
ZONE_GUARD = "//*[@id='comments' or @id='disqus_thread' or @id='wpcomm' or @id='respond'] | //main | //h1"
# Inside a comment container, a sign that the loose match took in the page itself.
ZONE_GUARD_INSIDE = ".//main | .//h1 | self::body"

# The header of a comment (author, date, metadata line), dropped when a body is read from the whole item.
HEADER = (
    f".//*[{_any_cls('comment-meta', 'commentmetadata', 'comment-metadata', 'comment-author', 'comment-header', 'vcard', 'meta', 'submitted', 'comment__header', 'comment__meta')}]"  # noqa: E501
    " | .//cite | .//small | .//header | .//time"
)

# Chrome of a comment section that is not a comment and not the article: forms, "reply to this article".
SECTION_CHROME = (
    f"//*[{_any_cls('comment-respond', 'forum-repondre', 'comment-form', 'comments-title', 'comment-reply-title')}]"
    " | //*[@id='respond' or @id='commentform'][not(ancestor::*[@id='respond'])]"
)

# Inside an item, never part of a comment's body: actions, reply links, nested replies, avatars.
NOISE = (
    f".//*[{_any_cls('reply', 'comment-reply-link', 'comment-reply', 'comment-actions', 'comment-util', 'comment-likes', 'wc-comment-footer', 'comment-footer', 'comment-links', 'links', 'sharedaddy', 'says', 'wpdiscuz-comment-message', 'repondre', 'forum-repondre', 'wpd-comment-footer', 'btn-reply', 'forum-titre', 'comment__footer', 'comment__actions', 'comment__links', 'continue', 'thread-toggle', 'comment-replybox-single')}]"  # noqa: E501
    " | .//script | .//style | .//noscript | .//button | .//form | .//img"
)

# Containers that hold replies; counting them gives the depth where no depth class is written.
CHILDREN = (
    "children",
    "indented",
    "wc-reply",
    "comment-replies",
    "replies",
    "children-comments",
    "inline-thread",
    "comment__replies",
    "comment__children",
    "comments__children",
    # old SPIP templates nest each reply level in a div.forum-fil
    "forum-fil",
)
# Elements that hold one reply level each when no class says so (SPIP: ul > li > div.forum-message).
CHILDREN_TAGS = ("li",)

# depth-1 (WordPress), wc_comment_level-1 (wpDiscuz), level-1; 1-based in the markup.
DEPTH_CLASS = re.compile(r"^(?:depth|wc_comment_level|wpd_comment_level|comment-level|level)-(\d+)$")

# The page's own comment id: comment-123, li-comment-123, div-comment-123, post-123 (Disqus), c123 (Blogger),
# forum123 (SPIP).
COMMENT_ID = re.compile(r"^(?:li-|div-|wc-comm-|dsq-)?((?:comment|post|forum|reaction)[-_]?\d+|c\d{3,})(?:_\d+)?$")

PINGBACK_CLASSES = {"pingback": "pingback", "trackback": "trackback"}
# Themes without a pingback class write the kind in the attribution: "Pingback by X — date", "Trackback: X".
PINGBACK_TEXT = re.compile(r"^\s*(pingback|trackback)\b", re.I)

# "in response to X" links of replies listed flat under their thread: the fragment is the parent's id.
REPLY_TO_LINKS = (
    ".//a[starts-with(@href, '#')][contains(@class, 'reply-to') or contains(@class, 'in-reply')"
    " or ancestor::*[contains(@class, 'reply-to') or contains(@class, 'in-reply')]]/@href"
)

# A valid machine date: 2020-08-15, 2020-08-15T09:35:53-07:00, 2020-08-15 09:35:53Z.
ISO_DATETIME = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?\s*$"
)

# Words around a displayed date that are not the date: "Submitted by X on", "says:", "Reply", "Antworten".
DATE_FILLER = re.compile(
    r"\((?:not verified|nicht überprüft|non vérifié)\)"
    r"|\b(?:submitted|posted|written|wrote|geschrieben|verfasst|eingereicht|publié|posté|écrit|soumis|by|von|par|on"
    r"|am|le|pingback|trackback"
    r"|says|said|sagt|schreibt|dit|a dit|reply|antworten|antwort|répondre|permalink|link|comment|kommentar"
    r"|commentaire)\b\s*:?|[|·•@—–]|\s-\s"
    # a comment's running number before its date: "#3 — 12. März 2021", "#2.1"
    r"|#\d+(?:\.\d+)*",
    re.I,
)

# French clock times "20 h 19", "14h05", "14 h 05 min" (the date library reads only some of these forms).
CLOCK_WITH_H = re.compile(r"\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)\b(?:\s?min\b)?", re.I)
# A time of day and nothing else ("9:15 pm"): not a comment date (the day is written elsewhere or not at all).
CLOCK_ONLY = re.compile(r"^\s*\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|uhr)?\s*$", re.I)

# What is left at the edges of a displayed date once the author's name is cut out: "21 juin 2019, 09:12, par".
DATE_EDGES = re.compile(
    r"^(?:[\s,;:|·•–—@-]|\b(?:comment|kommentar|commentaire|submitted|posted|by|von|par|on|le|am)\b)*"
    r"|(?:[\s,;:|·•–—@-]|\b(?:by|von|par|de|on)\b)*$",
    re.I,
)

# Trailing words after an author's name in old themes: "Name says:", "Name sagt:", "Name said...".
AUTHOR_FILLER = re.compile(
    r"\s*(?:\b(?:says|said|sagt|schreibt|hat gesagt|meint|dit|a dit|wrote|écrit)\s*[:.…]*"
    r"|\((?:not verified|nicht überprüft|non vérifié)\))\s*$",
    re.I,
)
# By-line words before an article author's name: "Posted by", "Publié par", "Von", "Post author By" (Twenty Twenty).
AUTHOR_PREFIX = re.compile(
    r"^\s*(?:(?:post\s+)?(?:author|autor|auteur)\s*:?\s*(?=(?:by|par|von)\s))?(?:(?:posted|written|published|publié|publiée|écrit|rédigé|geschrieben|veröffentlicht|verfasst|eingestellt)"
    r"\s+)?(?:by|par|von)\s+",
    re.I,
)
# "says:" left at the start of a body read from a whole item (old themes: "<cite>Bob</cite> Says:").
LEADING_FILLER = re.compile(r"^\s*(?:says|said|sagt|schreibt|hat gesagt|meint|dit|a dit|wrote|écrit)\s*[:.…]*\s*", re.I)
# A by-line holding the author after a date: "21 juin 2019, 09:12, par Claire", "Submitted by Bob on ...".
# A name written before its date in one text ("Tom on 14 May 2008 at 11:02 am", "Tom, 3. März 2009 um 17:12").
NAME_BEFORE_DATE = re.compile(
    r"^(?P<name>[^,|\n—–@]+?)\s*(?:[,|—–@]|\s-\s|\b(?:on|am|le|said|says|sagt|schrieb|wrote)\b)"
    r".*(?:\d{1,2}[:.h]\d{2}|\b(?:19|20)\d{2}\b)",
    re.I,
)
BYLINE = re.compile(r"\b(?:par|by|von)\s+(?P<name>[^,|\n—–@]+?)\s*(?:(?:[,|—–@]|\s-\s|\b(?:on|le|am|um)\b).*)?$", re.I)

# Links from a comment to itself ("#comment-12", "/2021/09/leeks/#comment-470", "?showComment=...#c44").
PERMALINKS = ".//a[contains(@href, '#comment') or contains(@href, 'showComment') or contains(@href, '#c')]/@href"

JSONLD_SCRIPTS = "//script[@type='application/ld+json']"

# Where a date may sit when a family's own date selectors found none: times, permalinks, small print.
DATE_FALLBACK = (
    ".//time | .//a[contains(@href, '#')] | .//small | .//abbr[@title] | .//cite"
    f" | .//*[{_any_cls('date', 'datetime', 'timestamp', 'time', 'comment-date', 'comment-time', 'published')}]"
    # BEM elements of a comment block: "comment__date", "comment-meta__date", "c-comment__time"
    " | .//*[contains(@class, '__date') or contains(@class, '__time') or contains(@class, '__timestamp')]"
)
