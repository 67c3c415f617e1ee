import { z } from '@hono/zod-openapi';

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

export const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error answers an operation can give, for its OpenAPI `responses`. */
export const problems = {
  400: problem('Bad request: broken JSON or an invalid path or query parameter.'),
  401: problem('Not signed in, or an unknown API token.'),
  403: problem('Signed in, but your role or token scope does not allow this.'),
  404: problem('No such workspace (that you can open) or record.'),
  409: problem('Conflict: a stale version or a duplicate.'),
  413: problem('The body is too large.'),
  415: problem('The body is not of the type this endpoint reads.'),
  422: problem('The body is well-formed but invalid; `errors` lists each field.'),
  429: problem('Too many requests; see Retry-After.'),
  503: problem(
    'The server is not set up for this (e.g. RATCHET_SECRET_KEY is not set); the detail says what to set.',
  ),
} as const;

/** What a write that stores a secret can answer besides `writeProblems`. */
export const secretProblems = { 503: problems[503] } as const;

/** What every workspace route can answer: not signed in, not allowed, not found. */
export const readProblems = { 401: problems[401], 403: problems[403], 404: problems[404] } as const;

/** What a workspace write can answer besides `readProblems`. */
export const writeProblems = {
  ...readProblems,
  409: problems[409],
  413: problems[413],
  415: problems[415],
  422: problems[422],
} as const;

export const WorkspaceParam = z.object({
  ws: z
    .string()
    .min(1)
    .max(100)
    .openapi({
      param: { name: 'ws', in: 'path' },
      description: 'The workspace slug.',
      example: 'acme-support',
    }),
});

export function jsonBody<T extends z.ZodType>(schema: T, description = '') {
  return { required: true, description, content: { 'application/json': { schema } } } as const;
}

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** A page of a list: the items and the cursor of the next page (null on the last). */
export function pageResponse<T extends z.ZodType>(item: T) {
  return jsonResponse(z.object({ items: z.array(item), nextCursor: z.string().nullable() }), 'A page');
}

/** `?cursor=&limit=` on list endpoints. */
export const PageQuery = z.object({
  cursor: z.string().max(200).optional().openapi({ description: "From the previous page's `nextCursor`." }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
