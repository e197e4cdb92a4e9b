import type { Transform } from './transform.js';
/** Records that `transform` is the default export of the ES module at `url`. */
export declare function rememberTransformModule(transform: Transform, url: string): void;
/** The module URL `transform` was loaded from, if it was loaded from one. */
export declare function transformModuleUrl(transform: Transform): string | undefined;
