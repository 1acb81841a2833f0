import { ok, type ParseResult } from './types';

/** A decimal amount, with a comma or a point ("0,08", "4.1"), maybe after "<" ("<0.01 %"), maybe with a percent sign. */
const AMOUNT = /(<\s*)?(?<![\d.,/])(\d+(?:[.,]\d+)?)(?![.,/]?\d)\s*([%٪])?/gu;

/**
 * A lab result given as its amount ("MRD 4.1% in the marrow on 10/28", "noch positiv 0,08 %", "МОБ
 * 3 процента"): above zero it was found, zero or below the detection limit ("<0.01%") it was not.
 * The one amount with a percent sign, or the only number; the parent's words are kept for staff.
 * Undefined when the text holds no such amount.
 */
export function parseAmountResult<T extends string>(text: string, [found, notFound]: readonly [T, T]): ParseResult<T> | undefined {
    const amounts = [...text.matchAll(AMOUNT)].map((m) => ({ below: m[1] !== undefined, value: Number(m[2]!.replace(',', '.')), percent: m[3] !== undefined }));
    const percents = amounts.filter((a) => a.percent);
    const [amount, other] = percents.length > 0 ? percents : amounts;
    if (amount === undefined || other !== undefined || Number.isNaN(amount.value)) return undefined;
    return ok(amount.value > 0 && !amount.below ? found : notFound, { detail: text.trim() });
}
