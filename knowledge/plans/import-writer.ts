/**
 * Receives validated plans from a parser, checks what only the whole file or the database can
 * tell (duplicate plan ids, a client described two ways, ids already stored), and writes them in
 * batches inside the importer's single transaction.
 */
import type { Queryable } from '../db/types.ts';
import { ImportError } from '../import/errors.ts';
import { clientDifference, type ClientField } from './import-fields.ts';
import { addCounts, emptyCounts, writePlanBatch, type PlanCounts } from './insert.ts';
import type { GeneratedClient, GeneratedPlan } from './types.ts';

const BATCH_PLANS = 1000;

interface Pending {
  plan: GeneratedPlan;
  client: GeneratedClient;
  /** The client's first appearance in the file: stored with this batch. */
  newClient: boolean;
  line: number;
}

export class PlanImportWriter {
  readonly totals: PlanCounts = emptyCounts();
  private readonly planLines = new Map<string, number>();
  private readonly clients = new Map<string, { client: GeneratedClient; line: number }>();
  private pending: Pending[] = [];

  constructor(
    private readonly tx: Queryable,
    private readonly file: string,
    /** How the file spells a client attribute and the plan id ("client.age_band" or "age_band"). */
    private readonly clientField: (name: ClientField) => string,
    private readonly planIdField: string,
  ) {}

  async add(plan: GeneratedPlan, client: GeneratedClient, line: number): Promise<void> {
    const earlier = this.planLines.get(plan.id);
    if (earlier !== undefined) {
      throw new ImportError(this.file, `plan id "${plan.id}" is used again (first on line ${earlier})`, line, this.planIdField);
    }
    this.planLines.set(plan.id, line);
    const known = this.clients.get(client.id);
    if (known) {
      const diff = clientDifference(known.client, client);
      if (diff) {
        throw new ImportError(
          this.file,
          `client "${client.id}" has ${diff.field} "${diff.now}" here but "${diff.was}" on line ${known.line}`,
          line,
          this.clientField(diff.field),
        );
      }
    } else {
      this.clients.set(client.id, { client, line });
    }
    this.pending.push({ plan, client, newClient: !known, line });
    if (this.pending.length >= BATCH_PLANS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    const stored = await this.tx.query<{ id: string }>('SELECT id FROM plan WHERE id = ANY($1::text[])', [batch.map((p) => p.plan.id)]);
    if (stored.rows.length > 0) {
      const clash = batch.find((p) => p.plan.id === stored.rows[0].id)!;
      throw new ImportError(this.file, `plan "${clash.plan.id}" is already in the database`, clash.line, this.planIdField);
    }
    const fresh = batch.filter((p) => p.newClient);
    await this.checkStoredClients(fresh);
    addCounts(
      this.totals,
      await writePlanBatch(
        this.tx,
        { clients: fresh.map((p) => p.client), plans: batch.map((p) => p.plan) },
        { source: 'import', skipExistingClients: true },
      ),
    );
  }

  /** A client already in the database must be described exactly as stored. */
  private async checkStoredClients(fresh: Pending[]): Promise<void> {
    if (fresh.length === 0) return;
    const r = await this.tx.query<{
      id: string;
      agency_id: string;
      site_id: string;
      age_band: string;
      immigration_status: string;
      languages: string[];
      household_size: number;
      children: number;
      arrival_date: string | null;
    }>(
      `SELECT id, agency_id, site_id, age_band, immigration_status, languages, household_size, children, arrival_date
         FROM client WHERE id = ANY($1::text[])`,
      [fresh.map((p) => p.client.id)],
    );
    for (const row of r.rows) {
      const incoming = fresh.find((p) => p.client.id === row.id)!;
      const storedClient: GeneratedClient = {
        id: row.id,
        agencyId: row.agency_id,
        siteId: row.site_id,
        ageBand: row.age_band as GeneratedClient['ageBand'],
        immigrationStatus: row.immigration_status as GeneratedClient['immigrationStatus'],
        languages: row.languages,
        householdSize: row.household_size,
        children: row.children,
        arrivalDate: row.arrival_date,
      };
      const diff = clientDifference(storedClient, incoming.client);
      if (diff) {
        throw new ImportError(
          this.file,
          `client "${row.id}" is stored with ${diff.field} "${diff.was}" but this file says "${diff.now}"`,
          incoming.line,
          this.clientField(diff.field),
        );
      }
    }
  }
}
