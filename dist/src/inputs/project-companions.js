// For an application configuration file, the project files beside it: a config transform judges
// App.config by the project it belongs to (does it reference UCMA? is it retargeted?).
import { readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { closeFolder, openFolderBelow, readRegularFile } from '../platform/no-follow.js';
import { xmlFileKind } from '../engine/languages/xml/dialects.js';
import { decodeSource } from '../engine/source-text.js';
/** Largest project file read beside an App.config (a real one is a few KiB). */
const MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024;
/**
 * The *.csproj files in the folder of `absolutePath` when it is an App.config or *.exe.config,
 * read from disk (also for `check --staged`: a project file is rarely staged with its config).
 * A project that cannot be read or decoded is left out: the config transform then sees no
 * project, and changes nothing.
 */
export async function surroundingsOf(absolutePath, displayPath) {
    if (xmlFileKind(absolutePath) !== 'app-config')
        return {};
    const displayFolder = displayPath.includes('/') ? displayPath.slice(0, displayPath.lastIndexOf('/') + 1) : '';
    const projectFiles = await readFolderFiles(dirname(absolutePath), displayFolder, new Map(), MAX_PROJECT_FILE_BYTES, (name) => xmlFileKind(name) === 'msbuild-project');
    return { projectFiles };
}
/**
 * The project files of a project folder (its *.csproj, App.config and *.exe.config), for the
 * project index: the text of an input of the run when the file is one (so `--staged` judges the
 * staged content), else read from disk. `displayFolder` is the folder as the run's paths spell it
 * ('' or ending in '/'). Unreadable, undecodable or oversized files are left out.
 */
export async function projectFolderFiles(folder, displayFolder, inputs, maxBytes) {
    return readFolderFiles(folder, displayFolder, inputs, maxBytes, (name) => xmlFileKind(name) !== undefined);
}
/**
 * The files of `folder` whose names `wanted` takes, in name order: an input of the run gives its own
 * text, any other file is read never through a link, never from a FIFO, never over `maxBytes`.
 * Unreadable, undecodable or oversized files are left out.
 */
async function readFolderFiles(folder, displayFolder, inputs, maxBytes, wanted) {
    let names;
    try {
        names = (await readdir(folder, { withFileTypes: true }))
            .filter((e) => e.isFile() && wanted(e.name))
            .map((e) => e.name)
            .sort();
    }
    catch {
        return [];
    }
    const files = [];
    let opened;
    try {
        opened = openFolderBelow(folder, folder);
        for (const name of names) {
            try {
                // An input of the run gives its own text (the staged one with --staged); else the file is
                // read from disk: never through a link, never from a FIFO, never huge.
                const input = inputs.get(join(folder, name));
                const read = input ? await input.read(maxBytes) : readRegularFile(opened, name, maxBytes);
                if (!('bytes' in read) || read.bytes.length > maxBytes)
                    continue;
                files.push({ path: input?.displayPath ?? `${displayFolder}${name}`, text: decodeSource(read.bytes).text });
            }
            catch {
                // Unreadable or undecodable: judged as absent.
            }
        }
    }
    catch {
        // The folder cannot be opened: no project files to judge by.
    }
    finally {
        if (opened)
            closeFolder(opened);
    }
    return files;
}
