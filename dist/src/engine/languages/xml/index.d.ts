import type { Language } from '../language.js';
export declare const xml: Language;
