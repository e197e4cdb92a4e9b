export interface HookInstallResult {
    readonly path: string;
    readonly action: 'installed' | 'updated' | 'unchanged';
}
/**
 * The hook script. It names no path of this machine, so moving or re-cloning either repository
 * never breaks it: it runs the ucma-codemod on PATH, else the one installed in the repository
 * (`npx --no-install` never downloads anything), else refuses with a message.
 */
export declare function hookScript(): string;
/** Installs or updates the hook in the repository that contains `cwd`. */
export declare function installPreCommitHook(cwd: string): Promise<HookInstallResult>;
