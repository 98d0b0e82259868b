// Types for js-yaml, the YAML library Keystatic itself reads and writes content with
// (a dependency of @keystatic/core); only the two calls the migrations use.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  export function dump(value: unknown, options?: Record<string, unknown>): string;
}
