import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { i18n } from '../i18n/i18n';
import { DateField } from './date-field';
import { DatePickersProvider } from './date-pickers-provider';
import { DateTimeField } from './date-time-field';

function Fields({ onDate }: { onDate: (value: string) => void }) {
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  return (
    <DatePickersProvider>
      <DateField
        label="Ngày"
        value={day}
        onChange={(value) => {
          setDay(value);
          onDate(value);
        }}
      />
      <DateTimeField label="Bắt đầu" value={time} onChange={setTime} />
    </DatePickersProvider>
  );
}

/** What a field shows: its sections' texts with their separators, as one reads them. */
const shown = (name: string) =>
  (
    screen.getByRole('group', { name }).querySelector('.MuiPickersSectionList-root')?.textContent ??
    ''
  ).replace(/[\u2066-\u2069]/gu, '');

describe('the date fields', () => {
  it('read dd/mm/yyyy and dd/mm/yyyy hh:mm when empty, in Vietnamese', () => {
    render(<Fields onDate={() => undefined} />);

    expect(shown('Ngày')).toBe('dd/mm/yyyy');
    expect(shown('Bắt đầu')).toBe('dd/mm/yyyy hh:mm');
  });

  it('take the day first, then the month and the year, in English too', async () => {
    await i18n.changeLanguage('en');
    const user = userEvent.setup();
    const onDate = vi.fn();
    render(<Fields onDate={onDate} />);
    expect(shown('Ngày')).toBe('dd/mm/yyyy');

    await user.click(
      within(screen.getByRole('group', { name: 'Ngày' })).getAllByRole('spinbutton')[0],
    );
    await user.keyboard('05122026');

    expect(shown('Ngày')).toBe('05/12/2026');
    expect(onDate).toHaveBeenLastCalledWith('2026-12-05');
  });
});
