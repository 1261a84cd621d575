import type { z } from "zod";
import type { Locale } from "../../domain/locale.js";
import type { Actor } from "../../domain/privacy/access.js";

/** What a handler gets: parsed input, the actor (for authenticated routes), the locale to answer in. */
export interface RouteContext<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  /** Present on every route with `auth: true`; built from the validated token only. */
  actor: Actor | undefined;
  locale: Locale;
  /** The request's If-Match header, for routes that update with optimistic concurrency (PUT). */
  ifMatch?: string | undefined;
}

/** A handler's answer: the status (default `successStatus`) and a body matching `response`. */
export interface RouteResult<R> {
  status?: number;
  body: R;
  /** Extra response headers, e.g. ETag. */
  headers?: Record<string, string>;
}

/**
 * One API route, described once: its zod schemas validate requests, shape responses (unknown fields are
 * stripped, so nothing extra leaks) and generate the OpenAPI document, so the three can never disagree.
 */
export interface ApiRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: "get" | "post" | "put";
  /** restify style (`/api/v1/students/:id`); the OpenAPI document shows `{id}`. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  /** True: a valid token is required and the route sees the actor. */
  auth: boolean;
  params?: P;
  query?: Q;
  body?: B;
  response: R;
  successStatus: number;
  /** Error statuses the route may answer with, for the document. */
  errors: number[];
  handle(ctx: RouteContext<z.output<P>, z.output<Q>, z.output<B>>): Promise<RouteResult<z.input<R>>>;
}

/** Identity function that lets TypeScript infer a route's schema types. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(
  route: ApiRoute<P, Q, B, R>,
): ApiRoute {
  return route as unknown as ApiRoute;
}
