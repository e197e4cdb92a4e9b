// The TrustedService class the documented edit reads is usually declared in another file of the
// project (TrustedService.cs in the sample): the transform checks it there, through the project
// context, and changes nothing when the project's class has no Fqdn (the edit would not compile).
import { afterAll, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, runCli } from '../helpers/cli.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const LIBRARY = 'ApplicationProvisioning';

test('the sample: its TrustedService.cs has TlsTarget and Fqdn, so Application.cs is patched', () => {
  const root = copySample('applicationprovisioner');
  const run = runCli(['diff', '-t', 'provisioner-tls-target', LIBRARY], root);
  expect(run.status).toBe(0);
  expect(run.stdout.toString('utf8')).toContain('TlsTarget.Equals(trustedService.Fqdn, StringComparison.OrdinalIgnoreCase)');
});

test('a fork whose TrustedService.cs has no Fqdn: nothing changes, an info names the project class', () => {
  const root = copySample('applicationprovisioner');
  const file = join(root, LIBRARY, 'TrustedService.cs');
  // Rename the member everywhere in that file (declaration and uses), as a fork might have.
  writeFileSync(file, readFileSync(file, 'latin1').replace(/\bFqdn\b/g, 'HostName'), 'latin1');
  const run = runCli(['diff', '-t', 'provisioner-tls-target', '--json', LIBRARY], root);
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout.toString('utf8')) as {
    files: Array<{ path: string; status: string; diagnostics: Array<{ severity: string; message: string }> }>;
  };
  const application = report.files.find((f) => f.path === `${LIBRARY}/Application.cs`)!;
  expect(application.status).toBe('unchanged');
  expect(application.diagnostics).toEqual([
    expect.objectContaining({
      severity: 'info',
      message: expect.stringContaining('the TrustedService class declared in this project has no Fqdn member'),
    }),
  ]);
});
