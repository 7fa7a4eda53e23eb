import { describe, expect, it } from 'vitest';
import { languageCode, languageCodes } from './languages.ts';
import { FieldProblem, coordinates, timeOfDay, weekdays } from './values.ts';

function problem(fn: () => unknown): FieldProblem {
  try {
    fn();
  } catch (err) {
    if (err instanceof FieldProblem) return err;
    throw err;
  }
  throw new Error('expected a FieldProblem');
}

describe('time of day', () => {
  it.each([
    ['09:00', '09:00'],
    ['9:05', '09:05'],
    ['10:00:00', '10:00'],
    ['17:30:15', '17:30:15'],
    ['09:00-05:00', '09:00'],
    ['18:00Z', '18:00'],
    ['9:00am', '09:00'],
    ['7:30 am ', '07:30'],
    ['9am', '09:00'],
    ['9:00a', '09:00'],
    ['12:00pm', '12:00'],
    ['12:15am', '00:15'],
    ['5:00 p.m.', '17:00'],
  ])('%s → %s', (input, expected) => expect(timeOfDay(input, 'opens_at')).toBe(expected));

  it.each(['25:00', '24:00', '9:0am', '6:300pm', '8:00m', '13:00pm', '12:00pm (dispensing)', 'noon', ''])('rejects %j', (input) => {
    expect(problem(() => timeOfDay(input, 'closes_at')).field).toBe('closes_at');
  });
});

describe('weekdays', () => {
  it('reads HSDS 3.0 byday lists, HSDS 1.1 numbers (1 = Monday) and day names', () => {
    expect(weekdays('MO,WE,FR', 'byday')).toEqual(['MO', 'WE', 'FR']);
    expect(weekdays('su, sa', 'byday')).toEqual(['SU', 'SA']);
    expect(weekdays('1', 'weekday')).toEqual(['MO']);
    expect(weekdays(7, 'weekday')).toEqual(['SU']);
    expect(weekdays('Thursday', 'weekday')).toEqual(['TH']);
    expect(weekdays('Tues', 'weekday')).toEqual(['TU']);
  });

  it('rejects unknown days and monthly occurrences', () => {
    expect(problem(() => weekdays('8', 'weekday')).reason).toMatch(/"8" is not a weekday/);
    expect(problem(() => weekdays('0', 'weekday')).reason).toMatch(/"0" is not a weekday/);
    expect(problem(() => weekdays('MO,XX', 'byday')).reason).toMatch(/"XX" is not a weekday/);
    expect(problem(() => weekdays('2MO', 'byday')).reason).toMatch(/monthly occurrence/);
  });
});

describe('coordinates', () => {
  it('accepts a pair within range, numbers or numeric text', () => {
    expect(coordinates('42.3149', -83.0364)).toEqual({ latitude: 42.3149, longitude: -83.0364 });
    expect(coordinates(undefined, '')).toEqual({ latitude: null, longitude: null });
  });
  it('rejects out-of-range values and half pairs', () => {
    expect(problem(() => coordinates(123, 10)).field).toBe('latitude');
    expect(problem(() => coordinates(45, 181)).field).toBe('longitude');
    expect(problem(() => coordinates(45, null)).field).toBe('longitude');
    expect(problem(() => coordinates('north', 1)).reason).toMatch(/not a number/);
  });
});

describe('languages', () => {
  it('normalizes codes and names to ISO 639-1 where one exists', () => {
    expect(languageCode('es')).toBe('es');
    expect(languageCode('spa')).toBe('es');
    expect(languageCode('Spanish')).toBe('es');
    expect(languageCode('español')).toBe('es');
    expect(languageCode('ARA')).toBe('ar');
    expect(languageCode('Tigrinya')).toBe('ti');
    expect(languageCode('Farsi')).toBe('fa');
    expect(languageCode('Dari')).toBe('prs');
    expect(languageCode('Cantonese')).toBe('yue');
    expect(languageCode('American Sign Language')).toBe('ase');
    expect(languageCode('Creole')).toBe('ht');
    expect(languageCode('xx')).toBeUndefined();
  });

  it('splits free-text lists and drops qualifiers, but refuses text that is not a language', () => {
    expect(languageCodes('English and Spanish')).toEqual(['en', 'es']);
    expect(languageCodes('English, Creole (limited)')).toEqual(['en', 'ht']);
    expect(languageCodes('Chinese (website)')).toEqual(['zh']);
    expect(() => languageCodes('other languages available upon request')).toThrow(/is not a language name or ISO 639 code/);
    expect(() => languageCodes('')).toThrow(/no language/);
  });
});
