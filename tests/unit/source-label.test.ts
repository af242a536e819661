import { describe, expect, it } from 'vitest';
import { publisherName } from '@/lib/source-label.ts';

describe('publisherName: the publisher as a reader names it', () => {
  it('drops the glosses in English', () => {
    expect(publisherName('CNNIC (中国互联网络信息中心, China Internet Network Information Center)')).toBe('CNNIC');
    expect(publisherName('National Bureau of Statistics (国家统计局, NBS)')).toBe('National Bureau of Statistics');
    expect(publisherName('Nanjing University Spatial Planning Research Center (南京大学空间规划研究中心) and AliResearch (阿里研究院)')).toBe(
      'Nanjing University Spatial Planning Research Center and AliResearch',
    );
    expect(publisherName('Zhijie Xia, Zhejiang Industry & Trade Vocational College (journal and publisher not stated in the extracted text)')).toBe(
      'Zhijie Xia, Zhejiang Industry & Trade Vocational College',
    );
  });

  it('uses the Chinese name in Chinese where the gloss gives one', () => {
    expect(publisherName('CNNIC (中国互联网络信息中心, China Internet Network Information Center)', 'zh')).toBe('中国互联网络信息中心');
    expect(publisherName('National Bureau of Statistics (国家统计局, NBS)', 'zh')).toBe('国家统计局');
    expect(publisherName('Nanjing University Spatial Planning Research Center (南京大学空间规划研究中心) and AliResearch (阿里研究院)', 'zh')).toBe(
      '南京大学空间规划研究中心、阿里研究院',
    );
    // No Chinese gloss: the name as written, without the English gloss.
    expect(publisherName('Zhijie Xia, Zhejiang Industry & Trade Vocational College (journal and publisher not stated in the extracted text)', 'zh')).toBe(
      'Zhijie Xia, Zhejiang Industry & Trade Vocational College',
    );
  });

  it('keeps a name without glosses', () => {
    expect(publisherName('AliResearch')).toBe('AliResearch');
    expect(publisherName('AliResearch', 'zh')).toBe('AliResearch');
  });
});
