import type { Locale } from '../../languages';

/** A value built on first use and then shared: word indexes are costly to build, cheap to read. */
export function lazy<T>(build: () => T): () => T {
    let cell: { value: T } | undefined;
    return () => (cell ??= { value: build() }).value;
}

/** A value per language, built on first use for that language and then shared. */
export function lazyPerLocale<T>(build: (locale: Locale) => T): (locale: Locale) => T {
    const built = new Map<Locale, T>();
    return (locale) => {
        if (!built.has(locale)) built.set(locale, build(locale));
        return built.get(locale) as T;
    };
}
