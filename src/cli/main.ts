import { readFile } from 'node:fs/promises';
import { CATALOG, similarCodes } from '../core/catalog/index.js';
import { lookupWithFallback } from '../core/explain.js';
import { parseHar, readErrorReason } from '../core/har.js';
import { isProvider, PROVIDERS } from '../core/provider.js';
import { QUERY_KEYS } from '../core/query/keys.js';
import { compileQuery, queryRowFromRecord } from '../core/query/match-query.js';
import { invalidTerms, parseQuery, type ParsedQuery } from '../core/query/parse-query.js';
import { scanEntries, type ScanReport } from '../core/report.js';
import { parseArgs, UsageError, type Args } from './args.js';
import { clean, formatTable } from './table.js';

export const USAGE = `Usage:
  cloud-errors scan FILE.har [--json] [--fail-on-error]   list the failed cloud calls in a HAR file ("-" reads stdin)
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
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
}

/** Runs one command; returns the exit code. Every failure is one line on stderr, never a stack trace. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`cloud-errors: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.flags.has('--help') || args.flags.has('-h')) {
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
        io.stdout(JSON.stringify(CATALOG.map(catalogRecord), null, 2) + '\n');
        return 0;
      default:
        throw new UsageError(args.command ? `unknown command "${args.command}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`cloud-errors: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`cloud-errors: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

async function scan(args: Args, io: Io): Promise<number> {
  const file = args.positional[0];
  if (file === undefined) throw new UsageError('scan needs a HAR file (or - for standard input)');
  const name = file === '-' ? 'standard input' : file;
  const filter = args.options.get('--filter');
  const query = filter === undefined ? undefined : parseQuery(filter);
  if (query) {
    // The panel ignores a bad term while the user types; a script's filter is fixed, so a bad term is an error.
    const bad = invalidTerms(query);
    if (bad.length > 0) {
      io.stderr(`cloud-errors: ${clean(`--filter: ${bad.map((t) => `"${t.raw}": ${t.reason ?? 'invalid'}`).join('; ')}`)}\n`);
      return 2;
    }
  }
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : readErrorReason(e);
    io.stderr(`cloud-errors: ${name}: cannot read: ${clean(why)}\n`);
    return 2;
  }
  const parsed = parseHar(text);
  if (!parsed.ok) {
    io.stderr(`cloud-errors: ${name}: ${parsed.error}\n`);
    return 2;
  }
  const report = filterReport(scanEntries(parsed.har.log.entries), query);
  if (args.flags.has('--json')) io.stdout(JSON.stringify(report, null, 2) + '\n');
  else io.stdout(formatTable(report, filter ? `${name} (filter: ${clean(filter)})` : name));
  return args.flags.has('--fail-on-error') && report.findings.length > 0 ? 1 : 0;
}

/** Keeps the findings the query matches; `scanned` and `skipped` still describe the whole file. */
function filterReport(report: ScanReport, query: ParsedQuery | undefined): ScanReport {
  if (!query || query.terms.length === 0) return report;
  const match = compileQuery(query);
  return { ...report, findings: report.findings.filter((f) => match(queryRowFromRecord(f))) };
}

function explainCommand(args: Args, io: Io): number {
  const code = args.positional[0];
  if (!code) throw new UsageError('explain needs a CODE');
  const provider = args.options.get('--provider');
  if (provider !== undefined && !isProvider(provider)) throw new UsageError(`unknown provider "${provider}" (one of ${PROVIDERS.join(', ')})`);
  const providers = provider ? [provider] : PROVIDERS;
  const all = providers.flatMap((p) => {
    const found = lookupWithFallback(p, code);
    return found ? [{ ...catalogRecord(found.entry), queried: code, inferred: found.inferred }] : [];
  });
  // Without --provider, a parent-code guess from another provider is noise when some provider lists the code itself.
  const exact = all.filter((m) => !m.inferred);
  const matches = exact.length > 0 ? exact : all;
  if (args.flags.has('--json')) {
    io.stdout(JSON.stringify(matches, null, 2) + '\n');
  } else if (matches.length === 0) {
    const similar = similarCodes(code, provider);
    const hint = similar.length > 0 ? `; did you mean ${similar.map((e) => `${e.code} (${e.provider})`).join(', ')}?` : '';
    io.stdout(`${clean(code)}: not in the catalog${provider ? ` of ${provider}` : ''}${hint}\n`);
  } else {
    // A code can mean different things per provider (InvalidAction, MissingParameter): show each.
    for (const m of matches) {
      io.stdout(
        [
          `${m.code} (${m.provider})${m.inferred ? ` — ${code} is not listed; this is its parent code` : ''}`,
          `  meaning:  ${m.meaning}`,
          `  fix:      ${m.remediation}`,
          `  category: ${m.category}; retry can help: ${m.retryable ? 'yes' : 'no'}${m.httpStatus ? `; HTTP ${m.httpStatus}` : ''}`,
          ...(m.docsUrl ? [`  docs:     ${m.docsUrl}`] : []),
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
  readFile: (p) => readFile(p, 'utf8'),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};
