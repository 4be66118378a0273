"""A newsletter or forwarded article saved as an e-mail (RFC 822 / MIME).

The headers give the title (Subject), the sender (From, whose display name
is the newsletter's outlet, unless a person sent it) and the date; the body is decoded from
quoted-printable or base64 in its declared charset.  A plain-text part is
preferred: the HTML alternative of the same message says the same with more
chrome around it, and is only used when there is no plain text or the plain
text is a stub of it.
"""

from __future__ import annotations

import email
import email.policy
import itertools
import re
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage
from email.utils import parseaddr

from store.normalise.feed_fields import Item
from store.normalise.mail_headers import header_text
from store.normalise.notebooks import broken_notebook
from store.normalise.senders import sender_is_person, without_reply_prefix

# A message opens with header fields; these are the ones a saved e-mail nearly always has.
_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9-]{1,40}):[ \t]?[^\n]*\n(?:[ \t][^\n]*\n)*")
_MAIL_HEADERS = frozenset({"from", "to", "subject", "date", "mime-version", "content-type", "message-id", "received", "return-path", "delivered-to"})
_MIN_MAIL_HEADERS = 3


# A mailbox (mbox) separates its messages by "From <address> <date>" envelope lines, and escapes
# a body line opening with "From " as ">From ".
_ENVELOPE_LINE = re.compile(r"^From [^\s@]+@?[^\s]* +[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d(?::\d\d)? .{0,40}\d{4}[ \t]*\n", re.MULTILINE)
_ESCAPED_FROM = re.compile(r"^>(>*From )", re.MULTILINE)


def mail_items(text: str) -> tuple[str, list[Item]] | None:
    """The message as one item (a mailbox: one per message), or None when ``text`` is no e-mail."""
    if text.startswith("From ") and (first := _ENVELOPE_LINE.match(text)) is not None:
        return _mailbox_items(text, first.end())
    return _message_items(text)


def _mailbox_items(text: str, start: int) -> tuple[str, list[Item]] | None:
    bounds = [start, *(found.start() for found in _ENVELOPE_LINE.finditer(text, start)), len(text)]
    items: list[Item] = []
    for begin, end in itertools.pairwise(bounds):
        begin = text.index("\n", begin) + 1 if begin != start else begin  # past the envelope line
        message = _message_items(_ESCAPED_FROM.sub(r"\1", text[begin:end]))
        if message is not None:
            line = text.count("\n", 0, begin)
            items += [replace(item, line=item.line + line) for item in message[1]]
    return ("mbox", items) if items else None


# Mail is read as browsers read pages (the WHATWG Encoding Standard): a sender's "Shift_JIS", "EUC-KR"
# or "GB2312" means the Windows superset its software wrote ("①", "똠" and "镕" are only in those),
# which read in the narrow set turn into replacement characters, in the subject as in the body.
_NARROW_LABEL = re.compile(r"(?<=charset=)(\"?)(shift[_-]jis|sjis|euc[_-]kr|gb[_-]?2312|gbk|big5)(?=[\"\s;]|$)|(?<==\?)(shift[_-]jis|sjis|euc[_-]kr|gb[_-]?2312|gbk|big5)(?=\?)", re.IGNORECASE | re.MULTILINE)
_SUPERSET = {"shift_jis": "cp932", "sjis": "cp932", "euc_kr": "cp949", "gb2312": "gb18030", "gb_2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def _superset_label(found: re.Match[str]) -> str:
    if found.group(3) is not None:
        return _SUPERSET[found.group(3).lower().replace("-", "_")]
    return found.group(1) + _SUPERSET[found.group(2).lower().replace("-", "_")]


def _message_items(text: str) -> tuple[str, list[Item]] | None:
    if not opens_with_mail_headers(text):
        return None
    try:
        if "charset=" in text or "=?" in text:
            text = _NARROW_LABEL.sub(_superset_label, text)
        message = email.message_from_string(text, policy=email.policy.default)
        attached = _attached_messages(message)
        notes: list[tuple[str, str]] = []  # (reason, text) of parts read other than as labelled, for the audit
        inline, files = _other_text_parts(message, notes)
        item = _message_item(message, text, [*attached, *files], inline, notes)
        items = [item] if item is not None else []
        for inner in attached:  # a story forwarded "as attachment" is an article of its own
            if (inner_item := _message_item(inner, text, [], None, [])) is not None:
                items.append(inner_item)
        for part in files:  # so is a story sent as a text file
            part_notes: list[tuple[str, str]] = []
            if (body := _content(part, part_notes)) is not None:
                items.append(Item(line=item.line if item else 1, published=str(message.get("date") or "").strip() or None, body=body, repairs=_repairs_noted(part_notes)))
    except Exception:  # noqa: BLE001  a malformed message is read as the text it is
        return None
    return ("e-mail", items) if items else None


def _message_item(message: EmailMessage, text: str, attached: list[EmailMessage], inline: list[str] | None, notes: list[tuple[str, str]]) -> Item | None:
    body = _body(message, notes)
    if inline:
        body = "\n\n".join([body, *inline] if body else inline)
    subject = without_reply_prefix(header_text(message, "subject").strip()) or None
    sender_name, sender_address = parseaddr(str(message.get("from") or ""))
    date = str(message.get("date") or "").strip() or None
    if body is None:
        return None
    if attached and len(body.split()) < _MOST_COVER_NOTE_WORDS:
        return None  # "See attached.": the note that carried the attached stories, no article
    header_end = text.find("\n\n")
    line = text.count("\n", 0, header_end) + 2 if header_end != -1 else 1
    if message.get("subject") and (at := text.find(f"Subject: {message.get('subject')}", header_end)) != -1:
        line = text.count("\n", 0, at) + 1  # an attached message: where its own headers stand
    person = sender_is_person(sender_name, sender_address)
    return Item(
        line=line,
        title=subject,
        # A person sending notes or a forwarded piece is its writer; a publication, its outlet.
        outlet=None if person else sender_name or None,
        author=sender_name if person else None,
        published=date,
        body=body,
        repairs=_repairs_noted(notes),
    )


def _repairs_noted(notes: list[tuple[str, str]]) -> list[str]:
    """The repairs made to parts read other than as labelled: each note is one part's text as labelled."""
    return [f"{reason} x1" for reason, _ in notes if reason.startswith(_PART_REPAIR)]


_PART_REPAIR = "mail-part-"


_MOST_COVER_NOTE_WORDS = 40


def _attached_messages(message: EmailMessage) -> list[EmailMessage]:
    """Messages attached whole (``message/rfc822`` parts): how mail clients forward "as attachment"."""
    if not message.is_multipart():
        return []
    found: list[EmailMessage] = []
    for part in message.walk():
        if part is not message and part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            if isinstance(inner, EmailMessage):
                found.append(inner)
    return found


def _other_text_parts(message: EmailMessage, notes: list[tuple[str, str]]) -> tuple[list[str], list[EmailMessage]]:
    """Plain-text parts besides the body: (the text of those shown inline, the parts attached as files).

    A second inline part (a mailing list's footer, a pasted story a client kept apart) is read after
    the body, and a text file attached is a story of its own: neither may vanish unread.  Parts of an
    attached message are that message's, and the HTML twin of a plain body says the same again.
    """
    if not message.is_multipart():
        return [], []
    chosen = {id(part) for part in (message.get_body(preferencelist=("plain",)), message.get_body(preferencelist=("html",))) if part is not None}
    inline: list[str] = []
    files: list[EmailMessage] = []
    for part in _leaf_parts(message):
        if id(part) in chosen or part.get_content_type() != "text/plain":
            continue
        if part.get_content_disposition() == "attachment" or part.get_filename():
            files.append(part)
        elif (content := _content(part, notes)) is not None:
            inline.append(content)
    return inline, files


def _leaf_parts(part: EmailMessage) -> Iterator[EmailMessage]:
    for sub in part.iter_parts():
        if sub.get_content_type() == "message/rfc822":
            continue
        if sub.is_multipart():
            yield from _leaf_parts(sub)
        else:
            yield sub


def opens_with_mail_headers(text: str) -> bool:
    names: set[str] = set()
    at = 0
    head = text[:16384].replace("\r\n", "\n")
    while (match := _HEADER_LINE.match(head, at)) is not None:
        names.add(match.group(1).lower())
        at = match.end()
    return len(names & _MAIL_HEADERS) >= _MIN_MAIL_HEADERS and ("from" in names or "subject" in names)


def _body(message: EmailMessage, notes: list[tuple[str, str]]) -> str | None:
    plain_notes: list[tuple[str, str]] = []
    html_notes: list[tuple[str, str]] = []
    plain = _content(message.get_body(preferencelist=("plain",)), plain_notes)
    html = _content(message.get_body(preferencelist=("html",)), html_notes)
    notes.extend(html_notes if plain is None or (html is not None and _is_stub(plain, html)) else plain_notes)
    if plain is None or html is None:
        return plain or html
    # Some senders' plain part is a stub ("View this post on the web at …" and the first
    # paragraph): the article is then only in the HTML, and reading the stub would drop it.
    return html if _is_stub(plain, html) else plain


def _is_stub(plain: str, html: str) -> bool:
    return len(plain.split()) * _STUB_SHARE < len(_TAG_OR_SCRIPT.sub(" ", html).split())


_STUB_SHARE = 2  # a plain part with under half the HTML's words is a stub (chrome never doubles a text)
_TAG_OR_SCRIPT = re.compile(r"<(style|script)\b.*?</\1\s*>|<[^>]*>", re.DOTALL | re.IGNORECASE)


def _content(part: EmailMessage | None, notes: list[tuple[str, str]] | None = None) -> str | None:
    if part is None:
        return None
    raw = part.get_payload()
    if isinstance(raw, str) and not raw.isascii() and part.get("content-transfer-encoding", "").strip().lower() in (
        "", "7bit", "8bit", "binary"
    ):
        # An 8-bit body was decoded with the whole file already; ``get_content`` would encode it
        # again as "\u041f…" escapes (the mail library's fallback for text that is not bytes).
        content = raw
    else:
        content = _decoded_payload(part, notes if notes is not None else [])
    return content if isinstance(content, str) and content.strip() else None


def _decoded_payload(part: EmailMessage, notes: list[tuple[str, str]]) -> object:
    """A quoted-printable or base64 part's text: in its declared charset when its bytes are that,
    else read by the bytes themselves (a body labelled UTF-8 but written in Windows-1251), where
    the mail library would keep replacement characters.

    Cyrillic codepages decode each other's bytes without an error: a KOI8-R part labelled
    Windows-1251 reads as permuted letters ("уЕЧЕТПЛПТЕКУЛЙЕ"), which the letters' frequencies
    tell and undo (``cyrillic_mojibake``); the part's text as labelled is kept on record."""
    payload = part.get_payload(decode=True)
    charset = part.get_content_charset()
    if isinstance(payload, bytes) and charset and payload.strip():
        try:
            text = payload.decode(charset)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            if text.isascii():
                return text
            from store.normalise.cyrillic_mojibake import repair_cyrillic_mojibake

            repaired, repairs = repair_cyrillic_mojibake(text)
            notes.extend((f"mail-part-{repair.split(' x')[0]}", " ".join(filter(None, map(str.strip, text.split("\n"))))[:_MOST_NOTED_CHARS]) for repair in repairs)
            return repaired
    if isinstance(payload, bytes) and (charset or not payload.isascii()) and payload.strip():
        # Not in its declared charset, or in none: a part without a label is read as ASCII by the mail
        # library, whose UTF-16 attachment (a byte-order mark and NULs) or Windows-1252 text would turn
        # to replacement characters and controls.  The bytes are read as any file's are.
        from store.errors import SourceError
        from store.normalise.reading import decode_bytes

        try:
            return decode_bytes(payload).text
        except SourceError:
            pass
    return part.get_content()


_MOST_NOTED_CHARS = 200  # of a part's text as labelled, kept in the audit beside its repair


def unreadable_reason(text: str, suffix: str) -> str:
    """Why a file of a container's suffix gave no article: an e-mail of attachments only (a PDF, a
    photo) is named as that, so that its sender knows to save the attached files themselves."""
    names: list[str] = []
    if opens_with_mail_headers(text):
        try:
            message = email.message_from_string(text, policy=email.policy.default)
            names = [part.get_filename() or part.get_content_type() for part in message.walk() if not part.is_multipart()]
        except Exception:  # noqa: BLE001  a malformed message gets the general reason
            names = []
    if names and _content(message.get_body(preferencelist=("plain", "html"))) is None:
        return f"an e-mail with no text part (attachments: {', '.join(names)})"
    if (notebook := broken_notebook(text)) is not None:
        return f"a Jupyter notebook whose JSON is broken ({notebook[1]}) and none of whose cells holds text that can be read"
    return f"not a news feed, news API export, table of articles or e-mail that can be read (a '{suffix}' file)"


def saved_page_html(text: str) -> str | None:
    """The page of a web page saved as MHTML (a multipart/related message), or None.

    A browser's "save as single file" wraps the page and its images in a MIME
    message; the page is read as the page it is, not as a newsletter.
    """
    head = text[:4096]
    if "multipart/related" not in head.lower() or not opens_with_mail_headers(text):
        return None
    try:
        message = email.message_from_string(text, policy=email.policy.default)
        if message.get_content_type() != "multipart/related":
            return None  # a newsletter whose HTML alternative holds its images is read as mail
        part = message.get_body(preferencelist=("html",))
        if part is None or part.get_content_type() != "text/html":
            return None
        content = _page_text(part)
    except Exception:  # noqa: BLE001  a malformed message is read as the text it is
        return None
    return content if content.strip() else None


def _page_text(part: EmailMessage) -> str:
    """A saved page's text: browsers leave out the part's charset, which mail then takes for ASCII."""
    raw = part.get_payload()
    if isinstance(raw, str) and not raw.isascii() and part.get("content-transfer-encoding", "8bit").strip().lower() in ("7bit", "8bit", "binary"):
        return raw  # the file's text, already decoded: mail would re-encode it as raw-unicode-escape ("\\u0421")
    if part.get_content_charset():
        content = part.get_content()
        return content if isinstance(content, str) else ""
    from store.normalise.reading import decode_bytes

    payload = part.get_payload(decode=True)
    return decode_bytes(payload).text if isinstance(payload, bytes) and payload.strip() else ""
