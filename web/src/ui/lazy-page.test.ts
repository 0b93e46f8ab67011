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
});
