/** The answer parsers: pure functions from a parent's message to a normalised value or a failure reason. */
export * from './types';
export { isBlank, normalizeText } from './text';
export {
    declinesContact, deniesAll, isDoneAnswer, isNoPreference, mentionsNoPreference, speaksOfSending, isNotNowAnswer, isNothingAnswer, isSameAnswer, isSkipAnswer, isUnknownAnswer, mentionsUnknown,
    withoutUnknown
} from './answers';
export { clausesOf, isHedged, type Clause } from './sentence';
export { parseYesNo } from './yesno';
export { parseChoice } from './choice';
export { parseAmountResult } from './amountResult';
export { parseMultiChoice, type MultiChoiceOptions } from './multichoice';
export { parseDate } from './date';
export { parseMonth } from './month';
export { parseNumber, type NumberUnit } from './number';
export { namesACountry, parseCountries, parseCountry } from './country';
export { parseLanguages } from './languages';
export { parsePhone } from './phone';
export { parseEmail } from './email';
export { extractName, type FoundName, type NameRole, type Relationship } from './name';
