import { useEffect, useRef } from 'react';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { ComposeOption } from 'echarts/core';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';

// Only what the dashboards draw, so the chart chunk stays a fraction of the full echarts bundle.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type EChartOption = ComposeOption<BarSeriesOption | LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption>;

/** What a click on a bar or a point says: the category (x-axis) index and its data. */
export interface EChartClick {
  dataIndex: number;
  name: string;
}

interface EChartProps {
  option: EChartOption;
  height?: number;
  onClick?: (event: EChartClick) => void;
  'aria-label'?: string;
  'data-testid'?: string;
}

/** A chart that follows its container's width (cards wrap on phones) and is disposed with the component. */
export function EChart({ option, height = 320, onClick, ...rest }: EChartProps) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onClick);

  useEffect(() => {
    clickHandler.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const instance = echarts.init(element.current!);
    chart.current = instance;
    instance.on('click', (params) => clickHandler.current?.({ dataIndex: params.dataIndex, name: params.name }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" style={{ width: '100%', height, cursor: onClick ? 'pointer' : undefined }} {...rest} />;
}
