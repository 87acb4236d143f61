import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CodeCheckIn } from './code-check-in';

/** The box and its button, with a check-in that answers when the test says so. */
function renderSlowCheckIn() {
  const answers: Array<(ok: boolean) => void> = [];
  const onCode = vi.fn((_code: string) => new Promise<boolean>((resolve) => answers.push(resolve)));
  const user = userEvent.setup();
  render(<CodeCheckIn pending={false} onCode={onCode} />);
  const box = screen.getByRole('textbox', { name: 'Mã điểm danh (8 ký tự)' });
  const send = async (typed: string) => {
    await user.clear(box);
    await user.type(box, typed);
    await user.click(screen.getByRole('button', { name: 'Điểm danh theo mã' }));
  };
  return { onCode, box, user, send, answer: (ok: boolean) => answers.shift()?.(ok) };
}

/** Lets a late answer land, to see what it leaves in the box. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('CodeCheckIn', () => {
  it('empties the box once the code is checked in', async () => {
    const { onCode, box, send, answer } = renderSlowCheckIn();

    await send('7k3m9qxd');
    expect(onCode).toHaveBeenCalledWith('7K3M9QXD');
    answer(true);

    await vi.waitFor(() => expect(box).toHaveValue(''));
  });

  it('keeps the next code typed while the last one was being checked in', async () => {
    const { onCode, box, user, send, answer } = renderSlowCheckIn();

    await send('7K3M9QXD');
    await user.clear(box);
    await user.type(box, 'NFA9HH2W');
    answer(true);

    // The first answer came back after the second code was typed: that code stays to be sent.
    await vi.waitFor(() => expect(onCode).toHaveBeenCalledTimes(1));
    await settle();
    expect(box).toHaveValue('NFA9HH2W');
  });

  it('keeps a code that was not checked in, to be corrected', async () => {
    const { box, send, answer } = renderSlowCheckIn();

    await send('7K3M9QXD');
    answer(false);

    await settle();
    expect(box).toHaveValue('7K3M9QXD');
  });
});
