import ExcelJS from 'exceljs';

export const csv = (rows: Array<Array<string | number>>) =>
  Buffer.from(`\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/u.test(String(cell)) ? `"${String(cell).replace(/"/gu, '""')}"` : cell)).join(',')).join('\r\n')}\r\n`);

export async function xlsx(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const VI_HEADER = ['Họ và tên', 'Giới tính', 'Năm sinh', 'Số điện thoại', 'Mã xã', 'Nhóm đối tượng'];
export const FIELD_HEADER = ['fullName', 'gender', 'birthYear', 'phone', 'communeCode', 'group'];
