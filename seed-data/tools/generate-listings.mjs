// Writes seed-data/listings.json: FICTIONAL demo listings in the format of docs/import-format.md.
// Deterministic (seeded PRNG, no clock, no dependencies): the same input gives the same file.
// Usage: node seed-data/tools/generate-listings.mjs
// Every name, venue, email (.example), website (.example) and phone number (Ofcom drama ranges)
// is invented. Place coordinates are real towns from places-gb.csv, jittered by up to ~2 km.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const SEED_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const TOTAL = 340;

// ---------- seeded randomness ----------
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261123);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
const chance = (p) => rnd() < p;
const weighted = (obj) => {
  const entries = Object.entries(obj);
  let r = rnd() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1][0];
};
const shuffle = (arr) => {
  for (let i = arr.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [arr[i], arr[j]] = [arr[j], arr[i]]; }
  return arr;
};
const ucfirst = (s) => s[0].toUpperCase() + s.slice(1);

// ---------- places (real towns, GeoNames via places-gb.csv) ----------
function parseCsv(text) {
  return text.trim().split(/\r?\n/).slice(1).map((line) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, 5).map((m) => m[1].replace(/^"|"$/g, '').replaceAll('""', '"')));
}
const PLACES = parseCsv(readFileSync(join(SEED_DIR, 'places-gb.csv'), 'utf8'))
  .map(([name, region, lat, lon, county]) => ({ name, region, lat: +lat, lon: +lon, county }))
  .filter((p) => p.region === 'England' || p.region === 'Wales');

function town(name, hint) {
  const all = PLACES.filter((p) => p.name === name);
  const hits = all.length > 1 ? all.filter((p) => p.county === (hint ?? name) || p.region === hint) : all;
  if (hits.length !== 1) throw new Error(`place ${name}/${hint}: ${hits.length} matches`);
  return hits[0];
}

const LONDON = ['Hackney', 'Brixton', 'Peckham', 'Camden Town', 'Islington', 'Walthamstow', 'Stratford', 'Tottenham', 'Croydon',
  'Whitechapel', 'Ealing', 'Wembley', 'Lambeth', 'Camberwell', 'Dalston', 'Bethnal Green', 'Woolwich', 'Greenwich', 'Hammersmith',
  'Harrow', 'Ilford', 'Barking'].map((n) => town(n, 'Greater London'));
const OUTWARD = { Leeds: 'LS1', Manchester: 'M1', Birmingham: 'B1', Bristol: 'BS1', Cardiff: 'CF10', Hackney: 'E8', Brixton: 'SW9',
  Peckham: 'SE15', 'Camden Town': 'NW1', Islington: 'N1', Walthamstow: 'E17', Stratford: 'E15', Tottenham: 'N17', Croydon: 'CR0',
  Whitechapel: 'E1', Ealing: 'W5', Wembley: 'HA9', Camberwell: 'SE5', Dalston: 'E8', 'Bethnal Green': 'E2', Woolwich: 'SE18',
  Greenwich: 'SE10', Hammersmith: 'W6', Harrow: 'HA1', Ilford: 'IG1', Barking: 'IG11', Sheffield: 'S1', Liverpool: 'L1',
  Nottingham: 'NG1', Leicester: 'LE1', Swansea: 'SA1', Newcastle: 'NE1', 'Newcastle upon Tyne': 'NE1' };
const HUBS = ['Leeds', 'Manchester', 'Birmingham', 'Bristol', 'Cardiff'].map((n) => town(n));
const OTHER_TOWNS = [
  'Sheffield', 'Liverpool', 'Newcastle upon Tyne', 'Nottingham', 'Leicester', 'Coventry', 'Bradford', 'Kingston upon Hull',
  'Stoke-on-Trent', 'Wolverhampton', 'Derby', 'Southampton', 'Portsmouth', 'Plymouth', 'Exeter', 'Brighton', 'Reading', 'Oxford',
  'Cambridge', 'Norwich', 'Ipswich', 'York', 'Lincoln', ['Preston', 'Lancashire'], 'Blackpool', 'Bolton', 'Wigan', 'Stockport', 'Oldham',
  'Huddersfield', 'Wakefield', 'Halifax', 'Sunderland', 'Middlesbrough', 'Durham', 'Carlisle', 'Lancaster', 'Chester',
  'Shrewsbury', 'Hereford', 'Worcester', 'Gloucester', 'Cheltenham', 'Bath', 'Swindon', 'Bournemouth', 'Salisbury', 'Truro',
  'Canterbury', 'Maidstone', 'Luton', 'Milton Keynes', 'Northampton', 'Peterborough', 'Colchester', 'Chelmsford', 'Salford',
  'Chorlton', 'Didsbury', 'Horsforth', 'Pudsey', 'Morley'].map((n) => (Array.isArray(n) ? town(...n) : town(n, 'England')));
const WALES_TOWNS = ['Swansea', ['Newport', 'Newport'], 'Wrexham', ['Bangor', 'Wales'], 'Aberystwyth', 'Carmarthen', 'Llanelli',
  'Merthyr Tydfil', 'Bridgend', 'Pontypridd', 'Rhyl', 'Llandudno', 'Brecon', 'Haverfordwest', 'Caernarfon', 'Neath',
  'Abergavenny', 'Port Talbot'].map((n) => (Array.isArray(n) ? town(...n) : town(n, 'Wales')));

function pickTown(where) {
  if (where === 'wales') return chance(0.3) ? town('Cardiff') : pick(WALES_TOWNS);
  if (where === 'city') return chance(0.45) ? pick(LONDON) : chance(0.7) ? pick(HUBS) : pick(OTHER_TOWNS.slice(0, 20));
  const r = rnd();
  if (r < 0.17) return pick(LONDON);
  if (r < 0.39) return HUBS[Math.floor(((r - 0.17) / 0.22) * HUBS.length)];
  if (r < 0.8) return pick(OTHER_TOWNS);
  if (r < 0.9) return pick(WALES_TOWNS);
  return pick(PLACES.filter((p) => p.county !== 'Greater London'));
}
const isLondon = (p) => p.county === 'Greater London';

function jitter(p, maxKm = 2) {
  const d = rnd() * maxKm, b = rnd() * 2 * Math.PI;
  const lat = p.lat + (d * Math.cos(b)) / 111.32;
  const lon = p.lon + (d * Math.sin(b)) / (111.32 * Math.cos((p.lat * Math.PI) / 180));
  return { latitude: +lat.toFixed(4), longitude: +lon.toFixed(4) };
}

const VENUE_A = ['Willow', 'Beacon', 'Foundry', 'Orchard', 'Riverside', 'Canalside', 'Millstone', 'Larkspur', 'Lantern',
  'Kingfisher', 'Heron', 'Hawthorn', 'Weavers', 'Tannery', 'Quayside', 'Bramble', 'Ropewalk', 'Goldfinch'];
const VENUE_B = ['Community Centre', 'Community Hub', 'Rooms', 'Hall', 'Café', 'Library', 'Arts Centre', 'House', 'Studios', 'Centre'];
const STREET_A = ['Larkspur', 'Tenter', 'Foundry', 'Kiln', 'Cobbler', 'Wharf', 'Lantern', 'Saddler', 'Thimble', 'Cooper',
  'Fuller', 'Chandler', 'Ember', 'Juniper', 'Quill', 'Pennyroyal'];
const STREET_B = ['Row', 'Yard', 'Walk', 'Lane', 'Street', 'Court', 'Place', 'Terrace'];

function makePlace(t, venue) {
  const loc = isLondon(t) ? 'London' : t.name;
  const street = `${int(1, 140)} ${pick(STREET_A)} ${pick(STREET_B)}`;
  const place = {
    venue: venue ?? `${pick(VENUE_A)} ${pick(VENUE_B)}`,
    address: isLondon(t) ? `${street}, ${t.name}` : street,
    town: loc,
  };
  if (OUTWARD[t.name]) place.postcode = OUTWARD[t.name];
  return { ...place, ...jitter(t) };
}

// ---------- areas ----------
const ring = (pts) => `POLYGON((${[...pts, pts[0]].map(([x, y]) => `${x} ${y}`).join(', ')}))`;
const REGIONS = [
  { name: 'Greater Manchester', hub: 'Manchester', pts: [[-2.73, 53.52], [-2.55, 53.68], [-2.25, 53.69], [-2.0, 53.63], [-1.91, 53.5], [-2.05, 53.36], [-2.35, 53.33], [-2.6, 53.4]] },
  { name: 'West Yorkshire', hub: 'Leeds', pts: [[-2.17, 53.75], [-1.95, 53.93], [-1.6, 53.96], [-1.3, 53.85], [-1.2, 53.65], [-1.45, 53.52], [-1.85, 53.55], [-2.05, 53.62]] },
  { name: 'Cardiff and the Vale of Glamorgan', hub: 'Cardiff', pts: [[-3.63, 51.45], [-3.45, 51.53], [-3.25, 51.56], [-3.08, 51.53], [-3.1, 51.44], [-3.25, 51.38], [-3.45, 51.38]] },
  { name: 'Powys', hub: 'Brecon', pts: [[-3.9, 51.8], [-3.4, 51.75], [-3.05, 51.95], [-3.0, 52.3], [-3.0, 52.6], [-3.15, 52.9], [-3.6, 52.85], [-3.85, 52.5], [-3.93, 52.1]] },
  { name: 'Gwynedd', hub: 'Caernarfon', pts: [[-4.8, 52.8], [-4.45, 52.9], [-4.3, 53.1], [-4.0, 53.25], [-3.75, 53.15], [-3.48, 52.95], [-3.7, 52.6], [-4.05, 52.55]] },
  { name: 'Greater London', hub: 'London', pts: [[-0.51, 51.47], [-0.4, 51.62], [-0.1, 51.69], [0.15, 51.65], [0.33, 51.55], [0.2, 51.38], [0.0, 51.29], [-0.25, 51.3], [-0.45, 51.38]] },
  { name: 'West Midlands', hub: 'Birmingham', pts: [[-2.21, 52.52], [-2.05, 52.66], [-1.75, 52.63], [-1.5, 52.5], [-1.42, 52.38], [-1.65, 52.35], [-1.9, 52.38], [-2.1, 52.42]] },
].map((r) => ({ kind: 'Region', name: r.name, wkt: ring(r.pts), label: r.name.replace(' and the Vale of Glamorgan', ' and Vale') }));
const NATIONAL = [{ kind: 'National', name: 'England and Wales' }, { kind: 'National', name: 'England' }, { kind: 'National', name: 'Wales' }];

function radiusArea(t, km) {
  const name = isLondon(t) ? 'London' : t.name;
  return { kind: 'Radius', name: `${name} and within ${km} km`, latitude: +t.lat.toFixed(4), longitude: +t.lon.toFixed(4), radiusKm: km, label: name };
}
const cleanArea = ({ label, ...a }) => a;

// ---------- contacts (fake: .example domains and Ofcom drama numbers) ----------
const DRAMA = { Leeds: '0113 496 0', Sheffield: '0114 496 0', Nottingham: '0115 496 0', Leicester: '0116 496 0', Bristol: '0117 496 0',
  Reading: '0118 496 0', Birmingham: '0121 496 0', Liverpool: '0151 496 0', Manchester: '0161 496 0', London: '020 7946 0',
  'Newcastle upon Tyne': '0191 498 0', Cardiff: '029 2018 0', MOBILE: '07700 900', FREEPHONE: '0808 157 0', OTHER: '01632 960' };
const phoneSeq = {};
function phone(townName) {
  const prefix = DRAMA[townName] ?? DRAMA.OTHER;
  phoneSeq[prefix] = ((phoneSeq[prefix] ?? int(0, 200)) + int(1, 7)) % 1000;
  return prefix + String(phoneSeq[prefix]).padStart(3, '0');
}
const slugify = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, 'and')
  .replace(/['’+]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '');

function contacts(name, townName, { email = true, tel = false, text = false, web = false, booking = false, freephone = false } = {}) {
  const s = slugify(name), out = [];
  if (email) out.push({ kind: 'Email', value: `${pick(['hello', 'contact', 'info', 'join'])}@${s}.example`, label: 'Email the group' });
  if (tel) out.push({ kind: 'Phone', value: phone(freephone ? 'FREEPHONE' : townName), label: freephone ? 'Free to call' : pick(['Call the organiser', 'Leave a message', 'Call us']) });
  if (text) out.push({ kind: 'Text', value: phone('MOBILE'), label: 'Text us and we will call you back' });
  if (web) out.push({ kind: 'Website', value: `https://${s}.example` });
  if (booking) out.push({ kind: 'Booking', value: `https://${s}.example/book`, label: 'Book a place' });
  if (!out.length) out.push({ kind: 'Email', value: `hello@${s}.example` });
  return out;
}

// ---------- schedules ----------
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
function anchor(day) { // first date on that weekday from Monday 30 November 2026
  const d = new Date(Date.UTC(2026, 10, 30 + DAYS.indexOf(day)));
  return d.toISOString().slice(0, 10);
}
const note = (n) => (n ? { notes: n } : {});
const W = (day, start, end, n) => ({ kind: 'Weekly', day, start, end, ...note(n) });
const F = (day, start, end, n) => ({ kind: 'Fortnightly', day, date: anchor(day), start, end, ...note(n) });
const M = (nth, day, start, end, n) => ({ kind: 'MonthlyNthWeekday', day, nth, start, end, ...note(n) });
const O = (date, start, end, n) => ({ kind: 'OneOff', date, start, end, ...note(n) });
const BA = (n) => ({ kind: 'ByArrangement', ...note(n) });

const SLOTS = {
  day: [['10:00', '11:30'], ['10:30', '12:00'], ['13:00', '14:30'], ['14:00', '15:30'], ['11:00', '12:30']],
  eve: [['18:00', '19:30'], ['18:30', '20:00'], ['19:00', '20:30'], ['17:30', '19:00']],
};
const ORD = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function freqText(s) {
  const part = s.start < '12:00' ? 'morning' : s.start < '17:00' ? 'afternoon' : 'evening';
  switch (s.kind) {
    case 'Weekly': return `every ${s.day} ${part}`;
    case 'Fortnightly': return `every other ${s.day} ${part}`;
    case 'MonthlyNthWeekday': return `on the ${ORD[s.nth]} ${s.day} of the month`;
    case 'OneOff': { const [y, m, d] = s.date.split('-'); return `on ${+d} ${MONTHS[+m - 1]} ${y}`; }
    default: return 'at times that suit you';
  }
}
function groupSchedule(slot, weekly) {
  const day = slot === 'weekend' ? pick(['Saturday', 'Sunday']) : pick(DAYS.slice(0, 6));
  const [start, end] = pick(day === 'Saturday' || day === 'Sunday' || slot === 'day' ? SLOTS.day : slot === 'eve' ? SLOTS.eve : [...SLOTS.day, ...SLOTS.eve]);
  const k = weekly ? 'W' : weighted({ W: 50, F: 20, M: 25, M1: 5 });
  const extra = chance(0.12) ? [' Not on bank holidays.', ' Closed in August.', ' Doors open 15 minutes before.'] : null;
  const n = extra ? pick(extra).trim() : undefined;
  if (k === 'W') return W(day, start, end, n);
  if (k === 'F') return F(day, start, end, n);
  return M(k === 'M1' ? -1 : pick([1, 2, 3, 4, -1]), day, start, end, n);
}
const ONE_OFF_NOTES = { winter: ['Winter get-together', 'New year coffee morning'], spring: ['Spring taster session', 'Open day: come and meet us'],
  summer: ['Summer picnic, all welcome', 'Family fun day'], autumn: ['Anniversary celebration', 'Autumn open day'] };
const seasonNote = (date) => pick(ONE_OFF_NOTES[['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'][+date.slice(5, 7) - 1]]);
const oneOffDate = () => `2027-${String(int(1, 11)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

// ---------- freshness ----------
const DAY_MS = 86400000, REF = Date.UTC(2026, 10, 23);
function confirmedDaysAgo(days) {
  const d = new Date(REF - days * DAY_MS + int(8 * 60, 18 * 60) * 60000);
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const freshDate = () => confirmedDaysAgo(weighted({ a: 70, b: 13, c: 9, d: 8 }) === 'a' ? int(3, 90) : pick([int(91, 120), int(121, 180), int(181, 267)]));

// =====================================================================
// Fixed, handwritten records: one of each kind of peer support the field describes.
// =====================================================================
const FIXED = () => {
  const L = (n, h) => town(n, h);
  return [
    {
      name: 'Rainbow Minds Leeds',
      summary: 'A friendly LGBT+ peer support group in central Leeds: an open drop-in every Tuesday, a closed eight-week group for people who want more depth, and one-to-one support in between.',
      description: [
        'Rainbow Minds is run by and for LGBT+ people who live with anxiety, depression, trauma or anything else that makes life hard. You do not need a diagnosis and you do not need to be out to anyone else.',
        'The Tuesday group is open: come every week or once in a while. The Thursday group is closed: the same eight to ten people meet every other week for eight sessions, so trust can build. New blocks start in January, April and September.',
        'If you would rather start one to one, or need a bit of extra support between groups, one of our trained peer supporters can meet you in a café or call you on video.',
        'Everyone is welcome to come as they are. Tell us your name and pronouns if you want to; nobody will ask.',
      ].join('\n\n'),
      whoFor: 'LGBT+ adults: lesbian, gay, bi, trans, non-binary, queer, asexual and questioning people, and anyone still working it out.',
      eligibility: '18 and over. No referral needed for the Tuesday group: just turn up. For the closed group or one-to-one, please get in touch first.',
      organisation: 'Rainbow Minds (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      costNotes: 'Tea and biscuits by donation.',
      formats: ['Group', 'OneToOne', 'InPerson', 'Online'],
      tags: ['lgbt-plus', 'trans-non-binary', 'bisexual-pansexual', 'asexual-aromantic', 'all-genders', 'talking', 'social'],
      accessibility: ['StepFree', 'AccessibleToilet', 'HearingLoop', 'QuietSpace'], languages: ['English', 'BSL'],
      firstVisit: 'Someone will meet you at the door and show you where the tea is. It is okay not to speak: lots of people just listen the first time.',
      contacts: [...contacts('Rainbow Minds Leeds', 'Leeds', { tel: true, web: true })],
      schedules: [W('Tuesday', '18:00', '20:00', 'Open group: just turn up'), F('Thursday', '18:30', '20:00', 'Closed group: eight-week blocks, ask to join the next one'), BA('One-to-one support, in person or on video')],
      place: { venue: 'The Old Library', address: '1 Lantern Yard', town: 'Leeds', postcode: 'LS1', ...jitter(L('Leeds'), 0.5) },
      lastConfirmed: '2026-11-10T09:15:00Z',
    },
    {
      name: 'Trans Tea and Talk, Chapel Allerton',
      summary: 'A relaxed fortnightly peer group for trans, non-binary and gender-questioning adults in north Leeds. Tea, cake and conversation with people who get it.',
      description: [
        'Started by a few trans friends who wanted somewhere to talk about mental health without having to explain themselves first. We talk about anything: waiting lists, family, work, dysphoria, joy.',
        'You do not have to be out, have a name sorted or have started any kind of transition. Questioning is welcome.',
        'We are not a clinic and do not give medical advice, but we are good at sharing what has helped.',
      ].join('\n\n'),
      whoFor: 'Trans, non-binary and gender-questioning people aged 18 and over.',
      eligibility: '18 and over. Just turn up, or message first if you would like someone to look out for you.',
      organisation: 'Informal group run by members', hostType: 'Informal', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Donation',
      costNotes: 'Pay what you can towards cake.',
      formats: ['Group', 'InPerson'], tags: ['lgbt-plus', 'trans-non-binary', 'talking', 'social'],
      accessibility: ['StepFree', 'QuietSpace'], languages: ['English'],
      firstVisit: 'Look for the table with the small trans flag. It is okay not to speak, and you can leave whenever you like.',
      contacts: contacts('Trans Tea and Talk Chapel Allerton', 'Leeds', { text: true }),
      schedules: [F('Saturday', '14:00', '16:00')],
      place: makePlace(L('Chapel Allerton'), 'Goldfinch Café'),
      lastConfirmed: '2026-11-02T16:40:00Z',
    },
    {
      name: 'QTIPOC Kitchen Table Leeds',
      summary: 'Queer and trans people of colour cook a meal together once a month and talk about life, family, racism and mental health over dinner.',
      description: [
        'A monthly supper club for LGBT+ people from Black, Asian and other racialised communities. We take turns choosing a dish from home and cook it together, then eat and talk.',
        'There is no agenda. Sometimes the conversation goes deep, sometimes it is mostly about food. Both are peer support.',
      ].join('\n\n'),
      whoFor: 'Queer, trans and intersex people of colour in and around Leeds.',
      eligibility: '18 and over. Please message first so we know how much food to make.',
      organisation: 'Kitchen Table Collective (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'ContactFirst', cost: 'Free',
      costNotes: 'Ingredients are paid for by a small community grant.',
      formats: ['Group', 'InPerson'], tags: ['lgbt-plus', 'qtipoc', 'black-minority-ethnic', 'cooking', 'social'],
      accessibility: ['StepFree', 'AccessibleToilet'], languages: ['English'],
      firstVisit: 'You will be given a small job in the kitchen if you want one: it makes the first time easier. Or just sit and chat.',
      contacts: contacts('QTIPOC Kitchen Table Leeds', 'Leeds', { web: true }),
      schedules: [M(-1, 'Sunday', '16:00', '19:00')],
      place: makePlace(L('Horsforth'), 'Weavers Community Kitchen'),
      lastConfirmed: '2026-10-28T11:05:00Z',
    },
    {
      name: 'Shared Roots Birmingham',
      summary: 'A user-led peer support group for people from Black and minority ethnic communities in Birmingham, where you do not have to explain racism to be understood.',
      description: [
        'Shared Roots was set up by members who were tired of being the only Black or Asian face in the room. Here the people around you know what it is like to deal with racism, with services that do not get your culture, and with families who may not talk about mental health.',
        'Members decide the topics. Recent weeks have covered faith and recovery, talking to family, dealing with the benefits system, and simply having a laugh.',
        'Every member has a say in how the group runs, and members train as facilitators.',
      ].join('\n\n'),
      whoFor: 'Adults from Black, Asian, mixed heritage and other minority ethnic communities who live with mental distress.',
      eligibility: '18 and over. No referral or diagnosis needed: just turn up.',
      organisation: 'Shared Roots (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['black-minority-ethnic', 'black-african-caribbean', 'south-asian', 'all-genders', 'talking'],
      accessibility: ['StepFree', 'AccessibleToilet', 'HearingLoop'], languages: ['English', 'Urdu', 'Somali'],
      firstVisit: 'A member will welcome you and introduce you to a couple of people. It is okay not to speak.',
      contacts: contacts('Shared Roots Birmingham', 'Birmingham', { tel: true, web: true }),
      schedules: [W('Wednesday', '18:00', '20:00')],
      place: makePlace(L('Birmingham'), 'Hawthorn Community Centre'),
      lastConfirmed: '2026-11-12T10:00:00Z',
    },
    {
      name: 'Open Ward Peer Visitors, Greater Manchester',
      summary: 'Peer supporters with their own experience of being in hospital visit adult mental-health wards every week, and can stay in touch for six weeks after you go home.',
      description: [
        'Being on a ward can be frightening and lonely. Our peer visitors have all been inpatients themselves. We come onto the ward each week to chat, play cards, share tips about getting through it and help you plan for going home.',
        'If you would like, the same peer supporter can keep in touch for up to six weeks after discharge, by phone or by meeting for a coffee.',
        'We are independent of the ward team. What you tell us stays with us, unless we are worried about someone\'s safety.',
      ].join('\n\n'),
      whoFor: 'Adults staying on mental-health inpatient wards across Greater Manchester, and people recently discharged.',
      eligibility: 'Ask a member of ward staff to let us know you would like a visit, or contact us yourself. Family and friends can ask on your behalf.',
      organisation: 'Hazelbank Community Trust', hostType: 'VoluntarySector', runBy: 'PeersWithStaff', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['Group', 'OneToOne', 'InPerson', 'Phone'], tags: ['ward-visiting', 'talking', 'social', 'all-genders'],
      accessibility: ['StepFree', 'AccessibleToilet', 'QuietSpace', 'LargePrint'], languages: ['English', 'Urdu', 'Polish'],
      firstVisit: 'A peer visitor will introduce themselves on the ward and ask if you would like to talk. You can say no, or just play a game of cards.',
      contacts: contacts('Open Ward Peer Visitors', 'Manchester', { tel: true, web: true }),
      schedules: [W('Tuesday', '14:00', '16:00', 'Ward café and visits'), W('Friday', '14:00', '16:00', 'Ward visits'), BA('After discharge: calls or coffee at a time that suits you')],
      place: makePlace(L('Manchester'), 'Open Ward project office'),
      area: cleanArea(REGIONS.find((r) => r.name === 'Greater Manchester')),
      lastConfirmed: '2026-11-18T13:30:00Z',
    },
    {
      name: 'Wayfinder Women',
      summary: 'One-to-one peer mentoring for women in prison and leaving prison, from women who have been through it. We start meeting you inside and keep going for up to a year after release.',
      description: [
        'Wayfinder mentors are women with their own experience of prison. We meet you while you are still inside, in the months before release, so you already know a friendly face on the day you get out.',
        'After release we can meet you at the gate, go with you to probation or housing appointments, and meet up each week for as long as you want, up to a year. Everything is at your pace.',
        'Our approach is trauma-informed and women-only. Mentors are supported by a small staff team who handle safeguarding.',
      ].join('\n\n'),
      whoFor: 'Women in prison who will be released to Bristol, Bath, Somerset or Gloucestershire, and women who have left prison in the last year.',
      eligibility: 'A referral is needed from prison staff, probation, a resettlement worker or a support agency. Women can also ask their key worker to contact us.',
      organisation: 'Lanternfield Trust', hostType: 'VoluntarySector', runBy: 'PeersWithStaff', joinBy: 'Referral', cost: 'Free',
      formats: ['OneToOne', 'InPerson', 'Phone'],
      tags: ['women', 'women-only-space', 'prison-experience', 'in-prison', 'leaving-prison', 'probation', 'trauma', 'talking'],
      accessibility: ['StepFree', 'QuietSpace', 'ChildrenWelcome'], languages: ['English'],
      firstVisit: 'Your first meeting will be a legal or social visit inside, or a coffee in a quiet café after release. It is just a chance to get to know each other.',
      contacts: contacts('Wayfinder Women', 'Bristol', { tel: true, email: true }),
      schedules: [BA('Visits inside and weekly meet-ups after release, arranged with your mentor')],
      place: makePlace(L('Bristol'), 'Wayfinder office (meetings by arrangement)'),
      area: cleanArea(radiusArea(L('Bristol'), 60)),
      lastConfirmed: '2026-10-30T10:20:00Z',
    },
    {
      name: 'The Evening Line: Members\' Phone Rota, Swansea Bay',
      summary: 'A members\' phone rota: on weekday evenings and Sunday afternoons, members ring each other for a chat. Someone who understands is at the end of the line.',
      description: [
        'When the day centre closed, members set up their own phone rota so nobody had to spend the evening on their own. Members sign up to make or take calls at set hours, and a coordinator matches callers each week.',
        'Calls are usually 15 to 30 minutes. It is a friendly chat between peers, not counselling and not a crisis line.',
        'New members have a short welcome call with the coordinator first, and can choose to only receive calls.',
      ].join('\n\n'),
      whoFor: 'Adults in Swansea, Neath Port Talbot and nearby who live with mental ill health and would like regular contact.',
      eligibility: '18 and over. Get in touch to become a member; it takes one short call.',
      organisation: 'Evening Line members\' association (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['OneToOne', 'Phone'], tags: ['talking', 'social', 'older-people', 'all-genders', 'welsh-speakers'],
      accessibility: ['LargePrint'], languages: ['English', 'Welsh'],
      firstVisit: 'The coordinator will ring you for a short welcome call and ask when you would like calls. You can stop at any time.',
      contacts: contacts('The Evening Line Swansea Bay', 'Swansea', { tel: true, email: true, text: true }),
      schedules: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((d) => W(d, '18:00', '21:00', 'Calls between members')).concat([W('Sunday', '14:00', '17:00', 'Sunday calls')]),
      area: cleanArea(radiusArea(L('Swansea', 'Wales'), 30)),
      lastConfirmed: '2026-11-15T19:10:00Z',
    },
    {
      name: 'Kickabout and Cuppa Bristol',
      summary: 'Friendly five-a-side football for people with experience of mental ill health, followed by a cuppa. All abilities, all genders; a monthly social night too.',
      description: [
        'We play gentle, no-tackling five-a-side for an hour, then head to the café next door. Some people come for the football, some for the chat afterwards. Both are fine.',
        'Never played? Not fit? Neither were most of us. Boots are not needed; trainers are fine and we have spare kit.',
        'On the last Friday of the month we have a social night: quiz, pool or a meal out.',
      ].join('\n\n'),
      whoFor: 'Adults of any gender who have experience of mental ill health and want to get active with others who understand.',
      eligibility: '18 and over. Just turn up.',
      organisation: 'Brightwater Wellbeing', hostType: 'VoluntarySector', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Donation',
      costNotes: 'Suggested £1 towards pitch hire; free if money is tight.',
      formats: ['Group', 'InPerson'], tags: ['sport', 'social', 'all-genders', 'men'],
      accessibility: ['StepFree', 'AccessibleToilet'], languages: ['English'],
      firstVisit: 'Just turn up at the pitch side. Tell whoever has the bag of bibs that it is your first time.',
      contacts: contacts('Kickabout and Cuppa Bristol', 'Bristol', { text: true, web: true }),
      schedules: [W('Wednesday', '18:30', '19:30', 'Football, then café'), M(-1, 'Friday', '19:00', '21:00', 'Social night')],
      place: makePlace(L('Bristol'), 'Ropewalk Sports Centre'),
      lastConfirmed: '2026-11-05T20:00:00Z',
    },
    {
      name: 'Ink and Echo: Black Survivors\' Theatre',
      summary: 'A theatre collective of Black survivors of the mental health system, making and performing work from our own stories. No acting experience needed.',
      description: [
        'Ink and Echo is a creative space for Black people of African and Caribbean heritage who have survived the mental health system: detentions, restraint, being disbelieved. We write, improvise and perform together.',
        'Some members perform and some prefer to write, design or help backstage. Sharing your story on stage is always your choice.',
        'Our next public performance is in March 2027. Rehearsals are warm, playful and trauma-aware.',
      ].join('\n\n'),
      whoFor: 'Black adults of African and Caribbean heritage with lived experience of mental ill health and mental health services.',
      eligibility: '18 and over. Please get in touch first so we can tell you where we are in the rehearsal cycle.',
      organisation: 'Ink and Echo (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['black-african-caribbean', 'black-minority-ethnic', 'theatre', 'creative-arts', 'trauma'],
      accessibility: ['StepFree', 'AccessibleToilet', 'QuietSpace'], languages: ['English'],
      firstVisit: 'Come and watch the first session before joining in. It is okay not to speak, perform or share anything.',
      contacts: contacts('Ink and Echo Theatre', 'London', { web: true, booking: true }),
      schedules: [W('Saturday', '11:00', '14:00', 'Workshop and rehearsal'), O('2027-03-20', '19:00', '21:00', 'Public performance, all welcome')],
      place: makePlace(L('Brixton', 'Greater London'), 'Foundry Studios'),
      lastConfirmed: '2026-11-08T12:00:00Z',
    },
    {
      name: 'First Steps: Early Psychosis Peer Group (18–35)',
      summary: 'A peer group for 18 to 35-year-olds in the first years after psychosis. Meet others who have been there, in the room in Manchester or online.',
      description: [
        'A first episode of psychosis can turn everything upside down: studies, work, friendships and how you see yourself. First Steps is a space to talk about it with people of a similar age who have been through it too.',
        'The group is facilitated by two peer support workers with lived experience of psychosis, with a clinician on hand. We talk about medication, getting back to study or work, relationships, and how to explain psychosis to other people.',
        'You do not need to be under an early intervention team to join.',
      ].join('\n\n'),
      whoFor: 'Young adults aged 18 to 35 in the first five years after an episode of psychosis.',
      eligibility: 'Aged 18 to 35. You can refer yourself: get in touch first for a short chat.',
      organisation: 'Kestrel Vale NHS Trust', hostType: 'Nhs', runBy: 'PeersWithStaff', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['Group', 'InPerson', 'Online'], tags: ['psychosis', 'hearing-voices', 'young-adults', 'students', 'talking'],
      accessibility: ['StepFree', 'AccessibleToilet', 'QuietSpace'], languages: ['English'],
      firstVisit: 'A peer support worker will ring you before your first session to answer questions. On the day, you can sit near the door and leave whenever you need to.',
      contacts: contacts('First Steps Early Psychosis Peer Group', 'Manchester', { tel: true, email: true }),
      schedules: [W('Thursday', '17:30', '19:00', 'In the room and on video')],
      place: makePlace(L('Manchester'), 'Kingfisher Rooms'),
      lastConfirmed: '2026-11-19T09:45:00Z',
    },
    {
      name: 'Bump to Toddler Together Cardiff',
      summary: 'Family-centred perinatal peer support for mums, dads, partners and carers in Cardiff. Bring the baby, bring your partner, or come on your own.',
      description: [
        'For anyone finding pregnancy or life with a baby or toddler harder than expected: low mood, anxiety, intrusive thoughts, a difficult birth, or just exhaustion.',
        'The Wednesday group is for parents and babies together, with play mats and a peer volunteer to hold the baby while you have a cup of tea. Once a month on a Saturday there is a session for dads, partners and grandparents.',
        'Groups are run by parents who have had their own perinatal mental health difficulties, with a health visitor dropping in once a month. Sessions are bilingual where members want it.',
      ].join('\n\n'),
      whoFor: 'Mums, dads, partners and family carers during pregnancy and until the child turns two.',
      eligibility: 'No referral needed. Just turn up, or get in touch first if you would like someone to meet you.',
      organisation: 'Harbourlight Community Trust', hostType: 'VoluntarySector', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson', 'Online'],
      tags: ['perinatal', 'mothers', 'fathers', 'families', 'new-parents', 'expectant-parents', 'carers', 'welsh-speakers', 'talking'],
      accessibility: ['StepFree', 'AccessibleToilet', 'ChildrenWelcome', 'QuietSpace'], languages: ['English', 'Welsh'],
      firstVisit: 'Someone will say hello at the door and help with the buggy. Feed, change or pace with your baby whenever you need to; nobody minds.',
      contacts: contacts('Bump to Toddler Together Cardiff', 'Cardiff', { tel: true, web: true }),
      schedules: [W('Wednesday', '10:00', '11:30', 'Parents and babies'), M(2, 'Saturday', '10:30', '12:00', 'Dads, partners and grandparents')],
      place: makePlace(L('Cardiff'), 'Bramble Family Centre'),
      lastConfirmed: '2026-11-16T14:20:00Z',
    },
    {
      name: 'Still Waters Women\'s Circle',
      summary: 'A women-only, trauma-informed peer group in Birmingham for survivors of abuse and violence. Run by peer facilitators with a woman support worker present.',
      description: [
        'Still Waters is a calm, predictable space for women who have survived domestic abuse, sexual violence or childhood abuse. We do not ask anyone to tell their story. We focus on now: sleep, panic, boundaries, and small steps that help.',
        'Every session follows the same shape: a grounding exercise, a check-in, a topic and a closing round. You can sit out any part.',
        'Only women attend, including trans women, and the staff member present is a woman. There is a quiet room if you need a break.',
      ].join('\n\n'),
      whoFor: 'Women aged 18 and over who have experienced abuse or violence at any point in their lives.',
      eligibility: 'Please get in touch first for a short, private phone call. You do not need to say what happened to you.',
      organisation: 'Willowmere Foundation', hostType: 'VoluntarySector', runBy: 'PeersWithStaff', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['women', 'women-only-space', 'trauma', 'talking'],
      accessibility: ['StepFree', 'AccessibleToilet', 'QuietSpace', 'ChildrenWelcome'], languages: ['English'],
      firstVisit: 'A facilitator will meet you in reception so you do not walk in alone. It is okay not to speak; many women just listen for the first few weeks.',
      contacts: contacts('Still Waters Womens Circle', 'Birmingham', { tel: true, text: true }),
      schedules: [W('Monday', '10:30', '12:00', 'Free creche nearby, ask us')],
      place: makePlace(L('Birmingham'), 'A women\'s centre in Birmingham (exact address given when you get in touch)'),
      lastConfirmed: '2026-11-11T08:50:00Z',
    },
    {
      name: 'Kindred Online Peer Community',
      summary: 'A national online peer community: video groups four times a week, a moderated members\' forum, and one-to-one peer chats. Join from anywhere in England and Wales.',
      description: [
        'Kindred started during lockdown and stayed online because members wanted it to. It suits people who cannot get to a group: because of where they live, health, caring, work shifts or anxiety.',
        'Video groups run at different times of day so there is one that fits. Cameras are always optional and you can use a nickname. The members\' forum is moderated every day.',
        'You can also book a one-to-one video or text chat with a trained peer supporter.',
      ].join('\n\n'),
      whoFor: 'Adults anywhere in England and Wales with lived experience of mental ill health.',
      eligibility: '18 and over. Sign up online; there is no waiting list.',
      organisation: 'Kindred Online (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'ContactFirst', cost: 'Free',
      formats: ['Group', 'OneToOne', 'Online'], tags: ['all-genders', 'talking', 'social', 'physical-disability', 'long-term-conditions'],
      accessibility: ['LargePrint'], languages: ['English'],
      firstVisit: 'Your first group starts with a short welcome from the host. Cameras are optional; you can type in the chat instead of speaking.',
      contacts: contacts('Kindred Online Peer Community', 'London', { web: true, booking: true }),
      schedules: [W('Monday', '19:00', '20:30'), W('Wednesday', '12:30', '13:30', 'Lunchtime group'), W('Friday', '21:00', '22:00', 'Late group'), M(-1, 'Sunday', '15:00', '16:30', 'Members\' get-together')],
      area: { kind: 'National', name: 'England and Wales' },
      lastConfirmed: '2026-11-20T10:00:00Z',
    },
    {
      name: 'Many Voices Bristol',
      summary: 'A hearing voices group for people who hear voices, see visions or have other unusual experiences. Every explanation is respected here.',
      description: [
        'In this group you can talk openly about voices and visions without being judged, diagnosed or told what they mean. Some members see their voices as part of an illness, some as spiritual, some as linked to trauma. All of these are welcome.',
        'We share ways of living with voices: what helps when they are loud, how to talk back, how to explain them to family.',
        'Family members and professionals do not attend, so the space belongs to voice hearers.',
      ].join('\n\n'),
      whoFor: 'Adults who hear voices, see visions or have other unusual sensory experiences.',
      eligibility: '18 and over. Just turn up.',
      organisation: 'Many Voices (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['hearing-voices', 'psychosis', 'all-genders', 'talking'],
      accessibility: ['StepFree', 'QuietSpace'], languages: ['English'],
      firstVisit: 'Someone will welcome you and explain the group agreement. It is okay not to speak, and okay to step out if the voices are busy.',
      contacts: contacts('Many Voices Bristol', 'Bristol', { tel: true }),
      schedules: [W('Monday', '13:30', '15:00')],
      place: makePlace(L('Bristol'), 'Canalside Rooms'),
      lastConfirmed: '2026-10-21T15:00:00Z',
    },
    {
      name: 'Taff Trail Walk and Talk',
      summary: 'A gentle Saturday morning walk along the river in Cardiff for anyone who finds walking side by side easier than sitting in a circle. Café stop included.',
      description: [
        'We walk for about an hour at an easy pace, then stop at a café. Walking next to someone makes it easier to talk, or to say nothing at all.',
        'Routes are flat and mostly on paths. If you use a wheelchair or walk slowly, tell us and we will choose a route that works.',
      ].join('\n\n'),
      whoFor: 'Adults in Cardiff who live with anxiety, depression or other mental health difficulties.',
      eligibility: 'No referral needed: just turn up at the meeting point.',
      organisation: 'Informal group run by members', hostType: 'Informal', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['walking', 'social', 'all-genders'],
      accessibility: ['StepFree'], languages: ['English', 'Welsh'],
      firstVisit: 'Look for the walk leader in the green hat at the meeting point. Walk at the back with someone if you prefer.',
      contacts: contacts('Taff Trail Walk and Talk', 'Cardiff', { text: true }),
      schedules: [W('Saturday', '10:30', '12:00', 'Walk, weather permitting')],
      place: { ...makePlace(L('Cardiff'), 'Meet at the park gates by the café'), address: 'Park gates, by the riverside café' },
      lastConfirmed: '2026-11-14T09:30:00Z',
    },
    {
      name: 'Dosti Women\'s Circle',
      summary: 'A South Asian women\'s peer group in Birmingham that meets in Urdu, Punjabi and English. Chai, friendship and a safe place to talk about how you really feel.',
      description: [
        'Many of us grew up in families where mental health was not talked about. Dosti (friendship) is a women-only circle where you can speak in the language you feel most at home in.',
        'We talk about stress, low mood, family pressure, loneliness and faith, and sometimes we just cook, sew or laugh together.',
        'Facilitators are women from the local community who have been through hard times themselves. Everything shared stays in the room.',
      ].join('\n\n'),
      whoFor: 'South Asian women aged 18 and over, especially those who prefer to talk in Urdu or Punjabi.',
      eligibility: 'Women only. Just turn up; you are welcome to bring a friend or sister.',
      organisation: 'Dosti Circle (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['south-asian', 'women', 'women-only-space', 'muslim', 'talking', 'social'],
      accessibility: ['StepFree', 'ChildrenWelcome'], languages: ['Urdu', 'Punjabi', 'English'],
      firstVisit: 'Someone will greet you in the language you prefer and make you a cup of chai. It is okay not to speak.',
      contacts: contacts('Dosti Womens Circle', 'Birmingham', { tel: true }),
      schedules: [W('Thursday', '11:00', '13:00')],
      place: makePlace(L('Birmingham'), 'Millstone Community Hall'),
      lastConfirmed: '2026-11-06T12:10:00Z',
    },
    {
      name: 'Signing Space Manchester',
      summary: 'A Deaf-led peer support group in British Sign Language. Talk about mental health directly in BSL, with no interpreters and no hearing people in the room.',
      description: [
        'Signing Space is run by Deaf people for Deaf people. Too often, mental health support means waiting for an interpreter or being misunderstood. Here everyone signs.',
        'We meet every other Friday evening and hold a social once a month. Information is shared in BSL videos on our website.',
      ].join('\n\n'),
      whoFor: 'Deaf adults who use British Sign Language.',
      eligibility: '18 and over. Just turn up, or contact us by text or email.',
      organisation: 'Signing Space (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['deaf-bsl', 'all-genders', 'talking', 'social'],
      accessibility: ['StepFree', 'AccessibleToilet', 'Bsl'], languages: ['BSL'],
      firstVisit: 'The room has good lighting and seats in a circle so everyone can see each other. Someone will sign hello at the door.',
      contacts: contacts('Signing Space Manchester', 'Manchester', { text: true, web: true }),
      schedules: [F('Friday', '18:30', '20:30'), M(1, 'Saturday', '14:00', '16:00', 'Social')],
      place: makePlace(L('Manchester'), 'Heron Arts Centre'),
      lastConfirmed: '2026-11-09T17:00:00Z',
    },
    {
      name: 'Second Cup Club, Greenwich',
      summary: 'A weekly morning group in Greenwich for people over 60 who are feeling low, anxious or lonely. Tea, company and conversation with people at the same stage of life.',
      description: [
        'Later life brings its own changes: retirement, bereavement, health worries, caring, children moving away. Second Cup Club is a place to talk about them with people who understand.',
        'Some weeks we have a speaker or a short outing; most weeks we simply talk. Members often go on for lunch afterwards.',
      ].join('\n\n'),
      whoFor: 'People aged 60 and over.',
      eligibility: 'No referral needed: just turn up. Transport help may be available; ask us.',
      organisation: 'Oakhollow Wellbeing', hostType: 'VoluntarySector', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Donation',
      costNotes: '50p for tea if you can.',
      formats: ['Group', 'InPerson'], tags: ['older-people', 'bereavement', 'all-genders', 'talking', 'social'],
      accessibility: ['StepFree', 'AccessibleToilet', 'HearingLoop', 'LargePrint'], languages: ['English'],
      firstVisit: 'Someone will meet you at the door, find you a comfortable chair and introduce you. It is okay just to listen.',
      contacts: contacts('Second Cup Club Greenwich', 'London', { tel: true }),
      schedules: [W('Tuesday', '10:30', '12:00')],
      place: makePlace(L('Greenwich', 'Greater London'), 'Quayside Library'),
      lastConfirmed: '2026-10-19T10:30:00Z',
    },
    {
      name: 'Unfiltered 18–25',
      summary: 'A peer group for 18 to 25-year-olds in Hackney. Honest conversations about anxiety, low mood, money, work and relationships, with pizza.',
      description: [
        'Unfiltered is run by young adults who have had their own mental health struggles. It is not a class and nobody will lecture you. We talk about whatever is going on.',
        'You can join in the room or from your phone on video. First Friday of the month is a games night.',
      ].join('\n\n'),
      whoFor: 'Young adults aged 18 to 25, including students, people in work and people not in work.',
      eligibility: 'Aged 18 to 25. Just turn up.',
      organisation: 'Kindling Minds CIO', hostType: 'VoluntarySector', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson', 'Online'], tags: ['young-adults', 'students', 'all-genders', 'talking', 'social'],
      accessibility: ['StepFree', 'AccessibleToilet', 'QuietSpace'], languages: ['English'],
      firstVisit: 'Come a bit early if you want a chat with a facilitator first. It is okay not to speak.',
      contacts: contacts('Unfiltered 18-25', 'London', { text: true, web: true }),
      schedules: [W('Wednesday', '18:30', '20:00', 'In the room and on video'), M(1, 'Friday', '18:00', '21:00', 'Games night')],
      place: makePlace(L('Hackney', 'Greater London'), 'Beacon Youth Space'),
      lastConfirmed: '2026-11-17T18:00:00Z',
    },
    {
      name: 'Carers\' Cuppa Leeds',
      summary: 'A monthly peer group in Leeds for family and friends who support someone with mental ill health. Time for you, with people who understand caring.',
      description: [
        'Caring for someone with psychosis, bipolar, an eating disorder or severe depression can be exhausting and isolating. This group is about you, not the person you care for.',
        'We share practical know-how (carers\' assessments, confidentiality, crisis plans) and a lot of understanding. There is an evening video meeting for carers who work.',
      ].join('\n\n'),
      whoFor: 'Adults caring for a family member or friend with mental ill health.',
      eligibility: 'No referral needed: just turn up.',
      organisation: 'Fernlea Community Trust', hostType: 'VoluntarySector', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson', 'Online'], tags: ['carers', 'mental-health-carers', 'parents-of-young-people', 'all-genders', 'talking'],
      accessibility: ['StepFree', 'AccessibleToilet', 'HearingLoop'], languages: ['English'],
      firstVisit: 'You will be welcomed by a carer who has been coming for years. Nobody will ask about the person you care for unless you want to talk about them.',
      contacts: contacts('Carers Cuppa Leeds', 'Leeds', { tel: true, web: true }),
      schedules: [M(2, 'Tuesday', '10:30', '12:00'), M(4, 'Thursday', '19:00', '20:00', 'Online, for working carers')],
      place: makePlace(L('Leeds'), 'Orchard House'),
      lastConfirmed: '2026-11-03T11:25:00Z',
    },
    {
      name: 'Sakinah Wellbeing Circle',
      summary: 'A Muslim peer support circle in east London where faith and mental health can be talked about together. Separate sisters\' and brothers\' sessions.',
      description: [
        'Sakinah means tranquillity. Many Muslims feel they must choose between their faith and getting help. Here you do not: members talk about sabr, prayer, family expectations and mental health side by side.',
        'The sisters\' circle and the brothers\' circle meet on different days. Both are led by trained peer volunteers, and an imam or chaplain joins now and then for questions.',
      ].join('\n\n'),
      whoFor: 'Muslim adults, practising or not, who are struggling with their mental health.',
      eligibility: '18 and over. Just turn up, or message us first if you would like to be introduced.',
      organisation: 'Sakinah Circle (user-led)', hostType: 'UserLed', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['muslim', 'south-asian', 'arab-middle-eastern', 'women', 'men', 'talking'],
      accessibility: ['StepFree', 'QuietSpace'], languages: ['English', 'Bengali', 'Urdu', 'Arabic'],
      firstVisit: 'A volunteer will welcome you at the door and show you to the right room. It is okay not to speak.',
      contacts: contacts('Sakinah Wellbeing Circle', 'London', { tel: true, email: true }),
      schedules: [W('Saturday', '11:00', '12:30', 'Sisters\' circle'), W('Sunday', '11:00', '12:30', 'Brothers\' circle')],
      place: makePlace(L('Whitechapel', 'Greater London'), 'Lantern Community Centre'),
      lastConfirmed: '2026-11-13T13:00:00Z',
    },
    {
      name: 'Brew and Banter Newport',
      summary: 'A men\'s peer support group in Newport. Every Monday evening: a brew, a chat, and no judgement. It is okay not to be okay.',
      description: [
        'Blokes are often the last to talk about how they feel. Brew and Banter is a no-pressure group where men can talk, or just listen, about whatever is weighing on them: work, money, relationships, grief, drink.',
        'No one is made to speak. There is a round at the start where you can say "pass".',
      ].join('\n\n'),
      whoFor: 'Men aged 18 and over, including trans men.',
      eligibility: 'Just turn up.',
      organisation: 'Informal group run by members', hostType: 'Informal', runBy: 'PeerLed', joinBy: 'DropIn', cost: 'Free',
      formats: ['Group', 'InPerson'], tags: ['men', 'men-only-space', 'talking', 'suicidal-thoughts'],
      accessibility: ['StepFree', 'AccessibleToilet'], languages: ['English'],
      firstVisit: 'Grab a brew and sit anywhere. Someone will say hello. You can say "pass" in the opening round.',
      contacts: contacts('Brew and Banter Newport', 'Newport', { text: true }),
      schedules: [W('Monday', '19:00', '21:00')],
      place: makePlace(L('Newport', 'Newport'), 'Tannery Rooms'),
      lastConfirmed: '2026-11-16T21:00:00Z',
    },
  ];
};

// =====================================================================
// Themes for generated records: who a group is for, and how it talks about itself.
// {T} in a name is the town or area. short = adjective used in one-to-one names.
// =====================================================================
const T = (id, o) => ({ id, extra: [], slot: 'any', elig: '18 and over.', ...o });
const THEMES = [
  T('general', { tags: ['all-genders'], weight: 6, who: 'adults living with anxiety, depression or other mental health difficulties', short: 'Wellbeing', topic: 'mental ill health',
    names: ['{T} Open Door Peer Group', 'Common Ground {T}', '{T} Peer Support Circle', 'Better Together {T}', '{T} Talk and Listen Group', 'Alongside {T}', 'The {T} Wednesday Club', '{T} Hope Circle'],
    hooks: ['No diagnosis needed, and nobody will tell you what to do.', 'Come as you are; you can just listen.', 'A space to be with people who get it.'],
    about: ['An open group for anyone finding life hard because of their mental health: anxiety, depression, panic, stress or something without a name. You do not need a diagnosis.', 'We started because we wanted somewhere to talk that was not a waiting room. Members share what helps them get through the week, and what does not.'],
    whoFor: 'Adults with any experience of mental ill health, diagnosed or not.' }),
  T('lgbt', { tags: ['lgbt-plus'], extra: ['trans-non-binary', 'bisexual-pansexual', 'asexual-aromantic', 'all-genders'], weight: 3, who: 'LGBT+ adults', short: 'LGBT+', topic: 'being LGBT+ and living with mental ill health', slot: 'eve',
    names: ['{T} Rainbow Circle', 'Out Together {T}', '{T} Queer Peer Space', 'Spectrum {T}', '{T} Pride and Peers', 'Prism {T}'],
    hooks: ['Come as you are: no need to explain or hide who you are.', 'Mental health support without having to come out all over again.'],
    about: ['A peer group for lesbian, gay, bi, trans, queer and questioning people who want to talk about mental health with people who understand both sides of their life.', 'Many of us have had to explain ourselves to services again and again. Here nobody asks you to.'],
    whoFor: 'LGBT+ adults, including anyone questioning their sexuality or gender.' }),
  T('trans', { tags: ['lgbt-plus', 'trans-non-binary'], who: 'trans, non-binary and gender-questioning adults', short: 'Trans', topic: 'being trans or non-binary', slot: 'eve',
    names: ['{T} Trans Peer Space', 'Trans and Non-Binary Circle {T}', '{T} Gender Journeys', 'T-Time {T}'],
    hooks: ['Wherever you are in your journey, you are welcome.', 'Waiting lists, family, work and joy: talk about all of it.'],
    about: ['A space run by trans people for trans, non-binary and gender-questioning people. You do not need to be out, or to have started any transition.', 'We talk about mental health alongside everything else: waiting lists, family, dysphoria and euphoria.'],
    whoFor: 'Trans, non-binary and gender-questioning people.' }),
  T('bi', { tags: ['lgbt-plus', 'bisexual-pansexual'], who: 'bi and pan people', short: 'Bi+', topic: 'being bi or pan', slot: 'eve',
    names: ['{T} Bi+ Peer Group', 'Bi Visible {T}', '{T} Bi and Pan Circle'],
    hooks: ['Not "just a phase", and not invisible here.', 'For bi, pan and bi+ people of every gender.'],
    about: ['A peer group for bisexual, pansexual and other bi+ people, who can feel invisible in straight and gay spaces alike.', 'We talk about biphobia, relationships, coming out (again and again) and mental health.'],
    whoFor: 'Bisexual, pansexual and bi+ people of any gender.' }),
  T('ace', { tags: ['lgbt-plus', 'asexual-aromantic'], formats: [['Group', 'Online'], ['Group', 'InPerson']], who: 'asexual and aromantic people', short: 'Ace and Aro', topic: 'being asexual or aromantic', slot: 'eve',
    names: ['{T} Ace and Aro Circle', 'Ace Space {T}', '{T} Asexual Peer Group'],
    hooks: ['A space where nobody asks when you will meet someone.', 'Ace, aro and questioning people welcome.'],
    about: ['A peer group for asexual, aromantic and ace-spectrum people, and anyone questioning.', 'Members talk about pressure from family and friends, relationships on their own terms, and mental health.'],
    whoFor: 'Asexual, aromantic and ace-spectrum people.' }),
  T('gbm', { tags: ['lgbt-plus', 'gay-bisexual-men', 'men'], who: 'gay, bi and queer men', short: 'Gay and Bi Men\'s', topic: 'being a gay or bi man with mental health struggles', slot: 'eve',
    names: ['{T} Gay and Bi Men\'s Circle', 'Brothers Out {T}', '{T} Queer Men\'s Peer Group'],
    hooks: ['Talk about loneliness, chemsex, body image and relationships without judgement.', 'A social alternative to the scene.'],
    about: ['A peer group for gay, bi and queer men, cis and trans, who want to talk honestly about mental health, loneliness and relationships.', 'Some members are newly out, some have been out for decades. All of us have found it helps to talk.'],
    whoFor: 'Gay, bisexual and queer men, cis and trans.' }),
  T('lbq', { tags: ['lgbt-plus', 'lesbian-bisexual-women', 'women'], who: 'lesbian, bi and queer women', short: 'LBQ Women\'s', topic: 'being a lesbian, bi or queer woman with mental health struggles', slot: 'eve',
    names: ['{T} Sapphic Circle', 'Queer Women\'s Peer Group {T}', '{T} LBQ Women Together'],
    hooks: ['A welcoming space for lesbian, bi and queer women, trans and cis.', 'Friendship and support without the bar.'],
    about: ['A peer group for lesbian, bi and queer women, trans and cis, to talk about mental health, identity, family and relationships.', 'We also organise walks and coffee meet-ups for members who want more social time.'],
    whoFor: 'Lesbian, bisexual and queer women, trans and cis.' }),
  T('qtipoc', { tags: ['lgbt-plus', 'qtipoc', 'black-minority-ethnic'], where: 'city', who: 'queer and trans people of colour', short: 'QTIPOC', topic: 'being queer or trans and a person of colour', slot: 'eve',
    names: ['{T} QTIPOC Peer Space', '{T} Kin Collective', '{T} Queer People of Colour Circle'],
    hooks: ['No need to leave any part of yourself at the door.', 'Talk about racism, family and identity with people who live it.'],
    about: ['A space for LGBT+ people from Black, Asian and other racialised communities, where both parts of who you are are understood.', 'Run by QTIPOC members who know how isolating it can be to be the only one in a room.'],
    whoFor: 'Queer, trans and intersex people of colour.' }),
  T('bme', { tags: ['black-minority-ethnic'], extra: ['all-genders'], where: 'city', weight: 2, who: 'people from Black and minority ethnic communities', short: 'BME', topic: 'racism and mental ill health',
    names: ['{T} Global Majority Peer Group', 'Many Roots {T}', '{T} Community Voices Circle', 'Ubuntu Circle {T}'],
    hooks: ['A space where you do not have to explain racism to be understood.', 'User-led, and shaped by members\' own cultures.'],
    about: ['A user-led group for people from Black, Asian and other minority ethnic communities, where members understand how racism, culture and family shape mental health.', 'Many members had poor experiences of services that did not understand their culture. The group is a place to be understood first.'],
    whoFor: 'Adults from Black, Asian, mixed heritage and other minority ethnic communities.' }),
  T('black', { tags: ['black-african-caribbean', 'black-minority-ethnic'], where: 'city', weight: 2, who: 'Black people of African and Caribbean heritage', short: 'Black', topic: 'being Black and living with mental ill health',
    names: ['{T} Black Wellbeing Circle', 'Heritage Minds {T}', '{T} African Caribbean Wellbeing Circle', 'Roots and Wings {T}'],
    hooks: ['By Black people, for Black people.', 'A space to talk about racism, faith and family with people who share them.'],
    about: ['A peer group by and for Black people of African and Caribbean heritage. We talk about the weight of racism, about services, faith, family and what gets us through.', 'Members often say it is the first place they have talked about mental health without having to translate their experience.'],
    whoFor: 'Black adults of African and Caribbean heritage.' }),
  T('southasian', { tags: ['south-asian'], extra: ['women', 'women-only-space', 'sikh', 'hindu'], where: 'city', weight: 2, who: 'people of South Asian heritage', short: 'South Asian', topic: 'mental health in South Asian families',
    langs: ['English', 'Urdu', 'Punjabi', 'Bengali', 'Gujarati', 'Hindi'],
    names: ['{T} Apna Circle', 'Chai and Chat {T}', '{T} South Asian Wellbeing Group', 'Saath {T}'],
    hooks: ['Talk in English, Urdu, Punjabi or Bengali.', 'Chai, understanding and no shame.'],
    about: ['A peer group for people of South Asian heritage, in English and community languages. Many of us grew up in families where mental health was not talked about.', 'We talk about family expectations, izzat, faith, marriage and mental health, with people who understand.'],
    whoFor: 'Adults of Pakistani, Indian, Bangladeshi, Sri Lankan and other South Asian heritage.' }),
  T('esea', { tags: ['east-south-east-asian'], where: 'city', who: 'people of East and South East Asian heritage', short: 'ESEA', topic: 'being East or South East Asian in the UK',
    langs: ['English', 'Cantonese', 'Mandarin', 'Vietnamese'],
    names: ['{T} ESEA Peer Circle', 'Jade Tea Room {T}', '{T} East and South East Asian Wellbeing Group'],
    hooks: ['In English, Cantonese, Mandarin and Vietnamese.', 'Talk about family, racism and pressure with people who understand.'],
    about: ['A peer group for people of Chinese, Hong Kong, Vietnamese, Filipino, Korean, Japanese and other East and South East Asian heritage.', 'Members share experiences of racism, family pressure, migration and the stigma around mental health in our communities.'],
    whoFor: 'Adults of East and South East Asian heritage.' }),
  T('arab', { tags: ['arab-middle-eastern'], extra: ['refugees-asylum-seekers', 'muslim'], where: 'city', who: 'Arab, Middle Eastern and North African people', short: 'Arabic-Speaking', topic: 'migration, family and mental health',
    langs: ['Arabic', 'Kurdish', 'Farsi', 'English'],
    names: ['{T} Arabic-Speaking Wellbeing Circle', 'Bayt {T}', '{T} Middle Eastern Peer Group'],
    hooks: ['In Arabic, Kurdish, Farsi and English.', 'Coffee, conversation and people who understand home.'],
    about: ['A peer group in Arabic, Kurdish, Farsi and English for people with roots in the Middle East and North Africa.', 'Members talk about homesickness, family far away, war, faith and settling in, alongside mental health.'],
    whoFor: 'Adults with Arab, Kurdish, Iranian and North African heritage.' }),
  T('grt', { tags: ['gypsy-roma-traveller'], who: 'Gypsy, Roma and Traveller people', short: 'Traveller', topic: 'being a Gypsy, Roma or Traveller person',
    names: ['{T} Traveller Wellbeing Circle', 'Open Road {T}', '{T} Gypsy, Roma and Traveller Peer Group'],
    hooks: ['Run by Travellers, for Travellers.', 'Outreach to sites as well as meetings in town.'],
    about: ['A peer group run by Gypsy, Roma and Traveller members, for people from our communities who are struggling. We know how hard it can be to talk about mental health, and how often services get us wrong.', 'Members can meet in town, or a peer supporter can visit sites and yards.'],
    whoFor: 'Gypsy, Roma and Traveller people, including Irish Travellers, Romany Gypsies, Roma, Showmen and Boaters.' }),
  T('refugee', { tags: ['refugees-asylum-seekers'], cost: 'Free', extra: ['trauma', 'arab-middle-eastern'], where: 'city', who: 'refugees and people seeking asylum', short: 'Sanctuary', topic: 'seeking sanctuary',
    langs: ['English', 'Arabic', 'Farsi', 'Tigrinya', 'Pashto', 'Kurdish'],
    names: ['{T} Sanctuary Peer Circle', 'New Roots {T}', '{T} Welcome Circle'],
    hooks: ['Interpreters available; whatever your immigration status.', 'Food, friendship and understanding from people who have made the same journey.'],
    about: ['A peer group for refugees and people seeking asylum, run by members who have been through the asylum system themselves.', 'We share a meal and talk about sleep, worry, loss and hope. Immigration status does not matter here, and we do not share information with the Home Office.'],
    whoFor: 'Refugees and people seeking asylum, whatever their status.', elig: 'Adults of any status. Interpreters can be arranged.' }),
  T('easterneuropean', { tags: ['eastern-european'], where: 'city', who: 'people from Eastern European communities', short: 'Eastern European', topic: 'settling in the UK',
    langs: ['Polish', 'Romanian', 'Lithuanian', 'Ukrainian', 'English'],
    names: ['{T} Polish and Eastern European Peer Group', 'Bridges {T}', '{T} Central and Eastern European Wellbeing Circle'],
    hooks: ['In Polish, Romanian, Lithuanian, Ukrainian and English.', 'Understanding from people who have also made a home here.'],
    about: ['A peer group for people from Polish, Romanian, Lithuanian, Ukrainian and other Central and Eastern European communities.', 'Members talk about work, homesickness, family across borders and mental health, in their own languages.'],
    whoFor: 'Adults from Central and Eastern European communities.' }),
  T('welsh', { tags: ['welsh-speakers'], where: 'wales', who: 'Welsh speakers', short: 'Welsh-Language', topic: 'mental ill health', langs: ['Welsh', 'English'],
    names: ['Cylch Cymorth {T}', '{T} Welsh-Language Peer Group', 'Sgwrs {T}', 'Paned a Sgwrs {T}'],
    hooks: ['Yn Gymraeg: talk about your mental health in Welsh.', 'Croeso i bawb: learners welcome too.'],
    about: ['A peer group that meets in Welsh, for people who find it easier to talk about feelings in their first language. Learners are very welcome.', 'Many Welsh speakers struggle to find support in Welsh. This group was set up so you do not have to translate yourself.'],
    whoFor: 'Welsh speakers and learners.' }),
  T('mums', { tags: ['perinatal', 'mothers', 'new-parents'], extra: ['expectant-parents', 'families', 'women'], weight: 2, slot: 'day', who: 'mums struggling during pregnancy or after having a baby', short: 'Mums\'', topic: 'perinatal mental health', acc: ['ChildrenWelcome'],
    names: ['{T} Mums\' Peer Circle', 'Bumps and Beyond {T}', '{T} Mum to Mum', 'Little Steps {T}', '{T} New Mums\' Circle'],
    hooks: ['Babies very welcome.', 'For postnatal depression, anxiety, birth trauma or just feeling lost.'],
    about: ['A group for mums who are finding pregnancy or life with a new baby harder than they expected: low mood, anxiety, intrusive thoughts, or a birth that did not go to plan.', 'Run by mums who have had perinatal mental health difficulties themselves. Bring your baby: we have mats, toys and a spare pair of arms.'],
    whoFor: 'Mums who are pregnant or have a child under two.', elig: 'Pregnant or with a child under two.' }),
  T('dads', { tags: ['fathers', 'perinatal', 'men'], extra: ['new-parents'], slot: 'eve', who: 'dads and partners finding parenthood hard', short: 'Dads\'', topic: 'becoming a dad',
    names: ['{T} Dads\' Peer Group', 'Dad Talk {T}', '{T} New Dads\' Circle', 'Dads Together {T}'],
    hooks: ['Because dads struggle too.', 'For dads and partners after a difficult birth or a tough first year.'],
    about: ['A peer group for dads and partners who are struggling: after a traumatic birth, when a partner is unwell, or simply because the first years of parenthood are hard.', 'Dads often put their own feelings last. This is a place to put them first for an hour.'],
    whoFor: 'Dads, partners and co-parents of children under five.' }),
  T('families', { tags: ['families', 'parents-of-young-people'], extra: ['single-parents', 'mothers', 'fathers'], who: 'parents and families', short: 'Family', topic: 'family life and mental health', acc: ['ChildrenWelcome'],
    names: ['{T} Family Peer Support', 'Families Together {T}', '{T} Parents\' Circle', 'Kitchen Table Parents {T}'],
    hooks: ['For parents worried about a child, or struggling themselves.', 'Whole families welcome.'],
    about: ['A family-centred group for parents and carers: those worried about a child\'s or teenager\'s mental health, and those whose own mental health makes parenting hard.', 'Partners, grandparents and older children are welcome at the family sessions.'],
    whoFor: 'Parents, carers and their families.' }),
  T('singleparents', { tags: ['single-parents'], extra: ['mothers', 'fathers'], slot: 'day', who: 'single parents', short: 'Single Parents\'', topic: 'parenting alone', acc: ['ChildrenWelcome'],
    names: ['{T} Single Parents\' Circle', 'Solo Together {T}', '{T} Lone Parents\' Peer Group'],
    hooks: ['Children welcome; creche available.', 'For mums and dads doing it on their own.'],
    about: ['A peer group for single parents, who often carry everything alone: money, school runs, and their own mental health.', 'Sessions are in school hours, and children under five are welcome.'],
    whoFor: 'Single parents of children of any age.' }),
  T('babyloss', { tags: ['baby-loss', 'bereavement'], extra: ['mothers', 'fathers'], who: 'parents after the loss of a baby', short: 'Baby Loss', topic: 'baby loss',
    names: ['{T} Baby Loss Peer Support', 'Footprints {T}', '{T} Forget Me Not Group'],
    hooks: ['For miscarriage, stillbirth, neonatal loss and termination for medical reasons.', 'However long ago, however early.'],
    about: ['A gentle peer group for parents after miscarriage, ectopic pregnancy, stillbirth, neonatal death or termination for medical reasons, however long ago.', 'Run by bereaved parents. Partners are welcome to come together or on their own.'],
    whoFor: 'Mums, dads and partners after the loss of a baby at any stage.' }),
  T('expectant', { tags: ['expectant-parents', 'perinatal'], extra: ['mothers', 'fathers'], slot: 'day', who: 'people who are pregnant and anxious or low', short: 'Antenatal', topic: 'mental health in pregnancy',
    names: ['{T} Bump Buddies', 'Expecting Together {T}', '{T} Antenatal Peer Group'],
    hooks: ['For anxiety, low mood or fear of birth during pregnancy.', 'Partners welcome.'],
    about: ['A peer group for people who are pregnant and finding it hard: anxiety, low mood, fear of birth, or worries after a previous difficult pregnancy.', 'Run by parents who have been through it. Partners are welcome.'],
    whoFor: 'People who are pregnant, and their partners.' }),
  T('prison', { tags: ['prison-experience', 'leaving-prison', 'probation'], extra: ['men', 'women', 'in-prison'], weight: 2, who: 'people with experience of prison', short: 'Prison Leavers\'', topic: 'prison and resettlement',
    names: ['{T} Fresh Start Peer Mentors', 'Beyond the Gate {T}', '{T} Second Chance Circle', 'Open Doors {T}'],
    hooks: ['Support from people who have served time themselves.', 'Whether you got out last week or ten years ago.'],
    about: ['Peer support from people who have been in prison themselves. We know the first weeks out can be the hardest: housing, money, probation appointments and old pressures.', 'Members support each other to stay well and stay out. Probation officers and keyworkers can refer, but you can also contact us directly.'],
    whoFor: 'Adults who have spent time in prison, are on probation or licence, or are due for release.' }),
  T('inside', { tags: ['in-prison', 'prison-experience', 'leaving-prison'], extra: ['women', 'men'], formats: [['OneToOne', 'InPerson'], ['OneToOne', 'InPerson', 'Phone']], area: true, who: 'people in prison who are preparing for release', short: 'Prison Release', topic: 'prison', cost: 'Free',
    names: ['{T} Inside Track Mentors', 'Gate to Home {T}', '{T} Release Peer Mentors'],
    hooks: ['We start meeting you inside and carry on after you get out.', 'Mentors who have served time themselves.'],
    about: ['Peer mentors who have been in prison themselves meet people inside in the months before release, then carry on meeting in the community afterwards.', 'Mentors help with the practical things (ID, bank account, housing, probation) and are someone to talk to on the hard days.'],
    whoFor: 'People in prison within six months of release, and people who have just been released.', elig: 'Aged 18 and over.' }),
  T('prisonfamilies', { tags: ['families-of-prisoners'], extra: ['families', 'mothers'], who: 'families of people in prison', short: 'Prisoners\' Families', topic: 'having someone you love in prison',
    names: ['{T} Families Inside Circle', 'Holding On {T}', '{T} Prisoners\' Families Peer Group'],
    hooks: ['You are serving a sentence too.', 'Partners, parents and grandparents welcome.'],
    about: ['A peer group for partners, parents, grandparents and friends of someone in prison. Visits, phone calls, money and what to tell the children: we have all been there.', 'Run by family members who understand the stigma and the waiting.'],
    whoFor: 'Family and friends of someone in prison.' }),
  T('forensic', { tags: ['forensic-mental-health', 'prison-experience'], extra: ['ward-visiting'], who: 'people with experience of secure or forensic services', short: 'Step-Down', topic: 'secure services',
    names: ['{T} Step Down Peer Support', 'Moving On {T}', '{T} Forensic Peer Network'],
    hooks: ['From people who have been in secure hospitals themselves.', 'Support with leaving secure care and settling in the community.'],
    about: ['Peer support for people who are in, or have left, secure hospitals and forensic mental health services.', 'Peer supporters with their own experience of secure care help with the move into the community, from leave to discharge and beyond.'],
    whoFor: 'Adults using or leaving forensic and secure mental health services.' }),
  T('youthjustice', { tags: ['youth-justice', 'young-people'], cost: 'Free', extra: ['young-adults'], slot: 'eve', who: 'young people who have been in trouble with the law', short: 'Youth Justice', topic: 'the youth justice system',
    names: ['{T} Changing Paths Youth Peers', 'Next Chapter {T}', '{T} Young People\'s Peer Mentors'], elig: 'Aged 14 to 21.',
    hooks: ['Mentors who have been there and turned it around.', 'For young people working with a youth justice team.'],
    about: ['Peer mentoring and a group for young people who have been in contact with the youth justice system, from mentors who have been there themselves.', 'Safeguarding is in place and every mentor is trained and supported by youth workers.'],
    whoFor: 'Young people aged 14 to 21 with experience of the youth justice system.' }),
  T('youngpeople', { tags: ['young-people'], extra: ['students'], slot: 'eve', who: 'teenagers aged 13 to 17', short: 'Teen', topic: 'growing up with mental health struggles', elig: 'Aged 13 to 17. A parent or carer needs to give consent for under-16s.',
    names: ['{T} Teen Peer Space', 'Headroom {T}', '{T} Youth Wellbeing Circle'],
    hooks: ['Safeguarding in place, with youth workers present.', 'Talk about school, friends and feelings with people your own age.'],
    about: ['A peer group for teenagers, led by trained young peer leaders aged 18 to 24 with youth workers in the room.', 'We talk about school, exams, friendships, online life and feelings, and sometimes just play games.'],
    whoFor: 'Young people aged 13 to 17.' }),
  T('youngadults', { tags: ['young-adults'], extra: ['students'], weight: 2, slot: 'eve', who: 'young adults aged 18 to 25', short: 'Young Adults\'', topic: 'being a young adult with mental health struggles', elig: 'Aged 18 to 25.',
    names: ['{T} 18–25 Peer Group', 'Twenty-Something {T}', '{T} Young Adults\' Circle', 'Level Up {T}'],
    hooks: ['Honest chat about work, money, housing and relationships.', 'No lectures, just people your age who get it.'],
    about: ['A peer group for 18 to 25-year-olds finding their feet: leaving home, leaving care, starting work, not finding work, and everything in between.', 'Run by young adults with lived experience of mental health struggles.'],
    whoFor: 'Young adults aged 18 to 25.' }),
  T('students', { tags: ['students', 'young-adults'], slot: 'eve', who: 'college and university students', short: 'Student', topic: 'student life and mental health',
    names: ['{T} Student Peer Support', 'Study Break {T}', '{T} Students\' Wellbeing Circle'],
    hooks: ['Mature and international students welcome.', 'Term-time evenings, away from campus.'],
    about: ['A peer group for students at any college or university, run by students and recent graduates.', 'We talk about deadlines, loneliness, money, placements and the pressure to look like you are coping.'],
    whoFor: 'Students of any age at any college or university.' }),
  T('midlife', { tags: ['midlife'], extra: ['women', 'men'], who: 'people in midlife', short: 'Midlife', topic: 'midlife and mental health',
    names: ['{T} Midlife Matters', 'Midlife Together {T}', '{T} Menopause and Mood Peer Group'],
    hooks: ['Menopause, caring, work and everything in between.', 'For people in their forties, fifties and early sixties.'],
    about: ['A peer group for people in their forties, fifties and early sixties, when menopause, caring for parents and teenagers, and work can all land at once.', 'Members share what has helped with sleep, mood and anxiety.'],
    whoFor: 'Adults aged roughly 40 to 65.' }),
  T('older', { tags: ['older-people'], extra: ['bereavement', 'all-genders'], weight: 2, slot: 'day', who: 'people over 60', short: 'Later Life', topic: 'mental health in later life', acc: ['HearingLoop', 'LargePrint'],
    names: ['{T} Later Life Circle', 'Silver Linings {T}', '{T} Over 60s Peer Group', 'Good Company {T}'],
    hooks: ['Tea, company and understanding.', 'Transport help available; ask us.'],
    about: ['A friendly group for people in later life who are feeling low, anxious or lonely: after retirement, bereavement, illness or a move.', 'Members often stay on for lunch together.'],
    whoFor: 'People aged 60 and over.', elig: '60 and over.' }),
  T('carers', { tags: ['carers', 'mental-health-carers'], extra: ['all-genders', 'families'], weight: 2, who: 'people caring for someone with mental ill health', short: 'Carers\'', topic: 'caring for someone with mental ill health',
    names: ['{T} Carers\' Circle', 'Caring Together {T}', '{T} Family and Friends Peer Group', 'Carers\' Cuppa {T}'],
    hooks: ['Time for you, not the person you care for.', 'Practical tips and real understanding.'],
    about: ['A group for family and friends supporting someone with mental ill health. Caring can be lonely and exhausting; here you are with people who understand.', 'We share know-how on confidentiality, carers\' assessments and crisis plans, and look after ourselves too.'],
    whoFor: 'Adults caring for a relative or friend with mental ill health.' }),
  T('youngcarers', { tags: ['young-carers', 'carers', 'young-people'], extra: ['young-adults'], slot: 'eve', who: 'young carers', short: 'Young Carers\'', topic: 'being a young carer', elig: 'Aged 12 to 25.',
    names: ['{T} Young Carers\' Hangout', 'Time Out {T}', '{T} Young Adult Carers\' Group'],
    hooks: ['A break from caring, and people who get it.', 'For young people who look after someone at home.'],
    about: ['A group for young people and young adults who look after a parent, brother, sister or other relative.', 'Time out from caring: activities, trips and a chance to talk, with youth workers on hand.'],
    whoFor: 'Young carers and young adult carers aged 12 to 25.' }),
  T('parentcarers', { tags: ['parent-carers', 'carers'], extra: ['parents-of-young-people'], slot: 'day', who: 'parent carers', short: 'Parent Carers\'', topic: 'caring for a child with additional needs',
    names: ['{T} Parent Carers\' Coffee Morning', 'Same Boat {T}', '{T} Parent Carer Peer Group'],
    hooks: ['School hours, with people who understand.', 'For parents of children with additional needs or mental health difficulties.'],
    about: ['A peer group for parents caring for a child with additional needs, a disability or a mental health difficulty.', 'Members swap hard-won knowledge about schools, assessments and services, and look after their own wellbeing.'],
    whoFor: 'Parents and carers of children and young people with additional needs.' }),
  T('formercarers', { tags: ['former-carers', 'carers', 'bereavement'], slot: 'day', who: 'former carers', short: 'Former Carers\'', topic: 'life after caring',
    names: ['{T} Life After Caring', 'Next Steps {T}', '{T} Former Carers\' Circle'],
    hooks: ['For when caring has ended and you are finding your way again.', 'Bereaved carers welcome.'],
    about: ['A group for people whose caring role has ended, through bereavement or because the person moved into care or recovered.', 'It can be hard to know who you are after years of caring. Members help each other find their way.'],
    whoFor: 'Adults whose caring role has ended.' }),
  T('christian', { tags: ['christian'], extra: ['multi-faith'], who: 'Christians and anyone who wants faith in the conversation', short: 'Christian', topic: 'faith and mental health',
    names: ['{T} Church Wellbeing Circle', 'Living Water {T}', '{T} Faith and Wellbeing Group', 'Sanctuary Café {T}'],
    hooks: ['Faith and mental health, side by side.', 'Open to people of any denomination or none.'],
    about: ['A peer group hosted by a local church for people who want to bring faith into conversations about mental health. Nobody will be preached at.', 'Members of any denomination, and people unsure about faith, are welcome.'],
    whoFor: 'Adults of any Christian tradition, and anyone curious.' }),
  T('muslim', { tags: ['muslim'], extra: ['south-asian', 'arab-middle-eastern', 'women', 'men'], where: 'city', who: 'Muslims', short: 'Muslim', topic: 'faith and mental health',
    names: ['{T} Muslim Wellbeing Circle', 'Sabr {T}', '{T} Sisters\' Wellbeing Circle', 'Noor {T}'],
    hooks: ['Faith and mental health together.', 'Sisters\' and brothers\' sessions.'],
    about: ['A peer group for Muslims where faith and mental health can be talked about together.', 'Led by trained volunteers from the local community, with separate sessions for sisters and brothers.'],
    whoFor: 'Muslim adults, practising or not.' }),
  T('jewish', { tags: ['jewish'], where: 'city', who: 'Jewish people', short: 'Jewish', topic: 'mental health in the Jewish community',
    names: ['{T} Jewish Wellbeing Circle', 'Chesed {T}', '{T} Jewish Peer Support Group'],
    hooks: ['Kosher refreshments; no meetings on Shabbat or festivals.', 'Observant or not, all welcome.'],
    about: ['A peer group for Jewish people of any background, observant or not, hosted by a community organisation.', 'We talk about mental health in a setting that understands Jewish life, family and festivals.'],
    whoFor: 'Jewish adults.' }),
  T('sikh', { tags: ['sikh'], extra: ['south-asian'], where: 'city', who: 'Sikhs', short: 'Sikh', topic: 'mental health in the Sikh community', langs: ['Punjabi', 'English'],
    names: ['{T} Sikh Wellbeing Sangat', 'Chardi Kala {T}', '{T} Gurdwara Wellbeing Circle'],
    hooks: ['In Punjabi and English.', 'Langar-style: everyone eats together.'],
    about: ['A peer group for Sikhs that meets near the gurdwara, in Punjabi and English.', 'We talk openly about stress, low mood, addiction and family pressure, which can be hard to raise elsewhere in the community.'],
    whoFor: 'Sikh adults.' }),
  T('hindu', { tags: ['hindu'], extra: ['south-asian'], where: 'city', who: 'Hindus', short: 'Hindu', topic: 'mental health in Hindu communities', langs: ['Gujarati', 'Hindi', 'Tamil', 'English'],
    names: ['{T} Hindu Wellbeing Satsang', 'Shanti {T}', '{T} Mandir Wellbeing Circle'],
    hooks: ['In Gujarati, Hindi, Tamil and English.', 'Faith, family and mental health, without shame.'],
    about: ['A peer group for Hindus that meets at a mandir community hall, in Gujarati, Hindi, Tamil and English.', 'Members talk about mental health, family and faith, and sometimes begin with a short prayer or bhajan.'],
    whoFor: 'Hindu adults.' }),
  T('buddhist', { tags: ['buddhist'], extra: ['multi-faith'], who: 'people drawn to Buddhist practice', short: 'Meditation', topic: 'meditation and mental health',
    names: ['{T} Sangha Wellbeing Circle', 'Quiet Mind {T}', '{T} Meditation and Sharing Group'],
    hooks: ['A short meditation, then sharing.', 'Open to people of any faith or none.'],
    about: ['A peer group from a Buddhist tradition: a short guided meditation, then a sharing circle.', 'You do not need to be Buddhist or to have meditated before.'],
    whoFor: 'Adults interested in Buddhist practice, of any faith or none.' }),
  T('multifaith', { tags: ['multi-faith'], extra: ['christian', 'muslim', 'jewish'], who: 'people of any faith or none', short: 'Multi-Faith', topic: 'faith, meaning and mental health',
    names: ['{T} Faith and Meaning Circle', 'Many Paths {T}', '{T} Interfaith Wellbeing Group'],
    hooks: ['For people of every faith and none.', 'Talk about meaning, belief and mental health.'],
    about: ['A peer group for people of every faith and none who want to talk about meaning, belief and spirituality alongside their mental health.', 'Hosted by a multi-faith chaplaincy, led by peers.'],
    whoFor: 'Adults of any faith or none.' }),
  T('deaf', { tags: ['deaf-bsl'], where: 'city', who: 'Deaf BSL users', short: 'Deaf', topic: 'being Deaf and living with mental ill health', langs: ['BSL'], acc: ['Bsl'],
    names: ['{T} Deaf Peer Circle', 'Sign and Share {T}', '{T} BSL Wellbeing Group'],
    hooks: ['Run in British Sign Language by Deaf people.', 'No interpreters needed: everyone signs.'],
    about: ['A Deaf-led peer group run entirely in British Sign Language.', 'Members share experiences of mental health and of services that are not accessible, and what has helped.'],
    whoFor: 'Deaf adults who use BSL.' }),
  T('hoh', { tags: ['hard-of-hearing'], who: 'people with hearing loss', short: 'Hearing Loss', topic: 'hearing loss and mental health', acc: ['HearingLoop'],
    names: ['{T} Hearing Loss Peer Group', 'Loud and Clear {T}', '{T} Tinnitus and Wellbeing Circle'],
    hooks: ['Hearing loop, good lighting and live captions online.', 'For hearing loss and tinnitus.'],
    about: ['A peer group for people with hearing loss or tinnitus, which can be isolating and exhausting.', 'The room has a hearing loop and good lighting for lipreading; online sessions have live captions.'],
    whoFor: 'Adults with hearing loss or tinnitus who do not use sign language.' }),
  T('autistic', { tags: ['autistic'], extra: ['adhd'], who: 'autistic adults', short: 'Autistic', topic: 'being autistic', acc: ['QuietSpace'],
    names: ['{T} Autistic Adults\' Peer Group', 'Spectrum Social {T}', '{T} Autistic Space'],
    hooks: ['Low-sensory room, clear structure, no small talk required.', 'Diagnosed or self-identified.'],
    about: ['A peer group by and for autistic adults, diagnosed or self-identified.', 'Sessions follow the same structure every time, the lights are low and there is no pressure to make eye contact or small talk.'],
    whoFor: 'Autistic adults, diagnosed or self-identified.' }),
  T('adhd', { tags: ['adhd'], extra: ['autistic'], slot: 'eve', who: 'adults with ADHD', short: 'ADHD', topic: 'ADHD',
    names: ['{T} ADHD Adults\' Peer Group', 'Busy Brains {T}', '{T} ADHD Circle'],
    hooks: ['Short sessions, fidget toys, and come late if you need to.', 'Diagnosed, waiting or wondering.'],
    about: ['A peer group for adults with ADHD, whether diagnosed, on a waiting list or wondering.', 'We share strategies for work, money and relationships, and how ADHD and mental health affect each other.'],
    whoFor: 'Adults with ADHD, diagnosed or not.' }),
  T('ld', { tags: ['learning-disability'], slot: 'day', who: 'people with a learning disability', short: 'Easy Read', topic: 'having a learning disability', acc: ['LargePrint'],
    names: ['{T} Feeling Good Group', 'Friends Together {T}', '{T} Speak Up Wellbeing Group'],
    hooks: ['Easy read information and plain words.', 'Supporters welcome to come along.'],
    about: ['A group for people with a learning disability to talk about feelings and staying well, using plain words and pictures.', 'Supporters can come too. Information is in easy read.'],
    whoFor: 'Adults with a learning disability.' }),
  T('physical', { tags: ['physical-disability'], extra: ['long-term-conditions'], who: 'disabled people and wheelchair users', short: 'Disabled People\'s', topic: 'disability and mental health', acc: ['StepFree', 'AccessibleToilet'],
    names: ['{T} Disabled People\'s Peer Group', 'Access All Areas {T}', '{T} Wheels and Wellbeing'],
    hooks: ['Fully accessible venue, and online for days when getting out is hard.', 'Run by disabled people.'],
    about: ['A peer group run by disabled people for disabled people, about mental health, ableism and getting the support we are entitled to.', 'The venue is fully accessible, with a changing places toilet nearby.'],
    whoFor: 'Disabled adults, including wheelchair users.' }),
  T('ltc', { tags: ['long-term-conditions'], extra: ['physical-disability'], who: 'people living with long-term health conditions', short: 'Long-Term Conditions', topic: 'living with a long-term condition',
    names: ['{T} Chronic Illness Peer Group', 'Spoonie Circle {T}', '{T} Living Well Circle'],
    hooks: ['For chronic pain, long covid, ME and other long-term conditions.', 'Go at your own pace, with rests whenever you need them.'],
    about: ['A peer group for people whose mental health is bound up with a long-term condition: chronic pain, long covid, ME, diabetes, and more.', 'Come in person or join online on low-energy days.'],
    whoFor: 'Adults living with long-term physical health conditions.' }),
  T('blind', { tags: ['blind-partially-sighted'], who: 'blind and partially sighted people', short: 'Sight Loss', topic: 'sight loss and mental health', acc: ['LargePrint'],
    names: ['{T} Sight Loss Peer Group', 'In Touch {T}', '{T} Visually Impaired Wellbeing Circle'],
    hooks: ['Phone and in-person options; large print and audio information.', 'Run by blind and partially sighted members.'],
    about: ['A peer group for blind and partially sighted people, particularly those adjusting to sight loss.', 'Information comes in large print, audio or by phone, and volunteers can guide you from the bus stop.'],
    whoFor: 'Adults with sight loss.' }),
  T('psychosis', { tags: ['psychosis'], extra: ['hearing-voices', 'young-adults'], weight: 2, who: 'people with experience of psychosis', short: 'Psychosis', topic: 'psychosis',
    names: ['{T} Psychosis Peer Group', 'Clear Skies {T}', '{T} Early Psychosis Peer Circle', 'Making Sense {T}'],
    hooks: ['From people who have been through psychosis themselves.', 'Talk about recovery, medication, work and relationships.'],
    about: ['A peer group for people who have experienced psychosis, whether recently or years ago, diagnosed with schizophrenia, bipolar or nothing at all.', 'We talk about making sense of what happened, medication, stigma, and getting life back.'],
    whoFor: 'Adults with experience of psychosis.' }),
  T('voices', { tags: ['hearing-voices'], extra: ['psychosis'], weight: 2, who: 'people who hear voices or see visions', short: 'Hearing Voices', topic: 'hearing voices',
    names: ['{T} Hearing Voices Group', 'Voices Heard {T}', '{T} Voices and Visions Circle'],
    hooks: ['Every explanation of voices is respected here.', 'A place to talk openly about voices and visions.'],
    about: ['A group where people who hear voices, see visions or have other unusual experiences can talk openly, without being judged or told what their experiences mean.', 'Members share ways of living with voices, whatever they believe about them.'],
    whoFor: 'Adults who hear voices, see visions or have other unusual experiences.' }),
  T('bipolar', { tags: ['bipolar'], weight: 2, who: 'people living with bipolar', short: 'Bipolar', topic: 'bipolar',
    names: ['{T} Bipolar Peer Group', 'Ups and Downs {T}', '{T} Mood Swings Circle', 'Even Keel {T}'],
    hooks: ['Swap tips on sleep, mood and medication with people who get it.', 'Diagnosed or not.'],
    about: ['A peer group for people living with bipolar or extreme mood swings, diagnosed or not.', 'Members share what helps with sleep, spotting warning signs, medication and work.'],
    whoFor: 'Adults living with bipolar or extreme mood swings.' }),
  T('selfharm', { tags: ['self-harm'], extra: ['young-adults'], who: 'people who self-harm', short: 'Self-Harm', topic: 'self-harm',
    names: ['{T} Self-Harm Peer Support', 'Kinder Days {T}', '{T} Safe Space Circle'],
    hooks: ['No judgement, and no one will make you stop.', 'Now or in the past.'],
    about: ['A non-judgemental peer group for people who self-harm now or have done in the past.', 'We do not share details of self-harm. We talk about what is behind it, what helps, and how to look after wounds and ourselves.'],
    whoFor: 'Adults who self-harm or have in the past.' }),
  T('suicidal', { tags: ['suicidal-thoughts'], extra: ['men'], who: 'people who live with suicidal thoughts', short: 'Suicidal Thoughts', topic: 'suicidal thoughts',
    names: ['{T} Still Here Group', 'Still Standing {T}', '{T} Talking About Suicide Circle'],
    hooks: ['A space to talk openly about suicidal thoughts.', 'Run by people who have lived with them too.'],
    about: ['A peer group where people who live with suicidal thoughts, or have survived an attempt, can talk about it openly. Saying it out loud does not make it worse.', 'Facilitators are trained in safety planning and will check in with anyone who seems at risk.'],
    whoFor: 'Adults who experience suicidal thoughts or have survived a suicide attempt.' }),
  T('eating', { tags: ['eating-difficulties'], extra: ['young-adults', 'women'], who: 'people with eating difficulties', short: 'Eating Difficulties', topic: 'eating difficulties',
    names: ['{T} Eating Difficulties Peer Group', 'Nourish {T}', '{T} Food and Feelings Circle'],
    hooks: ['Any eating difficulty, diagnosed or not.', 'No talk of numbers: weights, calories or sizes.'],
    about: ['A peer group for people with any kind of eating difficulty, diagnosed or not, at any stage of recovery.', 'We never talk about numbers. Members share what helps with meals, body image and relapse.'],
    whoFor: 'Adults with eating difficulties of any kind.' }),
  T('trauma', { tags: ['trauma'], extra: ['women', 'women-only-space', 'men'], weight: 2, who: 'survivors of trauma', short: 'Trauma Survivors\'', topic: 'trauma',
    names: ['{T} Survivors\' Circle', 'Safe Harbour {T}', '{T} Trauma-Informed Peer Group', 'Steady Ground {T}'],
    hooks: ['Trauma-informed, and nobody has to tell their story.', 'Calm, predictable and at your pace.'],
    about: ['A trauma-informed peer group for survivors of abuse, violence and other overwhelming experiences. Nobody is asked to tell their story.', 'Each session has the same calm structure, with grounding at the start and end.'],
    whoFor: 'Adult survivors of trauma.' }),
  T('bereavement', { tags: ['bereavement'], extra: ['suicidal-thoughts', 'older-people'], weight: 2, who: 'people who are grieving', short: 'Bereavement', topic: 'grief',
    names: ['{T} Grief Peer Group', 'Remembering Together {T}', '{T} Bereaved by Suicide Circle', 'Together in Grief {T}'],
    hooks: ['However long ago, whoever you lost.', 'Including people bereaved by suicide.'],
    about: ['A peer group for people who are grieving, whoever they have lost and however long ago, including people bereaved by suicide.', 'Members understand that grief does not follow a timetable.'],
    whoFor: 'Adults who have been bereaved.' }),
  T('pd', { tags: ['personality-disorder'], extra: ['self-harm', 'trauma'], who: 'people with a personality disorder diagnosis', short: 'BPD', topic: 'living with a personality disorder diagnosis',
    names: ['{T} BPD Peer Support', 'Beyond the Label {T}', '{T} Complex Emotions Circle'],
    hooks: ['For people diagnosed with BPD, EUPD or similar, or who think it fits.', 'Skills, solidarity and no judgement.'],
    about: ['A peer group for people given a personality disorder diagnosis such as BPD or EUPD, or who describe themselves as having complex emotional needs.', 'Members practise skills that help, challenge stigma together and support each other through hard weeks.'],
    whoFor: 'Adults with a personality disorder diagnosis, or who feel it fits them.' }),
  T('men', { tags: ['men', 'men-only-space'], weight: 3, slot: 'eve', who: 'men', short: 'Men\'s', topic: 'men\'s mental health',
    names: ['{T} Men\'s Talking Group', 'Brew and Natter {T}', '{T} Lads\' Circle', 'Man to Man {T}', '{T} Men\'s Cuppa Club'],
    hooks: ['It is okay to talk.', 'No pressure to speak: listening is fine.'],
    about: ['A peer group for men to talk, or just listen, about whatever is weighing on them: work, money, relationships, grief, drink.', 'Many men who come say they wish they had come sooner.'],
    whoFor: 'Men aged 18 and over, including trans men.' }),
  T('women', { tags: ['women', 'women-only-space'], extra: ['trauma', 'midlife'], weight: 3, who: 'women', short: 'Women\'s', topic: 'women\'s mental health',
    names: ['{T} Women\'s Circle', 'Sisters Together {T}', '{T} Women\'s Wellbeing Group', 'Her Space {T}'],
    hooks: ['A women-only space to talk and be heard.', 'Creche available on request.'],
    about: ['A women-only peer group for women facing anxiety, low mood, stress or loneliness.', 'Only women attend, including trans women. Many members value having a space just for women.'],
    whoFor: 'Women aged 18 and over, including trans women.' }),
  T('ward', { tags: ['ward-visiting'], cost: 'Free', slot: 'day',
    sum: 'Peer supporters who have been inpatients themselves visit mental health wards in and around {place} {freq}, and can stay in touch after you go home.',
    para: 'Visits happen on the ward, in the day room or the ward café. Peer visitors chat, play games, help people get ready for ward rounds and plan for going home. After discharge, the same peer supporter can keep in touch for a few weeks.',
    first: 'A peer visitor will introduce themselves on the ward and ask if you would like to talk. You can say no, or just play a game of cards.', extra: ['psychosis', 'bipolar'], formats: [['Group', 'OneToOne', 'InPerson']], area: true, who: 'people on mental health wards', short: 'Ward', topic: 'being an inpatient',
    names: ['{T} Ward Peer Visitors', 'Hospital Friends {T}', '{T} Inpatient Peer Support'],
    hooks: ['Weekly visits from people who have been inpatients themselves.', 'And support after you go home.'],
    about: ['Peer supporters who have been inpatients themselves visit local mental health wards every week, for a chat, a game or help thinking about going home.', 'After discharge, the same peer supporter can keep in touch for a few weeks.'],
    whoFor: 'Adults on mental health inpatient wards, and people recently discharged.', elig: '18 and over. Ask ward staff to let us know, or contact us yourself.' }),
];
THEMES.forEach((t) => (t.tags = [...t.tags]));

// Activities: what a generated group does when it is not mainly a talking group.
const ACTIVITIES = {
  walking: { desc: 'walking group', names: ['{T} Walk and Talk', 'Footsteps {T}', '{T} Step Out Group', 'Green Miles {T}'], slot: 'weekend',
    para: 'We walk for about an hour at an easy pace, with a stop for a hot drink. Walking side by side makes it easier to talk, or not to talk at all.' },
  sport: { desc: 'friendly sport and exercise group', names: ['{T} Kickabout', 'Move Together {T}', '{T} Table Tennis Social', '{T} Swim and Chat'],
    para: 'All abilities are welcome and nobody keeps score. We play for an hour, then have a drink and a chat afterwards.' },
  'creative-arts': { desc: 'creative arts group', names: ['{T} Makers\' Circle', 'Paint and Peers {T}', 'The {T} Art Room', 'Stitch and Chat {T}'],
    para: 'Materials are provided and no skill is needed. Some people chat while they make things, some work quietly. Both are fine.' },
  theatre: { desc: 'drama and theatre group', names: ['{T} Playback Theatre Group', 'Open Stage {T}', '{T} Drama for Wellbeing'],
    para: 'We play drama games, improvise and sometimes make short performances from members\' own stories. Nobody has to perform or share anything they do not want to.' },
  music: { desc: 'music and singing group', names: ['{T} Singing for Wellbeing', '{T} Drum Circle', '{T} Music Makers', 'Open Mic Peers {T}'],
    para: 'No experience or reading music needed. We warm up, sing or play together, and finish with tea.' },
  gardening: { desc: 'community gardening group', names: ['{T} Growing Together', 'Green Shoots {T}', '{T} Allotment Friends', 'Dig In {T}'], slot: 'day',
    para: 'We grow vegetables and flowers on a shared plot. Tools and gloves are provided, and there is a shed with a kettle for rainy days.' },
  cooking: { desc: 'cook-and-eat group', names: ['{T} Kitchen Table', 'Cook and Connect {T}', '{T} Soup Club'],
    para: 'We cook a simple meal together, then sit down and eat it. Recipes come from members, and ingredients are paid for.' },
  social: { desc: 'social group', names: ['{T} Coffee and Company', '{T} Friday Social', 'Games Night {T}', '{T} Brew Club'],
    para: 'Board games, quizzes, outings and a lot of tea. Mental health comes up when people want it to, and not when they do not.' },
};

// Invented organisations (no real charity or NHS body is named).
const CHARITIES = ['Lanternfield Trust', 'Hazelbank Community Trust', 'Kindling Minds CIO', 'Brightwater Wellbeing', 'Willowmere Foundation',
  'Harbourlight Community Trust', 'Oakhollow Wellbeing', 'Fernlea Community Trust', 'Larkrise Minds CIO', 'Tallowgate Trust'];
const NHS = { England: ['Northmoor NHS Foundation Trust', 'Kestrel Vale NHS Trust', 'Amberley Community NHS Trust', 'Westbrook Partnership NHS Foundation Trust'],
  Wales: ['Bryn Derw University Health Board', 'Afon Teg University Health Board'] };

const FORMAT_MIX = {
  'Group,InPerson': 44, 'Group,InPerson,Online': 11, 'Group,Online': 14, 'OneToOne,InPerson': 6, 'OneToOne,Phone': 5,
  'OneToOne,Online': 4, Phone: 2, 'Group,Phone': 2, 'Group,OneToOne,InPerson': 6, 'OneToOne,Online,Phone': 4, 'Group,Online,Phone': 2,
};

// ---------- text pieces ----------
const ADJ = ['friendly', 'welcoming', 'relaxed', 'small, friendly', 'warm'];
const ACT_NOUN = { walking: 'a gentle walk and a chat', sport: 'sport, exercise and a cuppa', 'creative-arts': 'art, craft and conversation',
  theatre: 'drama games and theatre-making', music: 'singing and music-making', gardening: 'gardening and growing',
  cooking: 'cooking and a shared meal', social: 'games, coffee and good company' };
const GROUP_PARAS = [
  'Sessions last about an hour and a half. We start with a short round of how everyone is doing, then talk about whatever people bring. There is always tea, and a quiet corner if you need a breather.',
  'Each meeting has a light structure: a welcome, a check-in, then open conversation. Some weeks we pick a theme, such as sleep, benefits or talking to family. Nobody has to share anything they do not want to.',
  'We keep the group small, usually eight to twelve people, so everyone gets a chance to be heard. Facilitators keep time and make sure no one voice takes over.',
  'There is no agenda and no homework. People come to talk, to listen, or just to be around others who understand. Members often say the chat over tea afterwards helps as much as the group itself.',
];
const HYBRID = 'Some people join in the room and some by video on a screen at the table, so you can come in person one week and from home the next.';
const ONLINE_PARAS = [
  'We meet on a video call. Cameras are optional, you can use just your first name, and you can type in the chat if you would rather not speak.',
  'The group meets by video for about an hour. A host keeps the call safe: links are never posted publicly, and anyone who needs a moment can switch their camera off or drop out and rejoin.',
  'Online suits people who cannot easily get out, live far from a group, or would rather start from home. A volunteer host runs each session and checks in with new members afterwards.',
];
const ONE_PARAS = [
  'You are matched with a trained peer supporter who shares something of your experience. You meet {via} for up to eight sessions, and you decide together what to focus on.',
  'A peer supporter is not a counsellor or a professional: they are someone who has been there. Sessions last about an hour, {via}, every week or two, for as long as you agree together.',
];
const PHONEGROUP_PARA = 'Once you join you get a dial-in number and a PIN. Up to eight people join each call, with a volunteer host. Your number is never shared with other members.';
const PHONELINE_PARA = 'Call during the opening hours and a peer volunteer will answer. Calls are confidential and last as long as you need, up to about half an hour. It is not a crisis line: if you are in danger now, see the crisis information on this site.';
const SAFETY_PARA = (g) => `${g ? 'What is said in the group stays in the group' : 'What you say stays between you and your peer supporter'}, unless someone is at risk of serious harm. We are not a crisis service; if you need help urgently, see the crisis information on this site.`;
const RUN_TEXT = { // [group, one-to-one or phone]
  PeerLed: (t) => [`The group is peer-led: the facilitators have their own experience of ${t}.`, `It is peer-led: every peer supporter has their own experience of ${t}.`],
  PeersWithStaff: () => ['Peer facilitators run each session, with a member of staff present for support and safeguarding.', 'Peer supporters are backed by a small staff team who handle safeguarding.'],
  Professional: () => ['Sessions are facilitated by a trained practitioner, with peer volunteers alongside.', 'A qualified practitioner trains and supervises the peer supporters.'],
};
const HOST_TEXT = {
  UserLed: () => 'It is user-led: members decide together how it runs.',
  VoluntarySector: (o) => `It is hosted by ${o}, a local charity.`,
  Nhs: (o) => `It is run in partnership with ${o}.`,
  Informal: () => 'It is an informal group run by its members, with no organisation behind it.',
};
const COST_TEXT = { Free: 'It is free.', Donation: 'It is free, and donations are welcome if you can afford them.', Paid: 'There is a small charge; nobody is turned away for lack of money.' };
const COST_NOTES = { Free: [undefined, 'Free, including tea and biscuits.', 'Free. Bus fares can be refunded; ask us.'],
  FreeRemote: [undefined, 'Free of charge.'],
  Donation: ['Suggested donation £2, only if you can.', 'Pay what you can towards tea and room hire.'],
  DonationRemote: ['Donations help keep the service running, only if you can.'],
  Paid: ['£3 a session, or £2 concessions. Ask about free places.', '£5 a session to cover materials; free places for anyone on benefits.'] };
const JOIN_TEXT = {
  DropIn: ['No referral needed: just turn up.', 'Just turn up; there is no need to book.'],
  ContactFirst: ['Please get in touch first so we can say hello and tell you what to expect.', 'Get in touch first: a short chat is all it takes.'],
  Referral: ['A referral is needed from a GP, care coordinator, link worker or support worker. Ask us if you are not sure how.'],
};
const FIRST = {
  'group:DropIn': ['Just turn up. Someone will meet you at the door and show you where the tea is. It is okay not to speak.',
    'Come ten minutes early if you would like a quiet word with a facilitator first. You can leave at any time, no explanation needed.',
    'Look for the sign on the door. First-timers are never put on the spot; most people just listen the first time.'],
  'group:ContactFirst': ['After you get in touch, a facilitator will give you a quick call and can meet you outside on your first visit. It is okay not to speak.',
    'We will send you directions and the name of the person who will meet you. You are welcome to bring a friend or supporter the first time.'],
  'group:Referral': ['Once we have your referral, a peer supporter will call you to talk about the group and arrange to meet you before your first session.'],
  activity: ['Tell whoever is leading that it is your first time. Join in as much or as little as you like.',
    'Wear comfortable clothes. Nobody will put you on the spot, and you are welcome just to watch the first time.'],
  online: ['We will email you the link the day before. Cameras are optional, you can use just your first name, and you can type in the chat instead of speaking.',
    'The host will say hello and explain how the call works. You can keep your camera off and just listen.'],
  phone: ['The first call is just a chance to get to know each other. There is no pressure to talk about anything you do not want to.'],
  one: ['Your first meeting is a relaxed chat to see if it feels right, at a time and place that suits you. There is no obligation to carry on.',
    'A coordinator will call you first to find a peer supporter who is a good match. You can ask for someone else at any time.'],
};
const ACCESS = [['StepFree', 0.75], ['AccessibleToilet', 0.55], ['HearingLoop', 0.2], ['Bsl', 0.03], ['QuietSpace', 0.3], ['ChildrenWelcome', 0.08], ['LargePrint', 0.1]];
const CITY_REGIONS = REGIONS.filter((r) => ['Greater London', 'West Midlands', 'Greater Manchester', 'West Yorkshire', 'Cardiff and the Vale of Glamorgan'].includes(r.name));
const WALES_REGIONS = REGIONS.filter((r) => ['Powys', 'Gwynedd', 'Cardiff and the Vale of Glamorgan'].includes(r.name));

// ---------- one generated record ----------
const usedNames = new Set();
const ACT_KEYS = Object.keys(ACTIVITIES);
let actTurn = 0;
function uniqueName(patterns, label, suffix, day) {
  const fill = (p) => (label ? p.replaceAll('{T}', label) : p.replace(/\{T\} | \{T\}/, '') + suffix).replace(/\s+/g, ' ').trim();
  for (const p of shuffle([...patterns])) if (!usedNames.has(fill(p))) { usedNames.add(fill(p)); return fill(p); }
  for (let n = 1; ; n++) {
    const name = `${fill(patterns[0])} (${n === 1 && day ? `${day}s` : `Group ${n}`})`;
    if (!usedNames.has(name)) { usedNames.add(name); return name; }
  }
}

function generate(theme) {
  const formats = (theme.formats ? pick(theme.formats) : weighted(FORMAT_MIX).split(','));
  const has = (f) => formats.includes(f);
  const group = has('Group'), inPerson = has('InPerson'), wales = theme.where === 'wales';

  // where
  let t = null, place = null, area = null;
  if (inPerson) {
    t = pickTown(theme.where);
    place = makePlace(t);
    if (theme.area || (!group && chance(0.5))) {
      const region = REGIONS.find((r) => r.label === (isLondon(t) ? 'Greater London' : null) || r.name.startsWith(t.name) || (r.name === 'West Yorkshire' && t.name === 'Leeds') || (r.name === 'West Midlands' && t.name === 'Birmingham'));
      area = region && chance(0.6) ? region : radiusArea(t, pick([10, 15, 20, 25]));
    }
  } else {
    const k = weighted({ National: 55, Region: 25, Radius: 20 });
    if (k === 'National') area = wales ? NATIONAL[2] : chance(0.85) ? NATIONAL[0] : NATIONAL[1];
    else if (k === 'Region') area = pick(wales ? WALES_REGIONS : theme.where === 'city' ? CITY_REGIONS : REGIONS);
    else area = radiusArea(pickTown(theme.where), pick([15, 20, 25, 30, 40]));
  }
  const townName = t ? (isLondon(t) ? 'London' : t.name) : area.kind === 'Radius' ? area.label : area.kind === 'Region' ? (area.name === 'Greater London' ? 'London' : area.name.split(' ')[0]) : 'MOBILE';
  const placeText = t ? (isLondon(t) ? `${t.name}, London` : t.name) : null;
  const areaText = !area ? '' : area.kind === 'National' ? ` anywhere in ${area.name}` : area.kind === 'Region' ? ` across ${area.name}` : ` in and around ${area.label}`;

  // what
  let act = 'talking';
  if (group && inPerson && !theme.sum && chance(0.3)) act = ACT_KEYS[actTurn++ % ACT_KEYS.length]; // take turns so every activity appears
  else if (group && has('Online') && !inPerson && chance(0.1)) act = pick(['creative-arts', 'music', 'social']);
  const mode = !group ? (has('OneToOne') ? 'one' : 'phoneline') : inPerson ? (act === 'talking' ? 'group' : 'activity') : has('Online') ? 'online' : 'phonegroup';

  // when
  const slot = ACTIVITIES[act]?.slot ?? theme.slot;
  const schedules = [];
  if (mode === 'phoneline') {
    const [start, end] = pick([['18:00', '21:00'], ['19:00', '22:00'], ['10:00', '16:00']]);
    for (const d of shuffle([...DAYS]).slice(0, int(2, 4)).sort((a, b) => DAYS.indexOf(a) - DAYS.indexOf(b))) schedules.push(W(d, start, end, 'Phone line open'));
  } else if (group) {
    if (mode === 'activity' && ['creative-arts', 'theatre', 'music'].includes(act) && chance(0.3)) {
      const [start, end] = pick(SLOTS.day);
      const first = Date.parse(oneOffDate() + 'T00:00:00Z');
      for (let w = 0; w < 3; w++) schedules.push(O(new Date(first + w * 7 * DAY_MS).toISOString().slice(0, 10), start, end, `Workshop ${w + 1} of 3: book a place`));
    } else {
      schedules.push(groupSchedule(slot, theme.id === 'ward'));
      if (chance(0.12)) { const s2 = groupSchedule(slot); if (s2.day !== schedules[0].day) schedules.push(s2); }
      if (chance(0.07)) { const d = oneOffDate(); schedules.push(O(d, '12:00', '15:00', seasonNote(d))); }
    }
  }
  if (has('OneToOne')) schedules.push(BA(pick(['At a time that suits you', 'Weekday daytimes and some evenings', 'Arranged with your peer supporter', undefined])));

  // how
  let hostType = weighted(theme.host ?? { UserLed: 35, VoluntarySector: 35, Nhs: ['psychosis', 'voices', 'ward', 'forensic', 'mums', 'pd', 'eating'].includes(theme.id) ? 30 : 8, Informal: 18 });
  if (!inPerson && hostType === 'Informal') hostType = 'UserLed';
  const runBy = hostType === 'Informal' ? 'PeerLed' : ['youngpeople', 'youthjustice', 'youngcarers'].includes(theme.id) ? 'PeersWithStaff' : weighted({ PeerLed: 62, PeersWithStaff: 25, Professional: 13 });
  const joinBy = weighted(mode === 'one' ? { ContactFirst: 60, Referral: 40 } : mode === 'group' || mode === 'activity' ? { DropIn: 55, ContactFirst: 35, Referral: 10 } : { DropIn: 25, ContactFirst: 70, Referral: 5 });
  const cost = theme.cost ?? weighted(mode === 'activity' ? { Free: 55, Donation: 30, Paid: 15 } : { Free: 72, Donation: 22, Paid: 6 });
  const region = t?.region ?? (wales || ['Powys', 'Gwynedd', 'Cardiff'].some((w) => area.name.includes(w)) ? 'Wales' : 'England');
  const organisation = hostType === 'VoluntarySector' ? pick(CHARITIES) : hostType === 'Nhs' ? pick(NHS[region]) : undefined;

  // name
  const label = t ? t.name : area.kind === 'National' ? null : area.label;
  const day = schedules[0]?.day;
  const patterns = mode === 'activity' ? ACTIVITIES[act].names
    : mode === 'one' ? [`{T} ${theme.short} Peer Mentors`, `{T} ${theme.short} Peer Buddies`, `${theme.short} Peer Link {T}`]
    : mode === 'phoneline' ? [`{T} ${theme.short} Peer Line`, `{T} ${theme.short} Phone Line`, `${theme.short} Talkline {T}`]
    : theme.names;
  let name = uniqueName(patterns, label, mode === 'phonegroup' ? ' by Phone' : mode === 'online' ? ' Online' : '', day);
  if (label && mode === 'phonegroup') name += ' by Phone';
  const userLedOrg = hostType === 'UserLed' ? `${name.replace(/ \(.*\)$/, '')} (user-led)` : organisation;

  // words
  const freq = schedules[0] ? freqText(schedules[0]) : '';
  const hybrid = inPerson && has('Online') ? ', in the room or online' : '';
  const hook = pick(theme.hooks), who = theme.who, W_ = ucfirst(who);
  const via = inPerson ? 'face to face' : has('Online') && has('Phone') ? 'by video or phone' : has('Online') ? 'by video' : 'by phone';
  const summaries = {
    group: [`A ${pick(ADJ)} peer support group for ${who} in ${placeText}, meeting ${freq}${hybrid}.`, `${W_} meet ${freq} in ${placeText}${hybrid} to talk, listen and share what helps.`, `Peer support for ${who} in ${placeText}, run by people who have been there. We meet ${freq}${hybrid}.`],
    activity: [`A ${pick(ADJ)} ${ACTIVITIES[act]?.desc} for ${who} in ${placeText}, meeting ${freq}.`, `${W_} get together in ${placeText} for ${ACT_NOUN[act]}, ${freq}.`],
    online: [`An online peer support group for ${who}${areaText}, meeting ${freq} by video.`, `${W_}${areaText} meet online ${freq} to share what helps.`],
    phonegroup: [`A telephone peer group for ${who}${areaText}: dial in ${freq} from wherever you are.`],
    phoneline: [`A peer support phone line for ${who}${areaText}, answered by trained volunteers with lived experience.`],
    one: [`One-to-one peer support ${via} for ${who}${t ? ` in ${placeText}` : areaText}, from trained peer supporters who have been there themselves.`, `Meet a trained peer supporter ${via}: someone who shares your experience. For ${who}${t ? ` in ${placeText}` : areaText}.`],
  };
  let summary = theme.sum ? theme.sum.replace('{place}', placeText).replace('{freq}', freq) : pick(summaries[mode]);
  if (schedules[0]?.kind === 'OneOff' && mode === 'activity') summary = `A short series of ${ACTIVITIES[act].desc.replace(/ group$/, '')} workshops for ${who} in ${placeText}, starting ${freq}.`;
  if (!theme.sum && (summary + ' ' + hook).length <= 300) summary += ' ' + hook;

  const modePara = theme.para ?? { group: pick(GROUP_PARAS) + (hybrid ? ' ' + HYBRID : ''), activity: ACTIVITIES[act]?.para, online: pick(ONLINE_PARAS),
    phonegroup: PHONEGROUP_PARA, phoneline: PHONELINE_PARA, one: pick(ONE_PARAS).replace('{via}', via) }[mode];
  // The themes' "about" text describes a group; one-to-one and phone lines keep only the sentences that still fit.
  const about = group ? theme.about.slice(0, chance(0.5) ? 2 : 1).join(' ')
    : [`Peer support for ${who}, from people with their own experience of ${theme.topic}.`,
      ...theme.about.join(' ').split(/(?<=\.) /).filter((x) => !/group|circle|session|meet|room|space|sharing/i.test(x)).slice(0, 2)].join(' ');
  const runPara = [RUN_TEXT[runBy](theme.topic)[group ? 0 : 1], HOST_TEXT[hostType](organisation), COST_TEXT[cost]].join(' ');
  const both = group && has('OneToOne') && !theme.para ? ' Between meetings, you can also ask for one-to-one time with a peer supporter.' : '';
  const description = [about, modePara + both, runPara, ...(chance(0.35) ? [SAFETY_PARA(group)] : [])];

  // tags
  const tags = [...theme.tags];
  for (const x of shuffle([...theme.extra])) if (tags.length < theme.tags.length + 2 && chance(0.3)) tags.push(x);
  tags.push(act);
  if (act !== 'talking' && chance(0.3)) tags.push('talking');
  if (act === 'talking' && group && chance(0.12)) tags.push('social');
  if (!tags.some((x) => ['women', 'men', 'all-genders', 'women-only-space', 'men-only-space'].includes(x)) && chance(0.3)) tags.push('all-genders');

  const accessibility = inPerson
    ? ACCESS.filter(([a, p]) => (theme.acc ?? []).includes(a) || chance(p)).map(([a]) => a)
    : ACCESS.filter(([a]) => ['LargePrint', 'Bsl'].includes(a) && ((theme.acc ?? []).includes(a) || chance(0.08))).map(([a]) => a);
  const languages = theme.langs ? [...theme.langs] : region === 'Wales' && chance(0.3) ? ['English', 'Welsh'] : ['English'];

  const firstKey = mode === 'group' ? `group:${joinBy}` : mode === 'phonegroup' || mode === 'phoneline' ? 'phone' : mode;
  const phoneMode = mode === 'phoneline' || mode === 'phonegroup' || has('Phone');
  const costNotes = pick(COST_NOTES[!inPerson && COST_NOTES[cost + 'Remote'] ? cost + 'Remote' : cost]);
  return {
    name, summary, description: description.join('\n\n'), whoFor: theme.whoFor,
    eligibility: `${theme.elig} ${pick(JOIN_TEXT[joinBy])}${mode === 'online' && joinBy !== 'Referral' ? ' We will send you the joining link.' : ''}`,
    organisation: userLedOrg, hostType, runBy, joinBy, cost, ...(costNotes && { costNotes }),
    formats, tags: [...new Set(tags)], accessibility, languages, firstVisit: theme.first ?? pick(FIRST[firstKey]),
    contacts: contacts(name, townName, { email: chance(0.9), tel: phoneMode || chance(0.35), freephone: mode === 'phoneline', text: chance(0.12), web: chance(0.5), booking: cost === 'Paid' || chance(0.04) }),
    schedules, place, area: area && cleanArea(area), lastConfirmed: freshDate(),
  };
}

// ---------- assemble ----------
function finish(rec, i) {
  const out = { externalId: `demo-${String(i + 1).padStart(4, '0')}` };
  for (const k of ['name', 'summary', 'description', 'whoFor', 'eligibility', 'organisation', 'hostType', 'runBy', 'joinBy', 'cost', 'costNotes',
    'formats', 'tags', 'accessibility', 'languages', 'firstVisit', 'contacts', 'schedules', 'place', 'area', 'status', 'lastConfirmed', 'pausedUntil']) {
    if (rec[k] !== undefined) out[k] = rec[k];
  }
  out.place ??= null;
  out.area ??= null;
  return out;
}

const fixed = FIXED().map((r) => ({ ...r, status: 'Published' }));
fixed.forEach((r) => usedNames.add(r.name));

const queue = THEMES.flatMap((t) => Array(4).fill(t));
const weights = Object.fromEntries(THEMES.map((t, i) => [i, t.weight ?? 1]));
while (queue.length < TOTAL - fixed.length) queue.push(THEMES[weighted(weights)]);
const generated = shuffle(queue.slice(0, TOTAL - fixed.length)).map((t) => ({ ...generate(t), status: 'Published' }));

// A few listings in every other status, for moderation and freshness demos.
const STATUS_PLAN = [['Pending', 6], ['Paused', 6], ['Lapsed', 5], ['Archived', 4], ['Draft', 4]];
const slots = shuffle([...generated.keys()]);
const tagCount = {};
for (const r of [...fixed, ...generated]) for (const tg of r.tags) tagCount[tg] = (tagCount[tg] ?? 0) + 1;
const spare = (r) => r.tags.every((tg) => tagCount[tg] > 4);
for (const [status, n] of STATUS_PLAN) {
  for (let done = 0; done < n; done++) {
    const idx = slots.find((k) => spare(generated[k]));
    slots.splice(slots.indexOf(idx), 1);
    const r = generated[idx];
    r.tags.forEach((tg) => tagCount[tg]--);
    r.status = status;
    if (status === 'Pending' || status === 'Draft') r.lastConfirmed = confirmedDaysAgo(int(3, 25));
    if (status === 'Lapsed' || status === 'Archived') r.lastConfirmed = confirmedDaysAgo(int(185, 267));
    if (status === 'Paused') {
      r.pausedUntil = `2027-${String(int(1, 4)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
      r.description += `\n\nWe are taking a short break and plan to be back from ${r.pausedUntil.split('-').reverse().join('/')}. Get in touch and we will let you know when we restart.`;
    }
    if (status === 'Archived') r.description += '\n\nThis group has now closed. Thank you to everyone who came along over the years.';
  }
}

const listings = [...fixed, ...generated].map(finish);
writeFileSync(join(SEED_DIR, 'listings.json'), JSON.stringify({ listings }, null, 2) + '\n');
console.log(`wrote ${listings.length} listings to ${join(SEED_DIR, 'listings.json')}`);
