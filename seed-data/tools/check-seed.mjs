// Checks seed-data/taxonomy.json and seed-data/listings.json against docs/import-format.md.
// Usage: node seed-data/tools/check-seed.mjs   (exit code 1 and a list of problems if anything fails)
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (f) => JSON.parse(readFileSync(join(dir, f), 'utf8'));
const { dimensions } = read('taxonomy.json');
const { listings } = read('listings.json');
const errors = [];
const fail = (where, msg) => errors.push(`${where}: ${msg}`);

// ---------- taxonomy ----------
const DIMENSIONS = ['gender', 'ethnicity-culture', 'parenthood-family', 'lgbt-plus', 'criminal-justice', 'age', 'carers', 'faith',
  'disability-deaf', 'specific-experiences', 'format', 'activity'];
const FORMAT_TAGS = { Group: 'group', OneToOne: 'one-to-one', InPerson: 'in-person', Online: 'online', Phone: 'phone' };
const tagSlugs = new Set();
if (JSON.stringify(dimensions.map((d) => d.slug)) !== JSON.stringify(DIMENSIONS)) fail('taxonomy', `dimensions must be ${DIMENSIONS}`);
for (const d of dimensions) {
  if (!d.name || !d.description) fail(`dimension ${d.slug}`, 'needs name and description');
  if (d.tags.length < 4 || d.tags.length > 10) fail(`dimension ${d.slug}`, `has ${d.tags.length} tags (want 4-10)`);
  for (const t of d.tags) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t.slug)) fail(`tag ${t.slug}`, 'slug must be lowercase-hyphenated');
    if (tagSlugs.has(t.slug)) fail(`tag ${t.slug}`, 'duplicate slug');
    tagSlugs.add(t.slug);
    if (!t.name || !t.description || !Array.isArray(t.synonyms) || t.synonyms.length === 0) fail(`tag ${t.slug}`, 'needs name, description and synonyms');
  }
}
const formatDim = dimensions.find((d) => d.slug === 'format');
if (formatDim && JSON.stringify(formatDim.tags.map((t) => t.slug).sort()) !== JSON.stringify(Object.values(FORMAT_TAGS).sort())) fail('format', `tags must be exactly ${Object.values(FORMAT_TAGS)}`);
const findable = (word) => dimensions.flatMap((d) => d.tags).filter((t) => [t.name, ...t.synonyms].some((s) => s.toLowerCase() === word.toLowerCase()));
for (const w of ['gay', 'lesbian', 'queer', 'bisexual', 'trans', 'mum', 'mom', 'new mother', 'postnatal', 'antenatal', 'pregnancy', 'ex-offender',
  'prison leaver', 'ex-prisoner', 'probation', 'BAME', 'BME', 'Black', 'Asian', 'South Asian', 'African Caribbean', 'Gypsy Roma Traveller',
  'BPD', 'EUPD', 'zoom', 'video', 'virtual', 'telephone', 'face to face', '1:1', 'one to one']) {
  if (!findable(w).length) fail('synonyms', `no tag is found by "${w}"`);
}

// ---------- listings ----------
const ENUMS = {
  hostType: ['UserLed', 'VoluntarySector', 'Nhs', 'Informal'], runBy: ['PeerLed', 'PeersWithStaff', 'Professional'],
  joinBy: ['DropIn', 'ContactFirst', 'Referral'], cost: ['Free', 'Donation', 'Paid'], status: ['Draft', 'Pending', 'Published', 'Paused', 'Lapsed', 'Archived'],
};
const FORMATS = Object.keys(FORMAT_TAGS);
const ACCESS = ['StepFree', 'AccessibleToilet', 'HearingLoop', 'Bsl', 'QuietSpace', 'ChildrenWelcome', 'LargePrint'];
const CONTACTS = ['Email', 'Phone', 'Text', 'Website', 'Booking'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SCHEDULES = ['Weekly', 'Fortnightly', 'MonthlyNthWeekday', 'OneOff', 'ByArrangement'];
const AREAS = ['National', 'Radius', 'Region'];
// Ofcom drama numbers, as written in the seed (see README).
const DRAMA_PHONE = /^(01[1-9]1 49[68] 0\d{3}|011[3-8] 496 0\d{3}|020 7946 0\d{3}|029 2018 0\d{3}|028 9649 6\d{3}|01632 960\d{3}|07700 900\d{3}|0808 157 0\d{3})$/;
const inGB = (lat, lon) => typeof lat === 'number' && typeof lon === 'number' && lat >= 49.8 && lat <= 60.9 && lon >= -8.7 && lon <= 1.8;
const isDate = (s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s + 'T00:00:00Z'));
const isTime = (s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);

const ids = new Set();
const used = Object.fromEntries([...tagSlugs].map((s) => [s, 0]));
const seen = { format: new Set(), schedule: new Set(), area: new Set(), nth: new Set(), access: new Set(), contact: new Set() };
const count = (bucket, key) => (bucket[key] = (bucket[key] ?? 0) + 1);
const stats = { status: {}, format: {}, area: {}, hostType: {}, runBy: {}, joinBy: {}, cost: {} };

listings.forEach((l, i) => {
  const at = `#${i + 1} ${l.externalId ?? '(no id)'}`;
  const bad = (msg) => fail(at, msg);
  for (const f of ['externalId', 'name', 'summary', 'hostType', 'runBy', 'joinBy', 'cost']) if (!l[f]) bad(`missing ${f}`);
  if (ids.has(l.externalId)) bad('duplicate externalId');
  ids.add(l.externalId);
  if (l.externalId?.length > 100) bad('externalId over 100 characters');
  if (l.name?.length > 150) bad('name over 150 characters');
  if (l.summary?.length > 300) bad(`summary is ${l.summary.length} characters (max 300)`);
  for (const [f, values] of Object.entries(ENUMS)) if (l[f] !== undefined && !values.includes(l[f])) bad(`${f} "${l[f]}" is not one of ${values}`);
  for (const f of Object.keys(stats)) if (f !== 'format' && f !== 'area') count(stats[f], l[f] ?? 'Published');

  if (!Array.isArray(l.formats) || !l.formats.length) bad('needs at least one format');
  for (const f of l.formats ?? []) if (!FORMATS.includes(f)) bad(`format "${f}"`); else seen.format.add(f);
  const hybrid = l.formats?.includes('InPerson') && l.formats.includes('Online');
  count(stats.format, hybrid ? 'Hybrid (InPerson+Online)' : [...l.formats].sort().join('+'));
  if (hybrid) seen.format.add('Hybrid');

  const published = (l.status ?? 'Published') === 'Published';
  for (const t of l.tags ?? []) {
    if (!tagSlugs.has(t)) bad(`unknown tag "${t}"`);
    else if (Object.values(FORMAT_TAGS).includes(t)) bad(`format tag "${t}" belongs in formats, not tags`);
    else if (published) used[t]++;
  }
  if (published) for (const f of new Set(l.formats)) if (FORMAT_TAGS[f]) used[FORMAT_TAGS[f]]++;
  for (const a of l.accessibility ?? []) if (!ACCESS.includes(a)) bad(`accessibility "${a}"`); else seen.access.add(a);

  for (const c of l.contacts ?? []) {
    if (!CONTACTS.includes(c.kind) || !c.value) bad(`contact ${JSON.stringify(c)}`);
    seen.contact.add(c.kind);
    if (c.kind === 'Email' && !/^[a-z0-9.-]+@[a-z0-9-]+\.example$/.test(c.value)) bad(`email not on .example: ${c.value}`);
    if ((c.kind === 'Website' || c.kind === 'Booking') && !/^https:\/\/[a-z0-9-]+\.example(\/.*)?$/.test(c.value)) bad(`website not on .example: ${c.value}`);
    if ((c.kind === 'Phone' || c.kind === 'Text') && !DRAMA_PHONE.test(c.value)) bad(`phone not in an Ofcom drama range: ${c.value}`);
  }

  if (!l.schedules?.length) bad('no schedules');
  for (const s of l.schedules ?? []) {
    const where = `schedule ${JSON.stringify(s)}`;
    if (!SCHEDULES.includes(s.kind)) { bad(`${where}: kind`); continue; }
    seen.schedule.add(s.kind);
    if (['Weekly', 'Fortnightly', 'MonthlyNthWeekday'].includes(s.kind) && !DAYS.includes(s.day)) bad(`${where}: needs day`);
    if (s.kind === 'MonthlyNthWeekday') { if (![1, 2, 3, 4, -1].includes(s.nth)) bad(`${where}: nth`); seen.nth.add(s.nth); }
    if (s.kind === 'OneOff' && !(isDate(s.date) && s.date >= '2027-01-01')) bad(`${where}: one-off needs a future date in 2027+`);
    if (s.kind === 'Fortnightly' && !(isDate(s.date) && DAYS[(new Date(s.date + 'T00:00:00Z').getUTCDay() + 6) % 7] === s.day)) bad(`${where}: anchor date must fall on ${s.day}`);
    if (s.kind !== 'ByArrangement' && !(isTime(s.start) && isTime(s.end) && s.start < s.end)) bad(`${where}: start/end`);
  }

  if (l.formats?.includes('InPerson') && !l.place) bad('InPerson needs a place');
  if (l.place && (!l.place.town || !inGB(l.place.latitude, l.place.longitude))) bad(`place outside GB or without town: ${JSON.stringify(l.place)}`);
  const remoteOnly = l.formats?.every((f) => ['Online', 'Phone', 'Group', 'OneToOne'].includes(f)) && !l.formats.includes('InPerson');
  if (!l.place && !l.area && !remoteOnly) bad('needs a place or an area, or must be online/phone only');
  if (remoteOnly && l.place) bad('online/phone-only listing should have no place');
  if (remoteOnly && !l.area) bad('online/phone-only listing should say which area it serves');
  if (l.area) {
    const a = l.area;
    count(stats.area, a.kind);
    if (!AREAS.includes(a.kind) || !a.name) bad(`area ${JSON.stringify(a)}`);
    seen.area.add(a.kind);
    if (a.kind === 'Radius' && !(inGB(a.latitude, a.longitude) && a.radiusKm > 0)) bad('radius area needs latitude, longitude, radiusKm');
    if (a.kind === 'Region') {
      const m = /^POLYGON\(\((.+)\)\)$/.exec(a.wkt ?? '');
      const pts = m?.[1].split(',').map((p) => p.trim().split(/\s+/).map(Number)) ?? [];
      if (pts.length < 4 || pts.some(([x, y]) => !inGB(y, x))) bad('region WKT must be a POLYGON in lon-lat order inside GB');
      else if (pts[0].join() !== pts.at(-1).join()) bad('region ring is not closed');
    }
  } else count(stats.area, '(none)');

  if (l.lastConfirmed !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(l.lastConfirmed)) bad('lastConfirmed must be ISO 8601 with offset');
  if (l.pausedUntil !== undefined && !isDate(l.pausedUntil)) bad('pausedUntil must be yyyy-MM-dd');
});

// ---------- coverage ----------
for (const [t, n] of Object.entries(used)) if (n < 3) fail('coverage', `tag "${t}" is used by ${n} published listings (want 3+)`);
const need = { format: [...FORMATS, 'Hybrid'], schedule: SCHEDULES, area: AREAS, nth: [1, 2, 3, 4, -1], access: ACCESS, contact: CONTACTS };
for (const [k, values] of Object.entries(need)) for (const v of values) if (!seen[k].has(v)) fail('coverage', `no listing uses ${k} ${v}`);
for (const [f, values] of Object.entries(ENUMS)) for (const v of values) if (!stats[f][v]) fail('coverage', `no listing has ${f} ${v}`);

if (errors.length) {
  console.error(errors.join('\n'));
  console.error(`\n${errors.length} problem(s) found.`);
  process.exit(1);
}
console.log(`OK: ${dimensions.length} dimensions, ${tagSlugs.size} tags, ${listings.length} listings; every tag used by 3+ published listings.`);
for (const [k, v] of Object.entries(stats)) console.log(`  ${k}: ${Object.entries(v).sort((a, b) => b[1] - a[1]).map(([x, n]) => `${x} ${n}`).join(', ')}`);
const least = Object.entries(used).sort((a, b) => a[1] - b[1]).slice(0, 8).map(([t, n]) => `${t} ${n}`).join(', ');
console.log(`  least-used tags (published): ${least}`);
