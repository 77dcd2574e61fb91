import { Button, Flex, Input, Radio, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChecklistItem } from '../../../core/unitCategories.js';
import { useDictionaryLabels } from '../../units/labels';
import { CHECK_RESULTS, type ChecklistAnswer, type CheckResult } from '../api';

export type ChecklistAnswers = Record<string, { result?: CheckResult; note?: string }>;

interface ChecklistFieldProps {
  id?: string;
  items: readonly ChecklistItem[];
  value?: ChecklistAnswers;
  onChange?: (value: ChecklistAnswers) => void;
  disabled?: boolean;
}

export function unansweredCount(items: readonly ChecklistItem[], answers: ChecklistAnswers | undefined): number {
  return items.filter((item) => !answers?.[item.code]?.result).length;
}

export function hasProblem(answers: ChecklistAnswers | undefined): boolean {
  return Object.values(answers ?? {}).some((answer) => answer.result === 'problem');
}

/** The answers in the API's shape, in checklist order; a note only on a problem. */
export function toChecklist(items: readonly ChecklistItem[], answers: ChecklistAnswers | undefined): ChecklistAnswer[] {
  return items.flatMap((item) => {
    const answer = answers?.[item.code];
    if (!answer?.result) return [];
    const note = answer.result === 'problem' ? answer.note?.trim() : undefined;
    return [{ code: item.code, result: answer.result, ...(note ? { note } : {}) }];
  });
}

/** One row per item with 符合 / 问题 / 不适用 as large buttons for a thumb; a problem takes a note. */
export function ChecklistField({ id, items, value, onChange, disabled }: ChecklistFieldProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { label } = useDictionaryLabels();
  const answers = value ?? {};
  const remaining = unansweredCount(items, answers);

  const set = (code: string, patch: ChecklistAnswers[string]) => onChange?.({ ...answers, [code]: { ...answers[code], ...patch } });
  const allOk = () => {
    const next = { ...answers };
    for (const item of items) if (!next[item.code]?.result) next[item.code] = { result: 'ok' };
    onChange?.(next);
  };

  return (
    <Flex vertical gap={8} id={id}>
      {remaining > 0 && (
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary">{t('patrols.checklistUnanswered', { count: remaining })}</Typography.Text>
          <Button size="small" onClick={allOk} disabled={disabled}>
            {t('patrols.checklistAllOk')}
          </Button>
        </Flex>
      )}
      {items.map((item) => {
        const answer = answers[item.code];
        const problem = answer?.result === 'problem';
        const text = label(item, item.code);
        return (
          <div
            key={item.code}
            data-testid={`checklist-${item.code}`}
            style={{
              border: `1px solid ${problem ? token.colorError : token.colorBorderSecondary}`,
              background: problem ? token.colorErrorBg : undefined,
              borderRadius: token.borderRadius,
              padding: 10,
            }}
          >
            <Typography.Text style={{ display: 'block', marginBottom: 8 }}>{text}</Typography.Text>
            <Radio.Group
              aria-label={text}
              optionType="button"
              buttonStyle="solid"
              block
              disabled={disabled}
              value={answer?.result}
              onChange={(event) => set(item.code, { result: event.target.value as CheckResult })}
              options={CHECK_RESULTS.map((result) => ({ value: result, label: t(`patrols.results.${result}`) }))}
            />
            {problem && (
              <Input
                aria-label={t('patrols.problemNote')}
                placeholder={t('patrols.problemNote')}
                value={answer.note}
                maxLength={200}
                disabled={disabled}
                onChange={(event) => set(item.code, { note: event.target.value })}
                style={{ marginTop: 8 }}
              />
            )}
          </div>
        );
      })}
    </Flex>
  );
}
