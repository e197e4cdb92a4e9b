// Catches promises that transforms leave rejected without a handler, so that one fails only the file
// it was made for, naming the transform, instead of ending the thread (and with it whatever file it
// works on next). Each promise is tagged, when it is made, with the file and the transform at work.
import { promiseHooks } from 'node:v8';
export class RejectionWatch {
    running;
    transforms;
    owners = new WeakMap();
    pending = new Map();
    file;
    /** `running` says which transform (by index into `transforms`) runs now, or a negative number for none. */
    constructor(running, transforms) {
        this.running = running;
        this.transforms = transforms;
        promiseHooks.onInit((promise, parent) => {
            const inherited = parent === undefined ? undefined : this.owners.get(parent);
            const transform = this.running();
            if (this.file !== undefined && transform >= 0)
                this.owners.set(promise, { file: this.file, transform });
            else if (inherited)
                this.owners.set(promise, inherited);
        });
        process.on('unhandledRejection', (reason, promise) => {
            const owner = this.owners.get(promise);
            const who = owner === undefined ? 'a transform' : `transform ${this.transforms[owner.transform]?.meta.id ?? owner.transform}`;
            const why = reason instanceof Error ? reason.message : String(reason);
            const file = owner?.file ?? '';
            this.pending.set(file, [
                ...(this.pending.get(file) ?? []),
                `${who} left a promise rejected without handling it (${why}); not changed`,
            ]);
        });
    }
    /** Runs the synchronous work of one file (`key` names it), tagging the promises made meanwhile. */
    within(key, work) {
        this.file = key;
        try {
            return work();
        }
        finally {
            this.file = undefined;
        }
    }
    /** Lets the event loop turn once, then returns (and forgets) the rejections of the file `key`, or undefined. */
    async settle(key) {
        await new Promise((resolve) => setImmediate(resolve));
        const found = this.pending.get(key);
        this.pending.delete(key);
        return found?.join('; ');
    }
}
