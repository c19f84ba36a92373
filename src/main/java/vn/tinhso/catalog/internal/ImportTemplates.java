package vn.tinhso.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tinhso.catalog.ColumnSpec;

/** Empty files with a kind's header, so a data supplier starts from columns the import will accept. */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    /** UTF-8 with a byte-order mark, which spreadsheet programs need to show Vietnamese correctly. */
    public static byte[] csv(List<ColumnSpec> columns) {
        String header = columns.stream().map(ColumnSpec::name).collect(Collectors.joining(",")) + "\r\n";
        return ("\uFEFF" + header).getBytes(StandardCharsets.UTF_8);
    }

    /** The header on the first sheet; a second sheet says what each column holds. */
    public static byte[] xlsx(String kind, List<ColumnSpec> columns) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet data = book.createSheet("data");
            Row header = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i).name());
                header.getCell(i).setCellStyle(bold);
                data.setColumnWidth(i, 18 * 256);
            }
            Sheet guide = book.createSheet("columns");
            String[] titles = {"column / cột", "type / kiểu", "required / bắt buộc", "also accepted / tên khác"};
            Row top = guide.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                top.createCell(i).setCellValue(titles[i]);
                top.getCell(i).setCellStyle(bold);
                guide.setColumnWidth(i, 26 * 256);
            }
            for (int r = 0; r < columns.size(); r++) {
                ColumnSpec c = columns.get(r);
                Row row = guide.createRow(r + 1);
                row.createCell(0).setCellValue(c.name());
                row.createCell(1).setCellValue(c.type().name());
                row.createCell(2).setCellValue(c.required() ? "yes / có" : "no / không");
                row.createCell(3).setCellValue(String.join(", ", c.aliases()));
            }
            guide.createRow(columns.size() + 2).createCell(0).setCellValue("kind: " + kind);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
