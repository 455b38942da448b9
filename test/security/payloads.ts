/**
 * The injection corpus (issue 7, part 3): HTML, script, URL, template and CSS payloads, plus
 * awkward text (very long, right-to-left, zero-width). Each payload that could run code calls the
 * global canary `top.__attunePwned(<id>)`, so a test knows not only *that* something ran but which.
 *
 * The tests place every payload in ink text, choice text, tags (cue, feedback), rubric labels,
 * definitions, anchors and references, scenario metadata, attributes of `<attune-player>` and the
 * URL parameters of `player.html`, `index.html` and `lms.html`, and assert that each renders inert:
 * the canary never fires, no element or attribute appears that the same page does not have with
 * plain text, nothing navigates, and the literal text is what the trainee sees.
 */

export const CANARY = '__attunePwned';

export interface Payload {
  id: string;
  text: string;
  /** Too long for a URL query (the dev server caps request headers at 16 KB). */
  long?: boolean;
}

const run = (id: string) => `top.${CANARY}('${id}')`;

const LONG = 20_000;

export const PAYLOADS: readonly Payload[] = [
  { id: 'img-onerror', text: `<img src=x onerror="${run('img-onerror')}">` },
  { id: 'script', text: `<script>${run('script')}</script>` },
  { id: 'svg-onload', text: `<svg onload="${run('svg-onload')}"><circle r="40"/></svg>` },
  { id: 'svg-script', text: `<svg><script>${run('svg-script')}</script></svg>` },
  { id: 'javascript-url', text: `javascript:${run('javascript-url')}` },
  { id: 'javascript-url-encoded', text: `jav&#x09;ascript:${run('javascript-url-encoded')}` },
  { id: 'a-href', text: `<a href="javascript:${run('a-href')}">click me</a>` },
  { id: 'data-url', text: 'data:text/html;base64,PHNjcmlwdD50b3AuX19hdHR1bmVQd25lZCgnZGF0YS11cmwnKTwvc2NyaXB0Pg==' },
  { id: 'double-quote-break', text: `"><img src=x onerror=${run('double-quote-break')}>` },
  { id: 'single-quote-break', text: `'><img src=x onerror=${run('single-quote-break')}>` },
  { id: 'attribute-inject', text: `" onmouseover="${run('attribute-inject')}" autofocus onfocus="${run('attribute-inject')}" x="` },
  { id: 'unquoted-attribute', text: `x onfocus=${run('unquoted-attribute')} autofocus tabindex=0` },
  { id: 'iframe-srcdoc', text: `<iframe srcdoc="<script>${run('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'object-data', text: `<object data="javascript:${run('object-data')}"></object><embed src="javascript:${run('object-data')}">` },
  { id: 'details-ontoggle', text: `<details open ontoggle="${run('details-ontoggle')}"><summary>x</summary></details>` },
  { id: 'input-autofocus', text: `<input autofocus onfocus="${run('input-autofocus')}">` },
  { id: 'form-action', text: `<form action="javascript:${run('form-action')}"><button>Send</button></form>` },
  { id: 'base-href', text: `<base href="javascript:${run('base-href')}//">` },
  { id: 'meta-refresh', text: `<meta http-equiv="refresh" content="0;url=javascript:${run('meta-refresh')}">` },
  { id: 'comment-break', text: `<!--<img src="--><img src=x onerror=${run('comment-break')}//">` },
  { id: 'textarea-break', text: `</textarea><script>${run('textarea-break')}</script>` },
  { id: 'title-break', text: `</title><script>${run('title-break')}</script>` },
  { id: 'noscript-break', text: `<noscript><p title="</noscript><img src=x onerror=${run('noscript-break')}>">` },
  { id: 'mxss-math', text: `<math><mtext><table><mglyph><style><img src=x onerror=${run('mxss-math')}>` },
  { id: 'style-breakout', text: `</style><style>*{display:none!important}</style><img src=x onerror=${run('style-breakout')}>` },
  { id: 'css-expression', text: `x{}</style><link rel=stylesheet href="data:text/css,*{background:red}">` },
  { id: 'mustache', text: `{{constructor.constructor('${run('mustache')}')()}}` },
  { id: 'template-literal', text: `\${${run('template-literal')}}` },
  { id: 'lit-marker', text: `<!--?lit$123456789$--><?lit$123456789$>lit$123456789$` },
  { id: 'entities', text: '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &#60;b&#62;' },
  { id: 'url-encoded', text: `%3Cscript%3E${run('url-encoded')}%3C%2Fscript%3E` },
  { id: 'ink-syntax', text: '{~a|b} -> END <> #tag // not a comment /* nor this */ [x] ~ temp = 1 * + - = VAR' },
  { id: 'markdown', text: `[click](javascript:${run('markdown')}) ![x](x) **bold** <u>u</u>` },
  { id: 'rtl-override', text: '\u202Egnp.exe\u202C \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 \u2067isolate\u2069' },
  { id: 'zero-width', text: 'S\u200Ba\u200Cm\u200D \uFEFFinvisible\u2060joiner \u00ADsoft' },
  { id: 'unicode', text: 'Zoë 🙂 e\u0301 ǅ \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ﷽' },
  { id: 'prototype', text: '__proto__ constructor prototype toString hasOwnProperty' },
  { id: 'long', text: `${'<b>very long</b> '.repeat(LONG / 18)}end`, long: true },
  { id: 'long-unbroken', text: 'W'.repeat(LONG), long: true },
];

/** Payloads short enough to put in a URL. */
export const URL_PAYLOADS = PAYLOADS.filter((p) => !p.long);

/** Text as the browser shows it, for comparing: whitespace runs collapsed, ends trimmed. */
export const visible = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Escapes text for ink: every character that is not a letter, digit or space is taken literally. */
export const inkEscape = (text: string) => text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c}`);
