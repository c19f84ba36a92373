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
import vn.tinhso.catalog.ImportTemplate;

/** Empty files with a kind's header, so a data supplier starts from columns the import will accept. */
public final class ImportTemplates {

    private ImportTemplates() {
    }

    /** UTF-8 with a byte-order mark, which spreadsheet programs need to show Vietnamese correctly. */
    public static byte[] csv(ImportTemplate template) {
        List<ColumnSpec> columns = template.columns();
        String header = columns.stream().map(ColumnSpec::name).collect(Collectors.joining(",")) + "\r\n";
        String example = template.example().isEmpty() ? ""
                : columns.stream().map(c -> csvCell(template.example().getOrDefault(c.name(), ""))).collect(Collectors.joining(",")) + "\r\n";
        return ("\uFEFF" + header + example).getBytes(StandardCharsets.UTF_8);
    }

    private static String csvCell(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    /**
     * The header and an example row on the first sheet; a second sheet says what each column holds, and a third
     * lists the codes the columns accept.
     */
    public static byte[] xlsx(ImportTemplate template) {
        String kind = template.kind();
        List<ColumnSpec> columns = template.columns();
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
            if (!template.example().isEmpty()) {
                Row example = data.createRow(1);
                for (int i = 0; i < columns.size(); i++) example.createCell(i).setCellValue(template.example().getOrDefault(columns.get(i).name(), ""));
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
            if (!template.codes().isEmpty()) {
                Sheet codes = book.createSheet("codes");
                int c = 0;
                Row head = codes.createRow(0);
                for (var column : template.codes().entrySet()) {
                    head.createCell(c).setCellValue(column.getKey());
                    head.getCell(c).setCellStyle(bold);
                    codes.setColumnWidth(c, 40 * 256);
                    int r = 1;
                    for (String code : column.getValue()) {
                        Row row = codes.getRow(r) == null ? codes.createRow(r) : codes.getRow(r);
                        row.createCell(c).setCellValue(code);
                        r++;
                    }
                    c++;
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
