import { Alert, Checkbox, Flex, Form, InputNumber, Typography, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { gradeScoreSheet, scoreSheetProblems, type ScoreSheet } from '../../core/grading.js';
import type { GradingChecklist } from '../../core/gradingChecklists.js';
import type { GradingSetup } from './api';
import { GradeTag } from './GradeTag';

/** Form values of a score sheet: points per item, and which items do not apply. */
export interface ScoreValues {
  scores: Record<string, number | null | undefined>;
  na: Record<string, boolean | undefined>;
}

export const fullMarks = (checklist: GradingChecklist): ScoreValues => ({
  scores: Object.fromEntries(checklist.items.map((item) => [item.code, item.max])),
  na: Object.fromEntries(checklist.items.map((item) => [item.code, false])),
});

export const toScoreSheet = (checklist: GradingChecklist, values: Partial<ScoreValues>): ScoreSheet =>
  Object.fromEntries(checklist.items.map((item) => [item.code, values.na?.[item.code] ? null : (values.scores?.[item.code] ?? Number.NaN)]));

/**
 * One input per checklist item and a live preview computed by the core function the server grades
 * with, so what the inspector sees is what will be stored.
 */
export function ScoreSheetFields<V extends ScoreValues>({ checklist, setup, form }: { checklist: GradingChecklist; setup: GradingSetup; form: FormInstance<V> }) {
  const { t } = useTranslation();
  const scores = Form.useWatch('scores', form) as ScoreValues['scores'] | undefined;
  const na = Form.useWatch('na', form) as ScoreValues['na'] | undefined;
  const sheet = toScoreSheet(checklist, { scores: scores ?? {}, na: na ?? {} });
  const problems = scoreSheetProblems(checklist, sheet);
  const result = problems.length === 0 ? gradeScoreSheet(checklist, sheet, setup.thresholds, setup.cap) : null;

  return (
    <Flex vertical gap={4}>
      {checklist.items.map((item) => (
        <Flex key={item.code} align="center" gap={8} wrap>
          <Typography.Text style={{ flex: '1 1 220px' }}>
            {item.label}
            {item.critical && <Typography.Text type="danger"> {t('grading.critical')}</Typography.Text>}
          </Typography.Text>
          <Form.Item name={['scores', item.code]} noStyle>
            <InputNumber min={0} max={item.max} step={0.5} disabled={na?.[item.code] === true} aria-label={item.label} style={{ width: 90 }} />
          </Form.Item>
          <Typography.Text type="secondary" style={{ width: 40 }}>/ {item.max}</Typography.Text>
          <Form.Item name={['na', item.code]} valuePropName="checked" noStyle>
            <Checkbox>{t('grading.notApplicable')}</Checkbox>
          </Form.Item>
        </Flex>
      ))}
      {result ? (
        <Alert
          type={result.cappedBy ? 'warning' : 'info'}
          showIcon
          style={{ marginTop: 8 }}
          title={<Flex align="center" gap={8}><span>{t('grading.preview')}</span><GradeTag grade={result.grade} /><span data-testid="grading-total">{result.total}</span></Flex>}
          description={result.explanation}
        />
      ) : (
        <Alert type="error" showIcon style={{ marginTop: 8 }} title={problems[0]?.message} />
      )}
    </Flex>
  );
}
