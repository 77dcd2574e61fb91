/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters.
 *   position 1      registration authority (登记管理部门), e.g. 9 = 市场监管（工商）
 *   position 2      organisation type (机构类别), e.g. 1 = 企业, 2 = 个体工商户
 *   positions 3–8   administrative division code of the registering authority (GB/T 2260, six digits)
 *   positions 9–17  organisation code body (主体标识码, GB 11714)
 *   position 18     check character over positions 1–17
 *
 * Positions 1–2 are not checked against a list: the standard's table of authorities and types has
 * grown since 2015 (司法行政, 宗教, 农业…), and the check character already catches typing errors, so
 * a list would only reject genuine codes issued after it was written.
 */

/** The 31 characters a code may use, in value order: the digits, then capitals without I, O, Z, S, V. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weight of positions 1–17: 3^(i) mod 31, as tabulated in GB 32100-2015. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const CODE_LENGTH = 18;
const MODULUS = 31;

function valueOf(char: string): number {
  return CREDIT_CODE_CHARSET.indexOf(char);
}

/**
 * The check character for the first 17 characters: 31 − (Σ value × weight mod 31), where a result of 31
 * is written 0. Throws on input that is not 17 characters of the charset: that is a programming error,
 * user input goes through creditCodeProblem.
 */
export function computeCreditCodeCheckChar(first17: string): string {
  const chars = [...first17];
  if (chars.length !== WEIGHTS.length) throw new RangeError(`需要 17 位，收到 ${chars.length} 位`);
  let sum = 0;
  chars.forEach((char, i) => {
    const value = valueOf(char);
    if (value < 0) throw new RangeError(`第 ${i + 1} 位“${char}”不是统一社会信用代码字符`);
    sum += value * WEIGHTS[i]!;
  });
  return CREDIT_CODE_CHARSET[(MODULUS - (sum % MODULUS)) % MODULUS]!;
}

/**
 * What is wrong with a code, in Chinese, or undefined when it is valid. The code is judged as given:
 * pass user input through normalizeCreditCode first, so that lower case and full-width characters are
 * not reported as illegal.
 */
export function creditCodeProblem(code: string): string | undefined {
  const chars = [...code];
  if (chars.length !== CODE_LENGTH) {
    return `统一社会信用代码应为 18 位，实际为 ${chars.length} 位`;
  }
  const illegal = chars.findIndex((char) => valueOf(char) < 0);
  if (illegal >= 0) {
    return `统一社会信用代码第 ${illegal + 1} 位“${chars[illegal]}”不合法：只能使用数字和大写字母（不含 I、O、Z、S、V）`;
  }
  if (!/^\d{6}$/.test(chars.slice(2, 8).join(''))) {
    return '统一社会信用代码第 3–8 位应为 6 位数字的行政区划代码';
  }
  const expected = computeCreditCodeCheckChar(chars.slice(0, 17).join(''));
  if (chars[17] !== expected) {
    return `统一社会信用代码校验位错误：第 18 位应为“${expected}”，实际为“${chars[17]}”`;
  }
  return undefined;
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === undefined;
}

/**
 * What people type or paste: surrounding spaces, lower case, full-width characters from a Chinese input
 * method (９１３５…). Full-width ASCII (U+FF01–U+FF5E) maps to ASCII by subtracting 0xFEE0; the
 * ideographic space (U+3000) becomes a space so that trimming removes it too.
 */
export function normalizeCreditCode(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .trim()
    .toUpperCase();
}
