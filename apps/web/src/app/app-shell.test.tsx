import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { languageStorageKey } from '../i18n/languages';
import { mockReferenceApi } from '../test/reference-api';
import { renderApp } from '../test/render-app';

interface RouteLike {
  path?: string;
  lazy?: unknown;
  children?: RouteLike[];
}

function findRoute(routes: RouteLike[], path: string): RouteLike | undefined {
  for (const route of routes) {
    if (route.path === path) return route;
    const child = route.children && findRoute(route.children, path);
    if (child) return child;
  }
  return undefined;
}

describe('app shell', () => {
  it('opens in Vietnamese by default', async () => {
    mockReferenceApi();
    const { router } = renderApp('/reference');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/reference');
    expect(document.documentElement.lang).toBe('vi');
    expect(document.title).toBe('Đơn vị hành chính & tổ chức · Cảnh Giác');
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Đơn vị hành chính & tổ chức' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(
      screen.getByRole('button', { name: 'Ngôn ngữ / Language: Tiếng Việt' }),
    ).toHaveTextContent('Tiếng Việt');
  });

  it('switches to English and remembers the choice', async () => {
    mockReferenceApi();
    const { user } = renderApp('/reference');
    await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' });

    await user.click(screen.getByRole('button', { name: /^Ngôn ngữ \/ Language/u }));
    await user.click(screen.getByRole('menuitem', { name: 'English' }));

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Administrative units & organizations',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ngôn ngữ / Language: English' })).toHaveTextContent(
      'English',
    );
    expect(window.localStorage.getItem(languageStorageKey)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows a not-found page for an unknown address', async () => {
    mockReferenceApi();
    renderApp('/khong-co-trang-nay');

    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về trang chính' })).toHaveAttribute('href', '/');
  });
});

describe('app shell on a phone', () => {
  it('hides the navigation behind a menu button', async () => {
    window.innerWidth = 390;
    mockReferenceApi();
    const { user } = renderApp('/reference');
    await screen.findByRole('heading', { level: 1, name: 'Đơn vị hành chính & tổ chức' });
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));

    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Đơn vị hành chính & tổ chức' })).toBeVisible();
  });
});

describe('a page that fails to load', () => {
  it('explains it inside the shell and offers a reload', async () => {
    mockReferenceApi();
    const { router } = renderApp('/khong-co-trang-nay');
    await screen.findByRole('heading', { name: 'Không tìm thấy trang' });

    // Simulates a chunk that is gone after a deploy.
    const page = findRoute(router.routes, '/reference');
    if (!page) throw new Error('reference route missing');
    page.lazy = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await router.navigate('/reference');

    expect(
      await screen.findByRole('heading', { name: 'Không mở được trang này' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tải lại trang' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
  });
});
