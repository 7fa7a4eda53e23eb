import { describe, expect, it } from 'vitest';
import { analyze, analyzeQuery } from './analyze/analyzer.ts';
import { Bm25Index } from './bm25.ts';

const DOCS: { id: string; language: string; text: string }[] = [
  { id: 'en-health', language: 'en', text: 'Apply for your Ontario health card at ServiceOntario. Health insurance pays for doctors.' },
  { id: 'en-bank', language: 'en', text: 'Open a bank account with your passport. Banks offer newcomer accounts.' },
  { id: 'en-school', language: 'en', text: 'Enrolling children in school: register your kids at the school board.' },
  { id: 'fr-health', language: 'fr', text: "Demandez votre carte Santé de l'Ontario dans un centre ServiceOntario. L'assurance-santé paie les médecins." },
  { id: 'fr-bank', language: 'fr', text: 'Ouvrir un compte bancaire avec votre passeport. Les banques offrent des comptes.' },
  { id: 'es-health', language: 'es', text: 'Solicite su tarjeta de salud de Ontario en ServiceOntario. El seguro de salud paga a los médicos.' },
  { id: 'es-school', language: 'es', text: 'Inscribir a los niños en la escuela: registre a sus hijos en la junta escolar.' },
  { id: 'ar-health', language: 'ar', text: 'قدّم طلب بطاقة التأمين الصحي في مركز ServiceOntario. التأمين الصحي يدفع للأطباء.' },
  { id: 'ar-bank', language: 'ar', text: 'افتح حساباً مصرفياً في البنك باستخدام جواز السفر.' },
];

function build(): Bm25Index {
  const index = new Bm25Index();
  for (const d of DOCS) index.upsert(d.id, analyze(d.text, d.language));
  return index;
}

const top = (index: Bm25Index, q: string, lang: string) => index.search(analyzeQuery(q, [lang]), 3)[0]?.id;

describe('Bm25Index', () => {
  it('ranks the obvious match first in each language', () => {
    const index = build();
    expect(top(index, 'health card', 'en')).toBe('en-health');
    expect(top(index, 'open a bank account', 'en')).toBe('en-bank');
    expect(top(index, 'carte santé', 'fr')).toBe('fr-health');
    expect(top(index, 'compte bancaire', 'fr')).toBe('fr-bank');
    expect(top(index, 'tarjeta de salud', 'es')).toBe('es-health');
    expect(top(index, 'escuela para mis hijos', 'es')).toBe('es-school');
    expect(top(index, 'بطاقة صحية', 'ar')).toBe('ar-health');
    expect(top(index, 'حساب في البنك', 'ar')).toBe('ar-bank');
  });

  it('scores with the BM25 formula', () => {
    const index = new Bm25Index({ k1: 1.2, b: 0.75 });
    index.upsert('a', ['x', 'x', 'y']);
    index.upsert('b', ['y', 'z']);
    const [hit] = index.search(['x'], 5);
    // N=2, df=1 → idf = ln(1 + 1.5/1.5); |a|=3, avg=2.5 → norm = 1.2·(0.25 + 0.75·3/2.5)
    const idf = Math.log(2);
    const norm = 1.2 * (0.25 + (0.75 * 3) / 2.5);
    expect(hit.id).toBe('a');
    expect(hit.score).toBeCloseTo((idf * 2 * 2.2) / (2 + norm), 10);
  });

  it('forgets removed documents and replaces updated ones', () => {
    const index = build();
    expect(index.remove('en-health')).toBe(true);
    expect(index.search(analyzeQuery('health card', ['en']), 5).map((h) => h.id)).not.toContain('en-health');
    index.upsert('en-bank', analyze('Health card help for everyone', 'en'));
    expect(top(index, 'health card', 'en')).toBe('en-bank');
    expect(index.size).toBe(DOCS.length - 1);
    expect(index.remove('missing')).toBe(false);
  });

  it('leaves out documents the filter rejects, before ranking', () => {
    const index = build();
    const hits = index.search(analyzeQuery('health', ['en']), 5, (id) => id !== 'en-health');
    expect(hits.map((h) => h.id)).not.toContain('en-health');
  });

  it('rejects impossible parameters', () => {
    expect(() => new Bm25Index({ b: 2 })).toThrow(RangeError);
  });
});
