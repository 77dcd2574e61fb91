import { useMemo, useState } from 'react';
import { App, Cascader } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { DivisionLevel } from '../../core/divisions.js';
import { divisionLoader, type Division, type DivisionSource } from './api';

interface DivisionOption {
  value: string;
  label: string;
  level: DivisionLevel;
  isLeaf: boolean;
  children?: DivisionOption[];
}

interface DivisionCascaderProps {
  id?: string;
  /** Codes from the top of the user's scope down to the chosen division. */
  value?: string[];
  onChange?: (value: string[] | undefined) => void;
  placeholder?: string;
  source?: DivisionSource;
  /** Only divisions of this level can be picked, and the tree stops there (e.g. a county for a plan). */
  pickLevel?: DivisionLevel;
}

/**
 * Picks a division at any level inside the user's scope. Starts at the user's own division
 * (`GET /api/divisions`) and loads each level's children when it is opened. With source
 * `public` it needs no sign-in and runs from the provinces down to townships.
 */
export function DivisionCascader({ id, value, onChange, placeholder, source = 'scope', pickLevel }: DivisionCascaderProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const loader = divisionLoader(source);
  const top = useQuery({ queryKey: loader.key(undefined), queryFn: () => loader.load(), staleTime: Infinity });
  const [childrenOf, setChildrenOf] = useState<Record<string, Division[]>>({});

  const options = useMemo(() => {
    const toOption = (division: Division): DivisionOption => {
      const children = childrenOf[division.code];
      return {
        value: division.code,
        label: division.name,
        level: division.level,
        isLeaf: !division.hasChildren || division.level === pickLevel,
        ...(children ? { children: children.map(toOption) } : {}),
      };
    };
    return (top.data ?? []).map(toOption);
  }, [top.data, childrenOf, pickLevel]);

  async function loadChildren(path: DivisionOption[]) {
    const target = path[path.length - 1];
    if (!target || childrenOf[target.value]) return;
    const parentCode = target.value;
    try {
      const children = await queryClient.fetchQuery({
        queryKey: loader.key(parentCode),
        queryFn: () => loader.load(parentCode),
        staleTime: Infinity,
      });
      setChildrenOf((previous) => ({ ...previous, [parentCode]: children }));
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <Cascader<DivisionOption>
      id={id}
      value={value}
      onChange={(next) => onChange?.(next.length > 0 ? next : undefined)}
      options={options}
      loadData={(path) => void loadChildren(path)}
      changeOnSelect={!pickLevel}
      loading={top.isPending}
      placeholder={placeholder ?? t('orgs.divisionPlaceholder')}
      style={{ width: '100%' }}
    />
  );
}


interface DivisionCodePickerProps extends Omit<DivisionCascaderProps, 'value' | 'onChange'> {
  value?: string;
  onChange?: (code: string | undefined) => void;
}

/** The cascader as a form field holding one code: the last division picked. */
export function DivisionCodePicker({ value, onChange, ...props }: DivisionCodePickerProps) {
  const [path, setPath] = useState<string[] | undefined>(value ? [value] : undefined);
  const shown = path && path.at(-1) === value ? path : value ? [value] : undefined;
  return (
    <DivisionCascader
      {...props}
      value={shown}
      onChange={(next) => {
        setPath(next);
        onChange?.(next?.at(-1));
      }}
    />
  );
}
