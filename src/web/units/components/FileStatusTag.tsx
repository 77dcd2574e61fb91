import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../i18n/zh-CN';

type GapField = keyof Catalogue['units']['fields'];

/** Field names the server lists in `fileGaps`, in the reader's language. */
export function useGapLabels(): (gaps: readonly string[]) => string {
  const { t } = useTranslation();
  return (gaps) =>
    gaps
      .map((gap) => {
        const key = `units.fields.${gap as GapField}` as const;
        return t(key, { defaultValue: gap });
      })
      .join(t('units.gapSeparator'));
}

/** 完整 / 不完整, with what is missing in a tooltip. */
export function FileStatusTag({ complete, gaps }: { complete: boolean; gaps: readonly string[] }) {
  const { t } = useTranslation();
  const gapLabels = useGapLabels();
  if (complete) return <Tag color="green">{t('units.fileComplete')}</Tag>;
  return (
    <Tooltip title={t('units.fileGaps', { fields: gapLabels(gaps) })}>
      <Tag color="orange" style={{ cursor: 'help' }}>
        {t('units.fileIncomplete')}
      </Tag>
    </Tooltip>
  );
}
