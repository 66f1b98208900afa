import { createReadStream } from 'node:fs';
import { CATALOG, similarCodes } from '../core/catalog/index.js';
import { lookupWithFallback } from '../core/explain.js';
import { isProvider, PROVIDERS } from '../core/provider.js';
import { QUERY_KEYS } from '../core/query/keys.js';
import { compileQuery } from '../core/query/match-query.js';
import { invalidTerms, parseQuery } from '../core/query/parse-query.js';
import type { FindingRecord, SkippedRecord } from '../core/report.js';
import { safeLink } from '../core/safe-link.js';
import { terminalSafe } from '../core/terminal-safe.js';
import { parseArgs, UsageError, type Args } from './args.js';
import { GzipError, gunzipIfNeeded } from './gunzip.js';
import { JsonReportWriter } from './json-report.js';
import { queryRowFromRecord } from './query-row.js';
import { scanStream } from './scan-stream.js';
import { formatTable } from './table.js';

const USAGE = `Usage:
  cloud-errors scan FILE.har [--json] [--fail-on-error]   list the failed cloud calls in a HAR file ("-" reads stdin;
                                                          .har.gz or any gzip is read as well), streamed entry by entry
      [--filter QUERY]                                    keep only the findings QUERY matches, e.g. "provider:aws -code:Throttling*"
  cloud-errors explain CODE [--provider P] [--json]       what a code means and how to fix it
  cloud-errors catalog --json                             every catalog entry

Filter: terms combine with AND: free text, key:value, -term (not), /regex/i. Keys: ${QUERY_KEYS.join(', ')}.
  code:AuthFailure* (prefix)  status:>=500  status:4xx  status:400-499  category:throttling  retryable:yes
  host:aliyuncs.com  message:"not found"

Exit codes: 0 ok; 1 findings with --fail-on-error, or an unknown code for explain; 2 bad input or usage.
Providers: ${PROVIDERS.join(', ')}`;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as bytes, as they come. */
  stdin: () => AsyncIterable<Uint8Array>;
  /** A file's bytes, as they are read; errors (no such file…) come from the iteration. */
  openFile: (path: string) => AsyncIterable<Uint8Array>;
}

/** One line on stderr: a usage error says where the usage is, not the whole of it. */
function usageLine(message: string): string {
  return `cloud-errors: ${message} (cloud-errors --help shows the usage)\n`;
}

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(usageLine((e as Error).message));
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE + '\n');
    return 0;
  }
  try {
    switch (args.command) {
      case 'scan':
        return await scan(args, io);
      case 'explain':
        return explainCommand(args, io);
      case 'catalog':
        if (args.positional.length > 0) throw new UsageError('catalog takes no arguments');
        io.stdout(JSON.stringify(CATALOG.map(catalogRecord), null, 2) + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `unknown command "${terminalSafe(args.command)}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(usageLine(e.message));
      return 2;
    }
    io.stderr(`cloud-errors: ${terminalSafe(e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
}

async function scan(args: Args, io: Io): Promise<number> {
  const [file, ...extra] = args.positional;
  if (file === undefined) throw new UsageError('scan needs a HAR file (or - for standard input)');
  if (extra.length > 0) throw new UsageError(`scan takes one HAR file, not ${args.positional.length}`);
  const name = file === '-' ? 'standard input' : terminalSafe(file);
  const filter = args.filter;
  const query = filter === undefined ? undefined : parseQuery(filter);
  if (query) {
    // The panel ignores a bad term while the user types; a script's filter is fixed, so a bad term is an error.
    const bad = invalidTerms(query);
    if (bad.length > 0) {
      io.stderr(`cloud-errors: ${terminalSafe(`--filter: ${bad.map((t) => `"${t.raw}": ${t.reason ?? 'invalid'}`).join('; ')}`)}\n`);
      return 2;
    }
  }
  const keep = query && query.terms.length > 0 ? compileQuery(query) : undefined;
  const json = args.json ? new JsonReportWriter(io.stdout) : undefined;
  const findings: FindingRecord[] = [];
  const skipped: SkippedRecord[] = [];
  let kept = 0;
  const source = gunzipIfNeeded(file === '-' ? io.stdin() : io.openFile(file));
  const result = await scanStream(source, {
    finding: (record) => {
      if (keep && !keep(queryRowFromRecord(record))) return;
      kept++;
      if (json) json.finding(record);
      else findings.push(record);
    },
    skipped: (record) => (json ? json.skip(record) : skipped.push(record)),
  });
  // What was found before a problem is still printed; the problem is then one line on stderr, and exit 2.
  if (result.ok || kept > 0) {
    if (json) json.end(result.scanned);
    else io.stdout(formatTable({ scanned: result.scanned, findings, skipped }, filter ? `${name} (filter: ${terminalSafe(filter)})` : name));
  }
  if (!result.ok) {
    io.stderr(
      `cloud-errors: ${name}: ${'problem' in result ? `${terminalSafe(result.problem.message)} at byte ${result.problem.offset}` : readProblem(result.readError)}\n`,
    );
    return 2;
  }
  return args.failOnError && kept > 0 ? 1 : 0;
}

function readProblem(e: unknown): string {
  if (e instanceof GzipError) return terminalSafe(e.message);
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EACCES'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'is a directory'
          : e instanceof Error
            ? e.message
            : String(e);
  return `cannot read: ${terminalSafe(why)}`;
}

function explainCommand(args: Args, io: Io): number {
  const code = args.positional[0];
  if (!code) throw new UsageError('explain needs a CODE');
  if (args.positional.length > 1) throw new UsageError('explain takes one CODE');
  const provider = args.provider;
  if (provider !== undefined && !isProvider(provider)) throw new UsageError(`unknown provider "${terminalSafe(provider)}" (one of ${PROVIDERS.join(', ')})`);
  const providers = provider ? [provider] : PROVIDERS;
  const all = providers.flatMap((p) => {
    const found = lookupWithFallback(p, code);
    return found ? [{ ...catalogRecord(found.entry), queried: code, inferred: found.inferred }] : [];
  });
  // Without --provider, a parent-code guess from another provider is noise when some provider lists the code itself.
  const exact = all.filter((m) => !m.inferred);
  const matches = exact.length > 0 ? exact : all;
  if (args.json) {
    io.stdout(JSON.stringify(matches, null, 2) + '\n');
  } else if (matches.length === 0) {
    const similar = similarCodes(code, provider);
    const hint = similar.length > 0 ? `; did you mean ${similar.map((e) => `${e.code} (${e.provider})`).join(', ')}?` : '';
    io.stdout(`${terminalSafe(code)}: not in the catalog${provider ? ` of ${provider}` : ''}${hint}\n`);
  } else {
    // A code can mean different things per provider (InvalidAction, MissingParameter): show each.
    for (const m of matches) {
      io.stdout(
        [
          `${m.code} (${m.provider})${m.inferred ? ` — ${terminalSafe(code)} is not listed; this is its parent code` : ''}`,
          `  meaning:  ${m.meaning}`,
          `  fix:      ${m.remediation}`,
          `  category: ${m.category}; retry can help: ${m.retryable ? 'yes' : 'no'}${m.httpStatus ? `; HTTP ${m.httpStatus}` : ''}`,
          ...(safeLink(m.docsUrl) ? [`  docs:     ${safeLink(m.docsUrl)}`] : []),
          `  source:   ${m.source}`,
          '',
        ].join('\n'),
      );
    }
  }
  return matches.length > 0 ? 0 : 1;
}

function catalogRecord(e: (typeof CATALOG)[number]) {
  return {
    provider: e.provider,
    code: e.code,
    meaning: e.meaning,
    remediation: e.remediation,
    category: e.category,
    retryable: e.retryable,
    httpStatus: e.httpStatus ?? null,
    docsUrl: e.docsUrl ?? null,
    source: e.source,
  };
}

export const nodeIo: Io = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  // 1 MB reads: fewer, larger chunks for the splitter; memory stays a few chunks.
  openFile: (p) => createReadStream(p, { highWaterMark: 1 << 20 }),
  stdin: () => process.stdin,
};
