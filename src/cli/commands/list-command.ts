// `ucma-codemod list`: the transforms, with what they change, why, and the source document.
import { ExitCode } from '../../run/exit-code.js';
import { choosePalette } from '../../terminal/colors.js';
import { wrapText } from '../../terminal/text-wrap.js';
import type { Transform } from '../../engine/transform.js';
import { describeMigrationTarget, migrationTargetOf } from '../../platform/migration-target.js';
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
  const blocks = transforms.map((t) => {
    const lines = [
      `${palette.bold(t.meta.id)} (${t.meta.kind})`,
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
        ...t.meta.rules.flatMap((rule) => {
          const pages = (rule.sources ?? []).map((source) => source.path ?? source.title);
          return [`    ${rule.id}: ${rule.title}`, ...(pages.length > 0 ? [`      Page: ${pages.join(', ')}`] : [])];
        }),
      );
    return lines.join('\n');
  });
  // The rules that need a declared fact read it from here (ucma-codemod.config.json "migration").
  const migration = `Migration target: ${describeMigrationTarget(migrationTargetOf(options.transformOptions))}`;
  return writeAndReturn(io.stdout, `${blocks.join('\n\n')}\n\n${migration}\n`, ExitCode.Ok);
}
