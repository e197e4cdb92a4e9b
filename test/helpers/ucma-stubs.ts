// Builds the compile-only UCMA stub assemblies (fixtures/ucma-stubs) with Mono's mcs, once per test file.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from './cli.js';
import { hasMcs, listCsFiles, mcs, MCS_INSTALL_HINT, MCS_REQUIRED_IN_CI, type McsBuild } from './mcs.js';
import { fixturePath } from './paths.js';

/** The two surfaces: UCMA 3.0 (assembly version 4.0.0.0) and UCMA 4.0 (assembly version 5.0.0.0). */
export type UcmaSurface = 'ucma3' | 'ucma4';

export const UCMA_SURFACES: readonly UcmaSurface[] = ['ucma3', 'ucma4'];

export interface UcmaStubs {
  /** Absolute path of each built Microsoft.Rtc.Collaboration.dll. */
  readonly dll: Readonly<Record<UcmaSurface, string>>;
  /** The mcs build of each surface (status, errors, warnings), for tests that check the stubs themselves. */
  readonly builds: Readonly<Record<UcmaSurface, McsBuild>>;
}

/** The stub sources of one surface: the shared folder plus the surface's own folder. */
export function ucmaStubSources(surface: UcmaSurface): string[] {
  return [...listCsFiles(fixturePath('ucma-stubs', 'shared')), ...listCsFiles(fixturePath('ucma-stubs', surface))];
}

let built: UcmaStubs | undefined;

/**
 * Builds both stub assemblies into a temp folder (removed by cleanTempDirs()) the first time it is called in a
 * test file and returns the same result afterwards. Throws when mcs is missing or a stub does not compile, so a
 * test that needs the stubs fails rather than passes vacuously.
 */
export function buildUcmaStubs(): UcmaStubs {
  if (built) return built;
  if (!hasMcs()) throw new Error(`${MCS_REQUIRED_IN_CI} to build the UCMA stubs; install it with: ${MCS_INSTALL_HINT}`);
  const root = makeTempDir('ucma-stubs-');
  const dll = {} as Record<UcmaSurface, string>;
  const builds = {} as Record<UcmaSurface, McsBuild>;
  for (const surface of UCMA_SURFACES) {
    const dir = join(root, surface);
    mkdirSync(dir);
    // The file name gives the assembly its name, which must be the real one.
    const out = join(dir, 'Microsoft.Rtc.Collaboration.dll');
    const build = mcs(
      ['-nologo', '-target:library', '-warn:4', '-r:System.dll', `-out:${out}`, ...ucmaStubSources(surface)],
      fixturePath('ucma-stubs'),
    );
    if (build.status !== 0) throw new Error(`the ${surface} UCMA stubs do not compile:\n${build.output}`);
    dll[surface] = out;
    builds[surface] = build;
  }
  built = { dll, builds };
  return built;
}
