// Every migration step since the first release, in order. A change of keystatic.config.ts's
// shape adds one here (one file per step), bumps MODEL_VERSION and records the new shape.
import type { MigrationStep } from './runner.ts';
import { guidesStep } from './step-2-guides.ts';
import { partnersStep } from './step-3-partners.ts';
import { serviceFactsStep } from './step-4-service-facts.ts';

export const STEPS: readonly MigrationStep[] = [guidesStep, partnersStep, serviceFactsStep];
