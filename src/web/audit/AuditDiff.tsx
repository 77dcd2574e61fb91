import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from './api';
import { changedFields, displayValue, type ChangedField } from './auditDiff';

function ValueCell({ value, tone }: { value: unknown; tone: 'before' | 'after' }) {
  const { t } = useTranslation();
  const text = displayValue(value);
  if (text === null) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Typography.Text type={tone === 'before' ? 'danger' : 'success'} style={{ wordBreak: 'break-all' }}>
      {text}
    </Typography.Text>
  );
}

/** What one audited change did: the changed fields with their old and new values. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const fields = changedFields(entry.before, entry.after);
  if (fields.length === 0) return <Typography.Text type="secondary">{t('audit.noDiff')}</Typography.Text>;
  return (
    <Table<ChangedField>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={fields}
      columns={[
        { title: t('audit.field'), dataIndex: 'key', width: 180, render: (key: string) => <Typography.Text code>{key || '—'}</Typography.Text> },
        { title: t('audit.before'), dataIndex: 'before', render: (value: unknown) => <ValueCell value={value} tone="before" /> },
        { title: t('audit.after'), dataIndex: 'after', render: (value: unknown) => <ValueCell value={value} tone="after" /> },
      ]}
    />
  );
}
