import { InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { TARGET_KINDS } from '../../core/dataSets.js';
import type { Target } from './api';

interface TargetInputProps {
  value?: Target;
  onChange?: (value: Target) => void;
  disabled?: boolean;
}

/** Kind, floor and ceiling as one form value, so the server's error on `fields.N.target` lands on it. */
export function TargetInput({ value = { kind: 'none', min: null, max: null }, onChange, disabled }: TargetInputProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Target>) => {
    const next = { ...value, ...patch };
    // Bounds the kind does not use are cleared, as the server requires.
    onChange?.({ kind: next.kind, min: next.kind === 'floor' || next.kind === 'range' ? next.min : null, max: next.kind === 'ceiling' || next.kind === 'range' ? next.max : null });
  };
  return (
    <Space.Compact>
      <Select
        style={{ width: 96 }}
        value={value.kind}
        disabled={disabled}
        options={TARGET_KINDS.map((kind) => ({ value: kind, label: t(`dataSets.targetKinds.${kind}`) }))}
        onChange={(kind) => set({ kind })}
      />
      {(value.kind === 'floor' || value.kind === 'range') && (
        <InputNumber style={{ width: 90 }} placeholder={t('dataSets.targetMin')} value={value.min} disabled={disabled} onChange={(min) => set({ min })} />
      )}
      {(value.kind === 'ceiling' || value.kind === 'range') && (
        <InputNumber style={{ width: 90 }} placeholder={t('dataSets.targetMax')} value={value.max} disabled={disabled} onChange={(max) => set({ max })} />
      )}
    </Space.Compact>
  );
}
