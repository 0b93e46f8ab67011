import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

/** A chart with an accessible name; the numbers it shows are always also in a table or text next to it. */
export function Chart({ option, label, height = 260 }: { option: EChartsOption; label: string; height?: number }) {
  return (
    <div role="img" aria-label={label}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: '100%' }} notMerge lazyUpdate />
    </div>
  );
}

export const COLORS = {
  promoter: '#2f9e44',
  passive: '#adb5bd',
  detractor: '#e03131',
  primary: '#1c7ed6',
  band: 'rgba(28,126,214,0.15)',
};
