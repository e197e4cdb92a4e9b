// UCMA 4.0 ships Microsoft.Rtc.Collaboration version 5.0.0.0 (UCMA 3.0 shipped 4.0.0.0) in
// %ProgramFiles%\Microsoft UCMA 4.0: references to the UCMA 3.0 assemblies are moved to it.
import {
  compareAssemblyVersions,
  defineTransform,
  hintPathNamesUcma,
  info,
  readUcmaProject,
  replace,
  UCMA4_REQUIREMENTS,
  warning,
  type AssemblyReference,
  type Diagnostic,
  type TextEdit,
} from '../src/index.js';

/** The assemblies whose version moves with UCMA: 4.0.0.0 in UCMA 3.0, 5.0.0.0 in UCMA 4.0. */
const VERSIONED_WITH_UCMA = new Set(['microsoft.rtc.collaboration', 'microsoft.rtc.collaboration.persistentchat']);
/** Stays 4.0.0.0 in UCMA 4.0 and 5.0 projects: never touched. */
const VOICEXML = 'microsoft.rtc.collaboration.audiovideo.voicexml';
const UCMA3_FOLDER = 'Microsoft UCMA 3.0';
const UCMA4_FOLDER = 'Microsoft UCMA 4.0';

export default defineTransform(
  {
    meta: {
      id: 'ucma4-project-references',
      title: 'UCMA 4.0 projects reference Microsoft.Rtc.Collaboration 5.0.0.0',
      description:
        'UCMA 4.0 installs Microsoft.Rtc.Collaboration (and Microsoft.Rtc.Collaboration.PersistentChat) version ' +
        '5.0.0.0 under %ProgramFiles%\\Microsoft UCMA 4.0; UCMA 3.0 shipped 4.0.0.0 under Microsoft UCMA 3.0, and the ' +
        'two cannot be installed side by side. A Reference with Version=4.0.0.0 gets Version=5.0.0.0, and a HintPath ' +
        'folder "Microsoft UCMA 3.0" becomes "Microsoft UCMA 4.0" (the rest of the path is kept). A reference ' +
        'without a version is judged by its HintPath alone (no Version= is added). 6.0.0.0 (UCMA 5.0) is newer and ' +
        'left alone, and so is Microsoft.Rtc.Collaboration.AudioVideo.VoiceXml, which stays 4.0.0.0 in UCMA 4.0. A ' +
        'reference to Microsoft.Speech 10.2 (the UCMA 3.0 speech platform) gets a warning.',
      source: UCMA4_REQUIREMENTS,
      kind: 'fix',
      languages: ['xml'],
      requires: ['Microsoft.Rtc', 'UCMA'],
      followUp:
        'Install the UCMA 4.0 SDK (it replaces UCMA 3.0) and rebuild; references to Microsoft.Speech 10.2 must be ' +
        'pointed at the Microsoft Speech Platform SDK 11.0 by hand.',
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const edits: TextEdit[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const reference of project.references) {
        const name = reference.assemblyName.toLowerCase();
        if (name === VOICEXML) continue;
        if (name === 'microsoft.speech') {
          checkSpeech(reference, diagnostics);
          continue;
        }
        if (!VERSIONED_WITH_UCMA.has(name)) continue;
        const version = reference.version?.value;
        if (version !== undefined) {
          const order = compareAssemblyVersions(version, '4.0.0.0');
          if (order === 0) {
            edits.push(replace(reference.version!, '5.0.0.0'));
            const hint = hintPathEdits(reference);
            edits.push(...hint);
            if (hint.length === 0 && reference.hintPath && !hintPathNamesUcma(reference)) {
              diagnostics.push(
                info(
                  reference.hintPath.element,
                  'this HintPath points to a copy of the UCMA 3.0 assembly, not an installed SDK; replace that copy with the UCMA 4.0 (5.0.0.0) assembly',
                ),
              );
            }
          } else if (order === undefined) {
            diagnostics.push(
              info(
                reference.element,
                `Version=${version} is not an assembly version this transform can read; UCMA 4.0 ships ${reference.assemblyName} 5.0.0.0`,
              ),
            );
          } else if (order < 0) {
            diagnostics.push(
              info(
                reference.element,
                `${reference.assemblyName} ${version} is older than UCMA 3.0; UCMA 4.0 ships 5.0.0.0, so check this reference by hand`,
              ),
            );
          }
          // 5.0.0.0 is UCMA 4.0 already; 6.0.0.0 is UCMA 5.0, newer: left alone.
          continue;
        }
        const hint = hintPathEdits(reference);
        if (hint.length > 0) edits.push(...hint);
        else if (!hintPathNamesUcma(reference)) {
          diagnostics.push(
            info(
              reference.element,
              `${reference.assemblyName} has no version and no HintPath into a Microsoft UCMA folder, so which UCMA it builds against depends on the machine; make sure it resolves to UCMA 4.0 (5.0.0.0)`,
            ),
          );
        }
      }
      return { edits, diagnostics };
    },
  },
  import.meta.url,
);

/** The edit that moves a HintPath from the Microsoft UCMA 3.0 folder to Microsoft UCMA 4.0, if it is there. */
function hintPathEdits(reference: AssemblyReference): TextEdit[] {
  const text = reference.hintPath?.text;
  if (!text) return [];
  // Compared case-insensitively, as Windows paths are; the folder is matched as a whole path segment.
  const lower = text.raw.toLowerCase();
  const folder = UCMA3_FOLDER.toLowerCase();
  for (let at = lower.indexOf(folder); at !== -1; at = lower.indexOf(folder, at + 1)) {
    const before = at === 0 ? '\\' : lower[at - 1];
    const after = lower[at + folder.length] ?? '\\';
    if ((before === '\\' || before === '/') && (after === '\\' || after === '/')) {
      return [{ start: text.start + at, end: text.start + at + folder.length, text: UCMA4_FOLDER }];
    }
  }
  return [];
}

/** Microsoft.Speech 10.2 belongs to the UCMA 3.0 speech platform; UCMA 4.0 uses the 11.0 Speech Platform SDK. */
function checkSpeech(reference: AssemblyReference, diagnostics: Diagnostic[]): void {
  const version = reference.version?.value;
  if (version === undefined || compareAssemblyVersions(version, '10.2.0.0') !== 0) return;
  diagnostics.push(
    warning(
      reference.element,
      'Microsoft.Speech 10.2 is the UCMA 3.0 speech platform; UCMA 4.0 uses the Microsoft Speech Platform SDK 11.0 ' +
        '(Microsoft.Speech 11.0.0.0). Point this reference at the 11.0 SDK on your build machine (its path is ' +
        'machine-specific, so it is not changed here)',
    ),
  );
}
