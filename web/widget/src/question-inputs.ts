import { isScaleType, scaleOf } from '../../../shared/survey-rules';
import { el } from './dom';
import { L, words } from './locale';
import type { KanoPair, Question, Value } from './types';

/** Whether a value counts as an answer: a KANO pair needs both sides, text needs more than spaces. */
export function isAnswered(q: Question, v: Value | undefined): boolean {
  if (v === undefined) return false;
  if (q.type === 'kano') {
    const k = v as KanoPair;
    return !!k.functional && !!k.dysfunctional;
  }
  return typeof v !== 'string' || v.trim().length > 0;
}

/** A group of radio buttons: plain options ('opt') or a row of scale points ('scale'). */
function radios(
  name: string,
  options: [string, string][],
  checked: string | undefined,
  onPick: (v: string) => void,
  cls = 'opt',
  legend?: string,
): HTMLElement {
  const group = el('fieldset', { style: 'border:0;padding:0;margin:0' });
  if (legend) group.appendChild(el('legend', {}, legend));
  const box = el('div', { class: cls === 'opt' ? '' : cls });
  for (const [value, label] of options) {
    const wrap = el('label', { class: cls === 'opt' ? 'opt' : '' });
    const input = el('input', { type: 'radio', name, value });
    input.checked = value === checked;
    input.addEventListener('change', () => onPick(value));
    wrap.appendChild(input);
    wrap.appendChild(cls === 'opt' ? document.createTextNode(` ${label}`) : el('span', {}, label));
    box.appendChild(wrap);
  }
  group.appendChild(box);
  return group;
}

/** The answer control of one question; `set` receives the new value, undefined when cleared. */
export function questionInput(q: Question, value: Value | undefined, set: (v: Value | undefined) => void): HTMLElement {
  const box = el('div');
  if (isScaleType(q.type)) {
    const { min, max } = scaleOf(q);
    const options: [string, string][] = [];
    for (let n = min; n <= max; n++) options.push([String(n), String(n)]);
    box.appendChild(
      radios(
        q.id,
        options,
        value === undefined ? undefined : String(value),
        (v) => set(Number(v)),
        'scale',
        L(q.title),
      ),
    );
    const which = q.type === 'nps' ? 0 : q.type === 'ces' ? 2 : 1;
    const ends = el('div', { class: 'ends' });
    ends.appendChild(el('span', {}, `${min} = ${words.low[which]}`));
    ends.appendChild(el('span', {}, `${max} = ${words.high[which]}`));
    box.appendChild(ends);
  } else if (q.type === 'single') {
    box.appendChild(
      radios(
        q.id,
        q.choices!.map((c) => [c.id, L(c.label)]),
        value as string | undefined,
        set,
        'opt',
        L(q.title),
      ),
    );
  } else if (q.type === 'multiple') {
    const chosen = new Set(Array.isArray(value) ? value : []);
    const group = el('fieldset', { style: 'border:0;padding:0;margin:0' });
    group.appendChild(el('legend', {}, L(q.title)));
    for (const c of q.choices!) {
      const wrap = el('label', { class: 'opt' });
      const cb = el('input', { type: 'checkbox', value: c.id });
      cb.checked = chosen.has(c.id);
      cb.addEventListener('change', () => {
        if (cb.checked) chosen.add(c.id);
        else chosen.delete(c.id);
        set(chosen.size ? [...chosen] : undefined);
      });
      wrap.appendChild(cb);
      wrap.appendChild(document.createTextNode(` ${L(c.label)}`));
      group.appendChild(wrap);
    }
    box.appendChild(group);
  } else if (q.type === 'text') {
    const area = el('textarea', { 'aria-label': L(q.title), maxlength: '5000' });
    area.value = typeof value === 'string' ? value : '';
    area.addEventListener('input', () => set(area.value || undefined));
    box.appendChild(area);
  } else if (q.type === 'kano') {
    const pair: KanoPair = { ...(value as KanoPair | undefined) };
    for (const side of ['functional', 'dysfunctional'] as const) {
      box.appendChild(
        radios(
          `${q.id}-${side}`,
          words.kano.map((w, i) => [String(i + 1), w]),
          pair[side] ? String(pair[side]) : undefined,
          (v) => {
            pair[side] = Number(v);
            set({ ...pair });
          },
          'opt',
          L(q.kano![side]),
        ),
      );
    }
  }
  return box;
}
