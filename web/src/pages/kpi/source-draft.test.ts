import { describe, expect, it } from 'vitest';
import { draftComplete, draftOf, KEPT_SECRET, sourceOf } from './source-draft.js';

describe('the source editor draft', () => {
  it('keeps a stored header value and connection string unless a new one is typed', () => {
    const http = draftOf({
      kind: 'http',
      url: 'https://x.example/s',
      value: 'n',
      headers: { Authorization: KEPT_SECRET },
    });
    expect(http.headers).toEqual([{ name: 'Authorization', value: '', stored: true }]);
    expect(sourceOf(http)).toEqual({
      kind: 'http',
      url: 'https://x.example/s',
      value: 'n',
      headers: { Authorization: KEPT_SECRET },
    });
    const retyped = { ...http, headers: [{ name: 'Authorization', value: 'Bearer new', stored: true }] };
    expect(sourceOf(retyped)).toMatchObject({ headers: { Authorization: 'Bearer new' } });

    const sql = draftOf({ kind: 'sql', connection: KEPT_SECRET, query: 'select 1 as value' });
    expect(sourceOf(sql)).toEqual({ kind: 'sql', connection: KEPT_SECRET, query: 'select 1 as value' });
  });

  it('leaves blank optional fields out and is complete only with what the kind needs', () => {
    const draft = { ...draftOf(undefined), url: ' https://x.example/s ', value: 'data.n', schedule: ' ' };
    expect(sourceOf(draft)).toEqual({ kind: 'http', url: 'https://x.example/s', value: 'data.n' });
    expect(draftComplete(draft)).toBe(true);
    expect(draftComplete({ ...draft, kind: 'formula' })).toBe(false);
    expect(draftComplete({ ...draft, kind: 'sql', query: 'select 1 as value' })).toBe(false);
  });
});
