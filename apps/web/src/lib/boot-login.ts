import { vi as viTexts } from '../i18n/texts/auth';
import { en as enTexts } from '../i18n/texts/en/auth';
import { readStoredLanguage } from '../i18n/languages';
import { ApiError } from './api-errors';
import { getSessionState, startSession, subscribeSession } from './session';
import { requestLogin } from './session-refresh';

// The sign-in form of index.html, made to work before the app's code has arrived: on a rural 3G
// line React, MUI and the router take seconds, and someone who came to sign in can type and send
// their password meanwhile. It is plain DOM, run by the page's first script (session-check.ts).
// When the app mounts it takes the form's place; `bootLoginValues` hands it what was typed.

type Field = 'username' | 'password';

interface BootForm {
  panel: HTMLElement;
  form: HTMLFormElement;
  inputs: Record<Field, HTMLInputElement>;
  helps: Record<Field, HTMLElement>;
  error: HTMLElement;
  button: HTMLButtonElement;
}

let boot: BootForm | undefined;
let lastFocused: Field | undefined;
let sending: Promise<void> | undefined;

const texts = () => (readStoredLanguage() === 'en' ? enTexts : viTexts).login;

function find(): BootForm | undefined {
  const panel = document.getElementById('boot-login');
  const form = panel?.querySelector('form');
  if (!panel || !form) return undefined;
  const input = (name: Field) => form.elements.namedItem(name) as HTMLInputElement;
  const help = (name: Field) => document.getElementById(`boot-${name}-help`)!;
  return {
    panel,
    form,
    inputs: { username: input('username'), password: input('password') },
    helps: { username: help('username'), password: help('password') },
    error: document.getElementById('boot-login-error')!,
    button: form.querySelector('button')!,
  };
}

/** The form's words in the language chosen on this device (Vietnamese unless English was). */
function translate(form: BootForm): void {
  const words = texts();
  for (const element of form.panel.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = element.dataset.text as keyof typeof words;
    if (key in words) element.textContent = words[key];
  }
  document.documentElement.lang = readStoredLanguage();
}

function showMissing(form: BootForm, field: Field, missing: boolean): void {
  const words = texts();
  form.helps[field].textContent = missing
    ? words[field === 'username' ? 'usernameRequired' : 'passwordRequired']
    : '';
  form.inputs[field].setAttribute('aria-invalid', String(missing));
}

function setSending(form: BootForm, on: boolean): void {
  const words = texts();
  form.button.disabled = on;
  form.button.textContent = on ? words.submitting : words.submit;
}

async function send(form: BootForm): Promise<void> {
  const values = { username: form.inputs.username.value, password: form.inputs.password.value };
  const empty = (['username', 'password'] as const).filter((field) => values[field].trim() === '');
  for (const field of ['username', 'password'] as const)
    showMissing(form, field, empty.includes(field));
  if (empty.length > 0) {
    form.inputs[empty[0]].focus();
    return;
  }
  form.error.textContent = '';
  setSending(form, true);
  try {
    // The session starts here; the app, once mounted, sees it and moves on to the page asked for.
    startSession(await requestLogin(values));
  } catch (error) {
    // The server words its refusals (wrong password, too many tries) for the person signing in.
    form.error.textContent =
      error instanceof ApiError && error.message ? error.message : texts().offline;
    setSending(form, false);
  }
}

/**
 * Shows the form of index.html and makes it work, unless the app has already taken the page.
 * Called at once on /login, and on other pages when the session check finds no session.
 */
export function showBootLogin(): void {
  if (!boot?.panel.isConnected) boot = find();
  const form = boot;
  if (!form || !form.panel.isConnected || !form.panel.hidden) return;
  translate(form);
  document.getElementById('boot-loading')?.setAttribute('hidden', '');
  form.panel.hidden = false;
  for (const field of ['username', 'password'] as const)
    form.inputs[field].addEventListener('focus', () => (lastFocused = field));
  form.form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!sending)
      sending = send(form).finally(() => {
        sending = undefined;
      });
  });
  if (document.activeElement === document.body) form.inputs.username.focus();
}

/** On a page that needs an account: the form shows once the session check finds none. */
export function showBootLoginWhenSignedOut(): void {
  const check = () => {
    const { status } = getSessionState();
    if (status === 'anonymous') showBootLogin();
    if (status !== 'unknown') unsubscribe();
  };
  const unsubscribe = subscribeSession(check);
  check();
}

/** A sign-in sent from the form before the app mounted, while it is under way. */
export function bootLoginSent(): Promise<void> {
  return sending ?? Promise.resolve();
}

/**
 * What was typed in the form before the app took its place, and the field that had the focus;
 * undefined when it was never shown. Read when the app's form mounts: the elements keep their
 * values after they leave the page.
 */
export function bootLoginValues():
  { username: string; password: string; focused: Field | undefined } | undefined {
  if (!boot || boot.panel.hidden) return undefined;
  return {
    username: boot.inputs.username.value,
    password: boot.inputs.password.value,
    focused: lastFocused,
  };
}
