import { describe, expect, it } from 'vitest';
import { paraphraseStatement, toThirdPerson } from './paraphrase.ts';
import { Rng } from './random.ts';

describe('free-text paraphrases', () => {
  it.each([
    ['I need money to start my business', 'Client needs money to start their business'],
    ['I just had a baby and I need support at home', 'Client just had a baby and they need support at home'],
    ["I don't understand my immigration status", "Client doesn't understand their immigration status"],
    ['I am pregnant and I have no doctor', 'Client is pregnant and they have no doctor'],
    ['I worry about my teenager', 'Client worries about their teenager'],
    ['I want my parents to live with us', 'Client wants their parents to live with them'],
    ['My family does not have winter clothes', "Client's family does not have winter clothes"],
    ["I can't pay the rent", "Client can't pay the rent"],
  ])('turns "%s" into an assessor note', (statement, note) => {
    expect(toThirdPerson(statement)).toBe(note);
  });

  it('uses several note styles, all derived from the statement', () => {
    const rng = new Rng(5);
    const notes = new Set(Array.from({ length: 60 }, () => paraphraseStatement('I need a family doctor.', rng)));
    expect(notes.size).toBeGreaterThanOrEqual(5);
    for (const note of notes) expect(note).toMatch(/family doctor/);
    expect(notes).toContain('Client says: "I need a family doctor"');
  });
});
