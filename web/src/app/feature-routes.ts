import type { ParseKeys } from 'i18next';
import * as casesNav from '../features/cases/nav';
import * as cases from '../features/cases/routes';
import * as consoleAdmin from '../features/console/routes';
import * as ideasNav from '../features/ideas/nav';
import * as ideas from '../features/ideas/routes';
import * as identity from '../features/identity/routes';
import * as notifications from '../features/notifications/routes';
import * as surveysNav from '../features/surveys/nav';
import * as surveys from '../features/surveys/routes';
import type { NavItem } from './nav-items';

const features = [identity, consoleAdmin, ideas, surveys, cases, notifications];

/** Every module's portal pages (children of the portal layout). */
export const featurePortalRoutes = features.flatMap((f) => f.portalRoutes);
/** Every module's console pages (children of the guarded console layout). */
export const featureConsoleRoutes = features.flatMap((f) => f.consoleRoutes);
/** Console pages reachable without a staff session (children of the bare console layout). */
export const featureConsoleEntryRoutes = consoleAdmin.consoleEntryRoutes;

// A module's nav labels live in its own i18n namespace.
const inNamespace = (ns: string, items: readonly { to: string; labelKey: string }[]): NavItem[] =>
  items.map((item) => ({
    to: item.to,
    labelKey: (item.labelKey.includes(':') ? item.labelKey : `${ns}:${item.labelKey}`) as ParseKeys,
  }));

// Each module's console links, under its namespace, in sidebar order.
const consoleNavs = { ideas: ideasNav.consoleNav, surveys: surveysNav.consoleNav, cases: casesNav.consoleNav };

/** The namespaces of the modules' console links: the sidebar waits for their texts. */
export const featureConsoleNavNamespaces = Object.keys(consoleNavs) as (keyof typeof consoleNavs)[];

/** The modules' console sidebar links, after the workspace's own. */
export const featureConsoleNav: NavItem[] = Object.entries(consoleNavs).flatMap(([ns, items]) =>
  inNamespace(ns, items),
);
