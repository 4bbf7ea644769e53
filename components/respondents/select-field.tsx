import { SelectField as BaseSelectField } from "@/components/ui/form-controls";

/** The ui SelectField fed from a list of options, with an optional empty first choice. */
export function SelectField({
  options,
  placeholder,
  ...props
}: Omit<React.ComponentProps<typeof BaseSelectField>, "children"> & {
  options: readonly { value: string; label: string }[];
  /** An empty first option, e.g. "Choose a role group". */
  placeholder?: string;
}) {
  return (
    <BaseSelectField {...props}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </BaseSelectField>
  );
}
