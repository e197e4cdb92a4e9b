// The App.config of a UCMA 4.0 application: the CLR stays v4.0 (there is no v4.5 CLR) and the
// sku names .NET Framework 4.5; binding redirects that still point at UCMA 3.0 are reported.
import {
  attributeOf,
  childElementsNamed,
  compareAssemblyVersions,
  defineTransform,
  descendantElements,
  elementName,
  info,
  parseXml,
  readMsbuildProject,
  referencesUcma,
  rootElement,
  UCMA4_RUNTIME,
  warning,
  xmlFileKind,
  type Diagnostic,
  type SyntaxNode,
  type TextEdit,
  type TransformContext,
} from '../src/index.js';

const SKU_45 = '.NETFramework,Version=v4.5';
const CLR2 = 'v2.0.50727';

export default defineTransform(
  {
    meta: {
      id: 'ucma4-config-runtime',
      title: 'UCMA 4.0 applications start on .NET Framework 4.5',
      description:
        'The UCMA 4.0 Runtime is built on .NET Framework 4.5 (full profile). In the App.config (or <program>.exe.config) ' +
        'beside a project that references UCMA, each <supportedRuntime> keeps the CLR version="v4.0" (.NET Framework 4.5 ' +
        'runs on CLR 4; there is no v4.5 CLR) and its sku becomes ".NETFramework,Version=v4.5"; a CLR 2 entry ' +
        '(v2.0.50727) becomes v4.0 with that sku. A binding redirect for Microsoft.Rtc.Collaboration(.*) whose ' +
        'newVersion is below 5.0.0.0 gets a warning: it would send the application back to the UCMA 3.0 assembly.',
      source: UCMA4_RUNTIME,
      kind: 'fix',
      languages: ['xml'],
      requires: ['supportedRuntime', 'Microsoft.Rtc'],
    },
    run(context) {
      if (xmlFileKind(context.path) !== 'app-config') return;
      const root = rootElement(context.tree.rootNode);
      if (!root || elementName(root) !== 'configuration') return;
      if (!besideUcmaProject(context)) return;
      const edits: TextEdit[] = [];
      const diagnostics: Diagnostic[] = [];
      for (const startup of childElementsNamed(root, 'startup')) {
        for (const runtime of childElementsNamed(startup, 'supportedRuntime')) edits.push(...supportedRuntimeEdits(runtime, diagnostics));
      }
      for (const element of descendantElements(root)) {
        if (elementName(element) === 'dependentAssembly') checkBindingRedirects(element, diagnostics);
      }
      return { edits, diagnostics };
    },
  },
  import.meta.url,
);

/** True when a project file in the config's folder references UCMA. */
function besideUcmaProject(context: TransformContext): boolean {
  return (context.projectFiles ?? []).some((file) => {
    const project = readMsbuildProject(parseXml(file.text).rootNode);
    return project !== undefined && referencesUcma(project);
  });
}

function supportedRuntimeEdits(runtime: SyntaxNode, diagnostics: Diagnostic[]): TextEdit[] {
  const version = attributeOf(runtime, 'version');
  if (!version) return [];
  const edits: TextEdit[] = [];
  if (version.value === CLR2) edits.push({ start: version.start, end: version.end, text: 'v4.0' });
  else if (version.value !== 'v4.0') {
    diagnostics.push(
      info(
        runtime,
        `supportedRuntime version="${version.value}" is not a CLR this transform knows; UCMA 4.0 needs CLR v4.0 with .NET Framework 4.5`,
      ),
    );
    return [];
  }
  const sku = attributeOf(runtime, 'sku');
  if (!sku) {
    // Inserted right after the version attribute, with one space, as Visual Studio writes it.
    edits.push({ start: version.end + 1, end: version.end + 1, text: ` sku="${SKU_45}"` });
  } else if (!isSku45OrLater(sku.value)) {
    edits.push({ start: sku.start, end: sku.end, text: SKU_45 });
  }
  return edits;
}

/** `.NETFramework,Version=v4.5` and later (4.5.1, 4.6, ...) are kept; anything older is replaced. */
function isSku45OrLater(sku: string): boolean {
  const match = /^\.NETFramework,Version=v(\d+)\.(\d+)/i.exec(sku.trim());
  if (!match) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return (major > 4 || (major === 4 && minor >= 5)) && !/profile=client/i.test(sku);
}

function checkBindingRedirects(dependent: SyntaxNode, diagnostics: Diagnostic[]): void {
  const identity = childElementsNamed(dependent, 'assemblyIdentity')[0];
  const name = identity ? attributeOf(identity, 'name')?.value : undefined;
  if (!name || !/^microsoft\.rtc\.collaboration(\.|$)/i.test(name) || /\.audiovideo\.voicexml$/i.test(name)) return;
  for (const redirect of childElementsNamed(dependent, 'bindingRedirect')) {
    const target = attributeOf(redirect, 'newVersion')?.value;
    if (target !== undefined && (compareAssemblyVersions(target, '5.0.0.0') ?? 0) < 0) {
      diagnostics.push(
        warning(
          redirect,
          `this binding redirect sends ${name} to ${target}, the UCMA 3.0 assembly or older; UCMA 4.0 ships 5.0.0.0. ` +
            'Change newVersion (and oldVersion) to cover 5.0.0.0, or remove the redirect',
        ),
      );
    }
  }
}
