import type { Language } from '../language.js';
export declare const csharp: Language;
