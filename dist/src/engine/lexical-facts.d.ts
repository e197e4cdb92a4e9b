/**
 * The names written directly left of `+=` in code, e.g. `ProvisioningFailed` for
 * `platform.ProvisioningFailed += OnFailed;` (an event subscription) or `count` for `count += 1`.
 * Sorted, each once. Code in a `#if false` branch counts (the scanner does not evaluate directives):
 * a reader of the facts errs towards "the project does it".
 */
export declare function plusAssignedNames(text: string): string[];
