// Decodes one FIT file with the independent fit-file-parser package and prints a JSON summary
// (record count, session totals, first and last record) to compare with what HybridCoach encoded.
import { readFile } from 'node:fs/promises';
import FitParser from 'fit-file-parser';

const path = process.argv[2];
if (!path) {
  console.error('usage: node check.mjs FILE.fit');
  process.exit(2);
}

const parser = new FitParser({ force: false, speedUnit: 'm/s', lengthUnit: 'm', mode: 'list' });
const data = await parser.parseAsync(await readFile(path));
const session = (data.sessions ?? [])[0] ?? {};
const records = data.records ?? [];
const activity = data.activity ?? {};
const pick = (o, keys) => Object.fromEntries(keys.filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

console.log(JSON.stringify({
  file: path,
  protocol_version: data.protocolVersion,
  profile_version: data.profileVersion,
  file_id: pick((data.file_ids ?? [])[0] ?? {}, ['type', 'manufacturer', 'product', 'serial_number', 'time_created']),
  record_count: records.length,
  lap_count: (data.laps ?? []).length,
  first_lap: pick((data.laps ?? [])[0] ?? {}, ['total_elapsed_time', 'total_distance', 'avg_speed', 'avg_heart_rate', 'intensity', 'lap_trigger']),
  event_count: (data.events ?? []).length,
  session: pick(session, ['sport', 'sub_sport', 'start_time', 'total_elapsed_time', 'total_timer_time',
    'total_distance', 'avg_speed', 'enhanced_avg_speed', 'max_speed', 'avg_heart_rate', 'max_heart_rate',
    'avg_cadence', 'total_ascent', 'total_descent', 'num_laps']),
  activity: pick(activity, ['timestamp', 'local_timestamp', 'total_timer_time', 'num_sessions']),
  first_record: records[0] ?? null,
  last_record: records[records.length - 1] ?? null,
}, null, 2));
