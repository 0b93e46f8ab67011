import { lang } from './locale';

// On a brand's site this frame is third-party and its cookies are blocked, so an identified
// customer's session travels in a header instead, kept in memory for this page only.
let session: string | null = null;

export const setSession = (token: string | null) => {
  session = token;
};

/** Calls the Cocreate API first-party; rejects with the HTTP status on any answer but 2xx. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: {
      'content-type': 'application/json',
      'x-requested-with': 'cocreate',
      'accept-language': lang,
      ...(session ? { 'x-cocreate-session': session } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw Object.assign(new Error(String(response.status)), { status: response.status });
  return (await response.json()) as T;
}
