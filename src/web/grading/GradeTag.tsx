import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../core/grading.js';

/** A green, B blue, C orange, as on the notice boards; 不予评级 red. */
const COLORS: Record<Grade, string> = { A: 'green', B: 'blue', C: 'orange', none: 'red' };

export function GradeTag({ grade, large = false }: { grade: Grade | null; large?: boolean }) {
  const { t } = useTranslation();
  if (!grade) return <Tag>{t('grading.notGraded')}</Tag>;
  const style = large ? { fontSize: 20, lineHeight: '32px', paddingInline: 12, fontWeight: 600 } : undefined;
  return <Tag color={COLORS[grade]} style={style} data-testid="grade-tag">{t(`grading.grades.${grade}`)}</Tag>;
}
