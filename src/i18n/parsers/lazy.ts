/** A value built on first use and then shared: word indexes are costly to build, cheap to read. */
export function lazy<T>(build: () => T): () => T {
    let cell: { value: T } | undefined;
    return () => (cell ??= { value: build() }).value;
}
