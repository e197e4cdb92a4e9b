// The form of a manually provisioned computer GRUU, as Get-CsTrustedApplication shows it:
// sip:<computer FQDN>@<SIP domain>;gruu;opaque=srvr:<application>:<id>, one unbroken string.

/** A GRUU of another kind (a conference focus: `;gruu;opaque=app:conf:...`), which this rule leaves alone. */
export function isOtherGruuKind(value: string): boolean {
  return /;\s*gruu\s*;\s*opaque=app:/i.test(value);
}

const SERVER_GRUU = /^sip:[^\s;@]+@[^\s;@]+;gruu;opaque=srvr:[^\s;]+$/i;

/** What is wrong with a value given as a computer GRUU, or undefined when it has the form (or is empty: not configured). */
export function gruuProblem(value: string): string | undefined {
  if (value === '' || isOtherGruuKind(value)) return undefined;
  if (/[\r\n]/.test(value)) return 'it contains a line break (copied from a wrapped console line): join it into one line';
  if (/\s/.test(value)) return 'it contains spaces (copied from the console output): remove them';
  if (!SERVER_GRUU.test(value)) return 'it is not of the form sip:<computer FQDN>@<SIP domain>;gruu;opaque=srvr:<application>:<id>';
  return undefined;
}
