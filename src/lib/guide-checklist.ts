// A guide's documents merged into one checklist, each document once with the steps that need it.
// Services name the same document differently ("KK", "KK orang tua"): the document vocabulary
// decides which names are one document.
import { documentIdentity, knownDocument, nameKey } from './document-vocabulary.ts';
import type { Guide, GuideService, GuideStep } from './guides.ts';

/** One document of the combined checklist, with the steps that need it. */
export interface ChecklistItem {
  /** Stable id for remembering ticks (derived from the document name or names). */
  id: string;
  dokumen: string;
  /** The names services wrote for it, when they differ (e.g. "KK orang tua", "KK"); [] when one name. */
  names: string[];
  /** Documents any one of which may be brought instead of `dokumen` ("salah satu dari"); [] for one document. */
  alternatif: string[];
  /** Document forms asked for (asli, fotokopi, ...), in first-seen order. */
  forms: string[];
  steps: number[];
  /** Not every resident needs it: optional in all services, or only from optional steps. */
  optional: boolean;
  conditions: string[];
}

const documentKey = documentIdentity;

type Requirement = GuideService['persyaratan'][number];
const optionsOf = (req: Requirement) => [req.dokumen, ...(req.alternatif ?? [])].map((d) => d.trim()).filter(Boolean);
// The same alternatives in any order are one item: "salah satu dari" has no first choice.
const alternativesKey = (options: readonly string[]) => `salah-satu--${[...new Set(options.map(documentKey))].sort().join('--')}`;

/**
 * The documents of every step merged: each once, with the steps that need it.
 * A "salah satu dari" requirement merges with the same set of alternatives, and is
 * covered by (joins) a document the guide already requires outright that is one of its
 * alternatives: bringing that document satisfies both steps.
 */
export function guideChecklist(guide: Guide): ChecklistItem[] {
  const items = new Map<string, ChecklistItem>();
  const needs: { step: GuideStep; req: Requirement; optional: boolean }[] = [];
  for (const step of guide.steps) {
    for (const service of [...step.choices, ...step.extras]) {
      const extra = step.optional || step.extras.includes(service) || step.choices.length > 1;
      for (const req of service.persyaratan) needs.push({ step, req, optional: extra || req.opsional || req.kondisi.trim() !== '' });
    }
  }
  // Documents required outright by some step, whatever their place in the guide.
  const outright = new Set(needs.filter((n) => !n.optional && optionsOf(n.req).length === 1).map((n) => documentKey(n.req.dokumen)));
  for (const { step, req, optional } of needs) {
    const options = optionsOf(req);
    const covering = options.length > 1 ? options.find((o) => outright.has(documentKey(o))) : undefined;
    const single = options.length <= 1 || covering !== undefined;
    const name = covering ?? req.dokumen.trim();
    const id = single ? documentKey(name) : alternativesKey(options);
    let item = items.get(id);
    if (!item) {
      item = { id, dokumen: name, names: [], alternatif: single ? [] : options.slice(1), forms: [], steps: [], optional, conditions: [] };
      items.set(id, item);
    }
    if (single && !item.names.some((n) => nameKey(n) === nameKey(name))) item.names.push(name);
    if (!optional) item.optional = false;
    if (!item.forms.includes(req.bentuk)) item.forms.push(req.bentuk);
    if (!item.steps.includes(step.number)) item.steps.push(step.number);
    const condition = req.kondisi.trim();
    if (condition && !item.conditions.includes(condition)) item.conditions.push(condition);
  }
  // One name stays as written; several names of one document show the vocabulary's name.
  for (const item of items.values()) {
    if (item.names.length > 1) item.dokumen = knownDocument(item.dokumen)?.name ?? item.dokumen;
    else item.names = [];
  }
  return [...items.values()];
}
