// Decodes the FIT workout files HybridCoach wrote with the independent fit-file-parser package and compares
// file_id, workout and every workout_step with the expectations in DIR/expected.json (written by the .NET test
// FitWorkoutCrossCheckTests from a hand-worked table). Enum fields are compared by their profile names, so our
// enum numbers are checked against fit-file-parser's own profile tables. A null expectation means "absent".
// Prints a JSON report; exits 1 when anything differs, 2 on bad usage.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import FitParser from 'fit-file-parser';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node check-workouts.mjs DIR   (DIR holds the .fit files and expected.json)');
  process.exit(2);
}

const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8'));
const mismatches = [];
let stepsChecked = 0;

// fit-file-parser decodes message_index as { value, reserved, selected } (the message_index type's bit fields).
const plain = (value) => (value !== null && typeof value === 'object' && 'value' in value ? value.value : value);

const compare = (where, field, want, got) => {
  const wanted = want === null ? undefined : want;
  if (wanted !== got) mismatches.push({ where, field, expected: want, actual: got ?? null });
};

for (const workout of expected.workouts) {
  // force: false makes a header or file CRC mismatch an error.
  const parser = new FitParser({ force: false, mode: 'list' });
  let data;
  try {
    data = await parser.parseAsync(await readFile(join(dir, workout.file)));
  } catch (error) {
    mismatches.push({ where: workout.file, field: 'decode', expected: 'clean decode', actual: String(error) });
    continue;
  }
  const fileId = (data.file_ids ?? [])[0] ?? {};
  compare(workout.file, 'file_id.type', 'workout', fileId.type);
  const messages = data.messages ?? {};
  const header = (messages.workout ?? [])[0] ?? {};
  for (const field of ['wkt_name', 'sport', 'sub_sport', 'num_valid_steps']) {
    compare(workout.file, `workout.${field}`, workout[field], header[field]);
  }
  const steps = messages.workout_step ?? [];
  compare(workout.file, 'workout_step count', workout.steps.length, steps.length);
  workout.steps.forEach((want, i) => {
    const got = steps[i] ?? {};
    for (const [field, value] of Object.entries(want)) {
      compare(`${workout.file} step ${i}`, field, value, plain(got[field]));
    }
    stepsChecked++;
  });
}

console.log(JSON.stringify({
  decoder: 'fit-file-parser',
  files: expected.workouts.length,
  steps_checked: stepsChecked,
  mismatches,
}, null, 2));
process.exit(mismatches.length === 0 ? 0 : 1);
