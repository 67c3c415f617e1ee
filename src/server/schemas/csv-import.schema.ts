import { z } from '@hono/zod-openapi';
import { RefText } from './input.schema.js';
import { ReplaceFlag } from './kpi.schema.js';

const Csv = z
  .string()
  .min(1, 'Send the CSV file’s text.')
  .max(8 * 1024 * 1024)
  .openapi({ description: 'The CSV file’s text, header first' });

const Header = z.string().trim().min(1).max(200);

export const PointsMappingSchema = z
  .object({
    at: Header.openapi({ description: 'Header of the date column', example: 'Date' }),
    value: Header.openapi({ description: 'Header of the value column', example: 'Amount' }),
    kpi: Header.optional().openapi({
      description: 'Header of the KPI column (id or name); absent: `kpi` below',
    }),
    note: Header.optional(),
    dateOrder: z
      .enum(['ymd', 'dmy', 'mdy'])
      .optional()
      .openapi({ description: 'For 23/11/2026 (dmy) or 11/23/2026 (mdy); guessed when absent' }),
  })
  .strict()
  .openapi('PointsMapping');

export const PointsCsvSchema = z
  .object({
    csv: Csv,
    mapping: PointsMappingSchema,
    kpi: RefText.optional().openapi({
      description: 'The KPI of every row when the mapping has no KPI column',
    }),
    dryRun: z.boolean().optional().openapi({ description: 'Check and count, store nothing' }),
    replace: ReplaceFlag,
  })
  .strict()
  .openapi('PointsCsvImport');

const RowProblemSchema = z.object({ row: z.number().int(), message: z.string() }).openapi('RowProblem');

const MappedPointSchema = z.object({
  row: z.number().int(),
  kpi: z.string(),
  at: z.number().int().openapi({ description: 'Epoch ms' }),
  value: z.number(),
  note: z.string().optional(),
});

export const PointsCsvPreviewSchema = z
  .object({
    header: z.array(z.string()),
    rows: z.number().int(),
    problems: z.array(RowProblemSchema).openapi({ description: 'Every problem by row; row 1 is the header' }),
    kpis: z.array(z.object({ kpi: z.string(), points: z.number().int() })),
    sample: z.array(MappedPointSchema).openapi({ description: 'The first rows as read' }),
    replacing: z
      .array(
        z.object({
          row: z.number().int(),
          kpi: z.string(),
          at: z.number().int().openapi({ description: 'Epoch ms' }),
          stored: z.number().openapi({ description: 'The value stored at that instant' }),
          value: z.number().openapi({ description: 'The row’s value, which would replace it' }),
        }),
      )
      .openapi({
        description:
          'Rows whose value differs from the one stored at their instant: import them with `replace: true`',
      }),
  })
  .openapi('PointsCsvPreview');

export const PointsCsvResultSchema = z
  .object({
    dryRun: z.boolean(),
    points: z.number().int(),
    kpis: z.array(
      z.object({
        kpi: z.string(),
        inserted: z.number().int(),
        replaced: z.number().int(),
        unchanged: z.number().int(),
        duplicates: z.number().int(),
      }),
    ),
  })
  .openapi('PointsCsvResult');

export const SavedMappingSchema = z
  .object({ mapping: PointsMappingSchema.nullable() })
  .openapi('SavedPointsMapping');

export const ImportTool = z.enum(['toggl', 'clockify', 'okr-csv', 'viva-goals', 'perdoo', 'sheets']);

export const ToolImportSchema = z
  .object({
    csv: Csv,
    dryRun: z.boolean().optional(),
    initiative: RefText.optional().openapi({ description: 'Time trackers: every entry on this initiative' }),
    person: RefText.optional().openapi({ description: 'Time trackers: every entry for this person' }),
    billableKpi: RefText.optional().openapi({
      description: 'Time trackers: weekly billable hours to this KPI',
    }),
    dateFormat: z.enum(['ymd', 'dmy', 'mdy']).optional(),
    cycle: RefText.optional().openapi({ description: 'OKR files: every objective in this cycle' }),
    // A partial record: an enum-keyed z.record would ask for every field.
    mapping: z
      .partialRecord(
        z.enum(['objective', 'keyResult', 'owner', 'baseline', 'target', 'current', 'due']),
        Header,
      )
      .optional()
      .openapi({ description: 'OKR files: the header of a field the file names differently' }),
  })
  .strict()
  .openapi('ToolImport');

export const ToolImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    summary: z.string().openapi({ description: 'What was (or would be) imported, in words' }),
    counts: z.record(z.string(), z.number()),
  })
  .openapi('ToolImportResult');
