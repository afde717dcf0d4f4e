/** The content folder the site is built from: HINDSIGHT_CONTENT points it elsewhere (tests, benchmarks). */
export const CONTENT_DIR = process.env.HINDSIGHT_CONTENT ?? 'content';
