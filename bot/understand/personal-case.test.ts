import { describe, expect, it } from 'vitest';
import { classifyIntent } from './intents.ts';

describe('personal cases go to a person', () => {
  it.each([
    ['en', 'they rejected my sponsorship, can you look at my file'],
    ['fr', 'on m a refuse le permis de travail, que faire'],
    ['es', 'me rechazaron la visa de estudiante'],
    ['zh', '我的签证被拒了'],
  ])('%s: %s', (language, text) => {
    const r = classifyIntent(text, { language });
    expect(r.intent).toBe('ask_for_person');
    expect(r.personalCase).toBe(true);
    expect(r.urgent).toBe(false);
  });

  it('leaves general questions and explicit requests alone', () => {
    expect(classifyIntent('how do I renew a PR card', { language: 'en' }).intent).toBe('question');
    const asked = classifyIntent('can i talk to a real person', { language: 'en' });
    expect(asked.intent).toBe('ask_for_person');
    expect(asked.personalCase).toBeUndefined();
  });
});
