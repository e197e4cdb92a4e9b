// MSBuild's own rules that xbuild does not apply, restated for the tests from
// dotnet/msbuild src/Tasks/Microsoft.NETFramework.CurrentVersion.props and
// Microsoft.Common.CurrentVersion.targets.

/** Properties of one evaluated configuration, as xbuild reports them. */
export interface EvaluatedConfiguration {
  readonly OutputType: string;
  readonly TargetFrameworkIdentifier: string;
  readonly TargetFrameworkVersion: string;
  readonly Platform: string;
  readonly PlatformTarget: string;
  readonly Prefer32Bit: string;
  readonly PreferNativeArm64: string;
}

/**
 * Prefer32Bit as MSBuild evaluates it: the project's value when set; otherwise true for a
 * .NETFramework executable (OutputType exe, winexe, appcontainerexe or empty) that targets
 * neither CLR 2 (v2.0, v3.0, v3.5) nor v4.0, unless PreferNativeArm64 is true; otherwise false.
 * MSBuild compares these strings case-insensitively.
 */
export function msbuildPrefer32Bit(c: EvaluatedConfiguration): boolean {
  const lower = (value: string) => value.toLowerCase();
  if (c.Prefer32Bit !== '') return lower(c.Prefer32Bit) === 'true';
  const clr2 = ['v2.0', 'v3.0', 'v3.5'].includes(lower(c.TargetFrameworkVersion));
  return (
    lower(c.TargetFrameworkIdentifier) === '.netframework' &&
    !clr2 &&
    lower(c.TargetFrameworkVersion) !== 'v4.0' &&
    ['exe', 'winexe', 'appcontainerexe', ''].includes(lower(c.OutputType)) &&
    lower(c.PreferNativeArm64) !== 'true'
  );
}

/** PlatformTarget as MSBuild infers it when the project sets none: x86 or x64 from the platform, else AnyCPU. */
export function msbuildPlatformTarget(c: EvaluatedConfiguration): string {
  if (c.PlatformTarget !== '') return c.PlatformTarget;
  const platform = c.Platform.toLowerCase();
  return platform === 'x86' || platform === 'x64' ? platform : 'AnyCPU';
}

/** Prefer32Bit acts only on an AnyCPU image (the compiler's anycpu32bitpreferred); x86 and x64 images ignore it. */
export function msbuildPrefers32BitProcess(c: EvaluatedConfiguration): boolean {
  return msbuildPlatformTarget(c).toLowerCase() === 'anycpu' && msbuildPrefer32Bit(c);
}
