// `ucma-codemod list`: the transforms, with what they change, why, and the source document.
import { ExitCode } from '../../run/exit-code.js';
import { choosePalette } from '../../terminal/colors.js';
import { wrapText } from '../../terminal/text-wrap.js';
import type { Transform } from '../../engine/transform.js';
import { writeAndReturn, type CliIo } from '../cli-io.js';
import type { CliOptions } from '../parse-args.js';

export function listCommand(transforms: readonly Transform[], options: CliOptions, io: CliIo): number {
  if (options.format === 'json') {
    return writeAndReturn(
      io.stdout,
      `${JSON.stringify(
        transforms.map((t) => ({ ...t.meta })),
        null,
        2,
      )}\n`,
      ExitCode.Ok,
    );
  }
  const palette = choosePalette(io.stdout, io.env, options.color);
  // The config file's severities, where it sets one (see docs/triage.md).
  const setting = (id: string, rule?: string) => {
    const own = options.severities?.[rule === undefined ? id : `${id}/${rule}`];
    return own === undefined ? '' : ` [severity: ${own}]`;
  };
  const blocks = transforms.map((t) => {
    const lines = [
      `${palette.bold(t.meta.id)} (${t.meta.kind})${setting(t.meta.id)}`,
      `  ${t.meta.title}`,
      `  Source: ${t.meta.source.title}${t.meta.source.url ? ` <${t.meta.source.url}>` : ''}`,
      '',
      ...wrapText(t.meta.description, 96).map((line) => `  ${line}`),
    ];
    if (t.meta.followUp) lines.push('', ...wrapText(`Follow-up: ${t.meta.followUp}`, 96).map((line) => `  ${line}`));
    if (t.meta.rules?.length)
      lines.push(
        '',
        `  Rules (select one with -t ${t.meta.id}/<rule>):`,
        ...t.meta.rules.map((rule) => `    ${rule.id}: ${rule.title}${setting(t.meta.id, rule.id)}`),
      );
    return lines.join('\n');
  });
  return writeAndReturn(io.stdout, `${blocks.join('\n\n')}\n`, ExitCode.Ok);
}
