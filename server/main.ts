import { loadConfig } from './config.ts';
import { startService } from './start.ts';

const service = await Promise.resolve()
  .then(() => startService(loadConfig(process.env, process.argv.slice(2))))
  .catch((err: Error) => {
  console.error(`Wayfinder could not start: ${err.message}`);
  process.exit(1);
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (closing) return;
    closing = true;
    service.app.log.info({ signal }, 'shutting down');
    await service.close();
    process.exit(0);
  });
}
