const origins = new WeakMap();
/** Records that `transform` is the default export of the ES module at `moduleUrl`. */
export function rememberTransformModule(transform, moduleUrl, userCode = false) {
    origins.set(transform, { moduleUrl, userCode });
}
/** The module URL `transform` was loaded from, if it was loaded from one. */
export function transformModuleUrl(transform) {
    return origins.get(transform)?.moduleUrl;
}
/** Whether `transform` is code the user named, rather than one the tool ships. */
export function isUserCode(transform) {
    return origins.get(transform)?.userCode ?? false;
}
