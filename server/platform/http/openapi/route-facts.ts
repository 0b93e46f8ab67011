import type { FastifyInstance } from 'fastify';
import type { AccessRule } from '../access.js';

/** What the OpenAPI document needs to know of a route beyond its schema. */
export interface RouteFacts {
  method: string;
  /** The route as OpenAPI spells it: `/api/v1/ideas/{id}`. */
  path: string;
  access: AccessRule | undefined;
  /** The module whose routes plugin added it (undefined for the platform's own routes). */
  module: string | undefined;
}

/** `/ideas/:id` -> `/ideas/{id}` (the OpenAPI spelling of a Fastify route). */
export const openApiPath = (url: string): string => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * Records every route as it is added, with the module being registered at the time, so that the
 * OpenAPI document can name and group each operation and say what it may answer.
 */
export class RouteCatalogue {
  private readonly facts = new Map<string, RouteFacts>();
  private currentModule: string | undefined;

  /** Starts listening; call before any route is added. */
  listen(app: FastifyInstance): this {
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        if (method === 'HEAD' || method === 'OPTIONS') continue;
        const path = openApiPath(route.url);
        this.facts.set(`${method} ${path}`, {
          method,
          path,
          access: route.config?.access,
          module: this.currentModule,
        });
      }
    });
    return this;
  }

  /** Registers a module's routes, remembering that the routes added meanwhile are the module's. */
  async registerModule(name: string, register: () => PromiseLike<unknown>): Promise<void> {
    this.currentModule = name;
    try {
      await register();
    } finally {
      this.currentModule = undefined;
    }
  }

  /**
   * The GET route of one item of a collection path, if there is one: `/api/v1/ideas` ->
   * `/api/v1/ideas/{id}` (whatever its parameter is called).
   */
  itemRouteOf(path: string): string | undefined {
    const prefix = `GET ${path}/{`;
    for (const key of this.facts.keys()) {
      const rest = key.slice(prefix.length);
      if (key.startsWith(prefix) && /^[^/{}]+\}$/.test(rest)) return key.slice(4);
    }
    return undefined;
  }

  /** The facts of one operation, by method and OpenAPI path. */
  get(method: string, path: string): RouteFacts | undefined {
    return this.facts.get(`${method.toUpperCase()} ${path}`);
  }
}
