/**
 * A redirect target from a query string, kept only when it is a same-origin relative path
 * ("/ideas?sort=top"). Absolute URLs, protocol-relative ("//evil.example") and backslash tricks
 * give `undefined`, so the caller falls back to a safe default.
 */
export function safeRedirect(target: string | null | undefined): string | undefined {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return undefined;
  // Control characters and backslashes are normalised away by browsers into surprising hosts.
  if ([...target].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || char === '\\'))
    return undefined;
  const base = 'https://cocreate.invalid';
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return undefined;
  }
  if (url.origin !== base) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}
