import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeCheckIn } from './code-check-in';

/** A check-in that answers when the test says so. */
function slowCheckIn() {
  const answers: Array<(ok: boolean) => void> = [];
  const onCode = vi.fn((_code: string) => new Promise<boolean>((resolve) => answers.push(resolve)));
  return { onCode, answer: (ok: boolean) => answers.shift()?.(ok) };
}

describe('CodeCheckIn', () => {
  it('empties the box once the code is checked in', async () => {
    const user = userEvent.setup();
    const { onCode, answer } = slowCheckIn();
    render(<CodeCheckIn pending={false} onCode={onCode} />);
    const box = screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });

    await user.type(box, '7k3m9qxd');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    expect(onCode).toHaveBeenCalledWith('7K3M9QXD');
    answer(true);

    await vi.waitFor(() => expect(box).toHaveValue(''));
  });

  it('keeps the next code typed while the last one was being checked in', async () => {
    const user = userEvent.setup();
    const { onCode, answer } = slowCheckIn();
    render(<CodeCheckIn pending={false} onCode={onCode} />);
    const box = screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });

    await user.type(box, '7K3M9QXD');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    await user.clear(box);
    await user.type(box, 'NFA9HH2W');
    answer(true);

    // The first answer came back after the second code was typed: that code stays to be sent.
    await vi.waitFor(() => expect(onCode).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box).toHaveValue('NFA9HH2W');
  });

  it('keeps a code that was not checked in, to be corrected', async () => {
    const user = userEvent.setup();
    const { onCode, answer } = slowCheckIn();
    render(<CodeCheckIn pending={false} onCode={onCode} />);
    const box = screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });

    await user.type(box, '7K3M9QXD');
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
    answer(false);

    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(box).toHaveValue('7K3M9QXD');
  });
});
