// Every renderer escapes user text for its own format (docs/architecture.md, "Exports" and
// "Security and reliability"): text is data.

// C0 controls other than tab/newline/carriage return, DEL, lone surrogates and the two
// non-characters are illegal in XML 1.0 and invisible everywhere else; they are dropped.
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- control characters are what it matches
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function removeControlCharacters(text: string): string {
  return text.replace(XML_ILLEGAL, '').replace(/\r\n?/g, '\n');
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return removeControlCharacters(text).replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// Characters CommonMark can give meaning to anywhere in a line. `<` and `&` are escaped too, so
// raw HTML in a card never reaches a Markdown viewer as markup.
const MARKDOWN_INLINE = /[\\`*_[\]<>|~&]/g;

/**
 * GitHub-flavoured viewers turn bare `https://…`, `www.…` and `name@host` into live links. A
 * backslash before the `:` of a scheme, the `.` after `www` and every `@` splits the text where
 * those viewers look for a link (GFM's autolink extension and markdown-it's linkify both match
 * within one run of plain text, and an escaped character is a run of its own), and the text
 * still reads the same.
 */
function neutraliseBareLinks(line: string): string {
  return line
    .replace(/([A-Za-z][A-Za-z0-9+.-]{0,31}):(?=\/\/)/g, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}

/**
 * Escapes one line of user text for Markdown. Block markers that only matter at the start of a
 * line (`-`, `1.`, `>` …) are neutralised there; inline specials everywhere.
 */
function escapeMarkdownLine(line: string): string {
  const escaped = neutraliseBareLinks(line.replace(MARKDOWN_INLINE, (c) => `\\${c}`));
  // "1. text" or "1) text" would start an ordered list; "-", "=" a list or a setext heading.
  return escaped
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([-=+#])/, '$1\\$2');
}

/**
 * Escapes user text for Markdown. Line breaks inside the text stay line breaks (a trailing
 * backslash is a CommonMark hard break), indented by `indent` so they stay inside a list item.
 */
export function escapeMarkdown(text: string, indent = ''): string {
  return removeControlCharacters(text)
    .split('\n')
    .map((line) => escapeMarkdownLine(line))
    .join(`\\\n${indent}`);
}
