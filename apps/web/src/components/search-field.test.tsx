import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchField } from './search-field';

function Controlled({ onChange }: { onChange: (value: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <SearchField
      label="Tìm người"
      helperText="Tên không dấu, hoặc số điện thoại"
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

describe('SearchField', () => {
  it('is a search box named by its label and described by its hint', () => {
    render(<Controlled onChange={() => undefined} />);

    const box = screen.getByRole('searchbox', { name: 'Tìm người' });
    expect(box).toHaveAccessibleDescription('Tên không dấu, hoặc số điện thoại');
    expect(box).toHaveValue('');
  });

  it('reports each keystroke as the whole text typed so far, accents kept', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);

    await user.type(screen.getByRole('searchbox', { name: 'Tìm người' }), 'Hà');

    expect(onChange.mock.calls.map(([value]) => value as string)).toEqual(['H', 'Hà']);
    expect(screen.getByRole('searchbox', { name: 'Tìm người' })).toHaveValue('Hà');
  });
});
