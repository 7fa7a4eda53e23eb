/**
 * `npm run build:widget`: builds the three front ends into widget/dist, the way the server serves
 * them (server/routes/static.ts):
 *
 *   dist/widget/wayfinder-widget.js   the newcomer widget, one classic script (embed or full page)
 *   dist/widget/index.html, demo.html  full-page mode, and a host page embedding it
 *   dist/console/…, dist/assessor/…    the advisor console and the assessor view
 *
 * Components are written against React's API; the build aliases React to Preact's compat layer
 * (WIDGET_RUNTIME=react builds with React itself). Every text file gets a gzipped twin, and the
 * gzipped sizes are written to dist/sizes.json and to the table in widget/README.md.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type InlineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST_DIR = path.join(here, 'dist');
const README = path.join(here, 'README.md');

export interface BuildResult {
  runtime: 'preact' | 'react';
  /** Gzipped bytes of the JavaScript each app loads first. */
  gzip: { widget: number; console: number; assessor: number };
  raw: { widget: number; console: number; assessor: number };
}

function shared(runtime: 'preact' | 'react'): InlineConfig {
  const alias =
    runtime === 'preact'
      ? [
          { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
          { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
          { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
          { find: /^react-dom$/, replacement: 'preact/compat' },
          { find: /^react$/, replacement: 'preact/compat' },
        ]
      : [];
  return {
    configFile: false,
    logLevel: 'warn',
    resolve: { alias },
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: { emptyOutDir: true, target: 'es2020', reportCompressedSize: false, sourcemap: false },
  };
}

function merge(base: InlineConfig, extra: InlineConfig): InlineConfig {
  return { ...base, ...extra, build: { ...base.build, ...extra.build } };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Writes name.gz beside every text file (the server sends it to browsers that accept gzip). */
function gzipAll(dir: string) {
  for (const file of filesUnder(dir)) {
    if (/\.(js|css|html|json|svg)$/.test(file)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
  }
}

/** JavaScript an app's page loads: every .js file of its folder (no lazy chunks are split off). */
function jsSize(dir: string): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.js'))) {
    raw += statSync(file).size;
    gzip += statSync(`${file}.gz`).size;
  }
  return { raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function writeReadmeSizes(result: BuildResult) {
  let text: string;
  try {
    text = readFileSync(README, 'utf8');
  } catch {
    return;
  }
  const start = '<!-- sizes:start -->';
  const end = '<!-- sizes:end -->';
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) return;
  const table = [
    start,
    `| app | JavaScript, gzipped | raw |`,
    `|---|---|---|`,
    `| newcomer widget (\`/widget/wayfinder-widget.js\`, ${result.runtime}) | **${kb(result.gzip.widget)}** | ${kb(result.raw.widget)} |`,
    `| advisor console (\`/console/\`) | ${kb(result.gzip.console)} | ${kb(result.raw.console)} |`,
    `| assessor view (\`/assessor/\`) | ${kb(result.gzip.assessor)} | ${kb(result.raw.assessor)} |`,
    '',
    `Measured by \`npm run build:widget\` (gzip level 9; also written to \`widget/dist/sizes.json\`).`,
    end,
  ].join('\n');
  const updated = text.slice(0, i) + table + text.slice(j + end.length);
  if (updated !== text) writeFileSync(README, updated);
}

export async function buildWidget(options: { runtime?: 'preact' | 'react'; updateReadme?: boolean } = {}): Promise<BuildResult> {
  const runtime = options.runtime ?? (process.env.WIDGET_RUNTIME === 'react' ? 'react' : 'preact');
  const base = shared(runtime);
  rmSync(DIST_DIR, { recursive: true, force: true });

  // The newcomer widget: one classic script, so a host page needs a single <script> tag, no module loader.
  const widgetOut = path.join(DIST_DIR, 'widget');
  await build(
    merge(base, {
      root: here,
      build: {
        outDir: widgetOut,
        lib: { entry: path.join(here, 'src', 'newcomer', 'main.tsx'), formats: ['iife'], name: 'WayfinderWidget', fileName: () => 'wayfinder-widget.js' },
      },
    }),
  );
  for (const page of ['index.html', 'demo.html']) copyFileSync(path.join(here, 'pages', 'widget', page), path.join(widgetOut, page));

  for (const app of ['console', 'assessor'] as const) {
    await build(
      merge(base, {
        root: path.join(here, 'pages', app),
        base: `/${app}/`,
        build: { outDir: path.join(DIST_DIR, app) },
      }),
    );
  }

  gzipAll(DIST_DIR);
  const sizes = { widget: jsSize(widgetOut), console: jsSize(path.join(DIST_DIR, 'console')), assessor: jsSize(path.join(DIST_DIR, 'assessor')) };
  const result: BuildResult = {
    runtime,
    gzip: { widget: sizes.widget.gzip, console: sizes.console.gzip, assessor: sizes.assessor.gzip },
    raw: { widget: sizes.widget.raw, console: sizes.console.raw, assessor: sizes.assessor.raw },
  };
  mkdirSync(DIST_DIR, { recursive: true });
  writeFileSync(path.join(DIST_DIR, 'sizes.json'), JSON.stringify(result, null, 2));
  if (options.updateReadme ?? runtime === 'preact') writeReadmeSizes(result);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await buildWidget();
  console.log(
    `widget/dist built with ${result.runtime}: widget ${kb(result.gzip.widget)} gzipped JS, console ${kb(result.gzip.console)}, assessor ${kb(result.gzip.assessor)}`,
  );
}
