import { describe, expect, it } from 'vitest';
import { plainText } from './render.ts';

describe('plainText', () => {
  it('turns article Markdown into chat text', () => {
    const md = '## Apply for OHIP\nBring **three documents** and *one* photo.\n- proof of residency\n* a passport\nSee [ServiceOntario](https://www.ontario.ca/page/apply-ohip).';
    expect(plainText(md)).toBe(
      'Apply for OHIP\nBring three documents and one photo.\n• proof of residency\n• a passport\nSee ServiceOntario (https://www.ontario.ca/page/apply-ohip).',
    );
  });

  it('leaves plain text and Arabic alone', () => {
    expect(plainText('بطاقة الصحة في أونتاريو')).toBe('بطاقة الصحة في أونتاريو');
    expect(plainText('2 * 3 = 6')).toBe('2 * 3 = 6');
  });
});
