// Keystatic's admin app over the one schema (keystatic.config.ts). Rendered client-only:
// the room server serves the page for every /keystatic path and runs the API itself.
import { makePage } from '@keystatic/astro/ui';
import config from '../../../keystatic.config.ts';

/** The Keystatic admin, as an island. */
export const Keystatic = makePage(config);
