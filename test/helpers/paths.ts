// Paths of the repository, for tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function fixturePath(...parts: string[]): string {
  return join(repoRoot, 'fixtures', ...parts);
}
