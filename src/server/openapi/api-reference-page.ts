/**
 * Renders the OpenAPI document as one self-contained HTML page: no scripts, no CDN, so
 * the reference works offline and under the strict Content-Security-Policy.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function renderApiReference(document: unknown): string {
  const doc = asObject(document as Json);
  const info = asObject(doc.info ?? null);
  const paths = asObject(doc.paths ?? null);
  const schemas = asObject(asObject(doc.components ?? null).schemas ?? null);
  const operations: string[] = [];
  const toc: string[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = asObject(asObject(item)[method] ?? null);
      if (Object.keys(op).length === 0) continue;
      const anchor = `${method}-${path}`.replaceAll(/[^a-zA-Z0-9]+/g, '-');
      toc.push(
        `<li><a href="#${anchor}"><b class="m ${method}">${method.toUpperCase()}</b> ${esc(path)}</a></li>`,
      );
      operations.push(renderOperation(anchor, method, path, op));
    }
  }
  const schemaSections = Object.entries(schemas).map(
    ([name, schema]) =>
      `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3>${renderSchema(schema)}</section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(String(info.title ?? 'API'))} reference</title><style>${STYLE}</style></head>
<body><header><h1>${esc(String(info.title ?? 'API'))} <small>${esc(String(info.version ?? ''))}</small></h1>
<p>${esc(String(info.description ?? ''))}</p><p>Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a></p></header>
<nav><h2>Operations</h2><ul>${toc.join('')}</ul></nav>
<main>${operations.join('\n')}<h2>Schemas</h2>${schemaSections.join('\n')}</main></body></html>`;
}

function renderOperation(anchor: string, method: string, path: string, op: JsonObject): string {
  const params = asArray(op.parameters ?? null).map(asObject);
  const paramRows = params
    .map(
      (p) =>
        `<tr><td><code>${esc(String(p.name))}</code></td><td>${esc(String(p.in))}</td><td>${p.required ? 'yes' : ''}</td><td>${renderSchema(p.schema ?? null)}</td><td>${esc(String(p.description ?? ''))}</td></tr>`,
    )
    .join('');
  const body = asObject(op.requestBody ?? null);
  const bodyContent = Object.entries(asObject(body.content ?? null))
    .map(([type, media]) => `<p><code>${esc(type)}</code></p>${renderSchema(asObject(media).schema ?? null)}`)
    .join('');
  const responses = Object.entries(asObject(op.responses ?? null))
    .map(([status, response]) => {
      const r = asObject(response);
      const content = Object.entries(asObject(r.content ?? null))
        .map(([type, media]) => `<code>${esc(type)}</code> ${renderSchema(asObject(media).schema ?? null)}`)
        .join('');
      return `<tr><td><b>${esc(status)}</b></td><td>${esc(String(r.description ?? ''))}${content}</td></tr>`;
    })
    .join('');
  return `<section id="${anchor}" class="op"><h3><b class="m ${method}">${method.toUpperCase()}</b> <code>${esc(path)}</code></h3>
<p><b>${esc(String(op.summary ?? ''))}</b></p><p>${esc(String(op.description ?? ''))}</p>
${paramRows ? `<h4>Parameters</h4><table><tr><th>name</th><th>in</th><th>required</th><th>schema</th><th></th></tr>${paramRows}</table>` : ''}
${bodyContent ? `<h4>Request body</h4>${bodyContent}` : ''}
<h4>Responses</h4><table>${responses}</table></section>`;
}

/** A schema as a compact, readable JSON listing, with `$ref`s linked to their section. */
function renderSchema(schema: Json): string {
  if (schema === null) return '';
  const text = JSON.stringify(schema, null, 2);
  const linked = esc(text).replaceAll(
    /&quot;#\/components\/schemas\/([A-Za-z0-9_.-]+)&quot;/g,
    (_match, name: string) => `<a href="#schema-${name}">${name}</a>`,
  );
  return `<pre>${linked}</pre>`;
}

function asObject(value: Json | undefined): JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

function asArray(value: Json): Json[] {
  return Array.isArray(value) ? value : [];
}

function esc(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const STYLE = `body{font:15px/1.5 system-ui,sans-serif;margin:0;display:grid;grid-template-columns:20rem 1fr;color:#1d2330}
header{grid-column:1/3;padding:1rem 2rem;background:#f4f5f7;border-bottom:1px solid #dde}
nav{padding:1rem;border-right:1px solid #dde;position:sticky;top:0;height:100vh;overflow:auto;font-size:13px}
nav ul{list-style:none;padding:0}main{padding:1rem 2rem;min-width:0}
.op{border-bottom:1px solid #eee;padding-bottom:1rem}pre{background:#f7f7f9;padding:.5rem;overflow:auto;font-size:12px;max-height:24rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #e3e3e8;padding:.25rem .5rem;vertical-align:top;text-align:left}
.m{display:inline-block;min-width:3.5rem;font-size:12px;color:#fff;border-radius:3px;padding:0 .3rem;text-align:center}
.get{background:#2f6fdb}.post{background:#1f8a4c}.patch{background:#b7791f}.put{background:#b7791f}.delete{background:#c53030}`;
