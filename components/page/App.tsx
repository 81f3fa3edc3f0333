/** Everything Rhetoric Lens shows inside its shadow root on a page: the legend and the finding card. */
import { Card, type CardProps } from './Card';
import { Legend, type LegendProps } from './Legend';

export interface PageUiProps {
  legend: LegendProps | null;
  card: CardProps | null;
}

export function PageUi({ legend, card }: PageUiProps) {
  return (
    <div class="ui">
      {legend && <Legend {...legend} />}
      {card && <Card {...card} />}
    </div>
  );
}
