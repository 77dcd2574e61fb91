import { Alert, Card, Empty, Flex, Input, Pagination, Select, Spin, Tag, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { listUnitAreas, publicUnitsQueryKey, searchPublicUnits, unitAreasQueryKey, type PublicUnit } from './api';
import { GradeTag } from './GradeTag';

const LICENCE_COLORS: Record<PublicUnit['licenceStatus'], string> = { valid: 'green', expired: 'red', not_required: 'default', not_recorded: 'default' };

function UnitCard({ unit }: { unit: PublicUnit }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="public-unit">
      <Flex justify="space-between" align="flex-start" gap={12}>
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Typography.Text strong>{unit.name}</Typography.Text>
          <Typography.Text type="secondary">{unit.categoryLabel} · {unit.divisionName}</Typography.Text>
          <Typography.Text type="secondary">{unit.address}</Typography.Text>
        </Flex>
        <GradeTag grade={unit.grade} large />
      </Flex>
      <Flex vertical gap={4} style={{ marginTop: 8 }}>
        {unit.noticeDate && <Typography.Text>{t('grading.publicNotice', { date: unit.noticeDate })}{unit.appealStatus && ` · ${t(`grading.appealStatuses.${unit.appealStatus}`)}`}</Typography.Text>}
        <Flex gap={8} wrap align="center">
          <span>{t('grading.publicLicence')}</span>
          <Tag color={LICENCE_COLORS[unit.licenceStatus]}>{t(`grading.licenceStatuses.${unit.licenceStatus}`)}</Tag>
        </Flex>
        <Typography.Text>{t('grading.publicLatest')}：{unit.latestInspection ? `${unit.latestInspection.date} ${unit.latestInspection.result}` : t('common.none')}</Typography.Text>
        {unit.reply && <Alert type="info" title={t('grading.publicReply')} description={<span data-testid="public-reply">{unit.reply}</span>} />}
      </Flex>
    </Card>
  );
}

/**
 * Anyone, usually on a phone, looks up a unit's hygiene grade with its notice date and the unit's
 * reply; no sign-in. The search sits in the address so a result can be shared.
 */
export default function PublicUnitsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = (searchParams.get('q') ?? '').trim();
  const county = searchParams.get('county') ?? undefined;
  const township = searchParams.get('township') ?? undefined;
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const query = { q: q || undefined, divisionCode: township ?? county, page };
  const counties = useQuery({ queryKey: unitAreasQueryKey(), queryFn: () => listUnitAreas() });
  const townships = useQuery({ queryKey: unitAreasQueryKey(county), queryFn: () => listUnitAreas(county), enabled: Boolean(county) });
  const { data, error, isFetching } = useQuery({ queryKey: publicUnitsQueryKey(query), queryFn: () => searchPublicUnits(query), placeholderData: keepPreviousData });

  const update = (next: Record<string, string | undefined>) => {
    const merged = { q: q || undefined, county, township, ...next };
    setSearchParams(Object.fromEntries(Object.entries(merged).filter((entry): entry is [string, string] => Boolean(entry[1]))), { replace: true });
  };

  return (
    <Flex vertical align="center" gap={16} style={{ width: '100%' }}>
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={3} style={{ margin: 0, textAlign: 'center' }}>{t('grading.publicTitle')}</Typography.Title>
        <Typography.Text type="secondary">{t('grading.publicIntro')}</Typography.Text>
      </Flex>
      <Flex vertical gap={12} style={{ width: '100%', maxWidth: 720 }}>
        <Input.Search key={q} defaultValue={q} aria-label={t('grading.publicPlaceholder')} placeholder={t('grading.publicPlaceholder')} enterButton={t('licensing.publicSearch')}
          size="large" allowClear loading={isFetching} onSearch={(text) => update({ q: text.trim() || undefined, page: undefined })} />
        <Flex gap={8} wrap>
          <Select aria-label={t('grading.publicCounty')} placeholder={t('grading.publicCounty')} value={county} allowClear style={{ flex: '1 1 140px' }}
            options={(counties.data ?? []).map((d) => ({ value: d.code, label: d.name }))} onChange={(code?: string) => update({ county: code, township: undefined, page: undefined })} />
          <Select aria-label={t('grading.publicTownship')} placeholder={t('grading.publicTownship')} value={township} allowClear disabled={!county} style={{ flex: '1 1 140px' }}
            options={(townships.data ?? []).map((d) => ({ value: d.code, label: d.name }))} onChange={(code?: string) => update({ township: code, page: undefined })} />
        </Flex>
        {error && <Alert type="error" showIcon title={error.message} role="alert" />}
        {!data && isFetching && <Spin />}
        {data && data.items.length === 0 && <Empty description={t('grading.publicEmpty')} />}
        {data?.items.map((unit) => <UnitCard key={unit.id} unit={unit} />)}
        {data && data.total > data.pageSize && (
          <Pagination simple align="center" current={page} pageSize={data.pageSize} total={data.total} onChange={(next) => update({ page: String(next) })} />
        )}
      </Flex>
    </Flex>
  );
}
