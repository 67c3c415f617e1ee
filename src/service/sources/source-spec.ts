import { KEPT_SECRET, type KpiSource, SOURCE_KINDS } from '../../core/source/kpi-source.js';
import { ValidationError } from '../errors.js';
import type { SecretBox } from '../secrets/secret-box.js';

/**
 * A source as stored: JSON with every secret sealed (header values, the connection
 * string). `<secret>` in the input keeps the secret already stored, so a file exported
 * without secrets imports back without losing them.
 */
export function sealSpec(
  source: KpiSource,
  box: () => SecretBox,
  previous: string | undefined,
  kpiKey: string,
): string {
  const before = previous === undefined ? undefined : (JSON.parse(previous) as StoredSpec);
  const keep = (sealed: string | undefined, what: string): string => {
    if (sealed !== undefined) return sealed;
    throw new ValidationError(`The source of KPI "${kpiKey}" cannot be stored:`, [
      {
        path: `kpis.${kpiKey}.source`,
        message: `${what} is ${KEPT_SECRET} but no secret is stored yet; write the real value`,
      },
    ]);
  };
  switch (source.kind) {
    case 'http': {
      const headers =
        source.headers === undefined
          ? undefined
          : Object.fromEntries(
              Object.entries(source.headers).map(([name, value]) => [
                name,
                value === KEPT_SECRET
                  ? keep(before?.kind === 'http' ? before.headers?.[name] : undefined, `the header ${name}`)
                  : resealed(box, before?.kind === 'http' ? before.headers?.[name] : undefined, value),
              ]),
            );
      return JSON.stringify({ ...source, ...(headers ? { headers } : {}) });
    }
    case 'sql':
      return JSON.stringify({
        ...source,
        connection:
          source.connection === KEPT_SECRET
            ? keep(before?.kind === 'sql' ? before.connection : undefined, 'the connection')
            : resealed(box, before?.kind === 'sql' ? before.connection : undefined, source.connection),
      });
    case 'formula':
      return JSON.stringify(source);
  }
}

/** The stored sealed text when it holds the same secret (sealing is randomised), else a new seal. */
function resealed(box: () => SecretBox, stored: string | undefined, plain: string): string {
  if (stored !== undefined) {
    try {
      if (box().open(stored) === plain) return stored;
    } catch {
      // Sealed under an older key: seal the value given now.
    }
  }
  return box().seal(plain);
}

/** The stored source, with secrets opened or shown as `<secret>`. */
export function openSpec(spec: string, box: (() => SecretBox) | undefined): KpiSource {
  const stored = JSON.parse(spec) as StoredSpec;
  if (!SOURCE_KINDS.includes(stored.kind))
    throw new Error(`unknown stored source kind ${String(stored.kind)}`);
  const open = (sealed: string) => (box ? box().open(sealed) : KEPT_SECRET);
  switch (stored.kind) {
    case 'http':
      return stored.headers === undefined
        ? stored
        : {
            ...stored,
            headers: Object.fromEntries(Object.entries(stored.headers).map(([n, v]) => [n, open(v)])),
          };
    case 'sql':
      return { ...stored, connection: open(stored.connection) };
    case 'formula':
      return stored;
  }
}

/** Same shape as KpiSource; secret fields hold sealed text. */
type StoredSpec = KpiSource;
