import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Suggestions } from '../../core/suggest/suggestion.js';
import { templatesMarkdown } from '../../core/suggest/templates-markdown.js';
import { memoryIo } from '../io.js';
import { main } from '../main.js';

async function run(...argv: string[]) {
  const io = memoryIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('ratchet suggest', () => {
  it('lists KPIs to hold and key results to raise, with range, cadence and why', async () => {
    const { code, out } = await run('suggest', 'Improve customer support experience', '--limit', '4');
    expect(code).toBe(0);
    expect(out).toMatch(
      /^KPIs to hold\n {2}1\. Customer satisfaction \(CSAT\): healthy ≥ 4\.2\/5, reviewed weekly\n/,
    );
    expect(out).toContain('First response time: healthy ≤ 4 h, reviewed weekly');
    expect(out).toContain('Key results to raise');
    expect(out).toContain('Reduce first response time from ‹now› h to ‹target› h');
    expect(out).toContain('Matches “customer”, “support”, “experience” in your objective.');
    expect(out.match(/^ {2}\d\./gm)).toHaveLength(8);
  });

  it('--json prints the Suggestions object', async () => {
    const { code, out } = await run(
      'suggest',
      'Dominate the SaaS market in Brazil',
      '--json',
      '--currency',
      'brl',
    );
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as Suggestions;
    expect(parsed.domains[0]?.domain).toBe('saas');
    expect(parsed.keyResults.find((s) => s.templateId === 'saas.mrr')?.unit).toBe('BRL');
  });

  it('--freelancer favours the freelancer templates', async () => {
    const { out } = await run('suggest', 'Establish authority in motion graphics', '--freelancer', '--json');
    const parsed = JSON.parse(out) as Suggestions;
    expect(parsed.kpis.map((s) => s.domain)).toEqual(parsed.kpis.map(() => 'freelancer'));
  });

  it('says when nothing matched and labels the general starting points', async () => {
    const { code, out } = await run('suggest', 'xyzzy');
    expect(code).toBe(0);
    expect(out).toMatch(/^Nothing in “xyzzy” matched the template library/);
    expect(out).toContain('KPIs to hold (general starting points)');
  });

  it('refuses a bad --limit and says what is allowed', async () => {
    const { code, err } = await run('suggest', 'Reduce churn', '--limit', 'lots');
    expect(code).toBe(2);
    expect(err).toBe('ratchet: --limit must be a whole number from 1 to 50 (got “lots”).\n');
  });

  it('refuses a currency that is not an ISO code', async () => {
    const { code, err } = await run('suggest', 'Grow MRR', '--currency', 'euros');
    expect(code).toBe(2);
    expect(err).toMatch(/--currency must be a three-letter ISO 4217 code/);
  });
});

describe('docs/templates.md', () => {
  it('is the template library as it ships (regenerate it with templatesMarkdown() after editing templates)', () => {
    const page = readFileSync(new URL('../../../docs/templates.md', import.meta.url), 'utf8');
    expect(page).toBe(templatesMarkdown());
  });
});
