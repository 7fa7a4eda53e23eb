export { loadDemoContent, ensureDemoContent, type DemoOptions } from './load.ts';
export { contentCounts, type ContentCounts } from './counts.ts';
export { upsertSitesAndAgencies, readDemoAgencies, DEMO_AGENCIES_FILE, type Agency } from './sites.ts';
