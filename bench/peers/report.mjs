// Turns the raw results of bench/run-peers.sh (one folder per target) into Markdown tables.
//   node report.mjs OUT_DIR
// In-process MB/s: bytes of the target / mean time of one pass (MB = 10^6 bytes). GPSBabel has no library
// entry point, so its in-process time is the marginal cost of one more pass inside one process:
// (t(K passes) - t(1 pass)) / (K - 1), from hyperfine means. Records/s uses the record-message count our
// decoder reports for the same files (fit-file-parser's own count is shown when it differs).
// Ratios are "how many times faster HybridCoach's message mode is": ours MB/s ÷ peer MB/s in-process,
// peer time ÷ our time for the whole process.
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
  const babelRuns = readJson(join(dir, 'gpsbabel-inproc.json')).results;
  const whole = Object.fromEntries(readJson(join(dir, 'whole.json')).results
    .map((result) => [result.command, (result.mean / meta.files) * 1e3]));
  const marginalS = (babelRuns[1].mean - babelRuns[0].mean) / (meta.repeat - 1);
  const bytes = ourMessages.bytes;
  const records = ourMessages.records;
  const babel = { mb_per_s: bytes / 1e6 / marginalS, records_per_s: records / marginalS };
  return {
    name, files: meta.files, bytes, records, nodeRecords: node.records,
    rows: [
      { tool: 'HybridCoach', mode: 'messages', inproc: ourMessages, wholeMs: whole['hybridcoach messages'] },
      { tool: 'HybridCoach', mode: 'columns', inproc: ourColumns, wholeMs: whole['hybridcoach columns'] },
      { tool: 'fit-file-parser 6.1.2', mode: 'messages', inproc: node, wholeMs: whole['fit-file-parser messages'] },
      { tool: 'GPSBabel garmin_fit', mode: 'reader (tracks)', inproc: babel, wholeMs: whole['gpsbabel garmin_fit'] },
    ],
  };
}

function detailTable(targets) {
  const lines = [
    '| target | tool | mode | in-process MB/s | in-process records/s | whole process, ms per file | ours ÷ peer, in-process | ours ÷ peer, whole process |',
    '|---|---|---|---:|---:|---:|---:|---:|',
  ];
  for (const target of targets) {
    const ours = target.rows[0];
    const label = `${target.name} (${target.files} file${target.files > 1 ? 's' : ''}, ${fixed(target.bytes / 1e6, 2)} MB, ${grouped(target.records)} records)`;
    for (const row of target.rows) {
      const peer = row.tool !== 'HybridCoach';
      lines.push(`| ${label} | ${row.tool} | ${row.mode} | ${fixed(row.inproc.mb_per_s)} | ${grouped(row.records_per_s ?? row.inproc.records_per_s)} | `
        + `${fixed(row.wholeMs)} | ${peer ? ratio(ours.inproc.mb_per_s / row.inproc.mb_per_s) : ''} | ${peer ? ratio(row.wholeMs / ours.wholeMs) : ''} |`);
    }
  }
  return lines.join('\n');
}

function summaryTable(targets) {
  const lines = [
    '| target | ours, messages MB/s | ours, columns MB/s | fit-file-parser MB/s | GPSBabel MB/s | ours ÷ fit-file-parser | ours ÷ GPSBabel | whole process ms/file: ours (messages) / fit-file-parser / GPSBabel |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const target of targets) {
    const [messages, columns, node, babel] = target.rows;
    lines.push(`| ${target.name} | ${fixed(messages.inproc.mb_per_s)} | ${fixed(columns.inproc.mb_per_s)} | ${fixed(node.inproc.mb_per_s)} | ${fixed(babel.inproc.mb_per_s)} | `
      + `${ratio(messages.inproc.mb_per_s / node.inproc.mb_per_s)} | ${ratio(messages.inproc.mb_per_s / babel.inproc.mb_per_s)} | `
      + `${fixed(messages.wholeMs)} / ${fixed(node.wholeMs)} / ${fixed(babel.wholeMs)} |`);
  }
  return lines.join('\n');
}

const targets = readFileSync(join(out, 'targets.txt'), 'utf8').trim().split('\n').map(loadTarget);
console.log('### Summary (in-process after warm-up; ratio = how many times faster our message mode is)\n');
console.log(summaryTable(targets));
console.log('\n### Detail\n');
console.log(detailTable(targets));
const differing = targets.filter((target) => target.nodeRecords !== target.records);
if (differing.length > 0) {
  console.log('\nRecord counts differ between decoders on: '
    + differing.map((target) => `${target.name} (ours ${target.records}, fit-file-parser ${target.nodeRecords})`).join('; ')
    + '. fit-file-parser reads only the first FIT segment of a chained file.');
}
