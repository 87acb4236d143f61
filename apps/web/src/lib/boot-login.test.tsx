import * as fs from 'node:fs';
import * as path from 'node:path';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginRefusal, mockAppApi } from '../test/app-api';
import { renderApp } from '../test/render-app';
import { loginResponse } from '../test/session-fixtures';
import { bootLoginSent, showBootLogin } from './boot-login';
import { getSessionState } from './session';

/** The page as the server sends it, before any script: #root of index.html. */
function loadIndexHtml(): void {
  const html = fs.readFileSync(path.join(__dirname, '../../index.html'), 'utf8');
  const page = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(document.importNode(page.getElementById('root')!, true));
}

describe("index.html's sign-in form, before the app has loaded", () => {
  beforeEach(loadIndexHtml);
  afterEach(() => document.body.replaceChildren());

  it('replaces the loading skeleton with a form that has labelled fields', () => {
    expect(screen.queryByRole('textbox', { name: 'Tên đăng nhập' })).not.toBeInTheDocument();
    showBootLogin();
    expect(screen.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveFocus();
    expect(screen.getByLabelText('Mật khẩu')).toHaveAttribute('type', 'password');
    expect(document.getElementById('boot-loading')).not.toBeVisible();
  });

  it('signs in with a plain request and starts the session', async () => {
    const { requests } = mockAppApi(
      { 'auth.login': () => ({ body: loginResponse('staff', 'token-boot') }) },
      { role: null },
    );
    showBootLogin();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'staff');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await bootLoginSent();

    expect(getSessionState()).toMatchObject({
      status: 'authenticated',
      user: { username: 'staff' },
    });
    const login = requests.find((request) => request.route === 'auth.login');
    expect(login?.body).toEqual({ username: 'staff', password: 'demo-password' });
  });

  it('names the empty fields and puts the cursor in the first, sending nothing', async () => {
    const { requests } = mockAppApi({}, { role: null });
    showBootLogin();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo-password');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));

    expect(screen.getByText('Hãy nhập tên đăng nhập')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(requests.some((request) => request.route === 'auth.login')).toBe(false);
  });

  it("says the server's words when it refuses, and lets the user try again", async () => {
    mockAppApi({ 'auth.login': () => loginRefusal }, { role: null });
    showBootLogin();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'staff');
    await user.type(screen.getByLabelText('Mật khẩu'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    await bootLoginSent();

    expect(screen.getByRole('alert')).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
    expect(getSessionState().status).not.toBe('authenticated');
  });

  it('speaks English on a device where English was chosen', () => {
    window.localStorage.setItem('canhgiac.language', 'en');
    showBootLogin();
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Username' })).toBeVisible();
    expect(document.documentElement.lang).toBe('en');
    document.documentElement.lang = 'vi';
  });

  it("hands what was typed, and the cursor's field, to the app's form when the app arrives", async () => {
    mockAppApi({}, { role: null });
    showBootLogin();
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Tên đăng nhập' }), 'staff');
    await user.type(screen.getByLabelText('Mật khẩu'), 'demo-');
    // The app takes the page.
    document.getElementById('root')!.remove();
    renderApp('/login');

    const username = await screen.findByRole('textbox', { name: /^Tên đăng nhập/u });
    const password = screen.getByLabelText(/^Mật khẩu/u);
    expect(username).toHaveValue('staff');
    expect(password).toHaveValue('demo-');
    await waitFor(() => expect(password).toHaveFocus());
  });
});
