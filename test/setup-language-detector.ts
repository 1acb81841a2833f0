import { beforeAll } from 'vitest';
import { loadLanguageDetector } from '../src/i18n/ngrams';

// The n-gram detector is an ES module loaded once at start-up (createApp does it); tests that
// build parts of the bot without createApp need it too.
beforeAll(loadLanguageDetector);
