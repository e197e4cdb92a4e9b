// Folds the project configuration into the parsed command line: flags win over the file.
import { relative, sep } from 'node:path';
import type { CliOptions } from './parse-args.js';
import { IgnoreRules } from '../inputs/ignore-rules.js';
import { looksLikeTransformPath } from '../tools/load-user-transform.js';
import { quoteForShell } from '../output/text-report.js';
import { CONFIG_ABOVE_REPO_VARIABLE, loadProjectConfig } from '../config/config-file.js';

export function applyProjectConfig(options: CliOptions, cwd: string, env: NodeJS.ProcessEnv = {}): CliOptions {
  const config = loadProjectConfig(cwd, env);
  const ignore = new IgnoreRules();
  for (const source of config.ignore) {
    if ('fileBytes' in source) ignore.addFile(source.base, source.fileBytes, source.origin);
    else ignore.add(source.base, source.patterns, source.origin);
  }
  ignore.add(cwd, options.ignorePatterns, '--ignore-pattern');
  const shown = (path: string) => relative(cwd, path).split(sep).join('/') || '.';
  const notices: string[] = [];
  // A config's transform paths are code that runs: say which, before any of it does.
  const fromConfig = options.transforms.length === 0 ? (config.transforms ?? []).filter(looksLikeTransformPath) : [];
  if (fromConfig.length > 0 && config.path !== undefined)
    notices.push(`ucma-codemod: ${shown(config.path)} runs transform code from: ${fromConfig.map(shown).join(', ')}`);
  if (config.ignoredAbove !== undefined)
    notices.push(
      `ucma-codemod: left out ${shown(config.ignoredAbove)}: it is above the top of this git repository (set ${CONFIG_ABOVE_REPO_VARIABLE}=1 to use it)`,
    );
  return {
    ...options,
    transforms: options.transforms.length > 0 ? options.transforms : [...(config.transforms ?? [])],
    transformsFromConfig: options.transforms.length === 0 && config.transforms !== undefined ? config.path : undefined,
    configFile: config.path,
    transformOptions: { ...config.options, ...options.transformOptions },
    maxFileSize: options.maxFileSize ?? config.maxFileSize,
    ignore: ignore.isEmpty ? undefined : ignore,
    notices,
    rerunFlags: [
      ...options.transforms.map((spec) => `-t ${quoteForShell(spec)}`),
      ...Object.entries(options.transformOptions).map(([key, value]) => `--option ${quoteForShell(`${key}=${value}`)}`),
      ...options.ignorePatterns.map((pattern) => `--ignore-pattern ${quoteForShell(pattern)}`),
      ...(options.maxFileSize === undefined ? [] : [`--max-file-size ${options.maxFileSize}`]),
    ],
  };
}
