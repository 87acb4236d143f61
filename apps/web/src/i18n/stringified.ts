/** The shape of a language's texts: the same keys as the Vietnamese ones, any words. */
export type Stringified<T> = { [K in keyof T]: T[K] extends string ? string : Stringified<T[K]> };
