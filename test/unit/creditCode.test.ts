import { describe, expect, it } from 'vitest';
import {
  computeCreditCodeCheckChar,
  creditCodeProblem,
  isValidCreditCode,
  normalizeCreditCode,
} from '../../src/core/creditCode.js';

// Character values: 0–9 → 0–9, A10 B11 C12 D13 E14 F15 G16 H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27
// W28 X29 Y30. Weights of positions 1–17: 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28.
// Check = 31 − (Σ mod 31), 31 written as 0. Each sum below was worked out position by position.
const VALID: [code: string, whose: string][] = [
  // 9·1+1·3+3·9+5·27+0+1·26+0+0+M21·20+0+0+0+1·8+0+0+Y30·30+4·28 = 9+3+27+135+26+420+8+900+112 = 1640;
  // 1640 = 52·31 + 28 → 31−28 = 3
  ['91350100M000100Y43', 'GB 32100-2015 sample code'],
  // 9+3+4·9+4·27+0+3·26+0+0+1·20+9·29+2·25+2·13+0+3·24+8·10+2·30+1·28
  // = 9+3+36+108+78+20+261+50+26+72+80+60+28 = 831 = 26·31 + 25 → 6
  ['914403001922038216', '华为技术有限公司'],
  // 9+3+36+108+0+78+0+0+7·20+0+8·25+4·13+6·8+1·24+1·10+3·30+6·28
  // = 9+3+36+108+78+140+200+52+48+24+10+90+168 = 966 = 31·31 + 5 → 26 = T
  ['91440300708461136T', '深圳市腾讯计算机系统有限公司'],
  // 9+3+27+81+0+26+0+0+7·20+1·29+6·25+1·13+0+5·24+8·10+5·30+2·28
  // = 9+3+27+81+26+140+29+150+13+120+80+150+56 = 884 = 28·31 + 16 → 15 = F
  ['91330100716105852F', '阿里巴巴（中国）有限公司'],
  // 9+3+9+27+0+0+0+0+7·20+1·29+0+9·13+3·8+1·24+2·10+3·30+X29·28
  // = 9+3+9+27+140+29+117+24+24+20+90+812 = 1304 = 42·31 + 2 → 29 = X
  ['9111000071093123XX', '中国移动通信集团有限公司'],
  // The sample with position 17 = 3: 1640 − 4·28 + 3·28 = 1612 = 52·31 + 0 → 31, written 0
  ['91350100M000100Y30', 'constructed: check value 31 → 0'],
  // The sample with position 17 = D(13): 1640 − 112 + 13·28 = 1892 = 61·31 + 1 → 30 = Y
  ['91350100M000100YDY', 'constructed: check Y, the last character'],
];

describe('computeCreditCodeCheckChar', () => {
  it.each(VALID)('computes the check character of %s (%s)', (code) => {
    expect(computeCreditCodeCheckChar(code.slice(0, 17))).toBe(code.slice(17));
  });

  it('refuses input that is not 17 characters of the charset', () => {
    expect(() => computeCreditCodeCheckChar('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckChar('91350100M000100Y43')).toThrow(RangeError);
    expect(() => computeCreditCodeCheckChar('91350100M000100O4')).toThrow('第 16 位“O”');
  });
});

describe('isValidCreditCode and creditCodeProblem', () => {
  it.each(VALID)('accepts %s (%s)', (code) => {
    expect(creditCodeProblem(code)).toBeUndefined();
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('names the expected check character when the last one is wrong', () => {
    expect(creditCodeProblem('914403001922038217')).toBe('统一社会信用代码校验位错误：第 18 位应为“6”，实际为“7”');
    expect(creditCodeProblem('91350100M000100Y40')).toBe('统一社会信用代码校验位错误：第 18 位应为“3”，实际为“0”');
    expect(isValidCreditCode('91440300708461136X')).toBe(false);
  });

  it('catches a single changed digit in the body', () => {
    // 华为's code with position 10 changed 9 → 8: the sum drops by 29 to 802 = 25·31 + 27 → 4.
    expect(creditCodeProblem('914403001822038216')).toBe('统一社会信用代码校验位错误：第 18 位应为“4”，实际为“6”');
  });

  it('rejects 911100001000013443: its check character should be J', () => {
    // 9+3+9+27+0+0+0+0+1·20+0+0+0+0+1·24+3·10+4·30+4·28 = 354 = 11·31 + 13 → 18 = J
    expect(creditCodeProblem('911100001000013443')).toBe('统一社会信用代码校验位错误：第 18 位应为“J”，实际为“3”');
  });

  it('counts the length before anything else', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('统一社会信用代码应为 18 位，实际为 17 位');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('统一社会信用代码应为 18 位，实际为 19 位');
    expect(creditCodeProblem('')).toBe('统一社会信用代码应为 18 位，实际为 0 位');
  });

  it.each([
    ['I', '91350100I000100Y43', 9],
    ['O', '91350100M000100O43', 16],
    ['Z', 'Z1350100M000100Y43', 1],
    ['S', '9S350100M000100Y43', 2],
    ['V', '91350100M000100Y4V', 18],
  ])('names the position of the letter %s, which the standard does not use', (letter, code, position) => {
    expect(creditCodeProblem(code)).toBe(
      `统一社会信用代码第 ${position} 位“${letter}”不合法：只能使用数字和大写字母（不含 I、O、Z、S、V）`,
    );
  });

  it('judges the code as given: lower case is illegal until normalised', () => {
    expect(creditCodeProblem('91350100m000100y43')).toBe(
      '统一社会信用代码第 9 位“m”不合法：只能使用数字和大写字母（不含 I、O、Z、S、V）',
    );
    expect(creditCodeProblem('91350100M000100Y4-')).toContain('第 18 位“-”不合法');
  });

  it('wants six digits of division code in positions 3–8, even when the check character fits', () => {
    // The sample with position 7 = A(10) instead of 0: 1640 + 10·16 = 1800 = 58·31 + 2 → 29 = X
    expect(computeCreditCodeCheckChar('913501A0M000100Y4')).toBe('X');
    expect(creditCodeProblem('913501A0M000100Y4X')).toBe('统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码');
  });
});

describe('normalizeCreditCode', () => {
  it('trims and upper-cases', () => {
    expect(normalizeCreditCode('  91330100716105852f \n')).toBe('91330100716105852F');
    expect(isValidCreditCode(normalizeCreditCode('91350100m000100y43'))).toBe(true);
  });

  it('turns full-width characters and ideographic spaces into ASCII', () => {
    expect(normalizeCreditCode('\u3000９１３５０１００Ｍ０００１００Ｙ４３\u3000')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('９１１１００００７１０９３１２３ｘｘ')).toBe('9111000071093123XX');
  });

  it('leaves what it cannot fix for creditCodeProblem to report', () => {
    const sut = normalizeCreditCode(' 91350100M000100O43 ');
    expect(sut).toBe('91350100M000100O43');
    expect(creditCodeProblem(sut)).toContain('第 16 位“O”不合法');
  });
});
