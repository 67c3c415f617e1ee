import type { Directory } from '../../hooks/use-directory.js';
import { SelectField } from '../select-field.js';

interface DirectorySelectProps {
  readonly directory: Directory | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** "Owner": a person of the workspace, or no one. Every edit panel asks it the same way. */
export function OwnerSelect({ directory, value, onChange }: DirectorySelectProps) {
  return (
    <SelectField
      label="Owner"
      value={value}
      none="No one"
      options={(directory?.people ?? []).map((p) => ({ value: p.id, label: p.name }))}
      onChange={onChange}
    />
  );
}

/** "Team": a team of the workspace, or none. */
export function TeamSelect({ directory, value, onChange }: DirectorySelectProps) {
  return (
    <SelectField
      label="Team"
      value={value}
      none="No team"
      options={(directory?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
      onChange={onChange}
    />
  );
}
