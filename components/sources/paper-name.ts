import { getTranslations } from 'next-intl/server';
import { paperNumber } from '@/lib/schemas/paper-source-id.ts';

/**
 * The paper a case study or model cites, named as a reader names it ("Zhu and Lu's Yongkang
 * paper" / "Zhu与Lu的永康论文"), from the source id the data files cite it by. The id itself
 * (seed003-zhu-lu-yongkang) is a machine key and never shown.
 */
export async function paperNamer(): Promise<(sourceId: string) => string> {
  const t = await getTranslations('models');
  return (sourceId: string) => t('seed', { id: paperNumber(sourceId) });
}
