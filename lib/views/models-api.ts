import enMessages from '@/messages/en/models.json';
import zhMessages from '@/messages/zh/models.json';
import { paperDemandOrder, rankModels, type ClusterLevels, type GuideEntry } from '@/lib/metrics/model-guide.ts';
import type { ModelsSection } from '@/lib/schemas/model-files.ts';
import { clusterLevelsOf, type GuideQuery } from '@/lib/schemas/models.ts';
import { citedSources, guideModels } from '@/lib/views/models-section.ts';

/** The ordering for a cluster's levels, from the data. */
export function guideResultFor(section: ModelsSection, levels: ClusterLevels): GuideEntry[] {
  return rankModels(levels, guideModels(section));
}

export function guideOrderRule(section: ModelsSection): { order: string[]; ruleEn: string; ruleZh: string } {
  const order = paperDemandOrder(guideModels(section));
  const list = order.join(' > ');
  return {
    order,
    ruleEn: enMessages.models.orderRule.replace('{order}', list),
    ruleZh: zhMessages.models.orderRule.replace('{order}', list),
  };
}

/** Body of GET /api/v1/models. */
export function modelsResponse(section: ModelsSection, query: GuideQuery) {
  const levels = clusterLevelsOf(query);
  const { meta } = section;
  return {
    data: {
      meta,
      models: section.models,
      contextClaims: section.contextClaims,
      platformTypes: { meta: section.platformTypesMeta, definition: section.platformDefinition, types: section.platformTypes },
      guide: { ...section.guide, ordering: guideOrderRule(section) },
      ...(levels
        ? { guideResult: { input: { capital: levels.capital, info: levels.informatisation, mgmt: levels.management }, entries: guideResultFor(section, levels) } }
        : {}),
    },
    meta: {
      sources: citedSources(section),
      notes: section.notes,
      zhNoteEn: meta.zhNoteEn,
      zhNoteZh: meta.zhNoteZh,
    },
  };
}
