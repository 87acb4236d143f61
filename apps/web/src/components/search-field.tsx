import type { ReactNode } from 'react';
import Search from '@mui/icons-material/Search';
import InputAdornment from '@mui/material/InputAdornment';
import TextField, { type TextFieldProps } from '@mui/material/TextField';
import type { SxProps, Theme } from '@mui/material/styles';

interface SearchFieldProps {
  /** Shown above the text and names the input for screen readers, e.g. "Tìm người dùng". */
  label: string;
  value: string;
  /** The text as typed; where it drives a query, debounce it with `useDebouncedValue`. */
  onChange: (value: string) => void;
  placeholder?: string;
  /** A hint under the box: what can be searched, or how many rows match. */
  helperText?: ReactNode;
  /** In a wrapping toolbar, the width in px it starts from before growing into the free space. */
  width?: number;
  fullWidth?: boolean;
  /** The theme's small size unless told; the check-in page on a phone is `medium`. */
  size?: TextFieldProps['size'];
  autoFocus?: boolean;
  /** `off` where the browser's remembered entries would cover what is found. */
  autoComplete?: string;
  sx?: SxProps<Theme>;
}

/** A search box with a magnifier in front; the caller debounces and decides what matches. */
export function SearchField(props: SearchFieldProps) {
  const { label, value, onChange, placeholder, helperText, width, fullWidth } = props;
  const { size, autoFocus, autoComplete, sx } = props;
  return (
    <TextField
      type="search"
      label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      placeholder={placeholder}
      helperText={helperText}
      fullWidth={fullWidth}
      size={size}
      autoFocus={autoFocus}
      autoComplete={autoComplete}
      sx={[width !== undefined && { flex: `1 1 ${width}px` }, ...(Array.isArray(sx) ? sx : [sx])]}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <Search />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
