const moduleUrls = new WeakMap();
/** Records that `transform` is the default export of the ES module at `url`. */
export function rememberTransformModule(transform, url) {
    moduleUrls.set(transform, url);
}
/** The module URL `transform` was loaded from, if it was loaded from one. */
export function transformModuleUrl(transform) {
    return moduleUrls.get(transform);
}
