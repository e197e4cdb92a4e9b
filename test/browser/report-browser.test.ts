// The HTML report in a real browser: Debian's Chromium, driven headless by playwright-core (no
// browser download). Each fixture report opens from file:// with every other request refused; its
// totals equal the JSON report's, every finding has a place and a page link, the filters change what
// is shown, and with scripts off every finding and the by-hand list are still there. A property test
// renders reports whose file names and messages carry markup and U+2028 and checks that none of it
// runs. A screenshot of each fixture report goes to test-output/screenshots/ for a person to look at.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { decodeSource } from '../../src/engine/source-text.js';
import type { Transform } from '../../src/engine/transform.js';
import { renderHtmlReport } from '../../src/output/html-report.js';
import { buildJsonReport } from '../../src/output/json-report.js';
import { reportContext } from '../../src/output/output-format.js';
import { fileResult, type RunResult } from '../../src/run/run-result.js';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

const CHROMIUM = process.env.UCMA_CODEMOD_CHROMIUM ?? '/usr/bin/chromium';
const SCREENSHOTS = join(repoRoot, 'test-output', 'screenshots');
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

interface JsonFinding {
  severity: string;
}
interface JsonReportShape {
  files: { path: string; edits: unknown[]; diagnostics: JsonFinding[] }[];
  totals: Record<string, number>;
  migration: { plan: { steps: { kind: string; state: string }[] } };
}

interface Fixture {
  readonly name: string;
  readonly html: string;
  readonly json: JsonReportShape;
}

let browser: Browser;
const fixtures: Fixture[] = [];

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-extensions',
      '--disable-sync',
      '--disable-component-update',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const parts of [
    ['migration', 'ucma2-wmi-app'],
    ['migration', 'locations-shape'],
    ['migration', 'sdk-sample-shape'],
    ['migration', 'mixed-solution'],
    ['samples', 'applicationprovisioner'],
  ]) {
    const cwd = join(makeTempDir('ucma-browser-'), parts[1]!);
    copyTree(fixturePath(...parts), cwd);
    const run = runCli(['report', '-o', 'migration.html'], cwd, { env: EPOCH });
    expect(run.stderr).not.toContain('internal error');
    const json = JSON.parse(runCli(['report', '--json'], cwd, { env: EPOCH }).stdout.toString('utf8')) as JsonReportShape;
    fixtures.push({ name: parts[1]!, html: join(cwd, 'migration.html'), json });
  }
});

afterAll(async () => {
  await browser?.close();
  cleanTempDirs();
});

interface Opened {
  readonly page: Page;
  /** Every request the page made other than the report itself (each was refused). */
  readonly refused: string[];
  /** Console errors (a CSP violation is one), uncaught errors and dialogs. */
  readonly problems: string[];
  close(): Promise<void>;
}

// One browser context with scripts and one without, for the whole file; a page per report.
const contexts = new Map<boolean, BrowserContext>();
const allowed = new Set<string>();
const refusedBy = new Map<boolean, string[]>();

async function contextFor(javaScriptEnabled: boolean): Promise<BrowserContext> {
  let context = contexts.get(javaScriptEnabled);
  if (!context) {
    context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1400, height: 900 } });
    const refused: string[] = [];
    refusedBy.set(javaScriptEnabled, refused);
    // Only the report files themselves may load; anything else is refused and recorded.
    await context.route('**/*', (route) => {
      if (allowed.has(route.request().url())) return route.continue();
      refused.push(route.request().url());
      return route.abort();
    });
    contexts.set(javaScriptEnabled, context);
  }
  return context;
}

/** Opens a report file with every request but the file itself refused. */
async function open(file: string, javaScriptEnabled = true): Promise<Opened> {
  const context = await contextFor(javaScriptEnabled);
  const url = pathToFileURL(file).href;
  allowed.add(url);
  const refused = refusedBy.get(javaScriptEnabled)!;
  refused.length = 0;
  const problems: string[] = [];
  const page = await context.newPage();
  page.on('request', (request) => {
    if (request.url() !== url && !refused.includes(request.url())) refused.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, refused, problems, close: () => page.close() };
}

const rowsOf = (page: Page) => page.locator('#findings-table tbody tr');
const visibleRows = (page: Page) => page.locator('#findings-table tbody tr:not([hidden])');

function expectedByHand(json: JsonReportShape): number {
  const code = json.files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity !== 'info').length, 0);
  const steps = json.migration.plan.steps.filter((s) => s.kind !== 'code' && s.state !== 'done').length;
  return code + steps;
}

describe('each fixture report', () => {
  test('opens from disk self-contained; totals, findings and pages match the JSON report; a screenshot is written', async () => {
    expect(fixtures.length).toBe(5);
    for (const fixture of fixtures) {
      const { page, refused, problems, close } = await open(fixture.html);
      expect([fixture.name, refused, problems]).toEqual([fixture.name, [], []]);
      // The script ran: the filters are shown.
      await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
      const totals = await page
        .locator('[data-total]')
        .evaluateAll((cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-total'), Number(cell.textContent)])));
      const t = fixture.json.totals;
      expect(totals).toEqual({
        scanned: t.files,
        changed: t.changed,
        unchanged: t.unchanged,
        'by-hand': fixture.json.files.filter((f) => f.diagnostics.some((d) => d.severity !== 'info')).length,
        skipped: t.skipped,
        failed: t.failed,
        errors: t.errors,
        warnings: t.warnings,
        infos: t.infos,
      });
      const findings = fixture.json.files.reduce((n, f) => n + f.edits.length + f.diagnostics.length, 0);
      await expect(rowsOf(page).count()).resolves.toBe(findings);
      const rows = await rowsOf(page).evaluateAll((trs) =>
        trs.map((tr) => ({
          location: tr.querySelector('td.location')?.textContent ?? '',
          href: tr.querySelector('a.page')?.getAttribute('href') ?? '',
        })),
      );
      for (const row of rows) {
        expect(row.location).toMatch(/^[^\s].*:\d+:\d+$/);
        expect(row.href).toMatch(/^https:\/\/msdn\.microsoft\.com\//);
      }
      await expect(page.locator('#by-hand li').count()).resolves.toBe(expectedByHand(fixture.json));
      // Diffs are collapsed until opened.
      const changes = page.locator('details.change');
      await expect(changes.count()).resolves.toBe(fixture.json.files.filter((f) => f.edits.length > 0).length);
      for (const open of await changes.evaluateAll((all) => all.map((d) => (d as unknown as { open: boolean }).open)))
        expect(open).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, `${fixture.name}.png`), fullPage: true });
      await close();
    }
  });

  test('the filters change what is shown, and "Show all" brings every finding back', async () => {
    const fixture = fixtures.find((f) => f.name === 'locations-shape')!;
    const { page, close } = await open(fixture.html);
    const all = await rowsOf(page).count();
    const edits = fixture.json.files.reduce((n, f) => n + f.edits.length, 0);
    const warnings = fixture.json.totals.warnings!;
    expect(edits).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(0);
    await page.selectOption('#filters select[name="severity"]', 'change');
    await expect(visibleRows(page).count()).resolves.toBe(edits);
    await expect(page.locator('#shown-count').textContent()).resolves.toBe(String(edits));
    await page.selectOption('#filters select[name="severity"]', 'warning');
    await expect(visibleRows(page).count()).resolves.toBe(warnings);
    await page.selectOption('#filters select[name="state"]', 'tool');
    await expect(visibleRows(page).count()).resolves.toBe(0);
    await page.click('#show-all');
    await expect(visibleRows(page).count()).resolves.toBe(all);
    await page.selectOption('#filters select[name="rule"]', 'ucma4-project-64-bit');
    const shown = await visibleRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-rule')));
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['ucma4-project-64-bit']));
    await close();
  });

  test('with scripts off, every finding and the by-hand list are there; the filters are not', async () => {
    for (const fixture of fixtures) {
      const { page, problems, close } = await open(fixture.html, false);
      const findings = fixture.json.files.reduce((n, f) => n + f.edits.length + f.diagnostics.length, 0);
      await expect(visibleRows(page).count()).resolves.toBe(findings);
      await expect(page.locator('#filters').isVisible()).resolves.toBe(false);
      await expect(page.locator('#by-hand li').count()).resolves.toBe(expectedByHand(fixture.json));
      expect(problems).toEqual([]);
      await close();
    }
  });
});

// Pieces that would run as script if a text reached the page unescaped.
const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '</script><script>window.__pwned = 2</script>',
  '<img src=x onerror="window.__pwned = 3">',
  '"><svg onload="window.__pwned = 4">',
  "'><iframe srcdoc='<script>parent.__pwned = 5</script>'>",
  '</style><script>window.__pwned = 6</script>',
  '&amp; &lt; &',
  '\u2028',
  '\u2029',
  '<!--',
  ']]>',
];

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...PAYLOADS), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(''));
// A file name: one path segment, no slash, no NUL, not "." or "..".
const hostileName = hostileText.map((text) => `${text.replace(/[/\0\r\n]/g, '_')}.cs`);

const hostileTransform: Transform = {
  meta: {
    id: 'hostile',
    title: 'Hostile <b>title</b> &',
    description: 'Says </script>.',
    source: { title: 'Page </script>', url: 'https://example.invalid/p' },
    kind: 'fix',
  },
  run: () => undefined,
};

/** A run with one changed file whose name, edit and warning carry the texts. */
function hostileResult(name: string, message: string, inserted: string): RunResult {
  const bytes = Buffer.from('class C\n{\n    string s = "x";\n}\n', 'utf8');
  const source = decodeSource(bytes);
  const at = source.text.indexOf('x";');
  const position = (offset: number) => ({ offset, line: 3, column: offset - source.text.indexOf('    string') + 1 });
  return {
    files: [
      fileResult({
        path: `src/${name}`,
        absolutePath: undefined,
        status: 'changed',
        edits: [{ transform: 'hostile', start: position(at), end: position(at + 1), oldText: 'x', newText: inserted }],
        diagnostics: [{ origin: 'hostile', severity: 'warning', message, start: position(at), end: position(at + 1) }],
        change: { source, originalBytes: bytes, newText: source.text.slice(0, at) + inserted + source.text.slice(at + 1), mode: '100644' },
      }),
    ],
    removedTempFiles: [],
  };
}

test('texts from the code base never run as script, and show as written', async () => {
  const dir = makeTempDir('ucma-hostile-');
  let run = 0;
  await fc.assert(
    fc.asyncProperty(hostileName, hostileText, hostileText, async (name, message, inserted) => {
      const result = hostileResult(name, message, inserted);
      const context = reportContext({
        command: 'report',
        toolVersion: '0.0.0',
        transforms: [hostileTransform],
        cwd: '/nowhere',
        date: new Date(0),
        exitCode: 1,
        invocation: { paths: [name], flags: [`--option ${message}`] },
      });
      const file = join(dir, `hostile-${run++}.html`);
      writeFileSync(file, renderHtmlReport(buildJsonReport(result, context)));
      const { page, refused, problems, close } = await open(file);
      try {
        const pwned = await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned);
        expect([pwned, refused, problems]).toEqual([undefined, [], []]);
        // Our own script still ran (it is allowed by its hash), and nothing else was added.
        await expect(page.locator('#filters').isVisible()).resolves.toBe(true);
        await expect(page.locator('script').count()).resolves.toBe(1);
        const cells = await rowsOf(page).evaluateAll((trs) =>
          trs.map((tr) => ({
            location: tr.querySelector('td.location')?.textContent,
            message: tr.querySelector('td.message')?.textContent,
          })),
        );
        // Line 3, column 17: where the edit and the warning start.
        expect(cells.map((c) => c.location)).toEqual([`src/${name}:3:17`, `src/${name}:3:17`]);
        expect(cells.map((c) => c.message)).toContain(message);
      } finally {
        await close();
      }
    }),
    { numRuns: Number(process.env.UCMA_CODEMOD_BROWSER_RUNS ?? 10), seed: Number(process.env.UCMA_CODEMOD_SEED ?? Date.now() % 2 ** 31) },
  );
  expect(readFileSync(join(dir, 'hostile-0.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
});
