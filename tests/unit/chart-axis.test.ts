import { describe, expect, it } from 'vitest';
import { axisTitle, formatTick, magnitudeFor, niceLinearAxis, niceLogAxis, tickDecimals, valueAxis, yearTicks } from '@/lib/charts/axis.ts';

describe('niceLinearAxis', () => {
  it('gives round ticks, never 0/85/170/255/340', () => {
    expect(niceLinearAxis(0, 340).ticks).toEqual([0, 50, 100, 150, 200, 250, 300, 350]);
    expect(niceLinearAxis(0, 340, { count: 4 }).ticks).toEqual([0, 100, 200, 300, 400]);
    expect(niceLinearAxis(0, 7780).ticks).toEqual([0, 2000, 4000, 6000, 8000]);
    expect(niceLinearAxis(0, 44).ticks).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('starts levels at zero and widens the domain to the outer ticks', () => {
    const axis = niceLinearAxis(2.98e8, 1.092e9);
    expect(axis.domain[0]).toBe(0);
    expect(axis.domain[1]).toBe(axis.ticks.at(-1));
    expect(axis.domain[1]).toBeGreaterThanOrEqual(1.092e9);
    // every step is 1, 2 or 5 times a power of ten
    const step = axis.ticks[1] - axis.ticks[0];
    expect(step / 10 ** Math.floor(Math.log10(step))).toSatisfy((m: number) => [1, 2, 5].includes(Math.round(m)));
  });

  it('changes need not include zero but keep a round step; a single value sits inside the plot', () => {
    expect(niceLinearAxis(-3.2, 11.5, { zero: false }).ticks).toEqual([-5, 0, 5, 10, 15]);
    const one = niceLinearAxis(100, 100, { zero: false });
    expect(one.domain[0]).toBeLessThan(100);
    expect(one.domain[1]).toBeGreaterThan(100);
  });
});

describe('niceLogAxis', () => {
  it('ticks at 1, 2, 5 × powers of ten; only powers of ten over a wide range', () => {
    expect(niceLogAxis(12, 480).ticks).toEqual([10, 20, 50, 100, 200, 500, 1000]);
    expect(niceLogAxis(3, 2e6).ticks).toEqual([1, 10, 100, 1000, 10000, 100000, 1000000, 10000000]);
  });
});

describe('tick labels and axis titles per locale', () => {
  it('English: separators, the magnitude in the title, % on percentage and YoY axes', () => {
    const users = valueAxis([2.98e8, 1.092e9], 'persons', 'en');
    expect(users.magnitude.word).toBe('million');
    expect(users.ticks.map(users.label)).toEqual(['0', '200', '400', '600', '800', '1,000', '1,200']);
    expect(users.title).toBe('million persons');
    // no label has a space that could wrap ("900 / million")
    expect(users.ticks.map(users.label).every((l) => !/\s/.test(l))).toBe(true);
    const counts = valueAxis([7780, 320], 'count', 'en', { countNoun: 'Taobao villages' });
    expect(counts.ticks.map(counts.label)).toEqual(['0', '2,000', '4,000', '6,000', '8,000']);
    expect(counts.title).toBe('Taobao villages');
    const yoy = valueAxis([-3, 44], 'yoy', 'en');
    expect(yoy.ticks.map(yoy.label)).toEqual(['-10%', '0%', '+10%', '+20%', '+30%', '+40%', '+50%']);
    expect(formatTick(55.8, 'percent', 'en', undefined, 1)).toBe('55.8%');
    expect(axisTitle('yuan', 'en', magnitudeFor(1e13, 'yuan', 'en'))).toBe('yuan, trillion');
  });

  it('Chinese: 万 / 亿 in the title as in the tables, plain numbers on the ticks', () => {
    const users = valueAxis([2.98e8, 1.092e9], 'persons', 'zh');
    expect(users.magnitude.word).toBe('亿');
    expect(users.title).toBe('亿人');
    expect(users.ticks.map(users.label)).toEqual(['0', '2', '4', '6', '8', '10', '12']);
    const trade = valueAxis([1.2e13, 4.6e13], 'yuan', 'zh');
    expect(trade.title).toBe('万亿元');
    expect(trade.ticks.map(trade.label)).toEqual(['0', '10', '20', '30', '40', '50']);
    expect(valueAxis([1, 9], 'pp', 'zh').title).toBe('比上年变化（百分点）');
  });

  it('decimals only where neighbouring ticks need them', () => {
    expect(tickDecimals([0, 0.5, 1])).toBe(1);
    expect(tickDecimals([0, 0.05, 0.1])).toBe(2);
    expect(tickDecimals([0, 200, 400])).toBe(0);
    const small = valueAxis([0.2, 1.4], 'persons', 'en');
    expect(small.ticks.map(small.label)[1]).toBe('0.2');
  });
});

describe('yearTicks', () => {
  it('every year when it fits, otherwise every 2 / 5 / 10 years on round years', () => {
    expect(yearTicks(2015, 2020, 10)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(yearTicks(2004, 2024, 6)).toEqual([2005, 2010, 2015, 2020]);
    expect(yearTicks(2004, 2024, 12)).toEqual([2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2024]);
  });
});
