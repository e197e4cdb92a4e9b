import { type SuppressionSyntax } from '../suppression-syntax.js';
/** `<!-- ... -->` on one line. */
export declare const xmlSuppressionSyntax: SuppressionSyntax;
