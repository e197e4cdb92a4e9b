// `ucma-codemod new <id>`: scaffolds a transform, a fixture pair and a test.
import { ExitCode } from '../../run/exit-code.js';
import { scaffoldTransform } from '../../tools/scaffold-transform.js';
import { writeAndReturn } from '../cli-io.js';
export async function newCommand(id, io) {
    const result = await scaffoldTransform(id, io.cwd);
    const lines = [
        ...result.created.map((path) => `created ${path}`),
        ...(result.registered ? [`registered ${id} in ${result.registered}`] : []),
        '',
        result.mode === 'repository'
            ? `Next: edit transforms/${id}.ts and its fixtures, then run npm test.`
            : `Next: edit transforms/${id}.ts and fixtures/${id}/, test it with: ucma-codemod test (or your jest setup, see docs/writing-transforms.md), and run it with: ucma-codemod diff -t ./transforms/${id}.ts <paths>`,
    ];
    return writeAndReturn(io.stderr, `${lines.join('\n')}\n`, ExitCode.Ok);
}
