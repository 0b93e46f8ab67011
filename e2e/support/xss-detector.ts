import type { BrowserContext, Page } from '@playwright/test';

/** What the detector saw: payloads that ran, dialogs that opened, markup that would run if clicked or loaded. */
export interface XssFindings {
  executed: { id: unknown; url: string }[];
  dialogs: { type: string; message: string; url: string }[];
}

/**
 * Arms a browser context against the payload corpus: `__xss(id)` is exposed in every frame of
 * every page (so a payload that runs, even in a srcdoc frame or a popup, reports itself), and
 * every alert/confirm/prompt is recorded and dismissed.
 */
export async function armContext(context: BrowserContext): Promise<XssFindings> {
  const findings: XssFindings = { executed: [], dialogs: [] };
  await context.exposeBinding('__xss', ({ frame }, id: unknown) => {
    findings.executed.push({ id, url: frame.url() });
  });
  context.on('dialog', (dialog) => {
    findings.dialogs.push({ type: dialog.type(), message: dialog.message(), url: dialog.page()?.url() ?? '' });
    void dialog.dismiss().catch(() => undefined);
  });
  return findings;
}

/**
 * Markup in the page (every frame) that would run script if loaded, focused or clicked: event
 * handler attributes, javascript:/data:/vbscript: URLs in links, frames, objects and forms,
 * srcdoc frames, inline scripts, CSS expressions and meta refreshes. Rendering user text must
 * never produce any of these; the app itself produces none.
 */
export async function dangerousMarkup(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const inFrame = await frame
      .evaluate(() => {
        const out: string[] = [];
        const describe = (el: Element) => el.outerHTML.slice(0, 160);
        // Browsers ignore ASCII whitespace and control characters around and inside a scheme.
        const ignored = (n: number) =>
          n <= 0x20 ||
          (n >= 0x7f && n <= 0x9f) ||
          (n >= 0x200b && n <= 0x200f) ||
          (n >= 0x2028 && n <= 0x202f) ||
          n === 0xfeff;
        const scheme = (url: string) =>
          Array.from(url)
            .filter((c) => !ignored(c.codePointAt(0)!))
            .join('')
            .toLowerCase();
        const badUrl = (url: string) =>
          /^(javascript|vbscript|data):/.test(scheme(url)) && !/^data:image\/(png|jpe?g|gif|webp);/.test(scheme(url));
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const attr of Array.from(el.attributes)) {
            const name = attr.name.toLowerCase();
            if (name.startsWith('on')) out.push(`event handler ${name}: ${describe(el)}`);
            if (
              ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'].includes(name) &&
              badUrl(attr.value)
            ) {
              out.push(`${name}=${attr.value.slice(0, 60)}: ${describe(el)}`);
            }
            if (name === 'srcdoc') out.push(`srcdoc: ${describe(el)}`);
            if (name === 'style' && /expression\s*\(|javascript:/i.test(attr.value))
              out.push(`script in style: ${describe(el)}`);
          }
          const tag = el.tagName.toLowerCase();
          if (tag === 'script' && !el.getAttribute('src') && (el.textContent ?? '').trim())
            out.push(`inline script: ${describe(el)}`);
          if (tag === 'meta' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh')
            out.push(`meta refresh: ${describe(el)}`);
          if (['object', 'embed', 'base'].includes(tag) && el.closest('body'))
            out.push(`${tag} element: ${describe(el)}`);
        }
        return out;
      })
      .catch((error: Error) => [`could not inspect frame ${frame.url()}: ${error.message}`]);
    found.push(...inFrame);
  }
  return found;
}
