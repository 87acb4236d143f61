import { PRINT_CHART_WIDTH } from '../../../components/chart-layout';
import { usePrinting } from '../../../lib/use-printing';

/** The dashboard's charts fill their box on screen, and one A4 column when printed. */
export function useChartWidth(): number | undefined {
  return usePrinting() ? PRINT_CHART_WIDTH : undefined;
}
