"""The articles of a news API's JSON answer, found by their fields' names.

APIs differ in where they put the list ("articles", "results", "data",
"items", or the top level) and in what they call each field, but an article
is always an object with a title or headline and a body under one of a few
names.  The list is found by that shape, not by the API's name, and each
field is read from the first of its usual names that holds a value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from store.normalise.json_blocks import is_block_list, render_blocks
from store.normalise.standfirsts import SUMMARY_KEYS, standfirst

# Free API tiers cut the body short and say so: "... wounded.… [+2456 chars]".  The mark goes on a
# line of its own, where the furniture rules remove it in the audit's view and the "…" stays.
_TRUNCATION_MARK = re.compile(r"\s*(\[\+\d{1,7} chars?\])\s*$")
_MAX_DEPTH = 4  # APIs nest their article list a level or two down, never deeper
# Each field's usual names, then the same names in the beat's other languages: a German media monitor's
# export heads its columns "Titel;Quelle;Datum;Autor;Text", a Russian one "заголовок,текст,источник,дата".
_TITLE_KEYS = (
    "title", "headline",
    "titel", "titre", "título", "titulo", "titolo", "überschrift", "schlagzeile", "заголовок", "название", "назва", "제목", "タイトル", "見出し", "标题", "標題",
)
_BODY_KEYS = (
    "content", "body", "text", "articlebody", "article_body", "full_text", "fulltext", "bodytext", "description", "summary", "abstract", "snippet",
    "texte", "texto", "testo", "inhalt", "contenu", "contenido", "текст", "содержание", "本文", "正文", "内容", "본문", "내용",
)
_OUTLET_KEYS = (
    "source", "outlet", "publisher", "publication", "site", "sitename", "site_name", "source_name", "domain", "brand",
    "quelle", "fuente", "fonte", "média", "medium", "источник", "издание", "джерело", "видання", "출처", "언론사", "出典", "媒体", "来源", "來源",
)
_AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writer", "autor", "auteur", "autore", "автор", "작성자", "기자", "著者", "作者", "记者", "記者")
_DATE_KEYS = (
    "publishedat", "published_at", "published", "datepublished", "date_published", "pubdate", "pub_date", "date", "publication_date", "created_at", "time",
    "datum", "fecha", "дата", "날짜", "日付", "日期",
)
_URL_KEYS = ("url", "link", "permalink", "webUrl", "web_url", "lien", "enlace", "ссылка", "посилання", "링크")
# The names a table's header row may give its title and body columns (``tables``).
TITLE_FIELD_NAMES = frozenset(_TITLE_KEYS)
BODY_FIELD_NAMES = frozenset(_BODY_KEYS) - {"abstract", "snippet"}


@dataclass(slots=True)
class Item:
    """One article of a container, its fields as found (None when absent)."""

    line: int  # 1-based source line where the item starts
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None
    body: str = ""  # plain text or markup
    summary: str | None = None  # the deck a summary field gives beside the full text
    # An entry of the article list that is no article (no title or no text): never rendered,
    # but recorded in the audit so that no item of the source vanishes without a trace.
    left_out: bool = False
    removed: list[tuple[str, str]] = field(default_factory=list)  # (reason, text) left out of the item, for the audit
    # What was repaired in the item's text ("mail-part-cyrillic-mojibake x1"): kept, not left out, for the audit.
    repairs: list[str] = field(default_factory=list)


def json_items(data: object, text: str) -> list[Item]:
    """The articles of the first list of article-shaped objects in ``data`` (``text``: its source).

    Without any, a channel or chat export's messages (objects with a date and a
    text but no title) are the articles, one per post.
    """
    if isinstance(data, dict) and "components" in data:
        from store.normalise.apple_news import apple_news_items, is_apple_news  # (it builds this module's items)

        if is_apple_news(data):
            return apple_news_items(data)
    if isinstance(data, dict) and "cells" in data:
        from store.normalise.notebooks import is_notebook, notebook_items  # (it builds this module's items)

        if is_notebook(data):
            return notebook_items(data)  # (a notebook's cells would read as a list of messages)
    found = _article_list(data, 0)
    if found:
        items = [_item(entry, text) for entry in found]
        if isinstance(data, dict) and "jsonfeed.org" in str(data.get("version")) and isinstance(data.get("title"), str):
            for item in items:  # a JSON Feed's own title names the site its items come from
                item.outlet = item.outlet or data["title"].strip() or None
        return items
    return message_items(data, text)


_MESSAGE_TEXT_KEYS = ("text", "message", "content", "body")
_MESSAGE_DATE_KEYS = ("timestamp", "sent_at", "created")
# Message types that carry a member's words (Telegram "message", Discord "Default" and "Reply");
# anything else is the app's own notice.
_POST_TYPES = frozenset({"message", "default", "reply", "text", "post", "note", "article"})  # (ActivityPub: Note, Article)
_SENDER_KEYS = ("from", "sender", "author", "from_name", "channel")


def message_items(data: object, text: str) -> list[Item]:
    """One item per message of an export's message list ("messages": [{date, text}, ...]; an
    ActivityPub outbox's "orderedItems"; a chat app's day file, a bare list of messages)."""
    if isinstance(data, list):  # Slack's export: one file of messages per channel and day, written by members
        fields, messages, members_write = {}, data, True
    elif isinstance(data, dict):
        fields = _lowered(data)
        messages = fields.get("messages", fields.get("ordereditems"))
        # A group's or a private chat's export (Telegram's "private_supergroup", "personal_chat"): its members
        # write each message, and no outlet runs them; a channel posts as itself.
        members_write = isinstance(kind := fields.get("type"), str) and ("group" in kind.lower() or kind.lower().endswith("chat"))
    else:
        return []
    if not isinstance(messages, list):
        return []
    # Telegram names the channel at the top; a Discord export under "channel": {"name": ...}.
    channel = fields.get("name") if isinstance(fields.get("name"), str) else _text(fields, ("channel",))
    items = []
    for entry in messages:
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("object"), dict):
            entry = entry["object"]  # an activity ("Create") wraps the post it publishes
        message = _lowered(entry)
        body = next((b for key in _MESSAGE_TEXT_KEYS if (b := _message_text(message.get(key)))), "")
        date = _text(message, _DATE_KEYS) or _text(message, _MESSAGE_DATE_KEYS) or _epoch_date(message.get("ts"))
        kind = message.get("type")
        if not body.strip() or date is None or (kind is not None and str(kind).lower() not in _POST_TYPES) or _service_subtype(message):
            continue  # a service message ("channel created", "member joined") or a picture without words
        forwarded = _text(message, ("forwarded_from", "fwd_from", "forwarded"))
        writer = _text(message, ("author",)) if channel and not _text(message, ("from", "sender")) else None
        if members_write:
            writer = _text(message, ("from", "sender", "author", "from_name", "user_name", "username"))
        items.append(
            Item(
                line=_line_of(text, body[:80]),
                # A chat member ("author" of a Discord message) writes in the channel; a channel posts as itself.
                outlet=None if members_write else channel if writer else _text(message, _SENDER_KEYS) or channel,
                author=writer,
                published=date,
                body=f"Forwarded from {forwarded}\n\n{body}" if forwarded else body,
            )
        )
    return items if not isinstance(data, list) or len(items) >= _LEAST_LISTED_MESSAGES else []


_LEAST_LISTED_MESSAGES = 2  # a bare list holding one dated text is as likely something else
# Slack's subtypes of a member's own words; every other subtype is the app's notice ("channel_join").
_WORDS_SUBTYPES = frozenset({"bot_message", "thread_broadcast", "file_share", "me_message"})


def _service_subtype(message: dict[str, object]) -> bool:
    subtype = message.get("subtype")
    return isinstance(subtype, str) and subtype not in _WORDS_SUBTYPES


def _epoch_date(stamp: object) -> str | None:
    """A Unix time stamp ("1741680000.000100", Slack's "ts") as an ISO date, or None."""
    if not isinstance(stamp, (str, int, float)) or not re.fullmatch(r"1\d{9}(?:\.\d{1,6})?", str(stamp)):
        return None
    return datetime.fromtimestamp(float(stamp), tz=UTC).isoformat()


def _message_text(value: object) -> str:
    """A message's text: a string, or the parts of rich text (strings and {"text": ...} objects)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else "" for part in value)
    return ""


def _article_list(data: object, depth: int) -> list[dict[str, object]] | None:
    if depth > _MAX_DEPTH:
        return None
    if isinstance(data, list):
        entries = [entry for entry in data if isinstance(entry, dict)]
        articles = sum(1 for entry in entries if _is_article(entry))
        if articles and articles * 2 >= len(data):
            return entries  # the others are left out by the renderer, which records them
        children: list[object] = list(data)
    elif isinstance(data, dict):
        # The response itself, or one article wrapped in an envelope ({"data": {"article": {...}}}).
        if depth <= 2 and _is_article(data):
            return [data]
        children = list(data.values())
    else:
        return None
    for child in children:
        if isinstance(child, (list, dict)) and (found := _article_list(child, depth + 1)):
            return found
    return None


def _is_article(entry: dict[str, object]) -> bool:
    fields = _article_fields(entry)
    return _text(fields, _TITLE_KEYS) is not None and _text(fields, _BODY_KEYS) is not None


def _lowered(entry: dict[str, object]) -> dict[str, object]:
    return {str(key).lower(): value for key, value in entry.items()}


# A field named for the format of its value ("body_html", "title_plain") holds that field.
_FORMAT_WORDS = frozenset({"html", "text", "plain", "markdown", "md", "raw"})
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")


def _article_fields(entry: dict[str, object]) -> dict[str, object]:
    """An article object's fields under the names we look for, whatever the API calls them.

    APIs prefix or camel-case the usual names ("webTitle", "webPublicationDate",
    "bodyText") and tuck some fields into a nested object ("fields": {"byline":
    ...}).  Each key is also known by its words joined with "_" and by those
    words without the first ("webPublicationDate" -> "publication_date"); the
    fields of a nested object count as the article's own.  A name the object
    really uses always wins over such an alias.
    """
    fields = _lowered(entry)
    nested = [value for value in entry.values() if isinstance(value, dict) and len(value) > 2]
    for source in (entry, *nested):
        for key, value in source.items():
            words = [w.lower() for w in _KEY_WORDS.findall(str(key))]
            if source is not entry:
                fields.setdefault(str(key).lower(), value)
            if len(words) > 1:
                fields.setdefault("_".join(words), value)
                fields.setdefault("_".join(words[1:]), value)
                if words[-1] in _FORMAT_WORDS:
                    fields.setdefault("_".join(words[:-1]), value)  # "body_html", "bodyText": the body
    return fields


def _text(fields: dict[str, object], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` holding text; a nested object's "name", a list's items joined."""
    for key in keys:
        value = fields.get(key.lower())
        if isinstance(value, dict):
            lowered = _lowered(value)
            # A rich-text editor's document (Draft.js, Editor.js: {"blocks": [...]}) is the body.
            blocks = lowered.get("blocks")
            # WordPress gives its fields as {"rendered": "..."}, other APIs as {"value": "..."}.
            value = render_blocks(blocks) if is_block_list(blocks) else next((v for k in ("name", "title", "rendered", "value") if isinstance(v := lowered.get(k), str) and v.strip()), None)  # type: ignore[arg-type]
        elif is_block_list(value):
            value = render_blocks(value)  # type: ignore[arg-type]
        elif isinstance(value, list):
            names = [v if isinstance(v, str) else _lowered(v).get("name") if isinstance(v, dict) else None for v in value]
            value = ", ".join(n for n in names if isinstance(n, str) and n.strip())
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _item(entry: dict[str, object], text: str) -> Item:
    fields = _article_fields(entry)
    title = _text(fields, _TITLE_KEYS)
    # The fullest body: some APIs give a one-line "description" beside the "content".
    bodies = [body for key in _BODY_KEYS if (body := _text(fields, (key,)))]
    body = max(bodies, key=len) if bodies else ""
    url = _text(fields, _URL_KEYS)
    summaries = [value for key in SUMMARY_KEYS if (value := _text(fields, (key,))) and value != body]
    return Item(
        line=_line_of(text, title or url or ""),
        title=title,
        outlet=_text(fields, _OUTLET_KEYS),
        author=_text(fields, _AUTHOR_KEYS),
        published=_text(fields, _DATE_KEYS),
        url=url,
        body=_TRUNCATION_MARK.sub(r"\n\n\1", body),
        summary=standfirst(summaries, body) if summaries and body else None,
        left_out=not (title and bodies),
    )


def _line_of(text: str, value: str) -> int:
    """Line where ``value`` (as JSON writes it) first appears; 1 when it cannot be found."""
    if not value:
        return 1
    for needle in (json.dumps(value, ensure_ascii=False)[1:-1][:80], json.dumps(value)[1:-1][:80]):
        at = text.find(needle)
        if at != -1:
            return text.count("\n", 0, at) + 1
    return 1
