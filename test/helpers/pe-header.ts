// Reads what a .NET executable's PE header says about the process it starts: the COFF machine,
// PE32 or PE32+, and the CLI header's 32BITREQUIRED / 32BITPREFERRED flags (ECMA-335 II.25).
import { readFileSync } from 'node:fs';

export interface ManagedPeFacts {
  /** COFF machine: 0x14c (i386, also used by AnyCPU images) or 0x8664 (AMD64). */
  readonly machine: number;
  readonly pe32Plus: boolean;
  readonly ilOnly: boolean;
  readonly requires32Bit: boolean;
  readonly prefers32Bit: boolean;
}

const COMIMAGE_FLAGS_ILONLY = 0x1;
const COMIMAGE_FLAGS_32BITREQUIRED = 0x2;
const COMIMAGE_FLAGS_32BITPREFERRED = 0x20000;
const CLI_HEADER_DIRECTORY = 14;

export function readManagedPe(path: string): ManagedPeFacts {
  const bytes = readFileSync(path);
  if (bytes.toString('latin1', 0, 2) !== 'MZ') throw new Error(`${path}: no MZ signature`);
  const pe = bytes.readUInt32LE(0x3c);
  if (bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') throw new Error(`${path}: no PE signature`);
  const coff = pe + 4;
  const machine = bytes.readUInt16LE(coff);
  const sectionCount = bytes.readUInt16LE(coff + 2);
  const optionalSize = bytes.readUInt16LE(coff + 16);
  const optional = coff + 20;
  const magic = bytes.readUInt16LE(optional);
  if (magic !== 0x10b && magic !== 0x20b) throw new Error(`${path}: unknown optional header magic 0x${magic.toString(16)}`);
  const pe32Plus = magic === 0x20b;
  const directories = optional + (pe32Plus ? 112 : 96);
  const cliRva = bytes.readUInt32LE(directories + CLI_HEADER_DIRECTORY * 8);
  if (cliRva === 0) throw new Error(`${path}: not a managed image (no CLI header)`);
  const cli = fileOffsetOf(bytes, optional + optionalSize, sectionCount, cliRva, path);
  const flags = bytes.readUInt32LE(cli + 16);
  return {
    machine,
    pe32Plus,
    ilOnly: (flags & COMIMAGE_FLAGS_ILONLY) !== 0,
    requires32Bit: (flags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0,
    prefers32Bit: (flags & COMIMAGE_FLAGS_32BITPREFERRED) !== 0,
  };
}

/** Maps a relative virtual address to a file offset through the section table. */
function fileOffsetOf(bytes: Buffer, sections: number, count: number, rva: number, path: string): number {
  for (let i = 0; i < count; i++) {
    const header = sections + i * 40;
    const virtualSize = bytes.readUInt32LE(header + 8);
    const virtualAddress = bytes.readUInt32LE(header + 12);
    const rawSize = bytes.readUInt32LE(header + 16);
    const rawPointer = bytes.readUInt32LE(header + 20);
    if (rva >= virtualAddress && rva < virtualAddress + Math.max(virtualSize, rawSize)) return rawPointer + (rva - virtualAddress);
  }
  throw new Error(`${path}: RVA 0x${rva.toString(16)} is in no section`);
}

/**
 * How the image runs on 64-bit Windows, given MSBuild's Prefer32Bit for it (xbuild never passes
 * Prefer32Bit to the compiler, so the flag in the header cannot be trusted to show it).
 */
export function runsAs64Bit(facts: ManagedPeFacts, prefer32BitByMsbuild: boolean): boolean {
  if (facts.machine === 0x8664) return facts.pe32Plus;
  if (facts.machine !== 0x14c) return false;
  // An i386 PE32 image is AnyCPU when it is IL only and requires no 32-bit process.
  return facts.ilOnly && !facts.requires32Bit && !facts.prefers32Bit && !prefer32BitByMsbuild;
}
