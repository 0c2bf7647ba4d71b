/** The CLI's version, written in by the build (esbuild's define). */
declare const SELFHELP_VERSION: string;
export const VERSION = typeof SELFHELP_VERSION === 'string' ? SELFHELP_VERSION : '0.0.0-dev';
