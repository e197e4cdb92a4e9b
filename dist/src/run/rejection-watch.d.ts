import type { Transform } from '../engine/transform.js';
export declare class RejectionWatch {
    private readonly running;
    private readonly transforms;
    private readonly owners;
    private readonly pending;
    private file;
    /** `running` says which transform (by index into `transforms`) runs now, or a negative number for none. */
    constructor(running: () => number, transforms: readonly Transform[]);
    /** Runs the synchronous work of one file (`key` names it), tagging the promises made meanwhile. */
    within<T>(key: string, work: () => T): T;
    /** Lets the event loop turn once, then returns (and forgets) the rejections of the file `key`, or undefined. */
    settle(key: string): Promise<string | undefined>;
}
