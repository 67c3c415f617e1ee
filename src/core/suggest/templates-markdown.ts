import type { MetricTemplate } from './metric-template.js';
import { describeHealthy } from './suggestions-text.js';
import { TEMPLATE_LIBRARY } from './templates/index.js';

/**
 * `docs/templates.md`, generated from the library so the page can never drift from what
 * `ratchet suggest` ranks (a test compares the two).
 */
export function templatesMarkdown(): string {
  const count = TEMPLATE_LIBRARY.reduce((sum, domain) => sum + domain.templates.length, 0);
  const out: string[] = [
    '# Metric template library',
    '',
    '<!-- Generated from src/core/suggest/templates/ by templatesMarkdown(); edit the templates, not this page.',
    '     Regenerate: npx tsx -e "import(\'./src/core/suggest/templates-markdown.ts\').then((m) => process.stdout.write(m.templatesMarkdown()))" > docs/templates.md -->',
    '',
    `${count} metrics in ${TEMPLATE_LIBRARY.length} domains, drawn from the source articles and common practice.`,
    '`ratchet suggest "<objective>"` ranks them against an objective and `ratchet advise` picks',
    'from them for a domain. Each metric says which way is better, the healthy range teams',
    'usually hold it in, how often to review it, and whether it is better held as a **KPI**',
    '(a floor to protect) or moved as a **key result** (an outcome worth a quarter of effort).',
    '',
    'How `suggest` ranks: the objective is lower-cased and lightly stemmed ("retaining",',
    '"retention" and "retain" meet), then each template is scored with BM25 over its metric',
    'name (counted twice) and keywords. Naming a domain ("SaaS", "support", "freelance") lifts',
    'that domain’s templates and lowers word matches from other domains. Ties go to the',
    'stronger domain, then to the order of this page. Vanity metrics are never suggested;',
    'they are listed apart, with what to track instead. When nothing matches, `suggest` says',
    'so and offers general starting points.',
    '',
    'Units: `currency` is replaced by the workspace currency (ISO 4217, e.g. EUR); `score/5`',
    'and `score/10` are survey averages; `nps` runs from −100 to 100. “From history” means',
    'no range is typical across businesses: set the floor from your own trailing average.',
    '',
    '## Domains',
    '',
    ...TEMPLATE_LIBRARY.map((domain) => `- [${domain.label}](#${anchor(domain.label)}) (\`${domain.id}\`)`),
  ];
  for (const domain of TEMPLATE_LIBRARY) {
    out.push(
      '',
      `## ${domain.label}`,
      '',
      `Id \`${domain.id}\`. Named by: ${domain.synonyms.join(', ')}.`,
      '',
      '| metric | unit | better | healthy | cadence | use as | example key result | why |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...domain.templates.map(row),
    );
  }
  return `${out.join('\n')}\n`;
}

function row(t: MetricTemplate): string {
  const healthy = describeHealthy(t.healthy, t.unit === 'currency' ? 'XXX' : t.unit)
    .replace('set the healthy range from your own history', 'from history')
    .replace('healthy ', '')
    .replace('XXX', 'currency');
  const use = [t.asKpi ? 'KPI' : '', t.asKeyResult ? 'key result' : ''].filter(Boolean).join(', ');
  const why = t.vanity ? `**Vanity:** ${t.vanity}.` : t.why;
  const cells = [
    `${t.metric} \`${t.id}\``,
    t.unit,
    t.direction === 'increase' ? 'higher' : 'lower',
    healthy,
    t.cadence,
    t.vanity ? 'neither (vanity)' : use,
    t.exampleKeyResult.replaceAll('{currency}', 'EUR'),
    why,
  ];
  return `| ${cells.map((cell) => cell.replaceAll('|', '\\|')).join(' | ')} |`;
}

function anchor(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, '')
    .replaceAll(' ', '-');
}
