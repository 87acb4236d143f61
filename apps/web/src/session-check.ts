import { showBootLogin, showBootLoginWhenSignedOut } from './lib/boot-login';
import { opensWithoutAccount, paths } from './lib/paths';
import { restoreSession } from './lib/session';

// The page's first script, an entry of its own with only the session code: the session check
// goes out as soon as this small file arrives, and its round trip overlaps the download of React,
// MUI and the page instead of following it. main.tsx shares the same session module.
// It also makes the sign-in form of index.html work until the app takes the page: at once on
// /login, elsewhere once the check finds no session.
const { pathname } = window.location;
if (!opensWithoutAccount(pathname)) {
  void restoreSession();
  if (pathname === paths.login) showBootLogin();
  else showBootLoginWhenSignedOut();
}
