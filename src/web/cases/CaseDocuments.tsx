import { useState } from 'react';
import { App, Button, Flex, List, Select, Typography, Upload } from 'antd';
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_CONTENT_TYPES, DOCUMENT_KINDS, type DocumentKind } from '../../core/cases.js';
import { LoadError } from '../shared/LoadError';
import { formatDateTime } from '../shared/dates';
import { caseDocumentsQueryKey, deleteCaseDocument, downloadCaseDocument, listCaseDocuments, uploadCaseDocument, type Case } from './api';

/** The case file: its documents to download, and while the case is open, upload by type or delete. */
export function CaseDocuments({ kase, editable, suggested }: { kase: Case; editable: boolean; suggested?: DocumentKind }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<DocumentKind | undefined>(undefined);
  const kind = chosen ?? suggested ?? 'evidence';
  const { data, error, isPending, refetch } = useQuery({ queryKey: caseDocumentsQueryKey(kase.id), queryFn: () => listCaseDocuments(kase.id) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: caseDocumentsQueryKey(kase.id) });
  const upload = useMutation({ mutationFn: (file: File) => uploadCaseDocument(kase.id, kind, file), onSuccess: refresh });
  const remove = useMutation({ mutationFn: (documentId: string) => deleteCaseDocument(kase.id, documentId), onSuccess: refresh });

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>{t('cases.documents')}</Typography.Title>
      {editable && (
        <Flex gap={8} wrap>
          <Select<DocumentKind>
            aria-label={t('cases.documentKind')}
            value={kind}
            onChange={setChosen}
            options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`cases.documentKinds.${k}`) }))}
            style={{ minWidth: 200 }}
          />
          <Upload
            accept={DOCUMENT_CONTENT_TYPES.join(',')}
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutateAsync(file).then(
                () => void message.success(t('cases.uploaded')),
                (e: Error) => void message.error(e.message),
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>{t('cases.upload')}</Button>
          </Upload>
        </Flex>
      )}
      {error ? (
        <LoadError error={error} onRetry={() => void refetch()} />
      ) : (
        <List
          size="small"
          bordered
          loading={isPending}
          locale={{ emptyText: t('cases.noDocuments') }}
          dataSource={data ?? []}
          renderItem={(d) => (
            <List.Item
              data-testid={`document-${d.kind}`}
              actions={[
                <Button key="get" size="small" type="link" icon={<DownloadOutlined />} aria-label={d.fileName} onClick={() => void downloadCaseDocument(kase.id, d)} />,
                ...(editable
                  ? [<Button key="del" size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('cases.deleteDocument')}
                      onClick={() => void modal.confirm({ title: t('cases.deleteConfirm', { name: d.fileName }), okButtonProps: { danger: true }, onOk: () => remove.mutateAsync(d.id) })} />]
                  : []),
              ]}
            >
              <List.Item.Meta
                title={`${t(`cases.documentKinds.${d.kind}`)} · ${d.fileName}`}
                description={`${d.uploadedBy ?? ''} ${formatDateTime(d.createdAt) ?? ''} · ${Math.ceil(d.size / 1024)} KB`}
              />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
