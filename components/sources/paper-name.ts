import { getTranslations } from 'next-intl/server';

/**
 * The paper a case study or model cites, named as a reader names it ("Zhu and Lu's Yongkang
 * paper" / "Zhu与Lu的永康论文"), from the file key the data files cite it by. The key itself
 * (000_….txt) is a machine field and never shown.
 */
export async function paperNamer(): Promise<(file: string) => string> {
  const t = await getTranslations('models');
  return (file: string) => t('seed', { id: file.slice(0, 3) });
}
