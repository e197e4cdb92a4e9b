import { singlePart } from './output-format.js';
const nameLine = (file) => (file.status === 'changed' ? `${file.path}\n` : '');
export const namesFormat = {
    name: 'names',
    summary: 'the paths of the files that change, one per line (-l)',
    commands: ['diff', 'check', 'apply'],
    machineReadable: true,
    splitsIntoFiles: false,
    build: (result) => singlePart(Buffer.from(result.files.map(nameLine).join(''), 'utf8'), 'names.txt'),
    stream: { file: (file) => Buffer.from(nameLine(file), 'utf8') },
};
