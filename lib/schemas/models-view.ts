// The Business models page's view (lib/views/models-tabs.ts); the guide's levels are read by lib/schemas/models.ts.
import { pageViewQuery } from '@/lib/schemas/page-view.ts';
import { MODELS_TABS } from '@/lib/views/models-tabs.ts';

/** `tab`: the overview (absent) or one of the reference views. */
export const modelsViewQuery = pageViewQuery(MODELS_TABS);
