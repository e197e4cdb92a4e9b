// Discovery finds project and application configuration files beside the .cs files, with the same
// skipping rules (bin/, obj/, .gitignore), and passes over XML files the engine does not read.
import { afterAll, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverFiles } from '../../src/inputs/discover-files.js';
import { cleanTempDirs, git, initRepo, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

test('*.cs, *.csproj, App.config and *.exe.config are found; web.config, packages.config and build output are not', async () => {
  const root = makeTempDir();
  initRepo(root);
  const files = [
    'Bot/Program.cs',
    'Bot/Bot.csproj',
    'Bot/App.config',
    'Bot/Bot.exe.config',
    'Bot/web.config',
    'Bot/packages.config',
    'Bot/bin/Debug/Bot.exe.config',
    'Bot/obj/Bot.csproj',
    'Bot/Bot.vbproj',
    'Ignored/Ignored.csproj',
  ];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '<Project />\n');
  }
  writeFileSync(join(root, '.gitignore'), 'Ignored/\n');
  git(root, 'add', '.gitignore');
  const found = await discoverFiles(['.'], root);
  expect(found.files.map((file) => file.displayPath)).toEqual(['Bot/App.config', 'Bot/Bot.csproj', 'Bot/Bot.exe.config', 'Bot/Program.cs']);

  const explicit = await discoverFiles(['Bot/web.config', 'Bot/Bot.csproj'], root);
  expect(explicit.files.map((file) => file.displayPath)).toEqual(['Bot/Bot.csproj']);
  expect(explicit.skipped).toEqual([{ displayPath: 'Bot/web.config', reason: 'not a *.cs, *.csproj, *.exe.config or App.config file' }]);
});
