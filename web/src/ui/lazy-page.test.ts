import { createElement, Suspense, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyPage } from './lazy-page';

const Page = () => null;

describe('lazyPage', () => {
  it('fetches a page once, however often it is preloaded', async () => {
    let loads = 0;
    const LazyPage = lazyPage(async () => {
      loads += 1;
      return { Page };
    }, 'Page');
    LazyPage.preload();
    LazyPage.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(1);
  });

  it('tries again after a failed fetch instead of remembering the failure', async () => {
    let loads = 0;
    const LazyPage = lazyPage(async () => {
      loads += 1;
      if (loads === 1) throw new Error('offline for a moment');
      return { Page };
    }, 'Page');
    LazyPage.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    LazyPage.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads).toBe(2);
  });

  it('hands React a preloaded page at once, so rendering it does not suspend', async () => {
    const Shown = () => 'the page';
    const render = (component: ComponentType) =>
      renderToString(createElement(Suspense, { fallback: 'loading' }, createElement(component)));
    const Preloaded = lazyPage(async () => ({ Shown }), 'Shown');
    Preloaded.preload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(render(Preloaded)).toContain('the page');
    // One not fetched yet suspends: the fallback shows.
    expect(render(lazyPage(async () => ({ Shown }), 'Shown'))).toContain('loading');
  });
});
