/**
 * End-to-end in Debian's Chromium (playwright-core, /usr/bin/chromium): the real service with demo
 * content, the built front ends, and real clicks. Each screen is checked with axe-core (no serious
 * or critical violations) and saved as a desktop and a phone screenshot in widget/screenshots/.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, DEMO_PASSWORD, ensureBuilt, openAroundTheClock, screenshot, seriousViolations, startE2eService, VIEWPORTS, type E2eService } from './harness.ts';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)(`front ends in Chromium (${process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  let e2e: E2eService;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    e2e = await startE2eService();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await e2e?.close();
  });

  async function newPage(device: keyof typeof VIEWPORTS, options: { locale?: string } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: VIEWPORTS[device], locale: options.locale ?? 'en-CA', isMobile: device === 'phone', hasTouch: device === 'phone' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }

  async function expectAccessible(page: Page, screen: string) {
    const violations = await seriousViolations(page);
    expect({ screen, violations }).toEqual({ screen, violations: [] });
  }

  /** Signs in with the keyboard only: Tab to each field, type, Enter. */
  async function signInByKeyboard(page: Page, email: string) {
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press('Enter');
  }

  it('assessor: signs in by keyboard, opens a plan, accepts one suggestion and rejects another (both stored), attaches a referral, switches to French', async () => {
    const db = e2e.service.db;
    const { rows } = await db.query<{ id: string }>(
      `SELECT p.id FROM plan p WHERE p.agency_id = 'ag-windsor-1' AND p.status IN ('draft', 'active')
         AND EXISTS (SELECT 1 FROM plan_statement s WHERE s.plan_id = p.id AND s.statement_id IS NOT NULL)
       ORDER BY p.created_on DESC, p.id LIMIT 1`,
    );
    const planId = rows[0].id;
    const page = await newPage('desktop');
    await page.goto(`${e2e.url}/assessor/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Assessor sign-in' }).isVisible()).toBe(true);
    await screenshot(page, 'assessor-signin', 'desktop');
    await expectAccessible(page, 'assessor sign-in');
    await signInByKeyboard(page, 'assessor@ag-windsor-1.demo');

    await page.getByRole('heading', { name: 'Open plans' }).waitFor();
    await page.getByRole('link', { name: planId }).waitFor();
    await screenshot(page, 'assessor-plans', 'desktop');
    await expectAccessible(page, 'assessor plan list');
    await page.getByRole('link', { name: planId }).click();

    await page.getByRole('heading', { name: `Settlement plan ${planId}` }).waitFor();
    const suggestions = page.locator('.st-suggestion');
    await suggestions.first().waitFor();
    expect(await suggestions.count()).toBeGreaterThanOrEqual(2);
    // Every suggestion shows at least one reason.
    for (const s of await suggestions.all()) expect(await s.locator('.st-reasons li').count()).toBeGreaterThan(0);
    await screenshot(page, 'assessor-plan', 'desktop');
    await expectAccessible(page, 'assessor plan');

    // Two suggestions of different actions (the same action may be suggested for two statements).
    const shown = await suggestions.evaluateAll((els) => els.map((el) => ({ id: el.getAttribute('data-suggestion-id')!, action: el.getAttribute('data-suggestion')! })));
    const first = shown[0];
    const second = shown.find((s) => s.action !== first.action)!;
    const accepted = first.action;
    const rejected = second.action;
    await page.locator(`.st-suggestion[data-suggestion-id="${first.id}"]`).getByRole('button', { name: /^Accept:/ }).click();
    await page.getByText(/^Added “/).waitFor();
    const toReject = page.locator(`.st-suggestion[data-suggestion-id="${second.id}"]`);
    await toReject.getByRole('button', { name: /^Reject:/ }).click();
    await toReject.getByLabel('Reason').selectOption('already_done');
    await toReject.getByLabel('Note (optional)').fill('done last month');
    await toReject.getByRole('button', { name: 'Confirm rejection' }).click();
    await page.getByText(/^Rejected “/).waitFor();

    const decisions = await db.query<{ action_id: string; decision: string; decision_reason: string | null; decision_note: string | null }>(
      `SELECT action_id, decision, decision_reason, decision_note FROM suggestion WHERE id = ANY($1::uuid[]) ORDER BY decision`,
      [[first.id, second.id]],
    );
    expect(decisions.rows).toEqual([
      { action_id: accepted, decision: 'accepted', decision_reason: null, decision_note: null },
      { action_id: rejected, decision: 'rejected', decision_reason: 'already_done', decision_note: 'done last month' },
    ]);
    const added = await db.query(`SELECT added_by FROM plan_action WHERE plan_id = $1 AND action_id = $2`, [planId, accepted]);
    expect(added.rows).toEqual([{ added_by: 'suggestion' }]);

    // Attach a referral to the accepted action, from services this client may use.
    await page.getByRole('button', { name: /^Add referral for / }).first().click();
    const refer = page.getByRole('button', { name: /^Refer here: / }).first();
    await refer.waitFor();
    await screenshot(page, 'assessor-referral', 'desktop');
    await expectAccessible(page, 'assessor referral search');
    await refer.click();
    await page.getByText('Referral attached.').waitFor();
    const referred = await db.query<{ referral_service_id: string }>(`SELECT referral_service_id FROM plan_action WHERE plan_id = $1 AND referral_service_id IS NOT NULL`, [planId]);
    expect(referred.rows.length).toBeGreaterThan(0);

    // The plan in French, ready to print.
    await page.getByRole('radio', { name: 'Français' }).check();
    await page.getByRole('heading', { name: `Plan d’établissement ${planId}` }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'assessor-plan-print-fr', 'desktop');
    await page.emulateMedia({ media: 'screen' });

    const phone = await newPage('phone');
    await phone.goto(`${e2e.url}/assessor/`);
    await phone.getByRole('heading', { name: 'Assessor sign-in' }).waitFor();
    await signInByKeyboard(phone, 'assessor@ag-windsor-1.demo');
    await phone.getByRole('heading', { name: 'Open plans' }).waitFor();
    await phone.getByRole('link', { name: planId }).click();
    await phone.locator('.st-statement').first().waitFor();
    await screenshot(phone, 'assessor-plan', 'phone');
  });

  it('staff apps in French: the assessor switches with the header toggle (remembered), the advisor console follows a French browser', async () => {
    const db = e2e.service.db;
    const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
    // Buttons a French screen must not show in English.
    // (Playwright compares accessible names with white space collapsed, so a no-break space reads as \s.)
    const ENGLISH_BUTTONS = /^(Accept|Reject|Add referral|Change referral|Print|Save as text|Sign out|Sign in|Find actions|Search the library|Add as free text|Take chat|Filter|Send reply|Add note|Create task|Transfer|Return to bot|Close chat)\b/;

    // Another plan than the first test's, so its suggestions are all still open.
    const { rows } = await db.query<{ id: string }>(
      `SELECT p.id FROM plan p WHERE p.agency_id = 'ag-windsor-1' AND p.status IN ('draft', 'active')
         AND EXISTS (SELECT 1 FROM plan_statement s WHERE s.plan_id = p.id AND s.statement_id IS NOT NULL)
       ORDER BY p.created_on DESC, p.id LIMIT 1 OFFSET 1`,
    );
    const planId = rows[0].id;

    // An English browser: English first; the toggle (named in French, for whoever reads French) switches.
    const page = await newPage('desktop');
    await page.goto(`${e2e.url}/assessor/`);
    await page.getByRole('heading', { name: 'Assessor sign-in' }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    await page.getByRole('button', { name: 'Français', exact: true }).click();
    await page.getByRole('heading', { name: 'Connexion des évaluatrices et évaluateurs' }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    // Remembered: a reload stays in French.
    await page.reload();
    await page.getByRole('heading', { name: 'Connexion des évaluatrices et évaluateurs' }).waitFor();
    expect(await htmlLang(page)).toBe('fr');
    await page.getByLabel('Courriel').fill('assessor@ag-windsor-1.demo');
    await page.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await page.getByRole('heading', { name: 'Plans ouverts' }).waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['N° de plan', 'Créé le', 'Statut', 'Clientèle', 'Énoncés', 'Actions']);
    // Dates as Intl writes them in Canadian French ("14 mars 2025"), not ISO.
    const created = await page.locator('tbody tr td:nth-child(2)').first().textContent();
    expect(created).toMatch(/^\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}$/);
    expect(await page.title()).toBe('Plans — Évaluation');

    await page.getByRole('link', { name: planId }).click();
    // The plan follows the interface into French, and the suggestions come in French.
    await page.getByRole('heading', { name: `Plan d’établissement ${planId}` }).waitFor();
    expect(await page.getByRole('radio', { name: 'Français' }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: 'Actions suggérées' }).first().waitFor();
    const accept = page.locator('.st-suggestion').first().getByRole('button', { name: /^Accepter\s: / });
    await accept.waitFor();
    expect(await page.locator('.st-client').textContent()).toMatch(/ménage de \d+.* · langues\s: .* · créé le \d{1,2} \S+ \d{4} · (actif|ébauche)$/);
    expect(await page.getByRole('button', { name: ENGLISH_BUTTONS }).count()).toBe(0);
    expect(await htmlLang(page)).toBe('fr');
    await screenshot(page, 'assessor-plan-fr', 'desktop');
    await expectAccessible(page, 'assessor plan (French)');

    // Deciding in French stores the same decision, and says so in French.
    const suggestionId = await page.locator('.st-suggestion').first().getAttribute('data-suggestion-id');
    await accept.click();
    await page.getByText(/^«\s.+\s» ajoutée au plan\.$/).waitFor();
    const decided = await db.query<{ decision: string }>('SELECT decision FROM suggestion WHERE id = $1', [suggestionId]);
    expect(decided.rows).toEqual([{ decision: 'accepted' }]);

    // And back to English from the header.
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await page.getByRole('heading', { name: `Settlement plan ${planId}` }).waitFor();
    expect(await htmlLang(page)).toBe('en');
    expect(await page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);

    // A newcomer (widget in French) asks for a person, so the queue has someone in it.
    await openAroundTheClock(db, 'windsor');
    const newcomer = await newPage('phone', { locale: 'fr-CA' });
    await newcomer.goto(`${e2e.url}/widget/?agency=ag-windsor-1&site=windsor&lang=fr`);
    await newcomer.locator('.wf-person').click();
    await newcomer.getByText(/numéro 1 dans la file/).waitFor();

    // The advisor's browser asks for French: the console starts in French, no click needed.
    const desk = await newPage('desktop', { locale: 'fr-CA' });
    await desk.goto(`${e2e.url}/console/`);
    await desk.getByRole('heading', { name: 'Connexion des conseillères et conseillers' }).waitFor();
    expect(await htmlLang(desk)).toBe('fr');
    await desk.getByLabel('Courriel').fill('advisor@ag-windsor-1.demo');
    await desk.getByLabel('Mot de passe').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: 'Se connecter' }).click();
    const take = desk.getByRole('button', { name: /^Prendre en charge\s: a demandé à parler à une personne, français$/ });
    await take.waitFor();
    await desk.getByRole('heading', { name: 'File d’attente (1)' }).waitFor();
    expect(await desk.locator('.st-queue-list li').first().textContent()).toMatch(/a demandé à parler à une personne · français · windsor · clavardage en direct · en attente depuis \d+ min/);
    await expect.poll(() => desk.title()).toBe('(1) Console des conseillères et conseillers');
    expect(await desk.getByRole('button', { name: 'English', exact: true }).count()).toBe(1);
    expect(await desk.getByRole('button', { name: ENGLISH_BUTTONS }).count()).toBe(0);
    await screenshot(desk, 'console-queue-fr', 'desktop');
    await expectAccessible(desk, 'console queue (French)');

    await take.click();
    await desk.getByRole('button', { name: 'Envoyer la réponse' }).waitFor();
    await desk.getByText(/^Statut\s: en attente — a demandé à parler à une personne$/).waitFor();
    expect(await desk.getByRole('button', { name: ENGLISH_BUTTONS }).count()).toBe(0);
    await expectAccessible(desk, 'console chat (French)');
  });

  it('newcomer widget: Arabic renders right to left, on a phone and embedded in a host page', async () => {
    const phone = await newPage('phone', { locale: 'ar' });
    await phone.goto(`${e2e.url}/widget/?lang=ar`);
    const root = phone.locator('.wf-root');
    await root.waitFor();
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await phone.locator('.wf-panel').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect.poll(() => phone.getByRole('heading', { name: 'مساعدة القادمين الجدد' }).isVisible()).toBe(true);
    await screenshot(phone, 'widget-ar', 'phone');
    await expectAccessible(phone, 'widget (Arabic, phone)');

    // Embedded with one script tag: the host page's aggressive styles do not reach the launcher.
    const desktop = await newPage('desktop');
    await desktop.goto(`${e2e.url}/widget/demo.html`);
    const launcher = desktop.getByRole('button', { name: 'Newcomer help' });
    await launcher.waitFor();
    expect(await launcher.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(11, 83, 148)');
    await screenshot(desktop, 'widget-embed-closed', 'desktop');
    await expectAccessible(desktop, 'widget launcher on a host page');
    await launcher.click();
    await desktop.locator('.wf-panel').waitFor();
    await screenshot(desktop, 'widget-embed-open', 'desktop');
    await expectAccessible(desktop, 'widget open on a host page');
    // Escape closes it and the launcher comes back.
    await desktop.keyboard.press('Escape');
    await launcher.waitFor();
  });
});
