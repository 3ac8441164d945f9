"""Field names, value maps and patterns of comment exports (WXR, Disqus, Commento, isso, tables), in one place."""

from __future__ import annotations

import re

# --- WordPress WXR -------------------------------------------------------------------------------------------
# Items of these post types are articles and always give a thread, with or without comments.
WXR_ARTICLE_TYPES: frozenset[str] = frozenset({"post", "page"})
# Items of these types never carry reader comments (menus, revisions, shop orders whose "comments" are order
# notes); any other type (attachment, custom post types) gives a thread only when it has comments, so no reader
# comment of the export is silently dropped.
WXR_NEVER_THREAD_TYPES: frozenset[str] = frozenset(
    {
        "nav_menu_item",
        "revision",
        "custom_css",
        "customize_changeset",
        "oembed_cache",
        "user_request",
        "wp_block",
        "wp_template",
        "wp_template_part",
        "wp_global_styles",
        "wp_navigation",
        "wp_font_family",
        "wp_font_face",
        "shop_order",
        "shop_order_refund",
        "shop_coupon",
        "shop_webhook",
    }
)
# wp:comment_approved -> Comment.status ("post-trashed": the post was trashed with its comments)
WXR_STATUS: dict[str, str] = {
    "1": "approved",
    "approve": "approved",
    "approved": "approved",
    "0": "pending",
    "hold": "pending",
    "spam": "spam",
    "trash": "deleted",
    "post-trashed": "deleted",
}
WXR_KINDS: frozenset[str] = frozenset({"pingback", "trackback"})
# WordPress writes this for "no date" (drafts, unapproved comments without a GMT time)
WXR_NO_DATE = re.compile(r"^0000-00-00")
WXR_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
# wp:comment_parent values that mean "top level"
NO_PARENT: frozenset[str] = frozenset({"", "0", "root", "null", "none"})
# WordPress shortcodes that wrap or replace content; their tags are removed, the text inside them kept
WP_SHORTCODE = re.compile(
    r"\[/?(?:caption|wp_caption|gallery|embed|audio|video|playlist|code|sourcecode|source|"
    r"youtube|vimeo|googlemaps|contact-form(?:-7)?|column|one_half|one_third|fusion_\w+|vc_\w+|et_pb_\w+)"
    r"(?:\s[^\]]*)?\]",
    re.I,
)

# An author "name" that is really an e-mail or IP address (people type their address into the name field); it is
# moved to Comment.private so it reaches output only with --keep-private.
ADDRESS_AS_NAME = re.compile(
    r"^\s*(?:[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+|\d{1,3}(?:\.\d{1,3}){3}|(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})\s*$", re.I
)

# --- Disqus XML ----------------------------------------------------------------------------------------------
DISQUS_TRUE: frozenset[str] = frozenset({"true", "1", "yes"})
DISQUS_FALSE: frozenset[str] = frozenset({"false", "0", "no", ""})
# Where a damaged Disqus export can be picked up again: the start tag of a post or of a top-level thread (a
# thread reference inside a post is self-closing and is not a record).
DISQUS_RESYNC = re.compile(rb"<(?:[\w.-]+:)?(?:post|category)\b|<(?:[\w.-]+:)?thread\b(?:[^>/]|/(?!>))*>")
WXR_RESYNC = re.compile(rb"<(?:[\w.-]+:)?item\b")

# --- Commento JSON -------------------------------------------------------------------------------------------
COMMENTO_STATUS: dict[str, str] = {"approved": "approved", "unapproved": "pending", "flagged": "spam"}
COMMENTO_ROOT = "root"
COMMENTO_ANONYMOUS = "anonymous"

# --- isso JSON -----------------------------------------------------------------------------------------------
# isso's comment "mode": 1 accepted, 2 waiting for moderation, 4 deleted (kept because it has replies)
ISSO_STATUS: dict[int, str] = {1: "approved", 2: "pending", 4: "deleted"}
ISSO_DATE_FORMAT = "%Y-%m-%d %H:%M:%S"

# --- CSV / JSONL tables --------------------------------------------------------------------------------------
# TableColumns field -> column names tried in order (compared after lower-casing and turning spaces and
# hyphens into underscores) when the user names no column.
TABLE_GUESSES: dict[str, tuple[str, ...]] = {
    "text": ("body", "text", "comment", "comment_text", "comment_body", "message", "content", "comment_content"),
    "author": ("author", "author_name", "user", "username", "user_name", "name", "comment_author"),
    "time": ("time", "timestamp", "date", "created_at", "created", "created_utc", "datetime", "comment_date"),
    "id": ("id", "comment_id", "commentid"),
    "parent": ("parent", "parent_id", "reply_to", "in_reply_to", "parent_comment_id", "comment_parent"),
    "thread": ("thread", "thread_id", "article_id", "post_id", "link_id", "url", "article_url"),
    "article": ("article", "article_text", "article_body"),
}
TABLE_FLAGS: dict[str, str] = {name: f"--{name}-column" for name in TABLE_GUESSES}
CSV_DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
# Epoch times: seconds (10 digits, 1973-2286) or milliseconds (13 digits)
EPOCH_SECONDS = re.compile(r"^\d{9,10}(?:\.\d+)?$")
EPOCH_MILLIS = re.compile(r"^\d{12,13}$")
