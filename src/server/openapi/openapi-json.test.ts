import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openApiJson } from './openapi-json.js';

describe('the committed OpenAPI document', () => {
  it('is current: regenerate it with `npm run openapi` after changing a route', async () => {
    const committed = readFileSync(fileURLToPath(new URL('../../../openapi.json', import.meta.url)), 'utf8');
    expect(committed).toBe(await openApiJson());
  });

  it('is OpenAPI 3.1 and documents every error as problem+json', async () => {
    const doc = JSON.parse(await openApiJson());
    expect(doc.openapi).toBe('3.1.0');
    expect(
      doc.paths['/api/v1/workspaces/{ws}/kpis/{id}/points'].post.responses['422'].content,
    ).toHaveProperty('application/problem+json');
  });
});
