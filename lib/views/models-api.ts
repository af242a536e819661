import enMessages from '@/messages/en/models.json';
import zhMessages from '@/messages/zh/models.json';
import {
  businessModels,
  citedSources,
  contextClaims,
  guideModelsFromData,
  guideRules,
  modelsMeta,
  modelsNotes,
  platformDefinition,
  platformTypes,
  platformTypesMeta,
} from '@/lib/queries/models.ts';
import { paperDemandOrder, rankModels, type ClusterLevels, type GuideEntry } from '@/lib/metrics/model-guide.ts';
import { clusterLevelsOf, type GuideQuery } from '@/lib/schemas/models.ts';

/** The ordering for a cluster's levels, from the data. */
export function guideResultFor(levels: ClusterLevels): GuideEntry[] {
  return rankModels(levels, guideModelsFromData());
}

export function guideOrderRule(): { order: string[]; ruleEn: string; ruleZh: string } {
  const order = paperDemandOrder(guideModelsFromData());
  const list = order.join(' > ');
  return {
    order,
    ruleEn: enMessages.models.orderRule.replace('{order}', list),
    ruleZh: zhMessages.models.orderRule.replace('{order}', list),
  };
}

/** Body of GET /api/v1/models. */
export function modelsResponse(query: GuideQuery) {
  const levels = clusterLevelsOf(query);
  return {
    data: {
      meta: modelsMeta,
      models: businessModels,
      contextClaims,
      platformTypes: { meta: platformTypesMeta, definition: platformDefinition, types: platformTypes },
      guide: { ...guideRules, ordering: guideOrderRule() },
      ...(levels
        ? { guideResult: { input: { capital: levels.capital, info: levels.informatisation, mgmt: levels.management }, entries: guideResultFor(levels) } }
        : {}),
    },
    meta: {
      sources: citedSources(),
      notes: modelsNotes,
      zhNoteEn: modelsMeta.zhNoteEn,
      zhNoteZh: modelsMeta.zhNoteZh,
    },
  };
}
