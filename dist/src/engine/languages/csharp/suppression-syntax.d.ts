import { type SuppressionSyntax } from '../suppression-syntax.js';
/** `// ...` (not `///` documentation) or a one-line `/* ... *\/`. */
export declare const csharpSuppressionSyntax: SuppressionSyntax;
