import { tell } from './host';
import { lang, words } from './locale';

// Every customer-visible text is set with textContent, never as HTML.
const root = document.getElementById('cc-root')!;
document.documentElement.lang = lang;
const style = document.createElement('style');
style.textContent = `body{margin:0;font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#212529}
main{padding:16px}h1{font-size:18px;margin:0 24px 8px 0}h2{font-size:15px;margin:12px 0 8px}
.x{position:absolute;top:8px;right:8px;border:0;background:none;font-size:20px;cursor:pointer}
.scale{display:flex;flex-wrap:wrap;gap:6px}.scale label{display:inline-flex}.scale input{position:absolute;opacity:0}
.scale span{min-width:30px;padding:6px 0;text-align:center;border:1px solid #adb5bd;border-radius:6px;cursor:pointer}
.scale input:checked+span{background:#1c7ed6;color:#fff;border-color:#1c7ed6}.scale input:focus-visible+span{outline:2px solid #1c7ed6;outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:12px;color:#868e96;margin-top:4px}
.opt{display:block;margin:4px 0}textarea{width:100%;box-sizing:border-box;min-height:90px;font:inherit}
.row{display:flex;justify-content:space-between;margin-top:16px}button.b{padding:8px 16px;border-radius:6px;border:1px solid #1c7ed6;background:#1c7ed6;color:#fff;font:inherit;cursor:pointer}
button.b.s{background:#fff;color:#1c7ed6}button.b:disabled{opacity:.5}.err{color:#c92a2a;font-size:13px}`;
document.head.appendChild(style);

/** An element with attributes and, if given, its text. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Replaces the frame's content with a titled screen that has a close button. */
export function showScreen(title: string, ...children: Node[]) {
  root.replaceChildren();
  const close = el('button', { class: 'x', type: 'button', 'aria-label': words.close }, '×');
  close.addEventListener('click', () => tell('hide'));
  root.append(close, el('h1', {}, title), ...children);
}
