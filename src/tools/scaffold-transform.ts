// `ucma-codemod new <id>`: writes a working example transform, one fixture pair and a test, and
// (in this repository) registers the transform by editing transforms/index.ts with ts-morph.
import { UserError } from '../platform/user-error.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TRANSFORM_ID_PATTERN } from '../engine/transform-shape.js';
import { IGNORE_FILE_NAME } from '../platform/project-files.js';

/** A scaffold request that cannot be done (bad id, existing files). Exit 2. */
class ScaffoldError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

export interface ScaffoldResult {
  /** `repository`: inside ucma-codemod itself; `project`: a user's project. */
  readonly mode: 'repository' | 'project';
  /** Created or edited files, relative to the project root, with forward slashes. */
  readonly created: string[];
  readonly registered: string | undefined;
}

/** True when `root` is this repository (its transforms/ registry is there). */
export function isToolRepository(root: string): boolean {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(root, 'transforms', 'index.ts'))) return false;
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ucma-codemod';
}

/** Creates the files for transform `id` under `root`; refuses an invalid or existing id before writing anything. */
export async function scaffoldTransform(id: string, root: string): Promise<ScaffoldResult> {
  if (!TRANSFORM_ID_PATTERN.test(id)) {
    throw new ScaffoldError(`"${id}" is not a valid transform id: use lower-case words joined by hyphens, e.g. rename-allowed-domains`);
  }
  const mode = isToolRepository(root) ? 'repository' : 'project';
  const files = mode === 'repository' ? repositoryFiles(id) : projectFiles(id);
  const existing = Object.keys(files).filter((path) => existsSync(join(root, path)));
  if (mode === 'repository' && registryHasId(root, id)) existing.push(`transforms/index.ts (already imports ./${id}.js)`);
  if (existing.length > 0) throw new ScaffoldError(`transform "${id}" already exists: ${existing.join(', ')}; choose another id`);

  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content, { flag: 'wx' });
  }
  const registered = mode === 'repository' ? await registerInRegistry(root, id) : undefined;
  const created = Object.keys(files);
  if (mode === 'project' && ignoreFixtures(root)) created.push(IGNORE_FILE_NAME);
  return { mode, created, registered };
}

/**
 * Fixture inputs are .cs files that must not change: a run over the project (`ucma-codemod diff`,
 * the hook, CI) leaves them alone through the project's ignore file. Returns true when it wrote it.
 */
function ignoreFixtures(root: string): boolean {
  const path = join(root, IGNORE_FILE_NAME);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (existing !== undefined && existing.split(/\r?\n/).some((line) => line.trim() === 'fixtures/' || line.trim() === '/fixtures/'))
    return false;
  const entry = '# Transform fixtures (ucma-codemod test): inputs that must stay as they are.\n/fixtures/\n';
  writeFileSync(path, existing === undefined ? entry : `${existing}${existing.endsWith('\n') || existing === '' ? '' : '\n'}${entry}`);
  return true;
}

function registryHasId(root: string, id: string): boolean {
  return new RegExp(`['"]\\./${id}\\.js['"]`).test(readFileSync(join(root, 'transforms', 'index.ts'), 'utf8'));
}

/** Adds `import x from './<id>.js'` and appends x to builtInTransforms, keeping the file's formatting. */
async function registerInRegistry(root: string, id: string): Promise<string> {
  const { Project, QuoteKind, SyntaxKind } = await import('ts-morph');
  const project = new Project({ skipAddingFilesFromTsConfig: true, manipulationSettings: { quoteKind: QuoteKind.Single } });
  const registry = project.addSourceFileAtPath(join(root, 'transforms', 'index.ts'));
  const taken = new Set(
    registry.getImportDeclarations().flatMap((d) => [d.getDefaultImport()?.getText(), ...d.getNamedImports().map((n) => n.getName())]),
  );
  let name = camelCase(id);
  if (taken.has(name)) name = `${name}Transform`;
  // After the last import (statement indexes count the file's leading comment too).
  const lastImport = registry.getImportDeclarations().at(-1);
  registry.insertImportDeclaration(lastImport ? lastImport.getChildIndex() + 1 : 0, { defaultImport: name, moduleSpecifier: `./${id}.js` });
  const list = registry.getVariableDeclarationOrThrow('builtInTransforms').getInitializerIfKindOrThrow(SyntaxKind.ArrayLiteralExpression);
  // A multi-line list with a trailing comma (prettier's style) gets a line of its own, indented as
  // the last one; addElement would drop the comma and indent by its own rule.
  const last = list.getElements().at(-1);
  if (last && /,\s*\]$/.test(list.getText())) {
    const indent = /[ \t]*$/.exec(registry.getFullText().slice(0, last.getStart()))?.[0] ?? '';
    registry.insertText(last.getEnd() + 1, `\n${indent}${name},`);
  } else {
    list.addElement(name);
  }
  await registry.save();
  return 'transforms/index.ts';
}

function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_m, letter: string) => letter.toUpperCase());
}

const EXAMPLE_INPUT = `using Microsoft.Rtc.Collaboration;

class Startup
{
    static void Configure(ServerPlatformSettings settings, string[] domains)
    {
        // AllowedDomains in a comment is not code and stays as it is.
        settings.AllowedDomains = domains;
    }
}
`;

/** A built-in (`builtIn`) records its module, so worker threads can load it (see defineTransform). */
function transformSource(id: string, apiImport: string, builtIn: boolean): string {
  return `// ${id}: one transform per file; the id is the file name.
// This example renames a member (UCMA 4.0 renamed ServerPlatformSettings.AllowedDomains to
// TrustedDomains). Replace it with your change, and its fixtures with your cases.
import { defineTransform, query, replace } from '${apiImport}';

const OLD_NAME = 'AllowedDomains';
const NEW_NAME = 'TrustedDomains';

export default defineTransform({
  meta: {
    id: '${id}',
    title: 'Rename AllowedDomains to TrustedDomains',
    description:
      'UCMA 4.0 marks ServerPlatformSettings.AllowedDomains obsolete; TrustedDomains replaces it. ' +
      'This transform renames every member access named AllowedDomains.',
    source: { title: 'Obsolete or removed API members in UCMA 4.0' },
    kind: 'fix',
    // Files without the old name cannot change: they are not even parsed.
    requires: [OLD_NAME],
  },
  run({ tree }) {
    // Member names only: comments and strings never match this query.
    const edits = query(tree.rootNode, '(member_access_expression name: (identifier) @name)').flatMap(({ name }) =>
      name && name.text === OLD_NAME ? [replace(name, NEW_NAME)] : [],
    );
    return { edits };
  },
}${builtIn ? ', import.meta.url' : ''});
`;
}

function repositoryFiles(id: string): Record<string, string> {
  return {
    [`transforms/${id}.ts`]: transformSource(id, '../src/index.js', true),
    [`fixtures/transforms/${id}/rename-member.input.cs`]: EXAMPLE_INPUT,
    [`fixtures/transforms/${id}/rename-member.output.cs`]: EXAMPLE_INPUT.replace('settings.AllowedDomains', 'settings.TrustedDomains'),
    [`test/transforms/${id}.test.ts`]: `// Fixture pairs for ${id}, run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import transform from '../../transforms/${id}.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(transform, fixturePath('transforms', '${id}'));
`,
    // Every built-in has a reference page (test/transforms/registry.test.ts checks it).
    [`docs/transforms/${id}.md`]: `# \`${id}\`\n\n**Source:** "Obsolete or removed API members in UCMA 4.0".\n\n**What changes, and why.** Describe the change, the document it comes from, what is left to a person.\n`,
  };
}

function projectFiles(id: string): Record<string, string> {
  return {
    [`transforms/${id}.ts`]: transformSource(id, 'ucma-codemod', false),
    [`fixtures/${id}/rename-member.input.cs`]: EXAMPLE_INPUT,
    [`fixtures/${id}/rename-member.output.cs`]: EXAMPLE_INPUT.replace('settings.AllowedDomains', 'settings.TrustedDomains'),
    [`test/${id}.test.ts`]: `// Fixture pairs for ${id}: <case>.input.cs, <case>.output.cs (absent: must stay unchanged).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineTransformTests } from 'ucma-codemod/testing';
import transform from '../transforms/${id}.js';

const here = dirname(fileURLToPath(import.meta.url));
defineTransformTests(transform, join(here, '..', 'fixtures', '${id}'));
`,
  };
}
