import { parseArgs as nodeParseArgs } from 'node:util';
import { editDistance } from '../core/edit-distance.js';
import { terminalSafe } from '../core/terminal-safe.js';

/**
 * The command line, read strictly with Node's util.parseArgs: an unknown or misspelt flag is a usage error,
 * never ignored (a CI gate with `--fial-on-error` must not pass silently), and a flag a command does not
 * take is one too.
 */
export interface Args {
  command?: string;
  positional: string[];
  json: boolean;
  failOnError: boolean;
  help: boolean;
  filter?: string;
  provider?: string;
}

const OPTIONS = {
  json: { type: 'boolean' },
  'fail-on-error': { type: 'boolean' },
  filter: { type: 'string' },
  provider: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type OptionName = keyof typeof OPTIONS;

/** Which flags each command takes (`--help` goes with any). */
const COMMAND_OPTIONS: Record<string, readonly OptionName[]> = {
  scan: ['json', 'fail-on-error', 'filter'],
  explain: ['json', 'provider'],
  catalog: ['json'],
};

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args {
  let parsed: ReturnType<typeof nodeParseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = nodeParseArgs({ args: joinDashValues(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(usageReason(e));
  }
  const { values, positionals } = parsed;
  const [command, ...positional] = positionals;
  const allowed = command !== undefined ? COMMAND_OPTIONS[command] : undefined;
  if (allowed) {
    for (const name of Object.keys(values) as OptionName[]) {
      if (name !== 'help' && !allowed.includes(name)) throw new UsageError(`${command} does not take --${name}`);
    }
  }
  return {
    command,
    positional,
    json: values.json ?? false,
    failOnError: values['fail-on-error'] ?? false,
    help: values.help ?? false,
    filter: values.filter,
    provider: values.provider,
  };
}

/**
 * `--filter -provider:aws` is a filter that starts with a negation, not a missing value; util.parseArgs
 * refuses a value that looks like a flag, so such a pair is passed on as `--filter=-provider:aws`.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if ((a === '--filter' || a === '--provider') && next !== undefined && next.startsWith('-') && !next.startsWith('--')) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** util.parseArgs' error as one line, with a did-you-mean for an unknown flag. */
function usageReason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown }).code;
  const unknown = /^Unknown option '([^']*)'/.exec(message);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && unknown) {
    const flag = unknown[1]!;
    const hint = didYouMean(flag);
    return `unknown option ${terminalSafe(flag)}${hint ? `; did you mean ${hint}?` : ''}`;
  }
  const missing = /^Option '(--[\w-]+)[^']*' argument missing/.exec(message);
  if (missing) return `${missing[1]} needs a value`;
  const noValue = /^Option '(--[\w-]+)[^']*' does not take an argument/.exec(message);
  if (noValue) return `${noValue[1]} takes no value`;
  return terminalSafe(message.split('\n')[0]!.replace(/\.$/, ''));
}

/** The closest known flag, if it is close: two edits for a long flag (a transposition is two), one for a short one. */
function didYouMean(flag: string): string | undefined {
  const word = flag.replace(/^-+/, '').replace(/=.*$/, '');
  let best: { name: string; distance: number } | undefined;
  for (const name of Object.keys(OPTIONS)) {
    const distance = editDistance(word.toLowerCase(), name, 3);
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (!best) return undefined;
  const limit = best.name.length <= 4 ? 1 : 2;
  return best.distance <= limit ? `--${best.name}` : undefined;
}
