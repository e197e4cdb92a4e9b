import { rememberTransformModule } from './transform-origin.js';
/**
 * Gives a transform object its type; use it as the default export of a transform file. With
 * `moduleUrl` (`import.meta.url`), worker threads can load the same module: the built-ins pass
 * it; a transform loaded from a file (`-t ./mine.ts`, the config) gets it from its loader.
 */
export function defineTransform(transform, moduleUrl) {
    if (moduleUrl !== undefined)
        rememberTransformModule(transform, moduleUrl);
    return transform;
}
/** The root node of a context's tree. */
export function rootOf(context) {
    return context.tree.rootNode;
}
