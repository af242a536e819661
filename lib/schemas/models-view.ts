// The Business models page's view (lib/views/models-tabs.ts); the guide's levels are read by lib/schemas/models.ts.
import { z } from 'zod';
import { MODELS_TABS } from '@/lib/views/models-tabs.ts';

/** `tab`: the overview (absent) or one of the reference views. */
export const modelsViewQuery = z.object({
  tab: z.enum(MODELS_TABS, { error: `tab must be one of: ${MODELS_TABS.join(', ')}` }).default('overview'),
});
