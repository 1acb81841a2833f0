/** Calendar arithmetic on plain year/month/day numbers, in UTC so results never depend on the server's zone. */
export interface Ymd {
    readonly y: number;
    readonly m: number;
    readonly d: number;
}

export interface Ym {
    readonly y: number;
    readonly m: number;
}

/** "Today" is the UTC calendar day of ctx.today. */
export const ymdOf = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidYmd = ({ y, m, d }: Ymd): boolean =>
    Number.isInteger(y) && y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export function addDays({ y, m, d }: Ymd, days: number): Ymd {
    return ymdOf(new Date(Date.UTC(y, m - 1, d + days)));
}

export function addMonths({ y, m }: Ym, months: number): Ym {
    const index = y * 12 + (m - 1) + months;
    return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export const compareYm = (a: Ym, b: Ym): number => a.y * 12 + a.m - (b.y * 12 + b.m);
export const compareYmd = (a: Ymd, b: Ymd): number => compareYm(a, b) || a.d - b.d;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatYmd = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const formatYm = ({ y, m }: Ym): string => `${pad(y, 4)}-${pad(m)}`;

/** "16" → 2016, but a two-digit year that would lie in the future belongs to the previous century. */
export function expandYear(twoDigits: number, today: Ymd): number {
    const year = 2000 + twoDigits;
    return year > today.y ? year - 100 : year;
}
