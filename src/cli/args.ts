/** A tiny argv reader: the CLI has three commands and a handful of flags, not worth a dependency. */
export interface Args {
  command?: string;
  positional: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

const VALUE_OPTIONS = new Set(['--provider', '--filter']);

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { positional: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--') && a.includes('=')) {
      const eq = a.indexOf('=');
      args.options.set(a.slice(0, eq), a.slice(eq + 1));
    } else if (VALUE_OPTIONS.has(a)) {
      const value = argv[i + 1];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      args.options.set(a, value);
      i++;
    } else if (a.startsWith('--') || (a.startsWith('-') && a.length > 1)) {
      args.flags.add(a);
    } else if (args.command === undefined) {
      args.command = a;
    } else {
      args.positional.push(a);
    }
  }
  return args;
}

export class UsageError extends Error {}
