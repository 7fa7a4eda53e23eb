/** Shapes of the taxonomy and synthetic-world files. Cross-references (ids that must exist) are checked in load.ts. */
import { z } from 'zod';
import { AGE_BANDS, IMMIGRATION_STATUSES, SITES } from '../domain/types.ts';

/** Missing keys read better as "is required" than as zod's "expected string, received undefined". */
const required = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is required' : `must be ${what}`;

const text = z.string({ error: required('a string') }).trim().min(1, 'must not be empty');

const id = z
  .string({ error: required('a string') })
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" or "-", without spaces');

/**
 * Library texts need English and French (the two official languages assessors work in);
 * other language codes may be added alongside.
 */
export const libraryText = z.object({ en: text, fr: text }).catchall(text);

export const indicatorSchema = z.strictObject({ id, label: libraryText });

export const categorySchema = z.strictObject({
  id,
  label: libraryText,
  indicators: z.array(indicatorSchema, { error: required('an array') }).min(1, 'a category needs at least one indicator'),
});

export const statementSchema = z.strictObject({ id, indicatorId: id, text: libraryText });

const age = z.number({ error: required('a number') }).int('must be a whole number').min(0).max(120);

export const eligibilitySchema = z.strictObject({
  minAge: age.optional(),
  maxAge: age.optional(),
  immigrationStatuses: z
    .array(
      z.enum(IMMIGRATION_STATUSES, {
        error: (issue) => `unknown immigration status ${JSON.stringify(issue.input)} (expected one of ${IMMIGRATION_STATUSES.join(', ')})`,
      }),
    )
    .min(1, 'list at least one status, or leave the field out for everyone')
    .optional(),
});

export const actionSchema = z.strictObject({ id, indicatorId: id, text: libraryText, eligibility: eligibilitySchema.optional() });

export const categoriesFileSchema = z.array(categorySchema).min(1, 'the file lists no categories');
export const statementsFileSchema = z.array(statementSchema).min(1, 'the file lists no statements');
export const actionsFileSchema = z.array(actionSchema).min(1, 'the file lists no actions');

// Synthetic world ------------------------------------------------------------------------------

const weight = z.number({ error: required('a number') }).min(0, 'must not be negative');
const probability = weight.max(1, 'must be at most 1');

/** statement id -> [[action id, weight], ...] */
export const statementActionsFileSchema = z.record(z.string(), z.array(z.tuple([id, weight])).min(1, 'list at least one action'));

const statusKey = z.enum(IMMIGRATION_STATUSES, { error: (issue) => `unknown immigration status ${JSON.stringify(issue.input)}` });
const ageBandKey = z.enum(AGE_BANDS, { error: (issue) => `unknown age band ${JSON.stringify(issue.input)}` });
const siteKey = z.enum(SITES.map((s) => s.id) as [string, ...string[]], {
  error: (issue) => `unknown site ${JSON.stringify(issue.input)}`,
});

export const latentNeedSchema = z.strictObject({
  id,
  label: text,
  statusWeights: z.partialRecord(statusKey, weight),
  ageBandWeights: z.partialRecord(ageBandKey, weight),
  /** Optional: where this kind of client mostly lives (e.g. agricultural workers in Leamington). */
  siteWeights: z.partialRecord(siteKey, weight).optional(),
  householdSize: z.tuple([z.number().int().min(1), z.number().int().min(1)]),
  statements: z.array(z.tuple([id, probability])).min(1, 'list at least one statement'),
});

export const latentNeedsFileSchema = z.array(latentNeedSchema).min(1, 'the file lists no latent needs');

export type LibraryText = z.infer<typeof libraryText>;
export type LatentNeedRecord = z.infer<typeof latentNeedSchema>;
export type StatementActions = z.infer<typeof statementActionsFileSchema>;
