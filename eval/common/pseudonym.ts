/**
 * Keyed pseudonyms: every identifier that leaves the database for evaluation or export is
 * replaced by HMAC-SHA256(key, "<kind>:<id>"), so the same key links records across files and
 * runs while nobody without the key can go back to the id (plain hashes of short, enumerable ids
 * such as "client-000123" could be reversed by trying them all).
 */
import { createHmac, randomBytes } from 'node:crypto';

export const MIN_KEY_LENGTH = 16;

export class PseudonymKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PseudonymKeyError';
  }
}

export class Pseudonymizer {
  /** True when the key was drawn for this run only: pseudonyms cannot be linked to any other run. */
  readonly ephemeral: boolean;
  private readonly key: string;

  constructor(key?: string) {
    if (key !== undefined && key.length < MIN_KEY_LENGTH) {
      throw new PseudonymKeyError(`the pseudonym key must be at least ${MIN_KEY_LENGTH} characters (got ${key.length})`);
    }
    this.ephemeral = key === undefined;
    this.key = key ?? randomBytes(24).toString('hex');
  }

  /** "<kind>_<16 hex>", the same scheme as recommender/feedback exportDecisions, so pseudonyms match. */
  pseudonym(kind: string, id: string): string {
    return `${kind}_${createHmac('sha256', this.key).update(`${kind}:${id}`).digest('hex').slice(0, 16)}`;
  }

  /** The key, for APIs that pseudonymize on their own side with the same scheme. */
  get secret(): string {
    return this.key;
  }

  /** A short tag telling whether two runs used the same key, without revealing it. */
  get fingerprint(): string {
    return createHmac('sha256', this.key).update('wayfinder-eval-key-fingerprint').digest('hex').slice(0, 8);
  }
}
