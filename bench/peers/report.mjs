// Turns the raw results of bench/run-peers.sh (one folder per target) into Markdown tables.
//   node report.mjs OUT_DIR
// In-process MB/s: bytes of the target / mean time of one pass (MB = 10^6 bytes). GPSBabel has no library
// entry point, so its in-process time is the marginal cost of one more pass inside one process:
// (t(K passes) - t(1 pass)) / (K - 1), from hyperfine means. Records/s uses the record-message count our
// decoder reports for the same files (fit-file-parser's own count is shown when it differs).
// Ratios are "how many times faster HybridCoach's message mode is": ours MB/s ÷ peer MB/s in-process,
// peer time ÷ our time for the whole process. MB per CPU-second divides by the CPU time of all the
// process's threads (GC included) instead of wall time: the steadier figure on a shared machine, and
// the literal "MB/s on one core".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.argv[2];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const readJsonLines = (path) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
const fixed = (value, digits = 1) => (value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const grouped = (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');
const ratio = (value) => (Number.isFinite(value) ? `${value.toFixed(1)}×` : '–');

function loadTarget(name) {
  const dir = join(out, 'targets', name);
  const meta = readJson(join(dir, 'meta.json'));
  const [ourMessages, ourColumns] = readJsonLines(join(dir, 'inproc-ours.jsonl'));
  const [node] = readJsonLines(join(dir, 'inproc-node.jsonl'));
  const [concurrentMessages, concurrentColumns] = readJsonLines(join(dir, 'inproc-ours-concurrent-gc.jsonl'));
  const babelRuns = readJson(join(dir, 'gpsbabel-inproc.json')).results;
  const whole = Object.fromEntries(readJson(join(dir, 'whole.json')).results
    .map((result) => [result.command, (result.mean / meta.files) * 1e3]));
  const marginalS = (babelRuns[1].mean - babelRuns[0].mean) / (meta.repeat - 1);
  const cpu = (run) => run.user + run.system;
  const marginalCpuS = (cpu(babelRuns[1]) - cpu(babelRuns[0])) / (meta.repeat - 1);
  const bytes = ourMessages.bytes;
  const records = ourMessages.records;
  const babel = { mb_per_s: bytes / 1e6 / marginalS, records_per_s: records / marginalS, mb_per_cpu_s: bytes / 1e6 / marginalCpuS };
  return {
    name, files: meta.files, bytes, records, nodeRecords: node.records,
    native: { messages: whole['hybridcoach native messages'] ?? NaN, columns: whole['hybridcoach native columns'] ?? NaN },
    rows: [
      { tool: 'HybridCoach', mode: 'messages', inproc: ourMessages, wholeMs: whole['hybridcoach messages'] },
      { tool: 'HybridCoach', mode: 'columns', inproc: ourColumns, wholeMs: whole['hybridcoach columns'] },
      { tool: 'fit-file-parser 6.1.2', mode: 'messages', inproc: node, wholeMs: whole['fit-file-parser messages'] },
      { tool: 'GPSBabel garmin_fit', mode: 'reader (tracks)', inproc: babel, wholeMs: whole['gpsbabel garmin_fit'] },
    ],
    concurrentGc: [
      { tool: 'HybridCoach', mode: 'messages, concurrent GC', inproc: concurrentMessages },
      { tool: 'HybridCoach', mode: 'columns, concurrent GC', inproc: concurrentColumns },
    ],
  };
}

function detailTable(targets) {
  const lines = [
    '| target | tool | mode | in-process MB/s | in-process records/s | in-process MB per CPU-s | whole process, ms per file | ours ÷ peer, in-process | ours ÷ peer, in-process CPU | ours ÷ peer, whole process |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const target of targets) {
    const ours = target.rows[0];
    const label = `${target.name} (${target.files} file${target.files > 1 ? 's' : ''}, ${fixed(target.bytes / 1e6, 2)} MB, ${grouped(target.records)} records)`;
    for (const row of [...target.rows.slice(0, 2), ...target.concurrentGc, ...target.rows.slice(2)]) {
      const peer = row.tool !== 'HybridCoach';
      if (row.wholeMs === undefined) row.wholeMs = NaN;
      lines.push(`| ${label} | ${row.tool} | ${row.mode} | ${fixed(row.inproc.mb_per_s)} | ${grouped(row.inproc.records_per_s)} | `
        + `${fixed(row.inproc.mb_per_cpu_s)} | ${fixed(row.wholeMs)} | ${peer ? ratio(ours.inproc.mb_per_s / row.inproc.mb_per_s) : ''} | `
        + `${peer ? ratio(ours.inproc.mb_per_cpu_s / row.inproc.mb_per_cpu_s) : ''} | ${peer ? ratio(row.wholeMs / ours.wholeMs) : ''} |`);
    }
  }
  return lines.join('\n');
}

function summaryTable(targets, key, unit) {
  const lines = [
    `| target | ours, messages ${unit} | ours, columns ${unit} | fit-file-parser ${unit} | GPSBabel ${unit} | ours (messages) ÷ fit-file-parser | ours (messages) ÷ GPSBabel | ours with concurrent GC: messages / columns |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const target of targets) {
    const [messages, columns, node, babel] = target.rows.map((row) => row.inproc[key]);
    const [concurrentMessages, concurrentColumns] = target.concurrentGc.map((row) => row.inproc[key]);
    lines.push(`| ${target.name} | ${fixed(messages)} | ${fixed(columns)} | ${fixed(node)} | ${fixed(babel)} | ${ratio(messages / node)} | ${ratio(messages / babel)} | `
      + `${fixed(concurrentMessages)} / ${fixed(concurrentColumns)} |`);
  }
  return lines.join('\n');
}

function wholeProcessTable(targets) {
  const lines = [
    '| target | ours, messages | ours, columns | ours native, messages | ours native, columns | fit-file-parser | GPSBabel | fit-file-parser ÷ ours (messages) | GPSBabel ÷ ours (messages) | GPSBabel ÷ ours native (messages) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const target of targets) {
    const [messages, columns, node, babel] = target.rows.map((row) => row.wholeMs);
    const { messages: nativeMessages, columns: nativeColumns } = target.native;
    lines.push(`| ${target.name} | ${fixed(messages)} | ${fixed(columns)} | ${fixed(nativeMessages)} | ${fixed(nativeColumns)} | ${fixed(node)} | ${fixed(babel)} | `
      + `${ratio(node / messages)} | ${ratio(babel / messages)} | ${ratio(babel / nativeMessages)} |`);
  }
  return lines.join('\n');
}

const targets = readFileSync(join(out, 'targets.txt'), 'utf8').trim().split('\n').map(loadTarget);
console.log('### In-process after warm-up, MB/s (wall clock; ratio = how many times faster our message mode is)\n');
console.log(summaryTable(targets, 'mb_per_s', 'MB/s'));
console.log('\n### In-process after warm-up, MB per CPU-second (one core)\n');
console.log(summaryTable(targets, 'mb_per_cpu_s', 'MB/CPU-s'));
console.log('\n### Whole process, ms per file (start-up included; for the corpus, the mean over its files)\n');
console.log(wholeProcessTable(targets));
console.log('\n### Detail\n');
console.log(detailTable(targets));
const differing = targets.filter((target) => target.nodeRecords !== target.records);
if (differing.length > 0) {
  console.log('\nRecord counts differ between decoders on: '
    + differing.map((target) => `${target.name} (ours ${target.records}, fit-file-parser ${target.nodeRecords})`).join('; ')
    + '. fit-file-parser reads only the first FIT segment of a chained file.');
}
