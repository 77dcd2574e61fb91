import { Button } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { CaseSource } from '../../core/cases.js';
import { can } from '../../core/roles.js';
import { useCurrentUser } from '../auth/CurrentUser';
import { caseFilingLink } from './links';

/** 立案查处 from the record on screen (a complaint, a report): opens 立案 with it named as the source. */
export function FileCaseButton({ source, sourceId, unitName }: { source: CaseSource; sourceId: string; unitName: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  if (!can(me.role, 'cases.manage')) return null;
  return <Button danger onClick={() => void navigate(caseFilingLink(source, sourceId, unitName))}>{t('cases.fileFromRecord')}</Button>;
}
