// UI strings in src/i18n/id.ts carry {placeholders}; this fills them in.

/** The template with each {key} replaced by its value; unknown keys become empty. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
