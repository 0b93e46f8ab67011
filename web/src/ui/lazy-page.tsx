import { lazy, type ComponentType } from 'react';
import { PageLoader } from './page-loader';

/**
 * A page whose code is fetched the first time it is shown, so the portal's first screen does not
 * carry the console, the charts or the survey builder:
 * `const QueuePage = lazyPage(() => import('./console/queue-page'), 'QueuePage')`.
 * Render it under a `<Suspense fallback={<PageFallback />}>` (the layouts have one around their outlet).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page's props, checked at the JSX
export function lazyPage<K extends string, M extends Record<K, ComponentType<any>>>(
  importPage: () => Promise<M>,
  name: K,
) {
  let loading: Promise<M> | undefined;
  let loaded: M | undefined;
  // A failed fetch (offline for a moment) is not remembered, so showing the page again retries it.
  const loadOnce = () =>
    (loading ??= importPage().then(
      (module) => (loaded = module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Page = lazy<M[K]>(() => {
    // Already fetched (preloaded): React takes a thenable that answers at once as resolved, and
    // renders the page without suspending (no fallback, no wait for the next reveal).
    if (loaded) return resolvedNow({ default: loaded[name] });
    return loadOnce().then((module) => ({ default: module[name] }));
  });
  /** Starts fetching the page's code before it is rendered (e.g. while the data it needs loads). */
  const preload = (): void => {
    loadOnce().catch(() => undefined);
  };
  /** The same, for a caller that waits for the code to be in. */
  const load = (): Promise<unknown> => loadOnce();
  return Object.assign(Page, { preload, load });
}

/**
 * A thenable that calls back synchronously, unlike a promise. Typed as a promise for React.lazy's
 * signature; React only calls its `then`.
 */
function resolvedNow<T>(value: T): Promise<T> {
  const thenable = {
    then: (onFulfilled?: ((value: T) => unknown) | null) => {
      onFulfilled?.(value);
      return thenable;
    },
  };
  return thenable as unknown as Promise<T>;
}

/**
 * What a lazy page shows while its code loads: nothing at first, a spinner only if loading takes
 * long enough to notice (see `.page-fallback` in app.css), so a fast load does not flash one.
 * Navigations run in a transition, so the page being left stays on screen meanwhile.
 */
export function PageFallback() {
  return (
    <div className="page-fallback">
      <PageLoader />
    </div>
  );
}
