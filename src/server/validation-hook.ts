import type { Hook } from '@hono/zod-openapi';
import type { AppEnv } from './env.js';
import { fieldErrors } from './error-handler.js';
import { HttpProblem } from './problem.js';

/**
 * Every route's zod validation failure ends here: a body that parses but does not fit is
 * 422; a bad path or query parameter is 400. Both list every invalid field by path.
 */
export const validationHook: Hook<unknown, AppEnv, string, undefined> = (result) => {
  if (result.success) return;
  const where = result.target === 'json' ? 'body' : result.target;
  const errors = fieldErrors(result.error, where);
  const status = result.target === 'json' || result.target === 'form' ? 422 : 400;
  const summary = errors.length === 1 ? '1 field is invalid' : `${errors.length} fields are invalid`;
  throw new HttpProblem(status, `${summary}: ${errors.map((e) => `${e.path} (${e.message})`).join('; ')}.`, {
    errors,
  });
};
