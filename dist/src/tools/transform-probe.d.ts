/** What the probe sends: first that it is ready to start, then the answer. */
export type ProbeMessage = {
    readonly ready: true;
} | {
    readonly loaded: true;
} | {
    readonly loaded: false;
    readonly message: string;
};
export interface ProbeData {
    readonly url: string;
    /** The package's own entry, loaded before the clock starts. */
    readonly packageUrl: string;
}
