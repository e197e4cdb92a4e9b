// Reads this package's own package.json (version) wherever the code runs from: src/ or dist/src/.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** The package root: the nearest directory above this module with a package.json named ucma-codemod. */
export function packageRoot() {
    let directory = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const candidate = join(directory, 'package.json');
        if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'ucma-codemod') {
            return directory;
        }
        const parent = dirname(directory);
        if (parent === directory)
            throw new Error('cannot find the ucma-codemod package.json');
        directory = parent;
    }
}
/** The version in package.json. */
export function packageVersion() {
    return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
}
