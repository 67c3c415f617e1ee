import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { dialectOf } from './dialect-name.js';

/**
 * `column IN (values)` with the whole list as ONE parameter, whatever its length:
 * PostgreSQL takes an array (`= any($1)`), SQLite a JSON array it walks with `json_each`.
 * The SQL text stays the same for every list, so it parses and plans once, and no list
 * ever meets the parameter limit. Both probe the column's index once per value.
 */
export function inValues<DB>(
  db: Kysely<DB>,
  column: string,
  values: readonly (number | string)[],
  arrayType: 'bigint' | 'text',
): Expression<SqlBool> {
  if (dialectOf(db) === 'postgres') {
    return sql<SqlBool>`${sql.ref(column)} = any(${[...values]}::${sql.raw(arrayType)}[])`;
  }
  return sql<SqlBool>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}

/**
 * A JSON array of `expression` over each group: `json_agg` in PostgreSQL (which the pg
 * driver hands back parsed), `json_group_array` in SQLite (text): read it with
 * `fromJson`. Reading 1,000 arrays of 365 numbers is several times faster than reading
 * 365,000 rows, because the driver builds one value per array, not one object per row.
 * With `filter`, only the rows it accepts (none: `[]` in SQLite, null in PostgreSQL).
 */
export function jsonArrayAgg<DB>(
  db: Kysely<DB>,
  expression: RawBuilder<unknown>,
  options: { readonly filter?: RawBuilder<SqlBool>; readonly orderBy?: RawBuilder<unknown> } = {},
): RawBuilder<unknown> {
  const order = options.orderBy ? sql` order by ${options.orderBy}` : sql``;
  const filter = options.filter ? sql` filter (where ${options.filter})` : sql``;
  return dialectOf(db) === 'postgres'
    ? sql`json_agg(${expression}${order})${filter}`
    : sql`json_group_array(${expression}${order})${filter}`;
}

/** A JSON array of these values, one per row: `json_build_array` / `json_array`. */
export function jsonTuple<DB>(
  db: Kysely<DB>,
  expressions: readonly RawBuilder<unknown>[],
): RawBuilder<unknown> {
  const list = sql.join(expressions);
  return dialectOf(db) === 'postgres' ? sql`json_build_array(${list})` : sql`json_array(${list})`;
}
