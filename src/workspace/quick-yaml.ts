import jsyaml from 'js-yaml';

/**
 * The quick way to read a workspace file (issue 15: `ratchet report` starts in a third of
 * the time). `yaml`, the reader that knows where every value sits in the text, is about
 * seven times slower to load and run; a valid file needs no positions, so it is read here
 * first and `yaml` only runs when there is something to point at (parse-workspace.ts).
 *
 * The quick reader must never disagree with `yaml` about a file it accepts. So it reads
 * every plain scalar with `yaml`'s YAML 1.2 core schema, copied below, and it declines —
 * `undefined`, leaving the file to `yaml` — wherever the two could differ: a `%` directive
 * (`%YAML 1.1` changes the schema), anchors and aliases (`yaml` limits how far they
 * expand), a line opening with `]` or `}` (`yaml` may warn about its indent), any tag or
 * syntax js-yaml refuses, and an empty file.
 */
export function readQuickly(text: string): { readonly data: unknown } | undefined {
  if (DIRECTIVE.test(text) || ANCHOR_OR_ALIAS.test(text) || FLOW_END_LINE.test(text)) return undefined;
  try {
    const data = jsyaml.load(text, { schema: CORE_SCHEMA });
    return data === undefined ? undefined : { data };
  } catch {
    return undefined;
  }
}

const DIRECTIVE = /^%/m;
const FLOW_END_LINE = /^\s*[\]}]/m;
/** `&name` or `*name` where a node may start: after a space, a line start or `[`, `{`, `,`. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,])[&*][^\s,\]}]/m;

/**
 * `yaml`'s core schema (node_modules/yaml/dist/schema/core/): each tag's forms, tried in
 * its order. js-yaml keeps one type per tag, so each tag's forms share one type.
 */
type Form = readonly [test: RegExp, construct: (text: string) => unknown];

function scalar(tag: string, forms: readonly Form[]): jsyaml.Type {
  const formOf = (text: string | null) =>
    text === null ? undefined : forms.find(([test]) => test.test(text));
  return new jsyaml.Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => formOf(text) !== undefined,
    construct: (text: string) => formOf(text)?.[1](text),
  });
}

const CORE_SCHEMA = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', [[/^(?:~|[Nn]ull|NULL)?$/, () => null]]),
    scalar('bool', [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T']]),
    scalar('int', [
      [/^0o[0-7]+$/, (text) => Number.parseInt(text.slice(2), 8)],
      [/^[-+]?[0-9]+$/, (text) => Number.parseInt(text, 10)],
      [/^0x[0-9a-fA-F]+$/, (text) => Number.parseInt(text.slice(2), 16)],
    ]),
    scalar('float', [
      [
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
        (text) =>
          text.slice(-3).toLowerCase() === 'nan'
            ? Number.NaN
            : text[0] === '-'
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY,
      ],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, Number.parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, Number.parseFloat],
    ]),
  ],
});
