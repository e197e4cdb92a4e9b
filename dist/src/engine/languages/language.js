/** Whether `fileName` (no folders) is of `kind`. */
export function isOfKind(kind, fileName) {
    const name = fileName.toLowerCase();
    return ((kind.fileNames ?? []).some((whole) => whole.toLowerCase() === name) ||
        (kind.extensions ?? []).some((extension) => name.length > extension.length && name.endsWith(extension.toLowerCase())));
}
