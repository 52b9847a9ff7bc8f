// Times fit-file-parser (npm) on FIT files, for bench/run-peers.sh.
//
//   node parse.mjs FILE...                          whole process: parse each file once, print nothing
//   node parse.mjs --inproc [--min-seconds S] FILE...
//       in-process: read every file into memory, warm up, then parse the whole list again and again
//       until S seconds (default 3) have passed; print one JSON line with the mean time of one pass.
//
// The parser runs with its default options (mode 'list', every message built with scaled values), which
// is what a typical user of the package gets and the like-for-like match for HybridCoach's message mode.
import { readFileSync } from 'node:fs';
import FitParser from 'fit-file-parser';

const parser = new FitParser();

function parseOnce(content, name) {
  let result;
  parser.parse(content, (error, data) => {
    if (error) throw new Error(`${name}: ${error}`);
    result = data;
  });
  return result;
}

function parsePass(files) {
  let records = 0;
  for (const file of files) records += parseOnce(file.content, file.name).records.length;
  return records;
}

// CPU time (all threads, so GC work counts) next to wall time: on a shared machine it is the steadier figure.
function runPasses(files, minSeconds) {
  const cpuAtStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let passes = 0;
  let elapsedNs = 0n;
  let records = 0;
  while (passes < 3 || Number(elapsedNs) / 1e9 < minSeconds) {
    records = parsePass(files);
    passes++;
    elapsedNs = process.hrtime.bigint() - start;
  }
  const cpu = process.cpuUsage(cpuAtStart);
  return { passes, seconds: Number(elapsedNs) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, records };
}

function inProcess(paths, minSeconds) {
  const files = paths.map((path) => ({ name: path, content: readFileSync(path) }));
  const bytes = files.reduce((sum, file) => sum + file.content.length, 0);
  // Warm-up: let V8 optimise the hot paths before timing (at least 1 s or 3 passes).
  runPasses(files, 1);
  const run = runPasses(files, minSeconds);
  const meanPassS = run.seconds / run.passes;
  const meanPassCpuS = run.cpuSeconds / run.passes;
  console.log(JSON.stringify({
    tool: 'fit-file-parser',
    mode: 'messages',
    files: files.length,
    bytes,
    records: run.records,
    passes: run.passes,
    mean_pass_ms: meanPassS * 1e3,
    mb_per_s: bytes / 1e6 / meanPassS,
    records_per_s: run.records / meanPassS,
    mean_pass_cpu_ms: meanPassCpuS * 1e3,
    mb_per_cpu_s: bytes / 1e6 / meanPassCpuS,
  }));
}

const args = process.argv.slice(2);
if (args[0] === '--inproc') {
  let minSeconds = 3;
  let rest = args.slice(1);
  if (rest[0] === '--min-seconds') {
    minSeconds = Number(rest[1]);
    rest = rest.slice(2);
  }
  inProcess(rest, minSeconds);
} else {
  for (const path of args) parseOnce(readFileSync(path), path);
}
