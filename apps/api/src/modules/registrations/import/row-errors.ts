import type { ImportHeader, ImportRowError } from '@canhgiac/contracts';
import { AppError } from '../../../common/errors/app-error';

/** At most this many row errors are listed; reading stops once that many are found. */
export const MAX_LISTED_ERRORS = 1_000;

const count = (n: number) => n.toLocaleString('vi-VN');

/** The row errors of one file: the first ones listed, all of them counted. */
export class RowErrors {
  readonly listed: ImportRowError[] = [];
  total = 0;
  /** The row where reading stopped because enough errors were found; the total is then a minimum. */
  stoppedAt?: number;
  /** The header that could not be read, to choose its columns by hand. */
  header?: ImportHeader;

  get full(): boolean {
    return this.total >= MAX_LISTED_ERRORS;
  }

  /** Some error is on a data row's cell (not only on the header), so a file can show it. */
  private cellErrors = false;

  /** `header`: errors of the header row, which has no cell to mark. */
  add(errors: ImportRowError[], header = false) {
    if (!header && errors.length > 0) this.cellErrors = true;
    this.total += errors.length;
    for (const error of errors) if (this.listed.length < MAX_LISTED_ERRORS) this.listed.push(error);
  }

  /**
   * The 422. Its message says the cells are marked in a file only when an annotated copy is
   * offered: when some error is on a data row (a header at fault has no cell to mark).
   */
  toAppError(): AppError {
    const sorted = [...this.listed].sort((a, b) => a.row - b.row);
    const annotatedFile = this.cellErrors;
    const fix = annotatedFile
      ? 'hãy sửa các ô được nêu (tải tệp đã đánh dấu lỗi để thấy chúng tô đỏ trong tệp) rồi nhập lại.'
      : 'hãy sửa các dòng được nêu rồi nhập lại.';
    const atLeast = this.stoppedAt !== undefined;
    const message = atLeast
      ? `Tệp có ít nhất ${count(this.total)} lỗi, chưa nhập dòng nào. Đã dừng kiểm tra ở dòng ${count(this.stoppedAt!)}: ${fix}`
      : `Tệp có ${count(this.total)} lỗi, chưa nhập dòng nào: ${fix}`;
    return new AppError('FILE_ROWS_INVALID', message, {
      extra: {
        errors: sorted,
        totalErrors: this.total,
        totalErrorsAtLeast: atLeast,
        annotatedFile,
        ...(this.header ? { header: this.header } : {}),
      },
    });
  }
}
