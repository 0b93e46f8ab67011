/**
 * cocreate.js: the one script a brand puts on its pages. It draws the feedback button and a
 * hidden panel holding an iframe served by Cocreate; everything that talks to Cocreate (session
 * cookie, answers) happens inside that frame, first-party to Cocreate, so the brand's page needs
 * no CORS and Cocreate's cookies and CSP stay its own. Messages carry commands, never data back.
 */
type Command = ['identify' | 'track' | 'open', IArguments | unknown[]];
interface Api {
  identify(token: string): void;
  track(event: string): void;
  open(): void;
  q?: Command[];
}

declare global {
  interface Window {
    Cocreate?: Api;
  }
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src || (window.Cocreate && !window.Cocreate.q)) return;
  const origin = new URL(script.src).origin;
  const zh = !/^en/i.test(document.documentElement.lang || navigator.language);
  const queued = window.Cocreate?.q ?? [];

  const panel = document.createElement('div');
  panel.setAttribute(
    'style',
    'position:fixed;right:16px;bottom:72px;width:min(380px,calc(100vw - 32px));height:min(560px,calc(100vh - 96px));z-index:2147483646;display:none;box-shadow:0 8px 28px rgba(0,0,0,.25);border-radius:12px;overflow:hidden;background:#fff',
  );
  const frame = document.createElement('iframe');
  frame.title = zh ? '问卷调查' : 'Survey';
  frame.src = `${origin}/api/v1/survey-widget/frame#lang=${zh ? 'zh-CN' : 'en'}`;
  frame.setAttribute('style', 'border:0;width:100%;height:100%');
  panel.appendChild(frame);

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = zh ? '意见反馈' : 'Feedback';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute(
    'style',
    'position:fixed;right:16px;bottom:16px;z-index:2147483646;padding:10px 16px;border:0;border-radius:20px;background:#1c7ed6;color:#fff;font:600 14px system-ui,sans-serif;cursor:pointer;box-shadow:0 2px 8px rgba(0,0,0,.2)',
  );

  let ready = false;
  const pending: unknown[] = [];
  const send = (message: unknown) =>
    ready ? frame.contentWindow?.postMessage(message, origin) : pending.push(message);
  const show = (open: boolean) => {
    panel.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
    if (open) frame.focus();
  };
  button.addEventListener('click', () => {
    if (panel.style.display === 'block') return show(false);
    send({ type: 'feedback', page: location.pathname });
    show(true);
  });
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    const data = event.data as { type?: string };
    if (data?.type === 'ready') {
      ready = true;
      for (const message of pending.splice(0)) frame.contentWindow?.postMessage(message, origin);
    } else if (data?.type === 'show') show(true);
    else if (data?.type === 'hide') {
      show(false);
      button.focus();
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.style.display === 'block') {
      show(false);
      button.focus();
    }
  });

  const api: Api = {
    identify: (token) => send({ type: 'identify', token: String(token) }),
    track: (name) => send({ type: 'track', event: String(name), page: location.pathname }),
    open: () => {
      send({ type: 'feedback', page: location.pathname });
      show(true);
    },
  };
  window.Cocreate = api;
  const mount = () => {
    document.body.appendChild(panel);
    document.body.appendChild(button);
  };
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
  for (const [name, args] of queued) (api[name] as (...a: unknown[]) => void)(...Array.from(args as unknown[]));
  window.dispatchEvent(new Event('cocreate:ready'));
})();

export {};
