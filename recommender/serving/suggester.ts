import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../../knowledge/db/index.ts';
import { AGE_BANDS, IMMIGRATION_STATUSES, SITES } from '../../knowledge/domain/types.ts';
import type { ClientContext } from '../data/context.ts';
import { eligibilityFilter } from '../data/access.ts';
import { dayFromIso } from '../data/dates.ts';
import type { Decision, DecisionReason } from '../feedback/decisions.ts';
import { rankActions } from '../models/rank.ts';
import { deserializeModel, embedQuery } from '../models/registry.ts';
import type { Embedder, Query, Recommender } from '../models/types.ts';
import { loadActiveModelVersion, MODEL_CHANNEL, type ModelVersionInfo } from '../registry/store.ts';
import { SuggestionError } from './errors.ts';
import { inLanguage, loadLibraryLabels, type LibraryLabels } from './labels.ts';
import { localizeReasons, type ShownReason } from './reasons.ts';

/** Who asks: suggestions and decisions are scoped to the assessor's organization. */
export interface Actor {
  staffId: string;
  agencyId: string;
}

export interface StatementInput {
  statementId?: string;
  text?: string;
}

export interface ContextInput {
  site: string;
  ageBand: string;
  immigrationStatus: string;
  householdSize?: number;
  children?: number;
  languages?: string[];
  arrivalDate?: string | null;
}

export interface SuggestRequest {
  /** A plan of the assessor's organization: its statements, client context and actions are used. */
  planId?: string;
  /** With planId: only these statement positions (default all). */
  positions?: number[];
  /** Without planId: the statements to suggest for (library ids or free text). */
  statements?: StatementInput[];
  /** Without planId: the client's context. */
  context?: ContextInput;
  /** Without planId: actions already chosen, never suggested again. */
  actionsInPlan?: string[];
  language?: 'en' | 'fr';
  /** Suggestions per statement; default 5. */
  k?: number;
}

export interface SuggestedAction {
  /** The logged suggestion's id: decisions refer to it. */
  id: string;
  actionId: string;
  title: string;
  rank: number;
  score: number;
  reasons: ShownReason[];
}

export interface StatementSuggestions {
  position: number;
  statementId: string | null;
  text: string;
  suggestions: SuggestedAction[];
}

export interface SuggestResponse {
  requestId: string;
  modelVersion: { id: number; name: string; createdAt: string };
  language: 'en' | 'fr';
  statements: StatementSuggestions[];
}

export interface DecisionInput {
  decision: Decision;
  reason?: DecisionReason;
  note?: string;
}

export interface DecisionResult {
  suggestionId: string;
  decision: Decision;
  decidedAt: string;
  /** True when accepting added the action to the plan. */
  addedToPlan: boolean;
}

interface ActiveModel {
  info: ModelVersionInfo;
  model: Recommender;
  statementIndex: Map<string, number>;
  actionIndex: Map<string, number>;
  labels: LibraryLabels;
}

export interface SuggesterOptions {
  /** Loads the sentence embedder a model version was trained with, when it is not TF-IDF (which travels in the artifact). */
  loadEmbedder?: () => Promise<Embedder | null>;
  /** Where a version that cannot be loaded is reported; the previous one keeps serving. */
  onError?: (err: Error) => void;
}

const MAX_STATEMENTS = 50;
const MAX_TEXT = 500;
const MAX_K = 20;

interface PreparedStatement {
  position: number;
  statementId: string | null;
  text: string;
  /** Actions never to suggest for it: in the plan already, or rejected for it in this plan. */
  exclude: Set<number>;
}

/**
 * Serves suggestions from the active model version, logs every suggestion shown, and records
 * assessors' decisions. Switches to a newly activated version (announced on MODEL_CHANNEL by any
 * instance) without a restart.
 */
export class Suggester {
  private current: ActiveModel | null = null;
  private reloading: Promise<void> = Promise.resolve();
  private unlisten?: () => Promise<void>;
  private embedder?: Promise<Embedder | null>;

  constructor(
    private readonly db: Db,
    private readonly options: SuggesterOptions = {},
  ) {}

  /** Loads the active version and follows activations from now on. */
  async start(): Promise<void> {
    this.unlisten = await this.db.listen(MODEL_CHANNEL, () => {
      void this.reload().catch((err: Error) => this.options.onError?.(err));
    });
    await this.reload();
  }

  async stop(): Promise<void> {
    await this.unlisten?.();
    await this.reloading.catch(() => {});
  }

  get version(): ModelVersionInfo | null {
    return this.current?.info ?? null;
  }

  /** Re-reads the active version; a no-op when it is the one already served. Serialized. */
  reload(): Promise<void> {
    const next = this.reloading.catch(() => {}).then(() => this.loadActive());
    this.reloading = next;
    return next;
  }

  private async loadActive(): Promise<void> {
    const active = await loadActiveModelVersion(this.db);
    if (!active) {
      this.current = null;
      return;
    }
    if (this.current?.info.id === active.info.id) {
      this.current = { ...this.current, info: active.info };
      return;
    }
    const model = deserializeModel(active.artifact);
    const embedderId = active.info.embedderId;
    if (embedderId && !embedderId.startsWith('tfidf-')) {
      this.embedder ??= this.options.loadEmbedder?.() ?? Promise.resolve(null);
      const embedder = await this.embedder;
      if (!embedder || embedder.id !== embedderId) {
        throw new Error(`model version ${active.info.id} needs the embedder ${embedderId}, which is not available here`);
      }
      (model as Partial<{ attachEmbedder(e: Embedder): void }>).attachEmbedder?.(embedder);
    }
    const v = model.vocabulary;
    this.current = {
      info: active.info,
      model,
      statementIndex: new Map(v.statementIds.map((id, i) => [id, i])),
      actionIndex: new Map(v.actionIds.map((id, i) => [id, i])),
      labels: await loadLibraryLabels(this.db),
    };
  }

  async suggest(request: SuggestRequest, actor: Actor): Promise<SuggestResponse> {
    const active = this.current;
    if (!active) throw new SuggestionError(503, 'no_model', 'no recommender model has been trained yet: run `npm run train`');
    const language = request.language ?? 'en';
    const k = request.k ?? 5;
    if (!Number.isInteger(k) || k < 1 || k > MAX_K) throw new SuggestionError(400, 'bad_k', `k must be a whole number from 1 to ${MAX_K}`);

    const { statements, context, planId } = request.planId
      ? await this.fromPlan(active, request.planId, request.positions, actor)
      : this.fromRequest(active, request);

    const libraryIndices = statements
      .map((s) => (s.statementId === null ? undefined : active.statementIndex.get(s.statementId)))
      .filter((i): i is number => i !== undefined);
    const inPlan = new Set<number>();
    for (const s of statements) for (const a of s.exclude) inPlan.add(a);
    const eligible = eligibilityFilter(active.model.vocabulary.actionEligibility, context);
    const requestId = randomUUID();
    const out: StatementSuggestions[] = [];
    const logged: LoggedSuggestion[] = [];

    for (const s of statements) {
      const index = s.statementId === null ? undefined : active.statementIndex.get(s.statementId);
      let query: Query = {
        otherStatementIndices: libraryIndices.filter((i) => i !== index),
        context,
        actionsInPlan: [...inPlan],
      };
      // A library statement the model has not seen is scored from its text (cold start).
      if (index !== undefined) query.statementIndex = index;
      else query.statementText = s.statementId === null ? s.text : (active.labels.statements.get(s.statementId)?.en ?? s.text);
      query = await embedQuery(active.model, query);
      const scores = active.model.score(query);
      const top = rankActions(scores, { k, exclude: s.exclude, eligible });
      const suggestions = top.map((a, i) => {
        const actionId = active.model.vocabulary.actionIds[a];
        const id = randomUUID();
        const reasons = localizeReasons(active.model.explain(query, a), language, active.labels);
        logged.push({
          id,
          position: s.position,
          statementId: s.statementId,
          statementText: s.statementId === null ? s.text : null,
          actionId,
          rank: i + 1,
          score: scores[a],
          reasons: JSON.stringify(reasons.map(({ kind, data }) => ({ kind, data }))),
        });
        return {
          id,
          actionId,
          title: inLanguage(active.labels.actions.get(actionId), language) ?? active.model.vocabulary.actionTexts[a],
          rank: i + 1,
          score: Math.round(scores[a] * 1e4) / 1e4,
          reasons,
        };
      });
      out.push({ position: s.position, statementId: s.statementId, text: s.text, suggestions });
    }

    // Logged in one statement: every suggestion shown, with the version and rank it was shown at.
    await this.db.query(
      `INSERT INTO suggestion (id, request_id, agency_id, plan_id, statement_position, statement_id, statement_text,
                               action_id, model_version_id, rank, score, reasons, shown_to)
       SELECT u.id, $9, $10, $11, u.position, u.statement_id, u.statement_text, u.action_id, $12, u.rank, u.score, u.reasons, $13
         FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::real[], $8::jsonb[])
              AS u(id, position, statement_id, statement_text, action_id, rank, score, reasons)`,
      [
        ...(['id', 'position', 'statementId', 'statementText', 'actionId', 'rank', 'score', 'reasons'] as const).map((column) => logged.map((row) => row[column])),
        requestId,
        actor.agencyId,
        planId,
        active.info.id,
        actor.staffId,
      ],
    );
    return {
      requestId,
      modelVersion: { id: active.info.id, name: active.info.modelName, createdAt: active.info.createdAt },
      language,
      statements: out,
    };
  }

  private async fromPlan(active: ActiveModel, planId: string, positions: number[] | undefined, actor: Actor) {
    const plan = await this.db.query<{ agency_id: string; created_on: string } & ClientRow>(
      `SELECT p.agency_id, p.created_on::text AS created_on, c.site_id, c.age_band, c.immigration_status, c.languages,
              c.household_size, c.children, c.arrival_date::text AS arrival_date
         FROM plan p JOIN client c ON c.id = p.client_id WHERE p.id = $1`,
      [planId],
    );
    const row = plan.rows[0];
    if (!row) throw new SuggestionError(404, 'unknown_plan', `there is no plan ${planId}`);
    if (row.agency_id !== actor.agencyId) throw new SuggestionError(403, 'other_organization', `plan ${planId} belongs to another organization`);

    const [stmts, actions, rejected] = await Promise.all([
      this.db.query<{ position: number; statement_id: string | null; free_text: string | null }>(
        'SELECT position, statement_id, free_text FROM plan_statement WHERE plan_id = $1 ORDER BY position',
        [planId],
      ),
      this.db.query<{ action_id: string }>('SELECT DISTINCT action_id FROM plan_action WHERE plan_id = $1', [planId]),
      this.db.query<{ statement_position: number; action_id: string }>(
        `SELECT DISTINCT statement_position, action_id FROM suggestion WHERE plan_id = $1 AND decision = 'rejected'`,
        [planId],
      ),
    ]);
    if (stmts.rows.length === 0) throw new SuggestionError(400, 'empty_plan', `plan ${planId} has no driving statements yet`);
    const known = new Set(stmts.rows.map((s) => s.position));
    for (const p of positions ?? []) {
      if (!known.has(p)) throw new SuggestionError(400, 'unknown_position', `plan ${planId} has no statement at position ${p}`);
    }
    const inPlan = this.actionIndices(active, actions.rows.map((r) => r.action_id));
    const statements: PreparedStatement[] = stmts.rows
      .filter((s) => !positions || positions.includes(s.position))
      .map((s) => {
        const exclude = new Set(inPlan);
        // A rejection demotes that action for that statement of this plan at once.
        for (const r of rejected.rows) {
          const a = active.actionIndex.get(r.action_id);
          if (r.statement_position === s.position && a !== undefined) exclude.add(a);
        }
        const text = s.statement_id ? (active.labels.statements.get(s.statement_id)?.en ?? '') : (s.free_text ?? '');
        return { position: s.position, statementId: s.statement_id, text, exclude };
      });
    return { planId, statements, context: contextFromRow(row, row.created_on) };
  }

  private fromRequest(active: ActiveModel, request: SuggestRequest) {
    const input = request.statements;
    if (!Array.isArray(input) || input.length === 0) {
      throw new SuggestionError(400, 'no_statements', 'give a planId or at least one driving statement');
    }
    if (input.length > MAX_STATEMENTS) throw new SuggestionError(400, 'too_many_statements', `at most ${MAX_STATEMENTS} statements per request`);
    if (!request.context) throw new SuggestionError(400, 'no_context', 'a client context (site, ageBand, immigrationStatus) is required without a planId');
    const context = validateContext(request.context);
    const unknownActions = (request.actionsInPlan ?? []).filter((id) => !active.labels.actions.has(id));
    if (unknownActions.length) throw new SuggestionError(400, 'unknown_action', `unknown action id(s): ${unknownActions.join(', ')}`);
    const inPlan = this.actionIndices(active, request.actionsInPlan ?? []);
    const statements: PreparedStatement[] = input.map((s, position) => {
      if (s.statementId !== undefined && s.text !== undefined) {
        throw new SuggestionError(400, 'bad_statement', `statement ${position + 1}: give either statementId or text, not both`);
      }
      if (s.statementId !== undefined) {
        const text = active.labels.statements.get(s.statementId);
        if (!text) throw new SuggestionError(400, 'unknown_statement', `statement ${position + 1}: unknown driving statement id ${s.statementId}`);
        return { position, statementId: s.statementId, text: text.en, exclude: new Set(inPlan) };
      }
      const text = typeof s.text === 'string' ? s.text.trim() : '';
      if (!text) throw new SuggestionError(400, 'empty_statement', `statement ${position + 1} is empty`);
      if (text.length > MAX_TEXT) throw new SuggestionError(400, 'statement_too_long', `statement ${position + 1} is longer than ${MAX_TEXT} characters`);
      return { position, statementId: null, text, exclude: new Set(inPlan) };
    });
    return { planId: null, statements, context };
  }

  private actionIndices(active: ActiveModel, ids: string[]): Set<number> {
    const out = new Set<number>();
    for (const id of ids) {
      const a = active.actionIndex.get(id);
      if (a !== undefined) out.add(a);
    }
    return out;
  }

  /**
   * Records an assessor's decision on a suggestion shown to their organization. Accepting adds
   * the action to the plan's statement; rejecting hides it for that statement from now on.
   */
  async decide(suggestionId: string, input: DecisionInput, actor: Actor): Promise<DecisionResult> {
    return this.db.transaction(async (tx) => {
      const found = await tx.query<{ agency_id: string; plan_id: string | null; statement_position: number | null; action_id: string; decision: string | null }>(
        'SELECT agency_id, plan_id, statement_position, action_id, decision FROM suggestion WHERE id = $1 FOR UPDATE',
        [suggestionId],
      );
      const s = found.rows[0];
      if (!s) throw new SuggestionError(404, 'unknown_suggestion', `there is no suggestion ${suggestionId}`);
      if (s.agency_id !== actor.agencyId) throw new SuggestionError(403, 'other_organization', 'this suggestion was made for another organization');
      if (s.decision) throw new SuggestionError(409, 'already_decided', `this suggestion was already ${s.decision}`);
      const { rows } = await tx.query<{ decided_at: Date | string }>(
        `UPDATE suggestion SET decision = $2, decision_reason = $3, decision_note = $4, decided_by = $5, decided_at = now()
          WHERE id = $1 RETURNING decided_at`,
        [suggestionId, input.decision, input.reason ?? null, input.note ?? null, actor.staffId],
      );
      let addedToPlan = false;
      if (input.decision === 'accepted' && s.plan_id !== null && s.statement_position !== null) {
        const added = await tx.query(
          `INSERT INTO plan_action (plan_id, statement_position, action_id, added_by) VALUES ($1, $2, $3, 'suggestion')
           ON CONFLICT DO NOTHING`,
          [s.plan_id, s.statement_position, s.action_id],
        );
        addedToPlan = added.rowCount > 0;
      }
      return { suggestionId, decision: input.decision, decidedAt: new Date(rows[0].decided_at).toISOString(), addedToPlan };
    });
  }
}

/** One suggestion shown, as the log stores it (reasons without their sentences: those are rebuilt from data). */
interface LoggedSuggestion {
  id: string;
  position: number;
  statementId: string | null;
  statementText: string | null;
  actionId: string;
  rank: number;
  score: number;
  reasons: string;
}

interface ClientRow {
  site_id: string;
  age_band: string;
  immigration_status: string;
  languages: string[];
  household_size: number;
  children: number;
  arrival_date: string | null;
}

function contextFromRow(row: ClientRow, planDate: string): ClientContext {
  return {
    siteId: row.site_id,
    ageBand: row.age_band,
    immigrationStatus: row.immigration_status,
    householdSize: row.household_size,
    children: row.children,
    languages: row.languages,
    arrivalDate: row.arrival_date,
    planDate,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD naming a real day (2023-02-30 is not one), by the same rule the training data uses. */
function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  try {
    dayFromIso(value);
    return true;
  } catch {
    return false;
  }
}

function validateContext(c: ContextInput): ClientContext {
  const bad = (field: string, why: string) => new SuggestionError(400, 'bad_context', `context.${field} ${why}`);
  const siteIds = SITES.map((s) => s.id);
  if (!siteIds.includes(c.site)) throw bad('site', `must be one of ${siteIds.join(', ')}`);
  if (!(AGE_BANDS as readonly string[]).includes(c.ageBand)) throw bad('ageBand', `must be one of ${AGE_BANDS.join(', ')}`);
  if (!(IMMIGRATION_STATUSES as readonly string[]).includes(c.immigrationStatus)) {
    throw bad('immigrationStatus', `must be one of ${IMMIGRATION_STATUSES.join(', ')}`);
  }
  const householdSize = c.householdSize ?? 1;
  if (!Number.isInteger(householdSize) || householdSize < 1 || householdSize > 20) throw bad('householdSize', 'must be a whole number from 1 to 20');
  const children = c.children ?? 0;
  if (!Number.isInteger(children) || children < 0 || children >= householdSize) throw bad('children', 'must be a whole number below the household size');
  if (c.arrivalDate != null && !isIsoDate(c.arrivalDate)) throw bad('arrivalDate', 'must be a date YYYY-MM-DD');
  const languages = c.languages ?? [];
  if (!Array.isArray(languages) || languages.some((l) => typeof l !== 'string' || !/^[a-z]{2,3}$/.test(l))) {
    throw bad('languages', 'must be a list of ISO 639 codes such as "ar"');
  }
  return {
    siteId: c.site,
    ageBand: c.ageBand,
    immigrationStatus: c.immigrationStatus,
    householdSize,
    children,
    languages,
    arrivalDate: c.arrivalDate ?? null,
    planDate: new Date().toISOString().slice(0, 10),
  };
}
