#!/usr/bin/env python3
"""Checks a built site for live markup that content could have smuggled in.

Usage: no_live_markup.py SITE_FOLDER

Every .html file is parsed with Python's html.parser (the brief's reference parser) and
every start tag's source text is read again by hand. A page fails if it has:

- an element the site's renderer never writes (script, iframe, img, object, ...): the tag
  list below is every element PolicyGuide emits, so anything else came from content;
- an event-handler attribute (on...), or a style attribute;
- a URL attribute (href, src, action, ...) whose scheme is not http, https or mailto
  (javascript:, vbscript:, data:, and any other scheme), or that starts with //;
- an attribute value that is not double-quoted, or whose quoted text holds a raw <, >, ' or
  an & that starts no character reference (HTML.escape writes all five as references, so a
  raw one means a value skipped escaping);
- a comment, processing instruction or declaration other than <!DOCTYPE html>;
- a link inside a link (invalid HTML: a glossary term linked inside a content link).

The only script elements allowed load the site's own first-party files at its root
(search-index.js, search.js, print.js) by src, with no inline text; search-index.js must hold
no raw <, > or &.

Every .css file (the stylesheet carries the site title and version for the print margins)
fails if it has a `<` anywhere, a string left open at the end of a line, braces that do
not balance outside strings and comments, or a `content:` value that is anything but
strings and counter()s: content text must stay inside its CSS string.

Prints one line per problem, "path: problem", and exits 1 if there is any (0 otherwise).
Run by Tests/PolicyGuideCLITests/HostileContentTests.swift on a build of Tests/Fixtures/hostile.
"""
import html.parser
import json
import os
import re
import sys

# Every element SiteRendering writes (HTML pages, inline SVG ladder diagrams).
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "link", "body", "header", "nav", "main", "footer", "section",
    "a", "p", "span", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "thead", "tbody", "tr", "th", "td", "pre", "code", "blockquote", "em",
    "strong", "del", "br", "hr", "time", "abbr", "label", "input", "form", "fieldset", "legend",
    "figure", "figcaption", "svg", "text", "path", "rect", "desc", "g", "line",
    "select", "option", "button", "details", "summary", "mark",
}
# The only scripts: the site's own first-party files at its root (the search page's two, the
# print links' one), loaded by src, nothing inline.
SITE_SCRIPTS = {"search-index.js", "search.js", "print.js", "picker.js"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "background", "cite", "data", "srcset", "ping"}
SAFE_SCHEMES = {"http", "https", "mailto"}
# One attribute in a start tag's source: a name, then optionally = and a double-quoted value.
ATTRIBUTE = re.compile(r'\s+([^\s"\'<>/=]+)(?:=("[^"]*"|[^\s>]*))?')
CONTENT_DECLARATION = re.compile(r"(?<![-\w])content\s*:\s*")
CONTENT_TOKEN = re.compile(r'\s+|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|counters?\([a-z-]+(?:\s*,\s*"[^"]*")?\)')
REFERENCE = re.compile(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


class PageChecker(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.open_links = 0

    def problem(self, text):
        line, column = self.getpos()
        self.problems.append(f"{line}:{column + 1}: {text}")

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.in_script = True
            src = dict(attrs).get("src")
            # The route page's data block: JSON a browser never runs (checked in handle_data).
            self.in_json = dict(attrs) == {"type": "application/json", "id": "picker-data"}
            if self.in_json:
                self.check_source(self.get_starttag_text() or "", tag)
                return
            if not (src and os.path.normpath(os.path.join(os.path.dirname(self.rel), src)) in SITE_SCRIPTS):
                self.problem(f"<script> (src={src!r}) other than the site's own files")
            self.check_source(self.get_starttag_text() or "", tag)
            return
        if tag == "a":
            if self.open_links:
                self.problem("a link inside a link")
            self.open_links += 1
        self.check_tag(tag, attrs)

    def handle_data(self, data):
        if getattr(self, "in_json", False):
            if "<" in data:
                self.problem("a '<' inside the JSON data block")
            try:
                json.loads(data)
            except ValueError:
                self.problem("the JSON data block is not JSON")
        elif getattr(self, "in_script", False) and data.strip():
            self.problem("inline script text")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False
            self.in_json = False
        if tag == "a" and self.open_links:
            self.open_links -= 1

    def handle_startendtag(self, tag, attrs):
        self.check_tag(tag, attrs)

    def check_tag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problem(f"element <{tag}> is not one the site writes")
        for name, value in attrs:
            if name.startswith("on"):
                self.problem(f"event handler attribute {name} on <{tag}>")
            if name == "style":
                self.problem(f"style attribute on <{tag}>")
            if name in URL_ATTRIBUTES and value is not None:
                url = "".join(ch for ch in value if ord(ch) > 0x20 and ch not in "\x7f").lower()
                scheme = url.split(":", 1)[0] if ":" in url.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0] else None
                if url.startswith("//"):
                    self.problem(f"protocol-relative URL in {name} on <{tag}>: {value!r}")
                elif scheme is not None and scheme not in SAFE_SCHEMES:
                    self.problem(f"{scheme}: URL in {name} on <{tag}>: {value!r}")
        self.check_source(self.get_starttag_text() or "", tag)

    def check_source(self, source, tag):
        inner = source[1 + len(tag):].rstrip(">").rstrip("/")
        position = 0
        for match in ATTRIBUTE.finditer(inner):
            if match.start() != position:
                self.problem(f"unreadable attribute text in <{tag}>: {inner[position:match.start()]!r}")
            position = match.end()
            name, raw = match.group(1), match.group(2)
            if raw is None:
                continue
            if not (len(raw) >= 2 and raw.startswith('"') and raw.endswith('"')):
                self.problem(f"attribute {name} on <{tag}> is not double-quoted: {raw!r}")
                continue
            value = raw[1:-1]
            for bad in "<>'":
                if bad in value:
                    self.problem(f"raw {bad!r} in attribute {name} on <{tag}>: {value!r}")
            stripped = REFERENCE.sub("", value)
            if "&" in stripped:
                self.problem(f"bare & in attribute {name} on <{tag}>: {value!r}")
        if inner[position:].strip():
            self.problem(f"unreadable attribute text in <{tag}>: {inner[position:]!r}")

    def handle_comment(self, data):
        self.problem(f"comment <!--{data[:40]}")

    def handle_pi(self, data):
        self.problem(f"processing instruction <?{data[:40]}")

    def handle_decl(self, decl):
        if decl.lower() != "doctype html":
            self.problem(f"declaration <!{decl[:40]}>")

    def unknown_decl(self, data):
        self.problem(f"declaration <![{data[:40]}")


def check_file(path, rel="page.html"):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    checker = PageChecker()
    checker.rel = rel
    checker.feed(text)
    checker.close()
    return checker.problems


def check_css(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    problems = []
    line = 1
    depth = 0
    quote = None
    inside = set()  # offsets inside strings: a "content:" there is text, not a declaration
    i = 0
    if "<" in text:
        problems.append(f"{text.count(chr(10), 0, text.index('<')) + 1}:1: '<' in a stylesheet")
    while i < len(text):
        ch = text[i]
        if ch == "\n":
            if quote:
                problems.append(f"{line}:1: a CSS string is still open at the end of the line")
                quote = None
            line += 1
        elif quote:
            inside.add(i)
            if ch == "\\":
                i += 1
                if i < len(text) and text[i] == "\n":
                    line += 1
            elif ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = len(text) if end < 0 else end + 2
            line += text.count("\n", i, end)
            i = end
            continue
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth < 0:
                problems.append(f"{line}:1: '}}' closes a block that was never opened")
                depth = 0
        i += 1
    for match in CONTENT_DECLARATION.finditer(text):
        if match.start() in inside:
            continue
        rest = text[match.end():]
        position = 0
        while position < len(rest) and rest[position] not in ";}":
            token = CONTENT_TOKEN.match(rest, position)
            if not token:
                line_of = text.count("\n", 0, match.end() + position) + 1
                problems.append(f"{line_of}:1: a content: value has text outside its strings: {rest[position:position + 30]!r}")
                break
            position = token.end()
    if quote:
        problems.append(f"{line}:1: a CSS string is never closed")
    if depth:
        problems.append(f"{line}:1: {depth} block(s) never closed")
    return problems


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print("usage: no_live_markup.py SITE_FOLDER", file=sys.stderr)
        return 2
    root = argv[1]
    problems = []
    pages = 0
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.endswith(".css"):
                found = check_css(path)
            elif name.endswith((".html", ".svg")):
                pages += 1
                found = check_file(path, os.path.relpath(path, root))
            elif name == "search-index.js":
                # Content's text sits in JavaScript strings with <, > and & escaped.
                with open(path, encoding="utf-8") as f:
                    index = f.read()
                found = [f"raw {c!r} in the search index" for c in "<>&" if c in index]
            else:
                continue
            for p in found:
                problems.append(f"{os.path.relpath(path, root)}:{p}")
    for p in problems:
        print(p)
    print(f"{pages} pages checked, {len(problems)} problems", file=sys.stderr)
    if pages == 0:
        print("no HTML pages found", file=sys.stderr)
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
