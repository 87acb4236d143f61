import Snackbar from '@mui/material/Snackbar';

/** The short confirmation at the bottom of the page ("Đã lưu …"); hides itself after 5 s. */
export function NoticeSnackbar({
  notice,
  onClose,
}: {
  notice: string | null;
  onClose: () => void;
}) {
  return (
    <Snackbar
      open={notice !== null}
      message={notice}
      autoHideDuration={5000}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    />
  );
}
