// The file-needs rule asked of a file's bytes: a file that no transform needs is neither decoded
// nor parsed. A needle is searched for in the encoding the file will be decoded with, so the
// answer is the same as searching the decoded text (never a transform fewer).
import { fileNeeds } from './file-needs.js';
/** What the engine must do with a file, judged from its bytes (see fileNeeds). */
export function fileNeedsOfBytes(path, inspected, transforms, hasProject = false) {
    return fileNeeds(path, bytesContain(inspected), transforms, hasProject);
}
/** True when the bytes hold one of the needles as text (or there are no needles), as a search of the decoded text says. */
export function mentions(inspected, needles) {
    const contains = bytesContain(inspected);
    return needles === undefined || needles.some(contains);
}
/**
 * A search of the bytes that answers as a search of the decoded text would. Each needle is searched
 * once per file: the project pre-pass asks a file about the transforms that read the project, then
 * about every transform, and several transforms share strings.
 */
function bytesContain(inspected) {
    let found = searched.get(inspected);
    if (found === undefined) {
        found = new Map();
        searched.set(inspected, found);
    }
    const answers = found;
    return (needle) => {
        let answer = answers.get(needle);
        if (answer === undefined) {
            answer = searchBytes(inspected, needle);
            answers.set(needle, answer);
        }
        return answer;
    };
}
const searched = new WeakMap();
function searchBytes({ encoding, body }, needle) {
    if (needle === '')
        return true;
    const bytes = needleBytes(needle, encoding);
    return bytes === ANY_FILE ? true : bytes === NO_FILE ? false : body.includes(bytes);
}
/** A needle some file may hold though no bytes say so: the engine's search of the text decides. */
const ANY_FILE = 'any file';
/** A needle no file of the encoding can hold. */
const NO_FILE = 'no file';
// Needles are the transforms' few strings, searched in every file: each is encoded once.
const encodedNeedles = { 'utf-8': new Map(), latin1: new Map() };
function needleBytes(needle, encoding) {
    const cache = encodedNeedles[encoding];
    let bytes = cache.get(needle);
    if (bytes === undefined) {
        bytes = encoding === 'utf-8' ? utf8Needle(needle) : latin1Needle(needle);
        cache.set(needle, bytes);
    }
    return bytes;
}
// UTF-8 is self-synchronising: its bytes contain a needle's bytes only where the text contains it.
// A lone surrogate has no UTF-8 bytes, yet matches half of a pair in the decoded text: keep the
// transform, and let the engine's search of the text decide.
function utf8Needle(needle) {
    const bytes = Buffer.from(needle, 'utf8');
    return bytes.toString('utf8') === needle ? bytes : ANY_FILE;
}
// latin1 text holds only U+0000..U+00FF, one byte each; a needle beyond that cannot occur.
function latin1Needle(needle) {
    return /[^\u0000-\u00ff]/.test(needle) ? NO_FILE : Buffer.from(needle, 'latin1');
}
