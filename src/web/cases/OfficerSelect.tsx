import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { listOfficers, officersQueryKey } from './api';

interface OfficerSelectProps {
  id?: string;
  value?: string[];
  onChange?: (ids: string[]) => void;
  'aria-label'?: string;
}

/** Picks enabled inspectors of the user's area: the officers who go on an inspection or handle a case. */
export function OfficerSelect({ id, value, onChange, ...rest }: OfficerSelectProps) {
  const { data, isPending } = useQuery({ queryKey: officersQueryKey, queryFn: listOfficers, staleTime: 5 * 60_000 });
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      loading={isPending}
      optionFilterProp="label"
      options={(data ?? []).map((o) => ({ value: o.id, label: `${o.name}（${o.orgName}）` }))}
      style={{ width: '100%' }}
      aria-label={rest['aria-label']}
    />
  );
}
