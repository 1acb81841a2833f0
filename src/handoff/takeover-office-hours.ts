import { z } from 'zod';

const DAYS = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] as const;
const DAY_PATTERN = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const RANGE = `${DAY_PATTERN}(?:-${DAY_PATTERN})?`;
const SPEC = new RegExp(`^(?<days>${RANGE}(?:,${RANGE})*)\\s+(?<oh>[0-2]\\d):(?<om>[0-5]\\d)-(?<ch>[0-2]\\d):(?<cm>[0-5]\\d)\\s+(?<tz>\\S+)$`);

/** Weekly opening hours in one IANA time zone, e.g. "Mo-Fr 09:00-17:00 Europe/Berlin". */
export interface OfficeHours {
    /** The text as configured, for display. */
    spec: string;
    /** 0 = Sunday … 6 = Saturday. */
    days: ReadonlySet<number>;
    /** Minutes after local midnight; open in [open, close). */
    open: number;
    close: number;
    timeZone: string;
}

function expandDays(list: string): Set<number> {
    const days = new Set<number>();
    for (const part of list.split(',')) {
        const [first, last = first] = part.split('-') as [string, string?];
        const start = DAYS.indexOf(first as (typeof DAYS)[number]);
        const end = DAYS.indexOf(last as (typeof DAYS)[number]);
        // "Fr-Mo" wraps over the weekend.
        for (let d = start, n = 0; n < 7; d = (d + 1) % 7, n++) {
            days.add(d);
            if (d === end) break;
        }
    }
    return days;
}

function validTimeZone(timeZone: string): boolean {
    try {
        new Intl.DateTimeFormat('en', { timeZone });
        return true;
    } catch {
        return false;
    }
}

/** Parses the STAFF_OFFICE_HOURS format; throws a message naming the expected format. */
export function parseOfficeHours(spec: string): OfficeHours {
    const where = 'parseOfficeHours()';
    const match = SPEC.exec(spec.trim());
    if (!match) throw new Error(`${where}: expected "<days> HH:MM-HH:MM <IANA time zone>", e.g. "Mo-Fr 09:00-17:00 Europe/Berlin"`);
    const g = match.groups ?? {};
    const timeZone = g.tz ?? '';
    const open = Number(g.oh) * 60 + Number(g.om);
    const close = Number(g.ch) * 60 + Number(g.cm);
    if (open >= close || close > 24 * 60) throw new Error(`${where}: the opening time must be before the closing time, both within one day`);
    if (!validTimeZone(timeZone)) throw new Error(`${where}: unknown time zone "${timeZone}"`);
    return { spec: spec.trim(), days: expandDays(g.days ?? ''), open, close, timeZone };
}

const EnvSchema = z.object({
    STAFF_OFFICE_HOURS: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().optional())
});

/** Reads STAFF_OFFICE_HOURS (optional: unset means a coordinator may answer at any time). */
export function officeHoursFromEnv(env: Record<string, string | undefined> = process.env): OfficeHours | undefined {
    const { STAFF_OFFICE_HOURS } = EnvSchema.parse(env);
    if (STAFF_OFFICE_HOURS === undefined) return undefined;
    try {
        return parseOfficeHours(STAFF_OFFICE_HOURS);
    } catch (err) {
        throw new Error(`STAFF_OFFICE_HOURS: ${(err as Error).message.replace(/^parseOfficeHours\(\): /, '')}`);
    }
}

interface LocalTime {
    day: number;
    minutes: number;
    year: number;
    month: number;
    date: number;
}

function localTime(at: Date, timeZone: string): LocalTime {
    const parts = new Intl.DateTimeFormat('en-US', {
        timeZone, hourCycle: 'h23', weekday: 'short', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric'
    }).formatToParts(at);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return {
        day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
        minutes: Number(get('hour')) * 60 + Number(get('minute')),
        year: Number(get('year')),
        month: Number(get('month')),
        date: Number(get('day'))
    };
}

/** The UTC instant of a local wall-clock time in a zone (two passes settle DST offsets). */
function zonedInstant(year: number, month: number, date: number, minutes: number, timeZone: string): Date {
    const wall = Date.UTC(year, month - 1, date, Math.floor(minutes / 60), minutes % 60);
    let guess = wall;
    for (let i = 0; i < 2; i++) {
        const seen = localTime(new Date(guess), timeZone);
        const seenWall = Date.UTC(seen.year, seen.month - 1, seen.date, Math.floor(seen.minutes / 60), seen.minutes % 60);
        guess += wall - seenWall;
    }
    return new Date(guess);
}

export function isWithinOfficeHours(hours: OfficeHours, at: Date): boolean {
    const local = localTime(at, hours.timeZone);
    return hours.days.has(local.day) && local.minutes >= hours.open && local.minutes < hours.close;
}

/** When the office next opens after `at` (at itself if open now). */
export function nextOpening(hours: OfficeHours, at: Date): Date {
    if (isWithinOfficeHours(hours, at)) return at;
    const today = localTime(at, hours.timeZone);
    for (let offset = 0; offset <= 7; offset++) {
        const day = new Date(Date.UTC(today.year, today.month - 1, today.date + offset));
        if (!hours.days.has(day.getUTCDay())) continue;
        const opening = zonedInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hours.open, hours.timeZone);
        if (opening.getTime() > at.getTime()) return opening;
    }
    throw new Error('nextOpening(): office hours list no day');
}
