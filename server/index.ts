export { buildApp, type AppOptions } from './app.ts';
export { loadConfig, type Config } from './config.ts';
export { startService, type RunningService } from './start.ts';
