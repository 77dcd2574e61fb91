import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PatrolOutcome } from '../api';

export const OUTCOME_COLORS: Record<PatrolOutcome, string> = {
  no_problem: 'green',
  advised: 'blue',
  rectification: 'orange',
  referred: 'red',
};

export function OutcomeTag({ outcome }: { outcome: PatrolOutcome }) {
  const { t } = useTranslation();
  return <Tag color={OUTCOME_COLORS[outcome]}>{t(`patrols.outcomes.${outcome}`)}</Tag>;
}
