export interface GitIdentity {
    readonly name: string;
    readonly email: string;
}
export declare function gitAuthorIdentity(cwd: string, env: NodeJS.ProcessEnv): Promise<GitIdentity | undefined>;
