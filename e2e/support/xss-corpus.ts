// Classic cross-site scripting payloads. Each one, if it ever runs, calls `__xss(<its number>)`
// (a function the detector exposes in every frame) or opens a dialog with `alert(<its number>)`,
// so a failure names the payload that got through.

export interface Payload {
  id: number;
  text: string;
}

const raw: string[] = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '<svg><script>__xss(4)</script></svg>',
  '"><img src=x onerror=__xss(5)>',
  "'><svg/onload=__xss(6)>",
  '"><iframe srcdoc="<script>parent.__xss(7)</script>">',
  '" onmouseover="__xss(8)" autofocus onfocus="__xss(8)" x="',
  "' autofocus onfocus='__xss(9)' x='",
  '</textarea><script>__xss(10)</script>',
  '</title></style><script>__xss(11)</script>',
  '[click me](javascript:__xss(12))',
  '<javascript:__xss(13)>',
  '[click me](JaVaScRiPt:__xss(14))',
  '[click me](jav&#x09;ascript:__xss(15))',
  '<a href="jav&#x09;ascript:__xss(16)">click me</a>',
  '![pic](x" onerror="__xss(17))',
  '![pic](javascript:__xss(18))',
  '[click me](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoMTkpPC9zY3JpcHQ+)',
  '<a href="data:text/html,<script>__xss(20)</script>">click me</a>',
  "{{constructor.constructor('__xss(21)')()}}",
  '${__xss(22)}',
  '<div style="background:url(javascript:__xss(23));width:expression(__xss(23))">css</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(24)>',
  '＜script＞__xss(25)＜/script＞',
  '<img src=x onerror=&#95;&#95;xss&#40;26&#41;>',
  '\\u003cimg src=x onerror=__xss(27)\\u003e',
  '<details open ontoggle=__xss(28)>',
  '<object data="javascript:__xss(29)"></object>',
  '<a href="javascript:__xss(30)">click me</a>',
  'javascript:__xss(31)',
  '<img src=x onerror=alert(32)>',
  '<iframe src="javascript:alert(33)"></iframe>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(34)>">',
  '<base href="javascript:__xss(35)//">',
  '<form><button formaction=javascript:__xss(36)>go</button></form>',
  '<input autofocus onfocus=__xss(37)>',
  '\u202e<img src=x onerror=__xss(38)>\u202c',
  '[click me](java\u200bscript:__xss(39))',
  '<style>@import "javascript:__xss(40)";</style>',
  '<a href=" &#14;javascript:__xss(41)">click me</a>',
  '[click me](<javascript:__xss(42)>)',
];

/** Every payload, numbered from 1. */
export const PAYLOADS: Payload[] = raw.map((text, i) => ({ id: i + 1, text }));

/** All payloads as one Markdown text, one paragraph each (for long fields). */
export const CORPUS = PAYLOADS.map((p) => p.text).join('\n\n');

/**
 * As many payloads as fit in `max` characters, starting from the `from`-th one and wrapping
 * around, so that short fields (names, titles, tags) each carry different payloads.
 */
export function fit(max: number, from = 0): string {
  let text = '';
  for (let n = 0; n < PAYLOADS.length; n++) {
    const next = PAYLOADS[(from + n) % PAYLOADS.length]!.text.trim();
    const joined = text ? `${text} ${next}` : next;
    if (joined.length <= max) text = joined;
  }
  if (!text) throw new Error(`no payload fits in ${max} characters`);
  return text;
}

/** The corpus cut into pieces of at most `max` characters, whole payloads each, covering every payload. */
export function pieces(max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const { text } of PAYLOADS) {
    if (text.length > max) continue;
    const joined = current ? `${current} ${text}` : text;
    if (joined.length > max) {
      out.push(current);
      current = text;
    } else current = joined;
  }
  if (current) out.push(current);
  return out;
}

/** The payloads that fit in a field of `max` characters, one per value (e.g. tags). */
export function shortPayloads(max: number): string[] {
  return PAYLOADS.map((p) => p.text.trim()).filter((text) => text.length > 0 && text.length <= max);
}
