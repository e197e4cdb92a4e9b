// Where a transform's code lives, so that a worker thread can import the same module: a transform
// object cannot cross a thread boundary, its module URL can. Also whether that module is the
// user's (loaded from a file the user named), whose code gets a time budget. Keyed by object
// identity (and typed as such, so that transform.ts can record origins without an import cycle).
export interface TransformOrigin {
  /** The ES module the transform is the default export of. */
  readonly moduleUrl: string;
  /** Loaded from a file the user named (the command line or a config), not shipped with the tool. */
  readonly userCode: boolean;
}

const origins = new WeakMap<object, TransformOrigin>();

/** Records that `transform` is the default export of the ES module at `moduleUrl`. */
export function rememberTransformModule(transform: object, moduleUrl: string, userCode = false): void {
  origins.set(transform, { moduleUrl, userCode });
}

/** The module URL `transform` was loaded from, if it was loaded from one. */
export function transformModuleUrl(transform: object): string | undefined {
  return origins.get(transform)?.moduleUrl;
}

/** Whether `transform` is code the user named, rather than one the tool ships. */
export function isUserCode(transform: object): boolean {
  return origins.get(transform)?.userCode ?? false;
}
