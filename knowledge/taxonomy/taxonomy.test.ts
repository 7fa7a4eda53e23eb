import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../db/testing.ts';
import type { Db } from '../db/types.ts';
import { IMMIGRATION_STATUSES } from '../domain/types.ts';
import { ImportError } from '../import/errors.ts';
import {
  DEFAULT_SYNTHETIC_DIR,
  DEFAULT_TAXONOMY_DIR,
  importTaxonomy,
  loadSyntheticKnowledge,
  loadTaxonomyFiles,
  type SyntheticKnowledge,
  type Taxonomy,
} from './index.ts';

const CATEGORY_IDS = [
  'housing', 'health', 'employment', 'education', 'language', 'finances', 'legal',
  'family', 'community', 'transportation', 'digital', 'safety', 'food', 'orientation',
];

const backend = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const scratch: string[] = [];

/** A temp copy of the shipped files, with one of them replaced by `edit` applied to its parsed JSON. */
function contentCopy(sourceDir: string, files: string[], file: string, edit: (data: any) => unknown): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wf-taxonomy-'));
  scratch.push(dir);
  for (const f of files) copyFileSync(path.join(sourceDir, f), path.join(dir, f));
  const target = path.join(dir, file);
  const edited = edit(JSON.parse(readFileSync(target, 'utf8')));
  writeFileSync(target, typeof edited === 'string' ? edited : JSON.stringify(edited, null, 2));
  return dir;
}

const TAXONOMY_FILE_NAMES = ['categories.json', 'statements.json', 'actions.json'];
const taxonomyCopy = (file: string, edit: (data: any) => unknown) => contentCopy(DEFAULT_TAXONOMY_DIR, TAXONOMY_FILE_NAMES, file, edit);
const syntheticCopy = (file: string, edit: (data: any) => unknown) =>
  contentCopy(DEFAULT_SYNTHETIC_DIR, ['statement-actions.json', 'latent-needs.json'], file, edit);

/** Every taxonomy row, in a fixed order: equal snapshots mean the tables were not touched. */
async function snapshot(db: Db) {
  const q = async (sql: string) => (await db.query(sql)).rows;
  return {
    category: await q('SELECT * FROM category ORDER BY id'),
    indicator: await q('SELECT * FROM indicator ORDER BY id'),
    statement: await q('SELECT * FROM driving_statement ORDER BY id'),
    action: await q('SELECT * FROM action ORDER BY id'),
  };
}

async function counts(db: Db) {
  const r = await db.query<Record<string, number>>(
    `SELECT (SELECT count(*) FROM category)::int AS categories, (SELECT count(*) FROM indicator)::int AS indicators,
            (SELECT count(*) FROM driving_statement)::int AS statements, (SELECT count(*) FROM action)::int AS actions`,
  );
  return r.rows[0];
}

/** Loads and imports a folder, as the CLI does, and returns the ImportError it must fail with. */
async function failingImport(db: Db, dir: string): Promise<ImportError> {
  try {
    await importTaxonomy(db, await loadTaxonomyFiles(dir));
  } catch (err) {
    expect(err).toBeInstanceOf(ImportError);
    return err as ImportError;
  }
  throw new Error(`importing ${dir} should have failed`);
}

/** The bad-file cases every rejection test runs: the file, row and field the error must name. */
const BAD_FILES: { name: string; file: string; edit: (d: any) => unknown; row: number; field?: string; reason: RegExp }[] = [
  {
    name: 'malformed JSON',
    file: 'statements.json',
    edit: () => '[\n  {"id": "ds-x-001", "indicatorId": "housing.stable_housing", "text": {"en": "I need a home", "fr": "J\'ai besoin d\'un logement"}},\n]\n',
    row: 3,
    reason: /malformed JSON at line 3/,
  },
  {
    name: 'duplicate id',
    file: 'actions.json',
    edit: (d) => {
      d[4].id = d[1].id;
      return d;
    },
    row: 5,
    field: 'id',
    reason: /duplicate action id "ac-housing-002" \(first used in row 2\)/,
  },
  {
    name: 'duplicate indicator id',
    file: 'categories.json',
    edit: (d) => {
      d[2].indicators[1].id = d[0].indicators[0].id;
      return d;
    },
    row: 3,
    field: 'indicators[1].id',
    reason: /duplicate indicator id "housing.stable_housing"/,
  },
  {
    name: 'unknown indicator',
    file: 'statements.json',
    edit: (d) => {
      d[7].indicatorId = 'housing.castles';
      return d;
    },
    row: 8,
    field: 'indicatorId',
    reason: /unknown indicator "housing.castles"/,
  },
  {
    name: 'unknown indicator on an action',
    file: 'actions.json',
    edit: (d) => {
      d[10].indicatorId = 'nowhere.at_all';
      return d;
    },
    row: 11,
    field: 'indicatorId',
    reason: /unknown indicator/,
  },
  {
    name: 'bad immigration status',
    file: 'actions.json',
    edit: (d) => {
      d[3].eligibility = { immigrationStatuses: ['permanent_resident', 'tourist'] };
      return d;
    },
    row: 4,
    field: 'eligibility.immigrationStatuses[1]',
    reason: /unknown immigration status "tourist"/,
  },
  {
    name: 'missing French',
    file: 'statements.json',
    edit: (d) => {
      delete d[12].text.fr;
      return d;
    },
    row: 13,
    field: 'text.fr',
    reason: /is required/,
  },
  {
    name: 'missing French on an indicator label',
    file: 'categories.json',
    edit: (d) => {
      delete d[1].indicators[2].label.fr;
      return d;
    },
    row: 2,
    field: 'indicators[2].label.fr',
    reason: /is required/,
  },
  {
    name: 'empty text',
    file: 'actions.json',
    edit: (d) => {
      d[20].text.en = '   ';
      return d;
    },
    row: 21,
    field: 'text.en',
    reason: /must not be empty/,
  },
  {
    name: 'minAge above maxAge',
    file: 'actions.json',
    edit: (d) => {
      d[30].eligibility = { minAge: 65, maxAge: 24 };
      return d;
    },
    row: 31,
    field: 'eligibility.minAge',
    reason: /minAge 65 is greater than maxAge 24/,
  },
  {
    name: 'misspelled field',
    file: 'statements.json',
    edit: (d) => {
      d[0].indicatorID = d[0].indicatorId;
      return d;
    },
    row: 1,
    field: 'indicatorID',
    reason: /unknown field/,
  },
];

function expectNamed(err: ImportError, dir: string, c: (typeof BAD_FILES)[number]) {
  expect(err.file).toBe(path.join(dir, c.file));
  expect(err.row).toBe(c.row);
  expect(err.field).toBe(c.field);
  expect(err.reason).toMatch(c.reason);
  expect(err.message).toContain(c.file);
  expect(err.message).toContain(`row ${c.row}`);
  if (c.field) expect(err.message).toContain(`field "${c.field}"`);
}

afterAll(() => {
  for (const d of scratch) rmSync(d, { recursive: true, force: true });
});

describe('shipped taxonomy content', () => {
  let tax: Taxonomy;
  let synthetic: SyntheticKnowledge;
  beforeAll(async () => {
    tax = await loadTaxonomyFiles();
    synthetic = await loadSyntheticKnowledge(DEFAULT_SYNTHETIC_DIR, tax);
  });

  it('has the 14 categories in order and 75 indicators, each with 4 to 7', () => {
    expect(tax.categories.map((c) => c.id)).toEqual(CATEGORY_IDS);
    expect(tax.categories.flatMap((c) => c.indicators)).toHaveLength(75);
    for (const c of tax.categories) {
      expect(c.indicators.length).toBeGreaterThanOrEqual(4);
      expect(c.indicators.length).toBeLessThanOrEqual(7);
    }
  });

  it('has large enough libraries, every text in English and French, and no repeated texts', () => {
    expect(tax.statements.length).toBeGreaterThanOrEqual(150);
    expect(tax.actions.length).toBeGreaterThanOrEqual(250);
    const texts = [
      ...tax.categories.flatMap((c) => [c.label, ...c.indicators.map((i) => i.label)]),
      ...tax.statements.map((s) => s.text),
      ...tax.actions.map((a) => a.text),
    ];
    for (const t of texts) {
      expect(t.en.trim()).not.toBe('');
      expect(t.fr?.trim()).toBeTruthy();
    }
    for (const lib of [tax.statements, tax.actions]) {
      for (const lang of ['en', 'fr'] as const) expect(new Set(lib.map((x) => x.text[lang])).size).toBe(lib.length);
    }
  });

  it('gives every indicator at least one statement and one action', () => {
    const withStatement = new Set(tax.statements.map((s) => s.indicatorId));
    const withAction = new Set(tax.actions.map((a) => a.indicatorId));
    for (const ind of tax.categories.flatMap((c) => c.indicators)) {
      expect(withStatement.has(ind.id), ind.id).toBe(true);
      expect(withAction.has(ind.id), ind.id).toBe(true);
    }
  });

  it('sets real eligibility on at least 40 actions, with known statuses', () => {
    const restricted = tax.actions.filter((a) => a.eligibility);
    expect(restricted.length).toBeGreaterThanOrEqual(40);
    for (const a of restricted) {
      for (const s of a.eligibility!.immigrationStatuses ?? []) expect(IMMIGRATION_STATUSES).toContain(s);
    }
    const ifhp = tax.actions.find((a) => a.text.en.includes('Interim Federal Health Program'));
    expect(ifhp?.eligibility?.immigrationStatuses).toEqual(['protected_person', 'refugee_claimant']);
  });

  it('maps every statement to 3-8 actions and uses every action at least once', () => {
    const statementIds = tax.statements.map((s) => s.id);
    expect(Object.keys(synthetic.statementActions).sort()).toEqual([...statementIds].sort());
    for (const pairs of Object.values(synthetic.statementActions)) {
      expect(pairs.length).toBeGreaterThanOrEqual(3);
      expect(pairs.length).toBeLessThanOrEqual(8);
    }
    const used = new Set(Object.values(synthetic.statementActions).flatMap((pairs) => pairs.map(([a]) => a)));
    expect(tax.actions.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('has 18-25 latent needs that cover every category and most statements', () => {
    const needs = synthetic.latentNeeds;
    expect(needs.length).toBeGreaterThanOrEqual(18);
    expect(needs.length).toBeLessThanOrEqual(25);
    for (const n of needs) {
      expect(n.statements.length).toBeGreaterThanOrEqual(6);
      expect(n.statements.length).toBeLessThanOrEqual(15);
    }
    const covered = new Set(needs.flatMap((n) => n.statements.map(([s]) => s)));
    expect(covered.size / tax.statements.length).toBeGreaterThan(0.75);
    const categoryOf = new Map(tax.statements.map((s) => [s.id, s.indicatorId.split('.')[0]]));
    expect(new Set([...covered].map((s) => categoryOf.get(s))).size).toBe(14);
  });
});

describe(`taxonomy import (${backend})`, () => {
  let t: TestDb;
  let tax: Taxonomy;
  beforeAll(async () => {
    t = await createTestDb();
    tax = await loadTaxonomyFiles();
  });
  afterAll(async () => t.drop());

  it('rejects bad files on an empty database and writes nothing', async () => {
    for (const c of BAD_FILES) {
      const dir = taxonomyCopy(c.file, c.edit);
      expectNamed(await failingImport(t.db, dir), dir, c);
      expect(await counts(t.db), c.name).toEqual({ categories: 0, indicators: 0, statements: 0, actions: 0 });
    }
  });

  it('imports every category, indicator, statement and action', async () => {
    const summary = await importTaxonomy(t.db, tax);
    const expected = { categories: 14, indicators: 75, statements: tax.statements.length, actions: tax.actions.length };
    expect(await counts(t.db)).toEqual(expected);
    expect(summary).toEqual({
      kind: 'taxonomy',
      file: DEFAULT_TAXONOMY_DIR,
      counts: { ...expected, changed: 14 + 75 + tax.statements.length + tax.actions.length },
    });
    const ind = await t.db.query(`SELECT category_id, position, label->>'fr' AS fr FROM indicator WHERE id = 'health.primary_care'`);
    expect(ind.rows[0]).toEqual({ category_id: 'health', position: 2, fr: 'Médecin de famille ou infirmière praticienne' });
    const restricted = tax.actions.find((a) => a.eligibility?.minAge !== undefined && a.eligibility.immigrationStatuses)!;
    const row = await t.db.query('SELECT min_age, max_age, immigration_statuses FROM action WHERE id = $1', [restricted.id]);
    expect(row.rows[0]).toEqual({
      min_age: restricted.eligibility!.minAge,
      max_age: restricted.eligibility!.maxAge ?? null,
      immigration_statuses: restricted.eligibility!.immigrationStatuses,
    });
  });

  it('is idempotent: importing the same files again changes no row', async () => {
    const versions = async () =>
      (await t.db.query(`SELECT id, xmin::text AS v FROM category UNION ALL SELECT id, xmin::text FROM action ORDER BY 1`)).rows;
    const before = await snapshot(t.db);
    const rowVersions = await versions();
    const summary = await importTaxonomy(t.db, await loadTaxonomyFiles());
    expect(summary.counts.changed).toBe(0);
    expect(await snapshot(t.db)).toEqual(before);
    expect(await versions()).toEqual(rowVersions);
  });

  it('updates changed texts and eligibility in place', async () => {
    const dir = taxonomyCopy('actions.json', (d) => {
      d[0].text.en = 'Call central intake for an emergency shelter bed tonight';
      d[0].eligibility = { minAge: 18 };
      return d;
    });
    const summary = await importTaxonomy(t.db, await loadTaxonomyFiles(dir));
    expect(summary.counts.changed).toBe(1);
    const row = await t.db.query(`SELECT text->>'en' AS en, min_age FROM action WHERE id = $1`, [tax.actions[0].id]);
    expect(row.rows[0]).toEqual({ en: 'Call central intake for an emergency shelter bed tonight', min_age: 18 });
    await importTaxonomy(t.db, tax);
    expect((await t.db.query('SELECT min_age FROM action WHERE id = $1', [tax.actions[0].id])).rows[0]).toEqual({ min_age: null });
  });

  it('rejects bad files over a previous import and leaves it exactly as it was', async () => {
    const before = await snapshot(t.db);
    for (const c of BAD_FILES) {
      // Also relabel a category, so a partial write would show in the snapshot.
      const dir = taxonomyCopy(c.file, c.edit);
      if (c.file !== 'categories.json') {
        const cats = JSON.parse(readFileSync(path.join(dir, 'categories.json'), 'utf8'));
        cats[0].label.en = 'Housing (relabelled)';
        writeFileSync(path.join(dir, 'categories.json'), JSON.stringify(cats));
      }
      expectNamed(await failingImport(t.db, dir), dir, c);
      expect(await snapshot(t.db), c.name).toEqual(before);
    }
  });

  it('rolls back the whole import when the database fails part-way through', async () => {
    const before = await snapshot(t.db);
    const relabelled: Taxonomy = {
      ...tax,
      categories: tax.categories.map((c) => ({ ...c, label: { ...c.label, en: `${c.label.en} (v2)` } })),
      statements: tax.statements.map((s) => ({ ...s, text: { ...s.text, en: `${s.text.en}.` } })),
    };
    // The last of the four statements fails after categories, indicators and statements were written.
    const failing: Db = {
      ...t.db,
      transaction: (fn) =>
        t.db.transaction((tx) =>
          fn({
            exec: (sql) => tx.exec(sql),
            query: (sql, params) =>
              /INSERT INTO action/.test(sql) ? Promise.reject(new Error('disk full')) : tx.query(sql, params),
          }),
        ),
    };
    await expect(importTaxonomy(failing, relabelled)).rejects.toThrow('disk full');
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe('synthetic knowledge files', () => {
  let tax: Taxonomy;
  beforeAll(async () => {
    tax = await loadTaxonomyFiles();
  });

  it('loads with the shipped taxonomy by default', async () => {
    const k = await loadSyntheticKnowledge();
    expect(Object.keys(k.statementActions)).toHaveLength(tax.statements.length);
    expect(k.latentNeeds.find((n) => n.id === 'agricultural_temporary_worker')?.siteWeights).toHaveProperty('leamington');
  });

  it('names the file, entry and id of an unknown action', async () => {
    const dir = syntheticCopy('statement-actions.json', (d) => {
      d['ds-housing-003'][1][0] = 'ac-housing-999';
      return d;
    });
    const err = await loadSyntheticKnowledge(dir, tax).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).message).toBe(
      `${path.join(dir, 'statement-actions.json')}, row 3, field "ds-housing-003[1][0]": unknown action id "ac-housing-999"`,
    );
  });

  it('names the file, need and id of an unknown statement', async () => {
    const dir = syntheticCopy('latent-needs.json', (d) => {
      d[2].statements[4][0] = 'ds-nowhere-001';
      return d;
    });
    const err = (await loadSyntheticKnowledge(dir, tax).catch((e: unknown) => e)) as ImportError;
    expect(err).toBeInstanceOf(ImportError);
    expect([err.row, err.field, err.reason]).toEqual([3, 'statements[4][0]', 'unknown statement id "ds-nowhere-001"']);
    expect(err.message).toContain('latent-needs.json');
  });

  it('rejects an unknown status weight and a probability above 1', async () => {
    const status = syntheticCopy('latent-needs.json', (d) => {
      d[0].statusWeights.visitor = 0.2;
      return d;
    });
    await expect(loadSyntheticKnowledge(status, tax)).rejects.toThrow(/row 1, field "statusWeights.visitor": unknown field/);
    const prob = syntheticCopy('latent-needs.json', (d) => {
      d[1].statements[0][1] = 1.5;
      return d;
    });
    await expect(loadSyntheticKnowledge(prob, tax)).rejects.toThrow(/row 2, field "statements\[0\]\[1\]": must be at most 1/);
  });
});
