import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../core/indicators.js';
import { figureChange, type CountUnit, type Figure } from '../../core/statistics.js';

/** Count units as the catalogue names them (the API sends the Chinese unit itself). */
const UNIT_KEYS: Record<CountUnit, 'visits' | 'premises' | 'persons' | 'items' | 'reports'> = {
  户次: 'visits', 户: 'premises', 人: 'persons', 个: 'items', 件: 'reports',
};

export function unitLabel(t: TFunction, unit: string): string {
  return unit in UNIT_KEYS ? t(`statistics.units.${UNIT_KEYS[unit as CountUnit]}`) : unit;
}

/** '92.50%' or '52 户次'; a rate with nothing to measure shows a dash. */
export function formatFigure(t: TFunction, figure: Figure): string {
  if (figure.kind === 'rate') return formatRate(figure);
  return `${figure.value.toLocaleString('zh-CN')} ${unitLabel(t, figure.unit)}`.trim();
}

/** The number a chart or a ranking draws: a rate's value (two decimals) or the count. */
export function plotValue(figure: Figure): number | null {
  if (figure.value === null) return null;
  return figure.kind === 'rate' ? Math.round(figure.value * 100) / 100 : figure.value;
}

/** '37 / 40' under a rate, so every percentage can be checked by hand. */
export function RatioText({ figure }: { figure: Figure }) {
  if (figure.kind !== 'rate') return null;
  return <Typography.Text type="secondary">{`${figure.numerator.toLocaleString('zh-CN')} / ${figure.denominator.toLocaleString('zh-CN')}`}</Typography.Text>;
}

/** ▲ 2.50 个百分点 / ▼ 3 户次 / 持平 against an earlier figure. */
export function ChangeText({ label, current, earlier }: { label: string; current: Figure; earlier: Figure }) {
  const { t } = useTranslation();
  const change = figureChange(current, earlier);
  let text: string;
  let type: 'success' | 'danger' | 'secondary' = 'secondary';
  if (change === null) text = t('statistics.notComparable');
  else if (change === 0) text = t('statistics.noChange');
  else {
    const size = current.kind === 'rate' ? `${Math.abs(change).toFixed(2)} ${t('statistics.pointsUnit')}` : `${Math.abs(change).toLocaleString('zh-CN')} ${unitLabel(t, current.unit)}`;
    text = `${change > 0 ? '▲' : '▼'} ${size.trim()}`;
    type = change > 0 ? 'success' : 'danger';
  }
  return (
    <Typography.Text type={type} style={{ fontSize: 12 }}>
      {label} {text}
    </Typography.Text>
  );
}
