import {
  type AdminUnit,
  genderLabels,
  importColumns,
  participantGroupLabels,
} from '@canhgiac/contracts';
import type * as ExcelJS from 'exceljs';
import { exceljs } from '../../../common/lazy-modules';

const MAX_ROWS = 5_000;

/** exceljs validates whole ranges at run time, but its typings only know per-cell validation. */
type RangeValidations = {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
};

/**
 * The import template: one sheet to fill in, with headers in Vietnamese and English and
 * drop-down lists for gender, group and commune, plus the lists themselves on a second sheet.
 */
/** `currentYear` bounds the birth year a cell accepts: the product clock's year. */
export async function buildImportTemplate(
  communes: AdminUnit[],
  conferenceTitle: string,
  currentYear: number,
): Promise<Buffer> {
  const workbook = new (exceljs().Workbook)();
  workbook.creator = 'Cảnh Giác';
  const sheet = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = workbook.addWorksheet('Danh mục');

  sheet.columns = importColumns.map((column) => ({
    header: `${column.vi} / ${column.en}`,
    key: column.field,
    width: column.field === 'fullName' ? 30 : column.field === 'organizationId' ? 38 : 20,
  }));
  const headerRow = sheet.getRow(1);
  headerRow.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  headerRow.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF0B3A82' } };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.height = 32;
  importColumns.forEach((column, index) => {
    if (column.required) headerRow.getCell(index + 1).note = 'Bắt buộc / Required';
  });
  sheet.addRow({
    fullName: 'Nguyễn Thị Hương',
    gender: 'Nữ',
    birthYear: 1958,
    phone: '0912 345 678',
    communeCode: communes[0]?.code ?? '',
    group: 'Người cao tuổi',
  });

  lists.columns = [
    { header: 'Giới tính', key: 'gender', width: 12 },
    { header: 'Nhóm đối tượng', key: 'group', width: 24 },
    { header: 'Mã xã', key: 'code', width: 10 },
    { header: 'Tên xã, phường, thị trấn', key: 'name', width: 32 },
  ];
  lists.getRow(1).font = { bold: true };
  const genders = Object.values(genderLabels);
  const groups = Object.values(participantGroupLabels);
  const length = Math.max(genders.length, groups.length, communes.length);
  for (let i = 0; i < length; i += 1) {
    lists.addRow({
      gender: genders[i],
      group: groups[i],
      code: communes[i]?.code,
      name: communes[i]?.name,
    });
  }

  const column = (field: string) =>
    String.fromCharCode(65 + importColumns.findIndex((c) => c.field === field));
  const listOf = (letter: string, count: number) => [
    `'Danh mục'!$${letter}$2:$${letter}$${count + 1}`,
  ];
  const validate = (field: string, formulae: string[], prompt: string) => {
    (sheet as unknown as RangeValidations).dataValidations.add(
      `${column(field)}2:${column(field)}${MAX_ROWS}`,
      {
        type: 'list',
        allowBlank: false,
        formulae,
        showErrorMessage: true,
        errorTitle: 'Giá trị không hợp lệ',
        error: prompt,
      },
    );
  };
  validate('gender', listOf('A', genders.length), 'Chọn Nam, Nữ hoặc Khác');
  validate('group', listOf('B', groups.length), 'Chọn một nhóm đối tượng trong danh sách');
  validate('communeCode', listOf('C', communes.length), 'Chọn mã xã trong trang "Danh mục"');
  (sheet as unknown as RangeValidations).dataValidations.add(
    `${column('birthYear')}2:${column('birthYear')}${MAX_ROWS}`,
    {
      type: 'whole',
      operator: 'between',
      allowBlank: false,
      formulae: [1900, currentYear],
      showErrorMessage: true,
      error: 'Năm sinh gồm 4 chữ số, ví dụ 1958',
    },
  );
  sheet.getColumn(column('phone')).numFmt = '@';
  workbook.title = conferenceTitle;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
