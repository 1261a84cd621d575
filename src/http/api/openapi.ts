import { z } from "zod";
import type { ApiRoute } from "./route.js";
import { ErrorResponse } from "./schemas/common.js";

type JsonSchema = Record<string, unknown>;

const STATUS_TEXT: Record<number, string> = {
  200: "OK",
  201: "Created",
  400: "Invalid input: see error.details",
  401: "Missing, invalid or expired token",
  403: "Authenticated but not allowed",
  404: "Not found, or not visible to this user",
  413: "Body over 256 KB",
  503: "Not ready",
};

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
};

/** restify's `:id` becomes OpenAPI's `{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, "{$1}");

function parameters(route: ApiRoute): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (!schema) continue;
    const json = toSchema(schema, "input") as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const { description, ...propertySchema } = property;
      out.push({
        name,
        in: where,
        required: where === "path" || (json.required ?? []).includes(name),
        schema: propertySchema,
        ...(description ? { description } : {}),
      });
    }
  }
  return out;
}

function operation(route: ApiRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {
    [route.successStatus]: {
      description: STATUS_TEXT[route.successStatus] ?? "OK",
      content: { "application/json": { schema: toSchema(route.response, "output") } },
    },
  };
  for (const status of [...route.errors, ...(route.body ? [413] : [])]) {
    responses[status] = {
      description: STATUS_TEXT[status] ?? "Error",
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    ...(route.auth ? { security: [{ entraSso: [] }] } : { security: [] }),
    parameters: parameters(route),
    ...(route.body
      ? { requestBody: { required: true, content: { "application/json": { schema: toSchema(route.body, "input") } } } }
      : {}),
    responses,
  };
}

/** The bot endpoint is not ours to describe in detail: botbuilder validates its own JWT and payloads. */
const BOT_ENDPOINT: JsonSchema = {
  post: {
    operationId: "botMessages",
    summary: "Teams activities from the Bot Connector (Bot Framework JWT, validated by botbuilder)",
    tags: ["bot"],
    security: [],
    requestBody: { required: true, content: { "application/json": { schema: { type: "object" } } } },
    responses: { 200: { description: "Handled" }, 401: { description: "Invalid Bot Connector token" } },
  },
};

/**
 * Builds the OpenAPI 3.1 document from the very routes the server registered, so every route is listed and
 * every schema in it is the one that validates requests (issue 2 §5).
 */
export function buildOpenApi(routes: readonly ApiRoute[], version: string): JsonSchema {
  const paths: Record<string, JsonSchema> = { "/api/messages": BOT_ENDPOINT };
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method]: operation(route) };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Trivsel API",
      version,
      description:
        "The tab's API. Every route marked with entraSso needs `Authorization: Bearer <Teams SSO token>`; " +
        "identity comes from the token's tid and oid only. Errors are `{ error: { code, message } }`.",
    },
    paths,
    components: {
      schemas: { Error: toSchema(ErrorResponse, "output") },
      securitySchemes: {
        entraSso: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description: "Entra ID access token from Teams SSO (scope access_as_user), or a local demo token",
        },
      },
    },
  };
}
