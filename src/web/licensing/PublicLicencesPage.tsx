import { Alert, Card, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { publicLicencesQueryKey, searchPublicLicences, type PublicLicence } from './api';

const MIN_QUERY = 2;

const STATUS_COLORS: Record<PublicLicence['status'], string> = { valid: 'green', expired: 'red', cancelled: 'default' };

/**
 * Anyone, usually on a phone, checks a health licence by its number or the holder's name; no
 * sign-in. The query sits in the address (?q=) so a result can be shared or bookmarked.
 */
export default function PublicLicencesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const { data, error, isFetching } = useQuery({
    queryKey: publicLicencesQueryKey(q),
    queryFn: () => searchPublicLicences(q),
    enabled: q.length >= MIN_QUERY,
  });

  const columns: TableColumnsType<PublicLicence> = [
    { title: t('licensing.licenceNo'), dataIndex: 'licenceNo' },
    { title: t('licensing.publicHolder'), dataIndex: 'holderName' },
    { title: t('licensing.licenceType'), dataIndex: 'licenceType', responsive: ['md'] },
    { title: t('licensing.issuedOn'), dataIndex: 'issuedOn', responsive: ['sm'], render: (on: string | null) => on ?? '—' },
    { title: t('licensing.expiresOn'), dataIndex: 'expiresOn', render: (on: string | null) => on ?? '—' },
    {
      title: t('licensing.publicValidity'),
      dataIndex: 'status',
      render: (status: PublicLicence['status'], licence) => (
        <Tag color={STATUS_COLORS[status]}>{status === 'cancelled' ? t('licensing.cancelledOn', { date: licence.cancelledOn }) : t(`licensing.${status}`)}</Tag>
      ),
    },
  ];

  return (
    <Flex vertical align="center" gap={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>
        {t('licensing.publicTitle')}
      </Typography.Title>
      <Card style={{ width: '100%', maxWidth: 960 }} styles={{ body: { padding: 12 } }}>
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('licensing.publicIntro')}</Typography.Text>
          <Input.Search
            key={q}
            defaultValue={q}
            aria-label={t('licensing.publicPlaceholder')}
            placeholder={t('licensing.publicPlaceholder')}
            enterButton={t('licensing.publicSearch')}
            size="large"
            allowClear
            loading={isFetching}
            onSearch={(text) => setSearchParams(text.trim() ? { q: text.trim() } : {}, { replace: true })}
          />
          {error && <Alert type="error" showIcon title={error.message} role="alert" />}
          {q.length >= MIN_QUERY && !error && (
            <Table<PublicLicence>
              rowKey="licenceNo"
              size="small"
              columns={columns}
              dataSource={data ?? []}
              loading={isFetching}
              pagination={false}
              locale={{ emptyText: t('licensing.publicEmpty') }}
              data-testid="public-licences"
            />
          )}
        </Flex>
      </Card>
    </Flex>
  );
}

