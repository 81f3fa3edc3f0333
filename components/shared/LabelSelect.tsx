/** A verdict label picker; the list of labels comes from settings. */
import { useId } from 'preact/hooks';

export interface LabelSelectProps {
  value: string | undefined;
  onChange(value: string | undefined): void;
  labels: readonly { id: string; name: string }[];
  label?: string;
  /** Text of the "nothing chosen" option. */
  noneText?: string;
}

export function LabelSelect({
  value,
  onChange,
  labels,
  label = 'Label',
  noneText = 'No label',
}: LabelSelectProps) {
  const id = useId();
  // A note may carry a label that was since removed from settings: keep it selectable.
  const options =
    value && !labels.some((l) => l.id === value) ? [...labels, { id: value, name: value }] : labels;
  return (
    <label class="field" for={id}>
      <span>{label}</span>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">{noneText}</option>
        {options.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The display name of a label id, or the id itself when the label was removed. */
export function labelName(id: string, labels: readonly { id: string; name: string }[]): string {
  return labels.find((l) => l.id === id)?.name ?? id;
}
