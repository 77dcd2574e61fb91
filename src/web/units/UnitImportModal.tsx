import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, Modal, Table, Typography } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { downloadImportTemplate, importUnits, type ImportResult, type ImportRowError } from './api';
import { ApiErrorWithBody } from './files';

function rowErrorsOf(error: unknown): ImportRowError[] {
  if (!(error instanceof ApiErrorWithBody)) return [];
  const body = error.body as { rows?: unknown } | undefined;
  return Array.isArray(body?.rows) ? (body.rows as ImportRowError[]) : [];
}

/** Upload the register; all rows go in or none, and the refused cells are listed to fix. */
export function UnitImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<ImportRowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: importUnits,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['units'] }),
  });
  const template = useMutation({
    mutationFn: () => downloadImportTemplate(t('units.templateFileName')),
    onError: (error) => void message.error(error.message),
  });

  const describe = (result: ImportResult) => t('units.imported', { ...result });

  async function upload(file: File) {
    setRows([]);
    setFailure(null);
    try {
      const result = await mutation.mutateAsync(file);
      void message.success(describe(result));
      onClose();
    } catch (error) {
      const refused = rowErrorsOf(error);
      setRows(refused);
      setFailure(refused.length > 0 ? t('units.importErrors', { count: refused.length }) : error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Modal open title={t('units.importTitle')} onCancel={onClose} footer={null} width={760} destroyOnHidden>
      <Flex vertical gap={16}>
        <Typography.Paragraph style={{ margin: 0 }}>{t('units.importHint')}</Typography.Paragraph>
        <Flex gap={8} wrap>
          <Button icon={<DownloadOutlined />} loading={template.isPending} onClick={() => template.mutate()}>
            {t('units.downloadTemplate')}
          </Button>
          <Button type="primary" icon={<UploadOutlined />} loading={mutation.isPending} onClick={() => input.current?.click()}>
            {t('units.chooseFile')}
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void upload(file);
            }}
          />
        </Flex>
        {failure && <Alert type="error" showIcon title={failure} role="alert" />}
        {rows.length > 0 && (
          <Table<ImportRowError>
            size="small"
            rowKey={(row) => `${row.row}-${row.field}-${row.message}`}
            dataSource={rows}
            pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
            columns={[
              { title: t('units.row'), dataIndex: 'row', width: 70 },
              { title: t('units.column'), dataIndex: 'column', width: 160 },
              { title: t('units.problem'), dataIndex: 'message' },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
