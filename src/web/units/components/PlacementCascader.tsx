import { useMemo, useState, type CSSProperties } from 'react';
import { Cascader } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { divisionAncestry, divisionLevelOf } from '../../../core/divisions.js';
import { divisionsQueryKey, listDivisions, type Division } from '../../divisions/api';

interface DivisionOption {
  value: string;
  label: string;
  isLeaf: boolean;
  children?: DivisionOption[];
}

interface PlacementCascaderProps {
  id?: string;
  /** Codes from the top of the user's scope down to the chosen division. */
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
}

const DIVISIONS_STALE = Infinity;

/**
 * Picks a township or village inside the user's scope, loading each level when it is opened. Unlike
 * the organisation form's cascader it also loads the levels of a value it is given, so an existing
 * unit's township shows by name when its file is edited.
 */
export function PlacementCascader({ id, value, onChange, placeholder, allowClear = true, style, ...rest }: PlacementCascaderProps) {
  const top = useQuery({ queryKey: divisionsQueryKey(undefined), queryFn: () => listDivisions(), staleTime: DIVISIONS_STALE });
  const [opened, setOpened] = useState<string[]>([]);
  const expanded = useMemo(() => [...new Set([...(value ?? []).slice(0, -1), ...opened])], [value, opened]);
  const children = useQueries({
    queries: expanded.map((code) => ({
      queryKey: divisionsQueryKey(code),
      queryFn: () => listDivisions(code),
      staleTime: DIVISIONS_STALE,
    })),
  });

  // Rebuilt on every render: a few dozen divisions at most.
  const childrenOf = new Map<string, Division[]>();
  expanded.forEach((code, index) => {
    const data = children[index]?.data;
    if (data) childrenOf.set(code, data);
  });
  const toOption = (division: Division): DivisionOption => {
    const loaded = childrenOf.get(division.code);
    // Units sit in a township or a village: nothing below a village.
    const isLeaf = !division.hasChildren || division.level === 'village';
    return {
      value: division.code,
      label: division.name,
      isLeaf,
      ...(loaded && !isLeaf ? { children: loaded.map(toOption) } : {}),
    };
  };
  const options = (top.data ?? []).map(toOption);

  return (
    <Cascader<DivisionOption>
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(next) => onChange?.(next && next.length > 0 ? next : undefined)}
      options={options}
      loadData={(path) => {
        const target = path[path.length - 1];
        if (target) setOpened((previous) => (previous.includes(target.value) ? previous : [...previous, target.value]));
      }}
      changeOnSelect
      allowClear={allowClear}
      loading={top.isPending || children.some((query) => query.isPending)}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
    />
  );
}

export interface Placement {
  townshipCode?: string;
  villageCode?: string;
}

/** The township and village on a cascader path (a county or city on it is left out). */
export function placementOf(path: readonly string[] | undefined): Placement {
  const placement: Placement = {};
  for (const code of path ?? []) {
    const level = divisionLevelOf(code);
    if (level === 'township') placement.townshipCode = code;
    if (level === 'village') placement.villageCode = code;
  }
  return placement;
}

/** The cascader path of a township (and village), starting at the user's own division. */
export function placementPath(scopeCode: string, townshipCode: string, villageCode?: string | null): string[] {
  const ancestry = divisionAncestry(villageCode || townshipCode);
  const start = ancestry.indexOf(scopeCode);
  return start >= 0 ? ancestry.slice(start) : ancestry;
}
