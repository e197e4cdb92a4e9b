import { IgnoreRules } from '../inputs/ignore-rules.js';
import { quoteForShell } from '../output/text-report.js';
import { loadProjectConfig } from '../config/config-file.js';
export function applyProjectConfig(options, cwd) {
    const config = loadProjectConfig(cwd);
    const ignore = new IgnoreRules();
    for (const { base, patterns } of config.ignore)
        ignore.add(base, patterns);
    ignore.add(cwd, options.ignorePatterns);
    return {
        ...options,
        transforms: options.transforms.length > 0 ? options.transforms : [...(config.transforms ?? [])],
        transformsFromConfig: options.transforms.length === 0 && config.transforms !== undefined ? config.path : undefined,
        transformOptions: { ...config.options, ...options.transformOptions },
        maxFileSize: options.maxFileSize ?? config.maxFileSize,
        ignore: ignore.isEmpty ? undefined : ignore,
        rerunFlags: [
            ...options.transforms.map((spec) => `-t ${quoteForShell(spec)}`),
            ...Object.entries(options.transformOptions).map(([key, value]) => `--option ${quoteForShell(`${key}=${value}`)}`),
            ...options.ignorePatterns.map((pattern) => `--ignore-pattern ${quoteForShell(pattern)}`),
            ...(options.maxFileSize === undefined ? [] : [`--max-file-size ${options.maxFileSize}`]),
        ],
    };
}
