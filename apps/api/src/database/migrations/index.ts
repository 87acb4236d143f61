import { Foundation1764316800000 } from './1764316800000-Foundation';

/** Every migration, in order, listed explicitly. Never edit one that has landed: add a new one. */
export const migrations = [Foundation1764316800000];
